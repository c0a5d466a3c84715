/* careplan-record-stream-private.h: "for each child in this file"
 *
 * The record reader reads a careplan-record/1 file one child at a time:
 * the `children` array is never held whole, so memory does not grow with
 * the file, and (with keep_going) a child that cannot be read becomes a
 * CareplanProblem while the children after it are still read.  Code in
 * the library that wants the children of a file one by one (measures,
 * benchmarks, a streaming command) calls careplan_record_read_each(); the
 * public careplan_record_foreach_file() / _foreach_stream() and the
 * careplan_record_load_*() functions are built on it.
 *
 *   g_autoptr(CareplanJsonReader) json =
 *     careplan_json_reader_new_for_path (path, CAREPLAN_JSON_MAX_RECORD_BYTES,
 *                                        CAREPLAN_ERROR_INVALID_JSON, error);
 *   if (json == NULL || !careplan_record_read_each (json, TRUE, on_child, on_problem,
 *                                                   data, NULL, error))
 *     return FALSE;
 *
 * on_child is called once per child, in file order, with a child that
 * nobody else holds (keep a reference to keep it); it returns FALSE with
 * its own error to stop the read, which then returns FALSE with that
 * error.  on_problem (may be NULL) is called for each child left out when
 * @keep_going is set.  A child given before the file's "format" member is
 * held until "format" has been read and checked (children always come
 * after a checked format).  Text that is not well-formed JSON, a size past
 * the reader's limit, or a file that is not a careplan record fails the
 * read; children already given to on_child stay given.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "careplan-child.h"
#include "careplan-json-private.h"
#include "careplan-problem.h"

G_BEGIN_DECLS

typedef gboolean (*CareplanRecordChildFunc)   (CareplanChild    *child,
                                               gpointer          user_data,
                                               GError          **error);
typedef void     (*CareplanRecordProblemFunc) (CareplanProblem  *problem,
                                               gpointer          user_data);

/* @extras (nullable out): the unknown members of the wrapper object, or
 * NULL when it has none. */
gboolean careplan_record_read_each (CareplanJsonReader         *reader,
                                    gboolean                    keep_going,
                                    CareplanRecordChildFunc     child_func,
                                    CareplanRecordProblemFunc   problem_func,
                                    gpointer                    user_data,
                                    JsonObject                **extras,
                                    GError                    **error);

G_END_DECLS
