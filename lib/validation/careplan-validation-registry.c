/* careplan-validation-registry.c: every SSDA903 validation check
 *
 * The checks are rows in tables, one table per source file, split by code
 * so that several people can add checks at once without touching the
 * same lines:
 *
 *   careplan-checks-100.c   codes 100–199      careplan-checks-500.c   500–599
 *   careplan-checks-200.c   codes 200–299      careplan-checks-600.c   600–999
 *   careplan-checks-300.c   codes 300–399      careplan-checks-1000.c  1000 and up
 *   careplan-checks-400.c   codes 400–499      careplan-checks-int.c   INT…
 *   careplan-checks-sw.c    SW…                careplan-checks-other.c every other
 *                                                alphabetic code (E…, EPI, …)
 *
 * To add a check, add a row to the file for its code (a CpvCheck: code,
 * the DfE's message, the fields it flags, its years, guidance item,
 * status, severity, needs, and its function), before the table's closing
 * `{ NULL }` row.  To add a file: write `lib/validation/careplan-checks-X.c`
 * defining `const CpvCheck cpv_checks_X[] = { …, { NULL } };`, declare it
 * in careplan-validation-private.h beside the others, add it to the
 * `tables` array below and to lib/validation/meson.build.  Nothing else
 * changes: the registry sorts the rows by code, the tool lists them, the
 * runner runs them, and tests/validation/test-validation-registry.c checks
 * that every row is well formed (a message, known tables and fields, a
 * function, codes unique).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "careplan-validation-private.h"

static const CpvCheck * const tables[] = {
  cpv_checks_100,
  cpv_checks_200,
  cpv_checks_300,
  cpv_checks_400,
  cpv_checks_500,
  cpv_checks_600,
  cpv_checks_1000,
  cpv_checks_int,
  cpv_checks_sw,
  cpv_checks_other,
};

/* Codes sort numerically first ("99" < "100" < "197B"), then as text. */
static int
compare_codes (const char *a,
               const char *b)
{
  gboolean da = g_ascii_isdigit (a[0]), db = g_ascii_isdigit (b[0]);

  if (da != db)
    return da ? -1 : 1;
  if (da)
    {
      long na = strtol (a, NULL, 10), nb = strtol (b, NULL, 10);
      if (na != nb)
        return na < nb ? -1 : 1;
    }
  return strcmp (a, b);
}

static int
compare_checks (gconstpointer a,
                gconstpointer b)
{
  const CpvCheck *ca = *(const CpvCheck * const *) a;
  const CpvCheck *cb = *(const CpvCheck * const *) b;
  return compare_codes (ca->code, cb->code);
}

static GPtrArray *
build (void)
{
  GPtrArray *all = g_ptr_array_new ();

  for (gsize i = 0; i < G_N_ELEMENTS (tables); i++)
    for (const CpvCheck *check = tables[i]; check->code != NULL; check++)
      g_ptr_array_add (all, (gpointer) check);
  g_ptr_array_sort (all, compare_checks);
  return all;
}

const CpvCheck * const *
cpv_registry_get (guint *n_checks)
{
  static GPtrArray *all;

  if (g_once_init_enter (&all))
    g_once_init_leave (&all, build ());

  *n_checks = all->len;
  return (const CpvCheck * const *) all->pdata;
}

const CpvCheck *
cpv_registry_find (const char *code)
{
  guint n;
  const CpvCheck * const *all = cpv_registry_get (&n);

  for (guint i = 0; i < n; i++)
    if (strcmp (all[i]->code, code) == 0)
      return all[i];
  return NULL;
}

gboolean
cpv_check_applies (const CpvCheck *check,
                   int             year)
{
  if (year <= 0)
    return TRUE;
  if (check->first_year != 0 && year < check->first_year)
    return FALSE;
  if (check->last_year != 0 && year > check->last_year)
    return FALSE;
  return TRUE;
}

int
cpv_compare_codes (const char *a,
                   const char *b)
{
  return compare_codes (a, b);
}
