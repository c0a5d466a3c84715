/* fuzz-due.c: libFuzzer target for what `careplan due` does with a file
 *
 * Input: the bytes of a careplan-record/1 file, read one child at a time
 * as the tool reads it (careplan_record_foreach_stream, keep-going).
 * Each child is evaluated and its findings written in every format the
 * command has: the text must be safe for a terminal (no control
 * character), the CSV must have no cell a spreadsheet would run, the JSON
 * must read back.  The streaming reader must agree with the whole-file
 * one: the same children, or an error naming the file.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "fuzz-common.h"
#include "fuzz-output.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

typedef struct
{
  CareplanEngine *engine;
  GListStore     *findings;
  guint           n_children;
} Due;

static gboolean
on_child (CareplanChild *child,
          gpointer       user_data)
{
  Due *due = user_data;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) error = NULL;

  /* Every child is read; the first few are evaluated and written (the
   * writers' work grows with the findings, the reader's is the target). */
  if (due->n_children++ >= FUZZ_MAX_EVALUATED / 4)
    return TRUE;
  findings = careplan_engine_evaluate (due->engine, child, FUZZ_AS_OF, &error);
  if (findings == NULL)
    {
      fuzz_check_error (error, "careplan_engine_evaluate");
      return TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);

      if (careplan_finding_get_due (finding) != CAREPLAN_DATE_NONE)
        g_list_store_append (due->findings, finding);
    }
  return TRUE;
}

static void
write_all (GListModel             *findings,
           CareplanFindingsFormat  format)
{
  g_autoptr(GOutputStream) out = fuzz_output_new ();
  g_autoptr(CareplanFindingsWriter) writer = careplan_findings_writer_new (out, format, FUZZ_AS_OF);
  g_autoptr(GError) error = NULL;
  const char *text;
  gsize length;

  if (!careplan_findings_writer_write (writer, findings, &error) ||
      !careplan_findings_writer_close (writer, &error))
    {
      g_printerr ("the findings writer failed on memory: %s\n", error->message);
      abort ();
    }
  text = fuzz_output_text (out, &length);
  if (format == CAREPLAN_FINDINGS_FORMAT_TEXT)
    fuzz_check_terminal (text, length, "due's text output");
  else if (format == CAREPLAN_FINDINGS_FORMAT_CSV)
    fuzz_check_csv (text, length, "due's CSV output");
  else
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (!json_parser_load_from_data (parser, text, (gssize) length, &error))
        {
          g_printerr ("due's JSON output does not parse: %s\n", error->message);
          abort ();
        }
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (data, (gssize) size, NULL);
  g_autoptr(GListStore) findings = g_list_store_new (CAREPLAN_TYPE_FINDING);
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GListModel) whole = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) whole_error = NULL;
  Due due = { fuzz_default_engine (), findings, 0 };
  gboolean read;

  fuzz_init ();

  read = careplan_record_foreach_stream (stream, FUZZ_FILE_NAME, TRUE, on_child, &due,
                                         &problems, NULL, &error);
  if (!read)
    fuzz_check_error (error, "careplan_record_foreach_stream");

  /* The streaming reader and the whole-file one are the same reader:
   * a file one accepts, the other accepts with as many children (the
   * whole-file one refuses a bad child that keep-going leaves out). */
  whole = careplan_record_load_data ((const char *) data, (gssize) size, FUZZ_FILE_NAME, &whole_error);
  if (whole != NULL && (!read || g_list_model_get_n_items (problems) > 0 ||
                        g_list_model_get_n_items (whole) != due.n_children))
    {
      g_printerr ("the streaming reader disagrees with the whole-file one: %s\n",
                  error != NULL ? error->message : "a different number of children");
      abort ();
    }
  if (whole == NULL && read && g_list_model_get_n_items (problems) == 0)
    {
      g_printerr ("the whole-file reader refuses what the streaming one accepts: %s\n",
                  whole_error->message);
      abort ();
    }

  write_all (G_LIST_MODEL (findings), CAREPLAN_FINDINGS_FORMAT_TEXT);
  write_all (G_LIST_MODEL (findings), CAREPLAN_FINDINGS_FORMAT_CSV);
  write_all (G_LIST_MODEL (findings), CAREPLAN_FINDINGS_FORMAT_JSON);
  return 0;
}
