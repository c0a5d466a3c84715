/* test-rules-missing.c: return interviews after a missing episode (DfE
 * statutory guidance on children who run away or go missing, 2014)
 *
 * Each boundary is tested on the day before, on and after it.  Findings
 * are compared as one-line summaries so that a failure prints the whole
 * list the rule gave.
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

#define RETURN_INTERVIEW "guidance.missing-2014.return-interview-72h"

/* A missing episode from @start to @end (NULL: still missing), with the
 * return interview on @interview (NULL: none), offered as @offered. */
static void
add_missing (CareplanChild    *child,
             const char       *start,
             const char       *end,
             const char       *interview,
             CareplanTristate  offered,
             const char       *code)
{
  g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_MISSING_EPISODE,
                                                       cpt_date (start));

  if (end != NULL)
    careplan_event_set_end (event, cpt_date (end));
  if (interview != NULL)
    careplan_event_set_date_field (event, "return_interview", cpt_date (interview));
  careplan_event_set_return_interview_offered (event, offered);
  careplan_event_set_sub_kind (event, code);
  careplan_child_add_event (child, event);
}

/* Worked example 20: back at 21:30 on Fri 14 Nov 2025; with dates only the
 * interview is due by Mon 17 Nov 2025. */
static void
test_return_interview_boundary (void **state)
{
  struct { const char *interview; const char *expected; } cases[] = {
    { "2025-11-16", "met missing-return@2025-11-14 due=2025-11-17 done=2025-11-16 late=-" },
    { "2025-11-17", "met missing-return@2025-11-14 due=2025-11-17 done=2025-11-17 late=-" },
    { "2025-11-18", "met-late missing-return@2025-11-14 due=2025-11-17 done=2025-11-18 late=1" },
    /* dated before the return: not an interview after it */
    { "2025-11-13", "overdue missing-return@2025-11-14 due=2025-11-17 done=- late=13" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("X1");
      g_autoptr(GPtrArray) findings = NULL;

      add_missing (child, "2025-11-12", "2025-11-14", cases[i].interview, CAREPLAN_TRISTATE_UNSET, "M");
      findings = cpt_run (RETURN_INTERVIEW, child, "2025-11-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      if (i == 1)
        assert_string_equal (cpt_message_at (findings, 0),
                             "return interview due 2025-11-17: 3 days after the return on "
                             "2025-11-14; held 2025-11-17");
    }
}

static void
test_return_interview_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("X1");
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;

  add_missing (child, "2025-11-12", "2025-11-14", NULL, CAREPLAN_TRISTATE_NO, NULL);
  on = cpt_run (RETURN_INTERVIEW, child, "2025-11-17");
  after = cpt_run (RETURN_INTERVIEW, child, "2025-11-18");
  cpt_assert_findings (on, "due missing-return@2025-11-14 due=2025-11-17 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue missing-return@2025-11-14 due=2025-11-17 done=- late=1", NULL);
}

/* Still missing at the as-of date (no end, or an end after it): nothing is
 * owed yet. */
static void
test_return_interview_not_yet_returned (void **state)
{
  g_autoptr(CareplanChild) open = cpt_child_new ("X1");
  g_autoptr(CareplanChild) later = cpt_child_new ("X2");
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) hidden = NULL;
  g_autoptr(GPtrArray) seen = NULL;

  add_missing (open, "2025-11-12", NULL, NULL, CAREPLAN_TRISTATE_UNSET, "M");
  none = cpt_run (RETURN_INTERVIEW, open, "2025-11-30");
  cpt_assert_findings (none, NULL);

  add_missing (later, "2025-11-12", "2025-11-20", NULL, CAREPLAN_TRISTATE_UNSET, "M");
  hidden = cpt_run (RETURN_INTERVIEW, later, "2025-11-19");
  seen = cpt_run (RETURN_INTERVIEW, later, "2025-11-20");
  cpt_assert_findings (hidden, NULL);
  cpt_assert_findings (seen, "due missing-return@2025-11-20 due=2025-11-23 done=- late=-", NULL);
}

/* Offered but not held (declined): met, with no done date, by default. */
static void
test_return_interview_offered (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("X1");
  g_autoptr(CareplanChild) held_late = cpt_child_new ("X2");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) strict = NULL;
  g_autoptr(GPtrArray) judged = NULL;

  add_missing (child, "2025-11-12", "2025-11-14", NULL, CAREPLAN_TRISTATE_YES, "M");
  findings = cpt_run (RETURN_INTERVIEW, child, "2025-11-30");
  cpt_assert_findings (findings, "met missing-return@2025-11-14 due=2025-11-17 done=- late=-", NULL);
  assert_string_equal (cpt_message_at (findings, 0),
                       "return interview due 2025-11-17: 3 days after the return on 2025-11-14; "
                       "offered, with no interview recorded (declined or not held; the offer's "
                       "date is not recorded)");

  strict = cpt_run_with_parameter (RETURN_INTERVIEW, "offered_counts", 0, child, "2025-11-30");
  cpt_assert_findings (strict, "overdue missing-return@2025-11-14 due=2025-11-17 done=- late=13", NULL);

  /* An interview date is judged on its own. */
  add_missing (held_late, "2025-11-12", "2025-11-14", "2025-11-20", CAREPLAN_TRISTATE_YES, "M");
  judged = cpt_run (RETURN_INTERVIEW, held_late, "2025-11-30");
  cpt_assert_findings (judged, "met-late missing-return@2025-11-14 due=2025-11-17 done=2025-11-20 late=3", NULL);
}

/* Away from placement without authorisation (A) is not missing, unless
 * the policy says so. */
static void
test_return_interview_away (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("X1");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) included = NULL;

  add_missing (child, "2025-11-12", "2025-11-14", NULL, CAREPLAN_TRISTATE_UNSET, "A");
  add_missing (child, "2025-11-21", "2025-11-22", "2025-11-24", CAREPLAN_TRISTATE_UNSET, "M");
  findings = cpt_run (RETURN_INTERVIEW, child, "2025-11-30");
  cpt_assert_findings (findings,
                       "not-applicable missing-return@2025-11-14 due=- done=- late=-",
                       "met missing-return@2025-11-22 due=2025-11-25 done=2025-11-24 late=-",
                       NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "away from placement"));

  included = cpt_run_with_parameter (RETURN_INTERVIEW, "include_away", 1, child, "2025-11-30");
  cpt_assert_findings (included,
                       "overdue missing-return@2025-11-14 due=2025-11-17 done=- late=13",
                       "met missing-return@2025-11-22 due=2025-11-25 done=2025-11-24 late=-",
                       NULL);
}

/* days = 2: only interviews certainly within 72 hours. */
static void
test_return_interview_days_parameter (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("X1");
  g_autoptr(GPtrArray) findings = NULL;

  add_missing (child, "2025-11-12", "2025-11-14", "2025-11-17", CAREPLAN_TRISTATE_UNSET, "M");
  findings = cpt_run_with_parameter (RETURN_INTERVIEW, "days", 2, child, "2025-11-30");
  cpt_assert_findings (findings, "met-late missing-return@2025-11-14 due=2025-11-16 done=2025-11-17 late=1", NULL);
}

/* The guidance is dated January 2014: returns from 1 January 2014. */
static void
test_return_interview_in_force (void **state)
{
  struct { const char *returned; const char *expected; } cases[] = {
    { "2013-12-31", "not-applicable missing-return@2013-12-31 due=- done=- late=-" },
    { "2014-01-01", "met missing-return@2014-01-01 due=2014-01-04 done=2014-01-02 late=-" },
    { "2014-01-02", "met missing-return@2014-01-02 due=2014-01-05 done=2014-01-02 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("X1");
      g_autoptr(CareplanChild) offered = cpt_child_new ("X2");
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(GPtrArray) offer = NULL;

      add_missing (child, "2013-12-30", cases[i].returned, "2014-01-02", CAREPLAN_TRISTATE_UNSET, "M");
      findings = cpt_run (RETURN_INTERVIEW, child, "2014-01-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);

      /* The offered path checks the in-force date too. */
      add_missing (offered, "2013-12-30", cases[i].returned, NULL, CAREPLAN_TRISTATE_YES, "M");
      offer = cpt_run (RETURN_INTERVIEW, offered, "2014-01-31");
      assert_int_equal (careplan_finding_get_status (offer->pdata[0]),
                        i == 0 ? CAREPLAN_FINDING_STATUS_NOT_APPLICABLE : CAREPLAN_FINDING_STATUS_MET);
    }
}

/* A return dated before the episode began is bad data (validation says
 * so): like any anchor date before its event's own, it owes nothing.  An
 * interview dated after the as-of date is not known yet: an offer meets
 * the obligation meanwhile. */
static void
test_return_interview_bad_and_future_dates (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("X1");
  g_autoptr(GPtrArray) findings = NULL;

  add_missing (child, "2025-11-05", "2025-11-04", NULL, CAREPLAN_TRISTATE_UNSET, "M");
  add_missing (child, "2025-11-12", "2025-11-14", "2025-12-20", CAREPLAN_TRISTATE_YES, "M");
  add_missing (child, "2025-11-20", "2025-11-21", "2025-12-20", CAREPLAN_TRISTATE_NO, "M");
  findings = cpt_run (RETURN_INTERVIEW, child, "2025-11-30");
  cpt_assert_findings (findings,
                       "met missing-return@2025-11-14 due=2025-11-17 done=- late=-",
                       "overdue missing-return@2025-11-21 due=2025-11-24 done=- late=6",
                       NULL);
}

static void
test_definition (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *rule = cpt_lookup_rule (rulebook, RETURN_INTERVIEW);
  CareplanTimeUnit unit;
  int value;

  assert_string_equal (careplan_rule_get_family (rule), "missing");
  assert_int_equal (careplan_rule_get_kind (rule), CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE);
  assert_int_equal (careplan_rule_get_confirmation (rule), CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY);
  assert_string_equal (careplan_rule_get_url (rule),
                       "https://www.gov.uk/government/publications/children-who-run-away-or-go-missing-from-home-or-care");
  assert_int_equal (careplan_rule_get_in_force_from (rule), cpt_date ("2014-01-01"));
  assert_true (careplan_rule_get_parameter (rule, "days", &value, &unit));
  assert_int_equal (value, 3);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_DAYS);
  assert_true (careplan_rule_get_parameter (rule, "offered_counts", &value, &unit));
  assert_int_equal (value, 1);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_COUNT);
  assert_true (careplan_rule_get_parameter (rule, "include_away", &value, &unit));
  assert_int_equal (value, 0);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_COUNT);

  /* A row: the catalogue shows its shape, generated from it. */
  {
    g_autofree char *shape = careplan_rule_dup_shape (rule);

    assert_non_null (shape);
    assert_string_equal (shape,
                         "for each missing episode: return interview within 3 days (`days`) after the "
                         "return, met by the missing episode's own `return_interview` date, or, while "
                         "`offered_counts` is 1, `met` with no done date when the missing episode's own "
                         "yes/no fact says so (\"offered, with no interview recorded (declined or not "
                         "held; the offer's date is not recorded)\"); a missing episode of kind `A` is "
                         "not applicable unless `include_away` is 1");
  }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_return_interview_boundary),
    cmocka_unit_test (test_return_interview_due_then_overdue),
    cmocka_unit_test (test_return_interview_not_yet_returned),
    cmocka_unit_test (test_return_interview_offered),
    cmocka_unit_test (test_return_interview_away),
    cmocka_unit_test (test_return_interview_days_parameter),
    cmocka_unit_test (test_return_interview_in_force),
    cmocka_unit_test (test_return_interview_bad_and_future_dates),
    cmocka_unit_test (test_definition),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
