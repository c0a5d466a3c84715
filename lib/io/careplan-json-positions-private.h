/* careplan-json-positions-private.h: JSON documents that know where each node is
 *
 * json-glib 1.6 keeps no positions on its nodes, so a reader that wants to
 * say "file:line:column: field: what is wrong" collects them while parsing.
 * The record reader and the policy reader share it, so both report
 * positions, paths and repeated members the same way.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "careplan-error.h"

G_BEGIN_DECLS

/* A field path as a chain on the C stack: free until an error needs it. */
typedef struct _CareplanJsonPath CareplanJsonPath;
struct _CareplanJsonPath
{
  const CareplanJsonPath *parent;
  const char             *key;      /* NULL: element @index of an array */
  guint                   index;
};

typedef struct _CareplanJsonDocument CareplanJsonDocument;

/* Parses one JSON value (an object or an array) from @data, named @name in
 * messages.  A UTF-8 byte-order mark is skipped.  Text that is not UTF-8,
 * not well-formed, empty, followed by more text, or with a member given
 * twice in one object, is an error naming @name:line:column. */
CareplanJsonDocument *careplan_json_document_parse    (const char              *name,
                                                       const char              *data,
                                                       gsize                    length,
                                                       GError                 **error);
void                  careplan_json_document_free     (CareplanJsonDocument    *self);
JsonNode             *careplan_json_document_get_root (CareplanJsonDocument    *self);
/* Where @node (a node of this document) starts; lines and columns count
 * from 1, columns in bytes as json-glib's own do. */
void                  careplan_json_document_locate   (CareplanJsonDocument    *self,
                                                       JsonNode                *node,
                                                       guint                   *line,
                                                       guint                   *column);
/* Sets @error to "name:line:column: path: message" at @node, and returns
 * FALSE. */
gboolean              careplan_json_document_fail     (CareplanJsonDocument    *self,
                                                       GError                 **error,
                                                       CareplanError            code,
                                                       JsonNode                *node,
                                                       const CareplanJsonPath  *path,
                                                       const char              *format,
                                                       ...) G_GNUC_PRINTF (6, 7);

/* "an object", "a string", "null", …: for "expected X, got Y". */
const char           *careplan_json_describe_node     (JsonNode                *node);
/* "rules[2].citation.url", with ["a.b"] for keys that are not plain words. */
char                 *careplan_json_path_to_string    (const CareplanJsonPath  *path);
/* The whole file, nul-terminated; CAREPLAN_ERROR_IO naming @path. */
char                 *careplan_json_read_file         (const char              *path,
                                                       gsize                   *length,
                                                       GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareplanJsonDocument, careplan_json_document_free)

G_END_DECLS
