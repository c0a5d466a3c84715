/* careplan-care-leaver.c: the care-leaver part of a record
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-care-leaver.h"

#include "careplan-model-private.h"

/**
 * CareplanCareLeaver:
 *
 * The dates of a record's `care_leaver` object: the needs assessment,
 * the personal adviser, staying put, accommodation provided by the
 * authority, a former relevant child's request for support and a
 * declined adviser. Its pathway plans, contacts, personal adviser visits
 * and outcomes are [class@Careplan.Event]s of the child (kinds
 * %CAREPLAN_EVENT_KIND_PATHWAY_PLAN,
 * %CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, %CAREPLAN_EVENT_KIND_PA_VISIT
 * and %CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES), so that the rules find
 * every dated event in one place.
 *
 * Since: 0.1
 */
struct _CareplanCareLeaver
{
  GObject parent_instance;

  CareplanDate needs_assessment;
  CareplanDate personal_adviser_from;
  CareplanDate staying_put_from;
  CareplanDate accommodation_from;
  CareplanDate support_requested;
  CareplanDate adviser_declined;

  JsonObject *extras;
};

G_DEFINE_FINAL_TYPE (CareplanCareLeaver, careplan_care_leaver, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NEEDS_ASSESSMENT,
  PROP_PERSONAL_ADVISER_FROM,
  PROP_STAYING_PUT_FROM,
  PROP_ACCOMMODATION_FROM,
  PROP_SUPPORT_REQUESTED,
  PROP_ADVISER_DECLINED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static CareplanDate *
date_field (CareplanCareLeaver *self,
            guint               prop_id)
{
  switch (prop_id)
    {
    case PROP_NEEDS_ASSESSMENT: return &self->needs_assessment;
    case PROP_PERSONAL_ADVISER_FROM: return &self->personal_adviser_from;
    case PROP_STAYING_PUT_FROM: return &self->staying_put_from;
    case PROP_ACCOMMODATION_FROM: return &self->accommodation_from;
    case PROP_SUPPORT_REQUESTED: return &self->support_requested;
    case PROP_ADVISER_DECLINED: return &self->adviser_declined;
    default: g_assert_not_reached ();
    }
}

static void
set_date (CareplanCareLeaver *self,
          guint               prop_id,
          CareplanDate        value)
{
  CareplanDate *field = date_field (self, prop_id);

  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
careplan_care_leaver_finalize (GObject *object)
{
  CareplanCareLeaver *self = (CareplanCareLeaver *) object;

  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (careplan_care_leaver_parent_class)->finalize (object);
}

static void
careplan_care_leaver_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CareplanCareLeaver *self = CAREPLAN_CARE_LEAVER (object);

  switch (prop_id)
    {
    case PROP_NEEDS_ASSESSMENT:
    case PROP_PERSONAL_ADVISER_FROM:
    case PROP_STAYING_PUT_FROM:
    case PROP_ACCOMMODATION_FROM:
    case PROP_SUPPORT_REQUESTED:
    case PROP_ADVISER_DECLINED:
      g_value_set_uint (value, *date_field (self, prop_id));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_care_leaver_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CareplanCareLeaver *self = CAREPLAN_CARE_LEAVER (object);

  switch (prop_id)
    {
    case PROP_NEEDS_ASSESSMENT:
    case PROP_PERSONAL_ADVISER_FROM:
    case PROP_STAYING_PUT_FROM:
    case PROP_ACCOMMODATION_FROM:
    case PROP_SUPPORT_REQUESTED:
    case PROP_ADVISER_DECLINED:
      set_date (self, prop_id, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_care_leaver_class_init (CareplanCareLeaverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_care_leaver_finalize;
  object_class->get_property = careplan_care_leaver_get_property;
  object_class->set_property = careplan_care_leaver_set_property;

  /**
   * CareplanCareLeaver:needs-assessment:
   *
   * The date of the needs assessment of an eligible child (CPPCR 2010
   * reg 42), a [alias@Careplan.Date]; %CAREPLAN_DATE_NONE when not
   * recorded.
   *
   * Since: 0.1
   */
  properties[PROP_NEEDS_ASSESSMENT] =
    g_param_spec_uint ("needs-assessment", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanCareLeaver:personal-adviser-from:
   *
   * The date a personal adviser was appointed, a [alias@Careplan.Date];
   * %CAREPLAN_DATE_NONE when not recorded.
   *
   * Since: 0.1
   */
  properties[PROP_PERSONAL_ADVISER_FROM] =
    g_param_spec_uint ("personal-adviser-from", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanCareLeaver:staying-put-from:
   *
   * The date a staying-put arrangement began (Children Act 1989
   * s23CZA), a [alias@Careplan.Date]; %CAREPLAN_DATE_NONE when not
   * recorded.
   *
   * Since: 0.1
   */
  properties[PROP_STAYING_PUT_FROM] =
    g_param_spec_uint ("staying-put-from", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanCareLeaver:accommodation-from:
   *
   * The date the authority began to provide or arrange the care
   * leaver's accommodation under Children Act 1989 s23B or s24B, which
   * starts the personal adviser's visits there (Care Leavers (England)
   * Regulations 2010 reg 8(2)), a [alias@Careplan.Date]; %CAREPLAN_DATE_NONE when not
   * recorded.
   *
   * Since: 0.1
   */
  properties[PROP_ACCOMMODATION_FROM] =
    g_param_spec_uint ("accommodation-from", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanCareLeaver:support-requested:
   *
   * The date a former relevant child aged 21 to 24 asked the authority
   * for support (Children Act 1989 s23CZB), a [alias@Careplan.Date];
   * %CAREPLAN_DATE_NONE when not recorded.
   *
   * Since: 0.1
   */
  properties[PROP_SUPPORT_REQUESTED] =
    g_param_spec_uint ("support-requested", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanCareLeaver:adviser-declined:
   *
   * The date the care leaver said they did not want a personal adviser,
   * a [alias@Careplan.Date]; %CAREPLAN_DATE_NONE when not recorded. A
   * former relevant child who says so ends the duty to provide one
   * (Children Act 1989 s23CZB(3)(b)), so the rules need the date rather
   * than an absence of contacts.
   *
   * Since: 0.1
   */
  properties[PROP_ADVISER_DECLINED] =
    g_param_spec_uint ("adviser-declined", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_care_leaver_init (CareplanCareLeaver *self)
{
}

/**
 * careplan_care_leaver_new:
 *
 * Creates a care-leaver part with nothing recorded.
 *
 * Returns: (transfer full): a new [class@Careplan.CareLeaver]
 *
 * Since: 0.1
 */
CareplanCareLeaver *
careplan_care_leaver_new (void)
{
  return g_object_new (CAREPLAN_TYPE_CARE_LEAVER, NULL);
}

/**
 * careplan_care_leaver_get_needs_assessment:
 * @self: a care-leaver part
 *
 * Gets the date of the needs assessment.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_care_leaver_get_needs_assessment (CareplanCareLeaver *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CARE_LEAVER (self), CAREPLAN_DATE_NONE);

  return self->needs_assessment;
}

/**
 * careplan_care_leaver_set_needs_assessment:
 * @self: a care-leaver part
 * @date: the date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date of the needs assessment.
 *
 * Since: 0.1
 */
void
careplan_care_leaver_set_needs_assessment (CareplanCareLeaver *self,
                                           CareplanDate        date)
{
  g_return_if_fail (CAREPLAN_IS_CARE_LEAVER (self));

  set_date (self, PROP_NEEDS_ASSESSMENT, date);
}

/**
 * careplan_care_leaver_get_personal_adviser_from:
 * @self: a care-leaver part
 *
 * Gets the date a personal adviser was appointed.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_care_leaver_get_personal_adviser_from (CareplanCareLeaver *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CARE_LEAVER (self), CAREPLAN_DATE_NONE);

  return self->personal_adviser_from;
}

/**
 * careplan_care_leaver_set_personal_adviser_from:
 * @self: a care-leaver part
 * @date: the date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date a personal adviser was appointed.
 *
 * Since: 0.1
 */
void
careplan_care_leaver_set_personal_adviser_from (CareplanCareLeaver *self,
                                                CareplanDate        date)
{
  g_return_if_fail (CAREPLAN_IS_CARE_LEAVER (self));

  set_date (self, PROP_PERSONAL_ADVISER_FROM, date);
}

/**
 * careplan_care_leaver_get_staying_put_from:
 * @self: a care-leaver part
 *
 * Gets the date a staying-put arrangement began.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_care_leaver_get_staying_put_from (CareplanCareLeaver *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CARE_LEAVER (self), CAREPLAN_DATE_NONE);

  return self->staying_put_from;
}

/**
 * careplan_care_leaver_set_staying_put_from:
 * @self: a care-leaver part
 * @date: the date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date a staying-put arrangement began.
 *
 * Since: 0.1
 */
void
careplan_care_leaver_set_staying_put_from (CareplanCareLeaver *self,
                                           CareplanDate        date)
{
  g_return_if_fail (CAREPLAN_IS_CARE_LEAVER (self));

  set_date (self, PROP_STAYING_PUT_FROM, date);
}

/**
 * careplan_care_leaver_get_accommodation_from:
 * @self: a care-leaver part
 *
 * Gets the date the authority began to provide the care leaver's accommodation (see [property@Careplan.CareLeaver:accommodation-from]).
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_care_leaver_get_accommodation_from (CareplanCareLeaver *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CARE_LEAVER (self), CAREPLAN_DATE_NONE);

  return self->accommodation_from;
}

/**
 * careplan_care_leaver_set_accommodation_from:
 * @self: a care-leaver part
 * @date: the date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date the authority began to provide the care leaver's accommodation.
 *
 * Since: 0.1
 */
void
careplan_care_leaver_set_accommodation_from (CareplanCareLeaver *self,
                                            CareplanDate        date)
{
  g_return_if_fail (CAREPLAN_IS_CARE_LEAVER (self));

  set_date (self, PROP_ACCOMMODATION_FROM, date);
}

/**
 * careplan_care_leaver_get_support_requested:
 * @self: a care-leaver part
 *
 * Gets the date a former relevant child asked for support (see [property@Careplan.CareLeaver:support-requested]).
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_care_leaver_get_support_requested (CareplanCareLeaver *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CARE_LEAVER (self), CAREPLAN_DATE_NONE);

  return self->support_requested;
}

/**
 * careplan_care_leaver_set_support_requested:
 * @self: a care-leaver part
 * @date: the date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date a former relevant child asked for support.
 *
 * Since: 0.1
 */
void
careplan_care_leaver_set_support_requested (CareplanCareLeaver *self,
                                           CareplanDate        date)
{
  g_return_if_fail (CAREPLAN_IS_CARE_LEAVER (self));

  set_date (self, PROP_SUPPORT_REQUESTED, date);
}

/**
 * careplan_care_leaver_get_adviser_declined:
 * @self: a care-leaver part
 *
 * Gets the date the care leaver declined a personal adviser (see [property@Careplan.CareLeaver:adviser-declined]).
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_care_leaver_get_adviser_declined (CareplanCareLeaver *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CARE_LEAVER (self), CAREPLAN_DATE_NONE);

  return self->adviser_declined;
}

/**
 * careplan_care_leaver_set_adviser_declined:
 * @self: a care-leaver part
 * @date: the date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date the care leaver declined a personal adviser.
 *
 * Since: 0.1
 */
void
careplan_care_leaver_set_adviser_declined (CareplanCareLeaver *self,
                                          CareplanDate        date)
{
  g_return_if_fail (CAREPLAN_IS_CARE_LEAVER (self));

  set_date (self, PROP_ADVISER_DECLINED, date);
}

/* Extras serve the reader and writer only. */

JsonObject *
careplan_care_leaver_get_extras (CareplanCareLeaver *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CARE_LEAVER (self), NULL);

  if (self->extras == NULL)
    self->extras = json_object_new ();

  return self->extras;
}

JsonObject *
careplan_care_leaver_peek_extras (CareplanCareLeaver *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CARE_LEAVER (self), NULL);

  return self->extras;
}
