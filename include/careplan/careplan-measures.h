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
#include "careplan-postcodes.h"
#include "careplan-child.h"

G_BEGIN_DECLS


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

/**
 * CareplanMeasureItemFunc:
 * @measure_id: the id of the measure
 * @child_id: the child the item belongs to
 * @counted: whether the item is in the numerator
 * @value: the item's days for a mean-days measure, -1 otherwise
 * @note: why the item counts or not, in one sentence
 * @user_data: the data given with the function
 *
 * Receives one item of a measure's denominator as soon as it is found
 * (see [method@Careplan.MeasuresAccumulator.set_item_func]).
 *
 * Since: 0.2
 */
typedef void (*CareplanMeasureItemFunc) (const char *measure_id,
                                         const char *child_id,
                                         gboolean    counted,
                                         int         value,
                                         const char *note,
                                         gpointer    user_data);

#define CAREPLAN_TYPE_MEASURES_ACCUMULATOR (careplan_measures_accumulator_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanMeasuresAccumulator, careplan_measures_accumulator,
                      CAREPLAN, MEASURES_ACCUMULATOR, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanMeasuresAccumulator *careplan_measures_accumulator_new       (CareplanDate              period_start,
                                                                      CareplanDate              period_end,
                                                                      CareplanCalendar         *calendar,
                                                                      CareplanRulebook         *rulebook,
                                                                      const char * const       *parameters,
                                                                      CareplanPostcodes        *postcodes,
                                                                      GError                  **error);
CAREPLAN_AVAILABLE_IN_ALL
void                         careplan_measures_accumulator_set_item_func (CareplanMeasuresAccumulator *self,
                                                                      CareplanMeasureItemFunc   func,
                                                                      gpointer                  user_data,
                                                                      GDestroyNotify            destroy);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                     careplan_measures_accumulator_add_child (CareplanMeasuresAccumulator *self,
                                                                      CareplanChild            *child,
                                                                      GError                  **error);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                     careplan_measures_accumulator_spool_items (CareplanMeasuresAccumulator  *self,
                                                                        GError                      **error);
CAREPLAN_AVAILABLE_IN_ALL
guint                        careplan_measures_accumulator_get_n_threads (CareplanMeasuresAccumulator *self);
CAREPLAN_AVAILABLE_IN_ALL
void                         careplan_measures_accumulator_set_n_threads (CareplanMeasuresAccumulator *self,
                                                                          guint                        n_threads);
CAREPLAN_AVAILABLE_IN_ALL
guint                        careplan_measures_accumulator_get_n_children (CareplanMeasuresAccumulator *self);
CAREPLAN_AVAILABLE_IN_ALL
GListModel                  *careplan_measures_accumulator_finish    (CareplanMeasuresAccumulator *self);

G_END_DECLS
