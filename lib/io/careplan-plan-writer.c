/* careplan-plan-writer.c: the results of checking plans, as text, JSON or CSV
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-enum-types.h"
#include "careplan-output-private.h"
#include "careplan-plan-writer.h"
#include "careplan-plans-private.h"

/**
 * CareplanPlanWriter:
 *
 * Writes what [method@Careplan.Plan.check] says of each plan, then the
 * findings of [func@Careplan.Plan.cross_check], to a stream, plan by plan.
 *
 * JSON (one document, ending in a newline):
 *
 * ```json
 * {"as_of": "2025-06-30",
 *  "plans": [{"file": "…", "kind": "care-plan", "child": "C1", "date": "2025-01-06",
 *             "leaving_care_status": null,
 *             "counts": {"present": 30, "missing": 2, "not-applicable": 1, "incomplete": 1, "unknown": 0},
 *             "elements": [{"id": "…", "status": "missing", "soft": false,
 *                           "instrument": "…", "provision": "regulation 5(a)",
 *                           "url": "https://www.legislation.gov.uk/…",
 *                           "confirmation": "CONFIRMED-PRIMARY", "message": "…"}]}],
 *  "findings": [ … as careplan_finding_to_json() … ]}
 * ```
 *
 * CSV: a header line, then one row per element and one per finding, with
 * the columns `row` (`element` or `finding`), `file`, `child`, `kind`,
 * `date` (the plan's, or a finding's anchor date), `id` (the element's or
 * the rule's), `status`, `soft`, `instrument`, `provision`, `url`,
 * `confirmation` and `message`. Fields that could start a spreadsheet
 * formula are escaped as in every careplan CSV.
 *
 * Text: for people, a block per plan and the findings after.
 *
 * Since: 0.1
 */
struct _CareplanPlanWriter
{
  GObject                 parent_instance;

  GOutputStream          *stream;
  CareplanFindingsFormat  format;
  CareplanDate            as_of;

  GString                *buffer;
  guint                   n_plans;
  guint                   n_findings;
  gboolean                started;
  gboolean                in_findings;
  gboolean                closed;
};

enum
{
  PROP_0,
  PROP_STREAM,
  PROP_FORMAT,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

G_DEFINE_FINAL_TYPE (CareplanPlanWriter, careplan_plan_writer, G_TYPE_OBJECT)

static void
careplan_plan_writer_finalize (GObject *object)
{
  CareplanPlanWriter *self = CAREPLAN_PLAN_WRITER (object);

  g_clear_object (&self->stream);
  g_string_free (self->buffer, TRUE);

  G_OBJECT_CLASS (careplan_plan_writer_parent_class)->finalize (object);
}

static void
careplan_plan_writer_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CareplanPlanWriter *self = CAREPLAN_PLAN_WRITER (object);

  switch (prop_id)
    {
    case PROP_STREAM:
      g_value_set_object (value, self->stream);
      break;
    case PROP_FORMAT:
      g_value_set_enum (value, self->format);
      break;
    case PROP_AS_OF:
      g_value_set_uint (value, self->as_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_plan_writer_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CareplanPlanWriter *self = CAREPLAN_PLAN_WRITER (object);

  switch (prop_id)
    {
    case PROP_STREAM:
      self->stream = g_value_dup_object (value);
      break;
    case PROP_FORMAT:
      self->format = g_value_get_enum (value);
      break;
    case PROP_AS_OF:
      self->as_of = g_value_get_uint (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_plan_writer_class_init (CareplanPlanWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_plan_writer_finalize;
  object_class->get_property = careplan_plan_writer_get_property;
  object_class->set_property = careplan_plan_writer_set_property;

  /**
   * CareplanPlanWriter:stream:
   *
   * The stream written to.
   *
   * Since: 0.1
   */
  props[PROP_STREAM] =
    g_param_spec_object ("stream", NULL, NULL, G_TYPE_OUTPUT_STREAM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanWriter:format:
   *
   * The output format.
   *
   * Since: 0.1
   */
  props[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       CAREPLAN_TYPE_FINDINGS_FORMAT, CAREPLAN_FINDINGS_FORMAT_TEXT,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanPlanWriter:as-of:
   *
   * The as-of date written in the JSON document, a [alias@Careplan.Date].
   *
   * Since: 0.1
   */
  props[PROP_AS_OF] =
    g_param_spec_uint ("as-of", NULL, NULL, 0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
careplan_plan_writer_init (CareplanPlanWriter *self)
{
  self->buffer = g_string_sized_new (8192);
}

/**
 * careplan_plan_writer_new:
 * @stream: where to write
 * @format: the output format
 * @as_of: the as-of date of the cross-checks, written in the JSON document
 *
 * Creates a writer for the results of checking plans.
 *
 * Returns: (transfer full): a new [class@Careplan.PlanWriter]
 *
 * Since: 0.1
 */
CareplanPlanWriter *
careplan_plan_writer_new (GOutputStream          *stream,
                          CareplanFindingsFormat  format,
                          CareplanDate            as_of)
{
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);

  return g_object_new (CAREPLAN_TYPE_PLAN_WRITER,
                       "stream", stream, "format", format, "as-of", (guint) as_of, NULL);
}

static gboolean
flush_buffer (CareplanPlanWriter  *self,
              GError             **error)
{
  gboolean ok;

  if (self->buffer->len == 0)
    return TRUE;
  ok = g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len, NULL, NULL, error);
  g_string_truncate (self->buffer, 0);
  return ok;
}

static void
start (CareplanPlanWriter *self)
{
  if (self->started)
    return;
  self->started = TRUE;
  switch (self->format)
    {
    case CAREPLAN_FINDINGS_FORMAT_JSON:
      g_string_append (self->buffer, "{\"as_of\":");
      careplan_output_append_json_date (self->buffer, self->as_of);
      g_string_append (self->buffer, ",\"plans\":[");
      break;
    case CAREPLAN_FINDINGS_FORMAT_CSV:
      g_string_append (self->buffer,
                       "row,file,child,kind,date,id,status,soft,instrument,provision,url,confirmation,message\n");
      break;
    case CAREPLAN_FINDINGS_FORMAT_TEXT:
    default:
      break;
    }
}

static gboolean
check_open (CareplanPlanWriter  *self,
            GError             **error)
{
  if (!self->closed)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED, "the plan writer is closed");
  return FALSE;
}

static void
append_csv_row (GString    *out,
                const char *row,
                const char *file,
                const char *child,
                const char *kind,
                CareplanDate date,
                const char *id,
                const char *status,
                const char *soft,
                const char *instrument,
                const char *provision,
                const char *url,
                const char *confirmation,
                const char *message)
{
  const char *fields[] = { row, file, child, kind, NULL, id, status, soft, instrument, provision, url,
                           confirmation, message };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      if (i == 4)
        {
          if (date != CAREPLAN_DATE_NONE)
            careplan_output_append_iso_date (out, date);
          continue;
        }
      careplan_output_append_csv_field (out, fields[i]);
    }
  g_string_append_c (out, '\n');
}

/**
 * careplan_plan_writer_write_plan:
 * @self: a [class@Careplan.PlanWriter]
 * @plan: a plan
 * @results: the [class@Careplan.PlanResult]s of @plan, from
 *   [method@Careplan.Plan.check]
 * @error: return location for a #GError
 *
 * Writes one plan and its results. Write every plan before the findings.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the stream fails,
 *   the writer is closed or findings were already written
 *
 * Since: 0.1
 */
gboolean
careplan_plan_writer_write_plan (CareplanPlanWriter  *self,
                                 CareplanPlan        *plan,
                                 GListModel          *results,
                                 GError             **error)
{
  guint counts[CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN + 1] = { 0 };
  const char *file, *child, *kind;
  CareplanLeavingCareStatus lc;
  CareplanDate date;
  GString *out;
  guint i, n;

  g_return_val_if_fail (CAREPLAN_IS_PLAN_WRITER (self), FALSE);
  g_return_val_if_fail (CAREPLAN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (results), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = careplan_plan_get_file (plan);
  child = careplan_plan_get_child_id (plan);
  kind = careplan_plan_kind_to_string (careplan_plan_get_kind (plan));
  lc = careplan_plan_get_leaving_care_status (plan);
  date = careplan_plan_get_date (plan);
  out = self->buffer;

  if (!check_open (self, error))
    return FALSE;
  if (self->in_findings)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "plans must be written before the findings");
      return FALSE;
    }
  start (self);

  n = g_list_model_get_n_items (results);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlanResult) result = g_list_model_get_item (results, i);
      CareplanPlanElementStatus status = careplan_plan_result_get_status (result);

      if ((guint) status < G_N_ELEMENTS (counts))
        counts[status]++;
    }

  switch (self->format)
    {
    case CAREPLAN_FINDINGS_FORMAT_JSON:
      if (self->n_plans > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "\n{\"file\":");
      careplan_output_append_json_string (out, file);
      g_string_append (out, ",\"kind\":");
      careplan_output_append_json_string (out, kind);
      g_string_append (out, ",\"child\":");
      careplan_output_append_json_string (out, child);
      g_string_append (out, ",\"date\":");
      careplan_output_append_json_date (out, date);
      g_string_append (out, ",\"leaving_care_status\":");
      careplan_output_append_json_string (out, lc == CAREPLAN_LEAVING_CARE_STATUS_NONE
                                                 ? NULL : careplan_leaving_care_status_to_string (lc));
      g_string_append (out, ",\"counts\":{");
      for (i = 0; i < G_N_ELEMENTS (counts); i++)
        g_string_append_printf (out, "%s\"%s\":%u", i > 0 ? "," : "",
                                careplan_plan_element_status_to_string (i), counts[i]);
      g_string_append (out, "},\"elements\":[");
      for (i = 0; i < n; i++)
        {
          g_autoptr(CareplanPlanResult) result = g_list_model_get_item (results, i);
          CareplanPlanElement *element = careplan_plan_result_get_element (result);

          g_string_append (out, i > 0 ? ",\n  {\"id\":" : "\n  {\"id\":");
          careplan_output_append_json_string (out, careplan_plan_element_get_id (element));
          g_string_append (out, ",\"status\":");
          careplan_output_append_json_string (out, careplan_plan_element_status_to_string (careplan_plan_result_get_status (result)));
          g_string_append (out, ",\"soft\":");
          g_string_append (out, careplan_plan_element_get_soft (element) ? "true" : "false");
          g_string_append (out, ",\"instrument\":");
          careplan_output_append_json_string (out, careplan_plan_element_get_instrument (element));
          g_string_append (out, ",\"provision\":");
          careplan_output_append_json_string (out, careplan_plan_element_get_provision (element));
          g_string_append (out, ",\"url\":");
          careplan_output_append_json_string (out, careplan_plan_element_get_url (element));
          g_string_append (out, ",\"confirmation\":");
          careplan_output_append_json_string (out, careplan_confirmation_to_string (careplan_plan_element_get_confirmation (element)));
          g_string_append (out, ",\"message\":");
          careplan_output_append_json_string (out, careplan_plan_result_get_message (result));
          g_string_append_c (out, '}');
        }
      g_string_append (out, "]}");
      break;

    case CAREPLAN_FINDINGS_FORMAT_CSV:
      for (i = 0; i < n; i++)
        {
          g_autoptr(CareplanPlanResult) result = g_list_model_get_item (results, i);
          CareplanPlanElement *element = careplan_plan_result_get_element (result);

          append_csv_row (out, "element", file, child, kind, date, careplan_plan_element_get_id (element),
                          careplan_plan_element_status_to_string (careplan_plan_result_get_status (result)),
                          careplan_plan_element_get_soft (element) ? "soft" : "hard",
                          careplan_plan_element_get_instrument (element),
                          careplan_plan_element_get_provision (element),
                          careplan_plan_element_get_url (element),
                          careplan_confirmation_to_string (careplan_plan_element_get_confirmation (element)),
                          careplan_plan_result_get_message (result));
        }
      break;

    case CAREPLAN_FINDINGS_FORMAT_TEXT:
    default:
      if (self->n_plans > 0)
        g_string_append_c (out, '\n');
      careplan_output_append_text (out, file);
      g_string_append (out, ": ");
      g_string_append (out, kind);
      if (lc != CAREPLAN_LEAVING_CARE_STATUS_NONE)
        g_string_append_printf (out, " (%s)", careplan_leaving_care_status_to_string (lc));
      g_string_append (out, " for ");
      careplan_output_append_text (out, child);
      g_string_append (out, ", dated ");
      careplan_output_append_iso_date (out, date);
      g_string_append_printf (out, ": %u element%s, %u present, %u missing, %u not applicable, "
                              "%u incomplete, %u unknown\n", n, n == 1 ? "" : "s",
                              counts[CAREPLAN_PLAN_ELEMENT_STATUS_PRESENT],
                              counts[CAREPLAN_PLAN_ELEMENT_STATUS_MISSING],
                              counts[CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE],
                              counts[CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE],
                              counts[CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN]);
      for (i = 0; i < n; i++)
        {
          g_autoptr(CareplanPlanResult) result = g_list_model_get_item (results, i);
          CareplanPlanElement *element = careplan_plan_result_get_element (result);
          CareplanPlanElementStatus status = careplan_plan_result_get_status (result);

          g_string_append_printf (out, "  %-14s  ", careplan_plan_element_status_to_string (status));
          g_string_append (out, careplan_plan_element_get_id (element));
          g_string_append (out, "  (");
          g_string_append (out, careplan_plan_element_get_provision (element));
          if (careplan_plan_element_get_confirmation (element) != CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY)
            g_string_append_printf (out, "; %s",
                                    careplan_confirmation_to_string (careplan_plan_element_get_confirmation (element)));
          g_string_append_c (out, ')');
          if (status != CAREPLAN_PLAN_ELEMENT_STATUS_PRESENT)
            {
              g_string_append (out, "  ");
              careplan_output_append_text (out, careplan_plan_result_get_message (result));
            }
          g_string_append_c (out, '\n');
        }
      break;
    }

  self->n_plans++;
  return flush_buffer (self, error);
}

/**
 * careplan_plan_writer_write_findings:
 * @self: a [class@Careplan.PlanWriter]
 * @findings: [class@Careplan.Finding]s from [func@Careplan.Plan.cross_check]
 * @error: return location for a #GError
 *
 * Writes cross-check findings, after every plan. Call it once per child,
 * or as often as needed.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the stream fails
 *   or the writer is closed
 *
 * Since: 0.1
 */
gboolean
careplan_plan_writer_write_findings (CareplanPlanWriter  *self,
                                     GListModel          *findings,
                                     GError             **error)
{
  GString *out;
  guint i, n;

  g_return_val_if_fail (CAREPLAN_IS_PLAN_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (findings), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_open (self, error))
    return FALSE;
  out = self->buffer;
  start (self);
  if (!self->in_findings)
    {
      self->in_findings = TRUE;
      if (self->format == CAREPLAN_FINDINGS_FORMAT_JSON)
        g_string_append (out, "],\"findings\":[");
    }

  n = g_list_model_get_n_items (findings);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      CareplanRule *rule = careplan_finding_get_rule (finding);
      const char *status = careplan_finding_status_to_string (careplan_finding_get_status (finding));

      switch (self->format)
        {
        case CAREPLAN_FINDINGS_FORMAT_JSON:
          {
            g_autofree char *json = careplan_finding_to_json (finding);

            g_string_append (out, self->n_findings > 0 ? ",\n" : "\n");
            g_string_append (out, json);
          }
          break;
        case CAREPLAN_FINDINGS_FORMAT_CSV:
          append_csv_row (out, "finding", NULL, careplan_finding_get_child_id (finding), NULL,
                          careplan_finding_get_anchor_date (finding), careplan_finding_get_rule_id (finding),
                          status, NULL, careplan_rule_get_instrument (rule), careplan_rule_get_provision (rule),
                          careplan_rule_get_url (rule),
                          careplan_confirmation_to_string (careplan_rule_get_confirmation (rule)),
                          careplan_finding_get_message (finding));
          break;
        case CAREPLAN_FINDINGS_FORMAT_TEXT:
        default:
          if (self->n_findings == 0)
            g_string_append (out, "\nCross-checks with the record:\n");
          careplan_output_append_text (out, careplan_finding_get_child_id (finding));
          g_string_append_printf (out, "  %-14s  ", status);
          g_string_append (out, careplan_finding_get_rule_id (finding));
          g_string_append (out, "  ");
          careplan_output_append_text (out, careplan_finding_get_message (finding));
          g_string_append_c (out, '\n');
          break;
        }
      self->n_findings++;
    }
  return flush_buffer (self, error);
}

/**
 * careplan_plan_writer_close:
 * @self: a [class@Careplan.PlanWriter]
 * @error: return location for a #GError
 *
 * Ends the output (the JSON document's closing brackets) and flushes the
 * stream. The stream itself is not closed.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the stream fails
 *   or the writer was already closed
 *
 * Since: 0.1
 */
gboolean
careplan_plan_writer_close (CareplanPlanWriter  *self,
                            GError             **error)
{
  g_return_val_if_fail (CAREPLAN_IS_PLAN_WRITER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_open (self, error))
    return FALSE;
  start (self);
  if (self->format == CAREPLAN_FINDINGS_FORMAT_JSON)
    g_string_append (self->buffer, self->in_findings ? "]}\n" : "],\"findings\":[]}\n");
  else if (self->format == CAREPLAN_FINDINGS_FORMAT_TEXT && self->n_plans == 0)
    g_string_append (self->buffer, "No plans.\n");
  self->closed = TRUE;
  if (!flush_buffer (self, error))
    return FALSE;
  return g_output_stream_flush (self->stream, NULL, error);
}
