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

/* 354: an episode starts on or before the end of the year.  (The open
 * validator gives this check the message of check 385, which is about the
 * date the episode ceased; careplan's message says what is tested.) */
static void
check_354 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      if (decom != CAREPLAN_DATE_NONE && decom > cx->end)
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

/* 367: at most 75 days of short breaks (V3) in any 12 months.  Each
 * window of 12 months ending on the last day of a short break is summed
 * (days from DECOM to DEC, an open one to the year's end), over the whole
 * return rather than the collection year alone. */
static void
check_367 (const CpvContext *cx, const CpvChild *child)
{
  guint n = child->t[CPV_EPISODES].n;
  g_autofree guint *v3 = g_new (guint, n + 1);
  g_autofree CareplanDate *from = g_new (CareplanDate, n + 1);
  g_autofree CareplanDate *to = g_new (CareplanDate, n + 1);
  g_autofree gboolean *flag = g_new0 (gboolean, n + 1);
  guint m = 0;

  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      CareplanDate dec = BLANK (CPV_EPISODES, r, EP_DEC) ? cx->end : DATE (CPV_EPISODES, r, EP_DEC);
      if (!IS (CPV_EPISODES, r, EP_LS, "V3") || decom == CAREPLAN_DATE_NONE || dec == CAREPLAN_DATE_NONE ||
          dec <= decom)
        continue;
      v3[m] = r;
      from[m] = decom;
      to[m] = dec;
      m++;
    }
  for (guint i = 0; i < m; i++)
    {
      CareplanDate window_end = to[i];
      CareplanDate window_start = careplan_date_add_days (careplan_date_add_months (window_end, -12), 1);
      int total = 0;

      for (guint j = 0; j < m; j++)
        {
          CareplanDate a = MAX (from[j], window_start), b = MIN (to[j], window_end);
          if (b > a)
            total += careplan_date_days_between (a, b);
        }
      if (total > 75)
        for (guint j = 0; j < m; j++)
          if (to[j] > window_start && from[j] < window_end)
            flag[j] = TRUE;
    }
  for (guint j = 0; j < m; j++)
    if (flag[j])
      cpv_flag (cx, CPV_EPISODES, v3[j]);
}

/* 371–374: a placement of type @place starting before the child is @age. */
static void
flag_too_young (const CpvContext *cx, const CpvChild *child, const char *place, guint age)
{
  CPV_ROWS (child, CPV_EPISODES, e)
    {
      CareplanDate decom = DATE (CPV_EPISODES, e, EP_DECOM);
      if (decom == CAREPLAN_DATE_NONE || !IS (CPV_EPISODES, e, EP_PLACE, place))
        continue;
      CPV_ROWS (child, CPV_HEADER, h)
        {
          CareplanDate dob = DATE (CPV_HEADER, h, HD_DOB);
          if (dob != CAREPLAN_DATE_NONE && decom < cpv_birthday (dob, age))
            {
              cpv_flag (cx, CPV_EPISODES, e);
              break;
            }
        }
    }
}

static void check_371 (const CpvContext *cx, const CpvChild *child) { flag_too_young (cx, child, "K3", 16); }
static void check_372 (const CpvContext *cx, const CpvChild *child) { flag_too_young (cx, child, "R5", 10); }
static void check_373 (const CpvContext *cx, const CpvChild *child) { flag_too_young (cx, child, "S1", 4); }
static void check_374 (const CpvContext *cx, const CpvChild *child) { flag_too_young (cx, child, "P3", 14); }

/* 375, 376, 379: a temporary placement @place lasting more than @days
 * (ended episodes; an open one is judged when it ends). */
static void
flag_too_long (const CpvContext *cx, const CpvChild *child, const char *place, int days)
{
  if (child->t[CPV_HEADER].n == 0)
    return;
  CPV_ROWS (child, CPV_EPISODES, e)
    {
      CareplanDate decom = DATE (CPV_EPISODES, e, EP_DECOM);
      CareplanDate dec = DATE (CPV_EPISODES, e, EP_DEC);
      if (IS (CPV_EPISODES, e, EP_PLACE, place) && decom != CAREPLAN_DATE_NONE && dec != CAREPLAN_DATE_NONE &&
          dec > careplan_date_add_days (decom, days))
        cpv_flag (cx, CPV_EPISODES, e);
    }
}

static void check_375 (const CpvContext *cx, const CpvChild *child) { flag_too_long (cx, child, "T1", 42); }
static void check_376 (const CpvContext *cx, const CpvChild *child) { flag_too_long (cx, child, "T3", 21); }
static void check_379 (const CpvContext *cx, const CpvChild *child) { flag_too_long (cx, child, "T4", 7); }

/* 377: at most two placements for the foster carers' holiday (T3) in any
 * 12 months: three starting within 12 months flag all three. */
static void
check_377 (const CpvContext *cx, const CpvChild *child)
{
  guint n = child->t[CPV_EPISODES].n;
  g_autofree guint *eps = g_new (guint, n + 1);
  g_autofree guint *t3 = g_new (guint, n + 1);
  guint m = 0;

  cpv_episodes_by_decom (child, eps);
  for (guint i = 0; i < n; i++)
    if (IS (CPV_EPISODES, eps[i], EP_PLACE, "T3") && DATE (CPV_EPISODES, eps[i], EP_DECOM) != CAREPLAN_DATE_NONE)
      t3[m++] = eps[i];
  for (guint i = 0; i + 2 < m; i++)
    if (DATE (CPV_EPISODES, t3[i + 2], EP_DECOM) <
        careplan_date_add_months (DATE (CPV_EPISODES, t3[i], EP_DECOM), 12))
      for (guint k = i; k < i + 3; k++)
        cpv_flag (cx, CPV_EPISODES, t3[k]);
}

static void
check_378 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IS (CPV_EPISODES, r, EP_PLACE, "P1") && IS (CPV_EPISODES, r, EP_LS, "V2"))
      cpv_flag (cx, CPV_EPISODES, r);
}

static void
check_380 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_PLACE, TEMPORARY) && !IN (CPV_EPISODES, r, EP_RNE, "P B"))
      cpv_flag (cx, CPV_EPISODES, r);
}

static void
check_381 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_PLACE, TEMPORARY) && !BLANK (CPV_EPISODES, r, EP_REC) &&
        !IS (CPV_EPISODES, r, EP_REC, "X1"))
      cpv_flag (cx, CPV_EPISODES, r);
}

static void
check_382 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_LS, "V3 V4") && IN (CPV_EPISODES, r, EP_PLACE, TEMPORARY))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* 383: after a temporary placement the child returns to the placement
 * before it: the next episode is RNE P with the PLACE and PL_POST of the
 * episode before the temporary one. */
static void
check_383 (const CpvContext *cx, const CpvChild *child)
{
  guint n = child->t[CPV_EPISODES].n;
  g_autofree guint *eps = g_new (guint, n + 1);

  cpv_episodes_by_decom (child, eps);
  for (guint i = 2; i < n; i++)
    {
      guint now = eps[i], temp = eps[i - 1], before = eps[i - 2];
      if (!IN (CPV_EPISODES, temp, EP_PLACE, TEMPORARY))
        continue;
      if (!IS (CPV_EPISODES, now, EP_RNE, "P") ||
          strcmp (CELL (CPV_EPISODES, now, EP_PLACE), CELL (CPV_EPISODES, before, EP_PLACE)) != 0 ||
          strcmp (CELL (CPV_EPISODES, now, EP_PL_POST), CELL (CPV_EPISODES, before, EP_PL_POST)) != 0)
        cpv_flag (cx, CPV_EPISODES, now);
    }
}

static void
check_384 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_LS, "V3 V4") && IN (CPV_EPISODES, r, EP_PLACE, "U1 U4"))
      cpv_flag (cx, CPV_EPISODES, r);
}

static void
check_385 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate dec = DATE (CPV_EPISODES, r, EP_DEC);
      if (dec != CAREPLAN_DATE_NONE && dec > cx->end)
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* 386, 387, 389: an episode ending for reason @recs when the child was
 * @at_least years old or more (@older TRUE), or younger (FALSE). */
static void
flag_end_age (const CpvContext *cx, const CpvChild *child, const char *recs, guint age, gboolean older)
{
  CPV_ROWS (child, CPV_EPISODES, e)
    {
      CareplanDate dec = DATE (CPV_EPISODES, e, EP_DEC);
      if (dec == CAREPLAN_DATE_NONE || g_ascii_strcasecmp (CELL (CPV_EPISODES, e, EP_REC), "") == 0)
        continue;
      {
        g_autofree char *rec = g_ascii_strup (CELL (CPV_EPISODES, e, EP_REC), -1);
        if (!cpv_in (rec, recs))
          continue;
      }
      CPV_ROWS (child, CPV_HEADER, h)
        {
          CareplanDate dob = DATE (CPV_HEADER, h, HD_DOB);
          gboolean reached;

          if (dob == CAREPLAN_DATE_NONE)
            continue;
          reached = cpv_birthday (dob, age) <= dec;
          if (reached == older)
            {
              cpv_flag (cx, CPV_EPISODES, e);
              break;
            }
        }
    }
}

static void check_386 (const CpvContext *cx, const CpvChild *child) { flag_end_age (cx, child, "E11 E12", 18, TRUE); }
static void check_387 (const CpvContext *cx, const CpvChild *child) { flag_end_age (cx, child, "E5 E6", 14, FALSE); }
static void check_389 (const CpvContext *cx, const CpvChild *child) { flag_end_age (cx, child, "E7", 16, FALSE); }

/* 388: REC X1 (a new episode begins) exactly when the next episode (by
 * DECOM) starts on the day this one ends. */
static void
check_388 (const CpvContext *cx, const CpvChild *child)
{
  guint n = child->t[CPV_EPISODES].n;
  g_autofree guint *eps = g_new (guint, n + 1);

  cpv_episodes_by_decom (child, eps);
  for (guint i = 0; i < n; i++)
    {
      guint r = eps[i];
      gboolean x1 = IS (CPV_EPISODES, r, EP_REC, "X1");
      CareplanDate dec = DATE (CPV_EPISODES, r, EP_DEC);

      if (BLANK (CPV_EPISODES, r, EP_DEC))
        continue;
      if (i + 1 == n)
        {
          if (x1)
            cpv_flag (cx, CPV_EPISODES, r);
          continue;
        }
      {
        gboolean meets = dec != CAREPLAN_DATE_NONE && dec == DATE (CPV_EPISODES, eps[i + 1], EP_DECOM);
        if ((x1 && !meets) || (!x1 && !BLANK (CPV_EPISODES, r, EP_REC) && meets))
          cpv_flag (cx, CPV_EPISODES, r);
      }
    }
}

static void
check_390 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_REC, "E11 E12") && !IN (CPV_EPISODES, r, EP_PLACE, "A3 A4 A5 A6"))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* 391: care leaver data for someone not yet 17 at the end of the year. */
static void
check_391 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_OC3, r)
    {
      CareplanDate dob = DATE (CPV_OC3, r, O3_DOB);
      if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 17) > cx->end &&
          cpv_any_given (RET, CPV_OC3, r, O3_IN_TOUCH, O3_ACCOM))
        cpv_flag (cx, CPV_OC3, r);
    }
}

/* 392b: both postcodes for every episode other than a short break,
 * except for unaccompanied asylum-seeking children (a UASC row this year
 * or last), who may have no home postcode. */
static void
check_392b (const CpvContext *cx, const CpvChild *child)
{
  if (child->t[CPV_UASC].n > 0 || child->p[CPV_UASC].n > 0)
    return;
  CPV_ROWS (child, CPV_EPISODES, r)
    if (!IN (CPV_EPISODES, r, EP_LS, "V3 V4") &&
        (BLANK (CPV_EPISODES, r, EP_HOME_POST) || BLANK (CPV_EPISODES, r, EP_PL_POST)))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* 392c: postcodes given are in the postcode directory. */
static void
check_392c (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      const char *home = CELL (CPV_EPISODES, r, EP_HOME_POST);
      const char *place = CELL (CPV_EPISODES, r, EP_PL_POST);
      if ((*home != '\0' && placement_la (cx, home) == NULL) || (*place != '\0' && placement_la (cx, place) == NULL))
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

static void
check_392d (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (!IS (CPV_EPISODES, r, EP_PLACE, "P1") && !BLANK (CPV_EPISODES, r, EP_HOME_POST) &&
        strcmp (CELL (CPV_EPISODES, r, EP_HOME_POST), CELL (CPV_EPISODES, r, EP_PL_POST)) == 0)
      cpv_flag (cx, CPV_EPISODES, r);
}

/* 393: a girl looked after (other than for short breaks) has MOTHER. */
static void
check_393 (const CpvContext *cx, const CpvChild *child)
{
  gboolean looked_after = FALSE;

  CPV_ROWS (child, CPV_EPISODES, e)
    {
      g_autofree char *ls = g_ascii_strup (CELL (CPV_EPISODES, e, EP_LS), -1);
      looked_after |= !cpv_in (ls, "V3 V4");
    }
  if (!looked_after)
    return;
  CPV_ROWS (child, CPV_HEADER, h)
    if (IN (CPV_HEADER, h, HD_SEX, cx->year >= 2025 ? "F" : "2") && BLANK (CPV_HEADER, h, HD_MOTHER))
      cpv_flag (cx, CPV_HEADER, h);
}

static void
check_398 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_LS, "V3 V4") &&
        (!BLANK (CPV_EPISODES, r, EP_HOME_POST) || !BLANK (CPV_EPISODES, r, EP_PL_POST)))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* 399: a child looked after only for short breaks (every episode V3 or
 * V4) has no MOTHER, reviews or participation. */
static void
check_399 (const CpvContext *cx, const CpvChild *child)
{
  gboolean mother = FALSE, any = FALSE;

  if (child->t[CPV_EPISODES].n == 0)
    return;
  CPV_ROWS (child, CPV_EPISODES, e)
    if (!IN (CPV_EPISODES, e, EP_LS, "V3 V4"))
      return;
  CPV_ROWS (child, CPV_HEADER, h)
    mother |= !BLANK (CPV_HEADER, h, HD_MOTHER);
  CPV_ROWS (child, CPV_REVIEWS, v)
    if (mother || !BLANK (CPV_REVIEWS, v, RV_REVIEW) || !BLANK (CPV_REVIEWS, v, RV_REVIEW_CODE))
      {
        cpv_flag (cx, CPV_REVIEWS, v);
        any = TRUE;
      }
  if (!(mother || any))
    return;
  CPV_ROWS (child, CPV_EPISODES, e)
    cpv_flag (cx, CPV_EPISODES, e);
  CPV_ROWS (child, CPV_HEADER, h)
    cpv_flag (cx, CPV_HEADER, h);
}

/* 392a: an episode other than a short break has a distance (both
 * postcodes known), except for unaccompanied asylum-seeking children. */
static void
check_392a (const CpvContext *cx, const CpvChild *child)
{
  if (is_uasc (child))
    return;
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      double miles;
      if (!IN (CPV_EPISODES, r, EP_LS, "V3 V4") &&
          !cpv_distance (cx->ref, CELL (CPV_EPISODES, r, EP_HOME_POST), CELL (CPV_EPISODES, r, EP_PL_POST), &miles))
        cpv_flag (cx, CPV_EPISODES, r);
    }
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
  ROW_DIFFERS ("354", "Date episode started must be on or before the end of the current collection year.",
               "Episodes:DECOM", 0, 0, check_354),
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
  ROW_DIFFERS ("367", "The maximum amount of respite care allowable is 75 days in any 12-month period.",
               "Episodes:LS,DECOM,DEC", 0, 0, check_367),
  ROW ("371", "Child in supported accomodation not subject to children’s homes regulations should be at least 16.",
       "Episodes:PLACE,DECOM;Header:DOB", 2024, 0, check_371),
  ROW ("372", "Child in youth custody or prison should be at least 10.", "Episodes:PLACE,DECOM;Header:DOB", 0, 0, check_372),
  ROW ("373", "Child placed in a school should be at least 4 years old.", "Episodes:PLACE,DECOM;Header:DOB", 0, 0, check_373),
  ROW ("374", "Child in residential employment should be at least 14 years old.",
       "Episodes:PLACE,DECOM;Header:DOB", 0, 0, check_374),
  ROW ("375", "Hospitalisation coded as a temporary placement exceeds six weeks.", "Episodes:PLACE,DECOM,DEC", 0, 0, check_375),
  ROW ("376", "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed three weeks.",
       "Episodes:PLACE,DECOM,DEC", 0, 0, check_376),
  ROW ("377", "Only two temporary placements coded as being due to holiday of usual foster carer(s) are allowed in "
       "any 12- month period.", "Episodes:PLACE,DECOM", 0, 0, check_377),
  ROW ("378", "A child who is placed with parent(s) cannot be looked after under a single period of accommodation "
       "under Section 20 of the Children Act 1989.", "Episodes:PLACE,LS", 0, 0, check_378),
  ROW ("379", "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days.",
       "Episodes:PLACE,DECOM,DEC", 0, 0, check_379),
  ROW ("380", "A period of care cannot start with a temporary placement.", "Episodes:PLACE,RNE", 0, 0, check_380),
  ROW ("381", "A period of care cannot end with a temporary placement.", "Episodes:PLACE,REC", 0, 0, check_381),
  ROW ("382", "A child receiving respite care cannot be in a temporary placement.", "Episodes:LS,PLACE", 0, 0, check_382),
  ROW ("383", "A child in a temporary placement must subsequently return to his/her normal placement.",
       "Episodes:PLACE,RNE,PL_POST", 0, 0, check_383),
  ROW ("384", "A child receiving respite care cannot be in a long-term foster placement ", "Episodes:LS,PLACE", 0, 0, check_384),
  ROW ("385", "Date episode ceased must be on or before the end of the current collection year.",
       "Episodes:DEC", 0, 0, check_385),
  ROW ("386", "Reason episode ceased is adopted but child has reached age 18.", "Episodes:REC,DEC;Header:DOB", 0, 0, check_386),
  ROW ("387", "Reason episode ceased is child moved into independent living arrangement, but the child is aged under 14.",
       "Episodes:REC,DEC;Header:DOB", 0, 0, check_387),
  ROW ("388", "Reason episode ceased is coded new episode begins, but there is no continuation episode.",
       "Episodes:REC,DEC,DECOM", 0, 0, check_388),
  ROW ("389", "Reason episode ceased is that child transferred to care of adult social care services, but child is "
       "aged under 16.", "Episodes:REC,DEC;Header:DOB", 0, 0, check_389),
  ROW ("390", "Reason episode ceased is adopted but child has not been previously placed for adoption.",
       "Episodes:REC,PLACE", 0, 0, check_390),
  ROW ("391", "Young person was not 17, 18, 19, 20 or 21 during the current collection year. ",
       "OC3:DOB,IN_TOUCH,ACTIV,ACCOM", 0, 0, check_391),
  ROW ("392b", "Child is looked after but no postcodes are recorded. [NOTE: This check may result in false "
       "positives for children formerly UASC, particularly if current & prior year UASC data not loaded]",
       "Episodes:LS,HOME_POST,PL_POST", 0, 0, check_392b),
  ROW_REFERENCE ("392c", "Postcode(s) provided are invalid.", "Episodes:HOME_POST,PL_POST", 0, 0, check_392c),
  ROW ("392d", "Home and placement postcodes should not be same unless the placement type is P1.",
       "Episodes:HOME_POST,PL_POST,PLACE", 0, 0, check_392d),
  ROW ("393", "Child is looked after but mother field is not completed.", "Header:SEX,MOTHER;Episodes:LS", 0, 0, check_393),
  ROW ("398", "Distance field completed but child looked after under legal status V3 or V4.",
       "Episodes:LS,HOME_POST,PL_POST", 0, 0, check_398),
  ROW ("399", "Mother field, review field or participation field are completed but child is looked after under "
       "legal status V3 or V4.", "Episodes:LS;Header:MOTHER;Reviews:REVIEW,REVIEW_CODE", 0, 0, check_399),
  ROW_REFERENCE ("392a", "Child is looked after but no distance is recorded. [NOTE: This check may result in false "
                 "positives for children formerly UASC]", "Episodes:HOME_POST,PL_POST,LS", 0, 0, check_392a),
  { NULL }
};
