/* test-findings-writer.c: the findings writer's JSON, CSV and text output
 *
 * Findings come from a real evaluation of a small child built here, plus
 * a few made with awkward messages (commas, quotes, newlines) through the
 * rules layer's private constructor, since no real rule writes such text.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include <json-glib/json-glib.h>

#include "careplan.h"
#include "careplan-rule-private.h"

#define AS_OF_ISO "2025-06-30"
#define FIRST_REVIEW "cppcr-2010.reg33-1.first-review"

static const char *finding_keys[] = {
  "child", "rule", "status", "anchor", "due", "done", "days_late", "message", "citation",
};
static const char *anchor_keys[] = { "kind", "date" };
static const char *citation_keys[] = { "instrument", "provision", "url" };
static const char *csv_columns[] = {
  "child", "rule", "status", "anchor_kind", "anchor_date", "due", "done", "days_late",
  "message", "instrument", "provision", "url",
};

static CareplanDate
iso (const char *text)
{
  CareplanDate date = careplan_date_parse_iso (text, NULL);

  assert_true (date != CAREPLAN_DATE_NONE);
  return date;
}

/* Looked after from Monday 6 January 2025 in one foster placement: a
 * first review and two visits, one of them late, then nothing, so that at
 * 30 June 2025 there are met, met-late and overdue obligations. */
static CareplanChild *
build_child (const char *id)
{
  CareplanChild *child = careplan_child_new (id);
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  const char *review_dates[] = { "2025-01-20" };
  const char *visit_dates[] = { "2025-01-10", "2025-03-01" };
  guint i;

  careplan_child_set_date_of_birth (child, iso ("2015-03-14"));
  careplan_child_set_sex (child, "1");
  careplan_episode_set_start (episode, iso ("2025-01-06"));
  careplan_episode_set_reason_new_episode (episode, "S");
  careplan_episode_set_legal_status (episode, "C2");
  careplan_episode_set_category_of_need (episode, "N1");
  careplan_episode_set_placement_type (episode, "U4");
  careplan_episode_set_placement_provider (episode, "PR1");
  careplan_child_add_episode (child, episode);

  for (i = 0; i < G_N_ELEMENTS (review_dates); i++)
    {
      g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_REVIEW,
                                                           iso (review_dates[i]));
      careplan_child_add_event (child, event);
    }
  for (i = 0; i < G_N_ELEMENTS (visit_dates); i++)
    {
      g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_VISIT,
                                                           iso (visit_dates[i]));
      careplan_child_add_event (child, event);
    }
  return child;
}

static GListModel *
evaluate (const char *id)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();
  g_autoptr(CareplanEngine) engine = careplan_engine_new (rulebook, calendar);
  g_autoptr(CareplanChild) child = build_child (id);
  g_autoptr(GError) error = NULL;
  GListModel *findings;

  findings = careplan_engine_evaluate (engine, child, iso (AS_OF_ISO), &error);
  assert_null (error);
  assert_non_null (findings);
  assert_true (g_list_model_get_n_items (findings) > 0);
  return findings;
}

/* Findings whose text needs escaping in every format. */
static GListModel *
awkward_findings (void)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *rule = careplan_rulebook_lookup (rulebook, FIRST_REVIEW);
  GListStore *store = g_list_store_new (CAREPLAN_TYPE_FINDING);
  g_autoptr(CareplanFinding) overdue = NULL;
  g_autoptr(CareplanFinding) met = NULL;

  assert_non_null (rule);
  overdue = careplan_finding_new_take (rule, "AW,1", CAREPLAN_FINDING_STATUS_OVERDUE,
                                       "became-looked-after", iso ("2025-01-06"),
                                       iso ("2025-02-03"), CAREPLAN_DATE_NONE, 147,
                                       g_strdup ("say \"hello\", then\nnew line\r\tand \\ é"));
  met = careplan_finding_new_take (rule, "AW-2", CAREPLAN_FINDING_STATUS_MET,
                                   "became-looked-after", iso ("2025-01-06"),
                                   iso ("2025-02-03"), iso ("2025-01-20"),
                                   CAREPLAN_FINDING_NO_DAYS_LATE,
                                   g_strdup ("plain message"));
  g_list_store_append (store, overdue);
  g_list_store_append (store, met);
  return G_LIST_MODEL (store);
}

/* Writes each model in @batches (NULL-terminated) with one write() each. */
static char *
write_all (CareplanFindingsFormat format,
           GListModel            *first,
           ...)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(CareplanFindingsWriter) writer =
    careplan_findings_writer_new (stream, format, iso (AS_OF_ISO));
  g_autoptr(GError) error = NULL;
  GListModel *batch;
  va_list args;

  va_start (args, first);
  for (batch = first; batch != NULL; batch = va_arg (args, GListModel *))
    {
      assert_true (careplan_findings_writer_write (writer, batch, &error));
      assert_null (error);
    }
  va_end (args);

  assert_true (careplan_findings_writer_close (writer, &error));
  assert_null (error);
  /* A second close is harmless and adds nothing. */
  assert_true (careplan_findings_writer_close (writer, &error));

  /* The writer flushes but leaves the stream open: it belongs to us. */
  assert_false (g_output_stream_is_closed (stream));
  assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, &error));
  assert_true (g_output_stream_close (stream, NULL, &error));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  if (error != NULL)
    fail_msg ("invalid JSON (%s):\n%s", error->message, text);
  return json_node_ref (json_parser_get_root (parser));
}

static void
assert_exact_keys (JsonObject  *object,
                   const char **keys,
                   guint        n_keys)
{
  g_autoptr(GList) members = json_object_get_members (object);
  GList *l;
  guint i = 0;

  assert_int_equal (g_list_length (members), n_keys);
  /* Members come back in document order: check the order too. */
  for (l = members; l != NULL; l = l->next, i++)
    assert_string_equal (l->data, keys[i]);
}

static void
assert_date_or_null (JsonObject *object,
                     const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  assert_non_null (node);
  if (JSON_NODE_HOLDS_NULL (node))
    return;
  assert_true (JSON_NODE_HOLDS_VALUE (node));
  assert_int_equal (json_node_get_value_type (node), G_TYPE_STRING);
  assert_true (careplan_date_parse_iso (json_node_get_string (node), NULL) != CAREPLAN_DATE_NONE);
}

static void
check_finding_object (JsonNode        *node,
                      CareplanFinding *finding)
{
  JsonObject *object;
  JsonObject *anchor;
  JsonObject *citation;
  JsonNode *days_late;
  CareplanRule *rule = careplan_finding_get_rule (finding);
  g_autofree char *compact = careplan_finding_to_json (finding);
  g_autoptr(JsonNode) alone = parse_json (compact);

  /* The streamed object is the one careplan_finding_to_json() gives. */
  assert_true (json_node_equal (node, alone));

  assert_true (JSON_NODE_HOLDS_OBJECT (node));
  object = json_node_get_object (node);
  assert_exact_keys (object, finding_keys, G_N_ELEMENTS (finding_keys));

  assert_string_equal (json_object_get_string_member (object, "child"),
                       careplan_finding_get_child_id (finding));
  assert_string_equal (json_object_get_string_member (object, "rule"),
                       careplan_finding_get_rule_id (finding));
  assert_string_equal (json_object_get_string_member (object, "status"),
                       careplan_finding_status_to_string (careplan_finding_get_status (finding)));
  assert_string_equal (json_object_get_string_member (object, "message"),
                       careplan_finding_get_message (finding));

  anchor = json_object_get_object_member (object, "anchor");
  assert_non_null (anchor);
  assert_exact_keys (anchor, anchor_keys, G_N_ELEMENTS (anchor_keys));
  assert_date_or_null (anchor, "date");
  assert_date_or_null (object, "due");
  assert_date_or_null (object, "done");

  days_late = json_object_get_member (object, "days_late");
  if (careplan_finding_get_days_late (finding) < 0)
    assert_true (JSON_NODE_HOLDS_NULL (days_late));
  else
    {
      assert_int_equal (json_node_get_value_type (days_late), G_TYPE_INT64);
      assert_int_equal (json_node_get_int (days_late), careplan_finding_get_days_late (finding));
    }

  citation = json_object_get_object_member (object, "citation");
  assert_non_null (citation);
  assert_exact_keys (citation, citation_keys, G_N_ELEMENTS (citation_keys));
  assert_string_equal (json_object_get_string_member (citation, "instrument"),
                       careplan_rule_get_instrument (rule));
  assert_string_equal (json_object_get_string_member (citation, "provision"),
                       careplan_rule_get_provision (rule));
  assert_string_equal (json_object_get_string_member (citation, "url"),
                       careplan_rule_get_url (rule));
  assert_true (g_str_has_prefix (careplan_rule_get_url (rule), "http"));
}

/* JSON from a real evaluation, written in two batches, parses back with
 * exactly the keys of DESIGN §4 and the values of the findings. */
static void
test_json_evaluation (void **state)
{
  g_autoptr(GListModel) first = evaluate ("EX-001");
  g_autoptr(GListModel) second = evaluate ("EX-002");
  g_autofree char *text = write_all (CAREPLAN_FINDINGS_FORMAT_JSON, first, second, NULL);
  g_autoptr(JsonNode) root = parse_json (text);
  static const char *root_keys[] = { "as_of", "findings" };
  JsonObject *object;
  JsonArray *array;
  guint n_first = g_list_model_get_n_items (first);
  guint n_second = g_list_model_get_n_items (second);
  guint i;

  assert_true (g_str_has_suffix (text, "]}\n"));
  object = json_node_get_object (root);
  assert_exact_keys (object, root_keys, G_N_ELEMENTS (root_keys));
  assert_string_equal (json_object_get_string_member (object, "as_of"), AS_OF_ISO);
  array = json_object_get_array_member (object, "findings");
  assert_int_equal (json_array_get_length (array), n_first + n_second);

  for (i = 0; i < n_first + n_second; i++)
    {
      g_autoptr(CareplanFinding) finding =
        i < n_first ? g_list_model_get_item (first, i)
                    : g_list_model_get_item (second, i - n_first);

      check_finding_object (json_array_get_element (array, i), finding);
    }
}

/* An empty run, and a run of empty batches, are valid documents. */
static void
test_json_empty (void **state)
{
  g_autoptr(GListModel) empty = G_LIST_MODEL (g_list_store_new (CAREPLAN_TYPE_FINDING));
  g_autofree char *none = write_all (CAREPLAN_FINDINGS_FORMAT_JSON, NULL);
  g_autofree char *batches = write_all (CAREPLAN_FINDINGS_FORMAT_JSON, empty, empty, NULL);
  g_autoptr(JsonNode) root = NULL;

  assert_string_equal (none, "{\"as_of\":\"" AS_OF_ISO "\",\"findings\":[]}\n");
  assert_string_equal (batches, none);
  root = parse_json (none);
  assert_int_equal (json_array_get_length (json_object_get_array_member (json_node_get_object (root),
                                                                         "findings")), 0);
}

static void
test_json_no_as_of (void **state)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(CareplanFindingsWriter) writer =
    careplan_findings_writer_new (stream, CAREPLAN_FINDINGS_FORMAT_JSON, CAREPLAN_DATE_NONE);
  g_autoptr(GError) error = NULL;

  assert_true (careplan_findings_writer_close (writer, &error));
  assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, &error));
  assert_string_equal (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (stream)),
                       "{\"as_of\":null,\"findings\":[]}\n");
}

/* Quotes, backslashes, control characters and non-ASCII survive a round
 * trip through JSON. */
static void
test_json_escaping (void **state)
{
  g_autoptr(GListModel) findings = awkward_findings ();
  g_autofree char *text = write_all (CAREPLAN_FINDINGS_FORMAT_JSON, findings, NULL);
  g_autoptr(JsonNode) root = parse_json (text);
  JsonArray *array = json_object_get_array_member (json_node_get_object (root), "findings");
  guint i;

  assert_int_equal (json_array_get_length (array), 2);
  for (i = 0; i < 2; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);

      check_finding_object (json_array_get_element (array, i), finding);
    }
  assert_non_null (strstr (text, "\"days_late\":147"));
  assert_non_null (strstr (text, "\"done\":null"));
}

/* A minimal RFC 4180 reader, strict enough to catch a badly quoted field:
 * returns rows of fields, or fails the test. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  const char *p = text;
  gboolean at_line_start = TRUE;

  while (*p != '\0')
    {
      at_line_start = FALSE;
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              if (*p == '\0')
                fail_msg ("unterminated quoted CSV field");
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
          if (*p != ',' && *p != '\n')
            fail_msg ("text after a closing quote in CSV");
        }
      else
        {
          while (*p != ',' && *p != '\n' && *p != '\0')
            {
              if (*p == '"' || *p == '\r')
                fail_msg ("bare quote or CR in an unquoted CSV field");
              g_string_append_c (field, *p++);
            }
        }

      g_ptr_array_add (row, g_strdup (field->str));
      g_string_truncate (field, 0);
      if (*p == ',')
        p++;
      else if (*p == '\n')
        {
          p++;
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          at_line_start = TRUE;
        }
    }
  if (!at_line_start)
    fail_msg ("CSV does not end with a line feed");
  g_ptr_array_unref (row);
  g_string_free (field, TRUE);
  return rows;
}

static void
assert_csv_row (GPtrArray       *row,
                CareplanFinding *finding)
{
  CareplanRule *rule = careplan_finding_get_rule (finding);
  int days_late = careplan_finding_get_days_late (finding);
  g_autofree char *due = careplan_finding_get_due (finding) != CAREPLAN_DATE_NONE
                         ? careplan_date_to_iso (careplan_finding_get_due (finding))
                         : g_strdup ("");
  g_autofree char *done = careplan_finding_get_done (finding) != CAREPLAN_DATE_NONE
                          ? careplan_date_to_iso (careplan_finding_get_done (finding))
                          : g_strdup ("");
  g_autofree char *late = days_late >= 0 ? g_strdup_printf ("%d", days_late) : g_strdup ("");

  assert_int_equal (row->len, G_N_ELEMENTS (csv_columns));
  assert_string_equal (g_ptr_array_index (row, 0), careplan_finding_get_child_id (finding));
  assert_string_equal (g_ptr_array_index (row, 1), careplan_finding_get_rule_id (finding));
  assert_string_equal (g_ptr_array_index (row, 2),
                       careplan_finding_status_to_string (careplan_finding_get_status (finding)));
  assert_string_equal (g_ptr_array_index (row, 5), due);
  assert_string_equal (g_ptr_array_index (row, 6), done);
  assert_string_equal (g_ptr_array_index (row, 7), late);
  assert_string_equal (g_ptr_array_index (row, 8), careplan_finding_get_message (finding));
  assert_string_equal (g_ptr_array_index (row, 9), careplan_rule_get_instrument (rule));
  assert_string_equal (g_ptr_array_index (row, 10), careplan_rule_get_provision (rule));
  assert_string_equal (g_ptr_array_index (row, 11), careplan_rule_get_url (rule));
}

static void
test_csv (void **state)
{
  g_autoptr(GListModel) real = evaluate ("EX,\"3\"");
  g_autoptr(GListModel) awkward = awkward_findings ();
  g_autofree char *text = write_all (CAREPLAN_FINDINGS_FORMAT_CSV, real, awkward, NULL);
  g_autoptr(GPtrArray) rows = parse_csv (text);
  GPtrArray *header;
  guint n_real = g_list_model_get_n_items (real);
  guint i;

  assert_true (g_str_has_prefix (text, "child,rule,status,anchor_kind,anchor_date,due,done,"
                                       "days_late,message,instrument,provision,url\n"));
  assert_int_equal (rows->len, 1 + n_real + 2);
  header = g_ptr_array_index (rows, 0);
  assert_int_equal (header->len, G_N_ELEMENTS (csv_columns));
  for (i = 0; i < header->len; i++)
    assert_string_equal (g_ptr_array_index (header, i), csv_columns[i]);

  for (i = 0; i < n_real + 2; i++)
    {
      g_autoptr(CareplanFinding) finding =
        i < n_real ? g_list_model_get_item (real, i)
                   : g_list_model_get_item (awkward, i - n_real);

      assert_csv_row (g_ptr_array_index (rows, 1 + i), finding);
    }

  /* The quoting itself, as RFC 4180 spells it. */
  assert_non_null (strstr (text, "\n\"EX,\"\"3\"\"\","));
  assert_non_null (strstr (text, "\n\"AW,1\","));
  assert_non_null (strstr (text, ",\"say \"\"hello\"\", then\nnew line\r\tand \\ é\","));
  assert_non_null (strstr (text, "\nAW-2," FIRST_REVIEW ",met,became-looked-after,2025-01-06,"
                                 "2025-02-03,2025-01-20,,plain message,"));
}

static void
test_csv_empty (void **state)
{
  g_autofree char *text = write_all (CAREPLAN_FINDINGS_FORMAT_CSV, NULL);

  assert_string_equal (text, "child,rule,status,anchor_kind,anchor_date,due,done,"
                             "days_late,message,instrument,provision,url\n");
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (; *text != '\0'; text++)
    if (*text == '\n')
      n++;
  return n;
}

/* One line per finding, then a blank line, a total and a line per status. */
static void
test_text (void **state)
{
  g_autoptr(GListModel) real = evaluate ("EX-004");
  g_autoptr(GListModel) awkward = awkward_findings ();
  g_autofree char *text = write_all (CAREPLAN_FINDINGS_FORMAT_TEXT, real, awkward, NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n_real = g_list_model_get_n_items (real);
  guint n = n_real + 2;
  guint counts[CAREPLAN_FINDING_STATUS_UNKNOWN + 1] = { 0 };
  g_autofree char *total = g_strdup_printf ("%u findings as of " AS_OF_ISO, n);
  CareplanFindingStatus status;
  guint i;

  assert_int_equal (count_lines (text), n + 2 + CAREPLAN_FINDING_STATUS_UNKNOWN + 1);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding =
        i < n_real ? g_list_model_get_item (real, i)
                   : g_list_model_get_item (awkward, i - n_real);
      g_autofree char *due = careplan_date_to_iso (careplan_finding_get_due (finding));
      g_autofree char *due_part = g_strdup_printf ("  due %s", due);
      const char *status_name = careplan_finding_status_to_string (careplan_finding_get_status (finding));
      int days_late = careplan_finding_get_days_late (finding);

      counts[careplan_finding_get_status (finding)]++;
      assert_true (g_str_has_prefix (lines[i], careplan_finding_get_child_id (finding)));
      assert_non_null (strstr (lines[i], status_name));
      assert_non_null (strstr (lines[i], careplan_finding_get_rule_id (finding)));
      if (careplan_finding_get_due (finding) != CAREPLAN_DATE_NONE)
        assert_non_null (strstr (lines[i], due_part));
      if (days_late >= 0)
        {
          g_autofree char *late = g_strdup_printf ("(%d day%s late)", days_late,
                                                   days_late == 1 ? "" : "s");
          assert_non_null (strstr (lines[i], late));
        }
    }

  assert_string_equal (lines[n_real],
                       "AW,1  overdue         " FIRST_REVIEW "  due 2025-02-03  (147 days late)  "
                       "say \"hello\", then\\nnew line\\r\\tand \\ é");
  assert_string_equal (lines[n_real + 1],
                       "AW-2  met             " FIRST_REVIEW "  due 2025-02-03  done 2025-01-20  "
                       "plain message");
  assert_string_equal (lines[n], "");
  assert_string_equal (lines[n + 1], total);
  for (status = CAREPLAN_FINDING_STATUS_MET; status <= CAREPLAN_FINDING_STATUS_UNKNOWN; status++)
    {
      g_autofree char *expected = g_strdup_printf ("  %-14s  %u",
                                                   careplan_finding_status_to_string (status),
                                                   counts[status]);
      assert_string_equal (lines[n + 2 + status], expected);
    }
}

static void
test_text_empty (void **state)
{
  g_autofree char *text = write_all (CAREPLAN_FINDINGS_FORMAT_TEXT, NULL);

  assert_true (g_str_has_prefix (text, "0 findings as of " AS_OF_ISO "\n  met  "));
  assert_int_equal (count_lines (text), 1 + CAREPLAN_FINDING_STATUS_UNKNOWN + 1);
}

/* A failing stream is a GError from write() and close(), never a crash,
 * and a closed writer refuses more findings. */
static void
test_stream_errors (void **state)
{
  g_autoptr(GListModel) findings = awkward_findings ();
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(CareplanFindingsWriter) writer =
    careplan_findings_writer_new (stream, CAREPLAN_FINDINGS_FORMAT_CSV, iso (AS_OF_ISO));
  g_autoptr(CareplanFindingsWriter) closer = NULL;
  g_autoptr(GOutputStream) ok_stream = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  assert_true (g_output_stream_close (stream, NULL, NULL));
  assert_false (careplan_findings_writer_write (writer, findings, &error));
  assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CLOSED));
  g_clear_error (&error);

  closer = careplan_findings_writer_new (ok_stream, CAREPLAN_FINDINGS_FORMAT_JSON, iso (AS_OF_ISO));
  assert_true (careplan_findings_writer_close (closer, &error));
  assert_false (careplan_findings_writer_write (closer, findings, &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED));
}

static void
test_properties (void **state)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(CareplanFindingsWriter) writer =
    careplan_findings_writer_new (stream, CAREPLAN_FINDINGS_FORMAT_CSV, iso (AS_OF_ISO));
  g_autoptr(GOutputStream) got_stream = NULL;
  CareplanFindingsFormat format = CAREPLAN_FINDINGS_FORMAT_TEXT;
  guint as_of = 0;

  g_object_get (writer, "stream", &got_stream, "format", &format, "as-of", &as_of, NULL);
  assert_ptr_equal (got_stream, stream);
  assert_int_equal (format, CAREPLAN_FINDINGS_FORMAT_CSV);
  assert_int_equal (as_of, iso (AS_OF_ISO));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_json_evaluation),
    cmocka_unit_test (test_json_empty),
    cmocka_unit_test (test_json_no_as_of),
    cmocka_unit_test (test_json_escaping),
    cmocka_unit_test (test_csv),
    cmocka_unit_test (test_csv_empty),
    cmocka_unit_test (test_text),
    cmocka_unit_test (test_text_empty),
    cmocka_unit_test (test_stream_errors),
    cmocka_unit_test (test_properties),
  };

  return cmocka_run_group_tests_name ("findings-writer", tests, NULL, NULL);
}
