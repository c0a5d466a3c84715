/* careplan-engine.h: evaluates a rulebook over children at an as-of date
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
#include "careplan-rulebook.h"

G_BEGIN_DECLS

#define CAREPLAN_TYPE_ENGINE (careplan_engine_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanEngine, careplan_engine, CAREPLAN, ENGINE, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanEngine        *careplan_engine_new                  (CareplanRulebook       *rulebook,
                                                             CareplanCalendar       *calendar);
CAREPLAN_AVAILABLE_IN_ALL
CareplanRulebook      *careplan_engine_get_rulebook         (CareplanEngine         *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanCalendar      *careplan_engine_get_calendar         (CareplanEngine         *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanLeapDayPolicy  careplan_engine_get_leap_day_policy  (CareplanEngine         *self);
CAREPLAN_AVAILABLE_IN_ALL
void                   careplan_engine_set_leap_day_policy  (CareplanEngine         *self,
                                                             CareplanLeapDayPolicy   policy);
CAREPLAN_AVAILABLE_IN_ALL
GListModel            *careplan_engine_evaluate             (CareplanEngine         *self,
                                                             CareplanChild          *child,
                                                             CareplanDate            as_of,
                                                             GError                **error);
CAREPLAN_AVAILABLE_IN_ALL
GListModel            *careplan_engine_evaluate_all         (CareplanEngine         *self,
                                                             GListModel             *children,
                                                             CareplanDate            as_of,
                                                             GError                **error);

CAREPLAN_AVAILABLE_IN_ALL
gboolean          careplan_engine_check_child (CareplanEngine  *self,
                                               CareplanChild   *child,
                                               CareplanDate     as_of,
                                               GError         **error);

G_END_DECLS
