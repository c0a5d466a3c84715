/* careplan-finding.h: what one rule says about one child
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <glib-object.h>

#include "careplan-version-macros.h"
#include "careplan-date.h"
#include "careplan-rule.h"

G_BEGIN_DECLS

/**
 * CareplanFindingStatus:
 * @CAREPLAN_FINDING_STATUS_MET: done on or before the due date (`met`)
 * @CAREPLAN_FINDING_STATUS_MET_LATE: done, but after the due date (`met-late`)
 * @CAREPLAN_FINDING_STATUS_DUE: not done, and the due date has not passed (`due`)
 * @CAREPLAN_FINDING_STATUS_OVERDUE: not done, and the due date has passed (`overdue`)
 * @CAREPLAN_FINDING_STATUS_NOT_APPLICABLE: the rule does not apply (`not-applicable`)
 * @CAREPLAN_FINDING_STATUS_UNKNOWN: the record lacks what is needed to decide (`unknown`)
 *
 * The verdict of a [class@Careplan.Finding], judged at the as-of date.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_FINDING_STATUS_MET,
  CAREPLAN_FINDING_STATUS_MET_LATE,
  CAREPLAN_FINDING_STATUS_DUE,
  CAREPLAN_FINDING_STATUS_OVERDUE,
  CAREPLAN_FINDING_STATUS_NOT_APPLICABLE,
  CAREPLAN_FINDING_STATUS_UNKNOWN,
} CareplanFindingStatus;

/**
 * CAREPLAN_FINDING_NO_DAYS_LATE:
 *
 * The value of [property@Careplan.Finding:days-late] for a finding that is
 * neither `met-late` nor `overdue`.
 *
 * Since: 0.1
 */
#define CAREPLAN_FINDING_NO_DAYS_LATE (-1)

#define CAREPLAN_TYPE_FINDING (careplan_finding_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanFinding, careplan_finding, CAREPLAN, FINDING, GObject)

CAREPLAN_AVAILABLE_IN_ALL
const char            *careplan_finding_get_child_id     (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanRule          *careplan_finding_get_rule         (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char            *careplan_finding_get_rule_id      (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanFindingStatus  careplan_finding_get_status       (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char            *careplan_finding_get_anchor_kind  (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate           careplan_finding_get_anchor_date  (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate           careplan_finding_get_due          (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate           careplan_finding_get_done         (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
int                    careplan_finding_get_days_late    (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char            *careplan_finding_get_message      (CareplanFinding       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char            *careplan_finding_status_to_string (CareplanFindingStatus  status);
CAREPLAN_AVAILABLE_IN_ALL
gboolean               careplan_finding_status_from_string (const char          *text,
                                                            CareplanFindingStatus *status);

G_END_DECLS
