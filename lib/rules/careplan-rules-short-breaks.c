/* careplan-rules-short-breaks.c: a series of short breaks (CPPCR 2010
 * reg 48)
 *
 * A short break is a period of care whose every episode has legal status
 * V3 (one break) or V4 (an agreement recorded as a whole, not break by
 * break).  Reg 48 replaces the reviews of reg 33 and the visits of reg
 * 28(2) for an agreed series of such breaks, on conditions.
 *
 * A series (one "arrangement") is a run of the child's short-break
 * periods of care, in order, with no other period of care between them and
 * none starting more than `series_gap` months (default 12, UNCONFIRMED:
 * the record holds no agreement dates) after the previous one ended; a
 * longer gap starts a new series.  The series is taken to go on for
 * `series_gap` months after its last break ended, unless the child's next
 * period of care starts sooner: reviews and visits falling due after that
 * lapse.  Reviews anywhere in those days count; visits count only on the
 * days the child is in fact placed (reg 48(4)).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

#define CPPCR_2010_REG_48_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/48/made"

static const CareplanRuleSource cppcr_2010 = {
  .family = "short-breaks", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CPPCR_2010, .in_force_from = CAREPLAN_CPPCR_2010_IN_FORCE,
};

static gboolean
period_is_short_break (const CareplanChildIndex *index,
                       guint                     period)
{
  return g_array_index (index->periods, CareplanPeriodSpan, period).short_break;
}

/* A V4 period records an agreement, not the nights of its breaks. */
static gboolean
period_is_agreement (const CareplanChildIndex *index,
                     guint                     period)
{
  const CareplanPeriodSpan *span = &g_array_index (index->periods, CareplanPeriodSpan, period);
  guint i;

  for (i = span->first_episode; i < span->first_episode + span->n_episodes; i++)
    {
      if (g_strcmp0 (careplan_episode_get_legal_status (g_ptr_array_index (index->episodes, i)), "V4") == 0)
        return TRUE;
    }

  return FALSE;
}

/* --- series ------------------------------------------------------------ */

typedef struct
{
  guint         first_period;
  guint         last_period;    /* inclusive */
  CareplanScope scope;
} ShortBreakSeries;

/* The child's series of short breaks, in order. */
static GArray *
find_series (const CareplanChildIndex *index,
             int                       series_gap)
{
  GArray *all = g_array_new (FALSE, FALSE, sizeof (ShortBreakSeries));
  ShortBreakSeries current = { 0, };
  gboolean open = FALSE;
  guint p;

  for (p = 0; p <= index->periods->len; p++)
    {
      const CareplanPeriodSpan *span = p < index->periods->len
                                         ? &g_array_index (index->periods, CareplanPeriodSpan, p) : NULL;
      const CareplanPeriodSpan *last;
      CareplanDate gap_end;

      if (open)
        {
          last = &g_array_index (index->periods, CareplanPeriodSpan, current.last_period);
          gap_end = last->end != CAREPLAN_DATE_NONE ? careplan_date_add_months (last->end, series_gap)
                                                    : CAREPLAN_DATE_NONE;

          if (span != NULL && span->short_break && gap_end != CAREPLAN_DATE_NONE && span->start <= gap_end)
            {
              current.last_period = p;
              continue;
            }

          /* The series ends: it lasts series_gap months after its last
           * break, or until the next period of care starts. */
          current.scope.end = gap_end;
          current.scope.end_exclusive = FALSE;
          if (span != NULL && gap_end != CAREPLAN_DATE_NONE && span->start <= gap_end)
            {
              current.scope.end = span->start;
              current.scope.end_exclusive = TRUE;
            }
          g_array_append_val (all, current);
          open = FALSE;
        }

      if (span != NULL && span->short_break)
        {
          current = (ShortBreakSeries) {
            .first_period = p,
            .last_period = p,
            .scope = {
              .start = span->start,
              .noun = "series of short breaks",
            },
          };
          open = TRUE;
        }
    }

  return all;
}

/* The parameter every reg 48 rule reads its series with. */
#define SERIES_GAP_PARAMETER \
  { "series_gap", 12, CAREPLAN_TIME_UNIT_MONTHS, \
    "months without a short break after which a series of short breaks is taken to have ended, " \
    "and a later break to start a new one (UNCONFIRMED: the record holds no agreement dates)" }

/* The obligations of one series: the first (parameter 0) from the start of
 * its first break, met by @events[0]; then each of @events makes the next
 * due (parameter 1).  @what is the event's noun ("review", "visit"). */
static void
judge_series (CareplanRule             *rule,
              const CareplanEvaluation *evaluation,
              const ShortBreakSeries   *series,
              const char               *first_what,
              const char               *what,
              const char               *anchor_phrase,
              const char               *done_verb,
              GPtrArray                *events,
              guint                     first,
              guint                     last,
              CareplanFindingArray     *findings)
{
  const CareplanParameterSpec *parameters = careplan_rule_get_definition (rule)->parameters;
  CareplanObligation obligation = {
    .what = first_what,
    .done_verb = done_verb,
    .anchor_kind = "became-looked-after",
    .anchor_phrase = "the start of the first short break",
    .anchor_date = series->scope.start,
    .count = careplan_rule_get_parameter_value (rule, 0),
    .unit = parameters[0].unit,
  };
  CareplanChain chain = {
    .what = what,
    .done_verb = done_verb,
    .anchor_kind = what,
    .anchor_phrase = anchor_phrase,
    .count = careplan_rule_get_parameter_value (rule, 1),
    .unit = parameters[1].unit,
    .events = events,
    .first = first,
    .last = last,
    .end = last,
  };

  careplan_obligation_evaluate (rule, evaluation, &obligation, &series->scope,
                                first < last ? careplan_event_get_date (g_ptr_array_index (events, first))
                                             : CAREPLAN_DATE_NONE,
                                findings);
  careplan_obligation_walk_chain (rule, evaluation, &chain, &series->scope, findings);
}

/* ---------------------------------------------------------------------
 * cppcr-2010.reg48.reviews
 *
 * "The first review is required to be held within three months of the
 * first short break and at least six monthly from then on" (a procedures
 * manual; the reg 48 text read did not reach it) — CONFIRMED-SECONDARY.
 * The catalogue's one rule, with two parameters: the first review is due
 * within 3 months of the start of the series' first break, then each
 * review makes the next due within 6 months.
 */
/* Not a row: the reviews follow the series of short breaks (reg 48), found
 * across several periods of care. */
static void
short_break_reviews (CareplanRule             *rule,
                     const CareplanEvaluation *evaluation,
                     CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  g_autoptr(GArray) all = find_series (index, careplan_rule_get_parameter_value (rule, 2));
  guint s;

  for (s = 0; s < all->len; s++)
    {
      const ShortBreakSeries *series = &g_array_index (all, ShortBreakSeries, s);
      guint first;
      guint last;

      careplan_scope_find_events (&series->scope, index, CAREPLAN_EVENT_KIND_REVIEW, &first, &last);
      judge_series (rule, evaluation, series, "first review", "review", "the review", "held",
                    index->events[CAREPLAN_EVENT_KIND_REVIEW], first, last, findings);
    }
}

static const CareplanRuleDefinition short_break_reviews_rule = {
  .id = "cppcr-2010.reg48.reviews", .source = &cppcr_2010,
  .title = "Short breaks: first review within three months of the first break, then at least "
           "six-monthly",
  .provision = "regulation 48", .url = CPPCR_2010_REG_48_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "first_review", 3, CAREPLAN_TIME_UNIT_MONTHS,
      "months after the start of the first short break of a series by which the first review is due" },
    { "interval", 6, CAREPLAN_TIME_UNIT_MONTHS,
      "months after each review by which the next is due" },
    SERIES_GAP_PARAMETER),
  .evaluate = short_break_reviews,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg48.visits
 *
 * R visits C "on days when C is in fact placed, at regular intervals
 * agreed with the IRO and parents and recorded in the care plan … and in
 * any event— (i) the first visit must take place w…" (the text read is
 * cut off).  The catalogue's best understanding, UNCONFIRMED: the first
 * visit within 3 months of the start of the first short break, then at
 * intervals of not more than six months; both are parameters (a care plan
 * may agree shorter intervals, which the record does not hold).  Only
 * visits dated within a break of the series count.
 */
/* Not a row: the visits follow the series of short breaks (reg 48), not a
 * placement or a period of care. */
static void
short_break_visits (CareplanRule             *rule,
                    const CareplanEvaluation *evaluation,
                    CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  g_autoptr(GArray) all = find_series (index, careplan_rule_get_parameter_value (rule, 2));
  g_autoptr(GPtrArray) on_breaks = g_ptr_array_new ();
  guint s;

  for (s = 0; s < all->len; s++)
    {
      const ShortBreakSeries *series = &g_array_index (all, ShortBreakSeries, s);
      guint p;

      /* The visits on the days of the series' breaks, in order. */
      g_ptr_array_set_size (on_breaks, 0);
      for (p = series->first_period; p <= series->last_period; p++)
        {
          CareplanScope period;
          guint first;
          guint last;
          guint i;

          if (!period_is_short_break (index, p))
            continue;
          careplan_scope_init_period (&period, index, p);
          careplan_scope_find_events (&period, index, CAREPLAN_EVENT_KIND_VISIT, &first, &last);
          for (i = first; i < last; i++)
            g_ptr_array_add (on_breaks, g_ptr_array_index (index->events[CAREPLAN_EVENT_KIND_VISIT], i));
        }

      judge_series (rule, evaluation, series, "first visit", "visit", "the visit", "visited",
                    on_breaks, 0, on_breaks->len, findings);
    }
}

static const CareplanRuleDefinition short_break_visits_rule = {
  .id = "cppcr-2010.reg48.visits", .source = &cppcr_2010,
  .title = "Short breaks: first visit within three months of the first break, then at most "
           "six-monthly, on days the child is placed",
  .provision = "regulation 48(4)", .url = CPPCR_2010_REG_48_URL,
  .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
  CAREPLAN_RULE_PARAMETERS (
    { "first_visit", 3, CAREPLAN_TIME_UNIT_MONTHS,
      "months after the start of the first short break of a series by which the first visit, on a "
      "day the child is placed, is due (the text read is cut off: UNCONFIRMED)" },
    { "interval", 6, CAREPLAN_TIME_UNIT_MONTHS,
      "months after each visit by which the next, on a day the child is placed, is due "
      "(UNCONFIRMED)" },
    SERIES_GAP_PARAMETER),
  .evaluate = short_break_visits,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg48.applicability
 *
 * Reg 48 applies only while (as made) no single break is intended to last
 * more than 17 days and the breaks total no more than 75 days in any
 * period of 12 months — CONFIRMED-PRIMARY.  Outside those limits the
 * child falls outside the short-break regime and the full regulations
 * apply, which nothing else here checks: so each V3 break gets one
 * finding, judged as "the break must end by the last day that keeps
 * within both limits".
 *
 *  - Days are nights, DEC − DECOM, as the SSDA903 validator counts them
 *    (rules 365, 367; worked example 15: 1 → 18 Jul is 17 nights, OK; to
 *    19 Jul is 18, not).  The regulation speaks of intention; the record
 *    holds what happened.
 *  - "Any period of 12 months", not the collection year: the total is
 *    taken over the 12 months ending with the break's end (or the as-of
 *    date for a break still running), which is where any 12-month window
 *    holds the most nights — sliding a window later until its end meets
 *    a break's end never loses nights.  One pass over the breaks with a
 *    trailing pointer: linear.
 *  - The break's due date is the earlier of start + 17 and the end that
 *    would have kept the 12-month total at 75 (not before its start); so
 *    the days late are the nights over the tighter limit.
 *  - The revised text shows a version of para (2)(c) without the 17-day
 *    limit (UNCONFIRMED which is in force): `max_nights` 0 drops it, as
 *    `max_total` 0 drops the total.
 *  - A V4 period records an agreement, not its breaks: `not-applicable`.
 */
typedef struct
{
  CareplanDate  start;
  CareplanDate  until;     /* the end, or the as-of date for a break still running */
  gboolean      running;
  gint64        nights_before;  /* of the earlier breaks, for the running total */
} ShortBreak;

static void
judge_break (CareplanRule             *rule,
             const CareplanEvaluation *evaluation,
             const ShortBreak         *brk,
             int                       nights,
             int                       total,
             CareplanFindingArray     *findings)
{
  int max_nights = careplan_rule_get_parameter_value (rule, 0);
  int max_total = careplan_rule_get_parameter_value (rule, 1);
  int window = careplan_rule_get_parameter_value (rule, 2);
  g_autoptr(GString) message = g_string_new (NULL);
  char start_iso[CAREPLAN_DATE_ISO_LENGTH];
  char until_iso[CAREPLAN_DATE_ISO_LENGTH];
  char due_iso[CAREPLAN_DATE_ISO_LENGTH];
  CareplanFindingStatus status;
  CareplanDate due = G_MAXUINT32;
  int days_late = CAREPLAN_FINDING_NO_DAYS_LATE;

  if (max_nights > 0)
    due = MIN (due, careplan_date_add_days (brk->start, max_nights));
  if (max_total > 0)
    due = MIN (due, careplan_date_add_days (brk->until, max_total - total));
  due = MAX (due, brk->start);

  careplan_date_format_iso (brk->start, start_iso);
  careplan_date_format_iso (brk->until, until_iso);
  g_string_append_printf (message, "short break from %s %s %s: %d %s",
                          start_iso, brk->running ? "still running at" : "to", until_iso,
                          nights, nights == 1 ? "night" : "nights");
  if (max_nights > 0)
    g_string_append_printf (message, " (at most %d)", max_nights);
  g_string_append_printf (message, ", %d in the %d months to %s", total, window, until_iso);
  if (max_total > 0)
    g_string_append_printf (message, " (at most %d)", max_total);

  if (due == G_MAXUINT32)
    {
      /* Both limits dropped by policy: nothing to judge against. */
      g_string_append (message, "; no limits set");
      careplan_finding_array_add_take (findings, rule, careplan_child_get_id (evaluation->child),
                                       CAREPLAN_FINDING_STATUS_MET, "short-break", brk->start,
                                       CAREPLAN_DATE_NONE,
                                       brk->running ? CAREPLAN_DATE_NONE : brk->until,
                                       CAREPLAN_FINDING_NO_DAYS_LATE,
                                       g_string_free (g_steal_pointer (&message), FALSE));
      return;
    }

  careplan_date_format_iso (due, due_iso);
  if (!brk->running && brk->until <= due)
    {
      status = CAREPLAN_FINDING_STATUS_MET;
      g_string_append_printf (message, "; within the limits of regulation 48 (ending by %s)", due_iso);
    }
  else if (!brk->running)
    {
      status = CAREPLAN_FINDING_STATUS_MET_LATE;
      days_late = careplan_date_days_between (due, brk->until);
      g_string_append_printf (message, "; it had to end by %s to keep within them, so the child "
                              "fell outside the short-break regime of regulation 48 and the full "
                              "regulations applied", due_iso);
    }
  else if (brk->until <= due)
    {
      status = CAREPLAN_FINDING_STATUS_DUE;
      g_string_append_printf (message, "; it must end by %s to keep within them", due_iso);
    }
  else
    {
      status = CAREPLAN_FINDING_STATUS_OVERDUE;
      days_late = careplan_date_days_between (due, brk->until);
      g_string_append_printf (message, "; it had to end by %s to keep within them: the child is "
                              "outside the short-break regime of regulation 48 and the full "
                              "regulations apply", due_iso);
    }

  careplan_finding_array_add_take (findings, rule, careplan_child_get_id (evaluation->child), status,
                                   "short-break", brk->start, due,
                                   status == CAREPLAN_FINDING_STATUS_MET ||
                                   status == CAREPLAN_FINDING_STATUS_MET_LATE ? brk->until
                                                                              : CAREPLAN_DATE_NONE,
                                   days_late,
                                   g_string_free (g_steal_pointer (&message), FALSE));
}

/* Not a row: each break is judged against two limits (its own nights, and the
 * nights in any 12 months), its due date the tighter of them, not a time
 * after an anchor. */
static void
short_break_applicability (CareplanRule             *rule,
                           const CareplanEvaluation *evaluation,
                           CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  int window = careplan_rule_get_parameter_value (rule, 2);
  g_autoptr(GArray) breaks = g_array_new (FALSE, FALSE, sizeof (ShortBreak));
  gint64 nights_so_far = 0;
  guint trailing = 0;
  guint p;
  guint j;

  /* The V3 breaks, in order (periods do not overlap, so neither do their
   * ends), with the nights of all the breaks before each. */
  for (p = 0; p < index->periods->len; p++)
    {
      const CareplanPeriodSpan *span = &g_array_index (index->periods, CareplanPeriodSpan, p);
      ShortBreak brk;

      if (!span->short_break)
        continue;

      if (period_is_agreement (index, p))
        {
          CareplanObligation obligation = {
            .what = "short-break limits",
            .anchor_kind = "short-break",
            .anchor_phrase = "the short-break agreement",
            .anchor_date = span->start,
          };

          if (careplan_obligation_in_force (rule, evaluation, &obligation, findings))
            careplan_obligation_add_not_applicable (findings, rule, careplan_child_get_id (evaluation->child),
                                                    "short-break limits", "short-break",
                                                    span->start,
                                                    "legal status V4 records the agreement, "
                                                    "not the nights of each break");
          continue;
        }

      brk = (ShortBreak) {
        .start = span->start,
        .until = span->end != CAREPLAN_DATE_NONE ? span->end : evaluation->as_of,
        .running = span->end == CAREPLAN_DATE_NONE,
        .nights_before = nights_so_far,
      };
      nights_so_far += MAX (careplan_date_days_between (brk.start, brk.until), 0);
      g_array_append_val (breaks, brk);
    }

  for (j = 0; j < breaks->len; j++)
    {
      const ShortBreak *brk = &g_array_index (breaks, ShortBreak, j);
      CareplanObligation obligation = {
        .what = "short-break limits",
        .anchor_kind = "short-break",
        .anchor_phrase = "the short break",
        .anchor_date = brk->start,
      };
      CareplanDate window_start = careplan_date_add_months (brk->until, -window);
      const ShortBreak *oldest;
      gint64 total;
      int nights = MAX (careplan_date_days_between (brk->start, brk->until), 0);

      /* Breaks that ended by the window's start hold none of its nights;
       * the window only moves later, so neither do they for later ones. */
      while (trailing < j &&
             g_array_index (breaks, ShortBreak, trailing).until <= window_start)
        trailing++;
      oldest = &g_array_index (breaks, ShortBreak, trailing);

      total = brk->nights_before + nights - oldest->nights_before;
      if (window_start != CAREPLAN_DATE_NONE && oldest->start < window_start)
        total -= careplan_date_days_between (oldest->start, window_start);

      if (!careplan_obligation_in_force (rule, evaluation, &obligation, findings))
        continue;
      judge_break (rule, evaluation, brk, nights, (int) CLAMP (total, 0, G_MAXINT), findings);
    }
}

static const CareplanRuleDefinition short_break_applicability_rule = {
  .id = "cppcr-2010.reg48.applicability", .source = &cppcr_2010,
  .title = "Short breaks of at most 17 nights each and 75 nights in any 12 months, or the full "
           "regulations apply",
  .provision = "regulation 48(2)", .url = CPPCR_2010_REG_48_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "max_nights", 17, CAREPLAN_TIME_UNIT_DAYS,
      "most nights (DEC - DECOM) a single short break may last (reg 48(2)(c)(i) as made; the "
      "revised text shows a version without this limit, UNCONFIRMED which is in force: 0 drops it)" },
    { "max_total", 75, CAREPLAN_TIME_UNIT_DAYS,
      "most nights of short breaks in any period of 12 months (0 drops the limit)" },
    { "window", 12, CAREPLAN_TIME_UNIT_MONTHS,
      "months of the rolling period over which the nights of short breaks are totalled" }),
  .evaluate = short_break_applicability,
};

CareplanRuleFamily careplan_rules_short_breaks = {
  &short_break_applicability_rule, &short_break_visits_rule, &short_break_reviews_rule,
  NULL,
};
