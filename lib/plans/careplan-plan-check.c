/* careplan-plan-check.c: a plan against the plan-content catalogue, and
 * against the child's record
 *
 * careplan_plan_check() gives one result per element of the plan's kind:
 * present, missing, not-applicable, incomplete (a soft duty, or an
 * UNCONFIRMED element, left empty: a warning) or unknown (the element
 * applies only under a condition nothing settles).  Conditions are judged
 * from the child's record on the plan's date, never guessed: without a
 * record every condition is unknown.
 *
 * careplan_plan_cross_check() compares a child's plan documents with the
 * record and returns findings like the rulebook's, each with its rule and
 * citation (the rules are listed by careplan_plan_dup_cross_check_rules()).
 *
 * Pure: no clock, no I/O, no global state.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-plans-private.h"
#include "careplan-rule-private.h"
#include "careplan-rulebook.h"
#include "careplan-engine.h"

/* CPPCR 2010 came into force on 1 April 2011 (reg 1(1)); regs 4(6) and
 * 9(4) give plans for earlier placements "as soon as reasonably
 * practicable" instead of a number of days. */
#define CPPCR_2010_IN_FORCE_YEAR 2011
#define CPPCR "Care Planning, Placement and Case Review (England) Regulations 2010"
#define VOLUME_2 "The Children Act 1989 Guidance and Regulations Volume 2: Care Planning, " \
                 "Placement and Case Review"
#define VOLUME_2_URL "https://www.gov.uk/government/publications/children-act-1989-care-planning-placement-and-case-review"

#define ELIGIBLE_RULE_ID "cppcr-2010.reg40.eligible-child"

/* SSDA903 codes. */
#define PLACED_WITH_PARENTS "P1"

static gboolean
legal_status_in_care (const char *code)
{
  /* C1 interim care order, C2 full care order. */
  return code != NULL && (strcmp (code, "C1") == 0 || strcmp (code, "C2") == 0);
}

/* --- the record on the plan's date -------------------------------------- */

typedef struct
{
  CareplanPlan     *plan;
  CareplanChild    *child;       /* NULL: no record */
  CareplanEpisode  *episode;     /* the episode the plan is about, or NULL */
  CareplanTristate  eligible;    /* computed on demand */
  gboolean          eligible_done;
} Facts;

/* The episode the plan is about: for a plan with a placement_start, the
 * episode starting that day; otherwise the episode open on the plan's date,
 * or, for a plan made before the placement, the next one to start. */
static CareplanEpisode *
find_episode (CareplanChild *child,
              CareplanPlan  *plan)
{
  GListModel *episodes = careplan_child_get_episodes (child);
  CareplanDate date = careplan_plan_get_date (plan);
  CareplanDate start = careplan_plan_get_placement_start (plan);
  CareplanEpisode *open = NULL;
  CareplanEpisode *next = NULL;
  guint i, n = g_list_model_get_n_items (episodes);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, i);
      CareplanDate s = careplan_episode_get_start (episode);
      CareplanDate e = careplan_episode_get_end (episode);

      if (start != CAREPLAN_DATE_NONE)
        {
          if (s == start)
            return episode;
          continue;
        }
      if (s <= date && (e == CAREPLAN_DATE_NONE || date < e))
        open = episode;
      else if (s > date && (next == NULL || s < careplan_episode_get_start (next)))
        next = episode;
    }
  return open != NULL ? open : next;
}

static CareplanTristate
judge_eligible (Facts *facts)
{
  g_autoptr(CareplanRulebook) defaults = NULL;
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanCalendar) calendar = NULL;
  g_autoptr(CareplanEngine) engine = NULL;
  g_autoptr(GListModel) findings = NULL;
  CareplanRule *rule;
  CareplanDate date = careplan_plan_get_date (facts->plan);
  int age;
  guint i, n;

  if (facts->eligible_done)
    return facts->eligible;
  facts->eligible_done = TRUE;
  facts->eligible = CAREPLAN_TRISTATE_UNSET;

  age = careplan_child_get_age_on (facts->child, date);
  if (age < 0)
    return facts->eligible;
  if (age < 16 || age > 17)
    return facts->eligible = CAREPLAN_TRISTATE_NO;

  /* The rulebook's own reading of reg 40, so that the plan checker and
   * `careplan check` never disagree on who is eligible. */
  defaults = careplan_rulebook_new_default ();
  rule = careplan_rulebook_lookup (defaults, ELIGIBLE_RULE_ID);
  if (rule == NULL)
    return facts->eligible;
  rulebook = careplan_rulebook_new ();
  careplan_rulebook_add_rule (rulebook, rule);
  calendar = careplan_calendar_new_default ();
  engine = careplan_engine_new (rulebook, calendar);
  findings = careplan_engine_evaluate (engine, facts->child, date, NULL);
  if (findings == NULL)
    return facts->eligible;

  facts->eligible = CAREPLAN_TRISTATE_NO;
  n = g_list_model_get_n_items (findings);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      CareplanFindingStatus status = careplan_finding_get_status (finding);
      CareplanDate from = careplan_finding_get_done (finding);

      if (status == CAREPLAN_FINDING_STATUS_UNKNOWN)
        facts->eligible = CAREPLAN_TRISTATE_UNSET;
      else if (status == CAREPLAN_FINDING_STATUS_MET && from != CAREPLAN_DATE_NONE && from <= date &&
               facts->episode != NULL)
        facts->eligible = CAREPLAN_TRISTATE_YES;
    }
  return facts->eligible;
}

/* Judges @row's condition; sets @why to the reason in plain words (owned
 * by the caller) when it is not simply "always". */
static CareplanTristate
judge_condition (Facts                        *facts,
                 const CareplanPlanElementRow *row,
                 char                        **why)
{
  const char *legal_status = NULL;
  const char *placement_type = NULL;
  char start_iso[CAREPLAN_DATE_ISO_LENGTH] = "";

  *why = NULL;
  if (row->condition == CONDITION_NONE)
    return CAREPLAN_TRISTATE_YES;
  if (facts->child == NULL)
    {
      *why = g_strdup ("no record was given to judge it");
      return CAREPLAN_TRISTATE_UNSET;
    }
  if (facts->episode != NULL)
    {
      legal_status = careplan_episode_get_legal_status (facts->episode);
      placement_type = careplan_episode_get_placement_type (facts->episode);
      careplan_date_format_iso (careplan_episode_get_start (facts->episode), start_iso);
    }

  switch (row->condition)
    {
    case CONDITION_ACCOMMODATED:
      if (facts->episode != NULL)
        {
          *why = g_strdup_printf ("the record shows a placement (%s) from %s",
                                  placement_type != NULL ? placement_type : "type not recorded", start_iso);
          return CAREPLAN_TRISTATE_YES;
        }
      *why = g_strdup ("the record shows no placement at the plan's date");
      return CAREPLAN_TRISTATE_UNSET;

    case CONDITION_STATUS_NEEDS:
      if (careplan_child_get_uasc (facts->child) == CAREPLAN_TRISTATE_YES)
        {
          *why = g_strdup ("the record shows an unaccompanied asylum-seeking child");
          return CAREPLAN_TRISTATE_YES;
        }
      *why = g_strdup ("the record does not show a trafficking or asylum status");
      return CAREPLAN_TRISTATE_UNSET;

    case CONDITION_NOT_IN_CARE_ORDER:
      if (legal_status_in_care (legal_status))
        {
          *why = g_strdup_printf ("the child is in care (legal status %s)", legal_status);
          return CAREPLAN_TRISTATE_NO;
        }
      *why = g_strdup ("the record does not say whether a section 8 order exists");
      return CAREPLAN_TRISTATE_UNSET;

    case CONDITION_IN_CARE_ORDER:
      if (legal_status != NULL && !legal_status_in_care (legal_status))
        {
          *why = g_strdup_printf ("the child is not in care (legal status %s)", legal_status);
          return CAREPLAN_TRISTATE_NO;
        }
      *why = g_strdup ("the record does not say whether a section 34 order exists");
      return CAREPLAN_TRISTATE_UNSET;

    case CONDITION_WITH_PARENTS:
    case CONDITION_NOT_WITH_PARENTS:
      {
        gboolean with_parents;

        if (placement_type == NULL)
          {
            *why = g_strdup ("the record shows no placement type for the plan");
            return CAREPLAN_TRISTATE_UNSET;
          }
        with_parents = strcmp (placement_type, PLACED_WITH_PARENTS) == 0;
        *why = g_strdup_printf ("the placement from %s is %s (%s)", start_iso,
                                with_parents ? "with a parent" : "not with a parent",
                                placement_type);
        if (row->condition == CONDITION_WITH_PARENTS)
          return with_parents ? CAREPLAN_TRISTATE_YES : CAREPLAN_TRISTATE_NO;
        return with_parents ? CAREPLAN_TRISTATE_NO : CAREPLAN_TRISTATE_YES;
      }

    case CONDITION_ELIGIBLE:
      switch (judge_eligible (facts))
        {
        case CAREPLAN_TRISTATE_YES:
          *why = g_strdup ("the record shows an eligible child at the plan's date");
          return CAREPLAN_TRISTATE_YES;
        case CAREPLAN_TRISTATE_NO:
          *why = g_strdup ("the record shows the child is not an eligible child at the plan's date");
          return CAREPLAN_TRISTATE_NO;
        case CAREPLAN_TRISTATE_UNSET:
        default:
          *why = g_strdup ("the record cannot say whether the child is eligible (no date of birth?)");
          return CAREPLAN_TRISTATE_UNSET;
        }

    case CONDITION_RA_ACCOMMODATES:
      {
        CareplanCareLeaver *leaver = careplan_child_get_care_leaver (facts->child);
        CareplanDate from = leaver != NULL ? careplan_care_leaver_get_accommodation_from (leaver)
                                           : CAREPLAN_DATE_NONE;

        if (from != CAREPLAN_DATE_NONE && from <= careplan_plan_get_date (facts->plan))
          {
            *why = g_strdup ("the record shows accommodation provided by the authority");
            return CAREPLAN_TRISTATE_YES;
          }
        *why = g_strdup ("the record does not show accommodation provided by the authority");
        return CAREPLAN_TRISTATE_UNSET;
      }

    case CONDITION_RECORD_SILENT:
    case CONDITION_NONE:
    default:
      *why = g_strdup ("a careplan record does not hold this fact");
      return CAREPLAN_TRISTATE_UNSET;
    }
}

/* --- the check ------------------------------------------------------------ */

static char *
lower_first (const char *text)
{
  GString *out = g_string_new (text);

  /* "The name" reads "the name"; "C's" and "IRO" stay. */
  if (out->len > 1 && g_ascii_isupper (out->str[0]) && g_ascii_islower (out->str[1]))
    out->str[0] = g_ascii_tolower (out->str[0]);
  /* One sentence: the requirement's own final stop goes. */
  if (out->len > 0 && out->str[out->len - 1] == '.')
    g_string_truncate (out, out->len - 1);
  return g_string_free (out, FALSE);
}

static CareplanPlanResult *
check_element (Facts                  *facts,
               CareplanPlanElement    *element,
               CareplanPlanCheckFlags  flags)
{
  const CareplanPlanElementRow *row = careplan_plan_element_get_row (element);
  const CareplanPlanValue *value = careplan_plan_peek_value (facts->plan, row->id);
  g_autofree char *why = NULL;
  g_autofree char *what = lower_first (row->requirement);
  const char *kind = careplan_plan_kind_to_string (careplan_plan_get_kind (facts->plan));
  CareplanTristate condition = judge_condition (facts, row, &why);
  gboolean warning_only;

  if (careplan_plan_value_is_present (value))
    return careplan_plan_result_new_take (element, CAREPLAN_PLAN_ELEMENT_STATUS_PRESENT, condition,
                                          g_strdup ("present"));

  if (condition == CAREPLAN_TRISTATE_NO)
    return careplan_plan_result_new_take (element, CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE, condition,
                                          g_strdup_printf ("not applicable: %s", why));

  warning_only = row->soft ||
                 (row->confirmation == CAREPLAN_CONFIRMATION_UNCONFIRMED &&
                  (flags & CAREPLAN_PLAN_CHECK_UNCONFIRMED_REQUIRED) == 0);

  if (value != NULL && value->not_applicable != NULL)
    {
      if (row->soft || (row->condition != CONDITION_NONE && condition == CAREPLAN_TRISTATE_UNSET))
        return careplan_plan_result_new_take (element, CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE,
                                              condition,
                                              g_strdup_printf ("not applicable, as the plan says: %s",
                                                               value->not_applicable));
      if (row->condition == CONDITION_NONE)
        return careplan_plan_result_new_take (element,
                                              warning_only ? CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE
                                                           : CAREPLAN_PLAN_ELEMENT_STATUS_MISSING,
                                              condition,
                                              g_strdup_printf ("missing: %s; the plan marks it not applicable "
                                                               "(“%s”), but the law asks for it in every %s",
                                                               what, value->not_applicable, kind));
      return careplan_plan_result_new_take (element,
                                            warning_only ? CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE
                                                         : CAREPLAN_PLAN_ELEMENT_STATUS_MISSING,
                                            condition,
                                            g_strdup_printf ("missing: %s; the plan marks it not applicable "
                                                             "(“%s”), but it applies: %s",
                                                             what, value->not_applicable, why));
    }

  if (condition == CAREPLAN_TRISTATE_UNSET)
    {
      g_autofree char *when = lower_first (row->condition_text);

      return careplan_plan_result_new_take (element, CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN, condition,
                                            g_strdup_printf ("unknown: %s; it applies %s, and %s "
                                                             "(give it, or a not_applicable reason)",
                                                             what, when, why));
    }

  if (row->soft)
    return careplan_plan_result_new_take (element, CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE, condition,
                                          g_strdup_printf ("incomplete: %s (asked for so far as reasonably "
                                                           "practicable or where appropriate: a warning)",
                                                           what));
  if (warning_only)
    return careplan_plan_result_new_take (element, CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE, condition,
                                          g_strdup_printf ("incomplete: %s (its law is UNCONFIRMED: a warning)",
                                                           what));
  if (why != NULL)
    return careplan_plan_result_new_take (element, CAREPLAN_PLAN_ELEMENT_STATUS_MISSING, condition,
                                          g_strdup_printf ("missing: %s (it applies: %s)", what, why));
  return careplan_plan_result_new_take (element, CAREPLAN_PLAN_ELEMENT_STATUS_MISSING, condition,
                                        g_strdup_printf ("missing: %s", what));
}

/**
 * careplan_plan_check:
 * @self: a [class@Careplan.Plan]
 * @child: (nullable): the child's record, to judge the elements'
 *   conditions; %NULL to report every conditional element that the plan
 *   leaves empty as `unknown`
 * @flags: how to judge
 *
 * Checks the plan against the plan-content catalogue: one result for each
 * element of the plan's kind (and leaving-care regime), in the order of
 * the regulations, each with its status and a message naming what is
 * missing.
 *
 * An element is `present` when the plan holds non-blank text or structured
 * content for it. An empty element whose condition the record shows to be
 * false is `not-applicable`, as is one that the plan marks
 * `not_applicable` where the law allows it (an element with a condition
 * the record does not settle, or a soft duty). An empty soft element is
 * `incomplete` (a warning), and so by default is an empty element whose
 * law is UNCONFIRMED (see %CAREPLAN_PLAN_CHECK_UNCONFIRMED_REQUIRED). An
 * empty element whose condition nothing settles is `unknown`. Any other
 * empty element is `missing`.
 *
 * Conditions are judged on the plan's date: the placement (the one
 * starting on the plan's `placement_start`, else the one open on its date,
 * else the next), its type and the child's legal status, age, asylum
 * status, eligibility for leaving care and accommodation. @child should be
 * the record of the plan's child; it is not checked.
 *
 * Returns: (transfer full): a list model of [class@Careplan.PlanResult]
 *
 * Since: 0.1
 */
GListModel *
careplan_plan_check (CareplanPlan           *self,
                     CareplanChild          *child,
                     CareplanPlanCheckFlags  flags)
{
  g_autoptr(GListModel) elements = NULL;
  GListStore *results;
  Facts facts = { 0 };
  guint i, n;

  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), NULL);
  g_return_val_if_fail (child == NULL || CAREPLAN_IS_CHILD (child), NULL);

  facts.plan = self;
  facts.child = child;
  facts.episode = child != NULL ? find_episode (child, self) : NULL;

  results = g_list_store_new (CAREPLAN_TYPE_PLAN_RESULT);
  elements = careplan_plan_element_dup_for_kind (careplan_plan_get_kind (self),
                                                 careplan_plan_get_leaving_care_status (self));
  n = g_list_model_get_n_items (elements);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlanElement) element = g_list_model_get_item (elements, i);
      g_autoptr(CareplanPlanResult) result = check_element (&facts, element, flags);

      g_list_store_append (results, result);
    }
  return G_LIST_MODEL (results);
}
