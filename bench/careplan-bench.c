/* careplan-bench.c: one benchmark a run, each in its own process
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: careplan-bench STEP N_CHILDREN [PATH] [SEED]
 *
 *   generate N          make N children and drop them (the generator's own
 *                       cost, to subtract from the streamed steps)
 *   evaluate N          make each child, evaluate every rule, drop it:
 *                       only the evaluations are timed
 *   json-write N FILE   write N children as one careplan JSON file, made
 *                       as the writer asks for them
 *   json-load FILE      read that file whole (the reader cannot stream),
 *                       then evaluate every child: the reader's memory
 *   ssda903 N DIR       write N children as SSDA903 CSV files in
 *                       DIR/chunk-NNNN (10,000 children a folder), read
 *                       each folder back and evaluate its children
 *   ssda903-load DIR    read every DIR/chunk-* folder (or DIR itself) and
 *                       evaluate its children
 *   measures N          compute the cohort measures of the year ending on
 *                       the as-of date over N children, made as asked for
 *   due                 one working-day due date, and one in months
 *   steps               list the steps this build has
 *   selftest N DIR      every step once, small, in one process (the
 *                       test suite's check that they keep working)
 *
 * The SSDA903 and measures steps are there when the library has those
 * parts (BENCH_HAVE_SSDA903, BENCH_HAVE_MEASURES, set by meson.build).
 *
 * Each step prints wall time and the process's peak resident memory
 * (getrusage), one step a process, so that peaks do not mix.  run.sh runs
 * them in turn and makes the table.
 */

#include "config.h"

#include <careplan.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-cohort.h"

#define CHUNK 10000

static guint32 seed = 903;

/* Evaluates @children at the bench's as-of date; returns how many the
 * engine refused to evaluate there (a 903 return of a later year holds
 * children born after that date), which are skipped, not fatal. */
static guint
evaluate_model (CareplanEngine *engine,
                GListModel     *children,
                double         *seconds,
                guint64        *n_findings)
{
  CareplanDate as_of = bench_as_of ();
  guint n = g_list_model_get_n_items (children);
  guint n_refused = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);
      g_autoptr(GListModel) findings = NULL;
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();

      if (!careplan_engine_check_child (engine, child, as_of, NULL))
        {
          n_refused++;
          continue;
        }
      findings = careplan_engine_evaluate (engine, child, as_of, &error);
      if (findings == NULL)
        g_error ("evaluate: %s", error->message);
      *n_findings += g_list_model_get_n_items (findings);
      g_clear_object (&findings);
      *seconds += bench_seconds_since (t0);
    }

  return n_refused;
}

static int
step_generate (guint n_children)
{
  gint64 t0 = g_get_monotonic_time ();
  guint64 n_episodes = 0, n_events = 0;

  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(CareplanChild) child = bench_make_child (i, seed, bench_as_of ());

      n_episodes += g_list_model_get_n_items (careplan_child_get_episodes (child));
      n_events += g_list_model_get_n_items (careplan_child_get_events (child));
    }

  {
    g_autofree char *extra = g_strdup_printf ("%.2f episodes, %.1f events a child",
                                              n_children ? (double) n_episodes / n_children : 0.0,
                                              n_children ? (double) n_events / n_children : 0.0);
    bench_report ("generate (streamed)", n_children, bench_seconds_since (t0), extra);
  }
  return EXIT_SUCCESS;
}

static int
step_evaluate (guint n_children)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(BenchCohort) cohort = bench_cohort_new (0, n_children, seed);
  g_autofree char *extra = NULL;
  guint64 n_findings = 0;
  double seconds = 0;

  if (evaluate_model (engine, G_LIST_MODEL (cohort), &seconds, &n_findings) > 0)
    g_error ("evaluate: the engine refused children of the generated cohort");
  extra = g_strdup_printf ("%" G_GUINT64_FORMAT " findings (%.1f a child), streamed",
                           n_findings, n_children ? (double) n_findings / n_children : 0.0);
  bench_report ("evaluate all rules", n_children, seconds, extra);
  return EXIT_SUCCESS;
}

static int
step_json_write (guint       n_children,
                 const char *path)
{
  g_autoptr(BenchCohort) cohort = bench_cohort_new (0, n_children, seed);
  g_autoptr(GError) error = NULL;
  g_autofree char *extra = NULL;
  gint64 t0 = g_get_monotonic_time ();
  GStatBuf st = { 0 };

  if (!careplan_record_save_file (G_LIST_MODEL (cohort), path, &error))
    g_error ("save: %s", error->message);
  g_stat (path, &st);
  extra = g_strdup_printf ("one file, %.1f MiB (the generator's time included)", st.st_size / 1048576.0);
  bench_report ("save JSON (one file)", n_children, bench_seconds_since (t0), extra);
  return EXIT_SUCCESS;
}

static int
step_json_load (const char *path)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *extra = NULL;
  gint64 t0 = g_get_monotonic_time ();
  guint64 n_findings = 0;
  double seconds = 0;
  double load_seconds;
  double load_peak;
  g_autofree char *evaluated = NULL;
  guint n, refused;

  children = careplan_record_load_file (path, &error);
  if (children == NULL)
    g_error ("load: %s", error->message);
  load_seconds = bench_seconds_since (t0);
  load_peak = bench_peak_rss_mib ();
  n = g_list_model_get_n_items (children);
  extra = g_strdup_printf ("one file, whole (%.0f KiB a child at the peak)", n ? load_peak * 1024 / n : 0.0);
  bench_report ("load JSON (one file)", n, load_seconds, extra);

  refused = evaluate_model (engine, children, &seconds, &n_findings);
  evaluated = g_strdup_printf ("%u not born by the as-of date, skipped", refused);
  bench_report ("evaluate loaded children", n - refused, seconds, evaluated);
  return EXIT_SUCCESS;
}

#ifdef BENCH_HAVE_SSDA903
static void
load_ssda903_dir (CareplanEngine *engine,
                  const char     *dir,
                  guint          *n_children,
                  guint          *n_problems,
                  double         *load_seconds,
                  double         *evaluate_seconds,
                  guint64        *n_findings,
                  guint          *n_refused)
{
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GError) error = NULL;
  gint64 t0 = g_get_monotonic_time ();

  children = careplan_ssda903_load_dir (dir, 0, &problems, &error);
  if (children == NULL)
    g_error ("read %s: %s", dir, error->message);
  *load_seconds += bench_seconds_since (t0);
  *n_children += g_list_model_get_n_items (children);
  *n_problems += problems != NULL ? g_list_model_get_n_items (problems) : 0;
  *n_refused += evaluate_model (engine, children, evaluate_seconds, n_findings);
}

static int
step_ssda903 (guint       n_children,
              const char *dir)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  double write_seconds = 0, load_seconds = 0, evaluate_seconds = 0;
  guint n_loaded = 0, n_problems = 0, n_refused = 0;
  guint64 n_findings = 0;
  g_autofree char *extra = NULL;
  g_autofree char *evaluated = NULL;

  g_mkdir_with_parents (dir, 0755);
  for (guint first = 0; first < n_children; first += CHUNK)
    {
      g_autoptr(BenchCohort) cohort = bench_cohort_new (first, MIN (CHUNK, n_children - first), seed);
      g_autofree char *name = g_strdup_printf ("chunk-%04u", first / CHUNK);
      g_autofree char *chunk_dir = g_build_filename (dir, name, NULL);
      g_autoptr(GError) error = NULL;
      gint64 t0;

      g_mkdir_with_parents (chunk_dir, 0755);
      t0 = g_get_monotonic_time ();
      if (!careplan_ssda903_save_dir (G_LIST_MODEL (cohort), chunk_dir, BENCH_AS_OF_YEAR + 1, &error))
        g_error ("write %s: %s", chunk_dir, error->message);
      write_seconds += bench_seconds_since (t0);

      load_ssda903_dir (engine, chunk_dir, &n_loaded, &n_problems, &load_seconds,
                        &evaluate_seconds, &n_findings, &n_refused);
    }

  bench_report ("save SSDA903 CSV", n_children, write_seconds, "the generator's time included");
  extra = g_strdup_printf ("%u children read back, %u problems", n_loaded, n_problems);
  bench_report ("load SSDA903 CSV", n_children, load_seconds, extra);
  evaluated = g_strdup_printf ("%u not born by the as-of date, skipped", n_refused);
  bench_report ("evaluate 903 children", n_loaded - n_refused, evaluate_seconds, evaluated);
  return EXIT_SUCCESS;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
step_ssda903_load (const char *dir)
{
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(GPtrArray) chunks = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  double load_seconds = 0, evaluate_seconds = 0;
  guint n_loaded = 0, n_problems = 0, n_refused = 0;
  guint64 n_findings = 0;
  g_autofree char *extra = NULL;
  g_autofree char *evaluated = NULL;
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_prefix (name, "chunk-"))
      g_ptr_array_add (chunks, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (chunks, compare_names);
  if (chunks->len == 0)
    g_ptr_array_add (chunks, g_strdup (dir));

  for (guint i = 0; i < chunks->len; i++)
    load_ssda903_dir (engine, g_ptr_array_index (chunks, i), &n_loaded, &n_problems,
                      &load_seconds, &evaluate_seconds, &n_findings, &n_refused);

  extra = g_strdup_printf ("%u problems", n_problems);
  bench_report ("load SSDA903 CSV", n_loaded, load_seconds, extra);
  evaluated = g_strdup_printf ("%u not born by the as-of date, skipped", n_refused);
  bench_report ("evaluate 903 children", n_loaded - n_refused, evaluate_seconds, evaluated);
  return EXIT_SUCCESS;
}

#endif /* BENCH_HAVE_SSDA903 */

#ifdef BENCH_HAVE_MEASURES
static int
step_measures (guint n_children)
{
  g_autoptr(BenchCohort) cohort = bench_cohort_new (0, n_children, seed);
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *extra = NULL;
  CareplanDate end = bench_as_of ();
  gint64 t0 = g_get_monotonic_time ();

  measures = careplan_measures_compute (G_LIST_MODEL (cohort), careplan_measures_get_period_start (end),
                                        end, calendar, &error);
  if (measures == NULL)
    g_error ("measures: %s", error->message);
  extra = g_strdup_printf ("%u measures (the generator's time included)", g_list_model_get_n_items (measures));
  bench_report ("compute measures", n_children, bench_seconds_since (t0), extra);
  return EXIT_SUCCESS;
}

#endif /* BENCH_HAVE_MEASURES */

static int
step_due (guint n)
{
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();
  volatile CareplanDate sink = 0;
  CareplanDate from = careplan_date_new (2024, 1, 1);
  gint64 t0 = g_get_monotonic_time ();

  /* Different dates and lengths, so that no branch predictor or cache
   * learns one answer. */
  for (guint i = 0; i < n; i++)
    sink = careplan_calendar_add_working_days (calendar, from + (i % 1500), 1 + i % 40, NULL);
  g_print ("%-28s %8.1f ns a call\n", "working-day due date", bench_seconds_since (t0) * 1e9 / n);

  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    sink = careplan_calendar_add (calendar, from + (i % 1500), 1 + i % 12, CAREPLAN_TIME_UNIT_MONTHS, NULL);
  g_print ("%-28s %8.1f ns a call\n", "due date in months", bench_seconds_since (t0) * 1e9 / n);
  (void) sink;
  g_print ("%-28s %8.1f MiB\n", "peak memory", bench_peak_rss_mib ());
  return EXIT_SUCCESS;
}

/* Every step once, small, in this one process: for the test suite, which
 * runs it so that the steps keep working (peaks mix here: run.sh runs
 * each step in its own process for the real numbers). */
static int
step_selftest (guint       n_children,
               const char *dir)
{
  g_autofree char *one = g_build_filename (dir, "one.json", NULL);
  int status = EXIT_SUCCESS;

  g_mkdir_with_parents (dir, 0755);
  status |= step_generate (n_children);
  status |= step_evaluate (n_children);
  status |= step_json_write (n_children, one);
  status |= step_json_load (one);
  g_unlink (one);
#ifdef BENCH_HAVE_SSDA903
  {
    g_autofree char *ssda903 = g_build_filename (dir, "ssda903", NULL);

    status |= step_ssda903 (n_children, ssda903);
    status |= step_ssda903_load (ssda903);
  }
#endif
#ifdef BENCH_HAVE_MEASURES
  status |= step_measures (n_children);
#endif
  status |= step_due (1000);
  return status;
}

static int
usage (void)
{
  g_printerr ("Usage: careplan-bench generate|evaluate|measures N [SEED]\n"
              "       careplan-bench json-write N FILE [SEED]\n"
              "       careplan-bench json-load FILE\n"
              "       careplan-bench ssda903 N DIR [SEED]\n"
              "       careplan-bench ssda903-load DIR\n"
              "       careplan-bench due\n"
              "       careplan-bench selftest N DIR\n");
  return 2;
}

int
main (int   argc,
      char *argv[])
{
  const char *step = argc > 1 ? argv[1] : NULL;
  guint n = argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 0;

  if (step == NULL)
    return usage ();
  if (g_str_equal (step, "steps"))
    {
      /* What this build can run, one a line, for run.sh. */
      g_print ("generate\nevaluate\njson-write\njson-load\ndue\n");
#ifdef BENCH_HAVE_SSDA903
      g_print ("ssda903\nssda903-load\n");
#endif
#ifdef BENCH_HAVE_MEASURES
      g_print ("measures\n");
#endif
      return EXIT_SUCCESS;
    }
  if (g_str_equal (step, "due"))
    return step_due (10 * 1000 * 1000);
  if (g_str_equal (step, "selftest") && argc == 4)
    return step_selftest (n, argv[3]);
  if (g_str_equal (step, "json-load") && argc == 3)
    return step_json_load (argv[2]);
#ifdef BENCH_HAVE_SSDA903
  if (g_str_equal (step, "ssda903-load") && argc == 3)
    return step_ssda903_load (argv[2]);
  if (g_str_equal (step, "ssda903") && argc >= 4)
    {
      if (argc > 4)
        seed = (guint32) g_ascii_strtoull (argv[4], NULL, 10);
      return step_ssda903 (n, argv[3]);
    }
#endif
  if (g_str_equal (step, "json-write") && argc >= 4)
    {
      if (argc > 4)
        seed = (guint32) g_ascii_strtoull (argv[4], NULL, 10);
      return step_json_write (n, argv[3]);
    }

  if (argc < 3)
    return usage ();
  if (argc > 3)
    seed = (guint32) g_ascii_strtoull (argv[3], NULL, 10);
  if (g_str_equal (step, "generate"))
    return step_generate (n);
  if (g_str_equal (step, "evaluate"))
    return step_evaluate (n);
#ifdef BENCH_HAVE_MEASURES
  if (g_str_equal (step, "measures"))
    return step_measures (n);
#endif
  return usage ();
}
