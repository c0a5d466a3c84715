/* careplan-json-private.h: careplan's one strict, streaming JSON reader
 *
 * Every JSON file careplan reads (records, policies, bank-holiday feeds)
 * goes through this pull tokenizer, so that no two readers can disagree
 * about what a file says.  It accepts RFC 8259 only: double-quoted
 * strings, no comments, no trailing commas, one value per file, UTF-8
 * checked byte by byte, \u0000 and lone surrogates refused, every member
 * name at most once per object.  Nesting, string and number sizes are
 * limited, and nothing recurses on the C stack.  Every error names
 * "file:line:column: field.path: what is wrong".
 *
 * It reads from memory, a file or a GInputStream in 64 KiB blocks, so a
 * caller can take a large array one element at a time:
 *
 *   careplan_json_reader_next()        one event (start/end of an object
 *                                      or array, a member name, a scalar)
 *   careplan_json_reader_peek()        the next event, without taking it
 *   careplan_json_reader_read_value()  the next whole value as a JsonNode
 *                                      tree, each node's position kept in
 *                                      a CareplanJsonDocument
 *
 * It lives in the base layer so that the time layer's calendar reader
 * uses it too.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "careplan-error.h"

G_BEGIN_DECLS

/* Limits: deeper, longer or bigger is an error naming the limit. */
#define CAREPLAN_JSON_MAX_DEPTH          512
#define CAREPLAN_JSON_MAX_STRING_BYTES   (1024 * 1024)
#define CAREPLAN_JSON_MAX_NUMBER_CHARS   64
/* The most careplan reads from one input: a record file, and the small
 * documents (policies, bank-holiday feeds). */
#define CAREPLAN_JSON_MAX_RECORD_BYTES   (G_GUINT64_CONSTANT (1) << 30)
/* A record file read child by child (careplan_record_foreach_file()):
 * memory holds one child whatever the file's size, so this bounds only
 * the time of a read.  64 GiB is about 40 million children; a national
 * return of a million children is about 1.5 GiB. */
#define CAREPLAN_JSON_MAX_STREAMED_BYTES (G_GUINT64_CONSTANT (64) << 30)
#define CAREPLAN_JSON_MAX_SMALL_BYTES    (G_GUINT64_CONSTANT (16) << 20)
/* Quoted values in messages are cut to this many characters. */
#define CAREPLAN_JSON_MAX_QUOTED_CHARS   60

/* A field path as a chain on the C stack: free until an error needs it. */
typedef struct _CareplanJsonPath CareplanJsonPath;
struct _CareplanJsonPath
{
  const CareplanJsonPath *parent;
  const char             *key;      /* NULL: element @index of an array */
  guint                   index;
};

typedef enum
{
  CAREPLAN_JSON_EVENT_END,            /* the document is over */
  CAREPLAN_JSON_EVENT_OBJECT_START,
  CAREPLAN_JSON_EVENT_OBJECT_END,
  CAREPLAN_JSON_EVENT_ARRAY_START,
  CAREPLAN_JSON_EVENT_ARRAY_END,
  CAREPLAN_JSON_EVENT_MEMBER,         /* a member name: careplan_json_reader_get_key() */
  CAREPLAN_JSON_EVENT_SCALAR,         /* careplan_json_reader_get_scalar() */
} CareplanJsonEvent;

typedef struct _CareplanJsonReader   CareplanJsonReader;
typedef struct _CareplanJsonDocument CareplanJsonDocument;

/* @name is used in messages.  @syntax_code is the error code of text that
 * is not well-formed JSON (INVALID_JSON, or INVALID_CALENDAR for feeds). */
CareplanJsonReader *careplan_json_reader_new_for_data   (const char          *name,
                                                         const char          *data,
                                                         gsize                length,
                                                         CareplanError        syntax_code);
/* A regular file only (a device, FIFO or directory is refused: /dev/zero
 * would never end), at most @max_bytes long; CAREPLAN_ERROR_IO. */
CareplanJsonReader *careplan_json_reader_new_for_path   (const char          *path,
                                                         guint64              max_bytes,
                                                         CareplanError        syntax_code,
                                                         GError             **error);
/* Reads @stream (not closed) up to @max_bytes. */
CareplanJsonReader *careplan_json_reader_new_for_stream (GInputStream        *stream,
                                                         const char          *name,
                                                         guint64              max_bytes,
                                                         CareplanError        syntax_code,
                                                         GCancellable        *cancellable);
void                careplan_json_reader_free           (CareplanJsonReader  *self);

const char         *careplan_json_reader_get_name       (CareplanJsonReader  *self);
gboolean            careplan_json_reader_next           (CareplanJsonReader  *self,
                                                         CareplanJsonEvent   *event,
                                                         GError             **error);
gboolean            careplan_json_reader_peek           (CareplanJsonReader  *self,
                                                         CareplanJsonEvent   *event,
                                                         GError             **error);
/* The name of the MEMBER event just taken (valid until the next call). */
const char         *careplan_json_reader_get_key        (CareplanJsonReader  *self);
/* The value of the SCALAR event just taken (transfer none). */
JsonNode           *careplan_json_reader_get_scalar     (CareplanJsonReader  *self);
/* Where the event just taken (or peeked) starts, counted from 1; columns
 * count bytes. */
void                careplan_json_reader_get_position   (CareplanJsonReader  *self,
                                                         guint               *line,
                                                         guint               *column);
/* How many bytes of the input have been taken so far. */
guint64             careplan_json_reader_get_offset     (CareplanJsonReader  *self);
/* Reads the next value whole; each node's position is kept in @document
 * (which may be NULL).  NULL with @error set. */
JsonNode           *careplan_json_reader_read_value     (CareplanJsonReader  *self,
                                                         CareplanJsonDocument *document,
                                                         GError             **error);
/* Takes the END event, or fails on text after the value. */
gboolean            careplan_json_reader_finish         (CareplanJsonReader  *self,
                                                         GError             **error);

/* A document: JSON nodes and where each one starts. */
CareplanJsonDocument *careplan_json_document_new        (const char              *name);
/* Reads the one JSON value of @data (an optional UTF-8 byte-order mark
 * first); nothing may follow it. */
CareplanJsonDocument *careplan_json_document_parse      (const char              *name,
                                                         const char              *data,
                                                         gsize                    length,
                                                         GError                 **error);
/* The same, from a reader that has not started. */
CareplanJsonDocument *careplan_json_document_read       (CareplanJsonReader      *reader,
                                                         GError                 **error);
void                  careplan_json_document_free       (CareplanJsonDocument    *self);
/* Forgets every node (their pointers may be reused) and the root. */
void                  careplan_json_document_reset      (CareplanJsonDocument    *self);
JsonNode             *careplan_json_document_get_root   (CareplanJsonDocument    *self);
void                  careplan_json_document_set_position (CareplanJsonDocument  *self,
                                                         JsonNode                *node,
                                                         guint                    line,
                                                         guint                    column);
/* Where @node starts (0, 0 when unknown). */
void                  careplan_json_document_locate     (CareplanJsonDocument    *self,
                                                         JsonNode                *node,
                                                         guint                   *line,
                                                         guint                   *column);
/* Sets @error to "name:line:column: path: message" at @node; returns FALSE. */
gboolean              careplan_json_document_fail       (CareplanJsonDocument    *self,
                                                         GError                 **error,
                                                         CareplanError            code,
                                                         JsonNode                *node,
                                                         const CareplanJsonPath  *path,
                                                         const char              *format,
                                                         ...) G_GNUC_PRINTF (6, 7);

/* "an object", "a string", "null", …: for "expected X, got Y". */
const char           *careplan_json_describe_node       (JsonNode                *node);
/* "rules[2].citation.url", with ["a.b"] for keys that are not plain words. */
char                 *careplan_json_path_to_string      (const CareplanJsonPath  *path);
/* @text cut to CAREPLAN_JSON_MAX_QUOTED_CHARS characters (with "…" and
 * the full length in bytes), control characters shown as \n, \x1b, …
 * and bytes that are not UTF-8 as \xNN: for quoting any value in a
 * message (any reader's, not only JSON's). */
char                 *careplan_json_cut_for_message     (const char              *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareplanJsonReader, careplan_json_reader_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareplanJsonDocument, careplan_json_document_free)

G_END_DECLS
