/* careplan-rule.c: one cited rule and its parameter values
 *
 * A rule wraps a static CareplanRuleDefinition (citation, parameters and
 * the function that judges it) and carries its own copy of the parameter
 * values.  Nothing about a rule changes once it is built: a different
 * value means a different rule (careplan_rule_copy_with_parameter()), so
 * a rulebook can be evaluated from several threads without locks.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-rule.h"

#include "careplan-enum-types.h"
#include "careplan-error.h"
#include "careplan-obligation-private.h"
#include "careplan-rule-private.h"

/**
 * CareplanRule:
 *
 * One statutory, guidance, DfE-definition or local rule, with its citation
 * and the values of its parameters.
 *
 * A rule has a stable id from the rules catalogue (for example
 * `cppcr-2010.reg33-1.first-review`), a title, a [enum@Careplan.RuleKind],
 * how firmly the catalogue established it ([enum@Careplan.Confirmation]),
 * a citation (instrument, provision, legislation.gov.uk address) and the
 * dates it is in force.
 *
 * Rules are immutable: [method@Careplan.Rule.copy_with_parameter] returns
 * a new rule, so a [class@Careplan.Rulebook] may be shared between threads.
 * Rules are made by the library; get them from
 * [ctor@Careplan.Rulebook.new_default].
 *
 * Since: 0.1
 */
struct _CareplanRule
{
  GObject                       parent_instance;

  const CareplanRuleDefinition *definition;
  int                          *values;            /* one per definition->parameters */
  const char                  **parameter_names;   /* NULL-terminated; strings are static */
  CareplanDate                  in_force_from;
  CareplanDate                  in_force_until;
  /* Set when the definition was built at run time (a policy's local
   * rule): it is then an atomic reference-counted box, of which the rule
   * and each of its copies hold one reference. */
  GDestroyNotify                definition_clear;
};

G_DEFINE_FINAL_TYPE (CareplanRule, careplan_rule, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_FAMILY,
  PROP_TITLE,
  PROP_KIND,
  PROP_CONFIRMATION,
  PROP_INSTRUMENT,
  PROP_PROVISION,
  PROP_URL,
  PROP_IN_FORCE_FROM,
  PROP_IN_FORCE_UNTIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
careplan_rule_finalize (GObject *object)
{
  CareplanRule *self = CAREPLAN_RULE (object);

  g_clear_pointer (&self->values, g_free);
  g_clear_pointer (&self->parameter_names, g_free);
  if (self->definition_clear != NULL)
    g_atomic_rc_box_release_full ((gpointer) self->definition, self->definition_clear);
  self->definition = NULL;

  G_OBJECT_CLASS (careplan_rule_parent_class)->finalize (object);
}

static void
careplan_rule_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CareplanRule *self = CAREPLAN_RULE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, careplan_rule_get_id (self));
      break;
    case PROP_FAMILY:
      g_value_set_string (value, careplan_rule_get_family (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, careplan_rule_get_title (self));
      break;
    case PROP_KIND:
      g_value_set_enum (value, careplan_rule_get_kind (self));
      break;
    case PROP_CONFIRMATION:
      g_value_set_enum (value, careplan_rule_get_confirmation (self));
      break;
    case PROP_INSTRUMENT:
      g_value_set_string (value, careplan_rule_get_instrument (self));
      break;
    case PROP_PROVISION:
      g_value_set_string (value, careplan_rule_get_provision (self));
      break;
    case PROP_URL:
      g_value_set_string (value, careplan_rule_get_url (self));
      break;
    case PROP_IN_FORCE_FROM:
      g_value_set_uint (value, self->in_force_from);
      break;
    case PROP_IN_FORCE_UNTIL:
      g_value_set_uint (value, self->in_force_until);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_rule_class_init (CareplanRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_rule_finalize;
  object_class->get_property = careplan_rule_get_property;

  /**
   * CareplanRule:id: (getter get_id)
   *
   * The stable id of the rule, as in the rules catalogue
   * (`cppcr-2010.reg33-1.first-review`).
   *
   * Since: 0.1
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanRule:family: (getter get_family)
   *
   * The family the rule belongs to (`reviews`, `visits`, …).
   *
   * Since: 0.1
   */
  properties[PROP_FAMILY] =
    g_param_spec_string ("family", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanRule:title: (getter get_title)
   *
   * A short human title of the obligation.
   *
   * Since: 0.1
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanRule:kind: (getter get_kind)
   *
   * Where the rule's force comes from.
   *
   * Since: 0.1
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CAREPLAN_TYPE_RULE_KIND,
                       CAREPLAN_RULE_KIND_STATUTE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanRule:confirmation: (getter get_confirmation)
   *
   * How firmly the rules catalogue established the rule.
   *
   * Since: 0.1
   */
  properties[PROP_CONFIRMATION] =
    g_param_spec_enum ("confirmation", NULL, NULL,
                       CAREPLAN_TYPE_CONFIRMATION,
                       CAREPLAN_CONFIRMATION_UNCONFIRMED,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanRule:instrument: (getter get_instrument)
   *
   * The instrument cited (`Care Planning, Placement and Case Review
   * (England) Regulations 2010`).
   *
   * Since: 0.1
   */
  properties[PROP_INSTRUMENT] =
    g_param_spec_string ("instrument", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanRule:provision: (getter get_provision)
   *
   * The provision cited within the instrument (`reg 33(1)`).
   *
   * Since: 0.1
   */
  properties[PROP_PROVISION] =
    g_param_spec_string ("provision", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanRule:url: (getter get_url)
   *
   * Where the provision can be read (a legislation.gov.uk address for
   * legislation).
   *
   * Since: 0.1
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanRule:in-force-from: (getter get_in_force_from)
   *
   * The first day the rule is in force, or %CAREPLAN_DATE_NONE when it has
   * no known start.
   *
   * Since: 0.1
   */
  properties[PROP_IN_FORCE_FROM] =
    g_param_spec_uint ("in-force-from", NULL, NULL, 0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanRule:in-force-until: (getter get_in_force_until)
   *
   * The last day the rule is in force, or %CAREPLAN_DATE_NONE while it is
   * still in force.
   *
   * Since: 0.1
   */
  properties[PROP_IN_FORCE_UNTIL] =
    g_param_spec_uint ("in-force-until", NULL, NULL, 0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_rule_init (CareplanRule *self)
{
}

static CareplanDate
parse_definition_date (const CareplanRuleDefinition *definition,
                       const char                   *text)
{
  g_autoptr(GError) error = NULL;
  CareplanDate date;

  if (text == NULL)
    return CAREPLAN_DATE_NONE;

  date = careplan_date_parse_iso (text, &error);
  /* The definitions are compiled in, so a bad date is a programming error. */
  if (date == CAREPLAN_DATE_NONE)
    g_critical ("rule %s: bad in-force date: %s", definition->id, error->message);

  return date;
}

static CareplanRule *
careplan_rule_new_with_values (const CareplanRuleDefinition *definition,
                               const int                    *values)
{
  CareplanRule *self;
  guint i;

  self = g_object_new (CAREPLAN_TYPE_RULE, NULL);
  self->definition = definition;
  self->values = g_new0 (int, MAX (definition->n_parameters, 1));
  self->parameter_names = g_new0 (const char *, definition->n_parameters + 1);

  for (i = 0; i < definition->n_parameters; i++)
    {
      self->values[i] = values != NULL ? values[i] : definition->parameters[i].default_value;
      self->parameter_names[i] = definition->parameters[i].name;
    }

  self->in_force_from = parse_definition_date (definition, definition->source->in_force_from);
  self->in_force_until = parse_definition_date (definition, definition->source->in_force_until);

  return self;
}

/*
 * careplan_rule_new_from_definition:
 * @definition: a definition that outlives the rule (in practice, static)
 *
 * Returns: (transfer full): a rule with the default parameter values
 */
CareplanRule *
careplan_rule_new_from_definition (const CareplanRuleDefinition *definition)
{
  g_return_val_if_fail (definition != NULL, NULL);
  g_return_val_if_fail (definition->id != NULL, NULL);
  g_return_val_if_fail (definition->source != NULL, NULL);
  g_return_val_if_fail ((definition->evaluate != NULL) != (definition->spec != NULL), NULL);

  return careplan_rule_new_with_values (definition, NULL);
}

/*
 * careplan_rule_new_take_definition:
 * @definition: (transfer full): a definition allocated with
 *   g_atomic_rc_box_new0() (or the first member of a struct so allocated)
 *   whose strings and parameters it owns
 * @clear_func: frees what @definition owns, when the last rule holding it
 *   is finalized
 *
 * Like careplan_rule_new_from_definition(), for a definition built at run
 * time: the rule takes the caller's reference to @definition, and each
 * copy (careplan_rule_copy_with_parameter()) takes one more.
 *
 * Returns: (transfer full): a rule with the default parameter values
 */
CareplanRule *
careplan_rule_new_take_definition (CareplanRuleDefinition *definition,
                                   GDestroyNotify          clear_func)
{
  CareplanRule *self;

  g_return_val_if_fail (definition != NULL, NULL);
  g_return_val_if_fail (definition->id != NULL, NULL);
  g_return_val_if_fail (definition->source != NULL, NULL);
  g_return_val_if_fail ((definition->evaluate != NULL) != (definition->spec != NULL), NULL);
  g_return_val_if_fail (clear_func != NULL, NULL);

  self = careplan_rule_new_with_values (definition, NULL);
  self->definition_clear = clear_func;

  return self;
}

const CareplanRuleDefinition *
careplan_rule_get_definition (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);

  return self->definition;
}

int
careplan_rule_get_parameter_value (CareplanRule *self,
                                   guint         index)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), 0);
  g_return_val_if_fail (index < self->definition->n_parameters, 0);

  return self->values[index];
}

void
careplan_rule_evaluate (CareplanRule             *self,
                        const CareplanEvaluation *evaluation,
                        CareplanFindingArray     *findings)
{
  g_return_if_fail (CAREPLAN_IS_RULE (self));
  g_return_if_fail (evaluation != NULL);
  g_return_if_fail (findings != NULL);

  if (self->definition->spec != NULL)
    careplan_obligation_evaluate_spec (self, evaluation, findings);
  else
    self->definition->evaluate (self, evaluation, findings);
}

/**
 * careplan_rule_get_id: (get-property id)
 * @self: a rule
 *
 * Gets the stable id of the rule.
 *
 * Returns: (transfer none): the id
 *
 * Since: 0.1
 */
const char *
careplan_rule_get_id (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);

  return self->definition->id;
}

/**
 * careplan_rule_get_family: (get-property family)
 * @self: a rule
 *
 * Gets the family the rule belongs to.
 *
 * Returns: (transfer none): the family (`reviews`, `visits`, …)
 *
 * Since: 0.1
 */
const char *
careplan_rule_get_family (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);

  return self->definition->source->family;
}

/**
 * careplan_rule_get_title: (get-property title)
 * @self: a rule
 *
 * Gets the short human title of the rule.
 *
 * Returns: (transfer none): the title
 *
 * Since: 0.1
 */
const char *
careplan_rule_get_title (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);

  return self->definition->title;
}

/**
 * careplan_rule_get_kind: (get-property kind)
 * @self: a rule
 *
 * Gets where the rule's force comes from.
 *
 * Returns: the kind of rule
 *
 * Since: 0.1
 */
CareplanRuleKind
careplan_rule_get_kind (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), CAREPLAN_RULE_KIND_STATUTE);

  return self->definition->source->kind;
}

/**
 * careplan_rule_get_confirmation: (get-property confirmation)
 * @self: a rule
 *
 * Gets how firmly the rules catalogue established the rule.
 *
 * Returns: the confirmation status
 *
 * Since: 0.1
 */
CareplanConfirmation
careplan_rule_get_confirmation (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), CAREPLAN_CONFIRMATION_UNCONFIRMED);

  return self->definition->confirmation;
}

/**
 * careplan_rule_get_instrument: (get-property instrument)
 * @self: a rule
 *
 * Gets the instrument the rule cites.
 *
 * Returns: (transfer none): the instrument
 *
 * Since: 0.1
 */
const char *
careplan_rule_get_instrument (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);

  return self->definition->source->instrument;
}

/**
 * careplan_rule_get_provision: (get-property provision)
 * @self: a rule
 *
 * Gets the provision the rule cites within its instrument.
 *
 * Returns: (transfer none): the provision
 *
 * Since: 0.1
 */
const char *
careplan_rule_get_provision (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);

  return self->definition->provision;
}

/**
 * careplan_rule_get_url: (get-property url)
 * @self: a rule
 *
 * Gets the address where the cited provision can be read.
 *
 * Returns: (transfer none) (nullable): the address
 *
 * Since: 0.1
 */
const char *
careplan_rule_get_url (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);

  return self->definition->url;
}

/**
 * careplan_rule_get_in_force_from: (get-property in-force-from)
 * @self: a rule
 *
 * Gets the first day the rule is in force.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE when the rule has no known start
 *
 * Since: 0.1
 */
CareplanDate
careplan_rule_get_in_force_from (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), CAREPLAN_DATE_NONE);

  return self->in_force_from;
}

/**
 * careplan_rule_get_in_force_until: (get-property in-force-until)
 * @self: a rule
 *
 * Gets the last day the rule is in force.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE while the rule is in force
 *
 * Since: 0.1
 */
CareplanDate
careplan_rule_get_in_force_until (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), CAREPLAN_DATE_NONE);

  return self->in_force_until;
}

/**
 * careplan_rule_is_in_force_on:
 * @self: a rule
 * @date: a date
 *
 * Checks whether @date falls within the rule's in-force dates (both
 * included). Rules apply to an obligation whose anchor date is in force.
 *
 * Returns: %TRUE if the rule is in force on @date
 *
 * Since: 0.1
 */
gboolean
careplan_rule_is_in_force_on (CareplanRule *self,
                              CareplanDate  date)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), FALSE);

  if (self->in_force_from != CAREPLAN_DATE_NONE && date < self->in_force_from)
    return FALSE;
  if (self->in_force_until != CAREPLAN_DATE_NONE && date > self->in_force_until)
    return FALSE;

  return TRUE;
}

/**
 * careplan_rule_get_parameter_names:
 * @self: a rule
 *
 * Gets the names of the rule's parameters, in the rule's own order.
 *
 * Returns: (transfer none) (array zero-terminated=1): the names
 *
 * Since: 0.1
 */
const char * const *
careplan_rule_get_parameter_names (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);

  return (const char * const *) self->parameter_names;
}

static gboolean
find_parameter (CareplanRule *self,
                const char   *name,
                guint        *index)
{
  guint i;

  for (i = 0; i < self->definition->n_parameters; i++)
    {
      if (g_str_equal (self->definition->parameters[i].name, name))
        {
          *index = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * careplan_rule_get_parameter:
 * @self: a rule
 * @name: the name of a parameter (`interval`, `working_days`, …)
 * @value: (out) (optional): the parameter's value
 * @unit: (out) (optional): the unit the value counts
 *
 * Gets the value of one of the rule's parameters.
 *
 * Returns: %TRUE if the rule has a parameter called @name
 *
 * Since: 0.1
 */
gboolean
careplan_rule_get_parameter (CareplanRule     *self,
                             const char       *name,
                             int              *value,
                             CareplanTimeUnit *unit)
{
  guint index;

  g_return_val_if_fail (CAREPLAN_IS_RULE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (!find_parameter (self, name, &index))
    return FALSE;

  if (value != NULL)
    *value = self->values[index];
  if (unit != NULL)
    *unit = self->definition->parameters[index].unit;

  return TRUE;
}

/**
 * careplan_rule_get_parameter_description:
 * @self: a rule
 * @name: the name of a parameter
 *
 * Gets a one-line description of a parameter.
 *
 * Returns: (transfer none) (nullable): the description, or %NULL if the
 *   rule has no parameter called @name
 *
 * Since: 0.1
 */
const char *
careplan_rule_get_parameter_description (CareplanRule *self,
                                         const char   *name)
{
  guint index;

  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!find_parameter (self, name, &index))
    return NULL;

  return self->definition->parameters[index].description;
}

/**
 * careplan_rule_dup_shape:
 * @self: a rule
 *
 * Says, in one sentence built from the rule's own definition, what a rule
 * of the common shape asks: what it runs per (period of care, placement,
 * event), its anchor, its time limits with their parameters' current
 * values and names, what meets it and whether a series of short breaks is
 * left out.  For example "for each period of care: first review within 20
 * working days (`working_days`) after becoming looked after, met by a
 * review; a series of short breaks (reg 48): not applicable".
 *
 * Rules whose shape is irregular (eligibility, deadlines fixed by another
 * event, the special visiting regimes) are written as functions and have
 * no such sentence: their comments in the source say why.
 *
 * Returns: (transfer full) (nullable): the shape, or %NULL for a rule
 *   written as a function
 *
 * Since: 0.1
 */
char *
careplan_rule_dup_shape (CareplanRule *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);

  if (self->definition->spec == NULL)
    return NULL;

  return careplan_obligation_spec_describe (self->definition->spec, self);
}

/**
 * careplan_rule_copy_with_parameter:
 * @self: a rule
 * @name: the name of a parameter
 * @value: its new value, zero or more
 * @error: return location for a #GError
 *
 * Makes a rule like @self whose parameter @name has @value; @self is not
 * changed. This is how a local policy tightens a timescale (visits every
 * 28 days rather than 42).
 *
 * Returns: (transfer full): the new rule, or %NULL with @error set
 *   (%CAREPLAN_ERROR_UNKNOWN_RULE when the rule has no such parameter,
 *   %CAREPLAN_ERROR_FAILED for a negative value)
 *
 * Since: 0.1
 */
CareplanRule *
careplan_rule_copy_with_parameter (CareplanRule  *self,
                                   const char    *name,
                                   int            value,
                                   GError       **error)
{
  CareplanRule *copy;
  guint index;

  g_return_val_if_fail (CAREPLAN_IS_RULE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!find_parameter (self, name, &index))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_UNKNOWN_RULE,
                   "rule %s has no parameter %s",
                   self->definition->id, name);
      return NULL;
    }

  if (value < 0)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                   "rule %s: parameter %s cannot be negative (%d)",
                   self->definition->id, name, value);
      return NULL;
    }

  {
    const CareplanParameterSpec *spec = &self->definition->parameters[index];

    if (spec->maximum > spec->minimum && (value < spec->minimum || value > spec->maximum))
      {
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_FAILED,
                     "rule %s: parameter %s is %d, outside its domain (%d to %d)",
                     self->definition->id, name, value, spec->minimum, spec->maximum);
        return NULL;
      }
  }

  copy = careplan_rule_new_with_values (self->definition, self->values);
  copy->values[index] = value;
  if (self->definition_clear != NULL)
    {
      g_atomic_rc_box_acquire ((gpointer) self->definition);
      copy->definition_clear = self->definition_clear;
    }

  return copy;
}

/* The nick glib-mkenums gave @value of the enum @type, which is also the
 * name used in files and on the command line. */
static const char *
enum_nick (GType type,
           int   value)
{
  GEnumClass *enum_class = g_type_class_ref (type);
  GEnumValue *found = g_enum_get_value (enum_class, value);

  /* The class of a static type is never finalized: its nicks outlive this. */
  g_type_class_unref (enum_class);
  g_return_val_if_fail (found != NULL, NULL);

  return found->value_nick;
}

/**
 * careplan_rule_kind_to_string:
 * @kind: a kind of rule
 *
 * Gets the name of @kind used in files and on the command line:
 * `statute`, `statutory-guidance`, `dfe-definition` or `local-policy`.
 *
 * Returns: (transfer none): the name
 *
 * Since: 0.1
 */
const char *
careplan_rule_kind_to_string (CareplanRuleKind kind)
{
  return enum_nick (CAREPLAN_TYPE_RULE_KIND, kind);
}

/**
 * careplan_confirmation_to_string:
 * @confirmation: a confirmation status
 *
 * Gets the label the rules catalogue uses for @confirmation:
 * `CONFIRMED-PRIMARY`, `CONFIRMED-SECONDARY`, `VALIDATOR`, `UNCONFIRMED`
 * or `LOCAL`.
 *
 * Returns: (transfer none): the label
 *
 * Since: 0.1
 */
const char *
careplan_confirmation_to_string (CareplanConfirmation confirmation)
{
  switch (confirmation)
    {
    case CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY:
      return "CONFIRMED-PRIMARY";
    case CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY:
      return "CONFIRMED-SECONDARY";
    case CAREPLAN_CONFIRMATION_VALIDATOR:
      return "VALIDATOR";
    case CAREPLAN_CONFIRMATION_UNCONFIRMED:
      return "UNCONFIRMED";
    case CAREPLAN_CONFIRMATION_LOCAL:
      return "LOCAL";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * careplan_time_unit_to_string:
 * @unit: a unit of time
 *
 * Gets the name of @unit used in files and on the command line: `days`,
 * `weeks`, `months`, `working-days`, `years`, `count` or `month-day`.
 *
 * Returns: (transfer none): the name
 *
 * Since: 0.1
 */
const char *
careplan_time_unit_to_string (CareplanTimeUnit unit)
{
  return enum_nick (CAREPLAN_TYPE_TIME_UNIT, unit);
}
