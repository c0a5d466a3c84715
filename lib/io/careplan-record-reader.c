/* careplan-record-reader.c: reads the careplan JSON record format
 *
 * The reader checks types, dates and the closed vocabularies of the
 * format, keeps every member it does not know (so a round trip loses
 * nothing), and reports the first problem as a GError naming the file,
 * line:column and field path.  The file is read one child at a time
 * through careplan's one strict JSON reader (careplan-json.c): see
 * careplan-record-stream-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-record.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "careplan-date.h"
#include "careplan-error.h"
#include "careplan-json-private.h"
#include "careplan-model-private.h"
#include "careplan-record-private.h"
#include "careplan-record-stream-private.h"

typedef CareplanJsonPath PathSegment;

typedef struct
{
  const char                *name;           /* the file name in messages, or "<data>" */
  CareplanJsonDocument      *document;       /* the one being read: one of the two below */
  CareplanJsonDocument      *file_document;  /* the wrapper object's members */
  CareplanJsonDocument      *child_document; /* the child being read */
  gboolean                   keep_going;     /* FALSE: the first bad child fails the file */
  CareplanRecordChildFunc    child_func;
  CareplanRecordProblemFunc  problem_func;
  gpointer                   user_data;
  GHashTable                *ids;            /* id → guint[2] line, column of the first */
  GPtrArray                 *pending;        /* children read before "format" */
  gboolean                   format_seen;
  CareplanJsonReader        *json;           /* borrowed: the text being read */
} RecordReader;

static void
record_reader_clear (RecordReader *self)
{
  g_clear_pointer (&self->file_document, careplan_json_document_free);
  g_clear_pointer (&self->child_document, careplan_json_document_free);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RecordReader, record_reader_clear)

/* Errors ------------------------------------------------------------------- */

#define FAIL(self, error, code, node, path, ...) \
  careplan_json_document_fail ((self)->document, (error), (code), (node), (path), __VA_ARGS__)

static gboolean
fail_type (RecordReader       *self,
           GError            **error,
           JsonNode           *node,
           const PathSegment  *path,
           const char         *expected)
{
  return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, path,
               "expected %s, got %s", expected, careplan_json_describe_node (node));
}

/* A required member that is absent or null is reported at the object
 * that lacks it, with the member's path. */
static JsonNode *
require_member (RecordReader       *self,
                GError            **error,
                JsonNode           *object_node,
                const PathSegment  *path,
                const char         *key,
                const char         *why)
{
  JsonNode *member = json_object_get_member (json_node_get_object (object_node), key);
  PathSegment field = { path, key, 0 };

  if (member == NULL || JSON_NODE_HOLDS_NULL (member))
    {
      FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, object_node, &field,
            "missing (%s)", why);
      return NULL;
    }

  return member;
}

/* Values ------------------------------------------------------------------- */

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
read_string (RecordReader       *self,
             GError            **error,
             JsonNode           *node,
             const PathSegment  *path,
             const char        **out)
{
  const char *text;

  *out = NULL;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!holds_type (node, G_TYPE_STRING))
    return fail_type (self, error, node, path, "a string");

  text = json_node_get_string (node);
  if (*text == '\0')
    return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, path,
                 "empty string (leave the field out, or write null, when it is not recorded)");

  *out = text;
  return TRUE;
}

static gboolean
read_enum (RecordReader        *self,
           GError             **error,
           JsonNode            *node,
           const PathSegment   *path,
           const char * const  *values,
           const char         **out)
{
  g_autofree char *choices = NULL;

  if (!read_string (self, error, node, path, out))
    return FALSE;
  if (*out == NULL || values == NULL || g_strv_contains (values, *out))
    return TRUE;

  choices = g_strjoinv (", ", (char **) values);
  return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, path,
               "“%s” is not one of %s", *out, choices);
}

static gboolean
read_date (RecordReader       *self,
           GError            **error,
           JsonNode           *node,
           const PathSegment  *path,
           CareplanDate       *out)
{
  g_autoptr(GError) date_error = NULL;

  *out = CAREPLAN_DATE_NONE;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!holds_type (node, G_TYPE_STRING))
    return fail_type (self, error, node, path, "a date string (YYYY-MM-DD)");

  *out = careplan_date_parse_iso (json_node_get_string (node), &date_error);
  if (*out == CAREPLAN_DATE_NONE)
    return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, path,
                 "%s", date_error->message);

  return TRUE;
}

static gboolean
read_boolean (RecordReader       *self,
              GError            **error,
              JsonNode           *node,
              const PathSegment  *path,
              CareplanTristate   *out)
{
  *out = CAREPLAN_TRISTATE_UNSET;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!holds_type (node, G_TYPE_BOOLEAN))
    return fail_type (self, error, node, path, "true or false");

  *out = json_node_get_boolean (node) ? CAREPLAN_TRISTATE_YES : CAREPLAN_TRISTATE_NO;
  return TRUE;
}

static gboolean
read_score (RecordReader       *self,
            GError            **error,
            JsonNode           *node,
            const PathSegment  *path,
            int                *out)
{
  gint64 value;

  *out = CAREPLAN_EVENT_NO_SCORE;
  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!holds_type (node, G_TYPE_INT64))
    return fail_type (self, error, node, path, "an integer from 0 to 40");

  value = json_node_get_int (node);
  if (value < 0 || value > CAREPLAN_RECORD_SDQ_MAX)
    return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, path,
                 "%" G_GINT64_FORMAT " is not an SDQ score (0 to 40)", value);

  *out = (int) value;
  return TRUE;
}

static void
keep_extra (JsonObject *extras,
            const char *name,
            JsonNode   *member)
{
  json_object_set_member (extras, name, json_node_copy (member));
}

/* Events ------------------------------------------------------------------- */

/* Reads one member of an event object into the field @field says. */
static gboolean
read_event_field (RecordReader               *self,
                  GError                    **error,
                  CareplanEvent              *event,
                  const CareplanRecordField  *field,
                  JsonNode                   *member,
                  const PathSegment          *path)
{
  CareplanDate date = CAREPLAN_DATE_NONE;
  CareplanTristate flag;
  const char *text;
  int score;

  switch (field->kind)
    {
    case CAREPLAN_RECORD_FIELD_DETAIL:
      if (!read_enum (self, error, member, path, field->values, &text))
        return FALSE;
      careplan_event_set_detail (event, text);
      return TRUE;

    case CAREPLAN_RECORD_FIELD_NAMED_TEXT:
      /* These hold SSDA903 codes, some of them digits ("0", "14"): a
       * number would lose leading zeros, so say how to write one. */
      if (holds_type (member, G_TYPE_INT64) || holds_type (member, G_TYPE_DOUBLE))
        return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, member, path,
                     "expected a string, got %s (write codes in quotes, as in \"1\")",
                     careplan_json_describe_node (member));
      if (!read_string (self, error, member, path, &text))
        return FALSE;
      careplan_event_set_text_field (event, field->key, text);
      return TRUE;

    case CAREPLAN_RECORD_FIELD_FLAG:
      if (!read_boolean (self, error, member, path, &flag))
        return FALSE;
      careplan_event_set_flag (event, flag);
      return TRUE;

    case CAREPLAN_RECORD_FIELD_SCORE:
      if (!read_score (self, error, member, path, &score))
        return FALSE;
      careplan_event_set_score (event, score);
      return TRUE;

    case CAREPLAN_RECORD_FIELD_DATE:
    case CAREPLAN_RECORD_FIELD_END:
    case CAREPLAN_RECORD_FIELD_EXTENDED_TO:
    case CAREPLAN_RECORD_FIELD_APPROVED:
    case CAREPLAN_RECORD_FIELD_NAMED_DATE:
    default:
      break;
    }

  if (!read_date (self, error, member, path, &date))
    return FALSE;

  switch (field->kind)
    {
    case CAREPLAN_RECORD_FIELD_DATE:
      careplan_event_set_date (event, date);
      break;
    case CAREPLAN_RECORD_FIELD_END:
      careplan_event_set_end (event, date);
      break;
    case CAREPLAN_RECORD_FIELD_EXTENDED_TO:
      careplan_event_set_extended_to (event, date);
      break;
    case CAREPLAN_RECORD_FIELD_APPROVED:
      careplan_event_set_approved (event, date);
      break;
    case CAREPLAN_RECORD_FIELD_NAMED_DATE:
    default:
      careplan_event_set_date_field (event, field->key, date);
      break;
    }

  return TRUE;
}

static CareplanEvent *
read_event (RecordReader                   *self,
            GError                        **error,
            const CareplanRecordEventSpec  *spec,
            JsonNode                       *node,
            const PathSegment              *path)
{
  g_autoptr(CareplanEvent) event = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  guint line;
  guint column;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail_type (self, error, node, path, "an object");
      return NULL;
    }

  /* The first field of every spec is its required date. */
  if (require_member (self, error, node, path, spec->fields[0].key, "required") == NULL)
    return NULL;

  event = careplan_event_new (spec->kind, CAREPLAN_DATE_NONE);
  careplan_json_document_locate (self->document, node, &line, &column);
  careplan_event_set_position (event, line, column);

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      PathSegment segment = { path, name, 0 };
      const CareplanRecordField *field = careplan_record_event_spec_field (spec, name);

      if (field == NULL)
        keep_extra (careplan_event_get_extras (event), name, member);
      else if (!read_event_field (self, error, event, field, member, &segment))
        return NULL;
    }

  return g_steal_pointer (&event);
}

static gboolean
read_events (RecordReader                   *self,
             GError                        **error,
             CareplanChild                  *child,
             const CareplanRecordEventSpec  *spec,
             JsonNode                       *node,
             const PathSegment              *path)
{
  JsonArray *array;
  guint n;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (self, error, node, path, "an array");

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      PathSegment item = { path, NULL, i };
      g_autoptr(CareplanEvent) event = NULL;

      event = read_event (self, error, spec, json_array_get_element (array, i), &item);
      if (event == NULL)
        return FALSE;
      careplan_child_add_event (child, event);
    }

  return TRUE;
}

/* Episodes ----------------------------------------------------------------- */

typedef struct
{
  const char *key;
  void      (*set) (CareplanEpisode *self,
                    const char      *value);
} EpisodeStringField;

static const EpisodeStringField episode_string_fields[] = {
  { "reason_new_episode", careplan_episode_set_reason_new_episode },
  { "legal_status", careplan_episode_set_legal_status },
  { "category_of_need", careplan_episode_set_category_of_need },
  { "placement_type", careplan_episode_set_placement_type },
  { "placement_provider", careplan_episode_set_placement_provider },
  { "reason_ended", careplan_episode_set_reason_ended },
  { "reason_placement_change", careplan_episode_set_reason_placement_change },
  { "home_postcode", careplan_episode_set_home_postcode },
  { "placement_postcode", careplan_episode_set_placement_postcode },
  { "urn", careplan_episode_set_urn },
};

static gboolean
read_episode (RecordReader       *self,
              GError            **error,
              CareplanChild      *child,
              JsonNode           *node,
              const PathSegment  *path)
{
  g_autoptr(CareplanEpisode) episode = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  guint line;
  guint column;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (self, error, node, path, "an object");

  if (require_member (self, error, node, path, "start", "required") == NULL)
    return FALSE;

  episode = careplan_episode_new ();
  careplan_json_document_locate (self->document, node, &line, &column);
  careplan_episode_set_position (episode, line, column);

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      PathSegment field = { path, name, 0 };
      const EpisodeStringField *string_field = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (episode_string_fields); i++)
        if (strcmp (name, episode_string_fields[i].key) == 0)
          string_field = &episode_string_fields[i];

      if (string_field != NULL)
        {
          const char *value;

          if (!read_string (self, error, member, &field, &value))
            return FALSE;
          string_field->set (episode, value);
        }
      else if (strcmp (name, "start") == 0 || strcmp (name, "end") == 0)
        {
          CareplanDate date;

          if (!read_date (self, error, member, &field, &date))
            return FALSE;
          if (name[0] == 's')
            careplan_episode_set_start (episode, date);
          else
            careplan_episode_set_end (episode, date);
        }
      else if (strcmp (name, "long_term") == 0 || strcmp (name, "out_of_area") == 0 ||
               strcmp (name, "at_distance") == 0)
        {
          CareplanTristate value;

          if (!read_boolean (self, error, member, &field, &value))
            return FALSE;
          if (name[0] == 'l')
            careplan_episode_set_long_term (episode, value);
          else if (name[0] == 'o')
            careplan_episode_set_out_of_area (episode, value);
          else
            careplan_episode_set_at_distance (episode, value);
        }
      else
        keep_extra (careplan_episode_get_extras (episode), name, member);
    }

  careplan_child_add_episode (child, episode);
  return TRUE;
}

static gboolean
read_episodes (RecordReader       *self,
               GError            **error,
               CareplanChild      *child,
               JsonNode           *node,
               const PathSegment  *path)
{
  JsonArray *array;
  guint n;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (self, error, node, path, "an array");

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      PathSegment item = { path, NULL, i };

      if (!read_episode (self, error, child, json_array_get_element (array, i), &item))
        return FALSE;
    }

  return TRUE;
}

/* Children ----------------------------------------------------------------- */

typedef struct
{
  const char *key;
  void      (*set) (CareplanCareLeaver *self,
                    CareplanDate        date);
} LeaverDateField;

static const LeaverDateField care_leaver_dates[] = {
  { "needs_assessment", careplan_care_leaver_set_needs_assessment },
  { "personal_adviser_from", careplan_care_leaver_set_personal_adviser_from },
  { "staying_put_from", careplan_care_leaver_set_staying_put_from },
  { "accommodation_from", careplan_care_leaver_set_accommodation_from },
  { "support_requested", careplan_care_leaver_set_support_requested },
  { "adviser_declined", careplan_care_leaver_set_adviser_declined },
};

static gboolean
read_care_leaver (RecordReader       *self,
                  GError            **error,
                  CareplanChild      *child,
                  JsonNode           *node,
                  const PathSegment  *path)
{
  g_autoptr(CareplanCareLeaver) care_leaver = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (self, error, node, path, "an object");

  care_leaver = careplan_care_leaver_new ();
  careplan_child_set_care_leaver (child, care_leaver);

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      PathSegment field = { path, name, 0 };
      const CareplanRecordEventSpec *spec;
      CareplanDate date;
      const LeaverDateField *date_field = NULL;

      for (guint i = 0; i < G_N_ELEMENTS (care_leaver_dates); i++)
        if (strcmp (name, care_leaver_dates[i].key) == 0)
          date_field = &care_leaver_dates[i];

      spec = careplan_record_event_spec_for_list (name, TRUE);
      if (spec != NULL)
        {
          if (!read_events (self, error, child, spec, member, &field))
            return FALSE;
        }
      else if (date_field != NULL)
        {
          if (!read_date (self, error, member, &field, &date))
            return FALSE;
          date_field->set (care_leaver, date);
        }
      else
        keep_extra (careplan_care_leaver_get_extras (care_leaver), name, member);
    }

  return TRUE;
}

static CareplanChild *
read_child (RecordReader       *self,
            GError            **error,
            JsonNode           *node,
            const PathSegment  *path)
{
  g_autoptr(CareplanChild) child = NULL;
  PathSegment id_field = { path, "id", 0 };
  JsonNode *id_node;
  const char *id;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;
  guint line;
  guint column;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail_type (self, error, node, path, "an object (a child)");
      return NULL;
    }

  id_node = require_member (self, error, node, path, "id", "every child needs an id");
  if (id_node == NULL)
    return NULL;

  /* Ids are strings: a number would lose its leading zeros and could not
   * be told apart from "0042" after a round trip. */
  if (!holds_type (id_node, G_TYPE_STRING))
    {
      FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, id_node, &id_field,
            "expected a string, got %s (write ids in quotes)", careplan_json_describe_node (id_node));
      return NULL;
    }
  if (!read_string (self, error, id_node, &id_field, &id))
    return NULL;

  child = careplan_child_new (id);
  careplan_child_set_source_file (child, self->name);
  careplan_json_document_locate (self->document, node, &line, &column);
  careplan_child_set_position (child, line, column);

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      PathSegment field = { path, name, 0 };
      const CareplanRecordEventSpec *spec;

      spec = careplan_record_event_spec_for_list (name, FALSE);
      if (spec != NULL)
        {
          if (!read_events (self, error, child, spec, member, &field))
            return NULL;
        }
      else if (strcmp (name, "id") == 0)
        continue;
      else if (strcmp (name, "episodes") == 0)
        {
          if (!read_episodes (self, error, child, member, &field))
            return NULL;
        }
      else if (strcmp (name, "date_of_birth") == 0)
        {
          CareplanDate date;

          if (!read_date (self, error, member, &field, &date))
            return NULL;
          careplan_child_set_date_of_birth (child, date);
        }
      else if (strcmp (name, "sex") == 0 || strcmp (name, "upn") == 0)
        {
          const char *value;

          if (!read_string (self, error, member, &field, &value))
            return NULL;
          if (name[0] == 's')
            careplan_child_set_sex (child, value);
          else
            careplan_child_set_upn (child, value);
        }
      else if (strcmp (name, "uasc") == 0 || strcmp (name, "disabled") == 0)
        {
          CareplanTristate value;

          if (!read_boolean (self, error, member, &field, &value))
            return NULL;
          if (name[0] == 'u')
            careplan_child_set_uasc (child, value);
          else
            careplan_child_set_disabled (child, value);
        }
      else if (strcmp (name, "care_leaver") == 0)
        {
          if (!read_care_leaver (self, error, child, member, &field))
            return NULL;
        }
      else
        keep_extra (careplan_child_get_extras (child), name, member);
    }

  return g_steal_pointer (&child);
}

/* The file ----------------------------------------------------------------- */

/* A child that cannot be read: the file fails, unless the caller asked to
 * keep going, when the child becomes a problem (with its id when it has a
 * usable one, and its position) and the other children are still read. */
static gboolean
skip_bad_child (RecordReader  *self,
                JsonNode      *element,
                GError       **child_error,
                GError       **error)
{
  g_autoptr(CareplanProblem) problem = NULL;
  const char *id = NULL;
  guint line = 0;
  guint column = 0;

  if (!self->keep_going)
    {
      g_propagate_error (error, g_steal_pointer (child_error));
      return FALSE;
    }

  if (JSON_NODE_HOLDS_OBJECT (element))
    {
      JsonNode *id_node = json_object_get_member (json_node_get_object (element), "id");

      if (id_node != NULL && JSON_NODE_HOLDS_VALUE (id_node) &&
          json_node_get_value_type (id_node) == G_TYPE_STRING)
        id = json_node_get_string (id_node);
    }
  careplan_json_document_locate (self->document, element, &line, &column);
  /* The message already names file, position and field. */
  problem = careplan_problem_new (CAREPLAN_PROBLEM_KIND_INVALID_VALUE, id, NULL, NULL,
                                  (*child_error)->message);
  careplan_problem_set_location (problem, self->name, line, column);
  if (self->problem_func != NULL)
    self->problem_func (problem, self->user_data);
  g_clear_error (child_error);
  return TRUE;
}

/* Gives @child to the caller, or holds it until "format" has been read. */
static gboolean
emit_child (RecordReader   *self,
            CareplanChild  *child,
            GError        **error)
{
  if (!self->format_seen)
    {
      /* Held, so bounded as a file loaded whole is, whatever the limit of
       * the file read child by child. */
      if (self->json != NULL &&
          careplan_json_reader_get_offset (self->json) > CAREPLAN_JSON_MAX_RECORD_BYTES)
        {
          g_autofree char *limit = g_format_size_full (CAREPLAN_JSON_MAX_RECORD_BYTES,
                                                       G_FORMAT_SIZE_IEC_UNITS);

          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                       "%s: more than %s of children before \"format\": careplan holds "
                       "children until the format is known (write \"format\" first)",
                       self->name, limit);
          return FALSE;
        }
      g_ptr_array_add (self->pending, g_object_ref (child));
      return TRUE;
    }
  return self->child_func (child, self->user_data, error);
}

static gboolean
emit_pending (RecordReader  *self,
              GError       **error)
{
  g_autoptr(GPtrArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < pending->len; i++)
    if (!self->child_func (g_ptr_array_index (pending, i), self->user_data, error))
      return FALSE;
  return TRUE;
}

/* One element of "children", read whole (it is one child) in its own
 * document, so that memory holds one child at a time. */
static gboolean
read_one_child (RecordReader       *self,
                GError            **error,
                JsonNode           *element,
                const PathSegment  *item)
{
  g_autoptr(CareplanChild) child = NULL;
  g_autoptr(GError) child_error = NULL;
  PathSegment id_field = { item, "id", 0 };
  JsonNode *id_node;
  const char *id;
  guint line;
  guint column;
  gpointer first;

  child = read_child (self, &child_error, element, item);
  if (child == NULL)
    return skip_bad_child (self, element, &child_error, error);

  /* id → where it was first given (line << 32 | column, or an index into
   * the positions when pointers are narrow). */
  id_node = json_object_get_member (json_node_get_object (element), "id");
  id = json_node_get_string (id_node);
  careplan_json_document_locate (self->document, id_node, &line, &column);
  first = g_hash_table_lookup (self->ids, id);
  if (first != NULL)
    {
      const guint *where = first;
      g_autofree char *shown = careplan_json_cut_for_message (id);

      FAIL (self, &child_error, CAREPLAN_ERROR_INVALID_RECORD, id_node,
            &id_field, "duplicate child id “%s” (first at line %u, column %u)",
            shown, where[0], where[1]);
      return skip_bad_child (self, element, &child_error, error);
    }
  {
    guint *where = g_new (guint, 2);

    where[0] = line;
    where[1] = column;
    g_hash_table_insert (self->ids, g_strdup (id), where);
  }

  return emit_child (self, child, error);
}

static gboolean
read_children_stream (RecordReader        *self,
                      CareplanJsonReader  *json,
                      GError             **error)
{
  PathSegment children_field = { NULL, "children", 0 };
  CareplanJsonEvent event;
  guint index = 0;

  for (;; index++)
    {
      PathSegment item = { &children_field, NULL, index };
      JsonNode *element;
      gboolean ok;

      if (!careplan_json_reader_peek (json, &event, error))
        return FALSE;
      if (event == CAREPLAN_JSON_EVENT_ARRAY_END)
        return careplan_json_reader_next (json, &event, error);

      element = careplan_json_reader_read_value (json, self->child_document, error);
      if (element == NULL)
        return FALSE;

      self->document = self->child_document;
      ok = read_one_child (self, error, element, &item);
      self->document = self->file_document;

      json_node_unref (element);
      careplan_json_document_reset (self->child_document);
      if (!ok)
        return FALSE;
    }
}

static gboolean
check_format (RecordReader  *self,
              JsonNode      *format,
              GError       **error)
{
  PathSegment format_field = { NULL, "format", 0 };
  g_autofree char *shown = NULL;

  if (!holds_type (format, G_TYPE_STRING))
    return fail_type (self, error, format, &format_field, "a string");
  if (strcmp (json_node_get_string (format), CAREPLAN_RECORD_FORMAT) == 0)
    return TRUE;

  shown = careplan_json_cut_for_message (json_node_get_string (format));
  return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, format,
               &format_field, "unknown format “%s” (expected “%s”)",
               shown, CAREPLAN_RECORD_FORMAT);
}

/* The root: one child, or the wrapper object whose "children" array is
 * read one child at a time.  Every other member of the root is small and
 * read whole. */
static gboolean
read_stream (RecordReader        *self,
             CareplanJsonReader  *json,
             JsonObject         **extras_out,
             GError             **error)
{
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  JsonObject *object;
  g_autoptr(JsonObject) extras = NULL;
  CareplanJsonEvent event;
  gboolean children_seen = FALSE;
  guint line;
  guint column;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  self->json = json;

  if (!careplan_json_reader_peek (json, &event, error))
    return FALSE;
  careplan_json_reader_get_position (json, &line, &column);
  if (event != CAREPLAN_JSON_EVENT_OBJECT_START)
    {
      /* Said from the first token: an array of a million children is
       * not read to say that it is an array. */
      const char *got = "an array";

      if (event == CAREPLAN_JSON_EVENT_SCALAR)
        {
          /* Text after a scalar is the first fault of such a file. */
          if (!careplan_json_reader_next (json, &event, error))
            return FALSE;
          got = careplan_json_describe_node (careplan_json_reader_get_scalar (json));
          if (!careplan_json_reader_finish (json, error))
            return FALSE;
        }
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s:%u:%u: expected an object (one child, or {\"format\": \"%s\", "
                   "\"children\": […]}), got %s",
                   self->name, line, column, CAREPLAN_RECORD_FORMAT, got);
      return FALSE;
    }
  if (!careplan_json_reader_next (json, &event, error))
    return FALSE;

  json_node_take_object (root, json_object_new ());
  object = json_node_get_object (root);
  careplan_json_document_set_position (self->file_document, root, line, column);

  for (;;)
    {
      g_autofree char *key = NULL;
      JsonNode *value;

      if (!careplan_json_reader_next (json, &event, error))
        return FALSE;
      if (event == CAREPLAN_JSON_EVENT_OBJECT_END)
        break;
      g_assert (event == CAREPLAN_JSON_EVENT_MEMBER);
      key = g_strdup (careplan_json_reader_get_key (json));

      if (strcmp (key, "children") == 0)
        {
          PathSegment children_field = { NULL, "children", 0 };

          children_seen = TRUE;
          if (!careplan_json_reader_peek (json, &event, error))
            return FALSE;
          if (event == CAREPLAN_JSON_EVENT_ARRAY_START)
            {
              if (!careplan_json_reader_next (json, &event, error) ||
                  !read_children_stream (self, json, error))
                return FALSE;
              continue;
            }
          value = careplan_json_reader_read_value (json, self->file_document, error);
          if (value == NULL)
            return FALSE;
          fail_type (self, error, value, &children_field, "an array");
          json_node_unref (value);
          return FALSE;
        }

      value = careplan_json_reader_read_value (json, self->file_document, error);
      if (value == NULL)
        return FALSE;
      json_object_set_member (object, key, value);

      if (strcmp (key, "format") == 0)
        {
          if (!check_format (self, value, error))
            return FALSE;
          self->format_seen = TRUE;
          if (!emit_pending (self, error))
            return FALSE;
        }
    }

  if (!careplan_json_reader_finish (json, error))
    return FALSE;

  if (!children_seen && !json_object_has_member (object, "format"))
    {
      /* A file of one child. */
      g_autoptr(CareplanChild) child = read_child (self, error, root, NULL);

      if (child == NULL)
        return FALSE;
      return self->child_func (child, self->user_data, error);
    }

  if (!self->format_seen)
    {
      PathSegment format_field = { NULL, "format", 0 };

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, root, &format_field,
                   "missing (a file with “children” says \"format\": \"" CAREPLAN_RECORD_FORMAT "\")");
    }
  if (!children_seen)
    {
      PathSegment children_field = { NULL, "children", 0 };

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, root, &children_field,
                   "missing (required)");
    }

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (careplan_record_key_in (careplan_record_file_keys, name))
        continue;
      if (extras == NULL)
        extras = json_object_new ();
      keep_extra (extras, name, member);
    }
  if (extras_out != NULL)
    *extras_out = g_steal_pointer (&extras);

  return TRUE;
}

gboolean
careplan_record_read_each (CareplanJsonReader         *reader,
                           gboolean                    keep_going,
                           CareplanRecordChildFunc     child_func,
                           CareplanRecordProblemFunc   problem_func,
                           gpointer                    user_data,
                           JsonObject                **extras,
                           GError                    **error)
{
  g_auto(RecordReader) self = { 0 };

  g_return_val_if_fail (reader != NULL, FALSE);
  g_return_val_if_fail (child_func != NULL, FALSE);

  if (extras != NULL)
    *extras = NULL;

  self.name = careplan_json_reader_get_name (reader);
  self.keep_going = keep_going;
  self.child_func = child_func;
  self.problem_func = problem_func;
  self.user_data = user_data;
  self.file_document = careplan_json_document_new (self.name);
  self.child_document = careplan_json_document_new (self.name);
  self.document = self.file_document;
  self.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self.pending = g_ptr_array_new_with_free_func (g_object_unref);

  return read_stream (&self, reader, extras, error);
}

/* Loading into a list ------------------------------------------------------- */

typedef struct
{
  GListStore *children;
  GListStore *problems;
} Collect;

static gboolean
collect_child (CareplanChild  *child,
               gpointer        user_data,
               GError        **error)
{
  Collect *collect = user_data;

  g_list_store_append (collect->children, child);
  return TRUE;
}

static void
collect_problem (CareplanProblem *problem,
                 gpointer         user_data)
{
  Collect *collect = user_data;

  if (collect->problems != NULL)
    g_list_store_append (collect->problems, problem);
}

static GListModel *
load (CareplanJsonReader  *reader,
      GListModel         **problems,
      GError             **error)
{
  g_autoptr(GListStore) children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(GListStore) found = NULL;
  g_autoptr(JsonObject) extras = NULL;
  Collect collect = { children, NULL };

  if (reader == NULL)
    return NULL;
  if (problems != NULL)
    {
      found = g_list_store_new (CAREPLAN_TYPE_PROBLEM);
      collect.problems = found;
    }

  if (!careplan_record_read_each (reader, problems != NULL, collect_child, collect_problem,
                                  &collect, &extras, error))
    return NULL;

  if (extras != NULL)
    g_object_set_data_full (G_OBJECT (children), CAREPLAN_RECORD_EXTRAS_KEY,
                            g_steal_pointer (&extras), (GDestroyNotify) json_object_unref);
  if (problems != NULL)
    *problems = G_LIST_MODEL (g_steal_pointer (&found));
  return G_LIST_MODEL (g_steal_pointer (&children));
}

/**
 * careplan_record_load_data:
 * @data: the text of a careplan JSON record file
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @filename: (nullable): the name to give in error messages and problem
 *   locations, or %NULL for `<data>`
 * @error: return location for a #GError
 *
 * Reads children from the careplan JSON record format (`careplan-record/1`):
 * either one child object, or an object
 * `{ "format": "careplan-record/1", "children": [ … ] }`.
 *
 * Every member the format defines is checked and mapped onto the
 * [class@Careplan.Child] and its [class@Careplan.Episode]s,
 * [class@Careplan.Event]s and [class@Careplan.CareLeaver]. A `null` for
 * an optional member means "not recorded", as does leaving it out. Only
 * `id` (of a child), `start` (of an episode, a missing episode, a carer
 * approval, a placement with a parent before assessment, a detention, a
 * social worker episode and a deprivation-of-liberty order), `issued` (of
 * court proceedings) and `date` (of the other events) are required. Ids are
 * strings: a number is an error. Members the format does not define are
 * kept, at every level, and [func@Careplan.record_save_data] writes them
 * back; unknown members of the wrapper object are kept on the returned
 * list and written back when that list is saved.
 *
 * The SSDA903 codes (legal status, placement type, …) are read as they
 * are: [method@Careplan.Child.validate] reports codes it does not know.
 * The SSDA903 codes kept as named text fields of events (the OC2, OC3 and
 * AD1 columns, …) must be strings, so that codes such as `"0"` keep their
 * form.
 * The format's own vocabularies (the `kind` of a health assessment, the
 * `plan` of a permanence plan, …) are checked here.
 *
 * The text must be JSON as RFC 8259 defines it, and nothing else: strings
 * in double quotes, no comments, no trailing commas, one value, UTF-8.
 * A string may not hold `\u0000` or a lone UTF-16 surrogate, an object
 * may not give a member twice, values may not nest more than 512 levels
 * deep, and a string may not be longer than 1 MiB or a number than 64
 * characters. A UTF-8 byte-order mark is skipped, and CRLF line ends are
 * accepted.
 *
 * The first problem found is reported as an error whose message starts
 * with the file name (or `<data>`), the line and column (counted from 1;
 * columns count bytes) and the path of the member, as
 * in `caseload.json:14:22: children[3].episodes[1].start: “2025-02-31” is
 * not a date (February 2025 has 28 days)`. The error code is
 * %CAREPLAN_ERROR_INVALID_JSON for text that is not one well-formed JSON
 * value (or breaks the limits above), and %CAREPLAN_ERROR_INVALID_RECORD
 * for a wrong type, a bad date
 * or vocabulary word, a missing required member, a child id given twice,
 * or a `format` other than
 * %CAREPLAN_RECORD_FORMAT. Each child, episode and event remembers the
 * line and column where it starts, so that
 * [method@Careplan.Child.validate] can name them.
 *
 * Returns: (transfer full): a list of [class@Careplan.Child], in the order
 *   of the file, or %NULL with @error set
 *
 * Since: 0.1
 */
GListModel *
careplan_record_load_data (const char  *data,
                           gssize       length,
                           const char  *filename,
                           GError     **error)
{
  g_autoptr(CareplanJsonReader) reader = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  if (length < 0)
    length = (gssize) strlen (data);

  reader = careplan_json_reader_new_for_data (filename != NULL ? filename : "<data>",
                                              data, (gsize) length, CAREPLAN_ERROR_INVALID_JSON);
  return load (reader, NULL, error);
}

/**
 * careplan_record_load_file:
 * @path: (type filename): the file to read
 * @error: return location for a #GError
 *
 * Reads children from a careplan JSON record file, as
 * [func@Careplan.record_load_data] does, naming @path in error messages
 * and problem locations. The file must be a regular file (a device, a
 * FIFO or a directory is refused) of at most 1 GiB. A file that cannot be
 * read gives %CAREPLAN_ERROR_IO.
 *
 * Returns: (transfer full): a list of [class@Careplan.Child], or %NULL
 *   with @error set
 *
 * Since: 0.1
 */
GListModel *
careplan_record_load_file (const char  *path,
                           GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  {
    g_autoptr(CareplanJsonReader) reader =
      careplan_json_reader_new_for_path (path, CAREPLAN_JSON_MAX_RECORD_BYTES,
                                         CAREPLAN_ERROR_INVALID_JSON, error);

    return load (reader, NULL, error);
  }
}

/**
 * careplan_record_load_file_keep_going:
 * @path: (type filename): the file to read
 * @problems: (out) (transfer full): return location for the
 *   [class@Careplan.Problem]s of the children that could not be read
 * @error: return location for a #GError
 *
 * Reads children from a careplan JSON record file as
 * [func@Careplan.record_load_file] does, but a child that cannot be read
 * (a bad date, a wrong type, a duplicate id, …) does not fail the file:
 * it is left out and reported in @problems, with its id when it has one
 * and a message naming file, line, column and field, and the other
 * children are returned. Text that is not well-formed JSON, or a file
 * that is not a careplan record, still fails with @error.
 *
 * Returns: (transfer full): a list of the [class@Careplan.Child]ren that
 *   could be read, or %NULL with @error set
 *
 * Since: 0.1
 */
GListModel *
careplan_record_load_file_keep_going (const char  *path,
                                      GListModel **problems,
                                      GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *problems = NULL;
  {
    g_autoptr(CareplanJsonReader) reader =
      careplan_json_reader_new_for_path (path, CAREPLAN_JSON_MAX_RECORD_BYTES,
                                         CAREPLAN_ERROR_INVALID_JSON, error);

    return load (reader, problems, error);
  }
}

/* Streaming ------------------------------------------------------------------ */

typedef struct
{
  CareplanRecordForeachFunc  func;
  gpointer                   user_data;
  GListStore                *problems;
} Foreach;

static gboolean
foreach_child (CareplanChild  *child,
               gpointer        user_data,
               GError        **error)
{
  Foreach *foreach = user_data;

  if (foreach->func (child, foreach->user_data))
    return TRUE;
  /* Stopped by the caller: not an error of the file. */
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "stopped");
  return FALSE;
}

static void
foreach_problem (CareplanProblem *problem,
                 gpointer         user_data)
{
  Foreach *foreach = user_data;

  g_list_store_append (foreach->problems, problem);
}

static gboolean
foreach_run (CareplanJsonReader         *reader,
             gboolean                    keep_going,
             CareplanRecordForeachFunc   func,
             gpointer                    user_data,
             GListModel                **problems,
             GError                    **error)
{
  g_autoptr(GListStore) found = g_list_store_new (CAREPLAN_TYPE_PROBLEM);
  g_autoptr(GError) local_error = NULL;
  Foreach foreach = { func, user_data, found };
  gboolean ok;

  ok = careplan_record_read_each (reader, keep_going, foreach_child, foreach_problem,
                                  &foreach, NULL, &local_error);
  if (problems != NULL)
    *problems = G_LIST_MODEL (g_steal_pointer (&found));
  if (!ok && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return TRUE;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

/**
 * careplan_record_foreach_file:
 * @path: (type filename): the file to read
 * @keep_going: whether a child that cannot be read is left out and
 *   reported in @problems (%TRUE) or fails the file (%FALSE)
 * @func: (scope call) (closure user_data): called for each child
 * @user_data: data for @func
 * @problems: (out) (optional) (transfer full): return location for the
 *   [class@Careplan.Problem]s of the children left out
 * @error: return location for a #GError
 *
 * Reads a careplan JSON record file one child at a time, calling @func on
 * each, in the order of the file: the `children` array is never held
 * whole, so memory does not grow with the file. The file is read and
 * checked as [func@Careplan.record_load_file] does; with @keep_going, a
 * bad child is reported in @problems and the children after it are still
 * read, as [func@Careplan.record_load_file_keep_going] does. Since only
 * one child is held, the file may be up to 64 GiB (a file loaded whole
 * is at most 1 GiB).
 *
 * A file that turns out bad part-way (text that is not well-formed JSON,
 * say) fails with @error after @func has been given the children before
 * the fault. @func may stop the read by returning %FALSE; the read then
 * returns %TRUE.
 *
 * Returns: %TRUE if the file was read (or @func stopped it), %FALSE with
 *   @error set
 *
 * Since: 0.1
 */
gboolean
careplan_record_foreach_file (const char                 *path,
                              gboolean                    keep_going,
                              CareplanRecordForeachFunc   func,
                              gpointer                    user_data,
                              GListModel                **problems,
                              GError                    **error)
{
  g_autoptr(CareplanJsonReader) reader = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (problems != NULL)
    *problems = NULL;
  reader = careplan_json_reader_new_for_path (path, CAREPLAN_JSON_MAX_STREAMED_BYTES,
                                              CAREPLAN_ERROR_INVALID_JSON, error);
  if (reader == NULL)
    return FALSE;

  return foreach_run (reader, keep_going, func, user_data, problems, error);
}

/**
 * careplan_record_foreach_stream:
 * @stream: the stream to read (it is not closed)
 * @name: the name to give in error messages and problem locations
 * @keep_going: as for [func@Careplan.record_foreach_file]
 * @func: (scope call) (closure user_data): called for each child
 * @user_data: data for @func
 * @problems: (out) (optional) (transfer full): return location for the
 *   [class@Careplan.Problem]s of the children left out
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a careplan JSON record from @stream one child at a time, as
 * [func@Careplan.record_foreach_file] does from a file; at most 1 GiB is
 * read from the stream.
 *
 * Returns: %TRUE if the stream was read (or @func stopped it), %FALSE
 *   with @error set
 *
 * Since: 0.1
 */
gboolean
careplan_record_foreach_stream (GInputStream               *stream,
                                const char                 *name,
                                gboolean                    keep_going,
                                CareplanRecordForeachFunc   func,
                                gpointer                    user_data,
                                GListModel                **problems,
                                GCancellable               *cancellable,
                                GError                    **error)
{
  g_autoptr(CareplanJsonReader) reader = NULL;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (problems != NULL)
    *problems = NULL;
  reader = careplan_json_reader_new_for_stream (stream, name, CAREPLAN_JSON_MAX_RECORD_BYTES,
                                                CAREPLAN_ERROR_INVALID_JSON, cancellable);
  return foreach_run (reader, keep_going, func, user_data, problems, error);
}
