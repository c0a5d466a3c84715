/* careplan-date.c: calendar dates as day numbers
 *
 * Dates are plain day numbers (1 = 0001-01-01, proleptic Gregorian), so
 * comparing and subtracting them is integer arithmetic and the only real
 * work is the conversion to and from year, month and day, done here with
 * the closed-form "days from civil" algorithm (H. Hinnant) rather than
 * through GDate: it is exact over years 1 to 9999 and needs no object.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-date.h"

#include <string.h>

#include "careplan-error.h"

/* Day number of 9999-12-31, the last date a CareplanDate can hold (the
 * largest year GDate and Python's datetime accept). */
#define CAREPLAN_DATE_MAX ((CareplanDate) 3652059)

#define MIN_YEAR 1
#define MAX_YEAR 9999

/* The error message quotes at most this many bytes of the rejected text:
 * enough to show what was wrong without copying a whole line of input. */
#define MAX_QUOTED_BYTES 40

static const char * const month_names[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
};

/* Hinnant's algorithm works in eras of 400 years starting on 1 March,
 * which puts the leap day at the end of each year.  The day number of
 * 0000-03-01 in that count is 0; CareplanDate 1 (0001-01-01) is day 306. */
#define ERA_DAYS 146097
#define CIVIL_OFFSET 306

static gint64
days_from_civil (gint64 year,
                 int    month,
                 int    day)
{
  gint64 era;
  gint64 year_of_era;
  gint64 day_of_year;
  gint64 day_of_era;

  year -= month <= 2;
  era = (year >= 0 ? year : year - 399) / 400;
  year_of_era = year - era * 400;
  day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;

  return era * ERA_DAYS + day_of_era - CIVIL_OFFSET + 1;
}

/* Only called with valid dates, so every intermediate value is positive. */
static void
civil_from_days (CareplanDate  date,
                 int          *year,
                 int          *month,
                 int          *day)
{
  gint64 z = (gint64) date - 1 + CIVIL_OFFSET;
  gint64 era = z / ERA_DAYS;
  gint64 day_of_era = z - era * ERA_DAYS;
  gint64 year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524
                        - day_of_era / 146096) / 365;
  gint64 day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  gint64 mp = (5 * day_of_year + 2) / 153;
  int m = (int) (mp < 10 ? mp + 3 : mp - 9);

  if (year != NULL)
    *year = (int) (year_of_era + era * 400 + (m <= 2));
  if (month != NULL)
    *month = m;
  if (day != NULL)
    *day = (int) (day_of_year - (153 * mp + 2) / 5 + 1);
}

static int
days_in_month (int year,
               int month)
{
  static const guint8 days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  if (month == 2 && careplan_date_is_leap_year (year))
    return 29;
  return days[month - 1];
}

/* A day number from a 64-bit computation, or CAREPLAN_DATE_NONE when it
 * falls outside 0001-01-01 .. 9999-12-31. */
static CareplanDate
date_from_number (gint64 number)
{
  if (number < 1 || number > CAREPLAN_DATE_MAX)
    return CAREPLAN_DATE_NONE;
  return (CareplanDate) number;
}

/**
 * careplan_date_new:
 * @year: the year, 1 to 9999
 * @month: the month, 1 (January) to 12 (December)
 * @day: the day of the month, from 1
 *
 * Makes the [alias@Careplan.Date] for a year, month and day.
 *
 * An impossible date (31 February, month 13, year 0) gives
 * %CAREPLAN_DATE_NONE rather than being normalised into a neighbouring
 * month: a statutory deadline computed from a wrong date must not look
 * plausible.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE if there is no such date
 *
 * Since: 0.1
 */
CareplanDate
careplan_date_new (int year,
                   int month,
                   int day)
{
  if (year < MIN_YEAR || year > MAX_YEAR)
    return CAREPLAN_DATE_NONE;
  if (month < 1 || month > 12)
    return CAREPLAN_DATE_NONE;
  if (day < 1 || day > days_in_month (year, month))
    return CAREPLAN_DATE_NONE;

  return (CareplanDate) days_from_civil (year, month, day);
}

/**
 * careplan_date_is_valid:
 * @date: a day number
 *
 * Checks whether @date names a day between 1 January 1 and
 * 31 December 9999. %CAREPLAN_DATE_NONE is not valid.
 *
 * Returns: %TRUE if @date is a valid date
 *
 * Since: 0.1
 */
gboolean
careplan_date_is_valid (CareplanDate date)
{
  return date >= 1 && date <= CAREPLAN_DATE_MAX;
}

/* The rejected text as it appears in a message: valid UTF-8 (the input
 * may be anything) and short. */
static char *
quote_text (const char *text)
{
  gsize length = strlen (text);
  const char *end = text + MIN (length, MAX_QUOTED_BYTES);
  g_autofree char *valid = NULL;

  if (length > MAX_QUOTED_BYTES)
    {
      /* Cut on a character boundary; invalid bytes are replaced below. */
      while (end > text && ((guchar) *end & 0xC0) == 0x80)
        end--;
    }

  valid = g_utf8_make_valid (text, end - text);
  if (length > MAX_QUOTED_BYTES)
    return g_strdup_printf ("“%s…”", valid);
  return g_strdup_printf ("“%s”", valid);
}

G_GNUC_PRINTF (3, 4)
static void
set_not_a_date (GError     **error,
                const char  *text,
                const char  *format,
                ...)
{
  g_autofree char *quoted = quote_text (text);
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE,
               "%s is not a date (%s)", quoted, reason);
}

static gboolean
parse_digits (const char *text,
              guint       count,
              int        *value)
{
  int result = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      result = result * 10 + (text[i] - '0');
    }

  *value = result;
  return TRUE;
}

/**
 * careplan_date_parse_iso:
 * @text: a date written `YYYY-MM-DD`
 * @error: return location for a #GError
 *
 * Reads a date in the ISO 8601 calendar form `YYYY-MM-DD`, and nothing
 * else: exactly ten characters, four-digit year, two-digit month and day,
 * no time, no surrounding spaces. Records and bank-holiday feeds write
 * dates this way; accepting variants such as `2025-1-1` would let a
 * mistyped date through unnoticed.
 *
 * On failure the error is %CAREPLAN_ERROR_INVALID_DATE and its message
 * quotes @text and says what is wrong, for example
 * `“2025-13-01” is not a date (month 13)`.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE with @error set
 *
 * Since: 0.1
 */
CareplanDate
careplan_date_parse_iso (const char  *text,
                         GError     **error)
{
  int year;
  int month;
  int day;

  g_return_val_if_fail (text != NULL, CAREPLAN_DATE_NONE);
  g_return_val_if_fail (error == NULL || *error == NULL, CAREPLAN_DATE_NONE);

  if (strlen (text) != CAREPLAN_DATE_ISO_LENGTH - 1 ||
      text[4] != '-' || text[7] != '-' ||
      !parse_digits (text, 4, &year) ||
      !parse_digits (text + 5, 2, &month) ||
      !parse_digits (text + 8, 2, &day))
    {
      set_not_a_date (error, text, "expected YYYY-MM-DD");
      return CAREPLAN_DATE_NONE;
    }

  if (year < MIN_YEAR)
    {
      set_not_a_date (error, text, "year 0");
      return CAREPLAN_DATE_NONE;
    }

  if (month < 1 || month > 12)
    {
      set_not_a_date (error, text, "month %d", month);
      return CAREPLAN_DATE_NONE;
    }

  if (day < 1 || day > days_in_month (year, month))
    {
      if (day < 1)
        set_not_a_date (error, text, "day 0");
      else
        set_not_a_date (error, text, "%s %d has %d days",
                        month_names[month - 1], year, days_in_month (year, month));
      return CAREPLAN_DATE_NONE;
    }

  return careplan_date_new (year, month, day);
}

/**
 * careplan_date_to_iso:
 * @date: a date
 *
 * Writes @date as `YYYY-MM-DD`.
 *
 * "No date" has no ISO form, so %CAREPLAN_DATE_NONE (or any invalid day
 * number) gives %NULL; writers turn that into a JSON `null` or an empty
 * field.
 *
 * Returns: (transfer full) (nullable): the date as a new string, or %NULL
 *   if @date is not a valid date
 *
 * Since: 0.1
 */
char *
careplan_date_to_iso (CareplanDate date)
{
  char buffer[CAREPLAN_DATE_ISO_LENGTH];

  if (!careplan_date_is_valid (date))
    return NULL;

  careplan_date_format_iso (date, buffer);
  return g_strdup (buffer);
}

/**
 * careplan_date_format_iso:
 * @date: a date
 * @buffer: (out caller-allocates) (array fixed-size=11) (element-type gchar):
 *   a buffer of at least %CAREPLAN_DATE_ISO_LENGTH bytes
 *
 * Writes @date as `YYYY-MM-DD` followed by a nul byte into @buffer,
 * without allocating: for writers that format many dates. An invalid
 * date (such as %CAREPLAN_DATE_NONE) writes the empty string.
 *
 * Bindings should use [func@Careplan.date_to_iso].
 *
 * Since: 0.1
 */
void
careplan_date_format_iso (CareplanDate  date,
                          char         *buffer)
{
  int year;
  int month;
  int day;

  g_return_if_fail (buffer != NULL);

  if (!careplan_date_is_valid (date))
    {
      buffer[0] = '\0';
      return;
    }

  civil_from_days (date, &year, &month, &day);

  buffer[0] = '0' + year / 1000;
  buffer[1] = '0' + year / 100 % 10;
  buffer[2] = '0' + year / 10 % 10;
  buffer[3] = '0' + year % 10;
  buffer[4] = '-';
  buffer[5] = '0' + month / 10;
  buffer[6] = '0' + month % 10;
  buffer[7] = '-';
  buffer[8] = '0' + day / 10;
  buffer[9] = '0' + day % 10;
  buffer[10] = '\0';
}

/**
 * careplan_date_get_year:
 * @date: a date
 *
 * Gets the year of @date.
 *
 * Returns: the year (1 to 9999), or 0 if @date is not a valid date
 *
 * Since: 0.1
 */
int
careplan_date_get_year (CareplanDate date)
{
  int year;

  if (!careplan_date_is_valid (date))
    return 0;

  civil_from_days (date, &year, NULL, NULL);
  return year;
}

/**
 * careplan_date_get_month:
 * @date: a date
 *
 * Gets the month of @date.
 *
 * Returns: the month (1 for January to 12), or 0 if @date is not a valid date
 *
 * Since: 0.1
 */
int
careplan_date_get_month (CareplanDate date)
{
  int month;

  if (!careplan_date_is_valid (date))
    return 0;

  civil_from_days (date, NULL, &month, NULL);
  return month;
}

/**
 * careplan_date_get_day:
 * @date: a date
 *
 * Gets the day of the month of @date.
 *
 * Returns: the day of the month (from 1), or 0 if @date is not a valid date
 *
 * Since: 0.1
 */
int
careplan_date_get_day (CareplanDate date)
{
  int day;

  if (!careplan_date_is_valid (date))
    return 0;

  civil_from_days (date, NULL, NULL, &day);
  return day;
}

/**
 * careplan_date_get_weekday:
 * @date: a date
 *
 * Gets the day of the week of @date.
 *
 * Returns: the weekday, or %G_DATE_BAD_WEEKDAY if @date is not a valid date
 *
 * Since: 0.1
 */
GDateWeekday
careplan_date_get_weekday (CareplanDate date)
{
  if (!careplan_date_is_valid (date))
    return G_DATE_BAD_WEEKDAY;

  /* 1 January 1 (proleptic Gregorian) was a Monday. */
  return (GDateWeekday) ((date - 1) % 7 + G_DATE_MONDAY);
}

/**
 * careplan_date_is_leap_year:
 * @year: a year
 *
 * Checks whether @year has a 29 February in the Gregorian calendar
 * (divisible by 4, except centuries not divisible by 400: 2000 and 2024
 * are leap years, 2100 is not).
 *
 * Returns: %TRUE if @year is a leap year
 *
 * Since: 0.1
 */
gboolean
careplan_date_is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

/**
 * careplan_date_get_days_in_month:
 * @year: a year
 * @month: a month, 1 (January) to 12 (December)
 *
 * Gets the number of days in a month of a year.
 *
 * Returns: 28 to 31, or 0 if @month is not a month
 *
 * Since: 0.1
 */
int
careplan_date_get_days_in_month (int year,
                                 int month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  return days_in_month (year, month);
}

/**
 * careplan_date_add_days:
 * @date: a date
 * @days: the number of days to add, negative to go back
 *
 * Moves @date by a number of calendar days.
 *
 * Like every date computation here, an invalid @date (such as
 * %CAREPLAN_DATE_NONE) or a result outside years 1 to 9999 gives
 * %CAREPLAN_DATE_NONE, so a chain of computations needs one check at its
 * end.
 *
 * Returns: the date @days days after @date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_date_add_days (CareplanDate date,
                        int          days)
{
  if (!careplan_date_is_valid (date))
    return CAREPLAN_DATE_NONE;

  return date_from_number ((gint64) date + days);
}

/**
 * careplan_date_add_weeks:
 * @date: a date
 * @weeks: the number of weeks to add, negative to go back
 *
 * Moves @date by a number of weeks of 7 calendar days. Statutory weeks
 * are not working weeks: weekends and bank holidays count.
 *
 * Returns: the date 7 × @weeks days after @date, or %CAREPLAN_DATE_NONE
 *   if @date is invalid or the result is outside years 1 to 9999
 *
 * Since: 0.1
 */
CareplanDate
careplan_date_add_weeks (CareplanDate date,
                         int          weeks)
{
  if (!careplan_date_is_valid (date))
    return CAREPLAN_DATE_NONE;

  return date_from_number ((gint64) date + (gint64) weeks * 7);
}

/**
 * careplan_date_add_months:
 * @date: a date
 * @months: the number of calendar months to add, negative to go back
 *
 * Moves @date by calendar months using the corresponding-date rule of
 * English law (Dodds v Walker [1981]; a "month" is a calendar month under
 * the Interpretation Act 1978): the result is the same day of the month
 * @months months later, or the last day of that month when it is shorter.
 * So 31 August + 3 months is 30 November, 31 August 2025 + 6 months is
 * 28 February 2026 and 31 August 2027 + 6 months is 29 February 2028.
 *
 * The rule is not reversible: 30 November − 3 months is 30 August.
 *
 * Returns: the corresponding date, or %CAREPLAN_DATE_NONE if @date is
 *   invalid or the result is outside years 1 to 9999
 *
 * Since: 0.1
 */
CareplanDate
careplan_date_add_months (CareplanDate date,
                          int          months)
{
  int year;
  int month;
  int day;
  gint64 total;
  gint64 new_year;
  int new_month;

  if (!careplan_date_is_valid (date))
    return CAREPLAN_DATE_NONE;

  civil_from_days (date, &year, &month, &day);

  /* Months since January of year 0, which stays positive for any result
   * that can be valid, so plain division splits it. */
  total = (gint64) year * 12 + (month - 1) + months;
  if (total < (gint64) MIN_YEAR * 12 || total > (gint64) MAX_YEAR * 12 + 11)
    return CAREPLAN_DATE_NONE;

  new_year = total / 12;
  new_month = (int) (total % 12) + 1;
  day = MIN (day, days_in_month ((int) new_year, new_month));

  return (CareplanDate) days_from_civil (new_year, new_month, day);
}

/**
 * careplan_date_days_between:
 * @from: a valid date
 * @to: a valid date
 *
 * Counts the calendar days from @from to @to: positive when @to is later,
 * so `careplan_date_days_between (due, done)` is the number of days late.
 *
 * Both dates must be valid: there is no number that could mean "unknown".
 *
 * Returns: @to − @from in days
 *
 * Since: 0.1
 */
int
careplan_date_days_between (CareplanDate from,
                            CareplanDate to)
{
  g_return_val_if_fail (careplan_date_is_valid (from), 0);
  g_return_val_if_fail (careplan_date_is_valid (to), 0);

  return (int) ((gint64) to - (gint64) from);
}

/**
 * careplan_date_get_birthday:
 * @date_of_birth: a date of birth
 * @age: an age in whole years
 * @policy: where 29 February birthdays fall in common years
 *
 * Finds the date on which a person born on @date_of_birth attains @age.
 *
 * Someone born on 29 February has no anniversary in a common year; @policy
 * says which day stands for it. Use %CAREPLAN_LEAP_DAY_POLICY_MARCH_1
 * unless a rule says otherwise: under the Family Law Reform Act 1969 s9 an
 * age is attained at the start of the anniversary of the birth, and in a
 * common year the day after 28 February is the first that completes the
 * full number of years, so the person is not yet of that age on
 * 28 February. %CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28 exists for
 * reconciling with systems that count the other way.
 *
 * An @age of 0 gives @date_of_birth itself.
 *
 * Returns: the birthday, or %CAREPLAN_DATE_NONE if @date_of_birth is
 *   invalid or the birthday falls after year 9999
 *
 * Since: 0.1
 */
CareplanDate
careplan_date_get_birthday (CareplanDate          date_of_birth,
                            guint                 age,
                            CareplanLeapDayPolicy policy)
{
  int year;
  int month;
  int day;
  int target;

  g_return_val_if_fail (policy == CAREPLAN_LEAP_DAY_POLICY_MARCH_1 ||
                        policy == CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28,
                        CAREPLAN_DATE_NONE);

  if (!careplan_date_is_valid (date_of_birth) || age > MAX_YEAR)
    return CAREPLAN_DATE_NONE;

  civil_from_days (date_of_birth, &year, &month, &day);
  target = year + (int) age;
  if (target > MAX_YEAR)
    return CAREPLAN_DATE_NONE;

  if (month == 2 && day == 29 && !careplan_date_is_leap_year (target))
    {
      if (policy == CAREPLAN_LEAP_DAY_POLICY_MARCH_1)
        return (CareplanDate) days_from_civil (target, 3, 1);
      return (CareplanDate) days_from_civil (target, 2, 28);
    }

  return (CareplanDate) days_from_civil (target, month, day);
}

/**
 * careplan_date_get_age_on:
 * @date_of_birth: a date of birth
 * @date: the date on which to measure the age
 * @policy: where 29 February birthdays fall in common years
 *
 * Computes the age in completed years of a person born on @date_of_birth,
 * on @date: the age goes up on the birthday itself (see
 * [func@Careplan.date_get_birthday] for @policy).
 *
 * Returns: the age in whole years, or -1 if either date is invalid or
 *   @date is before @date_of_birth
 *
 * Since: 0.1
 */
int
careplan_date_get_age_on (CareplanDate          date_of_birth,
                          CareplanDate          date,
                          CareplanLeapDayPolicy policy)
{
  int birth_year;
  int year;
  int age;

  g_return_val_if_fail (policy == CAREPLAN_LEAP_DAY_POLICY_MARCH_1 ||
                        policy == CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28,
                        -1);

  if (!careplan_date_is_valid (date_of_birth) || !careplan_date_is_valid (date))
    return -1;
  if (date < date_of_birth)
    return -1;

  civil_from_days (date_of_birth, &birth_year, NULL, NULL);
  civil_from_days (date, &year, NULL, NULL);

  age = year - birth_year;
  if (careplan_date_get_birthday (date_of_birth, (guint) age, policy) > date)
    age--;

  return age;
}
