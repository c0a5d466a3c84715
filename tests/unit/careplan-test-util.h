/* careplan-test-util.h: helpers shared by the cmocka unit tests
 *
 * The rule and engine tests build children from ISO dates, run one rule at
 * an as-of date and compare findings as one-line summaries, so that a
 * failure prints the whole list a rule gave.  Every helper fails the
 * running test (cmocka) rather than returning an error.  The `cpt_` prefix
 * stands for "careplan test".
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan.h"

G_BEGIN_DECLS

/* Parses @iso (YYYY-MM-DD), failing the test when it is not a date. */
CareplanDate      cpt_date                    (const char        *iso);

/* The date of birth of cpt_child_new()'s children. */
#define CPT_DEFAULT_DATE_OF_BIRTH "2012-06-15"

/* A child @id born on %CPT_DEFAULT_DATE_OF_BIRTH. (transfer full) */
CareplanChild    *cpt_child_new               (const char        *id);

/* A child @id born on @date_of_birth (NULL: not recorded). (transfer full) */
CareplanChild    *cpt_child_born              (const char        *id,
                                               const char        *date_of_birth);

/* Adds an episode (CIN N1, provider PR1); @end and @rec may be NULL (open episode). (transfer none) */
CareplanEpisode  *cpt_add_episode             (CareplanChild     *child,
                                               const char        *start,
                                               const char        *end,
                                               const char        *rne,
                                               const char        *legal_status,
                                               const char        *placement_type,
                                               const char        *rec);

/* A child @id born on @date_of_birth, looked after from @start (S, C2) in one open @placement_type placement. (transfer full) */
CareplanChild    *cpt_looked_after_from       (const char        *id,
                                               const char        *date_of_birth,
                                               const char        *start,
                                               const char        *placement_type);

/* Adds one event of @kind on @iso; owned by @child, valid while it lives. (transfer none) */
CareplanEvent    *cpt_add_event               (CareplanChild     *child,
                                               CareplanEventKind  kind,
                                               const char        *iso);

/* Adds one event of @kind on each of the NULL-terminated ISO dates that follow. */
void              cpt_add_events              (CareplanChild     *child,
                                               CareplanEventKind  kind,
                                               ...) G_GNUC_NULL_TERMINATED;

/* Adds one event of @kind on @iso with @detail (may be NULL). */
void              cpt_add_event_with_detail   (CareplanChild     *child,
                                               CareplanEventKind  kind,
                                               const char        *iso,
                                               const char        *detail);

/* Looks @rule_id up in @rulebook, failing the test when it has no such rule. (transfer none) */
CareplanRule     *cpt_lookup_rule             (CareplanRulebook  *rulebook,
                                               const char        *rule_id);

/* The findings a rule added to @findings (taken over), as CareplanFinding
 * objects made as the engine's list makes them. (transfer full) */
typedef struct _CareplanFindingArray CareplanFindingArray;
GPtrArray        *cpt_findings_to_objects     (CareplanFindingArray *findings);

/* Evaluates @rule for @child at @as_of with @calendar (leap day → 1 March). (transfer full) */
GPtrArray        *cpt_run_rule_with_calendar  (CareplanRule      *rule,
                                               CareplanChild     *child,
                                               const char        *as_of,
                                               CareplanCalendar  *calendar);

/* Evaluates @rule (NULL fails the test) with the default calendar. (transfer full) */
GPtrArray        *cpt_run_rule                (CareplanRule      *rule,
                                               CareplanChild     *child,
                                               const char        *as_of);

/* Evaluates the default rulebook's @rule_id with the default calendar. (transfer full) */
GPtrArray        *cpt_run                     (const char        *rule_id,
                                               CareplanChild     *child,
                                               const char        *as_of);

/* Evaluates the default rulebook's @rule_id with the 2011 bank holidays (before the built-in calendar). (transfer full) */
GPtrArray        *cpt_run_2011                (const char        *rule_id,
                                               CareplanChild     *child,
                                               const char        *as_of);

/* Evaluates the default rulebook's @rule_id with its parameter @name set to @value. (transfer full) */
GPtrArray        *cpt_run_with_parameter      (const char        *rule_id,
                                               const char        *name,
                                               int                value,
                                               CareplanChild     *child,
                                               const char        *as_of);
/* Setting @name of @rule_id to @value is refused, saying @message. */
void          cpt_assert_parameter_refused (const char    *rule_id,
                                            const char    *name,
                                            int            value,
                                            const char    *message);

/* "met became-looked-after@2024-12-20 due=2025-01-22 done=2025-01-22 late=-" ("-": none). (transfer full) */
char             *cpt_summarize               (CareplanFinding   *finding);

/* Compares the summaries of @findings with the NULL-terminated summaries that follow. */
void              cpt_assert_findings         (GPtrArray         *findings,
                                               ...) G_GNUC_NULL_TERMINATED;

/* As cpt_assert_findings(), and checks every message names its due date. */
void              cpt_assert_findings_naming_due (GPtrArray      *findings,
                                                  ...) G_GNUC_NULL_TERMINATED;

/* The @i-th finding, failing the test when there are fewer. (transfer none) */
CareplanFinding  *cpt_finding_at              (GPtrArray         *findings,
                                               guint              i);

/* The message of the @i-th finding, failing the test when there are fewer. */
const char       *cpt_message_at              (GPtrArray         *findings,
                                               guint              i);

/* Asserts the summary of the @i-th finding is @expected. */
void              cpt_assert_summary_at       (GPtrArray         *findings,
                                               guint              i,
                                               const char        *expected);

/* Asserts the message of the @i-th finding contains @text. */
void              cpt_assert_message_contains (GPtrArray         *findings,
                                               guint              i,
                                               const char        *text);

/* Asserts @rule_id is in @rulebook with @family, @confirmation, @provision, @url and @in_force_from (ISO). (transfer none) */
CareplanRule     *cpt_assert_rule_citation    (CareplanRulebook     *rulebook,
                                               const char           *rule_id,
                                               const char           *family,
                                               CareplanConfirmation  confirmation,
                                               const char           *provision,
                                               const char           *url,
                                               const char           *in_force_from);

/* Asserts @rule_id in @rulebook has the parameter @name with @value in @unit. */
void              cpt_assert_rule_parameter   (CareplanRulebook  *rulebook,
                                               const char        *rule_id,
                                               const char        *name,
                                               int                value,
                                               CareplanTimeUnit   unit);

G_END_DECLS
