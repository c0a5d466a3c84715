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

#include <glib/gstdio.h>

#include "fuzz-common.h"

#define FUZZ_SSDA903_SEPARATOR "=====\n"
#define FUZZ_SSDA903_MAX_FILES 13

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static const char *
work_dir (void)
{
  static char *dir = NULL;

  if (dir == NULL)
    {
      g_autoptr(GError) error = NULL;

      dir = g_dir_make_tmp ("careplan-fuzz-import-XXXXXX", &error);
      if (dir == NULL)
        g_error ("cannot make a directory: %s", error->message);
    }
  return dir;
}

static void
clear_dir (const char *dir)
{
  for (guint i = 0; i < FUZZ_SSDA903_MAX_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("%u.csv", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
}

static void
write_part (const char *dir,
            guint       index,
            const char *data,
            gsize       length)
{
  g_autofree char *name = g_strdup_printf ("%u.csv", index);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, data, (gssize) length, &error))
    g_error ("cannot write %s: %s", path, error->message);
}

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
  const char *dir = work_dir ();
  const char *text = (const char *) data;
  const char *end = text + size;
  gsize separator_length = strlen (FUZZ_SSDA903_SEPARATOR);
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  guint n_files = 0;

  fuzz_init ();
  clear_dir (dir);

  while (n_files < FUZZ_SSDA903_MAX_FILES)
    {
      const char *next = NULL;

      for (const char *p = text; p + separator_length <= end; p++)
        if ((p == text || p[-1] == '\n') && memcmp (p, FUZZ_SSDA903_SEPARATOR, separator_length) == 0)
          {
            next = p;
            break;
          }

      write_part (dir, n_files++, text, (gsize) ((next != NULL ? next : end) - text));
      if (next == NULL)
        break;
      text = next + separator_length;
    }

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
