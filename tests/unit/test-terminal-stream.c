/* test-terminal-stream.c: the tool's output to a terminal shows control
 * characters and does not obey them (tools/careplan-terminal-stream.c)
 *
 * Each case is written whole and a byte at a time: a character split
 * across two writes is judged as one.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "careplan-terminal-stream.h"

/* What the terminal stream writes for @input (@length bytes), written in
 * pieces of @piece bytes (0: whole). */
static char *
shown (const char *input,
       gsize       length,
       gsize       piece)
{
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) terminal = careplan_terminal_stream_new (memory);
  g_autoptr(GError) error = NULL;
  gsize done = 0;

  while (done < length)
    {
      gsize n = piece == 0 ? length - done : MIN (piece, length - done);

      assert_true (g_output_stream_write_all (terminal, input + done, n, NULL, NULL, &error));
      done += n;
    }
  assert_true (g_output_stream_close (terminal, NULL, &error));
  assert_null (error);
  /* Closing the filter closes the stream it writes to. */
  assert_true (g_output_stream_is_closed (memory));

  return g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)));
}

static void
assert_shown (const char *input,
              gsize       length,
              const char *expected)
{
  gsize piece;

  for (piece = 0; piece <= 3; piece++)
    {
      g_autofree char *got = shown (input, length, piece);

      if (strcmp (got, expected) != 0)
        fail_msg ("in pieces of %" G_GSIZE_FORMAT ": expected “%s”, got “%s”", piece, expected, got);
    }
}

static void
test_plain_text_unchanged (void **state)
{
  const char *text = "child,rule\nEX-001,cppcr-2010.reg33-1.first-review\tdue\n";

  assert_shown (text, strlen (text), text);
}

static void
test_c0_and_del_escaped (void **state)
{
  const char input[] = "a\x1b[31mred\x07\rb\x7f\x01";

  assert_shown (input, sizeof input - 1, "a\\x1b[31mred\\x07\\x0db\\x7f\\x01");
}

static void
test_utf8_kept_c1_escaped (void **state)
{
  /* é, an en dash, an emoji and a no-break space are text; U+009B (CSI)
   * as UTF-8 and as a raw byte are controls. */
  const char input[] = "Zo\xc3\xab \xe2\x80\x93 \xf0\x9f\x98\x80\xc2\xa0|\xc2\x9b|\x9b|";

  assert_shown (input, sizeof input - 1,
                "Zo\xc3\xab \xe2\x80\x93 \xf0\x9f\x98\x80\xc2\xa0|\\x9b|\\x9b|");
}

static void
test_bytes_that_are_not_utf8 (void **state)
{
  /* Bytes that start nothing (0xC0, 0xFF), a 0xC2 before a byte that does
   * not continue it, and a 0xC2 that ends the output. */
  const char input[] = "\xc0\xff\xc2x\xc2";

  assert_shown (input, sizeof input - 1, "\\xc0\\xff\\xc2x\\xc2");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_plain_text_unchanged),
    cmocka_unit_test (test_c0_and_del_escaped),
    cmocka_unit_test (test_utf8_kept_c1_escaped),
    cmocka_unit_test (test_bytes_that_are_not_utf8),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
