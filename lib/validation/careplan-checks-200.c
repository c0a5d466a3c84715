/* careplan-checks-200.c: SSDA903 validation checks, codes 200–299
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-validation-private.h"
#include "careplan-checks-private.h"

/* 202–204, 207, 208: the Header against last year's. */
static int
prev_header (const CpvChild *child)
{
  return child->p[CPV_HEADER].n > 0 ? (int) child->p[CPV_HEADER].rows[0] : -1;
}

static void
check_202 (const CpvContext *cx, const CpvChild *child)
{
  int p = prev_header (child);

  if (p < 0)
    return;
  CPV_ROWS (child, CPV_HEADER, r)
    if (strcmp (CELL (CPV_HEADER, r, HD_SEX), cpv_cell (child->prev, CPV_HEADER, p, HD_SEX)) != 0)
      cpv_flag (cx, CPV_HEADER, r);
}

static void
check_203 (const CpvContext *cx, const CpvChild *child)
{
  int p = prev_header (child);

  if (p < 0)
    return;
  CPV_ROWS (child, CPV_HEADER, r)
    if (strcmp (CELL (CPV_HEADER, r, HD_DOB), cpv_cell (child->prev, CPV_HEADER, p, HD_DOB)) != 0)
      cpv_flag (cx, CPV_HEADER, r);
}

static void
check_204 (const CpvContext *cx, const CpvChild *child)
{
  int p = prev_header (child);

  if (p < 0)
    return;
  CPV_ROWS (child, CPV_HEADER, r)
    if (g_ascii_strcasecmp (CELL (CPV_HEADER, r, HD_ETHNIC), cpv_cell (child->prev, CPV_HEADER, p, HD_ETHNIC)) != 0)
      cpv_flag (cx, CPV_HEADER, r);
}

/* 207: mother last year (1), not this year, for a child with episodes. */
static void
check_207 (const CpvContext *cx, const CpvChild *child)
{
  int p = prev_header (child);

  if (p < 0 || child->t[CPV_EPISODES].n == 0 || !cpv_is (child->prev, CPV_HEADER, p, HD_MOTHER, "1"))
    return;
  CPV_ROWS (child, CPV_HEADER, r)
    if (!IS (CPV_HEADER, r, HD_MOTHER, "1"))
      cpv_flag (cx, CPV_HEADER, r);
}

/* 208: the UPN changed, other than from unknown (blank, UN1) to UN2–UN5,
 * or from unknown to a known UPN. */
static void
check_208 (const CpvContext *cx, const CpvChild *child)
{
  int p = prev_header (child);
  const char *unknown = "UN1 UN2 UN3 UN4 UN5";

  if (p < 0)
    return;
  CPV_ROWS (child, CPV_HEADER, r)
    {
      g_autofree char *now = g_ascii_strup (CELL (CPV_HEADER, r, HD_UPN), -1);
      g_autofree char *before = g_ascii_strup (cpv_cell (child->prev, CPV_HEADER, p, HD_UPN), -1);
      gboolean was_unknown = *before == '\0' || cpv_in (before, unknown);
      gboolean is_known = *now != '\0' && !cpv_in (now, unknown);

      if (strcmp (now, before) == 0)
        continue;
      if ((*before == '\0' || strcmp (before, "UN1") == 0) && cpv_in (now, "UN2 UN3 UN4 UN5"))
        continue;
      if (was_unknown && is_known)
        continue;
      cpv_flag (cx, CPV_HEADER, r);
    }
}

/* 209: of school age (4 or over on 31 August before the year began) with
 * UPN UN1. */
static void
check_209 (const CpvContext *cx, const CpvChild *child)
{
  CareplanDate reference = careplan_date_new (cx->year - 2, 8, 31);

  CPV_ROWS (child, CPV_HEADER, r)
    {
      CareplanDate dob = DATE (CPV_HEADER, r, HD_DOB);
      if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 4) <= reference && IS (CPV_HEADER, r, HD_UPN, "UN1"))
        cpv_flag (cx, CPV_HEADER, r);
    }
}

/* 210: looked after at 31 March for more than a week (in a period of care
 * that began before 24 March), with UPN UN4. */
static void
check_210 (const CpvContext *cx, const CpvChild *child)
{
  CareplanDate week_before = careplan_date_add_days (cx->end, -7);
  CareplanDate period_start = CAREPLAN_DATE_NONE;
  int open = -1;

  CPV_ROWS (child, CPV_HEADER, h)
    if (IS (CPV_HEADER, h, HD_UPN, "UN4"))
      goto un4;
  return;

un4:
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      CareplanDate dec = DATE (CPV_EPISODES, r, EP_DEC);

      if (decom == CAREPLAN_DATE_NONE || decom > cx->end)
        continue;
      if (IS (CPV_EPISODES, r, EP_RNE, "S") && decom > period_start)
        period_start = decom;
      if (BLANK (CPV_EPISODES, r, EP_DEC) || (dec != CAREPLAN_DATE_NONE && dec > cx->end))
        open = (int) r;
    }
  if (open < 0)
    return;
  if (period_start == CAREPLAN_DATE_NONE)
    period_start = DATE (CPV_EPISODES, open, EP_DECOM);
  if (period_start >= week_before)
    return;
  cpv_flag (cx, CPV_EPISODES, (guint) open);
  CPV_ROWS (child, CPV_HEADER, h)
    if (IS (CPV_HEADER, h, HD_UPN, "UN4"))
      cpv_flag (cx, CPV_HEADER, h);
}

static void
check_213 (const CpvContext *cx, const CpvChild *child)
{
  const char *none = cx->year >= 2026 ? "T0 T1 T2 T3 T4 Z11 Z12 Z13 Z14" : "T0 T1 T2 T3 T4 Z1";

  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_PLACE, none) && !BLANK (CPV_EPISODES, r, EP_PLACE_PROVIDER))
      cpv_flag (cx, CPV_EPISODES, r);
}

static void
check_214 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_LS, "V3 V4") &&
        (!BLANK (CPV_EPISODES, r, EP_PL_POST) || !BLANK (CPV_EPISODES, r, EP_URN)))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* 215: care leaver (OC3) data and OC2 items both given. */
static void
check_215 (const CpvContext *cx, const CpvChild *child)
{
  gboolean oc2 = FALSE;

  CPV_ROWS (child, CPV_OC2, r)
    oc2 |= cpv_any_given (RET, CPV_OC2, r, O2_CONVICTED, O2_INTERVENTION_OFFERED);
  if (!oc2)
    return;
  CPV_ROWS (child, CPV_OC3, r)
    if (cpv_any_given (RET, CPV_OC3, r, O3_IN_TOUCH, O3_ACCOM))
      {
        cpv_flag (cx, CPV_OC3, r);
        CPV_ROWS (child, CPV_OC2, o)
          if (cpv_any_given (RET, CPV_OC2, o, O2_CONVICTED, O2_INTERVENTION_OFFERED))
            cpv_flag (cx, CPV_OC2, o);
      }
}

const CpvCheck cpv_checks_200[] = {
  ROW_PREVIOUS ("202", "The gender code conflicts with the gender already recorded for this child.",
                "Header:SEX", 0, 0, check_202),
  ROW_PREVIOUS ("203", "Date of birth disagrees with the date of birth already recorded for this child.",
                "Header:DOB", 0, 0, check_203),
  ROW_PREVIOUS ("204", "Ethnic origin code disagrees with the ethnic origin already recorded for this child.",
                "Header:ETHNIC", 0, 0, check_204),
  ROW_PREVIOUS ("207", "Mother status for the current year disagrees with the mother status already recorded for this child.",
                "Header:MOTHER", 0, 0, check_207),
  ROW_PREVIOUS ("208", "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) "
                "already recorded for this child.", "Header:UPN", 0, 0, check_208),
  ROW ("209", "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN) code of UN1.",
       "Header:UPN,DOB", 0, 0, check_209),
  ROW_DIFFERS ("210", "Children looked after for more than a week at 31 March should not have an unknown Unique "
               "Pupil Number (UPN) code of UN4.", "Header:UPN;Episodes:DECOM", 0, 0, check_210),
  ROW ("213", "Placement provider information not required.", "Episodes:PLACE_PROVIDER,PLACE", 0, 0, check_213),
  ROW ("214", "Placement location information not required.", "Episodes:PL_POST,URN,LS", 0, 0, check_214),
  ROW ("215", "Child has care leaver information but one or more data items relating to children looked after for "
       "12 months have been completed.",
       "OC3:IN_TOUCH,ACTIV,ACCOM;OC2:CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,"
       "SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED", 0, 0, check_215),
  { NULL }
};
