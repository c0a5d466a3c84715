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

G_END_DECLS
