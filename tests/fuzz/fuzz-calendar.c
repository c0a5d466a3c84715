/* fuzz-calendar.c: libFuzzer target for the bank-holiday feed loader
 *
 * Input: a gov.uk bank-holidays feed (JSON).  The first line may name the
 * divisions to unite, as `#england-and-wales,scotland`, so the division
 * code is fuzzed as well.  An accepted feed becomes the calendar of an
 * engine that evaluates a fixed cohort (fuzz-common.c), and working-day
 * arithmetic is checked at the edges of the feed's range: a result is a
 * working day after its start, and a date the calendar does not cover
 * gives CAREPLAN_ERROR_CALENDAR_RANGE, never a guess.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_arithmetic (CareplanCalendar *calendar,
                  CareplanDate      from,
                  guint             days)
{
  g_autoptr(GError) error = NULL;
  CareplanDate result = careplan_calendar_add_working_days (calendar, from, days, &error);

  if (result == CAREPLAN_DATE_NONE)
    {
      fuzz_check_error (error, "careplan_calendar_add_working_days");
      if (!g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE) &&
          !g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE))
        {
          g_printerr ("add_working_days failed with an unexpected error: %s\n", error->message);
          abort ();
        }
      return;
    }

  if (days > 0)
    {
      g_autoptr(GError) day_error = NULL;

      if (result <= from)
        {
          g_printerr ("%u working days after %u gave %u\n", days, from, result);
          abort ();
        }
      if (!careplan_calendar_is_working_day (calendar, result, &day_error))
        {
          g_printerr ("%u working days after %u gave %u, not a working day (%s)\n",
                      days, from, result, day_error != NULL ? day_error->message : "");
          abort ();
        }
    }
}

static void
exercise (CareplanCalendar *calendar)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, calendar);
  CareplanDate first = careplan_calendar_get_first_date (calendar);
  CareplanDate last = careplan_calendar_get_last_date (calendar);
  static const guint steps[] = { 0, 1, 5, 20, 260 };

  if (first != CAREPLAN_DATE_NONE && last != CAREPLAN_DATE_NONE)
    {
      if (first > last || !careplan_calendar_covers (calendar, first) ||
          !careplan_calendar_covers (calendar, last))
        {
          g_printerr ("calendar range %u..%u does not cover itself\n", first, last);
          abort ();
        }
      if (careplan_calendar_covers (calendar, first - 1) || careplan_calendar_covers (calendar, last + 1))
        {
          g_printerr ("calendar covers dates outside %u..%u\n", first, last);
          abort ();
        }

      for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
        {
          check_arithmetic (calendar, first, steps[i]);
          check_arithmetic (calendar, last, steps[i]);
          check_arithmetic (calendar, first + (last - first) / 2, steps[i]);
        }
    }

  for (CareplanTimeUnit unit = CAREPLAN_TIME_UNIT_DAYS; unit <= CAREPLAN_TIME_UNIT_YEARS; unit++)
    {
      g_autoptr(GError) error = NULL;

      if (careplan_calendar_add (calendar, FUZZ_AS_OF, 3, unit, &error) == CAREPLAN_DATE_NONE)
        fuzz_check_error (error, "careplan_calendar_add");
    }

  fuzz_evaluate_children (engine, fuzz_fixed_cohort ());
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(CareplanCalendar) calendar = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *divisions = NULL;
  const char *text = (const char *) data;

  fuzz_init ();

  if (size > 0 && text[0] == '#')
    {
      const char *newline = memchr (text, '\n', size);
      gsize line = newline != NULL ? (gsize) (newline - text) : size;

      /* The divisions are an API argument, UTF-8 by GLib's convention,
       * not file content: other bytes are the caller's mistake. */
      if (!g_utf8_validate_len (text + 1, line - 1, NULL))
        return 0;
      divisions = g_strndup (text + 1, line - 1);
      text += line < size ? line + 1 : line;
      size -= line < size ? line + 1 : line;
    }

  calendar = careplan_calendar_new_from_data (size > 0 ? text : "", (gssize) size, divisions, &error);
  if (calendar == NULL)
    {
      fuzz_check_error (error, "careplan_calendar_new_from_data");
      return 0;
    }

  exercise (calendar);
  return 0;
}
