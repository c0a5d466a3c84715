/* fuzz-common.h: what every careplan fuzz target does with what it loaded
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <careplan.h>

G_BEGIN_DECLS

/* The as-of dates every target evaluates at: one inside the built-in
 * calendar, one far past it (working-day rules then give `unknown`). */
#define FUZZ_AS_OF        careplan_date_new (2025, 6, 30)
#define FUZZ_AS_OF_LATE   careplan_date_new (2099, 12, 31)

/* The name loaders are given, so that error messages can be checked to
 * name it. */
#define FUZZ_FILE_NAME "fuzz-input"

/* How many children of one input are evaluated (all are validated). */
#define FUZZ_MAX_EVALUATED 16

void            fuzz_init                  (void);
CareplanEngine *fuzz_default_engine        (void);
GListModel     *fuzz_fixed_cohort          (void);
void            fuzz_evaluate_children     (CareplanEngine *engine,
                                            GListModel     *children);
void            fuzz_check_error           (const GError   *error,
                                            const char     *loader);
gboolean        fuzz_known_fault           (const char     *fault);
void            fuzz_check_text            (const char     *text,
                                            gssize          length,
                                            const char     *what);

/* An SSDA903 return in one input: CSV files separated by a line holding
 * only FUZZ_SSDA903_SEPARATOR; past FUZZ_SSDA903_MAX_FILES files the
 * rest of the input is left out. */
#define FUZZ_SSDA903_SEPARATOR "=====\n"
#define FUZZ_SSDA903_MAX_FILES 13

/* Calls fuzz_init(), then writes the files of @data as 0.csv, 1.csv, …
 * into a folder made once per run (its name starting with @prefix), the
 * previous input's files removed first.  Returns the folder. */
const char     *fuzz_write_ssda903_dir     (const char     *prefix,
                                            const guint8   *data,
                                            gsize           size);

G_END_DECLS
