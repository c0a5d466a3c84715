/* careplan-rules-permanence.c: permanence, adoption and care proceedings
 * (Volume 2 guidance; adoption guidance; CA 1989 s32)
 *
 * The permanence plan belongs to a period of care and is timed by its
 * reviews.  The adoption obligations run from the adoption ceremony,
 * after the child has stopped being looked after, so they belong to no
 * period of care and never lapse; the 26-week limit runs from the issue of
 * the application, whatever the child's placements.  Each obligation is
 * judged by careplan-obligation.c; this file only says what the
 * obligations are.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

#define VOLUME_2 "The Children Act 1989 Guidance and Regulations Volume 2: Care Planning, " \
                 "Placement and Case Review"
/* The publication page; the catalogue read the guidance only as quoted by
 * local-authority procedures. */
#define VOLUME_2_URL "https://www.gov.uk/government/publications/children-act-1989-care-planning-placement-and-case-review"
/* Volume 2 was published on 31 March 2010 as the guidance to CPPCR 2010,
 * with which it took effect on 1 April 2011 (CPPCR reg 1(1)). */
#define VOLUME_2_IN_FORCE "2011-04-01"
#define ADOPTION_GUIDANCE_URL "https://www.gov.uk/government/publications/adoption-statutory-guidance-2013"
/* The catalogue dates the guidance "July 2013" without a day: the rules
 * apply to ceremonies from the first of that month. */
#define ADOPTION_GUIDANCE_IN_FORCE "2013-07-01"

static const CareplanRuleSource volume_2 = {
  .family = "permanence", .kind = CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE,
  .instrument = VOLUME_2, .in_force_from = VOLUME_2_IN_FORCE,
};

static const CareplanRuleSource adoption_guidance = {
  .family = "permanence", .kind = CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE,
  .instrument = "Adoption: statutory guidance (DfE, July 2013, as updated)",
  .in_force_from = ADOPTION_GUIDANCE_IN_FORCE,
};

static const CareplanRuleSource ca_1989 = {
  .family = "permanence", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CA_1989, .in_force_from = "2014-04-22",
};

/* ---------------------------------------------------------------------
 * guidance.vol2.permanence-plan-by-second-review
 *
 * The care plan must say "by the time of the second Looked After Review,
 * how permanence will be achieved" (Volume 2 ch. 2, as quoted by local
 * procedures; paragraph number UNCONFIRMED) — CONFIRMED-SECONDARY.
 *
 * Per period of care, satisfied by the first `permanence_plans[]` record
 * of the period.  The due date is the second review's date once it is
 * held (an event-based timescale).  Until then it is the latest date the
 * second review could lawfully be held, at the as-of date:
 *  - first review held: 3 months after it (reg 33(2));
 *  - no review yet: 3 months after the first review's own deadline, 20
 *    working days after becoming looked after (reg 33(1)) — the
 *    statutory backstop ("at most about 20 WD + 3 months").
 * So the due date can move later when the reviews themselves are late.
 * A series of short breaks has a short-break care plan (reg 48) and is
 * not applicable.
 */
/* Not a row: due "by the second review", a date fixed by other events (or
 * their deadlines while they are not held). */
static CareplanDate
permanence_plan_due (CareplanRule              *rule,
                     const CareplanEvaluation  *evaluation,
                     const CareplanPeriodSpan  *period,
                     CareplanDate               first_review,
                     CareplanDate               second_review,
                     CareplanMessage           *phrase,
                     GError                   **error)
{
  int first_review_days = careplan_rule_get_parameter_value (rule, 0);
  int interval = careplan_rule_get_parameter_value (rule, 1);
  CareplanDate deadline;

  if (second_review != CAREPLAN_DATE_NONE)
    {
      careplan_message_add_static (phrase, "by the second review, held on ");
      careplan_message_add_date (phrase, second_review);
      return second_review;
    }
  if (first_review != CAREPLAN_DATE_NONE)
    {
      careplan_message_add_static (phrase, "by the second review, not yet held and due ");
      careplan_obligation_add_timescale (phrase, interval, CAREPLAN_TIME_UNIT_MONTHS);
      careplan_message_add_static (phrase, " after the first review on ");
      careplan_message_add_date (phrase, first_review);
      return careplan_calendar_add (evaluation->calendar, first_review, (guint) interval,
                                    CAREPLAN_TIME_UNIT_MONTHS, error);
    }

  careplan_message_add_static (phrase, "by the second review, with no review held yet: at the "
                               "latest ");
  careplan_obligation_add_timescale (phrase, interval, CAREPLAN_TIME_UNIT_MONTHS);
  careplan_message_add_static (phrase, " after the first review's deadline, ");
  careplan_obligation_add_timescale (phrase, first_review_days, CAREPLAN_TIME_UNIT_WORKING_DAYS);
  careplan_message_add_static (phrase, " after becoming looked after on ");
  careplan_message_add_date (phrase, period->start);
  deadline = careplan_calendar_add (evaluation->calendar, period->start, (guint) first_review_days,
                                    CAREPLAN_TIME_UNIT_WORKING_DAYS, error);
  return deadline == CAREPLAN_DATE_NONE
           ? CAREPLAN_DATE_NONE
           : careplan_calendar_add (evaluation->calendar, deadline, (guint) interval,
                                    CAREPLAN_TIME_UNIT_MONTHS, error);
}

static void
permanence_plan (CareplanRule             *rule,
                 const CareplanEvaluation *evaluation,
                 CareplanFindingArray     *findings)
{
  careplan_obligation_evaluate_by_review (rule, evaluation, "permanence plan", "recorded",
                                          CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, 0,
                                          "whose short-break care plan follows regulation 48",
                                          permanence_plan_due, findings);
}

static const CareplanRuleDefinition permanence_plan_rule = {
  .id = "guidance.vol2.permanence-plan-by-second-review", .source = &volume_2,
  .title = "Plan for permanence in the care plan by the second review",
  .provision = "chapter 2, permanence planning (paragraph number unconfirmed)", .url = VOLUME_2_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "first_review_working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "while no review is held: working days after becoming looked after by which the first "
      "review is due (keep equal to reg33-1's working_days); the plan is then due 3 months "
      "after that deadline" },
    { "second_review_interval", 3, CAREPLAN_TIME_UNIT_MONTHS,
      "while the second review is not held: months after the first review (or its deadline) "
      "by which the second review, and so the plan, is due (keep equal to reg33-2's interval)" }),
  .evaluate = permanence_plan,
};

/* ---------------------------------------------------------------------
 * adoption.life-story-book
 *
 * "The completed life story book should be presented within ten working
 * days of the adoption ceremony" (adoption statutory guidance ch. 5, as
 * quoted by local procedures; paragraph UNCONFIRMED) — CONFIRMED-SECONDARY.
 * The ceremony is the celebration hearing (`adoption_ceremonies[]`), not
 * the adoption order; its day is not counted.  Satisfied by
 * `life_story_work[]` of kind "completed" dated on or after the ceremony:
 * a book completed earlier is still to be handed over then.  The first
 * stage (at the second review of the adoptive placement) is not checked.
 */
static const CareplanRuleDefinition life_story_book = {
  .id = "adoption.life-story-book", .source = &adoption_guidance,
  .title = "Completed life story book within 10 working days of the adoption ceremony",
  .provision = "chapter 5, life story book (paragraph number unconfirmed)",
  .url = ADOPTION_GUIDANCE_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after the adoption ceremony by which the completed life story book is due" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_EVENT,
    .anchor_event = CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY,
    .anchor_phrase = "the adoption ceremony", .scope_noun = "adoption",
    .what = "completed life story book", .within = "working_days",
    .met_by = CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, .met_by_detail = "completed",
    .done_verb = "presented",
  },
};

/* ---------------------------------------------------------------------
 * adoption.later-life-letter
 *
 * "It is handed to the adoptive parents in an open envelope, within 10
 * working days of the adoption ceremony, i.e. the ceremony to celebrate
 * the making of the adoption order." (local procedures, Kent and Herts)
 * — CONFIRMED-SECONDARY.  The catalogue names no instrument; the
 * procedures implement the adoption statutory guidance, cited here.
 * Satisfied by `later_life_letters[]` dated on or after the ceremony.
 */
static const CareplanRuleDefinition later_life_letter = {
  .id = "adoption.later-life-letter", .source = &adoption_guidance,
  .title = "Later life letter to the adopters within 10 working days of the adoption ceremony",
  .provision = "later life letter, as applied by local adoption procedures (paragraph "
                 "number unconfirmed)",
  .url = ADOPTION_GUIDANCE_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after the adoption ceremony by which the later life letter is due" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_EVENT,
    .anchor_event = CAREPLAN_EVENT_KIND_ADOPTION_CEREMONY,
    .anchor_phrase = "the adoption ceremony", .scope_noun = "adoption",
    .what = "later life letter", .within = "working_days",
    .met_by = CAREPLAN_EVENT_KIND_LATER_LIFE_LETTER,
    .done_verb = "handed over",
  },
};

/* ---------------------------------------------------------------------
 * ca1989.s32.26-week-limit
 *
 * "(ii) in any event within twenty-six weeks beginning with the day on
 * which the application was issued" (s32(1)(a), inserted by the Children
 * and Families Act 2014 s14) — CONFIRMED-PRIMARY.
 *
 * "Beginning with" counts the issue day as day 1 (docs/rules.md: the day of
 * the event is excluded): the last day is issue + 26 weeks − 1 day (Mon 6
 * Jan 2025 → Sun 6 Jul 2025).  An extension under s32(5) (`extended_to`)
 * replaces the last day when it is later; the 8-week cap of each extension
 * (s32(8), UNCONFIRMED wording) is not checked.  Met by the final order
 * (`final_order`).  One finding per set of proceedings, which belong to no
 * placement or period of care.
 *
 * In force for applications issued from 22 April 2014: SI 2014/889 art
 * 4(c) (read in its as-made text; a secondary source gives "1 Apr 2014
 * / 13 May 2014" as UNCONFIRMED).
 */
/* Not a row: 26 weeks beginning with the issue day (that day counted), an
 * extension (`extended_to`) replacing the last day, for proceedings that
 * belong to no placement or period of care. */
static void
twenty_six_weeks (CareplanRule             *rule,
                  const CareplanEvaluation *evaluation,
                  CareplanFindingArray     *findings)
{
  GPtrArray *proceedings = evaluation->index->events[CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS];
  int weeks = careplan_rule_get_parameter_value (rule, 0);
  guint k;

  for (k = 0; k < proceedings->len; k++)
    {
      CareplanEvent *event = g_ptr_array_index (proceedings, k);
      CareplanDate issued = careplan_event_get_date (event);
      CareplanDate extended_to = careplan_event_get_extended_to (event);
      g_autoptr(GError) error = NULL;
      g_autofree char *timescale = NULL;
      g_autofree char *phrase = NULL;
      CareplanObligation obligation = {
        .what = "final order",
        .done_verb = "made",
        .anchor_kind = "proceedings-issued",
        .anchor_phrase = "the issue of the application",
        .anchor_date = issued,
      };
      CareplanScope scope = {
        .start = issued,
        .end = CAREPLAN_DATE_NONE,
        .end_exclusive = FALSE,
        .noun = "proceedings",
      };
      CareplanDate limit;
      CareplanDate due;
      char issued_iso[CAREPLAN_DATE_ISO_LENGTH];
      char limit_iso[CAREPLAN_DATE_ISO_LENGTH];

      timescale = careplan_obligation_format_timescale (weeks, CAREPLAN_TIME_UNIT_WEEKS);
      careplan_date_format_iso (issued, issued_iso);
      limit = careplan_calendar_add (evaluation->calendar, issued, (guint) weeks,
                                     CAREPLAN_TIME_UNIT_WEEKS, &error);
      /* "Beginning with": the issue day is the first of the period. */
      if (limit != CAREPLAN_DATE_NONE && weeks > 0)
        limit = careplan_date_add_days (limit, -1);
      due = limit;

      if (limit != CAREPLAN_DATE_NONE && extended_to != CAREPLAN_DATE_NONE && extended_to > limit)
        {
          careplan_date_format_iso (limit, limit_iso);
          due = extended_to;
          phrase = g_strdup_printf ("extended under section 32(5); %s beginning with the day the "
                                    "application was issued on %s ended %s",
                                    timescale, issued_iso, limit_iso);
        }
      else
        phrase = g_strdup_printf ("%s beginning with the day the application was issued on %s",
                                  timescale, issued_iso);

      careplan_obligation_evaluate_due (rule, evaluation, &obligation, due, error, phrase, &scope,
                                        careplan_event_get_end (event), findings);
    }
}

static const CareplanRuleDefinition twenty_six_weeks_rule = {
  .id = "ca1989.s32.26-week-limit", .source = &ca_1989,
  .title = "Care and supervision proceedings disposed of within 26 weeks beginning with the "
           "day of issue",
  .provision = "section 32(1)(a)(ii) (inserted by the Children and Families Act 2014, "
                 "section 14)",
  .url = "https://www.legislation.gov.uk/ukpga/1989/41/section/32",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "weeks", 26, CAREPLAN_TIME_UNIT_WEEKS,
      "weeks, beginning with the day the application was issued, within which the "
      "proceedings are to be disposed of" }),
  .evaluate = twenty_six_weeks,
};

CareplanRuleFamily careplan_rules_permanence = {
  &permanence_plan_rule, &life_story_book, &later_life_letter, &twenty_six_weeks_rule,
  NULL,
};
