/* careplan-tristate.h
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include "careplan-version-macros.h"

G_BEGIN_DECLS

/**
 * CareplanTristate:
 * @CAREPLAN_TRISTATE_UNSET: not recorded
 * @CAREPLAN_TRISTATE_NO: recorded as false
 * @CAREPLAN_TRISTATE_YES: recorded as true
 *
 * A yes/no field of a record that may also be absent. Keeping "not
 * recorded" apart from "no" lets a record round-trip exactly and lets a
 * rule say `unknown` rather than guess.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_TRISTATE_UNSET,
  CAREPLAN_TRISTATE_NO,
  CAREPLAN_TRISTATE_YES,
} CareplanTristate;

G_END_DECLS
