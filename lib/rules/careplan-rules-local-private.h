/* careplan-rules-local-private.h: rules defined by data (a policy's local targets)
 *
 * A local target is a row (a CareplanObligationSpec) filled in from a policy file: an
 * anchor (becoming looked after, the start of a placement, or each event
 * of a kind), a timescale, and the events that satisfy it, all of which
 * must be recorded.  The policy reader (io) builds these; the rules layer
 * turns each into a CareplanObligationSpec that careplan-obligation.c
 * judges as it judges a statutory row.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan-obligation-private.h"

G_BEGIN_DECLS

#define CAREPLAN_LOCAL_RULE_PREFIX "local."
#define CAREPLAN_LOCAL_RULE_FAMILY "local"

typedef enum
{
  CAREPLAN_LOCAL_ANCHOR_BECAME_LOOKED_AFTER,  /* each period of care */
  CAREPLAN_LOCAL_ANCHOR_PLACEMENT_START,      /* each placement */
  CAREPLAN_LOCAL_ANCHOR_EVENT,                /* each event of a kind */
} CareplanLocalAnchor;

/* One of the events that must all be recorded: the obligation spec's own
 * requirement, since a local target is judged as a row. */
typedef CareplanObligationRequirement CareplanLocalRequirement;

/* Everything is copied by careplan_rules_local_new(). */
typedef struct
{
  const char                      *id;              /* starts with "local." */
  const char                      *title;
  const char                      *what;            /* NULL: named after the requirements */
  const char                      *instrument;
  const char                      *provision;
  const char                      *url;             /* nullable */
  const char                      *in_force_from;   /* valid ISO date, or NULL */
  const char                      *in_force_until;  /* valid ISO date, or NULL */
  CareplanLocalAnchor              anchor;
  CareplanEventKind                anchor_event;    /* for CAREPLAN_LOCAL_ANCHOR_EVENT */
  int                              within;          /* >= 0 */
  CareplanTimeUnit                 within_unit;     /* a duration: days … years */
  int                              every;           /* > 0: periodic; 0: once per anchor */
  CareplanTimeUnit                 every_unit;
  const CareplanLocalRequirement  *requirements;
  guint                            n_requirements;  /* >= 1 */
} CareplanLocalRuleSpec;

/* Names used in policy files.  Each returns FALSE for a name it does not
 * know. */
gboolean      careplan_rules_local_anchor_from_string     (const char            *text,
                                                           CareplanLocalAnchor   *anchor,
                                                           CareplanEventKind     *event_kind);
gboolean      careplan_rules_local_event_kind_from_string (const char            *text,
                                                           CareplanEventKind     *kind);
gboolean      careplan_rules_local_unit_from_string       (const char            *text,
                                                           CareplanTimeUnit      *unit);
/* "became-looked-after, placement-start, care-plan, …": for messages. */
char         *careplan_rules_local_dup_anchor_names       (void);
char         *careplan_rules_local_dup_event_kind_names   (void);

/* Checks @spec (id prefix, at least one requirement, the anchor's own kind
 * not among them, units that are durations) and builds the rule; FALSE
 * with @error (CAREPLAN_ERROR_FAILED) naming what is wrong. */
CareplanRule *careplan_rules_local_new                    (const CareplanLocalRuleSpec  *spec,
                                                           GError                      **error);

G_END_DECLS
