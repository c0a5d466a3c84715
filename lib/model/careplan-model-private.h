/* careplan-model-private.h: what the model shares with the layers above it
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "careplan-child.h"
#include "careplan-episode.h"
#include "careplan-event.h"
#include "careplan-care-leaver.h"
#include "careplan-placement.h"
#include "careplan-period-of-care.h"
#include "careplan-problem.h"

G_BEGIN_DECLS

/* Where the reader found an object, so that problems found later (by
 * validation) can name the file, line and column.  0 means unknown. */
typedef struct
{
  guint line;
  guint column;
} CareplanSourcePosition;

void                    careplan_child_set_source_file        (CareplanChild      *self,
                                                               const char         *file);
const char             *careplan_child_get_source_file        (CareplanChild      *self);
void                    careplan_child_set_position           (CareplanChild      *self,
                                                               guint               line,
                                                               guint               column);
CareplanSourcePosition  careplan_child_get_position           (CareplanChild      *self);
void                    careplan_episode_set_position         (CareplanEpisode    *self,
                                                               guint               line,
                                                               guint               column);
CareplanSourcePosition  careplan_episode_get_position         (CareplanEpisode    *self);
void                    careplan_event_set_position           (CareplanEvent      *self,
                                                               guint               line,
                                                               guint               column);
CareplanSourcePosition  careplan_event_get_position           (CareplanEvent      *self);

/* careplan_event_new (@kind, %CAREPLAN_DATE_NONE), for readers that make
 * an event for every row: without setting properties by name. */
CareplanEvent *careplan_event_new_of_kind (CareplanEventKind kind);

/* Whether @self has an id, the one thing a child's record cannot be
 * judged, written or counted without (a child built in code may lack it):
 * FALSE with %CAREPLAN_ERROR_INVALID_RECORD naming the field if not. */
gboolean careplan_child_check_id (CareplanChild  *self,
                                  GError        **error);

/* Keys of the JSON record that careplan does not know, kept so that a
 * round trip loses nothing.  Created on first use; never NULL. */
JsonObject *careplan_child_get_extras        (CareplanChild       *self);
JsonObject *careplan_episode_get_extras      (CareplanEpisode     *self);
JsonObject *careplan_event_get_extras        (CareplanEvent       *self);
JsonObject *careplan_care_leaver_get_extras  (CareplanCareLeaver  *self);
/* The same, without creating: NULL when there are none. */
JsonObject *careplan_child_peek_extras        (CareplanChild       *self);
JsonObject *careplan_episode_peek_extras      (CareplanEpisode     *self);
JsonObject *careplan_event_peek_extras        (CareplanEvent       *self);
JsonObject *careplan_care_leaver_peek_extras  (CareplanCareLeaver  *self);

/* Derived views as plain structs, for the rules (no GObject per item). */
typedef struct
{
  CareplanDate  start;
  CareplanDate  end;              /* CAREPLAN_DATE_NONE: still open at the as-of date */
  guint         period;           /* index into CareplanChildIndex.periods */
  guint         first_episode;    /* index into CareplanChildIndex.episodes */
  guint         n_episodes;
  const char   *placement_type;   /* of the first episode; owned by the episode */
  gboolean      long_term;        /* its latest episode says it is intended to last
                                   * until 18 (for a date, see
                                   * careplan_child_index_long_term_on()) */
} CareplanPlacementSpan;

typedef struct
{
  CareplanDate  start;
  CareplanDate  end;              /* CAREPLAN_DATE_NONE: still open at the as-of date */
  guint         first_placement;  /* index into CareplanChildIndex.placements */
  guint         n_placements;
  guint         first_episode;
  guint         n_episodes;
  gboolean      short_break;      /* every episode is V3/V4 (reg 48) */
} CareplanPeriodSpan;

typedef struct
{
  CareplanChild  *child;          /* borrowed */
  CareplanDate    as_of;          /* CAREPLAN_DATE_NONE: everything is seen */
  CareplanPlacementBoundary boundary;  /* what starts a placement */
  GPtrArray      *episodes;       /* CareplanEpisode, borrowed, by start date */
  GArray         *periods;        /* CareplanPeriodSpan */
  GArray         *placements;     /* CareplanPlacementSpan */
  /* Per event kind: events dated on or before as_of, sorted by date, and
   * their dates in a parallel array for binary search. */
  GPtrArray      *events[CAREPLAN_EVENT_N_KINDS];
  GArray         *event_dates[CAREPLAN_EVENT_N_KINDS];
} CareplanChildIndex;

/* Builds the index as the record stood at @as_of: episodes starting after
 * it are dropped, ends after it are open, events after it are unseen. */
CareplanChildIndex *careplan_child_index_new   (CareplanChild       *child,
                                                CareplanDate         as_of);
/* The same, with @boundary saying what starts a placement (the plain
 * constructor reads placements by carer). */
CareplanChildIndex *careplan_child_index_new_full (CareplanChild             *child,
                                                   CareplanDate               as_of,
                                                   CareplanPlacementBoundary  boundary);
void                careplan_child_index_free  (CareplanChildIndex  *index);
/* Whether placement @placement is intended to last until the child is 18
 * on @date: the designation of its episode in force that day (the
 * episode's `long_term` when recorded, else PLACE U1 or U4), or of its
 * first episode for a date before the placement.  A later designation
 * never reaches back (CPPCR 2010 reg 28(2)(c): the anchor visit's date
 * decides the regime). */
gboolean            careplan_child_index_long_term_on (const CareplanChildIndex *index,
                                                       guint                     placement,
                                                       CareplanDate              date);
/* Index of the first event of @kind dated on or after @date, or the
 * number of such events if none is. */
guint               careplan_child_index_find_event (const CareplanChildIndex *index,
                                                     CareplanEventKind         kind,
                                                     CareplanDate              date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CareplanChildIndex, careplan_child_index_free)

/* The facts of one kind of event: its stable name
 * (careplan_event_kind_to_string()), the list of the careplan JSON record
 * that holds it (inside the `care_leaver` object when @care_leaver), the
 * key of its required date there (docs/record-format.md) and its words in
 * a sentence ("personal adviser visit" for `pa-visit`). */
typedef struct
{
  const char *name;
  const char *list;
  gboolean    care_leaver;
  const char *date_key;
  const char *words;
} CareplanEventKindInfo;

/* Indexed by CareplanEventKind. */
G_GNUC_INTERNAL
extern const CareplanEventKindInfo careplan_event_kind_infos[CAREPLAN_EVENT_N_KINDS];

/* Internal constructors for the derived GObjects. */
CareplanPlacement    *careplan_placement_new_from_span      (const CareplanPlacementSpan *span);
CareplanPeriodOfCare *careplan_period_of_care_new_from_span (const CareplanPeriodSpan    *span,
                                                             GListModel                  *placements);

/* SSDA903 code lists (the DfE SSDA903 code lists, docs/ssda903-validation.md), across collection years
 * 2022/23 to 2026/27. */
gboolean careplan_codes_is_reason_new_episode (const char *code);
gboolean careplan_codes_is_legal_status       (const char *code);
gboolean careplan_codes_is_category_of_need   (const char *code);
gboolean careplan_codes_is_placement_type     (const char *code);
gboolean careplan_codes_is_placement_provider (const char *code);
gboolean careplan_codes_is_reason_ended       (const char *code);
gboolean careplan_codes_is_review_participation (const char *code);

G_END_DECLS
