/* fuzz-ssda903.c: libFuzzer target for the SSDA903 (903 return) CSV reader
 *
 * The reader takes a directory and tells the tables apart by their
 * headers, so one input may hold several CSV files: they are separated by
 * a line holding only FUZZ_SSDA903_SEPARATOR, and written as 0.csv, 1.csv,
 * … into a directory made once for the run.  Header, Episodes and Reviews
 * together reach the cross-table checks (a row for a child missing from
 * Header, a date of birth that disagrees).  What loads is evaluated
 * (fuzz-common.c); every problem must print; a refusal must be a careplan
 * error naming a file of the directory.
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

      dir = g_dir_make_tmp ("careplan-fuzz-903-XXXXXX", &error);
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
check_problems (GListModel *problems)
{
  guint n = problems != NULL ? g_list_model_get_n_items (problems) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = careplan_problem_to_string (problem);

      if (text == NULL)
        abort ();
      fuzz_check_text (text, -1, "an SSDA903 problem");
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

  check_problems (problems);
  fuzz_evaluate_children (fuzz_default_engine (), children);
  return 0;
}
