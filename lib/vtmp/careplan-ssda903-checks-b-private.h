/* careplan-ssda903-checks-b-private.h: what the checks of codes 500 and
 * up and the alphabetic codes share
 *
 * The checks read the return as it was read (cells as text, blank as
 * NULL), each on its own: none changes what another sees.  This header
 * gives them the few questions they all ask, in the words of the DfE's
 * rules: a cell, a date (blank, a date, or not a date), the rows of one
 * child in one table in date order, an age by the corresponding-date
 * rule, and how to flag a row.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

#include "careplan-date.h"
#include "careplan-ssda903-private.h"

G_BEGIN_DECLS

typedef struct _VbCtx VbCtx;

/* Which return a question is about. */
typedef enum
{
  VB_THIS,      /* the return being validated */
  VB_PREVIOUS,  /* last year's return (--previous) */
} VbWhich;

typedef enum
{
  VB_DATE_BLANK,
  VB_DATE_VALID,
  VB_DATE_INVALID,
} VbDateState;

/* The collection year, by its end (2026 for 2025/26). */
int           vb_year          (VbCtx *x);
/* 1 April and 31 March of the collection year. */
CareplanDate  vb_start         (VbCtx *x);
CareplanDate  vb_end           (VbCtx *x);
gboolean      vb_has_previous  (VbCtx *x);

guint         vb_n_rows        (VbCtx *x, VbWhich w, CareplanSsda903Table t);
/* The cell of @column, NULL when blank or when the table has no such column. */
const char   *vb_cell          (VbCtx *x, VbWhich w, CareplanSsda903Table t, guint row,
                                const char *column);
const char   *vb_child         (VbCtx *x, VbWhich w, CareplanSsda903Table t, guint row);
/* A date cell: BLANK, VALID (@date set) or INVALID (not a dd/mm/yyyy date). */
VbDateState   vb_date_state    (VbCtx *x, VbWhich w, CareplanSsda903Table t, guint row,
                                const char *column, CareplanDate *date);
/* A date cell, CAREPLAN_DATE_NONE when blank or not a date. */
CareplanDate  vb_date          (VbCtx *x, VbWhich w, CareplanSsda903Table t, guint row,
                                const char *column);

/* The children of the return (Header and every other table), each once. */
guint         vb_n_children    (VbCtx *x, VbWhich w);
const char   *vb_child_id      (VbCtx *x, VbWhich w, guint child);
/* The child's rows of @t, sorted by @t's date (DECOM, MIS_START, SW_DECOM,
 * DATE_PLACED, REVIEW; undated rows last), ties in file order.  NULL when
 * none. */
const guint  *vb_rows_of       (VbCtx *x, VbWhich w, guint child, CareplanSsda903Table t,
                                guint *n);
/* The index of child @id, or -1. */
int           vb_find_child    (VbCtx *x, VbWhich w, const char *id);

/* Flags @row of @t (this year's return) for the running check. */
void          vb_flag          (VbCtx *x, CareplanSsda903Table t, guint row);

/* Helpers over the above ---------------------------------------------------- */

gboolean      vb_is            (const char *cell, const char *code);
/* Whether @cell is one of the NULL-terminated @codes. */
gboolean      vb_in            (const char *cell, const char *const *codes);
#define VB_IN(cell, ...) vb_in ((cell), (const char *const[]) { __VA_ARGS__, NULL })

/* The date @years after @dob by the corresponding-date rule (a 29
 * February birthday falls on 1 March in common years), NONE if @dob is. */
CareplanDate  vb_birthday      (CareplanDate dob, guint years);

/* The child's date of birth from Header (first valid), or NONE. */
CareplanDate  vb_header_dob    (VbCtx *x, VbWhich w, guint child);

G_END_DECLS
