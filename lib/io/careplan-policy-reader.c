/* careplan-policy-reader.c: reads local policy files (careplan-policy/1)
 *
 * A policy extends a rulebook without code: it changes parameters of rules
 * (visits every 28 days rather than 42), switches rules off, and defines
 * local targets (rows filled in here, careplan-rules-local.c).  Everything
 * is checked, and every new rule built, before the rulebook is touched, so
 * a bad file leaves the rulebook as it was.  Errors name file:line:column
 * and the field, as the record reader's do; a member the format does not
 * define is an error (a misspelt "paramaters" must not pass silently),
 * except names starting with `$` (`$schema`, `$comment`).
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-policy.h"

#include <string.h>

#include "careplan-date.h"
#include "careplan-error.h"
#include "careplan-json-private.h"
#include "careplan-record-private.h"
#include "careplan-rules-local-private.h"

typedef CareplanJsonPath Path;

typedef struct
{
  CareplanJsonDocument  *document;
  CareplanRulebook      *rulebook;
  GPtrArray             *local_rules;   /* CareplanRule (owned), in file order */
  GHashTable            *local_by_id;   /* id (owned by the rule) → CareplanRule (borrowed from @local_rules) */
  GHashTable            *replaced;      /* id (owned by the rule) → CareplanRule (owned): the rule as the policy leaves it */
  GHashTable            *disabled;      /* id (borrowed from the document) → itself */
  GPtrArray             *disabled_order;
  int                    placement_boundary;  /* -1: not given */
} PolicyReader;

static void
policy_reader_clear (PolicyReader *self)
{
  g_clear_pointer (&self->document, careplan_json_document_free);
  g_clear_pointer (&self->disabled_order, g_ptr_array_unref);
  g_clear_pointer (&self->disabled, g_hash_table_unref);
  g_clear_pointer (&self->replaced, g_hash_table_unref);
  g_clear_pointer (&self->local_by_id, g_hash_table_unref);
  g_clear_pointer (&self->local_rules, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PolicyReader, policy_reader_clear)

static const char * const file_keys[] = {
  "format", "name", "description", "parameters", "disable", "rules",
  "placement_boundary", NULL
};
static const char * const rule_keys[] = {
  "id", "title", "what", "kind", "status", "citation", "in_force", "anchor",
  "age", "within", "every", "satisfied_by", NULL
};
/* The oldest age a birthday anchor may name: care leavers are supported
 * to 25 (Children Act 1989 s23CZB). */
#define CAREPLAN_POLICY_MAX_BIRTHDAY_AGE 25

static const char * const citation_keys[] = { "instrument", "provision", "url", NULL };
static const char * const in_force_keys[] = { "from", "until", NULL };
static const char * const timescale_keys[] = { "count", "unit", NULL };
static const char * const requirement_keys[] = { "event", "detail", NULL };

/* Checks ------------------------------------------------------------------- */

#define FAIL(self, error, code, node, path, ...) \
  careplan_json_document_fail ((self)->document, (error), (code), (node), (path), __VA_ARGS__)

static gboolean
fail_type (PolicyReader  *self,
           GError       **error,
           JsonNode      *node,
           const Path    *path,
           const char    *expected)
{
  return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, path,
               "expected %s, got %s", expected, careplan_json_describe_node (node));
}

static gboolean
holds_type (JsonNode *node,
            GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

/* Every member of @node (an object) is one of @keys, or starts with `$`. */
static gboolean
check_keys (PolicyReader        *self,
            GError             **error,
            JsonNode            *node,
            const Path          *path,
            const char * const  *keys)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      Path field = { path, name, 0 };
      g_autofree char *known = NULL;

      if (name[0] == '$' || g_strv_contains (keys, name))
        continue;
      known = g_strjoinv (", ", (char **) keys);
      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, member, &field,
                   "unknown member (expected %s)", known);
    }

  return TRUE;
}

static gboolean
require_object (PolicyReader  *self,
                GError       **error,
                JsonNode      *node,
                const Path    *path,
                const char * const *keys)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (self, error, node, path, "an object");
  return check_keys (self, error, node, path, keys);
}

/* A member of the object @node: NULL when absent or null, with an error
 * set at the object (naming the member's path) when @required. */
static JsonNode *
get_member (PolicyReader  *self,
            GError       **error,
            JsonNode      *node,
            const Path    *path,
            const char    *key,
            gboolean       required,
            gboolean      *ok)
{
  JsonNode *member = json_object_get_member (json_node_get_object (node), key);
  Path field = { path, key, 0 };

  *ok = TRUE;
  if (member != NULL && !JSON_NODE_HOLDS_NULL (member))
    return member;
  if (required)
    *ok = FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, &field, "missing (required)");
  return NULL;
}

/* A non-empty string member; *@out is NULL when it is absent and not
 * @required. */
static gboolean
read_string (PolicyReader  *self,
             GError       **error,
             JsonNode      *object,
             const Path    *path,
             const char    *key,
             gboolean       required,
             const char   **out)
{
  Path field = { path, key, 0 };
  gboolean ok;
  JsonNode *node = get_member (self, error, object, path, key, required, &ok);

  *out = NULL;
  if (node == NULL)
    return ok;
  if (!holds_type (node, G_TYPE_STRING))
    return fail_type (self, error, node, &field, "a string");
  if (*json_node_get_string (node) == '\0')
    return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, &field, "empty string");

  *out = json_node_get_string (node);
  return TRUE;
}

/* A value that fits a parameter: a whole number from 0 up. */
static gboolean
read_count (PolicyReader  *self,
            GError       **error,
            JsonNode      *node,
            const Path    *path,
            int            minimum,
            int           *out)
{
  gint64 value;

  if (!holds_type (node, G_TYPE_INT64))
    return fail_type (self, error, node, path, "a whole number");

  value = json_node_get_int (node);
  if (value < minimum || value > G_MAXINT)
    return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, path,
                 "%" G_GINT64_FORMAT " is out of range (%d or more)", value, minimum);

  *out = (int) value;
  return TRUE;
}

static gboolean
read_date (PolicyReader  *self,
           GError       **error,
           JsonNode      *object,
           const Path    *path,
           const char    *key,
           const char   **out,
           CareplanDate  *date)
{
  Path field = { path, key, 0 };
  g_autoptr(GError) date_error = NULL;
  gboolean ok;
  JsonNode *node = get_member (self, error, object, path, key, FALSE, &ok);

  *out = NULL;
  *date = CAREPLAN_DATE_NONE;
  if (node == NULL)
    return ok;
  if (!holds_type (node, G_TYPE_STRING))
    return fail_type (self, error, node, &field, "a date string (YYYY-MM-DD)");

  *date = careplan_date_parse_iso (json_node_get_string (node), &date_error);
  if (*date == CAREPLAN_DATE_NONE)
    return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, node, &field,
                 "%s", date_error->message);

  *out = json_node_get_string (node);
  return TRUE;
}

/* Local rules --------------------------------------------------------------- */

/* The words of a policy file: event kinds by their names
 * (careplan_event_kind_to_string()), units by theirs, durations only (a
 * count or a day of the year is no timescale). */
static gboolean
event_kind_from_string (const char        *text,
                        CareplanEventKind *kind)
{
  guint i;

  for (i = 0; i < CAREPLAN_EVENT_N_KINDS; i++)
    {
      if (g_strcmp0 (careplan_event_kind_to_string ((CareplanEventKind) i), text) == 0)
        {
          *kind = (CareplanEventKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
unit_from_string (const char       *text,
                  CareplanTimeUnit *unit)
{
  guint i;

  for (i = CAREPLAN_TIME_UNIT_DAYS; i <= CAREPLAN_TIME_UNIT_YEARS; i++)
    {
      if (strcmp (careplan_time_unit_to_string ((CareplanTimeUnit) i), text) == 0)
        {
          *unit = (CareplanTimeUnit) i;
          return TRUE;
        }
    }

  return FALSE;
}

/* "care-plan, review, …": for messages. */
static char *
dup_event_kind_names (void)
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

static gboolean
read_timescale (PolicyReader      *self,
                GError           **error,
                JsonNode          *node,
                const Path        *path,
                int                minimum,
                int               *count,
                CareplanTimeUnit  *unit)
{
  Path count_path = { path, "count", 0 };
  Path unit_path = { path, "unit", 0 };
  const char *unit_text;
  gboolean ok;
  JsonNode *count_node;

  if (!require_object (self, error, node, path, timescale_keys))
    return FALSE;

  count_node = get_member (self, error, node, path, "count", TRUE, &ok);
  if (count_node == NULL || !read_count (self, error, count_node, &count_path, minimum, count))
    return FALSE;

  if (!read_string (self, error, node, path, "unit", TRUE, &unit_text))
    return FALSE;
  if (!unit_from_string (unit_text, unit))
    {
      g_autofree char *shown = careplan_json_cut_for_message (unit_text);

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD,
                   json_object_get_member (json_node_get_object (node), "unit"), &unit_path,
                   "“%s” is not one of days, weeks, months, working-days, years", shown);
    }

  return TRUE;
}

/* The closed vocabulary of the detail of events of @kind in the record
 * format, or NULL when it is open (any word) or the kind has no detail. */
static const char * const *
detail_vocabulary (CareplanEventKind  kind,
                   gboolean          *has_detail)
{
  const CareplanRecordField *field;

  *has_detail = FALSE;
  for (field = careplan_record_event_specs[kind].fields; field != NULL && field->key != NULL; field++)
    {
      if (field->kind == CAREPLAN_RECORD_FIELD_DETAIL)
        {
          *has_detail = TRUE;
          return field->values;
        }
    }

  return NULL;
}

/* Appends the requirement to @target. */
static gboolean
read_requirement (PolicyReader       *self,
                  GError            **error,
                  JsonNode           *node,
                  const Path         *path,
                  CareplanLocalRule  *target)
{
  CareplanObligationRequirement requirement = { 0 };
  Path event_path = { path, "event", 0 };
  Path detail_path = { path, "detail", 0 };
  const char *event;
  const char * const *vocabulary;
  gboolean has_detail;
  gboolean ok;
  JsonNode *detail;
  GPtrArray *details;

  if (!require_object (self, error, node, path, requirement_keys))
    return FALSE;

  if (!read_string (self, error, node, path, "event", TRUE, &event))
    return FALSE;
  if (!event_kind_from_string (event, &requirement.kind))
    {
      g_autofree char *kinds = dup_event_kind_names ();
      g_autofree char *shown = careplan_json_cut_for_message (event);

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD,
                   json_object_get_member (json_node_get_object (node), "event"), &event_path,
                   "“%s” is not an event kind (%s)", shown, kinds);
    }

  detail = get_member (self, error, node, path, "detail", FALSE, &ok);
  if (detail == NULL)
    {
      g_array_append_val (target->requirements, requirement);
      return TRUE;
    }

  vocabulary = detail_vocabulary (requirement.kind, &has_detail);
  if (!has_detail)
    return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, detail, &detail_path,
                 "events of kind %s have no detail to match", event);

  details = g_ptr_array_new ();
  g_ptr_array_add (target->details, details);

  if (holds_type (detail, G_TYPE_STRING))
    g_ptr_array_add (details, (gpointer) careplan_local_rule_intern (target, json_node_get_string (detail)));
  else if (JSON_NODE_HOLDS_ARRAY (detail) && json_array_get_length (json_node_get_array (detail)) > 0)
    {
      JsonArray *array = json_node_get_array (detail);
      guint i;

      for (i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          Path item = { &detail_path, NULL, i };

          if (!holds_type (element, G_TYPE_STRING) || *json_node_get_string (element) == '\0')
            return fail_type (self, error, element, &item, "a non-empty string");
          g_ptr_array_add (details, (gpointer) careplan_local_rule_intern (target, json_node_get_string (element)));
        }
    }
  else
    return fail_type (self, error, detail, &detail_path, "a string or a non-empty array of strings");

  if (vocabulary != NULL)
    {
      guint i;

      for (i = 0; i < details->len; i++)
        {
          const char *word = g_ptr_array_index (details, i);

          if (!g_strv_contains (vocabulary, word))
            {
              g_autofree char *choices = g_strjoinv (", ", (char **) vocabulary);
              g_autofree char *shown = careplan_json_cut_for_message (word);

              return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, detail, &detail_path,
                           "“%s” is not one of %s", shown, choices);
            }
        }
    }

  g_ptr_array_add (details, NULL);
  requirement.details = (const char * const *) details->pdata;
  g_array_append_val (target->requirements, requirement);
  return TRUE;
}

static gboolean
rule_id_taken (PolicyReader *self,
               const char   *id)
{
  return careplan_rulebook_lookup (self->rulebook, id) != NULL ||
         g_hash_table_contains (self->local_by_id, id);
}

static gboolean
read_rule (PolicyReader  *self,
           GError       **error,
           JsonNode      *node,
           const Path    *path)
{
  g_autoptr(CareplanLocalRule) target = careplan_local_rule_new ();
  CareplanRuleDefinition *definition = &target->definition;
  CareplanObligationSpec *spec = &target->spec;
  CareplanRule *rule;
  Path id_path = { path, "id", 0 };
  Path citation_path = { path, "citation", 0 };
  Path in_force_path = { path, "in_force", 0 };
  Path anchor_path = { path, "anchor", 0 };
  Path age_path = { path, "age", 0 };
  Path within_path = { path, "within", 0 };
  Path every_path = { path, "every", 0 };
  Path satisfied_path = { path, "satisfied_by", 0 };
  Path kind_path = { path, "kind", 0 };
  Path status_path = { path, "status", 0 };
  Path url_path = { &citation_path, "url", 0 };
  JsonObject *object;
  JsonNode *member;
  const char *id;
  const char *url;
  const char *from;
  const char *until;
  const char *text;
  gboolean ok;
  guint i;

  if (!require_object (self, error, node, path, rule_keys))
    return FALSE;
  object = json_node_get_object (node);

  if (!read_string (self, error, node, path, "id", TRUE, &id))
    return FALSE;
  if (!g_str_has_prefix (id, CAREPLAN_LOCAL_RULE_PREFIX) || id[strlen (CAREPLAN_LOCAL_RULE_PREFIX)] == '\0')
    {
      g_autofree char *shown = careplan_json_cut_for_message (id);

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, json_object_get_member (object, "id"),
                   &id_path, "“%s”: a local rule's id starts with “%s”",
                   shown, CAREPLAN_LOCAL_RULE_PREFIX);
    }
  if (rule_id_taken (self, id))
    {
      g_autofree char *shown = careplan_json_cut_for_message (id);

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, json_object_get_member (object, "id"),
                   &id_path, "the rulebook already has a rule %s", shown);
    }

  definition->id = careplan_local_rule_intern (target, id);

  if (!read_string (self, error, node, path, "title", TRUE, &definition->title) ||
      !read_string (self, error, node, path, "what", FALSE, &spec->what))
    return FALSE;
  definition->title = careplan_local_rule_intern (target, definition->title);
  spec->what = careplan_local_rule_intern (target, spec->what);

  /* A policy's own rule is a local target, and says so. */
  if (!read_string (self, error, node, path, "kind", FALSE, &text))
    return FALSE;
  if (text != NULL && strcmp (text, careplan_rule_kind_to_string (CAREPLAN_RULE_KIND_LOCAL_POLICY)) != 0)
    {
      g_autofree char *shown = careplan_json_cut_for_message (text);

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, json_object_get_member (object, "kind"),
                   &kind_path, "“%s”: a policy's rules are of kind local-policy", shown);
    }
  if (!read_string (self, error, node, path, "status", FALSE, &text))
    return FALSE;
  if (text != NULL && strcmp (text, careplan_confirmation_to_string (CAREPLAN_CONFIRMATION_LOCAL)) != 0)
    {
      g_autofree char *shown = careplan_json_cut_for_message (text);

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, json_object_get_member (object, "status"),
                   &status_path, "“%s”: a policy's rules have the status LOCAL", shown);
    }

  member = get_member (self, error, node, path, "citation", TRUE, &ok);
  if (member == NULL ||
      !require_object (self, error, member, &citation_path, citation_keys) ||
      !read_string (self, error, member, &citation_path, "instrument", TRUE, &target->source.instrument) ||
      !read_string (self, error, member, &citation_path, "provision", TRUE, &definition->provision) ||
      !read_string (self, error, member, &citation_path, "url", FALSE, &url))
    return FALSE;
  if (url != NULL && !g_str_has_prefix (url, "https://") && !g_str_has_prefix (url, "http://"))
    {
      g_autofree char *shown = careplan_json_cut_for_message (url);

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD,
                   json_object_get_member (json_node_get_object (member), "url"), &url_path,
                   "“%s” is not an http(s) address", shown);
    }

  target->source.instrument = careplan_local_rule_intern (target, target->source.instrument);
  definition->provision = careplan_local_rule_intern (target, definition->provision);
  definition->url = careplan_local_rule_intern (target, url);

  member = get_member (self, error, node, path, "in_force", FALSE, &ok);
  if (member != NULL)
    {
      CareplanDate from_date;
      CareplanDate until_date;

      if (!require_object (self, error, member, &in_force_path, in_force_keys) ||
          !read_date (self, error, member, &in_force_path, "from", &from, &from_date) ||
          !read_date (self, error, member, &in_force_path, "until", &until, &until_date))
        return FALSE;
      if (from_date != CAREPLAN_DATE_NONE && until_date != CAREPLAN_DATE_NONE && until_date < from_date)
        return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, member, &in_force_path,
                     "until %s is before from %s", until, from);
      target->source.in_force_from = careplan_local_rule_intern (target, from);
      target->source.in_force_until = careplan_local_rule_intern (target, until);
    }

  if (!read_string (self, error, node, path, "anchor", TRUE, &text))
    return FALSE;
  /* The anchor kinds of findings (docs/rules.md ("Findings")): a period of
   * care starts when the child becomes looked after. */
  if (strcmp (text, "became-looked-after") == 0)
    spec->per = CAREPLAN_OBLIGATION_PER_PERIOD;
  else if (strcmp (text, "placement-start") == 0)
    spec->per = CAREPLAN_OBLIGATION_PER_PLACEMENT;
  else if (strcmp (text, "birthday") == 0)
    spec->per = CAREPLAN_OBLIGATION_PER_BIRTHDAY;
  else if (event_kind_from_string (text, &spec->anchor_event))
    spec->per = CAREPLAN_OBLIGATION_PER_EVENT;
  else
    {
      g_autofree char *kinds = dup_event_kind_names ();
      g_autofree char *shown = careplan_json_cut_for_message (text);

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, json_object_get_member (object, "anchor"),
                   &anchor_path, "“%s” is not an anchor (became-looked-after, placement-start, "
                   "birthday, %s)", shown, kinds);
    }
  spec->anchor_in_period = spec->per == CAREPLAN_OBLIGATION_PER_EVENT;

  /* A birthday anchor names its age: the 16th birthday.  Care leavers are
   * supported to 25. */
  member = get_member (self, error, node, path, "age", spec->per == CAREPLAN_OBLIGATION_PER_BIRTHDAY, &ok);
  if (!ok)
    return FALSE;
  if (member != NULL && spec->per != CAREPLAN_OBLIGATION_PER_BIRTHDAY)
    return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, member, &age_path,
                 "an age is given only with the anchor “birthday”");
  if (member != NULL)
    {
      int age;

      if (!read_count (self, error, member, &age_path, G_MININT, &age))
        return FALSE;
      if (age < 1 || age > CAREPLAN_POLICY_MAX_BIRTHDAY_AGE)
        return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, member, &age_path,
                     "%d is out of range (1 to %d)", age, CAREPLAN_POLICY_MAX_BIRTHDAY_AGE);
      spec->birthday_age = (guint) age;
    }

  member = get_member (self, error, node, path, "within", TRUE, &ok);
  if (member == NULL ||
      !read_timescale (self, error, member, &within_path, 0,
                       &target->parameters[CAREPLAN_LOCAL_RULE_WITHIN].default_value,
                       &target->parameters[CAREPLAN_LOCAL_RULE_WITHIN].unit))
    return FALSE;

  member = get_member (self, error, node, path, "every", FALSE, &ok);
  if (member != NULL &&
      !read_timescale (self, error, member, &every_path, 1,
                       &target->parameters[CAREPLAN_LOCAL_RULE_EVERY].default_value,
                       &target->parameters[CAREPLAN_LOCAL_RULE_EVERY].unit))
    return FALSE;

  member = get_member (self, error, node, path, "satisfied_by", TRUE, &ok);
  if (member == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_ARRAY (member) || json_array_get_length (json_node_get_array (member)) == 0)
    return fail_type (self, error, member, &satisfied_path, "a non-empty array");
  for (i = 0; i < json_array_get_length (json_node_get_array (member)); i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (member), i);
      Path item = { &satisfied_path, NULL, i };
      Path item_event = { &item, "event", 0 };

      if (!read_requirement (self, error, element, &item, target))
        return FALSE;
      if (spec->per == CAREPLAN_OBLIGATION_PER_EVENT &&
          g_array_index (target->requirements, CareplanObligationRequirement, i).kind == spec->anchor_event)
        return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD,
                     json_object_get_member (json_node_get_object (element), "event"), &item_event,
                     "the anchor's own events cannot satisfy it (a periodic target is "
                     "an anchor and “every”)");
    }

  rule = careplan_local_rule_take (g_steal_pointer (&target));
  g_hash_table_insert (self->local_by_id, (gpointer) careplan_rule_get_id (rule), rule);
  g_ptr_array_add (self->local_rules, rule);
  return TRUE;
}

static gboolean
read_rules (PolicyReader  *self,
            GError       **error,
            JsonNode      *node,
            const Path    *path)
{
  JsonArray *array;
  guint i;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (self, error, node, path, "an array");

  array = json_node_get_array (node);
  for (i = 0; i < json_array_get_length (array); i++)
    {
      Path item = { path, NULL, i };

      if (!read_rule (self, error, json_array_get_element (array, i), &item))
        return FALSE;
    }

  return TRUE;
}

/* Parameters ---------------------------------------------------------------- */

/* The rule as the policy has it so far: changed, new, or the rulebook's. */
static CareplanRule *
current_rule (PolicyReader *self,
              const char   *id)
{
  CareplanRule *rule = g_hash_table_lookup (self->replaced, id);

  if (rule == NULL)
    rule = g_hash_table_lookup (self->local_by_id, id);
  if (rule == NULL)
    rule = careplan_rulebook_lookup (self->rulebook, id);
  return rule;
}

static gboolean
valid_month_day (int value)
{
  static const int days_in_month[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int month = value / 100;
  int day = value % 100;

  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month[month - 1];
}

static gboolean
read_rule_parameters (PolicyReader  *self,
                      GError       **error,
                      const char    *rule_id,
                      JsonNode      *node,
                      const Path    *path)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (self, error, node, path, "an object of parameter values");

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      Path field = { path, name, 0 };
      g_autoptr(GError) copy_error = NULL;
      CareplanRule *rule = current_rule (self, rule_id);
      CareplanRule *copy;
      CareplanTimeUnit unit;
      int value;

      if (name[0] == '$')
        continue;

      if (!careplan_rule_get_parameter (rule, name, NULL, &unit))
        {
          g_autofree char *names = g_strjoinv (", ", (char **) careplan_rule_get_parameter_names (rule));
          g_autofree char *shown = careplan_json_cut_for_message (name);

          return FAIL (self, error, CAREPLAN_ERROR_UNKNOWN_RULE, member, &field,
                       "rule %s has no parameter “%s” (%s%s)", rule_id, shown,
                       *names != '\0' ? "its parameters: " : "it has none", names);
        }

      if (!read_count (self, error, member, &field, 0, &value))
        return FALSE;
      if (unit == CAREPLAN_TIME_UNIT_MONTH_DAY && !valid_month_day (value))
        return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, member, &field,
                     "%d is not a day of the year written MMDD (901 is 1 September)", value);

      copy = careplan_rule_copy_with_parameter (rule, name, value, &copy_error);
      if (copy == NULL)
        return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD, member, &field,
                     "%s", copy_error->message);
      g_hash_table_replace (self->replaced, (gpointer) careplan_rule_get_id (copy), copy);
    }

  return TRUE;
}

static gboolean
read_parameters (PolicyReader  *self,
                 GError       **error,
                 JsonNode      *node,
                 const Path    *path)
{
  JsonObjectIter iter;
  const char *rule_id;
  JsonNode *member;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail_type (self, error, node, path, "an object (rule id: { parameter: value })");

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &rule_id, &member))
    {
      Path field = { path, rule_id, 0 };

      if (rule_id[0] == '$')
        continue;
      if (current_rule (self, rule_id) == NULL)
        {
          g_autofree char *shown = careplan_json_cut_for_message (rule_id);

          return FAIL (self, error, CAREPLAN_ERROR_UNKNOWN_RULE, member, &field,
                       "no rule %s in the rulebook", shown);
        }
      if (!read_rule_parameters (self, error, rule_id, member, &field))
        return FALSE;
    }

  return TRUE;
}

static gboolean
read_disable (PolicyReader  *self,
              GError       **error,
              JsonNode      *node,
              const Path    *path)
{
  JsonArray *array;
  guint i;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail_type (self, error, node, path, "an array of rule ids");

  array = json_node_get_array (node);
  for (i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      Path item = { path, NULL, i };
      const char *id;

      if (!holds_type (element, G_TYPE_STRING))
        return fail_type (self, error, element, &item, "a rule id");
      id = json_node_get_string (element);
      if (current_rule (self, id) == NULL)
        {
          g_autofree char *shown = careplan_json_cut_for_message (id);

          return FAIL (self, error, CAREPLAN_ERROR_UNKNOWN_RULE, element, &item,
                       "no rule %s in the rulebook", shown);
        }
      if (!g_hash_table_contains (self->disabled, id))
        {
          g_hash_table_add (self->disabled, (gpointer) id);
          g_ptr_array_add (self->disabled_order, (gpointer) id);
        }
    }

  return TRUE;
}

/* The file ------------------------------------------------------------------ */

static gboolean
read_root (PolicyReader  *self,
           GError       **error)
{
  JsonNode *root = careplan_json_document_get_root (self->document);
  const char *format;
  const char *text;
  JsonNode *member;
  gboolean ok;
  Path format_path = { NULL, "format", 0 };
  Path rules_path = { NULL, "rules", 0 };
  Path parameters_path = { NULL, "parameters", 0 };
  Path disable_path = { NULL, "disable", 0 };

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail_type (self, error, root, NULL,
                      "an object { \"format\": \"" CAREPLAN_POLICY_FORMAT "\", … }");
  /* The format first: a record file given as a policy is told so. */
  if (!read_string (self, error, root, NULL, "format", TRUE, &format))
    return FALSE;
  if (strcmp (format, CAREPLAN_POLICY_FORMAT) != 0)
    {
      g_autofree char *shown = careplan_json_cut_for_message (format);

      return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD,
                   json_object_get_member (json_node_get_object (root), "format"), &format_path,
                   "“%s” is not " CAREPLAN_POLICY_FORMAT, shown);
    }
  if (!check_keys (self, error, root, NULL, file_keys))
    return FALSE;
  if (!read_string (self, error, root, NULL, "name", FALSE, &text) ||
      !read_string (self, error, root, NULL, "description", FALSE, &text))
    return FALSE;

  /* Rules first: the parameters and the list of rules switched off may
   * name the file's own rules. */
  if (!read_string (self, error, root, NULL, "placement_boundary", FALSE, &text))
    return FALSE;
  if (text != NULL)
    {
      Path boundary_path = { NULL, "placement_boundary", 0 };

      if (strcmp (text, "carer") == 0)
        self->placement_boundary = CAREPLAN_PLACEMENT_BOUNDARY_CARER;
      else if (strcmp (text, "episode") == 0)
        self->placement_boundary = CAREPLAN_PLACEMENT_BOUNDARY_EPISODE;
      else
        {
          g_autofree char *shown = careplan_json_cut_for_message (text);

          return FAIL (self, error, CAREPLAN_ERROR_INVALID_RECORD,
                       json_object_get_member (json_node_get_object (root), "placement_boundary"),
                       &boundary_path, "“%s” is not a placement boundary (carer, episode)", shown);
        }
    }

  member = get_member (self, error, root, NULL, "rules", FALSE, &ok);
  if (member != NULL && !read_rules (self, error, member, &rules_path))
    return FALSE;
  member = get_member (self, error, root, NULL, "parameters", FALSE, &ok);
  if (member != NULL && !read_parameters (self, error, member, &parameters_path))
    return FALSE;
  member = get_member (self, error, root, NULL, "disable", FALSE, &ok);
  if (member != NULL && !read_disable (self, error, member, &disable_path))
    return FALSE;

  return TRUE;
}

/* Nothing here can fail: every rule was built while reading. */
static void
apply (PolicyReader *self)
{
  GHashTableIter iter;
  gpointer value;
  guint i;

  for (i = 0; i < self->local_rules->len; i++)
    {
      CareplanRule *rule = g_ptr_array_index (self->local_rules, i);
      CareplanRule *changed = g_hash_table_lookup (self->replaced, careplan_rule_get_id (rule));

      careplan_rulebook_add_rule (self->rulebook, changed != NULL ? changed : rule);
    }

  /* A rule already in the rulebook keeps its position. */
  g_hash_table_iter_init (&iter, self->replaced);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    careplan_rulebook_add_rule (self->rulebook, value);

  for (i = 0; i < self->disabled_order->len; i++)
    careplan_rulebook_remove_rule (self->rulebook, g_ptr_array_index (self->disabled_order, i));

  if (self->placement_boundary >= 0)
    careplan_rulebook_set_placement_boundary (self->rulebook, self->placement_boundary);
}

static gboolean
load (CareplanRulebook    *rulebook,
      CareplanJsonReader  *reader,
      GError             **error)
{
  g_auto(PolicyReader) self = { 0 };

  self.document = careplan_json_document_read (reader, error);
  if (self.document == NULL)
    return FALSE;

  self.rulebook = rulebook;
  self.local_rules = g_ptr_array_new_with_free_func (g_object_unref);
  self.local_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self.replaced = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  self.disabled = g_hash_table_new (g_str_hash, g_str_equal);
  self.disabled_order = g_ptr_array_new ();
  self.placement_boundary = -1;

  if (!read_root (&self, error))
    return FALSE;

  apply (&self);
  return TRUE;
}

/**
 * careplan_policy_load_data:
 * @rulebook: the rulebook the policy extends
 * @data: the text of a careplan policy file
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @filename: (nullable): the name to give in error messages, or %NULL for
 *   `<data>`
 * @error: return location for a #GError
 *
 * Applies a local policy (`careplan-policy/1`) to @rulebook: a JSON object
 *
 * ```json
 * {
 *   "format": "careplan-policy/1",
 *   "name": "…", "description": "…",
 *   "parameters": { "cppcr-2010.reg28-2b.first-year-six-weekly": { "interval": 28 } },
 *   "disable": [ "rule id", … ],
 *   "rules": [ { "id": "local.…", "title": "…", "citation": { … },
 *                "anchor": "became-looked-after", "within": { "count": 12, "unit": "weeks" },
 *                "satisfied_by": [ { "event": "permanence-plan" } ] } ]
 * }
 * ```
 *
 * `parameters` changes parameters of rules (as
 * [method@Careplan.Rulebook.set_parameter] does), `disable` removes rules,
 * and `rules` adds local targets, appended to the rulebook in the file's
 * order: each has an id starting `local.`, a title, a citation
 * (`instrument`, `provision`, optional `url`), optional `in_force`
 * (`from`, `until`), an `anchor` (`became-looked-after` for each period
 * of care, `placement-start` for each placement, `birthday` with an `age`
 * from 1 to 25 for the period of care holding that birthday, or an event
 * kind, as [func@Careplan.EventKind.to_string] names them, for each such
 * event),
 * a timescale `within` (`count` and `unit`: `days`, `weeks`, `months`,
 * `working-days` or `years`), an optional `every` for a periodic target
 * that runs from the day the previous one was met, and `satisfied_by`: the
 * events (`event`, optionally the `detail` values that count) that must
 * all be recorded. A local target's parameters are `within` (and `every`),
 * which `parameters` may change too. docs/careplan-policy.schema.json
 * describes the format.
 *
 * Everything is checked before @rulebook is changed: on error it is left
 * as it was. The error message starts with the file name, the line and
 * column and the path of the member, as
 * [func@Careplan.record_load_data]'s do. The code is
 * %CAREPLAN_ERROR_INVALID_JSON for text that is not one JSON value,
 * %CAREPLAN_ERROR_UNKNOWN_RULE for a rule id or parameter name the
 * rulebook does not know (the message names it), and
 * %CAREPLAN_ERROR_INVALID_RECORD for anything else (a wrong type or
 * value, a missing or unknown member, an id already in the rulebook).
 *
 * Returns: %TRUE if the policy was applied, %FALSE with @error set
 *
 * Since: 0.1
 */
gboolean
careplan_policy_load_data (CareplanRulebook  *rulebook,
                           const char        *data,
                           gssize             length,
                           const char        *filename,
                           GError           **error)
{
  g_return_val_if_fail (CAREPLAN_IS_RULEBOOK (rulebook), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (data == NULL)
    data = "";
  if (length < 0)
    length = (gssize) strlen (data);

  {
    g_autoptr(CareplanJsonReader) reader =
      careplan_json_reader_new_for_data (filename != NULL ? filename : "<data>", data,
                                         (gsize) length, CAREPLAN_ERROR_INVALID_JSON);

    return load (rulebook, reader, error);
  }
}

/**
 * careplan_policy_load_file:
 * @rulebook: the rulebook the policy extends
 * @path: (type filename): the policy file to read
 * @error: return location for a #GError
 *
 * Applies the local policy in the file @path to @rulebook, as
 * [func@Careplan.policy_load_data] does, naming @path in error messages.
 * A file that cannot be read gives %CAREPLAN_ERROR_IO.
 *
 * Returns: %TRUE if the policy was applied, %FALSE with @error set (the
 *   rulebook is then unchanged)
 *
 * Since: 0.1
 */
gboolean
careplan_policy_load_file (CareplanRulebook  *rulebook,
                           const char        *path,
                           GError           **error)
{
  g_autoptr(CareplanJsonReader) reader = NULL;

  g_return_val_if_fail (CAREPLAN_IS_RULEBOOK (rulebook), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A policy is a few kilobytes: a regular file, and not a huge one. */
  reader = careplan_json_reader_new_for_path (path, CAREPLAN_JSON_MAX_SMALL_BYTES,
                                              CAREPLAN_ERROR_INVALID_JSON, error);
  if (reader == NULL)
    return FALSE;

  return load (rulebook, reader, error);
}
