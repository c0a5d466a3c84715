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
  gboolean     bad_input;       /* set when an input was reported and skipped */
} CareplanToolInputs;

/* Reads each input in turn and calls @func on each child: one input at a
 * time, so a caseload is never held whole.  A bad input is reported on
 * standard error and skipped (the others are still read).  Returns FALSE
 * only when @func does. */
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
  char                  **inputs;

  /* Set by careplan_tool_engine_options_check(). */
  CareplanDate            as_of;
  CareplanFindingsFormat  format;
} CareplanToolEngineOptions;

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

G_END_DECLS
