/* careplan-validate.c: `careplan validate`, the DfE's checks of an SSDA903 return
 *
 * Runs every DfE validation check that applies to the collection year
 * (CareplanSsda903Validator) and writes the rows they flag as text, JSON,
 * CSV or HTML.  Also lists the checks for `careplan rules --family
 * ssda903-validation`.
 *
 * Exit statuses (docs/careplan.1, EXIT STATUS): 0 when it ran; 1 with --fail-on error when
 * an error-severity check failed (or --fail-on any when any did); 2 for
 * bad usage, a return that cannot be read or an output that cannot be
 * written.
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

#include <gio/gunixoutputstream.h>
#include <json-glib/json-glib.h>

#define VALIDATE_SYNOPSIS \
  "--ssda903 DIR [--year YYYY] [--previous DIR] [--reference DIR] " \
  "[--format text|json|csv|html] [-o FILE] [--fail-on error|any] [--jobs N] " \
  "[--max-file-size SIZE]"

static const char validate_description[] =
  "Runs the DfE's validation checks of the SSDA903 return (children looked\n"
  "after) over the CSV tables in DIR (each recognised by its column headers)\n"
  "and reports the rows they flag, with the DfE's code and message.\n"
  "\n"
  "YYYY is the year the collection ends in (2026 for 2025/26); without it\n"
  "the year of the latest episode start is taken. Checks that compare with\n"
  "last year's return run only with --previous (that year's CSV tables);\n"
  "checks that need ONS postcodes, local-authority codes or Ofsted URNs\n"
  "run only with --reference (a folder of postcodes.csv,\n"
  "local-authorities.csv and ofsted-providers.csv: see\n"
  "docs/ssda903-validation.md). The others are reported as skipped.\n"
  "Nothing is read from the network.\n"
  "\n"
  "CSV columns: child_id,table,row_id,rule_code,file,line,fields,message\n"
  "(row_id: the 0-based index of the data row in its table's file).\n"
  "\n"
  "Exit status: 0 when it ran, 1 with --fail-on when a check of that\n"
  "severity failed (error: errors only; any: errors and queries), 2 for bad\n"
  "usage, a return that cannot be read or an output that cannot be written.";

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

/* Refuses a CSV file inside an input folder: a later run would read it
 * as one of the return's tables. */
static gboolean
output_is_safe (const char  *output,
                const char  *const *inputs,
                GError     **error)
{
  g_autofree char *canonical = g_canonicalize_filename (output, NULL);
  g_autofree char *parent = g_path_get_dirname (canonical);

  for (guint i = 0; inputs[i] != NULL; i++)
    {
      g_autofree char *dir = g_canonicalize_filename (inputs[i], NULL);
      if (g_strcmp0 (dir, parent) == 0 && g_str_has_suffix (canonical, ".csv"))
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                       "%s: a CSV file inside an input folder, not written", output);
          return FALSE;
        }
    }
  return TRUE;
}

int
careplan_cmd_validate (int    argc,
                       char **argv)
{
  g_autofree char *dir = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *output = NULL;
  g_autofree char *fail_on = NULL;
  g_autofree char *max_file_size_text = NULL;
  guint64 max_file_size = 0;
  g_auto(GStrv) rest = NULL;
  int jobs = G_MININT;
  const GOptionEntry entries[] = {
    { "ssda903", 0, 0, G_OPTION_ARG_FILENAME, &dir,
      "Validate the SSDA903 return (its CSV files) in DIR", "DIR" },
    { "year", 0, 0, G_OPTION_ARG_STRING, &year_text,
      "The collection year, by the year it ends in (2026 for 2025/26)", "YYYY" },
    { "previous", 0, 0, G_OPTION_ARG_FILENAME, &previous,
      "The previous year's return, for the checks that compare with it", "DIR" },
    { "reference", 0, 0, G_OPTION_ARG_FILENAME, &reference,
      "Reference data (postcodes, authority codes, Ofsted URNs)", "DIR" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      "Output format: text (default), json, csv or html", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE instead of standard output", "FILE" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING, &fail_on,
      "Exit 1 when a check of this severity failed: error or any", "SEVERITY" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      "Check on N threads (default: one per processor); the output is the same for any N", "N" },
    { "max-file-size", 0, 0, G_OPTION_ARG_STRING, &max_file_size_text,
      CAREPLAN_TOOL_MAX_FILE_SIZE_HELP, "SIZE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanSsda903Validator) validator = NULL;
  g_autoptr(GListModel) issues = NULL;
  g_autoptr(GListModel) skipped = NULL;
  g_autoptr(CareplanToolOutput) written = NULL;
  const char *inputs[] = { NULL, NULL, NULL, NULL };
  guint n_inputs = 0;
  CareplanValidationFormat format = CAREPLAN_VALIDATION_FORMAT_TEXT;
  int year = 0;
  guint n;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Run the DfE's validation checks of an SSDA903 return.");
  g_option_context_set_description (context, validate_description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("careplan validate");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return careplan_tool_usage_error ("validate", VALIDATE_SYNOPSIS, error->message);
  if (rest != NULL && rest[0] != NULL)
    {
      g_autofree char *message = g_strdup_printf ("unexpected argument “%s”", rest[0]);
      return careplan_tool_usage_error ("validate", VALIDATE_SYNOPSIS, message);
    }
  if (dir == NULL)
    return careplan_tool_usage_error ("validate", VALIDATE_SYNOPSIS, "--ssda903 DIR is required");
  if (year_text != NULL && !parse_year (year_text, &year))
    return careplan_tool_usage_error ("validate", VALIDATE_SYNOPSIS,
                                      "--year: expected the year the collection ends in (2026 for 2025/26)");
  if (format_text == NULL || g_str_equal (format_text, "text"))
    format = CAREPLAN_VALIDATION_FORMAT_TEXT;
  else if (g_str_equal (format_text, "json"))
    format = CAREPLAN_VALIDATION_FORMAT_JSON;
  else if (g_str_equal (format_text, "csv"))
    format = CAREPLAN_VALIDATION_FORMAT_CSV;
  else if (g_str_equal (format_text, "html"))
    format = CAREPLAN_VALIDATION_FORMAT_HTML;
  else
    {
      g_autofree char *message =
        g_strdup_printf ("--format: unknown format “%s” (expected text, json, csv or html)", format_text);
      return careplan_tool_usage_error ("validate", VALIDATE_SYNOPSIS, message);
    }
  if (fail_on != NULL && !g_str_equal (fail_on, "error") && !g_str_equal (fail_on, "any"))
    return careplan_tool_usage_error ("validate", VALIDATE_SYNOPSIS, "--fail-on: expected error or any");
  if (jobs != G_MININT && jobs < 1)
    return careplan_tool_usage_error ("validate", VALIDATE_SYNOPSIS, "--jobs: give a number of threads, 1 or more");
  if (max_file_size_text != NULL)
    {
      g_autofree char *message = NULL;

      if (!careplan_tool_parse_size (max_file_size_text, &max_file_size, &message))
        return careplan_tool_usage_error ("validate", VALIDATE_SYNOPSIS, message);
    }

  inputs[n_inputs++] = dir;
  if (previous != NULL)
    inputs[n_inputs++] = previous;
  if (reference != NULL)
    inputs[n_inputs++] = reference;
  /* -o as every command writes it (careplan_tool_output_open(): never
   * over an input, a device or a link, replaced only when whole), and not
   * as a new CSV in an input folder, which a later run would read as a
   * table.  Opened before the return is read, so that a refused output
   * costs no run. */
  if (output != NULL && !g_str_equal (output, "-") && !output_is_safe (output, inputs, &error))
    {
      g_printerr ("careplan: %s\n", error->message);
      return CAREPLAN_EXIT_BAD;
    }
  written = careplan_tool_output_open (output != NULL ? output : "-", inputs, &error);
  if (written == NULL)
    {
      careplan_tool_print_error (error->message);
      return CAREPLAN_EXIT_BAD;
    }

  validator = careplan_ssda903_validator_new ();
  careplan_ssda903_validator_set_collection_year (validator, year);
  careplan_ssda903_validator_set_previous_dir (validator, previous);
  careplan_ssda903_validator_set_reference_dir (validator, reference);
  careplan_ssda903_validator_set_n_threads (validator, jobs != G_MININT ? (guint) jobs : 0);
  careplan_ssda903_validator_set_max_file_size (validator, max_file_size);
  issues = careplan_ssda903_validator_validate (validator, dir, &error);
  if (issues == NULL)
    {
      g_printerr ("careplan: %s\n", error->message);
      return CAREPLAN_EXIT_BAD;
    }
  skipped = careplan_ssda903_validator_dup_skipped (validator);

  if (!careplan_validation_write (issues, skipped, careplan_ssda903_validator_get_year_used (validator),
                                  format, careplan_tool_output_get_stream (written), &error) ||
      !careplan_tool_output_commit (written, &error))
    {
      /* The previous report, if any, is as it was. */
      careplan_tool_print_error (error->message);
      return CAREPLAN_EXIT_BAD;
    }

  n = g_list_model_get_n_items (issues);
  if (fail_on != NULL)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(CareplanValidationIssue) issue = g_list_model_get_item (issues, i);
        if (g_str_equal (fail_on, "any") ||
            careplan_validation_issue_get_severity (issue) == CAREPLAN_VALIDATION_SEVERITY_ERROR)
          return CAREPLAN_EXIT_FAILED_ON;
      }
  return CAREPLAN_EXIT_RAN;
}

/* `careplan rules --family ssda903-validation` */
void
careplan_validate_append_checks (GString  *out,
                                 gboolean  json)
{
  g_autoptr(GListModel) checks = careplan_validation_list_checks (0);
  guint n = g_list_model_get_n_items (checks);

  if (json)
    g_string_append (out, "{\n  \"rules\" : [");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanValidationCheck) check = g_list_model_get_item (checks, i);
      g_autoptr(JsonNode) node = NULL;
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *text = NULL;
      int first = careplan_validation_check_get_first_year (check);
      int last = careplan_validation_check_get_last_year (check);

      if (!json)
        {
          g_string_append_printf (out, "%s: %s\n  family: ssda903-validation  fields: %s  years: ",
                                  careplan_validation_check_get_code (check),
                                  careplan_validation_check_get_message (check),
                                  careplan_validation_check_get_fields (check));
          if (first != 0)
            g_string_append_printf (out, "%d/%02d", first - 1, first % 100);
          else
            g_string_append (out, "…");
          g_string_append (out, " to ");
          if (last != 0)
            g_string_append_printf (out, "%d/%02d", last - 1, last % 100);
          else
            g_string_append (out, "now");
          g_string_append_printf (out, "  severity: %s  status: %s%s%s\n  citation: %s\n",
                                  careplan_validation_check_get_severity (check) == CAREPLAN_VALIDATION_SEVERITY_ERROR
                                  ? "error" : "query",
                                  careplan_validation_check_get_status (check) == CAREPLAN_VALIDATION_STATUS_IMPLEMENTED
                                  ? "implemented" : "differs-from-peer",
                                  careplan_validation_check_get_needs_previous (check) ? "  needs: previous return" : "",
                                  careplan_validation_check_get_needs_reference (check) ? "  needs: reference data" : "",
                                  careplan_validation_check_get_citation (check));
          continue;
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, careplan_validation_check_get_code (check));
      json_builder_set_member_name (builder, "family");
      json_builder_add_string_value (builder, "ssda903-validation");
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, careplan_validation_check_get_message (check));
      json_builder_set_member_name (builder, "fields");
      json_builder_add_string_value (builder, careplan_validation_check_get_fields (check));
      json_builder_set_member_name (builder, "first_year");
      if (first != 0)
        json_builder_add_int_value (builder, first);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "last_year");
      if (last != 0)
        json_builder_add_int_value (builder, last);
      else
        json_builder_add_null_value (builder);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, careplan_validation_check_get_severity (check) ==
                                     CAREPLAN_VALIDATION_SEVERITY_ERROR ? "error" : "query");
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, careplan_validation_check_get_status (check) ==
                                     CAREPLAN_VALIDATION_STATUS_IMPLEMENTED ? "implemented" : "differs-from-peer");
      json_builder_set_member_name (builder, "needs_previous");
      json_builder_add_boolean_value (builder, careplan_validation_check_get_needs_previous (check));
      json_builder_set_member_name (builder, "needs_reference");
      json_builder_add_boolean_value (builder, careplan_validation_check_get_needs_reference (check));
      json_builder_set_member_name (builder, "citation");
      json_builder_add_string_value (builder, careplan_validation_check_get_citation (check));
      json_builder_end_object (builder);
      node = json_builder_get_root (builder);
      text = json_to_string (node, FALSE);
      g_string_append (out, i == 0 ? "\n    " : ",\n    ");
      g_string_append (out, text);
    }
  if (json)
    g_string_append (out, "\n  ]\n}\n");
}
