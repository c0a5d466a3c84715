/* careplan-serve-private.h: the pieces of `careplan serve`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <careplan.h>

#include "careplan-json-private.h"

G_BEGIN_DECLS

/* The bytes of one value in a request body: [start, end). */
typedef struct
{
  gsize start;
  gsize end;
} CareplanServeSpan;

/* One top-level member of a request body. */
typedef struct
{
  CareplanServeSpan  span;
  JsonNode          *scalar;     /* the decoded value of a scalar member, else NULL */
  GArray            *elements;   /* CareplanServeSpan: an array member's elements, else NULL */
} CareplanServeMember;

typedef struct
{
  const char *data;         /* the body, borrowed */
  gsize       length;
  GHashTable *members;      /* name → CareplanServeMember */
  GArray     *line_starts;  /* gsize: the offset of each line's first byte */
  guint       error_line;   /* of the last error, for the problem details */
  guint       error_column;
} CareplanServeEnvelope;

/* Reads the body with careplan's one strict JSON reader (RFC 8259, UTF-8,
 * no duplicate member anywhere, nesting and sizes limited): the body is
 * one object; each top-level member's value is located (and kept decoded
 * when it is a scalar) so that documents go to the library's readers as
 * the exact bytes that were sent.  Errors are CAREPLAN_ERROR_INVALID_JSON
 * "request body:LINE:COLUMN: path: what", and set error_line/error_column. */
gboolean                  careplan_serve_envelope_parse      (CareplanServeEnvelope  *envelope,
                                                              const char             *data,
                                                              gsize                   length,
                                                              GError                **error);
void                      careplan_serve_envelope_clear      (CareplanServeEnvelope  *envelope);
const CareplanServeSpan  *careplan_serve_envelope_get        (CareplanServeEnvelope  *envelope,
                                                              const char             *name);
/* The spans of member @name's elements when it is an array, or of the
 * member itself when it is anything else; NULL when absent. */
GArray                   *careplan_serve_envelope_dup_elements (CareplanServeEnvelope *envelope,
                                                                const char            *name);
/* A string member (escapes decoded); NULL when absent or, with @error
 * set, when not a string. */
char                     *careplan_serve_envelope_dup_string (CareplanServeEnvelope  *envelope,
                                                              const char             *name,
                                                              GError                **error);
/* Leaves @value as it is when the member is absent. */
gboolean                  careplan_serve_envelope_get_int    (CareplanServeEnvelope  *envelope,
                                                              const char             *name,
                                                              gint64                  min,
                                                              gint64                  max,
                                                              gint64                 *value,
                                                              GError                **error);
gboolean                  careplan_serve_envelope_get_boolean (CareplanServeEnvelope *envelope,
                                                               const char            *name,
                                                               gboolean              *value,
                                                               GError               **error);
/* A pull reader over the bytes of @span, named @name in its messages
 * ("NAME:LINE:COLUMN: …", positions within the span: see _position()). */
CareplanJsonReader       *careplan_serve_envelope_read_span  (CareplanServeEnvelope   *envelope,
                                                              const CareplanServeSpan *span,
                                                              const char              *name);
/* A line and column inside @span, as a position in the body. */
void                      careplan_serve_envelope_position   (CareplanServeEnvelope   *envelope,
                                                              const CareplanServeSpan *span,
                                                              guint                    line_in_value,
                                                              guint                    column_in_value,
                                                              guint                   *line,
                                                              guint                   *column);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CareplanServeEnvelope, careplan_serve_envelope_clear)

G_END_DECLS
