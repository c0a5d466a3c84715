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

#include "careplan-measures.h"

#include <string.h>

#include "careplan-error.h"
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
careplan_measures_format_rate (CareplanMeasure *measure)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  double rate = careplan_measure_get_rate (measure);

  if (!careplan_measure_has_rate (measure))
    return g_strdup ("no rate");

  /* g_ascii_formatd: the same text whatever the locale's decimal mark. */
  if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS)
    return g_strdup_printf ("%s days", g_ascii_formatd (number, sizeof number, "%.1f", rate));

  return g_strdup_printf ("%s %%", g_ascii_formatd (number, sizeof number, "%.1f", rate * 100.0));
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

/* JSON */

static void
append_json_strv (GString            *out,
                  const char * const *values)
{
  guint i;

  g_string_append_c (out, '[');
  for (i = 0; values != NULL && values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      careplan_output_append_json_string (out, values[i]);
    }
  g_string_append_c (out, ']');
}

static void
append_json_measure (GString         *out,
                     CareplanMeasure *measure)
{
  const char * const *names = careplan_measure_get_parameter_names (measure);
  guint n = careplan_measure_get_denominator (measure);
  guint i;

  g_string_append (out, "{\"id\":");
  careplan_output_append_json_string (out, careplan_measure_get_id (measure));
  g_string_append (out, ",\"title\":");
  careplan_output_append_json_string (out, careplan_measure_get_title (measure));
  g_string_append (out, ",\"kind\":");
  careplan_output_append_json_string (out, careplan_measure_kind_to_string (careplan_measure_get_kind (measure)));
  g_string_append (out, ",\"status\":");
  careplan_output_append_json_string (out, careplan_confirmation_to_string (careplan_measure_get_confirmation (measure)));
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
                          careplan_measure_get_numerator (measure), n);
  if (careplan_measure_has_rate (measure))
    append_rate_number (out, careplan_measure_get_rate (measure));
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
  g_string_append (out, "],\n   \"numerator_ids\":");
  append_json_strv (out, careplan_measure_get_numerator_ids (measure));
  g_string_append (out, ",\n   \"denominator_ids\":");
  append_json_strv (out, careplan_measure_get_denominator_ids (measure));
  g_string_append (out, ",\n   \"items\":[");
  for (i = 0; i < n; i++)
    {
      int value = careplan_measure_get_item_value (measure, i);

      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      g_string_append (out, "{\"child\":");
      careplan_output_append_json_string (out, careplan_measure_get_item_child_id (measure, i));
      g_string_append (out, careplan_measure_get_item_counted (measure, i)
                            ? ",\"counted\":true,\"value\":" : ",\"counted\":false,\"value\":");
      if (value < 0)
        g_string_append (out, "null");
      else
        g_string_append_printf (out, "%d", value);
      g_string_append (out, ",\"note\":");
      careplan_output_append_json_string (out, careplan_measure_get_item_note (measure, i));
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]}");
}

static void
write_json (GListModel           *measures,
            CareplanMeasuresSink *sink)
{
  guint n = g_list_model_get_n_items (measures);
  g_autoptr(CareplanMeasure) first = n > 0 ? g_list_model_get_item (measures, 0) : NULL;
  guint i;

  g_string_append (sink->buffer, "{\"period\":");
  if (first == NULL)
    g_string_append (sink->buffer, "null");
  else
    {
      g_string_append (sink->buffer, "{\"start\":");
      careplan_output_append_json_date (sink->buffer, careplan_measure_get_period_start (first));
      g_string_append (sink->buffer, ",\"end\":");
      careplan_output_append_json_date (sink->buffer, careplan_measure_get_period_end (first));
      g_string_append_c (sink->buffer, '}');
    }
  g_string_append (sink->buffer, ",\"measures\":[");

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      g_string_append (sink->buffer, i > 0 ? ",\n  " : "\n  ");
      append_json_measure (sink->buffer, measure);
      if (!careplan_measures_sink_flush (sink, FALSE))
        return;
    }
  g_string_append (sink->buffer, n > 0 ? "\n]}\n" : "]}\n");
}

/* CSV (RFC 4180, LF line ends) */

static void
append_csv_ids (GString            *out,
                const char * const *ids)
{
  g_autofree char *joined = g_strjoinv (";", (char **) ids);

  careplan_output_append_csv_field (out, joined);
}

static const char csv_header[] =
  "id,kind,status,title,scale,unit,numerator,denominator,rate,period_start,period_end,"
  "instrument,provision,url,numerator_ids,denominator_ids\n";

static void
append_csv_measure (GString         *out,
                    CareplanMeasure *measure)
{
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
  append_csv_ids (out, careplan_measure_get_numerator_ids (measure));
  g_string_append_c (out, ',');
  append_csv_ids (out, careplan_measure_get_denominator_ids (measure));
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

      append_csv_measure (sink->buffer, measure);
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
  guint i;

  careplan_output_append_text (out, careplan_measure_get_id (measure));
  g_string_append (out, "\n  ");
  careplan_output_append_text (out, careplan_measure_get_title (measure));
  g_string_append_printf (out, "\n  kind: %s  status: %s\n  result: %s (%s)\n  citation: ",
                          careplan_measure_kind_to_string (careplan_measure_get_kind (measure)),
                          careplan_confirmation_to_string (careplan_measure_get_confirmation (measure)),
                          rate, counts);
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
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      if (i == 0)
        {
          g_string_append (sink->buffer, "Measures for ");
          careplan_output_append_iso_date (sink->buffer, careplan_measure_get_period_start (measure));
          g_string_append (sink->buffer, " to ");
          careplan_output_append_iso_date (sink->buffer, careplan_measure_get_period_end (measure));
          g_string_append (sink->buffer, "\n");
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
  g_autoptr(GString) buffer = g_string_new (NULL);
  CareplanMeasuresSink sink = { stream, buffer, NULL };

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
  CareplanMeasuresSink sink = { NULL, NULL, NULL };

  g_return_val_if_fail (G_IS_LIST_MODEL (measures), NULL);
  g_return_val_if_fail (check_measures (measures), NULL);
  g_return_val_if_fail (format <= CAREPLAN_MEASURES_FORMAT_HTML, NULL);

  buffer = g_string_new (NULL);
  sink.buffer = buffer;
  write_format (measures, format, &sink);

  return g_string_free (buffer, FALSE);
}
