/* careplan-ssda903-checks-sw.c: the social-worker checks (SW…STG1,
 * SW…STG2) of the SSDA903 return, from 2023/24
 *
 * SWEpisodes records each social worker allocated to the child: SW_ID,
 * SW_DECOM and SW_DEC (the episode's start and end) and SW_REASON (why
 * the social worker changed).  Stage 1 checks look at one row; stage 2
 * checks at a child's episodes together.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-checks-b-private.h"

#define SW CPV_SW_EPISODES

/* The date from which SW_REASON is recorded. */
static CareplanDate
reason_from (void)
{
  return careplan_date_new (2023, 4, 1);
}

static const char *const sw_reasons[] = {
  "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED",
  "OTHERS", NULL,
};

/* SW01aSTG1: SW_DECOM given (and a date); before 1 April 2023, SW_ID too. */
static void
check_sw01a (VbCtx *x)
{
  VB_ROWS (x, SW, r)
    {
      CareplanDate decom = vb_date (x, VB_THIS, SW, r, SW_SW_DECOM);

      if (decom == CAREPLAN_DATE_NONE
          || (decom < reason_from () && vb_cell (x, VB_THIS, SW, r, SW_SW_ID) == NULL))
        vb_flag (x, SW, r);
    }
}

/* SW01bSTG1: SW_DECOM given; from 1 April 2023, SW_ID and SW_REASON too. */
static void
check_sw01b (VbCtx *x)
{
  VB_ROWS (x, SW, r)
    {
      CareplanDate decom = vb_date (x, VB_THIS, SW, r, SW_SW_DECOM);

      if (decom == CAREPLAN_DATE_NONE
          || (decom >= reason_from ()
              && (vb_cell (x, VB_THIS, SW, r, SW_SW_ID) == NULL
                  || vb_cell (x, VB_THIS, SW, r, SW_SW_REASON) == NULL)))
        vb_flag (x, SW, r);
    }
}

/* SW02STG1: SW_ID begins with SW or XX (a blank one does not). */
static void
check_sw02 (VbCtx *x)
{
  VB_ROWS (x, SW, r)
    {
      const char *id = vb_cell (x, VB_THIS, SW, r, SW_SW_ID);

      if (id == NULL || !(g_str_has_prefix (id, "SW") || g_str_has_prefix (id, "XX")))
        vb_flag (x, SW, r);
    }
}

static void
invalid_date (VbCtx *x, guint column)
{
  VB_ROWS (x, SW, r)
    if (vb_date_state (x, VB_THIS, SW, r, column) == VB_DATE_INVALID)
      vb_flag (x, SW, r);
}

/* SW04STG1, SW05STG1: SW_DECOM, SW_DEC a valid date when given. */
static void check_sw04 (VbCtx *x) { invalid_date (x, SW_SW_DECOM); }
static void check_sw05 (VbCtx *x) { invalid_date (x, SW_SW_DEC); }

/* SW06STG2: SW_DECOM on or before 31 March of the collection year. */
static void
check_sw06 (VbCtx *x)
{
  VB_ROWS (x, SW, r)
    {
      CareplanDate decom = vb_date (x, VB_THIS, SW, r, SW_SW_DECOM);

      if (decom != CAREPLAN_DATE_NONE && decom > vb_end (x))
        vb_flag (x, SW, r);
    }
}

/* SW07STG2: SW_DEC within the social-worker reporting period: from 1 April
 * of the year before the collection year to 31 March of the collection
 * year (the open validator takes 365.2425 days before 1 April; careplan
 * the corresponding date). */
static void
check_sw07 (VbCtx *x)
{
  CareplanDate from = careplan_date_new (vb_year (x) - 2, 4, 1);

  VB_ROWS (x, SW, r)
    {
      CareplanDate dec = vb_date (x, VB_THIS, SW, r, SW_SW_DEC);

      if (dec != CAREPLAN_DATE_NONE && (dec < from || dec > vb_end (x)))
        vb_flag (x, SW, r);
    }
}

/* SW08STG2: every episode but the child's last (by SW_DECOM) has ended:
 * has an end date that is a date. */
static void
check_sw08 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, SW, &n);
  guint last_dated = 0;
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    if (vb_date (x, VB_THIS, SW, rows[i], SW_SW_DECOM) != CAREPLAN_DATE_NONE)
      {
        last_dated = i;
        any = TRUE;
      }
  if (!any)
    return;
  for (guint i = 0; i < last_dated; i++)
    if (vb_date (x, VB_THIS, SW, rows[i], SW_SW_DECOM) != CAREPLAN_DATE_NONE
        && vb_date (x, VB_THIS, SW, rows[i], SW_SW_DEC) == CAREPLAN_DATE_NONE)
      vb_flag (x, SW, rows[i]);
}

/* SW09STG2: an episode that ends on the day it began. */
static void
check_sw09 (VbCtx *x)
{
  VB_ROWS (x, SW, r)
    {
      const char *decom = vb_cell (x, VB_THIS, SW, r, SW_SW_DECOM);
      const char *dec = vb_cell (x, VB_THIS, SW, r, SW_SW_DEC);
      CareplanDate d1 = vb_date (x, VB_THIS, SW, r, SW_SW_DECOM);
      CareplanDate d2 = vb_date (x, VB_THIS, SW, r, SW_SW_DEC);

      if ((d1 != CAREPLAN_DATE_NONE && d1 == d2)
          || (decom != NULL && dec != NULL && strcmp (decom, dec) == 0))
        vb_flag (x, SW, r);
    }
}

/* SW10STG2: unless SW_REASON is FCONTA, an episode begins within 7 days
 * either side of the end of the child's previous episode, when that end
 * is given. */
static void
check_sw10 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, SW, &n);

  for (guint i = 1; i < n; i++)
    {
      CareplanDate prev_dec = vb_date (x, VB_THIS, SW, rows[i - 1], SW_SW_DEC);
      CareplanDate decom = vb_date (x, VB_THIS, SW, rows[i], SW_SW_DECOM);

      if (vb_is (vb_cell (x, VB_THIS, SW, rows[i], SW_SW_REASON), "FCONTA")
          || prev_dec == CAREPLAN_DATE_NONE || decom == CAREPLAN_DATE_NONE)
        continue;
      if (decom < careplan_date_add_days (prev_dec, -7)
          || decom > careplan_date_add_days (prev_dec, 7))
        vb_flag (x, SW, rows[i]);
    }
}

/* SW11bSTG2: an episode that ended in the last days of the year (31 March
 * or the five days before) with no later episode. */
static void
check_sw11b (VbCtx *x)
{
  CareplanDate end = vb_end (x);
  CareplanDate from = careplan_date_add_days (end, -5);

  guint n;
  const guint *rows = vb_rows (x, VB_THIS, SW, &n);

  for (guint i = 0; i < n; i++)
    {
      CareplanDate dec = vb_date (x, VB_THIS, SW, rows[i], SW_SW_DEC);
      gboolean followed = FALSE;

      if (dec == CAREPLAN_DATE_NONE || dec < from || dec > end)
        continue;
      for (guint j = 0; j < n && !followed; j++)
        {
          CareplanDate decom = vb_date (x, VB_THIS, SW, rows[j], SW_SW_DECOM);

          followed = j != i && decom != CAREPLAN_DATE_NONE && decom >= dec;
        }
      if (!followed)
        vb_flag (x, SW, rows[i]);
    }
}

/* SW12STG2: a child looked after on 31 March (an episode, not a short
 * break, open then) has social worker episodes reported. */
static void
check_sw12 (VbCtx *x)
{
  CareplanDate end = vb_end (x);

  guint n, n_sw;
  const guint *rows = vb_rows (x, VB_THIS, CPV_EPISODES, &n);

  if (!vb_has_table (x, VB_THIS, CPV_SW_EPISODES))
    return;

  vb_rows (x, VB_THIS, SW, &n_sw);
  if (n_sw > 0)
    return;
  for (guint i = 0; i < n; i++)
    {
      guint r = rows[i];
      CareplanDate decom = vb_date (x, VB_THIS, CPV_EPISODES, r, EP_DECOM);
      CareplanDate dec = vb_date (x, VB_THIS, CPV_EPISODES, r, EP_DEC);

      if (decom != CAREPLAN_DATE_NONE && decom <= end
          && (dec == CAREPLAN_DATE_NONE || dec > end)
          && vb_cell (x, VB_THIS, CPV_EPISODES, r, EP_DEC) == NULL
          && !VB_IN (vb_cell (x, VB_THIS, CPV_EPISODES, r, EP_LS), "V3", "V4"))
        vb_flag (x, CPV_EPISODES, r);
    }
}

/* SW13STG1: SW_REASON a valid code; blank only before 1 April 2023. */
static void
check_sw13 (VbCtx *x)
{
  VB_ROWS (x, SW, r)
    {
      const char *reason = vb_cell (x, VB_THIS, SW, r, SW_SW_REASON);
      CareplanDate decom = vb_date (x, VB_THIS, SW, r, SW_SW_DECOM);

      if (reason != NULL ? !vb_in (reason, sw_reasons)
                         : (decom != CAREPLAN_DATE_NONE && decom >= reason_from ()))
        vb_flag (x, SW, r);
    }
}

/* SW17STG2: the child's latest episode (by SW_DECOM) is open at 31 March. */
static void
check_sw17 (VbCtx *x)
{
  guint n;
  const guint *rows = vb_rows (x, VB_THIS, SW, &n);
  int last = -1;

  for (guint i = 0; i < n; i++)
    if (vb_date (x, VB_THIS, SW, rows[i], SW_SW_DECOM) != CAREPLAN_DATE_NONE)
      last = (int) i;
  if (last >= 0 && vb_cell (x, VB_THIS, SW, rows[last], SW_SW_DEC) != NULL)
    vb_flag (x, SW, rows[last]);
}

VB_CHECK (check_sw01a)
VB_CHECK (check_sw01b)
VB_CHECK (check_sw02)
VB_CHECK (check_sw04)
VB_CHECK (check_sw05)
VB_CHECK (check_sw06)
VB_CHECK (check_sw07)
VB_CHECK (check_sw08)
VB_CHECK (check_sw09)
VB_CHECK (check_sw10)
VB_CHECK (check_sw11b)
VB_CHECK (check_sw12)
VB_CHECK (check_sw13)
VB_CHECK (check_sw17)

const CpvCheck cpv_checks_sw[] = {
  VB_ROW ("SW01aSTG1",
          "For each social worker episode, information should be complete",
          "SWEpisodes:SW_DECOM,SW_ID", 2025, 0, IMPLEMENTED, ERROR, NOTHING, check_sw01a),
  VB_ROW ("SW01bSTG1",
          "For each social worker episode, information should be complete",
          "SWEpisodes:SW_DECOM,SW_ID,SW_REASON", 2025, 0, IMPLEMENTED, ERROR, NOTHING, check_sw01b),
  VB_ROW ("SW02STG1",
          "Social worker ID does not begin with the characters ‘SW’ or ‘XX’.",
          "SWEpisodes:SW_ID", 2024, 0, IMPLEMENTED, ERROR, NOTHING, check_sw02),
  VB_ROW ("SW04STG1",
          "Date social worker episode began is not a valid date.",
          "SWEpisodes:SW_DECOM", 2024, 0, IMPLEMENTED, ERROR, NOTHING, check_sw04),
  /* The open validator's message says 'began'; the check is of SW_DEC, the date the episode ended. */
  VB_ROW ("SW05STG1",
          "Date social worker episode ended is not a valid date.",
          "SWEpisodes:SW_DEC", 2024, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_sw05),
  VB_ROW ("SW06STG2",
          "Social worker episode data should be within the social worker data reporting year.",
          "SWEpisodes:SW_DECOM", 2024, 0, IMPLEMENTED, ERROR, NOTHING, check_sw06),
  /* The reporting period starts on 1 April of the previous year by the corresponding date, not 365.2425 days before 1 April. */
  VB_ROW ("SW07STG2",
          "Social worker episode end date should be on or after the start of the social worker "
          "reporting period, and should be on or before the collection end date.",
          "SWEpisodes:SW_DEC", 2024, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_sw07),
  VB_ROW ("SW08STG2",
          "A new social worker episode has started, but the previous episode has not ended.",
          "SWEpisodes:SW_DEC", 2024, 0, IMPLEMENTED, ERROR, NOTHING, check_sw08),
  VB_ROW ("SW09STG2",
          "Social worker episode appears to have lasted for less than 24 hours.",
          "SWEpisodes:SW_DECOM,SW_DEC", 2024, 0, IMPLEMENTED, ERROR, NOTHING, check_sw09),
  /* Checked only where the previous episode's end date is present, as the rule says ('if present'). */
  VB_ROW ("SW10STG2",
          "A new social worker episode has started before the end date of the previous social "
          "worker episode.",
          "SWEpisodes:SW_DECOM,SW_DEC,SW_REASON", 2024, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_sw10),
  VB_ROW ("SW11bSTG2",
          "Social worker episode has ended before 31 March and no subsequent social worker episode "
          "has been provided.",
          "SWEpisodes:SW_DEC,SW_DECOM", 2024, 0, IMPLEMENTED, ERROR, NOTHING, check_sw11b),
  /* Flags a child looked after on 31 March with no social worker episode; the open validator flags every social worker episode that began before the child came into care, which the rule asks to be reported. */
  VB_ROW ("SW12STG2",
          "If a child is looked after on 31 March then all social worker episodes for the full "
          "previous year should be reported, even those whilst they were not looked after",
          "Episodes:DECOM,DEC,LS;SWEpisodes:SW_DECOM", 2024, 0, DIFFERS_FROM_PEER, ERROR, NOTHING, check_sw12),
  VB_ROW ("SW13STG1",
          "The reason for social worker change is not valid.",
          "SWEpisodes:SW_REASON,SW_DECOM", 2024, 0, IMPLEMENTED, ERROR, NOTHING, check_sw13),
  VB_ROW ("SW17STG2",
          "There is no social worker episode open at 31 March",
          "SWEpisodes:SW_DEC,SW_DECOM", 2026, 0, IMPLEMENTED, ERROR, NOTHING, check_sw17),
  { NULL }
};
