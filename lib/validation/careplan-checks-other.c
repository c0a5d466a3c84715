/* careplan-checks-other.c: the SSDA903 checks with other alphabetic codes:
 * EPI (a child with neither episodes nor care-leaver information) and NoE
 * (an episode begun before the year and none in last year's return)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-checks-b-private.h"

/* EPI: a Header child with neither episodes nor OC3 rows. */
static void
check_epi (VbCtx *x)
{
  guint n_header, n_episodes, n_oc3;
  const guint *header = vb_rows (x, VB_THIS, CPV_HEADER, &n_header);

  if (!vb_has_table (x, VB_THIS, CPV_EPISODES) && !vb_has_table (x, VB_THIS, CPV_OC3))
    return;

  vb_rows (x, VB_THIS, CPV_EPISODES, &n_episodes);
  vb_rows (x, VB_THIS, CPV_OC3, &n_oc3);
  if (n_episodes == 0 && n_oc3 == 0)
    for (guint h = 0; h < n_header; h++)
      vb_flag (x, CPV_HEADER, header[h]);
}

/* NoE: an episode begun before the collection year, and no episodes for
 * the child in last year's return. */
static void
check_noe (VbCtx *x)
{
  guint n, n_last;
  const guint *rows = vb_rows (x, VB_THIS, CPV_EPISODES, &n);

  vb_rows (x, VB_PREVIOUS, CPV_EPISODES, &n_last);
  if (n_last > 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      CareplanDate decom = vb_date (x, VB_THIS, CPV_EPISODES, rows[i], EP_DECOM);

      if (decom != CAREPLAN_DATE_NONE && decom < vb_start (x))
        vb_flag (x, CPV_EPISODES, rows[i]);
    }
}

#define INT_ROW(n, msg, tables, fields) \
  { "INT" #n, msg, tables, fields, 0, 0, 0, NULL, check_int##n }

VB_CHECK (check_epi)
VB_CHECK (check_noe)

const CpvCheck cpv_checks_other[] = {
  VB_ROW ("EPI",
          "WARNING: Episodes need to be loaded for this child before further validation is "
          "possible.",
          "Header:CHILD", 0, 0, IMPLEMENTED, QUERY, NOTHING, check_epi),
  VB_ROW ("NoE",
          "This child has no episodes loaded for previous year even though child started to be "
          "looked after before this current year.",
          "Episodes:DECOM", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_noe),
  { NULL }
};
