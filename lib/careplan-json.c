/* careplan-json.c: careplan's one strict, streaming JSON reader
 *
 * A pull tokenizer grown from the pre-scan that used to guard json-glib's
 * parser (careplan-json-positions.c).  json-glib 1.6 could not be made
 * strict (it accepts single quotes and comments, recurses once per level
 * of nesting, keeps one of two members of the same name, cuts strings at
 * \u0000) and cannot stream, and Debian's streaming C parsers (yajl,
 * json-c's tokener) would give a second grammar to keep in step with the
 * checks careplan needs (duplicate names, positions, field paths); so the
 * pre-scan, which already knew strings, escapes and nesting, became the
 * parser, and json-glib is kept only for its JsonNode tree, which the
 * model builders read.  See careplan-json-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-json-private.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#define BLOCK_SIZE 65536

typedef enum
{
  STATE_VALUE,            /* a value must come (top level, after ':' or ',' in an array) */
  STATE_VALUE_OR_END,     /* after '[' */
  STATE_KEY,              /* after ',' in an object */
  STATE_KEY_OR_END,       /* after '{' */
  STATE_AFTER_VALUE,      /* ',' or the container's end */
  STATE_DONE,             /* the top-level value is over */
} State;

typedef struct
{
  gboolean    is_object;
  GHashTable *keys;       /* char * → the first one's line << 32 | column, boxed */
  char       *key;        /* the current member's name */
  guint       index;      /* the current element's index */
  gboolean    has_element;
} Level;

typedef enum
{
  SOURCE_MEMORY,
  SOURCE_FD,
  SOURCE_STREAM,
} SourceKind;

struct _CareplanJsonReader
{
  char          *name;
  CareplanError  syntax_code;
  CareplanError  content_code;   /* a repeated name, a number out of range */

  SourceKind     kind;
  int            fd;
  GInputStream  *stream;
  GCancellable  *cancellable;
  guint8        *block;      /* SOURCE_FD and SOURCE_STREAM */
  const guint8  *data;
  gsize          length;
  gsize          pos;
  gboolean       at_eof;
  guint64        consumed;   /* bytes before data */
  guint64        max_bytes;
  GError        *source_error;
  gboolean       started;

  guint          line;       /* of the next byte */
  guint          column;

  State          state;
  GArray        *levels;     /* Level */

  /* The event just taken or peeked. */
  gboolean          has_peeked;
  CareplanJsonEvent event;
  guint             event_line;
  guint             event_column;
  GString          *text;     /* a string's or a number's text */
  char             *key;
  JsonNode         *scalar;
  GError           *failed;   /* sticky: the reader cannot go on after an error */
};

typedef struct
{
  guint line;
  guint column;
} Position;

struct _CareplanJsonDocument
{
  char       *name;
  GHashTable *positions;    /* JsonNode * → Position * */
  JsonNode   *root;
};

/* Messages ----------------------------------------------------------------- */

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
append_key (GString    *out,
            const char *key)
{
  if (key_needs_quotes (key))
    {
      g_autofree char *cut = careplan_json_cut_for_message (key);

      g_string_append (out, "[\"");
      g_string_append (out, cut);
      g_string_append (out, "\"]");
    }
  else
    {
      if (out->len > 0)
        g_string_append_c (out, '.');
      g_string_append (out, key);
    }
}

static void
append_path (GString                *out,
             const CareplanJsonPath *path)
{
  /* Paths are a handful of levels deep: the chain is walked into an array
   * rather than by recursion all the same. */
  const CareplanJsonPath *chain[CAREPLAN_JSON_MAX_DEPTH + 8];
  guint n = 0;

  for (; path != NULL && n < G_N_ELEMENTS (chain); path = path->parent)
    chain[n++] = path;

  while (n > 0)
    {
      const CareplanJsonPath *segment = chain[--n];

      if (segment->key == NULL)
        g_string_append_printf (out, "[%u]", segment->index);
      else
        append_key (out, segment->key);
    }
}

char *
careplan_json_path_to_string (const CareplanJsonPath *path)
{
  GString *out = g_string_new (NULL);

  append_path (out, path);
  return g_string_free (out, FALSE);
}

char *
careplan_json_cut_for_message (const char *text)
{
  GString *out;
  const char *p;
  guint shown = 0;

  if (text == NULL)
    return NULL;

  /* Never the whole of a huge value, and never a control character that
   * a terminal would obey or that would forge a line of its own: a
   * message may reach a terminal or a log as it is. */
  out = g_string_sized_new (CAREPLAN_JSON_MAX_QUOTED_CHARS + 16);
  for (p = text; *p != '\0'; shown++)
    {
      gunichar c;

      if (shown == CAREPLAN_JSON_MAX_QUOTED_CHARS)
        {
          g_string_append_printf (out, "… (%" G_GSIZE_FORMAT " bytes)", strlen (text));
          break;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          /* Not UTF-8: the byte, in hex. */
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", (guint) c);
      else if ((c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029)
        g_string_append_printf (out, "\\u%04x", (guint) c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

static void
set_error_at (GError                 **error,
              CareplanError            code,
              const char              *name,
              guint                    line,
              guint                    column,
              const char              *where,
              const char              *message)
{
  g_autofree char *cut = NULL;

  /* A path 512 levels deep is cut in the middle (paths are ASCII but
   * for quoted keys, which are cut at character boundaries). */
  if (strlen (where) > 200)
    {
      const char *tail = g_utf8_find_next_char (where + strlen (where) - 80, NULL);
      const char *head_end = g_utf8_find_prev_char (where, where + 100);

      cut = g_strdup_printf ("%.*s…%s", (int) (head_end - where), where, tail);
      where = cut;
    }
  if (line > 0)
    g_set_error (error, CAREPLAN_ERROR, code, "%s:%u:%u: %s%s%s", name, line, column,
                 where, *where != '\0' ? ": " : "", message);
  else
    g_set_error (error, CAREPLAN_ERROR, code, "%s: %s%s%s", name,
                 where, *where != '\0' ? ": " : "", message);
}

/* The reader's own path, from its open containers. */
static char *
reader_path (CareplanJsonReader *self)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < self->levels->len; i++)
    {
      Level *level = &g_array_index (self->levels, Level, i);

      if (level->is_object)
        {
          if (level->key != NULL)
            append_key (out, level->key);
        }
      else if (level->has_element)
        g_string_append_printf (out, "[%u]", level->index);
    }

  return g_string_free (out, FALSE);
}

G_GNUC_PRINTF (6, 0)
static gboolean
reader_fail_valist (CareplanJsonReader *self,
                    GError            **error,
                    CareplanError       code,
                    guint               line,
                    guint               column,
                    const char         *format,
                    va_list             args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  g_autofree char *where = reader_path (self);

  g_clear_error (&self->failed);
  set_error_at (&self->failed, code, self->name, line, column, where, message);
  if (error != NULL)
    *error = g_error_copy (self->failed);
  return FALSE;
}

G_GNUC_PRINTF (5, 6)
static gboolean
reader_fail (CareplanJsonReader *self,
             GError            **error,
             guint               line,
             guint               column,
             const char         *format,
             ...)
{
  va_list args;

  va_start (args, format);
  reader_fail_valist (self, error, self->syntax_code, line, column, format, args);
  va_end (args);
  return FALSE;
}

G_GNUC_PRINTF (5, 6)
static gboolean
content_fail (CareplanJsonReader *self,
              GError            **error,
              guint               line,
              guint               column,
              const char         *format,
              ...)
{
  va_list args;

  va_start (args, format);
  reader_fail_valist (self, error, self->content_code, line, column, format, args);
  va_end (args);
  return FALSE;
}

/* Reader ------------------------------------------------------------------- */

static void
level_clear (gpointer data)
{
  Level *level = data;

  g_clear_pointer (&level->keys, g_hash_table_unref);
  g_clear_pointer (&level->key, g_free);
}

static CareplanJsonReader *
reader_new (const char    *name,
            CareplanError  syntax_code)
{
  CareplanJsonReader *self = g_new0 (CareplanJsonReader, 1);

  self->name = g_strdup (name);
  self->syntax_code = syntax_code;
  /* Well-formed text whose content cannot be held is the reader's
   * "invalid content" error, as a wrong type is. */
  self->content_code = syntax_code == CAREPLAN_ERROR_INVALID_JSON ? CAREPLAN_ERROR_INVALID_RECORD
                                                                  : syntax_code;
  self->fd = -1;
  self->line = 1;
  self->column = 1;
  self->state = STATE_VALUE;
  self->levels = g_array_new (FALSE, TRUE, sizeof (Level));
  g_array_set_clear_func (self->levels, level_clear);
  self->text = g_string_new (NULL);
  self->max_bytes = G_MAXUINT64;
  return self;
}

CareplanJsonReader *
careplan_json_reader_new_for_data (const char    *name,
                                   const char    *data,
                                   gsize          length,
                                   CareplanError  syntax_code)
{
  CareplanJsonReader *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  self = reader_new (name, syntax_code);
  self->kind = SOURCE_MEMORY;
  self->data = (const guint8 *) (data != NULL ? data : "");
  self->length = length;
  self->at_eof = TRUE;
  return self;
}

static const char *
describe_file_type (mode_t mode)
{
  if (S_ISDIR (mode))
    return "a directory";
  if (S_ISCHR (mode))
    return "a character device";
  if (S_ISBLK (mode))
    return "a block device";
  if (S_ISFIFO (mode))
    return "a FIFO";
  if (S_ISSOCK (mode))
    return "a socket";
  return "not a regular file";
}

static char *
describe_size (guint64 bytes)
{
  return g_format_size_full (bytes, G_FORMAT_SIZE_IEC_UNITS);
}

CareplanJsonReader *
careplan_json_reader_new_for_path (const char     *path,
                                   guint64         max_bytes,
                                   CareplanError   syntax_code,
                                   GError        **error)
{
  CareplanJsonReader *self;
  struct stat info = { 0 };
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  /* O_NONBLOCK: opening a FIFO must not wait for a writer. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: cannot read: %s",
                   path, g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "%s: cannot read: %s (careplan reads regular files only)",
                   path, describe_file_type (info.st_mode));
      close (fd);
      return NULL;
    }
  if ((guint64) info.st_size > max_bytes)
    {
      g_autofree char *size = describe_size ((guint64) info.st_size);
      g_autofree char *limit = describe_size (max_bytes);

      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "%s: too big to read (%s; careplan reads at most %s from one input)",
                   path, size, limit);
      close (fd);
      return NULL;
    }
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);

  self = reader_new (path, syntax_code);
  self->kind = SOURCE_FD;
  self->fd = fd;
  self->block = g_malloc (BLOCK_SIZE);
  self->data = self->block;
  self->max_bytes = max_bytes;
  return self;
}

CareplanJsonReader *
careplan_json_reader_new_for_stream (GInputStream  *stream,
                                     const char    *name,
                                     guint64        max_bytes,
                                     CareplanError  syntax_code,
                                     GCancellable  *cancellable)
{
  CareplanJsonReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  self = reader_new (name, syntax_code);
  self->kind = SOURCE_STREAM;
  self->stream = g_object_ref (stream);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  self->block = g_malloc (BLOCK_SIZE);
  self->data = self->block;
  self->max_bytes = max_bytes;
  return self;
}

void
careplan_json_reader_free (CareplanJsonReader *self)
{
  if (self == NULL)
    return;

  if (self->fd >= 0)
    close (self->fd);
  g_clear_object (&self->stream);
  g_clear_object (&self->cancellable);
  g_free (self->block);
  g_clear_error (&self->source_error);
  g_clear_error (&self->failed);
  g_array_unref (self->levels);
  g_string_free (self->text, TRUE);
  g_free (self->key);
  g_clear_pointer (&self->scalar, json_node_unref);
  g_free (self->name);
  g_free (self);
}

guint64
careplan_json_reader_get_offset (CareplanJsonReader *self)
{
  return self->consumed + self->pos;
}

const char *
careplan_json_reader_get_name (CareplanJsonReader *self)
{
  return self->name;
}

/* Bytes --------------------------------------------------------------------- */

static gboolean
refill (CareplanJsonReader *self)
{
  gssize n;

  if (self->at_eof || self->source_error != NULL)
    return FALSE;

  self->consumed += self->length;
  self->pos = 0;
  self->length = 0;

  if (self->consumed >= self->max_bytes)
    {
      g_autofree char *limit = describe_size (self->max_bytes);

      g_set_error (&self->source_error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "%s: too big to read (more than %s, the most careplan reads from one input)",
                   self->name, limit);
      return FALSE;
    }

  do
    {
      gsize want = (gsize) MIN ((guint64) BLOCK_SIZE, self->max_bytes - self->consumed);

      if (self->kind == SOURCE_FD)
        {
          n = read (self->fd, self->block, want);
          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            {
              int saved_errno = errno;

              g_set_error (&self->source_error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                           "%s: cannot read: %s", self->name, g_strerror (saved_errno));
              return FALSE;
            }
        }
      else
        {
          g_autoptr(GError) local_error = NULL;

          n = g_input_stream_read (self->stream, self->block, want, self->cancellable,
                                   &local_error);
          if (n < 0)
            {
              g_set_error (&self->source_error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                           "%s: cannot read: %s", self->name, local_error->message);
              return FALSE;
            }
        }
      break;
    }
  while (TRUE);

  if (n == 0)
    {
      self->at_eof = TRUE;
      return FALSE;
    }
  self->length = (gsize) n;
  return TRUE;
}

/* The next byte, or -1 at the end (or on a read error: source_error). */
static inline int
peek_byte (CareplanJsonReader *self)
{
  if (self->pos < self->length)
    return self->data[self->pos];
  if (!refill (self))
    return -1;
  return self->data[self->pos];
}

static inline void
advance (CareplanJsonReader *self)
{
  if (self->data[self->pos] == '\n')
    {
      self->line++;
      self->column = 1;
    }
  else
    self->column++;
  self->pos++;
}

static inline int
take_byte (CareplanJsonReader *self)
{
  int c = peek_byte (self);

  if (c >= 0)
    advance (self);
  return c;
}

/* A read error or the size limit, or else the end of the text. */
static gboolean
fail_at_end (CareplanJsonReader *self,
             GError            **error,
             const char         *what)
{
  if (self->source_error != NULL)
    {
      g_clear_error (&self->failed);
      self->failed = g_error_copy (self->source_error);
      if (error != NULL)
        *error = g_error_copy (self->source_error);
      return FALSE;
    }
  return reader_fail (self, error, self->line, self->column, "%s", what);
}

static void
skip_blanks (CareplanJsonReader *self)
{
  int c;

  while ((c = peek_byte (self)) == ' ' || c == '\t' || c == '\n' || c == '\r')
    advance (self);
}

static void
skip_byte_order_mark (CareplanJsonReader *self)
{
  /* Only whole in the first block: every source's first block holds at
   * least three bytes unless the text is shorter. */
  if (peek_byte (self) == 0xef && self->length - self->pos >= 3 &&
      memcmp (self->data + self->pos, "\xef\xbb\xbf", 3) == 0)
    self->pos += 3;
}

/* Tokens -------------------------------------------------------------------- */

static gboolean
read_hex4 (CareplanJsonReader *self,
           guint              *value)
{
  *value = 0;
  for (int k = 0; k < 4; k++)
    {
      int c = peek_byte (self);

      if (c < 0 || !g_ascii_isxdigit (c))
        return FALSE;
      *value = *value * 16 + (guint) g_ascii_xdigit_value ((char) c);
      advance (self);
    }
  return TRUE;
}

static const char *
describe_byte (int   c,
               char  buffer[32])
{
  if (c == 0)
    return "a NUL byte";
  if (c < 0x20 || c == 0x7f)
    g_snprintf (buffer, 32, "the control character \\x%02x", (guint) c);
  else if (c >= 0x80)
    g_snprintf (buffer, 32, "the byte \\x%02x", (guint) c);
  else
    g_snprintf (buffer, 32, "“%c”", c);
  return buffer;
}

/* What people write that JSON does not have. */
static const char *
hint_for_byte (int c)
{
  if (c == '\'')
    return " (JSON strings are written in double quotes)";
  if (c == '/' || c == '#')
    return " (JSON has no comments)";
  return "";
}

/* The string from the opening quote: its text in self->text. */
static gboolean
read_string (CareplanJsonReader *self,
             GError            **error)
{
  guint start_line = self->line;
  guint start_column = self->column;

  g_string_truncate (self->text, 0);
  advance (self);    /* the opening quote */

  for (;;)
    {
      guint line = self->line;
      guint column = self->column;
      int c = peek_byte (self);

      if (c < 0)
        {
          if (self->source_error != NULL)
            return fail_at_end (self, error, NULL);
          return reader_fail (self, error, start_line, start_column,
                              "the text ends inside this string (no closing quote)");
        }
      if (self->text->len > CAREPLAN_JSON_MAX_STRING_BYTES)
        return reader_fail (self, error, start_line, start_column,
                            "a string longer than %u bytes (the most careplan reads)",
                            (guint) CAREPLAN_JSON_MAX_STRING_BYTES);

      if (c == '"')
        {
          advance (self);
          return TRUE;
        }

      if (c == '\\')
        {
          guint value;

          advance (self);
          c = take_byte (self);
          switch (c)
            {
            case '"': g_string_append_c (self->text, '"'); continue;
            case '\\': g_string_append_c (self->text, '\\'); continue;
            case '/': g_string_append_c (self->text, '/'); continue;
            case 'b': g_string_append_c (self->text, '\b'); continue;
            case 'f': g_string_append_c (self->text, '\f'); continue;
            case 'n': g_string_append_c (self->text, '\n'); continue;
            case 'r': g_string_append_c (self->text, '\r'); continue;
            case 't': g_string_append_c (self->text, '\t'); continue;
            case 'u': break;
            default:
              return reader_fail (self, error, line, column,
                                  "“\\%c” is not a JSON escape", c > 0x20 && c < 0x7f ? c : '?');
            }

          if (!read_hex4 (self, &value))
            return reader_fail (self, error, line, column, "“\\u” needs four hexadecimal digits");
          if (value == 0)
            return reader_fail (self, error, line, column,
                                "a string holds \\u0000 (a NUL character), which would cut it short");
          if (value >= 0xdc00 && value <= 0xdfff)
            return reader_fail (self, error, line, column,
                                "a string holds a lone UTF-16 surrogate escape, which is not text");
          if (value >= 0xd800 && value <= 0xdbff)
            {
              guint low;

              if (peek_byte (self) != '\\')
                return reader_fail (self, error, line, column,
                                    "a string holds a lone UTF-16 surrogate escape, which is not text");
              advance (self);
              if (take_byte (self) != 'u' || !read_hex4 (self, &low) || low < 0xdc00 || low > 0xdfff)
                return reader_fail (self, error, line, column,
                                    "a string holds a lone UTF-16 surrogate escape, which is not text");
              value = 0x10000 + ((value - 0xd800) << 10) + (low - 0xdc00);
            }
          g_string_append_unichar (self->text, value);
          continue;
        }

      if (c < 0x20)
        {
          char buffer[32];

          return reader_fail (self, error, line, column,
                              "%s inside a string (write it as a \\u escape)",
                              describe_byte (c, buffer));
        }

      if (c < 0x80)
        {
          g_string_append_c (self->text, (char) c);
          advance (self);
          continue;
        }

      /* A multi-byte character: its bytes checked as one. */
      {
        char bytes[4];
        int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;

        for (int k = 0; k < n; k++)
          {
            int b = peek_byte (self);

            if (b < 0 || (k > 0 && (b & 0xc0) != 0x80))
              break;
            bytes[k] = (char) b;
            advance (self);
            if (k == n - 1 && g_utf8_validate_len (bytes, n, NULL))
              {
                g_string_append_len (self->text, bytes, n);
                goto next;
              }
          }
        return reader_fail (self, error, line, column, "not UTF-8 text");
      next:
        continue;
      }
    }
}

static gboolean
read_number (CareplanJsonReader *self,
             GError            **error)
{
  guint line = self->line;
  guint column = self->column;
  const char *p;
  gboolean is_integer = TRUE;
  int c;

  g_string_truncate (self->text, 0);
  while ((c = peek_byte (self)) >= 0 &&
         (g_ascii_isdigit (c) || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'))
    {
      if (self->text->len >= CAREPLAN_JSON_MAX_NUMBER_CHARS)
        return reader_fail (self, error, line, column,
                            "a number longer than %d characters", CAREPLAN_JSON_MAX_NUMBER_CHARS);
      g_string_append_c (self->text, (char) c);
      advance (self);
    }

  /* -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)? */
  p = self->text->str;
  if (*p == '-')
    p++;
  if (*p == '0')
    p++;
  else if (*p >= '1' && *p <= '9')
    while (g_ascii_isdigit (*p))
      p++;
  else
    goto bad;
  if (*p == '.')
    {
      is_integer = FALSE;
      p++;
      if (!g_ascii_isdigit (*p))
        goto bad;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p == 'e' || *p == 'E')
    {
      is_integer = FALSE;
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        goto bad;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != '\0')
    goto bad;

  g_clear_pointer (&self->scalar, json_node_unref);
  self->scalar = json_node_new (JSON_NODE_VALUE);
  errno = 0;
  if (is_integer)
    {
      gint64 value = g_ascii_strtoll (self->text->str, NULL, 10);

      if (errno == ERANGE)
        return content_fail (self, error, line, column,
                             "the integer %s is out of range (beyond 64 bits)", self->text->str);
      json_node_set_int (self->scalar, value);
    }
  else
    {
      double value = g_ascii_strtod (self->text->str, NULL);

      if (!isfinite (value))
        return content_fail (self, error, line, column,
                             "the number %s is out of range", self->text->str);
      json_node_set_double (self->scalar, value);
    }
  return TRUE;

bad:
  return reader_fail (self, error, line, column, "“%s” is not a JSON number", self->text->str);
}

static gboolean
read_word (CareplanJsonReader *self,
           GError            **error)
{
  guint line = self->line;
  guint column = self->column;
  int c;

  g_string_truncate (self->text, 0);
  while ((c = peek_byte (self)) >= 0 && g_ascii_isalnum (c) && self->text->len < 16)
    {
      g_string_append_c (self->text, (char) c);
      advance (self);
    }

  g_clear_pointer (&self->scalar, json_node_unref);
  if (strcmp (self->text->str, "true") == 0 || strcmp (self->text->str, "false") == 0)
    {
      self->scalar = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (self->scalar, self->text->str[0] == 't');
      return TRUE;
    }
  if (strcmp (self->text->str, "null") == 0)
    {
      self->scalar = json_node_new (JSON_NODE_NULL);
      return TRUE;
    }

  return reader_fail (self, error, line, column,
                      "unexpected word “%s” (strings are written in double quotes)",
                      self->text->str);
}

/* Grammar ------------------------------------------------------------------- */

static gboolean
push_level (CareplanJsonReader *self,
            gboolean            is_object,
            GError            **error)
{
  Level level = { is_object, NULL, NULL, 0, FALSE };

  if (self->levels->len >= CAREPLAN_JSON_MAX_DEPTH)
    return reader_fail (self, error, self->event_line, self->event_column,
                        "nested more than %d levels deep", CAREPLAN_JSON_MAX_DEPTH);
  g_array_append_val (self->levels, level);
  return TRUE;
}

static void
after_value (CareplanJsonReader *self)
{
  self->state = self->levels->len == 0 ? STATE_DONE : STATE_AFTER_VALUE;
}

static Level *
top_level (CareplanJsonReader *self)
{
  return self->levels->len == 0 ? NULL
                                : &g_array_index (self->levels, Level, self->levels->len - 1);
}

/* A value starts here (in STATE_VALUE or STATE_VALUE_OR_END). */
static gboolean
read_value_token (CareplanJsonReader *self,
                  CareplanJsonEvent  *event,
                  GError            **error)
{
  Level *level = top_level (self);
  char buffer[32];
  int c = peek_byte (self);

  if (level != NULL && !level->is_object)
    level->has_element = TRUE;

  switch (c)
    {
    case '{':
      advance (self);
      if (!push_level (self, TRUE, error))
        return FALSE;
      self->state = STATE_KEY_OR_END;
      *event = CAREPLAN_JSON_EVENT_OBJECT_START;
      return TRUE;

    case '[':
      advance (self);
      if (!push_level (self, FALSE, error))
        return FALSE;
      self->state = STATE_VALUE_OR_END;
      *event = CAREPLAN_JSON_EVENT_ARRAY_START;
      return TRUE;

    case '"':
      if (!read_string (self, error))
        return FALSE;
      g_clear_pointer (&self->scalar, json_node_unref);
      self->scalar = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (self->scalar, self->text->str);
      break;

    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      if (!read_number (self, error))
        return FALSE;
      break;

    case -1:
      if (self->source_error != NULL)
        return fail_at_end (self, error, NULL);
      if (self->levels->len == 0)
        return reader_fail (self, error, 1, 1, "no JSON value (the file is empty or blank)");
      return reader_fail (self, error, self->line, self->column,
                          "the text ends where a value should be (is the file cut short?)");

    default:
      if (g_ascii_isalpha (c))
        {
          if (!read_word (self, error))
            return FALSE;
          break;
        }
      return reader_fail (self, error, self->line, self->column, "%s where a value should be%s",
                          describe_byte (c, buffer), hint_for_byte (c));
    }

  after_value (self);
  *event = CAREPLAN_JSON_EVENT_SCALAR;
  return TRUE;
}

static gboolean
read_key (CareplanJsonReader *self,
          GError            **error)
{
  Level *level = top_level (self);
  guint line = self->line;
  guint column = self->column;
  Position *first;
  char buffer[32];
  int c;

  if (!read_string (self, error))
    return FALSE;

  if (level->keys == NULL)
    level->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  first = g_hash_table_lookup (level->keys, self->text->str);
  if (first != NULL)
    {
      g_free (level->key);
      level->key = g_strdup (self->text->str);
      return content_fail (self, error, line, column,
                           "given twice in one object (first at line %u, column %u; "
                           "JSON keeps only one of them)", first->line, first->column);
    }
  first = g_new (Position, 1);
  first->line = line;
  first->column = column;
  g_hash_table_insert (level->keys, g_strdup (self->text->str), first);

  g_free (level->key);
  level->key = g_strdup (self->text->str);
  g_free (self->key);
  self->key = g_strdup (self->text->str);

  skip_blanks (self);
  c = peek_byte (self);
  if (c != ':')
    {
      if (c < 0)
        return fail_at_end (self, error, "the text ends after a member name (is the file cut short?)");
      return reader_fail (self, error, self->line, self->column, "expected “:” after the member name, got %s%s",
                          describe_byte (c, buffer), hint_for_byte (c));
    }
  advance (self);
  self->state = STATE_VALUE;
  return TRUE;
}

static gboolean
take_event (CareplanJsonReader *self,
            CareplanJsonEvent  *event,
            GError            **error)
{
  char buffer[32];

  if (self->failed != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->failed);
      return FALSE;
    }

  if (!self->started)
    {
      self->started = TRUE;
      skip_byte_order_mark (self);
    }

  for (;;)
    {
      Level *level;
      int c;

      skip_blanks (self);
      self->event_line = self->line;
      self->event_column = self->column;
      c = peek_byte (self);

      switch (self->state)
        {
        case STATE_DONE:
          if (c < 0)
            {
              if (self->source_error != NULL)
                return fail_at_end (self, error, NULL);
              *event = CAREPLAN_JSON_EVENT_END;
              return TRUE;
            }
          return reader_fail (self, error, self->line, self->column,
                              "more text after the end of the JSON value (a file holds one object)");

        case STATE_VALUE_OR_END:
          if (c == ']')
            {
              advance (self);
              g_array_set_size (self->levels, self->levels->len - 1);
              after_value (self);
              *event = CAREPLAN_JSON_EVENT_ARRAY_END;
              return TRUE;
            }
          return read_value_token (self, event, error);

        case STATE_VALUE:
          if (c == ']' || c == '}')
            return reader_fail (self, error, self->line, self->column,
                                "“%c” where a value should be (a trailing comma?)", c);
          return read_value_token (self, event, error);

        case STATE_KEY_OR_END:
          if (c == '}')
            {
              advance (self);
              g_array_set_size (self->levels, self->levels->len - 1);
              after_value (self);
              *event = CAREPLAN_JSON_EVENT_OBJECT_END;
              return TRUE;
            }
          G_GNUC_FALLTHROUGH;
        case STATE_KEY:
          if (c == '"')
            {
              if (!read_key (self, error))
                return FALSE;
              *event = CAREPLAN_JSON_EVENT_MEMBER;
              return TRUE;
            }
          if (c < 0)
            return fail_at_end (self, error, "the text ends inside an object (is the file cut short?)");
          if (c == '}')
            return reader_fail (self, error, self->line, self->column,
                                "“}” after a comma (JSON allows no trailing comma)");
          return reader_fail (self, error, self->line, self->column,
                              "expected a member name in double quotes, got %s%s",
                              describe_byte (c, buffer), hint_for_byte (c));

        case STATE_AFTER_VALUE:
        default:
          level = top_level (self);
          if (c == ',')
            {
              advance (self);
              if (level->is_object)
                self->state = STATE_KEY;
              else
                {
                  level->index++;
                  self->state = STATE_VALUE;
                }
              continue;
            }
          if ((c == '}' && level->is_object) || (c == ']' && !level->is_object))
            {
              advance (self);
              g_array_set_size (self->levels, self->levels->len - 1);
              after_value (self);
              *event = c == '}' ? CAREPLAN_JSON_EVENT_OBJECT_END : CAREPLAN_JSON_EVENT_ARRAY_END;
              return TRUE;
            }
          if (c < 0)
            return fail_at_end (self, error, level->is_object
                                ? "the text ends inside an object (is the file cut short?)"
                                : "the text ends inside an array (is the file cut short?)");
          return reader_fail (self, error, self->line, self->column, "expected “,” or “%c”, got %s%s",
                              level->is_object ? '}' : ']', describe_byte (c, buffer), hint_for_byte (c));
        }
    }
}

gboolean
careplan_json_reader_peek (CareplanJsonReader *self,
                           CareplanJsonEvent  *event,
                           GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->has_peeked)
    {
      if (!take_event (self, &self->event, error))
        return FALSE;
      self->has_peeked = TRUE;
    }
  *event = self->event;
  return TRUE;
}

gboolean
careplan_json_reader_next (CareplanJsonReader *self,
                           CareplanJsonEvent  *event,
                           GError            **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!careplan_json_reader_peek (self, event, error))
    return FALSE;
  self->has_peeked = FALSE;
  return TRUE;
}

const char *
careplan_json_reader_get_key (CareplanJsonReader *self)
{
  return self->key;
}

JsonNode *
careplan_json_reader_get_scalar (CareplanJsonReader *self)
{
  return self->scalar;
}

void
careplan_json_reader_get_position (CareplanJsonReader *self,
                                   guint              *line,
                                   guint              *column)
{
  *line = self->event_line;
  *column = self->event_column;
}

gboolean
careplan_json_reader_finish (CareplanJsonReader  *self,
                             GError             **error)
{
  CareplanJsonEvent event;

  if (!careplan_json_reader_next (self, &event, error))
    return FALSE;
  g_return_val_if_fail (event == CAREPLAN_JSON_EVENT_END, FALSE);
  return TRUE;
}

JsonNode *
careplan_json_reader_read_value (CareplanJsonReader    *self,
                                 CareplanJsonDocument  *document,
                                 GError               **error)
{
  g_autoptr(GPtrArray) open = g_ptr_array_new ();    /* JsonNode *, borrowed from root */
  g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonNode) root = NULL;
  CareplanJsonEvent event;

  g_return_val_if_fail (self != NULL, NULL);

  do
    {
      JsonNode *node = NULL;

      if (!careplan_json_reader_next (self, &event, error))
        return NULL;

      switch (event)
        {
        case CAREPLAN_JSON_EVENT_MEMBER:
          g_free (g_ptr_array_index (keys, keys->len - 1));
          g_ptr_array_index (keys, keys->len - 1) = g_strdup (self->key);
          continue;

        case CAREPLAN_JSON_EVENT_OBJECT_END:
        case CAREPLAN_JSON_EVENT_ARRAY_END:
          g_ptr_array_set_size (open, open->len - 1);
          g_ptr_array_set_size (keys, keys->len - 1);
          continue;

        case CAREPLAN_JSON_EVENT_OBJECT_START:
          node = json_node_new (JSON_NODE_OBJECT);
          json_node_take_object (node, json_object_new ());
          break;

        case CAREPLAN_JSON_EVENT_ARRAY_START:
          node = json_node_new (JSON_NODE_ARRAY);
          json_node_take_array (node, json_array_new ());
          break;

        case CAREPLAN_JSON_EVENT_SCALAR:
          node = g_steal_pointer (&self->scalar);
          break;

        case CAREPLAN_JSON_EVENT_END:
        default:
          g_return_val_if_reached (NULL);
        }

      if (document != NULL)
        careplan_json_document_set_position (document, node, self->event_line, self->event_column);

      if (open->len == 0)
        root = node;
      else
        {
          JsonNode *parent = g_ptr_array_index (open, open->len - 1);

          if (JSON_NODE_HOLDS_OBJECT (parent))
            json_object_set_member (json_node_get_object (parent),
                                    g_ptr_array_index (keys, keys->len - 1), node);
          else
            json_array_add_element (json_node_get_array (parent), node);
        }

      if (event == CAREPLAN_JSON_EVENT_OBJECT_START || event == CAREPLAN_JSON_EVENT_ARRAY_START)
        {
          g_ptr_array_add (open, node);
          g_ptr_array_add (keys, NULL);
        }
    }
  while (open->len > 0);

  return g_steal_pointer (&root);
}

/* Documents ------------------------------------------------------------------ */

CareplanJsonDocument *
careplan_json_document_new (const char *name)
{
  CareplanJsonDocument *self = g_new0 (CareplanJsonDocument, 1);

  self->name = g_strdup (name);
  self->positions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  return self;
}

void
careplan_json_document_reset (CareplanJsonDocument *self)
{
  g_hash_table_remove_all (self->positions);
  g_clear_pointer (&self->root, json_node_unref);
}

void
careplan_json_document_free (CareplanJsonDocument *self)
{
  if (self == NULL)
    return;

  /* The tree first: the table's keys are its nodes. */
  g_clear_pointer (&self->root, json_node_unref);
  g_hash_table_unref (self->positions);
  g_free (self->name);
  g_free (self);
}

CareplanJsonDocument *
careplan_json_document_read (CareplanJsonReader  *reader,
                             GError             **error)
{
  g_autoptr(CareplanJsonDocument) self = careplan_json_document_new (reader->name);

  self->root = careplan_json_reader_read_value (reader, self, error);
  if (self->root == NULL || !careplan_json_reader_finish (reader, error))
    return NULL;
  return g_steal_pointer (&self);
}

CareplanJsonDocument *
careplan_json_document_parse (const char  *name,
                              const char  *data,
                              gsize        length,
                              GError     **error)
{
  g_autoptr(CareplanJsonReader) reader = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = careplan_json_reader_new_for_data (name, data, length, CAREPLAN_ERROR_INVALID_JSON);
  return careplan_json_document_read (reader, error);
}

JsonNode *
careplan_json_document_get_root (CareplanJsonDocument *self)
{
  return self->root;
}

void
careplan_json_document_set_position (CareplanJsonDocument *self,
                                     JsonNode             *node,
                                     guint                 line,
                                     guint                 column)
{
  Position *position = g_new (Position, 1);

  position->line = line;
  position->column = column;
  g_hash_table_insert (self->positions, node, position);
}

void
careplan_json_document_locate (CareplanJsonDocument *self,
                               JsonNode             *node,
                               guint                *line,
                               guint                *column)
{
  const Position *position = node != NULL ? g_hash_table_lookup (self->positions, node) : NULL;

  if (position == NULL && self->root != NULL)
    position = g_hash_table_lookup (self->positions, self->root);
  *line = position != NULL ? position->line : 0;
  *column = position != NULL ? position->column : 0;
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
  g_autofree char *where = careplan_json_path_to_string (path);
  guint line;
  guint column;
  va_list args;

  g_return_val_if_fail (self != NULL, FALSE);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  careplan_json_document_locate (self, node, &line, &column);
  set_error_at (error, code, self->name, line, column, where, message);
  return FALSE;
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
