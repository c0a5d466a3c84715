/* careplan-ordered-pool.c: work on items in parallel, results in input order
 *
 * See careplan-ordered-pool-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-ordered-pool-private.h"

#include "careplan-error.h"

/* Items go to the workers in batches: a hand-over (a queue push, a
 * wake-up, a context switch) costs about as much as evaluating a small
 * child, so one per item made two threads slower than one.  A batch is
 * small enough to keep memory bounded and the workers evenly loaded. */
#define BATCH_ITEMS 16

/* A job is handed to a worker through GThreadPool, whose queue locks with
 * futexes ThreadSanitizer cannot see, and handed back through @worked:
 * the items, the results and the flags are read and written with atomics
 * so that the hand-over is one that TSan (and the C memory model) sees. */
typedef struct
{
  int       n_items;
  int       worked;
  int       release;    /* handed on: only to be discarded, on a worker */
  gpointer  items[BATCH_ITEMS];
  gpointer  results[BATCH_ITEMS];
} Job;

struct _CareplanOrderedPool
{
  GThreadPool                *threads;     /* NULL: inline */
  guint                       n_threads;
  guint                       max_pending;
  CareplanOrderedWorkFunc     work;
  CareplanOrderedDoneFunc     done;
  CareplanOrderedDiscardFunc  discard;
  gpointer                    user_data;

  GMutex                      lock;        /* for waiting on @worked only */
  GCond                       worked;      /* some job was worked */
  Job                        *filling;     /* the batch being filled: the pusher's alone */
  GQueue                      pending;     /* Job, in input order: the pusher's alone */
  int                         outstanding; /* jobs pushed to workers and not yet done with */
  gboolean                    failed;
};

static Job *
job_new (void)
{
  Job *job = g_new (Job, 1);

  /* Every field set atomically: memset would be a plain write that TSan
   * sees racing with the worker's reads. */
  g_atomic_int_set (&job->n_items, 0);
  g_atomic_int_set (&job->worked, FALSE);
  g_atomic_int_set (&job->release, FALSE);

  return job;
}

static void
job_discard (CareplanOrderedPool *self,
             Job                 *job,
             gboolean             worked)
{
  int n = g_atomic_int_get (&job->n_items);
  int i;

  for (i = 0; i < n; i++)
    self->discard (g_atomic_pointer_get (&job->items[i]),
                   worked ? g_atomic_pointer_get (&job->results[i]) : NULL,
                   self->user_data);
  g_free (job);
}

static void
work_job (gpointer data,
          gpointer user_data)
{
  Job *job = data;
  CareplanOrderedPool *self = user_data;
  int n = g_atomic_int_get (&job->n_items);
  int i;

  if (g_atomic_int_get (&job->release))
    {
      /* Freeing a child's record and findings costs about as much as
       * writing them: done here, it is off the pushing thread. */
      job_discard (self, job, TRUE);
      /* Last: careplan_ordered_pool_free() waits for this. */
      g_atomic_int_dec_and_test (&self->outstanding);
      return;
    }

  for (i = 0; i < n; i++)
    g_atomic_pointer_set (&job->results[i],
                          self->work (g_atomic_pointer_get (&job->items[i]), self->user_data));

  g_atomic_int_set (&job->worked, TRUE);
  /* After this the job is the pusher's again: not touched here. */
  g_mutex_lock (&self->lock);
  g_cond_broadcast (&self->worked);
  g_mutex_unlock (&self->lock);
  g_atomic_int_dec_and_test (&self->outstanding);
}

CareplanOrderedPool *
careplan_ordered_pool_new (guint                       n_threads,
                           guint                       max_pending,
                           CareplanOrderedWorkFunc     work,
                           CareplanOrderedDoneFunc     done,
                           CareplanOrderedDiscardFunc  discard,
                           gpointer                    user_data)
{
  CareplanOrderedPool *self;

  g_return_val_if_fail (work != NULL && done != NULL && discard != NULL, NULL);

  self = g_new0 (CareplanOrderedPool, 1);
  if (n_threads == 0)
    n_threads = g_get_num_processors ();
  /* A thread count is a request, not a promise: no machine gains from
   * more than this, and a wild value must not exhaust memory. */
  self->n_threads = CLAMP (n_threads, 1, CAREPLAN_ORDERED_POOL_MAX_THREADS);
  self->max_pending = max_pending > 0 ? max_pending : 4 * self->n_threads * BATCH_ITEMS;
  self->work = work;
  self->done = done;
  self->discard = discard;
  self->user_data = user_data;
  g_mutex_init (&self->lock);
  g_cond_init (&self->worked);
  g_queue_init (&self->pending);

  if (self->n_threads > 1)
    /* Exclusive threads: started now, never shared with other pools. */
    self->threads = g_thread_pool_new (work_job, self, (int) self->n_threads, TRUE, NULL);

  return self;
}

guint
careplan_ordered_pool_get_n_threads (CareplanOrderedPool *self)
{
  return self->threads != NULL ? self->n_threads : 1;
}

/* Hands on the oldest jobs while they are worked; waits for the oldest
 * while more than @keep jobs are pending. */
static gboolean
hand_on (CareplanOrderedPool  *self,
         guint                 keep,
         GError              **error)
{
  for (;;)
    {
      Job *job = g_queue_peek_head (&self->pending);
      int n;
      int i;

      if (job == NULL)
        return TRUE;
      if (!g_atomic_int_get (&job->worked))
        {
          if (self->pending.length <= keep)
            return TRUE;
          g_mutex_lock (&self->lock);
          while (!g_atomic_int_get (&job->worked))
            g_cond_wait (&self->worked, &self->lock);
          g_mutex_unlock (&self->lock);
        }
      g_queue_pop_head (&self->pending);

      n = g_atomic_int_get (&job->n_items);
      for (i = 0; i < n && !self->failed; i++)
        if (!self->done (g_atomic_pointer_get (&job->items[i]),
                         g_atomic_pointer_get (&job->results[i]), self->user_data, error))
          self->failed = TRUE;
      /* Queued behind the work in flight: at most one per job in flight.
       * The items after a failed one are discarded without being handed on. */
      g_atomic_int_set (&job->release, TRUE);
      g_atomic_int_inc (&self->outstanding);
      g_thread_pool_push (self->threads, job, NULL);
      if (self->failed)
        return FALSE;
    }
}

/* Hands the batch being filled to the workers. */
static void
send_filling (CareplanOrderedPool *self)
{
  Job *job = self->filling;

  if (job == NULL)
    return;
  self->filling = NULL;
  g_queue_push_tail (&self->pending, job);
  g_atomic_int_inc (&self->outstanding);
  g_thread_pool_push (self->threads, job, NULL);
}

gboolean
careplan_ordered_pool_push (CareplanOrderedPool  *self,
                            gpointer              item,
                            GError              **error)
{
  int n;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->failed)
    {
      self->discard (item, NULL, self->user_data);
      g_set_error_literal (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED, "the work was stopped");
      return FALSE;
    }

  if (self->threads == NULL)
    {
      gpointer result = self->work (item, self->user_data);
      gboolean ok = self->done (item, result, self->user_data, error);

      self->discard (item, result, self->user_data);
      if (!ok)
        self->failed = TRUE;
      return ok;
    }

  if (self->filling == NULL)
    self->filling = job_new ();
  n = g_atomic_int_get (&self->filling->n_items);
  g_atomic_pointer_set (&self->filling->items[n], item);
  g_atomic_int_set (&self->filling->n_items, n + 1);
  if (n + 1 < BATCH_ITEMS)
    return TRUE;

  send_filling (self);
  return hand_on (self, MAX (self->max_pending / BATCH_ITEMS, 1) - 1, error);
}

gboolean
careplan_ordered_pool_finish (CareplanOrderedPool  *self,
                              GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->failed)
    {
      g_set_error_literal (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED, "the work was stopped");
      return FALSE;
    }
  if (self->threads != NULL)
    send_filling (self);
  return hand_on (self, 0, error);
}

void
careplan_ordered_pool_free (CareplanOrderedPool *self)
{
  Job *job;

  if (self == NULL)
    return;

  /* Lets the workers finish what they started or were given. */
  if (self->threads != NULL)
    {
      g_thread_pool_free (self->threads, FALSE, TRUE);
      /* GThreadPool waits with futexes ThreadSanitizer cannot see; this
       * atomic, written last by each job, it can.  Already 0 here. */
      while (g_atomic_int_get (&self->outstanding) != 0)
        g_thread_yield ();
    }
  while ((job = g_queue_pop_head (&self->pending)) != NULL)
    job_discard (self, job, TRUE);
  if (self->filling != NULL)
    job_discard (self, self->filling, FALSE);
  g_cond_clear (&self->worked);
  g_mutex_clear (&self->lock);
  g_free (self);
}
