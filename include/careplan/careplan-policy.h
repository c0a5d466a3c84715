/* careplan-policy.h: local policy files (careplan-policy/1)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"
#include "careplan-rulebook.h"

G_BEGIN_DECLS

/**
 * CAREPLAN_POLICY_FORMAT:
 *
 * The value of the `format` member of a careplan policy file.
 *
 * Since: 0.1
 */
#define CAREPLAN_POLICY_FORMAT "careplan-policy/1"

CAREPLAN_AVAILABLE_IN_ALL
gboolean careplan_policy_load_data (CareplanRulebook  *rulebook,
                                    const char        *data,
                                    gssize             length,
                                    const char        *filename,
                                    GError           **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean careplan_policy_load_file (CareplanRulebook  *rulebook,
                                    const char        *path,
                                    GError           **error);

G_END_DECLS
