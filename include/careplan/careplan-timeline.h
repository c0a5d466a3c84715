/* careplan-timeline.h: a child's journey on one page (SVG or HTML)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"
#include "careplan-child.h"
#include "careplan-date.h"

G_BEGIN_DECLS

/**
 * CareplanTimelineFormat:
 * @CAREPLAN_TIMELINE_FORMAT_SVG: one standalone SVG document
 * @CAREPLAN_TIMELINE_FORMAT_HTML: one self-contained HTML page: the SVG,
 *   then a table of every obligation with its citation
 *
 * The documents [func@Careplan.timeline_render] writes.
 *
 * Since: 0.2
 */
typedef enum
{
  CAREPLAN_TIMELINE_FORMAT_SVG,
  CAREPLAN_TIMELINE_FORMAT_HTML,
} CareplanTimelineFormat;

CAREPLAN_AVAILABLE_IN_ALL
char *careplan_timeline_render (CareplanChild           *child,
                                GListModel              *findings,
                                CareplanDate             as_of,
                                CareplanTimelineFormat   format,
                                GError                 **error);

G_END_DECLS
