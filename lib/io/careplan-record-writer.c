/* careplan-record-writer.c: writes the careplan JSON record format
 *
 * The output is canonical, so that saving what was loaded is stable byte
 * for byte: always the wrapper form, members in the order of docs/record-format.md
 * followed by the kept unknown members in their original order, fields
 * that are not recorded left out, two-space indentation, `"key": value`,
 * and a final newline (the layout of Python's `json.dumps (indent=2)`).
 * json-glib's generator writes `"key" : value`, so the text is built
 * here.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-record.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include <json-glib/json-glib.h>

#include "careplan-date.h"
#include "careplan-error.h"
#include "careplan-model-private.h"
#include "careplan-record-private.h"

/* Layout ------------------------------------------------------------------- */

/* An object or array being written: members are separated as they come,
 * so that an empty one is written `{}` or `[]`. */
typedef struct
{
  GString  *out;
  guint     depth;       /* of the members */
  gboolean  empty;
} Container;

static void
append_indent (GString *out,
               guint    depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if ((guchar) *p < 0x20)
            g_string_append_printf (out, "\\u%04x", (guint) (guchar) *p);
          else
            g_string_append_c (out, *p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

static Container
begin (GString *out,
       guint    depth,
       char     open)
{
  Container container = { out, depth + 1, TRUE };

  g_string_append_c (out, open);
  return container;
}

static void
end (Container *container,
     char       close)
{
  if (!container->empty)
    {
      g_string_append_c (container->out, '\n');
      append_indent (container->out, container->depth - 1);
    }
  g_string_append_c (container->out, close);
}

static void
next_item (Container *container)
{
  g_string_append (container->out, container->empty ? "\n" : ",\n");
  container->empty = FALSE;
  append_indent (container->out, container->depth);
}

static void
next_member (Container  *container,
             const char *key)
{
  next_item (container);
  append_json_string (container->out, key);
  g_string_append (container->out, ": ");
}

/* The shortest of %.15g, %.16g and %.17g that reads back as the same
 * double, with a point or exponent so that it reads back as a double. */
static void
append_double (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  for (int precision = 15; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buffer, sizeof buffer, format, value);
      if (g_ascii_strtod (buffer, NULL) == value)
        break;
    }

  g_string_append (out, buffer);
  if (strpbrk (buffer, ".eEn") == NULL)
    g_string_append (out, ".0");
}

static void
append_node (GString  *out,
             guint     depth,
             JsonNode *node);

static void
append_object (GString    *out,
               guint       depth,
               JsonObject *object)
{
  Container container = begin (out, depth, '{');
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      next_member (&container, name);
      append_node (out, container.depth, member);
    }
  end (&container, '}');
}

static void
append_node (GString  *out,
             guint     depth,
             JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      append_object (out, depth, json_node_get_object (node));
      break;

    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        Container container = begin (out, depth, '[');
        guint n = json_array_get_length (array);

        for (guint i = 0; i < n; i++)
          {
            next_item (&container);
            append_node (out, container.depth, json_array_get_element (array, i));
          }
        end (&container, ']');
      }
      break;

    case JSON_NODE_NULL:
      g_string_append (out, "null");
      break;

    case JSON_NODE_VALUE:
    default:
      {
        GType type = json_node_get_value_type (node);

        if (type == G_TYPE_STRING)
          append_json_string (out, json_node_get_string (node));
        else if (type == G_TYPE_BOOLEAN)
          g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
        else if (type == G_TYPE_DOUBLE)
          append_double (out, json_node_get_double (node));
        else
          g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      }
      break;
    }
}

/* Fields ------------------------------------------------------------------- */

static void
write_string (Container  *container,
              const char *key,
              const char *value)
{
  if (value == NULL)
    return;
  next_member (container, key);
  append_json_string (container->out, value);
}

static void
write_date (Container    *container,
            const char   *key,
            CareplanDate  date)
{
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  if (date == CAREPLAN_DATE_NONE)
    return;
  careplan_date_format_iso (date, iso);
  write_string (container, key, iso);
}

static void
write_boolean (Container        *container,
               const char       *key,
               CareplanTristate  value)
{
  if (value == CAREPLAN_TRISTATE_UNSET)
    return;
  next_member (container, key);
  g_string_append (container->out, value == CAREPLAN_TRISTATE_YES ? "true" : "false");
}

/* Unknown members go after the known ones; a member named like a known
 * one (put there by hand) would give a key twice, so it is left out. */
static void
write_extras (Container                     *container,
              JsonObject                    *extras,
              const char * const            *known_keys,
              const CareplanRecordEventSpec *spec)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (extras == NULL)
    return;

  json_object_iter_init_ordered (&iter, extras);
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      if (known_keys != NULL && careplan_record_key_in (known_keys, name))
        continue;
      if (spec != NULL && careplan_record_event_spec_has_key (spec, name))
        continue;

      next_member (container, name);
      append_node (container->out, container->depth, member);
    }
}

static void
write_event_field (Container                 *container,
                   CareplanEvent             *event,
                   const CareplanRecordField *field)
{
  switch (field->kind)
    {
    case CAREPLAN_RECORD_FIELD_DATE:
      write_date (container, field->key, careplan_event_get_date (event));
      break;
    case CAREPLAN_RECORD_FIELD_END:
      write_date (container, field->key, careplan_event_get_end (event));
      break;
    case CAREPLAN_RECORD_FIELD_DETAIL:
      write_string (container, field->key, careplan_event_get_detail (event));
      break;
    case CAREPLAN_RECORD_FIELD_FLAG:
      write_boolean (container, field->key, careplan_event_get_flag (event));
      break;
    case CAREPLAN_RECORD_FIELD_SCORE:
      if (careplan_event_get_score (event) != CAREPLAN_EVENT_NO_SCORE)
        {
          next_member (container, field->key);
          g_string_append_printf (container->out, "%d", careplan_event_get_score (event));
        }
      break;
    case CAREPLAN_RECORD_FIELD_EXTENDED_TO:
      write_date (container, field->key, careplan_event_get_extended_to (event));
      break;
    case CAREPLAN_RECORD_FIELD_APPROVED:
      write_date (container, field->key, careplan_event_get_approved (event));
      break;
    case CAREPLAN_RECORD_FIELD_NAMED_DATE:
      write_date (container, field->key, careplan_event_get_date_field (event, field->key));
      break;
    case CAREPLAN_RECORD_FIELD_NAMED_TEXT:
    default:
      write_string (container, field->key, careplan_event_get_text_field (event, field->key));
      break;
    }
}

/* Only the members the format defines for the kind are written: a named
 * field set through the API under another name has no key to go to. */
static void
write_event (Container     *list,
             CareplanEvent *event)
{
  const CareplanRecordEventSpec *spec = &careplan_record_event_specs[careplan_event_get_kind (event)];
  Container container;

  next_item (list);
  container = begin (list->out, list->depth, '{');

  for (const CareplanRecordField *field = spec->fields; field->key != NULL; field++)
    write_event_field (&container, event, field);
  write_extras (&container, careplan_event_peek_extras (event), NULL, spec);

  end (&container, '}');
}

static void
write_events (Container *container,
              GPtrArray *events,
              guint      kind)
{
  Container list;

  if (events->len == 0)
    return;

  next_member (container, careplan_record_event_list (kind));
  list = begin (container->out, container->depth, '[');
  for (guint i = 0; i < events->len; i++)
    write_event (&list, g_ptr_array_index (events, i));
  end (&list, ']');
}

static void
write_episode (Container       *list,
               CareplanEpisode *episode)
{
  Container container;

  next_item (list);
  container = begin (list->out, list->depth, '{');

  write_date (&container, "start", careplan_episode_get_start (episode));
  write_date (&container, "end", careplan_episode_get_end (episode));
  write_string (&container, "reason_new_episode", careplan_episode_get_reason_new_episode (episode));
  write_string (&container, "legal_status", careplan_episode_get_legal_status (episode));
  write_string (&container, "category_of_need", careplan_episode_get_category_of_need (episode));
  write_string (&container, "placement_type", careplan_episode_get_placement_type (episode));
  write_string (&container, "placement_provider", careplan_episode_get_placement_provider (episode));
  write_string (&container, "reason_ended", careplan_episode_get_reason_ended (episode));
  write_string (&container, "reason_placement_change",
                careplan_episode_get_reason_placement_change (episode));
  write_string (&container, "home_postcode", careplan_episode_get_home_postcode (episode));
  write_string (&container, "placement_postcode", careplan_episode_get_placement_postcode (episode));
  write_string (&container, "urn", careplan_episode_get_urn (episode));
  write_boolean (&container, "long_term", careplan_episode_get_long_term (episode));
  write_boolean (&container, "out_of_area", careplan_episode_get_out_of_area (episode));
  write_boolean (&container, "at_distance", careplan_episode_get_at_distance (episode));
  write_extras (&container, careplan_episode_peek_extras (episode),
                careplan_record_episode_keys, NULL);

  end (&container, '}');
}

static void
write_care_leaver_date (Container          *container,
                        CareplanCareLeaver *care_leaver,
                        const char         *key,
                        CareplanDate      (*get) (CareplanCareLeaver *))
{
  if (care_leaver != NULL)
    write_date (container, key, get (care_leaver));
}

static void
write_care_leaver (Container          *child,
                   CareplanCareLeaver *care_leaver,
                   GPtrArray         **events)
{
  Container container;

  next_member (child, "care_leaver");
  container = begin (child->out, child->depth, '{');

  write_care_leaver_date (&container, care_leaver, "needs_assessment",
                          careplan_care_leaver_get_needs_assessment);
  write_care_leaver_date (&container, care_leaver, "personal_adviser_from",
                          careplan_care_leaver_get_personal_adviser_from);
  write_events (&container, events[CAREPLAN_EVENT_KIND_PATHWAY_PLAN],
                CAREPLAN_EVENT_KIND_PATHWAY_PLAN);
  write_events (&container, events[CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT],
                CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT);
  write_care_leaver_date (&container, care_leaver, "staying_put_from",
                          careplan_care_leaver_get_staying_put_from);
  write_care_leaver_date (&container, care_leaver, "accommodation_from",
                          careplan_care_leaver_get_accommodation_from);
  write_events (&container, events[CAREPLAN_EVENT_KIND_PA_VISIT], CAREPLAN_EVENT_KIND_PA_VISIT);
  write_care_leaver_date (&container, care_leaver, "support_requested",
                          careplan_care_leaver_get_support_requested);
  write_care_leaver_date (&container, care_leaver, "adviser_declined",
                          careplan_care_leaver_get_adviser_declined);
  write_events (&container, events[CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES],
                CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES);
  if (care_leaver != NULL)
    write_extras (&container, careplan_care_leaver_peek_extras (care_leaver),
                  careplan_record_care_leaver_keys, NULL);

  end (&container, '}');
}

static void
write_child (Container     *list,
             CareplanChild *child)
{
  GPtrArray *events[CAREPLAN_EVENT_N_KINDS];
  CareplanCareLeaver *care_leaver = careplan_child_get_care_leaver (child);
  GListModel *episodes = careplan_child_get_episodes (child);
  GListModel *all_events = careplan_child_get_events (child);
  guint n_episodes = g_list_model_get_n_items (episodes);
  guint n_events = g_list_model_get_n_items (all_events);
  gboolean has_care_leaver = care_leaver != NULL;
  Container container;

  /* One pass sorts the events into their lists, each in model order. */
  for (guint kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    events[kind] = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_events; i++)
    {
      CareplanEvent *event = g_list_model_get_item (all_events, i);

      g_ptr_array_add (events[careplan_event_get_kind (event)], event);
    }

  next_item (list);
  container = begin (list->out, list->depth, '{');

  write_string (&container, "id", careplan_child_get_id (child));
  write_date (&container, "date_of_birth", careplan_child_get_date_of_birth (child));
  write_string (&container, "sex", careplan_child_get_sex (child));
  write_string (&container, "upn", careplan_child_get_upn (child));
  write_boolean (&container, "uasc", careplan_child_get_uasc (child));
  write_boolean (&container, "disabled", careplan_child_get_disabled (child));

  if (n_episodes > 0)
    {
      Container episode_list;

      next_member (&container, "episodes");
      episode_list = begin (container.out, container.depth, '[');
      for (guint i = 0; i < n_episodes; i++)
        {
          g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, i);

          write_episode (&episode_list, episode);
        }
      end (&episode_list, ']');
    }

  for (guint kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    {
      if (careplan_record_event_in_care_leaver (kind))
        has_care_leaver = has_care_leaver || events[kind]->len > 0;
      else
        write_events (&container, events[kind], kind);
    }

  if (has_care_leaver)
    write_care_leaver (&container, care_leaver, events);

  write_extras (&container, careplan_child_peek_extras (child), careplan_record_child_keys, NULL);
  end (&container, '}');

  for (guint kind = 0; kind < CAREPLAN_EVENT_N_KINDS; kind++)
    g_ptr_array_unref (events[kind]);
}

/**
 * careplan_record_save_data:
 * @children: a list of [class@Careplan.Child]
 * @length: (out) (optional): return location for the length of the text
 *   in bytes
 *
 * Writes @children in the careplan JSON record format, always as a
 * `{ "format": "careplan-record/1", "children": [ … ] }` object.
 *
 * The text is canonical: members in the order of the format's
 * definition, then any members the reader did not know (kept on each
 * child, episode, event and care-leaver object, and, when @children is a
 * list that [func@Careplan.record_load_data] returned, on the wrapper
 * object) in the order they were read; fields that are not recorded are
 * left out; two-space indentation and a final newline. Saving what was
 * loaded from canonical text gives the same bytes.
 *
 * Every child must have an id (a record without one could not be read
 * back): [func@Careplan.record_save_file] reports one that has none as a
 * #GError.
 *
 * Returns: (transfer full): the text, nul-terminated
 *
 * Since: 0.1
 */
char *
careplan_record_save_data (GListModel *children,
                           gsize      *length)
{
  g_autoptr(GString) out = NULL;
  JsonObject *extras;
  Container file;
  Container list;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (children), NULL);

  n = g_list_model_get_n_items (children);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (children, i);

      g_return_val_if_fail (CAREPLAN_IS_CHILD (item), NULL);
      /* A record without an id could not be read back. */
      g_return_val_if_fail (careplan_child_check_id (CAREPLAN_CHILD (item), NULL), NULL);
    }

  out = g_string_new (NULL);
  file = begin (out, 0, '{');

  next_member (&file, "format");
  append_json_string (out, CAREPLAN_RECORD_FORMAT);

  next_member (&file, "children");
  list = begin (out, file.depth, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);

      write_child (&list, child);
    }
  end (&list, ']');

  extras = g_object_get_data (G_OBJECT (children), CAREPLAN_RECORD_EXTRAS_KEY);
  write_extras (&file, extras, careplan_record_file_keys, NULL);

  end (&file, '}');
  g_string_append_c (out, '\n');

  if (length != NULL)
    *length = out->len;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * careplan_record_save_file:
 * @children: a list of [class@Careplan.Child]
 * @path: (type filename): the file to write
 * @error: return location for a #GError
 *
 * Writes @children to @path in the careplan JSON record format, as
 * [func@Careplan.record_save_data] does. The file is replaced atomically:
 * a reader never sees half of it. A file that cannot be written gives
 * %CAREPLAN_ERROR_IO; a child without an id, %CAREPLAN_ERROR_INVALID_RECORD
 * (and nothing is written).
 *
 * Returns: %TRUE on success, %FALSE with @error set
 *
 * Since: 0.1
 */
gboolean
careplan_record_save_file (GListModel  *children,
                           const char  *path,
                           GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_LIST_MODEL (children), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (children, i);

      if (CAREPLAN_IS_CHILD (item) && !careplan_child_check_id (CAREPLAN_CHILD (item), &local_error))
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD, "%s: children[%u]: %s",
                       path, i, local_error->message);
          return FALSE;
        }
    }

  text = careplan_record_save_data (children, &length);
  if (text == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "%s: the list holds something other than children", path);
      return FALSE;
    }

  /* A temporary file renamed over @path: never over a device, a FIFO, a
   * directory or a symbolic link (the rename would replace it). */
  {
    GStatBuf info;

    if (g_lstat (path, &info) == 0 && !S_ISREG (info.st_mode))
      {
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                     "%s: will not write: not a regular file", path);
        return FALSE;
      }
  }

  if (!g_file_set_contents_full (path, text, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local_error))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: cannot write: %s",
                   path, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Streaming ---------------------------------------------------------------- */

/* Flushed to the stream when the buffer holds this much. */
#define RECORD_WRITER_CHUNK (64 * 1024)

/**
 * CareplanRecordWriter:
 *
 * Writes children to a [class@Gio.OutputStream] in the careplan JSON
 * record format one at a time, as they are read or made, so that a
 * caseload of any size is written without being held whole.
 *
 * The text is byte for byte what [func@Careplan.record_save_data] gives
 * for the same children in the same order: give the children with
 * [method@Careplan.RecordWriter.write], then end the document with
 * [method@Careplan.RecordWriter.close] (a writer closed with no child
 * writes an empty `children` array). The writer flushes the stream but
 * never closes it: the stream belongs to the caller.
 *
 * Since: 0.2
 */
struct _CareplanRecordWriter
{
  GObject        parent_instance;

  GOutputStream *stream;
  GString       *buffer;
  Container      file;
  Container      list;
  guint          started : 1;
  guint          closed : 1;
};

G_DEFINE_FINAL_TYPE (CareplanRecordWriter, careplan_record_writer, G_TYPE_OBJECT)

enum {
  RECORD_WRITER_PROP_0,
  RECORD_WRITER_PROP_STREAM,
  RECORD_WRITER_N_PROPS
};

static GParamSpec *record_writer_properties[RECORD_WRITER_N_PROPS];

static void
careplan_record_writer_finalize (GObject *object)
{
  CareplanRecordWriter *self = CAREPLAN_RECORD_WRITER (object);

  g_clear_object (&self->stream);
  g_string_free (self->buffer, TRUE);

  G_OBJECT_CLASS (careplan_record_writer_parent_class)->finalize (object);
}

static void
careplan_record_writer_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CareplanRecordWriter *self = CAREPLAN_RECORD_WRITER (object);

  switch (prop_id)
    {
    case RECORD_WRITER_PROP_STREAM:
      g_value_set_object (value, self->stream);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_record_writer_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CareplanRecordWriter *self = CAREPLAN_RECORD_WRITER (object);

  switch (prop_id)
    {
    case RECORD_WRITER_PROP_STREAM:
      g_set_object (&self->stream, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_record_writer_class_init (CareplanRecordWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_record_writer_finalize;
  object_class->get_property = careplan_record_writer_get_property;
  object_class->set_property = careplan_record_writer_set_property;

  /**
   * CareplanRecordWriter:stream: (getter get_stream)
   *
   * The stream the records are written to. The writer flushes it but
   * never closes it.
   *
   * Since: 0.2
   */
  record_writer_properties[RECORD_WRITER_PROP_STREAM] =
    g_param_spec_object ("stream", NULL, NULL,
                         G_TYPE_OUTPUT_STREAM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, RECORD_WRITER_N_PROPS, record_writer_properties);
}

static void
careplan_record_writer_init (CareplanRecordWriter *self)
{
  self->buffer = g_string_sized_new (RECORD_WRITER_CHUNK + 16 * 1024);
}

/**
 * careplan_record_writer_new:
 * @stream: the stream to write to
 *
 * Makes a writer of careplan JSON records to @stream.
 *
 * Returns: (transfer full): a new writer
 *
 * Since: 0.2
 */
CareplanRecordWriter *
careplan_record_writer_new (GOutputStream *stream)
{
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  return g_object_new (CAREPLAN_TYPE_RECORD_WRITER, "stream", stream, NULL);
}

/**
 * careplan_record_writer_get_stream:
 * @self: a writer
 *
 * Gets the stream the records are written to.
 *
 * Returns: (transfer none): the stream
 *
 * Since: 0.2
 */
GOutputStream *
careplan_record_writer_get_stream (CareplanRecordWriter *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RECORD_WRITER (self), NULL);

  return self->stream;
}

static void
record_writer_start (CareplanRecordWriter *self)
{
  if (self->started)
    return;
  self->started = TRUE;
  self->file = begin (self->buffer, 0, '{');
  next_member (&self->file, "format");
  append_json_string (self->buffer, CAREPLAN_RECORD_FORMAT);
  next_member (&self->file, "children");
  self->list = begin (self->buffer, self->file.depth, '[');
}

static gboolean
record_writer_flush (CareplanRecordWriter  *self,
                     GError               **error)
{
  gboolean ok = g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len,
                                           NULL, NULL, error);

  g_string_truncate (self->buffer, 0);
  return ok;
}

/**
 * careplan_record_writer_write:
 * @self: a writer
 * @child: the next child
 * @error: return location for a #GError
 *
 * Writes @child as the next element of the `children` array. The text
 * may stay in the writer's buffer until a later call or
 * [method@Careplan.RecordWriter.close].
 *
 * Returns: %TRUE; %FALSE with @error set when @child has no id
 *   (%CAREPLAN_ERROR_INVALID_RECORD: a record without one could not be
 *   read back; nothing is written for it) or the stream fails
 *
 * Since: 0.2
 */
gboolean
careplan_record_writer_write (CareplanRecordWriter  *self,
                              CareplanChild         *child,
                              GError               **error)
{
  g_return_val_if_fail (CAREPLAN_IS_RECORD_WRITER (self), FALSE);
  g_return_val_if_fail (CAREPLAN_IS_CHILD (child), FALSE);
  g_return_val_if_fail (!self->closed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!careplan_child_check_id (child, error))
    return FALSE;

  record_writer_start (self);
  write_child (&self->list, child);
  if (self->buffer->len >= RECORD_WRITER_CHUNK)
    return record_writer_flush (self, error);
  return TRUE;
}

/**
 * careplan_record_writer_close:
 * @self: a writer
 * @error: return location for a #GError
 *
 * Ends the document (the `children` array, the wrapper object and a final
 * newline), writes what is buffered and flushes the stream. Nothing can
 * be written afterwards.
 *
 * Returns: %TRUE; %FALSE with @error set when the stream fails
 *
 * Since: 0.2
 */
gboolean
careplan_record_writer_close (CareplanRecordWriter  *self,
                              GError               **error)
{
  g_return_val_if_fail (CAREPLAN_IS_RECORD_WRITER (self), FALSE);
  g_return_val_if_fail (!self->closed, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  record_writer_start (self);
  self->closed = TRUE;
  end (&self->list, ']');
  end (&self->file, '}');
  g_string_append_c (self->buffer, '\n');
  return record_writer_flush (self, error) &&
         g_output_stream_flush (self->stream, NULL, error);
}
