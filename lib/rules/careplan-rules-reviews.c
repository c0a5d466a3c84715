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

/* Regulation 33 as made.  The catalogue read it on the Part 6 page of the
 * site's Welsh-language interface (the English regulations all the same);
 * cite the canonical English address of the regulation itself. */
#define CPPCR_2010_PART_6_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/33/made"

/* Short breaks under reg 48 have their own review timetable
 * (cppcr-2010.reg48.reviews); reg 33 says nothing about them. */
#define SHORT_BREAK_REASON "whose reviews follow regulation 48"

static const CareplanRuleSource cppcr_2010 = {
  .family = "reviews", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CPPCR_2010, .in_force_from = CAREPLAN_CPPCR_2010_IN_FORCE,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg33-1.first-review
 *
 * "33.—(1) The responsible authority must first review C's case within 20
 * working days of the date on which C becomes looked after."
 * (as made, read at the URL below) — CONFIRMED-PRIMARY.
 * The day C becomes looked after (the DECOM of the `S` episode) is not
 * counted (docs/rules.md: "within N working days of X" excludes X).
 */
static const CareplanRuleDefinition first_review = {
  .id = "cppcr-2010.reg33-1.first-review", .source = &cppcr_2010,
  .title = "First review within 20 working days of becoming looked after",
  .provision = "regulation 33(1)", .url = CPPCR_2010_PART_6_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after becoming looked after by which the first review is due" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PERIOD,
    .what = "first review", .within = "working_days",
    .met_by = CAREPLAN_EVENT_KIND_REVIEW, .done_verb = "held",
    .short_breaks = SHORT_BREAK_REASON,
  },
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
static const CareplanRuleDefinition second_review = {
  .id = "cppcr-2010.reg33-2.second-review", .source = &cppcr_2010,
  .title = "Second review not more than three months after the first",
  .provision = "regulation 33(2)", .url = CPPCR_2010_PART_6_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "interval", 3, CAREPLAN_TIME_UNIT_MONTHS,
      "months after the first review by which the second review is due" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PERIOD,
    .every_what = "second review", .every = "interval", .every_anchor_phrase = "the first review",
    .every_from = 0, .every_count = 1,
    .met_by = CAREPLAN_EVENT_KIND_REVIEW, .done_verb = "held",
    .short_breaks = SHORT_BREAK_REASON,
  },
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
static const CareplanRuleDefinition subsequent_reviews = {
  .id = "cppcr-2010.reg33-2.subsequent-reviews", .source = &cppcr_2010,
  .title = "Subsequent reviews at intervals of not more than six months",
  .provision = "regulation 33(2)", .url = CPPCR_2010_PART_6_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "interval", 6, CAREPLAN_TIME_UNIT_MONTHS,
      "months after each review from the second on by which the next is due" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PERIOD,
    .every_what = "review", .every = "interval", .every_anchor_phrase = "the review",
    .every_from = 1,
    .met_by = CAREPLAN_EVENT_KIND_REVIEW, .done_verb = "held",
    .short_breaks = SHORT_BREAK_REASON,
  },
};

CareplanRuleFamily careplan_rules_reviews = {
  &first_review, &second_review, &subsequent_reviews, NULL,
};
