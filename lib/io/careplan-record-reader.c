/* careplan-record-reader.c: reads the careplan JSON record format
 *
 * The reader checks types, dates and the closed vocabularies of the
 * format, keeps every member it does not know (so a round trip loses
 * nothing), and reports the first problem as a GError naming the file,
 * line:column and field path, found by careplan-json-positions.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-record.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "careplan-date.h"
#include "careplan-error.h"
#include "careplan-json-positions-private.h"
#include "careplan-model-private.h"
#include "careplan-record-private.h"

typedef CareplanJsonPath PathSegment;

typedef struct
{
  const char            *name;      /* the file name in messages, or "<data>" */
  CareplanJsonDocument  *document;
  GListStore            *problems;  /* NULL: the first bad child fails the file */
} RecordReader;

static void
record_reader_clear (RecordReader *self)
{
  g_clear_pointer (&self->document, careplan_json_document_free);
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

  if (self->problems == NULL)
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
  g_list_store_append (self->problems, problem);
  g_clear_error (child_error);
  return TRUE;
}

static gboolean
read_children (RecordReader       *self,
               GError            **error,
               GListStore         *store,
               JsonNode           *node,
               const PathSegment  *path)
{
  g_autoptr(GHashTable) ids = NULL;
  JsonArray *array;
  guint n;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (self, error, node, path, "an array");

  /* id → the JsonNode that first gave it; ids are borrowed from the
   * tree, which outlives this table. */
  ids = g_hash_table_new (g_str_hash, g_str_equal);
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      PathSegment item = { path, NULL, i };
      g_autoptr(CareplanChild) child = NULL;
      g_autoptr(GError) child_error = NULL;
      JsonNode *id_node;
      JsonNode *first;
      const char *id;

      child = read_child (self, &child_error, element, &item);
      if (child == NULL)
        {
          if (!skip_bad_child (self, element, &child_error, error))
            return FALSE;
          continue;
        }

      id_node = json_object_get_member (json_node_get_object (element), "id");
      id = json_node_get_string (id_node);
      first = g_hash_table_lookup (ids, id);
      if (first != NULL)
        {
          PathSegment id_field = { &item, "id", 0 };
          guint line;
          guint column;

          careplan_json_document_locate (self->document, first, &line, &column);
          FAIL (self, &child_error, CAREPLAN_ERROR_INVALID_RECORD, id_node,
                &id_field, "duplicate child id “%s” (first at line %u, column %u)",
                id, line, column);
          if (!skip_bad_child (self, element, &child_error, error))
            return FALSE;
          continue;
        }
      g_hash_table_insert (ids, (gpointer) id, id_node);

      g_list_store_append (store, child);
    }

  return TRUE;
}

static gboolean
read_file_object (RecordReader  *self,
                  GError       **error,
                  GListStore    *store,
                  JsonNode      *node)
{
  JsonObject *object = json_node_get_object (node);
  g_autoptr(JsonObject) extras = NULL;
  PathSegment format_field = { NULL, "format", 0 };
  PathSegment children_field = { NULL, "children", 0 };
  JsonNode *format;
  JsonNode *children;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  format = require_member (self, error, node, NULL, "format",
                           "a file with “children” says \"format\": \"" CAREPLAN_RECORD_FORMAT "\"");
  if (format == NULL)
    return FALSE;
  if (!holds_type (format, G_TYPE_STRING))
    return fail_type (self, error, format, &format_field, "a string");
  if (strcmp (json_node_get_string (format), CAREPLAN_RECORD_FORMAT) != 0)
    return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, format,
                 &format_field, "unknown format “%s” (expected “%s”)",
                 json_node_get_string (format), CAREPLAN_RECORD_FORMAT);

  children = require_member (self, error, node, NULL, "children", "required");
  if (children == NULL)
    return FALSE;
  if (!read_children (self, error, store, children, &children_field))
    return FALSE;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (careplan_record_key_in (careplan_record_file_keys, name))
        continue;
      if (extras == NULL)
        extras = json_object_new ();
      keep_extra (extras, name, member);
    }

  if (extras != NULL)
    g_object_set_data_full (G_OBJECT (store), CAREPLAN_RECORD_EXTRAS_KEY,
                            g_steal_pointer (&extras), (GDestroyNotify) json_object_unref);

  return TRUE;
}

static GListModel *
read_root (RecordReader  *self,
           GError       **error)
{
  g_autoptr(GListStore) store = g_list_store_new (CAREPLAN_TYPE_CHILD);
  JsonNode *root = careplan_json_document_get_root (self->document);
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, root, NULL,
            "expected an object (one child, or {\"format\": \"%s\", \"children\": […]}), got %s",
            CAREPLAN_RECORD_FORMAT, careplan_json_describe_node (root));
      return NULL;
    }

  object = json_node_get_object (root);
  if (json_object_has_member (object, "format") || json_object_has_member (object, "children"))
    {
      if (!read_file_object (self, error, store, root))
        return NULL;
    }
  else
    {
      g_autoptr(CareplanChild) child = read_child (self, error, root, NULL);

      if (child == NULL)
        return NULL;
      g_list_store_append (store, child);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

static GListModel *
load (const char  *name,
      const char  *data,
      gsize        length,
      GListModel **problems,
      GError     **error)
{
  g_auto(RecordReader) self = { 0 };
  g_autoptr(GListStore) found = NULL;
  GListModel *children;

  self.name = name;
  if (problems != NULL)
    {
      found = g_list_store_new (CAREPLAN_TYPE_PROBLEM);
      self.problems = found;
    }
  self.document = careplan_json_document_parse (name, data, length, error);
  if (self.document == NULL)
    return NULL;

  children = read_root (&self, error);
  if (children != NULL && problems != NULL)
    *problems = G_LIST_MODEL (g_steal_pointer (&found));
  return children;
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
 * A UTF-8 byte-order mark is skipped, and CRLF line ends are accepted.
 *
 * The first problem found is reported as an error whose message starts
 * with the file name (or `<data>`), the line and column (counted from 1;
 * columns count bytes, as json-glib's do) and the path of the member, as
 * in `caseload.json:14:22: children[3].episodes[1].start: “2025-02-31” is
 * not a date (February 2025 has 28 days)`. The error code is
 * %CAREPLAN_ERROR_INVALID_JSON for text that is not one well-formed JSON
 * value, and %CAREPLAN_ERROR_INVALID_RECORD for a wrong type, a bad date
 * or vocabulary word, a missing required member, a member given twice in
 * one object, a child id given twice, or a `format` other than
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
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  if (length < 0)
    length = (gssize) strlen (data);

  return load (filename != NULL ? filename : "<data>", data, (gsize) length, NULL, error);
}

/**
 * careplan_record_load_file:
 * @path: (type filename): the file to read
 * @error: return location for a #GError
 *
 * Reads children from a careplan JSON record file, as
 * [func@Careplan.record_load_data] does, naming @path in error messages
 * and problem locations. A file that cannot be read gives
 * %CAREPLAN_ERROR_IO.
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
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = careplan_json_read_file (path, &length, error);
  if (data == NULL)
    return NULL;

  return load (path, data, length, NULL, error);
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
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (problems != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  *problems = NULL;
  data = careplan_json_read_file (path, &length, error);
  if (data == NULL)
    return NULL;

  return load (path, data, length, problems, error);
}
