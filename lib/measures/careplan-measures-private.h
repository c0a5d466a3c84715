/* careplan-measures-private.h: how a cohort measure is defined and computed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * A measure is a table entry (CareplanMeasureDefinition) with a function
 * that looks at one child at a time and adds the child's items to a
 * tally.  The driver (careplan-measures.c) builds what every measure
 * needs about a child once (CareplanMeasureChild) and calls each
 * measure's function with it, so computing every measure is one pass
 * over the cohort.
 */

#pragma once

#include "careplan-calendar.h"
#include "careplan-measure.h"
#include "careplan-measures.h"
#include "careplan-rule-private.h"

G_BEGIN_DECLS

typedef enum
{
  CAREPLAN_MEASURE_PARAMETER_NUMBER,   /* a whole number within [min, max] */
  CAREPLAN_MEASURE_PARAMETER_CODES,    /* comma-separated SSDA903 codes (upper case) */
  CAREPLAN_MEASURE_PARAMETER_NAMES,    /* comma-separated names (rule families or ids), as written */
  CAREPLAN_MEASURE_PARAMETER_TEXT,     /* one code or name as written (may be empty) */
} CareplanMeasureParameterType;

typedef struct
{
  const char                    *name;
  CareplanMeasureParameterType   type;
  const char                    *default_value;
  const char                    *unit;          /* "months", "years", "" … */
  const char                    *description;
  int                            min;           /* numbers only */
  int                            max;
} CareplanMeasureParameterSpec;

typedef struct
{
  int     number;
  GStrv   words;   /* codes or names; NULL for numbers */
  char   *text;    /* the value as written back (normalised) */
} CareplanMeasureParameterValue;

/* What every measure may look at about one child.  Built once per child
 * at the period end: nothing dated after it is seen. */
typedef struct
{
  CareplanChild             *child;
  const char                *id;
  const CareplanChildIndex  *index;          /* as the record stood at period_end */
  CareplanCalendar          *calendar;
  CareplanDate               period_start;
  CareplanDate               period_end;
  CareplanLeapDayPolicy      leap_day_policy;
  /* The period of care open at period_end when it is not a series of
   * short breaks: the child is "looked after at the period end". */
  const CareplanPeriodSpan  *current;
  int                        age_at_start;   /* -1: no date of birth */
  int                        age_at_end;
  /* Findings of the rules some measure reads (reviews, visits), judged at
   * period_end; empty when no measure reads findings. */
  const CareplanFindingRecord *findings;
  guint                      n_findings;
  /* The postcode lookup the user gave, or NULL (no file: the distance
   * and outside-area measures say "no data"). */
  CareplanPostcodes         *postcodes;
} CareplanMeasureChild;

typedef struct _CareplanMeasureTally CareplanMeasureTally;

/* One item of the denominator: @counted says whether it is in the
 * numerator; @value is its days for a mean-days measure (-1 otherwise);
 * @note (taken) says in a sentence why it counts or not. */
void careplan_measure_tally_add (CareplanMeasureTally *tally,
                                 const char           *child_id,
                                 gboolean              counted,
                                 int                   value,
                                 char                 *note);

/* Says whether a child of the denominator has the facts the measure
 * reads (for a definition without fact_kinds, whose function knows): the
 * measure is "no data" when none has, "partial" when some have not. */
void careplan_measure_tally_fact (CareplanMeasureTally *tally,
                                  gboolean              present);

typedef void (*CareplanMeasureFunc) (const CareplanMeasureChild          *child,
                                     const CareplanMeasureParameterValue *parameters,
                                     CareplanMeasureTally                *tally);

typedef struct
{
  const char                          *id;
  const char                          *title;
  const char                          *definition;
  CareplanMeasureKind                  kind;
  CareplanMeasureScale                 scale;
  const char                          *unit;          /* what the denominator counts */
  CareplanConfirmation                 confirmation;
  const char                          *instrument;
  const char                          *provision;
  const char                          *url;
  const CareplanMeasureParameterSpec  *parameters;
  guint                                n_parameters;
  /* The name of the NAMES parameter listing the rule families whose
   * findings the measure reads, or NULL. */
  const char                          *families_parameter;
  CareplanMeasureFunc                  measure;
  /* What the measure reads, for the "no data" and "partial" results:
   * data_needed names it ("permanence plans"), data_absent says where it
   * is missing ("an SSDA903 return holds no permanence plans"); with
   * fact_kinds the driver checks each child of the denominator for an
   * event of one of those kinds, without them the function reports it
   * (careplan_measure_tally_fact).  NULL data_needed: nothing checked. */
  const char                          *data_needed;
  const char                          *data_absent;
  const CareplanEventKind             *fact_kinds;
  guint                                n_fact_kinds;
  /* TRUE: the facts are rare by nature (suspensions, contacts after 21),
   * so a child without them is no gap in the data: "no data" only when
   * no child has any, never "partial". */
  gboolean                             fact_for_cohort;
  /* Why the measure cannot be computed with these parameters and inputs
   * (a population or a postcode file not given), or NULL. */
  const char *                       (*unavailable) (const CareplanMeasureParameterValue *parameters,
                                                     CareplanPostcodes                   *postcodes);
} CareplanMeasureDefinition;

const CareplanMeasureDefinition *careplan_measures_dfe_get_definitions   (guint *n_definitions);
const CareplanMeasureDefinition *careplan_measures_local_get_definitions (guint *n_definitions);
const CareplanMeasureDefinition *careplan_measures_sufficiency_get_definitions (guint *n_definitions);

/* Items go to @func as they are found instead of into the tally (the
 * tally keeps only the counts). */
guint                 careplan_measure_tally_get_n_items (CareplanMeasureTally *tally);
void                  careplan_measure_tally_set_item_func (CareplanMeasureTally  *tally,
                                                            const char            *measure_id,
                                                            CareplanMeasureItemFunc func,
                                                            gpointer               user_data);

/* Items kept in an unlinked temporary file (one descriptor, a chain of
 * segments per measure run) instead of memory: appended in cohort order on
 * one thread, then read back (by any number of threads) once flushed. */
typedef struct _CareplanMeasureSpool CareplanMeasureSpool;

typedef void (*CareplanMeasureItemVisit) (const char *child_id,
                                          gboolean    counted,
                                          int         value,
                                          const char *note,
                                          gpointer    user_data);

CareplanMeasureSpool *careplan_measure_spool_new   (guint                 n_runs,
                                                    GError              **error);
CareplanMeasureSpool *careplan_measure_spool_ref   (CareplanMeasureSpool *spool);
void                  careplan_measure_spool_unref (CareplanMeasureSpool *spool);
void                  careplan_measure_spool_add   (CareplanMeasureSpool *spool,
                                                    guint                 run_index,
                                                    const char           *child_id,
                                                    gboolean              counted,
                                                    int                   value,
                                                    const char           *note);
void                  careplan_measure_spool_flush (CareplanMeasureSpool *spool);
/* The measure's items are @run_index's of @spool (@n_items of them). */
void                  careplan_measure_set_spool   (CareplanMeasure      *self,
                                                    CareplanMeasureSpool *spool,
                                                    guint                 run_index,
                                                    guint                 n_items);
/* Each item in order, from memory or straight from the spool (without
 * reading them all into memory).  FALSE with @error when a spool cannot
 * be read back. */
gboolean              careplan_measure_foreach_item (CareplanMeasure           *self,
                                                     CareplanMeasureItemVisit   visit,
                                                     gpointer                   user_data,
                                                     GError                   **error);

/* Adds @from's items (in order, as careplan_measure_tally_add() would,
 * so that an item function sees them) and fact checks to @tally, and
 * empties @from's items: a child's tally made on a worker thread, merged
 * in cohort order. */
void                  careplan_measure_tally_merge (CareplanMeasureTally *tally,
                                                    CareplanMeasureTally *from);
CareplanMeasureTally *careplan_measure_tally_new   (void);
void                  careplan_measure_tally_free  (CareplanMeasureTally *tally);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareplanMeasureTally, careplan_measure_tally_free)

/* Builds the measure from its definition, the parameter values used and
 * the tally (emptied: the measure takes its items). */
CareplanMeasure *careplan_measure_new_from_tally (const CareplanMeasureDefinition     *definition,
                                                  const CareplanMeasureParameterValue *parameters,
                                                  CareplanDate                         period_start,
                                                  CareplanDate                         period_end,
                                                  CareplanPostcodes                   *postcodes,
                                                  CareplanMeasureTally                *tally);

/* The value of the parameter @name of @definition, or NULL. */
const CareplanMeasureParameterValue *careplan_measure_parameter (const CareplanMeasureDefinition     *definition,
                                                                 const CareplanMeasureParameterValue *parameters,
                                                                 const char                          *name);

/* Helpers shared by the measure families. */
gboolean       careplan_measure_words_contain   (const CareplanMeasureParameterValue *value,
                                                 const char                          *word);
/* The latest event of @kind dated in [from, to], or NULL. */
CareplanEvent *careplan_measure_child_latest    (const CareplanMeasureChild *child,
                                                 CareplanEventKind           kind,
                                                 CareplanDate                from,
                                                 CareplanDate                to);
int            careplan_measure_child_age_on    (const CareplanMeasureChild *child,
                                                 CareplanDate                date);
/* An episode's end and reason ended as known at the period end: an end
 * after it is not yet known (CAREPLAN_DATE_NONE, reason NULL). */
CareplanDate   careplan_measure_child_episode_end    (const CareplanMeasureChild *child,
                                                      CareplanEpisode            *episode);
const char    *careplan_measure_child_episode_reason (const CareplanMeasureChild *child,
                                                      CareplanEpisode            *episode);
CareplanEpisode *careplan_measure_child_episode      (const CareplanMeasureChild *child,
                                                      guint                       position);
/* Whether @finding is of a rule in one of the families @families lists
 * and not among the rule ids @excluded lists (nullable), fell due in the
 * period and was judged (met, met-late or overdue). */
gboolean       careplan_measure_child_judged_in_period (const CareplanMeasureChild          *child,
                                                        const CareplanFindingRecord         *finding,
                                                        const CareplanMeasureParameterValue *families,
                                                        const CareplanMeasureParameterValue *excluded);
/* An ISO date for a note: a static buffer per call site is not thread
 * safe, so the caller gives one of CAREPLAN_DATE_ISO_LENGTH bytes. */
const char    *careplan_measure_iso             (CareplanDate                date,
                                                 char                       *buffer);

G_END_DECLS
