/* careplan-care-leaver.h: the care-leaver part of a record
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

#define CAREPLAN_TYPE_CARE_LEAVER (careplan_care_leaver_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanCareLeaver, careplan_care_leaver, CAREPLAN, CARE_LEAVER, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanCareLeaver *careplan_care_leaver_new                        (void);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate        careplan_care_leaver_get_needs_assessment       (CareplanCareLeaver *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_care_leaver_set_needs_assessment       (CareplanCareLeaver *self,
                                                                     CareplanDate        date);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate        careplan_care_leaver_get_personal_adviser_from  (CareplanCareLeaver *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_care_leaver_set_personal_adviser_from  (CareplanCareLeaver *self,
                                                                     CareplanDate        date);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate        careplan_care_leaver_get_staying_put_from       (CareplanCareLeaver *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_care_leaver_set_staying_put_from       (CareplanCareLeaver *self,
                                                                     CareplanDate        date);

CAREPLAN_AVAILABLE_IN_ALL
CareplanDate        careplan_care_leaver_get_accommodation_from     (CareplanCareLeaver *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_care_leaver_set_accommodation_from     (CareplanCareLeaver *self,
                                                                     CareplanDate        date);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate        careplan_care_leaver_get_support_requested      (CareplanCareLeaver *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_care_leaver_set_support_requested      (CareplanCareLeaver *self,
                                                                     CareplanDate        date);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate        careplan_care_leaver_get_adviser_declined       (CareplanCareLeaver *self);
CAREPLAN_AVAILABLE_IN_ALL
void                careplan_care_leaver_set_adviser_declined       (CareplanCareLeaver *self,
                                                                     CareplanDate        date);

G_END_DECLS
