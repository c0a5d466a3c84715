/* careplan-child.c: a child's record
 *
 * The child owns its episodes and events in two list stores, in the order
 * of the record (that order is what a round trip writes back and what
 * problem paths such as `reviews[0]` count in).  Every derived view —
 * per-kind event lists, placements, periods of care — is built on demand
 * from a CareplanChildIndex, so nothing cached can go stale when the
 * record is edited.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-child.h"

#include "careplan-date.h"
#include "careplan-enum-types.h"
#include "careplan-model-private.h"
#include "careplan-error.h"
#include "careplan-object-list-private.h"

/**
 * CareplanChild:
 *
 * A child's record: identity, date of birth and flags, the child's
 * [class@Careplan.Episode]s of care (SSDA903-style rows) and dated
 * [class@Careplan.Event]s (reviews, visits, plans, …), and the
 * [class@Careplan.CareLeaver] part.
 *
 * The child derives read-only views from its episodes —
 * [class@Careplan.Placement]s and [class@Careplan.PeriodOfCare]s — and
 * checks itself with [method@Careplan.Child.validate], which reports
 * problems as data rather than failing.
 *
 * Since: 0.1
 */
struct _CareplanChild
{
  GObject parent_instance;

  char *id;
  CareplanDate date_of_birth;
  char *sex;
  char *upn;
  CareplanTristate uasc;
  CareplanTristate disabled;
  CareplanCareLeaver *care_leaver;
  CareplanObjectList *episodes;
  CareplanObjectList *events;

  char *source_file;
  CareplanSourcePosition position;
  JsonObject *extras;
};

G_DEFINE_FINAL_TYPE (CareplanChild, careplan_child, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DATE_OF_BIRTH,
  PROP_SEX,
  PROP_UPN,
  PROP_UASC,
  PROP_DISABLED,
  PROP_CARE_LEAVER,
  PROP_EPISODES,
  PROP_EVENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string (CareplanChild  *self,
            char          **field,
            const char     *value,
            guint           prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_tristate (CareplanChild    *self,
              CareplanTristate *field,
              CareplanTristate  value,
              guint             prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
careplan_child_dispose (GObject *object)
{
  CareplanChild *self = (CareplanChild *) object;

  g_clear_object (&self->care_leaver);
  g_clear_object (&self->episodes);
  g_clear_object (&self->events);

  G_OBJECT_CLASS (careplan_child_parent_class)->dispose (object);
}

static void
careplan_child_finalize (GObject *object)
{
  CareplanChild *self = (CareplanChild *) object;

  g_free (self->id);
  g_free (self->sex);
  g_free (self->upn);
  g_free (self->source_file);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (careplan_child_parent_class)->finalize (object);
}

static void
careplan_child_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CareplanChild *self = CAREPLAN_CHILD (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_DATE_OF_BIRTH:
      g_value_set_uint (value, self->date_of_birth);
      break;

    case PROP_SEX:
      g_value_set_string (value, self->sex);
      break;

    case PROP_UPN:
      g_value_set_string (value, self->upn);
      break;

    case PROP_UASC:
      g_value_set_enum (value, self->uasc);
      break;

    case PROP_DISABLED:
      g_value_set_enum (value, self->disabled);
      break;

    case PROP_CARE_LEAVER:
      g_value_set_object (value, self->care_leaver);
      break;

    case PROP_EPISODES:
      g_value_set_object (value, self->episodes);
      break;

    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_child_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CareplanChild *self = CAREPLAN_CHILD (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_DATE_OF_BIRTH:
      careplan_child_set_date_of_birth (self, g_value_get_uint (value));
      break;

    case PROP_SEX:
      careplan_child_set_sex (self, g_value_get_string (value));
      break;

    case PROP_UPN:
      careplan_child_set_upn (self, g_value_get_string (value));
      break;

    case PROP_UASC:
      careplan_child_set_uasc (self, g_value_get_enum (value));
      break;

    case PROP_DISABLED:
      careplan_child_set_disabled (self, g_value_get_enum (value));
      break;

    case PROP_CARE_LEAVER:
      careplan_child_set_care_leaver (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_child_class_init (CareplanChildClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = careplan_child_dispose;
  object_class->finalize = careplan_child_finalize;
  object_class->get_property = careplan_child_get_property;
  object_class->set_property = careplan_child_set_property;

  /**
   * CareplanChild:id:
   *
   * The child's id in the record (the SSDA903 `CHILD` id or a local one).
   * Fixed when the child is created.
   *
   * Since: 0.1
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanChild:date-of-birth:
   *
   * The child's date of birth, a [alias@Careplan.Date];
   * %CAREPLAN_DATE_NONE when not recorded.
   *
   * Since: 0.1
   */
  properties[PROP_DATE_OF_BIRTH] =
    g_param_spec_uint ("date-of-birth", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanChild:sex:
   *
   * The child's sex as recorded (SSDA903 `SEX`: `1` male, `2` female).
   *
   * Since: 0.1
   */
  properties[PROP_SEX] =
    g_param_spec_string ("sex", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanChild:upn:
   *
   * The child's unique pupil number.
   *
   * Since: 0.1
   */
  properties[PROP_UPN] =
    g_param_spec_string ("upn", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanChild:uasc:
   *
   * Whether the child is an unaccompanied asylum-seeking child.
   *
   * Since: 0.1
   */
  properties[PROP_UASC] =
    g_param_spec_enum ("uasc", NULL, NULL,
                       CAREPLAN_TYPE_TRISTATE, CAREPLAN_TRISTATE_UNSET,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanChild:disabled:
   *
   * Whether the child is disabled.
   *
   * Since: 0.1
   */
  properties[PROP_DISABLED] =
    g_param_spec_enum ("disabled", NULL, NULL,
                       CAREPLAN_TYPE_TRISTATE, CAREPLAN_TRISTATE_UNSET,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanChild:care-leaver:
   *
   * The care-leaver part of the record, or %NULL when there is none.
   *
   * Since: 0.1
   */
  properties[PROP_CARE_LEAVER] =
    g_param_spec_object ("care-leaver", NULL, NULL, CAREPLAN_TYPE_CARE_LEAVER,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanChild:episodes:
   *
   * The child's [class@Careplan.Episode]s, in the order of the record.
   *
   * Since: 0.1
   */
  properties[PROP_EPISODES] =
    g_param_spec_object ("episodes", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanChild:events:
   *
   * The child's [class@Careplan.Event]s of every kind, in the order they
   * were added.
   *
   * Since: 0.1
   */
  properties[PROP_EVENTS] =
    g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_child_init (CareplanChild *self)
{
  self->episodes = careplan_object_list_new (CAREPLAN_TYPE_EPISODE);
  self->events = careplan_object_list_new (CAREPLAN_TYPE_EVENT);
}

/**
 * careplan_child_new:
 * @id: the child's id
 *
 * Creates a child's record with nothing but an id.
 *
 * Returns: (transfer full): a new [class@Careplan.Child]
 *
 * Since: 0.1
 */
CareplanChild *
careplan_child_new (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CAREPLAN_TYPE_CHILD, "id", id, NULL);
}

gboolean
careplan_child_check_id (CareplanChild  *self,
                         GError        **error)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), FALSE);

  if (self->id == NULL || *self->id == '\0')
    {
      g_set_error_literal (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                           "child has no id (field 'id')");
      return FALSE;
    }

  return TRUE;
}

/**
 * careplan_child_get_id:
 * @self: a child
 *
 * Gets the child's id.
 *
 * Returns: the id
 *
 * Since: 0.1
 */
const char *
careplan_child_get_id (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  return self->id;
}

/**
 * careplan_child_get_date_of_birth:
 * @self: a child
 *
 * Gets the child's date of birth.
 *
 * Returns: the date of birth, or %CAREPLAN_DATE_NONE when not recorded
 *
 * Since: 0.1
 */
CareplanDate
careplan_child_get_date_of_birth (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), CAREPLAN_DATE_NONE);

  return self->date_of_birth;
}

/**
 * careplan_child_set_date_of_birth:
 * @self: a child
 * @date_of_birth: the date of birth, or %CAREPLAN_DATE_NONE
 *
 * Sets the child's date of birth.
 *
 * Since: 0.1
 */
void
careplan_child_set_date_of_birth (CareplanChild *self,
                                  CareplanDate   date_of_birth)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));

  if (self->date_of_birth == date_of_birth)
    return;

  self->date_of_birth = date_of_birth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_OF_BIRTH]);
}

/**
 * careplan_child_get_sex:
 * @self: a child
 *
 * Gets the child's sex as recorded.
 *
 * Returns: (nullable): the sex, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_child_get_sex (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  return self->sex;
}

/**
 * careplan_child_set_sex:
 * @self: a child
 * @sex: (nullable): the sex as recorded
 *
 * Sets the child's sex.
 *
 * Since: 0.1
 */
void
careplan_child_set_sex (CareplanChild *self,
                        const char    *sex)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));

  set_string (self, &self->sex, sex, PROP_SEX);
}

/**
 * careplan_child_get_upn:
 * @self: a child
 *
 * Gets the child's unique pupil number.
 *
 * Returns: (nullable): the UPN, or %NULL when not recorded
 *
 * Since: 0.1
 */
const char *
careplan_child_get_upn (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  return self->upn;
}

/**
 * careplan_child_set_upn:
 * @self: a child
 * @upn: (nullable): the UPN
 *
 * Sets the child's unique pupil number.
 *
 * Since: 0.1
 */
void
careplan_child_set_upn (CareplanChild *self,
                        const char    *upn)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));

  set_string (self, &self->upn, upn, PROP_UPN);
}

/**
 * careplan_child_get_uasc:
 * @self: a child
 *
 * Gets whether the child is an unaccompanied asylum-seeking child.
 *
 * Returns: the recorded value
 *
 * Since: 0.1
 */
CareplanTristate
careplan_child_get_uasc (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), CAREPLAN_TRISTATE_UNSET);

  return self->uasc;
}

/**
 * careplan_child_set_uasc:
 * @self: a child
 * @uasc: whether the child is an unaccompanied asylum-seeking child
 *
 * Sets whether the child is an unaccompanied asylum-seeking child.
 *
 * Since: 0.1
 */
void
careplan_child_set_uasc (CareplanChild    *self,
                         CareplanTristate  uasc)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));
  g_return_if_fail (uasc <= CAREPLAN_TRISTATE_YES);

  set_tristate (self, &self->uasc, uasc, PROP_UASC);
}

/**
 * careplan_child_get_disabled:
 * @self: a child
 *
 * Gets whether the child is disabled.
 *
 * Returns: the recorded value
 *
 * Since: 0.1
 */
CareplanTristate
careplan_child_get_disabled (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), CAREPLAN_TRISTATE_UNSET);

  return self->disabled;
}

/**
 * careplan_child_set_disabled:
 * @self: a child
 * @disabled: whether the child is disabled
 *
 * Sets whether the child is disabled.
 *
 * Since: 0.1
 */
void
careplan_child_set_disabled (CareplanChild    *self,
                             CareplanTristate  disabled)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));
  g_return_if_fail (disabled <= CAREPLAN_TRISTATE_YES);

  set_tristate (self, &self->disabled, disabled, PROP_DISABLED);
}

/**
 * careplan_child_get_care_leaver:
 * @self: a child
 *
 * Gets the care-leaver part of the record.
 *
 * Returns: (transfer none) (nullable): the care-leaver part, or %NULL
 *
 * Since: 0.1
 */
CareplanCareLeaver *
careplan_child_get_care_leaver (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  return self->care_leaver;
}

/**
 * careplan_child_set_care_leaver:
 * @self: a child
 * @care_leaver: (nullable): the care-leaver part
 *
 * Sets the care-leaver part of the record.
 *
 * Since: 0.1
 */
void
careplan_child_set_care_leaver (CareplanChild      *self,
                                CareplanCareLeaver *care_leaver)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));
  g_return_if_fail (care_leaver == NULL || CAREPLAN_IS_CARE_LEAVER (care_leaver));

  if (g_set_object (&self->care_leaver, care_leaver))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CARE_LEAVER]);
}

/**
 * careplan_child_get_episodes:
 * @self: a child
 *
 * Gets the child's episodes, in the order of the record.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of
 *   [class@Careplan.Episode]
 *
 * Since: 0.1
 */
GListModel *
careplan_child_get_episodes (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  return G_LIST_MODEL (self->episodes);
}

/**
 * careplan_child_add_episode:
 * @self: a child
 * @episode: an episode
 *
 * Appends @episode to the child's episodes. The child keeps a reference.
 *
 * Since: 0.1
 */
void
careplan_child_add_episode (CareplanChild   *self,
                            CareplanEpisode *episode)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));
  g_return_if_fail (CAREPLAN_IS_EPISODE (episode));

  careplan_object_list_append (self->episodes, episode);
}

/**
 * careplan_child_get_events:
 * @self: a child
 *
 * Gets the child's events of every kind, in the order they were added.
 *
 * Returns: (transfer none): a [iface@Gio.ListModel] of
 *   [class@Careplan.Event]
 *
 * Since: 0.1
 */
GListModel *
careplan_child_get_events (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  return G_LIST_MODEL (self->events);
}

/**
 * careplan_child_add_event:
 * @self: a child
 * @event: an event
 *
 * Appends @event to the child's events. The child keeps a reference.
 *
 * Since: 0.1
 */
void
careplan_child_add_event (CareplanChild *self,
                          CareplanEvent *event)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));
  g_return_if_fail (CAREPLAN_IS_EVENT (event));

  careplan_object_list_append (self->events, event);
}

static gint
compare_event_dates (gconstpointer a,
                     gconstpointer b)
{
  CareplanDate da = careplan_event_get_date (*(CareplanEvent * const *) a);
  CareplanDate db = careplan_event_get_date (*(CareplanEvent * const *) b);

  return (da > db) - (da < db);
}

/**
 * careplan_child_dup_events_of_kind:
 * @self: a child
 * @kind: an event kind
 *
 * Gets the child's events of @kind, in order of date. Events on the same
 * date keep the order of the record, and events without a date come
 * first.
 *
 * Returns: (transfer full): a new [iface@Gio.ListModel] of
 *   [class@Careplan.Event]
 *
 * Since: 0.1
 */
GListModel *
careplan_child_dup_events_of_kind (CareplanChild     *self,
                                   CareplanEventKind  kind)
{
  g_autoptr(GPtrArray) matches = NULL;
  GObject * const *events;
  GListStore *store;
  guint n_events;
  guint i;

  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);
  g_return_val_if_fail ((guint) kind < CAREPLAN_EVENT_N_KINDS, NULL);

  events = careplan_object_list_peek (self->events, &n_events);
  matches = g_ptr_array_new_with_free_func (g_object_unref);

  for (i = 0; i < n_events; i++)
    {
      CareplanEvent *event = CAREPLAN_EVENT (events[i]);

      if (careplan_event_get_kind (event) == kind)
        g_ptr_array_add (matches, g_object_ref (event));
    }

  /* g_ptr_array_sort() is a stable merge sort since GLib 2.32. */
  g_ptr_array_sort (matches, compare_event_dates);

  store = g_list_store_new (CAREPLAN_TYPE_EVENT);
  g_list_store_splice (store, 0, 0, matches->pdata, matches->len);

  return G_LIST_MODEL (store);
}

static GListStore *
placements_from_index (const CareplanChildIndex *index)
{
  GListStore *store = g_list_store_new (CAREPLAN_TYPE_PLACEMENT);
  guint i;

  for (i = 0; i < index->placements->len; i++)
    {
      const CareplanPlacementSpan *span =
        &g_array_index (index->placements, CareplanPlacementSpan, i);
      g_autoptr(CareplanPlacement) placement = careplan_placement_new_from_span (span);

      g_list_store_append (store, placement);
    }

  return store;
}

/**
 * careplan_child_dup_placements:
 * @self: a child
 *
 * Derives the child's placements from its episodes (see
 * [class@Careplan.Placement]), in order of start, across all periods of
 * care. Everything recorded is seen: no as-of date applies.
 *
 * Returns: (transfer full): a new [iface@Gio.ListModel] of
 *   [class@Careplan.Placement]
 *
 * Since: 0.1
 */
GListModel *
careplan_child_dup_placements (CareplanChild *self)
{
  g_autoptr(CareplanChildIndex) index = NULL;

  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  index = careplan_child_index_new (self, CAREPLAN_DATE_NONE);

  return G_LIST_MODEL (placements_from_index (index));
}

/**
 * careplan_child_dup_periods_of_care:
 * @self: a child
 *
 * Derives the child's periods of care from its episodes (see
 * [class@Careplan.PeriodOfCare]), in order of start. Everything recorded
 * is seen: no as-of date applies.
 *
 * Returns: (transfer full): a new [iface@Gio.ListModel] of
 *   [class@Careplan.PeriodOfCare]
 *
 * Since: 0.1
 */
GListModel *
careplan_child_dup_periods_of_care (CareplanChild *self)
{
  g_autoptr(CareplanChildIndex) index = NULL;
  g_autoptr(GListStore) placements = NULL;
  GListStore *periods;
  guint i;

  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  index = careplan_child_index_new (self, CAREPLAN_DATE_NONE);
  placements = placements_from_index (index);
  periods = g_list_store_new (CAREPLAN_TYPE_PERIOD_OF_CARE);

  for (i = 0; i < index->periods->len; i++)
    {
      const CareplanPeriodSpan *span = &g_array_index (index->periods, CareplanPeriodSpan, i);
      g_autoptr(CareplanPeriodOfCare) period =
        careplan_period_of_care_new_from_span (span, G_LIST_MODEL (placements));

      g_list_store_append (periods, period);
    }

  return G_LIST_MODEL (periods);
}

/**
 * careplan_child_get_age_on:
 * @self: a child
 * @date: a date
 *
 * Gets the child's age in whole years on @date. A child born on
 * 29 February reaches each new age on 1 March in common years
 * (%CAREPLAN_LEAP_DAY_POLICY_MARCH_1, the reading of the Family Law
 * Reform Act 1969 s9); use [func@Careplan.date_get_age_on] for the other
 * policy.
 *
 * Returns: the age in years, or -1 when the date of birth is not
 *   recorded, @date is %CAREPLAN_DATE_NONE or @date is before the birth
 *
 * Since: 0.1
 */
int
careplan_child_get_age_on (CareplanChild *self,
                           CareplanDate   date)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), -1);

  if (self->date_of_birth == CAREPLAN_DATE_NONE || date == CAREPLAN_DATE_NONE ||
      date < self->date_of_birth)
    return -1;

  return careplan_date_get_age_on (self->date_of_birth, date, CAREPLAN_LEAP_DAY_POLICY_MARCH_1);
}

/* Source file, position and extras serve the reader, the writer and
 * validation; they are not public API. */

void
careplan_child_set_source_file (CareplanChild *self,
                                const char    *file)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));

  if (self->source_file != file)
    {
      g_free (self->source_file);
      self->source_file = g_strdup (file);
    }
}

const char *
careplan_child_get_source_file (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  return self->source_file;
}

void
careplan_child_set_position (CareplanChild *self,
                             guint          line,
                             guint          column)
{
  g_return_if_fail (CAREPLAN_IS_CHILD (self));

  self->position.line = line;
  self->position.column = column;
}

CareplanSourcePosition
careplan_child_get_position (CareplanChild *self)
{
  CareplanSourcePosition none = { 0, 0 };

  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), none);

  return self->position;
}

JsonObject *
careplan_child_get_extras (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  if (self->extras == NULL)
    self->extras = json_object_new ();

  return self->extras;
}

JsonObject *
careplan_child_peek_extras (CareplanChild *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  return self->extras;
}
