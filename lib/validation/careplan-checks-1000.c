/* careplan-checks-1000.c: SSDA903 validation checks, codes 1000 and up (valB)
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-validation-private.h"

const CpvCheck cpv_checks_1000[] = {
  { NULL }
};
