/* fuzz-output.c: checks on what careplan writes (see fuzz-output.h)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fuzz-output.h"

#include <stdlib.h>
#include <string.h>

GOutputStream *
fuzz_output_new (void)
{
  return g_memory_output_stream_new_resizable ();
}

const char *
fuzz_output_text (GOutputStream *stream,
                  gsize         *length)
{
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (stream);

  /* A NUL after the text, for the checks below. */
  g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL);
  *length = g_memory_output_stream_get_data_size (memory) - 1;
  return g_memory_output_stream_get_data (memory);
}

void
fuzz_check_terminal (const char *text,
                     gsize       length,
                     const char *what)
{
  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_printerr ("%s is not UTF-8\n", what);
      abort ();
    }
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) text[i];

      if ((c < 0x20 && c != '\n') || c == 0x7f)
        {
          g_printerr ("%s holds the control character \\x%02x at byte %" G_GSIZE_FORMAT "\n",
                      what, c, i);
          abort ();
        }
    }
}

static gboolean
is_plain_number (const char *cell,
                 gsize       length)
{
  gsize i = 0;
  gboolean digits = FALSE;

  if (i < length && (cell[i] == '-' || cell[i] == '+'))
    i++;
  for (; i < length && g_ascii_isdigit (cell[i]); i++)
    digits = TRUE;
  if (i < length && cell[i] == '.')
    {
      i++;
      digits = FALSE;
      for (; i < length && g_ascii_isdigit (cell[i]); i++)
        digits = TRUE;
    }
  return digits && i == length;
}

static void
check_cell (const char *cell,
            gsize       length,
            const char *what)
{
  if (length > 0 && strchr ("=+-@\t\r", cell[0]) != NULL && !is_plain_number (cell, length))
    {
      g_printerr ("%s has a cell that a spreadsheet runs as a formula: %.*s\n",
                  what, (int) MIN (length, 200), cell);
      abort ();
    }
}

void
fuzz_check_csv (const char *text,
                gsize       length,
                const char *what)
{
  g_autoptr(GString) cell = g_string_new (NULL);
  gboolean quoted = FALSE;
  gboolean in_quotes = FALSE;
  gsize i = 0;

  if (!g_utf8_validate_len (text, length, NULL))
    {
      g_printerr ("%s is not UTF-8\n", what);
      abort ();
    }

  while (i <= length)
    {
      char c = i < length ? text[i] : '\n';

      if (in_quotes)
        {
          if (c == '"' && i + 1 < length && text[i + 1] == '"')
            {
              g_string_append_c (cell, '"');
              i += 2;
              continue;
            }
          if (c == '"')
            in_quotes = FALSE;
          else if (i == length)
            {
              g_printerr ("%s ends inside a quoted cell\n", what);
              abort ();
            }
          else
            g_string_append_c (cell, c);
          i++;
          continue;
        }

      if (c == '"' && cell->len == 0 && !quoted)
        {
          quoted = in_quotes = TRUE;
          i++;
          continue;
        }
      if (c == ',' || c == '\n' || (c == '\r' && i + 1 < length && text[i + 1] == '\n'))
        {
          check_cell (cell->str, cell->len, what);
          g_string_truncate (cell, 0);
          quoted = FALSE;
          i += c == '\r' ? 2 : 1;
          continue;
        }
      g_string_append_c (cell, c);
      i++;
    }
}
