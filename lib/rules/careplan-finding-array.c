/* careplan-finding-array.c: the sink rules add findings to
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-finding-private.h"

struct _CareplanFindingArray
{
  GPtrArray *objects;  /* CareplanFinding */
};

CareplanFindingArray *
careplan_finding_array_new (void)
{
  CareplanFindingArray *self = g_new0 (CareplanFindingArray, 1);

  self->objects = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

void
careplan_finding_array_free (CareplanFindingArray *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->objects);
  g_free (self);
}

guint
careplan_finding_array_get_length (CareplanFindingArray *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->objects->len;
}

void
careplan_finding_array_add_parts (CareplanFindingArray  *self,
                                  CareplanRule          *rule,
                                  const char            *child_id,
                                  CareplanFindingStatus  status,
                                  const char            *anchor_kind,
                                  CareplanDate           anchor_date,
                                  CareplanDate           due,
                                  CareplanDate           done,
                                  int                    days_late,
                                  const CareplanMessage *message)
{
  g_return_if_fail (self != NULL);

  g_ptr_array_add (self->objects,
                   careplan_finding_new_parts (rule, child_id, status, anchor_kind, anchor_date,
                                               due, done, days_late, message));
}

void
careplan_finding_array_add_take (CareplanFindingArray  *self,
                                 CareplanRule          *rule,
                                 const char            *child_id,
                                 CareplanFindingStatus  status,
                                 const char            *anchor_kind,
                                 CareplanDate           anchor_date,
                                 CareplanDate           due,
                                 CareplanDate           done,
                                 int                    days_late,
                                 char                  *message)
{
  g_return_if_fail (self != NULL);

  g_ptr_array_add (self->objects,
                   careplan_finding_new_take (rule, child_id, status, anchor_kind, anchor_date,
                                              due, done, days_late, message));
}

GPtrArray *
careplan_finding_array_free_to_objects (CareplanFindingArray *self)
{
  GPtrArray *objects;

  g_return_val_if_fail (self != NULL, NULL);

  objects = g_steal_pointer (&self->objects);
  g_free (self);
  return objects;
}
