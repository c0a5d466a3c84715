/* careplan-checks-100.c: SSDA903 validation checks, codes 100–199
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 * Each function reads the child's rows and flags what the DfE's rule
 * names; dates are compared as dates, ages by the corresponding-date rule
 * (cpv_age_on), and an unparseable date never passes for a valid one.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-validation-private.h"

#define RET (child->ret)
#define CELL(t, r, c) cpv_cell (RET, t, r, c)
#define DATE(t, r, c) cpv_date (RET, t, r, c)
#define BLANK(t, r, c) cpv_blank (RET, t, r, c)
#define IS(t, r, c, v) cpv_is (RET, t, r, c, v)
#define IN(t, r, c, l) cpv_cell_in (RET, t, r, c, l)

/* 101: SEX is M, F or U from 2024/25; 1 or 2 before. */
CPV_CODE_CHECK (check_101_old, CPV_HEADER, HD_SEX, "1 2", FALSE)
CPV_CODE_CHECK (check_101, CPV_HEADER, HD_SEX, "M F U", FALSE)

/* 102: Header DOB a valid date. */
CPV_DATE_CHECK (check_102, CPV_HEADER, HD_DOB, FALSE)

/* 103: ETHNIC a valid code (blank fails). */
CPV_CODE_CHECK (check_103, CPV_HEADER, HD_ETHNIC,
                "WBRI WIRI WOTH WIRT WROM MWBC MWBA MWAS MOTH AIND APKN ABAN AOTH "
                "BCRB BAFR BOTH CHNE OOTH REFU NOBT", FALSE)

/* 104: DUC, when given, a valid date not before the collection start. */
static void
check_104 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_UASC, r)
    if (cpv_bad_date (RET, CPV_UASC, r, UA_DUC) ||
        (!BLANK (CPV_UASC, r, UA_DUC) && DATE (CPV_UASC, r, UA_DUC) < cx->start))
      cpv_flag (cx, CPV_UASC, r);
}

CPV_DATE_CHECK (check_112, CPV_AD1, AD_DATE_INT, TRUE)
CPV_DATE_CHECK (check_113, CPV_AD1, AD_DATE_MATCH, TRUE)
CPV_CODE_CHECK (check_114, CPV_AD1, AD_FOSTER_CARE, "0 1", TRUE)
CPV_DATE_CHECK (check_115, CPV_PLACED_ADOPTION, PA_DATE_PLACED, TRUE)
CPV_DATE_CHECK (check_116, CPV_PLACED_ADOPTION, PA_DATE_PLACED_CEASED, TRUE)

static gboolean
rec_not_x1 (const CpvReturn *ret, guint row)
{
  return !cpv_is (ret, CPV_EPISODES, row, EP_REC, "X1");
}

static gboolean
ls_not_v3_v4 (const CpvReturn *ret, guint row)
{
  return !cpv_cell_in (ret, CPV_EPISODES, row, EP_LS, "V3 V4");
}

/* 117: DATE_PLACED and DATE_PLACED_CEASED not after the collection end,
 * nor after the DEC of the latest episode whose REC is not X1. */
static void
check_117 (const CpvContext *cx, const CpvChild *child)
{
  int ep = cpv_pick_episode (child, TRUE, rec_not_x1);
  CareplanDate dec;
  gboolean any = FALSE;

  if (ep < 0)
    return;
  dec = DATE (CPV_EPISODES, ep, EP_DEC);
  CPV_ROWS (child, CPV_PLACED_ADOPTION, r)
    {
      CareplanDate placed = DATE (CPV_PLACED_ADOPTION, r, PA_DATE_PLACED);
      CareplanDate ceased = DATE (CPV_PLACED_ADOPTION, r, PA_DATE_PLACED_CEASED);

      if ((placed != CAREPLAN_DATE_NONE && (placed > cx->end || (dec != CAREPLAN_DATE_NONE && placed > dec))) ||
          (ceased != CAREPLAN_DATE_NONE && (ceased > cx->end || (dec != CAREPLAN_DATE_NONE && ceased > dec))))
        {
          cpv_flag (cx, CPV_PLACED_ADOPTION, r);
          any = TRUE;
        }
    }
  if (any)
    cpv_flag (cx, CPV_EPISODES, (guint) ep);
}

/* 118: DATE_PLACED_CEASED not before the collection start nor before the
 * DECOM of the earliest episode whose LS is not V3 or V4. */
static void
check_118 (const CpvContext *cx, const CpvChild *child)
{
  int ep = cpv_pick_episode (child, FALSE, ls_not_v3_v4);
  CareplanDate decom;
  gboolean any = FALSE;

  if (ep < 0)
    return;
  decom = DATE (CPV_EPISODES, ep, EP_DECOM);
  CPV_ROWS (child, CPV_PLACED_ADOPTION, r)
    {
      CareplanDate ceased = DATE (CPV_PLACED_ADOPTION, r, PA_DATE_PLACED_CEASED);

      if (ceased != CAREPLAN_DATE_NONE && (ceased < decom || ceased < cx->start))
        {
          cpv_flag (cx, CPV_PLACED_ADOPTION, r);
          any = TRUE;
        }
    }
  if (any)
    cpv_flag (cx, CPV_EPISODES, (guint) ep);
}

/* 119: DATE_PLACED_CEASED and REASON_PLACED_CEASED both given or both blank. */
static void
check_119 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_PLACED_ADOPTION, r)
    if (BLANK (CPV_PLACED_ADOPTION, r, PA_DATE_PLACED_CEASED) !=
        BLANK (CPV_PLACED_ADOPTION, r, PA_REASON_PLACED_CEASED))
      cpv_flag (cx, CPV_PLACED_ADOPTION, r);
}

CPV_CODE_CHECK (check_120, CPV_PLACED_ADOPTION, PA_REASON_PLACED_CEASED, "RD1 RD2 RD3 RD4", TRUE)

#define ROW(code, message, fields, first, last, fn) \
  { code, message, fields, first, last, NULL, CAREPLAN_VALIDATION_STATUS_IMPLEMENTED, \
    CAREPLAN_VALIDATION_SEVERITY_ERROR, CPV_NEEDS_NOTHING, fn, NULL }

const CpvCheck cpv_checks_100[] = {
  ROW ("101", "Gender code is not valid.", "Header:SEX", 0, 2024, check_101_old),
  ROW ("101", "The child or young person’s reported sex is not valid.", "Header:SEX", 2025, 0, check_101),
  ROW ("102", "Date of birth is not a valid date.", "Header:DOB", 0, 0, check_102),
  ROW ("103", "The ethnicity code is either not valid or has not been entered.", "Header:ETHNIC", 0, 0, check_103),
  ROW ("104", "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date.",
       "UASC:DUC", 0, 0, check_104),
  ROW ("112", "Date should be placed for adoption is not a valid date.", "AD1:DATE_INT", 0, 0, check_112),
  ROW ("113", "Date matching child and adopter(s) is not a valid date.", "AD1:DATE_MATCH", 0, 0, check_113),
  ROW ("114", "Data entry to record the status of former carer(s) of an adopted child is invalid.",
       "AD1:FOSTER_CARE", 0, 0, check_114),
  ROW ("115", "Date of Local Authority's (LA) decision that a child should be placed for adoption is not a valid date.",
       "PlacedAdoption:DATE_PLACED", 0, 0, check_115),
  ROW ("116", "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date.",
       "PlacedAdoption:DATE_PLACED_CEASED", 0, 0, check_116),
  ROW ("117", "Date of decision that a child should/should no longer be placed for adoption is beyond the current "
       "collection year or after the child ceased to be looked after.",
       "PlacedAdoption:DATE_PLACED,DATE_PLACED_CEASED;Episodes:DEC,REC,DECOM", 0, 0, check_117),
  ROW ("118", "Date of decision that a child should no longer be placed for adoption is before the current "
       "collection year or before the date the child started to be looked after.",
       "PlacedAdoption:DATE_PLACED_CEASED;Episodes:DECOM,LS", 0, 0, check_118),
  ROW ("119", "If the decision is made that a child should no longer be placed for adoption, then the date of "
       "this decision and the reason why this decision was made must be completed.",
       "PlacedAdoption:REASON_PLACED_CEASED,DATE_PLACED_CEASED", 0, 0, check_119),
  ROW ("120", "The reason for the reversal of the decision that the child should be placed for adoption code is not valid.",
       "PlacedAdoption:REASON_PLACED_CEASED", 0, 0, check_120),
  { NULL }
};
