/* careplan-measures-writer-private.h: what the measures writers share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <gio/gio.h>

#include "careplan-measure.h"
#include "careplan-measures-io.h"

G_BEGIN_DECLS

/* Where a writer puts its text: a buffer handed to @stream whenever it
 * grows past a threshold, so a large report is never built whole; with
 * no stream the buffer keeps everything. */
typedef struct
{
  GOutputStream *stream;   /* NULL: keep the text in buffer */
  GString       *buffer;
  GError        *error;    /* the first write error; later writes are skipped */
  CareplanMeasuresComparison *comparison;   /* nullable */
} CareplanMeasuresSink;

/* The measures of one id over the periods of a series, oldest first. */
typedef struct
{
  const char *id;
  GPtrArray  *measures;   /* CareplanMeasure, borrowed from the model */
} CareplanMeasuresSeries;

/* The measures grouped by id, in the order the ids first appear, and the
 * distinct period ends, oldest first.  Free with
 * careplan_measures_series_free(). */
GPtrArray  *careplan_measures_group_series  (GListModel           *measures,
                                             GArray              **period_ends);
/* The latest measure of a series. */
CareplanMeasure *careplan_measures_series_latest (CareplanMeasuresSeries *series);
/* The comparison figure for @measure as a rate (a share from 0 to 1 for a
 * percentage), with its label; FALSE when there is none. */
gboolean    careplan_measures_comparison_rate (CareplanMeasuresComparison *comparison,
                                               CareplanMeasure            *measure,
                                               double                     *rate,
                                               const char                **label);
/* "52.5 %" for a rate in the measure's unit. */
char       *careplan_measures_format_value  (CareplanMeasure      *measure,
                                             double                rate);

/* Writes the buffer out when it is large (or @force); FALSE once a write
 * has failed. */
gboolean    careplan_measures_sink_flush     (CareplanMeasuresSink *sink,
                                              gboolean              force);

/* Text as valid UTF-8: ids come from files, so bad bytes are repaired
 * rather than making an invalid document.  *repaired is freed by the
 * caller. */
const char *careplan_measures_valid_utf8     (const char           *text,
                                              char                **repaired);
/* "25.0 %", "412.5 days" or "no rate". */
char       *careplan_measures_format_rate    (CareplanMeasure      *measure);
/* "1 of 4 children", "2 children, 825 days in all". */
char       *careplan_measures_format_counts  (CareplanMeasure      *measure);
/* The human label of a confirmation status ("counting rule unconfirmed"). */
const char *careplan_measures_confirmation_label (CareplanConfirmation confirmation);

void        careplan_report_html_write       (GListModel           *measures,
                                              CareplanMeasuresSink *sink);

/* The parameter `local_authority` of the sufficiency measures, if set. */
const char *careplan_measures_local_authority (GListModel *measures);

G_END_DECLS
