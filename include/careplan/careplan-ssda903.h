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

/**
 * CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE:
 *
 * The most bytes the SSDA903 reader reads from one CSV file of a return
 * unless told otherwise (1 GiB, the record reader's limit for one input):
 * some 300 times the Episodes file of the largest English council, and a
 * bound on what a mistaken or hostile file (a log, a disk image, a file
 * still growing) can make it read. A bigger file is refused, before any
 * of it is read, with %CAREPLAN_ERROR_IO and a message giving its size and
 * the limit. [func@Careplan.ssda903_load_dir_full] and
 * [func@Careplan.ssda903_read_dir_full] take another limit; the careplan
 * tool's `--max-file-size` sets it.
 *
 * Since: 0.2
 */
#define CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE (G_GUINT64_CONSTANT (1) << 30)

CAREPLAN_AVAILABLE_IN_ALL
GListModel *careplan_ssda903_load_dir               (const char   *dir,
                                                     int           collection_year,
                                                     GListModel  **problems,
                                                     GError      **error);
CAREPLAN_AVAILABLE_IN_ALL
GListModel *careplan_ssda903_load_dir_full          (const char   *dir,
                                                     int           collection_year,
                                                     guint64       max_file_size,
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
gboolean    careplan_ssda903_read_dir_full          (const char                *dir,
                                                     int                        collection_year,
                                                     guint64                    max_file_size,
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
