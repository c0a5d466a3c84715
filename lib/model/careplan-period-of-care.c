/* careplan-period-of-care.c: a derived, read-only period of care
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-period-of-care.h"

#include "careplan-model-private.h"

/**
 * CareplanPeriodOfCare:
 *
 * A period of care: from the day a child starts to be looked after
 * (an episode with reason for new episode `S`) through the episodes that
 * follow on the same day (reason ended `X1`) to the episode that ends
 * with another reason, or to today while the child is still looked
 * after. Reviews (CPPCR 2010 reg 33) run per period of care.
 *
 * Periods are derived from the episodes by
 * [method@Careplan.Child.dup_periods_of_care] and are never changed.
 *
 * Since: 0.1
 */
struct _CareplanPeriodOfCare
{
  GObject parent_instance;

  CareplanDate start;
  CareplanDate end;
  gboolean short_break;
  GListStore *placements;
};

G_DEFINE_FINAL_TYPE (CareplanPeriodOfCare, careplan_period_of_care, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_SHORT_BREAK,
  PROP_PLACEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
careplan_period_of_care_finalize (GObject *object)
{
  CareplanPeriodOfCare *self = (CareplanPeriodOfCare *) object;

  g_clear_object (&self->placements);

  G_OBJECT_CLASS (careplan_period_of_care_parent_class)->finalize (object);
}

static void
careplan_period_of_care_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CareplanPeriodOfCare *self = CAREPLAN_PERIOD_OF_CARE (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;

    case PROP_END:
      g_value_set_uint (value, self->end);
      break;

    case PROP_SHORT_BREAK:
      g_value_set_boolean (value, self->short_break);
      break;

    case PROP_PLACEMENTS:
      g_value_set_object (value, self->placements);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_period_of_care_class_init (CareplanPeriodOfCareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_period_of_care_finalize;
  object_class->get_property = careplan_period_of_care_get_property;

  /**
   * CareplanPeriodOfCare:start:
   *
   * The day the child started to be looked after, a [alias@Careplan.Date].
   *
   * Since: 0.1
   */
  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPeriodOfCare:end:
   *
   * The day the child stopped being looked after, a [alias@Careplan.Date];
   * %CAREPLAN_DATE_NONE while the period is open.
   *
   * Since: 0.1
   */
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPeriodOfCare:short-break:
   *
   * Whether every episode of the period is a short break (legal status
   * `V3` or `V4`): such periods follow CPPCR 2010 reg 48 instead of the
   * usual review and visit timescales.
   *
   * Since: 0.1
   */
  properties[PROP_SHORT_BREAK] =
    g_param_spec_boolean ("short-break", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPeriodOfCare:placements:
   *
   * The [class@Careplan.Placement]s of the period, in order of start.
   *
   * Since: 0.1
   */
  properties[PROP_PLACEMENTS] =
    g_param_spec_object ("placements", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_period_of_care_init (CareplanPeriodOfCare *self)
{
  self->placements = g_list_store_new (CAREPLAN_TYPE_PLACEMENT);
}

/* @placements holds every placement of the child, in the order of the
 * index the span comes from; the period keeps its own slice of it
 * (span->first_placement, span->n_placements), so that one list built
 * per child serves all of its periods. */
CareplanPeriodOfCare *
careplan_period_of_care_new_from_span (const CareplanPeriodSpan *span,
                                       GListModel               *placements)
{
  CareplanPeriodOfCare *self;
  guint n_items;
  guint i;

  g_return_val_if_fail (span != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (placements), NULL);

  n_items = g_list_model_get_n_items (placements);
  g_return_val_if_fail (span->first_placement <= n_items, NULL);
  g_return_val_if_fail (span->n_placements <= n_items - span->first_placement, NULL);

  self = g_object_new (CAREPLAN_TYPE_PERIOD_OF_CARE, NULL);
  self->start = span->start;
  self->end = span->end;
  self->short_break = span->short_break;

  for (i = 0; i < span->n_placements; i++)
    {
      g_autoptr(GObject) placement = g_list_model_get_item (placements, span->first_placement + i);

      g_list_store_append (self->placements, placement);
    }

  return self;
}

/**
 * careplan_period_of_care_get_start:
 * @self: a period of care
 *
 * Gets the day the child started to be looked after.
 *
 * Returns: the start date
 *
 * Since: 0.1
 */
CareplanDate
careplan_period_of_care_get_start (CareplanPeriodOfCare *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PERIOD_OF_CARE (self), CAREPLAN_DATE_NONE);

  return self->start;
}

/**
 * careplan_period_of_care_get_end:
 * @self: a period of care
 *
 * Gets the day the child stopped being looked after.
 *
 * Returns: the end date, or %CAREPLAN_DATE_NONE while open
 *
 * Since: 0.1
 */
CareplanDate
careplan_period_of_care_get_end (CareplanPeriodOfCare *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PERIOD_OF_CARE (self), CAREPLAN_DATE_NONE);

  return self->end;
}

/**
 * careplan_period_of_care_get_short_break:
 * @self: a period of care
 *
 * Whether every episode of the period is a short break (legal status
 * `V3` or `V4`, CPPCR 2010 reg 48).
 *
 * Returns: whether the period is a short-break period
 *
 * Since: 0.1
 */
gboolean
careplan_period_of_care_get_short_break (CareplanPeriodOfCare *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PERIOD_OF_CARE (self), FALSE);

  return self->short_break;
}

/**
 * careplan_period_of_care_get_placements:
 * @self: a period of care
 *
 * Gets the placements of the period, in order of start.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of
 *   [class@Careplan.Placement]
 *
 * Since: 0.1
 */
GListModel *
careplan_period_of_care_get_placements (CareplanPeriodOfCare *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PERIOD_OF_CARE (self), NULL);

  return G_LIST_MODEL (self->placements);
}
