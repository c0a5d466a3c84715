/* careplan-checks-300.c: SSDA903 validation checks, codes 300–399
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-validation-private.h"
#include "careplan-checks-private.h"

static void
check_301 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_HEADER, r)
    {
      CareplanDate dob = DATE (CPV_HEADER, r, HD_DOB);
      if (dob != CAREPLAN_DATE_NONE && dob > cx->end)
        cpv_flag (cx, CPV_HEADER, r);
    }
}

/* 302: the first episode (earliest DECOM) starts before the date of birth. */
static void
check_302 (const CpvContext *cx, const CpvChild *child)
{
  int first = cpv_pick_episode (child, FALSE, NULL);
  CareplanDate decom;

  if (first < 0)
    return;
  decom = DATE (CPV_EPISODES, first, EP_DECOM);
  CPV_ROWS (child, CPV_HEADER, h)
    {
      CareplanDate dob = DATE (CPV_HEADER, h, HD_DOB);
      if (dob != CAREPLAN_DATE_NONE && dob > decom)
        {
          cpv_flag (cx, CPV_EPISODES, (guint) first);
          cpv_flag (cx, CPV_HEADER, h);
        }
    }
}

/* 304: DUC on or before the 18th birthday (UASC's DOB). */
static void
check_304 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_UASC, r)
    {
      CareplanDate duc = DATE (CPV_UASC, r, UA_DUC);
      CareplanDate dob = DATE (CPV_UASC, r, UA_DOB);
      if (duc != CAREPLAN_DATE_NONE && dob != CAREPLAN_DATE_NONE && duc > cpv_birthday (dob, 18))
        cpv_flag (cx, CPV_UASC, r);
    }
}

/* 331: DATE_MATCH not after the start of the episode that ends in
 * adoption (REC E11, E12). */
static void
check_331 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, e)
    {
      CareplanDate decom = DATE (CPV_EPISODES, e, EP_DECOM);
      if (!IN (CPV_EPISODES, e, EP_REC, "E11 E12") || decom == CAREPLAN_DATE_NONE)
        continue;
      CPV_ROWS (child, CPV_AD1, a)
        {
          CareplanDate match = DATE (CPV_AD1, a, AD_DATE_MATCH);
          if (match != CAREPLAN_DATE_NONE && match > decom)
            {
              cpv_flag (cx, CPV_AD1, a);
              cpv_flag (cx, CPV_EPISODES, e);
            }
        }
    }
}

static void
check_333 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_AD1, r)
    {
      CareplanDate match = DATE (CPV_AD1, r, AD_DATE_MATCH);
      CareplanDate intent = DATE (CPV_AD1, r, AD_DATE_INT);
      if (match != CAREPLAN_DATE_NONE && (intent == CAREPLAN_DATE_NONE || intent > match))
        cpv_flag (cx, CPV_AD1, r);
    }
}

static gboolean
rne_s (const CpvReturn *ret, guint row)
{
  return cpv_is (ret, CPV_EPISODES, row, EP_RNE, "S");
}

/* 334: the latest period of care (the latest RNE S episode) starts on or
 * before DATE_INT. */
static void
check_334 (const CpvContext *cx, const CpvChild *child)
{
  int ep = cpv_pick_episode (child, TRUE, rne_s);
  CareplanDate decom;

  if (ep < 0)
    return;
  decom = DATE (CPV_EPISODES, ep, EP_DECOM);
  CPV_ROWS (child, CPV_AD1, a)
    {
      CareplanDate intent = DATE (CPV_AD1, a, AD_DATE_INT);
      if (intent != CAREPLAN_DATE_NONE && intent < decom)
        {
          cpv_flag (cx, CPV_AD1, a);
          cpv_flag (cx, CPV_EPISODES, (guint) ep);
        }
    }
}

/* 335: FOSTER_CARE agrees with the placement the adoption ended (A2, A3,
 * A5 with the foster carers: 1; A1, A4, A6: 0). */
static void
check_335 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, e)
    {
      if (!IN (CPV_EPISODES, e, EP_REC, "E1 E11 E12"))
        continue;
      CPV_ROWS (child, CPV_AD1, a)
        if ((IN (CPV_EPISODES, e, EP_PLACE, "A2 A3 A5") && IS (CPV_AD1, a, AD_FOSTER_CARE, "0")) ||
            (IN (CPV_EPISODES, e, EP_PLACE, "A1 A4 A6") && IS (CPV_AD1, a, AD_FOSTER_CARE, "1")))
          {
            cpv_flag (cx, CPV_EPISODES, e);
            cpv_flag (cx, CPV_AD1, a);
          }
    }
}

/* 336: a placement for adoption (A3, A4) follows a foster or adoption
 * placement (A3–A6, U1–U6), unless it is the child's first episode. */
static void
check_336 (const CpvContext *cx, const CpvChild *child)
{
  guint n = child->t[CPV_EPISODES].n;
  g_autofree guint *eps = g_new (guint, n + 1);

  cpv_episodes_by_decom (child, eps);
  for (guint i = 1; i < n; i++)
    if (IN (CPV_EPISODES, eps[i], EP_PLACE, "A3 A4") &&
        DATE (CPV_EPISODES, eps[i], EP_DECOM) != CAREPLAN_DATE_NONE &&
        !IN (CPV_EPISODES, eps[i - 1], EP_PLACE, "A3 A4 A5 A6 U1 U2 U3 U4 U5 U6"))
      cpv_flag (cx, CPV_EPISODES, eps[i]);
}

static void
check_344 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC3, r)
    if (IN (CPV_OC3, r, O3_IN_TOUCH, "DIED RHOM") &&
        (!IS (CPV_OC3, r, O3_ACTIV, "0") || !IS (CPV_OC3, r, O3_ACCOM, "0")))
      cpv_flag (cx, CPV_OC3, r);
}

static void
check_345 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC3, r)
    if (IS (CPV_OC3, r, O3_IN_TOUCH, "YES") && (IS (CPV_OC3, r, O3_ACTIV, "0") || IS (CPV_OC3, r, O3_ACCOM, "0")))
      cpv_flag (cx, CPV_OC3, r);
}

/* 347: "If <ACCOM> = 'T' then <DOB> must be >= 18 years prior to
 * <COLLECTION_START_DATE>": a care leaver in a foyer was 18 by 1 April. */
static void
check_347 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC3, r)
    {
      CareplanDate dob = DATE (CPV_OC3, r, O3_DOB);
      if (dob != CAREPLAN_DATE_NONE && IS (CPV_OC3, r, O3_ACCOM, "T") && cpv_birthday (dob, 18) > cx->start)
        cpv_flag (cx, CPV_OC3, r);
    }
}

/* 348: reported as having died last year, not this year. */
static void
check_348 (const CpvContext *cx, const CpvChild *child)
{
  gboolean died = FALSE;

  CPV_PREV_ROWS (child, CPV_OC3, p)
    died |= cpv_is (child->prev, CPV_OC3, p, O3_IN_TOUCH, "DIED");
  if (!died)
    return;
  CPV_ROWS (child, CPV_OC3, r)
    if (!IS (CPV_OC3, r, O3_IN_TOUCH, "DIED"))
      cpv_flag (cx, CPV_OC3, r);
}

static void
check_351 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_HEADER, r)
    {
      CareplanDate dob = DATE (CPV_HEADER, r, HD_DOB);
      if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 25) < cx->start)
        cpv_flag (cx, CPV_HEADER, r);
    }
}

/* 352: a period of care (RNE S) starting on or after the 18th birthday. */
static void
check_352 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, e)
    {
      CareplanDate decom = DATE (CPV_EPISODES, e, EP_DECOM);
      if (decom == CAREPLAN_DATE_NONE || g_ascii_strcasecmp (CELL (CPV_EPISODES, e, EP_RNE), "S") != 0)
        continue;
      CPV_ROWS (child, CPV_HEADER, h)
        {
          CareplanDate dob = DATE (CPV_HEADER, h, HD_DOB);
          if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 18) <= decom)
            {
              cpv_flag (cx, CPV_EPISODES, e);
              break;
            }
        }
    }
}

static void
check_353 (const CpvContext *cx, const CpvChild *child)
{
  CareplanDate limit = careplan_date_new (1991, 10, 14);

  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      if (decom != CAREPLAN_DATE_NONE && decom < limit)
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* 354: the DfE's words are about the date the episode ceased; an
 * episode that starts after the year ends is after it too. */
static void
check_354 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      CareplanDate dec = DATE (CPV_EPISODES, r, EP_DEC);
      if ((decom != CAREPLAN_DATE_NONE && decom > cx->end) || (dec != CAREPLAN_DATE_NONE && dec > cx->end))
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

static void
check_355 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (!BLANK (CPV_EPISODES, r, EP_DECOM) &&
        strcmp (CELL (CPV_EPISODES, r, EP_DECOM), CELL (CPV_EPISODES, r, EP_DEC)) == 0)
      cpv_flag (cx, CPV_EPISODES, r);
}

static void
check_356 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      CareplanDate dec = DATE (CPV_EPISODES, r, EP_DEC);
      if (decom != CAREPLAN_DATE_NONE && dec != CAREPLAN_DATE_NONE && dec < decom)
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* 357: the child's first episode, when it starts in the year, is RNE S. */
static void
check_357 (const CpvContext *cx, const CpvChild *child)
{
  int first = cpv_pick_episode (child, FALSE, NULL);

  if (first >= 0 && DATE (CPV_EPISODES, first, EP_DECOM) >= cx->start && !IS (CPV_EPISODES, first, EP_RNE, "S"))
    cpv_flag (cx, CPV_EPISODES, (guint) first);
}

/* 358: legal status J1–J3 starting before the 10th birthday. */
static void
check_358 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, e)
    {
      CareplanDate decom = DATE (CPV_EPISODES, e, EP_DECOM);
      if (decom == CAREPLAN_DATE_NONE || !IN (CPV_EPISODES, e, EP_LS, "J1 J2 J3"))
        continue;
      CPV_ROWS (child, CPV_HEADER, h)
        {
          CareplanDate dob = DATE (CPV_HEADER, h, HD_DOB);
          if (dob != CAREPLAN_DATE_NONE && decom < cpv_birthday (dob, 10))
            {
              cpv_flag (cx, CPV_EPISODES, e);
              cpv_flag (cx, CPV_HEADER, h);
            }
        }
    }
}

/* 359: over 18 before the year ends and still looked after (no DEC):
 * only under section 20(5) in a community home (V2, K2). */
static void
check_359 (const CpvContext *cx, const CpvChild *child)
{
  CareplanDate dob = cpv_child_dob (child);

  if (dob == CAREPLAN_DATE_NONE || cpv_birthday (dob, 18) >= cx->end)
    return;
  CPV_ROWS (child, CPV_EPISODES, e)
    if (BLANK (CPV_EPISODES, e, EP_DEC) && !(IS (CPV_EPISODES, e, EP_LS, "V2") && IS (CPV_EPISODES, e, EP_PLACE, "K2")))
      cpv_flag (cx, CPV_EPISODES, e);
}

/* Runs of episodes with legal status @ls, in DECOM order, each starting
 * when (or before) the one before it ended: a run lasting more than @days
 * (an open episode lasting to the year's end) flags all its episodes. */
static void
flag_long_runs (const CpvContext *cx, const CpvChild *child, const char *ls, int days)
{
  guint n = child->t[CPV_EPISODES].n;
  g_autofree guint *eps = g_new (guint, n + 1);
  guint i = 0;

  cpv_episodes_by_decom (child, eps);
  while (i < n)
    {
      guint j;
      CareplanDate start, end;

      if (!IS (CPV_EPISODES, eps[i], EP_LS, ls) || DATE (CPV_EPISODES, eps[i], EP_DECOM) == CAREPLAN_DATE_NONE)
        {
          i++;
          continue;
        }
      start = DATE (CPV_EPISODES, eps[i], EP_DECOM);
      end = BLANK (CPV_EPISODES, eps[i], EP_DEC) ? cx->end : DATE (CPV_EPISODES, eps[i], EP_DEC);
      for (j = i + 1; j < n; j++)
        {
          CareplanDate decom = DATE (CPV_EPISODES, eps[j], EP_DECOM);
          CareplanDate dec;

          if (!IS (CPV_EPISODES, eps[j], EP_LS, ls) || decom == CAREPLAN_DATE_NONE ||
              end == CAREPLAN_DATE_NONE || decom > end)
            break;
          dec = BLANK (CPV_EPISODES, eps[j], EP_DEC) ? cx->end : DATE (CPV_EPISODES, eps[j], EP_DEC);
          if (dec == CAREPLAN_DATE_NONE || dec > end)
            end = dec;
        }
      if (end != CAREPLAN_DATE_NONE && careplan_date_days_between (start, end) > days)
        for (guint k = i; k < j; k++)
          cpv_flag (cx, CPV_EPISODES, eps[k]);
      i = j;
    }
}

static void
check_361 (const CpvContext *cx, const CpvChild *child)
{
  flag_long_runs (cx, child, "L1", 3);
}

static void
check_362 (const CpvContext *cx, const CpvChild *child)
{
  flag_long_runs (cx, child, "L2", 21);
}

static void
check_363 (const CpvContext *cx, const CpvChild *child)
{
  flag_long_runs (cx, child, "L3", 7);
}

static void
check_364 (const CpvContext *cx, const CpvChild *child)
{
  flag_long_runs (cx, child, "J2", 21);
}

/* 365: a short break (V3) lasts at most 17 days (an open one to the
 * year's end). */
static void
check_365 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      CareplanDate dec = BLANK (CPV_EPISODES, r, EP_DEC) ? cx->end : DATE (CPV_EPISODES, r, EP_DEC);
      if (IS (CPV_EPISODES, r, EP_LS, "V3") && decom != CAREPLAN_DATE_NONE && dec != CAREPLAN_DATE_NONE &&
          dec > careplan_date_add_days (decom, 17))
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

static void
check_366 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IS (CPV_EPISODES, r, EP_LS, "V3") && !IS (CPV_EPISODES, r, EP_RNE, "S"))
      cpv_flag (cx, CPV_EPISODES, r);
}

const CpvCheck cpv_checks_300[] = {
  ROW ("301", "Date of birth falls after the year ended.", "Header:DOB", 0, 0, check_301),
  ROW ("302", "First episode starts before child was born.", "Episodes:DECOM;Header:DOB", 0, 0, check_302),
  ROW ("304", "Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th "
       "birthday of a child.", "UASC:DUC,DOB", 0, 0, check_304),
  ROW ("331", "Date of matching child and adopter(s) should be the same as, or prior to, the date of placement "
       "of adoption.", "AD1:DATE_MATCH;Episodes:DECOM,REC", 0, 0, check_331),
  ROW ("333", "Date should be placed for adoption must be on or prior to the date of matching child with adopter(s).",
       "AD1:DATE_INT,DATE_MATCH", 0, 0, check_333),
  ROW ("334", "Date child started to be looked after in latest period of care must be on or prior to the date "
       "should be placed for adoption. ", "AD1:DATE_INT;Episodes:DECOM,RNE", 0, 0, check_334),
  ROW ("335", "The current foster value (0) suggests that child is not adopted by current foster carer, but last "
       "placement is A2, A3, or A5. Or the current foster value (1) suggests that child is adopted by current "
       "foster carer, but last placement is A1, A4 or A6.", "AD1:FOSTER_CARE;Episodes:PLACE,REC", 0, 0, check_335),
  ROW ("336", "Child does not have a foster placement immediately prior to being placed for adoption.",
       "Episodes:PLACE", 0, 0, check_336),
  ROW ("344", "The record shows the young person has died or returned home to live with parent(s) or someone "
       "with parental responsibility for a continuous period of 6 months or more, but activity and/or "
       "accommodation on leaving care have been completed.", "OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, check_344),
  ROW ("345", "The data collection record shows the local authority is in touch with this young person, but "
       "activity and/or accommodation data items are zero.", "OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, check_345),
  ROW ("347", "Care leavers aged under 18 years, can not be accommodated in a Foyer.",
       "OC3:ACCOM,DOB", 2024, 0, check_347),
  ROW_PREVIOUS ("348", "Care leaver has previously been reported as having died. ", "OC3:IN_TOUCH", 2026, 0, check_348),
  ROW ("351", "Child was over 25 at the start of the current collection year.", "Header:DOB", 0, 0, check_351),
  ROW ("352", "Child who started to be looked after was aged 18 or over.", "Episodes:DECOM,RNE;Header:DOB", 0, 0, check_352),
  ROW ("353", "No episode submitted can start before 14 October 1991.", "Episodes:DECOM", 0, 0, check_353),
  ROW_DIFFERS ("354", "Date episode ceased must be on or before the end of the current collection year.",
               "Episodes:DECOM,DEC", 0, 0, check_354),
  ROW ("355", "Episode appears to have lasted for less than 24 hours", "Episodes:DECOM,DEC", 0, 0, check_355),
  ROW ("356", "The date the episode ceased is before the date the same episode started.",
       "Episodes:DECOM,DEC", 0, 0, check_356),
  ROW ("357", "If this is the first episode ever for this child, reason for new episode must be S.  Check whether "
       "there is an episode immediately preceding this one, which has been left out.  If not the reason for new "
       "episode code must be amended to S.", "Episodes:RNE,DECOM", 0, 0, check_357),
  ROW ("358", "Child with this legal status should not be under 10.", "Episodes:LS,DECOM;Header:DOB", 0, 0, check_358),
  ROW_DIFFERS ("359", "Child being looked after following 18th birthday must be accommodated under section 20(5) of the "
       "Children Act 1989 in a community home.", "Episodes:DEC,LS,PLACE;Header:DOB", 0, 0, check_359),
  ROW ("361", "Police protection legal status lasted longer than maximum 72 hours allowed in the Children Act 1989.",
       "Episodes:LS,DECOM,DEC", 0, 0, check_361),
  ROW ("362", "Emergency protection order (EPO) lasted longer than 21 days", "Episodes:LS,DECOM,DEC", 0, 0, check_362),
  ROW ("363", "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act 1989.",
       "Episodes:LS,DECOM,DEC", 0, 0, check_363),
  ROW ("364", "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a child can "
       "be detained in custody in Local Authority (LA) accommodation.", "Episodes:LS,DECOM,DEC", 0, 0, check_364),
  ROW ("365", "Any individual short- term respite placement must not exceed 17 days.", "Episodes:LS,DECOM,DEC", 0, 0, check_365),
  ROW ("366", "A child cannot change placement during the course of an individual short-term respite break.",
       "Episodes:LS,RNE", 0, 0, check_366),
  { NULL }
};
