/* careplan-checks-200.c: SSDA903 validation checks, codes 200–299
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-validation-private.h"

const CpvCheck cpv_checks_200[] = {
  { NULL }
};
