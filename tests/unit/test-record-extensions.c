/* test-record-extensions.c: the careplan JSON record format's newer keys —
 * the lists and fields that the statutory catalogue and the SSDA903
 * tables need: reading every one, round trips, unknown members kept
 * beside them, and every error with its location
 *
 * The samples are tests/record-samples/good/extensions.json and the ext-*
 * files of tests/record-samples/bad.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>

#include <careplan.h>
#include <cmocka.h>
#include <json-glib/json-glib.h>

#include "careplan-model-private.h"
#include "careplan-record-private.h"

#define D(y, m, d) careplan_date_new ((y), (m), (d))
#define NONE CAREPLAN_DATE_NONE

/* The reader's words for a number where a date or a code belongs. */
#define NOT_A_DATE "expected a date string (YYYY-MM-DD), got an integer"
#define CODE_NUMBER "expected a string, got an integer (write codes in quotes, as in \"1\")"

/* Helpers ------------------------------------------------------------------ */

static char *
sample_path (const char *dir,
             const char *name)
{
  return g_build_filename (CAREPLAN_TEST_DATA, "record-samples", dir, name, NULL);
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

static GListModel *
load_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  GListModel *children = careplan_record_load_data (text, -1, "t.json", &error);

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

/* The @i-th event of @kind in record order; the child keeps it. */
static CareplanEvent *
event_of (CareplanChild     *child,
          CareplanEventKind  kind,
          guint              i)
{
  GListModel *events = careplan_child_get_events (child);
  guint seen = 0;

  for (guint k = 0; k < g_list_model_get_n_items (events); k++)
    {
      g_autoptr(CareplanEvent) event = g_list_model_get_item (events, k);

      if (careplan_event_get_kind (event) == kind && seen++ == i)
        return event;
    }
  fail_msg ("no event %u of kind %s", i, careplan_event_kind_to_string (kind));
  return NULL;
}

static guint
count_events (CareplanChild     *child,
              CareplanEventKind  kind)
{
  GListModel *events = careplan_child_get_events (child);
  guint n = 0;

  for (guint k = 0; k < g_list_model_get_n_items (events); k++)
    {
      g_autoptr(CareplanEvent) event = g_list_model_get_item (events, k);

      n += careplan_event_get_kind (event) == kind;
    }
  return n;
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

static void
assert_text_field (CareplanEvent *event,
                   const char    *name,
                   const char    *expected)
{
  const char *value = careplan_event_get_text_field (event, name);

  if (value == NULL)
    fail_msg ("%s: no text field %s", careplan_event_kind_to_string (careplan_event_get_kind (event)),
              name);
  assert_string_equal (value, expected);
}

static void
assert_no_problems (CareplanChild *child)
{
  g_autoptr(GListModel) problems = careplan_child_validate (child);

  for (guint k = 0; k < g_list_model_get_n_items (problems); k++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, k);
      g_autofree char *text = careplan_problem_to_string (problem);

      print_error ("%s\n", text);
    }
  assert_int_equal (g_list_model_get_n_items (problems), 0);
}

/* Reading ------------------------------------------------------------------ */

static void
test_load_every_new_key (void **state)
{
  g_autoptr(GListModel) children = load_sample ("good", "extensions.json");
  CareplanChild *child;
  CareplanEvent *event;
  CareplanCareLeaver *leaver;

  assert_int_equal (g_list_model_get_n_items (children), 2);
  child = child_at (children, 0);
  assert_no_problems (child);

  assert_int_equal (careplan_episode_get_out_of_area (episode_at (child, 0)), CAREPLAN_TRISTATE_NO);
  assert_int_equal (careplan_episode_get_out_of_area (episode_at (child, 1)), CAREPLAN_TRISTATE_YES);
  assert_int_equal (careplan_episode_get_long_term (episode_at (child, 1)), CAREPLAN_TRISTATE_YES);
  assert_int_equal (careplan_episode_get_at_distance (episode_at (child, 0)), CAREPLAN_TRISTATE_UNSET);
  assert_int_equal (careplan_episode_get_at_distance (episode_at (child, 1)), CAREPLAN_TRISTATE_YES);

  event = event_of (child, CAREPLAN_EVENT_KIND_VISIT, 0);
  assert_int_equal (careplan_event_get_flag (event), CAREPLAN_TRISTATE_NO);
  assert_string_equal (careplan_event_get_detail (event), "child asleep");
  assert_null (careplan_event_get_detail (event_of (child, CAREPLAN_EVENT_KIND_VISIT, 1)));

  event = event_of (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 5, 1));
  assert_int_equal (careplan_event_get_end (event), D (2024, 5, 2));
  assert_string_equal (careplan_event_get_detail (event), "M");
  assert_int_equal (careplan_event_get_flag (event), CAREPLAN_TRISTATE_YES);
  assert_int_equal (careplan_event_get_date_field (event, "return_interview"), D (2024, 5, 3));
  event = event_of (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, 1);
  assert_string_equal (careplan_event_get_detail (event), "A");
  assert_int_equal (careplan_event_get_date_field (event, "return_interview"), NONE);

  event = event_of (child, CAREPLAN_EVENT_KIND_CARER_APPROVAL, 0);
  assert_int_equal (careplan_event_get_extended_to (event), D (2024, 11, 4));
  assert_int_equal (careplan_event_get_date_field (event, "extension_decided"), D (2024, 8, 20));
  assert_int_equal (careplan_event_get_date_field (event, "further_extension_decided"), D (2024, 10, 28));
  assert_int_equal (careplan_event_get_approved (event), D (2024, 10, 1));

  event = event_of (child, CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 3, 8));
  assert_string_equal (careplan_event_get_detail (event), "required-persons");
  event = event_of (child, CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, 1);
  assert_string_equal (careplan_event_get_detail (event), "area-authority");

  event = event_of (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 8, 30));
  assert_string_equal (careplan_event_get_detail (event), "nominated-officer");
  assert_string_equal (careplan_event_get_detail (event_of (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, 1)),
                       "director");

  assert_int_equal (careplan_event_get_date (event_of (child, CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, 0)),
                    D (2024, 3, 20));
  assert_int_equal (careplan_event_get_date (event_of (child, CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT, 0)),
                    D (2025, 1, 15));

  event = event_of (child, CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 3, 4));
  assert_int_equal (careplan_event_get_end (event), D (2024, 4, 26));
  assert_int_equal (careplan_event_get_approved (event), D (2024, 5, 1));

  event = event_of (child, CAREPLAN_EVENT_KIND_DETENTION, 0);
  assert_int_equal (careplan_event_get_date (event), D (2025, 2, 1));
  assert_int_equal (careplan_event_get_end (event), D (2025, 2, 20));

  event = event_of (child, CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 3, 1));
  assert_int_equal (careplan_event_get_extended_to (event), D (2024, 10, 25));
  assert_int_equal (careplan_event_get_end (event), D (2024, 9, 2));

  assert_int_equal (careplan_event_get_date (event_of (child, CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY, 0)),
                    D (2025, 6, 12));
  assert_int_equal (careplan_event_get_date (event_of (child, CAREPLAN_EVENT_KIND_LATER_LIFE_LETTER, 0)),
                    D (2025, 7, 1));

  event = event_of (child, CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES, 0);
  assert_int_equal (careplan_event_get_date (event), D (2025, 3, 31));
  assert_text_field (event, "sdq_score", "14");
  assert_text_field (event, "sdq_reason", "SDQ1");
  assert_text_field (event, "convicted", "0");
  assert_text_field (event, "health_check", "1");
  assert_text_field (event, "immunisations", "1");
  assert_text_field (event, "teeth_check", "1");
  assert_text_field (event, "health_assessment", "1");
  assert_text_field (event, "substance_misuse", "0");
  assert_text_field (event, "intervention_received", "0");
  assert_text_field (event, "intervention_offered", "0");
  {
    g_auto(GStrv) names = careplan_event_dup_field_names (event);

    assert_int_equal (g_strv_length (names), 10);
  }

  event = event_of (child, CAREPLAN_EVENT_KIND_ADOPTION_DECISION, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 11, 1));
  assert_int_equal (careplan_event_get_date_field (event, "matched"), D (2025, 1, 20));
  assert_text_field (event, "foster_care", "0");
  assert_text_field (event, "number_of_adopters", "M2");
  assert_text_field (event, "sex_of_adopters", "MF");
  assert_text_field (event, "legal_status_of_adopters", "L12");

  event = event_of (child, CAREPLAN_EVENT_KIND_PLACED_FOR_ADOPTION, 0);
  assert_int_equal (careplan_event_get_date (event), D (2025, 2, 3));
  assert_int_equal (careplan_event_get_end (event), D (2025, 6, 12));
  assert_text_field (event, "reason_ceased", "E11");

  event = event_of (child, CAREPLAN_EVENT_KIND_SOCIAL_WORKER_EPISODE, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 3, 4));
  assert_int_equal (careplan_event_get_end (event), D (2024, 12, 31));
  assert_text_field (event, "worker", "SW-17");
  assert_text_field (event, "reason", "MANAG");
  event = event_of (child, CAREPLAN_EVENT_KIND_SOCIAL_WORKER_EPISODE, 1);
  assert_int_equal (careplan_event_get_end (event), NONE);
  assert_null (careplan_event_get_text_field (event, "reason"));

  event = event_of (child, CAREPLAN_EVENT_KIND_DEPRIVATION_OF_LIBERTY, 0);
  assert_int_equal (careplan_event_get_date (event), D (2025, 3, 1));
  assert_int_equal (careplan_event_get_end (event), D (2025, 5, 30));

  /* The care leaver. */
  child = child_at (children, 1);
  assert_no_problems (child);
  leaver = careplan_child_get_care_leaver (child);
  assert_non_null (leaver);
  assert_int_equal (careplan_care_leaver_get_accommodation_from (leaver), D (2023, 1, 9));
  assert_int_equal (careplan_care_leaver_get_support_requested (leaver), D (2024, 11, 18));
  assert_int_equal (careplan_care_leaver_get_adviser_declined (leaver), D (2025, 5, 20));
  assert_int_equal (count_events (child, CAREPLAN_EVENT_KIND_PA_VISIT), 2);
  assert_int_equal (careplan_event_get_date (event_of (child, CAREPLAN_EVENT_KIND_PA_VISIT, 1)),
                    D (2023, 3, 8));
  event = event_of (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES, 0);
  assert_int_equal (careplan_event_get_date (event), D (2024, 5, 2));
  assert_text_field (event, "in_touch", "YES");
  assert_text_field (event, "activity", "F2");
  assert_text_field (event, "accommodation", "T");
  /* The child's own `outcomes` and the care leaver's are different kinds. */
  assert_int_equal (count_events (child, CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES), 0);
}

static void
test_nulls_of_new_keys_are_not_recorded (void **state)
{
  g_autoptr(GListModel) children = load_text (
    "{\"id\": \"N-1\",\n"
    " \"episodes\": [{\"start\": \"2025-01-01\", \"out_of_area\": null, \"at_distance\": null}],\n"
    " \"visits\": [{\"date\": \"2025-01-02\", \"not_seen_alone_reason\": null}],\n"
    " \"missing_episodes\": [{\"start\": \"2025-01-03\", \"kind\": null, \"return_interview\": null}],\n"
    " \"carer_approvals\": [{\"start\": \"2025-01-01\", \"extension_decided\": null}],\n"
    " \"court_proceedings\": [{\"issued\": \"2025-01-01\", \"extended_to\": null, \"final_order\": null}],\n"
    " \"outcomes\": [{\"date\": \"2025-03-31\", \"sdq_score\": null}],\n"
    " \"detentions\": null,\n"
    " \"care_leaver\": {\"accommodation_from\": null, \"support_requested\": null,\n"
    "                 \"adviser_declined\": null, \"pa_visits\": null, \"outcomes\": null}}\n");
  CareplanChild *child = child_at (children, 0);
  CareplanCareLeaver *leaver = careplan_child_get_care_leaver (child);
  g_auto(GStrv) names = NULL;
  g_autofree char *saved = NULL;

  assert_int_equal (careplan_episode_get_out_of_area (episode_at (child, 0)), CAREPLAN_TRISTATE_UNSET);
  assert_null (careplan_event_get_detail (event_of (child, CAREPLAN_EVENT_KIND_VISIT, 0)));
  assert_null (careplan_event_get_detail (event_of (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, 0)));
  names = careplan_event_dup_field_names (event_of (child, CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES, 0));
  assert_null (names[0]);
  assert_int_equal (careplan_event_get_end (event_of (child, CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS, 0)),
                    NONE);
  assert_int_equal (careplan_care_leaver_get_accommodation_from (leaver), NONE);
  assert_int_equal (careplan_care_leaver_get_support_requested (leaver), NONE);
  assert_int_equal (careplan_care_leaver_get_adviser_declined (leaver), NONE);

  /* Not recorded: not written. */
  saved = careplan_record_save_data (children, NULL);
  assert_null (strstr (saved, "null"));
  assert_null (strstr (saved, "out_of_area"));
  assert_null (strstr (saved, "at_distance"));
  assert_null (strstr (saved, "return_interview\""));
  assert_null (strstr (saved, "sdq_score"));
}

/* Round trips -------------------------------------------------------------- */

static void
test_round_trip_is_byte_identical (void **state)
{
  g_autofree char *path = sample_path ("good", "extensions.json");
  g_autofree char *text = NULL;
  g_autoptr(GListModel) children = load_sample ("good", "extensions.json");
  g_autoptr(GListModel) again = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;

  assert_true (g_file_get_contents (path, &text, NULL, NULL));
  saved = careplan_record_save_data (children, NULL);
  assert_string_equal (saved, text);

  again = load_text (saved);
  saved_again = careplan_record_save_data (again, NULL);
  assert_string_equal (saved_again, saved);
}

static void
test_extras_beside_new_keys (void **state)
{
  g_autoptr(GListModel) children = load_sample ("good", "extensions.json");
  CareplanChild *child = child_at (children, 0);
  CareplanChild *leaver_child = child_at (children, 1);
  JsonObject *extras;

  extras = careplan_episode_peek_extras (episode_at (child, 1));
  assert_non_null (extras);
  assert_int_equal (json_object_get_size (extras), 1);
  assert_string_equal (json_object_get_string_member (extras, "x_area"), "north");

  extras = careplan_event_peek_extras (event_of (child, CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, 1));
  assert_non_null (extras);
  assert_int_equal (json_object_get_size (extras), 1);
  assert_string_equal (json_object_get_string_member (extras, "x_method"), "email");
  assert_null (careplan_event_peek_extras (event_of (child, CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, 0)));

  extras = careplan_event_peek_extras (event_of (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, 1));
  assert_non_null (extras);
  assert_true (json_object_get_boolean_member (extras, "x_reported"));

  extras = careplan_event_peek_extras (event_of (leaver_child, CAREPLAN_EVENT_KIND_PA_VISIT, 1));
  assert_non_null (extras);
  assert_string_equal (json_object_get_string_member (extras, "x_where"), "flat");

  /* Known keys of the care leaver are not extras; the unknown one is. */
  extras = careplan_care_leaver_peek_extras (careplan_child_get_care_leaver (leaver_child));
  assert_non_null (extras);
  assert_int_equal (json_object_get_size (extras), 1);
  assert_true (json_object_has_member (extras, "x_team"));

  /* None of the new keys of the child ends up among its extras. */
  assert_null (careplan_child_peek_extras (child));
}

/* Every new list, built in code, saved, and read back. */
/* The event-kind facts are the model's: the record's field tables agree
 * with them (their required date is the model's date key, first), every
 * list is named once per object, and each list finds its own kind. */
static void
test_event_kind_table_is_the_models (void **state)
{
  guint kind;
  guint other;

  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      const CareplanEventKindInfo *info = &careplan_event_kind_infos[kind];
      const CareplanRecordEventSpec *spec = &careplan_record_event_specs[kind];

      assert_int_equal (spec->kind, kind);
      assert_string_equal (info->name, careplan_event_kind_to_string (kind));
      assert_int_equal (spec->fields[0].kind, CAREPLAN_RECORD_FIELD_DATE);
      assert_string_equal (spec->fields[0].key, info->date_key);
      assert_ptr_equal (careplan_record_event_spec_for_list (info->list, info->care_leaver), spec);
      for (other = kind + 1; other < CAREPLAN_EVENT_N_KINDS; other++)
        assert_false (careplan_event_kind_infos[other].care_leaver == info->care_leaver &&
                      strcmp (careplan_event_kind_infos[other].list, info->list) == 0);
    }
}

static void
test_save_every_new_kind_built_in_code (void **state)
{
  g_autoptr(GListStore) store = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(CareplanChild) child = careplan_child_new ("B-1");
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  g_autoptr(GListModel) loaded = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  CareplanChild *back;
  const char *previous = NULL;
  guint kind;

  careplan_child_set_date_of_birth (child, D (2010, 1, 1));
  careplan_episode_set_start (episode, D (2025, 1, 1));
  careplan_episode_set_out_of_area (episode, CAREPLAN_TRISTATE_YES);
  careplan_episode_set_at_distance (episode, CAREPLAN_TRISTATE_NO);
  careplan_child_add_episode (child, episode);

  /* In reverse enum order: the writer still puts the lists in the
   * format's order. */
  for (kind = CAREPLAN_EVENT_N_KINDS; kind > 0; kind--)
    {
      g_autoptr(CareplanEvent) event = careplan_event_new (kind - 1, D (2025, 2, 1) + kind);

      careplan_event_set_text_field (event, "not_a_key", "dropped");
      careplan_child_add_event (child, event);
    }
  careplan_event_set_text_field (event_of (child, CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES, 0),
                                 "sdq_reason", "SDQ2");
  careplan_event_set_date_field (event_of (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, 0),
                                 "return_interview", D (2025, 3, 1));
  g_list_store_append (store, child);

  saved = careplan_record_save_data (G_LIST_MODEL (store), NULL);
  /* Named fields the format has no key for are not written. */
  assert_null (strstr (saved, "not_a_key"));
  /* The care-leaver lists go inside a care_leaver object, made for them. */
  assert_non_null (strstr (saved, "\"care_leaver\": {"));
  assert_non_null (strstr (saved, "\"out_of_area\": true"));
  assert_non_null (strstr (saved, "\"at_distance\": false"));

  /* Each list once, in the order of the spec table (child lists first). */
  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      g_autofree char *key = g_strdup_printf ("\"%s\": [", careplan_record_event_list (kind));
      const char *at = strstr (saved, key);

      assert_non_null (at);
      if (!careplan_record_event_in_care_leaver (kind))
        {
          if (previous != NULL)
            assert_true (at > previous);
          previous = at;
        }
    }

  loaded = load_text (saved);
  back = child_at (loaded, 0);
  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      assert_int_equal (count_events (back, kind), 1);
      assert_int_equal (careplan_event_get_date (event_of (back, kind, 0)), D (2025, 2, 1) + kind + 1);
    }
  assert_text_field (event_of (back, CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES, 0), "sdq_reason", "SDQ2");
  assert_int_equal (careplan_event_get_date_field (event_of (back, CAREPLAN_EVENT_KIND_MISSING_EPISODE, 0),
                                                   "return_interview"),
                    D (2025, 3, 1));
  assert_int_equal (careplan_episode_get_out_of_area (episode_at (back, 0)), CAREPLAN_TRISTATE_YES);
  assert_int_equal (careplan_episode_get_at_distance (episode_at (back, 0)), CAREPLAN_TRISTATE_NO);

  saved_again = careplan_record_save_data (loaded, NULL);
  assert_string_equal (saved_again, saved);
}

static void
test_care_leaver_dates_without_lists (void **state)
{
  g_autoptr(GListStore) store = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(CareplanChild) child = careplan_child_new ("B-2");
  g_autoptr(CareplanCareLeaver) leaver = careplan_care_leaver_new ();
  g_autofree char *saved = NULL;

  careplan_care_leaver_set_support_requested (leaver, D (2025, 4, 1));
  careplan_care_leaver_set_adviser_declined (leaver, D (2025, 5, 1));
  careplan_care_leaver_set_accommodation_from (leaver, D (2025, 3, 1));
  careplan_child_set_care_leaver (child, leaver);
  g_list_store_append (store, child);

  saved = careplan_record_save_data (G_LIST_MODEL (store), NULL);
  assert_string_equal (saved,
                       "{\n"
                       "  \"format\": \"careplan-record/1\",\n"
                       "  \"children\": [\n"
                       "    {\n"
                       "      \"id\": \"B-2\",\n"
                       "      \"care_leaver\": {\n"
                       "        \"accommodation_from\": \"2025-03-01\",\n"
                       "        \"support_requested\": \"2025-04-01\",\n"
                       "        \"adviser_declined\": \"2025-05-01\"\n"
                       "      }\n"
                       "    }\n"
                       "  ]\n"
                       "}\n");
}

/* Errors ------------------------------------------------------------------- */

typedef struct
{
  const char *name;
  const char *rest;    /* after "<path>:" */
} BadSample;

static const BadSample bad_samples[] = {
  { "ext-bad-recipient.json",
    "6:42: placement_notifications[1].recipient: “parents” is not one of "
    "required-persons, area-authority" },
  { "ext-bad-approver.json",
    "4:41: placement_approvals[0].approver: “team-manager” is not one of "
    "nominated-officer, director" },
  { "ext-bad-missing-kind.json",
    "5:59: missing_episodes[0].kind: “absent” is not one of M, A" },
  { "ext-court-without-issued.json",
    "5:5: court_proceedings[0].issued: missing (required)" },
  { "ext-outcome-number.json",
    "7:46: children[0].outcomes[0].sdq_score: " CODE_NUMBER },
  { "ext-out-of-area-string.json",
    "4:45: episodes[0].out_of_area: expected true or false, got a string" },
  { "ext-return-interview-date.json",
    "4:71: missing_episodes[0].return_interview: “2025-06-31” is not a date (June 2025 has 30 days)" },
  { "ext-pa-visits-object.json",
    "5:18: care_leaver.pa_visits: expected an array, got an object" },
  { "ext-support-requested-date.json",
    "4:26: care_leaver.support_requested: “18/11/2024” is not a date (expected YYYY-MM-DD)" },
  { "ext-empty-reason.json",
    "4:75: visits[0].not_seen_alone_reason: empty string "
    "(leave the field out, or write null, when it is not recorded)" },
};

static void
test_bad_samples (void **state)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_samples); i++)
    {
      g_autofree char *path = sample_path ("bad", bad_samples[i].name);
      g_autofree char *expected = g_strdup_printf ("%s:%s", path, bad_samples[i].rest);
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) children = careplan_record_load_file (path, &error);

      assert_null (children);
      assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD));
      assert_string_equal (error->message, expected);
    }
}

static void
test_every_ext_bad_sample_is_tested (void **state)
{
  g_autofree char *dir_path = g_build_filename (CAREPLAN_TEST_DATA, "record-samples", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean tested = FALSE;

      if (!g_str_has_prefix (name, "ext-") || !g_str_has_suffix (name, ".json"))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (bad_samples); i++)
        tested = tested || strcmp (bad_samples[i].name, name) == 0;
      if (!tested)
        fail_msg ("bad/%s has no test", name);
      n++;
    }
  assert_int_equal (n, G_N_ELEMENTS (bad_samples));
}

/* One wrong value for every new key.  Each case is a one-line child
 * object: `{"id": "E", <where>}` where @where holds @bad once; the error
 * is at @bad's column. */
typedef struct
{
  const char *where;     /* with %s for the bad value */
  const char *bad;
  const char *path;
  const char *message;
} InlineError;


static const InlineError inline_errors[] = {
  { "\"episodes\": [{\"start\": \"2025-01-01\", \"out_of_area\": %s}]", "1",
    "episodes[0].out_of_area", "expected true or false, got an integer" },
  { "\"episodes\": [{\"start\": \"2025-01-01\", \"at_distance\": %s}]", "\"yes\"",
    "episodes[0].at_distance", "expected true or false, got a string" },
  { "\"visits\": [{\"date\": \"2025-01-01\", \"not_seen_alone_reason\": %s}]", "false",
    "visits[0].not_seen_alone_reason", "expected a string, got a boolean" },
  { "\"missing_episodes\": [{\"start\": \"2025-01-01\", \"kind\": %s}]", "\"m\"",
    "missing_episodes[0].kind", "“m” is not one of M, A" },
  { "\"missing_episodes\": [{\"start\": \"2025-01-01\", \"return_interview\": %s}]", "20250102",
    "missing_episodes[0].return_interview", NOT_A_DATE },
  { "\"carer_approvals\": [{\"start\": \"2025-01-01\", \"extension_decided\": %s}]", "\"2025-02-30\"",
    "carer_approvals[0].extension_decided", "“2025-02-30” is not a date (February 2025 has 28 days)" },
  { "\"carer_approvals\": [{\"start\": \"2025-01-01\", \"further_extension_decided\": %s}]", "\"2025-02-30\"",
    "carer_approvals[0].further_extension_decided", "“2025-02-30” is not a date (February 2025 has 28 days)" },
  { "\"placement_notifications\": [{\"date\": \"2025-01-01\", \"recipient\": %s}]", "\"parents\"",
    "placement_notifications[0].recipient", "“parents” is not one of required-persons, area-authority" },
  { "\"placement_notifications\": [{\"date\": %s}]", "\"2025-1-1\"",
    "placement_notifications[0].date", "“2025-1-1” is not a date (expected YYYY-MM-DD)" },
  { "\"placement_approvals\": [{\"date\": \"2025-01-01\", \"approver\": %s}]", "\"Director\"",
    "placement_approvals[0].approver", "“Director” is not one of nominated-officer, director" },
  { "\"iro_appointments\": [%s]", "\"2025-01-01\"",
    "iro_appointments[0]", "expected an object, got a string" },
  { "\"visit_frequency_agreements\": %s", "{}",
    "visit_frequency_agreements", "expected an array, got an object" },
  { "\"placement_with_parent_assessments\": [{\"start\": \"2025-01-01\", \"completed\": %s}]", "true",
    "placement_with_parent_assessments[0].completed", "expected a date string (YYYY-MM-DD), got a boolean" },
  { "\"placement_with_parent_assessments\": [{\"start\": \"2025-01-01\", \"decision\": %s}]", "\"yes\"",
    "placement_with_parent_assessments[0].decision", "“yes” is not a date (expected YYYY-MM-DD)" },
  { "\"detentions\": [{\"start\": \"2025-01-01\", \"end\": %s}]", "[]",
    "detentions[0].end", "expected a date string (YYYY-MM-DD), got an array" },
  { "\"court_proceedings\": [{\"issued\": \"2025-01-01\", \"extended_to\": %s}]", "26",
    "court_proceedings[0].extended_to", NOT_A_DATE },
  { "\"court_proceedings\": [{\"issued\": \"2025-01-01\", \"final_order\": %s}]", "\"2025-13-01\"",
    "court_proceedings[0].final_order", "“2025-13-01” is not a date (month 13)" },
  { "\"adoption_ceremonies\": [{\"date\": %s}]", "0",
    "adoption_ceremonies[0].date", NOT_A_DATE },
  { "\"later_life_letters\": [{\"date\": %s}]", "\"\"",
    "later_life_letters[0].date", "“” is not a date (expected YYYY-MM-DD)" },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"sdq_reason\": %s}]", "\"\"",
    "outcomes[0].sdq_reason", "empty string (leave the field out, or write null, when it is not recorded)" },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"convicted\": %s}]", "false",
    "outcomes[0].convicted", "expected a string, got a boolean" },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"health_check\": %s}]", "1",
    "outcomes[0].health_check", CODE_NUMBER },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"immunisations\": %s}]", "1",
    "outcomes[0].immunisations", CODE_NUMBER },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"teeth_check\": %s}]", "1",
    "outcomes[0].teeth_check", CODE_NUMBER },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"health_assessment\": %s}]", "1",
    "outcomes[0].health_assessment", CODE_NUMBER },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"substance_misuse\": %s}]", "0",
    "outcomes[0].substance_misuse", CODE_NUMBER },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"intervention_received\": %s}]", "0",
    "outcomes[0].intervention_received", CODE_NUMBER },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"intervention_offered\": %s}]", "0",
    "outcomes[0].intervention_offered", CODE_NUMBER },
  { "\"outcomes\": [{\"date\": \"2025-03-31\", \"sdq_score\": %s}]", "14",
    "outcomes[0].sdq_score", CODE_NUMBER },
  { "\"adoption_decisions\": [{\"date\": \"2025-01-01\", \"matched\": %s}]", "\"soon\"",
    "adoption_decisions[0].matched", "“soon” is not a date (expected YYYY-MM-DD)" },
  { "\"adoption_decisions\": [{\"date\": \"2025-01-01\", \"foster_care\": %s}]", "0",
    "adoption_decisions[0].foster_care", CODE_NUMBER },
  { "\"adoption_decisions\": [{\"date\": \"2025-01-01\", \"number_of_adopters\": %s}]", "2",
    "adoption_decisions[0].number_of_adopters", CODE_NUMBER },
  { "\"adoption_decisions\": [{\"date\": \"2025-01-01\", \"sex_of_adopters\": %s}]", "{}",
    "adoption_decisions[0].sex_of_adopters", "expected a string, got an object" },
  { "\"adoption_decisions\": [{\"date\": \"2025-01-01\", \"legal_status_of_adopters\": %s}]", "[]",
    "adoption_decisions[0].legal_status_of_adopters", "expected a string, got an array" },
  { "\"placed_for_adoption\": [{\"date\": \"2025-01-01\", \"end\": %s}]", "\"2025-02-29\"",
    "placed_for_adoption[0].end", "“2025-02-29” is not a date (February 2025 has 28 days)" },
  { "\"placed_for_adoption\": [{\"date\": \"2025-01-01\", \"reason_ceased\": %s}]", "11",
    "placed_for_adoption[0].reason_ceased", CODE_NUMBER },
  { "\"social_worker_episodes\": [{\"start\": \"2025-01-01\", \"end\": %s}]", "false",
    "social_worker_episodes[0].end", "expected a date string (YYYY-MM-DD), got a boolean" },
  { "\"social_worker_episodes\": [{\"start\": \"2025-01-01\", \"worker\": %s}]", "17",
    "social_worker_episodes[0].worker", CODE_NUMBER },
  { "\"social_worker_episodes\": [{\"start\": \"2025-01-01\", \"reason\": %s}]", "\"\"",
    "social_worker_episodes[0].reason", "empty string (leave the field out, or write null, when it is not recorded)" },
  { "\"deprivation_of_liberty_orders\": [{\"start\": %s}]", "\"2025-00-10\"",
    "deprivation_of_liberty_orders[0].start", "“2025-00-10” is not a date (month 0)" },
  { "\"care_leaver\": {\"accommodation_from\": %s}", "true",
    "care_leaver.accommodation_from", "expected a date string (YYYY-MM-DD), got a boolean" },
  { "\"care_leaver\": {\"support_requested\": %s}", "\"2024-02-30\"",
    "care_leaver.support_requested", "“2024-02-30” is not a date (February 2024 has 29 days)" },
  { "\"care_leaver\": {\"adviser_declined\": %s}", "2025",
    "care_leaver.adviser_declined", NOT_A_DATE },
  { "\"care_leaver\": {\"pa_visits\": [{\"date\": %s}]}", "\"2025-04-31\"",
    "care_leaver.pa_visits[0].date", "“2025-04-31” is not a date (April 2025 has 30 days)" },
  { "\"care_leaver\": {\"outcomes\": [{\"date\": \"2025-01-01\", \"in_touch\": %s}]}", "true",
    "care_leaver.outcomes[0].in_touch", "expected a string, got a boolean" },
  { "\"care_leaver\": {\"outcomes\": [{\"date\": \"2025-01-01\", \"activity\": %s}]}", "2",
    "care_leaver.outcomes[0].activity", CODE_NUMBER },
  { "\"care_leaver\": {\"outcomes\": [{\"date\": \"2025-01-01\", \"accommodation\": %s}]}", "\"\"",
    "care_leaver.outcomes[0].accommodation",
    "empty string (leave the field out, or write null, when it is not recorded)" },
  { "\"care_leaver\": {\"outcomes\": [{\"in_touch\": %s}]}", "\"YES\"",
    "care_leaver.outcomes[0].date", "missing (required)" },
};

/* @pattern with its one `%s` replaced by @value (not a printf format, so
 * that the compiler can check the real ones). */
static char *
fill_in (const char *pattern,
         const char *value)
{
  const char *hole = strstr (pattern, "%s");

  assert_non_null (hole);
  return g_strdup_printf ("%.*s%s%s", (int) (hole - pattern), pattern, value, hole + 2);
}

static void
test_inline_errors (void **state)
{
  for (guint i = 0; i < G_N_ELEMENTS (inline_errors); i++)
    {
      const InlineError *e = &inline_errors[i];
      g_autofree char *where = NULL;
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) children = NULL;
      const char *at;
      guint column;

      where = fill_in (e->where, e->bad);
      text = g_strdup_printf ("{\"id\": \"E\", %s}", where);
      children = careplan_record_load_data (text, -1, "e.json", &error);
      if (children != NULL)
        fail_msg ("case %u (%s) was accepted", i, e->path);
      assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD));

      /* A missing member is reported at the object that lacks it. */
      if (g_str_has_prefix (e->message, "missing"))
        at = strrchr (text, '{');
      else
        at = text + strlen ("{\"id\": \"E\", ") + (strstr (e->where, "%s") - e->where);
      column = (guint) (at - text) + 1;
      expected = g_strdup_printf ("e.json:1:%u: %s: %s", column, e->path, e->message);
      assert_string_equal (error->message, expected);
    }
}

static void
test_duplicate_new_key (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = NULL;

  children = careplan_record_load_data (
    "{\"id\": \"E\", \"care_leaver\": {\"outcomes\": [{\"date\": \"2025-01-01\", "
    "\"accommodation\": null, \"accommodation\": 1}]}}", -1, "e.json", &error);
  assert_null (children);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD));
  assert_string_equal (error->message,
                       "e.json:1:88: care_leaver.outcomes[0].accommodation: "
                       "given twice in one object (first at line 1, column 65; "
                       "JSON keeps only one of them)");
}

/* The same name in two objects means two things. */
static void
test_outcomes_of_child_and_care_leaver (void **state)
{
  g_autoptr(GListModel) children = load_text (
    "{\"id\": \"O-1\", \"outcomes\": [{\"date\": \"2025-03-31\", \"convicted\": \"1\"}],\n"
    " \"care_leaver\": {\"outcomes\": [{\"date\": \"2025-04-01\", \"activity\": \"F1\"}]}}");
  CareplanChild *child = child_at (children, 0);
  CareplanEvent *annual = event_of (child, CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES, 0);
  CareplanEvent *leaver = event_of (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) wrong = NULL;

  assert_int_equal (careplan_event_get_date (annual), D (2025, 3, 31));
  assert_text_field (annual, "convicted", "1");
  assert_int_equal (careplan_event_get_date (leaver), D (2025, 4, 1));
  assert_text_field (leaver, "activity", "F1");

  /* A care-leaver key in the child's outcomes is kept as an unknown
   * member, not read as that field. */
  wrong = load_text ("{\"id\": \"O-2\", \"outcomes\": [{\"date\": \"2025-03-31\", \"activity\": 1}]}");
  annual = event_of (child_at (wrong, 0), CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES, 0);
  assert_null (careplan_event_get_text_field (annual, "activity"));
  assert_non_null (careplan_event_peek_extras (annual));
  assert_true (json_object_has_member (careplan_event_peek_extras (annual), "activity"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_load_every_new_key),
    cmocka_unit_test (test_nulls_of_new_keys_are_not_recorded),
    cmocka_unit_test (test_round_trip_is_byte_identical),
    cmocka_unit_test (test_extras_beside_new_keys),
    cmocka_unit_test (test_event_kind_table_is_the_models),
    cmocka_unit_test (test_save_every_new_kind_built_in_code),
    cmocka_unit_test (test_care_leaver_dates_without_lists),
    cmocka_unit_test (test_bad_samples),
    cmocka_unit_test (test_every_ext_bad_sample_is_tested),
    cmocka_unit_test (test_inline_errors),
    cmocka_unit_test (test_duplicate_new_key),
    cmocka_unit_test (test_outcomes_of_child_and_care_leaver),
  };

  return cmocka_run_group_tests_name ("record-extensions", tests, NULL, NULL);
}
