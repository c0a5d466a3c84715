/* careplan-obligation.c: judging obligations, the same for every rule
 *
 * The rules of DESIGN.md §4, written once:
 *  - an event on the anchor day counts, one on the due day is `met`;
 *  - only events inside the obligation's placement or period of care
 *    count, and the index has already hidden those after the as-of date;
 *  - an unmet obligation whose scope ended on or before its due date
 *    lapses (no finding): nobody could have met it there any more;
 *  - days late run to the done date (met-late), or to the as-of date or
 *    the end of the scope, whichever is earlier (overdue);
 *  - periodic obligations run from the actual date of each event and stop
 *    at the first unmet one, so a missed visit is one finding;
 *  - the rule must be in force on the anchor date;
 *  - a working-day deadline beyond the calendar's bank holidays is
 *    `unknown`, never a guess.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

#include "careplan-error.h"

static CareplanDate
event_date (GPtrArray *events,
            guint      i)
{
  return careplan_event_get_date (g_ptr_array_index (events, i));
}

static void
init_scope (CareplanScope *scope,
            CareplanDate   start,
            CareplanDate   end,
            gboolean       has_successor,
            CareplanDate   successor_start,
            const char    *noun)
{
  scope->start = start;
  scope->end = end;
  scope->end_exclusive = (end != CAREPLAN_DATE_NONE && has_successor && successor_start == end);
  scope->noun = noun;
}

void
careplan_scope_init_placement (CareplanScope            *scope,
                               const CareplanChildIndex *index,
                               guint                     placement)
{
  const CareplanPlacementSpan *span;
  gboolean has_successor;

  g_return_if_fail (scope != NULL);
  g_return_if_fail (index != NULL);
  g_return_if_fail (placement < index->placements->len);

  span = &g_array_index (index->placements, CareplanPlacementSpan, placement);
  has_successor = placement + 1 < index->placements->len;
  init_scope (scope, span->start, span->end, has_successor,
              has_successor ? g_array_index (index->placements, CareplanPlacementSpan, placement + 1).start
                            : CAREPLAN_DATE_NONE,
              "placement");
}

void
careplan_scope_init_period (CareplanScope            *scope,
                            const CareplanChildIndex *index,
                            guint                     period)
{
  const CareplanPeriodSpan *span;
  gboolean has_successor;

  g_return_if_fail (scope != NULL);
  g_return_if_fail (index != NULL);
  g_return_if_fail (period < index->periods->len);

  span = &g_array_index (index->periods, CareplanPeriodSpan, period);
  has_successor = period + 1 < index->periods->len;
  init_scope (scope, span->start, span->end, has_successor,
              has_successor ? g_array_index (index->periods, CareplanPeriodSpan, period + 1).start
                            : CAREPLAN_DATE_NONE,
              "period of care");
}

void
careplan_scope_find_events (const CareplanScope      *scope,
                            const CareplanChildIndex *index,
                            CareplanEventKind         kind,
                            guint                    *first,
                            guint                    *last)
{
  guint lo;
  guint hi;

  g_return_if_fail (scope != NULL);
  g_return_if_fail (index != NULL);
  g_return_if_fail ((guint) kind < CAREPLAN_EVENT_N_KINDS);
  g_return_if_fail (first != NULL && last != NULL);

  lo = careplan_child_index_find_event (index, kind, scope->start);
  if (scope->end == CAREPLAN_DATE_NONE)
    hi = index->events[kind]->len;
  else if (scope->end_exclusive)
    hi = careplan_child_index_find_event (index, kind, scope->end);
  else
    hi = careplan_child_index_find_event (index, kind, scope->end + 1);

  *first = lo;
  /* A scope ending before it starts is bad data (validation reports it);
   * it owns no events rather than a negative number of them. */
  *last = MAX (lo, hi);
}

gboolean
careplan_scope_contains (const CareplanScope *scope,
                         CareplanDate         date)
{
  g_return_val_if_fail (scope != NULL, FALSE);

  if (date == CAREPLAN_DATE_NONE || date < scope->start)
    return FALSE;
  if (scope->end == CAREPLAN_DATE_NONE)
    return TRUE;

  return scope->end_exclusive ? date < scope->end : date <= scope->end;
}

/* Spans (placements, periods) are sorted by start and do not overlap, so
 * the only one that can hold @date is the last starting on or before it;
 * a successor starting on its predecessor's end date is found first, as
 * DESIGN §4 wants.  Both span structs begin with their start date. */
static guint
last_span_starting_by (GArray       *spans,
                       CareplanDate  date)
{
  guint size = g_array_get_element_size (spans);
  guint lo = 0;
  guint hi = spans->len;

  G_STATIC_ASSERT (G_STRUCT_OFFSET (CareplanPlacementSpan, start) == 0);
  G_STATIC_ASSERT (G_STRUCT_OFFSET (CareplanPeriodSpan, start) == 0);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      CareplanDate start = *(const CareplanDate *) (gconstpointer) (spans->data + (gsize) mid * size);

      if (start <= date)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo == 0 ? G_MAXUINT : lo - 1;
}

guint
careplan_scope_find_placement (const CareplanChildIndex *index,
                               CareplanDate              date)
{
  CareplanScope scope;
  guint k;

  g_return_val_if_fail (index != NULL, G_MAXUINT);

  k = date != CAREPLAN_DATE_NONE ? last_span_starting_by (index->placements, date) : G_MAXUINT;
  if (k == G_MAXUINT)
    return G_MAXUINT;
  careplan_scope_init_placement (&scope, index, k);

  return careplan_scope_contains (&scope, date) ? k : G_MAXUINT;
}

guint
careplan_scope_find_period (const CareplanChildIndex *index,
                            CareplanDate              date)
{
  CareplanScope scope;
  guint p;

  g_return_val_if_fail (index != NULL, G_MAXUINT);

  p = date != CAREPLAN_DATE_NONE ? last_span_starting_by (index->periods, date) : G_MAXUINT;
  if (p == G_MAXUINT)
    return G_MAXUINT;
  careplan_scope_init_period (&scope, index, p);

  return careplan_scope_contains (&scope, date) ? p : G_MAXUINT;
}

char *
careplan_obligation_format_timescale (int              count,
                                      CareplanTimeUnit unit)
{
  const char *noun;

  switch (unit)
    {
    case CAREPLAN_TIME_UNIT_DAYS:
      /* The regulations say "one week", "six weeks": parameters hold days
       * so that a policy can say 28 or 30, but whole weeks read as such. */
      if (count > 0 && count % 7 == 0)
        {
          count /= 7;
          noun = count == 1 ? "week" : "weeks";
        }
      else
        noun = count == 1 ? "day" : "days";
      break;
    case CAREPLAN_TIME_UNIT_WEEKS:
      noun = count == 1 ? "week" : "weeks";
      break;
    case CAREPLAN_TIME_UNIT_MONTHS:
      noun = count == 1 ? "month" : "months";
      break;
    case CAREPLAN_TIME_UNIT_WORKING_DAYS:
      noun = count == 1 ? "working day" : "working days";
      break;
    case CAREPLAN_TIME_UNIT_YEARS:
      noun = count == 1 ? "year" : "years";
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  return g_strdup_printf ("%d %s", count, noun);
}

static const char *
days_word (int days)
{
  return days == 1 ? "day" : "days";
}

/* The verdict, with @reason saying how @due was reached ("20 working
 * days after becoming looked after on 2024-12-20"). */
static CareplanFinding *
judge_with_reason (CareplanRule             *rule,
                   const char               *child_id,
                   const CareplanObligation *obligation,
                   CareplanDate              due,
                   const char               *reason,
                   const CareplanScope      *scope,
                   CareplanDate              candidate,
                   CareplanDate              as_of)
{
  g_autoptr(GString) message = NULL;
  char due_iso[CAREPLAN_DATE_ISO_LENGTH];
  char date_iso[CAREPLAN_DATE_ISO_LENGTH];
  CareplanFindingStatus status;
  CareplanDate scope_end;
  int days_late = CAREPLAN_FINDING_NO_DAYS_LATE;

  /* Nothing after the as-of date is known: not the event, nor the end of
   * the scope (the index already says so; this keeps the verdict a pure
   * function of its arguments). */
  if (candidate > as_of)
    candidate = CAREPLAN_DATE_NONE;
  scope_end = (scope->end != CAREPLAN_DATE_NONE && scope->end <= as_of) ? scope->end : CAREPLAN_DATE_NONE;

  if (candidate == CAREPLAN_DATE_NONE && scope_end != CAREPLAN_DATE_NONE && scope_end <= due)
    return NULL;

  careplan_date_format_iso (due, due_iso);
  message = g_string_new (NULL);
  g_string_append_printf (message, "%s due %s: %s; ", obligation->what, due_iso, reason);

  if (candidate != CAREPLAN_DATE_NONE)
    {
      careplan_date_format_iso (candidate, date_iso);
      if (candidate <= due)
        {
          status = CAREPLAN_FINDING_STATUS_MET;
          g_string_append_printf (message, "%s %s", obligation->done_verb, date_iso);
        }
      else
        {
          status = CAREPLAN_FINDING_STATUS_MET_LATE;
          days_late = careplan_date_days_between (due, candidate);
          g_string_append_printf (message, "%s %s (%d %s late)",
                                  obligation->done_verb, date_iso,
                                  days_late, days_word (days_late));
        }
    }
  else if (as_of <= due)
    {
      status = CAREPLAN_FINDING_STATUS_DUE;
      careplan_date_format_iso (as_of, date_iso);
      g_string_append_printf (message, "none yet at %s", date_iso);
    }
  else if (scope_end != CAREPLAN_DATE_NONE && scope_end < as_of)
    {
      status = CAREPLAN_FINDING_STATUS_OVERDUE;
      days_late = careplan_date_days_between (due, scope_end);
      careplan_date_format_iso (scope_end, date_iso);
      g_string_append_printf (message, "none by the end of the %s on %s (%d %s late)",
                              scope->noun, date_iso, days_late, days_word (days_late));
    }
  else
    {
      status = CAREPLAN_FINDING_STATUS_OVERDUE;
      days_late = careplan_date_days_between (due, as_of);
      careplan_date_format_iso (as_of, date_iso);
      g_string_append_printf (message, "none by %s (%d %s late)",
                              date_iso, days_late, days_word (days_late));
    }

  return careplan_finding_new_take (rule, child_id, status,
                                    obligation->anchor_kind, obligation->anchor_date,
                                    due,
                                    (status == CAREPLAN_FINDING_STATUS_MET ||
                                     status == CAREPLAN_FINDING_STATUS_MET_LATE) ? candidate : CAREPLAN_DATE_NONE,
                                    days_late,
                                    g_string_free (g_steal_pointer (&message), FALSE));
}

CareplanFinding *
careplan_obligation_judge (CareplanRule             *rule,
                           const char               *child_id,
                           const CareplanObligation *obligation,
                           CareplanDate              due,
                           const CareplanScope      *scope,
                           CareplanDate              candidate,
                           CareplanDate              as_of)
{
  g_autofree char *timescale = NULL;
  g_autofree char *reason = NULL;
  char anchor_iso[CAREPLAN_DATE_ISO_LENGTH];

  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), NULL);
  g_return_val_if_fail (child_id != NULL, NULL);
  g_return_val_if_fail (obligation != NULL, NULL);
  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (due != CAREPLAN_DATE_NONE, NULL);
  g_return_val_if_fail (as_of != CAREPLAN_DATE_NONE, NULL);

  timescale = careplan_obligation_format_timescale (obligation->count, obligation->unit);
  careplan_date_format_iso (obligation->anchor_date, anchor_iso);
  reason = g_strdup_printf ("%s after %s on %s", timescale, obligation->anchor_phrase, anchor_iso);

  return judge_with_reason (rule, child_id, obligation, due, reason, scope, candidate, as_of);
}

CareplanFinding *
careplan_obligation_not_applicable (CareplanRule *rule,
                                    const char   *child_id,
                                    const char   *what,
                                    const char   *anchor_kind,
                                    CareplanDate  anchor_date,
                                    const char   *reason)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), NULL);
  g_return_val_if_fail (what != NULL, NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  return careplan_finding_new_take (rule, child_id, CAREPLAN_FINDING_STATUS_NOT_APPLICABLE,
                                    anchor_kind, anchor_date,
                                    CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
                                    CAREPLAN_FINDING_NO_DAYS_LATE,
                                    g_strdup_printf ("%s not applicable: %s", what, reason));
}

static CareplanFinding *
not_in_force (CareplanRule             *rule,
              const char               *child_id,
              const CareplanObligation *obligation)
{
  g_autofree char *reason = NULL;
  char anchor_iso[CAREPLAN_DATE_ISO_LENGTH];
  char limit_iso[CAREPLAN_DATE_ISO_LENGTH];
  CareplanDate from = careplan_rule_get_in_force_from (rule);

  careplan_date_format_iso (obligation->anchor_date, anchor_iso);
  if (from != CAREPLAN_DATE_NONE && obligation->anchor_date < from)
    {
      careplan_date_format_iso (from, limit_iso);
      reason = g_strdup_printf ("%s on %s is before %s came into force on %s",
                                obligation->anchor_phrase, anchor_iso,
                                careplan_rule_get_provision (rule), limit_iso);
    }
  else
    {
      careplan_date_format_iso (careplan_rule_get_in_force_until (rule), limit_iso);
      reason = g_strdup_printf ("%s on %s is after %s ceased to be in force on %s",
                                obligation->anchor_phrase, anchor_iso,
                                careplan_rule_get_provision (rule), limit_iso);
    }

  return careplan_obligation_not_applicable (rule, child_id, obligation->what,
                                             obligation->anchor_kind,
                                             obligation->anchor_date, reason);
}

/* @reason says how the due date would have been reached ("20 working
 * days after becoming looked after on 2024-12-20"). */
static CareplanFinding *
due_unknown_with_reason (CareplanRule             *rule,
                         const char               *child_id,
                         const CareplanObligation *obligation,
                         CareplanCalendar         *calendar,
                         const GError             *error,
                         const char               *reason)
{
  char first_iso[CAREPLAN_DATE_ISO_LENGTH];
  char last_iso[CAREPLAN_DATE_ISO_LENGTH];
  char *message;

  if (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE))
    {
      careplan_date_format_iso (careplan_calendar_get_first_date (calendar), first_iso);
      careplan_date_format_iso (careplan_calendar_get_last_date (calendar), last_iso);
      message = g_strdup_printf ("%s due date unknown: %s needs bank holidays "
                                 "outside the calendar's range %s to %s",
                                 obligation->what, reason, first_iso, last_iso);
    }
  else if (error != NULL)
    {
      message = g_strdup_printf ("%s due date unknown: %s cannot be computed (%s)",
                                 obligation->what, reason, error->message);
    }
  else
    {
      message = g_strdup_printf ("%s due date unknown: %s cannot be computed",
                                 obligation->what, reason);
    }

  return careplan_finding_new_take (rule, child_id, CAREPLAN_FINDING_STATUS_UNKNOWN,
                                    obligation->anchor_kind, obligation->anchor_date,
                                    CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
                                    CAREPLAN_FINDING_NO_DAYS_LATE, message);
}

static CareplanFinding *
due_unknown (CareplanRule             *rule,
             const char               *child_id,
             const CareplanObligation *obligation,
             CareplanCalendar         *calendar,
             const GError             *error)
{
  g_autofree char *timescale = NULL;
  g_autofree char *reason = NULL;
  char anchor_iso[CAREPLAN_DATE_ISO_LENGTH];

  timescale = careplan_obligation_format_timescale (obligation->count, obligation->unit);
  careplan_date_format_iso (obligation->anchor_date, anchor_iso);
  reason = g_strdup_printf ("%s after %s on %s", timescale, obligation->anchor_phrase, anchor_iso);

  return due_unknown_with_reason (rule, child_id, obligation, calendar, error, reason);
}

gboolean
careplan_obligation_in_force (CareplanRule             *rule,
                              const CareplanEvaluation *evaluation,
                              const CareplanObligation *obligation,
                              GPtrArray                *findings)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), FALSE);
  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail (obligation != NULL, FALSE);
  g_return_val_if_fail (findings != NULL, FALSE);

  if (careplan_rule_is_in_force_on (rule, obligation->anchor_date))
    return TRUE;

  g_ptr_array_add (findings, not_in_force (rule, careplan_child_get_id (evaluation->child),
                                           obligation));
  return FALSE;
}

gboolean
careplan_obligation_evaluate_due (CareplanRule             *rule,
                                  const CareplanEvaluation *evaluation,
                                  const CareplanObligation *obligation,
                                  CareplanDate              due,
                                  const GError             *error,
                                  const char               *due_phrase,
                                  const CareplanScope      *scope,
                                  CareplanDate              candidate,
                                  GPtrArray                *findings)
{
  CareplanFinding *finding;
  const char *child_id;

  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), FALSE);
  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail (obligation != NULL, FALSE);
  g_return_val_if_fail (due_phrase != NULL, FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (findings != NULL, FALSE);

  if (!careplan_obligation_in_force (rule, evaluation, obligation, findings))
    return FALSE;

  child_id = careplan_child_get_id (evaluation->child);

  if (due == CAREPLAN_DATE_NONE)
    {
      g_ptr_array_add (findings, due_unknown_with_reason (rule, child_id, obligation,
                                                          evaluation->calendar, error,
                                                          due_phrase));
      return FALSE;
    }

  finding = judge_with_reason (rule, child_id, obligation, due, due_phrase, scope,
                               candidate, evaluation->as_of);
  if (finding == NULL)
    return FALSE;

  g_ptr_array_add (findings, finding);

  return (careplan_finding_get_status (finding) == CAREPLAN_FINDING_STATUS_MET ||
          careplan_finding_get_status (finding) == CAREPLAN_FINDING_STATUS_MET_LATE);
}

gboolean
careplan_obligation_evaluate (CareplanRule             *rule,
                              const CareplanEvaluation *evaluation,
                              const CareplanObligation *obligation,
                              const CareplanScope      *scope,
                              CareplanDate              candidate,
                              GPtrArray                *findings)
{
  g_autoptr(GError) error = NULL;
  CareplanFinding *finding;
  const char *child_id;
  CareplanDate due;

  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), FALSE);
  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail (obligation != NULL, FALSE);
  g_return_val_if_fail (obligation->count >= 0, FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (findings != NULL, FALSE);

  child_id = careplan_child_get_id (evaluation->child);

  if (!careplan_rule_is_in_force_on (rule, obligation->anchor_date))
    {
      g_ptr_array_add (findings, not_in_force (rule, child_id, obligation));
      return FALSE;
    }

  due = careplan_calendar_add (evaluation->calendar, obligation->anchor_date,
                               (guint) obligation->count, obligation->unit, &error);
  if (due == CAREPLAN_DATE_NONE)
    {
      g_ptr_array_add (findings, due_unknown (rule, child_id, obligation,
                                              evaluation->calendar, error));
      return FALSE;
    }

  finding = careplan_obligation_judge (rule, child_id, obligation, due, scope,
                                       candidate, evaluation->as_of);
  if (finding == NULL)
    return FALSE;

  g_ptr_array_add (findings, finding);

  return (careplan_finding_get_status (finding) == CAREPLAN_FINDING_STATUS_MET ||
          careplan_finding_get_status (finding) == CAREPLAN_FINDING_STATUS_MET_LATE);
}

void
careplan_obligation_walk_chain (CareplanRule             *rule,
                                const CareplanEvaluation *evaluation,
                                const CareplanChain      *chain,
                                const CareplanScope      *scope,
                                GPtrArray                *findings)
{
  gboolean in_unapplied_run = FALSE;
  guint k;

  g_return_if_fail (CAREPLAN_IS_RULE (rule));
  g_return_if_fail (evaluation != NULL);
  g_return_if_fail (chain != NULL);
  g_return_if_fail (chain->last <= chain->end);
  g_return_if_fail (chain->end <= chain->events->len);
  g_return_if_fail (scope != NULL);
  g_return_if_fail (findings != NULL);

  for (k = chain->first; k < chain->last; k++)
    {
      CareplanObligation obligation = {
        .what = chain->what,
        .done_verb = chain->done_verb,
        .anchor_kind = chain->anchor_kind,
        .anchor_phrase = chain->anchor_phrase,
        .anchor_date = event_date (chain->events, k),
        .count = chain->count,
        .unit = chain->unit,
      };
      CareplanDate candidate = k + 1 < chain->end ? event_date (chain->events, k + 1)
                                                  : CAREPLAN_DATE_NONE;

      /* Visits before a rule came into force would otherwise each say
       * "not applicable": say it once, and go on from the first anchor
       * that is in force. */
      if (!careplan_rule_is_in_force_on (rule, obligation.anchor_date))
        {
          if (!in_unapplied_run)
            g_ptr_array_add (findings,
                             not_in_force (rule, careplan_child_get_id (evaluation->child),
                                           &obligation));
          in_unapplied_run = TRUE;
          continue;
        }
      in_unapplied_run = FALSE;

      if (!careplan_obligation_evaluate (rule, evaluation, &obligation, scope, candidate, findings))
        break;
    }
}

gboolean
careplan_obligation_skip_short_break_period (const CareplanEvaluation *evaluation,
                                             CareplanRule             *rule,
                                             guint                     period,
                                             const char               *what,
                                             const char               *because,
                                             GPtrArray                *findings)
{
  const CareplanPeriodSpan *span = &g_array_index (evaluation->index->periods, CareplanPeriodSpan, period);
  g_autofree char *reason = NULL;
  char start_iso[CAREPLAN_DATE_ISO_LENGTH];

  if (!span->short_break)
    return FALSE;

  careplan_date_format_iso (span->start, start_iso);
  reason = g_strdup_printf ("the period of care from %s is a series of short breaks, %s",
                            start_iso, because);
  g_ptr_array_add (findings,
                   careplan_obligation_not_applicable (rule, careplan_child_get_id (evaluation->child),
                                                       what, "became-looked-after", span->start,
                                                       reason));
  return TRUE;
}
