/* careplan-date.h: dates without time zones
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include "careplan-version-macros.h"

G_BEGIN_DECLS

/**
 * CareplanDate:
 *
 * A calendar date without a time zone, as a day number: 1 is
 * 1 January of year 1 in the proleptic Gregorian calendar. This is the
 * numbering of GLib's Julian day (`g_date_get_julian()`) and of Python's
 * `datetime.date.toordinal()`, so a date crosses language boundaries as a
 * plain integer and compares with `<`.
 *
 * The value %CAREPLAN_DATE_NONE (0) means "no date" (an open end, a
 * field not recorded, or an error).
 *
 * Since: 0.1
 */
typedef guint32 CareplanDate;

/**
 * CAREPLAN_DATE_NONE:
 *
 * The [alias@Careplan.Date] that means "no date".
 *
 * Since: 0.1
 */
#define CAREPLAN_DATE_NONE ((CareplanDate) 0)

/**
 * CAREPLAN_DATE_ISO_LENGTH:
 *
 * The size of a buffer that holds an ISO 8601 date (`YYYY-MM-DD`) and its
 * terminating nul byte.
 *
 * Since: 0.1
 */
#define CAREPLAN_DATE_ISO_LENGTH 11

/**
 * CareplanTimeUnit:
 * @CAREPLAN_TIME_UNIT_DAYS: calendar days
 * @CAREPLAN_TIME_UNIT_WEEKS: weeks of 7 calendar days
 * @CAREPLAN_TIME_UNIT_MONTHS: calendar months by the corresponding-date rule
 * @CAREPLAN_TIME_UNIT_WORKING_DAYS: working days of a [class@Careplan.Calendar]
 * @CAREPLAN_TIME_UNIT_YEARS: years (12 calendar months, corresponding-date rule)
 * @CAREPLAN_TIME_UNIT_COUNT: not a time: a plain number (a count, an age
 *   bound, a choice among readings)
 * @CAREPLAN_TIME_UNIT_MONTH_DAY: not a duration: a day of the year written
 *   as MMDD (901 is 1 September), for school-term dates
 *
 * The units in which statutory timescales are written, and the units of
 * the other parameters a rule may take.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_TIME_UNIT_DAYS,
  CAREPLAN_TIME_UNIT_WEEKS,
  CAREPLAN_TIME_UNIT_MONTHS,
  CAREPLAN_TIME_UNIT_WORKING_DAYS,
  CAREPLAN_TIME_UNIT_YEARS,
  CAREPLAN_TIME_UNIT_COUNT,
  CAREPLAN_TIME_UNIT_MONTH_DAY,
} CareplanTimeUnit;

/**
 * CareplanLeapDayPolicy:
 * @CAREPLAN_LEAP_DAY_POLICY_MARCH_1: a person born on 29 February reaches a
 *   new age on 1 March in common years (the reading of English law,
 *   Family Law Reform Act 1969 s9: an age is attained at the start of the
 *   anniversary, and a common year has no 29 February, so the day after
 *   28 February)
 * @CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28: a person born on 29 February
 *   reaches a new age on 28 February in common years
 *
 * How birthdays on 29 February fall in common years.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_LEAP_DAY_POLICY_MARCH_1,
  CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28,
} CareplanLeapDayPolicy;

CAREPLAN_AVAILABLE_IN_ALL
CareplanDate careplan_date_new              (int                    year,
                                             int                    month,
                                             int                    day);
CAREPLAN_AVAILABLE_IN_ALL
gboolean     careplan_date_is_valid         (CareplanDate           date);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate careplan_date_parse_iso        (const char            *text,
                                             GError               **error);
CAREPLAN_AVAILABLE_IN_ALL
char        *careplan_date_to_iso           (CareplanDate           date);
CAREPLAN_AVAILABLE_IN_ALL
void         careplan_date_format_iso       (CareplanDate           date,
                                             char                  *buffer);
CAREPLAN_AVAILABLE_IN_ALL
int          careplan_date_get_year         (CareplanDate           date);
CAREPLAN_AVAILABLE_IN_ALL
int          careplan_date_get_month        (CareplanDate           date);
CAREPLAN_AVAILABLE_IN_ALL
int          careplan_date_get_day          (CareplanDate           date);
CAREPLAN_AVAILABLE_IN_ALL
GDateWeekday careplan_date_get_weekday      (CareplanDate           date);
CAREPLAN_AVAILABLE_IN_ALL
gboolean     careplan_date_is_leap_year     (int                    year);
CAREPLAN_AVAILABLE_IN_ALL
int          careplan_date_get_days_in_month (int                   year,
                                              int                   month);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate careplan_date_add_days         (CareplanDate           date,
                                             int                    days);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate careplan_date_add_weeks        (CareplanDate           date,
                                             int                    weeks);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate careplan_date_add_months       (CareplanDate           date,
                                             int                    months);
CAREPLAN_AVAILABLE_IN_ALL
int          careplan_date_days_between     (CareplanDate           from,
                                             CareplanDate           to);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate careplan_date_get_birthday     (CareplanDate           date_of_birth,
                                             guint                  age,
                                             CareplanLeapDayPolicy  policy);
CAREPLAN_AVAILABLE_IN_ALL
int          careplan_date_get_age_on       (CareplanDate           date_of_birth,
                                             CareplanDate           date,
                                             CareplanLeapDayPolicy  policy);

G_END_DECLS
