/* careplan-plan.c: a plan document (careplan-plan/1)
 *
 * The plan as read: its kind, child, date, the values of its elements and
 * the agreements it records.  Read by careplan_plan_load_file() (lib/io),
 * judged by careplan-plan-check.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-enum-types.h"
#include "careplan-plans-private.h"

/**
 * CareplanPlan:
 *
 * A plan document in the `careplan-plan/1` format (see the plans guide):
 * a care plan, placement plan, short-break care plan, detention placement
 * plan, needs assessment or pathway plan for one child, with the values of
 * its elements and the agreements it records.
 *
 * Read one with [func@Careplan.Plan.load_file]; check it against the
 * plan-content catalogue with [method@Careplan.Plan.check], and against a
 * child's record with [func@Careplan.Plan.cross_check].
 *
 * Since: 0.1
 */
struct _CareplanPlan
{
  GObject                    parent_instance;

  char                      *file;
  CareplanPlanKind           kind;
  char                      *child_id;
  CareplanDate               date;
  CareplanLeavingCareStatus  leaving_care_status;
  CareplanDate               placement_start;

  GHashTable                *values;      /* id → CareplanPlanValue */
  GPtrArray                 *ids;         /* in the document's order, owned by @values */
  GPtrArray                 *agreement_by;
  GArray                    *agreement_dates;
};

enum
{
  PROP_0,
  PROP_FILE,
  PROP_KIND,
  PROP_CHILD_ID,
  PROP_DATE,
  PROP_LEAVING_CARE_STATUS,
  PROP_PLACEMENT_START,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

G_DEFINE_FINAL_TYPE (CareplanPlan, careplan_plan, G_TYPE_OBJECT)

/* Who may agree a plan, as the `by` of an agreement (docs/plans.md). */
const char * const careplan_plan_agreement_roles[] = {
  "child", "parent", "appropriate-person", "nominated-officer", "iro",
  "personal-adviser", "manager", NULL
};

static void
value_free (gpointer data)
{
  CareplanPlanValue *value = data;

  g_free (value->text);
  g_free (value->ref);
  g_free (value->not_applicable);
  g_free (value);
}

static void
careplan_plan_finalize (GObject *object)
{
  CareplanPlan *self = CAREPLAN_PLAN (object);

  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->child_id, g_free);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_hash_table_unref);
  g_clear_pointer (&self->agreement_by, g_ptr_array_unref);
  g_clear_pointer (&self->agreement_dates, g_array_unref);

  G_OBJECT_CLASS (careplan_plan_parent_class)->finalize (object);
}

static void
careplan_plan_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CareplanPlan *self = CAREPLAN_PLAN (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_CHILD_ID:
      g_value_set_string (value, self->child_id);
      break;
    case PROP_DATE:
      g_value_set_uint (value, self->date);
      break;
    case PROP_LEAVING_CARE_STATUS:
      g_value_set_enum (value, self->leaving_care_status);
      break;
    case PROP_PLACEMENT_START:
      g_value_set_uint (value, self->placement_start);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_plan_class_init (CareplanPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_plan_finalize;
  object_class->get_property = careplan_plan_get_property;

  /**
   * CareplanPlan:file:
   *
   * The name of the file the plan was read from (`<data>` for a plan read
   * from memory without a name).
   *
   * Since: 0.1
   */
  props[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlan:kind:
   *
   * The kind of plan (the document's `kind`).
   *
   * Since: 0.1
   */
  props[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CAREPLAN_TYPE_PLAN_KIND, CAREPLAN_PLAN_KIND_CARE_PLAN,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlan:child-id:
   *
   * The id of the child the plan is for (the document's `child`), as in
   * the child's record.
   *
   * Since: 0.1
   */
  props[PROP_CHILD_ID] =
    g_param_spec_string ("child-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlan:date:
   *
   * The date the plan was made (the document's `date`), a
   * [alias@Careplan.Date]: conditions such as the child's age are judged
   * on it.
   *
   * Since: 0.1
   */
  props[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlan:leaving-care-status:
   *
   * For a needs assessment or a pathway plan, the regime it is written
   * under (the document's `leaving_care_status`);
   * %CAREPLAN_LEAVING_CARE_STATUS_NONE for the other kinds.
   *
   * Since: 0.1
   */
  props[PROP_LEAVING_CARE_STATUS] =
    g_param_spec_enum ("leaving-care-status", NULL, NULL,
                       CAREPLAN_TYPE_LEAVING_CARE_STATUS, CAREPLAN_LEAVING_CARE_STATUS_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlan:placement-start:
   *
   * For a placement plan (or a detention placement plan), the start of the
   * placement it is for (the document's `placement_start`), a
   * [alias@Careplan.Date]; %CAREPLAN_DATE_NONE when not given.
   *
   * Since: 0.1
   */
  props[PROP_PLACEMENT_START] =
    g_param_spec_uint ("placement-start", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
careplan_plan_init (CareplanPlan *self)
{
  self->date = CAREPLAN_DATE_NONE;
  self->placement_start = CAREPLAN_DATE_NONE;
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, value_free);
  self->ids = g_ptr_array_new ();
  self->agreement_by = g_ptr_array_new_with_free_func (g_free);
  self->agreement_dates = g_array_new (FALSE, FALSE, sizeof (CareplanDate));
}

CareplanPlan *
careplan_plan_new (const char                *file,
                   CareplanPlanKind           kind,
                   const char                *child_id,
                   CareplanDate               date,
                   CareplanLeavingCareStatus  status,
                   CareplanDate               placement_start)
{
  CareplanPlan *self = g_object_new (CAREPLAN_TYPE_PLAN, NULL);

  self->file = g_strdup (file);
  self->kind = kind;
  self->child_id = g_strdup (child_id);
  self->date = date;
  self->leaving_care_status = status;
  self->placement_start = placement_start;
  return self;
}

void
careplan_plan_take_value (CareplanPlan      *self,
                          const char        *id,
                          CareplanPlanValue *value)
{
  char *key = g_strdup (id);

  if (g_hash_table_contains (self->values, id))
    {
      guint i;

      for (i = 0; i < self->ids->len; i++)
        if (strcmp (g_ptr_array_index (self->ids, i), id) == 0)
          {
            g_ptr_array_remove_index (self->ids, i);
            break;
          }
    }
  g_hash_table_replace (self->values, key, value);
  g_ptr_array_add (self->ids, key);
}

void
careplan_plan_add_agreement (CareplanPlan *self,
                             const char   *by,
                             CareplanDate  date)
{
  g_ptr_array_add (self->agreement_by, g_strdup (by));
  g_array_append_val (self->agreement_dates, date);
}

const CareplanPlanValue *
careplan_plan_peek_value (CareplanPlan *self,
                          const char   *id)
{
  return g_hash_table_lookup (self->values, id);
}

static gboolean
text_is_blank (const char *text)
{
  const char *p;

  if (text == NULL)
    return TRUE;
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

gboolean
careplan_plan_value_is_present (const CareplanPlanValue *value)
{
  if (value == NULL)
    return FALSE;
  return !text_is_blank (value->text) || value->content_present;
}

/**
 * careplan_plan_get_file:
 * @self: a [class@Careplan.Plan]
 *
 * Gets [property@Careplan.Plan:file].
 *
 * Returns: (transfer none): the file name
 *
 * Since: 0.1
 */
const char *
careplan_plan_get_file (CareplanPlan *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), NULL);
  return self->file;
}

/**
 * careplan_plan_get_kind:
 * @self: a [class@Careplan.Plan]
 *
 * Gets [property@Careplan.Plan:kind].
 *
 * Returns: the kind of plan
 *
 * Since: 0.1
 */
CareplanPlanKind
careplan_plan_get_kind (CareplanPlan *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), CAREPLAN_PLAN_KIND_CARE_PLAN);
  return self->kind;
}

/**
 * careplan_plan_get_child_id:
 * @self: a [class@Careplan.Plan]
 *
 * Gets [property@Careplan.Plan:child-id].
 *
 * Returns: (transfer none): the child's id
 *
 * Since: 0.1
 */
const char *
careplan_plan_get_child_id (CareplanPlan *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), NULL);
  return self->child_id;
}

/**
 * careplan_plan_get_date:
 * @self: a [class@Careplan.Plan]
 *
 * Gets [property@Careplan.Plan:date].
 *
 * Returns: the plan's date
 *
 * Since: 0.1
 */
CareplanDate
careplan_plan_get_date (CareplanPlan *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), CAREPLAN_DATE_NONE);
  return self->date;
}

/**
 * careplan_plan_get_leaving_care_status:
 * @self: a [class@Careplan.Plan]
 *
 * Gets [property@Careplan.Plan:leaving-care-status].
 *
 * Returns: the leaving-care regime
 *
 * Since: 0.1
 */
CareplanLeavingCareStatus
careplan_plan_get_leaving_care_status (CareplanPlan *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), CAREPLAN_LEAVING_CARE_STATUS_NONE);
  return self->leaving_care_status;
}

/**
 * careplan_plan_get_placement_start:
 * @self: a [class@Careplan.Plan]
 *
 * Gets [property@Careplan.Plan:placement-start].
 *
 * Returns: the placement's start, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_plan_get_placement_start (CareplanPlan *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), CAREPLAN_DATE_NONE);
  return self->placement_start;
}

/**
 * careplan_plan_dup_element_ids:
 * @self: a [class@Careplan.Plan]
 *
 * Lists the ids of the elements the document gives, in its order.
 *
 * Returns: (transfer full) (array zero-terminated=1): the ids
 *
 * Since: 0.1
 */
char **
careplan_plan_dup_element_ids (CareplanPlan *self)
{
  GStrvBuilder *builder;
  char **ids;
  guint i;

  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), NULL);

  builder = g_strv_builder_new ();
  for (i = 0; i < self->ids->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (self->ids, i));
  ids = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return ids;
}

/**
 * careplan_plan_has_element:
 * @self: a [class@Careplan.Plan]
 * @id: an element id
 *
 * Whether the document gives element @id at all (present, empty or
 * marked not applicable).
 *
 * Returns: %TRUE when it does
 *
 * Since: 0.1
 */
gboolean
careplan_plan_has_element (CareplanPlan *self,
                           const char   *id)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return g_hash_table_contains (self->values, id);
}

/**
 * careplan_plan_is_element_present:
 * @self: a [class@Careplan.Plan]
 * @id: an element id
 *
 * Whether the plan holds element @id: non-blank `text`, or `content`
 * with at least one non-blank string, a number or a boolean in it.
 *
 * Returns: %TRUE when the element is present
 *
 * Since: 0.1
 */
gboolean
careplan_plan_is_element_present (CareplanPlan *self,
                                  const char   *id)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);
  return careplan_plan_value_is_present (g_hash_table_lookup (self->values, id));
}

/**
 * careplan_plan_get_element_text:
 * @self: a [class@Careplan.Plan]
 * @id: an element id
 *
 * The `text` of element @id.
 *
 * Returns: (transfer none) (nullable): the text, or %NULL
 *
 * Since: 0.1
 */
const char *
careplan_plan_get_element_text (CareplanPlan *self,
                                const char   *id)
{
  const CareplanPlanValue *value;

  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  value = g_hash_table_lookup (self->values, id);
  return value != NULL ? value->text : NULL;
}

/**
 * careplan_plan_get_element_ref:
 * @self: a [class@Careplan.Plan]
 * @id: an element id
 *
 * The `ref` of element @id: the id, as the child's record holds it, of the
 * person the element names (the IRO's id for the care plan's
 * `cppcr-2010.reg5-d.care-plan.iro-name`).
 *
 * Returns: (transfer none) (nullable): the reference, or %NULL
 *
 * Since: 0.1
 */
const char *
careplan_plan_get_element_ref (CareplanPlan *self,
                               const char   *id)
{
  const CareplanPlanValue *value;

  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  value = g_hash_table_lookup (self->values, id);
  return value != NULL ? value->ref : NULL;
}

/**
 * careplan_plan_get_element_not_applicable:
 * @self: a [class@Careplan.Plan]
 * @id: an element id
 *
 * The reason the plan gives for element @id not applying.
 *
 * Returns: (transfer none) (nullable): the reason, or %NULL
 *
 * Since: 0.1
 */
const char *
careplan_plan_get_element_not_applicable (CareplanPlan *self,
                                          const char   *id)
{
  const CareplanPlanValue *value;

  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  value = g_hash_table_lookup (self->values, id);
  return value != NULL ? value->not_applicable : NULL;
}

/**
 * careplan_plan_get_agreement_date:
 * @self: a [class@Careplan.Plan]
 * @by: a role: `child`, `parent`, `appropriate-person`,
 *   `nominated-officer`, `iro`, `personal-adviser` or `manager`
 *
 * The earliest date the plan records an agreement (or approval) by @by.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE when none is recorded
 *
 * Since: 0.1
 */
CareplanDate
careplan_plan_get_agreement_date (CareplanPlan *self,
                                  const char   *by)
{
  CareplanDate earliest = CAREPLAN_DATE_NONE;
  guint i;

  g_return_val_if_fail (CAREPLAN_IS_PLAN (self), CAREPLAN_DATE_NONE);
  g_return_val_if_fail (by != NULL, CAREPLAN_DATE_NONE);

  for (i = 0; i < self->agreement_by->len; i++)
    {
      CareplanDate date = g_array_index (self->agreement_dates, CareplanDate, i);

      if (strcmp (g_ptr_array_index (self->agreement_by, i), by) != 0)
        continue;
      if (earliest == CAREPLAN_DATE_NONE || date < earliest)
        earliest = date;
    }
  return earliest;
}
