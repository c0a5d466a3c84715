/* test-plans.c: plan documents, the plan-content catalogue, the check of a
 * plan and its cross-checks with the record
 *
 * The example plans (examples/plans) and the bad samples (tests/plans/bad)
 * are the files the Python and GJS tests read too; tests/plans/expected.json
 * says what each example must give.  Cross-check deadlines are tested on the
 * day before, on and after each boundary.
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

/* --- helpers ------------------------------------------------------------- */

static CareplanDate
date_of (const char *iso)
{
  g_autoptr(GError) error = NULL;
  CareplanDate date = careplan_date_parse_iso (iso, &error);

  if (error != NULL)
    fail_msg ("bad test date %s: %s", iso, error->message);
  return date;
}

static char *
source_path (const char *relative)
{
  const char *data = g_getenv ("CAREPLAN_TEST_DATA");

  return g_build_filename (data != NULL && *data != '\0' ? data : CAREPLAN_TEST_DATA,
                           "..", relative, NULL);
}

static GListModel *
load_records (void)
{
  g_autofree char *caseload = source_path ("examples/data/caseload.json");
  g_autofree char *statutory = source_path ("examples/data/statutory.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) a = careplan_record_load_file (caseload, &error);
  g_autoptr(GListModel) b = NULL;
  GListStore *all = g_list_store_new (CAREPLAN_TYPE_CHILD);
  guint i;

  assert_non_null (a);
  b = careplan_record_load_file (statutory, &error);
  assert_non_null (b);
  for (i = 0; i < g_list_model_get_n_items (a); i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (a, i);
      g_list_store_append (all, child);
    }
  for (i = 0; i < g_list_model_get_n_items (b); i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (b, i);
      g_list_store_append (all, child);
    }
  return G_LIST_MODEL (all);
}

static CareplanChild *
find_child (GListModel *children,
            const char *id)
{
  guint i;

  for (i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);

      if (strcmp (careplan_child_get_id (child), id) == 0)
        return child;   /* borrowed: @children holds it */
    }
  return NULL;
}

/* A child from one record object written inline. */
static CareplanChild *
child_from_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = careplan_record_load_data (json, -1, "<test>", &error);

  if (children == NULL)
    fail_msg ("bad test record: %s", error->message);
  assert_int_equal (g_list_model_get_n_items (children), 1);
  return g_list_model_get_item (children, 0);
}

static CareplanPlan *
plan_from_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  CareplanPlan *plan = careplan_plan_load_data (json, -1, "<test>", &error);

  if (plan == NULL)
    fail_msg ("bad test plan: %s", error->message);
  return plan;
}

static CareplanPlanResult *
result_for (GListModel *results,
            const char *id)
{
  guint i;

  for (i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(CareplanPlanResult) result = g_list_model_get_item (results, i);

      if (strcmp (careplan_plan_result_get_element_id (result), id) == 0)
        return result;
    }
  fail_msg ("no result for %s", id);
  return NULL;
}

static void
assert_status (GListModel                *results,
               const char                *id,
               CareplanPlanElementStatus  expected)
{
  CareplanPlanResult *result = result_for (results, id);

  if (careplan_plan_result_get_status (result) != expected)
    fail_msg ("%s: expected %s, got %s (%s)", id, careplan_plan_element_status_to_string (expected),
              careplan_plan_element_status_to_string (careplan_plan_result_get_status (result)),
              careplan_plan_result_get_message (result));
}

/* The one finding of @rule_id in @findings (there must be exactly one). */
static CareplanFinding *
finding_of (GListModel *findings,
            const char *rule_id)
{
  CareplanFinding *found = NULL;
  guint i;

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);

      if (strcmp (careplan_finding_get_rule_id (finding), rule_id) != 0)
        continue;
      if (found != NULL)
        fail_msg ("more than one finding of %s", rule_id);
      found = finding;
    }
  if (found == NULL)
    fail_msg ("no finding of %s", rule_id);
  return found;
}

static void
assert_finding (GListModel            *findings,
                const char            *rule_id,
                CareplanFindingStatus  expected)
{
  CareplanFinding *finding = finding_of (findings, rule_id);

  if (careplan_finding_get_status (finding) != expected)
    fail_msg ("%s: expected %s, got %s (%s)", rule_id, careplan_finding_status_to_string (expected),
              careplan_finding_status_to_string (careplan_finding_get_status (finding)),
              careplan_finding_get_message (finding));
}

static GListModel *
cross_check (CareplanChild *child,
             CareplanDate   as_of,
             ...)
{
  g_autoptr(GListStore) plans = g_list_store_new (CAREPLAN_TYPE_PLAN);
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();
  g_autoptr(GError) error = NULL;
  GListModel *findings;
  const char *json;
  va_list args;

  va_start (args, as_of);
  while ((json = va_arg (args, const char *)) != NULL)
    {
      g_autoptr(CareplanPlan) plan = plan_from_json (json);

      g_list_store_append (plans, plan);
    }
  va_end (args);

  findings = careplan_plan_cross_check (G_LIST_MODEL (plans), child, calendar, as_of, &error);
  if (findings == NULL)
    fail_msg ("cross-check: %s", error->message);
  return findings;
}

/* --- the catalogue --------------------------------------------------------- */

static void
test_catalogue_counts (void **state)
{
  g_autoptr(GListModel) all = careplan_plan_element_dup_catalogue ();
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  guint confirmation[CAREPLAN_CONFIRMATION_LOCAL + 1] = { 0 };
  guint soft = 0, i, n = g_list_model_get_n_items (all);
  static const struct { CareplanPlanKind kind; CareplanLeavingCareStatus status; guint n; } per_kind[] = {
    { CAREPLAN_PLAN_KIND_CARE_PLAN, CAREPLAN_LEAVING_CARE_STATUS_NONE, 34 },
    { CAREPLAN_PLAN_KIND_PLACEMENT_PLAN, CAREPLAN_LEAVING_CARE_STATUS_NONE, 35 },
    { CAREPLAN_PLAN_KIND_SHORT_BREAK_PLAN, CAREPLAN_LEAVING_CARE_STATUS_NONE, 7 },
    { CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN, CAREPLAN_LEAVING_CARE_STATUS_NONE, 8 },
    { CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, CAREPLAN_LEAVING_CARE_STATUS_ELIGIBLE, 12 },
    { CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, CAREPLAN_LEAVING_CARE_STATUS_RELEVANT, 11 },
    { CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, CAREPLAN_LEAVING_CARE_STATUS_FORMER_RELEVANT, 5 },
    { CAREPLAN_PLAN_KIND_NEEDS_ASSESSMENT, CAREPLAN_LEAVING_CARE_STATUS_NONE, 0 },
    { CAREPLAN_PLAN_KIND_PATHWAY_PLAN, CAREPLAN_LEAVING_CARE_STATUS_ELIGIBLE, 12 },
    { CAREPLAN_PLAN_KIND_PATHWAY_PLAN, CAREPLAN_LEAVING_CARE_STATUS_RELEVANT, 22 },
    { CAREPLAN_PLAN_KIND_PATHWAY_PLAN, CAREPLAN_LEAVING_CARE_STATUS_FORMER_RELEVANT, 22 },
  };

  /* The checklist's 142 elements: 107 CONFIRMED-PRIMARY, 10
   * CONFIRMED-SECONDARY, 25 UNCONFIRMED. */
  assert_int_equal (n, 142);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlanElement) element = g_list_model_get_item (all, i);
      const char *id = careplan_plan_element_get_id (element);

      assert_false (g_hash_table_contains (ids, id));
      g_hash_table_add (ids, (gpointer) id);
      assert_true (g_str_has_prefix (id, "cppcr-2010.") || g_str_has_prefix (id, "clr-2010."));
      assert_true (g_str_has_prefix (careplan_plan_element_get_url (element), "https://www.legislation.gov.uk/uksi/2010/"));
      assert_non_null (careplan_plan_element_get_provision (element));
      assert_true (strlen (careplan_plan_element_get_requirement (element)) > 5);
      confirmation[careplan_plan_element_get_confirmation (element)]++;
      if (careplan_plan_element_get_soft (element))
        {
          soft++;
          assert_true (careplan_plan_element_allows_not_applicable (element));
        }
      if (careplan_plan_element_get_condition (element) != NULL)
        assert_true (careplan_plan_element_allows_not_applicable (element));
    }
  assert_int_equal (confirmation[CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY], 107);
  assert_int_equal (confirmation[CAREPLAN_CONFIRMATION_CONFIRMED_SECONDARY], 10);
  assert_int_equal (confirmation[CAREPLAN_CONFIRMATION_UNCONFIRMED], 25);
  /* The PEP block (Sch 1 para 2) and the short-break plan's Sch 2 para 3 item. */
  assert_int_equal (soft, 10);

  for (i = 0; i < G_N_ELEMENTS (per_kind); i++)
    {
      g_autoptr(GListModel) some = careplan_plan_element_dup_for_kind (per_kind[i].kind, per_kind[i].status);

      assert_int_equal (g_list_model_get_n_items (some), per_kind[i].n);
    }
}

static void
test_catalogue_lookup_and_names (void **state)
{
  g_autoptr(CareplanPlanElement) element = careplan_plan_element_lookup ("cppcr-2010.reg5-d.care-plan.iro-name");
  CareplanPlanKind kind;
  CareplanLeavingCareStatus status;
  CareplanPlanElementStatus element_status;

  assert_non_null (element);
  assert_string_equal (careplan_plan_element_get_provision (element), "regulation 5(d)");
  assert_string_equal (careplan_plan_element_get_url (element),
                       "https://www.legislation.gov.uk/uksi/2010/959/regulation/5/made");
  assert_int_equal (careplan_plan_element_get_confirmation (element), CAREPLAN_CONFIRMATION_CONFIRMED_PRIMARY);
  assert_false (careplan_plan_element_get_soft (element));
  assert_false (careplan_plan_element_allows_not_applicable (element));
  assert_null (careplan_plan_element_lookup ("cppcr-2010.reg5-z.nothing"));

  assert_true (careplan_plan_kind_from_string ("detention-placement-plan", &kind));
  assert_int_equal (kind, CAREPLAN_PLAN_KIND_DETENTION_PLACEMENT_PLAN);
  assert_string_equal (careplan_plan_kind_to_string (kind), "detention-placement-plan");
  assert_false (careplan_plan_kind_from_string ("plan", &kind));
  assert_true (careplan_leaving_care_status_from_string ("former-relevant", &status));
  assert_int_equal (status, CAREPLAN_LEAVING_CARE_STATUS_FORMER_RELEVANT);
  assert_true (careplan_plan_element_status_from_string ("not-applicable", &element_status));
  assert_int_equal (element_status, CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE);
}

/* --- the examples ----------------------------------------------------------- */

static void
test_examples_give_exactly_the_expected_missing_elements (void **state)
{
  g_autofree char *expected_path = source_path ("tests/plans/expected.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GListModel) records = load_records ();
  g_autoptr(GError) error = NULL;
  JsonObject *plans;
  g_autoptr(GList) names = NULL;
  GList *l;
  guint seen = 0;

  assert_true (json_parser_load_from_file (parser, expected_path, &error));
  plans = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "plans");
  names = json_object_get_members (plans);
  for (l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonObject *expected = json_object_get_object_member (plans, name);
      JsonArray *missing = json_object_get_array_member (expected, "missing");
      JsonObject *counts = json_object_get_object_member (expected, "counts_with_records");
      g_autofree char *relative = g_build_filename ("examples", "plans", name, NULL);
      g_autofree char *path = source_path (relative);
      g_autoptr(CareplanPlan) plan = careplan_plan_load_file (path, &error);
      CareplanChild *child;
      guint pass;

      if (plan == NULL)
        fail_msg ("%s: %s", name, error->message);
      assert_string_equal (careplan_plan_kind_to_string (careplan_plan_get_kind (plan)),
                           json_object_get_string_member (expected, "kind"));
      child = find_child (records, careplan_plan_get_child_id (plan));
      assert_non_null (child);

      /* With the record and without: the same missing elements. */
      for (pass = 0; pass < 2; pass++)
        {
          g_autoptr(GListModel) results = careplan_plan_check (plan, pass == 0 ? child : NULL,
                                                               CAREPLAN_PLAN_CHECK_NONE);
          guint counted[CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN + 1] = { 0 };
          guint i, k = 0, n = g_list_model_get_n_items (results);

          assert_int_equal (n, json_object_get_int_member (expected, "elements"));
          for (i = 0; i < n; i++)
            {
              g_autoptr(CareplanPlanResult) result = g_list_model_get_item (results, i);
              CareplanPlanElementStatus status = careplan_plan_result_get_status (result);

              counted[status]++;
              if (status != CAREPLAN_PLAN_ELEMENT_STATUS_MISSING)
                continue;
              assert_true (k < json_array_get_length (missing));
              assert_string_equal (careplan_plan_result_get_element_id (result),
                                   json_array_get_string_element (missing, k));
              k++;
            }
          assert_int_equal (k, json_array_get_length (missing));
          if (pass == 0)
            for (i = 0; i <= CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN; i++)
              assert_int_equal (counted[i],
                                json_object_get_int_member (counts, careplan_plan_element_status_to_string (i)));
        }
      seen++;
    }
  assert_int_equal (seen, 15);
}

static void
test_bad_samples_are_refused_with_their_place (void **state)
{
  g_autofree char *manifest_path = source_path ("tests/plans/manifest.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *bad;
  g_autoptr(GList) names = NULL;
  GList *l;

  assert_true (json_parser_load_from_file (parser, manifest_path, &error));
  bad = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "bad");
  names = json_object_get_members (bad);
  assert_true (g_list_length (names) >= 20);
  for (l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonObject *entry = json_object_get_object_member (bad, name);
      const char *code = json_object_get_string_member (entry, "code");
      g_autofree char *relative = g_build_filename ("tests", "plans", "bad", name, NULL);
      g_autofree char *path = source_path (relative);
      g_autoptr(GError) load_error = NULL;
      g_autoptr(CareplanPlan) plan = careplan_plan_load_file (path, &load_error);
      g_autofree char *place = g_strdup_printf ("%s:", path);

      if (plan != NULL)
        fail_msg ("%s was accepted", name);
      assert_true (g_error_matches (load_error, CAREPLAN_ERROR,
                                    strcmp (code, "INVALID_JSON") == 0 ? CAREPLAN_ERROR_INVALID_JSON
                                                                        : CAREPLAN_ERROR_INVALID_PLAN));
      /* FILE:LINE:COLUMN: … */
      assert_true (g_str_has_prefix (load_error->message, place));
      assert_true (g_ascii_isdigit (load_error->message[strlen (place)]));
      if (strstr (load_error->message, json_object_get_string_member (entry, "message")) == NULL)
        fail_msg ("%s: “%s” does not say “%s”", name, load_error->message,
                  json_object_get_string_member (entry, "message"));
    }
}

static void
test_missing_file_is_an_io_error (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanPlan) plan = careplan_plan_load_file ("/nonexistent/plan.json", &error);

  assert_null (plan);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO));
}

/* --- the statuses ------------------------------------------------------------ */

#define CARE_PLAN_HEAD "{\"format\": \"careplan-plan/1\", \"kind\": \"care-plan\", \"child\": \"T1\", " \
                       "\"date\": \"2025-01-06\", \"elements\": {"

static void
test_present_blank_structured_and_not_applicable (void **state)
{
  g_autoptr(CareplanPlan) plan = plan_from_json (
    CARE_PLAN_HEAD
    "\"cppcr-2010.reg5-a.care-plan.permanence-plan\": {\"content\": {\"plan\": \"adoption\"}},"
    "\"cppcr-2010.reg5-b-i.care-plan.health\": {\"content\": {\"plan\": \"  \", \"items\": []}},"
    "\"cppcr-2010.reg5-b-iii.care-plan.emotional-behavioural\": {\"text\": \" \\n\\t \"},"
    "\"cppcr-2010.reg5-b-iv.care-plan.identity\": {\"content\": [0]},"
    "\"cppcr-2010.reg5-d.care-plan.iro-name\": {\"not_applicable\": \"not yet appointed\"},"
    "\"cppcr-2010.sch1.para2-4.pep.leisure\": {\"not_applicable\": \"the child declined to say\"},"
    "\"cppcr-2010.reg5-1-f.care-plan.trafficking-uasc-status\": {\"not_applicable\": \"not UASC\"}"
    "}}");
  g_autoptr(GListModel) results = careplan_plan_check (plan, NULL, CAREPLAN_PLAN_CHECK_NONE);
  CareplanPlanResult *iro;

  assert_true (careplan_plan_is_element_present (plan, "cppcr-2010.reg5-a.care-plan.permanence-plan"));
  assert_status (results, "cppcr-2010.reg5-a.care-plan.permanence-plan", CAREPLAN_PLAN_ELEMENT_STATUS_PRESENT);
  /* Structured content with only blank leaves, and blank text, are missing. */
  assert_status (results, "cppcr-2010.reg5-b-i.care-plan.health", CAREPLAN_PLAN_ELEMENT_STATUS_MISSING);
  assert_status (results, "cppcr-2010.reg5-b-iii.care-plan.emotional-behavioural", CAREPLAN_PLAN_ELEMENT_STATUS_MISSING);
  assert_status (results, "cppcr-2010.reg5-b-iv.care-plan.identity", CAREPLAN_PLAN_ELEMENT_STATUS_PRESENT);
  /* Not applicable where the law does not allow it: still missing. */
  assert_status (results, "cppcr-2010.reg5-d.care-plan.iro-name", CAREPLAN_PLAN_ELEMENT_STATUS_MISSING);
  iro = result_for (results, "cppcr-2010.reg5-d.care-plan.iro-name");
  assert_non_null (strstr (careplan_plan_result_get_message (iro), "not yet appointed"));
  /* A soft duty, and a condition nothing settles: the reason is accepted. */
  assert_status (results, "cppcr-2010.sch1.para2-4.pep.leisure", CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE);
  assert_status (results, "cppcr-2010.reg5-1-f.care-plan.trafficking-uasc-status",
                 CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE);
  /* Absent: soft is incomplete, conditional without a record unknown. */
  assert_status (results, "cppcr-2010.sch1.para2-5.pep.carer-role", CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE);
  assert_status (results, "cppcr-2010.sch1.para3.care-plan.sibling-contact", CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN);
  assert_status (results, "cppcr-2010.reg5-c.care-plan.placement-plan", CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN);
  assert_int_equal (careplan_plan_result_get_condition (result_for (results, "cppcr-2010.reg5-c.care-plan.placement-plan")),
                    CAREPLAN_TRISTATE_UNSET);
  assert_status (results, "cppcr-2010.reg5-e.care-plan.wishes-feelings", CAREPLAN_PLAN_ELEMENT_STATUS_MISSING);
}

static void
test_unconfirmed_elements_are_warnings_unless_strict (void **state)
{
  g_autoptr(CareplanPlan) plan = plan_from_json (
    "{\"format\": \"careplan-plan/1\", \"kind\": \"detention-placement-plan\", \"child\": \"T1\","
    " \"date\": \"2025-08-29\", \"elements\": {}}");
  g_autoptr(GListModel) lenient = careplan_plan_check (plan, NULL, CAREPLAN_PLAN_CHECK_NONE);
  g_autoptr(GListModel) strict = careplan_plan_check (plan, NULL, CAREPLAN_PLAN_CHECK_UNCONFIRMED_REQUIRED);
  const char *remaining = "cppcr-2010.sch2a.para8-plus.detention-placement-plan.remaining";

  assert_status (lenient, remaining, CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE);
  assert_non_null (strstr (careplan_plan_result_get_message (result_for (lenient, remaining)), "UNCONFIRMED"));
  assert_status (strict, remaining, CAREPLAN_PLAN_ELEMENT_STATUS_MISSING);
  assert_status (lenient, "cppcr-2010.sch2a.para1.detention-placement-plan.day-to-day-care",
                 CAREPLAN_PLAN_ELEMENT_STATUS_MISSING);
}

#define FOSTER_RECORD "{\"id\": \"T1\", \"date_of_birth\": \"2012-03-10\", \"episodes\": [" \
  "{\"start\": \"2025-01-06\", \"legal_status\": \"C1\", \"placement_type\": \"U6\", \"reason_new_episode\": \"S\"}]}"
#define PARENT_RECORD "{\"id\": \"T1\", \"date_of_birth\": \"2012-03-10\", \"episodes\": [" \
  "{\"start\": \"2025-01-06\", \"legal_status\": \"C2\", \"placement_type\": \"P1\", \"reason_new_episode\": \"S\"}]}"
#define PLACEMENT_PLAN(date, start, rest) \
  "{\"format\": \"careplan-plan/1\", \"kind\": \"placement-plan\", \"child\": \"T1\", \"date\": \"" date "\"," \
  " \"placement_start\": \"" start "\", \"elements\": {}" rest "}"

static void
test_conditions_are_judged_from_the_record (void **state)
{
  g_autoptr(CareplanChild) foster = child_from_json (FOSTER_RECORD);
  g_autoptr(CareplanChild) parent = child_from_json (PARENT_RECORD);
  g_autoptr(CareplanPlan) plan = plan_from_json (PLACEMENT_PLAN ("2025-01-06", "2025-01-06", ""));
  g_autoptr(GListModel) none = careplan_plan_check (plan, NULL, CAREPLAN_PLAN_CHECK_NONE);
  g_autoptr(GListModel) at_foster = careplan_plan_check (plan, foster, CAREPLAN_PLAN_CHECK_NONE);
  g_autoptr(GListModel) at_parent = careplan_plan_check (plan, parent, CAREPLAN_PLAN_CHECK_NONE);
  const char *pwp = "cppcr-2010.sch2.para2-1-c.pwp.decision";
  const char *s8 = "cppcr-2010.sch2.para1-2-b.placement-plan.s8-order";
  const char *pa = "cppcr-2010.sch2.para1-8-d.placement-plan.pa-contact";

  assert_status (none, pwp, CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN);
  assert_status (at_foster, pwp, CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE);
  assert_int_equal (careplan_plan_result_get_condition (result_for (at_foster, pwp)), CAREPLAN_TRISTATE_NO);
  /* UNCONFIRMED for England: a warning, not an error. */
  assert_status (at_parent, pwp, CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE);
  assert_int_equal (careplan_plan_result_get_condition (result_for (at_parent, pwp)), CAREPLAN_TRISTATE_YES);
  /* In care (C1, C2): no section 8 order matters. */
  assert_status (none, s8, CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN);
  assert_status (at_foster, s8, CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE);
  /* 12 years old: not an eligible child. */
  assert_status (at_foster, pa, CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE);
  assert_status (none, pa, CAREPLAN_PLAN_ELEMENT_STATUS_UNKNOWN);
}

static void
test_eligibility_boundary (void **state)
{
  /* Looked after from 13 Jan 2025 at 15; 16 on 10 Mar 2025; eligible once
   * 13 weeks have passed since the 14th birthday while looked after: from
   * 14 Apr 2025 (13 weeks after 13 Jan), the rulebook's reg 40 reading. */
  g_autoptr(CareplanChild) child = child_from_json (
    "{\"id\": \"T1\", \"date_of_birth\": \"2009-03-10\", \"episodes\": ["
    "{\"start\": \"2025-01-13\", \"legal_status\": \"C2\", \"placement_type\": \"U6\", \"reason_new_episode\": \"S\"}]}");
  const char *pa = "cppcr-2010.sch2.para1-8-d.placement-plan.pa-contact";
  static const struct { const char *date; CareplanPlanElementStatus status; } cases[] = {
    { "2025-04-13", CAREPLAN_PLAN_ELEMENT_STATUS_NOT_APPLICABLE },
    { "2025-04-14", CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE },   /* UNCONFIRMED: a warning */
    { "2025-04-15", CAREPLAN_PLAN_ELEMENT_STATUS_INCOMPLETE },
  };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf (
        "{\"format\": \"careplan-plan/1\", \"kind\": \"placement-plan\", \"child\": \"T1\", \"date\": \"%s\","
        " \"elements\": {}}", cases[i].date);
      g_autoptr(CareplanPlan) plan = plan_from_json (json);
      g_autoptr(GListModel) results = careplan_plan_check (plan, child, CAREPLAN_PLAN_CHECK_NONE);

      assert_status (results, pa, cases[i].status);
    }
}

/* --- cross-checks ------------------------------------------------------------ */

#define CARE_PLAN_DATED(date, rest) \
  "{\"format\": \"careplan-plan/1\", \"kind\": \"care-plan\", \"child\": \"T1\", \"date\": \"" date "\"," \
  " \"elements\": {" rest "}}"

static void
test_care_plan_timing_boundary (void **state)
{
  /* Placed Mon 6 Jan 2025: 10 working days is Mon 20 Jan. */
  g_autoptr(CareplanChild) child = child_from_json (FOSTER_RECORD);
  g_autoptr(GListModel) before = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-01-17", ""), NULL);
  g_autoptr(GListModel) on = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-01-20", ""), NULL);
  g_autoptr(GListModel) after = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-01-21", ""), NULL);
  g_autoptr(GListModel) two = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-01-21", ""),
                                           CARE_PLAN_DATED ("2025-01-02", ""), NULL);
  CareplanFinding *late;

  assert_finding (before, "cppcr-2010.reg4-2.care-plan.timing-10wd", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (on, "cppcr-2010.reg4-2.care-plan.timing-10wd", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (after, "cppcr-2010.reg4-2.care-plan.timing-10wd", CAREPLAN_FINDING_STATUS_MET_LATE);
  late = finding_of (after, "cppcr-2010.reg4-2.care-plan.timing-10wd");
  assert_int_equal (careplan_finding_get_due (late), date_of ("2025-01-20"));
  assert_int_equal (careplan_finding_get_days_late (late), 1);
  assert_string_equal (careplan_rule_get_provision (careplan_finding_get_rule (late)), "regulation 4(2)");
  /* Prepared before the placement: the first plan of the period counts. */
  assert_finding (two, "cppcr-2010.reg4-2.care-plan.timing-10wd", CAREPLAN_FINDING_STATUS_MET);
}

static void
test_placement_plan_timing_boundary (void **state)
{
  /* Foster placement Mon 6 Jan 2025: 5 working days is Mon 13 Jan. */
  g_autoptr(CareplanChild) foster = child_from_json (FOSTER_RECORD);
  g_autoptr(CareplanChild) parent = child_from_json (PARENT_RECORD);
  g_autoptr(GListModel) f_on = cross_check (foster, date_of ("2025-06-30"),
                                            PLACEMENT_PLAN ("2025-01-13", "2025-01-06", ""), NULL);
  g_autoptr(GListModel) f_after = cross_check (foster, date_of ("2025-06-30"),
                                               PLACEMENT_PLAN ("2025-01-14", "2025-01-06", ""), NULL);
  g_autoptr(GListModel) p_before = cross_check (parent, date_of ("2025-06-30"),
                                                PLACEMENT_PLAN ("2025-01-05", "2025-01-06", ""), NULL);
  g_autoptr(GListModel) p_on = cross_check (parent, date_of ("2025-06-30"),
                                            PLACEMENT_PLAN ("2025-01-06", "2025-01-06", ""), NULL);
  g_autoptr(GListModel) p_after = cross_check (parent, date_of ("2025-06-30"),
                                               PLACEMENT_PLAN ("2025-01-07", "2025-01-06", ""), NULL);
  g_autoptr(GListModel) nowhere = cross_check (foster, date_of ("2025-06-30"),
                                               PLACEMENT_PLAN ("2025-01-07", "2025-01-07", ""), NULL);

  assert_finding (f_on, "cppcr-2010.reg9-2.placement-plan.timing-5wd", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (f_after, "cppcr-2010.reg9-2.placement-plan.timing-5wd", CAREPLAN_FINDING_STATUS_MET_LATE);
  /* With a parent: before the placement takes effect (reg 18(1)(b)). */
  assert_finding (p_before, "cppcr-2010.reg9-2.placement-plan.timing-5wd", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (p_on, "cppcr-2010.reg9-2.placement-plan.timing-5wd", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (p_after, "cppcr-2010.reg9-2.placement-plan.timing-5wd", CAREPLAN_FINDING_STATUS_MET_LATE);
  assert_finding (nowhere, "cppcr-2010.reg9-2.placement-plan.timing-5wd", CAREPLAN_FINDING_STATUS_UNKNOWN);
}

static void
test_a_plan_for_each_placement (void **state)
{
  g_autoptr(CareplanChild) child = child_from_json (FOSTER_RECORD);
  /* Due by Mon 13 Jan 2025. */
  g_autoptr(GListModel) on = cross_check (child, date_of ("2025-01-13"), CARE_PLAN_DATED ("2025-01-06", ""), NULL);
  g_autoptr(GListModel) after = cross_check (child, date_of ("2025-01-14"), CARE_PLAN_DATED ("2025-01-06", ""), NULL);
  g_autoptr(GListModel) with_plan = cross_check (child, date_of ("2025-01-14"),
                                                 PLACEMENT_PLAN ("2025-01-08", "2025-01-06", ""), NULL);
  g_autoptr(GListModel) only_pathway = cross_check (child, date_of ("2025-06-30"),
    "{\"format\": \"careplan-plan/1\", \"kind\": \"pathway-plan\", \"child\": \"T1\", \"date\": \"2025-03-01\","
    " \"leaving_care_status\": \"eligible\", \"elements\": {}}", NULL);

  assert_finding (on, "cppcr-2010.reg9-1.placement-plan.for-each-placement", CAREPLAN_FINDING_STATUS_DUE);
  assert_finding (after, "cppcr-2010.reg9-1.placement-plan.for-each-placement", CAREPLAN_FINDING_STATUS_OVERDUE);
  assert_int_equal (careplan_finding_get_days_late (finding_of (after, "cppcr-2010.reg9-1.placement-plan.for-each-placement")), 1);
  assert_finding (with_plan, "cppcr-2010.reg9-1.placement-plan.for-each-placement", CAREPLAN_FINDING_STATUS_MET);
  assert_int_equal (g_list_model_get_n_items (only_pathway), 0);
}

static void
test_iro_named_is_the_one_appointed (void **state)
{
  g_autoptr(CareplanChild) child = child_from_json (
    "{\"id\": \"T1\", \"date_of_birth\": \"2012-03-10\", \"episodes\": ["
    "{\"start\": \"2025-01-06\", \"legal_status\": \"C1\", \"placement_type\": \"U6\", \"reason_new_episode\": \"S\"}],"
    " \"iro_appointments\": [{\"date\": \"2025-01-07\", \"iro\": \"IRO-1\"}, {\"date\": \"2025-03-01\", \"iro\": \"IRO-2\"}]}");
#define IRO(ref) "\"cppcr-2010.reg5-d.care-plan.iro-name\": {\"text\": \"A. Officer\", \"ref\": \"" ref "\"}"
  g_autoptr(GListModel) same = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-01-08", IRO ("IRO-1")), NULL);
  g_autoptr(GListModel) other = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-03-02", IRO ("IRO-1")), NULL);
  g_autoptr(GListModel) changed = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-03-01", IRO ("IRO-2")), NULL);
  g_autoptr(GListModel) before = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-01-06", IRO ("IRO-1")), NULL);
  g_autoptr(GListModel) no_ref = cross_check (child, date_of ("2025-06-30"),
    CARE_PLAN_DATED ("2025-01-08", "\"cppcr-2010.reg5-d.care-plan.iro-name\": {\"text\": \"A. Officer\"}"), NULL);
  g_autoptr(GListModel) unnamed = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-01-08", ""), NULL);
#undef IRO

  assert_finding (same, "cppcr-2010.reg5-d.care-plan.iro-is-appointed", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (other, "cppcr-2010.reg5-d.care-plan.iro-is-appointed", CAREPLAN_FINDING_STATUS_OVERDUE);
  assert_non_null (strstr (careplan_finding_get_message (finding_of (other, "cppcr-2010.reg5-d.care-plan.iro-is-appointed")),
                           "IRO-2"));
  assert_finding (changed, "cppcr-2010.reg5-d.care-plan.iro-is-appointed", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (before, "cppcr-2010.reg5-d.care-plan.iro-is-appointed", CAREPLAN_FINDING_STATUS_UNKNOWN);
  assert_finding (no_ref, "cppcr-2010.reg5-d.care-plan.iro-is-appointed", CAREPLAN_FINDING_STATUS_UNKNOWN);
  assert_finding (unnamed, "cppcr-2010.reg5-d.care-plan.iro-is-appointed", CAREPLAN_FINDING_STATUS_OVERDUE);
}

static void
test_permanence_by_second_review (void **state)
{
  g_autoptr(CareplanChild) child = child_from_json (
    "{\"id\": \"T1\", \"date_of_birth\": \"2012-03-10\", \"episodes\": ["
    "{\"start\": \"2025-01-06\", \"legal_status\": \"C1\", \"placement_type\": \"U6\", \"reason_new_episode\": \"S\"}],"
    " \"reviews\": [{\"date\": \"2025-01-30\"}, {\"date\": \"2025-04-28\"}]}");
#define PERM "\"cppcr-2010.reg5-a.care-plan.permanence-plan\": {\"text\": \"Adoption.\"}"
  g_autoptr(GListModel) before = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-04-27", PERM), NULL);
  g_autoptr(GListModel) on = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-04-28", PERM), NULL);
  g_autoptr(GListModel) after = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-04-29", PERM), NULL);
  g_autoptr(GListModel) none = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-01-08", ""), NULL);
  g_autoptr(GListModel) not_yet = cross_check (child, date_of ("2025-04-27"), CARE_PLAN_DATED ("2025-01-08", ""), NULL);
#undef PERM

  assert_finding (before, "guidance.vol2.care-plan.permanence-by-second-review", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (on, "guidance.vol2.care-plan.permanence-by-second-review", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (after, "guidance.vol2.care-plan.permanence-by-second-review", CAREPLAN_FINDING_STATUS_MET_LATE);
  assert_finding (none, "guidance.vol2.care-plan.permanence-by-second-review", CAREPLAN_FINDING_STATUS_OVERDUE);
  assert_finding (not_yet, "guidance.vol2.care-plan.permanence-by-second-review", CAREPLAN_FINDING_STATUS_DUE);
}

static void
test_placement_with_parent_approval_and_carer_agreement (void **state)
{
  g_autoptr(CareplanChild) parent = child_from_json (PARENT_RECORD);
  g_autoptr(CareplanChild) foster = child_from_json (FOSTER_RECORD);
#define AGREED(by, date) ", \"agreements\": [{\"by\": \"" by "\", \"date\": \"" date "\"}]"
  g_autoptr(GListModel) approved_before = cross_check (parent, date_of ("2025-06-30"),
    PLACEMENT_PLAN ("2025-01-05", "2025-01-06", AGREED ("nominated-officer", "2025-01-05")), NULL);
  g_autoptr(GListModel) approved_on = cross_check (parent, date_of ("2025-06-30"),
    PLACEMENT_PLAN ("2025-01-05", "2025-01-06", AGREED ("nominated-officer", "2025-01-06")), NULL);
  g_autoptr(GListModel) approved_after = cross_check (parent, date_of ("2025-06-30"),
    PLACEMENT_PLAN ("2025-01-05", "2025-01-06", AGREED ("nominated-officer", "2025-01-07")), NULL);
  g_autoptr(GListModel) not_approved = cross_check (parent, date_of ("2025-06-30"),
    PLACEMENT_PLAN ("2025-01-05", "2025-01-06", ""), NULL);
  /* Carer's agreement: due with the plan, Mon 13 Jan 2025. */
  g_autoptr(GListModel) signed_on = cross_check (foster, date_of ("2025-06-30"),
    PLACEMENT_PLAN ("2025-01-08", "2025-01-06", AGREED ("appropriate-person", "2025-01-13")), NULL);
  g_autoptr(GListModel) signed_after = cross_check (foster, date_of ("2025-06-30"),
    PLACEMENT_PLAN ("2025-01-08", "2025-01-06", AGREED ("appropriate-person", "2025-01-14")), NULL);
  g_autoptr(GListModel) unsigned_due = cross_check (foster, date_of ("2025-01-13"),
    PLACEMENT_PLAN ("2025-01-08", "2025-01-06", ""), NULL);
  g_autoptr(GListModel) unsigned_overdue = cross_check (foster, date_of ("2025-01-14"),
    PLACEMENT_PLAN ("2025-01-08", "2025-01-06", ""), NULL);
#undef AGREED

  assert_finding (approved_before, "cppcr-2010.reg18-1.pwp.signoff-nominated-officer", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (approved_on, "cppcr-2010.reg18-1.pwp.signoff-nominated-officer", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (approved_after, "cppcr-2010.reg18-1.pwp.signoff-nominated-officer", CAREPLAN_FINDING_STATUS_MET_LATE);
  assert_finding (not_approved, "cppcr-2010.reg18-1.pwp.signoff-nominated-officer", CAREPLAN_FINDING_STATUS_OVERDUE);
  assert_finding (signed_on, "cppcr-2010.reg18-1.pwp.signoff-nominated-officer", CAREPLAN_FINDING_STATUS_NOT_APPLICABLE);
  assert_finding (signed_on, "cppcr-2010.reg9-3.placement-plan.signoff-appropriate-person", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (signed_after, "cppcr-2010.reg9-3.placement-plan.signoff-appropriate-person", CAREPLAN_FINDING_STATUS_MET_LATE);
  assert_finding (unsigned_due, "cppcr-2010.reg9-3.placement-plan.signoff-appropriate-person", CAREPLAN_FINDING_STATUS_DUE);
  assert_finding (unsigned_overdue, "cppcr-2010.reg9-3.placement-plan.signoff-appropriate-person", CAREPLAN_FINDING_STATUS_OVERDUE);
}

static void
test_child_agreement_from_16 (void **state)
{
  /* 16 on 10 Mar 2025, accommodated under s20 (V2). */
  g_autoptr(CareplanChild) child = child_from_json (
    "{\"id\": \"T1\", \"date_of_birth\": \"2009-03-10\", \"episodes\": ["
    "{\"start\": \"2025-01-06\", \"legal_status\": \"V2\", \"placement_type\": \"U6\", \"reason_new_episode\": \"S\"}]}");
  g_autoptr(CareplanChild) in_care = child_from_json (
    "{\"id\": \"T1\", \"date_of_birth\": \"2009-03-10\", \"episodes\": ["
    "{\"start\": \"2025-01-06\", \"legal_status\": \"C2\", \"placement_type\": \"U6\", \"reason_new_episode\": \"S\"}]}");
  g_autoptr(GListModel) day_before = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-03-09", ""), NULL);
  g_autoptr(GListModel) birthday = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-03-10", ""), NULL);
  g_autoptr(GListModel) agreed = cross_check (child, date_of ("2025-06-30"),
    "{\"format\": \"careplan-plan/1\", \"kind\": \"care-plan\", \"child\": \"T1\", \"date\": \"2025-03-11\","
    " \"elements\": {}, \"agreements\": [{\"by\": \"child\", \"date\": \"2025-03-12\"}]}", NULL);
  g_autoptr(GListModel) not_s20 = cross_check (in_care, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-03-11", ""), NULL);

  assert_finding (day_before, "cppcr-2010.reg4-5.care-plan.signoff-child-16", CAREPLAN_FINDING_STATUS_NOT_APPLICABLE);
  assert_finding (birthday, "cppcr-2010.reg4-5.care-plan.signoff-child-16", CAREPLAN_FINDING_STATUS_OVERDUE);
  assert_finding (agreed, "cppcr-2010.reg4-5.care-plan.signoff-child-16", CAREPLAN_FINDING_STATUS_MET);
  assert_finding (not_s20, "cppcr-2010.reg4-5.care-plan.signoff-child-16", CAREPLAN_FINDING_STATUS_NOT_APPLICABLE);
}

static void
test_cross_check_rules_are_cited (void **state)
{
  g_autoptr(GListModel) rules = careplan_plan_dup_cross_check_rules ();
  guint i, n = g_list_model_get_n_items (rules);

  assert_int_equal (n, 8);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);

      assert_string_equal (careplan_rule_get_family (rule), "plan-cross-checks");
      assert_true (g_str_has_prefix (careplan_rule_get_url (rule), "https://www."));
      assert_non_null (careplan_rule_get_provision (rule));
    }
}

/* Bad input never crashes: every example, cut short and with bytes
 * changed at 20 places each, is read and checked, or refused with
 * a careplan error naming its place. */
static void
test_damaged_plans_never_crash (void **state)
{
  g_autofree char *dir = source_path ("examples/plans");
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  g_autoptr(CareplanChild) child = child_from_json (FOSTER_RECORD);
  static const char replacements[] = { '"', '{', ']' };
  const char *name;
  guint loads = 0, refused = 0;

  assert_non_null (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      gsize length = 0, step, at;
      guint r;

      assert_true (g_file_get_contents (path, &data, &length, NULL));
      step = length / 20 + 1;
      for (at = 0; at < length; at += step)
        for (r = 0; r <= G_N_ELEMENTS (replacements); r++)
          {
            g_autofree char *damaged = g_strndup (data, length);
            g_autoptr(GError) error = NULL;
            g_autoptr(CareplanPlan) plan = NULL;
            gssize size = (gssize) length;

            if (r == G_N_ELEMENTS (replacements))
              size = (gssize) at;          /* cut short */
            else
              damaged[at] = replacements[r];
            plan = careplan_plan_load_data (damaged, size, "<damaged>", &error);
            loads++;
            if (plan == NULL)
              {
                assert_true (error->domain == CAREPLAN_ERROR);
                assert_true (g_str_has_prefix (error->message, "<damaged>:"));
                refused++;
                continue;
              }
            {
              g_autoptr(GListModel) with = careplan_plan_check (plan, child, CAREPLAN_PLAN_CHECK_NONE);
              g_autoptr(GListModel) without = careplan_plan_check (plan, NULL, CAREPLAN_PLAN_CHECK_NONE);

              assert_int_equal (g_list_model_get_n_items (with), g_list_model_get_n_items (without));
            }
          }
    }
  assert_true (loads > 1000);
  assert_true (refused > 0 && refused < loads);
}

static char *
write_plan (CareplanFindingsFormat  format,
            CareplanPlan           *plan,
            GListModel             *results,
            GListModel             *findings)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();
  g_autoptr(CareplanPlanWriter) writer = careplan_plan_writer_new (stream, format, date_of ("2025-06-30"));
  g_autoptr(GError) error = NULL;

  assert_true (careplan_plan_writer_write_plan (writer, plan, results, &error));
  if (findings != NULL)
    {
      assert_true (careplan_plan_writer_write_findings (writer, findings, &error));
      /* Plans come first. */
      assert_false (careplan_plan_writer_write_plan (writer, plan, results, &error));
      g_clear_error (&error);
    }
  assert_true (careplan_plan_writer_close (writer, &error));
  assert_false (careplan_plan_writer_close (writer, &error));
  assert_true (g_output_stream_write_all (stream, "", 1, NULL, NULL, NULL));
  assert_true (g_output_stream_close (stream, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (stream));
}

static void
test_plan_writer_formats (void **state)
{
  g_autoptr(CareplanChild) child = child_from_json (FOSTER_RECORD);
  g_autoptr(CareplanPlan) plan = plan_from_json (
    CARE_PLAN_HEAD
    "\"cppcr-2010.sch1.para2-4.pep.leisure\": {\"not_applicable\": \"said \\\"no\\\", then\\nleft\"}"
    "}}");
  g_autoptr(GListModel) results = careplan_plan_check (plan, child, CAREPLAN_PLAN_CHECK_NONE);
  g_autoptr(GListModel) findings = cross_check (child, date_of ("2025-06-30"), CARE_PLAN_DATED ("2025-01-06", ""), NULL);
  g_autofree char *json = write_plan (CAREPLAN_FINDINGS_FORMAT_JSON, plan, results, findings);
  g_autofree char *csv = write_plan (CAREPLAN_FINDINGS_FORMAT_CSV, plan, results, findings);
  g_autofree char *text = write_plan (CAREPLAN_FINDINGS_FORMAT_TEXT, plan, results, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *first;
  JsonArray *plans, *elements;
  g_auto(GStrv) lines = NULL;

  assert_true (json_parser_load_from_data (parser, json, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  assert_string_equal (json_object_get_string_member (root, "as_of"), "2025-06-30");
  plans = json_object_get_array_member (root, "plans");
  assert_int_equal (json_array_get_length (plans), 1);
  first = json_array_get_object_element (plans, 0);
  assert_string_equal (json_object_get_string_member (first, "kind"), "care-plan");
  assert_string_equal (json_object_get_string_member (first, "child"), "T1");
  assert_string_equal (json_object_get_string_member (first, "date"), "2025-01-06");
  elements = json_object_get_array_member (first, "elements");
  assert_int_equal (json_array_get_length (elements), 34);
  assert_true (json_object_has_member (json_array_get_object_element (elements, 0), "url"));
  assert_true (json_array_get_length (json_object_get_array_member (root, "findings")) > 0);

  /* CSV: a header, 34 element rows, the findings; the reason's quote and
   * line break stay inside one quoted field. */
  lines = g_strsplit (csv, "\n", -1);
  assert_string_equal (lines[0], "row,file,child,kind,date,id,status,soft,instrument,provision,url,confirmation,message");
  assert_true (g_str_has_prefix (lines[1], "element,<test>,T1,care-plan,2025-01-06,"));
  assert_non_null (strstr (csv, "\"not applicable, as the plan says: said \"\"no\"\", then\nleft\""));
  assert_non_null (strstr (csv, "\nfinding,,T1,,"));

  /* Text: on one line each, control characters shown escaped (\n). */
  assert_non_null (strstr (text, "said \"no\", then\\nleft"));
  assert_non_null (strstr (text, "34 elements"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_catalogue_counts),
    cmocka_unit_test (test_catalogue_lookup_and_names),
    cmocka_unit_test (test_examples_give_exactly_the_expected_missing_elements),
    cmocka_unit_test (test_bad_samples_are_refused_with_their_place),
    cmocka_unit_test (test_missing_file_is_an_io_error),
    cmocka_unit_test (test_present_blank_structured_and_not_applicable),
    cmocka_unit_test (test_unconfirmed_elements_are_warnings_unless_strict),
    cmocka_unit_test (test_conditions_are_judged_from_the_record),
    cmocka_unit_test (test_eligibility_boundary),
    cmocka_unit_test (test_care_plan_timing_boundary),
    cmocka_unit_test (test_placement_plan_timing_boundary),
    cmocka_unit_test (test_a_plan_for_each_placement),
    cmocka_unit_test (test_iro_named_is_the_one_appointed),
    cmocka_unit_test (test_permanence_by_second_review),
    cmocka_unit_test (test_placement_with_parent_approval_and_carer_agreement),
    cmocka_unit_test (test_child_agreement_from_16),
    cmocka_unit_test (test_cross_check_rules_are_cited),
    cmocka_unit_test (test_plan_writer_formats),
    cmocka_unit_test (test_damaged_plans_never_crash),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
