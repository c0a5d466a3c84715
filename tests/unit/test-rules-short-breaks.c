/* test-rules-short-breaks.c: a series of short breaks (CPPCR 2010 reg 48)
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

#define APPLICABILITY "cppcr-2010.reg48.applicability"
#define VISITS "cppcr-2010.reg48.visits"
#define REVIEWS "cppcr-2010.reg48.reviews"

/* One V3 break: @end may be NULL (still running). */
static void
add_break (CareplanChild *child,
           const char    *start,
           const char    *end)
{
  cpt_add_episode (child, start, end, "S", "V3", "U6", end != NULL ? "E13" : NULL);
}

/* Breaks of @nights nights starting on the first of each of @n months
 * from @year-@month. */
static void
add_monthly_breaks (CareplanChild *child,
                    int            year,
                    int            month,
                    int            n,
                    int            nights)
{
  int i;

  for (i = 0; i < n; i++)
    {
      CareplanDate start = careplan_date_add_months (careplan_date_new (year, month, 1), i);
      g_autofree char *start_iso = careplan_date_to_iso (start);
      g_autofree char *end_iso = careplan_date_to_iso (careplan_date_add_days (start, nights));

      add_break (child, start_iso, end_iso);
    }
}

static CareplanChild *
child_new (void)
{
  return cpt_child_born ("SB", "2014-03-01");
}

/* --- applicability: 17 nights ------------------------------------------- */

/* Worked example 15: DECOM 1 Jul 2025; DEC 18 Jul is 17 nights, 19 Jul 18. */
static void
test_break_nights (void **state)
{
  struct { const char *end; const char *expected; } cases[] = {
    { "2025-07-17", "met short-break@2025-07-01 due=2025-07-18 done=2025-07-17 late=-" },
    { "2025-07-18", "met short-break@2025-07-01 due=2025-07-18 done=2025-07-18 late=-" },
    { "2025-07-19", "met-late short-break@2025-07-01 due=2025-07-18 done=2025-07-19 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = child_new ();
      g_autoptr(GPtrArray) findings = NULL;

      add_break (child, "2025-07-01", cases[i].end);
      findings = cpt_run (APPLICABILITY, child, "2025-09-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }

  {
    g_autoptr(CareplanChild) child = child_new ();
    g_autoptr(GPtrArray) findings = NULL;

    add_break (child, "2025-07-01", "2025-07-19");
    findings = cpt_run (APPLICABILITY, child, "2025-09-30");
    cpt_assert_message_contains (findings, 0, "18 nights (at most 17)");
    cpt_assert_message_contains (findings, 0, "fell outside the short-break regime");
  }
}

/* A break still running: due on the 17th night's morning, then overdue. */
static void
test_break_running (void **state)
{
  g_autoptr(CareplanChild) child = child_new ();
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;

  add_break (child, "2025-07-01", NULL);
  on = cpt_run (APPLICABILITY, child, "2025-07-18");
  after = cpt_run (APPLICABILITY, child, "2025-07-19");

  cpt_assert_findings (on, "due short-break@2025-07-01 due=2025-07-18 done=- late=-", NULL);
  cpt_assert_message_contains (on, 0, "still running at 2025-07-18");
  cpt_assert_findings (after, "overdue short-break@2025-07-01 due=2025-07-18 done=- late=1", NULL);
  cpt_assert_message_contains (after, 0, "is outside the short-break regime");
}

/* The amended text may drop the 17-day limit: max_nights 0. */
static void
test_break_nights_dropped (void **state)
{
  g_autoptr(CareplanChild) child = child_new ();
  g_autoptr(GPtrArray) findings = NULL;

  add_break (child, "2025-07-01", "2025-07-19");
  findings = cpt_run_with_parameter (APPLICABILITY, "max_nights", 0, child, "2025-09-30");
  cpt_assert_findings (findings, "met short-break@2025-07-01 due=2025-09-14 done=2025-07-19 late=-", NULL);
}

/* --- applicability: 75 nights in any 12 months --------------------------- */

/* Worked example 15: twelve breaks of 7 nights, one a month from April
 * 2025 (84 nights in the collection year).  The 11th takes the total over
 * 75 by 2 nights, the 12th is over it by all 7. */
static void
test_total_nights (void **state)
{
  g_autoptr(CareplanChild) child = child_new ();
  g_autoptr(GPtrArray) findings = NULL;
  guint i;

  add_monthly_breaks (child, 2025, 4, 12, 7);
  findings = cpt_run (APPLICABILITY, child, "2026-03-31");

  assert_int_equal (findings->len, 12);
  for (i = 0; i < 10; i++)
    assert_int_equal (careplan_finding_get_status (findings->pdata[i]), CAREPLAN_FINDING_STATUS_MET);
  {
    g_autofree char *tenth = cpt_summarize (findings->pdata[9]);
    g_autofree char *eleventh = cpt_summarize (findings->pdata[10]);
    g_autofree char *twelfth = cpt_summarize (findings->pdata[11]);

    assert_string_equal (tenth, "met short-break@2026-01-01 due=2026-01-13 done=2026-01-08 late=-");
    assert_string_equal (eleventh, "met-late short-break@2026-02-01 due=2026-02-06 done=2026-02-08 late=2");
    assert_string_equal (twelfth, "met-late short-break@2026-03-01 due=2026-03-01 done=2026-03-08 late=7");
  }
  cpt_assert_message_contains (findings, 10, "77 in the 12 months to 2026-02-08 (at most 75)");
  cpt_assert_message_contains (findings, 11, "84 in the 12 months to 2026-03-08 (at most 75)");
}

/* Any 12 months, not the collection year: eleven breaks of 7 nights from
 * October 2025 to August 2026 stay under 75 in each collection year, but
 * not in the 12 months to the last break's end. */
static void
test_total_rolling (void **state)
{
  g_autoptr(CareplanChild) child = child_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *last = NULL;

  add_monthly_breaks (child, 2025, 10, 11, 7);
  findings = cpt_run (APPLICABILITY, child, "2026-12-31");
  last = cpt_summarize (findings->pdata[10]);
  assert_string_equal (last, "met-late short-break@2026-08-01 due=2026-08-06 done=2026-08-08 late=2");
}

/* Exactly 75 is within the limit, 76 is not. */
static void
test_total_boundary (void **state)
{
  struct { const char *end; const char *expected; } cases[] = {
    { "2025-06-01", "met short-break@2025-06-01 due=2025-06-01 done=2025-06-01 late=-" },
    { "2025-06-02", "met-late short-break@2025-06-01 due=2025-06-01 done=2025-06-02 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = child_new ();
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *last = NULL;

      add_monthly_breaks (child, 2025, 1, 5, 15);
      add_break (child, "2025-06-01", cases[i].end);
      findings = cpt_run (APPLICABILITY, child, "2025-09-30");
      assert_int_equal (findings->len, 6);
      last = cpt_summarize (findings->pdata[5]);
      assert_string_equal (last, cases[i].expected);
    }
}

/* The window's start: a break ending on it holds none of its nights, one
 * ending the day after holds one (max_total 6 to make it count). */
static void
test_total_window_start (void **state)
{
  struct { const char *end; const char *expected; } cases[] = {
    { "2024-06-15", "met short-break@2025-06-10 due=2025-06-16 done=2025-06-16 late=-" },
    { "2024-06-16", "met short-break@2025-06-10 due=2025-06-16 done=2025-06-16 late=-" },
    { "2024-06-17", "met-late short-break@2025-06-10 due=2025-06-15 done=2025-06-16 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = child_new ();
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *last = NULL;

      add_break (child, "2024-06-01", cases[i].end);
      add_break (child, "2025-06-10", "2025-06-16");
      findings = cpt_run_with_parameter (APPLICABILITY, "max_total", 6, child, "2025-09-30");
      last = cpt_summarize (findings->pdata[1]);
      assert_string_equal (last, cases[i].expected);
    }
}

/* V4 records the agreement, not the nights: not applicable. */
static void
test_agreement_not_applicable (void **state)
{
  g_autoptr(CareplanChild) child = child_new ();
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-12-31", "S", "V4", "U6", "E13");
  findings = cpt_run (APPLICABILITY, child, "2026-01-31");
  cpt_assert_findings (findings, "not-applicable short-break@2025-01-06 due=- done=- late=-", NULL);
  cpt_assert_message_contains (findings, 0, "V4");
}

static void
test_applicability_in_force (void **state)
{
  g_autoptr(CareplanChild) child = child_new ();
  g_autoptr(GPtrArray) findings = NULL;

  add_break (child, "2011-03-31", "2011-04-02");
  add_break (child, "2011-04-05", "2011-04-10");
  findings = cpt_run (APPLICABILITY, child, "2011-06-01");
  cpt_assert_findings (findings,
                       "not-applicable short-break@2011-03-31 due=- done=- late=-",
                       "met short-break@2011-04-05 due=2011-04-22 done=2011-04-10 late=-",
                       NULL);
}

/* --- reviews ------------------------------------------------------------ */

/* Breaks from Mon 6 Jan 2025 and Mon 3 Feb 2025: first review within three
 * months of the first (6 Apr), then six-monthly. */
static CareplanChild *
series_child (void)
{
  CareplanChild *child = child_new ();

  add_break (child, "2025-01-06", "2025-01-10");
  add_break (child, "2025-02-03", "2025-02-07");
  return child;
}

static void
test_first_review (void **state)
{
  struct { const char *review; const char *expected; } cases[] = {
    { "2025-04-05", "met became-looked-after@2025-01-06 due=2025-04-06 done=2025-04-05 late=-" },
    { "2025-04-06", "met became-looked-after@2025-01-06 due=2025-04-06 done=2025-04-06 late=-" },
    { "2025-04-07", "met-late became-looked-after@2025-01-06 due=2025-04-06 done=2025-04-07 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = series_child ();
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *first = NULL;

      cpt_add_event (child, CAREPLAN_EVENT_KIND_REVIEW, cases[i].review);
      findings = cpt_run (REVIEWS, child, "2025-05-01");
      assert_int_equal (findings->len, 2);
      first = cpt_summarize (findings->pdata[0]);
      assert_string_equal (first, cases[i].expected);
      cpt_assert_message_contains (findings, 0, "3 months after the start of the first short break on 2025-01-06");
    }
}

/* Six months from the actual date of each review; a review between breaks
 * counts. */
static void
test_subsequent_reviews (void **state)
{
  struct { const char *review; const char *expected; } cases[] = {
    { "2025-10-05", "met review@2025-04-06 due=2025-10-06 done=2025-10-05 late=-" },
    { "2025-10-06", "met review@2025-04-06 due=2025-10-06 done=2025-10-06 late=-" },
    { "2025-10-07", "met-late review@2025-04-06 due=2025-10-06 done=2025-10-07 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = series_child ();
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *second = NULL;

      cpt_add_event (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-04-06");
      cpt_add_event (child, CAREPLAN_EVENT_KIND_REVIEW, cases[i].review);
      findings = cpt_run (REVIEWS, child, "2025-10-31");
      assert_int_equal (findings->len, 3);
      second = cpt_summarize (findings->pdata[1]);
      assert_string_equal (second, cases[i].expected);
    }
}

/* A break starting 12 months after the previous one ended is in the same
 * series; a day later starts a new one, with a first review of its own. */
static void
test_series_gap (void **state)
{
  struct { const char *start; const char *end; guint n_first_reviews; } cases[] = {
    { "2026-01-09", "2026-01-12", 1 },
    { "2026-01-10", "2026-01-13", 1 },
    { "2026-01-11", "2026-01-14", 2 },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = child_new ();
      g_autoptr(GPtrArray) findings = NULL;
      guint n_first = 0;
      guint k;

      add_break (child, "2025-01-06", "2025-01-10");
      add_break (child, cases[i].start, cases[i].end);
      cpt_add_event (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-04-01");
      findings = cpt_run (REVIEWS, child, "2026-02-01");
      for (k = 0; k < findings->len; k++)
        if (g_str_equal (careplan_finding_get_anchor_kind (findings->pdata[k]), "became-looked-after"))
          n_first++;
      assert_int_equal (n_first, cases[i].n_first_reviews);
    }
}

/* The series is taken to last 12 months after its last break: a review
 * falling due by then is owed (days late run to that end), one due later
 * lapses. */
static void
test_series_end (void **state)
{
  g_autoptr(CareplanChild) owed = child_new ();
  g_autoptr(CareplanChild) lapsed = child_new ();
  g_autoptr(GPtrArray) owed_findings = NULL;
  g_autoptr(GPtrArray) lapsed_findings = NULL;

  add_break (owed, "2025-01-06", "2025-01-10");
  cpt_add_event (owed, CAREPLAN_EVENT_KIND_REVIEW, "2025-04-01");
  add_break (lapsed, "2025-01-06", "2025-01-10");
  cpt_add_event (lapsed, CAREPLAN_EVENT_KIND_REVIEW, "2025-04-01");
  cpt_add_event (lapsed, CAREPLAN_EVENT_KIND_REVIEW, "2025-08-01");
  owed_findings = cpt_run (REVIEWS, owed, "2026-06-01");
  lapsed_findings = cpt_run (REVIEWS, lapsed, "2026-06-01");

  cpt_assert_findings (owed_findings,
                       "met became-looked-after@2025-01-06 due=2025-04-06 done=2025-04-01 late=-",
                       "overdue review@2025-04-01 due=2025-10-01 done=- late=101",
                       NULL);
  cpt_assert_message_contains (owed_findings, 1, "none by the end of the series of short breaks on 2026-01-10");
  cpt_assert_findings (lapsed_findings,
                       "met became-looked-after@2025-01-06 due=2025-04-06 done=2025-04-01 late=-",
                       "met review@2025-04-01 due=2025-10-01 done=2025-08-01 late=-",
                       NULL);
}

/* A period of care that is not a short break ends the series. */
static void
test_series_ended_by_care (void **state)
{
  g_autoptr(CareplanChild) child = child_new ();
  g_autoptr(GPtrArray) findings = NULL;

  add_break (child, "2025-01-06", "2025-01-10");
  cpt_add_episode (child, "2025-03-01", NULL, "S", "C2", "U6", NULL);
  findings = cpt_run (REVIEWS, child, "2025-06-01");
  cpt_assert_findings (findings, NULL);
}

static void
test_reviews_in_force (void **state)
{
  g_autoptr(CareplanChild) child = child_new ();
  g_autoptr(GPtrArray) findings = NULL;

  add_break (child, "2011-03-31", "2011-04-02");
  findings = cpt_run (REVIEWS, child, "2011-05-01");
  cpt_assert_findings (findings, "not-applicable became-looked-after@2011-03-31 due=- done=- late=-", NULL);
}

/* --- visits ------------------------------------------------------------- */

/* Only visits on days the child is placed count: first within three
 * months of the first break (6 Apr 2025). */
static void
test_first_visit (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-04-05", "met became-looked-after@2025-01-06 due=2025-04-06 done=2025-04-05 late=-" },
    { "2025-04-06", "met became-looked-after@2025-01-06 due=2025-04-06 done=2025-04-06 late=-" },
    { "2025-04-07", "met-late became-looked-after@2025-01-06 due=2025-04-06 done=2025-04-07 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = child_new ();
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *first = NULL;

      add_break (child, "2025-01-06", "2025-01-10");
      add_break (child, "2025-04-04", "2025-04-08");
      cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-20");
      cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, cases[i].visit);
      findings = cpt_run (VISITS, child, "2025-05-01");
      assert_int_equal (findings->len, 2);
      first = cpt_summarize (findings->pdata[0]);
      assert_string_equal (first, cases[i].expected);
    }
}

/* Then within six months: 8 Jan → 8 Jul. */
static void
test_visit_interval (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-07-07", "met visit@2025-01-08 due=2025-07-08 done=2025-07-07 late=-" },
    { "2025-07-08", "met visit@2025-01-08 due=2025-07-08 done=2025-07-08 late=-" },
    { "2025-07-09", "met-late visit@2025-01-08 due=2025-07-08 done=2025-07-09 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = child_new ();
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *second = NULL;

      add_break (child, "2025-01-06", "2025-01-10");
      add_break (child, "2025-07-06", "2025-07-10");
      cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-08");
      cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, cases[i].visit);
      findings = cpt_run (VISITS, child, "2025-08-01");
      assert_int_equal (findings->len, 3);
      second = cpt_summarize (findings->pdata[1]);
      assert_string_equal (second, cases[i].expected);
    }
}

/* A visit between breaks is not one "on days when C is in fact placed". */
static void
test_visit_between_breaks (void **state)
{
  g_autoptr(CareplanChild) child = series_child ();
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-20");
  findings = cpt_run (VISITS, child, "2025-04-07");
  cpt_assert_findings (findings, "overdue became-looked-after@2025-01-06 due=2025-04-06 done=- late=1", NULL);
}

/* In force from 1 April 2011: the first-visit anchor decides. */
static void
test_visits_in_force (void **state)
{
  struct { const char *start; const char *end; const char *expected; } cases[] = {
    { "2011-03-31", "2011-04-03", "not-applicable became-looked-after@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "2011-04-03", "met became-looked-after@2011-04-01 due=2011-07-01 done=2011-04-02 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = child_new ();
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *first = NULL;

      add_break (child, cases[i].start, cases[i].end);
      cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2011-04-02");
      findings = cpt_run (VISITS, child, "2011-05-01");
      first = cpt_summarize (findings->pdata[0]);
      assert_string_equal (first, cases[i].expected);
    }
}

/* --- the rules themselves ---------------------------------------------- */

static void
test_short_break_definitions (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  struct { const char *id; CareplanConfirmation confirmation; const char *provision; } rules[] = {
    { APPLICABILITY, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 48(2)" },
    { VISITS, CAREPLAN_CONFIRMATION_UNCONFIRMED, "regulation 48(4)" },
    { REVIEWS, CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "regulation 48" },
  };
  struct { const char *id; const char *name; int value; CareplanTimeUnit unit; } parameters[] = {
    { APPLICABILITY, "max_nights", 17, CAREPLAN_TIME_UNIT_DAYS },
    { APPLICABILITY, "max_total", 75, CAREPLAN_TIME_UNIT_DAYS },
    { APPLICABILITY, "window", 12, CAREPLAN_TIME_UNIT_MONTHS },
    { VISITS, "first_visit", 3, CAREPLAN_TIME_UNIT_MONTHS },
    { VISITS, "interval", 6, CAREPLAN_TIME_UNIT_MONTHS },
    { VISITS, "series_gap", 12, CAREPLAN_TIME_UNIT_MONTHS },
    { REVIEWS, "first_review", 3, CAREPLAN_TIME_UNIT_MONTHS },
    { REVIEWS, "interval", 6, CAREPLAN_TIME_UNIT_MONTHS },
    { REVIEWS, "series_gap", 12, CAREPLAN_TIME_UNIT_MONTHS },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (rules); i++)
    cpt_assert_rule_citation (rulebook, rules[i].id, "short-breaks", rules[i].confirmation,
                              rules[i].provision,
                              "https://www.legislation.gov.uk/uksi/2010/959/regulation/48/made",
                              "2011-04-01");

  for (i = 0; i < G_N_ELEMENTS (parameters); i++)
    cpt_assert_rule_parameter (rulebook, parameters[i].id, parameters[i].name,
                               parameters[i].value, parameters[i].unit);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_break_nights),
    cmocka_unit_test (test_break_running),
    cmocka_unit_test (test_break_nights_dropped),
    cmocka_unit_test (test_total_nights),
    cmocka_unit_test (test_total_rolling),
    cmocka_unit_test (test_total_boundary),
    cmocka_unit_test (test_total_window_start),
    cmocka_unit_test (test_agreement_not_applicable),
    cmocka_unit_test (test_applicability_in_force),
    cmocka_unit_test (test_first_review),
    cmocka_unit_test (test_subsequent_reviews),
    cmocka_unit_test (test_series_gap),
    cmocka_unit_test (test_series_end),
    cmocka_unit_test (test_series_ended_by_care),
    cmocka_unit_test (test_reviews_in_force),
    cmocka_unit_test (test_first_visit),
    cmocka_unit_test (test_visit_interval),
    cmocka_unit_test (test_visit_between_breaks),
    cmocka_unit_test (test_visits_in_force),
    cmocka_unit_test (test_short_break_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
