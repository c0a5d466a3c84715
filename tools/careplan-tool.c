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
#include "careplan-terminal-stream.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gio/gunixinputstream.h>
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
  g_clear_pointer (&options->max_file_size_text, g_free);
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
    { "max-file-size", 0, 0, G_OPTION_ARG_STRING, &options->max_file_size_text,
      CAREPLAN_TOOL_MAX_FILE_SIZE_HELP, "SIZE" },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &options->strict,
      "Refuse a child given in two inputs (exit 2); without it the first is kept", NULL },
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

gboolean
careplan_tool_parse_size (const char  *text,
                          guint64     *bytes,
                          char       **message)
{
  guint64 number = 0;
  guint shift = 0;
  const char *end = NULL;

  if (g_ascii_isdigit (text[0]))
    number = g_ascii_strtoull (text, (char **) &end, 10);
  if (end != NULL)
    {
      switch (g_ascii_toupper (*end))
        {
        case 'K': shift = 10; end++; break;
        case 'M': shift = 20; end++; break;
        case 'G': shift = 30; end++; break;
        default: break;
        }
      if (shift > 0 && g_ascii_strcasecmp (end, "iB") == 0)
        end += 2;
    }
  if (end == NULL || *end != '\0' || number == 0 || number > (G_MAXUINT64 >> shift))
    {
      g_autofree char *shown = careplan_tool_escape (text);

      *message = g_strdup_printf ("--max-file-size: “%s” is not a size (a number of bytes, "
                                  "or of KiB, MiB or GiB with K, M or G after it: 200M)", shown);
      return FALSE;
    }
  *bytes = number << shift;
  return TRUE;
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

  if (options->max_file_size_text != NULL)
    {
      g_autofree char *message = NULL;

      if (!careplan_tool_parse_size (options->max_file_size_text, &options->max_file_size,
                                     &message))
        return careplan_tool_usage_error (command, synopsis, message);
    }

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
      careplan_tool_print_error (error->message);
      return NULL;
    }

  rulebook = careplan_tool_rulebook (options->policies, &error);
  if (rulebook == NULL)
    {
      careplan_tool_print_error (error->message);
      return NULL;
    }

  return careplan_engine_new (rulebook, calendar);
}

GOutputStream *
careplan_tool_stdout_stream (void)
{
  g_autoptr(GOutputStream) raw = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

  fflush (stdout);
  /* A terminal gets control characters shown, not obeyed, whatever the
   * format; a file or a pipe gets the bytes as they are. */
  if (isatty (STDOUT_FILENO))
    {
      g_autoptr(GOutputStream) shown = careplan_terminal_stream_new (raw);

      return g_buffered_output_stream_new_sized (shown, 64 * 1024);
    }
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

/* Text for the terminal ----------------------------------------------------- */

/* Escapes what could drive a terminal or forge a line: C0 and C1 control
 * characters and DEL become \n, \r, \t or \xNN, and bytes that are not
 * UTF-8 \xNN.  @keep_newlines keeps '\n' (for the tool's own multi-line
 * texts).  Past @max_bytes the text is cut, saying how much was left out. */
static char *
escape_text (const char *text,
             gboolean    keep_newlines,
             gsize       max_bytes)
{
  GString *out = g_string_sized_new (strlen (text) + 16);
  const char *p = text;
  const char *end = text + strlen (text);

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (out->len >= max_bytes)
        {
          g_string_append_printf (out, "… (%" G_GSIZE_FORMAT " more bytes)", (gsize) (end - p));
          break;
        }
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guint) (guchar) *p);
          p++;
          continue;
        }
      if (c == '\n' && keep_newlines)
        g_string_append_c (out, '\n');
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }

  return g_string_free (out, FALSE);
}

char *
careplan_tool_escape (const char *text)
{
  return escape_text (text != NULL ? text : "", FALSE, CAREPLAN_TOOL_MAX_MESSAGE_BYTES);
}

void
careplan_tool_append_escaped (GString    *out,
                              const char *text)
{
  g_autofree char *shown = escape_text (text != NULL ? text : "", FALSE, G_MAXSIZE);

  g_string_append (out, shown);
}

void
careplan_tool_print_error (const char *message)
{
  g_autofree char *shown = careplan_tool_escape (message);

  g_printerr ("careplan: %s\n", shown);
}

/* Every g_printerr() of the tool goes through here: whatever a message
 * holds, no escape sequence reaches the terminal.  Newlines are kept (the
 * tool's usage texts have them); values that could hold one are escaped
 * where they are printed (careplan_tool_escape()). */
static void
printerr_guard (const char *string)
{
  g_autofree char *shown = escape_text (string, TRUE, G_MAXSIZE);
  const char *charset;

  if (g_get_console_charset (&charset))
    fputs (shown, stderr);
  else
    {
      g_autofree char *converted = g_convert_with_fallback (shown, -1, charset, "UTF-8", "?",
                                                            NULL, NULL, NULL);

      fputs (converted != NULL ? converted : shown, stderr);
    }
  fflush (stderr);
}

void
careplan_tool_guard_stderr (void)
{
  g_set_printerr_handler (printerr_guard);
}

void
careplan_tool_print_problem (CareplanProblem *problem,
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
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *shown = NULL;

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
  careplan_tool_print_error (text->str);
}

int
careplan_tool_compare_problems (gconstpointer a,
                                gconstpointer b)
{
  CareplanProblem *pa = *(CareplanProblem * const *) a;
  CareplanProblem *pb = *(CareplanProblem * const *) b;
  int order = g_strcmp0 (careplan_problem_get_file (pa), careplan_problem_get_file (pb));
  guint la, lb, ca, cb;

  if (order != 0)
    return order;
  la = careplan_problem_get_line (pa);
  lb = careplan_problem_get_line (pb);
  if (la != lb)
    return la < lb ? -1 : 1;
  ca = careplan_problem_get_column (pa);
  cb = careplan_problem_get_column (pb);
  return (ca > cb) - (ca < cb);
}

/* Inputs ------------------------------------------------------------------- */

static void
report_problems (GListModel *problems,
                 const char *input)
{
  guint i, n = problems != NULL ? g_list_model_get_n_items (problems) : 0;

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);

      careplan_tool_print_problem (problem, input);
    }
}

/* A child given in two inputs is counted once: the first is kept and the
 * later one reported and skipped (or, with --strict, refused: exit 2).
 * Returns FALSE for a child to skip. */
static gboolean
first_time_seen (CareplanToolInputs *inputs,
                 CareplanChild      *child,
                 const char         *input)
{
  const char *id = careplan_child_get_id (child);
  /* One copy of each input's name (a few, from the command line), not
   * one a child: at a million children that was 50 MB. */
  const char *here = g_intern_string (input);
  const char *first;

  if (inputs->seen == NULL)
    inputs->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  first = g_hash_table_lookup (inputs->seen, id);
  if (first == NULL)
    {
      g_hash_table_insert (inputs->seen, g_strdup (id), (gpointer) here);
      return TRUE;
    }

  {
    g_autofree char *message = NULL;

    if (inputs->strict)
      {
        message = g_strdup_printf ("%s: child %s: given again (first in %s); --strict refuses "
                                   "a child given twice", here, id, first);
        inputs->bad_input = TRUE;
      }
    else
      message = g_strdup_printf ("%s: warning: child %s: given again (first in %s); counted "
                                 "once, the first is kept", here, id, first);
    careplan_tool_print_error (message);
  }
  return FALSE;
}

typedef struct
{
  CareplanToolInputs     *inputs;
  const char             *input;
  CareplanToolChildFunc   func;
  gpointer                user_data;
  GError                 *error;      /* what @func failed with */
} EachChild;

static gboolean
each_child (CareplanChild *child,
            gpointer       user_data)
{
  EachChild *each = user_data;
  g_autoptr(GListModel) problems = NULL;

  if (!first_time_seen (each->inputs, child, each->input))
    return TRUE;

  problems = careplan_child_validate (child);
  report_problems (problems, each->input);
  return each->func (child, each->input, each->user_data, &each->error);
}

static gboolean
each_child_of_list (EachChild  *each,
                    GListModel *children)
{
  guint i, n = g_list_model_get_n_items (children);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);

      if (!each_child (child, each))
        return FALSE;
    }
  return TRUE;
}

/* After a file or stream: its problems (each child left out is bad
 * input: the run exits 2), its error, and whether @func failed. */
static gboolean
finish_input (EachChild   *each,
              gboolean     read,
              GListModel  *problems,
              GError      *read_error,
              GError     **error)
{
  for (guint i = 0; problems != NULL && i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);

      careplan_tool_print_error (careplan_problem_get_message (problem));
      each->inputs->bad_input = TRUE;
    }
  if (each->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&each->error));
      return FALSE;
    }
  if (!read)
    {
      /* The reader's message names the file, position and field. */
      careplan_tool_print_error (read_error->message);
      each->inputs->bad_input = TRUE;
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
 * output does not depend on the locale or the file system.  A folder
 * with none is an error naming what it holds. */
static GPtrArray *
list_json_files (const char  *dir,
                 GError     **error)
{
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
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
      if (name[0] == '.')
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_str_has_suffix (name, ".json") && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_ptr_array_add (paths, g_steal_pointer (&path));
      else
        g_ptr_array_add (others, g_strdup (name));
    }

  if (paths->len == 0)
    {
      g_autoptr(GString) found = g_string_new (NULL);

      g_ptr_array_sort (others, compare_names);
      for (guint i = 0; i < others->len && i < 5; i++)
        g_string_append_printf (found, "%s%s", i > 0 ? ", " : "",
                                (const char *) g_ptr_array_index (others, i));
      if (others->len > 5)
        g_string_append_printf (found, " and %u more", others->len - 5);
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "%s: nothing careplan can read: no *.json file (%s%s)", dir,
                   others->len == 0 ? "the folder is empty" : "it holds ",
                   found->str);
      return NULL;
    }

  g_ptr_array_sort (paths, compare_names);
  return g_steal_pointer (&paths);
}

static gboolean
collect_child (CareplanChild *child,
               gpointer       user_data)
{
  g_list_store_append (user_data, child);
  return TRUE;
}

/* Without --keep-going a file with a bad child is refused whole, so its
 * children can be handed on only once all of it has been read.  A file of
 * up to this many bytes is read once, its children held until its end
 * (they take about three times the file's size: some 50 MiB for 10,000
 * children of 1.6 KB); a larger one is read through once to check it and
 * again to use it, so that memory stays bounded whatever the file. */
#define READ_ONCE_MAX_BYTES (16 * 1024 * 1024)

static gboolean
hold_child (CareplanChild *child,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_object_ref (child));
  return TRUE;
}

static gboolean
ignore_child (CareplanChild *child,
              gpointer       user_data)
{
  return TRUE;
}

static gboolean
read_file (CareplanToolInputs     *inputs,
           const char             *path,
           CareplanToolChildFunc   func,
           gpointer                user_data,
           GError                **error)
{
  EachChild each = { inputs, path, func, user_data, NULL };
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean read;

  if (!inputs->keep_going)
    {
      g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);
      GStatBuf info;

      if (g_stat (path, &info) != 0 || info.st_size > READ_ONCE_MAX_BYTES)
        {
          /* Checked through first, then read again below to be used. */
          if (!careplan_record_foreach_file (path, FALSE, ignore_child, NULL, NULL, &local_error))
            return finish_input (&each, FALSE, NULL, local_error, error);
        }
      else
        {
          /* Read once: the children held are handed on at its end. */
          if (!careplan_record_foreach_file (path, FALSE, hold_child, children, &problems,
                                             &local_error))
            return finish_input (&each, FALSE, NULL, local_error, error);
          for (guint i = 0; i < children->len; i++)
            if (!each_child (g_ptr_array_index (children, i), &each))
              break;
          return finish_input (&each, TRUE, problems, NULL, error);
        }
    }

  /* One child at a time: a caseload file is never held whole. */
  read = careplan_record_foreach_file (path, inputs->keep_going, each_child, &each,
                                       &problems, &local_error);
  return finish_input (&each, read, problems, local_error, error);
}

static gboolean
read_standard_input (CareplanToolInputs     *inputs,
                     CareplanToolChildFunc   func,
                     gpointer                user_data,
                     GError                **error)
{
  EachChild each = { inputs, CAREPLAN_STDIN_NAME, func, user_data, NULL };
  g_autoptr(GInputStream) stream = g_unix_input_stream_new (STDIN_FILENO, FALSE);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GListStore) children = NULL;
  gboolean read;

  if (inputs->keep_going)
    {
      read = careplan_record_foreach_stream (stream, CAREPLAN_STDIN_NAME, TRUE, each_child,
                                             &each, &problems, NULL, &local_error);
      return finish_input (&each, read, problems, local_error, error);
    }

  /* Standard input cannot be read twice: its children are held until it
   * has all been read, so that a bad one refuses it whole. */
  children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  read = careplan_record_foreach_stream (stream, CAREPLAN_STDIN_NAME, FALSE, collect_child,
                                         children, NULL, NULL, &local_error);
  if (read)
    each_child_of_list (&each, G_LIST_MODEL (children));
  return finish_input (&each, read, NULL, local_error, error);
}

static const char *
describe_file_type (GStatBuf *info)
{
  if (S_ISCHR (info->st_mode))
    return "a character device";
  if (S_ISBLK (info->st_mode))
    return "a block device";
  if (S_ISFIFO (info->st_mode))
    return "a FIFO";
  if (S_ISSOCK (info->st_mode))
    return "a socket";
  return "not a regular file";
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
  GStatBuf info;
  guint i;

  if (strcmp (argument, "-") == 0)
    return read_standard_input (inputs, func, user_data, error);

  if (g_stat (argument, &info) != 0)
    {
      int saved_errno = errno;
      g_autofree char *message = g_strdup_printf ("%s: %s", argument,
                                                  saved_errno == ENOENT ? "no such file or directory"
                                                                        : g_strerror (saved_errno));

      careplan_tool_print_error (message);
      inputs->bad_input = TRUE;
      return TRUE;
    }

  if (S_ISREG (info.st_mode))
    return read_file (inputs, argument, func, user_data, error);

  if (!S_ISDIR (info.st_mode))
    {
      /* A device such as /dev/zero would never end: give '-' to read
       * standard input. */
      g_autofree char *message =
        g_strdup_printf ("%s: cannot read: %s (careplan reads regular files, folders of them, "
                         "or '-' for standard input)", argument, describe_file_type (&info));

      careplan_tool_print_error (message);
      inputs->bad_input = TRUE;
      return TRUE;
    }

  files = list_json_files (argument, &local_error);
  if (files == NULL)
    {
      careplan_tool_print_error (local_error->message);
      inputs->bad_input = TRUE;
      return TRUE;
    }
  for (i = 0; i < files->len; i++)
    if (!read_file (inputs, g_ptr_array_index (files, i), func, user_data, error))
      return FALSE;
  return TRUE;
}

/* One child of the streamed return: the reader's problems (file, line,
 * column), then the same handling as a record file's child (counted once,
 * validated, handed to @func). */
static gboolean
ssda903_child (CareplanChild  *child,
               GListModel     *problems,
               gpointer        user_data,
               GError        **error)
{
  EachChild *each = user_data;

  report_problems (problems, each->input);
  if (child == NULL)
    return TRUE;
  if (!each_child (child, each))
    {
      each->inputs->stopped = TRUE;
      if (each->error != NULL)
        g_propagate_error (error, g_steal_pointer (&each->error));
      else
        g_set_error_literal (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED, "stopped");
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
  EachChild each = { inputs, inputs->ssda903_dir, func, user_data, NULL };
  g_autoptr(GError) local_error = NULL;

  inputs->stopped = FALSE;
  if (careplan_ssda903_read_dir_full (inputs->ssda903_dir, 0, inputs->ssda903_max_file_size,
                                      ssda903_child, &each, &local_error))
    return TRUE;
  if (inputs->stopped)
    {
      /* @func's error: nothing further can be done. */
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  careplan_tool_print_error (local_error->message);
  inputs->bad_input = TRUE;
  return TRUE;
}

static gboolean
for_each_input (CareplanToolInputs     *inputs,
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

gboolean
careplan_tool_for_each_child (CareplanToolInputs     *inputs,
                              CareplanToolChildFunc   func,
                              gpointer                user_data,
                              GError                **error)
{
  gboolean ok = for_each_input (inputs, func, user_data, error);

  g_clear_pointer (&inputs->seen, g_hash_table_unref);
  return ok;
}

/* Outputs ------------------------------------------------------------------ */

struct _CareplanToolOutput
{
  char          *path;        /* NULL: standard output */
  char          *temp_path;
  int            fd;
  GOutputStream *stream;
  gboolean       committed;
};

static gboolean
same_file (GStatBuf *a,
           GStatBuf *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

/* Whether @target is @input, or a file directly in the folder @input. */
static gboolean
is_input (GStatBuf   *target,
          const char *input)
{
  GStatBuf info;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (strcmp (input, "-") == 0 || g_stat (input, &info) != 0)
    return FALSE;
  if (same_file (target, &info))
    return TRUE;
  if (!S_ISDIR (info.st_mode) || (dir = g_dir_open (input, 0, NULL)) == NULL)
    return FALSE;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (input, name, NULL);

      if (g_stat (path, &info) == 0 && same_file (target, &info))
        return TRUE;
    }
  return FALSE;
}

CareplanToolOutput *
careplan_tool_output_open (const char          *path,
                           const char * const  *inputs,
                           GError             **error)
{
  g_autoptr(CareplanToolOutput) self = g_new0 (CareplanToolOutput, 1);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autoptr(GOutputStream) raw = NULL;
  GStatBuf info;
  gboolean exists;
  mode_t mode;
  mode_t mask;

  self->fd = -1;
  if (strcmp (path, "-") == 0)
    {
      self->stream = careplan_tool_stdout_stream ();
      return g_steal_pointer (&self);
    }

  exists = g_lstat (path, &info) == 0;
  if (!exists && errno != ENOENT)
    {
      int saved_errno = errno;

      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: cannot write: %s",
                   path, g_strerror (saved_errno));
      return NULL;
    }
  if (exists && !S_ISREG (info.st_mode))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "%s: will not write: %s (careplan writes a regular file or a new path, "
                   "or '-' for standard output)", path,
                   S_ISLNK (info.st_mode) ? "a symbolic link"
                   : S_ISDIR (info.st_mode) ? "a directory" : describe_file_type (&info));
      return NULL;
    }
  for (guint i = 0; exists && inputs != NULL && inputs[i] != NULL; i++)
    if (is_input (&info, inputs[i]))
      {
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                     "%s: will not write: it is an input of this run (%s)", path, inputs[i]);
        return NULL;
      }

  /* A temporary file beside the target, renamed over it only once it is
   * whole and on disk: a reader (or a full disk) never sees half of it. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  self->temp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  self->fd = g_mkstemp_full (self->temp_path, O_RDWR | O_CLOEXEC, 0600);
  if (self->fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: cannot write: %s",
                   path, g_strerror (saved_errno));
      return NULL;
    }
  mask = umask (0);
  umask (mask);
  mode = exists ? (info.st_mode & 07777) : (0666 & ~mask);
  if (fchmod (self->fd, mode) != 0)
    {
      /* Not fatal: the file keeps mkstemp's 0600. */
    }

  self->path = g_strdup (path);
  raw = g_unix_output_stream_new (self->fd, FALSE);
  self->stream = g_buffered_output_stream_new_sized (raw, 64 * 1024);
  return g_steal_pointer (&self);
}

GOutputStream *
careplan_tool_output_get_stream (CareplanToolOutput *self)
{
  return self->stream;
}

gboolean
careplan_tool_output_commit (CareplanToolOutput  *self,
                             GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *dir = NULL;
  int dir_fd;

  if (self->path == NULL)
    {
      if (!g_output_stream_flush (self->stream, NULL, &local_error))
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "standard output: %s",
                       local_error->message);
          return FALSE;
        }
      self->committed = TRUE;
      return TRUE;
    }

  if (!g_output_stream_flush (self->stream, NULL, &local_error))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: cannot write: %s "
                   "(nothing replaced)", self->path, local_error->message);
      return FALSE;
    }
  if (fsync (self->fd) != 0 || close (self->fd) != 0)
    {
      int saved_errno = errno;

      self->fd = -1;
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: cannot write: %s "
                   "(nothing replaced)", self->path, g_strerror (saved_errno));
      return FALSE;
    }
  self->fd = -1;
  if (g_rename (self->temp_path, self->path) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: cannot write: %s",
                   self->path, g_strerror (saved_errno));
      return FALSE;
    }
  self->committed = TRUE;

  /* The rename itself on disk. */
  dir = g_path_get_dirname (self->path);
  dir_fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
}

void
careplan_tool_output_free (CareplanToolOutput *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  if (self->fd >= 0)
    close (self->fd);
  if (!self->committed && self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}
