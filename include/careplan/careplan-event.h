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
 *   [property@Careplan.Event:participation] is the 903 participation code (`PN0`…`PN7`)
 * @CAREPLAN_EVENT_KIND_VISIT: a statutory social-worker visit (`visits[]`);
 *   [property@Careplan.Event:seen-alone] says whether the child was seen alone,
 *   [property@Careplan.Event:not-seen-alone-reason] why not
 * @CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT: a health assessment (`health_assessments[]`);
 *   [property@Careplan.Event:sub-kind] is `initial` or `review`
 * @CAREPLAN_EVENT_KIND_DENTAL_CHECK: a dental check (`dental_checks[]`)
 * @CAREPLAN_EVENT_KIND_SDQ: a strengths and difficulties questionnaire
 *   (`sdq[]`); [property@Careplan.Event:score] is its score
 * @CAREPLAN_EVENT_KIND_EDUCATION_PLAN: a personal education plan (`education_plans[]`);
 *   [property@Careplan.Event:sub-kind] is `initial` or `review`
 * @CAREPLAN_EVENT_KIND_PERMANENCE_PLAN: a plan for permanence (`permanence_plans[]`);
 *   [property@Careplan.Event:plan] is the plan (`adoption`, `long-term-fostering`, …)
 * @CAREPLAN_EVENT_KIND_LIFE_STORY_WORK: life-story work (`life_story_work[]`);
 *   [property@Careplan.Event:sub-kind] is `started` or `completed`
 * @CAREPLAN_EVENT_KIND_MISSING_EPISODE: a missing episode (`missing_episodes[]`);
 *   the date is its start, [property@Careplan.Event:end] its end,
 *   [property@Careplan.Event:sub-kind] `M` or `A`, and
 *   [property@Careplan.Event:return-interview-offered] whether a return
 *   interview was offered
 * @CAREPLAN_EVENT_KIND_CARER_APPROVAL: a connected-person carer approval
 *   (`carer_approvals[]`); the date is its start, [property@Careplan.Event:sub-kind] its kind,
 *   [property@Careplan.Event:extended-to] and [property@Careplan.Event:approved]
 *   its extension and full approval
 * @CAREPLAN_EVENT_KIND_PATHWAY_PLAN: a care leaver's pathway plan or its
 *   review (`care_leaver.pathway_plans[]`)
 * @CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT: a personal adviser's contact
 *   with a care leaver (`care_leaver.contacts[]`)
 * @CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION: written notification of a
 *   placement (`placement_notifications[]`: `date`, [property@Careplan.Event:recipient]:
 *   `required-persons` for reg 13(1), `area-authority` for reg 13(4))
 * @CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL: approval of an out-of-area
 *   placement (`placement_approvals[]`: `date`, [property@Careplan.Event:approver]:
 *   `nominated-officer` or `director`)
 * @CAREPLAN_EVENT_KIND_IRO_APPOINTMENT: an independent reviewing officer
 *   appointed (`iro_appointments[]`: `date`)
 * @CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT: the child's agreement to
 *   be visited less often in a long-term foster placement, reg 28(3A)
 *   (`visit_frequency_agreements[]`: `date`)
 * @CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT: a placement with a parent before
 *   the assessment is complete, reg 19 (`placement_with_parent_assessments[]`:
 *   `start` as the date, `completed` as [property@Careplan.Event:end],
 *   `decision` as [property@Careplan.Event:approved])
 * @CAREPLAN_EVENT_KIND_DETENTION: detention of a child who was looked after
 *   (`detentions[]`: `start` as the date, `end`)
 * @CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS: care proceedings (`court_proceedings[]`:
 *   `issued` as the date, `extended_to`, `final_order` as the end)
 * @CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY: the adoption celebration hearing
 *   (`adoption_ceremonies[]`: `date`)
 * @CAREPLAN_EVENT_KIND_LATER_LIFE_LETTER: the later life letter handed to
 *   the adopters (`later_life_letters[]`: `date`)
 * @CAREPLAN_EVENT_KIND_PA_VISIT: a personal adviser's visit to a care leaver
 *   at accommodation the authority provides (`care_leaver.pa_visits[]`: `date`)
 * @CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES: the SSDA903 OC2 outcomes at 31 March
 *   (`outcomes[]`: `date` and the text fields `sdq_score`, `sdq_reason`,
 *   `convicted`, `health_check`, `immunisations`, `teeth_check`,
 *   `health_assessment`, `substance_misuse`, `intervention_received`,
 *   `intervention_offered`, as the 903 codes them)
 * @CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES: the SSDA903 OC3 care-leaver
 *   outcomes (`care_leaver.outcomes[]`: `date` and the text fields
 *   `in_touch`, `activity`, `accommodation`)
 * @CAREPLAN_EVENT_KIND_ADOPTION_DECISION: the decision that the child
 *   should be placed for adoption, SSDA903 AD1 (`adoption_decisions[]`:
 *   `date`, the date field `matched`, the text fields `foster_care`,
 *   `number_of_adopters`, `sex_of_adopters`, `legal_status_of_adopters`)
 * @CAREPLAN_EVENT_KIND_PLACED_FOR_ADOPTION: SSDA903 PlacedAdoption
 *   (`placed_for_adoption[]`: `date`, `end`, the text field `reason_ceased`)
 * @CAREPLAN_EVENT_KIND_SOCIAL_WORKER_EPISODE: SSDA903 SWEpisodes
 *   (`social_worker_episodes[]`: `start` as the date, `end`, the text fields
 *   `worker` and `reason`)
 * @CAREPLAN_EVENT_KIND_DEPRIVATION_OF_LIBERTY: SSDA903 DoLo
 *   (`deprivation_of_liberty_orders[]`: `start` as the date, `end`)
 * @CAREPLAN_EVENT_KIND_SUSPENSION: a suspension (fixed-term exclusion)
 *   from school (`suspensions[]`: `date`, the first day); the SSDA903
 *   return does not hold them (Since: 0.2)
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
  CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION,
  CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL,
  CAREPLAN_EVENT_KIND_IRO_APPOINTMENT,
  CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT,
  CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT,
  CAREPLAN_EVENT_KIND_DETENTION,
  CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS,
  CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY,
  CAREPLAN_EVENT_KIND_LATER_LIFE_LETTER,
  CAREPLAN_EVENT_KIND_PA_VISIT,
  CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES,
  CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES,
  CAREPLAN_EVENT_KIND_ADOPTION_DECISION,
  CAREPLAN_EVENT_KIND_PLACED_FOR_ADOPTION,
  CAREPLAN_EVENT_KIND_SOCIAL_WORKER_EPISODE,
  CAREPLAN_EVENT_KIND_DEPRIVATION_OF_LIBERTY,
  CAREPLAN_EVENT_KIND_SUSPENSION,
} CareplanEventKind;

/**
 * CAREPLAN_EVENT_N_KINDS:
 *
 * The number of members of [enum@Careplan.EventKind].
 *
 * Since: 0.1
 */
#define CAREPLAN_EVENT_N_KINDS (CAREPLAN_EVENT_KIND_SUSPENSION + 1)

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
CareplanTristate   careplan_event_get_seen_alone (CareplanEvent *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_seen_alone (CareplanEvent    *self,
                                                  CareplanTristate  value);
CAREPLAN_AVAILABLE_IN_ALL
CareplanTristate   careplan_event_get_return_interview_offered (CareplanEvent *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_return_interview_offered (CareplanEvent    *self,
                                                  CareplanTristate  value);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_event_get_participation (CareplanEvent *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_participation (CareplanEvent *self,
                                                  const char    *value);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_event_get_not_seen_alone_reason (CareplanEvent *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_not_seen_alone_reason (CareplanEvent *self,
                                                  const char    *value);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_event_get_sub_kind (CareplanEvent *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_sub_kind (CareplanEvent *self,
                                                  const char    *value);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_event_get_plan (CareplanEvent *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_plan (CareplanEvent *self,
                                                  const char    *value);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_event_get_recipient (CareplanEvent *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_recipient (CareplanEvent *self,
                                                  const char    *value);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_event_get_approver (CareplanEvent *self);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_approver (CareplanEvent *self,
                                                  const char    *value);
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
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate       careplan_event_get_date_field    (CareplanEvent     *self,
                                                     const char        *name);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_date_field    (CareplanEvent     *self,
                                                     const char        *name,
                                                     CareplanDate       date);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_event_get_text_field    (CareplanEvent     *self,
                                                     const char        *name);
CAREPLAN_AVAILABLE_IN_ALL
void               careplan_event_set_text_field    (CareplanEvent     *self,
                                                     const char        *name,
                                                     const char        *value);
CAREPLAN_AVAILABLE_IN_ALL
char             **careplan_event_dup_field_names   (CareplanEvent     *self);

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

G_END_DECLS
