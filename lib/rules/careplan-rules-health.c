/* careplan-rules-health.c: health assessments and dental checks
 *
 * CPPCR 2010 reg 7 (initial and review health assessments), the 2015
 * statutory guidance on the health of looked-after children (the initial
 * assessment within 20 working days) and a yearly dental check.  Health
 * obligations run per period of care: a health assessment belongs to the
 * period whose days hold it, except that an assessment made in the months
 * just before a period began stands in for its initial assessment
 * (reg 7(1)'s exception) and starts its clock.  Regulation 48 disapplies
 * reg 7 for a series of short breaks, so none of these rules applies to
 * such a period.  Each obligation is judged by careplan-obligation.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

#include "careplan-error.h"

/* The English text of reg 7 was not read (the catalogue works from
 * secondary sources), so cite the regulation's undated address. */
#define CPPCR_2010_REG_7_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/7"

#define HEALTH_GUIDANCE_2015 \
  "Promoting the health and well-being of looked-after children " \
  "(statutory guidance, DfE and DH, March 2015, updated 24 August 2022)"
#define HEALTH_GUIDANCE_2015_URL \
  "https://www.gov.uk/government/publications/promoting-the-health-and-wellbeing-of-looked-after-children--2"
/* The day gov.uk gives for its publication; it replaced the 2009 guidance. */
#define HEALTH_GUIDANCE_2015_IN_FORCE "2015-03-17"

/* Why reg 48 short breaks are outside this family, for its not-applicable findings. */
#define SHORT_BREAK_REASON "to which regulation 7 does not apply (regulation 48)"

static const CareplanRuleSource cppcr_2010 = CAREPLAN_CPPCR_2010_SOURCE ("health");

static const CareplanRuleSource health_guidance_2015 = {
  .family = "health", .kind = CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE,
  .instrument = HEALTH_GUIDANCE_2015, .in_force_from = HEALTH_GUIDANCE_2015_IN_FORCE,
};

static CareplanDate
event_date (const CareplanChildIndex *index,
            CareplanEventKind         kind,
            guint                     i)
{
  return careplan_event_get_date (g_ptr_array_index (index->events[kind], i));
}

/* ---------------------------------------------------------------------
 * cppcr-2010.reg7-1.initial-health-assessment
 *
 * "before C is first placed or, if that is not reasonably practicable,
 * before the first review", unless an assessment was made in the 3 months
 * before the placement — CONFIRMED-SECONDARY (the English reg 7 text was
 * not read).  The deadline is the date of the period's first review; while
 * none has been held, the first review's own deadline (20 working days
 * after becoming looked after, reg 33(1)), so that a missing assessment
 * shows before the review is held.  Any health assessment counts, whether
 * recorded as `initial` or `review`: reg 7(1) asks for an assessment by a
 * registered medical practitioner, which both are.  A refusal of consent
 * (reg 7(4), paragraph number unconfirmed) is not in the record and is
 * not modelled.
 */
/* Not a row: the deadline is the first review's date (or its deadline while
 * none is held), not a time after the anchor, and an assessment in the 3
 * months before counts. */
static CareplanDate
initial_health_assessment_due (CareplanRule              *rule,
                               const CareplanEvaluation  *evaluation,
                               const CareplanPeriodSpan  *period,
                               CareplanDate               first_review,
                               CareplanDate               second_review,
                               CareplanMessage           *phrase,
                               GError                   **error)
{
  int working_days = careplan_rule_get_parameter_value (rule, 1);

  if (first_review != CAREPLAN_DATE_NONE)
    {
      careplan_message_add_static (phrase, "the first review of the period of care from ");
      careplan_message_add_date (phrase, period->start);
      careplan_message_add_static (phrase, ", held ");
      careplan_message_add_date (phrase, first_review);
      return first_review;
    }

  careplan_obligation_add_timescale (phrase, working_days, CAREPLAN_TIME_UNIT_WORKING_DAYS);
  careplan_message_add_static (phrase, " after becoming looked after on ");
  careplan_message_add_date (phrase, period->start);
  careplan_message_add_static (phrase, ", the first review's deadline (no first review held yet)");
  return careplan_calendar_add (evaluation->calendar, period->start, (guint) working_days,
                                CAREPLAN_TIME_UNIT_WORKING_DAYS, error);
}

static void
initial_health_assessment (CareplanRule             *rule,
                           const CareplanEvaluation *evaluation,
                           CareplanFindingArray     *findings)
{
  careplan_obligation_evaluate_by_review (rule, evaluation, "initial health assessment", "assessed",
                                          CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT,
                                          careplan_rule_get_parameter_value (rule, 0),
                                          SHORT_BREAK_REASON, initial_health_assessment_due, findings);
}

static const CareplanRuleDefinition initial_health_assessment_rule = {
  .id = "cppcr-2010.reg7-1.initial-health-assessment", .source = &cppcr_2010,
  .title = "Initial health assessment before the first review (or in the 3 months before "
           "becoming looked after)",
  .provision = "regulation 7(1)", .url = CPPCR_2010_REG_7_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "prior_months", 3, CAREPLAN_TIME_UNIT_MONTHS,
      "months before becoming looked after within which an earlier health assessment makes a "
      "new initial one unnecessary" },
    { "first_review_working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after becoming looked after by which the first review, and so the initial "
      "health assessment, is due while no first review has been held (regulation 33(1))" }),
  .evaluate = initial_health_assessment,
};

/* ---------------------------------------------------------------------
 * guidance.health-2015.iha-20-working-days
 *
 * "Must be completed within 20 working days of becoming looked after" (the
 * guidance as quoted by a secondary source; paragraph number UNCONFIRMED) —
 * CONFIRMED-SECONDARY.  The day of becoming looked after is not counted
 * (docs/rules.md: the day of the event is excluded).  An assessment made in
 * the months before the period began counts, as it does for reg 7(1): the
 * guidance times the assessment reg 7 asks for, and reg 7 asks for none
 * then.
 */
static const CareplanRuleDefinition initial_health_assessment_guidance = {
  .id = "guidance.health-2015.iha-20-working-days", .source = &health_guidance_2015,
  .title = "Initial health assessment within 20 working days of becoming looked after",
  .provision = "the initial health assessment (paragraph unconfirmed)",
  .url = HEALTH_GUIDANCE_2015_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after becoming looked after by which the initial health assessment is due" },
    { "prior_months", 3, CAREPLAN_TIME_UNIT_MONTHS,
      "months before becoming looked after within which an earlier health assessment counts "
      "(regulation 7(1)'s exception; 0 counts only assessments from becoming looked after on)" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PERIOD,
    .what = "initial health assessment", .within = "working_days", .prior = "prior_months",
    .met_by = CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, .done_verb = "assessed",
    .short_breaks = SHORT_BREAK_REASON,
  },
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg7-3.review-health-assessments
 *
 * Reviews of health "at least once in every period of 6 months before C's
 * 5th birthday" and "at least once in every period of 12 months after" it —
 * CONFIRMED-SECONDARY.  Each health assessment (initial or review) makes the
 * next due; the clock runs from its actual date.  Which interval follows an
 * assessment made before the fifth birthday when the next would fall after
 * it is UNCONFIRMED (docs/rules.md lists the readings), so it is the
 * parameter `reading`; worked example 8 (assessment on 20 Dec 2025, fifth
 * birthday 10 Jan 2026) gives 20 Jun 2026, 20 Dec 2026 and 10 Jan 2027 under
 * readings 1, 2 and 3.
 */
enum
{
  READING_STRICT = 1,
  READING_AGE_AT_DUE_DATE = 2,
  READING_WINDOWED = 3,
};

/* @date plus @months, or CAREPLAN_DATE_NONE with @error set past year
 * 9999 (a parameter can ask for that). */
static CareplanDate
add_months (const CareplanEvaluation *evaluation,
            CareplanDate              date,
            int                       months,
            GError                  **error)
{
  return careplan_calendar_add (evaluation->calendar, date, (guint) months,
                                CAREPLAN_TIME_UNIT_MONTHS, error);
}

/* The due date of the health assessment after the one made on @made,
 * and the words saying how it was reached. */
static CareplanDate
next_review_due (CareplanRule             *rule,
                 const CareplanEvaluation *evaluation,
                 CareplanDate              made,
                 char                    **phrase,
                 GError                  **error)
{
  CareplanDate date_of_birth = careplan_child_get_date_of_birth (evaluation->child);
  int under_5 = careplan_rule_get_parameter_value (rule, 0);
  int from_5 = careplan_rule_get_parameter_value (rule, 1);
  int reading = careplan_rule_get_parameter_value (rule, 2);
  char made_iso[CAREPLAN_DATE_ISO_LENGTH];
  char birthday_iso[CAREPLAN_DATE_ISO_LENGTH];
  char short_iso[CAREPLAN_DATE_ISO_LENGTH];
  CareplanDate fifth_birthday;
  CareplanDate short_due;

  careplan_date_format_iso (made, made_iso);
  *phrase = g_strdup_printf ("the interval after the health assessment on %s", made_iso);

  if (reading < READING_STRICT || reading > READING_WINDOWED)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "parameter reading is %d: it must be 1, 2 or 3", reading);
      return CAREPLAN_DATE_NONE;
    }

  fifth_birthday = careplan_date_get_birthday (date_of_birth, 5, evaluation->leap_day_policy);
  if (fifth_birthday == CAREPLAN_DATE_NONE)
    {
      g_set_error_literal (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                           "the child's date of birth is not recorded, so the age at which "
                           "the interval changes is not known");
      return CAREPLAN_DATE_NONE;
    }
  careplan_date_format_iso (fifth_birthday, birthday_iso);

  if (made >= fifth_birthday)
    {
      g_free (*phrase);
      *phrase = g_strdup_printf ("%d months after the health assessment on %s, made at age 5 "
                                 "or over", from_5, made_iso);
      return add_months (evaluation, made, from_5, error);
    }

  short_due = add_months (evaluation, made, under_5, error);
  if (short_due == CAREPLAN_DATE_NONE)
    return CAREPLAN_DATE_NONE;
  careplan_date_format_iso (short_due, short_iso);
  g_free (*phrase);

  if (reading == READING_STRICT || short_due < fifth_birthday)
    {
      *phrase = g_strdup_printf ("%d months after the health assessment on %s, made before "
                                 "the fifth birthday on %s", under_5, made_iso, birthday_iso);
      return short_due;
    }

  if (reading == READING_AGE_AT_DUE_DATE)
    {
      *phrase = g_strdup_printf ("%d months after the health assessment on %s: the child is 5 "
                                 "on %s, %d months after it (fifth birthday %s)",
                                 from_5, made_iso, short_iso, under_5, birthday_iso);
      return add_months (evaluation, made, from_5, error);
    }

  *phrase = g_strdup_printf ("%d months after the fifth birthday on %s, the end of the first "
                             "window after it (the health assessment on %s was made before "
                             "it, and %d months after it is not)",
                             from_5, birthday_iso, made_iso, under_5);
  return add_months (evaluation, fifth_birthday, from_5, error);
}

/* Not a row: the interval changes at the fifth birthday, with three readings
 * (`reading`) of an assessment made before it. */
static void
review_health_assessments (CareplanRule             *rule,
                           const CareplanEvaluation *evaluation,
                           CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  guint p;

  for (p = 0; p < index->periods->len; p++)
    {
      gboolean in_unapplied_run = FALSE;
      CareplanScope scope;
      guint first;
      guint last;
      guint k;

      if (careplan_obligation_skip_short_break_period (evaluation, rule, p, "health assessment", SHORT_BREAK_REASON, findings))
        continue;

      careplan_scope_init_period (&scope, index, p);
      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT,
                                  &first, &last);
      /* Of the assessments made in the months before the period began,
       * the latest starts the clock; only it, so that an assessment
       * followed by another before the period began (both judged in an
       * earlier period) is not judged twice. */
      if (first > 0 &&
          event_date (index, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, first - 1) >=
          careplan_scope_prior_start (&scope, careplan_rule_get_parameter_value (rule, 3)))
        first--;

      /* careplan_obligation_walk_chain() with a due date that depends on
       * the anchor: the same run-length not-applicable findings, the same
       * stop at the first assessment not followed by another. */
      for (k = first; k < last; k++)
        {
          g_autoptr(GError) error = NULL;
          g_autofree char *phrase = NULL;
          CareplanObligation obligation = {
            .what = "health assessment",
            .done_verb = "assessed",
            .anchor_kind = "health-assessment",
            .anchor_phrase = "the health assessment",
            .anchor_date = event_date (index, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, k),
          };
          CareplanDate candidate = k + 1 < last ? event_date (index, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, k + 1)
                                                : CAREPLAN_DATE_NONE;
          CareplanDate due;

          if (!careplan_rule_is_in_force_on (rule, obligation.anchor_date))
            {
              if (!in_unapplied_run)
                careplan_obligation_in_force (rule, evaluation, &obligation, findings);
              in_unapplied_run = TRUE;
              continue;
            }
          in_unapplied_run = FALSE;

          due = next_review_due (rule, evaluation, obligation.anchor_date, &phrase, &error);
          if (!careplan_obligation_evaluate_due (rule, evaluation, &obligation, due, error,
                                                 phrase, &scope, candidate, findings))
            break;
        }
    }
}

static const CareplanRuleDefinition review_health_assessments_rule = {
  .id = "cppcr-2010.reg7-3.review-health-assessments", .source = &cppcr_2010,
  .title = "Review health assessments every 6 months before the fifth birthday, every 12 "
           "months after it",
  .provision = "regulation 7(3)", .url = CPPCR_2010_REG_7_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "interval_under_5", 6, CAREPLAN_TIME_UNIT_MONTHS,
      "months after a health assessment by which the next is due while the child is under 5" },
    { "interval_from_5", 12, CAREPLAN_TIME_UNIT_MONTHS,
      "months after a health assessment by which the next is due once the child is 5" },
    { "reading", READING_STRICT, CAREPLAN_TIME_UNIT_COUNT,
      "how the fifth birthday splits the intervals for a child who turns 5 between assessments "
      "(UNCONFIRMED; docs/rules.md lists the readings): 1, the default, (a) strict: an assessment made "
      "before the fifth birthday makes the next due within 6 months even when that falls after "
      "the birthday; 2, (b) age at the due date: within 6 months if the child is still under 5 "
      "on that date, else within 12 months; 3, (c) windowed: within 6 months if that date is "
      "before the fifth birthday, else by the end of the first 12 months after the birthday", 1, 3 },
    { "prior_months", 3, CAREPLAN_TIME_UNIT_MONTHS,
      "months before becoming looked after within which a health assessment (standing in for "
      "the initial one, regulation 7(1)) starts the clock; keep equal to that of "
      "cppcr-2010.reg7-1.initial-health-assessment" }),
  .evaluate = review_health_assessments,
};

/* ---------------------------------------------------------------------
 * guidance.health-2015.dental-check-annual
 *
 * The catalogue has no rule of its own for dental checks.  Its only
 * footing is the SSDA903 OC2 indicator "teeth checked by a dentist" for
 * children looked after for at least 12 months at 31 March (the DfE's SSDA903 guidance, OC2),
 * which the 2015 health guidance underlies: hence a check within 12
 * months of becoming looked after and then within 12 months of each
 * check.  Both numbers are UNCONFIRMED and are parameters.
 */
static const CareplanRuleDefinition dental_checks = {
  .id = "guidance.health-2015.dental-check-annual", .source = &health_guidance_2015,
  .title = "Dental check within 12 months of becoming looked after, then every 12 months",
  .provision = "dental health (paragraph unconfirmed)", .url = HEALTH_GUIDANCE_2015_URL,
  .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
  CAREPLAN_RULE_PARAMETERS (
    { "first_within", 12, CAREPLAN_TIME_UNIT_MONTHS,
      "months after becoming looked after by which the first dental check is due (UNCONFIRMED: "
      "the catalogue gives no timescale; 12 follows the SSDA903 OC2 teeth-check indicator for "
      "children looked after for a year; an authority may set a shorter first check)" },
    { "interval", 12, CAREPLAN_TIME_UNIT_MONTHS,
      "months after each dental check by which the next is due (UNCONFIRMED: 12 follows the "
      "yearly OC2 indicator; some local protocols check every 6 months)" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PERIOD,
    .what = "first dental check", .within = "first_within",
    .every_what = "dental check", .every = "interval", .every_anchor_phrase = "the dental check",
    .met_by = CAREPLAN_EVENT_KIND_DENTAL_CHECK, .done_verb = "checked",
    .short_breaks = SHORT_BREAK_REASON,
  },
};

CareplanRuleFamily careplan_rules_health = {
  &initial_health_assessment_rule, &initial_health_assessment_guidance,
  &review_health_assessments_rule, &dental_checks, NULL,
};
