/* careplan-error.h
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
 * CAREPLAN_ERROR:
 *
 * The error domain of careplan. Errors in this domain use the codes of
 * [enum@Careplan.Error].
 *
 * Since: 0.1
 */
#define CAREPLAN_ERROR (careplan_error_quark ())

/**
 * CareplanError:
 * @CAREPLAN_ERROR_FAILED: an unspecified failure
 * @CAREPLAN_ERROR_INVALID_DATE: a date that does not exist or is badly written
 * @CAREPLAN_ERROR_CALENDAR_RANGE: a working-day computation needs a date
 *   outside the bank holidays the calendar knows
 * @CAREPLAN_ERROR_INVALID_CALENDAR: a bank-holiday feed that cannot be used
 * @CAREPLAN_ERROR_INVALID_JSON: a file that is not well-formed JSON
 * @CAREPLAN_ERROR_INVALID_RECORD: a well-formed file whose content does not
 *   follow the careplan record format (wrong type, bad value, missing field)
 * @CAREPLAN_ERROR_IO: a file that cannot be read or written
 * @CAREPLAN_ERROR_UNKNOWN_RULE: a rule id or parameter name that the
 *   rulebook does not know
 * @CAREPLAN_ERROR_INVALID_PLAN: a well-formed file whose content does not
 *   follow the careplan plan format (`careplan-plan/1`)
 *
 * Error codes of the %CAREPLAN_ERROR domain. Codes are only ever appended.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_ERROR_FAILED,
  CAREPLAN_ERROR_INVALID_DATE,
  CAREPLAN_ERROR_CALENDAR_RANGE,
  CAREPLAN_ERROR_INVALID_CALENDAR,
  CAREPLAN_ERROR_INVALID_JSON,
  CAREPLAN_ERROR_INVALID_RECORD,
  CAREPLAN_ERROR_IO,
  CAREPLAN_ERROR_UNKNOWN_RULE,
  CAREPLAN_ERROR_INVALID_PLAN,
} CareplanError;

CAREPLAN_AVAILABLE_IN_ALL
GQuark careplan_error_quark (void);

G_END_DECLS
