/* fuzz-output.h: checks on what careplan writes, for the fuzz targets of
 * the commands (due, measures, import)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A stream into memory, and what was written to it (nul-terminated). */
GOutputStream *fuzz_output_new        (void);
const char    *fuzz_output_text       (GOutputStream *stream,
                                       gsize         *length);
/* Text for a terminal: UTF-8, and no control character but '\n'. */
void           fuzz_check_terminal    (const char    *text,
                                       gsize          length,
                                       const char    *what);
/* RFC 4180 CSV in which no cell starts as a spreadsheet formula
 * (=, +, -, @, tab, CR) unless it is a plain number. */
void           fuzz_check_csv         (const char    *text,
                                       gsize          length,
                                       const char    *what);

G_END_DECLS
