/* careplan-ssda903-checks-b-tables-private.h: building the tables the
 * checks of codes 500 and up read, and running a check over them
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan-ssda903-checks-b-rows-private.h"

G_BEGIN_DECLS

typedef struct _VbTables VbTables;

typedef void (*VbFlagFunc) (const VbCheck        *check,
                            CareplanSsda903Table  table,
                            guint                 row,
                            const char           *child,
                            gpointer              data);

VbTables  *vb_tables_new          (void);
void       vb_tables_free         (VbTables *tables);
void       vb_tables_set_columns  (VbTables *tables, CareplanSsda903Table t,
                                   const char *const *columns, guint n_columns);
void       vb_tables_add_row      (VbTables *tables, CareplanSsda903Table t,
                                   const char *const *cells, guint n_cells);

VbCtx     *vb_ctx_new             (int year, VbTables *this_year, VbTables *previous);
void       vb_ctx_free            (VbCtx *x);
void       vb_ctx_run             (VbCtx *x, const VbCheck *check, VbFlagFunc flag, gpointer data);

const VbCheck *const *vb_all_checks (guint *n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbTables, vb_tables_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (VbCtx, vb_ctx_free)

G_END_DECLS
