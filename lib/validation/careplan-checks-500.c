/* careplan-checks-500.c: SSDA903 validation checks, codes 500–599 (valB)
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-validation-private.h"

const CpvCheck cpv_checks_500[] = {
  { NULL }
};
