/* bench-cohort.c: a synthetic national cohort of children in care
 *
 * Child number i of a cohort is made from a random generator seeded with
 * (seed, i) alone, so any slice of a cohort of a million can be made
 * without the rest, in any order, the same every time.  That is what lets
 * the benchmarks stream: BenchCohort is a GListModel whose items are made
 * when asked for and dropped when the caller drops them, and the JSON and
 * SSDA903 files are written one chunk at a time.
 *
 * The shape follows the children-looked-after statistics for England in
 * broad strokes (ages, legal statuses, placement types, one period of
 * care for most, a second for some; short breaks; care leavers), with the
 * events the default rulebook reads: reviews, visits, plans, health and
 * dental checks, SDQs, personal education plans, missing episodes, carer
 * approvals, pathway plans and contacts.  Most things happen on time,
 * some late, a few never: the rules get every kind of finding to write.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "bench-cohort.h"

#include <stdlib.h>
#include <sys/resource.h>

typedef struct
{
  const char *code;
  guint       weight;
} Weighted;

static const Weighted ages[] = {          /* years at the as-of date */
  { "0", 5 }, { "1", 4 }, { "2", 3 }, { "3", 3 }, { "4", 3 },
  { "5", 3 }, { "6", 3 }, { "7", 4 }, { "8", 4 }, { "9", 4 },
  { "10", 5 }, { "11", 6 }, { "12", 6 }, { "13", 7 }, { "14", 8 }, { "15", 9 },
  { "16", 11 }, { "17", 12 },
};

static const Weighted legal_statuses[] = {
  { "C2", 46 }, { "V2", 18 }, { "C1", 16 }, { "E1", 8 }, { "L1", 2 }, { "L2", 3 },
  { "J1", 1 }, { "J2", 3 }, { "J3", 1 }, { "D1", 2 },
};

static const Weighted needs[] = {
  { "N1", 65 }, { "N2", 4 }, { "N3", 3 }, { "N4", 15 }, { "N5", 6 },
  { "N6", 2 }, { "N7", 1 }, { "N8", 4 },
};

static const Weighted placement_types[] = {
  { "U1", 5 }, { "U2", 3 }, { "U3", 6 }, { "U4", 15 }, { "U5", 8 }, { "U6", 32 },
  { "K2", 12 }, { "P1", 7 }, { "R1", 1 }, { "H5", 4 }, { "A5", 2 }, { "A6", 2 },
  { "S1", 1 }, { "R2", 1 }, { "Z1", 1 },
};

static const Weighted providers[] = {
  { "PR1", 40 }, { "PR2", 8 }, { "PR3", 4 }, { "PR4", 42 }, { "PR5", 6 },
};

static const Weighted placement_changes[] = {
  { "CARPL", 30 }, { "CLOSE", 5 }, { "ALLEG", 3 }, { "STAND", 10 }, { "APPRR", 5 },
  { "CREQB", 10 }, { "CREQO", 8 }, { "CHILD", 7 }, { "LAREQ", 8 }, { "PLACE", 8 },
  { "CUSTOD", 1 }, { "OTHER", 5 },
};

static const Weighted period_endings[] = {
  { "E11", 30 }, { "E12", 10 }, { "E13", 6 }, { "E41", 8 }, { "E45", 6 },
  { "E46", 3 }, { "E47", 3 }, { "E48", 8 }, { "E4A", 10 }, { "E8", 16 },
};

static const Weighted participations[] = {
  { "PN1", 60 }, { "PN0", 10 }, { "PN2", 5 }, { "PN3", 8 }, { "PN4", 7 },
  { "PN5", 4 }, { "PN6", 3 }, { "PN7", 3 },
};

static const Weighted permanence_plans[] = {
  { "return-home", 25 }, { "family-and-friends", 10 }, { "special-guardianship", 15 },
  { "child-arrangements-order", 3 }, { "adoption", 12 }, { "long-term-fostering", 25 },
  { "residential", 4 }, { "independence", 6 },
};

static const char *
pick (GRand          *rand,
      const Weighted *table,
      guint           n)
{
  guint total = 0;
  guint r;

  for (guint i = 0; i < n; i++)
    total += table[i].weight;
  r = (guint) g_rand_int_range (rand, 0, (gint32) total);
  for (guint i = 0; i < n; i++)
    {
      if (r < table[i].weight)
        return table[i].code;
      r -= table[i].weight;
    }
  return table[n - 1].code;
}

#define PICK(rand, table) pick ((rand), (table), G_N_ELEMENTS (table))

static gboolean
chance (GRand *rand,
        guint  percent)
{
  return (guint) g_rand_int_range (rand, 0, 100) < percent;
}

static int
between (GRand *rand,
         int    low,
         int    high)
{
  return high <= low ? low : g_rand_int_range (rand, low, high + 1);
}

static CareplanDate
later (CareplanDate date,
       int          days)
{
  return careplan_date_add_days (date, days);
}

/* Adds an event of @kind on @date when it falls inside [from, until]. */
static CareplanEvent *
add_event (CareplanChild     *child,
           CareplanEventKind  kind,
           CareplanDate       date,
           CareplanDate       from,
           CareplanDate       until)
{
  g_autoptr(CareplanEvent) event = NULL;

  if (date < from || date > until)
    return NULL;
  event = careplan_event_new (kind, date);
  careplan_child_add_event (child, event);
  return event;  /* the child holds it */
}

static char *
postcode (GRand *rand)
{
  return g_strdup_printf ("%c%c%d %d%c%c",
                          'A' + between (rand, 0, 25), 'A' + between (rand, 0, 25),
                          between (rand, 1, 29), between (rand, 0, 9),
                          'A' + between (rand, 0, 25), 'A' + between (rand, 0, 25));
}

static CareplanEpisode *
add_episode (CareplanChild *child,
             GRand         *rand,
             CareplanDate   start,
             const char    *rne,
             const char    *legal_status,
             const char    *need,
             const char    *placement_type,
             const char    *home)
{
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  g_autofree char *where = postcode (rand);

  careplan_episode_set_start (episode, start);
  careplan_episode_set_reason_new_episode (episode, rne);
  careplan_episode_set_legal_status (episode, legal_status);
  careplan_episode_set_category_of_need (episode, need);
  careplan_episode_set_placement_type (episode, placement_type);
  careplan_episode_set_placement_provider (episode, g_str_equal (placement_type, "P1") ? "PR0"
                                                    : PICK (rand, providers));
  careplan_episode_set_home_postcode (episode, home);
  careplan_episode_set_placement_postcode (episode, where);
  if (g_str_equal (placement_type, "K2"))
    {
      g_autofree char *urn = g_strdup_printf ("SC%06d", between (rand, 0, 999999));

      careplan_episode_set_urn (episode, urn);
    }
  if (g_str_equal (placement_type, "U1") || g_str_equal (placement_type, "U4"))
    careplan_episode_set_long_term (episode, chance (rand, 50) ? CAREPLAN_TRISTATE_YES
                                                               : CAREPLAN_TRISTATE_NO);
  careplan_child_add_episode (child, episode);
  return episode;  /* the child holds it */
}

/* Visits to one placement [start, until]: within a week of its start,
 * then about six-weekly in its first year and three-monthly after it when
 * it is long-term; some late, a few missed altogether. */
static void
add_visits (CareplanChild *child,
            GRand         *rand,
            CareplanDate   start,
            CareplanDate   until,
            gboolean       long_term,
            int            age)
{
  CareplanDate visit = later (start, between (rand, 1, chance (rand, 90) ? 7 : 14));
  CareplanDate first_year = careplan_date_add_months (start, 12);

  while (visit <= until)
    {
      CareplanEvent *event = add_event (child, CAREPLAN_EVENT_KIND_VISIT, visit, start, until);

      if (event != NULL && age >= 4)
        careplan_event_set_seen_alone (event, chance (rand, 75) ? CAREPLAN_TRISTATE_YES : CAREPLAN_TRISTATE_NO);
      if (long_term && visit >= first_year)
        visit = later (visit, between (rand, 50, chance (rand, 90) ? 92 : 130));
      else
        visit = later (visit, between (rand, 14, chance (rand, 88) ? 42 : 70));
    }
}

/* Reviews of a period: 20 working days (about 28 calendar days), then 3
 * months, then every 6 months; mostly on time. */
static void
add_reviews (CareplanChild *child,
             GRand         *rand,
             CareplanDate   start,
             CareplanDate   until)
{
  CareplanDate review = later (start, between (rand, 14, chance (rand, 85) ? 28 : 40));

  for (guint n = 0; review <= until; n++)
    {
      if (!chance (rand, 3))
        {
          CareplanEvent *event = add_event (child, CAREPLAN_EVENT_KIND_REVIEW, review, start, until);

          if (event != NULL)
            careplan_event_set_participation (event, PICK (rand, participations));
        }
      review = careplan_date_add_months (review, n == 0 ? 3 : 6);
      review = later (review, between (rand, -25, chance (rand, 85) ? 0 : 30));
    }
}

static void
add_health (CareplanChild *child,
            GRand         *rand,
            CareplanDate   start,
            CareplanDate   until,
            int            age)
{
  CareplanDate date = later (start, between (rand, 7, chance (rand, 70) ? 28 : 60));
  gboolean first = TRUE;

  while (date <= until)
    {
      CareplanEvent *event = add_event (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, date, start, until);

      if (event != NULL)
        careplan_event_set_sub_kind (event, first ? "initial" : "review");
      first = FALSE;
      date = careplan_date_add_months (date, age < 5 ? 6 : 12);
      date = later (date, between (rand, -30, chance (rand, 80) ? 0 : 60));
    }

  for (date = later (start, between (rand, 30, 240)); date <= until;
       date = later (careplan_date_add_months (date, 12), between (rand, -40, 60)))
    if (!chance (rand, 20))
      add_event (child, CAREPLAN_EVENT_KIND_DENTAL_CHECK, date, start, until);

  if (age >= 4 && age <= 17)
    for (date = later (start, between (rand, 60, 365)); date <= until;
         date = later (careplan_date_add_months (date, 12), between (rand, -30, 30)))
      {
        CareplanEvent *event = add_event (child, CAREPLAN_EVENT_KIND_SDQ, date, start, until);

        if (event != NULL)
          careplan_event_set_score (event, CLAMP ((int) g_rand_double_range (rand, 0, 14)
                                                  + (int) g_rand_double_range (rand, 0, 14), 0, 40));
      }
}

static void
add_education (CareplanChild *child,
               GRand         *rand,
               CareplanDate   start,
               CareplanDate   until,
               int            age)
{
  CareplanDate date;
  gboolean first = TRUE;

  if (age < 5)
    return;
  for (date = later (start, between (rand, 5, 40)); date <= until;
       date = later (careplan_date_add_months (date, 4), between (rand, -20, 25)))
    {
      CareplanEvent *event = add_event (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, date, start, until);

      if (event != NULL)
        careplan_event_set_sub_kind (event, first ? "initial" : "review");
      first = FALSE;
    }
}

static void
add_missing (CareplanChild *child,
             GRand         *rand,
             CareplanDate   start,
             CareplanDate   until,
             int            age)
{
  int n;

  if (age < 11 || !chance (rand, 12) || until <= start + 2)
    return;
  n = 1 + (chance (rand, 50) ? between (rand, 0, 3) : between (rand, 0, 12));
  for (int i = 0; i < n; i++)
    {
      CareplanDate from = later (start, between (rand, 0, (int) (until - start) - 1));
      CareplanDate back = MIN (later (from, between (rand, 0, 3)), until);
      CareplanEvent *event = add_event (child, CAREPLAN_EVENT_KIND_MISSING_EPISODE, from, start, until);

      if (event == NULL)
        continue;
      careplan_event_set_end (event, back);
      careplan_event_set_sub_kind (event, chance (rand, 80) ? "M" : "A");
      careplan_event_set_return_interview_offered (event, chance (rand, 85) ? CAREPLAN_TRISTATE_YES : CAREPLAN_TRISTATE_NO);
      if (chance (rand, 70) && later (back, 5) <= until)
        careplan_event_set_date_field (event, "return_interview", later (back, between (rand, 0, 5)));
    }
}

static void
add_care_leaver (CareplanChild *child,
                 GRand         *rand,
                 CareplanDate   dob,
                 CareplanDate   as_of,
                 gboolean       left_care)
{
  g_autoptr(CareplanCareLeaver) leaver = careplan_care_leaver_new ();
  CareplanDate sixteen = careplan_date_get_birthday (dob, 16, CAREPLAN_LEAP_DAY_POLICY_MARCH_1);
  CareplanDate eighteen = careplan_date_get_birthday (dob, 18, CAREPLAN_LEAP_DAY_POLICY_MARCH_1);
  CareplanDate assessed = later (sixteen, between (rand, 0, chance (rand, 80) ? 90 : 240));
  CareplanDate date;

  if (assessed > as_of)
    return;
  careplan_care_leaver_set_needs_assessment (leaver, assessed);
  careplan_care_leaver_set_personal_adviser_from (leaver, later (assessed, between (rand, 0, 60)));
  if (left_care && chance (rand, 20))
    careplan_care_leaver_set_staying_put_from (leaver, eighteen);
  careplan_child_set_care_leaver (child, leaver);

  for (date = later (assessed, between (rand, 0, 40)); date <= as_of;
       date = later (careplan_date_add_months (date, 6), between (rand, -20, 40)))
    add_event (child, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, date, assessed, as_of);

  if (left_care)
    for (date = later (eighteen, between (rand, 7, 40)); date <= as_of;
         date = later (date, between (rand, 28, chance (rand, 85) ? 56 : 120)))
      add_event (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, date, eighteen, as_of);
}

/* One period of care [start, end] (end NONE: open at the as-of date). */
static void
add_period (CareplanChild *child,
            GRand         *rand,
            CareplanDate   start,
            CareplanDate   end,
            CareplanDate   as_of,
            int            age)
{
  CareplanDate until = end != CAREPLAN_DATE_NONE ? end : as_of;
  const char *legal_status = PICK (rand, legal_statuses);
  const char *need = PICK (rand, needs);
  g_autofree char *home = postcode (rand);
  CareplanDate placement_start = start;
  CareplanEpisode *episode = NULL;
  CareplanEvent *event;

  for (guint p = 0; placement_start <= until; p++)
    {
      const char *placement_type = PICK (rand, placement_types);
      CareplanDate placement_end = later (placement_start, between (rand, 20, chance (rand, 60) ? 500 : 1500));
      gboolean last = placement_end >= until;
      gboolean long_term;

      if (age < 16 && g_str_equal (placement_type, "H5"))
        placement_type = "U6";
      if (episode != NULL)
        careplan_episode_set_end (episode, placement_start);
      if (episode != NULL)
        careplan_episode_set_reason_ended (episode, "X1");
      episode = add_episode (child, rand, placement_start, p == 0 ? "S" : chance (rand, 90) ? "P" : "B",
                             legal_status, need, placement_type, home);
      if (p > 0)
        careplan_episode_set_reason_placement_change (episode, PICK (rand, placement_changes));
      long_term = careplan_episode_get_long_term (episode) == CAREPLAN_TRISTATE_YES;

      add_event (child, CAREPLAN_EVENT_KIND_PLACEMENT_PLAN,
                 later (placement_start, between (rand, 0, chance (rand, 85) ? 5 : 20)), start, until);
      add_visits (child, rand, placement_start, last ? until : placement_end, long_term, age);

      if (g_str_has_prefix (placement_type, "U") && placement_type[1] <= '3')
        {
          event = add_event (child, CAREPLAN_EVENT_KIND_CARER_APPROVAL, placement_start, start, until);
          if (event != NULL)
            {
              careplan_event_set_sub_kind (event, "temporary-connected-person");
              if (chance (rand, 40))
                careplan_event_set_extended_to (event, later (placement_start, 16 * 7 + between (rand, 0, 56)));
              if (chance (rand, 60))
                careplan_event_set_approved (event, later (placement_start, between (rand, 60, 260)));
            }
        }

      /* A change of legal status that keeps the placement (RNE L). */
      if (!last && g_str_equal (legal_status, "C1") && chance (rand, 50))
        {
          CareplanDate change = later (placement_start, (int) (placement_end - placement_start) / 2);

          careplan_episode_set_end (episode, change);
          careplan_episode_set_reason_ended (episode, "X1");
          legal_status = "C2";
          episode = add_episode (child, rand, change, "L", legal_status, need, placement_type, home);
          if (long_term)
            careplan_episode_set_long_term (episode, CAREPLAN_TRISTATE_YES);
        }

      if (last)
        break;
      placement_start = placement_end;
    }

  if (end != CAREPLAN_DATE_NONE)
    {
      careplan_episode_set_end (episode, end);
      careplan_episode_set_reason_ended (episode, PICK (rand, period_endings));
    }

  add_event (child, CAREPLAN_EVENT_KIND_CARE_PLAN, later (start, between (rand, 0, 12)), start, until);
  add_event (child, CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, later (start, between (rand, 0, 8)), start, until);
  add_reviews (child, rand, start, until);
  add_health (child, rand, start, until, age);
  add_education (child, rand, start, until, age);
  add_missing (child, rand, start, until, age);

  event = add_event (child, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN,
                     later (careplan_date_add_months (start, 4), between (rand, -30, 40)), start, until);
  if (event != NULL)
    careplan_event_set_plan (event, PICK (rand, permanence_plans));
  if (age < 12 && chance (rand, 40))
    {
      CareplanDate begun = later (start, between (rand, 30, 300));

      event = add_event (child, CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, begun, start, until);
      if (event != NULL)
        careplan_event_set_sub_kind (event, "started");
      event = add_event (child, CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, later (begun, between (rand, 90, 400)),
                         start, until);
      if (event != NULL)
        careplan_event_set_sub_kind (event, "completed");
    }
}

/* Short breaks (reg 48): a disabled child's series of two- or three-night
 * stays, each its own episode, over the last year or two. */
static void
add_short_breaks (CareplanChild *child,
                  GRand         *rand,
                  CareplanDate   as_of)
{
  CareplanDate stay = later (as_of, -between (rand, 90, 700));
  const char *legal_status = chance (rand, 80) ? "V3" : "V4";
  g_autofree char *home = postcode (rand);

  careplan_child_set_disabled (child, CAREPLAN_TRISTATE_YES);
  while (stay < as_of)
    {
      CareplanDate leave = MIN (later (stay, between (rand, 1, 3)), as_of);
      CareplanEpisode *episode = add_episode (child, rand, stay, "S", legal_status, "N3",
                                              chance (rand, 70) ? "U6" : "K1", home);

      if (leave < as_of)
        {
          careplan_episode_set_end (episode, leave);
          careplan_episode_set_reason_ended (episode, "E13");
        }
      if (chance (rand, 30))
        add_event (child, CAREPLAN_EVENT_KIND_VISIT, later (stay, 1), stay, leave);
      stay = later (leave, between (rand, 7, 45));
    }
  add_reviews (child, rand, later (as_of, -between (rand, 90, 700)), as_of);
}

/**
 * bench_make_child:
 * @index: the child's number in the cohort
 * @seed: the cohort's seed
 * @as_of: the date the record runs up to
 *
 * Makes child @index of the cohort @seed: the same child every time.
 *
 * Returns: (transfer full): the child
 */
CareplanChild *
bench_make_child (guint         index,
                  guint32       seed,
                  CareplanDate  as_of)
{
  guint32 seeds[2] = { seed, index };
  g_autoptr(GRand) rand = g_rand_new_with_seed_array (seeds, G_N_ELEMENTS (seeds));
  g_autofree char *id = g_strdup_printf ("N%07u", index);
  CareplanChild *child = careplan_child_new (id);
  int kind = between (rand, 0, 99);
  int age = kind < 10 ? between (rand, 18, 20) : atoi (PICK (rand, ages));
  CareplanDate dob = later (careplan_date_add_months (as_of, -12 * age), -between (rand, 0, 364));
  CareplanDate born_plus_a_week = later (dob, 7);
  g_autofree char *upn = g_strdup_printf ("A%012u", index);

  careplan_child_set_date_of_birth (child, dob);
  careplan_child_set_sex (child, chance (rand, 56) ? "M" : "F");
  careplan_child_set_upn (child, upn);
  careplan_child_set_uasc (child, age >= 14 && chance (rand, 25) ? CAREPLAN_TRISTATE_YES : CAREPLAN_TRISTATE_NO);

  if (kind < 10)
    {
      /* A care leaver: in care from 14 to 18. */
      CareplanDate eighteen = careplan_date_get_birthday (dob, 18, CAREPLAN_LEAP_DAY_POLICY_MARCH_1);
      CareplanDate entered = later (careplan_date_add_months (dob, 12 * 14), between (rand, 0, 700));

      add_period (child, rand, entered, eighteen, as_of, 17);
      add_care_leaver (child, rand, dob, as_of, TRUE);
    }
  else if (kind < 13 && age >= 5)
    add_short_breaks (child, rand, as_of);
  else
    {
      int in_care = between (rand, 7, MAX (7, MIN ((int) (as_of - born_plus_a_week), 6 * 365)));
      CareplanDate start;

      /* Most periods are recent: the shorter of two draws. */
      in_care = MIN (in_care, between (rand, 7, MAX (7, MIN ((int) (as_of - born_plus_a_week), 6 * 365))));
      start = MAX (later (as_of, -in_care), born_plus_a_week);

      if (kind >= 88 && start > born_plus_a_week + 400)
        {
          /* An earlier period that ended with a return home. */
          CareplanDate earlier_end = later (start, -between (rand, 30, 300));
          CareplanDate earlier_start = MAX (later (earlier_end, -between (rand, 40, 500)), born_plus_a_week);

          if (earlier_start < earlier_end)
            add_period (child, rand, earlier_start, earlier_end, as_of, age);
        }
      add_period (child, rand, start, CAREPLAN_DATE_NONE, as_of, age);
      if (age >= 16)
        add_care_leaver (child, rand, dob, as_of, FALSE);
    }

  return child;
}

/* The cohort as a GListModel ---------------------------------------------- */

struct _BenchCohort
{
  GObject parent_instance;

  guint   first;
  guint   n_children;
  guint32 seed;
  CareplanDate as_of;
};

static GType
bench_cohort_get_item_type (GListModel *model)
{
  return CAREPLAN_TYPE_CHILD;
}

static guint
bench_cohort_get_n_items (GListModel *model)
{
  return BENCH_COHORT (model)->n_children;
}

static gpointer
bench_cohort_get_item (GListModel *model,
                       guint       position)
{
  BenchCohort *self = BENCH_COHORT (model);

  if (position >= self->n_children)
    return NULL;
  return bench_make_child (self->first + position, self->seed, self->as_of);
}

static void
bench_cohort_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bench_cohort_get_item_type;
  iface->get_n_items = bench_cohort_get_n_items;
  iface->get_item = bench_cohort_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (BenchCohort, bench_cohort, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, bench_cohort_list_model_init))

static void
bench_cohort_class_init (BenchCohortClass *klass)
{
}

static void
bench_cohort_init (BenchCohort *self)
{
}

/**
 * bench_cohort_new:
 * @first: the number of the first child
 * @n_children: how many children
 * @seed: the cohort's seed
 *
 * A list of children @first … @first + @n_children - 1 of the cohort
 * @seed, each made when it is asked for: the list holds none of them.
 *
 * Returns: (transfer full): the list
 */
BenchCohort *
bench_cohort_new (guint   first,
                  guint   n_children,
                  guint32 seed)
{
  BenchCohort *self = g_object_new (BENCH_TYPE_COHORT, NULL);

  self->first = first;
  self->n_children = n_children;
  self->seed = seed;
  self->as_of = bench_as_of ();
  return self;
}

CareplanDate
bench_as_of (void)
{
  return careplan_date_new (BENCH_AS_OF_YEAR, BENCH_AS_OF_MONTH, BENCH_AS_OF_DAY);
}

/* Measuring --------------------------------------------------------------- */

double
bench_peak_rss_mib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;  /* Linux reports KiB */
}

double
bench_seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1e6;
}

/* One line a step, the same shape from every benchmark, so that run.sh
 * can make its table: what, children, seconds, µs a child, peak MiB. */
void
bench_report (const char *what,
              guint       n_children,
              double      seconds,
              const char *extra)
{
  g_print ("%-28s %9u children %9.3f s %9.2f us/child  peak %8.1f MiB%s%s\n",
           what, n_children, seconds, n_children > 0 ? seconds * 1e6 / n_children : 0.0,
           bench_peak_rss_mib (), extra != NULL ? "  " : "", extra != NULL ? extra : "");
}
