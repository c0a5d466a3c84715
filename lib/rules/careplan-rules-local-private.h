/* careplan-rules-local-private.h: rules defined by data (a policy's local targets)
 *
 * A local target is a row, a CareplanObligationSpec, that the policy reader
 * (io) fills in from a policy file and has checked: the words of the file
 * (anchors, units, event kinds) are its concern.  The row is per period of
 * care, per placement, per event of a kind (anchor_in_period) or for the
 * period of care holding a birthday, met when
 * all its requirements are recorded; its `within` (and `every`) are its
 * parameters.  careplan_local_rule_take() words it and makes the rule that
 * careplan-obligation.c judges as it judges a statutory row.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan-obligation-private.h"

G_BEGIN_DECLS

#define CAREPLAN_LOCAL_RULE_PREFIX "local."

enum {
  CAREPLAN_LOCAL_RULE_WITHIN,
  CAREPLAN_LOCAL_RULE_EVERY,
};

/* One box, its strings in @strings.  The reader sets the definition's id,
 * title, provision and url, the source's instrument and in-force dates,
 * the parameters' default_value and unit (an `every` of 0: once per
 * anchor), the spec's per, anchor_event, anchor_in_period and
 * birthday_age, spec.what
 * (NULL: named after the requirements) and @requirements. */
typedef struct
{
  CareplanRuleDefinition  definition;   /* first: the box is the definition the rule holds */
  CareplanRuleSource      source;
  CareplanParameterSpec   parameters[2];
  CareplanObligationSpec  spec;
  GStringChunk           *strings;
  GArray                 *requirements; /* CareplanObligationRequirement */
  GPtrArray              *details;      /* the requirements' detail lists (GPtrArray, NULL-terminated) */
} CareplanLocalRule;

CareplanLocalRule *careplan_local_rule_new     (void);
void               careplan_local_rule_release (CareplanLocalRule *self);
/* @text copied into @self's strings; NULL stays NULL. */
const char        *careplan_local_rule_intern  (CareplanLocalRule *self,
                                                const char        *text);
/* Words the row and makes the rule, which takes @self. */
CareplanRule      *careplan_local_rule_take    (CareplanLocalRule *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareplanLocalRule, careplan_local_rule_release)

G_END_DECLS
