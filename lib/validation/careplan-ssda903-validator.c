/* careplan-ssda903-validator.c: runs the DfE's checks over a return
 *
 * Each check sees the return exactly as read, through const accessors:
 * no check can change what another sees, so the result does not depend on
 * the order the checks run in.  The per-child checks run child by child
 * (the child's rows of every table, and of the previous year's return),
 * on n-threads threads, each a share of the children; the whole-return
 * checks run after.  The issues are then sorted by child, table, row and code, so the
 * output is the same whatever the order of rows, files or threads.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-error.h"
#include "careplan-ssda903-private.h"
#include "careplan-validation.h"
#include "careplan-validation-issue-private.h"
#include "careplan-validation-private.h"

typedef struct _CpvSink
{
  const CpvCheck *current;
  GArray         *issues;     /* CpvIssue */
} CpvSink;

void
cpv_flag (const CpvContext *cx,
          CpvTable          table,
          guint             row)
{
  CpvIssue issue = {
    .table = table,
    .row = row,
    .child = cx->ret->tables[table].child_of[row],
    .check = cx->sink->current,
  };

  g_array_append_val (cx->sink->issues, issue);
}

/* The run's result, shared by the list model and its items. */
typedef struct
{
  gatomicrefcount ref;
  CpvReturn      *ret;
  GArray         *issues;
} CpvResult;

static void
cpv_result_unref (CpvResult *result)
{
  if (g_atomic_ref_count_dec (&result->ref))
    {
      cpv_return_free (result->ret);
      g_array_unref (result->issues);
      g_free (result);
    }
}

/* A list model over a run's issues: an item is made when asked for. */
#define CPV_TYPE_ISSUE_LIST (cpv_issue_list_get_type ())
G_DECLARE_FINAL_TYPE (CpvIssueList, cpv_issue_list, CPV, ISSUE_LIST, GObject)

struct _CpvIssueList
{
  GObject    parent_instance;
  CpvResult *result;
};

static GType
cpv_issue_list_get_item_type (GListModel *model)
{
  return CAREPLAN_TYPE_VALIDATION_ISSUE;
}

static guint
cpv_issue_list_get_n_items (GListModel *model)
{
  return CPV_ISSUE_LIST (model)->result->issues->len;
}

static gpointer
cpv_issue_list_get_item (GListModel *model,
                         guint       position)
{
  CpvResult *result = CPV_ISSUE_LIST (model)->result;
  const CpvIssue *issue;
  const CpvTableData *data;
  const char *table;

  if (position >= result->issues->len)
    return NULL;
  issue = &g_array_index (result->issues, CpvIssue, position);
  data = &result->ret->tables[issue->table];
  table = cpv_tables[issue->table].name;
  return careplan_validation_issue_new_internal (issue->check->code, table, issue->row,
                                                 g_ptr_array_index (result->ret->child_ids, issue->child),
                                                 cpv_check_static_fields (issue->check, issue->table),
                                                 issue->check->message, data->path,
                                                 data->lines[issue->row], issue->check->severity);
}

static void
cpv_issue_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = cpv_issue_list_get_item_type;
  iface->get_n_items = cpv_issue_list_get_n_items;
  iface->get_item = cpv_issue_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (CpvIssueList, cpv_issue_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, cpv_issue_list_model_init))

static void
cpv_issue_list_finalize (GObject *object)
{
  g_clear_pointer (&CPV_ISSUE_LIST (object)->result, cpv_result_unref);
  G_OBJECT_CLASS (cpv_issue_list_parent_class)->finalize (object);
}

static void
cpv_issue_list_class_init (CpvIssueListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cpv_issue_list_finalize;
}

static void
cpv_issue_list_init (CpvIssueList *self)
{
}

/* The validator ------------------------------------------------------------ */

/**
 * CareplanSsda903Validator:
 *
 * Runs the DfE's validation checks of the SSDA903 return (the checks
 * [func@Careplan.validation_list_checks] lists) over the CSV tables of a
 * return in a folder, and returns the rows they flag as
 * [class@Careplan.ValidationIssue]s.
 *
 * Checks that compare with last year's return run only when
 * [property@Careplan.Ssda903Validator:previous-dir] is set, checks that need
 * reference data only when [property@Careplan.Ssda903Validator:reference-dir]
 * is; the others are listed by [method@Careplan.Ssda903Validator.dup_skipped].
 * Nothing is read from the network.
 *
 * ```python
 * from gi.repository import Careplan
 * v = Careplan.Ssda903Validator(collection_year=2026)
 * for issue in v.validate("return/"):
 *     print(issue.props.child_id, issue.props.code, issue.props.message)
 * ```
 *
 * Since: 0.1
 */
struct _CareplanSsda903Validator
{
  GObject parent_instance;

  int         collection_year;
  char       *previous_dir;
  char       *reference_dir;
  int         year_used;
  guint       n_threads;
  guint64     max_file_size;
  GPtrArray  *skipped;   /* const CpvCheck * of the last run */
};

G_DEFINE_FINAL_TYPE (CareplanSsda903Validator, careplan_ssda903_validator, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_COLLECTION_YEAR,
  PROP_PREVIOUS_DIR,
  PROP_REFERENCE_DIR,
  PROP_N_THREADS,
  PROP_MAX_FILE_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
careplan_ssda903_validator_finalize (GObject *object)
{
  CareplanSsda903Validator *self = CAREPLAN_SSDA903_VALIDATOR (object);

  g_free (self->previous_dir);
  g_free (self->reference_dir);
  g_clear_pointer (&self->skipped, g_ptr_array_unref);
  G_OBJECT_CLASS (careplan_ssda903_validator_parent_class)->finalize (object);
}

static void
careplan_ssda903_validator_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  CareplanSsda903Validator *self = CAREPLAN_SSDA903_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_COLLECTION_YEAR:
      g_value_set_int (value, self->collection_year);
      break;
    case PROP_PREVIOUS_DIR:
      g_value_set_string (value, self->previous_dir);
      break;
    case PROP_REFERENCE_DIR:
      g_value_set_string (value, self->reference_dir);
      break;
    case PROP_N_THREADS:
      g_value_set_uint (value, self->n_threads);
      break;
    case PROP_MAX_FILE_SIZE:
      g_value_set_uint64 (value, self->max_file_size);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_ssda903_validator_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  CareplanSsda903Validator *self = CAREPLAN_SSDA903_VALIDATOR (object);

  switch (prop_id)
    {
    case PROP_COLLECTION_YEAR:
      careplan_ssda903_validator_set_collection_year (self, g_value_get_int (value));
      break;
    case PROP_PREVIOUS_DIR:
      careplan_ssda903_validator_set_previous_dir (self, g_value_get_string (value));
      break;
    case PROP_REFERENCE_DIR:
      careplan_ssda903_validator_set_reference_dir (self, g_value_get_string (value));
      break;
    case PROP_N_THREADS:
      careplan_ssda903_validator_set_n_threads (self, g_value_get_uint (value));
      break;
    case PROP_MAX_FILE_SIZE:
      careplan_ssda903_validator_set_max_file_size (self, g_value_get_uint64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_ssda903_validator_class_init (CareplanSsda903ValidatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = careplan_ssda903_validator_finalize;
  object_class->get_property = careplan_ssda903_validator_get_property;
  object_class->set_property = careplan_ssda903_validator_set_property;

  /**
   * CareplanSsda903Validator:collection-year: (getter get_collection_year) (setter set_collection_year)
   *
   * The collection year, by the year it ends in (2026 for 2025/26); 0
   * (the default) takes it from the data: the collection year most
   * review dates, missing-episode starts and episode ends fall in.
   *
   * Since: 0.1
   */
  properties[PROP_COLLECTION_YEAR] =
    g_param_spec_int ("collection-year", NULL, NULL, 0, 9999, 0, flags);

  /**
   * CareplanSsda903Validator:previous-dir: (getter get_previous_dir) (setter set_previous_dir)
   *
   * The folder of the previous year's return, or %NULL (the checks that
   * compare with it are skipped).
   *
   * Since: 0.1
   */
  properties[PROP_PREVIOUS_DIR] =
    g_param_spec_string ("previous-dir", NULL, NULL, NULL, flags);

  /**
   * CareplanSsda903Validator:reference-dir: (getter get_reference_dir) (setter set_reference_dir)
   *
   * The folder of reference data (postcodes, local-authority codes,
   * Ofsted URNs, in the formats of careplan's
   * `docs/ssda903-validation.md`), or %NULL (the checks that need it are
   * skipped).
   *
   * Since: 0.1
   */
  properties[PROP_REFERENCE_DIR] =
    g_param_spec_string ("reference-dir", NULL, NULL, NULL, flags);

  /**
   * CareplanSsda903Validator:n-threads: (getter get_n_threads) (setter set_n_threads)
   *
   * How many threads run the per-child checks, each over a share of the
   * children: 0 (the default) for one per processor, with no share of
   * fewer than 1,000 children. Never more threads than children run, and
   * at most 256. The issues are the same, in the same order, whatever
   * the number.
   *
   * Since: 0.2
   */
  properties[PROP_N_THREADS] =
    g_param_spec_uint ("n-threads", NULL, NULL, 0, G_MAXUINT, 0, flags);

  /**
   * CareplanSsda903Validator:max-file-size: (getter get_max_file_size) (setter set_max_file_size)
   *
   * The most bytes to read from one CSV file of the return (and of the
   * previous year's): a bigger file is refused before it is read, as
   * [func@Careplan.ssda903_load_dir_full] refuses it. 0 (the default) for
   * %CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE; %G_MAXUINT64 for no limit.
   * The validator holds each file whole in memory.
   *
   * Since: 0.2
   */
  properties[PROP_MAX_FILE_SIZE] =
    g_param_spec_uint64 ("max-file-size", NULL, NULL, 0, G_MAXUINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_ssda903_validator_init (CareplanSsda903Validator *self)
{
  self->skipped = g_ptr_array_new ();
}

/**
 * careplan_ssda903_validator_new:
 *
 * Creates a validator for the collection year found in the data, with no
 * previous return and no reference data.
 *
 * Returns: (transfer full): a new validator
 *
 * Since: 0.1
 */
CareplanSsda903Validator *
careplan_ssda903_validator_new (void)
{
  return g_object_new (CAREPLAN_TYPE_SSDA903_VALIDATOR, NULL);
}

/**
 * careplan_ssda903_validator_get_collection_year:
 * @self: a validator
 *
 * Gets the collection-year property.
 *
 * Returns: the collection year asked for, or 0
 *
 * Since: 0.1
 */
int
careplan_ssda903_validator_get_collection_year (CareplanSsda903Validator *self)
{
  g_return_val_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self), 0);
  return self->collection_year;
}

/**
 * careplan_ssda903_validator_set_collection_year:
 * @self: a validator
 * @year: the collection year, by the year it ends in, or 0
 *
 * Sets the collection year.
 *
 * Since: 0.1
 */
void
careplan_ssda903_validator_set_collection_year (CareplanSsda903Validator *self,
                                                int                       year)
{
  g_return_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self));
  g_return_if_fail (year >= 0 && year <= 9999);
  if (self->collection_year == year)
    return;
  self->collection_year = year;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTION_YEAR]);
}

/**
 * careplan_ssda903_validator_get_previous_dir:
 * @self: a validator
 *
 * Gets the previous-dir property.
 *
 * Returns: (nullable): the previous year's return folder
 *
 * Since: 0.1
 */
const char *
careplan_ssda903_validator_get_previous_dir (CareplanSsda903Validator *self)
{
  g_return_val_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self), NULL);
  return self->previous_dir;
}

/**
 * careplan_ssda903_validator_set_previous_dir:
 * @self: a validator
 * @dir: (nullable): the previous year's return folder
 *
 * Sets the previous year's return.
 *
 * Since: 0.1
 */
void
careplan_ssda903_validator_set_previous_dir (CareplanSsda903Validator *self,
                                             const char               *dir)
{
  g_return_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self));
  if (g_strcmp0 (self->previous_dir, dir) == 0)
    return;
  g_free (self->previous_dir);
  self->previous_dir = g_strdup (dir);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIOUS_DIR]);
}

/**
 * careplan_ssda903_validator_get_reference_dir:
 * @self: a validator
 *
 * Gets the reference-dir property.
 *
 * Returns: (nullable): the reference data folder
 *
 * Since: 0.1
 */
const char *
careplan_ssda903_validator_get_reference_dir (CareplanSsda903Validator *self)
{
  g_return_val_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self), NULL);
  return self->reference_dir;
}

/**
 * careplan_ssda903_validator_set_reference_dir:
 * @self: a validator
 * @dir: (nullable): the reference data folder
 *
 * Sets the reference data.
 *
 * Since: 0.1
 */
void
careplan_ssda903_validator_set_reference_dir (CareplanSsda903Validator *self,
                                              const char               *dir)
{
  g_return_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self));
  if (g_strcmp0 (self->reference_dir, dir) == 0)
    return;
  g_free (self->reference_dir);
  self->reference_dir = g_strdup (dir);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERENCE_DIR]);
}

/* The collection year most dates in the year's own events fall in
 * (review dates, missing-episode starts, episode ends; episode starts when
 * there are none): a stray date in a later year does not move it. */
static int
guess_year (const CpvReturn *ret)
{
  static const struct { CpvTable table; guint column; } sources[] = {
    { CPV_REVIEWS, RV_REVIEW }, { CPV_MISSING, MI_MIS_START }, { CPV_EPISODES, EP_DEC },
    { CPV_EPISODES, EP_DECOM },
  };
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  int best = 0;
  guint best_count = 0;

  for (gsize s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      if (s == G_N_ELEMENTS (sources) - 1 && best != 0)
        break;
      for (guint r = 0; r < ret->tables[sources[s].table].n_rows; r++)
        {
          CareplanDate d = cpv_date (ret, sources[s].table, r, sources[s].column);
          int year;
          guint count;

          if (d == CAREPLAN_DATE_NONE)
            continue;
          year = careplan_ssda903_year_of_date (d);
          count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (year))) + 1;
          g_hash_table_insert (counts, GINT_TO_POINTER (year), GUINT_TO_POINTER (count));
          if (count > best_count || (count == best_count && year > best))
            {
              best = year;
              best_count = count;
            }
        }
    }
  return best;
}

static void
fill_child (const CpvContext *cx,
            guint             index,
            CpvChild         *child)
{
  const CpvReturn *ret = cx->ret;

  child->ret = ret;
  child->index = index;
  child->id = g_ptr_array_index (ret->child_ids, index);
  for (int t = 0; t < CPV_N_TABLES; t++)
    {
      guint start = ret->row_start[t][index];
      child->t[t].n = ret->row_start[t][index + 1] - start;
      child->t[t].rows = ret->row_index[t] + start;
    }
  child->prev = cx->prev;
  memset (child->p, 0, sizeof child->p);
  if (cx->prev != NULL)
    {
      int p = cpv_return_find_child (cx->prev, child->id);
      if (p >= 0)
        for (int t = 0; t < CPV_N_TABLES; t++)
          {
            guint start = cx->prev->row_start[t][p];
            child->p[t].n = cx->prev->row_start[t][p + 1] - start;
            child->p[t].rows = cx->prev->row_index[t] + start;
          }
    }
}

typedef struct
{
  CpvContext        cx;
  CpvSink           sink;
  const CpvCheck  **checks;
  guint             n_checks;
  guint             first, last;   /* children [first, last) */
} CpvWork;

static gpointer
run_children (gpointer data)
{
  CpvWork *work = data;
  CpvChild child;

  for (guint c = work->first; c < work->last; c++)
    {
      fill_child (&work->cx, c, &child);
      for (guint i = 0; i < work->n_checks; i++)
        {
          work->sink.current = work->checks[i];
          work->checks[i]->per_child (&work->cx, &child);
        }
    }
  return NULL;
}

static int
compare_issues (gconstpointer pa,
                gconstpointer pb,
                gpointer      data)
{
  const CpvReturn *compare_ret = data;
  const CpvIssue *a = pa, *b = pb;
  int c;

  if (a->child != b->child)
    {
      c = strcmp (g_ptr_array_index (compare_ret->child_ids, a->child),
                  g_ptr_array_index (compare_ret->child_ids, b->child));
      if (c != 0)
        return c;
    }
  if (a->table != b->table)
    return strcmp (cpv_tables[a->table].name, cpv_tables[b->table].name);
  if (a->row != b->row)
    return a->row < b->row ? -1 : 1;
  return strcmp (a->check->code, b->check->code);
}

/* Sorts @issues and drops repeats (a check flagging one row twice). */
static void
sort_issues (const CpvReturn *ret,
             GArray          *issues)
{
  guint out = 0;

  g_array_sort_with_data (issues, compare_issues, (gpointer) ret);

  for (guint i = 0; i < issues->len; i++)
    {
      CpvIssue *issue = &g_array_index (issues, CpvIssue, i);
      if (out > 0)
        {
          CpvIssue *last = &g_array_index (issues, CpvIssue, out - 1);
          if (last->table == issue->table && last->row == issue->row && last->check == issue->check)
            continue;
        }
      g_array_index (issues, CpvIssue, out++) = *issue;
    }
  g_array_set_size (issues, out);
}

/**
 * careplan_ssda903_validator_get_n_threads:
 * @self: a validator
 *
 * Gets [property@Careplan.Ssda903Validator:n-threads].
 *
 * Returns: the number of threads asked for, 0 for one per processor
 *
 * Since: 0.2
 */
guint
careplan_ssda903_validator_get_n_threads (CareplanSsda903Validator *self)
{
  g_return_val_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self), 0);

  return self->n_threads;
}

/**
 * careplan_ssda903_validator_set_n_threads:
 * @self: a validator
 * @n_threads: the number of threads, 0 for one per processor
 *
 * Sets [property@Careplan.Ssda903Validator:n-threads].
 *
 * Since: 0.2
 */
void
careplan_ssda903_validator_set_n_threads (CareplanSsda903Validator *self,
                                          guint                     n_threads)
{
  g_return_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self));

  if (self->n_threads == n_threads)
    return;
  self->n_threads = n_threads;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_THREADS]);
}

/* The threads for @n_children: as asked, or one per processor with no
 * share under 1,000 children; never more than the children, at most 256. */
static guint
threads_for (guint asked,
             guint n_children)
{
  guint n = asked;

  if (n == 0)
    n = MIN ((guint) g_get_num_processors (), n_children / 1000);
  n = MIN (n, 256);
  n = MIN (n, n_children);
  return MAX (n, 1);
}

/**
 * careplan_ssda903_validator_validate:
 * @self: a validator
 * @dir: the folder holding the return's CSV files (each table recognised
 *   by its column headers, whatever the file is called)
 * @error: return location for a #GError
 *
 * Runs every check that applies to the collection year over the return
 * in @dir.  Fails (with %CAREPLAN_ERROR_IO or
 * %CAREPLAN_ERROR_INVALID_RECORD) only when a file cannot be read as an
 * SSDA903 table, or is bigger than
 * [property@Careplan.Ssda903Validator:max-file-size] (%CAREPLAN_ERROR_IO);
 * what is wrong inside the tables is what the issues say.
 *
 * Returns: (transfer full) (nullable): a list model of
 *   [class@Careplan.ValidationIssue], sorted by child, table, row and code
 *
 * Since: 0.1
 */
GListModel *
careplan_ssda903_validator_validate (CareplanSsda903Validator  *self,
                                     const char                *dir,
                                     GError                   **error)
{
  g_autoptr(CpvReturn) ret = NULL;
  g_autoptr(CpvReturn) prev = NULL;
  g_autoptr(CpvReference) ref = NULL;
  g_autoptr(GPtrArray) per_child = g_ptr_array_new ();
  g_autoptr(GPtrArray) whole = g_ptr_array_new ();
  const CpvCheck * const *all;
  g_autofree CpvWork *work = NULL;
  g_autofree GThread **threads = NULL;
  CpvResult *result;
  CpvIssueList *list;
  guint n_all, n_threads;
  int year;

  g_return_val_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self), NULL);
  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ret = cpv_return_load (dir, self->max_file_size, error);
  if (ret == NULL)
    return NULL;
  if (self->previous_dir != NULL)
    {
      prev = cpv_return_load (self->previous_dir, self->max_file_size, error);
      if (prev == NULL)
        return NULL;
    }
  if (self->reference_dir != NULL)
    {
      ref = cpv_reference_load (self->reference_dir, error);
      if (ref == NULL)
        return NULL;
    }

  year = self->collection_year != 0 ? self->collection_year : guess_year (ret);
  if (year == 0)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s: no episode dates to take the collection year from (give it)", dir);
      return NULL;
    }
  self->year_used = year;

  g_ptr_array_set_size (self->skipped, 0);
  all = cpv_registry_get (&n_all);
  for (guint i = 0; i < n_all; i++)
    {
      const CpvCheck *check = all[i];

      if (!cpv_check_applies (check, year))
        continue;
      if (((check->needs & CPV_NEEDS_PREVIOUS) && prev == NULL) ||
          ((check->needs & CPV_NEEDS_REFERENCE) && ref == NULL))
        {
          g_ptr_array_add (self->skipped, (gpointer) check);
          continue;
        }
      g_ptr_array_add (check->per_child != NULL ? per_child : whole, (gpointer) check);
    }

  n_threads = threads_for (self->n_threads, ret->n_children);
  work = g_new0 (CpvWork, n_threads);
  threads = g_new0 (GThread *, n_threads);
  for (guint i = 0; i < n_threads; i++)
    {
      CpvWork *w = &work[i];

      w->cx.year = year;
      w->cx.start = careplan_date_new (year - 1, 4, 1);
      w->cx.end = careplan_date_new (year, 3, 31);
      w->cx.ret = ret;
      w->cx.prev = prev;
      w->cx.ref = ref;
      w->cx.sink = &w->sink;
      w->sink.issues = g_array_new (FALSE, FALSE, sizeof (CpvIssue));
      w->checks = (const CpvCheck **) per_child->pdata;
      w->n_checks = per_child->len;
      w->first = (guint) ((guint64) ret->n_children * i / n_threads);
      w->last = (guint) ((guint64) ret->n_children * (i + 1) / n_threads);
    }
  for (guint i = 1; i < n_threads; i++)
    threads[i] = g_thread_new ("careplan-validate", run_children, &work[i]);
  run_children (&work[0]);

  for (guint i = 0; i < whole->len; i++)
    {
      work[0].sink.current = g_ptr_array_index (whole, i);
      work[0].sink.current->whole (&work[0].cx);
    }

  for (guint i = 1; i < n_threads; i++)
    {
      g_thread_join (threads[i]);
      g_array_append_vals (work[0].sink.issues, work[i].sink.issues->data, work[i].sink.issues->len);
      g_array_unref (work[i].sink.issues);
    }
  sort_issues (ret, work[0].sink.issues);

  result = g_new0 (CpvResult, 1);
  g_atomic_ref_count_init (&result->ref);
  result->ret = g_steal_pointer (&ret);
  result->issues = work[0].sink.issues;

  list = g_object_new (CPV_TYPE_ISSUE_LIST, NULL);
  list->result = result;
  return G_LIST_MODEL (list);
}

/**
 * careplan_ssda903_validator_dup_skipped:
 * @self: a validator
 *
 * Lists the checks the last [method@Careplan.Ssda903Validator.validate]
 * skipped because they need the previous year's return or reference
 * data that were not given.
 *
 * Returns: (transfer full): a list model of [class@Careplan.ValidationCheck]
 *
 * Since: 0.1
 */
GListModel *
careplan_ssda903_validator_dup_skipped (CareplanSsda903Validator *self)
{
  GListStore *store = g_list_store_new (CAREPLAN_TYPE_VALIDATION_CHECK);

  g_return_val_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self), G_LIST_MODEL (store));
  for (guint i = 0; i < self->skipped->len; i++)
    {
      g_autoptr(CareplanValidationCheck) check =
        careplan_validation_check_new_internal (g_ptr_array_index (self->skipped, i));
      g_list_store_append (store, check);
    }
  return G_LIST_MODEL (store);
}

/**
 * careplan_ssda903_validator_get_year_used:
 * @self: a validator
 *
 * Gets the year-used property.
 *
 * Returns: the collection year the last validation ran for (the one set,
 *   or the one taken from the data), or 0 before any
 *
 * Since: 0.1
 */
int
careplan_ssda903_validator_get_year_used (CareplanSsda903Validator *self)
{
  g_return_val_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self), 0);
  return self->year_used;
}

/**
 * careplan_ssda903_validator_get_max_file_size:
 * @self: a validator
 *
 * Gets [property@Careplan.Ssda903Validator:max-file-size].
 *
 * Returns: the most bytes read from one CSV file, 0 for
 *   %CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE
 *
 * Since: 0.2
 */
guint64
careplan_ssda903_validator_get_max_file_size (CareplanSsda903Validator *self)
{
  g_return_val_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self), 0);

  return self->max_file_size;
}

/**
 * careplan_ssda903_validator_set_max_file_size:
 * @self: a validator
 * @max_file_size: the most bytes to read from one CSV file, 0 for
 *   %CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE (%G_MAXUINT64: no limit)
 *
 * Sets [property@Careplan.Ssda903Validator:max-file-size].
 *
 * Since: 0.2
 */
void
careplan_ssda903_validator_set_max_file_size (CareplanSsda903Validator *self,
                                              guint64                   max_file_size)
{
  g_return_if_fail (CAREPLAN_IS_SSDA903_VALIDATOR (self));

  if (self->max_file_size == max_file_size)
    return;
  self->max_file_size = max_file_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_FILE_SIZE]);
}
