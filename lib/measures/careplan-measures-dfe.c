/* careplan-measures-dfe.c: the DfE indicators
 *
 * Placement stability (docs/measures.md),
 * the OC2 cohort of children looked after continuously for twelve months
 * and its outcome indicators (§7.3, worked example 14), the adoption
 * scorecard's A1, A2 and A10 (§5) and reviews held in time.
 *
 * Where the DfE's counting rule was not read (which episodes count as
 * placements, day conventions, which adoption dates are used) the
 * reading chosen is written into the definition and made a parameter.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-measures-private.h"

#define DFE_STABILITY "DfE, Stability measures for children looked after in England (data guidance)"
#define DFE_STABILITY_URL \
  "https://explore-education-statistics.service.gov.uk/find-statistics/stability-measures-for-children-looked-after-in-england/2024/data-guidance"
#define DFE_STABILITY_DATA_URL \
  "https://explore-education-statistics.service.gov.uk/data-catalogue/data-set/68c7a1f2-7dd9-42d4-9794-e94203e311f0"
#define DFE_CLA "DfE, Children looked after in England including adoptions (data guidance)"
#define DFE_CLA_URL \
  "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2020/data-guidance"
#define DFE_SCORECARD "DfE, Adoption scorecards"
#define DFE_SCORECARD_URL "https://gov.uk/government/news/adoption-scorecards-and-thresholds-published"
#define CPPCR_2010 "Care Planning, Placement and Case Review (England) Regulations 2010"
#define CPPCR_2010_REG_33_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/33/made"

#define YES "1"

/* Placement stability */

static const CareplanMeasureParameterSpec three_plus_parameters[] = {
  { "min_placements", CAREPLAN_MEASURE_PARAMETER_NUMBER, "3", "placements",
    "A child is counted with at least this many placements in the period.", 1, 1000 },
  { "placement_reasons", CAREPLAN_MEASURE_PARAMETER_CODES, "S,P,T,B,U", "codes",
    "Reasons for new episode (RNE) whose episode starts a placement for this count. "
    "UNCONFIRMED: the DfE methodology was not read; this is the catalogue's best "
    "understanding (docs/measures.md).", 0, 0 },
  { "excluded_placement_types", CAREPLAN_MEASURE_PARAMETER_CODES, "T0,T1,T2,T3,T4", "codes",
    "Placement types (PLACE) never counted as a placement: temporary moves. "
    "UNCONFIRMED (§7.1).", 0, 0 },
  { "count_open_at_start", CAREPLAN_MEASURE_PARAMETER_NUMBER, "1", "",
    "1: the placement a child is already in on the first day of the period counts as "
    "one of the period's placements; 0: only placements starting in the period count. "
    "UNCONFIRMED.", 0, 1 },
};

enum { THREE_PLUS_MIN, THREE_PLUS_REASONS, THREE_PLUS_EXCLUDED, THREE_PLUS_OPEN_AT_START };

typedef struct
{
  guint    count;
  GString *list;
} PlacementCount;

static void
count_placement (const CareplanMeasureChild          *child,
                 const CareplanMeasureParameterValue *parameters,
                 CareplanEpisode                     *episode,
                 CareplanDate                         until,
                 PlacementCount                      *counted)
{
  CareplanDate start = careplan_episode_get_start (episode);
  char iso[CAREPLAN_DATE_ISO_LENGTH];
  const char *type = careplan_episode_get_placement_type (episode);

  if (start > child->period_end)
    return;
  if (parameters[THREE_PLUS_OPEN_AT_START].number)
    {
      /* A placement ending on the first day ([start, until) meets the
       * next one there) was not lived in during the period. */
      if (until != CAREPLAN_DATE_NONE && until <= child->period_start)
        return;
    }
  else if (start < child->period_start)
    return;

  g_string_append_printf (counted->list, "%s%s from %s", counted->count > 0 ? ", " : "",
                          type != NULL ? type : "(no type)", careplan_measure_iso (start, iso));
  counted->count++;
}

static void
measure_three_plus_placements (const CareplanMeasureChild          *child,
                               const CareplanMeasureParameterValue *parameters,
                               CareplanMeasureTally                *tally)
{
  const CareplanChildIndex *index = child->index;
  PlacementCount counted = { 0, NULL };
  g_autoptr(GString) list = g_string_new (NULL);
  guint p, e;
  gboolean enough;

  if (child->current == NULL)
    return;

  counted.list = list;
  for (p = 0; p < index->periods->len; p++)
    {
      const CareplanPeriodSpan *period = &g_array_index (index->periods, CareplanPeriodSpan, p);
      CareplanEpisode *pending = NULL;

      if (period->short_break)
        continue;
      if (period->end != CAREPLAN_DATE_NONE && period->end < child->period_start)
        continue;

      /* A counted placement lasts until the next counted one starts, or
       * the period of care ends: a temporary move in between does not
       * end it. */
      for (e = period->first_episode; e < period->first_episode + period->n_episodes; e++)
        {
          CareplanEpisode *episode = careplan_measure_child_episode (child, e);

          if (!careplan_measure_words_contain (&parameters[THREE_PLUS_REASONS],
                                               careplan_episode_get_reason_new_episode (episode)) ||
              careplan_measure_words_contain (&parameters[THREE_PLUS_EXCLUDED],
                                              careplan_episode_get_placement_type (episode)))
            continue;
          if (pending != NULL)
            count_placement (child, parameters, pending, careplan_episode_get_start (episode), &counted);
          pending = episode;
        }
      if (pending != NULL)
        count_placement (child, parameters, pending, period->end, &counted);
    }

  enough = counted.count >= (guint) parameters[THREE_PLUS_MIN].number;
  careplan_measure_tally_add (tally, child->id, enough, -1,
                              counted.count == 0
                              ? g_strdup ("no counted placement in the period")
                              : g_strdup_printf ("%u placement%s in the period: %s",
                                                 counted.count, counted.count == 1 ? "" : "s",
                                                 list->str));
}

static const CareplanMeasureParameterSpec long_term_parameters[] = {
  { "max_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "16", "years",
    "Children aged under this at the period end are in the cohort.", 1, 25 },
  { "looked_after_months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "30", "months",
    "Continuously looked after at least this long: the current period of care began on "
    "or before the period end minus this many calendar months (corresponding date; "
    "31 March 2026 gives 30 September 2023). Day convention UNCONFIRMED (§7.3).", 1, 600 },
  { "same_placement_months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "24", "months",
    "Stable: with the same carer since the period end minus this many calendar months or "
    "earlier. Day convention UNCONFIRMED (§7.3).", 1, 600 },
  { "adoption_placement_types", CAREPLAN_MEASURE_PARAMETER_CODES, "A3,A4,A5,A6", "codes",
    "Placement types of a placement for adoption, which counts together with the "
    "placement just before it.", 0, 0 },
};

enum { LONG_TERM_MAX_AGE, LONG_TERM_MONTHS, LONG_TERM_SAME_MONTHS, LONG_TERM_ADOPTION_TYPES };

static void
measure_long_term_stability (const CareplanMeasureChild          *child,
                             const CareplanMeasureParameterValue *parameters,
                             CareplanMeasureTally                *tally)
{
  const CareplanChildIndex *index = child->index;
  const CareplanPeriodSpan *current = child->current;
  const CareplanPlacementSpan *placement;
  const CareplanPlacementSpan *previous = NULL;
  CareplanEpisode *latest;
  CareplanDate cohort_from;
  CareplanDate stable_from;
  guint last;
  char iso[3][CAREPLAN_DATE_ISO_LENGTH];

  if (current == NULL || current->n_placements == 0)
    return;
  if (child->age_at_end < 0 || child->age_at_end >= parameters[LONG_TERM_MAX_AGE].number)
    return;

  cohort_from = careplan_date_add_months (child->period_end, -parameters[LONG_TERM_MONTHS].number);
  if (cohort_from == CAREPLAN_DATE_NONE || current->start > cohort_from)
    return;

  stable_from = careplan_date_add_months (child->period_end, -parameters[LONG_TERM_SAME_MONTHS].number);
  last = current->first_placement + current->n_placements - 1;
  placement = &g_array_index (index->placements, CareplanPlacementSpan, last);
  latest = careplan_measure_child_episode (child, placement->first_episode + placement->n_episodes - 1);
  if (current->n_placements > 1)
    previous = &g_array_index (index->placements, CareplanPlacementSpan, last - 1);

  if (placement->start <= stable_from)
    {
      careplan_measure_tally_add (tally, child->id, TRUE, -1,
                                  g_strdup_printf ("with the same carer since %s (on or before %s)",
                                                   careplan_measure_iso (placement->start, iso[0]),
                                                   careplan_measure_iso (stable_from, iso[1])));
      return;
    }

  if (careplan_measure_words_contain (&parameters[LONG_TERM_ADOPTION_TYPES],
                                      careplan_episode_get_placement_type (latest)) &&
      previous != NULL && previous->end == placement->start && previous->start <= stable_from)
    {
      careplan_measure_tally_add (tally, child->id, TRUE, -1,
                                  g_strdup_printf ("placed for adoption on %s; with the previous "
                                                   "placement, settled since %s (on or before %s)",
                                                   careplan_measure_iso (placement->start, iso[0]),
                                                   careplan_measure_iso (previous->start, iso[1]),
                                                   careplan_measure_iso (stable_from, iso[2])));
      return;
    }

  careplan_measure_tally_add (tally, child->id, FALSE, -1,
                              g_strdup_printf ("with the current carer only since %s (after %s)",
                                               careplan_measure_iso (placement->start, iso[0]),
                                               careplan_measure_iso (stable_from, iso[1])));
}

/* The OC2 cohort */

typedef enum
{
  OC2_NOT_IN_PERIOD,     /* no episode in the period, or only short breaks */
  OC2_NOT_CONTINUOUS,
  OC2_CONTINUOUS,
} Oc2Status;

/* The validator's definition (docs/measures.md): not continuously
 * looked after if an `S` episode starts after the first day of the
 * period, an episode ends with a reason other than `X1` on or after the
 * first day and before the last, or a V3/V4 episode falls in the period;
 * otherwise continuously looked after if any episode falls in it. */
static Oc2Status
oc2_status (const CareplanMeasureChild  *child,
            char                       **why)
{
  const CareplanChildIndex *index = child->index;
  CareplanDate start = child->period_start;
  CareplanDate end = child->period_end;
  gboolean during = FALSE;
  gboolean other_than_short_breaks = FALSE;
  char iso[CAREPLAN_DATE_ISO_LENGTH];
  guint i;

  *why = NULL;
  for (i = 0; i < index->episodes->len; i++)
    {
      CareplanEpisode *episode = careplan_measure_child_episode (child, i);
      CareplanDate episode_start = careplan_episode_get_start (episode);
      CareplanDate episode_end = careplan_measure_child_episode_end (child, episode);
      const char *reason = careplan_measure_child_episode_reason (child, episode);
      gboolean in_period = episode_start <= end &&
                           (episode_end == CAREPLAN_DATE_NONE || episode_end >= start);

      if (in_period)
        {
          during = TRUE;
          if (!careplan_episode_is_short_break (episode))
            other_than_short_breaks = TRUE;
        }
      if (*why != NULL)
        continue;

      if (g_strcmp0 (careplan_episode_get_reason_new_episode (episode), "S") == 0 &&
          episode_start > start && episode_start <= end)
        *why = g_strdup_printf ("started to be looked after on %s, after the first day of the period",
                                careplan_measure_iso (episode_start, iso));
      else if (episode_end != CAREPLAN_DATE_NONE && g_strcmp0 (reason, "X1") != 0 &&
               episode_end >= start && episode_end < end)
        *why = g_strdup_printf ("an episode ended on %s with reason %s", careplan_measure_iso (episode_end, iso),
                                reason != NULL ? reason : "(none recorded)");
      else if (in_period && careplan_episode_is_short_break (episode))
        *why = g_strdup_printf ("a short-break episode (%s) from %s falls in the period",
                                careplan_episode_get_legal_status (episode),
                                careplan_measure_iso (episode_start, iso));
    }

  if (!during || !other_than_short_breaks)
    {
      g_clear_pointer (why, g_free);
      return OC2_NOT_IN_PERIOD;
    }
  if (*why != NULL)
    return OC2_NOT_CONTINUOUS;

  *why = g_strdup ("looked after throughout the period");
  return OC2_CONTINUOUS;
}

static void
measure_oc2_cohort (const CareplanMeasureChild          *child,
                    const CareplanMeasureParameterValue *parameters,
                    CareplanMeasureTally                *tally)
{
  char *why = NULL;
  Oc2Status status = oc2_status (child, &why);

  if (status == OC2_NOT_IN_PERIOD)
    return;

  careplan_measure_tally_add (tally, child->id, status == OC2_CONTINUOUS, -1, why);
}

/* The OC2 indicators: the latest OC2 row (ANNUAL_OUTCOMES event) dated in
 * the period says whether the check was done ("1"), or for a @score
 * column holds a score. */
static void
measure_oc2_indicator (const CareplanMeasureChild *child,
                       CareplanMeasureTally       *tally,
                       const char                 *field,
                       const char                 *column,
                       gboolean                    score,
                       CareplanEventKind           recorded_kind,   /* CAREPLAN_EVENT_N_KINDS: none */
                       gboolean                    use_recorded_events)
{
  CareplanEvent *outcomes;
  CareplanEvent *recorded;
  const char *value;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  outcomes = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES,
                                            child->period_start, child->period_end);
  if (outcomes != NULL)
    {
      g_autofree char *stripped = NULL;

      value = careplan_event_get_text_field (outcomes, field);
      stripped = value != NULL ? g_strstrip (g_strdup (value)) : NULL;
      if (stripped != NULL && *stripped != '\0')
        {
          careplan_measure_tally_add (tally, child->id, score || g_str_equal (stripped, YES), -1,
                                      g_strdup_printf ("%s %s in the OC2 outcomes of %s", column, stripped,
                                                       careplan_measure_iso (careplan_event_get_date (outcomes), iso)));
          return;
        }
    }

  if (use_recorded_events && recorded_kind < CAREPLAN_EVENT_N_KINDS)
    {
      recorded = careplan_measure_child_latest (child, recorded_kind,
                                                child->period_start, child->period_end);
      if (recorded != NULL)
        {
          careplan_measure_tally_add (tally, child->id, TRUE, -1,
                                      g_strdup_printf ("no %s in OC2 outcomes; a %s is recorded on %s",
                                                       column, careplan_event_kind_to_string (recorded_kind),
                                                       careplan_measure_iso (careplan_event_get_date (recorded), iso)));
          return;
        }
    }

  careplan_measure_tally_add (tally, child->id, FALSE, -1,
                              outcomes != NULL
                              ? g_strdup_printf ("%s not recorded in the OC2 outcomes of %s", column,
                                                 careplan_measure_iso (careplan_event_get_date (outcomes), iso))
                              : g_strdup ("no OC2 outcomes recorded in the period"));
}

static gboolean
in_oc2_cohort (const CareplanMeasureChild *child)
{
  g_autofree char *why = NULL;

  return oc2_status (child, &why) == OC2_CONTINUOUS;
}

static const CareplanMeasureParameterSpec oc2_events_parameters[] = {
  { "use_recorded_events", CAREPLAN_MEASURE_PARAMETER_NUMBER, "0", "",
    "1: for a child with no value in the OC2 outcomes, a matching event of the record "
    "dated in the period counts; 0: only the OC2 outcomes count, as in the return.", 0, 1 },
};

static void
measure_oc2_health_assessment (const CareplanMeasureChild          *child,
                               const CareplanMeasureParameterValue *parameters,
                               CareplanMeasureTally                *tally)
{
  if (in_oc2_cohort (child))
    measure_oc2_indicator (child, tally, "health_assessment", "HEALTH_ASSESSMENT", FALSE,
                           CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, parameters[0].number);
}

static void
measure_oc2_teeth_check (const CareplanMeasureChild          *child,
                         const CareplanMeasureParameterValue *parameters,
                         CareplanMeasureTally                *tally)
{
  if (in_oc2_cohort (child))
    measure_oc2_indicator (child, tally, "teeth_check", "TEETH_CHECK", FALSE,
                           CAREPLAN_EVENT_KIND_DENTAL_CHECK, parameters[0].number);
}

static void
measure_oc2_immunisations (const CareplanMeasureChild          *child,
                           const CareplanMeasureParameterValue *parameters,
                           CareplanMeasureTally                *tally)
{
  if (in_oc2_cohort (child))
    measure_oc2_indicator (child, tally, "immunisations", "IMMUNISATIONS", FALSE,
                           CAREPLAN_EVENT_N_KINDS, FALSE);
}

static const CareplanMeasureParameterSpec oc2_development_parameters[] = {
  { "max_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "4", "years",
    "Children of at most this age at the period end (under 5 at 31 March: validator "
    "rules 545 and 546).", 0, 25 },
};

static void
measure_oc2_development_check (const CareplanMeasureChild          *child,
                               const CareplanMeasureParameterValue *parameters,
                               CareplanMeasureTally                *tally)
{
  if (child->age_at_end < 0 || child->age_at_end > parameters[0].number)
    return;
  if (in_oc2_cohort (child))
    measure_oc2_indicator (child, tally, "health_check", "HEALTH_CHECK", FALSE,
                           CAREPLAN_EVENT_N_KINDS, FALSE);
}

static const CareplanMeasureParameterSpec oc2_sdq_parameters[] = {
  { "min_age_at_start", CAREPLAN_MEASURE_PARAMETER_NUMBER, "4", "years",
    "Children of at least this age on the first day of the period (validator rule 186).", 0, 25 },
  { "max_age_at_end", CAREPLAN_MEASURE_PARAMETER_NUMBER, "16", "years",
    "Children of at most this age on the last day (under 17 at the end; rule 186).", 0, 25 },
  { "use_recorded_events", CAREPLAN_MEASURE_PARAMETER_NUMBER, "0", "",
    "1: for a child with no SDQ score in the OC2 outcomes, an SDQ event of the record "
    "dated in the period counts; 0: only the OC2 outcomes count.", 0, 1 },
};

static void
measure_oc2_sdq (const CareplanMeasureChild          *child,
                 const CareplanMeasureParameterValue *parameters,
                 CareplanMeasureTally                *tally)
{
  if (child->age_at_start < parameters[0].number || child->age_at_end < 0 ||
      child->age_at_end > parameters[1].number)
    return;
  if (in_oc2_cohort (child))
    measure_oc2_indicator (child, tally, "sdq_score", "SDQ_SCORE", TRUE,
                           CAREPLAN_EVENT_KIND_SDQ, parameters[2].number);
}

/* Adoption: A1, A2, A10 */

static const CareplanMeasureParameterSpec adoption_common_parameters[] = {
  { "window_years", CAREPLAN_MEASURE_PARAMETER_NUMBER, "3", "years",
    "Children adopted in this many years ending on the period end (the scorecards "
    "average over three years).", 1, 50 },
  { "adopted_reasons", CAREPLAN_MEASURE_PARAMETER_CODES, "E11,E12", "codes",
    "Reasons episode ceased (REC) that mean adopted.", 0, 0 },
  { "adoption_placement_types", CAREPLAN_MEASURE_PARAMETER_CODES, "A3,A4,A5,A6", "codes",
    "Placement types of a placement for adoption: without a PlacedAdoption date, the "
    "child moved in with the adoptive family at the start of the run of such "
    "placements that ended in the adoption.", 0, 0 },
  { "threshold_days", CAREPLAN_MEASURE_PARAMETER_NUMBER, "426", "days",
    "The scorecard threshold drawn on the report's chart only (14 months; the figure "
    "426 is UNCONFIRMED).", 0, 100000 },
  { "foster_carer_types", CAREPLAN_MEASURE_PARAMETER_CODES, "A3,A5", "codes",
    "Placement types meaning placed for adoption with the current foster carer "
    "(A10 only; so does AD1 FOSTER_CARE = 1).", 0, 0 },
};

enum { ADOPTION_WINDOW, ADOPTION_REASONS, ADOPTION_TYPES, ADOPTION_THRESHOLD, ADOPTION_FOSTER_TYPES };

static const CareplanMeasureParameterSpec a2_parameters[] = {
  { "window_years", CAREPLAN_MEASURE_PARAMETER_NUMBER, "3", "years",
    "Children adopted in this many years ending on the period end.", 1, 50 },
  { "adopted_reasons", CAREPLAN_MEASURE_PARAMETER_CODES, "E11,E12", "codes",
    "Reasons episode ceased (REC) that mean adopted.", 0, 0 },
  { "adoption_placement_types", CAREPLAN_MEASURE_PARAMETER_CODES, "A3,A4,A5,A6", "codes",
    "Placement types of a placement for adoption (a child never placed for adoption "
    "before the order is left out).", 0, 0 },
  { "threshold_days", CAREPLAN_MEASURE_PARAMETER_NUMBER, "121", "days",
    "The scorecard threshold drawn on the report's chart only (4 months; the figure "
    "121 is UNCONFIRMED).", 0, 100000 },
  { "authority_legal_statuses", CAREPLAN_MEASURE_PARAMETER_CODES, "E1,D1", "codes",
    "Legal statuses that mean the court's authority to place: the first episode with "
    "one in the period of care dates it.", 0, 0 },
};

enum { A2_AUTHORITY = 4 };

typedef struct
{
  const CareplanPeriodSpan *period;
  CareplanDate              entered;
  CareplanDate              adopted;
  CareplanDate              moved_in;        /* NONE: not known */
  gboolean                  moved_in_recorded;  /* from PlacedAdoption */
  CareplanEvent            *decision;        /* latest AD1 in the period, or NULL */
} Adoption;

/* The adoptions of the child's record in the window: periods of care
 * ended with an adoption reason. */
static guint
find_adoptions (const CareplanMeasureChild          *child,
                const CareplanMeasureParameterValue *parameters,
                Adoption                            *adoptions,
                guint                                max_adoptions)
{
  const CareplanChildIndex *index = child->index;
  CareplanDate window_start;
  guint n = 0;
  guint p;

  window_start = careplan_date_add_months (child->period_end, -12 * parameters[ADOPTION_WINDOW].number);
  window_start = window_start == CAREPLAN_DATE_NONE ? 1 : careplan_date_add_days (window_start, 1);

  for (p = 0; p < index->periods->len && n < max_adoptions; p++)
    {
      const CareplanPeriodSpan *period = &g_array_index (index->periods, CareplanPeriodSpan, p);
      CareplanEpisode *last;
      CareplanEvent *placed;
      Adoption *adoption;
      guint e;

      if (period->end == CAREPLAN_DATE_NONE || period->end < window_start || period->n_episodes == 0)
        continue;
      last = careplan_measure_child_episode (child, period->first_episode + period->n_episodes - 1);
      if (!careplan_measure_words_contain (&parameters[ADOPTION_REASONS],
                                           careplan_measure_child_episode_reason (child, last)))
        continue;

      adoption = &adoptions[n++];
      adoption->period = period;
      adoption->entered = period->start;
      adoption->adopted = period->end;
      adoption->moved_in = CAREPLAN_DATE_NONE;
      adoption->moved_in_recorded = FALSE;
      adoption->decision = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_ADOPTION_DECISION,
                                                          period->start, period->end);

      placed = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_PLACED_FOR_ADOPTION,
                                              period->start, period->end);
      if (placed != NULL)
        {
          adoption->moved_in = careplan_event_get_date (placed);
          adoption->moved_in_recorded = TRUE;
          continue;
        }

      /* The run of adoptive placements that ended in the adoption. */
      for (e = period->first_episode + period->n_episodes; e > period->first_episode; e--)
        {
          CareplanEpisode *episode = careplan_measure_child_episode (child, e - 1);

          if (!careplan_measure_words_contain (&parameters[ADOPTION_TYPES],
                                               careplan_episode_get_placement_type (episode)))
            break;
          adoption->moved_in = careplan_episode_get_start (episode);
        }
    }

  return n;
}

#define MAX_ADOPTIONS 8

static void
measure_a1 (const CareplanMeasureChild          *child,
            const CareplanMeasureParameterValue *parameters,
            CareplanMeasureTally                *tally)
{
  Adoption adoptions[MAX_ADOPTIONS];
  guint n = find_adoptions (child, parameters, adoptions, MAX_ADOPTIONS);
  char iso[3][CAREPLAN_DATE_ISO_LENGTH];
  guint i;

  for (i = 0; i < n; i++)
    {
      const Adoption *a = &adoptions[i];
      int days;

      if (a->moved_in == CAREPLAN_DATE_NONE)
        continue;
      days = MAX (0, careplan_date_days_between (a->entered, a->moved_in));
      careplan_measure_tally_add (tally, child->id, TRUE, days,
                                  g_strdup_printf ("entered care %s, moved in with the adoptive family %s%s, "
                                                   "adopted %s: %d days",
                                                   careplan_measure_iso (a->entered, iso[0]),
                                                   careplan_measure_iso (a->moved_in, iso[1]),
                                                   a->moved_in_recorded ? " (PlacedAdoption)" : "",
                                                   careplan_measure_iso (a->adopted, iso[2]), days));
    }
}

/* The start of the placement with the carers a child was placed for
 * adoption with, when they were its foster carers. */
static CareplanDate
foster_placement_start (const CareplanMeasureChild *child,
                        const Adoption             *a)
{
  const CareplanChildIndex *index = child->index;
  const CareplanPeriodSpan *period = a->period;
  guint p, found = G_MAXUINT;

  for (p = period->first_placement; p < period->first_placement + period->n_placements; p++)
    if (g_array_index (index->placements, CareplanPlacementSpan, p).start <= a->moved_in)
      found = p;

  if (found == G_MAXUINT)
    return a->moved_in;

  /* Placed for adoption with a new placement record: the carers are those
   * of the placement just before. */
  if (g_array_index (index->placements, CareplanPlacementSpan, found).start == a->moved_in &&
      found > period->first_placement &&
      g_array_index (index->placements, CareplanPlacementSpan, found - 1).end == a->moved_in)
    found--;

  return g_array_index (index->placements, CareplanPlacementSpan, found).start;
}

static CareplanEpisode *
episode_on (const CareplanMeasureChild *child,
            const CareplanPeriodSpan   *period,
            CareplanDate                date)
{
  CareplanEpisode *found = NULL;
  guint e;

  for (e = period->first_episode; e < period->first_episode + period->n_episodes; e++)
    {
      CareplanEpisode *episode = careplan_measure_child_episode (child, e);

      if (careplan_episode_get_start (episode) <= date)
        found = episode;
    }
  return found;
}

static void
measure_a10 (const CareplanMeasureChild          *child,
             const CareplanMeasureParameterValue *parameters,
             CareplanMeasureTally                *tally)
{
  Adoption adoptions[MAX_ADOPTIONS];
  guint n = find_adoptions (child, parameters, adoptions, MAX_ADOPTIONS);
  char iso[3][CAREPLAN_DATE_ISO_LENGTH];
  guint i;

  for (i = 0; i < n; i++)
    {
      const Adoption *a = &adoptions[i];
      CareplanEpisode *placed_episode;
      gboolean by_foster_carer;
      CareplanDate until;
      int days;

      if (a->moved_in == CAREPLAN_DATE_NONE)
        continue;

      placed_episode = episode_on (child, a->period, a->moved_in);
      by_foster_carer =
        (a->decision != NULL &&
         g_strcmp0 (careplan_event_get_text_field (a->decision, "foster_care"), YES) == 0) ||
        (placed_episode != NULL &&
         careplan_measure_words_contain (&parameters[ADOPTION_FOSTER_TYPES],
                                         careplan_episode_get_placement_type (placed_episode)));

      until = by_foster_carer ? MIN (a->moved_in, foster_placement_start (child, a)) : a->moved_in;
      days = MAX (0, careplan_date_days_between (a->entered, until));
      careplan_measure_tally_add (tally, child->id, TRUE, days,
                                  by_foster_carer
                                  ? g_strdup_printf ("entered care %s; adopted by the foster carer they "
                                                     "moved in with on %s: %d days",
                                                     careplan_measure_iso (a->entered, iso[0]),
                                                     careplan_measure_iso (until, iso[1]), days)
                                  : g_strdup_printf ("entered care %s, moved in with the adoptive family %s: "
                                                     "%d days",
                                                     careplan_measure_iso (a->entered, iso[0]),
                                                     careplan_measure_iso (until, iso[1]), days));
    }
}

static void
measure_a2 (const CareplanMeasureChild          *child,
            const CareplanMeasureParameterValue *parameters,
            CareplanMeasureTally                *tally)
{
  Adoption adoptions[MAX_ADOPTIONS];
  guint n = find_adoptions (child, parameters, adoptions, MAX_ADOPTIONS);
  char iso[2][CAREPLAN_DATE_ISO_LENGTH];
  guint i, e;

  for (i = 0; i < n; i++)
    {
      const Adoption *a = &adoptions[i];
      CareplanDate authority = CAREPLAN_DATE_NONE;
      CareplanDate matched;
      int days;

      if (a->moved_in == CAREPLAN_DATE_NONE || a->decision == NULL)
        continue;
      matched = careplan_event_get_date_field (a->decision, "matched");
      if (matched == CAREPLAN_DATE_NONE)
        continue;

      for (e = a->period->first_episode; e < a->period->first_episode + a->period->n_episodes; e++)
        {
          CareplanEpisode *episode = careplan_measure_child_episode (child, e);

          if (careplan_measure_words_contain (&parameters[A2_AUTHORITY],
                                              careplan_episode_get_legal_status (episode)))
            {
              authority = careplan_episode_get_start (episode);
              break;
            }
        }
      if (authority == CAREPLAN_DATE_NONE)
        continue;

      /* "A time of zero is assigned to children who were matched before
       * court authority was received." */
      days = MAX (0, careplan_date_days_between (authority, matched));
      careplan_measure_tally_add (tally, child->id, TRUE, days,
                                  g_strdup_printf ("authority to place %s, matched %s: %d days",
                                                   careplan_measure_iso (authority, iso[0]),
                                                   careplan_measure_iso (matched, iso[1]), days));
    }
}

/* Reviews held in time, child by child */

static const CareplanMeasureParameterSpec reviews_parameters[] = {
  { "families", CAREPLAN_MEASURE_PARAMETER_NAMES, "reviews", "rule families",
    "The rule families whose findings are the reviews: their obligations falling due "
    "in the period and judged at its end (met, met late or overdue) count.", 0, 0 },
};

static void
measure_reviews_in_time (const CareplanMeasureChild          *child,
                         const CareplanMeasureParameterValue *parameters,
                         CareplanMeasureTally                *tally)
{
  g_autoptr(GString) late = g_string_new (NULL);
  char iso[CAREPLAN_DATE_ISO_LENGTH];
  guint n_due = 0, n_late = 0;
  guint i;

  for (i = 0; i < child->n_findings; i++)
    {
      const CareplanFindingRecord *finding = &child->findings[i];

      if (!careplan_measure_child_judged_in_period (child, finding, &parameters[0], NULL))
        continue;
      n_due++;
      if (finding->status != CAREPLAN_FINDING_STATUS_MET)
        {
          g_string_append_printf (late, "%s%s (%s)", n_late > 0 ? ", " : "",
                                  careplan_measure_iso (finding->due, iso),
                                  careplan_finding_status_to_string (finding->status));
          n_late++;
        }
    }

  if (n_due == 0)
    return;

  careplan_measure_tally_add (tally, child->id, n_late == 0, -1,
                              n_late == 0
                              ? g_strdup_printf ("%u review%s due in the period, all held in time",
                                                 n_due, n_due == 1 ? "" : "s")
                              : g_strdup_printf ("%u of %u review%s due in the period not held in time: due %s",
                                                 n_late, n_due, n_due == 1 ? "" : "s", late->str));
}

static const CareplanMeasureDefinition dfe_definitions[] = {
  {
    .id = "dfe.stability.three-plus-placements",
    .title = "Children looked after with three or more placements in the year",
    .definition =
      "Of the children looked after at the period end (excluding a series of short "
      "breaks, LS V3/V4), those with at least min_placements placements during the "
      "period. A placement is an episode whose reason for new episode is in "
      "placement_reasons and whose placement type is not in excluded_placement_types; "
      "with count_open_at_start it counts when the child lived in it on any day of the "
      "period, including the placement already running on the first day, across every "
      "period of care of the year. The DfE counting rule is UNCONFIRMED: this is the "
      "catalogue's best understanding, and each choice is a parameter.",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
    .instrument = DFE_STABILITY,
    .provision = "children looked after at 31 March with three or more placements during the year",
    .url = DFE_STABILITY_URL,
    .parameters = three_plus_parameters,
    .n_parameters = G_N_ELEMENTS (three_plus_parameters),
    .measure = measure_three_plus_placements,
  },
  {
    .id = "dfe.stability.long-term",
    .title = "Long-term placement stability",
    .definition =
      "Of the children looked after at the period end who are aged under max_age then and "
      "have been looked after continuously for at least looked_after_months months, "
      "those living with the same carer for at least same_placement_months months, or "
      "placed for adoption where the adoptive placement together with the placement "
      "just before it lasts that long. The same carer is one placement of careplan's "
      "model: episodes with RNE L, T or U continue it. Months are calendar months back "
      "from the period end (corresponding date); the day conventions are UNCONFIRMED.",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
    .instrument = DFE_STABILITY,
    .provision = "long-term stability (formerly NI 063): same carer for at least 2 years",
    .url = DFE_STABILITY_DATA_URL,
    .parameters = long_term_parameters,
    .n_parameters = G_N_ELEMENTS (long_term_parameters),
    .measure = measure_long_term_stability,
  },
  {
    .id = "dfe.oc2.cohort",
    .title = "Children looked after continuously for 12 months (OC2 cohort)",
    .definition =
      "Of the children looked after at some time in the period (other than only in a "
      "series of short breaks), those continuously looked after for the period, by the "
      "SSDA903 validator's definition: not if an episode with RNE S starts after the "
      "first day, an episode ends with a reason other than X1 on or after the first day "
      "and before the last, or a V3/V4 short-break episode falls in the period. A child "
      "who starts to be looked after on the first day is in the cohort (worked "
      "example 14).",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_VALIDATOR,
    .instrument = "SSDA903 validator (csc-validator-be-903), after the DfE 2021-22 validation rules",
    .provision = "CONTINUOUSLY_LOOKED_AFTER (lac_validator/utils.py)",
    .url = "https://github.com/data-to-insight/csc-validator-be-903",
    .parameters = NULL,
    .n_parameters = 0,
    .measure = measure_oc2_cohort,
  },
  {
    .id = "dfe.oc2.health-assessment",
    .title = "Annual health assessment (OC2)",
    .definition =
      "Of the OC2 cohort (dfe.oc2.cohort), those whose OC2 outcomes for the period "
      "record HEALTH_ASSESSMENT = 1. The outcomes are the record's latest annual "
      "outcomes dated in the period; a child without them is not counted (unless "
      "use_recorded_events).",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
    .instrument = DFE_CLA,
    .provision = "OC2 HEALTH_ASSESSMENT",
    .url = DFE_CLA_URL,
    .parameters = oc2_events_parameters,
    .n_parameters = G_N_ELEMENTS (oc2_events_parameters),
    .measure = measure_oc2_health_assessment,
  },
  {
    .id = "dfe.oc2.teeth-check",
    .title = "Teeth checked by a dentist (OC2)",
    .definition =
      "Of the OC2 cohort, those whose OC2 outcomes for the period record TEETH_CHECK = 1 "
      "(with use_recorded_events, a dental check dated in the period stands in for "
      "missing outcomes).",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
    .instrument = DFE_CLA,
    .provision = "OC2 TEETH_CHECK",
    .url = DFE_CLA_URL,
    .parameters = oc2_events_parameters,
    .n_parameters = G_N_ELEMENTS (oc2_events_parameters),
    .measure = measure_oc2_teeth_check,
  },
  {
    .id = "dfe.oc2.immunisations",
    .title = "Immunisations up to date (OC2)",
    .definition =
      "Of the OC2 cohort, those whose OC2 outcomes for the period record "
      "IMMUNISATIONS = 1. The careplan record has no immunisation events, so only the "
      "OC2 outcomes count.",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
    .instrument = DFE_CLA,
    .provision = "OC2 IMMUNISATIONS",
    .url = DFE_CLA_URL,
    .parameters = NULL,
    .n_parameters = 0,
    .measure = measure_oc2_immunisations,
  },
  {
    .id = "dfe.oc2.development-check",
    .title = "Development assessments up to date for under-5s (OC2)",
    .definition =
      "Of the OC2 cohort aged at most max_age at the period end (under 5 at 31 March), "
      "those whose OC2 outcomes for the period record HEALTH_CHECK = 1.",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
    .instrument = DFE_CLA,
    .provision = "OC2 HEALTH_CHECK (validator rules 545, 546)",
    .url = DFE_CLA_URL,
    .parameters = oc2_development_parameters,
    .n_parameters = G_N_ELEMENTS (oc2_development_parameters),
    .measure = measure_oc2_development_check,
  },
  {
    .id = "dfe.oc2.sdq",
    .title = "Strengths and difficulties questionnaire scored (OC2)",
    .definition =
      "Of the OC2 cohort aged at least min_age_at_start on the first day of the period "
      "and at most max_age_at_end on the last (the validator's band, rule 186: 4 or over "
      "at the start, under 17 at the end), those whose OC2 outcomes for the period "
      "record an SDQ_SCORE. A child whose 4th birthday falls in the period is outside "
      "the band (rule 197B expects a score or a reason).",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_VALIDATOR,
    .instrument = DFE_CLA,
    .provision = "OC2 SDQ_SCORE (validator rule 186)",
    .url = DFE_CLA_URL,
    .parameters = oc2_sdq_parameters,
    .n_parameters = G_N_ELEMENTS (oc2_sdq_parameters),
    .measure = measure_oc2_sdq,
  },
  {
    .id = "dfe.adoption.a1",
    .title = "A1: average days from entering care to moving in with the adoptive family",
    .definition =
      "For the children adopted (a period of care ending with a reason in "
      "adopted_reasons) in the window_years years ending on the period end, the mean "
      "number of days from the start of that period of care to moving in with the "
      "adoptive family: the PlacedAdoption date (DATE_PLACED) when recorded, else the "
      "start of the run of placements of a type in adoption_placement_types that ended "
      "in the adoption. Adopted children with neither are left out.",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_MEAN_DAYS,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
    .instrument = DFE_SCORECARD,
    .provision = "A1",
    .url = DFE_SCORECARD_URL,
    .parameters = adoption_common_parameters,
    .n_parameters = ADOPTION_THRESHOLD + 1,
    .measure = measure_a1,
  },
  {
    .id = "dfe.adoption.a2",
    .title = "A2: average days from authority to place to the match",
    .definition =
      "For the children adopted in the window_years years ending on the period end who "
      "were placed for adoption before the order, the mean number of days from the "
      "court's authority to place (the start of the first episode of the period of care "
      "with a legal status in authority_legal_statuses: placement order E1, freeing "
      "order D1) to the match (AD1 DATE_MATCH, the adoption decision's matched date); "
      "a match before the authority counts as 0 days. Children with no authority or no "
      "match date are left out.",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_MEAN_DAYS,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
    .instrument = DFE_SCORECARD,
    .provision = "A2",
    .url = "http://id.esd.org.uk/metricType/912",
    .parameters = a2_parameters,
    .n_parameters = G_N_ELEMENTS (a2_parameters),
    .measure = measure_a2,
  },
  {
    .id = "dfe.adoption.a10",
    .title = "A10: average days from entering care to moving in, adjusted for foster-carer adoptions",
    .definition =
      "A1 adjusted for foster-carer adoptions: where the child was adopted by their "
      "foster carer (AD1 FOSTER_CARE = 1, or placed for adoption with a type in "
      "foster_carer_types), the days run to the date the child moved in with that carer "
      "(the start of that carer's placement) instead of the adoptive placement.",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_MEAN_DAYS,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
    .instrument = DFE_SCORECARD,
    .provision = "A10",
    .url = "https://www.coram.org.uk/resource/local-level-asglb-data-q3-2020-21/",
    .parameters = adoption_common_parameters,
    .n_parameters = G_N_ELEMENTS (adoption_common_parameters),
    .measure = measure_a10,
  },
  {
    .id = "dfe.reviews.in-time",
    .title = "Children whose reviews were all held in time",
    .definition =
      "Of the children with at least one looked-after review falling due in the period "
      "(an obligation of the review rules, judged at the period end: met, met late or "
      "overdue), those whose every such review was held by its due date. This is the "
      "child-based form of the former national indicator of reviews held within "
      "timescales, computed from the SSDA903 review dates; its DfE definition was not "
      "read (UNCONFIRMED).",
    .kind = CAREPLAN_MEASURE_KIND_DFE,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
    .instrument = CPPCR_2010,
    .provision = "regulation 33 (review timescales)",
    .url = CPPCR_2010_REG_33_URL,
    .parameters = reviews_parameters,
    .n_parameters = G_N_ELEMENTS (reviews_parameters),
    .families_parameter = "families",
    .measure = measure_reviews_in_time,
  },
};

const CareplanMeasureDefinition *
careplan_measures_dfe_get_definitions (guint *n_definitions)
{
  *n_definitions = G_N_ELEMENTS (dfe_definitions);
  return dfe_definitions;
}
