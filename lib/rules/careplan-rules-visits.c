/* careplan-rules-visits.c: social-worker visits (CPPCR 2010 reg 28(2))
 *
 * Visits run per placement: the clocks restart at the start of any
 * placement (a move, RNE P or B, or a new period of care), not at a
 * change of legal status alone (RNE L, T and U continue the placement;
 * the model has already grouped those episodes).  A visit belongs to the
 * placement whose days hold it.  The first visit and the six-weekly
 * visits of the first year are rows (CareplanObligationSpec with
 * `visit_regimes`) that careplan-obligation.c interprets; the visits after
 * the first year are a function (why: below).
 *
 * Paras (3) to (5) of reg 28 replace para (2) where a child is placed
 * with a parent before assessment, with a temporarily approved connected
 * person, or with a parent under an interim or a full care order, and
 * para (3A) replaces para (2)(c) where a child in a long-term placement
 * agrees to fewer visits (careplan-rules-visit-regimes.c).  Visits dated
 * on the days those regimes govern (careplan_visit_regimes_find()) anchor
 * no obligation here, and each of these rules says so with one
 * not-applicable finding per placement, naming the regime; the visits on
 * other days of the placement are judged here as before.  As for the
 * first anniversary, the anchor visit's date decides its regime.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-visit-regimes-private.h"

#define CPPCR_2010_REG_28_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/28/made"

/* Reg 48 replaces reg 28(2) for a series of short breaks. */
#define SHORT_BREAK_REASON "whose visits follow regulation 48"

static const CareplanRuleSource cppcr_2010 = {
  .family = "visits", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CPPCR_2010, .in_force_from = CAREPLAN_CPPCR_2010_IN_FORCE,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg28-2a.first-visit
 *
 * "(a) within one week of the start of any placement," — as made,
 * CONFIRMED-PRIMARY.  One week is 7 calendar days from the start date; a
 * weekend start is not extended (Sat 5 Apr → Sat 12 Apr).
 */
static const CareplanRuleDefinition first_visit = {
  .id = "cppcr-2010.reg28-2a.first-visit", .source = &cppcr_2010,
  .title = "Visit within one week of the start of any placement",
  .provision = "regulation 28(2)(a)", .url = CPPCR_2010_REG_28_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "within", 7, CAREPLAN_TIME_UNIT_DAYS,
      "days after the start of a placement by which the first visit is due" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PLACEMENT, .visit_regimes = TRUE,
    .what = "first visit", .within = "within",
    .met_by = CAREPLAN_EVENT_KIND_VISIT, .done_verb = "visited",
    .short_breaks = SHORT_BREAK_REASON,
  },
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg28-2b.first-year-six-weekly
 *
 * "(b) at intervals of not more than six weeks for the first year of any
 * placement, and" — as made, CONFIRMED-PRIMARY.  Each visit dated up to
 * and on the first anniversary (the last day of the first year) makes the next one due within 42 days of its
 * actual date, even when that falls after the anniversary: the anchor
 * visit's date decides the regime (docs/rules.md).  The first such anchor is the
 * placement's first visit (the one reg 28(2)(a) asks for).
 *
 * `first_year` must agree with that of reg28-2c, or some visits would
 * fall under both rules or neither.  Visits dated in a special regime's
 * window (reg 28(3), (4), (5)) are that regime's anchors.
 */
static const CareplanRuleDefinition first_year_visits = {
  .id = "cppcr-2010.reg28-2b.first-year-six-weekly", .source = &cppcr_2010,
  .title = "Visits at intervals of not more than six weeks in the first year of a placement",
  .provision = "regulation 28(2)(b)", .url = CPPCR_2010_REG_28_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "interval", 42, CAREPLAN_TIME_UNIT_DAYS,
      "days after each visit in the placement's first year by which the next is due" },
    { "first_year", 12, CAREPLAN_TIME_UNIT_MONTHS,
      "months from the start of the placement that make its first year" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PLACEMENT, .visit_regimes = TRUE,
    .every_what = "visit", .every = "interval", .every_anchor_phrase = "the visit",
    .every_until = "first_year",
    .met_by = CAREPLAN_EVENT_KIND_VISIT, .done_verb = "visited",
    .short_breaks = SHORT_BREAK_REASON,
  },
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg28-2c.after-first-year
 *
 * "(c) thereafter— (i) where the placement is intended to last until C is
 * aged 18, at intervals of not more than three months, (ii) and in any
 * other case, at intervals of not more than six weeks."
 *
 * The catalogue read this in the regulation as made (CONFIRMED-PRIMARY),
 * but Part 5 was amended from 1 April 2015 (SI 2015/495) and the current
 * wording of para (2)(c) was not read: it is marked UNCONFIRMED so that
 * nobody mistakes it for checked current law.  Reg 28(3A) (six-monthly
 * visits with the child's agreement) is a separate rule.
 *
 * Each visit dated after the first anniversary makes the next due within
 * 3 months when the placement is long-term on the visit's date (the
 * episode in force that day: its `long_term`, else PLACE U1/U4), else
 * within 42 days.  A designation made or removed later never reaches
 * back to an earlier visit's obligation.  Visits
 * dated in a special regime's window (reg 28(3), (4), (5)), and from the
 * day the child's agreement to fewer visits takes effect (reg 28(3A)),
 * are those regimes' anchors.
 */
static const CareplanParameterSpec after_first_year_parameters[] = {
  { "first_year", 12, CAREPLAN_TIME_UNIT_MONTHS,
    "months from the start of the placement that make its first year" },
  { "interval", 42, CAREPLAN_TIME_UNIT_DAYS,
    "days after each visit by which the next is due, after the first year of a placement "
    "not intended to last until 18" },
  { "interval_long_term", 3, CAREPLAN_TIME_UNIT_MONTHS,
    "months after each visit by which the next is due, after the first year of a placement "
    "intended to last until 18" },
};

/* The visits of [first, last) that anchor obligations of the same
 * regime as the visit @first: the end of the run of visits whose episode
 * in force says the same about the placement being long-term. */
static guint
same_designation_until (const CareplanChildIndex *index,
                        guint                     placement,
                        guint                     first,
                        guint                     last)
{
  GPtrArray *visits = index->events[CAREPLAN_EVENT_KIND_VISIT];
  gboolean long_term = careplan_child_index_long_term_on (index, placement,
                                                          careplan_event_get_date (g_ptr_array_index (visits, first)));
  guint k;

  for (k = first + 1; k < last; k++)
    if (careplan_child_index_long_term_on (index, placement,
                                           careplan_event_get_date (g_ptr_array_index (visits, k))) != long_term)
      break;

  return k;
}

/* Not a row: the interval of each visit's obligation follows the designation
 * (long-term or not) of the episode in force on the visit's day, and reg
 * 28(3A) takes over from the child's agreement. */
static void
after_first_year_visits (CareplanRule             *rule,
                         const CareplanEvaluation *evaluation,
                         CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  g_autoptr(GArray) windows = careplan_visit_regimes_find (index);
  guint k;

  for (k = 0; k < index->placements->len; k++)
    {
      const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, k);
      CareplanScope scope;
      CareplanChain chain;
      CareplanDate after;
      CareplanDate agreed_from;
      g_autofree char *regimes = NULL;
      guint wfirst;
      guint wlast;
      guint first;
      guint last;
      guint anchors_end;
      guint run;

      if (careplan_obligation_skip_short_break_placement (evaluation, rule, k, "visit", SHORT_BREAK_REASON, findings))
        continue;

      careplan_scope_init_placement (&scope, index, k);
      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_VISIT, &first, &last);
      after = careplan_visit_after_first_year (span, careplan_rule_get_parameter_value (rule, 0));
      agreed_from = careplan_visit_regimes_agreed_from (index, k);

      careplan_visit_regimes_of_placement (windows, k, &wfirst, &wlast);
      regimes = careplan_visit_regimes_describe_overlapping (windows, wfirst, wlast,
                                                             after, CAREPLAN_DATE_NONE);
      if (agreed_from != CAREPLAN_DATE_NONE)
        {
          char agreed_iso[CAREPLAN_DATE_ISO_LENGTH];
          char *all;

          careplan_date_format_iso (agreed_from, agreed_iso);
          all = g_strdup_printf ("%s%sregulation 28(3A) (the child agreed to fewer visits) from %s",
                                 regimes != NULL ? regimes : "", regimes != NULL ? " and " : "",
                                 agreed_iso);
          g_free (regimes);
          regimes = all;
        }
      if (regimes != NULL)
        careplan_obligation_add_regime_not_applicable (rule, evaluation, &scope, "visit", regimes, findings);

      chain = (CareplanChain) {
        .what = "visit",
        .done_verb = "visited",
        .anchor_kind = "visit",
        .anchor_phrase = "the visit",
        .events = index->events[CAREPLAN_EVENT_KIND_VISIT],
        .first = careplan_visit_first_from (index, after, first, last),
        .end = last,
      };
      anchors_end = agreed_from != CAREPLAN_DATE_NONE ? careplan_visit_first_from (index, agreed_from, first, last) : last;

      /* The regime of each anchor is the designation of the episode in
       * force on its date: a placement designated long-term later (RNE
       * L, or T/U into U4) changes only the obligations of the visits
       * from then on.  Each run of visits of one designation is a chain;
       * its last anchor's successor is the next run's first visit. */
      for (run = chain.first; run < anchors_end; run = chain.last)
        {
          guint regime;

          chain.first = run;
          chain.last = same_designation_until (index, k, run, anchors_end);
          regime = careplan_child_index_long_term_on (index, k,
                                                      careplan_event_get_date (g_ptr_array_index (chain.events, run)))
                     ? 2 : 1;
          chain.count = careplan_rule_get_parameter_value (rule, regime);
          chain.unit = after_first_year_parameters[regime].unit;
          careplan_visit_walk_outside_windows (rule, evaluation, &chain, &scope, windows, wfirst, wlast, findings);
        }
    }
}

static const CareplanRuleDefinition after_first_year_visits_rule = {
  .id = "cppcr-2010.reg28-2c.after-first-year", .source = &cppcr_2010,
  .title = "Visits after the first year: three-monthly if the placement is to last until 18, "
           "else six-weekly",
  .provision = "regulation 28(2)(c)", .url = CPPCR_2010_REG_28_URL,
  /* CONFIRMED-PRIMARY as made only; see the comment above the rule. */
  .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
  CAREPLAN_RULE_PARAMETER_ARRAY (after_first_year_parameters),
  .evaluate = after_first_year_visits,
};

CareplanRuleFamily careplan_rules_visits = {
  &first_visit, &first_year_visits, &after_first_year_visits_rule, NULL,
};
