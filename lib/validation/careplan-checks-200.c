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

/* 217: placed for adoption with current foster carers (A3, A5), from
 * 1 April 2015: RNE S, T or U. */
static void
check_217 (const CpvContext *cx, const CpvChild *child)
{
  CareplanDate from = careplan_date_new (2015, 4, 1);

  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_PLACE, "A3 A5") && DATE (CPV_EPISODES, r, EP_DECOM) != CAREPLAN_DATE_NONE &&
        DATE (CPV_EPISODES, r, EP_DECOM) >= from && !IN (CPV_EPISODES, r, EP_RNE, "S T U"))
      cpv_flag (cx, CPV_EPISODES, r);
}

#define NO_URN_PLACES_2026 "P1 P3 R1 R2 R5 T0 T1 T2 T3 T4 Z11 Z12 Z13 Z14"
#define NO_URN_PLACES_2025 "P1 P2 P3 R1 R2 R5 T0 T1 T2 T3 T4 Z1"

/* 218: a URN for every placement that is not exempt, ending in the year
 * or open, unless placed outside England (the placement postcode's
 * authority code not an English one). */
static void
check_218 (const CpvContext *cx, const CpvChild *child)
{
  const char *exempt = cx->year >= 2026 ? NO_URN_PLACES_2026 : NO_URN_PLACES_2025;

  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate dec = DATE (CPV_EPISODES, r, EP_DEC);
      const char *la;

      if (!BLANK (CPV_EPISODES, r, EP_URN) || IN (CPV_EPISODES, r, EP_PLACE, exempt))
        continue;
      if (!(BLANK (CPV_EPISODES, r, EP_DEC) || (dec != CAREPLAN_DATE_NONE && dec >= cx->start)))
        continue;
      la = placement_la (cx, CELL (CPV_EPISODES, r, EP_PL_POST));
      if (la != NULL && la[0] != 'E')
        continue;
      cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* The reference entry of a URN, or NULL. */
static const CpvProvider *
provider (const CpvContext *cx, const char *urn)
{
  return g_hash_table_lookup (cx->ref->urns, urn);
}

static gboolean
urn_given (const CpvReturn *ret, guint r)
{
  return !cpv_blank (ret, CPV_EPISODES, r, EP_URN) && !cpv_is (ret, CPV_EPISODES, r, EP_URN, "XXXXXXX");
}

/* 219: the URN's registration allows the placement type. */
static void
check_219 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (urn_given (RET, r))
      {
        const CpvProvider *p = provider (cx, CELL (CPV_EPISODES, r, EP_URN));
        if (p == NULL || !cpv_in (CELL (CPV_EPISODES, r, EP_PLACE), p->places))
          cpv_flag (cx, CPV_EPISODES, r);
      }
}

/* 221: for a children's home, secure or semi-independent placement (K1,
 * K2, K3, R3, S1) that is not a short break, the placement postcode is
 * the URN's. */
static void
check_221 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (urn_given (RET, r) && !IN (CPV_EPISODES, r, EP_LS, "V3 V4") &&
        IN (CPV_EPISODES, r, EP_PLACE, "K1 K2 K3 R3 S1") && !BLANK (CPV_EPISODES, r, EP_PL_POST))
      {
        const CpvProvider *p = provider (cx, CELL (CPV_EPISODES, r, EP_URN));
        g_autofree char *post = cpv_normalise_postcode (CELL (CPV_EPISODES, r, EP_PL_POST));
        g_autofree char *known = p != NULL ? cpv_normalise_postcode (p->postcode) : NULL;

        if (known == NULL || strcmp (post, known) != 0)
          cpv_flag (cx, CPV_EPISODES, r);
      }
}

/* 222: no URN for a placement type that has none. */
static void
check_222 (const CpvContext *cx, const CpvChild *child)
{
  const char *none = cx->year >= 2026 ? NO_URN_PLACES_2026 : NO_URN_PLACES_2025;

  CPV_ROWS (child, CPV_EPISODES, r)
    if (IN (CPV_EPISODES, r, EP_PLACE, none) && urn_given (RET, r))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* 224: the URN's provider codes include PLACE_PROVIDER. */
static void
check_224 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (urn_given (RET, r))
      {
        const CpvProvider *p = provider (cx, CELL (CPV_EPISODES, r, EP_URN));
        if (p == NULL || !cpv_in (CELL (CPV_EPISODES, r, EP_PLACE_PROVIDER), p->providers))
          cpv_flag (cx, CPV_EPISODES, r);
      }
}

/* 225: an episode that ends with a change of placement (REC X1, next
 * episode RNE P, B, T or U), neither placement temporary, has a reason
 * for the change.  Episodes in DECOM order. */
static void
check_225 (const CpvContext *cx, const CpvChild *child)
{
  guint n = child->t[CPV_EPISODES].n;
  g_autofree guint *eps = g_new (guint, n + 1);

  cpv_episodes_by_decom (child, eps);
  for (guint i = 0; i + 1 < n; i++)
    {
      guint r = eps[i], next = eps[i + 1];
      if (IS (CPV_EPISODES, r, EP_REC, "X1") && BLANK (CPV_EPISODES, r, EP_REASON_PLACE_CHANGE) &&
          !IN (CPV_EPISODES, r, EP_PLACE, TEMPORARY) && IN (CPV_EPISODES, next, EP_RNE, "P B T U") &&
          !IN (CPV_EPISODES, next, EP_PLACE, TEMPORARY))
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* 226: a temporary placement has no reason for placement change, nor
 * does the episode before it. */
static void
check_226 (const CpvContext *cx, const CpvChild *child)
{
  guint n = child->t[CPV_EPISODES].n;
  g_autofree guint *eps = g_new (guint, n + 1);

  cpv_episodes_by_decom (child, eps);
  for (guint i = 0; i < n; i++)
    {
      guint r = eps[i];
      if (IN (CPV_EPISODES, r, EP_PLACE, TEMPORARY) &&
          (!BLANK (CPV_EPISODES, r, EP_REASON_PLACE_CHANGE) ||
           (i > 0 && !BLANK (CPV_EPISODES, eps[i - 1], EP_REASON_PLACE_CHANGE))))
        cpv_flag (cx, CPV_EPISODES, r);
    }
}

/* 231: an unaccompanied asylum-seeking child (a row in the UASC table)
 * under 11 at the end of the year. */
static void
check_231 (const CpvContext *cx, const CpvChild *child)
{
  if (child->t[CPV_UASC].n == 0)
    return;
  CPV_ROWS (child, CPV_HEADER, r)
    {
      CareplanDate dob = DATE (CPV_HEADER, r, HD_DOB);
      if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 11) > cx->end)
        cpv_flag (cx, CPV_HEADER, r);
    }
}

static void
check_232 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_HEADER, r)
    if (g_ascii_strcasecmp (CELL (CPV_HEADER, r, HD_SEX), "U") == 0)
      cpv_flag (cx, CPV_HEADER, r);
}

/* 233: no reason for placement change on an episode that has not ended. */
static void
check_233 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (BLANK (CPV_EPISODES, r, EP_DEC) && !BLANK (CPV_EPISODES, r, EP_REASON_PLACE_CHANGE))
      cpv_flag (cx, CPV_EPISODES, r);
}

/* 234: a placement change for custody (CUSTOD) of a child under 10 at the
 * episode's start. */
static void
check_234 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    {
      CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
      if (decom == CAREPLAN_DATE_NONE || !IS (CPV_EPISODES, r, EP_REASON_PLACE_CHANGE, "CUSTOD"))
        continue;
      CPV_ROWS (child, CPV_HEADER, h)
        {
          CareplanDate dob = DATE (CPV_HEADER, h, HD_DOB);
          if (dob != CAREPLAN_DATE_NONE && cpv_birthday (dob, 10) > decom)
            {
              cpv_flag (cx, CPV_EPISODES, r);
              cpv_flag (cx, CPV_HEADER, h);
            }
        }
    }
}

/* 205A, 205B, 205D: UASC status this year and last (a UASC row makes a
 * child UASC in a CSV return, which has no UASC column in Header). */

/* 205A: UASC last year, not this year: last year's DUC fell in last year. */
static void
check_205A (const CpvContext *cx, const CpvChild *child)
{
  CareplanDate last_start = careplan_date_new (cx->year - 2, 4, 1);
  CareplanDate last_end = careplan_date_new (cx->year - 1, 3, 31);
  gboolean ok = FALSE;

  if (child->p[CPV_UASC].n == 0 || child->t[CPV_UASC].n > 0)
    return;
  CPV_PREV_ROWS (child, CPV_UASC, p)
    {
      CareplanDate duc = cpv_date (child->prev, CPV_UASC, p, UA_DUC);
      ok |= duc != CAREPLAN_DATE_NONE && duc >= last_start && duc <= last_end;
    }
  if (!ok)
    CPV_ROWS (child, CPV_HEADER, h)
      cpv_flag (cx, CPV_HEADER, h);
}

/* 205B: UASC both years: last year's DUC is the 18th birthday, and this
 * year's is in this year or the same as last year's. */
static void
check_205B (const CpvContext *cx, const CpvChild *child)
{
  if (child->p[CPV_UASC].n == 0 || child->t[CPV_UASC].n == 0)
    return;
  CPV_ROWS (child, CPV_UASC, r)
    {
      CareplanDate duc = DATE (CPV_UASC, r, UA_DUC);
      gboolean bad = FALSE;

      CPV_PREV_ROWS (child, CPV_UASC, p)
        {
          CareplanDate last = cpv_date (child->prev, CPV_UASC, p, UA_DUC);
          CareplanDate dob = cpv_date (child->prev, CPV_UASC, p, UA_DOB);
          gboolean in_year = duc != CAREPLAN_DATE_NONE && duc >= cx->start && duc <= cx->end;

          if ((!in_year && duc != last) || dob == CAREPLAN_DATE_NONE || last != cpv_birthday (dob, 18))
            bad = TRUE;
        }
      if (bad)
        {
          cpv_flag (cx, CPV_UASC, r);
          CPV_ROWS (child, CPV_HEADER, h)
            cpv_flag (cx, CPV_HEADER, h);
        }
    }
}

/* 205D: UASC this year but not last year, though in last year's return. */
static void
check_205D (const CpvContext *cx, const CpvChild *child)
{
  if (child->t[CPV_UASC].n == 0 || child->p[CPV_UASC].n > 0 || child->p[CPV_HEADER].n == 0)
    return;
  CPV_ROWS (child, CPV_HEADER, h)
    cpv_flag (cx, CPV_HEADER, h);
}

/* 227: the URN was registered when the episode started. */
static void
check_227 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (urn_given (RET, r))
      {
        const CpvProvider *p = provider (cx, CELL (CPV_EPISODES, r, EP_URN));
        CareplanDate decom = DATE (CPV_EPISODES, r, EP_DECOM);
        if (p != NULL && p->reg_end != CAREPLAN_DATE_NONE && decom != CAREPLAN_DATE_NONE && decom >= p->reg_end)
          cpv_flag (cx, CPV_EPISODES, r);
      }
}

/* 228: the URN was registered until the episode ended (an open episode:
 * until the end of the year). */
static void
check_228 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (urn_given (RET, r))
      {
        const CpvProvider *p = provider (cx, CELL (CPV_EPISODES, r, EP_URN));
        CareplanDate dec = BLANK (CPV_EPISODES, r, EP_DEC) ? cx->end : DATE (CPV_EPISODES, r, EP_DEC);
        if (p != NULL && p->reg_end != CAREPLAN_DATE_NONE && dec != CAREPLAN_DATE_NONE && dec > p->reg_end)
          cpv_flag (cx, CPV_EPISODES, r);
      }
}

/* 229: a provider of the authority's own (PR1) is in the authority's
 * area, and one of another authority (PR2) is not (the provider's
 * authority from its postcode). */
static void
check_229 (const CpvContext *cx, const CpvChild *child)
{
  CPV_ROWS (child, CPV_EPISODES, r)
    if (urn_given (RET, r))
      {
        const CpvProvider *p = provider (cx, CELL (CPV_EPISODES, r, EP_URN));
        const char *la = p != NULL ? placement_la (cx, p->postcode) : NULL;
        gboolean own = g_strcmp0 (la, cx->ref->authority) == 0;

        if ((IS (CPV_EPISODES, r, EP_PLACE_PROVIDER, "PR1") && !own) ||
            (IS (CPV_EPISODES, r, EP_PLACE_PROVIDER, "PR2") && own))
          cpv_flag (cx, CPV_EPISODES, r);
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
  ROW ("217", "Children who are placed for adoption with current foster carers (placement types A3 or A5) must "
       "have a reason for new episode of S, T or U.", "Episodes:PLACE,DECOM,RNE", 0, 0, check_217),
  ROW_REFERENCE ("218", "Ofsted Unique reference number (URN) is required.", "Episodes:URN,PLACE,DEC,PL_POST", 0, 0, check_218),
  ROW_REFERENCE ("219", "The Ofsted Unique reference number (URN) provided for the child's placement does not match "
                 "the placement type recorded.", "Episodes:URN,PLACE", 0, 0, check_219),
  ROW_REFERENCE ("221", "The Ofsted Unique reference number (URN) provided for the child's placement does not match "
                 "the placement postcode provided.", "Episodes:URN,PL_POST", 0, 0, check_221),
  ROW ("222", "Ofsted Unique reference number (URN) should not be recorded for this placement type.",
       "Episodes:URN,PLACE", 0, 0, check_222),
  ROW_REFERENCE ("224", "The Ofsted Unique reference number (URN) provided for the child's placement does not match "
                 "the placement provider recorded.", "Episodes:URN,PLACE_PROVIDER", 0, 0, check_224),
  ROW ("225", "Reason for placement change must be recorded.", "Episodes:REASON_PLACE_CHANGE,REC,RNE,PLACE", 0, 0, check_225),
  ROW ("226", "Reason for placement change is not required for temporary placements.",
       "Episodes:REASON_PLACE_CHANGE,PLACE", 0, 0, check_226),
  ROW_DIFFERS ("231", "We expect that unaccompanied asylum seeking children are generally older young people. Please "
               "check the date of birth is correct. If the date of birth is correct then please provide details "
               "in a bypass request.", "Header:DOB", 2025, 0, check_231),
  ROW ("232", "Sex of the child/young person has been reported as unknown.", "Header:SEX", 2025, 0, check_232),
  ROW_DIFFERS ("233", "Reason for placement change is not required when the episode has not ceased.",
               "Episodes:DEC,REASON_PLACE_CHANGE", 2026, 0, check_233),
  ROW ("234", "A child aged under 10 can not change placement due to being admitted to custody",
       "Episodes:REASON_PLACE_CHANGE,DECOM;Header:DOB", 2026, 0, check_234),
  ROW_PREVIOUS ("205A", "Child identified as UASC last year is no longer UASC this year, but date UASC ceased in both "
                "years does not support this.", "Header:CHILD;UASC:DUC", 0, 0, check_205A),
  ROW_PREVIOUS ("205B", "Child previously identified as UASC is also UASC this year, but date UASC ceased in both years "
                "does not support this.", "UASC:DUC;Header:CHILD", 0, 0, check_205B),
  ROW_PREVIOUS ("205D", "Child identified as UASC this year but not identified as UASC status provided for the child "
                "last year.", "Header:CHILD;UASC:DUC", 0, 0, check_205D),
  ROW_REFERENCE ("227", "Ofsted Unique reference number (URN) is not valid for the episode start date.",
                 "Episodes:URN,DECOM", 0, 0, check_227),
  ROW_REFERENCE ("228", "Ofsted Unique reference number (URN) is not valid for the episode end date [NOTE: may give "
                 "false positives on open episodes at providers who close during the year]",
                 "Episodes:URN,DEC", 0, 0, check_228),
  ROW_REFERENCE ("229", "Placement provider does not match between the placing authority and the local authority code "
                 "of the provider. [NOTE: The provider's LA code is inferred from the its postcode, and may be "
                 "inaccurate in some cases.]", "Episodes:URN,PLACE_PROVIDER", 0, 0, check_229),
  { NULL }
};
