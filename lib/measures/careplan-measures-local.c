/* careplan-measures-local.c: the local "measures that matter"
 *
 * Measures a team manager reads each month, computed from the careplan
 * record rather than from a return: plans and checks that are up to date
 * at the period end, reviews and visits held in time (the findings of the
 * review and visit rules over the period) and care leavers in touch.
 * Each is a choice of the service, not a national definition: the
 * citation names the duty behind it and every threshold is a parameter.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-measures-private.h"

#define CPPCR_2010 "Care Planning, Placement and Case Review (England) Regulations 2010"
#define DEVON_PLAN "Devon County Council, post-Ofsted improvement plan: children in care (local target)"
#define DEVON_PLAN_URL "https://beta.devon.gov.uk/dcfp/postofstedimprovementplan/children-in-care/"
#define HEALTH_GUIDANCE \
  "Promoting the health and well-being of looked-after children (DfE and DH statutory guidance, 2015)"
#define HEALTH_GUIDANCE_URL \
  "https://www.gov.uk/government/publications/promoting-the-health-and-wellbeing-of-looked-after-children--2"
#define EDUCATION_GUIDANCE \
  "Promoting the education of looked-after children and previously looked-after children " \
  "(DfE statutory guidance, 2018)"
#define DEVON_STRATEGY "Devon County Council, Corporate Parenting Strategy 2024–27, measures that matter"
#define DEVON_STRATEGY_URL "https://www.devon.gov.uk/"
#define DFE_903_GUIDE \
  "DfE, Children looked after return (SSDA903): guide, code sets"
#define DFE_903_GUIDE_URL \
  "https://www.gov.uk/government/publications/children-looked-after-return-2016-to-2017-guide"
#define DFE_CLA_URL \
  "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2020/data-guidance"
#define EDUCATION_GUIDANCE_URL \
  "https://vdocument.in/promoting-the-education-of-looked-after-children-and-previously-looked-after-children.html"

/* Whether the child has been looked after since at least @weeks weeks
 * before the period end. */
static gboolean
looked_after_for_weeks (const CareplanMeasureChild *child,
                        int                         weeks)
{
  return child->current != NULL &&
         careplan_date_add_weeks (child->current->start, weeks) <= child->period_end;
}

/* A plan or piece of work recorded since the child became looked after. */
static void
measure_recorded_since_looked_after (const CareplanMeasureChild *child,
                                     int                         weeks,
                                     CareplanEventKind           kind,
                                     const char                 *what,
                                     CareplanMeasureTally       *tally)
{
  CareplanEvent *event;
  const char *detail;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  if (!looked_after_for_weeks (child, weeks))
    return;

  event = careplan_measure_child_latest (child, kind, child->current->start, child->period_end);
  if (event == NULL)
    {
      careplan_measure_tally_add (tally, child->id, FALSE, -1,
                                  g_strdup_printf ("no %s recorded since becoming looked after on %s",
                                                   what, careplan_measure_iso (child->current->start, iso)));
      return;
    }

  detail = careplan_event_get_detail (event);
  careplan_measure_tally_add (tally, child->id, TRUE, -1,
                              g_strdup_printf ("%s%s%s%s recorded on %s", what,
                                               detail != NULL ? " (" : "",
                                               detail != NULL ? detail : "",
                                               detail != NULL ? ")" : "",
                                               careplan_measure_iso (careplan_event_get_date (event), iso)));
}

static const CareplanMeasureParameterSpec weeks_parameters[] = {
  { "looked_after_weeks", CAREPLAN_MEASURE_PARAMETER_NUMBER, "12", "weeks",
    "Children looked after at the period end for at least this many weeks (the local "
    "12-week target of docs/measures.md).", 0, 1000 },
};

static void
measure_permanence_plan (const CareplanMeasureChild          *child,
                         const CareplanMeasureParameterValue *parameters,
                         CareplanMeasureTally                *tally)
{
  measure_recorded_since_looked_after (child, parameters[0].number,
                                       CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, "permanence plan", tally);
}

static void
measure_life_story_work (const CareplanMeasureChild          *child,
                         const CareplanMeasureParameterValue *parameters,
                         CareplanMeasureTally                *tally)
{
  measure_recorded_since_looked_after (child, parameters[0].number,
                                       CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, "life-story work", tally);
}

/* Whether a first event due @working_days working days after the child
 * became looked after is not due yet at the period end.  A date beyond
 * the calendar's range cannot be known: the child is then kept in (the
 * note says so) rather than guessed out. */
static gboolean
first_not_yet_due (const CareplanMeasureChild *child,
                   int                         working_days,
                   CareplanDate               *due)
{
  g_autoptr(GError) error = NULL;

  *due = careplan_calendar_add_working_days (child->calendar, child->current->start,
                                             (guint) working_days, &error);
  return *due != CAREPLAN_DATE_NONE && *due > child->period_end;
}

static void
add_first_missing (const CareplanMeasureChild *child,
                   CareplanMeasureTally       *tally,
                   const char                 *what,
                   int                         working_days,
                   CareplanDate                due)
{
  char iso[2][CAREPLAN_DATE_ISO_LENGTH];

  if (due == CAREPLAN_DATE_NONE)
    careplan_measure_tally_add (tally, child->id, FALSE, -1,
                                g_strdup_printf ("no %s recorded; the first was due %d working days "
                                                 "after %s, beyond the calendar's range",
                                                 what, working_days,
                                                 careplan_measure_iso (child->current->start, iso[0])));
  else
    careplan_measure_tally_add (tally, child->id, FALSE, -1,
                                g_strdup_printf ("no %s recorded; the first was due by %s "
                                                 "(%d working days after %s)",
                                                 what, careplan_measure_iso (due, iso[0]), working_days,
                                                 careplan_measure_iso (child->current->start, iso[1])));
}

static const CareplanMeasureParameterSpec health_parameters[] = {
  { "under_five_months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "6", "months",
    "Interval after an assessment done before the 5th birthday (reg 7(3); strict "
    "reading (a) of docs/rules.md, also used when the date of birth is not "
    "recorded).", 1, 120 },
  { "five_and_over_months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "12", "months",
    "Interval after an assessment done at 5 or over (reg 7(3)).", 1, 120 },
  { "initial_working_days", CAREPLAN_MEASURE_PARAMETER_NUMBER, "20", "working days",
    "A child with no assessment yet is left out until the initial assessment is due "
    "this many working days after becoming looked after (2015 guidance).", 0, 1000 },
};

static void
measure_health_assessment (const CareplanMeasureChild          *child,
                           const CareplanMeasureParameterValue *parameters,
                           CareplanMeasureTally                *tally)
{
  CareplanEvent *last;
  CareplanDate date;
  CareplanDate due;
  int age;
  int months;
  char iso[2][CAREPLAN_DATE_ISO_LENGTH];

  if (child->current == NULL)
    return;

  last = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, 1, child->period_end);
  if (last == NULL)
    {
      if (first_not_yet_due (child, parameters[2].number, &due))
        return;
      add_first_missing (child, tally, "health assessment", parameters[2].number, due);
      return;
    }

  date = careplan_event_get_date (last);
  age = careplan_measure_child_age_on (child, date);
  months = age >= 5 ? parameters[1].number : parameters[0].number;
  due = careplan_date_add_months (date, months);
  careplan_measure_tally_add (tally, child->id, due != CAREPLAN_DATE_NONE && due >= child->period_end, -1,
                              g_strdup_printf ("last health assessment %s, next due by %s (%d months)",
                                               careplan_measure_iso (date, iso[0]),
                                               careplan_measure_iso (due, iso[1]), months));
}

static const CareplanMeasureParameterSpec dental_parameters[] = {
  { "months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "12", "months",
    "A dental check dated on or after the period end minus this many calendar months "
    "counts.", 1, 120 },
};

/* Checks done within @months months before the period end. */
static void
measure_recent (const CareplanMeasureChild *child,
                CareplanEventKind           kind,
                int                         months,
                const char                 *what,
                CareplanMeasureTally       *tally)
{
  CareplanDate since = careplan_date_add_months (child->period_end, -months);
  CareplanEvent *recent = careplan_measure_child_latest (child, kind, since, child->period_end);
  CareplanEvent *any;
  char iso[2][CAREPLAN_DATE_ISO_LENGTH];

  if (recent != NULL)
    {
      careplan_measure_tally_add (tally, child->id, TRUE, -1,
                                  g_strdup_printf ("%s on %s (on or after %s)", what,
                                                   careplan_measure_iso (careplan_event_get_date (recent), iso[0]),
                                                   careplan_measure_iso (since, iso[1])));
      return;
    }

  any = careplan_measure_child_latest (child, kind, 1, child->period_end);
  careplan_measure_tally_add (tally, child->id, FALSE, -1,
                              any != NULL
                              ? g_strdup_printf ("last %s on %s, before %s", what,
                                                 careplan_measure_iso (careplan_event_get_date (any), iso[0]),
                                                 careplan_measure_iso (since, iso[1]))
                              : g_strdup_printf ("no %s recorded", what));
}

static void
measure_dental_check (const CareplanMeasureChild          *child,
                      const CareplanMeasureParameterValue *parameters,
                      CareplanMeasureTally                *tally)
{
  if (child->current != NULL)
    measure_recent (child, CAREPLAN_EVENT_KIND_DENTAL_CHECK, parameters[0].number, "dental check", tally);
}

static const CareplanMeasureParameterSpec sdq_parameters[] = {
  { "min_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "4", "years",
    "Children of at least this age at the period end.", 0, 25 },
  { "max_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "16", "years",
    "Children of at most this age at the period end.", 0, 25 },
  { "months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "12", "months",
    "An SDQ dated on or after the period end minus this many calendar months counts.", 1, 120 },
};

static void
measure_sdq (const CareplanMeasureChild          *child,
             const CareplanMeasureParameterValue *parameters,
             CareplanMeasureTally                *tally)
{
  if (child->current == NULL || child->age_at_end < parameters[0].number ||
      child->age_at_end > parameters[1].number)
    return;

  measure_recent (child, CAREPLAN_EVENT_KIND_SDQ, parameters[2].number, "SDQ", tally);
}

static const CareplanMeasureParameterSpec pep_parameters[] = {
  { "min_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "5", "years",
    "Children of at least this age on the day before the school year containing the "
    "period end starts (age on 31 August: 5 is Year 1, 4 would add Reception).", 0, 25 },
  { "max_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "15", "years",
    "Children of at most this age then (15 is Year 11, the last year of compulsory "
    "school age).", 0, 25 },
  { "school_year_start_month", CAREPLAN_MEASURE_PARAMETER_NUMBER, "9", "month",
    "The month whose first day starts the school year (9: 1 September).", 1, 12 },
  { "months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "6", "months",
    "A PEP initiated or reviewed on or after the period end minus this many calendar "
    "months counts (PEPs are reviewed each term).", 1, 120 },
  { "initial_working_days", CAREPLAN_MEASURE_PARAMETER_NUMBER, "10", "working days",
    "A child with no PEP yet is left out until it is due this many working days after "
    "becoming looked after (2018 guidance).", 0, 1000 },
};

static void
measure_pep (const CareplanMeasureChild          *child,
             const CareplanMeasureParameterValue *parameters,
             CareplanMeasureTally                *tally)
{
  int year;
  CareplanDate school_year_start;
  CareplanDate due;
  int age;

  if (child->current == NULL)
    return;

  year = careplan_date_get_year (child->period_end);
  school_year_start = careplan_date_new (year, parameters[2].number, 1);
  if (school_year_start > child->period_end)
    school_year_start = careplan_date_new (year - 1, parameters[2].number, 1);
  age = careplan_measure_child_age_on (child, careplan_date_add_days (school_year_start, -1));
  if (age < parameters[0].number || age > parameters[1].number)
    return;

  /* Just looked after: the first PEP of this period of care is not due yet. */
  if (careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN,
                                     child->current->start, child->period_end) == NULL &&
      first_not_yet_due (child, parameters[4].number, &due))
    return;

  measure_recent (child, CAREPLAN_EVENT_KIND_EDUCATION_PLAN, parameters[3].number, "PEP", tally);
}

/* Reviews and visits, obligation by obligation */

static void
measure_obligations (const CareplanMeasureChild          *child,
                     const CareplanMeasureParameterValue *families,
                     const CareplanMeasureParameterValue *excluded,
                     CareplanMeasureTally                *tally)
{
  guint i;

  for (i = 0; i < child->n_findings; i++)
    {
      const CareplanFindingRecord *finding = &child->findings[i];
      GString *note;

      if (!careplan_measure_child_judged_in_period (child, finding, families, excluded))
        continue;
      note = g_string_new (careplan_finding_status_to_string (finding->status));
      g_string_append (note, ": ");
      careplan_finding_record_append_message (finding, note);
      careplan_measure_tally_add (tally, child->id,
                                  finding->status == CAREPLAN_FINDING_STATUS_MET, -1,
                                  g_string_free (note, FALSE));
    }
}

static const CareplanMeasureParameterSpec reviews_parameters[] = {
  { "families", CAREPLAN_MEASURE_PARAMETER_NAMES, "reviews", "rule families",
    "The rule families whose obligations are counted.", 0, 0 },
  { "excluded_rules", CAREPLAN_MEASURE_PARAMETER_NAMES, "", "rule ids",
    "Rules of those families left out.", 0, 0 },
};

static const CareplanMeasureParameterSpec visits_parameters[] = {
  { "families", CAREPLAN_MEASURE_PARAMETER_NAMES, "visits,visit-regimes", "rule families",
    "The rule families whose obligations are counted: the reg 28 regimes.", 0, 0 },
  { "excluded_rules", CAREPLAN_MEASURE_PARAMETER_NAMES, "cppcr-2010.reg29.speak-in-private", "rule ids",
    "Rules of those families left out: speaking to the child in private (reg 29) is about "
    "what happens at a visit, not when it happens.", 0, 0 },
};

static void
measure_obligations_in_time (const CareplanMeasureChild          *child,
                             const CareplanMeasureParameterValue *parameters,
                             CareplanMeasureTally                *tally)
{
  measure_obligations (child, &parameters[0], &parameters[1], tally);
}

/* Care leavers */

static const CareplanMeasureParameterSpec in_touch_parameters[] = {
  { "contact_months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "3", "months",
    "In touch: a contact or personal adviser visit dated on or after the period end "
    "minus this many calendar months.", 1, 120 },
  { "min_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "16", "years",
    "Care leavers of at least this age at the period end.", 0, 30 },
  { "max_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "21", "years",
    "Care leavers of at most this age at the period end.", 0, 30 },
};

static gboolean
has_care_leaver_events (const CareplanMeasureChild *child)
{
  const CareplanChildIndex *index = child->index;

  return index->events[CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT]->len > 0 ||
         index->events[CAREPLAN_EVENT_KIND_PA_VISIT]->len > 0 ||
         index->events[CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES]->len > 0 ||
         index->events[CAREPLAN_EVENT_KIND_PATHWAY_PLAN]->len > 0;
}

static void
measure_care_leavers_in_touch (const CareplanMeasureChild          *child,
                               const CareplanMeasureParameterValue *parameters,
                               CareplanMeasureTally                *tally)
{
  const CareplanChildIndex *index = child->index;
  const CareplanPeriodSpan *last;
  CareplanEvent *contact;
  CareplanEvent *visit;
  CareplanEvent *latest;
  CareplanEvent *outcomes;
  const char *in_touch = NULL;
  CareplanDate since;
  char iso[2][CAREPLAN_DATE_ISO_LENGTH];

  /* A care leaver has left care: no period of care is open at the end.
   * A return may hold no episode at all for a care leaver who left before
   * the year, only the OC3 row. */
  last = index->periods->len > 0
         ? &g_array_index (index->periods, CareplanPeriodSpan, index->periods->len - 1) : NULL;
  if (last != NULL && last->end == CAREPLAN_DATE_NONE)
    return;
  if (careplan_child_get_care_leaver (child->child) == NULL && !has_care_leaver_events (child))
    return;
  if (child->age_at_end < parameters[1].number || child->age_at_end > parameters[2].number)
    return;

  outcomes = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES,
                                            child->period_start, child->period_end);
  if (outcomes != NULL)
    in_touch = careplan_event_get_text_field (outcomes, "in_touch");
  if (g_strcmp0 (in_touch, "DIED") == 0)
    return;

  since = careplan_date_add_months (child->period_end, -parameters[0].number);
  contact = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT,
                                           since, child->period_end);
  visit = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_PA_VISIT, since, child->period_end);
  latest = contact;
  if (visit != NULL && (latest == NULL || careplan_event_get_date (visit) > careplan_event_get_date (latest)))
    latest = visit;

  if (latest != NULL)
    careplan_measure_tally_add (tally, child->id, TRUE, -1,
                                g_strdup_printf ("%s on %s (on or after %s)",
                                                 latest == visit ? "personal adviser visit" : "contact",
                                                 careplan_measure_iso (careplan_event_get_date (latest), iso[0]),
                                                 careplan_measure_iso (since, iso[1])));
  else if (g_strcmp0 (in_touch, "YES") == 0)
    careplan_measure_tally_add (tally, child->id, TRUE, -1,
                                g_strdup_printf ("in touch (OC3 IN_TOUCH YES on %s)",
                                                 careplan_measure_iso (careplan_event_get_date (outcomes), iso[0])));
  else
    careplan_measure_tally_add (tally, child->id, FALSE, -1,
                                g_strdup_printf ("%s%s; no contact or visit on or after %s%s%s",
                                                 last != NULL ? "left care on " : "no period of care recorded",
                                                 last != NULL ? careplan_measure_iso (last->end, iso[0]) : "",
                                                 careplan_measure_iso (since, iso[1]),
                                                 in_touch != NULL ? "; OC3 IN_TOUCH " : "",
                                                 in_touch != NULL ? in_touch : ""));
}


/* The corporate parenting strategy's measures that matter */

/* Whether the child was looked after on some day of the period, other
 * than only in short breaks. */
static gboolean
looked_after_in_period (const CareplanMeasureChild *child)
{
  const CareplanChildIndex *index = child->index;
  guint p;

  for (p = 0; p < index->periods->len; p++)
    {
      const CareplanPeriodSpan *period = &g_array_index (index->periods, CareplanPeriodSpan, p);

      if (period->short_break || period->start > child->period_end)
        continue;
      if (period->end == CAREPLAN_DATE_NONE || period->end >= child->period_start)
        return TRUE;
    }
  return FALSE;
}

/* The last period of care (not short breaks) that ended in the period,
 * with the reason its last episode ceased. */
static const CareplanPeriodSpan *
last_ended_in_period (const CareplanMeasureChild *child,
                      const char                **reason)
{
  const CareplanChildIndex *index = child->index;
  guint p;

  for (p = index->periods->len; p-- > 0;)
    {
      const CareplanPeriodSpan *period = &g_array_index (index->periods, CareplanPeriodSpan, p);
      CareplanEpisode *last;

      if (period->short_break || period->end == CAREPLAN_DATE_NONE ||
          period->end < child->period_start || period->end > child->period_end ||
          period->n_episodes == 0)
        continue;
      last = careplan_measure_child_episode (child, period->first_episode + period->n_episodes - 1);
      *reason = careplan_measure_child_episode_reason (child, last);
      return period;
    }
  return NULL;
}

static const CareplanMeasureParameterSpec permanence_parameters[] = {
  { "permanence_reasons", CAREPLAN_MEASURE_PARAMETER_CODES, "E11,E12,E41,E45,E46,E47,E48,E4A", "codes",
    "Reasons episode ceased (REC) that achieve permanence: adopted (E11 application unopposed, "
    "E12 opposed), child arrangements order (E41, formerly residence order), special "
    "guardianship order (E45, E46, E47, E48: to former foster carers or other carers, relatives "
    "or not), returned home to parents as part of the care plan (E4A). E4B (not part of the "
    "plan) and E13 (left care to live with parents or others without parental responsibility) "
    "are left out.", 0, 0 },
};

static void
measure_permanence_achieved (const CareplanMeasureChild          *child,
                             const CareplanMeasureParameterValue *parameters,
                             CareplanMeasureTally                *tally)
{
  const CareplanPeriodSpan *ended;
  const char *reason = NULL;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  if (!looked_after_in_period (child))
    return;

  ended = last_ended_in_period (child, &reason);
  if (ended == NULL)
    {
      careplan_measure_tally_add (tally, child->id, FALSE, -1,
                                  g_strdup ("looked after in the period; did not leave care in it"));
      return;
    }
  careplan_measure_tally_add (tally, child->id, careplan_measure_words_contain (&parameters[0], reason), -1,
                              g_strdup_printf ("left care on %s (REC %s)",
                                               careplan_measure_iso (ended->end, iso),
                                               reason != NULL ? reason : "not recorded"));
}

static const CareplanMeasureParameterSpec sgo_parameters[] = {
  { "permanence_reasons", CAREPLAN_MEASURE_PARAMETER_CODES, "E11,E12,E41,E45,E46,E47,E48,E4A", "codes",
    "Reasons episode ceased (REC) that achieve permanence (as local.permanence-achieved).", 0, 0 },
  { "sgo_reasons", CAREPLAN_MEASURE_PARAMETER_CODES, "E45,E46,E47,E48", "codes",
    "Reasons episode ceased through a special guardianship order: E45 and E47 to former "
    "foster carers, E46 and E48 to other carers (E47 and E48: relatives or friends).", 0, 0 },
};

static void
measure_permanence_through_sgo (const CareplanMeasureChild          *child,
                                const CareplanMeasureParameterValue *parameters,
                                CareplanMeasureTally                *tally)
{
  const CareplanPeriodSpan *ended;
  const char *reason = NULL;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  ended = last_ended_in_period (child, &reason);
  if (ended == NULL || !careplan_measure_words_contain (&parameters[0], reason))
    return;
  careplan_measure_tally_add (tally, child->id, careplan_measure_words_contain (&parameters[1], reason), -1,
                              g_strdup_printf ("permanence on %s (REC %s)",
                                               careplan_measure_iso (ended->end, iso), reason));
}

/* Care leavers' OC3 outcomes */

static const CareplanMeasureParameterSpec oc3_parameters[] = {
  { "min_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "17", "years",
    "Care leavers of at least this age at the period end (the return asks about those whose "
    "17th to 21st birthday falls in the year).", 0, 30 },
  { "max_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "21", "years",
    "Care leavers of at most this age at the period end.", 0, 30 },
};

static const CareplanMeasureParameterSpec eet_parameters[] = {
  { "min_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "17", "years",
    "Care leavers of at least this age at the period end.", 0, 30 },
  { "max_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "21", "years",
    "Care leavers of at most this age at the period end.", 0, 30 },
  { "eet_codes", CAREPLAN_MEASURE_PARAMETER_CODES, "F1,P1,F2,P2,F4,P4,F5,P5", "codes",
    "OC3 activity (ACTIV) codes of education, employment or training, full time (F) or part "
    "time (P): higher education (F1, P1), other education (F2, P2), training or employment "
    "(F4, P4, F5, P5). G4–G6 (not in education, employment or training) and 0 (not known) are "
    "not counted.", 0, 0 },
};

/* The care leaver's OC3 outcomes in the period, or NULL when the child is
 * not a care leaver of the ages asked (or recorded as having died). */
static CareplanEvent *
oc3_outcomes (const CareplanMeasureChild          *child,
              const CareplanMeasureParameterValue *parameters)
{
  const CareplanChildIndex *index = child->index;
  const CareplanPeriodSpan *last;
  CareplanEvent *outcomes;

  last = index->periods->len > 0
         ? &g_array_index (index->periods, CareplanPeriodSpan, index->periods->len - 1) : NULL;
  if (last != NULL && last->end == CAREPLAN_DATE_NONE && !last->short_break)
    return NULL;
  if (child->age_at_end < parameters[0].number || child->age_at_end > parameters[1].number)
    return NULL;
  outcomes = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES,
                                            child->period_start, child->period_end);
  if (outcomes == NULL || g_strcmp0 (careplan_event_get_text_field (outcomes, "in_touch"), "DIED") == 0)
    return NULL;
  return outcomes;
}

static void
measure_suitable_accommodation (const CareplanMeasureChild          *child,
                                const CareplanMeasureParameterValue *parameters,
                                CareplanMeasureTally                *tally)
{
  CareplanEvent *outcomes = oc3_outcomes (child, parameters);
  const char *accommodation;
  size_t length;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  if (outcomes == NULL)
    return;
  accommodation = careplan_event_get_text_field (outcomes, "accommodation");
  length = accommodation != NULL ? strlen (accommodation) : 0;
  careplan_measure_tally_fact (tally, accommodation != NULL && !g_str_equal (accommodation, "0"));
  /* The ACCOM codes end in 1 (suitable) or 2 (not suitable). */
  careplan_measure_tally_add (tally, child->id, length == 2 && accommodation[1] == '1', -1,
                              g_strdup_printf ("OC3 on %s: accommodation %s",
                                               careplan_measure_iso (careplan_event_get_date (outcomes), iso),
                                               accommodation == NULL ? "not recorded"
                                               : g_str_equal (accommodation, "0") ? "0 (not known)"
                                               : accommodation));
}

static void
measure_care_leavers_eet (const CareplanMeasureChild          *child,
                          const CareplanMeasureParameterValue *parameters,
                          CareplanMeasureTally                *tally)
{
  CareplanEvent *outcomes = oc3_outcomes (child, parameters);
  const char *activity;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  if (outcomes == NULL)
    return;
  activity = careplan_event_get_text_field (outcomes, "activity");
  careplan_measure_tally_fact (tally, activity != NULL && !g_str_equal (activity, "0"));
  careplan_measure_tally_add (tally, child->id, careplan_measure_words_contain (&parameters[2], activity), -1,
                              g_strdup_printf ("OC3 on %s: activity %s",
                                               careplan_measure_iso (careplan_event_get_date (outcomes), iso),
                                               activity == NULL ? "not recorded"
                                               : g_str_equal (activity, "0") ? "0 (not known)" : activity));
}

static const CareplanMeasureParameterSpec after_21_parameters[] = {
  { "contact_months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "3", "months",
    "In touch: a contact or personal adviser visit after the 21st birthday and on or after "
    "the period end minus this many calendar months.", 1, 120 },
  { "max_age", CAREPLAN_MEASURE_PARAMETER_NUMBER, "25", "years",
    "Care leavers of at most this age at the period end (support may continue to 25, "
    "s23CZB Children Act 1989).", 21, 30 },
};

static void
measure_in_touch_after_21 (const CareplanMeasureChild          *child,
                           const CareplanMeasureParameterValue *parameters,
                           CareplanMeasureTally                *tally)
{
  const CareplanChildIndex *index = child->index;
  const CareplanPeriodSpan *last;
  CareplanDate birthday;
  CareplanDate since;
  CareplanEvent *contact, *visit, *latest;
  char iso[2][CAREPLAN_DATE_ISO_LENGTH];

  if (child->age_at_end < 21 || child->age_at_end > parameters[1].number)
    return;
  last = index->periods->len > 0
         ? &g_array_index (index->periods, CareplanPeriodSpan, index->periods->len - 1) : NULL;
  if (last != NULL && last->end == CAREPLAN_DATE_NONE)
    return;
  if (careplan_child_get_care_leaver (child->child) == NULL &&
      index->events[CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT]->len == 0 &&
      index->events[CAREPLAN_EVENT_KIND_PA_VISIT]->len == 0 &&
      index->events[CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES]->len == 0)
    return;

  birthday = careplan_date_get_birthday (careplan_child_get_date_of_birth (child->child), 21,
                                         child->leap_day_policy);
  since = careplan_date_add_months (child->period_end, -parameters[0].number);
  if (birthday != CAREPLAN_DATE_NONE && birthday + 1 > since)
    since = birthday + 1;
  contact = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, since, child->period_end);
  visit = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_PA_VISIT, since, child->period_end);
  latest = contact;
  if (visit != NULL && (latest == NULL || careplan_event_get_date (visit) > careplan_event_get_date (latest)))
    latest = visit;

  careplan_measure_tally_add (tally, child->id, latest != NULL, -1,
                              latest != NULL
                              ? g_strdup_printf ("%s on %s (after the 21st birthday, on or after %s)",
                                                 latest == visit ? "personal adviser visit" : "contact",
                                                 careplan_measure_iso (careplan_event_get_date (latest), iso[0]),
                                                 careplan_measure_iso (since, iso[1]))
                              : g_strdup_printf ("no contact or visit on or after %s",
                                                 careplan_measure_iso (since, iso[1])));
}

/* Rates per 10,000 children */

#define POPULATION_PARAMETER \
  { "population", CAREPLAN_MEASURE_PARAMETER_NUMBER, "0", "children", \
    "The council's population aged 0 to 17 (the ONS mid-year estimate the user gives; " \
    "0: not given, and the measure says \"no data\"). --parameter local.population=N sets " \
    "it for the three per-10,000 measures.", 0, 100000000 }

static const CareplanMeasureParameterSpec population_parameters[] = { POPULATION_PARAMETER };

static const char *
population_unavailable (const CareplanMeasureParameterValue *parameters,
                        CareplanPostcodes                   *postcodes)
{
  if (parameters[0].number <= 0)
    return "No data: the 0–17 population is not given (--parameter local.population=N, "
           "the ONS mid-year estimate for the council's area); careplan ships no population figures.";
  return NULL;
}

static void
measure_cla_per_10000 (const CareplanMeasureChild          *child,
                       const CareplanMeasureParameterValue *parameters,
                       CareplanMeasureTally                *tally)
{
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  if (child->current == NULL)
    return;
  careplan_measure_tally_add (tally, child->id, TRUE, -1,
                              g_strdup_printf ("looked after at the period end, since %s",
                                               careplan_measure_iso (child->current->start, iso)));
}

/* Starts and ends: each child once, on the last occasion in the period,
 * as the DfE's statistics count them. */
static void
measure_starts_or_ends (const CareplanMeasureChild *child,
                        gboolean                    starts,
                        CareplanMeasureTally       *tally)
{
  const CareplanChildIndex *index = child->index;
  const CareplanPeriodSpan *found = NULL;
  guint p, n = 0;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  for (p = 0; p < index->periods->len; p++)
    {
      const CareplanPeriodSpan *period = &g_array_index (index->periods, CareplanPeriodSpan, p);
      CareplanDate date = starts ? period->start : period->end;

      if (period->short_break || date == CAREPLAN_DATE_NONE ||
          date < child->period_start || date > child->period_end)
        continue;
      found = period;
      n++;
    }
  if (found == NULL)
    return;
  careplan_measure_tally_add (tally, child->id, TRUE, -1,
                              g_strdup_printf ("%s to be looked after on %s%s", starts ? "started" : "ceased",
                                               careplan_measure_iso (starts ? found->start : found->end, iso),
                                               n > 1 ? " (the last of several times in the period; counted once)" : ""));
}

static void
measure_starts_per_10000 (const CareplanMeasureChild          *child,
                          const CareplanMeasureParameterValue *parameters,
                          CareplanMeasureTally                *tally)
{
  measure_starts_or_ends (child, TRUE, tally);
}

static void
measure_ends_per_10000 (const CareplanMeasureChild          *child,
                        const CareplanMeasureParameterValue *parameters,
                        CareplanMeasureTally                *tally)
{
  measure_starts_or_ends (child, FALSE, tally);
}

/* Missing from care */

static const CareplanMeasureParameterSpec missing_parameters[] = {
  { "count_away", CAREPLAN_MEASURE_PARAMETER_NUMBER, "0", "",
    "0: only episodes of kind M (missing) count; 1: away from placement without "
    "authorisation (A) counts too.", 0, 1 },
};

static const CareplanMeasureParameterSpec missing_three_parameters[] = {
  { "count_away", CAREPLAN_MEASURE_PARAMETER_NUMBER, "0", "",
    "0: only episodes of kind M (missing) count; 1: away without authorisation (A) too.", 0, 1 },
  { "min_episodes", CAREPLAN_MEASURE_PARAMETER_NUMBER, "3", "episodes",
    "Counted with at least this many episodes starting within window_months.", 2, 100 },
  { "window_months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "3", "months",
    "The window: the last of the episodes starts before the first's start plus this many "
    "calendar months (corresponding date).", 1, 24 },
};

/* The dates of the missing episodes starting in the period, oldest first. */
static GArray *
missing_starts (const CareplanMeasureChild *child,
                gboolean                    count_away)
{
  const GPtrArray *events = child->index->events[CAREPLAN_EVENT_KIND_MISSING_EPISODE];
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (CareplanDate));
  guint i;

  for (i = 0; i < events->len; i++)
    {
      CareplanEvent *event = g_ptr_array_index (events, i);
      CareplanDate date = careplan_event_get_date (event);
      const char *kind = careplan_event_get_detail (event);

      if (date < child->period_start || date > child->period_end)
        continue;
      if (g_strcmp0 (kind, "M") == 0 || (count_away && g_strcmp0 (kind, "A") == 0))
        g_array_append_val (starts, date);
    }
  return starts;
}

static void
measure_missing_episode (const CareplanMeasureChild          *child,
                         const CareplanMeasureParameterValue *parameters,
                         CareplanMeasureTally                *tally)
{
  g_autoptr(GArray) starts = NULL;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  if (!looked_after_in_period (child))
    return;
  starts = missing_starts (child, parameters[0].number != 0);
  careplan_measure_tally_add (tally, child->id, starts->len > 0, -1,
                              starts->len > 0
                              ? g_strdup_printf ("%u missing episode%s in the period, the first on %s", starts->len,
                                                 starts->len == 1 ? "" : "s",
                                                 careplan_measure_iso (g_array_index (starts, CareplanDate, 0), iso))
                              : g_strdup ("no missing episode in the period"));
}

static void
measure_missing_three (const CareplanMeasureChild          *child,
                       const CareplanMeasureParameterValue *parameters,
                       CareplanMeasureTally                *tally)
{
  g_autoptr(GArray) starts = NULL;
  guint min = (guint) parameters[1].number;
  guint i;
  char iso[2][CAREPLAN_DATE_ISO_LENGTH];

  if (!looked_after_in_period (child))
    return;
  starts = missing_starts (child, parameters[0].number != 0);
  for (i = 0; i + min <= starts->len; i++)
    {
      CareplanDate first = g_array_index (starts, CareplanDate, i);
      CareplanDate last = g_array_index (starts, CareplanDate, i + min - 1);
      CareplanDate window_end = careplan_date_add_months (first, parameters[2].number);

      if (window_end != CAREPLAN_DATE_NONE && last < window_end)
        {
          careplan_measure_tally_add (tally, child->id, TRUE, -1,
                                      g_strdup_printf ("%u missing episodes from %s to %s (within %d months)",
                                                       min, careplan_measure_iso (first, iso[0]),
                                                       careplan_measure_iso (last, iso[1]),
                                                       parameters[2].number));
          return;
        }
    }
  careplan_measure_tally_add (tally, child->id, FALSE, -1,
                              g_strdup_printf ("%u missing episode%s in the period, never %u within %d months",
                                               starts->len, starts->len == 1 ? "" : "s", min,
                                               parameters[2].number));
}

/* Suspensions */

static const CareplanMeasureParameterSpec suspension_parameters[] = {
  { "looked_after_months", CAREPLAN_MEASURE_PARAMETER_NUMBER, "12", "months",
    "Children looked after continuously for at least this many months at the period end (the "
    "current period of care began on or before the period end minus this many calendar months).",
    1, 120 },
};

static void
measure_suspension (const CareplanMeasureChild          *child,
                    const CareplanMeasureParameterValue *parameters,
                    CareplanMeasureTally                *tally)
{
  CareplanDate since;
  CareplanEvent *suspension;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  if (child->current == NULL)
    return;
  since = careplan_date_add_months (child->period_end, -parameters[0].number);
  if (since == CAREPLAN_DATE_NONE || child->current->start > since)
    return;

  suspension = careplan_measure_child_latest (child, CAREPLAN_EVENT_KIND_SUSPENSION,
                                              child->period_start, child->period_end);
  careplan_measure_tally_add (tally, child->id, suspension != NULL, -1,
                              suspension != NULL
                              ? g_strdup_printf ("suspended from school on %s",
                                                 careplan_measure_iso (careplan_event_get_date (suspension), iso))
                              : g_strdup ("no suspension recorded in the period"));
}

static const CareplanEventKind permanence_plan_kinds[] = { CAREPLAN_EVENT_KIND_PERMANENCE_PLAN };
static const CareplanEventKind health_assessment_kinds[] = { CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT };
static const CareplanEventKind dental_kinds[] = { CAREPLAN_EVENT_KIND_DENTAL_CHECK };
static const CareplanEventKind sdq_kinds[] = { CAREPLAN_EVENT_KIND_SDQ };
static const CareplanEventKind pep_kinds[] = { CAREPLAN_EVENT_KIND_EDUCATION_PLAN };
static const CareplanEventKind review_kinds[] = { CAREPLAN_EVENT_KIND_REVIEW };
static const CareplanEventKind visit_kinds[] = { CAREPLAN_EVENT_KIND_VISIT };
static const CareplanEventKind life_story_kinds[] = { CAREPLAN_EVENT_KIND_LIFE_STORY_WORK };
static const CareplanEventKind suspension_kinds[] = { CAREPLAN_EVENT_KIND_SUSPENSION };
static const CareplanEventKind care_leaver_contact_kinds[] = {
  CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, CAREPLAN_EVENT_KIND_PA_VISIT,
};

#define FACTS(kinds) .fact_kinds = kinds, .n_fact_kinds = G_N_ELEMENTS (kinds)

static const CareplanMeasureDefinition local_definitions[] = {
  {
    .id = "local.permanence-plan",
    .title = "Children with a permanence plan",
    .definition =
      "Of the children looked after at the period end who have been looked after for "
      "at least looked_after_weeks weeks, those with a permanence plan recorded since "
      "they became looked after (the start of the current period of care). Statute "
      "expects the plan by the second review; the 12 weeks follow a local target.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_PLAN,
    .provision = "life story work and a permanence plan at 12 weeks",
    .url = DEVON_PLAN_URL,
    .parameters = weeks_parameters,
    .n_parameters = G_N_ELEMENTS (weeks_parameters),
    .measure = measure_permanence_plan,
    FACTS (permanence_plan_kinds),
    .data_needed = "permanence plans",
    .data_absent = "an SSDA903 return holds no permanence plans",
  },
  {
    .id = "local.health-assessment",
    .title = "Children with an up-to-date health assessment",
    .definition =
      "Of the children looked after at the period end, those whose latest health "
      "assessment (initial or review, on any date up to the period end) is within the "
      "reg 7(3) interval at the period end: under_five_months months after an "
      "assessment done before the 5th birthday, five_and_over_months months after one "
      "done at 5 or over. A child with no assessment yet is left out until the first "
      "is due (initial_working_days working days after becoming looked after).",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = CPPCR_2010,
    .provision = "regulation 7(3) (review health assessments)",
    .url = HEALTH_GUIDANCE_URL,
    .parameters = health_parameters,
    .n_parameters = G_N_ELEMENTS (health_parameters),
    .measure = measure_health_assessment,
    FACTS (health_assessment_kinds),
    .data_needed = "dated health assessments",
    .data_absent = "an SSDA903 return holds only the OC2 yes/no for children looked after for a year",
  },
  {
    .id = "local.dental-check",
    .title = "Children with a dental check in the last 12 months",
    .definition =
      "Of the children looked after at the period end, those with a dental check dated "
      "on or after the period end minus months calendar months.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = HEALTH_GUIDANCE,
    .provision = "dental health (paragraph UNCONFIRMED)",
    .url = HEALTH_GUIDANCE_URL,
    .parameters = dental_parameters,
    .n_parameters = G_N_ELEMENTS (dental_parameters),
    .measure = measure_dental_check,
    FACTS (dental_kinds),
    .data_needed = "dental checks",
    .data_absent = "an SSDA903 return holds only the OC2 yes/no for children looked after for a year",
  },
  {
    .id = "local.sdq",
    .title = "Children aged 4 to 16 with an SDQ in the last 12 months",
    .definition =
      "Of the children looked after at the period end aged min_age to max_age then, "
      "those with a strengths and difficulties questionnaire dated on or after the "
      "period end minus months calendar months.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = HEALTH_GUIDANCE,
    .provision = "strengths and difficulties questionnaire (paragraph UNCONFIRMED)",
    .url = HEALTH_GUIDANCE_URL,
    .parameters = sdq_parameters,
    .n_parameters = G_N_ELEMENTS (sdq_parameters),
    .measure = measure_sdq,
    FACTS (sdq_kinds),
    .data_needed = "dated SDQs",
    .data_absent = "an SSDA903 return holds only the OC2 SDQ score for children looked after for a year",
  },
  {
    .id = "local.pep",
    .title = "School-age children with a current personal education plan",
    .definition =
      "Of the children looked after at the period end who are of school age (aged "
      "min_age to max_age on the day before the school year containing the period end "
      "starts: Years 1 to 11 by default), those with a PEP initiated or reviewed on or "
      "after the period end minus months calendar months. A child with no PEP yet is "
      "left out until the first is due (initial_working_days working days after "
      "becoming looked after).",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = EDUCATION_GUIDANCE,
    .provision = "initiating, developing and reviewing the PEP (paragraph UNCONFIRMED)",
    .url = EDUCATION_GUIDANCE_URL,
    .parameters = pep_parameters,
    .n_parameters = G_N_ELEMENTS (pep_parameters),
    .measure = measure_pep,
    FACTS (pep_kinds),
    .data_needed = "personal education plans",
    .data_absent = "an SSDA903 return holds no PEPs",
  },
  {
    .id = "local.reviews-in-time",
    .title = "Reviews held in time",
    .definition =
      "Of the looked-after reviews falling due in the period (each obligation of the "
      "rules in families, other than excluded_rules, due from the first day to the "
      "last, judged at the period end: met, met late or overdue), those held by their "
      "due date. A review not yet due at the period end, or not applicable, is left out.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "reviews",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = CPPCR_2010,
    .provision = "regulation 33",
    .url = "https://www.legislation.gov.uk/uksi/2010/959/regulation/33/made",
    .parameters = reviews_parameters,
    .n_parameters = G_N_ELEMENTS (reviews_parameters),
    .families_parameter = "families",
    .measure = measure_obligations_in_time,
    FACTS (review_kinds),
    .data_needed = "reviews",
    .data_absent = "the review dates of the return's Reviews table are the only reviews",
  },
  {
    .id = "local.visits-in-time",
    .title = "Social-worker visits in time",
    .definition =
      "Of the statutory visits falling due in the period (each obligation of the rules "
      "in families, other than excluded_rules, due from the first day to the last, "
      "judged at the period end: met, met late or overdue), those made by their due "
      "date. A missed visit is one overdue obligation, not a cascade.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "visits",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = CPPCR_2010,
    .provision = "regulation 28",
    .url = "https://www.legislation.gov.uk/uksi/2010/959/regulation/28/made",
    .parameters = visits_parameters,
    .n_parameters = G_N_ELEMENTS (visits_parameters),
    .families_parameter = "families",
    .measure = measure_obligations_in_time,
    FACTS (visit_kinds),
    .data_needed = "social-worker visits",
    .data_absent = "an SSDA903 return holds no social-worker visits",
  },
  {
    .id = "local.life-story-work",
    .title = "Children with life-story work",
    .definition =
      "Of the children looked after at the period end who have been looked after for "
      "at least looked_after_weeks weeks, those with life-story work (started or "
      "completed) recorded since they became looked after.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_PLAN,
    .provision = "life story work and a permanence plan at 12 weeks",
    .url = DEVON_PLAN_URL,
    .parameters = weeks_parameters,
    .n_parameters = G_N_ELEMENTS (weeks_parameters),
    .measure = measure_life_story_work,
    FACTS (life_story_kinds),
    .data_needed = "life-story work",
    .data_absent = "an SSDA903 return holds no life-story work",
  },
  {
    .id = "local.care-leavers-in-touch",
    .title = "Care leavers in touch",
    .definition =
      "Of the care leavers aged min_age to max_age at the period end (no period of care "
      "open then, and a care-leaver part or care-leaver events such as OC3 outcomes in "
      "the record; those recorded in OC3 as having died are left out), those with a contact or a personal "
      "adviser's visit dated on or after the period end minus contact_months calendar "
      "months, or recorded in touch (OC3 IN_TOUCH YES) in OC3 outcomes dated in the "
      "period.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = "Care Leavers (England) Regulations 2010",
    .provision = "regulation 8 (personal adviser's contact); SSDA903 OC3 IN_TOUCH",
    .url = "https://legislation.gov.uk/uksi/2010/2571/regulation/8/made/data.html",
    .parameters = in_touch_parameters,
    .n_parameters = G_N_ELEMENTS (in_touch_parameters),
    .measure = measure_care_leavers_in_touch,
  },
  {
    .id = "local.permanence-achieved",
    .title = "Children for whom permanence was achieved",
    .definition =
      "Of the children looked after at any time in the period (other than only in short "
      "breaks), those whose last period of care to end in the period ended for a reason of "
      "permanence (permanence_reasons: adoption, a special guardianship order, a child "
      "arrangements order, or a planned return home).",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_STRATEGY,
    .provision = "\"% of children looked after for whom permanence is achieved\" (pledge UNCONFIRMED); "
                 "REC code descriptions of the DfE's SSDA903 guide",
    .url = DFE_903_GUIDE_URL,
    .parameters = permanence_parameters,
    .n_parameters = G_N_ELEMENTS (permanence_parameters),
    .measure = measure_permanence_achieved,
  },
  {
    .id = "local.permanence-through-sgo",
    .title = "Permanence achieved through a special guardianship order",
    .definition =
      "Of the children whose last period of care to end in the period ended for a reason of "
      "permanence (permanence_reasons), those who left care through a special guardianship "
      "order (sgo_reasons).",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_STRATEGY,
    .provision = "\"% achieving permanence through a special guardianship order\" (pledge UNCONFIRMED); "
                 "REC codes E45–E48 of the DfE's SSDA903 guide",
    .url = DFE_903_GUIDE_URL,
    .parameters = sgo_parameters,
    .n_parameters = G_N_ELEMENTS (sgo_parameters),
    .measure = measure_permanence_through_sgo,
  },
  {
    .id = "local.care-leavers-suitable-accommodation",
    .title = "Care leavers in suitable accommodation",
    .definition =
      "Of the care leavers aged min_age to max_age at the period end (no period of care open "
      "then) with OC3 outcomes dated in the period (those recorded as having died left out), "
      "those whose accommodation (ACCOM) is recorded as suitable: an OC3 accommodation code "
      "ending in 1. Code 0 (not known) stays in the denominator, as in the DfE's tables.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_STRATEGY,
    .provision = "\"% of care-experienced young people living in suitable accommodation\" (pledge "
                 "UNCONFIRMED); OC3 ACCOM codes of the DfE's SSDA903 guide",
    .url = DFE_903_GUIDE_URL,
    .parameters = oc3_parameters,
    .n_parameters = G_N_ELEMENTS (oc3_parameters),
    .measure = measure_suitable_accommodation,
    .data_needed = "OC3 accommodation",
    .data_absent = "no OC3 accommodation code other than 0 (not known)",
  },
  {
    .id = "local.care-leavers-eet",
    .title = "Care leavers in education, employment or training",
    .definition =
      "Of the care leavers aged min_age to max_age at the period end with OC3 outcomes dated "
      "in the period (those recorded as having died left out), those whose main activity "
      "(ACTIV) is education, employment or training (eet_codes). Code 0 (not known) stays in "
      "the denominator.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_STRATEGY,
    .provision = "\"% of care-experienced young people in education, employment or training\" "
                 "(pledge UNCONFIRMED); OC3 ACTIV codes of the DfE's SSDA903 guide",
    .url = DFE_903_GUIDE_URL,
    .parameters = eet_parameters,
    .n_parameters = G_N_ELEMENTS (eet_parameters),
    .measure = measure_care_leavers_eet,
    .data_needed = "OC3 activity",
    .data_absent = "no OC3 activity code other than 0 (not known)",
  },
  {
    .id = "local.care-leavers-in-touch-after-21",
    .title = "Care leavers in touch after their 21st birthday",
    .definition =
      "Of the care leavers aged 21 to max_age at the period end (no period of care open then, "
      "a care-leaver part or care-leaver events in the record), those with a contact or a "
      "personal adviser's visit after their 21st birthday and on or after the period end minus "
      "contact_months calendar months. The numerator is the number the strategy asks for.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_STRATEGY,
    .provision = "\"number of care leavers still in touch with the service after their 21st "
                 "birthday\" (pledge UNCONFIRMED); Children Act 1989 s23CZB",
    .url = DEVON_STRATEGY_URL,
    .parameters = after_21_parameters,
    .n_parameters = G_N_ELEMENTS (after_21_parameters),
    .measure = measure_in_touch_after_21,
    FACTS (care_leaver_contact_kinds),
    .fact_for_cohort = TRUE,
    .data_needed = "contacts or personal adviser visits",
    .data_absent = "an SSDA903 return records care leavers only to their 21st birthday (OC3)",
  },
  {
    .id = "local.cla-per-10000",
    .title = "Children looked after per 10,000 children",
    .definition =
      "The children looked after at the period end (other than in short breaks) per 10,000 of "
      "the council's population aged 0 to 17 (population, which the user gives).",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PER_10000,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_STRATEGY,
    .provision = "\"children looked after per 10,000 children\" (pledge UNCONFIRMED); the DfE's "
                 "rate per 10,000 children aged under 18",
    .url = DFE_CLA_URL,
    .parameters = population_parameters,
    .n_parameters = G_N_ELEMENTS (population_parameters),
    .measure = measure_cla_per_10000,
    .unavailable = population_unavailable,
  },
  {
    .id = "local.cla-starts-per-10000",
    .title = "Children who started to be looked after, per 10,000 children",
    .definition =
      "The children who started to be looked after in the period (a period of care, other "
      "than short breaks, beginning in it) per 10,000 of the population aged 0 to 17. A child "
      "who started more than once is counted once, on the last occasion, as the DfE's "
      "statistics count starts.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PER_10000,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
    .instrument = DEVON_STRATEGY,
    .provision = "\"starts per 10,000\" (pledge UNCONFIRMED); counting once per child follows the "
                 "DfE's data guidance (UNCONFIRMED)",
    .url = DFE_CLA_URL,
    .parameters = population_parameters,
    .n_parameters = G_N_ELEMENTS (population_parameters),
    .measure = measure_starts_per_10000,
    .unavailable = population_unavailable,
  },
  {
    .id = "local.cla-ends-per-10000",
    .title = "Children who ceased to be looked after, per 10,000 children",
    .definition =
      "The children who ceased to be looked after in the period (a period of care, other than "
      "short breaks, ending in it) per 10,000 of the population aged 0 to 17, each child once "
      "(the last occasion).",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PER_10000,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
    .instrument = DEVON_STRATEGY,
    .provision = "\"ends per 10,000\" (pledge UNCONFIRMED); counting once per child follows the "
                 "DfE's data guidance (UNCONFIRMED)",
    .url = DFE_CLA_URL,
    .parameters = population_parameters,
    .n_parameters = G_N_ELEMENTS (population_parameters),
    .measure = measure_ends_per_10000,
    .unavailable = population_unavailable,
  },
  {
    .id = "local.missing-episode",
    .title = "Children who went missing",
    .definition =
      "Of the children looked after at any time in the period (other than only in short "
      "breaks), those with a missing episode (kind M; with count_away also away without "
      "authorisation, A) starting in the period.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_STRATEGY,
    .provision = "\"% of all children looked after in the period with a missing episode\" (pledge "
                 "UNCONFIRMED); SSDA903 Missing table (MISSING M and A)",
    .url = DFE_903_GUIDE_URL,
    .parameters = missing_parameters,
    .n_parameters = G_N_ELEMENTS (missing_parameters),
    .measure = measure_missing_episode,
  },
  {
    .id = "local.missing-three-in-three-months",
    .title = "Children missing three or more times in three months",
    .definition =
      "Of the children looked after at any time in the period (other than only in short "
      "breaks), those with at least min_episodes missing episodes (kind M; with count_away "
      "also A) starting in the period within window_months calendar months of each other.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_STRATEGY,
    .provision = "\"% with 3 or more missing episodes in a 3-month period\" (pledge UNCONFIRMED)",
    .url = DFE_903_GUIDE_URL,
    .parameters = missing_three_parameters,
    .n_parameters = G_N_ELEMENTS (missing_three_parameters),
    .measure = measure_missing_three,
  },
  {
    .id = "local.suspension-12-months",
    .title = "Children looked after for 12 months with a suspension",
    .definition =
      "Of the children looked after at the period end who have been looked after continuously "
      "for at least looked_after_months months, those with at least one suspension (fixed-term "
      "exclusion) from school recorded in the period (suspensions[] in the careplan record). "
      "The SSDA903 return no longer holds exclusions: from a return this is no data.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DEVON_STRATEGY,
    .provision = "\"% of children looked after for 12 months with at least one fixed-term exclusion\" "
                 "(pledge UNCONFIRMED)",
    .url = DEVON_STRATEGY_URL,
    .parameters = suspension_parameters,
    .n_parameters = G_N_ELEMENTS (suspension_parameters),
    .measure = measure_suspension,
    FACTS (suspension_kinds),
    .fact_for_cohort = TRUE,
    .data_needed = "suspensions",
    .data_absent = "the SSDA903 return holds no exclusions; careplan records hold them in suspensions[]",
  },
};

const CareplanMeasureDefinition *
careplan_measures_local_get_definitions (guint *n_definitions)
{
  *n_definitions = G_N_ELEMENTS (local_definitions);
  return local_definitions;
}
