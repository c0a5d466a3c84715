/* careplan-check-plan.c: `careplan check-plan`, plan documents against the
 * law's list of what they must contain, and against the record
 *
 * Plans are read first (they are few); the records are then streamed child
 * by child, keeping only the children the plans name, so a caseload of any
 * size is never held whole.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-tool.h"
#include "careplan-commands.h"

#include <string.h>

#define CHECK_PLAN_SYNOPSIS "[OPTION…] (PLAN.json|DIR)…"

#define N_ELEMENT_STATUSES (CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN + 1)
#define N_FINDING_STATUSES (CAREPLAN_FINDING_STATUS_UNKNOWN + 1)

static const char check_plan_description[] =
  "Reads plan documents (careplan-plan/1: care-plan, placement-plan,\n"
  "short-break-plan, detention-placement-plan, needs-assessment, pathway-plan)\n"
  "(a DIR stands for every *.json file directly in it, sorted by name) and\n"
  "lists every element the law asks of each plan's kind with its status:\n"
  "present, missing, not-applicable, incomplete (a soft duty, or an element whose\n"
  "law is UNCONFIRMED, left empty: a warning) or unknown (it applies only under a\n"
  "condition nothing settles), with its provision, URL and confirmation.\n"
  "\n"
  "With --record (careplan-record/1; repeatable) the elements' conditions are\n"
  "judged from the child's record on the plan's date (age, placement type,\n"
  "placement with a parent, legal status, leaving-care eligibility), and the\n"
  "plans are cross-checked with the record: care plan and placement plan\n"
  "timescales (CPPCR regs 4 and 9), a placement plan for each placement, the IRO\n"
  "named is the one appointed, the plan for permanence by the second review, a\n"
  "placement with a parent approved before it took effect, the carer's and (16\n"
  "or over) the child's agreement. Without --record conditions are unknown.\n"
  "\n"
  "A LIST of --fail-on is comma-separated element statuses (missing, incomplete,\n"
  "unknown) or finding statuses (overdue, met-late, due); repeatable.\n"
  "\n"
  "Exit status: 0 when it ran, 1 when a result matched --fail-on, 2 for bad\n"
  "usage or input (a bad plan is reported and skipped; the others are checked).";

typedef struct
{
  GHashTable  *wanted;      /* child id → CareplanChild (NULL until found) */
  gboolean     duplicate;
} RecordRun;

static gboolean
keep_child (CareplanChild  *child,
            const char     *input,
            gpointer        user_data,
            GError        **error)
{
  RecordRun *run = user_data;
  const char *id = careplan_child_get_id (child);
  gpointer found = NULL;

  if (!g_hash_table_lookup_extended (run->wanted, id, NULL, &found))
    return TRUE;
  if (found != NULL)
    {
      g_printerr ("careplan: %s: child %s is in the records more than once; the first is used\n",
                  input, id);
      run->duplicate = TRUE;
      return TRUE;
    }
  g_hash_table_insert (run->wanted, g_strdup (id), g_object_ref (child));
  return TRUE;
}

static void
unref_child (gpointer child)
{
  if (child != NULL)
    g_object_unref (child);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  /* Byte order of the names, as `careplan check` sorts a directory. */
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The plan files of the arguments: a FILE as it is, a DIR as every
 * *.json file directly in it, sorted by name (as `careplan check` reads
 * directories).  A DIR that cannot be listed is reported and sets @bad. */
static GPtrArray *
expand_inputs (char     **inputs,
               gboolean  *bad)
{
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  guint i;

  for (i = 0; inputs[i] != NULL; i++)
    {
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) names = NULL;
      const char *name;
      guint j;

      if (!g_file_test (inputs[i], G_FILE_TEST_IS_DIR))
        {
          g_ptr_array_add (files, g_strdup (inputs[i]));
          continue;
        }
      dir = g_dir_open (inputs[i], 0, &error);
      if (dir == NULL)
        {
          careplan_tool_print_error (error->message);
          *bad = TRUE;
          continue;
        }
      names = g_ptr_array_new_with_free_func (g_free);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.' && g_str_has_suffix (name, ".json"))
          {
            g_autofree char *path = g_build_filename (inputs[i], name, NULL);

            if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
              g_ptr_array_add (names, g_steal_pointer (&path));
          }
      g_ptr_array_sort (names, compare_paths);
      for (j = 0; j < names->len; j++)
        g_ptr_array_add (files, g_strdup (g_ptr_array_index (names, j)));
    }
  return files;
}

static gboolean
parse_fail_on (char      **lists,
               gboolean    elements[N_ELEMENT_STATUSES],
               gboolean    findings[N_FINDING_STATUSES],
               GError    **error)
{
  guint i, j;

  for (i = 0; lists != NULL && lists[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lists[i], ",", -1);

      for (j = 0; words[j] != NULL; j++)
        {
          char *word = g_strstrip (words[j]);
          CareplanPlanElementStatus element_status;
          CareplanFindingStatus finding_status;
          gboolean known = FALSE;

          if (*word == '\0')
            continue;
          if (careplan_plan_element_status_from_string (word, &element_status))
            {
              elements[element_status] = TRUE;
              known = TRUE;
            }
          if (careplan_finding_status_from_string (word, &finding_status) &&
              (guint) finding_status < N_FINDING_STATUSES)
            {
              findings[finding_status] = TRUE;
              known = TRUE;
            }
          if (!known)
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           "--fail-on: unknown status “%s” (expected missing, incomplete, unknown, "
                           "not-applicable, present, or a finding status such as overdue)", word);
              return FALSE;
            }
        }
    }
  return TRUE;
}

int
careplan_cmd_check_plan (int    argc,
                         char **argv)
{
  g_auto(GStrv) records = NULL;
  g_auto(GStrv) fail_on_lists = NULL;
  g_auto(GStrv) inputs = NULL;
  g_autofree char *as_of_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *calendar_path = NULL;
  gboolean strict_unconfirmed = FALSE;
  const GOptionEntry entries[] = {
    { "record", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &records,
      "Judge conditions and cross-check with the children's records in FILE (repeatable)", "FILE" },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      "Judge the cross-checks at DATE (YYYY-MM-DD; default: today)", "DATE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      "Output format: text (default), json or csv", "FORMAT" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING_ARRAY, &fail_on_lists,
      "Exit 1 when any element or finding has a status in LIST (e.g. missing)", "LIST" },
    { "strict-unconfirmed", 0, 0, G_OPTION_ARG_NONE, &strict_unconfirmed,
      "Report an empty element whose law is UNCONFIRMED as missing, not incomplete", NULL },
    { "calendar", 0, 0, G_OPTION_ARG_FILENAME, &calendar_path,
      "Use the bank holidays of FEED.json (GOV.UK format) for working days", "FEED.json" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) plans = NULL;
  g_autoptr(GHashTable) wanted = NULL;
  g_autoptr(GPtrArray) child_order = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(CareplanCalendar) calendar = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(CareplanPlanWriter) writer = NULL;
  gboolean fail_elements[N_ELEMENT_STATUSES] = { 0 };
  gboolean fail_findings[N_FINDING_STATUSES] = { 0 };
  gboolean bad_input = FALSE, failed_on = FALSE, ok = TRUE;
  CareplanPlanCheckFlags flags = CAREPLAN_PLAN_CHECK_NONE;
  CareplanFindingsFormat format = CAREPLAN_FINDINGS_FORMAT_TEXT;
  CareplanDate as_of;
  guint i, n;

  context = g_option_context_new ("(PLAN.json|DIR)…");
  g_option_context_set_summary (context,
                                "Check plan documents against what the law says they must contain.");
  g_option_context_set_description (context, check_plan_description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("careplan check-plan");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return careplan_tool_usage_error ("check-plan", CHECK_PLAN_SYNOPSIS, error->message);
  if (inputs == NULL || inputs[0] == NULL)
    return careplan_tool_usage_error ("check-plan", CHECK_PLAN_SYNOPSIS, "no plan given");
  if (format_text != NULL && !careplan_tool_parse_format (format_text, TRUE, &format))
    {
      g_autofree char *message =
        g_strdup_printf ("--format: unknown format “%s” (expected text, json or csv)", format_text);
      return careplan_tool_usage_error ("check-plan", CHECK_PLAN_SYNOPSIS, message);
    }
  as_of = careplan_tool_as_of (as_of_text, &error);
  if (as_of == CAREPLAN_DATE_NONE)
    {
      g_autofree char *message = g_strdup_printf ("--as-of: %s", error->message);
      return careplan_tool_usage_error ("check-plan", CHECK_PLAN_SYNOPSIS, message);
    }
  if (!parse_fail_on (fail_on_lists, fail_elements, fail_findings, &error))
    return careplan_tool_usage_error ("check-plan", CHECK_PLAN_SYNOPSIS, error->message);
  if (strict_unconfirmed)
    flags |= CAREPLAN_PLAN_CHECK_UNCONFIRMED_REQUIRED;

  /* The plans. */
  plans = g_list_store_new (CAREPLAN_TYPE_PLAN);
  wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_child);
  child_order = g_ptr_array_new_with_free_func (g_free);
  files = expand_inputs (inputs, &bad_input);
  for (i = 0; i < files->len; i++)
    {
      g_autoptr(CareplanPlan) plan = careplan_plan_load_file (g_ptr_array_index (files, i), &error);
      const char *id;

      if (plan == NULL)
        {
          careplan_tool_print_error (error->message);
          g_clear_error (&error);
          bad_input = TRUE;
          continue;
        }
      id = careplan_plan_get_child_id (plan);
      if (!g_hash_table_contains (wanted, id))
        {
          g_hash_table_insert (wanted, g_strdup (id), NULL);
          g_ptr_array_add (child_order, g_strdup (id));
        }
      g_list_store_append (plans, plan);
    }

  /* The records, keeping only the children the plans name. */
  if (records != NULL && records[0] != NULL)
    {
      CareplanToolInputs reading = { 0 };
      RecordRun run = { wanted, FALSE };

      calendar = careplan_tool_calendar (calendar_path, &error);
      if (calendar == NULL)
        {
          careplan_tool_print_error (error->message);
          return CAREPLAN_EXIT_BAD;
        }
      reading.inputs = records;
      reading.keep_going = TRUE;
      careplan_tool_for_each_child (&reading, keep_child, &run, NULL);
      if (reading.bad_input)
        bad_input = TRUE;
      for (i = 0; i < child_order->len; i++)
        if (g_hash_table_lookup (wanted, g_ptr_array_index (child_order, i)) == NULL)
          g_printerr ("careplan: child %s is not in the records: the conditions of their plans "
                      "are unknown and they are not cross-checked\n",
                      (const char *) g_ptr_array_index (child_order, i));
    }

  out = careplan_tool_stdout_stream ();
  writer = careplan_plan_writer_new (out, format, as_of);

  n = g_list_model_get_n_items (G_LIST_MODEL (plans));
  for (i = 0; ok && i < n; i++)
    {
      g_autoptr(CareplanPlan) plan = g_list_model_get_item (G_LIST_MODEL (plans), i);
      CareplanChild *child = g_hash_table_lookup (wanted, careplan_plan_get_child_id (plan));
      g_autoptr(GListModel) results = careplan_plan_check (plan, child, flags);
      guint j, m = g_list_model_get_n_items (results);

      for (j = 0; j < m; j++)
        {
          g_autoptr(CareplanPlanResult) result = g_list_model_get_item (results, j);

          if (fail_elements[careplan_plan_result_get_status (result)])
            failed_on = TRUE;
        }
      ok = careplan_plan_writer_write_plan (writer, plan, results, &error);
    }

  for (i = 0; ok && calendar != NULL && i < child_order->len; i++)
    {
      CareplanChild *child = g_hash_table_lookup (wanted, g_ptr_array_index (child_order, i));
      g_autoptr(GListModel) findings = NULL;
      guint j, m;

      if (child == NULL)
        continue;
      findings = careplan_plan_cross_check (G_LIST_MODEL (plans), child, calendar, as_of, &error);
      if (findings == NULL)
        {
          g_printerr ("careplan: child %s: %s\n", careplan_child_get_id (child), error->message);
          g_clear_error (&error);
          bad_input = TRUE;
          continue;
        }
      m = g_list_model_get_n_items (findings);
      for (j = 0; j < m; j++)
        {
          g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, j);
          CareplanFindingStatus status = careplan_finding_get_status (finding);

          if ((guint) status < N_FINDING_STATUSES && fail_findings[status])
            failed_on = TRUE;
        }
      ok = careplan_plan_writer_write_findings (writer, findings, &error);
    }
  if (ok)
    ok = careplan_plan_writer_close (writer, &error);
  if (!ok)
    {
      g_printerr ("careplan: cannot write the results: %s\n", error->message);
      return CAREPLAN_EXIT_BAD;
    }

  if (bad_input)
    return CAREPLAN_EXIT_BAD;
  return failed_on ? CAREPLAN_EXIT_FAILED_ON : CAREPLAN_EXIT_RAN;
}
