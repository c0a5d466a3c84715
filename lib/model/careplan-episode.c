/* careplan-episode.c: one SSDA903-style episode of care
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-episode.h"

#include "careplan-enum-types.h"
#include "careplan-model-private.h"

/**
 * CareplanEpisode:
 *
 * One episode of care, as a row of the DfE SSDA903 return: a new episode
 * starts whenever a child's legal status or placement (or both) changes.
 *
 * Codes are kept as recorded (the SSDA903 codes, such as legal status
 * `C2` or placement type `U4`); [method@Careplan.Child.validate] reports
 * those that are not in the code lists. A string field that was not
 * recorded is %NULL and a date that was not recorded is
 * %CAREPLAN_DATE_NONE; an episode still open has no end.
 *
 * Episodes are grouped into placements and periods of care by
 * [method@Careplan.Child.dup_placements] and
 * [method@Careplan.Child.dup_periods_of_care].
 *
 * Since: 0.1
 */
struct _CareplanEpisode
{
  GObject parent_instance;

  CareplanDate start;
  CareplanDate end;
  char *reason_new_episode;
  char *legal_status;
  char *category_of_need;
  char *placement_type;
  char *placement_provider;
  char *reason_ended;
  char *reason_placement_change;
  char *home_postcode;
  char *placement_postcode;
  char *urn;
  CareplanTristate long_term;
  CareplanTristate out_of_area;
  CareplanTristate at_distance;

  CareplanSourcePosition position;
  JsonObject *extras;
};

G_DEFINE_FINAL_TYPE (CareplanEpisode, careplan_episode, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_START,
  PROP_END,
  PROP_REASON_NEW_EPISODE,
  PROP_LEGAL_STATUS,
  PROP_CATEGORY_OF_NEED,
  PROP_PLACEMENT_TYPE,
  PROP_PLACEMENT_PROVIDER,
  PROP_REASON_ENDED,
  PROP_REASON_PLACEMENT_CHANGE,
  PROP_HOME_POSTCODE,
  PROP_PLACEMENT_POSTCODE,
  PROP_URN,
  PROP_LONG_TERM,
  PROP_OUT_OF_AREA,
  PROP_AT_DISTANCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The string fields in property order, so that one setter serves them all. */
static char **
string_field (CareplanEpisode *self,
              guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_REASON_NEW_EPISODE: return &self->reason_new_episode;
    case PROP_LEGAL_STATUS: return &self->legal_status;
    case PROP_CATEGORY_OF_NEED: return &self->category_of_need;
    case PROP_PLACEMENT_TYPE: return &self->placement_type;
    case PROP_PLACEMENT_PROVIDER: return &self->placement_provider;
    case PROP_REASON_ENDED: return &self->reason_ended;
    case PROP_REASON_PLACEMENT_CHANGE: return &self->reason_placement_change;
    case PROP_HOME_POSTCODE: return &self->home_postcode;
    case PROP_PLACEMENT_POSTCODE: return &self->placement_postcode;
    case PROP_URN: return &self->urn;
    default: g_assert_not_reached ();
    }
}

static void
set_string (CareplanEpisode *self,
            guint            prop_id,
            const char      *value)
{
  char **field = string_field (self, prop_id);

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
careplan_episode_finalize (GObject *object)
{
  CareplanEpisode *self = (CareplanEpisode *) object;

  g_free (self->reason_new_episode);
  g_free (self->legal_status);
  g_free (self->category_of_need);
  g_free (self->placement_type);
  g_free (self->placement_provider);
  g_free (self->reason_ended);
  g_free (self->reason_placement_change);
  g_free (self->home_postcode);
  g_free (self->placement_postcode);
  g_free (self->urn);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (careplan_episode_parent_class)->finalize (object);
}

static void
careplan_episode_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CareplanEpisode *self = CAREPLAN_EPISODE (object);

  switch (prop_id)
    {
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;

    case PROP_END:
      g_value_set_uint (value, self->end);
      break;

    case PROP_REASON_NEW_EPISODE:
    case PROP_LEGAL_STATUS:
    case PROP_CATEGORY_OF_NEED:
    case PROP_PLACEMENT_TYPE:
    case PROP_PLACEMENT_PROVIDER:
    case PROP_REASON_ENDED:
    case PROP_REASON_PLACEMENT_CHANGE:
    case PROP_HOME_POSTCODE:
    case PROP_PLACEMENT_POSTCODE:
    case PROP_URN:
      g_value_set_string (value, *string_field (self, prop_id));
      break;

    case PROP_LONG_TERM:
      g_value_set_enum (value, self->long_term);
      break;

    case PROP_OUT_OF_AREA:
      g_value_set_enum (value, self->out_of_area);
      break;

    case PROP_AT_DISTANCE:
      g_value_set_enum (value, self->at_distance);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_episode_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CareplanEpisode *self = CAREPLAN_EPISODE (object);

  switch (prop_id)
    {
    case PROP_START:
      careplan_episode_set_start (self, g_value_get_uint (value));
      break;

    case PROP_END:
      careplan_episode_set_end (self, g_value_get_uint (value));
      break;

    case PROP_REASON_NEW_EPISODE:
    case PROP_LEGAL_STATUS:
    case PROP_CATEGORY_OF_NEED:
    case PROP_PLACEMENT_TYPE:
    case PROP_PLACEMENT_PROVIDER:
    case PROP_REASON_ENDED:
    case PROP_REASON_PLACEMENT_CHANGE:
    case PROP_HOME_POSTCODE:
    case PROP_PLACEMENT_POSTCODE:
    case PROP_URN:
      set_string (self, prop_id, g_value_get_string (value));
      break;

    case PROP_LONG_TERM:
      careplan_episode_set_long_term (self, g_value_get_enum (value));
      break;

    case PROP_OUT_OF_AREA:
      careplan_episode_set_out_of_area (self, g_value_get_enum (value));
      break;

    case PROP_AT_DISTANCE:
      careplan_episode_set_at_distance (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_episode_class_init (CareplanEpisodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_episode_finalize;
  object_class->get_property = careplan_episode_get_property;
  object_class->set_property = careplan_episode_set_property;

  /**
   * CareplanEpisode:start:
   *
   * The date the episode started (SSDA903 `DECOM`), a [alias@Careplan.Date];
   * %CAREPLAN_DATE_NONE when not recorded.
   *
   * Since: 0.1
   */
  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:end:
   *
   * The date the episode ceased (SSDA903 `DEC`), a [alias@Careplan.Date];
   * %CAREPLAN_DATE_NONE while the episode is open.
   *
   * Since: 0.1
   */
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:reason-new-episode:
   *
   * The reason for the new episode (SSDA903 `RNE`): `S` started to be
   * looked after, `L` legal status changed, `P` placement and carer
   * changed, `T` placement changed with the same carer, `B` legal status,
   * placement and carer changed, `U` legal status and placement changed
   * with the same carer.
   *
   * Since: 0.1
   */
  properties[PROP_REASON_NEW_EPISODE] =
    g_param_spec_string ("reason-new-episode", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:legal-status:
   *
   * The legal status (SSDA903 `LS`), such as `C2` (full care order) or
   * `V2` (accommodated under section 20).
   *
   * Since: 0.1
   */
  properties[PROP_LEGAL_STATUS] =
    g_param_spec_string ("legal-status", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:category-of-need:
   *
   * The category of need (SSDA903 `CIN`), `N1` to `N8`.
   *
   * Since: 0.1
   */
  properties[PROP_CATEGORY_OF_NEED] =
    g_param_spec_string ("category-of-need", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:placement-type:
   *
   * The placement type (SSDA903 `PLACE`), such as `U4` (long-term foster
   * placement) or `K2` (children's home).
   *
   * Since: 0.1
   */
  properties[PROP_PLACEMENT_TYPE] =
    g_param_spec_string ("placement-type", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:placement-provider:
   *
   * The placement provider (SSDA903 `PLACE_PROVIDER`), `PR0` to `PR5`.
   *
   * Since: 0.1
   */
  properties[PROP_PLACEMENT_PROVIDER] =
    g_param_spec_string ("placement-provider", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:reason-ended:
   *
   * The reason the episode ceased (SSDA903 `REC`): `X1` when a new
   * episode begins the same day, one of the `E` codes when the child
   * stopped being looked after.
   *
   * Since: 0.1
   */
  properties[PROP_REASON_ENDED] =
    g_param_spec_string ("reason-ended", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:reason-placement-change:
   *
   * The reason for a change of placement (SSDA903 `REASON_PLACE_CHANGE`),
   * such as `CARPL` or `ALLEG`.
   *
   * Since: 0.1
   */
  properties[PROP_REASON_PLACEMENT_CHANGE] =
    g_param_spec_string ("reason-placement-change", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:home-postcode:
   *
   * The postcode of the child's home when the episode started (SSDA903
   * `HOME_POST`).
   *
   * Since: 0.1
   */
  properties[PROP_HOME_POSTCODE] =
    g_param_spec_string ("home-postcode", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:placement-postcode:
   *
   * The postcode of the placement (SSDA903 `PL_POST`).
   *
   * Since: 0.1
   */
  properties[PROP_PLACEMENT_POSTCODE] =
    g_param_spec_string ("placement-postcode", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:urn:
   *
   * The Ofsted unique reference number of the placement (SSDA903 `URN`).
   *
   * Since: 0.1
   */
  properties[PROP_URN] =
    g_param_spec_string ("urn", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:long-term:
   *
   * Whether the placement is agreed to last until the child is 18
   * (CPPCR 2010 reg 28(2)(c)). When not recorded, a placement's
   * long-term status is inferred from its placement type (`U1`, `U4`);
   * see [method@Careplan.Placement.get_long_term].
   *
   * Since: 0.1
   */
  properties[PROP_LONG_TERM] =
    g_param_spec_enum ("long-term", NULL, NULL,
                       CAREPLAN_TYPE_TRISTATE, CAREPLAN_TRISTATE_UNSET,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:out-of-area:
   *
   * Whether the placement is outside the authority's area (CPPCR 2010
   * reg 11, which asks for the approval of a nominated officer or the
   * director). Recorded rather than inferred: the postcodes of the
   * return are too coarse to tell an authority's boundary.
   *
   * Since: 0.1
   */
  properties[PROP_OUT_OF_AREA] =
    g_param_spec_enum ("out-of-area", NULL, NULL,
                       CAREPLAN_TYPE_TRISTATE, CAREPLAN_TRISTATE_UNSET,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEpisode:at-distance:
   *
   * Whether the placement is "at a distance": outside the authority's
   * area and not within the area of any adjoining authority (CPPCR 2010
   * reg 2(1), as amended by SI 2013/3239). Such a placement must be
   * approved by the director of children's services, not a nominated
   * officer (reg 11(1)(b)). A placement at a distance is out of area by
   * definition, whatever [property@Careplan.Episode:out-of-area] says.
   * Recorded rather than inferred, as for out-of-area.
   *
   * Since: 0.1
   */
  properties[PROP_AT_DISTANCE] =
    g_param_spec_enum ("at-distance", NULL, NULL,
                       CAREPLAN_TYPE_TRISTATE, CAREPLAN_TRISTATE_UNSET,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_episode_init (CareplanEpisode *self)
{
}

/**
 * careplan_episode_new:
 *
 * Creates an episode with nothing recorded.
 *
 * Returns: (transfer full): a new [class@Careplan.Episode]
 *
 * Since: 0.1
 */
CareplanEpisode *
careplan_episode_new (void)
{
  return g_object_new (CAREPLAN_TYPE_EPISODE, NULL);
}

/**
 * careplan_episode_get_start:
 * @self: an episode
 *
 * Gets the date the episode started.
 *
 * Returns: the start date, or %CAREPLAN_DATE_NONE when not recorded
 *
 * Since: 0.1
 */
CareplanDate
careplan_episode_get_start (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), CAREPLAN_DATE_NONE);

  return self->start;
}

/**
 * careplan_episode_set_start:
 * @self: an episode
 * @start: the start date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date the episode started.
 *
 * Since: 0.1
 */
void
careplan_episode_set_start (CareplanEpisode *self,
                            CareplanDate     start)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  if (self->start == start)
    return;

  self->start = start;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

/**
 * careplan_episode_get_end:
 * @self: an episode
 *
 * Gets the date the episode ceased.
 *
 * Returns: the end date, or %CAREPLAN_DATE_NONE while open
 *
 * Since: 0.1
 */
CareplanDate
careplan_episode_get_end (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), CAREPLAN_DATE_NONE);

  return self->end;
}

/**
 * careplan_episode_set_end:
 * @self: an episode
 * @end: the end date, or %CAREPLAN_DATE_NONE for an open episode
 *
 * Sets the date the episode ceased.
 *
 * Since: 0.1
 */
void
careplan_episode_set_end (CareplanEpisode *self,
                          CareplanDate     end)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  if (self->end == end)
    return;

  self->end = end;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

/**
 * careplan_episode_get_reason_new_episode:
 * @self: an episode
 *
 * Gets the reason for the new episode (SSDA903 `RNE`).
 *
 * Returns: (nullable): the code, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_reason_new_episode (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->reason_new_episode;
}

/**
 * careplan_episode_set_reason_new_episode:
 * @self: an episode
 * @code: (nullable): the SSDA903 `RNE` code
 *
 * Sets the reason for the new episode.
 *
 * Since: 0.1
 */
void
careplan_episode_set_reason_new_episode (CareplanEpisode *self,
                                         const char      *code)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_REASON_NEW_EPISODE, code);
}

/**
 * careplan_episode_get_legal_status:
 * @self: an episode
 *
 * Gets the legal status (SSDA903 `LS`).
 *
 * Returns: (nullable): the code, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_legal_status (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->legal_status;
}

/**
 * careplan_episode_set_legal_status:
 * @self: an episode
 * @code: (nullable): the SSDA903 `LS` code
 *
 * Sets the legal status.
 *
 * Since: 0.1
 */
void
careplan_episode_set_legal_status (CareplanEpisode *self,
                                   const char      *code)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_LEGAL_STATUS, code);
}

/**
 * careplan_episode_get_category_of_need:
 * @self: an episode
 *
 * Gets the category of need (SSDA903 `CIN`).
 *
 * Returns: (nullable): the code, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_category_of_need (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->category_of_need;
}

/**
 * careplan_episode_set_category_of_need:
 * @self: an episode
 * @code: (nullable): the SSDA903 `CIN` code
 *
 * Sets the category of need.
 *
 * Since: 0.1
 */
void
careplan_episode_set_category_of_need (CareplanEpisode *self,
                                       const char      *code)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_CATEGORY_OF_NEED, code);
}

/**
 * careplan_episode_get_placement_type:
 * @self: an episode
 *
 * Gets the placement type (SSDA903 `PLACE`).
 *
 * Returns: (nullable): the code, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_placement_type (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->placement_type;
}

/**
 * careplan_episode_set_placement_type:
 * @self: an episode
 * @code: (nullable): the SSDA903 `PLACE` code
 *
 * Sets the placement type.
 *
 * Since: 0.1
 */
void
careplan_episode_set_placement_type (CareplanEpisode *self,
                                     const char      *code)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_PLACEMENT_TYPE, code);
}

/**
 * careplan_episode_get_placement_provider:
 * @self: an episode
 *
 * Gets the placement provider (SSDA903 `PLACE_PROVIDER`).
 *
 * Returns: (nullable): the code, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_placement_provider (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->placement_provider;
}

/**
 * careplan_episode_set_placement_provider:
 * @self: an episode
 * @code: (nullable): the SSDA903 `PLACE_PROVIDER` code
 *
 * Sets the placement provider.
 *
 * Since: 0.1
 */
void
careplan_episode_set_placement_provider (CareplanEpisode *self,
                                         const char      *code)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_PLACEMENT_PROVIDER, code);
}

/**
 * careplan_episode_get_reason_ended:
 * @self: an episode
 *
 * Gets the reason the episode ceased (SSDA903 `REC`).
 *
 * Returns: (nullable): the code, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_reason_ended (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->reason_ended;
}

/**
 * careplan_episode_set_reason_ended:
 * @self: an episode
 * @code: (nullable): the SSDA903 `REC` code
 *
 * Sets the reason the episode ceased.
 *
 * Since: 0.1
 */
void
careplan_episode_set_reason_ended (CareplanEpisode *self,
                                   const char      *code)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_REASON_ENDED, code);
}

/**
 * careplan_episode_get_reason_placement_change:
 * @self: an episode
 *
 * Gets the reason for the change of placement.
 *
 * Returns: (nullable): the code, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_reason_placement_change (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->reason_placement_change;
}

/**
 * careplan_episode_set_reason_placement_change:
 * @self: an episode
 * @code: (nullable): the reason code
 *
 * Sets the reason for the change of placement.
 *
 * Since: 0.1
 */
void
careplan_episode_set_reason_placement_change (CareplanEpisode *self,
                                              const char      *code)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_REASON_PLACEMENT_CHANGE, code);
}

/**
 * careplan_episode_get_home_postcode:
 * @self: an episode
 *
 * Gets the postcode of the child's home.
 *
 * Returns: (nullable): the postcode, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_home_postcode (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->home_postcode;
}

/**
 * careplan_episode_set_home_postcode:
 * @self: an episode
 * @postcode: (nullable): the postcode
 *
 * Sets the postcode of the child's home.
 *
 * Since: 0.1
 */
void
careplan_episode_set_home_postcode (CareplanEpisode *self,
                                    const char      *postcode)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_HOME_POSTCODE, postcode);
}

/**
 * careplan_episode_get_placement_postcode:
 * @self: an episode
 *
 * Gets the postcode of the placement.
 *
 * Returns: (nullable): the postcode, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_placement_postcode (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->placement_postcode;
}

/**
 * careplan_episode_set_placement_postcode:
 * @self: an episode
 * @postcode: (nullable): the postcode
 *
 * Sets the postcode of the placement.
 *
 * Since: 0.1
 */
void
careplan_episode_set_placement_postcode (CareplanEpisode *self,
                                         const char      *postcode)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_PLACEMENT_POSTCODE, postcode);
}

/**
 * careplan_episode_get_urn:
 * @self: an episode
 *
 * Gets the Ofsted unique reference number of the placement.
 *
 * Returns: (nullable): the URN, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_episode_get_urn (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->urn;
}

/**
 * careplan_episode_set_urn:
 * @self: an episode
 * @urn: (nullable): the URN
 *
 * Sets the Ofsted unique reference number of the placement.
 *
 * Since: 0.1
 */
void
careplan_episode_set_urn (CareplanEpisode *self,
                          const char      *urn)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  set_string (self, PROP_URN, urn);
}

/**
 * careplan_episode_get_long_term:
 * @self: an episode
 *
 * Gets whether the placement is agreed to last until the child is 18.
 *
 * Returns: the recorded value, or %CAREPLAN_TRISTATE_UNSET
 *
 * Since: 0.1
 */
CareplanTristate
careplan_episode_get_long_term (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), CAREPLAN_TRISTATE_UNSET);

  return self->long_term;
}

/**
 * careplan_episode_set_long_term:
 * @self: an episode
 * @long_term: whether the placement is agreed to last until 18
 *
 * Sets whether the placement is agreed to last until the child is 18.
 *
 * Since: 0.1
 */
void
careplan_episode_set_long_term (CareplanEpisode *self,
                                CareplanTristate long_term)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));
  g_return_if_fail (long_term <= CAREPLAN_TRISTATE_YES);

  if (self->long_term == long_term)
    return;

  self->long_term = long_term;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LONG_TERM]);
}

/**
 * careplan_episode_get_out_of_area:
 * @self: an episode
 *
 * Gets whether the placement is outside the authority's area.
 *
 * Returns: the recorded value, or %CAREPLAN_TRISTATE_UNSET
 *
 * Since: 0.1
 */
CareplanTristate
careplan_episode_get_out_of_area (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), CAREPLAN_TRISTATE_UNSET);

  return self->out_of_area;
}

/**
 * careplan_episode_set_out_of_area:
 * @self: an episode
 * @out_of_area: whether the placement is outside the authority's area
 *
 * Sets whether the placement is outside the authority's area.
 *
 * Since: 0.1
 */
void
careplan_episode_set_out_of_area (CareplanEpisode *self,
                                  CareplanTristate out_of_area)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));
  g_return_if_fail (out_of_area <= CAREPLAN_TRISTATE_YES);

  if (self->out_of_area == out_of_area)
    return;

  self->out_of_area = out_of_area;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUT_OF_AREA]);
}

/**
 * careplan_episode_get_at_distance:
 * @self: an episode
 *
 * Gets whether the placement is at a distance (see
 * [property@Careplan.Episode:at-distance]).
 *
 * Returns: the recorded value, or %CAREPLAN_TRISTATE_UNSET
 *
 * Since: 0.1
 */
CareplanTristate
careplan_episode_get_at_distance (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), CAREPLAN_TRISTATE_UNSET);

  return self->at_distance;
}

/**
 * careplan_episode_set_at_distance:
 * @self: an episode
 * @at_distance: whether the placement is at a distance
 *
 * Sets whether the placement is at a distance (see
 * [property@Careplan.Episode:at-distance]).
 *
 * Since: 0.1
 */
void
careplan_episode_set_at_distance (CareplanEpisode *self,
                                  CareplanTristate at_distance)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));
  g_return_if_fail (at_distance <= CAREPLAN_TRISTATE_YES);

  if (self->at_distance == at_distance)
    return;

  self->at_distance = at_distance;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_DISTANCE]);
}

/**
 * careplan_episode_starts_placement:
 * @self: an episode
 *
 * Whether the episode starts a new placement, that is a new carer: its
 * reason for a new episode is `S`, `P` or `B`. Episodes with `L`, `T` or
 * `U` continue the placement of the episode before them (same carer).
 *
 * An episode whose reason is not recorded is taken to start a placement:
 * placement obligations (a visit within a week, a placement plan) then
 * start rather than being silently missed.
 *
 * Returns: whether the episode starts a placement
 *
 * Since: 0.1
 */
gboolean
careplan_episode_starts_placement (CareplanEpisode *self)
{
  const char *rne;

  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), FALSE);

  rne = self->reason_new_episode;
  if (rne == NULL)
    return TRUE;

  return g_str_equal (rne, "S") || g_str_equal (rne, "P") || g_str_equal (rne, "B");
}

/**
 * careplan_episode_is_short_break:
 * @self: an episode
 *
 * Whether the episode is one of an agreed series of short breaks: its
 * legal status is `V3` or `V4` (CPPCR 2010 reg 48).
 *
 * Returns: whether the episode is a short break
 *
 * Since: 0.1
 */
gboolean
careplan_episode_is_short_break (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), FALSE);

  return g_strcmp0 (self->legal_status, "V3") == 0 ||
         g_strcmp0 (self->legal_status, "V4") == 0;
}

/* Positions and extras are for the reader and writer only: they are not
 * part of the public API, so they are plain functions without docs. */

void
careplan_episode_set_position (CareplanEpisode *self,
                               guint            line,
                               guint            column)
{
  g_return_if_fail (CAREPLAN_IS_EPISODE (self));

  self->position.line = line;
  self->position.column = column;
}

CareplanSourcePosition
careplan_episode_get_position (CareplanEpisode *self)
{
  CareplanSourcePosition none = { 0, 0 };

  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), none);

  return self->position;
}

JsonObject *
careplan_episode_get_extras (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  if (self->extras == NULL)
    self->extras = json_object_new ();

  return self->extras;
}

JsonObject *
careplan_episode_peek_extras (CareplanEpisode *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EPISODE (self), NULL);

  return self->extras;
}
