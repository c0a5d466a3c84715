/* careplan-rulebook.h: a set of rules with their parameter values
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"
#include "careplan-rule.h"
#include "careplan-placement.h"

G_BEGIN_DECLS

#define CAREPLAN_TYPE_RULEBOOK (careplan_rulebook_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanRulebook, careplan_rulebook, CAREPLAN, RULEBOOK, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanRulebook *careplan_rulebook_new            (void);
CAREPLAN_AVAILABLE_IN_ALL
CareplanRulebook *careplan_rulebook_new_default    (void);
CAREPLAN_AVAILABLE_IN_ALL
GListModel       *careplan_rulebook_get_rules      (CareplanRulebook  *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanRule     *careplan_rulebook_lookup         (CareplanRulebook  *self,
                                                    const char        *id);
CAREPLAN_AVAILABLE_IN_ALL
void              careplan_rulebook_add_rule       (CareplanRulebook  *self,
                                                    CareplanRule      *rule);
CAREPLAN_AVAILABLE_IN_ALL
gboolean          careplan_rulebook_remove_rule    (CareplanRulebook  *self,
                                                    const char        *id);
CAREPLAN_AVAILABLE_IN_ALL
gboolean          careplan_rulebook_set_parameter  (CareplanRulebook  *self,
                                                    const char        *rule_id,
                                                    const char        *name,
                                                    int                value,
                                                    GError           **error);
CAREPLAN_AVAILABLE_IN_ALL
CareplanPlacementBoundary careplan_rulebook_get_placement_boundary (CareplanRulebook          *self);
CAREPLAN_AVAILABLE_IN_ALL
void              careplan_rulebook_set_placement_boundary (CareplanRulebook          *self,
                                                            CareplanPlacementBoundary  boundary);

G_END_DECLS
