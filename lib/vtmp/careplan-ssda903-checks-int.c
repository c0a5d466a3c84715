/* careplan-ssda903-checks-int.c: EPI, NoE and the integrity checks INT01
 * to INT36 of the SSDA903 return
 *
 * The INT checks are the open validator's own (Data to Insight,
 * csc-validator-be-903); the DfE's portal makes the same links between
 * the tables when a return is loaded.  Each catches a real data error: a
 * row for a child the return does not describe, a date of birth or sex
 * that disagrees with Header, a child twice in a table that has one row
 * a child.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-ssda903-checks-b-private.h"
#include "careplan-ssda903-checks-b-rows-private.h"

/* A row of @t whose child has no Header row. */
static void
not_in_header (VbCtx *x, CareplanSsda903Table t)
{
  for (guint c = 0; c < vb_n_children (x, VB_THIS); c++)
    {
      guint n, n_header;
      const guint *rows = vb_rows_of (x, VB_THIS, c, t, &n);

      vb_rows_of (x, VB_THIS, c, CAREPLAN_SSDA903_HEADER, &n_header);
      if (n_header > 0)
        continue;
      for (guint i = 0; i < n; i++)
        vb_flag (x, t, rows[i]);
    }
}

/* A row of @t whose DOB (a date) differs from the child's Header DOB. */
static void
dob_differs (VbCtx *x, CareplanSsda903Table t)
{
  for (guint c = 0; c < vb_n_children (x, VB_THIS); c++)
    {
      guint n;
      const guint *rows = vb_rows_of (x, VB_THIS, c, t, &n);
      CareplanDate dob;

      if (n == 0 || (dob = vb_header_dob (x, VB_THIS, c)) == CAREPLAN_DATE_NONE)
        continue;
      for (guint i = 0; i < n; i++)
        {
          CareplanDate d = vb_date (x, VB_THIS, t, rows[i], "DOB");

          if (d != CAREPLAN_DATE_NONE && d != dob)
            vb_flag (x, t, rows[i]);
        }
    }
}

/* Every row of a child who has more than one row in @t. */
static void
more_than_once (VbCtx *x, CareplanSsda903Table t)
{
  for (guint c = 0; c < vb_n_children (x, VB_THIS); c++)
    {
      guint n;
      const guint *rows = vb_rows_of (x, VB_THIS, c, t, &n);

      if (n > 1)
        for (guint i = 0; i < n; i++)
          vb_flag (x, t, rows[i]);
    }
}

#define NOT_IN_HEADER(n, T) static void check_int##n (VbCtx *x) { not_in_header (x, CAREPLAN_SSDA903_##T); }
#define DOB_DIFFERS(n, T) static void check_int##n (VbCtx *x) { dob_differs (x, CAREPLAN_SSDA903_##T); }
#define ONCE(n, T) static void check_int##n (VbCtx *x) { more_than_once (x, CAREPLAN_SSDA903_##T); }

NOT_IN_HEADER (01, AD1)
NOT_IN_HEADER (02, PLACED_ADOPTION)
NOT_IN_HEADER (03, EPISODES)
NOT_IN_HEADER (04, MISSING)
NOT_IN_HEADER (05, OC2)
NOT_IN_HEADER (06, OC3)
NOT_IN_HEADER (07, PREV_PERM)
NOT_IN_HEADER (08, REVIEWS)
NOT_IN_HEADER (09, UASC)
DOB_DIFFERS (11, AD1)
DOB_DIFFERS (12, PLACED_ADOPTION)
DOB_DIFFERS (13, MISSING)
DOB_DIFFERS (14, OC2)
DOB_DIFFERS (15, OC3)
DOB_DIFFERS (16, PREV_PERM)
DOB_DIFFERS (17, REVIEWS)
DOB_DIFFERS (18, UASC)
ONCE (31, AD1)
ONCE (32, HEADER)
ONCE (33, OC2)
ONCE (34, OC3)
ONCE (35, PREV_PERM)
ONCE (36, UASC)

/* INT21: SEX in UASC differs from SEX in Header (both given). */
static void
check_int21 (VbCtx *x)
{
  for (guint c = 0; c < vb_n_children (x, VB_THIS); c++)
    {
      guint n, n_header;
      const guint *rows = vb_rows_of (x, VB_THIS, c, CAREPLAN_SSDA903_UASC, &n);
      const guint *header = vb_rows_of (x, VB_THIS, c, CAREPLAN_SSDA903_HEADER, &n_header);

      for (guint i = 0; i < n; i++)
        {
          const char *sex = vb_cell (x, VB_THIS, CAREPLAN_SSDA903_UASC, rows[i], "SEX");

          if (sex == NULL)
            continue;
          for (guint h = 0; h < n_header; h++)
            {
              const char *hsex = vb_cell (x, VB_THIS, CAREPLAN_SSDA903_HEADER, header[h], "SEX");

              if (hsex != NULL && strcmp (hsex, sex) != 0)
                {
                  vb_flag (x, CAREPLAN_SSDA903_UASC, rows[i]);
                  break;
                }
            }
        }
    }
}

/* EPI: a Header child with neither episodes nor OC3 rows. */
static void
check_epi (VbCtx *x)
{
  for (guint c = 0; c < vb_n_children (x, VB_THIS); c++)
    {
      guint n_header, n_episodes, n_oc3;
      const guint *header = vb_rows_of (x, VB_THIS, c, CAREPLAN_SSDA903_HEADER, &n_header);

      vb_rows_of (x, VB_THIS, c, CAREPLAN_SSDA903_EPISODES, &n_episodes);
      vb_rows_of (x, VB_THIS, c, CAREPLAN_SSDA903_OC3, &n_oc3);
      if (n_episodes == 0 && n_oc3 == 0)
        for (guint h = 0; h < n_header; h++)
          vb_flag (x, CAREPLAN_SSDA903_HEADER, header[h]);
    }
}

/* NoE: an episode begun before the collection year, and no episodes for
 * the child in last year's return. */
static void
check_noe (VbCtx *x)
{
  CareplanDate start = vb_start (x);

  for (guint c = 0; c < vb_n_children (x, VB_THIS); c++)
    {
      guint n, n_last = 0;
      const guint *rows = vb_rows_of (x, VB_THIS, c, CAREPLAN_SSDA903_EPISODES, &n);
      int p;

      if (n == 0)
        continue;
      p = vb_find_child (x, VB_PREVIOUS, vb_child_id (x, VB_THIS, c));
      if (p >= 0)
        vb_rows_of (x, VB_PREVIOUS, (guint) p, CAREPLAN_SSDA903_EPISODES, &n_last);
      if (n_last > 0)
        continue;
      for (guint i = 0; i < n; i++)
        {
          CareplanDate decom = vb_date (x, VB_THIS, CAREPLAN_SSDA903_EPISODES, rows[i], "DECOM");

          if (decom != CAREPLAN_DATE_NONE && decom < start)
            vb_flag (x, CAREPLAN_SSDA903_EPISODES, rows[i]);
        }
    }
}

#define INT_ROW(n, msg, tables, fields) \
  { "INT" #n, msg, tables, fields, 0, 0, 0, NULL, check_int##n }

const VbCheck vb_checks_int[] = {
  INT_ROW (01, "Data Integrity Check: Child in AD1 does not exist in Header.", "AD1,Header", "CHILD"),
  INT_ROW (02, "Internal Check: Child in PlacedAdoption does not exist in Header.", "PlacedAdoption,Header", "CHILD"),
  INT_ROW (03, "Internal Check: Child in Episodes does not exist in Header.", "Episodes,Header", "CHILD"),
  INT_ROW (04, "Internal Check: Child in Missing does not exist in Header.", "Missing,Header", "CHILD"),
  INT_ROW (05, "Internal Check: Child in OC2 does not exist in Header.", "OC2,Header", "CHILD"),
  INT_ROW (06, "Internal Check: Child in OC3 does not exist in Header.", "OC3,Header", "CHILD"),
  INT_ROW (07, "Internal Check: Child in PrevPerm does not exist in Header.", "PrevPerm,Header", "CHILD"),
  INT_ROW (08, "Internal Check: Child in Reviews does not exist in Header.", "Reviews,Header", "CHILD"),
  INT_ROW (09, "Internal Check: Child in UASC does not exist in Header.", "UASC,Header", "CHILD"),
  INT_ROW (11, "Internal Check: DOB in AD1 is different to DOB in Header.", "AD1,Header", "DOB"),
  INT_ROW (12, "Internal Check: DOB in PlacedAdoption is different to DOB in Header.", "PlacedAdoption,Header", "DOB"),
  INT_ROW (13, "Internal Check: DOB in Missing is different to DOB in Header.", "Missing,Header", "DOB"),
  INT_ROW (14, "Internal Check: DOB in OC2 is different to DOB in Header.", "OC2,Header", "DOB"),
  INT_ROW (15, "Internal Check: DOB in OC3 is different to DOB in Header.", "OC3,Header", "DOB"),
  INT_ROW (16, "Internal Check: DOB in PrevPerm is different to DOB in Header.", "PrevPerm,Header", "DOB"),
  INT_ROW (17, "Internal Check: DOB in Reviews is different to DOB in Header.", "Reviews,Header", "DOB"),
  INT_ROW (18, "Internal Check: DOB in UASC is different to DOB in Header.", "UASC,Header", "DOB"),
  INT_ROW (21, "Internal Check: SEX in UASC is different to SEX in Header.", "UASC,Header", "SEX"),
  INT_ROW (31, "Internal Check: Child should only exist once in AD1.", "AD1", "CHILD"),
  INT_ROW (32, "Internal Check: Child should only exist once in Header.", "Header", "CHILD"),
  INT_ROW (33, "Internal Check: Child should only exist once in OC2.", "OC2", "CHILD"),
  INT_ROW (34, "Internal Check: Child should only exist once in OC3.", "OC3", "CHILD"),
  INT_ROW (35, "Internal Check: Child should only exist once in PrevPerm.", "PrevPerm", "CHILD"),
  INT_ROW (36, "Internal Check: Child should only exist once in UASC.", "UASC", "CHILD"),
  { "EPI", "WARNING: Episodes need to be loaded for this child before further validation is possible.",
    "Header,Episodes,OC3", "CHILD", 0, 0, 0, NULL, check_epi },
  { "NoE", "This child has no episodes loaded for previous year even though child started to be "
    "looked after before this current year.",
    "Episodes", "DECOM", 0, 0, VB_NEEDS_PREVIOUS, NULL, check_noe },
};
const guint vb_n_checks_int = G_N_ELEMENTS (vb_checks_int);
