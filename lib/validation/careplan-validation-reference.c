/* careplan-validation-reference.c: reference data for the checks that need it
 *
 * Three CSV files in the folder given with --reference (formats in
 * docs/ssda903-validation.md; tiny samples in tests/ssda903/reference/):
 *
 *   postcodes.csv          postcode,la_code,easting,northing
 *                          (an extract of the ONS Postcode Directory: pcds,
 *                          the upper-tier authority, oseast1m, osnrth1m)
 *   local-authorities.csv  la_code,old_la_code,name
 *   ofsted-providers.csv   urn,place_provider,postcode,places,reg_end
 *                          (place_provider and places: codes, space-separated;
 *                          reg_end dd/mm/yyyy or blank)
 *   authority.txt          the code of the authority making the return
 *
 * Nothing is fetched: the user downloads the ONS and Ofsted files and
 * passes them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include <math.h>
#include <stdlib.h>

#include "careplan-error.h"
#include "careplan-ssda903-private.h"
#include "careplan-validation-private.h"

char *
cpv_normalise_postcode (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ')
      g_string_append_c (out, g_ascii_toupper (*p));
  return g_string_free (out, FALSE);
}

static gboolean
load_csv (const char  *dir,
          const char  *name,
          const char  *header,
          guint        n_columns,
          void       (*add) (CpvReference *, char **),
          CpvReference *ref,
          GError     **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, &local_error))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", path, local_error->message);
      return FALSE;
    }
  if (!g_utf8_validate (contents, -1, NULL))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD, "%s: not UTF-8 text", path);
      return FALSE;
    }
  lines = g_strsplit (contents, "\n", -1);
  if (lines[0] == NULL || strcmp (g_strstrip (lines[0]), header) != 0)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s:1: the header must be \"%s\"", path, header);
      return FALSE;
    }
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cells = NULL;

      if (*g_strstrip (lines[i]) == '\0')
        continue;
      cells = g_strsplit (lines[i], ",", -1);
      if (g_strv_length (cells) != n_columns)
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                       "%s:%u: expected %u columns (no quoted cells)", path, i + 1, n_columns);
          return FALSE;
        }
      add (ref, cells);
    }
  return TRUE;
}

static void
postcode_free (gpointer data)
{
  CpvPostcode *postcode = data;
  g_free (postcode->la_code);
  g_free (postcode);
}

static void
provider_free (gpointer data)
{
  CpvProvider *provider = data;
  g_free (provider->providers);
  g_free (provider->postcode);
  g_free (provider->places);
  g_free (provider);
}

static void
add_postcode (CpvReference *ref, char **cells)
{
  CpvPostcode *postcode = g_new0 (CpvPostcode, 1);

  postcode->la_code = g_strdup (g_strstrip (cells[1]));
  postcode->easting = g_ascii_strtod (cells[2], NULL);
  postcode->northing = g_ascii_strtod (cells[3], NULL);
  g_hash_table_insert (ref->postcodes, cpv_normalise_postcode (cells[0]), postcode);
}

static void
add_la (CpvReference *ref, char **cells)
{
  g_hash_table_insert (ref->la_codes, g_strdup (g_strstrip (cells[0])), g_strdup (g_strstrip (cells[2])));
  if (*g_strstrip (cells[1]) != '\0')
    g_hash_table_insert (ref->la_codes, g_strdup (cells[1]), g_strdup (g_strstrip (cells[2])));
}

static void
add_urn (CpvReference *ref, char **cells)
{
  CpvProvider *provider = g_new0 (CpvProvider, 1);
  const char *why;

  provider->providers = g_strdup (g_strstrip (cells[1]));
  provider->postcode = g_strdup (g_strstrip (cells[2]));
  provider->places = g_strdup (g_strstrip (cells[3]));
  if (!careplan_ssda903_parse_date (g_strstrip (cells[4]), &provider->reg_end, &why))
    provider->reg_end = CAREPLAN_DATE_NONE;
  g_hash_table_insert (ref->urns, g_strdup (g_strstrip (cells[0])), provider);
}

CpvReference *
cpv_reference_load (const char  *dir,
                    GError     **error)
{
  g_autoptr(CpvReference) ref = g_new0 (CpvReference, 1);
  g_autofree char *authority_path = g_build_filename (dir, "authority.txt", NULL);
  g_autoptr(GError) local_error = NULL;

  ref->postcodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, postcode_free);
  ref->la_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ref->urns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, provider_free);

  if (!load_csv (dir, "postcodes.csv", "postcode,la_code,easting,northing", 4, add_postcode, ref, error) ||
      !load_csv (dir, "local-authorities.csv", "la_code,old_la_code,name", 3, add_la, ref, error) ||
      !load_csv (dir, "ofsted-providers.csv", "urn,place_provider,postcode,places,reg_end", 5, add_urn, ref, error))
    return NULL;
  if (!g_file_get_contents (authority_path, &ref->authority, NULL, &local_error))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", authority_path, local_error->message);
      return NULL;
    }
  g_strstrip (ref->authority);
  if (!g_hash_table_contains (ref->la_codes, ref->authority))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s: “%s” is not a code of local-authorities.csv", authority_path, ref->authority);
      return NULL;
    }
  return g_steal_pointer (&ref);
}

void
cpv_reference_free (CpvReference *ref)
{
  if (ref == NULL)
    return;
  g_clear_pointer (&ref->postcodes, g_hash_table_unref);
  g_clear_pointer (&ref->la_codes, g_hash_table_unref);
  g_clear_pointer (&ref->urns, g_hash_table_unref);
  g_free (ref->authority);
  g_free (ref);
}

const CpvPostcode *
cpv_reference_postcode (const CpvReference *ref,
                        const char         *postcode)
{
  g_autofree char *key = NULL;

  if (ref == NULL || postcode == NULL || *postcode == '\0')
    return NULL;
  key = cpv_normalise_postcode (postcode);
  return g_hash_table_lookup (ref->postcodes, key);
}

const char *
cpv_placement_la (const CpvReference *ref,
                  const char         *postcode)
{
  const CpvPostcode *entry = cpv_reference_postcode (ref, postcode);

  if (entry == NULL)
    return NULL;
  switch (g_ascii_toupper (entry->la_code[0]))
    {
    case 'S':
      return "SCO";
    case 'N':
      return "NIR";
    case 'W':
      return "WAL";
    default:
      return entry->la_code;
    }
}

gboolean
cpv_distance (const CpvReference *ref,
              const char         *home,
              const char         *placement,
              double             *miles)
{
  const CpvPostcode *a = cpv_reference_postcode (ref, home);
  const CpvPostcode *b = cpv_reference_postcode (ref, placement);
  double d;

  if (a == NULL || b == NULL)
    return FALSE;
  d = sqrt ((a->easting - b->easting) * (a->easting - b->easting) +
            (a->northing - b->northing) * (a->northing - b->northing)) / 1000.0 / 1.6093;
  *miles = round (d * 10.0) / 10.0;
  return TRUE;
}
