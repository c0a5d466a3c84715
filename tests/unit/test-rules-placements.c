/* test-rules-placements.c: CPPCR 2010 regs 19, 24, 25, 27A and 27C
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

/* A reg 19 record: @completed and @decision may be NULL. */
static void
add_assessment (CareplanChild *child,
                const char    *start,
                const char    *completed,
                const char    *decision)
{
  CareplanEvent *assessment = cpt_add_event (child, CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT, start);

  if (completed != NULL)
    careplan_event_set_end (assessment, cpt_date (completed));
  if (decision != NULL)
    careplan_event_set_approved (assessment, cpt_date (decision));
}

/* A temporary connected-person approval; the dates may be NULL. */
static void
add_approval (CareplanChild *child,
              const char    *start,
              const char    *approved,
              const char    *extended_to,
              const char    *extension_decided)
{
  CareplanEvent *approval = cpt_add_event (child, CAREPLAN_EVENT_KIND_CARER_APPROVAL, start);

  careplan_event_set_sub_kind (approval, "temporary-connected-person");
  if (approved != NULL)
    careplan_event_set_approved (approval, cpt_date (approved));
  if (extended_to != NULL)
    careplan_event_set_extended_to (approval, cpt_date (extended_to));
  if (extension_decided != NULL)
    careplan_event_set_date_field (approval, "extension_decided", cpt_date (extension_decided));
}

#define ASSESSMENT "cppcr-2010.reg19-b.pwp-assessment-and-review"
#define DECISION "cppcr-2010.reg19-c.pwp-decision"
#define TEMPORARY "cppcr-2010.reg24.temporary-approval"
#define EXTENSION "cppcr-2010.reg25.temporary-approval-extension"
#define UNDER_16 "cppcr-2010.reg27A.no-other-arrangements-under-16"
#define AGED_16_17 "cppcr-2010.reg27C.16-17-supported-accommodation"

/* --- reg 19(b) ---------------------------------------------------------- */

/* Worked example 7: placed with the mother under reg 19 on Thu 17 Apr
 * 2025 (interim care order); 10 working days over Easter and the early
 * May bank holiday end on Tue 6 May. */
static CareplanChild *
pwp_child (void)
{
  CareplanChild *child = cpt_child_born ("P1", "2023-02-10");

  cpt_add_episode (child, "2025-04-17", NULL, "S", "C1", "P1", NULL);
  return child;
}

static void
test_assessment_and_review (void **state)
{
  struct { const char *completed; const char *review; const char *expected; } cases[] = {
    { "2025-05-05", "2025-05-05", "met placement-start@2025-04-17 due=2025-05-06 done=2025-05-05 late=-" },
    { "2025-05-06", "2025-05-06", "met placement-start@2025-04-17 due=2025-05-06 done=2025-05-06 late=-" },
    { "2025-05-07", "2025-05-07", "met-late placement-start@2025-04-17 due=2025-05-06 done=2025-05-07 late=1" },
    /* Both are needed: the later one is the day it was done. */
    { "2025-05-02", "2025-05-07", "met-late placement-start@2025-04-17 due=2025-05-06 done=2025-05-07 late=1" },
    { "2025-05-07", "2025-05-02", "met-late placement-start@2025-04-17 due=2025-05-06 done=2025-05-07 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = pwp_child ();
      g_autoptr(GPtrArray) findings = NULL;

      add_assessment (child, "2025-04-17", cases[i].completed, NULL);
      cpt_add_event (child, CAREPLAN_EVENT_KIND_REVIEW, cases[i].review);
      findings = cpt_run (ASSESSMENT, child, "2025-05-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      cpt_assert_message_contains (findings, 0, "10 working days after the placement with the parent "
                                            "on 2025-04-17");
    }
}

/* Without a review (one before the placement does not count), or without
 * the completion date: due, then overdue. */
static void
test_assessment_without_review (void **state)
{
  g_autoptr(CareplanChild) child = pwp_child ();
  g_autoptr(CareplanChild) not_completed = pwp_child ();
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) incomplete = NULL;

  add_assessment (child, "2025-04-17", "2025-05-02", NULL);
  cpt_add_event (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-04-10");
  add_assessment (not_completed, "2025-04-17", NULL, NULL);
  cpt_add_event (not_completed, CAREPLAN_EVENT_KIND_REVIEW, "2025-05-02");
  on = cpt_run (ASSESSMENT, child, "2025-05-06");
  after = cpt_run (ASSESSMENT, child, "2025-05-07");
  incomplete = cpt_run (ASSESSMENT, not_completed, "2025-05-10");

  cpt_assert_findings (on, "due placement-start@2025-04-17 due=2025-05-06 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue placement-start@2025-04-17 due=2025-05-06 done=- late=1", NULL);
  cpt_assert_findings (incomplete, "overdue placement-start@2025-04-17 due=2025-05-06 done=- late=4", NULL);
}

/* The placement ended (the child was removed) before the due date: the
 * duty lapses.  A record in no placement cannot be judged. */
static void
test_assessment_lapses_and_unknown (void **state)
{
  g_autoptr(CareplanChild) ended = cpt_child_born ("P1", "2023-02-10");
  g_autoptr(CareplanChild) nowhere = pwp_child ();
  g_autoptr(GPtrArray) ended_findings = NULL;
  g_autoptr(GPtrArray) nowhere_findings = NULL;

  cpt_add_episode (ended, "2025-04-17", "2025-05-01", "S", "C1", "P1", "E13");
  add_assessment (ended, "2025-04-17", NULL, NULL);
  add_assessment (nowhere, "2025-04-10", NULL, NULL);
  ended_findings = cpt_run (ASSESSMENT, ended, "2025-06-01");
  nowhere_findings = cpt_run (ASSESSMENT, nowhere, "2025-06-01");

  cpt_assert_findings (ended_findings, NULL);
  cpt_assert_findings (nowhere_findings, "unknown placement-start@2025-04-10 due=- done=- late=-", NULL);
  cpt_assert_message_contains (nowhere_findings, 0, "falls in none of the child's placements");
}

/* In force from 1 April 2011; the built-in calendar starts in 2012, so an
 * April 2011 working-day deadline is unknown. */
static void
test_assessment_in_force (void **state)
{
  struct { const char *day; const char *expected; } cases[] = {
    { "2011-03-31", "not-applicable placement-start@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "unknown placement-start@2011-04-01 due=- done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", "2009-02-10");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, cases[i].day, NULL, "S", "C1", "P1", NULL);
      add_assessment (child, cases[i].day, NULL, NULL);
      findings = cpt_run (ASSESSMENT, child, "2011-06-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* --- reg 19(c) ---------------------------------------------------------- */

/* Assessment completed Tue 6 May 2025: decision by Tue 20 May. */
static void
test_decision (void **state)
{
  struct { const char *decision; const char *expected; } cases[] = {
    { "2025-05-19", "met assessment-completed@2025-05-06 due=2025-05-20 done=2025-05-19 late=-" },
    { "2025-05-20", "met assessment-completed@2025-05-06 due=2025-05-20 done=2025-05-20 late=-" },
    { "2025-05-21", "met-late assessment-completed@2025-05-06 due=2025-05-20 done=2025-05-21 late=1" },
    /* A decision before the assessment was completed does not count. */
    { "2025-05-05", "overdue assessment-completed@2025-05-06 due=2025-05-20 done=- late=11" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = pwp_child ();
      g_autoptr(GPtrArray) findings = NULL;

      add_assessment (child, "2025-04-17", "2025-05-06", cases[i].decision);
      findings = cpt_run (DECISION, child, "2025-05-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      cpt_assert_message_contains (findings, 0, "10 working days after the completion of the assessment "
                                            "on 2025-05-06");
    }
}

/* No completion date, no clock; completed after the as-of date, neither. */
static void
test_decision_needs_completion (void **state)
{
  g_autoptr(CareplanChild) child = pwp_child ();
  g_autoptr(CareplanChild) later = pwp_child ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) later_findings = NULL;
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;

  add_assessment (child, "2025-04-17", NULL, NULL);
  add_assessment (later, "2025-04-17", "2025-05-06", NULL);
  findings = cpt_run (DECISION, child, "2025-06-30");
  later_findings = cpt_run (DECISION, later, "2025-05-05");
  on = cpt_run (DECISION, later, "2025-05-20");
  after = cpt_run (DECISION, later, "2025-05-21");

  cpt_assert_findings (findings, NULL);
  cpt_assert_findings (later_findings, NULL);
  cpt_assert_findings (on, "due assessment-completed@2025-05-06 due=2025-05-20 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue assessment-completed@2025-05-06 due=2025-05-20 done=- late=1", NULL);
}

/* In force from 1 April 2011 (the calendar starts in 2012: unknown). */
static void
test_decision_in_force (void **state)
{
  struct { const char *completed; const char *expected; } cases[] = {
    { "2011-03-31", "not-applicable assessment-completed@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "unknown assessment-completed@2011-04-01 due=- done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", "2009-02-10");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2011-03-20", NULL, "S", "C1", "P1", NULL);
      add_assessment (child, "2011-03-20", cases[i].completed, NULL);
      findings = cpt_run (DECISION, child, "2011-06-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* A decision not to confirm the placement, which ends the same day (the
 * child moves on): it still answers for the placement it was about. */
static void
test_decision_on_last_day (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_born ("P1", "2023-02-10");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-04-17", "2025-05-15", "S", "C1", "P1", "X1");
  cpt_add_episode (child, "2025-05-15", NULL, "B", "C2", "U6", NULL);
  add_assessment (child, "2025-04-17", "2025-05-06", "2025-05-15");
  findings = cpt_run (DECISION, child, "2025-05-31");

  cpt_assert_findings (findings, "met assessment-completed@2025-05-06 due=2025-05-20 done=2025-05-15 late=-", NULL);
}

/* --- reg 24 ------------------------------------------------------------- */

/* Worked example 6: placed with an aunt, temporarily approved, on Mon 3
 * Mar 2025; 16 weeks end on Mon 23 Jun. */
static CareplanChild *
connected_child (const char *end)
{
  CareplanChild *child = cpt_child_born ("P1", "2018-09-01");

  cpt_add_episode (child, "2025-03-03", end, "S", "V2", "U3", end != NULL ? "E13" : NULL);
  return child;
}

static void
test_temporary_approval (void **state)
{
  struct { const char *approved; const char *expected; } cases[] = {
    { "2025-06-22", "met temporary-approval@2025-03-03 due=2025-06-23 done=2025-06-22 late=-" },
    { "2025-06-23", "met temporary-approval@2025-03-03 due=2025-06-23 done=2025-06-23 late=-" },
    { "2025-06-24", "met-late temporary-approval@2025-03-03 due=2025-06-23 done=2025-06-24 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = connected_child (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      add_approval (child, "2025-03-03", cases[i].approved, NULL, NULL);
      findings = cpt_run (TEMPORARY, child, "2025-07-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      cpt_assert_message_contains (findings, 0, "16 weeks after the start of the temporary approval on "
                                            "2025-03-03; approved as a foster parent");
    }
}

/* The inclusive reading (111 days): 22 Jun. */
static void
test_temporary_approval_inclusive (void **state)
{
  g_autoptr(CareplanChild) child = connected_child (NULL);
  g_autoptr(GPtrArray) findings = NULL;

  add_approval (child, "2025-03-03", "2025-06-23", NULL, NULL);
  findings = cpt_run_with_parameter (TEMPORARY, "period", 111, child, "2025-07-01");
  cpt_assert_findings (findings, "met-late temporary-approval@2025-03-03 due=2025-06-22 done=2025-06-23 late=1", NULL);
  cpt_assert_message_contains (findings, 0, "111 days after");
}

/* An extension decided in time, or the end of the placement, meets it;
 * nothing by the expiry: due on the day, overdue after. */
static void
test_temporary_approval_other_ways (void **state)
{
  g_autoptr(CareplanChild) extended = connected_child (NULL);
  g_autoptr(CareplanChild) ended = connected_child ("2025-05-30");
  g_autoptr(CareplanChild) nothing = connected_child (NULL);
  g_autoptr(GPtrArray) extended_findings = NULL;
  g_autoptr(GPtrArray) ended_findings = NULL;
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;

  add_approval (extended, "2025-03-03", "2025-08-01", "2025-08-18", "2025-06-10");
  add_approval (ended, "2025-03-03", NULL, NULL, NULL);
  add_approval (nothing, "2025-03-03", NULL, NULL, NULL);
  extended_findings = cpt_run (TEMPORARY, extended, "2025-09-01");
  ended_findings = cpt_run (TEMPORARY, ended, "2025-09-01");
  on = cpt_run (TEMPORARY, nothing, "2025-06-23");
  after = cpt_run (TEMPORARY, nothing, "2025-06-24");

  cpt_assert_findings (extended_findings, "met temporary-approval@2025-03-03 due=2025-06-23 done=2025-06-10 late=-", NULL);
  cpt_assert_message_contains (extended_findings, 0, "extension under regulation 25 decided 2025-06-10");
  cpt_assert_findings (ended_findings, "met temporary-approval@2025-03-03 due=2025-06-23 done=2025-05-30 late=-", NULL);
  cpt_assert_message_contains (ended_findings, 0, "placement ended 2025-05-30");
  cpt_assert_findings (on, "due temporary-approval@2025-03-03 due=2025-06-23 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue temporary-approval@2025-03-03 due=2025-06-23 done=- late=1", NULL);
}

/* In force from 1 April 2011; outside every placement, unknown. */
static void
test_temporary_approval_in_force_and_unknown (void **state)
{
  struct { const char *day; const char *expected; } cases[] = {
    { "2011-03-31", "not-applicable temporary-approval@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "overdue temporary-approval@2011-04-01 due=2011-07-22 done=- late=10" },
  };
  g_autoptr(CareplanChild) nowhere = connected_child (NULL);
  g_autoptr(GPtrArray) nowhere_findings = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", "2005-01-01");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, cases[i].day, NULL, "S", "V2", "U3", NULL);
      add_approval (child, cases[i].day, NULL, NULL, NULL);
      findings = cpt_run (TEMPORARY, child, "2011-08-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }

  add_approval (nowhere, "2025-03-01", NULL, NULL, NULL);
  nowhere_findings = cpt_run (TEMPORARY, nowhere, "2025-04-01");
  cpt_assert_findings (nowhere_findings, "unknown temporary-approval@2025-03-01 due=- done=- late=-", NULL);
}

/* --- reg 25 ------------------------------------------------------------- */

/* Worked example 6: extended on 10 Jun by 8 weeks, to Mon 18 Aug. */
static void
test_extension (void **state)
{
  struct { const char *approved; const char *expected; } cases[] = {
    { "2025-08-17", "met temporary-approval-expiry@2025-06-23 due=2025-08-18 done=2025-08-17 late=-" },
    { "2025-08-18", "met temporary-approval-expiry@2025-06-23 due=2025-08-18 done=2025-08-18 late=-" },
    { "2025-08-19", "met-late temporary-approval-expiry@2025-06-23 due=2025-08-18 done=2025-08-19 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = connected_child (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      add_approval (child, "2025-03-03", cases[i].approved, "2025-08-18", "2025-06-10");
      findings = cpt_run (EXTENSION, child, "2025-09-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      cpt_assert_message_contains (findings, 0, "8 weeks after the original expiry of the temporary "
                                            "approval on 2025-06-23");
    }
}

/* Reg 25 allows one extension: a second, decided on Fri 15 Aug 2025, is a
 * finding of its own, due that day, beside the one on the lawful
 * extension (due Mon 18 Aug). */
static void
test_extension_second (void **state)
{
  struct { const char *approved; const char *further; const char *main; } cases[] = {
    { "2025-08-14",
      "met temporary-approval@2025-03-03 due=2025-08-15 done=2025-08-14 late=-",
      "met temporary-approval-expiry@2025-06-23 due=2025-08-18 done=2025-08-14 late=-" },
    { "2025-08-15",
      "met temporary-approval@2025-03-03 due=2025-08-15 done=2025-08-15 late=-",
      "met temporary-approval-expiry@2025-06-23 due=2025-08-18 done=2025-08-15 late=-" },
    { "2025-08-16",
      "met-late temporary-approval@2025-03-03 due=2025-08-15 done=2025-08-16 late=1",
      "met temporary-approval-expiry@2025-06-23 due=2025-08-18 done=2025-08-16 late=-" },
    { NULL,
      "overdue temporary-approval@2025-03-03 due=2025-08-15 done=- late=17",
      "overdue temporary-approval-expiry@2025-06-23 due=2025-08-18 done=- late=14" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = connected_child (NULL);
      g_autoptr(GPtrArray) findings = NULL;
      CareplanEvent *approval;

      add_approval (child, "2025-03-03", cases[i].approved, "2025-08-18", "2025-06-10");
      approval = g_list_model_get_item (careplan_child_get_events (child), 0);
      careplan_event_set_date_field (approval, "further_extension_decided", cpt_date ("2025-08-15"));
      g_object_unref (approval);
      findings = cpt_run (EXTENSION, child, "2025-09-01");
      cpt_assert_findings (findings, cases[i].further, cases[i].main, NULL);
      cpt_assert_message_contains (findings, 0, "regulation 25 allows the temporary approval from "
                                                "2025-03-03 to be extended once, but a further "
                                                "extension was decided on 2025-08-15");
    }
}

/* A second extension not yet decided at the as-of date is not a finding;
 * one recorded without the first is still one. */
static void
test_extension_second_as_of (void **state)
{
  g_autoptr(CareplanChild) child = connected_child (NULL);
  g_autoptr(CareplanChild) alone = connected_child (NULL);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) alone_findings = NULL;
  CareplanEvent *approval;

  add_approval (child, "2025-03-03", NULL, "2025-08-18", "2025-06-10");
  approval = g_list_model_get_item (careplan_child_get_events (child), 0);
  careplan_event_set_date_field (approval, "further_extension_decided", cpt_date ("2025-08-15"));
  g_object_unref (approval);
  before = cpt_run (EXTENSION, child, "2025-08-14");
  on = cpt_run (EXTENSION, child, "2025-08-15");
  cpt_assert_findings (before, "due temporary-approval-expiry@2025-06-23 due=2025-08-18 done=- late=-", NULL);
  cpt_assert_findings (on,
                       "due temporary-approval@2025-03-03 due=2025-08-15 done=- late=-",
                       "due temporary-approval-expiry@2025-06-23 due=2025-08-18 done=- late=-", NULL);

  add_approval (alone, "2025-03-03", NULL, NULL, NULL);
  approval = g_list_model_get_item (careplan_child_get_events (alone), 0);
  careplan_event_set_date_field (approval, "further_extension_decided", cpt_date ("2025-08-15"));
  g_object_unref (approval);
  alone_findings = cpt_run (EXTENSION, alone, "2025-08-20");
  cpt_assert_findings (alone_findings, "overdue temporary-approval@2025-03-03 due=2025-08-15 done=- late=5",
                       NULL);
}

/* At most 8 weeks: a longer extension is cut to 18 Aug, a shorter one
 * keeps its date; the placement ending meets it too. */
static void
test_extension_length (void **state)
{
  g_autoptr(CareplanChild) longer = connected_child (NULL);
  g_autoptr(CareplanChild) shorter = connected_child ("2025-07-15");
  g_autoptr(GPtrArray) longer_findings = NULL;
  g_autoptr(GPtrArray) shorter_findings = NULL;

  add_approval (longer, "2025-03-03", NULL, "2025-09-01", "2025-06-10");
  add_approval (shorter, "2025-03-03", NULL, "2025-08-01", "2025-06-10");
  longer_findings = cpt_run (EXTENSION, longer, "2025-08-19");
  shorter_findings = cpt_run (EXTENSION, shorter, "2025-09-01");

  cpt_assert_findings (longer_findings, "overdue temporary-approval-expiry@2025-06-23 due=2025-08-18 done=- late=1", NULL);
  cpt_assert_message_contains (longer_findings, 0, "the extension to 2025-09-01 is longer than the 8 weeks allowed");
  cpt_assert_findings (shorter_findings, "met temporary-approval-expiry@2025-06-23 due=2025-08-01 done=2025-07-15 late=-", NULL);
  cpt_assert_message_contains (shorter_findings, 0, "placement ended 2025-07-15");
}

/* Decided before the approval expired (23 Jun), or not. */
static void
test_extension_decided (void **state)
{
  struct { const char *decided; const char *expected; } cases[] = {
    { "2025-06-22", "due temporary-approval-expiry@2025-06-23 due=2025-08-18 done=- late=-" },
    { "2025-06-23", "due temporary-approval-expiry@2025-06-23 due=2025-08-18 done=- late=-" },
    { "2025-06-24", "met-late temporary-approval@2025-03-03 due=2025-06-23 done=2025-06-24 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = connected_child (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      add_approval (child, "2025-03-03", NULL, "2025-08-18", cases[i].decided);
      findings = cpt_run (EXTENSION, child, "2025-07-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* In force from 1 April 2011, judged on the original expiry. */
static void
test_extension_in_force (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2010-12-09", "not-applicable temporary-approval-expiry@2011-03-31 due=- done=- late=-" },
    { "2010-12-10", "met temporary-approval-expiry@2011-04-01 due=2011-05-27 done=2011-05-01 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", "2005-01-01");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, cases[i].start, NULL, "S", "V2", "U3", NULL);
      add_approval (child, cases[i].start, "2011-05-01", "2011-06-30", "2011-03-01");
      findings = cpt_run (EXTENSION, child, "2011-08-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* Half an extension cannot be judged; none is nothing to judge; one
 * decided after the as-of date is not known yet. */
static void
test_extension_incomplete (void **state)
{
  g_autoptr(CareplanChild) no_decision = connected_child (NULL);
  g_autoptr(CareplanChild) no_date = connected_child (NULL);
  g_autoptr(CareplanChild) none = connected_child (NULL);
  g_autoptr(CareplanChild) future = connected_child (NULL);
  g_autoptr(GPtrArray) no_decision_findings = NULL;
  g_autoptr(GPtrArray) no_date_findings = NULL;
  g_autoptr(GPtrArray) none_findings = NULL;
  g_autoptr(GPtrArray) future_findings = NULL;

  add_approval (no_decision, "2025-03-03", NULL, "2025-08-18", NULL);
  add_approval (no_date, "2025-03-03", NULL, NULL, "2025-06-10");
  add_approval (none, "2025-03-03", NULL, NULL, NULL);
  add_approval (future, "2025-03-03", NULL, "2025-08-18", "2025-06-10");
  no_decision_findings = cpt_run (EXTENSION, no_decision, "2025-07-01");
  no_date_findings = cpt_run (EXTENSION, no_date, "2025-07-01");
  none_findings = cpt_run (EXTENSION, none, "2025-07-01");
  future_findings = cpt_run (EXTENSION, future, "2025-06-09");

  cpt_assert_findings (no_decision_findings, "unknown temporary-approval@2025-03-03 due=- done=- late=-", NULL);
  cpt_assert_message_contains (no_decision_findings, 0, "extension_decided");
  cpt_assert_findings (no_date_findings, "unknown temporary-approval@2025-03-03 due=- done=- late=-", NULL);
  cpt_assert_message_contains (no_date_findings, 0, "extended_to");
  cpt_assert_findings (none_findings, NULL);
  cpt_assert_findings (future_findings, NULL);
}

/* --- regs 27A and 27C: other arrangements --------------------------------- */

/* 16th birthday 15 Mar 2024. */
#define BORN_2008 "2008-03-15"

/* In force from 9 Sep 2021: a placement in H5 from the day before, on and
 * after, ending 1 Oct 2021 (days in breach to 30 Sep). */
static void
test_under_16_in_force (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2021-09-08", "overdue placement-start@2021-09-08 due=2021-09-08 done=- late=22" },
    { "2021-09-09", "overdue placement-start@2021-09-09 due=2021-09-08 done=- late=22" },
    { "2021-09-10", "overdue placement-start@2021-09-10 due=2021-09-09 done=- late=21" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", BORN_2008);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, cases[i].start, "2021-10-01", "S", "V2", "H5", "E8");
      findings = cpt_run (UNDER_16, child, "2022-01-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      cpt_assert_message_contains (findings, 0, "until the placement ended on 2021-10-01");
    }
}

/* Ended on the day it came into force: nothing in breach. */
static void
test_under_16_before_in_force (void **state)
{
  struct { const char *end; const char *expected; } cases[] = {
    { "2021-09-09", "not-applicable placement-start@2021-06-01 due=- done=- late=-" },
    { "2021-09-10", "overdue placement-start@2021-06-01 due=2021-09-08 done=- late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", BORN_2008);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2021-06-01", cases[i].end, "S", "V2", "P2", "E8");
      findings = cpt_run (UNDER_16, child, "2022-01-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* The 16th birthday ends it: placed the day before, on and after. */
static void
test_under_16_birthday (void **state)
{
  g_autoptr(CareplanChild) before = cpt_child_born ("P1", BORN_2008);
  g_autoptr(CareplanChild) on = cpt_child_born ("P1", BORN_2008);
  g_autoptr(CareplanChild) after = cpt_child_born ("P1", BORN_2008);
  g_autoptr(GPtrArray) before_findings = NULL;
  g_autoptr(GPtrArray) on_findings = NULL;
  g_autoptr(GPtrArray) after_findings = NULL;

  cpt_add_episode (before, "2024-03-14", NULL, "S", "V2", "H5", NULL);
  cpt_add_episode (on, "2024-03-15", NULL, "S", "V2", "H5", NULL);
  cpt_add_episode (after, "2024-03-16", NULL, "S", "V2", "H5", NULL);
  before_findings = cpt_run (UNDER_16, before, "2024-06-01");
  on_findings = cpt_run (UNDER_16, on, "2024-06-01");
  after_findings = cpt_run (UNDER_16, after, "2024-06-01");

  cpt_assert_findings (before_findings, "overdue placement-start@2024-03-14 due=2024-03-13 done=- late=1", NULL);
  cpt_assert_message_contains (before_findings, 0, "until the child turned 16 on 2024-03-15");
  cpt_assert_findings (on_findings, NULL);
  cpt_assert_findings (after_findings, NULL);
}

/* Still there: the days in breach run to the as-of date. */
static void
test_under_16_ongoing (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_born ("P1", BORN_2008);
  g_autoptr(GPtrArray) first_day = NULL;
  g_autoptr(GPtrArray) later = NULL;

  cpt_add_episode (child, "2023-01-10", NULL, "S", "V2", "H5", NULL);
  first_day = cpt_run (UNDER_16, child, "2023-01-10");
  later = cpt_run (UNDER_16, child, "2023-02-09");

  cpt_assert_findings (first_day, "overdue placement-start@2023-01-10 due=2023-01-09 done=- late=1", NULL);
  cpt_assert_message_contains (first_day, 0, "and still at 2023-01-10");
  cpt_assert_findings (later, "overdue placement-start@2023-01-10 due=2023-01-09 done=- late=31", NULL);
}

/* Which codes: H5, P2, P3, K3 are a breach; Z1, Z11–Z14 unknown; the
 * settings reg 27A allows, and foster care, nothing.  A change of code in
 * the placement (RNE T) starts a new run when the class changes. */
static void
test_under_16_codes (void **state)
{
  struct { const char *code; const char *expected; } cases[] = {
    { "H5", "overdue placement-start@2023-01-10 due=2023-01-09 done=- late=22" },
    { "P2", "overdue placement-start@2023-01-10 due=2023-01-09 done=- late=22" },
    { "P3", "overdue placement-start@2023-01-10 due=2023-01-09 done=- late=22" },
    { "K3", "overdue placement-start@2023-01-10 due=2023-01-09 done=- late=22" },
    { "Z1", "unknown placement-start@2023-01-10 due=- done=- late=-" },
    { "Z12", "unknown placement-start@2023-01-10 due=- done=- late=-" },
    { "R1", NULL },
    { "S1", NULL },
    { "U6", NULL },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", BORN_2008);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2023-01-10", "2023-02-01", "S", "V2", cases[i].code, "X1");
      cpt_add_episode (child, "2023-02-01", NULL, "T", "V2", "U6", NULL);
      findings = cpt_run (UNDER_16, child, "2023-06-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_under_16_no_date_of_birth (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_born ("P1", NULL);
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2023-01-10", NULL, "S", "V2", "H5", NULL);
  findings = cpt_run (UNDER_16, child, "2023-06-01");
  cpt_assert_findings (findings, "unknown placement-start@2023-01-10 due=- done=- late=-", NULL);
  cpt_assert_message_contains (findings, 0, "date of birth is not recorded");
}

/* 16th birthday 1 Jun 2023, 18th 1 Jun 2025. */
#define BORN_2007 "2007-06-01"

/* In force from 28 Oct 2023, but H5 and P2 days before 1 Apr 2024 may be
 * registered supported accommodation: unknown, not a breach. */
static void
test_16_17_in_force (void **state)
{
  struct { const char *end; const char *expected; } cases[] = {
    { "2023-10-28", "not-applicable placement-start@2023-09-01 due=- done=- late=-" },
    { "2023-10-29", "unknown placement-start@2023-09-01 due=- done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", BORN_2007);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2023-09-01", cases[i].end, "S", "V2", "H5", "E8");
      findings = cpt_run (AGED_16_17, child, "2024-06-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* From 1 Apr 2024 (K3 exists) H5 is a breach: ending the day before, on
 * and after that day. */
static void
test_16_17_counted_from_k3 (void **state)
{
  struct { const char *end; const char *expected; } cases[] = {
    { "2024-03-31", "unknown placement-start@2024-01-01 due=- done=- late=-" },
    { "2024-04-01", "unknown placement-start@2024-01-01 due=- done=- late=-" },
    { "2024-04-02", "overdue placement-start@2024-01-01 due=2024-03-31 done=- late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", BORN_2007);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2024-01-01", cases[i].end, "S", "V2", "P2", "E8");
      findings = cpt_run (AGED_16_17, child, "2024-06-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }

  {
    g_autoptr(CareplanChild) child = cpt_child_born ("P1", BORN_2007);
    g_autoptr(GPtrArray) findings = NULL;

    cpt_add_episode (child, "2024-01-01", "2024-04-02", "S", "V2", "P2", "E8");
    findings = cpt_run (AGED_16_17, child, "2024-06-01");
    cpt_assert_message_contains (findings, 0, "days before 2024-04-01 are not counted");
  }
}

/* The 18th birthday ends it; K3 is allowed; P3 and Z codes are unknown;
 * under 16 is reg 27A's. */
static void
test_16_17_codes_and_ages (void **state)
{
  struct { const char *born; const char *code; const char *expected; } cases[] = {
    { BORN_2007, "H5", "overdue placement-start@2025-05-01 due=2025-04-30 done=- late=31" },
    { BORN_2007, "K3", NULL },
    { BORN_2007, "P3", "unknown placement-start@2025-05-01 due=- done=- late=-" },
    { BORN_2007, "Z13", "unknown placement-start@2025-05-01 due=- done=- late=-" },
    { "2010-01-01", "H5", NULL },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("P1", cases[i].born);
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, "2025-05-01", NULL, "S", "V2", cases[i].code, NULL);
      findings = cpt_run (AGED_16_17, child, "2025-07-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* --- the rules themselves ---------------------------------------------- */

static void
test_placement_definitions (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  struct {
    const char *id;
    CareplanConfirmation confirmation;
    const char *provision;
    const char *url;
    const char *in_force;
  } rules[] = {
    { ASSESSMENT, CAREPLAN_CONFIRMATION_UNCONFIRMED, "regulation 19(b)",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/19", "2011-04-01" },
    { DECISION, CAREPLAN_CONFIRMATION_UNCONFIRMED, "regulation 19(c)",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/19", "2011-04-01" },
    { TEMPORARY, CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY, "regulation 24(1)",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/24", "2011-04-01" },
    { EXTENSION, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 25",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/25/made", "2011-04-01" },
    { UNDER_16, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 27A",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/27A", "2021-09-09" },
    { AGED_16_17, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY, "regulation 27C",
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/27C", "2023-10-28" },
  };
  struct { const char *id; const char *name; int value; CareplanTimeUnit unit; } parameters[] = {
    { ASSESSMENT, "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS },
    { DECISION, "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS },
    { TEMPORARY, "period", 112, CAREPLAN_TIME_UNIT_DAYS },
    { EXTENSION, "period", 112, CAREPLAN_TIME_UNIT_DAYS },
    { EXTENSION, "extension", 56, CAREPLAN_TIME_UNIT_DAYS },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      CareplanRule *rule = cpt_assert_rule_citation (rulebook, rules[i].id, "placements",
                                                     rules[i].confirmation, rules[i].provision,
                                                     rules[i].url, rules[i].in_force);

      assert_int_equal (careplan_rule_get_kind (rule), CAREPLAN_RULE_KIND_STATUTE);
    }

  for (i = 0; i < G_N_ELEMENTS (parameters); i++)
    cpt_assert_rule_parameter (rulebook, parameters[i].id, parameters[i].name,
                               parameters[i].value, parameters[i].unit);

  assert_non_null (strstr (careplan_rule_get_parameter_description (careplan_rulebook_lookup (rulebook, TEMPORARY),
                                                                    "period"),
                           "111"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_assessment_and_review),
    cmocka_unit_test (test_assessment_without_review),
    cmocka_unit_test (test_assessment_lapses_and_unknown),
    cmocka_unit_test (test_assessment_in_force),
    cmocka_unit_test (test_decision),
    cmocka_unit_test (test_decision_needs_completion),
    cmocka_unit_test (test_decision_in_force),
    cmocka_unit_test (test_decision_on_last_day),
    cmocka_unit_test (test_temporary_approval),
    cmocka_unit_test (test_temporary_approval_inclusive),
    cmocka_unit_test (test_temporary_approval_other_ways),
    cmocka_unit_test (test_temporary_approval_in_force_and_unknown),
    cmocka_unit_test (test_extension),
    cmocka_unit_test (test_extension_length),
    cmocka_unit_test (test_extension_second),
    cmocka_unit_test (test_extension_second_as_of),
    cmocka_unit_test (test_extension_decided),
    cmocka_unit_test (test_extension_in_force),
    cmocka_unit_test (test_extension_incomplete),
    cmocka_unit_test (test_under_16_in_force),
    cmocka_unit_test (test_under_16_before_in_force),
    cmocka_unit_test (test_under_16_birthday),
    cmocka_unit_test (test_under_16_ongoing),
    cmocka_unit_test (test_under_16_codes),
    cmocka_unit_test (test_under_16_no_date_of_birth),
    cmocka_unit_test (test_16_17_in_force),
    cmocka_unit_test (test_16_17_counted_from_k3),
    cmocka_unit_test (test_16_17_codes_and_ages),
    cmocka_unit_test (test_placement_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
