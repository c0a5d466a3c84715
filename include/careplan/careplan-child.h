/* careplan-child.h: a child's record
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"
#include "careplan-date.h"
#include "careplan-tristate.h"
#include "careplan-episode.h"
#include "careplan-event.h"
#include "careplan-care-leaver.h"

G_BEGIN_DECLS

#define CAREPLAN_TYPE_CHILD (careplan_child_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanChild, careplan_child, CAREPLAN, CHILD, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanChild      *careplan_child_new                   (const char          *id);
CAREPLAN_AVAILABLE_IN_ALL
const char         *careplan_child_get_id                (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate        careplan_child_get_date_of_birth     (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_child_set_date_of_birth     (CareplanChild       *self,
                                                          CareplanDate         date_of_birth);
CAREPLAN_AVAILABLE_IN_ALL
const char         *careplan_child_get_sex               (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_child_set_sex               (CareplanChild       *self,
                                                          const char          *sex);
CAREPLAN_AVAILABLE_IN_ALL
const char         *careplan_child_get_upn               (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_child_set_upn               (CareplanChild       *self,
                                                          const char          *upn);
CAREPLAN_AVAILABLE_IN_ALL
CareplanTristate    careplan_child_get_uasc              (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_child_set_uasc              (CareplanChild       *self,
                                                          CareplanTristate     uasc);
CAREPLAN_AVAILABLE_IN_ALL
CareplanTristate    careplan_child_get_disabled          (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_child_set_disabled          (CareplanChild       *self,
                                                          CareplanTristate     disabled);
CAREPLAN_AVAILABLE_IN_ALL
CareplanCareLeaver *careplan_child_get_care_leaver       (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_child_set_care_leaver       (CareplanChild       *self,
                                                          CareplanCareLeaver  *care_leaver);
CAREPLAN_AVAILABLE_IN_ALL
GListModel         *careplan_child_get_episodes          (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_child_add_episode           (CareplanChild       *self,
                                                          CareplanEpisode     *episode);
CAREPLAN_AVAILABLE_IN_ALL
GListModel         *careplan_child_get_events            (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_child_add_event             (CareplanChild       *self,
                                                          CareplanEvent       *event);
CAREPLAN_AVAILABLE_IN_ALL
GListModel         *careplan_child_dup_events_of_kind    (CareplanChild       *self,
                                                          CareplanEventKind    kind);
CAREPLAN_AVAILABLE_IN_ALL
GListModel         *careplan_child_dup_periods_of_care   (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
GListModel         *careplan_child_dup_placements        (CareplanChild       *self);
CAREPLAN_AVAILABLE_IN_ALL
int                 careplan_child_get_age_on            (CareplanChild       *self,
                                                          CareplanDate         date);
CAREPLAN_AVAILABLE_IN_ALL
GListModel         *careplan_child_validate              (CareplanChild       *self);

G_END_DECLS
