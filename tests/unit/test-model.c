/* test-model.c: the model layer — records, derived views, the child index
 * and validation
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

#include "careplan-model-private.h"

#define D(y, m, d) careplan_date_new ((y), (m), (d))
#define NONE CAREPLAN_DATE_NONE

/* Helpers */

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static guint *
watch (gpointer    object,
       const char *property)
{
  guint *count = g_new0 (guint, 1);
  g_autofree char *signal = g_strdup_printf ("notify::%s", property);

  g_signal_connect_data (object, signal, G_CALLBACK (count_notify), count,
                         (GClosureNotify) (void (*) (void)) g_free, 0);

  return count;
}

static CareplanEpisode *
make_episode (CareplanDate  start,
              CareplanDate  end,
              const char   *rne,
              const char   *legal_status,
              const char   *place,
              const char   *rec)
{
  CareplanEpisode *episode = careplan_episode_new ();

  careplan_episode_set_start (episode, start);
  careplan_episode_set_end (episode, end);
  careplan_episode_set_reason_new_episode (episode, rne);
  careplan_episode_set_legal_status (episode, legal_status);
  careplan_episode_set_category_of_need (episode, "N1");
  careplan_episode_set_placement_type (episode, place);
  careplan_episode_set_placement_provider (episode, "PR1");
  careplan_episode_set_reason_ended (episode, rec);

  return episode;
}

static void
add_episode (CareplanChild *child,
             CareplanDate   start,
             CareplanDate   end,
             const char    *rne,
             const char    *legal_status,
             const char    *place,
             const char    *rec)
{
  g_autoptr(CareplanEpisode) episode = make_episode (start, end, rne, legal_status, place, rec);

  careplan_child_add_episode (child, episode);
}

static CareplanEpisode *
nth_episode (CareplanChild *child,
             guint          position)
{
  g_autoptr(CareplanEpisode) episode =
    g_list_model_get_item (careplan_child_get_episodes (child), position);

  /* Borrowed: the child keeps it alive. */
  return episode;
}

static CareplanEvent *
add_event (CareplanChild     *child,
           CareplanEventKind  kind,
           CareplanDate       date)
{
  g_autoptr(CareplanEvent) event = careplan_event_new (kind, date);

  careplan_child_add_event (child, event);

  return event;
}

static CareplanChild *
new_child (const char *id)
{
  CareplanChild *child = careplan_child_new (id);

  careplan_child_set_date_of_birth (child, D (2012, 6, 15));

  return child;
}

/* The placements span of @index as a compact string, e.g.
 * "2025-01-01..2025-03-01[0+2] 2025-03-01..open[2+1]". */
static char *
describe_placements (const CareplanChildIndex *index)
{
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < index->placements->len; i++)
    {
      const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, i);
      g_autofree char *start = careplan_date_to_iso (span->start);
      g_autofree char *end = span->end ? careplan_date_to_iso (span->end) : g_strdup ("open");

      g_string_append_printf (out, "%s%s..%s[%u+%u]p%u%s", i ? " " : "", start, end,
                              span->first_episode, span->n_episodes, span->period,
                              span->long_term ? "LT" : "");
    }

  return g_string_free (out, FALSE);
}

static char *
describe_periods (const CareplanChildIndex *index)
{
  GString *out = g_string_new (NULL);
  guint i;

  for (i = 0; i < index->periods->len; i++)
    {
      const CareplanPeriodSpan *span = &g_array_index (index->periods, CareplanPeriodSpan, i);
      g_autofree char *start = careplan_date_to_iso (span->start);
      g_autofree char *end = span->end ? careplan_date_to_iso (span->end) : g_strdup ("open");

      g_string_append_printf (out, "%s%s..%s[e%u+%u,p%u+%u]%s", i ? " " : "", start, end,
                              span->first_episode, span->n_episodes,
                              span->first_placement, span->n_placements,
                              span->short_break ? "SB" : "");
    }

  return g_string_free (out, FALSE);
}

static void
assert_spans (CareplanChild *child,
              CareplanDate   as_of,
              const char    *periods,
              const char    *placements)
{
  g_autoptr(CareplanChildIndex) index = careplan_child_index_new (child, as_of);
  g_autofree char *actual_periods = describe_periods (index);
  g_autofree char *actual_placements = describe_placements (index);

  assert_string_equal (actual_periods, periods);
  assert_string_equal (actual_placements, placements);
}

/* Problems as "KIND path.field" lines, to compare whole lists at once. */
static char *
describe_problems (GListModel *problems)
{
  GString *out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (problems);
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);
      GEnumClass *klass = g_type_class_ref (CAREPLAN_TYPE_PROBLEM_KIND);
      GEnumValue *value = g_enum_get_value (klass, careplan_problem_get_kind (problem));

      g_string_append_printf (out, "%s%s %s%s%s", i ? "\n" : "",
                              value->value_nick,
                              careplan_problem_get_path (problem) ? careplan_problem_get_path (problem) : "",
                              careplan_problem_get_path (problem) ? "." : "",
                              careplan_problem_get_field (problem));
      g_type_class_unref (klass);
    }

  return g_string_free (out, FALSE);
}

static CareplanProblem *
first_problem (GListModel *problems)
{
  g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, 0);

  assert_non_null (problem);

  return problem;
}

/* Episode, event and care-leaver fields */

static void
test_episode_fields_and_notify (void **state)
{
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  guint *start_count = watch (episode, "start");
  guint *ls_count = watch (episode, "legal-status");
  guint *lt_count = watch (episode, "long-term");
  g_autofree char *place = NULL;
  CareplanTristate long_term;
  guint end;

  assert_int_equal (careplan_episode_get_start (episode), NONE);
  assert_int_equal (careplan_episode_get_end (episode), NONE);
  assert_null (careplan_episode_get_legal_status (episode));
  assert_int_equal (careplan_episode_get_long_term (episode), CAREPLAN_TRISTATE_UNSET);

  careplan_episode_set_start (episode, D (2025, 1, 6));
  careplan_episode_set_start (episode, D (2025, 1, 6));
  assert_int_equal (*start_count, 1);
  assert_int_equal (careplan_episode_get_start (episode), D (2025, 1, 6));

  careplan_episode_set_legal_status (episode, "C2");
  careplan_episode_set_legal_status (episode, "C2");
  assert_int_equal (*ls_count, 1);
  careplan_episode_set_legal_status (episode, NULL);
  assert_int_equal (*ls_count, 2);
  assert_null (careplan_episode_get_legal_status (episode));

  careplan_episode_set_long_term (episode, CAREPLAN_TRISTATE_YES);
  careplan_episode_set_long_term (episode, CAREPLAN_TRISTATE_YES);
  assert_int_equal (*lt_count, 1);

  careplan_episode_set_end (episode, D (2025, 3, 1));
  careplan_episode_set_reason_new_episode (episode, "S");
  careplan_episode_set_category_of_need (episode, "N1");
  careplan_episode_set_placement_provider (episode, "PR1");
  careplan_episode_set_reason_ended (episode, "X1");
  careplan_episode_set_reason_placement_change (episode, "CARPL");
  careplan_episode_set_home_postcode (episode, "AB1 2CD");
  careplan_episode_set_placement_postcode (episode, "EF3 4GH");
  careplan_episode_set_urn (episode, "SC123456");
  assert_string_equal (careplan_episode_get_reason_new_episode (episode), "S");
  assert_string_equal (careplan_episode_get_category_of_need (episode), "N1");
  assert_string_equal (careplan_episode_get_placement_provider (episode), "PR1");
  assert_string_equal (careplan_episode_get_reason_ended (episode), "X1");
  assert_string_equal (careplan_episode_get_reason_placement_change (episode), "CARPL");
  assert_string_equal (careplan_episode_get_home_postcode (episode), "AB1 2CD");
  assert_string_equal (careplan_episode_get_placement_postcode (episode), "EF3 4GH");
  assert_string_equal (careplan_episode_get_urn (episode), "SC123456");

  /* The same fields through GObject properties. */
  g_object_set (episode, "placement-type", "U4", NULL);
  assert_string_equal (careplan_episode_get_placement_type (episode), "U4");
  g_object_get (episode, "placement-type", &place, "long-term", &long_term, "end", &end, NULL);
  assert_string_equal (place, "U4");
  assert_int_equal (long_term, CAREPLAN_TRISTATE_YES);
  assert_int_equal (end, D (2025, 3, 1));
  g_object_set (episode, "start", (guint) D (2025, 1, 7), NULL);
  assert_int_equal (*start_count, 2);
  g_object_set (episode, "start", (guint) D (2025, 1, 7), NULL);
  assert_int_equal (*start_count, 2);
}

static void
test_episode_starts_placement_and_short_break (void **state)
{
  static const struct {
    const char *rne;
    gboolean starts;
  } cases[] = {
    { "S", TRUE }, { "P", TRUE }, { "B", TRUE },
    { "L", FALSE }, { "T", FALSE }, { "U", FALSE },
    { NULL, TRUE },
  };
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      careplan_episode_set_reason_new_episode (episode, cases[i].rne);
      assert_int_equal (careplan_episode_starts_placement (episode), cases[i].starts);
    }

  assert_false (careplan_episode_is_short_break (episode));
  careplan_episode_set_legal_status (episode, "V3");
  assert_true (careplan_episode_is_short_break (episode));
  careplan_episode_set_legal_status (episode, "V4");
  assert_true (careplan_episode_is_short_break (episode));
  careplan_episode_set_legal_status (episode, "V2");
  assert_false (careplan_episode_is_short_break (episode));
}

static void
test_event_fields_and_notify (void **state)
{
  g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_MISSING_EPISODE, D (2025, 11, 14));
  guint *date_count = watch (event, "date");
  guint *score_count = watch (event, "score");
  guint *flag_count = watch (event, "return-interview-offered");
  guint *detail_count = watch (event, "sub-kind");
  CareplanEventKind kind;

  assert_int_equal (careplan_event_get_kind (event), CAREPLAN_EVENT_KIND_MISSING_EPISODE);
  assert_int_equal (careplan_event_get_date (event), D (2025, 11, 14));
  assert_int_equal (careplan_event_get_end (event), NONE);
  assert_int_equal (careplan_event_get_score (event), CAREPLAN_EVENT_NO_SCORE);
  assert_int_equal (careplan_event_get_return_interview_offered (event), CAREPLAN_TRISTATE_UNSET);
  assert_null (careplan_event_get_sub_kind (event));
  /* The typed fields of other kinds read as unset. */
  assert_int_equal (careplan_event_get_seen_alone (event), CAREPLAN_TRISTATE_UNSET);
  assert_null (careplan_event_get_participation (event));

  careplan_event_set_date (event, D (2025, 11, 14));
  assert_int_equal (*date_count, 0);
  careplan_event_set_date (event, D (2025, 11, 13));
  assert_int_equal (*date_count, 1);

  careplan_event_set_score (event, 12);
  careplan_event_set_score (event, 12);
  assert_int_equal (*score_count, 1);
  assert_int_equal (careplan_event_get_score (event), 12);

  careplan_event_set_return_interview_offered (event, CAREPLAN_TRISTATE_NO);
  careplan_event_set_return_interview_offered (event, CAREPLAN_TRISTATE_NO);
  assert_int_equal (*flag_count, 1);
  assert_int_equal (careplan_event_get_return_interview_offered (event), CAREPLAN_TRISTATE_NO);
  assert_int_equal (careplan_event_get_seen_alone (event), CAREPLAN_TRISTATE_UNSET);

  careplan_event_set_sub_kind (event, "A");
  careplan_event_set_sub_kind (event, "A");
  assert_int_equal (*detail_count, 1);
  assert_string_equal (careplan_event_get_sub_kind (event), "A");
  assert_null (careplan_event_get_not_seen_alone_reason (event));

  careplan_event_set_end (event, D (2025, 11, 15));
  careplan_event_set_extended_to (event, D (2025, 12, 1));
  careplan_event_set_approved (event, D (2025, 12, 2));
  assert_int_equal (careplan_event_get_end (event), D (2025, 11, 15));
  assert_int_equal (careplan_event_get_extended_to (event), D (2025, 12, 1));
  assert_int_equal (careplan_event_get_approved (event), D (2025, 12, 2));

  g_object_get (event, "kind", &kind, NULL);
  assert_int_equal (kind, CAREPLAN_EVENT_KIND_MISSING_EPISODE);
}

static void
test_event_construct_properties (void **state)
{
  g_autoptr(CareplanEvent) event = g_object_new (CAREPLAN_TYPE_EVENT,
                                                 "kind", CAREPLAN_EVENT_KIND_VISIT,
                                                 "date", (guint) D (2025, 6, 2),
                                                 NULL);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (event), "kind");

  assert_int_equal (careplan_event_get_kind (event), CAREPLAN_EVENT_KIND_VISIT);
  assert_int_equal (careplan_event_get_date (event), D (2025, 6, 2));
  assert_true (pspec->flags & G_PARAM_CONSTRUCT_ONLY);
  assert_int_equal (G_PARAM_SPEC_VALUE_TYPE (pspec), CAREPLAN_TYPE_EVENT_KIND);
}

static void
test_event_kind_names (void **state)
{
  static const char * const expected[CAREPLAN_EVENT_N_KINDS] = {
    "care-plan", "placement-plan", "review", "visit", "health-assessment",
    "dental-check", "sdq", "education-plan", "permanence-plan",
    "life-story-work", "missing-episode", "carer-approval", "pathway-plan",
    "care-leaver-contact", "placement-notification", "placement-approval",
    "iro-appointment", "visit-frequency-agreement", "parent-assessment",
    "detention", "court-proceedings", "adoption-ceremony", "later-life-letter",
    "pa-visit", "annual-outcomes", "care-leaver-outcomes", "adoption-decision",
    "placed-for-adoption", "social-worker-episode", "deprivation-of-liberty",
    "suspension",
  };
  g_autoptr(GEnumClass) klass = g_type_class_ref (CAREPLAN_TYPE_EVENT_KIND);
  guint kind;

  /* The table covers the enum, and the enum has no gap. */
  assert_int_equal (klass->n_values, CAREPLAN_EVENT_N_KINDS);
  assert_int_equal (klass->maximum, CAREPLAN_EVENT_N_KINDS - 1);
  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      assert_non_null (expected[kind]);
      assert_string_equal (careplan_event_kind_to_string (kind), expected[kind]);
    }
}

static void
test_event_named_fields (void **state)
{
  g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES,
                                                       D (2025, 3, 31));
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) after = NULL;

  none = careplan_event_dup_field_names (event);
  assert_non_null (none);
  assert_null (none[0]);
  assert_int_equal (careplan_event_get_date_field (event, "matched"), NONE);
  assert_null (careplan_event_get_text_field (event, "sdq_score"));

  /* Set out of order: the names come back sorted. */
  careplan_event_set_text_field (event, "teeth_check", "1");
  careplan_event_set_text_field (event, "sdq_score", "14");
  careplan_event_set_date_field (event, "return_interview", D (2025, 4, 2));
  careplan_event_set_text_field (event, "convicted", "0");
  names = careplan_event_dup_field_names (event);
  assert_int_equal (g_strv_length (names), 4);
  assert_string_equal (names[0], "convicted");
  assert_string_equal (names[1], "return_interview");
  assert_string_equal (names[2], "sdq_score");
  assert_string_equal (names[3], "teeth_check");

  assert_string_equal (careplan_event_get_text_field (event, "sdq_score"), "14");
  assert_int_equal (careplan_event_get_date_field (event, "return_interview"), D (2025, 4, 2));
  /* A name holds a date or a text: asking for the other kind gives nothing. */
  assert_int_equal (careplan_event_get_date_field (event, "sdq_score"), NONE);
  assert_null (careplan_event_get_text_field (event, "return_interview"));

  /* Replacing keeps one entry; a date replaces a text of the same name. */
  careplan_event_set_text_field (event, "sdq_score", "15");
  assert_string_equal (careplan_event_get_text_field (event, "sdq_score"), "15");
  careplan_event_set_date_field (event, "convicted", D (2025, 1, 1));
  assert_null (careplan_event_get_text_field (event, "convicted"));
  assert_int_equal (careplan_event_get_date_field (event, "convicted"), D (2025, 1, 1));

  /* NONE and NULL remove. */
  careplan_event_set_date_field (event, "convicted", NONE);
  careplan_event_set_text_field (event, "teeth_check", NULL);
  careplan_event_set_text_field (event, "never_set", NULL);
  after = careplan_event_dup_field_names (event);
  assert_int_equal (g_strv_length (after), 2);
  assert_string_equal (after[0], "return_interview");
  assert_string_equal (after[1], "sdq_score");
}

static void
test_event_named_fields_many (void **state)
{
  g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_VISIT, D (2025, 1, 1));
  g_auto(GStrv) names = NULL;
  guint i;

  /* Descending inserts exercise every position of the sorted array. */
  for (i = 40; i > 0; i--)
    {
      g_autofree char *name = g_strdup_printf ("f%02u", i);

      careplan_event_set_date_field (event, name, D (2025, 1, 1) + i);
    }
  for (i = 1; i <= 40; i += 2)
    {
      g_autofree char *name = g_strdup_printf ("f%02u", i);

      careplan_event_set_date_field (event, name, NONE);
    }

  names = careplan_event_dup_field_names (event);
  assert_int_equal (g_strv_length (names), 20);
  for (i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("f%02u", 2 * (i + 1));

      assert_string_equal (names[i], name);
      assert_int_equal (careplan_event_get_date_field (event, name), D (2025, 1, 1) + 2 * (i + 1));
    }
}

static void
test_care_leaver_fields_and_notify (void **state)
{
  g_autoptr(CareplanCareLeaver) leaver = careplan_care_leaver_new ();
  guint *count = watch (leaver, "needs-assessment");
  guint staying_put;

  careplan_care_leaver_set_needs_assessment (leaver, D (2025, 11, 30));
  careplan_care_leaver_set_needs_assessment (leaver, D (2025, 11, 30));
  assert_int_equal (*count, 1);
  careplan_care_leaver_set_personal_adviser_from (leaver, D (2025, 9, 1));
  g_object_set (leaver, "staying-put-from", (guint) D (2026, 9, 1), NULL);
  g_object_get (leaver, "staying-put-from", &staying_put, NULL);

  assert_int_equal (careplan_care_leaver_get_needs_assessment (leaver), D (2025, 11, 30));
  assert_int_equal (careplan_care_leaver_get_personal_adviser_from (leaver), D (2025, 9, 1));
  assert_int_equal (careplan_care_leaver_get_staying_put_from (leaver), D (2026, 9, 1));
  assert_int_equal (staying_put, D (2026, 9, 1));
}

static void
test_care_leaver_new_dates (void **state)
{
  static const char * const names[] = {
    "accommodation-from", "support-requested", "adviser-declined",
  };
  g_autoptr(CareplanCareLeaver) leaver = careplan_care_leaver_new ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      guint *count = watch (leaver, names[i]);
      guint value;

      g_object_set (leaver, names[i], (guint) D (2025, 1, 1) + i, NULL);
      g_object_set (leaver, names[i], (guint) D (2025, 1, 1) + i, NULL);
      g_object_get (leaver, names[i], &value, NULL);
      assert_int_equal (value, D (2025, 1, 1) + i);
      assert_int_equal (*count, 1);
    }

  assert_int_equal (careplan_care_leaver_get_accommodation_from (leaver), D (2025, 1, 1));
  assert_int_equal (careplan_care_leaver_get_support_requested (leaver), D (2025, 1, 2));
  assert_int_equal (careplan_care_leaver_get_adviser_declined (leaver), D (2025, 1, 3));
  careplan_care_leaver_set_accommodation_from (leaver, D (2026, 2, 1));
  careplan_care_leaver_set_support_requested (leaver, NONE);
  careplan_care_leaver_set_adviser_declined (leaver, D (2026, 2, 3));
  assert_int_equal (careplan_care_leaver_get_accommodation_from (leaver), D (2026, 2, 1));
  assert_int_equal (careplan_care_leaver_get_support_requested (leaver), NONE);
  assert_int_equal (careplan_care_leaver_get_adviser_declined (leaver), D (2026, 2, 3));
}

static void
test_episode_out_of_area (void **state)
{
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  guint *count = watch (episode, "out-of-area");
  CareplanTristate value;

  assert_int_equal (careplan_episode_get_out_of_area (episode), CAREPLAN_TRISTATE_UNSET);
  careplan_episode_set_out_of_area (episode, CAREPLAN_TRISTATE_YES);
  careplan_episode_set_out_of_area (episode, CAREPLAN_TRISTATE_YES);
  assert_int_equal (*count, 1);
  g_object_set (episode, "out-of-area", CAREPLAN_TRISTATE_NO, NULL);
  g_object_get (episode, "out-of-area", &value, NULL);
  assert_int_equal (value, CAREPLAN_TRISTATE_NO);
  assert_int_equal (careplan_episode_get_out_of_area (episode), CAREPLAN_TRISTATE_NO);
  assert_int_equal (*count, 2);
  /* Independent of long_term. */
  assert_int_equal (careplan_episode_get_long_term (episode), CAREPLAN_TRISTATE_UNSET);
}

static void
test_episode_at_distance (void **state)
{
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  guint *count = watch (episode, "at-distance");
  CareplanTristate value;

  assert_int_equal (careplan_episode_get_at_distance (episode), CAREPLAN_TRISTATE_UNSET);
  careplan_episode_set_at_distance (episode, CAREPLAN_TRISTATE_YES);
  careplan_episode_set_at_distance (episode, CAREPLAN_TRISTATE_YES);
  assert_int_equal (*count, 1);
  g_object_set (episode, "at-distance", CAREPLAN_TRISTATE_NO, NULL);
  g_object_get (episode, "at-distance", &value, NULL);
  assert_int_equal (value, CAREPLAN_TRISTATE_NO);
  assert_int_equal (*count, 2);
  /* A separate fact from out_of_area: the rules read one as implying the other. */
  assert_int_equal (careplan_episode_get_out_of_area (episode), CAREPLAN_TRISTATE_UNSET);
}

/* The child */

static void
test_child_fields_and_notify (void **state)
{
  g_autoptr(CareplanChild) child = careplan_child_new ("C-001");
  g_autoptr(CareplanCareLeaver) leaver = careplan_care_leaver_new ();
  guint *dob_count = watch (child, "date-of-birth");
  guint *uasc_count = watch (child, "uasc");
  guint *sex_count = watch (child, "sex");
  guint *leaver_count = watch (child, "care-leaver");
  g_autofree char *id = NULL;
  g_autoptr(GListModel) episodes = NULL;

  assert_string_equal (careplan_child_get_id (child), "C-001");
  g_object_get (child, "id", &id, "episodes", &episodes, NULL);
  assert_string_equal (id, "C-001");
  assert_ptr_equal (episodes, careplan_child_get_episodes (child));

  careplan_child_set_date_of_birth (child, D (2015, 5, 1));
  careplan_child_set_date_of_birth (child, D (2015, 5, 1));
  assert_int_equal (*dob_count, 1);
  assert_int_equal (careplan_child_get_date_of_birth (child), D (2015, 5, 1));

  careplan_child_set_sex (child, "2");
  careplan_child_set_sex (child, "2");
  assert_int_equal (*sex_count, 1);
  assert_string_equal (careplan_child_get_sex (child), "2");

  careplan_child_set_upn (child, "A123456789012");
  assert_string_equal (careplan_child_get_upn (child), "A123456789012");

  careplan_child_set_uasc (child, CAREPLAN_TRISTATE_NO);
  careplan_child_set_uasc (child, CAREPLAN_TRISTATE_NO);
  assert_int_equal (*uasc_count, 1);
  careplan_child_set_disabled (child, CAREPLAN_TRISTATE_YES);
  assert_int_equal (careplan_child_get_uasc (child), CAREPLAN_TRISTATE_NO);
  assert_int_equal (careplan_child_get_disabled (child), CAREPLAN_TRISTATE_YES);

  assert_null (careplan_child_get_care_leaver (child));
  careplan_child_set_care_leaver (child, leaver);
  careplan_child_set_care_leaver (child, leaver);
  assert_int_equal (*leaver_count, 1);
  assert_ptr_equal (careplan_child_get_care_leaver (child), leaver);
  careplan_child_set_care_leaver (child, NULL);
  assert_int_equal (*leaver_count, 2);
  assert_null (careplan_child_get_care_leaver (child));
}

static void
test_child_lists_append_in_record_order (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-002");
  g_autoptr(GListModel) reviews = NULL;
  g_autoptr(CareplanEvent) first = NULL;
  g_autoptr(CareplanEvent) second = NULL;
  g_autoptr(CareplanEvent) third = NULL;
  CareplanEvent *late;
  CareplanEvent *early_a;
  CareplanEvent *early_b;

  add_episode (child, D (2025, 3, 1), NONE, "P", "C2", "U6", NULL);
  add_episode (child, D (2025, 1, 1), D (2025, 3, 1), "S", "C2", "U6", "X1");
  assert_int_equal (g_list_model_get_n_items (careplan_child_get_episodes (child)), 2);
  assert_int_equal (careplan_episode_get_start (nth_episode (child, 0)), D (2025, 3, 1));

  late = add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2025, 4, 1));
  add_event (child, CAREPLAN_EVENT_KIND_VISIT, D (2025, 1, 2));
  early_a = add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2025, 1, 22));
  early_b = add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2025, 1, 22));
  assert_int_equal (g_list_model_get_n_items (careplan_child_get_events (child)), 4);

  reviews = careplan_child_dup_events_of_kind (child, CAREPLAN_EVENT_KIND_REVIEW);
  assert_int_equal (g_list_model_get_n_items (reviews), 3);
  first = g_list_model_get_item (reviews, 0);
  second = g_list_model_get_item (reviews, 1);
  third = g_list_model_get_item (reviews, 2);
  /* By date, ties in record order. */
  assert_ptr_equal (first, early_a);
  assert_ptr_equal (second, early_b);
  assert_ptr_equal (third, late);
}

typedef struct
{
  guint n_calls;
  guint position;
  guint removed;
  guint added;
} ItemsChanged;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  ItemsChanged *seen = user_data;

  seen->n_calls++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

/* Appending skips items-changed when nobody listens, and emits it to
 * whoever does. */
static void
test_child_lists_tell_listeners (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-003");
  ItemsChanged episodes = { 0 }, events = { 0 };

  add_episode (child, D (2025, 1, 1), NONE, "S", "C2", "U6", NULL);
  add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2025, 2, 1));

  g_signal_connect (careplan_child_get_episodes (child), "items-changed",
                    G_CALLBACK (on_items_changed), &episodes);
  g_signal_connect (careplan_child_get_events (child), "items-changed",
                    G_CALLBACK (on_items_changed), &events);
  add_episode (child, D (2025, 3, 1), NONE, "P", "C2", "U6", NULL);
  add_event (child, CAREPLAN_EVENT_KIND_VISIT, D (2025, 3, 2));
  add_event (child, CAREPLAN_EVENT_KIND_VISIT, D (2025, 3, 9));

  assert_int_equal (episodes.n_calls, 1);
  assert_int_equal (episodes.position, 1);
  assert_int_equal (episodes.removed, 0);
  assert_int_equal (episodes.added, 1);
  assert_int_equal (events.n_calls, 2);
  assert_int_equal (events.position, 2);
  assert_int_equal (events.added, 1);
  assert_int_equal (g_list_model_get_n_items (careplan_child_get_events (child)), 3);
}

/* The readers' constructor makes what careplan_event_new() makes. */
static void
test_event_new_of_kind (void **state)
{
  for (guint kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      g_autoptr(CareplanEvent) bare = careplan_event_new_of_kind (kind);
      g_autoptr(CareplanEvent) made = careplan_event_new (kind, NONE);
      CareplanEventKind read_back;

      assert_int_equal (careplan_event_get_kind (bare), kind);
      g_object_get (bare, "kind", &read_back, NULL);
      assert_int_equal (read_back, kind);
      assert_int_equal (careplan_event_get_date (bare), NONE);
      assert_int_equal (careplan_event_get_end (bare), careplan_event_get_end (made));
      assert_int_equal (careplan_event_get_score (bare), careplan_event_get_score (made));
      assert_int_equal (careplan_event_get_flag (bare), careplan_event_get_flag (made));
      assert_null (careplan_event_get_detail (bare));
    }
}

static void
test_extras_are_created_lazily (void **state)
{
  g_autoptr(CareplanChild) child = careplan_child_new ("C-003");
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_VISIT, D (2025, 1, 1));
  g_autoptr(CareplanCareLeaver) leaver = careplan_care_leaver_new ();

  assert_null (careplan_child_peek_extras (child));
  assert_null (careplan_episode_peek_extras (episode));
  assert_null (careplan_event_peek_extras (event));
  assert_null (careplan_care_leaver_peek_extras (leaver));

  json_object_set_string_member (careplan_child_get_extras (child), "la_code", "123");
  json_object_set_int_member (careplan_episode_get_extras (episode), "x_rank", 2);
  json_object_set_boolean_member (careplan_event_get_extras (event), "x_flag", TRUE);
  json_object_set_null_member (careplan_care_leaver_get_extras (leaver), "x_none");

  assert_ptr_equal (careplan_child_peek_extras (child), careplan_child_get_extras (child));
  assert_string_equal (json_object_get_string_member (careplan_child_peek_extras (child), "la_code"), "123");
  assert_int_equal (json_object_get_int_member (careplan_episode_peek_extras (episode), "x_rank"), 2);
  assert_true (json_object_get_boolean_member (careplan_event_peek_extras (event), "x_flag"));
  assert_true (json_object_has_member (careplan_care_leaver_peek_extras (leaver), "x_none"));
  /* Freed with their owners: ASan and valgrind runs check that. */
}

static void
test_positions_and_source_file (void **state)
{
  g_autoptr(CareplanChild) child = careplan_child_new ("C-004");
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_VISIT, D (2025, 1, 1));
  CareplanSourcePosition position;

  position = careplan_child_get_position (child);
  assert_int_equal (position.line, 0);
  assert_null (careplan_child_get_source_file (child));

  careplan_child_set_source_file (child, "caseload.json");
  careplan_child_set_position (child, 3, 5);
  careplan_episode_set_position (episode, 10, 9);
  careplan_event_set_position (event, 20, 11);

  assert_string_equal (careplan_child_get_source_file (child), "caseload.json");
  position = careplan_child_get_position (child);
  assert_int_equal (position.line, 3);
  assert_int_equal (position.column, 5);
  position = careplan_episode_get_position (episode);
  assert_int_equal (position.line, 10);
  assert_int_equal (position.column, 9);
  position = careplan_event_get_position (event);
  assert_int_equal (position.line, 20);
  assert_int_equal (position.column, 11);

  careplan_child_set_source_file (child, NULL);
  assert_null (careplan_child_get_source_file (child));
}

static void
test_age_on_birthdays (void **state)
{
  g_autoptr(CareplanChild) child = careplan_child_new ("C-005");
  g_autoptr(CareplanChild) leap = careplan_child_new ("C-006");

  assert_int_equal (careplan_child_get_age_on (child, D (2025, 5, 1)), -1);

  careplan_child_set_date_of_birth (child, D (2015, 5, 1));
  assert_int_equal (careplan_child_get_age_on (child, D (2025, 4, 30)), 9);
  assert_int_equal (careplan_child_get_age_on (child, D (2025, 5, 1)), 10);
  assert_int_equal (careplan_child_get_age_on (child, D (2025, 5, 2)), 10);
  assert_int_equal (careplan_child_get_age_on (child, D (2015, 5, 1)), 0);
  assert_int_equal (careplan_child_get_age_on (child, D (2015, 4, 30)), -1);
  assert_int_equal (careplan_child_get_age_on (child, NONE), -1);

  /* 29 February: a new age on 1 March in common years. */
  careplan_child_set_date_of_birth (leap, D (2008, 2, 29));
  assert_int_equal (careplan_child_get_age_on (leap, D (2025, 2, 28)), 16);
  assert_int_equal (careplan_child_get_age_on (leap, D (2025, 3, 1)), 17);
  assert_int_equal (careplan_child_get_age_on (leap, D (2024, 2, 28)), 15);
  assert_int_equal (careplan_child_get_age_on (leap, D (2024, 2, 29)), 16);
}

/* Problems and codes */

static void
test_problem_fields_and_to_string (void **state)
{
  g_autoptr(CareplanProblem) problem =
    careplan_problem_new (CAREPLAN_PROBLEM_KIND_END_BEFORE_START, "C-001", "episodes[1]", "end",
                          "episode ends on 2025-01-31, before it starts on 2025-02-01");
  g_autoptr(CareplanProblem) bare =
    careplan_problem_new (CAREPLAN_PROBLEM_KIND_FAILED, NULL, NULL, NULL, "something");
  g_autoptr(CareplanProblem) field_only =
    careplan_problem_new (CAREPLAN_PROBLEM_KIND_MISSING_FIELD, "C-002", NULL, "date_of_birth",
                          "child has no date of birth");
  guint *file_count = watch (problem, "file");
  guint *line_count = watch (problem, "line");
  g_autofree char *plain = careplan_problem_to_string (problem);
  g_autofree char *located = NULL;
  g_autofree char *no_column = NULL;
  g_autofree char *bare_text = careplan_problem_to_string (bare);
  g_autofree char *field_text = careplan_problem_to_string (field_only);
  g_autofree char *line_only = NULL;

  assert_int_equal (careplan_problem_get_kind (problem), CAREPLAN_PROBLEM_KIND_END_BEFORE_START);
  assert_string_equal (careplan_problem_get_child_id (problem), "C-001");
  assert_string_equal (careplan_problem_get_path (problem), "episodes[1]");
  assert_string_equal (careplan_problem_get_field (problem), "end");
  assert_null (careplan_problem_get_file (problem));
  assert_int_equal (careplan_problem_get_line (problem), 0);
  assert_string_equal (plain, "child C-001: episodes[1].end: "
                              "episode ends on 2025-01-31, before it starts on 2025-02-01");

  careplan_problem_set_location (problem, "caseload.json", 14, 9);
  careplan_problem_set_location (problem, "caseload.json", 14, 9);
  assert_int_equal (*file_count, 1);
  assert_int_equal (*line_count, 1);
  assert_string_equal (careplan_problem_get_file (problem), "caseload.json");
  assert_int_equal (careplan_problem_get_line (problem), 14);
  assert_int_equal (careplan_problem_get_column (problem), 9);
  located = careplan_problem_to_string (problem);
  assert_string_equal (located, "caseload.json:14:9: child C-001: episodes[1].end: "
                                "episode ends on 2025-01-31, before it starts on 2025-02-01");

  careplan_problem_set_location (problem, "caseload.json", 14, 0);
  no_column = careplan_problem_to_string (problem);
  assert_true (g_str_has_prefix (no_column, "caseload.json:14: child C-001: "));

  careplan_problem_set_location (problem, NULL, 7, 2);
  line_only = careplan_problem_to_string (problem);
  assert_true (g_str_has_prefix (line_only, "7:2: child C-001: "));

  assert_string_equal (bare_text, "something");
  assert_string_equal (field_text, "child C-002: date_of_birth: child has no date of birth");
}

static void
test_code_lists (void **state)
{
  static const char * const rne[] = { "S", "P", "L", "T", "B", "U" };
  static const char * const ls[] = { "C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3" };
  static const char * const cin[] = { "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8" };
  static const char * const place[] = {
    "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1", "P2", "P3", "R1", "R2", "R3", "R5",
    "S1", "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z1", "Z11",
    "Z12", "Z13", "Z14",
  };
  static const char * const provider[] = { "PR0", "PR1", "PR2", "PR3", "PR4", "PR5" };
  static const char * const rec[] = {
    "E11", "E12", "E2", "E3", "E4A", "E4B", "E13", "E41", "E45", "E46", "E47", "E48", "E5",
    "E6", "E7", "E8", "E9", "E14", "E15", "E16", "E17", "X1",
  };
  static const char * const pn[] = { "PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7" };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (rne); i++)
    assert_true (careplan_codes_is_reason_new_episode (rne[i]));
  for (i = 0; i < G_N_ELEMENTS (ls); i++)
    assert_true (careplan_codes_is_legal_status (ls[i]));
  for (i = 0; i < G_N_ELEMENTS (cin); i++)
    assert_true (careplan_codes_is_category_of_need (cin[i]));
  for (i = 0; i < G_N_ELEMENTS (place); i++)
    assert_true (careplan_codes_is_placement_type (place[i]));
  for (i = 0; i < G_N_ELEMENTS (provider); i++)
    assert_true (careplan_codes_is_placement_provider (provider[i]));
  for (i = 0; i < G_N_ELEMENTS (rec); i++)
    assert_true (careplan_codes_is_reason_ended (rec[i]));
  for (i = 0; i < G_N_ELEMENTS (pn); i++)
    assert_true (careplan_codes_is_review_participation (pn[i]));

  /* Near misses, case, empty and missing. */
  assert_false (careplan_codes_is_reason_new_episode ("X"));
  assert_false (careplan_codes_is_reason_new_episode ("s"));
  assert_false (careplan_codes_is_reason_new_episode (""));
  assert_false (careplan_codes_is_reason_new_episode (NULL));
  assert_false (careplan_codes_is_legal_status ("V1"));
  assert_false (careplan_codes_is_legal_status ("C3"));
  assert_false (careplan_codes_is_category_of_need ("N0"));
  assert_false (careplan_codes_is_category_of_need ("N9"));
  assert_false (careplan_codes_is_placement_type ("k3"));
  assert_false (careplan_codes_is_placement_type ("Z15"));
  assert_false (careplan_codes_is_placement_type ("Z10"));
  assert_false (careplan_codes_is_placement_type ("A2"));
  assert_false (careplan_codes_is_placement_type ("U7"));
  assert_false (careplan_codes_is_placement_provider ("PR6"));
  assert_false (careplan_codes_is_placement_provider ("PR"));
  assert_false (careplan_codes_is_reason_ended ("E4"));
  assert_false (careplan_codes_is_reason_ended ("E10"));
  assert_false (careplan_codes_is_reason_ended ("X2"));
  assert_false (careplan_codes_is_review_participation ("PN8"));
  assert_false (careplan_codes_is_review_participation ("PN"));
}

/* Derived views: placements and periods of care */

static void
test_placements_follow_rne_chain (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-010");
  g_autoptr(GListModel) placements = NULL;
  g_autoptr(GListModel) periods = NULL;
  g_autoptr(CareplanPlacement) second = NULL;
  g_autoptr(CareplanPeriodOfCare) period = NULL;
  g_autoptr(CareplanPlacement) period_first = NULL;

  /* S → L (same carer) → P (new carer) → T → U (same carer) → B (new). */
  add_episode (child, D (2025, 1, 1), D (2025, 2, 1), "S", "V2", "U6", "X1");
  add_episode (child, D (2025, 2, 1), D (2025, 3, 1), "L", "C1", "U6", "X1");
  add_episode (child, D (2025, 3, 1), D (2025, 4, 1), "P", "C1", "U3", "X1");
  add_episode (child, D (2025, 4, 1), D (2025, 5, 1), "T", "C1", "U3", "X1");
  add_episode (child, D (2025, 5, 1), D (2025, 6, 1), "U", "C2", "U1", "X1");
  add_episode (child, D (2025, 6, 1), NONE, "B", "E1", "A6", NULL);

  assert_spans (child, NONE,
                "2025-01-01..open[e0+6,p0+3]",
                "2025-01-01..2025-03-01[0+2]p0 "
                "2025-03-01..2025-06-01[2+3]p0LT "
                "2025-06-01..open[5+1]p0");

  placements = careplan_child_dup_placements (child);
  assert_int_equal (g_list_model_get_n_items (placements), 3);
  second = g_list_model_get_item (placements, 1);
  assert_int_equal (careplan_placement_get_start (second), D (2025, 3, 1));
  assert_int_equal (careplan_placement_get_end (second), D (2025, 6, 1));
  assert_string_equal (careplan_placement_get_placement_type (second), "U3");
  assert_true (careplan_placement_get_long_term (second));
  assert_int_equal (careplan_placement_get_first_episode (second), 2);
  assert_int_equal (careplan_placement_get_n_episodes (second), 3);

  periods = careplan_child_dup_periods_of_care (child);
  assert_int_equal (g_list_model_get_n_items (periods), 1);
  period = g_list_model_get_item (periods, 0);
  assert_int_equal (careplan_period_of_care_get_start (period), D (2025, 1, 1));
  assert_int_equal (careplan_period_of_care_get_end (period), NONE);
  assert_false (careplan_period_of_care_get_short_break (period));
  assert_int_equal (g_list_model_get_n_items (careplan_period_of_care_get_placements (period)), 3);
  period_first = g_list_model_get_item (careplan_period_of_care_get_placements (period), 0);
  assert_int_equal (careplan_placement_get_end (period_first), D (2025, 3, 1));
}

static void
test_break_in_care_makes_two_periods (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-011");
  g_autoptr(GListModel) periods = NULL;
  g_autoptr(CareplanPeriodOfCare) second = NULL;

  add_episode (child, D (2024, 1, 10), D (2024, 3, 1), "S", "V2", "U6", "X1");
  add_episode (child, D (2024, 3, 1), D (2024, 6, 1), "P", "V2", "K2", "E13");
  add_episode (child, D (2024, 9, 2), NONE, "S", "C2", "U4", NULL);

  assert_spans (child, NONE,
                "2024-01-10..2024-06-01[e0+2,p0+2] 2024-09-02..open[e2+1,p2+1]",
                "2024-01-10..2024-03-01[0+1]p0 2024-03-01..2024-06-01[1+1]p0 "
                "2024-09-02..open[2+1]p1LT");

  periods = careplan_child_dup_periods_of_care (child);
  assert_int_equal (g_list_model_get_n_items (periods), 2);
  second = g_list_model_get_item (periods, 1);
  assert_int_equal (careplan_period_of_care_get_start (second), D (2024, 9, 2));
  assert_int_equal (g_list_model_get_n_items (careplan_period_of_care_get_placements (second)), 1);
}

static void
test_broken_chain_still_derives (void **state)
{
  g_autoptr(CareplanChild) gap = new_child ("C-012");
  g_autoptr(CareplanChild) ended = new_child ("C-013");
  g_autoptr(CareplanChild) no_reason = new_child ("C-014");

  /* A gap after an X1 episode: the P episode opens a new period. */
  add_episode (gap, D (2025, 1, 1), D (2025, 3, 1), "S", "V2", "U6", "X1");
  add_episode (gap, D (2025, 3, 5), NONE, "P", "V2", "U6", NULL);
  assert_spans (gap, NONE,
                "2025-01-01..2025-03-01[e0+1,p0+1] 2025-03-05..open[e1+1,p1+1]",
                "2025-01-01..2025-03-01[0+1]p0 2025-03-05..open[1+1]p1");

  /* Same day, but the first episode ended the period (E4A). An L
   * episode still starts a new placement, since the period is new. */
  add_episode (ended, D (2025, 1, 1), D (2025, 3, 1), "S", "V2", "U6", "E4A");
  add_episode (ended, D (2025, 3, 1), NONE, "L", "C2", "U6", NULL);
  assert_spans (ended, NONE,
                "2025-01-01..2025-03-01[e0+1,p0+1] 2025-03-01..open[e1+1,p1+1]",
                "2025-01-01..2025-03-01[0+1]p0 2025-03-01..open[1+1]p1");

  /* No reason ended recorded: the same-day L episode continues. */
  add_episode (no_reason, D (2025, 1, 1), D (2025, 3, 1), "S", "V2", "U6", NULL);
  add_episode (no_reason, D (2025, 3, 1), NONE, "L", "C2", "U6", NULL);
  assert_spans (no_reason, NONE,
                "2025-01-01..open[e0+2,p0+1]",
                "2025-01-01..open[0+2]p0");
}

static void
test_short_break_periods (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-015");
  g_autoptr(GListModel) periods = NULL;
  g_autoptr(CareplanPeriodOfCare) first = NULL;
  g_autoptr(CareplanPeriodOfCare) last = NULL;

  /* Two V3 breaks, each its own period; then a V3 break that turns into
   * full care (V2): not a short-break period. */
  add_episode (child, D (2025, 1, 3), D (2025, 1, 6), "S", "V3", "U6", "E13");
  add_episode (child, D (2025, 2, 7), D (2025, 2, 10), "S", "V3", "U6", "E13");
  add_episode (child, D (2025, 3, 7), D (2025, 3, 10), "S", "V3", "U6", "X1");
  add_episode (child, D (2025, 3, 10), NONE, "L", "V2", "U6", NULL);

  assert_spans (child, NONE,
                "2025-01-03..2025-01-06[e0+1,p0+1]SB 2025-02-07..2025-02-10[e1+1,p1+1]SB "
                "2025-03-07..open[e2+2,p2+1]",
                "2025-01-03..2025-01-06[0+1]p0 2025-02-07..2025-02-10[1+1]p1 "
                "2025-03-07..open[2+2]p2");

  periods = careplan_child_dup_periods_of_care (child);
  first = g_list_model_get_item (periods, 0);
  last = g_list_model_get_item (periods, 2);
  assert_true (careplan_period_of_care_get_short_break (first));
  assert_false (careplan_period_of_care_get_short_break (last));

  /* Seen before the legal status changed, the third period was a short
   * break too. */
  assert_spans (child, D (2025, 3, 9),
                "2025-01-03..2025-01-06[e0+1,p0+1]SB 2025-02-07..2025-02-10[e1+1,p1+1]SB "
                "2025-03-07..open[e2+1,p2+1]SB",
                "2025-01-03..2025-01-06[0+1]p0 2025-02-07..2025-02-10[1+1]p1 "
                "2025-03-07..open[2+1]p2");
}

static void
test_as_of_truncates_episodes (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-016");

  add_episode (child, D (2025, 1, 1), D (2025, 3, 10), "S", "V2", "U6", "X1");
  add_episode (child, D (2025, 3, 10), D (2025, 4, 20), "P", "V2", "U6", "E13");

  /* Around the first start. */
  assert_spans (child, D (2024, 12, 31), "", "");
  assert_spans (child, D (2025, 1, 1), "2025-01-01..open[e0+1,p0+1]", "2025-01-01..open[0+1]p0");
  assert_spans (child, D (2025, 1, 2), "2025-01-01..open[e0+1,p0+1]", "2025-01-01..open[0+1]p0");

  /* Around the move: the first end, its X1 and the second start. */
  assert_spans (child, D (2025, 3, 9), "2025-01-01..open[e0+1,p0+1]", "2025-01-01..open[0+1]p0");
  assert_spans (child, D (2025, 3, 10),
                "2025-01-01..open[e0+2,p0+2]",
                "2025-01-01..2025-03-10[0+1]p0 2025-03-10..open[1+1]p0");
  assert_spans (child, D (2025, 3, 11),
                "2025-01-01..open[e0+2,p0+2]",
                "2025-01-01..2025-03-10[0+1]p0 2025-03-10..open[1+1]p0");

  /* Around the last end. */
  assert_spans (child, D (2025, 4, 19),
                "2025-01-01..open[e0+2,p0+2]",
                "2025-01-01..2025-03-10[0+1]p0 2025-03-10..open[1+1]p0");
  assert_spans (child, D (2025, 4, 20),
                "2025-01-01..2025-04-20[e0+2,p0+2]",
                "2025-01-01..2025-03-10[0+1]p0 2025-03-10..2025-04-20[1+1]p0");
  assert_spans (child, D (2025, 4, 21),
                "2025-01-01..2025-04-20[e0+2,p0+2]",
                "2025-01-01..2025-03-10[0+1]p0 2025-03-10..2025-04-20[1+1]p0");
}

static void
test_as_of_hides_a_later_reason_ended (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-017");
  g_autoptr(CareplanChildIndex) before = NULL;
  g_autoptr(CareplanChildIndex) on = NULL;

  /* The period ends with E13 on 1 May; seen on 30 April it is open. */
  add_episode (child, D (2025, 1, 1), D (2025, 5, 1), "S", "V2", "U6", "E13");
  before = careplan_child_index_new (child, D (2025, 4, 30));
  on = careplan_child_index_new (child, D (2025, 5, 1));

  assert_int_equal (g_array_index (before->periods, CareplanPeriodSpan, 0).end, NONE);
  assert_int_equal (g_array_index (on->periods, CareplanPeriodSpan, 0).end, D (2025, 5, 1));
}

static void
test_long_term_flag_and_inference (void **state)
{
  static const struct {
    const char *place;
    CareplanTristate flag;
    gboolean long_term;
  } cases[] = {
    { "U1", CAREPLAN_TRISTATE_UNSET, TRUE },
    { "U4", CAREPLAN_TRISTATE_UNSET, TRUE },
    { "U3", CAREPLAN_TRISTATE_UNSET, FALSE },
    { "U6", CAREPLAN_TRISTATE_UNSET, FALSE },
    { NULL, CAREPLAN_TRISTATE_UNSET, FALSE },
    { "U6", CAREPLAN_TRISTATE_YES, TRUE },
    { "K2", CAREPLAN_TRISTATE_YES, TRUE },
    { "U4", CAREPLAN_TRISTATE_NO, FALSE },
    { "U1", CAREPLAN_TRISTATE_NO, FALSE },
  };
  g_autoptr(CareplanChild) later = new_child ("C-019");
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = new_child ("C-018");
      g_autoptr(CareplanEpisode) episode = make_episode (D (2025, 1, 1), NONE, "S", "C2", cases[i].place, NULL);
      g_autoptr(CareplanChildIndex) index = NULL;

      careplan_episode_set_long_term (episode, cases[i].flag);
      careplan_child_add_episode (child, episode);
      index = careplan_child_index_new (child, NONE);
      assert_int_equal (g_array_index (index->placements, CareplanPlacementSpan, 0).long_term,
                        cases[i].long_term);
    }

  /* The latest episode seen at as-of decides: a T episode (same carer)
   * recorded as long-term on 1 June makes the placement long-term from
   * then, but not when seen before it. */
  add_episode (later, D (2025, 1, 1), D (2025, 6, 1), "S", "C2", "U6", "X1");
  add_episode (later, D (2025, 6, 1), NONE, "T", "C2", "U6", NULL);
  careplan_episode_set_long_term (nth_episode (later, 1), CAREPLAN_TRISTATE_YES);
  assert_spans (later, D (2025, 5, 31), "2025-01-01..open[e0+1,p0+1]", "2025-01-01..open[0+1]p0");
  assert_spans (later, D (2025, 6, 1), "2025-01-01..open[e0+2,p0+1]", "2025-01-01..open[0+2]p0LT");

  /* A recorded "no" on the latest episode beats an earlier U4. */
  careplan_episode_set_placement_type (nth_episode (later, 0), "U4");
  careplan_episode_set_long_term (nth_episode (later, 1), CAREPLAN_TRISTATE_NO);
  assert_spans (later, D (2025, 5, 31), "2025-01-01..open[e0+1,p0+1]", "2025-01-01..open[0+1]p0LT");
  assert_spans (later, NONE, "2025-01-01..open[e0+2,p0+1]", "2025-01-01..open[0+2]p0");
}

static void
test_index_sorts_episodes_stably (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-020");
  g_autoptr(CareplanChildIndex) index = NULL;
  g_autoptr(CareplanEpisode) undated = careplan_episode_new ();

  /* Record order: second, undated, first, then two starting the same
   * day (a data error that must not crash or reorder). */
  add_episode (child, D (2025, 3, 1), D (2025, 4, 1), "P", "C2", "U6", "X1");
  careplan_child_add_episode (child, undated);
  add_episode (child, D (2025, 1, 1), D (2025, 3, 1), "S", "C2", "U6", "X1");
  add_episode (child, D (2025, 4, 1), NONE, "L", "C2", "U6", NULL);
  add_episode (child, D (2025, 4, 1), NONE, "T", "C2", "U6", NULL);

  index = careplan_child_index_new (child, NONE);
  assert_int_equal (index->episodes->len, 4);
  assert_ptr_equal (g_ptr_array_index (index->episodes, 0), nth_episode (child, 2));
  assert_ptr_equal (g_ptr_array_index (index->episodes, 1), nth_episode (child, 0));
  assert_ptr_equal (g_ptr_array_index (index->episodes, 2), nth_episode (child, 3));
  assert_ptr_equal (g_ptr_array_index (index->episodes, 3), nth_episode (child, 4));
  assert_ptr_equal (index->child, child);
  assert_int_equal (index->as_of, NONE);
}

static void
test_empty_child_index (void **state)
{
  g_autoptr(CareplanChild) child = careplan_child_new ("C-021");
  g_autoptr(CareplanChildIndex) index = careplan_child_index_new (child, D (2025, 1, 1));
  g_autoptr(GListModel) periods = careplan_child_dup_periods_of_care (child);
  g_autoptr(GListModel) placements = careplan_child_dup_placements (child);
  guint kind;

  assert_int_equal (index->episodes->len, 0);
  assert_int_equal (index->periods->len, 0);
  assert_int_equal (index->placements->len, 0);
  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      assert_int_equal (index->events[kind]->len, 0);
      assert_int_equal (careplan_child_index_find_event (index, kind, D (2025, 1, 1)), 0);
    }
  assert_int_equal (g_list_model_get_n_items (periods), 0);
  assert_int_equal (g_list_model_get_n_items (placements), 0);

  careplan_child_index_free (NULL);
}

/* Events in the index */

static void
test_index_events_by_kind_and_as_of (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-030");
  g_autoptr(CareplanChildIndex) all = NULL;
  g_autoptr(CareplanChildIndex) at = NULL;
  CareplanEvent *march;
  CareplanEvent *january;
  CareplanEvent *january_too;
  CareplanEvent *april;

  march = add_event (child, CAREPLAN_EVENT_KIND_VISIT, D (2025, 3, 1));
  january = add_event (child, CAREPLAN_EVENT_KIND_VISIT, D (2025, 1, 10));
  add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2025, 2, 1));
  add_event (child, CAREPLAN_EVENT_KIND_VISIT, NONE);
  january_too = add_event (child, CAREPLAN_EVENT_KIND_VISIT, D (2025, 1, 10));
  april = add_event (child, CAREPLAN_EVENT_KIND_VISIT, D (2025, 4, 1));

  all = careplan_child_index_new (child, NONE);
  assert_int_equal (all->events[CAREPLAN_EVENT_KIND_VISIT]->len, 4);
  assert_int_equal (all->event_dates[CAREPLAN_EVENT_KIND_VISIT]->len, 4);
  assert_ptr_equal (g_ptr_array_index (all->events[CAREPLAN_EVENT_KIND_VISIT], 0), january);
  assert_ptr_equal (g_ptr_array_index (all->events[CAREPLAN_EVENT_KIND_VISIT], 1), january_too);
  assert_ptr_equal (g_ptr_array_index (all->events[CAREPLAN_EVENT_KIND_VISIT], 2), march);
  assert_ptr_equal (g_ptr_array_index (all->events[CAREPLAN_EVENT_KIND_VISIT], 3), april);
  assert_int_equal (g_array_index (all->event_dates[CAREPLAN_EVENT_KIND_VISIT], CareplanDate, 2),
                    D (2025, 3, 1));
  assert_int_equal (all->events[CAREPLAN_EVENT_KIND_REVIEW]->len, 1);
  assert_int_equal (all->events[CAREPLAN_EVENT_KIND_CARE_PLAN]->len, 0);

  /* An event on the as-of date is seen; one the day after is not. */
  at = careplan_child_index_new (child, D (2025, 3, 1));
  assert_int_equal (at->events[CAREPLAN_EVENT_KIND_VISIT]->len, 3);
  assert_ptr_equal (g_ptr_array_index (at->events[CAREPLAN_EVENT_KIND_VISIT], 2), march);
  careplan_child_index_free (g_steal_pointer (&at));

  at = careplan_child_index_new (child, D (2025, 2, 28));
  assert_int_equal (at->events[CAREPLAN_EVENT_KIND_VISIT]->len, 2);
  assert_int_equal (at->events[CAREPLAN_EVENT_KIND_REVIEW]->len, 1);
  careplan_child_index_free (g_steal_pointer (&at));

  at = careplan_child_index_new (child, D (2025, 1, 9));
  assert_int_equal (at->events[CAREPLAN_EVENT_KIND_VISIT]->len, 0);
  assert_int_equal (at->events[CAREPLAN_EVENT_KIND_REVIEW]->len, 0);
}

static void
test_index_covers_the_new_kinds (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-031");
  g_autoptr(CareplanChildIndex) index = NULL;
  guint kind;

  /* One event of every kind, the last kinds included. */
  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    add_event (child, kind, D (2025, 1, 1) + kind);

  index = careplan_child_index_new (child, D (2025, 1, 1) + CAREPLAN_EVENT_KIND_PA_VISIT);
  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      guint expected = kind <= CAREPLAN_EVENT_KIND_PA_VISIT ? 1 : 0;

      assert_int_equal (index->events[kind]->len, expected);
      assert_int_equal (index->event_dates[kind]->len, expected);
      assert_int_equal (careplan_child_index_find_event (index, kind, D (2025, 1, 1)), 0);
    }
}

static void
test_find_event_boundaries (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("C-031");
  g_autoptr(CareplanChildIndex) index = NULL;
  const CareplanEventKind visit = CAREPLAN_EVENT_KIND_VISIT;

  add_event (child, visit, D (2025, 1, 10));
  add_event (child, visit, D (2025, 2, 20));
  add_event (child, visit, D (2025, 2, 20));
  add_event (child, visit, D (2025, 4, 1));
  index = careplan_child_index_new (child, NONE);

  assert_int_equal (careplan_child_index_find_event (index, visit, D (2025, 1, 9)), 0);
  assert_int_equal (careplan_child_index_find_event (index, visit, D (2025, 1, 10)), 0);
  assert_int_equal (careplan_child_index_find_event (index, visit, D (2025, 1, 11)), 1);
  assert_int_equal (careplan_child_index_find_event (index, visit, D (2025, 2, 19)), 1);
  /* The first of two on the same day. */
  assert_int_equal (careplan_child_index_find_event (index, visit, D (2025, 2, 20)), 1);
  assert_int_equal (careplan_child_index_find_event (index, visit, D (2025, 2, 21)), 3);
  assert_int_equal (careplan_child_index_find_event (index, visit, D (2025, 3, 31)), 3);
  assert_int_equal (careplan_child_index_find_event (index, visit, D (2025, 4, 1)), 3);
  assert_int_equal (careplan_child_index_find_event (index, visit, D (2025, 4, 2)), 4);
  assert_int_equal (careplan_child_index_find_event (index, visit, NONE), 0);
  assert_int_equal (careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_REVIEW, D (2025, 1, 1)), 0);
}

/* Validation */

static CareplanChild *
sound_child (void)
{
  CareplanChild *child = careplan_child_new ("V-001");
  CareplanEvent *review;
  g_autoptr(CareplanCareLeaver) leaver = careplan_care_leaver_new ();

  careplan_child_set_date_of_birth (child, D (2009, 8, 31));
  add_episode (child, D (2024, 12, 20), D (2025, 3, 1), "S", "V2", "U6", "X1");
  add_episode (child, D (2025, 3, 1), D (2025, 5, 1), "P", "V2", "U4", "X1");
  add_episode (child, D (2025, 5, 1), NONE, "L", "C2", "U4", NULL);
  review = add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2025, 1, 22));
  careplan_event_set_detail (review, "PN1");
  add_event (child, CAREPLAN_EVENT_KIND_VISIT, D (2024, 12, 27));
  add_event (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, D (2025, 9, 1));
  careplan_care_leaver_set_needs_assessment (leaver, D (2025, 11, 30));
  careplan_child_set_care_leaver (child, leaver);

  return child;
}

static void
test_sound_record_has_no_problems (void **state)
{
  g_autoptr(CareplanChild) child = sound_child ();
  g_autoptr(GListModel) problems = careplan_child_validate (child);
  g_autoptr(CareplanChild) bare = careplan_child_new ("V-000");
  g_autoptr(GListModel) bare_problems = NULL;

  assert_int_equal (g_list_model_get_n_items (problems), 0);

  /* A child with only a date of birth is sound too. */
  careplan_child_set_date_of_birth (bare, D (2015, 1, 1));
  bare_problems = careplan_child_validate (bare);
  assert_int_equal (g_list_model_get_n_items (bare_problems), 0);
}

static void
test_missing_date_of_birth (void **state)
{
  g_autoptr(CareplanChild) child = sound_child ();
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *text = NULL;
  CareplanProblem *problem;

  careplan_child_set_date_of_birth (child, NONE);
  careplan_child_set_source_file (child, "caseload.json");
  careplan_child_set_position (child, 2, 5);
  problems = careplan_child_validate (child);
  assert_int_equal (g_list_model_get_n_items (problems), 1);
  problem = first_problem (problems);
  assert_int_equal (careplan_problem_get_kind (problem), CAREPLAN_PROBLEM_KIND_MISSING_FIELD);
  assert_null (careplan_problem_get_path (problem));
  text = careplan_problem_to_string (problem);
  assert_string_equal (text, "caseload.json:2:5: child V-001: date_of_birth: child has no date of birth");
}

static void
test_missing_start_and_end_before_start (void **state)
{
  g_autoptr(CareplanChild) child = sound_child ();
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;
  g_autofree char *text = NULL;
  g_autoptr(CareplanProblem) second = NULL;
  CareplanEpisode *broken;

  careplan_child_set_source_file (child, "caseload.json");
  /* episodes[1] ends before it starts; episodes[3] has no start. */
  broken = nth_episode (child, 1);
  careplan_episode_set_end (broken, D (2025, 2, 28));
  careplan_episode_set_position (broken, 14, 9);
  add_episode (child, NONE, NONE, "P", "C2", "U4", NULL);

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  assert_string_equal (kinds,
                       "end-before-start episodes[1].end\n"
                       "missing-field episodes[3].start\n"
                       "broken-chain episodes[2].start");

  text = careplan_problem_to_string (first_problem (problems));
  assert_string_equal (text, "caseload.json:14:9: child V-001: episodes[1].end: "
                             "episode ends on 2025-02-28, before it starts on 2025-03-01");
  second = g_list_model_get_item (problems, 1);
  /* No position recorded for this episode: the file alone. */
  assert_string_equal (careplan_problem_get_file (second), "caseload.json");
  assert_int_equal (careplan_problem_get_line (second), 0);
}

static void
test_missing_episode_end_before_start (void **state)
{
  g_autoptr(CareplanChild) child = sound_child ();
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;
  CareplanEvent *missing;

  add_event (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, D (2025, 6, 1));
  missing = add_event (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, D (2025, 7, 2));
  careplan_event_set_end (missing, D (2025, 7, 1));

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  assert_string_equal (kinds, "end-before-start missing_episodes[1].end");
  assert_string_equal (careplan_problem_get_message (first_problem (problems)),
                       "missing episode ends on 2025-07-01, before it starts on 2025-07-02");
}

static void
test_every_end_before_start (void **state)
{
  static const struct {
    CareplanEventKind kind;
    const char *expected_kind;
    const char *message;
  } cases[] = {
    { CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT,
      "end-before-start placement_with_parent_assessments[0].completed",
      "parent assessment: completed 2025-07-01 is before start 2025-07-02" },
    { CAREPLAN_EVENT_KIND_DETENTION, "end-before-start detentions[0].end",
      "detention ends on 2025-07-01, before it starts on 2025-07-02" },
    { CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS, "end-before-start court_proceedings[0].final_order",
      "court proceedings: final_order 2025-07-01 is before issued 2025-07-02" },
    { CAREPLAN_EVENT_KIND_PLACED_FOR_ADOPTION, "end-before-start placed_for_adoption[0].end",
      "placed for adoption ends on 2025-07-01, before it starts on 2025-07-02" },
    { CAREPLAN_EVENT_KIND_SOCIAL_WORKER_EPISODE, "end-before-start social_worker_episodes[0].end",
      "social worker episode ends on 2025-07-01, before it starts on 2025-07-02" },
    { CAREPLAN_EVENT_KIND_DEPRIVATION_OF_LIBERTY,
      "end-before-start deprivation_of_liberty_orders[0].end",
      "deprivation of liberty ends on 2025-07-01, before it starts on 2025-07-02" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = sound_child ();
      g_autoptr(GListModel) problems = NULL;
      g_autofree char *kinds = NULL;
      CareplanEvent *event;

      event = add_event (child, cases[i].kind, D (2025, 7, 2));
      careplan_event_set_end (event, D (2025, 7, 1));
      /* Ending on its own start is fine. */
      add_event (child, cases[i].kind, D (2025, 8, 1));

      problems = careplan_child_validate (child);
      kinds = describe_problems (problems);
      assert_string_equal (kinds, cases[i].expected_kind);
      assert_string_equal (careplan_problem_get_message (first_problem (problems)),
                           cases[i].message);
    }
}

static void
test_later_steps_before_start (void **state)
{
  g_autoptr(CareplanChild) child = sound_child ();
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;
  CareplanEvent *approval;
  CareplanEvent *fine;
  CareplanEvent *assessment;
  CareplanEvent *court;
  CareplanEvent *missing;
  CareplanEvent *decision;

  approval = add_event (child, CAREPLAN_EVENT_KIND_CARER_APPROVAL, D (2025, 3, 1));
  careplan_event_set_extended_to (approval, D (2025, 2, 1));
  careplan_event_set_date_field (approval, "extension_decided", D (2025, 2, 27));
  careplan_event_set_approved (approval, D (2025, 2, 28));
  /* Every later step on or after the start: no problem. */
  fine = add_event (child, CAREPLAN_EVENT_KIND_CARER_APPROVAL, D (2025, 3, 1));
  careplan_event_set_extended_to (fine, D (2025, 10, 1));
  careplan_event_set_date_field (fine, "extension_decided", D (2025, 6, 20));
  careplan_event_set_approved (fine, D (2025, 3, 1));
  assessment = add_event (child, CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT, D (2025, 5, 1));
  careplan_event_set_approved (assessment, D (2025, 4, 30));
  court = add_event (child, CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS, D (2025, 5, 1));
  careplan_event_set_extended_to (court, D (2025, 4, 1));
  missing = add_event (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, D (2025, 6, 10));
  careplan_event_set_end (missing, D (2025, 6, 11));
  careplan_event_set_date_field (missing, "return_interview", D (2025, 6, 9));
  decision = add_event (child, CAREPLAN_EVENT_KIND_ADOPTION_DECISION, D (2025, 6, 1));
  careplan_event_set_date_field (decision, "matched", D (2025, 5, 1));

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  assert_string_equal (kinds,
                       "date-out-of-order carer_approvals[0].extended_to\n"
                       "date-out-of-order carer_approvals[0].extension_decided\n"
                       "date-out-of-order carer_approvals[0].approved\n"
                       "date-out-of-order placement_with_parent_assessments[0].decision\n"
                       "date-out-of-order court_proceedings[0].extended_to\n"
                       "date-out-of-order missing_episodes[0].return_interview\n"
                       "date-out-of-order adoption_decisions[0].matched");
  assert_string_equal (careplan_problem_get_message (first_problem (problems)),
                       "carer approval: extended_to 2025-02-01 is before start 2025-03-01");
}

static void
test_new_kinds_dates_and_paths (void **state)
{
  g_autoptr(CareplanChild) child = sound_child ();
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;
  CareplanCareLeaver *leaver = careplan_child_get_care_leaver (child);

  careplan_care_leaver_set_accommodation_from (leaver, D (2009, 1, 1));
  careplan_care_leaver_set_support_requested (leaver, D (2031, 1, 1));
  careplan_care_leaver_set_adviser_declined (leaver, D (2009, 1, 2));
  add_event (child, CAREPLAN_EVENT_KIND_PA_VISIT, D (2009, 1, 1));
  add_event (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES, NONE);
  add_event (child, CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES, NONE);
  add_event (child, CAREPLAN_EVENT_KIND_DETENTION, NONE);
  add_event (child, CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS, NONE);
  add_event (child, CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, D (2025, 1, 1));

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  assert_string_equal (kinds,
                       "date-out-of-order care_leaver.accommodation_from\n"
                       "date-out-of-order care_leaver.adviser_declined\n"
                       "date-out-of-order care_leaver.pa_visits[0].date\n"
                       "missing-field care_leaver.outcomes[0].date\n"
                       "missing-field outcomes[0].date\n"
                       "missing-field detentions[0].start\n"
                       "missing-field court_proceedings[0].issued");
}

static void
test_overlapping_episodes (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("V-002");
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;

  /* A long episode overlaps two later ones, not only its neighbour. */
  add_episode (child, D (2025, 1, 1), D (2025, 6, 1), "S", "C2", "U6", "E13");
  add_episode (child, D (2025, 2, 1), D (2025, 3, 1), "S", "C2", "U6", "E13");
  add_episode (child, D (2025, 4, 1), D (2025, 5, 1), "S", "C2", "U6", "E13");
  /* Touching is not overlapping. */
  add_episode (child, D (2025, 6, 1), D (2025, 7, 1), "S", "C2", "U6", "E13");

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  assert_string_equal (kinds, "overlap episodes[1].start\noverlap episodes[2].start");
  assert_string_equal (careplan_problem_get_message (first_problem (problems)),
                       "episode starting 2025-02-01 overlaps episodes[0], "
                       "which runs from 2025-01-01 to 2025-06-01");
}

static void
test_open_episode_followed_by_another_overlaps (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("V-003");
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;

  add_episode (child, D (2025, 3, 1), NONE, "P", "C2", "U6", NULL);
  add_episode (child, D (2025, 1, 1), NONE, "S", "C2", "U6", NULL);

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  /* Paths are record positions, whatever the order of the dates. */
  assert_string_equal (kinds, "overlap episodes[0].start");
  assert_string_equal (careplan_problem_get_message (first_problem (problems)),
                       "episode starting 2025-03-01 overlaps episodes[1], "
                       "which started 2025-01-01 and has no end");
}

static void
test_broken_chains (void **state)
{
  g_autoptr(CareplanChild) gap = new_child ("V-004");
  g_autoptr(CareplanChild) ended = new_child ("V-005");
  g_autoptr(GListModel) gap_problems = NULL;
  g_autoptr(GListModel) ended_problems = NULL;
  g_autofree char *gap_kinds = NULL;
  g_autofree char *ended_kinds = NULL;

  add_episode (gap, D (2025, 1, 1), D (2025, 3, 1), "S", "C2", "U6", "X1");
  add_episode (gap, D (2025, 3, 5), NONE, "P", "C2", "U6", NULL);
  gap_problems = careplan_child_validate (gap);
  gap_kinds = describe_problems (gap_problems);
  assert_string_equal (gap_kinds, "broken-chain episodes[1].start");
  assert_string_equal (careplan_problem_get_message (first_problem (gap_problems)),
                       "episode with reason_new_episode P continues a period of care but "
                       "starts on 2025-03-05, not on 2025-03-01 when episodes[0] ended");

  add_episode (ended, D (2025, 1, 1), D (2025, 3, 1), "S", "C2", "U6", "E4A");
  add_episode (ended, D (2025, 3, 1), NONE, "L", "C2", "U6", NULL);
  /* A new S after a break is fine. */
  add_episode (ended, D (2025, 3, 1), NONE, "S", "C2", "U6", NULL);
  ended_problems = careplan_child_validate (ended);
  ended_kinds = describe_problems (ended_problems);
  assert_string_equal (ended_kinds,
                       "broken-chain episodes[1].reason_new_episode\n"
                       "overlap episodes[2].start");
  assert_string_equal (careplan_problem_get_message (first_problem (ended_problems)),
                       "episode with reason_new_episode L continues a period of care but "
                       "episodes[0] ended on 2025-03-01 with reason_ended E4A, not X1");
}

static void
test_unknown_codes_in_every_field (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("V-006");
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;
  g_autoptr(CareplanProblem) last = NULL;
  CareplanEpisode *episode;
  CareplanEvent *review;
  guint n;
  guint i;

  add_episode (child, D (2025, 1, 1), D (2025, 2, 1), "Q", "V9", "Z9", "E99");
  episode = nth_episode (child, 0);
  careplan_episode_set_category_of_need (episode, "N0");
  careplan_episode_set_placement_provider (episode, "PR9");
  review = add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2025, 1, 20));
  careplan_event_set_detail (review, "PN1");
  review = add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2025, 1, 21));
  careplan_event_set_detail (review, "pn9");

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  assert_string_equal (kinds,
                       "unknown-code episodes[0].reason_new_episode\n"
                       "unknown-code episodes[0].legal_status\n"
                       "unknown-code episodes[0].category_of_need\n"
                       "unknown-code episodes[0].placement_type\n"
                       "unknown-code episodes[0].placement_provider\n"
                       "unknown-code episodes[0].reason_ended\n"
                       "unknown-code reviews[1].participation");
  assert_string_equal (careplan_problem_get_message (first_problem (problems)),
                       "reason_new_episode \"Q\" is not an SSDA903 reason for new episode code");

  n = g_list_model_get_n_items (problems);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);

      assert_string_equal (careplan_problem_get_child_id (problem), "V-006");
    }
  last = g_list_model_get_item (problems, n - 1);
  assert_string_equal (careplan_problem_get_message (last),
                       "participation \"pn9\" is not an SSDA903 review participation code");
}

static void
test_free_text_in_a_code_field_is_not_quoted (void **state)
{
  g_autoptr(CareplanChild) child = new_child ("V-007");
  g_autoptr(GListModel) problems = NULL;
  const char *message;

  add_episode (child, D (2025, 1, 1), NONE, "S", "Jane Smith's aunt", "U6", NULL);
  problems = careplan_child_validate (child);
  assert_int_equal (g_list_model_get_n_items (problems), 1);
  message = careplan_problem_get_message (first_problem (problems));
  assert_null (strstr (message, "Jane"));
  assert_string_equal (message, "legal_status is not an SSDA903 legal status code "
                                "(a value of 17 characters)");
}

static void
test_dates_before_birth (void **state)
{
  g_autoptr(CareplanChild) child = sound_child ();
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;
  CareplanEvent *contact;

  careplan_child_set_source_file (child, "c.json");
  add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2009, 8, 30));
  add_event (child, CAREPLAN_EVENT_KIND_REVIEW, D (2009, 8, 31));
  add_event (child, CAREPLAN_EVENT_KIND_CARER_APPROVAL, D (2001, 1, 1));
  contact = add_event (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, D (2008, 1, 1));
  careplan_event_set_position (contact, 40, 7);
  careplan_care_leaver_set_staying_put_from (careplan_child_get_care_leaver (child), D (2009, 1, 1));
  add_episode (child, D (2009, 8, 30), D (2009, 9, 1), "S", "V2", "U6", "E13");

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  assert_string_equal (kinds,
                       "date-out-of-order care_leaver.staying_put_from\n"
                       "date-out-of-order episodes[3].start\n"
                       "date-out-of-order reviews[1].date\n"
                       "date-out-of-order carer_approvals[0].start\n"
                       "date-out-of-order care_leaver.contacts[1].date");
  {
    g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, 4);
    g_autofree char *text = careplan_problem_to_string (problem);

    assert_string_equal (text, "c.json:40:7: child V-001: care_leaver.contacts[1].date: "
                               "care-leaver-contact dated 2008-01-01 is before the date of birth "
                               "2009-08-31");
  }
}

static void
test_event_without_date (void **state)
{
  g_autoptr(CareplanChild) child = sound_child ();
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;

  add_event (child, CAREPLAN_EVENT_KIND_VISIT, NONE);
  add_event (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, NONE);

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  assert_string_equal (kinds, "missing-field visits[1].date\nmissing-field missing_episodes[0].start");
}

static void
test_many_problems_in_one_pass (void **state)
{
  g_autoptr(CareplanChild) child = careplan_child_new ("V-008");
  g_autoptr(GListModel) problems = NULL;
  g_autofree char *kinds = NULL;

  /* No date of birth, a bad code, an end before start, an overlap: all
   * reported, none stops the others. */
  add_episode (child, D (2025, 1, 1), D (2024, 12, 1), "S", "XX", "U6", "E13");
  add_episode (child, D (2024, 11, 1), NONE, "S", "C2", "U6", NULL);

  problems = careplan_child_validate (child);
  kinds = describe_problems (problems);
  assert_string_equal (kinds,
                       "missing-field date_of_birth\n"
                       "end-before-start episodes[0].end\n"
                       "unknown-code episodes[0].legal_status\n"
                       "overlap episodes[0].start");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_episode_fields_and_notify),
    cmocka_unit_test (test_episode_starts_placement_and_short_break),
    cmocka_unit_test (test_event_fields_and_notify),
    cmocka_unit_test (test_event_construct_properties),
    cmocka_unit_test (test_event_kind_names),
    cmocka_unit_test (test_event_named_fields),
    cmocka_unit_test (test_event_named_fields_many),
    cmocka_unit_test (test_care_leaver_fields_and_notify),
    cmocka_unit_test (test_care_leaver_new_dates),
    cmocka_unit_test (test_episode_out_of_area),
    cmocka_unit_test (test_episode_at_distance),
    cmocka_unit_test (test_child_fields_and_notify),
    cmocka_unit_test (test_child_lists_append_in_record_order),
    cmocka_unit_test (test_child_lists_tell_listeners),
    cmocka_unit_test (test_event_new_of_kind),
    cmocka_unit_test (test_extras_are_created_lazily),
    cmocka_unit_test (test_positions_and_source_file),
    cmocka_unit_test (test_age_on_birthdays),
    cmocka_unit_test (test_problem_fields_and_to_string),
    cmocka_unit_test (test_code_lists),
    cmocka_unit_test (test_placements_follow_rne_chain),
    cmocka_unit_test (test_break_in_care_makes_two_periods),
    cmocka_unit_test (test_broken_chain_still_derives),
    cmocka_unit_test (test_short_break_periods),
    cmocka_unit_test (test_as_of_truncates_episodes),
    cmocka_unit_test (test_as_of_hides_a_later_reason_ended),
    cmocka_unit_test (test_long_term_flag_and_inference),
    cmocka_unit_test (test_index_sorts_episodes_stably),
    cmocka_unit_test (test_empty_child_index),
    cmocka_unit_test (test_index_events_by_kind_and_as_of),
    cmocka_unit_test (test_index_covers_the_new_kinds),
    cmocka_unit_test (test_find_event_boundaries),
    cmocka_unit_test (test_sound_record_has_no_problems),
    cmocka_unit_test (test_missing_date_of_birth),
    cmocka_unit_test (test_missing_start_and_end_before_start),
    cmocka_unit_test (test_missing_episode_end_before_start),
    cmocka_unit_test (test_every_end_before_start),
    cmocka_unit_test (test_later_steps_before_start),
    cmocka_unit_test (test_new_kinds_dates_and_paths),
    cmocka_unit_test (test_overlapping_episodes),
    cmocka_unit_test (test_open_episode_followed_by_another_overlaps),
    cmocka_unit_test (test_broken_chains),
    cmocka_unit_test (test_unknown_codes_in_every_field),
    cmocka_unit_test (test_free_text_in_a_code_field_is_not_quoted),
    cmocka_unit_test (test_dates_before_birth),
    cmocka_unit_test (test_event_without_date),
    cmocka_unit_test (test_many_problems_in_one_pass),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
