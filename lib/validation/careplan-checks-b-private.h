/* careplan-checks-b-private.h: the questions the checks of codes 500 and
 * up and of the alphabetic codes ask of a child
 *
 * These checks (careplan-checks-500.c, -600.c, -1000.c, -int.c, -sw.c,
 * -other.c) read one child at a time, through a VbCtx made for each
 * child and check by VB_CHECK: its cells (NULL when blank), its dates
 * (blank, a date, or not a date), its rows of a table in date order (then
 * by their cells, so the order of the file does not matter), the same
 * child in last year's return, and ages by the corresponding-date rule.
 * A VbCtx lives on the stack of one check's call; nothing in it outlives
 * the call or is shared between threads.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <string.h>

#include "careplan-validation-private.h"

G_BEGIN_DECLS

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

/* Rows kept in the VbCtx itself; a table with more rows for one child
 * (rare) is sorted into the heap. */
#define VB_INLINE_ROWS 24

typedef struct
{
  const CpvContext *cx;
  const CpvChild   *child;
  guint32           sorted_mask[2];                      /* bit t: sorted[w][t] is ready */
  guint            *sorted[2][CPV_N_TABLES];
  guint             inline_rows[2][CPV_N_TABLES][VB_INLINE_ROWS];
  GPtrArray        *heap;                                /* guint * to free */
} VbCtx;

void          vb_ctx_init      (VbCtx *x, const CpvContext *cx, const CpvChild *child);
void          vb_ctx_clear     (VbCtx *x);

/* Defines `name##_cpv`, the CpvChildFunc that runs the check @name
 * (`static void name (VbCtx *x)`) for one child. */
#define VB_CHECK(name)                                                        \
  static void                                                                 \
  name##_cpv (const CpvContext *cx, const CpvChild *child)                    \
  {                                                                           \
    VbCtx x;                                                                  \
    vb_ctx_init (&x, cx, child);                                              \
    name (&x);                                                                \
    vb_ctx_clear (&x);                                                        \
  }

/* A row of a check table: the DfE's code and message, the fields it
 * flags ("Episodes:DECOM,DEC;Header:DOB"), its collection years, its
 * status (IMPLEMENTED, DIFFERS_FROM_PEER), severity (ERROR, QUERY), what
 * it needs (NOTHING, PREVIOUS, REFERENCE) and its function. */
#define VB_ROW(code, message, fields, first, last, status, severity, needs, fn)  \
  { code, message, fields, first, last, NULL,                                   \
    CAREPLAN_VALIDATION_STATUS_##status, CAREPLAN_VALIDATION_SEVERITY_##severity, \
    VB_NEEDS_##needs, fn##_cpv, NULL }

#define VB_NEEDS_NOTHING                CPV_NEEDS_NOTHING
#define VB_NEEDS_PREVIOUS               CPV_NEEDS_PREVIOUS
#define VB_NEEDS_REFERENCE              CPV_NEEDS_REFERENCE
#define VB_NEEDS_PREVIOUS_AND_REFERENCE (CPV_NEEDS_PREVIOUS | CPV_NEEDS_REFERENCE)

static inline int           vb_year  (VbCtx *x) { return x->cx->year; }
/* 1 April and 31 March of the collection year. */
static inline CareplanDate  vb_start (VbCtx *x) { return x->cx->start; }
static inline CareplanDate  vb_end   (VbCtx *x) { return x->cx->end; }

static inline const CpvReturn *
vb_return (VbCtx *x, VbWhich w)
{
  return w == VB_THIS ? x->cx->ret : x->cx->prev;
}

/* The child's rows of @t in this or last year's return, in file order. */
static inline const CpvRows *
vb_file_rows (VbCtx *x, VbWhich w, CpvTable t)
{
  return w == VB_THIS ? &x->child->t[t] : &x->child->p[t];
}

/* The cell, NULL when blank. */
static inline const char *
vb_cell (VbCtx *x, VbWhich w, CpvTable t, guint row, guint col)
{
  const char *cell = cpv_cell (vb_return (x, w), t, row, col);

  return *cell == '\0' ? NULL : cell;
}

/* A date cell, CAREPLAN_DATE_NONE when blank or not a date. */
static inline CareplanDate
vb_date (VbCtx *x, VbWhich w, CpvTable t, guint row, guint col)
{
  return cpv_date (vb_return (x, w), t, row, col);
}

static inline VbDateState
vb_date_state (VbCtx *x, VbWhich w, CpvTable t, guint row, guint col)
{
  if (vb_cell (x, w, t, row, col) == NULL)
    return VB_DATE_BLANK;
  return vb_date (x, w, t, row, col) == CAREPLAN_DATE_NONE ? VB_DATE_INVALID : VB_DATE_VALID;
}

/* The child's rows of @t sorted by the table's date (DECOM, MIS_START,
 * SW_DECOM, DATE_PLACED, REVIEW; rows without one last), then its second
 * date (DEC, MIS_END, …), then the cells; the tables without a date to
 * order by (Header, UASC, OC2, OC3, AD1, PrevPerm) in file order. */
const guint  *vb_rows          (VbCtx *x, VbWhich w, CpvTable t, guint *n);

/* Whether the return has a file for table @t: a check that asks for a
 * row of a table the return does not have says nothing (the return is
 * incomplete, which is not the check's finding). */
static inline gboolean
vb_has_table (VbCtx *x, VbWhich w, CpvTable t)
{
  const CpvReturn *ret = vb_return (x, w);

  return ret != NULL && ret->tables[t].path != NULL;
}

/* Flags @row of @t (this year's return), and every row of the child in
 * @t identical to it cell for cell: two identical rows cannot be told
 * apart, so what is found of one is found of both, whichever comes first
 * in the file. */
void          vb_flag          (VbCtx *x, CpvTable t, guint row);

static inline gboolean
vb_is (const char *cell, const char *code)
{
  return cell != NULL && strcmp (cell, code) == 0;
}

/* Whether @cell is one of the NULL-terminated @codes. */
gboolean      vb_in            (const char *cell, const char *const *codes);
#define VB_IN(cell, ...) vb_in ((cell), (const char *const[]) { __VA_ARGS__, NULL })

/* The date @years after @dob by the corresponding-date rule (a 29
 * February birthday falls on 1 March in common years); NONE if @dob is. */
CareplanDate  vb_birthday      (CareplanDate dob, guint years);

/* The child's date of birth from Header (the first valid), or NONE. */
CareplanDate  vb_header_dob    (VbCtx *x, VbWhich w);

/* For each row @r of the child in @t of this year's return, file order. */
#define VB_ROWS(x, t, r) CPV_ROWS ((x)->child, t, r)

G_END_DECLS
