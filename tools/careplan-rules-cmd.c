/* careplan-rules-cmd.c: `careplan rules`, the catalogue of the rulebook
 *
 * Text for people, JSON for programs, and Markdown for the catalogue page
 * of the documentation, which the build generates from this command
 * (docs/meson.build) so that it always says what the code does.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-tool.h"
#include "careplan-commands.h"

#include <string.h>

#include <json-glib/json-glib.h>

#define RULES_SYNOPSIS "[--format text|json|markdown] [--policy FILE] [--family FAMILY]"

typedef enum
{
  RULES_FORMAT_TEXT,
  RULES_FORMAT_JSON,
  RULES_FORMAT_MARKDOWN,
} RulesFormat;

static const char rules_description[] =
  "--format markdown writes the catalogue page of the documentation: a table\n"
  "per family. With --policy the rulebook is the default one with a local\n"
  "policy file (careplan-policy/1) applied: its parameters, its rules switched\n"
  "off, its local targets.\n"
  "\n"
  "--family lists one family only: `plan-content` is the catalogue of what each\n"
  "plan document must contain, `plan-cross-checks` the rules that compare plan\n"
  "documents with the record (careplan check-plan), `ssda903-validation` the\n"
  "DfE's validation checks of the SSDA903 return (careplan validate; text or\n"
  "json).";

/* JSON -------------------------------------------------------------------- */

static void
add_date_member (JsonBuilder  *builder,
                 const char   *name,
                 CareplanDate  date)
{
  json_builder_set_member_name (builder, name);
  if (date == CAREPLAN_DATE_NONE)
    json_builder_add_null_value (builder);
  else
    {
      g_autofree char *iso = careplan_date_to_iso (date);

      json_builder_add_string_value (builder, iso);
    }
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static void
build_rule_json (JsonBuilder  *builder,
                 CareplanRule *rule)
{
  const char * const *names = careplan_rule_get_parameter_names (rule);
  guint i;

  json_builder_begin_object (builder);
  add_string_member (builder, "id", careplan_rule_get_id (rule));
  add_string_member (builder, "family", careplan_rule_get_family (rule));
  add_string_member (builder, "title", careplan_rule_get_title (rule));
  add_string_member (builder, "kind", careplan_rule_kind_to_string (careplan_rule_get_kind (rule)));
  add_string_member (builder, "status",
                     careplan_confirmation_to_string (careplan_rule_get_confirmation (rule)));

  json_builder_set_member_name (builder, "citation");
  json_builder_begin_object (builder);
  add_string_member (builder, "instrument", careplan_rule_get_instrument (rule));
  add_string_member (builder, "provision", careplan_rule_get_provision (rule));
  add_string_member (builder, "url", careplan_rule_get_url (rule));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "in_force");
  json_builder_begin_object (builder);
  add_date_member (builder, "from", careplan_rule_get_in_force_from (rule));
  add_date_member (builder, "until", careplan_rule_get_in_force_until (rule));
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "parameters");
  json_builder_begin_array (builder);
  for (i = 0; names != NULL && names[i] != NULL; i++)
    {
      int value = 0;
      CareplanTimeUnit unit = CAREPLAN_TIME_UNIT_DAYS;

      if (!careplan_rule_get_parameter (rule, names[i], &value, &unit))
        continue;
      json_builder_begin_object (builder);
      add_string_member (builder, "name", names[i]);
      json_builder_set_member_name (builder, "value");
      json_builder_add_int_value (builder, value);
      add_string_member (builder, "unit", careplan_time_unit_to_string (unit));
      add_string_member (builder, "description",
                         careplan_rule_get_parameter_description (rule, names[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  /* A row's shape, generated from the row as on the catalogue page; null
   * for a rule written as a function. */
  {
    g_autofree char *shape = careplan_rule_dup_shape (rule);

    add_string_member (builder, "shape", shape);
  }

  json_builder_end_object (builder);
}

static void
append_json (GString    *out,
             GListModel *rules)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  guint i, n = g_list_model_get_n_items (rules);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "rules");
  json_builder_begin_array (builder);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);

      build_rule_json (builder, rule);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  g_string_append (out, text);
  g_string_append_c (out, '\n');
}

char *
careplan_tool_rules_to_json (GListModel *rules)
{
  g_autoptr(GString) out = g_string_new (NULL);

  append_json (out, rules);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
careplan_tool_rule_to_json (CareplanRule *rule)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  build_rule_json (builder, rule);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/* Text -------------------------------------------------------------------- */

static void
append_date (GString      *out,
             const char   *prefix,
             CareplanDate  date)
{
  g_autofree char *iso = careplan_date_to_iso (date);

  g_string_append (out, prefix);
  g_string_append (out, iso);
}

static void
append_rule_text (GString      *out,
                  CareplanRule *rule)
{
  const char * const *names = careplan_rule_get_parameter_names (rule);
  CareplanDate from = careplan_rule_get_in_force_from (rule);
  CareplanDate until = careplan_rule_get_in_force_until (rule);
  const char *url = careplan_rule_get_url (rule);
  g_autofree char *shape = careplan_rule_dup_shape (rule);
  guint i;

  /* A policy's rules say what their file says: every value is escaped,
   * so none can drive the terminal or forge a line. */
  careplan_tool_append_escaped (out, careplan_rule_get_id (rule));
  g_string_append (out, "\n  ");
  careplan_tool_append_escaped (out, careplan_rule_get_title (rule));
  g_string_append (out, "\n  family: ");
  careplan_tool_append_escaped (out, careplan_rule_get_family (rule));
  g_string_append_printf (out, "  kind: %s  status: %s\n",
                          careplan_rule_kind_to_string (careplan_rule_get_kind (rule)),
                          careplan_confirmation_to_string (careplan_rule_get_confirmation (rule)));
  g_string_append (out, "  citation: ");
  careplan_tool_append_escaped (out, careplan_rule_get_instrument (rule));
  g_string_append (out, ", ");
  careplan_tool_append_escaped (out, careplan_rule_get_provision (rule));
  g_string_append_c (out, '\n');
  if (url != NULL)
    {
      g_string_append (out, "            ");
      careplan_tool_append_escaped (out, url);
      g_string_append_c (out, '\n');
    }
  if (shape != NULL)
    {
      g_string_append (out, "  shape: ");
      careplan_tool_append_escaped (out, shape);
      g_string_append_c (out, '\n');
    }
  g_string_append (out, "  in force");
  if (from == CAREPLAN_DATE_NONE && until == CAREPLAN_DATE_NONE)
    g_string_append (out, " on every date");
  if (from != CAREPLAN_DATE_NONE)
    append_date (out, " from ", from);
  if (until != CAREPLAN_DATE_NONE)
    append_date (out, " until ", until);
  g_string_append_c (out, '\n');
  for (i = 0; names != NULL && names[i] != NULL; i++)
    {
      int value = 0;
      CareplanTimeUnit unit = CAREPLAN_TIME_UNIT_DAYS;
      const char *description;

      if (!careplan_rule_get_parameter (rule, names[i], &value, &unit))
        continue;
      description = careplan_rule_get_parameter_description (rule, names[i]);
      g_string_append (out, "  parameter ");
      careplan_tool_append_escaped (out, names[i]);
      g_string_append_printf (out, " = %d %s", value, careplan_time_unit_to_string (unit));
      if (description != NULL && *description != '\0')
        {
          g_string_append (out, " (");
          careplan_tool_append_escaped (out, description);
          g_string_append_c (out, ')');
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_text (GString    *out,
             GListModel *rules)
{
  guint i, n = g_list_model_get_n_items (rules);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);

      if (i > 0)
        g_string_append_c (out, '\n');
      append_rule_text (out, rule);
    }
}

/* Markdown ---------------------------------------------------------------- */

/* Table cells: a bar would end the cell, and a line break the row;
 * other control characters are escaped (careplan_tool_append_escaped()). */
static void
append_cell_text (GString    *out,
                  const char *text)
{
  g_autofree char *line = g_strdup (text != NULL ? text : "");
  g_autoptr(GString) escaped = g_string_new (NULL);
  const char *p;

  g_strdelimit (line, "\n\r", ' ');
  careplan_tool_append_escaped (escaped, line);
  for (p = escaped->str; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else
        g_string_append_c (out, *p);
    }
}

static void
append_parameter_value (GString          *out,
                        int               value,
                        CareplanTimeUnit  unit)
{
  static const char * const months[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
  };

  switch (unit)
    {
    case CAREPLAN_TIME_UNIT_COUNT:
      g_string_append_printf (out, "%d", value);
      break;
    case CAREPLAN_TIME_UNIT_MONTH_DAY:
      if (value / 100 >= 1 && value / 100 <= 12)
        g_string_append_printf (out, "%d %s", value % 100, months[value / 100 - 1]);
      else
        g_string_append_printf (out, "%d (MMDD)", value);
      break;
    case CAREPLAN_TIME_UNIT_WORKING_DAYS:
      g_string_append_printf (out, "%d working %s", value, value == 1 ? "day" : "days");
      break;
    case CAREPLAN_TIME_UNIT_DAYS:
    case CAREPLAN_TIME_UNIT_WEEKS:
    case CAREPLAN_TIME_UNIT_MONTHS:
    case CAREPLAN_TIME_UNIT_YEARS:
    default:
      {
        g_autofree char *noun = g_strdup (careplan_time_unit_to_string (unit));

        /* "1 days" reads "1 day". */
        if (value == 1 && g_str_has_suffix (noun, "s"))
          noun[strlen (noun) - 1] = '\0';
        g_string_append_printf (out, "%d %s", value, noun);
      }
      break;
    }
}

static void
append_parameters_cell (GString      *out,
                        CareplanRule *rule)
{
  const char * const *names = careplan_rule_get_parameter_names (rule);
  guint i;

  if (names == NULL || names[0] == NULL)
    {
      g_string_append (out, "—");
      return;
    }

  for (i = 0; names[i] != NULL; i++)
    {
      int value = 0;
      CareplanTimeUnit unit = CAREPLAN_TIME_UNIT_DAYS;
      const char *description = careplan_rule_get_parameter_description (rule, names[i]);

      if (!careplan_rule_get_parameter (rule, names[i], &value, &unit))
        continue;
      if (i > 0)
        g_string_append (out, "<br>");
      g_string_append_printf (out, "`%s` = ", names[i]);
      append_parameter_value (out, value, unit);
      if (description != NULL && *description != '\0')
        {
          g_string_append (out, ": ");
          append_cell_text (out, description);
        }
    }
}

static void
append_in_force_cell (GString      *out,
                      CareplanRule *rule)
{
  CareplanDate from = careplan_rule_get_in_force_from (rule);
  CareplanDate until = careplan_rule_get_in_force_until (rule);

  if (from == CAREPLAN_DATE_NONE && until == CAREPLAN_DATE_NONE)
    g_string_append (out, "always");
  if (from != CAREPLAN_DATE_NONE)
    append_date (out, "from ", from);
  if (from != CAREPLAN_DATE_NONE && until != CAREPLAN_DATE_NONE)
    g_string_append_c (out, ' ');
  if (until != CAREPLAN_DATE_NONE)
    append_date (out, "until ", until);
}

static void
append_rule_row (GString      *out,
                 CareplanRule *rule)
{
  const char *url = careplan_rule_get_url (rule);
  g_autofree char *shape = careplan_rule_dup_shape (rule);

  g_string_append (out, "| `");
  append_cell_text (out, careplan_rule_get_id (rule));
  g_string_append (out, "` | ");
  append_cell_text (out, careplan_rule_get_title (rule));
  /* A rule written as a row: what it asks, generated from the row, so a
   * reader can check it line by line against the provision. */
  if (shape != NULL)
    {
      g_string_append (out, "<br>*Shape:* ");
      append_cell_text (out, shape);
    }
  g_string_append_printf (out, " | %s | %s | ",
                          careplan_rule_kind_to_string (careplan_rule_get_kind (rule)),
                          careplan_confirmation_to_string (careplan_rule_get_confirmation (rule)));
  if (url != NULL)
    g_string_append_c (out, '[');
  append_cell_text (out, careplan_rule_get_instrument (rule));
  g_string_append (out, ", ");
  append_cell_text (out, careplan_rule_get_provision (rule));
  if (url != NULL)
    {
      /* Addresses here come from the definitions or a policy file: keep a
       * stray ')' or space from ending the link early. */
      g_autofree char *escaped = g_uri_escape_string (url, ":/?#[]@!$&'*+,;=%", FALSE);

      g_string_append_printf (out, "](%s)", escaped);
    }
  g_string_append (out, " | ");
  append_in_force_cell (out, rule);
  g_string_append (out, " | ");
  append_parameters_cell (out, rule);
  g_string_append (out, " |\n");
}

/* "care-planning" reads "Care planning". */
static char *
family_heading (const char *family)
{
  char *heading = g_strdup (family != NULL && *family != '\0' ? family : "other");

  g_strdelimit (heading, "-_", ' ');
  heading[0] = g_ascii_toupper (heading[0]);
  return heading;
}

static void
append_markdown (GString     *out,
                 GListModel  *rules,
                 char       **policies)
{
  g_autoptr(GPtrArray) families = g_ptr_array_new ();
  g_autoptr(GHashTable) members = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  guint i, j, n = g_list_model_get_n_items (rules);

  /* Families in the order the rulebook first gives them, which is the
   * catalogue's. */
  for (i = 0; i < n; i++)
    {
      CareplanRule *rule = g_list_model_get_item (rules, i);
      const char *family = careplan_rule_get_family (rule);
      GPtrArray *list = g_hash_table_lookup (members, family);

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_object_unref);
          g_hash_table_insert (members, (gpointer) family, list);
          g_ptr_array_add (families, (gpointer) family);
        }
      g_ptr_array_add (list, rule);
    }

  g_string_append (out,
                   "Title: Rules catalogue\n"
                   "Slug: catalogue\n"
                   "\n"
                   "# Rules catalogue\n"
                   "\n"
                   "This page is generated by `careplan rules --format markdown` from the rule\n"
                   "definitions themselves, so it says what the code does: every rule of the\n");
  if (policies != NULL && policies[0] != NULL)
    {
      g_string_append (out, "default rulebook with the local ");
      g_string_append (out, policies[1] != NULL ? "policies" : "policy");
      for (i = 0; policies[i] != NULL; i++)
        {
          g_autofree char *base = g_path_get_basename (policies[i]);

          g_string_append (out, i == 0 ? " `" : ", `");
          careplan_tool_append_escaped (out, base);
          g_string_append_c (out, '`');
        }
      g_string_append (out, " applied,\n");
    }
  else
    g_string_append (out, "default rulebook,\n");
  g_string_append_printf (out,
                          "family by family, with its kind, the status the rules catalogue gives it,\n"
                          "its citation, the dates it is in force and its parameters (value, unit\n"
                          "and meaning). %u rules in %u families. The [rules page](rules.html) says\n"
                          "how they are judged, and which readings are open.\n",
                          n, families->len);

  for (i = 0; i < families->len; i++)
    {
      const char *family = g_ptr_array_index (families, i);
      GPtrArray *list = g_hash_table_lookup (members, family);
      g_autofree char *heading = family_heading (family);

      g_string_append_printf (out, "\n## %s\n\n", heading);
      g_string_append (out,
                       "| id | title | kind | status | citation | in force | parameters |\n"
                       "|---|---|---|---|---|---|---|\n");
      for (j = 0; j < list->len; j++)
        append_rule_row (out, g_ptr_array_index (list, j));
    }
}

/* The command ------------------------------------------------------------- */

int
careplan_cmd_rules (int    argc,
                    char **argv)
{
  g_autofree char *format_text = NULL;
  g_auto(GStrv) policies = NULL;
  g_auto(GStrv) rest = NULL;
  g_autofree char *family = NULL;
  const GOptionEntry entries[] = {
    { "family", 0, 0, G_OPTION_ARG_STRING, &family,
      "List only the rules of FAMILY (plan-content: the plan-content catalogue; "
      "ssda903-validation: the DfE's SSDA903 validation checks)", "FAMILY" },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text,
      "Output format: text (default), json or markdown", "FORMAT" },
    { "policy", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &policies,
      "Apply a local policy file (careplan-policy/1) to the rulebook; repeatable", "FILE" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &rest, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GListStore) listed = NULL;
  g_autoptr(GListModel) cross_checks = NULL;
  RulesFormat format = RULES_FORMAT_TEXT;
  GListModel *rules;
  guint i, n;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                "Each rule with its family, title, kind, confirmation status, "
                                "citation, dates in force and parameters.");
  g_option_context_set_description (context, rules_description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("careplan rules");

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return careplan_tool_usage_error ("rules", RULES_SYNOPSIS, error->message);
  if (rest != NULL && rest[0] != NULL)
    {
      g_autofree char *message = g_strdup_printf ("unexpected argument “%s”", rest[0]);
      return careplan_tool_usage_error ("rules", RULES_SYNOPSIS, message);
    }
  if (format_text == NULL || g_str_equal (format_text, "text"))
    format = RULES_FORMAT_TEXT;
  else if (g_str_equal (format_text, "json"))
    format = RULES_FORMAT_JSON;
  else if (g_str_equal (format_text, "markdown"))
    format = RULES_FORMAT_MARKDOWN;
  else
    {
      g_autofree char *message =
        g_strdup_printf ("--format: unknown format “%s” (expected text, json or markdown)",
                         format_text);
      return careplan_tool_usage_error ("rules", RULES_SYNOPSIS, message);
    }

  if (g_strcmp0 (family, "ssda903-validation") == 0)
    {
      if (format == RULES_FORMAT_MARKDOWN)
        return careplan_tool_usage_error ("rules", RULES_SYNOPSIS,
                                          "--family ssda903-validation: text or json only");
      out = g_string_new (NULL);
      careplan_validate_append_checks (out, format == RULES_FORMAT_JSON);
      fwrite (out->str, 1, out->len, stdout);
      return careplan_tool_finish_stdout ("rules");
    }

  rulebook = careplan_tool_rulebook (policies, &error);
  if (rulebook == NULL)
    {
      careplan_tool_print_error (error->message);
      return CAREPLAN_EXIT_BAD;
    }

  out = g_string_new (NULL);
  if (g_strcmp0 (family, "plan-content") == 0)
    {
      careplan_tool_append_plan_content (out, format == RULES_FORMAT_JSON ? "json"
                                              : format == RULES_FORMAT_MARKDOWN ? "markdown" : "text");
      fwrite (out->str, 1, out->len, stdout);
      return careplan_tool_finish_stdout ("rules");
    }

  /* The rulebook's rules, or one family of them or of the plan cross-checks
   * (not in the rulebook: they need plan documents). */
  cross_checks = careplan_plan_dup_cross_check_rules ();
  if (family == NULL)
    rules = careplan_rulebook_get_rules (rulebook);
  else
    {
      listed = g_list_store_new (CAREPLAN_TYPE_RULE);
      for (i = 0; i < 2; i++)
        {
          GListModel *from = i == 0 ? careplan_rulebook_get_rules (rulebook) : cross_checks;
          guint j;

          n = g_list_model_get_n_items (from);
          for (j = 0; j < n; j++)
            {
              g_autoptr(CareplanRule) rule = g_list_model_get_item (from, j);

              if (g_strcmp0 (careplan_rule_get_family (rule), family) == 0)
                g_list_store_append (listed, rule);
            }
        }
      rules = G_LIST_MODEL (listed);
    }
  if (family != NULL && g_list_model_get_n_items (rules) == 0)
    {
      g_autofree char *message = g_strdup_printf ("--family: no rule of family “%s”", family);
      return careplan_tool_usage_error ("rules", RULES_SYNOPSIS, message);
    }
  switch (format)
    {
    case RULES_FORMAT_JSON:
      append_json (out, rules);
      break;
    case RULES_FORMAT_MARKDOWN:
      append_markdown (out, rules, policies);
      if (family == NULL)
        {
          /* The plan section: what each plan must contain, then the rules
           * that compare plan documents with the record. */
          careplan_tool_append_plan_content (out, "markdown");
          g_string_append (out,
                           "\n### Cross-checks with the record (family `plan-cross-checks`)\n\n"
                           "| id | title | kind | status | citation | in force | parameters |\n"
                           "|---|---|---|---|---|---|---|\n");
          n = g_list_model_get_n_items (cross_checks);
          for (i = 0; i < n; i++)
            {
              g_autoptr(CareplanRule) rule = g_list_model_get_item (cross_checks, i);

              append_rule_row (out, rule);
            }
        }
      break;
    case RULES_FORMAT_TEXT:
    default:
      append_text (out, rules);
      break;
    }

  /* Bytes as they are: g_print() would recode to the locale's charset. */
  fwrite (out->str, 1, out->len, stdout);
  return careplan_tool_finish_stdout ("rules");
}
