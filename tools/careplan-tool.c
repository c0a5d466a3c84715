/* careplan-tool.c: what the careplan tool's commands share
 *
 * The only things the tool does that the library must not are here:
 * reading the clock (the default as-of date), the file system and the
 * standard streams.  A bad input file is reported and skipped, like grep,
 * so that the others are still read; the command then exits 2.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-tool.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>

int
careplan_tool_usage_error (const char *command,
                           const char *synopsis,
                           const char *message)
{
  /* A short reminder rather than the whole --help: the message is what
   * matters, and the full text is one command away. */
  g_printerr ("careplan: %s\n\n"
              "Usage:\n"
              "  careplan %s %s\n"
              "\n"
              "Run 'careplan help %s' for the options.\n",
              message, command, synopsis, command);
  return CAREPLAN_EXIT_BAD;
}

gboolean
careplan_tool_parse_format (const char             *text,
                            gboolean                allow_csv,
                            CareplanFindingsFormat *format)
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

CareplanDate
careplan_tool_as_of (const char  *text,
                     GError     **error)
{
  g_autoptr(GDateTime) now = NULL;

  if (text != NULL)
    return careplan_date_parse_iso (text, error);

  now = g_date_time_new_now_local ();
  return careplan_date_new (g_date_time_get_year (now),
                            g_date_time_get_month (now),
                            g_date_time_get_day_of_month (now));
}

CareplanRulebook *
careplan_tool_rulebook (char   **policies,
                        GError **error)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  guint i;

  /* In order: a later policy may change what an earlier one defined. */
  for (i = 0; policies != NULL && policies[i] != NULL; i++)
    if (!careplan_policy_load_file (rulebook, policies[i], error))
      return NULL;
  return g_steal_pointer (&rulebook);
}

CareplanCalendar *
careplan_tool_calendar (const char  *feed_path,
                        GError     **error)
{
  if (feed_path != NULL)
    return careplan_calendar_new_from_file (feed_path, NULL, error);
  return careplan_calendar_new_default ();
}

void
careplan_tool_engine_options_clear (CareplanToolEngineOptions *options)
{
  g_clear_pointer (&options->as_of_text, g_free);
  g_clear_pointer (&options->format_text, g_free);
  g_clear_pointer (&options->calendar_path, g_free);
  g_clear_pointer (&options->policies, g_strfreev);
  g_clear_pointer (&options->ssda903_dir, g_free);
  g_clear_pointer (&options->inputs, g_strfreev);
}

void
careplan_tool_engine_options_add (CareplanToolEngineOptions *options,
                                  GOptionContext            *context,
                                  const char                *as_of_help,
                                  const GOptionEntry        *after_as_of,
                                  const GOptionEntry        *after_format)
{
  /* The main group copies the entries, so the tables can be local. */
  const GOptionEntry as_of[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &options->as_of_text, as_of_help, "DATE" },
    { NULL }
  };
  const GOptionEntry rules[] = {
    { "policy", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->policies,
      "Apply a local policy file (careplan-policy/1) to the rulebook; repeatable", "FILE" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options->format_text,
      "Output format: text (default), json or csv", "FORMAT" },
    { NULL }
  };
  const GOptionEntry sources[] = {
    { "calendar", 0, 0, G_OPTION_ARG_FILENAME, &options->calendar_path,
      "Use the bank holidays of a gov.uk bank-holidays JSON feed", "FEED.json" },
    { "ssda903", 0, 0, G_OPTION_ARG_FILENAME, &options->ssda903_dir,
      "Read the children of an SSDA903 return (a folder of CSV files)", "DIR" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options->inputs,
      NULL, "[FILE|DIR…]" },
    { NULL }
  };

  /* Not given: one thread per processor. */
  options->jobs = G_MININT;
  g_option_context_add_main_entries (context, as_of, NULL);
  if (after_as_of != NULL)
    g_option_context_add_main_entries (context, after_as_of, NULL);
  g_option_context_add_main_entries (context, rules, NULL);
  if (after_format != NULL)
    g_option_context_add_main_entries (context, after_format, NULL);
  g_option_context_add_main_entries (context, sources, NULL);
}

int
careplan_tool_engine_options_check (CareplanToolEngineOptions *options,
                                    const char                *command,
                                    const char                *synopsis)
{
  g_autoptr(GError) error = NULL;

  options->format = CAREPLAN_FINDINGS_FORMAT_TEXT;
  if (options->format_text != NULL &&
      !careplan_tool_parse_format (options->format_text, TRUE, &options->format))
    {
      g_autofree char *message =
        g_strdup_printf ("--format: unknown format “%s” (expected text, json or csv)",
                         options->format_text);
      return careplan_tool_usage_error (command, synopsis, message);
    }

  if (options->jobs == G_MININT)
    options->jobs = 0;
  else if (options->jobs < 1)
    return careplan_tool_usage_error (command, synopsis, "--jobs: give a number of threads, 1 or more");

  options->as_of = careplan_tool_as_of (options->as_of_text, &error);
  if (options->as_of == CAREPLAN_DATE_NONE)
    {
      g_autofree char *message =
        g_strdup_printf ("--as-of: %s", error != NULL ? error->message : "not a date");
      return careplan_tool_usage_error (command, synopsis, message);
    }

  return CAREPLAN_EXIT_RAN;
}

CareplanEngine *
careplan_tool_engine_options_new_engine (CareplanToolEngineOptions *options,
                                         const char                *command,
                                         const char                *synopsis)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar = NULL;
  g_autoptr(CareplanRulebook) rulebook = NULL;

  if (options->ssda903_dir != NULL && options->inputs != NULL && options->inputs[0] != NULL)
    {
      careplan_tool_usage_error (command, synopsis,
                                 "--ssda903 reads a return: give no FILE or DIR with it");
      return NULL;
    }

  calendar = careplan_tool_calendar (options->calendar_path, &error);
  if (calendar == NULL)
    {
      g_printerr ("careplan: %s\n", error->message);
      return NULL;
    }

  rulebook = careplan_tool_rulebook (options->policies, &error);
  if (rulebook == NULL)
    {
      g_printerr ("careplan: %s\n", error->message);
      return NULL;
    }

  return careplan_engine_new (rulebook, calendar);
}

GOutputStream *
careplan_tool_stdout_stream (void)
{
  g_autoptr(GOutputStream) raw = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  fflush (stdout);
  return g_buffered_output_stream_new_sized (raw, 64 * 1024);
}

int
careplan_tool_finish_stdout (const char *what)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      int saved_errno = errno;

      g_printerr ("careplan: cannot write the %s: %s\n", what, g_strerror (saved_errno));
      return CAREPLAN_EXIT_BAD;
    }
  return CAREPLAN_EXIT_RAN;
}

/* Inputs ------------------------------------------------------------------- */

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
  /* Ids only: nothing else of a child's record reaches standard error. */
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

static void
report_problems (GListModel *problems,
                 const char *input)
{
  guint i, n = problems != NULL ? g_list_model_get_n_items (problems) : 0;

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);

      report_problem (problem, input);
    }
}

static gboolean
each_child (GListModel             *children,
            const char             *input,
            CareplanToolChildFunc   func,
            gpointer                user_data,
            GError                **error)
{
  guint i, n = g_list_model_get_n_items (children);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);
      g_autoptr(GListModel) problems = careplan_child_validate (child);

      report_problems (problems, input);
      if (!func (child, input, user_data, error))
        return FALSE;
    }
  return TRUE;
}

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
                   "%s: %s", CAREPLAN_STDIN_NAME, g_strerror (saved_errno));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static gboolean
read_file (CareplanToolInputs     *inputs,
           const char             *path,
           CareplanToolChildFunc   func,
           gpointer                user_data,
           GError                **error)
{
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GListModel) problems = NULL;

  if (inputs->keep_going)
    children = careplan_record_load_file_keep_going (path, &problems, &local_error);
  else
    children = careplan_record_load_file (path, &local_error);
  if (children == NULL)
    {
      /* The reader's message names the file, position and field. */
      g_printerr ("careplan: %s\n", local_error->message);
      inputs->bad_input = TRUE;
      return TRUE;
    }
  for (guint i = 0; problems != NULL && i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);

      /* A child left out is bad input: the run still exits 2. */
      g_printerr ("careplan: %s\n", careplan_problem_get_message (problem));
      inputs->bad_input = TRUE;
    }
  return each_child (children, path, func, user_data, error);
}

static gboolean
read_standard_input (CareplanToolInputs     *inputs,
                     CareplanToolChildFunc   func,
                     gpointer                user_data,
                     GError                **error)
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
                                            CAREPLAN_STDIN_NAME, &local_error);
    }
  if (children == NULL)
    {
      g_printerr ("careplan: %s\n", local_error->message);
      inputs->bad_input = TRUE;
      return TRUE;
    }
  return each_child (children, CAREPLAN_STDIN_NAME, func, user_data, error);
}

static gboolean
read_argument (CareplanToolInputs     *inputs,
               const char             *argument,
               CareplanToolChildFunc   func,
               gpointer                user_data,
               GError                **error)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GError) local_error = NULL;
  guint i;

  if (strcmp (argument, "-") == 0)
    return read_standard_input (inputs, func, user_data, error);

  if (!g_file_test (argument, G_FILE_TEST_EXISTS))
    {
      g_printerr ("careplan: %s: no such file or directory\n", argument);
      inputs->bad_input = TRUE;
      return TRUE;
    }

  if (!g_file_test (argument, G_FILE_TEST_IS_DIR))
    return read_file (inputs, argument, func, user_data, error);

  files = list_json_files (argument, &local_error);
  if (files == NULL)
    {
      g_printerr ("careplan: %s\n", local_error->message);
      inputs->bad_input = TRUE;
      return TRUE;
    }
  for (i = 0; i < files->len; i++)
    if (!read_file (inputs, g_ptr_array_index (files, i), func, user_data, error))
      return FALSE;
  return TRUE;
}

typedef struct
{
  CareplanToolInputs     *inputs;
  CareplanToolChildFunc   func;
  gpointer                user_data;
} Ssda903Reading;

static gboolean
ssda903_child (CareplanChild  *child,
               GListModel     *problems,
               gpointer        user_data,
               GError        **error)
{
  Ssda903Reading *reading = user_data;
  g_autoptr(GListModel) validation = NULL;

  /* The reader's problems (file, line, column), then the record's. */
  report_problems (problems, reading->inputs->ssda903_dir);
  if (child == NULL)
    return TRUE;
  validation = careplan_child_validate (child);
  report_problems (validation, reading->inputs->ssda903_dir);
  if (!reading->func (child, reading->inputs->ssda903_dir, reading->user_data, error))
    {
      reading->inputs->stopped = TRUE;
      return FALSE;
    }
  return TRUE;
}

/* The SSDA903 reader indexes the return's rows, then hands on one child
 * at a time: a return of any size is never held whole. */
static gboolean
read_ssda903 (CareplanToolInputs     *inputs,
              CareplanToolChildFunc   func,
              gpointer                user_data,
              GError                **error)
{
  Ssda903Reading reading = { inputs, func, user_data };
  g_autoptr(GError) local_error = NULL;

  inputs->stopped = FALSE;
  if (careplan_ssda903_read_dir (inputs->ssda903_dir, 0, ssda903_child, &reading, &local_error))
    return TRUE;
  if (inputs->stopped)
    {
      /* @func's error: nothing further can be done. */
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  g_printerr ("careplan: %s\n", local_error->message);
  inputs->bad_input = TRUE;
  return TRUE;
}

gboolean
careplan_tool_for_each_child (CareplanToolInputs     *inputs,
                              CareplanToolChildFunc   func,
                              gpointer                user_data,
                              GError                **error)
{
  guint i;

  if (inputs->ssda903_dir != NULL)
    return read_ssda903 (inputs, func, user_data, error);

  if (inputs->inputs == NULL || inputs->inputs[0] == NULL)
    return read_standard_input (inputs, func, user_data, error);

  for (i = 0; inputs->inputs[i] != NULL; i++)
    if (!read_argument (inputs, inputs->inputs[i], func, user_data, error))
      return FALSE;
  return TRUE;
}
