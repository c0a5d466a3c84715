/* careplan-serve-envelope.c: the top level of a service request body
 *
 * A request to `careplan serve` is one JSON object whose members carry the
 * options (`as_of`, `within`, `year`, …) and the documents (`records`, a
 * careplan-record/1 document or one child; `policy`, a careplan-policy/1
 * document; `plans`; the CSV `files` of a return).  The body is read once
 * with careplan's one strict JSON reader (lib/careplan-json.c, the reader
 * of every record, policy, plan and calendar file): there is no second
 * JSON scanner to disagree with it.  Each top-level member's value is
 * located as the exact bytes that were sent (and an array's elements
 * likewise), and those bytes go to the library's own readers, so a record
 * sent to the service is read exactly as the same record in a file, and
 * an error's line and column are translated back to the position in the
 * request body.  Scalars (dates, numbers, flags) are kept decoded.
 *
 * Columns count bytes, as the reader's do.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-serve-private.h"

#include <string.h>

#define BODY_NAME "request body"

static void
member_free (gpointer data)
{
  CareplanServeMember *member = data;

  g_clear_pointer (&member->scalar, json_node_unref);
  g_clear_pointer (&member->elements, g_array_unref);
  g_free (member);
}

static gsize
offset_of (CareplanServeEnvelope *envelope,
           guint                  line,
           guint                  column)
{
  gsize offset;

  if (line == 0 || line > envelope->line_starts->len)
    return envelope->length;
  offset = g_array_index (envelope->line_starts, gsize, line - 1) + (column > 0 ? column - 1 : 0);
  return MIN (offset, envelope->length);
}

static void
line_column_of (CareplanServeEnvelope *envelope,
                gsize                  offset,
                guint                 *line,
                guint                 *column)
{
  guint low = 0, high = envelope->line_starts->len;

  /* The last line that starts at or before @offset. */
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (envelope->line_starts, gsize, middle) <= offset)
        low = middle;
      else
        high = middle;
    }
  *line = low + 1;
  *column = (guint) (offset - MIN (offset, g_array_index (envelope->line_starts, gsize, low))) + 1;
}

/* Takes the position out of a reader's "NAME:LINE:COLUMN: …" message. */
static void
note_error_position (CareplanServeEnvelope *envelope,
                     const GError          *error)
{
  const char *p;
  char *end = NULL;
  guint64 line, column;

  envelope->error_line = 0;
  envelope->error_column = 0;
  if (error == NULL || !g_str_has_prefix (error->message, BODY_NAME ":"))
    return;
  p = error->message + strlen (BODY_NAME ":");
  line = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':')
    return;
  p = end + 1;
  column = g_ascii_strtoull (p, &end, 10);
  if (end == p || *end != ':')
    return;
  envelope->error_line = (guint) line;
  envelope->error_column = (guint) column;
}

static gboolean
fail_at (CareplanServeEnvelope  *envelope,
         gsize                   offset,
         GError                **error,
         const char             *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (CareplanServeEnvelope  *envelope,
         gsize                   offset,
         GError                **error,
         const char             *format,
         ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  line_column_of (envelope, offset, &envelope->error_line, &envelope->error_column);
  g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_JSON, BODY_NAME ":%u:%u: %s",
               envelope->error_line, envelope->error_column, what);
  return FALSE;
}

static gboolean
reader_failed (CareplanServeEnvelope  *envelope,
               GError                 *local_error,
               GError                **error)
{
  note_error_position (envelope, local_error);
  g_propagate_error (error, local_error);
  return FALSE;
}

/* Where the next event starts, in bytes from the body's start. */
static gboolean
peek_offset (CareplanServeEnvelope  *envelope,
             CareplanJsonReader     *reader,
             CareplanJsonEvent      *event,
             gsize                  *offset,
             GError                **error)
{
  guint line, column;

  if (!careplan_json_reader_peek (reader, event, error))
    return FALSE;
  careplan_json_reader_get_position (reader, &line, &column);
  *offset = *event == CAREPLAN_JSON_EVENT_END ? envelope->length : offset_of (envelope, line, column);
  return TRUE;
}

/* The end of the value before @next (the next event's start): values end
 * neither in white space nor in a comma. */
static gsize
end_before (CareplanServeEnvelope *envelope,
            gsize                  next)
{
  const char *data = envelope->data;
  gsize i = next;

  while (i > 0 && g_ascii_isspace (data[i - 1]))
    i--;
  if (i > 0 && data[i - 1] == ',')
    {
      i--;
      while (i > 0 && g_ascii_isspace (data[i - 1]))
        i--;
    }
  return i;
}

/* Takes one whole value; an array's elements are located on the way. */
static gboolean
take_value (CareplanServeEnvelope  *envelope,
            CareplanJsonReader     *reader,
            CareplanServeMember    *member,
            GError                **error)
{
  CareplanJsonEvent event;
  guint depth = 0;
  gboolean in_element = FALSE;
  gsize offset;

  if (!careplan_json_reader_next (reader, &event, error))
    return FALSE;
  if (event == CAREPLAN_JSON_EVENT_SCALAR)
    {
      member->scalar = json_node_copy (careplan_json_reader_get_scalar (reader));
      return TRUE;
    }
  if (event == CAREPLAN_JSON_EVENT_ARRAY_START)
    member->elements = g_array_new (FALSE, FALSE, sizeof (CareplanServeSpan));
  depth = 1;

  while (depth > 0)
    {
      if (!peek_offset (envelope, reader, &event, &offset, error))
        return FALSE;
      if (member->elements != NULL && depth == 1)
        {
          if (in_element)
            g_array_index (member->elements, CareplanServeSpan, member->elements->len - 1).end =
              end_before (envelope, offset);
          in_element = event != CAREPLAN_JSON_EVENT_ARRAY_END;
          if (in_element)
            {
              CareplanServeSpan element = { offset, offset };

              g_array_append_val (member->elements, element);
            }
        }
      if (!careplan_json_reader_next (reader, &event, error))
        return FALSE;
      if (event == CAREPLAN_JSON_EVENT_OBJECT_START || event == CAREPLAN_JSON_EVENT_ARRAY_START)
        depth++;
      else if (event == CAREPLAN_JSON_EVENT_OBJECT_END || event == CAREPLAN_JSON_EVENT_ARRAY_END)
        depth--;
    }
  return TRUE;
}

void
careplan_serve_envelope_clear (CareplanServeEnvelope *envelope)
{
  g_clear_pointer (&envelope->members, g_hash_table_unref);
  g_clear_pointer (&envelope->line_starts, g_array_unref);
}

gboolean
careplan_serve_envelope_parse (CareplanServeEnvelope  *envelope,
                               const char             *data,
                               gsize                   length,
                               GError                **error)
{
  g_autoptr(CareplanJsonReader) reader = NULL;
  g_autoptr(GError) local_error = NULL;
  CareplanJsonEvent event;
  gsize offset, first = 0;

  memset (envelope, 0, sizeof *envelope);
  envelope->data = data;
  envelope->length = length;
  envelope->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, member_free);
  envelope->line_starts = g_array_new (FALSE, FALSE, sizeof (gsize));

  /* The reader skips a byte-order mark without counting it. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    first = 3;
  g_array_append_val (envelope->line_starts, first);
  for (gsize i = 0; i < length; i++)
    if (data[i] == '\n')
      {
        gsize start = i + 1;

        g_array_append_val (envelope->line_starts, start);
      }

  reader = careplan_json_reader_new_for_data (BODY_NAME, data, length, CAREPLAN_ERROR_INVALID_JSON);
  if (!peek_offset (envelope, reader, &event, &offset, &local_error))
    return reader_failed (envelope, g_steal_pointer (&local_error), error);
  if (event != CAREPLAN_JSON_EVENT_OBJECT_START)
    return fail_at (envelope, MIN (offset, length), error, "the body must be one JSON object");
  careplan_json_reader_next (reader, &event, NULL);

  for (;;)
    {
      g_autofree char *key = NULL;
      CareplanServeMember *member;

      if (!careplan_json_reader_next (reader, &event, &local_error))
        return reader_failed (envelope, g_steal_pointer (&local_error), error);
      if (event == CAREPLAN_JSON_EVENT_OBJECT_END)
        break;

      /* A member (the reader refuses a name given twice). */
      key = g_strdup (careplan_json_reader_get_key (reader));
      member = g_new0 (CareplanServeMember, 1);
      g_hash_table_insert (envelope->members, g_strdup (key), member);
      if (!peek_offset (envelope, reader, &event, &member->span.start, &local_error) ||
          !take_value (envelope, reader, member, &local_error) ||
          !peek_offset (envelope, reader, &event, &offset, &local_error))
        return reader_failed (envelope, g_steal_pointer (&local_error), error);
      member->span.end = end_before (envelope, offset);
    }

  if (!careplan_json_reader_finish (reader, &local_error))
    return reader_failed (envelope, g_steal_pointer (&local_error), error);
  return TRUE;
}

static CareplanServeMember *
get_member (CareplanServeEnvelope *envelope,
            const char            *name)
{
  return envelope->members != NULL ? g_hash_table_lookup (envelope->members, name) : NULL;
}

const CareplanServeSpan *
careplan_serve_envelope_get (CareplanServeEnvelope *envelope,
                             const char            *name)
{
  CareplanServeMember *member = get_member (envelope, name);

  return member != NULL ? &member->span : NULL;
}

GArray *
careplan_serve_envelope_dup_elements (CareplanServeEnvelope *envelope,
                                      const char            *name)
{
  CareplanServeMember *member = get_member (envelope, name);
  GArray *spans;

  if (member == NULL)
    return NULL;
  if (member->elements != NULL)
    return g_array_ref (member->elements);
  spans = g_array_new (FALSE, FALSE, sizeof (CareplanServeSpan));
  g_array_append_val (spans, member->span);
  return spans;
}

char *
careplan_serve_envelope_dup_string (CareplanServeEnvelope  *envelope,
                                    const char             *name,
                                    GError                **error)
{
  CareplanServeMember *member = get_member (envelope, name);

  if (member == NULL)
    return NULL;
  if (member->scalar == NULL || json_node_get_value_type (member->scalar) != G_TYPE_STRING)
    {
      fail_at (envelope, member->span.start, error, "%s: expected a string", name);
      return NULL;
    }
  return g_strdup (json_node_get_string (member->scalar));
}

gboolean
careplan_serve_envelope_get_int (CareplanServeEnvelope  *envelope,
                                 const char             *name,
                                 gint64                  min,
                                 gint64                  max,
                                 gint64                 *value,
                                 GError                **error)
{
  CareplanServeMember *member = get_member (envelope, name);

  if (member == NULL)
    return TRUE;
  if (member->scalar == NULL || json_node_get_value_type (member->scalar) != G_TYPE_INT64 ||
      json_node_get_int (member->scalar) < min || json_node_get_int (member->scalar) > max)
    return fail_at (envelope, member->span.start, error,
                    "%s: expected a whole number from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT,
                    name, min, max);
  *value = json_node_get_int (member->scalar);
  return TRUE;
}

gboolean
careplan_serve_envelope_get_boolean (CareplanServeEnvelope  *envelope,
                                     const char             *name,
                                     gboolean               *value,
                                     GError                **error)
{
  CareplanServeMember *member = get_member (envelope, name);

  if (member == NULL)
    return TRUE;
  if (member->scalar == NULL || json_node_get_value_type (member->scalar) != G_TYPE_BOOLEAN)
    return fail_at (envelope, member->span.start, error, "%s: expected true or false", name);
  *value = json_node_get_boolean (member->scalar);
  return TRUE;
}

CareplanJsonReader *
careplan_serve_envelope_read_span (CareplanServeEnvelope   *envelope,
                                   const CareplanServeSpan *span,
                                   const char              *name)
{
  return careplan_json_reader_new_for_data (name, envelope->data + span->start,
                                            span->end - span->start, CAREPLAN_ERROR_INVALID_JSON);
}

void
careplan_serve_envelope_position (CareplanServeEnvelope   *envelope,
                                  const CareplanServeSpan *span,
                                  guint                    line_in_value,
                                  guint                    column_in_value,
                                  guint                   *line,
                                  guint                   *column)
{
  guint start_line, start_column;

  if (span == NULL || line_in_value == 0)
    {
      *line = line_in_value;
      *column = column_in_value;
      return;
    }
  line_column_of (envelope, span->start, &start_line, &start_column);
  *line = start_line + line_in_value - 1;
  *column = line_in_value == 1 ? start_column + column_in_value - 1 : column_in_value;
}
