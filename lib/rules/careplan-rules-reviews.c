/* careplan-rules-reviews.c: looked-after reviews (CPPCR 2010 reg 33)
 *
 * Reviews run per period of care: a new period (a new `S` episode after a
 * break) restarts the first-review clock, and a review belongs to the
 * period of care whose days hold it.  Each rule is a row
 * (CareplanObligationSpec) that careplan-obligation.c interprets.
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
 * counted (docs/rules.md: "within N working days of X" excludes X).
 */
static const CareplanParameterSpec first_review_parameters[] = {
  { "working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS,
    "working days after becoming looked after by which the first review is due" },
};

static const CareplanObligationSpec first_review = {
  .per = CAREPLAN_OBLIGATION_PER_PERIOD,
  .what = "first review", .within = "working_days",
  .met_by = CAREPLAN_EVENT_KIND_REVIEW, .done_verb = "held",
  .short_breaks = SHORT_BREAK_REASON,
};

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

static const CareplanObligationSpec second_review = {
  .per = CAREPLAN_OBLIGATION_PER_PERIOD,
  .every_what = "second review", .every = "interval", .every_anchor_phrase = "the first review",
  .every_from = 0, .every_count = 1,
  .met_by = CAREPLAN_EVENT_KIND_REVIEW, .done_verb = "held",
  .short_breaks = SHORT_BREAK_REASON,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg33-2.subsequent-reviews
 *
 * "and subsequent reviews must be carried out at intervals of not more
 * than six months." — CONFIRMED-PRIMARY.  Each review from the second on
 * starts the next six months from its actual date; an early review
 * (reg 33(3)) restarts the clock too (a reading, UNCONFIRMED but
 * universal in practice).
 */
static const CareplanParameterSpec subsequent_reviews_parameters[] = {
  { "interval", 6, CAREPLAN_TIME_UNIT_MONTHS,
    "months after each review from the second on by which the next is due" },
};

static const CareplanObligationSpec subsequent_reviews = {
  .per = CAREPLAN_OBLIGATION_PER_PERIOD,
  .every_what = "review", .every = "interval", .every_anchor_phrase = "the review",
  .every_from = 1,
  .met_by = CAREPLAN_EVENT_KIND_REVIEW, .done_verb = "held",
  .short_breaks = SHORT_BREAK_REASON,
};

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
    .spec = &first_review,
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
    .spec = &second_review,
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
    .spec = &subsequent_reviews,
  },
};

const CareplanRuleDefinition *
careplan_rules_reviews_get_definitions (guint *n_definitions)
{
  g_return_val_if_fail (n_definitions != NULL, NULL);

  *n_definitions = G_N_ELEMENTS (review_definitions);
  return review_definitions;
}
