/* careplan-ssda903-tables.c: the twelve SSDA903 tables, their code lists,
 * and how a row is rendered back from the model
 *
 * The columns are those of the DfE's technical specification of the return
 * (https://www.gov.uk/government/publications/children-looked-after-return-2025-to-2026-technical-specifications),
 * as CSV files; the code lists those of the open
 * validator's valid-code rules (the DfE SSDA903 code lists, docs/ssda903-validation.md), checked against
 * its 2022/23 to 2026/27 rule sets.  Only the placement types change with
 * the collection year: K3 from 2024/25, H5, P2 and Z1 withdrawn and Z11 to
 * Z14 introduced in 2025/26.  Lists are a few dozen entries at most, so a
 * linear scan of a static table is as fast as anything built at run time
 * and needs no locking.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-ssda903.h"

#include <string.h>

#include "careplan-model-private.h"
#include "careplan-ssda903-private.h"

/* Code lists --------------------------------------------------------------- */

/* A code and the collection years (by their end) it is valid in; 0 leaves
 * that end open. */
typedef struct
{
  const char *code;
  int         first_year;
  int         last_year;
} Code;

#define ALWAYS(code) { code, 0, 0 }

/* 1 male and 2 female to 2023/24; from 2024/25 the return records the
 * child's reported sex as M, F or U (unknown), validator rule 101. */
static const Code sex_codes[] = {
  { "1", 0, 2024 }, { "2", 0, 2024 },
  { "M", 2025, 0 }, { "F", 2025, 0 }, { "U", 2025, 0 },
};

static const Code ethnic_codes[] = {
  ALWAYS ("WBRI"), ALWAYS ("WIRI"), ALWAYS ("WOTH"), ALWAYS ("WIRT"), ALWAYS ("WROM"),
  ALWAYS ("MWBC"), ALWAYS ("MWBA"), ALWAYS ("MWAS"), ALWAYS ("MOTH"), ALWAYS ("AIND"),
  ALWAYS ("APKN"), ALWAYS ("ABAN"), ALWAYS ("AOTH"), ALWAYS ("BCRB"), ALWAYS ("BAFR"),
  ALWAYS ("BOTH"), ALWAYS ("CHNE"), ALWAYS ("OOTH"), ALWAYS ("REFU"), ALWAYS ("NOBT"),
};

static const Code zero_one_codes[] = { ALWAYS ("0"), ALWAYS ("1") };

static const Code rne_codes[] = {
  ALWAYS ("S"), ALWAYS ("L"), ALWAYS ("P"), ALWAYS ("T"), ALWAYS ("B"), ALWAYS ("U"),
};

static const Code ls_codes[] = {
  ALWAYS ("C1"), ALWAYS ("C2"), ALWAYS ("D1"), ALWAYS ("E1"), ALWAYS ("V2"),
  ALWAYS ("V3"), ALWAYS ("V4"), ALWAYS ("L1"), ALWAYS ("L2"), ALWAYS ("L3"),
  ALWAYS ("J1"), ALWAYS ("J2"), ALWAYS ("J3"),
};

static const Code cin_codes[] = {
  ALWAYS ("N1"), ALWAYS ("N2"), ALWAYS ("N3"), ALWAYS ("N4"),
  ALWAYS ("N5"), ALWAYS ("N6"), ALWAYS ("N7"), ALWAYS ("N8"),
};

static const Code place_codes[] = {
  ALWAYS ("A3"), ALWAYS ("A4"), ALWAYS ("A5"), ALWAYS ("A6"),
  { "H5", 0, 2025 },
  ALWAYS ("K1"), ALWAYS ("K2"),
  { "K3", 2025, 0 },
  ALWAYS ("P1"),
  { "P2", 0, 2025 },
  ALWAYS ("P3"), ALWAYS ("R1"), ALWAYS ("R2"), ALWAYS ("R3"), ALWAYS ("R5"), ALWAYS ("S1"),
  ALWAYS ("T0"), ALWAYS ("T1"), ALWAYS ("T2"), ALWAYS ("T3"), ALWAYS ("T4"),
  ALWAYS ("U1"), ALWAYS ("U2"), ALWAYS ("U3"), ALWAYS ("U4"), ALWAYS ("U5"), ALWAYS ("U6"),
  { "Z1", 0, 2025 },
  { "Z11", 2026, 0 }, { "Z12", 2026, 0 }, { "Z13", 2026, 0 }, { "Z14", 2026, 0 },
};

static const Code place_provider_codes[] = {
  ALWAYS ("PR0"), ALWAYS ("PR1"), ALWAYS ("PR2"), ALWAYS ("PR3"), ALWAYS ("PR4"), ALWAYS ("PR5"),
};

static const Code rec_codes[] = {
  ALWAYS ("X1"), ALWAYS ("E11"), ALWAYS ("E12"), ALWAYS ("E2"), ALWAYS ("E3"),
  ALWAYS ("E4A"), ALWAYS ("E4B"), ALWAYS ("E13"), ALWAYS ("E41"), ALWAYS ("E45"),
  ALWAYS ("E46"), ALWAYS ("E47"), ALWAYS ("E48"), ALWAYS ("E5"), ALWAYS ("E6"),
  ALWAYS ("E7"), ALWAYS ("E9"), ALWAYS ("E14"), ALWAYS ("E15"), ALWAYS ("E16"),
  ALWAYS ("E17"), ALWAYS ("E8"),
};

static const Code reason_place_change_codes[] = {
  ALWAYS ("CARPL"), ALWAYS ("CLOSE"), ALWAYS ("ALLEG"), ALWAYS ("STAND"),
  ALWAYS ("APPRR"), ALWAYS ("CREQB"), ALWAYS ("CREQO"), ALWAYS ("CHILD"),
  ALWAYS ("LAREQ"), ALWAYS ("PLACE"), ALWAYS ("CUSTOD"), ALWAYS ("OTHER"),
};

static const Code review_codes[] = {
  ALWAYS ("PN0"), ALWAYS ("PN1"), ALWAYS ("PN2"), ALWAYS ("PN3"),
  ALWAYS ("PN4"), ALWAYS ("PN5"), ALWAYS ("PN6"), ALWAYS ("PN7"),
};

static const Code sdq_reason_codes[] = {
  ALWAYS ("SDQ1"), ALWAYS ("SDQ2"), ALWAYS ("SDQ3"), ALWAYS ("SDQ4"), ALWAYS ("SDQ5"),
};

static const Code in_touch_codes[] = {
  ALWAYS ("YES"), ALWAYS ("NO"), ALWAYS ("DIED"), ALWAYS ("REFU"), ALWAYS ("NREQ"), ALWAYS ("RHOM"),
};

static const Code activ_codes[] = {
  ALWAYS ("F1"), ALWAYS ("P1"), ALWAYS ("F2"), ALWAYS ("P2"), ALWAYS ("F4"), ALWAYS ("P4"),
  ALWAYS ("F5"), ALWAYS ("P5"), ALWAYS ("G4"), ALWAYS ("G5"), ALWAYS ("G6"), ALWAYS ("0"),
};

static const Code accom_codes[] = {
  ALWAYS ("B1"), ALWAYS ("B2"), ALWAYS ("C1"), ALWAYS ("C2"), ALWAYS ("D1"), ALWAYS ("D2"),
  ALWAYS ("E1"), ALWAYS ("E2"), ALWAYS ("G1"), ALWAYS ("G2"), ALWAYS ("H1"), ALWAYS ("H2"),
  ALWAYS ("K1"), ALWAYS ("K2"), ALWAYS ("R1"), ALWAYS ("R2"), ALWAYS ("S2"), ALWAYS ("T1"),
  ALWAYS ("T2"), ALWAYS ("U1"), ALWAYS ("U2"), ALWAYS ("V1"), ALWAYS ("V2"), ALWAYS ("W1"),
  ALWAYS ("W2"), ALWAYS ("X2"), ALWAYS ("Y1"), ALWAYS ("Y2"), ALWAYS ("Z1"), ALWAYS ("Z2"),
  ALWAYS ("0"),
};

static const Code nb_adoptr_codes[] = { ALWAYS ("1"), ALWAYS ("2") };

static const Code sex_adoptr_codes[] = {
  ALWAYS ("M1"), ALWAYS ("F1"), ALWAYS ("MM"), ALWAYS ("FF"), ALWAYS ("MF"),
};

static const Code ls_adoptr_codes[] = {
  ALWAYS ("L0"), ALWAYS ("L11"), ALWAYS ("L12"), ALWAYS ("L2"), ALWAYS ("L3"), ALWAYS ("L4"),
};

static const Code reason_placed_ceased_codes[] = {
  ALWAYS ("RD1"), ALWAYS ("RD2"), ALWAYS ("RD3"), ALWAYS ("RD4"),
};

static const Code prev_perm_codes[] = {
  ALWAYS ("P1"), ALWAYS ("P2"), ALWAYS ("P3"), ALWAYS ("P4"), ALWAYS ("Z1"),
};

static const Code missing_codes[] = { ALWAYS ("M"), ALWAYS ("A") };

static const Code sw_reason_codes[] = {
  ALWAYS ("MANAGE"), ALWAYS ("FCONTA"), ALWAYS ("LEFTRL"), ALWAYS ("ORGRST"), ALWAYS ("TSPROC"),
  ALWAYS ("ABSENC"), ALWAYS ("CHCHAN"), ALWAYS ("PCCHAN"), ALWAYS ("SWDIED"), ALWAYS ("OTHERS"),
};

typedef struct
{
  const char *name;
  const Code *codes;
  guint       n_codes;
} CodeList;

#define LIST(name, codes) { name, codes, G_N_ELEMENTS (codes) }

static const CodeList code_lists[CAREPLAN_SSDA903_N_CODE_LISTS] = {
  [CAREPLAN_SSDA903_CODES_NONE] = { NULL, NULL, 0 },
  [CAREPLAN_SSDA903_CODES_SEX] = LIST ("sex", sex_codes),
  [CAREPLAN_SSDA903_CODES_ETHNIC] = LIST ("ethnicity", ethnic_codes),
  [CAREPLAN_SSDA903_CODES_ZERO_ONE] = LIST ("0 or 1", zero_one_codes),
  [CAREPLAN_SSDA903_CODES_RNE] = LIST ("reason for new episode", rne_codes),
  [CAREPLAN_SSDA903_CODES_LS] = LIST ("legal status", ls_codes),
  [CAREPLAN_SSDA903_CODES_CIN] = LIST ("category of need", cin_codes),
  [CAREPLAN_SSDA903_CODES_PLACE] = LIST ("placement type", place_codes),
  [CAREPLAN_SSDA903_CODES_PLACE_PROVIDER] = LIST ("placement provider", place_provider_codes),
  [CAREPLAN_SSDA903_CODES_REC] = LIST ("reason episode ceased", rec_codes),
  [CAREPLAN_SSDA903_CODES_REASON_PLACE_CHANGE] = LIST ("reason for placement change",
                                                       reason_place_change_codes),
  [CAREPLAN_SSDA903_CODES_REVIEW_CODE] = LIST ("review participation", review_codes),
  [CAREPLAN_SSDA903_CODES_SDQ_REASON] = LIST ("reason for no SDQ", sdq_reason_codes),
  [CAREPLAN_SSDA903_CODES_IN_TOUCH] = LIST ("in-touch", in_touch_codes),
  [CAREPLAN_SSDA903_CODES_ACTIV] = LIST ("activity", activ_codes),
  [CAREPLAN_SSDA903_CODES_ACCOM] = LIST ("accommodation", accom_codes),
  [CAREPLAN_SSDA903_CODES_NB_ADOPTR] = LIST ("number of adopters", nb_adoptr_codes),
  [CAREPLAN_SSDA903_CODES_SEX_ADOPTR] = LIST ("sex of adopters", sex_adoptr_codes),
  [CAREPLAN_SSDA903_CODES_LS_ADOPTR] = LIST ("legal status of adopters", ls_adoptr_codes),
  [CAREPLAN_SSDA903_CODES_REASON_PLACED_CEASED] = LIST ("reason placement for adoption ceased",
                                                        reason_placed_ceased_codes),
  [CAREPLAN_SSDA903_CODES_PREV_PERM] = LIST ("previous permanence", prev_perm_codes),
  [CAREPLAN_SSDA903_CODES_MISSING] = LIST ("missing or away", missing_codes),
  [CAREPLAN_SSDA903_CODES_SW_REASON] = LIST ("reason for social worker change", sw_reason_codes),
};

static const Code *
find_code (CareplanSsda903CodeList  list,
           const char              *code)
{
  const CodeList *codes;

  if ((guint) list >= CAREPLAN_SSDA903_N_CODE_LISTS || code == NULL)
    return NULL;

  codes = &code_lists[list];
  for (guint i = 0; i < codes->n_codes; i++)
    if (codes->codes[i].code[0] == code[0] && strcmp (codes->codes[i].code, code) == 0)
      return &codes->codes[i];
  return NULL;
}

static int
clamp_year (int year)
{
  return CLAMP (year, CAREPLAN_SSDA903_FIRST_KNOWN_YEAR, CAREPLAN_SSDA903_LAST_KNOWN_YEAR);
}

gboolean
careplan_ssda903_code_is_valid (CareplanSsda903CodeList  list,
                                const char              *code,
                                int                      year)
{
  const Code *entry = find_code (list, code);

  if (entry == NULL)
    return FALSE;
  if (year == 0)
    return TRUE;

  year = clamp_year (year);
  return ((entry->first_year == 0 || year >= entry->first_year) &&
          (entry->last_year == 0 || year <= entry->last_year));
}

gboolean
careplan_ssda903_code_check (CareplanSsda903CodeList   list,
                             const char               *code,
                             gboolean                 *depends_on_year)
{
  const Code *entry = find_code (list, code);

  *depends_on_year = entry != NULL && (entry->first_year != 0 || entry->last_year != 0);
  return entry != NULL;
}

gboolean
careplan_ssda903_code_depends_on_year (CareplanSsda903CodeList  list,
                                       const char              *code)
{
  const Code *entry = find_code (list, code);

  return entry != NULL && (entry->first_year != 0 || entry->last_year != 0);
}

const char *
careplan_ssda903_code_list_name (CareplanSsda903CodeList list)
{
  g_return_val_if_fail ((guint) list < CAREPLAN_SSDA903_N_CODE_LISTS, NULL);

  return code_lists[list].name;
}

static char *
year_label (int year)
{
  return g_strdup_printf ("%d/%02d", year - 1, year % 100);
}

char *
careplan_ssda903_describe_code_years (CareplanSsda903CodeList  list,
                                      const char              *code,
                                      int                      year)
{
  const Code *entry = find_code (list, code);
  g_autofree char *label = NULL;

  if (entry == NULL)
    return g_strdup ("not in the list");

  if (entry->first_year != 0 && clamp_year (year) < entry->first_year)
    {
      label = year_label (entry->first_year);
      return g_strdup_printf ("introduced in %s", label);
    }

  label = year_label (entry->last_year);
  return g_strdup_printf ("withdrawn after %s", label);
}

/* The careplan record keeps a child's sex as the codes 1 and 2 whatever
 * the year's spelling; U (not known) is "not recorded". */
const char *
careplan_ssda903_normalise_code (CareplanSsda903CodeList  list,
                                 const char              *code)
{
  if (list == CAREPLAN_SSDA903_CODES_SEX && code != NULL)
    {
      if (strcmp (code, "M") == 0)
        return "1";
      if (strcmp (code, "F") == 0)
        return "2";
      if (strcmp (code, "U") == 0)
        return NULL;
    }
  return code;
}

const char *
careplan_ssda903_render_sex (const char *sex,
                             int         year)
{
  if (sex == NULL)
    return "";
  if (year >= 2025)
    {
      if (strcmp (sex, "1") == 0)
        return "M";
      if (strcmp (sex, "2") == 0)
        return "F";
    }
  return sex;
}

/* Values ------------------------------------------------------------------- */

/* Reads 1 or 2 digits (or "ZZ" when @unknown_ok) up to @end; -1 for ZZ. */
static gboolean
read_part (const char  *text,
           const char  *end,
           gsize        min_digits,
           gsize        max_digits,
           gboolean     unknown_ok,
           int         *value)
{
  gsize length = (gsize) (end - text);

  if (unknown_ok && length == 2 && text[0] == 'Z' && text[1] == 'Z')
    {
      *value = -1;
      return TRUE;
    }
  if (length < min_digits || length > max_digits)
    return FALSE;

  *value = 0;
  for (const char *p = text; p < end; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      *value = *value * 10 + (*p - '0');
    }
  return TRUE;
}

/* Splits d/m/yyyy; day and month may be -1 (ZZ) when @partial. */
static gboolean
split_date (const char  *text,
            gboolean     partial,
            int         *day,
            int         *month,
            int         *year,
            const char **why)
{
  const char *first = strchr (text, '/');
  const char *second = first != NULL ? strchr (first + 1, '/') : NULL;

  *why = "not a date written dd/mm/yyyy";
  if (second == NULL ||
      !read_part (text, first, 1, 2, partial, day) ||
      !read_part (first + 1, second, 1, 2, partial, month) ||
      !read_part (second + 1, second + 1 + strlen (second + 1), 4, 4, FALSE, year))
    return FALSE;

  *why = "no such date";
  if (*year < 1 || *month == 0 || *month > 12 || *day == 0)
    return FALSE;
  if (*month > 0 && *day > careplan_date_get_days_in_month (*year, *month))
    return FALSE;
  if (*day > 31)
    return FALSE;

  *why = NULL;
  return TRUE;
}

gboolean
careplan_ssda903_parse_date (const char    *text,
                             CareplanDate  *date,
                             const char   **why)
{
  int day, month, year;

  *date = CAREPLAN_DATE_NONE;
  if (!split_date (text, FALSE, &day, &month, &year, why))
    return FALSE;

  *date = careplan_date_new (year, month, day);
  return *date != CAREPLAN_DATE_NONE;
}

gboolean
careplan_ssda903_check_partial_date (const char  *text,
                                     const char **why)
{
  int day, month, year;

  return split_date (text, TRUE, &day, &month, &year, why);
}

void
careplan_ssda903_format_date (CareplanDate date,
                              char         buffer[11])
{
  if (date == CAREPLAN_DATE_NONE)
    {
      buffer[0] = '\0';
      return;
    }

  /* By hand: this runs for every date cell read and written, and
   * printf's format parsing showed in profiles. */
  {
    int day = careplan_date_get_day (date);
    int month = careplan_date_get_month (date);
    int year = careplan_date_get_year (date);

    buffer[0] = (char) ('0' + day / 10);
    buffer[1] = (char) ('0' + day % 10);
    buffer[2] = '/';
    buffer[3] = (char) ('0' + month / 10);
    buffer[4] = (char) ('0' + month % 10);
    buffer[5] = '/';
    buffer[6] = (char) ('0' + year / 1000);
    buffer[7] = (char) ('0' + year / 100 % 10);
    buffer[8] = (char) ('0' + year / 10 % 10);
    buffer[9] = (char) ('0' + year % 10);
    buffer[10] = '\0';
  }
}

/* SDQ total difficulties scores run from 0 to 40. */
gboolean
careplan_ssda903_check_score (const char *text)
{
  int value = 0;
  gsize length = strlen (text);

  if (length == 0 || length > 2)
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      value = value * 10 + (*p - '0');
    }
  return value <= 40;
}

/* A unique pupil number is a letter, eleven digits and a digit or letter
 * (a temporary UPN ends in a letter); UN1 to UN10 give the reason there
 * is none.  The check letter itself is not verified. */
gboolean
careplan_ssda903_check_upn (const char *text)
{
  gsize length = strlen (text);

  if (g_str_has_prefix (text, "UN"))
    return (strcmp (text + 2, "10") == 0 ||
            (length == 3 && text[2] >= '1' && text[2] <= '9'));

  if (length != 13 || !g_ascii_isupper (text[0]) ||
      !(g_ascii_isdigit (text[12]) || g_ascii_isupper (text[12])))
    return FALSE;
  for (guint i = 1; i < 12; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

/* HOME_POST and PL_POST hold a postcode or its first part ("EX22 5DY",
 * "EX22 5"): eight characters at most, which is all the careplan record
 * format takes.  Anything longer is not a postcode. */
gboolean
careplan_ssda903_check_postcode (const char *text)
{
  gsize length = strlen (text);

  return length >= 1 && length <= 8;
}

CareplanDate
careplan_ssda903_year_end (int year)
{
  return careplan_date_new (year, 3, 31);
}

int
careplan_ssda903_year_of_date (CareplanDate date)
{
  if (date == CAREPLAN_DATE_NONE)
    return 0;
  return careplan_date_get_year (date) + (careplan_date_get_month (date) >= 4 ? 1 : 0);
}

/* Tables ------------------------------------------------------------------- */

#define ID_COLUMN \
  { "CHILD", CAREPLAN_SSDA903_CELL_TEXT, 0, TRUE, CAREPLAN_SSDA903_TARGET_CHILD_ID, NULL, NULL, NULL }
#define DOB_COLUMN \
  { "DOB", CAREPLAN_SSDA903_CELL_DATE, 0, TRUE, CAREPLAN_SSDA903_TARGET_REPEATED_DOB, NULL, NULL, NULL }
#define CODE(name, list, required, target, field) \
  { name, CAREPLAN_SSDA903_CELL_CODE, CAREPLAN_SSDA903_CODES_##list, required, \
    CAREPLAN_SSDA903_TARGET_##target, field, NULL, NULL }
#define DATE(name, required, target, field) \
  { name, CAREPLAN_SSDA903_CELL_DATE, 0, required, CAREPLAN_SSDA903_TARGET_##target, field, NULL, NULL }
#define EPISODE_CODE(name, list, required, what) \
  { name, CAREPLAN_SSDA903_CELL_CODE, CAREPLAN_SSDA903_CODES_##list, required, \
    CAREPLAN_SSDA903_TARGET_EPISODE_STRING, NULL, \
    careplan_episode_get_##what, careplan_episode_set_##what }
#define EPISODE_POSTCODE(name, what) \
  { name, CAREPLAN_SSDA903_CELL_POSTCODE, 0, FALSE, CAREPLAN_SSDA903_TARGET_EPISODE_STRING, NULL, \
    careplan_episode_get_##what, careplan_episode_set_##what }
#define EPISODE_TEXT(name, what) \
  { name, CAREPLAN_SSDA903_CELL_TEXT, 0, FALSE, CAREPLAN_SSDA903_TARGET_EPISODE_STRING, NULL, \
    careplan_episode_get_##what, careplan_episode_set_##what }

static const CareplanSsda903Column header_columns[] = {
  ID_COLUMN,
  CODE ("SEX", SEX, TRUE, CHILD_SEX, NULL),
  DATE ("DOB", TRUE, CHILD_DOB, NULL),
  CODE ("ETHNIC", ETHNIC, TRUE, RAW, NULL),
  { "UPN", CAREPLAN_SSDA903_CELL_UPN, 0, TRUE, CAREPLAN_SSDA903_TARGET_CHILD_UPN, NULL, NULL, NULL },
  CODE ("MOTHER", ZERO_ONE, FALSE, RAW, NULL),
  DATE ("MC_DOB", FALSE, RAW, NULL),
};

static const CareplanSsda903Column episode_columns[] = {
  ID_COLUMN,
  DATE ("DECOM", TRUE, EPISODE_START, NULL),
  EPISODE_CODE ("RNE", RNE, TRUE, reason_new_episode),
  EPISODE_CODE ("LS", LS, TRUE, legal_status),
  EPISODE_CODE ("CIN", CIN, TRUE, category_of_need),
  EPISODE_CODE ("PLACE", PLACE, TRUE, placement_type),
  EPISODE_CODE ("PLACE_PROVIDER", PLACE_PROVIDER, FALSE, placement_provider),
  DATE ("DEC", FALSE, EPISODE_END, NULL),
  EPISODE_CODE ("REC", REC, FALSE, reason_ended),
  EPISODE_CODE ("REASON_PLACE_CHANGE", REASON_PLACE_CHANGE, FALSE, reason_placement_change),
  EPISODE_POSTCODE ("HOME_POST", home_postcode),
  EPISODE_POSTCODE ("PL_POST", placement_postcode),
  EPISODE_TEXT ("URN", urn),
};

static const CareplanSsda903Column review_columns[] = {
  ID_COLUMN,
  DOB_COLUMN,
  DATE ("REVIEW", TRUE, EVENT_DATE, NULL),
  CODE ("REVIEW_CODE", REVIEW_CODE, TRUE, EVENT_DETAIL, NULL),
};

static const CareplanSsda903Column uasc_columns[] = {
  ID_COLUMN,
  CODE ("SEX", SEX, TRUE, REPEATED_SEX, NULL),
  DOB_COLUMN,
  DATE ("DUC", FALSE, RAW, NULL),
};

static const CareplanSsda903Column oc2_columns[] = {
  ID_COLUMN,
  DOB_COLUMN,
  { "SDQ_SCORE", CAREPLAN_SSDA903_CELL_SCORE, 0, FALSE,
    CAREPLAN_SSDA903_TARGET_EVENT_TEXT_FIELD, "sdq_score", NULL, NULL },
  CODE ("SDQ_REASON", SDQ_REASON, FALSE, EVENT_TEXT_FIELD, "sdq_reason"),
  CODE ("CONVICTED", ZERO_ONE, FALSE, EVENT_TEXT_FIELD, "convicted"),
  CODE ("HEALTH_CHECK", ZERO_ONE, FALSE, EVENT_TEXT_FIELD, "health_check"),
  CODE ("IMMUNISATIONS", ZERO_ONE, FALSE, EVENT_TEXT_FIELD, "immunisations"),
  CODE ("TEETH_CHECK", ZERO_ONE, FALSE, EVENT_TEXT_FIELD, "teeth_check"),
  CODE ("HEALTH_ASSESSMENT", ZERO_ONE, FALSE, EVENT_TEXT_FIELD, "health_assessment"),
  CODE ("SUBSTANCE_MISUSE", ZERO_ONE, FALSE, EVENT_TEXT_FIELD, "substance_misuse"),
  CODE ("INTERVENTION_RECEIVED", ZERO_ONE, FALSE, EVENT_TEXT_FIELD, "intervention_received"),
  CODE ("INTERVENTION_OFFERED", ZERO_ONE, FALSE, EVENT_TEXT_FIELD, "intervention_offered"),
};

static const CareplanSsda903Column oc3_columns[] = {
  ID_COLUMN,
  DOB_COLUMN,
  CODE ("IN_TOUCH", IN_TOUCH, TRUE, EVENT_TEXT_FIELD, "in_touch"),
  CODE ("ACTIV", ACTIV, TRUE, EVENT_TEXT_FIELD, "activity"),
  CODE ("ACCOM", ACCOM, TRUE, EVENT_TEXT_FIELD, "accommodation"),
};

static const CareplanSsda903Column ad1_columns[] = {
  ID_COLUMN,
  DOB_COLUMN,
  DATE ("DATE_INT", TRUE, EVENT_DATE, NULL),
  DATE ("DATE_MATCH", TRUE, EVENT_DATE_FIELD, "matched"),
  CODE ("FOSTER_CARE", ZERO_ONE, TRUE, EVENT_TEXT_FIELD, "foster_care"),
  CODE ("NB_ADOPTR", NB_ADOPTR, TRUE, EVENT_TEXT_FIELD, "number_of_adopters"),
  CODE ("SEX_ADOPTR", SEX_ADOPTR, TRUE, EVENT_TEXT_FIELD, "sex_of_adopters"),
  CODE ("LS_ADOPTR", LS_ADOPTR, TRUE, EVENT_TEXT_FIELD, "legal_status_of_adopters"),
};

static const CareplanSsda903Column placed_adoption_columns[] = {
  ID_COLUMN,
  DOB_COLUMN,
  DATE ("DATE_PLACED", TRUE, EVENT_DATE, NULL),
  DATE ("DATE_PLACED_CEASED", FALSE, EVENT_END, NULL),
  CODE ("REASON_PLACED_CEASED", REASON_PLACED_CEASED, FALSE, EVENT_TEXT_FIELD, "reason_ceased"),
};

static const CareplanSsda903Column prev_perm_columns[] = {
  ID_COLUMN,
  DOB_COLUMN,
  CODE ("PREV_PERM", PREV_PERM, TRUE, RAW, NULL),
  { "LA_PERM", CAREPLAN_SSDA903_CELL_TEXT, 0, FALSE, CAREPLAN_SSDA903_TARGET_RAW, NULL, NULL, NULL },
  { "DATE_PERM", CAREPLAN_SSDA903_CELL_PARTIAL_DATE, 0, FALSE, CAREPLAN_SSDA903_TARGET_RAW,
    NULL, NULL, NULL },
};

static const CareplanSsda903Column missing_columns[] = {
  ID_COLUMN,
  DOB_COLUMN,
  CODE ("MISSING", MISSING, TRUE, EVENT_DETAIL, NULL),
  DATE ("MIS_START", TRUE, EVENT_DATE, NULL),
  DATE ("MIS_END", FALSE, EVENT_END, NULL),
};

static const CareplanSsda903Column sw_episode_columns[] = {
  ID_COLUMN,
  DOB_COLUMN,
  { "SW_ID", CAREPLAN_SSDA903_CELL_TEXT, 0, TRUE, CAREPLAN_SSDA903_TARGET_EVENT_TEXT_FIELD,
    "worker", NULL, NULL },
  DATE ("SW_DECOM", TRUE, EVENT_DATE, NULL),
  DATE ("SW_DEC", FALSE, EVENT_END, NULL),
  CODE ("SW_REASON", SW_REASON, FALSE, EVENT_TEXT_FIELD, "reason"),
};

static const CareplanSsda903Column dolo_columns[] = {
  ID_COLUMN,
  DOB_COLUMN,
  DATE ("DOLO_START", TRUE, EVENT_DATE, NULL),
  DATE ("DOLO_END", FALSE, EVENT_END, NULL),
};

#define TABLE(id, name, file, first_year, item, kind, one, key, columns) \
  [CAREPLAN_SSDA903_##id] = { CAREPLAN_SSDA903_##id, name, file, first_year, \
                              CAREPLAN_SSDA903_ITEM_##item, CAREPLAN_EVENT_KIND_##kind, \
                              one, key, columns, G_N_ELEMENTS (columns) }

/* key is the index of the date an item cannot be made without.  The
 * event kind means something for event tables only; the others name
 * CARE_PLAN as a placeholder, never read. */
const CareplanSsda903TableSpec careplan_ssda903_tables[CAREPLAN_SSDA903_N_TABLES] = {
  TABLE (HEADER, "Header", "header.csv", 0, CHILD, CARE_PLAN, TRUE, -1, header_columns),
  TABLE (EPISODES, "Episodes", "episodes.csv", 0, EPISODE, CARE_PLAN, FALSE, 1, episode_columns),
  TABLE (REVIEWS, "Reviews", "reviews.csv", 0, EVENT, REVIEW, FALSE, 2, review_columns),
  TABLE (UASC, "UASC", "uasc.csv", 0, OBJECT, CARE_PLAN, TRUE, -1, uasc_columns),
  TABLE (OC2, "OC2", "oc2.csv", 0, EVENT, ANNUAL_OUTCOMES, TRUE, -1, oc2_columns),
  TABLE (OC3, "OC3", "oc3.csv", 0, EVENT, CARE_LEAVER_OUTCOMES, TRUE, -1, oc3_columns),
  TABLE (AD1, "AD1", "ad1.csv", 0, EVENT, ADOPTION_DECISION, TRUE, 2, ad1_columns),
  TABLE (PLACED_ADOPTION, "PlacedAdoption", "placed_for_adoption.csv", 0, EVENT,
         PLACED_FOR_ADOPTION, FALSE, 2, placed_adoption_columns),
  TABLE (PREV_PERM, "PrevPerm", "previous_permanence.csv", 0, OBJECT, CARE_PLAN, TRUE, -1,
         prev_perm_columns),
  TABLE (MISSING, "Missing", "missing.csv", 0, EVENT, MISSING_EPISODE, FALSE, 3, missing_columns),
  TABLE (SW_EPISODES, "SWEpisodes", "sw_episodes.csv", 2024, EVENT, SOCIAL_WORKER_EPISODE,
         FALSE, 3, sw_episode_columns),
  TABLE (DOLO, "DoLo", "dolo.csv", 2027, EVENT, DEPRIVATION_OF_LIBERTY, FALSE, 2, dolo_columns),
};

const CareplanSsda903TableSpec *
careplan_ssda903_table_for_event_kind (CareplanEventKind kind)
{
  for (guint i = 0; i < CAREPLAN_SSDA903_N_TABLES; i++)
    if (careplan_ssda903_tables[i].item_kind == CAREPLAN_SSDA903_ITEM_EVENT &&
        careplan_ssda903_tables[i].event_kind == kind)
      return &careplan_ssda903_tables[i];
  return NULL;
}

/* Extras ------------------------------------------------------------------- */

static JsonObject *
peek_member_object (JsonObject *extras)
{
  JsonNode *node;

  if (extras == NULL)
    return NULL;
  node = json_object_get_member (extras, CAREPLAN_SSDA903_EXTRAS_KEY);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

static JsonObject *
ensure_member_object (JsonObject *extras)
{
  JsonObject *object = peek_member_object (extras);

  if (object == NULL)
    {
      object = json_object_new ();
      json_object_set_object_member (extras, CAREPLAN_SSDA903_EXTRAS_KEY, object);
    }
  return object;
}

JsonObject *
careplan_ssda903_peek_child (CareplanChild *child)
{
  return peek_member_object (careplan_child_peek_extras (child));
}

JsonObject *
careplan_ssda903_ensure_child (CareplanChild *child)
{
  return ensure_member_object (careplan_child_get_extras (child));
}

JsonObject *
careplan_ssda903_peek_episode (CareplanEpisode *episode)
{
  return peek_member_object (careplan_episode_peek_extras (episode));
}

JsonObject *
careplan_ssda903_ensure_episode (CareplanEpisode *episode)
{
  return ensure_member_object (careplan_episode_get_extras (episode));
}

JsonObject *
careplan_ssda903_peek_event (CareplanEvent *event)
{
  return peek_member_object (careplan_event_peek_extras (event));
}

JsonObject *
careplan_ssda903_ensure_event (CareplanEvent *event)
{
  return ensure_member_object (careplan_event_get_extras (event));
}

/* Rendering ---------------------------------------------------------------- */

static const char *
string_member (JsonObject *object,
               const char *name)
{
  JsonNode *node;

  if (object == NULL)
    return NULL;
  node = json_object_get_member (object, name);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The text of @column's cell, borrowed from the model, or written into
 * @date (a date) or a literal. */
static const char *
peek_cell (const CareplanSsda903Column *column,
           CareplanChild               *child,
           gpointer                     item,
           int                          year,
           char                         date[11])
{
  const char *value = NULL;

  switch (column->target)
    {
    case CAREPLAN_SSDA903_TARGET_CHILD_ID:
      value = careplan_child_get_id (child);
      break;
    case CAREPLAN_SSDA903_TARGET_CHILD_DOB:
    case CAREPLAN_SSDA903_TARGET_REPEATED_DOB:
      careplan_ssda903_format_date (careplan_child_get_date_of_birth (child), date);
      return date;
    case CAREPLAN_SSDA903_TARGET_CHILD_SEX:
    case CAREPLAN_SSDA903_TARGET_REPEATED_SEX:
      return careplan_ssda903_render_sex (careplan_child_get_sex (child), year);
    case CAREPLAN_SSDA903_TARGET_CHILD_UPN:
      value = careplan_child_get_upn (child);
      break;
    case CAREPLAN_SSDA903_TARGET_RAW:
      /* Found among the overrides, where the reader keeps it. */
      return "";
    case CAREPLAN_SSDA903_TARGET_EPISODE_START:
      careplan_ssda903_format_date (careplan_episode_get_start (item), date);
      return date;
    case CAREPLAN_SSDA903_TARGET_EPISODE_END:
      careplan_ssda903_format_date (careplan_episode_get_end (item), date);
      return date;
    case CAREPLAN_SSDA903_TARGET_EPISODE_STRING:
      value = column->get_string (item);
      break;
    case CAREPLAN_SSDA903_TARGET_EVENT_DATE:
      careplan_ssda903_format_date (careplan_event_get_date (item), date);
      return date;
    case CAREPLAN_SSDA903_TARGET_EVENT_END:
      careplan_ssda903_format_date (careplan_event_get_end (item), date);
      return date;
    case CAREPLAN_SSDA903_TARGET_EVENT_DETAIL:
      value = careplan_event_get_detail (item);
      break;
    case CAREPLAN_SSDA903_TARGET_EVENT_DATE_FIELD:
      careplan_ssda903_format_date (careplan_event_get_date_field (item, column->field), date);
      return date;
    case CAREPLAN_SSDA903_TARGET_EVENT_TEXT_FIELD:
      value = careplan_event_get_text_field (item, column->field);
      break;
    default:
      g_assert_not_reached ();
    }
  return value != NULL ? value : "";
}

JsonObject *
careplan_ssda903_row_overrides (const CareplanSsda903TableSpec *spec,
                                CareplanChild                  *child,
                                gpointer                        item)
{
  switch (spec->item_kind)
    {
    case CAREPLAN_SSDA903_ITEM_CHILD:
      return careplan_ssda903_peek_child (child);
    case CAREPLAN_SSDA903_ITEM_EPISODE:
      return careplan_ssda903_peek_episode (item);
    case CAREPLAN_SSDA903_ITEM_EVENT:
      return careplan_ssda903_peek_event (item);
    case CAREPLAN_SSDA903_ITEM_OBJECT:
      return item;
    default:
      g_assert_not_reached ();
    }
  return NULL;
}

const char *
careplan_ssda903_peek_row_cell (const CareplanSsda903TableSpec *spec,
                                guint                           i,
                                JsonObject                     *overrides,
                                CareplanChild                  *child,
                                gpointer                        item,
                                int                             year,
                                char                            date[11])
{
  const CareplanSsda903Column *column = &spec->columns[i];
  const char *kept = string_member (overrides, column->name);

  /* The child id is the key that brought the row here: it is never
   * overridden, whatever an edited record holds. */
  if (kept != NULL && column->target != CAREPLAN_SSDA903_TARGET_CHILD_ID)
    return kept;
  return peek_cell (column, child, item, year, date);
}

void
careplan_ssda903_render_row (const CareplanSsda903TableSpec *spec,
                             CareplanChild                  *child,
                             gpointer                        item,
                             int                             year,
                             GPtrArray                      *cells)
{
  JsonObject *overrides = careplan_ssda903_row_overrides (spec, child, item);

  for (guint i = 0; i < spec->n_columns; i++)
    {
      char date[11];

      g_ptr_array_add (cells, g_strdup (careplan_ssda903_peek_row_cell (spec, i, overrides, child,
                                                                        item, year, date)));
    }
}

/* The collection year ------------------------------------------------------ */

typedef struct
{
  int   year;
  guint votes;
} YearVotes;

void
careplan_ssda903_year_vote (GArray       *tally,
                            CareplanDate  date)
{
  int year = careplan_ssda903_year_of_date (date);
  YearVotes fresh = { year, 1 };

  if (year == 0)
    return;
  /* A return spans one or two collection years at most: a handful of
   * entries, scanned. */
  for (guint i = 0; i < tally->len; i++)
    {
      YearVotes *entry = &g_array_index (tally, YearVotes, i);

      if (entry->year == year)
        {
          entry->votes++;
          return;
        }
    }
  g_array_append_val (tally, fresh);
}

/**
 * careplan_ssda903_guess_collection_year:
 * @children: a [iface@Gio.ListModel] of [class@Careplan.Child]: the children of a return
 *
 * Infers which SSDA903 collection year the children's records describe,
 * as [func@Careplan.ssda903_load_dir] and [func@Careplan.ssda903_save_dir]
 * do when they are given no year.
 *
 * A collection year runs from 1 April to 31 March and is named by the
 * year it ends in (2026 for 2025/26). The return reports reviews, missing
 * episodes and the ends of episodes only when they fall in its year, so
 * each of those dates votes for the collection year it falls in, and the
 * year with the most votes wins (the later one on a tie): a few dates
 * mistyped into another year do not move it. Without any such date, the
 * latest episode start decides.
 *
 * Returns: the collection year, or 0 when the records hold no date to go by
 *
 * Since: 0.1
 */
int
careplan_ssda903_guess_collection_year (GListModel *children)
{
  g_autoptr(GArray) tally = NULL;
  CareplanDate latest_start = CAREPLAN_DATE_NONE;
  guint n_children;

  g_return_val_if_fail (G_IS_LIST_MODEL (children), 0);

  tally = careplan_ssda903_year_tally_new ();
  n_children = g_list_model_get_n_items (children);
  for (guint i = 0; i < n_children; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);
      GListModel *episodes;
      GListModel *events;
      guint n;

      if (!CAREPLAN_IS_CHILD (child))
        continue;

      episodes = careplan_child_get_episodes (child);
      n = g_list_model_get_n_items (episodes);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, j);

          careplan_ssda903_year_vote (tally, careplan_episode_get_end (episode));
          latest_start = MAX (latest_start, careplan_episode_get_start (episode));
        }

      events = careplan_child_get_events (child);
      n = g_list_model_get_n_items (events);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(CareplanEvent) event = g_list_model_get_item (events, j);
          CareplanEventKind kind = careplan_event_get_kind (event);

          if (kind == CAREPLAN_EVENT_KIND_REVIEW || kind == CAREPLAN_EVENT_KIND_MISSING_EPISODE)
            careplan_ssda903_year_vote (tally, careplan_event_get_date (event));
        }
    }

  return careplan_ssda903_year_elect (tally, latest_start);
}

GArray *
careplan_ssda903_year_tally_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (YearVotes));
}

int
careplan_ssda903_year_elect (GArray       *tally,
                             CareplanDate  latest_start)
{
  const YearVotes *best = NULL;

  for (guint i = 0; i < tally->len; i++)
    {
      const YearVotes *entry = &g_array_index (tally, YearVotes, i);

      if (best == NULL || entry->votes > best->votes ||
          (entry->votes == best->votes && entry->year > best->year))
        best = entry;
    }

  if (best != NULL)
    return best->year;
  return careplan_ssda903_year_of_date (latest_start);
}
