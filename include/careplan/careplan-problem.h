/* careplan-problem.h: a problem found in a record, with its location
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <glib-object.h>

#include "careplan-version-macros.h"

G_BEGIN_DECLS

/**
 * CareplanProblemKind:
 * @CAREPLAN_PROBLEM_KIND_FAILED: an unspecified problem
 * @CAREPLAN_PROBLEM_KIND_MISSING_FIELD: a required field is absent
 * @CAREPLAN_PROBLEM_KIND_END_BEFORE_START: something ends before it starts
 * @CAREPLAN_PROBLEM_KIND_OVERLAP: two episodes overlap in time
 * @CAREPLAN_PROBLEM_KIND_UNKNOWN_CODE: a code that is not in the SSDA903 code list
 * @CAREPLAN_PROBLEM_KIND_BROKEN_CHAIN: an episode that continues a period of
 *   care (RNE other than `S`) does not start the day the previous one ended
 * @CAREPLAN_PROBLEM_KIND_DUPLICATE: the same child or episode given twice
 * @CAREPLAN_PROBLEM_KIND_DATE_OUT_OF_ORDER: an event dated before the child
 *   was born, or similar impossible ordering
 * @CAREPLAN_PROBLEM_KIND_INVALID_VALUE: a value that is not well formed for
 *   its field: a date that does not exist or is not written as the format
 *   requires, a number out of range
 * @CAREPLAN_PROBLEM_KIND_UNKNOWN_CHILD: a row for a child that the file
 *   listing the children (the SSDA903 Header) does not list
 * @CAREPLAN_PROBLEM_KIND_INCONSISTENT: two values that must agree do not,
 *   such as a child's date of birth repeated in an SSDA903 table and the
 *   one in its Header
 *
 * What kind of problem a [class@Careplan.Problem] reports.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_PROBLEM_KIND_FAILED,
  CAREPLAN_PROBLEM_KIND_MISSING_FIELD,
  CAREPLAN_PROBLEM_KIND_END_BEFORE_START,
  CAREPLAN_PROBLEM_KIND_OVERLAP,
  CAREPLAN_PROBLEM_KIND_UNKNOWN_CODE,
  CAREPLAN_PROBLEM_KIND_BROKEN_CHAIN,
  CAREPLAN_PROBLEM_KIND_DUPLICATE,
  CAREPLAN_PROBLEM_KIND_DATE_OUT_OF_ORDER,
  CAREPLAN_PROBLEM_KIND_INVALID_VALUE,
  CAREPLAN_PROBLEM_KIND_UNKNOWN_CHILD,
  CAREPLAN_PROBLEM_KIND_INCONSISTENT,
} CareplanProblemKind;

#define CAREPLAN_TYPE_PROBLEM (careplan_problem_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanProblem, careplan_problem, CAREPLAN, PROBLEM, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanProblem     *careplan_problem_new            (CareplanProblemKind  kind,
                                                      const char          *child_id,
                                                      const char          *path,
                                                      const char          *field,
                                                      const char          *message);
CAREPLAN_AVAILABLE_IN_ALL
CareplanProblemKind  careplan_problem_get_kind       (CareplanProblem     *self);
CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_problem_get_child_id   (CareplanProblem     *self);
CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_problem_get_path       (CareplanProblem     *self);
CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_problem_get_field      (CareplanProblem     *self);
CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_problem_get_message    (CareplanProblem     *self);
CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_problem_get_file       (CareplanProblem     *self);
CAREPLAN_AVAILABLE_IN_ALL
guint                careplan_problem_get_line       (CareplanProblem     *self);
CAREPLAN_AVAILABLE_IN_ALL
guint                careplan_problem_get_column     (CareplanProblem     *self);
CAREPLAN_AVAILABLE_IN_ALL
void                 careplan_problem_set_location   (CareplanProblem     *self,
                                                      const char          *file,
                                                      guint                line,
                                                      guint                column);
CAREPLAN_AVAILABLE_IN_ALL
char                *careplan_problem_to_string      (CareplanProblem     *self);

G_END_DECLS
