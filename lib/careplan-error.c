/* careplan-error.c
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-error.h"

/**
 * careplan_error_quark:
 *
 * The quark of the %CAREPLAN_ERROR domain.
 *
 * Returns: the error quark
 *
 * Since: 0.1
 */
G_DEFINE_QUARK (careplan-error-quark, careplan_error)
