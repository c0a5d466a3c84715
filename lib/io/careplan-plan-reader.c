/* careplan-plan-reader.c: reading a plan document (careplan-plan/1)
 *
 * Strict: an unknown member, a wrong type, an element id the catalogue
 * does not know for the plan's kind, or an empty not_applicable reason is
 * an error naming the file, line, column and field, never dropped.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-error.h"
#include "careplan-json-private.h"
#include "careplan-plans-private.h"

typedef CareplanJsonPath Path;

#define FAIL(doc, error, node, path, ...) \
  careplan_json_document_fail ((doc), (error), CAREPLAN_ERROR_INVALID_PLAN, (node), (path), __VA_ARGS__)

static const char * const root_keys[] = {
  "format", "kind", "child", "date", "leaving_care_status", "placement_start",
  "elements", "agreements", NULL
};
static const char * const value_keys[] = { "text", "content", "ref", "not_applicable", NULL };
static const char * const agreement_keys[] = { "by", "date", "name", NULL };

static gboolean
fail_type (CareplanJsonDocument  *doc,
           GError               **error,
           JsonNode              *node,
           const Path            *path,
           const char            *expected)
{
  return FAIL (doc, error, node, path, "expected %s, got %s", expected, careplan_json_describe_node (node));
}

static gboolean
in_list (const char * const *list,
         const char         *word)
{
  guint i;

  for (i = 0; list[i] != NULL; i++)
    if (strcmp (list[i], word) == 0)
      return TRUE;
  return FALSE;
}

/* Refuses members not in @keys. */
static gboolean
check_keys (CareplanJsonDocument  *doc,
            GError               **error,
            JsonNode              *node,
            const Path            *path,
            const char * const    *keys)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &name, &member))
    if (!in_list (keys, name))
      {
        Path here = { path, name, 0 };
        g_autofree char *shown = careplan_json_cut_for_message (name);

        return FAIL (doc, error, member, &here, "unknown member “%s”", shown);
      }
  return TRUE;
}

static gboolean
read_string (CareplanJsonDocument  *doc,
             GError               **error,
             JsonNode              *node,
             const Path            *path,
             const char           **out)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail_type (doc, error, node, path, "a string");
  *out = json_node_get_string (node);
  return TRUE;
}

static gboolean
read_date (CareplanJsonDocument  *doc,
           GError               **error,
           JsonNode              *node,
           const Path            *path,
           CareplanDate          *out)
{
  const char *text;

  if (!read_string (doc, error, node, path, &text))
    return FALSE;
  *out = careplan_date_parse_iso (text, NULL);
  if (*out == CAREPLAN_DATE_NONE)
    {
      g_autofree char *shown = careplan_json_cut_for_message (text);

      return FAIL (doc, error, node, path, "“%s” is not a date (YYYY-MM-DD)", shown);
    }
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  const char *p;

  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Whether @node holds something: a non-blank string, a number or a boolean,
 * at any depth. */
static gboolean
content_present (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        return !is_blank (json_node_get_string (node));
      return TRUE;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint i, n = json_array_get_length (array);

        for (i = 0; i < n; i++)
          if (content_present (json_array_get_element (array, i)))
            return TRUE;
        return FALSE;
      }
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &name, &member))
          if (content_present (member))
            return TRUE;
        return FALSE;
      }
    case JSON_NODE_NULL:
    default:
      return FALSE;
    }
}

static gboolean
read_value (CareplanJsonDocument  *doc,
            GError               **error,
            JsonNode              *node,
            const Path            *path,
            CareplanPlanValue     *value)
{
  JsonObject *object;
  JsonNode *member;
  const char *text;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (doc, error, node, path,
                      "an object with text, content, ref or not_applicable");
  if (!check_keys (doc, error, node, path, value_keys))
    return FALSE;
  object = json_node_get_object (node);

  if ((member = json_object_get_member (object, "text")) != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      Path here = { path, "text", 0 };

      if (!read_string (doc, error, member, &here, &text))
        return FALSE;
      value->text = g_strdup (text);
    }
  if ((member = json_object_get_member (object, "content")) != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      value->has_content = TRUE;
      value->content_present = content_present (member);
    }
  if ((member = json_object_get_member (object, "ref")) != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      Path here = { path, "ref", 0 };

      if (!read_string (doc, error, member, &here, &text))
        return FALSE;
      value->ref = g_strdup (text);
    }
  if ((member = json_object_get_member (object, "not_applicable")) != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      Path here = { path, "not_applicable", 0 };

      if (!read_string (doc, error, member, &here, &text))
        return FALSE;
      if (is_blank (text))
        return FAIL (doc, error, member, &here, "not_applicable needs a reason");
      if (careplan_plan_value_is_present (value))
        return FAIL (doc, error, member, &here,
                     "an element cannot be both given and not applicable");
      value->not_applicable = g_strdup (text);
    }
  return TRUE;
}

static gboolean
read_elements (CareplanJsonDocument  *doc,
               GError               **error,
               JsonNode              *node,
               const Path            *path,
               CareplanPlan          *plan)
{
  CareplanPlanKind kind = careplan_plan_get_kind (plan);
  CareplanLeavingCareStatus status = careplan_plan_get_leaving_care_status (plan);
  JsonObjectIter iter;
  const char *id;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (doc, error, node, path, "an object of elements by id");

  json_object_iter_init (&iter, json_node_get_object (node));
  while (json_object_iter_next (&iter, &id, &member))
    {
      const CareplanPlanElementRow *row = careplan_plan_catalogue_find (id);
      Path here = { path, id, 0 };
      CareplanPlanValue *value;

      if (row == NULL)
        {
          g_autofree char *shown = careplan_json_cut_for_message (id);

          return FAIL (doc, error, member, &here,
                       "“%s” is not an element of the plan-content catalogue "
                       "(careplan rules --family plan-content lists them)", shown);
        }
      if (!careplan_plan_row_applies_to (row, kind, status))
        {
          if (status == CAREPLAN_LEAVING_CARE_STATUS_NONE)
            return FAIL (doc, error, member, &here, "“%s” is not an element of a %s", id,
                         careplan_plan_kind_to_string (kind));
          return FAIL (doc, error, member, &here, "“%s” is not an element of a %s with leaving_care_status %s", id,
                       careplan_plan_kind_to_string (kind), careplan_leaving_care_status_to_string (status));
        }
      value = g_new0 (CareplanPlanValue, 1);
      if (!read_value (doc, error, member, &here, value))
        {
          g_free (value->text);
          g_free (value->ref);
          g_free (value->not_applicable);
          g_free (value);
          return FALSE;
        }
      careplan_plan_take_value (plan, id, value);
    }
  return TRUE;
}

static gboolean
read_agreements (CareplanJsonDocument  *doc,
                 GError               **error,
                 JsonNode              *node,
                 const Path            *path,
                 CareplanPlan          *plan)
{
  JsonArray *array;
  guint i, n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (doc, error, node, path, "an array of agreements");
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      Path here = { path, NULL, i };
      Path by_path = { &here, "by", 0 };
      Path date_path = { &here, "date", 0 };
      JsonObject *object;
      JsonNode *by_node, *date_node, *name_node;
      const char *by, *name;
      CareplanDate date;

      if (!JSON_NODE_HOLDS_OBJECT (item))
        return fail_type (doc, error, item, &here, "an object with by and date");
      if (!check_keys (doc, error, item, &here, agreement_keys))
        return FALSE;
      object = json_node_get_object (item);
      by_node = json_object_get_member (object, "by");
      date_node = json_object_get_member (object, "date");
      if (by_node == NULL)
        return FAIL (doc, error, item, &here, "missing member “by”");
      if (date_node == NULL)
        return FAIL (doc, error, item, &here, "missing member “date”");
      if (!read_string (doc, error, by_node, &by_path, &by))
        return FALSE;
      if (!in_list (careplan_plan_agreement_roles, by))
        {
          g_autofree char *shown = careplan_json_cut_for_message (by);

          return FAIL (doc, error, by_node, &by_path,
                       "“%s” is not a role (child, parent, appropriate-person, nominated-officer, "
                       "iro, personal-adviser or manager)", shown);
        }
      if (!read_date (doc, error, date_node, &date_path, &date))
        return FALSE;
      if ((name_node = json_object_get_member (object, "name")) != NULL && !JSON_NODE_HOLDS_NULL (name_node))
        {
          Path name_path = { &here, "name", 0 };

          if (!read_string (doc, error, name_node, &name_path, &name))
            return FALSE;
        }
      careplan_plan_add_agreement (plan, by, date);
    }
  return TRUE;
}

static CareplanPlan *
read_plan (CareplanJsonDocument  *doc,
           const char            *name,
           GError               **error)
{
  JsonNode *root = careplan_json_document_get_root (doc);
  g_autoptr(CareplanPlan) plan = NULL;
  JsonObject *object;
  JsonNode *member;
  const char *text, *child_id;
  CareplanPlanKind kind;
  CareplanLeavingCareStatus status = CAREPLAN_LEAVING_CARE_STATUS_NONE;
  CareplanDate date, placement_start = CAREPLAN_DATE_NONE;
  gboolean leaving_care;
  static const char * const required[] = { "format", "kind", "child", "date", "elements", NULL };
  guint i;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail_type (doc, error, root, NULL, "a careplan-plan/1 object");
      return NULL;
    }
  if (!check_keys (doc, error, root, NULL, root_keys))
    return NULL;
  object = json_node_get_object (root);
  for (i = 0; required[i] != NULL; i++)
    if (!json_object_has_member (object, required[i]))
      {
        FAIL (doc, error, root, NULL, "missing member “%s”", required[i]);
        return NULL;
      }

  {
    Path here = { NULL, "format", 0 };

    member = json_object_get_member (object, "format");
    if (!read_string (doc, error, member, &here, &text))
      return NULL;
    if (strcmp (text, CAREPLAN_PLAN_FORMAT) != 0)
      {
        g_autofree char *shown = careplan_json_cut_for_message (text);

        FAIL (doc, error, member, &here, "“%s” is not %s", shown, CAREPLAN_PLAN_FORMAT);
        return NULL;
      }
  }
  {
    Path here = { NULL, "kind", 0 };

    member = json_object_get_member (object, "kind");
    if (!read_string (doc, error, member, &here, &text))
      return NULL;
    if (!careplan_plan_kind_from_string (text, &kind))
      {
        g_autofree char *shown = careplan_json_cut_for_message (text);

        FAIL (doc, error, member, &here,
              "“%s” is not a kind of plan (care-plan, placement-plan, short-break-plan, "
              "detention-placement-plan, needs-assessment or pathway-plan)", shown);
        return NULL;
      }
  }
  {
    Path here = { NULL, "child", 0 };

    member = json_object_get_member (object, "child");
    if (!read_string (doc, error, member, &here, &child_id))
      return NULL;
    if (is_blank (child_id))
      {
        FAIL (doc, error, member, &here, "the child's id is empty");
        return NULL;
      }
  }
  {
    Path here = { NULL, "date", 0 };

    if (!read_date (doc, error, json_object_get_member (object, "date"), &here, &date))
      return NULL;
  }

  leaving_care = kind == CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT || kind == CAREPLAN_PLAN_KIND_PATHWAY_PLAN;
  member = json_object_get_member (object, "leaving_care_status");
  if (member != NULL && JSON_NODE_HOLDS_NULL (member))
    member = NULL;
  {
    Path here = { NULL, "leaving_care_status", 0 };

    if (leaving_care && member == NULL)
      {
        FAIL (doc, error, root, NULL,
              "a %s needs leaving_care_status (eligible, relevant or former-relevant)",
              careplan_plan_kind_to_string (kind));
        return NULL;
      }
    if (!leaving_care && member != NULL)
      {
        FAIL (doc, error, member, &here, "only a needs assessment or a pathway plan has a leaving_care_status");
        return NULL;
      }
    if (member != NULL)
      {
        if (!read_string (doc, error, member, &here, &text))
          return NULL;
        if (!careplan_leaving_care_status_from_string (text, &status) ||
            status == CAREPLAN_LEAVING_CARE_STATUS_NONE)
          {
            g_autofree char *shown = careplan_json_cut_for_message (text);

            FAIL (doc, error, member, &here,
                  "“%s” is not a leaving-care status (eligible, relevant or former-relevant)", shown);
            return NULL;
          }
      }
  }

  member = json_object_get_member (object, "placement_start");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      Path here = { NULL, "placement_start", 0 };

      if (kind != CAREPLAN_PLAN_KIND_PLACEMENT_PLAN && kind != CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN &&
          kind != CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN)
        {
          FAIL (doc, error, member, &here, "a %s has no placement_start", careplan_plan_kind_to_string (kind));
          return NULL;
        }
      if (!read_date (doc, error, member, &here, &placement_start))
        return NULL;
    }

  plan = careplan_plan_new (name, kind, child_id, date, status, placement_start);

  {
    Path here = { NULL, "elements", 0 };

    if (!read_elements (doc, error, json_object_get_member (object, "elements"), &here, plan))
      return NULL;
  }
  member = json_object_get_member (object, "agreements");
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    {
      Path here = { NULL, "agreements", 0 };

      if (!read_agreements (doc, error, member, &here, plan))
        return NULL;
    }
  return g_steal_pointer (&plan);
}

/**
 * careplan_plan_load_data:
 * @data: the text of a plan document
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @name: (nullable): the name to give in error messages and as
 *   [property@Careplan.Plan:file], or %NULL for `<data>`
 * @error: return location for a #GError
 *
 * Reads a plan document in the `careplan-plan/1` format (described in the
 * plans guide and by `docs/careplan-plan.schema.json`).
 *
 * Errors name the place: `NAME:LINE:COLUMN: PATH: MESSAGE`. Badly formed
 * JSON is %CAREPLAN_ERROR_INVALID_JSON; anything the format does not allow
 * (an unknown member, an element id the catalogue does not hold for the
 * plan's kind, an empty `not_applicable` reason, a bad date) is
 * %CAREPLAN_ERROR_INVALID_PLAN.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 *
 * Since: 0.1
 */
CareplanPlan *
careplan_plan_load_data (const char  *data,
                         gssize       length,
                         const char  *name,
                         GError     **error)
{
  g_autoptr(CareplanJsonDocument) doc = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (name == NULL)
    name = "<data>";
  if (length < 0)
    length = (gssize) strlen (data);
  doc = careplan_json_document_parse (name, data, (gsize) length, error);
  if (doc == NULL)
    return NULL;
  return read_plan (doc, name, error);
}

/**
 * careplan_plan_load_file:
 * @path: (type filename): a plan document
 * @error: return location for a #GError
 *
 * Reads a plan document in the `careplan-plan/1` format from @path; see
 * [func@Careplan.Plan.load_data]. A file that cannot be read is
 * %CAREPLAN_ERROR_IO.
 *
 * Returns: (transfer full) (nullable): the plan, or %NULL with @error set
 *
 * Since: 0.1
 */
CareplanPlan *
careplan_plan_load_file (const char  *path,
                         GError     **error)
{
  g_autoptr(CareplanJsonReader) reader = NULL;
  g_autoptr(CareplanJsonDocument) doc = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* careplan's one strict JSON reader: a regular file of at most 16 MiB. */
  reader = careplan_json_reader_new_for_path (path, CAREPLAN_JSON_MAX_SMALL_BYTES,
                                              CAREPLAN_ERROR_INVALID_JSON, error);
  if (reader == NULL)
    return NULL;
  doc = careplan_json_document_read (reader, error);
  if (doc == NULL)
    return NULL;
  return read_plan (doc, path, error);
}
