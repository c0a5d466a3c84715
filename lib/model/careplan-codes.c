/* careplan-codes.c: the SSDA903 code lists the model validates against
 *
 * The lists are those of the DfE SSDA903 validation rules for the
 * collection years 2022/23 to 2026/27 (the DfE SSDA903 code lists, docs/ssda903-validation.md).  Where a
 * list changed between years (placement types: K3 added in 2024/25, H5, P2
 * and Z1 withdrawn and Z11–Z14 added in 2025/26) the union is kept, so
 * that a record spanning several years is read without false alarms: an
 * episode of 2023 placed in Z1 was right when it was recorded.
 *
 * Codes match exactly: SSDA903 codes are upper case, and a lower-case
 * "k3" is reported rather than silently accepted.
 *
 * Each list is a static table sorted by strcmp(), searched with bsearch():
 * nothing is built at run time, so the lists are safe from any thread.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "careplan-model-private.h"

/* Reason for new episode (RNE), validator rule 143. */
static const char * const reason_new_episode_codes[] = {
  "B", "L", "P", "S", "T", "U",
};

/* Legal status (LS), validator rule 144, unchanged 2022/23 to 2026/27. */
static const char * const legal_status_codes[] = {
  "C1", "C2", "D1", "E1", "J1", "J2", "J3", "L1", "L2", "L3", "V2", "V3", "V4",
};

/* Category of need (CIN), validator rule 145. */
static const char * const category_of_need_codes[] = {
  "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8",
};

/* Placement type (PLACE), validator rule 146: the union over the years. */
static const char * const placement_type_codes[] = {
  "A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3",
  "P1", "P2", "P3", "R1", "R2", "R3", "R5", "S1",
  "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3",
  "U4", "U5", "U6", "Z1", "Z11", "Z12", "Z13", "Z14",
};

/* Placement provider (PLACE_PROVIDER), validator rule 178. */
static const char * const placement_provider_codes[] = {
  "PR0", "PR1", "PR2", "PR3", "PR4", "PR5",
};

/* Reason episode ceased (REC), validator rule 149.  Sorted by strcmp(),
 * which puts "E11" before "E2" and "E48" before "E4A". */
static const char * const reason_ended_codes[] = {
  "E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2",
  "E3", "E41", "E45", "E46", "E47", "E48", "E4A", "E4B",
  "E5", "E6", "E7", "E8", "E9", "X1",
};

/* Review participation (REVIEW_CODE), validator rule 167. */
static const char * const review_participation_codes[] = {
  "PN0", "PN1", "PN2", "PN3", "PN4", "PN5", "PN6", "PN7",
};

static int
compare_code (const void *key,
              const void *member)
{
  return strcmp ((const char *) key, *(const char * const *) member);
}

static gboolean
code_in (const char         *code,
         const char * const *table,
         gsize               n_entries)
{
  if (code == NULL)
    return FALSE;

  return bsearch (code, table, n_entries, sizeof table[0], compare_code) != NULL;
}

/* careplan_codes_is_reason_new_episode:
 * @code: (nullable): a code
 *
 * Whether @code is an SSDA903 reason for a new episode (RNE).  %NULL is
 * not a code: callers decide whether a missing code matters. */
gboolean
careplan_codes_is_reason_new_episode (const char *code)
{
  return code_in (code, reason_new_episode_codes, G_N_ELEMENTS (reason_new_episode_codes));
}

/* careplan_codes_is_legal_status:
 * @code: (nullable): a code
 *
 * Whether @code is an SSDA903 legal status (LS). */
gboolean
careplan_codes_is_legal_status (const char *code)
{
  return code_in (code, legal_status_codes, G_N_ELEMENTS (legal_status_codes));
}

/* careplan_codes_is_category_of_need:
 * @code: (nullable): a code
 *
 * Whether @code is an SSDA903 category of need (CIN). */
gboolean
careplan_codes_is_category_of_need (const char *code)
{
  return code_in (code, category_of_need_codes, G_N_ELEMENTS (category_of_need_codes));
}

/* careplan_codes_is_placement_type:
 * @code: (nullable): a code
 *
 * Whether @code is an SSDA903 placement type (PLACE) in any collection
 * year from 2022/23 to 2026/27. */
gboolean
careplan_codes_is_placement_type (const char *code)
{
  return code_in (code, placement_type_codes, G_N_ELEMENTS (placement_type_codes));
}

/* careplan_codes_is_placement_provider:
 * @code: (nullable): a code
 *
 * Whether @code is an SSDA903 placement provider (`PR0`…`PR5`). */
gboolean
careplan_codes_is_placement_provider (const char *code)
{
  return code_in (code, placement_provider_codes, G_N_ELEMENTS (placement_provider_codes));
}

/* careplan_codes_is_reason_ended:
 * @code: (nullable): a code
 *
 * Whether @code is an SSDA903 reason an episode ceased (REC). */
gboolean
careplan_codes_is_reason_ended (const char *code)
{
  return code_in (code, reason_ended_codes, G_N_ELEMENTS (reason_ended_codes));
}

/* careplan_codes_is_review_participation:
 * @code: (nullable): a code
 *
 * Whether @code is an SSDA903 review participation code (`PN0`…`PN7`). */
gboolean
careplan_codes_is_review_participation (const char *code)
{
  return code_in (code, review_participation_codes, G_N_ELEMENTS (review_participation_codes));
}
