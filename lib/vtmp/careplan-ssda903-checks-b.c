/* careplan-ssda903-checks-b.c: the tables the checks of codes 500 and up
 * and the alphabetic codes read, and the questions they ask of them
 *
 * A return is held as it was read: per table, its columns and its cells
 * as text (NULL for a blank cell), and an index of the children, each
 * child's rows of each table in date order.  Dates are parsed once, when
 * the index is built.  Nothing here is changed by a check.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-ssda903-checks-b-private.h"
#include "careplan-ssda903-checks-b-rows-private.h"
#include "careplan-ssda903-checks-b-tables-private.h"

/* A date cell as parsed when the index is built: DATE_BLANK, DATE_INVALID
 * or the CareplanDate. */
#define DATE_BLANK   ((guint32) 0)
#define DATE_INVALID G_MAXUINT32

typedef struct
{
  gboolean    present;
  GPtrArray  *columns;     /* char *, owned */
  GPtrArray  *rows;        /* char ** (n_columns cells, NULL when blank), owned */
  GPtrArray  *dates;       /* guint32 * (n_columns, parsed dates; 0 elsewhere), owned */
  int         child_col;
} VbTable;

typedef struct
{
  char    *id;
  GArray  *rows[CAREPLAN_SSDA903_N_TABLES];   /* guint, sorted */
} VbChild;

struct _VbTables
{
  VbTable      tables[CAREPLAN_SSDA903_N_TABLES];
  GPtrArray   *children;    /* VbChild *, owned */
  GHashTable  *by_id;       /* id → index + 1 */
  gboolean     indexed;
};

/* The column of a name, remembered by the address of the name (the
 * checks pass string literals), a few per table. */
#define COLUMN_CACHE 32

typedef struct
{
  const char *name;
  int         index;
} ColumnSlot;

struct _VbCtx
{
  ColumnSlot         columns[2][CAREPLAN_SSDA903_N_TABLES][COLUMN_CACHE];
  int                year;
  VbTables          *which[2];
  const VbCheck     *check;
  VbFlagFunc         flag;
  gpointer           flag_data;
};

/* Tables ------------------------------------------------------------------- */

static void
vb_child_free (gpointer data)
{
  VbChild *child = data;

  g_free (child->id);
  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    if (child->rows[t] != NULL)
      g_array_unref (child->rows[t]);
  g_free (child);
}

VbTables *
vb_tables_new (void)
{
  VbTables *tables = g_new0 (VbTables, 1);

  tables->children = g_ptr_array_new_with_free_func (vb_child_free);
  tables->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  return tables;
}

void
vb_tables_free (VbTables *tables)
{
  if (tables == NULL)
    return;
  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    {
      VbTable *table = &tables->tables[t];

      if (table->columns != NULL)
        g_ptr_array_unref (table->columns);
      if (table->rows != NULL)
        {
          guint n = table->columns != NULL ? table->columns->len : 0;

          for (guint r = 0; r < table->rows->len; r++)
            {
              char **cells = g_ptr_array_index (table->rows, r);

              for (guint i = 0; i < n; i++)
                g_free (cells[i]);
              g_free (cells);
            }
          g_ptr_array_unref (table->rows);
        }
      if (table->dates != NULL)
        g_ptr_array_unref (table->dates);
    }
  g_hash_table_unref (tables->by_id);
  g_ptr_array_unref (tables->children);
  g_free (tables);
}

void
vb_tables_set_columns (VbTables           *tables,
                       CareplanSsda903Table t,
                       const char *const   *columns,
                       guint                n_columns)
{
  VbTable *table = &tables->tables[t];

  g_return_if_fail (table->columns == NULL);
  table->present = TRUE;
  table->columns = g_ptr_array_new_with_free_func (g_free);
  table->rows = g_ptr_array_new ();
  table->dates = g_ptr_array_new_with_free_func (g_free);
  table->child_col = -1;
  for (guint i = 0; i < n_columns; i++)
    {
      g_ptr_array_add (table->columns, g_strdup (columns[i]));
      if (strcmp (columns[i], "CHILD") == 0)
        table->child_col = (int) i;
    }
}

/* Whether @column of @t holds dates (the SSDA903 tables' spec). */
static gboolean
is_date_column (CareplanSsda903Table t, const char *column)
{
  const CareplanSsda903TableSpec *spec = &careplan_ssda903_tables[t];

  for (guint i = 0; i < spec->n_columns; i++)
    if (strcmp (spec->columns[i].name, column) == 0)
      return spec->columns[i].type == CAREPLAN_SSDA903_CELL_DATE;
  return FALSE;
}

static guint32 *
parse_dates (CareplanSsda903Table t, const VbTable *table, char **cells)
{
  guint n = table->columns->len;
  guint32 *dates = g_new0 (guint32, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      CareplanDate d;
      const char *why;

      if (cells[i] == NULL || !is_date_column (t, g_ptr_array_index (table->columns, i)))
        continue;
      dates[i] = careplan_ssda903_parse_date (cells[i], &d, &why) ? d : DATE_INVALID;
    }
  return dates;
}

void
vb_tables_add_row (VbTables            *tables,
                   CareplanSsda903Table t,
                   const char *const   *cells,
                   guint                n_cells)
{
  VbTable *table = &tables->tables[t];
  guint n;
  char **copy;

  g_return_if_fail (table->columns != NULL);
  n = table->columns->len;
  copy = g_new0 (char *, MAX (n, 1));
  for (guint i = 0; i < n && i < n_cells; i++)
    {
      const char *cell = cells[i];

      if (cell != NULL)
        {
          g_autofree char *stripped = g_strstrip (g_strdup (cell));

          if (*stripped != '\0')
            copy[i] = g_steal_pointer (&stripped);
        }
    }
  g_ptr_array_add (table->rows, copy);
  g_ptr_array_add (table->dates, parse_dates (t, table, copy));
  tables->indexed = FALSE;
}

/* The column a table's rows are ordered by, then the tie-breaker. */
static void
sort_columns (CareplanSsda903Table t, const char **first, const char **second)
{
  *first = *second = NULL;
  switch (t)
    {
    case CAREPLAN_SSDA903_EPISODES: *first = "DECOM"; *second = "DEC"; break;
    case CAREPLAN_SSDA903_MISSING: *first = "MIS_START"; *second = "MIS_END"; break;
    case CAREPLAN_SSDA903_SW_EPISODES: *first = "SW_DECOM"; *second = "SW_DEC"; break;
    case CAREPLAN_SSDA903_PLACED_ADOPTION: *first = "DATE_PLACED"; *second = "DATE_PLACED_CEASED"; break;
    case CAREPLAN_SSDA903_REVIEWS: *first = "REVIEW"; break;
    case CAREPLAN_SSDA903_DOLO: *first = "DOLO_START"; *second = "DOLO_END"; break;
    default: break;
    }
}

static int
column_index (const VbTable *table, const char *column)
{
  if (table->columns == NULL || column == NULL)
    return -1;
  for (guint i = 0; i < table->columns->len; i++)
    if (strcmp (g_ptr_array_index (table->columns, i), column) == 0)
      return (int) i;
  return -1;
}

static guint32
sort_key (const VbTable *table, guint row, int col)
{
  guint32 date;

  if (col < 0)
    return 0;
  date = ((guint32 *) g_ptr_array_index (table->dates, row))[col];
  if (date == DATE_BLANK || date == DATE_INVALID)
    return G_MAXUINT32;   /* undated last */
  return date;
}

/* Rows are ordered by their dates, then by their cells, so that the order
 * of the file does not matter; only rows identical in every cell keep
 * their order in the file (whichever of two identical rows a check flags,
 * it flags the same content). */
typedef struct { guint row; guint32 k1, k2; char **cells; guint n_cells; } SortItem;

static int
sort_item_cmp (gconstpointer a, gconstpointer b)
{
  const SortItem *p = a, *q = b;

  if (p->k1 != q->k1)
    return p->k1 < q->k1 ? -1 : 1;
  if (p->k2 != q->k2)
    return p->k2 < q->k2 ? -1 : 1;
  for (guint i = 0; i < p->n_cells; i++)
    {
      int cmp = g_strcmp0 (p->cells[i], q->cells[i]);

      if (cmp != 0)
        return cmp;
    }
  return p->row < q->row ? -1 : p->row > q->row;
}

static void
vb_tables_index (VbTables *tables)
{
  if (tables->indexed)
    return;
  g_ptr_array_set_size (tables->children, 0);
  g_hash_table_remove_all (tables->by_id);
  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    {
      VbTable *table = &tables->tables[t];

      if (!table->present || table->child_col < 0)
        continue;
      for (guint r = 0; r < table->rows->len; r++)
        {
          const char *id = ((char **) g_ptr_array_index (table->rows, r))[table->child_col];
          gpointer found;
          VbChild *child;

          if (id == NULL)
            continue;   /* a row without a child belongs to nobody */
          found = g_hash_table_lookup (tables->by_id, id);
          if (found == NULL)
            {
              child = g_new0 (VbChild, 1);
              child->id = g_strdup (id);
              g_ptr_array_add (tables->children, child);
              g_hash_table_insert (tables->by_id, child->id, GUINT_TO_POINTER (tables->children->len));
            }
          else
            child = g_ptr_array_index (tables->children, GPOINTER_TO_UINT (found) - 1);
          if (child->rows[t] == NULL)
            child->rows[t] = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (child->rows[t], r);
        }
    }
  /* each child's rows in date order */
  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    {
      VbTable *table = &tables->tables[t];
      const char *first, *second;
      int c1, c2;

      sort_columns ((CareplanSsda903Table) t, &first, &second);
      c1 = column_index (table, first);
      c2 = column_index (table, second);
      if (c1 < 0)
        continue;
      for (guint c = 0; c < tables->children->len; c++)
        {
          VbChild *child = g_ptr_array_index (tables->children, c);
          GArray *rows = child->rows[t];
          g_autofree SortItem *items = NULL;

          if (rows == NULL || rows->len < 2)
            continue;
          items = g_new (SortItem, rows->len);
          for (guint i = 0; i < rows->len; i++)
            {
              guint r = g_array_index (rows, guint, i);

              items[i] = (SortItem) { r, sort_key (table, r, c1), sort_key (table, r, c2),
                                      g_ptr_array_index (table->rows, r), table->columns->len };
            }
          qsort (items, rows->len, sizeof *items, (GCompareFunc) sort_item_cmp);
          for (guint i = 0; i < rows->len; i++)
            g_array_index (rows, guint, i) = items[i].row;
        }
    }
  tables->indexed = TRUE;
}

/* Running ------------------------------------------------------------------- */

VbCtx *
vb_ctx_new (int        year,
            VbTables  *this_year,
            VbTables  *previous)
{
  VbCtx *x = g_new0 (VbCtx, 1);

  /* Each VbCtx remembers where columns are: give each thread its own. */
  x->year = year;
  x->which[VB_THIS] = this_year;
  x->which[VB_PREVIOUS] = previous;
  vb_tables_index (this_year);
  if (previous != NULL)
    vb_tables_index (previous);
  return x;
}

void
vb_ctx_free (VbCtx *x)
{
  g_free (x);
}

void
vb_ctx_run (VbCtx          *x,
            const VbCheck  *check,
            VbFlagFunc      flag,
            gpointer        data)
{
  x->check = check;
  x->flag = flag;
  x->flag_data = data;
  check->run (x);
  x->check = NULL;
  x->flag = NULL;
  x->flag_data = NULL;
}

/* Questions ------------------------------------------------------------------ */

static VbTables *
tables_of (VbCtx *x, VbWhich w)
{
  return x->which[w];
}

int
vb_year (VbCtx *x)
{
  return x->year;
}

CareplanDate
vb_start (VbCtx *x)
{
  return careplan_date_new (x->year - 1, 4, 1);
}

CareplanDate
vb_end (VbCtx *x)
{
  return careplan_date_new (x->year, 3, 31);
}

gboolean
vb_has_previous (VbCtx *x)
{
  return x->which[VB_PREVIOUS] != NULL;
}

guint
vb_n_rows (VbCtx *x, VbWhich w, CareplanSsda903Table t)
{
  VbTables *tables = tables_of (x, w);

  if (tables == NULL || !tables->tables[t].present)
    return 0;
  return tables->tables[t].rows->len;
}

/* The index of @column in @t of return @w, -1 when it has none. */
static int
column_of (VbCtx *x, VbWhich w, CareplanSsda903Table t, const char *column)
{
  ColumnSlot *slot = &x->columns[w][t][(GPOINTER_TO_SIZE (column) >> 3) % COLUMN_CACHE];

  if (slot->name != column)
    {
      slot->name = column;
      slot->index = column_index (&x->which[w]->tables[t], column);
    }
  return slot->index;
}

const char *
vb_cell (VbCtx *x, VbWhich w, CareplanSsda903Table t, guint row, const char *column)
{
  VbTables *tables = tables_of (x, w);
  VbTable *table;
  int col;

  if (tables == NULL)
    return NULL;
  table = &tables->tables[t];
  if (!table->present || row >= table->rows->len || (col = column_of (x, w, t, column)) < 0)
    return NULL;
  return ((char **) g_ptr_array_index (table->rows, row))[col];
}

const char *
vb_child (VbCtx *x, VbWhich w, CareplanSsda903Table t, guint row)
{
  return vb_cell (x, w, t, row, "CHILD");
}

VbDateState
vb_date_state (VbCtx *x, VbWhich w, CareplanSsda903Table t, guint row, const char *column,
               CareplanDate *date)
{
  VbTables *tables = tables_of (x, w);
  VbTable *table;
  const char *cell, *why;
  CareplanDate d = CAREPLAN_DATE_NONE;
  guint32 parsed;
  int col;

  if (date != NULL)
    *date = CAREPLAN_DATE_NONE;
  if (tables == NULL)
    return VB_DATE_BLANK;
  table = &tables->tables[t];
  if (!table->present || row >= table->rows->len || (col = column_of (x, w, t, column)) < 0)
    return VB_DATE_BLANK;
  cell = ((char **) g_ptr_array_index (table->rows, row))[col];
  if (cell == NULL)
    return VB_DATE_BLANK;
  parsed = ((guint32 *) g_ptr_array_index (table->dates, row))[col];
  if (parsed == DATE_BLANK)   /* not a date column: parse it now */
    parsed = careplan_ssda903_parse_date (cell, &d, &why) ? d : DATE_INVALID;
  if (parsed == DATE_INVALID)
    return VB_DATE_INVALID;
  if (date != NULL)
    *date = parsed;
  return VB_DATE_VALID;
}

CareplanDate
vb_date (VbCtx *x, VbWhich w, CareplanSsda903Table t, guint row, const char *column)
{
  CareplanDate d;

  vb_date_state (x, w, t, row, column, &d);
  return d;
}

guint
vb_n_children (VbCtx *x, VbWhich w)
{
  VbTables *tables = tables_of (x, w);

  return tables != NULL ? tables->children->len : 0;
}

const char *
vb_child_id (VbCtx *x, VbWhich w, guint child)
{
  VbChild *c = g_ptr_array_index (tables_of (x, w)->children, child);

  return c->id;
}

const guint *
vb_rows_of (VbCtx *x, VbWhich w, guint child, CareplanSsda903Table t, guint *n)
{
  VbChild *c = g_ptr_array_index (tables_of (x, w)->children, child);

  *n = c->rows[t] != NULL ? c->rows[t]->len : 0;
  return c->rows[t] != NULL ? (const guint *) c->rows[t]->data : NULL;
}

int
vb_find_child (VbCtx *x, VbWhich w, const char *id)
{
  VbTables *tables = tables_of (x, w);
  gpointer found;

  if (tables == NULL || id == NULL)
    return -1;
  found = g_hash_table_lookup (tables->by_id, id);
  return found != NULL ? (int) GPOINTER_TO_UINT (found) - 1 : -1;
}

void
vb_flag (VbCtx *x, CareplanSsda903Table t, guint row)
{
  g_return_if_fail (x->flag != NULL);
  x->flag (x->check, t, row, vb_child (x, VB_THIS, t, row), x->flag_data);
}

gboolean
vb_is (const char *cell, const char *code)
{
  return cell != NULL && strcmp (cell, code) == 0;
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
vb_header_dob (VbCtx *x, VbWhich w, guint child)
{
  guint n;
  const guint *rows = vb_rows_of (x, w, child, CAREPLAN_SSDA903_HEADER, &n);

  for (guint i = 0; i < n; i++)
    {
      CareplanDate d = vb_date (x, w, CAREPLAN_SSDA903_HEADER, rows[i], "DOB");

      if (d != CAREPLAN_DATE_NONE)
        return d;
    }
  return CAREPLAN_DATE_NONE;
}

/* The registry of these checks ----------------------------------------------- */

const VbCheck *const *
vb_all_checks (guint *n)
{
  static const VbCheck *all[256];
  static gsize done = 0;
  static guint count = 0;

  if (g_once_init_enter (&done))
    {
      struct { const VbCheck *rows; guint n; } files[] = {
        { vb_checks_500, vb_n_checks_500 },
        { vb_checks_600, vb_n_checks_600 },
        { vb_checks_1000, vb_n_checks_1000 },
        { vb_checks_int, vb_n_checks_int },
        { vb_checks_sw, vb_n_checks_sw },
      };

      for (guint f = 0; f < G_N_ELEMENTS (files); f++)
        for (guint i = 0; i < files[f].n && count < G_N_ELEMENTS (all); i++)
          all[count++] = &files[f].rows[i];
      g_once_init_leave (&done, 1);
    }
  *n = count;
  return all;
}
