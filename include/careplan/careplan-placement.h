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

/**
 * CareplanPlacementBoundary:
 * @CAREPLAN_PLACEMENT_BOUNDARY_CARER: a placement is a run of episodes with
 *   the same carer: an episode with reason for new episode `S`, `P` or `B`
 *   starts one, and `L`, `T` and `U` (a change of legal status, or of
 *   placement with the same carer) continue it (the default: CPPCR 2010
 *   reg 2 defines a placement as an arrangement for the child to be
 *   placed *with a person*)
 * @CAREPLAN_PLACEMENT_BOUNDARY_EPISODE: every episode starts a placement,
 *   so a `T` or `U` episode (the SSDA903's "change of placement (but same
 *   carer)", such as the carer's move to a new house) and an `L` episode
 *   each restart the placement's clocks: a new first visit, a new first
 *   year, a new placement plan
 *
 * Where one placement ends and the next begins, the reading behind the
 * rulebook's `placement_boundary` setting
 * ([property@Careplan.Rulebook:placement-boundary]).
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_PLACEMENT_BOUNDARY_CARER,
  CAREPLAN_PLACEMENT_BOUNDARY_EPISODE,
} CareplanPlacementBoundary;

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
