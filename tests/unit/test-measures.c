/* test-measures.c: cohort measures against hand-computed cohorts
 *
 * The files of tests/measures/expected give, for a cohort of
 * tests/measures/records, the numerator, denominator and children behind
 * measures computed by hand (tests/measures/README.md).  Python and GJS
 * check the same files; the other tests here pin boundaries, parameters and
 * the measure object itself.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "careplan.h"
#include "careplan-measures-private.h"

#define N_MEASURES 43

static const char * const all_ids[N_MEASURES] = {
  "dfe.stability.three-plus-placements",
  "dfe.stability.long-term",
  "dfe.oc2.cohort",
  "dfe.oc2.health-assessment",
  "dfe.oc2.teeth-check",
  "dfe.oc2.immunisations",
  "dfe.oc2.development-check",
  "dfe.oc2.sdq",
  "dfe.adoption.a1",
  "dfe.adoption.a2",
  "dfe.adoption.a10",
  "dfe.reviews.in-time",
  "local.permanence-plan",
  "local.health-assessment",
  "local.dental-check",
  "local.sdq",
  "local.pep",
  "local.reviews-in-time",
  "local.visits-in-time",
  "local.life-story-work",
  "local.care-leavers-in-touch",
  "local.permanence-achieved",
  "local.permanence-through-sgo",
  "local.care-leavers-suitable-accommodation",
  "local.care-leavers-eet",
  "local.care-leavers-in-touch-after-21",
  "local.cla-per-10000",
  "local.cla-starts-per-10000",
  "local.cla-ends-per-10000",
  "local.missing-episode",
  "local.missing-three-in-three-months",
  "local.suspension-12-months",
  "sufficiency.mix.in-house-fostering",
  "sufficiency.mix.agency-fostering",
  "sufficiency.mix.connected-persons",
  "sufficiency.mix.residential",
  "sufficiency.mix.placed-with-parents",
  "sufficiency.mix.independent-and-semi-independent",
  "sufficiency.mix.secure-and-custody",
  "sufficiency.mix.other",
  "sufficiency.outside-area",
  "sufficiency.over-20-miles",
  "sufficiency.residential-to-family",
};

/* --- helpers ----------------------------------------------------------- */

static CareplanDate
date_of (const char *iso)
{
  g_autoptr(GError) error = NULL;
  CareplanDate date = careplan_date_parse_iso (iso, &error);

  if (error != NULL)
    fail_msg ("bad test date %s: %s", iso, error->message);
  return date;
}

static char *
data_path (const char *dir,
           const char *name)
{
  return g_build_filename (CAREPLAN_TEST_DATA, "measures", dir, name, NULL);
}

static GListModel *
load_records (const char *name)
{
  g_autofree char *path = data_path ("records", name);
  g_autoptr(GError) error = NULL;
  GListModel *children = careplan_record_load_file (path, &error);

  if (children == NULL)
    fail_msg ("%s: %s", path, error->message);
  return children;
}

static CareplanMeasure *
find_measure (GListModel *measures,
              const char *id)
{
  guint i, n = g_list_model_get_n_items (measures);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      if (g_str_equal (careplan_measure_get_id (measure), id))
        return measure;   /* the list keeps a reference */
    }
  fail_msg ("no measure %s", id);
  return NULL;
}

static GListModel *
compute (const char         *records,
         const char         *period_end,
         const char * const *parameters)
{
  g_autoptr(GListModel) children = load_records (records);
  g_autoptr(GError) error = NULL;
  CareplanDate end = date_of (period_end);
  GListModel *measures;

  measures = careplan_measures_compute_full (children, careplan_measures_get_period_start (end), end,
                                             NULL, NULL, parameters, &error);
  if (measures == NULL)
    fail_msg ("compute %s: %s", records, error->message);
  return measures;
}

static int
item_of (CareplanMeasure *measure,
         const char      *child_id)
{
  guint i;

  for (i = 0; i < careplan_measure_get_n_items (measure); i++)
    if (g_str_equal (careplan_measure_get_item_child_id (measure, i), child_id))
      return (int) i;
  return -1;
}

static void
assert_ids (const char * const *ids,
            JsonArray          *expected,
            const char         *what)
{
  guint i, n = json_array_get_length (expected);

  for (i = 0; i < n; i++)
    {
      if (ids[i] == NULL || !g_str_equal (ids[i], json_array_get_string_element (expected, i)))
        fail_msg ("%s: id %u is %s, expected %s", what, i, ids[i] != NULL ? ids[i] : "(end)",
                  json_array_get_string_element (expected, i));
    }
  if (ids[n] != NULL)
    fail_msg ("%s: more ids than expected (%s)", what, ids[n]);
}

/* --- the hand-computed cohorts ------------------------------------------- */

static void
check_expected_file (const char *name,
                     GHashTable *covered)
{
  g_autofree char *path = data_path ("expected", name);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(GPtrArray) parameters = g_ptr_array_new ();
  JsonObject *root, *expected;
  CareplanDate end;
  GList *members, *l;

  if (!json_parser_load_from_file (parser, path, &error))
    fail_msg ("%s: %s", path, error->message);
  root = json_node_get_object (json_parser_get_root (parser));

  if (json_object_has_member (root, "year"))
    end = careplan_date_new ((int) json_object_get_int_member (root, "year"), 3, 31);
  else
    end = date_of (json_object_get_string_member (root, "as_of"));

  if (json_object_has_member (root, "parameters"))
    {
      JsonArray *array = json_object_get_array_member (root, "parameters");
      guint i;

      for (i = 0; i < json_array_get_length (array); i++)
        g_ptr_array_add (parameters, (gpointer) json_array_get_string_element (array, i));
    }
  g_ptr_array_add (parameters, NULL);

  if (json_object_has_member (root, "ssda903"))
    {
      g_autofree char *dir = g_build_filename (CAREPLAN_TEST_DATA, "ssda903",
                                               json_object_get_string_member (root, "ssda903"), NULL);

      children = careplan_ssda903_load_dir (dir, careplan_date_get_year (end), NULL, &error);
      if (children == NULL)
        fail_msg ("%s: %s", dir, error->message);
    }
  else
    children = load_records (json_object_get_string_member (root, "records"));
  if (json_object_has_member (root, "postcodes"))
    {
      /* The postcode files go through the accumulator, one child at a time. */
      JsonArray *files = json_object_get_array_member (root, "postcodes");
      g_autoptr(CareplanPostcodes) postcodes = careplan_postcodes_new ();
      g_autoptr(CareplanMeasuresAccumulator) accumulator = NULL;
      guint i;

      for (i = 0; i < json_array_get_length (files); i++)
        {
          g_autofree char *file = g_build_filename (CAREPLAN_TEST_DATA, "measures", "postcodes",
                                                    json_array_get_string_element (files, i), NULL);

          if (!careplan_postcodes_load_file (postcodes, file, &error))
            fail_msg ("%s: %s", file, error->message);
        }
      accumulator = careplan_measures_accumulator_new (careplan_measures_get_period_start (end), end, NULL, NULL,
                                                       (const char * const *) parameters->pdata, postcodes,
                                                       &error);
      if (accumulator == NULL)
        fail_msg ("%s: %s", name, error->message);
      for (i = 0; i < g_list_model_get_n_items (children); i++)
        {
          g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);

          if (!careplan_measures_accumulator_add_child (accumulator, child, &error))
            fail_msg ("%s: %s", name, error->message);
        }
      measures = careplan_measures_accumulator_finish (accumulator);
    }
  else
    measures = careplan_measures_compute_full (children, careplan_measures_get_period_start (end), end,
                                               NULL, NULL, (const char * const *) parameters->pdata,
                                               &error);
  if (measures == NULL)
    fail_msg ("%s: %s", name, error->message);

  expected = json_object_get_object_member (root, "measures");
  members = json_object_get_members (expected);
  for (l = members; l != NULL; l = l->next)
    {
      const char *id = l->data;
      JsonObject *want = json_object_get_object_member (expected, id);
      CareplanMeasure *measure = find_measure (measures, id);
      g_autofree char *what = g_strdup_printf ("%s: %s", name, id);
      guint denominator = (guint) json_object_get_int_member (want, "denominator");
      const char *result;

      g_hash_table_add (covered, g_strdup (id));
      if (careplan_measure_get_numerator (measure) != (guint) json_object_get_int_member (want, "numerator") ||
          careplan_measure_get_denominator (measure) != denominator)
        fail_msg ("%s: %u/%u, expected %" G_GINT64_FORMAT "/%u", what,
                  careplan_measure_get_numerator (measure), careplan_measure_get_denominator (measure),
                  json_object_get_int_member (want, "numerator"), denominator);
      assert_ids (careplan_measure_get_numerator_ids (measure),
                  json_object_get_array_member (want, "numerator_ids"), what);
      assert_ids (careplan_measure_get_denominator_ids (measure),
                  json_object_get_array_member (want, "denominator_ids"), what);
      /* A file that names no result wants a rate (complete or partial). */
      result = json_object_has_member (want, "result") ? json_object_get_string_member (want, "result")
                                                       : NULL;
      if (result != NULL &&
          !g_str_equal (careplan_measure_result_to_string (careplan_measure_get_result (measure)), result))
        fail_msg ("%s: result %s, expected %s", what,
                  careplan_measure_result_to_string (careplan_measure_get_result (measure)), result);
      if (result != NULL && g_str_equal (result, "no-data"))
        {
          /* No data is not a rate of zero. */
          assert_false (careplan_measure_has_rate (measure));
          assert_true (isnan (careplan_measure_get_rate (measure)));
          assert_non_null (careplan_measure_get_result_note (measure));
          continue;
        }
      assert_true (careplan_measure_has_rate (measure));
      assert_true (fabs (careplan_measure_get_rate (measure) -
                         (json_object_has_member (want, "rate")
                          ? json_object_get_double_member (want, "rate")
                          : (double) careplan_measure_get_numerator (measure) / denominator)) < 1e-12);
      if (json_object_has_member (want, "values"))
        {
          JsonArray *values = json_object_get_array_member (want, "values");
          guint i;

          for (i = 0; i < denominator; i++)
            assert_int_equal (careplan_measure_get_item_value (measure, i),
                              json_array_get_int_element (values, i));
        }
    }
  g_list_free (members);
}

static void
test_expected_cohorts (void **state)
{
  g_autofree char *dir_path = g_build_filename (CAREPLAN_TEST_DATA, "measures", "expected", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GHashTable) covered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *name;
  guint n_files = 0;
  guint i;

  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      {
        check_expected_file (name, covered);
        n_files++;
      }

  assert_true (n_files >= 13);
  /* Every measure has a hand-computed cohort. */
  for (i = 0; i < N_MEASURES; i++)
    if (!g_hash_table_contains (covered, all_ids[i]))
      fail_msg ("no hand-computed cohort for %s", all_ids[i]);
  assert_int_equal (g_hash_table_size (covered), N_MEASURES);
}

/* --- worked examples ----------------------------------------------------- */

static void
test_worked_example_14 (void **state)
{
  g_autoptr(GListModel) measures = compute ("oc2.json", "2026-03-31", NULL);
  CareplanMeasure *cohort = find_measure (measures, "dfe.oc2.cohort");
  CareplanMeasure *sdq = find_measure (measures, "dfe.oc2.sdq");
  CareplanMeasure *development = find_measure (measures, "dfe.oc2.development-check");
  int a = item_of (cohort, "WE14-A");
  int b = item_of (cohort, "WE14-B");

  /* Starting on 1 April, the first day, is not "entering care" in the
   * year (DECOM > collection_start); starting on 2 April is. */
  assert_true (a >= 0 && b >= 0);
  assert_true (careplan_measure_get_item_counted (cohort, (guint) a));
  assert_false (careplan_measure_get_item_counted (cohort, (guint) b));
  assert_string_equal (careplan_measure_get_item_note (cohort, (guint) b),
                       "started to be looked after on 2025-04-02, after the first day of the period");
  /* A's 4th birthday (15 June 2025) is in the year: outside rule 186's
   * band, but A is under 5 at 31 March, so the development check counts. */
  assert_int_equal (item_of (sdq, "WE14-A"), -1);
  assert_true (item_of (development, "WE14-A") >= 0);
}

static void
test_worked_example_16 (void **state)
{
  g_autoptr(GListModel) measures = compute ("stability.json", "2026-03-31", NULL);
  CareplanMeasure *measure = find_measure (measures, "dfe.stability.long-term");
  int stable = item_of (measure, "WE16");
  int moved = item_of (measure, "WE16-moved");

  assert_true (stable >= 0 && moved >= 0);
  assert_true (careplan_measure_get_item_counted (measure, (guint) stable));
  assert_false (careplan_measure_get_item_counted (measure, (guint) moved));
  assert_string_equal (careplan_measure_get_item_note (measure, (guint) moved),
                       "with the current carer only since 2024-04-01 (after 2024-03-31)");
  /* 2.5 years back from 31 March 2026 is 30 September 2023. */
  assert_true (item_of (measure, "LT04") >= 0);
  assert_int_equal (item_of (measure, "LT03"), -1);
  /* Aged 16 on the last day: out. */
  assert_int_equal (item_of (measure, "LT05"), -1);
}

/* --- the measure object --------------------------------------------------- */

static void
test_every_measure_in_order (void **state)
{
  g_autoptr(GListModel) measures = compute ("stability.json", "2026-03-31", NULL);
  guint i;

  assert_int_equal (g_list_model_get_n_items (measures), N_MEASURES);
  for (i = 0; i < N_MEASURES; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);
      const char * const *names = careplan_measure_get_parameter_names (measure);
      guint j;

      assert_string_equal (careplan_measure_get_id (measure), all_ids[i]);
      assert_non_null (careplan_measure_get_title (measure));
      assert_true (strlen (careplan_measure_get_definition (measure)) > 80);
      assert_non_null (careplan_measure_get_instrument (measure));
      assert_non_null (careplan_measure_get_provision (measure));
      assert_true (g_str_has_prefix (careplan_measure_get_url (measure), "http"));
      assert_int_equal (careplan_measure_get_kind (measure),
                        g_str_has_prefix (all_ids[i], "dfe.") ? CAREPLAN_MEASURE_KIND_DFE
                                                              : CAREPLAN_MEASURE_KIND_LOCAL);
      assert_int_equal (careplan_measure_get_period_start (measure), date_of ("2025-04-01"));
      assert_int_equal (careplan_measure_get_period_end (measure), date_of ("2026-03-31"));
      for (j = 0; names[j] != NULL; j++)
        {
          assert_non_null (careplan_measure_get_parameter_value (measure, names[j]));
          assert_non_null (careplan_measure_get_parameter_unit (measure, names[j]));
          assert_non_null (careplan_measure_get_parameter_description (measure, names[j]));
        }
      /* Notes say why for every item. */
      for (j = 0; j < careplan_measure_get_n_items (measure); j++)
        assert_true (strlen (careplan_measure_get_item_note (measure, j)) > 0);
    }
}

static void
test_properties (void **state)
{
  g_autoptr(GListModel) measures = compute ("adoption.json", "2026-03-31", NULL);
  CareplanMeasure *a1 = find_measure (measures, "dfe.adoption.a1");
  g_autofree char *id = NULL;
  g_auto(GStrv) ids = NULL;
  guint numerator = 0, start = 0;
  double rate = 0;
  CareplanMeasureScale scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE;

  g_object_get (a1, "id", &id, "numerator", &numerator, "rate", &rate, "scale", &scale,
                "denominator-ids", &ids, "period-start", &start, NULL);
  assert_string_equal (id, "dfe.adoption.a1");
  assert_int_equal (numerator, 1696);
  assert_true (fabs (rate - 424.0) < 1e-12);
  assert_int_equal (scale, CAREPLAN_MEASURE_SCALE_MEAN_DAYS);
  assert_int_equal (g_strv_length (ids), 4);
  assert_int_equal (start, date_of ("2025-04-01"));
  assert_string_equal (careplan_measure_get_unit (a1), "children");
  assert_string_equal (careplan_measure_get_parameter_value (a1, "threshold_days"), "426");
  assert_null (careplan_measure_get_parameter_value (a1, "foster_carer_types"));
  assert_true (careplan_measure_get_item_counted (a1, 0));
  assert_string_equal (careplan_measure_kind_to_string (CAREPLAN_MEASURE_KIND_DFE), "dfe");
  assert_string_equal (careplan_measure_scale_to_string (CAREPLAN_MEASURE_SCALE_MEAN_DAYS), "mean-days");
}

static void
test_empty_cohort (void **state)
{
  g_autoptr(GListStore) children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) measures =
    careplan_measures_compute (G_LIST_MODEL (children), date_of ("2025-04-01"), date_of ("2026-03-31"),
                               NULL, &error);
  guint i;

  assert_null (error);
  assert_int_equal (g_list_model_get_n_items (measures), N_MEASURES);
  for (i = 0; i < N_MEASURES; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);

      assert_int_equal (careplan_measure_get_denominator (measure), 0);
      assert_int_equal (careplan_measure_get_numerator (measure), 0);
      assert_false (careplan_measure_has_rate (measure));
      assert_true (isnan (careplan_measure_get_rate (measure)));
      assert_null (careplan_measure_get_numerator_ids (measure)[0]);
      assert_null (careplan_measure_get_denominator_ids (measure)[0]);
    }
}

/* --- periods and parameters ---------------------------------------------- */

static void
test_period_start (void **state)
{
  assert_int_equal (careplan_measures_get_period_start (date_of ("2026-03-31")), date_of ("2025-04-01"));
  assert_int_equal (careplan_measures_get_period_start (date_of ("2025-09-30")), date_of ("2024-10-01"));
  /* 29 February 2024 − 12 months is 28 February 2023: the day after. */
  assert_int_equal (careplan_measures_get_period_start (date_of ("2024-02-29")), date_of ("2023-03-01"));
  assert_int_equal (careplan_measures_get_period_start (CAREPLAN_DATE_NONE), CAREPLAN_DATE_NONE);
}

static void
test_bad_period (void **state)
{
  g_autoptr(GListModel) children = load_records ("local.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) measures =
    careplan_measures_compute (children, date_of ("2026-03-31"), date_of ("2025-04-01"), NULL, &error);

  assert_null (measures);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE));
  g_clear_error (&error);
  measures = careplan_measures_compute (children, CAREPLAN_DATE_NONE, date_of ("2025-04-01"), NULL, &error);
  assert_null (measures);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE));
}

static void
test_parameters (void **state)
{
  const char * const four[] = { "dfe.stability.three-plus-placements.min_placements=4", NULL };
  const char * const two[] = { " dfe.stability.three-plus-placements.min_placements = 2 ", NULL };
  const char * const codes[] = { "dfe.stability.three-plus-placements.excluded_placement_types= t4 ,", NULL };
  const char * const start_only[] = { "dfe.stability.three-plus-placements.count_open_at_start=0", NULL };
  g_autoptr(GListModel) with_four = compute ("stability.json", "2026-03-31", four);
  g_autoptr(GListModel) with_two = compute ("stability.json", "2026-03-31", two);
  g_autoptr(GListModel) with_codes = compute ("stability.json", "2026-03-31", codes);
  g_autoptr(GListModel) with_start_only = compute ("stability.json", "2026-03-31", start_only);
  CareplanMeasure *measure;

  measure = find_measure (with_four, "dfe.stability.three-plus-placements");
  assert_int_equal (careplan_measure_get_numerator (measure), 0);
  assert_string_equal (careplan_measure_get_parameter_value (measure, "min_placements"), "4");

  /* ST01 ST02 ST03 ST06 ST07 ST08 LT06 have two or more. */
  measure = find_measure (with_two, "dfe.stability.three-plus-placements");
  assert_int_equal (careplan_measure_get_numerator (measure), 7);

  /* Codes are upper-cased and empty words dropped. */
  measure = find_measure (with_codes, "dfe.stability.three-plus-placements");
  assert_string_equal (careplan_measure_get_parameter_value (measure, "excluded_placement_types"), "T4");

  /* Only placements starting in the period: ST01's from February is out. */
  measure = find_measure (with_start_only, "dfe.stability.three-plus-placements");
  assert_false (careplan_measure_get_item_counted (measure, (guint) item_of (measure, "ST01")));
  assert_true (careplan_measure_get_item_counted (measure, (guint) item_of (measure, "ST08")));
}

static void
test_bad_parameters (void **state)
{
  static const char * const bad[] = {
    "no-equals",
    "=1",
    ".min_placements=1",
    "dfe.stability.three-plus-placements.=1",
    "dfe.stability.three-plus-placements.min_placements=",
    "dfe.stability.three-plus-placements.min_placements=3x",
    "dfe.stability.three-plus-placements.min_placements=0",
    "dfe.stability.three-plus-placements.placement_reasons=S;P",
    "dfe.stability.three-plus-placements.colour=blue",
    "dfe.stability.min_placements=3",
    "local.visits-in-time.families=vis its",
  };
  g_autoptr(GListModel) children = load_records ("stability.json");
  guint i;

  for (i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char * const parameters[] = { bad[i], NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) measures =
        careplan_measures_compute_full (children, date_of ("2025-04-01"), date_of ("2026-03-31"),
                                        NULL, NULL, parameters, &error);

      if (measures != NULL || !g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED))
        fail_msg ("“%s” was accepted", bad[i]);
      assert_non_null (strstr (error->message, "measure parameter"));
    }
}

/* --- judging reviews and visits ------------------------------------------ */

static void
test_visits_exclude_speaking_in_private (void **state)
{
  g_autoptr(GListModel) measures = compute ("reviews-visits.json", "2026-03-31", NULL);
  CareplanMeasure *visits = find_measure (measures, "local.visits-in-time");
  guint i, n_vi01 = 0;

  for (i = 0; i < careplan_measure_get_denominator (visits); i++)
    {
      assert_null (strstr (careplan_measure_get_item_note (visits, i), "in private"));
      if (g_str_equal (careplan_measure_get_item_child_id (visits, i), "VI01"))
        n_vi01++;
    }
  assert_int_equal (n_vi01, 8);
}

static void
test_local_rulebook_changes_visits (void **state)
{
  g_autoptr(GListModel) children = load_records ("reviews-visits.json");
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) measures = NULL;
  CareplanMeasure *visits;

  /* Visits every 4 weeks: VI01's 6-weekly visits are late. */
  assert_true (careplan_rulebook_set_parameter (rulebook, "cppcr-2010.reg28-2b.first-year-six-weekly",
                                                "interval", 28, &error));
  measures = careplan_measures_compute_full (children, date_of ("2025-04-01"), date_of ("2026-03-31"),
                                             NULL, rulebook, NULL, &error);
  assert_non_null (measures);
  visits = find_measure (measures, "local.visits-in-time");
  assert_true (careplan_measure_get_numerator (visits) < 7);
}

/* --- linear time ------------------------------------------------------------ */

static CareplanChild *
synthetic_child (guint        n,
                 CareplanDate start)
{
  g_autofree char *id = g_strdup_printf ("S%05u", n);
  CareplanChild *child = careplan_child_new (id);
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  guint i;

  careplan_child_set_date_of_birth (child, careplan_date_add_days (start, -3000 - (int) (n % 3000)));
  careplan_episode_set_start (episode, careplan_date_add_days (start, (int) (n % 200)));
  careplan_episode_set_reason_new_episode (episode, "S");
  careplan_episode_set_legal_status (episode, "C2");
  careplan_episode_set_placement_type (episode, "U6");
  careplan_child_add_episode (child, episode);
  for (i = 0; i < 12; i++)
    {
      g_autoptr(CareplanEvent) visit =
        careplan_event_new (CAREPLAN_EVENT_KIND_VISIT, careplan_date_add_days (start, (int) (n % 200 + 5 + 40 * i)));

      careplan_child_add_event (child, visit);
    }
  return child;
}

/* Twice the children take about twice the time: no quadratic scan. */
static void
test_linear_in_the_cohort (void **state)
{
  CareplanDate start = date_of ("2024-04-01");
  gint64 times[2];
  guint sizes[2] = { 1000, 4000 };
  guint s;

  for (s = 0; s < 2; s++)
    {
      g_autoptr(GListStore) children = g_list_store_new (CAREPLAN_TYPE_CHILD);
      g_autoptr(GListModel) measures = NULL;
      gint64 t0;
      guint i;

      for (i = 0; i < sizes[s]; i++)
        {
          g_autoptr(CareplanChild) child = synthetic_child (i, start);

          g_list_store_append (children, child);
        }
      t0 = g_get_monotonic_time ();
      measures = careplan_measures_compute (G_LIST_MODEL (children), date_of ("2025-04-01"),
                                            date_of ("2026-03-31"), NULL, NULL);
      times[s] = MAX (g_get_monotonic_time () - t0, 1);
      assert_int_equal (careplan_measure_get_denominator (find_measure (measures, "dfe.oc2.cohort")),
                        sizes[s]);
    }
  /* 4 × the children: linear is ~4 ×, quadratic ~16 ×.  A wide margin
   * keeps a loaded machine from failing the test. */
  if (times[1] > 10 * times[0])
    fail_msg ("1000 children: %" G_GINT64_FORMAT " µs, 4000: %" G_GINT64_FORMAT " µs", times[0], times[1]);
}

/* Items kept in temporary files: the same measures, reports and items as
 * in memory, on one thread or three; the items streamed by the writers
 * first, then read in by the getters. */
static void
test_spooled_items (void **state)
{
  CareplanDate start = date_of ("2024-04-01");
  CareplanDate period_start = date_of ("2025-04-01");
  CareplanDate period_end = date_of ("2026-03-31");
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_object_unref);
  static const CareplanMeasuresFormat formats[] = {
    CAREPLAN_MEASURES_FORMAT_JSON, CAREPLAN_MEASURES_FORMAT_CSV, CAREPLAN_MEASURES_FORMAT_HTML,
  };
  g_autoptr(GListModel) kept = NULL;
  guint i, f;

  for (i = 0; i < 60; i++)
    g_ptr_array_add (children, synthetic_child (i, start));

  for (guint n_threads = 1; n_threads <= 3; n_threads += 2)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CareplanMeasuresAccumulator) in_memory =
        careplan_measures_accumulator_new (period_start, period_end, NULL, NULL, NULL, NULL, &error);
      g_autoptr(CareplanMeasuresAccumulator) spooled =
        careplan_measures_accumulator_new (period_start, period_end, NULL, NULL, NULL, NULL, &error);
      g_autoptr(GListModel) memory_measures = NULL;
      g_autoptr(GListModel) spool_measures = NULL;

      assert_true (careplan_measures_accumulator_spool_items (spooled, &error));
      assert_null (error);
      careplan_measures_accumulator_set_n_threads (spooled, n_threads);
      for (i = 0; i < children->len; i++)
        {
          assert_true (careplan_measures_accumulator_add_child (in_memory, g_ptr_array_index (children, i), NULL));
          assert_true (careplan_measures_accumulator_add_child (spooled, g_ptr_array_index (children, i), NULL));
        }
      memory_measures = careplan_measures_accumulator_finish (in_memory);
      spool_measures = careplan_measures_accumulator_finish (spooled);

      /* The writers read the spool as they go ... */
      for (f = 0; f < G_N_ELEMENTS (formats); f++)
        {
          g_autofree char *expected = careplan_measures_to_string (memory_measures, formats[f]);
          g_autofree char *text = careplan_measures_to_string (spool_measures, formats[f]);

          assert_true (strlen (expected) > 1000);
          assert_string_equal (text, expected);
        }
      /* ... and the getters read it in. */
      for (i = 0; i < g_list_model_get_n_items (memory_measures); i++)
        {
          g_autoptr(CareplanMeasure) a = g_list_model_get_item (memory_measures, i);
          g_autoptr(CareplanMeasure) b = g_list_model_get_item (spool_measures, i);
          const char * const *ids_a = careplan_measure_get_numerator_ids (a);
          const char * const *ids_b = careplan_measure_get_numerator_ids (b);
          guint j;

          assert_int_equal (careplan_measure_get_n_items (b), careplan_measure_get_n_items (a));
          for (j = 0; j < careplan_measure_get_n_items (a); j++)
            {
              assert_string_equal (careplan_measure_get_item_child_id (b, j),
                                   careplan_measure_get_item_child_id (a, j));
              assert_string_equal (careplan_measure_get_item_note (b, j),
                                   careplan_measure_get_item_note (a, j));
              assert_int_equal (careplan_measure_get_item_value (b, j), careplan_measure_get_item_value (a, j));
              assert_int_equal (careplan_measure_get_item_counted (b, j),
                                careplan_measure_get_item_counted (a, j));
            }
          for (j = 0; ids_a[j] != NULL; j++)
            assert_string_equal (ids_b[j], ids_a[j]);
          assert_null (ids_b[j]);
        }
      /* The measures outlive their accumulator, spool and all. */
      if (n_threads == 3)
        kept = g_steal_pointer (&spool_measures);
    }
  {
    g_autofree char *json = NULL;

    g_clear_pointer (&children, g_ptr_array_unref);
    json = careplan_measures_to_string (kept, CAREPLAN_MEASURES_FORMAT_JSON);
    assert_non_null (strstr (json, "\"items\":[\n"));
  }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_expected_cohorts),
    cmocka_unit_test (test_spooled_items),
    cmocka_unit_test (test_worked_example_14),
    cmocka_unit_test (test_worked_example_16),
    cmocka_unit_test (test_every_measure_in_order),
    cmocka_unit_test (test_properties),
    cmocka_unit_test (test_empty_cohort),
    cmocka_unit_test (test_period_start),
    cmocka_unit_test (test_bad_period),
    cmocka_unit_test (test_parameters),
    cmocka_unit_test (test_bad_parameters),
    cmocka_unit_test (test_visits_exclude_speaking_in_private),
    cmocka_unit_test (test_local_rulebook_changes_visits),
    cmocka_unit_test (test_linear_in_the_cohort),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
