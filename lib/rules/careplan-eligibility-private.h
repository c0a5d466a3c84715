/* careplan-eligibility-private.h: when a child became an eligible child
 *
 * CA 1989 Sch 2 para 19B(2) and CPPCR 2010 reg 40: a child of 16 or 17
 * looked after for 13 weeks since the 14th birthday, and looked after
 * after the 16th.  Reg 40's own rule and the duties that follow from it
 * (careplan-rules-care-leavers.c) work it out in one place; a row anchored
 * on eligibility (CAREPLAN_OBLIGATION_PER_ELIGIBILITY) reads it here.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan-obligation-private.h"

G_BEGIN_DECLS

typedef struct
{
  CareplanDate  from;        /* the first day as an eligible child */
  guint         period;      /* the period of care that holds it */
  CareplanDate  sixteenth;   /* birthdays */
  CareplanDate  eighteenth;
} CareplanEligibleTime;

/* Whether the child became an eligible child by the as-of date and, if
 * so, when (*@eligible), by @rule's parameters `qualifying_days`,
 * `count_first_day` and `short_breaks`.  FALSE when the child did not, or
 * when it cannot be known (no date of birth: reg 40's own rule says
 * `unknown`). */
gboolean careplan_eligibility_find (CareplanRule             *rule,
                                    const CareplanEvaluation *evaluation,
                                    CareplanEligibleTime     *eligible);

G_END_DECLS
