/* careplan-ssda903.h: the DfE SSDA903 return (children looked after), as CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"
#include "careplan-child.h"

G_BEGIN_DECLS

/**
 * CAREPLAN_SSDA903_EXTRAS_KEY:
 *
 * The member of a child's, an episode's or an event's kept unknown keys
 * (in the careplan JSON record) under which the SSDA903 reader keeps what
 * the careplan model does not hold: the Header's `ETHNIC`, `MOTHER` and
 * `MC_DOB`, the UASC and PrevPerm rows, and every cell that the writer
 * could not otherwise reproduce exactly.
 *
 * Since: 0.1
 */
#define CAREPLAN_SSDA903_EXTRAS_KEY "ssda903"

CAREPLAN_AVAILABLE_IN_ALL
GListModel *careplan_ssda903_load_dir               (const char   *dir,
                                                     int           collection_year,
                                                     GListModel  **problems,
                                                     GError      **error);
typedef gboolean (*CareplanSsda903ChildFunc) (CareplanChild  *child,
                                              GListModel     *problems,
                                              gpointer        user_data,
                                              GError        **error);

CAREPLAN_AVAILABLE_IN_ALL
gboolean    careplan_ssda903_read_dir               (const char                *dir,
                                                     int                        collection_year,
                                                     CareplanSsda903ChildFunc   func,
                                                     gpointer                   user_data,
                                                     GError                   **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean    careplan_ssda903_save_dir               (GListModel   *children,
                                                     const char   *dir,
                                                     int           collection_year,
                                                     GError      **error);
CAREPLAN_AVAILABLE_IN_ALL
int         careplan_ssda903_guess_collection_year  (GListModel   *children);

G_END_DECLS
