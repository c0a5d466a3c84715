/* careplan-checks-400.c: SSDA903 validation checks, codes 400–499
 *
 * One CpvCheck row per DfE code; see careplan-validation-registry.c.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "careplan-validation-private.h"
#include "careplan-checks-private.h"

/* 407: an episode ending in a special guardianship order (E45–E48) on or
 * after the 18th birthday. */
static void
check_407 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, e)
    {
      CareplanDate dec = DATE (CPV_EPISODES, e, EP_DEC);
      if (dec == CAREPLAN_DATE_NONE || !IN (CPV_EPISODES, e, EP_REC, "E45 E46 E47 E48"))
        continue;
      CPV_ROWS (child, CPV_HEADER, h)
        {
          CareplanDate dob = DATE (CPV_HEADER, h, HD_DOB);
          if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 18) <= dec)
            {
              cpv_flag (cx, CPV_EPISODES, e);
              cpv_flag (cx, CPV_HEADER, h);
            }
        }
    }
}

static void
check_408 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_PLACE, "A5 A6") && !IS (CPV_EPISODES, r, EP_LS, "E1"))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* 420: a short break (V3, V4) with a placement postcode that places it
 * in an authority. */
static void
check_420 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_LS, "V3 V4") && placement_la (cx, CELL (CPV_EPISODES, r, EP_PL_POST)) != NULL)
      cpv_flag (cx, CPV_EPISODES, r);
}

static void
check_426 (const CpvContext *cx, const CpvChild *child)
{
  gboolean v3 = FALSE, v4 = FALSE;

  CPV_ROWS (child, CPV_EPISODES, r)
    {
      v3 |= IS (CPV_EPISODES, r, EP_LS, "V3");
      v4 |= IS (CPV_EPISODES, r, EP_LS, "V4");
    }
  if (!(v3 && v4))
    return;
  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_LS, "V3 V4"))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* The child's episodes in DECOM order, for the checks that compare an
 * episode with the one before it. */
#define WITH_EPISODES_IN_ORDER(child, eps, n)                      \
  guint n = (child)->t[CPV_EPISODES].n;                            \
  g_autofree guint *eps = g_new (guint, n + 1);                    \
  cpv_episodes_by_decom (child, eps)

/* 431: a new period of care (RNE S) starts after the previous episode
 * ended, not on or before that day. */
static void
check_431 (const CpvContext *cx, const CpvChild *child)
{
  WITH_EPISODES_IN_ORDER (child, eps, n);

  for (guint i = 1; i < n; i++)
    {
      CareplanDate decom = DATE (CPV_EPISODES, eps[i], EP_DECOM);
      CareplanDate prev_dec = DATE (CPV_EPISODES, eps[i - 1], EP_DEC);
      if (IS (CPV_EPISODES, eps[i], EP_RNE, "S") && decom != CAREPLAN_DATE_NONE &&
          prev_dec != CAREPLAN_DATE_NONE && decom <= prev_dec)
        cpv_flag (cx, CPV_EPISODES, eps[i]);
    }
}

/* 432: after an episode that ended the period of care, the next starts a
 * new one (RNE S). */
static void
check_432 (const CpvContext *cx, const CpvChild *child)
{
  WITH_EPISODES_IN_ORDER (child, eps, n);

  for (guint i = 1; i < n; i++)
    if (IN (CPV_EPISODES, eps[i - 1], EP_REC,
            "E2 E3 E4A E4B E5 E6 E7 E8 E9 E11 E12 E13 E14 E15 E16 E17 E41 E45 E46 E47 E48") &&
        !IS (CPV_EPISODES, eps[i], EP_RNE, "S"))
      cpv_flag (cx, CPV_EPISODES, eps[i]);
}

/* 433: a continuation episode (RNE P, L, T, U, B) starts the day the
 * previous one ended. */
static void
check_433 (const CpvContext *cx, const CpvChild *child)
{
  WITH_EPISODES_IN_ORDER (child, eps, n);

  for (guint i = 1; i < n; i++)
    {
      g_autofree char *rne = g_ascii_strup (CELL (CPV_EPISODES, eps[i], EP_RNE), -1);
      CareplanDate decom = DATE (CPV_EPISODES, eps[i], EP_DECOM);
      CareplanDate prev_dec = DATE (CPV_EPISODES, eps[i - 1], EP_DEC);

      if (cpv_in (rne, "P L T U B") &&
          (decom == CAREPLAN_DATE_NONE || prev_dec == CAREPLAN_DATE_NONE || decom != prev_dec))
        cpv_flag (cx, CPV_EPISODES, eps[i]);
    }
}

static gboolean
same_placement (const CpvReturn *ret, guint a, guint b)
{
  static const guint columns[] = { EP_PLACE, EP_PL_POST, EP_URN, EP_PLACE_PROVIDER };

  for (gsize i = 0; i < G_N_ELEMENTS (columns); i++)
    if (strcmp (cpv_cell (ret, CPV_EPISODES, a, columns[i]), cpv_cell (ret, CPV_EPISODES, b, columns[i])) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
same_legal_status (const CpvReturn *ret, guint a, guint b)
{
  return strcmp (cpv_cell (ret, CPV_EPISODES, a, EP_LS), cpv_cell (ret, CPV_EPISODES, b, EP_LS)) == 0;
}

/* 434: RNE L: the legal status changed and the placement did not. */
static void
check_434 (const CpvContext *cx, const CpvChild *child)
{
  WITH_EPISODES_IN_ORDER (child, eps, n);

  for (guint i = 1; i < n; i++)
    if (IS (CPV_EPISODES, eps[i], EP_RNE, "L") &&
        (same_legal_status (RET, eps[i], eps[i - 1]) || !same_placement (RET, eps[i], eps[i - 1])))
      cpv_flag (cx, CPV_EPISODES, eps[i]);
}

/* 435: RNE P or T: the placement changed and the legal status did not. */
static void
check_435 (const CpvContext *cx, const CpvChild *child)
{
  WITH_EPISODES_IN_ORDER (child, eps, n);

  for (guint i = 1; i < n; i++)
    if (IN (CPV_EPISODES, eps[i], EP_RNE, "P T") &&
        (!same_legal_status (RET, eps[i], eps[i - 1]) || same_placement (RET, eps[i], eps[i - 1])))
      cpv_flag (cx, CPV_EPISODES, eps[i]);
}

/* 436: RNE U or B: both changed. */
static void
check_436 (const CpvContext *cx, const CpvChild *child)
{
  WITH_EPISODES_IN_ORDER (child, eps, n);

  for (guint i = 1; i < n; i++)
    if (IN (CPV_EPISODES, eps[i], EP_RNE, "U B") &&
        (same_legal_status (RET, eps[i], eps[i - 1]) || same_placement (RET, eps[i], eps[i - 1])))
      cpv_flag (cx, CPV_EPISODES, eps[i]);
}

/* 437: no episode after one that ended because the child died (E2) or
 * reached 18 (E15). */
static void
check_437 (const CpvContext *cx, const CpvChild *child)
{
  WITH_EPISODES_IN_ORDER (child, eps, n);

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *rec = g_ascii_strup (CELL (CPV_EPISODES, eps[i], EP_REC), -1);
      if (DATE (CPV_EPISODES, eps[i], EP_DECOM) != CAREPLAN_DATE_NONE && cpv_in (rec, "E2 E15"))
        cpv_flag (cx, CPV_EPISODES, eps[i]);
    }
}

/* 440: PN0 (under 4) for a review on or after the 4th birthday. */
static void
check_440 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_REVIEWS, r)
    {
      CareplanDate dob = DATE (CPV_REVIEWS, r, RV_DOB);
      CareplanDate review = DATE (CPV_REVIEWS, r, RV_REVIEW);
      if (IS (CPV_REVIEWS, r, RV_REVIEW_CODE, "PN0") && dob != CAREPLAN_DATE_NONE &&
          review != CAREPLAN_DATE_NONE && review >= cpv_birthday (dob, 4))
        cpv_flag (cx, CPV_REVIEWS, r);
    }
}

/* 441: PN1–PN7 (4 or over) for a review before the 4th birthday. */
static void
check_441 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_REVIEWS, r)
    {
      CareplanDate dob = DATE (CPV_REVIEWS, r, RV_DOB);
      CareplanDate review = DATE (CPV_REVIEWS, r, RV_REVIEW);
      if (IN (CPV_REVIEWS, r, RV_REVIEW_CODE, "PN1 PN2 PN3 PN4 PN5 PN6 PN7") && dob != CAREPLAN_DATE_NONE &&
          review != CAREPLAN_DATE_NONE && review < cpv_birthday (dob, 4))
        cpv_flag (cx, CPV_REVIEWS, r);
    }
}

/* 442: a child looked after other than for short breaks has a UPN. */
static void
check_442 (const CpvContext *cx, const CpvChild *child)
{
  gboolean looked_after = FALSE;

  CPV_ROWS (child, CPV_EPISODES, e)
    looked_after |= !IN (CPV_EPISODES, e, EP_LS, "V3 V4");
  if (!looked_after)
    return;
  CPV_ROWS (child, CPV_HEADER, h)
    if (BLANK (CPV_HEADER, h, HD_UPN))
      cpv_flag (cx, CPV_HEADER, h);
}

/* 444: a UPN (other than UN1–UN5) on more than one Header row: a
 * whole-return check. */
static void
check_444 (const CpvContext *cx)
{
  const CpvReturn *ret = cx->ret;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = ret->tables[CPV_HEADER].n_rows;

  for (guint r = 0; r < n; r++)
    {
      const char *upn = cpv_cell (ret, CPV_HEADER, r, HD_UPN);
      if (*upn == '\0' || cpv_in (upn, "UN1 UN2 UN3 UN4 UN5"))
        continue;
      g_hash_table_insert (counts, (gpointer) upn,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, upn)) + 1));
    }
  for (guint r = 0; r < n; r++)
    {
      const char *upn = cpv_cell (ret, CPV_HEADER, r, HD_UPN);
      if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, upn)) > 1)
        cpv_flag (cx, CPV_HEADER, r);
    }
}

static void
check_446 (const CpvContext *cx, const CpvChild *child)
{
  CareplanDate from = careplan_date_new (2005, 12, 1);

  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      if (IS (CPV_EPISODES, r, EP_LS, "E1") && decom != CAREPLAN_DATE_NONE && decom < from)
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* 452: the first episode this year continues (same RNE) last year's open
 * last episode: its placement authority is the same. */
static void
check_452 (const CpvContext *cx, const CpvChild *child)
{
  int first = cpv_pick_episode (child, FALSE, NULL);
  int last = -1;
  CareplanDate last_date = CAREPLAN_DATE_NONE;
  const char *la, *la_last;

  if (first < 0)
    return;
  CPV_PREV_ROWS (child, CPV_EPISODES, p)
    {
      CareplanDate d = cpv_date (child->prev, CPV_EPISODES, p, EP_DECOM);
      if (d != CAREPLAN_DATE_NONE && (last < 0 || d > last_date))
        {
          last = (int) p;
          last_date = d;
        }
    }
  if (last < 0 || !cpv_blank (child->prev, CPV_EPISODES, last, EP_DEC) ||
      strcmp (CELL (CPV_EPISODES, first, EP_RNE), cpv_cell (child->prev, CPV_EPISODES, last, EP_RNE)) != 0)
    return;
  la = placement_la (cx, CELL (CPV_EPISODES, first, EP_PL_POST));
  la_last = placement_la (cx, cpv_cell (child->prev, CPV_EPISODES, last, EP_PL_POST));
  if (g_strcmp0 (la, la_last) != 0)
    cpv_flag (cx, CPV_EPISODES, (guint) first);
}

/* 460: an episode ending with the child staying with the carers at 18
 * or over (E17) before the 18th birthday. */
static void
check_460 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, e)
    {
      CareplanDate dec = DATE (CPV_EPISODES, e, EP_DEC);
      if (dec == CAREPLAN_DATE_NONE || !IS (CPV_EPISODES, e, EP_REC, "E17"))
        continue;
      CPV_ROWS (child, CPV_HEADER, h)
        {
          CareplanDate dob = DATE (CPV_HEADER, h, HD_DOB);
          if (dob != CAREPLAN_DATE_NONE && dec < cpv_birthday (dob, 18))
            {
              cpv_flag (cx, CPV_EPISODES, e);
              break;
            }
        }
    }
}

/* 406: an unaccompanied asylum-seeking child has no distance. */
static void
check_406 (const CpvContext *cx, const CpvChild *child)
{
  if (!is_uasc (child))
    return;
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      double miles;
      if (cpv_distance (cx->ref, CELL (CPV_EPISODES, r, EP_HOME_POST), CELL (CPV_EPISODES, r, EP_PL_POST), &miles))
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* 411: PL_LOCATION "IN" (the placement's authority is the one making
 * the return) agrees with PL_LA: both are derived here from the same
 * postcode, so only a placement authority code the directory gives
 * differently from local-authorities.csv can disagree. */
static void
check_411 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      const char *la = placement_la (cx, CELL (CPV_EPISODES, r, EP_PL_POST));
      if (la != NULL && g_strcmp0 (la, cx->ref->authority) == 0 && !g_hash_table_contains (cx->ref->la_codes, la))
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* The child's last episode in last year's return (latest DECOM), or -1. */
static int
last_year_episode (const CpvChild *child)
{
  int last = -1;
  CareplanDate last_date = CAREPLAN_DATE_NONE;

  CPV_PREV_ROWS (child, CPV_EPISODES, p)
    {
      CareplanDate d = cpv_date (child->prev, CPV_EPISODES, p, EP_DECOM);
      if (d != CAREPLAN_DATE_NONE && (last < 0 || d > last_date))
        {
          last = (int) p;
          last_date = d;
        }
    }
  return last;
}

/* 453: the first episode this year continues last year's open last
 * episode (same RNE): the distance is within 0.2 miles of last year's. */
static void
check_453 (const CpvContext *cx, const CpvChild *child)
{
  int first = cpv_pick_episode (child, FALSE, NULL);
  int last = last_year_episode (child);
  double now, before;
  gboolean has_now, has_before;

  if (first < 0 || last < 0 || !cpv_blank (child->prev, CPV_EPISODES, last, EP_DEC) ||
      strcmp (CELL (CPV_EPISODES, first, EP_RNE), cpv_cell (child->prev, CPV_EPISODES, last, EP_RNE)) != 0)
    return;
  has_now = distance (cx, RET, (guint) first, &now);
  has_before = distance (cx, child->prev, (guint) last, &before);
  if ((has_now && has_before && fabs (now - before) >= 0.2) || (has_now && !has_before))
    cpv_flag (cx, CPV_EPISODES, (guint) first);
}

/* 454: a distance over 350 miles. */
static void
check_454 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      double miles;
      if (distance (cx, RET, r, &miles) && miles > 350.0 && miles != 999.9)
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

const CpvCheck cpv_checks_400[] = {
  ROW_DIFFERS ("407", "Reason episode ceased is Special Guardianship Order, but child has reached age 18.",
               "Episodes:REC,DEC;Header:DOB", 0, 0, check_407),
  ROW ("408", "Child is placed for adoption with a placement order, but no placement order has been recorded.",
       "Episodes:PLACE,LS", 0, 0, check_408),
  ROW_REFERENCE ("420", "LA of placement completed but child is looked after under legal status V3 or V4.",
                 "Episodes:LS,PL_POST", 0, 0, check_420),
  ROW ("426", "A child receiving respite care cannot be recorded under a legal status of V3 and V4 in the same year.",
       "Episodes:LS", 0, 0, check_426),
  ROW ("431", "The reason for new episode is started to be looked after, but the previous episode ended on the same day.",
       "Episodes:RNE,DECOM,DEC", 0, 0, check_431),
  ROW ("432", "The child ceased to be looked after at the end of the previous episode but the reason for the new "
       "episode is not started to be looked after.", "Episodes:RNE,REC", 0, 0, check_432),
  ROW ("433", "The reason for new episode suggests that this is a continuation episode, but the episode does not "
       "start on the same day as the last episode finished.", "Episodes:RNE,DECOM,DEC", 0, 0, check_433),
  ROW ("434", "Reason for new episode is that child's legal status has changed but not the placement, but this is "
       "not reflected in the episode data.", "Episodes:RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER", 0, 0, check_434),
  ROW ("435", "Reason for new episode is that child’s placement has changed but not the legal status, but this is "
       "not reflected in the episode data recorded.", "Episodes:RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER", 0, 0, check_435),
  ROW ("436", "Reason for new episode is that both child’s placement and legal status have changed, but this is "
       "not reflected in the episode data.", "Episodes:RNE,LS,PLACE,PL_POST,URN,PLACE_PROVIDER", 0, 0, check_436),
  ROW ("437", "Reason episode ceased is child has died or is aged 18 or over but there are further episodes.",
       "Episodes:REC", 0, 0, check_437),
  ROW_DIFFERS ("440", "Participation method indicates child was under 4 years old at the time of the review, but date "
               "of birth and review date indicates the child was 4 years old or over.",
               "Reviews:DOB,REVIEW,REVIEW_CODE", 0, 0, check_440),
  ROW ("441", "Participation method indicates child was 4 years old or over at the time of the review, but the date "
       "of birth and review date indicates the child was under 4 years old.", "Reviews:DOB,REVIEW,REVIEW_CODE", 0, 0, check_441),
  ROW ("442", "Unique Pupil Number (UPN) field is not completed.", "Header:UPN;Episodes:LS", 0, 0, check_442),
  { "444", "Duplicate UPN has been reported", "Header:UPN", 2026, 0, NULL, CAREPLAN_VALIDATION_STATUS_IMPLEMENTED,
    CAREPLAN_VALIDATION_SEVERITY_ERROR, CPV_NEEDS_NOTHING, NULL, check_444 },
  ROW ("446", "E1 is not a valid code for episodes starting before December 2005.", "Episodes:LS,DECOM", 0, 0, check_446),
  { "452", "Contradiction between local authority of placement code in the last episode of the previous year and "
    "in the first episode of the current year.", "Episodes:PL_POST,RNE", 0, 0, NULL,
    CAREPLAN_VALIDATION_STATUS_IMPLEMENTED, CAREPLAN_VALIDATION_SEVERITY_ERROR,
    CPV_NEEDS_PREVIOUS | CPV_NEEDS_REFERENCE, check_452, NULL },
  ROW ("460", "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child is "
       "aged under 18.", "Episodes:REC,DEC;Header:DOB", 0, 0, check_460),
  ROW_REFERENCE ("406", "Child is Unaccompanied Asylum-Seeking Child (UASC) or was formerly UASC. Distance should be "
                 "blank. [NOTE: This check will result in false negatives for children formerly UASC not identified "
                 "as such in loaded data]", "Episodes:HOME_POST,PL_POST", 0, 0, check_406),
  ROW_REFERENCE ("411", "Placement location code disagrees with LA of placement.", "Episodes:PL_POST", 0, 0, check_411),
  { "453", "Contradiction between placement distance in the last episode of the previous year and in the first "
    "episode of the current year.", "Episodes:HOME_POST,PL_POST,RNE", 0, 0, NULL,
    CAREPLAN_VALIDATION_STATUS_IMPLEMENTED, CAREPLAN_VALIDATION_SEVERITY_ERROR,
    CPV_NEEDS_PREVIOUS | CPV_NEEDS_REFERENCE, check_453, NULL },
  ROW_REFERENCE ("454", "Placement distance from home is over 350 miles. [NOTE: This check will result in false "
                 "positives for children formerly UASC not identified as such in loaded data]",
                 "Episodes:HOME_POST,PL_POST", 2026, 0, check_454),
  { NULL }
};
