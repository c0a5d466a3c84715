/* careplan-postcodes.c: where postcodes are, for the sufficiency measures
 *
 * A lookup the user fills (from an extract of the ONS Postcode Directory,
 * say): for each postcode, the local authority it lies in and its latitude
 * and longitude.  careplan ships no postcode data and fetches none.  Keys
 * are normalised (upper case, no spaces), so "ex22 5dy" and "EX225DY" are
 * the same postcode; a return may hold only a postcode's first part
 * ("EX22"), which is found when the file has a row for it.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-postcodes.h"

#include <math.h>
#include <string.h>

/* The mean radius of the Earth in statute miles (IUGG mean radius,
 * 6371.0088 km). */
#define EARTH_RADIUS_MILES 3958.7613

typedef struct
{
  char   *local_authority;   /* NULL: not given */
  double  latitude;          /* NAN: not given */
  double  longitude;
} Place;

/**
 * CareplanPostcodes:
 *
 * Where postcodes are: the local authority each lies in and its latitude
 * and longitude (WGS84), as the user gives them, for the outside-area and
 * distance measures of the sufficiency family. Fill it with
 * [method@Careplan.Postcodes.add] or [method@Careplan.Postcodes.load_file].
 *
 * Postcodes are compared upper case without spaces.
 *
 * Since: 0.2
 */
struct _CareplanPostcodes
{
  GObject     parent_instance;

  GHashTable *places;   /* normalised postcode → Place */
  guint       n_authorities;
  guint       n_coordinates;
};

G_DEFINE_FINAL_TYPE (CareplanPostcodes, careplan_postcodes, G_TYPE_OBJECT)

static void
free_place (gpointer data)
{
  Place *place = data;

  g_free (place->local_authority);
  g_free (place);
}

static void
careplan_postcodes_finalize (GObject *object)
{
  CareplanPostcodes *self = CAREPLAN_POSTCODES (object);

  g_hash_table_unref (self->places);

  G_OBJECT_CLASS (careplan_postcodes_parent_class)->finalize (object);
}

static void
careplan_postcodes_class_init (CareplanPostcodesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = careplan_postcodes_finalize;
}

static void
careplan_postcodes_init (CareplanPostcodes *self)
{
  self->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_place);
}

/* Upper case without spaces, or NULL when @postcode is empty or holds
 * anything but letters, digits and spaces. */
static char *
normalise (const char *postcode)
{
  GString *key;
  const char *c;

  if (postcode == NULL)
    return NULL;

  key = g_string_new (NULL);
  for (c = postcode; *c != '\0'; c++)
    {
      if (*c == ' ')
        continue;
      if (!g_ascii_isalnum (*c) || key->len >= 8)
        {
          g_string_free (key, TRUE);
          return NULL;
        }
      g_string_append_c (key, g_ascii_toupper (*c));
    }
  if (key->len == 0)
    {
      g_string_free (key, TRUE);
      return NULL;
    }
  return g_string_free (key, FALSE);
}

static const Place *
find (CareplanPostcodes *self,
      const char        *postcode)
{
  g_autofree char *key = normalise (postcode);

  return key != NULL ? g_hash_table_lookup (self->places, key) : NULL;
}

/**
 * careplan_postcodes_new:
 *
 * Creates an empty lookup.
 *
 * Returns: (transfer full): a new lookup
 *
 * Since: 0.2
 */
CareplanPostcodes *
careplan_postcodes_new (void)
{
  return g_object_new (CAREPLAN_TYPE_POSTCODES, NULL);
}

/**
 * careplan_postcodes_add:
 * @self: a lookup
 * @postcode: a postcode ("EX1 1AA") or its first part ("EX1")
 * @local_authority: (nullable): the code of the local authority it lies
 *   in (the ONS code, such as `E10000008`), or %NULL if not known
 * @latitude: its latitude in degrees (WGS84), or NaN if not known
 * @longitude: its longitude in degrees (WGS84), or NaN if not known
 *
 * Adds or completes what is known of @postcode: a later call fills what
 * an earlier one left unknown, so a postcode-to-authority file and a
 * postcode-to-coordinates file can both be given.
 *
 * Returns: %FALSE when @postcode is not made of letters, digits and
 *   spaces (up to 8 of them without spaces) or a coordinate is out of
 *   range: nothing is added
 *
 * Since: 0.2
 */
gboolean
careplan_postcodes_add (CareplanPostcodes *self,
                        const char        *postcode,
                        const char        *local_authority,
                        double             latitude,
                        double             longitude)
{
  g_autofree char *key = NULL;
  Place *place;

  g_return_val_if_fail (CAREPLAN_IS_POSTCODES (self), FALSE);

  key = normalise (postcode);
  if (key == NULL)
    return FALSE;
  if ((!isnan (latitude) && (latitude < -90.0 || latitude > 90.0)) ||
      (!isnan (longitude) && (longitude < -180.0 || longitude > 180.0)) ||
      isnan (latitude) != isnan (longitude))
    return FALSE;

  place = g_hash_table_lookup (self->places, key);
  if (place == NULL)
    {
      place = g_new0 (Place, 1);
      place->latitude = NAN;
      place->longitude = NAN;
      g_hash_table_insert (self->places, g_steal_pointer (&key), place);
    }
  if (local_authority != NULL && *local_authority != '\0')
    {
      if (place->local_authority == NULL)
        self->n_authorities++;
      g_free (place->local_authority);
      place->local_authority = g_ascii_strup (local_authority, -1);
    }
  if (!isnan (latitude))
    {
      if (isnan (place->latitude))
        self->n_coordinates++;
      place->latitude = latitude;
      place->longitude = longitude;
    }
  return TRUE;
}

/**
 * careplan_postcodes_get_n_postcodes:
 * @self: a lookup
 *
 * Gets the number of postcodes known.
 *
 * Returns: the number of postcodes
 *
 * Since: 0.2
 */
guint
careplan_postcodes_get_n_postcodes (CareplanPostcodes *self)
{
  g_return_val_if_fail (CAREPLAN_IS_POSTCODES (self), 0);

  return g_hash_table_size (self->places);
}

/**
 * careplan_postcodes_has_authorities:
 * @self: a lookup
 *
 * Gets whether any postcode has its local authority.
 *
 * Returns: %TRUE if the lookup can tell authorities
 *
 * Since: 0.2
 */
gboolean
careplan_postcodes_has_authorities (CareplanPostcodes *self)
{
  g_return_val_if_fail (CAREPLAN_IS_POSTCODES (self), FALSE);

  return self->n_authorities > 0;
}

/**
 * careplan_postcodes_has_coordinates:
 * @self: a lookup
 *
 * Gets whether any postcode has its coordinates.
 *
 * Returns: %TRUE if the lookup can tell distances
 *
 * Since: 0.2
 */
gboolean
careplan_postcodes_has_coordinates (CareplanPostcodes *self)
{
  g_return_val_if_fail (CAREPLAN_IS_POSTCODES (self), FALSE);

  return self->n_coordinates > 0;
}

/**
 * careplan_postcodes_get_local_authority:
 * @self: a lookup
 * @postcode: a postcode or its first part
 *
 * Gets the local authority @postcode lies in.
 *
 * Returns: (nullable) (transfer none): its code, or %NULL when not known
 *
 * Since: 0.2
 */
const char *
careplan_postcodes_get_local_authority (CareplanPostcodes *self,
                                        const char        *postcode)
{
  const Place *place;

  g_return_val_if_fail (CAREPLAN_IS_POSTCODES (self), NULL);

  place = find (self, postcode);
  return place != NULL ? place->local_authority : NULL;
}

/**
 * careplan_postcodes_get_distance_miles:
 * @self: a lookup
 * @from: a postcode or its first part
 * @to: another
 *
 * Gets the straight-line distance between two postcodes in statute miles:
 * the great-circle distance between their coordinates on a sphere of the
 * Earth's mean radius (3,958.76 miles), which is within about 0.5 % of
 * the distance on the WGS84 ellipsoid.
 *
 * Returns: the distance, or NaN when either has no coordinates
 *
 * Since: 0.2
 */
double
careplan_postcodes_get_distance_miles (CareplanPostcodes *self,
                                       const char        *from,
                                       const char        *to)
{
  const Place *a, *b;
  double phi1, phi2, dphi, dlambda, h;

  g_return_val_if_fail (CAREPLAN_IS_POSTCODES (self), NAN);

  a = find (self, from);
  b = find (self, to);
  if (a == NULL || b == NULL || isnan (a->latitude) || isnan (b->latitude))
    return NAN;

  /* Haversine. */
  phi1 = a->latitude * G_PI / 180.0;
  phi2 = b->latitude * G_PI / 180.0;
  dphi = phi2 - phi1;
  dlambda = (b->longitude - a->longitude) * G_PI / 180.0;
  h = sin (dphi / 2) * sin (dphi / 2) + cos (phi1) * cos (phi2) * sin (dlambda / 2) * sin (dlambda / 2);
  return 2.0 * EARTH_RADIUS_MILES * asin (MIN (1.0, sqrt (h)));
}
