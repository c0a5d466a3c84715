/* careplan-finding.c: what one rule says about one child
 *
 * Findings are values: rules add them to a CareplanFindingArray
 * (careplan-finding-private.h), which makes them through
 * careplan_finding_new_take() or _new_parts(), and nothing changes them
 * afterwards, so they may be handed between
 * threads and kept after the child they describe is gone (they copy the
 * child id rather than holding the child).
 *
 * A finding's sentence is usually kept as its parts (texts, dates,
 * numbers: see CareplanMessage) and written the first time it is asked
 * for: most findings are counted, filtered, or written by a writer that
 * appends the sentence straight into its buffer. The written sentence is
 * cached with an atomic compare-and-exchange, so findings stay safe to
 * read from several threads at once.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-finding.h"

#include "careplan-enum-types.h"
#include "careplan-rule-private.h"

/**
 * CareplanFinding:
 *
 * The verdict of one [class@Careplan.Rule] on one obligation of one child,
 * judged at an as-of date by a [class@Careplan.Engine].
 *
 * A finding names the child and the rule, gives a
 * [enum@Careplan.FindingStatus], the anchor that started the clock (its
 * kind — `became-looked-after`, `review`, `placement-start`, `visit` — and
 * date), the due date (the last compliant day), the date the obligation
 * was done, how many days late it was or is, and one sentence saying all
 * of this with the numbers used. The citation is the rule's.
 *
 * Findings are read-only; only rules make them.
 *
 * Since: 0.1
 */
struct _CareplanFinding
{
  GObject                parent_instance;

  char                  *child_id;
  CareplanRule          *rule;
  CareplanFindingStatus  status;
  char                  *anchor_kind;
  CareplanDate           anchor_date;
  CareplanDate           due;
  CareplanDate           done;
  int                    days_late;
  char                  *message;  /* written; set once, atomically */
  CareplanMessageParts  *parts;    /* or NULL when made with a message;
                                    * when set, it holds child_id and
                                    * anchor_kind too */
};

G_DEFINE_FINAL_TYPE (CareplanFinding, careplan_finding, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CHILD_ID,
  PROP_RULE,
  PROP_RULE_ID,
  PROP_STATUS,
  PROP_ANCHOR_KIND,
  PROP_ANCHOR_DATE,
  PROP_DUE,
  PROP_DONE,
  PROP_DAYS_LATE,
  PROP_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_names[] = {
  [CAREPLAN_FINDING_STATUS_MET] = "met",
  [CAREPLAN_FINDING_STATUS_MET_LATE] = "met-late",
  [CAREPLAN_FINDING_STATUS_DUE] = "due",
  [CAREPLAN_FINDING_STATUS_OVERDUE] = "overdue",
  [CAREPLAN_FINDING_STATUS_NOT_APPLICABLE] = "not-applicable",
  [CAREPLAN_FINDING_STATUS_UNKNOWN] = "unknown",
};

static void
careplan_finding_finalize (GObject *object)
{
  CareplanFinding *self = CAREPLAN_FINDING (object);

  if (self->parts == NULL)
    {
      g_clear_pointer (&self->child_id, g_free);
      g_clear_pointer (&self->anchor_kind, g_free);
    }
  g_clear_object (&self->rule);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->parts, g_free);

  G_OBJECT_CLASS (careplan_finding_parent_class)->finalize (object);
}

static void
careplan_finding_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CareplanFinding *self = CAREPLAN_FINDING (object);

  switch (prop_id)
    {
    case PROP_CHILD_ID:
      g_value_set_string (value, self->child_id);
      break;
    case PROP_RULE:
      g_value_set_object (value, self->rule);
      break;
    case PROP_RULE_ID:
      g_value_set_string (value, careplan_rule_get_id (self->rule));
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;
    case PROP_ANCHOR_KIND:
      g_value_set_string (value, self->anchor_kind);
      break;
    case PROP_ANCHOR_DATE:
      g_value_set_uint (value, self->anchor_date);
      break;
    case PROP_DUE:
      g_value_set_uint (value, self->due);
      break;
    case PROP_DONE:
      g_value_set_uint (value, self->done);
      break;
    case PROP_DAYS_LATE:
      g_value_set_int (value, self->days_late);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, careplan_finding_get_message (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_finding_class_init (CareplanFindingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_finding_finalize;
  object_class->get_property = careplan_finding_get_property;

  /**
   * CareplanFinding:child-id: (getter get_child_id)
   *
   * The id of the child the finding is about.
   *
   * Since: 0.1
   */
  properties[PROP_CHILD_ID] =
    g_param_spec_string ("child-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFinding:rule: (getter get_rule)
   *
   * The rule that made the finding; its citation is the finding's.
   *
   * Since: 0.1
   */
  properties[PROP_RULE] =
    g_param_spec_object ("rule", NULL, NULL,
                         CAREPLAN_TYPE_RULE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFinding:rule-id: (getter get_rule_id)
   *
   * The id of the rule that made the finding.
   *
   * Since: 0.1
   */
  properties[PROP_RULE_ID] =
    g_param_spec_string ("rule-id", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFinding:status: (getter get_status)
   *
   * The verdict.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CAREPLAN_TYPE_FINDING_STATUS,
                       CAREPLAN_FINDING_STATUS_UNKNOWN,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFinding:anchor-kind: (getter get_anchor_kind)
   *
   * What started the clock: `became-looked-after` (the start of a period
   * of care), `review` (the previous review), `placement-start` or `visit`
   * (the previous visit).
   *
   * Since: 0.1
   */
  properties[PROP_ANCHOR_KIND] =
    g_param_spec_string ("anchor-kind", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFinding:anchor-date: (getter get_anchor_date)
   *
   * The date of the anchor.
   *
   * Since: 0.1
   */
  properties[PROP_ANCHOR_DATE] =
    g_param_spec_uint ("anchor-date", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFinding:due: (getter get_due)
   *
   * The last compliant date, or %CAREPLAN_DATE_NONE when there is none
   * (`not-applicable`, `unknown`).
   *
   * Since: 0.1
   */
  properties[PROP_DUE] =
    g_param_spec_uint ("due", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFinding:done: (getter get_done)
   *
   * The date of the event that satisfied the obligation, or
   * %CAREPLAN_DATE_NONE.
   *
   * Since: 0.1
   */
  properties[PROP_DONE] =
    g_param_spec_uint ("done", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFinding:days-late: (getter get_days_late)
   *
   * Calendar days after the due date: for `met-late`, to the date it was
   * done; for `overdue`, to the as-of date or to the end of the placement
   * or period of care, whichever is earlier. Otherwise
   * %CAREPLAN_FINDING_NO_DAYS_LATE.
   *
   * Since: 0.1
   */
  properties[PROP_DAYS_LATE] =
    g_param_spec_int ("days-late", NULL, NULL,
                      CAREPLAN_FINDING_NO_DAYS_LATE, G_MAXINT, CAREPLAN_FINDING_NO_DAYS_LATE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFinding:message: (getter get_message)
   *
   * One sentence saying the finding with the numbers used, such as
   * `first review due 2025-01-22: 20 working days after becoming looked
   * after on 2024-12-20; held 2025-01-22`.
   *
   * Since: 0.1
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_finding_init (CareplanFinding *self)
{
  self->status = CAREPLAN_FINDING_STATUS_UNKNOWN;
  self->days_late = CAREPLAN_FINDING_NO_DAYS_LATE;
}

/*
 * careplan_finding_new_take:
 * @message: (transfer full): the finding's sentence
 *
 * Builds a finding. Only rules call this; the values are checked for
 * the contract of docs/rules.md (days_late only on met-late and overdue).
 *
 * Returns: (transfer full): the finding
 */
CareplanFinding *
careplan_finding_new_take (CareplanRule          *rule,
                           const char            *child_id,
                           CareplanFindingStatus  status,
                           const char            *anchor_kind,
                           CareplanDate           anchor_date,
                           CareplanDate           due,
                           CareplanDate           done,
                           int                    days_late,
                           char                  *message)
{
  CareplanFinding *self;

  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), NULL);
  g_return_val_if_fail (child_id != NULL, NULL);
  g_return_val_if_fail ((guint) status <= CAREPLAN_FINDING_STATUS_UNKNOWN, NULL);
  g_return_val_if_fail (anchor_kind != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);
  g_return_val_if_fail ((status == CAREPLAN_FINDING_STATUS_MET_LATE ||
                         status == CAREPLAN_FINDING_STATUS_OVERDUE) ==
                        (days_late != CAREPLAN_FINDING_NO_DAYS_LATE), NULL);

  self = g_object_new (CAREPLAN_TYPE_FINDING, NULL);
  self->rule = g_object_ref (rule);
  self->child_id = g_strdup (child_id);
  self->status = status;
  self->anchor_kind = g_strdup (anchor_kind);
  self->anchor_date = anchor_date;
  self->due = due;
  self->done = done;
  self->days_late = days_late;
  self->message = message;

  return self;
}

gsize
careplan_message_parts_size (const CareplanMessage *message)
{
  return sizeof (CareplanMessageParts) + message->n_parts * sizeof (CareplanMessagePart) +
         message->text_len;
}

void
careplan_message_parts_write (const CareplanMessage *message,
                              CareplanMessageParts  *block)
{
  char *text = (char *) &block->parts[message->n_parts];
  gsize offset = 0;
  guint i;

  block->n_parts = message->n_parts;
  block->text_len = (guint32) message->text_len;
  for (i = 0; i < message->n_parts; i++)
    {
      const CareplanMessagePart *from = &message->parts[i];
      CareplanMessagePart *to = &block->parts[i];

      *to = *from;
      if (from->kind == CAREPLAN_MESSAGE_PART_TEXT)
        {
          memcpy (text + offset, from->text, from->len);
          to->offset = offset;
          offset += from->len;
        }
    }
}

/* One block of @size bytes for a message's parts, then copies of
 * @child_id and @anchor_kind (returned in *@child_id_copy and
 * *@anchor_kind_copy). */
static CareplanMessageParts *
message_parts_alloc (gsize        size,
                     const char  *child_id,
                     const char  *anchor_kind,
                     char       **child_id_copy,
                     char       **anchor_kind_copy)
{
  gsize child_id_len = strlen (child_id) + 1;
  gsize anchor_kind_len = strlen (anchor_kind) + 1;
  CareplanMessageParts *block = g_malloc (size + child_id_len + anchor_kind_len);
  char *end = (char *) block + size;

  *child_id_copy = memcpy (end, child_id, child_id_len);
  *anchor_kind_copy = memcpy (end + child_id_len, anchor_kind, anchor_kind_len);

  return block;
}

/* g_string_append_len() without its general insertion path: most parts
 * fit in the space the buffer already has. */
static inline void
append_len (GString    *out,
            const char *text,
            gsize       len)
{
  if (out->len + len < out->allocated_len)
    {
      memcpy (out->str + out->len, text, len);
      out->len += len;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, text, len);
}

static void
append_int (GString *out,
            gint32   number)
{
  char digits[12];
  char *end = digits + sizeof digits;
  char *p = end;
  guint32 n = number < 0 ? -(guint32) number : (guint32) number;

  do
    {
      *--p = '0' + n % 10;
      n /= 10;
    }
  while (n != 0);
  if (number < 0)
    *--p = '-';
  append_len (out, p, end - p);
}

void
careplan_message_parts_append (const CareplanMessageParts *parts,
                               GString                    *out)
{
  careplan_message_parts_append_with (parts, out, NULL, NULL);
}

void
careplan_message_parts_append_with (const CareplanMessageParts *parts,
                                    GString                    *out,
                                    CareplanAppendDateFunc      append_date,
                                    gpointer                    data)
{
  const char *text = (const char *) &parts->parts[parts->n_parts];
  char iso[CAREPLAN_DATE_ISO_LENGTH];
  guint i;

  for (i = 0; i < parts->n_parts; i++)
    {
      const CareplanMessagePart *part = &parts->parts[i];

      switch (part->kind)
        {
        case CAREPLAN_MESSAGE_PART_TEXT:
          append_len (out, text + part->offset, part->len);
          break;
        case CAREPLAN_MESSAGE_PART_STATIC:
          append_len (out, part->text, part->len);
          break;
        case CAREPLAN_MESSAGE_PART_DATE:
          if (append_date != NULL)
            append_date (out, (CareplanDate) part->number, data);
          else
            {
              careplan_date_format_iso ((CareplanDate) part->number, iso);
              append_len (out, iso, strlen (iso));
            }
          break;
        case CAREPLAN_MESSAGE_PART_INT:
          append_int (out, part->number);
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

char *
careplan_message_to_string (const CareplanMessage *message)
{
  GString *out = g_string_sized_new (message->text_len + 64);
  char iso[CAREPLAN_DATE_ISO_LENGTH];
  guint i;

  for (i = 0; i < message->n_parts; i++)
    {
      const CareplanMessagePart *part = &message->parts[i];

      switch (part->kind)
        {
        case CAREPLAN_MESSAGE_PART_TEXT:
        case CAREPLAN_MESSAGE_PART_STATIC:
          append_len (out, part->text, part->len);
          break;
        case CAREPLAN_MESSAGE_PART_DATE:
          careplan_date_format_iso ((CareplanDate) part->number, iso);
          append_len (out, iso, strlen (iso));
          break;
        case CAREPLAN_MESSAGE_PART_INT:
          append_int (out, part->number);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  return g_string_free (out, FALSE);
}

void
careplan_finding_append_message (CareplanFinding *self,
                                 GString         *out)
{
  const char *message;

  g_return_if_fail (CAREPLAN_IS_FINDING (self));
  g_return_if_fail (out != NULL);

  message = g_atomic_pointer_get (&self->message);
  if (message != NULL)
    g_string_append (out, message);
  else
    careplan_message_parts_append (self->parts, out);
}

CareplanFinding *
careplan_finding_new_from_record (const CareplanFindingRecord *record)
{
  CareplanFinding *self;
  gsize size;

  g_return_val_if_fail (record != NULL, NULL);

  size = sizeof (CareplanMessageParts) + record->message->n_parts * sizeof (CareplanMessagePart) +
         record->message->text_len;

  self = g_object_new (CAREPLAN_TYPE_FINDING, NULL);
  self->rule = g_object_ref (record->rule);
  self->status = record->status;
  self->anchor_date = record->anchor_date;
  self->due = record->due;
  self->done = record->done;
  self->days_late = record->days_late;
  self->parts = message_parts_alloc (size, record->child_id, record->anchor_kind,
                                     &self->child_id, &self->anchor_kind);
  memcpy (self->parts, record->message, size);

  return self;
}

void
careplan_finding_record_append_message (const CareplanFindingRecord *record,
                                        GString                     *out)
{
  careplan_message_parts_append (record->message, out);
}

char *
careplan_finding_record_dup_message (const CareplanFindingRecord *record)
{
  GString *text = g_string_sized_new (160);

  careplan_message_parts_append (record->message, text);
  return g_string_free (text, FALSE);
}

/**
 * careplan_finding_get_child_id: (get-property child-id)
 * @self: a finding
 *
 * Gets the id of the child the finding is about.
 *
 * Returns: (transfer none): the child id
 *
 * Since: 0.1
 */
const char *
careplan_finding_get_child_id (CareplanFinding *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), NULL);

  return self->child_id;
}

/**
 * careplan_finding_get_rule: (get-property rule)
 * @self: a finding
 *
 * Gets the rule that made the finding, for its citation.
 *
 * Returns: (transfer none): the rule
 *
 * Since: 0.1
 */
CareplanRule *
careplan_finding_get_rule (CareplanFinding *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), NULL);

  return self->rule;
}

/**
 * careplan_finding_get_rule_id: (get-property rule-id)
 * @self: a finding
 *
 * Gets the id of the rule that made the finding.
 *
 * Returns: (transfer none): the rule id
 *
 * Since: 0.1
 */
const char *
careplan_finding_get_rule_id (CareplanFinding *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), NULL);

  return careplan_rule_get_id (self->rule);
}

/**
 * careplan_finding_get_status: (get-property status)
 * @self: a finding
 *
 * Gets the verdict.
 *
 * Returns: the status
 *
 * Since: 0.1
 */
CareplanFindingStatus
careplan_finding_get_status (CareplanFinding *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), CAREPLAN_FINDING_STATUS_UNKNOWN);

  return self->status;
}

/**
 * careplan_finding_get_anchor_kind: (get-property anchor-kind)
 * @self: a finding
 *
 * Gets what started the clock.
 *
 * Returns: (transfer none): `became-looked-after`, `review`,
 *   `placement-start` or `visit`
 *
 * Since: 0.1
 */
const char *
careplan_finding_get_anchor_kind (CareplanFinding *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), NULL);

  return self->anchor_kind;
}

/**
 * careplan_finding_get_anchor_date: (get-property anchor-date)
 * @self: a finding
 *
 * Gets the date of the event that started the clock.
 *
 * Returns: the anchor date
 *
 * Since: 0.1
 */
CareplanDate
careplan_finding_get_anchor_date (CareplanFinding *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), CAREPLAN_DATE_NONE);

  return self->anchor_date;
}

/**
 * careplan_finding_get_due: (get-property due)
 * @self: a finding
 *
 * Gets the last compliant date.
 *
 * Returns: the due date, or %CAREPLAN_DATE_NONE for a `not-applicable` or
 *   `unknown` finding
 *
 * Since: 0.1
 */
CareplanDate
careplan_finding_get_due (CareplanFinding *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), CAREPLAN_DATE_NONE);

  return self->due;
}

/**
 * careplan_finding_get_done: (get-property done)
 * @self: a finding
 *
 * Gets the date of the event that satisfied the obligation.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE when it was not done
 *
 * Since: 0.1
 */
CareplanDate
careplan_finding_get_done (CareplanFinding *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), CAREPLAN_DATE_NONE);

  return self->done;
}

/**
 * careplan_finding_get_days_late: (get-property days-late)
 * @self: a finding
 *
 * Gets how many calendar days late the obligation was met, or is at the
 * as-of date.
 *
 * Returns: the days late, or %CAREPLAN_FINDING_NO_DAYS_LATE unless the
 *   status is `met-late` or `overdue`
 *
 * Since: 0.1
 */
int
careplan_finding_get_days_late (CareplanFinding *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), CAREPLAN_FINDING_NO_DAYS_LATE);

  return self->days_late;
}

/**
 * careplan_finding_get_message: (get-property message)
 * @self: a finding
 *
 * Gets the sentence that says the finding with the numbers used.
 *
 * The sentence is written from its parts the first time it is asked for
 * and kept for the finding's life; this is safe to call from several
 * threads at once (they all get the same string).
 *
 * Returns: (transfer none): the message
 *
 * Since: 0.1
 */
const char *
careplan_finding_get_message (CareplanFinding *self)
{
  char *message;
  GString *text;

  g_return_val_if_fail (CAREPLAN_IS_FINDING (self), NULL);

  message = g_atomic_pointer_get (&self->message);
  if (message != NULL)
    return message;

  /* Written from its parts the first time; if another thread got there
   * first, its text stands and this one is dropped. */
  text = g_string_sized_new (160);
  careplan_message_parts_append (self->parts, text);
  message = g_string_free (text, FALSE);
  if (!g_atomic_pointer_compare_and_exchange (&self->message, NULL, message))
    {
      g_free (message);
      message = g_atomic_pointer_get (&self->message);
    }

  return message;
}

/**
 * careplan_finding_status_to_string:
 * @status: a finding status
 *
 * Gets the name of @status used in files and on the command line: `met`,
 * `met-late`, `due`, `overdue`, `not-applicable` or `unknown`.
 *
 * Returns: (transfer none): the name
 *
 * Since: 0.1
 */
const char *
careplan_finding_status_to_string (CareplanFindingStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (status_names), NULL);

  return status_names[status];
}

/**
 * careplan_finding_status_from_string:
 * @text: a status name (`met`, `met-late`, `due`, `overdue`,
 *   `not-applicable` or `unknown`)
 * @status: (out): the status named
 *
 * Reads the name of a finding status.
 *
 * Returns: %TRUE if @text names a status
 *
 * Since: 0.1
 */
gboolean
careplan_finding_status_from_string (const char            *text,
                                     CareplanFindingStatus *status)
{
  guint i;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (status != NULL, FALSE);

  for (i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (g_str_equal (text, status_names[i]))
        {
          *status = i;
          return TRUE;
        }
    }

  return FALSE;
}
