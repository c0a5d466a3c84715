/* test-rules-health.c: health assessments and dental checks
 *
 * CPPCR 2010 reg 7, the 2015 health guidance and the yearly dental check.
 * Each boundary (due dates, the fifth birthday, in-force dates, the
 * prior-assessment window) is tested on the day before, on and after it;
 * worked example 8 under each of the three readings of §9.4.
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

#define IHA "cppcr-2010.reg7-1.initial-health-assessment"
#define IHA_20 "guidance.health-2015.iha-20-working-days"
#define RHA "cppcr-2010.reg7-3.review-health-assessments"
#define DENTAL "guidance.health-2015.dental-check-annual"

/* --- helpers ----------------------------------------------------------- */

/* A child born on @date_of_birth, looked after from @start in one open
 * foster placement. */
static CareplanChild *
looked_after_from (const char *date_of_birth,
                   const char *start)
{
  return cpt_looked_after_from ("H1", date_of_birth, start, "U6");
}

/* --- reg 7(1): initial health assessment ------------------------------- */

/* Due on the date of the first review: the day before, on and after. */
static void
test_iha_by_first_review (void **state)
{
  struct { const char *assessment; const char *expected; } cases[] = {
    { "2025-02-02", "met became-looked-after@2025-01-06 due=2025-02-03 done=2025-02-02 late=-" },
    { "2025-02-03", "met became-looked-after@2025-01-06 due=2025-02-03 done=2025-02-03 late=-" },
    { "2025-02-04", "met-late became-looked-after@2025-01-06 due=2025-02-03 done=2025-02-04 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2015-05-01", "2025-01-06");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, cases[i].assessment, NULL);
      findings = cpt_run (IHA, child, "2025-06-30");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }
}

/* A first review held late moves the deadline with it; one held early
 * brings it forward. */
static void
test_iha_review_date_is_deadline (void **state)
{
  g_autoptr(CareplanChild) late = looked_after_from ("2015-05-01", "2025-01-06");
  g_autoptr(CareplanChild) early = looked_after_from ("2015-05-01", "2025-01-06");
  g_autoptr(GPtrArray) late_findings = NULL;
  g_autoptr(GPtrArray) early_findings = NULL;

  cpt_add_events (late, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-20", NULL);
  cpt_add_events (late, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-02-14", NULL);
  late_findings = cpt_run (IHA, late, "2025-06-30");
  cpt_assert_findings_naming_due (late_findings,
                                  "met became-looked-after@2025-01-06 due=2025-02-20 done=2025-02-14 late=-", NULL);
  assert_string_equal (cpt_message_at (late_findings, 0),
                       "initial health assessment due 2025-02-20: the first review of the period "
                       "of care from 2025-01-06, held 2025-02-20; assessed 2025-02-14");

  cpt_add_events (early, CAREPLAN_EVENT_KIND_REVIEW, "2025-01-20", NULL);
  cpt_add_events (early, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-01-28", NULL);
  early_findings = cpt_run (IHA, early, "2025-06-30");
  cpt_assert_findings_naming_due (early_findings,
                                  "met-late became-looked-after@2025-01-06 due=2025-01-20 done=2025-01-28 late=8", NULL);
}

/* No first review yet: the first review's own deadline (worked example 1:
 * 20 working days over Christmas, 22 Jan 2025). */
static void
test_iha_no_review_yet (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2015-05-01", "2024-12-20");
  g_autoptr(GPtrArray) before = cpt_run (IHA, child, "2025-01-21");
  g_autoptr(GPtrArray) on = cpt_run (IHA, child, "2025-01-22");
  g_autoptr(GPtrArray) after = cpt_run (IHA, child, "2025-01-23");

  cpt_assert_findings_naming_due (before, "due became-looked-after@2024-12-20 due=2025-01-22 done=- late=-", NULL);
  cpt_assert_findings_naming_due (on, "due became-looked-after@2024-12-20 due=2025-01-22 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after, "overdue became-looked-after@2024-12-20 due=2025-01-22 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (after, 0),
                       "initial health assessment due 2025-01-22: 20 working days after becoming "
                       "looked after on 2024-12-20, the first review's deadline (no first review "
                       "held yet); none by 2025-01-23 (1 day late)");
}

/* An assessment in the 3 months before becoming looked after makes a new
 * one unnecessary: 15 Apr 2025 − 3 months = 15 Jan 2025. */
static void
test_iha_prior_assessment (void **state)
{
  struct { const char *assessment; const char *expected; } cases[] = {
    { "2025-01-14", "overdue became-looked-after@2025-04-15 due=2025-05-16 done=- late=45" },
    { "2025-01-15", "met became-looked-after@2025-04-15 due=2025-05-16 done=2025-01-15 late=-" },
    { "2025-01-16", "met became-looked-after@2025-04-15 due=2025-05-16 done=2025-01-16 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2015-05-01", "2025-04-15");
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(GPtrArray) guidance = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, cases[i].assessment, NULL);
      findings = cpt_run (IHA, child, "2025-06-30");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
      guidance = cpt_run (IHA_20, child, "2025-06-30");
      cpt_assert_findings_naming_due (guidance, cases[i].expected, NULL);
    }
}

/* An assessment belongs to the period of care whose days hold it; the
 * obligation of a period that ends before its deadline lapses. */
static void
test_iha_per_period (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_born ("H1", "2015-05-01");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2024-01-08", "2024-01-20", "S", "V2", "U6", "E13");
  cpt_add_episode (child, "2024-09-02", "2025-03-01", "S", "C2", "U6", "E13");
  cpt_add_episode (child, "2025-09-01", NULL, "S", "C2", "U6", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2024-09-30", NULL);
  /* After the second period ended: not its assessment; and more than 3
   * months before the third began. */
  cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-03-10", NULL);
  findings = cpt_run (IHA, child, "2025-10-31");
  cpt_assert_findings_naming_due (findings,
                                  "overdue became-looked-after@2024-09-02 due=2024-09-30 done=- late=152",
                                  "overdue became-looked-after@2025-09-01 due=2025-09-29 done=- late=32",
                                  NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "none by the end of the period of care on 2025-03-01"));
}

static void
test_iha_short_breaks (void **state)
{
  const char *rules[] = { IHA, IHA_20, RHA, DENTAL };
  g_autoptr(CareplanChild) child = cpt_child_born ("H1", "2015-05-01");
  guint i;

  cpt_add_episode (child, "2025-01-06", "2025-01-10", "S", "V3", "U6", "E13");
  cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-01-07", NULL);

  for (i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autoptr(GPtrArray) findings = cpt_run (rules[i], child, "2025-12-31");

      cpt_assert_findings_naming_due (findings, "not-applicable became-looked-after@2025-01-06 due=- done=- late=-", NULL);
      assert_non_null (strstr (cpt_message_at (findings, 0), "regulation 48"));
    }
}

/* CPPCR 2010 from 1 April 2011; the guidance from 17 March 2015. */
static void
test_iha_in_force (void **state)
{
  g_autoptr(CareplanChild) before = looked_after_from ("2005-05-01", "2011-03-31");
  g_autoptr(CareplanChild) on = looked_after_from ("2005-05-01", "2011-04-01");
  g_autoptr(CareplanChild) guidance_before = looked_after_from ("2005-05-01", "2015-03-16");
  g_autoptr(CareplanChild) guidance_on = looked_after_from ("2005-05-01", "2015-03-17");
  g_autoptr(CareplanChild) guidance_after = looked_after_from ("2005-05-01", "2015-03-18");
  g_autoptr(GPtrArray) f1 = cpt_run (IHA, before, "2012-01-01");
  g_autoptr(GPtrArray) f2 = NULL;
  g_autoptr(GPtrArray) f3 = cpt_run (IHA_20, guidance_before, "2015-12-31");
  g_autoptr(GPtrArray) f4 = cpt_run (IHA_20, guidance_on, "2015-12-31");
  g_autoptr(GPtrArray) f5 = cpt_run (IHA_20, guidance_after, "2015-12-31");

  cpt_add_events (on, CAREPLAN_EVENT_KIND_REVIEW, "2011-04-20", NULL);
  f2 = cpt_run (IHA, on, "2012-01-01");
  cpt_assert_findings_naming_due (f1, "not-applicable became-looked-after@2011-03-31 due=- done=- late=-", NULL);
  assert_string_equal (cpt_message_at (f1, 0),
                       "initial health assessment not applicable: becoming looked after on "
                       "2011-03-31 is before regulation 7(1) came into force on 2011-04-01");
  cpt_assert_findings_naming_due (f2, "overdue became-looked-after@2011-04-01 due=2011-04-20 done=- late=256", NULL);
  cpt_assert_findings_naming_due (f3, "not-applicable became-looked-after@2015-03-16 due=- done=- late=-", NULL);
  cpt_assert_findings_naming_due (f4, "overdue became-looked-after@2015-03-17 due=2015-04-16 done=- late=259", NULL);
  cpt_assert_findings_naming_due (f5, "overdue became-looked-after@2015-03-18 due=2015-04-17 done=- late=258", NULL);
}

/* --- guidance: 20 working days ----------------------------------------- */

/* Worked example 1: looked after Fri 20 Dec 2024, due Wed 22 Jan 2025. */
static void
test_iha_20_working_days (void **state)
{
  struct { const char *assessment; const char *expected; } cases[] = {
    { "2025-01-21", "met became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-21 late=-" },
    { "2025-01-22", "met became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-22 late=-" },
    { "2025-01-23", "met-late became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-23 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2015-05-01", "2024-12-20");
      g_autoptr(GPtrArray) findings = NULL;

      /* A late first review does not move the guidance's deadline. */
      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-10", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, cases[i].assessment, NULL);
      findings = cpt_run (IHA_20, child, "2025-06-30");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
      assert_non_null (strstr (cpt_message_at (findings, 0),
                               "20 working days after becoming looked after on 2024-12-20"));
    }
}

static void
test_iha_20_parameters (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2015-05-01", "2025-04-15");
  g_autoptr(GPtrArray) defaults = NULL;
  g_autoptr(GPtrArray) no_prior = NULL;
  g_autoptr(GPtrArray) shorter = NULL;
  g_autoptr(CareplanChild) late_child = looked_after_from ("2015-05-01", "2028-12-15");
  g_autoptr(GPtrArray) unknown = NULL;

  /* 20 working days from Tue 15 Apr 2025 skip Good Friday, Easter Monday
   * and the Early May bank holiday: Fri 16 May. */
  cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-03-01", "2025-05-20", NULL);
  defaults = cpt_run (IHA_20, child, "2025-06-30");
  cpt_assert_findings_naming_due (defaults, "met became-looked-after@2025-04-15 due=2025-05-16 done=2025-03-01 late=-", NULL);
  no_prior = cpt_run_with_parameter (IHA_20, "prior_months", 0, child, "2025-06-30");
  cpt_assert_findings_naming_due (no_prior, "met-late became-looked-after@2025-04-15 due=2025-05-16 done=2025-05-20 late=4", NULL);
  shorter = cpt_run_with_parameter (IHA_20, "working_days", 10, child, "2025-06-30");
  cpt_assert_findings_naming_due (shorter, "met became-looked-after@2025-04-15 due=2025-05-01 done=2025-03-01 late=-", NULL);

  /* Past the calendar's last bank holiday: unknown, never a guess. */
  unknown = cpt_run (IHA_20, late_child, "2029-03-01");
  cpt_assert_findings_naming_due (unknown, "unknown became-looked-after@2028-12-15 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (unknown, 0), "outside the calendar's range"));
}

/* --- reg 7(3): review health assessments ------------------------------- */

/* Worked example 8: born 10 Jan 2021 (fifth birthday 10 Jan 2026); IHA
 * 15 Jan 2025; RHAs 1 Jul 2025 and 20 Dec 2025. */
static CareplanChild *
worked_example_8 (void)
{
  CareplanChild *child = looked_after_from ("2021-01-10", "2025-01-06");

  cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT,
                  "2025-01-15", "2025-07-01", "2025-12-20", NULL);
  return child;
}

static void
test_rha_worked_example_8 (void **state)
{
  g_autoptr(CareplanChild) child = worked_example_8 ();
  g_autoptr(GPtrArray) strict = cpt_run (RHA, child, "2026-03-01");
  g_autoptr(GPtrArray) strict_late = cpt_run (RHA, child, "2026-06-21");
  g_autoptr(GPtrArray) age_at_due = cpt_run_with_parameter (RHA, "reading", 2, child, "2026-06-21");
  g_autoptr(GPtrArray) windowed = cpt_run_with_parameter (RHA, "reading", 3, child, "2026-06-21");

  cpt_assert_findings_naming_due (strict,
                                  "met health-assessment@2025-01-15 due=2025-07-15 done=2025-07-01 late=-",
                                  "met health-assessment@2025-07-01 due=2026-01-01 done=2025-12-20 late=-",
                                  "due health-assessment@2025-12-20 due=2026-06-20 done=- late=-",
                                  NULL);
  cpt_assert_findings_naming_due (strict_late,
                                  "met health-assessment@2025-01-15 due=2025-07-15 done=2025-07-01 late=-",
                                  "met health-assessment@2025-07-01 due=2026-01-01 done=2025-12-20 late=-",
                                  "overdue health-assessment@2025-12-20 due=2026-06-20 done=- late=1",
                                  NULL);
  cpt_assert_findings_naming_due (age_at_due,
                                  "met health-assessment@2025-01-15 due=2025-07-15 done=2025-07-01 late=-",
                                  "met health-assessment@2025-07-01 due=2026-01-01 done=2025-12-20 late=-",
                                  "due health-assessment@2025-12-20 due=2026-12-20 done=- late=-",
                                  NULL);
  cpt_assert_findings_naming_due (windowed,
                                  "met health-assessment@2025-01-15 due=2025-07-15 done=2025-07-01 late=-",
                                  "met health-assessment@2025-07-01 due=2026-01-01 done=2025-12-20 late=-",
                                  "due health-assessment@2025-12-20 due=2027-01-10 done=- late=-",
                                  NULL);

  assert_string_equal (cpt_message_at (strict, 2),
                       "health assessment due 2026-06-20: 6 months after the health assessment "
                       "on 2025-12-20, made before the fifth birthday on 2026-01-10; none yet at "
                       "2026-03-01");
  assert_non_null (strstr (cpt_message_at (age_at_due, 2), "the child is 5 on 2026-06-20"));
  assert_non_null (strstr (cpt_message_at (windowed, 2), "12 months after the fifth birthday on 2026-01-10"));
}

/* An assessment the day before, on and after the fifth birthday. */
static void
test_rha_fifth_birthday (void **state)
{
  struct { const char *made; int reading; const char *due; } cases[] = {
    { "2026-01-09", 1, "2026-07-09" },
    { "2026-01-09", 2, "2027-01-09" },
    { "2026-01-09", 3, "2027-01-10" },
    { "2026-01-10", 1, "2027-01-10" },
    { "2026-01-10", 2, "2027-01-10" },
    { "2026-01-10", 3, "2027-01-10" },
    { "2026-01-11", 1, "2027-01-11" },
    { "2026-01-11", 2, "2027-01-11" },
    { "2026-01-11", 3, "2027-01-11" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2021-01-10", "2025-12-01");
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *expected = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, cases[i].made, NULL);
      findings = cpt_run_with_parameter (RHA, "reading", cases[i].reading, child, "2026-02-01");
      expected = g_strdup_printf ("due health-assessment@%s due=%s done=- late=-",
                                  cases[i].made, cases[i].due);
      cpt_assert_findings_naming_due (findings, expected, NULL);
    }
}

/* Six months after the assessment falls the day before, on and after the
 * fifth birthday (10 Jan 2026): the readings part only from "on". */
static void
test_rha_six_months_reaches_birthday (void **state)
{
  struct { const char *made; int reading; const char *due; } cases[] = {
    { "2025-07-09", 1, "2026-01-09" },
    { "2025-07-09", 2, "2026-01-09" },
    { "2025-07-09", 3, "2026-01-09" },
    { "2025-07-10", 1, "2026-01-10" },
    { "2025-07-10", 2, "2026-07-10" },
    { "2025-07-10", 3, "2027-01-10" },
    { "2025-07-11", 1, "2026-01-11" },
    { "2025-07-11", 2, "2026-07-11" },
    { "2025-07-11", 3, "2027-01-10" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2021-01-10", "2025-07-01");
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *expected = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, cases[i].made, NULL);
      findings = cpt_run_with_parameter (RHA, "reading", cases[i].reading, child, "2025-12-31");
      expected = g_strdup_printf ("due health-assessment@%s due=%s done=- late=-",
                                  cases[i].made, cases[i].due);
      cpt_assert_findings_naming_due (findings, expected, NULL);
    }
}

/* The next assessment the day before, on and after its due date; the
 * chain stops at the first that is not met. */
static void
test_rha_due_boundaries (void **state)
{
  struct { const char *next; const char *expected; } cases[] = {
    { "2026-03-14", "met health-assessment@2025-03-15 due=2026-03-15 done=2026-03-14 late=-" },
    { "2026-03-15", "met health-assessment@2025-03-15 due=2026-03-15 done=2026-03-15 late=-" },
    { "2026-03-16", "met-late health-assessment@2025-03-15 due=2026-03-15 done=2026-03-16 late=1" },
  };
  g_autoptr(CareplanChild) missing = looked_after_from ("2012-06-15", "2025-03-01");
  g_autoptr(GPtrArray) overdue = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2012-06-15", "2025-03-01");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-03-15", cases[i].next, NULL);
      findings = cpt_run (RHA, child, "2026-04-01");
      assert_int_equal (findings->len, 2);
      g_ptr_array_set_size (findings, 1);
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  cpt_add_events (missing, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-03-15", NULL);
  overdue = cpt_run (RHA, missing, "2026-03-16");
  cpt_assert_findings_naming_due (overdue, "overdue health-assessment@2025-03-15 due=2026-03-15 done=- late=1", NULL);
}

static void
test_rha_unknown (void **state)
{
  g_autoptr(CareplanChild) no_birth = looked_after_from (NULL, "2025-03-01");
  g_autoptr(CareplanChild) child = looked_after_from ("2021-01-10", "2025-03-01");
  g_autoptr(GPtrArray) no_birth_findings = NULL;
  g_autoptr(GPtrArray) bad_reading = NULL;

  cpt_add_events (no_birth, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-03-15", "2025-08-01", NULL);
  no_birth_findings = cpt_run (RHA, no_birth, "2026-01-01");
  cpt_assert_findings_naming_due (no_birth_findings, "unknown health-assessment@2025-03-15 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (no_birth_findings, 0), "date of birth is not recorded"));

  cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-03-15", NULL);
  /* A reading outside 1-3 is refused when set, never evaluated. */
  cpt_assert_parameter_refused (RHA, "reading", 4, "parameter reading is 4, outside its domain (1 to 3)");
  cpt_assert_parameter_refused (RHA, "reading", 0, "outside its domain (1 to 3)");
  /* A policy may ask for a date past year 9999: unknown, not a crash. */
  bad_reading = cpt_run_with_parameter (RHA, "interval_under_5", G_MAXINT, child, "2026-01-01");
  cpt_assert_findings_naming_due (bad_reading, "unknown health-assessment@2025-03-15 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (bad_reading, 0), "after 9999-12-31"));
}

/* Assessments before 1 April 2011 are not applicable, once per run; the
 * chain goes on from the first in force.  An assessment in the 3 months
 * before the period began starts the clock. */
static void
test_rha_in_force_and_prior (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2000-06-01", "2010-06-01");
  g_autoptr(CareplanChild) prior = looked_after_from ("2012-06-15", "2025-04-15");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) prior_findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT,
                  "2010-07-01", "2011-03-31", "2011-04-01", NULL);
  findings = cpt_run (RHA, child, "2011-12-31");
  cpt_assert_findings_naming_due (findings,
                                  "not-applicable health-assessment@2010-07-01 due=- done=- late=-",
                                  "due health-assessment@2011-04-01 due=2012-04-01 done=- late=-",
                                  NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "before regulation 7(3) came into force on 2011-04-01"));

  cpt_add_events (prior, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-02-01", NULL);
  prior_findings = cpt_run (RHA, prior, "2025-06-30");
  cpt_assert_findings_naming_due (prior_findings, "due health-assessment@2025-02-01 due=2026-02-01 done=- late=-", NULL);
}

/* Two assessments in an earlier period, both in the 3 months before the
 * next began: the first is judged in the earlier period only; the later
 * starts the next period's clock. */
static void
test_rha_across_periods (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_born ("H1", "2012-06-15");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-06-01", "S", "V2", "U6", "E13");
  cpt_add_episode (child, "2025-07-01", NULL, "S", "C2", "U6", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "2025-05-01", "2025-05-20", "2026-05-01", NULL);
  findings = cpt_run (RHA, child, "2026-06-30");
  cpt_assert_findings_naming_due (findings,
                                  "met health-assessment@2025-05-01 due=2026-05-01 done=2025-05-20 late=-",
                                  "met health-assessment@2025-05-20 due=2026-05-20 done=2026-05-01 late=-",
                                  "due health-assessment@2026-05-01 due=2027-05-01 done=- late=-",
                                  NULL);
}

/* --- dental checks ----------------------------------------------------- */

static void
test_dental_first_check (void **state)
{
  struct { const char *check; const char *expected; } cases[] = {
    { "2026-01-05", "met became-looked-after@2025-01-06 due=2026-01-06 done=2026-01-05 late=-" },
    { "2026-01-06", "met became-looked-after@2025-01-06 due=2026-01-06 done=2026-01-06 late=-" },
    { "2026-01-07", "met-late became-looked-after@2025-01-06 due=2026-01-06 done=2026-01-07 late=1" },
  };
  g_autoptr(CareplanChild) none = looked_after_from ("2015-05-01", "2025-01-06");
  g_autoptr(GPtrArray) on = cpt_run (DENTAL, none, "2026-01-06");
  g_autoptr(GPtrArray) after = cpt_run (DENTAL, none, "2026-01-07");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2015-05-01", "2025-01-06");
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *next = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_DENTAL_CHECK, cases[i].check, NULL);
      findings = cpt_run (DENTAL, child, "2026-01-31");
      next = g_strdup_printf ("due dental-check@%s due=%.4d%s done=- late=-", cases[i].check,
                              2027, cases[i].check + 4);
      cpt_assert_findings_naming_due (findings, cases[i].expected, next, NULL);
    }

  cpt_assert_findings_naming_due (on, "due became-looked-after@2025-01-06 due=2026-01-06 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after, "overdue became-looked-after@2025-01-06 due=2026-01-06 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (after, 0),
                       "first dental check due 2026-01-06: 12 months after becoming looked after "
                       "on 2025-01-06; none by 2026-01-07 (1 day late)");
}

static void
test_dental_chain (void **state)
{
  struct { const char *check; const char *expected; } cases[] = {
    { "2026-02-28", "met dental-check@2025-02-28 due=2026-02-28 done=2026-02-28 late=-" },
    { "2026-03-01", "met-late dental-check@2025-02-28 due=2026-02-28 done=2026-03-01 late=1" },
  };
  g_autoptr(CareplanChild) missed = looked_after_from ("2015-05-01", "2025-01-06");
  g_autoptr(GPtrArray) missed_findings = NULL;
  g_autoptr(GPtrArray) six_monthly = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2015-05-01", "2025-01-06");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_DENTAL_CHECK, "2025-02-28", cases[i].check, NULL);
      findings = cpt_run (DENTAL, child, "2026-03-31");
      assert_int_equal (findings->len, 3);
      g_ptr_array_remove_index (findings, 2);
      g_ptr_array_remove_index (findings, 0);
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  /* One missed check is one finding, not a cascade. */
  cpt_add_events (missed, CAREPLAN_EVENT_KIND_DENTAL_CHECK, "2025-02-01", NULL);
  missed_findings = cpt_run (DENTAL, missed, "2027-06-30");
  cpt_assert_findings_naming_due (missed_findings,
                                  "met became-looked-after@2025-01-06 due=2026-01-06 done=2025-02-01 late=-",
                                  "overdue dental-check@2025-02-01 due=2026-02-01 done=- late=514",
                                  NULL);
  six_monthly = cpt_run_with_parameter (DENTAL, "interval", 6, missed, "2025-09-01");
  cpt_assert_findings_naming_due (six_monthly,
                                  "met became-looked-after@2025-01-06 due=2026-01-06 done=2025-02-01 late=-",
                                  "overdue dental-check@2025-02-01 due=2025-08-01 done=- late=31",
                                  NULL);
}

static void
test_dental_in_force (void **state)
{
  g_autoptr(CareplanChild) before = looked_after_from ("2005-05-01", "2015-03-16");
  g_autoptr(CareplanChild) on = looked_after_from ("2005-05-01", "2015-03-17");
  g_autoptr(GPtrArray) before_findings = cpt_run (DENTAL, before, "2015-12-31");
  g_autoptr(GPtrArray) on_findings = cpt_run (DENTAL, on, "2015-12-31");

  cpt_assert_findings_naming_due (before_findings, "not-applicable became-looked-after@2015-03-16 due=- done=- late=-", NULL);
  cpt_assert_findings_naming_due (on_findings, "due became-looked-after@2015-03-17 due=2016-03-17 done=- late=-", NULL);
}

/* --- definitions ------------------------------------------------------- */

static void
test_health_definitions (void **state)
{
  struct {
    const char *id;
    CareplanRuleKind kind;
    CareplanConfirmation confirmation;
    const char *url;
    const char *in_force;
  } rules[] = {
    { IHA, CAREPLAN_RULE_KIND_STATUTE, CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/7", "2011-04-01" },
    { IHA_20, CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE, CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
      "https://www.gov.uk/government/publications/promoting-the-health-and-wellbeing-of-looked-after-children--2",
      "2015-03-17" },
    { RHA, CAREPLAN_RULE_KIND_STATUTE, CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/7", "2011-04-01" },
    { DENTAL, CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE, CAREPLAN_CONFIRMATION_UNCONFIRMED,
      "https://www.gov.uk/government/publications/promoting-the-health-and-wellbeing-of-looked-after-children--2",
      "2015-03-17" },
  };
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanTimeUnit unit;
  int value;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      CareplanRule *rule = careplan_rulebook_lookup (rulebook, rules[i].id);

      assert_non_null (rule);
      assert_string_equal (careplan_rule_get_family (rule), "health");
      assert_int_equal (careplan_rule_get_kind (rule), rules[i].kind);
      assert_int_equal (careplan_rule_get_confirmation (rule), rules[i].confirmation);
      assert_string_equal (careplan_rule_get_url (rule), rules[i].url);
      assert_int_equal (careplan_rule_get_in_force_from (rule), cpt_date (rules[i].in_force));
      assert_int_equal (careplan_rule_get_in_force_until (rule), CAREPLAN_DATE_NONE);
      assert_true (strlen (careplan_rule_get_title (rule)) > 0);
    }

  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, RHA), "reading", &value, &unit));
  assert_int_equal (value, 1);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_COUNT);
  assert_non_null (strstr (careplan_rule_get_parameter_description (careplan_rulebook_lookup (rulebook, RHA), "reading"),
                           "UNCONFIRMED"));
  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, RHA), "interval_under_5", &value, &unit));
  assert_int_equal (value, 6);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_MONTHS);
  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, RHA), "interval_from_5", &value, &unit));
  assert_int_equal (value, 12);
  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, IHA_20), "working_days", &value, &unit));
  assert_int_equal (value, 20);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_WORKING_DAYS);
  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, DENTAL), "first_within", &value, &unit));
  assert_int_equal (value, 12);
  assert_non_null (strstr (careplan_rule_get_parameter_description (careplan_rulebook_lookup (rulebook, DENTAL), "interval"),
                           "UNCONFIRMED"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_iha_by_first_review),
    cmocka_unit_test (test_iha_review_date_is_deadline),
    cmocka_unit_test (test_iha_no_review_yet),
    cmocka_unit_test (test_iha_prior_assessment),
    cmocka_unit_test (test_iha_per_period),
    cmocka_unit_test (test_iha_short_breaks),
    cmocka_unit_test (test_iha_in_force),
    cmocka_unit_test (test_iha_20_working_days),
    cmocka_unit_test (test_iha_20_parameters),
    cmocka_unit_test (test_rha_worked_example_8),
    cmocka_unit_test (test_rha_fifth_birthday),
    cmocka_unit_test (test_rha_six_months_reaches_birthday),
    cmocka_unit_test (test_rha_due_boundaries),
    cmocka_unit_test (test_rha_unknown),
    cmocka_unit_test (test_rha_in_force_and_prior),
    cmocka_unit_test (test_rha_across_periods),
    cmocka_unit_test (test_dental_first_check),
    cmocka_unit_test (test_dental_chain),
    cmocka_unit_test (test_dental_in_force),
    cmocka_unit_test (test_health_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
