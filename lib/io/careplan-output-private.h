/* careplan-output-private.h: values written by hand into JSON, CSV and text
 *
 * The findings and measures writers stream large documents, so they escape
 * each value themselves rather than build a whole tree for JsonGenerator;
 * this is the escaping they share, so both write a value the same way.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

#include "careplan-date.h"

G_BEGIN_DECLS

/* Text as valid UTF-8: ids come from files, so bad bytes are repaired
 * rather than making an invalid document.  *repaired is freed by the
 * caller; NULL stays NULL. */
const char *careplan_output_valid_utf8         (const char    *text,
                                                char         **repaired);
/* YYYY-MM-DD. */
void        careplan_output_append_iso_date    (GString       *out,
                                                CareplanDate   date);
/* Appends @length bytes of @text (no NUL needed): the fast path of
 * g_string_append_len() for the writers' many short pieces. */
void        careplan_output_append_len         (GString       *out,
                                                const char    *text,
                                                gsize          length);
/* A string literal, its length known at compile time. */
#define careplan_output_append_literal(out, literal) \
  careplan_output_append_len ((out), "" literal, sizeof (literal) - 1)
/* A JSON string, or null for NULL.  ASCII text is copied in runs with
 * nothing escaped but what JSON (and a terminal) needs: control
 * characters, DEL, the quote and the backslash; UTF-8 is validated only
 * from the first byte past ASCII and repaired when it is not valid. */
/* Whether @length bytes of @text are ASCII with nothing a JSON string
 * escapes: written between quotes, they are what
 * careplan_output_append_json_string() would write. */
gboolean    careplan_output_is_plain_json      (const char    *text,
                                                gsize          length);
void        careplan_output_append_json_string (GString       *out,
                                                const char    *text);
/* A JSON date string, or null for CAREPLAN_DATE_NONE. */
void        careplan_output_append_json_date   (GString       *out,
                                                CareplanDate   date);
/* Whether a CSV cell would be taken for a formula (see below). */
gboolean    careplan_output_csv_needs_neutralising (const char *text);
/* An RFC 4180 field, quoted only when it must be; nothing for NULL.  A
 * cell beginning with =, +, -, @, tab or CR (a formula to a spreadsheet)
 * is neutralised as OWASP recommends: a leading ' inside quotes; plain
 * numbers such as -3 are left alone. */
void        careplan_output_append_csv_field   (GString       *out,
                                                const char    *text);
/* Text kept on one line and harmless to a terminal: control characters
 * are shown as \n, \r, \t or \xNN. */
void        careplan_output_append_text        (GString       *out,
                                                const char    *text);

G_END_DECLS
