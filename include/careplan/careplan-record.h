/* careplan-record.h: the careplan JSON record format (careplan-record/1)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-child.h"
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
/**
 * CareplanRecordForeachFunc:
 * @child: a child just read, that nobody else holds yet
 * @user_data: the data given to [func@Careplan.record_foreach_file]
 *
 * Called for each child of a record file, in the order of the file.
 *
 * Returns: %TRUE to go on reading, %FALSE to stop
 *
 * Since: 0.1
 */
typedef gboolean (*CareplanRecordForeachFunc) (CareplanChild *child,
                                               gpointer       user_data);

CAREPLAN_AVAILABLE_IN_ALL
gboolean    careplan_record_foreach_file   (const char                 *path,
                                            gboolean                    keep_going,
                                            CareplanRecordForeachFunc   func,
                                            gpointer                    user_data,
                                            GListModel                **problems,
                                            GError                    **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean    careplan_record_foreach_stream (GInputStream               *stream,
                                            const char                 *name,
                                            gboolean                    keep_going,
                                            CareplanRecordForeachFunc   func,
                                            gpointer                    user_data,
                                            GListModel                **problems,
                                            GCancellable               *cancellable,
                                            GError                    **error);
CAREPLAN_AVAILABLE_IN_ALL
char       *careplan_record_save_data   (GListModel   *children,
                                         gsize        *length);
CAREPLAN_AVAILABLE_IN_ALL
gboolean    careplan_record_save_file   (GListModel   *children,
                                         const char   *path,
                                         GError      **error);

#define CAREPLAN_TYPE_RECORD_WRITER (careplan_record_writer_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanRecordWriter, careplan_record_writer, CAREPLAN, RECORD_WRITER, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanRecordWriter *careplan_record_writer_new        (GOutputStream         *stream);
CAREPLAN_AVAILABLE_IN_ALL
GOutputStream        *careplan_record_writer_get_stream (CareplanRecordWriter  *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_record_writer_write      (CareplanRecordWriter  *self,
                                                         CareplanChild         *child,
                                                         GError               **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_record_writer_close      (CareplanRecordWriter  *self,
                                                         GError               **error);

G_END_DECLS
