/* careplan-evaluation-queue.c: a caseload evaluated on several threads, in input order
 *
 * Children are evaluated on worker threads of a CareplanOrderedPool and
 * handed back in the order they were pushed, so that what is written from
 * them does not depend on the number of threads.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-evaluation-queue.h"

#include "careplan-error.h"
#include "careplan-finding.h"
#include "careplan-finding-list-private.h"
#include "careplan-ordered-pool-private.h"

/**
 * CareplanEvaluationQueue:
 *
 * Evaluates children pushed one at a time with a [class@Careplan.Engine],
 * on several threads, and hands each child's findings to a
 * [callback@Careplan.EvaluatedFunc] in the order the children were pushed,
 * on the pushing thread.
 *
 * This is how a caseload of any size is evaluated on every core with
 * output that is byte for byte the same whatever the number of threads:
 * read a child, push it, and write what the function is given. At most a
 * few children per thread are in flight at once (a push waits for the
 * oldest when there are more), so memory does not grow with the caseload.
 * Call [method@Careplan.EvaluationQueue.finish] after the last push.
 *
 * A child must not be changed once pushed. With one thread the child is
 * evaluated and handed on within the push, and no thread is started.
 *
 * Since: 0.1
 */
struct _CareplanEvaluationQueue
{
  GObject                parent_instance;

  CareplanEngine        *engine;
  CareplanDate           as_of;
  guint                  n_threads;

  CareplanEvaluatedFunc  func;
  gpointer               user_data;
  GDestroyNotify         destroy;

  CareplanOrderedPool   *pool;
};

G_DEFINE_FINAL_TYPE (CareplanEvaluationQueue, careplan_evaluation_queue, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ENGINE,
  PROP_AS_OF,
  PROP_N_THREADS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gpointer
evaluate_item (gpointer item,
               gpointer user_data)
{
  CareplanEvaluationQueue *self = user_data;

  /* The date and the child were checked at the push: this cannot fail. */
  return careplan_engine_evaluate (self->engine, item, self->as_of, NULL);
}

static gboolean
hand_on_item (gpointer   item,
              gpointer   result,
              gpointer   user_data,
              GError   **error)
{
  CareplanEvaluationQueue *self = user_data;
  g_autoptr(GListModel) empty = NULL;

  if (result == NULL)
    result = empty = G_LIST_MODEL (careplan_finding_list_new_take (careplan_finding_array_new ()));
  return self->func (item, result, self->user_data, error);
}

static void
discard_item (gpointer item,
              gpointer result,
              gpointer user_data)
{
  g_object_unref (item);
  g_clear_object (&result);
}

static void
careplan_evaluation_queue_finalize (GObject *object)
{
  CareplanEvaluationQueue *self = CAREPLAN_EVALUATION_QUEUE (object);

  g_clear_pointer (&self->pool, careplan_ordered_pool_free);
  if (self->destroy != NULL)
    self->destroy (self->user_data);
  g_clear_object (&self->engine);

  G_OBJECT_CLASS (careplan_evaluation_queue_parent_class)->finalize (object);
}

static void
careplan_evaluation_queue_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CareplanEvaluationQueue *self = CAREPLAN_EVALUATION_QUEUE (object);

  switch (prop_id)
    {
    case PROP_ENGINE:
      g_value_set_object (value, self->engine);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    case PROP_N_THREADS:
      g_value_set_uint (value, careplan_evaluation_queue_get_n_threads (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_evaluation_queue_class_init (CareplanEvaluationQueueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_evaluation_queue_finalize;
  object_class->get_property = careplan_evaluation_queue_get_property;

  /**
   * CareplanEvaluationQueue:engine: (getter get_engine)
   *
   * The engine that evaluates the children.
   *
   * Since: 0.1
   */
  properties[PROP_ENGINE] =
    g_param_spec_object ("engine", NULL, NULL,
                         CAREPLAN_TYPE_ENGINE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanEvaluationQueue:as-of: (getter get_as_of)
   *
   * The [alias@Careplan.Date] the children are judged at.
   *
   * Since: 0.1
   */
  properties[PROP_AS_OF] =
    g_param_spec_uint ("as-of", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanEvaluationQueue:n-threads: (getter get_n_threads)
   *
   * The number of threads that evaluate: 1 when the children are
   * evaluated within each push.
   *
   * Since: 0.1
   */
  properties[PROP_N_THREADS] =
    g_param_spec_uint ("n-threads", NULL, NULL,
                       1, G_MAXUINT, 1,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_evaluation_queue_init (CareplanEvaluationQueue *self)
{
}

/**
 * careplan_evaluation_queue_new:
 * @engine: the engine that evaluates; it must not be changed while the
 *   queue is in use
 * @as_of: the date to judge at
 * @n_threads: the number of threads that evaluate, or 0 for one per
 *   processor; more than 256 are taken as 256
 * @func: (scope notified) (closure user_data) (destroy destroy): called
 *   with each child's findings, in the order the children were pushed
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data when the queue is finalized
 *
 * Creates a queue that evaluates the children pushed to it.
 *
 * Returns: (transfer full): a new [class@Careplan.EvaluationQueue]
 *
 * Since: 0.1
 */
CareplanEvaluationQueue *
careplan_evaluation_queue_new (CareplanEngine        *engine,
                               CareplanDate           as_of,
                               guint                  n_threads,
                               CareplanEvaluatedFunc  func,
                               gpointer               user_data,
                               GDestroyNotify         destroy)
{
  CareplanEvaluationQueue *self;

  g_return_val_if_fail (CAREPLAN_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (func != NULL, NULL);

  self = g_object_new (CAREPLAN_TYPE_EVALUATION_QUEUE, NULL);
  self->engine = g_object_ref (engine);
  self->as_of = as_of;
  self->func = func;
  self->user_data = user_data;
  self->destroy = destroy;
  self->pool = careplan_ordered_pool_new (n_threads, 0, evaluate_item, hand_on_item,
                                          discard_item, self);
  self->n_threads = careplan_ordered_pool_get_n_threads (self->pool);

  return self;
}

/**
 * careplan_evaluation_queue_get_engine: (get-property engine)
 * @self: a [class@Careplan.EvaluationQueue]
 *
 * Gets the engine that evaluates the children.
 *
 * Returns: (transfer none): the engine
 *
 * Since: 0.1
 */
CareplanEngine *
careplan_evaluation_queue_get_engine (CareplanEvaluationQueue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVALUATION_QUEUE (self), NULL);

  return self->engine;
}

/**
 * careplan_evaluation_queue_get_as_of: (get-property as-of)
 * @self: a [class@Careplan.EvaluationQueue]
 *
 * Gets the date the children are judged at.
 *
 * Returns: the as-of date
 *
 * Since: 0.1
 */
CareplanDate
careplan_evaluation_queue_get_as_of (CareplanEvaluationQueue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVALUATION_QUEUE (self), CAREPLAN_DATE_NONE);

  return self->as_of;
}

/**
 * careplan_evaluation_queue_get_n_threads: (get-property n-threads)
 * @self: a [class@Careplan.EvaluationQueue]
 *
 * Gets the number of threads that evaluate.
 *
 * Returns: the number of threads, at least 1
 *
 * Since: 0.1
 */
guint
careplan_evaluation_queue_get_n_threads (CareplanEvaluationQueue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVALUATION_QUEUE (self), 1);

  return self->n_threads;
}

/**
 * careplan_evaluation_queue_push:
 * @self: a [class@Careplan.EvaluationQueue]
 * @child: the next child to evaluate; not to be changed afterwards
 * @error: return location for a #GError
 *
 * Queues @child for evaluation, then hands on the findings of the
 * children that are done, in order, waiting for the oldest when too many
 * are in flight.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the as-of date
 *   is not a valid date (%CAREPLAN_ERROR_INVALID_DATE), or when the
 *   function returned %FALSE, now or for an earlier child (its error;
 *   nothing is evaluated after that)
 *
 * Since: 0.1
 */
gboolean
careplan_evaluation_queue_push (CareplanEvaluationQueue  *self,
                                CareplanChild            *child,
                                GError                  **error)
{
  g_return_val_if_fail (CAREPLAN_IS_EVALUATION_QUEUE (self), FALSE);
  g_return_val_if_fail (CAREPLAN_IS_CHILD (child), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!careplan_date_is_valid (self->as_of))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE,
                   "as-of date %u is not a valid date", self->as_of);
      return FALSE;
    }
  /* What evaluate would refuse is refused here, on the pushing thread, so
   * that no evaluation on a worker can fail unseen. */
  if (!careplan_engine_check_child (self->engine, child, self->as_of, error))
    return FALSE;

  return careplan_ordered_pool_push (self->pool, g_object_ref (child), error);
}

/**
 * careplan_evaluation_queue_finish:
 * @self: a [class@Careplan.EvaluationQueue]
 * @error: return location for a #GError
 *
 * Waits for every child pushed and hands on their findings, in order.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the function
 *   returned %FALSE, now or before
 *
 * Since: 0.1
 */
gboolean
careplan_evaluation_queue_finish (CareplanEvaluationQueue  *self,
                                  GError                  **error)
{
  g_return_val_if_fail (CAREPLAN_IS_EVALUATION_QUEUE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return careplan_ordered_pool_finish (self->pool, error);
}

static gboolean
collect_findings (CareplanChild  *child,
                  GListModel     *findings,
                  gpointer        user_data,
                  GError        **error)
{
  GPtrArray *all = user_data;

  /* The engine's own lists: joined at the end, their records copied, no
   * object made until one is asked for. */
  g_ptr_array_add (all, g_object_ref (findings));
  return TRUE;
}

/**
 * careplan_engine_evaluate_caseload:
 * @engine: an engine
 * @children: a list model of [class@Careplan.Child]
 * @as_of: the date to judge at; nothing dated after it is seen
 * @n_threads: the number of threads that evaluate, or 0 for one per
 *   processor; more than 256 are taken as 256
 * @error: return location for a #GError
 *
 * Evaluates every rule over each child of @children on @n_threads
 * threads. The findings are those of [method@Careplan.Engine.evaluate_all],
 * in the same order, whatever the number of threads.
 *
 * Returns: (transfer full): a list model of [class@Careplan.Finding], or
 *   %NULL with @error set (%CAREPLAN_ERROR_INVALID_DATE when @as_of is not
 *   a valid date)
 *
 * Since: 0.1
 */
GListModel *
careplan_engine_evaluate_caseload (CareplanEngine  *engine,
                                   GListModel      *children,
                                   CareplanDate     as_of,
                                   guint            n_threads,
                                   GError         **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(CareplanEvaluationQueue) queue = NULL;
  guint i, n;

  g_return_val_if_fail (CAREPLAN_IS_ENGINE (engine), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (children), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!careplan_date_is_valid (as_of))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE,
                   "as-of date %u is not a valid date", as_of);
      return NULL;
    }

  all = g_ptr_array_new_with_free_func (g_object_unref);
  queue = careplan_evaluation_queue_new (engine, as_of, n_threads, collect_findings, all, NULL);
  n = g_list_model_get_n_items (children);
  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (children, i);

      /* Checked per item: a model built in Python or JS may declare a
       * wider item type than it holds. */
      g_return_val_if_fail (CAREPLAN_IS_CHILD (child), NULL);
      if (!careplan_evaluation_queue_push (queue, CAREPLAN_CHILD (child), error))
        return NULL;
    }
  if (!careplan_evaluation_queue_finish (queue, error))
    return NULL;

  return G_LIST_MODEL (careplan_finding_list_new_join (g_steal_pointer (&all)));
}
