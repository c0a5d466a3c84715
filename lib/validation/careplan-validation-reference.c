/* careplan-validation-reference.c: reference data for the checks that need it
 *
 * Three CSV files in the folder given with --reference (formats in
 * docs/ssda903-validation.md; tiny samples in tests/ssda903/reference/):
 *
 *   postcodes.csv          postcode,la_code   (an extract of the ONS Postcode Directory)
 *   local-authorities.csv  la_code,old_la_code,name
 *   ofsted-providers.csv   urn,place_provider,postcode,places
 *                          (place_provider and places: codes, space-separated)
 *
 * Nothing is fetched: the user downloads the ONS and Ofsted files and
 * passes them.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <string.h>

#include "careplan-error.h"
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
add_postcode (CpvReference *ref, char **cells)
{
  g_hash_table_insert (ref->postcodes, cpv_normalise_postcode (cells[0]), g_strdup (g_strstrip (cells[1])));
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
  char **row = g_new0 (char *, 4);

  row[0] = g_strdup (g_strstrip (cells[1]));
  row[1] = g_strdup (g_strstrip (cells[2]));
  row[2] = g_strdup (g_strstrip (cells[3]));
  g_hash_table_insert (ref->urns, g_strdup (g_strstrip (cells[0])), row);
}

CpvReference *
cpv_reference_load (const char  *dir,
                    GError     **error)
{
  g_autoptr(CpvReference) ref = g_new0 (CpvReference, 1);

  ref->postcodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ref->la_codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ref->urns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);

  if (!load_csv (dir, "postcodes.csv", "postcode,la_code", 2, add_postcode, ref, error) ||
      !load_csv (dir, "local-authorities.csv", "la_code,old_la_code,name", 3, add_la, ref, error) ||
      !load_csv (dir, "ofsted-providers.csv", "urn,place_provider,postcode,places", 4, add_urn, ref, error))
    return NULL;
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
  g_free (ref);
}
