/* test-date.c: day numbers, ISO dates, corresponding-date months, ages
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>

#include <careplan.h>
#include <cmocka.h>

#define D(y, m, d) careplan_date_new ((y), (m), (d))

/* 9999-12-31, the last representable date (Python's date.max). */
#define LAST_DAY_NUMBER 3652059

#define MARCH_1 CAREPLAN_LEAP_DAY_POLICY_MARCH_1
#define FEBRUARY_28 CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28

static void
assert_date_equal (CareplanDate actual,
                   CareplanDate expected)
{
  g_autofree char *actual_text = careplan_date_to_iso (actual);
  g_autofree char *expected_text = careplan_date_to_iso (expected);

  if (actual != expected)
    fail_msg ("got %s (%u), expected %s (%u)",
              actual_text ? actual_text : "none", actual,
              expected_text ? expected_text : "none", expected);
}

static void
assert_parse_fails (const char *text,
                    const char *message)
{
  g_autoptr(GError) error = NULL;

  assert_int_equal (careplan_date_parse_iso (text, &error), CAREPLAN_DATE_NONE);
  assert_non_null (error);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE));
  assert_string_equal (error->message, message);
}

static void
test_day_numbers_match_python_ordinals (void **state)
{
  assert_int_equal (D (1, 1, 1), 1);
  assert_int_equal (D (1970, 1, 1), 719163);
  assert_int_equal (D (2025, 1, 1), 739252);
  assert_int_equal (D (9999, 12, 31), LAST_DAY_NUMBER);
}

static void
test_every_day_matches_gdate (void **state)
{
  /* GDate's Julian day uses the same numbering: check all of years
   * 1..9999 both ways, and the weekday. */
  for (CareplanDate date = 1; date <= LAST_DAY_NUMBER; date++)
    {
      GDate gdate;
      int year;
      int month;
      int day;

      g_date_clear (&gdate, 1);
      g_date_set_julian (&gdate, date);
      year = careplan_date_get_year (date);
      month = careplan_date_get_month (date);
      day = careplan_date_get_day (date);

      if (year != g_date_get_year (&gdate) ||
          month != (int) g_date_get_month (&gdate) ||
          day != g_date_get_day (&gdate) ||
          careplan_date_get_weekday (date) != g_date_get_weekday (&gdate) ||
          careplan_date_new (year, month, day) != date)
        fail_msg ("day %u: %d-%d-%d differs from GDate", date, year, month, day);
    }
}

static void
test_is_valid_at_both_ends_of_the_range (void **state)
{
  assert_false (careplan_date_is_valid (CAREPLAN_DATE_NONE));
  assert_true (careplan_date_is_valid (1));
  assert_true (careplan_date_is_valid (LAST_DAY_NUMBER));
  assert_false (careplan_date_is_valid (LAST_DAY_NUMBER + 1));
  assert_false (careplan_date_is_valid (G_MAXUINT32));
}

static void
test_new_rejects_impossible_dates (void **state)
{
  assert_int_equal (D (2025, 2, 29), CAREPLAN_DATE_NONE);
  assert_int_equal (D (2025, 2, 31), CAREPLAN_DATE_NONE);
  assert_int_equal (D (2025, 4, 31), CAREPLAN_DATE_NONE);
  assert_int_equal (D (2025, 13, 1), CAREPLAN_DATE_NONE);
  assert_int_equal (D (2025, 0, 1), CAREPLAN_DATE_NONE);
  assert_int_equal (D (2025, 1, 0), CAREPLAN_DATE_NONE);
  assert_int_equal (D (2025, 1, 32), CAREPLAN_DATE_NONE);
  assert_int_equal (D (0, 1, 1), CAREPLAN_DATE_NONE);
  assert_int_equal (D (-1, 1, 1), CAREPLAN_DATE_NONE);
  assert_int_equal (D (10000, 1, 1), CAREPLAN_DATE_NONE);
  assert_int_equal (D (2100, 2, 29), CAREPLAN_DATE_NONE);
  assert_int_equal (D (1900, 2, 29), CAREPLAN_DATE_NONE);

  assert_true (careplan_date_is_valid (D (2024, 2, 29)));
  assert_true (careplan_date_is_valid (D (2000, 2, 29)));
  assert_true (careplan_date_is_valid (D (2025, 4, 30)));
}

static void
test_leap_years_follow_the_gregorian_rule (void **state)
{
  assert_true (careplan_date_is_leap_year (2024));
  assert_false (careplan_date_is_leap_year (2023));
  assert_false (careplan_date_is_leap_year (2025));
  assert_false (careplan_date_is_leap_year (2100));
  assert_false (careplan_date_is_leap_year (1900));
  assert_true (careplan_date_is_leap_year (2000));
  assert_true (careplan_date_is_leap_year (2400));
}

static void
test_days_in_month_including_february (void **state)
{
  assert_int_equal (careplan_date_get_days_in_month (2025, 1), 31);
  assert_int_equal (careplan_date_get_days_in_month (2025, 2), 28);
  assert_int_equal (careplan_date_get_days_in_month (2024, 2), 29);
  assert_int_equal (careplan_date_get_days_in_month (2100, 2), 28);
  assert_int_equal (careplan_date_get_days_in_month (2000, 2), 29);
  assert_int_equal (careplan_date_get_days_in_month (2025, 4), 30);
  assert_int_equal (careplan_date_get_days_in_month (2025, 11), 30);
  assert_int_equal (careplan_date_get_days_in_month (2025, 12), 31);
}

static void
test_add_days_across_month_and_year_ends (void **state)
{
  assert_date_equal (careplan_date_add_days (D (2025, 1, 31), -1), D (2025, 1, 30));
  assert_date_equal (careplan_date_add_days (D (2025, 1, 31), 1), D (2025, 2, 1));
  assert_date_equal (careplan_date_add_days (D (2025, 2, 28), 1), D (2025, 3, 1));
  assert_date_equal (careplan_date_add_days (D (2025, 3, 1), -1), D (2025, 2, 28));
  assert_date_equal (careplan_date_add_days (D (2024, 2, 28), 1), D (2024, 2, 29));
  assert_date_equal (careplan_date_add_days (D (2024, 2, 29), 1), D (2024, 3, 1));
  assert_date_equal (careplan_date_add_days (D (2024, 3, 1), -1), D (2024, 2, 29));
  assert_date_equal (careplan_date_add_days (D (2100, 2, 28), 1), D (2100, 3, 1));
  assert_date_equal (careplan_date_add_days (D (2000, 2, 28), 1), D (2000, 2, 29));
  assert_date_equal (careplan_date_add_days (D (2024, 12, 31), 1), D (2025, 1, 1));
  assert_date_equal (careplan_date_add_days (D (2025, 1, 1), -1), D (2024, 12, 31));
  assert_date_equal (careplan_date_add_days (D (2025, 6, 15), 0), D (2025, 6, 15));
  /* 26 weeks beginning with 6 Jan 2025 (worked example 11, tests/scenarios/we11-*). */
  assert_date_equal (careplan_date_add_days (D (2025, 1, 6), 181), D (2025, 7, 6));
}

static void
test_add_days_outside_years_1_to_9999_gives_none (void **state)
{
  assert_int_equal (careplan_date_add_days (1, -1), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_add_days (LAST_DAY_NUMBER, 1), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_add_days (CAREPLAN_DATE_NONE, 1), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_add_days (1, G_MAXINT), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_add_days (LAST_DAY_NUMBER, G_MININT), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_add_days (LAST_DAY_NUMBER, -(LAST_DAY_NUMBER - 1)), 1);
}

static void
test_add_weeks_counts_seven_calendar_days (void **state)
{
  /* Worked examples 4 and 6 (tests/scenarios/we04-*, we06-*). */
  assert_date_equal (careplan_date_add_weeks (D (2025, 4, 5), 1), D (2025, 4, 12));
  assert_date_equal (careplan_date_add_weeks (D (2025, 3, 3), 16), D (2025, 6, 23));
  assert_date_equal (careplan_date_add_weeks (D (2025, 6, 10), 8), D (2025, 8, 5));
  assert_date_equal (careplan_date_add_weeks (D (2025, 6, 23), -16), D (2025, 3, 3));
  assert_date_equal (careplan_date_add_weeks (D (2024, 2, 22), 1), D (2024, 2, 29));
  assert_int_equal (careplan_date_add_weeks (LAST_DAY_NUMBER - 6, 1), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_add_weeks (LAST_DAY_NUMBER - 7, 1), LAST_DAY_NUMBER);
  assert_int_equal (careplan_date_add_weeks (1, G_MAXINT), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_add_weeks (CAREPLAN_DATE_NONE, 1), CAREPLAN_DATE_NONE);
}

static void
test_add_months_corresponding_date_at_month_ends (void **state)
{
  assert_date_equal (careplan_date_add_months (D (2025, 1, 31), 1), D (2025, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2024, 1, 31), 1), D (2024, 2, 29));
  assert_date_equal (careplan_date_add_months (D (2100, 1, 31), 1), D (2100, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2000, 1, 31), 1), D (2000, 2, 29));
  assert_date_equal (careplan_date_add_months (D (2025, 1, 27), 1), D (2025, 2, 27));
  assert_date_equal (careplan_date_add_months (D (2025, 1, 28), 1), D (2025, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2025, 1, 29), 1), D (2025, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2025, 1, 30), 1), D (2025, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2025, 2, 1), 1), D (2025, 3, 1));
  assert_date_equal (careplan_date_add_months (D (2025, 8, 30), 3), D (2025, 11, 30));
  assert_date_equal (careplan_date_add_months (D (2025, 8, 31), 3), D (2025, 11, 30));
  assert_date_equal (careplan_date_add_months (D (2025, 9, 1), 3), D (2025, 12, 1));
  assert_date_equal (careplan_date_add_months (D (2025, 11, 30), 3), D (2026, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2027, 11, 30), 3), D (2028, 2, 29));
  assert_date_equal (careplan_date_add_months (D (2025, 12, 31), 2), D (2026, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2025, 12, 15), 1), D (2026, 1, 15));
  assert_date_equal (careplan_date_add_months (D (2024, 2, 29), 12), D (2025, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2024, 2, 29), 48), D (2028, 2, 29));
  assert_date_equal (careplan_date_add_months (D (2025, 6, 15), 0), D (2025, 6, 15));
  /* Worked example 9 (tests/scenarios/we09-*): 2 months, not 8 weeks. */
  assert_date_equal (careplan_date_add_months (D (2025, 12, 31), 2), D (2026, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2025, 12, 5), 2), D (2026, 2, 5));
}

static void
test_add_months_negative (void **state)
{
  assert_date_equal (careplan_date_add_months (D (2025, 3, 31), -1), D (2025, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2024, 3, 31), -1), D (2024, 2, 29));
  assert_date_equal (careplan_date_add_months (D (2025, 1, 15), -1), D (2024, 12, 15));
  assert_date_equal (careplan_date_add_months (D (2025, 5, 31), -3), D (2025, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2026, 2, 28), -6), D (2025, 8, 28));
  assert_date_equal (careplan_date_add_months (D (2025, 7, 31), -12), D (2024, 7, 31));
  assert_date_equal (careplan_date_add_months (D (2025, 1, 1), -25), D (2022, 12, 1));
  /* The rule does not undo itself: 31 Aug + 3 = 30 Nov, 30 Nov − 3 = 30 Aug. */
  assert_date_equal (careplan_date_add_months (D (2025, 11, 30), -3), D (2025, 8, 30));
}

static void
test_add_months_outside_years_1_to_9999_gives_none (void **state)
{
  assert_int_equal (careplan_date_add_months (D (9999, 12, 1), 1), CAREPLAN_DATE_NONE);
  assert_date_equal (careplan_date_add_months (D (9999, 11, 30), 1), D (9999, 12, 30));
  assert_int_equal (careplan_date_add_months (D (1, 1, 31), -1), CAREPLAN_DATE_NONE);
  assert_date_equal (careplan_date_add_months (D (1, 2, 28), -1), D (1, 1, 28));
  assert_int_equal (careplan_date_add_months (D (2025, 1, 1), G_MAXINT), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_add_months (D (2025, 1, 1), G_MININT), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_add_months (CAREPLAN_DATE_NONE, 1), CAREPLAN_DATE_NONE);
}

static void
test_statutory_months_worked_examples_3_and_12 (void **state)
{
  /* §11 example 3: reviews from 31 August. */
  assert_date_equal (careplan_date_add_months (D (2025, 8, 31), 3), D (2025, 11, 30));
  assert_date_equal (careplan_date_add_months (D (2025, 11, 30), 6), D (2026, 5, 30));
  assert_date_equal (careplan_date_add_months (D (2025, 8, 31), 6), D (2026, 2, 28));
  assert_date_equal (careplan_date_add_months (D (2027, 8, 31), 6), D (2028, 2, 29));
  /* §11 example 12: conferences. */
  assert_date_equal (careplan_date_add_months (D (2026, 1, 12), 3), D (2026, 4, 12));
  assert_date_equal (careplan_date_add_months (D (2026, 4, 10), 6), D (2026, 10, 10));
}

static void
test_days_between_is_signed (void **state)
{
  assert_int_equal (careplan_date_days_between (D (2025, 8, 31), D (2026, 3, 2)), 183);
  assert_int_equal (careplan_date_days_between (D (2026, 3, 2), D (2025, 8, 31)), -183);
  assert_int_equal (careplan_date_days_between (D (2025, 8, 31), D (2025, 8, 31)), 0);
  assert_int_equal (careplan_date_days_between (D (2024, 2, 28), D (2024, 3, 1)), 2);
  assert_int_equal (careplan_date_days_between (D (2025, 2, 28), D (2025, 3, 1)), 1);
  assert_int_equal (careplan_date_days_between (1, LAST_DAY_NUMBER), LAST_DAY_NUMBER - 1);
}

static void
test_weekday_of_known_dates (void **state)
{
  assert_int_equal (careplan_date_get_weekday (D (1, 1, 1)), G_DATE_MONDAY);
  assert_int_equal (careplan_date_get_weekday (D (2024, 12, 20)), G_DATE_FRIDAY);
  assert_int_equal (careplan_date_get_weekday (D (2025, 3, 1)), G_DATE_SATURDAY);
  assert_int_equal (careplan_date_get_weekday (D (2025, 3, 2)), G_DATE_SUNDAY);
  assert_int_equal (careplan_date_get_weekday (D (2025, 3, 3)), G_DATE_MONDAY);
  assert_int_equal (careplan_date_get_weekday (D (2026, 4, 12)), G_DATE_SUNDAY);
  assert_int_equal (careplan_date_get_weekday (D (9999, 12, 31)), G_DATE_FRIDAY);
}

static void
test_getters_of_an_invalid_date_return_zero (void **state)
{
  assert_int_equal (careplan_date_get_year (CAREPLAN_DATE_NONE), 0);
  assert_int_equal (careplan_date_get_month (CAREPLAN_DATE_NONE), 0);
  assert_int_equal (careplan_date_get_day (CAREPLAN_DATE_NONE), 0);
  assert_int_equal (careplan_date_get_weekday (CAREPLAN_DATE_NONE), G_DATE_BAD_WEEKDAY);
  assert_int_equal (careplan_date_get_year (LAST_DAY_NUMBER + 1), 0);
  assert_int_equal (careplan_date_get_weekday (LAST_DAY_NUMBER + 1), G_DATE_BAD_WEEKDAY);
}

static void
test_parse_iso_round_trips_every_day_of_1999_to_2101 (void **state)
{
  for (CareplanDate date = D (1999, 1, 1); date <= D (2101, 12, 31); date++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *text = careplan_date_to_iso (date);
      char buffer[CAREPLAN_DATE_ISO_LENGTH];

      careplan_date_format_iso (date, buffer);
      assert_string_equal (buffer, text);
      assert_int_equal (careplan_date_parse_iso (text, &error), date);
      assert_null (error);
    }
}

static void
test_parse_iso_at_the_ends_of_the_range (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = careplan_date_to_iso (1);
  g_autofree char *last = careplan_date_to_iso (LAST_DAY_NUMBER);

  assert_string_equal (first, "0001-01-01");
  assert_string_equal (last, "9999-12-31");
  assert_int_equal (careplan_date_parse_iso ("0001-01-01", &error), 1);
  assert_int_equal (careplan_date_parse_iso ("9999-12-31", &error), LAST_DAY_NUMBER);
  assert_int_equal (careplan_date_parse_iso ("2024-02-29", &error), D (2024, 2, 29));
  assert_int_equal (careplan_date_parse_iso ("2000-02-29", &error), D (2000, 2, 29));
  assert_null (error);
}

static void
test_parse_iso_rejects_impossible_dates_with_a_reason (void **state)
{
  assert_parse_fails ("2025-02-31", "“2025-02-31” is not a date (February 2025 has 28 days)");
  assert_parse_fails ("2025-02-29", "“2025-02-29” is not a date (February 2025 has 28 days)");
  assert_parse_fails ("2100-02-29", "“2100-02-29” is not a date (February 2100 has 28 days)");
  assert_parse_fails ("2025-04-31", "“2025-04-31” is not a date (April 2025 has 30 days)");
  assert_parse_fails ("2025-13-01", "“2025-13-01” is not a date (month 13)");
  assert_parse_fails ("2025-00-10", "“2025-00-10” is not a date (month 0)");
  assert_parse_fails ("2025-01-00", "“2025-01-00” is not a date (day 0)");
  assert_parse_fails ("0000-01-01", "“0000-01-01” is not a date (year 0)");
}

static void
test_parse_iso_rejects_other_forms (void **state)
{
  assert_parse_fails ("2025-1-01", "“2025-1-01” is not a date (expected YYYY-MM-DD)");
  assert_parse_fails ("2025-01-01x", "“2025-01-01x” is not a date (expected YYYY-MM-DD)");
  assert_parse_fails ("", "“” is not a date (expected YYYY-MM-DD)");
  assert_parse_fails (" 2025-01-01", "“ 2025-01-01” is not a date (expected YYYY-MM-DD)");
  assert_parse_fails ("2025-01-1 ", "“2025-01-1 ” is not a date (expected YYYY-MM-DD)");
  assert_parse_fails ("2025/01/01", "“2025/01/01” is not a date (expected YYYY-MM-DD)");
  assert_parse_fails ("+025-01-01", "“+025-01-01” is not a date (expected YYYY-MM-DD)");
  assert_parse_fails ("2025-01-1a", "“2025-01-1a” is not a date (expected YYYY-MM-DD)");
  assert_parse_fails ("20250101", "“20250101” is not a date (expected YYYY-MM-DD)");
  assert_parse_fails ("2025-01-01T00:00:00",
                      "“2025-01-01T00:00:00” is not a date (expected YYYY-MM-DD)");
}

static void
test_parse_iso_message_quotes_long_or_broken_text_safely (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (100, '7');
  g_autofree char *expected = g_strdup_printf ("“%.40s…” is not a date (expected YYYY-MM-DD)",
                                               long_text);

  assert_parse_fails (long_text, expected);

  assert_int_equal (careplan_date_parse_iso ("2025-01-0\xff", &error), CAREPLAN_DATE_NONE);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE));
  assert_true (g_utf8_validate (error->message, -1, NULL));
  assert_string_equal (error->message, "“2025-01-0\xef\xbf\xbd” is not a date (expected YYYY-MM-DD)");
}

static void
test_no_date_has_no_iso_form (void **state)
{
  char buffer[CAREPLAN_DATE_ISO_LENGTH] = "xxxxxxxxxx";

  assert_null (careplan_date_to_iso (CAREPLAN_DATE_NONE));
  assert_null (careplan_date_to_iso (LAST_DAY_NUMBER + 1));
  careplan_date_format_iso (CAREPLAN_DATE_NONE, buffer);
  assert_string_equal (buffer, "");
}

static void
test_birthday_is_the_anniversary (void **state)
{
  CareplanDate dob = D (2021, 1, 10);

  assert_date_equal (careplan_date_get_birthday (dob, 0, MARCH_1), dob);
  assert_date_equal (careplan_date_get_birthday (dob, 5, MARCH_1), D (2026, 1, 10));
  assert_date_equal (careplan_date_get_birthday (dob, 5, FEBRUARY_28), D (2026, 1, 10));
  assert_date_equal (careplan_date_get_birthday (D (2009, 8, 31), 16, MARCH_1), D (2025, 8, 31));
  assert_date_equal (careplan_date_get_birthday (D (2008, 2, 28), 1, MARCH_1), D (2009, 2, 28));
  assert_date_equal (careplan_date_get_birthday (D (2008, 3, 1), 1, FEBRUARY_28), D (2009, 3, 1));
}

static void
test_birthday_of_29_february_under_each_policy (void **state)
{
  CareplanDate dob = D (2008, 2, 29);

  assert_date_equal (careplan_date_get_birthday (dob, 1, MARCH_1), D (2009, 3, 1));
  assert_date_equal (careplan_date_get_birthday (dob, 1, FEBRUARY_28), D (2009, 2, 28));
  assert_date_equal (careplan_date_get_birthday (dob, 4, MARCH_1), D (2012, 2, 29));
  assert_date_equal (careplan_date_get_birthday (dob, 4, FEBRUARY_28), D (2012, 2, 29));
  assert_date_equal (careplan_date_get_birthday (dob, 18, MARCH_1), D (2026, 3, 1));
  assert_date_equal (careplan_date_get_birthday (dob, 18, FEBRUARY_28), D (2026, 2, 28));
  /* 2100 is not a leap year; 2000 was. */
  assert_date_equal (careplan_date_get_birthday (dob, 92, MARCH_1), D (2100, 3, 1));
  assert_date_equal (careplan_date_get_birthday (dob, 92, FEBRUARY_28), D (2100, 2, 28));
  assert_date_equal (careplan_date_get_birthday (D (1996, 2, 29), 4, MARCH_1), D (2000, 2, 29));
}

static void
test_birthday_after_year_9999_gives_none (void **state)
{
  assert_int_equal (careplan_date_get_birthday (D (2008, 5, 1), 8000, MARCH_1), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_date_get_birthday (D (2008, 5, 1), G_MAXUINT, MARCH_1), CAREPLAN_DATE_NONE);
  assert_date_equal (careplan_date_get_birthday (D (1999, 5, 1), 8000, MARCH_1), D (9999, 5, 1));
  assert_int_equal (careplan_date_get_birthday (CAREPLAN_DATE_NONE, 1, MARCH_1), CAREPLAN_DATE_NONE);
}

static void
test_age_goes_up_on_the_birthday (void **state)
{
  CareplanDate dob = D (2009, 8, 31);

  assert_int_equal (careplan_date_get_age_on (dob, D (2025, 8, 30), MARCH_1), 15);
  assert_int_equal (careplan_date_get_age_on (dob, D (2025, 8, 31), MARCH_1), 16);
  assert_int_equal (careplan_date_get_age_on (dob, D (2025, 9, 1), MARCH_1), 16);
  assert_int_equal (careplan_date_get_age_on (dob, D (2026, 8, 30), MARCH_1), 16);
  assert_int_equal (careplan_date_get_age_on (dob, dob, MARCH_1), 0);
  assert_int_equal (careplan_date_get_age_on (dob, D (2010, 8, 30), MARCH_1), 0);
  assert_int_equal (careplan_date_get_age_on (dob, D (2010, 8, 31), MARCH_1), 1);
  /* A birthday late in the year measured early in the next. */
  assert_int_equal (careplan_date_get_age_on (D (2010, 12, 31), D (2026, 1, 1), MARCH_1), 15);
}

static void
test_age_before_birth_or_of_no_date_is_minus_one (void **state)
{
  CareplanDate dob = D (2009, 8, 31);

  assert_int_equal (careplan_date_get_age_on (dob, D (2009, 8, 30), MARCH_1), -1);
  assert_int_equal (careplan_date_get_age_on (dob, CAREPLAN_DATE_NONE, MARCH_1), -1);
  assert_int_equal (careplan_date_get_age_on (CAREPLAN_DATE_NONE, dob, MARCH_1), -1);
}

static void
test_age_of_a_29_february_birthday_under_each_policy (void **state)
{
  CareplanDate dob = D (2008, 2, 29);

  /* Common year 2025. */
  assert_int_equal (careplan_date_get_age_on (dob, D (2025, 2, 27), MARCH_1), 16);
  assert_int_equal (careplan_date_get_age_on (dob, D (2025, 2, 27), FEBRUARY_28), 16);
  assert_int_equal (careplan_date_get_age_on (dob, D (2025, 2, 28), MARCH_1), 16);
  assert_int_equal (careplan_date_get_age_on (dob, D (2025, 2, 28), FEBRUARY_28), 17);
  assert_int_equal (careplan_date_get_age_on (dob, D (2025, 3, 1), MARCH_1), 17);
  assert_int_equal (careplan_date_get_age_on (dob, D (2025, 3, 1), FEBRUARY_28), 17);
  /* Leap year 2024: the birthday exists, both policies agree. */
  assert_int_equal (careplan_date_get_age_on (dob, D (2024, 2, 28), MARCH_1), 15);
  assert_int_equal (careplan_date_get_age_on (dob, D (2024, 2, 28), FEBRUARY_28), 15);
  assert_int_equal (careplan_date_get_age_on (dob, D (2024, 2, 29), MARCH_1), 16);
  assert_int_equal (careplan_date_get_age_on (dob, D (2024, 2, 29), FEBRUARY_28), 16);
  assert_int_equal (careplan_date_get_age_on (dob, D (2024, 3, 1), MARCH_1), 16);
  /* First birthday, in 2009. */
  assert_int_equal (careplan_date_get_age_on (dob, D (2009, 2, 28), MARCH_1), 0);
  assert_int_equal (careplan_date_get_age_on (dob, D (2009, 2, 28), FEBRUARY_28), 1);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_day_numbers_match_python_ordinals),
    cmocka_unit_test (test_every_day_matches_gdate),
    cmocka_unit_test (test_is_valid_at_both_ends_of_the_range),
    cmocka_unit_test (test_new_rejects_impossible_dates),
    cmocka_unit_test (test_leap_years_follow_the_gregorian_rule),
    cmocka_unit_test (test_days_in_month_including_february),
    cmocka_unit_test (test_add_days_across_month_and_year_ends),
    cmocka_unit_test (test_add_days_outside_years_1_to_9999_gives_none),
    cmocka_unit_test (test_add_weeks_counts_seven_calendar_days),
    cmocka_unit_test (test_add_months_corresponding_date_at_month_ends),
    cmocka_unit_test (test_add_months_negative),
    cmocka_unit_test (test_add_months_outside_years_1_to_9999_gives_none),
    cmocka_unit_test (test_statutory_months_worked_examples_3_and_12),
    cmocka_unit_test (test_days_between_is_signed),
    cmocka_unit_test (test_weekday_of_known_dates),
    cmocka_unit_test (test_getters_of_an_invalid_date_return_zero),
    cmocka_unit_test (test_parse_iso_round_trips_every_day_of_1999_to_2101),
    cmocka_unit_test (test_parse_iso_at_the_ends_of_the_range),
    cmocka_unit_test (test_parse_iso_rejects_impossible_dates_with_a_reason),
    cmocka_unit_test (test_parse_iso_rejects_other_forms),
    cmocka_unit_test (test_parse_iso_message_quotes_long_or_broken_text_safely),
    cmocka_unit_test (test_no_date_has_no_iso_form),
    cmocka_unit_test (test_birthday_is_the_anniversary),
    cmocka_unit_test (test_birthday_of_29_february_under_each_policy),
    cmocka_unit_test (test_birthday_after_year_9999_gives_none),
    cmocka_unit_test (test_age_goes_up_on_the_birthday),
    cmocka_unit_test (test_age_before_birth_or_of_no_date_is_minus_one),
    cmocka_unit_test (test_age_of_a_29_february_birthday_under_each_policy),
  };

  return cmocka_run_group_tests_name ("date", tests, NULL, NULL);
}
