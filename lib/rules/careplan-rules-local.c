/* careplan-rules-local.c: local targets, rows filled in by data
 *
 * A local policy (docs/rules.md, "Local policies") sets targets like "every child in
 * our care has a permanence plan at 12 weeks".  They all have one shape: an
 * anchor (each period of care's start, each placement's start, each event
 * of a kind, or a birthday while looked after), a timescale from it, and a list of events that must
 * all be recorded by then: the shape of a statutory row.  So each target
 * becomes a CareplanObligationSpec (with `requirements`) that
 * careplan_obligation_evaluate_spec() interprets, the same code path as a
 * statute's row; a policy file (careplan-policy-reader.c) says which, and
 * the reader fills in the row itself.
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

static void
local_rule_clear (gpointer data)
{
  CareplanLocalRule *self = data;

  g_string_chunk_free (self->strings);
  g_array_unref (self->requirements);
  g_ptr_array_unref (self->details);
}

CareplanLocalRule *
careplan_local_rule_new (void)
{
  CareplanLocalRule *self = g_atomic_rc_box_new0 (CareplanLocalRule);

  self->strings = g_string_chunk_new (256);
  self->requirements = g_array_new (FALSE, TRUE, sizeof (CareplanObligationRequirement));
  self->details = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return self;
}

void
careplan_local_rule_release (CareplanLocalRule *self)
{
  g_atomic_rc_box_release_full (self, local_rule_clear);
}

const char *
careplan_local_rule_intern (CareplanLocalRule *self,
                            const char        *text)
{
  return text != NULL ? g_string_chunk_insert_const (self->strings, text) : NULL;
}

/* Takes @text (owned) into @self's strings. */
static const char *
take_string (CareplanLocalRule *self,
             char              *text)
{
  const char *kept = g_string_chunk_insert (self->strings, text);

  g_free (text);
  return kept;
}

/* "the 16th birthday", "the 21st birthday". */
static char *
birthday_phrase (guint age)
{
  const char *suffix = "th";

  if (age % 100 < 11 || age % 100 > 13)
    suffix = age % 10 == 1 ? "st" : age % 10 == 2 ? "nd" : age % 10 == 3 ? "rd" : "th";
  return g_strdup_printf ("the %u%s birthday", age, suffix);
}

static char *
requirement_words (CareplanLocalRule *self)
{
  GString *words = g_string_new (NULL);
  guint r;

  for (r = 0; r < self->requirements->len; r++)
    {
      g_autofree char *kind =
        careplan_obligation_event_kind_words (g_array_index (self->requirements, CareplanObligationRequirement, r).kind);

      if (r > 0)
        g_string_append (words, r + 1 == self->requirements->len ? " and " : ", ");
      g_string_append (words, kind);
    }

  return g_string_free (words, FALSE);
}

CareplanRule *
careplan_local_rule_take (CareplanLocalRule *self)
{
  CareplanObligationSpec *spec = &self->spec;
  CareplanParameterSpec *within = &self->parameters[CAREPLAN_LOCAL_RULE_WITHIN];
  CareplanParameterSpec *every = &self->parameters[CAREPLAN_LOCAL_RULE_EVERY];
  g_autofree char *anchor_words = careplan_obligation_event_kind_words (spec->anchor_event);

  g_return_val_if_fail (self != NULL && self->requirements->len > 0, NULL);

  if (spec->what == NULL)
    spec->what = take_string (self, requirement_words (self));
  if (spec->per == CAREPLAN_OBLIGATION_PER_PERIOD)
    spec->anchor_phrase = "becoming looked after";
  else if (spec->per == CAREPLAN_OBLIGATION_PER_PLACEMENT)
    spec->anchor_phrase = "the start of the placement";
  else if (spec->per == CAREPLAN_OBLIGATION_PER_BIRTHDAY)
    spec->anchor_phrase = take_string (self, birthday_phrase (spec->birthday_age));
  else
    spec->anchor_phrase = take_string (self, g_strdup_printf ("the %s", anchor_words));
  spec->requirements = (const CareplanObligationRequirement *) (gpointer) self->requirements->data;
  spec->n_requirements = self->requirements->len;
  spec->done_verb = "recorded";
  spec->within = "within";
  spec->every = every->default_value > 0 ? "every" : NULL;
  spec->every_what = spec->what;
  spec->every_anchor_phrase = take_string (self, g_strdup_printf ("the last %s", spec->what));
  spec->short_breaks = "which local targets leave to regulation 48";
  spec->short_breaks_by_period = TRUE;

  within->name = "within";
  within->description = take_string (self, g_strdup_printf ("%s after %s by which the %s is due",
                                                            careplan_time_unit_to_string (within->unit),
                                                            spec->anchor_phrase, spec->what));
  every->name = "every";
  if (every->default_value > 0)
    every->description = take_string (self, g_strdup_printf ("%s after the last %s by which the next is due",
                                                             careplan_time_unit_to_string (every->unit),
                                                             spec->what));

  self->source.family = "local";
  self->source.kind = CAREPLAN_RULE_KIND_LOCAL_POLICY;
  self->definition.source = &self->source;
  self->definition.confirmation = CAREPLAN_CONFIRMATION_LOCAL;
  self->definition.parameters = self->parameters;
  self->definition.n_parameters = every->default_value > 0 ? 2 : 1;
  self->definition.spec = spec;

  return careplan_rule_new_take_definition (&self->definition, local_rule_clear);
}
