/* careplan-validation-issue-private.h: building issues and checks
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan-validation.h"
#include "careplan-validation-private.h"

G_BEGIN_DECLS

/* @code, @table, @fields and @message must be static. */
CareplanValidationIssue *careplan_validation_issue_new_internal (const char                 *code,
                                                                 const char                 *table,
                                                                 guint                       row_index,
                                                                 const char                 *child_id,
                                                                 const char * const         *fields,
                                                                 const char                 *message,
                                                                 const char                 *file,
                                                                 guint                       line,
                                                                 CareplanValidationSeverity  severity);

CareplanValidationCheck *careplan_validation_check_new_internal (const CpvCheck *check);

/* The fields @check lists for @table (a new strv, possibly empty). */
char **cpv_check_fields_for (const CpvCheck *check,
                             const char     *table);

/* The same, kept for the life of the process (one strv per check and
 * table, made on first use): what issues point to. */
const char * const *cpv_check_static_fields (const CpvCheck *check,
                                             CpvTable        table);

/* The citation of a check. */
char  *cpv_check_citation (const CpvCheck *check);

G_END_DECLS
