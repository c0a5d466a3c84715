/* careplan-ordered-pool.c: work on items in parallel, results in input order
 *
 * See careplan-ordered-pool-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-ordered-pool-private.h"

#include "careplan-error.h"

/* A job is handed to a worker through GThreadPool, whose queue locks with
 * futexes ThreadSanitizer cannot see, and handed back through @worked:
 * the item, the result and the flag are read and written with atomics so
 * that the hand-over is one that TSan (and the C memory model) sees. */
typedef struct
{
  gpointer  item;
  gpointer  result;
  int       worked;
  int       release;    /* handed on: only to be discarded, on a worker */
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
  GQueue                      pending;     /* Job, in input order: the pusher's alone */
  int                         outstanding; /* jobs pushed to workers and not yet done with */
  gboolean                    failed;
};

static void
work_job (gpointer data,
          gpointer user_data)
{
  Job *job = data;
  CareplanOrderedPool *self = user_data;
  gpointer result;
  gpointer item = g_atomic_pointer_get (&job->item);

  if (g_atomic_int_get (&job->release))
    {
      /* Freeing a child's record and findings costs about as much as
       * writing them: done here, it is off the pushing thread. */
      self->discard (item, g_atomic_pointer_get (&job->result), self->user_data);
      g_free (job);
      /* Last: careplan_ordered_pool_free() waits for this. */
      g_atomic_int_dec_and_test (&self->outstanding);
      return;
    }

  result = self->work (item, self->user_data);

  g_atomic_pointer_set (&job->result, result);
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
  self->max_pending = max_pending > 0 ? max_pending : 4 * self->n_threads;
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
      gboolean ok;

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

      ok = self->done (job->item, g_atomic_pointer_get (&job->result), self->user_data, error);
      /* Queued behind the work in flight: at most one per item in flight. */
      g_atomic_int_set (&job->release, TRUE);
      g_atomic_int_inc (&self->outstanding);
      g_thread_pool_push (self->threads, job, NULL);
      if (!ok)
        {
          self->failed = TRUE;
          return FALSE;
        }
    }
}

gboolean
careplan_ordered_pool_push (CareplanOrderedPool  *self,
                            gpointer              item,
                            GError              **error)
{
  Job *job;

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

  /* Every field set atomically, the item last: a worker that reads the
   * item sees all that was written before it (memset would be a plain
   * write that TSan sees racing). */
  job = g_new (Job, 1);
  g_atomic_pointer_set (&job->result, NULL);
  g_atomic_int_set (&job->worked, FALSE);
  g_atomic_int_set (&job->release, FALSE);
  g_atomic_pointer_set (&job->item, item);
  g_queue_push_tail (&self->pending, job);
  g_atomic_int_inc (&self->outstanding);
  g_thread_pool_push (self->threads, job, NULL);

  return hand_on (self, self->max_pending - 1, error);
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
    {
      self->discard (job->item, g_atomic_pointer_get (&job->result), self->user_data);
      g_free (job);
    }
  g_cond_clear (&self->worked);
  g_mutex_clear (&self->lock);
  g_free (self);
}
