/* careplan-engine.c: evaluates a rulebook over children at an as-of date
 *
 * The engine builds one index of a child's record as it stood at the
 * as-of date, then runs each rule over it in rulebook order.  Everything
 * an evaluation needs lives on its own stack frame, so several threads
 * may evaluate with one engine at once.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-engine.h"

#include "careplan-enum-types.h"
#include "careplan-error.h"
#include "careplan-rule-private.h"
#include "careplan-object-list-private.h"

/**
 * CareplanEngine:
 *
 * Evaluates the rules of a [class@Careplan.Rulebook] over one child or
 * many at an as-of date, with a [class@Careplan.Calendar] for working
 * days, and yields [class@Careplan.Finding]s.
 *
 * Nothing dated after the as-of date is seen: evaluating an old as-of
 * date gives the findings as they stood then.
 *
 * One engine may be used from several threads at once: an evaluation
 * only reads the engine, its rulebook and its calendar, and keeps its own
 * state on its own stack. Set the engine up (leap-day policy) and stop
 * changing its rulebook before sharing it.
 *
 * Since: 0.1
 */
struct _CareplanEngine
{
  GObject                parent_instance;

  CareplanRulebook      *rulebook;
  CareplanCalendar      *calendar;
  CareplanLeapDayPolicy  leap_day_policy;
};

G_DEFINE_FINAL_TYPE (CareplanEngine, careplan_engine, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULEBOOK,
  PROP_CALENDAR,
  PROP_LEAP_DAY_POLICY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
careplan_engine_constructed (GObject *object)
{
  CareplanEngine *self = CAREPLAN_ENGINE (object);

  G_OBJECT_CLASS (careplan_engine_parent_class)->constructed (object);

  if (self->rulebook == NULL)
    self->rulebook = careplan_rulebook_new_default ();
  if (self->calendar == NULL)
    self->calendar = careplan_calendar_new_default ();
}

static void
careplan_engine_dispose (GObject *object)
{
  CareplanEngine *self = CAREPLAN_ENGINE (object);

  g_clear_object (&self->rulebook);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (careplan_engine_parent_class)->dispose (object);
}

static void
careplan_engine_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CareplanEngine *self = CAREPLAN_ENGINE (object);

  switch (prop_id)
    {
    case PROP_RULEBOOK:
      g_value_set_object (value, self->rulebook);
      break;
    case PROP_CALENDAR:
      g_value_set_object (value, self->calendar);
      break;
    case PROP_LEAP_DAY_POLICY:
      g_value_set_enum (value, self->leap_day_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_engine_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CareplanEngine *self = CAREPLAN_ENGINE (object);

  switch (prop_id)
    {
    case PROP_RULEBOOK:
      self->rulebook = g_value_dup_object (value);
      break;
    case PROP_CALENDAR:
      self->calendar = g_value_dup_object (value);
      break;
    case PROP_LEAP_DAY_POLICY:
      careplan_engine_set_leap_day_policy (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_engine_class_init (CareplanEngineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = careplan_engine_constructed;
  object_class->dispose = careplan_engine_dispose;
  object_class->get_property = careplan_engine_get_property;
  object_class->set_property = careplan_engine_set_property;

  /**
   * CareplanEngine:rulebook: (getter get_rulebook)
   *
   * The rules the engine evaluates. When none is given at construction,
   * the default rulebook ([ctor@Careplan.Rulebook.new_default]).
   *
   * Since: 0.1
   */
  properties[PROP_RULEBOOK] =
    g_param_spec_object ("rulebook", NULL, NULL,
                         CAREPLAN_TYPE_RULEBOOK,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanEngine:calendar: (getter get_calendar)
   *
   * The working-day calendar. When none is given at construction, the
   * built-in England-and-Wales calendar
   * ([ctor@Careplan.Calendar.new_default]).
   *
   * Since: 0.1
   */
  properties[PROP_CALENDAR] =
    g_param_spec_object ("calendar", NULL, NULL,
                         CAREPLAN_TYPE_CALENDAR,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanEngine:leap-day-policy: (getter get_leap_day_policy) (setter set_leap_day_policy)
   *
   * When a child born on 29 February has a birthday in common years, for
   * the rules that depend on age.
   *
   * Since: 0.1
   */
  properties[PROP_LEAP_DAY_POLICY] =
    g_param_spec_enum ("leap-day-policy", NULL, NULL,
                       CAREPLAN_TYPE_LEAP_DAY_POLICY,
                       CAREPLAN_LEAP_DAY_POLICY_MARCH_1,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_engine_init (CareplanEngine *self)
{
  self->leap_day_policy = CAREPLAN_LEAP_DAY_POLICY_MARCH_1;
}

/**
 * careplan_engine_new:
 * @rulebook: (nullable): the rules to evaluate, or %NULL for the default
 *   rulebook
 * @calendar: (nullable): the working-day calendar, or %NULL for the
 *   built-in one
 *
 * Creates an engine.
 *
 * Returns: (transfer full): a new engine
 *
 * Since: 0.1
 */
CareplanEngine *
careplan_engine_new (CareplanRulebook *rulebook,
                     CareplanCalendar *calendar)
{
  g_return_val_if_fail (rulebook == NULL || CAREPLAN_IS_RULEBOOK (rulebook), NULL);
  g_return_val_if_fail (calendar == NULL || CAREPLAN_IS_CALENDAR (calendar), NULL);

  return g_object_new (CAREPLAN_TYPE_ENGINE,
                       "rulebook", rulebook,
                       "calendar", calendar,
                       NULL);
}

/**
 * careplan_engine_get_rulebook: (get-property rulebook)
 * @self: an engine
 *
 * Gets the rules the engine evaluates.
 *
 * Returns: (transfer none): the rulebook
 *
 * Since: 0.1
 */
CareplanRulebook *
careplan_engine_get_rulebook (CareplanEngine *self)
{
  g_return_val_if_fail (CAREPLAN_IS_ENGINE (self), NULL);

  return self->rulebook;
}

/**
 * careplan_engine_get_calendar: (get-property calendar)
 * @self: an engine
 *
 * Gets the working-day calendar.
 *
 * Returns: (transfer none): the calendar
 *
 * Since: 0.1
 */
CareplanCalendar *
careplan_engine_get_calendar (CareplanEngine *self)
{
  g_return_val_if_fail (CAREPLAN_IS_ENGINE (self), NULL);

  return self->calendar;
}

/**
 * careplan_engine_get_leap_day_policy: (get-property leap-day-policy)
 * @self: an engine
 *
 * Gets when children born on 29 February have birthdays in common years.
 *
 * Returns: the policy
 *
 * Since: 0.1
 */
CareplanLeapDayPolicy
careplan_engine_get_leap_day_policy (CareplanEngine *self)
{
  g_return_val_if_fail (CAREPLAN_IS_ENGINE (self), CAREPLAN_LEAP_DAY_POLICY_MARCH_1);

  return self->leap_day_policy;
}

/**
 * careplan_engine_set_leap_day_policy: (set-property leap-day-policy)
 * @self: an engine
 * @policy: the policy
 *
 * Sets when children born on 29 February have birthdays in common years.
 * Set it before the engine is shared between threads.
 *
 * Since: 0.1
 */
void
careplan_engine_set_leap_day_policy (CareplanEngine        *self,
                                     CareplanLeapDayPolicy  policy)
{
  g_return_if_fail (CAREPLAN_IS_ENGINE (self));
  g_return_if_fail (policy == CAREPLAN_LEAP_DAY_POLICY_MARCH_1 ||
                    policy == CAREPLAN_LEAP_DAY_POLICY_FEBRUARY_28);

  if (self->leap_day_policy == policy)
    return;

  self->leap_day_policy = policy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAP_DAY_POLICY]);
}

static gboolean
check_as_of (CareplanEngine  *self,
             CareplanDate     as_of,
             GError         **error)
{
  char first[CAREPLAN_DATE_ISO_LENGTH], last[CAREPLAN_DATE_ISO_LENGTH], text[CAREPLAN_DATE_ISO_LENGTH];

  if (!careplan_date_is_valid (as_of))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE,
                   "as-of date %u is not a valid date", as_of);
      return FALSE;
    }
  if (!careplan_calendar_covers (self->calendar, as_of))
    {
      careplan_date_format_iso (as_of, text);
      careplan_date_format_iso (careplan_calendar_get_first_date (self->calendar), first);
      careplan_date_format_iso (careplan_calendar_get_last_date (self->calendar), last);
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE,
                   "as-of date %s is outside the calendar (%s to %s)", text, first, last);
      return FALSE;
    }

  return TRUE;
}

/* What the engine cannot do without: an id to name the findings by, and
 * an as-of date on or after the date of birth. A record read from a file
 * always has an id; a child built in code may not. A child without a date
 * of birth (an SSDA903 child missing from Header) is still evaluated, as
 * nothing is dropped: the rules that need an age say `unknown`, and
 * careplan_child_validate() reports the missing field. */
static gboolean
check_child (CareplanChild  *child,
             CareplanDate    as_of,
             GError        **error)
{
  const char *id = careplan_child_get_id (child);
  CareplanDate date_of_birth = careplan_child_get_date_of_birth (child);
  char born[CAREPLAN_DATE_ISO_LENGTH], text[CAREPLAN_DATE_ISO_LENGTH];

  if (!careplan_child_check_id (child, error))
    return FALSE;
  if (date_of_birth != CAREPLAN_DATE_NONE && !careplan_date_is_valid (date_of_birth))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE,
                   "child %s: date of birth %u is not a valid date (field 'date_of_birth')",
                   id, date_of_birth);
      return FALSE;
    }
  if (date_of_birth != CAREPLAN_DATE_NONE && as_of < date_of_birth)
    {
      careplan_date_format_iso (as_of, text);
      careplan_date_format_iso (date_of_birth, born);
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE,
                   "child %s: as-of date %s is before the date of birth %s",
                   id, text, born);
      return FALSE;
    }

  return TRUE;
}

/* Runs every rule over one child, adding to @findings. */
static void
evaluate_child (CareplanEngine       *self,
                CareplanChild        *child,
                CareplanDate          as_of,
                CareplanFindingArray *findings)
{
  g_autoptr(CareplanChildIndex) index =
    careplan_child_index_new_full (child, as_of,
                                   careplan_rulebook_get_placement_boundary (self->rulebook));
  GListModel *rules = careplan_rulebook_get_rules (self->rulebook);
  CareplanEvaluation evaluation = {
    .child = child,
    .index = index,
    .calendar = self->calendar,
    .as_of = as_of,
    .leap_day_policy = self->leap_day_policy,
  };
  guint n_rules = g_list_model_get_n_items (rules);
  guint i;

  for (i = 0; i < n_rules; i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);

      careplan_rule_evaluate (rule, &evaluation, findings);
    }
}

/* An array-backed list: no GSequence node per finding to build and
 * free, and reads that change nothing (safe from several threads). */
static GListModel *
findings_to_model (CareplanFindingArray *findings)
{
  return G_LIST_MODEL (careplan_object_list_new_take (CAREPLAN_TYPE_FINDING,
                                                      careplan_finding_array_free_to_objects (findings)));
}

/**
 * careplan_engine_evaluate:
 * @self: an engine
 * @child: a child's record
 * @as_of: the date to judge at; nothing dated after it is seen
 * @error: return location for a #GError
 *
 * Evaluates every rule of the rulebook over @child at @as_of. Findings
 * come in rulebook order, and chronologically within a rule.
 *
 * Returns: (transfer full): a list model of [class@Careplan.Finding], or
 *   %NULL with @error set: %CAREPLAN_ERROR_INVALID_DATE when @as_of is not
 *   a valid date or is before the child's date of birth,
 *   %CAREPLAN_ERROR_CALENDAR_RANGE when @as_of is outside the engine's
 *   calendar, %CAREPLAN_ERROR_INVALID_RECORD when @child has no id (the
 *   message names the field). A child without a date of birth is still
 *   evaluated (the rules that need an age say `unknown`); see
 *   [method@Careplan.Child.validate] for what its record lacks
 *
 * Since: 0.1
 */
GListModel *
careplan_engine_evaluate (CareplanEngine  *self,
                          CareplanChild   *child,
                          CareplanDate     as_of,
                          GError         **error)
{
  g_autoptr(CareplanFindingArray) findings = NULL;

  g_return_val_if_fail (CAREPLAN_IS_ENGINE (self), NULL);
  g_return_val_if_fail (CAREPLAN_IS_CHILD (child), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_as_of (self, as_of, error) || !check_child (child, as_of, error))
    return NULL;

  findings = careplan_finding_array_new ();
  evaluate_child (self, child, as_of, findings);

  return findings_to_model (g_steal_pointer (&findings));
}

/**
 * careplan_engine_check_child:
 * @self: an engine
 * @child: a child
 * @as_of: the date to judge at
 * @error: return location for a #GError
 *
 * Tells, without evaluating anything, whether
 * [method@Careplan.Engine.evaluate] can evaluate @child at @as_of: the
 * as-of date is a date inside the engine's calendar, and the child has an
 * id, a valid date of birth if one is recorded, and was born on or before
 * @as_of. A caller that evaluates many children (for example through a
 * [class@Careplan.EvaluationQueue]) checks each one first, so that one bad
 * record is reported and skipped rather than stopping the others.
 *
 * Returns: %TRUE when @child can be evaluated; %FALSE with @error set as
 *   [method@Careplan.Engine.evaluate] would set it
 *
 * Since: 0.2
 */
gboolean
careplan_engine_check_child (CareplanEngine  *self,
                             CareplanChild   *child,
                             CareplanDate     as_of,
                             GError         **error)
{
  g_return_val_if_fail (CAREPLAN_IS_ENGINE (self), FALSE);
  g_return_val_if_fail (CAREPLAN_IS_CHILD (child), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_as_of (self, as_of, error) && check_child (child, as_of, error);
}

/**
 * careplan_engine_evaluate_all:
 * @self: an engine
 * @children: a list model of [class@Careplan.Child]
 * @as_of: the date to judge at; nothing dated after it is seen
 * @error: return location for a #GError
 *
 * Evaluates every rule over each child in turn at @as_of: the findings of
 * the first child, then of the second, and so on, each as
 * [method@Careplan.Engine.evaluate] gives them.
 *
 * Returns: (transfer full): a list model of [class@Careplan.Finding], or
 *   %NULL with @error set, for the first child that cannot be evaluated,
 *   as [method@Careplan.Engine.evaluate] sets it
 *
 * Since: 0.1
 */
GListModel *
careplan_engine_evaluate_all (CareplanEngine  *self,
                              GListModel      *children,
                              CareplanDate     as_of,
                              GError         **error)
{
  g_autoptr(CareplanFindingArray) findings = NULL;
  guint n_children;
  guint i;

  g_return_val_if_fail (CAREPLAN_IS_ENGINE (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (children), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_as_of (self, as_of, error))
    return NULL;

  findings = careplan_finding_array_new ();
  n_children = g_list_model_get_n_items (children);
  for (i = 0; i < n_children; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (children, i);

      /* Checked per item: a model built in Python or JS may declare a
       * wider item type than it holds. */
      g_return_val_if_fail (CAREPLAN_IS_CHILD (child), NULL);
      if (!check_child (CAREPLAN_CHILD (child), as_of, error))
        return NULL;
      evaluate_child (self, CAREPLAN_CHILD (child), as_of, findings);
    }

  return findings_to_model (g_steal_pointer (&findings));
}
