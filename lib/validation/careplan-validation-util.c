/* careplan-validation-util.c: what many checks share
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-validation-private.h"

gboolean
cpv_in (const char *value,
        const char *list)
{
  const char *p = list;

  if (*value == '\0')
    return FALSE;
  /* One pass over the list, token by token: this runs for most cells of
   * a return, so no strchr() or strlen(). */
  while (*p != '\0')
    {
      const char *v = value;

      while (*p != '\0' && *p != ' ' && *p == *v)
        {
          p++;
          v++;
        }
      if (*v == '\0' && (*p == ' ' || *p == '\0'))
        return TRUE;
      while (*p != '\0' && *p != ' ')
        p++;
      if (*p == ' ')
        p++;
    }
  return FALSE;
}

int
cpv_age_on (CareplanDate dob,
            CareplanDate date)
{
  if (dob == CAREPLAN_DATE_NONE || date == CAREPLAN_DATE_NONE || date < dob)
    return -1;
  return careplan_date_get_age_on (dob, date, CAREPLAN_LEAP_DAY_POLICY_MARCH_1);
}

int
cpv_child_header (const CpvChild *child)
{
  return child->t[CPV_HEADER].n > 0 ? (int) child->t[CPV_HEADER].rows[0] : -1;
}

CareplanDate
cpv_child_dob (const CpvChild *child)
{
  int h = cpv_child_header (child);
  return h >= 0 ? cpv_date (child->ret, CPV_HEADER, (guint) h, HD_DOB) : CAREPLAN_DATE_NONE;
}

/* Episodes in date order: DECOM (none last), then DEC (none last), then
 * the cells themselves, so that the order never depends on the order of
 * the rows in the file (rows that are the same in every cell are
 * interchangeable). */
int
cpv_compare_episodes (const CpvReturn *ret,
                      guint            a,
                      guint            b)
{
  static const guint keys[] = { EP_DECOM, EP_DEC };

  for (gsize k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      CareplanDate da = cpv_date (ret, CPV_EPISODES, a, keys[k]);
      CareplanDate db = cpv_date (ret, CPV_EPISODES, b, keys[k]);
      guint64 ka = da == CAREPLAN_DATE_NONE ? G_MAXUINT32 + (guint64) 1 : da;
      guint64 kb = db == CAREPLAN_DATE_NONE ? G_MAXUINT32 + (guint64) 1 : db;

      if (ka != kb)
        return ka < kb ? -1 : 1;
    }
  for (guint c = 0; c < EP_N; c++)
    {
      int cmp = strcmp (cpv_cell (ret, CPV_EPISODES, a, c), cpv_cell (ret, CPV_EPISODES, b, c));
      if (cmp != 0)
        return cmp;
    }
  return 0;
}

void
cpv_episodes_by_decom (const CpvChild *child,
                       guint          *sorted)
{
  const CpvRows *eps = &child->t[CPV_EPISODES];

  memcpy (sorted, eps->rows, sizeof (guint) * eps->n);
  /* Insertion sort: a child has a handful of episodes. */
  for (guint i = 1; i < eps->n; i++)
    {
      guint row = sorted[i];
      guint j = i;

      while (j > 0 && cpv_compare_episodes (child->ret, sorted[j - 1], row) > 0)
        {
          sorted[j] = sorted[j - 1];
          j--;
        }
      sorted[j] = row;
    }
}

int
cpv_pick_episode (const CpvChild *child,
                  gboolean        latest,
                  gboolean      (*keep) (const CpvReturn *ret, guint row))
{
  int best = -1;
  CareplanDate best_date = CAREPLAN_DATE_NONE;

  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate d = cpv_date (child->ret, CPV_EPISODES, r, EP_DECOM);

      if (d == CAREPLAN_DATE_NONE || (keep != NULL && !keep (child->ret, r)))
        continue;
      if (best < 0 || (latest ? d > best_date : d < best_date) ||
          (d == best_date && (latest ? cpv_compare_episodes (child->ret, r, (guint) best) > 0
                                     : cpv_compare_episodes (child->ret, r, (guint) best) < 0)))
        {
          best = (int) r;
          best_date = d;
        }
    }
  return best;
}

CareplanDate
cpv_birthday (CareplanDate dob,
              guint        age)
{
  if (dob == CAREPLAN_DATE_NONE)
    return CAREPLAN_DATE_NONE;
  return careplan_date_get_birthday (dob, age, CAREPLAN_LEAP_DAY_POLICY_MARCH_1);
}

gboolean
cpv_continuously_looked_after (const CpvContext *cx,
                               const CpvChild   *child)
{
  const CpvReturn *ret = child->ret;
  gboolean during_any = FALSE;

  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = cpv_date (ret, CPV_EPISODES, r, EP_DECOM);
      CareplanDate dec = cpv_date (ret, CPV_EPISODES, r, EP_DEC);
      gboolean during = decom != CAREPLAN_DATE_NONE && decom <= cx->end &&
                        (dec == CAREPLAN_DATE_NONE || dec >= cx->start);

      if (cpv_is (ret, CPV_EPISODES, r, EP_RNE, "S") && decom != CAREPLAN_DATE_NONE &&
          decom > cx->start && decom <= cx->end)
        return FALSE;
      if (!cpv_is (ret, CPV_EPISODES, r, EP_REC, "X1") && dec != CAREPLAN_DATE_NONE &&
          dec >= cx->start && dec < cx->end)
        return FALSE;
      if (during && cpv_cell_in (ret, CPV_EPISODES, r, EP_LS, "V3 V4"))
        return FALSE;
      during_any |= during;
    }
  return during_any;
}

gboolean
cpv_any_given (const CpvReturn *ret, CpvTable t, guint row, guint first, guint last)
{
  for (guint c = first; c <= last; c++)
    if (!cpv_blank (ret, t, row, c))
      return TRUE;
  return FALSE;
}

gboolean
cpv_all_given (const CpvReturn *ret, CpvTable t, guint row, guint first, guint last)
{
  for (guint c = first; c <= last; c++)
    if (cpv_blank (ret, t, row, c))
      return FALSE;
  return TRUE;
}
