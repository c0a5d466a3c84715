/* careplan-finding-list-private.h: the engine's findings as a GListModel
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

#include "careplan-finding-private.h"

G_BEGIN_DECLS

#define CAREPLAN_TYPE_FINDING_LIST (careplan_finding_list_get_type ())

G_DECLARE_FINAL_TYPE (CareplanFindingList, careplan_finding_list, CAREPLAN, FINDING_LIST, GObject)

/* A list model of CareplanFinding over the records of @findings, which
 * it takes over.  It never changes (no items-changed).  An item is made
 * the first time it is asked for and kept, so the same object comes back
 * each time; reading from several threads at once is safe.  The list
 * keeps what its findings need (their rules), so it outlives the engine
 * and the children that made it. */
CareplanFindingList *careplan_finding_list_new_take (CareplanFindingArray *findings);
/* The findings of @lists (CareplanFindingList, taken over with the
 * array), one list after the other, in a list of the same kind that
 * keeps them. */
CareplanFindingList *careplan_finding_list_new_join (GPtrArray            *lists);

/* --- reading the records of any list model of findings ------------------
 *
 * Readers in the library and in the careplan tool (which links only the
 * shared library, so cannot call a private function) read the records of
 * a CareplanFindingList directly, with no object per finding: the type
 * carries, as type data under this name, a table of functions.  For any
 * other list model the table is NULL and readers use g_list_model_get_item(). */
#define CAREPLAN_FINDING_RECORDS_QDATA "careplan-finding-records"

typedef struct
{
  /* The records of @model, borrowed for the model's life. */
  const CareplanFindingRecord *(*peek)           (GListModel                  *model,
                                                  guint                       *n_records);
  /* careplan_finding_record_append_message() */
  void                         (*append_message) (const CareplanFindingRecord *record,
                                                  GString                     *out);
} CareplanFindingRecords;

/* The table of @model's type, or NULL when @model is not a list of
 * records. */
static inline const CareplanFindingRecords *
careplan_finding_records_lookup (GListModel *model)
{
  static gsize quark = 0;

  if (g_once_init_enter (&quark))
    g_once_init_leave (&quark, g_quark_from_static_string (CAREPLAN_FINDING_RECORDS_QDATA));
  return g_type_get_qdata (G_OBJECT_TYPE (model), (GQuark) quark);
}

/* The records of @model, or NULL when it is not a list of records. */
static inline const CareplanFindingRecord *
careplan_finding_records_peek (GListModel *model,
                               guint      *n_records)
{
  const CareplanFindingRecords *records = careplan_finding_records_lookup (model);

  return records != NULL ? records->peek (model, n_records) : NULL;
}

G_END_DECLS
