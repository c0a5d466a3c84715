/* careplan-import.c: `careplan import`, an SSDA903 return to careplan JSON
 *
 * Reads the CSV files of a return child by child with
 * careplan_ssda903_read_dir(), writes each child to one careplan JSON
 * record file as it comes (CareplanRecordWriter), and prints the problems
 * found as warnings (locations, column names, child ids and codes only:
 * never dates of birth, postcodes or other content), in the order of file,
 * line and column.
 *
 * Exit statuses (docs/careplan.1, EXIT STATUS): 0 when it ran, problems or not; 2 for bad
 * usage, a return that cannot be read, an output that cannot be written,
 * and, with --strict, any problem.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-tool.h"
#include "careplan-commands.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define IMPORT_SYNOPSIS "--ssda903 DIR -o FILE [--year YYYY] [--strict]"

static const char import_description[] =
  "Reads the CSV tables of a DfE SSDA903 return in DIR (each recognised by\n"
  "its column headers, whatever the file is called) and writes the children\n"
  "as careplan JSON records (careplan-record/1) to FILE ('-' for standard\n"
  "output). What careplan's model does not hold (ethnicity, PrevPerm rows,\n"
  "cells that are not valid) is kept under each record's \"ssda903\" key, so\n"
  "nothing of the return is lost.\n"
  "\n"
  "Problems in the return (a code not valid in the collection year, a date\n"
  "that does not exist, a row for a child missing from Header, a repeated\n"
  "row, …) are warnings on standard error, one a line, as check gives them:\n"
  "  careplan: FILE:LINE:COLUMN: warning: child ID: TABLE.FIELD: MESSAGE\n"
  "\n"
  "YYYY is the year the collection ends in (2026 for 2025/26); without it\n"
  "the year is inferred from the dates of reviews, missing episodes and\n"
  "episode ends.\n"
  "\n"
  "Exit status: 0 when it ran (whatever the warnings), 2 for bad usage, a\n"
  "return that cannot be read or an output that cannot be written, and with\n"
  "--strict when there is any warning (nothing is written then).";

static gboolean
parse_year (const char *text,
            int        *year)
{
  char *end = NULL;
  long value;

  errno = 0;
  value = strtol (text, &end, 10);
  if (errno != 0 || end == text || *end != '\0' || value < 2000 || value > 9999)
    return FALSE;
  *year = (int) value;
  return TRUE;
}

/* One run of the return: each child is written as the reader hands it
 * on and dropped, so a return of any size is never held whole; the
 * problems are kept to be reported together, in the reader's order. */
typedef struct
{
  const char           *output;
  const char           *dir;
  gboolean              counting;    /* only the problems: nothing written */
  GPtrArray            *problems;    /* CareplanProblem */
  CareplanToolOutput   *out;
  CareplanRecordWriter *writer;
} Import;

static void
import_clear (Import *import)
{
  g_clear_object (&import->writer);
  g_clear_pointer (&import->out, careplan_tool_output_free);
}

/* The output is opened once the return is known to be readable (the
 * reader's errors come before any child), as it was after a whole read:
 * never over the return being read, a device or a link; replaced only
 * when whole. */
static gboolean
ensure_output (Import  *import,
               GError **error)
{
  const char *inputs[] = { import->dir, NULL };

  if (import->out != NULL)
    return TRUE;
  import->out = careplan_tool_output_open (import->output, inputs, error);
  if (import->out == NULL)
    return FALSE;
  import->writer = careplan_record_writer_new (careplan_tool_output_get_stream (import->out));
  return TRUE;
}

static gboolean
import_child (CareplanChild  *child,
              GListModel     *problems,
              gpointer        user_data,
              GError        **error)
{
  Import *import = user_data;
  guint i, n = problems != NULL ? g_list_model_get_n_items (problems) : 0;

  for (i = 0; i < n; i++)
    g_ptr_array_add (import->problems, g_list_model_get_item (problems, i));
  if (import->counting)
    return TRUE;
  if (!ensure_output (import, error))
    return FALSE;
  return child == NULL || careplan_record_writer_write (import->writer, child, error);
}

/* As check and measures print them (careplan_tool_print_problem()); a
 * problem of no file is given @dir's name. */
static void
print_problems (GPtrArray  *problems,
                const char *dir)
{
  g_ptr_array_sort (problems, careplan_tool_compare_problems);
  for (guint i = 0; i < problems->len; i++)
    careplan_tool_print_problem (g_ptr_array_index (problems, i), dir);
}

int
careplan_cmd_import (int    argc,
                     char **argv)
{
  g_autofree char *ssda903_dir = NULL;
  g_autofree char *output = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *max_file_size_text = NULL;
  guint64 max_file_size = 0;
  g_auto(GStrv) rest = NULL;
  gboolean strict = FALSE;
  const GOptionEntry entries[] = {
    { "ssda903", 0, 0, G_OPTION_ARG_FILENAME, &ssda903_dir,
      "Read the SSDA903 return (its CSV files) in DIR", "DIR" },
    { "max-file-size", 0, 0, G_OPTION_ARG_STRING, &max_file_size_text,
      CAREPLAN_TOOL_MAX_FILE_SIZE_HELP, "SIZE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write the careplan JSON records to FILE ('-': standard output)", "FILE" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text,
      "The collection year, by the year it ends in (2026 for 2025/26)", "YYYY" },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      "Treat every warning as an error: write nothing and exit 2", NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  Import import = { 0 };
  int year = 0;
  gboolean ok;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Convert a DfE SSDA903 return to careplan JSON records.");
  g_option_context_set_description (context, import_description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("careplan import");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return careplan_tool_usage_error ("import", IMPORT_SYNOPSIS, error->message);
  if (rest != NULL && rest[0] != NULL)
    {
      g_autofree char *message = g_strdup_printf ("unexpected argument “%s”", rest[0]);

      return careplan_tool_usage_error ("import", IMPORT_SYNOPSIS, message);
    }
  if (ssda903_dir == NULL)
    return careplan_tool_usage_error ("import", IMPORT_SYNOPSIS,
                                      "--ssda903 DIR is required");
  if (output == NULL)
    return careplan_tool_usage_error ("import", IMPORT_SYNOPSIS, "-o FILE is required");
  if (max_file_size_text != NULL)
    {
      g_autofree char *message = NULL;

      if (!careplan_tool_parse_size (max_file_size_text, &max_file_size, &message))
        return careplan_tool_usage_error ("import", IMPORT_SYNOPSIS, message);
    }
  if (year_text != NULL && !parse_year (year_text, &year))
    {
      g_autofree char *message =
        g_strdup_printf ("--year: “%s” is not a year (the year the collection ends in, "
                         "e.g. 2026 for 2025/26)", year_text);

      return careplan_tool_usage_error ("import", IMPORT_SYNOPSIS, message);
    }

  /* --strict writes nothing when there is a problem: to standard output,
   * which cannot be taken back, the return is read through once first
   * to count them. */
  if (strict && strcmp (output, "-") == 0)
    {
      g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
      Import counting = { output, ssda903_dir, TRUE, found, NULL, NULL };

      if (!careplan_ssda903_read_dir_full (ssda903_dir, year, max_file_size, import_child, &counting, &error))
        {
          careplan_tool_print_error (error->message);
          return CAREPLAN_EXIT_BAD;
        }
      if (found->len > 0)
        {
          print_problems (found, ssda903_dir);
          g_printerr ("careplan: %u problem%s in %s: nothing written (--strict)\n", found->len,
                      found->len == 1 ? "" : "s", ssda903_dir);
          return CAREPLAN_EXIT_BAD;
        }
    }

  import = (Import) { output, ssda903_dir, FALSE, problems, NULL, NULL };
  ok = careplan_ssda903_read_dir_full (ssda903_dir, year, max_file_size, import_child, &import, &error) &&
       ensure_output (&import, &error);
  print_problems (problems, ssda903_dir);
  if (!ok)
    {
      /* The reader's message names the file and line. */
      careplan_tool_print_error (error->message);
      import_clear (&import);
      return CAREPLAN_EXIT_BAD;
    }

  if (strict && problems->len > 0)
    {
      /* The temporary file is removed: the target is as it was. */
      g_printerr ("careplan: %u problem%s in %s: nothing written (--strict)\n", problems->len,
                  problems->len == 1 ? "" : "s", ssda903_dir);
      import_clear (&import);
      return CAREPLAN_EXIT_BAD;
    }

  if (!careplan_record_writer_close (import.writer, &error) ||
      !careplan_tool_output_commit (import.out, &error))
    {
      careplan_tool_print_error (error->message);
      import_clear (&import);
      return CAREPLAN_EXIT_BAD;
    }
  import_clear (&import);

  return CAREPLAN_EXIT_RAN;
}
