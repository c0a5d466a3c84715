/* careplan-due.c: `careplan due`, the upcoming deadlines of a caseload
 *
 * The children are evaluated one at a time, as `check` does, but only
 * their `due` findings (the obligations not yet met whose deadline has
 * not passed) are kept, so the memory held is that of the deadlines, not
 * of the caseload.  They are printed soonest first: by due date, then
 * child id, then rule id, then the order the rulebook gave them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-tool.h"

#include "careplan-finding-list-private.h"

#include <errno.h>
#include <string.h>

#define DUE_SYNOPSIS "[OPTION…] [FILE|DIR…|--ssda903 DIR]"

static const char due_description[] =
  "Reads careplan JSON records as 'careplan check' does and lists the deadlines\n"
  "still to come: the findings whose status is due (not yet met, deadline not\n"
  "passed at the as-of date), soonest first, ties by child id then rule id.\n"
  "With --within DAYS only those due on or before the as-of date plus DAYS are\n"
  "listed (--within 0: due today).\n"
  "With --ssda903 DIR the children are read from an SSDA903 return.\n"
  "\n"
  "Text output is one line per deadline: due date, days left, child, rule and\n"
  "the finding's sentence. JSON and CSV are those of 'careplan check'.\n"
  "--format ics writes an iCalendar file (RFC 5545) to import into a calendar:\n"
  "one all-day event per deadline on its due date, titled with the child id and\n"
  "the rule, with the sentence and the citation; each event's UID is the same\n"
  "for the same child, rule and due date, so importing a newer file updates the\n"
  "events instead of duplicating them. Only child ids leave careplan.\n"
  "\n"
  "Exit status: 0 when it ran, 2 for bad usage or input (a bad file is\n"
  "reported and skipped; the others are read).";

typedef struct
{
  CareplanFinding *finding;
  guint            order;     /* arrival: the last tie-breaker, for a stable sort */
} Deadline;

typedef struct
{
  CareplanEvaluationQueue *queue;
  CareplanDate     as_of;
  CareplanDate     last_due;  /* CAREPLAN_DATE_NONE: no --within */
  GArray          *deadlines; /* Deadline */
  gboolean         bad_input; /* a child could not be evaluated */
} DueRun;

static void
deadline_clear (gpointer data)
{
  Deadline *deadline = data;

  g_clear_object (&deadline->finding);
}

/* Called in input order with each child's findings (evaluated on --jobs
 * threads), so that ties keep the order of the input. */
static gboolean
collect_findings (CareplanChild  *child,
                  GListModel     *findings,
                  gpointer        user_data,
                  GError        **error)
{
  DueRun *run = user_data;
  const CareplanFindingRecord *records;
  guint i, n, n_records = 0;

  /* The engine's records are read as they are: only the deadlines kept
   * are made into objects. */
  records = careplan_finding_records_peek (findings, &n_records);
  n = g_list_model_get_n_items (findings);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = NULL;
      Deadline deadline;

      if (records != NULL && i < n_records &&
          (records[i].status != CAREPLAN_FINDING_STATUS_DUE ||
           (run->last_due != CAREPLAN_DATE_NONE && records[i].due > run->last_due)))
        continue;

      finding = g_list_model_get_item (findings, i);
      if (careplan_finding_get_status (finding) != CAREPLAN_FINDING_STATUS_DUE)
        continue;
      if (run->last_due != CAREPLAN_DATE_NONE && careplan_finding_get_due (finding) > run->last_due)
        continue;

      deadline.finding = g_steal_pointer (&finding);
      deadline.order = run->deadlines->len;
      g_array_append_val (run->deadlines, deadline);
    }
  return TRUE;
}

static gboolean
collect_child (CareplanChild  *child,
               const char     *input,
               gpointer        user_data,
               GError        **error)
{
  DueRun *run = user_data;
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
careplan_tool_compare_deadlines (gconstpointer a,
                                 gconstpointer b,
                                 gpointer      user_data)
{
  CareplanFinding *x = (CareplanFinding *) a;
  CareplanFinding *y = (CareplanFinding *) b;
  CareplanDate x_due = careplan_finding_get_due (x);
  CareplanDate y_due = careplan_finding_get_due (y);
  int by;

  if (x_due != y_due)
    return x_due < y_due ? -1 : 1;
  by = strcmp (careplan_finding_get_child_id (x), careplan_finding_get_child_id (y));
  if (by != 0)
    return by;
  return strcmp (careplan_finding_get_rule_id (x), careplan_finding_get_rule_id (y));
}

static int
compare_deadlines (gconstpointer a,
                   gconstpointer b)
{
  const Deadline *x = a;
  const Deadline *y = b;
  int by = careplan_tool_compare_deadlines (x->finding, y->finding, NULL);

  if (by != 0)
    return by;
  return x->order < y->order ? -1 : x->order > y->order;
}

static void
append_text_line (GString         *out,
                  CareplanFinding *finding,
                  CareplanDate     as_of)
{
  g_autofree char *due = careplan_date_to_iso (careplan_finding_get_due (finding));
  int days = careplan_date_days_between (as_of, careplan_finding_get_due (finding));
  g_autofree char *left = NULL;

  if (days == 0)
    left = g_strdup ("today");
  else
    left = g_strdup_printf ("in %d %s", days, days == 1 ? "day" : "days");

  /* Ids and messages come from the records and policies: escaped, they
   * cannot drive the terminal or start a line of their own. */
  g_string_append_printf (out, "%s  %-12s  ", due, left);
  careplan_tool_append_escaped (out, careplan_finding_get_child_id (finding));
  g_string_append (out, "  ");
  careplan_tool_append_escaped (out, careplan_finding_get_rule_id (finding));
  g_string_append (out, "  ");
  careplan_tool_append_escaped (out, careplan_finding_get_message (finding));
  g_string_append_c (out, '\n');
}

static int
write_text (DueRun *run,
            int     within)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *as_of = careplan_date_to_iso (run->as_of);
  guint i;

  for (i = 0; i < run->deadlines->len; i++)
    append_text_line (out, g_array_index (run->deadlines, Deadline, i).finding, run->as_of);

  if (run->deadlines->len > 0)
    g_string_append_c (out, '\n');
  g_string_append_printf (out, "%u %s", run->deadlines->len,
                          run->deadlines->len == 1 ? "deadline" : "deadlines");
  if (within >= 0)
    g_string_append_printf (out, " within %d %s of %s\n", within, within == 1 ? "day" : "days", as_of);
  else
    g_string_append_printf (out, " to come as of %s\n", as_of);

  /* Bytes as they are: g_print() would recode to the locale's charset. */
  fwrite (out->str, 1, out->len, stdout);
  return careplan_tool_finish_stdout ("deadlines");
}

static int
write_ics (DueRun *run)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint i;

  careplan_tool_ics_begin (out, "careplan deadlines");
  for (i = 0; i < run->deadlines->len; i++)
    careplan_tool_ics_append (out, g_array_index (run->deadlines, Deadline, i).finding, run->as_of);
  careplan_tool_ics_end (out);

  fwrite (out->str, 1, out->len, stdout);
  return careplan_tool_finish_stdout ("deadlines");
}

static int
write_findings (DueRun                 *run,
                CareplanFindingsFormat  format)
{
  g_autoptr(GOutputStream) out = careplan_tool_stdout_stream ();
  g_autoptr(CareplanFindingsWriter) writer = careplan_findings_writer_new (out, format, run->as_of);
  g_autoptr(GListStore) sorted = g_list_store_new (CAREPLAN_TYPE_FINDING);
  g_autoptr(GError) error = NULL;
  guint i;

  for (i = 0; i < run->deadlines->len; i++)
    g_list_store_append (sorted, g_array_index (run->deadlines, Deadline, i).finding);

  if ((g_list_model_get_n_items (G_LIST_MODEL (sorted)) > 0 &&
       !careplan_findings_writer_write (writer, G_LIST_MODEL (sorted), &error)) ||
      !careplan_findings_writer_close (writer, &error))
    {
      {
      g_autofree char *message = g_strdup_printf ("cannot write the deadlines: %s", error->message);

      careplan_tool_print_error (message);
    }
      return CAREPLAN_EXIT_BAD;
    }
  return CAREPLAN_EXIT_RAN;
}

/* A whole number of days from 0; FALSE for anything else. */
static gboolean
parse_days (const char *text,
            int        *days)
{
  guint64 value;
  char *end = NULL;

  if (text == NULL || !g_ascii_isdigit (*text))
    return FALSE;
  errno = 0;
  value = g_ascii_strtoull (text, &end, 10);
  if (errno != 0 || *end != '\0' || value > 3660000)
    return FALSE;
  *days = (int) value;
  return TRUE;
}

int
careplan_cmd_due (int    argc,
                  char **argv)
{
  g_auto(CareplanToolEngineOptions) options = { 0 };
  g_autofree char *within_text = NULL;
  const GOptionEntry entries[] = {
    { "within", 0, 0, G_OPTION_ARG_STRING, &within_text,
      "Only deadlines at most DAYS days after the as-of date", "DAYS" },
    { NULL }
  };
  const GOptionEntry after_format[] = {
    CAREPLAN_TOOL_JOBS_ENTRY (options),
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanEngine) engine = NULL;
  g_autoptr(GArray) deadlines = NULL;
  g_autoptr(CareplanEvaluationQueue) queue = NULL;
  CareplanToolInputs reading = { 0 };
  DueRun run = { 0 };
  int within = -1;
  gboolean ics = FALSE;
  int status;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "List the upcoming deadlines of a caseload, soonest first.");
  g_option_context_set_description (context, due_description);
  careplan_tool_engine_options_add (&options, context,
                                    "List what is still to come at DATE (YYYY-MM-DD; default: today)",
                                    entries, after_format);
  g_set_prgname ("careplan due");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return careplan_tool_usage_error ("due", DUE_SYNOPSIS, error->message);

  /* ics is due's own format: the others are the findings writer's. */
  if (g_strcmp0 (options.format_text, "ics") == 0)
    {
      ics = TRUE;
      g_clear_pointer (&options.format_text, g_free);
    }
  status = careplan_tool_engine_options_check (&options, "due", DUE_SYNOPSIS);
  if (status != CAREPLAN_EXIT_RAN)
    return status;
  run.as_of = options.as_of;

  if (within_text != NULL)
    {
      if (!parse_days (within_text, &within))
        {
          g_autofree char *message =
            g_strdup_printf ("--within: “%s” is not a number of days (0 or more)", within_text);
          return careplan_tool_usage_error ("due", DUE_SYNOPSIS, message);
        }
      run.last_due = careplan_date_add_days (run.as_of, within);
      if (run.last_due == CAREPLAN_DATE_NONE)
        run.last_due = G_MAXUINT32;
    }

  engine = careplan_tool_engine_options_new_engine (&options, "due", DUE_SYNOPSIS);
  if (engine == NULL)
    return CAREPLAN_EXIT_BAD;
  deadlines = g_array_new (FALSE, FALSE, sizeof (Deadline));
  g_array_set_clear_func (deadlines, deadline_clear);
  queue = careplan_evaluation_queue_new (engine, run.as_of, (guint) options.jobs,
                                         collect_findings, &run, NULL);
  run.queue = queue;
  run.deadlines = deadlines;

  reading.inputs = options.inputs;
  reading.ssda903_dir = options.ssda903_dir;
  reading.ssda903_max_file_size = options.max_file_size;
  reading.strict = options.strict;
  /* collect_child never fails: only what it reads can be bad. */
  careplan_tool_for_each_child (&reading, collect_child, &run, NULL);
  careplan_evaluation_queue_finish (queue, NULL);

  g_array_sort (deadlines, compare_deadlines);

  if (ics)
    status = write_ics (&run);
  else if (options.format == CAREPLAN_FINDINGS_FORMAT_TEXT)
    status = write_text (&run, within);
  else
    status = write_findings (&run, options.format);

  if (status != CAREPLAN_EXIT_RAN)
    return status;
  return reading.bad_input || run.bad_input ? CAREPLAN_EXIT_BAD : CAREPLAN_EXIT_RAN;
}
