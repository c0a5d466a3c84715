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

#include "fuzz-common.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

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
  const char *dir = fuzz_write_ssda903_dir ("careplan-fuzz-903", data, size);
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

  check_problems (problems);
  fuzz_evaluate_children (fuzz_default_engine (), children);
  return 0;
}
