/* careplan-object-list.c: a GListModel over an array, safe to read from many threads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * GListStore keeps a cache of the last position looked up and updates it
 * on every g_list_model_get_item(), so two threads reading one store race
 * even though neither writes.  A child's record is read concurrently when
 * several threads evaluate it (the engine's documented guarantee), so its
 * lists are plain arrays whose reads change nothing.  Appending is not
 * thread-safe, as for any record being built.
 */

#include "config.h"

#include "careplan-object-list-private.h"

struct _CareplanObjectList
{
  GObject    parent_instance;

  GType      item_type;
  GPtrArray *items;
};

static GType
careplan_object_list_get_item_type (GListModel *model)
{
  return CAREPLAN_OBJECT_LIST (model)->item_type;
}

static guint
careplan_object_list_get_n_items (GListModel *model)
{
  return CAREPLAN_OBJECT_LIST (model)->items->len;
}

static gpointer
careplan_object_list_get_item (GListModel *model,
                               guint       position)
{
  CareplanObjectList *self = CAREPLAN_OBJECT_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
careplan_object_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = careplan_object_list_get_item_type;
  iface->get_n_items = careplan_object_list_get_n_items;
  iface->get_item = careplan_object_list_get_item;
}

static guint items_changed_signal;

G_DEFINE_FINAL_TYPE_WITH_CODE (CareplanObjectList, careplan_object_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      careplan_object_list_model_init))

static void
careplan_object_list_finalize (GObject *object)
{
  CareplanObjectList *self = CAREPLAN_OBJECT_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (careplan_object_list_parent_class)->finalize (object);
}

static void
careplan_object_list_class_init (CareplanObjectListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = careplan_object_list_finalize;

  /* The interface's signal exists once its default vtable is made, which
   * for a class implementing it comes after class_init. */
  {
    gpointer list_model = g_type_default_interface_ref (G_TYPE_LIST_MODEL);

    items_changed_signal = g_signal_lookup ("items-changed", G_TYPE_LIST_MODEL);
    g_type_default_interface_unref (list_model);
    g_assert (items_changed_signal != 0);
  }
}

static void
careplan_object_list_init (CareplanObjectList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

CareplanObjectList *
careplan_object_list_new (GType item_type)
{
  CareplanObjectList *self;

  g_return_val_if_fail (g_type_is_a (item_type, G_TYPE_OBJECT), NULL);

  self = g_object_new (CAREPLAN_TYPE_OBJECT_LIST, NULL);
  self->item_type = item_type;

  return self;
}

void
careplan_object_list_append (CareplanObjectList *self,
                             gpointer            item)
{
  g_return_if_fail (CAREPLAN_IS_OBJECT_LIST (self));
  g_return_if_fail (g_type_is_a (G_OBJECT_TYPE (item), self->item_type));

  g_ptr_array_add (self->items, g_object_ref (item));
  /* Emitting a signal nobody listens to is most of the cost of appending
   * (a reader fills a child's lists item by item, before anyone can
   * listen). */
  if (g_signal_has_handler_pending (self, items_changed_signal, 0, FALSE))
    g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
}

GObject * const *
careplan_object_list_peek (CareplanObjectList *self,
                           guint              *n_items)
{
  g_return_val_if_fail (CAREPLAN_IS_OBJECT_LIST (self), NULL);

  *n_items = self->items->len;
  return (GObject * const *) self->items->pdata;
}
