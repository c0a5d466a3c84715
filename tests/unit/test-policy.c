/* test-policy.c: local policy files and the local rules they define
 *
 * Policies go through the public reader, as the tool loads them; the
 * findings come from an engine over the changed rulebook.  Local targets
 * are tested on the day before, on and after their deadline, and every
 * error path is checked for its file:line:column, its field, and for
 * leaving the rulebook exactly as it was.
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

#include "careplan.h"
#include "careplan-model-private.h"

#define PERMANENCE "local.devon.permanence-plan-12-weeks"
#define LIFE_STORY "local.devon.life-story-work-12-weeks"
#define SIX_WEEKLY "cppcr-2010.reg28-2b.first-year-six-weekly"
#define FIRST_REVIEW "cppcr-2010.reg33-1.first-review"

/* --- helpers ----------------------------------------------------------- */

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

  /* CAREPLAN_TEST_DATA is the tests folder; the examples are beside it. */
  return g_build_filename (data != NULL && *data != '\0' ? data : CAREPLAN_TEST_DATA,
                           "..", relative, NULL);
}

static CareplanRulebook *
devon_rulebook (void)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = source_path ("examples/policies/devon.json");

  if (!careplan_policy_load_file (rulebook, path, &error))
    fail_msg ("devon.json: %s", error->message);
  return g_steal_pointer (&rulebook);
}

static CareplanRulebook *
rulebook_with (const char *policy)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(GError) error = NULL;

  if (!careplan_policy_load_data (rulebook, policy, -1, "test.json", &error))
    fail_msg ("policy: %s\n%s", error->message, policy);
  return g_steal_pointer (&rulebook);
}

/* Looked after from Mon 6 Jan 2025 (worked example 18), one open episode. */
static CareplanChild *
child_looked_after (const char *start)
{
  CareplanChild *child = careplan_child_new ("POLICY-1");
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();

  careplan_child_set_date_of_birth (child, date_of ("2014-03-02"));
  careplan_episode_set_start (episode, date_of (start));
  careplan_episode_set_reason_new_episode (episode, "S");
  careplan_episode_set_legal_status (episode, "C2");
  careplan_episode_set_category_of_need (episode, "N1");
  careplan_episode_set_placement_type (episode, "U4");
  careplan_episode_set_placement_provider (episode, "PR1");
  careplan_child_add_episode (child, episode);
  return child;
}

static void
add_episode (CareplanChild *child,
             const char    *start,
             const char    *rne,
             const char    *legal_status)
{
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();
  GListModel *episodes = careplan_child_get_episodes (child);
  g_autoptr(CareplanEpisode) previous = g_list_model_get_item (episodes, g_list_model_get_n_items (episodes) - 1);

  careplan_episode_set_end (previous, date_of (start));
  careplan_episode_set_reason_ended (previous, "X1");
  careplan_episode_set_start (episode, date_of (start));
  careplan_episode_set_reason_new_episode (episode, rne);
  careplan_episode_set_legal_status (episode, legal_status);
  careplan_episode_set_category_of_need (episode, "N1");
  careplan_episode_set_placement_type (episode, "U4");
  careplan_episode_set_placement_provider (episode, "PR1");
  careplan_child_add_episode (child, episode);
}

static void
add_event (CareplanChild     *child,
           CareplanEventKind  kind,
           const char        *date,
           const char        *detail)
{
  g_autoptr(CareplanEvent) event = careplan_event_new (kind, date_of (date));

  if (detail != NULL)
    careplan_event_set_detail (event, detail);
  careplan_child_add_event (child, event);
}

/* The findings of one rule as lines "status anchor-kind@anchor due=… done=… late=…". */
static char *
findings_of (CareplanRulebook *rulebook,
             CareplanChild    *child,
             const char       *rule_id,
             const char       *as_of)
{
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();
  g_autoptr(CareplanEngine) engine = careplan_engine_new (rulebook, calendar);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);
  guint i;

  findings = careplan_engine_evaluate (engine, child, date_of (as_of), &error);
  if (findings == NULL)
    fail_msg ("evaluate: %s", error->message);

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *anchor = NULL;
      g_autofree char *due = NULL;
      g_autofree char *done = NULL;
      const char *message = careplan_finding_get_message (finding);

      if (g_strcmp0 (careplan_finding_get_rule_id (finding), rule_id) != 0)
        continue;

      anchor = careplan_date_to_iso (careplan_finding_get_anchor_date (finding));
      due = careplan_finding_get_due (finding) == CAREPLAN_DATE_NONE
              ? g_strdup ("-") : careplan_date_to_iso (careplan_finding_get_due (finding));
      done = careplan_finding_get_done (finding) == CAREPLAN_DATE_NONE
               ? g_strdup ("-") : careplan_date_to_iso (careplan_finding_get_done (finding));
      assert_non_null (message);
      assert_true (*message != '\0');
      if (careplan_finding_get_due (finding) != CAREPLAN_DATE_NONE)
        assert_non_null (strstr (message, due));
      g_string_append_printf (out, "%s %s@%s due=%s done=%s late=%d\n",
                              careplan_finding_status_to_string (careplan_finding_get_status (finding)),
                              careplan_finding_get_anchor_kind (finding), anchor, due, done,
                              careplan_finding_get_days_late (finding));
    }

  return g_string_free (out, FALSE);
}

#define assert_findings(rulebook, child, rule, as_of, expected) \
  G_STMT_START { \
    g_autofree char *got_ = findings_of ((rulebook), (child), (rule), (as_of)); \
    if (g_strcmp0 (got_, (expected)) != 0) \
      fail_msg ("%s at %s:\nexpected:\n%sgot:\n%s", (rule), (as_of), (expected), got_); \
  } G_STMT_END

/* A text of everything about the rulebook a policy may change. */
static char *
describe_rulebook (CareplanRulebook *rulebook)
{
  GListModel *rules = careplan_rulebook_get_rules (rulebook);
  GString *out = g_string_new (NULL);
  guint i, j;

  for (i = 0; i < g_list_model_get_n_items (rules); i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);
      const char * const *names = careplan_rule_get_parameter_names (rule);

      g_string_append_printf (out, "%s %p", careplan_rule_get_id (rule), (void *) rule);
      for (j = 0; names[j] != NULL; j++)
        {
          int value;

          careplan_rule_get_parameter (rule, names[j], &value, NULL);
          g_string_append_printf (out, " %s=%d", names[j], value);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

#define FORMAT "\"format\": \"careplan-policy/1\""

/* --- parameters and disabled rules ------------------------------------- */

static void
test_parameter_changed (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(CareplanRulebook) changed = NULL;
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");
  GListModel *rules = careplan_rulebook_get_rules (rulebook);
  guint n = g_list_model_get_n_items (rules);
  guint i;
  int value = 0;

  changed = rulebook_with ("{ " FORMAT ", \"parameters\": { \"" SIX_WEEKLY "\": { \"interval\": 28 } } }");
  assert_true (careplan_rule_get_parameter (careplan_rulebook_lookup (changed, SIX_WEEKLY),
                                            "interval", &value, NULL));
  assert_int_equal (value, 28);
  /* Nothing else moved: same rules, same order. */
  assert_int_equal (g_list_model_get_n_items (careplan_rulebook_get_rules (changed)), n);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanRule) a = g_list_model_get_item (rules, i);
      g_autoptr(CareplanRule) b = g_list_model_get_item (careplan_rulebook_get_rules (changed), i);

      assert_string_equal (careplan_rule_get_id (a), careplan_rule_get_id (b));
    }

  /* A visit on 8 Jan: the next is due 28 days later, 5 Feb, not 19 Feb. */
  add_event (child, CAREPLAN_EVENT_KIND_VISIT, "2025-01-08", NULL);
  assert_findings (changed, child, SIX_WEEKLY, "2025-02-05",
                   "due visit@2025-01-08 due=2025-02-05 done=- late=-1\n");
  assert_findings (changed, child, SIX_WEEKLY, "2025-02-06",
                   "overdue visit@2025-01-08 due=2025-02-05 done=- late=1\n");
  assert_findings (rulebook, child, SIX_WEEKLY, "2025-02-06",
                   "due visit@2025-01-08 due=2025-02-19 done=- late=-1\n");
}

static void
test_several_parameters_and_one_rule_twice (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = NULL;
  int value = 0;

  rulebook = rulebook_with ("{ " FORMAT ", \"parameters\": {"
                            " \"" SIX_WEEKLY "\": { \"interval\": 30, \"first_year\": 6 },"
                            " \"" FIRST_REVIEW "\": { \"working_days\": 15 } } }");
  careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, SIX_WEEKLY), "interval", &value, NULL);
  assert_int_equal (value, 30);
  careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, SIX_WEEKLY), "first_year", &value, NULL);
  assert_int_equal (value, 6);
  careplan_rule_get_parameter (careplan_rulebook_lookup (rulebook, FIRST_REVIEW), "working_days", &value, NULL);
  assert_int_equal (value, 15);
}

static void
test_rule_disabled (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(CareplanRulebook) changed = NULL;
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");
  guint n = g_list_model_get_n_items (careplan_rulebook_get_rules (rulebook));

  changed = rulebook_with ("{ " FORMAT ", \"disable\": [ \"" FIRST_REVIEW "\", \"" FIRST_REVIEW "\" ] }");
  assert_null (careplan_rulebook_lookup (changed, FIRST_REVIEW));
  assert_int_equal (g_list_model_get_n_items (careplan_rulebook_get_rules (changed)), n - 1);
  assert_findings (changed, child, FIRST_REVIEW, "2025-02-04", "");
  assert_findings (rulebook, child, FIRST_REVIEW, "2025-02-04",
                   "overdue became-looked-after@2025-01-06 due=2025-02-03 done=- late=1\n");
}

static void
test_empty_policy_changes_nothing (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autofree char *before = describe_rulebook (rulebook);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  assert_true (careplan_policy_load_data (rulebook,
                                          "\xef\xbb\xbf{ " FORMAT ", \"name\": \"none\", "
                                          "\"$comment\": \"kept out\", \"rules\": [], "
                                          "\"parameters\": {}, \"disable\": [] }",
                                          -1, NULL, &error));
  assert_null (error);
  after = describe_rulebook (rulebook);
  assert_string_equal (before, after);
}

/* --- the Devon target (worked example 18) ------------------------------ */

static void
test_devon_rules_added (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = devon_rulebook ();
  g_autoptr(CareplanRulebook) plain = careplan_rulebook_new_default ();
  GListModel *rules = careplan_rulebook_get_rules (rulebook);
  guint n = g_list_model_get_n_items (rules);
  g_autoptr(CareplanRule) last = g_list_model_get_item (rules, n - 1);
  g_autoptr(CareplanRule) before_last = g_list_model_get_item (rules, n - 2);
  CareplanRule *rule = careplan_rulebook_lookup (rulebook, PERMANENCE);
  CareplanTimeUnit unit;
  int value = 0;

  assert_int_equal (n, g_list_model_get_n_items (careplan_rulebook_get_rules (plain)) + 2);
  /* Appended in the file's order. */
  assert_string_equal (careplan_rule_get_id (before_last), PERMANENCE);
  assert_string_equal (careplan_rule_get_id (last), LIFE_STORY);

  assert_non_null (rule);
  assert_string_equal (careplan_rule_get_family (rule), "local");
  assert_int_equal (careplan_rule_get_kind (rule), CAREPLAN_RULE_KIND_LOCAL_POLICY);
  assert_int_equal (careplan_rule_get_confirmation (rule), CAREPLAN_CONFIRMATION_LOCAL);
  assert_string_equal (careplan_rule_get_title (rule),
                       "Permanence plan within 12 weeks of becoming looked after");
  assert_string_equal (careplan_rule_get_url (rule),
                       "https://beta.devon.gov.uk/dcfp/postofstedimprovementplan/children-in-care/");
  assert_true (g_str_has_prefix (careplan_rule_get_instrument (rule), "Devon County Council"));
  assert_int_equal (careplan_rule_get_in_force_from (rule), CAREPLAN_DATE_NONE);
  assert_true (careplan_rule_get_parameter (rule, "within", &value, &unit));
  assert_int_equal (value, 12);
  assert_int_equal (unit, CAREPLAN_TIME_UNIT_WEEKS);
  assert_non_null (careplan_rule_get_parameter_description (rule, "within"));
  assert_false (careplan_rule_get_parameter (rule, "every", NULL, NULL));
}

static void
test_devon_deadline_boundaries (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = devon_rulebook ();
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");

  /* 6 Jan + 84 days = Mon 31 Mar 2025. */
  assert_findings (rulebook, child, PERMANENCE, "2025-03-30",
                   "due became-looked-after@2025-01-06 due=2025-03-31 done=- late=-1\n");
  assert_findings (rulebook, child, PERMANENCE, "2025-03-31",
                   "due became-looked-after@2025-01-06 due=2025-03-31 done=- late=-1\n");
  assert_findings (rulebook, child, PERMANENCE, "2025-04-01",
                   "overdue became-looked-after@2025-01-06 due=2025-03-31 done=- late=1\n");
  assert_findings (rulebook, child, LIFE_STORY, "2025-04-01",
                   "overdue became-looked-after@2025-01-06 due=2025-03-31 done=- late=1\n");
}

static void
test_devon_met_on_day_met_late_after (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = devon_rulebook ();
  g_autoptr(CareplanChild) on_day = child_looked_after ("2025-01-06");
  g_autoptr(CareplanChild) late = child_looked_after ("2025-01-06");
  g_autoptr(CareplanChild) anchor_day = child_looked_after ("2025-01-06");

  add_event (on_day, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, "2025-03-31", "adoption");
  add_event (late, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, "2025-04-01", "adoption");
  add_event (anchor_day, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, "2025-01-06", "return-home");

  assert_findings (rulebook, on_day, PERMANENCE, "2025-06-30",
                   "met became-looked-after@2025-01-06 due=2025-03-31 done=2025-03-31 late=-1\n");
  assert_findings (rulebook, late, PERMANENCE, "2025-06-30",
                   "met-late became-looked-after@2025-01-06 due=2025-03-31 done=2025-04-01 late=1\n");
  /* An event on the anchor day counts. */
  assert_findings (rulebook, anchor_day, PERMANENCE, "2025-06-30",
                   "met became-looked-after@2025-01-06 due=2025-03-31 done=2025-01-06 late=-1\n");
  /* Not yet seen before its date. */
  assert_findings (rulebook, late, PERMANENCE, "2025-03-31",
                   "due became-looked-after@2025-01-06 due=2025-03-31 done=- late=-1\n");
}

static void
test_devon_life_story_detail (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");

  /* Only work recorded as completed counts under this policy. */
  rulebook = rulebook_with ("{ " FORMAT ", \"rules\": [ { \"id\": \"local.test.life-story-completed\","
                            " \"title\": \"t\", \"citation\": { \"instrument\": \"i\", \"provision\": \"p\" },"
                            " \"anchor\": \"became-looked-after\", \"within\": { \"count\": 84, \"unit\": \"days\" },"
                            " \"satisfied_by\": [ { \"event\": \"life-story-work\", \"detail\": \"completed\" } ] } ] }");
  add_event (child, CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, "2025-02-01", "started");
  assert_findings (rulebook, child, "local.test.life-story-completed", "2025-04-01",
                   "overdue became-looked-after@2025-01-06 due=2025-03-31 done=- late=1\n");
  add_event (child, CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, "2025-03-20", "completed");
  assert_findings (rulebook, child, "local.test.life-story-completed", "2025-04-01",
                   "met became-looked-after@2025-01-06 due=2025-03-31 done=2025-03-20 late=-1\n");
}

static void
test_devon_lapses_when_care_ends (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = devon_rulebook ();
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");
  g_autoptr(CareplanChild) second = child_looked_after ("2025-01-06");
  GListModel *episodes = careplan_child_get_episodes (child);
  g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, 0);
  g_autoptr(CareplanEpisode) first_of_second = g_list_model_get_item (careplan_child_get_episodes (second), 0);
  g_autoptr(CareplanEpisode) again = careplan_episode_new ();

  /* Care ended 1 Mar, before the deadline, unmet: no finding. */
  careplan_episode_set_end (episode, date_of ("2025-03-01"));
  careplan_episode_set_reason_ended (episode, "E11");
  assert_findings (rulebook, child, PERMANENCE, "2025-06-30", "");

  /* A new period of care restarts the clock; a plan in the first period
   * does not count for the second. */
  careplan_episode_set_end (first_of_second, date_of ("2025-03-01"));
  careplan_episode_set_reason_ended (first_of_second, "E11");
  add_event (second, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, "2025-02-01", "adoption");
  careplan_episode_set_start (again, date_of ("2025-05-01"));
  careplan_episode_set_reason_new_episode (again, "S");
  careplan_episode_set_legal_status (again, "C2");
  careplan_episode_set_category_of_need (again, "N1");
  careplan_episode_set_placement_type (again, "U4");
  careplan_episode_set_placement_provider (again, "PR1");
  careplan_child_add_episode (second, again);
  assert_findings (rulebook, second, PERMANENCE, "2025-08-01",
                   "met became-looked-after@2025-01-06 due=2025-03-31 done=2025-02-01 late=-1\n"
                   "overdue became-looked-after@2025-05-01 due=2025-07-24 done=- late=8\n");
}

static void
test_local_parameter_changed_by_policy (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = devon_rulebook ();
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");
  g_autoptr(GError) error = NULL;

  /* A second policy tightens the first's target to 8 weeks. */
  assert_true (careplan_policy_load_data (rulebook,
                                          "{ " FORMAT ", \"parameters\": { \"" PERMANENCE "\": { \"within\": 8 } } }",
                                          -1, "stricter.json", &error));
  assert_findings (rulebook, child, PERMANENCE, "2025-03-04",
                   "overdue became-looked-after@2025-01-06 due=2025-03-03 done=- late=1\n");
}

/* --- other anchors, requirements and periodic targets ------------------- */

#define LOCAL_RULE(id, rest) \
  "{ " FORMAT ", \"rules\": [ { \"id\": \"" id "\", \"title\": \"A local target\"," \
  " \"citation\": { \"instrument\": \"Practice standards\", \"provision\": \"standard 1\" }, " rest " } ] }"

static void
test_two_requirements (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");

  rulebook = rulebook_with (LOCAL_RULE ("local.test.both",
                                        "\"anchor\": \"became-looked-after\","
                                        " \"within\": { \"count\": 12, \"unit\": \"weeks\" },"
                                        " \"satisfied_by\": [ { \"event\": \"permanence-plan\" },"
                                        " { \"event\": \"life-story-work\" } ]"));
  add_event (child, CAREPLAN_EVENT_KIND_PERMANENCE_PLAN, "2025-02-01", "adoption");
  /* One of two is not enough. */
  assert_findings (rulebook, child, "local.test.both", "2025-04-01",
                   "overdue became-looked-after@2025-01-06 due=2025-03-31 done=- late=1\n");
  /* Met when the last of them is recorded. */
  add_event (child, CAREPLAN_EVENT_KIND_LIFE_STORY_WORK, "2025-04-03", "started");
  assert_findings (rulebook, child, "local.test.both", "2025-05-01",
                   "met-late became-looked-after@2025-01-06 due=2025-03-31 done=2025-04-03 late=3\n");
}

static void
test_periodic_placement_target (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");
  const char *id = "local.test.placement-plan";

  rulebook = rulebook_with (LOCAL_RULE ("local.test.placement-plan",
                                        "\"anchor\": \"placement-start\", \"what\": \"placement plan\","
                                        " \"within\": { \"count\": 5, \"unit\": \"working-days\" },"
                                        " \"every\": { \"count\": 3, \"unit\": \"months\" },"
                                        " \"satisfied_by\": [ { \"event\": \"placement-plan\" } ]"));

  /* 5 working days after Mon 6 Jan: Mon 13 Jan. */
  assert_findings (rulebook, child, id, "2025-01-13",
                   "due placement-start@2025-01-06 due=2025-01-13 done=- late=-1\n");
  assert_findings (rulebook, child, id, "2025-01-14",
                   "overdue placement-start@2025-01-06 due=2025-01-13 done=- late=1\n");

  /* Each plan starts the next three months from its own date. */
  add_event (child, CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, "2025-01-10", NULL);
  add_event (child, CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, "2025-04-15", NULL);
  assert_findings (rulebook, child, id, "2025-07-14",
                   "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-10 late=-1\n"
                   "met-late placement-plan@2025-01-10 due=2025-04-10 done=2025-04-15 late=5\n"
                   "due placement-plan@2025-04-15 due=2025-07-15 done=- late=-1\n");

  /* A move restarts it: the new placement has its own first obligation.
   * Thu 1 May + 5 working days skips the bank holiday of Mon 5 May. */
  add_episode (child, "2025-05-01", "P", "C2");
  add_event (child, CAREPLAN_EVENT_KIND_PLACEMENT_PLAN, "2025-05-02", NULL);
  assert_findings (rulebook, child, id, "2025-05-20",
                   "met placement-start@2025-01-06 due=2025-01-13 done=2025-01-10 late=-1\n"
                   "met-late placement-plan@2025-01-10 due=2025-04-10 done=2025-04-15 late=5\n"
                   "met placement-start@2025-05-01 due=2025-05-09 done=2025-05-02 late=-1\n"
                   "due placement-plan@2025-05-02 due=2025-08-02 done=- late=-1\n");
}

static void
test_periodic_same_day_events (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");
  const char *id = "local.test.care-plan";

  rulebook = rulebook_with (LOCAL_RULE ("local.test.care-plan",
                                        "\"anchor\": \"became-looked-after\","
                                        " \"within\": { \"count\": 10, \"unit\": \"days\" },"
                                        " \"every\": { \"count\": 30, \"unit\": \"days\" },"
                                        " \"satisfied_by\": [ { \"event\": \"care-plan\" } ]"));
  /* Two plans on one day: the second meets the next obligation, as the
   * anchor never meets its own successor. */
  add_event (child, CAREPLAN_EVENT_KIND_CARE_PLAN, "2025-01-08", NULL);
  add_event (child, CAREPLAN_EVENT_KIND_CARE_PLAN, "2025-01-08", NULL);
  assert_findings (rulebook, child, id, "2025-02-10",
                   "met became-looked-after@2025-01-06 due=2025-01-16 done=2025-01-08 late=-1\n"
                   "met care-plan@2025-01-08 due=2025-02-07 done=2025-01-08 late=-1\n"
                   "overdue care-plan@2025-01-08 due=2025-02-07 done=- late=3\n");
}

static void
test_event_anchor (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");
  const char *id = "local.test.plan-after-review";

  rulebook = rulebook_with (LOCAL_RULE ("local.test.plan-after-review",
                                        "\"anchor\": \"review\","
                                        " \"within\": { \"count\": 10, \"unit\": \"working-days\" },"
                                        " \"satisfied_by\": [ { \"event\": \"care-plan\" } ]"));
  /* A review before care (no anchor), two in care. */
  add_event (child, CAREPLAN_EVENT_KIND_REVIEW, "2024-12-01", NULL);
  add_event (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-02-03", NULL);
  add_event (child, CAREPLAN_EVENT_KIND_REVIEW, "2025-05-01", NULL);
  add_event (child, CAREPLAN_EVENT_KIND_CARE_PLAN, "2025-02-10", NULL);
  assert_findings (rulebook, child, id, "2025-05-20",
                   "met review@2025-02-03 due=2025-02-17 done=2025-02-10 late=-1\n"
                   "overdue review@2025-05-01 due=2025-05-16 done=- late=4\n");
}

static void
test_in_force_dates (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = NULL;
  g_autoptr(CareplanChild) before = child_looked_after ("2025-01-06");
  g_autoptr(CareplanChild) after = child_looked_after ("2025-04-01");
  g_autoptr(GListModel) findings = NULL;
  CareplanRule *rule;

  rulebook = rulebook_with (LOCAL_RULE ("local.test.from-april",
                                        "\"in_force\": { \"from\": \"2025-04-01\", \"until\": null },"
                                        " \"anchor\": \"became-looked-after\","
                                        " \"within\": { \"count\": 12, \"unit\": \"weeks\" },"
                                        " \"satisfied_by\": [ { \"event\": \"permanence-plan\" } ]"));
  rule = careplan_rulebook_lookup (rulebook, "local.test.from-april");
  assert_int_equal (careplan_rule_get_in_force_from (rule), date_of ("2025-04-01"));
  assert_int_equal (careplan_rule_get_in_force_until (rule), CAREPLAN_DATE_NONE);
  assert_findings (rulebook, before, "local.test.from-april", "2025-06-30",
                   "not-applicable became-looked-after@2025-01-06 due=- done=- late=-1\n");
  assert_findings (rulebook, after, "local.test.from-april", "2025-06-24",
                   "due became-looked-after@2025-04-01 due=2025-06-24 done=- late=-1\n");
}

static void
test_short_breaks_not_applicable (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = devon_rulebook ();
  g_autoptr(CareplanChild) child = child_looked_after ("2025-01-06");
  g_autoptr(CareplanEpisode) episode = g_list_model_get_item (careplan_child_get_episodes (child), 0);

  careplan_episode_set_legal_status (episode, "V3");
  assert_findings (rulebook, child, PERMANENCE, "2025-06-30",
                   "not-applicable became-looked-after@2025-01-06 due=- done=- late=-1\n");
}

static void
test_rule_copies_share_the_definition (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = devon_rulebook ();
  g_autoptr(CareplanRule) copy = NULL;
  g_autoptr(GError) error = NULL;
  int value = 0;

  copy = careplan_rule_copy_with_parameter (careplan_rulebook_lookup (rulebook, PERMANENCE),
                                            "within", 10, &error);
  assert_non_null (copy);
  /* The copy outlives the rulebook and the rule it was copied from. */
  g_clear_object (&rulebook);
  assert_string_equal (careplan_rule_get_id (copy), PERMANENCE);
  assert_string_equal (careplan_rule_get_title (copy),
                       "Permanence plan within 12 weeks of becoming looked after");
  assert_true (careplan_rule_get_parameter (copy, "within", &value, NULL));
  assert_int_equal (value, 10);
}

/* --- a birthday anchor ----------------------------------------------------- */

#define PATHWAY_AT_16 \
  LOCAL_RULE ("local.test.pathway-plan-16", \
              "\"anchor\": \"birthday\", \"age\": 16," \
              " \"within\": { \"count\": 3, \"unit\": \"months\" }," \
              " \"satisfied_by\": [ { \"event\": \"pathway-plan\" } ]")

/* Born 10 May 2009, looked after from 6 Jan 2024 (to @end, or open). */
static CareplanChild *
child_aged_15 (const char *end)
{
  CareplanChild *child = child_looked_after ("2024-01-06");

  careplan_child_set_date_of_birth (child, date_of ("2009-05-10"));
  if (end != NULL)
    {
      g_autoptr(CareplanEpisode) episode = g_list_model_get_item (careplan_child_get_episodes (child), 0);

      careplan_episode_set_end (episode, date_of (end));
      careplan_episode_set_reason_ended (episode, "E4A");
    }
  return child;
}

/* "A pathway plan by 16 years 3 months": one obligation from the 16th
 * birthday (10 May 2025), due on 10 Aug 2025; nothing before the birthday. */
static void
test_birthday_anchor_boundaries (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = rulebook_with (PATHWAY_AT_16);
  g_autoptr(CareplanChild) none = child_aged_15 (NULL);
  g_autoptr(CareplanChild) on_due = child_aged_15 (NULL);
  g_autoptr(CareplanChild) late = child_aged_15 (NULL);
  const char *id = "local.test.pathway-plan-16";

  assert_findings (rulebook, none, id, "2025-05-09", "");
  assert_findings (rulebook, none, id, "2025-05-10",
                   "due birthday@2025-05-10 due=2025-08-10 done=- late=-1\n");
  assert_findings (rulebook, none, id, "2025-08-10",
                   "due birthday@2025-05-10 due=2025-08-10 done=- late=-1\n");
  assert_findings (rulebook, none, id, "2025-08-11",
                   "overdue birthday@2025-05-10 due=2025-08-10 done=- late=1\n");

  add_event (on_due, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2025-08-10", NULL);
  assert_findings (rulebook, on_due, id, "2025-09-01",
                   "met birthday@2025-05-10 due=2025-08-10 done=2025-08-10 late=-1\n");
  add_event (late, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2025-08-11", NULL);
  assert_findings (rulebook, late, id, "2025-09-01",
                   "met-late birthday@2025-05-10 due=2025-08-10 done=2025-08-11 late=1\n");
}

/* What the child has by the birthday counts, if made while looked after in
 * the period that holds it; care that ends on the birthday, or no date of
 * birth, owes nothing or cannot say. */
static void
test_birthday_anchor_scope (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = rulebook_with (PATHWAY_AT_16);
  g_autoptr(CareplanChild) early = child_aged_15 (NULL);
  g_autoptr(CareplanChild) before_care = child_aged_15 (NULL);
  g_autoptr(CareplanChild) left_on_birthday = child_aged_15 ("2025-05-10");
  g_autoptr(CareplanChild) left_after = child_aged_15 ("2025-05-11");
  g_autoptr(CareplanChild) lapsed = child_aged_15 ("2025-06-30");
  g_autoptr(CareplanChild) no_birth_date = child_aged_15 (NULL);
  g_autoptr(CareplanChild) short_breaks = child_aged_15 (NULL);
  g_autoptr(CareplanEpisode) episode = g_list_model_get_item (careplan_child_get_episodes (short_breaks), 0);
  g_autoptr(CareplanRule) rule = NULL;
  g_autofree char *shape = NULL;
  const char *id = "local.test.pathway-plan-16";

  add_event (early, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2024-01-06", NULL);
  assert_findings (rulebook, early, id, "2025-09-01",
                   "met birthday@2025-05-10 due=2025-08-10 done=2024-01-06 late=-1\n");
  add_event (before_care, CAREPLAN_EVENT_KIND_PATHWAY_PLAN, "2024-01-05", NULL);
  assert_findings (rulebook, before_care, id, "2025-09-01",
                   "overdue birthday@2025-05-10 due=2025-08-10 done=- late=22\n");

  assert_findings (rulebook, left_on_birthday, id, "2025-09-01", "");
  /* Looked after on the birthday, then care ended before the plan was due:
   * the obligation lapsed with the period of care. */
  assert_findings (rulebook, left_after, id, "2025-09-01", "");
  assert_findings (rulebook, lapsed, id, "2025-06-29",
                   "due birthday@2025-05-10 due=2025-08-10 done=- late=-1\n");
  assert_findings (rulebook, lapsed, id, "2025-09-01", "");

  careplan_child_set_date_of_birth (no_birth_date, CAREPLAN_DATE_NONE);
  assert_findings (rulebook, no_birth_date, id, "2025-09-01",
                   "unknown became-looked-after@2024-01-06 due=- done=- late=-1\n");

  careplan_episode_set_legal_status (episode, "V3");
  assert_findings (rulebook, short_breaks, id, "2025-09-01",
                   "not-applicable birthday@2025-05-10 due=- done=- late=-1\n");

  rule = g_object_ref (careplan_rulebook_lookup (rulebook, id));
  shape = careplan_rule_dup_shape (rule);
  assert_string_equal (shape,
                       "for the period of care holding the 16th birthday (the child looked after that "
                       "day; what the period holds by then counts): pathway plan within 3 months "
                       "(`within`) after the 16th birthday, met by the first pathway plan; a series "
                       "of short breaks (reg 48): not applicable");
}

/* --- errors --------------------------------------------------------------- */

typedef struct
{
  const char *text;
  int         code;
  const char *where;     /* "line:column: path" */
  const char *words;     /* in the message too */
} BadPolicy;

#define DEVON_LIKE(rest) \
  "{\n" \
  "  " FORMAT ",\n" \
  "  \"rules\": [\n" \
  "    {\n" \
  "      \"id\": \"local.test.x\",\n" \
  "      \"title\": \"X\",\n" \
  "      \"citation\": { \"instrument\": \"I\", \"provision\": \"P\" },\n" \
  rest \
  "    }\n" \
  "  ]\n" \
  "}\n"

#define GOOD_TAIL \
  "      \"anchor\": \"became-looked-after\",\n" \
  "      \"within\": { \"count\": 12, \"unit\": \"weeks\" },\n" \
  "      \"satisfied_by\": [ { \"event\": \"permanence-plan\" } ]\n"

static const BadPolicy bad_policies[] = {
  /* The file. */
  { "", CAREPLAN_ERROR_INVALID_JSON, "1:1: ", "empty" },
  { "{ " FORMAT ", ", CAREPLAN_ERROR_INVALID_JSON, "1:", NULL },
  { "[]", CAREPLAN_ERROR_INVALID_RECORD, "1:1: ", "expected an object" },
  { "{ " FORMAT " } {}", CAREPLAN_ERROR_INVALID_JSON, "1:35: ", "more text" },
  { "{ \"format\": \"careplan-policy/2\" }", CAREPLAN_ERROR_INVALID_RECORD, "1:13: format: ", "careplan-policy/2" },
  { "{ \"rules\": [] }", CAREPLAN_ERROR_INVALID_RECORD, "1:1: format: ", "missing" },
  { "{ " FORMAT ", \"paramaters\": {} }", CAREPLAN_ERROR_INVALID_RECORD, "1:48: paramaters: ", "unknown member" },
  { "{ " FORMAT ", \"name\": 3 }", CAREPLAN_ERROR_INVALID_RECORD, "1:42: name: ", "expected a string" },
  { "{ " FORMAT ", " FORMAT " }", CAREPLAN_ERROR_INVALID_RECORD, "1:34: format: ", "given twice" },
  { "{ " FORMAT ", \"name\": \"\xff\" }", CAREPLAN_ERROR_INVALID_JSON, "1:43: ", "UTF-8" },
  /* Parameters. */
  { "{ " FORMAT ",\n  \"parameters\": { \"cppcr-2010.no-such-rule\": { \"interval\": 28 } } }",
    CAREPLAN_ERROR_UNKNOWN_RULE, "2:46: parameters[\"cppcr-2010.no-such-rule\"]: ", "no rule cppcr-2010.no-such-rule" },
  { "{ " FORMAT ",\n  \"parameters\": { \"" SIX_WEEKLY "\": { \"intervall\": 28 } } }",
    CAREPLAN_ERROR_UNKNOWN_RULE, "2:79: parameters[\"" SIX_WEEKLY "\"].intervall: ", "no parameter “intervall”" },
  { "{ " FORMAT ",\n  \"parameters\": { \"" SIX_WEEKLY "\": { \"interval\": -1 } } }",
    CAREPLAN_ERROR_INVALID_RECORD, "2:78: parameters[\"" SIX_WEEKLY "\"].interval: ", "out of range" },
  { "{ " FORMAT ",\n  \"parameters\": { \"" SIX_WEEKLY "\": { \"interval\": 2.5 } } }",
    CAREPLAN_ERROR_INVALID_RECORD, "2:78: parameters[\"" SIX_WEEKLY "\"].interval: ", "whole number" },
  { "{ " FORMAT ",\n  \"parameters\": { \"" SIX_WEEKLY "\": { \"interval\": \"28\" } } }",
    CAREPLAN_ERROR_INVALID_RECORD, "2:78: parameters[\"" SIX_WEEKLY "\"].interval: ", "whole number" },
  { "{ " FORMAT ",\n  \"parameters\": { \"" SIX_WEEKLY "\": 28 } }",
    CAREPLAN_ERROR_INVALID_RECORD, "2:64: parameters[\"" SIX_WEEKLY "\"]: ", "expected an object" },
  { "{ " FORMAT ", \"parameters\": [] }", CAREPLAN_ERROR_INVALID_RECORD, "1:48: parameters: ", "expected an object" },
  /* Disable. */
  { "{ " FORMAT ",\n  \"disable\": [ \"" FIRST_REVIEW "\", \"local.nothing\" ] }",
    CAREPLAN_ERROR_UNKNOWN_RULE, "2:51: disable[1]: ", "no rule local.nothing" },
  { "{ " FORMAT ", \"disable\": [ 1 ] }", CAREPLAN_ERROR_INVALID_RECORD, "1:47: disable[0]: ", "a rule id" },
  { "{ " FORMAT ", \"disable\": \"" FIRST_REVIEW "\" }", CAREPLAN_ERROR_INVALID_RECORD, "1:45: disable: ", "an array" },
  /* Local rules. */
  { "{ " FORMAT ", \"rules\": {} }", CAREPLAN_ERROR_INVALID_RECORD, "1:43: rules: ", "an array" },
  { "{ " FORMAT ", \"rules\": [ 1 ] }", CAREPLAN_ERROR_INVALID_RECORD, "1:45: rules[0]: ", "an object" },
  { DEVON_LIKE (GOOD_TAIL "      ,\"colour\": \"red\"\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "11:18: rules[0].colour: ", "unknown member" },
  { "{ " FORMAT ", \"rules\": [ { \"id\": \"devon.x\", \"title\": \"X\" } ] }",
    CAREPLAN_ERROR_INVALID_RECORD, "1:53: rules[0].id: ", "starts with “local.”" },
  { "{ " FORMAT ", \"rules\": [ { \"id\": \"local.\" } ] }",
    CAREPLAN_ERROR_INVALID_RECORD, "1:53: rules[0].id: ", "starts with" },
  { "{ " FORMAT ", \"rules\": [ { \"title\": \"X\" } ] }",
    CAREPLAN_ERROR_INVALID_RECORD, "1:45: rules[0].id: ", "missing" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": 12, \"unit\": \"weeks\" }\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "4:5: rules[0].satisfied_by: ", "missing" },
  { DEVON_LIKE ("      \"anchor\": \"on-a-whim\",\n"
                "      \"within\": { \"count\": 12, \"unit\": \"weeks\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"permanence-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "8:17: rules[0].anchor: ", "“on-a-whim” is not an anchor" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": 12, \"unit\": \"fortnights\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"permanence-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "9:40: rules[0].within.unit: ", "“fortnights”" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": 12, \"unit\": \"count\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"permanence-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "9:40: rules[0].within.unit: ", "“count” is not one of days" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": -3, \"unit\": \"weeks\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"permanence-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "9:28: rules[0].within.count: ", "out of range" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": 3, \"unit\": \"weeks\" },\n"
                "      \"every\": { \"count\": 0, \"unit\": \"weeks\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"permanence-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "10:27: rules[0].every.count: ", "1 or more" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": 12 },\n"
                "      \"satisfied_by\": [ { \"event\": \"permanence-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "9:17: rules[0].within.unit: ", "missing" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": 12, \"unit\": \"weeks\" },\n"
                "      \"satisfied_by\": [ ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "10:23: rules[0].satisfied_by: ", "non-empty array" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": 12, \"unit\": \"weeks\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"permanence-plans\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "10:36: rules[0].satisfied_by[0].event: ", "not an event kind" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": 12, \"unit\": \"weeks\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"life-story-work\", \"detail\": [\"begun\"] } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "10:65: rules[0].satisfied_by[0].detail: ", "“begun” is not one of started, completed" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\",\n"
                "      \"within\": { \"count\": 12, \"unit\": \"weeks\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"dental-check\", \"detail\": \"x\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "10:62: rules[0].satisfied_by[0].detail: ", "no detail" },
  { DEVON_LIKE ("      \"anchor\": \"review\",\n"
                "      \"within\": { \"count\": 12, \"unit\": \"weeks\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"review\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "10:36: rules[0].satisfied_by[0].event: ", "own events" },
  { DEVON_LIKE ("      \"anchor\": \"birthday\",\n"
                "      \"within\": { \"count\": 3, \"unit\": \"months\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"pathway-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "4:5: rules[0].age: ", "missing" },
  { DEVON_LIKE ("      \"anchor\": \"birthday\", \"age\": 0,\n"
                "      \"within\": { \"count\": 3, \"unit\": \"months\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"pathway-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "8:36: rules[0].age: ", "0 is out of range (1 to 25)" },
  { DEVON_LIKE ("      \"anchor\": \"birthday\", \"age\": 26,\n"
                "      \"within\": { \"count\": 3, \"unit\": \"months\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"pathway-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "8:36: rules[0].age: ", "1 to 25" },
  { DEVON_LIKE ("      \"anchor\": \"became-looked-after\", \"age\": 16,\n"
                "      \"within\": { \"count\": 3, \"unit\": \"months\" },\n"
                "      \"satisfied_by\": [ { \"event\": \"pathway-plan\" } ]\n"),
    CAREPLAN_ERROR_INVALID_RECORD, "8:47: rules[0].age: ", "only with the anchor “birthday”" },
  { DEVON_LIKE ("      \"kind\": \"statute\",\n" GOOD_TAIL),
    CAREPLAN_ERROR_INVALID_RECORD, "8:15: rules[0].kind: ", "local-policy" },
  { DEVON_LIKE ("      \"status\": \"CONFIRMED-PRIMARY\",\n" GOOD_TAIL),
    CAREPLAN_ERROR_INVALID_RECORD, "8:17: rules[0].status: ", "LOCAL" },
  { DEVON_LIKE ("      \"in_force\": { \"from\": \"2025-02-30\" },\n" GOOD_TAIL),
    CAREPLAN_ERROR_INVALID_RECORD, "8:29: rules[0].in_force.from: ", "2025" },
  { DEVON_LIKE ("      \"in_force\": { \"from\": \"2025-02-01\", \"until\": \"2025-01-01\" },\n" GOOD_TAIL),
    CAREPLAN_ERROR_INVALID_RECORD, "8:19: rules[0].in_force: ", "before" },
  { "{ " FORMAT ", \"rules\": [ { \"id\": \"local.x\", \"title\": \"X\", \"citation\": "
    "{ \"instrument\": \"I\", \"provision\": \"P\", \"url\": \"ftp://x\" } } ] }",
    CAREPLAN_ERROR_INVALID_RECORD, "1:136: rules[0].citation.url: ", "http" },
  { "{ " FORMAT ", \"rules\": [ { \"id\": \"local.x\", \"title\": \"X\", \"citation\": "
    "{ \"instrument\": \"I\" } } ] }",
    CAREPLAN_ERROR_INVALID_RECORD, "1:90: rules[0].citation.provision: ", "missing" },
  /* The same id twice, or an id the rulebook has. */
  { "{ " FORMAT ", \"rules\": [\n"
    "  { \"id\": \"local.x\", \"title\": \"X\", \"citation\": { \"instrument\": \"I\", \"provision\": \"P\" },"
    " \"anchor\": \"placement-start\", \"within\": { \"count\": 1, \"unit\": \"days\" },"
    " \"satisfied_by\": [ { \"event\": \"visit\" } ] },\n"
    "  { \"id\": \"local.x\" } ] }",
    CAREPLAN_ERROR_INVALID_RECORD, "3:11: rules[1].id: ", "already has a rule local.x" },
  /* All or nothing: a good rule and a good parameter before a bad one. */
  { "{ " FORMAT ", \"rules\": [\n"
    "  { \"id\": \"local.x\", \"title\": \"X\", \"citation\": { \"instrument\": \"I\", \"provision\": \"P\" },"
    " \"anchor\": \"placement-start\", \"within\": { \"count\": 1, \"unit\": \"days\" },"
    " \"satisfied_by\": [ { \"event\": \"visit\" } ] } ],\n"
    "  \"parameters\": { \"" SIX_WEEKLY "\": { \"interval\": 28 }, \"local.x\": { \"within\": 2, \"every\": 3 } } }",
    CAREPLAN_ERROR_UNKNOWN_RULE, "3:119: parameters[\"local.x\"].every: ", "its parameters: within" },
  { "{ " FORMAT ", \"parameters\": { \"" SIX_WEEKLY "\": { \"interval\": 28 } },\n"
    "  \"disable\": [ \"" FIRST_REVIEW "\", 7 ] }",
    CAREPLAN_ERROR_INVALID_RECORD, "2:51: disable[1]: ", "a rule id" },
};

static void
test_errors (void **state)
{
  g_autoptr(GString) failures = g_string_new (NULL);
  guint i;

  for (i = 0; i < G_N_ELEMENTS (bad_policies); i++)
    {
      const BadPolicy *bad = &bad_policies[i];
      g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
      g_autofree char *before = describe_rulebook (rulebook);
      g_autofree char *after = NULL;
      g_autofree char *where = g_strconcat ("bad.json:", bad->where, NULL);
      g_autoptr(GError) error = NULL;

      if (careplan_policy_load_data (rulebook, bad->text, -1, "bad.json", &error))
        {
          g_string_append_printf (failures, "case %u loaded:\n%s\n", i, bad->text);
          continue;
        }
      if (!g_error_matches (error, CAREPLAN_ERROR, bad->code))
        g_string_append_printf (failures, "case %u: code %d, not %d: %s\n", i, error->code, bad->code, error->message);
      if (!g_str_has_prefix (error->message, where))
        g_string_append_printf (failures, "case %u: “%s” does not start “%s”\n", i, error->message, where);
      if (bad->words != NULL && strstr (error->message, bad->words) == NULL)
        g_string_append_printf (failures, "case %u: “%s” does not say “%s”\n", i, error->message, bad->words);

      after = describe_rulebook (rulebook);
      if (!g_str_equal (before, after))
        g_string_append_printf (failures, "case %u changed the rulebook\n", i);
    }

  if (failures->len > 0)
    {
      g_printerr ("%s", failures->str);
      fail ();
    }
}

static void
test_second_load_of_same_policy_fails (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = devon_rulebook ();
  g_autofree char *path = source_path ("examples/policies/devon.json");
  g_autofree char *before = describe_rulebook (rulebook);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  assert_false (careplan_policy_load_file (rulebook, path, &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD));
  assert_true (g_str_has_prefix (error->message, path));
  assert_non_null (strstr (error->message, ": rules[0].id: the rulebook already has a rule " PERMANENCE));
  after = describe_rulebook (rulebook);
  assert_string_equal (before, after);
}

static void
test_missing_file (void **state)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(GError) error = NULL;

  assert_false (careplan_policy_load_file (rulebook, "/nonexistent/policy.json", &error));
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO));
  assert_true (g_str_has_prefix (error->message, "/nonexistent/policy.json: cannot read: "));
}

static void
test_example_policies_load (void **state)
{
  const char *names[] = { "examples/policies/devon.json", "examples/policies/four-weekly-visits.json" };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
      g_autofree char *path = source_path (names[i]);
      g_autoptr(GError) error = NULL;

      if (!careplan_policy_load_file (rulebook, path, &error))
        fail_msg ("%s: %s", names[i], error->message);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_parameter_changed),
    cmocka_unit_test (test_several_parameters_and_one_rule_twice),
    cmocka_unit_test (test_rule_disabled),
    cmocka_unit_test (test_empty_policy_changes_nothing),
    cmocka_unit_test (test_devon_rules_added),
    cmocka_unit_test (test_devon_deadline_boundaries),
    cmocka_unit_test (test_devon_met_on_day_met_late_after),
    cmocka_unit_test (test_devon_life_story_detail),
    cmocka_unit_test (test_devon_lapses_when_care_ends),
    cmocka_unit_test (test_local_parameter_changed_by_policy),
    cmocka_unit_test (test_two_requirements),
    cmocka_unit_test (test_periodic_placement_target),
    cmocka_unit_test (test_periodic_same_day_events),
    cmocka_unit_test (test_event_anchor),
    cmocka_unit_test (test_in_force_dates),
    cmocka_unit_test (test_short_breaks_not_applicable),
    cmocka_unit_test (test_rule_copies_share_the_definition),
    cmocka_unit_test (test_birthday_anchor_boundaries),
    cmocka_unit_test (test_birthday_anchor_scope),
    cmocka_unit_test (test_errors),
    cmocka_unit_test (test_second_load_of_same_policy_fails),
    cmocka_unit_test (test_missing_file),
    cmocka_unit_test (test_example_policies_load),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
