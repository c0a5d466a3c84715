/* careplan-period-of-care.h: a derived, read-only period of care
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

G_BEGIN_DECLS

#define CAREPLAN_TYPE_PERIOD_OF_CARE (careplan_period_of_care_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanPeriodOfCare, careplan_period_of_care, CAREPLAN, PERIOD_OF_CARE, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanDate  careplan_period_of_care_get_start        (CareplanPeriodOfCare *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate  careplan_period_of_care_get_end          (CareplanPeriodOfCare *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean      careplan_period_of_care_get_short_break  (CareplanPeriodOfCare *self);
CAREPLAN_AVAILABLE_IN_ALL
GListModel   *careplan_period_of_care_get_placements   (CareplanPeriodOfCare *self);

G_END_DECLS
