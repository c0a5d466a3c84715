/* test-report.c: writing cohort measures as text, JSON, CSV and HTML
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "careplan.h"

static CareplanDate
date_of (const char *iso)
{
  g_autoptr(GError) error = NULL;
  CareplanDate date = careplan_date_parse_iso (iso, &error);

  if (error != NULL)
    fail_msg ("bad test date %s: %s", iso, error->message);
  return date;
}

static GListModel *
measures_of (GListModel *children)
{
  g_autoptr(GError) error = NULL;
  GListModel *measures = careplan_measures_compute (children, date_of ("2025-04-01"),
                                                    date_of ("2026-03-31"), NULL, &error);

  if (measures == NULL)
    fail_msg ("compute: %s", error->message);
  return measures;
}

static GListModel *
measures_of_file (const char *name)
{
  g_autofree char *path = g_build_filename (CAREPLAN_TEST_DATA, "measures", "records", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = careplan_record_load_file (path, &error);

  if (children == NULL)
    fail_msg ("%s: %s", path, error->message);
  return measures_of (children);
}

/* One child looked after since 2024 whose id is @id. */
static GListModel *
measures_of_child (const char *id)
{
  g_autoptr(GListStore) children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(CareplanChild) child = careplan_child_new (id);
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();

  careplan_child_set_date_of_birth (child, date_of ("2012-01-01"));
  careplan_episode_set_start (episode, date_of ("2024-01-01"));
  careplan_episode_set_reason_new_episode (episode, "S");
  careplan_episode_set_legal_status (episode, "C2");
  careplan_episode_set_placement_type (episode, "U6");
  careplan_child_add_episode (child, episode);
  g_list_store_append (children, child);

  return measures_of (G_LIST_MODEL (children));
}

static JsonObject *
measure_json (JsonNode   *root,
              const char *id)
{
  JsonArray *measures = json_object_get_array_member (json_node_get_object (root), "measures");
  guint i;

  for (i = 0; i < json_array_get_length (measures); i++)
    {
      JsonObject *measure = json_array_get_object_element (measures, i);

      if (g_str_equal (json_object_get_string_member (measure, "id"), id))
        return measure;
    }
  fail_msg ("no measure %s in the JSON", id);
  return NULL;
}

static void
test_json (void **state)
{
  g_autoptr(GListModel) measures = measures_of_file ("adoption.json");
  g_autofree char *text = careplan_measures_to_string (measures, CAREPLAN_MEASURES_FORMAT_JSON);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *period, *a1, *item, *parameter, *citation, *empty;

  assert_true (json_parser_load_from_data (parser, text, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  period = json_object_get_object_member (root, "period");
  assert_string_equal (json_object_get_string_member (period, "start"), "2025-04-01");
  assert_string_equal (json_object_get_string_member (period, "end"), "2026-03-31");
  assert_int_equal (json_array_get_length (json_object_get_array_member (root, "measures")), 43);

  a1 = measure_json (json_parser_get_root (parser), "dfe.adoption.a1");
  assert_string_equal (json_object_get_string_member (a1, "kind"), "dfe");
  assert_string_equal (json_object_get_string_member (a1, "status"), "CONFIRMED-SECONDARY");
  assert_string_equal (json_object_get_string_member (a1, "scale"), "mean-days");
  assert_string_equal (json_object_get_string_member (a1, "unit"), "children");
  assert_int_equal (json_object_get_int_member (a1, "numerator"), 1696);
  assert_int_equal (json_object_get_int_member (a1, "denominator"), 4);
  assert_true (json_object_get_double_member (a1, "rate") == 424.0);
  citation = json_object_get_object_member (a1, "citation");
  assert_string_equal (json_object_get_string_member (citation, "provision"), "A1");
  parameter = json_array_get_object_element (json_object_get_array_member (a1, "parameters"), 0);
  assert_string_equal (json_object_get_string_member (parameter, "name"), "window_years");
  assert_string_equal (json_object_get_string_member (parameter, "value"), "3");
  assert_string_equal (json_object_get_string_member (parameter, "unit"), "years");
  item = json_array_get_object_element (json_object_get_array_member (a1, "items"), 1);
  assert_string_equal (json_object_get_string_member (item, "child"), "AD02");
  assert_true (json_object_get_boolean_member (item, "counted"));
  assert_int_equal (json_object_get_int_member (item, "value"), 641);
  assert_non_null (strstr (json_object_get_string_member (item, "note"), "641 days"));
  assert_int_equal (json_array_get_length (json_object_get_array_member (a1, "numerator_ids")), 4);

  /* No care leavers in the cohort: no rate, and null says so. */
  empty = measure_json (json_parser_get_root (parser), "local.care-leavers-in-touch");
  assert_int_equal (json_object_get_int_member (empty, "denominator"), 0);
  assert_true (json_object_get_null_member (empty, "rate"));
  assert_int_equal (json_array_get_length (json_object_get_array_member (empty, "items")), 0);
}

static void
test_csv (void **state)
{
  g_autoptr(GListModel) measures = measures_of_child ("ID,with \"quotes\"");
  g_autofree char *text = careplan_measures_to_string (measures, CAREPLAN_MEASURES_FORMAT_CSV);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  assert_string_equal (lines[0], "id,kind,status,title,scale,unit,numerator,denominator,rate,"
                                 "period_start,period_end,instrument,provision,url,numerator_ids,"
                                 "denominator_ids,result,result_note,comparison_label,comparison_value");
  assert_int_equal (g_strv_length (lines), 45);   /* header, 43 rows, and after the last LF */
  assert_string_equal (lines[44], "");
  /* Fields with commas or quotes are quoted, quotes doubled. */
  assert_true (g_str_has_prefix (lines[1], "dfe.stability.three-plus-placements,dfe,UNCONFIRMED,"
                                           "Children looked after with three or more placements in the year,"
                                           "percentage,children,0,1,0,2025-04-01,2026-03-31,"
                                           "\"DfE, Stability measures"));
  assert_true (g_str_has_suffix (lines[1], ",,\"ID,with \"\"quotes\"\"\",complete,,,"));
  /* No data: an empty rate, never 0, and the reason. */
  assert_non_null (strstr (text, "local.permanence-plan,"));
  assert_non_null (strstr (text, ",no-data,No data in this source: none of the 1 child looked at has any "
                                 "permanence plans recorded"));
  /* An empty denominator has an empty rate. */
  assert_non_null (strstr (text, "dfe.adoption.a1,dfe,CONFIRMED-SECONDARY,"));
  assert_non_null (strstr (text, ",mean-days,children,0,0,,2025-04-01,"));
}

static void
test_text (void **state)
{
  g_autoptr(GListModel) measures = measures_of_child ("T\n1");
  g_autofree char *text = careplan_measures_to_string (measures, CAREPLAN_MEASURES_FORMAT_TEXT);
  g_autoptr(GListStore) none = g_list_store_new (CAREPLAN_TYPE_MEASURE);
  g_autofree char *empty = careplan_measures_to_string (G_LIST_MODEL (none), CAREPLAN_MEASURES_FORMAT_TEXT);

  assert_true (g_str_has_prefix (text, "Measures for 2025-04-01 to 2026-03-31\n\n"
                                       "dfe.stability.three-plus-placements\n"
                                       "  Children looked after with three or more placements in the year\n"
                                       "  kind: dfe  status: UNCONFIRMED\n"
                                       "  result: 0.0 % (0 of 1 child)\n"));
  assert_non_null (strstr (text, "  parameter placement_reasons = S,P,T,B,U codes\n"));
  assert_non_null (strstr (text, "dfe.adoption.a1\n"));
  assert_non_null (strstr (text, "  result: no rate (0 children, 0 days in all)\n"));
  assert_string_equal (empty, "No measures\n");
}

static void
test_html_escapes_and_stands_alone (void **state)
{
  g_autoptr(GListModel) measures = measures_of_child ("<b>&\"'</b>\x01");
  g_autofree char *html = careplan_measures_to_string (measures, CAREPLAN_MEASURES_FORMAT_HTML);

  assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"));
  assert_true (g_str_has_suffix (html, "</body>\n</html>\n"));
  assert_null (strstr (html, "<b>"));
  assert_non_null (strstr (html, "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt; "));
  assert_null (strstr (html, "\x01"));
  assert_null (strstr (html, "<script"));
  assert_null (strstr (html, "<link"));
  assert_null (strstr (html, "src="));
  assert_non_null (strstr (html, "<title>Children in care: measures, 1 April 2025 to 31 March 2026</title>"));
  assert_non_null (strstr (html, "<article class=\"measure\" id=\"m-dfe-stability-three-plus-placements\">"));
  assert_non_null (strstr (html, "<svg class=\"chart\""));
  assert_non_null (strstr (html, "<details class=\"items\"><summary>Not counted: 1 child</summary>"));
  assert_non_null (strstr (html, "@media print"));
}

static void
test_html_bars (void **state)
{
  g_autoptr(GListModel) measures = measures_of_file ("stability.json");
  g_autofree char *html = careplan_measures_to_string (measures, CAREPLAN_MEASURES_FORMAT_HTML);
  const char *section = strstr (html, "id=\"m-dfe-stability-long-term\"");

  /* 5 of 6: 5/6 of the 500-unit bar. */
  assert_non_null (section);
  assert_non_null (strstr (section, "<rect class=\"bar\" x=\"0\" y=\"8\" width=\"416.7\" height=\"28\""));
  assert_non_null (strstr (section, "<strong>83.3 %</strong>5 of 6 children"));
}

static void
test_invalid_utf8_is_repaired (void **state)
{
  g_autoptr(GListModel) measures = measures_of_child ("bad\xff" "id");
  guint format;

  for (format = CAREPLAN_MEASURES_FORMAT_TEXT; format <= CAREPLAN_MEASURES_FORMAT_HTML; format++)
    {
      g_autofree char *text = careplan_measures_to_string (measures, format);

      assert_true (g_utf8_validate (text, -1, NULL));
    }
}

static void
test_write_matches_to_string (void **state)
{
  g_autoptr(GListModel) measures = measures_of_file ("oc2.json");
  guint format;

  for (format = CAREPLAN_MEASURES_FORMAT_TEXT; format <= CAREPLAN_MEASURES_FORMAT_HTML; format++)
    {
      g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = careplan_measures_to_string (measures, format);
      gsize size;

      assert_true (careplan_measures_write (measures, format, stream, &error));
      assert_null (error);
      size = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
      assert_int_equal (size, strlen (text));
      assert_memory_equal (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)), text, size);
    }
}

static void
test_write_error (void **state)
{
  g_autoptr(GListModel) measures = measures_of_file ("oc2.json");
  char buffer[64];
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new (buffer, sizeof buffer, NULL, NULL);
  g_autoptr(GError) error = NULL;

  /* A stream that holds 64 bytes cannot take a report. */
  assert_false (careplan_measures_write (measures, CAREPLAN_MEASURES_FORMAT_HTML, stream, &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO));
  assert_non_null (strstr (error->message, "cannot write the measures"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_json),
    cmocka_unit_test (test_csv),
    cmocka_unit_test (test_text),
    cmocka_unit_test (test_html_escapes_and_stands_alone),
    cmocka_unit_test (test_html_bars),
    cmocka_unit_test (test_invalid_utf8_is_repaired),
    cmocka_unit_test (test_write_matches_to_string),
    cmocka_unit_test (test_write_error),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
