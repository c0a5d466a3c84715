/* careplan-measures.h: computing cohort measures and writing them out
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
#include "careplan-calendar.h"
#include "careplan-rulebook.h"
#include "careplan-measure.h"

G_BEGIN_DECLS

/**
 * CareplanMeasuresFormat:
 * @CAREPLAN_MEASURES_FORMAT_TEXT: a plain-text summary, one block per measure
 * @CAREPLAN_MEASURES_FORMAT_JSON: one JSON document with every measure,
 *   its citation, parameters and the children behind it
 * @CAREPLAN_MEASURES_FORMAT_CSV: one CSV row per measure
 * @CAREPLAN_MEASURES_FORMAT_HTML: one self-contained HTML page (no script,
 *   nothing fetched) with a chart per measure and the children behind it
 *
 * The formats of [func@Careplan.measures_write].
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_MEASURES_FORMAT_TEXT,
  CAREPLAN_MEASURES_FORMAT_JSON,
  CAREPLAN_MEASURES_FORMAT_CSV,
  CAREPLAN_MEASURES_FORMAT_HTML,
} CareplanMeasuresFormat;

CAREPLAN_AVAILABLE_IN_ALL
CareplanDate  careplan_measures_get_period_start  (CareplanDate             period_end);
CAREPLAN_AVAILABLE_IN_ALL
GListModel   *careplan_measures_compute           (GListModel              *children,
                                                   CareplanDate             period_start,
                                                   CareplanDate             period_end,
                                                   CareplanCalendar        *calendar,
                                                   GError                 **error);
CAREPLAN_AVAILABLE_IN_ALL
GListModel   *careplan_measures_compute_full      (GListModel              *children,
                                                   CareplanDate             period_start,
                                                   CareplanDate             period_end,
                                                   CareplanCalendar        *calendar,
                                                   CareplanRulebook        *rulebook,
                                                   const char * const      *parameters,
                                                   GError                 **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean      careplan_measures_write             (GListModel              *measures,
                                                   CareplanMeasuresFormat   format,
                                                   GOutputStream           *stream,
                                                   GError                 **error);
CAREPLAN_AVAILABLE_IN_ALL
char         *careplan_measures_to_string         (GListModel              *measures,
                                                   CareplanMeasuresFormat   format);

G_END_DECLS
