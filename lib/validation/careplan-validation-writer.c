/* careplan-validation-writer.c: validation issues as text, JSON, CSV or HTML
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-error.h"
#include "careplan-output-private.h"
#include "careplan-validation.h"
#include "careplan-validation-private.h"

static char *
join_fields (CareplanValidationIssue *issue)
{
  const char * const *fields = careplan_validation_issue_get_fields (issue);
  return g_strjoinv (" ", (char **) fields);
}

static void
write_text (GString    *out,
            GListModel *issues,
            GListModel *skipped)
{
  guint n = g_list_model_get_n_items (issues);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanValidationIssue) issue = g_list_model_get_item (issues, i);
      g_autofree char *fields = join_fields (issue);

      careplan_output_append_text (out, careplan_validation_issue_get_file (issue));
      g_string_append_printf (out, ":%u: %s: child ", careplan_validation_issue_get_line (issue),
                              careplan_validation_issue_get_code (issue));
      careplan_output_append_text (out, careplan_validation_issue_get_child_id (issue));
      g_string_append_printf (out, ": %s row %u", careplan_validation_issue_get_table (issue),
                              careplan_validation_issue_get_row_index (issue));
      if (*fields != '\0')
        g_string_append_printf (out, " (%s)", fields);
      g_string_append (out, ": ");
      careplan_output_append_text (out, careplan_validation_issue_get_message (issue));
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (out, "%u issue%s\n", n, n == 1 ? "" : "s");
  n = g_list_model_get_n_items (skipped);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanValidationCheck) check = g_list_model_get_item (skipped, i);
      g_string_append_printf (out, "skipped %s: needs %s\n", careplan_validation_check_get_code (check),
                              careplan_validation_check_get_needs_previous (check)
                              ? "the previous year's return (--previous)"
                              : "reference data (--reference)");
    }
}

/* A cell from the return (a child id, a path): one that a spreadsheet
 * would read as a formula (=, +, -, @, a tab or carriage return first) is
 * written after an apostrophe, so opening the CSV runs nothing. */
static void
append_csv_text (GString    *out,
                 const char *text)
{
  if (text != NULL && strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0')
    {
      g_autofree char *quoted = g_strconcat ("'", text, NULL);
      careplan_output_append_csv_field (out, quoted);
      return;
    }
  careplan_output_append_csv_field (out, text);
}

static void
write_csv (GString    *out,
           GListModel *issues)
{
  guint n = g_list_model_get_n_items (issues);

  g_string_append (out, "child_id,table,row_id,rule_code,file,line,fields,message\r\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanValidationIssue) issue = g_list_model_get_item (issues, i);
      g_autofree char *fields = join_fields (issue);

      append_csv_text (out, careplan_validation_issue_get_child_id (issue));
      g_string_append_printf (out, ",%s,%u,", careplan_validation_issue_get_table (issue),
                              careplan_validation_issue_get_row_index (issue));
      careplan_output_append_csv_field (out, careplan_validation_issue_get_code (issue));
      g_string_append_c (out, ',');
      append_csv_text (out, careplan_validation_issue_get_file (issue));
      g_string_append_printf (out, ",%u,", careplan_validation_issue_get_line (issue));
      careplan_output_append_csv_field (out, fields);
      g_string_append_c (out, ',');
      careplan_output_append_csv_field (out, careplan_validation_issue_get_message (issue));
      g_string_append (out, "\r\n");
    }
}

static void
write_json (GString    *out,
            GListModel *issues,
            GListModel *skipped,
            int         year)
{
  guint n = g_list_model_get_n_items (issues);

  g_string_append_printf (out, "{\n  \"format\": \"careplan-validation/1\",\n"
                          "  \"collection_year\": %d,\n  \"issues\": [", year);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanValidationIssue) issue = g_list_model_get_item (issues, i);
      const char * const *fields = careplan_validation_issue_get_fields (issue);

      g_string_append (out, i == 0 ? "\n    {" : ",\n    {");
      g_string_append (out, "\"child_id\": ");
      careplan_output_append_json_string (out, careplan_validation_issue_get_child_id (issue));
      g_string_append (out, ", \"table\": ");
      careplan_output_append_json_string (out, careplan_validation_issue_get_table (issue));
      g_string_append_printf (out, ", \"row_id\": %u, \"rule_code\": ",
                              careplan_validation_issue_get_row_index (issue));
      careplan_output_append_json_string (out, careplan_validation_issue_get_code (issue));
      g_string_append (out, ", \"severity\": ");
      g_string_append (out, careplan_validation_issue_get_severity (issue) == CAREPLAN_VALIDATION_SEVERITY_ERROR
                       ? "\"error\"" : "\"query\"");
      g_string_append (out, ", \"file\": ");
      careplan_output_append_json_string (out, careplan_validation_issue_get_file (issue));
      g_string_append_printf (out, ", \"line\": %u, \"fields\": [", careplan_validation_issue_get_line (issue));
      for (guint f = 0; fields[f] != NULL; f++)
        {
          if (f > 0)
            g_string_append (out, ", ");
          careplan_output_append_json_string (out, fields[f]);
        }
      g_string_append (out, "], \"message\": ");
      careplan_output_append_json_string (out, careplan_validation_issue_get_message (issue));
      g_string_append_c (out, '}');
    }
  g_string_append (out, n > 0 ? "\n  ],\n  \"skipped\": [" : "],\n  \"skipped\": [");
  n = g_list_model_get_n_items (skipped);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanValidationCheck) check = g_list_model_get_item (skipped, i);

      g_string_append (out, i == 0 ? "\n    {\"rule_code\": " : ",\n    {\"rule_code\": ");
      careplan_output_append_json_string (out, careplan_validation_check_get_code (check));
      g_string_append_printf (out, ", \"needs\": \"%s\"}",
                              careplan_validation_check_get_needs_previous (check) ? "previous" : "reference");
    }
  g_string_append (out, n > 0 ? "\n  ]\n}\n" : "]\n}\n");
}

static void
append_html (GString    *out,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);
  g_string_append (out, escaped);
}

typedef struct
{
  const char *key;
  GPtrArray  *issues;   /* CareplanValidationIssue, owned */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;
  g_ptr_array_unref (group->issues);
  g_free (group);
}

static int
compare_groups_by_code (gconstpointer a,
                        gconstpointer b)
{
  const Group *ga = *(Group * const *) a, *gb = *(Group * const *) b;
  return cpv_compare_codes (ga->key, gb->key);
}

static int
compare_groups_by_id (gconstpointer a,
                      gconstpointer b)
{
  const Group *ga = *(Group * const *) a, *gb = *(Group * const *) b;
  return strcmp (ga->key, gb->key);
}

static GPtrArray *
group_by (GListModel *issues,
          gboolean    by_code)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *groups = g_ptr_array_new_with_free_func (group_free);
  guint n = g_list_model_get_n_items (issues);

  for (guint i = 0; i < n; i++)
    {
      CareplanValidationIssue *issue = g_list_model_get_item (issues, i);
      const char *key = by_code ? careplan_validation_issue_get_code (issue)
                                : careplan_validation_issue_get_child_id (issue);
      Group *group = g_hash_table_lookup (index, key);

      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->key = key;
          group->issues = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (index, (gpointer) key, group);
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group->issues, issue);
    }
  g_ptr_array_sort (groups, by_code ? compare_groups_by_code : compare_groups_by_id);
  return groups;
}

static void
append_issue_row (GString                 *out,
                  CareplanValidationIssue *issue,
                  gboolean                 show_code)
{
  g_autofree char *fields = join_fields (issue);
  g_autofree char *base = g_path_get_basename (careplan_validation_issue_get_file (issue));

  g_string_append (out, "<tr><td>");
  append_html (out, show_code ? careplan_validation_issue_get_code (issue)
                              : careplan_validation_issue_get_child_id (issue));
  g_string_append (out, "</td><td>");
  append_html (out, careplan_validation_issue_get_table (issue));
  g_string_append_printf (out, "</td><td class=\"num\">%u</td><td>", careplan_validation_issue_get_row_index (issue));
  append_html (out, base);
  g_string_append_printf (out, ":%u</td><td>", careplan_validation_issue_get_line (issue));
  append_html (out, fields);
  if (show_code)
    {
      g_string_append (out, "</td><td>");
      append_html (out, careplan_validation_issue_get_message (issue));
    }
  g_string_append (out, "</td></tr>\n");
}

static void
write_html (GString    *out,
            GListModel *issues,
            GListModel *skipped,
            int         year)
{
  g_autoptr(GPtrArray) by_code = group_by (issues, TRUE);
  g_autoptr(GPtrArray) by_child = group_by (issues, FALSE);
  guint n = g_list_model_get_n_items (issues);
  guint n_skipped = g_list_model_get_n_items (skipped);

  g_string_append_printf (out,
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>SSDA903 validation %d/%02d</title>\n"
    "<style>\n"
    "body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:70rem;padding:0 1rem;color:#1b1b1b;line-height:1.4}\n"
    "h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2.2rem;border-bottom:2px solid #1d70b8;padding-bottom:.2rem}\n"
    "h3{font-size:1rem;margin:1.2rem 0 .3rem}\n"
    ".summary{display:flex;gap:1rem;margin:1rem 0}.summary div{background:#f3f2f1;padding:.6rem 1rem;border-left:4px solid #1d70b8}\n"
    ".summary b{display:block;font-size:1.5rem}\n"
    "table{border-collapse:collapse;width:100%%;font-size:.85rem;margin:.2rem 0 .8rem}\n"
    "th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ddd;vertical-align:top}th{background:#f3f2f1}\n"
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
    "table.rows{table-layout:fixed}table.rows td{overflow-wrap:anywhere}\n"
    "table.rows th:nth-child(1){width:6rem}table.rows th:nth-child(2){width:8rem}\n"
    "table.rows th:nth-child(3){width:3.5rem}table.rows th:nth-child(4){width:11rem}\n"
    "table.rows th:nth-child(5){width:13rem}\n"
    ".code{display:inline-block;min-width:5.5rem;font-weight:600;color:#1d70b8}.count{color:#505a5f}\n"
    "details{margin:.2rem 0}summary{cursor:pointer;padding:.25rem 0}\n"
    "nav a{margin-right:1rem}\n"
    "</style>\n</head>\n<body>\n", year - 1, year % 100);
  g_string_append_printf (out,
    "<h1>SSDA903 validation, collection year %d/%02d</h1>\n"
    "<nav><a href=\"#by-check\">By check</a><a href=\"#by-child\">By child</a>%s</nav>\n"
    "<div class=\"summary\"><div><b>%u</b>issues</div><div><b>%u</b>checks with issues</div>"
    "<div><b>%u</b>children</div><div><b>%u</b>checks skipped</div></div>\n",
    year - 1, year % 100, n_skipped > 0 ? "<a href=\"#skipped\">Skipped checks</a>" : "",
    n, by_code->len, by_child->len, n_skipped);

  g_string_append (out, "<h2 id=\"by-check\">By check</h2>\n");
  for (guint g = 0; g < by_code->len; g++)
    {
      Group *group = g_ptr_array_index (by_code, g);
      CareplanValidationIssue *first = g_ptr_array_index (group->issues, 0);

      g_string_append (out, "<details><summary><span class=\"code\">");
      append_html (out, group->key);
      g_string_append_printf (out, "</span> <span class=\"count\">%u row%s</span> — ",
                              group->issues->len, group->issues->len == 1 ? "" : "s");
      append_html (out, careplan_validation_issue_get_message (first));
      g_string_append (out, "</summary>\n<table class=\"rows\"><tr><th>Child</th><th>Table</th><th class=\"num\">Row</th>"
                       "<th>File:line</th><th>Fields</th></tr>\n");
      for (guint i = 0; i < group->issues->len; i++)
        append_issue_row (out, g_ptr_array_index (group->issues, i), FALSE);
      g_string_append (out, "</table></details>\n");
    }

  g_string_append (out, "<h2 id=\"by-child\">By child</h2>\n");
  for (guint g = 0; g < by_child->len; g++)
    {
      Group *group = g_ptr_array_index (by_child, g);

      g_string_append (out, "<details><summary><span class=\"code\">");
      append_html (out, group->key);
      g_string_append_printf (out, "</span> <span class=\"count\">%u issue%s</span></summary>\n",
                              group->issues->len, group->issues->len == 1 ? "" : "s");
      g_string_append (out, "<table class=\"rows\"><tr><th>Check</th><th>Table</th><th class=\"num\">Row</th>"
                       "<th>File:line</th><th>Fields</th><th>Message</th></tr>\n");
      for (guint i = 0; i < group->issues->len; i++)
        append_issue_row (out, g_ptr_array_index (group->issues, i), TRUE);
      g_string_append (out, "</table></details>\n");
    }

  if (n_skipped > 0)
    {
      g_string_append (out, "<h2 id=\"skipped\">Skipped checks</h2>\n<table><tr><th>Check</th>"
                       "<th>Needs</th><th>Message</th></tr>\n");
      for (guint i = 0; i < n_skipped; i++)
        {
          g_autoptr(CareplanValidationCheck) check = g_list_model_get_item (skipped, i);
          g_string_append (out, "<tr><td>");
          append_html (out, careplan_validation_check_get_code (check));
          g_string_append (out, careplan_validation_check_get_needs_previous (check)
                           ? "</td><td>previous year's return</td><td>" : "</td><td>reference data</td><td>");
          append_html (out, careplan_validation_check_get_message (check));
          g_string_append (out, "</td></tr>\n");
        }
      g_string_append (out, "</table>\n");
    }
  g_string_append (out, "</body>\n</html>\n");
}

/**
 * careplan_validation_write:
 * @issues: a list model of [class@Careplan.ValidationIssue]
 * @skipped: (nullable): a list model of [class@Careplan.ValidationCheck]
 *   skipped (from [method@Careplan.Ssda903Validator.dup_skipped])
 * @collection_year: the collection year validated
 * @format: the format to write
 * @stream: where to write
 * @error: return location for a #GError
 *
 * Writes @issues to @stream.  CSV starts with the columns
 * `child_id,table,row_id,rule_code` (the layout of the open validator's
 * issue lists), then `file,line,fields,message`; HTML is one page grouping
 * the issues by check and by child.
 *
 * Returns: %TRUE, or %FALSE with @error set when @stream fails
 *
 * Since: 0.1
 */
gboolean
careplan_validation_write (GListModel                *issues,
                           GListModel                *skipped,
                           int                        collection_year,
                           CareplanValidationFormat   format,
                           GOutputStream             *stream,
                           GError                   **error)
{
  g_autoptr(GString) out = g_string_sized_new (65536);
  g_autoptr(GListModel) no_skipped = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (issues), FALSE);
  g_return_val_if_fail (skipped == NULL || G_IS_LIST_MODEL (skipped), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  if (skipped == NULL)
    skipped = no_skipped = G_LIST_MODEL (g_list_store_new (CAREPLAN_TYPE_VALIDATION_CHECK));

  switch (format)
    {
    case CAREPLAN_VALIDATION_FORMAT_TEXT:
      write_text (out, issues, skipped);
      break;
    case CAREPLAN_VALIDATION_FORMAT_JSON:
      write_json (out, issues, skipped, collection_year);
      break;
    case CAREPLAN_VALIDATION_FORMAT_CSV:
      write_csv (out, issues);
      break;
    case CAREPLAN_VALIDATION_FORMAT_HTML:
      write_html (out, issues, skipped, collection_year);
      break;
    default:
      g_return_val_if_reached (FALSE);
    }

  if (!g_output_stream_write_all (stream, out->str, out->len, NULL, NULL, &local_error))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}
