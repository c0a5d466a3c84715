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

/* The authority code of a placement postcode, or NULL when unknown. */
static inline const char *
placement_la (const CpvContext *cx, const char *postcode)
{
  g_autofree char *key = NULL;

  if (cx->ref == NULL || *postcode == '\0')
    return NULL;
  key = cpv_normalise_postcode (postcode);
  return (const char *) g_hash_table_lookup (cx->ref->postcodes, key);
}

