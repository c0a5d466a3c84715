/* test-rules-reviews.c: looked-after reviews (CPPCR 2010 reg 33)
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

#define FIRST "cppcr-2010.reg33-1.first-review"
#define SECOND "cppcr-2010.reg33-2.second-review"
#define SUBSEQUENT "cppcr-2010.reg33-2.subsequent-reviews"

/* A child looked after from @start, in one open foster placement. */
static CareplanChild *
looked_after_from (const char *start)
{
  return cpt_looked_after_from ("R1", CPT_DEFAULT_DATE_OF_BIRTH, start, "U3");
}

/* --- reg 33(1): first review ------------------------------------------- */

/* Worked example 1: 20 working days from Fri 20 Dec 2024 skip Christmas
 * Day, Boxing Day and New Year's Day: due Wed 22 Jan 2025. */
static void
test_first_review_christmas (void **state)
{
  struct { const char *review; const char *expected; } cases[] = {
    { "2025-01-21", "met became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-21 late=-" },
    { "2025-01-22", "met became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-22 late=-" },
    { "2025-01-23", "met-late became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-23 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2024-12-20");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, cases[i].review, NULL);
      findings = cpt_run (FIRST, child, "2025-03-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_first_review_message (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2024-12-20");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) late = NULL;
  g_autoptr(GPtrArray) missing = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-22", NULL);
  findings = cpt_run (FIRST, child, "2025-03-31");
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (findings, 0)),
                       "first review due 2025-01-22: 20 working days after becoming looked "
                       "after on 2024-12-20; held 2025-01-22");
  assert_string_equal (careplan_finding_get_child_id (cpt_finding_at (findings, 0)), "R1");
  assert_string_equal (careplan_finding_get_rule_id (cpt_finding_at (findings, 0)), FIRST);

  g_clear_object (&child);
  child = looked_after_from ("2024-12-20");
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-25", NULL);
  late = cpt_run (FIRST, child, "2025-03-31");
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (late, 0)),
                       "first review due 2025-01-22: 20 working days after becoming looked "
                       "after on 2024-12-20; held 2025-01-25 (3 days late)");

  g_clear_object (&child);
  child = looked_after_from ("2024-12-20");
  missing = cpt_run (FIRST, child, "2025-01-23");
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (missing, 0)),
                       "first review due 2025-01-22: 20 working days after becoming looked "
                       "after on 2024-12-20; none by 2025-01-23 (1 day late)");
}

/* No review: due up to and on the due date, overdue the day after. */
static void
test_first_review_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2024-12-20");
  g_autoptr(GPtrArray) before = cpt_run (FIRST, child, "2025-01-21");
  g_autoptr(GPtrArray) on = cpt_run (FIRST, child, "2025-01-22");
  g_autoptr(GPtrArray) after = cpt_run (FIRST, child, "2025-01-23");
  g_autoptr(GPtrArray) later = cpt_run (FIRST, child, "2025-03-31");

  cpt_assert_findings (before, "due became-looked-after@2024-12-20 due=2025-01-22 done=- late=-", NULL);
  cpt_assert_findings (on, "due became-looked-after@2024-12-20 due=2025-01-22 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue became-looked-after@2024-12-20 due=2025-01-22 done=- late=1", NULL);
  cpt_assert_findings (later, "overdue became-looked-after@2024-12-20 due=2025-01-22 done=- late=68", NULL);
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (before, 0)),
                       "first review due 2025-01-22: 20 working days after becoming looked "
                       "after on 2024-12-20; none yet at 2025-01-21");
}

/* Worked example 2: looked after from Sat 1 Mar 2025, counting starts
 * Mon 3 Mar: due Fri 28 Mar 2025. */
static void
test_first_review_saturday (void **state)
{
  struct { const char *review; const char *expected; } cases[] = {
    { "2025-03-27", "met became-looked-after@2025-03-01 due=2025-03-28 done=2025-03-27 late=-" },
    { "2025-03-28", "met became-looked-after@2025-03-01 due=2025-03-28 done=2025-03-28 late=-" },
    { "2025-03-29", "met-late became-looked-after@2025-03-01 due=2025-03-28 done=2025-03-29 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2025-03-01");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, cases[i].review, NULL);
      findings = cpt_run (FIRST, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* Worked example 17: from Mon 31 Mar 2025 over Easter: due Wed 30 Apr. */
static void
test_first_review_easter (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2025-03-31");
  g_autoptr(GPtrArray) findings = cpt_run (FIRST, child, "2025-04-30");

  cpt_assert_findings (findings, "due became-looked-after@2025-03-31 due=2025-04-30 done=- late=-", NULL);
}

/* A review on the day of becoming looked after counts; one the day
 * before belongs to no period of care and does not. */
static void
test_first_review_anchor_day (void **state)
{
  g_autoptr(CareplanChild) on_day = looked_after_from ("2024-12-20");
  g_autoptr(CareplanChild) day_before = looked_after_from ("2024-12-20");
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) before = NULL;

  cpt_add_events (on_day, CAREPLAN_EVENT_KIND_REVIEW, "2024-12-20", NULL);
  cpt_add_events (day_before, CAREPLAN_EVENT_KIND_REVIEW, "2024-12-19", NULL);
  on = cpt_run (FIRST, on_day, "2025-03-31");
  before = cpt_run (FIRST, day_before, "2025-03-31");

  cpt_assert_findings (on, "met became-looked-after@2024-12-20 due=2025-01-22 done=2024-12-20 late=-", NULL);
  cpt_assert_findings (before, "overdue became-looked-after@2024-12-20 due=2025-01-22 done=- late=68", NULL);
}

/* The as-of date hides later events: the review and the end of care. */
static void
test_first_review_as_of_hides_later_events (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("R1");
  g_autoptr(GPtrArray) early = NULL;
  g_autoptr(GPtrArray) late = NULL;

  cpt_add_episode (child, "2024-12-20", "2025-06-01", "S", "C2", "U3", "E13");
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-22", NULL);
  early = cpt_run (FIRST, child, "2025-01-21");
  late = cpt_run (FIRST, child, "2025-01-22");

  cpt_assert_findings (early, "due became-looked-after@2024-12-20 due=2025-01-22 done=- late=-", NULL);
  cpt_assert_findings (late, "met became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-22 late=-", NULL);
}

/* An episode starting after the as-of date is not seen at all. */
static void
test_first_review_future_period_unseen (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2025-03-01");
  g_autoptr(GPtrArray) findings = cpt_run (FIRST, child, "2025-02-28");

  cpt_assert_findings (findings, NULL);
}

/* Reg 33 lapses when the period of care ends on or before the due date
 * without a review: the obligation could no longer be met.  Due
 * 2025-02-03 (6 Jan + 20 WD). */
static void
test_first_review_lapses (void **state)
{
  struct { const char *end; const char *expected; } cases[] = {
    { "2025-02-02", NULL },
    { "2025-02-03", NULL },
    { "2025-02-04", "overdue became-looked-after@2025-01-06 due=2025-02-03 done=- late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("R1");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2025-01-06", cases[i].end, "S", "V2", "U3", "E13");
      findings = cpt_run (FIRST, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* The period ended after the due date: days late run to its end, not to
 * the as-of date, and the message says so. */
static void
test_first_review_overdue_until_end_of_period (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("R1");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-03-03", "S", "V2", "U3", "E13");
  findings = cpt_run (FIRST, child, "2025-06-30");

  cpt_assert_findings (findings, "overdue became-looked-after@2025-01-06 due=2025-02-03 done=- late=28", NULL);
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (findings, 0)),
                       "first review due 2025-02-03: 20 working days after becoming looked after "
                       "on 2025-01-06; none by the end of the period of care on 2025-03-03 "
                       "(28 days late)");
}

/* Beyond the calendar's bank holidays (2012-2028 in the built-in feed) a
 * working-day deadline is unknown, not guessed. */
static void
test_first_review_calendar_range (void **state)
{
  g_autoptr(CareplanChild) late_child = looked_after_from ("2028-12-01");
  g_autoptr(CareplanChild) inside_child = looked_after_from ("2028-11-25");
  g_autoptr(CareplanChild) early_child = looked_after_from ("2011-06-01");
  g_autoptr(GPtrArray) late = cpt_run (FIRST, late_child, "2029-03-01");
  g_autoptr(GPtrArray) inside = cpt_run (FIRST, inside_child, "2028-12-01");
  g_autoptr(GPtrArray) early = cpt_run (FIRST, early_child, "2011-12-31");
  const char *message;

  cpt_assert_findings (late, "unknown became-looked-after@2028-12-01 due=- done=- late=-", NULL);
  message = careplan_finding_get_message (cpt_finding_at (late, 0));
  assert_non_null (strstr (message, "2012-01-01 to 2028-12-31"));
  assert_non_null (strstr (message, "20 working days after becoming looked after on 2028-12-01"));

  cpt_assert_findings (inside, "due became-looked-after@2028-11-25 due=2028-12-22 done=- late=-", NULL);
  cpt_assert_findings (early, "unknown became-looked-after@2011-06-01 due=- done=- late=-", NULL);
}

/* CPPCR 2010 came into force on 1 April 2011. */
static void
test_first_review_in_force (void **state)
{
  g_autoptr(CareplanChild) before = looked_after_from ("2011-03-31");
  g_autoptr(CareplanChild) on = looked_after_from ("2012-04-02");
  g_autoptr(GPtrArray) before_findings = cpt_run (FIRST, before, "2012-12-31");
  g_autoptr(GPtrArray) on_findings = NULL;
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *rule = careplan_rulebook_lookup (rulebook, FIRST);

  cpt_assert_findings (before_findings, "not-applicable became-looked-after@2011-03-31 due=- done=- late=-", NULL);
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (before_findings, 0)),
                       "first review not applicable: becoming looked after on 2011-03-31 is "
                       "before regulation 33(1) came into force on 2011-04-01");

  assert_false (careplan_rule_is_in_force_on (rule, cpt_date ("2011-03-31")));
  assert_true (careplan_rule_is_in_force_on (rule, cpt_date ("2011-04-01")));
  assert_true (careplan_rule_is_in_force_on (rule, cpt_date ("2011-04-02")));

  on_findings = cpt_run (FIRST, on, "2012-04-02");
  assert_int_equal (on_findings->len, 1);
  assert_int_equal (careplan_finding_get_status (cpt_finding_at (on_findings, 0)),
                    CAREPLAN_FINDING_STATUS_DUE);
}

/* A policy can change the number of working days. */
static void
test_first_review_parameter (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(CareplanChild) child = looked_after_from ("2025-01-06");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-21", NULL);
  assert_true (careplan_rulebook_set_parameter (rulebook, FIRST, "working_days", 10, &error));
  assert_null (error);
  findings = cpt_run_rule (careplan_rulebook_lookup (rulebook, FIRST), child, "2025-03-31");
  cpt_assert_findings (findings, "met-late became-looked-after@2025-01-06 due=2025-01-20 done=2025-01-21 late=1", NULL);
  assert_non_null (strstr (careplan_finding_get_message (cpt_finding_at (findings, 0)), "10 working days"));
}

/* --- reg 33(2): second review ------------------------------------------ */

/* Worked example 3: first review on Sun 31 Aug 2025; 31 Nov does not
 * exist, so the second is due by 30 Nov 2025. */
static void
test_second_review_31_august (void **state)
{
  struct { const char *review; const char *expected; } cases[] = {
    { "2025-11-29", "met review@2025-08-31 due=2025-11-30 done=2025-11-29 late=-" },
    { "2025-11-30", "met review@2025-08-31 due=2025-11-30 done=2025-11-30 late=-" },
    { "2025-12-01", "met-late review@2025-08-31 due=2025-11-30 done=2025-12-01 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2025-08-04");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-08-31", cases[i].review, NULL);
      findings = cpt_run (SECOND, child, "2026-01-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_second_review_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2025-08-04");
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-08-31", NULL);
  on = cpt_run (SECOND, child, "2025-11-30");
  after = cpt_run (SECOND, child, "2025-12-01");

  cpt_assert_findings (on, "due review@2025-08-31 due=2025-11-30 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue review@2025-08-31 due=2025-11-30 done=- late=1", NULL);
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (on, 0)),
                       "second review due 2025-11-30: 3 months after the first review on "
                       "2025-08-31; none yet at 2025-11-30");
}

/* No first review, no second-review obligation yet: one finding (the
 * first review's) says what is owed. */
static void
test_second_review_needs_first (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2025-01-06");
  g_autoptr(GPtrArray) first = cpt_run (FIRST, child, "2025-12-31");
  g_autoptr(GPtrArray) second = cpt_run (SECOND, child, "2025-12-31");
  g_autoptr(GPtrArray) subsequent = cpt_run (SUBSEQUENT, child, "2025-12-31");

  assert_int_equal (first->len, 1);
  cpt_assert_findings (second, NULL);
  cpt_assert_findings (subsequent, NULL);
}

/* A late first review moves the second: the clock runs from the actual
 * date, and a late second review from its own actual date. */
static void
test_late_reviews_run_from_actual_dates (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2024-12-20");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) subsequent = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-31", "2025-05-10", NULL);
  first = cpt_run (FIRST, child, "2025-08-01");
  second = cpt_run (SECOND, child, "2025-08-01");
  subsequent = cpt_run (SUBSEQUENT, child, "2025-08-01");

  cpt_assert_findings (first, "met-late became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-31 late=9", NULL);
  cpt_assert_findings (second, "met-late review@2025-01-31 due=2025-04-30 done=2025-05-10 late=10", NULL);
  cpt_assert_findings (subsequent, "due review@2025-05-10 due=2025-11-10 done=- late=-", NULL);
}

/* --- reg 33(2): subsequent reviews ------------------------------------- */

/* Six months from the second review (30 Nov 2025 → 30 May 2026); the
 * third review then anchors the fourth. */
static void
test_subsequent_reviews_six_months (void **state)
{
  struct { const char *review; const char *expected; const char *next; } cases[] = {
    { "2026-05-29", "met review@2025-11-30 due=2026-05-30 done=2026-05-29 late=-",
      "due review@2026-05-29 due=2026-11-29 done=- late=-" },
    { "2026-05-30", "met review@2025-11-30 due=2026-05-30 done=2026-05-30 late=-",
      "due review@2026-05-30 due=2026-11-30 done=- late=-" },
    { "2026-05-31", "met-late review@2025-11-30 due=2026-05-30 done=2026-05-31 late=1",
      "due review@2026-05-31 due=2026-11-30 done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2025-08-04");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW,
                      "2025-08-31", "2025-11-30", cases[i].review, NULL);
      findings = cpt_run (SUBSEQUENT, child, "2026-06-30");
      cpt_assert_findings (findings, cases[i].expected, cases[i].next, NULL);
    }
}

/* 31 Aug + 6 months is 28 Feb, or 29 Feb in a leap year. */
static void
test_subsequent_reviews_end_of_february (void **state)
{
  g_autoptr(CareplanChild) common = looked_after_from ("2025-04-07");
  g_autoptr(CareplanChild) leap = looked_after_from ("2027-04-05");
  g_autoptr(GPtrArray) common_findings = NULL;
  g_autoptr(GPtrArray) leap_findings = NULL;

  cpt_add_events (common, CAREPLAN_EVENT_KIND_REVIEW, "2025-05-31", "2025-08-31", NULL);
  cpt_add_events (leap, CAREPLAN_EVENT_KIND_REVIEW, "2027-05-31", "2027-08-31", NULL);
  common_findings = cpt_run (SUBSEQUENT, common, "2026-01-01");
  leap_findings = cpt_run (SUBSEQUENT, leap, "2028-01-01");

  cpt_assert_findings (common_findings, "due review@2025-08-31 due=2026-02-28 done=- late=-", NULL);
  cpt_assert_findings (leap_findings, "due review@2027-08-31 due=2028-02-29 done=- late=-", NULL);
}

/* Each review from the second on anchors the next; the chain stops at the
 * first one not held, with one finding. */
static void
test_subsequent_reviews_chain (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2024-12-20");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW,
                  "2025-01-22", "2025-04-15", "2025-09-01", "2026-03-20", NULL);
  findings = cpt_run (SUBSEQUENT, child, "2027-01-01");

  cpt_assert_findings (findings,
                       "met review@2025-04-15 due=2025-10-15 done=2025-09-01 late=-",
                       "met-late review@2025-09-01 due=2026-03-01 done=2026-03-20 late=19",
                       "overdue review@2026-03-20 due=2026-09-20 done=- late=103",
                       NULL);
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (findings, 2)),
                       "review due 2026-09-20: 6 months after the review on 2026-03-20; "
                       "none by 2027-01-01 (103 days late)");
}

/* An early review (reg 33(3)) restarts the six-month clock. */
static void
test_early_review_restarts_clock (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2024-12-20");
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) subsequent = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-22", "2025-03-01", "2025-04-10", NULL);
  second = cpt_run (SECOND, child, "2025-05-01");
  subsequent = cpt_run (SUBSEQUENT, child, "2025-05-01");

  cpt_assert_findings (second, "met review@2025-01-22 due=2025-04-22 done=2025-03-01 late=-", NULL);
  cpt_assert_findings (subsequent,
                       "met review@2025-03-01 due=2025-09-01 done=2025-04-10 late=-",
                       "due review@2025-04-10 due=2025-10-10 done=- late=-",
                       NULL);
}

/* Two reviews on one day: the second of them satisfies the next
 * obligation (the anchor never satisfies its own successor). */
static void
test_same_day_reviews (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2024-12-20");
  g_autoptr(GPtrArray) second = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-22", "2025-01-22", NULL);
  second = cpt_run (SECOND, child, "2025-02-01");

  cpt_assert_findings (second, "met review@2025-01-22 due=2025-04-22 done=2025-01-22 late=-", NULL);
}

/* --- periods of care ---------------------------------------------------- */

/* A new period of care after a break restarts the clock; a review after
 * the break belongs to the new period.  The first period's second review
 * was never held: overdue until the period ended. */
static void
test_break_in_care (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("R1");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) subsequent = NULL;

  cpt_add_episode (child, "2024-01-08", "2024-06-01", "S", "V2", "U3", "E13");
  cpt_add_episode (child, "2024-09-02", NULL, "S", "C2", "U3", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2024-02-01", "2024-09-20", NULL);
  first = cpt_run (FIRST, child, "2024-10-31");
  second = cpt_run (SECOND, child, "2024-10-31");
  subsequent = cpt_run (SUBSEQUENT, child, "2024-10-31");

  cpt_assert_findings (first,
                       "met became-looked-after@2024-01-08 due=2024-02-05 done=2024-02-01 late=-",
                       "met became-looked-after@2024-09-02 due=2024-09-30 done=2024-09-20 late=-",
                       NULL);
  cpt_assert_findings (second,
                       "overdue review@2024-02-01 due=2024-05-01 done=- late=31",
                       "due review@2024-09-20 due=2024-12-20 done=- late=-",
                       NULL);
  cpt_assert_findings (subsequent, NULL);
}

/* Episodes chained with REC X1 make one period of care: a placement move
 * does not restart the review clock. */
static void
test_move_within_period (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("R1");
  g_autoptr(GPtrArray) first = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-01-20", "S", "V2", "U3", "X1");
  cpt_add_episode (child, "2025-01-20", NULL, "P", "V2", "U4", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
  first = cpt_run (FIRST, child, "2025-03-01");

  cpt_assert_findings (first, "met became-looked-after@2025-01-06 due=2025-02-03 done=2025-02-03 late=-", NULL);
}

/* Short breaks follow reg 48: one not-applicable finding per rule and
 * period of care. */
static void
test_short_breaks_not_applicable (void **state)
{
  const char *rules[] = { FIRST, SECOND, SUBSEQUENT };
  g_autoptr(CareplanChild) child = cpt_child_new ("R1");
  guint i;

  cpt_add_episode (child, "2025-01-06", "2025-01-10", "S", "V3", "U3", "E13");
  cpt_add_episode (child, "2025-02-03", "2025-02-07", "S", "V3", "U3", "E13");
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-04-01", NULL);

  for (i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GPtrArray) findings = cpt_run (rules[i], child, "2025-12-31");

      cpt_assert_findings (findings,
                           "not-applicable became-looked-after@2025-01-06 due=- done=- late=-",
                           "not-applicable became-looked-after@2025-02-03 due=- done=- late=-",
                           NULL);
      assert_non_null (strstr (careplan_finding_get_message (cpt_finding_at (findings, 0)),
                               "regulation 48"));
    }
}

/* Anchors before 1 April 2011 are not applicable, once per run; the chain
 * goes on from the first anchor in force. */
static void
test_subsequent_reviews_in_force (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2010-06-01");
  g_autoptr(GPtrArray) second = NULL;
  g_autoptr(GPtrArray) subsequent = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW,
                  "2010-07-01", "2010-10-01", "2011-03-15", "2011-09-01", NULL);
  second = cpt_run (SECOND, child, "2012-01-01");
  subsequent = cpt_run (SUBSEQUENT, child, "2012-01-01");

  cpt_assert_findings (second, "not-applicable review@2010-07-01 due=- done=- late=-", NULL);
  cpt_assert_findings (subsequent,
                       "not-applicable review@2010-10-01 due=- done=- late=-",
                       "due review@2011-09-01 due=2012-03-01 done=- late=-",
                       NULL);
}

/* --- the rules themselves ---------------------------------------------- */

static void
test_review_definitions (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *first = careplan_rulebook_lookup (rulebook, FIRST);
  CareplanRule *second = careplan_rulebook_lookup (rulebook, SECOND);
  CareplanRule *subsequent = careplan_rulebook_lookup (rulebook, SUBSEQUENT);
  CareplanTimeUnit unit;
  int value;

  assert_string_equal (careplan_rule_get_family (first), "reviews");
  assert_int_equal (careplan_rule_get_kind (first), CAREPLAN_RULE_KIND_STATUTE);
  assert_int_equal (careplan_rule_get_confirmation (first), CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY);
  assert_int_equal (careplan_rule_get_confirmation (second), CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY);
  assert_int_equal (careplan_rule_get_confirmation (subsequent), CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY);
  assert_string_equal (careplan_rule_get_provision (first), "regulation 33(1)");
  assert_string_equal (careplan_rule_get_provision (second), "regulation 33(2)");
  assert_non_null (strstr (careplan_rule_get_url (first), "legislation.gov.uk/"));
  assert_non_null (strstr (careplan_rule_get_url (first), "uksi/2010/959"));
  assert_int_equal (careplan_rule_get_in_force_from (first), cpt_date ("2011-04-01"));
  assert_int_equal (careplan_rule_get_in_force_until (first), CAREPLAN_DATE_NONE);

  assert_true (careplan_rule_get_parameter (first, "working_days", &value, &unit));
  assert_int_equal (value, 20);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_WORKING_DAYS);
  assert_true (careplan_rule_get_parameter (second, "interval", &value, &unit));
  assert_int_equal (value, 3);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_MONTHS);
  assert_true (careplan_rule_get_parameter (subsequent, "interval", &value, &unit));
  assert_int_equal (value, 6);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_MONTHS);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_first_review_christmas),
    cmocka_unit_test (test_first_review_message),
    cmocka_unit_test (test_first_review_due_then_overdue),
    cmocka_unit_test (test_first_review_saturday),
    cmocka_unit_test (test_first_review_easter),
    cmocka_unit_test (test_first_review_anchor_day),
    cmocka_unit_test (test_first_review_as_of_hides_later_events),
    cmocka_unit_test (test_first_review_future_period_unseen),
    cmocka_unit_test (test_first_review_lapses),
    cmocka_unit_test (test_first_review_overdue_until_end_of_period),
    cmocka_unit_test (test_first_review_calendar_range),
    cmocka_unit_test (test_first_review_in_force),
    cmocka_unit_test (test_first_review_parameter),
    cmocka_unit_test (test_second_review_31_august),
    cmocka_unit_test (test_second_review_due_then_overdue),
    cmocka_unit_test (test_second_review_needs_first),
    cmocka_unit_test (test_late_reviews_run_from_actual_dates),
    cmocka_unit_test (test_subsequent_reviews_six_months),
    cmocka_unit_test (test_subsequent_reviews_end_of_february),
    cmocka_unit_test (test_subsequent_reviews_chain),
    cmocka_unit_test (test_early_review_restarts_clock),
    cmocka_unit_test (test_same_day_reviews),
    cmocka_unit_test (test_break_in_care),
    cmocka_unit_test (test_move_within_period),
    cmocka_unit_test (test_short_breaks_not_applicable),
    cmocka_unit_test (test_subsequent_reviews_in_force),
    cmocka_unit_test (test_review_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
