/* careplan-plan.h: a plan document (careplan-plan/1) and its checks
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
#include "careplan-calendar.h"
#include "careplan-child.h"
#include "careplan-plan-element.h"
#include "careplan-plan-result.h"

G_BEGIN_DECLS

/**
 * CAREPLAN_PLAN_FORMAT:
 *
 * The value of the `format` member of a plan document.
 *
 * Since: 0.1
 */
#define CAREPLAN_PLAN_FORMAT "careplan-plan/1"

/**
 * CareplanPlanCheckFlags:
 * @CAREPLAN_PLAN_CHECK_NONE: the defaults
 * @CAREPLAN_PLAN_CHECK_UNCONFIRMED_REQUIRED: report an empty element whose
 *   law is UNCONFIRMED as `missing` (an error) like any other; by default
 *   it is `incomplete` (a warning), because its wording was not read in
 *   the legislation
 *
 * How [method@Careplan.Plan.check] judges a plan.
 *
 * Since: 0.1
 */
typedef enum /*< flags >*/
{
  CAREPLAN_PLAN_CHECK_NONE                 = 0,
  CAREPLAN_PLAN_CHECK_UNCONFIRMED_REQUIRED = 1 << 0,
} CareplanPlanCheckFlags;

#define CAREPLAN_TYPE_PLAN (careplan_plan_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanPlan, careplan_plan, CAREPLAN, PLAN, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanPlan              *careplan_plan_load_file            (const char               *path,
                                                               GError                  **error);
CAREPLAN_AVAILABLE_IN_ALL
CareplanPlan              *careplan_plan_load_data            (const char               *data,
                                                               gssize                    length,
                                                               const char               *name,
                                                               GError                  **error);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_plan_get_file             (CareplanPlan             *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanPlanKind           careplan_plan_get_kind             (CareplanPlan             *self);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_plan_get_child_id         (CareplanPlan             *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate               careplan_plan_get_date             (CareplanPlan             *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanLeavingCareStatus  careplan_plan_get_leaving_care_status (CareplanPlan          *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate               careplan_plan_get_placement_start  (CareplanPlan             *self);
CAREPLAN_AVAILABLE_IN_ALL
char                     **careplan_plan_dup_element_ids      (CareplanPlan             *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                   careplan_plan_has_element          (CareplanPlan             *self,
                                                               const char               *id);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                   careplan_plan_is_element_present   (CareplanPlan             *self,
                                                               const char               *id);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_plan_get_element_text     (CareplanPlan             *self,
                                                               const char               *id);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_plan_get_element_ref      (CareplanPlan             *self,
                                                               const char               *id);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_plan_get_element_not_applicable (CareplanPlan       *self,
                                                                     const char         *id);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate               careplan_plan_get_agreement_date   (CareplanPlan             *self,
                                                               const char               *by);
CAREPLAN_AVAILABLE_IN_ALL
GListModel                *careplan_plan_check                (CareplanPlan             *self,
                                                               CareplanChild            *child,
                                                               CareplanPlanCheckFlags    flags);
CAREPLAN_AVAILABLE_IN_ALL
GListModel                *careplan_plan_cross_check          (GListModel               *plans,
                                                               CareplanChild            *child,
                                                               CareplanCalendar         *calendar,
                                                               CareplanDate              as_of,
                                                               GError                  **error);
CAREPLAN_AVAILABLE_IN_ALL
GListModel                *careplan_plan_dup_cross_check_rules (void);

G_END_DECLS
