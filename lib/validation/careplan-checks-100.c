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

#include <stdlib.h>

#include "careplan-ssda903-private.h"
#include "careplan-validation-private.h"
#include "careplan-checks-private.h"


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

CPV_CODE_CHECK (check_131, CPV_OC3, O3_IN_TOUCH, "YES NO DIED REFU NREQ RHOM", FALSE)
CPV_CODE_CHECK (check_132, CPV_OC3, O3_ACTIV, "F1 P1 F2 P2 F4 P4 F5 P5 G4 G5 G6 0", FALSE)
CPV_CODE_CHECK (check_133, CPV_OC3, O3_ACCOM,
                "B1 B2 C1 C2 D1 D2 E1 E2 G1 G2 H1 H2 K1 K2 R1 R2 S2 T1 T2 U1 U2 V1 V2 W1 W2 "
                "X2 Y1 Y2 Z1 Z2 0", FALSE)

/* 134: a child with OC3 data has no adoption data. */
static void
check_134 (const CpvContext *cx, const CpvChild *child)
{
  gboolean oc3 = FALSE;

  CPV_ROWS (child, CPV_OC3, r)
    oc3 |= cpv_any_given (RET, CPV_OC3, r, O3_IN_TOUCH, O3_ACCOM);
  if (!oc3)
    return;
  CPV_ROWS (child, CPV_AD1, r)
    if (cpv_any_given (RET, CPV_AD1, r, AD_DATE_INT, AD_LS_ADOPTR))
      cpv_flag (cx, CPV_AD1, r);
}

CPV_DATE_CHECK (check_141, CPV_EPISODES, EP_DECOM, TRUE)

/* 142: every episode but the child's latest (by DECOM) has ended: DEC and
 * REC given. */
static void
check_142 (const CpvContext *cx, const CpvChild *child)
{
  int last = -1;
  CareplanDate last_date = CAREPLAN_DATE_NONE;

  /* The latest episode (by DECOM, then cpv_compare_episodes()). */
  (void) last_date;
  last = cpv_pick_episode (child, TRUE, NULL);
  CPV_ROWS (child, CPV_EPISODES, r)
    if ((int) r != last && DATE (CPV_EPISODES, r, EP_DECOM) != CAREPLAN_DATE_NONE &&
        !BLANK (CPV_EPISODES, r, EP_CHILD) &&
        (DATE (CPV_EPISODES, r, EP_DEC) == CAREPLAN_DATE_NONE || BLANK (CPV_EPISODES, r, EP_REC)))
      cpv_flag (cx, CPV_EPISODES, r);
}

CPV_CODE_CHECK (check_143, CPV_EPISODES, EP_RNE, "S P L T U B", TRUE)
CPV_CODE_CHECK (check_144, CPV_EPISODES, EP_LS, "C1 C2 D1 E1 V2 V3 V4 J1 J2 J3 L1 L2 L3", TRUE)
CPV_CODE_CHECK (check_145, CPV_EPISODES, EP_CIN, "N1 N2 N3 N4 N5 N6 N7 N8", TRUE)
/* 146: PLACE in the collection year's code list (K3 from 2024/25; H5 and
 * P2 withdrawn and Z1 split into Z11–Z14 in 2025/26), the lists careplan's
 * SSDA903 reader uses. */
static void
check_146 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (!BLANK (CPV_EPISODES, r, EP_PLACE) &&
        !careplan_ssda903_code_is_valid (CAREPLAN_SSDA903_CODES_PLACE, CELL (CPV_EPISODES, r, EP_PLACE), cx->year))
      cpv_flag (cx, CPV_EPISODES, r);
}
CPV_DATE_CHECK (check_147, CPV_EPISODES, EP_DEC, TRUE)

static void
check_148 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (BLANK (CPV_EPISODES, r, EP_DEC) != BLANK (CPV_EPISODES, r, EP_REC))
      cpv_flag (cx, CPV_EPISODES, r);
}

CPV_CODE_CHECK (check_149, CPV_EPISODES, EP_REC,
                "E11 E12 E2 E3 E4A E4B E13 E41 E45 E46 E47 E48 E5 E6 E7 E8 E9 E14 E15 E16 E17 X1", TRUE)

/* 151: AD1 items all given or all blank. */
static void
check_151 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_AD1, r)
    if (cpv_any_given (RET, CPV_AD1, r, AD_DATE_INT, AD_LS_ADOPTR) &&
        !cpv_all_given (RET, CPV_AD1, r, AD_DATE_INT, AD_LS_ADOPTR))
      cpv_flag (cx, CPV_AD1, r);
}

/* 153: OC3 items all given or all blank. */
static void
check_153 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC3, r)
    if (cpv_any_given (RET, CPV_OC3, r, O3_IN_TOUCH, O3_ACCOM) &&
        !cpv_all_given (RET, CPV_OC3, r, O3_IN_TOUCH, O3_ACCOM))
      cpv_flag (cx, CPV_OC3, r);
}

/* 157: looked after continuously, aged 4 or over on 1 April and not yet
 * 16 before 31 March (the 16th birthday on or after it), no SDQ score, and
 * SDQ1 given as the reason. */
static void
check_157 (const CpvContext *cx, const CpvChild *child)
{
  if (child->t[CPV_OC2].n == 0 || !cpv_continuously_looked_after (cx, child))
    return;
  CPV_ROWS (child, CPV_OC2, r)
    {
      CareplanDate dob = DATE (CPV_OC2, r, O2_DOB);
      if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 4) <= cx->start &&
          cpv_birthday (dob, 16) >= cx->end && BLANK (CPV_OC2, r, O2_SDQ_SCORE) &&
          IS (CPV_OC2, r, O2_SDQ_REASON, "SDQ1"))
        cpv_flag (cx, CPV_OC2, r);
    }
}

static void
check_158 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    if (IS (CPV_OC2, r, O2_INTERVENTION_RECEIVED, "1") && !BLANK (CPV_OC2, r, O2_INTERVENTION_OFFERED))
      cpv_flag (cx, CPV_OC2, r);
}

static void
check_159 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    if (IS (CPV_OC2, r, O2_SUBSTANCE_MISUSE, "1") && IS (CPV_OC2, r, O2_INTERVENTION_RECEIVED, "0") &&
        BLANK (CPV_OC2, r, O2_INTERVENTION_OFFERED))
      cpv_flag (cx, CPV_OC2, r);
}

/* 165: MOTHER is 0 or 1 when given; a boy has none; a girl looked after
 * during the year (an episode other than a short break open in it) has
 * one; a girl not looked after during the year with OC3 data has none.
 * The sexes are the codes of the collection year (M and F from 2024/25; 1
 * and 2 before): the open validator still tests 1 and 2, so it never
 * finds a girl in 2025/26 (docs/ssda903-validation.md). */
static void
check_165 (const CpvContext *cx, const CpvChild *child)
{
  gboolean any_episode = FALSE, in_year = FALSE, oc3 = FALSE;
  /* Both spellings in every year: "1" and "2" are the codes before
   * 2024/25 and still mean male and female when a later return uses them
   * (check 101 flags them as invalid codes). */
  const char *male = "M 1";
  const char *female = "F 2";

  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      CareplanDate dec = DATE (CPV_EPISODES, r, EP_DEC);

      if (IN (CPV_EPISODES, r, EP_LS, "V3 V4"))
        continue;
      any_episode = TRUE;
      if (BLANK (CPV_EPISODES, r, EP_DEC))
        dec = cx->end;
      if (dec != CAREPLAN_DATE_NONE && decom != CAREPLAN_DATE_NONE && dec >= cx->start && decom <= cx->end)
        in_year = TRUE;
    }
  if (!any_episode)
    return;
  CPV_ROWS (child, CPV_OC3, r)
    oc3 |= cpv_any_given (RET, CPV_OC3, r, O3_IN_TOUCH, O3_ACCOM);

  CPV_ROWS (child, CPV_HEADER, r)
    {
      gboolean has_mother = !BLANK (CPV_HEADER, r, HD_MOTHER);
      gboolean is_female = IN (CPV_HEADER, r, HD_SEX, female);

      if ((has_mother && !IN (CPV_HEADER, r, HD_MOTHER, "0 1")) ||
          (has_mother && IN (CPV_HEADER, r, HD_SEX, male)) ||
          (!has_mother && is_female && in_year) ||
          (has_mother && is_female && !in_year && oc3))
        {
          cpv_flag (cx, CPV_HEADER, r);
          CPV_ROWS (child, CPV_OC3, o)
            cpv_flag (cx, CPV_OC3, o);
        }
    }
}

CPV_DATE_CHECK (check_166, CPV_REVIEWS, RV_REVIEW, FALSE)

static void
check_167 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_REVIEWS, r)
    {
      gboolean review = !BLANK (CPV_REVIEWS, r, RV_REVIEW);
      gboolean ok = (review && IN (CPV_REVIEWS, r, RV_REVIEW_CODE, "PN0 PN1 PN2 PN3 PN4 PN5 PN6 PN7")) ||
                    (!review && BLANK (CPV_REVIEWS, r, RV_REVIEW_CODE));
      if (!ok)
        cpv_flag (cx, CPV_REVIEWS, r);
    }
}

/* A UPN: a letter other than I, O or S, then 12 digits or 11 digits and a
 * letter; or UN1 to UN5. */
static gboolean
upn_ok (const char *upn)
{
  gsize len = strlen (upn);

  if (len == 3 && strncmp (upn, "UN", 2) == 0 && upn[2] >= '1' && upn[2] <= '5')
    return TRUE;
  if (len != 13 || upn[0] < 'A' || upn[0] > 'Z' || upn[0] == 'I' || upn[0] == 'O' || upn[0] == 'S')
    return FALSE;
  for (int i = 1; i < 12; i++)
    if (!g_ascii_isdigit (upn[i]))
      return FALSE;
  return g_ascii_isdigit (upn[12]) || (upn[12] >= 'A' && upn[12] <= 'Z');
}

static void
check_168 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_HEADER, r)
    if (!BLANK (CPV_HEADER, r, HD_UPN) && !upn_ok (CELL (CPV_HEADER, r, HD_UPN)))
      cpv_flag (cx, CPV_HEADER, r);
}

CPV_DATE_CHECK (check_171, CPV_HEADER, HD_MC_DOB, TRUE)

static void
check_174 (const CpvContext *cx, const CpvChild *child)
{
  const char *male = cx->year >= 2025 ? "M" : "1";

  CPV_ROWS (child, CPV_HEADER, r)
    if (IS (CPV_HEADER, r, HD_SEX, male) && !BLANK (CPV_HEADER, r, HD_MC_DOB))
      cpv_flag (cx, CPV_HEADER, r);
}

CPV_CODE_CHECK (check_175, CPV_AD1, AD_NB_ADOPTR, "1 2", TRUE)
CPV_CODE_CHECK (check_176, CPV_AD1, AD_SEX_ADOPTR, "M1 F1 MM FF MF", TRUE)
CPV_CODE_CHECK (check_177, CPV_AD1, AD_LS_ADOPTR, "L0 L11 L12 L2 L3 L4", TRUE)

/* 178: PLACE_PROVIDER, when given, is PR0–PR5, and is not given for a
 * placement with no provider (T0–T4 and Z1 before 2025/26; T0–T3 and Z11–Z14 from then). */
static void
check_178 (const CpvContext *cx, const CpvChild *child)
{
  const char *no_provider = cx->year >= 2026 ? "T0 T1 T2 T3 Z11 Z12 Z13 Z14" : "T0 T1 T2 T3 T4 Z1";

  CPV_ROWS (child, CPV_EPISODES, r)
    if (!BLANK (CPV_EPISODES, r, EP_PLACE_PROVIDER) &&
        (!IN (CPV_EPISODES, r, EP_PLACE_PROVIDER, "PR0 PR1 PR2 PR3 PR4 PR5") ||
         IN (CPV_EPISODES, r, EP_PLACE, no_provider)))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* An SDQ score: a whole number 0 to 40. */
static gboolean
score_ok (const char *text)
{
  gsize len = strlen (text);

  if (len == 0 || len > 2 || !g_ascii_isdigit (text[0]) || (len == 2 && !g_ascii_isdigit (text[1])))
    return FALSE;
  return atoi (text) <= 40;
}

static void
check_180 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    if (!BLANK (CPV_OC2, r, O2_SDQ_SCORE) && !score_ok (CELL (CPV_OC2, r, O2_SDQ_SCORE)))
      cpv_flag (cx, CPV_OC2, r);
}

static void
check_181 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    for (guint c = O2_CONVICTED; c <= O2_INTERVENTION_OFFERED; c++)
      if (!BLANK (CPV_OC2, r, c) && !IN (CPV_OC2, r, c, "0 1"))
        {
          cpv_flag (cx, CPV_OC2, r);
          break;
        }
}

static void
check_182 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    {
      gboolean some_blank = BLANK (CPV_OC2, r, O2_IMMUNISATIONS) || BLANK (CPV_OC2, r, O2_TEETH_CHECK) ||
                            BLANK (CPV_OC2, r, O2_HEALTH_ASSESSMENT) || BLANK (CPV_OC2, r, O2_SUBSTANCE_MISUSE);
      gboolean others = !BLANK (CPV_OC2, r, O2_CONVICTED) || !BLANK (CPV_OC2, r, O2_HEALTH_CHECK) ||
                        !BLANK (CPV_OC2, r, O2_INTERVENTION_RECEIVED) ||
                        !BLANK (CPV_OC2, r, O2_INTERVENTION_OFFERED);
      if (some_blank && others)
        cpv_flag (cx, CPV_OC2, r);
    }
}

/* 184: DATE_PLACED not before the date of birth (of any Header row). */
static void
check_184 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_PLACED_ADOPTION, r)
    {
      CareplanDate placed = DATE (CPV_PLACED_ADOPTION, r, PA_DATE_PLACED);
      if (placed == CAREPLAN_DATE_NONE)
        continue;
      CPV_ROWS (child, CPV_HEADER, h)
        {
          CareplanDate dob = DATE (CPV_HEADER, h, HD_DOB);
          if (dob != CAREPLAN_DATE_NONE && placed < dob)
            {
              cpv_flag (cx, CPV_PLACED_ADOPTION, r);
              break;
            }
        }
    }
}

static void
check_185 (const CpvContext *cx, const CpvChild *child)
{
  gboolean cla;

  if (child->t[CPV_OC2].n == 0)
    return;
  cla = cpv_continuously_looked_after (cx, child);
  CPV_ROWS (child, CPV_OC2, r)
    if (!BLANK (CPV_OC2, r, O2_SDQ_SCORE) && !cla)
      cpv_flag (cx, CPV_OC2, r);
}

/* 186: aged 4 or over on 1 April, under 17 on 31 March, looked after
 * continuously: an SDQ score or a reason for none. */
static void
check_186 (const CpvContext *cx, const CpvChild *child)
{
  if (child->t[CPV_OC2].n == 0 || !cpv_continuously_looked_after (cx, child))
    return;
  CPV_ROWS (child, CPV_OC2, r)
    {
      CareplanDate dob = DATE (CPV_OC2, r, O2_DOB);
      if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 4) <= cx->start &&
          cpv_birthday (dob, 17) > cx->end &&
          BLANK (CPV_OC2, r, O2_SDQ_SCORE) && BLANK (CPV_OC2, r, O2_SDQ_REASON))
        cpv_flag (cx, CPV_OC2, r);
    }
}

static void
check_187 (const CpvContext *cx, const CpvChild *child)
{
  if (child->t[CPV_OC3].n + child->t[CPV_AD1].n == 0 || !cpv_continuously_looked_after (cx, child))
    return;
  CPV_ROWS (child, CPV_OC3, r)
    if (cpv_any_given (RET, CPV_OC3, r, O3_IN_TOUCH, O3_ACCOM))
      cpv_flag (cx, CPV_OC3, r);
  CPV_ROWS (child, CPV_AD1, r)
    if (cpv_any_given (RET, CPV_AD1, r, AD_DATE_INT, AD_LS_ADOPTR))
      cpv_flag (cx, CPV_AD1, r);
}

/* 188: under 4 on 31 March (the 4th birthday after it), but an SDQ score
 * or reason given. */
static void
check_188 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    {
      CareplanDate dob = DATE (CPV_OC2, r, O2_DOB);
      if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 4) > cx->end &&
          (!BLANK (CPV_OC2, r, O2_SDQ_SCORE) || !BLANK (CPV_OC2, r, O2_SDQ_REASON)))
        cpv_flag (cx, CPV_OC2, r);
    }
}

/* 189: 17 or over at the start of the year (the 17th birthday before
 * 1 April), but an SDQ score or reason given. */
static void
check_189 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    {
      CareplanDate dob = DATE (CPV_OC2, r, O2_DOB);
      if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 17) < cx->start &&
          (!BLANK (CPV_OC2, r, O2_SDQ_SCORE) || !BLANK (CPV_OC2, r, O2_SDQ_REASON)))
        cpv_flag (cx, CPV_OC2, r);
    }
}


/* 190: not looked after continuously, but OC2 health items given. */
static void
check_190 (const CpvContext *cx, const CpvChild *child)
{
  if (child->t[CPV_OC2].n == 0 || cpv_continuously_looked_after (cx, child))
    return;
  CPV_ROWS (child, CPV_OC2, r)
    if (cpv_any_given (RET, CPV_OC2, r, O2_CONVICTED, O2_INTERVENTION_OFFERED))
      cpv_flag (cx, CPV_OC2, r);
}

/* 191: looked after continuously, but an OC2 item blank (the OC2 row),
 * or no OC2 row at all (the child's first episode). */
static void
check_191 (const CpvContext *cx, const CpvChild *child)
{
  int first;

  if (child->t[CPV_EPISODES].n == 0 || !cpv_continuously_looked_after (cx, child))
    return;
  CPV_ROWS (child, CPV_OC2, r)
    if (BLANK (CPV_OC2, r, O2_IMMUNISATIONS) || BLANK (CPV_OC2, r, O2_TEETH_CHECK) ||
        BLANK (CPV_OC2, r, O2_HEALTH_ASSESSMENT) || BLANK (CPV_OC2, r, O2_SUBSTANCE_MISUSE))
      cpv_flag (cx, CPV_OC2, r);
  first = cpv_pick_episode (child, FALSE, NULL);
  if (child->t[CPV_OC2].n == 0 && first >= 0)
    cpv_flag (cx, CPV_EPISODES, (guint) first);
}

static void
check_192 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    if (IS (CPV_OC2, r, O2_SUBSTANCE_MISUSE, "1") && BLANK (CPV_OC2, r, O2_INTERVENTION_RECEIVED))
      cpv_flag (cx, CPV_OC2, r);
}

static void
check_193 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    if ((BLANK (CPV_OC2, r, O2_SUBSTANCE_MISUSE) || IS (CPV_OC2, r, O2_SUBSTANCE_MISUSE, "0")) &&
        (!BLANK (CPV_OC2, r, O2_INTERVENTION_RECEIVED) || !BLANK (CPV_OC2, r, O2_INTERVENTION_OFFERED)))
      cpv_flag (cx, CPV_OC2, r);
}

CPV_CODE_CHECK (check_196, CPV_OC2, O2_SDQ_REASON, "SDQ1 SDQ2 SDQ3 SDQ4 SDQ5", TRUE)

/* 197B: turned 4 or 17 during the year, looked after continuously, and
 * neither an SDQ score nor a reason. */
static void
check_197B (const CpvContext *cx, const CpvChild *child)
{
  if (child->t[CPV_OC2].n == 0 || !cpv_continuously_looked_after (cx, child))
    return;
  CPV_ROWS (child, CPV_OC2, r)
    {
      CareplanDate dob = DATE (CPV_OC2, r, O2_DOB);
      CareplanDate b4, b17;

      if (dob == CAREPLAN_DATE_NONE)
        continue;
      b4 = cpv_birthday (dob, 4);
      b17 = cpv_birthday (dob, 17);
      if (((b4 >= cx->start && b4 <= cx->end) || (b17 >= cx->start && b17 <= cx->end)) &&
          BLANK (CPV_OC2, r, O2_SDQ_SCORE) && BLANK (CPV_OC2, r, O2_SDQ_REASON))
        cpv_flag (cx, CPV_OC2, r);
    }
}

static void
check_197a (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC2, r)
    if (!BLANK (CPV_OC2, r, O2_SDQ_SCORE) && !BLANK (CPV_OC2, r, O2_SDQ_REASON))
      cpv_flag (cx, CPV_OC2, r);
}

static void
check_198 (const CpvContext *cx, const CpvChild *child)
{
  gboolean cla;

  if (child->t[CPV_OC2].n == 0)
    return;
  cla = cpv_continuously_looked_after (cx, child);
  CPV_ROWS (child, CPV_OC2, r)
    if (!BLANK (CPV_OC2, r, O2_SDQ_REASON) && !cla)
      cpv_flag (cx, CPV_OC2, r);
}

/* 199: an episode after the child's first adoption (REC E11 or E12),
 * counting last year's episodes when the previous return is given. */
static void
check_199 (const CpvContext *cx, const CpvChild *child)
{
  CareplanDate first_adoption = CAREPLAN_DATE_NONE;
  int first_row = -1;
  gboolean first_in_prev = FALSE;

  /* The earliest adoption ending, by DECOM (file order, last year first, on a tie). */
  CPV_PREV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate d = cpv_date (child->prev, CPV_EPISODES, r, EP_DECOM);
      if (d != CAREPLAN_DATE_NONE && cpv_cell_in (child->prev, CPV_EPISODES, r, EP_REC, "E11 E12") &&
          (first_adoption == CAREPLAN_DATE_NONE || d < first_adoption))
        {
          first_adoption = d;
          first_in_prev = TRUE;
        }
    }
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate d = DATE (CPV_EPISODES, r, EP_DECOM);
      if (d != CAREPLAN_DATE_NONE && IN (CPV_EPISODES, r, EP_REC, "E11 E12") &&
          (first_adoption == CAREPLAN_DATE_NONE || d < first_adoption))
        {
          first_adoption = d;
          first_row = (int) r;
          first_in_prev = FALSE;
        }
    }
  if (first_adoption == CAREPLAN_DATE_NONE)
    return;
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate d = DATE (CPV_EPISODES, r, EP_DECOM);
      if (d == CAREPLAN_DATE_NONE || (!first_in_prev && (int) r == first_row))
        continue;
      if (d > first_adoption || (d == first_adoption && (first_in_prev || (int) r > first_row)))
        cpv_flag (cx, CPV_EPISODES, r);
    }
}


/* 164: the distance, when it can be worked out, is 0 to 999.9 miles
 * (unaccompanied asylum-seeking children have none). */
static void
check_164 (const CpvContext *cx, const CpvChild *child)
{
  if (is_uasc (child))
    return;
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      double miles;
      if (distance (cx, RET, r, &miles) && (miles < 0.0 || miles > 999.9))
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* 169, 179: an episode other than a short break has a placement
 * postcode the directory places in an authority (PL_LA, PL_LOCATION). */
static void
check_169 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (!IN (CPV_EPISODES, r, EP_LS, "V3 V4") && placement_la (cx, CELL (CPV_EPISODES, r, EP_PL_POST)) == NULL)
      cpv_flag (cx, CPV_EPISODES, r);
}

static void
check_179 (const CpvContext *cx, const CpvChild *child)
{
  check_169 (cx, child);
}

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
  ROW ("131", "Data entry for being in touch after leaving care is invalid.", "OC3:IN_TOUCH", 0, 0, check_131),
  ROW ("132", "Data entry for activity after leaving care is invalid.", "OC3:ACTIV", 0, 0, check_132),
  ROW ("133", "Data entry for accommodation after leaving care is invalid. If reporting on a childs accommodation "
       "after leaving care the data entry must be valid", "OC3:ACCOM", 0, 0, check_133),
  ROW ("134", "Data on adoption should not be entered for the OC3 cohort.",
       "AD1:DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR;OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, check_134),
  ROW ("141", "Date episode began is not a valid date.", "Episodes:DECOM", 0, 0, check_141),
  ROW ("142", "A new episode has started, but the previous episode has not ended.", "Episodes:DEC,REC", 0, 0, check_142),
  ROW ("143", "The reason for new episode code is not a valid code.", "Episodes:RNE", 0, 0, check_143),
  ROW ("144", "The legal status code is not a valid code.", "Episodes:LS", 0, 0, check_144),
  ROW ("145", "Category of need code is not a valid code.", "Episodes:CIN", 0, 0, check_145),
  ROW ("146", "Placement type code is not a valid code.", "Episodes:PLACE", 0, 0, check_146),
  ROW ("147", "Date episode ceased is not a valid date.", "Episodes:DEC", 0, 0, check_147),
  ROW ("148", "Date episode ceased and reason episode ceased must both be coded, or both left blank.",
       "Episodes:DEC,REC", 0, 0, check_148),
  ROW ("149", "Reason episode ceased code is not valid. ", "Episodes:REC", 0, 0, check_149),
  ROW ("151", "All data items relating to a childs adoption must be coded or left blank.",
       "AD1:DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", 0, 0, check_151),
  ROW ("153", "All data items relating to a child's activity or accommodation after leaving care must be coded or left blank.",
       "OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, check_153),
  ROW ("157", "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the "
       "year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no "
       "Strengths and Difficulties Questionnaire (SDQ) score.", "OC2:SDQ_REASON,DOB", 0, 0, check_157),
  ROW ("158", "If a child has been recorded as receiving an intervention for their substance misuse problem, then "
       "the additional item on whether an intervention was offered should be left blank.",
       "OC2:INTERVENTION_RECEIVED,INTERVENTION_OFFERED", 0, 0, check_158),
  ROW ("159", "If a child has been recorded as not receiving an intervention for their substance misuse problem, "
       "then the additional item on whether an intervention was offered should be completed as well.",
       "OC2:SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", 0, 0, check_159),
  { "165", "Data entry for mother status is invalid.", "Header:MOTHER,SEX;OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, NULL,
    CAREPLAN_VALIDATION_STATUS_DIFFERS_FROM_PEER, CAREPLAN_VALIDATION_SEVERITY_ERROR, CPV_NEEDS_NOTHING, check_165, NULL },
  ROW ("166", "Date of review is invalid or blank.", "Reviews:REVIEW", 0, 0, check_166),
  ROW ("167", "Data entry for participation is invalid or blank.", "Reviews:REVIEW,REVIEW_CODE", 0, 0, check_167),
  ROW ("168", "Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.",
       "Header:UPN", 0, 0, check_168),
  ROW ("171", "Date of birth of mother's child is not a valid date.", "Header:MC_DOB", 0, 0, check_171),
  ROW ("174", "Mother's child date of birth is recorded but sex shows that the child is a male.",
       "Header:SEX,MC_DOB", 0, 0, check_174),
  ROW ("175", "The number of adopter(s) code is not a valid code.", "AD1:NB_ADOPTR", 0, 0, check_175),
  ROW ("176", "The gender of adopter(s) at the date of adoption code is not a valid code.", "AD1:SEX_ADOPTR", 0, 0, check_176),
  ROW ("177", "The legal status of adopter(s) code is not a valid code.", "AD1:LS_ADOPTR", 0, 0, check_177),
  ROW ("178", "Placement provider code is not a valid code.", "Episodes:PLACE_PROVIDER,PLACE", 0, 0, check_178),
  ROW ("180", "Data entry for the strengths and difficulties questionnaire (SDQ) score is invalid.",
       "OC2:SDQ_SCORE", 0, 0, check_180),
  ROW ("181", "Data items relating to children looked after continuously for 12 months should be completed with a 0 or 1.",
       "OC2:CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,"
       "INTERVENTION_RECEIVED,INTERVENTION_OFFERED", 0, 0, check_181),
  ROW ("182", "Data entries on immunisations, teeth checks, health assessments and substance misuse problem "
       "identified should be completed or all OC2 fields should be left blank.",
       "OC2:IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,CONVICTED,HEALTH_CHECK,"
       "INTERVENTION_RECEIVED,INTERVENTION_OFFERED", 0, 0, check_182),
  ROW ("184", "Date of decision that a child should be placed for adoption is before the child was born.",
       "PlacedAdoption:DATE_PLACED;Header:DOB", 0, 0, check_184),
  ROW ("185", "Child has not been looked after continuously for at least 12 months at 31 March but a Strengths "
       "and Difficulties (SDQ) score has been completed.", "OC2:SDQ_SCORE", 0, 0, check_185),
  ROW ("186", "Children aged 4 or over at the start of the year and children aged under 17 at the end of the year "
       "and who have been looked after for at least 12 months continuously should have a Strengths and "
       "Difficulties (SDQ) score completed.", "OC2:SDQ_SCORE,SDQ_REASON,DOB", 0, 0, check_186),
  ROW ("187", "Child cannot be looked after continuously for 12 months at 31 March (OC2) and have any of adoption "
       "or care leavers returns completed.",
       "AD1:DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR;OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, check_187),
  ROW ("188", "Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or "
       "a reason for no SDQ score has been completed. ", "OC2:SDQ_SCORE,SDQ_REASON,DOB", 0, 0, check_188),
  ROW ("189", "Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties "
       "(SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.",
       "OC2:SDQ_SCORE,SDQ_REASON,DOB", 0, 0, check_189),
  ROW ("190", "Child has not been looked after continuously for at least 12 months at 31 March but one or more "
       "data items relating to children looked after for 12 months have been completed.",
       "OC2:CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,"
       "INTERVENTION_RECEIVED,INTERVENTION_OFFERED", 0, 0, check_190),
  ROW ("191", "Child has been looked after continuously for at least 12 months at 31 March but one or more "
       "data items relating to children looked after for 12 months have been left blank.",
       "OC2:IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE;Episodes:CHILD", 0, 0, check_191),
  ROW ("192", "Child has been identified as having a substance misuse problem but the additional item on whether "
       "an intervention was received has been left blank.", "OC2:SUBSTANCE_MISUSE,INTERVENTION_RECEIVED", 0, 0, check_192),
  ROW ("193", "Child not identified as having a substance misuse problem but at least one of the two additional "
       "items on whether an intervention were offered and received have been completed.",
       "OC2:SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", 0, 0, check_193),
  ROW ("196", "Strengths and Difficulties (SDQ) reason is not a valid code.", "OC2:SDQ_REASON", 0, 0, check_196),
  ROW ("197B", "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.",
       "OC2:SDQ_SCORE,SDQ_REASON,DOB", 0, 0, check_197B),
  ROW ("197a", "Reason for no Strengths and Difficulties (SDQ) score is not required if Strengths and "
       "Difficulties Questionnaire score is filled in.", "OC2:SDQ_SCORE,SDQ_REASON", 0, 0, check_197a),
  ROW ("198", "Child has not been looked after continuously for at least 12 months at 31 March but a reason "
       "for no Strengths and Difficulties (SDQ) score has been completed. ", "OC2:SDQ_REASON", 0, 0, check_198),
  ROW ("199", "Episode information shows child has been previously adopted from care. "
       "[NOTE: This only tests the current and previous year data loaded into the tool]",
       "Episodes:CHILD,DECOM,REC", 0, 0, check_199),
  ROW_REFERENCE ("164", "Distance is not valid. Please check a valid postcode has been entered. [NOTE: This check will "
                 "result in false positives for children formerly UASC not identified as such in loaded data]",
                 "Episodes:HOME_POST,PL_POST", 0, 0, check_164),
  ROW_REFERENCE ("169", "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode "
                 "has been entered.", "Episodes:PL_POST,LS", 0, 0, check_169),
  ROW_REFERENCE ("179", "Placement location code is not a valid code.", "Episodes:PL_POST,LS", 0, 0, check_179),
  { NULL }
};
