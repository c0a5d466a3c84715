/* careplan-rules-missing.c: children missing from home or care (DfE
 * statutory guidance, January 2014)
 *
 * A return interview is owed for each missing episode once the child has
 * returned: its anchor is the return (the episode's end).  The interview
 * is recorded on the episode itself, so the obligation needs no placement
 * or period of care to own it, and it does not lapse when the child
 * leaves care (the guidance covers children missing from home too).  The
 * judging is careplan-obligation.c's.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-obligation-private.h"

#define MISSING_GUIDANCE "Statutory guidance on children who run away or go missing from home " \
                         "or care (DfE, January 2014)"
/* The publication page; the catalogue read the guidance only through its
 * contents list and secondary sources. */
#define MISSING_GUIDANCE_URL "https://www.gov.uk/government/publications/children-who-run-away-or-go-missing-from-home-or-care"
/* The catalogue dates the guidance "January 2014" without a day: the rule
 * applies to returns from the first of that month. */
#define MISSING_GUIDANCE_IN_FORCE "2014-01-01"

static const CareplanRuleSource missing_guidance = {
  .family = "missing", .kind = CAREPLAN_RULE_KIND_STATUTORY_GUIDANCE,
  .instrument = MISSING_GUIDANCE, .in_force_from = MISSING_GUIDANCE_IN_FORCE,
};

/* ---------------------------------------------------------------------
 * guidance.missing-2014.return-interview-72h
 *
 * A child who has been missing should be offered an independent return
 * interview within 72 hours of returning to their home or care setting
 * ("Independent return interviews"; paragraph number UNCONFIRMED) —
 * CONFIRMED-SECONDARY.
 *
 * Records hold dates, not times, so 72 hours is read as the catalogue's
 * conservative date-only check: interview date ≤ return date + `days` (3:
 * a return at 21:30 on Fri 14 Nov 2025 is due by Mon 17 Nov 2025).  An
 * interview dated before the return does not count.  An episode still
 * open at the as-of date owes nothing yet (no finding).
 *
 * The guidance asks that the interview be *offered*: a child may decline.
 * So with `offered_counts` = 1, an episode recorded as offered
 * (`return_interview_offered` true) with no interview date is `met`, its
 * done date null (the offer's date is not recorded, so its timeliness is
 * taken on trust; the message says so).  An interview date, when present,
 * is always judged on its own.
 *
 * Episodes recorded as away from placement without authorisation (detail
 * `A`) are not "missing": the guidance deals with them separately, and
 * the return interview follows a missing child's being found.  They are
 * `not-applicable` unless `include_away` = 1.
 */
static const CareplanParameterSpec return_interview_parameters[] = {
  { "days", 3, CAREPLAN_TIME_UNIT_DAYS,
    "calendar days after the return date by which the return interview is due: 3 is the "
    "catalogue's conservative date-only reading of 72 hours (UNCONFIRMED: the third day "
    "after the return is the day the 72 hours end, whatever the hour of return); 2 accepts "
    "only interviews certainly within 72 hours whatever the hour" },
  { "offered_counts", 1, CAREPLAN_TIME_UNIT_COUNT,
    "1: an interview recorded as offered (return_interview_offered) with no interview date, "
    "as when the child declines, is met, the guidance asking that an interview be offered; "
    "0: only an interview held within the limit meets the rule", 0, 1 },
  { "include_away", 0, CAREPLAN_TIME_UNIT_COUNT,
    "0: episodes of absence without authorisation (missing code A, whereabouts known) are not "
    "applicable, the interview following a missing child's being found; 1: they are checked "
    "as missing episodes are", 0, 1 },
};

/* Not a row: an offer with no interview date meets it (`offered_counts`),
 * episodes of absence (code A) are excluded by a parameter (`include_away`),
 * and the interview date is a field of the anchor itself, which needs no
 * placement or period of care. */
static void
return_interview (CareplanRule             *rule,
                  const CareplanEvaluation *evaluation,
                  CareplanFindingArray     *findings)
{
  GPtrArray *episodes = evaluation->index->events[CAREPLAN_EVENT_KIND_MISSING_EPISODE];
  int days = careplan_rule_get_parameter_value (rule, 0);
  gboolean offered_counts = careplan_rule_get_parameter_value (rule, 1) != 0;
  gboolean include_away = careplan_rule_get_parameter_value (rule, 2) != 0;
  const char *child_id = careplan_child_get_id (evaluation->child);
  guint k;

  for (k = 0; k < episodes->len; k++)
    {
      CareplanEvent *episode = g_ptr_array_index (episodes, k);
      CareplanDate returned = careplan_event_get_end (episode);
      CareplanDate interview = careplan_event_get_date_field (episode, "return_interview");
      CareplanObligation obligation = {
        .what = "return interview",
        .done_verb = "held",
        .anchor_kind = "missing-return",
        .anchor_phrase = "the return",
        .anchor_date = returned,
        .count = days,
        .unit = return_interview_parameters[0].unit,
      };
      CareplanScope scope = {
        .start = returned,
        .end = CAREPLAN_DATE_NONE,
        .end_exclusive = FALSE,
        .noun = "missing episode",
      };
      CareplanDate due;

      /* Still missing at the as-of date: the clock has not started. */
      if (returned == CAREPLAN_DATE_NONE || returned > evaluation->as_of)
        continue;

      if (!include_away && g_strcmp0 (careplan_event_get_sub_kind (episode), "A") == 0)
        {
          careplan_obligation_add_not_applicable (findings, rule, child_id, "return interview",
                                                  "missing-return", returned,
                                                  "the child was away from placement "
                                                  "without authorisation (code A), "
                                                  "not missing");
          continue;
        }

      if (interview != CAREPLAN_DATE_NONE && (interview < returned || interview > evaluation->as_of))
        interview = CAREPLAN_DATE_NONE;

      /* Days, like the rule's unit: never outside a calendar's range (a
       * date past 9999 is left to careplan_obligation_evaluate()). */
      due = careplan_date_add_days (returned, days);

      if (interview == CAREPLAN_DATE_NONE && offered_counts && due != CAREPLAN_DATE_NONE &&
          careplan_event_get_return_interview_offered (episode) == CAREPLAN_TRISTATE_YES)
        {
          g_autofree char *timescale = NULL;
          char due_iso[CAREPLAN_DATE_ISO_LENGTH];
          char returned_iso[CAREPLAN_DATE_ISO_LENGTH];

          if (!careplan_obligation_in_force (rule, evaluation, &obligation, findings))
            continue;

          timescale = careplan_obligation_format_timescale (days, obligation.unit);
          careplan_date_format_iso (due, due_iso);
          careplan_date_format_iso (returned, returned_iso);
          careplan_finding_array_add_take (findings, rule, child_id, CAREPLAN_FINDING_STATUS_MET,
                                           obligation.anchor_kind, returned, due,
                                           CAREPLAN_DATE_NONE,
                                           CAREPLAN_FINDING_NO_DAYS_LATE,
                                           g_strdup_printf ("return interview due %s: %s after "
                                                            "the return on %s; offered, with no "
                                                            "interview recorded (declined or not "
                                                            "held; the offer's date is not "
                                                            "recorded)",
                                                            due_iso, timescale, returned_iso));
          continue;
        }

      careplan_obligation_evaluate (rule, evaluation, &obligation, &scope, interview, findings);
    }
}

static const CareplanRuleDefinition return_interview_rule = {
  .id = "guidance.missing-2014.return-interview-72h", .source = &missing_guidance,
  .title = "Independent return interview offered within 72 hours of a missing child's return",
  .provision = "independent return interviews (paragraph number unconfirmed)",
  .url = MISSING_GUIDANCE_URL,
  .confirmation = CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY,
  CAREPLAN_RULE_PARAMETER_ARRAY (return_interview_parameters),
  .evaluate = return_interview,
};

CareplanRuleFamily careplan_rules_missing = {
  &return_interview_rule, NULL,
};
