/* careplan-measures.c: the `careplan measures` command
 *
 * Reads a caseload (careplan JSON records or an SSDA903 return), computes
 * the cohort measures over a collection year or the twelve months ending
 * at an as-of date, and writes them as text, JSON, CSV or one HTML page.
 * Measures need the whole cohort at once, unlike `check`: every child is
 * kept until the end.  A bad input stops the command before anything is
 * written, because measures of part of a caseload would mislead.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-commands.h"
#include "careplan-tool.h"

#include <string.h>

#define MEASURES_SYNOPSIS \
  "[--as-of DATE | --year YYYY] [--format text|json|csv|html] [-o FILE] (FILE|DIR… | --ssda903 DIR)"

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

static gboolean
keep_child (CareplanChild  *child,
            const char     *input,
            gpointer        user_data,
            GError        **error)
{
  g_list_store_append (G_LIST_STORE (user_data), child);
  return TRUE;
}

static int
usage (const char *message)
{
  return careplan_tool_usage_error ("measures", MEASURES_SYNOPSIS, message);
}

/* The return of the collection year asked for (0: let the reader tell it
 * from the data), with its problems as warnings. */
static GListModel *
load_ssda903 (const char *dir,
              int         year)
{
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *children;
  guint i, n;

  children = careplan_ssda903_load_dir (dir, year, &problems, &error);
  n = problems != NULL ? g_list_model_get_n_items (problems) : 0;
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);

      /* File, line, column, table and field, as every command says them. */
      careplan_tool_print_problem (problem, dir);
    }
  if (children == NULL)
    careplan_tool_print_error (error->message);
  return children;
}

int
careplan_cmd_measures (int    argc,
                       char **argv)
{
  g_autofree char *as_of_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output_path = NULL;
  g_autofree char *calendar_path = NULL;
  g_autofree char *ssda903_dir = NULL;
  g_auto(GStrv) parameters = NULL;
  g_auto(GStrv) policies = NULL;
  g_auto(GStrv) inputs = NULL;
  int year = G_MININT;   /* G_MININT: no --year */
  gboolean strict = FALSE;
  const GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      "Measure the twelve months ending on DATE (YYYY-MM-DD; default: today)", "DATE" },
    { "year", 0, 0, G_OPTION_ARG_INT, &year,
      "Measure the collection year ending on 31 March YYYY", "YYYY" },
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
      "Read an SSDA903 return (CSV files) from DIR", "DIR" },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      "Refuse a child given in two inputs (exit 2); without it the first is kept", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs,
      NULL, "[FILE|DIR…]" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar = NULL;
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(GListStore) children = NULL;
  g_autoptr(GListModel) empty = NULL;
  g_autoptr(GListModel) measures = NULL;
  CareplanMeasuresFormat format = CAREPLAN_MEASURES_FORMAT_TEXT;
  CareplanDate period_start;
  CareplanDate period_end;
  CareplanToolInputs reading = { 0 };

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Compute the DfE indicators and local measures of a caseload over a "
                                "period, with the children behind each.");
  g_option_context_set_description (context, measures_description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("careplan measures");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);

  if (format_text != NULL && !parse_format (format_text, &format))
    {
      g_autofree char *message =
        g_strdup_printf ("--format: unknown format “%s” (expected text, json, csv or html)", format_text);
      return usage (message);
    }
  if (as_of_text != NULL && year != G_MININT)
    return usage ("--as-of and --year cannot be used together");
  if (ssda903_dir != NULL && inputs != NULL && inputs[0] != NULL)
    return usage ("--ssda903 reads a return: give no FILE or DIR with it");

  if (year != G_MININT)
    {
      if (year < 2 || year > 9999)
        {
          g_autofree char *message = g_strdup_printf ("--year: %d is not a year from 2 to 9999", year);
          return usage (message);
        }
      period_end = careplan_date_new (year, 3, 31);
    }
  else
    {
      period_end = careplan_tool_as_of (as_of_text, &error);
      if (period_end == CAREPLAN_DATE_NONE)
        {
          g_autofree char *message =
            g_strdup_printf ("--as-of: %s", error != NULL ? error->message : "not a date");
          return usage (message);
        }
    }
  period_start = careplan_measures_get_period_start (period_end);

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

  /* A bad --parameter is found before a large caseload is read. */
  empty = G_LIST_MODEL (g_list_store_new (CAREPLAN_TYPE_CHILD));
  measures = careplan_measures_compute_full (empty, period_start, period_end, calendar, rulebook,
                                             (const char * const *) parameters, &error);
  if (measures == NULL)
    return usage (error->message);
  g_clear_object (&measures);

  if (ssda903_dir != NULL)
    {
      g_autoptr(GListModel) loaded = load_ssda903 (ssda903_dir, year != G_MININT ? year : 0);
      guint i, n;

      if (loaded == NULL)
        return CAREPLAN_EXIT_BAD;
      children = g_list_store_new (CAREPLAN_TYPE_CHILD);
      n = g_list_model_get_n_items (loaded);
      for (i = 0; i < n; i++)
        {
          g_autoptr(CareplanChild) child = g_list_model_get_item (loaded, i);

          g_list_store_append (children, child);
        }
    }
  if (children == NULL)
    {
      children = g_list_store_new (CAREPLAN_TYPE_CHILD);
      reading.inputs = inputs;
      reading.strict = strict;
      if (!careplan_tool_for_each_child (&reading, keep_child, children, &error))
        {
          careplan_tool_print_error (error->message);
          return CAREPLAN_EXIT_BAD;
        }
      if (reading.bad_input)
        {
          g_printerr ("careplan: no measures written: an input could not be read\n");
          return CAREPLAN_EXIT_BAD;
        }
    }

  measures = careplan_measures_compute_full (G_LIST_MODEL (children), period_start, period_end,
                                             calendar, rulebook, (const char * const *) parameters,
                                             &error);
  if (measures == NULL)
    {
      careplan_tool_print_error (error->message);
      return CAREPLAN_EXIT_BAD;
    }

  {
    g_autoptr(GPtrArray) read = g_ptr_array_new ();
    g_autoptr(CareplanToolOutput) output = NULL;

    /* Every file and folder this run reads: the output may not be one. */
    for (guint i = 0; inputs != NULL && inputs[i] != NULL; i++)
      g_ptr_array_add (read, inputs[i]);
    for (guint i = 0; policies != NULL && policies[i] != NULL; i++)
      g_ptr_array_add (read, policies[i]);
    if (calendar_path != NULL)
      g_ptr_array_add (read, calendar_path);
    if (ssda903_dir != NULL)
      g_ptr_array_add (read, ssda903_dir);
    g_ptr_array_add (read, NULL);

    output = careplan_tool_output_open (output_path != NULL ? output_path : "-",
                                        (const char * const *) read->pdata, &error);
    if (output == NULL)
      {
        careplan_tool_print_error (error->message);
        return CAREPLAN_EXIT_BAD;
      }
    if (!careplan_measures_write (measures, format, careplan_tool_output_get_stream (output), &error) ||
        !careplan_tool_output_commit (output, &error))
      {
        g_autofree char *message = g_strdup_printf ("%s%s%s", output_path != NULL ? output_path : "",
                                                    output_path != NULL ? ": " : "", error->message);

        /* The previous report, if any, is as it was. */
        careplan_tool_print_error (message);
        return CAREPLAN_EXIT_BAD;
      }
  }
  return CAREPLAN_EXIT_RAN;
}
