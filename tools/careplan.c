/* careplan.c: the careplan command-line tool
 *
 * A thin face over the library: it reads careplan JSON records, checks
 * each child against the default rulebook and streams the findings.  The
 * only things it does that the library must not are reading the clock
 * (the default as-of date), the file system and standard streams.
 *
 * Exit statuses: 0 ran, 1 a finding matched --fail-on, 2 bad usage or
 * bad input.  Like grep, a bad input file is reported and skipped so the
 * others are still checked, and the run still exits 2.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <careplan.h>

#include <errno.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <gio/gunixoutputstream.h>
#include <json-glib/json-glib.h>

#define EXIT_RAN     0
#define EXIT_FAILED_ON 1
#define EXIT_BAD     2

#define N_STATUSES (CAREPLAN_FINDING_STATUS_UNKNOWN + 1)

/* How messages name standard input. */
#define STDIN_NAME "<stdin>"

static const char usage_text[] =
  "Usage:\n"
  "  careplan COMMAND [OPTION…]\n"
  "\n"
  "Checks the records of children in care in England against statutory\n"
  "timescales, with a citation for every rule.\n"
  "\n"
  "Commands:\n"
  "  check    Evaluate careplan JSON records and print the findings\n"
  "           (text, JSON or CSV)\n"
  "  rules    List the rules of the default rulebook with their citations\n"
  "  help     Show this help, or the help of a command (careplan help check)\n"
  "\n"
  "Options:\n"
  "  -h, --help     Show this help\n"
  "  --version      Show the version\n"
  "\n"
  "Run 'careplan COMMAND --help' for the options of a command.\n";

static void
print_usage (FILE *out)
{
  fputs (usage_text, out);
}

/* Options and statuses */

static gboolean
parse_format (const char              *text,
              gboolean                 allow_csv,
              CareplanFindingsFormat  *format)
{
  if (g_strcmp0 (text, "text") == 0)
    *format = CAREPLAN_FINDINGS_FORMAT_TEXT;
  else if (g_strcmp0 (text, "json") == 0)
    *format = CAREPLAN_FINDINGS_FORMAT_JSON;
  else if (allow_csv && g_strcmp0 (text, "csv") == 0)
    *format = CAREPLAN_FINDINGS_FORMAT_CSV;
  else
    return FALSE;
  return TRUE;
}

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
        }
    }
  return TRUE;
}

static CareplanDate
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return careplan_date_new (g_date_time_get_year (now),
                            g_date_time_get_month (now),
                            g_date_time_get_day_of_month (now));
}

/* Inputs */

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The `*.json` files directly in @dir, sorted by byte order so that the
 * output does not depend on the locale or the file system. */
static GPtrArray *
list_json_files (const char  *dir,
                 GError     **error)
{
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  const char *name;

  handle = g_dir_open (dir, 0, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "%s: %s", dir, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = NULL;

      /* Hidden files are left out, as a shell's *.json would. */
      if (name[0] == '.' || !g_str_has_suffix (name, ".json"))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, g_steal_pointer (&path));
    }

  g_ptr_array_sort (paths, compare_names);
  return g_steal_pointer (&paths);
}

static GBytes *
read_stdin (GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 chunk[65536];
  size_t n;

  while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
    g_byte_array_append (data, chunk, (guint) n);
  if (ferror (stdin))
    {
      int saved_errno = errno;

      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "%s: %s", STDIN_NAME, g_strerror (saved_errno));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

/* check */

typedef struct
{
  CareplanEngine          *engine;
  CareplanFindingsWriter  *writer;
  CareplanDate             as_of;
  gboolean                 filter[N_STATUSES];
  gboolean                 filtering;
  gboolean                 fail_on[N_STATUSES];
  gboolean                 failed_on;   /* some finding matched --fail-on */
  gboolean                 bad_input;   /* some input was skipped */
} CheckRun;

static void
report_problem (CareplanProblem *problem,
                const char      *input)
{
  const char *file = careplan_problem_get_file (problem);
  guint line = careplan_problem_get_line (problem);
  guint column = careplan_problem_get_column (problem);
  const char *child_id = careplan_problem_get_child_id (problem);
  const char *path = careplan_problem_get_path (problem);
  const char *field = careplan_problem_get_field (problem);
  gboolean has_path = path != NULL && *path != '\0';
  gboolean has_field = field != NULL && *field != '\0';
  g_autoptr(GString) text = g_string_new ("careplan: ");

  g_string_append (text, file != NULL && *file != '\0' ? file : input);
  if (line > 0)
    {
      g_string_append_printf (text, ":%u", line);
      if (column > 0)
        g_string_append_printf (text, ":%u", column);
    }
  g_string_append (text, ": warning: ");
  if (child_id != NULL && *child_id != '\0')
    g_string_append_printf (text, "child %s: ", child_id);
  if (has_path)
    g_string_append (text, path);
  if (has_path && has_field)
    g_string_append_c (text, '.');
  if (has_field)
    g_string_append (text, field);
  if (has_path || has_field)
    g_string_append (text, ": ");
  if (careplan_problem_get_message (problem) != NULL)
    g_string_append (text, careplan_problem_get_message (problem));
  g_printerr ("%s\n", text->str);
}

static GListModel *
filter_findings (CheckRun   *run,
                 GListModel *findings)
{
  GListStore *kept = g_list_store_new (CAREPLAN_TYPE_FINDING);
  guint i, n = g_list_model_get_n_items (findings);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      CareplanFindingStatus status = careplan_finding_get_status (finding);

      if ((guint) status < N_STATUSES && run->filter[status])
        g_list_store_append (kept, finding);
    }
  return G_LIST_MODEL (kept);
}

/* Returns FALSE only when the output stream fails: nothing further can be
 * written then.  A problem with the child itself is reported and noted. */
static gboolean
check_child (CheckRun      *run,
             CareplanChild *child,
             const char    *input,
             GError       **error)
{
  g_autoptr(GListModel) problems = careplan_child_validate (child);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GListModel) shown = NULL;
  g_autoptr(GError) local_error = NULL;
  guint i, n;

  n = g_list_model_get_n_items (problems);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);

      report_problem (problem, input);
    }

  findings = careplan_engine_evaluate (run->engine, child, run->as_of, &local_error);
  if (findings == NULL)
    {
      g_printerr ("careplan: %s: child %s: %s\n", input,
                  careplan_child_get_id (child), local_error->message);
      run->bad_input = TRUE;
      return TRUE;
    }

  n = g_list_model_get_n_items (findings);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      CareplanFindingStatus status = careplan_finding_get_status (finding);

      if ((guint) status < N_STATUSES && run->fail_on[status])
        run->failed_on = TRUE;
    }

  shown = run->filtering ? filter_findings (run, findings) : g_object_ref (findings);
  if (g_list_model_get_n_items (shown) == 0)
    return TRUE;
  return careplan_findings_writer_write (run->writer, shown, error);
}

static gboolean
check_children (CheckRun    *run,
                GListModel  *children,
                const char  *input,
                GError     **error)
{
  guint i, n = g_list_model_get_n_items (children);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);

      if (!check_child (run, child, input, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
check_file (CheckRun    *run,
            const char  *path,
            GError     **error)
{
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GError) local_error = NULL;

  children = careplan_record_load_file (path, &local_error);
  if (children == NULL)
    {
      /* The reader's message names the file, position and field. */
      g_printerr ("careplan: %s\n", local_error->message);
      run->bad_input = TRUE;
      return TRUE;
    }
  return check_children (run, children, path, error);
}

static gboolean
check_stdin (CheckRun  *run,
             GError   **error)
{
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *text;

  data = read_stdin (&local_error);
  if (data != NULL)
    {
      text = g_bytes_get_data (data, &length);
      children = careplan_record_load_data (text != NULL ? text : "", (gssize) length,
                                            STDIN_NAME, &local_error);
    }
  if (children == NULL)
    {
      g_printerr ("careplan: %s\n", local_error->message);
      run->bad_input = TRUE;
      return TRUE;
    }
  return check_children (run, children, STDIN_NAME, error);
}

static gboolean
check_argument (CheckRun    *run,
                const char  *argument,
                GError     **error)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) local_error = NULL;
  guint i;

  if (strcmp (argument, "-") == 0)
    return check_stdin (run, error);

  if (!g_file_test (argument, G_FILE_TEST_EXISTS))
    {
      g_printerr ("careplan: %s: no such file or directory\n", argument);
      run->bad_input = TRUE;
      return TRUE;
    }

  if (!g_file_test (argument, G_FILE_TEST_IS_DIR))
    return check_file (run, argument, error);

  files = list_json_files (argument, &local_error);
  if (files == NULL)
    {
      g_printerr ("careplan: %s\n", local_error->message);
      run->bad_input = TRUE;
      return TRUE;
    }
  for (i = 0; i < files->len; i++)
    if (!check_file (run, g_ptr_array_index (files, i), error))
      return FALSE;
  return TRUE;
}

static GOutputStream *
stdout_stream (void)
{
  g_autoptr(GOutputStream) raw = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  fflush (stdout);
  return g_buffered_output_stream_new_sized (raw, 64 * 1024);
}

/* A short reminder rather than the whole --help: the message is what
 * matters, and the full text is one command away. */
static int
usage_error (const char *command,
             const char *synopsis,
             const char *message)
{
  g_printerr ("careplan: %s\n\n"
              "Usage:\n"
              "  careplan %s %s\n"
              "\n"
              "Run 'careplan help %s' for the options.\n",
              message, command, synopsis, command);
  return EXIT_BAD;
}

#define CHECK_SYNOPSIS "[OPTION…] [FILE|DIR…]"
#define RULES_SYNOPSIS "[--format text|json]"

static const char check_description[] =
  "Reads careplan JSON records (careplan-record/1) from each FILE, from every\n"
  "*.json file directly in each DIR (sorted by name), or from standard input\n"
  "when there is no FILE or FILE is '-', and prints one finding per child and\n"
  "rule obligation. Problems found in a record are warnings on standard error.\n"
  "\n"
  "STATUS is met, met-late, due, overdue, not-applicable or unknown; a LIST is\n"
  "comma-separated and the option may be repeated.\n"
  "\n"
  "Exit status: 0 when it ran, 1 when a finding matched --fail-on, 2 for bad\n"
  "usage or input (a bad file is reported and skipped; the others are checked).";

static int
cmd_check (int    argc,
           char **argv)
{
  g_autofree char *as_of_text = NULL;
  g_autofree char *format_text = NULL;
  g_autofree char *calendar_path = NULL;
  g_auto(GStrv) status_lists = NULL;
  g_auto(GStrv) fail_on_lists = NULL;
  g_auto(GStrv) inputs = NULL;
  const GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of_text,
      "Judge the findings at DATE (YYYY-MM-DD; default: today)", "DATE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      "Output format: text (default), json or csv", "FORMAT" },
    { "status", 0, 0, G_OPTION_ARG_STRING_ARRAY, &status_lists,
      "Print only findings with a status in LIST", "LIST" },
    { "fail-on", 0, 0, G_OPTION_ARG_STRING_ARRAY, &fail_on_lists,
      "Exit 1 when any finding has a status in LIST (e.g. overdue)", "LIST" },
    { "calendar", 0, 0, G_OPTION_ARG_FILENAME, &calendar_path,
      "Use the bank holidays of a gov.uk bank-holidays JSON feed", "FEED.json" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &inputs,
      NULL, "[FILE|DIR…]" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar = NULL;
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanEngine) engine = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(CareplanFindingsWriter) writer = NULL;
  CareplanFindingsFormat format = CAREPLAN_FINDINGS_FORMAT_TEXT;
  CheckRun run = { 0 };
  gboolean ok = TRUE;
  guint i;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Evaluate children's records with the default rulebook at an as-of date.");
  g_option_context_set_description (context, check_description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("careplan check");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("check", CHECK_SYNOPSIS, error->message);

  if (format_text != NULL && !parse_format (format_text, TRUE, &format))
    {
      g_autofree char *message =
        g_strdup_printf ("--format: unknown format “%s” (expected text, json or csv)", format_text);
      return usage_error ("check", CHECK_SYNOPSIS, message);
    }

  if (as_of_text != NULL)
    {
      run.as_of = careplan_date_parse_iso (as_of_text, &error);
      if (run.as_of == CAREPLAN_DATE_NONE)
        {
          g_autofree char *message =
            g_strdup_printf ("--as-of: %s", error != NULL ? error->message : "not a date");
          return usage_error ("check", CHECK_SYNOPSIS, message);
        }
    }
  else
    run.as_of = today ();

  if (!parse_status_lists (status_lists, "--status", run.filter, &error) ||
      !parse_status_lists (fail_on_lists, "--fail-on", run.fail_on, &error))
    return usage_error ("check", CHECK_SYNOPSIS, error->message);
  run.filtering = status_lists != NULL;

  if (calendar_path != NULL)
    {
      calendar = careplan_calendar_new_from_file (calendar_path, NULL, &error);
      if (calendar == NULL)
        {
          g_printerr ("careplan: %s\n", error->message);
          return EXIT_BAD;
        }
    }
  else
    calendar = careplan_calendar_new_default ();

  rulebook = careplan_rulebook_new_default ();
  engine = careplan_engine_new (rulebook, calendar);
  out = stdout_stream ();
  writer = careplan_findings_writer_new (out, format, run.as_of);
  run.engine = engine;
  run.writer = writer;

  if (inputs == NULL || inputs[0] == NULL)
    ok = check_stdin (&run, &error);
  else
    for (i = 0; ok && inputs[i] != NULL; i++)
      ok = check_argument (&run, inputs[i], &error);

  if (ok)
    ok = careplan_findings_writer_close (writer, &error);
  if (!ok)
    {
      g_printerr ("careplan: cannot write the findings: %s\n", error->message);
      return EXIT_BAD;
    }

  if (run.bad_input)
    return EXIT_BAD;
  return run.failed_on ? EXIT_FAILED_ON : EXIT_RAN;
}

/* rules */

static void
add_date_member (JsonBuilder  *builder,
                 const char   *name,
                 CareplanDate  date)
{
  json_builder_set_member_name (builder, name);
  if (date == CAREPLAN_DATE_NONE)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *iso = careplan_date_to_iso (date);

      json_builder_add_string_value (builder, iso);
    }
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
build_rule_json (JsonBuilder  *builder,
                 CareplanRule *rule)
{
  const char * const *names = careplan_rule_get_parameter_names (rule);
  guint i;

  json_builder_begin_object (builder);
  add_string_member (builder, "id", careplan_rule_get_id (rule));
  add_string_member (builder, "family", careplan_rule_get_family (rule));
  add_string_member (builder, "title", careplan_rule_get_title (rule));
  add_string_member (builder, "kind", careplan_rule_kind_to_string (careplan_rule_get_kind (rule)));
  add_string_member (builder, "status",
                     careplan_confirmation_to_string (careplan_rule_get_confirmation (rule)));

  json_builder_set_member_name (builder, "citation");
  json_builder_begin_object (builder);
  add_string_member (builder, "instrument", careplan_rule_get_instrument (rule));
  add_string_member (builder, "provision", careplan_rule_get_provision (rule));
  add_string_member (builder, "url", careplan_rule_get_url (rule));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "in_force");
  json_builder_begin_object (builder);
  add_date_member (builder, "from", careplan_rule_get_in_force_from (rule));
  add_date_member (builder, "until", careplan_rule_get_in_force_until (rule));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "parameters");
  json_builder_begin_array (builder);
  for (i = 0; names != NULL && names[i] != NULL; i++)
    {
      int value = 0;
      CareplanTimeUnit unit = CAREPLAN_TIME_UNIT_DAYS;

      if (!careplan_rule_get_parameter (rule, names[i], &value, &unit))
        continue;
      json_builder_begin_object (builder);
      add_string_member (builder, "name", names[i]);
      json_builder_set_member_name (builder, "value");
      json_builder_add_int_value (builder, value);
      add_string_member (builder, "unit", careplan_time_unit_to_string (unit));
      add_string_member (builder, "description",
                         careplan_rule_get_parameter_description (rule, names[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

static char *
rules_to_json (GListModel *rules)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint i, n = g_list_model_get_n_items (rules);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rules");
  json_builder_begin_array (builder);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);

      build_rule_json (builder, rule);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

static void
append_date (GString      *out,
             const char   *prefix,
             CareplanDate  date)
{
  g_autofree char *iso = careplan_date_to_iso (date);

  g_string_append (out, prefix);
  g_string_append (out, iso);
}

static void
append_rule_text (GString      *out,
                  CareplanRule *rule)
{
  const char * const *names = careplan_rule_get_parameter_names (rule);
  CareplanDate from = careplan_rule_get_in_force_from (rule);
  CareplanDate until = careplan_rule_get_in_force_until (rule);
  guint i;

  g_string_append_printf (out, "%s\n", careplan_rule_get_id (rule));
  g_string_append_printf (out, "  %s\n", careplan_rule_get_title (rule));
  g_string_append_printf (out, "  family: %s  kind: %s  status: %s\n",
                          careplan_rule_get_family (rule),
                          careplan_rule_kind_to_string (careplan_rule_get_kind (rule)),
                          careplan_confirmation_to_string (careplan_rule_get_confirmation (rule)));
  g_string_append_printf (out, "  citation: %s, %s\n",
                          careplan_rule_get_instrument (rule),
                          careplan_rule_get_provision (rule));
  g_string_append_printf (out, "            %s\n", careplan_rule_get_url (rule));
  g_string_append (out, "  in force");
  if (from == CAREPLAN_DATE_NONE && until == CAREPLAN_DATE_NONE)
    g_string_append (out, " on every date");
  if (from != CAREPLAN_DATE_NONE)
    append_date (out, " from ", from);
  if (until != CAREPLAN_DATE_NONE)
    append_date (out, " until ", until);
  g_string_append_c (out, '\n');
  for (i = 0; names != NULL && names[i] != NULL; i++)
    {
      int value = 0;
      CareplanTimeUnit unit = CAREPLAN_TIME_UNIT_DAYS;
      const char *description;

      if (!careplan_rule_get_parameter (rule, names[i], &value, &unit))
        continue;
      description = careplan_rule_get_parameter_description (rule, names[i]);
      g_string_append_printf (out, "  parameter %s = %d %s", names[i], value,
                              careplan_time_unit_to_string (unit));
      if (description != NULL && *description != '\0')
        g_string_append_printf (out, " (%s)", description);
      g_string_append_c (out, '\n');
    }
}

static int
finish_stdout (void)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      int saved_errno = errno;

      g_printerr ("careplan: cannot write the rules: %s\n", g_strerror (saved_errno));
      return EXIT_BAD;
    }
  return EXIT_RAN;
}

static int
cmd_rules (int    argc,
           char **argv)
{
  g_autofree char *format_text = NULL;
  g_auto(GStrv) rest = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      "Output format: text (default) or json", "FORMAT" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(GString) text = NULL;
  g_autofree char *json = NULL;
  CareplanFindingsFormat format = CAREPLAN_FINDINGS_FORMAT_TEXT;
  GListModel *rules;
  guint i, n;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Each rule with its family, title, kind, confirmation status, "
                                "citation, dates in force and parameters.");
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("careplan rules");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("rules", RULES_SYNOPSIS, error->message);
  if (rest != NULL && rest[0] != NULL)
    {
      g_autofree char *message = g_strdup_printf ("unexpected argument “%s”", rest[0]);
      return usage_error ("rules", RULES_SYNOPSIS, message);
    }
  if (format_text != NULL && !parse_format (format_text, FALSE, &format))
    {
      g_autofree char *message =
        g_strdup_printf ("--format: unknown format “%s” (expected text or json)", format_text);
      return usage_error ("rules", RULES_SYNOPSIS, message);
    }

  rulebook = careplan_rulebook_new_default ();
  rules = careplan_rulebook_get_rules (rulebook);

  if (format == CAREPLAN_FINDINGS_FORMAT_JSON)
    {
      json = rules_to_json (rules);
      /* Bytes as they are: g_print() would recode to the locale's charset. */
      fputs (json, stdout);
      fputc ('\n', stdout);
      return finish_stdout ();
    }

  text = g_string_new (NULL);
  n = g_list_model_get_n_items (rules);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      append_rule_text (text, rule);
    }
  fputs (text->str, stdout);
  return finish_stdout ();
}

int
main (int    argc,
      char **argv)
{
  const char *command;

  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_BAD;
    }

  command = argv[1];
  if (strcmp (command, "--version") == 0)
    {
      g_print ("careplan %s\n", PACKAGE_VERSION);
      return EXIT_RAN;
    }
  if (strcmp (command, "--help") == 0 || strcmp (command, "-h") == 0 ||
      (strcmp (command, "help") == 0 && argc == 2))
    {
      print_usage (stdout);
      return EXIT_RAN;
    }
  if (strcmp (command, "help") == 0)
    {
      /* "careplan help check" is "careplan check --help". */
      char *help_argv[] = { argv[2], (char *) "--help", NULL };

      if (argc > 3)
        {
          g_printerr ("careplan: help takes at most one command\n\n");
          print_usage (stderr);
          return EXIT_BAD;
        }
      if (strcmp (argv[2], "check") == 0)
        return cmd_check (2, help_argv);
      if (strcmp (argv[2], "rules") == 0)
        return cmd_rules (2, help_argv);
      g_printerr ("careplan: unknown command “%s”\n\n", argv[2]);
      print_usage (stderr);
      return EXIT_BAD;
    }

  /* The subcommand parses the rest; its own name stands in for argv[0]. */
  if (strcmp (command, "check") == 0)
    return cmd_check (argc - 1, argv + 1);
  if (strcmp (command, "rules") == 0)
    return cmd_rules (argc - 1, argv + 1);

  if (command[0] == '-')
    g_printerr ("careplan: unknown option “%s”\n\n", command);
  else
    g_printerr ("careplan: unknown command “%s”\n\n", command);
  print_usage (stderr);
  return EXIT_BAD;
}
