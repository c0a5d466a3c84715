/* careplan-validation-issue.c: one row flagged by one check
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-validation.h"
#include "careplan-validation-issue-private.h"
#include "careplan-enum-types.h"

/**
 * CareplanValidationIssue:
 *
 * One row of an SSDA903 return flagged by one DfE validation check: the
 * check's code and message, the table and the row (its 0-based index among
 * the table's data rows, as the open validator counts them, and its line in
 * the file), the child, and the fields the check is about.
 *
 * Issues are what [method@Careplan.Ssda903Validator.validate] returns, in a
 * [iface@Gio.ListModel].  Messages are the DfE's text and carry no content
 * of the return, so issues can be logged.
 *
 * Since: 0.1
 */
struct _CareplanValidationIssue
{
  GObject parent_instance;

  const char *code;       /* static: the check's */
  const char *table;      /* static */
  const char *message;    /* static */
  guint       row_index;
  char       *child_id;
  const char * const *fields;   /* static: the check's, for this table */
  char       *file;
  guint       line;
  CareplanValidationSeverity severity;
};

G_DEFINE_FINAL_TYPE (CareplanValidationIssue, careplan_validation_issue, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_TABLE,
  PROP_ROW_INDEX,
  PROP_CHILD_ID,
  PROP_FIELDS,
  PROP_MESSAGE,
  PROP_FILE,
  PROP_LINE,
  PROP_SEVERITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
careplan_validation_issue_finalize (GObject *object)
{
  CareplanValidationIssue *self = (CareplanValidationIssue *) object;

  g_free (self->child_id);
  g_free (self->file);

  G_OBJECT_CLASS (careplan_validation_issue_parent_class)->finalize (object);
}

static void
careplan_validation_issue_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CareplanValidationIssue *self = CAREPLAN_VALIDATION_ISSUE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_TABLE:
      g_value_set_string (value, self->table);
      break;
    case PROP_ROW_INDEX:
      g_value_set_uint (value, self->row_index);
      break;
    case PROP_CHILD_ID:
      g_value_set_string (value, self->child_id);
      break;
    case PROP_FIELDS:
      g_value_set_boxed (value, self->fields);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->message);
      break;
    case PROP_FILE:
      g_value_set_string (value, self->file);
      break;
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, self->severity);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_validation_issue_class_init (CareplanValidationIssueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_validation_issue_finalize;
  object_class->get_property = careplan_validation_issue_get_property;

  /**
   * CareplanValidationIssue:code: (getter get_code)
   *
   * The DfE's code of the check (`103`, `SW12STG2`).
   *
   * Since: 0.1
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanValidationIssue:table: (getter get_table)
   *
   * The table of the flagged row: `Header`, `Episodes`, `Reviews`, `UASC`,
   * `OC2`, `OC3`, `AD1`, `PlacedAdoption`, `PrevPerm`, `Missing`,
   * `SWEpisodes` or `DoLo`.
   *
   * Since: 0.1
   */
  properties[PROP_TABLE] =
    g_param_spec_string ("table", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanValidationIssue:row-index: (getter get_row_index)
   *
   * The 0-based index of the flagged row among the data rows of its
   * table's file (the header row not counted).
   *
   * Since: 0.1
   */
  properties[PROP_ROW_INDEX] =
    g_param_spec_uint ("row-index", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanValidationIssue:child-id: (getter get_child_id)
   *
   * The CHILD id of the flagged row, as written (possibly empty).
   *
   * Since: 0.1
   */
  properties[PROP_CHILD_ID] =
    g_param_spec_string ("child-id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanValidationIssue:fields: (getter get_fields)
   *
   * The columns of the row that the check is about, as the DfE spells
   * them (`DECOM`, `DEC`).
   *
   * Since: 0.1
   */
  properties[PROP_FIELDS] =
    g_param_spec_boxed ("fields", NULL, NULL, G_TYPE_STRV, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanValidationIssue:message: (getter get_message)
   *
   * The DfE's message for the check.
   *
   * Since: 0.1
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanValidationIssue:file: (getter get_file)
   *
   * The file the row was read from.
   *
   * Since: 0.1
   */
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanValidationIssue:line: (getter get_line)
   *
   * The line of the file where the row starts (1 is the header row).
   *
   * Since: 0.1
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanValidationIssue:severity: (getter get_severity)
   *
   * Whether the DfE treats the failed check as an error or a query.
   *
   * Since: 0.1
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, CAREPLAN_TYPE_VALIDATION_SEVERITY,
                       CAREPLAN_VALIDATION_SEVERITY_ERROR,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_validation_issue_init (CareplanValidationIssue *self)
{
}

CareplanValidationIssue *
careplan_validation_issue_new_internal (const char                 *code,
                                        const char                 *table,
                                        guint                       row_index,
                                        const char                 *child_id,
                                        const char * const         *fields,
                                        const char                 *message,
                                        const char                 *file,
                                        guint                       line,
                                        CareplanValidationSeverity  severity)
{
  CareplanValidationIssue *self = g_object_new (CAREPLAN_TYPE_VALIDATION_ISSUE, NULL);

  self->code = code;
  self->table = table;
  self->row_index = row_index;
  self->child_id = g_strdup (child_id);
  self->fields = fields;
  self->message = message;
  self->file = g_strdup (file);
  self->line = line;
  self->severity = severity;
  return self;
}

/**
 * careplan_validation_issue_get_code:
 * @self: an issue
 *
 * Gets the code property.
 *
 * Returns: the DfE's code of the check
 *
 * Since: 0.1
 */
const char *
careplan_validation_issue_get_code (CareplanValidationIssue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_VALIDATION_ISSUE (self), NULL);
  return self->code;
}

/**
 * careplan_validation_issue_get_table:
 * @self: an issue
 *
 * Gets the table property.
 *
 * Returns: the table of the flagged row
 *
 * Since: 0.1
 */
const char *
careplan_validation_issue_get_table (CareplanValidationIssue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_VALIDATION_ISSUE (self), NULL);
  return self->table;
}

/**
 * careplan_validation_issue_get_row_index:
 * @self: an issue
 *
 * Gets the row-index property.
 *
 * Returns: the 0-based index of the row among its table's data rows
 *
 * Since: 0.1
 */
guint
careplan_validation_issue_get_row_index (CareplanValidationIssue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_VALIDATION_ISSUE (self), 0);
  return self->row_index;
}

/**
 * careplan_validation_issue_get_child_id:
 * @self: an issue
 *
 * Gets the child-id property.
 *
 * Returns: the CHILD id of the row
 *
 * Since: 0.1
 */
const char *
careplan_validation_issue_get_child_id (CareplanValidationIssue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_VALIDATION_ISSUE (self), NULL);
  return self->child_id;
}

/**
 * careplan_validation_issue_get_fields:
 * @self: an issue
 *
 * Gets the fields property.
 *
 * Returns: (transfer none) (array zero-terminated=1): the columns the
 *   check is about
 *
 * Since: 0.1
 */
const char * const *
careplan_validation_issue_get_fields (CareplanValidationIssue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_VALIDATION_ISSUE (self), NULL);
  return (const char * const *) self->fields;
}

/**
 * careplan_validation_issue_get_message:
 * @self: an issue
 *
 * Gets the message property.
 *
 * Returns: the DfE's message
 *
 * Since: 0.1
 */
const char *
careplan_validation_issue_get_message (CareplanValidationIssue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_VALIDATION_ISSUE (self), NULL);
  return self->message;
}

/**
 * careplan_validation_issue_get_file:
 * @self: an issue
 *
 * Gets the file property.
 *
 * Returns: the file of the row
 *
 * Since: 0.1
 */
const char *
careplan_validation_issue_get_file (CareplanValidationIssue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_VALIDATION_ISSUE (self), NULL);
  return self->file;
}

/**
 * careplan_validation_issue_get_line:
 * @self: an issue
 *
 * Gets the line property.
 *
 * Returns: the line of the file where the row starts
 *
 * Since: 0.1
 */
guint
careplan_validation_issue_get_line (CareplanValidationIssue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_VALIDATION_ISSUE (self), 0);
  return self->line;
}

/**
 * careplan_validation_issue_get_severity:
 * @self: an issue
 *
 * Gets the severity property.
 *
 * Returns: whether the DfE treats the failure as an error or a query
 *
 * Since: 0.1
 */
CareplanValidationSeverity
careplan_validation_issue_get_severity (CareplanValidationIssue *self)
{
  g_return_val_if_fail (CAREPLAN_IS_VALIDATION_ISSUE (self), CAREPLAN_VALIDATION_SEVERITY_ERROR);
  return self->severity;
}
