/* careplan-timeline.c: a child's journey on one page (SVG or HTML)
 *
 * The page an independent reviewing officer or a new social worker reads
 * to see a child's whole time in care and every clock on it at a glance:
 *
 * - a date axis from the first episode to the as-of date (or the latest
 *   due date, if later), with a tick each year and each month;
 * - the periods of care and, under them, the placements, coloured by the
 *   kind of placement (the SSDA903 placement type);
 * - the dated events (reviews, visits, health assessments, PEPs, plans,
 *   life-story work, missing episodes…) as marks, one row a kind;
 * - every obligation as a window from its anchor to its due date, one row
 *   a rule, coloured by status (met, met late, due, overdue), with a mark
 *   where it was met, and the rule id, the finding's sentence and the
 *   citation on hover (an SVG `<title>`, which is also what a screen
 *   reader says);
 * - the as-of date as a dashed line.
 *
 * No script, no external resource, fixed fonts sizes and a white page, so
 * that it prints.  Only the child's id is shown: records hold no names.
 * Every text that comes from a record is escaped for XML.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-timeline.h"

#include "careplan-error.h"
#include "careplan-event.h"
#include "careplan-finding.h"
#include "careplan-period-of-care.h"
#include "careplan-placement.h"
#include "careplan-rule.h"

#include <string.h>

#define PAGE_WIDTH   1200
#define LABEL_WIDTH  230
#define RIGHT_MARGIN 30
#define TOP          64
#define ROW_HEIGHT   22
#define BAR_HEIGHT   14
#define LABEL_CHARS  34

typedef struct
{
  CareplanDate first;
  CareplanDate last;
  double       px_per_day;
} Axis;

static double
axis_x (const Axis   *axis,
        CareplanDate  date)
{
  if (date < axis->first)
    date = axis->first;
  if (date > axis->last)
    date = axis->last;
  return LABEL_WIDTH + (double) (date - axis->first) * axis->px_per_day;
}

/* XML text and attribute values: & < > " ' escaped, control characters
 * (which XML 1.0 forbids) shown as spaces, invalid UTF-8 replaced. */
static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  const char *p;

  for (p = valid; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\'': g_string_append (out, "&#39;"); break;
        default:
          if ((guchar) *p < 0x20 && *p != '\n')
            g_string_append_c (out, ' ');
          else
            g_string_append_c (out, *p);
        }
    }
}

/* At most @max characters of @text, with an ellipsis when cut. */
static char *
shorten (const char *text,
         glong       max)
{
  if (text == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  {
    g_autofree char *head = g_utf8_substring (text, 0, max - 1);
    return g_strconcat (head, "…", NULL);
  }
}

static char *
iso (CareplanDate date)
{
  return date != CAREPLAN_DATE_NONE ? careplan_date_to_iso (date) : g_strdup ("—");
}

/* The kind of placement behind a 903 placement type, for its colour. */
typedef struct
{
  const char *css;
  const char *label;
} PlacementKind;

static const PlacementKind placement_kinds[] = {
  { "pl-connected", "Foster care, connected person (U1–U3)" },
  { "pl-foster", "Foster care (U4–U6)" },
  { "pl-adoption", "Placed for adoption (A3–A6)" },
  { "pl-parents", "With parents (P1)" },
  { "pl-residential", "Children's home or residential (K2, R1, S1…)" },
  { "pl-independent", "Independent or semi-independent (H5, P2, P3…)" },
  { "pl-secure", "Secure or custody (K1, R5…)" },
  { "pl-other", "Other or not recorded" },
};

static const PlacementKind *
placement_kind (const char *type)
{
  if (type == NULL || *type == '\0')
    return &placement_kinds[7];
  if (g_str_equal (type, "U1") || g_str_equal (type, "U2") || g_str_equal (type, "U3"))
    return &placement_kinds[0];
  if (type[0] == 'U')
    return &placement_kinds[1];
  if (type[0] == 'A')
    return &placement_kinds[2];
  if (g_str_equal (type, "P1"))
    return &placement_kinds[3];
  if (g_str_equal (type, "K1") || g_str_equal (type, "R5") || g_str_equal (type, "K3"))
    return &placement_kinds[6];
  if (g_str_equal (type, "H5") || g_str_equal (type, "P2") || g_str_equal (type, "P3") ||
      g_str_equal (type, "P4") || g_str_equal (type, "Z11") || g_str_equal (type, "Z12"))
    return &placement_kinds[5];
  if (type[0] == 'K' || type[0] == 'R' || type[0] == 'S')
    return &placement_kinds[4];
  return &placement_kinds[7];
}

/* The event kinds drawn as marks, in the order of their rows. */
static const struct
{
  CareplanEventKind kind;
  const char       *label;
  const char       *shape;   /* "circle", "diamond", "square" */
} event_rows[] = {
  { CAREPLAN_EVENT_KIND_CARE_PLAN, "Care plans", "square" },
  { CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, "Placement plans", "square" },
  { CAREPLAN_EVENT_KIND_REVIEW, "Reviews", "diamond" },
  { CAREPLAN_EVENT_KIND_VISIT, "Social-worker visits", "circle" },
  { CAREPLAN_EVENT_KIND_HEALTH_ASSESSMENT, "Health assessments", "circle" },
  { CAREPLAN_EVENT_KIND_DENTAL_CHECK, "Dental checks", "circle" },
  { CAREPLAN_EVENT_KIND_EDUCATION_PLAN, "Personal education plans", "square" },
  { CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, "Permanence plans", "diamond" },
  { CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, "Life-story work", "diamond" },
  { CAREPLAN_EVENT_KIND_MISSING_EPISODE, "Missing from care", "circle" },
  { CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "Pathway plans", "square" },
  { CAREPLAN_EVENT_KIND_PA_VISIT, "Personal adviser visits", "circle" },
};

static const char *
status_css (CareplanFindingStatus status)
{
  switch (status)
    {
    case CAREPLAN_FINDING_STATUS_MET: return "st-met";
    case CAREPLAN_FINDING_STATUS_MET_LATE: return "st-met-late";
    case CAREPLAN_FINDING_STATUS_DUE: return "st-due";
    case CAREPLAN_FINDING_STATUS_OVERDUE: return "st-overdue";
    case CAREPLAN_FINDING_STATUS_NOT_APPLICABLE:
    case CAREPLAN_FINDING_STATUS_UNKNOWN:
    default:
      return "st-other";
    }
}

static const char *
status_label (CareplanFindingStatus status)
{
  switch (status)
    {
    case CAREPLAN_FINDING_STATUS_MET: return "met";
    case CAREPLAN_FINDING_STATUS_MET_LATE: return "met late";
    case CAREPLAN_FINDING_STATUS_DUE: return "due";
    case CAREPLAN_FINDING_STATUS_OVERDUE: return "overdue";
    case CAREPLAN_FINDING_STATUS_NOT_APPLICABLE: return "not applicable";
    case CAREPLAN_FINDING_STATUS_UNKNOWN:
    default:
      return "unknown";
    }
}

static gboolean
finding_is_drawn (CareplanFinding *finding)
{
  CareplanFindingStatus status = careplan_finding_get_status (finding);

  return status != CAREPLAN_FINDING_STATUS_NOT_APPLICABLE &&
         status != CAREPLAN_FINDING_STATUS_UNKNOWN &&
         careplan_finding_get_due (finding) != CAREPLAN_DATE_NONE;
}

static const char svg_style[] =
  "<style>\n"
  "text{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;font-size:11px;fill:#1d1d1f}\n"
  ".title{font-size:16px;font-weight:bold}.sub{fill:#555}\n"
  ".section{font-size:12px;font-weight:bold;fill:#333}\n"
  ".tick{stroke:#ddd;stroke-width:1}.tick-year{stroke:#aaa;stroke-width:1}\n"
  ".year{fill:#555;font-size:10px}.band{fill:#f5f5f7}\n"
  ".asof{stroke:#1d1d1f;stroke-width:1.5;stroke-dasharray:5 3}\n"
  ".period{fill:#c9d6e8;stroke:#4a6a94}.short-break{fill:#eee;stroke:#888;stroke-dasharray:3 2}\n"
  ".pl-connected{fill:#7fc97f}.pl-foster{fill:#5fb0b0}.pl-adoption{fill:#b59ad6}\n"
  ".pl-parents{fill:#fdb462}.pl-residential{fill:#e78ac3}.pl-independent{fill:#d9c36a}\n"
  ".pl-secure{fill:#8d8d8d}.pl-other{fill:#d0d0d0}\n"
  ".placement{stroke:#fff;stroke-width:1}\n"
  ".mark{fill:#2b2b2b}\n"
  ".st-met{fill:#cfe8cf;stroke:#2e7d32}.st-met-late{fill:#ffe2b0;stroke:#c77700}\n"
  ".st-due{fill:#cfe0f7;stroke:#1f5fbf}.st-overdue{fill:#f7c6c6;stroke:#b71c1c;stroke-width:2}\n"
  ".st-other{fill:#eee;stroke:#999}\n"
  ".done{stroke:#1d1d1f;stroke-width:2}\n"
  ".legend{font-size:10px}\n"
  "</style>\n";

typedef struct
{
  char  *rule_id;
  char  *label;
  GPtrArray *findings;  /* CareplanFinding, borrowed from the model */
} RuleRow;

static void
rule_row_free (gpointer data)
{
  RuleRow *row = data;

  g_free (row->rule_id);
  g_free (row->label);
  g_ptr_array_unref (row->findings);
  g_free (row);
}

static void
append_mark (GString    *out,
             const char *shape,
             double      x,
             double      y,
             const char *title)
{
  if (g_str_equal (shape, "diamond"))
    g_string_append_printf (out, "<path class=\"mark\" d=\"M%.1f %.1f l5 5 l-5 5 l-5 -5 z\">",
                            x, y - 5);
  else if (g_str_equal (shape, "square"))
    g_string_append_printf (out, "<rect class=\"mark\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\">",
                            x - 4, y - 4);
  else
    g_string_append_printf (out, "<circle class=\"mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\">", x, y);
  g_string_append (out, "<title>");
  append_escaped (out, title);
  g_string_append (out, "</title>");
  if (g_str_equal (shape, "diamond"))
    g_string_append (out, "</path>\n");
  else if (g_str_equal (shape, "square"))
    g_string_append (out, "</rect>\n");
  else
    g_string_append (out, "</circle>\n");
}

static void
append_row_label (GString    *out,
                  double      y,
                  const char *label,
                  const char *css)
{
  g_string_append_printf (out, "<text class=\"%s\" x=\"8\" y=\"%.1f\">", css, y + 4);
  append_escaped (out, label);
  g_string_append (out, "</text>\n");
}

static void
append_svg (GString       *out,
            CareplanChild *child,
            GListModel    *findings,
            CareplanDate   as_of,
            Axis          *axis)
{
  g_autoptr(GListModel) periods = careplan_child_dup_periods_of_care (child);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (rule_row_free);
  g_autoptr(GHashTable) row_of_rule = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *events = careplan_child_get_events (child);
  gboolean kind_present[G_N_ELEMENTS (event_rows)] = { FALSE };
  guint n_event_rows = 0;
  guint i, j, n;
  double y, height, plot_right = PAGE_WIDTH - RIGHT_MARGIN;
  int year;

  /* Which event rows have anything, so that empty kinds take no room. */
  n = g_list_model_get_n_items (events);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanEvent) event = g_list_model_get_item (events, i);

      for (j = 0; j < G_N_ELEMENTS (event_rows); j++)
        if (careplan_event_get_kind (event) == event_rows[j].kind &&
            careplan_event_get_date (event) != CAREPLAN_DATE_NONE &&
            careplan_event_get_date (event) <= as_of)
          kind_present[j] = TRUE;
    }
  for (j = 0; j < G_N_ELEMENTS (event_rows); j++)
    n_event_rows += kind_present[j];

  /* One row a rule, in the order the findings first name them. */
  n = findings != NULL ? g_list_model_get_n_items (findings) : 0;
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      const char *rule_id = careplan_finding_get_rule_id (finding);
      RuleRow *row;

      if (!finding_is_drawn (finding))
        continue;
      row = g_hash_table_lookup (row_of_rule, rule_id);
      if (row == NULL)
        {
          CareplanRule *rule = careplan_finding_get_rule (finding);

          row = g_new0 (RuleRow, 1);
          row->rule_id = g_strdup (rule_id);
          row->label = shorten (rule != NULL ? careplan_rule_get_title (rule) : rule_id, LABEL_CHARS);
          row->findings = g_ptr_array_new ();
          g_ptr_array_add (rows, row);
          g_hash_table_insert (row_of_rule, row->rule_id, row);
        }
      g_ptr_array_add (row->findings, finding);   /* the model holds a reference */
    }

  height = TOP + 30 + 2 * ROW_HEIGHT + 30 + n_event_rows * ROW_HEIGHT + 30 +
           MAX (rows->len, 1) * ROW_HEIGHT + 120;

  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%.0f\" "
                          "viewBox=\"0 0 %d %.0f\" role=\"img\" aria-labelledby=\"tl-title\">\n",
                          PAGE_WIDTH, height, PAGE_WIDTH, height);
  g_string_append (out, svg_style);
  g_string_append_printf (out, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%.0f\" fill=\"#fff\"/>\n",
                          PAGE_WIDTH, height);
  {
    g_autofree char *as_of_text = iso (as_of);
    g_autofree char *dob = iso (careplan_child_get_date_of_birth (child));

    g_string_append (out, "<text id=\"tl-title\" class=\"title\" x=\"8\" y=\"24\">Journey of child ");
    append_escaped (out, careplan_child_get_id (child));
    g_string_append (out, "</text>\n");
    g_string_append_printf (out, "<text class=\"sub\" x=\"8\" y=\"42\">Born %s · as of %s · "
                            "each obligation runs from what started its clock to its due date</text>\n",
                            dob, as_of_text);
  }

  /* The axis: a light band and a tick a month, a darker one and the year
   * each 1 January. */
  y = TOP;
  for (year = careplan_date_get_year (axis->first); year <= careplan_date_get_year (axis->last); year++)
    {
      int month;

      for (month = 1; month <= 12; month++)
        {
          CareplanDate d = careplan_date_new (year, month, 1);
          double x;

          if (d < axis->first || d > axis->last)
            continue;
          x = axis_x (axis, d);
          g_string_append_printf (out, "<line class=\"%s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                                  month == 1 ? "tick-year" : "tick", x, y, x, height - 110);
          if (month == 1 || (axis->last - axis->first < 800 && month % 3 == 1))
            g_string_append_printf (out, "<text class=\"year\" x=\"%.1f\" y=\"%.1f\">%04d%s%s</text>\n",
                                    x + 2, y + 10, year, month == 1 ? "" : "-",
                                    month == 1 ? "" : (month == 4 ? "04" : month == 7 ? "07" : "10"));
        }
    }

  /* Periods of care and placements. */
  y = TOP + 30;
  g_string_append_printf (out, "<text class=\"section\" x=\"8\" y=\"%.1f\">Care</text>\n", y - 8);
  append_row_label (out, y + ROW_HEIGHT / 2.0, "Periods of care", "sub");
  append_row_label (out, y + ROW_HEIGHT * 1.5, "Placements", "sub");
  n = g_list_model_get_n_items (periods);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPeriodOfCare) period = g_list_model_get_item (periods, i);
      CareplanDate start = careplan_period_of_care_get_start (period);
      CareplanDate end = careplan_period_of_care_get_end (period);
      GListModel *placements = careplan_period_of_care_get_placements (period);
      g_autofree char *start_text = iso (start);
      g_autofree char *end_text = end != CAREPLAN_DATE_NONE ? iso (end) : g_strdup ("ongoing");
      double x1, x2;
      guint k, m;

      if (start == CAREPLAN_DATE_NONE || start > as_of)
        continue;
      x1 = axis_x (axis, start);
      x2 = axis_x (axis, end != CAREPLAN_DATE_NONE && end < as_of ? end : as_of);
      g_string_append_printf (out, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\">"
                              "<title>Period of care%s: %s to %s</title></rect>\n",
                              careplan_period_of_care_get_short_break (period) ? "short-break" : "period",
                              x1, y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0, MAX (x2 - x1, 2.0), BAR_HEIGHT,
                              careplan_period_of_care_get_short_break (period) ? " (short breaks)" : "",
                              start_text, end_text);

      m = g_list_model_get_n_items (placements);
      for (k = 0; k < m; k++)
        {
          g_autoptr(CareplanPlacement) placement = g_list_model_get_item (placements, k);
          CareplanDate p_start = careplan_placement_get_start (placement);
          CareplanDate p_end = careplan_placement_get_end (placement);
          const char *type = careplan_placement_get_placement_type (placement);
          const PlacementKind *kind = placement_kind (type);
          g_autofree char *p_start_text = iso (p_start);
          g_autofree char *p_end_text = p_end != CAREPLAN_DATE_NONE ? iso (p_end) : g_strdup ("ongoing");
          double px1, px2;

          if (p_start == CAREPLAN_DATE_NONE || p_start > as_of)
            continue;
          px1 = axis_x (axis, p_start);
          px2 = axis_x (axis, p_end != CAREPLAN_DATE_NONE && p_end < as_of ? p_end : as_of);
          g_string_append_printf (out, "<rect class=\"placement %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\">"
                                  "<title>Placement ", kind->css, px1,
                                  y + ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2.0,
                                  MAX (px2 - px1, 2.0), BAR_HEIGHT);
          append_escaped (out, type != NULL ? type : "(type not recorded)");
          g_string_append_printf (out, "%s%s: %s to %s</title></rect>\n",
                                  careplan_placement_get_long_term (placement) ? ", long-term" : "",
                                  "", p_start_text, p_end_text);
          if (px2 - px1 > 28 && type != NULL)
            {
              g_string_append_printf (out, "<text x=\"%.1f\" y=\"%.1f\">", px1 + 3,
                                      y + ROW_HEIGHT * 1.5 + 4);
              append_escaped (out, type);
              g_string_append (out, "</text>\n");
            }
        }
    }

  /* Events, one row a kind. */
  y += 2 * ROW_HEIGHT + 30;
  g_string_append_printf (out, "<text class=\"section\" x=\"8\" y=\"%.1f\">What happened</text>\n", y - 8);
  for (j = 0; j < G_N_ELEMENTS (event_rows); j++)
    {
      if (!kind_present[j])
        continue;
      if (j % 2 == 0)
        g_string_append_printf (out, "<rect class=\"band\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\"/>\n",
                                LABEL_WIDTH, y, plot_right - LABEL_WIDTH, ROW_HEIGHT);
      append_row_label (out, y + ROW_HEIGHT / 2.0, event_rows[j].label, "sub");
      n = g_list_model_get_n_items (events);
      for (i = 0; i < n; i++)
        {
          g_autoptr(CareplanEvent) event = g_list_model_get_item (events, i);
          CareplanDate date = careplan_event_get_date (event);
          g_autofree char *date_text = NULL;
          g_autofree char *title = NULL;

          if (careplan_event_get_kind (event) != event_rows[j].kind ||
              date == CAREPLAN_DATE_NONE || date > as_of)
            continue;
          date_text = iso (date);
          title = g_strdup_printf ("%s on %s", event_rows[j].label, date_text);
          append_mark (out, event_rows[j].shape, axis_x (axis, date), y + ROW_HEIGHT / 2.0, title);
        }
      y += ROW_HEIGHT;
    }

  /* Obligations, one row a rule. */
  y += 30;
  g_string_append_printf (out, "<text class=\"section\" x=\"8\" y=\"%.1f\">Obligations (anchor to due date)</text>\n",
                          y - 8);
  if (rows->len == 0)
    g_string_append_printf (out, "<text class=\"sub\" x=\"%d\" y=\"%.1f\">No obligation with a due date at this as-of date.</text>\n",
                            LABEL_WIDTH, y + ROW_HEIGHT / 2.0 + 4);
  for (i = 0; i < rows->len; i++)
    {
      RuleRow *row = g_ptr_array_index (rows, i);
      g_autofree char *label_title = NULL;

      if (i % 2 == 0)
        g_string_append_printf (out, "<rect class=\"band\" x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\"/>\n",
                                LABEL_WIDTH, y, plot_right - LABEL_WIDTH, ROW_HEIGHT);
      g_string_append_printf (out, "<text class=\"sub\" x=\"8\" y=\"%.1f\">", y + ROW_HEIGHT / 2.0 + 4);
      append_escaped (out, row->label);
      g_string_append (out, "<title>");
      append_escaped (out, row->rule_id);
      g_string_append (out, "</title></text>\n");

      for (j = 0; j < row->findings->len; j++)
        {
          CareplanFinding *finding = g_ptr_array_index (row->findings, j);
          CareplanRule *rule = careplan_finding_get_rule (finding);
          CareplanFindingStatus status = careplan_finding_get_status (finding);
          CareplanDate anchor = careplan_finding_get_anchor_date (finding);
          CareplanDate due = careplan_finding_get_due (finding);
          CareplanDate done = careplan_finding_get_done (finding);
          double x1 = axis_x (axis, anchor != CAREPLAN_DATE_NONE ? anchor : due);
          double x2 = axis_x (axis, due);

          g_string_append_printf (out, "<g><rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" rx=\"2\"/>",
                                  status_css (status), x1, y + (ROW_HEIGHT - BAR_HEIGHT) / 2.0,
                                  MAX (x2 - x1, 3.0), BAR_HEIGHT);
          if (done != CAREPLAN_DATE_NONE)
            {
              double xd = axis_x (axis, done);

              g_string_append_printf (out, "<line class=\"done\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>",
                                      xd, y + 3, xd, y + ROW_HEIGHT - 3);
            }
          g_string_append (out, "<title>");
          append_escaped (out, careplan_finding_get_rule_id (finding));
          g_string_append_printf (out, " — %s\n", status_label (status));
          append_escaped (out, careplan_finding_get_message (finding));
          if (rule != NULL)
            {
              g_string_append_c (out, '\n');
              append_escaped (out, careplan_rule_get_instrument (rule));
              g_string_append (out, ", ");
              append_escaped (out, careplan_rule_get_provision (rule));
              g_string_append_c (out, '\n');
              append_escaped (out, careplan_rule_get_url (rule));
            }
          g_string_append (out, "</title></g>\n");
        }
      y += ROW_HEIGHT;
    }

  /* The as-of line over everything. */
  {
    double x = axis_x (axis, as_of);

    g_string_append_printf (out, "<line class=\"asof\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                            x, TOP, x, y);
    g_string_append_printf (out, "<text class=\"year\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">as of</text>\n",
                            x - 3, (double) TOP + 22);
  }

  /* The legend. */
  y += 30;
  {
    static const CareplanFindingStatus statuses[] = {
      CAREPLAN_FINDING_STATUS_MET, CAREPLAN_FINDING_STATUS_MET_LATE,
      CAREPLAN_FINDING_STATUS_DUE, CAREPLAN_FINDING_STATUS_OVERDUE,
    };
    double x = 8;

    g_string_append_printf (out, "<text class=\"legend\" x=\"%.1f\" y=\"%.1f\">Obligations:</text>\n", x, y + 10);
    x = 90;
    for (i = 0; i < G_N_ELEMENTS (statuses); i++)
      {
        g_string_append_printf (out, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"22\" height=\"12\" rx=\"2\"/>"
                                "<text class=\"legend\" x=\"%.1f\" y=\"%.1f\">%s</text>\n",
                                status_css (statuses[i]), x, y, x + 26, y + 10, status_label (statuses[i]));
        x += 100;
      }
    g_string_append_printf (out, "<line class=\"done\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>"
                            "<text class=\"legend\" x=\"%.1f\" y=\"%.1f\">date met</text>\n",
                            x + 10, y, x + 10, y + 12, x + 16, y + 10);
    y += 24;
    x = 8;
    g_string_append_printf (out, "<text class=\"legend\" x=\"%.1f\" y=\"%.1f\">Placements:</text>\n", x, y + 10);
    x = 90;
    for (i = 0; i < G_N_ELEMENTS (placement_kinds); i++)
      {
        if (i == 4)
          {
            y += 18;
            x = 90;
          }
        g_string_append_printf (out, "<rect class=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"22\" height=\"12\"/>"
                                "<text class=\"legend\" x=\"%.1f\" y=\"%.1f\">",
                                placement_kinds[i].css, x, y, x + 26, y + 10);
        append_escaped (out, placement_kinds[i].label);
        g_string_append (out, "</text>\n");
        x += 265;
      }
  }
  g_string_append (out, "</svg>\n");
}

static const char html_style[] =
  "<style>\n"
  "body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;margin:24px;color:#1d1d1f;background:#fff}\n"
  "h1{font-size:20px}h2{font-size:16px;margin-top:28px}\n"
  "table{border-collapse:collapse;font-size:12px;width:100%}\n"
  "th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}\n"
  "th{background:#f5f5f7}.st{font-weight:bold;white-space:nowrap}\n"
  ".overdue{color:#b71c1c}.met-late{color:#c77700}.due{color:#1f5fbf}.met{color:#2e7d32}\n"
  "td.date{white-space:nowrap}\n"
  "@media print{body{margin:0}svg{width:100%;height:auto}h2{page-break-before:always}}\n"
  "</style>\n";

static void
append_html (GString       *out,
             CareplanChild *child,
             GListModel    *findings,
             CareplanDate   as_of,
             Axis          *axis)
{
  g_autofree char *as_of_text = iso (as_of);
  guint i, n;

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Journey of child ");
  append_escaped (out, careplan_child_get_id (child));
  g_string_append_printf (out, " as of %s</title>\n", as_of_text);
  g_string_append (out, html_style);
  g_string_append (out, "</head>\n<body>\n<h1>Journey of child ");
  append_escaped (out, careplan_child_get_id (child));
  g_string_append_printf (out, ", as of %s</h1>\n", as_of_text);
  append_svg (out, child, findings, as_of, axis);

  g_string_append (out, "<h2>Every obligation</h2>\n<table>\n<thead><tr><th>Rule</th><th>Status</th>"
                        "<th>Anchor</th><th>Due</th><th>Done</th><th>What it says</th><th>Citation</th></tr></thead>\n<tbody>\n");
  n = findings != NULL ? g_list_model_get_n_items (findings) : 0;
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      CareplanRule *rule = careplan_finding_get_rule (finding);
      CareplanFindingStatus status = careplan_finding_get_status (finding);
      g_autofree char *anchor = iso (careplan_finding_get_anchor_date (finding));
      g_autofree char *due = iso (careplan_finding_get_due (finding));
      g_autofree char *done = iso (careplan_finding_get_done (finding));

      g_string_append (out, "<tr><td>");
      append_escaped (out, careplan_finding_get_rule_id (finding));
      g_string_append_printf (out, "</td><td class=\"st %s\">%s</td><td class=\"date\">",
                              careplan_finding_status_to_string (status), status_label (status));
      append_escaped (out, careplan_finding_get_anchor_kind (finding));
      g_string_append_printf (out, " %s</td><td class=\"date\">%s</td><td class=\"date\">%s</td><td>",
                              anchor, due, done);
      append_escaped (out, careplan_finding_get_message (finding));
      g_string_append (out, "</td><td>");
      if (rule != NULL)
        {
          append_escaped (out, careplan_rule_get_instrument (rule));
          g_string_append (out, ", ");
          append_escaped (out, careplan_rule_get_provision (rule));
          if (careplan_rule_get_url (rule) != NULL && g_str_has_prefix (careplan_rule_get_url (rule), "https://"))
            {
              g_string_append (out, " <a href=\"");
              append_escaped (out, careplan_rule_get_url (rule));
              g_string_append (out, "\">source</a>");
            }
        }
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n</body>\n</html>\n");
}

/**
 * careplan_timeline_render:
 * @child: a child
 * @findings: (nullable): a [iface@Gio.ListModel] of
 *   [class@Careplan.Finding]: the child's findings at @as_of, as
 *   [method@Careplan.Engine.evaluate] gives them, or %NULL for none
 * @as_of: the as-of date: nothing dated after it is drawn
 * @format: SVG or HTML
 * @error: return location for a #GError, or %NULL
 *
 * Draws a child's journey on one page: the periods of care and the
 * placements (coloured by kind) along a date axis, the reviews, visits,
 * health assessments, PEPs, plans and life-story work as marks, and every
 * obligation of @findings as a window from its anchor to its due date,
 * coloured by status (met, met late, due, overdue), with the date it was
 * met, the rule id, the finding's sentence and its citation on hover (an
 * SVG `<title>`). The as-of date is a dashed line. The document has no
 * script and no external resource; only the child's id is shown.
 *
 * The HTML page holds the same SVG and then a table of every finding with
 * its citation.
 *
 * Errors: %CAREPLAN_ERROR_INVALID_RECORD when the child has no episode
 * starting on or before @as_of (there is no journey to draw).
 *
 * Returns: (transfer full): the document, UTF-8, or %NULL with @error set
 *
 * Since: 0.2
 */
char *
careplan_timeline_render (CareplanChild           *child,
                          GListModel              *findings,
                          CareplanDate             as_of,
                          CareplanTimelineFormat   format,
                          GError                 **error)
{
  g_autoptr(GString) out = NULL;
  GListModel *episodes;
  Axis axis = { 0 };
  guint i, n;

  g_return_val_if_fail (CAREPLAN_IS_CHILD (child), NULL);
  g_return_val_if_fail (findings == NULL || G_IS_LIST_MODEL (findings), NULL);
  g_return_val_if_fail (careplan_date_is_valid (as_of), NULL);
  g_return_val_if_fail (format == CAREPLAN_TIMELINE_FORMAT_SVG ||
                        format == CAREPLAN_TIMELINE_FORMAT_HTML, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  episodes = careplan_child_get_episodes (child);
  n = g_list_model_get_n_items (episodes);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, i);
      CareplanDate start = careplan_episode_get_start (episode);

      if (start != CAREPLAN_DATE_NONE && start <= as_of &&
          (axis.first == CAREPLAN_DATE_NONE || start < axis.first))
        axis.first = start;
    }
  if (axis.first == CAREPLAN_DATE_NONE)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "child %s: no episode starts on or before the as-of date: no journey to draw",
                   careplan_child_get_id (child) != NULL ? careplan_child_get_id (child) : "(no id)");
      return NULL;
    }

  /* From a fortnight before the first episode to the as-of date or the
   * latest due date drawn, and a fortnight after. */
  axis.last = as_of;
  n = findings != NULL ? g_list_model_get_n_items (findings) : 0;
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);

      if (finding_is_drawn (finding) && careplan_finding_get_due (finding) > axis.last)
        axis.last = careplan_finding_get_due (finding);
    }
  axis.first = careplan_date_add_days (axis.first, -14);
  axis.last = careplan_date_add_days (axis.last, 14);
  axis.px_per_day = (double) (PAGE_WIDTH - RIGHT_MARGIN - LABEL_WIDTH) / (double) MAX (axis.last - axis.first, 1);

  out = g_string_sized_new (16 * 1024);
  if (format == CAREPLAN_TIMELINE_FORMAT_SVG)
    {
      g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
      append_svg (out, child, findings, as_of, &axis);
    }
  else
    append_html (out, child, findings, as_of, &axis);

  return g_string_free (g_steal_pointer (&out), FALSE);
}
