/* careplan.h: the umbrella header
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <glib-object.h>
#include <gio/gio.h>

#define CAREPLAN_INSIDE
# include "careplan-version.h"
# include "careplan-version-macros.h"
# include "careplan-enum-types.h"
# include "careplan-error.h"
# include "careplan-tristate.h"
# include "careplan-date.h"
# include "careplan-calendar.h"
# include "careplan-episode.h"
# include "careplan-event.h"
# include "careplan-care-leaver.h"
# include "careplan-placement.h"
# include "careplan-period-of-care.h"
# include "careplan-problem.h"
# include "careplan-child.h"
# include "careplan-rule.h"
# include "careplan-finding.h"
# include "careplan-rulebook.h"
# include "careplan-engine.h"
# include "careplan-record.h"
# include "careplan-findings-writer.h"
# include "careplan-timeline.h"
# include "careplan-ssda903.h"
# include "careplan-measure.h"
# include "careplan-measures.h"
# include "careplan-postcodes.h"
# include "careplan-measures-io.h"
# include "careplan-policy.h"
# include "careplan-plan-element.h"
# include "careplan-plan-result.h"
# include "careplan-plan.h"
# include "careplan-plan-writer.h"
#undef CAREPLAN_INSIDE
