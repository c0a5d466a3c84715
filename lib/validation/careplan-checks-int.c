/* careplan-checks-int.c: the integrity checks INT01 to INT36 of the
 * SSDA903 return
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

#include "careplan-checks-b-private.h"

/* A row of @t whose child has no Header row. */
static void
not_in_header (VbCtx *x, CpvTable t)
{
  guint n, n_header;
  const guint *rows = vb_rows (x, VB_THIS, t, &n);

  if (!vb_has_table (x, VB_THIS, CPV_HEADER))
    return;

  vb_rows (x, VB_THIS, CPV_HEADER, &n_header);
  if (n_header > 0)
    return;
  for (guint i = 0; i < n; i++)
    vb_flag (x, t, rows[i]);
}

/* A row of @t whose DOB (a date) differs from the child's Header DOB. */
static void
dob_differs (VbCtx *x, CpvTable t)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, t, &n);
  CareplanDate dob;

  if (n == 0 || (dob = vb_header_dob (x, VB_THIS)) == CAREPLAN_DATE_NONE)
    return;
  for (guint i = 0; i < n; i++)
    {
      CareplanDate d = vb_date (x, VB_THIS, t, rows[i], t == CPV_UASC ? UA_DOB : 1);

      if (d != CAREPLAN_DATE_NONE && d != dob)
        vb_flag (x, t, rows[i]);
    }
}

/* Every row of a child who has more than one row in @t. */
static void
more_than_once (VbCtx *x, CpvTable t)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, t, &n);

  if (n > 1)
    for (guint i = 0; i < n; i++)
      vb_flag (x, t, rows[i]);
}

#define NOT_IN_HEADER(n, T) static void check_int##n (VbCtx *x) { not_in_header (x, CPV_##T); }
#define DOB_DIFFERS(n, T) static void check_int##n (VbCtx *x) { dob_differs (x, CPV_##T); }
#define ONCE(n, T) static void check_int##n (VbCtx *x) { more_than_once (x, CPV_##T); }

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
  guint n, n_header;
  const guint *rows = vb_rows (x, VB_THIS, CPV_UASC, &n);
  const guint *header = vb_rows (x, VB_THIS, CPV_HEADER, &n_header);

  for (guint i = 0; i < n; i++)
    {
      const char *sex = vb_cell (x, VB_THIS, CPV_UASC, rows[i], UA_SEX);

      if (sex == NULL)
        continue;
      for (guint h = 0; h < n_header; h++)
        {
          const char *hsex = vb_cell (x, VB_THIS, CPV_HEADER, header[h], HD_SEX);

          if (hsex != NULL && strcmp (hsex, sex) != 0)
            {
              vb_flag (x, CPV_UASC, rows[i]);
              break;
            }
        }
    }
}

VB_CHECK (check_int01)
VB_CHECK (check_int02)
VB_CHECK (check_int03)
VB_CHECK (check_int04)
VB_CHECK (check_int05)
VB_CHECK (check_int06)
VB_CHECK (check_int07)
VB_CHECK (check_int08)
VB_CHECK (check_int09)
VB_CHECK (check_int11)
VB_CHECK (check_int12)
VB_CHECK (check_int13)
VB_CHECK (check_int14)
VB_CHECK (check_int15)
VB_CHECK (check_int16)
VB_CHECK (check_int17)
VB_CHECK (check_int18)
VB_CHECK (check_int21)
VB_CHECK (check_int31)
VB_CHECK (check_int32)
VB_CHECK (check_int33)
VB_CHECK (check_int34)
VB_CHECK (check_int35)
VB_CHECK (check_int36)

const CpvCheck cpv_checks_int[] = {
  VB_ROW ("INT01",
          "Data Integrity Check: Child in AD1 does not exist in Header.",
          "AD1:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int01),
  VB_ROW ("INT02",
          "Internal Check: Child in PlacedAdoption does not exist in Header.",
          "PlacedAdoption:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int02),
  VB_ROW ("INT03",
          "Internal Check: Child in Episodes does not exist in Header.",
          "Episodes:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int03),
  VB_ROW ("INT04",
          "Internal Check: Child in Missing does not exist in Header.",
          "Missing:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int04),
  VB_ROW ("INT05",
          "Internal Check: Child in OC2 does not exist in Header.",
          "OC2:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int05),
  VB_ROW ("INT06",
          "Internal Check: Child in OC3 does not exist in Header.",
          "OC3:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int06),
  VB_ROW ("INT07",
          "Internal Check: Child in PrevPerm does not exist in Header.",
          "PrevPerm:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int07),
  VB_ROW ("INT08",
          "Internal Check: Child in Reviews does not exist in Header.",
          "Reviews:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int08),
  VB_ROW ("INT09",
          "Internal Check: Child in UASC does not exist in Header.",
          "UASC:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int09),
  VB_ROW ("INT11",
          "Internal Check: DOB in AD1 is different to DOB in Header.",
          "AD1:DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int11),
  VB_ROW ("INT12",
          "Internal Check: DOB in PlacedAdoption is different to DOB in Header.",
          "PlacedAdoption:DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int12),
  VB_ROW ("INT13",
          "Internal Check: DOB in Missing is different to DOB in Header.",
          "Missing:DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int13),
  VB_ROW ("INT14",
          "Internal Check: DOB in OC2 is different to DOB in Header.",
          "OC2:DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int14),
  VB_ROW ("INT15",
          "Internal Check: DOB in OC3 is different to DOB in Header.",
          "OC3:DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int15),
  VB_ROW ("INT16",
          "Internal Check: DOB in PrevPerm is different to DOB in Header.",
          "PrevPerm:DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int16),
  VB_ROW ("INT17",
          "Internal Check: DOB in Reviews is different to DOB in Header.",
          "Reviews:DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int17),
  VB_ROW ("INT18",
          "Internal Check: DOB in UASC is different to DOB in Header.",
          "UASC:DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int18),
  VB_ROW ("INT21",
          "Internal Check: SEX in UASC is different to SEX in Header.",
          "UASC:SEX", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int21),
  VB_ROW ("INT31",
          "Internal Check: Child should only exist once in AD1.",
          "AD1:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int31),
  VB_ROW ("INT32",
          "Internal Check: Child should only exist once in Header.",
          "Header:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int32),
  VB_ROW ("INT33",
          "Internal Check: Child should only exist once in OC2.",
          "OC2:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int33),
  VB_ROW ("INT34",
          "Internal Check: Child should only exist once in OC3.",
          "OC3:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int34),
  VB_ROW ("INT35",
          "Internal Check: Child should only exist once in PrevPerm.",
          "PrevPerm:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int35),
  VB_ROW ("INT36",
          "Internal Check: Child should only exist once in UASC.",
          "UASC:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_int36),
  { NULL }
};
