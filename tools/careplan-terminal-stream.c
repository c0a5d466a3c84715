/* careplan-terminal-stream.c: output for a terminal, its control
 * characters shown, not obeyed
 *
 * Whatever the format (CSV, HTML, SVG), output that goes to a terminal
 * passes through here: C0 controls other than newline and tab, DEL, the
 * C1 controls (raw, or as the UTF-8 of U+0080 to U+009F) and bytes that
 * cannot start or continue UTF-8 are written as \xNN.  An id or a message
 * from a record then cannot move the cursor, recolour the terminal or
 * retitle its window.  Output to a file or a pipe is written as it is:
 * the data are not changed where a program reads them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-terminal-stream.h"

struct _CareplanTerminalStream
{
  GFilterOutputStream  parent_instance;

  gboolean             held_c2;       /* a 0xC2 lead byte waits for the next byte */
  guint                continuation;  /* continuation bytes still expected */
};

G_DEFINE_FINAL_TYPE (CareplanTerminalStream, careplan_terminal_stream, G_TYPE_FILTER_OUTPUT_STREAM)

static void
append_escaped (GString *out,
                guint8   byte)
{
  g_string_append_printf (out, "\\x%02x", byte);
}

/* Appends @byte to @out, escaped as the file's comment says, carrying the
 * UTF-8 state across writes. */
static void
filter_byte (CareplanTerminalStream *self,
             GString                *out,
             guint8                  byte)
{
  if (self->held_c2)
    {
      self->held_c2 = FALSE;
      if (byte >= 0x80 && byte < 0xA0)
        {
          append_escaped (out, byte);            /* U+0080 to U+009F: C1 */
          return;
        }
      if (byte >= 0xA0 && byte <= 0xBF)
        {
          g_string_append_c (out, (char) 0xC2);
          g_string_append_c (out, (char) byte);
          return;
        }
      append_escaped (out, 0xC2);                /* a lead byte with nothing after it */
    }

  if (self->continuation > 0)
    {
      if (byte >= 0x80 && byte <= 0xBF)
        {
          self->continuation--;
          g_string_append_c (out, (char) byte);
          return;
        }
      self->continuation = 0;
    }

  if (byte == '\n' || byte == '\t' || (byte >= 0x20 && byte < 0x7F))
    g_string_append_c (out, (char) byte);
  else if (byte == 0xC2)
    self->held_c2 = TRUE;
  else if (byte >= 0xC3 && byte <= 0xF4)
    {
      g_string_append_c (out, (char) byte);
      self->continuation = byte < 0xE0 ? 1 : byte < 0xF0 ? 2 : 3;
    }
  else
    append_escaped (out, byte);
}

static gssize
careplan_terminal_stream_write (GOutputStream  *stream,
                                const void     *buffer,
                                gsize           count,
                                GCancellable   *cancellable,
                                GError        **error)
{
  CareplanTerminalStream *self = CAREPLAN_TERMINAL_STREAM (stream);
  GOutputStream *base = g_filter_output_stream_get_base_stream (G_FILTER_OUTPUT_STREAM (stream));
  g_autoptr(GString) out = g_string_sized_new (count + 16);
  const guint8 *bytes = buffer;
  gsize i;

  for (i = 0; i < count; i++)
    filter_byte (self, out, bytes[i]);

  if (!g_output_stream_write_all (base, out->str, out->len, NULL, cancellable, error))
    return -1;
  return (gssize) count;
}

static gboolean
careplan_terminal_stream_close (GOutputStream  *stream,
                                GCancellable   *cancellable,
                                GError        **error)
{
  CareplanTerminalStream *self = CAREPLAN_TERMINAL_STREAM (stream);
  GOutputStream *base = g_filter_output_stream_get_base_stream (G_FILTER_OUTPUT_STREAM (stream));
  gboolean ok = TRUE;

  /* The output ended inside a character. */
  if (self->held_c2)
    {
      self->held_c2 = FALSE;
      ok = g_output_stream_write_all (base, "\\xc2", 4, NULL, cancellable, error);
    }

  if (!G_OUTPUT_STREAM_CLASS (careplan_terminal_stream_parent_class)->close_fn (stream, cancellable,
                                                                                  ok ? error : NULL))
    ok = FALSE;
  return ok;
}

static void
careplan_terminal_stream_class_init (CareplanTerminalStreamClass *klass)
{
  GOutputStreamClass *stream_class = G_OUTPUT_STREAM_CLASS (klass);

  stream_class->write_fn = careplan_terminal_stream_write;
  stream_class->close_fn = careplan_terminal_stream_close;
}

static void
careplan_terminal_stream_init (CareplanTerminalStream *self)
{
}

GOutputStream *
careplan_terminal_stream_new (GOutputStream *base)
{
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (base), NULL);

  return g_object_new (CAREPLAN_TYPE_TERMINAL_STREAM, "base-stream", base, NULL);
}
