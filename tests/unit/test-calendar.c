/* test-calendar.c: working days, bank-holiday feeds, statutory worked examples
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>

#include <glib/gstdio.h>

#include <careplan.h>
#include <cmocka.h>

#define D(y, m, d) careplan_date_new ((y), (m), (d))

/* A feed in the gov.uk shape, one event per line so that line numbers
 * in messages can be checked.  England and Wales knows 2030 only;
 * Scotland 2030 and 2031. */
static const char small_feed[] =
  "{\n"
  "  \"england-and-wales\": {\n"
  "    \"division\": \"england-and-wales\",\n"
  "    \"events\": [\n"
  "      {\"title\": \"New Year’s Day\", \"date\": \"2030-01-01\", \"notes\": \"\", \"bunting\": true},\n"
  "      {\"title\": \"Good Friday\", \"date\": \"2030-04-19\", \"notes\": \"\", \"bunting\": false},\n"
  "      {\"title\": \"Boxing Day\", \"date\": \"2030-12-26\", \"notes\": \"\", \"bunting\": true}\n"
  "    ]\n"
  "  },\n"
  "  \"scotland\": {\n"
  "    \"division\": \"scotland\",\n"
  "    \"events\": [\n"
  "      {\"title\": \"2nd January\", \"date\": \"2030-01-02\", \"notes\": \"\", \"bunting\": true},\n"
  "      {\"title\": \"St Andrew’s Day\", \"date\": \"2031-12-01\", \"notes\": \"\", \"bunting\": true}\n"
  "    ]\n"
  "  }\n"
  "}\n";

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

static int
setup_default (void **state)
{
  *state = careplan_calendar_new_default ();
  return *state == NULL;
}

static int
teardown_calendar (void **state)
{
  g_clear_object ((CareplanCalendar **) state);
  return 0;
}

static CareplanDate
add_wd (CareplanCalendar *calendar,
        CareplanDate      date,
        guint             days)
{
  g_autoptr(GError) error = NULL;
  CareplanDate result = careplan_calendar_add_working_days (calendar, date, days, &error);

  if (error != NULL)
    fail_msg ("unexpected error: %s", error->message);
  return result;
}

static void
assert_add_wd_fails (CareplanCalendar *calendar,
                     CareplanDate      date,
                     guint             days,
                     const char       *message)
{
  g_autoptr(GError) error = NULL;

  assert_int_equal (careplan_calendar_add_working_days (calendar, date, days, &error),
                    CAREPLAN_DATE_NONE);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE));
  assert_string_equal (error->message, message);
}

static gboolean
is_working (CareplanCalendar *calendar,
            CareplanDate      date)
{
  g_autoptr(GError) error = NULL;
  gboolean result = careplan_calendar_is_working_day (calendar, date, &error);

  if (error != NULL)
    fail_msg ("unexpected error: %s", error->message);
  return result;
}

static gboolean
is_holiday (CareplanCalendar *calendar,
            CareplanDate      date)
{
  g_autoptr(GError) error = NULL;
  gboolean result = careplan_calendar_is_bank_holiday (calendar, date, &error);

  if (error != NULL)
    fail_msg ("unexpected error: %s", error->message);
  return result;
}

static void
assert_feed_fails (const char *data,
                   const char *divisions,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_from_data (data, -1, divisions, &error);

  assert_null (calendar);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_CALENDAR));
  assert_string_equal (error->message, message);
}

/* --- the built-in table ------------------------------------------------ */

static void
test_default_calendar_knows_2012_to_2028 (void **state)
{
  CareplanCalendar *calendar = *state;
  g_autofree char *divisions = NULL;
  guint first = 0;
  guint last = 0;

  assert_string_equal (careplan_calendar_get_divisions (calendar), "england-and-wales");
  assert_date_equal (careplan_calendar_get_first_date (calendar), D (2012, 1, 1));
  assert_date_equal (careplan_calendar_get_last_date (calendar), D (2028, 12, 31));

  g_object_get (calendar, "divisions", &divisions, "first-date", &first, "last-date", &last, NULL);
  assert_string_equal (divisions, CAREPLAN_CALENDAR_DEFAULT_DIVISION);
  assert_date_equal (first, D (2012, 1, 1));
  assert_date_equal (last, D (2028, 12, 31));
}

static void
test_covers_the_known_range_only (void **state)
{
  CareplanCalendar *calendar = *state;

  assert_false (careplan_calendar_covers (calendar, D (2011, 12, 31)));
  assert_true (careplan_calendar_covers (calendar, D (2012, 1, 1)));
  assert_true (careplan_calendar_covers (calendar, D (2012, 1, 2)));
  assert_true (careplan_calendar_covers (calendar, D (2028, 12, 30)));
  assert_true (careplan_calendar_covers (calendar, D (2028, 12, 31)));
  assert_false (careplan_calendar_covers (calendar, D (2029, 1, 1)));
  assert_false (careplan_calendar_covers (calendar, CAREPLAN_DATE_NONE));
}

static void
test_default_calendar_bank_holidays (void **state)
{
  CareplanCalendar *calendar = *state;

  /* Christmas week 2025. */
  assert_true (is_working (calendar, D (2025, 12, 24)));
  assert_true (is_holiday (calendar, D (2025, 12, 25)));
  assert_false (is_working (calendar, D (2025, 12, 25)));
  assert_true (is_holiday (calendar, D (2025, 12, 26)));
  assert_false (is_working (calendar, D (2025, 12, 26)));
  assert_false (is_holiday (calendar, D (2025, 12, 29)));
  assert_true (is_working (calendar, D (2025, 12, 29)));
  assert_true (is_holiday (calendar, D (2026, 1, 1)));
  /* Easter 2025. */
  assert_true (is_working (calendar, D (2025, 4, 17)));
  assert_true (is_holiday (calendar, D (2025, 4, 18)));
  assert_true (is_holiday (calendar, D (2025, 4, 21)));
  assert_true (is_working (calendar, D (2025, 4, 22)));
  /* One-off days by proclamation. */
  assert_true (is_holiday (calendar, D (2022, 9, 19)));
  assert_true (is_holiday (calendar, D (2023, 5, 8)));
  assert_true (is_holiday (calendar, D (2012, 6, 5)));
  /* 2020's Early May holiday moved to Friday 8 May. */
  assert_false (is_holiday (calendar, D (2020, 5, 4)));
  assert_true (is_working (calendar, D (2020, 5, 4)));
  assert_true (is_holiday (calendar, D (2020, 5, 8)));
}

static void
test_weekends_are_not_working_days_nor_bank_holidays (void **state)
{
  CareplanCalendar *calendar = *state;

  assert_false (is_working (calendar, D (2025, 3, 1)));
  assert_false (is_holiday (calendar, D (2025, 3, 1)));
  assert_false (is_working (calendar, D (2025, 3, 2)));
  assert_false (is_holiday (calendar, D (2025, 3, 2)));
  assert_true (is_working (calendar, D (2025, 3, 3)));
  assert_true (is_working (calendar, D (2025, 2, 28)));
}

static void
test_christmas_day_on_a_weekend_is_still_a_holiday (void **state)
{
  CareplanCalendar *calendar = *state;

  /* The feed lists the substitute days 27 and 28 December 2027, not the
   * Saturday itself. */
  assert_true (is_holiday (calendar, D (2027, 12, 25)));
  assert_false (is_working (calendar, D (2027, 12, 25)));
  assert_true (is_holiday (calendar, D (2027, 12, 27)));
  assert_true (is_holiday (calendar, D (2027, 12, 28)));
  assert_true (is_working (calendar, D (2027, 12, 29)));
}

static void
test_questions_outside_the_range_fail (void **state)
{
  CareplanCalendar *calendar = *state;
  g_autoptr(GError) error = NULL;

  /* Each end: the first and last dates answer, the days beyond do not. */
  assert_false (is_working (calendar, D (2012, 1, 1)));
  assert_false (is_holiday (calendar, D (2012, 1, 1)));
  assert_true (is_holiday (calendar, D (2012, 1, 2)));
  assert_true (is_working (calendar, D (2012, 1, 3)));
  assert_true (is_working (calendar, D (2028, 12, 29)));
  assert_false (is_working (calendar, D (2028, 12, 31)));

  assert_false (careplan_calendar_is_working_day (calendar, D (2011, 12, 31), &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE));
  assert_string_equal (error->message,
                       "cannot tell whether 2011-12-31 is a working day: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
  g_clear_error (&error);

  assert_false (careplan_calendar_is_working_day (calendar, D (2029, 1, 1), &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE));
  assert_string_equal (error->message,
                       "cannot tell whether 2029-01-01 is a working day: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
  g_clear_error (&error);

  assert_false (careplan_calendar_is_bank_holiday (calendar, D (2029, 1, 1), &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE));
  assert_string_equal (error->message,
                       "cannot tell whether 2029-01-01 is a bank holiday: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
  g_clear_error (&error);

  assert_false (careplan_calendar_is_bank_holiday (calendar, D (2011, 12, 31), &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE));
}

static void
test_add_working_days_excludes_the_event_day (void **state)
{
  CareplanCalendar *calendar = *state;

  /* Monday 3 March 2025 is a working day; the count starts on the 4th. */
  assert_date_equal (add_wd (calendar, D (2025, 3, 3), 1), D (2025, 3, 4));
  assert_date_equal (add_wd (calendar, D (2025, 3, 3), 4), D (2025, 3, 7));
  assert_date_equal (add_wd (calendar, D (2025, 3, 3), 5), D (2025, 3, 10));
  /* Friday, Saturday and Sunday all lead to Monday. */
  assert_date_equal (add_wd (calendar, D (2025, 2, 28), 1), D (2025, 3, 3));
  assert_date_equal (add_wd (calendar, D (2025, 3, 1), 1), D (2025, 3, 3));
  assert_date_equal (add_wd (calendar, D (2025, 3, 2), 1), D (2025, 3, 3));
}

static void
test_add_zero_working_days_gives_the_date_itself (void **state)
{
  CareplanCalendar *calendar = *state;

  assert_date_equal (add_wd (calendar, D (2025, 3, 3), 0), D (2025, 3, 3));
  assert_date_equal (add_wd (calendar, D (2025, 3, 1), 0), D (2025, 3, 1));
  /* No day is counted, so the range does not matter. */
  assert_date_equal (add_wd (calendar, D (2040, 6, 1), 0), D (2040, 6, 1));
}

static void
test_add_working_days_at_the_start_of_the_range (void **state)
{
  CareplanCalendar *calendar = *state;

  /* The day before the first date may start a count: its next day is known.
   * Monday 2 January 2012 is the substitute New Year's Day. */
  assert_date_equal (add_wd (calendar, D (2011, 12, 31), 1), D (2012, 1, 3));
  assert_date_equal (add_wd (calendar, D (2012, 1, 1), 1), D (2012, 1, 3));
  assert_date_equal (add_wd (calendar, D (2012, 1, 2), 1), D (2012, 1, 3));
  assert_add_wd_fails (calendar, D (2011, 12, 30), 1,
                       "cannot count 1 working day after 2011-12-30: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
}

static void
test_add_working_days_at_the_end_of_the_range (void **state)
{
  CareplanCalendar *calendar = *state;

  /* 29 December 2028 (Friday) is the last working day known. */
  assert_date_equal (add_wd (calendar, D (2028, 12, 27), 2), D (2028, 12, 29));
  assert_date_equal (add_wd (calendar, D (2028, 12, 28), 1), D (2028, 12, 29));
  assert_add_wd_fails (calendar, D (2028, 12, 28), 2,
                       "cannot count 2 working days after 2028-12-28: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
  assert_add_wd_fails (calendar, D (2028, 12, 29), 1,
                       "cannot count 1 working day after 2028-12-29: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
  assert_add_wd_fails (calendar, D (2028, 12, 31), 1,
                       "cannot count 1 working day after 2028-12-31: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
  assert_add_wd_fails (calendar, D (2029, 1, 2), 20,
                       "cannot count 20 working days after 2029-01-02: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
  assert_add_wd_fails (calendar, D (2025, 1, 2), G_MAXUINT,
                       "cannot count 4294967295 working days after 2025-01-02: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
}

static void
test_add_working_days_matches_a_day_by_day_count (void **state)
{
  CareplanCalendar *calendar = *state;
  CareplanDate first = careplan_calendar_get_first_date (calendar);
  CareplanDate last = careplan_calendar_get_last_date (calendar);

  /* Every start date of the range against walking day by day, for
   * periods of 1 to 60 working days. */
  for (CareplanDate start = first - 1; start <= last; start++)
    {
      CareplanDate day = start;
      guint counted = 0;

      while (counted < 60)
        {
          g_autoptr(GError) error = NULL;
          CareplanDate result;

          day++;
          if (day > last)
            {
              result = careplan_calendar_add_working_days (calendar, start, counted + 1, &error);
              assert_int_equal (result, CAREPLAN_DATE_NONE);
              assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE));
              break;
            }
          if (!is_working (calendar, day))
            continue;

          counted++;
          result = careplan_calendar_add_working_days (calendar, start, counted, &error);
          if (result != day)
            fail_msg ("day %u + %u working days: got %u, expected %u", start, counted, result, day);
        }
    }
}

/* --- worked examples (tests/scenarios) ------------------------------ */

static void
test_example_1_first_review_over_christmas_2024 (void **state)
{
  CareplanCalendar *calendar = *state;

  assert_int_equal (careplan_date_get_weekday (D (2024, 12, 20)), G_DATE_FRIDAY);
  assert_date_equal (add_wd (calendar, D (2024, 12, 20), 20), D (2025, 1, 22));
  assert_int_equal (careplan_date_get_weekday (D (2025, 1, 22)), G_DATE_WEDNESDAY);
}

static void
test_example_2_looked_after_from_a_saturday (void **state)
{
  CareplanCalendar *calendar = *state;

  assert_int_equal (careplan_date_get_weekday (D (2025, 3, 1)), G_DATE_SATURDAY);
  assert_date_equal (add_wd (calendar, D (2025, 3, 1), 20), D (2025, 3, 28));
  assert_date_equal (add_wd (calendar, D (2025, 3, 1), 10), D (2025, 3, 14));
}

static void
test_example_3_reviews_from_31_august (void **state)
{
  CareplanCalendar *calendar = *state;
  g_autoptr(GError) error = NULL;

  assert_date_equal (careplan_calendar_add (calendar, D (2025, 8, 31), 3, CAREPLAN_TIME_UNIT_MONTHS, &error),
                     D (2025, 11, 30));
  assert_date_equal (careplan_calendar_add (calendar, D (2025, 11, 30), 6, CAREPLAN_TIME_UNIT_MONTHS, &error),
                     D (2026, 5, 30));
  assert_date_equal (careplan_calendar_add (calendar, D (2025, 8, 31), 6, CAREPLAN_TIME_UNIT_MONTHS, &error),
                     D (2026, 2, 28));
  assert_date_equal (careplan_calendar_add (calendar, D (2027, 8, 31), 6, CAREPLAN_TIME_UNIT_MONTHS, &error),
                     D (2028, 2, 29));
  assert_null (error);
}

static void
test_example_5_emergency_placement_before_christmas_2025 (void **state)
{
  CareplanCalendar *calendar = *state;

  assert_date_equal (add_wd (calendar, D (2025, 12, 19), 5), D (2025, 12, 30));
  assert_int_equal (careplan_date_get_weekday (D (2025, 12, 30)), G_DATE_TUESDAY);
  assert_date_equal (add_wd (calendar, D (2025, 12, 19), 10), D (2026, 1, 7));
  assert_int_equal (careplan_date_get_weekday (D (2026, 1, 7)), G_DATE_WEDNESDAY);
}

static void
test_example_7_placement_with_parents_over_easter_2025 (void **state)
{
  CareplanCalendar *calendar = *state;

  assert_date_equal (add_wd (calendar, D (2025, 4, 17), 10), D (2025, 5, 6));
  assert_date_equal (add_wd (calendar, D (2025, 5, 6), 10), D (2025, 5, 20));
}

static void
test_example_12_child_protection_over_new_year (void **state)
{
  CareplanCalendar *calendar = *state;
  g_autoptr(GError) error = NULL;

  assert_date_equal (add_wd (calendar, D (2025, 12, 17), 15), D (2026, 1, 12));
  assert_int_equal (careplan_date_get_weekday (D (2026, 1, 12)), G_DATE_MONDAY);
  /* A Sunday due date is not rolled forward. */
  assert_date_equal (careplan_calendar_add (calendar, D (2026, 1, 12), 3, CAREPLAN_TIME_UNIT_MONTHS, &error),
                     D (2026, 4, 12));
  assert_date_equal (careplan_calendar_add (calendar, D (2026, 4, 10), 6, CAREPLAN_TIME_UNIT_MONTHS, &error),
                     D (2026, 10, 10));
  assert_null (error);
}

static void
test_example_13_assessment_45_working_days (void **state)
{
  CareplanCalendar *calendar = *state;

  assert_date_equal (add_wd (calendar, D (2025, 3, 24), 45), D (2025, 5, 30));
  assert_date_equal (add_wd (calendar, D (2025, 3, 24), 1), D (2025, 3, 25));
}

static void
test_example_17_pep_over_easter_2025 (void **state)
{
  CareplanCalendar *calendar = *state;

  assert_date_equal (add_wd (calendar, D (2025, 3, 31), 10), D (2025, 4, 14));
  assert_date_equal (add_wd (calendar, D (2025, 3, 31), 20), D (2025, 4, 30));
}

/* --- add() -------------------------------------------------------------- */

static void
test_add_dispatches_each_unit (void **state)
{
  CareplanCalendar *calendar = *state;
  g_autoptr(GError) error = NULL;

  /* Worked example 6 (tests/scenarios/we06-*): 16 weeks from Monday 3 March 2025. */
  assert_date_equal (careplan_calendar_add (calendar, D (2025, 3, 3), 112, CAREPLAN_TIME_UNIT_DAYS, &error),
                     D (2025, 6, 23));
  assert_date_equal (careplan_calendar_add (calendar, D (2025, 3, 3), 16, CAREPLAN_TIME_UNIT_WEEKS, &error),
                     D (2025, 6, 23));
  assert_date_equal (careplan_calendar_add (calendar, D (2025, 4, 5), 7, CAREPLAN_TIME_UNIT_DAYS, &error),
                     D (2025, 4, 12));
  assert_date_equal (careplan_calendar_add (calendar, D (2025, 8, 31), 3, CAREPLAN_TIME_UNIT_MONTHS, &error),
                     D (2025, 11, 30));
  assert_date_equal (careplan_calendar_add (calendar, D (2024, 12, 20), 20, CAREPLAN_TIME_UNIT_WORKING_DAYS, &error),
                     D (2025, 1, 22));
  assert_date_equal (careplan_calendar_add (calendar, D (2025, 3, 3), 0, CAREPLAN_TIME_UNIT_DAYS, &error),
                     D (2025, 3, 3));
  assert_null (error);
}

static void
test_add_calendar_units_ignore_the_known_range (void **state)
{
  CareplanCalendar *calendar = *state;
  g_autoptr(GError) error = NULL;

  assert_date_equal (careplan_calendar_add (calendar, D (2040, 8, 31), 6, CAREPLAN_TIME_UNIT_MONTHS, &error),
                     D (2041, 2, 28));
  assert_date_equal (careplan_calendar_add (calendar, D (2000, 1, 1), 6, CAREPLAN_TIME_UNIT_WEEKS, &error),
                     D (2000, 2, 12));
  assert_date_equal (careplan_calendar_add (calendar, D (2028, 12, 31), 1, CAREPLAN_TIME_UNIT_DAYS, &error),
                     D (2029, 1, 1));
  assert_null (error);
}

static void
test_add_fails_past_year_9999_or_the_known_range (void **state)
{
  CareplanCalendar *calendar = *state;
  g_autoptr(GError) error = NULL;

  assert_int_equal (careplan_calendar_add (calendar, D (9999, 12, 31), 1, CAREPLAN_TIME_UNIT_DAYS, &error),
                    CAREPLAN_DATE_NONE);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE));
  assert_string_equal (error->message, "1 day after 9999-12-31 is after 9999-12-31");
  g_clear_error (&error);

  assert_int_equal (careplan_calendar_add (calendar, D (2025, 1, 1), G_MAXUINT, CAREPLAN_TIME_UNIT_WEEKS, &error),
                    CAREPLAN_DATE_NONE);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE));
  g_clear_error (&error);

  assert_int_equal (careplan_calendar_add (calendar, D (9999, 12, 1), 1, CAREPLAN_TIME_UNIT_MONTHS, &error),
                    CAREPLAN_DATE_NONE);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE));
  assert_string_equal (error->message, "1 month after 9999-12-01 is after 9999-12-31");
  g_clear_error (&error);

  assert_int_equal (careplan_calendar_add (calendar, D (2028, 12, 20), 20, CAREPLAN_TIME_UNIT_WORKING_DAYS, &error),
                    CAREPLAN_DATE_NONE);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE));
  assert_string_equal (error->message,
                       "cannot count 20 working days after 2028-12-20: the calendar "
                       "knows bank holidays from 2012-01-01 to 2028-12-31 only");
}

/* --- feeds -------------------------------------------------------------- */

static void
test_feed_from_data_sets_range_and_holidays (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_from_data (small_feed, -1, NULL, &error);

  assert_null (error);
  assert_non_null (calendar);
  assert_string_equal (careplan_calendar_get_divisions (calendar), "england-and-wales");
  assert_date_equal (careplan_calendar_get_first_date (calendar), D (2030, 1, 1));
  assert_date_equal (careplan_calendar_get_last_date (calendar), D (2030, 12, 31));

  assert_true (is_holiday (calendar, D (2030, 1, 1)));
  assert_false (is_holiday (calendar, D (2030, 1, 2)));
  assert_true (is_holiday (calendar, D (2030, 4, 19)));
  /* 25 December is not in the feed, but never a working day. */
  assert_true (is_holiday (calendar, D (2030, 12, 25)));
  assert_true (is_holiday (calendar, D (2030, 12, 26)));

  assert_date_equal (add_wd (calendar, D (2029, 12, 31), 1), D (2030, 1, 2));
  assert_date_equal (add_wd (calendar, D (2030, 12, 24), 1), D (2030, 12, 27));
  assert_date_equal (add_wd (calendar, D (2030, 12, 24), 3), D (2030, 12, 31));
  assert_add_wd_fails (calendar, D (2030, 12, 24), 4,
                       "cannot count 4 working days after 2030-12-24: the calendar "
                       "knows bank holidays from 2030-01-01 to 2030-12-31 only");
}

static void
test_feed_from_data_reads_only_length_bytes (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *padded = g_strconcat (small_feed, "this is not JSON", NULL);
  g_autoptr(CareplanCalendar) calendar =
    careplan_calendar_new_from_data (padded, strlen (small_feed), "scotland", &error);

  assert_null (error);
  assert_string_equal (careplan_calendar_get_divisions (calendar), "scotland");
  assert_date_equal (careplan_calendar_get_first_date (calendar), D (2030, 1, 1));
  assert_date_equal (careplan_calendar_get_last_date (calendar), D (2031, 12, 31));
  assert_true (is_holiday (calendar, D (2031, 12, 1)));
  assert_false (is_holiday (calendar, D (2030, 1, 1)));
}

static void
test_feed_divisions_are_united_over_their_common_years (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar =
    careplan_calendar_new_from_data (small_feed, -1, " scotland , england-and-wales,scotland", &error);

  assert_null (error);
  assert_string_equal (careplan_calendar_get_divisions (calendar), "scotland,england-and-wales");
  /* England knows 2030 only, so the union does too. */
  assert_date_equal (careplan_calendar_get_first_date (calendar), D (2030, 1, 1));
  assert_date_equal (careplan_calendar_get_last_date (calendar), D (2030, 12, 31));
  assert_true (is_holiday (calendar, D (2030, 1, 1)));
  assert_true (is_holiday (calendar, D (2030, 1, 2)));
  assert_true (is_holiday (calendar, D (2030, 4, 19)));
  assert_date_equal (add_wd (calendar, D (2029, 12, 31), 1), D (2030, 1, 3));
}

static void
test_feed_divisions_without_a_common_year_fail (void **state)
{
  static const char feed[] =
    "{\"a\": {\"events\": [{\"date\": \"2030-05-06\"}]},\n"
    " \"b\": {\"events\": [{\"date\": \"2031-05-05\"}]}}";

  assert_feed_fails (feed, "a,b", "<data>: divisions a,b have no year in common");
}

static void
test_feed_list_of_divisions_must_name_some (void **state)
{
  assert_feed_fails (small_feed, "england-and-wales,,scotland",
                     "<data>: “england-and-wales,,scotland” is not a comma-separated list of divisions");
  assert_feed_fails (small_feed, " ", "<data>: “ ” is not a comma-separated list of divisions");
  assert_feed_fails (small_feed, "", "<data>: no division named");
}

static void
test_feed_that_is_not_json_fails_with_line_and_column (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar =
    careplan_calendar_new_from_data ("{\n  \"england-and-wales\": {,\n}", -1, NULL, &error);

  assert_null (calendar);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_CALENDAR));
  assert_true (g_str_has_prefix (error->message, "<data>:2:"));
  assert_non_null (strstr (error->message, "expected a member name"));
}

static void
test_feed_that_is_not_an_object_fails (void **state)
{
  assert_feed_fails ("", NULL, "<data>:1:1: no JSON value (the file is empty or blank)");
  assert_feed_fails ("[1, 2]", NULL, "<data>: not a bank-holidays feed (the top level is not an object)");
  assert_feed_fails ("\"2030-01-01\"", NULL,
                     "<data>: not a bank-holidays feed (the top level is not an object)");
}

static void
test_feed_without_the_division_fails_naming_those_it_has (void **state)
{
  assert_feed_fails (small_feed, "wales",
                     "<data>: wales: no such division in the feed (it has england-and-wales, scotland)");
  assert_feed_fails ("{}", NULL, "<data>: england-and-wales: no such division in the feed (it has none)");
}

static void
test_feed_with_a_malformed_division_fails_naming_the_field (void **state)
{
  assert_feed_fails ("{\n\"england-and-wales\": 3\n}", NULL,
                     "<data>:2:22: england-and-wales: not an object");
  assert_feed_fails ("{\n\"england-and-wales\": {\"division\": \"england-and-wales\"}\n}", NULL,
                     "<data>:2:22: england-and-wales.events: missing");
  assert_feed_fails ("{\n\"england-and-wales\": {\n\"events\": {}\n}\n}", NULL,
                     "<data>:3:11: england-and-wales.events: not an array");
  assert_feed_fails ("{\n\"england-and-wales\": {\n\"events\": []\n}\n}", NULL,
                     "<data>:3:11: england-and-wales.events: no events");
}

static void
test_feed_with_a_malformed_event_fails_naming_the_field (void **state)
{
  assert_feed_fails ("{\"england-and-wales\": {\"events\": [\n"
                     "{\"date\": \"2030-01-01\"},\n"
                     "\"2030-04-19\"\n"
                     "]}}", NULL,
                     "<data>:3:1: england-and-wales.events[1]: not an object");
  assert_feed_fails ("{\"england-and-wales\": {\"events\": [\n"
                     "{\"date\": \"2030-01-01\"},\n"
                     "{\"title\": \"Good Friday\"}\n"
                     "]}}", NULL,
                     "<data>:3:1: england-and-wales.events[1].date: missing");
  assert_feed_fails ("{\"england-and-wales\": {\"events\": [\n"
                     "{\"date\": 20300101}\n"
                     "]}}", NULL,
                     "<data>:2:10: england-and-wales.events[0].date: not a string");
  assert_feed_fails ("{\"england-and-wales\": {\"events\": [\n"
                     "{\"date\": null}\n"
                     "]}}", NULL,
                     "<data>:2:10: england-and-wales.events[0].date: not a string");
}

static void
test_feed_with_an_invalid_date_fails_quoting_it (void **state)
{
  static const char feed[] =
    "{\n"
    "  \"england-and-wales\": {\n"
    "    \"events\": [\n"
    "      {\"title\": \"New Year’s Day\", \"date\": \"2030-01-01\"},\n"
    "      {\"title\": \"Good Friday\",\n"
    "       \"date\": \"2030-13-01\"}\n"
    "    ]\n"
    "  }\n"
    "}\n";

  assert_feed_fails (feed, NULL,
                     "<data>:6:16: england-and-wales.events[1].date: "
                     "“2030-13-01” is not a date (month 13)");
}

static void
test_feed_from_file_names_the_file (void **state)
{
  static const char feed[] =
    "{\"england-and-wales\": {\"events\": [\n"
    "{\"date\": \"2030-01-01\"},\n"
    "{\"date\": \"2030-02-30\"}\n"
    "]}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  int fd;

  fd = g_file_open_tmp ("careplan-feed-XXXXXX.json", &path, &error);
  assert_true (fd >= 0);
  g_close (fd, NULL);

  assert_true (g_file_set_contents (path, feed, -1, &error));
  calendar = careplan_calendar_new_from_file (path, NULL, &error);
  assert_null (calendar);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_CALENDAR));
  expected = g_strdup_printf ("%s:3:10: england-and-wales.events[1].date: "
                              "“2030-02-30” is not a date (February 2030 has 28 days)", path);
  assert_string_equal (error->message, expected);
  g_clear_error (&error);

  assert_true (g_file_set_contents (path, "{\n\"england-and-wales\": [1,\n 2,, 3]\n}", -1, &error));
  calendar = careplan_calendar_new_from_file (path, NULL, &error);
  assert_null (calendar);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_CALENDAR));
  g_free (expected);
  expected = g_strdup_printf ("%s:3:", path);
  assert_true (g_str_has_prefix (error->message, expected));
  g_clear_error (&error);

  assert_true (g_file_set_contents (path, small_feed, -1, &error));
  calendar = careplan_calendar_new_from_file (path, "scotland", &error);
  assert_null (error);
  assert_date_equal (careplan_calendar_get_last_date (calendar), D (2031, 12, 31));

  g_unlink (path);
}

static void
test_feed_file_that_cannot_be_read_is_an_io_error (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar =
    careplan_calendar_new_from_file ("/nonexistent/bank-holidays.json", NULL, &error);

  assert_null (calendar);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO));
  assert_true (g_str_has_prefix (error->message, "/nonexistent/bank-holidays.json: "));
}

static void
test_feed_file_of_the_build_matches_the_builtin_table (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (CAREPLAN_TEST_DATA, "..", "data", "bank-holidays.json", NULL);
  g_autoptr(CareplanCalendar) builtin = careplan_calendar_new_default ();
  g_autoptr(CareplanCalendar) loaded = careplan_calendar_new_from_file (path, NULL, &error);
  g_autoptr(CareplanCalendar) all = NULL;
  CareplanDate first;
  CareplanDate last;

  assert_null (error);
  first = careplan_calendar_get_first_date (builtin);
  last = careplan_calendar_get_last_date (builtin);
  assert_date_equal (careplan_calendar_get_first_date (loaded), first);
  assert_date_equal (careplan_calendar_get_last_date (loaded), last);
  for (CareplanDate date = first; date <= last; date++)
    {
      assert_int_equal (is_holiday (loaded, date), is_holiday (builtin, date));
      assert_int_equal (is_working (loaded, date), is_working (builtin, date));
    }

  all = careplan_calendar_new_from_file (path, "england-and-wales,scotland,northern-ireland", &error);
  assert_null (error);
  assert_date_equal (careplan_calendar_get_first_date (all), D (2012, 1, 1));
  assert_date_equal (careplan_calendar_get_last_date (all), D (2028, 12, 31));
  /* St Patrick's Day (Northern Ireland) and 2 January (Scotland). */
  assert_true (is_holiday (all, D (2025, 3, 17)));
  assert_true (is_holiday (all, D (2025, 1, 2)));
  assert_false (is_holiday (builtin, D (2025, 3, 17)));
}

static void
test_calendar_made_without_a_feed_knows_no_dates (void **state)
{
  g_autoptr(CareplanCalendar) calendar = g_object_new (CAREPLAN_TYPE_CALENDAR, NULL);
  g_autoptr(GError) error = NULL;

  assert_string_equal (careplan_calendar_get_divisions (calendar), "");
  assert_int_equal (careplan_calendar_get_first_date (calendar), CAREPLAN_DATE_NONE);
  assert_int_equal (careplan_calendar_get_last_date (calendar), CAREPLAN_DATE_NONE);
  assert_false (careplan_calendar_covers (calendar, D (2025, 1, 1)));

  assert_false (careplan_calendar_is_working_day (calendar, D (2025, 1, 2), &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE));
  assert_string_equal (error->message,
                       "cannot tell whether 2025-01-02 is a working day: the calendar knows no bank holidays");
  g_clear_error (&error);

  assert_add_wd_fails (calendar, D (2025, 1, 2), 1,
                       "cannot count 1 working day after 2025-01-02: the calendar knows no bank holidays");
  assert_date_equal (add_wd (calendar, D (2025, 1, 2), 0), D (2025, 1, 2));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_default_calendar_knows_2012_to_2028, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_covers_the_known_range_only, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_default_calendar_bank_holidays, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_weekends_are_not_working_days_nor_bank_holidays, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_christmas_day_on_a_weekend_is_still_a_holiday, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_questions_outside_the_range_fail, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_add_working_days_excludes_the_event_day, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_add_zero_working_days_gives_the_date_itself, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_add_working_days_at_the_start_of_the_range, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_add_working_days_at_the_end_of_the_range, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_add_working_days_matches_a_day_by_day_count, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_example_1_first_review_over_christmas_2024, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_example_2_looked_after_from_a_saturday, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_example_3_reviews_from_31_august, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_example_5_emergency_placement_before_christmas_2025, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_example_7_placement_with_parents_over_easter_2025, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_example_12_child_protection_over_new_year, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_example_13_assessment_45_working_days, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_example_17_pep_over_easter_2025, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_add_dispatches_each_unit, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_add_calendar_units_ignore_the_known_range, setup_default, teardown_calendar),
    cmocka_unit_test_setup_teardown (test_add_fails_past_year_9999_or_the_known_range, setup_default, teardown_calendar),
    cmocka_unit_test (test_feed_from_data_sets_range_and_holidays),
    cmocka_unit_test (test_feed_from_data_reads_only_length_bytes),
    cmocka_unit_test (test_feed_divisions_are_united_over_their_common_years),
    cmocka_unit_test (test_feed_divisions_without_a_common_year_fail),
    cmocka_unit_test (test_feed_list_of_divisions_must_name_some),
    cmocka_unit_test (test_feed_that_is_not_json_fails_with_line_and_column),
    cmocka_unit_test (test_feed_that_is_not_an_object_fails),
    cmocka_unit_test (test_feed_without_the_division_fails_naming_those_it_has),
    cmocka_unit_test (test_feed_with_a_malformed_division_fails_naming_the_field),
    cmocka_unit_test (test_feed_with_a_malformed_event_fails_naming_the_field),
    cmocka_unit_test (test_feed_with_an_invalid_date_fails_quoting_it),
    cmocka_unit_test (test_feed_from_file_names_the_file),
    cmocka_unit_test (test_feed_file_that_cannot_be_read_is_an_io_error),
    cmocka_unit_test (test_feed_file_of_the_build_matches_the_builtin_table),
    cmocka_unit_test (test_calendar_made_without_a_feed_knows_no_dates),
  };

  return cmocka_run_group_tests_name ("calendar", tests, NULL, NULL);
}
