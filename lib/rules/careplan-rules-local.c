/* careplan-rules-local.c: local targets, rows filled in by data
 *
 * A local policy (docs/rules.md, "Local policies") sets targets like "every child in
 * our care has a permanence plan at 12 weeks".  They all have one shape: an
 * anchor (each period of care's start, each placement's start, or each
 * event of a kind), a timescale from it, and a list of events that must
 * all be recorded by then: the shape of a statutory row.  So each target
 * becomes a CareplanObligationSpec (with `requirements`) that
 * careplan_obligation_evaluate_spec() interprets, the same code path as a
 * statute's row; a policy file (careplan-policy-reader.c) says which.
 *
 * A periodic target (`every`) runs, like reg 28 visits, from the actual
 * date on which the previous one was met; the events that met it never
 * meet its successor.
 *
 * Periods of care made only of short breaks follow reg 48 for the
 * statutory rules; a local target says nothing about them either, and
 * gives them `not-applicable`.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-rules-local-private.h"

#include <string.h>

#include "careplan-error.h"
#include "careplan-obligation-private.h"

enum {
  PARAMETER_WITHIN,
  PARAMETER_EVERY,
  N_PARAMETERS
};

/* The definition is the first member, so the rc box holding this struct
 * is also the definition the rule holds (careplan_rule_new_take_definition). */
typedef struct
{
  CareplanRuleDefinition     definition;
  CareplanRuleSource         source;
  CareplanParameterSpec      parameters[N_PARAMETERS];

  char                      *id;
  char                      *title;
  char                      *what;
  char                      *instrument;
  char                      *provision;
  char                      *url;
  char                      *in_force_from;
  char                      *in_force_until;
  char                      *within_description;
  char                      *every_description;

  CareplanObligationSpec     spec;
  char                      *anchor_phrase;
  char                      *successor_phrase;
  CareplanLocalRequirement  *requirements;
  GStrv                     *details;         /* one per requirement; NULL: any */
  guint                      n_requirements;
} LocalRule;

static void
local_rule_clear (gpointer data)
{
  LocalRule *self = data;
  guint i;

  g_free (self->id);
  g_free (self->title);
  g_free (self->what);
  g_free (self->instrument);
  g_free (self->provision);
  g_free (self->url);
  g_free (self->in_force_from);
  g_free (self->in_force_until);
  g_free (self->within_description);
  g_free (self->every_description);
  g_free (self->anchor_phrase);
  g_free (self->successor_phrase);
  for (i = 0; i < self->n_requirements; i++)
    g_strfreev (self->details[i]);
  g_free (self->details);
  g_free (self->requirements);
}

/* Names ------------------------------------------------------------------- */

gboolean
careplan_rules_local_event_kind_from_string (const char        *text,
                                             CareplanEventKind *kind)
{
  guint i;

  g_return_val_if_fail (text != NULL, FALSE);

  for (i = 0; i < CAREPLAN_EVENT_N_KINDS; i++)
    {
      const char *name = careplan_event_kind_to_string ((CareplanEventKind) i);

      if (name != NULL && strcmp (name, text) == 0)
        {
          if (kind != NULL)
            *kind = (CareplanEventKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
careplan_rules_local_anchor_from_string (const char          *text,
                                         CareplanLocalAnchor *anchor,
                                         CareplanEventKind   *event_kind)
{
  CareplanLocalAnchor found;
  CareplanEventKind kind = CAREPLAN_EVENT_KIND_CARE_PLAN;

  g_return_val_if_fail (text != NULL, FALSE);

  /* The anchor kinds of findings (docs/rules.md ("Findings")): a period of care starts
   * when the child becomes looked after. */
  if (strcmp (text, "became-looked-after") == 0)
    found = CAREPLAN_LOCAL_ANCHOR_BECAME_LOOKED_AFTER;
  else if (strcmp (text, "placement-start") == 0)
    found = CAREPLAN_LOCAL_ANCHOR_PLACEMENT_START;
  else if (careplan_rules_local_event_kind_from_string (text, &kind))
    found = CAREPLAN_LOCAL_ANCHOR_EVENT;
  else
    return FALSE;

  if (anchor != NULL)
    *anchor = found;
  if (event_kind != NULL)
    *event_kind = kind;
  return TRUE;
}

gboolean
careplan_rules_local_unit_from_string (const char       *text,
                                       CareplanTimeUnit *unit)
{
  guint i;

  g_return_val_if_fail (text != NULL, FALSE);

  /* Durations only: a count or a day of the year is no timescale. */
  for (i = CAREPLAN_TIME_UNIT_DAYS; i <= CAREPLAN_TIME_UNIT_YEARS; i++)
    {
      if (strcmp (careplan_time_unit_to_string ((CareplanTimeUnit) i), text) == 0)
        {
          if (unit != NULL)
            *unit = (CareplanTimeUnit) i;
          return TRUE;
        }
    }

  return FALSE;
}

char *
careplan_rules_local_dup_event_kind_names (void)
{
  GString *names = g_string_new (NULL);
  guint i;

  for (i = 0; i < CAREPLAN_EVENT_N_KINDS; i++)
    {
      const char *name = careplan_event_kind_to_string ((CareplanEventKind) i);

      if (name == NULL)
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }

  return g_string_free (names, FALSE);
}

char *
careplan_rules_local_dup_anchor_names (void)
{
  g_autofree char *kinds = careplan_rules_local_dup_event_kind_names ();

  return g_strdup_printf ("became-looked-after, placement-start, %s", kinds);
}

/* Construction ------------------------------------------------------------ */

static gboolean
check_spec (const CareplanLocalRuleSpec  *spec,
            GError                      **error)
{
  g_autoptr(GError) date_error = NULL;
  guint r;

  if (spec->id == NULL || !g_str_has_prefix (spec->id, CAREPLAN_LOCAL_RULE_PREFIX) ||
      spec->id[strlen (CAREPLAN_LOCAL_RULE_PREFIX)] == '\0')
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "a local rule's id must start with “%s” and go on (got “%s”)",
                   CAREPLAN_LOCAL_RULE_PREFIX, spec->id != NULL ? spec->id : "");
      return FALSE;
    }
  if (spec->title == NULL || *spec->title == '\0' ||
      spec->instrument == NULL || *spec->instrument == '\0' ||
      spec->provision == NULL || *spec->provision == '\0')
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "local rule %s needs a title, an instrument and a provision", spec->id);
      return FALSE;
    }
  if (spec->within < 0 || spec->every < 0 ||
      spec->within_unit > CAREPLAN_TIME_UNIT_YEARS ||
      (spec->every > 0 && spec->every_unit > CAREPLAN_TIME_UNIT_YEARS))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "local rule %s: a timescale is a count of days, weeks, months, "
                   "working days or years, zero or more", spec->id);
      return FALSE;
    }
  if (spec->n_requirements == 0 || spec->requirements == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "local rule %s: nothing satisfies it (give at least one event)", spec->id);
      return FALSE;
    }
  for (r = 0; r < spec->n_requirements; r++)
    {
      if ((guint) spec->requirements[r].kind >= CAREPLAN_EVENT_N_KINDS ||
          careplan_event_kind_to_string (spec->requirements[r].kind) == NULL)
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                       "local rule %s: requirement %u is not an event kind", spec->id, r);
          return FALSE;
        }
      /* Otherwise each anchor event would meet its own obligation. */
      if (spec->anchor == CAREPLAN_LOCAL_ANCHOR_EVENT && spec->requirements[r].kind == spec->anchor_event)
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                       "local rule %s: the anchor event %s cannot also satisfy it "
                       "(a periodic target is an anchor and “every”)",
                       spec->id, careplan_event_kind_to_string (spec->anchor_event));
          return FALSE;
        }
    }
  if (spec->anchor == CAREPLAN_LOCAL_ANCHOR_EVENT &&
      ((guint) spec->anchor_event >= CAREPLAN_EVENT_N_KINDS ||
       careplan_event_kind_to_string (spec->anchor_event) == NULL))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "local rule %s: the anchor is not an event kind", spec->id);
      return FALSE;
    }
  if ((spec->in_force_from != NULL &&
       careplan_date_parse_iso (spec->in_force_from, &date_error) == CAREPLAN_DATE_NONE) ||
      (spec->in_force_until != NULL &&
       careplan_date_parse_iso (spec->in_force_until, &date_error) == CAREPLAN_DATE_NONE))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "local rule %s: in force: %s", spec->id, date_error->message);
      return FALSE;
    }

  return TRUE;
}

static char *
requirement_words (const CareplanLocalRuleSpec *spec)
{
  GString *words = g_string_new (NULL);
  guint r;

  for (r = 0; r < spec->n_requirements; r++)
    {
      g_autofree char *kind = careplan_obligation_event_kind_words (spec->requirements[r].kind);

      if (r > 0)
        g_string_append (words, r + 1 == spec->n_requirements ? " and " : ", ");
      g_string_append (words, kind);
    }

  return g_string_free (words, FALSE);
}

CareplanRule *
careplan_rules_local_new (const CareplanLocalRuleSpec  *spec,
                          GError                      **error)
{
  LocalRule *local;
  guint r;

  g_return_val_if_fail (spec != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_spec (spec, error))
    return NULL;

  local = g_atomic_rc_box_new0 (LocalRule);
  local->id = g_strdup (spec->id);
  local->title = g_strdup (spec->title);
  local->what = spec->what != NULL ? g_strdup (spec->what) : requirement_words (spec);
  local->instrument = g_strdup (spec->instrument);
  local->provision = g_strdup (spec->provision);
  local->url = g_strdup (spec->url);
  local->in_force_from = g_strdup (spec->in_force_from);
  local->in_force_until = g_strdup (spec->in_force_until);
  local->n_requirements = spec->n_requirements;
  local->requirements = g_new0 (CareplanLocalRequirement, spec->n_requirements);
  local->details = g_new0 (GStrv, spec->n_requirements);
  for (r = 0; r < spec->n_requirements; r++)
    {
      local->details[r] = spec->requirements[r].details != NULL
                            ? g_strdupv ((char **) spec->requirements[r].details) : NULL;
      local->requirements[r].kind = spec->requirements[r].kind;
      local->requirements[r].details = (const char * const *) local->details[r];
    }

  switch (spec->anchor)
    {
    case CAREPLAN_LOCAL_ANCHOR_BECAME_LOOKED_AFTER:
      local->anchor_phrase = g_strdup ("becoming looked after");
      break;
    case CAREPLAN_LOCAL_ANCHOR_PLACEMENT_START:
      local->anchor_phrase = g_strdup ("the start of the placement");
      break;
    case CAREPLAN_LOCAL_ANCHOR_EVENT:
    default:
      {
        g_autofree char *words = careplan_obligation_event_kind_words (spec->anchor_event);

        local->anchor_phrase = g_strdup_printf ("the %s", words);
      }
      break;
    }
  local->successor_phrase = g_strdup_printf ("the last %s", local->what);

  local->spec = (CareplanObligationSpec) {
    .per = spec->anchor == CAREPLAN_LOCAL_ANCHOR_BECAME_LOOKED_AFTER ? CAREPLAN_OBLIGATION_PER_PERIOD
         : spec->anchor == CAREPLAN_LOCAL_ANCHOR_PLACEMENT_START ? CAREPLAN_OBLIGATION_PER_PLACEMENT
         : CAREPLAN_OBLIGATION_PER_EVENT,
    .anchor_event = spec->anchor_event,
    .anchor_phrase = local->anchor_phrase,
    .anchor_in_period = spec->anchor == CAREPLAN_LOCAL_ANCHOR_EVENT,
    .requirements = local->requirements,
    .n_requirements = local->n_requirements,
    .done_verb = "recorded",
    .what = local->what,
    .within = "within",
    .every = spec->every > 0 ? "every" : NULL,
    .every_what = local->what,
    .every_anchor_phrase = local->successor_phrase,
    .short_breaks = "which local targets leave to regulation 48",
    .short_breaks_by_period = TRUE,
  };

  local->within_description = g_strdup_printf ("%s after %s by which the %s is due",
                                                careplan_time_unit_to_string (spec->within_unit),
                                                local->anchor_phrase, local->what);
  local->parameters[PARAMETER_WITHIN] = (CareplanParameterSpec) {
    .name = "within",
    .default_value = spec->within,
    .unit = spec->within_unit,
    .description = local->within_description,
  };

  if (spec->every > 0)
    {
      local->every_description = g_strdup_printf ("%s after the last %s by which the next is due",
                                                   careplan_time_unit_to_string (spec->every_unit),
                                                   local->what);
      local->parameters[PARAMETER_EVERY] = (CareplanParameterSpec) {
        .name = "every",
        .default_value = spec->every,
        .unit = spec->every_unit,
        .description = local->every_description,
      };
    }

  local->source = (CareplanRuleSource) {
    .family = CAREPLAN_LOCAL_RULE_FAMILY,
    .kind = CAREPLAN_RULE_KIND_LOCAL_POLICY,
    .instrument = local->instrument,
    .in_force_from = local->in_force_from,
    .in_force_until = local->in_force_until,
  };
  local->definition = (CareplanRuleDefinition) {
    .id = local->id,
    .source = &local->source,
    .title = local->title,
    .confirmation = CAREPLAN_CONFIRMATION_LOCAL,
    .provision = local->provision,
    .url = local->url,
    .parameters = local->parameters,
    .n_parameters = spec->every > 0 ? N_PARAMETERS : 1,
    .spec = &local->spec,
  };

  return careplan_rule_new_take_definition (&local->definition, local_rule_clear);
}
