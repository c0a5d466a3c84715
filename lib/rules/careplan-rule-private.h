/* careplan-rule-private.h: how a rule is defined and evaluated
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <string.h>

#include "careplan-calendar.h"
#include "careplan-finding-private.h"
#include "careplan-rule.h"
#include "careplan-model-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char        *name;          /* e.g. "working_days", "interval" */
  int                default_value;
  CareplanTimeUnit   unit;
  const char        *description;
  /* The values that mean something, for a parameter that chooses between
   * readings (1, 2 or 3) or is a yes/no (0 or 1): anything else is
   * refused.  0, 0: any value from 0 up. */
  int                minimum;
  int                maximum;
} CareplanParameterSpec;

/* Everything a rule may look at.  Rules are pure: they read this and
 * add findings to a CareplanFindingArray, nothing else (no clock, no I/O, no globals). */
typedef struct
{
  CareplanChild             *child;
  const CareplanChildIndex  *index;     /* built at as_of */
  CareplanCalendar          *calendar;
  CareplanDate               as_of;
  CareplanLeapDayPolicy      leap_day_policy;
} CareplanEvaluation;

/* A rule of the common shape, as a row (careplan-obligation-private.h). */
typedef struct _CareplanObligationSpec CareplanObligationSpec;

typedef void (*CareplanRuleFunc) (CareplanRule             *rule,
                                  const CareplanEvaluation *evaluation,
                                  CareplanFindingArray     *findings);

typedef struct
{
  const char                   *id;
  const char                   *family;
  const char                   *title;
  CareplanRuleKind              kind;
  CareplanConfirmation          confirmation;
  const char                   *instrument;
  const char                   *provision;
  const char                   *url;
  const char                   *in_force_from;   /* ISO date, or NULL */
  const char                   *in_force_until;  /* ISO date, or NULL */
  const CareplanParameterSpec  *parameters;
  guint                         n_parameters;
  /* Exactly one of these: a row that careplan-obligation.c interprets, or
   * a function for an irregular rule. */
  const CareplanObligationSpec *spec;
  CareplanRuleFunc              evaluate;
} CareplanRuleDefinition;

CareplanRule                 *careplan_rule_new_from_definition (const CareplanRuleDefinition *definition);
/* For a definition built at run time (a policy's local rule): @definition
 * is an atomic rc box (g_atomic_rc_box_new0) owning its strings; the rule
 * takes the reference, copies share it, the last calls @clear_func. */
CareplanRule                 *careplan_rule_new_take_definition (CareplanRuleDefinition       *definition,
                                                                 GDestroyNotify                clear_func);
const CareplanRuleDefinition *careplan_rule_get_definition      (CareplanRule                 *self);
/* Fast access by position in definition->parameters. */
int                           careplan_rule_get_parameter_value (CareplanRule                 *self,
                                                                 guint                         index);
void                          careplan_rule_evaluate            (CareplanRule                 *self,
                                                                 const CareplanEvaluation     *evaluation,
                                                                 CareplanFindingArray         *findings);

/* The rule families of the default rulebook: each returns its
 * definitions and their number. */
const CareplanRuleDefinition *careplan_rules_reviews_get_definitions (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_visits_get_definitions  (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_care_planning_get_definitions (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_visit_regimes_get_definitions (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_placements_get_definitions    (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_short_breaks_get_definitions  (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_health_get_definitions        (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_education_get_definitions     (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_permanence_get_definitions    (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_missing_get_definitions       (guint *n_definitions);
const CareplanRuleDefinition *careplan_rules_care_leavers_get_definitions  (guint *n_definitions);

G_END_DECLS
