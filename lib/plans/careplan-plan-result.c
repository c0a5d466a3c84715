/* careplan-plan-result.c: what a plan says about one element
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-enum-types.h"
#include "careplan-plans-private.h"

/**
 * CareplanPlanResult:
 *
 * The verdict of [method@Careplan.Plan.check] on one element of a plan:
 * the catalogue's [class@Careplan.PlanElement] (with its citation), a
 * [enum@Careplan.PlanElementStatus], how the element's condition was
 * judged, and a message naming what is missing and why.
 *
 * Results are values: they are made only by the checker.
 *
 * Since: 0.1
 */
struct _CareplanPlanResult
{
  GObject                    parent_instance;

  CareplanPlanElement       *element;
  CareplanPlanElementStatus  status;
  CareplanTristate           condition;
  char                      *message;
};

enum
{
  PROP_0,
  PROP_ELEMENT,
  PROP_STATUS,
  PROP_CONDITION,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

G_DEFINE_FINAL_TYPE (CareplanPlanResult, careplan_plan_result, G_TYPE_OBJECT)

static void
careplan_plan_result_finalize (GObject *object)
{
  CareplanPlanResult *self = CAREPLAN_PLAN_RESULT (object);

  g_clear_object (&self->element);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (careplan_plan_result_parent_class)->finalize (object);
}

static void
careplan_plan_result_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CareplanPlanResult *self = CAREPLAN_PLAN_RESULT (object);

  switch (prop_id)
    {
    case PROP_ELEMENT:
      g_value_set_object (value, self->element);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_CONDITION:
      g_value_set_enum (value, self->condition);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_plan_result_class_init (CareplanPlanResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_plan_result_finalize;
  object_class->get_property = careplan_plan_result_get_property;

  /**
   * CareplanPlanResult:element:
   *
   * The catalogue element the result is about.
   *
   * Since: 0.1
   */
  props[PROP_ELEMENT] =
    g_param_spec_object ("element", NULL, NULL, CAREPLAN_TYPE_PLAN_ELEMENT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanResult:status:
   *
   * The verdict on the element.
   *
   * Since: 0.1
   */
  props[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CAREPLAN_TYPE_PLAN_ELEMENT_STATUS, CAREPLAN_PLAN_ELEMENT_STATUS_PRESENT,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanResult:condition:
   *
   * How the element's condition was judged: %CAREPLAN_TRISTATE_YES when it
   * holds (always, for an element without a condition),
   * %CAREPLAN_TRISTATE_NO when the record shows it does not, and
   * %CAREPLAN_TRISTATE_UNSET when neither the record nor the plan settles
   * it (or no record was given).
   *
   * Since: 0.1
   */
  props[PROP_CONDITION] =
    g_param_spec_enum ("condition", NULL, NULL,
                       CAREPLAN_TYPE_TRISTATE, CAREPLAN_TRISTATE_UNSET,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanResult:message:
   *
   * One sentence for people: what was found, and for an element that is
   * not present, what is missing and why it applies or not.
   *
   * Since: 0.1
   */
  props[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
careplan_plan_result_init (CareplanPlanResult *self)
{
}

CareplanPlanResult *
careplan_plan_result_new_take (CareplanPlanElement       *element,
                               CareplanPlanElementStatus  status,
                               CareplanTristate           condition,
                               char                      *message)
{
  CareplanPlanResult *self = g_object_new (CAREPLAN_TYPE_PLAN_RESULT, NULL);

  self->element = g_object_ref (element);
  self->status = status;
  self->condition = condition;
  self->message = message;
  return self;
}

/**
 * careplan_plan_result_get_element:
 * @self: a [class@Careplan.PlanResult]
 *
 * Gets [property@Careplan.PlanResult:element].
 *
 * Returns: (transfer none): the element
 *
 * Since: 0.1
 */
CareplanPlanElement *
careplan_plan_result_get_element (CareplanPlanResult *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_RESULT (self), NULL);
  return self->element;
}

/**
 * careplan_plan_result_get_element_id:
 * @self: a [class@Careplan.PlanResult]
 *
 * The id of [property@Careplan.PlanResult:element].
 *
 * Returns: (transfer none): the element's id
 *
 * Since: 0.1
 */
const char *
careplan_plan_result_get_element_id (CareplanPlanResult *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_RESULT (self), NULL);
  return careplan_plan_element_get_id (self->element);
}

/**
 * careplan_plan_result_get_status:
 * @self: a [class@Careplan.PlanResult]
 *
 * Gets [property@Careplan.PlanResult:status].
 *
 * Returns: the verdict
 *
 * Since: 0.1
 */
CareplanPlanElementStatus
careplan_plan_result_get_status (CareplanPlanResult *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_RESULT (self), CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN);
  return self->status;
}

/**
 * careplan_plan_result_get_condition:
 * @self: a [class@Careplan.PlanResult]
 *
 * Gets [property@Careplan.PlanResult:condition].
 *
 * Returns: how the element's condition was judged
 *
 * Since: 0.1
 */
CareplanTristate
careplan_plan_result_get_condition (CareplanPlanResult *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_RESULT (self), CAREPLAN_TRISTATE_UNSET);
  return self->condition;
}

/**
 * careplan_plan_result_get_message:
 * @self: a [class@Careplan.PlanResult]
 *
 * Gets [property@Careplan.PlanResult:message].
 *
 * Returns: (transfer none): the message
 *
 * Since: 0.1
 */
const char *
careplan_plan_result_get_message (CareplanPlanResult *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_RESULT (self), NULL);
  return self->message;
}

static const char * const status_names[] = {
  [CAREPLAN_PLAN_ELEMENT_STATUS_PRESENT] = "present",
  [CAREPLAN_PLAN_ELEMENT_STATUS_MISSING] = "missing",
  [CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE] = "not-applicable",
  [CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE] = "incomplete",
  [CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN] = "unknown",
};

/**
 * careplan_plan_element_status_to_string:
 * @status: a verdict
 *
 * The verdict's name in careplan's outputs, for example `not-applicable`.
 *
 * Returns: (transfer none): the name, or `unknown` for a value out of range
 *
 * Since: 0.1
 */
const char *
careplan_plan_element_status_to_string (CareplanPlanElementStatus status)
{
  if ((guint) status >= G_N_ELEMENTS (status_names))
    return "unknown";
  return status_names[status];
}

/**
 * careplan_plan_element_status_from_string:
 * @text: a verdict's name, for example `missing`
 * @status: (out): the verdict
 *
 * Reads a verdict by its name.
 *
 * Returns: %TRUE when @text names a verdict
 *
 * Since: 0.1
 */
gboolean
careplan_plan_element_status_from_string (const char                *text,
                                          CareplanPlanElementStatus *status)
{
  guint i;

  g_return_val_if_fail (status != NULL, FALSE);

  for (i = 0; text != NULL && i < G_N_ELEMENTS (status_names); i++)
    if (strcmp (text, status_names[i]) == 0)
      {
        *status = (CareplanPlanElementStatus) i;
        return TRUE;
      }
  return FALSE;
}
