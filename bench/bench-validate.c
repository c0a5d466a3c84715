/* bench-validate.c: time `careplan validate`'s checks over a return
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: bench-validate DIR [YEAR] [RUNS]
 *
 * Reads the SSDA903 return in DIR and runs every DfE validation check,
 * RUNS times (default 5) in one process, and prints each run's wall time
 * and CPU time, the fastest run and the peak resident memory.  Loading
 * the CSV files is part of each run (the validator reads them itself);
 * writing the issues is not.  Nothing asserts a time.
 */

#include "config.h"

#include <careplan.h>
#include <stdlib.h>
#include <sys/resource.h>

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int
main (int   argc,
      char **argv)
{
  g_autoptr(CareplanSsda903Validator) validator = careplan_ssda903_validator_new ();
  int runs = argc > 3 ? atoi (argv[3]) : 5;
  double best = G_MAXDOUBLE;
  guint n_issues = 0;
  struct rusage usage;

  if (argc < 2)
    {
      g_printerr ("usage: bench-validate DIR [YEAR] [RUNS]\n");
      return 2;
    }
  if (argc > 2)
    careplan_ssda903_validator_set_collection_year (validator, atoi (argv[2]));

  for (int i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) issues = NULL;
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_seconds ();
      double wall, cpu;

      issues = careplan_ssda903_validator_validate (validator, argv[1], &error);
      if (issues == NULL)
        {
          g_printerr ("bench-validate: %s\n", error->message);
          return 2;
        }
      wall = (g_get_monotonic_time () - start) / 1e6;
      cpu = cpu_seconds () - cpu_start;
      n_issues = g_list_model_get_n_items (issues);
      best = MIN (best, wall);
      g_print ("run %d: %.3f s wall, %.3f s CPU, %u issues\n", i + 1, wall, cpu, n_issues);
    }
  getrusage (RUSAGE_SELF, &usage);
  g_print ("%-28s %9.3f s best of %d  %u issues  peak %8.1f MiB\n", "validate SSDA903", best, runs,
           n_issues, usage.ru_maxrss / 1024.0);
  return 0;
}
