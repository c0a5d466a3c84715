/* fuzz-measures.c: libFuzzer target for what `careplan measures` does
 *
 * Input: the bytes of a careplan-record/1 file.  What loads (keep-going:
 * the good children of a file with bad ones) is measured over the year
 * to 30 June 2025 and written in every format: the text must be safe for
 * a terminal, the CSV must have no formula cell, the JSON must parse and
 * the HTML must be UTF-8 with no script.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "fuzz-common.h"
#include "fuzz-output.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static gboolean
keep (CareplanChild *child,
      gpointer       user_data)
{
  GListStore *children = user_data;

  if (g_list_model_get_n_items (G_LIST_MODEL (children)) < FUZZ_MAX_EVALUATED)
    g_list_store_append (children, child);
  return TRUE;
}

static void
write_measures (GListModel             *measures,
                CareplanMeasuresFormat  format)
{
  g_autoptr(GOutputStream) out = fuzz_output_new ();
  g_autoptr(GError) error = NULL;
  const char *text;
  gsize length;

  if (!careplan_measures_write (measures, format, out, &error))
    {
      g_printerr ("the measures writer failed on memory: %s\n", error->message);
      abort ();
    }
  text = fuzz_output_text (out, &length);
  switch (format)
    {
    case CAREPLAN_MEASURES_FORMAT_TEXT:
      fuzz_check_terminal (text, length, "the measures' text");
      break;
    case CAREPLAN_MEASURES_FORMAT_CSV:
      fuzz_check_csv (text, length, "the measures' CSV");
      break;
    case CAREPLAN_MEASURES_FORMAT_JSON:
      {
        g_autoptr(JsonParser) parser = json_parser_new ();

        if (!json_parser_load_from_data (parser, text, (gssize) length, &error))
          {
            g_printerr ("the measures' JSON does not parse: %s\n", error->message);
            abort ();
          }
      }
      break;
    case CAREPLAN_MEASURES_FORMAT_HTML:
    default:
      fuzz_check_text (text, (gssize) length, "the measures' HTML");
      if (strstr (text, "<script") != NULL)
        {
          g_printerr ("the measures' HTML has a script element\n");
          abort ();
        }
      break;
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static CareplanCalendar *calendar = NULL;
  static CareplanRulebook *rulebook = NULL;
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  g_autoptr(GListStore) children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(GError) error = NULL;
  CareplanDate end = FUZZ_AS_OF;

  fuzz_init ();
  if (calendar == NULL)
    {
      calendar = careplan_calendar_new_default ();
      rulebook = careplan_rulebook_new_default ();
    }

  if (!careplan_record_foreach_stream (stream, FUZZ_FILE_NAME, TRUE, keep, children, NULL, NULL,
                                       &error))
    fuzz_check_error (error, "careplan_record_foreach_stream");
  g_clear_error (&error);

  measures = careplan_measures_compute_full (G_LIST_MODEL (children),
                                             careplan_measures_get_period_start (end), end,
                                             calendar, rulebook, NULL, &error);
  if (measures == NULL)
    {
      g_printerr ("measures failed on readable children: %s\n", error->message);
      abort ();
    }

  write_measures (measures, CAREPLAN_MEASURES_FORMAT_TEXT);
  write_measures (measures, CAREPLAN_MEASURES_FORMAT_CSV);
  write_measures (measures, CAREPLAN_MEASURES_FORMAT_JSON);
  write_measures (measures, CAREPLAN_MEASURES_FORMAT_HTML);
  return 0;
}
