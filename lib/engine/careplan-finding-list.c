/* careplan-finding-list.c: the engine's findings, made into objects only when asked for
 *
 * A child's findings are records (careplan-finding-private.h); most are
 * written, counted or filtered by readers that take the records
 * themselves (careplan-finding-list-private.h).  A CareplanFinding is made
 * only for the position g_list_model_get_item() asks for, then kept, so
 * the same object comes back and its message is written once.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-finding-list-private.h"

#include <string.h>

struct _CareplanFindingList
{
  GObject                       parent_instance;

  CareplanFindingArray         *findings;
  GPtrArray                    *parts;     /* or CareplanFindingList: the lists joined */
  CareplanFindingRecord        *joined;    /* their records, copied (owned) */
  const CareplanFindingRecord  *records;   /* of findings, or joined */
  guint                         n_records;
  CareplanFinding             **objects;   /* n_records slots, made on the first get_item() */
};

static GType
careplan_finding_list_get_item_type (GListModel *model)
{
  return CAREPLAN_TYPE_FINDING;
}

static guint
careplan_finding_list_get_n_items (GListModel *model)
{
  return CAREPLAN_FINDING_LIST (model)->n_records;
}

/* Made on demand and kept; two threads asking at once may both make one,
 * and the first stored wins, so every caller gets the same object. */
static gpointer
careplan_finding_list_get_item (GListModel *model,
                                guint       position)
{
  CareplanFindingList *self = CAREPLAN_FINDING_LIST (model);
  CareplanFinding **objects;
  CareplanFinding *finding;

  if (position >= self->n_records)
    return NULL;

  objects = g_atomic_pointer_get (&self->objects);
  if (objects == NULL)
    {
      objects = g_new0 (CareplanFinding *, self->n_records);
      if (!g_atomic_pointer_compare_and_exchange (&self->objects, NULL, objects))
        {
          g_free (objects);
          objects = g_atomic_pointer_get (&self->objects);
        }
    }

  finding = g_atomic_pointer_get (&objects[position]);
  if (finding == NULL)
    {
      finding = careplan_finding_new_from_record (&self->records[position]);
      if (!g_atomic_pointer_compare_and_exchange (&objects[position], NULL, finding))
        {
          g_object_unref (finding);
          finding = g_atomic_pointer_get (&objects[position]);
        }
    }

  return g_object_ref (finding);
}

static void
careplan_finding_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = careplan_finding_list_get_item_type;
  iface->get_n_items = careplan_finding_list_get_n_items;
  iface->get_item = careplan_finding_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (CareplanFindingList, careplan_finding_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      careplan_finding_list_model_init))

static const CareplanFindingRecord *
peek_records (GListModel *model,
              guint      *n_records)
{
  CareplanFindingList *self = CAREPLAN_FINDING_LIST (model);

  *n_records = self->n_records;
  return self->records;
}

static const CareplanFindingRecords records_table = {
  .peek = peek_records,
  .append_message = careplan_finding_record_append_message,
};

static void
careplan_finding_list_finalize (GObject *object)
{
  CareplanFindingList *self = CAREPLAN_FINDING_LIST (object);

  if (self->objects != NULL)
    {
      for (guint i = 0; i < self->n_records; i++)
        g_clear_object (&self->objects[i]);
      g_free (self->objects);
    }
  /* Its memory goes to the next child's findings, on the thread that
   * evaluates it, rather than back to the allocator from this one. */
  g_clear_pointer (&self->findings, careplan_finding_array_recycle);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->joined, g_free);

  G_OBJECT_CLASS (careplan_finding_list_parent_class)->finalize (object);
}

static void
careplan_finding_list_class_init (CareplanFindingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_finding_list_finalize;

  g_type_set_qdata (G_TYPE_FROM_CLASS (klass),
                    g_quark_from_static_string (CAREPLAN_FINDING_RECORDS_QDATA),
                    (gpointer) &records_table);
}

static void
careplan_finding_list_init (CareplanFindingList *self)
{
}

CareplanFindingList *
careplan_finding_list_new_take (CareplanFindingArray *findings)
{
  CareplanFindingList *self;

  g_return_val_if_fail (findings != NULL, NULL);

  self = g_object_new (CAREPLAN_TYPE_FINDING_LIST, NULL);
  self->findings = findings;
  self->records = careplan_finding_array_peek (findings, &self->n_records);
  return self;
}

CareplanFindingList *
careplan_finding_list_new_join (GPtrArray *lists)
{
  CareplanFindingList *self;
  gsize total = 0;
  guint i, at = 0;

  g_return_val_if_fail (lists != NULL, NULL);

  for (i = 0; i < lists->len; i++)
    {
      g_return_val_if_fail (CAREPLAN_IS_FINDING_LIST (g_ptr_array_index (lists, i)), NULL);
      total += CAREPLAN_FINDING_LIST (g_ptr_array_index (lists, i))->n_records;
    }
  g_return_val_if_fail (total <= G_MAXUINT, NULL);

  self = g_object_new (CAREPLAN_TYPE_FINDING_LIST, NULL);
  self->parts = lists;
  self->joined = g_new (CareplanFindingRecord, total);
  for (i = 0; i < lists->len; i++)
    {
      CareplanFindingList *part = g_ptr_array_index (lists, i);

      if (part->n_records > 0)
        memcpy (self->joined + at, part->records, part->n_records * sizeof (CareplanFindingRecord));
      at += part->n_records;
    }
  self->records = self->joined;
  self->n_records = (guint) total;
  return self;
}
