/* careplan-plans-private.h: the plan-content catalogue's rows and the plan
 * document's insides, shared by lib/plans and the reader in lib/io
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "careplan-plan.h"
#include "careplan-plan-element.h"
#include "careplan-plan-result.h"

G_BEGIN_DECLS

/* Which leaving-care regimes an element belongs to (0: the kind has none). */
#define VARIANT_ELIGIBLE         (1u << CAREPLAN_LEAVING_CARE_STATUS_ELIGIBLE)
#define VARIANT_RELEVANT         (1u << CAREPLAN_LEAVING_CARE_STATUS_RELEVANT)
#define VARIANT_FORMER_RELEVANT  (1u << CAREPLAN_LEAVING_CARE_STATUS_FORMER_RELEVANT)

/* When an element applies, as the checker judges it from a child's record
 * on the plan's date (careplan-plan-check.c). */
typedef enum
{
  CONDITION_NONE,               /* always */
  CONDITION_ACCOMMODATED,       /* a placement is open (s22C), reg 5(c) */
  CONDITION_STATUS_NEEDS,       /* trafficking / UASC status, reg 5(1)(f) */
  CONDITION_NOT_IN_CARE_ORDER,  /* not in care, and a s8 order exists */
  CONDITION_IN_CARE_ORDER,      /* in care, and a s34 order exists */
  CONDITION_WITH_PARENTS,       /* placed with a parent (P1) */
  CONDITION_NOT_WITH_PARENTS,   /* placed other than with a parent */
  CONDITION_ELIGIBLE,           /* an eligible child on the plan date */
  CONDITION_RA_ACCOMMODATES,    /* the authority provides the accommodation */
  CONDITION_RECORD_SILENT,      /* a fact no careplan record holds */
} CareplanPlanCondition;

typedef struct
{
  const char            *id;
  CareplanPlanKind       kind;
  guint                  variants;
  const char            *instrument;
  const char            *provision;
  const char            *requirement;
  const char            *condition_text;   /* NULL: always applies */
  CareplanPlanCondition  condition;
  gboolean               soft;
  CareplanConfirmation   confirmation;
  const char            *url;
} CareplanPlanElementRow;

const CareplanPlanElementRow *careplan_plan_catalogue_find         (const char *id);
const CareplanPlanElementRow *careplan_plan_element_get_row        (CareplanPlanElement *self);
CareplanPlanElement          *careplan_plan_element_new_for_row    (const CareplanPlanElementRow *row);
gboolean                      careplan_plan_row_applies_to         (const CareplanPlanElementRow *row,
                                                                    CareplanPlanKind              kind,
                                                                    CareplanLeavingCareStatus     status);

/* One member of a plan's `elements`. */
typedef struct
{
  char     *text;             /* the `text` member, or NULL */
  gboolean  content_present;  /* `content` holds a non-blank leaf */
  gboolean  has_content;      /* `content` was given at all */
  char     *ref;              /* `ref`, or NULL */
  char     *not_applicable;   /* the reason, or NULL */
} CareplanPlanValue;

/* Building a plan: the reader (lib/io) fills it in. */
CareplanPlan *careplan_plan_new              (const char                *file,
                                              CareplanPlanKind           kind,
                                              const char                *child_id,
                                              CareplanDate               date,
                                              CareplanLeavingCareStatus  status,
                                              CareplanDate               placement_start);
/* Takes @value (allocated with g_new0, its strings with g_strdup). */
void          careplan_plan_take_value       (CareplanPlan              *self,
                                              const char                *id,
                                              CareplanPlanValue         *value);
void          careplan_plan_add_agreement    (CareplanPlan              *self,
                                              const char                *by,
                                              CareplanDate               date);
const CareplanPlanValue *careplan_plan_peek_value (CareplanPlan         *self,
                                                   const char           *id);
gboolean      careplan_plan_value_is_present (const CareplanPlanValue   *value);

CareplanPlanResult *careplan_plan_result_new_take (CareplanPlanElement       *element,
                                                   CareplanPlanElementStatus  status,
                                                   CareplanTristate           condition,
                                                   char                      *message);

/* The agreement roles a plan may record (NULL-terminated). */
extern const char * const careplan_plan_agreement_roles[];

G_END_DECLS
