/* careplan-measure.c: one cohort measure with the children behind it
 *
 * A measure is immutable once built: the driver fills a tally child by
 * child and the measure takes the tally's items at the end.  The
 * definition (id, title, citation, parameter specs) is a static table
 * entry that lives as long as the library, so the measure only points at
 * it; the parameter values used are copied.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-measure.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "careplan-enum-types.h"
#include "careplan-error.h"
#include "careplan-measures-private.h"

typedef struct
{
  char      *child_id;
  char      *note;
  int        value;
  gboolean   counted;
} TallyItem;

struct _CareplanMeasureTally
{
  GArray                  *items;        /* TallyItem; empty with an item function */
  guint                    n_items;      /* every item added, kept or not */
  guint                    n_counted;
  guint64                  sum;          /* of the items' positive values */
  guint                    fact_checked; /* children of the denominator checked for the facts */
  guint                    fact_present; /* … who had them */
  CareplanMeasureItemFunc  item_func;
  gpointer                 item_data;
  const char              *measure_id;
};

/**
 * CareplanMeasure:
 *
 * One cohort measure over a period: a DfE indicator (placement stability,
 * the OC2 outcomes of children looked after for a year, adoption
 * timeliness, reviews in time) or a local "measure that matters" (health
 * assessments up to date, visits in time, care leavers in touch, …), as
 * [func@Careplan.measures_compute] gives them.
 *
 * A measure has a definition in one paragraph, a citation and the
 * confirmation status of its counting rule, the parameters it used, a
 * numerator, a denominator and a rate, and the children behind them.
 *
 * The denominator is a list of items, one per child for most measures and
 * one per obligation for those that count reviews or visits (see
 * [property@Careplan.Measure:unit]): item `i` belongs to the child
 * [method@Careplan.Measure.get_item_child_id] gives, is in the numerator
 * when [method@Careplan.Measure.get_item_counted] says so, and has a note
 * saying why in one sentence.
 *
 * For a %CAREPLAN_MEASURE_SCALE_PERCENTAGE measure the numerator is the
 * number of counted items and the rate their share of the denominator,
 * from 0 to 1. For a %CAREPLAN_MEASURE_SCALE_MEAN_DAYS measure every item
 * contributes its days ([method@Careplan.Measure.get_item_value]): the
 * numerator is their sum and the rate the mean. With an empty denominator
 * there is no rate: it is NaN and [method@Careplan.Measure.has_rate] is
 * %FALSE.
 *
 * Since: 0.1
 */
/* A measure's items as arrays, item by item. */
typedef struct
{
  char     **numerator_ids;
  char     **denominator_ids;
  char     **notes;
  int       *values;
  gboolean  *counted;
} ItemArrays;

static void
item_arrays_clear (ItemArrays *arrays)
{
  g_strfreev (arrays->numerator_ids);
  g_strfreev (arrays->denominator_ids);
  g_strfreev (arrays->notes);
  g_free (arrays->values);
  g_free (arrays->counted);
}

struct _CareplanMeasure
{
  GObject                          parent_instance;

  const CareplanMeasureDefinition *definition;
  CareplanDate                     period_start;
  CareplanDate                     period_end;

  guint                            numerator;
  guint                            denominator;
  double                           rate;

  CareplanMeasureResult            result;
  char                            *result_note;
  char                            *group;
  guint                            n_items;    /* items kept: 0 when they were streamed */

  ItemArrays                       own;        /* the items, unless spooled */

  const char                     **parameter_names;
  char                           **parameter_values;

  /* Items kept in a spool instead (careplan_measure_set_spool): read
   * into the arrays above only when a getter asks for them. */
  CareplanMeasureSpool            *spool;
  guint                            spool_run;
  ItemArrays                      *loaded;     /* spooled items read in (atomic) */
};

G_DEFINE_FINAL_TYPE (CareplanMeasure, careplan_measure, G_TYPE_OBJECT)

static const ItemArrays *items_of (CareplanMeasure *self);

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DEFINITION,
  PROP_KIND,
  PROP_SCALE,
  PROP_UNIT,
  PROP_CONFIRMATION,
  PROP_INSTRUMENT,
  PROP_PROVISION,
  PROP_URL,
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  PROP_NUMERATOR,
  PROP_DENOMINATOR,
  PROP_RATE,
  PROP_NUMERATOR_IDS,
  PROP_DENOMINATOR_IDS,
  PROP_RESULT,
  PROP_RESULT_NOTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
careplan_measure_finalize (GObject *object)
{
  CareplanMeasure *self = CAREPLAN_MEASURE (object);

  g_free (self->result_note);
  g_free (self->group);
  g_clear_pointer (&self->spool, careplan_measure_spool_unref);
  item_arrays_clear (&self->own);
  if (self->loaded != NULL)
    {
      item_arrays_clear (self->loaded);
      g_free (self->loaded);
    }
  g_free (self->parameter_names);
  g_strfreev (self->parameter_values);

  G_OBJECT_CLASS (careplan_measure_parent_class)->finalize (object);
}

static void
careplan_measure_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CareplanMeasure *self = CAREPLAN_MEASURE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, careplan_measure_get_id (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, careplan_measure_get_title (self));
      break;
    case PROP_DEFINITION:
      g_value_set_string (value, careplan_measure_get_definition (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, careplan_measure_get_kind (self));
      break;
    case PROP_SCALE:
      g_value_set_enum (value, careplan_measure_get_scale (self));
      break;
    case PROP_UNIT:
      g_value_set_string (value, careplan_measure_get_unit (self));
      break;
    case PROP_CONFIRMATION:
      g_value_set_enum (value, careplan_measure_get_confirmation (self));
      break;
    case PROP_INSTRUMENT:
      g_value_set_string (value, careplan_measure_get_instrument (self));
      break;
    case PROP_PROVISION:
      g_value_set_string (value, careplan_measure_get_provision (self));
      break;
    case PROP_URL:
      g_value_set_string (value, careplan_measure_get_url (self));
      break;
    case PROP_PERIOD_START:
      g_value_set_uint (value, self->period_start);
      break;
    case PROP_PERIOD_END:
      g_value_set_uint (value, self->period_end);
      break;
    case PROP_NUMERATOR:
      g_value_set_uint (value, self->numerator);
      break;
    case PROP_DENOMINATOR:
      g_value_set_uint (value, self->denominator);
      break;
    case PROP_RATE:
      g_value_set_double (value, self->rate);
      break;
    case PROP_NUMERATOR_IDS:
      g_value_set_boxed (value, items_of (self)->numerator_ids);
      break;
    case PROP_DENOMINATOR_IDS:
      g_value_set_boxed (value, items_of (self)->denominator_ids);
      break;
    case PROP_RESULT:
      g_value_set_enum (value, self->result);
      break;
    case PROP_RESULT_NOTE:
      g_value_set_string (value, self->result_note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_measure_class_init (CareplanMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_measure_finalize;
  object_class->get_property = careplan_measure_get_property;

  /**
   * CareplanMeasure:id: (getter get_id)
   *
   * The stable id of the measure, such as
   * `dfe.stability.three-plus-placements` or `local.visits-in-time`.
   *
   * Since: 0.1
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:title: (getter get_title)
   *
   * A short title for people.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:definition: (getter get_definition)
   *
   * What the measure counts, in one paragraph: its denominator, its
   * numerator and the choices made where the source leaves them open.
   *
   * Since: 0.1
   */
  properties[PROP_DEFINITION] =
    g_param_spec_string ("definition", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:kind: (getter get_kind)
   *
   * Whether the measure is a DfE indicator or a local one.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CAREPLAN_TYPE_MEASURE_KIND, CAREPLAN_MEASURE_KIND_DFE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:scale: (getter get_scale)
   *
   * How the rate reads: a share or a mean number of days.
   *
   * Since: 0.1
   */
  properties[PROP_SCALE] =
    g_param_spec_enum ("scale", NULL, NULL,
                       CAREPLAN_TYPE_MEASURE_SCALE, CAREPLAN_MEASURE_SCALE_PERCENTAGE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:unit: (getter get_unit)
   *
   * What one item of the denominator is, as a plural noun: `children`,
   * `reviews` or `visits`.
   *
   * Since: 0.1
   */
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:confirmation: (getter get_confirmation)
   *
   * How sure the counting rule is, in the terms of the rules catalogue:
   * `UNCONFIRMED` where the DfE methodology was not read and careplan
   * chose a documented, parameterised reading.
   *
   * Since: 0.1
   */
  properties[PROP_CONFIRMATION] =
    g_param_spec_enum ("confirmation", NULL, NULL,
                       CAREPLAN_TYPE_CONFIRMATION, CAREPLAN_CONFIRMATION_UNCONFIRMED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:instrument: (getter get_instrument)
   *
   * The source that defines the measure: a DfE publication, a statutory
   * instrument or guidance, or a local plan.
   *
   * Since: 0.1
   */
  properties[PROP_INSTRUMENT] =
    g_param_spec_string ("instrument", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:provision: (getter get_provision)
   *
   * The part of the source: a regulation, a table, a data item.
   *
   * Since: 0.1
   */
  properties[PROP_PROVISION] =
    g_param_spec_string ("provision", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:url: (getter get_url)
   *
   * Where the source was read.
   *
   * Since: 0.1
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:period-start: (getter get_period_start)
   *
   * The first day of the period measured.
   *
   * Since: 0.1
   */
  properties[PROP_PERIOD_START] =
    g_param_spec_uint ("period-start", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:period-end: (getter get_period_end)
   *
   * The last day of the period measured: "at the period end" means on
   * this day, as the record stood then.
   *
   * Since: 0.1
   */
  properties[PROP_PERIOD_END] =
    g_param_spec_uint ("period-end", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:numerator: (getter get_numerator)
   *
   * The number of counted items, or for a mean-days measure the sum of
   * the items' days.
   *
   * Since: 0.1
   */
  properties[PROP_NUMERATOR] =
    g_param_spec_uint ("numerator", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:denominator: (getter get_denominator)
   *
   * The number of items the measure looks at.
   *
   * Since: 0.1
   */
  properties[PROP_DENOMINATOR] =
    g_param_spec_uint ("denominator", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:rate: (getter get_rate)
   *
   * The numerator divided by the denominator, or NaN when the denominator
   * is 0.
   *
   * Since: 0.1
   */
  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:numerator-ids: (getter get_numerator_ids)
   *
   * The child ids of the counted items, in cohort order; a child appears
   * once per counted item.
   *
   * Since: 0.1
   */
  properties[PROP_NUMERATOR_IDS] =
    g_param_spec_boxed ("numerator-ids", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:denominator-ids: (getter get_denominator_ids)
   *
   * The child ids of every item of the denominator, in cohort order; a
   * child appears once per item.
   *
   * Since: 0.1
   */
  properties[PROP_DENOMINATOR_IDS] =
    g_param_spec_boxed ("denominator-ids", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:result: (getter get_result)
   *
   * Whether the data held the facts the measure reads: complete,
   * partial (some children of the denominator had none of them) or no
   * data (there is then no rate, never a 0 %).
   *
   * Since: 0.2
   */
  properties[PROP_RESULT] =
    g_param_spec_enum ("result", NULL, NULL,
                       CAREPLAN_TYPE_MEASURE_RESULT, CAREPLAN_MEASURE_RESULT_COMPLETE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanMeasure:result-note: (getter get_result_note)
   *
   * Why there is no data, or for how many children of the denominator
   * the facts were recorded; %NULL for a complete result.
   *
   * Since: 0.2
   */
  properties[PROP_RESULT_NOTE] =
    g_param_spec_string ("result-note", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_measure_init (CareplanMeasure *self)
{
  self->rate = NAN;
}

/* Tallies */

static void
clear_tally_item (gpointer data)
{
  TallyItem *item = data;

  g_free (item->child_id);
  g_free (item->note);
}

CareplanMeasureTally *
careplan_measure_tally_new (void)
{
  CareplanMeasureTally *tally = g_new0 (CareplanMeasureTally, 1);

  tally->items = g_array_new (FALSE, FALSE, sizeof (TallyItem));
  g_array_set_clear_func (tally->items, clear_tally_item);

  return tally;
}

void
careplan_measure_tally_free (CareplanMeasureTally *tally)
{
  if (tally == NULL)
    return;

  g_array_unref (tally->items);
  g_free (tally);
}

void
careplan_measure_tally_add (CareplanMeasureTally *tally,
                            const char           *child_id,
                            gboolean              counted,
                            int                   value,
                            char                 *note)
{
  TallyItem item;

  g_return_if_fail (tally != NULL);

  tally->n_items++;
  if (counted)
    tally->n_counted++;
  if (value > 0)
    tally->sum += (guint64) value;

  if (tally->item_func != NULL)
    {
      /* Written as found, not kept: memory stays bounded whatever the
       * cohort's size. */
      tally->item_func (tally->measure_id, child_id, counted, value, note != NULL ? note : "",
                        tally->item_data);
      g_free (note);
      return;
    }

  item.child_id = g_strdup (child_id);
  item.note = note != NULL ? note : g_strdup ("");
  item.value = value;
  item.counted = counted;
  g_array_append_val (tally->items, item);
}

void
careplan_measure_tally_merge (CareplanMeasureTally *tally,
                              CareplanMeasureTally *from)
{
  for (guint i = 0; i < from->items->len; i++)
    {
      TallyItem *item = &g_array_index (from->items, TallyItem, i);

      careplan_measure_tally_add (tally, item->child_id, item->counted, item->value,
                                  g_steal_pointer (&item->note));
    }
  g_array_set_size (from->items, 0);
  tally->fact_checked += from->fact_checked;
  tally->fact_present += from->fact_present;
}

guint
careplan_measure_tally_get_n_items (CareplanMeasureTally *tally)
{
  return tally->n_items;
}

void
careplan_measure_tally_fact (CareplanMeasureTally *tally,
                             gboolean              present)
{
  tally->fact_checked++;
  if (present)
    tally->fact_present++;
}

void
careplan_measure_tally_set_item_func (CareplanMeasureTally    *tally,
                                      const char              *measure_id,
                                      CareplanMeasureItemFunc  func,
                                      gpointer                 user_data)
{
  tally->measure_id = measure_id;
  tally->item_func = func;
  tally->item_data = user_data;
}

const CareplanMeasureParameterValue *
careplan_measure_parameter (const CareplanMeasureDefinition     *definition,
                            const CareplanMeasureParameterValue *parameters,
                            const char                          *name)
{
  guint i;

  for (i = 0; i < definition->n_parameters; i++)
    if (g_str_equal (definition->parameters[i].name, name))
      return &parameters[i];
  return NULL;
}

/* The result: "no data" when the measure cannot be computed with these
 * inputs or no child of the denominator had the facts it reads,
 * "partial" when some had not. */
static void
judge_result (CareplanMeasure                     *self,
              const CareplanMeasureDefinition     *definition,
              const CareplanMeasureParameterValue *parameters,
              CareplanPostcodes                   *postcodes,
              CareplanMeasureTally                *tally)
{
  const char *unavailable = definition->unavailable != NULL
                            ? definition->unavailable (parameters, postcodes) : NULL;

  self->result = CAREPLAN_MEASURE_RESULT_COMPLETE;
  if (unavailable != NULL)
    {
      self->result = CAREPLAN_MEASURE_RESULT_NO_DATA;
      self->result_note = g_strdup (unavailable);
      return;
    }
  if (definition->data_needed == NULL || tally->fact_checked == 0)
    return;

  if (tally->fact_present == 0)
    {
      self->result = CAREPLAN_MEASURE_RESULT_NO_DATA;
      self->result_note =
        g_strdup_printf ("No data in this source: none of the %u %s looked at has any %s "
                         "recorded%s%s%s.", tally->fact_checked,
                         tally->fact_checked == 1 ? "child" : "children",
                         definition->data_needed,
                         definition->data_absent != NULL ? " (" : "",
                         definition->data_absent != NULL ? definition->data_absent : "",
                         definition->data_absent != NULL ? ")" : "");
    }
  else if (tally->fact_present < tally->fact_checked && !definition->fact_for_cohort)
    {
      self->result = CAREPLAN_MEASURE_RESULT_PARTIAL;
      self->result_note =
        g_strdup_printf ("Partial data: %s recorded for %u of the %u children looked at.",
                         definition->data_needed, tally->fact_present, tally->fact_checked);
    }
}

CareplanMeasure *
careplan_measure_new_from_tally (const CareplanMeasureDefinition     *definition,
                                 const CareplanMeasureParameterValue *parameters,
                                 CareplanDate                         period_start,
                                 CareplanDate                         period_end,
                                 CareplanPostcodes                   *postcodes,
                                 CareplanMeasureTally                *tally)
{
  CareplanMeasure *self;
  guint n = tally->items->len;
  guint n_counted = 0;
  const char *dot;
  guint i, j;

  self = g_object_new (CAREPLAN_TYPE_MEASURE, NULL);
  self->definition = definition;
  self->period_start = period_start;
  self->period_end = period_end;

  self->own.denominator_ids = g_new0 (char *, n + 1);
  self->own.notes = g_new0 (char *, n + 1);
  self->own.values = g_new0 (int, MAX (n, 1));
  self->own.counted = g_new0 (gboolean, MAX (n, 1));

  for (i = 0; i < n; i++)
    {
      TallyItem *item = &g_array_index (tally->items, TallyItem, i);

      /* The measure takes the strings; the emptied items free nothing. */
      self->own.denominator_ids[i] = g_steal_pointer (&item->child_id);
      self->own.notes[i] = g_steal_pointer (&item->note);
      self->own.values[i] = item->value;
      self->own.counted[i] = item->counted;
      if (item->counted)
        n_counted++;
    }
  g_array_set_size (tally->items, 0);
  self->n_items = n;

  self->own.numerator_ids = g_new0 (char *, n_counted + 1);
  for (i = 0, j = 0; i < n; i++)
    if (self->own.counted[i])
      self->own.numerator_ids[j++] = g_strdup (self->own.denominator_ids[i]);

  dot = strchr (definition->id, '.');
  self->group = dot != NULL ? g_strndup (definition->id, (gsize) (dot - definition->id))
                            : g_strdup (definition->id);

  self->denominator = tally->n_items;
  if (definition->scale == CAREPLAN_MEASURE_SCALE_MEAN_DAYS)
    self->numerator = (guint) MIN (tally->sum, (guint64) G_MAXUINT);
  else
    self->numerator = tally->n_counted;
  judge_result (self, definition, parameters, postcodes, tally);

  if (definition->scale == CAREPLAN_MEASURE_SCALE_PER_10000)
    {
      /* The items are the children counted; the denominator is the
       * population the user gave. */
      const CareplanMeasureParameterValue *population =
        careplan_measure_parameter (definition, parameters, "population");

      self->denominator = population != NULL && population->number > 0 ? (guint) population->number : 0;
    }

  if (self->result == CAREPLAN_MEASURE_RESULT_NO_DATA || self->denominator == 0)
    self->rate = NAN;
  else if (definition->scale == CAREPLAN_MEASURE_SCALE_PER_10000)
    self->rate = (double) self->numerator * 10000.0 / (double) self->denominator;
  else
    self->rate = (double) self->numerator / (double) self->denominator;

  self->parameter_names = g_new0 (const char *, definition->n_parameters + 1);
  self->parameter_values = g_new0 (char *, definition->n_parameters + 1);
  for (i = 0; i < definition->n_parameters; i++)
    {
      self->parameter_names[i] = definition->parameters[i].name;
      self->parameter_values[i] = g_strdup (parameters[i].text);
    }

  return self;
}

/* Spools */

/* The items of every run in one unlinked temporary file (one descriptor
 * whatever the number of measures): each run gathers its items in a
 * buffer and, when it holds 64 KiB, appends it to the file as a segment
 * of its own.  An item is a 16-byte header (child id length, note length,
 * value, counted) then the id and the note; a segment holds whole items.
 * Items are appended in cohort order on one thread; once flushed, the
 * spool may be read by several threads at once (pread). */
#define SPOOL_CHUNK (64 * 1024)

typedef struct
{
  guint64 offset;
  guint64 length;
} SpoolSegment;

typedef struct
{
  GString *pending;       /* not yet written */
  GArray  *segments;      /* SpoolSegment, in order */
} SpoolRun;

struct _CareplanMeasureSpool
{
  gatomicrefcount  ref;
  int              fd;
  guint64          size;   /* bytes written */
  SpoolRun        *runs;
  guint            n_runs;
  int              error;  /* errno of the first failed write, 0 if none */
};

typedef struct
{
  guint32 id_length;
  guint32 note_length;
  gint32  value;
  guint32 counted;
} SpoolHeader;

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;
      data += written;
      length -= (gsize) written;
    }
  return TRUE;
}

CareplanMeasureSpool *
careplan_measure_spool_new (guint    n_runs,
                            GError **error)
{
  CareplanMeasureSpool *spool;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  int fd = g_file_open_tmp ("careplan-items-XXXXXX", &path, &local_error);

  if (fd < 0)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "cannot make a temporary file for the measures' items: %s",
                   local_error->message);
      return NULL;
    }
  /* Unlinked at once: nothing is left behind, whatever happens. */
  g_unlink (path);

  spool = g_new0 (CareplanMeasureSpool, 1);
  g_atomic_ref_count_init (&spool->ref);
  spool->fd = fd;
  spool->runs = g_new0 (SpoolRun, MAX (n_runs, 1));
  spool->n_runs = n_runs;
  for (guint i = 0; i < n_runs; i++)
    {
      spool->runs[i].pending = g_string_new (NULL);
      spool->runs[i].segments = g_array_new (FALSE, FALSE, sizeof (SpoolSegment));
    }
  return spool;
}

CareplanMeasureSpool *
careplan_measure_spool_ref (CareplanMeasureSpool *spool)
{
  g_atomic_ref_count_inc (&spool->ref);
  return spool;
}

void
careplan_measure_spool_unref (CareplanMeasureSpool *spool)
{
  if (!g_atomic_ref_count_dec (&spool->ref))
    return;
  close (spool->fd);
  for (guint i = 0; i < spool->n_runs; i++)
    {
      g_string_free (spool->runs[i].pending, TRUE);
      g_array_unref (spool->runs[i].segments);
    }
  g_free (spool->runs);
  g_free (spool);
}

static void
spool_write_pending (CareplanMeasureSpool *spool,
                     SpoolRun             *run)
{
  SpoolSegment segment = { spool->size, run->pending->len };

  if (run->pending->len == 0)
    return;
  if (spool->error == 0 && !write_all (spool->fd, run->pending->str, run->pending->len))
    spool->error = errno != 0 ? errno : EIO;
  spool->size += run->pending->len;
  g_array_append_val (run->segments, segment);
  g_string_truncate (run->pending, 0);
}

void
careplan_measure_spool_add (CareplanMeasureSpool *spool,
                            guint                 run_index,
                            const char           *child_id,
                            gboolean              counted,
                            int                   value,
                            const char           *note)
{
  SpoolRun *run = &spool->runs[run_index];
  SpoolHeader header;

  if (note == NULL)
    note = "";
  header.id_length = (guint32) strlen (child_id);
  header.note_length = (guint32) strlen (note);
  header.value = value;
  header.counted = counted ? 1 : 0;
  g_string_append_len (run->pending, (const char *) &header, sizeof header);
  g_string_append_len (run->pending, child_id, header.id_length);
  g_string_append_len (run->pending, note, header.note_length);
  if (run->pending->len >= SPOOL_CHUNK)
    spool_write_pending (spool, run);
}

void
careplan_measure_spool_flush (CareplanMeasureSpool *spool)
{
  for (guint i = 0; i < spool->n_runs; i++)
    spool_write_pending (spool, &spool->runs[i]);
}

/* Reads @run_index's items back in order, segment by segment. */
static gboolean
spool_foreach (CareplanMeasureSpool      *spool,
               guint                      run_index,
               CareplanMeasureItemVisit   visit,
               gpointer                   user_data,
               GError                   **error)
{
  const SpoolRun *run = &spool->runs[run_index];
  g_autofree char *block = NULL;
  g_autofree char *id = NULL;
  g_autofree char *note = NULL;
  gsize block_room = 0, id_room = 0, note_room = 0;

  if (spool->error != 0)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "the measures' items could not be kept in a temporary file: %s",
                   g_strerror (spool->error));
      return FALSE;
    }

  for (guint s = 0; s < run->segments->len; s++)
    {
      const SpoolSegment *segment = &g_array_index (run->segments, SpoolSegment, s);
      gsize done = 0, used = 0;

      if (segment->length > block_room)
        {
          block_room = segment->length;
          g_free (block);
          block = g_malloc (block_room);
        }
      while (done < segment->length)
        {
          gssize got = pread (spool->fd, block + done, segment->length - done,
                              (off_t) (segment->offset + done));

          if (got < 0 && errno == EINTR)
            continue;
          if (got <= 0)
            {
              g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                           "cannot read back the measures' items: %s",
                           got < 0 ? g_strerror (errno) : "the temporary file is short");
              return FALSE;
            }
          done += (gsize) got;
        }

      while (used + sizeof (SpoolHeader) <= segment->length)
        {
          SpoolHeader header;

          memcpy (&header, block + used, sizeof header);
          if (used + sizeof header + header.id_length + header.note_length > segment->length)
            break;
          if (header.id_length + 1 > id_room)
            {
              id_room = header.id_length + 64;
              g_free (id);
              id = g_malloc (id_room);
            }
          if (header.note_length + 1 > note_room)
            {
              note_room = header.note_length + 128;
              g_free (note);
              note = g_malloc (note_room);
            }
          memcpy (id, block + used + sizeof header, header.id_length);
          id[header.id_length] = '\0';
          memcpy (note, block + used + sizeof header + header.id_length, header.note_length);
          note[header.note_length] = '\0';
          visit (id, header.counted != 0, header.value, note, user_data);
          used += sizeof header + header.id_length + header.note_length;
        }
      if (used != segment->length)
        {
          g_set_error_literal (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                               "cannot read back the measures' items: the temporary file is cut");
          return FALSE;
        }
    }
  return TRUE;
}

void
careplan_measure_set_spool (CareplanMeasure      *self,
                            CareplanMeasureSpool *spool,
                            guint                 run_index,
                            guint                 n_items)
{
  g_return_if_fail (self->n_items == 0 && self->spool == NULL);

  self->spool = careplan_measure_spool_ref (spool);
  self->spool_run = run_index;
  self->n_items = n_items;
}

typedef struct
{
  ItemArrays *arrays;
  guint       n;
  guint       position;
} LoadItems;

static void
load_item (const char *child_id,
           gboolean    counted,
           int         value,
           const char *note,
           gpointer    user_data)
{
  LoadItems *load = user_data;

  if (load->position >= load->n)
    return;
  load->arrays->denominator_ids[load->position] = g_strdup (child_id);
  load->arrays->notes[load->position] = g_strdup (note);
  load->arrays->values[load->position] = value;
  load->arrays->counted[load->position] = counted;
  load->position++;
}

/* The items: in memory, or for a spooled measure read in the first time
 * a getter asks for them.  Lock-free: a thread that finds them not yet
 * read reads them and publishes its arrays with a compare-and-exchange;
 * one that loses the race frees its own and takes the winner's. */
static const ItemArrays *
items_of (CareplanMeasure *self)
{
  ItemArrays *arrays;
  LoadItems load;
  guint n = self->n_items;
  guint n_counted = 0;

  if (self->spool == NULL)
    return &self->own;
  arrays = g_atomic_pointer_get (&self->loaded);
  if (arrays != NULL)
    return arrays;

  arrays = g_new0 (ItemArrays, 1);
  arrays->denominator_ids = g_new0 (char *, n + 1);
  arrays->notes = g_new0 (char *, n + 1);
  arrays->values = g_new0 (int, MAX (n, 1));
  arrays->counted = g_new0 (gboolean, MAX (n, 1));
  load = (LoadItems) { arrays, n, 0 };
  spool_foreach (self->spool, self->spool_run, load_item, &load, NULL);
  /* What could not be read back is empty, never garbage. */
  for (guint i = load.position; i < n; i++)
    {
      arrays->denominator_ids[i] = g_strdup ("");
      arrays->notes[i] = g_strdup ("");
      arrays->values[i] = -1;
    }
  for (guint i = 0; i < n; i++)
    if (arrays->counted[i])
      n_counted++;
  arrays->numerator_ids = g_new0 (char *, n_counted + 1);
  for (guint i = 0, j = 0; i < n; i++)
    if (arrays->counted[i])
      arrays->numerator_ids[j++] = g_strdup (arrays->denominator_ids[i]);

  if (!g_atomic_pointer_compare_and_exchange (&self->loaded, NULL, arrays))
    {
      item_arrays_clear (arrays);
      g_free (arrays);
      arrays = g_atomic_pointer_get (&self->loaded);
    }
  return arrays;
}

gboolean
careplan_measure_foreach_item (CareplanMeasure           *self,
                               CareplanMeasureItemVisit   visit,
                               gpointer                   user_data,
                               GError                   **error)
{
  const ItemArrays *arrays;

  if (self->spool != NULL && g_atomic_pointer_get (&self->loaded) == NULL)
    return spool_foreach (self->spool, self->spool_run, visit, user_data, error);

  arrays = items_of (self);
  for (guint i = 0; i < self->n_items; i++)
    visit (arrays->denominator_ids[i], arrays->counted[i], arrays->values[i], arrays->notes[i], user_data);
  return TRUE;
}

/* Getters */

/**
 * careplan_measure_get_id: (get-property id)
 * @self: a measure
 *
 * Gets the stable id of the measure.
 *
 * Returns: (transfer none): the id
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_id (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->definition != NULL ? self->definition->id : NULL;
}

/**
 * careplan_measure_get_title: (get-property title)
 * @self: a measure
 *
 * Gets the short title of the measure.
 *
 * Returns: (transfer none): the title
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_title (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->definition != NULL ? self->definition->title : NULL;
}

/**
 * careplan_measure_get_definition: (get-property definition)
 * @self: a measure
 *
 * Gets what the measure counts, in one paragraph.
 *
 * Returns: (transfer none): the definition
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_definition (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->definition != NULL ? self->definition->definition : NULL;
}

/**
 * careplan_measure_get_kind: (get-property kind)
 * @self: a measure
 *
 * Gets whether the measure is a DfE indicator or a local one.
 *
 * Returns: the kind
 *
 * Since: 0.1
 */
CareplanMeasureKind
careplan_measure_get_kind (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), CAREPLAN_MEASURE_KIND_DFE);

  return self->definition != NULL ? self->definition->kind : CAREPLAN_MEASURE_KIND_DFE;
}

/**
 * careplan_measure_get_scale: (get-property scale)
 * @self: a measure
 *
 * Gets how the rate of the measure reads.
 *
 * Returns: the scale
 *
 * Since: 0.1
 */
CareplanMeasureScale
careplan_measure_get_scale (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), CAREPLAN_MEASURE_SCALE_PERCENTAGE);

  return self->definition != NULL ? self->definition->scale : CAREPLAN_MEASURE_SCALE_PERCENTAGE;
}

/**
 * careplan_measure_get_unit: (get-property unit)
 * @self: a measure
 *
 * Gets what one item of the denominator is: `children`, `reviews` or
 * `visits`.
 *
 * Returns: (transfer none): the unit, a plural noun
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_unit (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->definition != NULL ? self->definition->unit : NULL;
}

/**
 * careplan_measure_get_confirmation: (get-property confirmation)
 * @self: a measure
 *
 * Gets how sure the counting rule of the measure is.
 *
 * Returns: the confirmation status
 *
 * Since: 0.1
 */
CareplanConfirmation
careplan_measure_get_confirmation (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), CAREPLAN_CONFIRMATION_UNCONFIRMED);

  return self->definition != NULL ? self->definition->confirmation : CAREPLAN_CONFIRMATION_UNCONFIRMED;
}

/**
 * careplan_measure_get_instrument: (get-property instrument)
 * @self: a measure
 *
 * Gets the source that defines the measure.
 *
 * Returns: (transfer none): the source
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_instrument (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->definition != NULL ? self->definition->instrument : NULL;
}

/**
 * careplan_measure_get_provision: (get-property provision)
 * @self: a measure
 *
 * Gets the part of the source that defines the measure.
 *
 * Returns: (transfer none): the provision
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_provision (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->definition != NULL ? self->definition->provision : NULL;
}

/**
 * careplan_measure_get_url: (get-property url)
 * @self: a measure
 *
 * Gets where the source of the measure was read.
 *
 * Returns: (transfer none): the URL
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_url (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->definition != NULL ? self->definition->url : NULL;
}

/**
 * careplan_measure_get_period_start: (get-property period-start)
 * @self: a measure
 *
 * Gets the first day of the period measured.
 *
 * Returns: the date
 *
 * Since: 0.1
 */
CareplanDate
careplan_measure_get_period_start (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), CAREPLAN_DATE_NONE);

  return self->period_start;
}

/**
 * careplan_measure_get_period_end: (get-property period-end)
 * @self: a measure
 *
 * Gets the last day of the period measured.
 *
 * Returns: the date
 *
 * Since: 0.1
 */
CareplanDate
careplan_measure_get_period_end (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), CAREPLAN_DATE_NONE);

  return self->period_end;
}

/**
 * careplan_measure_get_numerator: (get-property numerator)
 * @self: a measure
 *
 * Gets the number of counted items, or for a mean-days measure the sum of
 * the items' days.
 *
 * Returns: the numerator
 *
 * Since: 0.1
 */
guint
careplan_measure_get_numerator (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), 0);

  return self->numerator;
}

/**
 * careplan_measure_get_denominator: (get-property denominator)
 * @self: a measure
 *
 * Gets the number of items the measure looks at. Items are numbered from
 * 0 to the denominator minus one.
 *
 * Returns: the denominator
 *
 * Since: 0.1
 */
guint
careplan_measure_get_denominator (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), 0);

  return self->denominator;
}

/**
 * careplan_measure_get_rate: (get-property rate)
 * @self: a measure
 *
 * Gets the numerator divided by the denominator: a share from 0 to 1, or
 * a mean number of days (see [property@Careplan.Measure:scale]).
 *
 * Returns: the rate, or NaN when the denominator is 0
 *
 * Since: 0.1
 */
double
careplan_measure_get_rate (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NAN);

  return self->rate;
}

/**
 * careplan_measure_has_rate:
 * @self: a measure
 *
 * Checks whether the measure has a rate, that is whether its denominator
 * is not empty.
 *
 * Returns: %TRUE when [method@Careplan.Measure.get_rate] is a number
 *
 * Since: 0.1
 */
gboolean
careplan_measure_has_rate (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), FALSE);

  return self->result != CAREPLAN_MEASURE_RESULT_NO_DATA && self->denominator > 0;
}

/**
 * careplan_measure_get_numerator_ids: (get-property numerator-ids)
 * @self: a measure
 *
 * Gets the child ids of the counted items.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 0.1
 */
const char * const *
careplan_measure_get_numerator_ids (CareplanMeasure *self)
{
  static const char * const none[] = { NULL };
  char **ids;

  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  ids = items_of (self)->numerator_ids;
  return ids != NULL ? (const char * const *) ids : none;
}

/**
 * careplan_measure_get_denominator_ids: (get-property denominator-ids)
 * @self: a measure
 *
 * Gets the child ids of every item of the denominator, item by item.
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids
 *
 * Since: 0.1
 */
const char * const *
careplan_measure_get_denominator_ids (CareplanMeasure *self)
{
  static const char * const none[] = { NULL };
  char **ids;

  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  ids = items_of (self)->denominator_ids;
  return ids != NULL ? (const char * const *) ids : none;
}

/**
 * careplan_measure_get_item_child_id:
 * @self: a measure
 * @position: an item, below [method@Careplan.Measure.get_n_items]
 *
 * Gets the child an item of the denominator belongs to.
 *
 * Returns: (transfer none): the child id
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_item_child_id (CareplanMeasure *self,
                                    guint            position)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);
  g_return_val_if_fail (position < self->n_items, NULL);
  return items_of (self)->denominator_ids[position];
}

/**
 * careplan_measure_get_item_counted:
 * @self: a measure
 * @position: an item, below [method@Careplan.Measure.get_n_items]
 *
 * Checks whether an item of the denominator is in the numerator. Every
 * item of a mean-days measure is.
 *
 * Returns: %TRUE when the item is counted
 *
 * Since: 0.1
 */
gboolean
careplan_measure_get_item_counted (CareplanMeasure *self,
                                   guint            position)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), FALSE);
  g_return_val_if_fail (position < self->n_items, FALSE);
  return items_of (self)->counted[position];
}

/**
 * careplan_measure_get_item_value:
 * @self: a measure
 * @position: an item, below [method@Careplan.Measure.get_n_items]
 *
 * Gets the days an item contributes to a mean-days measure.
 *
 * Returns: the days, or -1 for an item of a percentage measure
 *
 * Since: 0.1
 */
int
careplan_measure_get_item_value (CareplanMeasure *self,
                                 guint            position)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), -1);
  g_return_val_if_fail (position < self->n_items, -1);
  return items_of (self)->values[position];
}

/**
 * careplan_measure_get_item_note:
 * @self: a measure
 * @position: an item, below [method@Careplan.Measure.get_n_items]
 *
 * Gets one sentence saying why an item is counted or not, with the dates
 * used ("3 placements in the period: U6 from 2025-02-01, K2 from
 * 2025-06-01, U4 from 2025-11-01").
 *
 * Returns: (transfer none): the note
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_item_note (CareplanMeasure *self,
                                guint            position)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);
  g_return_val_if_fail (position < self->n_items, NULL);
  return items_of (self)->notes[position];
}

/**
 * careplan_measure_get_parameter_names:
 * @self: a measure
 *
 * Gets the names of the parameters the measure used, in the order of its
 * definition.
 *
 * Returns: (transfer none) (array zero-terminated=1): the names
 *
 * Since: 0.1
 */
const char * const *
careplan_measure_get_parameter_names (CareplanMeasure *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->parameter_names != NULL ? (const char * const *) self->parameter_names : none;
}

static int
find_parameter (CareplanMeasure *self,
                const char      *name)
{
  guint i;

  if (self->definition == NULL || name == NULL)
    return -1;

  for (i = 0; i < self->definition->n_parameters; i++)
    if (g_str_equal (self->definition->parameters[i].name, name))
      return (int) i;

  return -1;
}

/**
 * careplan_measure_get_parameter_value:
 * @self: a measure
 * @name: a parameter name
 *
 * Gets the value a parameter had, as text: a number ("3") or a
 * comma-separated list of codes or names ("S,P,T,B,U").
 *
 * Returns: (transfer none) (nullable): the value, or %NULL when the
 *   measure has no such parameter
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_parameter_value (CareplanMeasure *self,
                                      const char      *name)
{
  int i;

  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  i = find_parameter (self, name);
  return i >= 0 ? self->parameter_values[i] : NULL;
}

/**
 * careplan_measure_get_parameter_unit:
 * @self: a measure
 * @name: a parameter name
 *
 * Gets the unit of a parameter's value ("months", "years", "placements",
 * "codes"…).
 *
 * Returns: (transfer none) (nullable): the unit, or %NULL when the
 *   measure has no such parameter
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_parameter_unit (CareplanMeasure *self,
                                     const char      *name)
{
  int i;

  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  i = find_parameter (self, name);
  return i >= 0 ? self->definition->parameters[i].unit : NULL;
}

/**
 * careplan_measure_get_parameter_description:
 * @self: a measure
 * @name: a parameter name
 *
 * Gets what a parameter means, and why its default was chosen.
 *
 * Returns: (transfer none) (nullable): the description, or %NULL when the
 *   measure has no such parameter
 *
 * Since: 0.1
 */
const char *
careplan_measure_get_parameter_description (CareplanMeasure *self,
                                            const char      *name)
{
  int i;

  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  i = find_parameter (self, name);
  return i >= 0 ? self->definition->parameters[i].description : NULL;
}

/**
 * careplan_measure_kind_to_string:
 * @kind: a measure kind
 *
 * Gets the name of @kind used in files: `dfe` or `local`.
 *
 * Returns: (transfer none): the name
 *
 * Since: 0.1
 */
const char *
careplan_measure_kind_to_string (CareplanMeasureKind kind)
{
  switch (kind)
    {
    case CAREPLAN_MEASURE_KIND_DFE:
      return "dfe";
    case CAREPLAN_MEASURE_KIND_LOCAL:
      return "local";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * careplan_measure_scale_to_string:
 * @scale: a measure scale
 *
 * Gets the name of @scale used in files: `percentage`, `mean-days` or
 * `per-10000`.
 *
 * Returns: (transfer none): the name
 *
 * Since: 0.1
 */
const char *
careplan_measure_scale_to_string (CareplanMeasureScale scale)
{
  switch (scale)
    {
    case CAREPLAN_MEASURE_SCALE_PERCENTAGE:
      return "percentage";
    case CAREPLAN_MEASURE_SCALE_MEAN_DAYS:
      return "mean-days";
    case CAREPLAN_MEASURE_SCALE_PER_10000:
      return "per-10000";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * careplan_measure_result_to_string:
 * @result: a measure result
 *
 * Gets the name of @result used in files: `complete`, `partial` or
 * `no-data`.
 *
 * Returns: (transfer none): the name
 *
 * Since: 0.2
 */
const char *
careplan_measure_result_to_string (CareplanMeasureResult result)
{
  switch (result)
    {
    case CAREPLAN_MEASURE_RESULT_COMPLETE:
      return "complete";
    case CAREPLAN_MEASURE_RESULT_PARTIAL:
      return "partial";
    case CAREPLAN_MEASURE_RESULT_NO_DATA:
      return "no-data";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * careplan_measure_get_result:
 * @self: a measure
 *
 * Gets whether the data held the facts the measure reads. A
 * %CAREPLAN_MEASURE_RESULT_NO_DATA measure has no rate: its data is
 * absent, which is not a rate of 0.
 *
 * Returns: the result
 *
 * Since: 0.2
 */
CareplanMeasureResult
careplan_measure_get_result (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), CAREPLAN_MEASURE_RESULT_NO_DATA);

  return self->result;
}

/**
 * careplan_measure_get_result_note:
 * @self: a measure
 *
 * Gets why there is no data ("No data in this source: none of the 140
 * children looked at has any permanence plans recorded (an SSDA903 return
 * holds none)") or for how many children the facts were recorded.
 *
 * Returns: (nullable) (transfer none): the note, or %NULL for a complete
 *   result
 *
 * Since: 0.2
 */
const char *
careplan_measure_get_result_note (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->result_note;
}

/**
 * careplan_measure_get_n_items:
 * @self: a measure
 *
 * Gets the number of items the measure kept: the denominator's items
 * (one per child or obligation), or 0 when they were handed to an item
 * function as they were found (see
 * [method@Careplan.MeasuresAccumulator.set_item_func]) and only the
 * counts were kept. For a %CAREPLAN_MEASURE_SCALE_PER_10000 measure the
 * items are the children counted, not the population.
 *
 * Returns: the number of items the item getters accept
 *
 * Since: 0.2
 */
guint
careplan_measure_get_n_items (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), 0);

  return self->n_items;
}

/**
 * careplan_measure_get_group:
 * @self: a measure
 *
 * Gets the family of the measure, the first part of its id: `dfe`,
 * `local` or `sufficiency`.
 *
 * Returns: (transfer none): the group
 *
 * Since: 0.2
 */
const char *
careplan_measure_get_group (CareplanMeasure *self)
{
  g_return_val_if_fail (CAREPLAN_IS_MEASURE (self), NULL);

  return self->group;
}
