/* test-stable-findings.c: findings about the past are stable as data arrives
 *
 * A property test over generated children: for a record cut at a date T
 * (episodes starting after T and events dated after T left out), every
 * obligation settled by T (met or met late, with its due date and the
 * date it was met on or before T) must be found again, unchanged, when
 * the rest of the record is added.  Adding episodes or events dated after
 * an obligation's due date never changes its finding: a later long-term
 * designation, a later visit or a later move cannot re-judge the past.
 *
 * The children are made from a GRand with a fixed seed, so a failure is
 * reproducible; the child's number and the cut date are printed.
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

#include "careplan.h"
#include "careplan-test-util.h"

#define N_CHILDREN 250
#define SEED 20261207

static const char * const rnes[] = { "P", "L", "T", "U", "B", "P", "L" };
static const char * const legal_statuses[] = { "C1", "C2", "C2", "V2", "E1", "J2" };
static const char * const placement_types[] = { "U1", "U4", "U6", "U6", "P1", "R1", "K2", "Z1" };

static int
between (GRand *rand,
         int    low,
         int    high)
{
  return g_rand_int_range (rand, low, high + 1);
}

/* A child looked after from a date in 2019–2023, with up to six episodes
 * chained by X1 (the last possibly ended), and events of every kind
 * scattered over the years of care. */
static CareplanChild *
generate_child (GRand  *rand,
                guint   number,
                CareplanDate *first_day,
                CareplanDate *last_day)
{
  g_autofree char *id = g_strdup_printf ("G%04u", number);
  g_autoptr(CareplanChild) child = cpt_child_new (id);
  CareplanDate start = careplan_date_add_days (cpt_date ("2019-01-01"), between (rand, 0, 5 * 365));
  CareplanDate day = start;
  guint n_episodes = between (rand, 1, 6);
  guint i;
  guint kind;

  careplan_child_set_date_of_birth (child, careplan_date_add_days (start, -between (rand, 200, 17 * 365)));
  *first_day = start;
  for (i = 0; i < n_episodes; i++)
    {
      CareplanDate end = careplan_date_add_days (day, between (rand, 20, 500));
      gboolean last = i + 1 == n_episodes;
      g_autoptr(CareplanEpisode) episode = careplan_episode_new ();

      careplan_episode_set_start (episode, day);
      careplan_episode_set_reason_new_episode (episode, i == 0 ? "S" : rnes[between (rand, 0, G_N_ELEMENTS (rnes) - 1)]);
      careplan_episode_set_legal_status (episode, legal_statuses[between (rand, 0, G_N_ELEMENTS (legal_statuses) - 1)]);
      careplan_episode_set_category_of_need (episode, "N1");
      careplan_episode_set_placement_type (episode, placement_types[between (rand, 0, G_N_ELEMENTS (placement_types) - 1)]);
      careplan_episode_set_placement_provider (episode, "PR1");
      careplan_episode_set_long_term (episode, between (rand, 0, 2) == 0 ? CAREPLAN_TRISTATE_YES :
                                               between (rand, 0, 1) == 0 ? CAREPLAN_TRISTATE_NO :
                                               CAREPLAN_TRISTATE_UNSET);
      if (!last || between (rand, 0, 1) == 0)
        {
          careplan_episode_set_end (episode, end);
          careplan_episode_set_reason_ended (episode, last ? "E4A" : "X1");
        }
      careplan_child_add_episode (child, episode);
      day = end;
    }
  *last_day = day;

  for (kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      guint n = kind == CAREPLAN_EVENT_KIND_VISIT ? between (rand, 0, 30) : between (rand, 0, 5);
      CareplanDate date = start;

      for (i = 0; i < n; i++)
        {
          g_autoptr(CareplanEvent) event = NULL;

          date = careplan_date_add_days (date, between (rand, 0, kind == CAREPLAN_EVENT_KIND_VISIT ? 60 : 200));
          event = careplan_event_new (kind, date);
          careplan_child_add_event (child, event);
        }
    }

  return g_steal_pointer (&child);
}

/* The record of @child as it stood at @cut: no episode starting after it,
 * no event dated after it (the ends of the episodes kept are kept). */
static CareplanChild *
cut_at (CareplanChild *child,
        CareplanDate   cut)
{
  g_autoptr(CareplanChild) copy = careplan_child_new (careplan_child_get_id (child));
  GListModel *episodes = careplan_child_get_episodes (child);
  GListModel *events = careplan_child_get_events (child);
  guint i;

  careplan_child_set_date_of_birth (copy, careplan_child_get_date_of_birth (child));
  for (i = 0; i < g_list_model_get_n_items (episodes); i++)
    {
      g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, i);

      if (careplan_episode_get_start (episode) <= cut)
        careplan_child_add_episode (copy, episode);
    }
  for (i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(CareplanEvent) event = g_list_model_get_item (events, i);

      if (careplan_event_get_date (event) <= cut)
        careplan_child_add_event (copy, event);
    }

  return g_steal_pointer (&copy);
}

/* Rules whose due date is the date of a later event, so that the law
 * itself moves it as that event is recorded: "before the first review"
 * (CPPCR 2010 reg 7(1); Children Act 1989 s25A for the IRO) and "by the
 * second review" (statutory guidance vol 2) are due on the review's date
 * once it is held, and on the review's own deadline until then.  A first review held late after an
 * assessment made after that deadline turns a `met-late` into `met`.
 * Left out of the property, and reported (issue 18's note). */
static const char * const due_follows_later_event[] = {
  "ca1989.s25A.iro-appointment",
  "cppcr-2010.reg7-1.initial-health-assessment",
  "guidance.vol2.permanence-plan-by-second-review",
};

static gboolean
due_follows_a_later_event (CareplanFinding *finding)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (due_follows_later_event); i++)
    if (g_str_equal (careplan_finding_get_rule_id (finding), due_follows_later_event[i]))
      return TRUE;

  return FALSE;
}

static char *
identity (CareplanFinding *finding)
{
  g_autofree char *summary = cpt_summarize (finding);

  return g_strdup_printf ("%s %s", careplan_finding_get_rule_id (finding), summary);
}

static void
test_settled_findings_stable (void **state)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  guint compared = 0;
  guint number;

  for (number = 0; number < N_CHILDREN; number++)
    {
      CareplanDate first_day;
      CareplanDate last_day;
      g_autoptr(CareplanChild) child = generate_child (rand, number, &first_day, &last_day);
      CareplanDate judged = careplan_date_add_days (last_day, between (rand, 0, 200));
      /* Within the built-in calendar (the engine refuses an as-of date
       * outside it). */
      CareplanDate as_of = MIN (judged, cpt_date ("2028-12-31"));
      CareplanDate cut = careplan_date_add_days (first_day, between (rand, 30, (int) (as_of - first_day)));
      g_autoptr(CareplanChild) past = cut_at (child, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) whole = careplan_engine_evaluate (engine, child, as_of, &error);
      g_autoptr(GListModel) partial = whole != NULL ? careplan_engine_evaluate (engine, past, as_of, &error) : NULL;
      g_autoptr(GHashTable) found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      guint i;

      if (whole == NULL || partial == NULL)
        fail_msg ("child %u: the engine refused the record: %s", number, error->message);
      for (i = 0; i < g_list_model_get_n_items (whole); i++)
        {
          g_autoptr(CareplanFinding) finding = g_list_model_get_item (whole, i);

          g_hash_table_add (found, identity (finding));
        }

      for (i = 0; i < g_list_model_get_n_items (partial); i++)
        {
          g_autoptr(CareplanFinding) finding = g_list_model_get_item (partial, i);
          CareplanFindingStatus status = careplan_finding_get_status (finding);
          CareplanDate due = careplan_finding_get_due (finding);
          CareplanDate done = careplan_finding_get_done (finding);
          g_autofree char *key = NULL;

          if ((status != CAREPLAN_FINDING_STATUS_MET && status != CAREPLAN_FINDING_STATUS_MET_LATE) ||
              due > cut || done > cut || due_follows_a_later_event (finding))
            continue;

          key = identity (finding);
          if (!g_hash_table_contains (found, key))
            {
              char cut_iso[CAREPLAN_DATE_ISO_LENGTH];
              char as_of_iso[CAREPLAN_DATE_ISO_LENGTH];

              careplan_date_format_iso (cut, cut_iso);
              careplan_date_format_iso (as_of, as_of_iso);
              fail_msg ("child %u (%s), record cut at %s, as of %s: \"%s\" (%s) changed when later data was added",
                        number, careplan_child_get_id (child), cut_iso, as_of_iso, key,
                        careplan_finding_get_message (finding));
            }
          compared++;
        }
    }

  /* The property must have been tried on a fair number of findings. */
  assert_true (compared > 1000);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_settled_findings_stable),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
