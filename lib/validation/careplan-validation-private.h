/* careplan-validation-private.h: the SSDA903 validation checks' world
 *
 * The validation layer (lib/validation) sits above lib/io and below the
 * tool: time → model → rules → engine → plans → io → validation → tools.  It reads
 * the return's CSV tables itself, cell by cell and exactly as written (no
 * mapping to the careplan model, which would tidy away what the DfE's
 * checks are there to catch), and uses io only for the shared date
 * parsing and output escaping.
 *
 * A check is a row (CpvCheck) beside its code, the DfE's message, the
 * fields it flags, its years and its citation; its function is pure: it
 * reads the return through the const accessors below and reports rows with
 * cpv_flag(), nothing else.  Checks run per child (the rows of one child of
 * every table, so they work the same when the reader streams child by
 * child), or, for the few that compare children, in one whole-return pass.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib.h>

#include "careplan-date.h"
#include "careplan-validation.h"

G_BEGIN_DECLS

/* The tables, in the order of the DfE's specification. */
typedef enum
{
  CPV_HEADER,
  CPV_EPISODES,
  CPV_REVIEWS,
  CPV_UASC,
  CPV_OC2,
  CPV_OC3,
  CPV_AD1,
  CPV_PLACED_ADOPTION,
  CPV_PREV_PERM,
  CPV_MISSING,
  CPV_SW_EPISODES,
  CPV_DOLO,
  CPV_N_TABLES
} CpvTable;

/* Columns of each table, in the DfE's order.  Every table starts with
 * CHILD (column 0); every table but Header, Episodes and UASC has DOB as
 * column 1. */
enum { HD_CHILD, HD_SEX, HD_DOB, HD_ETHNIC, HD_UPN, HD_MOTHER, HD_MC_DOB, HD_N };
enum { EP_CHILD, EP_DECOM, EP_RNE, EP_LS, EP_CIN, EP_PLACE, EP_PLACE_PROVIDER, EP_DEC, EP_REC,
       EP_REASON_PLACE_CHANGE, EP_HOME_POST, EP_PL_POST, EP_URN, EP_N };
enum { RV_CHILD, RV_DOB, RV_REVIEW, RV_REVIEW_CODE, RV_N };
enum { UA_CHILD, UA_SEX, UA_DOB, UA_DUC, UA_N };
enum { O2_CHILD, O2_DOB, O2_SDQ_SCORE, O2_SDQ_REASON, O2_CONVICTED, O2_HEALTH_CHECK,
       O2_IMMUNISATIONS, O2_TEETH_CHECK, O2_HEALTH_ASSESSMENT, O2_SUBSTANCE_MISUSE,
       O2_INTERVENTION_RECEIVED, O2_INTERVENTION_OFFERED, O2_N };
enum { O3_CHILD, O3_DOB, O3_IN_TOUCH, O3_ACTIV, O3_ACCOM, O3_N };
enum { AD_CHILD, AD_DOB, AD_DATE_INT, AD_DATE_MATCH, AD_FOSTER_CARE, AD_NB_ADOPTR,
       AD_SEX_ADOPTR, AD_LS_ADOPTR, AD_N };
enum { PA_CHILD, PA_DOB, PA_DATE_PLACED, PA_DATE_PLACED_CEASED, PA_REASON_PLACED_CEASED, PA_N };
enum { PP_CHILD, PP_DOB, PP_PREV_PERM, PP_LA_PERM, PP_DATE_PERM, PP_N };
enum { MI_CHILD, MI_DOB, MI_MISSING, MI_MIS_START, MI_MIS_END, MI_N };
enum { SW_CHILD, SW_DOB, SW_SW_ID, SW_SW_DECOM, SW_SW_DEC, SW_SW_REASON, SW_N };
enum { DL_CHILD, DL_DOB, DL_DOLO_START, DL_DOLO_END, DL_N };

#define CPV_MAX_COLUMNS 13

typedef struct
{
  const char  *name;                       /* "Episodes": the table's name in issues */
  const char  *file_name;                  /* what careplan's writer calls the file */
  guint        n_columns;
  const char  *columns[CPV_MAX_COLUMNS];   /* headers, as the DfE spells them */
  guint32      date_columns;               /* bit i: column i is a dd/mm/yyyy date */
} CpvTableSpec;

extern const CpvTableSpec cpv_tables[CPV_N_TABLES];

/* One table of a return, as read: every cell a string ("" when blank),
 * every date cell also parsed once. */
typedef struct
{
  char          *path;        /* NULL: the return has no file for the table */
  guint          n_rows;
  const char   **cells;       /* n_rows × n_columns, in the spec's column order */
  CareplanDate  *dates;       /* same shape; CAREPLAN_DATE_NONE when blank or not a date */
  guint         *lines;       /* each row's line in its file */
  guint         *child_of;    /* each row's child (index into CpvReturn.child_ids) */
} CpvTableData;

/* A return: its tables, and its children (every CHILD id that appears in
 * any table, in the order first seen, Header first), each with its rows. */
typedef struct
{
  CpvTableData   tables[CPV_N_TABLES];
  GPtrArray     *buffers;            /* the files' contents, which the cells point into */
  guint          n_children;
  GPtrArray     *child_ids;          /* const char *, borrowed from buffers */
  GHashTable    *child_index;        /* id → index + 1 */
  /* Rows of child c in table t: row_index[t][row_start[t][c] … row_start[t][c+1]). */
  guint         *row_start[CPV_N_TABLES];
  guint         *row_index[CPV_N_TABLES];
} CpvReturn;

/* @max_file_size: as careplan_ssda903_load_dir_full()'s (0: the default). */
CpvReturn  *cpv_return_load  (const char  *dir,
                              guint64      max_file_size,
                              GError     **error);
void        cpv_return_free  (CpvReturn   *ret);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpvReturn, cpv_return_free)
/* Index of @child_id in @ret, or -1. */
int         cpv_return_find_child (const CpvReturn *ret,
                                   const char      *child_id);

/* Reference data (--reference DIR): see docs/ssda903-validation.md. */
typedef struct
{
  char   *la_code;          /* the authority's code (E10000008) */
  double  easting;          /* ONS grid reference, metres */
  double  northing;
} CpvPostcode;

typedef struct
{
  char         *providers;  /* PLACE_PROVIDER codes, space-separated */
  char         *postcode;
  char         *places;     /* PLACE codes, space-separated */
  CareplanDate  reg_end;    /* registration ended; CAREPLAN_DATE_NONE: still registered */
} CpvProvider;

typedef struct
{
  GHashTable *postcodes;   /* normalised postcode (no spaces, upper case) → CpvPostcode */
  GHashTable *la_codes;    /* old (3-digit) and new (E06…) authority codes → name */
  GHashTable *urns;        /* Ofsted URN → CpvProvider */
  char       *authority;   /* the code of the authority making the return */
} CpvReference;

CpvReference *cpv_reference_load (const char   *dir,
                                  GError      **error);
void          cpv_reference_free (CpvReference *ref);
/* Upper case, no spaces: the key of CpvReference.postcodes. */
char         *cpv_normalise_postcode (const char *text);
/* The postcode's directory entry, or NULL (no reference data, blank or
 * unknown postcode). */
const CpvPostcode *cpv_reference_postcode (const CpvReference *ref, const char *postcode);
/* The authority of a placement postcode as the DfE derives PL_LA: the
 * authority code, or SCO, NIR or WAL outside England; NULL when unknown. */
const char   *cpv_placement_la (const CpvReference *ref, const char *postcode);
/* The distance in miles between two postcodes, as the DfE's guidance
 * computes it (straight line between grid references, 1.6093 km a mile,
 * to one decimal place); FALSE when either is unknown. */
gboolean      cpv_distance (const CpvReference *ref, const char *home, const char *placement,
                            double *miles);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CpvReference, cpv_reference_free)

/* What a check sees. */
typedef struct _CpvContext CpvContext;

typedef struct
{
  guint  n;
  const guint *rows;      /* row indices in the table, in file order */
} CpvRows;

typedef struct
{
  const CpvReturn *ret;
  guint            index;             /* the child's index in ret */
  const char      *id;
  CpvRows          t[CPV_N_TABLES];
  /* The same child in the previous year's return (all n == 0 when there
   * is none, or no previous return was given). */
  const CpvReturn *prev;
  CpvRows          p[CPV_N_TABLES];
} CpvChild;

struct _CpvContext
{
  int                 year;            /* collection year, by its end: 2026 is 2025/26 */
  CareplanDate        start;           /* 1 April of year − 1 */
  CareplanDate        end;             /* 31 March of year */
  const CpvReturn    *ret;
  const CpvReturn    *prev;            /* NULL without --previous */
  const CpvReference *ref;             /* NULL without --reference */
  struct _CpvSink    *sink;
};

typedef struct _CpvCheck CpvCheck;

typedef void (*CpvChildFunc)  (const CpvContext *cx, const CpvChild *child);
typedef void (*CpvReturnFunc) (const CpvContext *cx);

typedef enum
{
  CPV_NEEDS_NOTHING   = 0,
  CPV_NEEDS_PREVIOUS  = 1 << 0,
  CPV_NEEDS_REFERENCE = 1 << 1,
} CpvNeeds;

/* A check: one row.  The table and fields it flags are written
 * "Episodes:DECOM,DEC;Header:DOB" (the first table listed is the one its
 * issues are mostly about). */
struct _CpvCheck
{
  const char                *code;        /* the DfE's code; NULL ends a table of checks */
  const char                *message;     /* the DfE's message text */
  const char                *fields;
  guint16                    first_year;  /* collection years (by their end), 0: open */
  guint16                    last_year;
  const char                *guidance;    /* the guidance item the message names, or NULL */
  CareplanValidationStatus   status;
  CareplanValidationSeverity severity;
  CpvNeeds                   needs;
  CpvChildFunc               per_child;   /* exactly one of these two */
  CpvReturnFunc              whole;
};

/* The check tables, one per source file (careplan-checks-*.c); see
 * careplan-validation-registry.c for how to add one. */
extern const CpvCheck cpv_checks_100[];
extern const CpvCheck cpv_checks_200[];
extern const CpvCheck cpv_checks_300[];
extern const CpvCheck cpv_checks_400[];
extern const CpvCheck cpv_checks_500[];
extern const CpvCheck cpv_checks_600[];
extern const CpvCheck cpv_checks_1000[];
extern const CpvCheck cpv_checks_int[];
extern const CpvCheck cpv_checks_sw[];
extern const CpvCheck cpv_checks_other[];

/* Every check, sorted by code; *n_checks set. */
const CpvCheck * const *cpv_registry_get (guint *n_checks);
const CpvCheck         *cpv_registry_find (const char *code);
gboolean                cpv_check_applies (const CpvCheck *check, int year);
/* Codes in numeric order first ("99" < "100" < "197B"), then as text. */
int                     cpv_compare_codes (const char *a, const char *b);

/* Reporting: flags @row of @table for the check being run. */
void cpv_flag (const CpvContext *cx,
               CpvTable          table,
               guint             row);

/* Cell access.  All take a return, a table, a row and a column. */
static inline const char *
cpv_cell (const CpvReturn *r, CpvTable t, guint row, guint col)
{
  return r->tables[t].cells[row * cpv_tables[t].n_columns + col];
}

static inline gboolean
cpv_blank (const CpvReturn *r, CpvTable t, guint row, guint col)
{
  return *cpv_cell (r, t, row, col) == '\0';
}

static inline CareplanDate
cpv_date (const CpvReturn *r, CpvTable t, guint row, guint col)
{
  return r->tables[t].dates[row * cpv_tables[t].n_columns + col];
}

/* A date cell that holds something other than a valid date. */
static inline gboolean
cpv_bad_date (const CpvReturn *r, CpvTable t, guint row, guint col)
{
  return !cpv_blank (r, t, row, col) && cpv_date (r, t, row, col) == CAREPLAN_DATE_NONE;
}

static inline gboolean
cpv_is (const CpvReturn *r, CpvTable t, guint row, guint col, const char *value)
{
  return strcmp (cpv_cell (r, t, row, col), value) == 0;
}

/* Whether @value is one of the space-separated codes of @list. */
gboolean cpv_in (const char *value, const char *list);

static inline gboolean
cpv_cell_in (const CpvReturn *r, CpvTable t, guint row, guint col, const char *list)
{
  return cpv_in (cpv_cell (r, t, row, col), list);
}

/* Whether any (all) of the cells of columns @first to @last of a row are
 * given (not blank). */
gboolean cpv_any_given (const CpvReturn *ret, CpvTable t, guint row, guint first, guint last);
gboolean cpv_all_given (const CpvReturn *ret, CpvTable t, guint row, guint first, guint last);

/* Age in whole years on @date (corresponding-date rule; 29 February
 * birthdays fall on 1 March in common years); -1 when either date is
 * missing or @date is before @dob. */
int  cpv_age_on (CareplanDate dob, CareplanDate date);

/* The day someone born on @dob turns @age (29 February: 1 March in common
 * years); CAREPLAN_DATE_NONE for no @dob. */
CareplanDate cpv_birthday (CareplanDate dob, guint age);

/* Whether the child was looked after continuously through the collection
 * year, as the DfE's rules use it for OC2: some episode open during the
 * year, and none that starts a period of care after 1 April (RNE S), ends
 * one before 31 March (REC not X1) or is a short break (LS V3, V4) during
 * the year. */
gboolean cpv_continuously_looked_after (const CpvContext *cx,
                                        const CpvChild   *child);

/* The child's date of birth from its (first) Header row, or
 * CAREPLAN_DATE_NONE. */
CareplanDate cpv_child_dob (const CpvChild *child);
/* The child's first Header row, or -1. */
int          cpv_child_header (const CpvChild *child);

/* The order of episodes: DECOM, then DEC (missing dates last), then the
 * cells, never the file's order of rows. */
int  cpv_compare_episodes (const CpvReturn *ret, guint a, guint b);

/* Episodes of @child in cpv_compare_episodes() order: fills @sorted (at
 * least child->t[CPV_EPISODES].n). */
void cpv_episodes_by_decom (const CpvChild *child, guint *sorted);

/* For each row @r of @table of @child, in file order. */
#define CPV_ROWS(child, table, r) \
  for (guint r##_i = 0, r = 0; \
       r##_i < (child)->t[table].n && ((r = (child)->t[table].rows[r##_i]), TRUE); \
       r##_i++)

/* The same over the child's rows in the previous year's return. */
#define CPV_PREV_ROWS(child, table, r) \
  for (guint r##_i = 0, r = 0; \
       r##_i < (child)->p[table].n && ((r = (child)->p[table].rows[r##_i]), TRUE); \
       r##_i++)

/* A check that a code cell is one of a list: @blank_ok says whether a
 * blank cell passes.  Defines `static void name (cx, child)`. */
#define CPV_CODE_CHECK(name, table, column, list, blank_ok)                     \
  static void                                                                  \
  name (const CpvContext *cx, const CpvChild *child)                           \
  {                                                                            \
    CPV_ROWS (child, table, r)                                                 \
      {                                                                        \
        const char *v = cpv_cell (child->ret, table, r, column);               \
        if ((blank_ok) && *v == '\0')                                          \
          continue;                                                            \
        if (!cpv_in (v, list))                                                 \
          cpv_flag (cx, table, r);                                             \
      }                                                                        \
  }

/* A check that a date cell, when not blank, is a valid dd/mm/yyyy date
 * (@blank_ok FALSE: and is not blank). */
#define CPV_DATE_CHECK(name, table, column, blank_ok)                           \
  static void                                                                  \
  name (const CpvContext *cx, const CpvChild *child)                           \
  {                                                                            \
    CPV_ROWS (child, table, r)                                                 \
      if (cpv_bad_date (child->ret, table, r, column) ||                       \
          (!(blank_ok) && cpv_blank (child->ret, table, r, column)))           \
        cpv_flag (cx, table, r);                                               \
  }

/* The child's episode with the earliest (@latest FALSE) or latest DECOM
 * among those @keep accepts (NULL: all) and with a valid DECOM; on a tie,
 * the first (or last) in cpv_compare_episodes() order.  -1 when none. */
int cpv_pick_episode (const CpvChild *child,
                      gboolean        latest,
                      gboolean      (*keep) (const CpvReturn *ret, guint row));

/* Runs the checks (internal entry of CareplanSsda903Validator). */
typedef struct
{
  guint        table;      /* CpvTable */
  guint        row;
  guint        child;      /* index into the return's children */
  const CpvCheck *check;
} CpvIssue;

G_END_DECLS
