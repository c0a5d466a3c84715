/* careplan-obligation.c: judging obligations, the same for every rule
 *
 * The rules of docs/rules.md ("Findings"), written once:
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
#include "careplan-eligibility-private.h"
#include "careplan-visit-regimes-private.h"

#include "careplan-error.h"

#include <string.h>

static CareplanDate
event_date (GPtrArray *events,
            guint      i)
{
  return careplan_event_get_date (g_ptr_array_index (events, i));
}

/* @successor_start: the start of the next span, or CAREPLAN_DATE_NONE. */
static void
init_scope (CareplanScope *scope,
            CareplanDate   start,
            CareplanDate   end,
            CareplanDate   successor_start,
            const char    *noun)
{
  scope->start = start;
  scope->end = end;
  scope->end_exclusive = (end != CAREPLAN_DATE_NONE && successor_start == end);
  scope->noun = noun;
}

void
careplan_scope_init_placement (CareplanScope            *scope,
                               const CareplanChildIndex *index,
                               guint                     placement)
{
  GArray *spans = index->placements;

  g_return_if_fail (placement < spans->len);

  init_scope (scope, g_array_index (spans, CareplanPlacementSpan, placement).start,
              g_array_index (spans, CareplanPlacementSpan, placement).end,
              placement + 1 < spans->len ? g_array_index (spans, CareplanPlacementSpan, placement + 1).start
                                         : CAREPLAN_DATE_NONE,
              "placement");
}

void
careplan_scope_init_period (CareplanScope            *scope,
                            const CareplanChildIndex *index,
                            guint                     period)
{
  GArray *spans = index->periods;

  g_return_if_fail (period < spans->len);

  init_scope (scope, g_array_index (spans, CareplanPeriodSpan, period).start,
              g_array_index (spans, CareplanPeriodSpan, period).end,
              period + 1 < spans->len ? g_array_index (spans, CareplanPeriodSpan, period + 1).start
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

CareplanDate
careplan_scope_gap_before (const CareplanChildIndex *index,
                           guint                     placement)
{
  const CareplanPlacementSpan *span;
  const CareplanPeriodSpan *period;
  const CareplanPeriodSpan *previous;

  g_return_val_if_fail (index != NULL, CAREPLAN_DATE_NONE);
  g_return_val_if_fail (placement < index->placements->len, CAREPLAN_DATE_NONE);

  span = &g_array_index (index->placements, CareplanPlacementSpan, placement);
  if (span->period >= index->periods->len)
    return span->start;
  period = &g_array_index (index->periods, CareplanPeriodSpan, span->period);
  if (period->first_placement != placement)
    return span->start;
  if (span->period == 0)
    return 0;

  previous = &g_array_index (index->periods, CareplanPeriodSpan, span->period - 1);
  /* An open or overlapping earlier period (bad data) leaves no gap. */
  if (previous->end == CAREPLAN_DATE_NONE || previous->end >= span->start)
    return span->start;
  return previous->end + 1;
}

gboolean
careplan_scope_placement_is_out_of_area (const CareplanChildIndex *index,
                                         guint                     placement)
{
  const CareplanPlacementSpan *span;
  CareplanEpisode *episode;

  g_return_val_if_fail (index != NULL, FALSE);
  g_return_val_if_fail (placement < index->placements->len, FALSE);

  span = &g_array_index (index->placements, CareplanPlacementSpan, placement);
  if (span->n_episodes == 0 || span->first_episode >= index->episodes->len)
    return FALSE;
  episode = g_ptr_array_index (index->episodes, span->first_episode);
  return careplan_episode_get_out_of_area (episode) == CAREPLAN_TRISTATE_YES ||
         careplan_episode_get_at_distance (episode) == CAREPLAN_TRISTATE_YES;
}

gboolean
careplan_scope_holds_by_end (const CareplanScope *scope,
                             CareplanDate         date)
{
  g_return_val_if_fail (scope != NULL, FALSE);

  if (date == CAREPLAN_DATE_NONE)
    return FALSE;
  if (scope->end == CAREPLAN_DATE_NONE)
    return TRUE;

  return scope->end_exclusive ? date < scope->end : date <= scope->end;
}

gboolean
careplan_scope_contains (const CareplanScope *scope,
                         CareplanDate         date)
{
  g_return_val_if_fail (scope != NULL, FALSE);

  return date != CAREPLAN_DATE_NONE && date >= scope->start && careplan_scope_holds_by_end (scope, date);
}

guint
careplan_array_lower_bound (GArray  *array,
                            gsize    offset,
                            guint32  key)
{
  guint size = g_array_get_element_size (array);
  guint low = 0;
  guint high = array->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      guint32 value;

      memcpy (&value, array->data + (gsize) middle * size + offset, sizeof value);
      if (value < key)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

/* Spans (placements, periods) are sorted by start and do not overlap, so
 * the only one that can hold @date is the last starting on or before it;
 * a successor starting on its predecessor's end date is found first, as
 * docs/rules.md wants. */
static guint
last_span_starting_by (GArray       *spans,
                       CareplanDate  date)
{
  guint after;

  G_STATIC_ASSERT (G_STRUCT_OFFSET (CareplanPlacementSpan, start) == G_STRUCT_OFFSET (CareplanPeriodSpan, start));
  after = careplan_array_lower_bound (spans, G_STRUCT_OFFSET (CareplanPlacementSpan, start), date + 1);

  return after == 0 ? G_MAXUINT : after - 1;
}

/* The span of @spans whose days hold @date (the scope @init_scope makes
 * of it), or G_MAXUINT. */
static guint
find_span (const CareplanChildIndex *index,
           GArray                   *spans,
           CareplanDate              date,
           void                    (*init_scope) (CareplanScope *, const CareplanChildIndex *, guint))
{
  CareplanScope scope;
  guint k;

  k = date != CAREPLAN_DATE_NONE ? last_span_starting_by (spans, date) : G_MAXUINT;
  if (k == G_MAXUINT)
    return G_MAXUINT;
  init_scope (&scope, index, k);

  return careplan_scope_contains (&scope, date) ? k : G_MAXUINT;
}

guint
careplan_scope_find_placement (const CareplanChildIndex *index,
                               CareplanDate              date)
{
  return find_span (index, index->placements, date, careplan_scope_init_placement);
}

guint
careplan_scope_find_period (const CareplanChildIndex *index,
                            CareplanDate              date)
{
  return find_span (index, index->periods, date, careplan_scope_init_period);
}

static const char *
timescale_noun (int              *count,
                CareplanTimeUnit  unit)
{
  switch (unit)
    {
    case CAREPLAN_TIME_UNIT_DAYS:
      /* The regulations say "one week", "six weeks": parameters hold days
       * so that a policy can say 28 or 30, but whole weeks read as such. */
      if (*count > 0 && *count % 7 == 0)
        {
          *count /= 7;
          return *count == 1 ? "week" : "weeks";
        }
      return *count == 1 ? "day" : "days";
    case CAREPLAN_TIME_UNIT_WEEKS:
      return *count == 1 ? "week" : "weeks";
    case CAREPLAN_TIME_UNIT_MONTHS:
      return *count == 1 ? "month" : "months";
    case CAREPLAN_TIME_UNIT_WORKING_DAYS:
      return *count == 1 ? "working day" : "working days";
    case CAREPLAN_TIME_UNIT_YEARS:
      return *count == 1 ? "year" : "years";
    default:
      return NULL;
    }
}

char *
careplan_obligation_format_timescale (int              count,
                                      CareplanTimeUnit unit)
{
  const char *noun = timescale_noun (&count, unit);

  g_return_val_if_fail (noun != NULL, NULL);

  return g_strdup_printf ("%d %s", count, noun);
}

gboolean
careplan_obligation_add_timescale (CareplanMessage  *message,
                                   int               count,
                                   CareplanTimeUnit  unit)
{
  const char *noun = timescale_noun (&count, unit);

  g_return_val_if_fail (noun != NULL, FALSE);

  careplan_message_add_int (message, count);
  careplan_message_add_static (message, " ");
  careplan_message_add_static (message, noun);
  return TRUE;
}

/* "<what> due <due>: <reason>; ", the start of every verdict's message;
 * @reason leaves room for 12 parts more. */
static void
begin_verdict (CareplanMessage          *message,
               const CareplanObligation *obligation,
               CareplanDate              due,
               const CareplanMessage    *reason)
{
  guint i;

  careplan_message_init (message);
  careplan_message_add_text (message, obligation->what);
  careplan_message_add_static (message, " due ");
  careplan_message_add_date (message, due);
  careplan_message_add_static (message, ": ");
  for (i = 0; i < reason->n_parts; i++)
    message->parts[message->n_parts++] = reason->parts[i];
  message->text_len += reason->text_len;
  careplan_message_add_static (message, "; ");
}

/* The verdict, with @reason saying how @due was reached ("20 working
 * days after becoming looked after on 2024-12-20"), as message parts.
 * The finding keeps the sentence as its parts: it is written only when
 * asked for.  Returns TRUE when the obligation was met, on time or late. */
static gboolean
judge_with_reason (CareplanFindingArray     *findings,
                   CareplanRule             *rule,
                   const char               *child_id,
                   const CareplanObligation *obligation,
                   CareplanDate              due,
                   const CareplanMessage    *reason,
                   const CareplanScope      *scope,
                   CareplanDate              candidate,
                   CareplanDate              as_of)
{
  CareplanMessage message;
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
    return FALSE;

  g_return_val_if_fail (reason->n_parts + 12 <= CAREPLAN_MESSAGE_MAX_PARTS, FALSE);
  begin_verdict (&message, obligation, due, reason);

  if (candidate != CAREPLAN_DATE_NONE)
    {
      careplan_message_add_text (&message, obligation->done_verb);
      careplan_message_add_static (&message, " ");
      careplan_message_add_date (&message, candidate);
      if (candidate <= due)
        status = CAREPLAN_FINDING_STATUS_MET;
      else
        {
          status = CAREPLAN_FINDING_STATUS_MET_LATE;
          days_late = careplan_date_days_between (due, candidate);
        }
    }
  else if (as_of <= due)
    {
      status = CAREPLAN_FINDING_STATUS_DUE;
      careplan_message_add_static (&message, "none yet at ");
      careplan_message_add_date (&message, as_of);
    }
  else if (scope_end != CAREPLAN_DATE_NONE && scope_end < as_of)
    {
      status = CAREPLAN_FINDING_STATUS_OVERDUE;
      days_late = careplan_date_days_between (due, scope_end);
      careplan_message_add_static (&message, "none by the end of the ");
      careplan_message_add_text (&message, scope->noun);
      careplan_message_add_static (&message, " on ");
      careplan_message_add_date (&message, scope_end);
    }
  else
    {
      status = CAREPLAN_FINDING_STATUS_OVERDUE;
      days_late = careplan_date_days_between (due, as_of);
      careplan_message_add_static (&message, "none by ");
      careplan_message_add_date (&message, as_of);
    }

  if (days_late != CAREPLAN_FINDING_NO_DAYS_LATE)
    {
      /* " (<n> day(s) late)" */
      careplan_message_add_static (&message, " (");
      careplan_message_add_int (&message, days_late);
      careplan_message_add_static (&message, days_late == 1 ? " day late)" : " days late)");
    }

  careplan_finding_array_add_parts (findings, rule, child_id, status,
                                    obligation->anchor_kind, obligation->anchor_date,
                                    due,
                                    (status == CAREPLAN_FINDING_STATUS_MET ||
                                     status == CAREPLAN_FINDING_STATUS_MET_LATE) ? candidate : CAREPLAN_DATE_NONE,
                                    days_late,
                                    &message);

  return (status == CAREPLAN_FINDING_STATUS_MET || status == CAREPLAN_FINDING_STATUS_MET_LATE);
}

/* "<count> <unit> after <anchor phrase> on <anchor date>": how the due
 * date of @obligation is reached. */
static gboolean
timescale_reason (CareplanMessage          *reason,
                  const CareplanObligation *obligation)
{
  careplan_message_init (reason);
  if (!careplan_obligation_add_timescale (reason, obligation->count, obligation->unit))
    return FALSE;
  careplan_message_add_static (reason, " after ");
  careplan_message_add_text (reason, obligation->anchor_phrase);
  careplan_message_add_static (reason, " on ");
  careplan_message_add_date (reason, obligation->anchor_date);
  return TRUE;
}

gboolean
careplan_obligation_add_verdict (CareplanFindingArray     *findings,
                                 CareplanRule             *rule,
                                 const char               *child_id,
                                 const CareplanObligation *obligation,
                                 CareplanDate              due,
                                 const CareplanScope      *scope,
                                 CareplanDate              candidate,
                                 CareplanDate              as_of)
{
  CareplanMessage reason;

  g_return_val_if_fail (findings != NULL, FALSE);
  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), FALSE);
  g_return_val_if_fail (child_id != NULL, FALSE);
  g_return_val_if_fail (obligation != NULL, FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (due != CAREPLAN_DATE_NONE, FALSE);
  g_return_val_if_fail (as_of != CAREPLAN_DATE_NONE, FALSE);

  if (!timescale_reason (&reason, obligation))
    return FALSE;

  return judge_with_reason (findings, rule, child_id, obligation, due, &reason, scope, candidate,
                            as_of);
}

/* As careplan_obligation_add_not_applicable(), @reason given as message
 * parts, so that the sentence is written only when asked for. */
static void
add_not_applicable_parts (CareplanRule             *rule,
                          const CareplanEvaluation *evaluation,
                          const char               *what,
                          const char               *anchor_kind,
                          CareplanDate              anchor_date,
                          const CareplanMessage    *reason,
                          CareplanFindingArray     *findings)
{
  CareplanMessage message;
  guint i;

  g_return_if_fail (findings != NULL);
  g_return_if_fail (CAREPLAN_IS_RULE (rule));
  g_return_if_fail (what != NULL);
  g_return_if_fail (reason != NULL);
  g_return_if_fail (reason->n_parts + 2 <= CAREPLAN_MESSAGE_MAX_PARTS);

  /* "<what> not applicable: <reason>" */
  careplan_message_init (&message);
  careplan_message_add_text (&message, what);
  careplan_message_add_static (&message, " not applicable: ");
  for (i = 0; i < reason->n_parts; i++)
    message.parts[message.n_parts++] = reason->parts[i];
  message.text_len += reason->text_len;

  careplan_finding_array_add_parts (findings, rule, careplan_child_get_id (evaluation->child),
                                    CAREPLAN_FINDING_STATUS_NOT_APPLICABLE,
                                    anchor_kind, anchor_date,
                                    CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
                                    CAREPLAN_FINDING_NO_DAYS_LATE,
                                    &message);
}

void
careplan_obligation_add_not_applicable (CareplanRule             *rule,
                                        const CareplanEvaluation *evaluation,
                                        const char               *what,
                                        const char               *anchor_kind,
                                        CareplanDate              anchor_date,
                                        const char               *reason,
                                        CareplanFindingArray     *findings)
{
  CareplanMessage message;

  g_return_if_fail (reason != NULL);

  careplan_message_init (&message);
  careplan_message_add_text (&message, reason);

  add_not_applicable_parts (rule, evaluation, what, anchor_kind, anchor_date, &message, findings);
}

void
careplan_obligation_add_unknown (CareplanRule             *rule,
                                 const CareplanEvaluation *evaluation,
                                 const char               *what,
                                 const char               *anchor_kind,
                                 CareplanDate              anchor_date,
                                 const char               *reason,
                                 CareplanFindingArray     *findings)
{
  g_return_if_fail (findings != NULL);
  g_return_if_fail (CAREPLAN_IS_RULE (rule));
  g_return_if_fail (what != NULL);
  g_return_if_fail (reason != NULL);

  careplan_finding_array_add_take (findings, rule, careplan_child_get_id (evaluation->child),
                                   CAREPLAN_FINDING_STATUS_UNKNOWN, anchor_kind, anchor_date,
                                   CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
                                   CAREPLAN_FINDING_NO_DAYS_LATE,
                                   g_strdup_printf ("%s unknown: %s", what, reason));
}

void
careplan_obligation_add_no_placement (CareplanRule             *rule,
                                      const CareplanEvaluation *evaluation,
                                      const char               *what,
                                      const char               *anchor_kind,
                                      CareplanDate              date,
                                      const char               *record,
                                      CareplanFindingArray     *findings)
{
  char date_iso[CAREPLAN_DATE_ISO_LENGTH];

  g_return_if_fail (CAREPLAN_IS_RULE (rule));
  g_return_if_fail (evaluation != NULL);
  g_return_if_fail (findings != NULL);

  careplan_date_format_iso (date, date_iso);
  careplan_finding_array_add_take (findings, rule, careplan_child_get_id (evaluation->child),
                                   CAREPLAN_FINDING_STATUS_UNKNOWN, anchor_kind, date,
                                   CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
                                   CAREPLAN_FINDING_NO_DAYS_LATE,
                                   g_strdup_printf ("%s cannot be judged: the %s starting "
                                                    "%s falls in none of the child's "
                                                    "placements", what, record, date_iso));
}

static void
not_in_force (CareplanRule              *rule,
              const CareplanEvaluation  *evaluation,
              const CareplanObligation  *obligation,
              CareplanFindingArray      *findings)
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

  careplan_obligation_add_not_applicable (rule, evaluation, obligation->what, obligation->anchor_kind,
                                          obligation->anchor_date, reason, findings);
}

/* @reason says how the due date would have been reached ("20 working
 * days after becoming looked after on 2024-12-20"). */
static void
due_unknown_with_reason (CareplanFindingArray     *findings,
                         CareplanRule             *rule,
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

  careplan_finding_array_add_take (findings, rule, child_id, CAREPLAN_FINDING_STATUS_UNKNOWN,
                                   obligation->anchor_kind, obligation->anchor_date,
                                   CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
                                   CAREPLAN_FINDING_NO_DAYS_LATE, message);
}

gboolean
careplan_obligation_in_force (CareplanRule             *rule,
                              const CareplanEvaluation *evaluation,
                              const CareplanObligation *obligation,
                              CareplanFindingArray     *findings)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), FALSE);
  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail (obligation != NULL, FALSE);
  g_return_val_if_fail (findings != NULL, FALSE);

  if (careplan_rule_is_in_force_on (rule, obligation->anchor_date))
    return TRUE;

  not_in_force (rule, evaluation, obligation, findings);
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
                                  CareplanFindingArray     *findings)
{
  CareplanMessage reason;

  g_return_val_if_fail (due_phrase != NULL, FALSE);

  careplan_message_init (&reason);
  careplan_message_add_text (&reason, due_phrase);

  return careplan_obligation_evaluate_due_parts (rule, evaluation, obligation, due, error, &reason,
                                                 scope, candidate, findings);
}

gboolean
careplan_obligation_evaluate_due_parts (CareplanRule             *rule,
                                        const CareplanEvaluation *evaluation,
                                        const CareplanObligation *obligation,
                                        CareplanDate              due,
                                        const GError             *error,
                                        const CareplanMessage    *due_phrase,
                                        const CareplanScope      *scope,
                                        CareplanDate              candidate,
                                        CareplanFindingArray     *findings)
{
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
      g_autofree char *phrase = careplan_message_to_string (due_phrase);

      due_unknown_with_reason (findings, rule, child_id, obligation, evaluation->calendar, error,
                               phrase);
      return FALSE;
    }

  return judge_with_reason (findings, rule, child_id, obligation, due, due_phrase, scope,
                            candidate, evaluation->as_of);
}

gboolean
careplan_obligation_evaluate (CareplanRule             *rule,
                              const CareplanEvaluation *evaluation,
                              const CareplanObligation *obligation,
                              const CareplanScope      *scope,
                              CareplanDate              candidate,
                              CareplanFindingArray     *findings)
{
  g_autoptr(GError) error = NULL;
  CareplanMessage reason;
  CareplanDate due = CAREPLAN_DATE_NONE;

  g_return_val_if_fail (evaluation != NULL, FALSE);
  g_return_val_if_fail (obligation != NULL, FALSE);
  g_return_val_if_fail (obligation->count >= 0, FALSE);

  if (!timescale_reason (&reason, obligation))
    return FALSE;
  /* Not in force: no due date is needed to say so. */
  if (careplan_rule_is_in_force_on (rule, obligation->anchor_date))
    due = careplan_calendar_add (evaluation->calendar, obligation->anchor_date,
                                 (guint) obligation->count, obligation->unit, &error);

  return careplan_obligation_evaluate_due_parts (rule, evaluation, obligation, due, error, &reason,
                                                 scope, candidate, findings);
}

void
careplan_obligation_walk_chain (CareplanRule             *rule,
                                const CareplanEvaluation *evaluation,
                                const CareplanChain      *chain,
                                const CareplanScope      *scope,
                                CareplanFindingArray     *findings)
{
  gboolean in_unapplied_run;
  guint k;

  g_return_if_fail (CAREPLAN_IS_RULE (rule));
  g_return_if_fail (evaluation != NULL);
  g_return_if_fail (chain != NULL);
  g_return_if_fail (chain->last <= chain->end);
  g_return_if_fail (chain->end <= chain->events->len);
  g_return_if_fail (scope != NULL);
  g_return_if_fail (findings != NULL);

  in_unapplied_run = chain->after_unapplied;
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
            not_in_force (rule, evaluation, &obligation, findings);
          in_unapplied_run = TRUE;
          continue;
        }
      in_unapplied_run = FALSE;

      if (!careplan_obligation_evaluate (rule, evaluation, &obligation, scope, candidate, findings))
        break;
    }
}

/* The `not-applicable` finding of a short break (reg 48) for @what
 * anchored on @anchor_date: "the period of care from <start> is a series
 * of short breaks, <because>", or, @of_placement, "the placement from
 * <start> is a short break, <because>". */
static void
add_short_break (CareplanFindingArray     *findings,
                 CareplanRule             *rule,
                 const CareplanEvaluation *evaluation,
                 const char               *what,
                 const char               *anchor_kind,
                 CareplanDate              anchor_date,
                 gboolean                  of_placement,
                 CareplanDate              start,
                 const char               *because)
{
  CareplanMessage reason;

  careplan_message_init (&reason);
  careplan_message_add_static (&reason, of_placement ? "the placement from " : "the period of care from ");
  careplan_message_add_date (&reason, start);
  careplan_message_add_static (&reason, of_placement ? " is a short break, " : " is a series of short breaks, ");
  careplan_message_add_text (&reason, because);
  add_not_applicable_parts (rule, evaluation, what, anchor_kind, anchor_date, &reason, findings);
}

CareplanDate
careplan_scope_prior_start (const CareplanScope *scope,
                            int                  months)
{
  CareplanDate earliest = careplan_date_add_months (scope->start, -months);

  /* Only before year 1: such a window starts with the calendar. */
  return earliest != CAREPLAN_DATE_NONE ? earliest : 1;
}

void
careplan_obligation_evaluate_by_review (CareplanRule             *rule,
                                        const CareplanEvaluation *evaluation,
                                        const char               *what,
                                        const char               *done_verb,
                                        CareplanEventKind         met_by,
                                        int                       prior_months,
                                        const char               *short_breaks,
                                        CareplanByReviewDue       due_func,
                                        CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *reviews = index->events[CAREPLAN_EVENT_KIND_REVIEW];
  guint p;

  for (p = 0; p < index->periods->len; p++)
    {
      const CareplanPeriodSpan *span = &g_array_index (index->periods, CareplanPeriodSpan, p);
      g_autoptr(GError) error = NULL;
      CareplanMessage phrase;
      CareplanDate held[2] = { CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE };
      CareplanScope scope;
      CareplanScope window;
      CareplanDate due;
      guint first;
      guint last;
      guint i;
      CareplanObligation obligation = {
        .what = what,
        .done_verb = done_verb,
        .anchor_kind = "became-looked-after",
        .anchor_phrase = "becoming looked after",
        .anchor_date = span->start,
      };

      if (short_breaks != NULL &&
          careplan_obligation_skip_short_break_period (evaluation, rule, p, what, short_breaks, findings))
        continue;

      careplan_scope_init_period (&scope, index, p);
      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_REVIEW, &first, &last);
      for (i = 0; i < G_N_ELEMENTS (held) && first + i < last; i++)
        held[i] = event_date (reviews, first + i);
      careplan_message_init (&phrase);
      due = due_func (rule, evaluation, span, held[0], held[1], &phrase, &error);

      window = scope;
      if (prior_months > 0)
        window.start = careplan_scope_prior_start (&scope, prior_months);
      careplan_scope_find_events (&window, index, met_by, &first, &last);
      careplan_obligation_evaluate_due_parts (rule, evaluation, &obligation, due, error, &phrase,
                                              &scope,
                                              first < last ? event_date (index->events[met_by], first)
                                                           : CAREPLAN_DATE_NONE,
                                              findings);
    }
}

gboolean
careplan_obligation_skip_short_break_period (const CareplanEvaluation *evaluation,
                                             CareplanRule             *rule,
                                             guint                     period,
                                             const char               *what,
                                             const char               *because,
                                             CareplanFindingArray     *findings)
{
  const CareplanPeriodSpan *span = &g_array_index (evaluation->index->periods, CareplanPeriodSpan, period);

  if (!span->short_break)
    return FALSE;

  add_short_break (findings, rule, evaluation, what, "became-looked-after", span->start,
                   FALSE, span->start, because);
  return TRUE;
}

/* --- rules as rows ------------------------------------------------------ */

/* The value and unit of the rule's parameter @name; a row names only
 * parameters its definition has (a test checks every row). */
static int
spec_parameter (CareplanRule     *rule,
                const char       *name,
                CareplanTimeUnit *unit)
{
  int value = 0;

  if (!careplan_rule_get_parameter (rule, name, &value, unit))
    g_critical ("rule %s has no parameter %s", careplan_rule_get_id (rule), name);

  return value;
}

/* Whether @event has the detail the row asks for. */
static gboolean
spec_detail_matches (const CareplanObligationSpec *spec,
                     CareplanEvent                *event)
{
  const char *detail = careplan_event_get_detail (event);

  if (spec->met_by_detail == NULL)
    return TRUE;
  if (detail == NULL)
    return spec->met_by_detail_or_unset;
  return g_str_equal (detail, spec->met_by_detail);
}

/* The first event of spec->met_by in [from, scope's end], or
 * CAREPLAN_DATE_NONE; *@position is its index (or the end). */
static CareplanDate
spec_first_match (const CareplanObligationSpec *spec,
                  const CareplanChildIndex     *index,
                  const CareplanScope          *scope,
                  CareplanDate                  from,
                  guint                        *position)
{
  GPtrArray *events = index->events[spec->met_by];
  CareplanScope window = *scope;
  guint first;
  guint last;
  guint k;

  window.start = from;
  careplan_scope_find_events (&window, index, spec->met_by, &first, &last);
  for (k = first; k < last; k++)
    {
      CareplanEvent *event = g_ptr_array_index (events, k);

      if (spec_detail_matches (spec, event))
        {
          if (position != NULL)
            *position = k;
          return careplan_event_get_date (event);
        }
    }

  if (position != NULL)
    *position = last;
  return CAREPLAN_DATE_NONE;
}

/* A document asked for before the scope starts (spec->before_start): the
 * latest of spec->met_by dated in [@from, the scope's start), else the
 * first dated within the scope. */
static CareplanDate
spec_find_document (const CareplanObligationSpec *spec,
                    const CareplanChildIndex     *index,
                    const CareplanScope          *scope,
                    CareplanDate                  from)
{
  GPtrArray *events = index->events[spec->met_by];
  guint first;
  guint last;
  guint k;

  careplan_scope_find_events (scope, index, spec->met_by, &first, &last);
  for (k = first; k > 0; k--)
    {
      CareplanEvent *event = g_ptr_array_index (events, k - 1);

      if (careplan_event_get_date (event) < from)
        break;
      if (spec_detail_matches (spec, event))
        return careplan_event_get_date (event);
    }

  return spec_first_match (spec, index, scope, scope->start, NULL);
}

CareplanAgeVerdict
careplan_obligation_age_verdict (const CareplanEvaluation *evaluation,
                                 int                       min_age,
                                 int                       max_age,
                                 const char               *ages_of,
                                 CareplanDate              date,
                                 const char               *date_phrase,
                                 char                    **reason)
{
  CareplanDate date_of_birth = careplan_child_get_date_of_birth (evaluation->child);
  char date_iso[CAREPLAN_DATE_ISO_LENGTH];
  int age;

  careplan_date_format_iso (date, date_iso);
  if (!careplan_date_is_valid (date_of_birth) || date_of_birth > date)
    {
      *reason = g_strdup_printf ("the child's date of birth is not recorded (or is after %s), so "
                                 "whether the %s ages %d to %d cover %s on %s is not known",
                                 date_iso, ages_of, min_age, max_age, date_phrase, date_iso);
      return CAREPLAN_AGE_UNKNOWN;
    }

  age = careplan_date_get_age_on (date_of_birth, date, evaluation->leap_day_policy);
  if (age >= min_age && age <= max_age)
    return CAREPLAN_AGE_IN_RANGE;

  *reason = g_strdup_printf ("the child is aged %d at %s on %s, outside the %s ages %d to %d",
                             age, date_phrase, date_iso, ages_of, min_age, max_age);
  return CAREPLAN_AGE_OUT_OF_RANGE;
}

/* Whether the child's age on the scope's start is within the row's
 * min_age and max_age: TRUE to go on; else adds the `not-applicable`
 * (outside the ages) or `unknown` (no date of birth) finding, or the
 * not-in-force one, and returns FALSE. */
static gboolean
spec_age_applies (CareplanRule                 *rule,
                  const CareplanEvaluation     *evaluation,
                  const CareplanObligationSpec *spec,
                  const CareplanObligation     *obligation,
                  CareplanFindingArray         *findings)
{
  g_autofree char *reason = NULL;

  if (!careplan_obligation_in_force (rule, evaluation, obligation, findings))
    return FALSE;

  switch (careplan_obligation_age_verdict (evaluation, spec_parameter (rule, spec->min_age, NULL),
                                           spec_parameter (rule, spec->max_age, NULL), spec->ages_of,
                                           obligation->anchor_date, obligation->anchor_phrase, &reason))
    {
    case CAREPLAN_AGE_IN_RANGE:
      return TRUE;
    case CAREPLAN_AGE_OUT_OF_RANGE:
      careplan_obligation_add_not_applicable (rule, evaluation, obligation->what, obligation->anchor_kind,
                                              obligation->anchor_date, reason, findings);
      return FALSE;
    case CAREPLAN_AGE_UNKNOWN:
    default:
      careplan_obligation_add_unknown (rule, evaluation, obligation->what, obligation->anchor_kind,
                                       obligation->anchor_date, reason, findings);
      return FALSE;
    }
}

/* The obligations of one scope, anchored on its start; the events of
 * @search meet them (@scope itself, except for an event anchor, whose
 * search ends at the next anchor, and a birthday, whose search starts
 * with its period of care).  With spec->before_start, a document dated
 * from @before_from (before the scope) meets the first obligation too.
 * Returns the date of the event that meets the first obligation, or
 * CAREPLAN_DATE_NONE. */
static CareplanDate
spec_evaluate_scope (CareplanRule                 *rule,
                     const CareplanEvaluation     *evaluation,
                     const CareplanObligationSpec *spec,
                     const CareplanScope          *scope,
                     const CareplanScope          *search,
                     const char                   *anchor_kind,
                     const char                   *anchor_phrase,
                     CareplanDate                  before_from,
                     CareplanFindingArray         *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  CareplanDate done = CAREPLAN_DATE_NONE;

  if (spec->within != NULL)
    {
      CareplanObligation obligation = {
        .what = spec->what,
        .done_verb = spec->done_verb,
        .anchor_kind = anchor_kind,
        .anchor_phrase = anchor_phrase,
        .anchor_date = scope->start,
      };
      CareplanDate from = search->start;

      obligation.count = spec_parameter (rule, spec->within, &obligation.unit);
      if (spec->min_age != NULL && !spec_age_applies (rule, evaluation, spec, &obligation, findings))
        return CAREPLAN_DATE_NONE;
      if (spec->prior != NULL)
        from = careplan_scope_prior_start (scope, spec_parameter (rule, spec->prior, NULL));
      done = spec->before_start ? spec_find_document (spec, index, search, MIN (before_from, scope->start))
                                : spec_first_match (spec, index, search, from, NULL);
      careplan_obligation_evaluate (rule, evaluation, &obligation, scope, done, findings);
    }

  if (spec->every != NULL)
    {
      CareplanChain chain = {
        .what = spec->every_what,
        .done_verb = spec->done_verb,
        .anchor_kind = careplan_event_kind_to_string (spec->met_by),
        .anchor_phrase = spec->every_anchor_phrase,
        .events = index->events[spec->met_by],
      };
      CareplanScope window = *search;
      guint first;
      guint last;

      /* Only events from the anchor on anchor the periodic ones. */
      window.start = scope->start;
      chain.count = spec_parameter (rule, spec->every, &chain.unit);
      careplan_scope_find_events (&window, index, spec->met_by, &first, &last);
      chain.first = MIN (first + spec->every_from, last);
      chain.last = spec->every_count > 0 ? MIN (chain.first + spec->every_count, last) : last;
      chain.end = last;
      careplan_obligation_walk_chain (rule, evaluation, &chain, scope, findings);
    }

  return done;
}

/* One `not-applicable` finding for the placement @placement, on some of
 * whose days visits follow @regimes (a description) instead. */
void
careplan_obligation_add_regime_not_applicable (CareplanRule             *rule,
                                               const CareplanEvaluation *evaluation,
                                               const CareplanScope      *scope,
                                               const char               *what,
                                               const char               *regimes,
                                               CareplanFindingArray     *findings)
{
  g_autofree char *reason = NULL;
  char start_iso[CAREPLAN_DATE_ISO_LENGTH];

  careplan_date_format_iso (scope->start, start_iso);
  reason = g_strdup_printf ("in the placement from %s, visits follow %s instead", start_iso, regimes);
  careplan_obligation_add_not_applicable (rule, evaluation, what, "placement-start", scope->start, reason,
                                          findings);
}

/* spec->visit_regimes: the obligations of placement @placement, giving way
 * to the special regimes' @windows. */
static void
spec_evaluate_visits (CareplanRule                 *rule,
                      const CareplanEvaluation     *evaluation,
                      const CareplanObligationSpec *spec,
                      GArray                       *windows,
                      guint                         placement,
                      const CareplanScope          *scope,
                      CareplanFindingArray         *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, placement);
  guint wfirst;
  guint wlast;
  guint first;
  guint last;

  careplan_visit_regimes_of_placement (windows, placement, &wfirst, &wlast);
  careplan_scope_find_events (scope, index, spec->met_by, &first, &last);

  /* A special regime from the start of the placement has a first visit
   * of its own; one that starts later leaves this one here. */
  if (spec->within != NULL)
    {
      g_autofree char *regimes = careplan_visit_regimes_describe_overlapping (windows, wfirst, wlast,
                                                                              scope->start, scope->start + 1);
      CareplanObligation obligation = {
        .what = spec->what,
        .done_verb = spec->done_verb,
        .anchor_kind = "placement-start",
        .anchor_phrase = "the start of the placement",
        .anchor_date = scope->start,
      };

      if (regimes != NULL)
        careplan_obligation_add_regime_not_applicable (rule, evaluation, scope, spec->what, regimes, findings);
      else
        {
          obligation.count = spec_parameter (rule, spec->within, &obligation.unit);
          careplan_obligation_evaluate (rule, evaluation, &obligation, scope,
                                        first < last ? careplan_event_get_date (g_ptr_array_index (index->events[spec->met_by], first))
                                                     : CAREPLAN_DATE_NONE,
                                        findings);
        }
    }

  if (spec->every != NULL)
    {
      CareplanDate after = spec->every_until != NULL
                             ? careplan_visit_after_first_year (span, spec_parameter (rule, spec->every_until, NULL))
                             : CAREPLAN_DATE_NONE;
      g_autofree char *regimes = careplan_visit_regimes_describe_overlapping (windows, wfirst, wlast,
                                                                              span->start, after);
      CareplanChain chain = {
        .what = spec->every_what,
        .done_verb = spec->done_verb,
        .anchor_kind = careplan_event_kind_to_string (spec->met_by),
        .anchor_phrase = spec->every_anchor_phrase,
        .events = index->events[spec->met_by],
        .first = first,
        .last = after != CAREPLAN_DATE_NONE ? careplan_visit_first_from (index, after, first, last) : last,
        .end = last,
      };

      if (regimes != NULL)
        careplan_obligation_add_regime_not_applicable (rule, evaluation, scope, spec->every_what, regimes, findings);
      chain.count = spec_parameter (rule, spec->every, &chain.unit);
      careplan_visit_walk_outside_windows (rule, evaluation, &chain, scope, windows, wfirst, wlast, findings);
    }
}

/* PER_VISIT_REGIME: one window of the regime. */
static void
spec_evaluate_visit_window (CareplanRule                    *rule,
                            const CareplanEvaluation        *evaluation,
                            const CareplanObligationSpec    *spec,
                            const CareplanVisitRegimeWindow *window,
                            CareplanFindingArray            *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *visits = index->events[spec->met_by];
  gboolean unapplied = FALSE;
  CareplanObligation obligation = {
    .what = spec->what,
    .done_verb = spec->done_verb,
    .anchor_date = window->start,
  };
  CareplanChain chain = {
    .what = spec->every_what,
    .done_verb = spec->done_verb,
    .anchor_kind = careplan_event_kind_to_string (spec->met_by),
    .anchor_phrase = spec->every_anchor_phrase,
    .events = visits,
  };
  CareplanScope scope;
  guint first;
  guint last;

  careplan_scope_init_placement (&scope, index, window->placement);
  careplan_scope_find_events (&scope, index, spec->met_by, &first, &last);
  chain.first = CLAMP (careplan_child_index_find_event (index, spec->met_by, window->start), first, last);
  chain.last = window->until == CAREPLAN_DATE_NONE
                 ? last
                 : CLAMP (careplan_child_index_find_event (index, spec->met_by, window->until), chain.first, last);
  chain.end = last;
  careplan_visit_regime_anchor (index, window, &obligation.anchor_kind, &obligation.anchor_phrase);
  obligation.count = spec_parameter (rule, spec->within, &obligation.unit);

  if (!careplan_rule_is_in_force_on (rule, window->start))
    unapplied = !careplan_obligation_in_force (rule, evaluation, &obligation, findings);
  else if (!careplan_obligation_evaluate (rule, evaluation, &obligation, &scope,
                                          chain.first < last ? careplan_event_get_date (g_ptr_array_index (visits, chain.first))
                                                             : CAREPLAN_DATE_NONE,
                                          findings))
    return;

  chain.after_unapplied = unapplied;
  chain.count = spec_parameter (rule, spec->every, &chain.unit);
  careplan_obligation_walk_chain (rule, evaluation, &chain, &scope, findings);
}

/* The period of care of placement @placement when it is a series of short
 * breaks, else NULL. */
static const CareplanPeriodSpan *
short_break_period_of (const CareplanChildIndex *index,
                       guint                     placement)
{
  guint period = g_array_index (index->placements, CareplanPlacementSpan, placement).period;

  if (period >= index->periods->len || !g_array_index (index->periods, CareplanPeriodSpan, period).short_break)
    return NULL;
  return &g_array_index (index->periods, CareplanPeriodSpan, period);
}

static gboolean
spec_skip_short_break_placement (CareplanRule                 *rule,
                                 const CareplanEvaluation     *evaluation,
                                 const CareplanObligationSpec *spec,
                                 guint                         placement,
                                 CareplanFindingArray         *findings)
{
  const CareplanPlacementSpan *span = &g_array_index (evaluation->index->placements, CareplanPlacementSpan, placement);
  const CareplanPeriodSpan *period = short_break_period_of (evaluation->index, placement);

  if (spec->short_breaks == NULL || period == NULL)
    return FALSE;

  add_short_break (findings, rule, evaluation, spec->every != NULL ? spec->every_what : spec->what,
                   "placement-start", span->start, !spec->short_breaks_by_period,
                   spec->short_breaks_by_period ? period->start : span->start, spec->short_breaks);
  return TRUE;
}

gboolean
careplan_obligation_skip_short_break_placement (const CareplanEvaluation *evaluation,
                                                CareplanRule             *rule,
                                                guint                     placement,
                                                const char               *what,
                                                const char               *because,
                                                CareplanFindingArray     *findings)
{
  const CareplanPlacementSpan *span = &g_array_index (evaluation->index->placements, CareplanPlacementSpan, placement);

  if (short_break_period_of (evaluation->index, placement) == NULL)
    return FALSE;

  add_short_break (findings, rule, evaluation, what, "placement-start", span->start, TRUE, span->start, because);
  return TRUE;
}

/* --- every requirement recorded (local policy targets) --- */

typedef struct
{
  GArray  **dates;   /* per requirement: the dates of the events it matches, sorted */
  guint    *used;    /* per requirement: one past the position that met the last obligation */
  guint    *found;   /* per requirement: the position that meets this one */
} SpecRequirements;

static gboolean
requirement_matches (const CareplanObligationRequirement *requirement,
                     CareplanEvent                       *event)
{
  const char *detail;

  if (requirement->details == NULL)
    return TRUE;
  detail = careplan_event_get_detail (event);
  return detail != NULL && g_strv_contains (requirement->details, detail);
}

/* The dates of each requirement's events, once per evaluation: sorted
 * (the index sorts each kind), so every lookup is a binary search and a
 * whole evaluation stays O(n log n). */
static void
spec_requirements_init (SpecRequirements             *state,
                        const CareplanObligationSpec *spec,
                        const CareplanChildIndex     *index)
{
  guint r;

  state->dates = g_new0 (GArray *, spec->n_requirements);
  state->used = g_new0 (guint, spec->n_requirements);
  state->found = g_new0 (guint, spec->n_requirements);
  for (r = 0; r < spec->n_requirements; r++)
    {
      GPtrArray *events = index->events[spec->requirements[r].kind];
      guint i;

      state->dates[r] = g_array_sized_new (FALSE, FALSE, sizeof (CareplanDate), events->len);
      for (i = 0; i < events->len; i++)
        if (requirement_matches (&spec->requirements[r], g_ptr_array_index (events, i)))
          {
            CareplanDate date = careplan_event_get_date (g_ptr_array_index (events, i));

            g_array_append_val (state->dates[r], date);
          }
    }
}

static void
spec_requirements_clear (SpecRequirements             *state,
                         const CareplanObligationSpec *spec)
{
  guint r;

  if (state->dates == NULL)
    return;
  for (r = 0; r < spec->n_requirements; r++)
    g_array_unref (state->dates[r]);
  g_clear_pointer (&state->dates, g_free);
  g_clear_pointer (&state->used, g_free);
  g_clear_pointer (&state->found, g_free);
}

/* For every requirement, the first matching event in @scope dated on or
 * after @from and not used before.  Returns the date all are recorded by
 * (the latest of them), or CAREPLAN_DATE_NONE when one is missing;
 * *@last_requirement is the requirement recorded last. */
static CareplanDate
spec_requirements_met (const CareplanObligationSpec *spec,
                       SpecRequirements             *state,
                       const CareplanScope          *scope,
                       CareplanDate                  from,
                       guint                        *last_requirement)
{
  CareplanDate candidate = CAREPLAN_DATE_NONE;
  guint r;

  *last_requirement = 0;
  for (r = 0; r < spec->n_requirements; r++)
    {
      GArray *dates = state->dates[r];
      guint position = MAX (state->used[r], careplan_array_lower_bound (dates, 0, from));
      guint end = scope->end == CAREPLAN_DATE_NONE ? dates->len
                  : careplan_array_lower_bound (dates, 0, scope->end_exclusive ? scope->end : scope->end + 1);
      CareplanDate date;

      if (position >= end)
        return CAREPLAN_DATE_NONE;

      date = g_array_index (dates, CareplanDate, position);
      state->found[r] = position;
      if (candidate == CAREPLAN_DATE_NONE || date > candidate)
        {
          candidate = date;
          *last_requirement = r;
        }
    }

  return candidate;
}

/* The obligations of one anchor of a row with requirements: the first
 * `within` the anchor, met by events from @counts_from (the anchor, or
 * the start of a birthday's period of care), then, with `every`, each from
 * the day the previous one was met. */
static void
spec_evaluate_requirements (CareplanRule                 *rule,
                            const CareplanEvaluation     *evaluation,
                            const CareplanObligationSpec *spec,
                            SpecRequirements             *state,
                            const CareplanScope          *scope,
                            const char                   *anchor_kind,
                            const char                   *anchor_phrase,
                            CareplanDate                  anchor_date,
                            CareplanDate                  counts_from,
                            CareplanFindingArray         *findings)
{
  CareplanObligation obligation = {
    .what = spec->what,
    .done_verb = spec->done_verb,
    .anchor_kind = anchor_kind,
    .anchor_phrase = anchor_phrase,
    .anchor_date = anchor_date,
  };
  guint r;

  obligation.count = spec_parameter (rule, spec->within, &obligation.unit);
  for (r = 0; r < spec->n_requirements; r++)
    state->used[r] = 0;

  for (;;)
    {
      guint last_requirement;
      CareplanDate candidate = spec_requirements_met (spec, state, scope, counts_from, &last_requirement);

      if (!careplan_obligation_evaluate (rule, evaluation, &obligation, scope, candidate, findings) ||
          spec->every == NULL)
        return;

      /* Met: the next runs from the day it was met, and the events that
       * met this one never meet the next. */
      for (r = 0; r < spec->n_requirements; r++)
        state->used[r] = state->found[r] + 1;
      obligation.anchor_kind = careplan_event_kind_to_string (spec->requirements[last_requirement].kind);
      obligation.anchor_phrase = spec->every_anchor_phrase;
      obligation.anchor_date = candidate;
      counts_from = candidate;
      obligation.count = spec_parameter (rule, spec->every, &obligation.unit);
    }
}

/* PER_EVENT with anchor_in_period: each anchor in the period of care that
 * holds it. */
static void
spec_evaluate_events_in_period (CareplanRule                 *rule,
                                const CareplanEvaluation     *evaluation,
                                const CareplanObligationSpec *spec,
                                SpecRequirements             *state,
                                CareplanFindingArray         *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *anchors = index->events[spec->anchor_event];
  const char *anchor_kind = careplan_event_kind_to_string (spec->anchor_event);
  guint i;

  /* Only rows with requirements (local targets) anchor in a period. */
  g_return_if_fail (state->dates != NULL);

  for (i = spec->anchor_from; i < anchors->len; i++)
    {
      CareplanDate date = careplan_event_get_date (g_ptr_array_index (anchors, i));
      guint p = careplan_scope_find_period (index, date);
      const CareplanPeriodSpan *span;
      CareplanScope scope;

      if (p == G_MAXUINT)
        continue;
      span = &g_array_index (index->periods, CareplanPeriodSpan, p);
      if (span->short_break && spec->short_breaks != NULL)
        {
          add_short_break (findings, rule, evaluation, spec->what, anchor_kind, date,
                           FALSE, span->start, spec->short_breaks);
          continue;
        }
      careplan_scope_init_period (&scope, index, p);
      spec_evaluate_requirements (rule, evaluation, spec, state, &scope, anchor_kind,
                                  spec->anchor_phrase, date, date, findings);
    }
}

/* PER_BIRTHDAY: the obligation of the period of care holding the child's
 * birthday at spec->birthday_age, from that birthday; the events of the
 * whole period meet it. */
static void
spec_evaluate_birthday (CareplanRule                 *rule,
                        const CareplanEvaluation     *evaluation,
                        const CareplanObligationSpec *spec,
                        SpecRequirements             *requirements,
                        CareplanFindingArray         *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  CareplanDate date_of_birth = careplan_child_get_date_of_birth (evaluation->child);
  const CareplanPeriodSpan *span;
  CareplanScope period;
  CareplanScope scope;
  CareplanDate birthday;
  guint p;

  if (index->periods->len == 0)
    return;
  if (!careplan_date_is_valid (date_of_birth))
    {
      careplan_obligation_add_unknown (rule, evaluation, spec->what, "became-looked-after",
                                       g_array_index (index->periods, CareplanPeriodSpan, 0).start,
                                       "the child's date of birth is not recorded, so the birthday "
                                       "that starts the clock is not known", findings);
      return;
    }

  birthday = careplan_date_get_birthday (date_of_birth, spec->birthday_age, evaluation->leap_day_policy);
  if (birthday == CAREPLAN_DATE_NONE || birthday > evaluation->as_of)
    return;
  p = careplan_scope_find_period (index, birthday);
  if (p == G_MAXUINT)
    return;
  span = &g_array_index (index->periods, CareplanPeriodSpan, p);
  /* Care that ends on the birthday has ended by it. */
  if (span->end == birthday)
    return;
  if (span->short_break && spec->short_breaks != NULL)
    {
      add_short_break (findings, rule, evaluation, spec->what, "birthday", birthday, FALSE,
                       span->start, spec->short_breaks);
      return;
    }

  careplan_scope_init_period (&period, index, p);
  scope = period;
  scope.start = birthday;
  if (requirements->dates != NULL)
    spec_evaluate_requirements (rule, evaluation, spec, requirements, &scope, "birthday",
                                spec->anchor_phrase, birthday, period.start, findings);
  else
    spec_evaluate_scope (rule, evaluation, spec, &scope, &period, "birthday", spec->anchor_phrase,
                         CAREPLAN_DATE_NONE, findings);
}

CareplanDate
careplan_obligation_care_leaver_date (const CareplanEvaluation         *evaluation,
                                      CareplanObligationCareLeaverDate  which,
                                      const CareplanScope              *scope)
{
  CareplanCareLeaver *care_leaver = careplan_child_get_care_leaver (evaluation->child);
  CareplanDate date = CAREPLAN_DATE_NONE;

  if (care_leaver != NULL && which == CAREPLAN_OBLIGATION_CARE_LEAVER_NEEDS_ASSESSMENT)
    date = careplan_evaluation_seen (evaluation, careplan_care_leaver_get_needs_assessment (care_leaver), 0);
  return careplan_scope_holds_by_end (scope, date) ? date : CAREPLAN_DATE_NONE;
}

/* PER_ELIGIBILITY: the obligation of the child's time as an eligible
 * child, from the day it began (the 16th birthday for a child eligible by
 * then) to leaving care or the 18th birthday. */
static void
spec_evaluate_eligibility (CareplanRule                 *rule,
                           const CareplanEvaluation     *evaluation,
                           const CareplanObligationSpec *spec,
                           CareplanFindingArray         *findings)
{
  CareplanEligibleTime eligible;
  CareplanObligation obligation = {
    .what = spec->what,
    .done_verb = spec->done_verb,
  };
  CareplanScope scope;
  CareplanDate done;
  gboolean at_sixteen;

  if (!careplan_eligibility_find (rule, evaluation, &eligible))
    return;

  careplan_scope_init_period (&scope, evaluation->index, eligible.period);
  if (scope.end == CAREPLAN_DATE_NONE || scope.end >= eligible.eighteenth)
    {
      scope.end = eligible.eighteenth;
      scope.end_exclusive = TRUE;
      scope.noun = "time as an eligible child";
    }

  at_sixteen = eligible.from == eligible.sixteenth;
  obligation.anchor_kind = at_sixteen ? "birthday" : "became-eligible";
  obligation.anchor_phrase = at_sixteen ? "reaching 16 as an eligible child" : "becoming an eligible child";
  obligation.anchor_date = eligible.from;
  obligation.count = spec_parameter (rule, spec->within, &obligation.unit);
  done = spec->met_by_care_leaver != CAREPLAN_OBLIGATION_CARE_LEAVER_NONE
           ? careplan_obligation_care_leaver_date (evaluation, spec->met_by_care_leaver, &scope)
           : spec_first_match (spec, evaluation->index, &scope, scope.start, NULL);
  careplan_obligation_evaluate (rule, evaluation, &obligation, &scope, done, findings);
}

/* --- event anchors with their own dates and scopes --- */

/* @event's date of sort @which (for a date field, the one named @field),
 * or none when it is not known at the as-of date or comes before
 * @not_before (it cannot answer a clock that started later). */
static CareplanDate
event_own_date (const CareplanEvaluation   *evaluation,
                CareplanEvent              *event,
                CareplanObligationEventDate which,
                const char                 *field,
                CareplanDate                not_before)
{
  CareplanDate date;

  switch (which)
    {
    case CAREPLAN_OBLIGATION_EVENT_FIELD:
      date = careplan_event_get_date_field (event, field);
      break;
    case CAREPLAN_OBLIGATION_EVENT_END:
      date = careplan_event_get_end (event);
      break;
    case CAREPLAN_OBLIGATION_EVENT_APPROVED:
      date = careplan_event_get_approved (event);
      break;
    case CAREPLAN_OBLIGATION_EVENT_NONE:
    case CAREPLAN_OBLIGATION_EVENT_DATE:
    default:
      date = careplan_event_get_date (event);
      break;
    }

  return careplan_evaluation_seen (evaluation, date, not_before);
}

/* spec->former_looked_after: why an anchor on @date is not one of a
 * former looked-after child, or NULL when it is. */
static const char *
not_formerly_looked_after (const CareplanChildIndex *index,
                           CareplanDate              date)
{
  guint period = careplan_scope_find_period (index, date);

  if (period != G_MAXUINT)
    {
      const CareplanPeriodSpan *span = &g_array_index (index->periods, CareplanPeriodSpan, period);

      if (span->end == CAREPLAN_DATE_NONE || span->end > date)
        return "the child was still looked after when detained (a remanded child stays "
               "looked after); regulation 4 covers children who ceased to be";
    }
  else if (index->periods->len == 0 || g_array_index (index->periods, CareplanPeriodSpan, 0).start > date)
    return "the record has no period of care before the detention, so the child is "
           "not a former looked-after child";

  return NULL;
}

/* spec->met_by_flag: the `met` finding of an obligation met by the anchor
 * event's yes/no fact, with no done date: "<what> due <due>: <count
 * unit> after <anchor phrase> on <anchor date>; <met_by_flag_phrase>".
 * FALSE, adding nothing, when the due date cannot be computed (the
 * caller's verdict then says `unknown`). */
static gboolean
add_met_by_flag (CareplanRule                 *rule,
                 const CareplanEvaluation     *evaluation,
                 const CareplanObligationSpec *spec,
                 const CareplanObligation     *obligation,
                 CareplanFindingArray         *findings)
{
  CareplanMessage reason;
  CareplanMessage message;
  CareplanDate due;

  due = careplan_calendar_add (evaluation->calendar, obligation->anchor_date,
                               (guint) obligation->count, obligation->unit, NULL);
  if (due == CAREPLAN_DATE_NONE || !timescale_reason (&reason, obligation))
    return FALSE;

  begin_verdict (&message, obligation, due, &reason);
  careplan_message_add_text (&message, spec->met_by_flag_phrase);
  careplan_finding_array_add_parts (findings, rule, careplan_child_get_id (evaluation->child),
                                    CAREPLAN_FINDING_STATUS_MET, obligation->anchor_kind,
                                    obligation->anchor_date, due, CAREPLAN_DATE_NONE,
                                    CAREPLAN_FINDING_NO_DAYS_LATE, &message);
  return TRUE;
}

/* PER_EVENT rows whose anchor is one of the event's own dates, whose
 * scope is the placement holding it or the event's own days, or which the
 * event's own date meets. */
static void
spec_evaluate_event_dates (CareplanRule                 *rule,
                           const CareplanEvaluation     *evaluation,
                           const CareplanObligationSpec *spec,
                           CareplanFindingArray         *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *anchors = index->events[spec->anchor_event];
  const char *anchor_kind = spec->anchor_kind != NULL ? spec->anchor_kind
                                                      : careplan_event_kind_to_string (spec->anchor_event);
  guint i;

  for (i = spec->anchor_from; i < anchors->len; i++)
    {
      CareplanEvent *event = g_ptr_array_index (anchors, i);
      CareplanDate start = careplan_event_get_date (event);
      CareplanDate anchor = start;
      CareplanDate own = CAREPLAN_DATE_NONE;
      CareplanDate met = CAREPLAN_DATE_NONE;
      CareplanDate done;
      CareplanObligation obligation = {
        .what = spec->what,
        .done_verb = spec->done_verb,
        .anchor_kind = anchor_kind,
        .anchor_phrase = spec->anchor_phrase,
      };
      CareplanScope scope;

      if (spec->former_looked_after)
        {
          const char *reason = not_formerly_looked_after (index, start);

          if (reason != NULL)
            {
              careplan_obligation_add_not_applicable (rule, evaluation, spec->what, anchor_kind, start,
                                                      reason, findings);
              continue;
            }
        }

      switch (spec->event_scope)
        {
        case CAREPLAN_OBLIGATION_EVENT_SCOPE_PLACEMENT:
          {
            guint placement = careplan_scope_find_placement (index, start);

            if (placement == G_MAXUINT)
              {
                if (spec->no_placement != NULL)
                  careplan_obligation_add_no_placement (rule, evaluation, spec->what, anchor_kind,
                                                        start, spec->no_placement, findings);
                continue;
              }
            careplan_scope_init_placement (&scope, index, placement);
            scope.end_exclusive = FALSE;
          }
          break;
        case CAREPLAN_OBLIGATION_EVENT_SCOPE_OWN:
          scope = (CareplanScope) {
            .start = start,
            .end = event_own_date (evaluation, event, CAREPLAN_OBLIGATION_EVENT_END, NULL, 0),
            .end_exclusive = FALSE,
            .noun = spec->scope_noun,
          };
          break;
        case CAREPLAN_OBLIGATION_EVENT_SCOPE_OPEN:
        default:
          scope = (CareplanScope) {
            .start = start,
            .end = CAREPLAN_DATE_NONE,
            .end_exclusive = FALSE,
            .noun = spec->scope_noun,
          };
          break;
        }

      if (spec->anchor_date_of != CAREPLAN_OBLIGATION_EVENT_NONE)
        {
          anchor = event_own_date (evaluation, event, spec->anchor_date_of, NULL, start);
          if (anchor == CAREPLAN_DATE_NONE)
            continue;
        }

      if (spec->excluded_sub_kind != NULL &&
          careplan_is_code (careplan_event_get_sub_kind (event), spec->excluded_sub_kind) &&
          (spec->excluded_unless == NULL || spec_parameter (rule, spec->excluded_unless, NULL) == 0))
        {
          careplan_obligation_add_not_applicable (rule, evaluation, spec->what, anchor_kind, anchor,
                                                  spec->excluded_reason, findings);
          continue;
        }

      if (spec->met_by_own != CAREPLAN_OBLIGATION_EVENT_NONE)
        own = event_own_date (evaluation, event, spec->met_by_own, spec->met_by_field, anchor);
      if (spec->met_by_own == CAREPLAN_OBLIGATION_EVENT_NONE || spec->and_met_by)
        met = spec_first_match (spec, index, &scope, start, NULL);

      if (spec->met_by_own == CAREPLAN_OBLIGATION_EVENT_NONE)
        done = met;
      else if (!spec->and_met_by)
        done = own;
      else
        done = own != CAREPLAN_DATE_NONE && met != CAREPLAN_DATE_NONE ? MAX (own, met) : CAREPLAN_DATE_NONE;

      obligation.anchor_date = anchor;
      obligation.count = spec_parameter (rule, spec->within, &obligation.unit);
      if (done == CAREPLAN_DATE_NONE && spec->met_by_flag != NULL &&
          spec_parameter (rule, spec->met_by_flag, NULL) != 0 &&
          careplan_event_get_flag (event) == CAREPLAN_TRISTATE_YES)
        {
          if (!careplan_obligation_in_force (rule, evaluation, &obligation, findings))
            continue;
          if (add_met_by_flag (rule, evaluation, spec, &obligation, findings))
            continue;
        }
      careplan_obligation_evaluate (rule, evaluation, &obligation, &scope, done, findings);
    }
}

/* The care leaver's accommodation_from, as known at the as-of date, or
 * CAREPLAN_DATE_NONE. */
static CareplanDate
accommodated_from (const CareplanEvaluation *evaluation)
{
  CareplanCareLeaver *care_leaver = careplan_child_get_care_leaver (evaluation->child);
  CareplanDate from;

  if (care_leaver == NULL)
    return CAREPLAN_DATE_NONE;
  from = careplan_care_leaver_get_accommodation_from (care_leaver);
  return from != CAREPLAN_DATE_NONE && from <= evaluation->as_of ? from : CAREPLAN_DATE_NONE;
}

/* The care leaver's accommodation as a scope: from the day it was first
 * provided to the spec->until_age birthday, that day excluded (open
 * without a date of birth).  FALSE when there is none to judge, with a
 * `not-applicable` finding when it began on or after that birthday. */
static gboolean
spec_accommodation_scope (CareplanRule                 *rule,
                          const CareplanEvaluation     *evaluation,
                          const CareplanObligationSpec *spec,
                          CareplanScope                *scope,
                          CareplanFindingArray         *findings)
{
  CareplanDate from = accommodated_from (evaluation);
  int until_age = spec_parameter (rule, spec->until_age, NULL);
  CareplanDate until;
  g_autofree char *reason = NULL;
  char from_iso[CAREPLAN_DATE_ISO_LENGTH];
  char until_iso[CAREPLAN_DATE_ISO_LENGTH];

  if (from == CAREPLAN_DATE_NONE)
    return FALSE;

  until = careplan_date_get_birthday (careplan_child_get_date_of_birth (evaluation->child),
                                      (guint) until_age, evaluation->leap_day_policy);
  *scope = (CareplanScope) {
    .start = from,
    .end = until,
    .end_exclusive = until != CAREPLAN_DATE_NONE,
    .noun = spec->scope_noun,
  };
  if (until == CAREPLAN_DATE_NONE || from < until)
    return TRUE;

  careplan_date_format_iso (from, from_iso);
  careplan_date_format_iso (until, until_iso);
  reason = g_strdup_printf ("the accommodation provided from %s began on or after the "
                            "young person's birthday at %d on %s", from_iso, until_age, until_iso);
  careplan_obligation_add_not_applicable (rule, evaluation,
                                          spec->within != NULL ? spec->what : spec->every_what,
                                          "accommodation-start", from, reason, findings);
  return FALSE;
}

/* Obligations due before each anchor event (spec->before). */
static void
spec_evaluate_before (CareplanRule                 *rule,
                      const CareplanEvaluation     *evaluation,
                      const CareplanObligationSpec *spec,
                      CareplanFindingArray         *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *anchors = index->events[spec->anchor_event];
  CareplanDate start = 1;
  int days_before = spec_parameter (rule, spec->before, NULL);
  gboolean since_previous = spec->since != NULL && spec_parameter (rule, spec->since, NULL) != 0;
  guint i;

  if (spec->while_accommodated)
    {
      start = accommodated_from (evaluation);
      if (start == CAREPLAN_DATE_NONE)
        return;
    }

  for (i = spec->anchor_from; i < anchors->len; i++)
    {
      CareplanDate anchor = careplan_event_get_date (g_ptr_array_index (anchors, i));
      CareplanDate previous = i > 0 ? careplan_event_get_date (g_ptr_array_index (anchors, i - 1)) : start;
      CareplanDate from = since_previous ? MAX (previous, start) : start;
      CareplanScope scope = {
        .start = from,
        .end = CAREPLAN_DATE_NONE,
        .end_exclusive = FALSE,
        .noun = spec->scope_noun,
      };
      CareplanObligation obligation = {
        .what = spec->what,
        .done_verb = spec->done_verb,
        .anchor_kind = careplan_event_kind_to_string (spec->anchor_event),
        .anchor_phrase = spec->anchor_phrase,
        .anchor_date = anchor,
      };
      CareplanMessage phrase;
      CareplanDate due;

      if (anchor < start)
        continue;

      due = anchor > (CareplanDate) days_before ? anchor - (CareplanDate) days_before : CAREPLAN_DATE_NONE;
      /* "by|before <anchor phrase> on <anchor>, counting from <from>" */
      careplan_message_init (&phrase);
      careplan_message_add_static (&phrase, days_before == 0 ? "by " : "before ");
      careplan_message_add_text (&phrase, spec->anchor_phrase);
      careplan_message_add_static (&phrase, " on ");
      careplan_message_add_date (&phrase, anchor);
      careplan_message_add_static (&phrase, ", counting from ");
      careplan_message_add_date (&phrase, from);
      careplan_obligation_evaluate_due_parts (rule, evaluation, &obligation, due, NULL, &phrase, &scope,
                                              spec_first_match (spec, index, &scope, from, NULL),
                                              findings);
    }
}

void
careplan_obligation_evaluate_spec (CareplanRule             *rule,
                                   const CareplanEvaluation *evaluation,
                                   CareplanFindingArray     *findings)
{
  const CareplanObligationSpec *spec;
  const CareplanChildIndex *index;
  SpecRequirements requirements = { NULL, NULL, NULL };
  CareplanScope scope;
  guint i;

  g_return_if_fail (CAREPLAN_IS_RULE (rule));
  g_return_if_fail (evaluation != NULL);
  g_return_if_fail (findings != NULL);

  spec = careplan_rule_get_definition (rule)->spec;
  index = evaluation->index;
  g_return_if_fail (spec != NULL);

  if (spec->requirements != NULL)
    spec_requirements_init (&requirements, spec, index);

  switch (spec->per)
    {
    case CAREPLAN_OBLIGATION_PER_PERIOD:
      for (i = 0; i < index->periods->len; i++)
        {
          if (spec->short_breaks != NULL &&
              careplan_obligation_skip_short_break_period (evaluation, rule, i,
                                                           spec->every != NULL ? spec->every_what : spec->what,
                                                           spec->short_breaks, findings))
            continue;
          careplan_scope_init_period (&scope, index, i);
          if (requirements.dates != NULL)
            {
              spec_evaluate_requirements (rule, evaluation, spec, &requirements, &scope,
                                          "became-looked-after", "becoming looked after",
                                          scope.start, scope.start, findings);
              continue;
            }
          spec_evaluate_scope (rule, evaluation, spec, &scope, &scope,
                               "became-looked-after", "becoming looked after",
                               spec->before_start ? careplan_scope_gap_before (index, g_array_index (index->periods, CareplanPeriodSpan, i).first_placement)
                                                  : CAREPLAN_DATE_NONE,
                               findings);
        }
      break;

    case CAREPLAN_OBLIGATION_PER_PLACEMENT:
      {
        CareplanDate last_used = CAREPLAN_DATE_NONE;  /* the document that met the previous placement's */
        guint period = G_MAXUINT;
        g_autoptr(GArray) windows = spec->visit_regimes ? careplan_visit_regimes_find (index) : NULL;

        for (i = 0; i < index->placements->len; i++)
          {
            const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, i);
            CareplanDate before_from = CAREPLAN_DATE_NONE;
            CareplanDate done;

            if (span->period != period)
              {
                period = span->period;
                last_used = CAREPLAN_DATE_NONE;
              }
            if (spec->out_of_area_only && !careplan_scope_placement_is_out_of_area (index, i))
              continue;
            if (spec_skip_short_break_placement (rule, evaluation, spec, i, findings))
              continue;

            /* "Before the placement": for the first placement of a period,
             * from the gap before it; for a planned move, from the day
             * after the document that met the previous placement's
             * obligation (or from the previous placement's start when none
             * did). */
            if (spec->before_start)
              {
                before_from = careplan_scope_gap_before (index, i);
                if (before_from == span->start && i > 0 &&
                    g_array_index (index->placements, CareplanPlacementSpan, i - 1).period == span->period)
                  {
                    CareplanDate previous = g_array_index (index->placements, CareplanPlacementSpan, i - 1).start;

                    before_from = last_used != CAREPLAN_DATE_NONE ? MAX (last_used + 1, previous) : previous;
                  }
              }
            careplan_scope_init_placement (&scope, index, i);
            if (windows != NULL)
              {
                spec_evaluate_visits (rule, evaluation, spec, windows, i, &scope, findings);
                continue;
              }
            if (requirements.dates != NULL)
              {
                spec_evaluate_requirements (rule, evaluation, spec, &requirements, &scope,
                                            "placement-start", "the start of the placement",
                                            scope.start, scope.start, findings);
                continue;
              }
            done = spec_evaluate_scope (rule, evaluation, spec, &scope, &scope,
                                        "placement-start", "the start of the placement",
                                        before_from, findings);
            if (done != CAREPLAN_DATE_NONE && done <= evaluation->as_of)
              last_used = done;
          }
      }
      break;

    case CAREPLAN_OBLIGATION_PER_VISIT_REGIME:
      {
        g_autoptr(GArray) windows = careplan_visit_regimes_find (index);

        for (i = 0; i < windows->len; i++)
          {
            const CareplanVisitRegimeWindow *window = &g_array_index (windows, CareplanVisitRegimeWindow, i);

            if ((int) window->regime == spec->visit_regime)
              spec_evaluate_visit_window (rule, evaluation, spec, window, findings);
          }
      }
      break;

    case CAREPLAN_OBLIGATION_PER_BIRTHDAY:
      spec_evaluate_birthday (rule, evaluation, spec, &requirements, findings);
      break;

    case CAREPLAN_OBLIGATION_PER_ELIGIBILITY:
      spec_evaluate_eligibility (rule, evaluation, spec, findings);
      break;

    case CAREPLAN_OBLIGATION_PER_ACCOMMODATION:
      if (spec_accommodation_scope (rule, evaluation, spec, &scope, findings))
        spec_evaluate_scope (rule, evaluation, spec, &scope, &scope,
                             "accommodation-start", spec->anchor_phrase, CAREPLAN_DATE_NONE, findings);
      break;

    case CAREPLAN_OBLIGATION_PER_EVENT:
      if (spec->event_scope != CAREPLAN_OBLIGATION_EVENT_SCOPE_OPEN ||
          spec->anchor_date_of != CAREPLAN_OBLIGATION_EVENT_NONE ||
          spec->met_by_own != CAREPLAN_OBLIGATION_EVENT_NONE ||
          spec->former_looked_after)
        {
          spec_evaluate_event_dates (rule, evaluation, spec, findings);
          break;
        }
      if (spec->anchor_in_period)
        {
          spec_evaluate_events_in_period (rule, evaluation, spec, &requirements, findings);
          break;
        }
      if (spec->before != NULL)
        {
          spec_evaluate_before (rule, evaluation, spec, findings);
          break;
        }
      {
        GPtrArray *anchors = index->events[spec->anchor_event];

        for (i = spec->anchor_from; i < anchors->len; i++)
          {
            /* Nothing in the record ends the obligation; but an event
             * meets it only before the next anchor of the kind, so that
             * one event does not meet two anchors' obligations. */
            CareplanScope search;

            scope = (CareplanScope) {
              .start = careplan_event_get_date (g_ptr_array_index (anchors, i)),
              .end = CAREPLAN_DATE_NONE,
              .end_exclusive = FALSE,
              .noun = spec->scope_noun,
            };
            search = scope;
            if (i + 1 < anchors->len)
              {
                search.end = careplan_event_get_date (g_ptr_array_index (anchors, i + 1));
                search.end_exclusive = TRUE;
              }
            spec_evaluate_scope (rule, evaluation, spec, &scope, &search,
                                 careplan_event_kind_to_string (spec->anchor_event),
                                 spec->anchor_phrase, CAREPLAN_DATE_NONE, findings);
          }
      }
      break;

    default:
      g_critical ("rule %s: unknown obligation scope %d", careplan_rule_get_id (rule), spec->per);
      break;
    }

  spec_requirements_clear (&requirements, spec);
}

static void
describe_parameter (GString      *text,
                    CareplanRule *rule,
                    const char   *name)
{
  CareplanTimeUnit unit = CAREPLAN_TIME_UNIT_DAYS;
  int value = spec_parameter (rule, name, &unit);
  g_autofree char *timescale = NULL;

  /* An age or a yes/no is a bare number. */
  if (unit == CAREPLAN_TIME_UNIT_COUNT)
    timescale = g_strdup_printf ("%d", value);
  else
    timescale = careplan_obligation_format_timescale (value, unit);
  g_string_append_printf (text, "%s (`%s`)", timescale, name);
}

char *
careplan_obligation_event_kind_words (CareplanEventKind kind)
{
  g_return_val_if_fail ((guint) kind < CAREPLAN_EVENT_N_KINDS, NULL);

  return g_strdup (careplan_event_kind_infos[kind].words);
}

char *
careplan_obligation_spec_describe (const CareplanObligationSpec *spec,
                                   CareplanRule                 *rule)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *met_by = NULL;
  g_autofree char *anchor = NULL;
  const char *anchor_phrase = NULL;

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), NULL);

  if (spec->requirements != NULL)
    {
      GString *words = g_string_new (NULL);
      guint r;

      for (r = 0; r < spec->n_requirements; r++)
        {
          g_autofree char *kind = careplan_obligation_event_kind_words (spec->requirements[r].kind);

          if (r > 0)
            g_string_append (words, r + 1 == spec->n_requirements ? " and " : ", ");
          g_string_append (words, kind);
          if (spec->requirements[r].details != NULL)
            {
              g_autofree char *details = g_strjoinv ("` or `", (char **) spec->requirements[r].details);

              g_string_append_printf (words, " (`%s`)", details);
            }
        }
      met_by = g_string_free (words, FALSE);
    }
  else if (spec->met_by_care_leaver == CAREPLAN_OBLIGATION_CARE_LEAVER_NEEDS_ASSESSMENT)
    met_by = g_strdup ("needs assessment recorded (`needs_assessment`, whenever made)");
  else
    met_by = careplan_obligation_event_kind_words (spec->met_by);
  switch (spec->per)
    {
    case CAREPLAN_OBLIGATION_PER_PERIOD:
      g_string_append (text, "for each period of care: ");
      anchor_phrase = "becoming looked after";
      break;
    case CAREPLAN_OBLIGATION_PER_PLACEMENT:
      g_string_append (text, "for each placement: ");
      anchor_phrase = "the start of the placement";
      break;
    case CAREPLAN_OBLIGATION_PER_VISIT_REGIME:
      g_string_append (text, "for each time the regime applies in a placement: ");
      anchor_phrase = "its start (the care order)";
      break;
    case CAREPLAN_OBLIGATION_PER_ACCOMMODATION:
      g_string_append (text, "while the authority provides the care leaver's accommodation, "
                             "from the day it is first provided (`accommodation_from`) to the birthday at ");
      describe_parameter (text, rule, spec->until_age);
      g_string_append (text, ": ");
      anchor_phrase = spec->anchor_phrase;
      break;
    case CAREPLAN_OBLIGATION_PER_BIRTHDAY:
      g_string_append_printf (text, "for the period of care holding %s (the child looked after that day; "
                                    "what the period holds by then counts): ", spec->anchor_phrase);
      anchor_phrase = spec->anchor_phrase;
      break;
    case CAREPLAN_OBLIGATION_PER_ELIGIBILITY:
      g_string_append (text, "while an eligible child (regulation 40), from the day the child becomes one "
                             "(the 16th birthday for a child eligible by then) to leaving care or the "
                             "18th birthday: ");
      anchor_phrase = "becoming an eligible child";
      break;
    case CAREPLAN_OBLIGATION_PER_EVENT:
      anchor = careplan_obligation_event_kind_words (spec->anchor_event);
      g_string_append_printf (text, "for each %s%s%s: ", anchor, spec->anchor_from > 0 ? " after the first" : "",
                              spec->anchor_in_period ? " while looked after" : "");
      anchor_phrase = spec->anchor_phrase;
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  if (spec->before != NULL)
    {
      g_string_append_printf (text, "%s due ", spec->what);
      describe_parameter (text, rule, spec->before);
      g_string_append_printf (text, " before %s, met by the first %s", anchor_phrase, met_by);
      if (spec->since != NULL)
        g_string_append_printf (text, " since the previous one (`%s` = 1) or at any time (0)", spec->since);
      if (spec->met_by_detail != NULL)
        g_string_append_printf (text, " (`%s`)", spec->met_by_detail);
      if (spec->while_accommodated)
        g_string_append (text, ", from the day the authority first provides accommodation (`accommodation_from`)");
    }
  if (spec->requirements != NULL)
    {
      g_string_append_printf (text, "%s within ", spec->what);
      describe_parameter (text, rule, spec->within);
      if (spec->n_requirements == 1)
        g_string_append_printf (text, " after %s, met by the first %s", anchor_phrase, met_by);
      else
        g_string_append_printf (text, " after %s, met when every one of %s is recorded (the latest of them)",
                                anchor_phrase, met_by);
      if (spec->every != NULL)
        {
          g_string_append_printf (text, "; then the next within ");
          describe_parameter (text, rule, spec->every);
          g_string_append (text, " after the day the previous one was met, by events not counted before");
        }
    }
  else if (spec->met_by_own != CAREPLAN_OBLIGATION_EVENT_NONE)
    {
      g_autofree char *own = spec->met_by_own == CAREPLAN_OBLIGATION_EVENT_FIELD
                               ? g_strdup_printf ("`%s`", spec->met_by_field)
                               : g_strdup (spec->met_by_own == CAREPLAN_OBLIGATION_EVENT_END ? "end (completion)"
                                                                                             : "approval");

      g_string_append_printf (text, "%s within ", spec->what);
      describe_parameter (text, rule, spec->within);
      g_string_append_printf (text, " after %s, met by the %s's own %s date%s%s",
                              anchor_phrase, anchor, own,
                              spec->and_met_by ? " together with the first " : "",
                              spec->and_met_by ? met_by : "");
      if (spec->met_by_flag != NULL)
        g_string_append_printf (text, ", or, while `%s` is 1, `met` with no done date when the %s's own "
                                      "yes/no fact says so (\"%s\")",
                                spec->met_by_flag, anchor, spec->met_by_flag_phrase);
    }
  else if (spec->within != NULL)
    {
      g_string_append_printf (text, "%s within ", spec->what);
      describe_parameter (text, rule, spec->within);
      g_string_append_printf (text, " after %s, met by the %s%s", anchor_phrase,
                              spec->met_by_care_leaver == CAREPLAN_OBLIGATION_CARE_LEAVER_NONE ? "first " : "",
                              met_by);
      if (spec->met_by_detail != NULL)
        g_string_append_printf (text, " (`%s`%s)", spec->met_by_detail,
                                spec->met_by_detail_or_unset ? " or none recorded" : "");
      if (spec->before_start)
        g_string_append (text, ", or the latest dated before the placement (since the previous "
                               "placement's own, or since the previous period of care)");
      if (spec->prior != NULL)
        {
          g_string_append (text, " dated on or after the anchor or in the ");
          describe_parameter (text, rule, spec->prior);
          g_string_append (text, " before it");
        }
      if (spec->every != NULL)
        g_string_append (text, "; then ");
    }
  if (spec->every != NULL && spec->requirements == NULL)
    {
      g_string_append_printf (text, "%s within ", spec->every_what);
      describe_parameter (text, rule, spec->every);
      if (spec->every_count == 1)
        g_string_append_printf (text, " after the %s %s only", spec->every_from == 0 ? "first" : "second", met_by);
      else if (spec->every_from > 0)
        g_string_append_printf (text, " after each %s from the %s on", met_by, spec->every_from == 1 ? "second" : "third");
      else
        g_string_append_printf (text, " after each %s", met_by);
      if (spec->every_until != NULL)
        {
          g_string_append_printf (text, " dated up to the end of the ");
          describe_parameter (text, rule, spec->every_until);
          g_string_append (text, " from the start");
        }
      g_string_append_printf (text, ", met by the next %s", met_by);
    }
  if (spec->min_age != NULL)
    {
      g_string_append (text, "; only for a child aged from ");
      describe_parameter (text, rule, spec->min_age);
      g_string_append (text, " to ");
      describe_parameter (text, rule, spec->max_age);
      g_string_append_printf (text, " on the day of %s", anchor_phrase);
    }
  if (spec->event_scope == CAREPLAN_OBLIGATION_EVENT_SCOPE_PLACEMENT)
    g_string_append_printf (text, "; in the placement holding the %s's date (its last day counting)", anchor);
  else if (spec->event_scope == CAREPLAN_OBLIGATION_EVENT_SCOPE_OWN)
    g_string_append_printf (text, "; during the %s, to its end", spec->scope_noun);
  if (spec->visit_regimes)
    g_string_append (text, "; gives way to the special regimes of reg 28(3) to (5), the anchor "
                           "visit's date deciding which applies");
  if (spec->excluded_sub_kind != NULL)
    g_string_append_printf (text, "; a %s of kind `%s` is not applicable%s%s%s", anchor, spec->excluded_sub_kind,
                            spec->excluded_unless != NULL ? " unless `" : "",
                            spec->excluded_unless != NULL ? spec->excluded_unless : "",
                            spec->excluded_unless != NULL ? "` is 1" : "");
  if (spec->former_looked_after)
    g_string_append (text, "; only for a child no longer looked after that day who was looked after before");
  if (spec->out_of_area_only)
    g_string_append (text, "; only placements out of the authority's area (`out_of_area` or `at_distance`)");
  if (spec->short_breaks != NULL)
    g_string_append (text, "; a series of short breaks (reg 48): not applicable");

  return g_string_free (g_steal_pointer (&text), FALSE);
}
