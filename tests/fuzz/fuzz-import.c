/* fuzz-import.c: libFuzzer target for what `careplan import` does
 *
 * Input: an SSDA903 return as fuzz-ssda903.c takes it (CSV files split
 * by a line holding only FUZZ_SSDA903_SEPARATOR).  What loads is written
 * as careplan JSON records, as `import -o` writes them: the records must
 * be UTF-8, read back through the strict reader with the same children
 * (same number, same ids, in order), and write out again byte for byte
 * the same.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_import (GListModel *children)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autoptr(GError) error = NULL;
  gsize first_length = 0;
  gsize second_length = 0;
  guint n = g_list_model_get_n_items (children);

  first = careplan_record_save_data (children, &first_length);
  fuzz_check_text (first, (gssize) first_length, "import's records");
  again = careplan_record_load_data (first, (gssize) first_length, "imported.json", &error);
  if (again == NULL)
    {
      g_printerr ("import's records do not read back: %s\n", error->message);
      abort ();
    }
  if (g_list_model_get_n_items (again) != n)
    {
      g_printerr ("import's records read back with %u children, not %u\n",
                  g_list_model_get_n_items (again), n);
      abort ();
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanChild) a = g_list_model_get_item (children, i);
      g_autoptr(CareplanChild) b = g_list_model_get_item (again, i);

      if (g_strcmp0 (careplan_child_get_id (a), careplan_child_get_id (b)) != 0)
        {
          g_printerr ("child %u changed id on import: %s, then %s\n", i,
                      careplan_child_get_id (a), careplan_child_get_id (b));
          abort ();
        }
    }
  second = careplan_record_save_data (again, &second_length);
  if (first_length != second_length || memcmp (first, second, first_length) != 0)
    {
      g_printerr ("import's records change on a round trip\n");
      abort ();
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const char *dir = fuzz_write_ssda903_dir ("careplan-fuzz-import", data, size);
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;

  children = careplan_ssda903_load_dir (dir, 0, &problems, &error);
  if (children == NULL)
    {
      fuzz_check_error (error, "careplan_ssda903_load_dir");
      if (strstr (error->message, dir) == NULL)
        {
          g_printerr ("SSDA903 error does not name the file: %s\n", error->message);
          abort ();
        }
      return 0;
    }

  check_import (children);
  return 0;
}
