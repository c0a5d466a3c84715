/* careplan-obligation-private.h: judging obligations, the same for every rule
 *
 * docs/rules.md ("Findings") says how an obligation is judged; this is the one place
 * that says it in code.  A rule works out its obligations (an anchor, a
 * timescale, the scope whose events may satisfy it) and hands them here.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan-rule-private.h"

G_BEGIN_DECLS

/* An end date to compare: none (open) comes after every date. */
#define CAREPLAN_UNTIL_BOUND(until) ((until) == CAREPLAN_DATE_NONE ? G_MAXUINT32 : (until))

/* Whether a record's code (a 903 code, an event's sub-kind) is @code. */
static inline gboolean
careplan_is_code (const char *value,
                  const char *code)
{
  return g_strcmp0 (value, code) == 0;
}

/* A placement or a period of care, as the set of days whose events it
 * owns: [start, end) when a successor starts on its end date (the event
 * that day belongs to the successor), else [start, end]. */
typedef struct
{
  CareplanDate  start;
  CareplanDate  end;             /* CAREPLAN_DATE_NONE: open at the as-of date */
  gboolean      end_exclusive;
  const char   *noun;            /* "placement", "period of care": for messages */
} CareplanScope;

/* One obligation: an anchor and a timescale, and the words its message
 * is made of ("<what> due <due>: <count unit> after <anchor_phrase> on
 * <anchor_date>; <done_verb> <done>"). */
typedef struct
{
  const char        *what;           /* "first review", "visit" */
  const char        *done_verb;      /* "held", "visited" */
  const char        *anchor_kind;    /* docs/rules.md: "became-looked-after", "review", … */
  const char        *anchor_phrase;  /* "becoming looked after", "the visit" */
  CareplanDate       anchor_date;
  int                count;
  CareplanTimeUnit   unit;
} CareplanObligation;

/* A periodic obligation: each event of @events from @first to @last - 1
 * is an anchor whose successor is the next event in order, up to @end
 * (one past the scope's last event).  The anchor never satisfies itself. */
typedef struct
{
  const char        *what;
  const char        *done_verb;
  const char        *anchor_kind;
  const char        *anchor_phrase;
  int                count;
  CareplanTimeUnit   unit;
  GPtrArray         *events;         /* CareplanEvent, sorted by date */
  guint              first;
  guint              last;
  guint              end;
  gboolean           after_unapplied;  /* the obligation before @first was not in force: an
                                        * anchor not in force adds no second finding */
} CareplanChain;

void             careplan_scope_init_placement   (CareplanScope             *scope,
                                                  const CareplanChildIndex  *index,
                                                  guint                      placement);
void             careplan_scope_init_period      (CareplanScope             *scope,
                                                  const CareplanChildIndex  *index,
                                                  guint                      period);
/* The events of @kind that fall in @scope: [*first, *last) of
 * index->events[kind]. */
void             careplan_scope_find_events      (const CareplanScope       *scope,
                                                  const CareplanChildIndex  *index,
                                                  CareplanEventKind          kind,
                                                  guint                     *first,
                                                  guint                     *last);

/* A document for placement @placement asked for "before the placement"
 * may be dated before it starts only when it is the first placement of
 * its period: the days between the previous period's last day and its
 * start belong to no placement.  Returns the first day of that gap (0
 * when unbounded below), or the start itself when there is no gap. */
CareplanDate     careplan_scope_gap_before       (const CareplanChildIndex  *index,
                                                  guint                      placement);
/* Out of the authority's area (or at a distance, which is out of area by
 * definition, CPPCR 2010 reg 2(1)), as the record says of the episode that
 * starts the placement.  Not recorded reads as not known to be: FALSE. */
gboolean         careplan_scope_placement_is_out_of_area (const CareplanChildIndex *index,
                                                          guint                     placement);

/* The first element of @array, sorted by the guint32 at @offset in each
 * (a date, a placement's index), whose key is @key or more: its position,
 * or array->len when none is.  A binary search. */
guint            careplan_array_lower_bound      (GArray                    *array,
                                                  gsize                      offset,
                                                  guint32                    key);

/* Whether @date is one of @scope's days. */
gboolean         careplan_scope_contains         (const CareplanScope       *scope,
                                                  CareplanDate               date);
/* Whether @date (not none) comes before @scope ends, however early: a
 * record made once counts whenever it was made. */
gboolean         careplan_scope_holds_by_end     (const CareplanScope       *scope,
                                                  CareplanDate               date);
/* The placement (resp. period of care) whose days hold @date, by binary
 * search: its index in index->placements (index->periods), or G_MAXUINT
 * when @date falls in none (before the first, or between two periods). */
guint            careplan_scope_find_placement   (const CareplanChildIndex  *index,
                                                  CareplanDate               date);
guint            careplan_scope_find_period      (const CareplanChildIndex  *index,
                                                  CareplanDate               date);

/* The verdict (docs/rules.md, "Findings") for an obligation whose due date is known.
 * @candidate is the first event in scope on or after the anchor (not the
 * anchor itself), or CAREPLAN_DATE_NONE.  Adds the finding to @findings
 * and returns TRUE when the obligation was met, on time or late; adds
 * none when the obligation lapsed (its scope ended on or before @due,
 * unmet). */
gboolean         careplan_obligation_add_verdict (CareplanFindingArray      *findings,
                                                  CareplanRule              *rule,
                                                  const char                *child_id,
                                                  const CareplanObligation  *obligation,
                                                  CareplanDate               due,
                                                  const CareplanScope       *scope,
                                                  CareplanDate               candidate,
                                                  CareplanDate               as_of);

/* Checks the rule is in force on the anchor date (else `not-applicable`),
 * computes the due date with the evaluation's calendar (a date outside
 * its range gives `unknown`), judges, and appends the finding if any.
 * Returns TRUE when the obligation was met, on time or late: only then
 * does a periodic obligation go on. */
gboolean         careplan_obligation_evaluate    (CareplanRule              *rule,
                                                  const CareplanEvaluation  *evaluation,
                                                  const CareplanObligation  *obligation,
                                                  const CareplanScope       *scope,
                                                  CareplanDate               candidate,
                                                  CareplanFindingArray      *findings);

/* Appends the `not-applicable` finding and returns FALSE when the rule is
 * not in force on the obligation's anchor date; else returns TRUE.  For
 * rules that judge part of an obligation themselves. */
gboolean         careplan_obligation_in_force    (CareplanRule              *rule,
                                                  const CareplanEvaluation  *evaluation,
                                                  const CareplanObligation  *obligation,
                                                  CareplanFindingArray      *findings);

/* Like careplan_obligation_evaluate() for an obligation whose due date
 * is not "count units after the anchor": one fixed by another event (the
 * first review), a date to be met before the anchor takes effect, or a
 * period counted "beginning with" the anchor.  The rule works out @due;
 * CAREPLAN_DATE_NONE gives `unknown`, with @error (nullable) saying why
 * (a calendar range error names the range).  @due_phrase
 * says how @due was reached, in the place of "<count unit> after <anchor
 * phrase> on <date>": "<what> due <due>: <due_phrase>; …".  The
 * obligation's count and unit are not used. */
gboolean         careplan_obligation_evaluate_due (CareplanRule             *rule,
                                                   const CareplanEvaluation *evaluation,
                                                   const CareplanObligation *obligation,
                                                   CareplanDate              due,
                                                   const GError             *error,
                                                   const char               *due_phrase,
                                                   const CareplanScope      *scope,
                                                   CareplanDate              candidate,
                                                   CareplanFindingArray     *findings);

/* As careplan_obligation_evaluate_due(), @due_phrase given as message
 * parts (written only when the message is asked for). */
gboolean         careplan_obligation_evaluate_due_parts (CareplanRule             *rule,
                                                         const CareplanEvaluation *evaluation,
                                                         const CareplanObligation *obligation,
                                                         CareplanDate              due,
                                                         const GError             *error,
                                                         const CareplanMessage    *due_phrase,
                                                         const CareplanScope      *scope,
                                                         CareplanDate              candidate,
                                                         CareplanFindingArray     *findings);

/* Walks a periodic obligation, appending one finding per anchor and
 * stopping after the first that is not met: a missed event gives one
 * finding, not a cascade.  Anchors outside the rule's in-force dates give
 * one `not-applicable` finding per run of them. */
void             careplan_obligation_walk_chain  (CareplanRule              *rule,
                                                  const CareplanEvaluation  *evaluation,
                                                  const CareplanChain       *chain,
                                                  const CareplanScope       *scope,
                                                  CareplanFindingArray      *findings);

/* Adds a `not-applicable` finding for an obligation the rule does not
 * cover; @reason ends the sentence "<what> not applicable: <reason>". */
void             careplan_obligation_add_not_applicable (CareplanRule             *rule,
                                                         const CareplanEvaluation *evaluation,
                                                         const char               *what,
                                                         const char               *anchor_kind,
                                                         CareplanDate              anchor_date,
                                                         const char               *reason,
                                                         CareplanFindingArray     *findings);

/* Adds an `unknown` finding: the record cannot say; @reason ends the
 * sentence "<what> unknown: <reason>". */
void             careplan_obligation_add_unknown (CareplanRule              *rule,
                                                  const CareplanEvaluation  *evaluation,
                                                  const char                *what,
                                                  const char                *anchor_kind,
                                                  CareplanDate               anchor_date,
                                                  const char                *reason,
                                                  CareplanFindingArray      *findings);

/* Appends the `unknown` finding for a @record (its words: "placement with
 * a parent before assessment") starting on @date, where the child had no
 * placement: "<what> cannot be judged: the <record> starting <date> falls
 * in none of the child's placements". */
void             careplan_obligation_add_no_placement (CareplanRule             *rule,
                                                       const CareplanEvaluation *evaluation,
                                                       const char               *what,
                                                       const char               *anchor_kind,
                                                       CareplanDate              date,
                                                       const char               *record,
                                                       CareplanFindingArray     *findings);

/* The first day of the @months before @scope starts (an event then counts
 * too, as reg 7(1)'s earlier health assessment does). */
CareplanDate     careplan_scope_prior_start      (const CareplanScope       *scope,
                                                  int                        months);

/* For an obligation of each period of care due "by the n-th review": the
 * due date, from the dates of the period's first and second reviews (each
 * CAREPLAN_DATE_NONE while not held), and @phrase (an empty message, at
 * most 12 parts to add) saying how it was reached; CAREPLAN_DATE_NONE with
 * @error when the calendar cannot say. */
typedef CareplanDate (*CareplanByReviewDue) (CareplanRule              *rule,
                                             const CareplanEvaluation  *evaluation,
                                             const CareplanPeriodSpan  *period,
                                             CareplanDate               first_review,
                                             CareplanDate               second_review,
                                             CareplanMessage           *phrase,
                                             GError                   **error);

/* Judges, for each period of care, an obligation (@what, @done_verb) from
 * becoming looked after, due when @due_func says and met by the first
 * event of @met_by in the period or the @prior_months before it.  With
 * @short_breaks (nullable), a series of short breaks is skipped as
 * careplan_obligation_skip_short_break_period() says. */
void             careplan_obligation_evaluate_by_review (CareplanRule             *rule,
                                                         const CareplanEvaluation *evaluation,
                                                         const char               *what,
                                                         const char               *done_verb,
                                                         CareplanEventKind         met_by,
                                                         int                       prior_months,
                                                         const char               *short_breaks,
                                                         CareplanByReviewDue       due_func,
                                                         CareplanFindingArray     *findings);

/* When period @period of the evaluation is a series of short breaks
 * (reg 48), appends one `not-applicable` finding saying "the period of care
 * from <start> is a series of short breaks, <because>" and returns TRUE:
 * the family's rule then skips the period. */
gboolean         careplan_obligation_skip_short_break_period (const CareplanEvaluation *evaluation,
                                                              CareplanRule             *rule,
                                                              guint                     period,
                                                              const char               *what,
                                                              const char               *because,
                                                              CareplanFindingArray     *findings);

/* When placement @placement is part of a series of short breaks (reg 48),
 * appends one `not-applicable` finding saying "the placement from <start>
 * is a short break, <because>" and returns TRUE: the rule then skips it. */
gboolean         careplan_obligation_skip_short_break_placement (const CareplanEvaluation *evaluation,
                                                                 CareplanRule             *rule,
                                                                 guint                     placement,
                                                                 const char               *what,
                                                                 const char               *because,
                                                                 CareplanFindingArray     *findings);

/* One `not-applicable` finding for the placement @scope, on some of whose
 * days visits follow @regimes (a description of the special regimes of
 * reg 28(3) to (5) or (3A)) instead. */
void             careplan_obligation_add_regime_not_applicable (CareplanRule             *rule,
                                                                const CareplanEvaluation *evaluation,
                                                                const CareplanScope      *scope,
                                                                const char               *what,
                                                                const char               *regimes,
                                                                CareplanFindingArray     *findings);

/* --- rules as rows ----------------------------------------------------
 *
 * Most statutory rules have one shape: for each period of care (or
 * placement, or event of a kind), an obligation from its start "within"
 * a time limit, met by the first event of a kind in the same scope, and
 * then, for a periodic rule, one obligation "every" so long after each
 * such event.  A rule of that shape is a row: a CareplanObligationSpec
 * beside its citation, interpreted by careplan_obligation_evaluate_spec(),
 * which owns the loop, the short-break exclusion, the in-force dates and
 * the scope matching.  Time limits are the rule's parameters, named.  A
 * local policy target (careplan-rules-local.c) is a row too, so a
 * council's target and a statute are judged by the same code.  Every
 * field has a default of zero or NULL that leaves the common shape as it
 * is; docs/rules.md ("Rules as rows") says the same for readers. */
typedef enum
{
  CAREPLAN_OBLIGATION_PER_PERIOD,      /* each period of care, from becoming looked after */
  CAREPLAN_OBLIGATION_PER_PLACEMENT,   /* each placement, from its start */
  CAREPLAN_OBLIGATION_PER_EVENT,       /* each event of spec->anchor_event, from its date */
  CAREPLAN_OBLIGATION_PER_VISIT_REGIME, /* each window of the special visit regime
                                        * spec->visit_regime (reg 28(3) to (5)), from its start */
  CAREPLAN_OBLIGATION_PER_ACCOMMODATION, /* the care leaver's accommodation (CLR 2010 reg 8),
                                          * from accommodation_from, to the `until_age` birthday */
  CAREPLAN_OBLIGATION_PER_BIRTHDAY,    /* the period of care holding the child's birthday at
                                        * spec->birthday_age, from that birthday */
  CAREPLAN_OBLIGATION_PER_ELIGIBILITY, /* the child's time as an eligible child (CPPCR 2010
                                        * reg 40), from the day it began: the 16th birthday
                                        * for a child eligible by then; to leaving care or
                                        * the 18th birthday, that day excluded */
} CareplanObligationPer;

/* A date the care leaver's record holds once (not a list of events). */
typedef enum
{
  CAREPLAN_OBLIGATION_CARE_LEAVER_NONE,
  CAREPLAN_OBLIGATION_CARE_LEAVER_NEEDS_ASSESSMENT,   /* `needs_assessment` */
} CareplanObligationCareLeaverDate;

/* A date of an event: its own date (its start), its end ("completed",
 * "returned"), its approval, or the date field named by the row
 * (spec->met_by_field: a missing episode's "return_interview"). */
typedef enum
{
  CAREPLAN_OBLIGATION_EVENT_NONE,
  CAREPLAN_OBLIGATION_EVENT_DATE,
  CAREPLAN_OBLIGATION_EVENT_END,
  CAREPLAN_OBLIGATION_EVENT_APPROVED,
  CAREPLAN_OBLIGATION_EVENT_FIELD,
} CareplanObligationEventDate;

/* PER_EVENT: the days whose events may meet an anchor's obligation, and
 * after whose end it lapses. */
typedef enum
{
  CAREPLAN_OBLIGATION_EVENT_SCOPE_OPEN,       /* from the anchor on; met before the next anchor */
  CAREPLAN_OBLIGATION_EVENT_SCOPE_PLACEMENT,  /* the placement holding the event's date, its
                                               * last day counting (a decision on the day the
                                               * child moves on answers for the placement) */
  CAREPLAN_OBLIGATION_EVENT_SCOPE_OWN,        /* the event's own days, from its date to its end
                                               * as known at the as-of date */
} CareplanObligationEventScope;

/* One of the events that must all be recorded to meet a local target. */
typedef struct
{
  CareplanEventKind    kind;
  const char * const  *details;   /* NULL-terminated; NULL: any detail */
} CareplanObligationRequirement;

struct _CareplanObligationSpec
{
  CareplanObligationPer  per;
  /* PER_EVENT: the anchor, its phrase ("the adoption ceremony") and the
   * noun of the scope it opens (up to the next such event, or open). */
  CareplanEventKind      anchor_event;
  const char            *anchor_phrase;
  const char            *scope_noun;
  guint                  anchor_from;      /* the first anchor is the (anchor_from + 1)-th event */
  gboolean               while_accommodated; /* only anchors dated from the care leaver's
                                              * accommodation_from (CLR 2010 reg 8) */

  /* PER_EVENT: which of the anchor event's dates is the anchor (NONE:
   * its date); the anchor's kind in findings (NULL: the event kind's
   * name); the scope of its obligation; for SCOPE_PLACEMENT, the words
   * naming the record in the `unknown` finding of an event in no
   * placement (NULL: no finding).  An anchor date not yet known at the
   * as-of date (an assessment not completed) owes nothing yet. */
  CareplanObligationEventDate  anchor_date_of;
  const char                  *anchor_kind;
  CareplanObligationEventScope event_scope;
  const char                  *no_placement;
  /* PER_EVENT: only anchors of a former looked-after child: not looked
   * after on the event's date (a period of care ending that day has
   * ended) and looked after before it; others get one `not-applicable`
   * finding saying which. */
  gboolean               former_looked_after;

  /* PER_BIRTHDAY: the age, in whole years, whose birthday (by the
   * evaluation's leap-day policy) anchors the obligation; anchor_phrase
   * names it ("the 16th birthday").  One obligation, owed when the child
   * is looked after on that day (a period of care ending that day has
   * ended), in that period of care; what the child has by then counts, so
   * an event of the period dated before the birthday meets it too.  A
   * birthday after the as-of date owes nothing yet; without a date of
   * birth: one `unknown` finding. */
  guint                  birthday_age;

  /* PER_ACCOMMODATION: a parameter naming the birthday (an age in whole
   * years) on which the scope ends, its day excluded; none without a date
   * of birth.  An accommodation first provided on or after it owes nothing
   * (one `not-applicable` finding). */
  const char            *until_age;

  /* Not NULL: parameters naming the youngest and oldest age, in whole
   * years, on the day of the scope's start, for which the obligation is
   * owed ("every looked-after child of 3 to 17").  Outside them: one
   * `not-applicable` finding "outside the <ages_of> ages <min> to <max>";
   * without a date of birth: `unknown`.  Judged only when the rule is in
   * force on that day. */
  const char            *min_age;
  const char            *max_age;
  const char            *ages_of;          /* "PEP" */

  /* What meets an obligation: the first event of this kind (with this
   * detail, when not NULL; or none recorded, when met_by_detail_or_unset)
   * in the scope, on or after the anchor. */
  CareplanEventKind      met_by;
  const char            *met_by_detail;
  gboolean               met_by_detail_or_unset;
  const char            *done_verb;        /* "held", "checked" */
  /* PER_EVENT: the anchor event's own date of this sort meets it (dated
   * from the anchor, known at the as-of date) instead of an event of
   * met_by; with and_met_by, both are needed and the later is the day it
   * was met. */
  CareplanObligationEventDate  met_by_own;
  const char            *met_by_field;
  /* Instead of met_by: the care leaver's one date of this sort, recorded
   * by the as-of date and before the scope ends, whenever made (reg 42's
   * needs assessment). */
  CareplanObligationCareLeaverDate met_by_care_leaver;
  gboolean               and_met_by;
  /* PER_EVENT: not NULL, a parameter: while it is 1, an anchor event
   * whose yes/no fact is yes (careplan_event_get_flag(): a return
   * interview offered) and which has no date of its own that meets the
   * obligation is `met`, with no done date, the message ending with
   * met_by_flag_phrase ("offered, with no interview recorded …"). */
  const char            *met_by_flag;
  const char            *met_by_flag_phrase;
  /* PER_EVENT: not NULL, the sub-kind of anchor event the rule does not
   * cover (a missing episode's `A`, an absence), each one
   * `not-applicable` with excluded_reason, unless the parameter
   * excluded_unless (nullable) is 1. */
  const char            *excluded_sub_kind;
  const char            *excluded_unless;
  const char            *excluded_reason;

  /* Instead of met_by (a local policy target): every one of these must be
   * recorded, each the first of its kind (and details) in the scope on or
   * after the anchor; the latest of them is the day it was met.  With
   * `every`, the next obligation runs from that day (every_anchor_phrase),
   * and the events that met one obligation never meet the next. */
  const CareplanObligationRequirement *requirements;
  guint                  n_requirements;
  /* PER_EVENT: each anchor belongs to the period of care whose days hold
   * it (none: the child was not looked after, no obligation), and the
   * events of that period meet its obligations. */
  gboolean               anchor_in_period;
  /* The reg 48 not-applicable finding names the period of care ("the
   * period of care from <its start> is a series of short breaks, …")
   * whatever the anchor. */
  gboolean               short_breaks_by_period;

  /* PER_PLACEMENT, for a document asked for "before the placement or, in
   * an emergency, within N working days of its start" (CPPCR 2010 regs 9,
   * 13): the latest such document dated before the placement also meets
   * it, if dated after the previous placement of the period started and
   * after the document that met that placement's obligation (one document
   * never serves two placements); for the first placement of a period,
   * any dated in the gap since the previous period of care ended. */
  gboolean               before_start;
  /* PER_PLACEMENT, for reg 28(2)'s visits: they give way to the special
   * regimes of reg 28(3) to (5) (careplan-visit-regimes-private.h).  The
   * first obligation is `not-applicable` when a special regime governs the
   * placement's first day; visits dated in a regime's window anchor no
   * `every` obligation here (their regime's), and one `not-applicable`
   * finding per placement names the regimes met on the anchors' days.
   * The anchor visit's date decides its regime. */
  gboolean               visit_regimes;
  /* PER_VISIT_REGIME: the regime (a CareplanVisitRegime); the first
   * obligation runs from the window's start, met by the first visit in
   * the placement from then; each visit dated in the window anchors the
   * next (`every`). */
  int                    visit_regime;
  /* Not NULL: a parameter naming months from the scope's start: only
   * events dated up to and on that anniversary anchor `every`
   * obligations (reg 28(2)(b)'s first year). */
  const char            *every_until;

  /* PER_PLACEMENT: only placements recorded as out of the authority's area
   * (or at a distance) on their first episode (CPPCR 2010 regs 11, 13(4)). */
  gboolean               out_of_area_only;

  /* The first obligation, from the scope's start: NULL `within` for none.
   * `within` and `prior` name parameters of the rule; `prior` (nullable)
   * is a number of months before the scope within which an event counts
   * too (reg 7(1)'s earlier assessment). */
  const char            *what;
  const char            *within;
  const char            *prior;

  /* Or, PER_EVENT only, an obligation due `before` (a parameter: days,
   * 1 for "dated before the anchor's day") the anchor itself, met by the
   * first event of `met_by` dated from the previous anchor on (when the
   * parameter named `since` is 1; else from the first anchor's scope, the
   * accommodation for `while_accommodated`), however late. */
  const char            *before;
  const char            *since;

  /* Then, NULL `every` for none: each event of `met_by` in the scope from
   * the (every_from + 1)-th on (every_count of them; 0: all) makes the
   * next due `every` after its actual date. */
  const char            *every;
  const char            *every_what;
  const char            *every_anchor_phrase;
  guint                  every_from;
  guint                  every_count;

  /* Not NULL: a period of care made only of short breaks (reg 48) gets
   * one `not-applicable` finding ending with these words ("whose reviews
   * follow regulation 48"), and no obligation; PER_PLACEMENT: one for
   * each of its placements ("the placement from <date> is a short break,
   * <these words>"). */
  const char            *short_breaks;
};

/* The care leaver's date of sort @which, if recorded by the as-of date
 * and before @scope ends (whenever made), else CAREPLAN_DATE_NONE. */
CareplanDate     careplan_obligation_care_leaver_date (const CareplanEvaluation         *evaluation,
                                                       CareplanObligationCareLeaverDate  which,
                                                       const CareplanScope              *scope);

/* Evaluates a rule defined by a row (definition->spec). */
void             careplan_obligation_evaluate_spec (CareplanRule             *rule,
                                                    const CareplanEvaluation *evaluation,
                                                    CareplanFindingArray     *findings);

/* One line saying what the row asks, for the rules catalogue: "for each
 * period of care: first review within 20 working days (`working_days`)
 * after becoming looked after, met by a review; short breaks (reg 48):
 * not applicable". */
char            *careplan_obligation_spec_describe (const CareplanObligationSpec *spec,
                                                    CareplanRule                 *rule);

typedef enum
{
  CAREPLAN_AGE_IN_RANGE,
  CAREPLAN_AGE_OUT_OF_RANGE,
  CAREPLAN_AGE_UNKNOWN,
} CareplanAgeVerdict;

/* Whether the child is aged @min_age to @max_age (whole years) on @date;
 * if not, *@reason (owned) says why: "the child is aged <n> at
 * <date_phrase> on <date>, outside the <ages_of> ages <min> to <max>", or,
 * without a date of birth, that it is not known. */
CareplanAgeVerdict careplan_obligation_age_verdict (const CareplanEvaluation *evaluation,
                                                    int                       min_age,
                                                    int                       max_age,
                                                    const char               *ages_of,
                                                    CareplanDate              date,
                                                    const char               *date_phrase,
                                                    char                    **reason);

/* An event kind's words in a sentence (the model's table of event
 * kinds): "life-story-work" reads "life story work", "pa-visit"
 * "personal adviser visit". */
char            *careplan_obligation_event_kind_words (CareplanEventKind    kind);

/* "20 working days", "6 weeks" (a whole number of weeks of days reads as
 * weeks), "3 months". */
char            *careplan_obligation_format_timescale (int                  count,
                                                       CareplanTimeUnit     unit);
/* The same as message parts: a number and its unit, no text copied.
 * FALSE (after a critical) for a unit with no name. */
gboolean         careplan_obligation_add_timescale    (CareplanMessage     *message,
                                                       int                  count,
                                                       CareplanTimeUnit     unit);

G_END_DECLS
