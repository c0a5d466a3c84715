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
#include "careplan-finding-list-private.h"
#include "careplan-rule-private.h"

#include <string.h>

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
/* What a writer writes the same for every finding of a rule, built once
 * (escaped) when the rule's first finding is written. */
typedef struct
{
  CareplanRule *rule;            /* owned */
  GString      *json_rule;       /* ,"rule":"<id>" */
  GString      *json_citation;   /* ,"citation":{…}} */
  GString      *json_table_row;  /* "<id>":{"instrument":…,"provision":…,"url":…} */
  GString      *csv_citation;    /* ,<instrument>,<provision>,<url>\n */
  gboolean      in_table;        /* listed in rules_seen */
} RuleTexts;

static void
rule_texts_free (gpointer data)
{
  RuleTexts *texts = data;

  g_object_unref (texts->rule);
  g_string_free (texts->json_rule, TRUE);
  g_string_free (texts->json_citation, TRUE);
  g_string_free (texts->json_table_row, TRUE);
  g_string_free (texts->csv_citation, TRUE);
  g_free (texts);
}

/* Dates written lately, as text: a child's findings name the same few
 * dates again and again.  Direct-mapped by day number. */
#define DATE_CACHE_SIZE 1024

typedef struct
{
  CareplanDate date;  /* CAREPLAN_DATE_NONE: empty */
  char         iso[CAREPLAN_DATE_ISO_LENGTH];
} DateCacheEntry;

struct _CareplanFindingsWriter
{
  GObject                 parent_instance;

  GOutputStream          *stream;
  CareplanFindingsFormat  format;
  CareplanDate            as_of;

  GString                *buffer;
  GHashTable             *rule_texts;   /* CareplanRule (ref) → RuleTexts */
  RuleTexts              *last_rule;    /* the last looked up: findings come rule by rule */
  GPtrArray              *rules_seen;   /* RuleTexts, in order of first finding (citations table) */
  gboolean                citations_table;
  guint64                 n_findings;
  guint64                 counts[N_STATUSES];
  DateCacheEntry         *dates;        /* DATE_CACHE_SIZE */
  guint                   started : 1;
  guint                   closed : 1;
};

G_DEFINE_FINAL_TYPE (CareplanFindingsWriter, careplan_findings_writer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STREAM,
  PROP_FORMAT,
  PROP_AS_OF,
  PROP_CITATIONS_TABLE,
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
  g_ptr_array_unref (self->rules_seen);
  g_hash_table_unref (self->rule_texts);
  g_free (self->dates);

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
    case PROP_CITATIONS_TABLE:
      g_value_set_boolean (value, self->citations_table);
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
    case PROP_CITATIONS_TABLE:
      careplan_findings_writer_set_citations_table (self, g_value_get_boolean (value));
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

  /**
   * CareplanFindingsWriter:citations-table: (getter get_citations_table) (setter set_citations_table)
   *
   * Whether JSON gives each rule's citation once rather than in every
   * finding: findings then have no `citation` member (their `rule` id
   * names it) and the document ends with a `rules` object mapping each
   * rule id that has a finding to its citation (`instrument`,
   * `provision`, `url`), in the order of the rules' first findings:
   * `{"as_of":…,"findings":[…],"rules":{"ID":{…},…}}`. For machine
   * readers of large runs: nearly half the bytes of the default form are
   * repeated citations. CSV and text are not changed. Set it before the
   * first write; the default, %FALSE, is the form of DESIGN §4.
   *
   * Since: 0.1
   */
  properties[PROP_CITATIONS_TABLE] =
    g_param_spec_boolean ("citations-table", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_findings_writer_init (CareplanFindingsWriter *self)
{
  self->buffer = g_string_sized_new (FLUSH_THRESHOLD + 4096);
  self->rule_texts = g_hash_table_new_full (NULL, NULL, NULL, rule_texts_free);
  self->rules_seen = g_ptr_array_new ();
  self->dates = g_new0 (DateCacheEntry, DATE_CACHE_SIZE);
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

/**
 * careplan_findings_writer_get_citations_table: (get-property citations-table)
 * @self: a [class@Careplan.FindingsWriter]
 *
 * Gets whether JSON gives each rule's citation once, in a `rules` table.
 *
 * Returns: %TRUE for the table, %FALSE for a citation in every finding
 *
 * Since: 0.1
 */
gboolean
careplan_findings_writer_get_citations_table (CareplanFindingsWriter *self)
{
  g_return_val_if_fail (CAREPLAN_IS_FINDINGS_WRITER (self), FALSE);

  return self->citations_table;
}

/**
 * careplan_findings_writer_set_citations_table: (set-property citations-table)
 * @self: a [class@Careplan.FindingsWriter]
 * @citations_table: %TRUE to give each rule's citation once, in a `rules`
 *   table at the end of the JSON document
 *
 * Sets whether JSON gives each rule's citation once; see
 * [property@Careplan.FindingsWriter:citations-table]. Call it before the
 * first write.
 *
 * Since: 0.1
 */
void
careplan_findings_writer_set_citations_table (CareplanFindingsWriter *self,
                                              gboolean                citations_table)
{
  g_return_if_fail (CAREPLAN_IS_FINDINGS_WRITER (self));
  g_return_if_fail (!self->started);

  citations_table = !!citations_table;
  if (self->citations_table == citations_table)
    return;
  self->citations_table = citations_table;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CITATIONS_TABLE]);
}

static void
append_citation_json (GString      *out,
                      CareplanRule *rule)
{
  g_string_append (out, "{\"instrument\":");
  careplan_output_append_json_string (out, rule != NULL ? careplan_rule_get_instrument (rule) : NULL);
  g_string_append (out, ",\"provision\":");
  careplan_output_append_json_string (out, rule != NULL ? careplan_rule_get_provision (rule) : NULL);
  g_string_append (out, ",\"url\":");
  careplan_output_append_json_string (out, rule != NULL ? careplan_rule_get_url (rule) : NULL);
  g_string_append_c (out, '}');
}

static RuleTexts *
rule_texts_new (CareplanRule *rule)
{
  RuleTexts *texts = g_new0 (RuleTexts, 1);

  texts->rule = g_object_ref (rule);

  texts->json_rule = g_string_new (",\"rule\":");
  careplan_output_append_json_string (texts->json_rule, careplan_rule_get_id (rule));

  texts->json_citation = g_string_new (",\"citation\":");
  append_citation_json (texts->json_citation, rule);
  g_string_append_c (texts->json_citation, '}');

  texts->json_table_row = g_string_new (NULL);
  careplan_output_append_json_string (texts->json_table_row, careplan_rule_get_id (rule));
  g_string_append_c (texts->json_table_row, ':');
  append_citation_json (texts->json_table_row, rule);

  texts->csv_citation = g_string_new (NULL);
  g_string_append_c (texts->csv_citation, ',');
  careplan_output_append_csv_field (texts->csv_citation, careplan_rule_get_instrument (rule));
  g_string_append_c (texts->csv_citation, ',');
  careplan_output_append_csv_field (texts->csv_citation, careplan_rule_get_provision (rule));
  g_string_append_c (texts->csv_citation, ',');
  careplan_output_append_csv_field (texts->csv_citation, careplan_rule_get_url (rule));
  g_string_append_c (texts->csv_citation, '\n');

  return texts;
}

/* The texts of @rule, built on its first finding. */
static RuleTexts *
lookup_rule_texts (CareplanFindingsWriter *self,
                   CareplanRule           *rule)
{
  RuleTexts *texts;

  if (self->last_rule != NULL && self->last_rule->rule == rule)
    return self->last_rule;

  texts = g_hash_table_lookup (self->rule_texts, rule);
  if (texts == NULL)
    {
      texts = rule_texts_new (rule);
      g_hash_table_insert (self->rule_texts, rule, texts);
    }
  self->last_rule = texts;
  return texts;
}

static void
append_days_late (GString *out,
                  int      days_late)
{
  char digits[16];
  int at = sizeof digits;
  guint value = (guint) days_late;

  do
    {
      digits[--at] = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);
  careplan_output_append_len (out, digits + at, sizeof digits - (gsize) at);
}

/* A finding as the writer reads it: a record of the engine's list, or
 * one filled from a CareplanFinding of any other list (@object, whose
 * message the record does not hold). */
typedef struct
{
  CareplanFindingRecord  record;
  CareplanFinding       *object;
  DateCacheEntry        *dates;   /* the writer's, or NULL */
} FindingView;

/* @date (valid) as an ISO date, through @cache (nullable). */
static inline void
append_iso_date (GString        *out,
                 DateCacheEntry *cache,
                 CareplanDate    date)
{
  DateCacheEntry *entry;

  if (cache == NULL || !careplan_date_is_valid (date))
    {
      careplan_output_append_iso_date (out, date);
      return;
    }
  entry = &cache[date % DATE_CACHE_SIZE];
  if (entry->date != date)
    {
      careplan_date_format_iso (date, entry->iso);
      entry->date = date;
    }
  careplan_output_append_len (out, entry->iso, CAREPLAN_DATE_ISO_LENGTH - 1);
}

static inline void
append_json_date (GString        *out,
                  DateCacheEntry *cache,
                  CareplanDate    date)
{
  if (date == CAREPLAN_DATE_NONE)
    {
      careplan_output_append_len (out, "null", 4);
      return;
    }
  g_string_append_c (out, '"');
  append_iso_date (out, cache, date);
  g_string_append_c (out, '"');
}

/* careplan_output_append_json_string(), with no second pass for the
 * usual ASCII text that needs no escaping (ids, anchor kinds). */
static inline void
append_json_string (GString    *out,
                    const char *text)
{
  gsize len = strlen (text);

  if (careplan_output_is_plain_json (text, len))
    {
      g_string_append_c (out, '"');
      careplan_output_append_len (out, text, len);
      g_string_append_c (out, '"');
    }
  else
    careplan_output_append_json_string (out, text);
}

static void
view_from_object (FindingView     *view,
                  CareplanFinding *finding)
{
  view->object = finding;
  view->dates = NULL;
  view->record = (CareplanFindingRecord) {
    .rule = careplan_finding_get_rule (finding),
    .child_id = careplan_finding_get_child_id (finding),
    .anchor_kind = careplan_finding_get_anchor_kind (finding),
    .message = NULL,
    .anchor_date = careplan_finding_get_anchor_date (finding),
    .due = careplan_finding_get_due (finding),
    .done = careplan_finding_get_done (finding),
    .days_late = careplan_finding_get_days_late (finding),
    .status = careplan_finding_get_status (finding),
  };
}

/* A message's date, written as careplan_date_format_iso() writes it
 * (also for a date outside the calendar, which it leaves empty). */
static void
append_message_date (GString      *out,
                     CareplanDate  date,
                     gpointer      cache)
{
  if (careplan_date_is_valid (date))
    append_iso_date (out, cache, date);
}

/* The sentence, unescaped, at the end of @out. */
static inline void
append_message_raw (GString           *out,
                    const FindingView *view)
{
  if (view->object != NULL)
    careplan_finding_append_message (view->object, out);
  else if (view->dates != NULL)
    careplan_message_parts_append_with (view->record.message, out, append_message_date,
                                        view->dates);
  else
    careplan_message_parts_append (view->record.message, out);
}

/* Escapes the sentence appended to @out from @start on, through @append
 * (an escaper), in place of @out's bytes from @from (at most @start) on:
 * it is copied to the stack first. */
static void
escape_tail (GString    *out,
             gsize       from,
             gsize       start,
             void      (*append) (GString *, const char *))
{
  char stack[1024];
  g_autofree char *heap = NULL;
  gsize len = out->len - start;
  char *copy;

  copy = len < sizeof stack ? stack : (heap = g_malloc (len + 1));
  memcpy (copy, out->str + start, len);
  copy[len] = '\0';
  g_string_truncate (out, from);
  append (out, copy);
}

/* The message as a CSV field, written in place when it is ASCII with no
 * quote, CR or LF and nothing to neutralise (quoted when it holds a
 * comma): what careplan_output_append_csv_field() writes for it. */
static void
append_message_csv (GString           *out,
                    const FindingView *view)
{
  gsize start = out->len;
  gboolean comma = FALSE;
  const guchar *p, *end;

  append_message_raw (out, view);
  end = (const guchar *) out->str + out->len;
  for (p = (const guchar *) out->str + start; p < end; p++)
    {
      if (*p >= 0x80 || *p == '"' || *p == '\r' || *p == '\n' || *p == '\0')
        break;
      comma = comma || *p == ',';
    }
  if (p < end || careplan_output_csv_needs_neutralising (out->str + start))
    escape_tail (out, start, start, careplan_output_append_csv_field);
  else if (comma)
    {
      g_string_insert_c (out, start, '"');
      g_string_append_c (out, '"');
    }
}

/* The message as text, written in place when it is printable ASCII:
 * what careplan_output_append_text() writes for it. */
static void
append_message_text (GString           *out,
                     const FindingView *view)
{
  gsize start = out->len;
  const guchar *p, *end;

  append_message_raw (out, view);
  end = (const guchar *) out->str + out->len;
  for (p = (const guchar *) out->str + start; p < end; p++)
    if (*p < 0x20 || *p >= 0x7f)
      break;
  if (p < end)
    escape_tail (out, start, start, careplan_output_append_text);
}

/* The message as a JSON string.  Most sentences are ASCII with nothing
 * to escape: they are written in place and only checked. */
static void
append_message_json (GString           *out,
                     const FindingView *view)
{
  gsize quote = out->len;

  g_string_append_c (out, '"');
  append_message_raw (out, view);
  if (careplan_output_is_plain_json (out->str + quote + 1, out->len - quote - 1))
    g_string_append_c (out, '"');
  else
    escape_tail (out, quote, quote + 1, careplan_output_append_json_string);
}

/* What comes between the rule and the anchor's kind, per status. */
#define JSON_STATUS(name) { ",\"status\":\"" name "\",\"anchor\":{\"kind\":", \
                            sizeof (",\"status\":\"" name "\",\"anchor\":{\"kind\":") - 1 }
static const struct { const char *text; gsize len; } json_statuses[] = {
  [CAREPLAN_FINDING_STATUS_MET] = JSON_STATUS ("met"),
  [CAREPLAN_FINDING_STATUS_MET_LATE] = JSON_STATUS ("met-late"),
  [CAREPLAN_FINDING_STATUS_DUE] = JSON_STATUS ("due"),
  [CAREPLAN_FINDING_STATUS_OVERDUE] = JSON_STATUS ("overdue"),
  [CAREPLAN_FINDING_STATUS_NOT_APPLICABLE] = JSON_STATUS ("not-applicable"),
  [CAREPLAN_FINDING_STATUS_UNKNOWN] = JSON_STATUS ("unknown"),
};

/* @texts: the rule's, or NULL to build the citation here (a lone finding
 * outside a writer). */
static void
append_finding_json (GString           *out,
                     const FindingView *view,
                     RuleTexts         *texts,
                     gboolean           citation)
{
  const CareplanFindingRecord *finding = &view->record;
  int days_late = finding->days_late;

  careplan_output_append_literal (out, "{\"child\":");
  append_json_string (out, finding->child_id);
  if (texts != NULL)
    careplan_output_append_len (out, texts->json_rule->str, texts->json_rule->len);
  else
    {
      careplan_output_append_literal (out, ",\"rule\":");
      careplan_output_append_json_string (out, careplan_rule_get_id (finding->rule));
    }
  /* Status names need no escaping. */
  if ((guint) finding->status < G_N_ELEMENTS (json_statuses))
    careplan_output_append_len (out, json_statuses[finding->status].text,
                                json_statuses[finding->status].len);
  else
    {
      careplan_output_append_literal (out, ",\"status\":\"");
      g_string_append (out, careplan_finding_status_to_string (finding->status));
      careplan_output_append_literal (out, "\",\"anchor\":{\"kind\":");
    }
  append_json_string (out, finding->anchor_kind);
  careplan_output_append_literal (out, ",\"date\":");
  append_json_date (out, view->dates, finding->anchor_date);
  careplan_output_append_literal (out, "},\"due\":");
  append_json_date (out, view->dates, finding->due);
  careplan_output_append_literal (out, ",\"done\":");
  append_json_date (out, view->dates, finding->done);
  careplan_output_append_literal (out, ",\"days_late\":");
  if (days_late < 0)
    careplan_output_append_literal (out, "null");
  else
    append_days_late (out, days_late);
  careplan_output_append_literal (out, ",\"message\":");
  append_message_json (out, view);
  if (!citation)
    g_string_append_c (out, '}');
  else if (texts != NULL)
    careplan_output_append_len (out, texts->json_citation->str, texts->json_citation->len);
  else
    {
      careplan_output_append_literal (out, ",\"citation\":");
      append_citation_json (out, finding->rule);
      g_string_append_c (out, '}');
    }
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
  FindingView view;

  g_return_val_if_fail (CAREPLAN_IS_FINDING (finding), NULL);

  view_from_object (&view, finding);
  out = g_string_sized_new (512);
  append_finding_json (out, &view, NULL, TRUE);
  return g_string_free (out, FALSE);
}

static void
append_csv_date (GString        *out,
                 DateCacheEntry *cache,
                 CareplanDate    date)
{
  if (date != CAREPLAN_DATE_NONE)
    append_iso_date (out, cache, date);
}

static void
append_finding_csv (GString           *out,
                    const FindingView *view,
                    RuleTexts         *texts)
{
  const CareplanFindingRecord *finding = &view->record;
  int days_late = finding->days_late;

  careplan_output_append_csv_field (out, finding->child_id);
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_rule_get_id (finding->rule));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, careplan_finding_status_to_string (finding->status));
  g_string_append_c (out, ',');
  careplan_output_append_csv_field (out, finding->anchor_kind);
  g_string_append_c (out, ',');
  append_csv_date (out, view->dates, finding->anchor_date);
  g_string_append_c (out, ',');
  append_csv_date (out, view->dates, finding->due);
  g_string_append_c (out, ',');
  append_csv_date (out, view->dates, finding->done);
  g_string_append_c (out, ',');
  if (days_late >= 0)
    append_days_late (out, days_late);
  g_string_append_c (out, ',');
  append_message_csv (out, view);
  careplan_output_append_len (out, texts->csv_citation->str, texts->csv_citation->len);
}

static void
append_finding_text (GString           *out,
                     const FindingView *view)
{
  const CareplanFindingRecord *finding = &view->record;
  CareplanFindingStatus status = finding->status;
  CareplanDate due = finding->due;
  CareplanDate done = finding->done;
  int days_late = finding->days_late;
  gsize before;

  careplan_output_append_text (out, finding->child_id);
  /* "not-applicable" is the longest status: pad to it so rule ids align. */
  g_string_append_printf (out, "  %-14s  ", careplan_finding_status_to_string (status));
  careplan_output_append_text (out, careplan_rule_get_id (finding->rule));
  if (due != CAREPLAN_DATE_NONE)
    {
      g_string_append (out, "  due ");
      append_iso_date (out, view->dates, due);
    }
  if (done != CAREPLAN_DATE_NONE)
    {
      g_string_append (out, "  done ");
      append_iso_date (out, view->dates, done);
    }
  if (days_late >= 0)
    g_string_append_printf (out, "  (%d day%s late)", days_late, days_late == 1 ? "" : "s");
  before = out->len;
  g_string_append (out, "  ");
  append_message_text (out, view);
  if (out->len == before + 2)  /* no message (never so from the rules) */
    g_string_truncate (out, before);
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
      g_string_append (self->buffer, self->n_findings > 0 ? "\n]" : "]");
      if (self->citations_table)
        {
          g_string_append (self->buffer, ",\"rules\":{");
          for (guint i = 0; i < self->rules_seen->len; i++)
            {
              RuleTexts *texts = g_ptr_array_index (self->rules_seen, i);

              g_string_append (self->buffer, i > 0 ? ",\n" : "\n");
              g_string_append_len (self->buffer, texts->json_table_row->str,
                                   texts->json_table_row->len);
            }
          g_string_append (self->buffer, self->rules_seen->len > 0 ? "\n}" : "}");
        }
      g_string_append (self->buffer, "}\n");
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

static gboolean
write_one (CareplanFindingsWriter  *self,
           const FindingView       *finding,
           GError                 **error)
{
  CareplanFindingStatus status;
  RuleTexts *texts;

  texts = lookup_rule_texts (self, finding->record.rule);

  switch (self->format)
    {
    case CAREPLAN_FINDINGS_FORMAT_JSON:
      if (self->n_findings > 0)
        careplan_output_append_literal (self->buffer, ",\n");
      else
        g_string_append_c (self->buffer, '\n');
      append_finding_json (self->buffer, finding, texts, !self->citations_table);
      if (self->citations_table && !texts->in_table)
        {
          texts->in_table = TRUE;
          g_ptr_array_add (self->rules_seen, texts);
        }
      break;
    case CAREPLAN_FINDINGS_FORMAT_CSV:
      append_finding_csv (self->buffer, finding, texts);
      break;
    case CAREPLAN_FINDINGS_FORMAT_TEXT:
    default:
      append_finding_text (self->buffer, finding);
      break;
    }

  status = finding->record.status;
  if ((guint) status < N_STATUSES)
    self->counts[status]++;
  self->n_findings++;

  if (self->buffer->len >= FLUSH_THRESHOLD && !flush_buffer (self, error))
    return FALSE;
  return TRUE;
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
  const CareplanFindingRecord *records;
  guint i, n = 0;

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

  /* The engine's lists are records: read them without an object per
   * finding. */
  records = careplan_finding_records_peek (findings, &n);
  if (records != NULL)
    {
      FindingView view = { .object = NULL, .dates = self->dates };

      for (i = 0; i < n; i++)
        {
          view.record = records[i];
          if (!write_one (self, &view, error))
            return FALSE;
        }
    }
  else
    {
      n = g_list_model_get_n_items (findings);
      for (i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (findings, i);
          FindingView view;

          if (!CAREPLAN_IS_FINDING (item))
            {
              g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                           "Item %u of the list is not a CareplanFinding", i);
              return FALSE;
            }
          view_from_object (&view, CAREPLAN_FINDING (item));
          view.dates = self->dates;
          if (!write_one (self, &view, error))
            return FALSE;
        }
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
