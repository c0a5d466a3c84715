/* careplan-rules-missing.c: children missing from home or care (DfE
 * statutory guidance, January 2014)
 *
 * A return interview is owed for each missing episode once the child has
 * returned: its anchor is the return (the episode's end).  The interview
 * is recorded on the episode itself, so the obligation needs no placement
 * or period of care to own it, and it does not lapse when the child
 * leaves care (the guidance covers children missing from home too).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

#define MISSING_GUIDANCE "Statutory guidance on children who run away or go missing from home " \
                         "or care (DfE, January 2014)"
/* The publication page; the catalogue read the guidance only through its
 * contents list and secondary sources. */
#define MISSING_GUIDANCE_URL "https://www.gov.uk/government/publications/children-who-run-away-or-go-missing-from-home-or-care"
/* The catalogue dates the guidance "January 2014" without a day: the rule
 * applies to returns from the first of that month. */
#define MISSING_GUIDANCE_IN_FORCE "2014-01-01"

static const CareplanRuleSource missing_guidance = {
  .family = "missing", .kind = CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE,
  .instrument = MISSING_GUIDANCE, .in_force_from = MISSING_GUIDANCE_IN_FORCE,
};

/* ---------------------------------------------------------------------
 * guidance.missing-2014.return-interview-72h
 *
 * A child who has been missing should be offered an independent return
 * interview within 72 hours of returning to their home or care setting
 * ("Independent return interviews"; paragraph number UNCONFIRMED) —
 * CONFIRMED-SECONDARY.
 *
 * Records hold dates, not times, so 72 hours is read as the catalogue's
 * conservative date-only check: interview date ≤ return date + `days` (3:
 * a return at 21:30 on Fri 14 Nov 2025 is due by Mon 17 Nov 2025).  An
 * interview dated before the return does not count.  An episode still
 * open at the as-of date owes nothing yet (no finding), nor does one whose
 * return is dated before it began (the record's validation reports it).
 *
 * The guidance asks that the interview be *offered*: a child may decline.
 * So with `offered_counts` = 1, an episode recorded as offered
 * (`return_interview_offered` true) with no interview date is `met`, its
 * done date null (the offer's date is not recorded, so its timeliness is
 * taken on trust; the message says so).  An interview date, when present,
 * is always judged on its own.
 *
 * Episodes recorded as away from placement without authorisation (detail
 * `A`) are not "missing": the guidance deals with them separately, and
 * the return interview follows a missing child's being found.  They are
 * `not-applicable` unless `include_away` = 1.
 *
 * A row: the anchor is the episode's end, the interview its own date
 * field, the offer its yes/no fact, code A an excluded sub-kind.
 */
static const CareplanRuleDefinition return_interview_rule = {
  .id = "guidance.missing-2014.return-interview-72h", .source = &missing_guidance,
  .title = "Independent return interview offered within 72 hours of a missing child's return",
  .provision = "independent return interviews (paragraph number unconfirmed)",
  .url = MISSING_GUIDANCE_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "days", 3, CAREPLAN_TIME_UNIT_DAYS,
      "calendar days after the return date by which the return interview is due: 3 is the "
      "catalogue's conservative date-only reading of 72 hours (UNCONFIRMED: the third day "
      "after the return is the day the 72 hours end, whatever the hour of return); 2 accepts "
      "only interviews certainly within 72 hours whatever the hour" },
    { "offered_counts", 1, CAREPLAN_TIME_UNIT_COUNT,
      "1: an interview recorded as offered (return_interview_offered) with no interview date, "
      "as when the child declines, is met, the guidance asking that an interview be offered; "
      "0: only an interview held within the limit meets the rule", 0, 1 },
    { "include_away", 0, CAREPLAN_TIME_UNIT_COUNT,
      "0: episodes of absence without authorisation (missing code A, whereabouts known) are not "
      "applicable, the interview following a missing child's being found; 1: they are checked "
      "as missing episodes are", 0, 1 }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_EVENT, .anchor_event = CAREPLAN_EVENT_KIND_MISSING_EPISODE,
    .anchor_date_of = CAREPLAN_OBLIGATION_EVENT_END, .anchor_kind = "missing-return",
    .anchor_phrase = "the return", .scope_noun = "missing episode",
    .what = "return interview", .within = "days", .done_verb = "held",
    .met_by_own = CAREPLAN_OBLIGATION_EVENT_FIELD, .met_by_field = "return_interview",
    .met_by_flag = "offered_counts",
    .met_by_flag_phrase = "offered, with no interview recorded (declined or not held; the offer's "
                          "date is not recorded)",
    .excluded_sub_kind = "A", .excluded_unless = "include_away",
    .excluded_reason = "the child was away from placement without authorisation (code A), not missing",
  },
};

CareplanRuleFamily careplan_rules_missing = {
  &return_interview_rule, NULL,
};
