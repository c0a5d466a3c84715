/* careplan-problem.c: a problem found in a record, with its location
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-problem.h"

#include "careplan-enum-types.h"

/**
 * CareplanProblem:
 *
 * A problem found in a child's record by [method@Careplan.Child.validate]:
 * an episode ending before it starts, overlapping episodes, an unknown
 * code. A problem is data, not an error: evaluation goes on, and a tool
 * decides what to do with it.
 *
 * A problem names where it is: the child's id, the path of the object
 * within the record (`episodes[2]`, `reviews[0]`), the field as spelled
 * in the careplan JSON record format (`end`, `legal_status`), and, when
 * the record was read from a file, the file, line and column.
 *
 * Messages carry ids, codes and dates only, never names or free text
 * from the record, so that problems can be logged.
 *
 * Since: 0.1
 */
struct _CareplanProblem
{
  GObject parent_instance;

  CareplanProblemKind kind;
  char *child_id;
  char *path;
  char *field;
  char *message;
  char *file;
  guint line;
  guint column;
};

G_DEFINE_FINAL_TYPE (CareplanProblem, careplan_problem, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CHILD_ID,
  PROP_PATH,
  PROP_FIELD,
  PROP_MESSAGE,
  PROP_FILE,
  PROP_LINE,
  PROP_COLUMN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
careplan_problem_finalize (GObject *object)
{
  CareplanProblem *self = (CareplanProblem *) object;

  g_free (self->child_id);
  g_free (self->path);
  g_free (self->field);
  g_free (self->message);
  g_free (self->file);

  G_OBJECT_CLASS (careplan_problem_parent_class)->finalize (object);
}

static void
careplan_problem_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CareplanProblem *self = CAREPLAN_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_CHILD_ID:
      g_value_set_string (value, self->child_id);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_FIELD:
      g_value_set_string (value, self->field);
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

    case PROP_COLUMN:
      g_value_set_uint (value, self->column);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_problem_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CareplanProblem *self = CAREPLAN_PROBLEM (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_CHILD_ID:
      self->child_id = g_value_dup_string (value);
      break;

    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    case PROP_FIELD:
      self->field = g_value_dup_string (value);
      break;

    case PROP_MESSAGE:
      self->message = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_problem_class_init (CareplanProblemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_problem_finalize;
  object_class->get_property = careplan_problem_get_property;
  object_class->set_property = careplan_problem_set_property;

  /**
   * CareplanProblem:kind:
   *
   * What kind of problem this is.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CAREPLAN_TYPE_PROBLEM_KIND, CAREPLAN_PROBLEM_KIND_FAILED,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanProblem:child-id:
   *
   * The id of the child whose record has the problem.
   *
   * Since: 0.1
   */
  properties[PROP_CHILD_ID] =
    g_param_spec_string ("child-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanProblem:path:
   *
   * Where in the child's record the problem is, as a JSON path relative
   * to the child object (`episodes[2]`, `care_leaver.contacts[0]`);
   * %NULL for the child object itself.
   *
   * Since: 0.1
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanProblem:field:
   *
   * The field with the problem, as spelled in the careplan JSON record
   * format (`start`, `legal_status`, `date_of_birth`).
   *
   * Since: 0.1
   */
  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanProblem:message:
   *
   * One sentence describing the problem, naming the values involved.
   *
   * Since: 0.1
   */
  properties[PROP_MESSAGE] =
    g_param_spec_string ("message", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanProblem:file:
   *
   * The file the record was read from, when known; set with
   * [method@Careplan.Problem.set_location].
   *
   * Since: 0.1
   */
  properties[PROP_FILE] =
    g_param_spec_string ("file", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanProblem:line:
   *
   * The line (from 1) of the object with the problem in
   * [property@Careplan.Problem:file]; 0 when unknown.
   *
   * Since: 0.1
   */
  properties[PROP_LINE] =
    g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanProblem:column:
   *
   * The column (from 1) of the object with the problem in
   * [property@Careplan.Problem:file]; 0 when unknown.
   *
   * Since: 0.1
   */
  properties[PROP_COLUMN] =
    g_param_spec_uint ("column", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_problem_init (CareplanProblem *self)
{
}

/**
 * careplan_problem_new:
 * @kind: what kind of problem
 * @child_id: (nullable): the child's id
 * @path: (nullable): where in the record, such as `episodes[2]`
 * @field: (nullable): the field, such as `end`
 * @message: one sentence describing the problem
 *
 * Creates a problem without a location; see
 * [method@Careplan.Problem.set_location].
 *
 * Returns: (transfer full): a new [class@Careplan.Problem]
 *
 * Since: 0.1
 */
CareplanProblem *
careplan_problem_new (CareplanProblemKind  kind,
                      const char          *child_id,
                      const char          *path,
                      const char          *field,
                      const char          *message)
{
  g_return_val_if_fail (message != NULL, NULL);

  return g_object_new (CAREPLAN_TYPE_PROBLEM,
                       "kind", kind,
                       "child-id", child_id,
                       "path", path,
                       "field", field,
                       "message", message,
                       NULL);
}

/**
 * careplan_problem_get_kind:
 * @self: a problem
 *
 * Gets what kind of problem @self is.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
CareplanProblemKind
careplan_problem_get_kind (CareplanProblem *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PROBLEM (self), CAREPLAN_PROBLEM_KIND_FAILED);

  return self->kind;
}

/**
 * careplan_problem_get_child_id:
 * @self: a problem
 *
 * Gets the id of the child whose record has the problem.
 *
 * Returns: (nullable): the child's id
 *
 * Since: 0.1
 */
const char *
careplan_problem_get_child_id (CareplanProblem *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PROBLEM (self), NULL);

  return self->child_id;
}

/**
 * careplan_problem_get_path:
 * @self: a problem
 *
 * Gets where in the child's record the problem is.
 *
 * Returns: (nullable): the path, such as `episodes[2]`, or %NULL for the
 *   child object itself
 *
 * Since: 0.1
 */
const char *
careplan_problem_get_path (CareplanProblem *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PROBLEM (self), NULL);

  return self->path;
}

/**
 * careplan_problem_get_field:
 * @self: a problem
 *
 * Gets the field with the problem.
 *
 * Returns: (nullable): the field, as spelled in the JSON record format
 *
 * Since: 0.1
 */
const char *
careplan_problem_get_field (CareplanProblem *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PROBLEM (self), NULL);

  return self->field;
}

/**
 * careplan_problem_get_message:
 * @self: a problem
 *
 * Gets the sentence describing the problem.
 *
 * Returns: the message
 *
 * Since: 0.1
 */
const char *
careplan_problem_get_message (CareplanProblem *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PROBLEM (self), NULL);

  return self->message;
}

/**
 * careplan_problem_get_file:
 * @self: a problem
 *
 * Gets the file the record was read from.
 *
 * Returns: (nullable): the file name, or %NULL when unknown
 *
 * Since: 0.1
 */
const char *
careplan_problem_get_file (CareplanProblem *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PROBLEM (self), NULL);

  return self->file;
}

/**
 * careplan_problem_get_line:
 * @self: a problem
 *
 * Gets the line of the object with the problem.
 *
 * Returns: the line (from 1), or 0 when unknown
 *
 * Since: 0.1
 */
guint
careplan_problem_get_line (CareplanProblem *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PROBLEM (self), 0);

  return self->line;
}

/**
 * careplan_problem_get_column:
 * @self: a problem
 *
 * Gets the column of the object with the problem.
 *
 * Returns: the column (from 1), or 0 when unknown
 *
 * Since: 0.1
 */
guint
careplan_problem_get_column (CareplanProblem *self)
{
  g_return_val_if_fail (CAREPLAN_IS_PROBLEM (self), 0);

  return self->column;
}

/**
 * careplan_problem_set_location:
 * @self: a problem
 * @file: (nullable): the file the record was read from
 * @line: the line (from 1), or 0 when unknown
 * @column: the column (from 1), or 0 when unknown
 *
 * Sets where the object with the problem was read from.
 *
 * Since: 0.1
 */
void
careplan_problem_set_location (CareplanProblem *self,
                               const char      *file,
                               guint            line,
                               guint            column)
{
  g_return_if_fail (CAREPLAN_IS_PROBLEM (self));

  g_object_freeze_notify (G_OBJECT (self));

  if (g_strcmp0 (self->file, file) != 0)
    {
      g_free (self->file);
      self->file = g_strdup (file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }

  if (self->line != line)
    {
      self->line = line;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINE]);
    }

  if (self->column != column)
    {
      self->column = column;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLUMN]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * careplan_problem_to_string:
 * @self: a problem
 *
 * Formats the problem on one line, in the style of compiler messages:
 * `FILE:LINE:COLUMN: child ID: PATH.FIELD: MESSAGE`, for example
 * `caseload.json:14:9: child C-001: episodes[1].end: episode ends on
 * 2025-01-31, before it starts on 2025-02-01`.
 *
 * Parts that are not known are left out with their separator: a problem
 * without a file starts with the line (if known), one without a path
 * names the field alone, and so on.
 *
 * Returns: (transfer full): the formatted problem
 *
 * Since: 0.1
 */
char *
careplan_problem_to_string (CareplanProblem *self)
{
  GString *out;

  g_return_val_if_fail (CAREPLAN_IS_PROBLEM (self), NULL);

  out = g_string_new (NULL);

  if (self->file != NULL || self->line > 0)
    {
      if (self->file != NULL)
        g_string_append (out, self->file);
      if (self->line > 0)
        {
          g_string_append_printf (out, "%s%u", self->file != NULL ? ":" : "", self->line);
          if (self->column > 0)
            g_string_append_printf (out, ":%u", self->column);
        }
      g_string_append (out, ": ");
    }

  if (self->child_id != NULL)
    g_string_append_printf (out, "child %s: ", self->child_id);

  if (self->path != NULL || self->field != NULL)
    {
      if (self->path != NULL)
        g_string_append (out, self->path);
      if (self->path != NULL && self->field != NULL)
        g_string_append_c (out, '.');
      if (self->field != NULL)
        g_string_append (out, self->field);
      g_string_append (out, ": ");
    }

  if (self->message != NULL)
    g_string_append (out, self->message);

  return g_string_free (out, FALSE);
}
