/* careplan-report-html.c: cohort measures as one page a team manager reads
 *
 * One self-contained HTML page: the style sheet is inline, every chart is
 * an inline SVG drawn here, and there is no script and no link to fetch,
 * so the file can be mailed, archived or printed as it is.  Drill-down
 * tables use <details>, which opens without script.  Every value from a
 * record or a definition goes through html_escape(): a child id is data,
 * never markup.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "careplan-measures.h"
#include "careplan-measures-writer-private.h"

/* The chart: a bar of CHART_BAR_WIDTH units for 100 % (or for the scale
 * of a mean-days measure), with room for the value on its right. */
#define CHART_WIDTH      640
#define CHART_HEIGHT     64
#define CHART_BAR_WIDTH  500.0
#define CHART_BAR_Y      8
#define CHART_BAR_HEIGHT 28

#define SPARK_WIDTH      160
#define SPARK_HEIGHT     14

static const char style_sheet[] =
  ":root{--ink:#1d1d1b;--muted:#505a5f;--line:#b1b4b6;--bar:#1d70b8;--track:#e6ebef;"
  "--accent:#003078;--mark:#d4351c}\n"
  "*{box-sizing:border-box}\n"
  "body{font-family:\"Helvetica Neue\",Arial,\"Liberation Sans\",sans-serif;color:var(--ink);"
  "background:#fff;margin:0 auto;max-width:62rem;padding:2rem 1.5rem 3rem;line-height:1.45;"
  "font-size:16px}\n"
  "h1{font-size:2rem;margin:0 0 .25rem}\n"
  "h2{font-size:1.5rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:2px solid var(--ink)}\n"
  "h3{font-size:1.2rem;margin:0 0 .25rem}\n"
  "p{margin:.4rem 0}\n"
  "a{color:var(--bar)}\n"
  ".period{font-size:1.15rem;color:var(--muted);margin:0 0 1rem}\n"
  ".lede{max-width:46rem}\n"
  ".meta{color:var(--muted);font-size:.9rem;margin:0 0 .5rem}\n"
  ".tag{display:inline-block;border:1px solid var(--line);border-radius:3px;padding:0 .35rem;"
  "margin-right:.35rem;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}\n"
  ".tag.unconfirmed{border-color:var(--mark);color:var(--mark)}\n"
  ".measure{border-top:4px solid var(--bar);padding:.75rem 0 0;margin:0 0 2.25rem}\n"
  ".result{font-size:1.1rem;margin:.25rem 0}\n"
  ".result strong{font-size:1.6rem;margin-right:.5rem}\n"
  ".definition{max-width:50rem}\n"
  ".citation{font-size:.9rem;color:var(--muted)}\n"
  "svg.chart{display:block;width:100%;max-width:40rem;height:auto;margin:.4rem 0 .6rem}\n"
  "svg .track{fill:var(--track)}\n"
  "svg .bar{fill:var(--bar)}\n"
  "svg .limit{stroke:var(--ink);stroke-width:2}\n"
  "svg .threshold{stroke:var(--mark);stroke-width:2;stroke-dasharray:4 3}\n"
  "svg text{font-family:inherit;fill:var(--ink)}\n"
  "svg .value{font-size:18px;font-weight:bold}\n"
  "svg .label{font-size:13px;fill:var(--muted)}\n"
  "svg.spark{display:inline-block;vertical-align:middle}\n"
  "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}\n"
  "th,td{text-align:left;vertical-align:top;padding:.35rem .6rem .35rem 0;"
  "border-bottom:1px solid var(--line)}\n"
  "th{border-bottom:2px solid var(--ink)}\n"
  "td.num,th.num{text-align:right;white-space:nowrap;padding-right:1rem}\n"
  "td.child{white-space:nowrap;font-family:ui-monospace,\"DejaVu Sans Mono\",monospace;font-size:.9rem}\n"
  ".summary td:first-child a{font-weight:bold;text-decoration:none}\n"
  ".summary .id,.measure .id{font-family:ui-monospace,\"DejaVu Sans Mono\",monospace;"
  "font-size:.8rem;color:var(--muted)}\n"
  "details{margin:.35rem 0;border-left:3px solid var(--track);padding-left:.75rem}\n"
  "summary{cursor:pointer;font-weight:bold;padding:.2rem 0}\n"
  "footer{margin-top:3rem;font-size:.85rem;color:var(--muted);border-top:1px solid var(--line);"
  "padding-top:.75rem}\n"
  "@media print{\n"
  "body{max-width:none;padding:0;font-size:10.5pt}\n"
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n"
  "a{color:inherit;text-decoration:none}\n"
  "h2{break-after:avoid}\n"
  ".measure{break-inside:avoid}\n"
  "details{border-left:none;padding-left:0}\n"
  "summary{cursor:auto}\n"
  "}\n";

/* Escapes @text for HTML text and attribute values.  Control characters
 * other than tab and line feed are not allowed in HTML: they become
 * spaces. */
static void
html_escape (GString    *out,
             const char *text)
{
  g_autofree char *repaired = NULL;
  const char *p;

  text = careplan_measures_valid_utf8 (text, &repaired);
  if (text == NULL)
    return;

  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        case '\'':
          g_string_append (out, "&#39;");
          break;
        default:
          if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f)
            g_string_append_c (out, ' ');
          else
            g_string_append_c (out, (char) c);
        }
    }
}

/* An element id from a measure id: letters, digits and dashes only. */
static void
append_anchor (GString    *out,
               const char *id)
{
  const char *p;

  g_string_append (out, "m-");
  for (p = id != NULL ? id : ""; *p != '\0'; p++)
    g_string_append_c (out, g_ascii_isalnum (*p) ? *p : '-');
}

static void
append_number (GString *out,
               double   value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (number, sizeof number, "%.1f", value));
}

static void
append_long_date (GString      *out,
                  CareplanDate  date)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"
  };

  if (!careplan_date_is_valid (date))
    {
      g_string_append (out, "(no date)");
      return;
    }
  g_string_append_printf (out, "%d %s %d", careplan_date_get_day (date),
                          months[careplan_date_get_month (date) - 1],
                          careplan_date_get_year (date));
}

/* The scale of a mean-days chart: the larger of the mean and the
 * threshold, with some room. */
static double
days_scale (double mean,
            int    threshold)
{
  double top = MAX (mean, (double) MAX (threshold, 0));

  return top > 0 ? top * 1.15 : 1.0;
}

static int
threshold_days (CareplanMeasure *measure)
{
  const char *value = careplan_measure_get_parameter_value (measure, "threshold_days");

  return value != NULL ? atoi (value) : 0;
}

/* The bar's width in chart units, for the share of the full bar the
 * measure's rate fills. */
static double
bar_fraction (CareplanMeasure *measure)
{
  double rate = careplan_measure_get_rate (measure);

  if (!careplan_measure_has_rate (measure))
    return 0.0;
  if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS)
    return rate / days_scale (rate, threshold_days (measure));

  return CLAMP (rate, 0.0, 1.0);
}

static void
append_chart (GString         *out,
              CareplanMeasure *measure)
{
  g_autofree char *rate = careplan_measures_format_rate (measure);
  g_autofree char *counts = careplan_measures_format_counts (measure);
  gboolean days = careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS;
  double width = bar_fraction (measure) * CHART_BAR_WIDTH;

  g_string_append_printf (out,
                          "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                          "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                          CHART_WIDTH, CHART_HEIGHT, CHART_WIDTH, CHART_HEIGHT);
  g_string_append (out, "<title>");
  html_escape (out, rate);
  g_string_append (out, ": ");
  html_escape (out, counts);
  g_string_append (out, "</title>");

  g_string_append_printf (out,
                          "<rect class=\"track\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#e6ebef\"/>",
                          CHART_BAR_Y, (int) CHART_BAR_WIDTH, CHART_BAR_HEIGHT);
  g_string_append_printf (out, "<rect class=\"bar\" x=\"0\" y=\"%d\" width=\"", CHART_BAR_Y);
  append_number (out, width);
  g_string_append_printf (out, "\" height=\"%d\" fill=\"#1d70b8\"/>", CHART_BAR_HEIGHT);

  if (!days)
    {
      /* The full bar is 100 %. */
      g_string_append_printf (out,
                              "<line class=\"limit\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1d1d1b\"/>",
                              (int) CHART_BAR_WIDTH, CHART_BAR_Y - 4, (int) CHART_BAR_WIDTH,
                              CHART_BAR_Y + CHART_BAR_HEIGHT + 4);
      g_string_append_printf (out, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">100 %%</text>",
                              (int) CHART_BAR_WIDTH, CHART_HEIGHT - 6);
    }
  else if (threshold_days (measure) > 0 && careplan_measure_has_rate (measure))
    {
      double x = threshold_days (measure) /
                 days_scale (careplan_measure_get_rate (measure), threshold_days (measure)) * CHART_BAR_WIDTH;

      g_string_append (out, "<line class=\"threshold\" x1=\"");
      append_number (out, x);
      g_string_append_printf (out, "\" y1=\"%d\" x2=\"", CHART_BAR_Y - 4);
      append_number (out, x);
      g_string_append_printf (out, "\" y2=\"%d\" stroke=\"#d4351c\"/>", CHART_BAR_Y + CHART_BAR_HEIGHT + 4);
      g_string_append (out, "<text class=\"label\" x=\"");
      append_number (out, x);
      g_string_append_printf (out, "\" y=\"%d\" text-anchor=\"middle\">scorecard threshold %d days</text>",
                              CHART_HEIGHT - 6, threshold_days (measure));
    }

  g_string_append_printf (out, "<text class=\"value\" x=\"%d\" y=\"%d\">",
                          (int) CHART_BAR_WIDTH + 12, CHART_BAR_Y + CHART_BAR_HEIGHT - 7);
  html_escape (out, careplan_measure_has_rate (measure) ? rate : "none");
  g_string_append (out, "</text>");
  g_string_append_printf (out, "<text class=\"label\" x=\"0\" y=\"%d\">", CHART_HEIGHT - 6);
  html_escape (out, careplan_measure_has_rate (measure) ? counts : "nothing to measure in the period");
  g_string_append (out, "</text></svg>\n");
}

static void
append_spark (GString         *out,
              CareplanMeasure *measure)
{
  g_string_append_printf (out,
                          "<svg class=\"spark\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" "
                          "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">"
                          "<rect class=\"track\" x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#e6ebef\"/>"
                          "<rect class=\"bar\" x=\"0\" y=\"0\" width=\"",
                          SPARK_WIDTH, SPARK_HEIGHT, SPARK_WIDTH, SPARK_HEIGHT, SPARK_WIDTH, SPARK_HEIGHT);
  append_number (out, bar_fraction (measure) * SPARK_WIDTH);
  g_string_append_printf (out, "\" height=\"%d\" fill=\"#1d70b8\"/></svg>", SPARK_HEIGHT);
}

static void
append_link (GString    *out,
             const char *url)
{
  /* Only web addresses become links: a definition is ours, but nothing
   * in the page should ever run. */
  if (url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")))
    {
      g_string_append (out, "<a href=\"");
      html_escape (out, url);
      g_string_append (out, "\">");
      html_escape (out, url);
      g_string_append (out, "</a>");
    }
  else
    html_escape (out, url);
}

static void
append_parameters (GString         *out,
                   CareplanMeasure *measure)
{
  const char * const *names = careplan_measure_get_parameter_names (measure);
  guint i;

  if (names[0] == NULL)
    return;

  g_string_append (out, "<details class=\"parameters\"><summary>How it is counted: parameters</summary>\n"
                        "<table><thead><tr><th>Parameter</th><th>Value</th><th>Meaning</th></tr></thead><tbody>\n");
  for (i = 0; names[i] != NULL; i++)
    {
      const char *unit = careplan_measure_get_parameter_unit (measure, names[i]);

      g_string_append (out, "<tr><td class=\"child\">");
      html_escape (out, names[i]);
      g_string_append (out, "</td><td>");
      html_escape (out, careplan_measure_get_parameter_value (measure, names[i]));
      if (unit != NULL && *unit != '\0')
        {
          g_string_append_c (out, ' ');
          html_escape (out, unit);
        }
      g_string_append (out, "</td><td>");
      html_escape (out, careplan_measure_get_parameter_description (measure, names[i]));
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody></table></details>\n");
}

/* A collapsible table of the items with counted == @counted (or all of
 * them for a mean-days measure, with their days). */
static void
append_items (GString         *out,
              CareplanMeasure *measure,
              gboolean         counted,
              const char      *heading)
{
  gboolean days = careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS;
  guint n = careplan_measure_get_denominator (measure);
  guint n_shown = 0;
  guint i;

  for (i = 0; i < n; i++)
    if (days || careplan_measure_get_item_counted (measure, i) == counted)
      n_shown++;
  if (n_shown == 0)
    return;

  g_string_append (out, "<details class=\"items\"><summary>");
  html_escape (out, heading);
  g_string_append_printf (out, ": %u %s</summary>\n<table><thead><tr><th>Child</th>", n_shown,
                          n_shown == 1 && g_str_equal (careplan_measure_get_unit (measure), "children")
                          ? "child" : careplan_measure_get_unit (measure));
  if (days)
    g_string_append (out, "<th class=\"num\">Days</th>");
  g_string_append (out, "<th>Why</th></tr></thead><tbody>\n");

  for (i = 0; i < n; i++)
    {
      if (!days && careplan_measure_get_item_counted (measure, i) != counted)
        continue;
      g_string_append (out, "<tr><td class=\"child\">");
      html_escape (out, careplan_measure_get_item_child_id (measure, i));
      g_string_append (out, "</td>");
      if (days)
        g_string_append_printf (out, "<td class=\"num\">%d</td>", careplan_measure_get_item_value (measure, i));
      g_string_append (out, "<td>");
      html_escape (out, careplan_measure_get_item_note (measure, i));
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody></table></details>\n");
}

static void
append_measure (GString         *out,
                CareplanMeasure *measure)
{
  CareplanConfirmation confirmation = careplan_measure_get_confirmation (measure);
  g_autofree char *rate = careplan_measures_format_rate (measure);
  g_autofree char *counts = careplan_measures_format_counts (measure);

  g_string_append (out, "<article class=\"measure\" id=\"");
  append_anchor (out, careplan_measure_get_id (measure));
  g_string_append (out, "\">\n<h3>");
  html_escape (out, careplan_measure_get_title (measure));
  g_string_append (out, "</h3>\n<p class=\"meta\"><span class=\"tag\">");
  g_string_append (out, careplan_measure_get_kind (measure) == CAREPLAN_MEASURE_KIND_DFE
                        ? "DfE indicator" : "Local measure");
  g_string_append (out, "</span>");
  if (confirmation != CAREPLAN_CONFIRMATION_LOCAL)
    {
      g_string_append_printf (out, "<span class=\"tag%s\">",
                              confirmation == CAREPLAN_CONFIRMATION_UNCONFIRMED ? " unconfirmed" : "");
      html_escape (out, careplan_measures_confirmation_label (confirmation));
      g_string_append (out, "</span>");
    }
  g_string_append (out, "<span class=\"id\">");
  html_escape (out, careplan_measure_get_id (measure));
  g_string_append (out, "</span></p>\n<p class=\"result\"><strong>");
  html_escape (out, careplan_measure_has_rate (measure) ? rate : "No result");
  g_string_append (out, "</strong>");
  html_escape (out, careplan_measure_has_rate (measure) ? counts : "nothing to measure in the period");
  g_string_append (out, "</p>\n");

  append_chart (out, measure);

  g_string_append (out, "<p class=\"definition\">");
  html_escape (out, careplan_measure_get_definition (measure));
  g_string_append (out, "</p>\n<p class=\"citation\">Source: ");
  html_escape (out, careplan_measure_get_instrument (measure));
  g_string_append (out, ", ");
  html_escape (out, careplan_measure_get_provision (measure));
  g_string_append (out, ". ");
  append_link (out, careplan_measure_get_url (measure));
  g_string_append (out, "</p>\n");

  append_parameters (out, measure);
  if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS)
    append_items (out, measure, TRUE, "The children behind the mean");
  else
    {
      append_items (out, measure, FALSE, "Not counted");
      append_items (out, measure, TRUE, "Counted");
    }
  g_string_append (out, "</article>\n");
}

static void
append_summary_row (GString         *out,
                    CareplanMeasure *measure)
{
  g_autofree char *rate = careplan_measures_format_rate (measure);
  g_autofree char *counts = careplan_measures_format_counts (measure);

  g_string_append (out, "<tr><td><a href=\"#");
  append_anchor (out, careplan_measure_get_id (measure));
  g_string_append (out, "\">");
  html_escape (out, careplan_measure_get_title (measure));
  g_string_append (out, "</a><br><span class=\"id\">");
  html_escape (out, careplan_measure_get_id (measure));
  g_string_append (out, "</span></td><td class=\"num\">");
  html_escape (out, careplan_measure_has_rate (measure) ? rate : "–");
  g_string_append (out, "</td><td>");
  html_escape (out, counts);
  g_string_append (out, "</td><td>");
  append_spark (out, measure);
  g_string_append (out, "</td></tr>\n");
}

static void
append_section (GListModel           *measures,
                CareplanMeasureKind   kind,
                const char           *heading,
                CareplanMeasuresSink *sink)
{
  guint n = g_list_model_get_n_items (measures);
  gboolean started = FALSE;
  guint i;

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      if (careplan_measure_get_kind (measure) != kind)
        continue;
      if (!started)
        {
          g_string_append_printf (sink->buffer, "<section>\n<h2>%s</h2>\n", heading);
          started = TRUE;
        }
      append_measure (sink->buffer, measure);
      if (!careplan_measures_sink_flush (sink, FALSE))
        return;
    }
  if (started)
    g_string_append (sink->buffer, "</section>\n");
}

void
careplan_report_html_write (GListModel           *measures,
                            CareplanMeasuresSink *sink)
{
  GString *out = sink->buffer;
  guint n = g_list_model_get_n_items (measures);
  g_autoptr(CareplanMeasure) first = n > 0 ? g_list_model_get_item (measures, 0) : NULL;
  g_autoptr(GString) period = g_string_new (NULL);
  guint i;

  if (first != NULL)
    {
      append_long_date (period, careplan_measure_get_period_start (first));
      g_string_append (period, " to ");
      append_long_date (period, careplan_measure_get_period_end (first));
    }

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>Children in care: measures");
  if (first != NULL)
    {
      g_string_append (out, ", ");
      html_escape (out, period->str);
    }
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, style_sheet);
  g_string_append (out, "</style>\n</head>\n<body>\n<header>\n<h1>Children in care: measures</h1>\n");
  if (first != NULL)
    {
      g_string_append (out, "<p class=\"period\">");
      html_escape (out, period->str);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out,
                   "<p class=\"lede\">Each measure says what it counts, where the definition comes from "
                   "and how sure that is. The bar shows the result against 100&nbsp;% (or, for the "
                   "adoption measures, the mean number of days against the scorecard threshold). "
                   "Open the lists under a measure to see the children behind it and why each one "
                   "is or is not counted.</p>\n</header>\n");

  g_string_append (out, "<section class=\"summary\">\n<h2>At a glance</h2>\n"
                        "<table><thead><tr><th>Measure</th><th class=\"num\">Result</th><th>Counts</th>"
                        "<th></th></tr></thead><tbody>\n");
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      append_summary_row (out, measure);
    }
  g_string_append (out, "</tbody></table>\n</section>\n");
  if (!careplan_measures_sink_flush (sink, FALSE))
    return;

  append_section (measures, CAREPLAN_MEASURE_KIND_DFE, "DfE indicators", sink);
  append_section (measures, CAREPLAN_MEASURE_KIND_LOCAL, "Local measures that matter", sink);

  g_string_append (sink->buffer,
                   "<footer>Computed by careplan " PACKAGE_VERSION " from the children's records as they "
                   "stood at the end of the period. Children are named by their record ids only. "
                   "Where a counting rule is marked unconfirmed, careplan chose a reading, "
                   "wrote it into the definition and made it a parameter.</footer>\n"
                   "</body>\n</html>\n");
}
