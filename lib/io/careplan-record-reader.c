/* careplan-record-reader.c: reads the careplan JSON record format
 *
 * The reader checks types, dates and the closed vocabularies of the
 * format, keeps every member it does not know (so a round trip loses
 * nothing), and reports the first problem as a GError naming the file,
 * line:column and field path.  json-glib 1.6 keeps no positions on its
 * nodes, so they are collected while parsing, from the parser's signals.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-record.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "careplan-date.h"
#include "careplan-error.h"
#include "careplan-model-private.h"
#include "careplan-record-private.h"

/* A field path is a chain of these on the C stack: it costs nothing
 * until an error needs it written out. */
typedef struct _PathSegment PathSegment;
struct _PathSegment
{
  const PathSegment *parent;
  const char        *key;      /* NULL: element @index of an array */
  guint              index;
};

typedef struct
{
  gsize start;                 /* byte offset of its '{' or '[' */
  guint n_members;             /* members parsed so far (objects only) */
} OpenContainer;

typedef struct
{
  const char  *name;           /* the file name in messages, or "<data>" */
  const char  *data;           /* the text, without a byte-order mark */
  gsize        length;
  GArray      *line_starts;    /* gsize: offset of the first byte of each line */

  /* Filled while parsing. */
  GHashTable  *positions;      /* JsonNode * → offset of its first byte */
  GArray      *open;           /* OpenContainer, innermost last */
  gsize        last_closed_start;
  GPtrArray   *duplicate_objects;  /* JsonObject * (a reference each) */
  GPtrArray   *duplicate_names;    /* char * */
  GArray      *duplicate_offsets;  /* gsize */

  JsonNode    *root;
  gsize        root_start;
} RecordReader;

static void
record_reader_clear (RecordReader *self)
{
  g_clear_pointer (&self->line_starts, g_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->open, g_array_unref);
  g_clear_pointer (&self->duplicate_objects, g_ptr_array_unref);
  g_clear_pointer (&self->duplicate_names, g_ptr_array_unref);
  g_clear_pointer (&self->duplicate_offsets, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RecordReader, record_reader_clear)

/* Positions ---------------------------------------------------------------- */

static void
build_line_starts (RecordReader *self)
{
  const char *p = self->data;
  const char *end = self->data + self->length;
  gsize zero = 0;

  self->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_array_append_val (self->line_starts, zero);

  while (p < end && (p = memchr (p, '\n', end - p)) != NULL)
    {
      gsize next = (gsize) (++p - self->data);

      g_array_append_val (self->line_starts, next);
    }
}

/* Lines and columns count from 1; columns count bytes, as json-glib's
 * own syntax errors do. */
static void
offset_to_location (RecordReader *self,
                    gsize         offset,
                    guint        *line,
                    guint        *column)
{
  const gsize *starts = (const gsize *) (gpointer) self->line_starts->data;
  guint low = 0;
  guint high = self->line_starts->len;

  /* The last line starting at or before @offset. */
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (starts[middle] <= offset)
        low = middle;
      else
        high = middle;
    }

  *line = low + 1;
  *column = (guint) (offset - starts[low]) + 1;
}

/* The scanner's position is that of the last byte it consumed. */
static gsize
parser_offset (RecordReader *self,
               JsonParser   *parser)
{
  guint line = json_parser_get_current_line (parser);
  guint column = json_parser_get_current_pos (parser);
  gsize offset;

  if (self->length == 0 || line == 0)
    return 0;
  if (line > self->line_starts->len)
    return self->length - 1;

  offset = g_array_index (self->line_starts, gsize, line - 1) + (column > 0 ? column - 1 : 0);

  return MIN (offset, self->length - 1);
}

static gboolean
is_bare_token_byte (char c)
{
  return g_ascii_isalnum (c) || c == '-' || c == '+' || c == '.';
}

/* When a member or element has been parsed, the scanner has consumed its
 * last byte, or the comma after it: walk back to where the value starts. */
static gsize
scalar_start (RecordReader *self,
              gsize         offset)
{
  const char *data = self->data;
  gsize i = offset;

  if (data[i] == ',')
    {
      while (i > 0 && (data[i] == ',' || g_ascii_isspace (data[i])))
        i--;
    }

  if (data[i] == '"')
    {
      /* The opening quote is the first one before the closing quote that
       * is not escaped by an odd number of backslashes. */
      while (i > 0)
        {
          gsize backslashes = 0;

          i--;
          if (data[i] != '"')
            continue;
          while (backslashes < i && data[i - 1 - backslashes] == '\\')
            backslashes++;
          if (backslashes % 2 == 0)
            break;
        }
      return i;
    }

  while (i > 0 && is_bare_token_byte (data[i - 1]))
    i--;

  return i;
}

static void
remember_position (RecordReader *self,
                   JsonParser   *parser,
                   JsonNode     *node)
{
  gsize start;

  if (JSON_NODE_HOLDS_OBJECT (node) || JSON_NODE_HOLDS_ARRAY (node))
    start = self->last_closed_start;
  else
    start = scalar_start (self, parser_offset (self, parser));

  g_hash_table_insert (self->positions, node, GSIZE_TO_POINTER (start));
}

static void
on_container_start (JsonParser *parser,
                    gpointer    user_data)
{
  RecordReader *self = user_data;
  OpenContainer container = { parser_offset (self, parser), 0 };

  g_array_append_val (self->open, container);
}

static void
close_container (RecordReader *self)
{
  OpenContainer *container;

  g_return_if_fail (self->open->len > 0);

  container = &g_array_index (self->open, OpenContainer, self->open->len - 1);
  self->last_closed_start = container->start;
  g_array_set_size (self->open, self->open->len - 1);
}

static void
on_object_end (JsonParser *parser,
               JsonObject *object,
               gpointer    user_data)
{
  close_container (user_data);
}

static void
on_array_end (JsonParser *parser,
              JsonArray  *array,
              gpointer    user_data)
{
  close_container (user_data);
}

static void
on_object_member (JsonParser *parser,
                  JsonObject *object,
                  const char *name,
                  gpointer    user_data)
{
  RecordReader *self = user_data;
  OpenContainer *container = &g_array_index (self->open, OpenContainer, self->open->len - 1);
  JsonNode *member = json_object_get_member (object, name);

  remember_position (self, parser, member);

  /* A repeated name replaces the earlier value without a word from
   * json-glib; the object then holds fewer members than were parsed. */
  container->n_members++;
  if (json_object_get_size (object) < container->n_members)
    {
      gsize offset = GPOINTER_TO_SIZE (g_hash_table_lookup (self->positions, member));

      g_ptr_array_add (self->duplicate_objects, json_object_ref (object));
      g_ptr_array_add (self->duplicate_names, g_strdup (name));
      g_array_append_val (self->duplicate_offsets, offset);
      container->n_members = json_object_get_size (object);
    }
}

static void
on_array_element (JsonParser *parser,
                  JsonArray  *array,
                  int         index_,
                  gpointer    user_data)
{
  remember_position (user_data, parser, json_array_get_element (array, index_));
}

static gsize
node_offset (RecordReader *self,
             JsonNode     *node)
{
  if (node == self->root)
    return self->root_start;

  return GPOINTER_TO_SIZE (g_hash_table_lookup (self->positions, node));
}

/* Errors ------------------------------------------------------------------- */

static gboolean
key_needs_quotes (const char *key)
{
  if (*key == '\0')
    return TRUE;
  for (const char *p = key; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return TRUE;
  return FALSE;
}

static void
append_path (GString           *out,
             const PathSegment *path)
{
  if (path == NULL)
    return;

  append_path (out, path->parent);

  if (path->key == NULL)
    g_string_append_printf (out, "[%u]", path->index);
  else if (key_needs_quotes (path->key))
    g_string_append_printf (out, "[\"%s\"]", path->key);
  else
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, path->key);
    }
}

G_GNUC_PRINTF (6, 7)
static gboolean
fail (RecordReader       *self,
      GError            **error,
      CareplanError       code,
      gsize               offset,
      const PathSegment  *path,
      const char         *format,
      ...)
{
  g_autoptr(GString) where = g_string_new (NULL);
  g_autofree char *message = NULL;
  va_list args;
  guint line;
  guint column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  offset_to_location (self, offset, &line, &column);
  append_path (where, path);

  g_set_error (error, CAREPLAN_ERROR, code, "%s:%u:%u: %s%s%s",
               self->name, line, column,
               where->str, where->len > 0 ? ": " : "", message);
  return FALSE;
}

static const char *
describe_node (JsonNode *node)
{
  GType type;

  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return "an object";
    case JSON_NODE_ARRAY:
      return "an array";
    case JSON_NODE_NULL:
      return "null";
    case JSON_NODE_VALUE:
    default:
      break;
    }

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return "a string";
  if (type == G_TYPE_INT64)
    return "an integer";
  if (type == G_TYPE_BOOLEAN)
    return "a boolean";
  return "a number";
}

static gboolean
fail_type (RecordReader       *self,
           GError            **error,
           JsonNode           *node,
           const PathSegment  *path,
           const char         *expected)
{
  return fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, node), path,
               "expected %s, got %s", expected, describe_node (node));
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
      fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, object_node), &field,
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
    return fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, node), path,
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
  return fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, node), path,
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
    return fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, node), path,
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
    return fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, node), path,
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

static void
set_node_position (RecordReader *self,
                   JsonNode     *node,
                   guint        *line,
                   guint        *column)
{
  offset_to_location (self, node_offset (self, node), line, column);
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
        return fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, member), path,
                     "expected a string, got %s (write codes in quotes, as in \"1\")",
                     describe_node (member));
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
  set_node_position (self, node, &line, &column);
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
  set_node_position (self, node, &line, &column);
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
      else if (strcmp (name, "long_term") == 0 || strcmp (name, "out_of_area") == 0)
        {
          CareplanTristate value;

          if (!read_boolean (self, error, member, &field, &value))
            return FALSE;
          if (name[0] == 'l')
            careplan_episode_set_long_term (episode, value);
          else
            careplan_episode_set_out_of_area (episode, value);
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
      fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, id_node), &id_field,
            "expected a string, got %s (write ids in quotes)", describe_node (id_node));
      return NULL;
    }
  if (!read_string (self, error, id_node, &id_field, &id))
    return NULL;

  child = careplan_child_new (id);
  careplan_child_set_source_file (child, self->name);
  set_node_position (self, node, &line, &column);
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
      JsonNode *id_node;
      JsonNode *first;
      const char *id;

      child = read_child (self, error, element, &item);
      if (child == NULL)
        return FALSE;

      id_node = json_object_get_member (json_node_get_object (element), "id");
      id = json_node_get_string (id_node);
      first = g_hash_table_lookup (ids, id);
      if (first != NULL)
        {
          PathSegment id_field = { &item, "id", 0 };
          guint line;
          guint column;

          offset_to_location (self, node_offset (self, first), &line, &column);
          return fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, id_node),
                       &id_field, "duplicate child id “%s” (first at line %u, column %u)",
                       id, line, column);
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
    return fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, node_offset (self, format),
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
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (self->root))
    {
      fail (self, error, CAREPLAN_ERROR_INVALID_RECORD, self->root_start, NULL,
            "expected an object (one child, or {\"format\": \"%s\", \"children\": […]}), got %s",
            CAREPLAN_RECORD_FORMAT, describe_node (self->root));
      return NULL;
    }

  object = json_node_get_object (self->root);
  if (json_object_has_member (object, "format") || json_object_has_member (object, "children"))
    {
      if (!read_file_object (self, error, store, self->root))
        return NULL;
    }
  else
    {
      g_autoptr(CareplanChild) child = read_child (self, error, self->root, NULL);

      if (child == NULL)
        return NULL;
      g_list_store_append (store, child);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Finds the path of the first repeated member that is still in the tree
 * (a repeat can replace a value that held an earlier repeat). */
static void
find_duplicate (RecordReader       *self,
                GHashTable         *duplicates,
                JsonNode           *node,
                const PathSegment  *path,
                guint              *best,
                GString            *best_path)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      gpointer found = g_hash_table_lookup (duplicates, object);
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      if (found != NULL && GPOINTER_TO_UINT (found) - 1 < *best)
        {
          PathSegment field;

          *best = GPOINTER_TO_UINT (found) - 1;
          field.parent = path;
          field.key = g_ptr_array_index (self->duplicate_names, *best);
          field.index = 0;
          g_string_truncate (best_path, 0);
          append_path (best_path, &field);
        }

      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          PathSegment field = { path, name, 0 };

          find_duplicate (self, duplicates, member, &field, best, best_path);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);

      for (guint i = 0; i < n; i++)
        {
          PathSegment item = { path, NULL, i };

          find_duplicate (self, duplicates, json_array_get_element (array, i), &item,
                          best, best_path);
        }
    }
}

static gboolean
report_duplicate_member (RecordReader  *self,
                         GError       **error)
{
  g_autoptr(GHashTable) duplicates = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) path = g_string_new (NULL);
  guint best = G_MAXUINT;
  guint line;
  guint column;

  /* Earlier repeats win: insert from the last so the first stays. */
  for (guint i = self->duplicate_objects->len; i > 0; i--)
    g_hash_table_insert (duplicates, g_ptr_array_index (self->duplicate_objects, i - 1),
                         GUINT_TO_POINTER (i));

  find_duplicate (self, duplicates, self->root, NULL, &best, path);
  if (best == G_MAXUINT)
    best = 0;

  offset_to_location (self, g_array_index (self->duplicate_offsets, gsize, best), &line, &column);
  g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
               "%s:%u:%u: %s: given twice in one object (JSON keeps only one of them)",
               self->name, line, column,
               path->len > 0 ? path->str : (const char *) g_ptr_array_index (self->duplicate_names, best));
  return FALSE;
}

/* Blanks and json-glib's C comments, from @i. */
static gsize
skip_blanks (const char *data,
             gsize       length,
             gsize       i)
{
  while (i < length)
    {
      if (g_ascii_isspace (data[i]))
        i++;
      else if (data[i] == '/' && i + 1 < length && data[i + 1] == '*')
        {
          const char *end = g_strstr_len (data + i + 2, length - i - 2, "*/");

          if (end == NULL)
            return i;
          i = (gsize) (end - data) + 2;
        }
      else
        break;
    }

  return i;
}

/* json-glib 1.6 reads several top-level values, keeps the first, and
 * leaks the others.  So the reader finds where the first object or array
 * ends (skipping strings and comments, whose brackets do not count),
 * parses only that, and refuses anything but blanks after it.  Returns 0
 * when there is no matching end: the parser then reports the error. */
static gsize
first_value_length (const char *data,
                    gsize       length)
{
  gsize i = skip_blanks (data, length, 0);
  int depth = 0;

  if (i >= length || (data[i] != '{' && data[i] != '['))
    return 0;

  for (; i < length; i++)
    {
      switch (data[i])
        {
        case '"':
          for (i++; i < length && data[i] != '"'; i++)
            if (data[i] == '\\')
              i++;
          if (i >= length)
            return 0;
          break;

        case '/':
          if (i + 1 < length && data[i + 1] == '*')
            {
              const char *end = g_strstr_len (data + i + 2, length - i - 2, "*/");

              if (end == NULL)
                return 0;
              i = (gsize) (end - data) + 1;
            }
          break;

        case '{':
        case '[':
          depth++;
          break;

        case '}':
        case ']':
          if (--depth == 0)
            return i + 1;
          break;

        default:
          break;
        }
    }

  return 0;
}

static GListModel *
load (const char  *name,
      const char  *data,
      gsize        length,
      GError     **error)
{
  g_auto(RecordReader) self = { 0 };
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) json_error = NULL;
  const char *invalid;
  gsize parsed;

  /* json-glib skips a byte-order mark too; skipping it here keeps the
   * offsets of the text the parser saw. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  self.name = name;
  self.data = data;
  self.length = length;
  build_line_starts (&self);

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      fail (&self, error, CAREPLAN_ERROR_INVALID_JSON, (gsize) (invalid - data), NULL,
            "not UTF-8 text");
      return NULL;
    }

  self.positions = g_hash_table_new (NULL, NULL);
  self.open = g_array_new (FALSE, FALSE, sizeof (OpenContainer));
  self.duplicate_objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  self.duplicate_names = g_ptr_array_new_with_free_func (g_free);
  self.duplicate_offsets = g_array_new (FALSE, FALSE, sizeof (gsize));

  parser = json_parser_new ();
  g_signal_connect (parser, "object-start", G_CALLBACK (on_container_start), &self);
  g_signal_connect (parser, "array-start", G_CALLBACK (on_container_start), &self);
  g_signal_connect (parser, "object-member", G_CALLBACK (on_object_member), &self);
  g_signal_connect (parser, "array-element", G_CALLBACK (on_array_element), &self);
  g_signal_connect (parser, "object-end", G_CALLBACK (on_object_end), &self);
  g_signal_connect (parser, "array-end", G_CALLBACK (on_array_end), &self);

  parsed = first_value_length (data, length);
  if (parsed == 0)
    parsed = length;

  if (!json_parser_load_from_data (parser, data, (gssize) parsed, &json_error))
    {
      /* Keep json-glib's line:column; name the file instead of "<data>". */
      const char *message = json_error->message;

      if (g_str_has_prefix (message, "<data>:"))
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_JSON, "%s%s",
                     name, message + strlen ("<data>"));
      else
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_JSON, "%s: %s",
                     name, message);
      return NULL;
    }

  if (skip_blanks (data, length, parsed) < length)
    {
      fail (&self, error, CAREPLAN_ERROR_INVALID_JSON, skip_blanks (data, length, parsed), NULL,
            "more text after the end of the JSON value (a file holds one object)");
      return NULL;
    }

  self.root = json_parser_get_root (parser);
  if (self.root == NULL)
    {
      fail (&self, error, CAREPLAN_ERROR_INVALID_JSON, 0, NULL,
            "no JSON value (the file is empty)");
      return NULL;
    }

  if (JSON_NODE_HOLDS_OBJECT (self.root) || JSON_NODE_HOLDS_ARRAY (self.root))
    self.root_start = self.last_closed_start;
  else
    {
      while (self.root_start < length && g_ascii_isspace (data[self.root_start]))
        self.root_start++;
    }

  if (self.duplicate_objects->len > 0)
    {
      report_duplicate_member (&self, error);
      return NULL;
    }

  return read_root (&self, error);
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

  return load (filename != NULL ? filename : "<data>", data, (gsize) length, error);
}

static char *
read_whole_file (const char  *path,
                 gsize       *length,
                 GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  guint8 buffer[65536];
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: cannot read: %s",
                   path, g_strerror (saved_errno));
      return NULL;
    }

  for (;;)
    {
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          close (fd);
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: cannot read: %s",
                       path, g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (bytes, buffer, (guint) n);
    }

  close (fd);
  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);

  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
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

  data = read_whole_file (path, &length, error);
  if (data == NULL)
    return NULL;

  return load (path, data, length, error);
}
