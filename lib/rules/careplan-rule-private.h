/* careplan-rule-private.h: how a rule is defined and evaluated
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <string.h>

#include "careplan-calendar.h"
#include "careplan-finding.h"
#include "careplan-rule.h"
#include "careplan-model-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char        *name;          /* e.g. "working_days", "interval" */
  int                default_value;
  CareplanTimeUnit   unit;
  const char        *description;
  /* The values that mean something, for a parameter that chooses between
   * readings (1, 2 or 3) or is a yes/no (0 or 1): anything else is
   * refused.  0, 0: any value from 0 up. */
  int                minimum;
  int                maximum;
} CareplanParameterSpec;

/* Everything a rule may look at.  Rules are pure: they read this and
 * append findings, nothing else (no clock, no I/O, no globals). */
typedef struct
{
  CareplanChild             *child;
  const CareplanChildIndex  *index;     /* built at as_of */
  CareplanCalendar          *calendar;
  CareplanDate               as_of;
  CareplanLeapDayPolicy      leap_day_policy;
} CareplanEvaluation;

/* A rule of the common shape, as a row (careplan-obligation-private.h). */
typedef struct _CareplanObligationSpec CareplanObligationSpec;

typedef void (*CareplanRuleFunc) (CareplanRule             *rule,
                                  const CareplanEvaluation *evaluation,
                                  GPtrArray                *findings);

/* What the rules of one instrument, or of one part of it, share: their
 * family in the catalogue, where their force comes from, the instrument
 * and the dates the part is in force.  Rows point to one. */
typedef struct
{
  const char        *family;
  CareplanRuleKind   kind;
  const char        *instrument;
  const char        *in_force_from;   /* ISO date, or NULL */
  const char        *in_force_until;  /* ISO date, or NULL */
} CareplanRuleSource;

typedef struct
{
  const char                   *id;
  const CareplanRuleSource     *source;
  const char                   *title;
  CareplanConfirmation          confirmation;
  const char                   *provision;
  const char                   *url;
  const CareplanParameterSpec  *parameters;
  guint                         n_parameters;
  /* Exactly one of these: a row that careplan-obligation.c interprets, or
   * a function for an irregular rule. */
  const CareplanObligationSpec *spec;
  CareplanRuleFunc              evaluate;
} CareplanRuleDefinition;

/* A rule's parameters, given in place:
 * CAREPLAN_RULE_PARAMETERS ({ "working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS, "…" }). */
#define CAREPLAN_RULE_PARAMETERS(...) \
  .parameters = (const CareplanParameterSpec[]) { __VA_ARGS__ }, \
  .n_parameters = G_N_ELEMENTS (((const CareplanParameterSpec[]) { __VA_ARGS__ }))

/* The same, for an irregular rule whose function reads its array. */
#define CAREPLAN_RULE_PARAMETER_ARRAY(array) \
  .parameters = (array), .n_parameters = G_N_ELEMENTS (array)

CareplanRule                 *careplan_rule_new_from_definition (const CareplanRuleDefinition *definition);
/* For a definition built at run time (a policy's local rule): @definition
 * is an atomic rc box (g_atomic_rc_box_new0) owning its strings; the rule
 * takes the reference, copies share it, the last calls @clear_func. */
CareplanRule                 *careplan_rule_new_take_definition (CareplanRuleDefinition       *definition,
                                                                 GDestroyNotify                clear_func);
const CareplanRuleDefinition *careplan_rule_get_definition      (CareplanRule                 *self);
/* Fast access by position in definition->parameters. */
int                           careplan_rule_get_parameter_value (CareplanRule                 *self,
                                                                 guint                         index);
void                          careplan_rule_evaluate            (CareplanRule                 *self,
                                                                 const CareplanEvaluation     *evaluation,
                                                                 GPtrArray                    *findings);

/* Findings are built only by rules. @message is taken over. */
CareplanFinding *careplan_finding_new_take (CareplanRule          *rule,
                                            const char            *child_id,
                                            CareplanFindingStatus  status,
                                            const char            *anchor_kind,
                                            CareplanDate           anchor_date,
                                            CareplanDate           due,
                                            CareplanDate           done,
                                            int                    days_late,
                                            char                  *message);

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

/* As careplan_finding_new_take(), the message given as its parts: the
 * parts are copied (one allocation) and the sentence is written the first
 * time it is asked for. */
CareplanFinding *careplan_finding_new_parts (CareplanRule          *rule,
                                             const char            *child_id,
                                             CareplanFindingStatus  status,
                                             const char            *anchor_kind,
                                             CareplanDate           anchor_date,
                                             CareplanDate           due,
                                             CareplanDate           done,
                                             int                    days_late,
                                             const CareplanMessage *message);

/* Appends the finding's message to @out: the cached sentence if one has
 * been made, else written from its parts without caching it. */
void             careplan_finding_append_message (CareplanFinding *self,
                                                  GString         *out);

/* The instruments most rules cite. */
#define CAREPLAN_CPPCR_2010 "Care Planning, Placement and Case Review (England) Regulations 2010"
#define CAREPLAN_CA_1989    "Children Act 1989"
/* The day the CPPCR 2010 came into force. */
#define CAREPLAN_CPPCR_2010_IN_FORCE "2011-04-01"

/* The rule families of the default rulebook, each a NULL-terminated list
 * of its rules in catalogue order. */
typedef const CareplanRuleDefinition *const CareplanRuleFamily[];

extern CareplanRuleFamily careplan_rules_reviews;
extern CareplanRuleFamily careplan_rules_visits;
extern CareplanRuleFamily careplan_rules_care_planning;
extern CareplanRuleFamily careplan_rules_visit_regimes;
extern CareplanRuleFamily careplan_rules_placements;
extern CareplanRuleFamily careplan_rules_short_breaks;
extern CareplanRuleFamily careplan_rules_health;
extern CareplanRuleFamily careplan_rules_education;
extern CareplanRuleFamily careplan_rules_permanence;
extern CareplanRuleFamily careplan_rules_missing;
extern CareplanRuleFamily careplan_rules_care_leavers;

G_END_DECLS
