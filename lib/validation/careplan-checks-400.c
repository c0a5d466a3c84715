/* careplan-checks-400.c: SSDA903 validation checks, codes 400–499
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-validation-private.h"

const CpvCheck cpv_checks_400[] = {
  { NULL }
};
