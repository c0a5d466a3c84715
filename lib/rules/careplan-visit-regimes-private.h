/* careplan-visit-regimes-private.h: which visiting regime of CPPCR 2010
 * reg 28 governs which days of a placement
 *
 * Reg 28(2) is the default.  Paras (3) to (5) replace it where a child is
 * placed with a parent before assessment (reg 19), with a temporarily
 * approved connected person (reg 24), with a parent under an interim care
 * order, or with a parent when a care order is made.  The default rules
 * (careplan-rules-visits.c) and the special ones
 * (careplan-rules-visit-regimes.c) must agree on where each applies, so it
 * is worked out once, here.
 *
 * A visit is judged by the regime in force on its date (the anchor's date
 * decides, docs/rules.md): the windows below say which days are whose.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan-obligation-private.h"

G_BEGIN_DECLS

typedef enum
{
  CAREPLAN_VISIT_REGIME_PWP_BEFORE_ASSESSMENT,   /* reg 28(3) */
  CAREPLAN_VISIT_REGIME_CONNECTED_OR_ICO,        /* reg 28(4) */
  CAREPLAN_VISIT_REGIME_CARE_ORDER_WITH_PARENT,  /* reg 28(5) */
} CareplanVisitRegime;

/* Why reg 28(4) applies (a bit set: the two may overlap). */
enum
{
  CAREPLAN_VISIT_REGIME_CONNECTED_PERSON   = 1 << 0,
  CAREPLAN_VISIT_REGIME_INTERIM_CARE_ORDER = 1 << 1,
};

/* The days [start, until) of one placement on which a special regime
 * governs visits; until is CAREPLAN_DATE_NONE when it lasts as long as
 * the placement. */
typedef struct
{
  CareplanVisitRegime  regime;
  guint                reasons;      /* reg 28(4) only: every reason */
  guint                opened_by;    /* reg 28(4) only: the reason that starts it */
  guint                placement;    /* index into CareplanChildIndex.placements */
  CareplanDate         start;
  CareplanDate         until;
} CareplanVisitRegimeWindow;

/* The special windows of every placement that is not a short break (reg
 * 48 has a regime of its own), sorted by placement then start.  Linear in
 * the record, apart from binary searches.
 *
 *  - reg 28(3): from the start of a `placement_with_parent_assessments[]`
 *    record dated in the placement, to the end of the placement;
 *  - reg 28(4): from the start of a `temporary-connected-person` carer
 *    approval dated in the placement until its full approval (seen at the
 *    as-of date), and over each run of the placement's episodes with
 *    legal status C1 and placement type P1; overlapping or adjoining
 *    stretches are one window;
 *  - reg 28(5): from an episode of the placement with legal status C2 and
 *    placement type P1 that follows one with another legal status (the
 *    care order was made while the child lived with the parent), over the
 *    run of such episodes. */
GArray      *careplan_visit_regimes_find           (const CareplanChildIndex        *index);
/* The windows of @placement: [*first, *last) of @windows. */
void         careplan_visit_regimes_of_placement   (GArray                          *windows,
                                                    guint                            placement,
                                                    guint                           *first,
                                                    guint                           *last);
/* Whether @window holds @date. */
gboolean     careplan_visit_regime_covers          (const CareplanVisitRegimeWindow *window,
                                                    CareplanDate                     date);
/* "regulation 28(4) (temporary approval of a connected person)". */
char        *careplan_visit_regime_describe        (const CareplanVisitRegimeWindow *window);
/* "regulation 28(4) (…) from 2025-03-03 until 2025-08-01" for each
 * window of [first, last) that holds a day of [from, before) (before may
 * be CAREPLAN_DATE_NONE: no end), joined with "and"; NULL when none does. */
char        *careplan_visit_regimes_describe_overlapping (GArray                    *windows,
                                                          guint                      first,
                                                          guint                      last,
                                                          CareplanDate               from,
                                                          CareplanDate               before);
/* Reg 28(3A): the day from which visits in the long-term placement
 * @placement follow the agreed six-monthly regime — the later of the
 * child's first recorded agreement (`visit_frequency_agreements[]` dated
 * in the placement) and the day after the placement's first anniversary
 * — or CAREPLAN_DATE_NONE when there is no agreement or the placement is
 * not long-term on that day (careplan_child_index_long_term_on()). */
CareplanDate careplan_visit_regimes_agreed_from    (const CareplanChildIndex        *index,
                                                    guint                            placement);

/* The anchor of @window's first visit, its kind and phrase for findings:
 * the start of the placement, the temporary approval, the interim care
 * order, the care order. */
void         careplan_visit_regime_anchor         (const CareplanChildIndex        *index,
                                                    const CareplanVisitRegimeWindow *window,
                                                    const char                     **kind,
                                                    const char                     **phrase);
/* The day after the first anniversary of the placement (start + @months
 * by the corresponding-date rule, its last day in the first year);
 * G_MAXUINT32 past 9999-12-31. */
CareplanDate careplan_visit_after_first_year      (const CareplanPlacementSpan     *span,
                                                    int                              months);
/* Index of the first visit of [first, last) dated on or after @date. */
guint        careplan_visit_first_from            (const CareplanChildIndex        *index,
                                                    CareplanDate                     date,
                                                    guint                            first,
                                                    guint                            last);
/* Walks @chain (its events are visits) over each run of its anchors dated
 * outside the special regimes' windows [wfirst, wlast) of @windows: the
 * windows' visits are their regimes' anchors. */
void         careplan_visit_walk_outside_windows  (CareplanRule                    *rule,
                                                    const CareplanEvaluation        *evaluation,
                                                    const CareplanChain             *chain,
                                                    const CareplanScope             *scope,
                                                    GArray                          *windows,
                                                    guint                            wfirst,
                                                    guint                            wlast,
                                                    CareplanFindingArray            *findings);

G_END_DECLS
