/* careplan-rules-reviews.c: looked-after reviews (CPPCR 2010 reg 33)
 *
 * Reviews run per period of care: a new period (a new `S` episode after a
 * break) restarts the first-review clock, and a review belongs to the
 * period of care whose days hold it.  Each obligation is judged by
 * careplan-obligation.c; this file only says what the obligations are.
 *
 * Sources: statutory-rules.md §2.6 (reg 33) and §2.7 (reg 48).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

#define CPPCR_2010 "Care Planning, Placement and Case Review (England) Regulations 2010"
#define CPPCR_2010_IN_FORCE "2011-04-01"
/* Regulation 33 as made.  The catalogue read it on the Part 6 page of the
 * site's Welsh-language interface (the English regulations all the same);
 * cite the canonical English address of the regulation itself. */
#define CPPCR_2010_PART_6_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/33/made"

/* Short breaks under reg 48 have their own review timetable
 * (cppcr-2010.reg48.reviews); reg 33 says nothing about them. */
#define SHORT_BREAK_REASON "whose reviews follow regulation 48"

/* ---------------------------------------------------------------------
 * cppcr-2010.reg33-1.first-review
 *
 * "33.—(1) The responsible authority must first review C's case within 20
 * working days of the date on which C becomes looked after."
 * (as made, read at the URL below) — CONFIRMED-PRIMARY.
 * The day C becomes looked after (the DECOM of the `S` episode) is not
 * counted (statutory-rules.md §1.2, Dodds v Walker).
 */
static const CareplanParameterSpec first_review_parameters[] = {
  { "working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS,
    "working days after becoming looked after by which the first review is due" },
};

static void
first_review (CareplanRule             *rule,
              const CareplanEvaluation *evaluation,
              GPtrArray                *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  guint p;

  for (p = 0; p < index->periods->len; p++)
    {
      CareplanScope scope;
      CareplanObligation obligation;
      guint first;
      guint last;

      if (careplan_obligation_skip_short_break_period (evaluation, rule, p, "first review", SHORT_BREAK_REASON, findings))
        continue;

      careplan_scope_init_period (&scope, index, p);
      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_REVIEW, &first, &last);

      obligation = (CareplanObligation) {
        .what = "first review",
        .done_verb = "held",
        .anchor_kind = "became-looked-after",
        .anchor_phrase = "becoming looked after",
        .anchor_date = scope.start,
        .count = careplan_rule_get_parameter_value (rule, 0),
        .unit = first_review_parameters[0].unit,
      };
      careplan_obligation_evaluate (rule, evaluation, &obligation, &scope,
                                    first < last ? careplan_event_get_date (g_ptr_array_index (index->events[CAREPLAN_EVENT_KIND_REVIEW], first))
                                                 : CAREPLAN_DATE_NONE,
                                    findings);
    }
}

/* ---------------------------------------------------------------------
 * cppcr-2010.reg33-2.second-review
 *
 * "(2) The second review must be carried out not more than three months
 * after the first," — CONFIRMED-PRIMARY.  The clock runs from the actual
 * date of the first review, by the corresponding-date rule (31 Aug + 3
 * months = 30 Nov).  Until the first review is held there is no second
 * review obligation: the first-review finding already says what is owed.
 */
static const CareplanParameterSpec second_review_parameters[] = {
  { "interval", 3, CAREPLAN_TIME_UNIT_MONTHS,
    "months after the first review by which the second review is due" },
};

static void
second_review (CareplanRule             *rule,
               const CareplanEvaluation *evaluation,
               GPtrArray                *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  guint p;

  for (p = 0; p < index->periods->len; p++)
    {
      CareplanScope scope;
      CareplanChain chain;
      guint first;
      guint last;

      if (careplan_obligation_skip_short_break_period (evaluation, rule, p, "second review", SHORT_BREAK_REASON, findings))
        continue;

      careplan_scope_init_period (&scope, index, p);
      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_REVIEW, &first, &last);

      chain = (CareplanChain) {
        .what = "second review",
        .done_verb = "held",
        .anchor_kind = "review",
        .anchor_phrase = "the first review",
        .count = careplan_rule_get_parameter_value (rule, 0),
        .unit = second_review_parameters[0].unit,
        .events = index->events[CAREPLAN_EVENT_KIND_REVIEW],
        .first = first,
        .last = MIN (first + 1, last),
        .end = last,
      };
      careplan_obligation_walk_chain (rule, evaluation, &chain, &scope, findings);
    }
}

/* ---------------------------------------------------------------------
 * cppcr-2010.reg33-2.subsequent-reviews
 *
 * "and subsequent reviews must be carried out at intervals of not more
 * than six months." — CONFIRMED-PRIMARY.  Each review from the second on
 * starts the next six months from its actual date; an early review
 * (reg 33(3)) restarts the clock too (catalogue's reading, UNCONFIRMED but
 * universal in practice).
 */
static const CareplanParameterSpec subsequent_reviews_parameters[] = {
  { "interval", 6, CAREPLAN_TIME_UNIT_MONTHS,
    "months after each review from the second on by which the next is due" },
};

static void
subsequent_reviews (CareplanRule             *rule,
                    const CareplanEvaluation *evaluation,
                    GPtrArray                *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  guint p;

  for (p = 0; p < index->periods->len; p++)
    {
      CareplanScope scope;
      CareplanChain chain;
      guint first;
      guint last;

      if (careplan_obligation_skip_short_break_period (evaluation, rule, p, "review", SHORT_BREAK_REASON, findings))
        continue;

      careplan_scope_init_period (&scope, index, p);
      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_REVIEW, &first, &last);

      chain = (CareplanChain) {
        .what = "review",
        .done_verb = "held",
        .anchor_kind = "review",
        .anchor_phrase = "the review",
        .count = careplan_rule_get_parameter_value (rule, 0),
        .unit = subsequent_reviews_parameters[0].unit,
        .events = index->events[CAREPLAN_EVENT_KIND_REVIEW],
        .first = MIN (first + 1, last),
        .last = last,
        .end = last,
      };
      careplan_obligation_walk_chain (rule, evaluation, &chain, &scope, findings);
    }
}

static const CareplanRuleDefinition review_definitions[] = {
  {
    .id = "cppcr-2010.reg33-1.first-review",
    .family = "reviews",
    .title = "First review within 20 working days of becoming looked after",
    .kind = CAREPLAN_RULE_KIND_STATUTE,
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .instrument = CPPCR_2010,
    .provision = "regulation 33(1)",
    .url = CPPCR_2010_PART_6_URL,
    .in_force_from = CPPCR_2010_IN_FORCE,
    .parameters = first_review_parameters,
    .n_parameters = G_N_ELEMENTS (first_review_parameters),
    .evaluate = first_review,
  },
  {
    .id = "cppcr-2010.reg33-2.second-review",
    .family = "reviews",
    .title = "Second review not more than three months after the first",
    .kind = CAREPLAN_RULE_KIND_STATUTE,
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .instrument = CPPCR_2010,
    .provision = "regulation 33(2)",
    .url = CPPCR_2010_PART_6_URL,
    .in_force_from = CPPCR_2010_IN_FORCE,
    .parameters = second_review_parameters,
    .n_parameters = G_N_ELEMENTS (second_review_parameters),
    .evaluate = second_review,
  },
  {
    .id = "cppcr-2010.reg33-2.subsequent-reviews",
    .family = "reviews",
    .title = "Subsequent reviews at intervals of not more than six months",
    .kind = CAREPLAN_RULE_KIND_STATUTE,
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .instrument = CPPCR_2010,
    .provision = "regulation 33(2)",
    .url = CPPCR_2010_PART_6_URL,
    .in_force_from = CPPCR_2010_IN_FORCE,
    .parameters = subsequent_reviews_parameters,
    .n_parameters = G_N_ELEMENTS (subsequent_reviews_parameters),
    .evaluate = subsequent_reviews,
  },
};

const CareplanRuleDefinition *
careplan_rules_reviews_get_definitions (guint *n_definitions)
{
  g_return_val_if_fail (n_definitions != NULL, NULL);

  *n_definitions = G_N_ELEMENTS (review_definitions);
  return review_definitions;
}
