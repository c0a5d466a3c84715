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

/* --- helpers ----------------------------------------------------------- */

static CareplanDate
date_of (const char *iso)
{
  g_autoptr(GError) error = NULL;
  CareplanDate date = careplan_date_parse_iso (iso, &error);

  if (error != NULL)
    fail_msg ("bad test date %s: %s", iso, error->message);
  return date;
}

static CareplanChild *
child_new (const char *id)
{
  CareplanChild *child = careplan_child_new (id);

  careplan_child_set_date_of_birth (child, date_of ("2012-06-15"));
  return child;
}

static GPtrArray *
run_rule_with (CareplanRule     *rule,
               CareplanChild    *child,
               const char       *as_of,
               CareplanCalendar *calendar)
{
  CareplanDate day = date_of (as_of);
  g_autoptr(CareplanChildIndex) index = careplan_child_index_new (child, day);
  CareplanEvaluation evaluation = {
    .child = child,
    .index = index,
    .calendar = calendar,
    .as_of = day,
    .leap_day_policy = CAREPLAN_LEAP_DAY_POLICY_MARCH_1,
  };
  GPtrArray *findings = g_ptr_array_new_with_free_func (g_object_unref);

  careplan_rule_evaluate (rule, &evaluation, findings);
  return findings;
}

static GPtrArray *
run_rule (CareplanRule  *rule,
          CareplanChild *child,
          const char    *as_of)
{
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();

  return run_rule_with (rule, child, as_of, calendar);
}

static CareplanRule *
lookup (CareplanRulebook *rulebook,
        const char       *rule_id)
{
  CareplanRule *rule = careplan_rulebook_lookup (rulebook, rule_id);

  if (rule == NULL)
    fail_msg ("no rule %s", rule_id);
  return rule;
}

static GPtrArray *
run (const char    *rule_id,
     CareplanChild *child,
     const char    *as_of)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();

  return run_rule (lookup (rulebook, rule_id), child, as_of);
}

static GPtrArray *
run_with_parameter (const char    *rule_id,
                    const char    *name,
                    int            value,
                    CareplanChild *child,
                    const char    *as_of)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanRule) rule = careplan_rule_copy_with_parameter (lookup (rulebook, rule_id),
                                                                    name, value, &error);

  assert_null (error);
  return run_rule (rule, child, as_of);
}

static char *
iso_or_dash (CareplanDate date)
{
  return date == CAREPLAN_DATE_NONE ? g_strdup ("-") : careplan_date_to_iso (date);
}

/* "met placement-start@2025-12-19 due=2025-12-30 done=2025-12-30 late=-" */
static char *
summarize (CareplanFinding *finding)
{
  g_autofree char *anchor = iso_or_dash (careplan_finding_get_anchor_date (finding));
  g_autofree char *due = iso_or_dash (careplan_finding_get_due (finding));
  g_autofree char *done = iso_or_dash (careplan_finding_get_done (finding));
  g_autofree char *late = NULL;

  if (careplan_finding_get_days_late (finding) == CAREPLAN_FINDING_NO_DAYS_LATE)
    late = g_strdup ("-");
  else
    late = g_strdup_printf ("%d", careplan_finding_get_days_late (finding));

  return g_strdup_printf ("%s %s@%s due=%s done=%s late=%s",
                          careplan_finding_status_to_string (careplan_finding_get_status (finding)),
                          careplan_finding_get_anchor_kind (finding),
                          anchor, due, done, late);
}

/* Compares @findings with the NULL-terminated summaries that follow. */
static void
assert_findings (GPtrArray *findings,
                 ...)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GString) actual = g_string_new (NULL);
  gboolean same;
  const char *line;
  va_list args;
  guint i;

  va_start (args, findings);
  while ((line = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (expected, (gpointer) line);
  va_end (args);

  same = expected->len == findings->len;
  for (i = 0; i < findings->len; i++)
    {
      g_autofree char *summary = summarize (findings->pdata[i]);

      g_string_append_printf (actual, "  %s\n", summary);
      if (same && !g_str_equal (summary, expected->pdata[i]))
        same = FALSE;
    }

  if (!same)
    {
      g_autoptr(GString) wanted = g_string_new (NULL);

      for (i = 0; i < expected->len; i++)
        g_string_append_printf (wanted, "  %s\n", (const char *) expected->pdata[i]);
      fail_msg ("findings differ\nexpected:\n%sactual:\n%s", wanted->str, actual->str);
    }
}

static const char *
message_of (GPtrArray *findings,
            guint      i)
{
  assert_true (i < findings->len);
  return careplan_finding_get_message (findings->pdata[i]);
}

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
                                                       date_of (start));

  if (end != NULL)
    careplan_event_set_end (event, date_of (end));
  if (interview != NULL)
    careplan_event_set_date_field (event, "return_interview", date_of (interview));
  careplan_event_set_flag (event, offered);
  careplan_event_set_detail (event, code);
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
      g_autoptr(CareplanChild) child = child_new ("X1");
      g_autoptr(GPtrArray) findings = NULL;

      add_missing (child, "2025-11-12", "2025-11-14", cases[i].interview, CAREPLAN_TRISTATE_UNSET, "M");
      findings = run (RETURN_INTERVIEW, child, "2025-11-30");
      assert_findings (findings, cases[i].expected, NULL);
      if (i == 1)
        assert_string_equal (message_of (findings, 0),
                             "return interview due 2025-11-17: 3 days after the return on "
                             "2025-11-14; held 2025-11-17");
    }
}

static void
test_return_interview_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = child_new ("X1");
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;

  add_missing (child, "2025-11-12", "2025-11-14", NULL, CAREPLAN_TRISTATE_NO, NULL);
  on = run (RETURN_INTERVIEW, child, "2025-11-17");
  after = run (RETURN_INTERVIEW, child, "2025-11-18");
  assert_findings (on, "due missing-return@2025-11-14 due=2025-11-17 done=- late=-", NULL);
  assert_findings (after, "overdue missing-return@2025-11-14 due=2025-11-17 done=- late=1", NULL);
}

/* Still missing at the as-of date (no end, or an end after it): nothing is
 * owed yet. */
static void
test_return_interview_not_yet_returned (void **state)
{
  g_autoptr(CareplanChild) open = child_new ("X1");
  g_autoptr(CareplanChild) later = child_new ("X2");
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) hidden = NULL;
  g_autoptr(GPtrArray) seen = NULL;

  add_missing (open, "2025-11-12", NULL, NULL, CAREPLAN_TRISTATE_UNSET, "M");
  none = run (RETURN_INTERVIEW, open, "2025-11-30");
  assert_findings (none, NULL);

  add_missing (later, "2025-11-12", "2025-11-20", NULL, CAREPLAN_TRISTATE_UNSET, "M");
  hidden = run (RETURN_INTERVIEW, later, "2025-11-19");
  seen = run (RETURN_INTERVIEW, later, "2025-11-20");
  assert_findings (hidden, NULL);
  assert_findings (seen, "due missing-return@2025-11-20 due=2025-11-23 done=- late=-", NULL);
}

/* Offered but not held (declined): met, with no done date, by default. */
static void
test_return_interview_offered (void **state)
{
  g_autoptr(CareplanChild) child = child_new ("X1");
  g_autoptr(CareplanChild) held_late = child_new ("X2");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) strict = NULL;
  g_autoptr(GPtrArray) judged = NULL;

  add_missing (child, "2025-11-12", "2025-11-14", NULL, CAREPLAN_TRISTATE_YES, "M");
  findings = run (RETURN_INTERVIEW, child, "2025-11-30");
  assert_findings (findings, "met missing-return@2025-11-14 due=2025-11-17 done=- late=-", NULL);
  assert_string_equal (message_of (findings, 0),
                       "return interview due 2025-11-17: 3 days after the return on 2025-11-14; "
                       "offered, with no interview recorded (declined or not held; the offer's "
                       "date is not recorded)");

  strict = run_with_parameter (RETURN_INTERVIEW, "offered_counts", 0, child, "2025-11-30");
  assert_findings (strict, "overdue missing-return@2025-11-14 due=2025-11-17 done=- late=13", NULL);

  /* An interview date is judged on its own. */
  add_missing (held_late, "2025-11-12", "2025-11-14", "2025-11-20", CAREPLAN_TRISTATE_YES, "M");
  judged = run (RETURN_INTERVIEW, held_late, "2025-11-30");
  assert_findings (judged, "met-late missing-return@2025-11-14 due=2025-11-17 done=2025-11-20 late=3", NULL);
}

/* Away from placement without authorisation (A) is not missing, unless
 * the policy says so. */
static void
test_return_interview_away (void **state)
{
  g_autoptr(CareplanChild) child = child_new ("X1");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) included = NULL;

  add_missing (child, "2025-11-12", "2025-11-14", NULL, CAREPLAN_TRISTATE_UNSET, "A");
  add_missing (child, "2025-11-21", "2025-11-22", "2025-11-24", CAREPLAN_TRISTATE_UNSET, "M");
  findings = run (RETURN_INTERVIEW, child, "2025-11-30");
  assert_findings (findings,
                   "not-applicable missing-return@2025-11-14 due=- done=- late=-",
                   "met missing-return@2025-11-22 due=2025-11-25 done=2025-11-24 late=-",
                   NULL);
  assert_non_null (strstr (message_of (findings, 0), "away from placement"));

  included = run_with_parameter (RETURN_INTERVIEW, "include_away", 1, child, "2025-11-30");
  assert_findings (included,
                   "overdue missing-return@2025-11-14 due=2025-11-17 done=- late=13",
                   "met missing-return@2025-11-22 due=2025-11-25 done=2025-11-24 late=-",
                   NULL);
}

/* days = 2: only interviews certainly within 72 hours. */
static void
test_return_interview_days_parameter (void **state)
{
  g_autoptr(CareplanChild) child = child_new ("X1");
  g_autoptr(GPtrArray) findings = NULL;

  add_missing (child, "2025-11-12", "2025-11-14", "2025-11-17", CAREPLAN_TRISTATE_UNSET, "M");
  findings = run_with_parameter (RETURN_INTERVIEW, "days", 2, child, "2025-11-30");
  assert_findings (findings, "met-late missing-return@2025-11-14 due=2025-11-16 done=2025-11-17 late=1", NULL);
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
      g_autoptr(CareplanChild) child = child_new ("X1");
      g_autoptr(CareplanChild) offered = child_new ("X2");
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(GPtrArray) offer = NULL;

      add_missing (child, "2013-12-30", cases[i].returned, "2014-01-02", CAREPLAN_TRISTATE_UNSET, "M");
      findings = run (RETURN_INTERVIEW, child, "2014-01-31");
      assert_findings (findings, cases[i].expected, NULL);

      /* The offered path checks the in-force date too. */
      add_missing (offered, "2013-12-30", cases[i].returned, NULL, CAREPLAN_TRISTATE_YES, "M");
      offer = run (RETURN_INTERVIEW, offered, "2014-01-31");
      assert_int_equal (careplan_finding_get_status (offer->pdata[0]),
                        i == 0 ? CAREPLAN_FINDING_STATUS_NOT_APPLICABLE : CAREPLAN_FINDING_STATUS_MET);
    }
}

static void
test_definition (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *rule = lookup (rulebook, RETURN_INTERVIEW);
  CareplanTimeUnit unit;
  int value;

  assert_string_equal (careplan_rule_get_family (rule), "missing");
  assert_int_equal (careplan_rule_get_kind (rule), CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE);
  assert_int_equal (careplan_rule_get_confirmation (rule), CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY);
  assert_string_equal (careplan_rule_get_url (rule),
                       "https://www.gov.uk/government/publications/children-who-run-away-or-go-missing-from-home-or-care");
  assert_int_equal (careplan_rule_get_in_force_from (rule), date_of ("2014-01-01"));
  assert_true (careplan_rule_get_parameter (rule, "days", &value, &unit));
  assert_int_equal (value, 3);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_DAYS);
  assert_true (careplan_rule_get_parameter (rule, "offered_counts", &value, &unit));
  assert_int_equal (value, 1);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_COUNT);
  assert_true (careplan_rule_get_parameter (rule, "include_away", &value, &unit));
  assert_int_equal (value, 0);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_COUNT);
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
    cmocka_unit_test (test_definition),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
