/* test-rules-visits.c: social-worker visits (CPPCR 2010 reg 28(2))
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

/* Adds visits every @step days from @first while before @before. */
static void
add_visit_series (CareplanChild *child,
                  const char    *first,
                  int            step,
                  const char    *before)
{
  CareplanDate limit = cpt_date (before);
  CareplanDate day;

  for (day = cpt_date (first); day < limit; day = careplan_date_add_days (day, step))
    {
      g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_VISIT, day);

      careplan_child_add_event (child, event);
    }
}

static char *
summary_at (GPtrArray *findings,
            guint      i)
{
  return cpt_summarize (cpt_finding_at (findings, i));
}

#define FIRST_VISIT "cppcr-2010.reg28-2a.first-visit"
#define FIRST_YEAR "cppcr-2010.reg28-2b.first-year-six-weekly"
#define AFTER_FIRST_YEAR "cppcr-2010.reg28-2c.after-first-year"

/* Worked example 4: a placement from Sat 5 Apr 2025 with a foster carer
 * (not long-term). */
static CareplanChild *
placed_from (const char *start,
             const char *placement_type)
{
  return cpt_looked_after_from ("V1", CPT_DEFAULT_DATE_OF_BIRTH, start, placement_type);
}

/* --- reg 28(2)(a): first visit ----------------------------------------- */

/* Within one week of Sat 5 Apr: by Sat 12 Apr, no weekend roll. */
static void
test_first_visit_saturday_start (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-04-05", "met placement-start@2025-04-05 due=2025-04-12 done=2025-04-05 late=-" },
    { "2025-04-11", "met placement-start@2025-04-05 due=2025-04-12 done=2025-04-11 late=-" },
    { "2025-04-12", "met placement-start@2025-04-05 due=2025-04-12 done=2025-04-12 late=-" },
    { "2025-04-13", "met-late placement-start@2025-04-05 due=2025-04-12 done=2025-04-13 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from ("2025-04-05", "U6");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, cases[i].visit, NULL);
      findings = cpt_run (FIRST_VISIT, child, "2025-05-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_first_visit_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2025-04-05", "U6");
  g_autoptr(GPtrArray) on = cpt_run (FIRST_VISIT, child, "2025-04-12");
  g_autoptr(GPtrArray) after = cpt_run (FIRST_VISIT, child, "2025-04-13");

  cpt_assert_findings (on, "due placement-start@2025-04-05 due=2025-04-12 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue placement-start@2025-04-05 due=2025-04-12 done=- late=1", NULL);
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (on, 0)),
                       "first visit due 2025-04-12: 1 week after the start of the placement on "
                       "2025-04-05; none yet at 2025-04-12");
}

/* A visit on the last day of a placement that nobody succeeds counts
 * for it; when the next placement starts that day, the visit is the next
 * placement's, and the first placement's obligation lapses. */
static void
test_first_visit_placement_end_day (void **state)
{
  g_autoptr(CareplanChild) left_care = cpt_child_new ("V1");
  g_autoptr(CareplanChild) moved = cpt_child_new ("V1");
  g_autoptr(GPtrArray) left_findings = NULL;
  g_autoptr(GPtrArray) moved_findings = NULL;

  cpt_add_episode (left_care, "2025-01-06", "2025-01-13", "S", "V2", "U6", "E13");
  cpt_add_events (left_care, CAREPLAN_EVENT_KIND_VISIT, "2025-01-13", NULL);
  cpt_add_episode (moved, "2025-01-06", "2025-01-13", "S", "V2", "U6", "X1");
  cpt_add_episode (moved, "2025-01-13", NULL, "P", "V2", "U6", NULL);
  cpt_add_events (moved, CAREPLAN_EVENT_KIND_VISIT, "2025-01-13", NULL);
  left_findings = cpt_run (FIRST_VISIT, left_care, "2025-03-01");
  moved_findings = cpt_run (FIRST_VISIT, moved, "2025-03-01");

  cpt_assert_findings (left_findings, "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-13 late=-", NULL);
  cpt_assert_findings (moved_findings, "met placement-start@2025-01-13 due=2025-01-20 done=2025-01-13 late=-", NULL);
}

/* --- reg 28(2)(b): six-weekly in the first year ------------------------- */

/* Worked example 4: visited Thu 10 Apr, next by Thu 22 May. */
static void
test_six_weekly_boundary (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-05-21", "met visit@2025-04-10 due=2025-05-22 done=2025-05-21 late=-" },
    { "2025-05-22", "met visit@2025-04-10 due=2025-05-22 done=2025-05-22 late=-" },
    { "2025-05-23", "met-late visit@2025-04-10 due=2025-05-22 done=2025-05-23 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from ("2025-04-05", "U6");
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *first = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-04-10", cases[i].visit, NULL);
      findings = cpt_run (FIRST_YEAR, child, "2025-06-01");
      assert_int_equal (findings->len, 2);
      first = summary_at (findings, 0);
      assert_string_equal (first, cases[i].expected);
    }
}

/* Each visit anchors the next, from its actual date. */
static void
test_six_weekly_chain (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2025-04-05", "U6");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT,
                  "2025-04-10", "2025-05-22", "2025-07-03", "2025-08-14", NULL);
  findings = cpt_run (FIRST_YEAR, child, "2025-09-01");

  cpt_assert_findings (findings,
                       "met visit@2025-04-10 due=2025-05-22 done=2025-05-22 late=-",
                       "met visit@2025-05-22 due=2025-07-03 done=2025-07-03 late=-",
                       "met visit@2025-07-03 due=2025-08-14 done=2025-08-14 late=-",
                       "due visit@2025-08-14 due=2025-09-25 done=- late=-",
                       NULL);
}

/* No first visit, no six-weekly obligation yet. */
static void
test_six_weekly_needs_a_visit (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2025-04-05", "U6");
  g_autoptr(GPtrArray) first_year = cpt_run (FIRST_YEAR, child, "2026-12-31");
  g_autoptr(GPtrArray) after = cpt_run (AFTER_FIRST_YEAR, child, "2026-12-31");
  g_autoptr(GPtrArray) first = cpt_run (FIRST_VISIT, child, "2026-12-31");

  assert_int_equal (first->len, 1);
  cpt_assert_findings (first_year, NULL);
  cpt_assert_findings (after, NULL);
}

/* A missed visit is one overdue finding, however long ago. */
static void
test_missed_visit_one_overdue (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2025-04-05", "U6");
  g_autoptr(GPtrArray) june = NULL;
  g_autoptr(GPtrArray) december = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-04-10", NULL);
  june = cpt_run (FIRST_YEAR, child, "2025-06-30");
  december = cpt_run (FIRST_YEAR, child, "2025-12-31");

  cpt_assert_findings (june, "overdue visit@2025-04-10 due=2025-05-22 done=- late=39", NULL);
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (june, 0)),
                       "visit due 2025-05-22: 6 weeks after the visit on 2025-04-10; "
                       "none by 2025-06-30 (39 days late)");
  cpt_assert_findings (december, "overdue visit@2025-04-10 due=2025-05-22 done=- late=223", NULL);
}

/* A policy of visits every 28 days. */
static void
test_six_weekly_parameter (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(CareplanChild) child = placed_from ("2025-04-05", "U6");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-04-10", "2025-05-09", NULL);
  assert_true (careplan_rulebook_set_parameter (rulebook, FIRST_YEAR, "interval", 28, &error));
  assert_null (error);
  findings = cpt_run_rule (careplan_rulebook_lookup (rulebook, FIRST_YEAR), child, "2025-05-20");

  cpt_assert_findings (findings,
                       "met-late visit@2025-04-10 due=2025-05-08 done=2025-05-09 late=1",
                       "due visit@2025-05-09 due=2025-06-06 done=- late=-",
                       NULL);
  assert_non_null (strstr (careplan_finding_get_message (cpt_finding_at (findings, 0)),
                           "4 weeks after the visit on 2025-04-10"));
}

/* --- the first anniversary: reg 28(2)(b) → (c) -------------------------- */

/* Visits every 40 days from 10 Apr 2025 to 24 Feb 2026, then one near
 * the first anniversary (5 Apr 2026); its date decides its regime.  The
 * anniversary is the last day of the first year (the year runs from the
 * day after the start), so a visit on it is reg 28(2)(b)'s, six weeks
 * even in a long-term placement. */
static void
test_first_anniversary_switch (void **state)
{
  struct {
    const char *visit;
    const char *placement_type;
    const char *last_first_year;
    const char *after_first_year;
  } cases[] = {
    { "2026-04-04", "U4",
      "due visit@2026-04-04 due=2026-05-16 done=- late=-", NULL },
    { "2026-04-05", "U4",
      "due visit@2026-04-05 due=2026-05-17 done=- late=-", NULL },
    { "2026-04-06", "U4",
      "met visit@2026-02-24 due=2026-04-07 done=2026-04-06 late=-",
      "due visit@2026-04-06 due=2026-07-06 done=- late=-" },
    { "2026-04-05", "U6",
      "due visit@2026-04-05 due=2026-05-17 done=- late=-", NULL },
    { "2026-04-06", "U6",
      "met visit@2026-02-24 due=2026-04-07 done=2026-04-06 late=-",
      "due visit@2026-04-06 due=2026-05-18 done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from ("2025-04-05", cases[i].placement_type);
      g_autoptr(GPtrArray) first_year = NULL;
      g_autoptr(GPtrArray) after = NULL;
      g_autofree char *last = NULL;

      add_visit_series (child, "2025-04-10", 40, "2026-03-01");
      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, cases[i].visit, NULL);
      first_year = cpt_run (FIRST_YEAR, child, "2026-05-01");
      after = cpt_run (AFTER_FIRST_YEAR, child, "2026-05-01");

      assert_true (first_year->len > 0);
      last = summary_at (first_year, first_year->len - 1);
      assert_string_equal (last, cases[i].last_first_year);
      cpt_assert_findings (after, cases[i].after_first_year, NULL);
    }
}

/* After the first year: three months when the placement is to last until
 * 18 (PLACE U1/U4, or the record's long_term flag), else six weeks. */
static void
test_after_first_year_regimes (void **state)
{
  struct {
    const char *placement_type;
    CareplanTristate long_term;
    const char *expected;
  } cases[] = {
    { "U1", CAREPLAN_TRISTATE_UNSET, "due visit@2026-06-20 due=2026-09-20 done=- late=-" },
    { "U4", CAREPLAN_TRISTATE_UNSET, "due visit@2026-06-20 due=2026-09-20 done=- late=-" },
    { "U6", CAREPLAN_TRISTATE_YES, "due visit@2026-06-20 due=2026-09-20 done=- late=-" },
    { "U6", CAREPLAN_TRISTATE_UNSET, "overdue visit@2026-06-20 due=2026-08-01 done=- late=9" },
    { "U4", CAREPLAN_TRISTATE_NO, "overdue visit@2026-06-20 due=2026-08-01 done=- late=9" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("V1");
      CareplanEpisode *episode = cpt_add_episode (child, "2025-04-05", NULL, "S", "C2",
                                                  cases[i].placement_type, NULL);
      g_autoptr(GPtrArray) findings = NULL;

      careplan_episode_set_long_term (episode, cases[i].long_term);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2026-04-20", "2026-06-20", NULL);
      findings = cpt_run (AFTER_FIRST_YEAR, child, "2026-08-10");
      assert_int_equal (findings->len, 2);
      {
        g_autofree char *second = summary_at (findings, 1);

        assert_string_equal (second, cases[i].expected);
      }
    }
}

/* The three-monthly boundary after the first year (20 Mar 2027 → 20 Jun
 * 2027), and the message. */
static void
test_after_first_year_three_months (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2027-06-19", "met visit@2027-03-20 due=2027-06-20 done=2027-06-19 late=-" },
    { "2027-06-20", "met visit@2027-03-20 due=2027-06-20 done=2027-06-20 late=-" },
    { "2027-06-21", "met-late visit@2027-03-20 due=2027-06-20 done=2027-06-21 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from ("2025-04-05", "U4");
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *first = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2027-03-20", cases[i].visit, NULL);
      findings = cpt_run (AFTER_FIRST_YEAR, child, "2027-07-01");
      assert_int_equal (findings->len, 2);
      first = summary_at (findings, 0);
      assert_string_equal (first, cases[i].expected);
      assert_non_null (strstr (careplan_finding_get_message (cpt_finding_at (findings, 0)),
                               "3 months after the visit on 2027-03-20"));
    }
}

/* --- placements ---------------------------------------------------------- */

/* A move (RNE P) restarts the clocks; a visit belongs to the placement
 * whose days hold it, and the old placement's open obligation lapses. */
static void
test_move_restarts_clock (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("V1");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) six_weekly = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-03-03", "S", "C2", "U6", "X1");
  cpt_add_episode (child, "2025-03-03", NULL, "P", "C2", "U6", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-10", "2025-02-20", "2025-03-05", NULL);
  first = cpt_run (FIRST_VISIT, child, "2025-03-20");
  six_weekly = cpt_run (FIRST_YEAR, child, "2025-03-20");

  cpt_assert_findings (first,
                       "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-10 late=-",
                       "met placement-start@2025-03-03 due=2025-03-10 done=2025-03-05 late=-",
                       NULL);
  cpt_assert_findings (six_weekly,
                       "met visit@2025-01-10 due=2025-02-21 done=2025-02-20 late=-",
                       "due visit@2025-03-05 due=2025-04-16 done=- late=-",
                       NULL);
}

/* A move with no visit in the new placement: one overdue finding, for the
 * new placement, and none for the old one. */
static void
test_move_without_visit (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("V1");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) six_weekly = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-03-03", "S", "C2", "U6", "X1");
  cpt_add_episode (child, "2025-03-03", NULL, "B", "C2", "U6", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-10", "2025-02-20", NULL);
  first = cpt_run (FIRST_VISIT, child, "2025-03-20");
  six_weekly = cpt_run (FIRST_YEAR, child, "2025-03-20");

  cpt_assert_findings (first,
                       "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-10 late=-",
                       "overdue placement-start@2025-03-03 due=2025-03-10 done=- late=10",
                       NULL);
  cpt_assert_findings (six_weekly,
                       "met visit@2025-01-10 due=2025-02-21 done=2025-02-20 late=-",
                       NULL);
}

/* A change of legal status alone (RNE L) continues the placement: no new
 * first-visit clock, and the six-weekly chain runs on. */
static void
test_legal_status_change_keeps_clock (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("V1");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) six_weekly = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-02-10", "S", "V2", "U6", "X1");
  cpt_add_episode (child, "2025-02-10", NULL, "L", "C2", "U6", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-10", "2025-02-20", NULL);
  first = cpt_run (FIRST_VISIT, child, "2025-03-20");
  six_weekly = cpt_run (FIRST_YEAR, child, "2025-03-20");

  cpt_assert_findings (first,
                       "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-10 late=-",
                       NULL);
  cpt_assert_findings (six_weekly,
                       "met visit@2025-01-10 due=2025-02-21 done=2025-02-20 late=-",
                       "due visit@2025-02-20 due=2025-04-03 done=- late=-",
                       NULL);
}

/* The regime of an obligation after the first year is the designation of
 * the episode in force on its anchor visit's date (20 Feb 2024), here
 * removed (RNE T from U4 into U6) the day before, on and after it: a
 * later episode never reaches back. */
static void
test_designation_removed_around_anchor (void **state)
{
  struct { const char *change; const char *expected; } cases[] = {
    { "2024-02-19", "met-late visit@2024-02-20 due=2024-04-02 done=2024-05-01 late=29" },
    { "2024-02-20", "met-late visit@2024-02-20 due=2024-04-02 done=2024-05-01 late=29" },
    { "2024-02-21", "met visit@2024-02-20 due=2024-05-20 done=2024-05-01 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("V1");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2023-01-10", cases[i].change, "S", "C2", "U4", "X1");
      cpt_add_episode (child, cases[i].change, NULL, "T", "C2", "U6", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2023-01-12", "2024-02-20", "2024-05-01", NULL);
      findings = cpt_run (AFTER_FIRST_YEAR, child, "2024-05-10");

      cpt_assert_findings (findings, cases[i].expected,
                           "due visit@2024-05-01 due=2024-06-12 done=- late=-",
                           NULL);
    }
}

/* A finding about a past visit does not change as later episodes arrive:
 * the same record judged with and without a designation after the next
 * visit. */
static void
test_designation_after_next_visit_changes_nothing (void **state)
{
  g_autoptr(CareplanChild) before = placed_from ("2023-01-10", "U6");
  g_autoptr(CareplanChild) after = cpt_child_new ("V1");
  g_autoptr(GPtrArray) without = NULL;
  g_autoptr(GPtrArray) with = NULL;

  cpt_add_events (before, CAREPLAN_EVENT_KIND_VISIT, "2024-01-05", "2024-02-20", "2024-05-01", NULL);
  cpt_add_episode (after, "2023-01-10", "2024-05-02", "S", "C2", "U6", "X1");
  careplan_episode_set_long_term (cpt_add_episode (after, "2024-05-02", NULL, "L", "C2", "U6", NULL),
                                  CAREPLAN_TRISTATE_YES);
  cpt_add_events (after, CAREPLAN_EVENT_KIND_VISIT, "2024-01-05", "2024-02-20", "2024-05-01", NULL);
  without = cpt_run (AFTER_FIRST_YEAR, before, "2024-05-10");
  with = cpt_run (AFTER_FIRST_YEAR, after, "2024-05-10");

  cpt_assert_findings (without,
                       "met-late visit@2024-02-20 due=2024-04-02 done=2024-05-01 late=29",
                       "due visit@2024-05-01 due=2024-06-12 done=- late=-",
                       NULL);
  cpt_assert_findings (with,
                       "met-late visit@2024-02-20 due=2024-04-02 done=2024-05-01 late=29",
                       "due visit@2024-05-01 due=2024-06-12 done=- late=-",
                       NULL);
}

/* placement_boundary: a carer's move (RNE T) continues the placement by
 * default, and starts one when every episode is a placement. */
static void
test_placement_boundary (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("V1");
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new ();
  g_autoptr(CareplanRulebook) defaults = careplan_rulebook_new_default ();
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();
  g_autoptr(CareplanEngine) engine = NULL;
  g_autoptr(GListModel) carer = NULL;
  g_autoptr(GListModel) episode = NULL;
  CareplanPlacementBoundary boundary = CAREPLAN_PLACEMENT_BOUNDARY_EPISODE;
  g_autoptr(GError) error = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-03-03", "S", "C2", "U6", "X1");
  cpt_add_episode (child, "2025-03-03", NULL, "T", "C2", "U6", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-08", "2025-03-20", NULL);

  careplan_rulebook_add_rule (rulebook, careplan_rulebook_lookup (defaults, FIRST_VISIT));
  g_object_get (rulebook, "placement-boundary", &boundary, NULL);
  assert_int_equal (boundary, CAREPLAN_PLACEMENT_BOUNDARY_CARER);
  engine = careplan_engine_new (rulebook, calendar);

  carer = careplan_engine_evaluate (engine, child, cpt_date ("2025-04-01"), &error);
  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (carer), 1);

  careplan_rulebook_set_placement_boundary (rulebook, CAREPLAN_PLACEMENT_BOUNDARY_EPISODE);
  assert_int_equal (careplan_rulebook_get_placement_boundary (rulebook), CAREPLAN_PLACEMENT_BOUNDARY_EPISODE);
  episode = careplan_engine_evaluate (engine, child, cpt_date ("2025-04-01"), &error);
  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (episode), 2);
  {
    g_autoptr(CareplanFinding) second = g_list_model_get_item (episode, 1);
    g_autofree char *summary = cpt_summarize (second);

    assert_string_equal (summary, "met-late placement-start@2025-03-03 due=2025-03-10 done=2025-03-20 late=10");
  }
}

/* The placement ended after the due date: days late run to its end. */
static void
test_overdue_until_end_of_placement (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("V1");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-03-31", "S", "V2", "U6", "E13");
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-10", NULL);
  findings = cpt_run (FIRST_YEAR, child, "2025-06-30");

  cpt_assert_findings (findings, "overdue visit@2025-01-10 due=2025-02-21 done=- late=38", NULL);
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (findings, 0)),
                       "visit due 2025-02-21: 6 weeks after the visit on 2025-01-10; "
                       "none by the end of the placement on 2025-03-31 (38 days late)");
}

/* Short breaks follow reg 48: one not-applicable finding per rule and
 * placement. */
static void
test_short_break_not_applicable (void **state)
{
  const char *rules[] = { FIRST_VISIT, FIRST_YEAR, AFTER_FIRST_YEAR };
  g_autoptr(CareplanChild) child = cpt_child_new ("V1");
  guint i;

  cpt_add_episode (child, "2025-01-06", "2025-01-10", "S", "V3", "U6", "E13");
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-08", NULL);

  for (i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GPtrArray) findings = cpt_run (rules[i], child, "2025-12-31");

      cpt_assert_findings (findings,
                           "not-applicable placement-start@2025-01-06 due=- done=- late=-",
                           NULL);
      assert_non_null (strstr (careplan_finding_get_message (cpt_finding_at (findings, 0)),
                               "regulation 48"));
    }
}

/* Before 1 April 2011: one not-applicable finding per run of anchors, and
 * the chain goes on from the first anchor in force. */
static void
test_in_force (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2010-06-01", "U6");
  g_autoptr(GPtrArray) first = NULL;
  g_autoptr(GPtrArray) six_weekly = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT,
                  "2010-06-05", "2010-07-10", "2011-03-30", "2011-04-20", NULL);
  first = cpt_run (FIRST_VISIT, child, "2011-05-01");
  six_weekly = cpt_run (FIRST_YEAR, child, "2011-05-01");

  cpt_assert_findings (first, "not-applicable placement-start@2010-06-01 due=- done=- late=-", NULL);
  assert_string_equal (careplan_finding_get_message (cpt_finding_at (first, 0)),
                       "first visit not applicable: the start of the placement on 2010-06-01 "
                       "is before regulation 28(2)(a) came into force on 2011-04-01");
  cpt_assert_findings (six_weekly,
                       "not-applicable visit@2010-06-05 due=- done=- late=-",
                       "due visit@2011-04-20 due=2011-06-01 done=- late=-",
                       NULL);
}

/* --- special regimes (reg 28(3) to (5), (3A)) ---------------------------- */

/* A placement with a temporarily approved connected person (worked example
 * 6) is reg 28(4)'s from its start: each rule gives one not-applicable
 * finding naming it, and judges nothing. */
static void
test_gives_way_from_placement_start (void **state)
{
  const char *rules[] = { FIRST_VISIT, FIRST_YEAR, AFTER_FIRST_YEAR };
  g_autoptr(CareplanChild) child = cpt_child_new ("V1");
  g_autoptr(CareplanEvent) approval = careplan_event_new (CAREPLAN_EVENT_KIND_CARER_APPROVAL,
                                                          cpt_date ("2025-03-03"));
  guint i;

  cpt_add_episode (child, "2025-03-03", NULL, "S", "V2", "U3", NULL);
  careplan_event_set_sub_kind (approval, "temporary-connected-person");
  careplan_child_add_event (child, approval);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-07", "2025-03-14", NULL);

  for (i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GPtrArray) findings = cpt_run (rules[i], child, "2025-06-01");

      cpt_assert_findings (findings,
                           "not-applicable placement-start@2025-03-03 due=- done=- late=-",
                           NULL);
      assert_non_null (strstr (careplan_finding_get_message (cpt_finding_at (findings, 0)),
                               "visits follow regulation 28(4) (temporarily approved connected "
                               "person, regulation 24) from 2025-03-03 instead"));
    }
}

/* A care order made on Mon 3 Mar while the child lives with a parent
 * (reg 28(5)): the placement's first visit is still reg 28(2)(a)'s; a
 * visit dated before the order anchors a reg 28(2)(b) obligation (met by
 * the next visit, whatever its regime), one dated on or after it does not. */
static void
test_gives_way_to_care_order (void **state)
{
  struct { const char *visit; guint n_findings; const char *last_default; } cases[] = {
    { "2025-03-02", 4, "met visit@2025-03-02 due=2025-04-13 done=2025-03-05 late=-" },
    { "2025-03-03", 3, "met visit@2025-02-20 due=2025-04-03 done=2025-03-03 late=-" },
    { "2025-03-04", 3, "met visit@2025-02-20 due=2025-04-03 done=2025-03-04 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("V1");
      g_autoptr(GPtrArray) first = NULL;
      g_autoptr(GPtrArray) first_year = NULL;
      g_autoptr(GPtrArray) after = NULL;
      g_autofree char *not_applicable = NULL;
      g_autofree char *first_default = NULL;
      g_autofree char *last_default = NULL;

      cpt_add_episode (child, "2025-01-06", "2025-03-03", "S", "V2", "P1", "X1");
      cpt_add_episode (child, "2025-03-03", NULL, "L", "C2", "P1", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-10", "2025-02-20", cases[i].visit,
                      "2025-03-05", NULL);
      first = cpt_run (FIRST_VISIT, child, "2025-03-20");
      first_year = cpt_run (FIRST_YEAR, child, "2025-03-20");
      after = cpt_run (AFTER_FIRST_YEAR, child, "2025-03-20");

      cpt_assert_findings (first, "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-10 late=-", NULL);
      assert_int_equal (first_year->len, cases[i].n_findings);
      not_applicable = summary_at (first_year, 0);
      first_default = summary_at (first_year, 1);
      last_default = summary_at (first_year, first_year->len - 1);
      assert_string_equal (not_applicable, "not-applicable placement-start@2025-01-06 due=- done=- late=-");
      assert_non_null (strstr (careplan_finding_get_message (cpt_finding_at (first_year, 0)),
                               "regulation 28(5) (care order made while living with a parent) "
                               "from 2025-03-03 instead"));
      assert_string_equal (first_default, "met visit@2025-01-10 due=2025-02-21 done=2025-02-20 late=-");
      assert_string_equal (last_default, cases[i].last_default);
      /* The care order lasts past the first anniversary too. */
      cpt_assert_findings (after, "not-applicable placement-start@2025-01-06 due=- done=- late=-", NULL);
    }
}

/* --- the rules themselves ---------------------------------------------- */

static void
test_visit_definitions (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *first = careplan_rulebook_lookup (rulebook, FIRST_VISIT);
  CareplanRule *first_year = careplan_rulebook_lookup (rulebook, FIRST_YEAR);
  CareplanRule *after = careplan_rulebook_lookup (rulebook, AFTER_FIRST_YEAR);
  CareplanTimeUnit unit;
  int value;

  assert_string_equal (careplan_rule_get_family (first), "visits");
  assert_int_equal (careplan_rule_get_confirmation (first), CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY);
  assert_int_equal (careplan_rule_get_confirmation (first_year), CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY);
  assert_int_equal (careplan_rule_get_confirmation (after), CAREPLAN_CONFIRMATION_UNCONFIRMED);
  assert_string_equal (careplan_rule_get_provision (first), "regulation 28(2)(a)");
  assert_string_equal (careplan_rule_get_provision (after), "regulation 28(2)(c)");
  assert_string_equal (careplan_rule_get_url (first),
                       "https://www.legislation.gov.uk/uksi/2010/959/regulation/28/made");
  assert_int_equal (careplan_rule_get_in_force_from (after), cpt_date ("2011-04-01"));

  assert_true (careplan_rule_get_parameter (first, "within", &value, &unit));
  assert_int_equal (value, 7);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_DAYS);
  assert_true (careplan_rule_get_parameter (first_year, "interval", &value, &unit));
  assert_int_equal (value, 42);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_DAYS);
  assert_true (careplan_rule_get_parameter (after, "first_year", &value, &unit));
  assert_int_equal (value, 12);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_MONTHS);
  assert_true (careplan_rule_get_parameter (after, "interval_long_term", &value, &unit));
  assert_int_equal (value, 3);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_MONTHS);
  assert_true (careplan_rule_get_parameter (after, "interval", &value, &unit));
  assert_int_equal (value, 42);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_first_visit_saturday_start),
    cmocka_unit_test (test_first_visit_due_then_overdue),
    cmocka_unit_test (test_first_visit_placement_end_day),
    cmocka_unit_test (test_six_weekly_boundary),
    cmocka_unit_test (test_six_weekly_chain),
    cmocka_unit_test (test_six_weekly_needs_a_visit),
    cmocka_unit_test (test_missed_visit_one_overdue),
    cmocka_unit_test (test_six_weekly_parameter),
    cmocka_unit_test (test_first_anniversary_switch),
    cmocka_unit_test (test_after_first_year_regimes),
    cmocka_unit_test (test_after_first_year_three_months),
    cmocka_unit_test (test_move_restarts_clock),
    cmocka_unit_test (test_move_without_visit),
    cmocka_unit_test (test_legal_status_change_keeps_clock),
    cmocka_unit_test (test_designation_removed_around_anchor),
    cmocka_unit_test (test_designation_after_next_visit_changes_nothing),
    cmocka_unit_test (test_placement_boundary),
    cmocka_unit_test (test_overdue_until_end_of_placement),
    cmocka_unit_test (test_short_break_not_applicable),
    cmocka_unit_test (test_in_force),
    cmocka_unit_test (test_gives_way_from_placement_start),
    cmocka_unit_test (test_gives_way_to_care_order),
    cmocka_unit_test (test_visit_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
