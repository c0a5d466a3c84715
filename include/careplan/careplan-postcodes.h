/* careplan-postcodes.h: where postcodes are, for the sufficiency measures
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <glib-object.h>

#include "careplan-version-macros.h"

G_BEGIN_DECLS

#define CAREPLAN_TYPE_POSTCODES (careplan_postcodes_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanPostcodes, careplan_postcodes, CAREPLAN, POSTCODES, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanPostcodes *careplan_postcodes_new                (void);
CAREPLAN_AVAILABLE_IN_ALL
gboolean           careplan_postcodes_add                (CareplanPostcodes  *self,
                                                          const char         *postcode,
                                                          const char         *local_authority,
                                                          double              latitude,
                                                          double              longitude);
CAREPLAN_AVAILABLE_IN_ALL
guint              careplan_postcodes_get_n_postcodes    (CareplanPostcodes  *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean           careplan_postcodes_has_authorities    (CareplanPostcodes  *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean           careplan_postcodes_has_coordinates    (CareplanPostcodes  *self);
CAREPLAN_AVAILABLE_IN_ALL
const char        *careplan_postcodes_get_local_authority (CareplanPostcodes *self,
                                                          const char         *postcode);
CAREPLAN_AVAILABLE_IN_ALL
double             careplan_postcodes_get_distance_miles (CareplanPostcodes  *self,
                                                          const char         *from,
                                                          const char         *to);

G_END_DECLS
