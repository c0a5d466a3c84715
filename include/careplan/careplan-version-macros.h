/* careplan-version-macros.h: symbol visibility
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <glib.h>

#ifndef _CAREPLAN_EXTERN
# define _CAREPLAN_EXTERN __attribute__((visibility("default"))) extern
#endif

/**
 * CAREPLAN_AVAILABLE_IN_ALL:
 *
 * Marks a symbol as part of careplan's public, exported API. The library
 * is built with hidden visibility; only symbols carrying this macro are
 * exported from `libcareplan-1.so`.
 *
 * Since: 0.1
 */
#define CAREPLAN_AVAILABLE_IN_ALL _CAREPLAN_EXTERN
