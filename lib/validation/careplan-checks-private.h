/* careplan-checks-private.h: shorthands for the check files
 *
 * Inside a check function (parameters `cx` and `child`): CELL, DATE,
 * BLANK, IS and IN read a cell of the child's return; ROW, ROW_PREVIOUS
 * and ROW_DIFFERS write a CpvCheck row.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan-validation-private.h"

/* Common to the check files: cells of the child's return. */
#define RET (child->ret)
#define CELL(t, r, c) cpv_cell (RET, t, r, c)
#define DATE(t, r, c) cpv_date (RET, t, r, c)
#define BLANK(t, r, c) cpv_blank (RET, t, r, c)
#define IS(t, r, c, v) cpv_is (RET, t, r, c, v)
#define IN(t, r, c, l) cpv_cell_in (RET, t, r, c, l)

#define ROW(code, message, fields, first, last, fn) \
  { code, message, fields, first, last, NULL, CAREPLAN_VALIDATION_STATUS_IMPLEMENTED, \
    CAREPLAN_VALIDATION_SEVERITY_ERROR, CPV_NEEDS_NOTHING, fn, NULL }
#define ROW_PREVIOUS(code, message, fields, first, last, fn) \
  { code, message, fields, first, last, NULL, CAREPLAN_VALIDATION_STATUS_IMPLEMENTED, \
    CAREPLAN_VALIDATION_SEVERITY_ERROR, CPV_NEEDS_PREVIOUS, fn, NULL }
#define ROW_DIFFERS(code, message, fields, first, last, fn) \
  { code, message, fields, first, last, NULL, CAREPLAN_VALIDATION_STATUS_DIFFERS_FROM_PEER, \
    CAREPLAN_VALIDATION_SEVERITY_ERROR, CPV_NEEDS_NOTHING, fn, NULL }
#define ROW_REFERENCE(code, message, fields, first, last, fn) \
  { code, message, fields, first, last, NULL, CAREPLAN_VALIDATION_STATUS_IMPLEMENTED, \
    CAREPLAN_VALIDATION_SEVERITY_ERROR, CPV_NEEDS_REFERENCE, fn, NULL }

/* Temporary placements. */
#define TEMPORARY "T0 T1 T2 T3 T4"

/* The authority of a placement postcode (PL_LA as the DfE derives it),
 * or NULL when unknown or without reference data. */
static inline const char *
placement_la (const CpvContext *cx, const char *postcode)
{
  return cpv_placement_la (cx->ref, postcode);
}

/* An unaccompanied asylum-seeking child: a UASC row this year or last. */
static inline gboolean
is_uasc (const CpvChild *child)
{
  return child->t[CPV_UASC].n > 0 || child->p[CPV_UASC].n > 0;
}

/* The placement's distance from home in miles, as the DfE computes it;
 * FALSE when a postcode is unknown or there is no reference data. */
static inline gboolean
distance (const CpvContext *cx, const CpvReturn *ret, guint r, double *miles)
{
  return cpv_distance (cx->ref, cpv_cell (ret, CPV_EPISODES, r, EP_HOME_POST),
                       cpv_cell (ret, CPV_EPISODES, r, EP_PL_POST), miles);
}
