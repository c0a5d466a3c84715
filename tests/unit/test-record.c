/* test-record.c: the careplan JSON record format — reading every field,
 * round trips, unknown members, and every error with its location
 *
 * The samples are in tests/record-samples (good/ and bad/); the bundled
 * caseload is examples/data.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>
#include <careplan.h>
#include <cmocka.h>
#include <json-glib/json-glib.h>

#include "careplan-model-private.h"
#include "careplan-record-private.h"

#define D(y, m, d) careplan_date_new ((y), (m), (d))
#define NONE CAREPLAN_DATE_NONE

/* Helpers ------------------------------------------------------------------ */

static char *
sample_path (const char *dir,
             const char *name)
{
  return g_build_filename (CAREPLAN_TEST_DATA, "record-samples", dir, name, NULL);
}

static char *
examples_dir (void)
{
  return g_build_filename (CAREPLAN_TEST_DATA, "..", "examples", "data", NULL);
}

static char *
read_text (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  if (!g_file_get_contents (path, &text, length, &error))
    fail_msg ("%s", error->message);
  return text;
}

static GListModel *
load_sample (const char *dir,
             const char *name)
{
  g_autofree char *path = sample_path (dir, name);
  g_autoptr(GError) error = NULL;
  GListModel *children = careplan_record_load_file (path, &error);

  if (children == NULL)
    fail_msg ("%s", error->message);
  return children;
}

static CareplanChild *
child_at (GListModel *children,
          guint       i)
{
  CareplanChild *child = g_list_model_get_item (children, i);

  assert_non_null (child);
  g_object_unref (child);        /* the list keeps it */
  return child;
}

/* The events of @kind, in record order. */
static GPtrArray *
events_of (CareplanChild     *child,
           CareplanEventKind  kind)
{
  GListModel *events = careplan_child_get_events (child);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      CareplanEvent *event = g_list_model_get_item (events, i);

      if (careplan_event_get_kind (event) == kind)
        g_ptr_array_add (out, event);
      else
        g_object_unref (event);
    }
  return out;
}

static guint
count_events (CareplanChild     *child,
              CareplanEventKind  kind)
{
  g_autoptr(GPtrArray) events = events_of (child, kind);

  return events->len;
}

static CareplanEvent *
event_of (CareplanChild     *child,
          CareplanEventKind  kind,
          guint              i)
{
  g_autoptr(GPtrArray) events = events_of (child, kind);

  assert_true (i < events->len);
  return g_ptr_array_index (events, i);   /* the child keeps it */
}

static CareplanEpisode *
episode_at (CareplanChild *child,
            guint          i)
{
  CareplanEpisode *episode = g_list_model_get_item (careplan_child_get_episodes (child), i);

  assert_non_null (episode);
  g_object_unref (episode);
  return episode;
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (!json_parser_load_from_data (parser, text, -1, &error))
    fail_msg ("%s", error->message);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
json_member_object (JsonObject *object,
                    const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  assert_non_null (node);
  assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_node_get_object (node);
}

static void
assert_position (CareplanSourcePosition position,
                 guint                  line,
                 guint                  column)
{
  assert_int_equal (position.line, line);
  assert_int_equal (position.column, column);
}

/* Saves, loads what was saved and saves again: the two texts are equal. */
static char *
assert_stable_save (GListModel *children)
{
  g_autofree char *first = careplan_record_save_data (children, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) again = careplan_record_load_data (first, -1, "saved.json", &error);
  g_autofree char *second = NULL;

  if (again == NULL)
    fail_msg ("%s", error->message);
  second = careplan_record_save_data (again, NULL);
  assert_string_equal (first, second);

  return g_steal_pointer (&first);
}

/* Reading ------------------------------------------------------------------ */

static void
test_load_every_field (void **state)
{
  g_autoptr(GListModel) children = load_sample ("good", "every-field.json");
  CareplanChild *child;
  CareplanEpisode *episode;
  CareplanEvent *event;
  CareplanCareLeaver *care_leaver;

  assert_int_equal (g_list_model_get_n_items (children), 2);
  assert_true (g_list_model_get_item_type (children) == CAREPLAN_TYPE_CHILD);

  child = child_at (children, 0);
  assert_string_equal (careplan_child_get_id (child), "RS-001");
  assert_int_equal (careplan_child_get_date_of_birth (child), D (2008, 8, 31));
  assert_string_equal (careplan_child_get_sex (child), "2");
  assert_string_equal (careplan_child_get_upn (child), "A123456789012");
  assert_int_equal (careplan_child_get_uasc (child), CAREPLAN_TRISTATE_NO);
  assert_int_equal (careplan_child_get_disabled (child), CAREPLAN_TRISTATE_YES);
  assert_null (careplan_child_peek_extras (child));

  assert_int_equal (g_list_model_get_n_items (careplan_child_get_episodes (child)), 2);
  episode = episode_at (child, 0);
  assert_int_equal (careplan_episode_get_start (episode), D (2024, 1, 5));
  assert_int_equal (careplan_episode_get_end (episode), D (2024, 6, 3));
  assert_string_equal (careplan_episode_get_reason_new_episode (episode), "S");
  assert_string_equal (careplan_episode_get_legal_status (episode), "V2");
  assert_string_equal (careplan_episode_get_category_of_need (episode), "N4");
  assert_string_equal (careplan_episode_get_placement_type (episode), "U3");
  assert_string_equal (careplan_episode_get_placement_provider (episode), "PR1");
  assert_string_equal (careplan_episode_get_reason_ended (episode), "X1");
  assert_string_equal (careplan_episode_get_reason_placement_change (episode), "CARPL");
  assert_string_equal (careplan_episode_get_home_postcode (episode), "AB1 2");
  assert_string_equal (careplan_episode_get_placement_postcode (episode), "AB3 4");
  assert_string_equal (careplan_episode_get_urn (episode), "SC123456");
  assert_int_equal (careplan_episode_get_long_term (episode), CAREPLAN_TRISTATE_NO);
  episode = episode_at (child, 1);
  assert_int_equal (careplan_episode_get_end (episode), NONE);
  assert_null (careplan_episode_get_reason_ended (episode));
  assert_string_equal (careplan_episode_get_reason_new_episode (episode), "B");
  assert_int_equal (careplan_episode_get_long_term (episode), CAREPLAN_TRISTATE_YES);

  event = event_of (child, CAREPLAN_EVENT_KIND_CARE_PLAN, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 1, 5));
  assert_int_equal (count_events (child, CAREPLAN_EVENT_KIND_PLACEMENT_PLAN), 2);

  event = event_of (child, CAREPLAN_EVENT_KIND_REVIEW, 1);
  assert_int_equal (careplan_event_get_date (event), D (2024, 5, 1));
  assert_string_equal (careplan_event_get_detail (event), "PN4");

  event = event_of (child, CAREPLAN_EVENT_KIND_VISIT, 0);
  assert_int_equal (careplan_event_get_flag (event), CAREPLAN_TRISTATE_YES);
  event = event_of (child, CAREPLAN_EVENT_KIND_VISIT, 1);
  assert_int_equal (careplan_event_get_flag (event), CAREPLAN_TRISTATE_NO);
  event = event_of (child, CAREPLAN_EVENT_KIND_VISIT, 2);
  assert_int_equal (careplan_event_get_date (event), D (2024, 3, 29));
  assert_int_equal (careplan_event_get_flag (event), CAREPLAN_TRISTATE_UNSET);

  event = event_of (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, 0);
  assert_string_equal (careplan_event_get_detail (event), "initial");
  event = event_of (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, 1);
  assert_int_equal (careplan_event_get_date (event), D (2025, 1, 20));
  assert_string_equal (careplan_event_get_detail (event), "review");

  event = event_of (child, CAREPLAN_EVENT_KIND_DENTAL_CHECK, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 3, 14));

  assert_int_equal (careplan_event_get_score (event_of (child, CAREPLAN_EVENT_KIND_SDQ, 0)), 17);
  assert_int_equal (careplan_event_get_score (event_of (child, CAREPLAN_EVENT_KIND_SDQ, 1)), 0);
  assert_int_equal (careplan_event_get_score (event_of (child, CAREPLAN_EVENT_KIND_SDQ, 2)),
                    CAREPLAN_EVENT_NO_SCORE);

  event = event_of (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, 1);
  assert_int_equal (careplan_event_get_date (event), D (2024, 4, 25));
  assert_string_equal (careplan_event_get_detail (event), "review");

  event = event_of (child, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, 0);
  assert_string_equal (careplan_event_get_detail (event), "long-term-fostering");

  event = event_of (child, CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, 1);
  assert_int_equal (careplan_event_get_date (event), D (2024, 11, 2));
  assert_string_equal (careplan_event_get_detail (event), "completed");

  event = event_of (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 9, 13));
  assert_int_equal (careplan_event_get_end (event), D (2024, 9, 14));
  assert_int_equal (careplan_event_get_flag (event), CAREPLAN_TRISTATE_YES);
  event = event_of (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, 1);
  assert_int_equal (careplan_event_get_end (event), NONE);
  assert_int_equal (careplan_event_get_flag (event), CAREPLAN_TRISTATE_UNSET);

  event = event_of (child, CAREPLAN_EVENT_KIND_CARER_APPROVAL, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 1, 5));
  assert_string_equal (careplan_event_get_detail (event), "temporary-connected-person");
  assert_int_equal (careplan_event_get_extended_to (event), D (2024, 6, 21));
  assert_int_equal (careplan_event_get_approved (event), D (2024, 6, 3));

  care_leaver = careplan_child_get_care_leaver (child);
  assert_non_null (care_leaver);
  assert_int_equal (careplan_care_leaver_get_needs_assessment (care_leaver), D (2024, 11, 29));
  assert_int_equal (careplan_care_leaver_get_personal_adviser_from (care_leaver), D (2024, 9, 2));
  assert_int_equal (careplan_care_leaver_get_staying_put_from (care_leaver), D (2026, 8, 31));
  assert_int_equal (count_events (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN), 2);
  event = event_of (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, 1);
  assert_int_equal (careplan_event_get_date (event), D (2025, 5, 28));
  event = event_of (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, 0);
  assert_int_equal (careplan_event_get_date (event), D (2025, 1, 15));

  /* Every list of the format, and nothing else. */
  assert_int_equal (g_list_model_get_n_items (careplan_child_get_events (child)), 26);

  child = child_at (children, 1);
  assert_string_equal (careplan_child_get_id (child), "RS-002");
  assert_null (careplan_child_get_sex (child));
  assert_null (careplan_child_get_upn (child));
  assert_int_equal (careplan_child_get_uasc (child), CAREPLAN_TRISTATE_UNSET);
  assert_null (careplan_child_get_care_leaver (child));
  assert_int_equal (g_list_model_get_n_items (careplan_child_get_episodes (child)), 0);
  assert_int_equal (g_list_model_get_n_items (careplan_child_get_events (child)), 0);
}

static void
test_positions_and_source_file (void **state)
{
  g_autofree char *path = sample_path ("good", "every-field.json");
  g_autoptr(GListModel) children = load_sample ("good", "every-field.json");
  g_autoptr(GListModel) from_data = NULL;
  g_autoptr(GListModel) unnamed = NULL;
  g_autofree char *text = read_text (path, NULL);
  CareplanChild *child = child_at (children, 0);

  assert_string_equal (careplan_child_get_source_file (child), path);
  assert_position (careplan_child_get_position (child), 4, 5);
  assert_position (careplan_episode_get_position (episode_at (child, 0)), 12, 9);
  assert_position (careplan_episode_get_position (episode_at (child, 1)), 27, 9);
  assert_position (careplan_event_get_position (event_of (child, CAREPLAN_EVENT_KIND_CARE_PLAN, 0)),
                   41, 9);
  assert_position (careplan_event_get_position (event_of (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, 1)),
                   163, 11);
  assert_position (careplan_child_get_position (child_at (children, 1)), 170, 5);

  from_data = careplan_record_load_data (text, -1, "named.json", NULL);
  assert_string_equal (careplan_child_get_source_file (child_at (from_data, 1)), "named.json");
  unnamed = careplan_record_load_data (text, -1, NULL, NULL);
  assert_string_equal (careplan_child_get_source_file (child_at (unnamed, 0)), "<data>");
}

static void
test_single_child_form (void **state)
{
  g_autoptr(GListModel) children = load_sample ("good", "single-child.json");
  CareplanChild *child;
  g_autofree char *saved = NULL;
  g_autoptr(JsonNode) root = NULL;
  JsonObject *object;

  assert_int_equal (g_list_model_get_n_items (children), 1);
  child = child_at (children, 0);
  assert_string_equal (careplan_child_get_id (child), "RS-020");
  assert_position (careplan_child_get_position (child), 1, 1);
  assert_int_equal (careplan_episode_get_start (episode_at (child, 0)), D (2025, 3, 3));
  assert_int_equal (careplan_event_get_flag (event_of (child, CAREPLAN_EVENT_KIND_VISIT, 0)),
                    CAREPLAN_TRISTATE_NO);

  /* The writer always writes the wrapper form. */
  saved = careplan_record_save_data (children, NULL);
  root = parse_json (saved);
  object = json_node_get_object (root);
  assert_string_equal (json_object_get_string_member (object, "format"), CAREPLAN_RECORD_FORMAT);
  assert_int_equal (json_array_get_length (json_object_get_array_member (object, "children")), 1);
}

static void
test_nulls_are_not_recorded (void **state)
{
  g_autoptr(GListModel) children = load_sample ("good", "nulls.json");
  CareplanChild *child = child_at (children, 0);
  CareplanEpisode *episode = episode_at (child, 0);
  CareplanEvent *event;
  g_autofree char *saved = NULL;

  assert_null (careplan_child_get_sex (child));
  assert_null (careplan_child_get_upn (child));
  assert_int_equal (careplan_child_get_uasc (child), CAREPLAN_TRISTATE_UNSET);
  assert_int_equal (careplan_child_get_disabled (child), CAREPLAN_TRISTATE_UNSET);
  assert_null (careplan_child_get_care_leaver (child));
  assert_null (careplan_child_peek_extras (child));

  assert_int_equal (careplan_episode_get_end (episode), NONE);
  assert_null (careplan_episode_get_category_of_need (episode));
  assert_null (careplan_episode_get_urn (episode));
  assert_int_equal (careplan_episode_get_long_term (episode), CAREPLAN_TRISTATE_UNSET);

  assert_int_equal (count_events (child, CAREPLAN_EVENT_KIND_CARE_PLAN), 0);
  assert_null (careplan_event_get_detail (event_of (child, CAREPLAN_EVENT_KIND_REVIEW, 0)));
  assert_int_equal (careplan_event_get_flag (event_of (child, CAREPLAN_EVENT_KIND_VISIT, 0)),
                    CAREPLAN_TRISTATE_UNSET);
  assert_int_equal (careplan_event_get_score (event_of (child, CAREPLAN_EVENT_KIND_SDQ, 0)),
                    CAREPLAN_EVENT_NO_SCORE);
  event = event_of (child, CAREPLAN_EVENT_KIND_CARER_APPROVAL, 0);
  assert_null (careplan_event_get_detail (event));
  assert_int_equal (careplan_event_get_extended_to (event), NONE);
  assert_int_equal (careplan_event_get_approved (event), NONE);

  /* Not recorded is written as absent. */
  saved = assert_stable_save (children);
  assert_null (strstr (saved, "null"));
  assert_null (strstr (saved, "care_plans"));
  assert_null (strstr (saved, "care_leaver"));
}

static void
test_bom_and_crlf (void **state)
{
  g_autoptr(GListModel) children = load_sample ("good", "bom-crlf.json");
  CareplanChild *child = child_at (children, 0);
  g_autofree char *saved = NULL;

  assert_string_equal (careplan_child_get_id (child), "RS-040");
  /* Lines are counted across CRLF ends; the byte-order mark takes no column. */
  assert_position (careplan_child_get_position (child), 1, 1);
  assert_position (careplan_episode_get_position (episode_at (child, 0)), 5, 5);
  assert_position (careplan_event_get_position (event_of (child, CAREPLAN_EVENT_KIND_VISIT, 0)),
                   13, 5);

  /* The writer writes neither back. */
  saved = careplan_record_save_data (children, NULL);
  assert_null (strchr (saved, '\r'));
  assert_int_equal ((guchar) saved[0], '{');
}

static void
test_load_data_with_length (void **state)
{
  const char text[] = "{ \"id\": \"A\", \"date_of_birth\": \"2015-05-01\" }GARBAGE";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = NULL;

  /* Only @length bytes are read, and the text need not end in a nul. */
  children = careplan_record_load_data (text, strlen (text) - strlen ("GARBAGE"), "x.json", &error);
  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (children), 1);
  assert_string_equal (careplan_child_get_id (child_at (children, 0)), "A");
}

/* Round trips -------------------------------------------------------------- */

static void
test_round_trip_is_byte_identical (void **state)
{
  static const char * const canonical[] = { "every-field.json", "extras.json" };

  for (guint i = 0; i < G_N_ELEMENTS (canonical); i++)
    {
      g_autofree char *path = sample_path ("good", canonical[i]);
      g_autofree char *text = read_text (path, NULL);
      g_autoptr(GListModel) children = load_sample ("good", canonical[i]);
      g_autofree char *saved = NULL;
      gsize length = 0;

      /* Canonical text saves as itself, and saving is stable. */
      saved = careplan_record_save_data (children, &length);
      assert_int_equal (length, strlen (saved));
      assert_string_equal (saved, text);
      g_free (assert_stable_save (children));
    }
}

static void
test_round_trip_of_every_good_sample (void **state)
{
  g_autofree char *dir_path = g_build_filename (CAREPLAN_TEST_DATA, "record-samples", "good", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GListModel) children = NULL;
      g_autofree char *saved = NULL;
      g_autofree char *text = NULL;
      g_autofree char *path = NULL;
      g_autoptr(JsonNode) original = NULL;
      g_autoptr(JsonNode) written = NULL;
      JsonNode *first_child;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      n++;

      children = load_sample ("good", name);
      saved = assert_stable_save (children);
      assert_true (g_str_has_suffix (saved, "}\n"));

      /* The JSON is the same, but for the wrapper around a single child
       * and members written null, which are left out. */
      if (strcmp (name, "nulls.json") == 0)
        continue;
      path = sample_path ("good", name);
      text = read_text (path, NULL);
      original = parse_json (g_str_has_prefix (text, "\xef\xbb\xbf") ? text + 3 : text);
      written = parse_json (saved);
      if (json_object_has_member (json_node_get_object (original), "format"))
        assert_true (json_node_equal (original, written));
      else
        {
          first_child = json_array_get_element (json_object_get_array_member (json_node_get_object (written),
                                                                              "children"), 0);
          assert_true (json_node_equal (original, first_child));
        }
    }
  assert_true (n >= 5);
}

static void
test_extras_at_every_level (void **state)
{
  g_autoptr(GListModel) children = load_sample ("good", "extras.json");
  CareplanChild *child = child_at (children, 0);
  JsonObject *extras;
  JsonObject *file_extras;
  CareplanEvent *event;

  file_extras = g_object_get_data (G_OBJECT (children), CAREPLAN_RECORD_EXTRAS_KEY);
  assert_non_null (file_extras);
  assert_int_equal (json_object_get_size (file_extras), 2);
  assert_string_equal (json_object_get_string_member (file_extras, "x_comment"),
                       "unknown keys are kept at every level");
  assert_int_equal (json_object_get_int_member (json_member_object (file_extras, "x_generator"), "version"), 1);

  extras = careplan_child_peek_extras (child);
  assert_non_null (extras);
  assert_string_equal (json_object_get_string_member (extras, "x_local_ref"), "LR-99");
  assert_string_equal (json_object_get_string_member (extras, "x_text"),
                       "é \"quoted\" back\\slash\ttab\nnewline \001 €");
  assert_true (json_object_has_member (extras, "x_nested"));
  assert_int_equal (json_object_get_size (json_member_object (extras, "x_empty_object")), 0);
  assert_false (json_object_has_member (extras, "id"));
  assert_false (json_object_has_member (extras, "reviews"));

  extras = careplan_episode_peek_extras (episode_at (child, 0));
  assert_int_equal (json_object_get_int_member (json_member_object (extras, "x_episode_note"), "row"), 17);

  extras = careplan_event_peek_extras (event_of (child, CAREPLAN_EVENT_KIND_REVIEW, 0));
  assert_string_equal (json_object_get_string_member (extras, "x_chair"), "IRO-7");
  assert_false (json_object_has_member (extras, "participation"));

  /* `score` is a field of an SDQ but an unknown member of a visit. */
  event = event_of (child, CAREPLAN_EVENT_KIND_VISIT, 0);
  assert_int_equal (json_object_get_int_member (careplan_event_peek_extras (event), "score"), 3);
  assert_int_equal (careplan_event_get_score (event), CAREPLAN_EVENT_NO_SCORE);
  event = event_of (child, CAREPLAN_EVENT_KIND_VISIT, 1);
  assert_true (json_object_get_double_member (careplan_event_peek_extras (event), "x_minutes") == 45.5);
  event = event_of (child, CAREPLAN_EVENT_KIND_SDQ, 0);
  assert_int_equal (careplan_event_get_score (event), 12);
  assert_false (json_object_has_member (careplan_event_peek_extras (event), "score"));

  extras = careplan_event_peek_extras (event_of (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, 0));
  assert_true (json_object_get_null_member (extras, "x_found_by"));

  extras = careplan_care_leaver_peek_extras (careplan_child_get_care_leaver (child));
  assert_string_equal (json_object_get_string_member (extras, "x_leaving_care_team"), "east");
  extras = careplan_event_peek_extras (event_of (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, 0));
  assert_int_equal (json_object_get_int_member (extras, "x_version"), 2);
  extras = careplan_event_peek_extras (event_of (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, 0));
  assert_string_equal (json_object_get_string_member (extras, "x_how"), "phone");
}

/* Writing ------------------------------------------------------------------ */

static void
test_save_a_record_built_in_code (void **state)
{
  g_autoptr(GListStore) store = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(CareplanChild) child = careplan_child_new ("C-1");
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  g_autoptr(CareplanEvent) contact = careplan_event_new (CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT,
                                                         D (2025, 2, 1));
  g_autoptr(CareplanEvent) visit = careplan_event_new (CAREPLAN_EVENT_KIND_VISIT, D (2025, 1, 9));
  g_autoptr(CareplanEvent) care_plan = careplan_event_new (CAREPLAN_EVENT_KIND_CARE_PLAN, D (2025, 1, 6));
  g_autoptr(CareplanEvent) sdq = careplan_event_new (CAREPLAN_EVENT_KIND_SDQ, D (2025, 3, 1));
  g_autofree char *saved = NULL;
  const char *expected =
    "{\n"
    "  \"format\": \"careplan-record/1\",\n"
    "  \"children\": [\n"
    "    {\n"
    "      \"id\": \"C-1\",\n"
    "      \"date_of_birth\": \"2010-01-31\",\n"
    "      \"disabled\": false,\n"
    "      \"episodes\": [\n"
    "        {\n"
    "          \"start\": \"2025-01-06\",\n"
    "          \"reason_new_episode\": \"S\",\n"
    "          \"long_term\": true\n"
    "        }\n"
    "      ],\n"
    "      \"care_plans\": [\n"
    "        {\n"
    "          \"date\": \"2025-01-06\"\n"
    "        }\n"
    "      ],\n"
    "      \"visits\": [\n"
    "        {\n"
    "          \"date\": \"2025-01-09\",\n"
    "          \"seen_alone\": true\n"
    "        }\n"
    "      ],\n"
    "      \"sdq\": [\n"
    "        {\n"
    "          \"date\": \"2025-03-01\",\n"
    "          \"score\": 0\n"
    "        }\n"
    "      ],\n"
    "      \"care_leaver\": {\n"
    "        \"contacts\": [\n"
    "          {\n"
    "            \"date\": \"2025-02-01\"\n"
    "          }\n"
    "        ]\n"
    "      },\n"
    "      \"x_note\": \"kept\"\n"
    "    }\n"
    "  ]\n"
    "}\n";

  careplan_child_set_date_of_birth (child, D (2010, 1, 31));
  careplan_child_set_disabled (child, CAREPLAN_TRISTATE_NO);
  careplan_episode_set_start (episode, D (2025, 1, 6));
  careplan_episode_set_reason_new_episode (episode, "S");
  careplan_episode_set_long_term (episode, CAREPLAN_TRISTATE_YES);
  careplan_child_add_episode (child, episode);
  careplan_event_set_seen_alone (visit, CAREPLAN_TRISTATE_YES);
  careplan_event_set_score (sdq, 0);

  /* Added in no particular order: the writer puts each in its list, and
   * contacts in a `care_leaver` object even though the child has none. */
  careplan_child_add_event (child, contact);
  careplan_child_add_event (child, sdq);
  careplan_child_add_event (child, visit);
  careplan_child_add_event (child, care_plan);

  /* An extra named like a known member would give that key twice. */
  json_object_set_string_member (careplan_child_get_extras (child), "x_note", "kept");
  json_object_set_string_member (careplan_child_get_extras (child), "visits", "dropped");
  json_object_set_string_member (careplan_event_get_extras (visit), "date", "dropped");

  g_list_store_append (store, child);
  saved = careplan_record_save_data (G_LIST_MODEL (store), NULL);
  assert_string_equal (saved, expected);
}

static void
test_save_an_empty_list (void **state)
{
  g_autoptr(GListStore) store = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autofree char *saved = careplan_record_save_data (G_LIST_MODEL (store), NULL);
  g_autoptr(GListModel) again = NULL;

  assert_string_equal (saved, "{\n  \"format\": \"careplan-record/1\",\n  \"children\": []\n}\n");
  again = careplan_record_load_data (saved, -1, NULL, NULL);
  assert_int_equal (g_list_model_get_n_items (again), 0);
}

/* The streaming writer gives save_data()'s bytes, child by child, past
 * its buffer's size; an empty run is an empty array; a child without an
 * id is refused and writes nothing. */
static void
writer_text (GListModel  *children,
             char       **text,
             gsize       *length)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(CareplanRecordWriter) writer = careplan_record_writer_new (stream);
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (children);

  assert_true (careplan_record_writer_get_stream (writer) == stream);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);

      assert_true (careplan_record_writer_write (writer, child, &error));
      assert_null (error);
    }
  assert_true (careplan_record_writer_close (writer, &error));
  assert_null (error);
  assert_true (g_output_stream_close (stream, NULL, NULL));
  *length = g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream));
  *text = g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static void
test_record_writer_streams_save_data (void **state)
{
  g_autoptr(GListModel) sample = load_sample ("good", "every-field.json");
  g_autoptr(GListStore) many = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(GListStore) none = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(CareplanChild) nameless = careplan_child_new ("");
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(CareplanRecordWriter) writer = careplan_record_writer_new (stream);
  g_autoptr(GError) error = NULL;
  GListModel *lists[] = { sample, G_LIST_MODEL (many), G_LIST_MODEL (none) };

  /* Enough children for several flushes of the writer's buffer. */
  for (guint i = 0; i < 400; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (sample, 0);

      g_list_store_append (many, child);
    }

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_autofree char *expected = NULL;
      g_autofree char *text = NULL;
      gsize expected_length = 0, length = 0;

      expected = careplan_record_save_data (lists[i], &expected_length);
      writer_text (lists[i], &text, &length);
      assert_int_equal (length, expected_length);
      assert_memory_equal (text, expected, length);
    }

  assert_false (careplan_record_writer_write (writer, nameless, &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD));
  assert_int_equal (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (stream)), 0);
}

static void
test_save_file (void **state)
{
  g_autoptr(GListModel) children = load_sample ("good", "every-field.json");
  g_autofree char *dir = g_dir_make_tmp ("test-record-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "no-such-dir", "out.json", NULL);
  g_autofree char *expected = careplan_record_save_data (children, NULL);
  g_autofree char *written = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  assert_true (careplan_record_save_file (children, path, &error));
  assert_null (error);
  written = read_text (path, NULL);
  assert_string_equal (written, expected);

  assert_false (careplan_record_save_file (children, bad_path, &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO));
  message = g_strdup_printf ("%s: cannot write: ", bad_path);
  assert_true (g_str_has_prefix (error->message, message));

  g_unlink (path);
  g_rmdir (dir);
}

/* Errors ------------------------------------------------------------------- */

/* Loads bad/@name from its file, expecting @code and a message that is
 * the path followed by @rest ("line:column: path: words"). */
static void
assert_bad_sample (const char *name,
                   int         code,
                   const char *rest)
{
  g_autofree char *path = sample_path ("bad", name);
  g_autofree char *expected = g_strdup_printf ("%s:%s", path, rest);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = careplan_record_load_file (path, &error);

  assert_null (children);
  assert_non_null (error);
  assert_true (error->domain == CAREPLAN_ERROR);
  assert_string_equal (error->message, expected);
  assert_int_equal (error->code, code);
}

/* The bad samples the tests below load; every file of bad/ must be one,
 * but for the ext-* samples of the newer keys, which
 * test-record-extensions.c loads (and checks in the same way). */
static const char * const bad_samples[] = {
  "syntax.json", "wrong-type.json", "date-feb-31.json", "date-month-13.json",
  "bad-enum.json", "bad-permanence-plan.json", "missing-id.json", "integer-id.json",
  "duplicate-id.json", "wrong-format.json", "missing-format.json", "duplicate-key.json",
  "two-values.json", "empty.json", "not-utf8.json", "bom-crlf-bad-date.json",
  "sdq-score.json", "missing-date.json", "root-array.json", "event-not-object.json",
  "empty-string.json", "children-not-array.json", "care-leaver-date.json",
};

static void
test_every_bad_sample_is_tested (void **state)
{
  g_autofree char *dir_path = g_build_filename (CAREPLAN_TEST_DATA, "record-samples", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (!g_str_has_suffix (name, ".json") || g_str_has_prefix (name, "ext-"))
        continue;
      if (!g_strv_contains (bad_samples, name))
        fail_msg ("bad/%s has no test", name);
      n++;
    }
  assert_int_equal (n, G_N_ELEMENTS (bad_samples));
}

static void
test_error_bad_json (void **state)
{
  /* The word's line:column and field, after the file name. */
  assert_bad_sample ("syntax.json", CAREPLAN_ERROR_INVALID_JSON,
                     "7:15: children[0].uasc: unexpected word “tru” (strings are written in double quotes)");
}

static void
test_error_wrong_type (void **state)
{
  assert_bad_sample ("wrong-type.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "7:15: children[0].uasc: expected true or false, got a string");
  assert_bad_sample ("children-not-array.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "3:15: children: expected an array, got an object");
  assert_bad_sample ("event-not-object.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "4:14: visits[0]: expected an object, got a string");
  assert_bad_sample ("root-array.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "1:1: expected an object (one child, or {\"format\": \"careplan-record/1\", "
                     "\"children\": […]}), got an array");
}

static void
test_error_impossible_date (void **state)
{
  g_autofree char *path = sample_path ("bad", "date-feb-31.json");
  g_autofree char *text = read_text (path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = NULL;

  /* The example of the brief, exactly. */
  children = careplan_record_load_data (text, -1, "caseload.json", &error);
  assert_null (children);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD));
  assert_string_equal (error->message,
                       "caseload.json:14:22: children[3].episodes[1].start: "
                       "“2025-02-31” is not a date (February 2025 has 28 days)");

  assert_bad_sample ("date-feb-31.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "14:22: children[3].episodes[1].start: "
                     "“2025-02-31” is not a date (February 2025 has 28 days)");
}

static void
test_error_month_13 (void **state)
{
  assert_bad_sample ("date-month-13.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "3:20: date_of_birth: “2025-13-01” is not a date (month 13)");
  assert_bad_sample ("care-leaver-date.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "8:17: care_leaver.contacts[1].date: “2025-1-5” is not a date (expected YYYY-MM-DD)");
}

static void
test_error_bad_enum (void **state)
{
  assert_bad_sample ("bad-enum.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "9:41: children[0].health_assessments[1].kind: "
                     "“annual” is not one of initial, review");
  assert_bad_sample ("bad-permanence-plan.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "4:56: permanence_plans[0].plan: “foster” is not one of return-home, "
                     "family-and-friends, special-guardianship, child-arrangements-order, adoption, "
                     "long-term-fostering, residential, independence");
  assert_bad_sample ("sdq-score.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "4:44: sdq[0].score: 41 is not an SDQ score (0 to 40)");
  assert_bad_sample ("empty-string.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "7:23: episodes[0].legal_status: empty string "
                     "(leave the field out, or write null, when it is not recorded)");
}

static void
test_error_missing_id (void **state)
{
  /* Reported at the object that lacks it. */
  assert_bad_sample ("missing-id.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "8:5: children[1].id: missing (every child needs an id)");
  assert_bad_sample ("missing-date.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "6:5: visits[1].date: missing (required)");
}

static void
test_error_integer_id (void **state)
{
  assert_bad_sample ("integer-id.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "2:9: id: expected a string, got an integer (write ids in quotes)");
}

static void
test_error_duplicate_id (void **state)
{
  assert_bad_sample ("duplicate-id.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "6:13: children[2].id: duplicate child id “BS-050” (first at line 4, column 13)");
}

static void
test_error_duplicate_key (void **state)
{
  assert_bad_sample ("duplicate-key.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "5:29: visits[0].date: given twice in one object (first at line 5, column 7; JSON keeps only one of them)");
}

static void
test_error_duplicate_key_in_an_extra (void **state)
{
  const char *text =
    "{\n"
    "  \"id\": \"A\",\n"
    "  \"x_extra\": [{ \"a\": 1, \"a\": 2 }]\n"
    "}\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = careplan_record_load_data (text, -1, "dup.json", &error);

  assert_null (children);
  assert_string_equal (error->message,
                       "dup.json:3:25: x_extra[0].a: given twice in one object (first at line 3, column 17; JSON keeps only one of them)");
}

static void
test_error_wrong_format (void **state)
{
  assert_bad_sample ("wrong-format.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "2:13: format: unknown format “careplan-record/2” (expected “careplan-record/1”)");
  assert_bad_sample ("missing-format.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "1:1: format: missing (a file with “children” says \"format\": \"careplan-record/1\")");
}

static void
test_error_not_one_json_value (void **state)
{
  assert_bad_sample ("two-values.json", CAREPLAN_ERROR_INVALID_JSON,
                     "2:1: more text after the end of the JSON value (a file holds one object)");
  assert_bad_sample ("empty.json", CAREPLAN_ERROR_INVALID_JSON,
                     "1:1: no JSON value (the file is empty or blank)");
  assert_bad_sample ("not-utf8.json", CAREPLAN_ERROR_INVALID_JSON,
                     "1:15: id: not UTF-8 text");
}

static void
test_only_blanks_after_the_value (void **state)
{
  /* Brackets inside strings do not end the value early. */
  const char *good = "{ \"id\": \"A}]\", \"x_note\": \"[{\\\"\" }\n  \r\n\t\n";
  const char *bad = "{ \"id\": \"A}]\" }\n\n  , 1\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = careplan_record_load_data (good, -1, "good.json", &error);

  assert_null (error);
  assert_string_equal (careplan_child_get_id (child_at (children, 0)), "A}]");
  assert_string_equal (json_object_get_string_member (careplan_child_peek_extras (child_at (children, 0)),
                                                      "x_note"), "[{\"");

  g_clear_object (&children);
  children = careplan_record_load_data (bad, -1, "bad.json", &error);
  assert_null (children);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_JSON));
  assert_string_equal (error->message,
                       "bad.json:3:3: more text after the end of the JSON value (a file holds one object)");
}

static void
test_error_in_bom_crlf_file (void **state)
{
  assert_bad_sample ("bom-crlf-bad-date.json", CAREPLAN_ERROR_INVALID_RECORD,
                     "5:15: visits[0].date: “2025-02-29” is not a date (February 2025 has 28 days)");
}

static void
test_error_without_a_file_name (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = careplan_record_load_data ("\n  42\n", -1, NULL, &error);

  assert_null (children);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD));
  assert_string_equal (error->message,
                       "<data>:2:3: expected an object (one child, or {\"format\": \"careplan-record/1\", "
                       "\"children\": […]}), got an integer");
}

static void
test_error_unreadable_file (void **state)
{
  g_autofree char *missing = sample_path ("bad", "no-such-file.json");
  g_autofree char *directory = g_build_filename (CAREPLAN_TEST_DATA, "record-samples", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = NULL;

  children = careplan_record_load_file (missing, &error);
  assert_null (children);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO));
  expected = g_strdup_printf ("%s: cannot read: %s", missing, g_strerror (ENOENT));
  assert_string_equal (error->message, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  children = careplan_record_load_file (directory, &error);
  assert_null (children);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO));
  expected = g_strdup_printf ("%s: cannot read: a directory (careplan reads regular files only)",
                              directory);
  assert_string_equal (error->message, expected);
}

/* The bundled caseload ----------------------------------------------------- */

static void
test_examples_data_loads (void **state)
{
  g_autofree char *dir_path = examples_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *name;
  guint n_files = 0;
  gboolean extra_seen = FALSE;

  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GListModel) children = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *saved = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      n_files++;

      path = g_build_filename (dir_path, name, NULL);
      children = careplan_record_load_file (path, &error);
      if (children == NULL)
        fail_msg ("%s", error->message);

      for (guint i = 0; i < g_list_model_get_n_items (children); i++)
        {
          CareplanChild *child = child_at (children, i);
          g_autoptr(GListModel) problems = careplan_child_validate (child);

          for (guint k = 0; k < g_list_model_get_n_items (problems); k++)
            {
              g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, k);
              g_autofree char *text_of_problem = careplan_problem_to_string (problem);

              print_error ("%s\n", text_of_problem);
            }
          assert_int_equal (g_list_model_get_n_items (problems), 0);

          assert_true (g_str_has_prefix (careplan_child_get_id (child), "EX-"));
          assert_false (g_hash_table_contains (ids, careplan_child_get_id (child)));
          g_hash_table_add (ids, g_strdup (careplan_child_get_id (child)));
          if (careplan_child_peek_extras (child) != NULL)
            extra_seen = TRUE;
        }

      /* The files are written in the canonical layout. */
      text = read_text (path, NULL);
      saved = careplan_record_save_data (children, NULL);
      assert_string_equal (saved, text);
    }

  assert_true (n_files >= 1);
  assert_true (g_hash_table_size (ids) >= 24);
  assert_true (extra_seen);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_load_every_field),
    cmocka_unit_test (test_positions_and_source_file),
    cmocka_unit_test (test_single_child_form),
    cmocka_unit_test (test_nulls_are_not_recorded),
    cmocka_unit_test (test_bom_and_crlf),
    cmocka_unit_test (test_load_data_with_length),
    cmocka_unit_test (test_round_trip_is_byte_identical),
    cmocka_unit_test (test_round_trip_of_every_good_sample),
    cmocka_unit_test (test_extras_at_every_level),
    cmocka_unit_test (test_save_a_record_built_in_code),
    cmocka_unit_test (test_save_an_empty_list),
    cmocka_unit_test (test_record_writer_streams_save_data),
    cmocka_unit_test (test_save_file),
    cmocka_unit_test (test_every_bad_sample_is_tested),
    cmocka_unit_test (test_error_bad_json),
    cmocka_unit_test (test_error_wrong_type),
    cmocka_unit_test (test_error_impossible_date),
    cmocka_unit_test (test_error_month_13),
    cmocka_unit_test (test_error_bad_enum),
    cmocka_unit_test (test_error_missing_id),
    cmocka_unit_test (test_error_integer_id),
    cmocka_unit_test (test_error_duplicate_id),
    cmocka_unit_test (test_error_duplicate_key),
    cmocka_unit_test (test_error_duplicate_key_in_an_extra),
    cmocka_unit_test (test_error_wrong_format),
    cmocka_unit_test (test_error_not_one_json_value),
    cmocka_unit_test (test_only_blanks_after_the_value),
    cmocka_unit_test (test_error_in_bom_crlf_file),
    cmocka_unit_test (test_error_without_a_file_name),
    cmocka_unit_test (test_error_unreadable_file),
    cmocka_unit_test (test_examples_data_loads),
  };

  return cmocka_run_group_tests_name ("record", tests, NULL, NULL);
}
