/* careplan-timeline.c: `careplan timeline`, one child's journey on one page
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-commands.h"
#include "careplan-tool.h"

#include <string.h>

#define TIMELINE_SYNOPSIS "--child ID [OPTION…] (FILE|DIR…|--ssda903 DIR)"

static const char timeline_description[] =
  "Draws one child's journey: the periods of care and placements (coloured by\n"
  "the kind of placement) along a date axis, reviews, visits, health\n"
  "assessments, PEPs, plans and life-story work as marks, and every obligation\n"
  "of the rulebook as a window from what started its clock to its due date,\n"
  "coloured by its status at the as-of date (met, met late, due, overdue), with\n"
  "the rule id, the finding's sentence and the citation on hover. No script:\n"
  "the page prints as it shows.\n"
  "\n"
  "--format svg (the default) writes one SVG image; --format html one page\n"
  "with the image and a table of every obligation. Without --format, an -o\n"
  "FILE ending in .html or .htm chooses HTML.\n"
  "\n"
  "Exit status: 0 when it drew the child, 2 for bad usage or input, or when\n"
  "no child of the inputs has the id.";

typedef struct
{
  const char     *child_id;
  CareplanEngine *engine;
  CareplanDate    as_of;
  CareplanTimelineFormat format;
  char           *document;
  gboolean        found;
  gboolean        failed;
} TimelineRun;

static gboolean
draw_child (CareplanChild  *child,
            const char     *input,
            gpointer        user_data,
            GError        **error)
{
  TimelineRun *run = user_data;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_strcmp0 (careplan_child_get_id (child), run->child_id) != 0)
    return TRUE;
  if (run->found)
    {
      g_autofree char *message = g_strdup_printf ("timeline: %s: child %s appears again; the first one is drawn",
                                                  input, run->child_id);

      careplan_tool_print_error (message);
      return TRUE;
    }
  run->found = TRUE;

  findings = careplan_engine_evaluate (run->engine, child, run->as_of, &local_error);
  if (findings != NULL)
    run->document = careplan_timeline_render (child, findings, run->as_of, run->format, &local_error);
  if (run->document == NULL)
    {
      g_autofree char *message = g_strdup_printf ("timeline: %s: child %s: %s", input, run->child_id,
                                                  local_error->message);

      careplan_tool_print_error (message);
      run->failed = TRUE;
    }
  return TRUE;
}

int
careplan_cmd_timeline (int    argc,
                       char **argv)
{
  g_auto(CareplanToolEngineOptions) options = { 0 };
  g_autofree char *child_id = NULL;
  g_autofree char *output_path = NULL;
  const GOptionEntry entries[] = {
    { "child", 0, 0, G_OPTION_ARG_STRING, &child_id, "Draw the child with this id (required)", "ID" },
    { NULL }
  };
  const GOptionEntry after_format[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output_path,
      "Write to FILE (.svg or .html) instead of standard output", "FILE" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanEngine) engine = NULL;
  CareplanToolInputs reading = { 0 };
  TimelineRun run = { 0 };
  int status;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Draw one child's journey and every clock on it (SVG or HTML).");
  g_option_context_set_description (context, timeline_description);
  careplan_tool_engine_options_add (&options, context,
                                    "Draw the journey as it stood at DATE (YYYY-MM-DD; default: today)",
                                    entries, after_format);
  g_set_prgname ("careplan timeline");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return careplan_tool_usage_error ("timeline", TIMELINE_SYNOPSIS, error->message);
  if (child_id == NULL || *child_id == '\0')
    return careplan_tool_usage_error ("timeline", TIMELINE_SYNOPSIS, "--child ID is required");

  /* svg and html are timeline's own formats. */
  run.format = CAREPLAN_TIMELINE_FORMAT_SVG;
  if (options.format_text != NULL)
    {
      if (g_str_equal (options.format_text, "html"))
        run.format = CAREPLAN_TIMELINE_FORMAT_HTML;
      else if (!g_str_equal (options.format_text, "svg"))
        {
          g_autofree char *message =
            g_strdup_printf ("--format: unknown format “%s” (expected svg or html)", options.format_text);
          return careplan_tool_usage_error ("timeline", TIMELINE_SYNOPSIS, message);
        }
      g_clear_pointer (&options.format_text, g_free);
    }
  else if (output_path != NULL &&
           (g_str_has_suffix (output_path, ".html") || g_str_has_suffix (output_path, ".htm")))
    run.format = CAREPLAN_TIMELINE_FORMAT_HTML;

  status = careplan_tool_engine_options_check (&options, "timeline", TIMELINE_SYNOPSIS);
  if (status != CAREPLAN_EXIT_RAN)
    return status;
  engine = careplan_tool_engine_options_new_engine (&options, "timeline", TIMELINE_SYNOPSIS);
  if (engine == NULL)
    return CAREPLAN_EXIT_BAD;

  run.child_id = child_id;
  run.engine = engine;
  run.as_of = options.as_of;
  reading.inputs = options.inputs;
  reading.ssda903_dir = options.ssda903_dir;
  reading.ssda903_max_file_size = options.max_file_size;
  careplan_tool_for_each_child (&reading, draw_child, &run, NULL);

  if (!run.found)
    {
      g_autofree char *message = g_strdup_printf ("timeline: no child with id %s in the inputs", child_id);

      careplan_tool_print_error (message);
      return CAREPLAN_EXIT_BAD;
    }
  if (run.failed)
    return CAREPLAN_EXIT_BAD;

  {
    g_autoptr(GPtrArray) read = g_ptr_array_new ();
    g_autoptr(CareplanToolOutput) output = NULL;

    /* The one -o of every command: never over an input, a policy, a
     * feed, a device or a link; replaced only when whole. */
    for (guint i = 0; options.inputs != NULL && options.inputs[i] != NULL; i++)
      g_ptr_array_add (read, options.inputs[i]);
    for (guint i = 0; options.policies != NULL && options.policies[i] != NULL; i++)
      g_ptr_array_add (read, options.policies[i]);
    if (options.calendar_path != NULL)
      g_ptr_array_add (read, options.calendar_path);
    if (options.ssda903_dir != NULL)
      g_ptr_array_add (read, options.ssda903_dir);
    g_ptr_array_add (read, NULL);

    output = careplan_tool_output_open (output_path != NULL ? output_path : "-",
                                        (const char * const *) read->pdata, &error);
    if (output == NULL ||
        !g_output_stream_write_all (careplan_tool_output_get_stream (output), run.document,
                                    strlen (run.document), NULL, NULL, &error) ||
        !careplan_tool_output_commit (output, &error))
      {
        careplan_tool_print_error (error->message);
        g_free (run.document);
        return CAREPLAN_EXIT_BAD;
      }
  }
  g_free (run.document);
  return reading.bad_input ? CAREPLAN_EXIT_BAD : CAREPLAN_EXIT_RAN;
}
