/* careplan.c: the careplan command-line tool, its dispatcher
 *
 * A thin face over the library.  Each command lives in its own file
 * (careplan-check.c, careplan-due.c, careplan-rules-cmd.c, and
 * careplan-import.c and careplan-measures.c when they are built) and is
 * called with the arguments after its name, its own name standing in for
 * argv[0].
 *
 * Exit statuses: 0 ran, 1 a finding matched --fail-on, 2 bad usage or
 * bad input.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-tool.h"
#include "careplan-commands.h"

#include <locale.h>
#include <string.h>

typedef struct
{
  const char  *name;
  int        (*run) (int argc, char **argv);
  const char  *summary;
} Command;

static const Command commands[] = {
  { "check", careplan_cmd_check,
    "Evaluate careplan JSON records and print the findings\n"
    "           (text, JSON or CSV)" },
  { "due", careplan_cmd_due,
    "List the upcoming deadlines of a caseload, soonest first" },
  { "rules", careplan_cmd_rules,
    "List the rules of the rulebook with their citations\n"
    "           (text, JSON or the Markdown catalogue page)" },
  { "measures", careplan_cmd_measures,
    "Compute the cohort measures of a caseload" },
  { "import", careplan_cmd_import,
    "Convert an SSDA903 return to careplan JSON records" },
  { "check-plan", careplan_cmd_check_plan,
    "Check plan documents (careplan-plan/1) against what the law\n"
    "           says they must contain, and against the records" },
  { "validate", careplan_cmd_validate,
    "Run the DfE's validation checks of an SSDA903 return\n"
    "           (text, JSON, CSV or HTML)" },
  { "timeline", careplan_cmd_timeline,
    "Draw one child's journey and every clock on it (SVG or HTML)" },
#ifdef CAREPLAN_HAVE_SERVE
  { "serve", careplan_cmd_serve,
    "Serve the library over HTTP/JSON on loopback, with a token" },
#endif
};

static void
print_usage (FILE *out)
{
  guint i;

  fputs ("Usage:\n"
         "  careplan COMMAND [OPTION…]\n"
         "\n"
         "Checks the records of children in care in England against statutory\n"
         "timescales, with a citation for every rule.\n"
         "\n"
         "Commands:\n", out);
  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(GStrv) lines = g_strsplit (commands[i].summary, "\n", -1);
      guint j;

      /* The summaries' own line breaks, indented under the first line. */
      fprintf (out, "  %-10s %s\n", commands[i].name, g_strstrip (lines[0]));
      for (j = 1; lines[j] != NULL; j++)
        fprintf (out, "  %-10s %s\n", "", g_strstrip (lines[j]));
    }
  fputs ("  help       Show this help, or the help of a command (careplan help check)\n"
         "\n"
         "Options:\n"
         "  -h, --help     Show this help\n"
         "  --version      Show the version\n"
         "\n"
         "Run 'careplan COMMAND --help' for the options of a command.\n", out);
}

static const Command *
find_command (const char *name)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  const Command *command;
  const char *name;

  setlocale (LC_ALL, "");
  careplan_tool_guard_stderr ();

  if (argc < 2)
    {
      print_usage (stderr);
      return CAREPLAN_EXIT_BAD;
    }

  name = argv[1];
  if (strcmp (name, "--version") == 0)
    {
      g_print ("careplan %s\n", PACKAGE_VERSION);
      return CAREPLAN_EXIT_RAN;
    }
  if (strcmp (name, "--help") == 0 || strcmp (name, "-h") == 0 ||
      (strcmp (name, "help") == 0 && argc == 2))
    {
      print_usage (stdout);
      return CAREPLAN_EXIT_RAN;
    }
  if (strcmp (name, "help") == 0)
    {
      /* "careplan help check" is "careplan check --help". */
      char *help_argv[] = { argv[2], (char *) "--help", NULL };

      if (argc > 3)
        {
          g_printerr ("careplan: help takes at most one command\n\n");
          print_usage (stderr);
          return CAREPLAN_EXIT_BAD;
        }
      command = find_command (argv[2]);
      if (command != NULL)
        return command->run (2, help_argv);
      g_printerr ("careplan: unknown command “%s”\n\n", argv[2]);
      print_usage (stderr);
      return CAREPLAN_EXIT_BAD;
    }

  command = find_command (name);
  if (command != NULL)
    return command->run (argc - 1, argv + 1);

  if (name[0] == '-')
    g_printerr ("careplan: unknown option “%s”\n\n", name);
  else
    g_printerr ("careplan: unknown command “%s”\n\n", name);
  print_usage (stderr);
  return CAREPLAN_EXIT_BAD;
}
