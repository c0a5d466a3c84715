/* test-rules-permanence.c: the permanence plan, the adoption hand-overs
 * and the 26-week limit (Volume 2 guidance; adoption guidance; CA 1989
 * s32)
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

#define PERMANENCE "guidance.vol2.permanence-plan-by-second-review"
#define LIFE_STORY "adoption.life-story-book"
#define LETTER "adoption.later-life-letter"
#define WEEKS_26 "ca1989.s32.26-week-limit"

/* A child looked after from @start, in one open foster placement. */
static CareplanChild *
looked_after_from (const char *start)
{
  return cpt_looked_after_from ("M1", CPT_DEFAULT_DATE_OF_BIRTH, start, "U3");
}

/* --- the permanence plan ------------------------------------------------- */

/* Worked example 18: looked after Mon 6 Jan 2025, first review Mon 3 Feb
 * 2025, second not yet held: the plan is due by 3 May 2025. */
static void
test_permanence_after_first_review (void **state)
{
  struct { const char *plan; const char *expected; } cases[] = {
    { "2025-05-02", "met became-looked-after@2025-01-06 due=2025-05-03 done=2025-05-02 late=-" },
    { "2025-05-03", "met became-looked-after@2025-01-06 due=2025-05-03 done=2025-05-03 late=-" },
    { "2025-05-04", "met-late became-looked-after@2025-01-06 due=2025-05-03 done=2025-05-04 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2025-01-06");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, cases[i].plan, NULL);
      findings = cpt_run (PERMANENCE, child, "2025-05-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_permanence_due_then_overdue (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2025-01-06");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
  before = cpt_run (PERMANENCE, child, "2025-05-02");
  on = cpt_run (PERMANENCE, child, "2025-05-03");
  after = cpt_run (PERMANENCE, child, "2025-05-04");
  cpt_assert_findings (before, "due became-looked-after@2025-01-06 due=2025-05-03 done=- late=-", NULL);
  cpt_assert_findings (on, "due became-looked-after@2025-01-06 due=2025-05-03 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue became-looked-after@2025-01-06 due=2025-05-03 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (on, 0),
                       "permanence plan due 2025-05-03: by the second review, not yet held and due "
                       "3 months after the first review on 2025-02-03; none yet at 2025-05-03");
}

/* Once the second review is held, its date is the due date, early or
 * late. */
static void
test_permanence_by_second_review (void **state)
{
  struct { const char *second; const char *plan; const char *expected; } cases[] = {
    { "2025-04-15", "2025-04-14", "met became-looked-after@2025-01-06 due=2025-04-15 done=2025-04-14 late=-" },
    { "2025-04-15", "2025-04-15", "met became-looked-after@2025-01-06 due=2025-04-15 done=2025-04-15 late=-" },
    { "2025-04-15", "2025-04-16", "met-late became-looked-after@2025-01-06 due=2025-04-15 done=2025-04-16 late=1" },
    { "2025-06-01", "2025-05-20", "met became-looked-after@2025-01-06 due=2025-06-01 done=2025-05-20 late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from ("2025-01-06");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", cases[i].second, NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, cases[i].plan, NULL);
      findings = cpt_run (PERMANENCE, child, "2025-07-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      if (i == 0)
        assert_string_equal (cpt_message_at (findings, 0),
                             "permanence plan due 2025-04-15: by the second review, held on "
                             "2025-04-15; recorded 2025-04-14");
    }
}

/* No review yet: the statutory backstop, 3 months after the first
 * review's deadline (6 Jan + 20 WD = 3 Feb; + 3 months = 3 May). */
static void
test_permanence_no_review_yet (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2025-01-06");
  g_autoptr(GPtrArray) early = cpt_run (PERMANENCE, child, "2025-02-01");
  g_autoptr(GPtrArray) late = cpt_run (PERMANENCE, child, "2025-05-04");

  cpt_assert_findings (early, "due became-looked-after@2025-01-06 due=2025-05-03 done=- late=-", NULL);
  cpt_assert_findings (late, "overdue became-looked-after@2025-01-06 due=2025-05-03 done=- late=1", NULL);
  assert_string_equal (cpt_message_at (early, 0),
                       "permanence plan due 2025-05-03: by the second review, with no review held "
                       "yet: at the latest 3 months after the first review's deadline, 20 working "
                       "days after becoming looked after on 2025-01-06; none yet at 2025-02-01");
}

static void
test_permanence_parameters (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2025-01-06");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
  findings = cpt_run_with_parameter (PERMANENCE, "second_review_interval", 2, child, "2025-02-10");
  cpt_assert_findings (findings, "due became-looked-after@2025-01-06 due=2025-04-03 done=- late=-", NULL);
}

/* A plan from an earlier period of care does not serve the next; care
 * ending on or before the due date lapses the obligation. */
static void
test_permanence_scope (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("M1");
  g_autoptr(GPtrArray) findings = NULL;
  struct { const char *end; const char *expected; } cases[] = {
    { "2025-05-02", NULL },
    { "2025-05-03", NULL },
    { "2025-05-04", "overdue became-looked-after@2025-01-06 due=2025-05-03 done=- late=1" },
  };
  guint i;

  cpt_add_episode (child, "2024-01-08", "2024-03-01", "S", "V2", "U3", "E13");
  cpt_add_episode (child, "2025-01-06", NULL, "S", "C2", "U3", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
  cpt_add_events (child, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, "2024-02-01", NULL);
  findings = cpt_run (PERMANENCE, child, "2025-05-31");
  cpt_assert_findings (findings,
                       "met became-looked-after@2024-01-08 due=2024-05-05 done=2024-02-01 late=-",
                       "overdue became-looked-after@2025-01-06 due=2025-05-03 done=- late=28",
                       NULL);

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) leaver = cpt_child_new ("M2");
      g_autoptr(GPtrArray) lapsed = NULL;

      cpt_add_episode (leaver, "2025-01-06", cases[i].end, "S", "V2", "U3", "E13");
      cpt_add_events (leaver, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
      lapsed = cpt_run (PERMANENCE, leaver, "2025-06-30");
      cpt_assert_findings (lapsed, cases[i].expected, NULL);
    }
}

static void
test_permanence_short_break (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("M1");
  g_autoptr(GPtrArray) findings = NULL;

  cpt_add_episode (child, "2025-01-06", "2025-01-10", "S", "V3", "U3", "E13");
  findings = cpt_run (PERMANENCE, child, "2025-06-30");
  cpt_assert_findings (findings, "not-applicable became-looked-after@2025-01-06 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "regulation 48"));
}

/* From 1 April 2011, with CPPCR; 20 working days from 1 April 2011 skip
 * Good Friday, Easter Monday, the royal wedding and the May bank holiday:
 * 5 May 2011; + 3 months = 5 Aug 2011. */
static void
test_permanence_in_force (void **state)
{
  struct { const char *start; const char *expected; } cases[] = {
    { "2011-03-31", "not-applicable became-looked-after@2011-03-31 due=- done=- late=-" },
    { "2011-04-01", "due became-looked-after@2011-04-01 due=2011-08-05 done=- late=-" },
    { "2011-04-02", "due became-looked-after@2011-04-02 due=2011-08-05 done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = looked_after_from (cases[i].start);
      g_autoptr(GPtrArray) findings = cpt_run_2011 (PERMANENCE, child, "2011-04-05");

      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

static void
test_permanence_calendar_range (void **state)
{
  g_autoptr(CareplanChild) child = looked_after_from ("2028-12-27");
  g_autoptr(GPtrArray) findings = cpt_run (PERMANENCE, child, "2029-02-01");

  cpt_assert_findings (findings, "unknown became-looked-after@2028-12-27 due=- done=- late=-", NULL);
  assert_non_null (strstr (cpt_message_at (findings, 0), "outside the calendar's range"));
}

/* --- adoption: life story book and later life letter ------------------- */

/* Ceremony Mon 2 Jun 2025: 10 working days → Mon 16 Jun 2025. */
static void
test_life_story_book (void **state)
{
  struct { const char *date; const char *kind; const char *expected; } cases[] = {
    { "2025-06-15", "completed", "met adoption-ceremony@2025-06-02 due=2025-06-16 done=2025-06-15 late=-" },
    { "2025-06-16", "completed", "met adoption-ceremony@2025-06-02 due=2025-06-16 done=2025-06-16 late=-" },
    { "2025-06-17", "completed", "met-late adoption-ceremony@2025-06-02 due=2025-06-16 done=2025-06-17 late=1" },
    /* started is not completed; one completed before the ceremony is
     * not the hand-over */
    { "2025-06-10", "started", "overdue adoption-ceremony@2025-06-02 due=2025-06-16 done=- late=14" },
    { "2025-05-30", "completed", "overdue adoption-ceremony@2025-06-02 due=2025-06-16 done=- late=14" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("M1");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY, "2025-06-02", NULL);
      cpt_add_event_with_detail (child, CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, cases[i].date, cases[i].kind);
      findings = cpt_run (LIFE_STORY, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      if (i == 0)
        assert_string_equal (cpt_message_at (findings, 0),
                             "completed life story book due 2025-06-16: 10 working days after the "
                             "adoption ceremony on 2025-06-02; presented 2025-06-15");
    }
}

static void
test_later_life_letter (void **state)
{
  struct { const char *date; const char *expected; } cases[] = {
    { "2025-06-15", "met adoption-ceremony@2025-06-02 due=2025-06-16 done=2025-06-15 late=-" },
    { "2025-06-16", "met adoption-ceremony@2025-06-02 due=2025-06-16 done=2025-06-16 late=-" },
    { "2025-06-17", "met-late adoption-ceremony@2025-06-02 due=2025-06-16 done=2025-06-17 late=1" },
    { "2025-06-01", "overdue adoption-ceremony@2025-06-02 due=2025-06-16 done=- late=14" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("M1");
      g_autoptr(GPtrArray) findings = NULL;

      cpt_add_events (child, CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY, "2025-06-02", NULL);
      cpt_add_events (child, CAREPLAN_EVENT_KIND_LATER_LIFE_LETTER, cases[i].date, NULL);
      findings = cpt_run (LETTER, child, "2025-06-30");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* Due, then overdue; no ceremony, no finding; one hand-over is not
 * counted for two ceremonies. */
static void
test_adoption_due_and_scope (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("M1");
  g_autoptr(CareplanChild) none = cpt_child_new ("M2");
  g_autoptr(CareplanChild) twice = cpt_child_new ("M3");
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) nothing = NULL;
  g_autoptr(GPtrArray) both = NULL;

  cpt_add_events (child, CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY, "2025-06-02", NULL);
  on = cpt_run (LETTER, child, "2025-06-16");
  after = cpt_run (LETTER, child, "2025-06-17");
  cpt_assert_findings (on, "due adoption-ceremony@2025-06-02 due=2025-06-16 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue adoption-ceremony@2025-06-02 due=2025-06-16 done=- late=1", NULL);

  cpt_add_events (none, CAREPLAN_EVENT_KIND_LATER_LIFE_LETTER, "2025-06-10", NULL);
  nothing = cpt_run (LETTER, none, "2025-06-30");
  cpt_assert_findings (nothing, NULL);

  cpt_add_events (twice, CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY, "2025-06-02", "2025-06-09", NULL);
  cpt_add_events (twice, CAREPLAN_EVENT_KIND_LATER_LIFE_LETTER, "2025-06-03", NULL);
  both = cpt_run (LETTER, twice, "2025-06-30");
  cpt_assert_findings (both,
                       "met adoption-ceremony@2025-06-02 due=2025-06-16 done=2025-06-03 late=-",
                       "overdue adoption-ceremony@2025-06-09 due=2025-06-23 done=- late=7",
                       NULL);
}

/* The adoption guidance is dated July 2013: ceremonies from 1 July 2013. */
static void
test_adoption_in_force (void **state)
{
  struct { const char *ceremony; const char *expected; } cases[] = {
    { "2013-06-30", "not-applicable adoption-ceremony@2013-06-30 due=- done=- late=-" },
    { "2013-07-01", "due adoption-ceremony@2013-07-01 due=2013-07-15 done=- late=-" },
    { "2013-07-02", "due adoption-ceremony@2013-07-02 due=2013-07-16 done=- late=-" },
  };
  const char *rules[] = { LIFE_STORY, LETTER };
  guint i;
  guint r;

  for (r = 0; r < G_N_ELEMENTS (rules); r++)
    for (i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr(CareplanChild) child = cpt_child_new ("M1");
        g_autoptr(GPtrArray) findings = NULL;

        cpt_add_events (child, CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY, cases[i].ceremony, NULL);
        findings = cpt_run (rules[r], child, "2013-07-10");
        cpt_assert_findings (findings, cases[i].expected, NULL);
      }
}

/* --- s32: 26 weeks ------------------------------------------------------- */

static void
add_proceedings (CareplanChild *child,
                 const char    *issued,
                 const char    *extended_to,
                 const char    *final_order)
{
  g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS,
                                                       cpt_date (issued));

  if (extended_to != NULL)
    careplan_event_set_extended_to (event, cpt_date (extended_to));
  if (final_order != NULL)
    careplan_event_set_end (event, cpt_date (final_order));
  careplan_child_add_event (child, event);
}

/* Worked example 11: issued Mon 6 Jan 2025; "beginning with" counts the
 * issue day, so the last day is Sun 6 Jul 2025. */
static void
test_26_weeks (void **state)
{
  struct { const char *final_order; const char *expected; } cases[] = {
    { "2025-07-05", "met proceedings-issued@2025-01-06 due=2025-07-06 done=2025-07-05 late=-" },
    { "2025-07-06", "met proceedings-issued@2025-01-06 due=2025-07-06 done=2025-07-06 late=-" },
    { "2025-07-07", "met-late proceedings-issued@2025-01-06 due=2025-07-06 done=2025-07-07 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("M1");
      g_autoptr(GPtrArray) findings = NULL;

      add_proceedings (child, "2025-01-06", NULL, cases[i].final_order);
      findings = cpt_run (WEEKS_26, child, "2025-12-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      if (i == 1)
        assert_string_equal (cpt_message_at (findings, 0),
                             "final order due 2025-07-06: 26 weeks beginning with the day the "
                             "application was issued on 2025-01-06; made 2025-07-06");
    }
}

static void
test_26_weeks_pending (void **state)
{
  g_autoptr(CareplanChild) child = cpt_child_new ("M1");
  g_autoptr(GPtrArray) on = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) before_order = NULL;

  add_proceedings (child, "2025-01-06", NULL, "2025-07-10");
  on = cpt_run (WEEKS_26, child, "2025-07-06");
  after = cpt_run (WEEKS_26, child, "2025-07-07");
  before_order = cpt_run (WEEKS_26, child, "2025-07-09");
  cpt_assert_findings (on, "due proceedings-issued@2025-01-06 due=2025-07-06 done=- late=-", NULL);
  cpt_assert_findings (after, "overdue proceedings-issued@2025-01-06 due=2025-07-06 done=- late=1", NULL);
  cpt_assert_findings (before_order, "overdue proceedings-issued@2025-01-06 due=2025-07-06 done=- late=3", NULL);
}

/* An extension under s32(5) moves the last day; one ending before the 26
 * weeks changes nothing. */
static void
test_26_weeks_extension (void **state)
{
  struct { const char *extended_to; const char *final_order; const char *expected; } cases[] = {
    { "2025-08-31", "2025-07-07", "met proceedings-issued@2025-01-06 due=2025-08-31 done=2025-07-07 late=-" },
    { "2025-08-31", "2025-08-31", "met proceedings-issued@2025-01-06 due=2025-08-31 done=2025-08-31 late=-" },
    { "2025-08-31", "2025-09-01", "met-late proceedings-issued@2025-01-06 due=2025-08-31 done=2025-09-01 late=1" },
    { "2025-06-01", "2025-07-07", "met-late proceedings-issued@2025-01-06 due=2025-07-06 done=2025-07-07 late=1" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("M1");
      g_autoptr(GPtrArray) findings = NULL;

      add_proceedings (child, "2025-01-06", cases[i].extended_to, cases[i].final_order);
      findings = cpt_run (WEEKS_26, child, "2025-12-31");
      cpt_assert_findings (findings, cases[i].expected, NULL);
      if (i == 0)
        assert_string_equal (cpt_message_at (findings, 0),
                             "final order due 2025-08-31: extended under section 32(5); 26 weeks "
                             "beginning with the day the application was issued on 2025-01-06 "
                             "ended 2025-07-06; made 2025-07-07");
    }
}

/* Applications issued from 22 April 2014 (SI 2014/889 art 4(c)). */
static void
test_26_weeks_in_force (void **state)
{
  struct { const char *issued; const char *expected; } cases[] = {
    { "2014-04-21", "not-applicable proceedings-issued@2014-04-21 due=- done=- late=-" },
    { "2014-04-22", "due proceedings-issued@2014-04-22 due=2014-10-20 done=- late=-" },
    { "2014-04-23", "due proceedings-issued@2014-04-23 due=2014-10-21 done=- late=-" },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CareplanChild) child = cpt_child_new ("M1");
      g_autoptr(GPtrArray) findings = NULL;

      add_proceedings (child, cases[i].issued, NULL, NULL);
      findings = cpt_run (WEEKS_26, child, "2014-05-01");
      cpt_assert_findings (findings, cases[i].expected, NULL);
    }
}

/* --- the definitions ----------------------------------------------------- */

static void
test_definitions (void **state)
{
  struct {
    const char *id;
    CareplanRuleKind kind;
    CareplanConfirmation confirmation;
    const char *url;
    const char *in_force_from;
    const char *parameter;
    int value;
    CareplanTimeUnit unit;
  } cases[] = {
    { PERMANENCE, CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE, CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
      "https://www.gov.uk/government/publications/children-act-1989-care-planning-placement-and-case-review",
      "2011-04-01", "second_review_interval", 3, CAREPLAN_TIME_UNIT_MONTHS },
    { LIFE_STORY, CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE, CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
      "https://www.gov.uk/government/publications/adoption-statutory-guidance-2013",
      "2013-07-01", "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS },
    { LETTER, CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE, CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
      "https://www.gov.uk/government/publications/adoption-statutory-guidance-2013",
      "2013-07-01", "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS },
    { WEEKS_26, CAREPLAN_RULE_KIND_STATUTE, CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
      "https://www.legislation.gov.uk/ukpga/1989/41/section/32",
      "2014-04-22", "weeks", 26, CAREPLAN_TIME_UNIT_WEEKS },
  };
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      CareplanRule *rule = cpt_lookup_rule (rulebook, cases[i].id);
      CareplanTimeUnit unit;
      int value;

      assert_string_equal (careplan_rule_get_family (rule), "permanence");
      assert_int_equal (careplan_rule_get_kind (rule), cases[i].kind);
      assert_int_equal (careplan_rule_get_confirmation (rule), cases[i].confirmation);
      assert_string_equal (careplan_rule_get_url (rule), cases[i].url);
      assert_int_equal (careplan_rule_get_in_force_from (rule), cpt_date (cases[i].in_force_from));
      assert_true (careplan_rule_get_parameter (rule, cases[i].parameter, &value, &unit));
      assert_int_equal (value, cases[i].value);
      assert_int_equal (unit, cases[i].unit);
    }

  assert_string_equal (careplan_rule_get_provision (cpt_lookup_rule (rulebook, WEEKS_26)),
                       "section 32(1)(a)(ii) (inserted by the Children and Families Act 2014, "
                       "section 14)");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_permanence_after_first_review),
    cmocka_unit_test (test_permanence_due_then_overdue),
    cmocka_unit_test (test_permanence_by_second_review),
    cmocka_unit_test (test_permanence_no_review_yet),
    cmocka_unit_test (test_permanence_parameters),
    cmocka_unit_test (test_permanence_scope),
    cmocka_unit_test (test_permanence_short_break),
    cmocka_unit_test (test_permanence_in_force),
    cmocka_unit_test (test_permanence_calendar_range),
    cmocka_unit_test (test_life_story_book),
    cmocka_unit_test (test_later_life_letter),
    cmocka_unit_test (test_adoption_due_and_scope),
    cmocka_unit_test (test_adoption_in_force),
    cmocka_unit_test (test_26_weeks),
    cmocka_unit_test (test_26_weeks_pending),
    cmocka_unit_test (test_26_weeks_extension),
    cmocka_unit_test (test_26_weeks_in_force),
    cmocka_unit_test (test_definitions),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
