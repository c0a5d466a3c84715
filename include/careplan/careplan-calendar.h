/* careplan-calendar.h: England-and-Wales working days
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

G_BEGIN_DECLS

/**
 * CAREPLAN_CALENDAR_DEFAULT_DIVISION:
 *
 * The division of the gov.uk bank-holidays feed that a calendar uses when
 * none is named: `england-and-wales`.
 *
 * Since: 0.1
 */
#define CAREPLAN_CALENDAR_DEFAULT_DIVISION "england-and-wales"

#define CAREPLAN_TYPE_CALENDAR (careplan_calendar_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanCalendar, careplan_calendar, CAREPLAN, CALENDAR, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanCalendar *careplan_calendar_new_default        (void);
CAREPLAN_AVAILABLE_IN_ALL
CareplanCalendar *careplan_calendar_new_from_data      (const char        *data,
                                                        gssize             length,
                                                        const char        *divisions,
                                                        GError           **error);
CAREPLAN_AVAILABLE_IN_ALL
CareplanCalendar *careplan_calendar_new_from_file      (const char        *path,
                                                        const char        *divisions,
                                                        GError           **error);
CAREPLAN_AVAILABLE_IN_ALL
const char       *careplan_calendar_get_divisions      (CareplanCalendar  *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate      careplan_calendar_get_first_date     (CareplanCalendar  *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate      careplan_calendar_get_last_date      (CareplanCalendar  *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean          careplan_calendar_covers             (CareplanCalendar  *self,
                                                        CareplanDate       date);
CAREPLAN_AVAILABLE_IN_ALL
gboolean          careplan_calendar_is_bank_holiday    (CareplanCalendar  *self,
                                                        CareplanDate       date,
                                                        GError           **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean          careplan_calendar_is_working_day     (CareplanCalendar  *self,
                                                        CareplanDate       date,
                                                        GError           **error);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate      careplan_calendar_add_working_days   (CareplanCalendar  *self,
                                                        CareplanDate       date,
                                                        guint              days,
                                                        GError           **error);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate      careplan_calendar_add                (CareplanCalendar  *self,
                                                        CareplanDate       date,
                                                        guint              count,
                                                        CareplanTimeUnit   unit,
                                                        GError           **error);

G_END_DECLS
