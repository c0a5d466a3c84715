/* careplan-validation-check.c: one DfE validation check, as data
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-validation.h"
#include "careplan-validation-issue-private.h"
#include "careplan-enum-types.h"

/**
 * CareplanValidationCheck:
 *
 * One of the DfE's validation checks of the SSDA903 return, as careplan
 * implements it: its code, the DfE's message, the table(s) and fields it
 * flags, the collection years it applies to, its citation and status,
 * and whether it needs the previous year's return or reference data.
 *
 * [func@Careplan.validation_list_checks] lists them.
 *
 * Since: 0.1
 */
struct _CareplanValidationCheck
{
  GObject parent_instance;

  const CpvCheck *check;
  char           *citation;
};

G_DEFINE_FINAL_TYPE (CareplanValidationCheck, careplan_validation_check, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_MESSAGE,
  PROP_FIELDS,
  PROP_FIRST_YEAR,
  PROP_LAST_YEAR,
  PROP_CITATION,
  PROP_GUIDANCE,
  PROP_STATUS,
  PROP_SEVERITY,
  PROP_NEEDS_PREVIOUS,
  PROP_NEEDS_REFERENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define DFE_DOCUMENT \
  "Department for Education, Children looked after return 2025 to 2026: " \
  "validation checks (SSDA903), check "
#define DFE_URL \
  "https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-guidance"

char *
cpv_check_citation (const CpvCheck *check)
{
  if (check->guidance != NULL)
    return g_strdup_printf (DFE_DOCUMENT "%s; guidance: %s; " DFE_URL, check->code, check->guidance);
  return g_strdup_printf (DFE_DOCUMENT "%s; " DFE_URL, check->code);
}

char **
cpv_check_fields_for (const CpvCheck *check,
                      const char     *table)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  gsize table_len = strlen (table);
  const char *p = check->fields != NULL ? check->fields : "";

  while (*p != '\0')
    {
      const char *end = strchr (p, ';');
      const char *colon = strchr (p, ':');
      gsize n = end != NULL ? (gsize) (end - p) : strlen (p);

      if (colon != NULL && colon < p + n && (gsize) (colon - p) == table_len &&
          memcmp (p, table, table_len) == 0)
        {
          g_auto(GStrv) parts = NULL;
          g_autofree char *list = g_strndup (colon + 1, n - table_len - 1);

          parts = g_strsplit (list, ",", -1);
          for (guint i = 0; parts[i] != NULL; i++)
            if (parts[i][0] != '\0')
              g_strv_builder_add (builder, parts[i]);
        }
      if (end == NULL)
        break;
      p = end + 1;
    }
  return g_strv_builder_end (builder);
}

const char * const *
cpv_check_static_fields (const CpvCheck *check,
                         CpvTable        table)
{
  static GMutex lock;
  static GHashTable *cache;   /* check → char **[CPV_N_TABLES] */
  char ***per_table;

  g_mutex_lock (&lock);
  if (cache == NULL)
    cache = g_hash_table_new (NULL, NULL);
  per_table = g_hash_table_lookup (cache, check);
  if (per_table == NULL)
    {
      per_table = g_new0 (char **, CPV_N_TABLES);
      for (int t = 0; t < CPV_N_TABLES; t++)
        per_table[t] = cpv_check_fields_for (check, cpv_tables[t].name);
      g_hash_table_insert (cache, (gpointer) check, per_table);
    }
  g_mutex_unlock (&lock);
  return (const char * const *) per_table[table];
}

static void
careplan_validation_check_finalize (GObject *object)
{
  CareplanValidationCheck *self = (CareplanValidationCheck *) object;

  g_free (self->citation);
  G_OBJECT_CLASS (careplan_validation_check_parent_class)->finalize (object);
}

static void
careplan_validation_check_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  CareplanValidationCheck *self = CAREPLAN_VALIDATION_CHECK (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->check->code);
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, self->check->message);
      break;
    case PROP_FIELDS:
      g_value_set_string (value, self->check->fields);
      break;
    case PROP_FIRST_YEAR:
      g_value_set_int (value, self->check->first_year);
      break;
    case PROP_LAST_YEAR:
      g_value_set_int (value, self->check->last_year);
      break;
    case PROP_CITATION:
      g_value_set_string (value, self->citation);
      break;
    case PROP_GUIDANCE:
      g_value_set_string (value, self->check->guidance);
      break;
    case PROP_STATUS:
      g_value_set_enum (value, self->check->status);
      break;
    case PROP_SEVERITY:
      g_value_set_enum (value, self->check->severity);
      break;
    case PROP_NEEDS_PREVIOUS:
      g_value_set_boolean (value, (self->check->needs & CPV_NEEDS_PREVIOUS) != 0);
      break;
    case PROP_NEEDS_REFERENCE:
      g_value_set_boolean (value, (self->check->needs & CPV_NEEDS_REFERENCE) != 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_validation_check_class_init (CareplanValidationCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = careplan_validation_check_finalize;
  object_class->get_property = careplan_validation_check_get_property;

  /**
   * CareplanValidationCheck:code: (getter get_code)
   *
   * The DfE's code (`103`, `SW12STG2`).
   *
   * Since: 0.1
   */
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);

  /**
   * CareplanValidationCheck:message: (getter get_message)
   *
   * The DfE's message text.
   *
   * Since: 0.1
   */
  properties[PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);

  /**
   * CareplanValidationCheck:fields: (getter get_fields)
   *
   * The tables and fields the check flags, written
   * `Episodes:DECOM,DEC;Header:DOB`.
   *
   * Since: 0.1
   */
  properties[PROP_FIELDS] = g_param_spec_string ("fields", NULL, NULL, NULL, flags);

  /**
   * CareplanValidationCheck:first-year: (getter get_first_year)
   *
   * The first collection year (by the year it ends in: 2026 for 2025/26)
   * the check applies to; 0 when it has applied since before 2022/23.
   *
   * Since: 0.1
   */
  properties[PROP_FIRST_YEAR] = g_param_spec_int ("first-year", NULL, NULL, 0, G_MAXINT, 0, flags);

  /**
   * CareplanValidationCheck:last-year: (getter get_last_year)
   *
   * The last collection year the check applies to; 0 when it still does.
   *
   * Since: 0.1
   */
  properties[PROP_LAST_YEAR] = g_param_spec_int ("last-year", NULL, NULL, 0, G_MAXINT, 0, flags);

  /**
   * CareplanValidationCheck:citation: (getter get_citation)
   *
   * Where the check is written: the DfE's validation rules document (and
   * the guidance item, when the message names one), with its address.
   *
   * Since: 0.1
   */
  properties[PROP_CITATION] = g_param_spec_string ("citation", NULL, NULL, NULL, flags);

  /**
   * CareplanValidationCheck:guidance: (getter get_guidance)
   *
   * The guidance item the DfE's message refers to, or %NULL.
   *
   * Since: 0.1
   */
  properties[PROP_GUIDANCE] = g_param_spec_string ("guidance", NULL, NULL, NULL, flags);

  /**
   * CareplanValidationCheck:status: (getter get_status)
   *
   * How far the check is confirmed.
   *
   * Since: 0.1
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CAREPLAN_TYPE_VALIDATION_STATUS,
                       CAREPLAN_VALIDATION_STATUS_IMPLEMENTED, flags);

  /**
   * CareplanValidationCheck:severity: (getter get_severity)
   *
   * Whether the DfE treats a failure as an error or a query.
   *
   * Since: 0.1
   */
  properties[PROP_SEVERITY] =
    g_param_spec_enum ("severity", NULL, NULL, CAREPLAN_TYPE_VALIDATION_SEVERITY,
                       CAREPLAN_VALIDATION_SEVERITY_ERROR, flags);

  /**
   * CareplanValidationCheck:needs-previous: (getter get_needs_previous)
   *
   * Whether the check compares with the previous year's return (it is
   * skipped without one).
   *
   * Since: 0.1
   */
  properties[PROP_NEEDS_PREVIOUS] = g_param_spec_boolean ("needs-previous", NULL, NULL, FALSE, flags);

  /**
   * CareplanValidationCheck:needs-reference: (getter get_needs_reference)
   *
   * Whether the check needs reference data (postcodes, authority codes,
   * Ofsted URNs; it is skipped without them).
   *
   * Since: 0.1
   */
  properties[PROP_NEEDS_REFERENCE] = g_param_spec_boolean ("needs-reference", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_validation_check_init (CareplanValidationCheck *self)
{
}

CareplanValidationCheck *
careplan_validation_check_new_internal (const CpvCheck *check)
{
  CareplanValidationCheck *self = g_object_new (CAREPLAN_TYPE_VALIDATION_CHECK, NULL);

  self->check = check;
  self->citation = cpv_check_citation (check);
  return self;
}

/**
 * careplan_validation_list_checks:
 * @collection_year: a collection year, by the year it ends in (2026 for
 *   2025/26), or 0 for the checks of every year
 *
 * Lists the DfE validation checks careplan implements, by code (numeric
 * codes in numeric order, then the others).
 *
 * Returns: (transfer full): a list model of [class@Careplan.ValidationCheck]
 *
 * Since: 0.1
 */
GListModel *
careplan_validation_list_checks (int collection_year)
{
  GListStore *store = g_list_store_new (CAREPLAN_TYPE_VALIDATION_CHECK);
  guint n;
  const CpvCheck * const *all = cpv_registry_get (&n);

  g_return_val_if_fail (collection_year >= 0, G_LIST_MODEL (store));

  for (guint i = 0; i < n; i++)
    if (cpv_check_applies (all[i], collection_year))
      {
        g_autoptr(CareplanValidationCheck) check = careplan_validation_check_new_internal (all[i]);
        g_list_store_append (store, check);
      }
  return G_LIST_MODEL (store);
}

#define GETTER(type, name, expr, fallback)                                  \
  type                                                                      \
  careplan_validation_check_get_##name (CareplanValidationCheck *self)      \
  {                                                                         \
    g_return_val_if_fail (CAREPLAN_IS_VALIDATION_CHECK (self), fallback);   \
    return expr;                                                            \
  }

/**
 * careplan_validation_check_get_code:
 * @self: a check
 *
 * Gets the code property.
 *
 * Returns: the DfE's code
 *
 * Since: 0.1
 */
GETTER (const char *, code, self->check->code, NULL)

/**
 * careplan_validation_check_get_message:
 * @self: a check
 *
 * Gets the message property.
 *
 * Returns: the DfE's message text
 *
 * Since: 0.1
 */
GETTER (const char *, message, self->check->message, NULL)

/**
 * careplan_validation_check_get_fields:
 * @self: a check
 *
 * Gets the fields property.
 *
 * Returns: the tables and fields flagged (`Episodes:DECOM,DEC;Header:DOB`)
 *
 * Since: 0.1
 */
GETTER (const char *, fields, self->check->fields, NULL)

/**
 * careplan_validation_check_get_first_year:
 * @self: a check
 *
 * Gets the first-year property.
 *
 * Returns: the first collection year it applies to, or 0
 *
 * Since: 0.1
 */
GETTER (int, first_year, self->check->first_year, 0)

/**
 * careplan_validation_check_get_last_year:
 * @self: a check
 *
 * Gets the last-year property.
 *
 * Returns: the last collection year it applies to, or 0
 *
 * Since: 0.1
 */
GETTER (int, last_year, self->check->last_year, 0)

/**
 * careplan_validation_check_get_citation:
 * @self: a check
 *
 * Gets the citation property.
 *
 * Returns: where the check is written
 *
 * Since: 0.1
 */
GETTER (const char *, citation, self->citation, NULL)

/**
 * careplan_validation_check_get_guidance:
 * @self: a check
 *
 * Gets the guidance property.
 *
 * Returns: (nullable): the guidance item the message names
 *
 * Since: 0.1
 */
GETTER (const char *, guidance, self->check->guidance, NULL)

/**
 * careplan_validation_check_get_status:
 * @self: a check
 *
 * Gets the status property.
 *
 * Returns: how far the check is confirmed
 *
 * Since: 0.1
 */
GETTER (CareplanValidationStatus, status, self->check->status, CAREPLAN_VALIDATION_STATUS_IMPLEMENTED)

/**
 * careplan_validation_check_get_severity:
 * @self: a check
 *
 * Gets the severity property.
 *
 * Returns: error or query
 *
 * Since: 0.1
 */
GETTER (CareplanValidationSeverity, severity, self->check->severity, CAREPLAN_VALIDATION_SEVERITY_ERROR)

/**
 * careplan_validation_check_get_needs_previous:
 * @self: a check
 *
 * Gets the needs-previous property.
 *
 * Returns: whether the check needs the previous year's return
 *
 * Since: 0.1
 */
GETTER (gboolean, needs_previous, (self->check->needs & CPV_NEEDS_PREVIOUS) != 0, FALSE)

/**
 * careplan_validation_check_get_needs_reference:
 * @self: a check
 *
 * Gets the needs-reference property.
 *
 * Returns: whether the check needs reference data
 *
 * Since: 0.1
 */
GETTER (gboolean, needs_reference, (self->check->needs & CPV_NEEDS_REFERENCE) != 0, FALSE)
