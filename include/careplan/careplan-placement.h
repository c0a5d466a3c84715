/* careplan-placement.h: a derived, read-only placement (episodes with one carer)
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

#define CAREPLAN_TYPE_PLACEMENT (careplan_placement_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanPlacement, careplan_placement, CAREPLAN, PLACEMENT, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanDate  careplan_placement_get_start           (CareplanPlacement *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate  careplan_placement_get_end             (CareplanPlacement *self);
CAREPLAN_AVAILABLE_IN_ALL
const char   *careplan_placement_get_placement_type  (CareplanPlacement *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean      careplan_placement_get_long_term       (CareplanPlacement *self);
CAREPLAN_AVAILABLE_IN_ALL
guint         careplan_placement_get_first_episode   (CareplanPlacement *self);
CAREPLAN_AVAILABLE_IN_ALL
guint         careplan_placement_get_n_episodes      (CareplanPlacement *self);

G_END_DECLS
