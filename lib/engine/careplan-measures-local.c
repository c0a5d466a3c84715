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
    "12-week target of statutory-rules.md §10).", 0, 1000 },
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
    "reading (a) of statutory-rules.md §9.4, also used when the date of birth is not "
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

  for (i = 0; i < child->findings->len; i++)
    {
      CareplanFinding *finding = g_ptr_array_index (child->findings, i);

      if (!careplan_measure_child_judged_in_period (child, finding, families, excluded))
        continue;
      careplan_measure_tally_add (tally, child->id,
                                  careplan_finding_get_status (finding) == CAREPLAN_FINDING_STATUS_MET, -1,
                                  g_strdup_printf ("%s: %s",
                                                   careplan_finding_status_to_string (careplan_finding_get_status (finding)),
                                                   careplan_finding_get_message (finding)));
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
};

const CareplanMeasureDefinition *
careplan_measures_local_get_definitions (guint *n_definitions)
{
  *n_definitions = G_N_ELEMENTS (local_definitions);
  return local_definitions;
}
