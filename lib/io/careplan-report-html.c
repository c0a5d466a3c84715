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

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "careplan-measures-io.h"
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
  ".nodata{background:#f3f2f1;border-left:6px solid #b1b4b6;padding:.6rem .9rem;margin:.5rem 0 .8rem;"
  "color:#383f43;max-width:40rem}\n"
  ".nodata strong{display:block;font-size:1.1rem;color:#505a5f}\n"
  ".partial{border-left:4px solid #f47738;padding-left:.6rem;color:#383f43;font-size:.95rem}\n"
  "svg .reference{stroke:#d4351c;stroke-width:2;stroke-dasharray:5 3;fill:none}\n"
  "svg .trend{stroke:#1d70b8;stroke-width:3;fill:none}\n"
  "svg .point{fill:#1d70b8}\n"
  "svg .axis{stroke:#b1b4b6;stroke-width:1}\n"
  ".council{font-size:1rem;color:var(--muted)}\n"
  ".legend span{display:inline-block;margin-right:1rem;font-size:.9rem}\n"
  ".legend i{display:inline-block;width:.9rem;height:.9rem;vertical-align:-.1rem;margin-right:.3rem}\n"
  "td.nd{color:#6f777b;font-style:italic}\n"
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

/* Where a rate lies on a bar chart, as a share of the full bar. */
static double
rate_fraction (CareplanMeasure *measure,
               double           rate,
               double           top)
{
  if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_PERCENTAGE)
    return CLAMP (rate, 0.0, 1.0);
  return top > 0 ? CLAMP (rate / top, 0.0, 1.0) : 0.0;
}

/* The top of a trend chart's scale: the largest of the rates, the
 * threshold and the comparison, with some room; for a percentage, that
 * rounded up to the next 10 % (the axis is labelled), at most 100 %.
 * (A bar chart of a percentage is always against 100 %.) */
static double
scale_top (CareplanMeasuresSeries     *series,
           CareplanMeasuresComparison *comparison)
{
  double top = 0.0;
  gboolean percentage = FALSE;
  guint i;

  for (i = 0; i < series->measures->len; i++)
    {
      CareplanMeasure *measure = g_ptr_array_index (series->measures, i);
      double reference;
      const char *label;

      percentage = careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_PERCENTAGE;
      if (careplan_measure_has_rate (measure))
        top = MAX (top, careplan_measure_get_rate (measure));
      top = MAX (top, (double) threshold_days (measure));
      if (careplan_measures_comparison_rate (comparison, measure, &reference, &label))
        top = MAX (top, reference);
    }
  if (percentage)
    return CLAMP (ceil (top * 1.2 * 10.0) / 10.0, 0.1, 1.0);
  return top > 0 ? top * 1.15 : 1.0;
}

static double
bar_fraction (CareplanMeasure *measure)
{
  double rate = careplan_measure_get_rate (measure);

  if (!careplan_measure_has_rate (measure))
    return 0.0;
  if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS)
    return rate / days_scale (rate, threshold_days (measure));
  if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_PER_10000)
    return CLAMP (rate / 200.0, 0.0, 1.0);

  return CLAMP (rate, 0.0, 1.0);
}

static void
append_reference_line (GString    *out,
                       double      x,
                       int         y1,
                       int         y2,
                       const char *label,
                       int         label_y)
{
  g_string_append (out, "<line class=\"reference\" x1=\"");
  append_number (out, x);
  g_string_append_printf (out, "\" y1=\"%d\" x2=\"", y1);
  append_number (out, x);
  g_string_append_printf (out, "\" y2=\"%d\" stroke=\"#d4351c\"/>", y2);
  /* The caption stays inside the chart, whichever end the line is near. */
  g_string_append (out, "<text class=\"label\" x=\"");
  append_number (out, x);
  g_string_append_printf (out, "\" y=\"%d\" text-anchor=\"%s\" fill=\"#d4351c\">", label_y,
                          x < 160 ? "start" : x > CHART_BAR_WIDTH - 160 ? "end" : "middle");
  html_escape (out, label);
  g_string_append (out, "</text>");
}

static void
append_chart (GString                *out,
              CareplanMeasuresSeries *series,
              CareplanMeasuresComparison *comparison)
{
  CareplanMeasure *measure = careplan_measures_series_latest (series);
  g_autofree char *rate = careplan_measures_format_rate (measure);
  g_autofree char *counts = careplan_measures_format_counts (measure);
  CareplanMeasureScale scale = careplan_measure_get_scale (measure);
  double top = scale_top (series, comparison);
  double width = careplan_measure_has_rate (measure)
                 ? rate_fraction (measure, careplan_measure_get_rate (measure), top) * CHART_BAR_WIDTH : 0.0;
  double reference;
  const char *label = NULL;
  gboolean has_reference = careplan_measures_comparison_rate (comparison, measure, &reference, &label);

  g_string_append_printf (out,
                          "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                          "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                          CHART_WIDTH, CHART_HEIGHT + (has_reference ? 16 : 0),
                          CHART_WIDTH, CHART_HEIGHT + (has_reference ? 16 : 0));
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

  if (scale == CAREPLAN_MEASURE_SCALE_PERCENTAGE)
    {
      /* The full bar is 100 %. */
      g_string_append_printf (out,
                              "<line class=\"limit\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1d1d1b\"/>",
                              (int) CHART_BAR_WIDTH, CHART_BAR_Y - 4, (int) CHART_BAR_WIDTH,
                              CHART_BAR_Y + CHART_BAR_HEIGHT + 4);
      g_string_append_printf (out, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">100 %%</text>",
                              (int) CHART_BAR_WIDTH, CHART_HEIGHT - 6);
    }
  else if (scale == CAREPLAN_MEASURE_SCALE_MEAN_DAYS && threshold_days (measure) > 0)
    {
      double x = threshold_days (measure) / top * CHART_BAR_WIDTH;

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

  if (has_reference)
    {
      g_autofree char *text = careplan_measures_format_value (measure, reference);
      g_autofree char *caption = g_strdup_printf ("%s: %s", label, text);

      append_reference_line (out, rate_fraction (measure, reference, top) * CHART_BAR_WIDTH,
                             CHART_BAR_Y - 6, CHART_BAR_Y + CHART_BAR_HEIGHT + 6, caption,
                             CHART_HEIGHT + 10);
    }

  g_string_append_printf (out, "<text class=\"value\" x=\"%d\" y=\"%d\">",
                          (int) CHART_BAR_WIDTH + 12, CHART_BAR_Y + CHART_BAR_HEIGHT - 7);
  html_escape (out, careplan_measure_has_rate (measure) ? rate : "none");
  g_string_append (out, "</text>");
  g_string_append_printf (out, "<text class=\"label\" x=\"0\" y=\"%d\">", CHART_HEIGHT - 6);
  html_escape (out, careplan_measure_has_rate (measure) ? counts : "nothing to measure in the period");
  g_string_append (out, "</text></svg>\n");
}

/* A line chart of the rate over the periods of the series, with the
 * comparison as a dashed line; periods without a rate leave a gap. */
#define TREND_WIDTH  640
#define TREND_HEIGHT 180
#define TREND_LEFT   72
#define TREND_RIGHT  48
#define TREND_TOP    28
#define TREND_BOTTOM 34

static void
append_trend (GString                    *out,
              CareplanMeasuresSeries     *series,
              CareplanMeasuresComparison *comparison)
{
  CareplanMeasure *latest = careplan_measures_series_latest (series);
  double top = scale_top (series, comparison);
  guint n = series->measures->len;
  double plot_width = TREND_WIDTH - TREND_LEFT - TREND_RIGHT;
  double plot_height = TREND_HEIGHT - TREND_TOP - TREND_BOTTOM;
  gboolean pen_down = FALSE;
  gboolean any_reference = FALSE;
  g_autofree char *top_text = careplan_measures_format_value (latest, top);
  g_autofree char *zero_text = careplan_measures_format_value (latest, 0.0);
  guint i;

#define TREND_X(i) (TREND_LEFT + (n > 1 ? plot_width * (double) (i) / (double) (n - 1) : plot_width / 2))
#define TREND_Y(v) (TREND_TOP + plot_height * (1.0 - CLAMP ((v) / top, 0.0, 1.0)))

  g_string_append_printf (out,
                          "<svg class=\"chart trend-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                          "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\"><title>Trend over %u periods</title>",
                          TREND_WIDTH, TREND_HEIGHT, TREND_WIDTH, TREND_HEIGHT, n);
  g_string_append_printf (out, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#b1b4b6\"/>",
                          TREND_LEFT, TREND_TOP, TREND_WIDTH - TREND_RIGHT, TREND_TOP);
  g_string_append_printf (out, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#b1b4b6\"/>",
                          TREND_LEFT, TREND_HEIGHT - TREND_BOTTOM, TREND_WIDTH - TREND_RIGHT,
                          TREND_HEIGHT - TREND_BOTTOM);
  g_string_append_printf (out, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">",
                          TREND_LEFT - 6, TREND_TOP + 4);
  html_escape (out, top_text);
  g_string_append_printf (out, "</text><text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">",
                          TREND_LEFT - 6, TREND_HEIGHT - TREND_BOTTOM + 4);
  html_escape (out, zero_text);
  g_string_append (out, "</text>");

  /* The comparison, period by period. */
  g_string_append (out, "<path class=\"reference\" stroke=\"#d4351c\" fill=\"none\" d=\"");
  for (i = 0; i < n; i++)
    {
      CareplanMeasure *measure = g_ptr_array_index (series->measures, i);
      double reference;
      const char *label;

      if (!careplan_measures_comparison_rate (comparison, measure, &reference, &label))
        {
          pen_down = FALSE;
          continue;
        }
      g_string_append (out, pen_down ? " L" : " M");
      append_number (out, n > 1 ? TREND_X (i) : TREND_LEFT);
      g_string_append_c (out, ' ');
      append_number (out, TREND_Y (reference));
      if (n == 1)
        {
          g_string_append (out, " L");
          append_number (out, TREND_WIDTH - TREND_RIGHT);
          g_string_append_c (out, ' ');
          append_number (out, TREND_Y (reference));
        }
      pen_down = TRUE;
      any_reference = TRUE;
    }
  g_string_append (out, "\"/>");

  /* The measure. */
  pen_down = FALSE;
  g_string_append (out, "<path class=\"trend\" stroke=\"#1d70b8\" fill=\"none\" d=\"");
  for (i = 0; i < n; i++)
    {
      CareplanMeasure *measure = g_ptr_array_index (series->measures, i);

      if (!careplan_measure_has_rate (measure))
        {
          pen_down = FALSE;
          continue;
        }
      g_string_append (out, pen_down ? " L" : " M");
      append_number (out, TREND_X (i));
      g_string_append_c (out, ' ');
      append_number (out, TREND_Y (careplan_measure_get_rate (measure)));
      pen_down = TRUE;
    }
  g_string_append (out, "\"/>");

  for (i = 0; i < n; i++)
    {
      CareplanMeasure *measure = g_ptr_array_index (series->measures, i);
      g_autoptr(GString) period = g_string_new (NULL);
      CareplanDate end = careplan_measure_get_period_end (measure);

      g_string_append_printf (period, "%d-%02d-%02d", careplan_date_get_year (end),
                              careplan_date_get_month (end), careplan_date_get_day (end));
      if (careplan_measure_has_rate (measure))
        {
          g_autofree char *value = careplan_measures_format_rate (measure);

          g_string_append (out, "<circle class=\"point\" r=\"4.5\" fill=\"#1d70b8\" cx=\"");
          append_number (out, TREND_X (i));
          g_string_append (out, "\" cy=\"");
          append_number (out, TREND_Y (careplan_measure_get_rate (measure)));
          g_string_append (out, "\"/><text class=\"label\" text-anchor=\"middle\" x=\"");
          append_number (out, TREND_X (i));
          g_string_append (out, "\" y=\"");
          append_number (out, TREND_Y (careplan_measure_get_rate (measure)) - 9);
          g_string_append (out, "\">");
          html_escape (out, value);
          g_string_append (out, "</text>");
        }
      else
        {
          g_string_append (out, "<text class=\"label\" text-anchor=\"middle\" x=\"");
          append_number (out, TREND_X (i));
          g_string_append_printf (out, "\" y=\"%d\">", TREND_HEIGHT - TREND_BOTTOM - 6);
          html_escape (out, careplan_measure_get_result (measure) == CAREPLAN_MEASURE_RESULT_NO_DATA
                            ? "no data" : "no rate");
          g_string_append (out, "</text>");
        }
      g_string_append (out, "<text class=\"label\" text-anchor=\"middle\" x=\"");
      append_number (out, TREND_X (i));
      g_string_append_printf (out, "\" y=\"%d\">", TREND_HEIGHT - 12);
      html_escape (out, period->str);
      g_string_append (out, "</text>");
    }
  if (any_reference)
    g_string_append_printf (out, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\" "
                                 "fill=\"#d4351c\">- - - comparison</text>",
                            TREND_WIDTH - TREND_RIGHT, 12);
  g_string_append (out, "</svg>\n");

#undef TREND_X
#undef TREND_Y
}

static gboolean
series_has_comparison (CareplanMeasuresSeries     *series,
                       CareplanMeasuresComparison *comparison)
{
  guint i;

  for (i = 0; i < series->measures->len; i++)
    {
      double reference;
      const char *label;

      if (careplan_measures_comparison_rate (comparison, g_ptr_array_index (series->measures, i),
                                             &reference, &label))
        return TRUE;
    }
  return FALSE;
}

static void
append_series_table (GString                    *out,
                     CareplanMeasuresSeries     *series,
                     CareplanMeasuresComparison *comparison)
{
  guint i;

  if (!series_has_comparison (series, comparison))
    comparison = NULL;

  g_string_append (out, "<table class=\"series\"><thead><tr><th>Period</th><th class=\"num\">Result</th>"
                        "<th>Counts</th>");
  if (comparison != NULL)
    g_string_append (out, "<th class=\"num\">Comparison</th>");
  g_string_append (out, "</tr></thead><tbody>\n");
  for (i = series->measures->len; i-- > 0;)
    {
      CareplanMeasure *measure = g_ptr_array_index (series->measures, i);
      g_autofree char *rate = careplan_measures_format_rate (measure);
      g_autofree char *counts = careplan_measures_format_counts (measure);
      double reference;
      const char *label = NULL;

      g_string_append (out, "<tr><td>");
      append_long_date (out, careplan_measure_get_period_start (measure));
      g_string_append (out, " to ");
      append_long_date (out, careplan_measure_get_period_end (measure));
      g_string_append_printf (out, "</td><td class=\"num%s\">",
                              careplan_measure_has_rate (measure) ? "" : " nd");
      html_escape (out, rate);
      g_string_append (out, "</td><td>");
      html_escape (out, careplan_measure_get_result (measure) != CAREPLAN_MEASURE_RESULT_NO_DATA ? counts
                        : g_str_has_prefix (careplan_measure_get_result_note (measure), "No data: ")
                        ? "needs a file or parameter" : "no data in this source");
      g_string_append (out, "</td>");
      if (comparison != NULL)
        {
          g_string_append (out, "<td class=\"num\">");
          if (careplan_measures_comparison_rate (comparison, measure, &reference, &label))
            {
              g_autofree char *text = careplan_measures_format_value (measure, reference);

              html_escape (out, text);
              g_string_append (out, " <span class=\"id\">");
              html_escape (out, label);
              g_string_append (out, "</span>");
            }
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody></table>\n");
}

static void
append_spark (GString         *out,
              CareplanMeasure *measure)
{
  g_string_append_printf (out,
                          "<svg class=\"spark\" xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" "
                          "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">"
                          "<rect class=\"track\" x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                          "<rect class=\"bar\" x=\"0\" y=\"0\" width=\"",
                          SPARK_WIDTH, SPARK_HEIGHT, SPARK_WIDTH, SPARK_HEIGHT, SPARK_WIDTH, SPARK_HEIGHT,
                          careplan_measure_get_result (measure) == CAREPLAN_MEASURE_RESULT_NO_DATA
                          ? "#f3f2f1" : "#e6ebef");
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
  /* Every item for a mean-days measure, and for one without data (its
   * items are the children looked at, neither counted nor not). */
  gboolean days = careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS ||
                  careplan_measure_get_result (measure) == CAREPLAN_MEASURE_RESULT_NO_DATA;
  gboolean show_days = careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS;
  guint n = careplan_measure_get_n_items (measure);
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
  if (show_days)
    g_string_append (out, "<th class=\"num\">Days</th>");
  g_string_append (out, "<th>Why</th></tr></thead><tbody>\n");

  for (i = 0; i < n; i++)
    {
      if (!days && careplan_measure_get_item_counted (measure, i) != counted)
        continue;
      g_string_append (out, "<tr><td class=\"child\">");
      html_escape (out, careplan_measure_get_item_child_id (measure, i));
      g_string_append (out, "</td>");
      if (show_days)
        g_string_append_printf (out, "<td class=\"num\">%d</td>", careplan_measure_get_item_value (measure, i));
      g_string_append (out, "<td>");
      html_escape (out, careplan_measure_get_item_note (measure, i));
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody></table></details>\n");
}

static void
append_no_data (GString         *out,
                CareplanMeasure *measure)
{
  const char *note = careplan_measure_get_result_note (measure);

  /* The heading says it: the note goes on with the reason. */
  if (g_str_has_prefix (note, "No data in this source: "))
    note += strlen ("No data in this source: ");
  else if (g_str_has_prefix (note, "No data: "))
    note += strlen ("No data: ");
  g_string_append (out, g_str_has_prefix (careplan_measure_get_result_note (measure), "No data: ")
                        ? "<div class=\"nodata\"><strong>No data: a figure or file you give is needed</strong>"
                        : "<div class=\"nodata\"><strong>No data in this source</strong>");
  if (g_ascii_islower (*note))
    {
      g_string_append_c (out, g_ascii_toupper (*note));
      note++;
    }
  html_escape (out, note);
  g_string_append (out, "</div>\n");
}

static void
append_measure (GString                    *out,
                CareplanMeasuresSeries     *series,
                CareplanMeasuresComparison *comparison)
{
  CareplanMeasure *measure = careplan_measures_series_latest (series);
  CareplanConfirmation confirmation = careplan_measure_get_confirmation (measure);
  CareplanMeasureResult result = careplan_measure_get_result (measure);
  g_autofree char *rate = careplan_measures_format_rate (measure);
  g_autofree char *counts = careplan_measures_format_counts (measure);
  gboolean any_rate = FALSE;
  guint i;

  for (i = 0; i < series->measures->len; i++)
    any_rate = any_rate || careplan_measure_has_rate (g_ptr_array_index (series->measures, i));

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
  g_string_append (out, "</span></p>\n");

  if (result == CAREPLAN_MEASURE_RESULT_NO_DATA)
    append_no_data (out, measure);
  else
    {
      g_string_append (out, "<p class=\"result\"><strong>");
      html_escape (out, careplan_measure_has_rate (measure) ? rate : "No result");
      g_string_append (out, "</strong>");
      html_escape (out, careplan_measure_has_rate (measure) ? counts : "nothing to measure in the period");
      g_string_append (out, "</p>\n");
      if (result == CAREPLAN_MEASURE_RESULT_PARTIAL)
        {
          g_string_append (out, "<p class=\"partial\">");
          html_escape (out, careplan_measure_get_result_note (measure));
          g_string_append (out, "</p>\n");
        }
      append_chart (out, series, comparison);
    }
  if (series->measures->len > 1)
    {
      if (any_rate)
        append_trend (out, series, comparison);
      append_series_table (out, series, comparison);
    }
  else if (result != CAREPLAN_MEASURE_RESULT_NO_DATA && series_has_comparison (series, comparison))
    append_series_table (out, series, comparison);

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
  if (result == CAREPLAN_MEASURE_RESULT_NO_DATA)
    append_items (out, measure, FALSE, "The children looked at");
  else if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_MEAN_DAYS)
    append_items (out, measure, TRUE, "The children behind the mean");
  else if (careplan_measure_get_scale (measure) == CAREPLAN_MEASURE_SCALE_PER_10000)
    append_items (out, measure, TRUE, "The children counted");
  else
    {
      append_items (out, measure, FALSE, "Not counted");
      append_items (out, measure, TRUE, "Counted");
    }
  g_string_append (out, "</article>\n");
}

static void
append_summary_row (GString                    *out,
                    CareplanMeasuresSeries     *series,
                    CareplanMeasuresComparison *comparison)
{
  CareplanMeasure *measure = careplan_measures_series_latest (series);
  g_autofree char *rate = careplan_measures_format_rate (measure);
  g_autofree char *counts = careplan_measures_format_counts (measure);
  gboolean no_data = careplan_measure_get_result (measure) == CAREPLAN_MEASURE_RESULT_NO_DATA;

  g_string_append (out, "<tr><td><a href=\"#");
  append_anchor (out, careplan_measure_get_id (measure));
  g_string_append (out, "\">");
  html_escape (out, careplan_measure_get_title (measure));
  g_string_append (out, "</a><br><span class=\"id\">");
  html_escape (out, careplan_measure_get_id (measure));
  g_string_append_printf (out, "</span></td><td class=\"num%s\">", no_data ? " nd" : "");
  html_escape (out, no_data ? "no data" : careplan_measure_has_rate (measure) ? rate : "–");
  g_string_append_printf (out, "</td><td%s>", no_data ? " class=\"nd\"" : "");
  /* "No data:" notes ask for a file or parameter; the others say the
   * source lacks the facts. */
  html_escape (out, !no_data ? counts
                    : g_str_has_prefix (careplan_measure_get_result_note (measure), "No data in this source")
                    ? "not in this source" : "needs a file or parameter");
  g_string_append (out, "</td>");
  if (comparison != NULL)
    {
      double reference;
      const char *label = NULL;

      g_string_append (out, "<td class=\"num\">");
      if (careplan_measures_comparison_rate (comparison, measure, &reference, &label))
        {
          g_autofree char *text = careplan_measures_format_value (measure, reference);

          html_escape (out, text);
          g_string_append (out, "<br><span class=\"id\">");
          html_escape (out, label);
          g_string_append (out, "</span>");
        }
      g_string_append (out, "</td>");
    }
  g_string_append (out, "<td>");
  append_spark (out, measure);
  g_string_append (out, "</td></tr>\n");
}

/* The placement mix as one stacked bar: the eight sufficiency.mix.*
 * measures of the latest period, which share a denominator. */
static const char * const mix_colours[] = {
  "#1d70b8", "#5694ca", "#00703c", "#d4351c", "#f47738", "#912b88", "#505a5f", "#b1b4b6",
};

static void
append_mix_bar (GString   *out,
                GPtrArray *all_series)
{
  g_autoptr(GPtrArray) mix = g_ptr_array_new ();
  guint denominator = 0;
  double x = 0.0;
  guint i;

  for (i = 0; i < all_series->len; i++)
    {
      CareplanMeasuresSeries *series = g_ptr_array_index (all_series, i);

      if (g_str_has_prefix (series->id, "sufficiency.mix."))
        g_ptr_array_add (mix, careplan_measures_series_latest (series));
    }
  if (mix->len == 0)
    return;
  denominator = careplan_measure_get_denominator (g_ptr_array_index (mix, 0));

  g_string_append (out, "<article class=\"measure\" id=\"m-sufficiency-mix\">\n<h3>Where children live at the "
                        "period end: the placement mix</h3>\n");
  if (denominator == 0)
    {
      g_string_append (out, "<p class=\"result\">No child looked after at the period end.</p>\n</article>\n");
      return;
    }
  g_string_append_printf (out, "<p class=\"result\"><strong>%u</strong>children looked after at the period end</p>\n",
                          denominator);
  g_string_append_printf (out, "<svg class=\"chart mix\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" "
                               "viewBox=\"0 0 %d 48\" width=\"%d\" height=\"48\"><title>Placement mix</title>",
                          CHART_WIDTH, CHART_WIDTH);
  for (i = 0; i < mix->len; i++)
    {
      CareplanMeasure *measure = g_ptr_array_index (mix, i);
      double width = (double) careplan_measure_get_numerator (measure) / denominator * CHART_WIDTH;

      if (width <= 0)
        continue;
      g_string_append (out, "<rect x=\"");
      append_number (out, x);
      g_string_append (out, "\" y=\"4\" height=\"40\" width=\"");
      append_number (out, width);
      g_string_append_printf (out, "\" fill=\"%s\"><title>", mix_colours[i % G_N_ELEMENTS (mix_colours)]);
      html_escape (out, careplan_measure_get_title (measure));
      g_string_append_printf (out, ": %u</title></rect>", careplan_measure_get_numerator (measure));
      x += width;
    }
  g_string_append (out, "</svg>\n<p class=\"legend\">");
  for (i = 0; i < mix->len; i++)
    {
      CareplanMeasure *measure = g_ptr_array_index (mix, i);
      g_autofree char *rate = careplan_measures_format_rate (measure);
      const char *title = careplan_measure_get_title (measure);

      g_string_append_printf (out, "<span><i style=\"background:%s\"></i>",
                              mix_colours[i % G_N_ELEMENTS (mix_colours)]);
      html_escape (out, g_str_has_prefix (title, "Placement mix: ") ? title + strlen ("Placement mix: ") : title);
      g_string_append_printf (out, " %u (", careplan_measure_get_numerator (measure));
      html_escape (out, rate);
      g_string_append (out, ")</span>");
    }
  g_string_append (out, "</p>\n</article>\n");
}

static void
append_section (GPtrArray            *all_series,
                const char           *group,
                const char           *heading,
                CareplanMeasuresSink *sink)
{
  gboolean started = FALSE;
  guint i;

  for (i = 0; i < all_series->len; i++)
    {
      CareplanMeasuresSeries *series = g_ptr_array_index (all_series, i);
      CareplanMeasure *measure = careplan_measures_series_latest (series);

      if (g_strcmp0 (careplan_measure_get_group (measure), group) != 0)
        continue;
      if (!started)
        {
          g_string_append_printf (sink->buffer, "<section>\n<h2>%s</h2>\n", heading);
          if (g_str_equal (group, "sufficiency"))
            append_mix_bar (sink->buffer, all_series);
          started = TRUE;
        }
      append_measure (sink->buffer, series, sink->comparison);
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
  g_autoptr(GArray) ends = NULL;
  g_autoptr(GPtrArray) all_series = careplan_measures_group_series (measures, &ends);
  CareplanMeasure *first = all_series->len > 0
                           ? careplan_measures_series_latest (g_ptr_array_index (all_series, 0)) : NULL;
  const char *authority = careplan_measures_local_authority (measures);
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
      if (ends->len > 1)
        {
          g_string_append_printf (out, " · with the trend over %u periods, from ", ends->len);
          append_long_date (out, g_array_index (ends, CareplanDate, 0));
        }
      g_string_append (out, "</p>\n");
    }
  if (authority != NULL)
    {
      g_string_append (out, "<p class=\"council\">Council (local authority code): <strong>");
      html_escape (out, authority);
      g_string_append (out, "</strong></p>\n");
    }
  g_string_append (out,
                   "<p class=\"lede\">Each measure says what it counts, where the definition comes from "
                   "and how sure that is. The bar shows the result against 100&nbsp;% (or, for the "
                   "adoption measures, the mean number of days against the scorecard threshold). "
                   "A grey panel means the data this report was made from does not hold what the "
                   "measure needs: that is no data, not a rate of zero. "
                   "Open the lists under a measure to see the children behind it and why each one "
                   "is or is not counted.</p>\n</header>\n");

  g_string_append (out, "<section class=\"summary\">\n<h2>At a glance</h2>\n"
                        "<table><thead><tr><th>Measure</th><th class=\"num\">Result</th><th>Counts</th>");
  if (sink->comparison != NULL)
    g_string_append (out, "<th class=\"num\">Comparison</th>");
  g_string_append (out, "<th></th></tr></thead><tbody>\n");
  for (i = 0; i < all_series->len; i++)
    append_summary_row (out, g_ptr_array_index (all_series, i), sink->comparison);
  g_string_append (out, "</tbody></table>\n</section>\n");
  if (!careplan_measures_sink_flush (sink, FALSE))
    return;

  append_section (all_series, "dfe", "DfE indicators", sink);
  append_section (all_series, "local", "Local measures that matter", sink);
  append_section (all_series, "sufficiency", "Sufficiency: where children live", sink);

  g_string_append (sink->buffer,
                   "<footer>Computed by careplan " PACKAGE_VERSION " from the children's records as they "
                   "stood at the end of each period. Children are named by their record ids only. "
                   "Where a counting rule is marked unconfirmed, careplan chose a reading, "
                   "wrote it into the definition and made it a parameter. Comparison figures, where "
                   "shown, come from a file the user gave, with its sources; careplan ships none.</footer>\n"
                   "</body>\n</html>\n");
}
