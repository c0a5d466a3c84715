/* careplan-object-list-private.h: a GListModel over an array, safe to read from many threads
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CAREPLAN_TYPE_OBJECT_LIST (careplan_object_list_get_type ())

G_DECLARE_FINAL_TYPE (CareplanObjectList, careplan_object_list, CAREPLAN, OBJECT_LIST, GObject)

CareplanObjectList *careplan_object_list_new     (GType               item_type);
void                careplan_object_list_append  (CareplanObjectList *self,
                                                  gpointer            item);
/* The items themselves, borrowed: for readers inside the library. */
GObject * const    *careplan_object_list_peek    (CareplanObjectList *self,
                                                  guint              *n_items);

G_END_DECLS
