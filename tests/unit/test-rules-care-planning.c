/* test-rules-care-planning.c: care plans, placement plans, notices,
 * out-of-area approval and the IRO (CPPCR 2010 regs 4, 9, 11, 13; CA 1989
 * s25A)
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

static CareplanEpisode *
add_out_of_area_episode (CareplanChild *child,
                         const char    *start,
                         const char    *end,
                         const char    *rne,
                         const char    *rec)
{
  CareplanEpisode *episode = cpt_add_episode (child, start, end, rne, "C2", "U3", rec);

  careplan_episode_set_out_of_area (episode, CAREPLAN_TRISTATE_YES);
  return episode;
}

#define CARE_PLAN "cppcr-2010.reg4.care-plan-timing"
#define PLACEMENT_PLAN "cppcr-2010.reg9.placement-plan"
#define NOTIFICATION "cppcr-2010.reg13.notification-of-placement"
#define AREA_NOTIFICATION "cppcr-2010.reg13-4.out-of-area-notification"
#define APPROVAL "cppcr-2010.reg11.out-of-area-approval"
#define IRO "ca1989.s25A.iro-appointment"

/* A child looked after from @start, in one open foster placement. */
static CareplanChild *
placed_from (const char *start)
{
  return cpt_looked_after_from ("P1", CPT_DEFAULT_DATE_OF_BIRTH, start, "U3");
}

/* --- reg 4: care plan --------------------------------------------------- */

/* Worked example 5: first placed Fri 19 Dec 2025; 10 working days skip
 * Christmas Day, Boxing Day and New Year's Day: due Wed 7 Jan 2026. */
static void
test_care_plan_christmas (void **state)
{
  struct { const char *plan; const char *expected; } cases[] = {
    { "2026-01-06", "met placement-start@2025-12-19 due=2026-01-07 done=2026-01-06 late=-" },
    { "2026-01-07", "met placement-start@2025-12-19 due=2026-01-07 done=2026-01-07 late=-" },
    { "2026-01-08", "met-late placement-start@2025-12-19 due=2026-01-07 done=2026-01-08 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from ("2025-12-19");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_CARE_PLAN, cases[i].plan, NULL);
      findings = cpt_run (CARE_PLAN, child, "2026-03-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_care_plan_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2025-12-19");
  g_autoptr(GPtrArray) before = cpt_run (CARE_PLAN, child, "2026-01-06");
  g_autoptr(GPtrArray) on = cpt_run (CARE_PLAN, child, "2026-01-07");
  g_autoptr(GPtrArray) after = cpt_run (CARE_PLAN, child, "2026-01-08");

  cpt_assert_findings (before, "due placement-start@2025-12-19 due=2026-01-07 done=- late=-", NULL);
  cpt_assert_findings (on, "due placement-start@2025-12-19 due=2026-01-07 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue placement-start@2025-12-19 due=2026-01-07 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (on, 0),
                       "care plan due 2026-01-07: 10 working days after the start of the first "
                       "placement on 2025-12-19; none yet at 2026-01-07");
}

/* Worked example 2: placed on Sat 1 Mar 2025, counting starts Monday: due
 * Fri 14 Mar 2025. */
static void
test_care_plan_saturday (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2025-03-01");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_CARE_PLAN, "2025-03-14", NULL);
  findings = cpt_run (CARE_PLAN, child, "2025-06-30");
  cpt_assert_findings (findings, "met placement-start@2025-03-01 due=2025-03-14 done=2025-03-14 late=-", NULL);
}

/* "before C is first placed": a plan dated before the period of care
 * starts, in days that belong to no period, counts for it; one dated
 * within an earlier period belongs to that period. */
static void
test_care_plan_before_placement (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(CareplanChild) earlier = cpt_child_new ("P2");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) inside = NULL;

  cpt_add_episode (child, "2024-01-08", "2024-03-01", "S", "V2", "U3", "E13");
  cpt_add_episode (child, "2025-01-06", NULL, "S", "C2", "U3", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_CARE_PLAN, "2023-12-01", "2024-03-02", NULL);
  findings = cpt_run (CARE_PLAN, child, "2025-06-30");
  cpt_assert_findings (findings,
                       "met placement-start@2024-01-08 due=2024-01-22 done=2023-12-01 late=-",
                       "met placement-start@2025-01-06 due=2025-01-20 done=2024-03-02 late=-",
                       NULL);

  cpt_add_episode (earlier, "2024-01-08", "2024-03-01", "S", "V2", "U3", "E13");
  cpt_add_episode (earlier, "2025-01-06", NULL, "S", "C2", "U3", NULL);
  cpt_add_events (earlier, CAREPLAN_EVENT_KIND_CARE_PLAN, "2024-01-10", "2024-03-01", NULL);
  inside = cpt_run (CARE_PLAN, earlier, "2025-06-30");
  cpt_assert_findings (inside,
                       "met placement-start@2024-01-08 due=2024-01-22 done=2024-01-10 late=-",
                       "overdue placement-start@2025-01-06 due=2025-01-20 done=- late=161",
                       NULL);
}

/* One care plan per period of care: a move does not restart reg 4. */
static void
test_care_plan_once_per_period (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-03-03", "S", "C2", "U3", "X1");
  cpt_add_episode (child, "2025-03-03", NULL, "P", "C2", "U3", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_CARE_PLAN, "2025-01-10", NULL);
  findings = cpt_run (CARE_PLAN, child, "2025-06-30");
  cpt_assert_findings (findings, "met placement-start@2025-01-06 due=2025-01-20 done=2025-01-10 late=-", NULL);
}

/* Lapses when care ends on or before the due date (2025-01-20). */
static void
test_care_plan_lapses (void **state)
{
  struct { const char *end; const char *expected; } cases[] = {
    { "2025-01-19", NULL },
    { "2025-01-20", NULL },
    { "2025-01-21", "overdue placement-start@2025-01-06 due=2025-01-20 done=- late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2025-01-06", cases[i].end, "S", "V2", "U3", "E13");
      findings = cpt_run (CARE_PLAN, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* First placed before 1 April 2011: reg 4(6), no fixed timescale. */
static void
test_care_plan_in_force (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2011-03-31", "not-applicable placement-start@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "due placement-start@2011-04-01 due=2011-04-15 done=- late=-" },
    { "2011-04-02", "due placement-start@2011-04-02 due=2011-04-15 done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from (cases[i].start);
      g_autoptr(GPtrArray) findings = cpt_run_2011 (CARE_PLAN, child, "2011-04-05");

      cpt_assert_findings (findings, cases[i].expected, NULL);
      if (i == 0)
        assert_string_equal (cpt_message_at (findings, 0),
                             "care plan not applicable: first placed on 2011-03-31, before "
                             "1 April 2011: regulation 4(6) asks for the care plan as soon as "
                             "reasonably practicable, with no fixed timescale");
    }
}

static void
test_care_plan_short_break (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-01-10", "S", "V3", "U3", "E13");
  findings = cpt_run (CARE_PLAN, child, "2025-06-30");
  cpt_assert_findings (findings, "not-applicable placement-start@2025-01-06 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "regulation 48"));
}

/* Beyond the built-in calendar (2012-2028): unknown, never a guess. */
static void
test_care_plan_calendar_range (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2028-12-27");
  g_autoptr(GPtrArray) findings = cpt_run (CARE_PLAN, child, "2029-02-01");

  cpt_assert_findings (findings, "unknown placement-start@2028-12-27 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "2012-01-01 to 2028-12-31"));
}

/* --- reg 9: placement plan ---------------------------------------------- */

/* Worked example 5: 5 working days from Fri 19 Dec 2025: Tue 30 Dec. */
static void
test_placement_plan_christmas (void **state)
{
  struct { const char *plan; const char *expected; } cases[] = {
    { "2025-12-29", "met placement-start@2025-12-19 due=2025-12-30 done=2025-12-29 late=-" },
    { "2025-12-30", "met placement-start@2025-12-19 due=2025-12-30 done=2025-12-30 late=-" },
    { "2025-12-31", "met-late placement-start@2025-12-19 due=2025-12-30 done=2025-12-31 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from ("2025-12-19");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, cases[i].plan, NULL);
      findings = cpt_run (PLACEMENT_PLAN, child, "2026-03-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_placement_plan_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2025-12-19");
  g_autoptr(GPtrArray) before = cpt_run (PLACEMENT_PLAN, child, "2025-12-29");
  g_autoptr(GPtrArray) on = cpt_run (PLACEMENT_PLAN, child, "2025-12-30");
  g_autoptr(GPtrArray) after = cpt_run (PLACEMENT_PLAN, child, "2025-12-31");

  cpt_assert_findings (before, "due placement-start@2025-12-19 due=2025-12-30 done=- late=-", NULL);
  cpt_assert_findings (on, "due placement-start@2025-12-19 due=2025-12-30 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue placement-start@2025-12-19 due=2025-12-30 done=- late=1", NULL);
}

/* Every placement has its own plan, and a change of legal status alone
 * (RNE L) is no new placement.  A planned move (reg 9(2): the plan
 * "before making the placement"): a plan dated after the one that met
 * the old placement's obligation and up to the move's day serves the new
 * placement; the old placement's own plan never serves both. */
static void
test_placement_plan_each_placement (void **state)
{
  struct { const char *plan; const char *expected; } cases[] = {
    /* the old placement's own plan only: the new one has none */
    { NULL, "overdue placement-start@2026-02-02 due=2026-02-09 done=- late=1" },
    /* the day after the old placement's plan, and the day before the move */
    { "2025-12-23", "met placement-start@2026-02-02 due=2026-02-09 done=2025-12-23 late=-" },
    { "2026-02-01", "met placement-start@2026-02-02 due=2026-02-09 done=2026-02-01 late=-" },
    /* on the move's day, and the day after its due date */
    { "2026-02-02", "met placement-start@2026-02-02 due=2026-02-09 done=2026-02-02 late=-" },
    { "2026-02-10", "met-late placement-start@2026-02-02 due=2026-02-09 done=2026-02-10 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2025-12-19", "2026-01-12", "S", "V2", "U3", "X1");
      cpt_add_episode (child, "2026-01-12", "2026-02-02", "L", "C2", "U3", "X1");
      cpt_add_episode (child, "2026-02-02", NULL, "P", "C2", "U3", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, "2025-12-22", cases[i].plan, NULL);
      findings = cpt_run (PLACEMENT_PLAN, child, "2026-02-10");
      cpt_assert_findings (findings,
                           "met placement-start@2025-12-19 due=2025-12-30 done=2025-12-22 late=-",
                           cases[i].expected,
                           NULL);
    }
}

/* A planned move's plan made before the old placement's obligation was
 * met: the old placement, late, takes the first plan in it; the plan
 * made before the move then serves the new one. */
static void
test_placement_plan_planned_move_after_late_plan (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-12-19", "2026-02-02", "S", "C2", "U3", "X1");
  cpt_add_episode (child, "2026-02-02", NULL, "P", "C2", "U3", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, "2026-01-05", "2026-01-30", NULL);
  findings = cpt_run (PLACEMENT_PLAN, child, "2026-02-10");
  cpt_assert_findings (findings,
                       "met-late placement-start@2025-12-19 due=2025-12-30 done=2026-01-05 late=6",
                       "met placement-start@2026-02-02 due=2026-02-09 done=2026-01-30 late=-",
                       NULL);
}

/* A move on or before the due date ends the placement: the obligation
 * lapses; a move the day after leaves it overdue to the end. */
static void
test_placement_plan_lapses (void **state)
{
  struct { const char *move; const char *expected; } cases[] = {
    { "2025-12-29", NULL },
    { "2025-12-30", NULL },
    { "2025-12-31", "overdue placement-start@2025-12-19 due=2025-12-30 done=- late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2025-12-19", cases[i].move, "S", "V2", "U3", "X1");
      cpt_add_episode (child, cases[i].move, NULL, "P", "V2", "U3", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, cases[i].move, NULL);
      findings = cpt_run (PLACEMENT_PLAN, child, "2026-01-31");
      /* The second placement's plan is dated the day it starts. */
      if (cases[i].expected != NULL)
        assert_int_equal (findings->len, 2);
      else
        assert_int_equal (findings->len, 1);
      if (cases[i].expected != NULL)
        {
          g_autofree char *summary = cpt_summarize (findings->pdata[0]);

          assert_string_equal (summary, cases[i].expected);
        }
      assert_int_equal (careplan_finding_get_status (findings->pdata[findings->len - 1]),
                        CAREPLAN_FINDING_STATUS_MET);
    }
}

static void
test_placement_plan_in_force (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2011-03-31", "not-applicable placement-start@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "due placement-start@2011-04-01 due=2011-04-08 done=- late=-" },
    { "2011-04-02", "due placement-start@2011-04-02 due=2011-04-08 done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from (cases[i].start);
      g_autoptr(GPtrArray) findings = cpt_run_2011 (PLACEMENT_PLAN, child, "2011-04-05");

      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_placement_plan_short_break (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(GPtrArray) plan = NULL;
  g_autoptr(GPtrArray) notice = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-01-10", "S", "V4", "U3", "E13");
  plan = cpt_run (PLACEMENT_PLAN, child, "2025-06-30");
  notice = cpt_run (NOTIFICATION, child, "2025-06-30");
  cpt_assert_findings (plan, "not-applicable placement-start@2025-01-06 due=- done=- late=-", NULL);
  cpt_assert_findings (notice, "not-applicable placement-start@2025-01-06 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (notice, 0), "regulation 48(3)(b)"));
}

/* --- reg 13: notification ---------------------------------------------- */

/* Worked example 5: due Tue 30 Dec 2025, like the placement plan; a
 * notice to the required persons or with no recipient counts, one to the
 * area authority does not. */
static void
test_notification (void **state)
{
  struct { const char *date; const char *recipient; const char *expected; } cases[] = {
    { "2025-12-29", "required-persons", "met placement-start@2025-12-19 due=2025-12-30 done=2025-12-29 late=-" },
    { "2025-12-30", NULL, "met placement-start@2025-12-19 due=2025-12-30 done=2025-12-30 late=-" },
    { "2025-12-31", "required-persons", "met-late placement-start@2025-12-19 due=2025-12-30 done=2025-12-31 late=1" },
    { "2025-12-22", "area-authority", "overdue placement-start@2025-12-19 due=2025-12-30 done=- late=32" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from ("2025-12-19");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION,
                                 cases[i].date, cases[i].recipient);
      findings = cpt_run (NOTIFICATION, child, "2026-01-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* A notice dated before the placement is made ("before the placement") in
 * the days before the period of care counts. */
static void
test_notification_before_placement (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2025-12-19");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, "2025-12-18", "area-authority");
  cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, "2025-12-17", "required-persons");
  findings = cpt_run (NOTIFICATION, child, "2026-01-31");
  cpt_assert_findings (findings, "met placement-start@2025-12-19 due=2025-12-30 done=2025-12-17 late=-", NULL);
}

/* --- reg 13(4): notice to the area authority --------------------------- */

static void
test_area_notification (void **state)
{
  struct { const char *date; const char *recipient; const char *expected; } cases[] = {
    { "2025-12-30", "area-authority", "met placement-start@2025-12-19 due=2025-12-30 done=2025-12-30 late=-" },
    { "2025-12-31", "area-authority", "met-late placement-start@2025-12-19 due=2025-12-30 done=2025-12-31 late=1" },
    { "2025-12-22", "required-persons", "overdue placement-start@2025-12-19 due=2025-12-30 done=- late=32" },
    { "2025-12-22", NULL, "overdue placement-start@2025-12-19 due=2025-12-30 done=- late=32" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;

      add_out_of_area_episode (child, "2025-12-19", NULL, "S", NULL);
      cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION,
                                 cases[i].date, cases[i].recipient);
      findings = cpt_run (AREA_NOTIFICATION, child, "2026-01-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* Only placements recorded as out of area; the episode that starts the
 * placement decides. */
static void
test_area_notification_scope (void **state)
{
  g_autoptr(CareplanChild) unset = placed_from ("2025-12-19");
  g_autoptr(CareplanChild) in_area = cpt_child_new ("P1");
  g_autoptr(CareplanChild) moved = cpt_child_new ("P1");
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) no = NULL;
  g_autoptr(GPtrArray) second = NULL;
  CareplanEpisode *episode;

  none = cpt_run (AREA_NOTIFICATION, unset, "2026-01-31");
  cpt_assert_findings (none, NULL);

  episode = cpt_add_episode (in_area, "2025-12-19", NULL, "S", "C2", "U3", NULL);
  careplan_episode_set_out_of_area (episode, CAREPLAN_TRISTATE_NO);
  no = cpt_run (AREA_NOTIFICATION, in_area, "2026-01-31");
  cpt_assert_findings (no, NULL);

  cpt_add_episode (moved, "2025-12-19", "2026-01-12", "S", "C2", "U3", "X1");
  add_out_of_area_episode (moved, "2026-01-12", NULL, "P", NULL);
  cpt_add_event_with_detail (moved, CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, "2026-01-09", "area-authority");
  second = cpt_run (AREA_NOTIFICATION, moved, "2026-01-31");
  /* A planned move out of area: the notice dated before the placement
   * is made (reg 13(4)(a)), in the previous, in-area placement, serves it. */
  cpt_assert_findings (second, "met placement-start@2026-01-12 due=2026-01-19 done=2026-01-09 late=-", NULL);
}

/* In force from 27 January 2014 (SI 2013/3239 reg 1(1)). */
static void
test_area_notification_in_force (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2014-01-26", "not-applicable placement-start@2014-01-26 due=- done=- late=-" },
    { "2014-01-27", "due placement-start@2014-01-27 due=2014-02-03 done=- late=-" },
    { "2014-01-28", "due placement-start@2014-01-28 due=2014-02-04 done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;

      add_out_of_area_episode (child, cases[i].start, NULL, "S", NULL);
      findings = cpt_run (AREA_NOTIFICATION, child, "2014-01-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_area_notification_short_break (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(GPtrArray) findings = NULL;
  CareplanEpisode *episode = cpt_add_episode (child, "2025-01-06", "2025-01-10", "S", "V3", "U3", "E13");

  careplan_episode_set_out_of_area (episode, CAREPLAN_TRISTATE_YES);
  findings = cpt_run (AREA_NOTIFICATION, child, "2025-06-30");
  cpt_assert_findings (findings, "not-applicable placement-start@2025-01-06 due=- done=- late=-", NULL);
}

/* --- reg 11: approval of an out-of-area placement ----------------------- */

/* A prohibition: due the day the placement starts.  Approved by then is
 * met; approved later is met-late by the days it ran unapproved. */
static void
test_approval_boundary (void **state)
{
  struct { const char *approved; const char *expected; } cases[] = {
    { "2025-03-02", "met placement-start@2025-03-03 due=2025-03-03 done=2025-03-02 late=-" },
    { "2025-03-03", "met placement-start@2025-03-03 due=2025-03-03 done=2025-03-03 late=-" },
    { "2025-03-04", "met-late placement-start@2025-03-03 due=2025-03-03 done=2025-03-04 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;

      add_out_of_area_episode (child, "2025-03-03", NULL, "S", NULL);
      cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, cases[i].approved,
                                 "nominated-officer");
      findings = cpt_run (APPROVAL, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_approval_missing (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(CareplanChild) ended = cpt_child_new ("P2");
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) to_end = NULL;

  add_out_of_area_episode (child, "2025-03-03", NULL, "S", NULL);
  on = cpt_run (APPROVAL, child, "2025-03-03");
  after = cpt_run (APPROVAL, child, "2025-03-04");
  cpt_assert_findings (on, "due placement-start@2025-03-03 due=2025-03-03 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue placement-start@2025-03-03 due=2025-03-03 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (after, 0),
                       "approval of the out-of-area placement due 2025-03-03: the decision to place "
                       "outside the authority's area must be approved before it is put into effect, "
                       "when the placement starts on 2025-03-03; none by 2025-03-04 (1 day late)");

  add_out_of_area_episode (ended, "2025-03-03", "2025-03-10", "S", "E13");
  to_end = cpt_run (APPROVAL, ended, "2025-06-30");
  cpt_assert_findings (to_end, "overdue placement-start@2025-03-03 due=2025-03-03 done=- late=7", NULL);
}

/* Reg 11(1)(b): a placement at a distance needs the director's approval.
 * On the boundary as for any approval; a nominated officer's approval does
 * not count, one whose approver is not recorded does. */
static void
test_approval_at_distance (void **state)
{
  struct { const char *approved; const char *approver; const char *expected; } cases[] = {
    { "2025-03-02", "director", "met placement-start@2025-03-03 due=2025-03-03 done=2025-03-02 late=-" },
    { "2025-03-03", "director", "met placement-start@2025-03-03 due=2025-03-03 done=2025-03-03 late=-" },
    { "2025-03-04", "director", "met-late placement-start@2025-03-03 due=2025-03-03 done=2025-03-04 late=1" },
    { "2025-03-02", NULL, "met placement-start@2025-03-03 due=2025-03-03 done=2025-03-02 late=-" },
    { "2025-03-02", "nominated-officer", "overdue placement-start@2025-03-03 due=2025-03-03 done=- late=119" },
    { "2025-03-03", "nominated-officer", "overdue placement-start@2025-03-03 due=2025-03-03 done=- late=119" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;
      CareplanEpisode *episode = cpt_add_episode (child, "2025-03-03", NULL, "S", "C2", "U3", NULL);

      /* At a distance is out of area by definition: out_of_area unset. */
      careplan_episode_set_at_distance (episode, CAREPLAN_TRISTATE_YES);
      cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, cases[i].approved,
                                 cases[i].approver);
      findings = cpt_run (APPROVAL, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_approval_at_distance_director_after_officer (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(CareplanChild) near = cpt_child_new ("P2");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) near_findings = NULL;
  CareplanEpisode *episode;

  /* The nominated officer approved before the start, the director two days
   * after: late by the two days it ran without the director's approval. */
  episode = add_out_of_area_episode (child, "2025-03-03", NULL, "S", NULL);
  careplan_episode_set_at_distance (episode, CAREPLAN_TRISTATE_YES);
  cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, "2025-02-28",
                             "nominated-officer");
  cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, "2025-03-05", "director");
  findings = cpt_run (APPROVAL, child, "2025-06-30");
  cpt_assert_findings (findings,
                       "met-late placement-start@2025-03-03 due=2025-03-03 done=2025-03-05 late=2", NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0),
                           "the director's approval of the placement at a distance due 2025-03-03: "
                           "the decision to place at a distance must be approved by the director of "
                           "children's services (a nominated officer's approval does not count)"));

  /* Recorded as not at a distance: the nominated officer's approval is the one. */
  episode = add_out_of_area_episode (near, "2025-03-03", NULL, "S", NULL);
  careplan_episode_set_at_distance (episode, CAREPLAN_TRISTATE_NO);
  cpt_add_event_with_detail (near, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, "2025-02-28",
                             "nominated-officer");
  near_findings = cpt_run (APPROVAL, near, "2025-06-30");
  cpt_assert_findings (near_findings,
                       "met placement-start@2025-03-03 due=2025-03-03 done=2025-02-28 late=-", NULL);
}

/* At a distance implies out of area for reg 13(4) too. */
static void
test_area_notification_at_distance (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(GPtrArray) findings = NULL;
  CareplanEpisode *episode = cpt_add_episode (child, "2025-03-03", NULL, "S", "C2", "U3", NULL);

  careplan_episode_set_at_distance (episode, CAREPLAN_TRISTATE_YES);
  findings = cpt_run (AREA_NOTIFICATION, child, "2025-06-30");
  assert_int_equal (findings->len, 1);
  assert_int_equal (careplan_finding_get_status (g_ptr_array_index (findings, 0)),
                    CAREPLAN_FINDING_STATUS_OVERDUE);
}

/* Each approval counts once, in date order. */
static void
test_approval_counted_once (void **state)
{
  struct { const char *approvals[2]; const char *first; const char *second; } cases[] = {
    /* one approval: the first placement's; the second has none */
    { { "2025-03-01", NULL },
      "met placement-start@2025-03-03 due=2025-03-03 done=2025-03-01 late=-",
      "overdue placement-start@2025-06-02 due=2025-06-02 done=- late=28" },
    /* an approval for the move, dated in the first placement */
    { { "2025-03-01", "2025-05-20" },
      "met placement-start@2025-03-03 due=2025-03-03 done=2025-03-01 late=-",
      "met placement-start@2025-06-02 due=2025-06-02 done=2025-05-20 late=-" },
    /* a late approval of the first placement is not the second's */
    { { "2025-03-10", NULL },
      "met-late placement-start@2025-03-03 due=2025-03-03 done=2025-03-10 late=7",
      "overdue placement-start@2025-06-02 due=2025-06-02 done=- late=28" },
    /* two before the first placement: the later one is its approval */
    { { "2025-03-01", "2025-03-02" },
      "met placement-start@2025-03-03 due=2025-03-03 done=2025-03-02 late=-",
      "overdue placement-start@2025-06-02 due=2025-06-02 done=- late=28" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;
      guint j;

      add_out_of_area_episode (child, "2025-03-03", "2025-06-02", "S", "X1");
      add_out_of_area_episode (child, "2025-06-02", NULL, "P", NULL);
      for (j = 0; j < 2; j++)
        if (cases[i].approvals[j] != NULL)
          cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL,
                                     cases[i].approvals[j], "director");
      findings = cpt_run (APPROVAL, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].first, cases[i].second, NULL);
    }
}

/* An approval dated before the previous placement started is stale; an
 * in-area placement owes no approval. */
static void
test_approval_stale_and_in_area (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(GPtrArray) findings = NULL;

  add_out_of_area_episode (child, "2025-03-03", "2025-04-01", "S", "X1");
  cpt_add_episode (child, "2025-04-01", "2025-06-02", "P", "C2", "U3", "X1");
  add_out_of_area_episode (child, "2025-06-02", NULL, "P", NULL);
  cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, "2025-03-01", NULL);
  cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, "2025-03-20", NULL);
  findings = cpt_run (APPROVAL, child, "2025-06-30");
  cpt_assert_findings (findings,
                       "met placement-start@2025-03-03 due=2025-03-03 done=2025-03-01 late=-",
                       "overdue placement-start@2025-06-02 due=2025-06-02 done=- late=28",
                       NULL);
}

static void
test_approval_in_force (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2014-01-26", "not-applicable placement-start@2014-01-26 due=- done=- late=-" },
    { "2014-01-27", "met placement-start@2014-01-27 due=2014-01-27 done=2014-01-20 late=-" },
    { "2014-01-28", "met placement-start@2014-01-28 due=2014-01-28 done=2014-01-20 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;

      add_out_of_area_episode (child, cases[i].start, NULL, "S", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, "2014-01-20", NULL);
      findings = cpt_run (APPROVAL, child, "2014-03-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* --- s25A: IRO appointment ---------------------------------------------- */

static void
test_iro_before_first_review (void **state)
{
  struct { const char *appointed; const char *expected; } cases[] = {
    { "2025-02-01", "met became-looked-after@2025-01-06 due=2025-02-02 done=2025-02-01 late=-" },
    { "2025-02-02", "met became-looked-after@2025-01-06 due=2025-02-02 done=2025-02-02 late=-" },
    { "2025-02-03", "met-late became-looked-after@2025-01-06 due=2025-02-02 done=2025-02-03 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from ("2025-01-06");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, cases[i].appointed, NULL);
      findings = cpt_run (IRO, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      if (i == 0)
        assert_string_equal (cpt_message_at (findings, 0),
                             "IRO appointment due 2025-02-02: before the first review, held on "
                             "2025-02-03; appointed 2025-02-01");
    }
}

/* No review yet: due before the first review's deadline (worked example
 * 1: Wed 22 Jan 2025), so by Tue 21 Jan.  A late review moves the due
 * date to the day before its own. */
static void
test_iro_no_review_yet (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2024-12-20");
  g_autoptr(CareplanChild) late_review = placed_from ("2024-12-20");
  g_autoptr(GPtrArray) on = cpt_run (IRO, child, "2025-01-21");
  g_autoptr(GPtrArray) after = cpt_run (IRO, child, "2025-01-22");
  g_autoptr(GPtrArray) moved = NULL;

  cpt_assert_findings (on, "due became-looked-after@2024-12-20 due=2025-01-21 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue became-looked-after@2024-12-20 due=2025-01-21 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (on, 0),
                       "IRO appointment due 2025-01-21: before the first review, not yet held and due "
                       "20 working days after becoming looked after on 2024-12-20; none yet at "
                       "2025-01-21");

  cpt_add_events (late_review, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-10", NULL);
  cpt_add_events (late_review, CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, "2025-02-05", NULL);
  moved = cpt_run (IRO, late_review, "2025-03-31");
  cpt_assert_findings (moved, "met became-looked-after@2024-12-20 due=2025-02-09 done=2025-02-05 late=-", NULL);
}

/* days_before = 0: an appointment dated the day of the first review
 * counts (records that cannot say which came first); 2: two days before. */
static void
test_iro_days_before_parameter (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2025-01-06");
  g_autoptr(CareplanChild) none = placed_from ("2025-01-06");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) pending = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, "2025-02-03", NULL);
  findings = cpt_run_with_parameter (IRO, "days_before", 0, child, "2025-06-30");
  cpt_assert_findings (findings, "met became-looked-after@2025-01-06 due=2025-02-03 done=2025-02-03 late=-", NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "by the first review, held on 2025-02-03"));

  pending = cpt_run_with_parameter (IRO, "days_before", 2, none, "2025-01-10");
  cpt_assert_findings (pending, "due became-looked-after@2025-01-06 due=2025-02-01 done=- late=-", NULL);
}

/* Each period of care needs its own appointment. */
static void
test_iro_each_period (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2024-01-08", "2024-03-01", "S", "V2", "U3", "E13");
  cpt_add_episode (child, "2025-01-06", NULL, "S", "C2", "U3", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2024-02-01", "2025-02-03", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, "2024-01-10", NULL);
  findings = cpt_run (IRO, child, "2025-03-01");
  cpt_assert_findings (findings,
                       "met became-looked-after@2024-01-08 due=2024-01-31 done=2024-01-10 late=-",
                       "overdue became-looked-after@2025-01-06 due=2025-02-02 done=- late=27",
                       NULL);
}

/* Short breaks: the first review is due within 3 months (reg 48). */
static void
test_iro_short_break (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("P1");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-01-06", NULL, "S", "V3", "U3", NULL);
  findings = cpt_run (IRO, child, "2025-02-01");
  cpt_assert_findings (findings, "due became-looked-after@2025-01-06 due=2025-04-05 done=- late=-", NULL);
}

/* Care ending on or before the appointment's due date (2025-02-02, the
 * day before the first-review deadline) with no appointment lapses. */
static void
test_iro_lapses (void **state)
{
  struct { const char *end; const char *expected; } cases[] = {
    { "2025-02-01", NULL },
    { "2025-02-02", NULL },
    { "2025-02-03", "overdue became-looked-after@2025-01-06 due=2025-02-02 done=- late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("P1");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2025-01-06", cases[i].end, "S", "V2", "U3", "E13");
      findings = cpt_run (IRO, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_iro_in_force (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2011-03-31", "not-applicable became-looked-after@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "met became-looked-after@2011-04-01 due=2011-04-19 done=2011-04-04 late=-" },
    { "2011-04-02", "met became-looked-after@2011-04-02 due=2011-04-19 done=2011-04-04 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = placed_from (cases[i].start);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2011-04-20", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, "2011-04-04", NULL);
      findings = cpt_run_2011 (IRO, child, "2011-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* Beyond the built-in calendar, with no review to fix the date: unknown. */
static void
test_iro_calendar_range (void **state)
{
  g_autoptr(CareplanChild) child = placed_from ("2028-12-27");
  g_autoptr(GPtrArray) findings = cpt_run (IRO, child, "2029-02-01");

  cpt_assert_findings (findings, "unknown became-looked-after@2028-12-27 due=- done=- late=-", NULL);
  assert_string_equal (cpt_message_at (findings, 0),
                       "IRO appointment due date unknown: before the first review, not yet held and "
                       "due 20 working days after becoming looked after on 2028-12-27 needs bank "
                       "holidays outside the calendar's range 2012-01-01 to 2028-12-31");
}

/* --- the definitions ----------------------------------------------------- */

static void
test_definitions (void **state)
{
  struct {
    const char *id;
    CareplanConfirmation confirmation;
    const char *provision;
    const char *url;
    const char *in_force_from;
    const char *parameter;
    int value;
    CareplanTimeUnit unit;
  } cases[] = {
    { CARE_PLAN, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 4(2)",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/4/made", "2011-04-01",
      "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS },
    { PLACEMENT_PLAN, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 9(2)",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/9/made", "2011-04-01",
      "working_days", 5, CAREPLAN_TIME_UNIT_WORKING_DAYS },
    { NOTIFICATION, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 13",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/13/2011-04-01", "2011-04-01",
      "working_days", 5, CAREPLAN_TIME_UNIT_WORKING_DAYS },
    { AREA_NOTIFICATION, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "regulation 13(4) (inserted by SI 2013/3239, regulation 19)",
      "https://www.legislation.gov.uk/uksi/2013/3239/regulation/19/made", "2014-01-27",
      "working_days", 5, CAREPLAN_TIME_UNIT_WORKING_DAYS },
    { APPROVAL, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "regulation 11(1) (as substituted by SI 2013/3239, regulation 18)",
      "https://www.legislation.gov.uk/uksi/2013/3239/regulation/18/made", "2014-01-27",
      NULL, 0, 0 },
    { IRO, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "section 25A(2)",
      "https://www.legislation.gov.uk/ukpga/1989/41/section/25A/2011-04-01", "2011-04-01",
      "days_before", 1, CAREPLAN_TIME_UNIT_DAYS },
  };
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CareplanRule *rule = cpt_lookup_rule (rulebook, cases[i].id);
      CareplanTimeUnit unit;
      int value;

      assert_string_equal (careplan_rule_get_family (rule), "care-planning");
      assert_int_equal (careplan_rule_get_kind (rule), CAREPLAN_RULE_KIND_STATUTE);
      assert_int_equal (careplan_rule_get_confirmation (rule), cases[i].confirmation);
      assert_string_equal (careplan_rule_get_provision (rule), cases[i].provision);
      assert_string_equal (careplan_rule_get_url (rule), cases[i].url);
      assert_int_equal (careplan_rule_get_in_force_from (rule), cpt_date (cases[i].in_force_from));
      assert_int_equal (careplan_rule_get_in_force_until (rule), CAREPLAN_DATE_NONE);
      if (cases[i].parameter == NULL)
        {
          assert_null (careplan_rule_get_parameter_names (rule)[0]);
          continue;
        }
      assert_true (careplan_rule_get_parameter (rule, cases[i].parameter, &value, &unit));
      assert_int_equal (value, cases[i].value);
      assert_int_equal (unit, cases[i].unit);
      assert_non_null (careplan_rule_get_parameter_description (rule, cases[i].parameter));
    }

  assert_string_equal (careplan_rule_get_instrument (cpt_lookup_rule (rulebook, IRO)), "Children Act 1989");
  assert_string_equal (careplan_rule_get_instrument (cpt_lookup_rule (rulebook, CARE_PLAN)),
                       "Care Planning, Placement and Case Review (England) Regulations 2010");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_care_plan_christmas),
    cmocka_unit_test (test_care_plan_due_then_overdue),
    cmocka_unit_test (test_care_plan_saturday),
    cmocka_unit_test (test_care_plan_before_placement),
    cmocka_unit_test (test_care_plan_once_per_period),
    cmocka_unit_test (test_care_plan_lapses),
    cmocka_unit_test (test_care_plan_in_force),
    cmocka_unit_test (test_care_plan_short_break),
    cmocka_unit_test (test_care_plan_calendar_range),
    cmocka_unit_test (test_placement_plan_christmas),
    cmocka_unit_test (test_placement_plan_due_then_overdue),
    cmocka_unit_test (test_placement_plan_each_placement),
    cmocka_unit_test (test_placement_plan_planned_move_after_late_plan),
    cmocka_unit_test (test_placement_plan_lapses),
    cmocka_unit_test (test_placement_plan_in_force),
    cmocka_unit_test (test_placement_plan_short_break),
    cmocka_unit_test (test_notification),
    cmocka_unit_test (test_notification_before_placement),
    cmocka_unit_test (test_area_notification),
    cmocka_unit_test (test_area_notification_scope),
    cmocka_unit_test (test_area_notification_in_force),
    cmocka_unit_test (test_area_notification_short_break),
    cmocka_unit_test (test_approval_boundary),
    cmocka_unit_test (test_approval_missing),
    cmocka_unit_test (test_approval_counted_once),
    cmocka_unit_test (test_approval_stale_and_in_area),
    cmocka_unit_test (test_approval_in_force),
    cmocka_unit_test (test_iro_before_first_review),
    cmocka_unit_test (test_iro_no_review_yet),
    cmocka_unit_test (test_iro_days_before_parameter),
    cmocka_unit_test (test_iro_each_period),
    cmocka_unit_test (test_approval_at_distance),
    cmocka_unit_test (test_approval_at_distance_director_after_officer),
    cmocka_unit_test (test_area_notification_at_distance),
    cmocka_unit_test (test_iro_short_break),
    cmocka_unit_test (test_iro_lapses),
    cmocka_unit_test (test_iro_in_force),
    cmocka_unit_test (test_iro_calendar_range),
    cmocka_unit_test (test_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
