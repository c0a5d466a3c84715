/* careplan-plan-writer.h: the results of checking plans, as text, JSON or CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"
#include "careplan-date.h"
#include "careplan-findings-writer.h"
#include "careplan-plan.h"

G_BEGIN_DECLS

#define CAREPLAN_TYPE_PLAN_WRITER (careplan_plan_writer_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanPlanWriter, careplan_plan_writer, CAREPLAN, PLAN_WRITER, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanPlanWriter *careplan_plan_writer_new            (GOutputStream           *stream,
                                                         CareplanFindingsFormat   format,
                                                         CareplanDate             as_of);
CAREPLAN_AVAILABLE_IN_ALL
gboolean            careplan_plan_writer_write_plan     (CareplanPlanWriter      *self,
                                                         CareplanPlan            *plan,
                                                         GListModel              *results,
                                                         GError                 **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean            careplan_plan_writer_write_findings (CareplanPlanWriter      *self,
                                                         GListModel              *findings,
                                                         GError                 **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean            careplan_plan_writer_close          (CareplanPlanWriter      *self,
                                                         GError                 **error);

G_END_DECLS
