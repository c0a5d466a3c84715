/* careplan-measures-sufficiency.c: where children live
 *
 * Section 22G of the Children Act 1989 asks a council to secure, so far as
 * reasonably practicable, enough accommodation within its area for the
 * children it looks after.  These measures say where children live at the
 * period end (the placement mix, by the SSDA903 placement type and
 * provider codes), whether they live outside the council's area or 20
 * miles or more from home (from postcode files the user gives: careplan
 * ships and fetches no postcode data), and how many children stepped down
 * from residential care to a family in the period.  The code sets are
 * listed in docs/sufficiency.md.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <math.h>

#include "careplan-measures-private.h"

#define CA_1989 "Children Act 1989"
#define CA_1989_S22G_URL "https://www.legislation.gov.uk/ukpga/1989/41/section/22G"
#define DFE_903_GUIDE \
  "DfE, Children looked after return (SSDA903): guide, code sets for placement type (PLACE), " \
  "placement provider (PLACE_PROVIDER) and reason episode ceased (REC)"
#define DFE_903_GUIDE_URL \
  "https://www.gov.uk/government/publications/children-looked-after-return-2016-to-2017-guide"
#define DFE_CLA_DISTANCE \
  "DfE, Children looked after in England including adoptions: placements more than 20 miles " \
  "from home (distance between the home and placement postcodes)"
#define DFE_CLA_URL \
  "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions/2020/data-guidance"

/* The placement mix.  Each looked-after child at the period end falls in
 * exactly one of the eight categories, by the placement type (and, for
 * unrelated foster carers, the provider) of the episode open then. */
typedef enum
{
  MIX_IN_HOUSE_FOSTERING,
  MIX_AGENCY_FOSTERING,
  MIX_CONNECTED_PERSONS,
  MIX_RESIDENTIAL,
  MIX_PLACED_WITH_PARENTS,
  MIX_INDEPENDENT,
  MIX_SECURE_AND_CUSTODY,
  MIX_OTHER,
} MixCategory;

static const char * const connected_types[] = { "U1", "U2", "U3", NULL };
static const char * const unrelated_foster_types[] = { "U4", "U5", "U6", NULL };
static const char * const residential_types[] = { "K2", "R1", "S1", NULL };
static const char * const parents_types[] = { "P1", NULL };
static const char * const independent_types[] = { "H5", "P2", "K3", NULL };
static const char * const secure_types[] = { "K1", "R5", NULL };

static gboolean
in_list (const char * const *list,
         const char         *code)
{
  guint i;

  if (code == NULL)
    return FALSE;
  for (i = 0; list[i] != NULL; i++)
    if (g_str_equal (list[i], code))
      return TRUE;
  return FALSE;
}

/* The episode open at the period end, or NULL when the child is not
 * looked after then (or only in short breaks). */
static CareplanEpisode *
episode_at_end (const CareplanMeasureChild *child)
{
  if (child->current == NULL || child->current->n_episodes == 0)
    return NULL;
  return careplan_measure_child_episode (child, child->current->first_episode +
                                                child->current->n_episodes - 1);
}

static MixCategory
classify (CareplanEpisode                     *episode,
          const CareplanMeasureParameterValue *in_house_providers)
{
  const char *type = careplan_episode_get_placement_type (episode);

  if (in_list (connected_types, type))
    return MIX_CONNECTED_PERSONS;
  if (in_list (unrelated_foster_types, type))
    return careplan_measure_words_contain (in_house_providers, careplan_episode_get_placement_provider (episode))
           ? MIX_IN_HOUSE_FOSTERING : MIX_AGENCY_FOSTERING;
  if (in_list (residential_types, type))
    return MIX_RESIDENTIAL;
  if (in_list (parents_types, type))
    return MIX_PLACED_WITH_PARENTS;
  if (in_list (independent_types, type))
    return MIX_INDEPENDENT;
  if (in_list (secure_types, type))
    return MIX_SECURE_AND_CUSTODY;
  return MIX_OTHER;
}

static const CareplanMeasureParameterSpec mix_parameters[] = {
  { "in_house_providers", CAREPLAN_MEASURE_PARAMETER_CODES, "PR1", "codes",
    "Placement providers (PLACE_PROVIDER) whose unrelated foster placements (U4–U6) are the "
    "council's own: PR1, the council's own provision. Every other provider (PR2 another "
    "council, PR3 other public sector, PR4 private, PR5 voluntary, or none recorded) counts "
    "as agency fostering.", 0, 0 },
};

static void
measure_mix (const CareplanMeasureChild          *child,
             const CareplanMeasureParameterValue *parameters,
             CareplanMeasureTally                *tally,
             MixCategory                          category)
{
  CareplanEpisode *episode = episode_at_end (child);
  const char *type;
  const char *provider;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  if (episode == NULL)
    return;

  type = careplan_episode_get_placement_type (episode);
  provider = careplan_episode_get_placement_provider (episode);
  /* Eight measures a child write this note: concatenated, not printf'd. */
  careplan_measure_tally_add (tally, child->id, classify (episode, &parameters[0]) == category, -1,
                              g_strconcat ("placement at the period end ",
                                           type != NULL ? type : "(no type recorded)",
                                           provider != NULL ? ", provider " : "",
                                           provider != NULL ? provider : "",
                                           " (from ",
                                           careplan_measure_iso (careplan_episode_get_start (episode), iso),
                                           ")", NULL));
}

#define MIX_FUNC(name, category) \
  static void \
  measure_mix_##name (const CareplanMeasureChild          *child, \
                      const CareplanMeasureParameterValue *parameters, \
                      CareplanMeasureTally                *tally) \
  { \
    measure_mix (child, parameters, tally, category); \
  }

MIX_FUNC (in_house, MIX_IN_HOUSE_FOSTERING)
MIX_FUNC (agency, MIX_AGENCY_FOSTERING)
MIX_FUNC (connected, MIX_CONNECTED_PERSONS)
MIX_FUNC (residential, MIX_RESIDENTIAL)
MIX_FUNC (parents, MIX_PLACED_WITH_PARENTS)
MIX_FUNC (independent, MIX_INDEPENDENT)
MIX_FUNC (secure, MIX_SECURE_AND_CUSTODY)
MIX_FUNC (other, MIX_OTHER)

/* Outside the area */

static const CareplanMeasureParameterSpec outside_parameters[] = {
  { "local_authority", CAREPLAN_MEASURE_PARAMETER_TEXT, "", "code",
    "The council's own code as the postcode file writes it (the ONS code, such as "
    "E10000008 for Devon); set it for the whole family with "
    "--parameter sufficiency.local_authority=CODE. Needed only when the placement's "
    "authority comes from a postcode file.", 0, 0 },
};

static void
measure_outside_area (const CareplanMeasureChild          *child,
                      const CareplanMeasureParameterValue *parameters,
                      CareplanMeasureTally                *tally)
{
  CareplanEpisode *episode = episode_at_end (child);
  CareplanTristate out_of_area;
  const char *postcode;
  const char *authority = NULL;

  if (episode == NULL)
    return;

  out_of_area = careplan_episode_get_out_of_area (episode);
  if (out_of_area != CAREPLAN_TRISTATE_UNSET)
    {
      careplan_measure_tally_fact (tally, TRUE);
      careplan_measure_tally_add (tally, child->id, out_of_area == CAREPLAN_TRISTATE_YES, -1,
                                  g_strdup (out_of_area == CAREPLAN_TRISTATE_YES
                                            ? "recorded as placed outside the council's area"
                                            : "recorded as placed within the council's area"));
      return;
    }

  postcode = careplan_episode_get_placement_postcode (episode);
  if (child->postcodes != NULL && parameters[0].words[0] != NULL && postcode != NULL)
    authority = careplan_postcodes_get_local_authority (child->postcodes, postcode);
  if (authority == NULL)
    {
      /* Where the child lives is not known: left out of the rate, and the
       * result says for how many children it was known. */
      careplan_measure_tally_fact (tally, FALSE);
      return;
    }

  careplan_measure_tally_fact (tally, TRUE);
  careplan_measure_tally_add (tally, child->id, !g_str_equal (authority, parameters[0].text), -1,
                              g_strdup_printf ("placement postcode %s lies in %s (the council: %s)",
                                               postcode, authority, parameters[0].text));
}

/* 20 miles or more from home */

static const CareplanMeasureParameterSpec distance_parameters[] = {
  { "min_miles", CAREPLAN_MEASURE_PARAMETER_NUMBER, "20", "miles",
    "Counted when the straight-line distance between the home and placement postcodes is at "
    "least this many miles. The DfE publishes \"more than 20 miles\"; the boundary (exactly 20 "
    "miles) is UNCONFIRMED and counted here, as the measure's name says (20 miles or more).",
    1, 1000 },
};

static const char *
distance_unavailable (const CareplanMeasureParameterValue *parameters,
                      CareplanPostcodes                   *postcodes)
{
  if (postcodes == NULL || !careplan_postcodes_has_coordinates (postcodes))
    return "No data: no postcode-to-coordinates file was given (--postcodes FILE, the format "
           "is in docs/sufficiency.md); careplan fetches no postcode data and does not guess "
           "distances.";
  return NULL;
}

static void
measure_over_20_miles (const CareplanMeasureChild          *child,
                       const CareplanMeasureParameterValue *parameters,
                       CareplanMeasureTally                *tally)
{
  CareplanEpisode *episode = episode_at_end (child);
  const char *home;
  const char *placed;
  double miles;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (episode == NULL || child->postcodes == NULL)
    return;

  home = careplan_episode_get_home_postcode (episode);
  placed = careplan_episode_get_placement_postcode (episode);
  miles = home != NULL && placed != NULL
          ? careplan_postcodes_get_distance_miles (child->postcodes, home, placed) : NAN;
  if (isnan (miles))
    {
      careplan_measure_tally_fact (tally, FALSE);
      return;
    }

  careplan_measure_tally_fact (tally, TRUE);
  g_ascii_formatd (number, sizeof number, "%.1f", miles);
  careplan_measure_tally_add (tally, child->id, miles >= (double) parameters[0].number, -1,
                              g_strdup_printf ("%s miles from home (%s) to the placement (%s)",
                                               number, home, placed));
}

/* Steps from residential care to a family */

static const CareplanMeasureParameterSpec step_parameters[] = {
  { "residential_types", CAREPLAN_MEASURE_PARAMETER_CODES, "K2,R1,S1", "codes",
    "Placement types (PLACE) of a residential placement: K2 children's home, R1 residential "
    "care home, S1 residential school (those of sufficiency.mix.residential).", 0, 0 },
  { "family_types", CAREPLAN_MEASURE_PARAMETER_CODES, "U1,U2,U3,U4,U5,U6,P1,A3,A4,A5,A6", "codes",
    "Placement types a child steps down to: foster care (U1–U6, connected persons U1–U3), "
    "placed with parents (P1), placed for adoption (A3–A6).", 0, 0 },
  { "family_end_reasons", CAREPLAN_MEASURE_PARAMETER_CODES, "E11,E12,E45,E46,E47,E48", "codes",
    "Reasons episode ceased (REC) that leave care for a family straight from a residential "
    "placement: adopted (E11, E12), special guardianship order (E45–E48).", 0, 0 },
  { "skip_types", CAREPLAN_MEASURE_PARAMETER_CODES, "T0,T1,T2,T3,T4", "codes",
    "Temporary placements between the residential placement and the next one, which are "
    "passed over.", 0, 0 },
};

static void
measure_residential_to_family (const CareplanMeasureChild          *child,
                               const CareplanMeasureParameterValue *parameters,
                               CareplanMeasureTally                *tally)
{
  const CareplanChildIndex *index = child->index;
  gboolean in_residential = FALSE;
  char *note = NULL;
  guint e;
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  for (e = 0; e < index->episodes->len && note == NULL; e++)
    {
      CareplanEpisode *episode = careplan_measure_child_episode (child, e);
      CareplanDate end = careplan_measure_child_episode_end (child, episode);
      const char *reason;
      guint next;

      if (!careplan_measure_words_contain (&parameters[0], careplan_episode_get_placement_type (episode)))
        continue;
      if (end != CAREPLAN_DATE_NONE && end < child->period_start)
        continue;
      in_residential = TRUE;
      if (end == CAREPLAN_DATE_NONE)
        continue;

      reason = careplan_measure_child_episode_reason (child, episode);
      if (careplan_measure_words_contain (&parameters[2], reason))
        {
          note = g_strdup_printf ("left care from %s on %s (REC %s)",
                                  careplan_episode_get_placement_type (episode),
                                  careplan_measure_iso (end, iso), reason);
          break;
        }

      /* The next placement of the same period of care, temporary ones
       * passed over. */
      for (next = e + 1; next < index->episodes->len; next++)
        {
          CareplanEpisode *following = careplan_measure_child_episode (child, next);

          /* Episodes of one period of care meet: the next starts on the
           * day this one ends. */
          if (careplan_episode_get_start (following) != end)
            break;
          if (careplan_measure_words_contain (&parameters[3], careplan_episode_get_placement_type (following)))
            {
              end = careplan_measure_child_episode_end (child, following);
              if (end == CAREPLAN_DATE_NONE)
                break;
              continue;
            }
          if (careplan_measure_words_contain (&parameters[1], careplan_episode_get_placement_type (following)) &&
              careplan_episode_get_start (following) <= child->period_end)
            note = g_strdup_printf ("moved from %s to %s on %s",
                                    careplan_episode_get_placement_type (episode),
                                    careplan_episode_get_placement_type (following),
                                    careplan_measure_iso (careplan_episode_get_start (following), iso));
          break;
        }
    }

  if (!in_residential)
    return;
  careplan_measure_tally_add (tally, child->id, note != NULL, -1,
                              note != NULL ? note
                              : g_strdup ("in a residential placement in the period; no move to a family in it"));
}

#define MIX_DEFINITION(suffix, label, what, func) \
  { \
    .id = "sufficiency.mix." suffix, \
    .title = "Placement mix: " label, \
    .definition = \
      "Of the children looked after at the period end (other than in short breaks), those " \
      "whose placement then is " what ". The eight mix measures share the denominator and " \
      "add up to it; the code sets are in docs/sufficiency.md.", \
    .kind = CAREPLAN_MEASURE_KIND_LOCAL, \
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE, \
    .unit = "children", \
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL, \
    .instrument = DFE_903_GUIDE, \
    .provision = "PLACE and PLACE_PROVIDER code descriptions; " CA_1989 " s22G (sufficiency duty)", \
    .url = DFE_903_GUIDE_URL, \
    .parameters = mix_parameters, \
    .n_parameters = G_N_ELEMENTS (mix_parameters), \
    .measure = func, \
  }

static const CareplanMeasureDefinition sufficiency_definitions[] = {
  MIX_DEFINITION ("in-house-fostering", "the council's own foster carers",
                  "with an unrelated foster carer (U4–U6) provided by the council (in_house_providers)",
                  measure_mix_in_house),
  MIX_DEFINITION ("agency-fostering", "agency and other foster carers",
                  "with an unrelated foster carer (U4–U6) of any other provider (mostly independent "
                  "fostering agencies)", measure_mix_agency),
  MIX_DEFINITION ("connected-persons", "family and friends (connected persons)",
                  "with a relative or friend as foster carer (U1–U3)", measure_mix_connected),
  MIX_DEFINITION ("residential", "residential care",
                  "in a children's home (K2), a residential care home (R1) or a residential school (S1)",
                  measure_mix_residential),
  MIX_DEFINITION ("placed-with-parents", "placed with parents",
                  "with a parent or other person with parental responsibility (P1)", measure_mix_parents),
  MIX_DEFINITION ("independent-and-semi-independent", "independent and supported living",
                  "independent living (P2, to 2024/25), semi-independent living (H5, to 2024/25) or "
                  "supported accommodation (K3, from 2024/25)", measure_mix_independent),
  MIX_DEFINITION ("secure-and-custody", "secure and custody",
                  "in a secure children's home (K1) or a young offender institution or prison (R5)",
                  measure_mix_secure),
  MIX_DEFINITION ("other", "other placements",
                  "any other: placed for adoption (A3–A6), NHS or health trust (R2), family centre "
                  "or mother and baby unit (R3), residential employment (P3), temporary (T0–T4), "
                  "other (Z1, Z11–Z14), or no placement type recorded", measure_mix_other),
  {
    .id = "sufficiency.outside-area",
    .title = "Children placed outside the council's area",
    .definition =
      "Of the children looked after at the period end (other than in short breaks) whose "
      "placement's area is known, those placed outside the council's area: the episode's "
      "out_of_area in a careplan record, or else the local authority the placement postcode "
      "lies in, from a postcode file the user gives (--postcodes), compared with "
      "local_authority. Children whose placement's area is not known are left out of the rate "
      "and counted in the result note.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = CA_1989,
    .provision = "section 22G (accommodation within the authority's area)",
    .url = CA_1989_S22G_URL,
    .parameters = outside_parameters,
    .n_parameters = G_N_ELEMENTS (outside_parameters),
    .measure = measure_outside_area,
    .data_needed = "placement area (out_of_area, or a placement postcode found in a postcode file)",
    .data_absent = "an SSDA903 return holds placement postcodes only: give a postcode-to-authority "
                   "file with --postcodes and the council's code with "
                   "--parameter sufficiency.local_authority=CODE",
  },
  {
    .id = "sufficiency.over-20-miles",
    .title = "Children placed 20 miles or more from home",
    .definition =
      "Of the children looked after at the period end (other than in short breaks) whose home "
      "and placement postcodes are both in the postcode-to-coordinates file the user gives "
      "(--postcodes), those whose placement is at least min_miles miles from home in a straight "
      "line. Without the file: no data. Children whose postcodes are not found are left out of "
      "the rate and counted in the result note.",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
    .instrument = DFE_CLA_DISTANCE,
    .provision = "HOME_POST and PL_POST; distance measure (boundary UNCONFIRMED)",
    .url = DFE_CLA_URL,
    .parameters = distance_parameters,
    .n_parameters = G_N_ELEMENTS (distance_parameters),
    .measure = measure_over_20_miles,
    .data_needed = "home and placement postcodes with coordinates",
    .data_absent = "postcodes missing from the record or not in the postcode file",
    .unavailable = distance_unavailable,
  },
  {
    .id = "sufficiency.residential-to-family",
    .title = "Steps from residential care to a family",
    .definition =
      "Of the children in a residential placement (residential_types) at any time in the "
      "period, those who moved in the period straight from it (temporary placements passed "
      "over) to a family placement (family_types: foster care, connected persons, placed with "
      "parents, placed for adoption), or left care from it through adoption or a special "
      "guardianship order (family_end_reasons).",
    .kind = CAREPLAN_MEASURE_KIND_LOCAL,
    .scale = CAREPLAN_MEASURE_SCALE_PERCENTAGE,
    .unit = "children",
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .instrument = DFE_903_GUIDE,
    .provision = "PLACE and REC code descriptions; " CA_1989 " s22G (sufficiency duty)",
    .url = DFE_903_GUIDE_URL,
    .parameters = step_parameters,
    .n_parameters = G_N_ELEMENTS (step_parameters),
    .measure = measure_residential_to_family,
  },
};

const CareplanMeasureDefinition *
careplan_measures_sufficiency_get_definitions (guint *n_definitions)
{
  *n_definitions = G_N_ELEMENTS (sufficiency_definitions);
  return sufficiency_definitions;
}
