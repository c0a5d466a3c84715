/* careplan-rules-missing.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

/* Filled in by the missing family's author; an empty family adds no rule. */
const CareplanRuleDefinition *
careplan_rules_missing_get_definitions (guint *n_definitions)
{
  *n_definitions = 0;
  return NULL;
}
