/* careplan-plan-content.c: the plan-content catalogue for `careplan rules`
 *
 * `careplan rules --family plan-content` lists the elements the law says
 * each kind of plan must contain (text or JSON), and the Markdown
 * catalogue page ends with them, a table per kind of plan.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-tool.h"

#include <json-glib/json-glib.h>

static const char *
regime_of (CareplanPlanElement *element)
{
  if (careplan_plan_element_get_kind (element) != CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT &&
      careplan_plan_element_get_kind (element) != CAREPLAN_PLAN_KIND_PATHWAY_PLAN)
    return NULL;
  if (careplan_plan_element_applies_to (element, careplan_plan_element_get_kind (element),
                                        CAREPLAN_LEAVING_CARE_STATUS_ELIGIBLE))
    return "eligible";
  if (careplan_plan_element_applies_to (element, careplan_plan_element_get_kind (element),
                                        CAREPLAN_LEAVING_CARE_STATUS_RELEVANT))
    return careplan_plan_element_applies_to (element, careplan_plan_element_get_kind (element),
                                             CAREPLAN_LEAVING_CARE_STATUS_FORMER_RELEVANT)
           ? "relevant, former-relevant" : "relevant";
  return "former-relevant";
}

static void
add_string (JsonBuilder *builder,
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
append_json (GString    *out,
             GListModel *elements)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  guint i, n = g_list_model_get_n_items (elements);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "elements");
  json_builder_begin_array (builder);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlanElement) element = g_list_model_get_item (elements, i);

      json_builder_begin_object (builder);
      add_string (builder, "id", careplan_plan_element_get_id (element));
      add_string (builder, "family", "plan-content");
      add_string (builder, "kind", careplan_plan_kind_to_string (careplan_plan_element_get_kind (element)));
      add_string (builder, "leaving_care_status", regime_of (element));
      add_string (builder, "requirement", careplan_plan_element_get_requirement (element));
      add_string (builder, "condition", careplan_plan_element_get_condition (element));
      json_builder_set_member_name (builder, "soft");
      json_builder_add_boolean_value (builder, careplan_plan_element_get_soft (element));
      add_string (builder, "status",
                  careplan_confirmation_to_string (careplan_plan_element_get_confirmation (element)));
      json_builder_set_member_name (builder, "citation");
      json_builder_begin_object (builder);
      add_string (builder, "instrument", careplan_plan_element_get_instrument (element));
      add_string (builder, "provision", careplan_plan_element_get_provision (element));
      add_string (builder, "url", careplan_plan_element_get_url (element));
      json_builder_end_object (builder);
      json_builder_end_object (builder);
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

static void
append_text (GString    *out,
             GListModel *elements)
{
  guint i, n = g_list_model_get_n_items (elements);

  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlanElement) element = g_list_model_get_item (elements, i);
      const char *condition = careplan_plan_element_get_condition (element);
      const char *regime = regime_of (element);

      g_string_append_printf (out, "%s\n", careplan_plan_element_get_id (element));
      g_string_append_printf (out, "  %s\n", careplan_plan_element_get_requirement (element));
      g_string_append_printf (out, "  family: plan-content  kind: %s%s%s%s  %s  status: %s\n",
                              careplan_plan_kind_to_string (careplan_plan_element_get_kind (element)),
                              regime != NULL ? " (" : "", regime != NULL ? regime : "",
                              regime != NULL ? ")" : "",
                              careplan_plan_element_get_soft (element) ? "soft" : "hard",
                              careplan_confirmation_to_string (careplan_plan_element_get_confirmation (element)));
      if (condition != NULL)
        g_string_append_printf (out, "  condition: %s\n", condition);
      g_string_append_printf (out, "  citation: %s, %s\n", careplan_plan_element_get_instrument (element),
                              careplan_plan_element_get_provision (element));
      g_string_append_printf (out, "            %s\n\n", careplan_plan_element_get_url (element));
    }
}

/* Markdown table cells: no pipes, no line breaks. */
static void
append_cell (GString    *out,
             const char *text)
{
  const char *p;

  for (p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else if (*p == '\n' || *p == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
}

static void
append_markdown (GString    *out,
                 GListModel *elements)
{
  static const char * const headings[] = {
    [CAREPLAN_PLAN_KIND_CARE_PLAN] = "Care plan (CPPCR reg 5, Schedule 1: health plan, PEP, family and social relationships)",
    [CAREPLAN_PLAN_KIND_PLACEMENT_PLAN] = "Placement plan (CPPCR reg 9, Schedule 2; placement with a parent)",
    [CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN] = "Short-break care plan (CPPCR reg 48)",
    [CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN] = "Detention placement plan (CPPCR Schedule 2A)",
    [CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT] = "Needs assessment (CPPCR reg 42; Care Leavers (England) Regulations 2010 reg 5)",
    [CAREPLAN_PLAN_KIND_PATHWAY_PLAN] = "Pathway plan (CPPCR reg 43, Schedule 8; Care Leavers (England) Regulations 2010 reg 6, Schedules 1 and 2)",
  };
  guint i, n = g_list_model_get_n_items (elements);
  int kind = -1;

  g_string_append_printf (out,
                          "\n## Plan content\n\n"
                          "What each plan document must contain: %u elements, the family `plan-content`,\n"
                          "checked by `careplan check-plan` (see the [plans guide](plans.html)). *Soft*\n"
                          "elements are asked for so far as reasonably practicable or where appropriate:\n"
                          "empty, they are a warning. Elements marked UNCONFIRMED were not read in the\n"
                          "legislation; empty, they are a warning unless `--strict-unconfirmed` is given.\n",
                          n);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlanElement) element = g_list_model_get_item (elements, i);
      const char *regime = regime_of (element);

      if ((int) careplan_plan_element_get_kind (element) != kind)
        {
          kind = careplan_plan_element_get_kind (element);
          g_string_append_printf (out, "\n### %s\n\n", headings[kind]);
          g_string_append (out, "| id | must record | condition | duty | status | citation |\n"
                                "|---|---|---|---|---|---|\n");
        }
      g_string_append (out, "| `");
      g_string_append (out, careplan_plan_element_get_id (element));
      g_string_append (out, "` | ");
      append_cell (out, careplan_plan_element_get_requirement (element));
      g_string_append (out, " | ");
      if (regime != NULL)
        g_string_append_printf (out, "%s child. ", regime);
      append_cell (out, careplan_plan_element_get_condition (element) != NULL
                          ? careplan_plan_element_get_condition (element) : (regime != NULL ? "" : "always"));
      g_string_append_printf (out, " | %s | %s | [",
                              careplan_plan_element_get_soft (element) ? "soft" : "hard",
                              careplan_confirmation_to_string (careplan_plan_element_get_confirmation (element)));
      append_cell (out, careplan_plan_element_get_provision (element));
      g_string_append (out, "](");
      g_string_append (out, careplan_plan_element_get_url (element));
      g_string_append (out, ") |\n");
    }
}

void
careplan_tool_append_plan_content (GString    *out,
                                   const char *format)
{
  g_autoptr(GListModel) elements = careplan_plan_element_dup_catalogue ();

  if (g_strcmp0 (format, "json") == 0)
    append_json (out, elements);
  else if (g_strcmp0 (format, "markdown") == 0)
    append_markdown (out, elements);
  else
    append_text (out, elements);
}
