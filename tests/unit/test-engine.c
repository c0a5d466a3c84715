/* test-engine.c: the engine, and the rule, rulebook and finding objects
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

#include "careplan.h"
#include "careplan-obligation-private.h"
#include "careplan-test-util.h"

/* --- helpers ----------------------------------------------------------- */

static const char * const default_rule_ids[] = {
  "cppcr-2010.reg33-1.first-review",
  "cppcr-2010.reg33-2.second-review",
  "cppcr-2010.reg33-2.subsequent-reviews",
  "cppcr-2010.reg28-2a.first-visit",
  "cppcr-2010.reg28-2b.first-year-six-weekly",
  "cppcr-2010.reg28-2c.after-first-year",
};

/* The engine's behaviour is tested with the review and visit rules only,
 * so that other rule families (tested on their own) do not change what
 * these tests expect. */
static CareplanEngine *
review_and_visit_engine (void)
{
  g_autoptr(CareplanRulebook) defaults = careplan_rulebook_new_default ();
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (default_rule_ids); i++)
    careplan_rulebook_add_rule (rulebook, careplan_rulebook_lookup (defaults, default_rule_ids[i]));
  return careplan_engine_new (rulebook, NULL);
}

/* Looked after from 20 Dec 2024, moved on 3 Mar 2025, with reviews and
 * visits in both placements. */
static CareplanChild *
busy_child (const char *id)
{
  CareplanChild *child = cpt_child_new (id);

  cpt_add_episode (child, "2024-12-20", "2025-03-03", "S", "C2", "U6", "X1");
  cpt_add_episode (child, "2025-03-03", NULL, "P", "C2", "U6", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-22", "2025-04-10", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT,
                  "2024-12-23", "2025-02-01", "2025-03-06", "2025-04-15", NULL);
  return child;
}

static GListModel *
evaluate (CareplanEngine *engine,
          CareplanChild  *child,
          const char     *as_of)
{
  g_autoptr(GError) error = NULL;
  GListModel *findings = careplan_engine_evaluate (engine, child, cpt_date (as_of), &error);

  if (error != NULL)
    fail_msg ("evaluate: %s", error->message);
  return findings;
}

static char *
describe_all (GListModel *findings)
{
  GString *text = g_string_new (NULL);
  guint i;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *summary = cpt_summarize (finding);

      g_string_append_printf (text, "%s %s %s\n",
                              careplan_finding_get_child_id (finding),
                              careplan_finding_get_rule_id (finding), summary);
    }

  return g_string_free (text, FALSE);
}

/* --- engine -------------------------------------------------------------- */

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_engine_defaults (void **state)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanCalendar) calendar = NULL;
  CareplanLeapDayPolicy policy;
  GListModel *rules;
  guint notified = 0;
  guint i;

  /* The default rulebook starts with the review and visit families and
   * holds the whole statutory catalogue after them. */
  rules = careplan_rulebook_get_rules (careplan_engine_get_rulebook (engine));
  assert_true (g_list_model_get_n_items (rules) >= 45);
  for (i = 0; i < G_N_ELEMENTS (default_rule_ids); i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);

      assert_string_equal (careplan_rule_get_id (rule), default_rule_ids[i]);
    }

  assert_non_null (careplan_engine_get_calendar (engine));
  assert_int_equal (careplan_engine_get_leap_day_policy (engine), CAREPLAN_LEAP_DAY_POLICY_MARCH_1);

  g_object_get (engine,
                "rulebook", &rulebook,
                "calendar", &calendar,
                "leap-day-policy", &policy,
                NULL);
  assert_ptr_equal (rulebook, careplan_engine_get_rulebook (engine));
  assert_ptr_equal (calendar, careplan_engine_get_calendar (engine));
  assert_int_equal (policy, CAREPLAN_LEAP_DAY_POLICY_MARCH_1);

  g_signal_connect (engine, "notify::leap-day-policy", G_CALLBACK (on_notify), &notified);
  careplan_engine_set_leap_day_policy (engine, CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28);
  careplan_engine_set_leap_day_policy (engine, CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28);
  assert_int_equal (notified, 1);
  assert_int_equal (careplan_engine_get_leap_day_policy (engine), CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28);
}

static void
test_engine_given_rulebook_and_calendar (void **state)
{
  static const char feed[] =
    "{ \"england-and-wales\": { \"division\": \"england-and-wales\", \"events\": ["
    "  { \"title\": \"New Year's Day\", \"date\": \"2025-01-01\", \"notes\": \"\", \"bunting\": true }"
    "] } }";
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_from_data (feed, -1, NULL, &error);
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new ();
  g_autoptr(CareplanRulebook) defaults = careplan_rulebook_new_default ();
  g_autoptr(CareplanEngine) engine = NULL;
  g_autoptr(CareplanChild) child = busy_child ("E1");
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(CareplanFinding) finding = NULL;

  assert_null (error);
  careplan_rulebook_add_rule (rulebook, careplan_rulebook_lookup (defaults, default_rule_ids[0]));
  engine = careplan_engine_new (rulebook, calendar);
  assert_ptr_equal (careplan_engine_get_rulebook (engine), rulebook);
  assert_ptr_equal (careplan_engine_get_calendar (engine), calendar);

  /* The engine's calendar knows 2025 only: 20 working days from
   * 20 Dec 2024 cannot be counted. */
  findings = evaluate (engine, child, "2025-06-30");
  assert_int_equal (g_list_model_get_n_items (findings), 1);
  finding = g_list_model_get_item (findings, 0);
  assert_string_equal (careplan_finding_get_rule_id (finding), default_rule_ids[0]);
  assert_int_equal (careplan_finding_get_status (finding), CAREPLAN_FINDING_STATUS_UNKNOWN);
  assert_non_null (strstr (careplan_finding_get_message (finding), "2025-01-01 to 2025-12-31"));
}

static void
test_engine_invalid_as_of (void **state)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(CareplanChild) child = busy_child ("E1");
  g_autoptr(GListStore) children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  CareplanDate bad[] = { CAREPLAN_DATE_NONE, G_MAXUINT32 };
  guint i;

  g_list_store_append (children, child);
  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) error_all = NULL;
      g_autoptr(GListModel) findings = careplan_engine_evaluate (engine, child, bad[i], &error);
      g_autoptr(GListModel) all = careplan_engine_evaluate_all (engine, G_LIST_MODEL (children),
                                                                bad[i], &error_all);

      assert_null (findings);
      assert_non_null (error);
      assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE));
      assert_null (all);
      assert_true (g_error_matches (error_all, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE));
    }
}

/* A child built in code may lack what a record file must have: the engine
 * says which field, as a GError, rather than judging nonsense. */
static void
test_engine_incomplete_child (void **state)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(CareplanChild) no_id = g_object_new (CAREPLAN_TYPE_CHILD, NULL);
  g_autoptr(CareplanChild) no_dob = careplan_child_new ("E9");
  g_autoptr(CareplanChild) born = careplan_child_new ("E10");
  g_autoptr(GListStore) children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  struct {
    CareplanChild *child;
    const char *as_of;
    int code;
    const char *says;
  } cases[] = {
    { no_id, "2025-06-30", CAREPLAN_ERROR_INVALID_RECORD, "'id'" },
    { born, "2020-01-01", CAREPLAN_ERROR_INVALID_DATE, "before the date of birth 2020-01-02" },
    { born, "2011-12-31", CAREPLAN_ERROR_CALENDAR_RANGE, "outside the calendar" },
    { born, "2029-01-01", CAREPLAN_ERROR_CALENDAR_RANGE, "outside the calendar" },
  };
  guint i;

  careplan_child_set_date_of_birth (born, cpt_date ("2020-01-02"));
  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) error_all = NULL;
      g_autoptr(GListModel) findings = NULL;
      g_autoptr(GListModel) all = NULL;

      g_list_store_remove_all (children);
      g_list_store_append (children, cases[i].child);
      findings = careplan_engine_evaluate (engine, cases[i].child, cpt_date (cases[i].as_of), &error);
      all = careplan_engine_evaluate_all (engine, G_LIST_MODEL (children),
                                          cpt_date (cases[i].as_of), &error_all);
      assert_null (findings);
      assert_null (all);
      assert_true (g_error_matches (error, CAREPLAN_ERROR, cases[i].code));
      assert_true (g_error_matches (error_all, CAREPLAN_ERROR, cases[i].code));
      assert_non_null (strstr (error->message, cases[i].says));
    }

  /* On the day of birth there is something to judge; without a date of
   * birth too (validation reports the missing field). */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) findings = careplan_engine_evaluate (engine, no_dob, cpt_date ("2025-06-30"), &error);
    g_autoptr(GListModel) problems = careplan_child_validate (no_dob);

    assert_non_null (findings);
    assert_true (g_list_model_get_n_items (problems) > 0);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) findings = careplan_engine_evaluate (engine, born, cpt_date ("2020-01-02"), &error);

    assert_non_null (findings);
    assert_null (error);
  }
}

/* Findings come in rulebook order, and chronologically within a rule. */
static void
test_engine_finding_order (void **state)
{
  g_autoptr(CareplanEngine) engine = review_and_visit_engine ();
  g_autoptr(CareplanChild) child = busy_child ("E1");
  g_autoptr(GListModel) findings = evaluate (engine, child, "2025-06-30");
  g_autofree char *all = describe_all (findings);

  assert_int_equal (g_list_model_get_item_type (findings), CAREPLAN_TYPE_FINDING);
  assert_string_equal (all,
    "E1 cppcr-2010.reg33-1.first-review met became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-22 late=-\n"
    "E1 cppcr-2010.reg33-2.second-review met review@2025-01-22 due=2025-04-22 done=2025-04-10 late=-\n"
    "E1 cppcr-2010.reg33-2.subsequent-reviews due review@2025-04-10 due=2025-10-10 done=- late=-\n"
    "E1 cppcr-2010.reg28-2a.first-visit met placement-start@2024-12-20 due=2024-12-27 done=2024-12-23 late=-\n"
    "E1 cppcr-2010.reg28-2a.first-visit met placement-start@2025-03-03 due=2025-03-10 done=2025-03-06 late=-\n"
    "E1 cppcr-2010.reg28-2b.first-year-six-weekly met visit@2024-12-23 due=2025-02-03 done=2025-02-01 late=-\n"
    "E1 cppcr-2010.reg28-2b.first-year-six-weekly met visit@2025-03-06 due=2025-04-17 done=2025-04-15 late=-\n"
    "E1 cppcr-2010.reg28-2b.first-year-six-weekly overdue visit@2025-04-15 due=2025-05-27 done=- late=34\n");
}

/* The as-of date hides everything after it. */
static void
test_engine_as_of (void **state)
{
  g_autoptr(CareplanEngine) engine = review_and_visit_engine ();
  g_autoptr(CareplanChild) child = busy_child ("E1");
  g_autoptr(GListModel) findings = evaluate (engine, child, "2025-01-10");
  g_autofree char *all = describe_all (findings);

  assert_string_equal (all,
    "E1 cppcr-2010.reg33-1.first-review due became-looked-after@2024-12-20 due=2025-01-22 done=- late=-\n"
    "E1 cppcr-2010.reg28-2a.first-visit met placement-start@2024-12-20 due=2024-12-27 done=2024-12-23 late=-\n"
    "E1 cppcr-2010.reg28-2b.first-year-six-weekly due visit@2024-12-23 due=2025-02-03 done=- late=-\n");
}

static void
test_engine_evaluate_all (void **state)
{
  g_autoptr(CareplanEngine) engine = review_and_visit_engine ();
  g_autoptr(CareplanChild) first = busy_child ("E1");
  g_autoptr(CareplanChild) second = busy_child ("E2");
  g_autoptr(CareplanChild) empty = careplan_child_new ("E3");
  g_autoptr(GListStore) children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(GListModel) one = evaluate (engine, first, "2025-06-30");
  g_autoptr(GListModel) two = evaluate (engine, second, "2025-06-30");
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *one_text = describe_all (one);
  g_autofree char *two_text = describe_all (two);
  g_autofree char *all_text = NULL;
  g_autofree char *expected = NULL;

  careplan_child_set_date_of_birth (empty, cpt_date ("2025-06-01"));
  g_list_store_append (children, first);
  g_list_store_append (children, empty);
  g_list_store_append (children, second);
  all = careplan_engine_evaluate_all (engine, G_LIST_MODEL (children), cpt_date ("2025-06-30"), &error);
  assert_null (error);
  all_text = describe_all (all);
  expected = g_strconcat (one_text, two_text, NULL);
  assert_string_equal (all_text, expected);
  assert_int_equal (g_list_model_get_n_items (all),
                    g_list_model_get_n_items (one) + g_list_model_get_n_items (two));
}

typedef struct
{
  CareplanEngine *engine;
  CareplanChild  *child;
  const char     *expected;
  gboolean        same;
} ThreadJob;

static gpointer
evaluate_in_thread (gpointer data)
{
  ThreadJob *job = data;
  guint round;

  job->same = TRUE;
  for (round = 0; round < 50; round++)
    {
      g_autoptr(GListModel) findings = careplan_engine_evaluate (job->engine, job->child,
                                                                 cpt_date ("2025-06-30"), NULL);
      g_autofree char *text = describe_all (findings);

      if (!g_str_equal (text, job->expected))
        job->same = FALSE;
    }

  return NULL;
}

/* One engine, several threads, one child each: the same findings as on
 * the main thread. */
static void
test_engine_threads (void **state)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  CareplanChild *children[4];
  ThreadJob jobs[4];
  GThread *threads[4];
  char *expected[4];
  guint i;

  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *id = g_strdup_printf ("T%u", i);
      g_autoptr(GListModel) findings = NULL;

      children[i] = busy_child (id);
      findings = evaluate (engine, children[i], "2025-06-30");
      expected[i] = describe_all (findings);
      jobs[i] = (ThreadJob) { engine, children[i], expected[i], FALSE };
    }

  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("evaluate", evaluate_in_thread, &jobs[i]);
  for (i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_thread_join (threads[i]);
      assert_true (jobs[i].same);
      g_object_unref (children[i]);
      g_free (expected[i]);
    }
}

/* --- obligations: the §4 verdict, written once ------------------------- */

static void
test_obligation_timescale (void **state)
{
  struct { int count; CareplanTimeUnit unit; const char *text; } cases[] = {
    { 7, CAREPLAN_TIME_UNIT_DAYS, "1 week" },
    { 42, CAREPLAN_TIME_UNIT_DAYS, "6 weeks" },
    { 10, CAREPLAN_TIME_UNIT_DAYS, "10 days" },
    { 1, CAREPLAN_TIME_UNIT_DAYS, "1 day" },
    { 0, CAREPLAN_TIME_UNIT_DAYS, "0 days" },
    { 2, CAREPLAN_TIME_UNIT_WEEKS, "2 weeks" },
    { 1, CAREPLAN_TIME_UNIT_MONTHS, "1 month" },
    { 3, CAREPLAN_TIME_UNIT_MONTHS, "3 months" },
    { 1, CAREPLAN_TIME_UNIT_WORKING_DAYS, "1 working day" },
    { 20, CAREPLAN_TIME_UNIT_WORKING_DAYS, "20 working days" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = careplan_obligation_format_timescale (cases[i].count, cases[i].unit);

      assert_string_equal (text, cases[i].text);
    }
}

/* The verdict as a pure function of dates: the scope's end and the
 * candidate are only seen when on or before the as-of date. */
static void
test_obligation_judge (void **state)
{
  struct {
    const char *end;
    const char *candidate;
    const char *as_of;
    const char *expected;   /* NULL: lapsed */
    const char *message;    /* after "visit due 2025-05-22: 6 weeks after the visit on 2025-04-10; " */
  } cases[] = {
    { NULL, "2025-05-22", "2025-06-30", "met visit@2025-04-10 due=2025-05-22 done=2025-05-22 late=-",
      "visited 2025-05-22" },
    { NULL, "2025-05-25", "2025-06-30", "met-late visit@2025-04-10 due=2025-05-22 done=2025-05-25 late=3",
      "visited 2025-05-25 (3 days late)" },
    { NULL, "2025-05-25", "2025-05-24", "overdue visit@2025-04-10 due=2025-05-22 done=- late=2",
      "none by 2025-05-24 (2 days late)" },
    { NULL, NULL, "2025-05-22", "due visit@2025-04-10 due=2025-05-22 done=- late=-",
      "none yet at 2025-05-22" },
    { NULL, NULL, "2025-05-23", "overdue visit@2025-04-10 due=2025-05-22 done=- late=1",
      "none by 2025-05-23 (1 day late)" },
    { "2025-05-21", NULL, "2025-06-30", NULL, NULL },
    { "2025-05-22", NULL, "2025-06-30", NULL, NULL },
    { "2025-05-23", NULL, "2025-06-30", "overdue visit@2025-04-10 due=2025-05-22 done=- late=1",
      "none by the end of the placement on 2025-05-23 (1 day late)" },
    { "2025-06-30", NULL, "2025-06-30", "overdue visit@2025-04-10 due=2025-05-22 done=- late=39",
      "none by 2025-06-30 (39 days late)" },
    { "2025-07-31", NULL, "2025-06-30", "overdue visit@2025-04-10 due=2025-05-22 done=- late=39",
      "none by 2025-06-30 (39 days late)" },
    { "2025-05-20", "2025-05-20", "2025-06-30", "met visit@2025-04-10 due=2025-05-22 done=2025-05-20 late=-",
      "visited 2025-05-20" },
  };
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *rule = careplan_rulebook_lookup (rulebook, default_rule_ids[4]);
  CareplanObligation obligation = {
    .what = "visit",
    .done_verb = "visited",
    .anchor_kind = "visit",
    .anchor_phrase = "the visit",
    .anchor_date = cpt_date ("2025-04-10"),
    .count = 42,
    .unit = CAREPLAN_TIME_UNIT_DAYS,
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CareplanScope scope = {
        .start = cpt_date ("2025-04-05"),
        .end = cases[i].end != NULL ? cpt_date (cases[i].end) : CAREPLAN_DATE_NONE,
        .end_exclusive = FALSE,
        .noun = "placement",
      };
      g_autoptr(CareplanFindingArray) sink = careplan_finding_array_new ();
      g_autoptr(GPtrArray) findings = NULL;
      gboolean met =
        careplan_obligation_add_verdict (sink, rule, "J1", &obligation, cpt_date ("2025-05-22"),
                                         &scope,
                                         cases[i].candidate != NULL ? cpt_date (cases[i].candidate)
                                                                    : CAREPLAN_DATE_NONE,
                                         cpt_date (cases[i].as_of));

      findings = careplan_finding_array_free_to_objects (g_steal_pointer (&sink));
      if (cases[i].expected == NULL)
        {
          assert_int_equal (findings->len, 0);
          assert_false (met);
        }
      else
        {
          CareplanFinding *finding;
          CareplanFindingStatus status;
          g_autofree char *summary = NULL;
          g_autofree char *message = NULL;
          g_autoptr(GString) appended = g_string_new ("> ");

          assert_int_equal (findings->len, 1);
          finding = g_ptr_array_index (findings, 0);
          status = careplan_finding_get_status (finding);
          assert_int_equal (met, status == CAREPLAN_FINDING_STATUS_MET ||
                                 status == CAREPLAN_FINDING_STATUS_MET_LATE);
          summary = cpt_summarize (finding);
          assert_string_equal (summary, cases[i].expected);
          /* The message is kept as parts: appended to a buffer before it
           * is first asked for, then written and kept, the same text. */
          message = g_strconcat ("visit due 2025-05-22: 6 weeks after the visit on 2025-04-10; ",
                                 cases[i].message, NULL);
          careplan_finding_append_message (finding, appended);
          assert_string_equal (appended->str + 2, message);
          assert_string_equal (careplan_finding_get_message (finding), message);
          assert_ptr_equal (careplan_finding_get_message (finding), careplan_finding_get_message (finding));
        }
    }
}

/* --- rules --------------------------------------------------------------- */

static void
test_rule_strings (void **state)
{
  assert_string_equal (careplan_rule_kind_to_string (CAREPLAN_RULE_KIND_STATUTE), "statute");
  assert_string_equal (careplan_rule_kind_to_string (CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE), "statutory-guidance");
  assert_string_equal (careplan_rule_kind_to_string (CAREPLAN_RULE_KIND_DFE_DEFINITION), "dfe-definition");
  assert_string_equal (careplan_rule_kind_to_string (CAREPLAN_RULE_KIND_LOCAL_POLICY), "local-policy");

  assert_string_equal (careplan_confirmation_to_string (CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY), "CONFIRMED-PRIMARY");
  assert_string_equal (careplan_confirmation_to_string (CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY), "CONFIRMED-SECONDARY");
  assert_string_equal (careplan_confirmation_to_string (CAREPLAN_CONFIRMATION_VALIDATOR), "VALIDATOR");
  assert_string_equal (careplan_confirmation_to_string (CAREPLAN_CONFIRMATION_UNCONFIRMED), "UNCONFIRMED");
  assert_string_equal (careplan_confirmation_to_string (CAREPLAN_CONFIRMATION_LOCAL), "LOCAL");

  assert_string_equal (careplan_time_unit_to_string (CAREPLAN_TIME_UNIT_DAYS), "days");
  assert_string_equal (careplan_time_unit_to_string (CAREPLAN_TIME_UNIT_WEEKS), "weeks");
  assert_string_equal (careplan_time_unit_to_string (CAREPLAN_TIME_UNIT_MONTHS), "months");
  assert_string_equal (careplan_time_unit_to_string (CAREPLAN_TIME_UNIT_WORKING_DAYS), "working-days");
}

static void
test_rule_properties (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *rule = careplan_rulebook_lookup (rulebook, "cppcr-2010.reg28-2c.after-first-year");
  g_autofree char *id = NULL;
  g_autofree char *family = NULL;
  g_autofree char *title = NULL;
  g_autofree char *instrument = NULL;
  g_autofree char *provision = NULL;
  g_autofree char *url = NULL;
  CareplanRuleKind kind;
  CareplanConfirmation confirmation;
  guint from;
  guint until;
  const char * const *names;

  g_object_get (rule,
                "id", &id, "family", &family, "title", &title,
                "kind", &kind, "confirmation", &confirmation,
                "instrument", &instrument, "provision", &provision, "url", &url,
                "in-force-from", &from, "in-force-until", &until,
                NULL);
  assert_string_equal (id, "cppcr-2010.reg28-2c.after-first-year");
  assert_string_equal (family, "visits");
  assert_non_null (title);
  assert_int_equal (kind, CAREPLAN_RULE_KIND_STATUTE);
  assert_int_equal (confirmation, CAREPLAN_CONFIRMATION_UNCONFIRMED);
  assert_string_equal (instrument, "Care Planning, Placement and Case Review (England) Regulations 2010");
  assert_string_equal (provision, "regulation 28(2)(c)");
  assert_string_equal (url, "https://www.legislation.gov.uk/uksi/2010/959/regulation/28/made");
  assert_int_equal (from, cpt_date ("2011-04-01"));
  assert_int_equal (until, CAREPLAN_DATE_NONE);

  names = careplan_rule_get_parameter_names (rule);
  assert_int_equal (g_strv_length ((char **) names), 3);
  assert_string_equal (names[0], "first_year");
  assert_string_equal (names[1], "interval");
  assert_string_equal (names[2], "interval_long_term");
  assert_non_null (careplan_rule_get_parameter_description (rule, "interval_long_term"));
  assert_null (careplan_rule_get_parameter_description (rule, "nope"));
  assert_false (careplan_rule_get_parameter (rule, "nope", NULL, NULL));
}

static void
test_rule_copy_with_parameter (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *rule = careplan_rulebook_lookup (rulebook, "cppcr-2010.reg28-2c.after-first-year");
  g_autoptr(CareplanRule) copy = NULL;
  g_autoptr(CareplanRule) bad = NULL;
  g_autoptr(CareplanRule) negative = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) negative_error = NULL;
  int value;

  copy = careplan_rule_copy_with_parameter (rule, "interval", 28, &error);
  assert_null (error);
  assert_non_null (copy);
  assert_true (copy != rule);
  assert_true (careplan_rule_get_parameter (copy, "interval", &value, NULL));
  assert_int_equal (value, 28);
  assert_true (careplan_rule_get_parameter (copy, "interval_long_term", &value, NULL));
  assert_int_equal (value, 3);
  assert_true (careplan_rule_get_parameter (rule, "interval", &value, NULL));
  assert_int_equal (value, 42);
  assert_string_equal (careplan_rule_get_id (copy), careplan_rule_get_id (rule));
  assert_int_equal (careplan_rule_get_in_force_from (copy), careplan_rule_get_in_force_from (rule));

  bad = careplan_rule_copy_with_parameter (rule, "within", 3, &error);
  assert_null (bad);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_UNKNOWN_RULE));
  assert_non_null (strstr (error->message, "within"));
  assert_non_null (strstr (error->message, "cppcr-2010.reg28-2c.after-first-year"));

  negative = careplan_rule_copy_with_parameter (rule, "interval", -1, &negative_error);
  assert_null (negative);
  assert_non_null (negative_error);
}

/* --- rulebooks ----------------------------------------------------------- */

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u;", position, removed, added);
}

static void
test_rulebook_lookup_and_parameters (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) unknown_rule = NULL;
  g_autoptr(GError) unknown_parameter = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanRule) kept = NULL;
  g_autoptr(CareplanRule) replaced = NULL;
  const char *id = "cppcr-2010.reg28-2b.first-year-six-weekly";
  int value;

  assert_true (G_IS_LIST_MODEL (rulebook));
  assert_ptr_equal (careplan_rulebook_get_rules (rulebook), G_LIST_MODEL (rulebook));
  assert_int_equal (g_list_model_get_item_type (G_LIST_MODEL (rulebook)), CAREPLAN_TYPE_RULE);
  assert_null (careplan_rulebook_lookup (rulebook, "no.such.rule"));
  assert_null (g_list_model_get_item (G_LIST_MODEL (rulebook),
                                      g_list_model_get_n_items (G_LIST_MODEL (rulebook))));

  kept = g_object_ref (careplan_rulebook_lookup (rulebook, id));
  g_signal_connect (rulebook, "items-changed", G_CALLBACK (on_items_changed), log);

  /* Visits every 28 days: the rule is replaced in place. */
  assert_true (careplan_rulebook_set_parameter (rulebook, id, "interval", 28, &error));
  assert_null (error);
  assert_string_equal (log->str, "4-1+1;");
  replaced = g_list_model_get_item (G_LIST_MODEL (rulebook), 4);
  assert_ptr_equal (replaced, careplan_rulebook_lookup (rulebook, id));
  assert_true (replaced != kept);
  assert_true (careplan_rule_get_parameter (replaced, "interval", &value, NULL));
  assert_int_equal (value, 28);
  assert_true (careplan_rule_get_parameter (kept, "interval", &value, NULL));
  assert_int_equal (value, 42);

  assert_false (careplan_rulebook_set_parameter (rulebook, "no.such.rule", "interval", 28, &unknown_rule));
  assert_true (g_error_matches (unknown_rule, CAREPLAN_ERROR, CAREPLAN_ERROR_UNKNOWN_RULE));
  assert_non_null (strstr (unknown_rule->message, "no.such.rule"));
  assert_non_null (strstr (unknown_rule->message, "interval"));

  assert_false (careplan_rulebook_set_parameter (rulebook, id, "every", 28, &unknown_parameter));
  assert_true (g_error_matches (unknown_parameter, CAREPLAN_ERROR, CAREPLAN_ERROR_UNKNOWN_RULE));
  assert_non_null (strstr (unknown_parameter->message, id));
  assert_non_null (strstr (unknown_parameter->message, "every"));
  assert_string_equal (log->str, "4-1+1;");
}

static void
test_rulebook_add_and_remove (void **state)
{
  g_autoptr(CareplanRulebook) defaults = careplan_rulebook_new_default ();
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new ();
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(CareplanRule) first = NULL;
  guint n_defaults;

  g_signal_connect (rulebook, "items-changed", G_CALLBACK (on_items_changed), log);
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (rulebook)), 0);

  careplan_rulebook_add_rule (rulebook, careplan_rulebook_lookup (defaults, default_rule_ids[3]));
  careplan_rulebook_add_rule (rulebook, careplan_rulebook_lookup (defaults, default_rule_ids[0]));
  careplan_rulebook_add_rule (rulebook, careplan_rulebook_lookup (defaults, default_rule_ids[3]));
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (rulebook)), 2);
  first = g_list_model_get_item (G_LIST_MODEL (rulebook), 0);
  assert_string_equal (careplan_rule_get_id (first), default_rule_ids[3]);

  assert_true (careplan_rulebook_remove_rule (rulebook, default_rule_ids[3]));
  assert_null (careplan_rulebook_lookup (rulebook, default_rule_ids[3]));
  assert_false (careplan_rulebook_remove_rule (rulebook, default_rule_ids[3]));
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (rulebook)), 1);
  assert_non_null (careplan_rulebook_lookup (rulebook, default_rule_ids[0]));
  assert_string_equal (log->str, "0-0+1;1-0+1;0-1+0;");

  /* Removing from the default rulebook removes its findings. */
  n_defaults = g_list_model_get_n_items (G_LIST_MODEL (defaults));
  assert_true (careplan_rulebook_remove_rule (defaults, default_rule_ids[2]));
  assert_int_equal (g_list_model_get_n_items (G_LIST_MODEL (defaults)), n_defaults - 1);
}

/* --- findings ------------------------------------------------------------ */

static void
test_finding_status_strings (void **state)
{
  const char *names[] = { "met", "met-late", "due", "overdue", "not-applicable", "unknown" };
  CareplanFindingStatus status;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      assert_string_equal (careplan_finding_status_to_string (i), names[i]);
      assert_true (careplan_finding_status_from_string (names[i], &status));
      assert_int_equal (status, i);
    }
  assert_false (careplan_finding_status_from_string ("late", &status));
  assert_false (careplan_finding_status_from_string ("", &status));
}

static void
test_finding_properties (void **state)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(CareplanChild) child = busy_child ("E1");
  g_autoptr(GListModel) findings = evaluate (engine, child, "2025-01-23");
  g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, 0);
  g_autoptr(CareplanRule) rule = NULL;
  g_autofree char *child_id = NULL;
  g_autofree char *rule_id = NULL;
  g_autofree char *anchor_kind = NULL;
  g_autofree char *message = NULL;
  CareplanFindingStatus status;
  guint anchor_date, due, done;
  int days_late;

  g_object_get (finding,
                "child-id", &child_id, "rule", &rule, "rule-id", &rule_id,
                "status", &status, "anchor-kind", &anchor_kind,
                "anchor-date", &anchor_date, "due", &due, "done", &done,
                "days-late", &days_late, "message", &message,
                NULL);
  assert_string_equal (child_id, "E1");
  assert_string_equal (rule_id, default_rule_ids[0]);
  assert_ptr_equal (rule, careplan_finding_get_rule (finding));
  assert_int_equal (status, CAREPLAN_FINDING_STATUS_MET);
  assert_string_equal (anchor_kind, "became-looked-after");
  assert_int_equal (anchor_date, cpt_date ("2024-12-20"));
  assert_int_equal (due, cpt_date ("2025-01-22"));
  assert_int_equal (done, cpt_date ("2025-01-22"));
  assert_int_equal (days_late, CAREPLAN_FINDING_NO_DAYS_LATE);
  assert_string_equal (message, careplan_finding_get_message (finding));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_engine_defaults),
    cmocka_unit_test (test_engine_given_rulebook_and_calendar),
    cmocka_unit_test (test_engine_invalid_as_of),
    cmocka_unit_test (test_engine_incomplete_child),
    cmocka_unit_test (test_engine_finding_order),
    cmocka_unit_test (test_engine_as_of),
    cmocka_unit_test (test_engine_evaluate_all),
    cmocka_unit_test (test_engine_threads),
    cmocka_unit_test (test_obligation_timescale),
    cmocka_unit_test (test_obligation_judge),
    cmocka_unit_test (test_rule_strings),
    cmocka_unit_test (test_rule_properties),
    cmocka_unit_test (test_rule_copy_with_parameter),
    cmocka_unit_test (test_rulebook_lookup_and_parameters),
    cmocka_unit_test (test_rulebook_add_and_remove),
    cmocka_unit_test (test_finding_status_strings),
    cmocka_unit_test (test_finding_properties),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
