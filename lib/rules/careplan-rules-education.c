/* careplan-rules-education.c: the personal education plan (PEP)
 *
 * The 2018 statutory guidance on the education of looked-after children:
 * a PEP initiated within 10 working days of becoming looked after, ready
 * for the first review (20 working days), then reviewed every school
 * term.  PEPs run per period of care (the PEP is part of the care plan,
 * CPPCR reg 5), and a series of short breaks has a short-break care plan
 * instead (reg 48), so no PEP rule applies to one.  The record holds one
 * date per PEP (`education_plans[]`, of kind `initial` or `review`): the
 * date the plan existed, which is taken both as its initiation and as its
 * completion.  PEP initiation and the PEP for the first review are rows
 * (CareplanObligationSpec, bounded by the child's age on becoming looked
 * after) that careplan-obligation.c interprets; the termly reviews are a
 * function (why: below).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

#define EDUCATION_GUIDANCE_2018 \
  "Promoting the education of looked-after children and previously looked-after children " \
  "(statutory guidance, DfE, February 2018)"
/* The catalogue read the guidance in a transcript; this is its gov.uk
 * page, which gives 26 February 2018 for the current guidance (it
 * replaced the July 2014 guidance). */
#define EDUCATION_GUIDANCE_2018_URL \
  "https://www.gov.uk/government/publications/promoting-the-education-of-looked-after-children"
#define EDUCATION_GUIDANCE_2018_SECTION "section \"Initiating, developing and reviewing the PEP\""

/* The ages the PEP rules cover (UNCONFIRMED; docs/rules.md): from early years at 3
 * to the end of the school year in which the child turns 18 — that is,
 * every looked-after child aged 17 or under. */
#define AGE_PARAMETERS \
  { "min_age", 3, CAREPLAN_TIME_UNIT_COUNT, \
    "youngest age, in whole years, for which a PEP is required (UNCONFIRMED: 3 for early " \
    "years education, as most authorities' policies; 5 would cover compulsory school age " \
    "only)" }, \
  { "max_age", 17, CAREPLAN_TIME_UNIT_COUNT, \
    "oldest age, in whole years, for which a PEP is required (UNCONFIRMED: the guidance runs " \
    "to the end of the school year in which the child turns 18, so every looked-after child " \
    "of 17; 15 would stop at the end of compulsory school age)" }

/* Why reg 48 short breaks are outside this family, for its not-applicable findings. */
#define SHORT_BREAK_REASON "whose short-break care plan replaces the care plan and its PEP (regulation 48)"

static const CareplanRuleSource education_guidance_2018 = {
  .family = "education", .kind = CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE,
  .instrument = EDUCATION_GUIDANCE_2018, .in_force_from = "2018-02-26",
};

/* The first PEP in @scope dated on or after @from. */
static CareplanDate
first_plan_in (const CareplanChildIndex *index,
               const CareplanScope      *scope,
               CareplanDate              from)
{
  CareplanScope window = *scope;
  guint first;
  guint last;

  window.start = MAX (from, scope->start);
  careplan_scope_find_events (&window, index, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, &first, &last);

  return first < last ? careplan_event_get_date (g_ptr_array_index (index->events[CAREPLAN_EVENT_KIND_EDUCATION_PLAN], first))
                      : CAREPLAN_DATE_NONE;
}

/* ---------------------------------------------------------------------
 * guidance.education-2018.pep-initiation
 *
 * "on becoming looked-after a PEP must be initiated by the Social Worker
 * (within 10 working days)" (an authority's reading of the guidance) —
 * CONFIRMED-SECONDARY.  Any PEP, initial or review, dated from becoming
 * looked after counts.  The day of becoming looked after is not counted
 * (docs/rules.md: the day of the event is excluded): worked example 17, 31 Mar 2025 → 14 Apr 2025.  The ages it
 * covers are UNCONFIRMED (parameters), taken on the day the child became
 * looked after; a child who reaches the youngest age later is covered by
 * the termly reviews.
 */
static const CareplanRuleDefinition pep_initiation = {
  .id = "guidance.education-2018.pep-initiation", .source = &education_guidance_2018,
  .title = "Personal education plan initiated within 10 working days of becoming looked after",
  .provision = EDUCATION_GUIDANCE_2018_SECTION, .url = EDUCATION_GUIDANCE_2018_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after becoming looked after by which the PEP is initiated" },
    AGE_PARAMETERS),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PERIOD,
    .min_age = "min_age", .max_age = "max_age", .ages_of = "PEP",
    .what = "PEP", .within = "working_days",
    .met_by = CAREPLAN_EVENT_KIND_EDUCATION_PLAN, .done_verb = "PEP dated",
    .short_breaks = SHORT_BREAK_REASON,
  },
};

/* ---------------------------------------------------------------------
 * guidance.education-2018.pep-for-first-review
 *
 * "completed within 20 working days to inform the first review meeting"
 * (same source) — CONFIRMED-SECONDARY.  The catalogue gives this timescale
 * under pep-initiation; it is a rule of its own so that a PEP started on
 * time but finished late (or the reverse) is visible.  With one date per
 * PEP, the first PEP of the period satisfies both rules when it is dated
 * within 10 working days.
 */
static const CareplanRuleDefinition pep_for_first_review = {
  .id = "guidance.education-2018.pep-for-first-review", .source = &education_guidance_2018,
  .title = "Personal education plan complete for the first review, within 20 working days "
           "of becoming looked after",
  .provision = EDUCATION_GUIDANCE_2018_SECTION, .url = EDUCATION_GUIDANCE_2018_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after becoming looked after by which the PEP is complete, in time for the "
      "first review" },
    AGE_PARAMETERS),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PERIOD,
    .min_age = "min_age", .max_age = "max_age", .ages_of = "PEP",
    .what = "PEP for the first review", .within = "working_days",
    .met_by = CAREPLAN_EVENT_KIND_EDUCATION_PLAN, .done_verb = "PEP dated",
    .short_breaks = SHORT_BREAK_REASON,
  },
};

/* ---------------------------------------------------------------------
 * guidance.education-2018.pep-review-termly
 *
 * "and then reviewed termly" — CONFIRMED-SECONDARY.  Term dates are local
 * (a school's or an authority's), so they are parameters; the defaults
 * are three English terms of fixed dates: autumn from 1 September,
 * spring from 1 January, summer from 1 April (the summer term really
 * starts after the Easter holidays, which move; a fixed date keeps the
 * default the same every year) to 31 July.  Each term ends the day
 * before the next begins; August belongs to no term.
 *
 * Every term that begins while the child is looked after (and of PEP age
 * on its first day) needs a PEP dated in it, due by its last day.  The
 * term in which a child becomes looked after is left to the initiation
 * rule.  Any PEP counts, the initial one too: the guidance asks for a
 * PEP in each term, not for two in the first.  One review per term: a PEP
 * held in a later term is that term's review and cannot also make up for
 * an earlier term that had none, which stays `overdue` (not `met-late`;
 * a PEP in the summer holidays, in no term, is the summer term's, late);
 * a term left unmet when the period of care ends before its last day
 * lapses.  "Before each
 * statutory review" is UNCONFIRMED wording and not encoded.
 */
enum
{
  TERMLY_AUTUMN_START,
  TERMLY_SPRING_START,
  TERMLY_SUMMER_START,
  TERMLY_SUMMER_END,
  TERMLY_MIN_AGE,
  TERMLY_MAX_AGE,
};

typedef enum
{
  TERM_SPRING,
  TERM_SUMMER,
  TERM_AUTUMN,
} Term;

static const char * const term_names[] = { "spring", "summer", "autumn" };
static const char * const term_start_phrases[] = {
  "the start of the spring term", "the start of the summer term", "the start of the autumn term",
};

/* A MMDD value that is a day of every year (so not 229). */
static gboolean
month_day_is_valid (int month_day)
{
  int month = month_day / 100;
  int day = month_day % 100;

  return month >= 1 && month <= 12 && day >= 1 && day <= careplan_date_get_days_in_month (2001, month);
}

static CareplanDate
month_day_in (int year,
              int month_day)
{
  return careplan_date_new (year, month_day / 100, month_day % 100);
}

/* The first and last day of @term of @year (the autumn term of 2025 ends
 * in 2026). */
static void
term_dates (CareplanRule *rule,
            int           year,
            Term          term,
            CareplanDate *start,
            CareplanDate *end)
{
  int spring = careplan_rule_get_parameter_value (rule, TERMLY_SPRING_START);
  int summer = careplan_rule_get_parameter_value (rule, TERMLY_SUMMER_START);
  int summer_end = careplan_rule_get_parameter_value (rule, TERMLY_SUMMER_END);
  int autumn = careplan_rule_get_parameter_value (rule, TERMLY_AUTUMN_START);

  switch (term)
    {
    case TERM_SPRING:
      *start = month_day_in (year, spring);
      *end = careplan_date_add_days (month_day_in (year, summer), -1);
      break;
    case TERM_SUMMER:
      *start = month_day_in (year, summer);
      *end = month_day_in (year, summer_end);
      break;
    case TERM_AUTUMN:
    default:
      *start = month_day_in (year, autumn);
      *end = careplan_date_add_days (month_day_in (year + 1, spring), -1);
      break;
    }
}

static gboolean
terms_are_valid (CareplanRule *rule)
{
  int spring = careplan_rule_get_parameter_value (rule, TERMLY_SPRING_START);
  int summer = careplan_rule_get_parameter_value (rule, TERMLY_SUMMER_START);
  int summer_end = careplan_rule_get_parameter_value (rule, TERMLY_SUMMER_END);
  int autumn = careplan_rule_get_parameter_value (rule, TERMLY_AUTUMN_START);

  return (month_day_is_valid (spring) && month_day_is_valid (summer) &&
          month_day_is_valid (summer_end) && month_day_is_valid (autumn) &&
          spring < summer && summer <= summer_end && summer_end < autumn);
}

/* Terms whose obligations the rule does not apply to come in runs (all
 * terms before the guidance, all terms before the child is 3): one
 * finding says so for each run, as careplan_obligation_walk_chain() does. */
typedef enum
{
  RUN_NONE,
  RUN_NOT_IN_FORCE,
  RUN_AGE,
} Run;

static void
termly_reviews_in_period (CareplanRule             *rule,
                          const CareplanEvaluation *evaluation,
                          const CareplanScope      *scope,
                          CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  CareplanDate last_start;
  Run run = RUN_NONE;
  int year;
  int term;

  /* Terms that begin while the child is looked after, up to the as-of
   * date (nothing later is known). */
  last_start = evaluation->as_of;
  if (scope->end != CAREPLAN_DATE_NONE)
    last_start = MIN (last_start, scope->end_exclusive ? scope->end - 1 : scope->end);

  for (year = careplan_date_get_year (scope->start); year <= careplan_date_get_year (last_start); year++)
    {
      for (term = TERM_SPRING; term <= TERM_AUTUMN; term++)
        {
          const char *anchor_phrase = term_start_phrases[term];
          g_autofree char *reason = NULL;
          CareplanObligation obligation;
          CareplanDate start;
          CareplanDate end;

          term_dates (rule, year, term, &start, &end);
          if (start < scope->start || start > last_start || end == CAREPLAN_DATE_NONE)
            continue;

          obligation = (CareplanObligation) {
            .what = "PEP review",
            .done_verb = "PEP dated",
            .anchor_kind = "term-start",
            .anchor_phrase = anchor_phrase,
            .anchor_date = start,
          };

          if (!careplan_rule_is_in_force_on (rule, start))
            {
              if (run != RUN_NOT_IN_FORCE)
                careplan_obligation_in_force (rule, evaluation, &obligation, findings);
              run = RUN_NOT_IN_FORCE;
              continue;
            }

          switch (careplan_obligation_age_verdict (evaluation,
                                                   careplan_rule_get_parameter_value (rule, TERMLY_MIN_AGE),
                                                   careplan_rule_get_parameter_value (rule, TERMLY_MAX_AGE),
                                                   "PEP", start, anchor_phrase, &reason))
            {
            case CAREPLAN_AGE_IN_RANGE:
              {
                /* One review per term: a PEP held in a later term is
                 * that term's review, and cannot also make up for this
                 * one, which stays overdue.  One in the summer holidays
                 * (in no term) is the summer term's, late. */
                CareplanDate held = first_plan_in (index, scope, start);
                CareplanDate next_start = end + 1;
                CareplanDate next_end;
                CareplanMessage phrase;

                if (term == TERM_SUMMER)
                  term_dates (rule, year, TERM_AUTUMN, &next_start, &next_end);
                if (held != CAREPLAN_DATE_NONE && held >= next_start)
                  held = CAREPLAN_DATE_NONE;
                run = RUN_NONE;
                /* "the last day of the <term> term that began on <start>" */
                careplan_message_init (&phrase);
                careplan_message_add_static (&phrase, "the last day of the ");
                careplan_message_add_static (&phrase, term_names[term]);
                careplan_message_add_static (&phrase, " term that began on ");
                careplan_message_add_date (&phrase, start);
                careplan_obligation_evaluate_due_parts (rule, evaluation, &obligation, end, NULL, &phrase,
                                                        scope, held, findings);
              }
              break;
            case CAREPLAN_AGE_OUT_OF_RANGE:
              if (run != RUN_AGE)
                careplan_obligation_add_not_applicable (findings, rule, careplan_child_get_id (evaluation->child),
                                                        "PEP review", "term-start",
                                                        start, reason);
              run = RUN_AGE;
              break;
            case CAREPLAN_AGE_UNKNOWN:
            default:
              /* Without a date of birth every term is unknown alike: say
               * it once for the period. */
              careplan_obligation_add_unknown (findings, rule, careplan_child_get_id (evaluation->child), "PEP review",
                                   "term-start", start, reason);
              return;
            }
        }
    }
}

/* Not a row: the obligations follow school terms (local term dates), one per
 * term, not a time after an event; a term's review cannot make up for an
 * earlier term. */
static void
pep_review_termly (CareplanRule             *rule,
                   const CareplanEvaluation *evaluation,
                   CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  guint p;

  for (p = 0; p < index->periods->len; p++)
    {
      CareplanScope scope;

      if (careplan_obligation_skip_short_break_period (evaluation, rule, p, "PEP review", SHORT_BREAK_REASON, findings))
        continue;

      careplan_scope_init_period (&scope, index, p);

      if (!terms_are_valid (rule))
        {
          g_autofree char *reason = NULL;

          reason = g_strdup_printf ("the term dates (autumn_start %04d, spring_start %04d, "
                                    "summer_start %04d, summer_end %04d) are not days of the "
                                    "year in the order spring, summer, end of summer, autumn",
                                    careplan_rule_get_parameter_value (rule, TERMLY_AUTUMN_START),
                                    careplan_rule_get_parameter_value (rule, TERMLY_SPRING_START),
                                    careplan_rule_get_parameter_value (rule, TERMLY_SUMMER_START),
                                    careplan_rule_get_parameter_value (rule, TERMLY_SUMMER_END));
          careplan_obligation_add_unknown (findings, rule, careplan_child_get_id (evaluation->child), "PEP review",
                               "became-looked-after", scope.start, reason);
          continue;
        }

      termly_reviews_in_period (rule, evaluation, &scope, findings);
    }
}

static const CareplanRuleDefinition pep_review_termly_rule = {
  .id = "guidance.education-2018.pep-review-termly", .source = &education_guidance_2018,
  .title = "Personal education plan reviewed every school term",
  .provision = EDUCATION_GUIDANCE_2018_SECTION, .url = EDUCATION_GUIDANCE_2018_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "autumn_start", 901, CAREPLAN_TIME_UNIT_MONTH_DAY,
      "first day of the autumn term (MMDD); it runs to the day before the spring term" },
    { "spring_start", 101, CAREPLAN_TIME_UNIT_MONTH_DAY,
      "first day of the spring term (MMDD, on or after 1 January); it runs to the day before "
      "the summer term" },
    { "summer_start", 401, CAREPLAN_TIME_UNIT_MONTH_DAY,
      "first day of the summer term (MMDD; a fixed 1 April by default, as Easter moves; an "
      "authority sets its own term dates)" },
    { "summer_end", 731, CAREPLAN_TIME_UNIT_MONTH_DAY,
      "last day of the summer term (MMDD); the days from it to the autumn term are in no term" },
    AGE_PARAMETERS),
  .evaluate = pep_review_termly,
};

CareplanRuleFamily careplan_rules_education = {
  &pep_initiation, &pep_for_first_review, &pep_review_termly_rule, NULL,
};
