/* careplan-finding-array.c: the sink rules add findings to
 *
 * Findings are plain records in one growing array, and what they copy
 * (the child id, the message parts and their texts) goes into blocks of
 * memory the array owns: adding a finding allocates nothing of its own,
 * and freeing the array is a handful of free() calls, not three a
 * finding.  Nothing here is shared: an array belongs to one thread at a
 * time.
 *
 * Arrays are recycled: one that is done with (a child's findings written
 * on the thread that writes, while another evaluates) goes back to a
 * small pool with its memory, and the next array is taken from there.
 * Memory made by one thread is then reused, not freed by another, which
 * costs glibc an arena lock and GLib's allocators contention whenever
 * threads evaluate and write at once.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-finding-private.h"

/* The first block holds the findings of a typical child (about 100, at
 * 200 to 300 bytes of message parts each); later ones double. */
#define FIRST_BLOCK_SIZE (32 * 1024)
#define FIRST_N_RECORDS  128

typedef struct _Block Block;

struct _Block
{
  Block *next;
  gsize  size;  /* bytes of data */
  gsize  used;
  /* then the data, aligned for a pointer */
};

struct _CareplanFindingArray
{
  CareplanFindingRecord *records;
  guint                  len;
  guint                  allocated;

  Block                 *blocks;     /* the one being filled first */
  GPtrArray             *rules;      /* CareplanRule (owned): every record's rule */
  CareplanRule          *last_rule;  /* the last added: findings come rule by rule */
  const char            *child_id;   /* the last copied, in a block */
};

#define BLOCK_DATA(block) ((char *) (block) + sizeof (Block))
G_STATIC_ASSERT (sizeof (Block) % sizeof (gpointer) == 0);

/* Enough for the children in flight between the threads that evaluate
 * and the one that writes; about 40 KiB each.  Slots taken and given
 * with atomic operations (no lock; ThreadSanitizer sees them, where it
 * does not see GMutex's futex). */
#define POOL_SIZE 16

static CareplanFindingArray *pool[POOL_SIZE];

CareplanFindingArray *
careplan_finding_array_new (void)
{
  CareplanFindingArray *self;
  guint i;

  for (i = 0; i < POOL_SIZE; i++)
    {
      if (g_atomic_pointer_get (&pool[i]) == NULL)
        continue;
      self = g_atomic_pointer_exchange (&pool[i], NULL);
      if (self != NULL)
        return self;
    }

  self = g_new0 (CareplanFindingArray, 1);
  self->rules = g_ptr_array_new_with_free_func (g_object_unref);
  return self;
}

void
careplan_finding_array_recycle (CareplanFindingArray *self)
{
  guint i;

  if (self == NULL)
    return;

  careplan_finding_array_clear (self);
  g_ptr_array_set_size (self->rules, 0);
  self->last_rule = NULL;

  for (i = 0; i < POOL_SIZE; i++)
    if (g_atomic_pointer_compare_and_exchange (&pool[i], NULL, self))
      return;
  careplan_finding_array_free (self);
}

static void
free_blocks (Block *block)
{
  while (block != NULL)
    {
      Block *next = block->next;

      g_free (block);
      block = next;
    }
}

void
careplan_finding_array_free (CareplanFindingArray *self)
{
  if (self == NULL)
    return;
  g_free (self->records);
  free_blocks (self->blocks);
  g_ptr_array_unref (self->rules);
  g_free (self);
}

void
careplan_finding_array_clear (CareplanFindingArray *self)
{
  g_return_if_fail (self != NULL);

  self->len = 0;
  self->child_id = NULL;
  if (self->blocks != NULL)
    {
      /* Keep the biggest (the newest) block only. */
      free_blocks (self->blocks->next);
      self->blocks->next = NULL;
      self->blocks->used = 0;
    }
}

guint
careplan_finding_array_get_length (CareplanFindingArray *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->len;
}

const CareplanFindingRecord *
careplan_finding_array_peek (CareplanFindingArray *self,
                             guint                *n_records)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (n_records != NULL, NULL);

  *n_records = self->len;
  return self->records;
}

/* @size bytes aligned for a pointer, for the array's life. */
static gpointer
allocate (CareplanFindingArray *self,
          gsize                 size)
{
  Block *block = self->blocks;
  gpointer data;

  size = (size + sizeof (gpointer) - 1) & ~(sizeof (gpointer) - 1);
  if (block == NULL || block->size - block->used < size)
    {
      gsize block_size = block != NULL ? block->size * 2 : FIRST_BLOCK_SIZE;

      while (block_size < size)
        block_size *= 2;
      block = g_malloc (sizeof (Block) + block_size);
      block->next = self->blocks;
      block->size = block_size;
      block->used = 0;
      self->blocks = block;
    }

  data = BLOCK_DATA (block) + block->used;
  block->used += size;
  return data;
}

static const char *
copy_child_id (CareplanFindingArray *self,
               const char           *child_id)
{
  gsize len;

  /* Compared by content: a rule may pass the child's own string or a
   * copy, and another child's id may reuse a freed child's address. */
  if (self->child_id != NULL && strcmp (self->child_id, child_id) == 0)
    return self->child_id;

  len = strlen (child_id) + 1;
  self->child_id = memcpy (allocate (self, len), child_id, len);
  return self->child_id;
}

static void
keep_rule (CareplanFindingArray *self,
           CareplanRule         *rule)
{
  guint i;

  if (rule == self->last_rule)
    return;
  self->last_rule = rule;
  for (i = self->rules->len; i > 0; i--)
    if (g_ptr_array_index (self->rules, i - 1) == (gpointer) rule)
      return;
  g_ptr_array_add (self->rules, g_object_ref (rule));
}

/* A new record with its rule, child id and values set; NULL (after a
 * critical) when they break the contract of docs/rules.md. */
static CareplanFindingRecord *
add_record (CareplanFindingArray  *self,
            CareplanRule          *rule,
            const char            *child_id,
            CareplanFindingStatus  status,
            const char            *anchor_kind,
            CareplanDate           anchor_date,
            CareplanDate           due,
            CareplanDate           done,
            int                    days_late)
{
  CareplanFindingRecord *record;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (CAREPLAN_IS_RULE (rule), NULL);
  g_return_val_if_fail (child_id != NULL, NULL);
  g_return_val_if_fail ((guint) status <= CAREPLAN_FINDING_STATUS_UNKNOWN, NULL);
  g_return_val_if_fail (anchor_kind != NULL, NULL);
  g_return_val_if_fail ((status == CAREPLAN_FINDING_STATUS_MET_LATE ||
                         status == CAREPLAN_FINDING_STATUS_OVERDUE) ==
                        (days_late != CAREPLAN_FINDING_NO_DAYS_LATE), NULL);

  if (self->len == self->allocated)
    {
      self->allocated = self->allocated > 0 ? self->allocated * 2 : FIRST_N_RECORDS;
      self->records = g_renew (CareplanFindingRecord, self->records, self->allocated);
    }

  keep_rule (self, rule);
  record = &self->records[self->len++];
  *record = (CareplanFindingRecord) {
    .rule = rule,
    .child_id = copy_child_id (self, child_id),
    .anchor_kind = anchor_kind,
    .message = NULL,
    .anchor_date = anchor_date,
    .due = due,
    .done = done,
    .days_late = days_late,
    .status = status,
  };
  return record;
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
  CareplanFindingRecord *record;
  CareplanMessageParts *parts;

  g_return_if_fail (message != NULL);

  record = add_record (self, rule, child_id, status, anchor_kind, anchor_date, due, done,
                       days_late);
  if (record == NULL)
    return;
  parts = allocate (self, careplan_message_parts_size (message));
  careplan_message_parts_write (message, parts);
  record->message = parts;
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
  g_autofree char *text = message;
  CareplanMessage parts;

  g_return_if_fail (message != NULL);

  careplan_message_init (&parts);
  careplan_message_add_text (&parts, text);
  careplan_finding_array_add_parts (self, rule, child_id, status, anchor_kind, anchor_date,
                                    due, done, days_late, &parts);
}
