/* careplan-ssda903-private.h: what the SSDA903 reader and writer share
 *
 * One table of the twelve SSDA903 tables drives both directions: the
 * reader maps each cell to the model through a column's target, and the
 * writer renders each cell back from the same target.  A cell whose
 * rendering would differ from what was read (an invalid code kept out of
 * the model, a bad date, a spelling such as `M` for sex `1`) is kept
 * verbatim as an override under the item's `ssda903` extras, so that
 * reading and writing a return reproduces every cell.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "careplan-child.h"
#include "careplan-date.h"
#include "careplan-episode.h"
#include "careplan-event.h"
#include "careplan-ssda903.h"

G_BEGIN_DECLS

/* The tables, in the order the reader maps them (Header first, so that
 * every other row can be checked against it) and the writer writes them. */
typedef enum
{
  CAREPLAN_SSDA903_HEADER,
  CAREPLAN_SSDA903_EPISODES,
  CAREPLAN_SSDA903_REVIEWS,
  CAREPLAN_SSDA903_UASC,
  CAREPLAN_SSDA903_OC2,
  CAREPLAN_SSDA903_OC3,
  CAREPLAN_SSDA903_AD1,
  CAREPLAN_SSDA903_PLACED_ADOPTION,
  CAREPLAN_SSDA903_PREV_PERM,
  CAREPLAN_SSDA903_MISSING,
  CAREPLAN_SSDA903_SW_EPISODES,
  CAREPLAN_SSDA903_DOLO,
  CAREPLAN_SSDA903_N_TABLES
} CareplanSsda903Table;

typedef enum
{
  CAREPLAN_SSDA903_CELL_TEXT,          /* identifiers, postcodes: kept as given */
  CAREPLAN_SSDA903_CELL_DATE,          /* dd/mm/yyyy */
  CAREPLAN_SSDA903_CELL_PARTIAL_DATE,  /* dd/mm/yyyy, ZZ for an unknown day or month */
  CAREPLAN_SSDA903_CELL_CODE,          /* a member of a code list */
  CAREPLAN_SSDA903_CELL_SCORE,         /* an SDQ score, 0 to 40 */
  CAREPLAN_SSDA903_CELL_UPN,           /* a unique pupil number or UN1–UN10 */
  CAREPLAN_SSDA903_CELL_POSTCODE,      /* at most 8 characters, as the record format allows */
} CareplanSsda903CellType;

/* The code lists (the DfE SSDA903 code lists, docs/ssda903-validation.md; the open validator's valid-code
 * rules).  Only PLACE changes with the collection year. */
typedef enum
{
  CAREPLAN_SSDA903_CODES_NONE,
  CAREPLAN_SSDA903_CODES_SEX,
  CAREPLAN_SSDA903_CODES_ETHNIC,
  CAREPLAN_SSDA903_CODES_ZERO_ONE,
  CAREPLAN_SSDA903_CODES_RNE,
  CAREPLAN_SSDA903_CODES_LS,
  CAREPLAN_SSDA903_CODES_CIN,
  CAREPLAN_SSDA903_CODES_PLACE,
  CAREPLAN_SSDA903_CODES_PLACE_PROVIDER,
  CAREPLAN_SSDA903_CODES_REC,
  CAREPLAN_SSDA903_CODES_REASON_PLACE_CHANGE,
  CAREPLAN_SSDA903_CODES_REVIEW_CODE,
  CAREPLAN_SSDA903_CODES_SDQ_REASON,
  CAREPLAN_SSDA903_CODES_IN_TOUCH,
  CAREPLAN_SSDA903_CODES_ACTIV,
  CAREPLAN_SSDA903_CODES_ACCOM,
  CAREPLAN_SSDA903_CODES_NB_ADOPTR,
  CAREPLAN_SSDA903_CODES_SEX_ADOPTR,
  CAREPLAN_SSDA903_CODES_LS_ADOPTR,
  CAREPLAN_SSDA903_CODES_REASON_PLACED_CEASED,
  CAREPLAN_SSDA903_CODES_PREV_PERM,
  CAREPLAN_SSDA903_CODES_MISSING,
  CAREPLAN_SSDA903_CODES_SW_REASON,
  CAREPLAN_SSDA903_N_CODE_LISTS
} CareplanSsda903CodeList;

/* Where a cell goes in the model, and where the writer finds it again. */
typedef enum
{
  CAREPLAN_SSDA903_TARGET_CHILD_ID,      /* CHILD */
  CAREPLAN_SSDA903_TARGET_CHILD_DOB,     /* the child's date of birth (Header) */
  CAREPLAN_SSDA903_TARGET_CHILD_SEX,     /* the child's sex (Header) */
  CAREPLAN_SSDA903_TARGET_CHILD_UPN,
  CAREPLAN_SSDA903_TARGET_REPEATED_DOB,  /* DOB repeated in a table: checked, not stored */
  CAREPLAN_SSDA903_TARGET_REPEATED_SEX,  /* SEX repeated in UASC */
  CAREPLAN_SSDA903_TARGET_RAW,           /* kept verbatim in the item's ssda903 object */
  CAREPLAN_SSDA903_TARGET_EPISODE_START,
  CAREPLAN_SSDA903_TARGET_EPISODE_END,
  CAREPLAN_SSDA903_TARGET_EPISODE_STRING,
  CAREPLAN_SSDA903_TARGET_EVENT_DATE,
  CAREPLAN_SSDA903_TARGET_EVENT_END,
  CAREPLAN_SSDA903_TARGET_EVENT_DETAIL,
  CAREPLAN_SSDA903_TARGET_EVENT_DATE_FIELD,
  CAREPLAN_SSDA903_TARGET_EVENT_TEXT_FIELD,
} CareplanSsda903Target;

typedef struct
{
  const char               *name;       /* the header, as the DfE spells it */
  CareplanSsda903CellType   type;
  CareplanSsda903CodeList   codes;      /* CELL_CODE only */
  gboolean                  required;   /* a blank cell is a problem */
  CareplanSsda903Target     target;
  const char               *field;      /* EVENT_*_FIELD: the event's field name */
  const char             *(*get_string) (CareplanEpisode *episode);
  void                    (*set_string) (CareplanEpisode *episode,
                                         const char      *value);
} CareplanSsda903Column;

/* How the rows of a table relate to the model. */
typedef enum
{
  CAREPLAN_SSDA903_ITEM_CHILD,     /* Header: the child itself */
  CAREPLAN_SSDA903_ITEM_EPISODE,
  CAREPLAN_SSDA903_ITEM_EVENT,
  CAREPLAN_SSDA903_ITEM_OBJECT,    /* UASC, PrevPerm: a JSON object in the child's ssda903 extras */
} CareplanSsda903ItemKind;

typedef struct
{
  CareplanSsda903Table          table;
  const char                   *name;        /* "Episodes", the table's name in the DfE specification */
  const char                   *file_name;   /* what the writer calls the file */
  int                           first_year;  /* first collection year it is part of; 0: always */
  CareplanSsda903ItemKind       item_kind;
  CareplanEventKind             event_kind;  /* ITEM_EVENT only */
  gboolean                      one_per_child;
  int                           key_column;  /* the date an item cannot do without, or -1 */
  const CareplanSsda903Column  *columns;
  guint                         n_columns;
} CareplanSsda903TableSpec;

extern const CareplanSsda903TableSpec careplan_ssda903_tables[CAREPLAN_SSDA903_N_TABLES];

/* The collection years whose code lists careplan knows: 2022/23 (2023) to
 * 2026/27 (2027).  Earlier years are checked against the first, later
 * ones against the last. */
#define CAREPLAN_SSDA903_FIRST_KNOWN_YEAR 2023
#define CAREPLAN_SSDA903_LAST_KNOWN_YEAR  2027

/* Keys of the `ssda903` extras objects that are not column names. */
#define CAREPLAN_SSDA903_KEY_NO_HEADER "no_header"   /* child: no Header row */
#define CAREPLAN_SSDA903_KEY_ROWS      "rows"        /* child: rows kept whole, by table */
#define CAREPLAN_SSDA903_KEY_AT        "at"          /* a kept row's place among the child's rows */
#define CAREPLAN_SSDA903_KEY_CELLS     "cells"       /* a kept row's cells, CHILD left out */

const CareplanSsda903TableSpec *careplan_ssda903_table_for_event_kind (CareplanEventKind kind);

/* @year 0: valid in any known year. */
gboolean    careplan_ssda903_code_is_valid        (CareplanSsda903CodeList  list,
                                                   const char              *code,
                                                   int                      year);
/* Whether @code is valid in some known years and not in others. */
/* careplan_ssda903_code_is_valid() in any year, and
 * careplan_ssda903_code_depends_on_year(), from one look-up. */
gboolean    careplan_ssda903_code_check           (CareplanSsda903CodeList  list,
                                                   const char              *code,
                                                   gboolean                *depends_on_year);
gboolean    careplan_ssda903_code_depends_on_year (CareplanSsda903CodeList  list,
                                                   const char              *code);
const char *careplan_ssda903_code_list_name       (CareplanSsda903CodeList  list);
/* Why @code is not valid in @year although it is in others, as a phrase
 * ("withdrawn after 2024/25", "introduced in 2024/25"). */
char       *careplan_ssda903_describe_code_years  (CareplanSsda903CodeList  list,
                                                   const char              *code,
                                                   int                      year);
/* The careplan model's spelling of a valid code (SEX `M` is `1`, `U`
 * is NULL: not recorded). */
const char *careplan_ssda903_normalise_code       (CareplanSsda903CodeList  list,
                                                   const char              *code);
/* The return's spelling of a child's sex in @year (0: unknown, the codes
 * 1 and 2 as they are); "" for NULL. */
const char *careplan_ssda903_render_sex           (const char              *sex,
                                                   int                      year);

gboolean    careplan_ssda903_parse_date           (const char              *text,
                                                   CareplanDate            *date,
                                                   const char             **why);
gboolean    careplan_ssda903_check_partial_date   (const char              *text,
                                                   const char             **why);
void        careplan_ssda903_format_date          (CareplanDate             date,
                                                   char                     buffer[11]);
gboolean    careplan_ssda903_check_score          (const char              *text);
gboolean    careplan_ssda903_check_upn            (const char              *text);
gboolean    careplan_ssda903_check_postcode       (const char              *text);

/* 31 March of @year, the day the collection year ending in @year ends. */
CareplanDate careplan_ssda903_year_end            (int                      year);
/* The collection year (by its end) that @date falls in. */
/* The votes of careplan_ssda903_guess_collection_year(): a tally, a vote
 * for the year a date falls in, and the winner (@latest_start's year when
 * there is no vote). */
GArray      *careplan_ssda903_year_tally_new      (void);
void         careplan_ssda903_year_vote           (GArray                  *tally,
                                                   CareplanDate             date);
int          careplan_ssda903_year_elect          (GArray                  *tally,
                                                   CareplanDate             latest_start);
int          careplan_ssda903_year_of_date        (CareplanDate             date);

/* The `ssda903` extras object of an item: NULL when there is none. */
JsonObject *careplan_ssda903_peek_child    (CareplanChild   *child);
JsonObject *careplan_ssda903_ensure_child  (CareplanChild   *child);
JsonObject *careplan_ssda903_peek_episode  (CareplanEpisode *episode);
JsonObject *careplan_ssda903_ensure_episode (CareplanEpisode *episode);
JsonObject *careplan_ssda903_peek_event    (CareplanEvent   *event);
JsonObject *careplan_ssda903_ensure_event  (CareplanEvent   *event);

/* Appends the cells of @item's row of @table to @cells (char *, owned),
 * in the table's column order and the spelling of collection year @year
 * (0: not known), overrides applied.  @item is the child, an episode, an
 * event or a JsonObject according to the table's item kind. */
void        careplan_ssda903_render_row    (const CareplanSsda903TableSpec *spec,
                                            CareplanChild                  *child,
                                            gpointer                        item,
                                            int                             year,
                                            GPtrArray                      *cells);
/* The overrides of the row that @item (or @child) comes from, as
 * careplan_ssda903_render_row() reads them: NULL when there are none. */
JsonObject *careplan_ssda903_row_overrides (const CareplanSsda903TableSpec *spec,
                                           CareplanChild                  *child,
                                           gpointer                        item);
/* Cell @i of the row careplan_ssda903_render_row() renders, without
 * copying it: borrowed from @overrides (from
 * careplan_ssda903_row_overrides()) or the model, or written into @date;
 * good until either changes. */
const char *careplan_ssda903_peek_row_cell (const CareplanSsda903TableSpec *spec,
                                            guint                           i,
                                            JsonObject                     *overrides,
                                            CareplanChild                  *child,
                                            gpointer                        item,
                                            int                             year,
                                            char                            date[11]);

G_END_DECLS
