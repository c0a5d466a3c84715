/* test-rules-care-leavers.c: eligible, relevant and former relevant children
 *
 * CPPCR 2010 regs 40 and 42, Care Leavers (England) Regulations 2010
 * regs 5, 7 and 8(2), CA 1989 s23CZB.  Each boundary (due dates, the
 * 14th, 16th, 18th, 21st and 25th birthdays, the 13 weeks, in-force
 * dates) is tested on the day before, on and after it; worked examples 9
 * and 10.
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

#define ELIGIBLE "cppcr-2010.reg40.eligible-child"
#define NEEDS "cppcr-2010.reg42.eligible-needs-assessment"
#define RELEVANT "clr-2010.reg5.relevant-needs-assessment"
#define PATHWAY "clr-2010.reg7.pathway-plan-review"
#define FIRST_PA_VISIT "clr-2010.reg8-2a.first-pa-visit"
#define PA_VISITS "clr-2010.reg8-2c.pa-visits-two-monthly"
#define PA_BEFORE_REVIEW "clr-2010.reg8-2b.pa-visit-before-review"
#define PA_TO_25 "ca1989.s23CZB.pa-to-25"

/* --- helpers ----------------------------------------------------------- */

/* The care-leaver part of @child, made on first use. */
static CareplanCareLeaver *
care_leaver_of (CareplanChild *child)
{
  if (careplan_child_get_care_leaver (child) == NULL)
    {
      g_autoptr(CareplanCareLeaver) care_leaver = careplan_care_leaver_new ();

      careplan_child_set_care_leaver (child, care_leaver);
    }
  return careplan_child_get_care_leaver (child);
}

/* Worked example 9: born 31 Aug 2009 (16 on Sun 31 Aug 2025, 18 on
 * 31 Aug 2027, 21 on 31 Aug 2030), looked after since 10 Jan 2022, until
 * @left (NULL: still looked after). */
static CareplanChild *
worked_example_9 (const char *left)
{
  CareplanChild *child = cpt_child_born ("L1", "2009-08-31");

  cpt_add_episode (child, "2022-01-10", left, "S", "C2", "U6", left != NULL ? "E13" : NULL);
  return child;
}

/* Worked example 10: born 1 Mar 2008, first looked after Mon 15 Jan 2024. */
static CareplanChild *
worked_example_10 (const char *left)
{
  CareplanChild *child = cpt_child_born ("L1", "2008-03-01");

  cpt_add_episode (child, "2024-01-15", left, "S", "C2", "U6", left != NULL ? "E13" : NULL);
  return child;
}

/* --- reg 40: the eligible child ---------------------------------------- */

/* Worked example 10: 15 Jan 2024 + 91 days = 15 Apr 2024. */
static void
test_eligible_worked_example_10 (void **state)
{
  g_autoptr(CareplanChild) child = worked_example_10 (NULL);
  g_autoptr(GPtrArray) before = cpt_run (ELIGIBLE, child, "2024-04-14");
  g_autoptr(GPtrArray) on = cpt_run (ELIGIBLE, child, "2024-04-15");
  g_autoptr(GPtrArray) after = cpt_run (ELIGIBLE, child, "2024-04-16");
  g_autoptr(GPtrArray) inclusive = cpt_run_with_parameter (ELIGIBLE, "count_first_day", 1, child, "2024-04-16");

  cpt_assert_findings_naming_due (before, "not-applicable became-looked-after@2024-01-15 due=- done=- late=-", NULL);
  assert_string_equal (cpt_message_at (before, 0),
                       "eligible child not applicable: by 2024-04-14 the child was looked after "
                       "for 90 days from 2024-01-15, since the 14th birthday on 2022-03-01, "
                       "fewer than the 91 (13 weeks) that make a child looked after at 16 or 17 "
                       "eligible");
  cpt_assert_findings_naming_due (on, "met became-looked-after@2024-01-15 due=- done=2024-04-15 late=-", NULL);
  cpt_assert_findings_naming_due (after, "met became-looked-after@2024-01-15 due=- done=2024-04-15 late=-", NULL);
  assert_string_equal (cpt_message_at (after, 0),
                       "eligible child from 2024-04-15: looked after for 91 days (13 weeks) "
                       "counted from 2024-01-15, since the 14th birthday on 2022-03-01, and "
                       "looked after after the 16th birthday on 2024-03-01");
  cpt_assert_findings_naming_due (inclusive, "met became-looked-after@2024-01-15 due=- done=2024-04-14 late=-", NULL);
}

/* Worked example 10's alternative: leaving care on 1 Apr 2024 after 77
 * days, the child is not eligible. */
static void
test_eligible_too_few_days (void **state)
{
  g_autoptr(CareplanChild) child = worked_example_10 ("2024-04-01");
  g_autoptr(GPtrArray) findings = cpt_run (ELIGIBLE, child, "2024-06-01");

  cpt_assert_findings_naming_due (findings, "not-applicable became-looked-after@2024-01-15 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "looked after for 77 days from 2024-01-15"));
}

/* Worked example 9: looked after since 2022, eligible on the 16th
 * birthday; the count starts at the 14th. */
static void
test_eligible_worked_example_9 (void **state)
{
  g_autoptr(CareplanChild) child = worked_example_9 (NULL);
  g_autoptr(GPtrArray) before = cpt_run (ELIGIBLE, child, "2025-08-30");
  g_autoptr(GPtrArray) findings = cpt_run (ELIGIBLE, child, "2025-09-01");

  assert_int_equal (before->len, 0);
  cpt_assert_findings_naming_due (findings, "met birthday@2023-08-31 due=- done=2025-08-31 late=-", NULL);
}

/* Care ending the day before, on and after the 16th birthday: only care
 * that goes on past the birthday makes the child eligible. */
static void
test_eligible_sixteenth_birthday (void **state)
{
  g_autoptr(CareplanChild) before = worked_example_9 ("2025-08-30");
  g_autoptr(CareplanChild) on = worked_example_9 ("2025-08-31");
  g_autoptr(CareplanChild) after = worked_example_9 ("2025-09-01");
  g_autoptr(GPtrArray) before_findings = cpt_run (ELIGIBLE, before, "2025-10-01");
  g_autoptr(GPtrArray) on_findings = cpt_run (ELIGIBLE, on, "2025-10-01");
  g_autoptr(GPtrArray) after_findings = cpt_run (ELIGIBLE, after, "2025-10-01");

  assert_int_equal (before_findings->len, 0);
  assert_int_equal (on_findings->len, 0);
  cpt_assert_findings_naming_due (after_findings, "met birthday@2023-08-31 due=- done=2025-08-31 late=-", NULL);
}

/* Care starting the day before, on and after the 14th birthday (1 Mar
 * 2024) and ending 31 May 2024; back in care from 10 Mar 2026, after 16.
 * Only days from the 14th birthday count. */
static void
test_eligible_fourteenth_birthday (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2024-02-29", "met birthday@2024-03-01 due=- done=2026-03-10 late=-" },
    { "2024-03-01", "met birthday@2024-03-01 due=- done=2026-03-10 late=-" },
    { "2024-03-02", "met became-looked-after@2024-03-02 due=- done=2026-03-11 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("L1", "2010-03-01");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, cases[i].start, "2024-05-31", "S", "V2", "U6", "E13");
      cpt_add_episode (child, "2026-03-10", NULL, "S", "C2", "U6", NULL);
      findings = cpt_run (ELIGIBLE, child, "2026-06-01");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }
}

/* Looked after from 29 Nov, 30 Nov, 1 Dec 2025 (born 1 Mar 2008): the
 * 91st day falls the day before, on and after the 18th birthday. */
static void
test_eligible_eighteenth_birthday (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2025-11-29", "met became-looked-after@2025-11-29 due=- done=2026-02-28 late=-" },
    { "2025-11-30", "not-applicable became-looked-after@2025-11-30 due=- done=- late=-" },
    { "2025-12-01", "not-applicable became-looked-after@2025-12-01 due=- done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("L1", "2008-03-01");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_episode (child, cases[i].start, "2026-03-01", "S", "C2", "U6", "E13");
      findings = cpt_run (ELIGIBLE, child, "2026-04-01");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }
}

/* Short breaks: reading 1 (default) leaves them out of the count;
 * reading 2 rules eligibility out; only short breaks, no finding. */
static void
test_eligible_short_breaks (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_born ("L1", "2009-08-31");
  g_autoptr(CareplanChild) only = cpt_child_born ("L1", "2009-08-31");
  g_autoptr(GPtrArray) counted = NULL;
  g_autoptr(GPtrArray) disqualified = NULL;
  g_autoptr(GPtrArray) only_findings = NULL;

  cpt_add_episode (child, "2024-01-05", "2024-01-08", "S", "V3", "U6", "E13");
  cpt_add_episode (child, "2025-06-02", NULL, "S", "C2", "U6", NULL);
  counted = cpt_run (ELIGIBLE, child, "2025-09-30");
  cpt_assert_findings_naming_due (counted, "met became-looked-after@2025-06-02 due=- done=2025-09-01 late=-", NULL);
  disqualified = cpt_run_with_parameter (ELIGIBLE, "short_breaks", 2, child, "2025-09-30");
  cpt_assert_findings_naming_due (disqualified, "not-applicable became-looked-after@2024-01-05 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (disqualified, 0), "regulation 40(2)"));

  cpt_add_episode (only, "2025-09-05", "2025-09-08", "S", "V3", "U6", "E13");
  only_findings = cpt_run (ELIGIBLE, only, "2025-09-30");
  assert_int_equal (only_findings->len, 0);

  g_clear_pointer (&counted, g_ptr_array_unref);
  counted = cpt_run_with_parameter (ELIGIBLE, "qualifying_days", G_MAXINT, child, "2025-09-30");
  cpt_assert_findings_naming_due (counted, "not-applicable became-looked-after@2025-06-02 due=- done=- late=-", NULL);

  cpt_assert_parameter_refused (ELIGIBLE, "short_breaks", 3,
                                "parameter short_breaks is 3, outside its domain (1 to 2)");
}

static void
test_eligible_unknown_and_in_force (void **state)
{
  g_autoptr(CareplanChild) no_birth = cpt_child_born ("L1", NULL);
  g_autoptr(CareplanChild) old = cpt_child_born ("L1", "1994-06-01");
  g_autoptr(GPtrArray) unknown = NULL;
  g_autoptr(GPtrArray) old_findings = NULL;

  cpt_add_episode (no_birth, "2024-01-15", NULL, "S", "C2", "U6", NULL);
  unknown = cpt_run (ELIGIBLE, no_birth, "2025-01-01");
  cpt_assert_findings_naming_due (unknown, "unknown became-looked-after@2024-01-15 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (unknown, 0), "date of birth is not recorded"));

  cpt_add_episode (old, "2009-01-05", NULL, "S", "C2", "U6", NULL);
  old_findings = cpt_run (ELIGIBLE, old, "2011-01-01");
  cpt_assert_findings_naming_due (old_findings, "not-applicable became-eligible@2010-06-01 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (old_findings, 0), "before regulation 40 came into force on 2011-04-01"));
}

/* --- reg 42: the eligible child's needs assessment --------------------- */

/* Worked example 9: 31 Aug 2025 + 3 months = 30 Nov 2025. */
static void
test_needs_worked_example_9 (void **state)
{
  struct { const char *assessed; const char *expected; } cases[] = {
    { "2025-11-29", "met birthday@2025-08-31 due=2025-11-30 done=2025-11-29 late=-" },
    { "2025-11-30", "met birthday@2025-08-31 due=2025-11-30 done=2025-11-30 late=-" },
    { "2025-12-01", "met-late birthday@2025-08-31 due=2025-11-30 done=2025-12-01 late=1" },
  };
  g_autoptr(CareplanChild) none = worked_example_9 (NULL);
  g_autoptr(GPtrArray) on = cpt_run (NEEDS, none, "2025-11-30");
  g_autoptr(GPtrArray) after = cpt_run (NEEDS, none, "2025-12-01");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_9 (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      careplan_care_leaver_set_needs_assessment (care_leaver_of (child), cpt_date (cases[i].assessed));
      findings = cpt_run (NEEDS, child, "2026-01-31");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  cpt_assert_findings_naming_due (on, "due birthday@2025-08-31 due=2025-11-30 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after, "overdue birthday@2025-08-31 due=2025-11-30 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (after, 0),
                       "needs assessment due 2025-11-30: 3 months after reaching 16 as an "
                       "eligible child on 2025-08-31; none by 2025-12-01 (1 day late)");
}

/* Worked example 10: eligible on 15 Apr 2024, after 16: due 15 Jul 2024. */
static void
test_needs_worked_example_10 (void **state)
{
  struct { const char *assessed; const char *expected; } cases[] = {
    { "2024-07-14", "met became-eligible@2024-04-15 due=2024-07-15 done=2024-07-14 late=-" },
    { "2024-07-15", "met became-eligible@2024-04-15 due=2024-07-15 done=2024-07-15 late=-" },
    { "2024-07-16", "met-late became-eligible@2024-04-15 due=2024-07-15 done=2024-07-16 late=1" },
  };
  g_autoptr(CareplanChild) not_yet = worked_example_10 (NULL);
  g_autoptr(GPtrArray) not_yet_findings = cpt_run (NEEDS, not_yet, "2024-04-14");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_10 (NULL);
      g_autoptr(GPtrArray) findings = NULL;

      careplan_care_leaver_set_needs_assessment (care_leaver_of (child), cpt_date (cases[i].assessed));
      findings = cpt_run (NEEDS, child, "2024-12-31");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  assert_int_equal (not_yet_findings->len, 0);
}

/* Owed while eligible: leaving care before the due date lapses it,
 * after it leaves it overdue to the day care ended; so does the 18th
 * birthday. */
static void
test_needs_scope (void **state)
{
  g_autoptr(CareplanChild) left_early = worked_example_9 ("2025-10-15");
  g_autoptr(CareplanChild) left_late = worked_example_9 ("2025-12-15");
  g_autoptr(CareplanChild) nearly_18 = cpt_child_born ("L1", "2008-03-01");
  g_autoptr(CareplanChild) assessed = cpt_child_born ("L1", "2008-03-01");
  g_autoptr(GPtrArray) early_findings = cpt_run (NEEDS, left_early, "2026-01-31");
  g_autoptr(GPtrArray) late_findings = cpt_run (NEEDS, left_late, "2026-01-31");
  g_autoptr(GPtrArray) nearly_18_findings = NULL;
  g_autoptr(GPtrArray) assessed_findings = NULL;

  assert_int_equal (early_findings->len, 0);
  cpt_assert_findings_naming_due (late_findings, "overdue birthday@2025-08-31 due=2025-11-30 done=- late=15", NULL);

  cpt_add_episode (nearly_18, "2025-11-29", NULL, "S", "C2", "U6", NULL);
  careplan_care_leaver_set_needs_assessment (care_leaver_of (nearly_18), cpt_date ("2026-03-01"));
  nearly_18_findings = cpt_run (NEEDS, nearly_18, "2026-06-30");
  assert_int_equal (nearly_18_findings->len, 0);

  cpt_add_episode (assessed, "2025-11-29", NULL, "S", "C2", "U6", NULL);
  careplan_care_leaver_set_needs_assessment (care_leaver_of (assessed), cpt_date ("2026-02-28"));
  assessed_findings = cpt_run (NEEDS, assessed, "2026-06-30");
  cpt_assert_findings_naming_due (assessed_findings, "met became-eligible@2026-02-28 due=2026-05-28 done=2026-02-28 late=-", NULL);
}

/* --- CLR reg 5: the relevant child's needs assessment ------------------ */

/* Worked example 9, leaving care on 1 Dec 2025 without a pathway plan:
 * relevant from that day, assessment due 1 Mar 2026. */
static void
test_relevant_assessment (void **state)
{
  struct { const char *assessed; const char *expected; } cases[] = {
    { "2026-02-28", "met became-relevant@2025-12-01 due=2026-03-01 done=2026-02-28 late=-" },
    { "2026-03-01", "met became-relevant@2025-12-01 due=2026-03-01 done=2026-03-01 late=-" },
    { "2026-03-02", "met-late became-relevant@2025-12-01 due=2026-03-01 done=2026-03-02 late=1" },
  };
  g_autoptr(CareplanChild) none = worked_example_9 ("2025-12-01");
  g_autoptr(GPtrArray) on = cpt_run (RELEVANT, none, "2026-03-01");
  g_autoptr(GPtrArray) after = cpt_run (RELEVANT, none, "2026-03-02");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_9 ("2025-12-01");
      g_autoptr(GPtrArray) findings = NULL;

      careplan_care_leaver_set_needs_assessment (care_leaver_of (child), cpt_date (cases[i].assessed));
      findings = cpt_run (RELEVANT, child, "2026-06-30");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  cpt_assert_findings_naming_due (on, "due became-relevant@2025-12-01 due=2026-03-01 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after, "overdue became-relevant@2025-12-01 due=2026-03-01 done=- late=1", NULL);
}

/* A pathway plan dated on or before the day care ended: not applicable
 * (worked example 9); dated the day after: the assessment is owed. */
static void
test_relevant_existing_plan (void **state)
{
  struct { const char *plan; const char *expected; } cases[] = {
    { "2025-11-30", "not-applicable became-relevant@2025-12-01 due=- done=- late=-" },
    { "2025-12-01", "not-applicable became-relevant@2025-12-01 due=- done=- late=-" },
    { "2025-12-02", "due became-relevant@2025-12-01 due=2026-03-01 done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_9 ("2025-12-01");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, cases[i].plan, NULL);
      findings = cpt_run (RELEVANT, child, "2026-01-15");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
      if (i == 0)
        assert_non_null (strstr (cpt_message_at (findings, 0), "already had a pathway plan (dated 2025-11-30)"));
    }
}

/* Leaving care the day before the 18th birthday makes a relevant child
 * (whose assessment lapses at 18 unless made), on it a former relevant
 * child (no finding); coming back into care ends the relevant child's
 * time; not eligible, never relevant. */
static void
test_relevant_scope (void **state)
{
  g_autoptr(CareplanChild) eve = worked_example_9 ("2027-08-30");
  g_autoptr(CareplanChild) eve_assessed = worked_example_9 ("2027-08-30");
  g_autoptr(CareplanChild) eighteen = worked_example_9 ("2027-08-31");
  g_autoptr(CareplanChild) back = cpt_child_born ("L1", "2009-08-31");
  g_autoptr(CareplanChild) not_eligible = worked_example_10 ("2024-04-01");
  g_autoptr(GPtrArray) eve_findings = cpt_run (RELEVANT, eve, "2027-12-31");
  g_autoptr(GPtrArray) eve_assessed_findings = NULL;
  g_autoptr(GPtrArray) eighteen_findings = cpt_run (RELEVANT, eighteen, "2027-12-31");
  g_autoptr(GPtrArray) back_findings = NULL;
  g_autoptr(GPtrArray) not_eligible_findings = cpt_run (RELEVANT, not_eligible, "2024-12-31");

  assert_int_equal (eve_findings->len, 0);
  careplan_care_leaver_set_needs_assessment (care_leaver_of (eve_assessed), cpt_date ("2027-08-30"));
  eve_assessed_findings = cpt_run (RELEVANT, eve_assessed, "2027-12-31");
  cpt_assert_findings_naming_due (eve_assessed_findings,
                                  "met became-relevant@2027-08-30 due=2027-11-30 done=2027-08-30 late=-", NULL);
  assert_int_equal (eighteen_findings->len, 0);
  assert_int_equal (not_eligible_findings->len, 0);

  cpt_add_episode (back, "2022-01-10", "2025-12-01", "S", "C2", "U6", "E13");
  cpt_add_episode (back, "2026-01-10", "2026-06-01", "S", "C2", "U6", "E13");
  back_findings = cpt_run (RELEVANT, back, "2026-09-01");
  cpt_assert_findings_naming_due (back_findings, "due became-relevant@2026-06-01 due=2026-09-01 done=- late=-", NULL);
  g_clear_pointer (&back_findings, g_ptr_array_unref);
  back_findings = cpt_run (RELEVANT, back, "2026-09-02");
  cpt_assert_findings_naming_due (back_findings, "overdue became-relevant@2026-06-01 due=2026-09-01 done=- late=1", NULL);
}

/* --- CLR reg 7: pathway plan reviews ----------------------------------- */

/* Worked example 9, leaving care on 1 Dec 2025: the plan of 1 Oct 2025
 * is the first anchor. */
static void
test_pathway_reviews (void **state)
{
  struct { const char *review; const char *expected; } cases[] = {
    { "2026-09-14", "met pathway-plan@2026-03-15 due=2026-09-15 done=2026-09-14 late=-" },
    { "2026-09-15", "met pathway-plan@2026-03-15 due=2026-09-15 done=2026-09-15 late=-" },
    { "2026-09-16", "met-late pathway-plan@2026-03-15 due=2026-09-15 done=2026-09-16 late=1" },
  };
  g_autoptr(CareplanChild) looked_after = worked_example_9 (NULL);
  g_autoptr(GPtrArray) looked_after_findings = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_9 ("2025-12-01");
      g_autoptr(GPtrArray) findings = NULL;
      g_autofree char *next = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2025-06-01", "2025-10-01", "2026-03-15",
                      cases[i].review, NULL);
      findings = cpt_run (PATHWAY, child, "2026-10-01");
      next = g_strdup_printf ("due pathway-plan@%s due=2027-03-%s done=- late=-",
                              cases[i].review, cases[i].review + 8);
      cpt_assert_findings_naming_due (findings,
                                      "met pathway-plan@2025-10-01 due=2026-04-01 done=2026-03-15 late=-",
                                      cases[i].expected, next, NULL);
    }

  /* While looked after, the plan is reviewed with the child's reviews. */
  cpt_add_events (looked_after, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2025-10-01", NULL);
  looked_after_findings = cpt_run (PATHWAY, looked_after, "2026-10-01");
  assert_int_equal (looked_after_findings->len, 0);
}

static void
test_pathway_not_relevant (void **state)
{
  g_autoptr(CareplanChild) child = worked_example_10 ("2024-04-01");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2024-03-20", NULL);
  findings = cpt_run (PATHWAY, child, "2024-12-31");
  cpt_assert_findings_naming_due (findings, "not-applicable left-care@2024-04-01 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "not an eligible child before leaving care"));
}

/* A review due the day before, on and after the 21st birthday (31 Aug
 * 2030), with `interval` 37 months to reach it: only one due before the
 * birthday is owed.  A request for support at 21 (s23CZB) starts reviews
 * again from the plan it brings. */
static void
test_pathway_twenty_first_birthday (void **state)
{
  struct { const char *plan; const char *expected; } cases[] = {
    { "2027-07-30", "overdue pathway-plan@2027-07-30 due=2030-08-30 done=- late=1" },
    { "2027-07-31", NULL },
    { "2027-08-01", NULL },
  };
  g_autoptr(CareplanChild) asked = worked_example_9 ("2027-08-31");
  g_autoptr(GPtrArray) asked_findings = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_9 ("2027-08-31");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, cases[i].plan, NULL);
      findings = cpt_run_with_parameter (PATHWAY, "interval", 37, child, "2031-01-01");
      if (cases[i].expected != NULL)
        cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
      else
        assert_int_equal (findings->len, 0);
    }

  cpt_add_events (asked, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2027-08-01", "2031-02-01", NULL);
  careplan_care_leaver_set_support_requested (care_leaver_of (asked), cpt_date ("2031-01-10"));
  asked_findings = cpt_run_with_parameter (PATHWAY, "interval", 37, asked, "2031-06-01");
  cpt_assert_findings_naming_due (asked_findings, "due pathway-plan@2031-02-01 due=2034-03-01 done=- late=-", NULL);
}

/* --- CLR reg 8(2): the personal adviser's visits ----------------------- */

/* Worked example 9: accommodation from 1 Dec 2025, first visit by 8 Dec. */
static void
test_first_pa_visit (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2025-12-07", "met accommodation-start@2025-12-01 due=2025-12-08 done=2025-12-07 late=-" },
    { "2025-12-08", "met accommodation-start@2025-12-01 due=2025-12-08 done=2025-12-08 late=-" },
    { "2025-12-09", "met-late accommodation-start@2025-12-01 due=2025-12-08 done=2025-12-09 late=1" },
  };
  g_autoptr(CareplanChild) none = worked_example_9 ("2025-12-01");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_9 ("2025-12-01");
      g_autoptr(GPtrArray) findings = NULL;

      careplan_care_leaver_set_accommodation_from (care_leaver_of (child), cpt_date ("2025-12-01"));
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PA_VISIT, cases[i].visit, NULL);
      findings = cpt_run (FIRST_PA_VISIT, child, "2026-01-15");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  careplan_care_leaver_set_accommodation_from (care_leaver_of (none), cpt_date ("2025-12-01"));
  before = cpt_run (FIRST_PA_VISIT, none, "2025-11-30");
  on = cpt_run (FIRST_PA_VISIT, none, "2025-12-08");
  after = cpt_run (FIRST_PA_VISIT, none, "2025-12-09");
  assert_int_equal (before->len, 0);
  cpt_assert_findings_naming_due (on, "due accommodation-start@2025-12-01 due=2025-12-08 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after, "overdue accommodation-start@2025-12-01 due=2025-12-08 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (after, 0),
                       "first personal adviser visit due 2025-12-08: 1 week after the "
                       "accommodation being first provided on 2025-12-01; none by 2025-12-09 "
                       "(1 day late)");
}

/* Worked example 9: visit on 5 Dec → next by 5 Feb 2026; on 31 Dec → by
 * 28 Feb 2026 (two months, not 8 weeks). */
static void
test_pa_visits_two_monthly (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2026-02-27", "met pa-visit@2025-12-31 due=2026-02-28 done=2026-02-27 late=-" },
    { "2026-02-28", "met pa-visit@2025-12-31 due=2026-02-28 done=2026-02-28 late=-" },
    { "2026-03-01", "met-late pa-visit@2025-12-31 due=2026-02-28 done=2026-03-01 late=1" },
  };
  g_autoptr(CareplanChild) missed = worked_example_9 ("2025-12-01");
  g_autoptr(GPtrArray) missed_findings = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_9 ("2025-12-01");
      g_autoptr(GPtrArray) findings = NULL;

      careplan_care_leaver_set_accommodation_from (care_leaver_of (child), cpt_date ("2025-12-01"));
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PA_VISIT, "2025-12-05", "2025-12-31", cases[i].visit, NULL);
      findings = cpt_run (PA_VISITS, child, "2026-03-15");
      assert_int_equal (findings->len, 3);
      g_ptr_array_remove_index (findings, 2);
      cpt_assert_findings_naming_due (findings,
                                      "met pa-visit@2025-12-05 due=2026-02-05 done=2025-12-31 late=-",
                                      cases[i].expected, NULL);
    }

  careplan_care_leaver_set_accommodation_from (care_leaver_of (missed), cpt_date ("2025-12-01"));
  cpt_add_events (missed, CAREPLAN_EVENT_KIND_PA_VISIT, "2025-12-05", NULL);
  missed_findings = cpt_run (PA_VISITS, missed, "2026-02-06");
  cpt_assert_findings_naming_due (missed_findings, "overdue pa-visit@2025-12-05 due=2026-02-05 done=- late=1", NULL);
}

/* CLR reg 8(2)(b): accommodation from 1 Dec 2025, pathway plan 10 Nov
 * 2025, reviews 1 Mar and 1 Jun 2026.  A visit the day before, on and
 * after the review's day (default: dated before it). */
static void
test_pa_visit_before_review (void **state)
{
  struct { const char *visit; const char *expected; } cases[] = {
    { "2026-02-28", "met pathway-plan@2026-03-01 due=2026-02-28 done=2026-02-28 late=-" },
    { "2026-03-01", "met-late pathway-plan@2026-03-01 due=2026-02-28 done=2026-03-01 late=1" },
    { "2026-03-02", "met-late pathway-plan@2026-03-01 due=2026-02-28 done=2026-03-02 late=2" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_9 ("2025-12-01");
      g_autoptr(GPtrArray) findings = NULL;

      careplan_care_leaver_set_accommodation_from (care_leaver_of (child), cpt_date ("2025-12-01"));
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2025-11-10", "2026-03-01", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PA_VISIT, cases[i].visit, NULL);
      findings = cpt_run (PA_BEFORE_REVIEW, child, "2026-04-01");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }
}

/* Which visit counts: by default one since the previous review, so the
 * visit of 20 Feb 2026 prepares the review of 1 Mar only; with
 * since_previous_review 0 it counts for 1 Jun too.  days_before 0
 * accepts a visit on the review's day.  No accommodation: no duty. */
static void
test_pa_visit_before_review_parameters (void **state)
{
  g_autoptr(CareplanChild) child = worked_example_9 ("2025-12-01");
  g_autoptr(CareplanChild) same_day = worked_example_9 ("2025-12-01");
  g_autoptr(CareplanChild) not_accommodated = worked_example_9 ("2025-12-01");
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GPtrArray) any = NULL;
  g_autoptr(GPtrArray) on_day = NULL;
  g_autoptr(GPtrArray) none = NULL;

  careplan_care_leaver_set_accommodation_from (care_leaver_of (child), cpt_date ("2025-12-01"));
  cpt_add_events (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2025-11-10", "2026-03-01", "2026-06-01", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_PA_VISIT, "2026-02-20", NULL);
  own = cpt_run (PA_BEFORE_REVIEW, child, "2026-06-10");
  any = cpt_run_with_parameter (PA_BEFORE_REVIEW, "since_previous_review", 0, child, "2026-06-10");
  cpt_assert_findings_naming_due (own,
                                  "met pathway-plan@2026-03-01 due=2026-02-28 done=2026-02-20 late=-",
                                  "overdue pathway-plan@2026-06-01 due=2026-05-31 done=- late=10",
                                  NULL);
  cpt_assert_findings_naming_due (any,
                                  "met pathway-plan@2026-03-01 due=2026-02-28 done=2026-02-20 late=-",
                                  "met pathway-plan@2026-06-01 due=2026-05-31 done=2026-02-20 late=-",
                                  NULL);

  careplan_care_leaver_set_accommodation_from (care_leaver_of (same_day), cpt_date ("2025-12-01"));
  cpt_add_events (same_day, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2025-11-10", "2026-03-01", NULL);
  cpt_add_events (same_day, CAREPLAN_EVENT_KIND_PA_VISIT, "2026-03-01", NULL);
  on_day = cpt_run_with_parameter (PA_BEFORE_REVIEW, "days_before", 0, same_day, "2026-04-01");
  cpt_assert_findings_naming_due (on_day, "met pathway-plan@2026-03-01 due=2026-03-01 done=2026-03-01 late=-", NULL);

  cpt_add_events (not_accommodated, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2025-11-10", "2026-03-01", NULL);
  none = cpt_run (PA_BEFORE_REVIEW, not_accommodated, "2026-04-01");
  assert_int_equal (none->len, 0);
}

/* Accommodation first provided the day before, on and after the 21st
 * birthday (31 Aug 2030). */
static void
test_pa_visits_until_age (void **state)
{
  struct { const char *from; const char *expected; } cases[] = {
    { "2030-08-30", "met accommodation-start@2030-08-30 due=2030-09-06 done=2030-08-30 late=-" },
    { "2030-08-31", "not-applicable accommodation-start@2030-08-31 due=- done=- late=-" },
    { "2030-09-01", "not-applicable accommodation-start@2030-09-01 due=- done=- late=-" },
  };
  g_autoptr(CareplanChild) lapsed = worked_example_9 ("2027-08-31");
  g_autoptr(GPtrArray) lapsed_findings = NULL;
  g_autoptr(GPtrArray) older = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = worked_example_9 ("2027-08-31");
      g_autoptr(GPtrArray) findings = NULL;

      careplan_care_leaver_set_accommodation_from (care_leaver_of (child), cpt_date (cases[i].from));
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PA_VISIT, "2030-08-30", NULL);
      findings = cpt_run (FIRST_PA_VISIT, child, "2030-12-31");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  /* Not visited before the 21st birthday, the day after the accommodation
   * began: the obligation lapses; with `until_age` 25 it is owed. */
  careplan_care_leaver_set_accommodation_from (care_leaver_of (lapsed), cpt_date ("2030-08-30"));
  lapsed_findings = cpt_run (FIRST_PA_VISIT, lapsed, "2030-12-31");
  assert_int_equal (lapsed_findings->len, 0);
  older = cpt_run_with_parameter (FIRST_PA_VISIT, "until_age", 25, lapsed, "2030-12-31");
  cpt_assert_findings_naming_due (older, "overdue accommodation-start@2030-08-30 due=2030-09-06 done=- late=116", NULL);
  g_clear_pointer (&older, g_ptr_array_unref);
  older = cpt_run_with_parameter (FIRST_PA_VISIT, "until_age", G_MAXINT, lapsed, "2030-12-31");
  cpt_assert_findings_naming_due (older, "overdue accommodation-start@2030-08-30 due=2030-09-06 done=- late=116", NULL);
}

/* --- CA 1989 s23CZB: a personal adviser to 25 -------------------------- */

/* Born 1 May 2000: 21 on 1 May 2021, 25 on 1 May 2025. */
static CareplanChild *
former_relevant (const char *requested)
{
  CareplanChild *child = cpt_child_born ("L1", "2000-05-01");

  cpt_add_episode (child, "2015-01-05", "2018-05-01", "S", "C2", "U6", "E13");
  careplan_care_leaver_set_support_requested (care_leaver_of (child), cpt_date (requested));
  return child;
}

static void
test_pa_to_25 (void **state)
{
  struct { const char *adviser; const char *expected; } cases[] = {
    { "2019-01-01", "met support-requested@2022-03-01 due=2022-03-29 done=2019-01-01 late=-" },
    { "2022-03-28", "met support-requested@2022-03-01 due=2022-03-29 done=2022-03-28 late=-" },
    { "2022-03-29", "met support-requested@2022-03-01 due=2022-03-29 done=2022-03-29 late=-" },
    { "2022-03-30", "met-late support-requested@2022-03-01 due=2022-03-29 done=2022-03-30 late=1" },
  };
  g_autoptr(CareplanChild) none = former_relevant ("2022-03-01");
  g_autoptr(GPtrArray) on = cpt_run (PA_TO_25, none, "2022-03-29");
  g_autoptr(GPtrArray) after = cpt_run (PA_TO_25, none, "2022-03-30");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = former_relevant ("2022-03-01");
      g_autoptr(GPtrArray) findings = NULL;

      careplan_care_leaver_set_personal_adviser_from (care_leaver_of (child), cpt_date (cases[i].adviser));
      findings = cpt_run (PA_TO_25, child, "2022-06-30");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  cpt_assert_findings_naming_due (on, "due support-requested@2022-03-01 due=2022-03-29 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after, "overdue support-requested@2022-03-01 due=2022-03-29 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (after, 0),
                       "personal adviser due 2022-03-29: 4 weeks after the request for support on "
                       "2022-03-01; none by 2022-03-30 (1 day late)");
}

/* Asked the day before, on and after the 21st and 25th birthdays. */
static void
test_pa_to_25_ages (void **state)
{
  struct { const char *requested; const char *as_of; const char *expected; } cases[] = {
    { "2021-04-30", "2021-05-01", "not-applicable support-requested@2021-04-30 due=- done=- late=-" },
    { "2021-05-01", "2021-05-01", "due support-requested@2021-05-01 due=2021-05-29 done=- late=-" },
    { "2021-05-02", "2021-05-02", "due support-requested@2021-05-02 due=2021-05-30 done=- late=-" },
    { "2025-04-30", "2025-04-30", "due support-requested@2025-04-30 due=2025-05-28 done=- late=-" },
    { "2025-05-01", "2025-05-01", "not-applicable support-requested@2025-05-01 due=- done=- late=-" },
    { "2025-05-02", "2025-05-02", "not-applicable support-requested@2025-05-02 due=- done=- late=-" },
  };
  g_autoptr(CareplanChild) turned_25 = former_relevant ("2025-04-30");
  g_autoptr(GPtrArray) turned_25_findings = cpt_run (PA_TO_25, turned_25, "2025-06-30");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = former_relevant (cases[i].requested);
      g_autoptr(GPtrArray) findings = cpt_run (PA_TO_25, child, cases[i].as_of);

      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  /* The duty ends at 25: unmet by then, it lapses. */
  assert_int_equal (turned_25_findings->len, 0);
}

static void
test_pa_to_25_declined (void **state)
{
  g_autoptr(CareplanChild) declined_after = former_relevant ("2022-03-01");
  g_autoptr(CareplanChild) declined_before = former_relevant ("2022-03-01");
  g_autoptr(GPtrArray) after_findings = NULL;
  g_autoptr(GPtrArray) before_findings = NULL;

  careplan_care_leaver_set_adviser_declined (care_leaver_of (declined_after), cpt_date ("2022-03-10"));
  after_findings = cpt_run (PA_TO_25, declined_after, "2022-06-30");
  assert_int_equal (after_findings->len, 0);

  /* An adviser from before a decline that came before the request is
   * no longer in place. */
  careplan_care_leaver_set_personal_adviser_from (care_leaver_of (declined_before), cpt_date ("2019-01-01"));
  careplan_care_leaver_set_adviser_declined (care_leaver_of (declined_before), cpt_date ("2020-06-01"));
  before_findings = cpt_run (PA_TO_25, declined_before, "2022-06-30");
  cpt_assert_findings_naming_due (before_findings, "overdue support-requested@2022-03-01 due=2022-03-29 done=- late=93", NULL);
}

/* Section 23CZB from 1 April 2018. */
static void
test_pa_to_25_in_force (void **state)
{
  struct { const char *requested; const char *expected; } cases[] = {
    { "2018-03-31", "not-applicable support-requested@2018-03-31 due=- done=- late=-" },
    { "2018-04-01", "due support-requested@2018-04-01 due=2018-04-29 done=- late=-" },
    { "2018-04-02", "due support-requested@2018-04-02 due=2018-04-30 done=- late=-" },
  };
  g_autoptr(CareplanChild) no_birth = cpt_child_born ("L1", NULL);
  g_autoptr(GPtrArray) unknown = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("L1", "1996-01-01");
      g_autoptr(GPtrArray) findings = NULL;

      careplan_care_leaver_set_support_requested (care_leaver_of (child), cpt_date (cases[i].requested));
      findings = cpt_run (PA_TO_25, child, "2018-04-02");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  careplan_care_leaver_set_support_requested (care_leaver_of (no_birth), cpt_date ("2022-03-01"));
  unknown = cpt_run (PA_TO_25, no_birth, "2022-06-30");
  cpt_assert_findings_naming_due (unknown, "unknown support-requested@2022-03-01 due=- done=- late=-", NULL);
}

/* CPPCR and CLR from 1 April 2011: the day before, on and after. */
static void
test_care_leavers_in_force (void **state)
{
  struct { const char *date; const char *needs; const char *visit; } cases[] = {
    { "2011-03-31", "not-applicable became-eligible@2011-03-31 due=- done=- late=-",
      "not-applicable accommodation-start@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "due became-eligible@2011-04-01 due=2011-07-01 done=- late=-",
      "overdue accommodation-start@2011-04-01 due=2011-04-08 done=- late=1" },
    { "2011-04-02", "due became-eligible@2011-04-02 due=2011-07-02 done=- late=-",
      "overdue accommodation-start@2011-04-02 due=2011-04-09 done=- late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_born ("L1", "1994-06-01");
      g_autoptr(CareplanChild) leaver = cpt_child_born ("L1", "1992-06-01");
      CareplanDate eligible = cpt_date (cases[i].date);
      g_autoptr(GPtrArray) needs = NULL;
      g_autoptr(GPtrArray) visit = NULL;
      g_autofree char *start = NULL;
      g_autofree char *as_of = NULL;

      /* Looked after from 91 days before the date, at 16. */
      start = careplan_date_to_iso (careplan_date_add_days (eligible, -91));
      cpt_add_episode (child, start, NULL, "S", "C2", "U6", NULL);
      needs = cpt_run (NEEDS, child, cases[i].date);
      cpt_assert_findings_naming_due (needs, cases[i].needs, NULL);

      cpt_add_episode (leaver, "2008-01-07", "2010-06-01", "S", "C2", "U6", "E17");
      careplan_care_leaver_set_accommodation_from (care_leaver_of (leaver), eligible);
      as_of = careplan_date_to_iso (careplan_date_add_days (eligible, 8));
      visit = cpt_run (FIRST_PA_VISIT, leaver, as_of);
      cpt_assert_findings_naming_due (visit, cases[i].visit, NULL);
    }
}

/* --- definitions ------------------------------------------------------- */

static void
test_care_leaver_definitions (void **state)
{
  struct {
    const char *id;
    CareplanConfirmation confirmation;
    const char *url;
    const char *in_force;
  } rules[] = {
    { ELIGIBLE, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/40/made", "2011-04-01" },
    { NEEDS, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "https://www.legislation.gov.uk/uksi/2010/959/regulation/42/made", "2011-04-01" },
    { RELEVANT, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made", "2011-04-01" },
    { PATHWAY, CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
      "https://www.legislation.gov.uk/uksi/2010/2571/regulation/7", "2011-04-01" },
    { FIRST_PA_VISIT, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "https://www.legislation.gov.uk/uksi/2010/2571/regulation/8/made", "2011-04-01" },
    { PA_VISITS, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "https://www.legislation.gov.uk/uksi/2010/2571/regulation/8/made", "2011-04-01" },
    { PA_BEFORE_REVIEW, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "https://www.legislation.gov.uk/uksi/2010/2571/regulation/8/made", "2011-04-01" },
    { PA_TO_25, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "https://www.legislation.gov.uk/ukpga/1989/41/section/23CZB", "2018-04-01" },
  };
  const char *eligibility_users[] = { ELIGIBLE, NEEDS, RELEVANT, PATHWAY };
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanTimeUnit unit;
  int value;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      CareplanRule *rule = careplan_rulebook_lookup (rulebook, rules[i].id);

      assert_non_null (rule);
      assert_string_equal (careplan_rule_get_family (rule), "care-leavers");
      assert_int_equal (careplan_rule_get_kind (rule), CAREPLAN_RULE_KIND_STATUTE);
      assert_int_equal (careplan_rule_get_confirmation (rule), rules[i].confirmation);
      assert_string_equal (careplan_rule_get_url (rule), rules[i].url);
      assert_int_equal (careplan_rule_get_in_force_from (rule), cpt_date (rules[i].in_force));
    }

  for (i = 0; i < G_N_ELEMENTS (eligibility_users); i++)
    {
      CareplanRule *rule = careplan_rulebook_lookup (rulebook, eligibility_users[i]);

      assert_true (careplan_rule_get_parameter (rule, "qualifying_days", &value, &unit));
      assert_int_equal (value, 91);
      assert_int_equal (unit, CAREPLAN_TIME_UNIT_DAYS);
      assert_true (careplan_rule_get_parameter (rule, "count_first_day", &value, &unit));
      assert_int_equal (value, 0);
      assert_int_equal (unit, CAREPLAN_TIME_UNIT_COUNT);
      assert_true (careplan_rule_get_parameter (rule, "short_breaks", &value, &unit));
      assert_int_equal (value, 1);
      assert_non_null (strstr (careplan_rule_get_parameter_description (rule, "short_breaks"), "UNCONFIRMED"));
    }

  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, PA_VISITS), "interval", &value, &unit));
  assert_int_equal (value, 2);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_MONTHS);
  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, PA_TO_25), "within", &value, &unit));
  assert_int_equal (value, 28);
  assert_non_null (strstr (careplan_rule_get_parameter_description (careplan_rulebook_lookup (rulebook, PA_TO_25), "within"),
                           "UNCONFIRMED"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_eligible_worked_example_10),
    cmocka_unit_test (test_eligible_too_few_days),
    cmocka_unit_test (test_eligible_worked_example_9),
    cmocka_unit_test (test_eligible_sixteenth_birthday),
    cmocka_unit_test (test_eligible_fourteenth_birthday),
    cmocka_unit_test (test_eligible_eighteenth_birthday),
    cmocka_unit_test (test_eligible_short_breaks),
    cmocka_unit_test (test_eligible_unknown_and_in_force),
    cmocka_unit_test (test_needs_worked_example_9),
    cmocka_unit_test (test_needs_worked_example_10),
    cmocka_unit_test (test_needs_scope),
    cmocka_unit_test (test_relevant_assessment),
    cmocka_unit_test (test_relevant_existing_plan),
    cmocka_unit_test (test_relevant_scope),
    cmocka_unit_test (test_pathway_reviews),
    cmocka_unit_test (test_pathway_not_relevant),
    cmocka_unit_test (test_pathway_twenty_first_birthday),
    cmocka_unit_test (test_first_pa_visit),
    cmocka_unit_test (test_pa_visits_two_monthly),
    cmocka_unit_test (test_pa_visit_before_review),
    cmocka_unit_test (test_pa_visit_before_review_parameters),
    cmocka_unit_test (test_pa_visits_until_age),
    cmocka_unit_test (test_pa_to_25),
    cmocka_unit_test (test_pa_to_25_ages),
    cmocka_unit_test (test_pa_to_25_declined),
    cmocka_unit_test (test_pa_to_25_in_force),
    cmocka_unit_test (test_care_leavers_in_force),
    cmocka_unit_test (test_care_leaver_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
