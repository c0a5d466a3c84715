/* careplan-event.h: one dated event of a child's record
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

/**
 * CareplanEventKind:
 * @CAREPLAN_EVENT_KIND_CARE_PLAN: a care plan prepared (`care_plans[]`)
 * @CAREPLAN_EVENT_KIND_PLACEMENT_PLAN: a placement plan prepared (`placement_plans[]`)
 * @CAREPLAN_EVENT_KIND_REVIEW: a looked-after review held (`reviews[]`);
 *   [property@Careplan.Event:detail] is the 903 participation code (`PN0`…`PN7`)
 * @CAREPLAN_EVENT_KIND_VISIT: a statutory social-worker visit (`visits[]`);
 *   [property@Careplan.Event:flag] says whether the child was seen alone
 * @CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT: a health assessment (`health_assessments[]`);
 *   detail is `initial` or `review`
 * @CAREPLAN_EVENT_KIND_DENTAL_CHECK: a dental check (`dental_checks[]`)
 * @CAREPLAN_EVENT_KIND_SDQ: a strengths and difficulties questionnaire
 *   (`sdq[]`); [property@Careplan.Event:score] is its score
 * @CAREPLAN_EVENT_KIND_EDUCATION_PLAN: a personal education plan (`education_plans[]`);
 *   detail is `initial` or `review`
 * @CAREPLAN_EVENT_KIND_PERMANENCE_PLAN: a plan for permanence (`permanence_plans[]`);
 *   detail is the plan (`adoption`, `long-term-fostering`, …)
 * @CAREPLAN_EVENT_KIND_LIFE_STORY_WORK: life-story work (`life_story_work[]`);
 *   detail is `started` or `completed`
 * @CAREPLAN_EVENT_KIND_MISSING_EPISODE: a missing episode (`missing_episodes[]`);
 *   the date is its start, [property@Careplan.Event:end] its end, and flag
 *   whether a return interview was offered
 * @CAREPLAN_EVENT_KIND_CARER_APPROVAL: a connected-person carer approval
 *   (`carer_approvals[]`); the date is its start, detail its kind,
 *   [property@Careplan.Event:extended-to] and [property@Careplan.Event:approved]
 *   its extension and full approval
 * @CAREPLAN_EVENT_KIND_PATHWAY_PLAN: a care leaver's pathway plan or its
 *   review (`care_leaver.pathway_plans[]`)
 * @CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT: a personal adviser's contact
 *   with a care leaver (`care_leaver.contacts[]`)
 *
 * The kinds of dated event a child's record holds. The name in brackets is
 * the list of the careplan JSON record that holds such events.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_EVENT_KIND_CARE_PLAN,
  CAREPLAN_EVENT_KIND_PLACEMENT_PLAN,
  CAREPLAN_EVENT_KIND_REVIEW,
  CAREPLAN_EVENT_KIND_VISIT,
  CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT,
  CAREPLAN_EVENT_KIND_DENTAL_CHECK,
  CAREPLAN_EVENT_KIND_SDQ,
  CAREPLAN_EVENT_KIND_EDUCATION_PLAN,
  CAREPLAN_EVENT_KIND_PERMANENCE_PLAN,
  CAREPLAN_EVENT_KIND_LIFE_STORY_WORK,
  CAREPLAN_EVENT_KIND_MISSING_EPISODE,
  CAREPLAN_EVENT_KIND_CARER_APPROVAL,
  CAREPLAN_EVENT_KIND_PATHWAY_PLAN,
  CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT,
} CareplanEventKind;

/**
 * CAREPLAN_EVENT_N_KINDS:
 *
 * The number of members of [enum@Careplan.EventKind].
 *
 * Since: 0.1
 */
#define CAREPLAN_EVENT_N_KINDS (CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT + 1)

/**
 * CAREPLAN_EVENT_NO_SCORE:
 *
 * The value of [property@Careplan.Event:score] when no score is recorded.
 *
 * Since: 0.1
 */
#define CAREPLAN_EVENT_NO_SCORE (-1)

#define CAREPLAN_TYPE_EVENT (careplan_event_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanEvent, careplan_event, CAREPLAN, EVENT, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanEvent     *careplan_event_new               (CareplanEventKind  kind,
                                                     CareplanDate       date);
CAREPLAN_AVAILABLE_IN_ALL
CareplanEventKind  careplan_event_get_kind          (CareplanEvent     *self);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_event_kind_to_string    (CareplanEventKind  kind);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate       careplan_event_get_date          (CareplanEvent     *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_date          (CareplanEvent     *self,
                                                     CareplanDate       date);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate       careplan_event_get_end           (CareplanEvent     *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_end           (CareplanEvent     *self,
                                                     CareplanDate       end);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_event_get_detail        (CareplanEvent     *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_detail        (CareplanEvent     *self,
                                                     const char        *detail);
CAREPLAN_AVAILABLE_IN_ALL
CareplanTristate   careplan_event_get_flag          (CareplanEvent     *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_flag          (CareplanEvent     *self,
                                                     CareplanTristate   flag);
CAREPLAN_AVAILABLE_IN_ALL
int                careplan_event_get_score         (CareplanEvent     *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_score         (CareplanEvent     *self,
                                                     int                score);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate       careplan_event_get_extended_to   (CareplanEvent     *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_extended_to   (CareplanEvent     *self,
                                                     CareplanDate       extended_to);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate       careplan_event_get_approved      (CareplanEvent     *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_approved      (CareplanEvent     *self,
                                                     CareplanDate       approved);

G_END_DECLS
