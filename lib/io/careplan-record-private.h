/* careplan-record-private.h: what the record reader and writer share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <string.h>

#include "careplan-event.h"

G_BEGIN_DECLS

/* The unknown members of a careplan-record/1 wrapper object are kept on
 * the GListModel that the reader returns, under this data key (a
 * JsonObject), and written back by the writer. */
#define CAREPLAN_RECORD_EXTRAS_KEY "careplan-record-extras"

/* How the events of one kind are written: the list that holds them and
 * the keys of each event object, in the order the writer puts them
 * (DESIGN.md §5).  A NULL key means the kind has no such field. */
typedef struct
{
  CareplanEventKind   kind;
  const char         *list;
  const char         *date_key;       /* required */
  const char         *end_key;
  const char         *detail_key;
  const char * const *detail_values;  /* NULL: any non-empty string */
  const char         *flag_key;
  gboolean            has_score;
  gboolean            has_approval;   /* extended_to, approved */
} CareplanRecordEventSpec;

static const char * const careplan_record_assessment_kinds[] = { "initial", "review", NULL };
static const char * const careplan_record_permanence_plans[] = {
  "return-home", "family-and-friends", "special-guardianship",
  "child-arrangements-order", "adoption", "long-term-fostering",
  "residential", "independence", NULL
};
static const char * const careplan_record_life_story_kinds[] = { "started", "completed", NULL };
static const char * const careplan_record_approval_kinds[] = { "temporary-connected-person", NULL };

/* Indexed by CareplanEventKind. The first twelve lists belong to the
 * child object, the last two to its `care_leaver` object. */
static const CareplanRecordEventSpec careplan_record_event_specs[CAREPLAN_EVENT_N_KINDS] = {
  { CAREPLAN_EVENT_KIND_CARE_PLAN, "care_plans", "date", NULL, NULL, NULL, NULL, FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, "placement_plans", "date", NULL, NULL, NULL, NULL, FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_REVIEW, "reviews", "date", NULL, "participation", NULL, NULL, FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_VISIT, "visits", "date", NULL, NULL, NULL, "seen_alone", FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "health_assessments", "date", NULL,
    "kind", careplan_record_assessment_kinds, NULL, FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_DENTAL_CHECK, "dental_checks", "date", NULL, NULL, NULL, NULL, FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_SDQ, "sdq", "date", NULL, NULL, NULL, NULL, TRUE, FALSE },
  { CAREPLAN_EVENT_KIND_EDUCATION_PLAN, "education_plans", "date", NULL,
    "kind", careplan_record_assessment_kinds, NULL, FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, "permanence_plans", "date", NULL,
    "plan", careplan_record_permanence_plans, NULL, FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, "life_story_work", "date", NULL,
    "kind", careplan_record_life_story_kinds, NULL, FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_MISSING_EPISODE, "missing_episodes", "start", "end",
    NULL, NULL, "return_interview_offered", FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_CARER_APPROVAL, "carer_approvals", "start", NULL,
    "kind", careplan_record_approval_kinds, NULL, FALSE, TRUE },
  { CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "pathway_plans", "date", NULL, NULL, NULL, NULL, FALSE, FALSE },
  { CAREPLAN_EVENT_KIND_CARE_LEAVER_CONTACT, "contacts", "date", NULL, NULL, NULL, NULL, FALSE, FALSE },
};

/* The first event kind whose list is a member of `care_leaver`. */
#define CAREPLAN_RECORD_FIRST_CARE_LEAVER_KIND CAREPLAN_EVENT_KIND_PATHWAY_PLAN

/* SDQ total difficulties scores run from 0 to 40. */
#define CAREPLAN_RECORD_SDQ_MAX 40

/* The members each object of the format knows.  Anything else is an
 * extra. */
static const char * const careplan_record_file_keys[] = { "format", "children", NULL };
static const char * const careplan_record_child_keys[] = {
  "id", "date_of_birth", "sex", "upn", "uasc", "disabled", "episodes",
  "care_plans", "placement_plans", "reviews", "visits", "health_assessments",
  "dental_checks", "sdq", "education_plans", "permanence_plans",
  "life_story_work", "missing_episodes", "carer_approvals", "care_leaver", NULL
};
static const char * const careplan_record_episode_keys[] = {
  "start", "end", "reason_new_episode", "legal_status", "category_of_need",
  "placement_type", "placement_provider", "reason_ended",
  "reason_placement_change", "home_postcode", "placement_postcode", "urn",
  "long_term", NULL
};
static const char * const careplan_record_care_leaver_keys[] = {
  "needs_assessment", "personal_adviser_from", "pathway_plans", "contacts",
  "staying_put_from", NULL
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

/* The spec of the event list called @list among the kinds [first, last),
 * or NULL. */
static inline const CareplanRecordEventSpec *
careplan_record_event_spec_for_list (const char        *list,
                                     CareplanEventKind  first,
                                     CareplanEventKind  last)
{
  for (guint i = first; i < last; i++)
    if (strcmp (careplan_record_event_specs[i].list, list) == 0)
      return &careplan_record_event_specs[i];
  return NULL;
}

static inline gboolean
careplan_record_event_spec_has_key (const CareplanRecordEventSpec *spec,
                                    const char                    *key)
{
  return (strcmp (spec->date_key, key) == 0 ||
          (spec->end_key != NULL && strcmp (spec->end_key, key) == 0) ||
          (spec->detail_key != NULL && strcmp (spec->detail_key, key) == 0) ||
          (spec->flag_key != NULL && strcmp (spec->flag_key, key) == 0) ||
          (spec->has_score && strcmp ("score", key) == 0) ||
          (spec->has_approval && (strcmp ("extended_to", key) == 0 ||
                                  strcmp ("approved", key) == 0)));
}

G_END_DECLS
