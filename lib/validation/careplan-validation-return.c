/* careplan-validation-return.c: an SSDA903 return's tables, as read
 *
 * The checks must see exactly what the authority wrote, so this reads
 * each CSV file whole into memory (a return of 10,000 children is a few
 * megabytes), splits it into cells in place (RFC 4180: quoted cells, ""
 * for a quote, LF, CRLF or CR line ends, a byte-order mark skipped), parses
 * every date cell once, and indexes the rows by child.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "careplan-error.h"
#include "careplan-ssda903.h"
#include "careplan-ssda903-private.h"
#include "careplan-validation-private.h"

#define BIT(c) (1u << (c))

const CpvTableSpec cpv_tables[CPV_N_TABLES] = {
  [CPV_HEADER] = { "Header", "header.csv", HD_N,
    { "CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB" },
    BIT (HD_DOB) | BIT (HD_MC_DOB) },
  [CPV_EPISODES] = { "Episodes", "episodes.csv", EP_N,
    { "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
      "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN" },
    BIT (EP_DECOM) | BIT (EP_DEC) },
  [CPV_REVIEWS] = { "Reviews", "reviews.csv", RV_N,
    { "CHILD", "DOB", "REVIEW", "REVIEW_CODE" },
    BIT (RV_DOB) | BIT (RV_REVIEW) },
  [CPV_UASC] = { "UASC", "uasc.csv", UA_N,
    { "CHILD", "SEX", "DOB", "DUC" },
    BIT (UA_DOB) | BIT (UA_DUC) },
  [CPV_OC2] = { "OC2", "oc2.csv", O2_N,
    { "CHILD", "DOB", "SDQ_SCORE", "SDQ_REASON", "CONVICTED", "HEALTH_CHECK",
      "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT", "SUBSTANCE_MISUSE",
      "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED" },
    BIT (O2_DOB) },
  [CPV_OC3] = { "OC3", "oc3.csv", O3_N,
    { "CHILD", "DOB", "IN_TOUCH", "ACTIV", "ACCOM" },
    BIT (O3_DOB) },
  [CPV_AD1] = { "AD1", "ad1.csv", AD_N,
    { "CHILD", "DOB", "DATE_INT", "DATE_MATCH", "FOSTER_CARE", "NB_ADOPTR",
      "SEX_ADOPTR", "LS_ADOPTR" },
    BIT (AD_DOB) | BIT (AD_DATE_INT) | BIT (AD_DATE_MATCH) },
  [CPV_PLACED_ADOPTION] = { "PlacedAdoption", "placed_for_adoption.csv", PA_N,
    { "CHILD", "DOB", "DATE_PLACED", "DATE_PLACED_CEASED", "REASON_PLACED_CEASED" },
    BIT (PA_DOB) | BIT (PA_DATE_PLACED) | BIT (PA_DATE_PLACED_CEASED) },
  [CPV_PREV_PERM] = { "PrevPerm", "previous_permanence.csv", PP_N,
    { "CHILD", "DOB", "PREV_PERM", "LA_PERM", "DATE_PERM" },
    BIT (PP_DOB) },
  [CPV_MISSING] = { "Missing", "missing.csv", MI_N,
    { "CHILD", "DOB", "MISSING", "MIS_START", "MIS_END" },
    BIT (MI_DOB) | BIT (MI_MIS_START) | BIT (MI_MIS_END) },
  [CPV_SW_EPISODES] = { "SWEpisodes", "sw_episodes.csv", SW_N,
    { "CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON" },
    BIT (SW_DOB) | BIT (SW_SW_DECOM) | BIT (SW_SW_DEC) },
  [CPV_DOLO] = { "DoLo", "dolo.csv", DL_N,
    { "CHILD", "DOB", "DOLO_START", "DOLO_END" },
    BIT (DL_DOB) | BIT (DL_DOLO_START) | BIT (DL_DOLO_END) },
};

static const char empty_cell[] = "";

/* Splits @buffer (nul-terminated, @length bytes) into rows of cells, in
 * place.  Each row's cells go to @cells (pointers into @buffer); @lines gets
 * each row's first line.  Returns FALSE for a quoted cell never closed. */
static gboolean
split_csv (char       *buffer,
           gsize       length,
           GPtrArray  *cells,
           GArray     *row_ends,
           GArray     *lines,
           guint      *bad_line)
{
  char *p = buffer, *end = buffer + length;
  guint line = 1;

  if (length >= 3 && memcmp (p, "\xef\xbb\xbf", 3) == 0)
    p += 3;

  while (p < end)
    {
      guint row_line = line;
      guint first = cells->len;
      gboolean row_done = FALSE;

      /* An empty line is no row. */
      if (*p == '\n' || *p == '\r')
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          line++;
          continue;
        }

      while (!row_done)
        {
          char *out = p, *start = p;

          if (p < end && *p == '"')
            {
              guint quote_line = line;

              p++;
              for (;;)
                {
                  if (p >= end)
                    {
                      *bad_line = quote_line;
                      return FALSE;
                    }
                  if (*p == '"')
                    {
                      if (p + 1 < end && p[1] == '"')
                        {
                          *out++ = '"';
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }
                  if (*p == '\n')
                    line++;
                  *out++ = *p++;
                }
              /* Text after the closing quote ("a"b) is kept, as most readers do. */
              while (p < end && *p != ',' && *p != '\n' && *p != '\r')
                *out++ = *p++;
            }
          else
            {
              while (p < end && *p != ',' && *p != '\n' && *p != '\r')
                p++;
              out = p;
            }

          if (p >= end || *p == '\n' || *p == '\r')
            {
              row_done = TRUE;
              if (p < end)
                {
                  if (*p == '\r' && p + 1 < end && p[1] == '\n')
                    *p++ = '\0';
                  line++;
                }
            }
          g_ptr_array_add (cells, out == start ? (char *) empty_cell : start);
          if (p < end)
            *p++ = '\0';
          *out = '\0';
        }

      (void) first;
      g_array_append_val (row_ends, cells->len);
      g_array_append_val (lines, row_line);
    }

  return TRUE;
}

/* The table whose every column the header row names; the one with the
 * most columns when several do (so DoLo's four columns do not take a
 * Reviews file).  -1 when none. */
static int
match_table (char **headers,
             guint  n_headers,
             int   *map)
{
  int best = -1;

  for (int t = 0; t < CPV_N_TABLES; t++)
    {
      const CpvTableSpec *spec = &cpv_tables[t];
      gboolean all = TRUE;

      for (guint c = 0; c < spec->n_columns && all; c++)
        {
          gboolean found = FALSE;
          for (guint h = 0; h < n_headers && !found; h++)
            found = g_ascii_strcasecmp (g_strstrip (headers[h]), spec->columns[c]) == 0;
          all = found;
        }
      if (all && (best < 0 || spec->n_columns > cpv_tables[best].n_columns))
        best = t;
    }

  if (best >= 0)
    {
      const CpvTableSpec *spec = &cpv_tables[best];
      for (guint c = 0; c < spec->n_columns; c++)
        for (guint h = 0; h < n_headers; h++)
          if (g_ascii_strcasecmp (headers[h], spec->columns[c]) == 0)
            {
              map[c] = (int) h;
              break;
            }
    }
  return best;
}

static gboolean
load_file (CpvReturn   *ret,
           GPtrArray   *buffers,
           const char  *path,
           guint64      max_bytes,
           GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  g_autoptr(GArray) row_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));
  char *buffer = NULL;
  gsize length = 0;
  guint bad_line = 0;
  int map[CPV_MAX_COLUMNS];
  guint n_header, n_rows;
  CpvTableData *data;
  const CpvTableSpec *spec;
  int t;

  /* As the SSDA903 reader: regular files, @max_bytes at most, refused
   * before they are read (the file is read whole). */
  {
    GStatBuf info;
    gboolean known = g_stat (path, &info) == 0;   /* else g_file_get_contents() says why */

    if (known && !S_ISREG (info.st_mode))
      {
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                     "%s: cannot read: not a regular file (careplan reads regular files only)", path);
        return FALSE;
      }
    if (known && (guint64) info.st_size > max_bytes)
      {
        g_autofree char *size = g_format_size_full ((guint64) info.st_size, G_FORMAT_SIZE_IEC_UNITS);
        g_autofree char *limit = g_format_size_full (max_bytes, G_FORMAT_SIZE_IEC_UNITS);

        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                     "%s: too big to read (%s; the SSDA903 reader reads at most %s "
                     "from one file of a return)", path, size, limit);
        return FALSE;
      }
  }

  if (!g_file_get_contents (path, &buffer, &length, &local_error))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", path, local_error->message);
      return FALSE;
    }
  g_ptr_array_add (buffers, buffer);

  if (!g_utf8_validate (buffer, (gssize) length, NULL))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s: not UTF-8 text (save the file as UTF-8)", path);
      return FALSE;
    }
  if (!split_csv (buffer, length, cells, row_ends, lines, &bad_line))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s:%u: a quoted cell is never closed (malformed CSV)", path, bad_line);
      return FALSE;
    }
  if (row_ends->len == 0)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s: empty file, no header row", path);
      return FALSE;
    }

  n_header = g_array_index (row_ends, guint, 0);
  t = match_table ((char **) cells->pdata, n_header, map);
  if (t < 0)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s:1: the header row is not that of an SSDA903 table", path);
      return FALSE;
    }
  spec = &cpv_tables[t];
  data = &ret->tables[t];
  if (data->path != NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s: a second file for the %s table (the first is %s)",
                   path, spec->name, data->path);
      return FALSE;
    }

  n_rows = row_ends->len - 1;
  data->path = g_strdup (path);
  data->n_rows = n_rows;
  data->cells = g_new (const char *, (gsize) n_rows * spec->n_columns);
  data->dates = g_new0 (CareplanDate, (gsize) n_rows * spec->n_columns);
  data->lines = g_new (guint, n_rows);
  data->child_of = g_new (guint, n_rows);

  for (guint r = 0; r < n_rows; r++)
    {
      guint first = g_array_index (row_ends, guint, r);
      guint last = g_array_index (row_ends, guint, r + 1);
      const char **row = data->cells + (gsize) r * spec->n_columns;
      CareplanDate *dates = data->dates + (gsize) r * spec->n_columns;

      data->lines[r] = g_array_index (lines, guint, r + 1);
      for (guint c = 0; c < spec->n_columns; c++)
        {
          guint at = first + (guint) map[c];
          /* A short row: the missing cells are blank. */
          row[c] = at < last ? g_ptr_array_index (cells, at) : empty_cell;
          if ((spec->date_columns & BIT (c)) && row[c][0] != '\0')
            {
              CareplanDate date;
              const char *why;
              if (careplan_ssda903_parse_date (row[c], &date, &why))
                dates[c] = date;
            }
        }
    }

  return TRUE;
}

static guint
intern_child (CpvReturn  *ret,
              const char *id)
{
  gpointer found = g_hash_table_lookup (ret->child_index, id);

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  g_ptr_array_add (ret->child_ids, (gpointer) id);
  g_hash_table_insert (ret->child_index, (gpointer) id, GUINT_TO_POINTER (ret->child_ids->len));
  return ret->child_ids->len - 1;
}

static void
index_children (CpvReturn *ret)
{
  ret->child_ids = g_ptr_array_new ();
  ret->child_index = g_hash_table_new (g_str_hash, g_str_equal);

  for (int t = 0; t < CPV_N_TABLES; t++)
    {
      CpvTableData *data = &ret->tables[t];
      for (guint r = 0; r < data->n_rows; r++)
        data->child_of[r] = intern_child (ret, cpv_cell (ret, t, r, 0));
    }
  ret->n_children = ret->child_ids->len;

  for (int t = 0; t < CPV_N_TABLES; t++)
    {
      CpvTableData *data = &ret->tables[t];
      guint *start = g_new0 (guint, ret->n_children + 1);
      guint *index = g_new (guint, data->n_rows + 1);
      g_autofree guint *fill = NULL;

      for (guint r = 0; r < data->n_rows; r++)
        start[data->child_of[r] + 1]++;
      for (guint c = 0; c < ret->n_children; c++)
        start[c + 1] += start[c];
      fill = g_memdup2 (start, sizeof (guint) * (ret->n_children + 1));
      for (guint r = 0; r < data->n_rows; r++)
        index[fill[data->child_of[r]]++] = r;

      ret->row_start[t] = start;
      ret->row_index[t] = index;
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

CpvReturn *
cpv_return_load (const char  *dir,
                 guint64      max_file_size,
                 GError     **error)
{
  g_autoptr(CpvReturn) ret = g_new0 (CpvReturn, 1);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *buffers = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  ret->buffers = buffers;

  handle = g_dir_open (dir, 0, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", dir, local_error->message);
      return NULL;
    }
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".csv") || g_str_has_suffix (name, ".CSV"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  if (names->len == 0)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s: no CSV files (an SSDA903 return is one CSV file per table)", dir);
      return NULL;
    }

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      if (!load_file (ret, buffers, path,
                      max_file_size != 0 ? max_file_size : CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE,
                      error))
        return NULL;
    }

  /* A table with no file has no rows. */
  for (int t = 0; t < CPV_N_TABLES; t++)
    if (ret->tables[t].path == NULL)
      {
        ret->tables[t].cells = g_new (const char *, 1);
        ret->tables[t].dates = g_new0 (CareplanDate, 1);
        ret->tables[t].lines = g_new (guint, 1);
        ret->tables[t].child_of = g_new (guint, 1);
      }

  index_children (ret);
  return g_steal_pointer (&ret);
}

void
cpv_return_free (CpvReturn *ret)
{
  if (ret == NULL)
    return;
  for (int t = 0; t < CPV_N_TABLES; t++)
    {
      CpvTableData *data = &ret->tables[t];
      g_free (data->path);
      g_free (data->cells);
      g_free (data->dates);
      g_free (data->lines);
      g_free (data->child_of);
      g_free (ret->row_start[t]);
      g_free (ret->row_index[t]);
    }
  g_clear_pointer (&ret->buffers, g_ptr_array_unref);
  g_clear_pointer (&ret->child_ids, g_ptr_array_unref);
  g_clear_pointer (&ret->child_index, g_hash_table_unref);
  g_free (ret);
}

int
cpv_return_find_child (const CpvReturn *ret,
                       const char      *child_id)
{
  gpointer found = g_hash_table_lookup (ret->child_index, child_id);
  return found != NULL ? (int) GPOINTER_TO_UINT (found) - 1 : -1;
}
