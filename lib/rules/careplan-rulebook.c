/* careplan-rulebook.c: a set of rules with their parameter values
 *
 * An ordered list (the order findings come out in) plus a hash table from
 * rule id for lookups.  Rules are immutable, so changing a parameter
 * replaces the rule at its position with a copy.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-rulebook.h"

#include "careplan-enum-types.h"
#include "careplan-error.h"
#include "careplan-rule-private.h"

/**
 * CareplanRulebook:
 *
 * An ordered set of [class@Careplan.Rule]s, each with its parameter
 * values: what a [class@Careplan.Engine] evaluates.
 *
 * The rulebook is a [iface@Gio.ListModel] of its rules, in the order their
 * findings are reported. [ctor@Careplan.Rulebook.new_default] holds
 * England's statutory set; a local policy adds rules or tightens
 * parameters with [method@Careplan.Rulebook.set_parameter].
 *
 * A rulebook may be read from several threads at once (an engine only
 * reads it), but must not be changed while an engine evaluates it.
 *
 * Since: 0.1
 */
struct _CareplanRulebook
{
  GObject      parent_instance;

  /* A plain array rather than a GListStore: GListStore caches its last
   * position on reads, so concurrent engines would race on it. */
  GPtrArray   *rules;   /* CareplanRule (owned), in evaluation order */
  GHashTable  *by_id;   /* id (owned by the rule) → CareplanRule (borrowed from @rules) */
  CareplanPlacementBoundary placement_boundary;
};

enum
{
  PROP_0,
  PROP_PLACEMENT_BOUNDARY,
  N_PROPS
};

static GParamSpec *props[N_PROPS];

static void careplan_rulebook_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CareplanRulebook, careplan_rulebook, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      careplan_rulebook_list_model_init))

static GType
careplan_rulebook_get_item_type (GListModel *model)
{
  return CAREPLAN_TYPE_RULE;
}

static guint
careplan_rulebook_get_n_items (GListModel *model)
{
  CareplanRulebook *self = CAREPLAN_RULEBOOK (model);

  return self->rules->len;
}

static gpointer
careplan_rulebook_get_item (GListModel *model,
                            guint       position)
{
  CareplanRulebook *self = CAREPLAN_RULEBOOK (model);

  if (position >= self->rules->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->rules, position));
}

static void
careplan_rulebook_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = careplan_rulebook_get_item_type;
  iface->get_n_items = careplan_rulebook_get_n_items;
  iface->get_item = careplan_rulebook_get_item;
}

static void
careplan_rulebook_finalize (GObject *object)
{
  CareplanRulebook *self = CAREPLAN_RULEBOOK (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);

  G_OBJECT_CLASS (careplan_rulebook_parent_class)->finalize (object);
}

static void
careplan_rulebook_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CareplanRulebook *self = CAREPLAN_RULEBOOK (object);

  switch (prop_id)
    {
    case PROP_PLACEMENT_BOUNDARY:
      g_value_set_enum (value, self->placement_boundary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_rulebook_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CareplanRulebook *self = CAREPLAN_RULEBOOK (object);

  switch (prop_id)
    {
    case PROP_PLACEMENT_BOUNDARY:
      careplan_rulebook_set_placement_boundary (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_rulebook_class_init (CareplanRulebookClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_rulebook_finalize;
  object_class->get_property = careplan_rulebook_get_property;
  object_class->set_property = careplan_rulebook_set_property;

  /**
   * CareplanRulebook:placement-boundary: (getter get_placement_boundary) (setter set_placement_boundary)
   *
   * What starts a new placement for the rules that run per placement
   * (visits, placement plans, notifications), named `placement_boundary`
   * in a policy file.
   *
   * The default, %CAREPLAN_PLACEMENT_BOUNDARY_CARER, groups episodes by
   * carer: an episode with reason for new episode `S`, `P` or `B` starts a
   * placement, and `L`, `T` and `U` continue it, so a carer's move to a
   * new house (`T`, `U`) starts no new first visit and no new first year.
   * %CAREPLAN_PLACEMENT_BOUNDARY_EPISODE starts a placement at every
   * episode, for a council that treats such a move as a new placement.
   *
   * Since: 0.1
   */
  props[PROP_PLACEMENT_BOUNDARY] =
    g_param_spec_enum ("placement-boundary", NULL, NULL,
                       CAREPLAN_TYPE_PLACEMENT_BOUNDARY,
                       CAREPLAN_PLACEMENT_BOUNDARY_CARER,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
careplan_rulebook_init (CareplanRulebook *self)
{
  self->rules = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * careplan_rulebook_new:
 *
 * Creates an empty rulebook.
 *
 * Returns: (transfer full): a new rulebook
 *
 * Since: 0.1
 */
CareplanRulebook *
careplan_rulebook_new (void)
{
  return g_object_new (CAREPLAN_TYPE_RULEBOOK, NULL);
}

/**
 * careplan_rulebook_new_default:
 *
 * Creates a rulebook holding every rule careplan knows, with the
 * parameter values of the rules catalogue: the reviews (CPPCR 2010
 * reg 33), then the social-worker visits (reg 28), each family in
 * catalogue order.
 *
 * Returns: (transfer full): a new rulebook
 *
 * Since: 0.1
 */
CareplanRulebook *
careplan_rulebook_new_default (void)
{
  CareplanRulebook *self = careplan_rulebook_new ();
  /* Families in catalogue order; within a family, rules in catalogue order. */
  static const CareplanRuleDefinition *const *families[] = {
    careplan_rules_reviews,
    careplan_rules_visits,
    careplan_rules_care_planning,
    careplan_rules_visit_regimes,
    careplan_rules_placements,
    careplan_rules_short_breaks,
    careplan_rules_health,
    careplan_rules_education,
    careplan_rules_permanence,
    careplan_rules_missing,
    careplan_rules_care_leavers,
  };

  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    for (const CareplanRuleDefinition *const *definition = families[i]; *definition != NULL; definition++)
      {
        g_autoptr(CareplanRule) rule = careplan_rule_new_from_definition (*definition);

        careplan_rulebook_add_rule (self, rule);
      }

  return self;
}

/**
 * careplan_rulebook_get_rules:
 * @self: a rulebook
 *
 * Gets the rules, in the order their findings are reported: the rulebook
 * itself, which is a list model of its rules.
 *
 * Returns: (transfer none): a list model of [class@Careplan.Rule]
 *
 * Since: 0.1
 */
GListModel *
careplan_rulebook_get_rules (CareplanRulebook *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULEBOOK (self), NULL);

  return G_LIST_MODEL (self);
}

/**
 * careplan_rulebook_lookup:
 * @self: a rulebook
 * @id: a rule id
 *
 * Finds a rule by its id.
 *
 * Returns: (transfer none) (nullable): the rule, or %NULL if the rulebook
 *   has no rule with that id
 *
 * Since: 0.1
 */
CareplanRule *
careplan_rulebook_lookup (CareplanRulebook *self,
                          const char       *id)
{
  g_return_val_if_fail (CAREPLAN_IS_RULEBOOK (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

static gboolean
find_position (CareplanRulebook *self,
               CareplanRule     *rule,
               guint            *position)
{
  return g_ptr_array_find (self->rules, rule, position);
}

/**
 * careplan_rulebook_add_rule:
 * @self: a rulebook
 * @rule: a rule
 *
 * Adds @rule at the end of the rulebook, or, if the rulebook already has a
 * rule with the same id, puts @rule in its place (keeping its position).
 *
 * Since: 0.1
 */
void
careplan_rulebook_add_rule (CareplanRulebook *self,
                            CareplanRule     *rule)
{
  CareplanRule *old;
  guint position;

  g_return_if_fail (CAREPLAN_IS_RULEBOOK (self));
  g_return_if_fail (CAREPLAN_IS_RULE (rule));

  old = g_hash_table_lookup (self->by_id, careplan_rule_get_id (rule));
  if (old == rule)
    return;

  /* The table's key is owned by the rule it maps to, so the entry is
   * replaced before @old can be finalized. */
  g_hash_table_replace (self->by_id, (gpointer) careplan_rule_get_id (rule), rule);

  if (old != NULL && find_position (self, old, &position))
    {
      g_ptr_array_index (self->rules, position) = g_object_ref (rule);
      g_object_unref (old);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    }
  else
    {
      g_ptr_array_add (self->rules, g_object_ref (rule));
      g_list_model_items_changed (G_LIST_MODEL (self), self->rules->len - 1, 0, 1);
    }
}

/**
 * careplan_rulebook_remove_rule:
 * @self: a rulebook
 * @id: a rule id
 *
 * Removes the rule with id @id, if the rulebook has one.
 *
 * Returns: %TRUE if a rule was removed
 *
 * Since: 0.1
 */
gboolean
careplan_rulebook_remove_rule (CareplanRulebook *self,
                               const char       *id)
{
  CareplanRule *rule;
  guint position;

  g_return_val_if_fail (CAREPLAN_IS_RULEBOOK (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  rule = g_hash_table_lookup (self->by_id, id);
  if (rule == NULL || !find_position (self, rule, &position))
    return FALSE;

  g_hash_table_remove (self->by_id, id);
  g_ptr_array_remove_index (self->rules, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);

  return TRUE;
}

/**
 * careplan_rulebook_set_parameter:
 * @self: a rulebook
 * @rule_id: the id of a rule of the rulebook
 * @name: the name of one of its parameters
 * @value: the new value, zero or more
 * @error: return location for a #GError
 *
 * Changes a parameter of one rule, for example visits every 28 days rather
 * than 42 (`cppcr-2010.reg28-2b.first-year-six-weekly`, `interval`). The
 * rule is replaced, at its position, by a copy with the new value (see
 * [method@Careplan.Rule.copy_with_parameter]); rules already handed out
 * keep their values.
 *
 * Returns: %TRUE on success; %FALSE with @error set to
 *   %CAREPLAN_ERROR_UNKNOWN_RULE when the rulebook has no such rule or the
 *   rule no such parameter
 *
 * Since: 0.1
 */
gboolean
careplan_rulebook_set_parameter (CareplanRulebook  *self,
                                 const char        *rule_id,
                                 const char        *name,
                                 int                value,
                                 GError           **error)
{
  g_autoptr(CareplanRule) copy = NULL;
  CareplanRule *rule;

  g_return_val_if_fail (CAREPLAN_IS_RULEBOOK (self), FALSE);
  g_return_val_if_fail (rule_id != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  rule = g_hash_table_lookup (self->by_id, rule_id);
  if (rule == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_UNKNOWN_RULE,
                   "cannot set parameter %s: no rule %s in the rulebook",
                   name, rule_id);
      return FALSE;
    }

  copy = careplan_rule_copy_with_parameter (rule, name, value, error);
  if (copy == NULL)
    return FALSE;

  careplan_rulebook_add_rule (self, copy);

  return TRUE;
}

/**
 * careplan_rulebook_get_placement_boundary: (get-property placement-boundary)
 * @self: a rulebook
 *
 * Gets what starts a new placement for the rulebook's rules.
 *
 * Returns: the placement boundary
 *
 * Since: 0.1
 */
CareplanPlacementBoundary
careplan_rulebook_get_placement_boundary (CareplanRulebook *self)
{
  g_return_val_if_fail (CAREPLAN_IS_RULEBOOK (self), CAREPLAN_PLACEMENT_BOUNDARY_CARER);

  return self->placement_boundary;
}

/**
 * careplan_rulebook_set_placement_boundary: (set-property placement-boundary)
 * @self: a rulebook
 * @boundary: what starts a new placement
 *
 * Sets what starts a new placement for the rulebook's rules; see
 * [property@Careplan.Rulebook:placement-boundary].
 *
 * Since: 0.1
 */
void
careplan_rulebook_set_placement_boundary (CareplanRulebook          *self,
                                          CareplanPlacementBoundary  boundary)
{
  g_return_if_fail (CAREPLAN_IS_RULEBOOK (self));
  g_return_if_fail (boundary == CAREPLAN_PLACEMENT_BOUNDARY_CARER ||
                    boundary == CAREPLAN_PLACEMENT_BOUNDARY_EPISODE);

  if (self->placement_boundary == boundary)
    return;

  self->placement_boundary = boundary;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_PLACEMENT_BOUNDARY]);
}
