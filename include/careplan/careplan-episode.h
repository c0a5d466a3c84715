/* careplan-episode.h: one SSDA903-style episode of care
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
#include "careplan-tristate.h"

G_BEGIN_DECLS

#define CAREPLAN_TYPE_EPISODE (careplan_episode_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanEpisode, careplan_episode, CAREPLAN, EPISODE, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanEpisode *careplan_episode_new                          (void);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate     careplan_episode_get_start                    (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_start                    (CareplanEpisode *self,
                                                                CareplanDate     start);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate     careplan_episode_get_end                      (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_end                      (CareplanEpisode *self,
                                                                CareplanDate     end);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_reason_new_episode       (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_reason_new_episode       (CareplanEpisode *self,
                                                                const char      *code);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_legal_status             (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_legal_status             (CareplanEpisode *self,
                                                                const char      *code);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_category_of_need         (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_category_of_need         (CareplanEpisode *self,
                                                                const char      *code);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_placement_type           (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_placement_type           (CareplanEpisode *self,
                                                                const char      *code);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_placement_provider       (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_placement_provider       (CareplanEpisode *self,
                                                                const char      *code);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_reason_ended             (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_reason_ended             (CareplanEpisode *self,
                                                                const char      *code);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_reason_placement_change  (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_reason_placement_change  (CareplanEpisode *self,
                                                                const char      *code);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_home_postcode            (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_home_postcode            (CareplanEpisode *self,
                                                                const char      *postcode);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_placement_postcode       (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_placement_postcode       (CareplanEpisode *self,
                                                                const char      *postcode);
CAREPLAN_AVAILABLE_IN_ALL
const char      *careplan_episode_get_urn                      (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_urn                      (CareplanEpisode *self,
                                                                const char      *urn);
CAREPLAN_AVAILABLE_IN_ALL
CareplanTristate careplan_episode_get_long_term                (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_long_term                (CareplanEpisode *self,
                                                                CareplanTristate long_term);
CAREPLAN_AVAILABLE_IN_ALL
CareplanTristate careplan_episode_get_out_of_area              (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_out_of_area              (CareplanEpisode *self,
                                                                CareplanTristate out_of_area);
CAREPLAN_AVAILABLE_IN_ALL
CareplanTristate careplan_episode_get_at_distance              (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
void             careplan_episode_set_at_distance              (CareplanEpisode *self,
                                                                CareplanTristate at_distance);
CAREPLAN_AVAILABLE_IN_ALL
gboolean         careplan_episode_starts_placement             (CareplanEpisode *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean         careplan_episode_is_short_break               (CareplanEpisode *self);

G_END_DECLS
