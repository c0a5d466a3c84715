/* careplan-child-index.c: the rules' view of a child at an as-of date
 *
 * The index is built once per evaluation and then only read, so the
 * rules never walk list models or re-derive placements.  Building it is
 * linear in the size of the record apart from the sorts (n log n):
 *
 *  - episodes with a start date on or before as-of, sorted by start
 *    (stable: episodes starting the same day keep the record's order);
 *    an end after as-of is not yet known, so it is read as open, and so
 *    is its reason ended;
 *  - periods of care: an `S` episode starts one, and so does an episode
 *    that does not follow on from the previous one (it does not start on
 *    the previous one's end date, or the previous one ended with a reason
 *    other than `X1`).  Such a broken chain is a validation problem, but
 *    derivation never fails: it opens a new period, which is what the
 *    record as written implies;
 *  - placements: a new period, or an episode with RNE `S`, `P` or `B`
 *    (or none), starts one; `L`, `T` and `U` continue it (the carer
 *    reading, CAREPLAN_PLACEMENT_BOUNDARY_CARER); with
 *    CAREPLAN_PLACEMENT_BOUNDARY_EPISODE every episode starts one;
 *  - events per kind, dated on or before as-of, sorted by date (stable),
 *    with their dates in a parallel array for binary search.
 *
 * Episodes without a start date and events without a date cannot be
 * placed in time: they are left out of the index (validation reports
 * them).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-model-private.h"

static gboolean
is_seen (CareplanDate date,
         CareplanDate as_of)
{
  return date != CAREPLAN_DATE_NONE && (as_of == CAREPLAN_DATE_NONE || date <= as_of);
}

static gint
compare_episode_starts (gconstpointer a,
                        gconstpointer b)
{
  CareplanDate sa = careplan_episode_get_start (*(CareplanEpisode * const *) a);
  CareplanDate sb = careplan_episode_get_start (*(CareplanEpisode * const *) b);

  return (sa > sb) - (sa < sb);
}

static gint
compare_event_dates (gconstpointer a,
                     gconstpointer b)
{
  CareplanDate da = careplan_event_get_date (*(CareplanEvent * const *) a);
  CareplanDate db = careplan_event_get_date (*(CareplanEvent * const *) b);

  return (da > db) - (da < db);
}

/* The end and reason ended of @episode as known at @as_of. */
static CareplanDate
seen_end (CareplanEpisode *episode,
          CareplanDate     as_of)
{
  CareplanDate end = careplan_episode_get_end (episode);

  return is_seen (end, as_of) ? end : CAREPLAN_DATE_NONE;
}

static const char *
seen_reason_ended (CareplanEpisode *episode,
                   CareplanDate     as_of)
{
  if (seen_end (episode, as_of) == CAREPLAN_DATE_NONE)
    return NULL;

  return careplan_episode_get_reason_ended (episode);
}

/* Whether @episode continues the period of care of @previous.  A missing
 * reason ended does not break the chain on its own: the next episode's
 * reason (not `S`) and its start on the same day say the child stayed. */
static gboolean
continues_period (CareplanEpisode *previous,
                  CareplanEpisode *episode,
                  CareplanDate     as_of)
{
  CareplanDate previous_end = seen_end (previous, as_of);
  const char *previous_reason = seen_reason_ended (previous, as_of);

  if (g_strcmp0 (careplan_episode_get_reason_new_episode (episode), "S") == 0)
    return FALSE;

  if (previous_end == CAREPLAN_DATE_NONE || careplan_episode_get_start (episode) != previous_end)
    return FALSE;

  return previous_reason == NULL || g_str_equal (previous_reason, "X1");
}

static gboolean
infer_long_term (CareplanEpisode *latest)
{
  CareplanTristate flag = careplan_episode_get_long_term (latest);
  const char *place;

  if (flag != CAREPLAN_TRISTATE_UNSET)
    return flag == CAREPLAN_TRISTATE_YES;

  place = careplan_episode_get_placement_type (latest);

  return g_strcmp0 (place, "U1") == 0 || g_strcmp0 (place, "U4") == 0;
}

static void
close_placement (CareplanChildIndex    *index,
                 CareplanPlacementSpan *placement,
                 guint                  last_episode)
{
  CareplanEpisode *latest = g_ptr_array_index (index->episodes, last_episode);

  placement->n_episodes = last_episode + 1 - placement->first_episode;
  placement->end = seen_end (latest, index->as_of);
  placement->long_term = infer_long_term (latest);
  g_array_append_val (index->placements, *placement);
}

static void
close_period (CareplanChildIndex *index,
              CareplanPeriodSpan *period,
              guint               last_episode)
{
  CareplanEpisode *latest = g_ptr_array_index (index->episodes, last_episode);

  period->n_episodes = last_episode + 1 - period->first_episode;
  period->n_placements = index->placements->len - period->first_placement;
  period->end = seen_end (latest, index->as_of);
  g_array_append_val (index->periods, *period);
}

static void
derive_spans (CareplanChildIndex *index)
{
  CareplanPeriodSpan period = { 0, };
  CareplanPlacementSpan placement = { 0, };
  guint n = index->episodes->len;
  guint i;

  for (i = 0; i < n; i++)
    {
      CareplanEpisode *episode = g_ptr_array_index (index->episodes, i);
      gboolean new_period;
      gboolean new_placement;

      new_period = i == 0 ||
                   !continues_period (g_ptr_array_index (index->episodes, i - 1), episode, index->as_of);
      new_placement = new_period ||
                      index->boundary == CAREPLAN_PLACEMENT_BOUNDARY_EPISODE ||
                      careplan_episode_starts_placement (episode);

      if (new_placement && i > 0)
        close_placement (index, &placement, i - 1);
      if (new_period && i > 0)
        close_period (index, &period, i - 1);

      if (new_period)
        {
          period.start = careplan_episode_get_start (episode);
          period.end = CAREPLAN_DATE_NONE;
          period.first_placement = index->placements->len;
          period.first_episode = i;
          period.short_break = TRUE;
        }

      if (new_placement)
        {
          placement.start = careplan_episode_get_start (episode);
          placement.end = CAREPLAN_DATE_NONE;
          placement.period = index->periods->len;
          placement.first_episode = i;
          placement.placement_type = careplan_episode_get_placement_type (episode);
          placement.long_term = FALSE;
        }

      if (!careplan_episode_is_short_break (episode))
        period.short_break = FALSE;
    }

  if (n > 0)
    {
      close_placement (index, &placement, n - 1);
      close_period (index, &period, n - 1);
    }
}

/* The lists of a kind the record has no event of, shared by every
 * index (a child has a few of the thirty-odd kinds): never written to,
 * never freed. */
typedef struct
{
  GPtrArray *events;
  GArray    *dates;
} EmptyLists;

static const EmptyLists *
empty_lists (void)
{
  static EmptyLists lists;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      lists.events = g_ptr_array_new ();
      lists.dates = g_array_new (FALSE, FALSE, sizeof (CareplanDate));
      g_once_init_leave (&initialised, 1);
    }

  return &lists;
}

static void
index_events (CareplanChildIndex *index)
{
  GListModel *events = careplan_child_get_events (index->child);
  guint n_events = g_list_model_get_n_items (events);
  const EmptyLists *empty = empty_lists ();
  g_autofree CareplanEvent **seen = g_new (CareplanEvent *, MAX (n_events, 1));
  guint counts[CAREPLAN_EVENT_N_KINDS] = { 0, };
  guint n_seen = 0;
  guint kind;
  guint i;

  /* Borrowed: the child's store keeps each event alive. */
  for (i = 0; i < n_events; i++)
    {
      g_autoptr(CareplanEvent) event = g_list_model_get_item (events, i);

      if (is_seen (careplan_event_get_date (event), index->as_of))
        {
          seen[n_seen++] = event;
          counts[careplan_event_get_kind (event)]++;
        }
    }

  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      if (counts[kind] == 0)
        {
          index->events[kind] = empty->events;
          index->event_dates[kind] = empty->dates;
        }
      else
        {
          index->events[kind] = g_ptr_array_sized_new (counts[kind]);
          index->event_dates[kind] = g_array_sized_new (FALSE, FALSE, sizeof (CareplanDate),
                                                        counts[kind]);
        }
    }

  for (i = 0; i < n_seen; i++)
    g_ptr_array_add (index->events[careplan_event_get_kind (seen[i])], seen[i]);

  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      GPtrArray *of_kind = index->events[kind];

      if (counts[kind] == 0)
        continue;
      g_ptr_array_sort (of_kind, compare_event_dates);
      g_array_set_size (index->event_dates[kind], of_kind->len);
      for (i = 0; i < of_kind->len; i++)
        g_array_index (index->event_dates[kind], CareplanDate, i) =
          careplan_event_get_date (g_ptr_array_index (of_kind, i));
    }
}

/* careplan_child_index_new:
 * @child: a child
 * @as_of: the as-of date, or %CAREPLAN_DATE_NONE to see everything
 *
 * Builds the index of @child as its record stood at @as_of.  The index
 * borrows @child and its episodes and events: @child must outlive it and
 * must not be changed while it is in use.
 *
 * Returns: (transfer full): the index; free with careplan_child_index_free() */
CareplanChildIndex *
careplan_child_index_new (CareplanChild *child,
                          CareplanDate   as_of)
{
  return careplan_child_index_new_full (child, as_of, CAREPLAN_PLACEMENT_BOUNDARY_CARER);
}

CareplanChildIndex *
careplan_child_index_new_full (CareplanChild             *child,
                               CareplanDate               as_of,
                               CareplanPlacementBoundary  boundary)
{
  CareplanChildIndex *index;
  GListModel *episodes;
  guint n_episodes;
  guint i;

  g_return_val_if_fail (CAREPLAN_IS_CHILD (child), NULL);
  g_return_val_if_fail (boundary == CAREPLAN_PLACEMENT_BOUNDARY_CARER ||
                        boundary == CAREPLAN_PLACEMENT_BOUNDARY_EPISODE, NULL);

  index = g_new0 (CareplanChildIndex, 1);
  index->child = child;
  index->as_of = as_of;
  index->boundary = boundary;
  index->periods = g_array_new (FALSE, FALSE, sizeof (CareplanPeriodSpan));
  index->placements = g_array_new (FALSE, FALSE, sizeof (CareplanPlacementSpan));

  episodes = careplan_child_get_episodes (child);
  n_episodes = g_list_model_get_n_items (episodes);
  index->episodes = g_ptr_array_sized_new (n_episodes);

  for (i = 0; i < n_episodes; i++)
    {
      g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, i);

      /* The child's store holds a reference, so a borrowed pointer is
       * safe for the index's lifetime. */
      if (is_seen (careplan_episode_get_start (episode), as_of))
        g_ptr_array_add (index->episodes, episode);
    }

  /* g_ptr_array_sort() is a stable merge sort since GLib 2.32. */
  g_ptr_array_sort (index->episodes, compare_episode_starts);

  derive_spans (index);
  index_events (index);

  return index;
}

gboolean
careplan_child_index_long_term_on (const CareplanChildIndex *index,
                                   guint                     placement,
                                   CareplanDate              date)
{
  const CareplanPlacementSpan *span;
  guint in_force;
  guint i;

  g_return_val_if_fail (index != NULL, FALSE);
  g_return_val_if_fail (placement < index->placements->len, FALSE);

  span = &g_array_index (index->placements, CareplanPlacementSpan, placement);
  in_force = span->first_episode;
  /* A placement has a handful of episodes: a linear scan is enough. */
  for (i = span->first_episode + 1; i < span->first_episode + span->n_episodes; i++)
    {
      if (careplan_episode_get_start (g_ptr_array_index (index->episodes, i)) > date)
        break;
      in_force = i;
    }

  return infer_long_term (g_ptr_array_index (index->episodes, in_force));
}

void
careplan_child_index_free (CareplanChildIndex *index)
{
  const EmptyLists *empty = empty_lists ();
  guint kind;

  if (index == NULL)
    return;

  g_ptr_array_unref (index->episodes);
  g_array_unref (index->periods);
  g_array_unref (index->placements);
  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      if (index->events[kind] != empty->events)
        g_clear_pointer (&index->events[kind], g_ptr_array_unref);
      if (index->event_dates[kind] != empty->dates)
        g_clear_pointer (&index->event_dates[kind], g_array_unref);
    }

  g_free (index);
}

/* careplan_child_index_find_event:
 * @index: an index
 * @kind: an event kind
 * @date: a date
 *
 * The lower bound of @date among the events of @kind: the position of the
 * first event dated on or after @date, or the number of events of @kind
 * when none is.  Binary search over event_dates. */
guint
careplan_child_index_find_event (const CareplanChildIndex *index,
                                 CareplanEventKind         kind,
                                 CareplanDate              date)
{
  const GArray *dates;
  guint low = 0;
  guint high;

  g_return_val_if_fail (index != NULL, 0);
  g_return_val_if_fail ((guint) kind < CAREPLAN_EVENT_N_KINDS, 0);

  dates = index->event_dates[kind];
  high = dates->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (dates, CareplanDate, middle) < date)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}
