/* careplan-rules-care-leavers.c: eligible, relevant and former relevant children
 *
 * CPPCR 2010 Part 7 (the eligible child and the needs assessment), the
 * Care Leavers (England) Regulations 2010 (the relevant child's needs
 * assessment, pathway plan reviews, the personal adviser's visits at
 * accommodation the authority provides) and s23CZB of the Children Act
 * 1989 (a personal adviser to 25 on request).
 *
 * Whether a child is eligible — looked after for 13 weeks since the 14th
 * birthday and looked after after the 16th, while 16 or 17 — is worked out
 * once, by compute_eligibility(), for every rule whose duty depends on
 * it: the eligible child's own rule, the needs assessment, the relevant
 * child's assessment and pathway plan reviews.  The rules that start from
 * a record field only a care leaver has (the authority's accommodation,
 * a request for support at 21 or over) take that field as saying the
 * young person is a relevant or former relevant child.  Each obligation
 * is judged by careplan-obligation.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-eligibility-private.h"

#include "careplan-error.h"

/* Part 7 was read through its cross-heading page; cite each regulation. */
#define CPPCR_2010_REG_40_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/40/made"

/* Reg 5 was read on the site's Welsh-language interface (the English
 * regulations all the same); reg 7's English text was not read. */
#define CLR_2010_REG_5_URL "https://www.legislation.gov.uk/uksi/2010/2571/regulation/5/made"
#define CLR_2010_REG_8_URL "https://www.legislation.gov.uk/uksi/2010/2571/regulation/8/made"

/* Inserted by the Children and Social Work Act 2017 s3; "in operation from
 * April 2018" per authorities' procedures (CONFIRMED-SECONDARY). */
#define CA_1989_S23CZB_IN_FORCE "2018-04-01"

static const CareplanRuleSource cppcr_2010 = CAREPLAN_CPPCR_2010_SOURCE ("care-leavers");

static const CareplanRuleSource clr_2010 = {
  .family = "care-leavers", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = "Care Leavers (England) Regulations 2010", .in_force_from = "2011-04-01",
};

static const CareplanRuleSource ca_1989 = {
  .family = "care-leavers", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CA_1989, .in_force_from = CA_1989_S23CZB_IN_FORCE,
};

/* ---------------------------------------------------------------------
 * The eligible child (CA 1989 Sch 2 para 19B(2), CPPCR reg 40)
 */

/* The first parameters of every rule that asks whether the child was
 * eligible, in this order.  compute_eligibility() reads them by name, so
 * that a row (reg 42's) needs no order; the functions here read the
 * parameters after them by position.  A policy that changes one should
 * change it in each. */
enum
{
  ELIGIBILITY_QUALIFYING_DAYS,
  ELIGIBILITY_COUNT_FIRST_DAY,
  ELIGIBILITY_SHORT_BREAKS,
  N_ELIGIBILITY_PARAMETERS,
};

enum
{
  SHORT_BREAKS_NOT_COUNTED = 1,
  SHORT_BREAKS_DISQUALIFY = 2,
};

#define ELIGIBILITY_PARAMETERS \
  { "qualifying_days", 91, CAREPLAN_TIME_UNIT_DAYS, \
    "days looked after since the 14th birthday (13 weeks, regulation 40(1)) that make a " \
    "child of 16 or 17 an eligible child; the same in every care-leaver rule that uses it" }, \
  { "count_first_day", 0, CAREPLAN_TIME_UNIT_COUNT, \
    "whether the day care began counts as the first of those days (UNCONFIRMED, worked " \
    "example 10): 0, the default, does not (the exclusion rule: looked after from " \
    "15 Jan 2024, eligible on 15 Apr 2024); 1 does (eligible on 14 Apr 2024)", 0, 1 }, \
  { "short_breaks", SHORT_BREAKS_NOT_COUNTED, CAREPLAN_TIME_UNIT_COUNT, \
    "how a series of short breaks (regulation 48) bears on eligibility (UNCONFIRMED, " \
    "regulation 40(2)): 1, the default, leaves short-break periods out of the count and " \
    "makes no one eligible while on them; 2 makes a child with any short break after the " \
    "14th birthday not eligible at all (worked example 10's wording)", 1, 2 }

typedef struct
{
  CareplanDate  fourteenth;        /* birthdays */
  CareplanDate  sixteenth;
  CareplanDate  eighteenth;
  CareplanDate  count_start;       /* first day counted: the later of the 14th birthday and
                                    * the start of the care after it; NONE: no such care */
  CareplanDate  eligible_from;     /* NONE: not eligible by the as-of date */
  guint         eligible_period;   /* the period of care holding eligible_from */
  gboolean      after_sixteen;     /* looked after on a day from the 16th to the 18th birthday */
  CareplanDate  disqualified_from; /* the short break that rules eligibility out (reading 2) */
  int           days;              /* days counted up to counted_to */
  CareplanDate  counted_to;        /* the earlier of the as-of date and the eve of the 18th
                                    * birthday: the last day on which the child could become
                                    * eligible */
} Eligibility;

/* Works out whether, and from when, the child is an eligible child, as
 * the record stands at the as-of date.
 *
 * Days are counted as nights, the day of the event excluded (docs/rules.md): a child looked
 * after from day s to day e (the day care ended) was looked after for
 * e − s days, and on day d for d − s days so far; `count_first_day` adds
 * the first day (worked example 10's alternative).  Only days from the
 * 14th birthday count.  "Ended after he reached the age of sixteen" is
 * read as looked after on the night of some day from the 16th birthday
 * on, that is a period of care ending at least one day after it (the
 * catalogue's secondary paraphrase): care ending on the birthday itself
 * does not make a child eligible.  The child is eligible from the first
 * day D, from the 16th birthday to the day before the 18th, on which the
 * child is looked after and the days counted reach `qualifying_days`.
 *
 * Returns FALSE with @error set when it cannot be known (no date of
 * birth, a parameter out of range). */
static gboolean
compute_eligibility (CareplanRule             *rule,
                     const CareplanEvaluation *evaluation,
                     Eligibility              *eligibility,
                     GError                  **error)
{
  const CareplanChildIndex *index = evaluation->index;
  CareplanDate date_of_birth = careplan_child_get_date_of_birth (evaluation->child);
  int qualifying = 0;
  int first_day = 0;
  int short_breaks = 0;
  gint64 counted = 0;
  guint p;

  memset (eligibility, 0, sizeof *eligibility);

  if (!careplan_rule_get_parameter (rule, "qualifying_days", &qualifying, NULL) ||
      !careplan_rule_get_parameter (rule, "count_first_day", &first_day, NULL) ||
      !careplan_rule_get_parameter (rule, "short_breaks", &short_breaks, NULL))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "rule %s lacks the eligibility parameters", careplan_rule_get_id (rule));
      return FALSE;
    }

  if (first_day > 1)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "parameter count_first_day is %d: it must be 0 or 1", first_day);
      return FALSE;
    }
  if (short_breaks != SHORT_BREAKS_NOT_COUNTED && short_breaks != SHORT_BREAKS_DISQUALIFY)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "parameter short_breaks is %d: it must be 1 or 2", short_breaks);
      return FALSE;
    }

  eligibility->fourteenth = careplan_date_get_birthday (date_of_birth, 14, evaluation->leap_day_policy);
  eligibility->sixteenth = careplan_date_get_birthday (date_of_birth, 16, evaluation->leap_day_policy);
  eligibility->eighteenth = careplan_date_get_birthday (date_of_birth, 18, evaluation->leap_day_policy);
  if (eligibility->eighteenth == CAREPLAN_DATE_NONE)
    {
      g_set_error_literal (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                           "the child's date of birth is not recorded");
      return FALSE;
    }

  eligibility->counted_to = MIN (evaluation->as_of, eligibility->eighteenth - 1);

  for (p = 0; p < index->periods->len; p++)
    {
      const CareplanPeriodSpan *span = &g_array_index (index->periods, CareplanPeriodSpan, p);
      CareplanDate last_night = span->end == CAREPLAN_DATE_NONE ? evaluation->as_of : span->end - 1;
      CareplanDate count_to = span->end == CAREPLAN_DATE_NONE ? evaluation->as_of : span->end;
      CareplanDate from;
      CareplanDate window_from;
      CareplanDate window_to;

      if (span->start >= eligibility->eighteenth)
        break;
      if (span->end != CAREPLAN_DATE_NONE && span->end <= span->start)
        continue;                       /* bad data, reported by validation */
      if (last_night < eligibility->fourteenth)
        continue;

      from = MAX (span->start, eligibility->fourteenth);

      if (span->short_break)
        {
          if (short_breaks == SHORT_BREAKS_DISQUALIFY)
            {
              eligibility->disqualified_from = from;
              eligibility->eligible_from = CAREPLAN_DATE_NONE;
              return TRUE;
            }
          continue;
        }

      if (eligibility->count_start == CAREPLAN_DATE_NONE)
        eligibility->count_start = from;

      window_from = MAX (span->start, eligibility->sixteenth);
      window_to = MIN (last_night, eligibility->eighteenth - 1);
      if (window_from <= window_to)
        {
          eligibility->after_sixteen = TRUE;
          if (eligibility->eligible_from == CAREPLAN_DATE_NONE)
            {
              gint64 needed = MAX ((gint64) qualifying - counted - first_day, 0);
              gint64 day = MAX ((gint64) window_from, (gint64) from + needed);

              if (day <= (gint64) window_to)
                {
                  eligibility->eligible_from = (CareplanDate) day;
                  eligibility->eligible_period = p;
                }
            }
        }

      count_to = MIN (count_to, eligibility->counted_to);
      if (count_to >= from)
        counted += (gint64) (count_to - from) + first_day;
    }

  eligibility->days = (int) MIN (counted, G_MAXINT);
  return TRUE;
}

gboolean
careplan_eligibility_find (CareplanRule             *rule,
                           const CareplanEvaluation *evaluation,
                           CareplanEligibleTime     *eligible)
{
  Eligibility eligibility;

  g_return_val_if_fail (eligible != NULL, FALSE);

  if (evaluation->index->periods->len == 0 ||
      !compute_eligibility (rule, evaluation, &eligibility, NULL) ||
      eligibility.eligible_from == CAREPLAN_DATE_NONE)
    return FALSE;

  *eligible = (CareplanEligibleTime) {
    .from = eligibility.eligible_from,
    .period = eligibility.eligible_period,
    .sixteenth = eligibility.sixteenth,
    .eighteenth = eligibility.eighteenth,
  };
  return TRUE;
}

/* ---------------------------------------------------------------------
 * cppcr-2010.reg40.eligible-child
 *
 * "the prescribed period is 13 weeks and the prescribed age is 14"; "if C
 * is a child to whom regulation 48 applies, C is not an eligible child"
 * — CONFIRMED-PRIMARY (reg 40); para 19B(2)'s wording CONFIRMED-SECONDARY.
 *
 * A status, not an obligation, reported in the findings' terms:
 *  - eligible: `met`, anchored at the first day counted (kind `birthday`
 *    when that is the 14th birthday, else `became-looked-after`), with
 *    `done` the date the child became eligible and no due date;
 *  - looked after at 16 or 17 but not eligible (too few days, or short
 *    breaks under reading 2): `not-applicable`, saying why;
 *  - never looked after at 16 or 17 by the as-of date: no finding;
 *  - no date of birth: `unknown`.
 */
/* Not a row: a status (eligibility: 13 weeks looked after since the 14th
 * birthday, one ending at 16 or later), not an obligation with a deadline. */
static void
eligible_child (CareplanRule             *rule,
                const CareplanEvaluation *evaluation,
                CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  const char *child_id = careplan_child_get_id (evaluation->child);
  g_autoptr(GError) error = NULL;
  char from_iso[CAREPLAN_DATE_ISO_LENGTH];
  char start_iso[CAREPLAN_DATE_ISO_LENGTH];
  char fourteenth_iso[CAREPLAN_DATE_ISO_LENGTH];
  char sixteenth_iso[CAREPLAN_DATE_ISO_LENGTH];
  char counted_to_iso[CAREPLAN_DATE_ISO_LENGTH];
  Eligibility eligibility;
  const char *anchor_kind;
  CareplanObligation obligation;
  int qualifying = careplan_rule_get_parameter_value (rule, ELIGIBILITY_QUALIFYING_DAYS);

  if (index->periods->len == 0)
    return;

  if (!compute_eligibility (rule, evaluation, &eligibility, &error))
    {
      careplan_obligation_add_unknown (rule, evaluation, "eligible child", "became-looked-after",
                                       g_array_index (index->periods, CareplanPeriodSpan, 0).start,
                                       error->message, findings);
      return;
    }

  careplan_date_format_iso (eligibility.fourteenth, fourteenth_iso);
  careplan_date_format_iso (eligibility.sixteenth, sixteenth_iso);
  careplan_date_format_iso (eligibility.counted_to, counted_to_iso);

  if (eligibility.disqualified_from != CAREPLAN_DATE_NONE)
    {
      g_autofree char *reason = NULL;

      if (evaluation->as_of < eligibility.sixteenth)
        return;
      careplan_date_format_iso (eligibility.disqualified_from, from_iso);
      reason = g_strdup_printf ("short breaks (regulation 48) from %s, after the 14th birthday "
                                "on %s, make the child not an eligible child (regulation 40(2), "
                                "parameter short_breaks 2)", from_iso, fourteenth_iso);
      careplan_obligation_add_not_applicable (rule, evaluation, "eligible child", "became-looked-after",
                                              eligibility.disqualified_from, reason, findings);
      return;
    }

  if (eligibility.count_start == CAREPLAN_DATE_NONE || !eligibility.after_sixteen)
    return;

  anchor_kind = eligibility.count_start == eligibility.fourteenth ? "birthday" : "became-looked-after";
  careplan_date_format_iso (eligibility.count_start, start_iso);

  if (eligibility.eligible_from == CAREPLAN_DATE_NONE)
    {
      g_autofree char *reason = NULL;

      reason = g_strdup_printf ("by %s the child was looked after for %d days from %s, since "
                                "the 14th birthday on %s, fewer than the %d (13 weeks) that make "
                                "a child looked after at 16 or 17 eligible",
                                counted_to_iso, eligibility.days, start_iso, fourteenth_iso, qualifying);
      careplan_obligation_add_not_applicable (rule, evaluation, "eligible child", anchor_kind,
                                              eligibility.count_start, reason, findings);
      return;
    }

  obligation = (CareplanObligation) {
    .what = "eligible child",
    .anchor_kind = "became-eligible",
    .anchor_phrase = "becoming an eligible child",
    .anchor_date = eligibility.eligible_from,
  };
  if (!careplan_obligation_in_force (rule, evaluation, &obligation, findings))
    return;

  careplan_date_format_iso (eligibility.eligible_from, from_iso);
  careplan_finding_array_add_take (findings, rule, child_id, CAREPLAN_FINDING_STATUS_MET,
                                   anchor_kind, eligibility.count_start,
                                   CAREPLAN_DATE_NONE, eligibility.eligible_from,
                                   CAREPLAN_FINDING_NO_DAYS_LATE,
                                   g_strdup_printf ("eligible child from %s: looked "
                                                    "after for %d days (13 weeks) "
                                                    "counted from %s, since the 14th "
                                                    "birthday on %s, and looked after "
                                                    "after the 16th birthday on %s",
                                                    from_iso, qualifying, start_iso,
                                                    fourteenth_iso, sixteenth_iso));
}

static const CareplanRuleDefinition eligible_child_rule = {
  .id = "cppcr-2010.reg40.eligible-child", .source = &cppcr_2010,
  .title = "Eligible child: looked after for 13 weeks since age 14 and after the 16th birthday",
  .provision = "regulation 40", .url = CPPCR_2010_REG_40_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (ELIGIBILITY_PARAMETERS),
  .evaluate = eligible_child,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg42.eligible-needs-assessment
 *
 * "The responsible authority must complete the assessment of C's needs …
 * not more than three months after the date on which C reaches the age
 * of 16 or becomes an eligible child after that age." — CONFIRMED-PRIMARY.
 * The anchor is the day the child became eligible, which is the 16th
 * birthday for a child already eligible then (worked example 9: 31 Aug
 * 2025 → 30 Nov 2025; example 10: 15 Apr 2024 → 15 Jul 2024).  The
 * assessment is owed while the child is eligible: it lapses when the
 * child leaves care or turns 18 before it falls due (a relevant child's
 * assessment is then clr-2010.reg5's).  The record's one needs-assessment
 * date counts whenever it was made, up to that end.
 *
 * A row anchored on eligibility (CAREPLAN_OBLIGATION_PER_ELIGIBILITY),
 * which compute_eligibility() works out as for reg 40's own rule.
 */
static const CareplanRuleDefinition eligible_needs_assessment_rule = {
  .id = "cppcr-2010.reg42.eligible-needs-assessment", .source = &cppcr_2010,
  .title = "Eligible child's needs assessment within 3 months of 16, or of becoming eligible after",
  .provision = "regulation 42(1)",
  .url = "https://www.legislation.gov.uk/uksi/2010/959/regulation/42/made",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    ELIGIBILITY_PARAMETERS,
    { "within", 3, CAREPLAN_TIME_UNIT_MONTHS,
      "months after the 16th birthday, or becoming eligible after it, by which the needs "
      "assessment is complete" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_ELIGIBILITY,
    .what = "needs assessment", .within = "within", .done_verb = "assessed",
    .met_by_care_leaver = CAREPLAN_OBLIGATION_CARE_LEAVER_NEEDS_ASSESSMENT,
  },
};

/* ---------------------------------------------------------------------
 * clr-2010.reg5.relevant-needs-assessment
 *
 * "(2) The assessment of needs must be completed— (a) in the case of a
 * relevant child who does not already have a pathway plan, not more than
 * three months after the date on which the child becomes a relevant
 * child" — CONFIRMED-PRIMARY.  A relevant child (CA 1989 s23A) is 16 or
 * 17, not looked after, and was eligible before last ceasing to be: the
 * child becomes relevant on the day care ends after becoming eligible,
 * before the 18th birthday.  A pathway plan dated on or before that day
 * means the rule does not apply (worked example 9).  The relevant child's
 * time ends at 18 or on coming back into care, and an assessment not due
 * by then lapses.  An assessment already made while the child was
 * eligible counts (the record holds one needs-assessment date).  Para
 * (2)(b), a former relevant child returning to education (s23CA), is not
 * in the record and not encoded.
 */
/* Not a row: owed from the day the child becomes a relevant child (care
 * ending after eligibility, before 18), not at all when a pathway plan was
 * made by then, and lapsing at 18 or on coming back into care. */
static void
relevant_needs_assessment (CareplanRule             *rule,
                           const CareplanEvaluation *evaluation,
                           CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *plans = index->events[CAREPLAN_EVENT_KIND_PATHWAY_PLAN];
  Eligibility eligibility;
  guint p;

  if (index->periods->len == 0 ||
      !compute_eligibility (rule, evaluation, &eligibility, NULL) ||
      eligibility.eligible_from == CAREPLAN_DATE_NONE)
    return;

  for (p = eligibility.eligible_period; p < index->periods->len; p++)
    {
      const CareplanPeriodSpan *span = &g_array_index (index->periods, CareplanPeriodSpan, p);
      CareplanObligation obligation;
      CareplanScope scope;
      CareplanDate left = span->end;
      guint k;

      if (left == CAREPLAN_DATE_NONE || left >= eligibility.eighteenth)
        break;
      if (span->short_break)
        continue;

      scope = (CareplanScope) {
        .start = left,
        .end = eligibility.eighteenth,
        .end_exclusive = TRUE,
        .noun = "time as a relevant child",
      };
      if (p + 1 < index->periods->len &&
          g_array_index (index->periods, CareplanPeriodSpan, p + 1).start < scope.end)
        {
          scope.end = g_array_index (index->periods, CareplanPeriodSpan, p + 1).start;
          scope.noun = "time out of care as a relevant child";
        }

      obligation = (CareplanObligation) {
        .what = "needs assessment",
        .done_verb = "assessed",
        .anchor_kind = "became-relevant",
        .anchor_phrase = "becoming a relevant child (leaving care at 16 or 17)",
        .anchor_date = left,
        .count = careplan_rule_get_parameter_value (rule, N_ELIGIBILITY_PARAMETERS),
        .unit = CAREPLAN_TIME_UNIT_MONTHS,
      };

      k = careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, left + 1);
      if (k > 0)
        {
          g_autofree char *reason = NULL;
          char plan_iso[CAREPLAN_DATE_ISO_LENGTH];
          char left_iso[CAREPLAN_DATE_ISO_LENGTH];

          if (!careplan_obligation_in_force (rule, evaluation, &obligation, findings))
            continue;
          careplan_date_format_iso (careplan_event_get_date (g_ptr_array_index (plans, k - 1)), plan_iso);
          careplan_date_format_iso (left, left_iso);
          reason = g_strdup_printf ("the young person already had a pathway plan (dated %s) on "
                                    "becoming a relevant child on %s", plan_iso, left_iso);
          careplan_obligation_add_not_applicable (rule, evaluation, "needs assessment", "became-relevant",
                                                  left, reason, findings);
          continue;
        }

      careplan_obligation_evaluate (rule, evaluation, &obligation, &scope,
                                    careplan_obligation_care_leaver_date (evaluation,
                                                                          CAREPLAN_OBLIGATION_CARE_LEAVER_NEEDS_ASSESSMENT,
                                                                          &scope),
                                    findings);
    }
}

static const CareplanRuleDefinition relevant_needs_assessment_rule = {
  .id = "clr-2010.reg5.relevant-needs-assessment", .source = &clr_2010,
  .title = "Relevant child without a pathway plan: needs assessment within 3 months of "
           "becoming relevant",
  .provision = "regulation 5(2)(a)", .url = CLR_2010_REG_5_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    ELIGIBILITY_PARAMETERS,
    { "within", 3, CAREPLAN_TIME_UNIT_MONTHS,
      "months after becoming a relevant child by which the needs assessment is complete" }),
  .evaluate = relevant_needs_assessment,
};

/* ---------------------------------------------------------------------
 * clr-2010.reg7.pathway-plan-review
 *
 * Pathway plans of relevant and former relevant children are reviewed "in
 * any event at intervals of not more than six months" — CONFIRMED-SECONDARY
 * (the English wording was not read).  The young person must have been
 * eligible before last leaving care; while still looked after the plan is
 * reviewed with the child's reviews (CPPCR), so the rule starts when care
 * ends: the last plan on or before that day, and each plan after it,
 * makes the next due.  A former relevant child's duties end at 21
 * (`until_age`); a request for support at 21 to 24 (s23CZB, which brings
 * a pathway plan) starts reviews again from the first plan after it, to
 * 25.  The s23CA extension for education or training is not in the
 * record.
 */
/* Not a row: the reviews start when care ends (from the last plan by then)
 * for a young person eligible before leaving, end at `until_age`, and start
 * again from a request for support at 21 to 24. */
static void
pathway_plan_review (CareplanRule             *rule,
                     const CareplanEvaluation *evaluation,
                     CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *plans = index->events[CAREPLAN_EVENT_KIND_PATHWAY_PLAN];
  CareplanCareLeaver *care_leaver = careplan_child_get_care_leaver (evaluation->child);
  g_autoptr(GError) error = NULL;
  const CareplanPeriodSpan *last_period = NULL;
  Eligibility eligibility;
  CareplanScope scope;
  CareplanChain chain;
  CareplanDate left;
  CareplanDate until;
  CareplanDate twenty_fifth;
  CareplanDate requested;
  guint until_age;
  guint k;
  guint p;

  if (plans->len == 0)
    return;

  for (p = index->periods->len; p > 0; p--)
    {
      if (!g_array_index (index->periods, CareplanPeriodSpan, p - 1).short_break)
        {
          last_period = &g_array_index (index->periods, CareplanPeriodSpan, p - 1);
          break;
        }
    }

  if (last_period == NULL)
    {
      careplan_obligation_add_unknown (rule, evaluation, "pathway plan review", "pathway-plan",
                                       careplan_event_get_date (g_ptr_array_index (plans, 0)),
                                       "no period of care is recorded, so whether the young "
                                       "person is a relevant or former relevant child is not known",
                                       findings);
      return;
    }

  /* Still looked after: an eligible child, whose plan is reviewed with
   * the child's reviews. */
  if (last_period->end == CAREPLAN_DATE_NONE)
    return;
  left = last_period->end;

  if (!compute_eligibility (rule, evaluation, &eligibility, &error))
    {
      careplan_obligation_add_unknown (rule, evaluation, "pathway plan review", "left-care", left,
                                       error->message, findings);
      return;
    }

  if (eligibility.eligible_from == CAREPLAN_DATE_NONE || eligibility.eligible_from >= left)
    {
      g_autofree char *reason = NULL;
      char left_iso[CAREPLAN_DATE_ISO_LENGTH];

      careplan_date_format_iso (left, left_iso);
      reason = g_strdup_printf ("the young person was not an eligible child before leaving care "
                                "on %s (%d days looked after since the 14th birthday), so is not a "
                                "relevant or former relevant child", left_iso, eligibility.days);
      careplan_obligation_add_not_applicable (rule, evaluation, "pathway plan review", "left-care", left,
                                              reason, findings);
      return;
    }

  until_age = (guint) careplan_rule_get_parameter_value (rule, N_ELIGIBILITY_PARAMETERS + 1);
  until = careplan_date_get_birthday (careplan_child_get_date_of_birth (evaluation->child),
                                      until_age, evaluation->leap_day_policy);
  twenty_fifth = careplan_date_get_birthday (careplan_child_get_date_of_birth (evaluation->child),
                                             25, evaluation->leap_day_policy);

  scope = (CareplanScope) {
    .start = left,
    .end = until,
    .end_exclusive = TRUE,
    .noun = "former relevant child's pathway plan duty",
  };
  /* The last plan made before leaving care is the first anchor. */
  k = careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, left + 1);
  chain = (CareplanChain) {
    .what = "pathway plan review",
    .done_verb = "reviewed",
    .anchor_kind = "pathway-plan",
    .anchor_phrase = "the pathway plan",
    .count = careplan_rule_get_parameter_value (rule, N_ELIGIBILITY_PARAMETERS),
    .unit = CAREPLAN_TIME_UNIT_MONTHS,
    .events = plans,
    .first = k > 0 ? k - 1 : k,
    .last = careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_PATHWAY_PLAN,
                                             until != CAREPLAN_DATE_NONE ? until : G_MAXUINT32),
  };
  chain.end = chain.last;
  chain.first = MIN (chain.first, chain.last);
  if (until == CAREPLAN_DATE_NONE || left < until)
    careplan_obligation_walk_chain (rule, evaluation, &chain, &scope, findings);

  /* s23CZB: a former relevant child who asks for support at 21 to 24 is
   * given a pathway plan, reviewed as any other, to 25. */
  requested = care_leaver != NULL
                ? careplan_evaluation_seen (evaluation, careplan_care_leaver_get_support_requested (care_leaver), 0)
                : CAREPLAN_DATE_NONE;
  if (requested == CAREPLAN_DATE_NONE || until == CAREPLAN_DATE_NONE || twenty_fifth == CAREPLAN_DATE_NONE ||
      requested < until || requested >= twenty_fifth)
    return;

  scope = (CareplanScope) {
    .start = requested,
    .end = twenty_fifth,
    .end_exclusive = TRUE,
    .noun = "support asked for under section 23CZB",
  };
  chain.first = careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, requested);
  chain.last = careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, twenty_fifth);
  chain.end = chain.last;
  chain.first = MIN (chain.first, chain.last);
  careplan_obligation_walk_chain (rule, evaluation, &chain, &scope, findings);
}

static const CareplanRuleDefinition pathway_plan_review_rule = {
  .id = "clr-2010.reg7.pathway-plan-review", .source = &clr_2010,
  .title = "Pathway plan reviewed at intervals of not more than six months",
  .provision = "regulation 7", .url = "https://www.legislation.gov.uk/uksi/2010/2571/regulation/7",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    ELIGIBILITY_PARAMETERS,
    { "interval", 6, CAREPLAN_TIME_UNIT_MONTHS,
      "months after each pathway plan or review by which the next review is due" },
    { "until_age", 21, CAREPLAN_TIME_UNIT_COUNT,
      "age at which a former relevant child's pathway plan reviews end (s23C), unless the young "
      "person asks for support under s23CZB, which runs them to 25" }),
  .evaluate = pathway_plan_review,
};

/* ---------------------------------------------------------------------
 * clr-2010.reg8-2a.first-pa-visit, clr-2010.reg8-2c.pa-visits-two-monthly
 *
 * "the personal adviser must visit the relevant child or former relevant
 * child at that accommodation— within 7 days of the accommodation first
 * being provided, subsequently, before the pathway plan is reviewed under
 * regulation 7(3), and at subsequent intervals of not more than two
 * months." — CONFIRMED-PRIMARY.  Two months by the corresponding-date
 * rule, not 8 weeks (worked example 9: 31 Dec 2025 → 28 Feb 2026).  The
 * trigger is the record's `accommodation_from` (accommodation the
 * authority provides under s23B or s24B), whose end the record does not
 * hold: the visits are checked up to `until_age`.  Para (2)(b), a visit
 * before each pathway plan review, is clr-2010.reg8-2b.pa-visit-before-
 * review below.
 */
static const CareplanRuleDefinition first_pa_visit = {
  .id = "clr-2010.reg8-2a.first-pa-visit", .source = &clr_2010,
  .title = "Personal adviser visits the young person at the authority's accommodation within 7 days",
  .provision = "regulation 8(2)(a)", .url = CLR_2010_REG_8_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "within", 7, CAREPLAN_TIME_UNIT_DAYS,
      "days after the authority first provides accommodation by which the personal adviser "
      "visits the young person there" },
    { "until_age", 21, CAREPLAN_TIME_UNIT_COUNT,
      "age up to which the visits are checked, the record holding no end of the accommodation "
      "(UNCONFIRMED: 21 ends former relevant status, s23C; 25 where the authority's duties run "
      "on under s23CA or s23CZB)" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_ACCOMMODATION, .until_age = "until_age",
    .anchor_phrase = "the accommodation being first provided",
    .scope_noun = "personal adviser's visiting duty",
    .what = "first personal adviser visit", .within = "within",
    .met_by = CAREPLAN_EVENT_KIND_PA_VISIT, .done_verb = "visited",
  },
};

static const CareplanRuleDefinition pa_visits = {
  .id = "clr-2010.reg8-2c.pa-visits-two-monthly", .source = &clr_2010,
  .title = "Personal adviser visits at the accommodation at intervals of not more than two months",
  .provision = "regulation 8(2)(c)", .url = CLR_2010_REG_8_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "interval", 2, CAREPLAN_TIME_UNIT_MONTHS,
      "months after each personal adviser visit at the accommodation by which the next is due" },
    { "until_age", 21, CAREPLAN_TIME_UNIT_COUNT,
      "age up to which the visits are checked, the record holding no end of the accommodation "
      "(UNCONFIRMED: 21 ends former relevant status, s23C; 25 where the authority's duties run "
      "on under s23CA or s23CZB); keep equal to that of clr-2010.reg8-2a.first-pa-visit" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_ACCOMMODATION, .until_age = "until_age",
    .anchor_phrase = "the accommodation being first provided",
    .scope_noun = "personal adviser's visiting duty",
    .every_what = "personal adviser visit", .every = "interval",
    .every_anchor_phrase = "the personal adviser's visit",
    .met_by = CAREPLAN_EVENT_KIND_PA_VISIT, .done_verb = "visited",
  },
};

/* ---------------------------------------------------------------------
 * clr-2010.reg8-2b.pa-visit-before-review
 *
 * "(b) subsequently, before the pathway plan is reviewed under regulation
 * 7(3)," (reg 8(2), as made) — CONFIRMED-PRIMARY.  For each review of the
 * pathway plan (each `pathway_plans[]` entry after the first) dated from
 * the day the authority first provided the accommodation, the personal
 * adviser visits before it.  Records hold dates only: by default the
 * visit must be dated before the review's day (`days_before` 1); 0 also
 * accepts a visit the same day.  Which visit counts is not settled by
 * the text: by default (`since_previous_review` 1) one made since the
 * previous plan or review, so that each review is prepared by its own
 * visit; 0 accepts any visit since the accommodation began.  A visit
 * after the review is `met-late`.  A row: no code of its own.
 */
static const CareplanRuleDefinition pa_visit_before_review = {
  .id = "clr-2010.reg8-2b.pa-visit-before-review", .source = &clr_2010,
  .title = "Personal adviser visits the young person at the accommodation before each review "
           "of the pathway plan",
  .provision = "regulation 8(2)(b)", .url = CLR_2010_REG_8_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "days_before", 1, CAREPLAN_TIME_UNIT_DAYS,
      "days before the pathway plan review's date by which the personal adviser visits: 1, the "
      "default, reads \"before the pathway plan is reviewed\" with date-only records as a visit "
      "dated before the review's day; 0 also accepts one the same day" },
    { "since_previous_review", 1, CAREPLAN_TIME_UNIT_COUNT,
      "which visit counts (UNCONFIRMED, the text does not settle it): 1, the default, one made "
      "on or after the previous pathway plan or review, so that each review has its own visit; "
      "0, any visit since the accommodation was first provided" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_EVENT,
    .anchor_event = CAREPLAN_EVENT_KIND_PATHWAY_PLAN, .anchor_from = 1,
    .anchor_phrase = "the pathway plan review", .scope_noun = "pathway plan review",
    .while_accommodated = TRUE,
    .what = "personal adviser visit", .before = "days_before", .since = "since_previous_review",
    .met_by = CAREPLAN_EVENT_KIND_PA_VISIT, .done_verb = "visited",
  },
};

/* ---------------------------------------------------------------------
 * ca1989.s23CZB.pa-to-25
 *
 * "(3) The local authority must provide the former relevant child with a
 * personal adviser until the former relevant child— (a) reaches the age
 * of 25, or (b) if earlier, informs the local authority that he or she no
 * longer wants a personal adviser." — CONFIRMED-PRIMARY; in force from
 * 1 April 2018 (CONFIRMED-SECONDARY).  The trigger is the record's
 * `support_requested`, made at 21 to 24.  The section sets no time for
 * providing the adviser: `within` (UNCONFIRMED) gives one.  An adviser in
 * place on or before the request meets it, unless the young person had
 * declined the adviser since.  Declining the adviser before one was due,
 * or reaching 25, ends the duty (the obligation lapses).  The record
 * holds no end of an adviser's appointment, so only the provision of one
 * is checked, not its continuance to 25.
 */
static const CareplanParameterSpec pa_to_25_parameters[] = {
  { "within", 28, CAREPLAN_TIME_UNIT_DAYS,
    "days after a former relevant child aged 21 to 24 asks for support by which a personal "
    "adviser is provided (UNCONFIRMED: section 23CZB sets no time; 0 requires an adviser on "
    "the day of the request)" },
};

/* Not a row: owed from a request for support between 21 and 25, met by an
 * adviser in place on or before it unless declined since, and ended by
 * declining or by the 25th birthday. */
static void
pa_to_25 (CareplanRule             *rule,
          const CareplanEvaluation *evaluation,
          CareplanFindingArray     *findings)
{
  CareplanCareLeaver *care_leaver = careplan_child_get_care_leaver (evaluation->child);
  CareplanDate date_of_birth = careplan_child_get_date_of_birth (evaluation->child);
  CareplanObligation obligation;
  CareplanScope scope;
  CareplanDate requested;
  CareplanDate declined;
  CareplanDate adviser;
  CareplanDate twenty_fifth;
  int age;

  if (care_leaver == NULL)
    return;
  requested = careplan_evaluation_seen (evaluation, careplan_care_leaver_get_support_requested (care_leaver), 0);
  if (requested == CAREPLAN_DATE_NONE)
    return;

  obligation = (CareplanObligation) {
    .what = "personal adviser",
    .done_verb = "adviser from",
    .anchor_kind = "support-requested",
    .anchor_phrase = "the request for support",
    .anchor_date = requested,
    .count = careplan_rule_get_parameter_value (rule, 0),
    .unit = pa_to_25_parameters[0].unit,
  };
  if (!careplan_obligation_in_force (rule, evaluation, &obligation, findings))
    return;

  if (!careplan_date_is_valid (date_of_birth) || date_of_birth > requested)
    {
      careplan_obligation_add_unknown (rule, evaluation, "personal adviser", "support-requested", requested,
                                       "the young person's date of birth is not recorded, so "
                                       "whether the request was made at 21 to 24 is not known", findings);
      return;
    }

  age = careplan_date_get_age_on (date_of_birth, requested, evaluation->leap_day_policy);
  if (age < 21 || age >= 25)
    {
      g_autofree char *reason = NULL;
      char requested_iso[CAREPLAN_DATE_ISO_LENGTH];

      careplan_date_format_iso (requested, requested_iso);
      reason = g_strdup_printf ("the young person was aged %d on asking for support on %s; "
                                "section 23CZB covers former relevant children aged 21 to 24",
                                age, requested_iso);
      careplan_obligation_add_not_applicable (rule, evaluation, "personal adviser", "support-requested",
                                              requested, reason, findings);
      return;
    }

  twenty_fifth = careplan_date_get_birthday (date_of_birth, 25, evaluation->leap_day_policy);
  declined = careplan_evaluation_seen (evaluation, careplan_care_leaver_get_adviser_declined (care_leaver), 0);
  adviser = careplan_evaluation_seen (evaluation, careplan_care_leaver_get_personal_adviser_from (care_leaver),
                                      0);

  scope = (CareplanScope) {
    .start = requested,
    .end = twenty_fifth,
    .end_exclusive = TRUE,
    .noun = "duty to provide a personal adviser",
  };
  /* Declining the adviser after asking ends the duty that day. */
  if (declined != CAREPLAN_DATE_NONE && declined >= requested && declined < scope.end)
    {
      scope.end = declined;
      scope.end_exclusive = FALSE;
    }
  /* An adviser appointed before a decline that came before the request
   * is not in place any more. */
  if (adviser != CAREPLAN_DATE_NONE && declined != CAREPLAN_DATE_NONE &&
      declined < requested && adviser <= declined)
    adviser = CAREPLAN_DATE_NONE;
  if (!careplan_scope_holds_by_end (&scope, adviser))
    adviser = CAREPLAN_DATE_NONE;

  careplan_obligation_evaluate (rule, evaluation, &obligation, &scope, adviser, findings);
}

static const CareplanRuleDefinition pa_to_25_rule = {
  .id = "ca1989.s23CZB.pa-to-25", .source = &ca_1989,
  .title = "Personal adviser to 25 for a former relevant child who asks for support at 21 to 24",
  .provision = "section 23CZB(3)",
  .url = "https://www.legislation.gov.uk/ukpga/1989/41/section/23CZB",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETER_ARRAY (pa_to_25_parameters),
  .evaluate = pa_to_25,
};

CareplanRuleFamily careplan_rules_care_leavers = {
  &eligible_child_rule, &eligible_needs_assessment_rule, &relevant_needs_assessment_rule,
  &pathway_plan_review_rule, &first_pa_visit, &pa_visit_before_review, &pa_visits,
  &pa_to_25_rule, NULL,
};
