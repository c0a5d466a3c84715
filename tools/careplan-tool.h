/* careplan-tool.h: what the careplan tool's own commands share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * check, due and rules live in tools/careplan-<name>.c and share the
 * helpers of careplan-tool.c: reading the inputs (files, directories,
 * standard input, an SSDA903 folder), the as-of date, a policy file, and
 * the usage messages.  The other helpers' commands (import, measures) are
 * declared in careplan-commands.h.
 */

#pragma once

#include <stdio.h>

#include <careplan.h>

G_BEGIN_DECLS

#define CAREPLAN_EXIT_RAN        0
#define CAREPLAN_EXIT_FAILED_ON  1
#define CAREPLAN_EXIT_BAD        2

/* How messages name standard input. */
#define CAREPLAN_STDIN_NAME "<stdin>"

int           careplan_cmd_check             (int                      argc,
                                              char                   **argv);
int           careplan_cmd_due               (int                      argc,
                                              char                   **argv);
int           careplan_cmd_rules             (int                      argc,
                                              char                   **argv);
/* The plan-content catalogue, as `careplan rules --family plan-content`
 * prints it: @format is "text", "json" or "markdown" (a page section). */
void          careplan_tool_append_plan_content (GString              *out,
                                                 const char           *format);

/* Messages are cut past this many bytes. */
#define CAREPLAN_TOOL_MAX_MESSAGE_BYTES 2000

/* @text made safe for a terminal: control characters (ESC, newline, …)
 * and bytes that are not UTF-8 shown as \x1b, \n, \xNN; cut when long. */
char         *careplan_tool_escape           (const char              *text);
/* Appends @text (nullable) to @out escaped as careplan_tool_escape() does,
 * whole: for values in the tool's own text output. */
void          careplan_tool_append_escaped   (GString                 *out,
                                              const char              *text);
/* "careplan: MESSAGE" on standard error, escaped. */
void          careplan_tool_print_error      (const char              *message);
/* "careplan: FILE:LINE:COLUMN: warning: child ID: PATH.FIELD: MESSAGE". */
void          careplan_tool_print_problem    (CareplanProblem         *problem,
                                              const char              *input);
/* Makes every g_printerr() escape control characters (newlines kept). */
void          careplan_tool_guard_stderr     (void);

/* "careplan: MESSAGE", the command's synopsis, and where its help is;
 * returns CAREPLAN_EXIT_BAD. */
int           careplan_tool_usage_error      (const char              *command,
                                              const char              *synopsis,
                                              const char              *message);
gboolean      careplan_tool_parse_format     (const char              *text,
                                              gboolean                 allow_csv,
                                              CareplanFindingsFormat  *format);
/* --as-of: @text, or today when it is NULL.  CAREPLAN_DATE_NONE with
 * @error set for a bad date. */
CareplanDate  careplan_tool_as_of            (const char              *text,
                                              GError                 **error);
/* The default rulebook, with the policy files of @policies (NULL-terminated,
 * or NULL) applied in order; NULL with the reader's error
 * (file:line:column: field). */
CareplanRulebook *careplan_tool_rulebook     (char                   **policies,
                                              GError                 **error);
/* The calendar of --calendar FEED.json, or the built-in one. */
CareplanCalendar *careplan_tool_calendar     (const char              *feed_path,
                                              GError                 **error);
GOutputStream *careplan_tool_stdout_stream   (void);

/* iCalendar (RFC 5545) output of deadlines, in careplan-ics.c: begin, one
 * all-day event per finding (by its due date), end. */
void          careplan_tool_ics_begin        (GString                 *out,
                                              const char              *name);
void          careplan_tool_ics_append       (GString                 *out,
                                              CareplanFinding         *finding,
                                              CareplanDate             as_of);
void          careplan_tool_ics_end          (GString                 *out);

/* The rules as `careplan rules --format json` writes them, and one rule's
 * object of that document (careplan-rules-cmd.c). */
char         *careplan_tool_rules_to_json    (GListModel              *rules);
char         *careplan_tool_rule_to_json     (CareplanRule            *rule);

/* Deadlines soonest first: by due date, then child id, then rule id (for
 * g_list_store_sort() on findings). */
int           careplan_tool_compare_deadlines (gconstpointer           a,
                                               gconstpointer           b,
                                               gpointer                user_data);
/* Problems in the order careplan_ssda903_load_dir() gives them: by file,
 * line and column (for g_ptr_array_sort(), which is stable). */
int           careplan_tool_compare_problems (gconstpointer           a,
                                              gconstpointer           b);
/* --max-file-size SIZE: the most bytes the SSDA903 reader reads from one
 * CSV file of a return.  How its help reads, and the parser: a number of
 * bytes, or of KiB, MiB or GiB with a K, M or G after it (1.5G is not
 * accepted).  FALSE, with a message for --max-file-size, when @text is
 * none of those or 0. */
#define CAREPLAN_TOOL_MAX_FILE_SIZE_HELP \
  "Refuse an SSDA903 CSV file bigger than SIZE bytes (K, M, G: KiB, MiB, GiB; default 1G)"
gboolean      careplan_tool_parse_size       (const char              *text,
                                              guint64                 *bytes,
                                              char                   **message);
/* Flushes standard output; CAREPLAN_EXIT_BAD naming @what if it failed. */
int           careplan_tool_finish_stdout    (const char              *what);

/* Called for each child of the inputs, after its validation problems
 * were printed as warnings.  Returns FALSE (with @error) only when
 * nothing further can be done, e.g. the output failed. */
typedef gboolean (*CareplanToolChildFunc) (CareplanChild  *child,
                                           const char     *input,
                                           gpointer        user_data,
                                           GError        **error);

typedef struct
{
  char       **inputs;          /* FILE|DIR|- …; NULL or empty: standard input */
  const char  *ssda903_dir;     /* instead of @inputs, when not NULL */
  gboolean     keep_going;      /* a bad child is reported and skipped, not its whole file */
  gboolean     strict;          /* a child given in two inputs is refused (exit 2), not counted once */
  guint64      ssda903_max_file_size;  /* --max-file-size; 0: the library's default */
  gboolean     bad_input;       /* set when an input was reported and skipped */
  gboolean     stopped;         /* internal: the child function failed */
  GHashTable  *seen;            /* private: child id → where it was first given */
} CareplanToolInputs;

/* Reads each input in turn and calls @func on each child: one child at a
 * time, so a caseload is never held whole.  A bad input is reported on
 * standard error and skipped (the others are still read).  Inputs are
 * regular files, folders (their *.json files; a folder with none is bad
 * input naming what it holds) or '-'; a device or FIFO is refused.  A
 * child id given in a second input is reported and that second copy
 * skipped: the first one wins and the child is counted once (with
 * @inputs->strict it is bad input).  Returns FALSE only when @func does. */
gboolean      careplan_tool_for_each_child   (CareplanToolInputs       *inputs,
                                              CareplanToolChildFunc     func,
                                              gpointer                  user_data,
                                              GError                  **error);

/* The options check and due share: what to read, at which date, with
 * which rules and calendar, and how to write what they find. */
typedef struct
{
  char                   *as_of_text;
  char                   *format_text;
  char                   *calendar_path;
  char                  **policies;
  char                   *ssda903_dir;
  char                   *max_file_size_text;
  char                  **inputs;
  int                     jobs;         /* --jobs; after _check(), 0: one per processor */
  gboolean                strict;

  /* Set by careplan_tool_engine_options_check(). */
  guint64                 max_file_size;  /* 0: the SSDA903 reader's default */
  CareplanDate            as_of;
  CareplanFindingsFormat  format;
} CareplanToolEngineOptions;

/* --jobs, for the commands that evaluate on several threads (check, due):
 * an entry of their own tables.  Read by careplan_tool_engine_options_check(). */
#define CAREPLAN_TOOL_JOBS_ENTRY(options) \
  { "jobs", 'j', 0, G_OPTION_ARG_INT, &(options).jobs, \
    "Evaluate on N threads (default: one per processor); the output is the same for any N", "N" }

void          careplan_tool_engine_options_clear (CareplanToolEngineOptions *options);
/* Adds to @context's main group, in this (--help) order: --as-of described
 * by @as_of_help, the command's @after_as_of, --policy, --format, the
 * command's @after_format, --calendar, --ssda903 (when built in) and the
 * FILE|DIR arguments.  The two tables end with a { NULL } entry, or are
 * NULL. */
void          careplan_tool_engine_options_add   (CareplanToolEngineOptions *options,
                                                  GOptionContext            *context,
                                                  const char                *as_of_help,
                                                  const GOptionEntry        *after_as_of,
                                                  const GOptionEntry        *after_format);
/* Reads --format and --as-of; CAREPLAN_EXIT_RAN, or the usage error's
 * status (the message names @command and shows @synopsis). */
int           careplan_tool_engine_options_check (CareplanToolEngineOptions *options,
                                                  const char                *command,
                                                  const char                *synopsis);
/* Refuses --ssda903 with FILE or DIR arguments, then makes the engine of
 * --calendar and --policy; NULL, with the problem printed, when the command
 * must exit CAREPLAN_EXIT_BAD. */
CareplanEngine *careplan_tool_engine_options_new_engine (CareplanToolEngineOptions *options,
                                                         const char                *command,
                                                         const char                *synopsis);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CareplanToolEngineOptions, careplan_tool_engine_options_clear)

/* -o FILE, for every command that has it.  Writes go to a temporary file
 * beside @path, which replaces @path only when
 * careplan_tool_output_commit() has written, flushed and fsynced all of
 * it; freed without a commit, the temporary file is removed and @path is
 * as it was.  Refused (CAREPLAN_ERROR_IO, the command exits 2): a
 * directory, a symbolic link, a device, a FIFO or a socket at @path, and
 * a file that is one of @inputs (NULL-terminated paths this run reads;
 * for a folder, any file directly in it).  "-" is standard output. */
typedef struct _CareplanToolOutput CareplanToolOutput;

CareplanToolOutput *careplan_tool_output_open       (const char          *path,
                                                     const char * const  *inputs,
                                                     GError             **error);
GOutputStream      *careplan_tool_output_get_stream (CareplanToolOutput  *self);
gboolean            careplan_tool_output_commit     (CareplanToolOutput  *self,
                                                     GError             **error);
void                careplan_tool_output_free       (CareplanToolOutput  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareplanToolOutput, careplan_tool_output_free)

G_END_DECLS
