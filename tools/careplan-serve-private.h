/* careplan-serve-private.h: the pieces of `careplan serve`
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <careplan.h>

G_BEGIN_DECLS

/* The byte range of one top-level member's value in a request body. */
typedef struct
{
  gsize start;
  gsize end;
} CareplanServeSpan;

typedef struct
{
  const char *data;         /* the body, borrowed */
  gsize       length;
  GHashTable *members;      /* name → CareplanServeSpan */
  guint       error_line;   /* of the last error, for the problem details */
  guint       error_column;
} CareplanServeEnvelope;

gboolean                 careplan_serve_envelope_parse      (CareplanServeEnvelope  *envelope,
                                                             const char             *data,
                                                             gsize                   length,
                                                             GError                **error);
void                     careplan_serve_envelope_clear      (CareplanServeEnvelope  *envelope);
const CareplanServeSpan *careplan_serve_envelope_get        (CareplanServeEnvelope  *envelope,
                                                             const char             *name);
/* A member that is a plain string (no escapes); NULL when absent or, with
 * @error set, when not a plain string. */
char                    *careplan_serve_envelope_dup_string (CareplanServeEnvelope  *envelope,
                                                             const char             *name,
                                                             GError                **error);
/* Leaves @value as it is when the member is absent. */
gboolean                 careplan_serve_envelope_get_int    (CareplanServeEnvelope  *envelope,
                                                             const char             *name,
                                                             gint64                  min,
                                                             gint64                  max,
                                                             gint64                 *value,
                                                             GError                **error);
/* A line and column inside member @name's value, as a position in the body. */
void                     careplan_serve_envelope_position   (CareplanServeEnvelope  *envelope,
                                                             const char             *name,
                                                             guint                   line_in_value,
                                                             guint                   column_in_value,
                                                             guint                  *line,
                                                             guint                  *column);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CareplanServeEnvelope, careplan_serve_envelope_clear)

G_END_DECLS
