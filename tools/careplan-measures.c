/* careplan-measures.c: the `careplan measures` command
 *
 * Reads a caseload (careplan JSON records or an SSDA903 return), computes
 * the cohort measures over a collection year or the twelve months ending
 * at an as-of date, and writes them as text, JSON, CSV or one HTML page.
 * Children are read one at a time (an SSDA903 return through its streaming
 * reader) and added to each period's accumulators, then dropped: only the
 * counts and, without --items, the children behind each measure stay.
 * A bad input stops the command before anything is
 * written, because measures of part of a caseload would mislead.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-commands.h"
#include "careplan-tool.h"

#include <string.h>
#include <unistd.h>

#define MEASURES_SYNOPSIS \
  "[--as-of DATE… | --year YYYY…] [--format text|json|csv|html] [-o FILE] (FILE|DIR… | --ssda903 DIR)"

static const char measures_description[] =
  "The period is the SSDA903 collection year ending on 31 March YYYY with\n"
  "--year YYYY (1 April YYYY-1 to 31 March YYYY), otherwise the twelve months\n"
  "ending on the --as-of date (default: today). Measures \"at the period end\"\n"
  "look at the records as they stood on its last day.\n"
  "\n"
  "Inputs are careplan JSON records (FILE, every *.json file directly in DIR,\n"
  "or standard input when there is none or FILE is '-'), or with --ssda903 a\n"
  "folder holding an SSDA903 return's CSV files.\n"
  "\n"
  "--parameter MEASURE-ID.NAME=VALUE changes a measure's parameter, e.g.\n"
  "  --parameter dfe.stability.three-plus-placements.min_placements=4\n"
  "  --parameter local.care-leavers-in-touch.contact_months=2\n"
  "Every measure's parameters, with their values and meaning, are in the\n"
  "text, JSON and HTML output.\n"
  "\n"
  "Several --year or --as-of options give a series: every measure is computed\n"
  "for each period, written in long form (JSON and CSV: one entry per measure\n"
  "and period) and drawn as a trend in HTML. With several --year, --ssda903 DIR\n"
  "holds one folder per year, DIR/YYYY (a single year may be DIR itself).\n"
  "\n"
  "--postcodes FILE (repeatable) gives where postcodes are, for the\n"
  "sufficiency.outside-area and sufficiency.over-20-miles measures (CSV with\n"
  "postcode, local_authority, latitude, longitude; see docs/sufficiency.md);\n"
  "without it they say \"no data\". The council's code is a parameter:\n"
  "  --parameter sufficiency.local_authority=E10000008\n"
  "The 0-17 population for the per-10,000 measures: --parameter local.population=N\n"
  "\n"
  "--compare FILE adds figures to compare with (England, neighbours, a target;\n"
  "CSV with measure_id, value, label, source and optional period_end; see\n"
  "docs/measures.md): a reference line on each chart and a column in tables.\n"
  "\n"
  "Children are measured on --jobs threads (default: one per processor) and\n"
  "their items added in input order: the output is the same for any number.\n"
  "\n"
  "--items FILE writes the children behind every measure to FILE (CSV: measure,\n"
  "period_end, child, counted, value, note) as they are found, and keeps only\n"
  "the counts; FILE is written as -o is (never over an input, a device or a\n"
  "link; '-' is standard output when the report goes to a file). Without it\n"
  "they are kept in a temporary file (deleted at once)\n"
  "until the report is written: memory stays small whatever the size of the\n"
  "caseload (but for --format html, which holds them).\n"
  "\n"
  "--format html writes one self-contained page (no script, nothing fetched)\n"
  "with a chart per measure and the children behind it: give it -o FILE.\n"
  "\n"
  "Exit status: 0 when it ran, 2 for bad usage or input (nothing is written\n"
  "when an input cannot be read).";

static gboolean
parse_format (const char             *text,
              CareplanMeasuresFormat *format)
{
  if (g_strcmp0 (text, "text") == 0)
    *format = CAREPLAN_MEASURES_FORMAT_TEXT;
  else if (g_strcmp0 (text, "json") == 0)
    *format = CAREPLAN_MEASURES_FORMAT_JSON;
  else if (g_strcmp0 (text, "csv") == 0)
    *format = CAREPLAN_MEASURES_FORMAT_CSV;
  else if (g_strcmp0 (text, "html") == 0)
    *format = CAREPLAN_MEASURES_FORMAT_HTML;
  else
    return FALSE;
  return TRUE;
}

/* One period of a series: its accumulator and, with --items, the period
 * end that goes into each item row. */
typedef struct
{
  CareplanMeasuresAccumulator *accumulator;
  int                          year;        /* G_MININT: an --as-of period */
  CareplanDate                 period_end;
  GOutputStream               *items;       /* borrowed; NULL without --items */
  GError                     **items_error;
} Period;

static void
clear_period (gpointer data)
{
  Period *period = data;

  g_clear_object (&period->accumulator);
  g_free (period);
}

/* Writes one drill-down item as a CSV row, as soon as it is found. */
static void
write_item (const char *measure_id,
            const char *child_id,
            gboolean    counted,
            int         value,
            const char *note,
            gpointer    user_data)
{
  Period *period = user_data;
  g_autofree char *row = NULL;

  if (*period->items_error != NULL)
    return;
  row = careplan_measures_item_to_csv (measure_id, period->period_end, child_id, counted, value, note);
  g_output_stream_write_all (period->items, row, strlen (row), NULL, NULL, period->items_error);
}

/* The text report shows counts, not the children behind them: without
 * --items they are dropped as they are found, so that memory does not
 * grow with the caseload. */
static void
drop_item (const char *measure_id,
           const char *child_id,
           gboolean    counted,
           int         value,
           const char *note,
           gpointer    user_data)
{
}

/* Adds each child to every period's measures: one pass over the inputs. */
static gboolean
add_child (CareplanChild  *child,
           const char     *input,
           gpointer        user_data,
           GError        **error)
{
  GPtrArray *periods = user_data;
  guint i;

  for (i = 0; i < periods->len; i++)
    if (!careplan_measures_accumulator_add_child (((Period *) g_ptr_array_index (periods, i))->accumulator,
                                                  child, error))
      return FALSE;
  return TRUE;
}

static int
usage (const char *message)
{
  return careplan_tool_usage_error ("measures", MEASURES_SYNOPSIS, message);
}

/* One return read for one period: the children go to the period's
 * accumulator as the reader hands them on, one at a time, so a return of
 * any size is never held whole; the problems are kept to be reported
 * together, in the reader's order (file, line, column). */
typedef struct
{
  CareplanMeasuresAccumulator *accumulator;
  GPtrArray                   *problems;   /* CareplanProblem */
} ReturnRead;

static gboolean
add_return_child (CareplanChild  *child,
                  GListModel     *problems,
                  gpointer        user_data,
                  GError        **error)
{
  ReturnRead *read = user_data;
  guint i, n = problems != NULL ? g_list_model_get_n_items (problems) : 0;

  for (i = 0; i < n; i++)
    g_ptr_array_add (read->problems, g_list_model_get_item (problems, i));
  if (child == NULL)
    return TRUE;
  return careplan_measures_accumulator_add_child (read->accumulator, child, error);
}

static void
print_return_problems (GPtrArray  *problems,
                       const char *dir)
{
  guint i;

  g_ptr_array_sort (problems, careplan_tool_compare_problems);
  /* As check and due warn: file:line:column, child, table.column. */
  for (i = 0; i < problems->len; i++)
    careplan_tool_print_problem (g_ptr_array_index (problems, i), dir);
}

/* Adds the return of the collection year asked for (0: let the reader
 * tell it from the data) to @accumulator, child by child, and reports its
 * problems as warnings. */
static gboolean
add_ssda903 (CareplanMeasuresAccumulator *accumulator,
             const char                  *dir,
             int                          year,
             guint64                      max_file_size)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  ReturnRead read = { accumulator, problems };

  if (!careplan_ssda903_read_dir_full (dir, year, max_file_size, add_return_child, &read, &error))
    {
      careplan_tool_print_error (error->message);
      return FALSE;
    }
  print_return_problems (problems, dir);
  return TRUE;
}

int
careplan_cmd_measures (int    argc,
                       char **argv)
{
  g_autofree char *format_text = NULL;
  g_autofree char *output_path = NULL;
  g_autofree char *calendar_path = NULL;
  g_autofree char *ssda903_dir = NULL;
  g_autofree char *max_file_size_text = NULL;
  guint64 max_file_size = 0;
  g_autofree char *compare_path = NULL;
  g_autofree char *items_path = NULL;
  g_auto(GStrv) as_of_texts = NULL;
  g_auto(GStrv) year_texts = NULL;
  g_auto(GStrv) parameters = NULL;
  g_auto(GStrv) policies = NULL;
  g_auto(GStrv) postcode_paths = NULL;
  g_auto(GStrv) inputs = NULL;
  gboolean strict = FALSE;
  int jobs = G_MININT;
  const GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING_ARRAY, &as_of_texts,
      "Measure the twelve months ending on DATE (YYYY-MM-DD; default: today; repeatable)", "DATE" },
    { "year", 0, 0, G_OPTION_ARG_STRING_ARRAY, &year_texts,
      "Measure the collection year ending on 31 March YYYY (repeatable)", "YYYY" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      "Output format: text (default), json, csv or html", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path,
      "Write to FILE instead of standard output", "FILE" },
    { "parameter", 0, 0, G_OPTION_ARG_STRING_ARRAY, &parameters,
      "Set a measure's parameter (repeatable)", "MEASURE-ID.NAME=VALUE" },
    { "policy", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &policies,
      "Count reviews and visits against a local policy file's rules (repeatable)", "FILE" },
    { "calendar", 0, 0, G_OPTION_ARG_FILENAME, &calendar_path,
      "Use the bank holidays of a gov.uk bank-holidays JSON feed", "FEED.json" },
    { "ssda903", 0, 0, G_OPTION_ARG_FILENAME, &ssda903_dir,
      "Read an SSDA903 return (CSV files) from DIR, or DIR/YYYY for each --year", "DIR" },
    { "max-file-size", 0, 0, G_OPTION_ARG_STRING, &max_file_size_text,
      CAREPLAN_TOOL_MAX_FILE_SIZE_HELP, "SIZE" },
    { "postcodes", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &postcode_paths,
      "Read where postcodes are from a CSV file (repeatable)", "FILE" },
    { "compare", 0, 0, G_OPTION_ARG_FILENAME, &compare_path,
      "Compare with the figures of a CSV file (England, neighbours, targets)", "FILE" },
    { "items", 0, 0, G_OPTION_ARG_FILENAME, &items_path,
      "Write the children behind the measures to FILE as they are found (CSV)", "FILE" },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      "Refuse a child given in two inputs (exit 2); without it the first is kept", NULL },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      "Measure on N threads (default: one per processor); the output is the same for any N", "N" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs,
      NULL, "[FILE|DIR…]" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) items_error = NULL;
  g_autoptr(CareplanCalendar) calendar = NULL;
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanPostcodes) postcodes = NULL;
  g_autoptr(CareplanMeasuresComparison) comparison = NULL;
  g_autoptr(GPtrArray) periods = g_ptr_array_new_with_free_func (clear_period);
  g_autoptr(GListStore) measures = NULL;
  g_autoptr(CareplanToolOutput) items_output = NULL;
  g_autoptr(CareplanToolOutput) output = NULL;
  GOutputStream *items_out = NULL;
  g_autoptr(GPtrArray) read = g_ptr_array_new ();
  CareplanMeasuresFormat format = CAREPLAN_MEASURES_FORMAT_TEXT;
  CareplanToolInputs reading = { 0 };
  guint n_years = year_texts != NULL ? g_strv_length (year_texts) : 0;
  guint i, j;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Compute the DfE indicators, local measures and sufficiency measures of "
                                "a caseload over one or several periods, with the children behind each.");
  g_option_context_set_description (context, measures_description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("careplan measures");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);
  n_years = year_texts != NULL ? g_strv_length (year_texts) : 0;

  if (format_text != NULL && !parse_format (format_text, &format))
    {
      g_autofree char *message =
        g_strdup_printf ("--format: unknown format “%s” (expected text, json, csv or html)", format_text);
      return usage (message);
    }
  if (as_of_texts != NULL && n_years > 0)
    return usage ("--as-of and --year cannot be used together");
  if (jobs != G_MININT && jobs < 1)
    return usage ("--jobs: give a number of threads, 1 or more");
  if (ssda903_dir != NULL && inputs != NULL && inputs[0] != NULL)
    return usage ("--ssda903 reads a return: give no FILE or DIR with it");
  if (max_file_size_text != NULL)
    {
      g_autofree char *message = NULL;

      if (!careplan_tool_parse_size (max_file_size_text, &max_file_size, &message))
        return usage (message);
    }

  calendar = careplan_tool_calendar (calendar_path, &error);
  if (calendar == NULL)
    {
      careplan_tool_print_error (error->message);
      return CAREPLAN_EXIT_BAD;
    }
  rulebook = careplan_tool_rulebook (policies, &error);
  if (rulebook == NULL)
    {
      careplan_tool_print_error (error->message);
      return CAREPLAN_EXIT_BAD;
    }
  for (i = 0; postcode_paths != NULL && postcode_paths[i] != NULL; i++)
    {
      if (postcodes == NULL)
        postcodes = careplan_postcodes_new ();
      if (!careplan_postcodes_load_file (postcodes, postcode_paths[i], &error))
        {
          careplan_tool_print_error (error->message);
          return CAREPLAN_EXIT_BAD;
        }
    }
  if (compare_path != NULL)
    {
      comparison = careplan_measures_comparison_load_file (compare_path, &error);
      if (comparison == NULL)
        {
          careplan_tool_print_error (error->message);
          return CAREPLAN_EXIT_BAD;
        }
    }

  /* The periods, oldest first as given; a bad --parameter is found here,
   * before a large caseload is read. */
  for (i = 0; i < MAX (n_years, as_of_texts != NULL ? g_strv_length (as_of_texts) : 1); i++)
    {
      Period *period = g_new0 (Period, 1);
      CareplanDate period_end;

      g_ptr_array_add (periods, period);
      period->year = G_MININT;
      if (n_years > 0)
        {
          gint64 year;

          if (!g_ascii_string_to_signed (year_texts[i], 10, 2, 9999, &year, NULL))
            {
              g_autofree char *message =
                g_strdup_printf ("--year: “%s” is not a year from 2 to 9999", year_texts[i]);
              return usage (message);
            }
          period->year = (int) year;
          period_end = careplan_date_new (period->year, 3, 31);
        }
      else
        {
          period_end = careplan_tool_as_of (as_of_texts != NULL ? as_of_texts[i] : NULL, &error);
          if (period_end == CAREPLAN_DATE_NONE)
            {
              g_autofree char *message =
                g_strdup_printf ("--as-of: %s", error != NULL ? error->message : "not a date");
              return usage (message);
            }
        }
      for (j = 0; j + 1 < periods->len; j++)
        if (((Period *) g_ptr_array_index (periods, j))->period_end == period_end)
          return usage ("the same period is asked for twice");
      period->period_end = period_end;
      period->accumulator =
        careplan_measures_accumulator_new (careplan_measures_get_period_start (period_end), period_end,
                                           calendar, rulebook, (const char * const *) parameters,
                                           postcodes, &error);
      if (period->accumulator == NULL)
        return usage (error->message);
      careplan_measures_accumulator_set_n_threads (period->accumulator,
                                                   jobs != G_MININT ? (guint) jobs : 0);
    }

  /* What this run reads: -o and --items never write over one of them. */
  for (i = 0; inputs != NULL && inputs[i] != NULL; i++)
    g_ptr_array_add (read, inputs[i]);
  for (i = 0; policies != NULL && policies[i] != NULL; i++)
    g_ptr_array_add (read, policies[i]);
  for (i = 0; postcode_paths != NULL && postcode_paths[i] != NULL; i++)
    g_ptr_array_add (read, postcode_paths[i]);
  if (calendar_path != NULL)
    g_ptr_array_add (read, calendar_path);
  if (compare_path != NULL)
    g_ptr_array_add (read, compare_path);
  if (ssda903_dir != NULL)
    g_ptr_array_add (read, ssda903_dir);
  g_ptr_array_add (read, NULL);

  /* The one -o of every command (issue #9): never over a file this run
   * reads, a device or a link; replaced only when whole and on disk.
   * Opened before any child is read, so that a refused output costs no
   * run. */
  output = careplan_tool_output_open (output_path != NULL ? output_path : "-",
                                      (const char * const *) read->pdata, &error);
  if (output == NULL)
    {
      careplan_tool_print_error (error->message);
      return CAREPLAN_EXIT_BAD;
    }

  if (items_path != NULL)
    {
      static const char header[] = "measure,period_end,child,counted,value,note\n";

      /* The report and the list cannot share standard output, nor a file. */
      if (g_str_equal (items_path, output_path != NULL ? output_path : "-"))
        return usage ("--items: give a file other than the report's");
      /* As -o: never over an input, a device or a link; written to a
       * temporary file beside it, which replaces it only when every child
       * was read, so a failed run leaves no half list. */
      items_output = careplan_tool_output_open (items_path, (const char * const *) read->pdata, &error);
      if (items_output == NULL)
        {
          careplan_tool_print_error (error->message);
          return CAREPLAN_EXIT_BAD;
        }
      items_out = careplan_tool_output_get_stream (items_output);
      if (!g_output_stream_write_all (items_out, header, strlen (header), NULL, NULL, &error))
        {
          g_printerr ("careplan: %s: %s\n", items_path, error->message);
          return CAREPLAN_EXIT_BAD;
        }
      for (i = 0; i < periods->len; i++)
        {
          Period *period = g_ptr_array_index (periods, i);

          period->items = items_out;
          period->items_error = &items_error;
          careplan_measures_accumulator_set_item_func (period->accumulator, write_item, period, NULL);
        }
    }

  /* Without --items the children behind the measures are kept for the
   * report in a temporary file, not in memory; the text report shows
   * counts only and drops them. */
  for (i = 0; items_path == NULL && i < periods->len; i++)
    {
      CareplanMeasuresAccumulator *accumulator = ((Period *) g_ptr_array_index (periods, i))->accumulator;

      if (format == CAREPLAN_MEASURES_FORMAT_TEXT)
        careplan_measures_accumulator_set_item_func (accumulator, drop_item, NULL, NULL);
      else if (!careplan_measures_accumulator_spool_items (accumulator, &error))
        {
          careplan_tool_print_error (error->message);
          goto bad;
        }
    }

  if (ssda903_dir != NULL)
    {
      /* A return is one collection year's: each period reads its own. */
      for (i = 0; i < periods->len; i++)
        {
          Period *period = g_ptr_array_index (periods, i);
          g_autofree char *year_dir = NULL;

          if (period->year != G_MININT)
            {
              g_autofree char *name = g_strdup_printf ("%d", period->year);

              year_dir = g_build_filename (ssda903_dir, name, NULL);
              if (!g_file_test (year_dir, G_FILE_TEST_IS_DIR))
                {
                  if (periods->len > 1)
                    {
                      g_printerr ("careplan: %s: no folder for the return of %d\n", year_dir, period->year);
                      goto bad;
                    }
                  g_clear_pointer (&year_dir, g_free);
                }
            }
          if (!add_ssda903 (period->accumulator, year_dir != NULL ? year_dir : ssda903_dir,
                            period->year != G_MININT ? period->year : 0, max_file_size))
            goto bad;
        }
    }
  else
    {
      /* Records: one pass, each child added to every period and dropped. */
      reading.inputs = inputs;
      reading.strict = strict;
      if (!careplan_tool_for_each_child (&reading, add_child, periods, &error))
        {
          careplan_tool_print_error (error->message);
          goto bad;
        }
      if (reading.bad_input)
        {
          g_printerr ("careplan: no measures written: an input could not be read\n");
          goto bad;
        }
    }
  if (items_error != NULL)
    {
      g_printerr ("careplan: %s: %s\n", items_path, items_error->message);
      goto bad;
    }

  measures = g_list_store_new (CAREPLAN_TYPE_MEASURE);
  for (i = 0; i < periods->len; i++)
    {
      g_autoptr(GListModel) computed =
        careplan_measures_accumulator_finish (((Period *) g_ptr_array_index (periods, i))->accumulator);
      guint n = g_list_model_get_n_items (computed);

      for (j = 0; j < n; j++)
        {
          g_autoptr(CareplanMeasure) measure = g_list_model_get_item (computed, j);

          g_list_store_append (measures, measure);
        }
    }

  if (items_output != NULL && !careplan_tool_output_commit (items_output, &error))
    {
      careplan_tool_print_error (error->message);
      return CAREPLAN_EXIT_BAD;
    }

  {
    if (!careplan_measures_write_full (G_LIST_MODEL (measures), format, comparison,
                                       careplan_tool_output_get_stream (output), &error) ||
        !careplan_tool_output_commit (output, &error))
      {
        /* The previous report, if any, is as it was. */
        careplan_tool_print_error (error->message);
        return CAREPLAN_EXIT_BAD;
      }
  }
  return CAREPLAN_EXIT_RAN;

bad:
  /* A list not committed is removed with its temporary file. */
  return CAREPLAN_EXIT_BAD;
}
