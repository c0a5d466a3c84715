/* test-rules-education.c: the personal education plan (PEP)
 *
 * The 2018 education guidance: initiation within 10 working days, ready
 * for the first review within 20, then a PEP in every school term.  Each
 * boundary (due dates, term starts and ends, the ages the rules cover,
 * in-force dates) is tested on the day before, on and after it; worked
 * example 17 (looked after Mon 31 Mar 2025: PEP by 14 Apr, first review by
 * 30 Apr).
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

#define INITIATION "guidance.education-2018.pep-initiation"
#define FOR_FIRST_REVIEW "guidance.education-2018.pep-for-first-review"
#define TERMLY "guidance.education-2018.pep-review-termly"

/* --- helpers ----------------------------------------------------------- */

/* A child born on @date_of_birth, looked after from @start in one open
 * foster placement. */
static CareplanChild *
looked_after_from (const char *date_of_birth,
                   const char *start)
{
  return cpt_looked_after_from ("E1", date_of_birth, start, "U6");
}

/* --- initiation (10 working days) -------------------------------------- */

/* Worked example 17: 31 Mar 2025 + 10 working days = Mon 14 Apr 2025. */
static void
test_initiation_worked_example_17 (void **state)
{
  struct { const char *plan; const char *expected; } cases[] = {
    { "2025-04-11", "met became-looked-after@2025-03-31 due=2025-04-14 done=2025-04-11 late=-" },
    { "2025-04-14", "met became-looked-after@2025-03-31 due=2025-04-14 done=2025-04-14 late=-" },
    { "2025-04-15", "met-late became-looked-after@2025-03-31 due=2025-04-14 done=2025-04-15 late=1" },
  };
  g_autoptr(CareplanChild) none = looked_after_from ("2014-09-10", "2025-03-31");
  g_autoptr(GPtrArray) on = cpt_run (INITIATION, none, "2025-04-14");
  g_autoptr(GPtrArray) after = cpt_run (INITIATION, none, "2025-04-15");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2014-09-10", "2025-03-31");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, cases[i].plan, NULL);
      findings = cpt_run (INITIATION, child, "2025-06-30");
      cpt_assert_findings_naming_due (findings, cases[i].expected, NULL);
    }

  cpt_assert_findings_naming_due (on, "due became-looked-after@2025-03-31 due=2025-04-14 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after, "overdue became-looked-after@2025-03-31 due=2025-04-14 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (after, 0),
                       "PEP due 2025-04-14: 10 working days after becoming looked after on "
                       "2025-03-31; none by 2025-04-15 (1 day late)");
}

/* The ages covered (3 to 17 by default) on the day the child became
 * looked after: the day before, on and after the 3rd and 18th birthdays. */
static void
test_initiation_ages (void **state)
{
  struct { const char *born; const char *expected; } cases[] = {
    { "2022-04-01", "not-applicable became-looked-after@2025-03-31 due=- done=- late=-" },
    { "2022-03-31", "due became-looked-after@2025-03-31 due=2025-04-14 done=- late=-" },
    { "2022-03-30", "due became-looked-after@2025-03-31 due=2025-04-14 done=- late=-" },
    { "2007-04-01", "due became-looked-after@2025-03-31 due=2025-04-14 done=- late=-" },
    { "2007-03-31", "not-applicable became-looked-after@2025-03-31 due=- done=- late=-" },
  };
  g_autoptr(CareplanChild) two = looked_after_from ("2022-04-01", "2025-03-31");
  g_autoptr(GPtrArray) younger = NULL;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from (cases[i].born, "2025-03-31");
      g_autoptr(GPtrArray) initiation = cpt_run (INITIATION, child, "2025-04-01");
      g_autoptr(GPtrArray) first_review = cpt_run (FOR_FIRST_REVIEW, child, "2025-04-01");

      cpt_assert_findings_naming_due (initiation, cases[i].expected, NULL);
      assert_int_equal (first_review->len, 1);
    }

  younger = cpt_run (INITIATION, two, "2025-04-01");
  assert_string_equal (cpt_message_at (younger, 0),
                       "PEP not applicable: the child is aged 2 at becoming looked after on "
                       "2025-03-31, outside the PEP ages 3 to 17");
  g_clear_pointer (&younger, g_ptr_array_unref);
  younger = cpt_run_with_parameter (INITIATION, "min_age", 2, two, "2025-04-01");
  cpt_assert_findings_naming_due (younger, "due became-looked-after@2025-03-31 due=2025-04-14 done=- late=-", NULL);
}

static void
test_initiation_unknown_age (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from (NULL, "2025-03-31");
  g_autoptr(GPtrArray) findings = cpt_run (INITIATION, child, "2025-04-01");

  cpt_assert_findings_naming_due (findings, "unknown became-looked-after@2025-03-31 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "date of birth is not recorded"));
}

/* The guidance is dated 26 February 2018. */
static void
test_initiation_in_force (void **state)
{
  g_autoptr(CareplanChild) before = looked_after_from ("2010-01-01", "2018-02-25");
  g_autoptr(CareplanChild) on = looked_after_from ("2010-01-01", "2018-02-26");
  g_autoptr(CareplanChild) after = looked_after_from ("2010-01-01", "2018-02-27");
  g_autoptr(GPtrArray) before_findings = cpt_run (INITIATION, before, "2018-12-31");
  g_autoptr(GPtrArray) on_findings = cpt_run (INITIATION, on, "2018-03-01");
  g_autoptr(GPtrArray) after_findings = cpt_run (FOR_FIRST_REVIEW, after, "2018-03-01");

  cpt_assert_findings_naming_due (before_findings, "not-applicable became-looked-after@2018-02-25 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (before_findings, 0), "came into force on 2018-02-26"));
  cpt_assert_findings_naming_due (on_findings, "due became-looked-after@2018-02-26 due=2018-03-12 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after_findings, "due became-looked-after@2018-02-27 due=2018-03-27 done=- late=-", NULL);
}

/* A PEP of an earlier period of care does not count; a period that ends
 * before its deadline lapses; short breaks have none. */
static void
test_initiation_periods (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_born ("E1", "2014-09-10");
  g_autoptr(CareplanChild) short_breaks = cpt_child_born ("E1", "2014-09-10");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) short_findings = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-01-10", "S", "V2", "U6", "E13");
  cpt_add_episode (child, "2025-03-31", NULL, "S", "C2", "U6", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, "2025-01-08", NULL);
  findings = cpt_run (INITIATION, child, "2025-04-15");
  cpt_assert_findings_naming_due (findings,
                                  "met became-looked-after@2025-01-06 due=2025-01-20 done=2025-01-08 late=-",
                                  "overdue became-looked-after@2025-03-31 due=2025-04-14 done=- late=1",
                                  NULL);

  cpt_add_episode (short_breaks, "2025-01-06", "2025-01-10", "S", "V3", "U6", "E13");
  short_findings = cpt_run (INITIATION, short_breaks, "2025-04-15");
  cpt_assert_findings_naming_due (short_findings, "not-applicable became-looked-after@2025-01-06 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (short_findings, 0), "regulation 48"));
}

/* --- ready for the first review (20 working days) ---------------------- */

/* Worked example 17: 20 working days skip Good Friday and Easter Monday:
 * Wed 30 Apr 2025. */
static void
test_for_first_review (void **state)
{
  struct { const char *plan; const char *initiation; const char *first_review; } cases[] = {
    { "2025-04-29", "met-late became-looked-after@2025-03-31 due=2025-04-14 done=2025-04-29 late=15",
      "met became-looked-after@2025-03-31 due=2025-04-30 done=2025-04-29 late=-" },
    { "2025-04-30", "met-late became-looked-after@2025-03-31 due=2025-04-14 done=2025-04-30 late=16",
      "met became-looked-after@2025-03-31 due=2025-04-30 done=2025-04-30 late=-" },
    { "2025-05-01", "met-late became-looked-after@2025-03-31 due=2025-04-14 done=2025-05-01 late=17",
      "met-late became-looked-after@2025-03-31 due=2025-04-30 done=2025-05-01 late=1" },
  };
  g_autoptr(CareplanChild) none = looked_after_from ("2014-09-10", "2025-03-31");
  g_autoptr(GPtrArray) on = cpt_run (FOR_FIRST_REVIEW, none, "2025-04-30");
  g_autoptr(GPtrArray) after = cpt_run (FOR_FIRST_REVIEW, none, "2025-05-01");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2014-09-10", "2025-03-31");
      g_autoptr(GPtrArray) initiation = NULL;
      g_autoptr(GPtrArray) first_review = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, cases[i].plan, NULL);
      initiation = cpt_run (INITIATION, child, "2025-06-30");
      first_review = cpt_run (FOR_FIRST_REVIEW, child, "2025-06-30");
      cpt_assert_findings_naming_due (initiation, cases[i].initiation, NULL);
      cpt_assert_findings_naming_due (first_review, cases[i].first_review, NULL);
    }

  cpt_assert_findings_naming_due (on, "due became-looked-after@2025-03-31 due=2025-04-30 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after, "overdue became-looked-after@2025-03-31 due=2025-04-30 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (after, 0),
                       "PEP for the first review due 2025-04-30: 20 working days after becoming "
                       "looked after on 2025-03-31; none by 2025-05-01 (1 day late)");
}

/* --- termly reviews ---------------------------------------------------- */

/* Looked after from 31 Mar 2025: the summer term (from 1 Apr) and the
 * autumn term (from 1 Sep) begin while looked after; the spring term had
 * begun before.  The initial PEP counts for its term. */
static void
test_termly_terms (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2014-09-10", "2025-03-31");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, "2025-04-10", "2025-06-20", "2025-10-15", NULL);
  findings = cpt_run (TERMLY, child, "2026-01-15");
  cpt_assert_findings_naming_due (findings,
                                  "met term-start@2025-04-01 due=2025-07-31 done=2025-04-10 late=-",
                                  "met term-start@2025-09-01 due=2025-12-31 done=2025-10-15 late=-",
                                  "due term-start@2026-01-01 due=2026-03-31 done=- late=-",
                                  NULL);
  assert_string_equal (cpt_message_at (findings, 0),
                       "PEP review due 2025-07-31: the last day of the summer term that began on "
                       "2025-04-01; PEP dated 2025-04-10");
}

/* The summer term's last day (31 Jul) and the autumn term's first
 * (1 Sep): the day before, on and after each.  One review per term: a PEP
 * in the holidays is the summer term's, late; one from 1 Sep is the
 * autumn term's, and the summer term stays overdue. */
static void
test_termly_boundaries (void **state)
{
  struct { const char *plan; const char *summer; const char *autumn; } cases[] = {
    { "2025-07-30", "met term-start@2025-04-01 due=2025-07-31 done=2025-07-30 late=-",
      "overdue term-start@2025-09-01 due=2025-12-31 done=- late=15" },
    { "2025-07-31", "met term-start@2025-04-01 due=2025-07-31 done=2025-07-31 late=-",
      "overdue term-start@2025-09-01 due=2025-12-31 done=- late=15" },
    { "2025-08-01", "met-late term-start@2025-04-01 due=2025-07-31 done=2025-08-01 late=1",
      "overdue term-start@2025-09-01 due=2025-12-31 done=- late=15" },
    { "2025-08-31", "met-late term-start@2025-04-01 due=2025-07-31 done=2025-08-31 late=31",
      "overdue term-start@2025-09-01 due=2025-12-31 done=- late=15" },
    { "2025-09-01", "overdue term-start@2025-04-01 due=2025-07-31 done=- late=168",
      "met term-start@2025-09-01 due=2025-12-31 done=2025-09-01 late=-" },
    { "2025-09-02", "overdue term-start@2025-04-01 due=2025-07-31 done=- late=168",
      "met term-start@2025-09-01 due=2025-12-31 done=2025-09-02 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2014-09-10", "2025-03-31");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, cases[i].plan, NULL);
      findings = cpt_run (TERMLY, child, "2026-01-15");
      assert_int_equal (findings->len, 3);
      g_ptr_array_remove_index (findings, 2);
      cpt_assert_findings_naming_due (findings, cases[i].summer, cases[i].autumn, NULL);
    }
}

/* Due through the term's last day, overdue the day after. */
static void
test_termly_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2014-09-10", "2025-08-20");
  g_autoptr(GPtrArray) before = cpt_run (TERMLY, child, "2025-08-31");
  g_autoptr(GPtrArray) start = cpt_run (TERMLY, child, "2025-09-01");
  g_autoptr(GPtrArray) last = cpt_run (TERMLY, child, "2025-12-31");
  g_autoptr(GPtrArray) after = cpt_run (TERMLY, child, "2026-01-01");

  assert_int_equal (before->len, 0);
  cpt_assert_findings_naming_due (start, "due term-start@2025-09-01 due=2025-12-31 done=- late=-", NULL);
  cpt_assert_findings_naming_due (last, "due term-start@2025-09-01 due=2025-12-31 done=- late=-", NULL);
  cpt_assert_findings_naming_due (after,
                                  "overdue term-start@2025-09-01 due=2025-12-31 done=- late=1",
                                  "due term-start@2026-01-01 due=2026-03-31 done=- late=-",
                                  NULL);
}

/* Leaving care before a term's last day without its PEP: it lapses;
 * with it: met. */
static void
test_termly_lapses (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_born ("E1", "2014-09-10");
  g_autoptr(CareplanChild) met = cpt_child_born ("E1", "2014-09-10");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) met_findings = NULL;

  cpt_add_episode (child, "2025-03-31", "2025-10-20", "S", "C2", "U6", "E13");
  findings = cpt_run (TERMLY, child, "2026-01-15");
  cpt_assert_findings_naming_due (findings, "overdue term-start@2025-04-01 due=2025-07-31 done=- late=81", NULL);

  cpt_add_episode (met, "2025-03-31", "2025-10-20", "S", "C2", "U6", "E13");
  cpt_add_events (met, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, "2025-05-01", "2025-10-01", NULL);
  met_findings = cpt_run (TERMLY, met, "2026-01-15");
  cpt_assert_findings_naming_due (met_findings,
                                  "met term-start@2025-04-01 due=2025-07-31 done=2025-05-01 late=-",
                                  "met term-start@2025-09-01 due=2025-12-31 done=2025-10-01 late=-",
                                  NULL);
}

/* A child who reaches 3 while looked after: terms starting before the
 * 3rd birthday are one not-applicable run; a term starting on it counts. */
static void
test_termly_ages (void **state)
{
  struct { const char *born; const char *spring; } cases[] = {
    { "2023-01-02", "not-applicable" },
    { "2023-01-01", "due" },
    { "2022-12-31", "due" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from (cases[i].born, "2025-06-01");
      g_autoptr(GPtrArray) findings = cpt_run (TERMLY, child, "2026-01-15");

      if (g_str_equal (cases[i].spring, "due"))
        cpt_assert_findings_naming_due (findings,
                                        "not-applicable term-start@2025-09-01 due=- done=- late=-",
                                        "due term-start@2026-01-01 due=2026-03-31 done=- late=-",
                                        NULL);
      else
        cpt_assert_findings_naming_due (findings, "not-applicable term-start@2025-09-01 due=- done=- late=-", NULL);
      assert_non_null (strstr (cpt_message_at (findings, 0), "outside the PEP ages 3 to 17"));
    }
}

/* Terms before 26 Feb 2018 are not applicable, once per run. */
static void
test_termly_in_force (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2008-01-01", "2017-06-01");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, "2018-05-01", NULL);
  findings = cpt_run (TERMLY, child, "2018-10-01");
  cpt_assert_findings_naming_due (findings,
                                  "not-applicable term-start@2017-09-01 due=- done=- late=-",
                                  "met term-start@2018-04-01 due=2018-07-31 done=2018-05-01 late=-",
                                  "due term-start@2018-09-01 due=2018-12-31 done=- late=-",
                                  NULL);
  assert_string_equal (cpt_message_at (findings, 0),
                       "PEP review not applicable: the start of the autumn term on 2017-09-01 is "
                       "before section \"Initiating, developing and reviewing the PEP\" came into "
                       "force on 2018-02-26");
}

/* Term dates are parameters: a summer term from 22 April (after Easter). */
static void
test_termly_parameters (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(CareplanChild) child = looked_after_from ("2014-09-10", "2025-03-31");
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) invalid = NULL;
  g_autoptr(GPtrArray) leap = NULL;
  g_autoptr(GError) error = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, "2025-04-10", NULL);
  assert_true (careplan_rulebook_set_parameter (rulebook, TERMLY, "summer_start", 422, &error));
  assert_true (careplan_rulebook_set_parameter (rulebook, TERMLY, "summer_end", 718, &error));
  findings = cpt_run_rule (careplan_rulebook_lookup (rulebook, TERMLY), child, "2025-07-19");
  cpt_assert_findings_naming_due (findings, "overdue term-start@2025-04-22 due=2025-07-18 done=- late=1", NULL);

  invalid = cpt_run_with_parameter (TERMLY, "summer_start", 1301, child, "2025-07-19");
  cpt_assert_findings_naming_due (invalid, "unknown became-looked-after@2025-03-31 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (invalid, 0), "summer_start 1301"));
  leap = cpt_run_with_parameter (TERMLY, "spring_start", 229, child, "2025-07-19");
  cpt_assert_findings_naming_due (leap, "unknown became-looked-after@2025-03-31 due=- done=- late=-", NULL);
}

static void
test_termly_short_breaks (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_born ("E1", "2014-09-10");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-09-05", "2025-09-08", "S", "V3", "U6", "E13");
  findings = cpt_run (TERMLY, child, "2026-01-15");
  cpt_assert_findings_naming_due (findings, "not-applicable became-looked-after@2025-09-05 due=- done=- late=-", NULL);
}

/* --- definitions ------------------------------------------------------- */

static void
test_education_definitions (void **state)
{
  const char *ids[] = { INITIATION, FOR_FIRST_REVIEW, TERMLY };
  const char *month_days[] = { "autumn_start", "spring_start", "summer_start", "summer_end" };
  const int defaults[] = { 901, 101, 401, 731 };
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  CareplanRule *termly = careplan_rulebook_lookup (rulebook, TERMLY);
  CareplanTimeUnit unit;
  int value;
  guint i;

  for (i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      CareplanRule *rule = careplan_rulebook_lookup (rulebook, ids[i]);

      assert_non_null (rule);
      assert_string_equal (careplan_rule_get_family (rule), "education");
      assert_int_equal (careplan_rule_get_kind (rule), CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE);
      assert_int_equal (careplan_rule_get_confirmation (rule), CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY);
      assert_string_equal (careplan_rule_get_url (rule),
                           "https://www.gov.uk/government/publications/promoting-the-education-of-looked-after-children");
      assert_int_equal (careplan_rule_get_in_force_from (rule), cpt_date ("2018-02-26"));
      assert_true (careplan_rule_get_parameter (rule, "min_age", &value, &unit));
      assert_int_equal (value, 3);
      assert_int_equal (unit, CAREPLAN_TIME_UNIT_COUNT);
      assert_true (careplan_rule_get_parameter (rule, "max_age", &value, &unit));
      assert_int_equal (value, 17);
      assert_non_null (strstr (careplan_rule_get_parameter_description (rule, "min_age"), "UNCONFIRMED"));
    }

  for (i = 0; i < G_N_ELEMENTS (month_days); i++)
    {
      assert_true (careplan_rule_get_parameter (termly, month_days[i], &value, &unit));
      assert_int_equal (value, defaults[i]);
      assert_int_equal (unit, CAREPLAN_TIME_UNIT_MONTH_DAY);
    }

  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, INITIATION),
                                            "working_days", &value, &unit));
  assert_int_equal (value, 10);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_WORKING_DAYS);
  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, FOR_FIRST_REVIEW),
                                            "working_days", &value, &unit));
  assert_int_equal (value, 20);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_initiation_worked_example_17),
    cmocka_unit_test (test_initiation_ages),
    cmocka_unit_test (test_initiation_unknown_age),
    cmocka_unit_test (test_initiation_in_force),
    cmocka_unit_test (test_initiation_periods),
    cmocka_unit_test (test_for_first_review),
    cmocka_unit_test (test_termly_terms),
    cmocka_unit_test (test_termly_boundaries),
    cmocka_unit_test (test_termly_due_then_overdue),
    cmocka_unit_test (test_termly_lapses),
    cmocka_unit_test (test_termly_ages),
    cmocka_unit_test (test_termly_in_force),
    cmocka_unit_test (test_termly_parameters),
    cmocka_unit_test (test_termly_short_breaks),
    cmocka_unit_test (test_education_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
