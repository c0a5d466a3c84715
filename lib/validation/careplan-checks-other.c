/* careplan-checks-other.c: SSDA903 validation checks, the other alphabetic codes: E…, EPI, … (valB)
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-validation-private.h"

const CpvCheck cpv_checks_other[] = {
  { NULL }
};
