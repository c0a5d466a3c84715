/* careplan-rules-care-planning.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

/* Filled in by the care-planning family's author; an empty family adds no rule. */
const CareplanRuleDefinition *
careplan_rules_care_planning_get_definitions (guint *n_definitions)
{
  *n_definitions = 0;
  return NULL;
}
