/* careplan-rule.h: one cited statutory or local rule
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <glib-object.h>

#include "careplan-version-macros.h"
#include "careplan-date.h"

G_BEGIN_DECLS

/**
 * CareplanRuleKind:
 * @CAREPLAN_RULE_KIND_STATUTE: an Act or a statutory instrument
 * @CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE: statutory guidance
 * @CAREPLAN_RULE_KIND_DFE_DEFINITION: a definition of the DfE's statistical return
 * @CAREPLAN_RULE_KIND_LOCAL_POLICY: a local authority's own target
 *
 * Where a rule's force comes from.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_RULE_KIND_STATUTE,
  CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE,
  CAREPLAN_RULE_KIND_DFE_DEFINITION,
  CAREPLAN_RULE_KIND_LOCAL_POLICY,
} CareplanRuleKind;

/**
 * CareplanConfirmation:
 * @CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY: the key words were read in the
 *   legislation itself (catalogue label `CONFIRMED-PRIMARY`)
 * @CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY: read in a secondary source
 *   (`CONFIRMED-SECONDARY`)
 * @CAREPLAN_CONFIRMATION_VALIDATOR: taken from public validator code (`VALIDATOR`)
 * @CAREPLAN_CONFIRMATION_UNCONFIRMED: not found in any source; the library
 *   uses the catalogue's recommended default (`UNCONFIRMED`)
 * @CAREPLAN_CONFIRMATION_LOCAL: a local target, confirmed as stated (`LOCAL`)
 *
 * How firmly the rules catalogue (docs/rules.md) established a rule.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_CONFIRMATION_VALIDATOR,
  CAREPLAN_CONFIRMATION_UNCONFIRMED,
  CAREPLAN_CONFIRMATION_LOCAL,
} CareplanConfirmation;

#define CAREPLAN_TYPE_RULE (careplan_rule_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanRule, careplan_rule, CAREPLAN, RULE, GObject)

CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_rule_get_id                (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_rule_get_family            (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_rule_get_title             (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanRuleKind      careplan_rule_get_kind              (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanConfirmation  careplan_rule_get_confirmation      (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_rule_get_instrument        (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_rule_get_provision         (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_rule_get_url               (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate          careplan_rule_get_in_force_from     (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate          careplan_rule_get_in_force_until    (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_rule_is_in_force_on        (CareplanRule         *self,
                                                           CareplanDate          date);
CAREPLAN_AVAILABLE_IN_ALL
const char * const   *careplan_rule_get_parameter_names   (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_rule_get_parameter         (CareplanRule         *self,
                                                           const char           *name,
                                                           int                  *value,
                                                           CareplanTimeUnit     *unit);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_rule_get_parameter_description (CareplanRule     *self,
                                                               const char       *name);
CAREPLAN_AVAILABLE_IN_ALL
char                 *careplan_rule_dup_shape             (CareplanRule         *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanRule         *careplan_rule_copy_with_parameter   (CareplanRule         *self,
                                                           const char           *name,
                                                           int                   value,
                                                           GError              **error);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_rule_kind_to_string        (CareplanRuleKind      kind);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_confirmation_to_string     (CareplanConfirmation  confirmation);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_time_unit_to_string        (CareplanTimeUnit      unit);

G_END_DECLS
