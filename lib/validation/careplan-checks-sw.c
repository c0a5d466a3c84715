/* careplan-checks-sw.c: SSDA903 validation checks, the SW… social-worker checks (valB)
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-validation-private.h"

const CpvCheck cpv_checks_sw[] = {
  { NULL }
};
