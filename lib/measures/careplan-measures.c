/* careplan-measures.c: computing every cohort measure in one pass
 *
 * For each child the driver builds the record's index once, as it stood
 * at the period end, works out what several measures share (the period of
 * care open at the period end, the child's age, the findings of the
 * review and visit rules) and hands that to every measure's function,
 * which adds the child's items to its tally.  Nothing is kept between
 * children except the tallies, so the work and the memory are linear in
 * the records, and nothing but the arguments is read: no clock, no files.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-measures.h"

#include <string.h>

#include "careplan-error.h"
#include "careplan-measures-private.h"
#include "careplan-ordered-pool-private.h"

/* Shared helpers */

gboolean
careplan_measure_words_contain (const CareplanMeasureParameterValue *value,
                                const char                          *word)
{
  guint i;

  if (value->words == NULL || word == NULL)
    return FALSE;

  for (i = 0; value->words[i] != NULL; i++)
    if (g_str_equal (value->words[i], word))
      return TRUE;

  return FALSE;
}

CareplanEvent *
careplan_measure_child_latest (const CareplanMeasureChild *child,
                               CareplanEventKind           kind,
                               CareplanDate                from,
                               CareplanDate                to)
{
  const GPtrArray *events = child->index->events[kind];
  guint after;
  CareplanEvent *event;

  if (to == CAREPLAN_DATE_NONE || to < from)
    return NULL;

  /* The first event after @to; the one before it is the latest on or
   * before @to. */
  after = careplan_child_index_find_event (child->index, kind, to + 1);
  if (after == 0)
    return NULL;

  event = g_ptr_array_index (events, after - 1);
  return careplan_event_get_date (event) >= from ? event : NULL;
}

int
careplan_measure_child_age_on (const CareplanMeasureChild *child,
                               CareplanDate                date)
{
  CareplanDate date_of_birth = careplan_child_get_date_of_birth (child->child);

  if (date_of_birth == CAREPLAN_DATE_NONE)
    return -1;

  return careplan_date_get_age_on (date_of_birth, date, child->leap_day_policy);
}

CareplanEpisode *
careplan_measure_child_episode (const CareplanMeasureChild *child,
                                guint                       position)
{
  return g_ptr_array_index (child->index->episodes, position);
}

CareplanDate
careplan_measure_child_episode_end (const CareplanMeasureChild *child,
                                    CareplanEpisode            *episode)
{
  CareplanDate end = careplan_episode_get_end (episode);

  return end != CAREPLAN_DATE_NONE && end <= child->period_end ? end : CAREPLAN_DATE_NONE;
}

const char *
careplan_measure_child_episode_reason (const CareplanMeasureChild *child,
                                       CareplanEpisode            *episode)
{
  if (careplan_measure_child_episode_end (child, episode) == CAREPLAN_DATE_NONE)
    return NULL;

  return careplan_episode_get_reason_ended (episode);
}

gboolean
careplan_measure_child_judged_in_period (const CareplanMeasureChild          *child,
                                         CareplanFinding                     *finding,
                                         const CareplanMeasureParameterValue *families,
                                         const CareplanMeasureParameterValue *excluded)
{
  CareplanRule *rule = careplan_finding_get_rule (finding);
  CareplanDate due = careplan_finding_get_due (finding);

  if (rule == NULL || !careplan_measure_words_contain (families, careplan_rule_get_family (rule)))
    return FALSE;
  if (excluded != NULL && careplan_measure_words_contain (excluded, careplan_rule_get_id (rule)))
    return FALSE;
  if (due == CAREPLAN_DATE_NONE || due < child->period_start || due > child->period_end)
    return FALSE;

  switch (careplan_finding_get_status (finding))
    {
    case CAREPLAN_FINDING_STATUS_MET:
    case CAREPLAN_FINDING_STATUS_MET_LATE:
    case CAREPLAN_FINDING_STATUS_OVERDUE:
      return TRUE;
    case CAREPLAN_FINDING_STATUS_DUE:
    case CAREPLAN_FINDING_STATUS_NOT_APPLICABLE:
    case CAREPLAN_FINDING_STATUS_UNKNOWN:
    default:
      return FALSE;
    }
}

const char *
careplan_measure_iso (CareplanDate  date,
                      char         *buffer)
{
  if (date == CAREPLAN_DATE_NONE)
    return "(no date)";

  careplan_date_format_iso (date, buffer);
  return buffer;
}

/* Parameters */

typedef struct
{
  const CareplanMeasureDefinition *definition;
  CareplanMeasureParameterValue   *values;   /* definition->n_parameters */
  CareplanMeasureTally            *tally;
} MeasureRun;

static void
clear_value (CareplanMeasureParameterValue *value)
{
  g_clear_pointer (&value->words, g_strfreev);
  g_clear_pointer (&value->text, g_free);
  value->number = 0;
}

/* The measures being computed, with their parameter values and tallies. */
typedef GArray MeasureRuns;

static void
clear_runs (MeasureRuns *runs)
{
  guint i, j;

  for (i = 0; i < runs->len; i++)
    {
      MeasureRun *run = &g_array_index (runs, MeasureRun, i);

      for (j = 0; j < run->definition->n_parameters; j++)
        clear_value (&run->values[j]);
      g_free (run->values);
      g_clear_pointer (&run->tally, careplan_measure_tally_free);
    }
  g_array_unref (runs);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MeasureRuns, clear_runs)

/* Parses @text as the value of @spec into @value (cleared first).
 * @what names the parameter for messages. */
static gboolean
parse_value (const CareplanMeasureParameterSpec  *spec,
             const char                          *text,
             const char                          *what,
             CareplanMeasureParameterValue       *value,
             GError                             **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) words = NULL;
  g_auto(GStrv) parts = NULL;
  gint64 number;
  guint i;

  clear_value (value);

  if (spec->type == CAREPLAN_MEASURE_PARAMETER_NUMBER)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      if (!g_ascii_string_to_signed (stripped, 10, spec->min, spec->max, &number, &local_error))
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                       "measure parameter %s: “%s” is not a whole number from %d to %d",
                       what, text, spec->min, spec->max);
          return FALSE;
        }
      value->number = (int) number;
      value->text = g_strdup_printf ("%d", value->number);
      return TRUE;
    }

  if (spec->type == CAREPLAN_MEASURE_PARAMETER_TEXT)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));
      const char *c;

      for (c = stripped; *c != '\0'; c++)
        if (!g_ascii_isalnum (*c) && *c != '-' && *c != '_' && *c != '.')
          {
            g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                         "measure parameter %s: “%s” is not a code (letters, digits, '-', '_', '.')",
                         what, text);
            return FALSE;
          }
      value->text = g_ascii_strup (stripped, -1);
      value->words = g_new0 (char *, 2);
      if (*value->text != '\0')
        value->words[0] = g_strdup (value->text);
      return TRUE;
    }

  words = g_ptr_array_new_with_free_func (g_free);
  parts = g_strsplit (text, ",", -1);
  for (i = 0; parts[i] != NULL; i++)
    {
      char *word = g_strstrip (parts[i]);
      const char *c;

      if (*word == '\0')
        continue;
      for (c = word; *c != '\0'; c++)
        if (!g_ascii_isalnum (*c) && *c != '-' && *c != '_' && *c != '.')
          {
            g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                         "measure parameter %s: “%s” is not a list of %s separated by commas",
                         what, text,
                         spec->type == CAREPLAN_MEASURE_PARAMETER_CODES ? "codes" : "names");
            return FALSE;
          }
      /* SSDA903 codes are upper case whatever is typed; rule ids such as
       * cppcr-2010.reg28-3A… are matched as written. */
      g_ptr_array_add (words, spec->type == CAREPLAN_MEASURE_PARAMETER_CODES
                              ? g_ascii_strup (word, -1) : g_strdup (word));
    }
  g_ptr_array_add (words, NULL);
  value->words = (GStrv) g_ptr_array_free (g_steal_pointer (&words), FALSE);
  value->text = g_strjoinv (",", value->words);
  return TRUE;
}

static const CareplanMeasureParameterSpec *
find_spec (const CareplanMeasureDefinition *definition,
           const char                      *name,
           guint                           *position)
{
  guint i;

  for (i = 0; i < definition->n_parameters; i++)
    if (g_str_equal (definition->parameters[i].name, name))
      {
        *position = i;
        return &definition->parameters[i];
      }
  return NULL;
}

/* Applies one "MEASURE-ID.NAME=VALUE" setting. */
static gboolean
apply_setting (GArray      *runs,
               const char  *setting,
               GError     **error)
{
  const char *equals = strchr (setting, '=');
  g_autofree char *key = NULL;
  const char *dot;
  const char *name;
  guint i, position = 0;

  if (equals == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "measure parameter “%s”: expected MEASURE-ID.NAME=VALUE", setting);
      return FALSE;
    }

  key = g_strndup (setting, (gsize) (equals - setting));
  g_strstrip (key);
  /* Measure ids hold dots, parameter names do not: the name is after the
   * last one. */
  dot = strrchr (key, '.');
  if (dot == NULL || dot == key || dot[1] == '\0')
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "measure parameter “%s”: expected MEASURE-ID.NAME=VALUE", setting);
      return FALSE;
    }
  name = dot + 1;

  for (i = 0; i < runs->len; i++)
    {
      MeasureRun *run = &g_array_index (runs, MeasureRun, i);
      const CareplanMeasureParameterSpec *spec;
      size_t id_length = (size_t) (dot - key);

      if (strlen (run->definition->id) != id_length ||
          strncmp (run->definition->id, key, id_length) != 0)
        continue;

      spec = find_spec (run->definition, name, &position);
      if (spec == NULL)
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                       "measure parameter “%s”: measure %s has no parameter “%s”",
                       key, run->definition->id, name);
          return FALSE;
        }
      return parse_value (spec, equals + 1, key, &run->values[position], error);
    }

  /* A family's setting ("sufficiency.local_authority=E10000008") sets the
   * parameter of every measure of the family that has one. */
  if (memchr (key, '.', (size_t) (dot - key)) == NULL)
  {
    g_autofree char *prefix = g_strdup_printf ("%.*s.", (int) (dot - key), key);
    gboolean applied = FALSE;

    for (i = 0; i < runs->len; i++)
      {
        MeasureRun *run = &g_array_index (runs, MeasureRun, i);
        const CareplanMeasureParameterSpec *spec;

        if (!g_str_has_prefix (run->definition->id, prefix))
          continue;
        spec = find_spec (run->definition, name, &position);
        if (spec == NULL)
          continue;
        if (!parse_value (spec, equals + 1, key, &run->values[position], error))
          return FALSE;
        applied = TRUE;
      }
    if (applied)
      return TRUE;
  }

  g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
               "measure parameter “%s”: no measure has the id “%.*s”, and no family of "
               "measures of that name has a parameter “%s”",
               key, (int) (dot - key), key, name);
  return FALSE;
}

static void
add_definitions (GArray                          *runs,
                 const CareplanMeasureDefinition *definitions,
                 guint                            n_definitions)
{
  guint i, j;

  for (i = 0; i < n_definitions; i++)
    {
      MeasureRun run = {
        .definition = &definitions[i],
        .values = g_new0 (CareplanMeasureParameterValue, MAX (definitions[i].n_parameters, 1)),
        .tally = careplan_measure_tally_new (),
      };

      for (j = 0; j < definitions[i].n_parameters; j++)
        {
          g_autofree char *what = g_strdup_printf ("%s.%s", definitions[i].id,
                                                   definitions[i].parameters[j].name);
          gboolean ok = parse_value (&definitions[i].parameters[j],
                                     definitions[i].parameters[j].default_value,
                                     what, &run.values[j], NULL);

          /* The defaults are part of the table: a bad one is a bug. */
          g_assert (ok);
        }
      g_array_append_val (runs, run);
    }
}

/* The rules whose findings some measure reads: those of @rulebook in the
 * families the measures' NAMES parameters list. */
static GPtrArray *
select_rules (GArray           *runs,
              CareplanRulebook *rulebook)
{
  g_autoptr(GHashTable) families = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *rules;
  guint i, j, n;

  for (i = 0; i < runs->len; i++)
    {
      MeasureRun *run = &g_array_index (runs, MeasureRun, i);
      guint position = 0;

      if (run->definition->families_parameter == NULL ||
          find_spec (run->definition, run->definition->families_parameter, &position) == NULL)
        continue;
      for (j = 0; run->values[position].words[j] != NULL; j++)
        g_hash_table_add (families, run->values[position].words[j]);
    }

  if (g_hash_table_size (families) == 0)
    return selected;

  rules = careplan_rulebook_get_rules (rulebook);
  n = g_list_model_get_n_items (rules);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);
      const char *family = careplan_rule_get_family (rule);

      if (family != NULL && g_hash_table_contains (families, family))
        g_ptr_array_add (selected, g_steal_pointer (&rule));
    }

  return selected;
}

/* The period of care open at the period end, unless it is a series of
 * short breaks (reg 48: such children are left out of the measures). */
static const CareplanPeriodSpan *
current_period (const CareplanChildIndex *index)
{
  const CareplanPeriodSpan *last;

  if (index->periods->len == 0)
    return NULL;

  last = &g_array_index (index->periods, CareplanPeriodSpan, index->periods->len - 1);
  if (last->end != CAREPLAN_DATE_NONE || last->short_break)
    return NULL;

  return last;
}

static gboolean
has_fact (const CareplanChildIndex        *index,
          const CareplanMeasureDefinition *definition)
{
  guint i;

  for (i = 0; i < definition->n_fact_kinds; i++)
    if (index->events[definition->fact_kinds[i]]->len > 0)
      return TRUE;
  return FALSE;
}

/**
 * CareplanMeasuresAccumulator:
 *
 * Computes every cohort measure in one pass over a stream of children.
 *
 * Give the children one at a time with
 * [method@Careplan.MeasuresAccumulator.add_child], as a streaming reader
 * hands them over, then take the measures with
 * [method@Careplan.MeasuresAccumulator.finish]. Each measure is a pure
 * function of one child that adds the child's items to its accumulator;
 * nothing of a child is kept once it has been added except those items,
 * and with an item function
 * ([method@Careplan.MeasuresAccumulator.set_item_func]) not even those:
 * the drill-down lists are handed over as they are found and only the
 * counts stay, so a million-child cohort takes the memory of one child.
 *
 * [func@Careplan.measures_compute_full] is this over a list model.
 *
 * With [method@Careplan.MeasuresAccumulator.set_n_threads] the children
 * are measured on several threads and their items added in the order the
 * children were given: the measures and the items handed to the item
 * function are the same whatever the number of threads.
 *
 * Since: 0.2
 */
struct _CareplanMeasuresAccumulator
{
  GObject            parent_instance;

  CareplanDate       period_start;
  CareplanDate       period_end;
  CareplanCalendar  *calendar;
  CareplanPostcodes *postcodes;
  MeasureRuns       *runs;
  GPtrArray         *rules;
  GPtrArray         *findings;
  guint              n_children;
  gboolean           finished;
  guint              n_threads;   /* 1: measured in add_child() */
  CareplanMeasureSpool *spool;    /* items kept on disk (spool_items()) */
  struct SpoolTarget   *spool_targets;
  CareplanOrderedPool *pool;      /* with several threads, from the first child */

  CareplanMeasureItemFunc item_func;
  gpointer                item_data;
  GDestroyNotify          item_destroy;
};

G_DEFINE_FINAL_TYPE (CareplanMeasuresAccumulator, careplan_measures_accumulator, G_TYPE_OBJECT)

/* Where a run's items go in spool mode. */
typedef struct SpoolTarget
{
  CareplanMeasureSpool *spool;
  guint                 run;
} SpoolTarget;

static void
spool_item (const char *measure_id,
            const char *child_id,
            gboolean    counted,
            int         value,
            const char *note,
            gpointer    user_data)
{
  SpoolTarget *target = user_data;

  careplan_measure_spool_add (target->spool, target->run, child_id, counted, value, note);
}

static void
careplan_measures_accumulator_finalize (GObject *object)
{
  CareplanMeasuresAccumulator *self = CAREPLAN_MEASURES_ACCUMULATOR (object);

  /* The children still in flight are dropped first: they use the runs. */
  g_clear_pointer (&self->pool, careplan_ordered_pool_free);
  if (self->item_destroy != NULL)
    self->item_destroy (self->item_data);
  g_clear_pointer (&self->runs, clear_runs);
  g_clear_pointer (&self->spool, careplan_measure_spool_unref);
  g_clear_pointer (&self->spool_targets, g_free);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_object (&self->calendar);
  g_clear_object (&self->postcodes);

  G_OBJECT_CLASS (careplan_measures_accumulator_parent_class)->finalize (object);
}

static void
careplan_measures_accumulator_class_init (CareplanMeasuresAccumulatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_measures_accumulator_finalize;
}

static void
careplan_measures_accumulator_init (CareplanMeasuresAccumulator *self)
{
  self->n_threads = 1;
}

static gboolean
check_period (CareplanDate   period_start,
              CareplanDate   period_end,
              GError       **error)
{
  if (!careplan_date_is_valid (period_start) || !careplan_date_is_valid (period_end))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE,
                   "the period %u to %u is not made of valid dates", period_start, period_end);
      return FALSE;
    }
  if (period_end < period_start)
    {
      char start_iso[CAREPLAN_DATE_ISO_LENGTH], end_iso[CAREPLAN_DATE_ISO_LENGTH];

      careplan_date_format_iso (period_start, start_iso);
      careplan_date_format_iso (period_end, end_iso);
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE,
                   "the period ends (%s) before it starts (%s)", end_iso, start_iso);
      return FALSE;
    }
  return TRUE;
}

/**
 * careplan_measures_accumulator_new:
 * @period_start: the first day of the period (1 April for an SSDA903
 *   collection year)
 * @period_end: the last day of the period (31 March); measures "at the
 *   period end" look at the records as they stood on this day
 * @calendar: (nullable): the working-day calendar, or %NULL for the
 *   built-in one
 * @rulebook: (nullable): the rules whose findings the review and visit
 *   measures count, or %NULL for the default rulebook
 * @parameters: (nullable) (array zero-terminated=1): settings of the
 *   measures' parameters, each `MEASURE-ID.NAME=VALUE`, or
 *   `FAMILY.NAME=VALUE` for every measure of a family that has the
 *   parameter (`sufficiency.local_authority=E10000008`)
 * @postcodes: (nullable): where postcodes are, for the outside-area and
 *   distance measures; without it they say "no data"
 * @error: return location for a #GError
 *
 * Starts computing every measure careplan knows over the children that
 * will be added.
 *
 * Returns: (transfer full): a new accumulator, or %NULL with @error set:
 *   %CAREPLAN_ERROR_INVALID_DATE when a date is not valid or the period
 *   ends before it starts, %CAREPLAN_ERROR_FAILED for a setting that names
 *   no measure or parameter or has a bad value
 *
 * Since: 0.2
 */
CareplanMeasuresAccumulator *
careplan_measures_accumulator_new (CareplanDate         period_start,
                                   CareplanDate         period_end,
                                   CareplanCalendar    *calendar,
                                   CareplanRulebook    *rulebook,
                                   const char * const  *parameters,
                                   CareplanPostcodes   *postcodes,
                                   GError             **error)
{
  g_autoptr(CareplanMeasuresAccumulator) self = NULL;
  g_autoptr(CareplanRulebook) default_rulebook = NULL;
  const CareplanMeasureDefinition *definitions;
  guint n_definitions;
  guint i;

  g_return_val_if_fail (calendar == NULL || CAREPLAN_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (rulebook == NULL || CAREPLAN_IS_RULEBOOK (rulebook), NULL);
  g_return_val_if_fail (postcodes == NULL || CAREPLAN_IS_POSTCODES (postcodes), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_period (period_start, period_end, error))
    return NULL;

  self = g_object_new (CAREPLAN_TYPE_MEASURES_ACCUMULATOR, NULL);
  self->period_start = period_start;
  self->period_end = period_end;
  self->calendar = calendar != NULL ? g_object_ref (calendar) : careplan_calendar_new_default ();
  self->postcodes = postcodes != NULL ? g_object_ref (postcodes) : NULL;
  if (rulebook == NULL)
    rulebook = default_rulebook = careplan_rulebook_new_default ();

  self->runs = g_array_new (FALSE, FALSE, sizeof (MeasureRun));
  definitions = careplan_measures_dfe_get_definitions (&n_definitions);
  add_definitions (self->runs, definitions, n_definitions);
  definitions = careplan_measures_local_get_definitions (&n_definitions);
  add_definitions (self->runs, definitions, n_definitions);
  definitions = careplan_measures_sufficiency_get_definitions (&n_definitions);
  add_definitions (self->runs, definitions, n_definitions);

  for (i = 0; parameters != NULL && parameters[i] != NULL; i++)
    if (!apply_setting (self->runs, parameters[i], error))
      return NULL;

  self->rules = select_rules (self->runs, rulebook);
  self->findings = g_ptr_array_new_with_free_func (g_object_unref);

  return g_steal_pointer (&self);
}

/**
 * careplan_measures_accumulator_set_item_func:
 * @self: an accumulator
 * @func: (scope notified) (closure user_data) (destroy destroy): the
 *   function that receives every item of every measure as it is found
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data
 *
 * Hands the drill-down lists (the items of every measure's denominator)
 * to @func as they are found, instead of keeping them in the measures:
 * the measures then have their counts and rates but no items
 * ([method@Careplan.Measure.get_n_items] is 0), and the memory taken
 * does not grow with the cohort. Set it before the first child is added.
 *
 * Since: 0.2
 */
void
careplan_measures_accumulator_set_item_func (CareplanMeasuresAccumulator *self,
                                             CareplanMeasureItemFunc      func,
                                             gpointer                     user_data,
                                             GDestroyNotify               destroy)
{
  guint i;

  g_return_if_fail (CAREPLAN_IS_MEASURES_ACCUMULATOR (self));
  g_return_if_fail (self->n_children == 0 && !self->finished);
  g_return_if_fail (self->spool == NULL);

  if (self->item_destroy != NULL)
    self->item_destroy (self->item_data);
  self->item_func = func;
  self->item_data = user_data;
  self->item_destroy = destroy;

  for (i = 0; i < self->runs->len; i++)
    {
      MeasureRun *run = &g_array_index (self->runs, MeasureRun, i);

      careplan_measure_tally_set_item_func (run->tally, run->definition->id, func, user_data);
    }
}

/**
 * careplan_measures_accumulator_spool_items:
 * @self: an accumulator
 * @error: return location for a #GError
 *
 * Keeps the items of every measure (the children behind it) in a
 * temporary file (in `$TMPDIR`, one file descriptor whatever the number
 * of measures) instead of memory, so that the memory taken does not grow
 * with the cohort even when the items are wanted. The file is unlinked as
 * soon as it is made: nothing is left behind.
 *
 * The measures [method@Careplan.MeasuresAccumulator.finish] returns are
 * as without it; the writers ([func@Careplan.measures_write_full] and the
 * others) read each measure's items back from the file as they write
 * them, and a measure's item getters read them into memory (for that
 * measure) the first time one is called. Call it before the first child
 * is added, and not together with
 * [method@Careplan.MeasuresAccumulator.set_item_func].
 *
 * Returns: %TRUE; %FALSE with %CAREPLAN_ERROR_IO when the temporary file
 *   cannot be made
 *
 * Since: 0.2
 */
gboolean
careplan_measures_accumulator_spool_items (CareplanMeasuresAccumulator  *self,
                                           GError                      **error)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURES_ACCUMULATOR (self), FALSE);
  g_return_val_if_fail (self->n_children == 0 && !self->finished, FALSE);
  g_return_val_if_fail (self->item_func == NULL && self->spool == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->spool = careplan_measure_spool_new (self->runs->len, error);
  if (self->spool == NULL)
    return FALSE;
  self->spool_targets = g_new0 (SpoolTarget, MAX (self->runs->len, 1));
  for (guint i = 0; i < self->runs->len; i++)
    {
      MeasureRun *run = &g_array_index (self->runs, MeasureRun, i);

      self->spool_targets[i].spool = self->spool;
      self->spool_targets[i].run = i;
      careplan_measure_tally_set_item_func (run->tally, run->definition->id, spool_item,
                                            &self->spool_targets[i]);
    }
  return TRUE;
}

/* Measures @child into @tallies (one per run, in the order of the runs),
 * with @findings as the scratch list of the rules' findings.  Reads only
 * what does not change once the first child is added: safe on several
 * threads at once, each with its own tallies and findings. */
static void
measure_child (CareplanMeasuresAccumulator  *self,
               CareplanChild                *child,
               CareplanMeasureTally        **tallies,
               GPtrArray                    *findings)
{
  g_autoptr(CareplanChildIndex) index = NULL;
  CareplanMeasureChild facts;
  guint i;

  index = careplan_child_index_new (child, self->period_end);
  facts = (CareplanMeasureChild) {
    .child = child,
    .id = careplan_child_get_id (child),
    .index = index,
    .calendar = self->calendar,
    .period_start = self->period_start,
    .period_end = self->period_end,
    .leap_day_policy = CAREPLAN_LEAP_DAY_POLICY_MARCH_1,
    .findings = findings,
    .postcodes = self->postcodes,
  };

  facts.current = current_period (index);
  facts.age_at_start = careplan_measure_child_age_on (&facts, self->period_start);
  facts.age_at_end = careplan_measure_child_age_on (&facts, self->period_end);

  g_ptr_array_set_size (findings, 0);
  if (self->rules->len > 0)
    {
      /* The rules see the same index, built at the period end. */
      CareplanEvaluation evaluation = {
        .child = child,
        .index = index,
        .calendar = self->calendar,
        .as_of = self->period_end,
        .leap_day_policy = facts.leap_day_policy,
      };
      g_autoptr(CareplanFindingArray) sink = careplan_finding_array_new ();

      for (i = 0; i < self->rules->len; i++)
        careplan_rule_evaluate (g_ptr_array_index (self->rules, i), &evaluation, sink);
      g_ptr_array_extend_and_steal (findings,
                                    careplan_finding_array_free_to_objects (g_steal_pointer (&sink)));
    }

  for (i = 0; i < self->runs->len; i++)
    {
      MeasureRun *run = &g_array_index (self->runs, MeasureRun, i);
      guint before = careplan_measure_tally_get_n_items (tallies[i]);

      run->definition->measure (&facts, run->values, tallies[i]);

      /* A child who came into the denominator: had the record the facts
       * the measure reads? */
      if (run->definition->n_fact_kinds > 0 &&
          careplan_measure_tally_get_n_items (tallies[i]) > before)
        careplan_measure_tally_fact (tallies[i], has_fact (index, run->definition));
    }
  g_ptr_array_set_size (findings, 0);
}

/* On a worker: the child measured into tallies of its own. */
static gpointer
measure_item (gpointer item,
              gpointer user_data)
{
  CareplanMeasuresAccumulator *self = user_data;
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_object_unref);
  CareplanMeasureTally **tallies = g_new (CareplanMeasureTally *, self->runs->len);

  for (guint i = 0; i < self->runs->len; i++)
    tallies[i] = careplan_measure_tally_new ();
  measure_child (self, item, tallies, findings);
  return tallies;
}

/* In cohort order, on the thread that adds the children: the child's
 * items go into the measures (and to the item function). */
static gboolean
merge_item (gpointer   item,
            gpointer   result,
            gpointer   user_data,
            GError   **error)
{
  CareplanMeasuresAccumulator *self = user_data;
  CareplanMeasureTally **tallies = result;

  for (guint i = 0; i < self->runs->len; i++)
    careplan_measure_tally_merge (g_array_index (self->runs, MeasureRun, i).tally, tallies[i]);
  return TRUE;
}

static void
discard_item (gpointer item,
              gpointer result,
              gpointer user_data)
{
  CareplanMeasuresAccumulator *self = user_data;
  CareplanMeasureTally **tallies = result;

  if (tallies != NULL)
    {
      for (guint i = 0; i < self->runs->len; i++)
        careplan_measure_tally_free (tallies[i]);
      g_free (tallies);
    }
  g_object_unref (item);
}

/**
 * careplan_measures_accumulator_get_n_threads:
 * @self: an accumulator
 *
 * Gets the number of threads the children are measured on, as
 * [method@Careplan.MeasuresAccumulator.set_n_threads] set it.
 *
 * Returns: the number of threads; 1 (the default) when each child is
 *   measured in [method@Careplan.MeasuresAccumulator.add_child], 0 for one
 *   per processor
 *
 * Since: 0.2
 */
guint
careplan_measures_accumulator_get_n_threads (CareplanMeasuresAccumulator *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURES_ACCUMULATOR (self), 1);

  return self->n_threads;
}

/**
 * careplan_measures_accumulator_set_n_threads:
 * @self: an accumulator
 * @n_threads: the number of threads: 1 to measure each child in
 *   [method@Careplan.MeasuresAccumulator.add_child] (the default), 0 for
 *   one per processor
 *
 * Measures the children on @n_threads worker threads (at most 256), a few
 * children per thread in flight at once: memory stays bounded. The items
 * are added, and handed to the item function, in the order the children
 * were added and on the thread that adds them (during
 * [method@Careplan.MeasuresAccumulator.add_child] or
 * [method@Careplan.MeasuresAccumulator.finish]), so the measures are the
 * same whatever the number. A child added is then measured after
 * add_child() returns: it must not be changed until
 * [method@Careplan.MeasuresAccumulator.finish]. Set it before the first
 * child is added.
 *
 * Since: 0.2
 */
void
careplan_measures_accumulator_set_n_threads (CareplanMeasuresAccumulator *self,
                                             guint                        n_threads)
{
  g_return_if_fail (CAREPLAN_IS_MEASURES_ACCUMULATOR (self));
  g_return_if_fail (self->n_children == 0 && !self->finished);

  self->n_threads = n_threads;
}

/**
 * careplan_measures_accumulator_add_child:
 * @self: an accumulator
 * @child: the next child of the cohort
 * @error: return location for a #GError
 *
 * Adds @child to every measure. Nothing of @child is kept but its items
 * (and with an item function, not even those): the caller may drop it
 * as soon as this returns (with several threads the accumulator holds a
 * reference until the child is measured; the child must not be changed
 * meanwhile).
 *
 * Returns: %TRUE; %FALSE with %CAREPLAN_ERROR_INVALID_RECORD when @child
 *   has no id (it is then not added)
 *
 * Since: 0.2
 */
gboolean
careplan_measures_accumulator_add_child (CareplanMeasuresAccumulator  *self,
                                         CareplanChild                *child,
                                         GError                      **error)
{
  g_autofree CareplanMeasureTally **tallies = NULL;

  g_return_val_if_fail (CAREPLAN_IS_MEASURES_ACCUMULATOR (self), FALSE);
  g_return_val_if_fail (CAREPLAN_IS_CHILD (child), FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!careplan_child_check_id (child, error))
    return FALSE;

  if (self->n_threads != 1)
    {
      if (self->pool == NULL)
        self->pool = careplan_ordered_pool_new (self->n_threads, 0, measure_item, merge_item,
                                                discard_item, self);
      self->n_children++;
      /* Merging never fails: neither does pushing. */
      return careplan_ordered_pool_push (self->pool, g_object_ref (child), error);
    }

  tallies = g_new (CareplanMeasureTally *, self->runs->len);
  for (guint i = 0; i < self->runs->len; i++)
    tallies[i] = g_array_index (self->runs, MeasureRun, i).tally;
  measure_child (self, child, tallies, self->findings);
  self->n_children++;
  return TRUE;
}

/**
 * careplan_measures_accumulator_get_n_children:
 * @self: an accumulator
 *
 * Gets the number of children added so far.
 *
 * Returns: the number of children
 *
 * Since: 0.2
 */
guint
careplan_measures_accumulator_get_n_children (CareplanMeasuresAccumulator *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURES_ACCUMULATOR (self), 0);

  return self->n_children;
}

/**
 * careplan_measures_accumulator_finish:
 * @self: an accumulator
 *
 * Builds the measures from what the children added: the DfE indicators
 * first, then the local ones, then the sufficiency measures, each with
 * its definition, citation, parameters, numerator, denominator, rate,
 * result (complete, partial or no data) and, unless an item function took
 * them, the children behind it. No child can be added afterwards.
 *
 * Returns: (transfer full): a list model of [class@Careplan.Measure]
 *
 * Since: 0.2
 */
GListModel *
careplan_measures_accumulator_finish (CareplanMeasuresAccumulator *self)
{
  GListStore *store;
  guint i;

  g_return_val_if_fail (CAREPLAN_IS_MEASURES_ACCUMULATOR (self), NULL);
  g_return_val_if_fail (!self->finished, NULL);

  self->finished = TRUE;
  if (self->pool != NULL)
    {
      /* The children in flight, merged in order. */
      careplan_ordered_pool_finish (self->pool, NULL);
      g_clear_pointer (&self->pool, careplan_ordered_pool_free);
    }
  if (self->spool != NULL)
    careplan_measure_spool_flush (self->spool);
  store = g_list_store_new (CAREPLAN_TYPE_MEASURE);
  for (i = 0; i < self->runs->len; i++)
    {
      MeasureRun *run = &g_array_index (self->runs, MeasureRun, i);
      g_autoptr(CareplanMeasure) measure =
        careplan_measure_new_from_tally (run->definition, run->values,
                                         self->period_start, self->period_end,
                                         self->postcodes, run->tally);

      if (self->spool != NULL)
        careplan_measure_set_spool (measure, self->spool, i,
                                    careplan_measure_tally_get_n_items (run->tally));
      g_list_store_append (store, measure);
    }

  return G_LIST_MODEL (store);
}

/**
 * careplan_measures_get_period_start:
 * @period_end: the last day of a period
 *
 * Gets the first day of the twelve months ending on @period_end: the day
 * after the date twelve calendar months earlier (corresponding-date rule).
 * For a period ending on 31 March 2026 that is 1 April 2025, the start of
 * the SSDA903 collection year 2025/26.
 *
 * Returns: the first day, or %CAREPLAN_DATE_NONE if @period_end is not a
 *   valid date
 *
 * Since: 0.1
 */
CareplanDate
careplan_measures_get_period_start (CareplanDate period_end)
{
  CareplanDate back;

  if (!careplan_date_is_valid (period_end))
    return CAREPLAN_DATE_NONE;

  back = careplan_date_add_months (period_end, -12);
  return back == CAREPLAN_DATE_NONE ? CAREPLAN_DATE_NONE : careplan_date_add_days (back, 1);
}

/**
 * careplan_measures_compute:
 * @children: a list model of [class@Careplan.Child]
 * @period_start: the first day of the period (1 April for an SSDA903
 *   collection year)
 * @period_end: the last day of the period (31 March); measures "at the
 *   period end" look at the records as they stood on this day
 * @calendar: (nullable): the working-day calendar, or %NULL for the
 *   built-in one
 * @error: return location for a #GError
 *
 * Computes every measure careplan knows over @children for the period,
 * with the default parameters and the default rulebook (for the review
 * and visit measures). See [func@Careplan.measures_compute_full].
 *
 * Returns: (transfer full): a list model of [class@Careplan.Measure], or
 *   %NULL with @error set
 *
 * Since: 0.1
 */
GListModel *
careplan_measures_compute (GListModel        *children,
                           CareplanDate       period_start,
                           CareplanDate       period_end,
                           CareplanCalendar  *calendar,
                           GError           **error)
{
  return careplan_measures_compute_full (children, period_start, period_end,
                                         calendar, NULL, NULL, error);
}

/**
 * careplan_measures_compute_full:
 * @children: a list model of [class@Careplan.Child]
 * @period_start: the first day of the period
 * @period_end: the last day of the period
 * @calendar: (nullable): the working-day calendar, or %NULL for the
 *   built-in one
 * @rulebook: (nullable): the rules whose findings the review and visit
 *   measures count, or %NULL for the default rulebook (a local policy's
 *   rulebook makes them count against its tighter intervals)
 * @parameters: (nullable) (array zero-terminated=1): settings of the
 *   measures' parameters, each `MEASURE-ID.NAME=VALUE` (for example
 *   `dfe.stability.three-plus-placements.min_placements=4` or
 *   `local.care-leavers-in-touch.contact_months=2`), or %NULL
 * @error: return location for a #GError
 *
 * Computes every measure careplan knows over @children for the period
 * from @period_start to @period_end: the DfE indicators first, then the
 * local ones, then the sufficiency ones, each with its definition,
 * citation, parameters, numerator, denominator, rate, result and the
 * children behind them. The outside-area and distance measures need a
 * postcode lookup: use a [class@Careplan.MeasuresAccumulator] to give one.
 *
 * The computation is one pass over the cohort (a
 * [class@Careplan.MeasuresAccumulator]) and reads only its arguments: the
 * same cohort and period always give the same measures. Children and
 * items keep the order of @children.
 *
 * Returns: (transfer full): a list model of [class@Careplan.Measure], or
 *   %NULL with @error set: %CAREPLAN_ERROR_INVALID_DATE when a date is not
 *   valid or the period ends before it starts, %CAREPLAN_ERROR_INVALID_RECORD
 *   for a child without an id, %CAREPLAN_ERROR_FAILED for a
 *   setting that names no measure or parameter or has a bad value
 *
 * Since: 0.1
 */
GListModel *
careplan_measures_compute_full (GListModel          *children,
                                CareplanDate         period_start,
                                CareplanDate         period_end,
                                CareplanCalendar    *calendar,
                                CareplanRulebook    *rulebook,
                                const char * const  *parameters,
                                GError             **error)
{
  g_autoptr(CareplanMeasuresAccumulator) accumulator = NULL;
  guint n_children;
  guint i;

  g_return_val_if_fail (G_IS_LIST_MODEL (children), NULL);
  g_return_val_if_fail (calendar == NULL || CAREPLAN_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail (rulebook == NULL || CAREPLAN_IS_RULEBOOK (rulebook), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  accumulator = careplan_measures_accumulator_new (period_start, period_end, calendar, rulebook,
                                                   parameters, NULL, error);
  if (accumulator == NULL)
    return NULL;

  n_children = g_list_model_get_n_items (children);
  for (i = 0; i < n_children; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (children, i);

      /* Checked per item: a model built in Python or JS may declare a
       * wider item type than it holds. */
      g_return_val_if_fail (CAREPLAN_IS_CHILD (child), NULL);
      if (!careplan_measures_accumulator_add_child (accumulator, CAREPLAN_CHILD (child), error))
        return NULL;
    }

  return careplan_measures_accumulator_finish (accumulator);
}
