/* careplan-ssda903-checks-600.c: the SSDA903 checks with codes 601 to 635
 * (adoption data, mothers, previous permanence)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "careplan-checks-b-private.h"

#define EP  CPV_EPISODES
#define HDR CPV_HEADER
#define AD1 CPV_AD1
#define OC3 CPV_OC3
#define PP  CPV_PREV_PERM

#define NONE CAREPLAN_DATE_NONE

#define CELL(x, t, r, col) vb_cell ((x), VB_THIS, (t), (r), (col))
#define DATE(x, t, r, col) vb_date ((x), VB_THIS, (t), (r), (col))

static const guint adoption_fields[] = {
  AD_DATE_INT, AD_DATE_MATCH, AD_FOSTER_CARE, AD_NB_ADOPTR, AD_SEX_ADOPTR, AD_LS_ADOPTR,
};

/* An episode that ends in adoption (REC E11, E12) during the year. */
static gboolean
adopted_in_year (VbCtx *x, guint row)
{
  CareplanDate dec = DATE (x, EP, row, EP_DEC);

  return VB_IN (CELL (x, EP, row, EP_REC), "E11", "E12")
         && dec != NONE && dec >= vb_start (x) && dec <= vb_end (x);
}

/* 601: adopted in the year: every AD1 item completed. */
static void
check_601 (VbCtx *x)
{
  guint n_ep, n_ad;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *ads = vb_rows (x, VB_THIS, AD1, &n_ad);
  gboolean incomplete = n_ad == 0, adopted = FALSE;

  if (!vb_has_table (x, VB_THIS, CPV_AD1))
    return;

  for (guint e = 0; e < n_ep; e++)
    adopted = adopted || adopted_in_year (x, eps[e]);
  if (!adopted)
    return;
  for (guint a = 0; a < n_ad; a++)
    for (guint f = 0; f < G_N_ELEMENTS (adoption_fields); f++)
      if (CELL (x, AD1, ads[a], adoption_fields[f]) == NULL)
        {
          vb_flag (x, AD1, ads[a]);
          incomplete = TRUE;
          break;
        }
  if (incomplete)
    for (guint e = 0; e < n_ep; e++)
      if (adopted_in_year (x, eps[e]))
        vb_flag (x, EP, eps[e]);
}

/* 602: AD1 data, and the episodes do not show an adoption in the year. */
static void
check_602 (VbCtx *x)
{
  guint n_ep, n_ad;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *ads = vb_rows (x, VB_THIS, AD1, &n_ad);
  gboolean adopted = FALSE;

  for (guint e = 0; e < n_ep; e++)
    adopted = adopted || adopted_in_year (x, eps[e]);
  if (adopted)
    return;
  for (guint a = 0; a < n_ad; a++)
    for (guint f = 0; f < G_N_ELEMENTS (adoption_fields); f++)
      if (CELL (x, AD1, ads[a], adoption_fields[f]) != NULL)
        {
          vb_flag (x, AD1, ads[a]);
          break;
        }
}

/* Header's SEX is female, in the codes of the collection year: 2 to
 * 2023/24, F from 2024/25. */
static gboolean
is_female (VbCtx *x, const char *sex)
{
  return vb_is (sex, vb_year (x) >= 2025 ? "F" : "2");
}

/* 607: a girl or young woman who ceased to be looked after in the year (not
 * from a short break): MOTHER completed. */
static void
check_607 (VbCtx *x)
{
  guint n_ep, n_h;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *hs = vb_rows (x, VB_THIS, HDR, &n_h);

  for (guint h = 0; h < n_h; h++)
    {
      gboolean flagged = FALSE;

      if (!is_female (x, CELL (x, HDR, hs[h], HD_SEX)) || CELL (x, HDR, hs[h], HD_MOTHER) != NULL)
        continue;
      for (guint e = 0; e < n_ep; e++)
        {
          const char *rec = CELL (x, EP, eps[e], EP_REC);
          CareplanDate dec = DATE (x, EP, eps[e], EP_DEC);

          if (dec != NONE && rec != NULL && !vb_is (rec, "X1")
              && !VB_IN (CELL (x, EP, eps[e], EP_LS), "V3", "V4")
              && dec >= vb_start (x) && dec <= vb_end (x))
            {
              vb_flag (x, EP, eps[e]);
              flagged = TRUE;
            }
        }
      if (flagged)
        vb_flag (x, HDR, hs[h]);
    }
}

/* 611: a mother with no date of birth of her first child. */
static void
check_611 (VbCtx *x)
{
  VB_ROWS (x, HDR, r)
    if (vb_is (CELL (x, HDR, r, HD_MOTHER), "1") && CELL (x, HDR, r, HD_MC_DOB) == NULL)
      vb_flag (x, HDR, r);
}

/* 612: a first child's date of birth for a girl who is not a mother. */
static void
check_612 (VbCtx *x)
{
  VB_ROWS (x, HDR, r)
    {
      const char *mother = CELL (x, HDR, r, HD_MOTHER);

      if ((mother == NULL || strcmp (mother, "0") == 0) && is_female (x, CELL (x, HDR, r, HD_SEX))
          && CELL (x, HDR, r, HD_MC_DOB) != NULL)
        vb_flag (x, HDR, r);
    }
}

/* 620: a mother under 11 at the start of the collection year. */
static void
check_620 (VbCtx *x)
{
  VB_ROWS (x, HDR, r)
    {
      CareplanDate dob = DATE (x, HDR, r, HD_DOB);

      if (vb_is (CELL (x, HDR, r, HD_MOTHER), "1") && dob != NONE && vb_birthday (dob, 11) > vb_start (x))
        vb_flag (x, HDR, r);
    }
}

/* 621: the mother born on or after her child. */
static void
check_621 (VbCtx *x)
{
  VB_ROWS (x, HDR, r)
    {
      CareplanDate dob = DATE (x, HDR, r, HD_DOB);
      CareplanDate mc_dob = DATE (x, HDR, r, HD_MC_DOB);

      if (dob != NONE && mc_dob != NONE && mc_dob <= dob)
        vb_flag (x, HDR, r);
    }
}

/* 624, 626: the first child's date of birth against last year's Header. */
static void
header_against_last (VbCtx *x, int which)
{
  guint n_h, n_last = 0;
  const guint *hs = vb_rows (x, VB_THIS, HDR, &n_h);
  const guint *last = NULL;

  last = vb_rows (x, VB_PREVIOUS, HDR, &n_last);
  for (guint h = 0; h < n_h; h++)
    for (guint j = 0; j < n_last; j++)
      {
        const char *now = CELL (x, HDR, hs[h], HD_MC_DOB);
        const char *before = vb_cell (x, VB_PREVIOUS, HDR, last[j], HD_MC_DOB);
        gboolean flag;

        if (which == 624)
          flag = before != NULL && g_strcmp0 (now, before) != 0;
        else
          {
            CareplanDate mc_dob = DATE (x, HDR, hs[h], HD_MC_DOB);

            flag = mc_dob != NONE && mc_dob < vb_start (x)
                   && vb_is (CELL (x, HDR, hs[h], HD_MOTHER), "1")
                   && vb_is (vb_cell (x, VB_PREVIOUS, HDR, last[j], HD_MOTHER), "0");
          }
        if (flag)
          {
            vb_flag (x, HDR, hs[h]);
            break;
          }
      }
}

static void check_624 (VbCtx *x) { header_against_last (x, 624); }
static void check_626 (VbCtx *x) { header_against_last (x, 626); }

/* 625: the first child born after 31 March or after the mother ceased to
 * be looked after (her last episode ended, REC not X1).  The Header row
 * is flagged, and the child's latest episode, whose end the rule reads. */
static void
check_625 (VbCtx *x)
{
  guint n_ep, n_h;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *hs = vb_rows (x, VB_THIS, HDR, &n_h);
  CareplanDate ceased = NONE;
  int latest = -1;

  for (guint e = 0; e < n_ep; e++)
    if (DATE (x, EP, eps[e], EP_DECOM) != NONE)
      latest = (int) eps[e];
  if (latest >= 0)
    {
      const char *rec = CELL (x, EP, (guint) latest, EP_REC);

      if (rec != NULL && !vb_is (rec, "X1"))
        ceased = DATE (x, EP, (guint) latest, EP_DEC);
    }
  for (guint h = 0; h < n_h; h++)
    {
      CareplanDate mc_dob = DATE (x, HDR, hs[h], HD_MC_DOB);

      if (mc_dob != NONE && (mc_dob > vb_end (x) || (ceased != NONE && mc_dob > ceased)))
        {
          vb_flag (x, HDR, hs[h]);
          if (latest >= 0)
            vb_flag (x, EP, (guint) latest);
        }
    }
}

/* 628: motherhood details for a care leaver not looked after in the year. */
static void
check_628 (VbCtx *x)
{
  guint n_ep, n_h, n_oc3;
  const guint *hs = vb_rows (x, VB_THIS, HDR, &n_h);
  const guint *oc3 = vb_rows (x, VB_THIS, OC3, &n_oc3);
  gboolean leaver = FALSE;

  if (!vb_has_table (x, VB_THIS, CPV_EPISODES))
    return;

  vb_rows (x, VB_THIS, EP, &n_ep);
  if (n_ep > 0)
    return;
  for (guint o = 0; o < n_oc3; o++)
    leaver = leaver || CELL (x, OC3, oc3[o], O3_IN_TOUCH) != NULL
             || CELL (x, OC3, oc3[o], O3_ACTIV) != NULL || CELL (x, OC3, oc3[o], O3_ACCOM) != NULL;
  if (!leaver)
    return;
  for (guint h = 0; h < n_h; h++)
    if (CELL (x, HDR, hs[h], HD_MOTHER) != NULL)
      vb_flag (x, HDR, hs[h]);
}

/* 630: a child who started to be looked after in the year (RNE S): a
 * PrevPerm row, with LA_PERM and DATE_PERM unless PREV_PERM is Z1. */
static void
check_630 (VbCtx *x)
{
  guint n_ep, n_pp;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *pps = vb_rows (x, VB_THIS, PP, &n_pp);
  gboolean wrong = n_pp == 0;

  if (!vb_has_table (x, VB_THIS, CPV_PREV_PERM))
    return;

  for (guint p = 0; p < n_pp; p++)
    {
      const char *perm = CELL (x, PP, pps[p], PP_PREV_PERM);

      if (perm == NULL
          || (!vb_is (perm, "Z1")
              && (CELL (x, PP, pps[p], PP_LA_PERM) == NULL || CELL (x, PP, pps[p], PP_DATE_PERM) == NULL)))
        wrong = TRUE;
    }
  if (!wrong)
    return;
  for (guint e = 0; e < n_ep; e++)
    {
      CareplanDate decom = DATE (x, EP, eps[e], EP_DECOM);

      if (vb_is (CELL (x, EP, eps[e], EP_RNE), "S") && decom != NONE && decom >= vb_start (x))
        vb_flag (x, EP, eps[e]);
    }
}

/* 631: PREV_PERM a valid code. */
static void
check_631 (VbCtx *x)
{
  VB_ROWS (x, PP, r)
    {
      const char *perm = CELL (x, PP, r, PP_PREV_PERM);

      if (perm != NULL && !VB_IN (perm, "P1", "P2", "P3", "P4", "Z1"))
        vb_flag (x, PP, r);
    }
}

/* DATE_PERM: dd/mm/yyyy with ZZ for an unknown day or month; the latest
 * date it can stand for (an unknown day the month's last, an unknown month
 * December), or NONE when it is no such date. */
static CareplanDate
latest_partial_date (const char *text)
{
  int day, month, year;
  char *end;

  if (text == NULL || strlen (text) != 10 || text[2] != '/' || text[5] != '/')
    return NONE;
  year = (int) strtol (text + 6, &end, 10);
  if (end != text + 10 || year < 1900 || year > 2999)
    return NONE;
  if (strncmp (text + 3, "ZZ", 2) == 0)
    month = 12;
  else if (g_ascii_isdigit (text[3]) && g_ascii_isdigit (text[4]))
    month = (text[3] - '0') * 10 + (text[4] - '0');
  else
    return NONE;
  if (month < 1 || month > 12)
    return NONE;
  if (strncmp (text, "ZZ", 2) == 0)
    day = careplan_date_get_days_in_month (year, month);
  else if (g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]))
    day = (text[0] - '0') * 10 + (text[1] - '0');
  else
    return NONE;
  if (day < 1 || day > careplan_date_get_days_in_month (year, month))
    return NONE;
  return careplan_date_new (year, month, day);
}

/* 632: DATE_PERM a valid (partial) date before the start of the child's
 * first episode. */
static void
check_632 (VbCtx *x)
{
  guint n_ep, n_pp;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *pps = vb_rows (x, VB_THIS, PP, &n_pp);
  CareplanDate decom;

  if (n_ep == 0 || (decom = DATE (x, EP, eps[0], EP_DECOM)) == NONE)
    return;
  for (guint p = 0; p < n_pp; p++)
    {
      const char *text = CELL (x, PP, pps[p], PP_DATE_PERM);
      CareplanDate perm = latest_partial_date (text);

      if (text != NULL && (perm == NONE || perm >= decom))
        {
          vb_flag (x, PP, pps[p]);
          vb_flag (x, EP, eps[0]);
        }
    }
}

/* 633: LA_PERM an English local authority's code or WAL, SCO, NUK, NIR. */
static const char *const la_codes[] = {
  "800", "889", "822", "301", "304", "303", "330", "825", "837", "302", "846", "370", "350", "890",
  "867", "380", "305", "801", "351", "873", "823", "895", "896", "381", "909", "202", "908", "331",
  "306", "841", "830", "831", "878", "371", "835", "332", "840", "307", "308", "811", "881", "845",
  "390", "916", "203", "876", "850", "311", "204", "884", "312", "205", "313", "805", "919", "310",
  "309", "420", "921", "206", "207", "886", "810", "382", "314", "340", "888", "208", "856", "383",
  "855", "209", "925", "341", "201", "821", "352", "806", "887", "826", "315", "929", "812", "391",
  "926", "892", "813", "802", "928", "891", "392", "316", "815", "353", "931", "879", "836", "851",
  "874", "807", "354", "317", "870", "318", "372", "857", "333", "935", "343", "803", "373", "342",
  "893", "356", "355", "871", "394", "334", "933", "882", "936", "861", "852", "319", "860", "808",
  "393", "866", "210", "357", "894", "883", "880", "358", "211", "937", "869", "320", "359", "865",
  "384", "335", "336", "212", "868", "872", "885", "344", "877", "213", "938", "816", "999",
  "WAL", "SCO", "NUK", "NIR", NULL,
};

static void
check_633 (VbCtx *x)
{
  VB_ROWS (x, PP, r)
    {
      const char *la = CELL (x, PP, r, PP_LA_PERM);

      if (la != NULL && !vb_in (la, la_codes))
        vb_flag (x, PP, r);
    }
}

/* 634: previous permanence entries for a child whose episodes all began
 * before 1 April 2016. */
static void
check_634 (VbCtx *x)
{
  CareplanDate from = careplan_date_new (2016, 4, 1);

  guint n_ep, n_pp;
  const guint *eps = vb_rows (x, VB_THIS, EP, &n_ep);
  const guint *pps = vb_rows (x, VB_THIS, PP, &n_pp);
  CareplanDate latest = NONE;

  for (guint e = 0; e < n_ep; e++)
    {
      CareplanDate d = DATE (x, EP, eps[e], EP_DECOM);

      if (d != NONE && d > latest)
        latest = d;
    }
  if (latest == NONE || latest >= from)
    return;
  for (guint p = 0; p < n_pp; p++)
    if (CELL (x, PP, pps[p], PP_PREV_PERM) != NULL || CELL (x, PP, pps[p], PP_LA_PERM) != NULL
        || CELL (x, PP, pps[p], PP_DATE_PERM) != NULL)
      vb_flag (x, PP, pps[p]);
}

/* 635: LA_PERM or DATE_PERM given while PREV_PERM is Z1 (or blank). */
static void
check_635 (VbCtx *x)
{
  VB_ROWS (x, PP, r)
    {
      const char *perm = CELL (x, PP, r, PP_PREV_PERM);

      if ((perm == NULL || strcmp (perm, "Z1") == 0)
          && (CELL (x, PP, r, PP_LA_PERM) != NULL || CELL (x, PP, r, PP_DATE_PERM) != NULL))
        vb_flag (x, PP, r);
    }
}

#define ROW(code, msg, tables, fields, needs, note) \
  { #code, msg, tables, fields, 0, 0, needs, note, check_##code }
#define PREV VB_NEEDS_PREVIOUS

VB_CHECK (check_601)
VB_CHECK (check_602)
VB_CHECK (check_607)
VB_CHECK (check_611)
VB_CHECK (check_612)
VB_CHECK (check_620)
VB_CHECK (check_621)
VB_CHECK (check_624)
VB_CHECK (check_625)
VB_CHECK (check_626)
VB_CHECK (check_628)
VB_CHECK (check_630)
VB_CHECK (check_631)
VB_CHECK (check_632)
VB_CHECK (check_633)
VB_CHECK (check_634)
VB_CHECK (check_635)

const CpvCheck cpv_checks_600[] = {
  /* A child adopted in the year with no AD1 row at all has its adoption episode flagged; the open validator looks only at AD1 rows that exist. */
  VB_ROW ("601",
          "The additional fields relating to adoption have not been completed although the episode "
          "data shows that the child was adopted during the year.",
          "AD1:DATE_INT,DATE_MATCH,FOSTER_CARE,NB_ADOPTR,SEX_ADOPTR,LS_ADOPTR;Episodes:REC", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_601),
  VB_ROW ("602",
          "The episode data submitted for this child does not show that he/she was adopted during "
          "the year.",
          "AD1:CHILD", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_602),
  /* SEX is female as the collection year codes it: 2 to 2023/24, F from 2024/25. */
  VB_ROW ("607",
          "Child ceased to be looked after in the year, but mother field has not been completed.",
          "Header:MOTHER,SEX;Episodes:DEC,REC,LS", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_607),
  VB_ROW ("611",
          "Date of birth field is blank, but child is a mother.",
          "Header:MOTHER,MC_DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_611),
  /* SEX is female as the collection year codes it: 2 to 2023/24, F from 2024/25. */
  VB_ROW ("612",
          "Date of birth field has been completed but mother field indicates child is not a mother.",
          "Header:SEX,MOTHER,MC_DOB", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_612),
  VB_ROW ("620",
          "Child has been recorded as a mother, but date of birth shows that the mother is under 11 "
          "years of age.",
          "Header:DOB,MOTHER", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_620),
  VB_ROW ("621",
          "Mother’s field has been completed but date of birth shows that the mother is younger "
          "than her child.",
          "Header:DOB,MC_DOB", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_621),
  VB_ROW ("624",
          "Date of birth of the first child contradicts the date of birth of the first child "
          "previously recorded.",
          "Header:MC_DOB", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_624),
  /* The date the child ceased to be looked after is the end of the child's last episode when its REC is not X1; the open validator takes the latest DEC of any episode (after another of its rules has filled the blank ones with 31 March), and skips children with none. */
  VB_ROW ("625",
          "Date of birth of the first child is beyond the end of this reporting year or the date "
          "the child ceased to be looked after.",
          "Header:MC_DOB;Episodes:DEC", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_625),
  VB_ROW ("626",
          "Child was reported as a mother but the date of birth of the first child is before the "
          "current year which contradicts with the mother status recorded last year.",
          "Header:MOTHER,MC_DOB", 0, 0, IMPLEMENTED, ERROR, PREVIOUS, check_626),
  VB_ROW ("628",
          "Motherhood details are not required for care leavers who have not been looked after "
          "during the year.",
          "Header:MOTHER", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_628),
  VB_ROW ("630",
          "Information on previous permanence option should be returned.",
          "Episodes:RNE", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_630),
  VB_ROW ("631",
          "Previous permanence option not a valid value.",
          "PrevPerm:PREV_PERM", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_631),
  /* An unknown month (ZZ) stands for December of that year; the open validator adds a year to a known day of January. */
  VB_ROW ("632",
          "Date of previous permanence order not a valid value.",
          "PrevPerm:DATE_PERM;Episodes:DECOM", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_632),
  VB_ROW ("633",
          "Local authority code where previous permanence option was arranged is not a valid value.",
          "PrevPerm:LA_PERM", 0, 0, IMPLEMENTED, ERROR, NOTHING, check_633),
  /* Tests 1 April 2016, the date the message names; the open validator tests the start of the collection year. */
  VB_ROW ("634",
          "There are entries for previous permanence options, but child has not started to be "
          "looked after from 1 April 2016 onwards.",
          "PrevPerm:LA_PERM,PREV_PERM,DATE_PERM;Episodes:DECOM", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_634),
  /* Flags PREV_PERM Z1, as the message says, as well as a blank PREV_PERM; the open validator flags only the blank. */
  VB_ROW ("635",
          "There are entries for date of order and local authority code where previous permanence "
          "option was arranged but previous permanence code is Z1",
          "PrevPerm:LA_PERM,DATE_PERM,PREV_PERM", 0, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_635),
  { NULL }
};
