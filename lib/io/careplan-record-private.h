/* careplan-record-private.h: what the record reader and writer share
 *
 * The reader and the writer are driven by the same tables, so that a key
 * the one knows the other writes, in one place.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <string.h>

#include "careplan-event.h"
#include "careplan-model-private.h"

G_BEGIN_DECLS

/* The unknown members of a careplan-record/1 wrapper object are kept on
 * the GListModel that the reader returns, under this data key (a
 * JsonObject), and written back by the writer. */
#define CAREPLAN_RECORD_EXTRAS_KEY "careplan-record-extras"

/* Where a member of an event object goes in the CareplanEvent. */
typedef enum
{
  CAREPLAN_RECORD_FIELD_DATE,         /* the date (required) */
  CAREPLAN_RECORD_FIELD_END,
  CAREPLAN_RECORD_FIELD_DETAIL,       /* a string, the kind's typed code property
                                       * (participation, sub-kind, plan, …);
                                       * `values` closes the vocabulary */
  CAREPLAN_RECORD_FIELD_FLAG,         /* a boolean, the kind's typed yes/no property
                                       * (seen-alone, return-interview-offered) */
  CAREPLAN_RECORD_FIELD_SCORE,        /* an SDQ score */
  CAREPLAN_RECORD_FIELD_EXTENDED_TO,
  CAREPLAN_RECORD_FIELD_APPROVED,
  CAREPLAN_RECORD_FIELD_NAMED_DATE,   /* careplan_event_set_date_field (key) */
  CAREPLAN_RECORD_FIELD_NAMED_TEXT,   /* careplan_event_set_text_field (key) */
} CareplanRecordFieldKind;

typedef struct
{
  const char              *key;
  CareplanRecordFieldKind  kind;
  const char * const      *values;    /* DETAIL only; NULL: any non-empty string */
} CareplanRecordField;

/* How the events of one kind are written: the members of each event
 * object in the order the writer puts them (docs/record-format.md), the required
 * date first; terminated by a NULL key.  The list that holds them, whether
 * it is inside the `care_leaver` object and the date's key are the
 * model's facts (careplan_event_kind_infos), read through
 * careplan_record_event_list() and friends. */
typedef struct
{
  CareplanEventKind          kind;
  const CareplanRecordField *fields;
} CareplanRecordEventSpec;

static const char * const careplan_record_assessment_kinds[] = { "initial", "review", NULL };
static const char * const careplan_record_permanence_plans[] = {
  "return-home", "family-and-friends", "special-guardianship",
  "child-arrangements-order", "adoption", "long-term-fostering",
  "residential", "independence", NULL
};
static const char * const careplan_record_life_story_kinds[] = { "started", "completed", NULL };
static const char * const careplan_record_approval_kinds[] = { "temporary-connected-person", NULL };
/* SSDA903 Missing: M missing, A away from placement without authorisation. */
static const char * const careplan_record_missing_kinds[] = { "M", "A", NULL };
/* CPPCR 2010 reg 13(1) and reg 13(4). */
static const char * const careplan_record_notification_recipients[] = {
  "required-persons", "area-authority", NULL
};
/* CPPCR 2010 reg 11. */
static const char * const careplan_record_approvers[] = { "nominated-officer", "director", NULL };

static const CareplanRecordField careplan_record_dated_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { NULL, 0, NULL }
};
/* The IRO's id (never a name), for the plan cross-check of reg 5(d). */
static const CareplanRecordField careplan_record_iro_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "iro", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_review_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "participation", CAREPLAN_RECORD_FIELD_DETAIL, NULL },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_visit_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "seen_alone", CAREPLAN_RECORD_FIELD_FLAG, NULL },
  { "not_seen_alone_reason", CAREPLAN_RECORD_FIELD_DETAIL, NULL },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_assessment_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "kind", CAREPLAN_RECORD_FIELD_DETAIL, careplan_record_assessment_kinds },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_sdq_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "score", CAREPLAN_RECORD_FIELD_SCORE, NULL },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_permanence_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "plan", CAREPLAN_RECORD_FIELD_DETAIL, careplan_record_permanence_plans },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_life_story_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "kind", CAREPLAN_RECORD_FIELD_DETAIL, careplan_record_life_story_kinds },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_missing_fields[] = {
  { "start", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "end", CAREPLAN_RECORD_FIELD_END, NULL },
  { "kind", CAREPLAN_RECORD_FIELD_DETAIL, careplan_record_missing_kinds },
  { "return_interview_offered", CAREPLAN_RECORD_FIELD_FLAG, NULL },
  { "return_interview", CAREPLAN_RECORD_FIELD_NAMED_DATE, NULL },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_carer_approval_fields[] = {
  { "start", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "kind", CAREPLAN_RECORD_FIELD_DETAIL, careplan_record_approval_kinds },
  { "extended_to", CAREPLAN_RECORD_FIELD_EXTENDED_TO, NULL },
  { "extension_decided", CAREPLAN_RECORD_FIELD_NAMED_DATE, NULL },
  { "further_extension_decided", CAREPLAN_RECORD_FIELD_NAMED_DATE, NULL },
  { "approved", CAREPLAN_RECORD_FIELD_APPROVED, NULL },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_notification_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "recipient", CAREPLAN_RECORD_FIELD_DETAIL, careplan_record_notification_recipients },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_placement_approval_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "approver", CAREPLAN_RECORD_FIELD_DETAIL, careplan_record_approvers },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_parent_assessment_fields[] = {
  { "start", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "completed", CAREPLAN_RECORD_FIELD_END, NULL },
  { "decision", CAREPLAN_RECORD_FIELD_APPROVED, NULL },
  { NULL, 0, NULL }
};
/* Detentions and deprivation-of-liberty orders. */
static const CareplanRecordField careplan_record_start_end_fields[] = {
  { "start", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "end", CAREPLAN_RECORD_FIELD_END, NULL },
  { NULL, 0, NULL }
};
static const CareplanRecordField careplan_record_court_fields[] = {
  { "issued", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "extended_to", CAREPLAN_RECORD_FIELD_EXTENDED_TO, NULL },
  { "final_order", CAREPLAN_RECORD_FIELD_END, NULL },
  { NULL, 0, NULL }
};
/* The SSDA903 OC2 columns, kept as the return codes them. */
static const CareplanRecordField careplan_record_outcomes_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "sdq_score", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "sdq_reason", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "convicted", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "health_check", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "immunisations", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "teeth_check", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "health_assessment", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "substance_misuse", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "intervention_received", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "intervention_offered", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { NULL, 0, NULL }
};
/* SSDA903 OC3. */
static const CareplanRecordField careplan_record_care_leaver_outcomes_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "in_touch", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "activity", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "accommodation", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { NULL, 0, NULL }
};
/* SSDA903 AD1. */
static const CareplanRecordField careplan_record_adoption_decision_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "matched", CAREPLAN_RECORD_FIELD_NAMED_DATE, NULL },
  { "foster_care", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "number_of_adopters", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "sex_of_adopters", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "legal_status_of_adopters", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { NULL, 0, NULL }
};
/* SSDA903 PlacedAdoption. */
static const CareplanRecordField careplan_record_placed_for_adoption_fields[] = {
  { "date", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "end", CAREPLAN_RECORD_FIELD_END, NULL },
  { "reason_ceased", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { NULL, 0, NULL }
};
/* SSDA903 SWEpisodes. */
static const CareplanRecordField careplan_record_social_worker_fields[] = {
  { "start", CAREPLAN_RECORD_FIELD_DATE, NULL },
  { "end", CAREPLAN_RECORD_FIELD_END, NULL },
  { "worker", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { "reason", CAREPLAN_RECORD_FIELD_NAMED_TEXT, NULL },
  { NULL, 0, NULL }
};

/* Indexed by CareplanEventKind.  The writer puts the child's lists in
 * this order, then the `care_leaver` object. */
static const CareplanRecordEventSpec careplan_record_event_specs[CAREPLAN_EVENT_N_KINDS] = {
  { CAREPLAN_EVENT_KIND_CARE_PLAN, careplan_record_dated_fields },
  { CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, careplan_record_dated_fields },
  { CAREPLAN_EVENT_KIND_REVIEW, careplan_record_review_fields },
  { CAREPLAN_EVENT_KIND_VISIT, careplan_record_visit_fields },
  { CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, careplan_record_assessment_fields },
  { CAREPLAN_EVENT_KIND_DENTAL_CHECK, careplan_record_dated_fields },
  { CAREPLAN_EVENT_KIND_SDQ, careplan_record_sdq_fields },
  { CAREPLAN_EVENT_KIND_EDUCATION_PLAN, careplan_record_assessment_fields },
  { CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, careplan_record_permanence_fields },
  { CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, careplan_record_life_story_fields },
  { CAREPLAN_EVENT_KIND_MISSING_EPISODE, careplan_record_missing_fields },
  { CAREPLAN_EVENT_KIND_CARER_APPROVAL, careplan_record_carer_approval_fields },
  { CAREPLAN_EVENT_KIND_PATHWAY_PLAN, careplan_record_dated_fields },
  { CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, careplan_record_dated_fields },
  { CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, careplan_record_notification_fields },
  { CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, careplan_record_placement_approval_fields },
  { CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, careplan_record_iro_fields },
  { CAREPLAN_EVENT_KIND_VISIT_FREQUENCY_AGREEMENT, careplan_record_dated_fields },
  { CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT, careplan_record_parent_assessment_fields },
  { CAREPLAN_EVENT_KIND_DETENTION, careplan_record_start_end_fields },
  { CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS, careplan_record_court_fields },
  { CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY, careplan_record_dated_fields },
  { CAREPLAN_EVENT_KIND_LATER_LIFE_LETTER, careplan_record_dated_fields },
  { CAREPLAN_EVENT_KIND_PA_VISIT, careplan_record_dated_fields },
  { CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES, careplan_record_outcomes_fields },
  { CAREPLAN_EVENT_KIND_CARE_LEAVER_OUTCOMES, careplan_record_care_leaver_outcomes_fields },
  { CAREPLAN_EVENT_KIND_ADOPTION_DECISION, careplan_record_adoption_decision_fields },
  { CAREPLAN_EVENT_KIND_PLACED_FOR_ADOPTION, careplan_record_placed_for_adoption_fields },
  { CAREPLAN_EVENT_KIND_SOCIAL_WORKER_EPISODE, careplan_record_social_worker_fields },
  { CAREPLAN_EVENT_KIND_DEPRIVATION_OF_LIBERTY, careplan_record_start_end_fields },
  { CAREPLAN_EVENT_KIND_SUSPENSION, careplan_record_dated_fields },
};

/* SDQ total difficulties scores run from 0 to 40. */
#define CAREPLAN_RECORD_SDQ_MAX 40

/* The members each object of the format knows.  Anything else is an
 * extra. */
static const char * const careplan_record_file_keys[] = { "format", "children", NULL };
static const char * const careplan_record_child_keys[] = {
  "id", "date_of_birth", "sex", "upn", "uasc", "disabled", "episodes",
  "care_plans", "placement_plans", "reviews", "visits", "health_assessments",
  "dental_checks", "sdq", "education_plans", "permanence_plans",
  "life_story_work", "missing_episodes", "carer_approvals",
  "placement_notifications", "placement_approvals", "iro_appointments",
  "visit_frequency_agreements", "placement_with_parent_assessments", "detentions",
  "court_proceedings", "adoption_ceremonies", "later_life_letters", "outcomes",
  "adoption_decisions", "placed_for_adoption", "social_worker_episodes",
  "deprivation_of_liberty_orders", "suspensions", "care_leaver", NULL
};
static const char * const careplan_record_episode_keys[] = {
  "start", "end", "reason_new_episode", "legal_status", "category_of_need",
  "placement_type", "placement_provider", "reason_ended",
  "reason_placement_change", "home_postcode", "placement_postcode", "urn",
  "long_term", "out_of_area", "at_distance", NULL
};
static const char * const careplan_record_care_leaver_keys[] = {
  "needs_assessment", "personal_adviser_from", "pathway_plans", "contacts",
  "staying_put_from", "accommodation_from", "pa_visits", "support_requested",
  "adviser_declined", "outcomes", NULL
};

static inline gboolean
careplan_record_key_in (const char * const *keys,
                        const char         *key)
{
  for (guint i = 0; keys[i] != NULL; i++)
    if (strcmp (keys[i], key) == 0)
      return TRUE;
  return FALSE;
}

/* The spec of the event list called @list in a child object, or (with
 * @care_leaver) in its `care_leaver` object; NULL if there is none. */
static inline const CareplanRecordEventSpec *
careplan_record_event_spec_for_list (const char *list,
                                     gboolean    care_leaver)
{
  for (guint i = 0; i < CAREPLAN_EVENT_N_KINDS; i++)
    if (careplan_event_kind_infos[i].care_leaver == care_leaver &&
        strcmp (careplan_event_kind_infos[i].list, list) == 0)
      return &careplan_record_event_specs[i];
  return NULL;
}

/* The record list that holds the events of @kind (the model's table). */
static inline const char *
careplan_record_event_list (CareplanEventKind kind)
{
  return careplan_event_kind_infos[kind].list;
}

/* Whether that list is inside the `care_leaver` object. */
static inline gboolean
careplan_record_event_in_care_leaver (CareplanEventKind kind)
{
  return careplan_event_kind_infos[kind].care_leaver;
}

/* The field of @spec called @key, or NULL. */
static inline const CareplanRecordField *
careplan_record_event_spec_field (const CareplanRecordEventSpec *spec,
                                  const char                    *key)
{
  for (const CareplanRecordField *field = spec->fields; field->key != NULL; field++)
    if (strcmp (field->key, key) == 0)
      return field;
  return NULL;
}

static inline gboolean
careplan_record_event_spec_has_key (const CareplanRecordEventSpec *spec,
                                    const char                    *key)
{
  return careplan_record_event_spec_field (spec, key) != NULL;
}

G_END_DECLS
