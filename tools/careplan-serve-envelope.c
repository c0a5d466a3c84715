/* careplan-serve-envelope.c: the top level of a service request body
 *
 * A request to `careplan serve` is one JSON object whose members carry the
 * options (`as_of`, `within`, `year`, `status`) and the documents (`records`,
 * a careplan-record/1 document or one child; `policy`, a careplan-policy/1
 * document).  The documents are not parsed here: this scanner finds the
 * exact bytes of each top-level member's value, and those bytes go to the
 * library's own strict readers, so a record sent to the service is read
 * exactly as the same record in a file, and an error's line and column are
 * translated back to the position in the request body.
 *
 * The scanner is strict RFC 8259 at the top level (a string key, a colon,
 * a value, commas, no duplicate keys, nothing after the object); inside a
 * value it tracks strings and nesting only, without recursion, leaving
 * the value's own validation to the reader it is given to.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-serve-private.h"

#include <string.h>

#define MAX_DEPTH 512

static void
position_of (const char *data,
             gsize       offset,
             guint      *line,
             guint      *column)
{
  gsize i;

  *line = 1;
  *column = 1;
  for (i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

static gboolean
fail (CareplanServeEnvelope  *envelope,
      const char             *data,
      gsize                   offset,
      GError                **error,
      const char             *what)
{
  guint line, column;

  position_of (data, offset, &line, &column);
  envelope->error_line = line;
  envelope->error_column = column;
  g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_JSON,
               "request body, line %u, column %u: %s", line, column, what);
  return FALSE;
}

static gsize
skip_space (const char *data,
            gsize       length,
            gsize       i)
{
  while (i < length && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
    i++;
  return i;
}

/* Past the end of the string starting at @i (a '"'); 0 when unterminated
 * or holding a raw control character. */
static gsize
skip_string (const char *data,
             gsize       length,
             gsize       i)
{
  for (i++; i < length; i++)
    {
      if (data[i] == '\\')
        {
          i++;
          continue;
        }
      if (data[i] == '"')
        return i + 1;
      if ((guchar) data[i] < 0x20)
        return 0;
    }
  return 0;
}

/* Past the end of the value starting at @i; 0 when it does not end, with
 * @bad at the offending byte. */
static gsize
skip_value (const char *data,
            gsize       length,
            gsize       i,
            gsize      *bad)
{
  guint depth = 0;

  do
    {
      *bad = i;
      if (i >= length)
        return 0;
      switch (data[i])
        {
        case '"':
          i = skip_string (data, length, i);
          if (i == 0)
            return 0;
          break;
        case '{':
        case '[':
          if (++depth > MAX_DEPTH)
            return 0;
          i++;
          break;
        case '}':
        case ']':
          if (depth == 0)
            return 0;
          depth--;
          i++;
          break;
        case '\'':
        case '/':
          return 0;   /* not JSON: single quotes, comments */
        default:
          i++;
          /* A scalar at the top ends before a delimiter. */
          if (depth == 0)
            {
              while (i < length && strchr (",}] \t\r\n", data[i]) == NULL)
                i++;
              return i;
            }
          break;
        }
    }
  while (depth > 0);
  return i;
}

void
careplan_serve_envelope_clear (CareplanServeEnvelope *envelope)
{
  g_clear_pointer (&envelope->members, g_hash_table_unref);
}

gboolean
careplan_serve_envelope_parse (CareplanServeEnvelope  *envelope,
                               const char             *data,
                               gsize                   length,
                               GError                **error)
{
  gsize i;

  memset (envelope, 0, sizeof *envelope);
  envelope->data = data;
  envelope->length = length;
  envelope->members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!g_utf8_validate_len (data, length, NULL))
    return fail (envelope, data, 0, error, "the body is not UTF-8");

  i = skip_space (data, length, 0);
  if (i >= length || data[i] != '{')
    return fail (envelope, data, i, error, "the body must be one JSON object");
  i = skip_space (data, length, i + 1);
  if (i < length && data[i] == '}')
    goto done;

  for (;;)
    {
      gsize key_start, key_end, value_start, value_end, bad;
      g_autofree char *key = NULL;
      CareplanServeSpan *span;

      if (i >= length || data[i] != '"')
        return fail (envelope, data, i, error, "expected a member name in double quotes");
      key_start = i + 1;
      key_end = skip_string (data, length, i);
      if (key_end == 0)
        return fail (envelope, data, i, error, "unterminated member name");
      key = g_strndup (data + key_start, key_end - 1 - key_start);
      if (strchr (key, '\\') != NULL)
        return fail (envelope, data, i, error, "a member name with an escape is not one of the request's");
      if (g_hash_table_contains (envelope->members, key))
        {
          g_autofree char *what = g_strdup_printf ("member “%s” given twice", key);
          return fail (envelope, data, i, error, what);
        }
      i = skip_space (data, length, key_end);
      if (i >= length || data[i] != ':')
        return fail (envelope, data, i, error, "expected ':' after the member name");
      value_start = skip_space (data, length, i + 1);
      value_end = skip_value (data, length, value_start, &bad);
      if (value_end == 0)
        return fail (envelope, data, bad, error,
                     "a value that is not JSON (unterminated, too deep, or with quotes or comments JSON does not allow)");
      span = g_new (CareplanServeSpan, 1);
      span->start = value_start;
      span->end = value_end;
      g_hash_table_insert (envelope->members, g_steal_pointer (&key), span);

      i = skip_space (data, length, value_end);
      if (i < length && data[i] == ',')
        {
          i = skip_space (data, length, i + 1);
          continue;
        }
      if (i < length && data[i] == '}')
        break;
      return fail (envelope, data, i, error, "expected ',' or '}'");
    }

done:
  i = skip_space (data, length, i + 1);
  if (i != length)
    return fail (envelope, data, i, error, "something after the request object");
  return TRUE;
}

const CareplanServeSpan *
careplan_serve_envelope_get (CareplanServeEnvelope *envelope,
                             const char            *name)
{
  return g_hash_table_lookup (envelope->members, name);
}

char *
careplan_serve_envelope_dup_string (CareplanServeEnvelope  *envelope,
                                    const char             *name,
                                    GError                **error)
{
  const CareplanServeSpan *span = careplan_serve_envelope_get (envelope, name);
  const char *p, *end;
  g_autoptr(GString) out = NULL;

  if (span == NULL)
    return NULL;
  p = envelope->data + span->start;
  end = envelope->data + span->end;
  if (end - p < 2 || *p != '"' || end[-1] != '"')
    {
      fail (envelope, envelope->data, span->start, error, "expected a string");
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  out = g_string_new (NULL);
  for (p++, end--; p < end; p++)
    {
      if (*p == '\\')
        {
          fail (envelope, envelope->data, p - envelope->data, error,
                "escapes are not allowed in this value");
          g_prefix_error (error, "%s: ", name);
          return NULL;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
careplan_serve_envelope_get_int (CareplanServeEnvelope  *envelope,
                                 const char             *name,
                                 gint64                  min,
                                 gint64                  max,
                                 gint64                 *value,
                                 GError                **error)
{
  const CareplanServeSpan *span = careplan_serve_envelope_get (envelope, name);
  g_autofree char *text = NULL;

  if (span == NULL)
    return TRUE;
  text = g_strndup (envelope->data + span->start, span->end - span->start);
  if (!g_ascii_string_to_signed (text, 10, min, max, value, NULL))
    {
      g_autofree char *what = g_strdup_printf ("%s: expected a whole number from %" G_GINT64_FORMAT
                                               " to %" G_GINT64_FORMAT, name, min, max);
      return fail (envelope, envelope->data, span->start, error, what);
    }
  return TRUE;
}

void
careplan_serve_envelope_position (CareplanServeEnvelope *envelope,
                                  const char            *name,
                                  guint                  line_in_value,
                                  guint                  column_in_value,
                                  guint                 *line,
                                  guint                 *column)
{
  const CareplanServeSpan *span = careplan_serve_envelope_get (envelope, name);
  guint start_line, start_column;

  if (span == NULL)
    {
      *line = line_in_value;
      *column = column_in_value;
      return;
    }
  position_of (envelope->data, span->start, &start_line, &start_column);
  *line = start_line + line_in_value - 1;
  *column = line_in_value == 1 ? start_column + column_in_value - 1 : column_in_value;
}
