/* careplan-rules-care-planning.c: care plans, placement plans, notices and
 * approvals (CPPCR 2010 regs 4, 9, 11, 13; CA 1989 s25A)
 *
 * The care plan and the IRO belong to a period of care; the placement
 * plan, the notices and the out-of-area approval to a placement (episodes
 * grouped by carer: a move or a new period starts one, a change of legal
 * status does not).  The placement plan and both reg 13 notices are rows
 * (CareplanObligationSpec with `before_start`) that careplan-obligation.c
 * interprets; the care plan, the approval and the IRO are functions, each
 * saying why.
 *
 * Documents asked for "before the placement" (the care plan, the
 * placement plan, the notifications) may be dated before the placement
 * starts.  A date between two periods of care, or before the first,
 * belongs to no placement (docs/rules.md), so such a document is counted for
 * the period that starts next: it can only have been prepared for it.  A
 * planned move is the same: regs 9, 13 and 13(4) ask for the document
 * before the placement is made, so one dated before the new placement
 * starts, and after the document that met the previous placement's own
 * obligation, serves the new placement (one document never serves two;
 * reg 11's approval is counted the same way).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

/* SI 2013/3239 (the Children's Homes and Looked after Children
 * (Miscellaneous Amendments) (England) Regulations 2013) substituted reg
 * 11(1) and inserted reg 13(4) by its regs 18 and 19.  Its reg 1(1)
 * brings it into force on 27 January 2014, save the regulations listed in
 * reg 1(2) (4, 11, 13, 16, 24 to 26: 1 April 2014), which do not include
 * 18 and 19 (read in the as-made text,
 * https://www.legislation.gov.uk/uksi/2013/3239/regulation/1/made).  Both
 * rules are CONFIRMED-PRIMARY: their text and commencement were read in
 * the amending regulations themselves. */
#define SI_2013_3239_IN_FORCE "2014-01-27"

static const CareplanRuleSource cppcr_2010 = CAREPLAN_CPPCR_2010_SOURCE ("care-planning");

static const CareplanRuleSource cppcr_2010_si_2013_3239 = {
  .family = "care-planning", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CPPCR_2010, .in_force_from = SI_2013_3239_IN_FORCE,
};

static const CareplanRuleSource ca_1989 = {
  .family = "care-planning", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CA_1989, .in_force_from = CAREPLAN_CPPCR_2010_IN_FORCE,
};

/* The care plan that meets the obligation of a period of care starting on
 * @scope's start: the latest dated in [@gap_start, start), else the first
 * dated within the period. */
static CareplanDate
find_care_plan (const CareplanChildIndex *index,
                const CareplanScope      *scope,
                CareplanDate              gap_start)
{
  GPtrArray *events = index->events[CAREPLAN_EVENT_KIND_CARE_PLAN];
  guint first;
  guint last;

  careplan_scope_find_events (scope, index, CAREPLAN_EVENT_KIND_CARE_PLAN, &first, &last);
  if (first > 0 && careplan_event_get_date (g_ptr_array_index (events, first - 1)) >= gap_start)
    return careplan_event_get_date (g_ptr_array_index (events, first - 1));
  return first < last ? careplan_event_get_date (g_ptr_array_index (events, first)) : CAREPLAN_DATE_NONE;
}

/* Whether the placement is recorded as at a distance: outside the area and
 * not within an adjoining authority's (CPPCR 2010 reg 2(1), as amended by
 * SI 2013/3239). */
static gboolean
placement_is_at_distance (const CareplanChildIndex *index,
                          guint                     placement)
{
  const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, placement);

  if (span->n_episodes == 0 || span->first_episode >= index->episodes->len)
    return FALSE;
  return careplan_episode_get_at_distance (g_ptr_array_index (index->episodes, span->first_episode))
         == CAREPLAN_TRISTATE_YES;
}

/* ---------------------------------------------------------------------
 * cppcr-2010.reg4.care-plan-timing
 *
 * "the care plan must be prepared before C is first placed by the
 * responsible authority or, if it is not practicable to do so, within
 * ten working days of the start of the first placement." (reg 4(2), as
 * made) — CONFIRMED-PRIMARY.
 *
 * Read per period of care: a child who comes back into care after a break is
 * placed anew, and the first placement of each period (its start) is the
 * anchor.  The day of the placement is not counted (docs/rules.md: the day of
 * the event is excluded).  Where C was first placed before 1 April 2011, reg
 * 4(6) asks for the plan "as soon as reasonably practicable": no fixed
 * timescale, so not applicable.  A series of short breaks has a short-break
 * care plan under reg 48 instead.  A court care plan (s31A) is recorded in
 * care_plans[] like any other and satisfies the rule: the record does not
 * say which it is.
 */
static const CareplanParameterSpec care_plan_parameters[] = {
  { "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS,
    "working days after the start of the first placement of a period of care by which "
    "the care plan is due (a plan dated before the placement also counts)" },
};

/* Not a row: reg 4(6) gives placements before 1 April 2011 a reason of its
 * own ("as soon as reasonably practicable", no timescale), and reg 48's
 * short-break care plan a finding anchored at the placement; the anchor is
 * the first placement, not the period. */
static void
care_plan_timing (CareplanRule             *rule,
                  const CareplanEvaluation *evaluation,
                  CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  guint p;

  for (p = 0; p < index->periods->len; p++)
    {
      const CareplanPeriodSpan *span = &g_array_index (index->periods, CareplanPeriodSpan, p);
      CareplanScope scope;
      CareplanObligation obligation;

      if (span->short_break || !careplan_rule_is_in_force_on (rule, span->start))
        {
          g_autofree char *reason = NULL;
          char start_iso[CAREPLAN_DATE_ISO_LENGTH];

          careplan_date_format_iso (span->start, start_iso);
          if (span->short_break)
            reason = g_strdup_printf ("the period of care from %s is a short break, for which "
                                      "regulation 48 asks for a short-break care plan instead", start_iso);
          else
            reason = g_strdup_printf ("first placed on %s, before 1 April 2011: regulation 4(6) "
                                      "asks for the care plan as soon as reasonably practicable, "
                                      "with no fixed timescale", start_iso);
          careplan_obligation_add_not_applicable (rule, evaluation, "care plan", "placement-start",
                                                  span->start, reason, findings);
          continue;
        }

      careplan_scope_init_period (&scope, index, p);
      obligation = (CareplanObligation) {
        .what = "care plan",
        .done_verb = "prepared",
        .anchor_kind = "placement-start",
        .anchor_phrase = "the start of the first placement",
        .anchor_date = span->start,
        .count = careplan_rule_get_parameter_value (rule, 0),
        .unit = care_plan_parameters[0].unit,
      };
      careplan_obligation_evaluate (rule, evaluation, &obligation, &scope,
                                    find_care_plan (index, &scope,
                                                    span->first_placement < index->placements->len
                                                      ? careplan_scope_gap_before (index, span->first_placement)
                                                      : span->start),
                                    findings);
    }
}

static const CareplanRuleDefinition care_plan_timing_rule = {
  .id = "cppcr-2010.reg4.care-plan-timing", .source = &cppcr_2010,
  .title = "Care plan before the first placement or within 10 working days of its start",
  .provision = "regulation 4(2)",
  .url = "https://www.legislation.gov.uk/uksi/2010/959/regulation/4/made",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETER_ARRAY (care_plan_parameters),
  .evaluate = care_plan_timing,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg9.placement-plan
 *
 * "If it is not reasonably practicable to prepare the placement plan
 * before making the placement, the placement plan must be prepared within
 * five working days of the start of the placement." (reg 9(2), as made)
 * — CONFIRMED-PRIMARY.  Every placement, not only the first.  Placements
 * made before 1 April 2011 take the plan "as soon as reasonably
 * practicable" (not applicable: the rule's in-force date); short breaks
 * are excluded by reg 48(3)(a).  The signature date, an optional stricter
 * check, is not recorded.
 */
static const CareplanRuleDefinition placement_plan = {
  .id = "cppcr-2010.reg9.placement-plan", .source = &cppcr_2010,
  .title = "Placement plan before each placement or within 5 working days of its start",
  .provision = "regulation 9(2)",
  .url = "https://www.legislation.gov.uk/uksi/2010/959/regulation/9/made",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 5, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after the start of each placement by which the placement plan is due" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PLACEMENT,
    .what = "placement plan", .within = "working_days", .before_start = TRUE,
    .met_by = CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, .done_verb = "prepared",
    .short_breaks = "for which regulation 48 asks for a short-break care plan instead",
  },
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg13.notification-of-placement
 *
 * "…before the placement is made or, if the placement is made in an
 * emergency, within five working days of the start of the placement,
 * unless it is not reasonably practicable to do so." (reg 13, 1 April
 * 2011 version) — CONFIRMED-PRIMARY.  The record does not say whether a
 * placement was an emergency, so the five working days are the backstop
 * for every placement (a notice dated before the placement meets it too).
 * Satisfied by a notice to the required persons (`recipient`
 * "required-persons", or no recipient recorded); one to the area
 * authority is reg 13(4)'s.  Short breaks: reg 48(3)(b).
 */
static const CareplanRuleDefinition notification_of_placement = {
  .id = "cppcr-2010.reg13.notification-of-placement", .source = &cppcr_2010,
  .title = "Written notification of each placement, before it or within 5 working days in an "
           "emergency",
  .provision = "regulation 13",
  .url = "https://www.legislation.gov.uk/uksi/2010/959/regulation/13/2011-04-01",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 5, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after the start of each placement by which written notification of "
      "the placement is due (the limit for a placement made in an emergency)" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PLACEMENT,
    .what = "notification of placement", .within = "working_days", .before_start = TRUE,
    .met_by = CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, .done_verb = "notified",
    .met_by_detail = "required-persons", .met_by_detail_or_unset = TRUE,
    .short_breaks = "for which regulation 48(3)(b) disapplies regulation 13",
  },
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg13-4.out-of-area-notification
 *
 * "(4) In the case of a placement outside the area of the responsible
 * authority (including a placement outside England)— (a) the responsible
 * authority must give written notification to the area authority of the
 * arrangements for C's placement before the placement is made or, if the
 * placement is made in an emergency, within five working days of the
 * start of the placement unless it is not reasonably practicable to do
 * so," (inserted by SI 2013/3239 reg 19) — CONFIRMED-PRIMARY text; the
 * in-force date is not in the catalogue (see SI_2013_3239_IN_FORCE), so
 * the rule is marked UNCONFIRMED.
 *
 * Only placements whose starting episode has `out_of_area` true; a notice
 * with `recipient` "area-authority" satisfies it.  Reg 48 disapplies reg
 * 13 as a whole for short breaks.  The notice's contents (assessment,
 * reasons, the care plan) are not checked.
 */
static const CareplanRuleDefinition out_of_area_notification = {
  .id = "cppcr-2010.reg13-4.out-of-area-notification", .source = &cppcr_2010_si_2013_3239,
  .title = "Notification of an out-of-area placement to the area authority, before it or "
           "within 5 working days in an emergency",
  .provision = "regulation 13(4) (inserted by SI 2013/3239, regulation 19)",
  .url = "https://www.legislation.gov.uk/uksi/2013/3239/regulation/19/made",
  /* Read in the amending regulations as made (SI 2013/3239 reg 19),
   * with their commencement (reg 1): see SI_2013_3239_IN_FORCE. */
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 5, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after the start of a placement outside the authority's area by which "
      "notification to the area authority is due (the limit for an emergency placement)" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_PLACEMENT, .out_of_area_only = TRUE,
    .what = "notification to the area authority", .within = "working_days", .before_start = TRUE,
    .met_by = CAREPLAN_EVENT_KIND_PLACEMENT_NOTIFICATION, .done_verb = "notified",
    .met_by_detail = "area-authority",
    .short_breaks = "for which regulation 48(3)(b) disapplies regulation 13",
  },
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg11.out-of-area-approval
 *
 * "(1) Subject to paragraphs (2) to (4), a decision to place C outside
 * the area of the responsible authority (including a placement outside
 * England)— (a) must not be put into effect until it has been approved by
 * a nominated officer, or (b) in the case of a proposed placement which
 * is also at a distance, must not be put into effect until it has been
 * approved by the director of children's services." (as substituted by SI
 * 2013/3239 reg 18) — CONFIRMED-PRIMARY text, in-force date as for reg
 * 13(4): UNCONFIRMED.
 *
 * A prohibition, mapped onto the finding statuses thus: the obligation is
 * due on the day the placement starts (the day the decision is put into
 * effect); an approval dated on or before it is `met`; an approval dated
 * after it is `met-late`, its days late being the days the placement ran
 * unapproved; none at all is `overdue` (days late to the as-of date or the
 * end of the placement).  A placement ending the day it starts lapses, as
 * any obligation whose scope ends by its due date.
 *
 * Approvals are not linked to placements in the record, so each is
 * counted once, in date order: an out-of-area placement takes the latest
 * approval not yet counted that is dated after the start of the previous
 * placement and on or before its own start; failing that, the first one
 * not yet counted dated within the placement (a late approval).
 *
 * Who approves: for a placement recorded as at a distance (`at_distance`,
 * reg 11(1)(b)) only the director's approval counts — an approval recorded
 * as a nominated officer's is passed over, so a placement at a distance
 * approved only by a nominated officer is `overdue`.  An approval whose
 * approver is not recorded counts: the record cannot say it was not the
 * director's.  For any other out-of-area placement any approver counts
 * (the director may approve what a nominated officer may).  The emergency
 * exceptions of reg 11(3)–(4) are not recorded.
 */
/* Whether @approval can approve the placement: for a placement at a
 * distance, not one recorded as a nominated officer's (reg 11(1)(b)). */
static gboolean
approval_counts (CareplanEvent *approval,
                 gboolean       at_distance)
{
  return !at_distance || g_strcmp0 (careplan_event_get_approver (approval), "nominated-officer") != 0;
}

/* Not a row: a prohibition, due the day the placement starts, whose approvals
 * are counted once across placements (the latest before the start, else the
 * first late one) and whose approver decides whether it counts (reg
 * 11(1)(b)). */
static void
out_of_area_approval (CareplanRule             *rule,
                      const CareplanEvaluation *evaluation,
                      CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *approvals = index->events[CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL];
  guint next = 0;   /* the first approval not yet counted */
  guint k;

  for (k = 0; k < index->placements->len; k++)
    {
      const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, k);
      g_autofree char *phrase = NULL;
      CareplanScope scope;
      CareplanObligation obligation;
      CareplanDate candidate = CAREPLAN_DATE_NONE;
      CareplanDate lower;
      char start_iso[CAREPLAN_DATE_ISO_LENGTH];
      guint first;
      guint last;
      guint after_start;
      guint i;
      gboolean distance;

      if (!careplan_scope_placement_is_out_of_area (index, k))
        continue;

      careplan_scope_init_placement (&scope, index, k);
      careplan_scope_find_events (&scope, index, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL, &first, &last);
      after_start = careplan_child_index_find_event (index, CAREPLAN_EVENT_KIND_PLACEMENT_APPROVAL,
                                                     span->start + 1);
      lower = k > 0 ? g_array_index (index->placements, CareplanPlacementSpan, k - 1).start + 1 : 0;

      distance = placement_is_at_distance (index, k);

      /* On time: the latest approval that counts, not yet counted, dated
       * after the previous placement's start and on or before this one's. */
      for (i = after_start; i > next; i--)
        {
          CareplanEvent *approval = g_ptr_array_index (approvals, i - 1);

          if (careplan_event_get_date (approval) < lower)
            break;
          if (approval_counts (approval, distance))
            {
              candidate = careplan_event_get_date (approval);
              next = after_start;
              break;
            }
        }

      /* Late: the first one that counts, not yet counted, dated within the
       * placement. */
      if (candidate == CAREPLAN_DATE_NONE)
        {
          next = MAX (next, after_start);
          for (i = MAX (next, first); i < last; i++)
            if (approval_counts (g_ptr_array_index (approvals, i), distance))
              {
                candidate = careplan_event_get_date (g_ptr_array_index (approvals, i));
                next = i + 1;
                break;
              }
        }

      careplan_date_format_iso (span->start, start_iso);
      if (distance)
        phrase = g_strdup_printf ("the decision to place at a distance must be approved by the "
                                  "director of children's services (a nominated officer's approval "
                                  "does not count) before it is put into effect, when the "
                                  "placement starts on %s", start_iso);
      else
        phrase = g_strdup_printf ("the decision to place outside the authority's area must be "
                                  "approved before it is put into effect, when the placement "
                                  "starts on %s", start_iso);
      obligation = (CareplanObligation) {
        .what = distance ? "the director's approval of the placement at a distance"
                         : "approval of the out-of-area placement",
        .done_verb = "approved",
        .anchor_kind = "placement-start",
        .anchor_phrase = "the start of the placement",
        .anchor_date = span->start,
      };
      careplan_obligation_evaluate_due (rule, evaluation, &obligation, span->start, NULL,
                                        phrase, &scope, candidate, findings);
    }
}

static const CareplanRuleDefinition out_of_area_approval_rule = {
  .id = "cppcr-2010.reg11.out-of-area-approval", .source = &cppcr_2010_si_2013_3239,
  .title = "An out-of-area placement approved by a nominated officer (or the director, if at "
           "a distance) before it starts",
  .provision = "regulation 11(1) (as substituted by SI 2013/3239, regulation 18)",
  .url = "https://www.legislation.gov.uk/uksi/2013/3239/regulation/18/made",
  /* As for reg 13(4): read in SI 2013/3239 (reg 18) as made, with its
   * commencement. */
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  .evaluate = out_of_area_approval,
};

/* ---------------------------------------------------------------------
 * ca1989.s25A.iro-appointment
 *
 * "(2) The initial appointment under subsection (1) must be made before
 * the child's case is first reviewed in accordance with regulations made
 * under section 26." (s25A, version of 1 April 2011) — CONFIRMED-PRIMARY.
 *
 * Per period of care: the appointment must be dated within the period and
 * before the first review of that period.  Records hold dates only, so
 * "before" is read, by default, as dated before the review's date
 * (`days_before` 1: the day before at the latest); 0 accepts one dated the
 * day of the review, for records that cannot say which came first.  While no
 * review has been held, it is due by the first review's deadline: 20 working
 * days after becoming looked after (reg 33(1)), or 3 months for a series of
 * short breaks (reg 48).  A vacancy later in the period ("as soon as is
 * practicable") has no fixed timescale and is not checked.
 */
static const CareplanParameterSpec iro_parameters[] = {
  { "days_before", 1, CAREPLAN_TIME_UNIT_DAYS,
    "days before the first review's date by which the IRO must be appointed: 1, the default, "
    "reads s25A(2)'s \"before the child's case is first reviewed\" with date-only records as "
    "an appointment dated before the review's date, at the latest the day before; 0 also "
    "accepts one dated the same day as the first review" },
  { "first_review_working_days", 20, CAREPLAN_TIME_UNIT_WORKING_DAYS,
    "while no review is held: working days after becoming looked after by which the first "
    "review, and so the appointment, is due (keep equal to reg33-1's working_days)" },
  { "first_review_short_break", 3, CAREPLAN_TIME_UNIT_MONTHS,
    "the same for a series of short breaks, whose first review is due within 3 months "
    "(regulation 48, CONFIRMED-SECONDARY)" },
};

/* Not a row: the deadline is fixed by another event (the first review's date,
 * less `days_before`), or by the first review's own deadline while none is
 * held, with a short-break timescale of its own. */
static CareplanDate
iro_appointment_due (CareplanRule              *rule,
                     const CareplanEvaluation  *evaluation,
                     const CareplanPeriodSpan  *period,
                     CareplanDate               first_review,
                     CareplanDate               second_review,
                     CareplanMessage           *phrase,
                     GError                   **error)
{
  int days_before = careplan_rule_get_parameter_value (rule, 0);
  guint setting = period->short_break ? 2 : 1;
  int count = careplan_rule_get_parameter_value (rule, setting);
  CareplanDate deadline;

  /* "by the first review" (the same day counts), "before the first
   * review" (the default: dated before its day) or "N days before" */
  if (days_before == 0)
    careplan_message_add_static (phrase, "by");
  else if (days_before == 1)
    careplan_message_add_static (phrase, "before");
  else
    {
      careplan_message_add_int (phrase, days_before);
      careplan_message_add_static (phrase, " days before");
    }

  if (first_review != CAREPLAN_DATE_NONE)
    {
      careplan_message_add_static (phrase, " the first review, held on ");
      careplan_message_add_date (phrase, first_review);
      return careplan_date_add_days (first_review, -days_before);
    }

  deadline = careplan_calendar_add (evaluation->calendar, period->start, (guint) count,
                                    iro_parameters[setting].unit, error);
  careplan_message_add_static (phrase, " the first review, not yet held and due ");
  careplan_obligation_add_timescale (phrase, count, iro_parameters[setting].unit);
  careplan_message_add_static (phrase, " after becoming looked after on ");
  careplan_message_add_date (phrase, period->start);
  return deadline != CAREPLAN_DATE_NONE ? careplan_date_add_days (deadline, -days_before)
                                        : CAREPLAN_DATE_NONE;
}

static void
iro_appointment (CareplanRule             *rule,
                 const CareplanEvaluation *evaluation,
                 CareplanFindingArray     *findings)
{
  careplan_obligation_evaluate_by_review (rule, evaluation, "IRO appointment", "appointed",
                                          CAREPLAN_EVENT_KIND_IRO_APPOINTMENT, 0, NULL,
                                          iro_appointment_due, findings);
}

static const CareplanRuleDefinition iro_appointment_rule = {
  .id = "ca1989.s25A.iro-appointment", .source = &ca_1989,
  .title = "An independent reviewing officer appointed before the first review",
  .provision = "section 25A(2)",
  .url = "https://www.legislation.gov.uk/ukpga/1989/41/section/25A/2011-04-01",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETER_ARRAY (iro_parameters),
  .evaluate = iro_appointment,
};

CareplanRuleFamily careplan_rules_care_planning = {
  &care_plan_timing_rule, &placement_plan, &notification_of_placement,
  &out_of_area_notification, &out_of_area_approval_rule, &iro_appointment_rule, NULL,
};
