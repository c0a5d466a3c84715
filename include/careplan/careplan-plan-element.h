/* careplan-plan-element.h: one element the law says a plan must contain
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"
#include "careplan-rule.h"

G_BEGIN_DECLS

/**
 * CareplanPlanKind:
 * @CAREPLAN_PLAN_KIND_CARE_PLAN: a care plan (CPPCR 2010 reg 5, with the
 *   health plan and the personal education plan of Schedule 1) (`care-plan`)
 * @CAREPLAN_PLAN_KIND_PLACEMENT_PLAN: a placement plan (CPPCR 2010 reg 9 and
 *   Schedule 2, with the matters for a placement with a parent)
 *   (`placement-plan`)
 * @CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN: a short-break care plan (CPPCR 2010
 *   reg 48) (`short-break-plan`)
 * @CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN: a detention placement plan
 *   (CPPCR 2010 Schedule 2A) (`detention-placement-plan`)
 * @CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT: a leaving-care needs assessment
 *   (CPPCR 2010 reg 42 for an eligible child, Care Leavers (England)
 *   Regulations 2010 reg 5 for a relevant or former relevant child)
 *   (`needs-assessment`)
 * @CAREPLAN_PLAN_KIND_PATHWAY_PLAN: a pathway plan (CPPCR 2010 reg 43 and
 *   Schedule 8 for an eligible child; Care Leavers (England) Regulations
 *   2010 reg 6 and Schedules 1 and 2 for a relevant or former relevant
 *   child) (`pathway-plan`)
 *
 * The kinds of plan document of the `careplan-plan/1` format.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_PLAN_KIND_CARE_PLAN,
  CAREPLAN_PLAN_KIND_PLACEMENT_PLAN,
  CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN,
  CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN,
  CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT,
  CAREPLAN_PLAN_KIND_PATHWAY_PLAN,
} CareplanPlanKind;

/**
 * CareplanLeavingCareStatus:
 * @CAREPLAN_LEAVING_CARE_STATUS_NONE: not a leaving-care document, or not
 *   stated (`none`)
 * @CAREPLAN_LEAVING_CARE_STATUS_ELIGIBLE: an eligible child: 16 or 17,
 *   looked after for 13 weeks since the age of 14, still looked after
 *   (`eligible`)
 * @CAREPLAN_LEAVING_CARE_STATUS_RELEVANT: a relevant child: 16 or 17, no
 *   longer looked after, eligible before leaving (`relevant`)
 * @CAREPLAN_LEAVING_CARE_STATUS_FORMER_RELEVANT: a former relevant child:
 *   18 or over, relevant or eligible before (`former-relevant`)
 *
 * Which leaving-care regime a needs assessment or a pathway plan is written
 * under: it chooses the regulations, and so the elements, that apply.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_LEAVING_CARE_STATUS_NONE,
  CAREPLAN_LEAVING_CARE_STATUS_ELIGIBLE,
  CAREPLAN_LEAVING_CARE_STATUS_RELEVANT,
  CAREPLAN_LEAVING_CARE_STATUS_FORMER_RELEVANT,
} CareplanLeavingCareStatus;

#define CAREPLAN_TYPE_PLAN_ELEMENT (careplan_plan_element_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanPlanElement, careplan_plan_element, CAREPLAN, PLAN_ELEMENT, GObject)

CAREPLAN_AVAILABLE_IN_ALL
GListModel           *careplan_plan_element_dup_catalogue      (void);
CAREPLAN_AVAILABLE_IN_ALL
GListModel           *careplan_plan_element_dup_for_kind       (CareplanPlanKind           kind,
                                                                CareplanLeavingCareStatus  status);
CAREPLAN_AVAILABLE_IN_ALL
CareplanPlanElement  *careplan_plan_element_lookup             (const char                *id);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_plan_element_get_id             (CareplanPlanElement       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanPlanKind      careplan_plan_element_get_kind           (CareplanPlanElement       *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_plan_element_applies_to         (CareplanPlanElement       *self,
                                                                CareplanPlanKind           kind,
                                                                CareplanLeavingCareStatus  status);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_plan_element_get_instrument     (CareplanPlanElement       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_plan_element_get_provision      (CareplanPlanElement       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_plan_element_get_requirement    (CareplanPlanElement       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_plan_element_get_condition      (CareplanPlanElement       *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_plan_element_get_soft           (CareplanPlanElement       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_plan_element_get_url            (CareplanPlanElement       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanConfirmation  careplan_plan_element_get_confirmation   (CareplanPlanElement       *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_plan_element_allows_not_applicable (CareplanPlanElement    *self);

CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_plan_kind_to_string             (CareplanPlanKind           kind);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_plan_kind_from_string           (const char                *text,
                                                                CareplanPlanKind          *kind);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_leaving_care_status_to_string   (CareplanLeavingCareStatus  status);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_leaving_care_status_from_string (const char                *text,
                                                                CareplanLeavingCareStatus *status);

G_END_DECLS
