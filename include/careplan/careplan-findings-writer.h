/* careplan-findings-writer.h: findings as text, JSON or CSV, streamed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"
#include "careplan-date.h"
#include "careplan-finding.h"

G_BEGIN_DECLS

/**
 * CareplanFindingsFormat:
 * @CAREPLAN_FINDINGS_FORMAT_TEXT: one human line per finding
 * @CAREPLAN_FINDINGS_FORMAT_JSON: `{ "as_of": DATE, "findings": [ … ] }`
 * @CAREPLAN_FINDINGS_FORMAT_CSV: RFC 4180 CSV with a header row
 *
 * The formats a [class@Careplan.FindingsWriter] writes.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_FINDINGS_FORMAT_TEXT,
  CAREPLAN_FINDINGS_FORMAT_JSON,
  CAREPLAN_FINDINGS_FORMAT_CSV,
} CareplanFindingsFormat;

#define CAREPLAN_TYPE_FINDINGS_WRITER (careplan_findings_writer_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanFindingsWriter, careplan_findings_writer, CAREPLAN, FINDINGS_WRITER, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanFindingsWriter *careplan_findings_writer_new    (GOutputStream           *stream,
                                                         CareplanFindingsFormat   format,
                                                         CareplanDate             as_of);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                careplan_findings_writer_get_citations_table (CareplanFindingsWriter *self);
CAREPLAN_AVAILABLE_IN_ALL
void                    careplan_findings_writer_set_citations_table (CareplanFindingsWriter *self,
                                                                      gboolean                citations_table);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                careplan_findings_writer_write  (CareplanFindingsWriter  *self,
                                                         GListModel              *findings,
                                                         GError                 **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                careplan_findings_writer_close  (CareplanFindingsWriter  *self,
                                                         GError                 **error);
CAREPLAN_AVAILABLE_IN_ALL
char                   *careplan_finding_to_json        (CareplanFinding         *finding);

G_END_DECLS
