/* careplan-placement.c: a derived, read-only placement (episodes with one carer)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-placement.h"

#include "careplan-model-private.h"

/**
 * CareplanPlacement:
 *
 * A placement: the consecutive episodes of a period of care spent with
 * the same carer. An episode whose reason for a new episode is `S`, `P`
 * or `B` starts a placement; `L` (legal status only), `T` and `U` (new
 * placement record, same carer) continue it. The visiting duties of
 * CPPCR 2010 reg 28 run per placement.
 *
 * Placements are derived from the episodes by
 * [method@Careplan.Child.dup_placements] and are never changed.
 *
 * Since: 0.1
 */
struct _CareplanPlacement
{
  GObject parent_instance;

  CareplanDate start;
  CareplanDate end;
  char *placement_type;
  gboolean long_term;
  guint first_episode;
  guint n_episodes;
};

G_DEFINE_FINAL_TYPE (CareplanPlacement, careplan_placement, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_PLACEMENT_TYPE,
  PROP_LONG_TERM,
  PROP_FIRST_EPISODE,
  PROP_N_EPISODES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
careplan_placement_finalize (GObject *object)
{
  CareplanPlacement *self = (CareplanPlacement *) object;

  g_free (self->placement_type);

  G_OBJECT_CLASS (careplan_placement_parent_class)->finalize (object);
}

static void
careplan_placement_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CareplanPlacement *self = CAREPLAN_PLACEMENT (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;

    case PROP_END:
      g_value_set_uint (value, self->end);
      break;

    case PROP_PLACEMENT_TYPE:
      g_value_set_string (value, self->placement_type);
      break;

    case PROP_LONG_TERM:
      g_value_set_boolean (value, self->long_term);
      break;

    case PROP_FIRST_EPISODE:
      g_value_set_uint (value, self->first_episode);
      break;

    case PROP_N_EPISODES:
      g_value_set_uint (value, self->n_episodes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_placement_class_init (CareplanPlacementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_placement_finalize;
  object_class->get_property = careplan_placement_get_property;

  /**
   * CareplanPlacement:start:
   *
   * The start of the placement's first episode, a [alias@Careplan.Date].
   *
   * Since: 0.1
   */
  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlacement:end:
   *
   * The end of the placement's last episode, a [alias@Careplan.Date];
   * %CAREPLAN_DATE_NONE while the placement is open.
   *
   * Since: 0.1
   */
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlacement:placement-type:
   *
   * The placement type (SSDA903 `PLACE`) of the placement's first episode.
   *
   * Since: 0.1
   */
  properties[PROP_PLACEMENT_TYPE] =
    g_param_spec_string ("placement-type", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlacement:long-term:
   *
   * Whether the placement is intended to last until the child is 18
   * (CPPCR 2010 reg 28(2)(c)); see [method@Careplan.Placement.get_long_term].
   *
   * Since: 0.1
   */
  properties[PROP_LONG_TERM] =
    g_param_spec_boolean ("long-term", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlacement:first-episode:
   *
   * The position of the placement's first episode among the child's
   * dated episodes in order of start; see
   * [method@Careplan.Placement.get_first_episode].
   *
   * Since: 0.1
   */
  properties[PROP_FIRST_EPISODE] =
    g_param_spec_uint ("first-episode", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlacement:n-episodes:
   *
   * The number of episodes the placement spans.
   *
   * Since: 0.1
   */
  properties[PROP_N_EPISODES] =
    g_param_spec_uint ("n-episodes", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_placement_init (CareplanPlacement *self)
{
}

/* The only constructor: placements are views derived by the child index,
 * never built field by field. */
CareplanPlacement *
careplan_placement_new_from_span (const CareplanPlacementSpan *span)
{
  CareplanPlacement *self;

  g_return_val_if_fail (span != NULL, NULL);

  self = g_object_new (CAREPLAN_TYPE_PLACEMENT, NULL);
  self->start = span->start;
  self->end = span->end;
  self->placement_type = g_strdup (span->placement_type);
  self->long_term = span->long_term;
  self->first_episode = span->first_episode;
  self->n_episodes = span->n_episodes;

  return self;
}

/**
 * careplan_placement_get_start:
 * @self: a placement
 *
 * Gets the date the placement started.
 *
 * Returns: the start date
 *
 * Since: 0.1
 */
CareplanDate
careplan_placement_get_start (CareplanPlacement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLACEMENT (self), CAREPLAN_DATE_NONE);

  return self->start;
}

/**
 * careplan_placement_get_end:
 * @self: a placement
 *
 * Gets the date the placement ended.
 *
 * Returns: the end date, or %CAREPLAN_DATE_NONE while open
 *
 * Since: 0.1
 */
CareplanDate
careplan_placement_get_end (CareplanPlacement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLACEMENT (self), CAREPLAN_DATE_NONE);

  return self->end;
}

/**
 * careplan_placement_get_placement_type:
 * @self: a placement
 *
 * Gets the placement type (SSDA903 `PLACE`) of the placement's first
 * episode.
 *
 * Returns: (nullable): the code, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_placement_get_placement_type (CareplanPlacement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLACEMENT (self), NULL);

  return self->placement_type;
}

/**
 * careplan_placement_get_long_term:
 * @self: a placement
 *
 * Whether the placement is intended to last until the child is 18, which
 * lengthens the interval between visits after its first year (CPPCR 2010
 * reg 28(2)(c)).
 *
 * This is the [property@Careplan.Episode:long-term] flag of the
 * placement's latest episode when it is recorded; when it is not, the
 * placement counts as long-term if that episode's placement type is `U1`
 * or `U4` (long-term fostering).
 *
 * Returns: whether the placement is long-term
 *
 * Since: 0.1
 */
gboolean
careplan_placement_get_long_term (CareplanPlacement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLACEMENT (self), FALSE);

  return self->long_term;
}

/**
 * careplan_placement_get_first_episode:
 * @self: a placement
 *
 * Gets the position of the placement's first episode among the child's
 * episodes that have a start date, in order of start (episodes starting
 * on the same day keep the order of the record). For a record that lists
 * its episodes by date, as a valid record does, this is the position in
 * [method@Careplan.Child.get_episodes].
 *
 * Returns: the position of the first episode
 *
 * Since: 0.1
 */
guint
careplan_placement_get_first_episode (CareplanPlacement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLACEMENT (self), 0);

  return self->first_episode;
}

/**
 * careplan_placement_get_n_episodes:
 * @self: a placement
 *
 * Gets the number of episodes the placement spans.
 *
 * Returns: the number of episodes, at least 1
 *
 * Since: 0.1
 */
guint
careplan_placement_get_n_episodes (CareplanPlacement *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PLACEMENT (self), 0);

  return self->n_episodes;
}
