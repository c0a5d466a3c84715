/* careplan-measures-io.h: writing cohort measures out, and the files they read
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
#include "careplan-measure.h"
#include "careplan-postcodes.h"

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

#define CAREPLAN_TYPE_MEASURES_COMPARISON (careplan_measures_comparison_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanMeasuresComparison, careplan_measures_comparison,
                      CAREPLAN, MEASURES_COMPARISON, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanMeasuresComparison *careplan_measures_comparison_load_file (const char                 *path,
                                                                    GError                    **error);
CAREPLAN_AVAILABLE_IN_ALL
guint                       careplan_measures_comparison_get_n_rows (CareplanMeasuresComparison *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                    careplan_measures_comparison_lookup    (CareplanMeasuresComparison *self,
                                                                    const char                 *measure_id,
                                                                    CareplanDate                period_end,
                                                                    double                     *value,
                                                                    const char                **label,
                                                                    const char                **source);

CAREPLAN_AVAILABLE_IN_ALL
gboolean      careplan_measures_write             (GListModel                 *measures,
                                                   CareplanMeasuresFormat      format,
                                                   GOutputStream              *stream,
                                                   GError                    **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean      careplan_measures_write_full        (GListModel                 *measures,
                                                   CareplanMeasuresFormat      format,
                                                   CareplanMeasuresComparison *comparison,
                                                   GOutputStream              *stream,
                                                   GError                    **error);
CAREPLAN_AVAILABLE_IN_ALL
char         *careplan_measures_to_string         (GListModel                 *measures,
                                                   CareplanMeasuresFormat      format);
CAREPLAN_AVAILABLE_IN_ALL
char         *careplan_measures_item_to_csv       (const char                 *measure_id,
                                                   CareplanDate                period_end,
                                                   const char                 *child_id,
                                                   gboolean                    counted,
                                                   int                         value,
                                                   const char                 *note);
CAREPLAN_AVAILABLE_IN_ALL
gboolean      careplan_postcodes_load_file        (CareplanPostcodes          *postcodes,
                                                   const char                 *path,
                                                   GError                    **error);

G_END_DECLS
