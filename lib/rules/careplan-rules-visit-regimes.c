/* careplan-rules-visit-regimes.c: the special visiting regimes of CPPCR
 * 2010 reg 28 (paras (3), (3A), (4), (5)), speaking to the child in
 * private (reg 29), and visits to former looked-after children in
 * detention (SI 2010/2797 reg 4)
 *
 * Where a special regime applies the default of reg 28(2) gives way
 * (careplan-rules-visits.c asks careplan_visit_regimes_find() where).  As
 * everywhere (docs/rules.md), a visit is judged by the regime in force on the
 * date of the visit that anchors it, and its successor is the next visit
 * in the same placement, whatever regime that one falls under.
 *
 * "At least once a week until the first review" (paras (3), (4)): the
 * first review is the first review dated on or after the day the regime
 * starts, in the same placement.  Each visit dated before it (and the
 * start of the regime itself) makes the next due within a week; each
 * visit dated on or after it makes the next due at the regime's interval.
 * The catalogue reads "once a week" as "within 7 days of the previous
 * visit" and notes the alternative "in each calendar week" (UNCONFIRMED
 * which): the `week_reading` parameter chooses.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-visit-regimes-private.h"

#include "careplan-error.h"

/* Paras (3) to (5) as made (CONFIRMED-PRIMARY there). */
#define CPPCR_2010_REG_28_MADE_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/28/made"
/* Para (3A) exists only in the amended text (SI 2015/495). */
#define CPPCR_2010_REG_28_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/28"
/* The catalogue read reg 29 in its version of 24 April 2020. */
#define CPPCR_2010_REG_29_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/29/2020-04-24"

/* The readings of "at least once a week". */
enum
{
  WEEK_READING_ROLLING = 0,   /* each visit within 7 days of the previous one */
  WEEK_READING_CALENDAR = 1,  /* a visit in every Monday-to-Sunday week */
};

static const CareplanRuleSource cppcr_2010_si_2015_495 = {
  .family = "visit-regimes", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CPPCR_2010, .in_force_from = "2015-04-01",
};

static const CareplanRuleSource cppcr_2010 = {
  .family = "visit-regimes", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CPPCR_2010, .in_force_from = CAREPLAN_CPPCR_2010_IN_FORCE,
};

static const CareplanRuleSource detention_2010 = {
  .family = "visit-regimes", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = "Visits to Former Looked After Children in Detention (England) Regulations 2010",
  .in_force_from = CAREPLAN_CPPCR_2010_IN_FORCE,
};

/* --- where each regime applies --------------------------------------- */

#define UNTIL_BOUND(until) ((until) == CAREPLAN_DATE_NONE ? G_MAXUINT32 : (until))

static gboolean
is_code (const char *value,
         const char *code)
{
  return g_strcmp0 (value, code) == 0;
}

static void
add_window (GArray              *windows,
            CareplanVisitRegime  regime,
            guint                reasons,
            guint                placement,
            CareplanDate         start,
            CareplanDate         until)
{
  CareplanVisitRegimeWindow window = {
    .regime = regime,
    .reasons = reasons,
    .opened_by = reasons,
    .placement = placement,
    .start = start,
    .until = until,
  };

  /* Approved the day it started (or bad data): no day is covered. */
  if (start == CAREPLAN_DATE_NONE || UNTIL_BOUND (until) <= start)
    return;

  g_array_append_val (windows, window);
}

static gint
compare_windows (gconstpointer a,
                 gconstpointer b)
{
  const CareplanVisitRegimeWindow *wa = a;
  const CareplanVisitRegimeWindow *wb = b;

  if (wa->placement != wb->placement)
    return wa->placement < wb->placement ? -1 : 1;
  if (wa->start != wb->start)
    return wa->start < wb->start ? -1 : 1;

  return (int) wa->regime - (int) wb->regime;
}

/* Reg 28(4) applies for either reason; where the two overlap or adjoin it
 * is one stretch of weekly-then-four-weekly visits, not two. */
static void
merge_into (GArray *windows,
            GArray *stretches)
{
  CareplanVisitRegimeWindow current;
  guint i;

  if (stretches->len == 0)
    return;

  g_array_sort (stretches, compare_windows);
  current = g_array_index (stretches, CareplanVisitRegimeWindow, 0);
  for (i = 1; i < stretches->len; i++)
    {
      const CareplanVisitRegimeWindow *next = &g_array_index (stretches, CareplanVisitRegimeWindow, i);

      if (next->start <= UNTIL_BOUND (current.until))
        {
          if (UNTIL_BOUND (next->until) > UNTIL_BOUND (current.until))
            current.until = next->until;
          current.reasons |= next->reasons;
        }
      else
        {
          g_array_append_val (windows, current);
          current = *next;
        }
    }
  g_array_append_val (windows, current);
}

static void
find_in_placement (const CareplanChildIndex *index,
                   guint                     placement,
                   GArray                   *windows,
                   GArray                   *stretches)
{
  const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, placement);
  GPtrArray *approvals = index->events[CAREPLAN_EVENT_KIND_CARER_APPROVAL];
  CareplanDate interim_from = CAREPLAN_DATE_NONE;
  CareplanDate care_order_from = CAREPLAN_DATE_NONE;
  const char *previous_status = NULL;
  CareplanScope scope;
  guint first;
  guint last;
  guint i;

  g_array_set_size (stretches, 0);
  careplan_scope_init_placement (&scope, index, placement);

  careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT, &first, &last);
  if (first < last)
    add_window (windows, CAREPLAN_VISIT_REGIME_PWP_BEFORE_ASSESSMENT, 0, placement,
                careplan_event_get_date (g_ptr_array_index (index->events[CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT], first)),
                CAREPLAN_DATE_NONE);

  careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_CARER_APPROVAL, &first, &last);
  for (i = first; i < last; i++)
    {
      CareplanEvent *approval = g_ptr_array_index (approvals, i);
      CareplanDate approved = careplan_event_get_approved (approval);

      if (!is_code (careplan_event_get_sub_kind (approval), "temporary-connected-person"))
        continue;
      /* Full approval after the as-of date is not known yet. */
      if (approved != CAREPLAN_DATE_NONE && index->as_of != CAREPLAN_DATE_NONE && approved > index->as_of)
        approved = CAREPLAN_DATE_NONE;
      add_window (stretches, CAREPLAN_VISIT_REGIME_CONNECTED_OR_ICO,
                  CAREPLAN_VISIT_REGIME_CONNECTED_PERSON, placement,
                  careplan_event_get_date (approval), approved);
    }

  /* Episodes of one placement follow on from each other, so a run ends
   * where the next episode starts. */
  for (i = span->first_episode; i < span->first_episode + span->n_episodes; i++)
    {
      CareplanEpisode *episode = g_ptr_array_index (index->episodes, i);
      const char *status = careplan_episode_get_legal_status (episode);
      gboolean with_parent = is_code (careplan_episode_get_placement_type (episode), "P1");
      gboolean interim = with_parent && is_code (status, "C1");
      gboolean care_order = with_parent && is_code (status, "C2");
      CareplanDate start = careplan_episode_get_start (episode);

      if (interim && interim_from == CAREPLAN_DATE_NONE)
        interim_from = start;
      else if (!interim && interim_from != CAREPLAN_DATE_NONE)
        {
          add_window (stretches, CAREPLAN_VISIT_REGIME_CONNECTED_OR_ICO,
                      CAREPLAN_VISIT_REGIME_INTERIM_CARE_ORDER, placement, interim_from, start);
          interim_from = CAREPLAN_DATE_NONE;
        }

      /* The care order is made during the placement: the previous
       * episode of the same placement had another legal status. */
      if (care_order && care_order_from == CAREPLAN_DATE_NONE)
        {
          if (i > span->first_episode && !is_code (previous_status, "C2"))
            care_order_from = start;
        }
      else if (!care_order && care_order_from != CAREPLAN_DATE_NONE)
        {
          add_window (windows, CAREPLAN_VISIT_REGIME_CARE_ORDER_WITH_PARENT, 0, placement,
                      care_order_from, start);
          care_order_from = CAREPLAN_DATE_NONE;
        }

      previous_status = status;
    }
  if (interim_from != CAREPLAN_DATE_NONE)
    add_window (stretches, CAREPLAN_VISIT_REGIME_CONNECTED_OR_ICO,
                CAREPLAN_VISIT_REGIME_INTERIM_CARE_ORDER, placement, interim_from, CAREPLAN_DATE_NONE);
  if (care_order_from != CAREPLAN_DATE_NONE)
    add_window (windows, CAREPLAN_VISIT_REGIME_CARE_ORDER_WITH_PARENT, 0, placement,
                care_order_from, CAREPLAN_DATE_NONE);

  merge_into (windows, stretches);
}

GArray *
careplan_visit_regimes_find (const CareplanChildIndex *index)
{
  g_autoptr(GArray) stretches = NULL;
  GArray *windows;
  guint k;

  g_return_val_if_fail (index != NULL, NULL);

  windows = g_array_new (FALSE, FALSE, sizeof (CareplanVisitRegimeWindow));
  stretches = g_array_new (FALSE, FALSE, sizeof (CareplanVisitRegimeWindow));

  for (k = 0; k < index->placements->len; k++)
    {
      const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, k);

      if (span->period < index->periods->len &&
          g_array_index (index->periods, CareplanPeriodSpan, span->period).short_break)
        continue;

      find_in_placement (index, k, windows, stretches);
    }

  g_array_sort (windows, compare_windows);

  return windows;
}

/* The first window of a placement at or after @placement. */
static guint
lower_bound (GArray *windows,
             guint   placement)
{
  guint lo = 0;
  guint hi = windows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (windows, CareplanVisitRegimeWindow, mid).placement < placement)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

void
careplan_visit_regimes_of_placement (GArray *windows,
                                     guint   placement,
                                     guint  *first,
                                     guint  *last)
{
  g_return_if_fail (windows != NULL);
  g_return_if_fail (first != NULL && last != NULL);

  *first = lower_bound (windows, placement);
  *last = lower_bound (windows, placement + 1);
}

gboolean
careplan_visit_regime_covers (const CareplanVisitRegimeWindow *window,
                              CareplanDate                     date)
{
  g_return_val_if_fail (window != NULL, FALSE);

  return date != CAREPLAN_DATE_NONE && date >= window->start && date < UNTIL_BOUND (window->until);
}

char *
careplan_visit_regime_describe (const CareplanVisitRegimeWindow *window)
{
  g_return_val_if_fail (window != NULL, NULL);

  switch (window->regime)
    {
    case CAREPLAN_VISIT_REGIME_PWP_BEFORE_ASSESSMENT:
      return g_strdup ("regulation 28(3) (placed with a parent before the assessment "
                       "was complete, regulation 19)");
    case CAREPLAN_VISIT_REGIME_CONNECTED_OR_ICO:
      if (window->reasons == (CAREPLAN_VISIT_REGIME_CONNECTED_PERSON | CAREPLAN_VISIT_REGIME_INTERIM_CARE_ORDER))
        return g_strdup ("regulation 28(4) (temporarily approved connected person, regulation 24, "
                         "and interim care order while living with a parent)");
      if (window->reasons == CAREPLAN_VISIT_REGIME_CONNECTED_PERSON)
        return g_strdup ("regulation 28(4) (temporarily approved connected person, regulation 24)");
      return g_strdup ("regulation 28(4) (interim care order while living with a parent)");
    case CAREPLAN_VISIT_REGIME_CARE_ORDER_WITH_PARENT:
      return g_strdup ("regulation 28(5) (care order made while living with a parent)");
    default:
      g_return_val_if_reached (NULL);
    }
}

char *
careplan_visit_regimes_describe_overlapping (GArray       *windows,
                                             guint         first,
                                             guint         last,
                                             CareplanDate  from,
                                             CareplanDate  before)
{
  GString *text = NULL;
  guint i;

  g_return_val_if_fail (windows != NULL, NULL);
  g_return_val_if_fail (first <= last && last <= windows->len, NULL);

  for (i = first; i < last; i++)
    {
      const CareplanVisitRegimeWindow *window = &g_array_index (windows, CareplanVisitRegimeWindow, i);
      g_autofree char *regime = NULL;
      char start_iso[CAREPLAN_DATE_ISO_LENGTH];
      char until_iso[CAREPLAN_DATE_ISO_LENGTH];

      if (window->start >= UNTIL_BOUND (before) || UNTIL_BOUND (window->until) <= from)
        continue;

      regime = careplan_visit_regime_describe (window);
      careplan_date_format_iso (window->start, start_iso);
      if (text == NULL)
        text = g_string_new (NULL);
      else
        g_string_append (text, " and ");
      g_string_append_printf (text, "%s from %s", regime, start_iso);
      if (window->until != CAREPLAN_DATE_NONE)
        {
          careplan_date_format_iso (window->until, until_iso);
          g_string_append_printf (text, " until %s", until_iso);
        }
    }

  return text != NULL ? g_string_free (text, FALSE) : NULL;
}

CareplanDate
careplan_visit_regimes_agreed_from (const CareplanChildIndex *index,
                                    guint                     placement)
{
  const CareplanPlacementSpan *span;
  CareplanScope scope;
  CareplanDate anniversary;
  CareplanDate agreed;
  CareplanDate from;
  guint first;
  guint last;

  g_return_val_if_fail (index != NULL, CAREPLAN_DATE_NONE);
  g_return_val_if_fail (placement < index->placements->len, CAREPLAN_DATE_NONE);

  span = &g_array_index (index->placements, CareplanPlacementSpan, placement);
  careplan_scope_init_placement (&scope, index, placement);
  careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT, &first, &last);
  if (first == last)
    return CAREPLAN_DATE_NONE;

  /* "has been in that placement for at least one year": the statute's
   * year, not a parameter of the default regime's first year, and like
   * it counted from the day after the start, so it is complete at the
   * end of the anniversary. */
  agreed = careplan_event_get_date (g_ptr_array_index (index->events[CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT], first));
  anniversary = careplan_date_add_months (span->start, 12);
  if (anniversary == CAREPLAN_DATE_NONE)
    return CAREPLAN_DATE_NONE;
  from = MAX (agreed, anniversary + 1);

  /* Long-term on that day, by the episode then in force: a designation
   * made later does not reach back. */
  if (!careplan_child_index_long_term_on (index, placement, from))
    return CAREPLAN_DATE_NONE;

  return from;
}

/* --- judging a special regime ------------------------------------------ */

typedef struct
{
  gboolean  weekly;        /* weekly until the first review: paras (3) and (4) */
  int       week_reading;  /* WEEK_READING_* */
  int       within;        /* para (5): days from the care order to the first visit */
  int       interval;      /* days between visits after the weekly phase (para (5): after the first) */
} RegimeTimescales;

static CareplanDate
visit_date (const CareplanChildIndex *index,
            guint                     i)
{
  return careplan_event_get_date (g_ptr_array_index (index->events[CAREPLAN_EVENT_KIND_VISIT], i));
}

/* The first review in @scope dated on or after @from, or none. */
static CareplanDate
first_review_from (const CareplanChildIndex *index,
                   const CareplanScope      *scope,
                   CareplanDate              from)
{
  GPtrArray *reviews = index->events[CAREPLAN_EVENT_KIND_REVIEW];
  guint i = careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_REVIEW, from);
  CareplanDate date;

  if (i >= reviews->len)
    return CAREPLAN_DATE_NONE;
  date = careplan_event_get_date (g_ptr_array_index (reviews, i));

  return careplan_scope_contains (scope, date) ? date : CAREPLAN_DATE_NONE;
}

/* What the clock of a window's first obligation is called. */
void
careplan_visit_regime_anchor (const CareplanChildIndex        *index,
                              const CareplanVisitRegimeWindow *window,
                              const char                     **kind,
                              const char                     **phrase)
{
  const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, window->placement);

  switch (window->regime)
    {
    case CAREPLAN_VISIT_REGIME_PWP_BEFORE_ASSESSMENT:
      *kind = "placement-start";
      *phrase = "the placement with a parent before assessment";
      break;
    case CAREPLAN_VISIT_REGIME_CONNECTED_OR_ICO:
      if (window->start == span->start)
        {
          *kind = "placement-start";
          *phrase = "the start of the placement";
        }
      else if (window->opened_by & CAREPLAN_VISIT_REGIME_CONNECTED_PERSON)
        {
          *kind = "temporary-approval";
          *phrase = "the temporary approval of the connected person";
        }
      else
        {
          *kind = "interim-care-order";
          *phrase = "the interim care order";
        }
      break;
    case CAREPLAN_VISIT_REGIME_CARE_ORDER_WITH_PARENT:
    default:
      *kind = "care-order";
      *phrase = "the care order";
      break;
    }
}

/* "At least once a week": within 7 days of the anchor, or by the end (the
 * Sunday) of the calendar week after the anchor's. */
static gboolean
evaluate_weekly (CareplanRule             *rule,
                 const CareplanEvaluation *evaluation,
                 CareplanObligation       *obligation,
                 int                       reading,
                 const CareplanScope      *scope,
                 CareplanDate              candidate,
                 CareplanFindingArray     *findings)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *phrase = NULL;
  char anchor_iso[CAREPLAN_DATE_ISO_LENGTH];
  CareplanDate due;

  obligation->count = 7;
  obligation->unit = CAREPLAN_TIME_UNIT_DAYS;
  if (reading != WEEK_READING_CALENDAR)
    return careplan_obligation_evaluate (rule, evaluation, obligation, scope, candidate, findings);

  /* Monday (1) gives 13 days, Sunday (7) gives 7. */
  due = careplan_date_add_days (obligation->anchor_date,
                                14 - (int) careplan_date_get_weekday (obligation->anchor_date));
  if (due == CAREPLAN_DATE_NONE)
    g_set_error_literal (&error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED, "the date is out of range");
  careplan_date_format_iso (obligation->anchor_date, anchor_iso);
  phrase = g_strdup_printf ("the end of the calendar week (Monday to Sunday) after that of %s on %s",
                            obligation->anchor_phrase, anchor_iso);

  return careplan_obligation_evaluate_due (rule, evaluation, obligation, due, error, phrase,
                                           scope, candidate, findings);
}

/* The visit after @obligation's anchor: weekly while the first review is
 * still to come, then at the regime's interval. */
static gboolean
evaluate_next (CareplanRule             *rule,
               const CareplanEvaluation *evaluation,
               CareplanObligation       *obligation,
               const RegimeTimescales   *timescales,
               gboolean                  first_visit,
               CareplanDate              review,
               const CareplanScope      *scope,
               CareplanDate              candidate,
               CareplanFindingArray     *findings)
{
  if (timescales->weekly && (review == CAREPLAN_DATE_NONE || obligation->anchor_date < review))
    return evaluate_weekly (rule, evaluation, obligation, timescales->week_reading,
                            scope, candidate, findings);

  obligation->count = first_visit && !timescales->weekly ? timescales->within : timescales->interval;
  obligation->unit = CAREPLAN_TIME_UNIT_DAYS;

  return careplan_obligation_evaluate (rule, evaluation, obligation, scope, candidate, findings);
}

/* One window: the first visit after the regime starts, then each visit
 * dated in the window anchors the next (in the same placement). */
static void
judge_window (CareplanRule                    *rule,
              const CareplanEvaluation        *evaluation,
              const CareplanVisitRegimeWindow *window,
              const RegimeTimescales          *timescales,
              CareplanFindingArray            *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  CareplanDate review = CAREPLAN_DATE_NONE;
  gboolean in_unapplied_run = FALSE;
  CareplanObligation obligation;
  CareplanScope scope;
  const char *anchor_kind;
  const char *anchor_phrase;
  guint first;
  guint last;
  guint from;
  guint to;
  guint k;

  careplan_scope_init_placement (&scope, index, window->placement);
  careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_VISIT, &first, &last);
  from = CLAMP (careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_VISIT, window->start), first, last);
  to = window->until == CAREPLAN_DATE_NONE
         ? last
         : CLAMP (careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_VISIT, window->until), from, last);
  if (timescales->weekly)
    review = first_review_from (index, &scope, window->start);

  careplan_visit_regime_anchor (index, window, &anchor_kind, &anchor_phrase);
  obligation = (CareplanObligation) {
    .what = "first visit",
    .done_verb = "visited",
    .anchor_kind = anchor_kind,
    .anchor_phrase = anchor_phrase,
    .anchor_date = window->start,
  };

  if (!careplan_rule_is_in_force_on (rule, window->start))
    {
      careplan_obligation_in_force (rule, evaluation, &obligation, findings);
      in_unapplied_run = TRUE;
    }
  else if (!evaluate_next (rule, evaluation, &obligation, timescales, TRUE, review, &scope,
                           from < last ? visit_date (index, from) : CAREPLAN_DATE_NONE,
                           findings))
    return;

  for (k = from; k < to; k++)
    {
      obligation = (CareplanObligation) {
        .what = "visit",
        .done_verb = "visited",
        .anchor_kind = "visit",
        .anchor_phrase = "the visit",
        .anchor_date = visit_date (index, k),
      };

      /* As careplan_obligation_walk_chain(): one not-applicable finding
       * per run of visits before the rule came into force. */
      if (!careplan_rule_is_in_force_on (rule, obligation.anchor_date))
        {
          if (!in_unapplied_run)
            careplan_obligation_in_force (rule, evaluation, &obligation, findings);
          in_unapplied_run = TRUE;
          continue;
        }
      in_unapplied_run = FALSE;

      if (!evaluate_next (rule, evaluation, &obligation, timescales, FALSE, review, &scope,
                          k + 1 < last ? visit_date (index, k + 1) : CAREPLAN_DATE_NONE,
                          findings))
        break;
    }
}

static void
judge_regime (CareplanRule             *rule,
              const CareplanEvaluation *evaluation,
              CareplanVisitRegime       regime,
              const RegimeTimescales   *timescales,
              CareplanFindingArray     *findings)
{
  g_autoptr(GArray) windows = careplan_visit_regimes_find (evaluation->index);
  guint i;

  for (i = 0; i < windows->len; i++)
    {
      const CareplanVisitRegimeWindow *window = &g_array_index (windows, CareplanVisitRegimeWindow, i);

      if (window->regime == regime)
        judge_window (rule, evaluation, window, timescales, findings);
    }
}

/* --- reg 28(2) visits and the windows of the special regimes --------- */

/* The day after the first anniversary of the placement (start + 12
 * months by the corresponding-date rule): visits dated up to and on the
 * anniversary are in the first year and follow reg 28(2)(b), visits from
 * the day after it reg 28(2)(c).  The year is counted from the day after
 * the start, as every "within" and "after" period is (docs/rules.md), so
 * the anniversary is its last day: 5 April 2026 for a placement from 5
 * April 2025, 28 February 2025 for one from 29 February 2024. */
CareplanDate
careplan_visit_after_first_year (const CareplanPlacementSpan *span,
                                 int                          months)
{
  CareplanDate anniversary = careplan_date_add_months (span->start, months);

  /* Only past 9999-12-31; such a placement never reaches its anniversary. */
  return anniversary != CAREPLAN_DATE_NONE ? anniversary + 1 : G_MAXUINT32;
}

/* Index of the first visit of [first, last) dated on or after @date. */
guint
careplan_visit_first_from (const CareplanChildIndex *index,
                           CareplanDate              date,
                           guint                     first,
                           guint                     last)
{
  guint k = careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_VISIT, date);

  return CLAMP (k, first, last);
}

/* Walks @chain (its events are visits) over each run of the anchors
 * [chain->first, chain->last) dated outside the special windows [wfirst,
 * wlast) of @windows: the windows' visits are their regimes' anchors.  A
 * successor may fall in a window: the anchor's date decides. */
void
careplan_visit_walk_outside_windows (CareplanRule             *rule,
                                     const CareplanEvaluation *evaluation,
                                     const CareplanChain      *chain,
                                     const CareplanScope      *scope,
                                     GArray                   *windows,
                                     guint                     wfirst,
                                     guint                     wlast,
                                     CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  CareplanChain run = *chain;
  guint cursor = chain->first;
  guint w;

  for (w = wfirst; w < wlast && cursor < chain->last; w++)
    {
      const CareplanVisitRegimeWindow *window = &g_array_index (windows, CareplanVisitRegimeWindow, w);
      guint from = careplan_visit_first_from (index, window->start, cursor, chain->last);
      guint to = window->until == CAREPLAN_DATE_NONE
                   ? chain->last
                   : careplan_visit_first_from (index, window->until, from, chain->last);

      if (cursor < from)
        {
          run.first = cursor;
          run.last = from;
          careplan_obligation_walk_chain (rule, evaluation, &run, scope, findings);
        }
      cursor = MAX (cursor, to);
    }

  if (cursor < chain->last)
    {
      run.first = cursor;
      run.last = chain->last;
      careplan_obligation_walk_chain (rule, evaluation, &run, scope, findings);
    }
}

/* ---------------------------------------------------------------------
 * cppcr-2010.reg28-3A.long-term-foster-less-frequent
 *
 * Inserted from 1 April 2015 by SI 2015/495: where C is in a long-term
 * foster placement, has been in it for at least a year and, being of
 * sufficient age and understanding, agrees to be visited less often than
 * para (2)(c) requires, visits "at int[ervals of not more than six
 * months]".  The catalogue read this in a procedures manual whose quote is
 * cut off before the figure, and says to treat it as UNCONFIRMED until the
 * primary text is read; so is the rule, and the figure is a parameter.
 *
 * From the later of the child's first recorded agreement and the
 * placement's first anniversary, each visit makes the next due within six
 * months; visits before then follow reg 28(2)(c), which stops there.  An
 * agreement in a placement that is not long-term changes nothing: one
 * not-applicable finding says so.
 */
static const CareplanParameterSpec long_term_agreed_parameters[] = {
  { "interval", 6, CAREPLAN_TIME_UNIT_MONTHS,
    "months after each visit by which the next is due once the child in a long-term foster "
    "placement of at least a year has agreed to fewer visits (the commonly stated six months; "
    "the source read is cut off before the figure, UNCONFIRMED)" },
};

/* Not a row: reg 28(3A) takes effect from the child's agreement, only in a
 * long-term placement after its first year, and the designation on each
 * visit's day decides. */
static void
long_term_agreed_visits (CareplanRule             *rule,
                         const CareplanEvaluation *evaluation,
                         CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *agreements = index->events[CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT];
  guint k;

  for (k = 0; k < index->placements->len; k++)
    {
      const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, k);
      CareplanScope scope;
      CareplanChain chain;
      CareplanDate from;
      guint first;
      guint last;

      if (span->period < index->periods->len &&
          g_array_index (index->periods, CareplanPeriodSpan, span->period).short_break)
        continue;

      careplan_scope_init_placement (&scope, index, k);
      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT, &first, &last);
      if (first == last)
        continue;

      from = careplan_visit_regimes_agreed_from (index, k);
      if (from == CAREPLAN_DATE_NONE)
        {
          CareplanDate agreed = careplan_event_get_date (g_ptr_array_index (agreements, first));
          g_autofree char *reason = NULL;
          char start_iso[CAREPLAN_DATE_ISO_LENGTH];

          careplan_date_format_iso (span->start, start_iso);
          reason = g_strdup_printf ("the placement from %s is not a long-term foster placement "
                                    "once the child has agreed and has been in it a year, "
                                    "so the agreement to fewer visits does not change "
                                    "its regulation 28(2) visits", start_iso);
          careplan_obligation_add_not_applicable (findings, rule, careplan_child_get_id (evaluation->child),
                                                  "less frequent visits",
                                                  "visit-frequency-agreement", agreed,
                                                  reason);
          continue;
        }

      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_VISIT, &first, &last);
      chain = (CareplanChain) {
        .what = "visit",
        .done_verb = "visited",
        .anchor_kind = "visit",
        .anchor_phrase = "the visit",
        .count = careplan_rule_get_parameter_value (rule, 0),
        .unit = long_term_agreed_parameters[0].unit,
        .events = index->events[CAREPLAN_EVENT_KIND_VISIT],
        .first = CLAMP (careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_VISIT, from), first, last),
        .last = last,
        .end = last,
      };
      careplan_obligation_walk_chain (rule, evaluation, &chain, &scope, findings);
    }
}

static const CareplanRuleDefinition long_term_agreed_visits_rule = {
  .id = "cppcr-2010.reg28-3A.long-term-foster-less-frequent", .source = &cppcr_2010_si_2015_495,
  .title = "Visits at intervals of not more than six months where a child in a long-term "
           "foster placement of at least a year agrees",
  .provision = "regulation 28(3A)", .url = CPPCR_2010_REG_28_URL,
  /* CONFIRMED-SECONDARY in the catalogue, which says to treat the
   * figure as UNCONFIRMED until the primary text is read. */
  .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
  CAREPLAN_RULE_PARAMETER_ARRAY (long_term_agreed_parameters),
  .evaluate = long_term_agreed_visits,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg28-3.visits-pwp-before-assessment
 *
 * "(3) Where regulation 19 applies, … (a) at least once a week until the
 * first review carried out in accordance with Part 6, and (b) thereafter
 * at intervals of not more than six weeks." (as made) — CONFIRMED-PRIMARY.
 *
 * Reg 19 applies from the start of a `placement_with_parent_assessments[]`
 * record, for the rest of the placement (after the first review its
 * six-weekly visits are those reg 28(2) would ask anyway).
 *
 * Worked example 7: a child under an interim care order placed with a
 * parent under reg 19 is under para (4) as well, and the catalogue reads
 * that the stricter para (4) (four-weekly after the first review) is then
 * followed (UNCONFIRMED).  With `yield_to_28_4` (the default) this rule
 * then gives one not-applicable finding and leaves the visits to the
 * para (4) rule; with 0 both judge them.
 */
static const CareplanVisitRegimeWindow *
covering_28_4 (GArray                          *windows,
               const CareplanVisitRegimeWindow *window)
{
  guint first;
  guint last;
  guint i;

  careplan_visit_regimes_of_placement (windows, window->placement, &first, &last);
  for (i = first; i < last; i++)
    {
      const CareplanVisitRegimeWindow *other = &g_array_index (windows, CareplanVisitRegimeWindow, i);

      if (other->regime == CAREPLAN_VISIT_REGIME_CONNECTED_OR_ICO &&
          careplan_visit_regime_covers (other, window->start))
        return other;
    }

  return NULL;
}

/* Not a row: weekly visits until the first review, with two readings of "a
 * week" (`week_reading`), then the regime's interval. */
static void
pwp_before_assessment_visits (CareplanRule             *rule,
                              const CareplanEvaluation *evaluation,
                              CareplanFindingArray     *findings)
{
  g_autoptr(GArray) windows = careplan_visit_regimes_find (evaluation->index);
  RegimeTimescales timescales = {
    .weekly = TRUE,
    .week_reading = careplan_rule_get_parameter_value (rule, 0),
    .interval = careplan_rule_get_parameter_value (rule, 1),
  };
  gboolean yield = careplan_rule_get_parameter_value (rule, 2) != 0;
  guint i;

  for (i = 0; i < windows->len; i++)
    {
      const CareplanVisitRegimeWindow *window = &g_array_index (windows, CareplanVisitRegimeWindow, i);
      const CareplanVisitRegimeWindow *stricter;

      if (window->regime != CAREPLAN_VISIT_REGIME_PWP_BEFORE_ASSESSMENT)
        continue;

      stricter = yield ? covering_28_4 (windows, window) : NULL;
      if (stricter != NULL)
        {
          g_autofree char *regime = careplan_visit_regime_describe (stricter);
          g_autofree char *reason = NULL;
          char start_iso[CAREPLAN_DATE_ISO_LENGTH];

          careplan_date_format_iso (window->start, start_iso);
          reason = g_strdup_printf ("%s applies too on %s; where both apply, visits follow the "
                                    "stricter regulation 28(4)", regime, start_iso);
          careplan_obligation_add_not_applicable (findings, rule, careplan_child_get_id (evaluation->child),
                                                  "visits", "placement-start",
                                                  window->start, reason);
          continue;
        }

      judge_window (rule, evaluation, window, &timescales, findings);
    }
}

static const CareplanRuleDefinition pwp_before_assessment_visits_rule = {
  .id = "cppcr-2010.reg28-3.visits-pwp-before-assessment", .source = &cppcr_2010,
  .title = "Visits weekly until the first review, then six-weekly, for a child placed with a "
           "parent before assessment",
  .provision = "regulation 28(3)", .url = CPPCR_2010_REG_28_MADE_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "week_reading", WEEK_READING_ROLLING, CAREPLAN_TIME_UNIT_COUNT,
      "how \"at least once a week\" is read (UNCONFIRMED): 0 = each visit within 7 days of the "
      "previous one or of the placement (the catalogue's reading), 1 = a visit in every calendar "
      "week, Monday to Sunday (the next due by the end of the week after the previous visit's)", 0, 1 },
    { "interval", 42, CAREPLAN_TIME_UNIT_DAYS,
      "days after each visit from the first review on by which the next is due" },
    { "yield_to_28_4", 1, CAREPLAN_TIME_UNIT_COUNT,
      "where regulation 28(4) applies too on the day of the placement with the parent (an interim "
      "care order): 1 = leave the visits to the stricter regulation 28(4) rule (the catalogue's "
      "reading of worked example 7, UNCONFIRMED), 0 = judge them under both", 0, 1 }),
  .evaluate = pwp_before_assessment_visits,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg28-4.visits-connected-person-or-ico-with-parent
 *
 * "(4) Where regulation 24 applies, or where an interim care order has
 * been made in relation to C under section 38 … and C is living with P, …
 * (a) at least once a week until the first review … and (b) thereafter at
 * intervals of not more than four weeks." (as made) — CONFIRMED-PRIMARY.
 *
 * Reg 24 applies from the start of a temporary connected-person approval
 * until the carer's full approval; the interim care order with the child
 * living with a parent is each run of episodes with legal status C1 and
 * placement type P1.
 */
/* Not a row: weekly visits until the first review, with two readings of "a
 * week" (`week_reading`), then the regime's interval; the window opens on the
 * approval or the interim care order. */
static void
connected_or_ico_visits (CareplanRule             *rule,
                         const CareplanEvaluation *evaluation,
                         CareplanFindingArray     *findings)
{
  RegimeTimescales timescales = {
    .weekly = TRUE,
    .week_reading = careplan_rule_get_parameter_value (rule, 0),
    .interval = careplan_rule_get_parameter_value (rule, 1),
  };

  judge_regime (rule, evaluation, CAREPLAN_VISIT_REGIME_CONNECTED_OR_ICO, &timescales, findings);
}

static const CareplanRuleDefinition connected_or_ico_visits_rule = {
  .id = "cppcr-2010.reg28-4.visits-connected-person-or-ico-with-parent", .source = &cppcr_2010,
  .title = "Visits weekly until the first review, then four-weekly, for a child with a "
           "temporarily approved connected person or with a parent under an interim care order",
  .provision = "regulation 28(4)", .url = CPPCR_2010_REG_28_MADE_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "week_reading", WEEK_READING_ROLLING, CAREPLAN_TIME_UNIT_COUNT,
      "how \"at least once a week\" is read (UNCONFIRMED): 0 = each visit within 7 days of the "
      "previous one or of the start of the regime (the catalogue's reading), 1 = a visit in every "
      "calendar week, Monday to Sunday (the next due by the end of the week after the previous "
      "visit's)", 0, 1 },
    { "interval", 28, CAREPLAN_TIME_UNIT_DAYS,
      "days after each visit from the first review on by which the next is due" }),
  .evaluate = connected_or_ico_visits,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg28-5.visits-care-order-with-parent
 *
 * "(5) Where a care order has been made … and C is living with P, … (a)
 * within one week of the making of the care order, and (b) thereafter at
 * intervals of not more than six weeks." (as made) — CONFIRMED-PRIMARY.
 *
 * The care order is made on the day an episode of the placement with
 * legal status C2 and placement type P1 follows one with another legal
 * status (SSDA903 RNE L or U); a child placed with a parent under an
 * older care order is under reg 28(2).
 */
static const CareplanRuleDefinition care_order_visits = {
  .id = "cppcr-2010.reg28-5.visits-care-order-with-parent", .source = &cppcr_2010,
  .title = "Visit within one week of a care order made while the child lives with a parent, "
           "then six-weekly",
  .provision = "regulation 28(5)", .url = CPPCR_2010_REG_28_MADE_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "within", 7, CAREPLAN_TIME_UNIT_DAYS,
      "days after the care order by which the first visit is due" },
    { "interval", 42, CAREPLAN_TIME_UNIT_DAYS,
      "days after each visit by which the next is due" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_VISIT_REGIME,
    .visit_regime = CAREPLAN_VISIT_REGIME_CARE_ORDER_WITH_PARENT,
    .what = "first visit", .within = "within",
    .every_what = "visit", .every = "interval", .every_anchor_phrase = "the visit",
    .met_by = CAREPLAN_EVENT_KIND_VISIT, .done_verb = "visited",
  },
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg29.speak-in-private
 *
 * On each visit R must speak to C in private unless C, being of
 * sufficient age and understanding, refuses, R considers it inappropriate,
 * or R is unable to — CONFIRMED-PRIMARY.  One finding per visit dated in a
 * placement (visits to a former looked-after child in detention are not
 * reg 28 visits), due and judged on the day of the visit:
 *
 *  - seen alone: `met`;
 *  - not seen alone, with a reason recorded: `met` (the reason is one of
 *    the exceptions, as far as the record can say; the reason itself is
 *    not repeated in the message, which may be shown widely);
 *  - not seen alone, no reason: `unknown`, not `overdue` — nothing can be
 *    done late, and whether an exception applied is exactly what the
 *    record does not say; the message says that no reason was recorded;
 *  - not recorded either way: `unknown`, saying so.
 */
/* Not a row: a condition of each visit, judged on its day (seen alone, a
 * reason recorded, or not recorded), not an obligation with a deadline. */
static void
speak_in_private (CareplanRule             *rule,
                  const CareplanEvaluation *evaluation,
                  CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *visits = index->events[CAREPLAN_EVENT_KIND_VISIT];
  const char *child_id = careplan_child_get_id (evaluation->child);
  guint k;

  for (k = 0; k < index->placements->len; k++)
    {
      gboolean in_unapplied_run = FALSE;
      CareplanScope scope;
      guint first;
      guint last;
      guint i;

      careplan_scope_init_placement (&scope, index, k);
      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_VISIT, &first, &last);

      for (i = first; i < last; i++)
        {
          CareplanEvent *visit = g_ptr_array_index (visits, i);
          CareplanDate date = careplan_event_get_date (visit);
          const char *reason = careplan_event_get_not_seen_alone_reason (visit);
          CareplanFindingStatus status;
          char date_iso[CAREPLAN_DATE_ISO_LENGTH];
          char *message;
          CareplanObligation obligation = {
            .what = "speaking to the child in private",
            .anchor_kind = "visit",
            .anchor_phrase = "the visit",
            .anchor_date = date,
          };

          if (!careplan_rule_is_in_force_on (rule, date))
            {
              if (!in_unapplied_run)
                careplan_obligation_in_force (rule, evaluation, &obligation, findings);
              in_unapplied_run = TRUE;
              continue;
            }
          in_unapplied_run = FALSE;

          careplan_date_format_iso (date, date_iso);
          switch (careplan_event_get_seen_alone (visit))
            {
            case CAREPLAN_TRISTATE_YES:
              status = CAREPLAN_FINDING_STATUS_MET;
              message = g_strdup_printf ("child spoken to in private on the visit of %s", date_iso);
              break;
            case CAREPLAN_TRISTATE_NO:
              if (reason != NULL && *reason != '\0')
                {
                  status = CAREPLAN_FINDING_STATUS_MET;
                  message = g_strdup_printf ("child not seen alone on the visit of %s, with a reason "
                                             "recorded (regulation 29 allows the child's refusal, "
                                             "its being inappropriate, or inability)", date_iso);
                }
              else
                {
                  status = CAREPLAN_FINDING_STATUS_UNKNOWN;
                  message = g_strdup_printf ("child not seen alone on the visit of %s and no reason "
                                             "recorded: whether one of regulation 29's exceptions "
                                             "applied cannot be told", date_iso);
                }
              break;
            case CAREPLAN_TRISTATE_UNSET:
            default:
              status = CAREPLAN_FINDING_STATUS_UNKNOWN;
              message = g_strdup_printf ("whether the child was spoken to in private on the visit "
                                         "of %s is not recorded", date_iso);
              break;
            }

          careplan_finding_array_add_take (findings, rule, child_id, status, "visit", date, date,
                                           status == CAREPLAN_FINDING_STATUS_MET ? date : CAREPLAN_DATE_NONE,
                                           CAREPLAN_FINDING_NO_DAYS_LATE, message);
        }
    }
}

static const CareplanRuleDefinition speak_in_private_rule = {
  .id = "cppcr-2010.reg29.speak-in-private", .source = &cppcr_2010,
  .title = "On each visit, speak to the child in private unless an exception applies",
  .provision = "regulation 29", .url = CPPCR_2010_REG_29_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  .evaluate = speak_in_private,
};

/* ---------------------------------------------------------------------
 * visits-detention-2010.reg4.former-lac-in-custody
 *
 * A child who ceased to be looked after on being detained in a young
 * offender institution, secure training centre or secure children's home
 * must be visited "(a) within ten working days of A first being detained,
 * in so far as is reasonably practicable; and (b) thereafter whenever
 * reasonably requested".  The English regs 1–3 were read; reg 4 only in
 * the identical Welsh twin (SI 2011/699), so the rule is UNCONFIRMED.
 * Para (b) needs requests the record does not hold.
 *
 * A `detentions[]` record applies when the child is not looked after on
 * the day detention starts (a period of care ending that day has ended;
 * remanded children stay looked after and are not covered) and was looked
 * after before.  The record is taken to list detentions of former looked
 * after children who are not relevant children (reg 3 excludes those),
 * which the record cannot show.  A visit counts from the first day of
 * detention to its end; release before the due date lapses the duty.
 *
 * The catalogue gives no commencement date; 1 April 2011, the day the
 * regulations' parent provision (CA 1989 s23ZA) and CPPCR came into
 * force, is assumed.
 */
static const CareplanRuleDefinition former_lac_in_custody = {
  .id = "visits-detention-2010.reg4.former-lac-in-custody", .source = &detention_2010,
  .title = "Visit a former looked-after child within ten working days of first being detained",
  .provision = "regulation 4(a)",
  .url = "https://www.legislation.gov.uk/uksi/2010/2797/regulation/4",
  .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after first being detained by which the visit is due" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_EVENT, .anchor_event = CAREPLAN_EVENT_KIND_DETENTION,
    .anchor_phrase = "first being detained", .former_looked_after = TRUE,
    .event_scope = CAREPLAN_OBLIGATION_EVENT_SCOPE_OWN, .scope_noun = "detention",
    .what = "visit in detention", .within = "working_days",
    .met_by = CAREPLAN_EVENT_KIND_VISIT, .done_verb = "visited",
  },
};

CareplanRuleFamily careplan_rules_visit_regimes = {
  &long_term_agreed_visits_rule, &pwp_before_assessment_visits_rule,
  &connected_or_ico_visits_rule, &care_order_visits, &speak_in_private_rule,
  &former_lac_in_custody, NULL,
};
