/* careplan-findings-writer.c: findings as text, JSON or CSV, streamed
 *
 * A cohort can hold far more findings than fit comfortably in memory, so
 * the writer formats each batch it is given into a small buffer and hands
 * it to the output stream at once: nothing of earlier batches is kept
 * beyond per-status counts.  JSON and CSV are escaped by hand rather than
 * through JsonGenerator, because a generator needs the whole tree.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-findings-writer.h"

#include "careplan-enum-types.h"
#include "careplan-error.h"
#include "careplan-output-private.h"

/* Flush the buffer to the stream once it holds this much, so that a single
 * write() of a huge list does not build one huge string either. */
#define FLUSH_THRESHOLD (64 * 1024)

#define N_STATUSES (CAREPLAN_FINDING_STATUS_UNKNOWN + 1)

/**
 * CareplanFindingsWriter:
 *
 * Writes [class@Careplan.Finding]s to a [class@Gio.OutputStream] as they
 * are produced, so that the findings of a large cohort never have to be
 * held at once.
 *
 * Give it findings with [method@Careplan.FindingsWriter.write] as often as
 * needed (for example once per child) and finish the document with
 * [method@Careplan.FindingsWriter.close]. The writer flushes the stream
 * but never closes it: the stream belongs to the caller.
 *
 * The formats:
 *
 * - JSON (%CAREPLAN_FINDINGS_FORMAT_JSON): one document
 *   `{"as_of":"YYYY-MM-DD","findings":[ … ]}` ending in a newline, with
 *   one finding per line in the form of
 *   [method@Careplan.Finding.to_json]. An empty run gives
 *   `{"as_of":"YYYY-MM-DD","findings":[]}`.
 * - CSV (%CAREPLAN_FINDINGS_FORMAT_CSV): RFC 4180 with the header row
 *   `child,rule,status,anchor_kind,anchor_date,due,done,days_late,message,instrument,provision,url`,
 *   lines ended by a line feed (LF, not CRLF), fields quoted with `"`
 *   when they hold a comma, a quote, a carriage return or a line feed,
 *   quotes doubled; an absent date or `days_late` is an empty field.
 * - Text (%CAREPLAN_FINDINGS_FORMAT_TEXT): one line per finding —
 *   child id, status, rule id, `due DATE`, `done DATE`, `(N days late)`
 *   and the message, separated by two spaces, parts that have no value
 *   left out, control characters in values shown as spaces — and at
 *   close a summary: a line with the number of findings and the as-of
 *   date, then one line per status with its count.
 *
 * Since: 0.1
 */
struct _CareplanFindingsWriter
{
  GObject                 parent_instance;

  GOutputStream          *stream;
  CareplanFindingsFormat  format;
  CareplanDate            as_of;

  GString                *buffer;
  guint64                 n_findings;
  guint64                 counts[N_STATUSES];
  guint                   started : 1;
  guint                   closed : 1;
};

G_DEFINE_FINAL_TYPE (CareplanFindingsWriter, careplan_findings_writer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STREAM,
  PROP_FORMAT,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char csv_header[] =
  "child,rule,status,anchor_kind,anchor_date,due,done,days_late,message,"
  "instrument,provision,url\n";

static void
careplan_findings_writer_finalize (GObject *object)
{
  CareplanFindingsWriter *self = (CareplanFindingsWriter *)object;

  g_clear_object (&self->stream);
  g_string_free (self->buffer, TRUE);

  G_OBJECT_CLASS (careplan_findings_writer_parent_class)->finalize (object);
}

static void
careplan_findings_writer_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  CareplanFindingsWriter *self = CAREPLAN_FINDINGS_WRITER (object);

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
careplan_findings_writer_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  CareplanFindingsWriter *self = CAREPLAN_FINDINGS_WRITER (object);

  switch (prop_id)
    {
    case PROP_STREAM:
      g_set_object (&self->stream, g_value_get_object (value));
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
careplan_findings_writer_class_init (CareplanFindingsWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_findings_writer_finalize;
  object_class->get_property = careplan_findings_writer_get_property;
  object_class->set_property = careplan_findings_writer_set_property;

  /**
   * CareplanFindingsWriter:stream:
   *
   * The stream the findings are written to. The writer flushes it but
   * does not close it.
   *
   * Since: 0.1
   */
  properties[PROP_STREAM] =
    g_param_spec_object ("stream", NULL, NULL,
                         G_TYPE_OUTPUT_STREAM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFindingsWriter:format:
   *
   * The format written.
   *
   * Since: 0.1
   */
  properties[PROP_FORMAT] =
    g_param_spec_enum ("format", NULL, NULL,
                       CAREPLAN_TYPE_FINDINGS_FORMAT,
                       CAREPLAN_FINDINGS_FORMAT_TEXT,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanFindingsWriter:as-of:
   *
   * The [alias@Careplan.Date] the findings were judged at, written in the
   * JSON header and the text summary; %CAREPLAN_DATE_NONE writes `null`.
   *
   * Since: 0.1
   */
  properties[PROP_AS_OF] =
    g_param_spec_uint ("as-of", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_findings_writer_init (CareplanFindingsWriter *self)
{
  self->buffer = g_string_sized_new (4096);
}

/**
 * careplan_findings_writer_new:
 * @stream: the stream to write to
 * @format: the format to write
 * @as_of: the date the findings were judged at, or %CAREPLAN_DATE_NONE
 *
 * Creates a writer of findings in @format to @stream.
 *
 * Returns: (transfer full): a new [class@Careplan.FindingsWriter]
 *
 * Since: 0.1
 */
CareplanFindingsWriter *
careplan_findings_writer_new (GOutputStream          *stream,
                              CareplanFindingsFormat  format,
                              CareplanDate            as_of)
{
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), NULL);
  g_return_val_if_fail (format <= CAREPLAN_FINDINGS_FORMAT_CSV, NULL);

  return g_object_new (CAREPLAN_TYPE_FINDINGS_WRITER,
                       "stream", stream,
                       "format", format,
                       "as-of", (guint) as_of,
                       NULL);
}

static void
append_finding_json (GString         *out,
                     CareplanFinding *finding)
{
  CareplanRule *rule = careplan_finding_get_rule (finding);
  int days_late = careplan_finding_get_days_late (finding);

  g_string_append (out, "{\"child\":");
  careplan_output_append_json_string (out, careplan_finding_get_child_id (finding));
  g_string_append (out, ",\"rule\":");
  careplan_output_append_json_string (out, careplan_finding_get_rule_id (finding));
  g_string_append (out, ",\"status\":");
  careplan_output_append_json_string (out, careplan_finding_status_to_string (careplan_finding_get_status (finding)));
  g_string_append (out, ",\"anchor\":{\"kind\":");
  careplan_output_append_json_string (out, careplan_finding_get_anchor_kind (finding));
  g_string_append (out, ",\"date\":");
  careplan_output_append_json_date (out, careplan_finding_get_anchor_date (finding));
  g_string_append (out, "},\"due\":");
  careplan_output_append_json_date (out, careplan_finding_get_due (finding));
  g_string_append (out, ",\"done\":");
  careplan_output_append_json_date (out, careplan_finding_get_done (finding));
  g_string_append (out, ",\"days_late\":");
  if (days_late < 0)
    g_string_append (out, "null");
  else
    g_string_append_printf (out, "%d", days_late);
  g_string_append (out, ",\"message\":");
  careplan_output_append_json_string (out, careplan_finding_get_message (finding));
  g_string_append (out, ",\"citation\":{\"instrument\":");
  careplan_output_append_json_string (out, rule != NULL ? careplan_rule_get_instrument (rule) : NULL);
  g_string_append (out, ",\"provision\":");
  careplan_output_append_json_string (out, rule != NULL ? careplan_rule_get_provision (rule) : NULL);
  g_string_append (out, ",\"url\":");
  careplan_output_append_json_string (out, rule != NULL ? careplan_rule_get_url (rule) : NULL);
  g_string_append (out, "}}");
}

/**
 * careplan_finding_to_json:
 * @finding: a [class@Careplan.Finding]
 *
 * Writes one finding as a compact JSON object (no newline), with the
 * members, in this order, of DESIGN §4: `child`, `rule`, `status`,
 * `anchor` (`kind`, `date`), `due`, `done`, `days_late`, `message` and
 * `citation` (`instrument`, `provision`, `url`, from the finding's
 * [class@Careplan.Rule]). Dates are ISO 8601 strings or `null`;
 * `days_late` is an integer, or `null` for a finding that is neither
 * `met-late` nor `overdue`.
 *
 * Returns: (transfer full): the JSON text
 *
 * Since: 0.1
 */
char *
careplan_finding_to_json (CareplanFinding *finding)
{
  GString *out;

  g_return_val_if_fail (CAREPLAN_IS_FINDING (finding), NULL);

  out = g_string_sized_new (512);
  append_finding_json (out, finding);
  return g_string_free (out, FALSE);
}

static void
append_csv_date (GString      *out,
                 CareplanDate  date)
{
  if (date != CAREPLAN_DATE_NONE)
    careplan_output_append_iso_date (out, date);
}

static void
append_finding_csv (GString         *out,
                    CareplanFinding *finding)
{
  CareplanRule *rule = careplan_finding_get_rule (finding);
  int days_late = careplan_finding_get_days_late (finding);

  careplan_output_append_csv_field (out, careplan_finding_get_child_id (finding));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_finding_get_rule_id (finding));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_finding_status_to_string (careplan_finding_get_status (finding)));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_finding_get_anchor_kind (finding));
  g_string_append_c (out, ',');
  append_csv_date (out, careplan_finding_get_anchor_date (finding));
  g_string_append_c (out, ',');
  append_csv_date (out, careplan_finding_get_due (finding));
  g_string_append_c (out, ',');
  append_csv_date (out, careplan_finding_get_done (finding));
  g_string_append_c (out, ',');
  if (days_late >= 0)
    g_string_append_printf (out, "%d", days_late);
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_finding_get_message (finding));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, rule != NULL ? careplan_rule_get_instrument (rule) : NULL);
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, rule != NULL ? careplan_rule_get_provision (rule) : NULL);
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, rule != NULL ? careplan_rule_get_url (rule) : NULL);
  g_string_append_c (out, '\n');
}

static void
append_finding_text (GString         *out,
                     CareplanFinding *finding)
{
  CareplanFindingStatus status = careplan_finding_get_status (finding);
  CareplanDate due = careplan_finding_get_due (finding);
  CareplanDate done = careplan_finding_get_done (finding);
  int days_late = careplan_finding_get_days_late (finding);
  const char *message = careplan_finding_get_message (finding);

  careplan_output_append_text (out, careplan_finding_get_child_id (finding));
  /* "not-applicable" is the longest status: pad to it so rule ids align. */
  g_string_append_printf (out, "  %-14s  ", careplan_finding_status_to_string (status));
  careplan_output_append_text (out, careplan_finding_get_rule_id (finding));
  if (due != CAREPLAN_DATE_NONE)
    {
      g_string_append (out, "  due ");
      careplan_output_append_iso_date (out, due);
    }
  if (done != CAREPLAN_DATE_NONE)
    {
      g_string_append (out, "  done ");
      careplan_output_append_iso_date (out, done);
    }
  if (days_late >= 0)
    g_string_append_printf (out, "  (%d day%s late)", days_late, days_late == 1 ? "" : "s");
  if (message != NULL && *message != '\0')
    {
      g_string_append (out, "  ");
      careplan_output_append_text (out, message);
    }
  g_string_append_c (out, '\n');
}

static void
append_header (CareplanFindingsWriter *self)
{
  switch (self->format)
    {
    case CAREPLAN_FINDINGS_FORMAT_JSON:
      g_string_append (self->buffer, "{\"as_of\":");
      careplan_output_append_json_date (self->buffer, self->as_of);
      g_string_append (self->buffer, ",\"findings\":[");
      break;
    case CAREPLAN_FINDINGS_FORMAT_CSV:
      g_string_append (self->buffer, csv_header);
      break;
    case CAREPLAN_FINDINGS_FORMAT_TEXT:
    default:
      break;
    }
  self->started = TRUE;
}

static void
append_footer (CareplanFindingsWriter *self)
{
  CareplanFindingStatus status;

  switch (self->format)
    {
    case CAREPLAN_FINDINGS_FORMAT_JSON:
      g_string_append (self->buffer, self->n_findings > 0 ? "\n]}\n" : "]}\n");
      break;
    case CAREPLAN_FINDINGS_FORMAT_TEXT:
      if (self->n_findings > 0)
        g_string_append_c (self->buffer, '\n');
      g_string_append_printf (self->buffer, "%" G_GUINT64_FORMAT " finding%s",
                              self->n_findings, self->n_findings == 1 ? "" : "s");
      if (self->as_of != CAREPLAN_DATE_NONE)
        {
          g_string_append (self->buffer, " as of ");
          careplan_output_append_iso_date (self->buffer, self->as_of);
        }
      g_string_append_c (self->buffer, '\n');
      for (status = CAREPLAN_FINDING_STATUS_MET; status < N_STATUSES; status++)
        g_string_append_printf (self->buffer, "  %-14s  %" G_GUINT64_FORMAT "\n",
                                careplan_finding_status_to_string (status),
                                self->counts[status]);
      break;
    case CAREPLAN_FINDINGS_FORMAT_CSV:
    default:
      break;
    }
}

static gboolean
flush_buffer (CareplanFindingsWriter  *self,
              GError                 **error)
{
  gboolean ok;

  if (self->buffer->len == 0)
    return TRUE;
  ok = g_output_stream_write_all (self->stream, self->buffer->str, self->buffer->len,
                                  NULL, NULL, error);
  g_string_truncate (self->buffer, 0);
  return ok;
}

/**
 * careplan_findings_writer_write:
 * @self: a [class@Careplan.FindingsWriter]
 * @findings: a [iface@Gio.ListModel] of [class@Careplan.Finding]s to write
 * @error: return location for an error
 *
 * Writes @findings to the stream, after the header of the format when
 * this is the first write. Call it as often as needed, then
 * [method@Careplan.FindingsWriter.close].
 *
 * Returns: %TRUE on success; %FALSE with @error set when the stream
 *   fails or the writer is already closed
 *
 * Since: 0.1
 */
gboolean
careplan_findings_writer_write (CareplanFindingsWriter  *self,
                                GListModel              *findings,
                                GError                 **error)
{
  guint i, n;

  g_return_val_if_fail (CAREPLAN_IS_FINDINGS_WRITER (self), FALSE);
  g_return_val_if_fail (G_IS_LIST_MODEL (findings), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->closed)
    {
      g_set_error_literal (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                           "The findings writer is already closed");
      return FALSE;
    }

  if (!self->started)
    append_header (self);

  n = g_list_model_get_n_items (findings);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      CareplanFindingStatus status;

      if (!CAREPLAN_IS_FINDING (finding))
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                       "Item %u of the list is not a CareplanFinding", i);
          return FALSE;
        }

      switch (self->format)
        {
        case CAREPLAN_FINDINGS_FORMAT_JSON:
          g_string_append (self->buffer, self->n_findings > 0 ? ",\n" : "\n");
          append_finding_json (self->buffer, finding);
          break;
        case CAREPLAN_FINDINGS_FORMAT_CSV:
          append_finding_csv (self->buffer, finding);
          break;
        case CAREPLAN_FINDINGS_FORMAT_TEXT:
        default:
          append_finding_text (self->buffer, finding);
          break;
        }

      status = careplan_finding_get_status (finding);
      if ((guint) status < N_STATUSES)
        self->counts[status]++;
      self->n_findings++;

      if (self->buffer->len >= FLUSH_THRESHOLD && !flush_buffer (self, error))
        return FALSE;
    }

  return flush_buffer (self, error);
}

/**
 * careplan_findings_writer_close:
 * @self: a [class@Careplan.FindingsWriter]
 * @error: return location for an error
 *
 * Finishes the document: the header if nothing was written yet, then the
 * closing `]}` of JSON or the summary of text, and flushes the stream.
 * The stream itself is left open. Closing twice does nothing the second
 * time.
 *
 * Returns: %TRUE on success; %FALSE with @error set when the stream fails
 *
 * Since: 0.1
 */
gboolean
careplan_findings_writer_close (CareplanFindingsWriter  *self,
                                GError                 **error)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDINGS_WRITER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->closed)
    return TRUE;
  self->closed = TRUE;

  if (!self->started)
    append_header (self);
  append_footer (self);

  if (!flush_buffer (self, error))
    return FALSE;
  return g_output_stream_flush (self->stream, NULL, error);
}
