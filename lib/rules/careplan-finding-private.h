/* careplan-finding-private.h: how rules add findings
 *
 * A rule adds its findings to a CareplanFindingArray, the sink of one
 * evaluation: rules never see how findings are kept, nor make a
 * CareplanFinding themselves.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <string.h>

#include "careplan-finding.h"
#include "careplan-rule.h"

G_BEGIN_DECLS

/* A finding's message, kept as its parts and written only when asked for
 * (careplan_finding_get_message(), or straight into a writer's buffer):
 * most findings are counted, filtered or written by a writer that never
 * needs the sentence as a string of its own. A rule appends the pieces of
 * the sentence in order to a CareplanMessage on its stack; texts are
 * copied into the finding unless added with _add_static() (string
 * literals only), dates are written as ISO dates, numbers in decimal. */
#define CAREPLAN_MESSAGE_MAX_PARTS 24

typedef enum
{
  CAREPLAN_MESSAGE_PART_TEXT,    /* copied when the finding is made */
  CAREPLAN_MESSAGE_PART_STATIC,  /* a string literal, borrowed */
  CAREPLAN_MESSAGE_PART_DATE,
  CAREPLAN_MESSAGE_PART_INT,
} CareplanMessagePartKind;

typedef struct
{
  guint8      kind;   /* CareplanMessagePartKind */
  guint32     len;    /* TEXT, STATIC: bytes */
  union {
    const char *text;   /* STATIC; TEXT while building */
    gsize       offset; /* TEXT in a finding: into the copied bytes */
    gint32      number; /* DATE, INT */
  };
} CareplanMessagePart;

typedef struct
{
  guint               n_parts;
  gsize               text_len;  /* bytes of TEXT parts to copy */
  CareplanMessagePart parts[CAREPLAN_MESSAGE_MAX_PARTS];
} CareplanMessage;

static inline void
careplan_message_init (CareplanMessage *message)
{
  message->n_parts = 0;
  message->text_len = 0;
}

static inline void
careplan_message_add_text (CareplanMessage *message,
                           const char      *text)
{
  CareplanMessagePart *part;

  g_return_if_fail (message->n_parts < CAREPLAN_MESSAGE_MAX_PARTS);
  part = &message->parts[message->n_parts++];
  part->kind = CAREPLAN_MESSAGE_PART_TEXT;
  part->len = strlen (text);
  part->text = text;
  message->text_len += part->len;
}

static inline void
careplan_message_add_static (CareplanMessage *message,
                             const char      *literal)
{
  CareplanMessagePart *part;

  g_return_if_fail (message->n_parts < CAREPLAN_MESSAGE_MAX_PARTS);
  part = &message->parts[message->n_parts++];
  part->kind = CAREPLAN_MESSAGE_PART_STATIC;
  part->len = strlen (literal);
  part->text = literal;
}

static inline void
careplan_message_add_date (CareplanMessage *message,
                           CareplanDate     date)
{
  CareplanMessagePart *part;

  g_return_if_fail (message->n_parts < CAREPLAN_MESSAGE_MAX_PARTS);
  part = &message->parts[message->n_parts++];
  part->kind = CAREPLAN_MESSAGE_PART_DATE;
  part->len = 0;
  part->number = (gint32) date;
}

static inline void
careplan_message_add_int (CareplanMessage *message,
                          int              number)
{
  CareplanMessagePart *part;

  g_return_if_fail (message->n_parts < CAREPLAN_MESSAGE_MAX_PARTS);
  part = &message->parts[message->n_parts++];
  part->kind = CAREPLAN_MESSAGE_PART_INT;
  part->len = 0;
  part->number = number;
}

/* Writes @message (still being built: its texts not yet copied) as a
 * string, for the rare finding whose sentence embeds another. */
char            *careplan_message_to_string (const CareplanMessage *message);

/* A message's parts as kept with a finding: one block holding the parts,
 * then the bytes of their copied texts (a TEXT part's offset is into
 * those bytes).  Immutable once made. */
typedef struct
{
  guint32             n_parts;
  guint32             text_len;
  CareplanMessagePart parts[];
  /* then the copied texts */
} CareplanMessageParts;

/* The bytes of @message as a CareplanMessageParts block. */
gsize            careplan_message_parts_size  (const CareplanMessage      *message);
/* Writes @message into @block (careplan_message_parts_size() bytes,
 * aligned for a pointer), copying its texts. */
void             careplan_message_parts_write (const CareplanMessage      *message,
                                               CareplanMessageParts       *block);
/* Appends the sentence the parts make to @out. */
void             careplan_message_parts_append (const CareplanMessageParts *parts,
                                                GString                    *out);
/* The same, each date written by @append_date (a writer's cache of
 * dates' texts). */
typedef void   (*CareplanAppendDateFunc)       (GString                    *out,
                                                CareplanDate                date,
                                                gpointer                    data);
void             careplan_message_parts_append_with (const CareplanMessageParts *parts,
                                                     GString                    *out,
                                                     CareplanAppendDateFunc      append_date,
                                                     gpointer                    data);

/* --- the sink rules add findings to ------------------------------------
 *
 * A CareplanFindingArray holds findings as plain records: no object and
 * no allocation of their own.  Each record borrows its rule (the array
 * keeps one reference on each rule it has seen), its child id (copied
 * once per run of findings of the same child) and its message parts
 * (copied into blocks of memory the array owns and frees at once).
 * @anchor_kind is borrowed: a string literal, or a string owned by the
 * rule's definition (which the rule reference keeps alive).  An array is
 * used by one thread at a time. */

typedef struct _CareplanFindingArray CareplanFindingArray;

typedef struct
{
  CareplanRule               *rule;
  const char                 *child_id;
  const char                 *anchor_kind;
  const CareplanMessageParts *message;
  CareplanDate                anchor_date;
  CareplanDate                due;
  CareplanDate                done;
  int                         days_late;
  CareplanFindingStatus       status;
} CareplanFindingRecord;

CareplanFindingArray *careplan_finding_array_new        (void);
void                  careplan_finding_array_free       (CareplanFindingArray  *self);
/* Done with @self: its findings are dropped (and its rule references),
 * and its memory kept in a small pool for the next
 * careplan_finding_array_new(), on whichever thread.  Frees it when the
 * pool is full. */
void                  careplan_finding_array_recycle    (CareplanFindingArray  *self);
guint                 careplan_finding_array_get_length (CareplanFindingArray  *self);
/* The records, borrowed: valid until the array is changed or freed. */
const CareplanFindingRecord *careplan_finding_array_peek (CareplanFindingArray *self,
                                                          guint                *n_records);
/* Drops every finding but keeps the memory (and the rule references) for
 * the next ones: a scratch array reused child after child. */
void                  careplan_finding_array_clear      (CareplanFindingArray  *self);

/* Adds a finding whose message is given as its parts: the parts are
 * copied, and the sentence is written only when it is asked for. */
void                  careplan_finding_array_add_parts  (CareplanFindingArray  *self,
                                                         CareplanRule          *rule,
                                                         const char            *child_id,
                                                         CareplanFindingStatus  status,
                                                         const char            *anchor_kind,
                                                         CareplanDate           anchor_date,
                                                         CareplanDate           due,
                                                         CareplanDate           done,
                                                         int                    days_late,
                                                         const CareplanMessage *message);

/* Adds a finding whose message is written already: @message is taken
 * over (copied into the array and freed). */
void                  careplan_finding_array_add_take   (CareplanFindingArray  *self,
                                                         CareplanRule          *rule,
                                                         const char            *child_id,
                                                         CareplanFindingStatus  status,
                                                         const char            *anchor_kind,
                                                         CareplanDate           anchor_date,
                                                         CareplanDate           due,
                                                         CareplanDate           done,
                                                         int                    days_late,
                                                         char                  *message);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareplanFindingArray, careplan_finding_array_free)

/* The finding's sentence: appended to @out, or as a new string. */
void             careplan_finding_record_append_message (const CareplanFindingRecord *record,
                                                         GString                     *out);
char            *careplan_finding_record_dup_message    (const CareplanFindingRecord *record);
/* The finding as an object of its own (it copies what it needs). */
CareplanFinding *careplan_finding_new_from_record       (const CareplanFindingRecord *record);

/* A finding as an object, for a list model that hands findings out one
 * by one, and for tests. Rules do not call these: they add findings to a
 * CareplanFindingArray. @message is taken over. */
CareplanFinding *careplan_finding_new_take (CareplanRule          *rule,
                                            const char            *child_id,
                                            CareplanFindingStatus  status,
                                            const char            *anchor_kind,
                                            CareplanDate           anchor_date,
                                            CareplanDate           due,
                                            CareplanDate           done,
                                            int                    days_late,
                                            char                  *message);

/* Appends the finding's message to @out: the cached sentence if one has
 * been made, else written from its parts without caching it. */
void             careplan_finding_append_message (CareplanFinding *self,
                                                  GString         *out);

G_END_DECLS
