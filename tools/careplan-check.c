/* careplan-check.c: `careplan check`, every finding of every child
 *
 * Children are read one input at a time and their findings streamed, so a
 * caseload of any size is never held whole.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-tool.h"

#include "careplan-finding-list-private.h"

#define N_STATUSES (CAREPLAN_FINDING_STATUS_UNKNOWN + 1)

#define CHECK_SYNOPSIS "[OPTION…] [FILE|DIR…|--ssda903 DIR]"

static const char check_description[] =
  "Reads careplan JSON records (careplan-record/1) from each FILE, from every\n"
  "*.json file directly in each DIR (sorted by name), or from standard input\n"
  "when there is no FILE or FILE is '-', and prints one finding per child and\n"
  "rule obligation. Problems found in a record are warnings on standard error.\n"
  "With --ssda903 DIR the children are read from the CSV files of a DfE SSDA903\n"
  "return instead.\n"
  "\n"
  "--policy applies a local policy file (careplan-policy/1) to the default\n"
  "rulebook: changed parameters, rules switched off, local targets. Given more\n"
  "than once, the policies apply in order.\n"
  "\n"
  "STATUS is met, met-late, due, overdue, not-applicable or unknown; a LIST is\n"
  "comma-separated and the option may be repeated.\n"
  "\n"
  "Children are evaluated on --jobs threads (default: one per processor) and\n"
  "their findings written in input order: the output is byte for byte the same\n"
  "for any number of threads. With --format json, --citations table writes each\n"
  "rule's citation once, in a \"rules\" object after the findings, rather than in\n"
  "every finding (about half the size, for machine readers).\n"
  "\n"
  "Exit status: 0 when it ran, 1 when a finding matched --fail-on, 2 for bad\n"
  "usage or input (a bad file is reported and skipped; the others are checked).";

typedef struct
{
  CareplanEvaluationQueue *queue;
  CareplanFindingsWriter  *writer;
  CareplanDate             as_of;
  gboolean                 filter[N_STATUSES];
  gboolean                 filtering;
  gboolean                 fail_on[N_STATUSES];
  gboolean                 failed_on;   /* some finding matched --fail-on */
  gboolean                 bad_input;   /* a child could not be evaluated */
} CheckRun;

/* Reads every comma-separated status in @lists (an option given once or
 * more) into @set.  Returns FALSE naming the bad word in @error. */
static gboolean
parse_status_lists (char      **lists,
                    const char *option,
                    gboolean    set[N_STATUSES],
                    GError    **error)
{
  guint i, j;

  for (i = 0; lists != NULL && lists[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lists[i], ",", -1);
      guint n_words = 0;

      for (j = 0; words[j] != NULL; j++)
        {
          CareplanFindingStatus status;
          char *word = g_strstrip (words[j]);

          if (*word == '\0')
            continue;
          if (!careplan_finding_status_from_string (word, &status) || (guint) status >= N_STATUSES)
            {
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           "%s: unknown status “%s” (expected met, met-late, due, "
                           "overdue, not-applicable or unknown)", option, word);
              return FALSE;
            }
          set[status] = TRUE;
          n_words++;
        }
      /* --fail-on '' must not quietly turn failing off. */
      if (n_words == 0)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       "%s: no status given (expected a comma-separated list of met, "
                       "met-late, due, overdue, not-applicable or unknown)", option);
          return FALSE;
        }
    }
  return TRUE;
}

/* The status of each finding of @findings, in @statuses (n_items of
 * them): read from the engine's records, with no object per finding,
 * when the list is the engine's. */
static void
get_statuses (GListModel            *findings,
              CareplanFindingStatus *statuses,
              guint                  n)
{
  const CareplanFindingRecord *records;
  guint i, n_records;

  records = careplan_finding_records_peek (findings, &n_records);
  for (i = 0; i < n; i++)
    {
      if (records != NULL)
        statuses[i] = i < n_records ? records[i].status : CAREPLAN_FINDING_STATUS_UNKNOWN;
      else
        {
          g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);

          statuses[i] = careplan_finding_get_status (finding);
        }
    }
}

/* The findings whose status --status asks for: only those are made
 * into objects. */
static GListModel *
filter_findings (CheckRun                    *run,
                 GListModel                  *findings,
                 const CareplanFindingStatus *statuses,
                 guint                        n)
{
  GListStore *kept = g_list_store_new (CAREPLAN_TYPE_FINDING);
  guint i;

  for (i = 0; i < n; i++)
    {
      if ((guint) statuses[i] < N_STATUSES && run->filter[statuses[i]])
        {
          g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);

          g_list_store_append (kept, finding);
        }
    }
  return G_LIST_MODEL (kept);
}

/* Called in input order with each child's findings.  Returns FALSE only
 * when the output stream fails: nothing further can be written then. */
static gboolean
write_child (CareplanChild  *child,
             GListModel     *findings,
             gpointer        user_data,
             GError        **error)
{
  CheckRun *run = user_data;
  g_autoptr(GListModel) shown = NULL;
  g_autofree CareplanFindingStatus *statuses = NULL;
  guint i, n;

  n = g_list_model_get_n_items (findings);
  statuses = g_new (CareplanFindingStatus, n);
  get_statuses (findings, statuses, n);
  for (i = 0; i < n; i++)
    if ((guint) statuses[i] < N_STATUSES && run->fail_on[statuses[i]])
      run->failed_on = TRUE;

  shown = run->filtering ? filter_findings (run, findings, statuses, n) : g_object_ref (findings);
  if (g_list_model_get_n_items (shown) == 0)
    return TRUE;
  return careplan_findings_writer_write (run->writer, shown, error);
}

/* Children are evaluated on --jobs threads and written in input order. */
static gboolean
check_child (CareplanChild  *child,
             const char     *input,
             gpointer        user_data,
             GError        **error)
{
  CheckRun *run = user_data;
  g_autoptr(GError) local_error = NULL;

  /* A child the engine cannot evaluate (no id, born after the as-of
   * date…) is reported and skipped: the others are still evaluated. */
  if (!careplan_engine_check_child (careplan_evaluation_queue_get_engine (run->queue), child, run->as_of, &local_error))
    {
      g_autofree char *message = g_strdup_printf ("%s: child %s: %s", input,
                                                  careplan_child_get_id (child) != NULL ?
                                                  careplan_child_get_id (child) : "(no id)",
                                                  local_error->message);

      careplan_tool_print_error (message);
      run->bad_input = TRUE;
      return TRUE;
    }
  return careplan_evaluation_queue_push (run->queue, child, error);
}

int
careplan_cmd_check (int    argc,
                    char **argv)
{
  g_auto(CareplanToolEngineOptions) options = { 0 };
  g_auto(GStrv) status_lists = NULL;
  g_auto(GStrv) fail_on_lists = NULL;
  gboolean keep_going = FALSE;
  g_autofree char *citations = NULL;
  const GOptionEntry entries[] = {
    { "keep-going", 0, 0, G_OPTION_ARG_NONE, &keep_going,
      "Evaluate the good children of a file with bad ones (the bad ones are reported; exit 2)", NULL },
    { "status", 0, 0, G_OPTION_ARG_STRING_ARRAY, &status_lists,
      "Print only findings with a status in LIST", "LIST" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING_ARRAY, &fail_on_lists,
      "Exit 1 when any finding has a status in LIST (e.g. overdue)", "LIST" },
    { NULL }
  };
  const GOptionEntry output_entries[] = {
    { "citations", 0, 0, G_OPTION_ARG_STRING, &citations,
      "JSON: a citation in every finding (inline, the default) or each rule's once, in a rules table", "inline|table" },
    CAREPLAN_TOOL_JOBS_ENTRY (options),
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanEngine) engine = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(CareplanFindingsWriter) writer = NULL;
  g_autoptr(CareplanEvaluationQueue) queue = NULL;
  CareplanToolInputs reading = { 0 };
  CheckRun run = { 0 };
  gboolean ok;
  int status;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Evaluate children's records with the default rulebook at an as-of date.");
  g_option_context_set_description (context, check_description);
  careplan_tool_engine_options_add (&options, context,
                                    "Judge the findings at DATE (YYYY-MM-DD; default: today)",
                                    entries, output_entries);
  g_set_prgname ("careplan check");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return careplan_tool_usage_error ("check", CHECK_SYNOPSIS, error->message);

  status = careplan_tool_engine_options_check (&options, "check", CHECK_SYNOPSIS);
  if (status != CAREPLAN_EXIT_RAN)
    return status;
  run.as_of = options.as_of;

  if (!parse_status_lists (status_lists, "--status", run.filter, &error) ||
      !parse_status_lists (fail_on_lists, "--fail-on", run.fail_on, &error))
    return careplan_tool_usage_error ("check", CHECK_SYNOPSIS, error->message);
  run.filtering = status_lists != NULL;
  if (citations != NULL && g_strcmp0 (citations, "inline") != 0 && g_strcmp0 (citations, "table") != 0)
    {
      g_autofree char *message =
        g_strdup_printf ("--citations: unknown form “%s” (expected inline or table)", citations);

      return careplan_tool_usage_error ("check", CHECK_SYNOPSIS, message);
    }

  engine = careplan_tool_engine_options_new_engine (&options, "check", CHECK_SYNOPSIS);
  if (engine == NULL)
    return CAREPLAN_EXIT_BAD;
  out = careplan_tool_stdout_stream ();
  writer = careplan_findings_writer_new (out, options.format, run.as_of);
  careplan_findings_writer_set_citations_table (writer, g_strcmp0 (citations, "table") == 0);
  queue = careplan_evaluation_queue_new (engine, run.as_of, (guint) options.jobs,
                                         write_child, &run, NULL);
  run.queue = queue;
  run.writer = writer;

  reading.inputs = options.inputs;
  reading.ssda903_dir = options.ssda903_dir;
  reading.ssda903_max_file_size = options.max_file_size;
  reading.strict = options.strict;
  reading.keep_going = keep_going;
  ok = careplan_tool_for_each_child (&reading, check_child, &run, &error);
  if (ok)
    ok = careplan_evaluation_queue_finish (queue, &error);
  if (ok)
    ok = careplan_findings_writer_close (writer, &error);
  if (!ok)
    {
      {
      g_autofree char *message = g_strdup_printf ("cannot write the findings: %s", error->message);

      careplan_tool_print_error (message);
    }
      return CAREPLAN_EXIT_BAD;
    }

  if (reading.bad_input || run.bad_input)
    return CAREPLAN_EXIT_BAD;
  return run.failed_on ? CAREPLAN_EXIT_FAILED_ON : CAREPLAN_EXIT_RAN;
}
