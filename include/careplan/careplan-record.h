/* careplan-record.h: the careplan JSON record format (careplan-record/1)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"

G_BEGIN_DECLS

/**
 * CAREPLAN_RECORD_FORMAT:
 *
 * The value of the `format` member of a careplan JSON record file.
 *
 * Since: 0.1
 */
#define CAREPLAN_RECORD_FORMAT "careplan-record/1"

CAREPLAN_AVAILABLE_IN_ALL
GListModel *careplan_record_load_data   (const char   *data,
                                         gssize        length,
                                         const char   *filename,
                                         GError      **error);
CAREPLAN_AVAILABLE_IN_ALL
GListModel *careplan_record_load_file   (const char   *path,
                                         GError      **error);
CAREPLAN_AVAILABLE_IN_ALL
GListModel *careplan_record_load_file_keep_going (const char   *path,
                                                  GListModel  **problems,
                                                  GError      **error);
CAREPLAN_AVAILABLE_IN_ALL
char       *careplan_record_save_data   (GListModel   *children,
                                         gsize        *length);
CAREPLAN_AVAILABLE_IN_ALL
gboolean    careplan_record_save_file   (GListModel   *children,
                                         const char   *path,
                                         GError      **error);

G_END_DECLS
