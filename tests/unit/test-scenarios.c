/* test-scenarios.c: every scenario file (tests/scenarios, *.json), one test each
 *
 * A scenario holds one child's record, an as-of date and the findings
 * expected of the default rulebook (tests/scenarios/README.md).  The
 * record goes through the public reader, exactly as the Python and GJS
 * suites load it, so all three compare the same thing.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "careplan.h"

static const char *
scenario_dir (void)
{
  static char *dir = NULL;

  if (dir == NULL)
    {
      const char *data = g_getenv ("CAREPLAN_TEST_DATA");

      dir = g_build_filename (data != NULL && *data != '\0' ? data : CAREPLAN_TEST_DATA,
                              "scenarios", NULL);
    }
  return dir;
}

/* The compared keys, in a fixed order: "child rule status anchor.kind
 * anchor.date due done days_late", null as "null". */
static char *
canonical_line (const char *child,
                const char *rule,
                const char *status,
                const char *anchor_kind,
                const char *anchor_date,
                const char *due,
                const char *done,
                const char *days_late)
{
  return g_strdup_printf ("%s %s %s anchor=%s@%s due=%s done=%s days_late=%s",
                          child, rule, status, anchor_kind, anchor_date, due, done, days_late);
}

static char *
date_or_null (CareplanDate date)
{
  return date == CAREPLAN_DATE_NONE ? g_strdup ("null") : careplan_date_to_iso (date);
}

static char *
describe_finding (CareplanFinding *finding)
{
  g_autofree char *anchor = date_or_null (careplan_finding_get_anchor_date (finding));
  g_autofree char *due = date_or_null (careplan_finding_get_due (finding));
  g_autofree char *done = date_or_null (careplan_finding_get_done (finding));
  g_autofree char *late = NULL;

  if (careplan_finding_get_days_late (finding) == CAREPLAN_FINDING_NO_DAYS_LATE)
    late = g_strdup ("null");
  else
    late = g_strdup_printf ("%d", careplan_finding_get_days_late (finding));

  return canonical_line (careplan_finding_get_child_id (finding),
                         careplan_finding_get_rule_id (finding),
                         careplan_finding_status_to_string (careplan_finding_get_status (finding)),
                         careplan_finding_get_anchor_kind (finding),
                         anchor, due, done, late);
}

/* A string or null member of @object, as text; fails on anything else. */
static char *
member_text (const char *file,
             guint       index,
             JsonObject *object,
             const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    fail_msg ("%s: expected[%u] has no \"%s\"", file, index, name);
  if (JSON_NODE_HOLDS_NULL (node))
    return g_strdup ("null");
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

  fail_msg ("%s: expected[%u].%s is neither a string, an integer nor null", file, index, name);
  return NULL;
}

static char *
describe_expected (const char *file,
                   guint       index,
                   JsonNode   *node)
{
  JsonObject *object;
  JsonObject *anchor;
  g_autofree char *child = NULL;
  g_autofree char *rule = NULL;
  g_autofree char *status = NULL;
  g_autofree char *anchor_kind = NULL;
  g_autofree char *anchor_date = NULL;
  g_autofree char *due = NULL;
  g_autofree char *done = NULL;
  g_autofree char *late = NULL;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    fail_msg ("%s: expected[%u] is not an object", file, index);
  object = json_node_get_object (node);
  if (!json_object_has_member (object, "anchor") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "anchor")))
    fail_msg ("%s: expected[%u] has no \"anchor\" object", file, index);
  anchor = json_object_get_object_member (object, "anchor");

  child = member_text (file, index, object, "child");
  rule = member_text (file, index, object, "rule");
  status = member_text (file, index, object, "status");
  anchor_kind = member_text (file, index, anchor, "kind");
  anchor_date = member_text (file, index, anchor, "date");
  due = member_text (file, index, object, "due");
  done = member_text (file, index, object, "done");
  late = member_text (file, index, object, "days_late");

  return canonical_line (child, rule, status, anchor_kind, anchor_date, due, done, late);
}

static gboolean
rule_selected (JsonArray  *rules,
               const char *rule_id)
{
  guint i;

  if (rules == NULL)
    return TRUE;

  for (i = 0; i < json_array_get_length (rules); i++)
    {
      if (g_strcmp0 (json_array_get_string_element (rules, i), rule_id) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_scenario (void **state)
{
  const char *file = *state;
  g_autofree char *path = g_build_filename (scenario_dir (), file, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(CareplanCalendar) calendar = NULL;
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(CareplanEngine) engine = NULL;
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GString) actual = g_string_new (NULL);
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanChild) child = NULL;
  g_autofree char *record = NULL;
  JsonObject *scenario;
  JsonArray *rules = NULL;
  JsonArray *wanted;
  CareplanDate as_of;
  guint i;

  if (!json_parser_load_from_file (parser, path, &error))
    fail_msg ("%s: %s", file, error->message);
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    fail_msg ("%s: not a JSON object", file);
  scenario = json_node_get_object (json_parser_get_root (parser));

  if (!json_object_has_member (scenario, "description") ||
      *json_object_get_string_member (scenario, "description") == '\0')
    fail_msg ("%s: no description", file);
  if (!json_object_has_member (scenario, "record") ||
      !json_object_has_member (scenario, "as_of") ||
      !json_object_has_member (scenario, "expected"))
    fail_msg ("%s: needs \"record\", \"as_of\" and \"expected\"", file);

  as_of = careplan_date_parse_iso (json_object_get_string_member (scenario, "as_of"), &error);
  if (as_of == CAREPLAN_DATE_NONE)
    fail_msg ("%s: as_of: %s", file, error->message);

  if (json_object_has_member (scenario, "rules"))
    rules = json_object_get_array_member (scenario, "rules");

  if (json_object_has_member (scenario, "calendar"))
    {
      g_autofree char *feed = g_build_filename (scenario_dir (),
                                                json_object_get_string_member (scenario, "calendar"),
                                                NULL);

      calendar = careplan_calendar_new_from_file (feed, NULL, &error);
      if (calendar == NULL)
        fail_msg ("%s: calendar: %s", file, error->message);
    }

  /* A local policy extends the default rulebook (tests/scenarios/README.md). */
  if (json_object_has_member (scenario, "policy"))
    {
      g_autofree char *policy = g_build_filename (scenario_dir (),
                                                  json_object_get_string_member (scenario, "policy"),
                                                  NULL);

      if (!careplan_policy_load_file (rulebook, policy, &error))
        fail_msg ("%s: policy: %s", file, error->message);
    }

  record = json_to_string (json_object_get_member (scenario, "record"), FALSE);
  children = careplan_record_load_data (record, -1, file, &error);
  if (children == NULL)
    fail_msg ("%s: record: %s", file, error->message);
  if (g_list_model_get_n_items (children) != 1)
    fail_msg ("%s: record holds %u children, not one", file, g_list_model_get_n_items (children));
  child = g_list_model_get_item (children, 0);

  engine = careplan_engine_new (rulebook, calendar);
  findings = careplan_engine_evaluate (engine, child, as_of, &error);
  if (findings == NULL)
    fail_msg ("%s: evaluate: %s", file, error->message);

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *line = NULL;
      g_autofree char *due = NULL;
      const char *message = careplan_finding_get_message (finding);

      if (!rule_selected (rules, careplan_finding_get_rule_id (finding)))
        continue;

      line = describe_finding (finding);
      g_string_append_printf (actual, "  %s\n", line);

      if (message == NULL || *message == '\0')
        fail_msg ("%s: empty message for %s", file, line);
      due = careplan_date_to_iso (careplan_finding_get_due (finding));
      if (careplan_finding_get_due (finding) != CAREPLAN_DATE_NONE && strstr (message, due) == NULL)
        fail_msg ("%s: message \"%s\" does not name the due date %s", file, message, due);
    }

  wanted = json_object_get_array_member (scenario, "expected");
  for (i = 0; i < json_array_get_length (wanted); i++)
    {
      g_autofree char *line = describe_expected (file, i, json_array_get_element (wanted, i));

      g_string_append_printf (expected, "  %s\n", line);
    }

  if (!g_str_equal (actual->str, expected->str))
    fail_msg ("%s: findings differ\nexpected:\n%sactual:\n%s", file, expected->str, actual->str);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

int
main (void)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree struct CMUnitTest *tests = NULL;
  const char *name;
  guint i;

  dir = g_dir_open (scenario_dir (), 0, &error);
  if (dir == NULL)
    {
      g_printerr ("cannot list scenarios: %s\n", error->message);
      return 1;
    }
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".json"))
        g_ptr_array_add (files, g_strdup (name));
    }
  g_ptr_array_sort (files, compare_names);

  if (files->len == 0)
    {
      g_printerr ("no scenario files in %s\n", scenario_dir ());
      return 1;
    }

  tests = g_new0 (struct CMUnitTest, files->len);
  for (i = 0; i < files->len; i++)
    {
      tests[i].name = files->pdata[i];
      tests[i].test_func = test_scenario;
      tests[i].initial_state = files->pdata[i];
    }

  return _cmocka_run_group_tests ("scenarios", tests, files->len, NULL, NULL);
}
