/* test-validation-registry.c: every SSDA903 validation check row is well formed
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>

#include "careplan-validation-private.h"

static gboolean
known_field (const char *table,
             const char *field)
{
  for (int t = 0; t < CPV_N_TABLES; t++)
    if (strcmp (cpv_tables[t].name, table) == 0)
      for (guint c = 0; c < cpv_tables[t].n_columns; c++)
        if (strcmp (cpv_tables[t].columns[c], field) == 0)
          return TRUE;
  return FALSE;
}

static void
test_rows_well_formed (void **state)
{
  guint n;
  const CpvCheck * const *all = cpv_registry_get (&n);

  assert_true (n > 0);
  for (guint i = 0; i < n; i++)
    {
      const CpvCheck *check = all[i];
      g_auto(GStrv) groups = NULL;

      assert_non_null (check->message);
      assert_true (strlen (check->message) > 10);
      /* Exactly one function. */
      assert_true ((check->per_child != NULL) != (check->whole != NULL));
      /* Years in order. */
      assert_true (check->first_year == 0 || check->last_year == 0 || check->first_year <= check->last_year);
      /* Every table:field pair is a real column. */
      assert_non_null (check->fields);
      groups = g_strsplit (check->fields, ";", -1);
      for (guint g = 0; groups[g] != NULL; g++)
        {
          g_auto(GStrv) parts = g_strsplit (groups[g], ":", 2);
          g_auto(GStrv) fields = NULL;

          assert_non_null (parts[1]);
          fields = g_strsplit (parts[1], ",", -1);
          for (guint f = 0; fields[f] != NULL; f++)
            if (!known_field (parts[0], fields[f]))
              fail_msg ("check %s: %s:%s is not a column", check->code, parts[0], fields[f]);
        }
      /* A code appears twice only for different, disjoint years. */
      for (guint j = i + 1; j < n; j++)
        if (strcmp (all[j]->code, check->code) == 0)
          {
            const CpvCheck *other = all[j];
            gboolean disjoint = (check->last_year != 0 && other->first_year != 0 &&
                                 check->last_year < other->first_year) ||
                                (other->last_year != 0 && check->first_year != 0 &&
                                 other->last_year < check->first_year);
            if (!disjoint)
              fail_msg ("check %s appears twice for overlapping years", check->code);
          }
    }
}

static void
test_sorted_by_code (void **state)
{
  guint n;
  const CpvCheck * const *all = cpv_registry_get (&n);

  for (guint i = 1; i < n; i++)
    assert_true (cpv_compare_codes (all[i - 1]->code, all[i]->code) <= 0);
  assert_true (cpv_compare_codes ("99", "100") < 0);
  assert_true (cpv_compare_codes ("197B", "197a") < 0);
  assert_true (cpv_compare_codes ("460", "INT01") < 0);
}

static void
test_ages (void **state)
{
  CareplanDate leap = careplan_date_new (2008, 2, 29);

  /* Corresponding-date rule: 18 on the birthday, not a day before. */
  assert_int_equal (cpv_age_on (careplan_date_new (2008, 3, 31), careplan_date_new (2026, 3, 30)), 17);
  assert_int_equal (cpv_age_on (careplan_date_new (2008, 3, 31), careplan_date_new (2026, 3, 31)), 18);
  /* 29 February: a year older on 1 March in common years. */
  assert_int_equal (cpv_age_on (leap, careplan_date_new (2026, 2, 28)), 17);
  assert_int_equal (cpv_age_on (leap, careplan_date_new (2026, 3, 1)), 18);
  assert_int_equal (cpv_age_on (CAREPLAN_DATE_NONE, careplan_date_new (2026, 3, 1)), -1);
}

static void
test_in (void **state)
{
  assert_true (cpv_in ("V2", "V2 V3 V4"));
  assert_true (cpv_in ("V4", "V2 V3 V4"));
  assert_false (cpv_in ("V", "V2 V3 V4"));
  assert_false (cpv_in ("", "V2 V3"));
  assert_false (cpv_in ("V2 V3", "V2 V3"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_rows_well_formed),
    cmocka_unit_test (test_sorted_by_code),
    cmocka_unit_test (test_ages),
    cmocka_unit_test (test_in),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
