/* careplan-ordered-pool-private.h: work on items in parallel, results in input order
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * The engine's caseload evaluation runs on this, and any other per-child
 * job (validation, measures) can: items are pushed in order from one
 * thread, @work runs on worker threads, and @done is called on the
 * pushing thread for each item in the order the items were pushed,
 * whatever order the workers finish in.  So what @done writes is the same
 * whatever the number of threads.  Items go to the workers in batches
 * of sixteen, so @done is called for an item once its batch is worked
 * (the last, short batch at finish()).  At most @max_pending items are
 * in flight, plus the batch being filled: memory is bounded by that, not
 * by the number of items.
 *
 * With one thread or fewer, @work and @done run inline in push(): no
 * thread is started.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The most worker threads a pool starts, whatever it is asked for. */
#define CAREPLAN_ORDERED_POOL_MAX_THREADS 256

typedef struct _CareplanOrderedPool CareplanOrderedPool;

/* Runs on a worker thread: must only read what other items' work may
 * read at the same time.  Returns the item's result. */
typedef gpointer (*CareplanOrderedWorkFunc) (gpointer item,
                                             gpointer user_data);
/* Runs on the pushing thread, in input order, and borrows @item and
 * @result: they are then given to @discard, on a worker thread when there
 * are workers.  Returns FALSE (with @error) to stop: later items are then
 * discarded without being handed on. */
typedef gboolean (*CareplanOrderedDoneFunc) (gpointer   item,
                                             gpointer   result,
                                             gpointer   user_data,
                                             GError   **error);
/* Frees an item and its result (which may be NULL: not worked); may run
 * on any thread. */
typedef void     (*CareplanOrderedDiscardFunc) (gpointer item,
                                                gpointer result,
                                                gpointer user_data);

/* @n_threads: worker threads (0: the number of processors); @max_pending:
 * items in flight at most, rounded down to whole batches of sixteen and
 * at least one (0: four batches per thread). */
CareplanOrderedPool *careplan_ordered_pool_new     (guint                       n_threads,
                                                    guint                       max_pending,
                                                    CareplanOrderedWorkFunc     work,
                                                    CareplanOrderedDoneFunc     done,
                                                    CareplanOrderedDiscardFunc  discard,
                                                    gpointer                    user_data);
/* Queues @item, then hands on the items that are finished (waiting for
 * the oldest when too many are in flight).  FALSE once @done has failed:
 * @item is then discarded. */
gboolean             careplan_ordered_pool_push    (CareplanOrderedPool        *self,
                                                    gpointer                    item,
                                                    GError                    **error);
/* Waits for every item pushed and hands each on.  FALSE when @done
 * failed, now or before. */
gboolean             careplan_ordered_pool_finish  (CareplanOrderedPool        *self,
                                                    GError                    **error);
/* Waits for the workers and discards what was not handed on. */
void                 careplan_ordered_pool_free    (CareplanOrderedPool        *self);
guint                careplan_ordered_pool_get_n_threads (CareplanOrderedPool  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareplanOrderedPool, careplan_ordered_pool_free)

G_END_DECLS
