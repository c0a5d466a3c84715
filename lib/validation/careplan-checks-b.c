/* careplan-checks-b.c: the questions the checks of codes 500 and up and of
 * the alphabetic codes ask of a child (careplan-checks-b-private.h)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-checks-b-private.h"

void
vb_ctx_init (VbCtx            *x,
             const CpvContext *cx,
             const CpvChild   *child)
{
  x->cx = cx;
  x->child = child;
  x->sorted_mask[0] = x->sorted_mask[1] = 0;
  x->heap = NULL;
}

void
vb_ctx_clear (VbCtx *x)
{
  g_clear_pointer (&x->heap, g_ptr_array_unref);
}

/* The columns a table's rows are ordered by: a date, then a second date. */
static void
sort_columns (CpvTable t, int *first, int *second)
{
  *first = *second = -1;
  switch (t)
    {
    case CPV_EPISODES: *first = EP_DECOM; *second = EP_DEC; break;
    case CPV_MISSING: *first = MI_MIS_START; *second = MI_MIS_END; break;
    case CPV_SW_EPISODES: *first = SW_SW_DECOM; *second = SW_SW_DEC; break;
    case CPV_PLACED_ADOPTION: *first = PA_DATE_PLACED; *second = PA_DATE_PLACED_CEASED; break;
    case CPV_REVIEWS: *first = RV_REVIEW; break;
    case CPV_DOLO: *first = DL_DOLO_START; *second = DL_DOLO_END; break;
    default: break;
    }
}

static guint32
key (const CpvReturn *ret, CpvTable t, guint row, int col)
{
  CareplanDate d;

  if (col < 0)
    return 0;
  d = cpv_date (ret, t, row, (guint) col);
  return d == CAREPLAN_DATE_NONE ? G_MAXUINT32 : d;   /* undated last */
}

/* Whether row @a goes before row @b. */
static gboolean
before (const CpvReturn *ret, CpvTable t, guint a, guint b, int c1, int c2)
{
  guint32 ka = key (ret, t, a, c1), kb = key (ret, t, b, c1);

  if (ka != kb)
    return ka < kb;
  ka = key (ret, t, a, c2);
  kb = key (ret, t, b, c2);
  if (ka != kb)
    return ka < kb;
  for (guint c = 0; c < cpv_tables[t].n_columns; c++)
    {
      int cmp = strcmp (cpv_cell (ret, t, a, c), cpv_cell (ret, t, b, c));

      if (cmp != 0)
        return cmp < 0;
    }
  return a < b;   /* identical rows: the first in the file first */
}

const guint *
vb_rows (VbCtx    *x,
         VbWhich   w,
         CpvTable  t,
         guint    *n)
{
  const CpvRows *rows = vb_file_rows (x, w, t);
  const CpvReturn *ret = vb_return (x, w);
  guint *sorted;
  int c1, c2;

  *n = rows->n;
  if (rows->n == 0)
    return NULL;
  if (x->sorted_mask[w] & (1u << t))
    return x->sorted[w][t];
  sort_columns (t, &c1, &c2);
  if (c1 < 0 || rows->n == 1)
    return rows->rows;   /* nothing to order them by: as in the file */

  if (rows->n <= VB_INLINE_ROWS)
    sorted = x->inline_rows[w][t];
  else
    {
      if (x->heap == NULL)
        x->heap = g_ptr_array_new_with_free_func (g_free);
      sorted = g_new (guint, rows->n);
      g_ptr_array_add (x->heap, sorted);
    }
  memcpy (sorted, rows->rows, sizeof (guint) * rows->n);
  /* Insertion sort: a child has a handful of rows in a table. */
  for (guint i = 1; i < rows->n; i++)
    {
      guint row = sorted[i], j = i;

      while (j > 0 && before (ret, t, row, sorted[j - 1], c1, c2))
        {
          sorted[j] = sorted[j - 1];
          j--;
        }
      sorted[j] = row;
    }
  x->sorted[w][t] = sorted;
  x->sorted_mask[w] |= 1u << t;
  return sorted;
}

gboolean
vb_in (const char *cell, const char *const *codes)
{
  if (cell == NULL)
    return FALSE;
  for (guint i = 0; codes[i] != NULL; i++)
    if (strcmp (cell, codes[i]) == 0)
      return TRUE;
  return FALSE;
}

CareplanDate
vb_birthday (CareplanDate dob, guint years)
{
  if (dob == CAREPLAN_DATE_NONE)
    return CAREPLAN_DATE_NONE;
  return careplan_date_get_birthday (dob, years, CAREPLAN_LEAP_DAY_POLICY_MARCH_1);
}

CareplanDate
vb_header_dob (VbCtx *x, VbWhich w)
{
  const CpvRows *rows = vb_file_rows (x, w, CPV_HEADER);

  for (guint i = 0; i < rows->n; i++)
    {
      CareplanDate d = vb_date (x, w, CPV_HEADER, rows->rows[i], HD_DOB);

      if (d != CAREPLAN_DATE_NONE)
        return d;
    }
  return CAREPLAN_DATE_NONE;
}

static gboolean
identical (const CpvReturn *ret, CpvTable t, guint a, guint b)
{
  for (guint c = 0; c < cpv_tables[t].n_columns; c++)
    if (strcmp (cpv_cell (ret, t, a, c), cpv_cell (ret, t, b, c)) != 0)
      return FALSE;
  return TRUE;
}

void
vb_flag (VbCtx    *x,
         CpvTable  t,
         guint     row)
{
  cpv_flag (x->cx, t, row);
  VB_ROWS (x, t, r)
    if (r != row && identical (x->cx->ret, t, r, row))
      cpv_flag (x->cx, t, r);
}
