/* careplan-rules-placements.c: placements with parents before assessment
 * (CPPCR 2010 reg 19), temporary approval of connected persons (regs 24,
 * 25) and the limits on "other arrangements" (regs 27A, 27C)
 *
 * A reg 19 or reg 24 record belongs to the placement whose days hold its
 * start (docs/rules.md); a record that falls in no placement cannot be judged
 * and gives an `unknown` finding.  Each obligation is judged by
 * careplan-obligation.c.
 *
 * Regs 27A and 27C are prohibitions, not deadlines.  They are reported in
 * the same terms as an obligation judged at the end of its placement
 * (docs/rules.md): the obligation is "the child is not there"; its due date is
 * the last compliant day (the day before the breach began), and a breach
 * is `overdue`, its days late being the days in breach: up to the as-of
 * date, or to the last day before the breach ended (the placement ended,
 * or the child grew out of the age group).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

/* The English reg 19 and reg 24 were not read (the catalogue quotes the
 * Welsh twin and secondary sources): cite the regulations themselves
 * (reg 24's address is in its row). */
#define CPPCR_2010_REG_19_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/19"
/* Regs 27A and 27C (its address in its row) were inserted by SI 2021/161
 * reg 4 and SI 2023/416 reg 36. */
#define CPPCR_2010_REG_27A_URL "https://www.legislation.gov.uk/uksi/2010/959/regulation/27A"

static const CareplanRuleSource cppcr_2010 = {
  .family = "placements", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CPPCR_2010, .in_force_from = CAREPLAN_CPPCR_2010_IN_FORCE,
};

static const CareplanRuleSource cppcr_2010_reg_27a = {
  .family = "placements", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CPPCR_2010, .in_force_from = "2021-09-09",
};

static const CareplanRuleSource cppcr_2010_reg_27c = {
  .family = "placements", .kind = CAREPLAN_RULE_KIND_STATUTE,
  .instrument = CAREPLAN_CPPCR_2010, .in_force_from = "2023-10-28",
};

static gboolean
is_code (const char *value,
         const char *code)
{
  return g_strcmp0 (value, code) == 0;
}

/* The earlier of two dates, either of which may be none. */
static CareplanDate
earlier (CareplanDate a,
         CareplanDate b)
{
  if (a == CAREPLAN_DATE_NONE)
    return b;
  if (b == CAREPLAN_DATE_NONE)
    return a;
  return MIN (a, b);
}

/* ---------------------------------------------------------------------
 * cppcr-2010.reg19-b.pwp-assessment-and-review
 *
 * Reg 19 lets the authority place C with a parent (P) before the
 * assessment is complete, provided that it "(b) ensures that the
 * assessment and review of C's case are completed … within 10 working
 * days of C being placed with P".  The catalogue's id for reg 19 is
 * `cppcr-2010.reg19.pwp-before-assessment`; its paras (b) and (c) are two
 * obligations with two clocks, so they are two rules, `reg19-b` and
 * `reg19-c`.  The English text was not read (the catalogue quotes the
 * identically built Welsh reg 20 of SI 2015/1818): UNCONFIRMED.
 *
 * Met when both the assessment's `completed` date and a review dated on
 * or after the placement with P, in that placement, are known: the later
 * of the two is the day it was done.
 */
static const CareplanRuleDefinition pwp_assessment_and_review = {
  .id = "cppcr-2010.reg19-b.pwp-assessment-and-review", .source = &cppcr_2010,
  .title = "Assessment and review completed within 10 working days of placing a child with a "
           "parent before assessment",
  .provision = "regulation 19(b)", .url = CPPCR_2010_REG_19_URL,
  .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after the child is placed with the parent by which the assessment and the "
      "review of the child's case are to be completed" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_EVENT, .anchor_event = CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT,
    .anchor_kind = "placement-start", .anchor_phrase = "the placement with the parent",
    .event_scope = CAREPLAN_OBLIGATION_EVENT_SCOPE_PLACEMENT,
    .no_placement = "placement with a parent before assessment",
    .what = "assessment and review", .within = "working_days",
    .met_by_own = CAREPLAN_OBLIGATION_EVENT_END, .and_met_by = TRUE,
    .met_by = CAREPLAN_EVENT_KIND_REVIEW, .done_verb = "both completed",
  },
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg19-c.pwp-decision
 *
 * "(c) ensures that a decision … is made and approved within 10 working
 * days after the assessment is completed" (Welsh twin; English text
 * UNCONFIRMED).  The clock starts on the assessment's `completed` date;
 * the record's `decision` date meets it.  If the placement ends first
 * (the placement was not confirmed and was ended) the duty lapses.
 */
static const CareplanRuleDefinition pwp_decision = {
  .id = "cppcr-2010.reg19-c.pwp-decision", .source = &cppcr_2010,
  .title = "Decision on a placement with a parent made and approved within 10 working days of "
           "the assessment",
  .provision = "regulation 19(c)", .url = CPPCR_2010_REG_19_URL,
  .confirmation = CAREPLAN_CONFIRMATION_UNCONFIRMED,
  CAREPLAN_RULE_PARAMETERS (
    { "working_days", 10, CAREPLAN_TIME_UNIT_WORKING_DAYS,
      "working days after the assessment is completed by which the decision on the placement "
      "is to be made and approved" }),
  .spec = &(const CareplanObligationSpec) {
    .per = CAREPLAN_OBLIGATION_PER_EVENT, .anchor_event = CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT,
    .anchor_date_of = CAREPLAN_OBLIGATION_EVENT_END,
    .anchor_kind = "assessment-completed", .anchor_phrase = "the completion of the assessment",
    .event_scope = CAREPLAN_OBLIGATION_EVENT_SCOPE_PLACEMENT,
    .what = "decision on the placement", .within = "working_days",
    .met_by_own = CAREPLAN_OBLIGATION_EVENT_APPROVED, .done_verb = "decided",
  },
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg24.temporary-approval
 *
 * A connected person may be approved as a foster parent "for a temporary
 * period not exceeding 16 weeks" (secondary sources, 2024) —
 * CONFIRMED-SECONDARY.  The approval's start excluded, 16 weeks is 112
 * days: 3 Mar 2025 → Mon 23 Jun 2025 (worked example 6); counting the
 * start as day 1 gives 111 days → 22 Jun (UNCONFIRMED which): the
 * `period` parameter.
 *
 * By the expiry the carer must be fully approved, or the approval extended
 * under reg 25, or the placement ended: the earliest of the `approved`
 * date, the `extension_decided` date (of an extension with an
 * `extended_to` date) and the end of the placement meets it.  Whether the
 * extension itself was lawful, and what it requires by its own end, is
 * reg 25's rule.  The coronavirus replacement of reg 24(1) (24 Apr to 25
 * Sep 2020) is not known in detail and is not modelled.
 */
static const CareplanParameterSpec temporary_approval_parameters[] = {
  { "period", 112, CAREPLAN_TIME_UNIT_DAYS,
    "days after the start of a temporary approval on which it expires: 16 weeks with the start "
    "day excluded (3 Mar 2025 -> 23 Jun 2025); 111 counts the start day as the first "
    "(-> 22 Jun 2025), UNCONFIRMED which is meant" },
};

/* Not a row: met by the earliest of three different things (full approval, an
 * extension decided, the end of the placement). */
static void
temporary_approval (CareplanRule             *rule,
                    const CareplanEvaluation *evaluation,
                    CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *approvals = index->events[CAREPLAN_EVENT_KIND_CARER_APPROVAL];
  guint i;

  for (i = 0; i < approvals->len; i++)
    {
      CareplanEvent *approval = g_ptr_array_index (approvals, i);
      CareplanDate start = careplan_event_get_date (approval);
      guint placement;
      const CareplanPlacementSpan *span;
      CareplanDate approved;
      CareplanDate decided = CAREPLAN_DATE_NONE;
      CareplanDate candidate;
      CareplanObligation obligation;
      CareplanScope scope;
      const char *done_verb;

      if (!is_code (careplan_event_get_sub_kind (approval), "temporary-connected-person"))
        continue;

      placement = careplan_scope_find_placement (index, start);
      if (placement == G_MAXUINT)
        {
          careplan_obligation_add_no_placement (rule, evaluation, "temporary approval", "temporary-approval", start,
                            "temporary approval", findings);
          continue;
        }
      span = &g_array_index (index->placements, CareplanPlacementSpan, placement);

      approved = careplan_evaluation_seen (evaluation, careplan_event_get_approved (approval), start);
      if (careplan_event_get_extended_to (approval) != CAREPLAN_DATE_NONE)
        decided = careplan_evaluation_seen (evaluation, careplan_event_get_date_field (approval, "extension_decided"),
                                            start);
      candidate = earlier (earlier (approved, decided), span->end);

      if (candidate != CAREPLAN_DATE_NONE && candidate == approved)
        done_verb = "approved as a foster parent";
      else if (candidate != CAREPLAN_DATE_NONE && candidate == decided)
        done_verb = "extension under regulation 25 decided";
      else
        done_verb = "placement ended";

      careplan_scope_init_placement (&scope, index, placement);
      obligation = (CareplanObligation) {
        .what = "full approval, extension or end of the placement",
        .done_verb = done_verb,
        .anchor_kind = "temporary-approval",
        .anchor_phrase = "the start of the temporary approval",
        .anchor_date = start,
        .count = careplan_rule_get_parameter_value (rule, 0),
        .unit = temporary_approval_parameters[0].unit,
      };
      careplan_obligation_evaluate (rule, evaluation, &obligation, &scope, candidate, findings);
    }
}

static const CareplanRuleDefinition temporary_approval_rule = {
  .id = "cppcr-2010.reg24.temporary-approval", .source = &cppcr_2010,
  .title = "Temporary approval of a connected person for at most 16 weeks: full approval, "
           "extension or end of the placement by its expiry",
  .provision = "regulation 24(1)",
  .url = "https://www.legislation.gov.uk/uksi/2010/959/regulation/24",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETER_ARRAY (temporary_approval_parameters),
  .evaluate = temporary_approval,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg25.temporary-approval-extension
 *
 * "the responsible authority may extend the temporary approval once for a
 * further period of up to eight weeks" … "If the period of temporary
 * approval and of any extension to that period expires and the connected
 * person has not been approved … the responsible authority must terminate
 * the placement" (as made) — CONFIRMED-PRIMARY.
 *
 * For each approval with an extension (`extended_to`), one finding:
 *  - decided (`extension_decided`) after the original expiry: the
 *    approval had lapsed, there was nothing to extend — the decision is
 *    judged against the original expiry (`met-late`);
 *  - else full approval or the end of the placement is due by the
 *    extended expiry, at most 8 weeks after the original one (a longer
 *    `extended_to` is cut to 8 weeks, and the finding says so).
 * Without the decision date (or without `extended_to`) the extension
 * cannot be judged: `unknown`.
 *
 * "Once": a further extension (`further_extension_decided`, the date a
 * second one was decided) is itself a finding, judged as reg 11's
 * prohibition is: on the day of that decision the placement had to end or
 * the carer be approved instead; done by then is `met` (the decision
 * changed nothing), done later is `met-late` by the days the placement ran
 * on it, not done is `overdue` to the as-of date or the end of the
 * placement.  It stands beside the finding on the one lawful extension.
 * The panel's views, the IRO being informed and the nominated officer's
 * approval are not in the record.
 *
 * `period` must agree with reg 24's.
 */
static void
add_extension_unknown (CareplanRule             *rule,
                       const CareplanEvaluation *evaluation,
                       CareplanDate              start,
                       const char               *missing,
                       CareplanFindingArray     *findings)
{
  char start_iso[CAREPLAN_DATE_ISO_LENGTH];

  careplan_date_format_iso (start, start_iso);
  careplan_finding_array_add_take (findings, rule, careplan_child_get_id (evaluation->child),
                                   CAREPLAN_FINDING_STATUS_UNKNOWN, "temporary-approval", start,
                                   CAREPLAN_DATE_NONE, CAREPLAN_DATE_NONE,
                                   CAREPLAN_FINDING_NO_DAYS_LATE,
                                   g_strdup_printf ("extension of the temporary approval "
                                                    "from %s cannot be judged: %s",
                                                    start_iso, missing));
}

/* Reg 25 allows one extension: a further one, decided on @decided, is a
 * finding of its own (see above). */
static void
further_extension (CareplanRule             *rule,
                   const CareplanEvaluation *evaluation,
                   CareplanEvent            *approval,
                   guint                     placement,
                   CareplanDate              decided,
                   CareplanFindingArray     *findings)
{
  const CareplanPlacementSpan *span = &g_array_index (evaluation->index->placements,
                                                      CareplanPlacementSpan, placement);
  CareplanDate start = careplan_event_get_date (approval);
  CareplanDate approved = careplan_evaluation_seen (evaluation, careplan_event_get_approved (approval), start);
  CareplanDate candidate = earlier (approved, span->end);
  g_autofree char *phrase = NULL;
  char start_iso[CAREPLAN_DATE_ISO_LENGTH];
  char decided_iso[CAREPLAN_DATE_ISO_LENGTH];
  CareplanObligation obligation;
  CareplanScope scope;

  careplan_date_format_iso (start, start_iso);
  careplan_date_format_iso (decided, decided_iso);
  phrase = g_strdup_printf ("regulation 25 allows the temporary approval from %s to be extended "
                            "once, but a further extension was decided on %s: by then the carer "
                            "had to be approved or the placement ended", start_iso, decided_iso);
  obligation = (CareplanObligation) {
    .what = "full approval or end of the placement instead of a second extension",
    .done_verb = candidate != CAREPLAN_DATE_NONE && candidate == approved
                   ? "approved as a foster parent" : "placement ended",
    .anchor_kind = "temporary-approval",
    .anchor_phrase = "the start of the temporary approval",
    .anchor_date = start,
  };
  careplan_scope_init_placement (&scope, evaluation->index, placement);
  careplan_obligation_evaluate_due (rule, evaluation, &obligation, decided, NULL, phrase, &scope,
                                    candidate, findings);
}

/* Not a row: reg 25's extension has its own limits and conditions, and a
 * second extension is itself a finding. */
static void
temporary_approval_extension (CareplanRule             *rule,
                              const CareplanEvaluation *evaluation,
                              CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  GPtrArray *approvals = index->events[CAREPLAN_EVENT_KIND_CARER_APPROVAL];
  int period = careplan_rule_get_parameter_value (rule, 0);
  int extension = careplan_rule_get_parameter_value (rule, 1);
  guint i;

  for (i = 0; i < approvals->len; i++)
    {
      CareplanEvent *approval = g_ptr_array_index (approvals, i);
      CareplanDate start = careplan_event_get_date (approval);
      CareplanDate extended_to = careplan_event_get_extended_to (approval);
      CareplanDate decided = careplan_event_get_date_field (approval, "extension_decided");
      CareplanDate further = careplan_event_get_date_field (approval, "further_extension_decided");
      g_autofree char *what = NULL;
      const CareplanPlacementSpan *span;
      CareplanObligation obligation;
      CareplanScope scope;
      CareplanDate original;
      CareplanDate limit;
      CareplanDate lawful;
      guint placement;

      if (!is_code (careplan_event_get_sub_kind (approval), "temporary-connected-person"))
        continue;

      /* Reg 24's rule reports an approval outside every placement. */
      placement = careplan_scope_find_placement (index, start);
      if (placement == G_MAXUINT)
        continue;
      span = &g_array_index (index->placements, CareplanPlacementSpan, placement);

      if (further != CAREPLAN_DATE_NONE && further <= evaluation->as_of && further >= start)
        further_extension (rule, evaluation, approval, placement, further, findings);
      if (extended_to == CAREPLAN_DATE_NONE && decided == CAREPLAN_DATE_NONE)
        continue;

      if (decided != CAREPLAN_DATE_NONE && decided > evaluation->as_of)
        continue;
      if (extended_to == CAREPLAN_DATE_NONE)
        {
          add_extension_unknown (rule, evaluation, start,
                                 "it was decided, but the date it runs to (extended_to) is not "
                                 "recorded", findings);
          continue;
        }
      if (decided == CAREPLAN_DATE_NONE)
        {
          add_extension_unknown (rule, evaluation, start,
                                 "the date it was decided (extension_decided) is not recorded",
                                 findings);
          continue;
        }

      careplan_scope_init_placement (&scope, index, placement);
      original = careplan_date_add_days (start, period);

      if (original != CAREPLAN_DATE_NONE && decided > original)
        {
          obligation = (CareplanObligation) {
            .what = "extension decision (before the approval expired)",
            .done_verb = "decided",
            .anchor_kind = "temporary-approval",
            .anchor_phrase = "the start of the temporary approval",
            .anchor_date = start,
            .count = period,
            .unit = CAREPLAN_TIME_UNIT_DAYS,
          };
          careplan_obligation_evaluate (rule, evaluation, &obligation, &scope, decided, findings);
          continue;
        }

      limit = careplan_date_add_days (original, extension);
      lawful = MAX (MIN (extended_to, limit), original);
      if (extended_to > limit)
        {
          g_autofree char *allowed = careplan_obligation_format_timescale (extension, CAREPLAN_TIME_UNIT_DAYS);
          char extended_iso[CAREPLAN_DATE_ISO_LENGTH];

          careplan_date_format_iso (extended_to, extended_iso);
          what = g_strdup_printf ("full approval or end of the placement (the extension to %s is "
                                  "longer than the %s allowed)", extended_iso, allowed);
        }

      obligation = (CareplanObligation) {
        .what = what != NULL ? what : "full approval or end of the placement",
        .done_verb = "done",
        .anchor_kind = "temporary-approval-expiry",
        .anchor_phrase = "the original expiry of the temporary approval",
        .anchor_date = original,
        .count = careplan_date_days_between (original, lawful),
        .unit = CAREPLAN_TIME_UNIT_DAYS,
      };
      {
        CareplanDate approved = careplan_evaluation_seen (evaluation, careplan_event_get_approved (approval), start);
        CareplanDate candidate = earlier (approved, span->end);

        obligation.done_verb = candidate != CAREPLAN_DATE_NONE && candidate == approved
                                 ? "approved as a foster parent" : "placement ended";
        careplan_obligation_evaluate (rule, evaluation, &obligation, &scope, candidate, findings);
      }
    }
}

static const CareplanRuleDefinition temporary_approval_extension_rule = {
  .id = "cppcr-2010.reg25.temporary-approval-extension", .source = &cppcr_2010,
  .title = "Temporary approval extended once, before it expires, by at most 8 weeks: full "
           "approval or end of the placement by the extended expiry",
  .provision = "regulation 25",
  .url = "https://www.legislation.gov.uk/uksi/2010/959/regulation/25/made",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  CAREPLAN_RULE_PARAMETERS (
    { "period", 112, CAREPLAN_TIME_UNIT_DAYS,
      "days after the start of a temporary approval on which it expires, as for regulation 24 "
      "(112: 16 weeks with the start day excluded; 111 counts the start day, UNCONFIRMED which)" },
    { "extension", 56, CAREPLAN_TIME_UNIT_DAYS,
      "days after the original expiry up to which the approval may be extended once" }),
  .evaluate = temporary_approval_extension,
};

/* ---------------------------------------------------------------------
 * Other arrangements (s22C(6)(d) CA 1989): regs 27A and 27C.
 *
 * Which SSDA903 placement types (the DfE's SSDA903 guidance) are "other
 * arrangements" that the regulations forbid is a choice made here:
 *
 *  - reg 27A (under 16) allows only a care home, an NHS hospital, a
 *    residential family centre, a school not registered as a children's
 *    home and a residential holiday scheme (903 R1, R2, R3, S1).  H5
 *    (semi-independent living), P2 (independent living: flat, lodgings,
 *    B&B, friends), P3 (residential employment) and K3 (supported
 *    accommodation, which reg 27C opens only to 16 and 17 year olds) are
 *    none of those: a breach;
 *  - reg 27C (16 and 17) allows supported accommodation (K3) and excepted
 *    accommodation: H5 and P2 are a breach — but before 1 April 2024
 *    (collection year 2024-25, when K3 appeared) registered supported
 *    accommodation had no code of its own and was coded H5 or P2, so days
 *    before then are not counted, and a stay wholly before then is
 *    `unknown`; P3 may or may not be excepted accommodation: `unknown`;
 *  - Z1 and Z11–Z14 ("other placements", whose meanings are not known)
 *    may be anything: `unknown` under both.
 *
 * A run of the placement's episodes with codes of one class is judged on
 * the days the child was in the age group, from the day the regulation
 * came into force.  Reg 27B (an exception to reg 27A, text not read) is
 * not modelled.
 */
typedef enum
{
  ARRANGEMENT_ALLOWED,
  ARRANGEMENT_PROHIBITED,
  ARRANGEMENT_UNCLEAR,
} Arrangement;

typedef struct
{
  const char   *regulation;      /* "regulation 27A" */
  const char   *age_group;       /* "under 16" */
  guint         from_age;
  guint         to_age;
  Arrangement (*classify) (const char *placement_type);
  const char   *counted_from;    /* ISO date before which prohibited days are not counted, or NULL */
} ArrangementLimit;

static gboolean
is_other_placement (const char *placement_type)
{
  return is_code (placement_type, "Z1") || is_code (placement_type, "Z11") ||
         is_code (placement_type, "Z12") || is_code (placement_type, "Z13") ||
         is_code (placement_type, "Z14");
}

static Arrangement
classify_under_16 (const char *placement_type)
{
  if (is_code (placement_type, "H5") || is_code (placement_type, "P2") ||
      is_code (placement_type, "P3") || is_code (placement_type, "K3"))
    return ARRANGEMENT_PROHIBITED;
  if (is_other_placement (placement_type))
    return ARRANGEMENT_UNCLEAR;
  return ARRANGEMENT_ALLOWED;
}

static Arrangement
classify_16_17 (const char *placement_type)
{
  if (is_code (placement_type, "H5") || is_code (placement_type, "P2"))
    return ARRANGEMENT_PROHIBITED;
  if (is_code (placement_type, "P3") || is_other_placement (placement_type))
    return ARRANGEMENT_UNCLEAR;
  return ARRANGEMENT_ALLOWED;
}

static const ArrangementLimit under_16_limit = {
  .regulation = "regulation 27A",
  .age_group = "under 16",
  .from_age = 0,
  .to_age = 16,
  .classify = classify_under_16,
  .counted_from = NULL,
};

static const ArrangementLimit aged_16_17_limit = {
  .regulation = "regulation 27C",
  .age_group = "aged 16 or 17",
  .from_age = 16,
  .to_age = 18,
  .classify = classify_16_17,
  .counted_from = "2024-04-01",
};

static CareplanDate
parse_constant (const char *iso)
{
  return iso != NULL ? careplan_date_parse_iso (iso, NULL) : CAREPLAN_DATE_NONE;
}

#define UNTIL_BOUND(until) ((until) == CAREPLAN_DATE_NONE ? G_MAXUINT32 : (until))

static void
add_arrangement_finding (CareplanRule             *rule,
                         const CareplanEvaluation *evaluation,
                         CareplanFindingStatus     status,
                         CareplanDate              run_start,
                         CareplanDate              due,
                         int                       days_late,
                         char                     *message,
                         CareplanFindingArray     *findings)
{
  careplan_finding_array_add_take (findings, rule, careplan_child_get_id (evaluation->child), status,
                                   "placement-start", run_start, due, CAREPLAN_DATE_NONE,
                                   days_late, message);
}

/* Judges the run [run_start, run_end) (run_end none: still open) of one
 * placement, coded @placement_type of class @arrangement. */
static void
judge_arrangement (CareplanRule             *rule,
                   const CareplanEvaluation *evaluation,
                   const ArrangementLimit   *limit,
                   Arrangement               arrangement,
                   const char               *placement_type,
                   CareplanDate              run_start,
                   CareplanDate              run_end,
                   CareplanFindingArray     *findings)
{
  CareplanDate date_of_birth = careplan_child_get_date_of_birth (evaluation->child);
  CareplanDate in_force = careplan_rule_get_in_force_from (rule);
  CareplanDate counted_from = parse_constant (limit->counted_from);
  char start_iso[CAREPLAN_DATE_ISO_LENGTH];
  char from_iso[CAREPLAN_DATE_ISO_LENGTH];
  char due_iso[CAREPLAN_DATE_ISO_LENGTH];
  char end_iso[CAREPLAN_DATE_ISO_LENGTH];
  g_autofree char *until = NULL;
  g_autofree char *note = NULL;
  CareplanDate age_from;
  CareplanDate age_until;
  CareplanDate breach_from;
  CareplanDate breach_until;
  CareplanDate due;
  gboolean ended;
  int days_late;

  careplan_date_format_iso (run_start, start_iso);

  if (date_of_birth == CAREPLAN_DATE_NONE)
    {
      add_arrangement_finding (rule, evaluation, CAREPLAN_FINDING_STATUS_UNKNOWN, run_start,
                               CAREPLAN_DATE_NONE, CAREPLAN_FINDING_NO_DAYS_LATE,
                               g_strdup_printf ("placement type %s from %s cannot be judged: the child's "
                                                "date of birth is not recorded, so whether they were "
                                                "%s there is not known",
                                                placement_type, start_iso, limit->age_group),
                               findings);
      return;
    }

  age_from = limit->from_age == 0 ? date_of_birth
                                  : careplan_date_get_birthday (date_of_birth, limit->from_age,
                                                                evaluation->leap_day_policy);
  age_until = careplan_date_get_birthday (date_of_birth, limit->to_age, evaluation->leap_day_policy);

  /* The days of the run on which the child was in the age group, as far
   * as the as-of date shows. */
  breach_from = MAX (run_start, age_from);
  breach_until = MIN (UNTIL_BOUND (run_end), UNTIL_BOUND (age_until));
  if (breach_from >= breach_until || breach_from > evaluation->as_of)
    return;

  if (in_force != CAREPLAN_DATE_NONE && breach_until <= in_force)
    {
      g_autofree char *reason = NULL;
      char in_force_iso[CAREPLAN_DATE_ISO_LENGTH];

      careplan_date_format_iso (in_force, in_force_iso);
      reason = g_strdup_printf ("the child's days %s in placement type %s from %s were all before "
                                "%s came into force on %s", limit->age_group, placement_type,
                                start_iso, limit->regulation, in_force_iso);
      careplan_obligation_add_not_applicable (findings, rule, careplan_child_get_id (evaluation->child),
                                              "placement in other arrangements",
                                              "placement-start", run_start, reason);
      return;
    }
  breach_from = MAX (breach_from, in_force);
  if (breach_from > evaluation->as_of)
    return;
  careplan_date_format_iso (breach_from, from_iso);

  if (arrangement == ARRANGEMENT_UNCLEAR)
    {
      add_arrangement_finding (rule, evaluation, CAREPLAN_FINDING_STATUS_UNKNOWN, run_start,
                               CAREPLAN_DATE_NONE, CAREPLAN_FINDING_NO_DAYS_LATE,
                               g_strdup_printf ("child %s in placement type %s from %s: the code does "
                                                "not say whether the setting is one %s allows",
                                                limit->age_group, placement_type, from_iso,
                                                limit->regulation),
                               findings);
      return;
    }

  if (counted_from != CAREPLAN_DATE_NONE && breach_from < counted_from)
    {
      char counted_iso[CAREPLAN_DATE_ISO_LENGTH];

      careplan_date_format_iso (counted_from, counted_iso);
      if (breach_until <= counted_from)
        {
          add_arrangement_finding (rule, evaluation, CAREPLAN_FINDING_STATUS_UNKNOWN, run_start,
                                   CAREPLAN_DATE_NONE, CAREPLAN_FINDING_NO_DAYS_LATE,
                                   g_strdup_printf ("child %s in placement type %s from %s, before "
                                                    "%s: registered supported accommodation had no "
                                                    "placement code of its own until K3 and may "
                                                    "have been coded %s, so whether %s was broken "
                                                    "cannot be told", limit->age_group, placement_type,
                                                    from_iso, counted_iso, placement_type,
                                                    limit->regulation),
                                   findings);
          return;
        }
      note = g_strdup_printf (" (days before %s are not counted: registered supported accommodation "
                              "had no placement code of its own until K3)", counted_iso);
      breach_from = counted_from;
    }

  due = breach_from - 1;
  careplan_date_format_iso (due, due_iso);
  careplan_date_format_iso (breach_from, from_iso);
  ended = breach_until != G_MAXUINT32 && breach_until <= evaluation->as_of;
  if (ended)
    {
      careplan_date_format_iso (breach_until, end_iso);
      if (breach_until == age_until)
        until = g_strdup_printf ("until the child turned %u on %s", limit->to_age, end_iso);
      else
        until = g_strdup_printf ("until the placement ended on %s", end_iso);
    }
  else
    {
      careplan_date_format_iso (evaluation->as_of, end_iso);
      until = g_strdup_printf ("and still at %s", end_iso);
    }
  days_late = careplan_date_days_between (due, ended ? breach_until - 1 : evaluation->as_of);

  add_arrangement_finding (rule, evaluation, CAREPLAN_FINDING_STATUS_OVERDUE, run_start, due,
                           days_late,
                           g_strdup_printf ("child %s in other arrangements (placement type %s) "
                                            "from %s, which %s does not allow: the last compliant "
                                            "day was %s, in breach from %s %s (%d %s)%s",
                                            limit->age_group, placement_type, start_iso,
                                            limit->regulation, due_iso, from_iso, until,
                                            days_late, days_late == 1 ? "day" : "days",
                                            note != NULL ? note : ""),
                           findings);
}

static void
judge_arrangements (CareplanRule             *rule,
                    const CareplanEvaluation *evaluation,
                    const ArrangementLimit   *limit,
                    CareplanFindingArray     *findings)
{
  const CareplanChildIndex *index = evaluation->index;
  guint k;

  for (k = 0; k < index->placements->len; k++)
    {
      const CareplanPlacementSpan *span = &g_array_index (index->placements, CareplanPlacementSpan, k);
      Arrangement run = ARRANGEMENT_ALLOWED;
      const char *run_type = NULL;
      CareplanDate run_start = CAREPLAN_DATE_NONE;
      guint i;

      /* A change of placement type within the placement (RNE T, U)
       * starts a new run only when the class changes. */
      for (i = span->first_episode; i < span->first_episode + span->n_episodes; i++)
        {
          CareplanEpisode *episode = g_ptr_array_index (index->episodes, i);
          const char *placement_type = careplan_episode_get_placement_type (episode);
          Arrangement arrangement = limit->classify (placement_type);
          CareplanDate start = careplan_episode_get_start (episode);

          if (arrangement == run)
            continue;
          if (run != ARRANGEMENT_ALLOWED)
            judge_arrangement (rule, evaluation, limit, run, run_type, run_start, start, findings);
          run = arrangement;
          run_type = placement_type;
          run_start = start;
        }
      if (run != ARRANGEMENT_ALLOWED)
        judge_arrangement (rule, evaluation, limit, run, run_type, run_start, span->end, findings);
    }
}

/* ---------------------------------------------------------------------
 * cppcr-2010.reg27A.no-other-arrangements-under-16
 *
 * "A responsible authority may only place a child under 16 in
 * accommodation in accordance with other arrangements under section
 * 22C(6)(d), where the accommodation is— …" (SI 2021/161, from 9 September
 * 2021) — CONFIRMED-PRIMARY.  See above for the codes.
 */
/* Not a row: a prohibition judged day by day against the child's age and the
 * placement type, reported as days in breach. */
static void
no_other_arrangements_under_16 (CareplanRule             *rule,
                                const CareplanEvaluation *evaluation,
                                CareplanFindingArray     *findings)
{
  judge_arrangements (rule, evaluation, &under_16_limit, findings);
}

static const CareplanRuleDefinition no_other_arrangements_under_16_rule = {
  .id = "cppcr-2010.reg27A.no-other-arrangements-under-16", .source = &cppcr_2010_reg_27a,
  .title = "No child under 16 placed in other arrangements except in the settings "
           "regulation 27A allows",
  .provision = "regulation 27A", .url = CPPCR_2010_REG_27A_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  .evaluate = no_other_arrangements_under_16,
};

/* ---------------------------------------------------------------------
 * cppcr-2010.reg27C.16-17-supported-accommodation
 *
 * "A responsible authority may only place a child who is 16 or 17 years
 * old in accommodation in accordance with other arrangements under
 * section 22C(6)(d), where the accommodation— (a) is supported
 * accommodation … or (b) is excepted accommodation." (SI 2023/416 reg 36,
 * from 28 October 2023) — CONFIRMED-PRIMARY.  See above for the codes.
 */
/* Not a row: a prohibition judged day by day against the child's age and the
 * placement type, reported as days in breach. */
static void
supported_accommodation_16_17 (CareplanRule             *rule,
                               const CareplanEvaluation *evaluation,
                               CareplanFindingArray     *findings)
{
  judge_arrangements (rule, evaluation, &aged_16_17_limit, findings);
}

static const CareplanRuleDefinition supported_accommodation_16_17_rule = {
  .id = "cppcr-2010.reg27C.16-17-supported-accommodation", .source = &cppcr_2010_reg_27c,
  .title = "A child aged 16 or 17 placed in other arrangements only in supported or "
           "excepted accommodation",
  .provision = "regulation 27C",
  .url = "https://www.legislation.gov.uk/uksi/2010/959/regulation/27C",
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY,
  .evaluate = supported_accommodation_16_17,
};

CareplanRuleFamily careplan_rules_placements = {
  &pwp_assessment_and_review, &pwp_decision, &temporary_approval_rule,
  &temporary_approval_extension_rule, &no_other_arrangements_under_16_rule,
  &supported_accommodation_16_17_rule, NULL,
};
