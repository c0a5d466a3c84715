/* careplan-ssda903-checks-1000.c: the SSDA903 checks with codes 1000 to
 * 1016 and 3001 (care leavers, missing dates, codes)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-checks-b-private.h"

#define EP   CPV_EPISODES
#define HDR  CPV_HEADER
#define OC3  CPV_OC3
#define PA   CPV_PLACED_ADOPTION
#define MIS  CPV_MISSING
#define UASC CPV_UASC

#define NONE CAREPLAN_DATE_NONE

#define CELL(x, t, r, col) vb_cell ((x), VB_THIS, (t), (r), (col))
#define DATE(x, t, r, col) vb_date ((x), VB_THIS, (t), (r), (col))

/* Care-leaver information given in an OC3 row. */
static gboolean
oc3_given (VbCtx *x, guint row)
{
  return CELL (x, OC3, row, O3_IN_TOUCH) != NULL || CELL (x, OC3, row, O3_ACTIV) != NULL
         || CELL (x, OC3, row, O3_ACCOM) != NULL;
}

static void
flag_oc3_given (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, OC3, &n);

  for (guint i = 0; i < n; i++)
    if (oc3_given (x, rows[i]))
      vb_flag (x, OC3, rows[i]);
}

static guint
n_episodes (VbCtx *x, VbWhich w)
{
  guint n;

  vb_rows (x, w, EP, &n);
  return n;
}

/* 1000: died in care (REC E2, this year or, when given, last year): no
 * care-leaver information. */
static void
check_1000 (VbCtx *x)
{
  gboolean died = FALSE;

  for (int w = VB_THIS; w <= VB_PREVIOUS && !died; w++)
    {
      guint n;
      const guint *rows = vb_rows (x, (VbWhich) w, EP, &n);

      for (guint i = 0; i < n && !died; i++)
        died = vb_is (vb_cell (x, (VbWhich) w, EP, rows[i], EP_REC), "E2");
    }
  if (died)
    {
      guint n;
      const guint *rows = vb_rows (x, VB_THIS, OC3, &n);

      for (guint i = 0; i < n; i++)
        vb_flag (x, OC3, rows[i]);
    }
}

/* 1001: care-leaver information for a young person who is neither a
 * relevant nor a former relevant child: looked after for less than 13
 * weeks (91 days) after the 14th birthday, or never after the 16th, in
 * this year's and last year's episodes (short breaks, V3 and V4, left
 * out; an open last episode runs to 31 March); or adopted (the latest
 * episode ended E11 or E12).  Young people 20 or over on 31 March are
 * left alone: two years of episodes cannot show their care. */
typedef struct { CareplanDate decom, dec; const char *ls, *rec; } Stay;

static int
stay_cmp (gconstpointer a, gconstpointer b)
{
  const Stay *p = a, *q = b;

  return p->decom < q->decom ? -1 : p->decom > q->decom;
}

static void
check_1001 (VbCtx *x)
{
  guint n_oc3;
  const guint *oc3 = vb_rows (x, VB_THIS, OC3, &n_oc3);
  CareplanDate dob = vb_header_dob (x, VB_THIS);
  g_autoptr (GArray) stays = NULL;
  CareplanDate at14, at16;
  gint64 days14 = 0, days16 = 0;
  gboolean adopted;

  if (n_oc3 == 0 || dob == NONE || vb_birthday (dob, 20) <= vb_end (x))
    return;
  stays = g_array_new (FALSE, FALSE, sizeof (Stay));
  for (int w = VB_THIS; w <= VB_PREVIOUS; w++)
    {
      guint n;
      const guint *rows = vb_rows (x, (VbWhich) w, EP, &n);

      for (guint i = 0; i < n; i++)
        {
          Stay s = {
            vb_date (x, (VbWhich) w, EP, rows[i], EP_DECOM),
            vb_date (x, (VbWhich) w, EP, rows[i], EP_DEC),
            vb_cell (x, (VbWhich) w, EP, rows[i], EP_LS),
            vb_cell (x, (VbWhich) w, EP, rows[i], EP_REC),
          };
          gboolean seen = FALSE;

          if (s.decom == NONE)
            continue;
          /* an episode in both returns counts once, with its end if either has one */
          for (guint j = 0; j < stays->len && !seen; j++)
            {
              Stay *t = &g_array_index (stays, Stay, j);

              if (t->decom == s.decom)
                {
                  seen = TRUE;
                  if (t->dec == NONE)
                    *t = s;
                }
            }
          if (!seen)
            g_array_append_val (stays, s);
        }
    }
  if (stays->len == 0)
    return;   /* 1002's finding */
  g_array_sort (stays, stay_cmp);
  if (g_array_index (stays, Stay, stays->len - 1).dec == NONE)
    g_array_index (stays, Stay, stays->len - 1).dec = vb_end (x);
  adopted = VB_IN (g_array_index (stays, Stay, stays->len - 1).rec, "E11", "E12");
  at14 = vb_birthday (dob, 14);
  at16 = vb_birthday (dob, 16);
  for (guint j = 0; j < stays->len; j++)
    {
      Stay *s = &g_array_index (stays, Stay, j);

      if (s->dec == NONE || VB_IN (s->ls, "V3", "V4"))
        continue;
      days14 += MAX (0, careplan_date_days_between (MAX (s->decom, at14), s->dec));
      days16 += MAX (0, careplan_date_days_between (MAX (s->decom, at16), s->dec));
    }
  if (adopted || days14 < 91 || days16 < 1)
    for (guint o = 0; o < n_oc3; o++)
      vb_flag (x, OC3, oc3[o]);
}

/* 1002: care-leaver information for a young person with no episodes this
 * year or last. */
static void
check_1002 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, OC3, &n);

  if (n == 0 || n_episodes (x, VB_THIS) > 0 || n_episodes (x, VB_PREVIOUS) > 0)
    return;
  for (guint i = 0; i < n; i++)
    vb_flag (x, OC3, rows[i]);
}

/* 1003: the decision to place for adoption before the child started to be
 * looked after (the first episode with RNE S). */
static void
check_1003 (VbCtx *x)
{
  guint n_ep, n_pa;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *pas = vb_rows (x, VB_THIS, PA, &n_pa);
  int first = -1;
  CareplanDate decom = NONE;

  for (guint e = 0; e < n_ep && first < 0; e++)
    if (vb_is (CELL (x, EP, eps[e], EP_RNE), "S") && (decom = DATE (x, EP, eps[e], EP_DECOM)) != NONE)
      first = (int) eps[e];
  if (first < 0)
    return;
  for (guint p = 0; p < n_pa; p++)
    {
      CareplanDate placed = DATE (x, PA, pas[p], PA_DATE_PLACED);

      if (placed != NONE && placed < decom)
        {
          vb_flag (x, PA, pas[p]);
          vb_flag (x, EP, (guint) first);
        }
    }
}

/* 1004: MIS_START blank or not a date; 1005: MIS_END not a date. */
static void
check_1004 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    if (vb_date_state (x, VB_THIS, MIS, r, MI_MIS_START) != VB_DATE_VALID)
      vb_flag (x, MIS, r);
}

static void
check_1005 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    if (vb_date_state (x, VB_THIS, MIS, r, MI_MIS_END) == VB_DATE_INVALID)
      vb_flag (x, MIS, r);
}

/* 1006: MISSING M or A. */
static void
check_1006 (VbCtx *x)
{
  VB_ROWS (x, MIS, r)
    {
      const char *type = CELL (x, MIS, r, MI_MISSING);

      if (type != NULL && !VB_IN (type, "M", "A"))
        vb_flag (x, MIS, r);
    }
}

/* The birthday (17th or 18th) a young person of 17 or 18 on 31 March had
 * in the collection year, or NONE when not 17 or 18. */
static CareplanDate
birthday_17_or_18 (VbCtx *x, CareplanDate dob, guint *age)
{
  CareplanDate end = vb_end (x);

  if (dob == NONE || vb_birthday (dob, 17) > end || vb_birthday (dob, 19) <= end)
    return NONE;
  *age = vb_birthday (dob, 18) <= end ? 18 : 17;
  return vb_birthday (dob, *age);
}

/* 1007: still looked after on the 17th or 18th birthday: no care-leaver
 * information. */
static void
check_1007 (VbCtx *x)
{
  guint n_oc3, n_ep;
  const guint *oc3 = vb_rows (x, VB_THIS, OC3, &n_oc3);
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);

  for (guint o = 0; o < n_oc3; o++)
    {
      guint age;
      CareplanDate bday = birthday_17_or_18 (x, DATE (x, OC3, oc3[o], O3_DOB), &age);
      gboolean in_care = FALSE;

      if (bday == NONE || !oc3_given (x, oc3[o]))
        continue;
      for (guint e = 0; e < n_ep && !in_care; e++)
        {
          CareplanDate decom = DATE (x, EP, eps[e], EP_DECOM);
          CareplanDate dec = DATE (x, EP, eps[e], EP_DEC);

          in_care = decom != NONE && decom <= bday
                    && (CELL (x, EP, eps[e], EP_DEC) == NULL || (dec != NONE && dec > bday));
        }
      if (in_care)
        vb_flag (x, OC3, oc3[o]);
    }
}

/* 1008: the Ofsted URN, when given and not XXXXXXX (no URN), is in
 * Ofsted's lists of providers (--reference). */
static void
check_1008 (VbCtx *x)
{
  VB_ROWS (x, EP, r)
    {
      const char *urn = CELL (x, EP, r, EP_URN);

      if (urn != NULL && strcmp (urn, "XXXXXXX") != 0
          && !g_hash_table_contains (x->cx->ref->urns, urn))
        vb_flag (x, EP, r);
    }
}

/* 1015: a placement the authority provides itself (PR1), other than
 * foster care and adoption (A3 to A6, U1 to U6) and short breaks (V3,
 * V4), is inside the authority: PL_LA, the authority of PL_POST, is the
 * authority's own (authority.txt, --reference).  Unknown postcodes pass. */
static void
check_1015 (VbCtx *x)
{
  VB_ROWS (x, EP, r)
    {
      const char *place = CELL (x, EP, r, EP_PLACE);
      const char *ls = CELL (x, EP, r, EP_LS);
      const char *la = cpv_placement_la (x->cx->ref, CELL (x, EP, r, EP_PL_POST));

      if (place == NULL || ls == NULL || la == NULL || x->cx->ref->authority == NULL
          || !vb_is (CELL (x, EP, r, EP_PLACE_PROVIDER), "PR1")
          || VB_IN (place, "A3", "A4", "A5", "A6", "U1", "U2", "U3", "U4", "U5", "U6")
          || VB_IN (ls, "V3", "V4"))
        continue;
      if (strcmp (la, x->cx->ref->authority) != 0)
        vb_flag (x, EP, r);
    }
}

/* 1009: REASON_PLACE_CHANGE a valid code. */
static void
check_1009 (VbCtx *x)
{
  static const char *const reasons[] = {
    "CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ", "PLACE",
    "CUSTOD", "OTHER", NULL,
  };

  VB_ROWS (x, EP, r)
    {
      const char *reason = CELL (x, EP, r, EP_REASON_PLACE_CHANGE);

      if (reason != NULL && !vb_in (reason, reasons))
        vb_flag (x, EP, r);
    }
}

/* 1010: no episodes this year although last year's last was open, and
 * care-leaver information. */
static void
check_1010 (VbCtx *x)
{
  guint n_last = 0;
  const guint *last = NULL;
  gboolean open = FALSE;

  if (n_episodes (x, VB_THIS) > 0)
    return;
  last = vb_rows (x, VB_PREVIOUS, EP, &n_last);
  for (guint i = n_last; i-- > 0;)
    if (vb_date (x, VB_PREVIOUS, EP, last[i], EP_DECOM) != NONE)
      {
        open = vb_cell (x, VB_PREVIOUS, EP, last[i], EP_DEC) == NULL;
        break;
      }
  if (open)
    {
      guint n;
      const guint *rows = vb_rows (x, VB_THIS, OC3, &n);

      for (guint i = 0; i < n; i++)
        vb_flag (x, OC3, rows[i]);
    }
}

/* 1011: the final episode ended E3 (care transferred to another local
 * authority): no care-leaver information. */
static void
check_1011 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, EP, &n);
  int last = -1;

  for (guint i = 0; i < n; i++)
    if (DATE (x, EP, rows[i], EP_DECOM) != NONE)
      last = (int) rows[i];
  if (last >= 0 && vb_is (CELL (x, EP, (guint) last, EP_REC), "E3"))
    flag_oc3_given (x);
}

/* 1012: a child with no episodes has no rows in the other modules. */
static void
check_1012 (VbCtx *x)
{
  static const CpvTable others[] = {
    CPV_PLACED_ADOPTION, CPV_MISSING, CPV_REVIEWS,
    CPV_AD1, CPV_PREV_PERM, CPV_OC2,
  };

  if (n_episodes (x, VB_THIS) > 0)
    return;
  for (guint t = 0; t < G_N_ELEMENTS (others); t++)
    {
      guint n;
      const guint *rows = vb_rows (x, VB_THIS, others[t], &n);

  if (!vb_has_table (x, VB_THIS, CPV_EPISODES))
    return;

      for (guint i = 0; i < n; i++)
        vb_flag (x, others[t], rows[i]);
    }
}

/* 1014: UASC information for a care leaver (no episode in the year) with
 * care-leaver information. */
static void
check_1014 (VbCtx *x)
{
  guint n_ep, n_uasc, n_oc3;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *uasc = vb_rows (x, VB_THIS, UASC, &n_uasc);
  const guint *oc3 = vb_rows (x, VB_THIS, OC3, &n_oc3);
  gboolean in_year = FALSE, given = FALSE;

  if (!vb_has_table (x, VB_THIS, CPV_EPISODES))
    return;

  if (n_uasc == 0 || n_oc3 == 0)
    return;
  for (guint e = 0; e < n_ep && !in_year; e++)
    {
      CareplanDate decom = DATE (x, EP, eps[e], EP_DECOM);
      CareplanDate dec = DATE (x, EP, eps[e], EP_DEC);

      in_year = decom != NONE && decom <= vb_end (x)
                && (CELL (x, EP, eps[e], EP_DEC) == NULL || (dec != NONE && dec >= vb_start (x)));
    }
  for (guint o = 0; o < n_oc3; o++)
    given = given || oc3_given (x, oc3[o]);
  if (in_year || !given)
    return;
  for (guint u = 0; u < n_uasc; u++)
    vb_flag (x, UASC, uasc[u]);
  flag_oc3_given (x);
}

/* 1016: a young person of 17 or 18 on 31 March who ceased to be looked
 * after on or after that birthday: no care-leaver information. */
static void
check_1016 (VbCtx *x)
{
  guint n_oc3, n_ep;
  const guint *oc3 = vb_rows (x, VB_THIS, OC3, &n_oc3);
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);

  for (guint o = 0; o < n_oc3; o++)
    {
      guint age;
      CareplanDate bday = birthday_17_or_18 (x, DATE (x, OC3, oc3[o], O3_DOB), &age);
      gboolean after = FALSE;

      if (bday == NONE || !oc3_given (x, oc3[o]))
        continue;
      for (guint e = 0; e < n_ep && !after; e++)
        {
          CareplanDate dec = DATE (x, EP, eps[e], EP_DEC);
          const char *rec = CELL (x, EP, eps[e], EP_REC);

          after = dec != NONE && dec >= bday && rec != NULL && !vb_is (rec, "X1");
        }
      if (after)
        vb_flag (x, OC3, oc3[o]);
    }
}

/* 3001: a 17th birthday in the year: accommodation not with former foster
 * carers (Z1, Z2). */
static void
check_3001 (VbCtx *x)
{
  guint n_oc3;
  const guint *oc3 = vb_rows (x, VB_THIS, OC3, &n_oc3);
  CareplanDate dob = vb_header_dob (x, VB_THIS);
  CareplanDate bday;

  if (dob == NONE)
    return;
  bday = vb_birthday (dob, 17);
  if (bday < vb_start (x) || bday > vb_end (x))
    return;
  for (guint o = 0; o < n_oc3; o++)
    if (VB_IN (CELL (x, OC3, oc3[o], O3_ACCOM), "Z1", "Z2"))
      vb_flag (x, OC3, oc3[o]);
}

#define ROW(code, msg, tables, fields, needs, note) \
  { #code, msg, tables, fields, 0, 0, needs, note, check_##code }
#define PREV VB_NEEDS_PREVIOUS

VB_CHECK (check_1000)
VB_CHECK (check_1001)
VB_CHECK (check_1002)
VB_CHECK (check_1003)
VB_CHECK (check_1004)
VB_CHECK (check_1005)
VB_CHECK (check_1006)
VB_CHECK (check_1007)
VB_CHECK (check_1008)
VB_CHECK (check_1009)
VB_CHECK (check_1015)
VB_CHECK (check_1010)
VB_CHECK (check_1011)
VB_CHECK (check_1012)
VB_CHECK (check_1014)
VB_CHECK (check_1016)
VB_CHECK (check_3001)

const CpvCheck cpv_checks_1000[] = {
  /* Reads last year's episodes too when --previous is given. */
  VB_ROW ("1000",
          "This child is recorded as having died in care and therefore should not have the care "
          "leaver information completed.",
          "OC3:IN_TOUCH,ACTIV,ACCOM;Episodes:REC", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_1000),
  /* Young people aged 20 or over on 31 March are not flagged, as the open validator means to do (its merge flags them all); ages by the corresponding-date rule. */
  VB_ROW ("1001",
          "The episodes recorded for this young person suggest they are not a relevant or a former "
          "relevant child and therefore should not have care leaver information completed.",
          "OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, DIFFERS_FROM_PEER, ERROR, PREVIOUS, check_1001),
  VB_ROW ("1002",
          "This child has no previous episodes of care, therefore should not have care leaver "
          "information recorded.",
          "OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_1002),
  VB_ROW ("1003",
          "Date of LA's decision that a child should be placed for adoption is before the child "
          "started to be looked after.",
          "PlacedAdoption:DATE_PLACED;Episodes:DECOM,RNE", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_1003),
  VB_ROW ("1004",
          "The start date of the missing episode or episode that the child was away from placement "
          "without authorisation is not a valid date.",
          "Missing:MIS_START", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_1004),
  VB_ROW ("1005",
          "The end date of the missing episode or episode that the child was away from placement "
          "without authorisation is not a valid date.",
          "Missing:MIS_END", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_1005),
  VB_ROW ("1006",
          "Missing type invalid.",
          "Missing:MISSING", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_1006),
  /* An episode still open counts as being looked after on the birthday; the open validator counts only episodes with an end date, and fails on a 29 February birthday. */
  VB_ROW ("1007",
          "Care leaver information is not required for 17- or 18-year olds who are still looked "
          "after [on their 17th or 18th birthday.]",
          "OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_1007),
  VB_ROW ("1008",
          "Ofsted Unique Reference Number (URN) is not valid.",
          "Episodes:URN", 0, 0, IMPLEMENTED, ERROR, REFERENCE, check_1008),
  VB_ROW ("1009",
          "Reason for placement change is not a valid code.",
          "Episodes:REASON_PLACE_CHANGE", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_1009),
  VB_ROW ("1010",
          "This child has no episodes loaded for current year even though there was an open episode "
          "of care at the end of the previous year, and care leaver data has been entered.",
          "OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_1010),
  VB_ROW ("1011",
          "This child is recorded as having his/her care transferred to another local authority for "
          "the final episode and therefore should not have the care leaver information completed.",
          "OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_1011),
  VB_ROW ("1012",
          "No other data should be returned for OC3 children who had no episodes in the current "
          "year",
          "PlacedAdoption:CHILD;Missing:CHILD;Reviews:CHILD;AD1:CHILD;PrevPerm:CHILD;OC2:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_1012),
  /* A care leaver with no episode at all is a care leaver too; the open validator looks only at young people with an episode in some year. */
  VB_ROW ("1014",
          "UASC information is not required for care leavers",
          "UASC:DUC;OC3:ACTIV,ACCOM,IN_TOUCH", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_1014),
  /* Ages by the corresponding-date rule, and care ceases at an episode whose REC is not X1; the open validator measures ages in 365.2425-day years and takes the end of any episode. */
  VB_ROW ("1015",
          "Placement provider is own provision but child not placed in own LA.",
          "Episodes:PLACE_PROVIDER,PLACE,LS,PL_POST", 0, 0, IMPLEMENTED, ERROR, REFERENCE, check_1015),
  VB_ROW ("1016",
          "Care leaver information is not required for 17- or 18-year olds who cease to be looked "
          "after, after their birthday.",
          "OC3:IN_TOUCH,ACTIV,ACCOM", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_1016),
  VB_ROW ("3001",
          "Where care leavers information is being returned for a young person around their 17th "
          "birthday, the accommodation cannot be with their former foster carer(s).",
          "OC3:ACCOM,DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_3001),
  { NULL }
};
