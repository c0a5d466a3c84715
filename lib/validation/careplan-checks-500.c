/* careplan-ssda903-checks-500.c: the SSDA903 checks with codes 501 to 586
 * (episodes in sequence, placement providers, adoption, OC2, missing)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "careplan-checks-b-private.h"

#define EP  CPV_EPISODES
#define AD1 CPV_AD1
#define PA  CPV_PLACED_ADOPTION
#define OC2 CPV_OC2
#define MIS CPV_MISSING

#define NONE CAREPLAN_DATE_NONE

#define CELL(x, t, r, col) vb_cell ((x), VB_THIS, (t), (r), (col))
#define DATE(x, t, r, col) vb_date ((x), VB_THIS, (t), (r), (col))

static const char *const adoption_places[] = { "A3", "A4", "A5", "A6", NULL };
static const char *const foster_with_former[] = { "U1", "U2", "U3", "U4", "U5", "U6", NULL };

/* 501: a new episode starts before the end of the child's previous one. */
static void
check_501 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, EP, &n);

  for (guint i = 1; i < n; i++)
    {
      CareplanDate decom = DATE (x, EP, rows[i], EP_DECOM);
      CareplanDate prev_dec = DATE (x, EP, rows[i - 1], EP_DEC);

      if (decom != NONE && prev_dec != NONE && decom < prev_dec)
        vb_flag (x, EP, rows[i]);
    }
}

/* The child's first episode this year and its last episode of last year's
 * return, when that one was open at the end of last year. */
static gboolean
first_and_open_last (VbCtx *x, guint *first, guint *last)
{
  guint n, n_last;
  const guint *rows = vb_rows (x, VB_THIS, EP, &n);
  const guint *last_rows;

  if (n == 0 || DATE (x, EP, rows[0], EP_DECOM) == NONE)
    return FALSE;
  last_rows = vb_rows (x, VB_PREVIOUS, EP, &n_last);
  if (n_last == 0)
    return FALSE;
  /* the latest dated one */
  for (guint i = n_last; i-- > 0;)
    if (vb_date (x, VB_PREVIOUS, EP, last_rows[i], EP_DECOM) != NONE)
      {
        if (vb_cell (x, VB_PREVIOUS, EP, last_rows[i], EP_DEC) != NULL)
          return FALSE;
        *first = rows[0];
        *last = last_rows[i];
        return TRUE;
      }
  return FALSE;
}

/* 502: last year's open episode started when this year's first did. */
static void
check_502 (VbCtx *x)
{
  guint first, last;

  if (first_and_open_last (x, &first, &last)
      && DATE (x, EP, first, EP_DECOM) != vb_date (x, VB_PREVIOUS, EP, last, EP_DECOM))
    vb_flag (x, EP, first);
}

static void
same_as_open_last (VbCtx *x, guint column)
{
  guint first, last;
  const char *now, *before;

  if (!first_and_open_last (x, &first, &last))
    return;
  now = CELL (x, EP, first, column);
  before = vb_cell (x, VB_PREVIOUS, EP, last, column);
  if (g_strcmp0 (now, before) == 0)
    return;
  /* Placement types renamed between the years are the same placement. */
  if (column == EP_PLACE && before != NULL && now != NULL
      && ((vb_year (x) == 2025 && strcmp (before, "H5") == 0 && strcmp (now, "K3") == 0)
          || (vb_year (x) == 2026 && strcmp (before, "Z1") == 0
              && VB_IN (now, "Z11", "Z12", "Z13", "Z14"))))
    return;
  vb_flag (x, EP, first);
}

static void check_503a (VbCtx *x) { same_as_open_last (x, EP_RNE); }
static void check_503b (VbCtx *x) { same_as_open_last (x, EP_LS); }
static void check_503c (VbCtx *x) { same_as_open_last (x, EP_CIN); }
static void check_503d (VbCtx *x) { same_as_open_last (x, EP_PLACE); }
static void check_503e (VbCtx *x) { same_as_open_last (x, EP_PLACE_PROVIDER); }
static void check_503f (VbCtx *x) { same_as_open_last (x, EP_URN); }

/* The local authority of a placement postcode (the ONS Postcode
 * Directory's, from --reference), or NULL when blank or not found. */
static const char *
placement_la (VbCtx *x, VbWhich w, guint row)
{
  const char *postcode = vb_cell (x, w, EP, row, EP_PL_POST);

  if (postcode == NULL || x->cx->ref == NULL)
    return NULL;
  /* The reference's postcodes hold grid references too (valA changed the
   * format): cpv_placement_la() is PL_LA as the DfE derives it. */
  return cpv_placement_la (x->cx->ref, postcode);
}

/* Whether the placement is in the authority making the return
 * (PL_LOCATION IN), or outside it (OUT); -1 when unknown. */
static int
placement_inside (VbCtx *x, VbWhich w, guint row)
{
  const char *la = placement_la (x, w, row);

  if (la == NULL || x->cx->ref->authority == NULL)
    return -1;
  return strcmp (la, x->cx->ref->authority) == 0;
}

/* 503G: the distance from home to the placement in the first episode is
 * the one of last year's open episode (within 0.2 miles: the DfE rounds
 * each to one decimal place).  Only distances both known are compared. */
static void
check_503g (VbCtx *x)
{
  guint first, last;
  double now, before;

  if (!first_and_open_last (x, &first, &last))
    return;
  if (cpv_distance (x->cx->ref, vb_cell (x, VB_THIS, EP, first, EP_HOME_POST),
                    vb_cell (x, VB_THIS, EP, first, EP_PL_POST), &now)
      && cpv_distance (x->cx->ref, vb_cell (x, VB_PREVIOUS, EP, last, EP_HOME_POST),
                       vb_cell (x, VB_PREVIOUS, EP, last, EP_PL_POST), &before)
      && fabs (now - before) >= 0.2 - 1e-9)
    vb_flag (x, EP, first);
}

/* 503J: the placement is inside or outside the authority (PL_LOCATION) as
 * last year's open episode was. */
static void
check_503j (VbCtx *x)
{
  guint first, last;
  int now, before;

  if (!first_and_open_last (x, &first, &last))
    return;
  now = placement_inside (x, VB_THIS, first);
  before = placement_inside (x, VB_PREVIOUS, last);
  if (now >= 0 && before >= 0 && now != before)
    vb_flag (x, EP, first);
}

/* 503H: the placement's local authority (PL_LA, the authority of the
 * placement postcode) is the one of last year's open episode.  Only
 * postcodes both found in the directory are compared. */
static void
check_503h (VbCtx *x)
{
  guint first, last;
  const char *now, *before;

  if (!first_and_open_last (x, &first, &last))
    return;
  now = placement_la (x, VB_THIS, first);
  before = placement_la (x, VB_PREVIOUS, last);
  if (now != NULL && before != NULL && strcmp (now, before) != 0)
    vb_flag (x, EP, first);
}

/* 504: the category of need stays as it was at the start of the period of
 * care: an episode that follows on (previous REC X1, DEC = DECOM) keeps CIN. */
static void
check_504 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, EP, &n);

  for (guint i = 1; i < n; i++)
    {
      CareplanDate decom = DATE (x, EP, rows[i], EP_DECOM);

      if (vb_is (CELL (x, EP, rows[i - 1], EP_REC), "X1") && decom != NONE
          && DATE (x, EP, rows[i - 1], EP_DEC) == decom
          && g_strcmp0 (CELL (x, EP, rows[i], EP_CIN), CELL (x, EP, rows[i - 1], EP_CIN)) != 0)
        vb_flag (x, EP, rows[i]);
    }
}

/* AD1: numbers, sexes and legal status of the adopters agree. */
static void
check_511 (VbCtx *x)
{
  VB_ROWS (x, AD1, r)
    if (vb_is (CELL (x, AD1, r, AD_NB_ADOPTR), "2")
        && VB_IN (CELL (x, AD1, r, AD_SEX_ADOPTR), "M1", "F1"))
      vb_flag (x, AD1, r);
}

static void
ls_needs_sex (VbCtx *x, const char *ls, const char *const *sexes)
{
  VB_ROWS (x, AD1, r)
    if (vb_is (CELL (x, AD1, r, AD_LS_ADOPTR), ls) && !vb_in (CELL (x, AD1, r, AD_SEX_ADOPTR), sexes))
      vb_flag (x, AD1, r);
}

static void check_514 (VbCtx *x) { ls_needs_sex (x, "L0", (const char *const[]) { "M1", "F1", NULL }); }
static void check_517 (VbCtx *x) { ls_needs_sex (x, "L3", (const char *const[]) { "MF", NULL }); }
static void check_518 (VbCtx *x) { ls_needs_sex (x, "L4", (const char *const[]) { "MM", "FF", NULL }); }
static void check_519 (VbCtx *x) { ls_needs_sex (x, "L2", (const char *const[]) { "MM", "FF", "MF", NULL }); }
static void check_520 (VbCtx *x) { ls_needs_sex (x, "L11", (const char *const[]) { "MF", NULL }); }
static void check_524 (VbCtx *x) { ls_needs_sex (x, "L12", (const char *const[]) { "MM", "FF", NULL }); }

/* 516: an episode that ends E45 or E46 (with former foster carers) is a
 * placement U1 to U6. */
static void
check_516 (VbCtx *x)
{
  VB_ROWS (x, EP, r)
    if (VB_IN (CELL (x, EP, r, EP_REC), "E45", "E46")
        && !vb_in (CELL (x, EP, r, EP_PLACE), foster_with_former))
      vb_flag (x, EP, r);
}

/* 521: DATE_INT on or before the start of each placement for adoption. */
static void
check_521 (VbCtx *x)
{
  guint n_ep, n_ad;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *ads = vb_rows (x, VB_THIS, AD1, &n_ad);

  for (guint a = 0; a < n_ad; a++)
    {
      CareplanDate date_int = DATE (x, AD1, ads[a], AD_DATE_INT);
      gboolean flagged = FALSE;

      if (date_int == NONE)
        continue;
      for (guint e = 0; e < n_ep; e++)
        {
          CareplanDate decom = DATE (x, EP, eps[e], EP_DECOM);

          if (vb_in (CELL (x, EP, eps[e], EP_PLACE), adoption_places)
              && decom != NONE && date_int > decom)
            {
              vb_flag (x, EP, eps[e]);
              flagged = TRUE;
            }
        }
      if (flagged)
        vb_flag (x, AD1, ads[a]);
    }
}

/* 522: DATE_PLACED on or before DATE_PLACED_CEASED. */
static void
check_522 (VbCtx *x)
{
  VB_ROWS (x, PA, r)
    {
      CareplanDate placed = DATE (x, PA, r, PA_DATE_PLACED);
      CareplanDate ceased = DATE (x, PA, r, PA_DATE_PLACED_CEASED);

      if (placed != NONE && ceased != NONE && ceased < placed)
        vb_flag (x, PA, r);
    }
}

/* 523: DATE_PLACED is DATE_INT. */
static void
check_523 (VbCtx *x)
{
  guint n_pa, n_ad;
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);
  const guint *ads = vb_rows (x, VB_THIS, AD1, &n_ad);

  for (guint p = 0; p < n_pa; p++)
    for (guint a = 0; a < n_ad; a++)
      {
        CareplanDate placed = DATE (x, PA, pas[p], PA_DATE_PLACED);
        CareplanDate date_int = DATE (x, AD1, ads[a], AD_DATE_INT);

        if (placed != NONE && date_int != NONE && placed != date_int)
          {
            vb_flag (x, PA, pas[p]);
            vb_flag (x, AD1, ads[a]);
          }
      }
}

/* 525: a reversed decision (DATE_PLACED_CEASED given) and adoption data. */
static void
check_525 (VbCtx *x)
{
  static const guint fields[] = {
    AD_DATE_INT, AD_DATE_MATCH, AD_FOSTER_CARE, AD_NB_ADOPTR, AD_SEX_ADOPTR, AD_LS_ADOPTR,
  };

  guint n_pa, n_ad;
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);
  const guint *ads = vb_rows (x, VB_THIS, AD1, &n_ad);

  for (guint p = 0; p < n_pa; p++)
    {
      if (CELL (x, PA, pas[p], PA_DATE_PLACED_CEASED) == NULL)
        continue;
      for (guint a = 0; a < n_ad; a++)
        {
          gboolean any = FALSE;

          for (guint f = 0; f < G_N_ELEMENTS (fields) && !any; f++)
            any = CELL (x, AD1, ads[a], fields[f]) != NULL;
          if (any)
            {
              vb_flag (x, PA, pas[p]);
              vb_flag (x, AD1, ads[a]);
            }
        }
    }
}

/* 526: a placement provider for every placement but the temporary ones
 * (T0 to T4) and the placements away from the care system (Z1, from
 * 2025/26 Z11 to Z14). */
static void
check_526 (VbCtx *x)
{
  VB_ROWS (x, EP, r)
    {
      const char *place = CELL (x, EP, r, EP_PLACE);
      gboolean exempt = VB_IN (place, "T0", "T1", "T2", "T3", "T4")
                        || (vb_year (x) >= 2026 ? VB_IN (place, "Z11", "Z12", "Z13", "Z14")
                                                : vb_is (place, "Z1"));

      if (!exempt && CELL (x, EP, r, EP_PLACE_PROVIDER) == NULL)
        vb_flag (x, EP, r);
    }
}

static void
provider_not_with (VbCtx *x, const char *provider, const char *const *places)
{
  VB_ROWS (x, EP, r)
    if (vb_is (CELL (x, EP, r, EP_PLACE_PROVIDER), provider) && vb_in (CELL (x, EP, r, EP_PLACE), places))
      vb_flag (x, EP, r);
}

static void check_527 (VbCtx *x) { provider_not_with (x, "PR1", (const char *const[]) { "P1", "R2", "R5", NULL }); }
static void check_528 (VbCtx *x) { provider_not_with (x, "PR2", (const char *const[]) { "P1", "R2", "R5", NULL }); }
static void check_529 (VbCtx *x)
{
  provider_not_with (x, "PR3", (const char *const[]) {
    "A3", "A4", "A5", "A6", "K1", "K2", "P1", "U1", "U2", "U3", "U4", "U5", "U6", NULL });
}
static void check_530 (VbCtx *x) { provider_not_with (x, "PR4", (const char *const[]) { "P1", NULL }); }
static void check_531 (VbCtx *x) { provider_not_with (x, "PR5", (const char *const[]) { "P1", NULL }); }

/* 550: PR0 (parent or other person with parental responsibility) only with P1. */
static void
check_550 (VbCtx *x)
{
  VB_ROWS (x, EP, r)
    if (vb_is (CELL (x, EP, r, EP_PLACE_PROVIDER), "PR0") && !vb_is (CELL (x, EP, r, EP_PLACE), "P1"))
      vb_flag (x, EP, r);
}

/* Looked after continuously for the 12 months to 31 March (the DfE's
 * CONTINUOUSLY_LOOKED_AFTER): in care during the year, and no episode
 * that starts a period of care in the year, ends one before 31 March, or
 * is a short break (V3, V4) in the year. */
static gboolean
continuously_looked_after (VbCtx *x)
{
  CareplanDate start = vb_start (x), end = vb_end (x);
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, EP, &n);
  gboolean during = FALSE;

  for (guint i = 0; i < n; i++)
    {
      CareplanDate decom = DATE (x, EP, rows[i], EP_DECOM);
      CareplanDate dec = DATE (x, EP, rows[i], EP_DEC);
      gboolean open = CELL (x, EP, rows[i], EP_DEC) == NULL;
      gboolean in_year = decom != NONE && decom <= end && (open || (dec != NONE && dec >= start));

      during = during || in_year;
      if (vb_is (CELL (x, EP, rows[i], EP_RNE), "S") && decom != NONE && decom > start && decom <= end)
        return FALSE;
      if (!vb_is (CELL (x, EP, rows[i], EP_REC), "X1") && dec != NONE && dec >= start && dec < end)
        return FALSE;
      if (in_year && VB_IN (CELL (x, EP, rows[i], EP_LS), "V3", "V4"))
        return FALSE;
    }
  return during;
}

/* The age on 31 March by the corresponding-date rule is at least @years. */
static gboolean
aged_at_end (VbCtx *x, CareplanDate dob, guint years)
{
  return vb_birthday (dob, years) <= vb_end (x);
}

/* 542: under 10 on 31 March: no conviction information. */
static void
check_542 (VbCtx *x)
{
  VB_ROWS (x, OC2, r)
    {
      CareplanDate dob = DATE (x, OC2, r, O2_DOB);

      if (dob != NONE && !aged_at_end (x, dob, 10) && CELL (x, OC2, r, O2_CONVICTED) != NULL)
        vb_flag (x, OC2, r);
    }
}

typedef enum { AGE_UNDER, AGE_AT_LEAST } AgeSide;

static void
oc2_cla_age (VbCtx *x, guint years, AgeSide side, guint field, gboolean want_given)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, OC2, &n);

  if (n == 0 || !continuously_looked_after (x))
    return;
  for (guint i = 0; i < n; i++)
    {
      CareplanDate dob = DATE (x, OC2, rows[i], O2_DOB);
      gboolean aged;

      if (dob == NONE)
        continue;
      aged = aged_at_end (x, dob, years);
      if ((side == AGE_AT_LEAST) == aged
          && (CELL (x, OC2, rows[i], field) != NULL) == want_given)
        vb_flag (x, OC2, rows[i]);
    }
}

/* 543: 10 or over on 31 March, looked after for 12 months: CONVICTED given. */
static void check_543 (VbCtx *x) { oc2_cla_age (x, 10, AGE_AT_LEAST, O2_CONVICTED, FALSE); }
/* 545: under 5 on 31 March, looked after for 12 months: HEALTH_CHECK given. */
static void check_545 (VbCtx *x) { oc2_cla_age (x, 5, AGE_UNDER, O2_HEALTH_CHECK, FALSE); }
/* 546: 5 or over on 31 March, looked after for 12 months: no HEALTH_CHECK. */
static void check_546 (VbCtx *x) { oc2_cla_age (x, 5, AGE_AT_LEAST, O2_HEALTH_CHECK, TRUE); }

static void
then_health_items (VbCtx *x, guint field)
{
  VB_ROWS (x, OC2, r)
    if (vb_is (CELL (x, OC2, r, field), "1")
        && (CELL (x, OC2, r, O2_IMMUNISATIONS) == NULL || CELL (x, OC2, r, O2_TEETH_CHECK) == NULL
            || CELL (x, OC2, r, O2_HEALTH_ASSESSMENT) == NULL
            || CELL (x, OC2, r, O2_SUBSTANCE_MISUSE) == NULL))
      vb_flag (x, OC2, r);
}

/* 544, 547: a conviction or a health check recorded: the health items too. */
static void check_544 (VbCtx *x) { then_health_items (x, O2_CONVICTED); }
static void check_547 (VbCtx *x) { then_health_items (x, O2_HEALTH_CHECK); }

/* 551: placed for adoption (A3 to A6) with no date of the decision. */
static void
check_551 (VbCtx *x)
{
  guint n_ep, n_pa;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);
  gboolean decided = FALSE;

  if (!vb_has_table (x, VB_THIS, CPV_PLACED_ADOPTION))
    return;

  for (guint p = 0; p < n_pa; p++)
    decided = decided || CELL (x, PA, pas[p], PA_DATE_PLACED) != NULL;
  if (decided)
    return;
  for (guint e = 0; e < n_ep; e++)
    if (vb_in (CELL (x, EP, eps[e], EP_PLACE), adoption_places))
      vb_flag (x, EP, eps[e]);
}

/* The child's first episode with PLACE in @places (or LS @ls). */
static int
first_episode (VbCtx *x, const char *const *places, const char *ls)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, EP, &n);

  for (guint i = 0; i < n; i++)
    if (DATE (x, EP, rows[i], EP_DECOM) != NONE
        && (places != NULL ? vb_in (CELL (x, EP, rows[i], EP_PLACE), places)
                           : vb_is (CELL (x, EP, rows[i], EP_LS), ls)))
      return (int) rows[i];
  return -1;
}

/* 552: the latest decision to place for adoption on or before the first
 * placement for adoption. */
static void
check_552 (VbCtx *x)
{
  guint n_pa;
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);
  int first = first_episode (x, adoption_places, NULL);
  int latest = -1;
  CareplanDate latest_date = NONE;

  if (first < 0)
    return;
  for (guint p = 0; p < n_pa; p++)
    {
      CareplanDate d = DATE (x, PA, pas[p], PA_DATE_PLACED);

      if (d != NONE && (latest < 0 || d > latest_date))
        {
          latest = (int) pas[p];
          latest_date = d;
        }
    }
  if (latest >= 0 && DATE (x, EP, (guint) first, EP_DECOM) < latest_date)
    {
      vb_flag (x, EP, (guint) first);
      vb_flag (x, PA, (guint) latest);
    }
}

/* 553: a placement order (LS E1) without a decision to place for adoption;
 * while it is open, the decision has not ceased. */
static void
check_553 (VbCtx *x)
{
  guint n_ep, n_pa;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);
  gboolean open_e1 = FALSE;

  if (!vb_has_table (x, VB_THIS, CPV_PLACED_ADOPTION))
    return;

  for (guint e = 0; e < n_ep; e++)
    {
      if (!vb_is (CELL (x, EP, eps[e], EP_LS), "E1"))
        continue;
      if (n_pa == 0)
        vb_flag (x, EP, eps[e]);
      if (CELL (x, EP, eps[e], EP_DEC) == NULL)
        open_e1 = TRUE;
    }
  if (open_e1)
    for (guint p = 0; p < n_pa; p++)
      if (CELL (x, PA, pas[p], PA_DATE_PLACED_CEASED) != NULL
          || CELL (x, PA, pas[p], PA_REASON_PLACED_CEASED) != NULL)
        vb_flag (x, PA, pas[p]);
}

/* 554: the decision on or before the start of the first E1 episode. */
static void
check_554 (VbCtx *x)
{
  guint n_pa;
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);
  int first = first_episode (x, NULL, "E1");

  if (first < 0)
    return;
  for (guint p = 0; p < n_pa; p++)
    {
      CareplanDate d = DATE (x, PA, pas[p], PA_DATE_PLACED);

      if (d != NONE && d > DATE (x, EP, (guint) first, EP_DECOM))
        {
          vb_flag (x, EP, (guint) first);
          vb_flag (x, PA, pas[p]);
        }
    }
}

/* 557: left care from a placement for adoption or a placement order, not
 * adopted: the decision has ceased (date and reason). */
static void
check_557 (VbCtx *x)
{
  guint n_ep, n_pa;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);

  if (!vb_has_table (x, VB_THIS, CPV_PLACED_ADOPTION))
    return;

  for (guint e = 0; e < n_ep; e++)
    {
      const char *rec = CELL (x, EP, eps[e], EP_REC);
      gboolean incomplete = n_pa == 0;

      if (!(vb_in (CELL (x, EP, eps[e], EP_PLACE), adoption_places)
            || vb_is (CELL (x, EP, eps[e], EP_LS), "E1"))
          || rec == NULL || VB_IN (rec, "E11", "E12", "X1"))
        continue;
      for (guint p = 0; p < n_pa; p++)
        if (CELL (x, PA, pas[p], PA_DATE_PLACED_CEASED) == NULL
            || CELL (x, PA, pas[p], PA_REASON_PLACED_CEASED) == NULL)
          {
            incomplete = TRUE;
            vb_flag (x, PA, pas[p]);
          }
      if (incomplete)
        vb_flag (x, EP, eps[e]);
    }
}

/* 558: adopted (REC E11, E12) with more than one decision: the latest has
 * no DATE_PLACED_CEASED. */
static void
check_558 (VbCtx *x)
{
  guint n_ep, n_pa;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);

  if (n_pa < 2 || CELL (x, PA, pas[n_pa - 1], PA_DATE_PLACED_CEASED) == NULL)
    return;
  for (guint e = 0; e < n_ep; e++)
    if (VB_IN (CELL (x, EP, eps[e], EP_REC), "E11", "E12"))
      vb_flag (x, EP, eps[e]);
}

/* 559-561, 584: decisions to place for adoption against last year's. */
static void
placed_against_last (VbCtx *x, int which)
{
  guint n_pa, n_last = 0;
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);
  const guint *last = NULL;

  if (n_pa == 0)
    return;
  last = vb_rows (x, VB_PREVIOUS, PA, &n_last);
  for (guint i = 0; i < n_pa; i++)
    {
      CareplanDate now = DATE (x, PA, pas[i], PA_DATE_PLACED);
      gboolean flag = FALSE;

      if (which == 559)
        {
          gboolean recorded = FALSE;

          for (guint j = 0; j < n_last; j++)
            recorded = recorded || vb_cell (x, VB_PREVIOUS, PA, last[j], PA_DATE_PLACED) != NULL;
          flag = now != NONE && now < vb_start (x) && !recorded;
        }
      for (guint j = 0; j < n_last && !flag; j++)
        {
          CareplanDate before = vb_date (x, VB_PREVIOUS, PA, last[j], PA_DATE_PLACED);
          gboolean ceased = vb_cell (x, VB_PREVIOUS, PA, last[j], PA_DATE_PLACED_CEASED) != NULL;
          gboolean reason = vb_cell (x, VB_PREVIOUS, PA, last[j], PA_REASON_PLACED_CEASED) != NULL;

          if (which == 560)
            flag = before != NONE && !ceased && now != before;
          else if (which == 561)
            flag = now != NONE && now == before && (ceased || reason);
          else if (which == 584)
            flag = (ceased || reason) && (now == NONE || (before != NONE && now <= before));
        }
      if (flag)
        vb_flag (x, PA, pas[i]);
    }
}

static void check_559 (VbCtx *x) { placed_against_last (x, 559); }
static void check_560 (VbCtx *x) { placed_against_last (x, 560); }
static void check_561 (VbCtx *x) { placed_against_last (x, 561); }
static void check_584 (VbCtx *x) { placed_against_last (x, 584); }

/* 562: the first episode, begun before the year, is last year's last. */
static void
check_562 (VbCtx *x)
{
  guint n, n_last = 0;
  const guint *rows = vb_rows (x, VB_THIS, EP, &n);
  const guint *last = NULL;
  CareplanDate decom;

  if (n == 0 || (decom = DATE (x, EP, rows[0], EP_DECOM)) == NONE || decom >= vb_start (x))
    return;
  last = vb_rows (x, VB_PREVIOUS, EP, &n_last);
  for (guint i = n_last; i-- > 0;)
    {
      CareplanDate d = vb_date (x, VB_PREVIOUS, EP, last[i], EP_DECOM);

      if (d == NONE)
        continue;
      if (d != decom)
        vb_flag (x, EP, rows[0]);
      break;
    }
  /* no episodes last year at all is NoE's finding */
}

/* 563: a ceased decision (date and reason) with no decision date. */
static void
check_563 (VbCtx *x)
{
  VB_ROWS (x, PA, r)
    if (CELL (x, PA, r, PA_REASON_PLACED_CEASED) != NULL && CELL (x, PA, r, PA_DATE_PLACED_CEASED) != NULL
        && CELL (x, PA, r, PA_DATE_PLACED) == NULL)
      vb_flag (x, PA, r);
}

/* 564-567: a missing period's type and dates. */
static void
check_564 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    {
      const char *type = CELL (x, MIS, r, MI_MISSING);

      if (type != NULL && (g_ascii_strcasecmp (type, "M") == 0 || g_ascii_strcasecmp (type, "A") == 0)
          && CELL (x, MIS, r, MI_MIS_START) == NULL)
        vb_flag (x, MIS, r);
    }
}

static void
check_565 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    if (CELL (x, MIS, r, MI_MIS_START) != NULL && CELL (x, MIS, r, MI_MISSING) == NULL)
      vb_flag (x, MIS, r);
}

static void
check_566 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    if (CELL (x, MIS, r, MI_MIS_END) != NULL && CELL (x, MIS, r, MI_MISSING) == NULL)
      vb_flag (x, MIS, r);
}

static void
check_567 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    {
      CareplanDate start = DATE (x, MIS, r, MI_MIS_START);
      CareplanDate end = DATE (x, MIS, r, MI_MIS_END);

      if (start != NONE && end != NONE && start > end)
        vb_flag (x, MIS, r);
    }
}

/* 570: MIS_START after 31 March; 571: MIS_END outside the year. */
static void
check_570 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    {
      CareplanDate start = DATE (x, MIS, r, MI_MIS_START);

      if (start != NONE && start > vb_end (x))
        vb_flag (x, MIS, r);
    }
}

static void
check_571 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    {
      CareplanDate end = DATE (x, MIS, r, MI_MIS_END);

      if (end != NONE && (end < vb_start (x) || end > vb_end (x)))
        vb_flag (x, MIS, r);
    }
}

/* 574: a missing period starts neither while the previous one is open nor
 * before it ended (periods ordered by their end, an open one by its start). */
typedef struct { guint row; CareplanDate key, start; } MisKey;

static int
mis_key_cmp (gconstpointer a, gconstpointer b)
{
  const MisKey *p = a, *q = b;
  /* undated (NONE) last, as the open validator sorts */
  guint32 pk = p->key == NONE ? G_MAXUINT32 : p->key, qk = q->key == NONE ? G_MAXUINT32 : q->key;
  guint32 ps = p->start == NONE ? G_MAXUINT32 : p->start, qs = q->start == NONE ? G_MAXUINT32 : q->start;

  if (pk != qk)
    return pk < qk ? -1 : 1;
  if (ps != qs)
    return ps < qs ? -1 : 1;
  return p->row < q->row ? -1 : p->row > q->row;
}

static void
check_574 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, MIS, &n);
  g_autofree MisKey *keys = NULL;

  if (n < 2)
    return;
  keys = g_new (MisKey, n);
  for (guint i = 0; i < n; i++)
    {
      CareplanDate start = DATE (x, MIS, rows[i], MI_MIS_START);
      CareplanDate end = DATE (x, MIS, rows[i], MI_MIS_END);

      keys[i] = (MisKey) { rows[i], end != NONE ? end : start, start };
    }
  qsort (keys, n, sizeof *keys, (GCompareFunc) mis_key_cmp);
  for (guint i = 1; i < n; i++)
    {
      CareplanDate prev_end = DATE (x, MIS, keys[i - 1].row, MI_MIS_END);

      if (prev_end == NONE || (keys[i].start != NONE && keys[i].start < prev_end))
        vb_flag (x, MIS, keys[i].row);
    }
}

/* 575: the placement the child went missing from has ended: so has the
 * missing period. */
static void
check_575 (VbCtx *x)
{
  guint n_ep, n_mis;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *mis = vb_rows (x, VB_THIS, MIS, &n_mis);

  for (guint m = 0; m < n_mis; m++)
    {
      CareplanDate start = DATE (x, MIS, mis[m], MI_MIS_START);

      if (start == NONE || CELL (x, MIS, mis[m], MI_MIS_END) != NULL)
        continue;
      for (guint e = 0; e < n_ep; e++)
        {
          CareplanDate decom = DATE (x, EP, eps[e], EP_DECOM);
          CareplanDate dec = DATE (x, EP, eps[e], EP_DEC);

          if (decom != NONE && dec != NONE && start >= decom && start <= dec)
            {
              vb_flag (x, MIS, mis[m]);
              break;
            }
        }
    }
}

/* Periods of care: runs of the child's episodes each beginning on or
 * before the previous one's end (an open episode continues its period). */
typedef struct { CareplanDate start, end; gboolean open; } Period;

static GArray *
periods_of (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, EP, &n);
  GArray *periods = g_array_new (FALSE, FALSE, sizeof (Period));

  for (guint i = 0; i < n; i++)
    {
      CareplanDate decom = DATE (x, EP, rows[i], EP_DECOM);
      CareplanDate dec = DATE (x, EP, rows[i], EP_DEC);
      gboolean open = CELL (x, EP, rows[i], EP_DEC) == NULL;
      Period *last = periods->len > 0 ? &g_array_index (periods, Period, periods->len - 1) : NULL;

      if (decom == NONE)
        continue;
      if (last != NULL && (last->open || decom <= last->end))
        {
          last->end = dec;
          last->open = open;
        }
      else
        g_array_append_val (periods, ((Period) { decom, dec, open }));
    }
  return periods;
}

/* 577: care ended, and a missing period has no end: a period without an
 * end date that is inside no open period of care. */
static void
check_577 (VbCtx *x)
{
  guint n_mis;
  const guint *mis = vb_rows (x, VB_THIS, MIS, &n_mis);
  g_autoptr (GArray) periods = NULL;

  if (n_mis == 0)
    return;
  periods = periods_of (x);
  if (periods->len == 0)
    return;
  for (guint m = 0; m < n_mis; m++)
    {
      CareplanDate start = DATE (x, MIS, mis[m], MI_MIS_START);
      gboolean inside_open = FALSE;

      if (start == NONE || CELL (x, MIS, mis[m], MI_MIS_END) != NULL)
        continue;
      for (guint p = 0; p < periods->len; p++)
        {
          Period *pc = &g_array_index (periods, Period, p);

          inside_open = inside_open || (pc->open && start >= pc->start);
        }
      if (!inside_open)
        vb_flag (x, MIS, mis[m]);
    }
}

/* 578: a missing period starts after the child ceased to be looked after:
 * inside no period of care, and after the start of one. */
static void
check_578 (VbCtx *x)
{
  guint n_mis;
  const guint *mis = vb_rows (x, VB_THIS, MIS, &n_mis);
  g_autoptr (GArray) periods = NULL;

  if (n_mis == 0)
    return;
  periods = periods_of (x);
  if (periods->len == 0)
    return;
  for (guint m = 0; m < n_mis; m++)
    {
      CareplanDate start = DATE (x, MIS, mis[m], MI_MIS_START);
      gboolean inside = FALSE;

      if (start == NONE)
        continue;
      for (guint p = 0; p < periods->len && !inside; p++)
        {
          Period *pc = &g_array_index (periods, Period, p);

          inside = start >= pc->start && (pc->open || (pc->end != NONE && start <= pc->end));
        }
      if (!inside)
        vb_flag (x, MIS, mis[m]);
    }
}

/* 579: decisions to place for adoption neither overlap nor follow one
 * still open. */
static void
check_579 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, PA, &n);

  for (guint i = 1; i < n; i++)
    {
      CareplanDate prev_ceased = DATE (x, PA, rows[i - 1], PA_DATE_PLACED_CEASED);
      CareplanDate placed = DATE (x, PA, rows[i], PA_DATE_PLACED);

      if (CELL (x, PA, rows[i - 1], PA_DATE_PLACED_CEASED) == NULL
          || (placed != NONE && prev_ceased != NONE && placed < prev_ceased))
        vb_flag (x, PA, rows[i]);
    }
}

/* 580: missing on the 18th birthday, when care ended: REC E8. */
static void
check_580 (VbCtx *x)
{
  guint n_ep, n_mis;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *mis = vb_rows (x, VB_THIS, MIS, &n_mis);

  for (guint m = 0; m < n_mis; m++)
    {
      CareplanDate dob = DATE (x, MIS, mis[m], MI_DOB);
      CareplanDate end = DATE (x, MIS, mis[m], MI_MIS_END);

      if (dob == NONE || end == NONE || vb_birthday (dob, 18) != end)
        continue;
      for (guint e = 0; e < n_ep; e++)
        if (DATE (x, EP, eps[e], EP_DEC) == end && !vb_is (CELL (x, EP, eps[e], EP_REC), "E8"))
          vb_flag (x, EP, eps[e]);
    }
}

/* 581: missing before the child started to be looked after: MIS_START in
 * no episode. */
static void
check_581 (VbCtx *x)
{
  guint n_ep, n_mis;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *mis = vb_rows (x, VB_THIS, MIS, &n_mis);

  if (n_ep == 0)
    return;
  for (guint m = 0; m < n_mis; m++)
    {
      CareplanDate start = DATE (x, MIS, mis[m], MI_MIS_START);
      gboolean in = FALSE;

      if (start == NONE)
        continue;
      for (guint e = 0; e < n_ep && !in; e++)
        {
          CareplanDate decom = DATE (x, EP, eps[e], EP_DECOM);
          CareplanDate dec = DATE (x, EP, eps[e], EP_DEC);

          in = decom != NONE && start >= decom
               && (CELL (x, EP, eps[e], EP_DEC) == NULL || (dec != NONE && start <= dec));
        }
      if (!in)
        vb_flag (x, MIS, mis[m]);
    }
}

/* 582: adopted on the day matched with the adopters. */
static void
check_582 (VbCtx *x)
{
  guint n_ep, n_ad;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *ads = vb_rows (x, VB_THIS, AD1, &n_ad);

  for (guint e = 0; e < n_ep; e++)
    {
      CareplanDate dec = DATE (x, EP, eps[e], EP_DEC);

      if (dec == NONE || !VB_IN (CELL (x, EP, eps[e], EP_REC), "E11", "E12"))
        continue;
      for (guint a = 0; a < n_ad; a++)
        if (DATE (x, AD1, ads[a], AD_DATE_MATCH) == dec)
          {
            vb_flag (x, EP, eps[e]);
            break;
          }
    }
}

/* 583: every decision but the latest (by DATE_PLACED) has ceased. */
static void
check_583 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, PA, &n);
  int latest = -1;
  CareplanDate latest_date = NONE;

  for (guint i = 0; i < n; i++)
    {
      CareplanDate d = DATE (x, PA, rows[i], PA_DATE_PLACED);

      if (d != NONE && (latest < 0 || d >= latest_date))
        {
          latest = (int) rows[i];
          latest_date = d;
        }
    }
  for (guint i = 0; i < n && n > 1; i++)
    if ((int) rows[i] != latest && CELL (x, PA, rows[i], PA_DATE_PLACED_CEASED) == NULL)
      vb_flag (x, PA, rows[i]);
}

/* 586: missing on or before the date of birth. */
static void
check_586 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    {
      CareplanDate start = DATE (x, MIS, r, MI_MIS_START);
      CareplanDate dob = DATE (x, MIS, r, MI_DOB);

      if (start != NONE && dob != NONE && start <= dob)
        vb_flag (x, MIS, r);
    }
}

/* 576: last year's open missing period is this year's first. */
static void
check_576 (VbCtx *x)
{
  guint n, n_last = 0;
  const guint *rows = vb_rows (x, VB_THIS, MIS, &n);
  const guint *last = NULL;

  if (n == 0)
    return;
  last = vb_rows (x, VB_PREVIOUS, MIS, &n_last);
  for (guint j = 0; j < n_last; j++)
    {
      CareplanDate open_start = vb_date (x, VB_PREVIOUS, MIS, last[j], MI_MIS_START);

      if (vb_cell (x, VB_PREVIOUS, MIS, last[j], MI_MIS_END) != NULL || open_start == NONE)
        continue;
      if (DATE (x, MIS, rows[0], MI_MIS_START) != open_start)
        {
          vb_flag (x, MIS, rows[0]);
          break;
        }
    }
}

#define ROW(code, msg, tables, fields, needs, note) \
  { #code, msg, tables, fields, 0, 0, needs, note, check_##code }
#define PREV VB_NEEDS_PREVIOUS

VB_CHECK (check_501)
VB_CHECK (check_502)
VB_CHECK (check_503a)
VB_CHECK (check_503b)
VB_CHECK (check_503c)
VB_CHECK (check_503d)
VB_CHECK (check_503e)
VB_CHECK (check_503f)
VB_CHECK (check_503g)
VB_CHECK (check_503h)
VB_CHECK (check_503j)
VB_CHECK (check_504)
VB_CHECK (check_511)
VB_CHECK (check_514)
VB_CHECK (check_516)
VB_CHECK (check_517)
VB_CHECK (check_518)
VB_CHECK (check_519)
VB_CHECK (check_520)
VB_CHECK (check_521)
VB_CHECK (check_522)
VB_CHECK (check_523)
VB_CHECK (check_524)
VB_CHECK (check_525)
VB_CHECK (check_526)
VB_CHECK (check_527)
VB_CHECK (check_528)
VB_CHECK (check_529)
VB_CHECK (check_530)
VB_CHECK (check_531)
VB_CHECK (check_542)
VB_CHECK (check_543)
VB_CHECK (check_544)
VB_CHECK (check_545)
VB_CHECK (check_546)
VB_CHECK (check_547)
VB_CHECK (check_550)
VB_CHECK (check_551)
VB_CHECK (check_552)
VB_CHECK (check_553)
VB_CHECK (check_554)
VB_CHECK (check_557)
VB_CHECK (check_558)
VB_CHECK (check_559)
VB_CHECK (check_560)
VB_CHECK (check_561)
VB_CHECK (check_562)
VB_CHECK (check_563)
VB_CHECK (check_564)
VB_CHECK (check_565)
VB_CHECK (check_566)
VB_CHECK (check_567)
VB_CHECK (check_570)
VB_CHECK (check_571)
VB_CHECK (check_574)
VB_CHECK (check_575)
VB_CHECK (check_576)
VB_CHECK (check_577)
VB_CHECK (check_578)
VB_CHECK (check_579)
VB_CHECK (check_580)
VB_CHECK (check_581)
VB_CHECK (check_582)
VB_CHECK (check_583)
VB_CHECK (check_584)
VB_CHECK (check_586)

const CpvCheck cpv_checks_500[] = {
  VB_ROW ("501",
          "A new episode has started before the end date of the previous episode.",
          "Episodes:DECOM,DEC", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_501),
  VB_ROW ("502",
          "Last year's record ended with an open episode. The date on which that episode started "
          "does not match the start date of the first episode on this year’s record.",
          "Episodes:DECOM", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_502),
  VB_ROW ("503A",
          "The reason for new episode in the first episode does not match open episode at end of "
          "last year.",
          "Episodes:RNE", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_503a),
  VB_ROW ("503B",
          "The legal status in the first episode does not match open episode at end of last year.",
          "Episodes:LS", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_503b),
  VB_ROW ("503C",
          "The category of need in the first episode does not match open episode at end of last "
          "year.",
          "Episodes:CIN", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_503c),
  /* H5 last year and K3 this year (2024/25), or Z1 and Z11 to Z14 (2025/26), are the same placement. */
  VB_ROW ("503D",
          "The placement type in the first episode does not match open episode at end of last year",
          "Episodes:PLACE", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_503d),
  VB_ROW ("503E",
          "The placement provider in the first episode does not match open episode at end of last "
          "year.",
          "Episodes:PLACE_PROVIDER", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_503e),
  VB_ROW ("503F",
          "The Ofsted URN in the  first episode does not match open episode at end of last year.",
          "Episodes:URN", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_503f),
  /* PL_DISTANCE is the straight-line distance between HOME_POST and PL_POST (--reference). */
  VB_ROW ("503G",
          "The distance in first episode does not match open episode at end of last year.",
          "Episodes:HOME_POST,PL_POST", 0, 0, IMPLEMENTED, ERROR, PREVIOUS_AND_REFERENCE, check_503g),
  /* PL_LA is the authority of the placement postcode in the ONS Postcode Directory (--reference). */
  VB_ROW ("503H",
          "The placement LA in first episode does not match open episode at end of last year.",
          "Episodes:PL_POST", 0, 0, IMPLEMENTED, ERROR, PREVIOUS_AND_REFERENCE, check_503h),
  /* PL_LOCATION is IN when PL_POST is in the authority of authority.txt (--reference). */
  VB_ROW ("503J",
          "The placement location in first episode does not match open episode at end of last year.",
          "Episodes:PL_POST", 0, 0, IMPLEMENTED, ERROR, PREVIOUS_AND_REFERENCE, check_503j),
  VB_ROW ("504",
          "The category of need code differs from that reported at start of current period of being "
          "looked after",
          "Episodes:CIN,REC,DEC,DECOM", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_504),
  VB_ROW ("511",
          "If reporting that the number of person(s) adopting the looked after child is two "
          "adopters then the code should only be MM, FF or MF. MM = the adopting couple are both "
          "males; FF = the adopting couple are both females; MF = The adopting couple are male and "
          "female.",
          "AD1:NB_ADOPTR,SEX_ADOPTR", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_511),
  VB_ROW ("514",
          "Data entry on the legal status of adopters shows a single adopter but data entry for the "
          "numbers of adopters shows it as a couple.",
          "AD1:LS_ADOPTR,SEX_ADOPTR", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_514),
  VB_ROW ("516",
          "The episode data submitted for this child does not show that he/she was with their "
          "former foster carer(s) during the year.If the code in the reason episode ceased is E45 "
          "or E46 the child must have a placement code of U1 to U6.",
          "Episodes:REC,PLACE", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_516),
  VB_ROW ("517",
          "If reporting legal status of adopters is L3 then the genders of adopters should be coded "
          "as MF. MF = the adopting couple are male and female.",
          "AD1:LS_ADOPTR,SEX_ADOPTR", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_517),
  VB_ROW ("518",
          "If reporting legal status of adopters is L4 then the genders of adopters should be coded "
          "as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are both "
          "females.",
          "AD1:LS_ADOPTR,SEX_ADOPTR", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_518),
  VB_ROW ("519",
          "Data entered on the legal status of adopters shows civil partnership couple, but data "
          "entered on genders of adopters does not show it as a couple.",
          "AD1:LS_ADOPTR,SEX_ADOPTR", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_519),
  VB_ROW ("520",
          "Data entry on the legal status of adopters shows different gender married couple but "
          "data entry on genders of adopters shows it as a same gender couple.",
          "AD1:LS_ADOPTR,SEX_ADOPTR", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_520),
  VB_ROW ("521",
          "Date of local authority's decision (LA) that adoption is in the best interests of the "
          "child (date should be placed) must be on or prior to the date the child is placed for "
          "adoption.",
          "Episodes:PLACE,DECOM;AD1:DATE_INT", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_521),
  VB_ROW ("522",
          "Date of decision that the child should be placed for adoption must be on or before the "
          "date that a child should no longer be placed for adoption.",
          "PlacedAdoption:DATE_PLACED,DATE_PLACED_CEASED", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_522),
  VB_ROW ("523",
          "Date of decision that the child should be placed for adoption should be the same date as "
          "the decision that adoption is in the best interest (date should be placed).",
          "PlacedAdoption:DATE_PLACED;AD1:DATE_INT", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_523),
  VB_ROW ("524",
          "If reporting legal status of adopters is L12 then the genders of adopters should be "
          "coded as MM or FF. MM = the adopting couple are both males. FF = the adopting couple are "
          "both females",
          "AD1:LS_ADOPTR,SEX_ADOPTR", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_524),
  VB_ROW ("525",
          "A child for whom the decision to be placed for adoption has been reversed cannot be "
          "adopted during the year.",
          "PlacedAdoption:DATE_PLACED_CEASED;AD1:DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_525),
  VB_ROW ("526",
          "Child is missing a placement provider code for at least one episode.",
          "Episodes:PLACE,PLACE_PROVIDER", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_526),
  VB_ROW ("527",
          "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5.",
          "Episodes:PLACE,PLACE_PROVIDER", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_527),
  VB_ROW ("528",
          "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5.",
          "Episodes:PLACE,PLACE_PROVIDER", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_528),
  VB_ROW ("529",
          "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 "
          "and U1 to U6 as these placements cannot be provided by other public organisations.",
          "Episodes:PLACE,PLACE_PROVIDER", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_529),
  VB_ROW ("530",
          "A placement provider code of PR4 cannot be associated with placement P1.",
          "Episodes:PLACE,PLACE_PROVIDER", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_530),
  VB_ROW ("531",
          "A placement provider code of PR5 cannot be associated with placements P1.",
          "Episodes:PLACE,PLACE_PROVIDER", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_531),
  VB_ROW ("542",
          "A child aged under 10 at 31 March should not have conviction information completed.",
          "OC2:DOB,CONVICTED", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_542),
  /* A child whose 10th birthday is on 31 March is aged 10 at 31 March; the open validator requires the birthday to be before 31 March. */
  VB_ROW ("543",
          "Child is aged 10 or over at 31 March and has been looked after continuously for 12 "
          "months yet conviction information has not been completed.",
          "OC2:DOB,CONVICTED", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_543),
  VB_ROW ("544",
          "Any child who has conviction information completed must also have immunisation, teeth "
          "check, health assessment and substance misuse problem identified fields completed.",
          "OC2:CONVICTED,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_544),
  VB_ROW ("545",
          "Child is aged under 5 at 31 March and has been looked after continuously for 12 months "
          "yet health promotion information has not been completed.",
          "OC2:DOB,HEALTH_CHECK", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_545),
  VB_ROW ("546",
          "Children aged 5 or over at 31 March should not have health promotion information "
          "completed.",
          "OC2:DOB,HEALTH_CHECK", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_546),
  VB_ROW ("547",
          "Any child who has health promotion information completed must also have immunisation, "
          "teeth check, health assessment and substance misuse problem identified fields completed.",
          "OC2:HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_547),
  VB_ROW ("550",
          "A placement provider code of PR0 can only be associated with placement P1.",
          "Episodes:PLACE,PLACE_PROVIDER", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_550),
  VB_ROW ("551",
          "Child has been placed for adoption but there is no date of the decision that the child "
          "should be placed for adoption.",
          "Episodes:PLACE;PlacedAdoption:DATE_PLACED", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_551),
  VB_ROW ("552",
          "Date of Decision to place a child for adoption should be on or prior to the date that "
          "the child was placed for adoption.",
          "PlacedAdoption:DATE_PLACED;Episodes:DECOM", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_552),
  VB_ROW ("553",
          "Placement order has been granted but there is no date of decision that the child should "
          "be placed for adoption.",
          "Episodes:CHILD;PlacedAdoption:DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_553),
  VB_ROW ("554",
          "Date of decision that the child should be placed for adoption should be on or prior to "
          "the date that the placement order was granted.",
          "PlacedAdoption:DATE_PLACED;Episodes:DECOM,LS", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_554),
  VB_ROW ("557",
          "Child for whom the decision was made that they should be placed for adoption has left "
          "care but was not adopted and information on the decision that they should no longer be "
          "placed for adoption items has not been completed.",
          "Episodes:PLACE,LS,REC;PlacedAdoption:DATE_PLACED_CEASED,REASON_PLACED_CEASED", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_557),
  VB_ROW ("558",
          "If a child has been adopted, then the decision to place them for adoption has not been "
          "disrupted and the date of the decision that a child should no longer be placed for "
          "adoption should be left blank.",
          "Episodes:REC;PlacedAdoption:DATE_PLACED_CEASED", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_558),
  VB_ROW ("559",
          "Date of decision that a child should be placed for adoption was not in the current year "
          "but the date of the decision that the child should be placed for adoption was not "
          "completed in a previous return.",
          "PlacedAdoption:DATE_PLACED", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_559),
  VB_ROW ("560",
          "Date of decision that the child should be placed for adoption this year is different "
          "from that recorded last year but the decision to place the child for adoption did not "
          "change.",
          "PlacedAdoption:DATE_PLACED,DATE_PLACED_CEASED", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_560),
  VB_ROW ("561",
          "Date of the decision that the child should be placed for adoption this year is the same "
          "as that recorded last year but records show that the decision changed, and the child "
          "should no longer be placed for adoption last year.",
          "PlacedAdoption:DATE_PLACED", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_561),
  VB_ROW ("562",
          "Episode commenced before the start of the current collection year but there is a missing "
          "continuous episode in the previous year.",
          "Episodes:DECOM", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_562),
  VB_ROW ("563",
          "The child should no longer be placed for adoption but the date of the decision that the "
          "child should be placed for adoption is blank",
          "PlacedAdoption:DATE_PLACED,REASON_PLACED_CEASED,DATE_PLACED_CEASED", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_563),
  VB_ROW ("564",
          "Child was missing or away from placement without authorisation and the date started is "
          "blank.",
          "Missing:MISSING,MIS_START", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_564),
  VB_ROW ("565",
          "The date that the child started to be missing or away from placement without "
          "authorisation has been completed but whether the child was missing or away from "
          "placement without authorisation has not been completed.",
          "Missing:MISSING,MIS_START", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_565),
  VB_ROW ("566",
          "The date that the child's episode of being missing or away from placement without "
          "authorisation ended has been completed but whether the child was missing or away without "
          "authorisation has not been completed.",
          "Missing:MISSING,MIS_END", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_566),
  VB_ROW ("567",
          "The date that the missing episode or episode that the child was away from placement "
          "without authorisation ended is before the date that it started.",
          "Missing:MIS_START,MIS_END", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_567),
  VB_ROW ("570",
          "The date that the child started to be missing or away from placement without "
          "authorisation is after the end of the collection year.",
          "Missing:MIS_START", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_570),
  VB_ROW ("571",
          "The date that the child ceased to be missing or away from placement without "
          "authorisation is before the start or after the end of the collection year.",
          "Missing:MIS_END", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_571),
  VB_ROW ("574",
          "A new missing/away from placement without authorisation period cannot start when the "
          "previous missing/away from placement without authorisation period is still open. "
          "Missing/away from placement without authorisation periods should also not overlap.",
          "Missing:MIS_START,MIS_END", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_574),
  VB_ROW ("575",
          "If the placement from which the child goes missing/away from placement without "
          "authorisation ends, the missing/away from placement without authorisation period in the "
          "missing module must also have an end date.",
          "Missing:MIS_END", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_575),
  VB_ROW ("576",
          "There is an open missing/away from placement without authorisation period in last year's "
          "return and there is no corresponding period recorded at the start of this year.",
          "Missing:CHILD", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_576),
  /* Flags only missing periods without an end date, as the message says; the open validator also flags periods with an end date outside every period of care. */
  VB_ROW ("577",
          "Child ceased to be looked after but there is a missing/away from placement without "
          "authorisation period without an end date.",
          "Missing:MIS_END", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_577),
  VB_ROW ("578",
          "The date that the child started to be missing is after the child ceased to be looked "
          "after.",
          "Missing:MIS_START", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_578),
  VB_ROW ("579",
          "A new decision that the child should be placed for adoption this year cannot start when "
          "the previous decision is still open. Decisions to place the child for adoption should "
          "also not overlap. The date of any new decision to place the child for adoption must not "
          "be before the date placed ceased of previous decisions.",
          "PlacedAdoption:DATE_PLACED,DATE_PLACED_CEASED", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_579),
  VB_ROW ("580",
          "Child is missing when cease being looked after but reason episode ceased not ‘E8’.",
          "Episodes:REC", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_580),
  VB_ROW ("581",
          "Child is missing but has not yet started to be looked after.",
          "Missing:MIS_START", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_581),
  VB_ROW ("582",
          "Child is showing as ceasing to be looked after due to adoption, but the date of adoption "
          "is the same as the date reported for being matched with adopters. In most circumstances "
          "we expect the date the child is matched with adopters to be before the date of adoption.",
          "Episodes:DEC;AD1:DATE_MATCH", 0, 0, IMPLEMENTED, QUERY, NOTHING, check_582),
  VB_ROW ("583",
          "More than one date the child should be placed for adoption has been reported, but an "
          "earlier decision has not been revoked. Check that both dates are required and add in the "
          "date the earlier decision was revoked. Note this may be in a previous year.",
          "PlacedAdoption:DATE_PLACED,DATE_PLACED_CEASED", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_583),
  VB_ROW ("584",
          "Date of decision that the child should be placed for adoption this year is different "
          "from that recorded last year, but the decision to placed the child for adoption changed "
          "and the child should no longer be placed for adoption.",
          "PlacedAdoption:DATE_PLACED", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_584),
  VB_ROW ("586",
          "Dates of missing periods are before child’s date of birth.",
          "Missing:MIS_START", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_586),
  { NULL }
};
