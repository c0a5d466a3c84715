/* careplan-measures-writer.c: cohort measures as text, JSON, CSV or HTML
 *
 * A measure carries the ids of every child behind it, so a report on a
 * large cohort is large: each format appends to a buffer that goes to the
 * stream measure by measure.  JSON and CSV are escaped by hand, with the
 * findings writer's helpers (careplan-output.c), rather than through a
 * JsonGenerator that would need the whole tree.  The HTML page is in careplan-report-html.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-measures-io.h"
#include "careplan-measures.h"

#include <string.h>

#include "careplan-error.h"
#include "careplan-measures-private.h"
#include "careplan-measures-writer-private.h"
#include "careplan-output-private.h"


#define FLUSH_THRESHOLD (64 * 1024)

/* Shared helpers */

gboolean
careplan_measures_sink_flush (CareplanMeasuresSink *sink,
                              gboolean              force)
{
  if (sink->error != NULL)
    return FALSE;
  if (sink->stream == NULL || (!force && sink->buffer->len < FLUSH_THRESHOLD))
    return TRUE;

  if (sink->buffer->len > 0 &&
      !g_output_stream_write_all (sink->stream, sink->buffer->str, sink->buffer->len,
                                  NULL, NULL, &sink->error))
    return FALSE;
  g_string_truncate (sink->buffer, 0);

  return !force || g_output_stream_flush (sink->stream, NULL, &sink->error);
}

const char *
careplan_measures_valid_utf8 (const char  *text,
                              char       **repaired)
{
  return careplan_output_valid_utf8 (text, repaired);
}

char *
careplan_measures_format_value (CareplanMeasure *measure,
                                double           rate)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* g_ascii_formatd: the same text whatever the locale's decimal mark. */
  switch (careplan_measure_get_scale (measure))
    {
    case CAREPLAN_MEASURE_SCALE_MEAN_DAYS:
      return g_strdup_printf ("%s days", g_ascii_formatd (number, sizeof number, "%.1f", rate));
    case CAREPLAN_MEASURE_SCALE_PER_10000:
      return g_strdup_printf ("%s per 10,000", g_ascii_formatd (number, sizeof number, "%.1f", rate));
    case CAREPLAN_MEASURE_SCALE_PERCENTAGE:
    default:
      return g_strdup_printf ("%s %%", g_ascii_formatd (number, sizeof number, "%.1f", rate * 100.0));
    }
}

char *
careplan_measures_format_rate (CareplanMeasure *measure)
{
  if (careplan_measure_get_result (measure) == CAREPLAN_MEASURE_RESULT_NO_DATA)
    return g_strdup ("no data");
  if (!careplan_measure_has_rate (measure))
    return g_strdup ("no rate");

  return careplan_measures_format_value (measure, careplan_measure_get_rate (measure));
}

gboolean
careplan_measures_comparison_rate (CareplanMeasuresComparison *comparison,
                                   CareplanMeasure            *measure,
                                   double                     *rate,
                                   const char                **label)
{
  double value;

  if (comparison == NULL ||
      !careplan_measures_comparison_lookup (comparison, careplan_measure_get_id (measure),
                                            careplan_measure_get_period_end (measure),
                                            &value, label, NULL))
    return FALSE;
  /* The file writes percentages as people read them (52.5). */
  *rate = careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_PERCENTAGE ? value / 100.0 : value;
  return TRUE;
}

static void
free_series (gpointer data)
{
  CareplanMeasuresSeries *series = data;

  g_ptr_array_unref (series->measures);
  g_free (series);
}

static gint
compare_by_period_end (gconstpointer a,
                       gconstpointer b)
{
  CareplanMeasure *x = *(CareplanMeasure * const *) a;
  CareplanMeasure *y = *(CareplanMeasure * const *) b;
  CareplanDate dx = careplan_measure_get_period_end (x);
  CareplanDate dy = careplan_measure_get_period_end (y);

  return dx < dy ? -1 : dx > dy ? 1 : 0;
}

static gint
compare_dates (gconstpointer a,
               gconstpointer b)
{
  CareplanDate x = *(const CareplanDate *) a;
  CareplanDate y = *(const CareplanDate *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

GPtrArray *
careplan_measures_group_series (GListModel  *measures,
                                GArray     **period_ends)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *all = g_ptr_array_new_with_free_func (free_series);
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (CareplanDate));
  guint i, j, n = g_list_model_get_n_items (measures);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);
      CareplanMeasuresSeries *series = g_hash_table_lookup (by_id, careplan_measure_get_id (measure));
      CareplanDate end = careplan_measure_get_period_end (measure);
      gboolean known = FALSE;

      if (series == NULL)
        {
          series = g_new0 (CareplanMeasuresSeries, 1);
          series->id = careplan_measure_get_id (measure);
          series->measures = g_ptr_array_new ();
          g_hash_table_insert (by_id, (gpointer) series->id, series);
          g_ptr_array_add (all, series);
        }
      /* The model keeps the measure alive. */
      g_ptr_array_add (series->measures, measure);

      for (j = 0; j < ends->len && !known; j++)
        known = g_array_index (ends, CareplanDate, j) == end;
      if (!known)
        g_array_append_val (ends, end);
    }
  for (i = 0; i < all->len; i++)
    g_ptr_array_sort (((CareplanMeasuresSeries *) g_ptr_array_index (all, i))->measures,
                      compare_by_period_end);
  g_array_sort (ends, compare_dates);

  if (period_ends != NULL)
    *period_ends = ends;
  else
    g_array_unref (ends);
  return all;
}

CareplanMeasure *
careplan_measures_series_latest (CareplanMeasuresSeries *series)
{
  return g_ptr_array_index (series->measures, series->measures->len - 1);
}

const char *
careplan_measures_local_authority (GListModel *measures)
{
  guint i, n = g_list_model_get_n_items (measures);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);
      const char *value = careplan_measure_get_parameter_value (measure, "local_authority");

      if (value != NULL && *value != '\0' && g_str_has_prefix (careplan_measure_get_id (measure), "sufficiency."))
        return value;   /* the model keeps the measure, and the value, alive */
    }
  return NULL;
}

/* "child" for one child, the unit otherwise ("reviews" → "review"). */
static const char *
unit_noun (CareplanMeasure *measure,
           guint            count,
           char            *buffer,
           gsize            size)
{
  const char *unit = careplan_measure_get_unit (measure);
  gsize length;

  if (unit == NULL)
    unit = "items";
  if (count != 1)
    return unit;
  if (g_str_equal (unit, "children"))
    return "child";

  length = strlen (unit);
  if (length > 1 && unit[length - 1] == 's' && length < size)
    {
      memcpy (buffer, unit, length - 1);
      buffer[length - 1] = '\0';
      return buffer;
    }
  return unit;
}

char *
careplan_measures_format_counts (CareplanMeasure *measure)
{
  guint numerator = careplan_measure_get_numerator (measure);
  guint denominator = careplan_measure_get_denominator (measure);
  char singular[64];

  if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS)
    return g_strdup_printf ("%u %s, %u days in all", denominator,
                            unit_noun (measure, denominator, singular, sizeof singular), numerator);
  if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_PER_10000)
    return denominator > 0
           ? g_strdup_printf ("%u %s in a population of %u", numerator,
                              unit_noun (measure, numerator, singular, sizeof singular), denominator)
           : g_strdup_printf ("%u %s; no population given", numerator,
                              unit_noun (measure, numerator, singular, sizeof singular));

  return g_strdup_printf ("%u of %u %s", numerator, denominator,
                          unit_noun (measure, denominator, singular, sizeof singular));
}

const char *
careplan_measures_confirmation_label (CareplanConfirmation confirmation)
{
  switch (confirmation)
    {
    case CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY:
      return "confirmed in the legislation";
    case CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY:
      return "confirmed in a secondary source";
    case CAREPLAN_CONFIRMATION_VALIDATOR:
      return "as the SSDA903 validator counts it";
    case CAREPLAN_CONFIRMATION_UNCONFIRMED:
      return "counting rule unconfirmed";
    case CAREPLAN_CONFIRMATION_LOCAL:
      return "local measure";
    default:
      return "";
    }
}

static void
append_rate_number (GString *out,
                    double   rate)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  /* 15 significant digits read back as the same double for most rates
   * (0.25, 0.3, 412.5); the others need 17. */
  g_ascii_formatd (number, sizeof number, "%.15g", rate);
  if (g_ascii_strtod (number, NULL) != rate)
    g_ascii_formatd (number, sizeof number, "%.17g", rate);
  g_string_append (out, number);
}

/* A measure's ids and items, read in order (from memory or straight from
 * its spool), written as they come with the buffer flushed on the way. */
enum { ITEMS_NUMERATOR_IDS, ITEMS_DENOMINATOR_IDS, ITEMS_JSON };

typedef struct
{
  CareplanMeasuresSink *sink;
  int                   what;
  gboolean              first;
  GString              *joined;   /* CSV: the ids joined here, not written */
} ItemsOut;

static void
write_item (const char *child_id,
            gboolean    counted,
            int         value,
            const char *note,
            gpointer    user_data)
{
  ItemsOut *items = user_data;
  GString *out = items->sink->buffer;

  if (items->joined != NULL)
    {
      /* CSV: the ids of the numerator or of the denominator in one field. */
      if (items->what == ITEMS_NUMERATOR_IDS && !counted)
        return;
      if (!items->first)
        g_string_append_c (items->joined, ';');
      g_string_append (items->joined, child_id);
      items->first = FALSE;
      return;
    }

  switch (items->what)
    {
    case ITEMS_NUMERATOR_IDS:
    case ITEMS_DENOMINATOR_IDS:
      if (items->what == ITEMS_NUMERATOR_IDS && !counted)
        return;
      if (!items->first)
        g_string_append_c (out, ',');
      careplan_output_append_json_string (out, child_id);
      break;
    case ITEMS_JSON:
      /* A million children give about 17 million items: the literals are
       * appended with their lengths known. */
      if (items->first)
        careplan_output_append_literal (out, "\n    {\"child\":");
      else
        careplan_output_append_literal (out, ",\n    {\"child\":");
      careplan_output_append_json_string (out, child_id);
      if (counted)
        careplan_output_append_literal (out, ",\"counted\":true,\"value\":");
      else
        careplan_output_append_literal (out, ",\"counted\":false,\"value\":");
      if (value < 0)
        careplan_output_append_literal (out, "null");
      else
        g_string_append_printf (out, "%d", value);
      careplan_output_append_literal (out, ",\"note\":");
      careplan_output_append_json_string (out, note);
      g_string_append_c (out, '}');
      break;
    default:
      g_assert_not_reached ();
    }
  items->first = FALSE;
  careplan_measures_sink_flush (items->sink, FALSE);
}

static void
write_items (CareplanMeasuresSink *sink,
             CareplanMeasure      *measure,
             int                   what,
             GString              *joined)
{
  ItemsOut items = { sink, what, TRUE, joined };
  g_autoptr(GError) error = NULL;

  if (!careplan_measure_foreach_item (measure, write_item, &items, &error) && sink->error == NULL)
    sink->error = g_steal_pointer (&error);
}

/* JSON */

static void
append_json_measure (CareplanMeasuresSink       *sink,
                     CareplanMeasure            *measure,
                     CareplanMeasuresComparison *comparison)
{
  GString *out = sink->buffer;
  const char * const *names = careplan_measure_get_parameter_names (measure);
  const char *label = NULL;
  const char *source = NULL;
  double value;
  guint i;

  g_string_append (out, "{\"id\":");
  careplan_output_append_json_string (out, careplan_measure_get_id (measure));
  g_string_append (out, ",\"title\":");
  careplan_output_append_json_string (out, careplan_measure_get_title (measure));
  g_string_append (out, ",\"kind\":");
  careplan_output_append_json_string (out, careplan_measure_kind_to_string (careplan_measure_get_kind (measure)));
  g_string_append (out, ",\"status\":");
  careplan_output_append_json_string (out, careplan_confirmation_to_string (careplan_measure_get_confirmation (measure)));
  g_string_append (out, ",\"group\":");
  careplan_output_append_json_string (out, careplan_measure_get_group (measure));
  g_string_append (out, ",\"period\":{\"start\":");
  careplan_output_append_json_date (out, careplan_measure_get_period_start (measure));
  g_string_append (out, ",\"end\":");
  careplan_output_append_json_date (out, careplan_measure_get_period_end (measure));
  g_string_append (out, "},\"result\":");
  careplan_output_append_json_string (out, careplan_measure_result_to_string (careplan_measure_get_result (measure)));
  g_string_append (out, ",\"result_note\":");
  if (careplan_measure_get_result_note (measure) != NULL)
    careplan_output_append_json_string (out, careplan_measure_get_result_note (measure));
  else
    g_string_append (out, "null");
  g_string_append (out, ",\"definition\":");
  careplan_output_append_json_string (out, careplan_measure_get_definition (measure));
  g_string_append (out, ",\"citation\":{\"instrument\":");
  careplan_output_append_json_string (out, careplan_measure_get_instrument (measure));
  g_string_append (out, ",\"provision\":");
  careplan_output_append_json_string (out, careplan_measure_get_provision (measure));
  g_string_append (out, ",\"url\":");
  careplan_output_append_json_string (out, careplan_measure_get_url (measure));
  g_string_append (out, "},\"scale\":");
  careplan_output_append_json_string (out, careplan_measure_scale_to_string (careplan_measure_get_scale (measure)));
  g_string_append (out, ",\"unit\":");
  careplan_output_append_json_string (out, careplan_measure_get_unit (measure));
  g_string_append_printf (out, ",\"numerator\":%u,\"denominator\":%u,\"rate\":",
                          careplan_measure_get_numerator (measure), careplan_measure_get_denominator (measure));
  if (careplan_measure_has_rate (measure))
    append_rate_number (out, careplan_measure_get_rate (measure));
  else
    g_string_append (out, "null");

  g_string_append (out, ",\"comparison\":");
  if (comparison != NULL &&
      careplan_measures_comparison_lookup (comparison, careplan_measure_get_id (measure),
                                           careplan_measure_get_period_end (measure),
                                           &value, &label, &source))
    {
      g_string_append (out, "{\"value\":");
      append_rate_number (out, value);
      g_string_append (out, ",\"label\":");
      careplan_output_append_json_string (out, label);
      g_string_append (out, ",\"source\":");
      careplan_output_append_json_string (out, source);
      g_string_append_c (out, '}');
    }
  else
    g_string_append (out, "null");

  g_string_append (out, ",\"parameters\":[");
  for (i = 0; names[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"name\":");
      careplan_output_append_json_string (out, names[i]);
      g_string_append (out, ",\"value\":");
      careplan_output_append_json_string (out, careplan_measure_get_parameter_value (measure, names[i]));
      g_string_append (out, ",\"unit\":");
      careplan_output_append_json_string (out, careplan_measure_get_parameter_unit (measure, names[i]));
      g_string_append (out, ",\"description\":");
      careplan_output_append_json_string (out, careplan_measure_get_parameter_description (measure, names[i]));
      g_string_append_c (out, '}');
    }
  g_string_append (out, "],\n   \"numerator_ids\":[");
  write_items (sink, measure, ITEMS_NUMERATOR_IDS, NULL);
  g_string_append (out, "],\n   \"denominator_ids\":[");
  write_items (sink, measure, ITEMS_DENOMINATOR_IDS, NULL);
  g_string_append (out, "],\n   \"items\":[");
  write_items (sink, measure, ITEMS_JSON, NULL);
  g_string_append (out, "]}");
}

static void
write_json (GListModel           *measures,
            CareplanMeasuresSink *sink)
{
  guint n = g_list_model_get_n_items (measures);
  g_autoptr(GArray) ends = NULL;
  g_autoptr(GPtrArray) series = careplan_measures_group_series (measures, &ends);
  CareplanMeasure *latest = NULL;
  const char *authority = careplan_measures_local_authority (measures);
  guint i, j;

  /* "period" is the latest period (the only one without a series);
   * "periods" lists every period end of a series, oldest first. */
  for (i = 0; i < n && latest == NULL; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      if (careplan_measure_get_period_end (measure) == g_array_index (ends, CareplanDate, ends->len - 1))
        latest = measure;   /* the model keeps it alive */
    }
  g_string_append (sink->buffer, "{\"period\":");
  if (latest == NULL)
    g_string_append (sink->buffer, "null");
  else
    {
      g_string_append (sink->buffer, "{\"start\":");
      careplan_output_append_json_date (sink->buffer, careplan_measure_get_period_start (latest));
      g_string_append (sink->buffer, ",\"end\":");
      careplan_output_append_json_date (sink->buffer, careplan_measure_get_period_end (latest));
      g_string_append_c (sink->buffer, '}');
    }
  g_string_append (sink->buffer, ",\"periods\":[");
  for (i = 0; i < ends->len; i++)
    {
      if (i > 0)
        g_string_append_c (sink->buffer, ',');
      careplan_output_append_json_date (sink->buffer, g_array_index (ends, CareplanDate, i));
    }
  g_string_append (sink->buffer, "],\"local_authority\":");
  if (authority != NULL)
    careplan_output_append_json_string (sink->buffer, authority);
  else
    g_string_append (sink->buffer, "null");

  /* The series in long form: one row per measure and period. */
  g_string_append (sink->buffer, ",\n \"series\":[");
  for (i = 0, n = 0; i < series->len; i++)
    {
      CareplanMeasuresSeries *one = g_ptr_array_index (series, i);

      for (j = 0; j < one->measures->len; j++, n++)
        {
          CareplanMeasure *measure = g_ptr_array_index (one->measures, j);

          g_string_append (sink->buffer, n > 0 ? ",\n  " : "\n  ");
          g_string_append (sink->buffer, "{\"measure\":");
          careplan_output_append_json_string (sink->buffer, careplan_measure_get_id (measure));
          g_string_append (sink->buffer, ",\"period_end\":");
          careplan_output_append_json_date (sink->buffer, careplan_measure_get_period_end (measure));
          g_string_append_printf (sink->buffer, ",\"numerator\":%u,\"denominator\":%u,\"rate\":",
                                  careplan_measure_get_numerator (measure),
                                  careplan_measure_get_denominator (measure));
          if (careplan_measure_has_rate (measure))
            append_rate_number (sink->buffer, careplan_measure_get_rate (measure));
          else
            g_string_append (sink->buffer, "null");
          g_string_append (sink->buffer, ",\"result\":");
          careplan_output_append_json_string (sink->buffer,
                                              careplan_measure_result_to_string (careplan_measure_get_result (measure)));
          g_string_append_c (sink->buffer, '}');
        }
    }
  g_string_append (sink->buffer, n > 0 ? "\n ],\n \"measures\":[" : "],\"measures\":[");

  n = g_list_model_get_n_items (measures);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      g_string_append (sink->buffer, i > 0 ? ",\n  " : "\n  ");
      append_json_measure (sink, measure, sink->comparison);
      if (!careplan_measures_sink_flush (sink, FALSE))
        return;
    }
  g_string_append (sink->buffer, n > 0 ? "\n]}\n" : "]}\n");
}

/* CSV (RFC 4180, LF line ends) */

/* A measure's ids of one kind joined with ';', as one field. */
static void
append_csv_ids (CareplanMeasuresSink *sink,
                CareplanMeasure      *measure,
                int                   what)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  write_items (sink, measure, what, joined);
  careplan_output_append_csv_field (sink->buffer, joined->str);
}

static const char csv_header[] =
  "id,kind,status,title,scale,unit,numerator,denominator,rate,period_start,period_end,"
  "instrument,provision,url,numerator_ids,denominator_ids,result,result_note,comparison_label,"
  "comparison_value\n";

static void
append_csv_measure (CareplanMeasuresSink       *sink,
                    CareplanMeasure            *measure,
                    CareplanMeasuresComparison *comparison)
{
  GString *out = sink->buffer;
  const char *label = NULL;
  double value;

  careplan_output_append_csv_field (out, careplan_measure_get_id (measure));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_measure_kind_to_string (careplan_measure_get_kind (measure)));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_confirmation_to_string (careplan_measure_get_confirmation (measure)));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_measure_get_title (measure));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_measure_scale_to_string (careplan_measure_get_scale (measure)));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_measure_get_unit (measure));
  g_string_append_printf (out, ",%u,%u,", careplan_measure_get_numerator (measure),
                          careplan_measure_get_denominator (measure));
  if (careplan_measure_has_rate (measure))
    append_rate_number (out, careplan_measure_get_rate (measure));
  g_string_append_c (out, ',');
  careplan_output_append_iso_date (out, careplan_measure_get_period_start (measure));
  g_string_append_c (out, ',');
  careplan_output_append_iso_date (out, careplan_measure_get_period_end (measure));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_measure_get_instrument (measure));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_measure_get_provision (measure));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_measure_get_url (measure));
  g_string_append_c (out, ',');
  append_csv_ids (sink, measure, ITEMS_NUMERATOR_IDS);
  g_string_append_c (out, ',');
  append_csv_ids (sink, measure, ITEMS_DENOMINATOR_IDS);
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_measure_result_to_string (careplan_measure_get_result (measure)));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_measure_get_result_note (measure) != NULL
                                         ? careplan_measure_get_result_note (measure) : "");
  g_string_append_c (out, ',');
  if (comparison != NULL &&
      careplan_measures_comparison_lookup (comparison, careplan_measure_get_id (measure),
                                           careplan_measure_get_period_end (measure),
                                           &value, &label, NULL))
    {
      careplan_output_append_csv_field (out, label);
      g_string_append_c (out, ',');
      append_rate_number (out, value);
    }
  else
    g_string_append_c (out, ',');
  g_string_append_c (out, '\n');
}

static void
write_csv (GListModel           *measures,
           CareplanMeasuresSink *sink)
{
  guint n = g_list_model_get_n_items (measures);
  guint i;

  g_string_append (sink->buffer, csv_header);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      append_csv_measure (sink, measure, sink->comparison);
      if (!careplan_measures_sink_flush (sink, FALSE))
        return;
    }
}

/* Text */

static void
append_text_measure (GString         *out,
                     CareplanMeasure *measure)
{
  const char * const *names = careplan_measure_get_parameter_names (measure);
  g_autofree char *rate = careplan_measures_format_rate (measure);
  g_autofree char *counts = careplan_measures_format_counts (measure);
  gboolean no_data = careplan_measure_get_result (measure) == CAREPLAN_MEASURE_RESULT_NO_DATA;
  guint i;

  careplan_output_append_text (out, careplan_measure_get_id (measure));
  g_string_append (out, "\n  ");
  careplan_output_append_text (out, careplan_measure_get_title (measure));
  g_string_append_printf (out, "\n  kind: %s  status: %s\n  result: %s%s%s%s\n",
                          careplan_measure_kind_to_string (careplan_measure_get_kind (measure)),
                          careplan_confirmation_to_string (careplan_measure_get_confirmation (measure)),
                          rate, no_data ? "" : " (", no_data ? "" : counts, no_data ? "" : ")");
  if (careplan_measure_get_result_note (measure) != NULL)
    {
      g_string_append (out, "  data: ");
      careplan_output_append_text (out, careplan_measure_get_result_note (measure));
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "  citation: ");
  careplan_output_append_text (out, careplan_measure_get_instrument (measure));
  g_string_append (out, ", ");
  careplan_output_append_text (out, careplan_measure_get_provision (measure));
  g_string_append (out, "\n            ");
  careplan_output_append_text (out, careplan_measure_get_url (measure));
  g_string_append_c (out, '\n');
  for (i = 0; names[i] != NULL; i++)
    {
      const char *unit = careplan_measure_get_parameter_unit (measure, names[i]);

      g_string_append_printf (out, "  parameter %s = ", names[i]);
      careplan_output_append_text (out, careplan_measure_get_parameter_value (measure, names[i]));
      if (unit != NULL && *unit != '\0')
        g_string_append_printf (out, " %s", unit);
      g_string_append_c (out, '\n');
    }
}

static void
write_text (GListModel           *measures,
            CareplanMeasuresSink *sink)
{
  guint n = g_list_model_get_n_items (measures);
  CareplanDate previous_end = CAREPLAN_DATE_NONE;
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      if (i == 0 || careplan_measure_get_period_end (measure) != previous_end)
        {
          g_string_append (sink->buffer, i == 0 ? "Measures for " : "\nMeasures for ");
          careplan_output_append_iso_date (sink->buffer, careplan_measure_get_period_start (measure));
          g_string_append (sink->buffer, " to ");
          careplan_output_append_iso_date (sink->buffer, careplan_measure_get_period_end (measure));
          g_string_append (sink->buffer, "\n");
          previous_end = careplan_measure_get_period_end (measure);
        }
      g_string_append_c (sink->buffer, '\n');
      append_text_measure (sink->buffer, measure);
      if (!careplan_measures_sink_flush (sink, FALSE))
        return;
    }
  if (n == 0)
    g_string_append (sink->buffer, "No measures\n");
}

static void
write_format (GListModel             *measures,
              CareplanMeasuresFormat  format,
              CareplanMeasuresSink   *sink)
{
  switch (format)
    {
    case CAREPLAN_MEASURES_FORMAT_TEXT:
      write_text (measures, sink);
      break;
    case CAREPLAN_MEASURES_FORMAT_JSON:
      write_json (measures, sink);
      break;
    case CAREPLAN_MEASURES_FORMAT_CSV:
      write_csv (measures, sink);
      break;
    case CAREPLAN_MEASURES_FORMAT_HTML:
      careplan_report_html_write (measures, sink);
      break;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
check_measures (GListModel *measures)
{
  return g_type_is_a (g_list_model_get_item_type (measures), CAREPLAN_TYPE_MEASURE);
}

/**
 * careplan_measures_write:
 * @measures: a list model of [class@Careplan.Measure], as
 *   [func@Careplan.measures_compute] gives them
 * @format: the format
 * @stream: where to write; flushed, never closed
 * @error: return location for a #GError
 *
 * Writes cohort measures to @stream. The period is the first measure's.
 *
 * - Text (%CAREPLAN_MEASURES_FORMAT_TEXT): a line `Measures for START to
 *   END`, then per measure a block: its id, title, kind and status, the
 *   result ("25.0 %" or "412.5 days", with the counts), the citation and
 *   one line per parameter.
 * - JSON (%CAREPLAN_MEASURES_FORMAT_JSON): `{"period":{"start","end"},
 *   "measures":[ … ]}`, each measure with `id`, `title`, `kind` (`dfe`,
 *   `local`), `status` (the confirmation label), `definition`,
 *   `citation` `{instrument, provision, url}`, `scale` (`percentage`,
 *   `mean-days`), `unit`, `numerator`, `denominator`, `rate` (a number
 *   from 0 to 1 or of days, null with an empty denominator), `parameters`
 *   (`[{name, value, unit, description}]`), `numerator_ids`,
 *   `denominator_ids` and `items` (`[{child, counted, value, note}]`,
 *   `value` the days of a mean-days item, else null).
 * - CSV (%CAREPLAN_MEASURES_FORMAT_CSV): RFC 4180 with LF line ends, the
 *   header row `id,kind,status,title,scale,unit,numerator,denominator,rate,period_start,period_end,instrument,provision,url,numerator_ids,denominator_ids`
 *   and one row per measure; the id lists are joined with `;` and an
 *   absent rate is an empty field.
 * - HTML (%CAREPLAN_MEASURES_FORMAT_HTML): one self-contained page for
 *   people — no script, nothing fetched, print-friendly — with a summary
 *   table, then per measure an SVG bar chart of its rate, its definition,
 *   citation and parameters, and collapsible tables of the children
 *   behind it. Every value is escaped.
 *
 * Returns: %TRUE on success, %FALSE with @error set when the stream fails
 *
 * Since: 0.1
 */
gboolean
careplan_measures_write (GListModel              *measures,
                         CareplanMeasuresFormat   format,
                         GOutputStream           *stream,
                         GError                 **error)
{
  return careplan_measures_write_full (measures, format, NULL, stream, error);
}

/**
 * careplan_measures_write_full:
 * @measures: a list model of [class@Careplan.Measure]: one period's, or
 *   several periods' (a series: the same measures computed for several
 *   years or as-of dates, in any order)
 * @format: the format
 * @comparison: (nullable): figures to compare with, from the user
 * @stream: where to write; flushed, never closed
 * @error: return location for a #GError
 *
 * Writes cohort measures as [func@Careplan.measures_write] does, over a
 * series of periods and with comparison figures. JSON adds `periods` (the
 * period ends, oldest first) and `series` (long form: one object per
 * measure and period with `measure`, `period_end`, `numerator`,
 * `denominator`, `rate`, `result`), and each measure its `period` and
 * `comparison` (`{value, label, source}` or null). CSV is long form
 * already (one row per measure and period) and adds `comparison_label`
 * and `comparison_value`. HTML shows the latest period, with a trend
 * chart per measure over the series and the comparison as a reference
 * line and a column.
 *
 * Returns: %TRUE on success, %FALSE with @error set when the stream fails
 *
 * Since: 0.2
 */
gboolean
careplan_measures_write_full (GListModel                 *measures,
                              CareplanMeasuresFormat      format,
                              CareplanMeasuresComparison *comparison,
                              GOutputStream              *stream,
                              GError                    **error)
{
  g_autoptr(GString) buffer = g_string_new (NULL);
  CareplanMeasuresSink sink = { stream, buffer, NULL, comparison };

  g_return_val_if_fail (comparison == NULL || CAREPLAN_IS_MEASURES_COMPARISON (comparison), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (measures), FALSE);
  g_return_val_if_fail (check_measures (measures), FALSE);
  g_return_val_if_fail (format <= CAREPLAN_MEASURES_FORMAT_HTML, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  write_format (measures, format, &sink);
  if (!careplan_measures_sink_flush (&sink, TRUE))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "cannot write the measures: %s", sink.error->message);
      g_clear_error (&sink.error);
      return FALSE;
    }
  return TRUE;
}

/**
 * careplan_measures_to_string:
 * @measures: a list model of [class@Careplan.Measure]
 * @format: the format
 *
 * Formats cohort measures as [func@Careplan.measures_write] writes them.
 *
 * Returns: (transfer full): the text
 *
 * Since: 0.1
 */
char *
careplan_measures_to_string (GListModel             *measures,
                             CareplanMeasuresFormat  format)
{
  GString *buffer;
  CareplanMeasuresSink sink = { NULL, NULL, NULL, NULL };

  g_return_val_if_fail (G_IS_LIST_MODEL (measures), NULL);
  g_return_val_if_fail (check_measures (measures), NULL);
  g_return_val_if_fail (format <= CAREPLAN_MEASURES_FORMAT_HTML, NULL);

  buffer = g_string_new (NULL);
  sink.buffer = buffer;
  write_format (measures, format, &sink);

  return g_string_free (buffer, FALSE);
}

/**
 * careplan_measures_item_to_csv:
 * @measure_id: the measure's id
 * @period_end: the last day of its period
 * @child_id: the child the item belongs to
 * @counted: whether the item is in the numerator
 * @value: its days for a mean-days measure, -1 otherwise
 * @note: why it counts or not
 *
 * Formats one item of a measure's denominator, as a
 * [callback@Careplan.MeasureItemFunc] receives it, as a CSV row (RFC 4180,
 * LF line end) of the columns `measure,period_end,child,counted,value,note`
 * (`counted` is `1` or `0`; `value` is empty when -1). Fields are escaped
 * as the other CSV output is.
 *
 * Returns: (transfer full): the row, with its line end
 *
 * Since: 0.2
 */
char *
careplan_measures_item_to_csv (const char   *measure_id,
                               CareplanDate  period_end,
                               const char   *child_id,
                               gboolean      counted,
                               int           value,
                               const char   *note)
{
  GString *row = g_string_new (NULL);

  careplan_output_append_csv_field (row, measure_id);
  g_string_append_c (row, ',');
  careplan_output_append_iso_date (row, period_end);
  g_string_append_c (row, ',');
  careplan_output_append_csv_field (row, child_id);
  g_string_append (row, counted ? ",1," : ",0,");
  if (value >= 0)
    g_string_append_printf (row, "%d", value);
  g_string_append_c (row, ',');
  careplan_output_append_csv_field (row, note);
  g_string_append_c (row, '\n');
  return g_string_free (row, FALSE);
}
