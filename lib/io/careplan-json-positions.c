/* careplan-json-positions.c: JSON documents that know where each node is
 *
 * The parser's signals say when each member and element has been parsed;
 * the scanner's line and column are then those of the last byte it
 * consumed, from which the start of the value is found by walking back
 * (strings and bare tokens) or from the matching open bracket (objects and
 * arrays).  See careplan-json-positions-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-json-positions-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

struct _CareplanJsonDocument
{
  char        *name;
  const char  *data;            /* borrowed for the parse only, then NULL */
  gsize        length;
  GArray      *line_starts;     /* gsize: the offset of each line's first byte */

  GHashTable  *positions;       /* JsonNode * → offset of its first byte */
  GArray      *open;            /* gsize: offsets of the open '{' / '[' */
  gsize        last_closed_start;
  GArray      *member_counts;   /* guint: members parsed, per open container */

  /* Every repeated name, in the order parsed: a later repeat can replace
   * the value that held an earlier one, so the first still in the tree is
   * found once the parse is over. */
  GPtrArray   *duplicate_objects;  /* JsonObject * (a reference each) */
  GPtrArray   *duplicate_names;    /* char * */
  GArray      *duplicate_offsets;  /* gsize */

  JsonParser  *parser;          /* owns the tree */
  JsonNode    *root;
  gsize        root_start;
};

void
careplan_json_document_free (CareplanJsonDocument *self)
{
  if (self == NULL)
    return;

  g_free (self->name);
  g_clear_pointer (&self->line_starts, g_array_unref);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->open, g_array_unref);
  g_clear_pointer (&self->member_counts, g_array_unref);
  g_clear_pointer (&self->duplicate_objects, g_ptr_array_unref);
  g_clear_pointer (&self->duplicate_names, g_ptr_array_unref);
  g_clear_pointer (&self->duplicate_offsets, g_array_unref);
  g_clear_object (&self->parser);
  g_free (self);
}

/* Positions ---------------------------------------------------------------- */

static void
build_line_starts (CareplanJsonDocument *self)
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

static void
offset_to_location (CareplanJsonDocument *self,
                    gsize                 offset,
                    guint                *line,
                    guint                *column)
{
  const gsize *starts = (const gsize *) (gpointer) self->line_starts->data;
  guint low = 0;
  guint high = self->line_starts->len;

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

static gsize
parser_offset (CareplanJsonDocument *self,
               JsonParser           *parser)
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

/* The scanner has consumed the value's last byte, or the comma after it. */
static gsize
scalar_start (CareplanJsonDocument *self,
              gsize                 offset)
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
      /* The opening quote: the first quote before the closing one that an
       * even number of backslashes precedes. */
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
remember_position (CareplanJsonDocument *self,
                   JsonParser           *parser,
                   JsonNode             *node)
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
  CareplanJsonDocument *self = user_data;
  gsize start = parser_offset (self, parser);
  guint zero = 0;

  g_array_append_val (self->open, start);
  g_array_append_val (self->member_counts, zero);
}

static void
close_container (CareplanJsonDocument *self)
{
  g_return_if_fail (self->open->len > 0);

  self->last_closed_start = g_array_index (self->open, gsize, self->open->len - 1);
  g_array_set_size (self->open, self->open->len - 1);
  g_array_set_size (self->member_counts, self->member_counts->len - 1);
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
  CareplanJsonDocument *self = user_data;
  guint *count = &g_array_index (self->member_counts, guint, self->member_counts->len - 1);
  JsonNode *member = json_object_get_member (object, name);

  remember_position (self, parser, member);

  /* json-glib lets a repeated name replace the earlier value silently:
   * the object then holds fewer members than were parsed. */
  (*count)++;
  if (json_object_get_size (object) < *count)
    {
      gsize offset = GPOINTER_TO_SIZE (g_hash_table_lookup (self->positions, member));

      g_ptr_array_add (self->duplicate_objects, json_object_ref (object));
      g_ptr_array_add (self->duplicate_names, g_strdup (name));
      g_array_append_val (self->duplicate_offsets, offset);
      *count = json_object_get_size (object);
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
node_offset (CareplanJsonDocument *self,
             JsonNode             *node)
{
  if (node == NULL || node == self->root)
    return self->root_start;

  return GPOINTER_TO_SIZE (g_hash_table_lookup (self->positions, node));
}

void
careplan_json_document_locate (CareplanJsonDocument *self,
                               JsonNode             *node,
                               guint                *line,
                               guint                *column)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (line != NULL && column != NULL);

  offset_to_location (self, node_offset (self, node), line, column);
}

JsonNode *
careplan_json_document_get_root (CareplanJsonDocument *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->root;
}

/* Errors ------------------------------------------------------------------- */

static gboolean
key_needs_quotes (const char *key)
{
  const char *p;

  if (*key == '\0')
    return TRUE;
  for (p = key; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
      return TRUE;
  return FALSE;
}

static void
append_path (GString                *out,
             const CareplanJsonPath *path)
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

char *
careplan_json_path_to_string (const CareplanJsonPath *path)
{
  GString *out = g_string_new (NULL);

  append_path (out, path);
  return g_string_free (out, FALSE);
}

static gboolean
fail_at_offset (CareplanJsonDocument    *self,
                GError                 **error,
                CareplanError            code,
                gsize                    offset,
                const CareplanJsonPath  *path,
                const char              *message)
{
  g_autofree char *where = careplan_json_path_to_string (path);
  guint line;
  guint column;

  offset_to_location (self, offset, &line, &column);
  g_set_error (error, CAREPLAN_ERROR, code, "%s:%u:%u: %s%s%s",
               self->name, line, column,
               where, *where != '\0' ? ": " : "", message);
  return FALSE;
}

gboolean
careplan_json_document_fail (CareplanJsonDocument    *self,
                             GError                 **error,
                             CareplanError            code,
                             JsonNode                *node,
                             const CareplanJsonPath  *path,
                             const char              *format,
                             ...)
{
  g_autofree char *message = NULL;
  va_list args;

  g_return_val_if_fail (self != NULL, FALSE);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  return fail_at_offset (self, error, code, node_offset (self, node), path, message);
}

const char *
careplan_json_describe_node (JsonNode *node)
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

/* Finds the path of the first repeated member that is still in the tree
 * (a repeat can replace a value that held an earlier repeat). */
static void
find_duplicate (CareplanJsonDocument   *self,
                GHashTable             *duplicates,
                JsonNode               *node,
                const CareplanJsonPath *path,
                guint                  *best,
                GString                *best_path)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      gpointer found = g_hash_table_lookup (duplicates, object);
      JsonObjectIter iter;
      const char *key;
      JsonNode *member;

      if (found != NULL && GPOINTER_TO_UINT (found) - 1 < *best)
        {
          CareplanJsonPath field = { path, NULL, 0 };

          *best = GPOINTER_TO_UINT (found) - 1;
          field.key = g_ptr_array_index (self->duplicate_names, *best);
          g_string_truncate (best_path, 0);
          append_path (best_path, &field);
        }

      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &key, &member))
        {
          CareplanJsonPath field = { path, key, 0 };

          find_duplicate (self, duplicates, member, &field, best, best_path);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);
      guint i;

      for (i = 0; i < n; i++)
        {
          CareplanJsonPath item = { path, NULL, i };

          find_duplicate (self, duplicates, json_array_get_element (array, i), &item,
                          best, best_path);
        }
    }
}

static gboolean
report_duplicate_member (CareplanJsonDocument  *self,
                         GError               **error)
{
  g_autoptr(GHashTable) duplicates = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) path = g_string_new (NULL);
  g_autofree char *message = NULL;
  guint best = G_MAXUINT;
  guint i;

  /* Earlier repeats win: insert from the last so the first stays. */
  for (i = self->duplicate_objects->len; i > 0; i--)
    g_hash_table_insert (duplicates, g_ptr_array_index (self->duplicate_objects, i - 1),
                         GUINT_TO_POINTER (i));

  find_duplicate (self, duplicates, self->root, NULL, &best, path);
  if (best == G_MAXUINT)
    best = 0;

  message = g_strdup_printf ("%s: given twice in one object (JSON keeps only one of them)",
                             path->len > 0 ? path->str
                                           : (const char *) g_ptr_array_index (self->duplicate_names, best));
  return fail_at_offset (self, error, CAREPLAN_ERROR_INVALID_RECORD,
                         g_array_index (self->duplicate_offsets, gsize, best), NULL, message);
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

/* Deeper nesting is refused before json-glib sees it: its parser
 * recurses once per level and overflows the stack on a few tens of
 * thousands (found by fuzzing).  No record needs more than a handful. */
#define MAX_NESTING 512

static gboolean
is_hex_escape (const char *data,
               gsize       length,
               gsize       i,
               guint      *value)
{
  guint v = 0;

  if (i + 6 > length || data[i] != '\\' || data[i + 1] != 'u')
    return FALSE;
  for (gsize k = i + 2; k < i + 6; k++)
    {
      if (!g_ascii_isxdigit (data[k]))
        return FALSE;
      v = v * 16 + (guint) g_ascii_xdigit_value (data[k]);
    }
  *value = v;
  return TRUE;
}

/* What json-glib would turn into something careplan cannot hold: a
 * \u0000 escape (the C string would end there, silently shortening the
 * value) or a lone UTF-16 surrogate (decoded to bytes that are not
 * UTF-8).  Returns the offset of the escape, or 0 when the string from
 * the quote at @i is fine; *end is set to its closing quote. */
static const char *
check_string (const char *data,
              gsize       length,
              gsize       i,
              gsize      *end,
              gsize      *bad)
{
  for (i++; i < length && data[i] != '"'; i++)
    {
      guint value;

      if (data[i] != '\\')
        continue;
      if (is_hex_escape (data, length, i, &value))
        {
          if (value == 0)
            {
              *bad = i;
              return "a string holds \\u0000 (a NUL character), which would cut it short";
            }
          if (value >= 0xd800 && value <= 0xdbff)
            {
              guint low;

              if (!is_hex_escape (data, length, i + 6, &low) || low < 0xdc00 || low > 0xdfff)
                {
                  *bad = i;
                  return "a string holds a lone UTF-16 surrogate escape, which is not text";
                }
              i += 11;
              continue;
            }
          if (value >= 0xdc00 && value <= 0xdfff)
            {
              *bad = i;
              return "a string holds a lone UTF-16 surrogate escape, which is not text";
            }
          i += 5;
          continue;
        }
      i++;
    }

  *end = i;
  return NULL;
}

/* json-glib 1.6 reads several top-level values and keeps the first (and
 * leaks the others): find where the first value ends, so only it is parsed
 * and anything after it refused.  On the way, refuse what json-glib would
 * mishandle (see MAX_NESTING and check_string()).  *end is 0 when the value
 * has no end: the parser then reports that. */
static gboolean
prescan_first_value (const char  *data,
                     gsize        length,
                     gsize       *end,
                     gsize       *bad,
                     const char **problem)
{
  gsize i = skip_blanks (data, length, 0);
  int depth = 0;

  *end = 0;
  if (i >= length)
    return TRUE;

  if (data[i] != '{' && data[i] != '[')
    {
      /* A scalar: a string, or a bare token up to a blank or a comment. */
      if (data[i] == '"')
        {
          gsize close;

          if ((*problem = check_string (data, length, i, &close, bad)) != NULL)
            return FALSE;
          *end = close < length ? close + 1 : 0;
        }
      else
        {
          while (i < length && !g_ascii_isspace (data[i]) && data[i] != '/' &&
                 data[i] != '{' && data[i] != '[' && data[i] != '"')
            i++;
          *end = i;
        }
      return TRUE;
    }

  for (; i < length; i++)
    {
      switch (data[i])
        {
        case '"':
          if ((*problem = check_string (data, length, i, &i, bad)) != NULL)
            return FALSE;
          if (i >= length)
            return TRUE;
          break;

        case '/':
          if (i + 1 < length && data[i + 1] == '*')
            {
              const char *close = g_strstr_len (data + i + 2, length - i - 2, "*/");

              if (close == NULL)
                return TRUE;
              i = (gsize) (close - data) + 1;
            }
          break;

        case '{':
        case '[':
          if (++depth > MAX_NESTING)
            {
              *bad = i;
              *problem = "nested more than 512 levels deep";
              return FALSE;
            }
          break;

        case '}':
        case ']':
          if (--depth == 0)
            {
              *end = i + 1;
              return TRUE;
            }
          break;

        default:
          break;
        }
    }

  return TRUE;
}

CareplanJsonDocument *
careplan_json_document_parse (const char  *name,
                              const char  *data,
                              gsize        length,
                              GError     **error)
{
  g_autoptr(CareplanJsonDocument) self = NULL;
  g_autoptr(GError) json_error = NULL;
  const char *invalid;
  const char *problem = NULL;
  gsize parsed;
  gsize bad = 0;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (data == NULL)
    data = "";
  /* json-glib skips a byte-order mark too; skipping it here keeps the
   * offsets those of the text the parser saw. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  self = g_new0 (CareplanJsonDocument, 1);
  self->name = g_strdup (name);
  self->data = data;
  self->length = length;
  build_line_starts (self);

  if (!g_utf8_validate_len (data, length, &invalid))
    {
      fail_at_offset (self, error, CAREPLAN_ERROR_INVALID_JSON, (gsize) (invalid - data), NULL,
                      "not UTF-8 text");
      return NULL;
    }

  self->positions = g_hash_table_new (NULL, NULL);
  self->open = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->member_counts = g_array_new (FALSE, FALSE, sizeof (guint));
  self->duplicate_objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  self->duplicate_names = g_ptr_array_new_with_free_func (g_free);
  self->duplicate_offsets = g_array_new (FALSE, FALSE, sizeof (gsize));

  self->parser = json_parser_new ();
  g_signal_connect (self->parser, "object-start", G_CALLBACK (on_container_start), self);
  g_signal_connect (self->parser, "array-start", G_CALLBACK (on_container_start), self);
  g_signal_connect (self->parser, "object-member", G_CALLBACK (on_object_member), self);
  g_signal_connect (self->parser, "array-element", G_CALLBACK (on_array_element), self);
  g_signal_connect (self->parser, "object-end", G_CALLBACK (on_object_end), self);
  g_signal_connect (self->parser, "array-end", G_CALLBACK (on_array_end), self);

  if (!prescan_first_value (data, length, &parsed, &bad, &problem))
    {
      fail_at_offset (self, error, CAREPLAN_ERROR_INVALID_JSON, bad, NULL, problem);
      return NULL;
    }
  if (parsed == 0)
    parsed = length;

  if (!json_parser_load_from_data (self->parser, data, (gssize) parsed, &json_error))
    {
      /* json-glib may quote the offending text cut mid-character. */
      g_autofree char *message_valid = g_utf8_make_valid (json_error->message, -1);
      const char *message = message_valid;

      /* Keep json-glib's line:column; name the file instead of "<data>". */
      if (g_str_has_prefix (message, "<data>:"))
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_JSON, "%s%s",
                     name, message + strlen ("<data>"));
      else
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_JSON, "%s: %s",
                     name, message);
      return NULL;
    }
  g_signal_handlers_disconnect_by_data (self->parser, self);

  if (skip_blanks (data, length, parsed) < length)
    {
      fail_at_offset (self, error, CAREPLAN_ERROR_INVALID_JSON, skip_blanks (data, length, parsed),
                      NULL, "more text after the end of the JSON value (a file holds one object)");
      return NULL;
    }

  self->root = json_parser_get_root (self->parser);
  if (self->root == NULL)
    {
      fail_at_offset (self, error, CAREPLAN_ERROR_INVALID_JSON, 0, NULL,
                      "no JSON value (the file is empty)");
      return NULL;
    }

  if (JSON_NODE_HOLDS_OBJECT (self->root) || JSON_NODE_HOLDS_ARRAY (self->root))
    self->root_start = self->last_closed_start;
  else
    self->root_start = skip_blanks (data, length, 0);

  if (self->duplicate_objects->len > 0)
    {
      report_duplicate_member (self, error);
      return NULL;
    }

  self->data = NULL;
  return g_steal_pointer (&self);
}

char *
careplan_json_read_file (const char  *path,
                         gsize       *length,
                         GError     **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  guint8 buffer[65536];
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (length != NULL, NULL);

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
