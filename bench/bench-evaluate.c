/* bench-evaluate.c: how fast careplan loads and evaluates a synthetic cohort
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: bench-evaluate [N_CHILDREN] [SEED]
 *
 * Builds N synthetic children (one or two periods of care, a few
 * placements, reviews and visits mostly on time, some late or missing),
 * writes them as careplan JSON to a temporary file, then measures:
 * saving, loading, evaluating every rule of the default rulebook at one
 * as-of date, and one working-day due date.  Prints wall time and the
 * process's peak resident memory; asserts nothing about speed.
 */

#include "config.h"

#include <careplan.h>
#include <glib/gstdio.h>
#include <sys/resource.h>

static double
peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  /* Linux reports KiB */
}

static void
add_visits (CareplanChild *child,
            GRand         *rand,
            CareplanDate   from,
            CareplanDate   until)
{
  CareplanDate d = careplan_date_add_days (from, g_rand_int_range (rand, 1, 9));

  while (d < until)
    {
      g_autoptr(CareplanEvent) visit = careplan_event_new (CAREPLAN_EVENT_KIND_VISIT, d);

      careplan_event_set_flag (visit, g_rand_boolean (rand) ? CAREPLAN_TRISTATE_YES : CAREPLAN_TRISTATE_NO);
      careplan_child_add_event (child, visit);
      /* Mostly within six weeks, sometimes late. */
      d = careplan_date_add_days (d, g_rand_int_range (rand, 20, g_rand_int_range (rand, 0, 10) == 0 ? 70 : 43));
    }
}

static CareplanChild *
make_child (guint         n,
            GRand        *rand,
            CareplanDate  as_of)
{
  static const char *placement_types[] = { "U4", "U6", "U3", "U1", "K2", "P1" };
  g_autofree char *id = g_strdup_printf ("B%07u", n);
  CareplanChild *child = careplan_child_new (id);
  CareplanDate start = careplan_date_add_days (as_of, -g_rand_int_range (rand, 30, 5 * 365));
  CareplanDate dob = careplan_date_add_days (start, -g_rand_int_range (rand, 30, 16 * 365));
  guint n_placements = g_rand_int_range (rand, 1, 5);
  CareplanDate placement_start = start;
  CareplanDate review;

  careplan_child_set_date_of_birth (child, dob);
  careplan_child_set_sex (child, g_rand_boolean (rand) ? "M" : "F");

  for (guint p = 0; p < n_placements; p++)
    {
      g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
      gboolean last = p + 1 == n_placements;
      CareplanDate end = last ? CAREPLAN_DATE_NONE
                              : careplan_date_add_days (placement_start, g_rand_int_range (rand, 30, 400));

      if (end != CAREPLAN_DATE_NONE && end >= as_of)
        {
          end = CAREPLAN_DATE_NONE;
          last = TRUE;
        }

      careplan_episode_set_start (episode, placement_start);
      careplan_episode_set_end (episode, end);
      careplan_episode_set_reason_new_episode (episode, p == 0 ? "S" : "P");
      careplan_episode_set_legal_status (episode, "C2");
      careplan_episode_set_category_of_need (episode, "N1");
      careplan_episode_set_placement_type (episode, placement_types[g_rand_int_range (rand, 0, G_N_ELEMENTS (placement_types))]);
      careplan_episode_set_placement_provider (episode, "PR1");
      if (!last)
        careplan_episode_set_reason_ended (episode, "X1");
      careplan_child_add_episode (child, episode);
      add_visits (child, rand, placement_start, last ? as_of : end);

      if (last)
        break;
      placement_start = end;
    }

  /* Reviews: 20 working days (approximated by 26 calendar days here: the
   * benchmark needs realistic data, not exact compliance), then 3 and 6
   * months, occasionally late. */
  review = careplan_date_add_days (start, g_rand_int_range (rand, 14, 32));
  for (guint r = 0; review < as_of; r++)
    {
      g_autoptr(CareplanEvent) event = careplan_event_new (CAREPLAN_EVENT_KIND_REVIEW, review);

      careplan_event_set_detail (event, "PN1");
      careplan_child_add_event (child, event);
      review = careplan_date_add_months (review, r == 0 ? 3 : 6);
      review = careplan_date_add_days (review, g_rand_int_range (rand, -20, 8));
    }

  return child;
}

int
main (int   argc,
      char *argv[])
{
  guint n_children = argc > 1 ? (guint) g_ascii_strtoull (argv[1], NULL, 10) : 10000;
  guint32 seed = argc > 2 ? (guint32) g_ascii_strtoull (argv[2], NULL, 10) : 903;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GListStore) cohort = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();
  g_autoptr(GListModel) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  CareplanDate as_of = careplan_date_new (2025, 6, 30);
  guint counts[CAREPLAN_FINDING_STATUS_UNKNOWN + 1] = { 0 };
  guint n_findings = 0;
  gint64 t0, t1;
  int fd;
  volatile CareplanDate sink = 0;
  const guint n_due = 10 * 1000 * 1000;

  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(CareplanChild) child = make_child (i, rand, as_of);
      g_list_store_append (cohort, child);
    }

  fd = g_file_open_tmp ("careplan-bench-XXXXXX.json", &path, &error);
  g_assert_no_error (error);
  close (fd);

  t0 = g_get_monotonic_time ();
  if (!careplan_record_save_file (G_LIST_MODEL (cohort), path, &error))
    g_error ("save: %s", error->message);
  t1 = g_get_monotonic_time ();
  g_print ("children              %u\n", n_children);
  g_print ("save JSON             %8.3f s\n", (t1 - t0) / 1e6);

  t0 = g_get_monotonic_time ();
  loaded = careplan_record_load_file (path, &error);
  t1 = g_get_monotonic_time ();
  if (loaded == NULL)
    g_error ("load: %s", error->message);
  g_print ("load JSON             %8.3f s\n", (t1 - t0) / 1e6);
  g_unlink (path);

  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < g_list_model_get_n_items (loaded); i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (loaded, i);
      g_autoptr(GListModel) findings = careplan_engine_evaluate (engine, child, as_of, &error);

      g_assert_no_error (error);
      for (guint j = 0; j < g_list_model_get_n_items (findings); j++)
        {
          g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, j);
          counts[careplan_finding_get_status (finding)]++;
          n_findings++;
        }
    }
  t1 = g_get_monotonic_time ();
  g_print ("evaluate all rules    %8.3f s  (%u findings: %u met, %u met-late, %u due, %u overdue)\n",
           (t1 - t0) / 1e6, n_findings,
           counts[CAREPLAN_FINDING_STATUS_MET], counts[CAREPLAN_FINDING_STATUS_MET_LATE],
           counts[CAREPLAN_FINDING_STATUS_DUE], counts[CAREPLAN_FINDING_STATUS_OVERDUE]);

  t0 = g_get_monotonic_time ();
  for (guint i = 0; i < n_due; i++)
    sink = careplan_calendar_add_working_days (calendar,
                                               careplan_date_new (2024, 1, 1) + (i % 1500),
                                               1 + i % 40, NULL);
  t1 = g_get_monotonic_time ();
  (void) sink;
  g_print ("working-day due date  %8.1f ns per call\n", (t1 - t0) * 1000.0 / n_due);
  g_print ("peak memory           %8.1f MiB\n", peak_rss_mib ());

  return 0;
}
