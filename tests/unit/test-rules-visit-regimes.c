/* test-rules-visit-regimes.c: the special visiting regimes of CPPCR 2010
 * reg 28 (paras (3), (3A), (4), (5)), reg 29 and SI 2010/2797 reg 4
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

static CareplanEvent *
add_temporary_approval (CareplanChild *child,
                        const char    *start,
                        const char    *approved)
{
  CareplanEvent *approval = cpt_add_event (child, CAREPLAN_EVENT_KIND_CARER_APPROVAL, start);

  careplan_event_set_sub_kind (approval, "temporary-connected-person");
  if (approved != NULL)
    careplan_event_set_approved (approval, cpt_date (approved));
  return approval;
}

#define AGREED "cppcr-2010.reg28-3A.long-term-foster-less-frequent"
#define PWP "cppcr-2010.reg28-3.visits-pwp-before-assessment"
#define CONNECTED "cppcr-2010.reg28-4.visits-connected-person-or-ico-with-parent"
#define CARE_ORDER "cppcr-2010.reg28-5.visits-care-order-with-parent"
#define PRIVATE "cppcr-2010.reg29.speak-in-private"
#define DETENTION "visits-detention-2010.reg4.former-lac-in-custody"
#define FIRST_VISIT "cppcr-2010.reg28-2a.first-visit"
#define FIRST_YEAR "cppcr-2010.reg28-2b.first-year-six-weekly"
#define AFTER_FIRST_YEAR "cppcr-2010.reg28-2c.after-first-year"

/* Worked example 6: placed with an aunt, temporarily approved under reg
 * 24, on Mon 3 Mar 2025. */
static CareplanChild *
connected_person_child (const char *approved)
{
  CareplanChild *child = cpt_child_new ("R4");

  cpt_add_episode (child, "2025-03-03", NULL, "S", "V2", "U3", NULL);
  add_temporary_approval (child, "2025-03-03", approved);
  return child;
}

/* --- reg 28(4): connected person ---------------------------------------- */

/* Weekly from the start: by Mon 10 Mar. */
static void
test_connected_first_visit (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-03-09", "met placement-start@2025-03-03 due=2025-03-10 done=2025-03-09 late=-" },
    { "2025-03-10", "met placement-start@2025-03-03 due=2025-03-10 done=2025-03-10 late=-" },
    { "2025-03-11", "met-late placement-start@2025-03-03 due=2025-03-10 done=2025-03-11 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = connected_person_child (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, cases[i].visit, NULL);
      findings = cpt_run (CONNECTED, child, "2025-03-12");
      assert_int_equal (findings->len, 2);
      cpt_assert_summary_at (findings, 0, cases[i].expected);
      cpt_assert_message_contains (findings, 0, "1 week after the start of the placement on 2025-03-03");
    }
}

/* Each visit before the first review makes the next due within 7 days. */
static void
test_connected_weekly (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-03-13", "met visit@2025-03-07 due=2025-03-14 done=2025-03-13 late=-" },
    { "2025-03-14", "met visit@2025-03-07 due=2025-03-14 done=2025-03-14 late=-" },
    { "2025-03-15", "met-late visit@2025-03-07 due=2025-03-14 done=2025-03-15 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = connected_person_child (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-07", cases[i].visit, NULL);
      findings = cpt_run (CONNECTED, child, "2025-03-16");
      assert_int_equal (findings->len, 3);
      cpt_assert_summary_at (findings, 1, cases[i].expected);
    }
}

/* The first review (Fri 28 Mar) ends the weekly phase: a visit on the day
 * before it is weekly, one on the day itself or after is four-weekly. */
static void
test_connected_after_first_review (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-03-27", "due visit@2025-03-27 due=2025-04-03 done=- late=-" },
    { "2025-03-28", "due visit@2025-03-28 due=2025-04-25 done=- late=-" },
    { "2025-03-29", "due visit@2025-03-29 due=2025-04-26 done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = connected_person_child (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-03-28", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-07", "2025-03-14", "2025-03-21",
                      cases[i].visit, NULL);
      findings = cpt_run (CONNECTED, child, "2025-04-01");
      assert_int_equal (findings->len, 5);
      cpt_assert_summary_at (findings, 4, cases[i].expected);
    }
}

/* Four-weekly after the review: 28 Mar → 25 Apr. */
static void
test_connected_four_weekly (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-04-24", "met visit@2025-03-28 due=2025-04-25 done=2025-04-24 late=-" },
    { "2025-04-25", "met visit@2025-03-28 due=2025-04-25 done=2025-04-25 late=-" },
    { "2025-04-26", "met-late visit@2025-03-28 due=2025-04-25 done=2025-04-26 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = connected_person_child (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-03-28", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-07", "2025-03-14", "2025-03-21",
                      "2025-03-28", cases[i].visit, NULL);
      findings = cpt_run (CONNECTED, child, "2025-04-27");
      assert_int_equal (findings->len, 6);
      cpt_assert_summary_at (findings, 4, cases[i].expected);
      cpt_assert_message_contains (findings, 4, "4 weeks after the visit on 2025-03-28");
    }
}

/* Full approval on 1 May ends reg 24, so reg 28(4): a visit dated 30 Apr
 * is its last anchor, one dated 1 May is reg 28(2)(b)'s. */
static void
test_connected_until_approved (void **state)
{
  struct {
    const char *visit;
    const char *last_connected;
    const char *first_default;
  } cases[] = {
    { "2025-04-30", "met visit@2025-04-30 due=2025-05-28 done=2025-05-20 late=-",
      "due visit@2025-05-20 due=2025-07-01 done=- late=-" },
    { "2025-05-01", "met visit@2025-04-25 due=2025-05-23 done=2025-05-01 late=-",
      "met visit@2025-05-01 due=2025-06-12 done=2025-05-20 late=-" },
    { "2025-05-02", "met visit@2025-04-25 due=2025-05-23 done=2025-05-02 late=-",
      "met visit@2025-05-02 due=2025-06-13 done=2025-05-20 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = connected_person_child ("2025-05-01");
      g_autoptr(GPtrArray) connected = NULL;
      g_autoptr(GPtrArray) first_year = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-03-28", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-07", "2025-03-14", "2025-03-21",
                      "2025-03-28", "2025-04-25", cases[i].visit, "2025-05-20", NULL);
      connected = cpt_run (CONNECTED, child, "2025-06-01");
      first_year = cpt_run (FIRST_YEAR, child, "2025-06-01");

      cpt_assert_summary_at (connected, connected->len - 1, cases[i].last_connected);
      cpt_assert_summary_at (first_year, 0, "not-applicable placement-start@2025-03-03 due=- done=- late=-");
      cpt_assert_message_contains (first_year, 0, "regulation 28(4) (temporarily approved connected person, "
                                              "regulation 24) from 2025-03-03 until 2025-05-01");
      cpt_assert_summary_at (first_year, 1, cases[i].first_default);
    }
}

/* Approved after the as-of date: not yet known, reg 28(4) goes on. */
static void
test_connected_approval_after_as_of (void **state)
{
  g_autoptr(CareplanChild) child = connected_person_child ("2025-05-01");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-07", "2025-04-20", NULL);
  findings = cpt_run (FIRST_YEAR, child, "2025-04-30");
  cpt_assert_findings (findings, "not-applicable placement-start@2025-03-03 due=- done=- late=-", NULL);
  cpt_assert_message_contains (findings, 0, "from 2025-03-03 instead");
}

/* --- reg 28(4) and (5): with a parent under an interim, then a full, care
 * order ------------------------------------------------------------------ */

/* Placed with a parent under an interim care order on Mon 6 Jan 2025; the
 * care order is made on Mon 3 Mar (RNE L, C1 → C2). */
static CareplanChild *
with_parent_child (void)
{
  CareplanChild *child = cpt_child_new ("R5");

  cpt_add_episode (child, "2025-01-06", "2025-03-03", "S", "C1", "P1", "X1");
  cpt_add_episode (child, "2025-03-03", NULL, "L", "C2", "P1", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-31", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT,
                  "2025-01-10", "2025-01-17", "2025-01-24", "2025-01-31", "2025-02-27", NULL);
  return child;
}

static void
test_interim_care_order_with_parent (void **state)
{
  g_autoptr(CareplanChild) child = with_parent_child ();
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-05", NULL);
  findings = cpt_run (CONNECTED, child, "2025-03-20");
  cpt_assert_findings (findings,
                       "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-10 late=-",
                       "met visit@2025-01-10 due=2025-01-17 done=2025-01-17 late=-",
                       "met visit@2025-01-17 due=2025-01-24 done=2025-01-24 late=-",
                       "met visit@2025-01-24 due=2025-01-31 done=2025-01-31 late=-",
                       "met visit@2025-01-31 due=2025-02-28 done=2025-02-27 late=-",
                       "met visit@2025-02-27 due=2025-03-27 done=2025-03-05 late=-",
                       NULL);
}

/* Within one week of the care order: by Mon 10 Mar. */
static void
test_care_order_first_visit (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-03-09", "met care-order@2025-03-03 due=2025-03-10 done=2025-03-09 late=-" },
    { "2025-03-10", "met care-order@2025-03-03 due=2025-03-10 done=2025-03-10 late=-" },
    { "2025-03-11", "met-late care-order@2025-03-03 due=2025-03-10 done=2025-03-11 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = with_parent_child ();
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, cases[i].visit, NULL);
      findings = cpt_run (CARE_ORDER, child, "2025-03-20");
      assert_int_equal (findings->len, 2);
      cpt_assert_summary_at (findings, 0, cases[i].expected);
      cpt_assert_message_contains (findings, 0, "1 week after the care order on 2025-03-03");
    }
}

/* Then within six weeks: 5 Mar → 16 Apr. */
static void
test_care_order_six_weekly (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-04-15", "met visit@2025-03-05 due=2025-04-16 done=2025-04-15 late=-" },
    { "2025-04-16", "met visit@2025-03-05 due=2025-04-16 done=2025-04-16 late=-" },
    { "2025-04-17", "met-late visit@2025-03-05 due=2025-04-16 done=2025-04-17 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = with_parent_child ();
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-05", cases[i].visit, NULL);
      findings = cpt_run (CARE_ORDER, child, "2025-04-20");
      assert_int_equal (findings->len, 3);
      cpt_assert_summary_at (findings, 1, cases[i].expected);
    }
}

/* No visit since the care order: one overdue finding. */
static void
test_care_order_overdue (void **state)
{
  g_autoptr(CareplanChild) child = with_parent_child ();
  g_autoptr(GPtrArray) on = cpt_run (CARE_ORDER, child, "2025-03-10");
  g_autoptr(GPtrArray) after = cpt_run (CARE_ORDER, child, "2025-03-11");

  cpt_assert_findings (on, "due care-order@2025-03-03 due=2025-03-10 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue care-order@2025-03-03 due=2025-03-10 done=- late=1", NULL);
}

/* A care order the child was already under when placed with a parent, or
 * a change that keeps legal status C2, is not a care order made while the
 * child lived with the parent. */
static void
test_care_order_not_made_in_placement (void **state)
{
  g_autoptr(CareplanChild) from_start = cpt_child_new ("R5");
  g_autoptr(CareplanChild) stays_c2 = cpt_child_new ("R5");
  g_autoptr(GPtrArray) from_start_findings = NULL;
  g_autoptr(GPtrArray) stays_findings = NULL;
  g_autoptr(GPtrArray) first_visit = NULL;

  cpt_add_episode (from_start, "2025-01-06", NULL, "S", "C2", "P1", NULL);
  cpt_add_episode (stays_c2, "2025-01-06", "2025-03-03", "S", "C2", "P1", "X1");
  cpt_add_episode (stays_c2, "2025-03-03", NULL, "L", "C2", "P1", NULL);
  cpt_add_events (from_start, CAREPLAN_EVENT_KIND_VISIT, "2025-01-10", NULL);
  from_start_findings = cpt_run (CARE_ORDER, from_start, "2025-03-20");
  stays_findings = cpt_run (CARE_ORDER, stays_c2, "2025-03-20");
  first_visit = cpt_run (FIRST_VISIT, from_start, "2025-03-20");

  cpt_assert_findings (from_start_findings, NULL);
  cpt_assert_findings (stays_findings, NULL);
  cpt_assert_findings (first_visit, "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-10 late=-", NULL);
}

/* A temporary approval and an interim care order in one placement are one
 * reg 28(4) regime, with one first visit. */
static void
test_connected_both_reasons (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("R4");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) first_visit = NULL;

  cpt_add_episode (child, "2025-01-06", NULL, "S", "C1", "P1", NULL);
  add_temporary_approval (child, "2025-01-20", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-10", NULL);
  findings = cpt_run (CONNECTED, child, "2025-01-25");
  first_visit = cpt_run (FIRST_VISIT, child, "2025-01-25");

  cpt_assert_findings (findings,
                       "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-10 late=-",
                       "overdue visit@2025-01-10 due=2025-01-17 done=- late=8",
                       NULL);
  cpt_assert_message_contains (first_visit, 0, "temporarily approved connected person, regulation 24, "
                                           "and interim care order");
}

/* A regime that starts after the placement: its clock starts with the
 * interim care order or the temporary approval, and the visit before it
 * stays reg 28(2)'s anchor. */
static void
test_regime_starting_later (void **state)
{
  g_autoptr(CareplanChild) interim = cpt_child_new ("R4");
  g_autoptr(CareplanChild) approved = cpt_child_new ("R4");
  g_autoptr(GPtrArray) interim_findings = NULL;
  g_autoptr(GPtrArray) approved_findings = NULL;
  g_autoptr(GPtrArray) first_year = NULL;

  cpt_add_episode (interim, "2025-01-06", "2025-02-03", "S", "V2", "P1", "X1");
  cpt_add_episode (interim, "2025-02-03", NULL, "L", "C1", "P1", NULL);
  cpt_add_events (interim, CAREPLAN_EVENT_KIND_VISIT, "2025-01-10", "2025-02-07", NULL);
  cpt_add_episode (approved, "2025-01-06", NULL, "S", "V2", "U3", NULL);
  add_temporary_approval (approved, "2025-01-20", NULL);
  cpt_add_events (approved, CAREPLAN_EVENT_KIND_VISIT, "2025-01-10", "2025-01-24", NULL);
  interim_findings = cpt_run (CONNECTED, interim, "2025-02-10");
  approved_findings = cpt_run (CONNECTED, approved, "2025-01-28");
  first_year = cpt_run (FIRST_YEAR, interim, "2025-02-10");

  cpt_assert_findings (interim_findings,
                       "met interim-care-order@2025-02-03 due=2025-02-10 done=2025-02-07 late=-",
                       "due visit@2025-02-07 due=2025-02-14 done=- late=-",
                       NULL);
  cpt_assert_message_contains (interim_findings, 0, "1 week after the interim care order on 2025-02-03");
  cpt_assert_findings (approved_findings,
                       "met temporary-approval@2025-01-20 due=2025-01-27 done=2025-01-24 late=-",
                       "due visit@2025-01-24 due=2025-01-31 done=- late=-",
                       NULL);
  cpt_assert_findings (first_year,
                       "not-applicable placement-start@2025-01-06 due=- done=- late=-",
                       "met visit@2025-01-10 due=2025-02-21 done=2025-02-07 late=-",
                       NULL);
}

/* In force from 1 April 2011: a regime starting the day before has its
 * first visit not applicable (and the visits before then, as one run);
 * one starting that day or after is judged. */
static void
test_regimes_in_force (void **state)
{
  struct { const char *order; const char *expected; } cases[] = {
    { "2011-03-31", "not-applicable care-order@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "met care-order@2011-04-01 due=2011-04-08 done=2011-04-05 late=-" },
    { "2011-04-02", "met care-order@2011-04-02 due=2011-04-09 done=2011-04-05 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("R5");
      g_autoptr(GPtrArray) care_order = NULL;
      g_autoptr(GPtrArray) connected = NULL;

      cpt_add_episode (child, "2011-01-10", cases[i].order, "S", "C1", "P1", "X1");
      cpt_add_episode (child, cases[i].order, NULL, "L", "C2", "P1", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2011-01-12", "2011-04-05", NULL);
      care_order = cpt_run (CARE_ORDER, child, "2011-04-10");
      connected = cpt_run (CONNECTED, child, "2011-04-10");

      cpt_assert_summary_at (care_order, 0, cases[i].expected);
      cpt_assert_findings (connected,
                           "not-applicable placement-start@2011-01-10 due=- done=- late=-",
                           NULL);
      cpt_assert_message_contains (connected, 0, "before regulation 28(4) came into force on 2011-04-01");
    }
}

/* --- reg 28(3): placed with a parent before assessment ------------------ */

/* Placed with a parent under a full care order (so not reg 28(5)) on Thu
 * 17 Apr 2025 before the assessment; first review Tue 6 May. */
static CareplanChild *
pwp_child (const char *legal_status)
{
  CareplanChild *child = cpt_child_new ("R3");
  CareplanEvent *assessment;

  cpt_add_episode (child, "2025-04-17", NULL, "S", legal_status, "P1", NULL);
  assessment = cpt_add_event (child, CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT, "2025-04-17");
  careplan_event_set_end (assessment, cpt_date ("2025-05-06"));
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-05-06", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-04-23", "2025-04-30", "2025-05-06", NULL);
  return child;
}

/* Weekly until the review, then six-weekly: 6 May → 17 Jun. */
static void
test_pwp_six_weekly_after_review (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-06-16", "met visit@2025-05-06 due=2025-06-17 done=2025-06-16 late=-" },
    { "2025-06-17", "met visit@2025-05-06 due=2025-06-17 done=2025-06-17 late=-" },
    { "2025-06-18", "met-late visit@2025-05-06 due=2025-06-17 done=2025-06-18 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = pwp_child ("C2");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, cases[i].visit, NULL);
      findings = cpt_run (PWP, child, "2025-06-20");
      assert_int_equal (findings->len, 5);
      cpt_assert_summary_at (findings, 0, "met placement-start@2025-04-17 due=2025-04-24 done=2025-04-23 late=-");
      cpt_assert_summary_at (findings, 1, "met visit@2025-04-23 due=2025-04-30 done=2025-04-30 late=-");
      cpt_assert_summary_at (findings, 2, "met visit@2025-04-30 due=2025-05-07 done=2025-05-06 late=-");
      cpt_assert_summary_at (findings, 3, cases[i].expected);
    }
}

/* Under an interim care order reg 28(4) applies too (worked example 7):
 * by default reg 28(3) leaves the visits to it; with yield_to_28_4 = 0
 * both judge them. */
static void
test_pwp_yields_to_interim_care_order (void **state)
{
  g_autoptr(CareplanChild) child = pwp_child ("C1");
  g_autoptr(GPtrArray) yielded = cpt_run (PWP, child, "2025-05-10");
  g_autoptr(GPtrArray) both = cpt_run_with_parameter (PWP, "yield_to_28_4", 0, child, "2025-05-10");
  g_autoptr(GPtrArray) connected = cpt_run (CONNECTED, child, "2025-05-10");

  cpt_assert_findings (yielded, "not-applicable placement-start@2025-04-17 due=- done=- late=-", NULL);
  cpt_assert_message_contains (yielded, 0, "stricter regulation 28(4)");
  cpt_assert_findings (both,
                       "met placement-start@2025-04-17 due=2025-04-24 done=2025-04-23 late=-",
                       "met visit@2025-04-23 due=2025-04-30 done=2025-04-30 late=-",
                       "met visit@2025-04-30 due=2025-05-07 done=2025-05-06 late=-",
                       "due visit@2025-05-06 due=2025-06-17 done=- late=-",
                       NULL);
  cpt_assert_findings (connected,
                       "met placement-start@2025-04-17 due=2025-04-24 done=2025-04-23 late=-",
                       "met visit@2025-04-23 due=2025-04-30 done=2025-04-30 late=-",
                       "met visit@2025-04-30 due=2025-05-07 done=2025-05-06 late=-",
                       "due visit@2025-05-06 due=2025-06-03 done=- late=-",
                       NULL);
}

/* --- "at least once a week" read as calendar weeks --------------------- */

/* Thu 17 Apr: the next visit by the end (Sun 27 Apr) of the following
 * calendar week; from a Monday 13 days, from a Sunday 7. */
static void
test_calendar_week_reading (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-04-26", "met placement-start@2025-04-17 due=2025-04-27 done=2025-04-26 late=-" },
    { "2025-04-27", "met placement-start@2025-04-17 due=2025-04-27 done=2025-04-27 late=-" },
    { "2025-04-28", "met-late placement-start@2025-04-17 due=2025-04-27 done=2025-04-28 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("R4");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2025-04-17", NULL, "S", "C1", "P1", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, cases[i].visit, NULL);
      findings = cpt_run_with_parameter (CONNECTED, "week_reading", 1, child, "2025-04-29");
      cpt_assert_summary_at (findings, 0, cases[i].expected);
      cpt_assert_message_contains (findings, 0, "the end of the calendar week (Monday to Sunday) after "
                                            "that of the start of the placement on 2025-04-17");
    }

  {
    g_autoptr(CareplanChild) child = cpt_child_new ("R4");
    g_autoptr(GPtrArray) findings = NULL;

    cpt_add_episode (child, "2025-04-17", NULL, "S", "C1", "P1", NULL);
    cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-04-21", "2025-05-04", NULL);
    findings = cpt_run_with_parameter (CONNECTED, "week_reading", 1, child, "2025-05-05");
    cpt_assert_findings (findings,
                         "met placement-start@2025-04-17 due=2025-04-27 done=2025-04-21 late=-",
                         "met visit@2025-04-21 due=2025-05-04 done=2025-05-04 late=-",
                         "due visit@2025-05-04 due=2025-05-11 done=- late=-",
                         NULL);
  }
}

/* --- reg 28(3A): agreed less frequent visits --------------------------- */

/* A long-term (U4) placement from 10 Jan 2024: its first anniversary is
 * 10 Jan 2025, the last day of its first year. */
static CareplanChild *
long_term_child (const char *placement_type,
                 const char *agreed)
{
  CareplanChild *child = cpt_child_new ("R3A");

  cpt_add_episode (child, "2024-01-10", NULL, "S", "C2", placement_type, NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT, agreed, NULL);
  return child;
}

/* Agreed on 1 Mar 2025, after the anniversary: a visit the day before is
 * reg 28(2)(c)'s (three months), one on the day is reg 28(3A)'s (six). */
static void
test_agreed_from_agreement (void **state)
{
  g_autoptr(CareplanChild) child = long_term_child ("U4", "2025-03-01");
  g_autoptr(GPtrArray) agreed = NULL;
  g_autoptr(GPtrArray) after = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-20", "2025-02-28", "2025-03-01", NULL);
  agreed = cpt_run (AGREED, child, "2025-04-01");
  after = cpt_run (AFTER_FIRST_YEAR, child, "2025-04-01");

  cpt_assert_findings (agreed, "due visit@2025-03-01 due=2025-09-01 done=- late=-", NULL);
  cpt_assert_message_contains (agreed, 0, "6 months after the visit on 2025-03-01");
  cpt_assert_findings (after,
                       "not-applicable placement-start@2024-01-10 due=- done=- late=-",
                       "met visit@2025-01-20 due=2025-04-20 done=2025-02-28 late=-",
                       "met visit@2025-02-28 due=2025-05-28 done=2025-03-01 late=-",
                       NULL);
  cpt_assert_message_contains (after, 0, "regulation 28(3A) (the child agreed to fewer visits) from 2025-03-01");
}

/* Six months: 1 Mar → 1 Sep 2025. */
static void
test_agreed_six_months (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-08-31", "met visit@2025-03-01 due=2025-09-01 done=2025-08-31 late=-" },
    { "2025-09-01", "met visit@2025-03-01 due=2025-09-01 done=2025-09-01 late=-" },
    { "2025-09-02", "met-late visit@2025-03-01 due=2025-09-01 done=2025-09-02 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = long_term_child ("U4", "2025-03-01");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-01", cases[i].visit, NULL);
      findings = cpt_run (AGREED, child, "2025-09-10");
      assert_int_equal (findings->len, 2);
      cpt_assert_summary_at (findings, 0, cases[i].expected);
    }
}

/* Agreed in the first year: the child "has been in that placement for at
 * least one year" once the anniversary (10 Jan 2025) is over, so the
 * regime starts on 11 Jan 2025; visits the day before and on the
 * anniversary are still reg 28(2)(b)'s. */
static void
test_agreed_before_anniversary (void **state)
{
  g_autoptr(CareplanChild) child = long_term_child ("U4", "2024-06-01");
  g_autoptr(GPtrArray) agreed = NULL;
  g_autoptr(GPtrArray) first_year = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2024-12-01", "2025-01-09", "2025-01-10",
                  "2025-01-11", NULL);
  agreed = cpt_run (AGREED, child, "2025-02-01");
  first_year = cpt_run (FIRST_YEAR, child, "2025-02-01");

  cpt_assert_findings (agreed, "due visit@2025-01-11 due=2025-07-11 done=- late=-", NULL);
  cpt_assert_findings (first_year,
                       "met visit@2024-12-01 due=2025-01-12 done=2025-01-09 late=-",
                       "met visit@2025-01-09 due=2025-02-20 done=2025-01-10 late=-",
                       "met visit@2025-01-10 due=2025-02-21 done=2025-01-11 late=-",
                       NULL);
}

/* A placement designated long-term after the agreement: reg 28(3A) takes
 * the visits only from the day the placement is long-term on the day the
 * regime would start; a U6 placement made U4 (RNE T) on 1 Apr 2025 after
 * an agreement of 1 Mar 2025 keeps its reg 28(2)(c) visits. */
static void
test_agreed_designation_later (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("R3A");
  g_autoptr(GPtrArray) agreed = NULL;

  cpt_add_episode (child, "2024-01-10", "2025-04-01", "S", "C2", "U6", "X1");
  cpt_add_episode (child, "2025-04-01", NULL, "T", "C2", "U4", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT, "2025-03-01", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-01", "2025-05-01", NULL);
  agreed = cpt_run (AGREED, child, "2025-06-01");

  cpt_assert_findings (agreed, "not-applicable visit-frequency-agreement@2025-03-01 due=- done=- late=-", NULL);
}

/* An agreement changes nothing in a placement that is not long-term. */
static void
test_agreed_not_long_term (void **state)
{
  g_autoptr(CareplanChild) child = long_term_child ("U6", "2025-03-01");
  g_autoptr(GPtrArray) agreed = NULL;
  g_autoptr(GPtrArray) after = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-02-28", "2025-03-01", NULL);
  agreed = cpt_run (AGREED, child, "2025-03-10");
  after = cpt_run (AFTER_FIRST_YEAR, child, "2025-03-10");

  cpt_assert_findings (agreed, "not-applicable visit-frequency-agreement@2025-03-01 due=- done=- late=-", NULL);
  cpt_assert_message_contains (agreed, 0, "not a long-term foster placement");
  cpt_assert_findings (after,
                       "met visit@2025-02-28 due=2025-04-11 done=2025-03-01 late=-",
                       "due visit@2025-03-01 due=2025-04-12 done=- late=-",
                       NULL);
}

/* In force from 1 April 2015 (SI 2015/495). */
static void
test_agreed_in_force (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("R3A");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2013-01-10", NULL, "S", "C2", "U4", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT, "2013-06-01", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2015-03-30", "2015-03-31", "2015-04-01",
                  "2015-09-30", NULL);
  findings = cpt_run (AGREED, child, "2015-12-01");

  cpt_assert_findings (findings,
                       "not-applicable visit@2015-03-30 due=- done=- late=-",
                       "met visit@2015-04-01 due=2015-10-01 done=2015-09-30 late=-",
                       "due visit@2015-09-30 due=2016-03-30 done=- late=-",
                       NULL);
  cpt_assert_message_contains (findings, 0, "before regulation 28(3A) came into force on 2015-04-01");
}

/* --- reg 29: speaking to the child in private --------------------------- */

static void
test_speak_in_private (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("R29");
  g_autoptr(GPtrArray) findings = NULL;
  CareplanEvent *visit;

  cpt_add_episode (child, "2025-01-06", "2025-02-10", "S", "V2", "U6", "E13");
  visit = cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-08");
  careplan_event_set_seen_alone (visit, CAREPLAN_TRISTATE_YES);
  visit = cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-15");
  careplan_event_set_seen_alone (visit, CAREPLAN_TRISTATE_NO);
  careplan_event_set_not_seen_alone_reason (visit, "child refused");
  visit = cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-22");
  careplan_event_set_seen_alone (visit, CAREPLAN_TRISTATE_NO);
  cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-29");
  /* After the child left care: not a reg 28 visit. */
  visit = cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2025-03-01");
  careplan_event_set_seen_alone (visit, CAREPLAN_TRISTATE_NO);
  findings = cpt_run (PRIVATE, child, "2025-04-01");

  cpt_assert_findings (findings,
                       "met visit@2025-01-08 due=2025-01-08 done=2025-01-08 late=-",
                       "met visit@2025-01-15 due=2025-01-15 done=2025-01-15 late=-",
                       "unknown visit@2025-01-22 due=2025-01-22 done=- late=-",
                       "unknown visit@2025-01-29 due=2025-01-29 done=- late=-",
                       NULL);
  cpt_assert_message_contains (findings, 0, "spoken to in private on the visit of 2025-01-08");
  cpt_assert_message_contains (findings, 1, "with a reason recorded");
  assert_null (strstr (careplan_finding_get_message (cpt_finding_at (findings, 1)), "refused"));
  cpt_assert_message_contains (findings, 2, "no reason recorded");
  cpt_assert_message_contains (findings, 3, "is not recorded");
}

/* In force from 1 April 2011: one not-applicable finding for the run of
 * visits before. */
static void
test_speak_in_private_in_force (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("R29");
  g_autoptr(GPtrArray) findings = NULL;
  guint i;
  const char *dates[] = { "2011-03-30", "2011-03-31", "2011-04-01" };

  cpt_add_episode (child, "2011-03-01", NULL, "S", "V2", "U6", NULL);
  for (i = 0; i < G_N_ELEMENTS (dates); i++)
    careplan_event_set_seen_alone (cpt_add_event (child, CAREPLAN_EVENT_KIND_VISIT, dates[i]), CAREPLAN_TRISTATE_YES);
  findings = cpt_run (PRIVATE, child, "2011-05-01");

  cpt_assert_findings (findings,
                       "not-applicable visit@2011-03-30 due=- done=- late=-",
                       "met visit@2011-04-01 due=2011-04-01 done=2011-04-01 late=-",
                       NULL);
}

/* --- SI 2010/2797 reg 4: former looked-after child in detention --------- */

/* Worked example 19: detained (and leaving care) Thu 28 Aug 2025. */
static CareplanChild *
detained_child (const char *detention_end)
{
  CareplanChild *child = cpt_child_new ("D4");
  CareplanEvent *detention;

  cpt_add_episode (child, "2024-11-04", "2025-08-28", "S", "V2", "U6", "E9");
  detention = cpt_add_event (child, CAREPLAN_EVENT_KIND_DETENTION, "2025-08-28");
  if (detention_end != NULL)
    careplan_event_set_end (detention, cpt_date (detention_end));
  return child;
}

/* 10 working days: by Thu 11 Sep 2025. */
static void
test_detention_visit (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-09-10", "met detention@2025-08-28 due=2025-09-11 done=2025-09-10 late=-" },
    { "2025-09-11", "met detention@2025-08-28 due=2025-09-11 done=2025-09-11 late=-" },
    { "2025-09-12", "met-late detention@2025-08-28 due=2025-09-11 done=2025-09-12 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = detained_child (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, cases[i].visit, NULL);
      findings = cpt_run (DETENTION, child, "2025-09-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      cpt_assert_message_contains (findings, 0, "10 working days after first being detained on 2025-08-28");
    }
}

static void
test_detention_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = detained_child (NULL);
  g_autoptr(GPtrArray) on = cpt_run (DETENTION, child, "2025-09-11");
  g_autoptr(GPtrArray) after = cpt_run (DETENTION, child, "2025-09-12");

  cpt_assert_findings (on, "due detention@2025-08-28 due=2025-09-11 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue detention@2025-08-28 due=2025-09-11 done=- late=1", NULL);
}

/* Released before the due date without a visit: the duty lapses; a visit
 * after release does not count. */
static void
test_detention_released (void **state)
{
  g_autoptr(CareplanChild) child = detained_child ("2025-09-05");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_VISIT, "2025-09-08", NULL);
  findings = cpt_run (DETENTION, child, "2025-09-30");
  cpt_assert_findings (findings, NULL);
}

/* Still looked after (remanded), or never looked after: not covered. */
static void
test_detention_not_former_lac (void **state)
{
  g_autoptr(CareplanChild) remanded = cpt_child_new ("D4");
  g_autoptr(CareplanChild) never = cpt_child_new ("D4");
  g_autoptr(GPtrArray) remanded_findings = NULL;
  g_autoptr(GPtrArray) never_findings = NULL;

  cpt_add_episode (remanded, "2025-08-01", NULL, "S", "J1", "R5", NULL);
  cpt_add_events (remanded, CAREPLAN_EVENT_KIND_DETENTION, "2025-08-28", NULL);
  cpt_add_episode (never, "2025-10-01", NULL, "S", "V2", "U6", NULL);
  cpt_add_events (never, CAREPLAN_EVENT_KIND_DETENTION, "2025-08-28", NULL);
  remanded_findings = cpt_run (DETENTION, remanded, "2025-11-01");
  never_findings = cpt_run (DETENTION, never, "2025-11-01");

  cpt_assert_findings (remanded_findings, "not-applicable detention@2025-08-28 due=- done=- late=-", NULL);
  cpt_assert_message_contains (remanded_findings, 0, "still looked after");
  cpt_assert_findings (never_findings, "not-applicable detention@2025-08-28 due=- done=- late=-", NULL);
  cpt_assert_message_contains (never_findings, 0, "no period of care before");
}

/* In force (assumed) from 1 April 2011; the built-in calendar starts in
 * 2012, so a 2011 working-day deadline is unknown, never a guess. */
static void
test_detention_in_force (void **state)
{
  struct { const char *day; const char *expected; } cases[] = {
    { "2011-03-31", "not-applicable detention@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "unknown detention@2011-04-01 due=- done=- late=-" },
    { "2011-04-02", "unknown detention@2011-04-02 due=- done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("D4");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2010-11-01", cases[i].day, "S", "V2", "U6", "E9");
      cpt_add_events (child, CAREPLAN_EVENT_KIND_DETENTION, cases[i].day, NULL);
      findings = cpt_run (DETENTION, child, "2011-06-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* --- the rules themselves ---------------------------------------------- */

static void
test_regime_definitions (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  struct {
    const char *id;
    CareplanConfirmation confirmation;
    const char *provision;
    const char *url;
    const char *in_force;
  } rules[] = {
    { AGREED, CAREPLAN_CONFIRMATION_UNCONFIRMED, "regulation 28(3A)",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/28", "2015-04-01" },
    { PWP, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 28(3)",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/28/made", "2011-04-01" },
    { CONNECTED, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 28(4)",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/28/made", "2011-04-01" },
    { CARE_ORDER, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 28(5)",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/28/made", "2011-04-01" },
    { PRIVATE, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 29",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/29/2020-04-24", "2011-04-01" },
    { DETENTION, CAREPLAN_CONFIRMATION_UNCONFIRMED, "regulation 4(a)",
      "https://www.legislation.gov.uk/uksi/2010/2797/regulation/4", "2011-04-01" },
  };
  struct { const char *id; const char *name; int value; CareplanTimeUnit unit; } parameters[] = {
    { AGREED, "interval", 6, CAREPLAN_TIME_UNIT_MONTHS },
    { PWP, "week_reading", 0, CAREPLAN_TIME_UNIT_COUNT },
    { PWP, "interval", 42, CAREPLAN_TIME_UNIT_DAYS },
    { PWP, "yield_to_28_4", 1, CAREPLAN_TIME_UNIT_COUNT },
    { CONNECTED, "week_reading", 0, CAREPLAN_TIME_UNIT_COUNT },
    { CONNECTED, "interval", 28, CAREPLAN_TIME_UNIT_DAYS },
    { CARE_ORDER, "within", 7, CAREPLAN_TIME_UNIT_DAYS },
    { CARE_ORDER, "interval", 42, CAREPLAN_TIME_UNIT_DAYS },
    { DETENTION, "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      CareplanRule *rule = cpt_assert_rule_citation (rulebook, rules[i].id, "visit-regimes",
                                                     rules[i].confirmation, rules[i].provision,
                                                     rules[i].url, rules[i].in_force);

      assert_int_equal (careplan_rule_get_kind (rule), CAREPLAN_RULE_KIND_STATUTE);
      assert_int_equal (careplan_rule_get_in_force_until (rule), CAREPLAN_DATE_NONE);
    }

  for (i = 0; i < G_N_ELEMENTS (parameters); i++)
    {
      cpt_assert_rule_parameter (rulebook, parameters[i].id, parameters[i].name,
                                 parameters[i].value, parameters[i].unit);
      assert_non_null (careplan_rule_get_parameter_description (careplan_rulebook_lookup (rulebook, parameters[i].id),
                                                                parameters[i].name));
    }

  /* The UNCONFIRMED readings name their alternatives. */
  assert_non_null (strstr (careplan_rule_get_parameter_description (careplan_rulebook_lookup (rulebook, CONNECTED),
                                                                    "week_reading"),
                           "calendar"));
  assert_non_null (strstr (careplan_rule_get_parameter_description (careplan_rulebook_lookup (rulebook, AGREED),
                                                                    "interval"),
                           "UNCONFIRMED"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_connected_first_visit),
    cmocka_unit_test (test_connected_weekly),
    cmocka_unit_test (test_connected_after_first_review),
    cmocka_unit_test (test_connected_four_weekly),
    cmocka_unit_test (test_connected_until_approved),
    cmocka_unit_test (test_connected_approval_after_as_of),
    cmocka_unit_test (test_interim_care_order_with_parent),
    cmocka_unit_test (test_care_order_first_visit),
    cmocka_unit_test (test_care_order_six_weekly),
    cmocka_unit_test (test_care_order_overdue),
    cmocka_unit_test (test_care_order_not_made_in_placement),
    cmocka_unit_test (test_connected_both_reasons),
    cmocka_unit_test (test_regime_starting_later),
    cmocka_unit_test (test_regimes_in_force),
    cmocka_unit_test (test_pwp_six_weekly_after_review),
    cmocka_unit_test (test_pwp_yields_to_interim_care_order),
    cmocka_unit_test (test_calendar_week_reading),
    cmocka_unit_test (test_agreed_from_agreement),
    cmocka_unit_test (test_agreed_six_months),
    cmocka_unit_test (test_agreed_before_anniversary),
    cmocka_unit_test (test_agreed_designation_later),
    cmocka_unit_test (test_agreed_not_long_term),
    cmocka_unit_test (test_agreed_in_force),
    cmocka_unit_test (test_speak_in_private),
    cmocka_unit_test (test_speak_in_private_in_force),
    cmocka_unit_test (test_detention_visit),
    cmocka_unit_test (test_detention_due_then_overdue),
    cmocka_unit_test (test_detention_released),
    cmocka_unit_test (test_detention_not_former_lac),
    cmocka_unit_test (test_detention_in_force),
    cmocka_unit_test (test_regime_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
