/* careplan-measure.h: one cohort measure with the children behind it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <glib-object.h>

#include "careplan-version-macros.h"
#include "careplan-date.h"
#include "careplan-rule.h"

G_BEGIN_DECLS

/**
 * CareplanMeasureKind:
 * @CAREPLAN_MEASURE_KIND_DFE: a Department for Education indicator (the
 *   SSDA903 return, stability and adoption measures)
 * @CAREPLAN_MEASURE_KIND_LOCAL: a local "measure that matters", computed
 *   from the careplan record
 *
 * Where a [class@Careplan.Measure] comes from.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_MEASURE_KIND_DFE,
  CAREPLAN_MEASURE_KIND_LOCAL,
} CareplanMeasureKind;

/**
 * CareplanMeasureScale:
 * @CAREPLAN_MEASURE_SCALE_PERCENTAGE: the numerator counts the items of
 *   the denominator that meet the measure; the rate is their share (0 to 1)
 * @CAREPLAN_MEASURE_SCALE_MEAN_DAYS: each item of the denominator
 *   contributes a number of days; the numerator is their sum and the rate
 *   the mean
 * @CAREPLAN_MEASURE_SCALE_PER_10000: the numerator counts children (the
 *   items); the denominator is a population the user gives as a parameter
 *   and the rate is children per 10,000 of it (Since: 0.2)
 *
 * How a [class@Careplan.Measure]'s rate reads.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_MEASURE_SCALE_PERCENTAGE,
  CAREPLAN_MEASURE_SCALE_MEAN_DAYS,
  CAREPLAN_MEASURE_SCALE_PER_10000,
} CareplanMeasureScale;

/**
 * CareplanMeasureResult:
 * @CAREPLAN_MEASURE_RESULT_COMPLETE: every child of the denominator had
 *   the facts the measure reads
 * @CAREPLAN_MEASURE_RESULT_PARTIAL: some children of the denominator had
 *   none of those facts recorded: the rate is given, and
 *   [property@Careplan.Measure:result-note] says for how many children the
 *   facts were there
 * @CAREPLAN_MEASURE_RESULT_NO_DATA: the source holds none of the facts the
 *   measure reads (an SSDA903 return holds no permanence plans), or a file
 *   or parameter it needs was not given: there is no rate, never a 0 %
 *
 * Whether a [class@Careplan.Measure] could be computed from the data.
 *
 * Since: 0.2
 */
typedef enum
{
  CAREPLAN_MEASURE_RESULT_COMPLETE,
  CAREPLAN_MEASURE_RESULT_PARTIAL,
  CAREPLAN_MEASURE_RESULT_NO_DATA,
} CareplanMeasureResult;

#define CAREPLAN_TYPE_MEASURE (careplan_measure_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanMeasure, careplan_measure, CAREPLAN, MEASURE, GObject)

CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_id                    (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_title                 (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_definition            (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanMeasureKind   careplan_measure_get_kind                  (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanMeasureScale  careplan_measure_get_scale                 (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_unit                  (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanConfirmation  careplan_measure_get_confirmation          (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_instrument            (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_provision             (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_url                   (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate          careplan_measure_get_period_start          (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanDate          careplan_measure_get_period_end            (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
guint                 careplan_measure_get_numerator             (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
guint                 careplan_measure_get_denominator           (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
double                careplan_measure_get_rate                  (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_measure_has_rate                  (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char * const   *careplan_measure_get_numerator_ids         (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char * const   *careplan_measure_get_denominator_ids       (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_item_child_id         (CareplanMeasure       *self,
                                                                  guint                  position);
CAREPLAN_AVAILABLE_IN_ALL
gboolean              careplan_measure_get_item_counted          (CareplanMeasure       *self,
                                                                  guint                  position);
CAREPLAN_AVAILABLE_IN_ALL
int                   careplan_measure_get_item_value            (CareplanMeasure       *self,
                                                                  guint                  position);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_item_note             (CareplanMeasure       *self,
                                                                  guint                  position);
CAREPLAN_AVAILABLE_IN_ALL
const char * const   *careplan_measure_get_parameter_names       (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_parameter_value       (CareplanMeasure       *self,
                                                                  const char            *name);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_parameter_unit        (CareplanMeasure       *self,
                                                                  const char            *name);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_parameter_description (CareplanMeasure       *self,
                                                                  const char            *name);
CAREPLAN_AVAILABLE_IN_ALL
CareplanMeasureResult careplan_measure_get_result                (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_result_note           (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
guint                 careplan_measure_get_n_items               (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_get_group                 (CareplanMeasure       *self);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_kind_to_string            (CareplanMeasureKind    kind);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_scale_to_string           (CareplanMeasureScale   scale);
CAREPLAN_AVAILABLE_IN_ALL
const char           *careplan_measure_result_to_string          (CareplanMeasureResult  result);

G_END_DECLS
