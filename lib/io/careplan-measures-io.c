/* careplan-measures-io.c: the files the measures read besides records
 *
 * Two small CSV layouts the user gives (docs/measures.md): a postcode
 * lookup for the sufficiency measures and a comparison file (England,
 * statistical neighbours, a target) for the report.  careplan ships no
 * figures and fetches nothing: both come from the user, and a comparison
 * row must name its source.  Files are read line by line, so a large
 * postcode extract is not held as text; a bad row stops the load with its
 * line number, rather than being dropped.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-measures-io.h"

#include <math.h>
#include <string.h>

#include "careplan-error.h"
#include "careplan-json-private.h"

/* The longest line either file may hold: a row is a few fields. */
#define MAX_LINE 4096

/* Splits one CSV line (RFC 4180 quoting, no line break inside a field)
 * into fields, or returns NULL when a quote is not closed. */
static GPtrArray *
split_csv_line (const char *line)
{
  g_autoptr(GPtrArray) fields = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = line;

  for (;;)
    {
      g_string_truncate (field, 0);
      if (*p == '"')
        {
          p++;
          for (;;)
            {
              if (*p == '\0')
                return NULL;
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p += 2;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p++);
            }
          if (*p != ',' && *p != '\0')
            return NULL;
        }
      else
        while (*p != ',' && *p != '\0')
          g_string_append_c (field, *p++);

      g_ptr_array_add (fields, g_strstrip (g_strdup (field->str)));
      if (*p == '\0')
        break;
      p++;
    }
  return g_steal_pointer (&fields);
}

typedef gboolean (*RowFunc) (GPtrArray   *fields,
                             const int   *columns,
                             gpointer     user_data,
                             GError     **error);

/* Reads @path: a header row naming at least the @required columns (in any
 * order, other columns ignored), then rows handed to @func with the
 * position of each of @names (-1: absent). */
static gboolean
read_csv (const char          *path,
          const char * const  *names,
          guint                n_names,
          guint                n_required,
          RowFunc              func,
          gpointer             user_data,
          GError             **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GDataInputStream) data = NULL;
  g_autoptr(GError) local_error = NULL;
  int columns[16];
  guint line_number = 0;
  gboolean header = TRUE;

  g_assert (n_names <= G_N_ELEMENTS (columns));

  input = g_file_read (file, NULL, &local_error);
  if (input == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", path, local_error->message);
      return FALSE;
    }
  data = g_data_input_stream_new (G_INPUT_STREAM (input));
  g_data_input_stream_set_newline_type (data, G_DATA_STREAM_NEWLINE_TYPE_ANY);

  for (;;)
    {
      gsize length = 0;
      g_autofree char *line = g_data_input_stream_read_line (data, &length, NULL, &local_error);
      g_autoptr(GPtrArray) fields = NULL;
      guint i, j;

      if (line == NULL)
        {
          if (local_error != NULL)
            {
              g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", path, local_error->message);
              return FALSE;
            }
          break;
        }
      line_number++;
      if (length > MAX_LINE || !g_utf8_validate (line, (gssize) length, NULL) || strlen (line) != length)
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                       "%s:%u: not a line of UTF-8 text of at most %d bytes", path, line_number, MAX_LINE);
          return FALSE;
        }
      if (header && line_number == 1 && g_str_has_prefix (line, "\xEF\xBB\xBF"))
        memmove (line, line + 3, length - 2);
      if (*g_strstrip (line) == '\0')
        continue;

      fields = split_csv_line (line);
      if (fields == NULL)
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                       "%s:%u: a quoted field is not closed", path, line_number);
          return FALSE;
        }

      if (header)
        {
          for (i = 0; i < n_names; i++)
            {
              columns[i] = -1;
              for (j = 0; j < fields->len; j++)
                if (g_ascii_strcasecmp (g_ptr_array_index (fields, j), names[i]) == 0)
                  columns[i] = (int) j;
              if (i < n_required && columns[i] < 0)
                {
                  g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                               "%s:1: no column “%s” in the header row", path, names[i]);
                  return FALSE;
                }
            }
          header = FALSE;
          continue;
        }

      /* A short row has empty cells at its end. */
      while (fields->len < 16)
        g_ptr_array_add (fields, g_strdup (""));
      if (!func (fields, columns, user_data, &local_error))
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                       "%s:%u: %s", path, line_number, local_error->message);
          return FALSE;
        }
    }

  if (header)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED, "%s: the file is empty", path);
      return FALSE;
    }
  return TRUE;
}

static const char *
cell (GPtrArray *fields,
      const int *columns,
      guint      name)
{
  return columns[name] >= 0 && (guint) columns[name] < fields->len
         ? g_ptr_array_index (fields, columns[name]) : "";
}

static gboolean
parse_double (const char  *text,
              double      *value,
              GError     **error)
{
  char *end = NULL;

  if (*text == '\0')
    {
      *value = NAN;
      return TRUE;
    }
  *value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (*value))
    {
      g_autofree char *shown = careplan_json_cut_for_message (text);

      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED, "“%s” is not a number", shown);
      return FALSE;
    }
  return TRUE;
}

/* Postcodes */

static const char * const postcode_columns[] = { "postcode", "local_authority", "latitude", "longitude" };
enum { PC_POSTCODE, PC_AUTHORITY, PC_LATITUDE, PC_LONGITUDE };

static gboolean
add_postcode_row (GPtrArray  *fields,
                  const int  *columns,
                  gpointer    user_data,
                  GError    **error)
{
  const char *postcode = cell (fields, columns, PC_POSTCODE);
  const char *authority = cell (fields, columns, PC_AUTHORITY);
  double latitude, longitude;

  if (!parse_double (cell (fields, columns, PC_LATITUDE), &latitude, error) ||
      !parse_double (cell (fields, columns, PC_LONGITUDE), &longitude, error))
    return FALSE;
  if (*authority != '\0')
    {
      const char *c;

      for (c = authority; *c != '\0'; c++)
        if (!g_ascii_isalnum (*c))
          {
            g_autofree char *shown = careplan_json_cut_for_message (authority);

            g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                         "local_authority “%s” is not a code of letters and digits", shown);
            return FALSE;
          }
    }
  if (!careplan_postcodes_add (user_data, postcode, *authority != '\0' ? authority : NULL,
                               latitude, longitude))
    {
      g_autofree char *shown = careplan_json_cut_for_message (postcode);

      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "“%s” is not a postcode with a latitude from -90 to 90 and a longitude from "
                   "-180 to 180 (both or neither)", shown);
      return FALSE;
    }
  return TRUE;
}

/**
 * careplan_postcodes_load_file:
 * @postcodes: the lookup to fill
 * @path: a CSV file
 * @error: return location for a #GError
 *
 * Adds the postcodes of a CSV file to @postcodes. The header row names
 * the columns, in any order: `postcode` (required), `local_authority`
 * (the ONS code of the authority it lies in, such as `E10000008`),
 * `latitude` and `longitude` (decimal degrees, WGS84); other columns are
 * ignored and an empty cell is "not known". An extract of the ONS
 * Postcode Directory with its `pcds`, `oslaua`, `lat` and `long` columns
 * renamed fits. The layout is in `docs/sufficiency.md`.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the file cannot
 *   be read or a row is bad (the rows before it stay added)
 *
 * Since: 0.2
 */
gboolean
careplan_postcodes_load_file (CareplanPostcodes  *postcodes,
                              const char         *path,
                              GError            **error)
{
  g_return_val_if_fail (CAREPLAN_IS_POSTCODES (postcodes), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return read_csv (path, postcode_columns, G_N_ELEMENTS (postcode_columns), 1,
                   add_postcode_row, postcodes, error);
}

/* Comparisons */

typedef struct
{
  char         *measure_id;
  CareplanDate  period_end;   /* CAREPLAN_DATE_NONE: any period */
  double        value;
  char         *label;
  char         *source;
} ComparisonRow;

/**
 * CareplanMeasuresComparison:
 *
 * Figures to compare the measures with, from a CSV file the user gives:
 * England's rate, statistical neighbours, a local target. careplan ships
 * none. The report draws each as a reference line on the measure's chart
 * and a column in its tables, with its label and source.
 *
 * Since: 0.2
 */
struct _CareplanMeasuresComparison
{
  GObject  parent_instance;

  GArray  *rows;   /* ComparisonRow */
};

G_DEFINE_FINAL_TYPE (CareplanMeasuresComparison, careplan_measures_comparison, G_TYPE_OBJECT)

static void
clear_row (gpointer data)
{
  ComparisonRow *row = data;

  g_free (row->measure_id);
  g_free (row->label);
  g_free (row->source);
}

static void
careplan_measures_comparison_finalize (GObject *object)
{
  CareplanMeasuresComparison *self = CAREPLAN_MEASURES_COMPARISON (object);

  g_array_unref (self->rows);

  G_OBJECT_CLASS (careplan_measures_comparison_parent_class)->finalize (object);
}

static void
careplan_measures_comparison_class_init (CareplanMeasuresComparisonClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = careplan_measures_comparison_finalize;
}

static void
careplan_measures_comparison_init (CareplanMeasuresComparison *self)
{
  self->rows = g_array_new (FALSE, TRUE, sizeof (ComparisonRow));
  g_array_set_clear_func (self->rows, clear_row);
}

static const char * const comparison_columns[] = { "measure_id", "value", "label", "source", "period_end" };
enum { CMP_MEASURE, CMP_VALUE, CMP_LABEL, CMP_SOURCE, CMP_PERIOD_END };

static gboolean
add_comparison_row (GPtrArray  *fields,
                    const int  *columns,
                    gpointer    user_data,
                    GError    **error)
{
  CareplanMeasuresComparison *self = user_data;
  ComparisonRow row = { 0 };
  const char *period = cell (fields, columns, CMP_PERIOD_END);
  const char *measure_id = cell (fields, columns, CMP_MEASURE);
  const char *c;

  if (*measure_id == '\0')
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED, "no measure_id");
      return FALSE;
    }
  for (c = measure_id; *c != '\0'; c++)
    if (!g_ascii_isalnum (*c) && *c != '-' && *c != '.' && *c != '_')
      {
        g_autofree char *shown = careplan_json_cut_for_message (measure_id);

        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                     "“%s” is not a measure id", shown);
        return FALSE;
      }
  if (!parse_double (cell (fields, columns, CMP_VALUE), &row.value, error))
    return FALSE;
  if (isnan (row.value))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED, "no value");
      return FALSE;
    }
  if (*cell (fields, columns, CMP_LABEL) == '\0' || *cell (fields, columns, CMP_SOURCE) == '\0')
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "every comparison needs a label and a source (where the figure comes from)");
      return FALSE;
    }
  row.period_end = CAREPLAN_DATE_NONE;
  if (*period != '\0')
    {
      g_autoptr(GError) date_error = NULL;

      row.period_end = careplan_date_parse_iso (period, &date_error);
      if (row.period_end == CAREPLAN_DATE_NONE)
        {
          g_autofree char *shown = careplan_json_cut_for_message (period);

          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                       "period_end “%s” is not a date (YYYY-MM-DD)", shown);
          return FALSE;
        }
    }
  row.measure_id = g_strdup (measure_id);
  row.label = g_strdup (cell (fields, columns, CMP_LABEL));
  row.source = g_strdup (cell (fields, columns, CMP_SOURCE));
  g_array_append_val (self->rows, row);
  return TRUE;
}

/**
 * careplan_measures_comparison_load_file:
 * @path: a CSV file
 * @error: return location for a #GError
 *
 * Reads a comparison file. The header row names the columns, in any
 * order: `measure_id`, `value`, `label`, `source` (all required) and
 * `period_end` (`YYYY-MM-DD`, optional: empty for every period). `value`
 * is in the measure's own unit as the report shows it: a percentage
 * (`52.5` for 52.5 %), days, or children per 10,000. The layout is in
 * `docs/measures.md`.
 *
 * Returns: (transfer full): the comparison, or %NULL with @error set
 *
 * Since: 0.2
 */
CareplanMeasuresComparison *
careplan_measures_comparison_load_file (const char  *path,
                                        GError     **error)
{
  g_autoptr(CareplanMeasuresComparison) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CAREPLAN_TYPE_MEASURES_COMPARISON, NULL);
  if (!read_csv (path, comparison_columns, G_N_ELEMENTS (comparison_columns), 4,
                 add_comparison_row, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * careplan_measures_comparison_get_n_rows:
 * @self: a comparison
 *
 * Gets the number of figures read.
 *
 * Returns: the number of rows
 *
 * Since: 0.2
 */
guint
careplan_measures_comparison_get_n_rows (CareplanMeasuresComparison *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURES_COMPARISON (self), 0);

  return self->rows->len;
}

/**
 * careplan_measures_comparison_lookup:
 * @self: a comparison
 * @measure_id: a measure id
 * @period_end: the last day of the measure's period
 * @value: (out) (optional): the figure, in the measure's unit as shown
 * @label: (out) (optional) (transfer none): its label
 * @source: (out) (optional) (transfer none): where it comes from
 *
 * Finds the figure for a measure and period: a row for that period end,
 * else a row with no period (the first such row in the file).
 *
 * Returns: %TRUE if there is one
 *
 * Since: 0.2
 */
gboolean
careplan_measures_comparison_lookup (CareplanMeasuresComparison  *self,
                                     const char                  *measure_id,
                                     CareplanDate                 period_end,
                                     double                      *value,
                                     const char                 **label,
                                     const char                 **source)
{
  const ComparisonRow *found = NULL;
  guint i;

  g_return_val_if_fail (CAREPLAN_IS_MEASURES_COMPARISON (self), FALSE);
  g_return_val_if_fail (measure_id != NULL, FALSE);

  for (i = 0; i < self->rows->len; i++)
    {
      const ComparisonRow *row = &g_array_index (self->rows, ComparisonRow, i);

      if (!g_str_equal (row->measure_id, measure_id))
        continue;
      if (row->period_end == period_end)
        {
          found = row;
          break;
        }
      if (row->period_end == CAREPLAN_DATE_NONE && found == NULL)
        found = row;
    }
  if (found == NULL)
    return FALSE;
  if (value != NULL)
    *value = found->value;
  if (label != NULL)
    *label = found->label;
  if (source != NULL)
    *source = found->source;
  return TRUE;
}
