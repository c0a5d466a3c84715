/* careplan-event.c: one dated event of a child's record
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-event.h"

#include <string.h>

#include "careplan-enum-types.h"
#include "careplan-model-private.h"

/**
 * CareplanEvent:
 *
 * One dated event of a child's record: a review held, a visit made, a
 * plan written, a missing episode, and so on. The
 * [property@Careplan.Event:kind] says which, and which of the other
 * fields mean something (see [enum@Careplan.EventKind]): one small type
 * serves every list of the record, so that the rules treat them alike.
 *
 * Facts that only one or two kinds record (the date a return interview
 * took place, the SSDA903 outcome codes, …) are named fields, set and
 * read with [method@Careplan.Event.set_date_field],
 * [method@Careplan.Event.set_text_field] and their getters; the docs of
 * each [enum@Careplan.EventKind] name them.
 *
 * Since: 0.1
 */
struct _CareplanEvent
{
  GObject parent_instance;

  CareplanEventKind kind;
  CareplanDate date;
  CareplanDate end;
  char *detail;
  CareplanTristate flag;
  int score;
  CareplanDate extended_to;
  CareplanDate approved;

  /* EventField, sorted by name: a handful at most, so a sorted array
   * with binary search beats a hash table in time and memory. */
  GArray *fields;

  CareplanSourcePosition position;
  JsonObject *extras;
};

/* A named field holds a date or a text, never both. */
typedef struct
{
  char         *name;
  CareplanDate  date;
  char         *text;
} EventField;

G_DEFINE_FINAL_TYPE (CareplanEvent, careplan_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_DATE,
  PROP_END,
  PROP_SCORE,
  PROP_EXTENDED_TO,
  PROP_APPROVED,
  PROP_SEEN_ALONE,
  PROP_RETURN_INTERVIEW_OFFERED,
  PROP_PARTICIPATION,
  PROP_NOT_SEEN_ALONE_REASON,
  PROP_SUB_KIND,
  PROP_PLAN,
  PROP_RECIPIENT,
  PROP_APPROVER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The facts of each kind of event, indexed by CareplanEventKind (the
 * order is the enum's): its stable name; where it sits in the careplan
 * JSON record (its list, whether that list is inside the `care_leaver`
 * object, and the key of its required date); and its words in a sentence.
 * The one table the model's validation, the record reader and writer, the
 * policy reader and the rules' sentences all read. */
const CareplanEventKindInfo careplan_event_kind_infos[CAREPLAN_EVENT_N_KINDS] = {
  [CAREPLAN_EVENT_KIND_CARE_PLAN] = { "care-plan", "care_plans", FALSE, "date", "care plan" },
  [CAREPLAN_EVENT_KIND_PLACEMENT_PLAN] = { "placement-plan", "placement_plans", FALSE, "date", "placement plan" },
  [CAREPLAN_EVENT_KIND_REVIEW] = { "review", "reviews", FALSE, "date", "review" },
  [CAREPLAN_EVENT_KIND_VISIT] = { "visit", "visits", FALSE, "date", "visit" },
  [CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT] = { "health-assessment", "health_assessments", FALSE, "date", "health assessment" },
  [CAREPLAN_EVENT_KIND_DENTAL_CHECK] = { "dental-check", "dental_checks", FALSE, "date", "dental check" },
  [CAREPLAN_EVENT_KIND_SDQ] = { "sdq", "sdq", FALSE, "date", "SDQ" },
  [CAREPLAN_EVENT_KIND_EDUCATION_PLAN] = { "education-plan", "education_plans", FALSE, "date", "education plan" },
  [CAREPLAN_EVENT_KIND_PERMANENCE_PLAN] = { "permanence-plan", "permanence_plans", FALSE, "date", "permanence plan" },
  [CAREPLAN_EVENT_KIND_LIFE_STORY_WORK] = { "life-story-work", "life_story_work", FALSE, "date", "life story work" },
  [CAREPLAN_EVENT_KIND_MISSING_EPISODE] = { "missing-episode", "missing_episodes", FALSE, "start", "missing episode" },
  [CAREPLAN_EVENT_KIND_CARER_APPROVAL] = { "carer-approval", "carer_approvals", FALSE, "start", "carer approval" },
  [CAREPLAN_EVENT_KIND_PATHWAY_PLAN] = { "pathway-plan", "pathway_plans", TRUE, "date", "pathway plan" },
  [CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT] = { "care-leaver-contact", "contacts", TRUE, "date", "contact with the care leaver" },
  [CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION] = { "placement-notification", "placement_notifications", FALSE, "date", "placement notification" },
  [CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL] = { "placement-approval", "placement_approvals", FALSE, "date", "placement approval" },
  [CAREPLAN_EVENT_KIND_IRO_APPOINTMENT] = { "iro-appointment", "iro_appointments", FALSE, "date", "IRO appointment" },
  [CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT] = { "visit-frequency-agreement", "visit_frequency_agreements", FALSE, "date", "visit frequency agreement" },
  [CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT] = { "parent-assessment", "placement_with_parent_assessments", FALSE, "start", "parent assessment" },
  [CAREPLAN_EVENT_KIND_DETENTION] = { "detention", "detentions", FALSE, "start", "detention" },
  [CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS] = { "court-proceedings", "court_proceedings", FALSE, "issued", "court proceedings" },
  [CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY] = { "adoption-ceremony", "adoption_ceremonies", FALSE, "date", "adoption ceremony" },
  [CAREPLAN_EVENT_KIND_LATER_LIFE_LETTER] = { "later-life-letter", "later_life_letters", FALSE, "date", "later life letter" },
  [CAREPLAN_EVENT_KIND_PA_VISIT] = { "pa-visit", "pa_visits", TRUE, "date", "personal adviser visit" },
  [CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES] = { "annual-outcomes", "outcomes", FALSE, "date", "annual outcomes (OC2)" },
  [CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES] = { "care-leaver-outcomes", "outcomes", TRUE, "date", "care leaver's outcomes (OC3)" },
  [CAREPLAN_EVENT_KIND_ADOPTION_DECISION] = { "adoption-decision", "adoption_decisions", FALSE, "date", "adoption decision" },
  [CAREPLAN_EVENT_KIND_PLACED_FOR_ADOPTION] = { "placed-for-adoption", "placed_for_adoption", FALSE, "date", "placement for adoption" },
  [CAREPLAN_EVENT_KIND_SOCIAL_WORKER_EPISODE] = { "social-worker-episode", "social_worker_episodes", FALSE, "start", "social worker episode" },
  [CAREPLAN_EVENT_KIND_DEPRIVATION_OF_LIBERTY] = { "deprivation-of-liberty", "deprivation_of_liberty_orders", FALSE, "start", "deprivation of liberty order" },
  [CAREPLAN_EVENT_KIND_SUSPENSION] = { "suspension", "suspensions", FALSE, "date", "suspension" },
};

/* Which typed property holds the event's code (the `detail` slot) and its
 * yes/no fact (the `flag` slot), by kind; PROP_0 for none. Each kind has
 * at most one of each, so one slot of each serves every kind, and the
 * typed properties are views of it that only their kinds can set. */
static guint
detail_prop_of_kind (CareplanEventKind kind)
{
  switch (kind)
    {
    case CAREPLAN_EVENT_KIND_REVIEW:
      return PROP_PARTICIPATION;
    case CAREPLAN_EVENT_KIND_VISIT:
      return PROP_NOT_SEEN_ALONE_REASON;
    case CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT:
    case CAREPLAN_EVENT_KIND_EDUCATION_PLAN:
    case CAREPLAN_EVENT_KIND_LIFE_STORY_WORK:
    case CAREPLAN_EVENT_KIND_MISSING_EPISODE:
    case CAREPLAN_EVENT_KIND_CARER_APPROVAL:
      return PROP_SUB_KIND;
    case CAREPLAN_EVENT_KIND_PERMANENCE_PLAN:
      return PROP_PLAN;
    case CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION:
      return PROP_RECIPIENT;
    case CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL:
      return PROP_APPROVER;
    default:
      return PROP_0;
    }
}

static guint
flag_prop_of_kind (CareplanEventKind kind)
{
  switch (kind)
    {
    case CAREPLAN_EVENT_KIND_VISIT:
      return PROP_SEEN_ALONE;
    case CAREPLAN_EVENT_KIND_MISSING_EPISODE:
      return PROP_RETURN_INTERVIEW_OFFERED;
    default:
      return PROP_0;
    }
}

static void
event_field_clear (gpointer data)
{
  EventField *field = data;

  g_free (field->name);
  g_free (field->text);
}

/* Field names are record keys: plain ASCII, so that they can be written
 * to JSON and compared byte by byte. */
static gboolean
is_field_name (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return FALSE;
  return TRUE;
}

/* The index of the field called @name, or where it would go (with
 * *found FALSE). */
static guint
find_field (CareplanEvent *self,
            const char    *name,
            gboolean      *found)
{
  guint low = 0;
  guint high = self->fields != NULL ? self->fields->len : 0;

  *found = FALSE;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int order = strcmp (g_array_index (self->fields, EventField, middle).name, name);

      if (order == 0)
        {
          *found = TRUE;
          return middle;
        }
      if (order < 0)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

static const EventField *
lookup_field (CareplanEvent *self,
              const char    *name)
{
  gboolean found;
  guint index = find_field (self, name, &found);

  return found ? &g_array_index (self->fields, EventField, index) : NULL;
}

/* Sets (or, with no date and no text, removes) the field @name. */
static void
store_field (CareplanEvent *self,
             const char    *name,
             CareplanDate   date,
             const char    *text)
{
  gboolean found;
  guint index = find_field (self, name, &found);

  if (found)
    {
      EventField *field = &g_array_index (self->fields, EventField, index);

      if (date == CAREPLAN_DATE_NONE && text == NULL)
        {
          g_array_remove_index (self->fields, index);
          return;
        }
      field->date = date;
      g_free (field->text);
      field->text = g_strdup (text);
    }
  else if (date != CAREPLAN_DATE_NONE || text != NULL)
    {
      EventField field = { g_strdup (name), date, g_strdup (text) };

      if (self->fields == NULL)
        {
          self->fields = g_array_new (FALSE, FALSE, sizeof (EventField));
          g_array_set_clear_func (self->fields, event_field_clear);
        }
      g_array_insert_val (self->fields, index, field);
    }
}

static void
set_date_field (CareplanEvent *self,
                CareplanDate  *field,
                CareplanDate   value,
                guint          prop_id)
{
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_typed_detail (CareplanEvent *self,
                  guint          prop_id,
                  const char    *value)
{
  g_return_if_fail (detail_prop_of_kind (self->kind) == prop_id);

  careplan_event_set_detail (self, value);
}

static void
set_typed_flag (CareplanEvent    *self,
                guint             prop_id,
                CareplanTristate  value)
{
  g_return_if_fail (flag_prop_of_kind (self->kind) == prop_id);

  careplan_event_set_flag (self, value);
}

static const char *
get_typed_detail (CareplanEvent *self,
                  guint          prop_id)
{
  return detail_prop_of_kind (self->kind) == prop_id ? self->detail : NULL;
}

static CareplanTristate
get_typed_flag (CareplanEvent *self,
                guint          prop_id)
{
  return flag_prop_of_kind (self->kind) == prop_id ? self->flag : CAREPLAN_TRISTATE_UNSET;
}

static void
careplan_event_finalize (GObject *object)
{
  CareplanEvent *self = (CareplanEvent *) object;

  g_free (self->detail);
  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->extras, json_object_unref);

  G_OBJECT_CLASS (careplan_event_parent_class)->finalize (object);
}

static void
careplan_event_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CareplanEvent *self = CAREPLAN_EVENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_DATE:
      g_value_set_uint (value, self->date);
      break;

    case PROP_END:
      g_value_set_uint (value, self->end);
      break;

    case PROP_SCORE:
      g_value_set_int (value, self->score);
      break;

    case PROP_EXTENDED_TO:
      g_value_set_uint (value, self->extended_to);
      break;

    case PROP_APPROVED:
      g_value_set_uint (value, self->approved);
      break;

    case PROP_SEEN_ALONE:
    case PROP_RETURN_INTERVIEW_OFFERED:
      g_value_set_enum (value, flag_prop_of_kind (self->kind) == prop_id
                               ? self->flag : CAREPLAN_TRISTATE_UNSET);
      break;

    case PROP_PARTICIPATION:
    case PROP_NOT_SEEN_ALONE_REASON:
    case PROP_SUB_KIND:
    case PROP_PLAN:
    case PROP_RECIPIENT:
    case PROP_APPROVER:
      g_value_set_string (value, detail_prop_of_kind (self->kind) == prop_id
                                 ? self->detail : NULL);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_event_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CareplanEvent *self = CAREPLAN_EVENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_DATE:
      careplan_event_set_date (self, g_value_get_uint (value));
      break;

    case PROP_END:
      careplan_event_set_end (self, g_value_get_uint (value));
      break;

    case PROP_SCORE:
      careplan_event_set_score (self, g_value_get_int (value));
      break;

    case PROP_EXTENDED_TO:
      careplan_event_set_extended_to (self, g_value_get_uint (value));
      break;

    case PROP_APPROVED:
      careplan_event_set_approved (self, g_value_get_uint (value));
      break;

    case PROP_SEEN_ALONE:
    case PROP_RETURN_INTERVIEW_OFFERED:
      set_typed_flag (self, prop_id, g_value_get_enum (value));
      break;

    case PROP_PARTICIPATION:
    case PROP_NOT_SEEN_ALONE_REASON:
    case PROP_SUB_KIND:
    case PROP_PLAN:
    case PROP_RECIPIENT:
    case PROP_APPROVER:
      set_typed_detail (self, prop_id, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_event_class_init (CareplanEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_event_finalize;
  object_class->get_property = careplan_event_get_property;
  object_class->set_property = careplan_event_set_property;

  /**
   * CareplanEvent:kind:
   *
   * What kind of event this is. Fixed when the event is created.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CAREPLAN_TYPE_EVENT_KIND, CAREPLAN_EVENT_KIND_CARE_PLAN,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanEvent:date:
   *
   * The date of the event, a [alias@Careplan.Date] (for the kinds that
   * last, such as missing episodes and carer approvals, their start; for
   * court proceedings, the date they were issued); %CAREPLAN_DATE_NONE
   * when not recorded.
   *
   * Since: 0.1
   */
  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:end:
   *
   * The end of an event that lasts, a [alias@Careplan.Date]: a missing
   * episode, a detention, a deprivation-of-liberty order, a social worker
   * episode or a placement for adoption; the completion of a parent
   * assessment; the final order of court proceedings.
   * %CAREPLAN_DATE_NONE when not recorded or not meaningful for the kind.
   *
   * Since: 0.1
   */
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:score:
   *
   * The score of a strengths and difficulties questionnaire, or
   * %CAREPLAN_EVENT_NO_SCORE when none is recorded.
   *
   * Since: 0.1
   */
  properties[PROP_SCORE] =
    g_param_spec_int ("score", NULL, NULL,
                      G_MININT, G_MAXINT, CAREPLAN_EVENT_NO_SCORE,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:extended-to:
   *
   * The date a temporary carer approval was extended to (CPPCR 2010
   * reg 25), or care proceedings were extended to beyond 26 weeks, a
   * [alias@Careplan.Date]; %CAREPLAN_DATE_NONE when not extended.
   *
   * Since: 0.1
   */
  properties[PROP_EXTENDED_TO] =
    g_param_spec_uint ("extended-to", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:approved:
   *
   * The date a temporarily approved carer was fully approved as a foster
   * carer, or of the decision on a placement with a parent (CPPCR 2010
   * reg 19), a [alias@Careplan.Date]; %CAREPLAN_DATE_NONE when not (yet)
   * approved or decided.
   *
   * Since: 0.1
   */
  properties[PROP_APPROVED] =
    g_param_spec_uint ("approved", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:seen-alone: (getter get_seen_alone) (setter set_seen_alone)
   *
   * Whether the child was seen alone on a visit (CPPCR 2010 reg 29): a
   * [enum@Careplan.Tristate], %CAREPLAN_TRISTATE_UNSET when not
   * recorded. Only visits have it (the record's `seen_alone`).
   *
   * Since: 0.1
   */
  properties[PROP_SEEN_ALONE] =
    g_param_spec_enum ("seen-alone", NULL, NULL,
                       CAREPLAN_TYPE_TRISTATE, CAREPLAN_TRISTATE_UNSET,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:return-interview-offered: (getter get_return_interview_offered) (setter set_return_interview_offered)
   *
   * Whether a return home interview was offered after a missing episode:
   * a [enum@Careplan.Tristate], %CAREPLAN_TRISTATE_UNSET when not
   * recorded. Only missing episodes have it (the record's
   * `return_interview_offered`).
   *
   * Since: 0.1
   */
  properties[PROP_RETURN_INTERVIEW_OFFERED] =
    g_param_spec_enum ("return-interview-offered", NULL, NULL,
                       CAREPLAN_TYPE_TRISTATE, CAREPLAN_TRISTATE_UNSET,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:participation: (getter get_participation) (setter set_participation)
   *
   * How the child took part in a review, an SSDA903 participation code
   * (`PN0` to `PN7`); %NULL when not recorded. Only reviews have it.
   *
   * Since: 0.1
   */
  properties[PROP_PARTICIPATION] =
    g_param_spec_string ("participation", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:not-seen-alone-reason: (getter get_not_seen_alone_reason) (setter set_not_seen_alone_reason)
   *
   * Why the child was not seen alone on a visit, as recorded; %NULL when
   * not recorded. Only visits have it.
   *
   * Since: 0.1
   */
  properties[PROP_NOT_SEEN_ALONE_REASON] =
    g_param_spec_string ("not-seen-alone-reason", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:sub-kind: (getter get_sub_kind) (setter set_sub_kind)
   *
   * The record's `kind` member of an event: `initial` or `review` for a
   * health assessment or an education plan, `started` or `completed` for
   * life-story work, `M` (missing) or `A` (away without authorisation)
   * for a missing episode, `temporary-connected-person` for a carer
   * approval; %NULL when not recorded or for other kinds.
   *
   * Since: 0.1
   */
  properties[PROP_SUB_KIND] =
    g_param_spec_string ("sub-kind", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:plan: (getter get_plan) (setter set_plan)
   *
   * The plan of a permanence plan (`adoption`, `long-term-fostering`, …);
   * %NULL when not recorded. Only permanence plans have it.
   *
   * Since: 0.1
   */
  properties[PROP_PLAN] =
    g_param_spec_string ("plan", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:recipient: (getter get_recipient) (setter set_recipient)
   *
   * Who a placement notification went to (CPPCR 2010 reg 13):
   * `required-persons` or `area-authority`; %NULL when not recorded. Only
   * placement notifications have it.
   *
   * Since: 0.1
   */
  properties[PROP_RECIPIENT] =
    g_param_spec_string ("recipient", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  /**
   * CareplanEvent:approver: (getter get_approver) (setter set_approver)
   *
   * Who approved a placement (CPPCR 2010 reg 11): `nominated-officer` or
   * `director`; %NULL when not recorded. Only placement approvals have it.
   *
   * Since: 0.1
   */
  properties[PROP_APPROVER] =
    g_param_spec_string ("approver", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_event_init (CareplanEvent *self)
{
  self->score = CAREPLAN_EVENT_NO_SCORE;
}

/**
 * careplan_event_new:
 * @kind: what kind of event
 * @date: its date, or %CAREPLAN_DATE_NONE
 *
 * Creates an event of @kind on @date.
 *
 * Returns: (transfer full): a new [class@Careplan.Event]
 *
 * Since: 0.1
 */
CareplanEvent *
careplan_event_new (CareplanEventKind kind,
                    CareplanDate      date)
{
  g_return_val_if_fail ((guint) kind < CAREPLAN_EVENT_N_KINDS, NULL);

  return g_object_new (CAREPLAN_TYPE_EVENT,
                       "kind", kind,
                       "date", (guint) date,
                       NULL);
}

CareplanEvent *
careplan_event_new_of_kind (CareplanEventKind kind)
{
  CareplanEvent *self;

  g_return_val_if_fail ((guint) kind < CAREPLAN_EVENT_N_KINDS, NULL);

  /* No properties by name: g_object_new()'s look-up of each is most of
   * the cost of making an event. */
  self = g_object_new (CAREPLAN_TYPE_EVENT, NULL);
  self->kind = kind;
  self->date = CAREPLAN_DATE_NONE;
  return self;
}

/**
 * careplan_event_get_kind:
 * @self: an event
 *
 * Gets what kind of event @self is.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
CareplanEventKind
careplan_event_get_kind (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_EVENT_KIND_CARE_PLAN);

  return self->kind;
}

/**
 * careplan_event_kind_to_string:
 * @kind: an event kind
 *
 * Gets a stable name for @kind, used in findings (the anchor kind) and
 * messages: the name of the record's list in the singular, with dashes
 * (`care-plan`, `review`, `visit`, `sdq`, `care-leaver-contact`, …).
 *
 * Returns: (nullable): the name, or %NULL if @kind is not a kind
 *
 * Since: 0.1
 */
const char *
careplan_event_kind_to_string (CareplanEventKind kind)
{
  g_return_val_if_fail ((guint) kind < CAREPLAN_EVENT_N_KINDS, NULL);

  return careplan_event_kind_infos[kind].name;
}

/**
 * careplan_event_get_date:
 * @self: an event
 *
 * Gets the date of the event.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE when not recorded
 *
 * Since: 0.1
 */
CareplanDate
careplan_event_get_date (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_DATE_NONE);

  return self->date;
}

/**
 * careplan_event_set_date:
 * @self: an event
 * @date: the date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date of the event.
 *
 * Since: 0.1
 */
void
careplan_event_set_date (CareplanEvent *self,
                         CareplanDate   date)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_date_field (self, &self->date, date, PROP_DATE);
}

/**
 * careplan_event_get_end:
 * @self: an event
 *
 * Gets the end of an event that lasts (see [property@Careplan.Event:end]).
 *
 * Returns: the end date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_event_get_end (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_DATE_NONE);

  return self->end;
}

/**
 * careplan_event_set_end:
 * @self: an event
 * @end: the end date, or %CAREPLAN_DATE_NONE
 *
 * Sets the end of an event that lasts (see [property@Careplan.Event:end]).
 *
 * Since: 0.1
 */
void
careplan_event_set_end (CareplanEvent *self,
                        CareplanDate   end)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_date_field (self, &self->end, end, PROP_END);
}

/**
 * careplan_event_get_seen_alone:
 * @self: an event
 *
 * Gets whether the child was seen alone on a visit (see [property@Careplan.Event:seen-alone]).
 *
 * Returns: %CAREPLAN_TRISTATE_YES, %CAREPLAN_TRISTATE_NO, or
 *   %CAREPLAN_TRISTATE_UNSET when not recorded or when @self is not
 *   a visit
 *
 * Since: 0.1
 */
CareplanTristate
careplan_event_get_seen_alone (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_TRISTATE_UNSET);

  return get_typed_flag (self, PROP_SEEN_ALONE);
}

/**
 * careplan_event_set_seen_alone:
 * @self: an event: a visit
 * @value: %CAREPLAN_TRISTATE_YES, %CAREPLAN_TRISTATE_NO or
 *   %CAREPLAN_TRISTATE_UNSET (not recorded)
 *
 * Sets whether the child was seen alone on a visit (see [property@Careplan.Event:seen-alone]).
 *
 * Since: 0.1
 */
void
careplan_event_set_seen_alone (CareplanEvent    *self,
                                   CareplanTristate  value)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));
  g_return_if_fail (value <= CAREPLAN_TRISTATE_YES);

  set_typed_flag (self, PROP_SEEN_ALONE, value);
}

/**
 * careplan_event_get_return_interview_offered:
 * @self: an event
 *
 * Gets whether a return interview was offered after a missing episode (see [property@Careplan.Event:return-interview-offered]).
 *
 * Returns: %CAREPLAN_TRISTATE_YES, %CAREPLAN_TRISTATE_NO, or
 *   %CAREPLAN_TRISTATE_UNSET when not recorded or when @self is not
 *   a missing episode
 *
 * Since: 0.1
 */
CareplanTristate
careplan_event_get_return_interview_offered (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_TRISTATE_UNSET);

  return get_typed_flag (self, PROP_RETURN_INTERVIEW_OFFERED);
}

/**
 * careplan_event_set_return_interview_offered:
 * @self: an event: a missing episode
 * @value: %CAREPLAN_TRISTATE_YES, %CAREPLAN_TRISTATE_NO or
 *   %CAREPLAN_TRISTATE_UNSET (not recorded)
 *
 * Sets whether a return interview was offered after a missing episode (see [property@Careplan.Event:return-interview-offered]).
 *
 * Since: 0.1
 */
void
careplan_event_set_return_interview_offered (CareplanEvent    *self,
                                                 CareplanTristate  value)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));
  g_return_if_fail (value <= CAREPLAN_TRISTATE_YES);

  set_typed_flag (self, PROP_RETURN_INTERVIEW_OFFERED, value);
}

/**
 * careplan_event_get_participation:
 * @self: an event
 *
 * Gets how the child took part in a review (see [property@Careplan.Event:participation]).
 *
 * Returns: (nullable): the value, or %NULL when not recorded or when
 *   @self is not a review
 *
 * Since: 0.1
 */
const char *
careplan_event_get_participation (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  return get_typed_detail (self, PROP_PARTICIPATION);
}

/**
 * careplan_event_set_participation:
 * @self: an event: a review
 * @value: (nullable): the value, or %NULL for "not recorded"
 *
 * Sets how the child took part in a review (see [property@Careplan.Event:participation]).
 *
 * Since: 0.1
 */
void
careplan_event_set_participation (CareplanEvent *self,
                                      const char    *value)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_typed_detail (self, PROP_PARTICIPATION, value);
}

/**
 * careplan_event_get_not_seen_alone_reason:
 * @self: an event
 *
 * Gets why the child was not seen alone on a visit (see [property@Careplan.Event:not-seen-alone-reason]).
 *
 * Returns: (nullable): the value, or %NULL when not recorded or when
 *   @self is not a visit
 *
 * Since: 0.1
 */
const char *
careplan_event_get_not_seen_alone_reason (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  return get_typed_detail (self, PROP_NOT_SEEN_ALONE_REASON);
}

/**
 * careplan_event_set_not_seen_alone_reason:
 * @self: an event: a visit
 * @value: (nullable): the value, or %NULL for "not recorded"
 *
 * Sets why the child was not seen alone on a visit (see [property@Careplan.Event:not-seen-alone-reason]).
 *
 * Since: 0.1
 */
void
careplan_event_set_not_seen_alone_reason (CareplanEvent *self,
                                              const char    *value)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_typed_detail (self, PROP_NOT_SEEN_ALONE_REASON, value);
}

/**
 * careplan_event_get_sub_kind:
 * @self: an event
 *
 * Gets the record's `kind` member of the event (see [property@Careplan.Event:sub-kind]).
 *
 * Returns: (nullable): the value, or %NULL when not recorded or when
 *   @self is not a health assessment, an education plan, life-story work, a missing episode or a carer approval
 *
 * Since: 0.1
 */
const char *
careplan_event_get_sub_kind (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  return get_typed_detail (self, PROP_SUB_KIND);
}

/**
 * careplan_event_set_sub_kind:
 * @self: an event: a health assessment, an education plan, life-story work, a missing episode or a carer approval
 * @value: (nullable): the value, or %NULL for "not recorded"
 *
 * Sets the record's `kind` member of the event (see [property@Careplan.Event:sub-kind]).
 *
 * Since: 0.1
 */
void
careplan_event_set_sub_kind (CareplanEvent *self,
                                 const char    *value)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_typed_detail (self, PROP_SUB_KIND, value);
}

/**
 * careplan_event_get_plan:
 * @self: an event
 *
 * Gets the plan of a permanence plan (see [property@Careplan.Event:plan]).
 *
 * Returns: (nullable): the value, or %NULL when not recorded or when
 *   @self is not a permanence plan
 *
 * Since: 0.1
 */
const char *
careplan_event_get_plan (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  return get_typed_detail (self, PROP_PLAN);
}

/**
 * careplan_event_set_plan:
 * @self: an event: a permanence plan
 * @value: (nullable): the value, or %NULL for "not recorded"
 *
 * Sets the plan of a permanence plan (see [property@Careplan.Event:plan]).
 *
 * Since: 0.1
 */
void
careplan_event_set_plan (CareplanEvent *self,
                             const char    *value)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_typed_detail (self, PROP_PLAN, value);
}

/**
 * careplan_event_get_recipient:
 * @self: an event
 *
 * Gets who a placement notification went to (see [property@Careplan.Event:recipient]).
 *
 * Returns: (nullable): the value, or %NULL when not recorded or when
 *   @self is not a placement notification
 *
 * Since: 0.1
 */
const char *
careplan_event_get_recipient (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  return get_typed_detail (self, PROP_RECIPIENT);
}

/**
 * careplan_event_set_recipient:
 * @self: an event: a placement notification
 * @value: (nullable): the value, or %NULL for "not recorded"
 *
 * Sets who a placement notification went to (see [property@Careplan.Event:recipient]).
 *
 * Since: 0.1
 */
void
careplan_event_set_recipient (CareplanEvent *self,
                                  const char    *value)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_typed_detail (self, PROP_RECIPIENT, value);
}

/**
 * careplan_event_get_approver:
 * @self: an event
 *
 * Gets who approved a placement (see [property@Careplan.Event:approver]).
 *
 * Returns: (nullable): the value, or %NULL when not recorded or when
 *   @self is not a placement approval
 *
 * Since: 0.1
 */
const char *
careplan_event_get_approver (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  return get_typed_detail (self, PROP_APPROVER);
}

/**
 * careplan_event_set_approver:
 * @self: an event: a placement approval
 * @value: (nullable): the value, or %NULL for "not recorded"
 *
 * Sets who approved a placement (see [property@Careplan.Event:approver]).
 *
 * Since: 0.1
 */
void
careplan_event_set_approver (CareplanEvent *self,
                                 const char    *value)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_typed_detail (self, PROP_APPROVER, value);
}

/**
 * careplan_event_get_score:
 * @self: an event
 *
 * Gets the score of a strengths and difficulties questionnaire.
 *
 * Returns: the score, or %CAREPLAN_EVENT_NO_SCORE
 *
 * Since: 0.1
 */
int
careplan_event_get_score (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_EVENT_NO_SCORE);

  return self->score;
}

/**
 * careplan_event_set_score:
 * @self: an event
 * @score: the score, or %CAREPLAN_EVENT_NO_SCORE
 *
 * Sets the score of a strengths and difficulties questionnaire.
 *
 * Since: 0.1
 */
void
careplan_event_set_score (CareplanEvent *self,
                          int            score)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  if (self->score == score)
    return;

  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCORE]);
}

/**
 * careplan_event_get_extended_to:
 * @self: an event
 *
 * Gets the date a temporary carer approval was extended to.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_event_get_extended_to (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_DATE_NONE);

  return self->extended_to;
}

/**
 * careplan_event_set_extended_to:
 * @self: an event
 * @extended_to: the date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date a temporary carer approval was extended to.
 *
 * Since: 0.1
 */
void
careplan_event_set_extended_to (CareplanEvent *self,
                                CareplanDate   extended_to)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_date_field (self, &self->extended_to, extended_to, PROP_EXTENDED_TO);
}

/**
 * careplan_event_get_approved:
 * @self: an event
 *
 * Gets the date a temporarily approved carer was fully approved.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE
 *
 * Since: 0.1
 */
CareplanDate
careplan_event_get_approved (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_DATE_NONE);

  return self->approved;
}

/**
 * careplan_event_set_approved:
 * @self: an event
 * @approved: the date, or %CAREPLAN_DATE_NONE
 *
 * Sets the date a temporarily approved carer was fully approved.
 *
 * Since: 0.1
 */
void
careplan_event_set_approved (CareplanEvent *self,
                             CareplanDate   approved)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  set_date_field (self, &self->approved, approved, PROP_APPROVED);
}

/**
 * careplan_event_get_date_field:
 * @self: an event
 * @name: the field's name, a record key such as `return_interview`
 *
 * Gets the named date field @name (see [enum@Careplan.EventKind] for the
 * fields of each kind).
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE when @self has no date
 *   field @name (a text field of that name gives %CAREPLAN_DATE_NONE too)
 *
 * Since: 0.1
 */
CareplanDate
careplan_event_get_date_field (CareplanEvent *self,
                               const char    *name)
{
  const EventField *field;

  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_DATE_NONE);
  g_return_val_if_fail (name != NULL, CAREPLAN_DATE_NONE);

  field = lookup_field (self, name);

  return field != NULL ? field->date : CAREPLAN_DATE_NONE;
}

/**
 * careplan_event_set_date_field:
 * @self: an event
 * @name: the field's name: ASCII letters, digits, `_` and `-`
 * @date: the date, or %CAREPLAN_DATE_NONE to remove the field
 *
 * Sets the named date field @name, replacing any date or text field of
 * that name.
 *
 * Since: 0.1
 */
void
careplan_event_set_date_field (CareplanEvent *self,
                               const char    *name,
                               CareplanDate   date)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));
  g_return_if_fail (is_field_name (name));

  store_field (self, name, date, NULL);
}

/**
 * careplan_event_get_text_field:
 * @self: an event
 * @name: the field's name, a record key such as `sdq_reason`
 *
 * Gets the named text field @name (see [enum@Careplan.EventKind] for the
 * fields of each kind).
 *
 * Returns: (nullable): the text, or %NULL when @self has no text field
 *   @name (a date field of that name gives %NULL too)
 *
 * Since: 0.1
 */
const char *
careplan_event_get_text_field (CareplanEvent *self,
                               const char    *name)
{
  const EventField *field;

  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  field = lookup_field (self, name);

  return field != NULL ? field->text : NULL;
}

/**
 * careplan_event_set_text_field:
 * @self: an event
 * @name: the field's name: ASCII letters, digits, `_` and `-`
 * @value: (nullable): the text, or %NULL to remove the field
 *
 * Sets the named text field @name, replacing any date or text field of
 * that name.
 *
 * Since: 0.1
 */
void
careplan_event_set_text_field (CareplanEvent *self,
                               const char    *name,
                               const char    *value)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));
  g_return_if_fail (is_field_name (name));

  store_field (self, name, CAREPLAN_DATE_NONE, value);
}

/**
 * careplan_event_dup_field_names:
 * @self: an event
 *
 * Gets the names of the named date and text fields that @self holds,
 * sorted in byte order (so that the order does not depend on the order
 * in which they were set).
 *
 * Returns: (transfer full) (array zero-terminated=1): the names, an
 *   empty array when there are none
 *
 * Since: 0.1
 */
char **
careplan_event_dup_field_names (CareplanEvent *self)
{
  guint n;
  char **names;

  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  n = self->fields != NULL ? self->fields->len : 0;
  names = g_new (char *, n + 1);
  for (guint i = 0; i < n; i++)
    names[i] = g_strdup (g_array_index (self->fields, EventField, i).name);
  names[n] = NULL;

  return names;
}

/**
 * careplan_event_get_detail: (skip)
 * @self: an event
 *
 * Gets the event's code, whatever its kind: the value of the typed
 * property of its kind ([property@Careplan.Event:participation],
 * [property@Careplan.Event:sub-kind], [property@Careplan.Event:plan], …).
 * For the readers and writers that treat every kind alike; not for
 * bindings, which use the typed properties.
 *
 * Returns: (nullable): the code, or %NULL when not recorded
 *
 * Since: 0.1
 *
 * Deprecated: 0.1: Use the typed property of the event's kind.
 */
const char *
careplan_event_get_detail (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  return self->detail;
}

/**
 * careplan_event_set_detail: (skip)
 * @self: an event
 * @detail: (nullable): the code
 *
 * Sets the event's code, whatever its kind (see
 * [method@Careplan.Event.get_detail]).
 *
 * Since: 0.1
 *
 * Deprecated: 0.1: Use the typed property of the event's kind.
 */
void
careplan_event_set_detail (CareplanEvent *self,
                           const char    *detail)
{
  guint prop_id;

  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  if (g_strcmp0 (self->detail, detail) == 0)
    return;

  g_free (self->detail);
  self->detail = g_strdup (detail);
  prop_id = detail_prop_of_kind (self->kind);
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/**
 * careplan_event_get_flag: (skip)
 * @self: an event
 *
 * Gets the event's yes/no fact, whatever its kind: the value of
 * [property@Careplan.Event:seen-alone] for a visit,
 * [property@Careplan.Event:return-interview-offered] for a missing
 * episode. Not for bindings, where a boolean passed as a
 * [enum@Careplan.Tristate] would mean something else.
 *
 * Returns: the yes/no fact
 *
 * Since: 0.1
 *
 * Deprecated: 0.1: Use the typed property of the event's kind.
 */
CareplanTristate
careplan_event_get_flag (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), CAREPLAN_TRISTATE_UNSET);

  return self->flag;
}

/**
 * careplan_event_set_flag: (skip)
 * @self: an event
 * @flag: the yes/no fact
 *
 * Sets the event's yes/no fact, whatever its kind (see
 * [method@Careplan.Event.get_flag]).
 *
 * Since: 0.1
 *
 * Deprecated: 0.1: Use the typed property of the event's kind.
 */
void
careplan_event_set_flag (CareplanEvent    *self,
                         CareplanTristate  flag)
{
  guint prop_id;

  g_return_if_fail (CAREPLAN_IS_EVENT (self));
  g_return_if_fail (flag <= CAREPLAN_TRISTATE_YES);

  if (self->flag == flag)
    return;

  self->flag = flag;
  prop_id = flag_prop_of_kind (self->kind);
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Positions and extras serve the reader and writer only. */

void
careplan_event_set_position (CareplanEvent *self,
                             guint          line,
                             guint          column)
{
  g_return_if_fail (CAREPLAN_IS_EVENT (self));

  self->position.line = line;
  self->position.column = column;
}

CareplanSourcePosition
careplan_event_get_position (CareplanEvent *self)
{
  CareplanSourcePosition none = { 0, 0 };

  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), none);

  return self->position;
}

JsonObject *
careplan_event_get_extras (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  if (self->extras == NULL)
    self->extras = json_object_new ();

  return self->extras;
}

JsonObject *
careplan_event_peek_extras (CareplanEvent *self)
{
  g_return_val_if_fail (CAREPLAN_IS_EVENT (self), NULL);

  return self->extras;
}
