/* careplan-plan-cross-check.c: a child's plan documents against the record
 *
 * Each cross-check is a rule with its citation (listed by
 * careplan_plan_dup_cross_check_rules()) and gives findings like the
 * rulebook's, so that `careplan check-plan` prints them as `careplan check`
 * does.  The rules are not in the default rulebook: they need the plan
 * documents, which a record does not hold.
 *
 * A cross-check whose duty is not shown by the plans is `overdue` once its
 * time has passed (`due` before), and `unknown` when the record or the plan
 * lacks what it needs; a plan against the record that contradicts it (an
 * IRO who is not the one appointed) is `overdue` too.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-error.h"
#include "careplan-plans-private.h"
#include "careplan-rule-private.h"

#define CPPCR "Care Planning, Placement and Case Review (England) Regulations 2010"
#define CPPCR_URL(reg) "https://www.legislation.gov.uk/uksi/2010/959/regulation/" reg "/made"
#define VOLUME_2 "The Children Act 1989 Guidance and Regulations Volume 2: Care Planning, " \
                 "Placement and Case Review"
#define VOLUME_2_URL "https://www.gov.uk/government/publications/children-act-1989-care-planning-placement-and-case-review"

#define CARE_PLAN_TIMING      "cppcr-2010.reg4-2.care-plan.timing-10wd"
#define PLACEMENT_PLAN_TIMING "cppcr-2010.reg9-2.placement-plan.timing-5wd"
#define PLAN_EACH_PLACEMENT   "cppcr-2010.reg9-1.placement-plan.for-each-placement"
#define IRO_NAMED             "cppcr-2010.reg5-d.care-plan.iro-is-appointed"
#define PERMANENCE_BY_SECOND  "guidance.vol2.care-plan.permanence-by-second-review"
#define PWP_APPROVAL          "cppcr-2010.reg18-1.pwp.signoff-nominated-officer"
#define CARER_AGREEMENT       "cppcr-2010.reg9-3.placement-plan.signoff-appropriate-person"
#define CHILD_AGREEMENT       "cppcr-2010.reg4-5.care-plan.signoff-child-16"

#define PERMANENCE_ELEMENT "cppcr-2010.reg5-a.care-plan.permanence-plan"
#define IRO_ELEMENT        "cppcr-2010.reg5-d.care-plan.iro-name"

#define PLACED_WITH_PARENTS "P1"

static void
not_evaluated (CareplanRule             *rule,
               const CareplanEvaluation *evaluation,
               CareplanFindingArray     *findings)
{
  /* Cross-checks need plan documents: careplan_plan_cross_check() runs
   * them, never the engine. */
}

static const CareplanParameterSpec care_plan_parameters[] = {
  { "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS,
    "Working days after the start of the first placement of a period of care by which the "
    "care plan document must be dated, where it was not prepared before (reg 4(2))" },
};

static const CareplanParameterSpec placement_plan_parameters[] = {
  { "working_days", 5, CAREPLAN_TIME_UNIT_WORKING_DAYS,
    "Working days after the start of a placement by which its placement plan must be dated, "
    "where it was not prepared before (reg 9(2)); a placement with a parent has none "
    "(reg 18(1)(b): the plan must be prepared before the decision takes effect)" },
};

static const CareplanRuleSource cppcr = {
  .family = "plan-cross-checks", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CPPCR, .in_force_from = "2011-04-01",
};

static const CareplanRuleSource volume_2 = {
  .family = "plan-cross-checks", .kind = CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE,
  .instrument = VOLUME_2, .in_force_from = "2011-04-01",
};

static const CareplanRuleDefinition definitions[] = {
  { .id = CARE_PLAN_TIMING,
    .title = "The care plan document is dated before the first placement of the period of care, "
             "or within 10 working days of its start",
    .source = &cppcr, .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .provision = "regulation 4(2)", .url = CPPCR_URL ("4"),
    .parameters = care_plan_parameters, .n_parameters = G_N_ELEMENTS (care_plan_parameters),
    .evaluate = not_evaluated },
  { .id = PLACEMENT_PLAN_TIMING,
    .title = "The placement plan document is dated before the placement, or within 5 working "
             "days of its start (before it, for a placement with a parent)",
    .source = &cppcr, .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .provision = "regulation 9(1), 9(2); regulation 18(1)(b)", .url = CPPCR_URL ("9"),
    .parameters = placement_plan_parameters, .n_parameters = G_N_ELEMENTS (placement_plan_parameters),
    .evaluate = not_evaluated },
  { .id = PLAN_EACH_PLACEMENT,
    .title = "A placement plan document for each placement of the record",
    .source = &cppcr, .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .provision = "regulation 9(1)", .url = CPPCR_URL ("9"),
    .parameters = placement_plan_parameters, .n_parameters = G_N_ELEMENTS (placement_plan_parameters),
    .evaluate = not_evaluated },
  { .id = IRO_NAMED,
    .title = "The IRO the care plan names is the IRO the record shows appointed",
    .source = &cppcr, .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .provision = "regulation 5(d)", .url = CPPCR_URL ("5"),
    .evaluate = not_evaluated },
  { .id = PERMANENCE_BY_SECOND,
    .title = "A care plan with the plan for permanence by the second review",
    .source = &volume_2, .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
    .provision = "chapter 2, permanence planning (paragraph number unconfirmed)",
    .url = VOLUME_2_URL, .evaluate = not_evaluated },
  { .id = PWP_APPROVAL,
    .title = "A placement with a parent approved by a nominated officer before it took effect",
    .source = &cppcr, .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .provision = "regulation 18(1)(a)", .url = CPPCR_URL ("18"),
    .evaluate = not_evaluated },
  { .id = CARER_AGREEMENT,
    .title = "The placement plan agreed with and signed by the appropriate person (the carer)",
    .source = &cppcr, .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .provision = "regulation 9(3)", .url = CPPCR_URL ("9"),
    .parameters = placement_plan_parameters, .n_parameters = G_N_ELEMENTS (placement_plan_parameters),
    .evaluate = not_evaluated },
  { .id = CHILD_AGREEMENT,
    .title = "The care plan agreed with a child of 16 or over accommodated under section 20",
    .source = &cppcr, .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
    .provision = "regulation 4(5)", .url = CPPCR_URL ("4"),
    .evaluate = not_evaluated },
};

/**
 * careplan_plan_dup_cross_check_rules:
 *
 * Lists the rules of [func@Careplan.Plan.cross_check], each with its
 * citation (family `plan-cross-checks`). They are not in the default
 * rulebook: they compare plan documents with the record.
 *
 * Returns: (transfer full): a list model of [class@Careplan.Rule]
 *
 * Since: 0.1
 */
GListModel *
careplan_plan_dup_cross_check_rules (void)
{
  GListStore *store = g_list_store_new (CAREPLAN_TYPE_RULE);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (definitions); i++)
    {
      g_autoptr(CareplanRule) rule = careplan_rule_new_from_definition (&definitions[i]);

      g_list_store_append (store, rule);
    }
  return G_LIST_MODEL (store);
}

/* --- helpers ------------------------------------------------------------- */

typedef struct
{
  CareplanChild        *child;
  CareplanCalendar     *calendar;
  CareplanDate          as_of;
  GPtrArray            *plans;       /* CareplanPlan of the child, by date */
  GPtrArray            *rules;       /* CareplanRule, as definitions[] */
  CareplanFindingArray *findings;
  GListModel           *placements;  /* CareplanPlacement */
  GListModel           *periods;     /* CareplanPeriodOfCare */
} CrossCheck;

static CareplanRule *
rule_for (CrossCheck *cc,
          const char *id)
{
  guint i;

  for (i = 0; i < G_N_ELEMENTS (definitions); i++)
    if (strcmp (definitions[i].id, id) == 0)
      return g_ptr_array_index (cc->rules, i);
  g_assert_not_reached ();
  return NULL;
}

static void
add (CrossCheck            *cc,
     const char            *rule_id,
     CareplanFindingStatus  status,
     const char            *anchor_kind,
     CareplanDate           anchor,
     CareplanDate           due,
     CareplanDate           done,
     char                  *message)
{
  int days_late = CAREPLAN_FINDING_NO_DAYS_LATE;

  if (status == CAREPLAN_FINDING_STATUS_MET_LATE && due != CAREPLAN_DATE_NONE && done != CAREPLAN_DATE_NONE)
    days_late = careplan_date_days_between (due, done);
  else if (status == CAREPLAN_FINDING_STATUS_OVERDUE && due != CAREPLAN_DATE_NONE)
    days_late = careplan_date_days_between (due, cc->as_of);
  careplan_finding_array_add_take (cc->findings, rule_for (cc, rule_id), careplan_child_get_id (cc->child),
                                   status, anchor_kind, anchor, due, done, days_late, message);
}

static const char *
iso (CareplanDate date,
     char         buffer[CAREPLAN_DATE_ISO_LENGTH])
{
  careplan_date_format_iso (date, buffer);
  return buffer;
}

static CareplanDate
cppcr_start (void)
{
  return careplan_date_new (2011, 4, 1);
}

/* The episode starting on @start, or NULL. */
static CareplanEpisode *
episode_starting (CareplanChild *child,
                  CareplanDate   start)
{
  GListModel *episodes = careplan_child_get_episodes (child);
  guint i, n = g_list_model_get_n_items (episodes);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, i);

      if (careplan_episode_get_start (episode) == start)
        return episode;   /* borrowed: the child's list holds it */
    }
  return NULL;
}

/* The episode open on @date, else the next to start after it, or NULL. */
static CareplanEpisode *
episode_for_date (CareplanChild *child,
                  CareplanDate   date)
{
  GListModel *episodes = careplan_child_get_episodes (child);
  CareplanEpisode *next = NULL;
  guint i, n = g_list_model_get_n_items (episodes);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, i);
      CareplanDate s = careplan_episode_get_start (episode);
      CareplanDate e = careplan_episode_get_end (episode);

      if (s <= date && (e == CAREPLAN_DATE_NONE || date < e))
        return episode;
      if (s > date && (next == NULL || s < careplan_episode_get_start (next)))
        next = episode;
    }
  return next;
}

static CareplanPlacement *
placement_starting (CrossCheck   *cc,
                    CareplanDate  start)
{
  guint i, n = g_list_model_get_n_items (cc->placements);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlacement) placement = g_list_model_get_item (cc->placements, i);

      if (careplan_placement_get_start (placement) == start)
        return placement;
    }
  return NULL;
}

/* The period of care open on @date, else the next to start. */
static CareplanPeriodOfCare *
period_for_date (CrossCheck   *cc,
                 CareplanDate  date)
{
  CareplanPeriodOfCare *next = NULL;
  guint i, n = g_list_model_get_n_items (cc->periods);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPeriodOfCare) period = g_list_model_get_item (cc->periods, i);
      CareplanDate s = careplan_period_of_care_get_start (period);
      CareplanDate e = careplan_period_of_care_get_end (period);

      if (s <= date && (e == CAREPLAN_DATE_NONE || date < e))
        return period;
      if (s > date && (next == NULL || s < careplan_period_of_care_get_start (next)))
        next = period;
    }
  return next;
}

static gboolean
placement_with_parents (CareplanPlacement *placement)
{
  const char *type = careplan_placement_get_placement_type (placement);

  return type != NULL && strcmp (type, PLACED_WITH_PARENTS) == 0;
}

static gboolean
placement_is_short_break (CrossCheck        *cc,
                          CareplanPlacement *placement)
{
  CareplanEpisode *episode = episode_starting (cc->child, careplan_placement_get_start (placement));

  return episode != NULL && careplan_episode_is_short_break (episode);
}

/* Who the appropriate person is (CPPCR reg 2(1)), by the placement's type:
 * the person who must agree and sign the placement plan (reg 9(3)). */
static const char *
appropriate_person (CareplanPlacement *placement)
{
  const char *type = careplan_placement_get_placement_type (placement);

  if (type == NULL)
    return "the appropriate person";
  if (strcmp (type, PLACED_WITH_PARENTS) == 0)
    return "the appropriate person (the parent, P)";
  if (type[0] == 'U')
    return "the appropriate person (the foster parent, F)";
  /* K1 secure children's home, K2 children's home (SSDA903): the
   * registered person, who must co-operate in agreeing and signing it
   * (Children's Homes (England) Regulations 2015 reg 17(2)). */
  if (strcmp (type, "K1") == 0 || strcmp (type, "K2") == 0)
    return "the appropriate person (the registered person of the children's home)";
  return "the appropriate person";
}

/* The reg 9 due date of @placement's plan: its start for a placement with
 * a parent (reg 18(1)(b)), else 5 working days after.  NONE with @error set
 * when the calendar cannot say. */
static CareplanDate
placement_plan_due (CrossCheck         *cc,
                    CareplanPlacement  *placement,
                    GError            **error)
{
  CareplanDate start = careplan_placement_get_start (placement);

  if (placement_with_parents (placement))
    return start;
  return careplan_calendar_add_working_days (cc->calendar, start,
                                             (guint) placement_plan_parameters[0].default_value, error);
}

static CareplanPlan *
first_plan_for_placement (CrossCheck   *cc,
                          CareplanDate  start)
{
  guint i;

  for (i = 0; i < cc->plans->len; i++)
    {
      CareplanPlan *plan = g_ptr_array_index (cc->plans, i);

      if (careplan_plan_get_kind (plan) == CAREPLAN_PLAN_KIND_PLACEMENT_PLAN &&
          careplan_plan_get_placement_start (plan) == start)
        return plan;
    }
  return NULL;
}

/* --- the cross-checks ---------------------------------------------------- */

/* reg 4(2): the first care plan of a period of care. */
static void
check_care_plan_timing (CrossCheck   *cc,
                        CareplanPlan *plan,
                        GHashTable   *periods_seen)
{
  CareplanDate date = careplan_plan_get_date (plan);
  CareplanPeriodOfCare *period = period_for_date (cc, date);
  g_autoptr(GError) error = NULL;
  char a[CAREPLAN_DATE_ISO_LENGTH], b[CAREPLAN_DATE_ISO_LENGTH], c[CAREPLAN_DATE_ISO_LENGTH];
  CareplanDate start, due;

  if (period == NULL)
    {
      add (cc, CARE_PLAN_TIMING, CAREPLAN_FINDING_STATUS_UNKNOWN, "care-plan", date,
           CAREPLAN_DATE_NONE, date,
           g_strdup_printf ("the care plan of %s: no period of care in the record holds or follows it",
                            iso (date, a)));
      return;
    }
  start = careplan_period_of_care_get_start (period);
  if (g_hash_table_contains (periods_seen, GUINT_TO_POINTER (start)))
    return;   /* a later care plan of the same period: a revision, timed by reviews */
  g_hash_table_add (periods_seen, GUINT_TO_POINTER (start));

  if (careplan_period_of_care_get_short_break (period))
    {
      add (cc, CARE_PLAN_TIMING, CAREPLAN_FINDING_STATUS_NOT_APPLICABLE, "became-looked-after", start,
           CAREPLAN_DATE_NONE, date,
           g_strdup_printf ("the period of care from %s is a series of short breaks: reg 48 replaces "
                            "the care plan with a short-break care plan", iso (start, a)));
      return;
    }
  if (start < cppcr_start ())
    {
      add (cc, CARE_PLAN_TIMING, CAREPLAN_FINDING_STATUS_NOT_APPLICABLE, "became-looked-after", start,
           CAREPLAN_DATE_NONE, date,
           g_strdup_printf ("first placed on %s, before 1 April 2011: reg 4(6) asks for the plan as soon "
                            "as reasonably practicable", iso (start, a)));
      return;
    }
  due = careplan_calendar_add_working_days (cc->calendar, start,
                                            (guint) care_plan_parameters[0].default_value, &error);
  if (due == CAREPLAN_DATE_NONE)
    {
      add (cc, CARE_PLAN_TIMING, CAREPLAN_FINDING_STATUS_UNKNOWN, "became-looked-after", start,
           CAREPLAN_DATE_NONE, date, g_strdup (error->message));
      return;
    }
  if (date <= due)
    add (cc, CARE_PLAN_TIMING, CAREPLAN_FINDING_STATUS_MET, "became-looked-after", start, due, date,
         g_strdup_printf ("care plan dated %s, %s the first placement of %s (due by %s)", iso (date, a),
                          date < start ? "before" : "within 10 working days of", iso (start, b),
                          iso (due, c)));
  else
    add (cc, CARE_PLAN_TIMING, CAREPLAN_FINDING_STATUS_MET_LATE, "became-looked-after", start, due, date,
         g_strdup_printf ("care plan dated %s, after %s: 10 working days after the first placement",
                          iso (date, a), iso (due, b)));
}

/* reg 9(1), 9(2), 18(1)(b): each placement plan document. */
static void
check_placement_plan_timing (CrossCheck   *cc,
                             CareplanPlan *plan)
{
  CareplanDate date = careplan_plan_get_date (plan);
  CareplanDate start = careplan_plan_get_placement_start (plan);
  CareplanPlacement *placement;
  g_autoptr(GError) error = NULL;
  char a[CAREPLAN_DATE_ISO_LENGTH], b[CAREPLAN_DATE_ISO_LENGTH], c[CAREPLAN_DATE_ISO_LENGTH];
  CareplanDate due;

  if (start == CAREPLAN_DATE_NONE)
    {
      add (cc, PLACEMENT_PLAN_TIMING, CAREPLAN_FINDING_STATUS_UNKNOWN, "placement-plan", date,
           CAREPLAN_DATE_NONE, date,
           g_strdup_printf ("the placement plan of %s does not give placement_start", iso (date, a)));
      return;
    }
  placement = placement_starting (cc, start);
  if (placement == NULL)
    {
      add (cc, PLACEMENT_PLAN_TIMING, CAREPLAN_FINDING_STATUS_UNKNOWN, "placement", start,
           CAREPLAN_DATE_NONE, date,
           g_strdup_printf ("the placement plan of %s is for a placement from %s, which the record "
                            "does not hold", iso (date, a), iso (start, b)));
      return;
    }
  if (placement_is_short_break (cc, placement))
    {
      add (cc, PLACEMENT_PLAN_TIMING, CAREPLAN_FINDING_STATUS_NOT_APPLICABLE, "placement", start,
           CAREPLAN_DATE_NONE, date,
           g_strdup_printf ("the placement from %s is a short break: reg 48(3) disapplies reg 9",
                            iso (start, a)));
      return;
    }
  if (start < cppcr_start ())
    {
      add (cc, PLACEMENT_PLAN_TIMING, CAREPLAN_FINDING_STATUS_NOT_APPLICABLE, "placement", start,
           CAREPLAN_DATE_NONE, date,
           g_strdup_printf ("placed on %s, before 1 April 2011: reg 9(4) asks for the plan as soon as "
                            "reasonably practicable", iso (start, a)));
      return;
    }
  due = placement_plan_due (cc, placement, &error);
  if (due == CAREPLAN_DATE_NONE)
    {
      add (cc, PLACEMENT_PLAN_TIMING, CAREPLAN_FINDING_STATUS_UNKNOWN, "placement", start,
           CAREPLAN_DATE_NONE, date, g_strdup (error->message));
      return;
    }
  if (date <= due)
    add (cc, PLACEMENT_PLAN_TIMING, CAREPLAN_FINDING_STATUS_MET, "placement", start, due, date,
         g_strdup_printf ("placement plan dated %s for the placement from %s (due by %s%s)",
                          iso (date, a), iso (start, b), iso (due, c),
                          placement_with_parents (placement) ? ": with a parent, before it takes effect" : ""));
  else
    add (cc, PLACEMENT_PLAN_TIMING, CAREPLAN_FINDING_STATUS_MET_LATE, "placement", start, due, date,
         g_strdup_printf ("placement plan dated %s, after %s%s", iso (date, a), iso (due, b),
                          placement_with_parents (placement)
                            ? " (a placement with a parent: the plan must be prepared before it takes effect, reg 18(1)(b))"
                            : " (5 working days after the placement began)"));
}

/* reg 9(1): a placement plan for each placement. */
static void
check_each_placement (CrossCheck *cc)
{
  guint i, n = g_list_model_get_n_items (cc->placements);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlacement) placement = g_list_model_get_item (cc->placements, i);
      g_autoptr(GError) error = NULL;
      CareplanDate start = careplan_placement_get_start (placement);
      CareplanPlan *plan;
      char a[CAREPLAN_DATE_ISO_LENGTH], b[CAREPLAN_DATE_ISO_LENGTH];
      CareplanDate due;

      if (start > cc->as_of || start < cppcr_start () || placement_is_short_break (cc, placement))
        continue;
      plan = first_plan_for_placement (cc, start);
      if (plan != NULL)
        {
          add (cc, PLAN_EACH_PLACEMENT, CAREPLAN_FINDING_STATUS_MET, "placement", start,
               CAREPLAN_DATE_NONE, careplan_plan_get_date (plan),
               g_strdup_printf ("a placement plan for the placement from %s: %s", iso (start, a),
                                careplan_plan_get_file (plan)));
          continue;
        }
      due = placement_plan_due (cc, placement, &error);
      if (due == CAREPLAN_DATE_NONE)
        add (cc, PLAN_EACH_PLACEMENT, CAREPLAN_FINDING_STATUS_UNKNOWN, "placement", start,
             CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE, g_strdup (error->message));
      else
        add (cc, PLAN_EACH_PLACEMENT,
             cc->as_of > due ? CAREPLAN_FINDING_STATUS_OVERDUE : CAREPLAN_FINDING_STATUS_DUE,
             "placement", start, due, CAREPLAN_DATE_NONE,
             g_strdup_printf ("no placement plan among the plans checked for the placement from %s "
                              "(due by %s)", iso (start, a), iso (due, b)));
    }
}

/* reg 5(d): the IRO named is the one appointed. */
static void
check_iro (CrossCheck   *cc,
           CareplanPlan *plan)
{
  g_autoptr(GListModel) appointments = careplan_child_dup_events_of_kind (cc->child,
                                                                          CAREPLAN_EVENT_KIND_IRO_APPOINTMENT);
  CareplanDate date = careplan_plan_get_date (plan);
  const char *named = careplan_plan_get_element_ref (plan, IRO_ELEMENT);
  g_autoptr(CareplanEvent) latest = NULL;
  const char *appointed;
  char a[CAREPLAN_DATE_ISO_LENGTH], b[CAREPLAN_DATE_ISO_LENGTH];
  guint i, n = g_list_model_get_n_items (appointments);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanEvent) event = g_list_model_get_item (appointments, i);

      if (careplan_event_get_date (event) != CAREPLAN_DATE_NONE && careplan_event_get_date (event) <= date &&
          (latest == NULL || careplan_event_get_date (event) >= careplan_event_get_date (latest)))
        g_set_object (&latest, event);
    }

  if (!careplan_plan_is_element_present (plan, IRO_ELEMENT))
    {
      add (cc, IRO_NAMED, CAREPLAN_FINDING_STATUS_OVERDUE, "care-plan", date, date, CAREPLAN_DATE_NONE,
           g_strdup_printf ("the care plan of %s does not name the IRO", iso (date, a)));
      return;
    }
  if (named == NULL)
    {
      add (cc, IRO_NAMED, CAREPLAN_FINDING_STATUS_UNKNOWN, "care-plan", date, CAREPLAN_DATE_NONE,
           CAREPLAN_DATE_NONE,
           g_strdup_printf ("the care plan of %s names the IRO but gives no ref (their id) to compare "
                            "with the record", iso (date, a)));
      return;
    }
  if (latest == NULL)
    {
      add (cc, IRO_NAMED, CAREPLAN_FINDING_STATUS_UNKNOWN, "care-plan", date, CAREPLAN_DATE_NONE,
           CAREPLAN_DATE_NONE,
           g_strdup_printf ("the record shows no IRO appointment on or before %s", iso (date, a)));
      return;
    }
  appointed = careplan_event_get_text_field (latest, "iro");
  if (appointed == NULL)
    {
      add (cc, IRO_NAMED, CAREPLAN_FINDING_STATUS_UNKNOWN, "iro-appointment",
           careplan_event_get_date (latest), CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
           g_strdup_printf ("the IRO appointment of %s in the record does not give the IRO's id",
                            iso (careplan_event_get_date (latest), a)));
      return;
    }
  if (strcmp (appointed, named) == 0)
    add (cc, IRO_NAMED, CAREPLAN_FINDING_STATUS_MET, "iro-appointment", careplan_event_get_date (latest),
         CAREPLAN_DATE_NONE, date,
         g_strdup_printf ("the care plan of %s names the IRO appointed on %s", iso (date, a),
                          iso (careplan_event_get_date (latest), b)));
  else
    add (cc, IRO_NAMED, CAREPLAN_FINDING_STATUS_OVERDUE, "iro-appointment", careplan_event_get_date (latest),
         date, CAREPLAN_DATE_NONE,
         g_strdup_printf ("the care plan of %s names IRO %s, but the IRO appointed on %s is %s",
                          iso (date, a), named, iso (careplan_event_get_date (latest), b), appointed));
}

/* Volume 2: the plan for permanence by the second review of the period of
 * care of the child's latest care plan. */
static void
check_permanence (CrossCheck *cc)
{
  g_autoptr(GListModel) reviews = careplan_child_dup_events_of_kind (cc->child, CAREPLAN_EVENT_KIND_REVIEW);
  CareplanPlan *latest = NULL;
  CareplanPeriodOfCare *period;
  CareplanDate start, end, second = CAREPLAN_DATE_NONE, first = CAREPLAN_DATE_NONE, with_plan = CAREPLAN_DATE_NONE;
  char a[CAREPLAN_DATE_ISO_LENGTH], b[CAREPLAN_DATE_ISO_LENGTH];
  guint i, n, counted = 0;

  for (i = 0; i < cc->plans->len; i++)
    {
      CareplanPlan *plan = g_ptr_array_index (cc->plans, i);

      if (careplan_plan_get_kind (plan) == CAREPLAN_PLAN_KIND_CARE_PLAN)
        latest = plan;
    }
  if (latest == NULL)
    return;
  period = period_for_date (cc, careplan_plan_get_date (latest));
  if (period == NULL || careplan_period_of_care_get_short_break (period))
    return;
  start = careplan_period_of_care_get_start (period);
  end = careplan_period_of_care_get_end (period);

  /* Reviews come sorted by date. */
  n = g_list_model_get_n_items (reviews);
  for (i = 0; i < n && counted < 2; i++)
    {
      g_autoptr(CareplanEvent) review = g_list_model_get_item (reviews, i);
      CareplanDate d = careplan_event_get_date (review);

      if (d < start || (end != CAREPLAN_DATE_NONE && d > end) || d > cc->as_of)
        continue;
      counted++;
      if (counted == 1)
        first = d;
      else
        second = d;
    }
  (void) first;

  for (i = 0; i < cc->plans->len; i++)
    {
      CareplanPlan *plan = g_ptr_array_index (cc->plans, i);
      CareplanDate d = careplan_plan_get_date (plan);

      if (careplan_plan_get_kind (plan) != CAREPLAN_PLAN_KIND_CARE_PLAN ||
          !careplan_plan_is_element_present (plan, PERMANENCE_ELEMENT) ||
          period_for_date (cc, d) != period)
        continue;
      if (with_plan == CAREPLAN_DATE_NONE || d < with_plan)
        with_plan = d;
    }

  if (second == CAREPLAN_DATE_NONE)
    {
      if (with_plan != CAREPLAN_DATE_NONE)
        add (cc, PERMANENCE_BY_SECOND, CAREPLAN_FINDING_STATUS_MET, "became-looked-after", start,
             CAREPLAN_DATE_NONE, with_plan,
             g_strdup_printf ("the care plan of %s holds the plan for permanence; the second review "
                              "has not been held", iso (with_plan, a)));
      else
        add (cc, PERMANENCE_BY_SECOND, CAREPLAN_FINDING_STATUS_DUE, "became-looked-after", start,
             CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
             g_strdup ("no care plan checked holds the plan for permanence; it is due by the "
                       "second review, not yet held"));
      return;
    }
  if (with_plan != CAREPLAN_DATE_NONE && with_plan <= second)
    add (cc, PERMANENCE_BY_SECOND, CAREPLAN_FINDING_STATUS_MET, "second-review", second, second, with_plan,
         g_strdup_printf ("the care plan of %s holds the plan for permanence, by the second review "
                          "of %s", iso (with_plan, a), iso (second, b)));
  else if (with_plan != CAREPLAN_DATE_NONE)
    add (cc, PERMANENCE_BY_SECOND, CAREPLAN_FINDING_STATUS_MET_LATE, "second-review", second, second,
         with_plan,
         g_strdup_printf ("the plan for permanence first appears in the care plan of %s, after the "
                          "second review of %s", iso (with_plan, a), iso (second, b)));
  else
    add (cc, PERMANENCE_BY_SECOND, CAREPLAN_FINDING_STATUS_OVERDUE, "second-review", second, second,
         CAREPLAN_DATE_NONE,
         g_strdup_printf ("no care plan checked holds the plan for permanence, and the second review "
                          "was held on %s", iso (second, a)));
}

/* reg 18(1)(a) and reg 9(3), for each placement plan document. */
static void
check_placement_agreements (CrossCheck   *cc,
                            CareplanPlan *plan)
{
  CareplanDate date = careplan_plan_get_date (plan);
  CareplanDate start = careplan_plan_get_placement_start (plan);
  CareplanPlacement *placement = start != CAREPLAN_DATE_NONE ? placement_starting (cc, start) : NULL;
  CareplanDate approved = careplan_plan_get_agreement_date (plan, "nominated-officer");
  CareplanDate agreed = careplan_plan_get_agreement_date (plan, "appropriate-person");
  g_autoptr(GError) error = NULL;
  char a[CAREPLAN_DATE_ISO_LENGTH], b[CAREPLAN_DATE_ISO_LENGTH], c[CAREPLAN_DATE_ISO_LENGTH];
  CareplanDate due;

  if (placement == NULL || placement_is_short_break (cc, placement))
    {
      /* Without the placement neither duty can be timed; the timing
       * cross-check says why. */
      if (agreed != CAREPLAN_DATE_NONE)
        add (cc, CARER_AGREEMENT, CAREPLAN_FINDING_STATUS_MET, "placement-plan", date, CAREPLAN_DATE_NONE,
             agreed, g_strdup_printf ("the placement plan of %s was agreed and signed by the appropriate "
                                      "person on %s", iso (date, a), iso (agreed, b)));
      else
        add (cc, CARER_AGREEMENT, CAREPLAN_FINDING_STATUS_UNKNOWN, "placement-plan", date,
             CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
             g_strdup_printf ("the placement plan of %s records no agreement by the appropriate person, "
                              "and its placement is not in the record", iso (date, a)));
      return;
    }

  if (placement_with_parents (placement))
    {
      if (approved != CAREPLAN_DATE_NONE && approved <= start)
        add (cc, PWP_APPROVAL, CAREPLAN_FINDING_STATUS_MET, "placement", start, start, approved,
             g_strdup_printf ("placement with a parent from %s approved by a nominated officer on %s",
                              iso (start, a), iso (approved, b)));
      else if (approved != CAREPLAN_DATE_NONE)
        add (cc, PWP_APPROVAL, CAREPLAN_FINDING_STATUS_MET_LATE, "placement", start, start, approved,
             g_strdup_printf ("placement with a parent from %s approved by a nominated officer only on "
                              "%s, after it took effect", iso (start, a), iso (approved, b)));
      else
        add (cc, PWP_APPROVAL,
             start < cc->as_of ? CAREPLAN_FINDING_STATUS_OVERDUE : CAREPLAN_FINDING_STATUS_DUE,
             "placement", start, start, CAREPLAN_DATE_NONE,
             g_strdup_printf ("the placement plan for the placement with a parent from %s records no "
                              "nominated officer's approval", iso (start, a)));
    }
  else
    add (cc, PWP_APPROVAL, CAREPLAN_FINDING_STATUS_NOT_APPLICABLE, "placement", start, CAREPLAN_DATE_NONE,
         CAREPLAN_DATE_NONE,
         g_strdup_printf ("the placement from %s is not with a parent", iso (start, a)));

  due = placement_plan_due (cc, placement, &error);
  if (due == CAREPLAN_DATE_NONE)
    {
      add (cc, CARER_AGREEMENT, CAREPLAN_FINDING_STATUS_UNKNOWN, "placement", start, CAREPLAN_DATE_NONE,
           agreed, g_strdup (error->message));
      return;
    }
  if (agreed != CAREPLAN_DATE_NONE)
    add (cc, CARER_AGREEMENT,
         agreed <= due ? CAREPLAN_FINDING_STATUS_MET : CAREPLAN_FINDING_STATUS_MET_LATE,
         "placement", start, due, agreed,
         g_strdup_printf ("the placement plan for the placement from %s was agreed and signed by "
                          "%s on %s (the plan was due by %s)",
                          iso (start, a), appropriate_person (placement), iso (agreed, b), iso (due, c)));
  else
    add (cc, CARER_AGREEMENT, cc->as_of > due ? CAREPLAN_FINDING_STATUS_OVERDUE : CAREPLAN_FINDING_STATUS_DUE,
         "placement", start, due, CAREPLAN_DATE_NONE,
         g_strdup_printf ("the placement plan for the placement from %s records no agreement and "
                          "signature by %s (the plan was due by %s)",
                          iso (start, a), appropriate_person (placement), iso (due, b)));
}

/* reg 4(5): a child of 16 or over accommodated under s20. */
static void
check_child_agreement (CrossCheck   *cc,
                       CareplanPlan *plan)
{
  CareplanDate date = careplan_plan_get_date (plan);
  CareplanDate agreed = careplan_plan_get_agreement_date (plan, "child");
  CareplanEpisode *episode = episode_for_date (cc->child, date);
  const char *legal_status = episode != NULL ? careplan_episode_get_legal_status (episode) : NULL;
  int age = careplan_child_get_age_on (cc->child, date);
  char a[CAREPLAN_DATE_ISO_LENGTH], b[CAREPLAN_DATE_ISO_LENGTH];

  if (age < 0)
    {
      add (cc, CHILD_AGREEMENT, CAREPLAN_FINDING_STATUS_UNKNOWN, "care-plan", date, CAREPLAN_DATE_NONE,
           agreed, g_strdup ("the record has no date of birth"));
      return;
    }
  if (age < 16)
    {
      add (cc, CHILD_AGREEMENT, CAREPLAN_FINDING_STATUS_NOT_APPLICABLE, "care-plan", date,
           CAREPLAN_DATE_NONE, agreed,
           g_strdup_printf ("the child was %d on %s, under 16", age, iso (date, a)));
      return;
    }
  if (legal_status == NULL)
    {
      add (cc, CHILD_AGREEMENT, CAREPLAN_FINDING_STATUS_UNKNOWN, "care-plan", date, CAREPLAN_DATE_NONE,
           agreed, g_strdup_printf ("the record shows no legal status at %s", iso (date, a)));
      return;
    }
  /* V2: a single period of accommodation under s20 (V3, V4 are short breaks). */
  if (strcmp (legal_status, "V2") != 0)
    {
      add (cc, CHILD_AGREEMENT, CAREPLAN_FINDING_STATUS_NOT_APPLICABLE, "care-plan", date,
           CAREPLAN_DATE_NONE, agreed,
           g_strdup_printf ("the child is not accommodated under section 20 (legal status %s)",
                            legal_status));
      return;
    }
  if (agreed != CAREPLAN_DATE_NONE)
    add (cc, CHILD_AGREEMENT, CAREPLAN_FINDING_STATUS_MET, "care-plan", date, CAREPLAN_DATE_NONE, agreed,
         g_strdup_printf ("the care plan of %s was agreed with the child (%d, accommodated under "
                          "section 20) on %s", iso (date, a), age, iso (agreed, b)));
  else
    add (cc, CHILD_AGREEMENT, CAREPLAN_FINDING_STATUS_OVERDUE, "care-plan", date, date, CAREPLAN_DATE_NONE,
         g_strdup_printf ("the care plan of %s records no agreement with the child, who was %d and "
                          "accommodated under section 20", iso (date, a), age));
}

static int
compare_plans_by_date (gconstpointer a,
                       gconstpointer b)
{
  CareplanDate da = careplan_plan_get_date (*(CareplanPlan * const *) a);
  CareplanDate db = careplan_plan_get_date (*(CareplanPlan * const *) b);

  return da < db ? -1 : da > db ? 1 : 0;
}

/**
 * careplan_plan_cross_check:
 * @plans: a list model of [class@Careplan.Plan]; those of other children
 *   than @child are ignored
 * @child: the child's record
 * @calendar: the calendar for working days
 * @as_of: the date at which a missing document is judged `due` or `overdue`
 * @error: return location for a #GError
 *
 * Compares a child's plan documents with the child's record, with the
 * rules of [func@Careplan.Plan.dup_cross_check_rules]:
 *
 * - each care plan that is the first of its period of care is dated
 *   within 10 working days of the first placement (reg 4(2));
 * - each placement plan is dated within 5 working days of its placement
 *   (before it, for a placement with a parent: reg 9(2), reg 18(1)(b));
 * - each placement of the record since 1 April 2011 up to @as_of has a
 *   placement plan among @plans (reg 9(1)), when @plans holds a care plan
 *   or a placement plan for the child;
 * - each care plan names, by its `ref`, the IRO the record shows
 *   appointed (reg 5(d));
 * - a care plan holds the plan for permanence by the second review
 *   (statutory guidance, Volume 2);
 * - a placement with a parent was approved by a nominated officer before
 *   it took effect (reg 18(1)(a));
 * - each placement plan was agreed and signed by the appropriate person
 *   (reg 9(3));
 * - a care plan for a child of 16 or over accommodated under section 20
 *   was agreed with the child (reg 4(5)).
 *
 * Returns: (transfer full) (nullable): a list model of
 *   [class@Careplan.Finding], or %NULL with @error set when @as_of is not
 *   a date
 *
 * Since: 0.1
 */
GListModel *
careplan_plan_cross_check (GListModel        *plans,
                           CareplanChild     *child,
                           CareplanCalendar  *calendar,
                           CareplanDate       as_of,
                           GError           **error)
{
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(CareplanFindingArray) findings = NULL;
  g_autoptr(GPtrArray) objects = NULL;
  g_autoptr(GListModel) placements = NULL;
  g_autoptr(GListModel) periods = NULL;
  g_autoptr(GHashTable) periods_seen = NULL;
  GListStore *store;
  CrossCheck cc = { 0 };
  gboolean has_care_or_placement_plan = FALSE;
  guint i, n;

  g_return_val_if_fail (G_IS_LIST_MODEL (plans), NULL);
  g_return_val_if_fail (CAREPLAN_IS_CHILD (child), NULL);
  g_return_val_if_fail (CAREPLAN_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!careplan_date_is_valid (as_of))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE, "the as-of date is not a date");
      return NULL;
    }

  own = g_ptr_array_new_with_free_func (g_object_unref);
  n = g_list_model_get_n_items (plans);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlan) plan = g_list_model_get_item (plans, i);
      CareplanPlanKind kind;

      if (!CAREPLAN_IS_PLAN (plan) ||
          g_strcmp0 (careplan_plan_get_child_id (plan), careplan_child_get_id (child)) != 0)
        continue;
      kind = careplan_plan_get_kind (plan);
      if (kind == CAREPLAN_PLAN_KIND_CARE_PLAN || kind == CAREPLAN_PLAN_KIND_PLACEMENT_PLAN)
        has_care_or_placement_plan = TRUE;
      g_ptr_array_add (own, g_steal_pointer (&plan));
    }
  g_ptr_array_sort (own, compare_plans_by_date);

  rules = g_ptr_array_new_with_free_func (g_object_unref);
  for (i = 0; i < G_N_ELEMENTS (definitions); i++)
    g_ptr_array_add (rules, careplan_rule_new_from_definition (&definitions[i]));
  findings = careplan_finding_array_new ();
  placements = careplan_child_dup_placements (child);
  periods = careplan_child_dup_periods_of_care (child);
  periods_seen = g_hash_table_new (g_direct_hash, g_direct_equal);

  cc.child = child;
  cc.calendar = calendar;
  cc.as_of = as_of;
  cc.plans = own;
  cc.rules = rules;
  cc.findings = findings;
  cc.placements = placements;
  cc.periods = periods;

  for (i = 0; i < own->len; i++)
    {
      CareplanPlan *plan = g_ptr_array_index (own, i);

      switch (careplan_plan_get_kind (plan))
        {
        case CAREPLAN_PLAN_KIND_CARE_PLAN:
          check_care_plan_timing (&cc, plan, periods_seen);
          check_iro (&cc, plan);
          check_child_agreement (&cc, plan);
          break;
        case CAREPLAN_PLAN_KIND_PLACEMENT_PLAN:
          check_placement_plan_timing (&cc, plan);
          check_placement_agreements (&cc, plan);
          break;
        case CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN:
        case CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN:
        case CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT:
        case CAREPLAN_PLAN_KIND_PATHWAY_PLAN:
        default:
          break;
        }
    }
  if (has_care_or_placement_plan)
    {
      check_each_placement (&cc);
      check_permanence (&cc);
    }

  objects = careplan_finding_array_free_to_objects (g_steal_pointer (&findings));
  store = g_list_store_new (CAREPLAN_TYPE_FINDING);
  for (i = 0; i < objects->len; i++)
    g_list_store_append (store, g_ptr_array_index (objects, i));
  return G_LIST_MODEL (store);
}
