/* careplan-plan-result.h: what a plan says about one element
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <glib-object.h>

#include "careplan-version-macros.h"
#include "careplan-tristate.h"
#include "careplan-plan-element.h"

G_BEGIN_DECLS

/**
 * CareplanPlanElementStatus:
 * @CAREPLAN_PLAN_ELEMENT_STATUS_PRESENT: the plan holds the element:
 *   non-blank text or structured content (`present`)
 * @CAREPLAN_PLAN_ELEMENT_STATUS_MISSING: the element applies and the plan
 *   does not hold it: an error (`missing`)
 * @CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE: the element's condition is
 *   false, or the plan gives a reason where the law allows one
 *   (`not-applicable`)
 * @CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE: the element is empty but the
 *   duty is soft ("so far as reasonably practicable", "where appropriate")
 *   or its law is UNCONFIRMED: a warning (`incomplete`)
 * @CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN: the element is empty and applies
 *   only under a condition that neither the record nor the plan settles
 *   (`unknown`)
 *
 * The verdict of a [class@Careplan.PlanResult].
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_PLAN_ELEMENT_STATUS_PRESENT,
  CAREPLAN_PLAN_ELEMENT_STATUS_MISSING,
  CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE,
  CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE,
  CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN,
} CareplanPlanElementStatus;

#define CAREPLAN_TYPE_PLAN_RESULT (careplan_plan_result_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanPlanResult, careplan_plan_result, CAREPLAN, PLAN_RESULT, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanPlanElement       *careplan_plan_result_get_element    (CareplanPlanResult        *self);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_plan_result_get_element_id (CareplanPlanResult        *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanPlanElementStatus  careplan_plan_result_get_status     (CareplanPlanResult        *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanTristate           careplan_plan_result_get_condition  (CareplanPlanResult        *self);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_plan_result_get_message    (CareplanPlanResult        *self);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_plan_element_status_to_string   (CareplanPlanElementStatus  status);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                   careplan_plan_element_status_from_string (const char                *text,
                                                                     CareplanPlanElementStatus *status);

G_END_DECLS
