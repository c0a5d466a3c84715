/* careplan-evaluation-queue.h: a caseload evaluated on several threads, in input order
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"
#include "careplan-child.h"
#include "careplan-date.h"
#include "careplan-engine.h"

G_BEGIN_DECLS

/**
 * CareplanEvaluatedFunc:
 * @child: the child evaluated
 * @findings: a list model of [class@Careplan.Finding], the child's findings
 *   as [method@Careplan.Engine.evaluate] gives them
 * @user_data: the data given with the function
 * @error: return location for a #GError
 *
 * Called by a [class@Careplan.EvaluationQueue] for each child pushed, in
 * the order they were pushed, on the thread that pushes.
 *
 * Returns: %TRUE to go on; %FALSE with @error set to stop the queue
 *
 * Since: 0.1
 */
typedef gboolean (*CareplanEvaluatedFunc) (CareplanChild  *child,
                                           GListModel     *findings,
                                           gpointer        user_data,
                                           GError        **error);

#define CAREPLAN_TYPE_EVALUATION_QUEUE (careplan_evaluation_queue_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanEvaluationQueue, careplan_evaluation_queue, CAREPLAN, EVALUATION_QUEUE, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanEvaluationQueue *careplan_evaluation_queue_new           (CareplanEngine           *engine,
                                                                  CareplanDate              as_of,
                                                                  guint                     n_threads,
                                                                  CareplanEvaluatedFunc     func,
                                                                  gpointer                  user_data,
                                                                  GDestroyNotify            destroy);
CAREPLAN_AVAILABLE_IN_ALL
CareplanEngine          *careplan_evaluation_queue_get_engine    (CareplanEvaluationQueue  *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate             careplan_evaluation_queue_get_as_of     (CareplanEvaluationQueue  *self);
CAREPLAN_AVAILABLE_IN_ALL
guint                    careplan_evaluation_queue_get_n_threads (CareplanEvaluationQueue  *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                 careplan_evaluation_queue_push          (CareplanEvaluationQueue  *self,
                                                                  CareplanChild            *child,
                                                                  GError                  **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                 careplan_evaluation_queue_finish        (CareplanEvaluationQueue  *self,
                                                                  GError                  **error);

CAREPLAN_AVAILABLE_IN_ALL
GListModel              *careplan_engine_evaluate_caseload       (CareplanEngine           *engine,
                                                                  GListModel               *children,
                                                                  CareplanDate              as_of,
                                                                  guint                     n_threads,
                                                                  GError                  **error);

G_END_DECLS
