/* bench-evaluate.c: careplan at national scale, one chunk at a time
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: bench-evaluate [N_CHILDREN] [SEED] [CHUNK]
 *
 * Makes N synthetic children (bench-cohort.c) CHUNK at a time (10,000 by
 * default); each chunk is written as one careplan JSON file, read back,
 * and every child evaluated against every rule of the default rulebook at
 * 2025-06-30, then dropped before the next chunk.  So a million children
 * never sit in memory together: the peak is one chunk's.  Then times one
 * working-day due date.  Prints wall time per step and the process's peak
 * resident memory; asserts nothing about speed.
 */

#include "config.h"

#include <careplan.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "bench-cohort.h"

#define N_STATUSES (CAREPLAN_FINDING_STATUS_UNKNOWN + 1)

static GListModel *
materialise (GListModel *model)
{
  GListStore *store = g_list_store_new (CAREPLAN_TYPE_CHILD);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (model, i);

      g_list_store_append (store, child);
    }
  return G_LIST_MODEL (store);
}

int
main (int   argc,
      char *argv[])
{
  guint n_children = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  guint32 seed = argc > 2 ? (guint32) g_ascii_strtoull (argv[2], NULL, 10) : 903;
  guint chunk = argc > 3 ? (guint) g_ascii_strtoull (argv[3], NULL, 10) : 10000;
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  CareplanDate as_of = bench_as_of ();
  guint64 counts[N_STATUSES] = { 0 };
  guint64 n_findings = 0;
  guint64 bytes = 0;
  double t_generate = 0, t_save = 0, t_load = 0, t_evaluate = 0;
  g_autofree char *extra = NULL;
  volatile CareplanDate sink = 0;
  const guint n_due = 10 * 1000 * 1000;
  gint64 t0;
  int fd;

  if (chunk == 0)
    chunk = 10000;

  fd = g_file_open_tmp ("careplan-bench-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);

  for (guint first = 0; first < n_children; first += chunk)
    {
      g_autoptr(BenchCohort) cohort = bench_cohort_new (first, MIN (chunk, n_children - first), seed);
      g_autoptr(GListModel) made = NULL;
      g_autoptr(GListModel) loaded = NULL;
      GStatBuf st;
      guint n;

      t0 = g_get_monotonic_time ();
      made = materialise (G_LIST_MODEL (cohort));
      t_generate += bench_seconds_since (t0);

      t0 = g_get_monotonic_time ();
      if (!careplan_record_save_file (made, path, &error))
        g_error ("save: %s", error->message);
      t_save += bench_seconds_since (t0);
      g_clear_object (&made);
      if (g_stat (path, &st) == 0)
        bytes += (guint64) st.st_size;

      t0 = g_get_monotonic_time ();
      loaded = careplan_record_load_file (path, &error);
      if (loaded == NULL)
        g_error ("load: %s", error->message);
      t_load += bench_seconds_since (t0);

      t0 = g_get_monotonic_time ();
      n = g_list_model_get_n_items (loaded);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CareplanChild) child = g_list_model_get_item (loaded, i);
          g_autoptr(GListModel) findings = careplan_engine_evaluate (engine, child, as_of, &error);
          guint n_child;

          if (findings == NULL)
            g_error ("evaluate: %s", error->message);
          n_child = g_list_model_get_n_items (findings);
          for (guint j = 0; j < n_child; j++)
            {
              g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, j);

              counts[careplan_finding_get_status (finding)]++;
            }
          n_findings += n_child;
        }
      t_evaluate += bench_seconds_since (t0);
    }
  g_unlink (path);

  bench_report ("generate (in memory)", n_children, t_generate, NULL);
  extra = g_strdup_printf ("%.1f MiB of JSON, %.0f bytes a child",
                           bytes / 1048576.0, n_children > 0 ? (double) bytes / n_children : 0.0);
  bench_report ("save JSON", n_children, t_save, extra);
  bench_report ("load JSON", n_children, t_load, NULL);
  g_free (extra);
  extra = g_strdup_printf ("%" G_GUINT64_FORMAT " findings: %" G_GUINT64_FORMAT " met, %"
                           G_GUINT64_FORMAT " met-late, %" G_GUINT64_FORMAT " due, %"
                           G_GUINT64_FORMAT " overdue, %" G_GUINT64_FORMAT " n/a, %"
                           G_GUINT64_FORMAT " unknown",
                           n_findings,
                           counts[CAREPLAN_FINDING_STATUS_MET], counts[CAREPLAN_FINDING_STATUS_MET_LATE],
                           counts[CAREPLAN_FINDING_STATUS_DUE], counts[CAREPLAN_FINDING_STATUS_OVERDUE],
                           counts[CAREPLAN_FINDING_STATUS_NOT_APPLICABLE],
                           counts[CAREPLAN_FINDING_STATUS_UNKNOWN]);
  bench_report ("evaluate all rules", n_children, t_evaluate, extra);

  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n_due; i++)
    sink = careplan_calendar_add_working_days (calendar,
                                               careplan_date_new (2024, 1, 1) + (i % 1500),
                                               1 + i % 40, NULL);
  (void) sink;
  g_print ("%-28s %8.1f ns a call\n", "working-day due date", bench_seconds_since (t0) * 1e9 / n_due);
  g_print ("%-28s %8.1f MiB\n", "peak memory", bench_peak_rss_mib ());

  return EXIT_SUCCESS;
}
