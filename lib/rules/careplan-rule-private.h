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

/* @date as the record stands at the as-of date: none when it is not known
 * by then, or when it comes before @not_before (it cannot answer a clock
 * that started later). */
static inline CareplanDate
careplan_evaluation_seen (const CareplanEvaluation *evaluation,
                          CareplanDate              date,
                          CareplanDate              not_before)
{
  if (date == CAREPLAN_DATE_NONE || date > evaluation->as_of || date < not_before)
    return CAREPLAN_DATE_NONE;
  return date;
}

/* A rule of the common shape, as a row (careplan-obligation-private.h). */
typedef struct _CareplanObligationSpec CareplanObligationSpec;

typedef void (*CareplanRuleFunc) (CareplanRule             *rule,
                                  const CareplanEvaluation *evaluation,
                                  CareplanFindingArray     *findings);

/* What the rules of one instrument, or of one part of it, share: their
 * family in the catalogue, where their force comes from, the instrument
 * and the dates the part is in force.  Rows point to one. */
typedef struct
{
  const char        *family;
  CareplanRuleKind   kind;
  const char        *instrument;
  const char        *in_force_from;   /* ISO date, or NULL */
  const char        *in_force_until;  /* ISO date, or NULL */
} CareplanRuleSource;

typedef struct
{
  const char                   *id;
  const CareplanRuleSource     *source;
  const char                   *title;
  CareplanConfirmation          confirmation;
  const char                   *provision;
  const char                   *url;
  const CareplanParameterSpec  *parameters;
  guint                         n_parameters;
  /* Exactly one of these: a row that careplan-obligation.c interprets, or
   * a function for an irregular rule. */
  const CareplanObligationSpec *spec;
  CareplanRuleFunc              evaluate;
} CareplanRuleDefinition;

/* A rule's parameters, given in place:
 * CAREPLAN_RULE_PARAMETERS ({ "working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS, "…" }). */
#define CAREPLAN_RULE_PARAMETERS(...) \
  .parameters = (const CareplanParameterSpec[]) { __VA_ARGS__ }, \
  .n_parameters = G_N_ELEMENTS (((const CareplanParameterSpec[]) { __VA_ARGS__ }))

/* The same, for an irregular rule whose function reads its array. */
#define CAREPLAN_RULE_PARAMETER_ARRAY(array) \
  .parameters = (array), .n_parameters = G_N_ELEMENTS (array)

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

/* The instruments most rules cite. */
#define CAREPLAN_CPPCR_2010 "Care Planning, Placement and Case Review (England) Regulations 2010"
#define CAREPLAN_CA_1989    "Children Act 1989"
/* The day the CPPCR 2010 came into force. */
#define CAREPLAN_CPPCR_2010_IN_FORCE "2011-04-01"

/* The rule families of the default rulebook, each a NULL-terminated list
 * of its rules in catalogue order. */
typedef const CareplanRuleDefinition *const CareplanRuleFamily[];

extern CareplanRuleFamily careplan_rules_reviews;
extern CareplanRuleFamily careplan_rules_visits;
extern CareplanRuleFamily careplan_rules_care_planning;
extern CareplanRuleFamily careplan_rules_visit_regimes;
extern CareplanRuleFamily careplan_rules_placements;
extern CareplanRuleFamily careplan_rules_short_breaks;
extern CareplanRuleFamily careplan_rules_health;
extern CareplanRuleFamily careplan_rules_education;
extern CareplanRuleFamily careplan_rules_permanence;
extern CareplanRuleFamily careplan_rules_missing;
extern CareplanRuleFamily careplan_rules_care_leavers;

G_END_DECLS
