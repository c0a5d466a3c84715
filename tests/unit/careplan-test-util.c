/* careplan-test-util.c: helpers shared by the cmocka unit tests
 *
 * One copy of what every rule test used to carry, so that a change to how
 * findings are summarised or rules are run is made once.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-test-util.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "careplan-obligation-private.h"
#include "careplan-model-private.h"

/* England-and-Wales bank holidays of 2011, for the in-force boundaries of
 * 1 April 2011 (the built-in calendar starts in 2012). */
static const char feed_2011[] =
  "{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
  "{\"title\": \"New Year’s Day\", \"date\": \"2011-01-03\", \"notes\": \"Substitute day\", \"bunting\": true},"
  "{\"title\": \"Good Friday\", \"date\": \"2011-04-22\", \"notes\": \"\", \"bunting\": false},"
  "{\"title\": \"Easter Monday\", \"date\": \"2011-04-25\", \"notes\": \"\", \"bunting\": true},"
  "{\"title\": \"Royal wedding\", \"date\": \"2011-04-29\", \"notes\": \"\", \"bunting\": true},"
  "{\"title\": \"Early May bank holiday\", \"date\": \"2011-05-02\", \"notes\": \"\", \"bunting\": true},"
  "{\"title\": \"Spring bank holiday\", \"date\": \"2011-05-30\", \"notes\": \"\", \"bunting\": true},"
  "{\"title\": \"Summer bank holiday\", \"date\": \"2011-08-29\", \"notes\": \"\", \"bunting\": true},"
  "{\"title\": \"Christmas Day\", \"date\": \"2011-12-26\", \"notes\": \"Substitute day\", \"bunting\": true},"
  "{\"title\": \"Boxing Day\", \"date\": \"2011-12-27\", \"notes\": \"Substitute day\", \"bunting\": true}"
  "]}}";

CareplanDate
cpt_date (const char *iso)
{
  g_autoptr(GError) error = NULL;
  CareplanDate date = careplan_date_parse_iso (iso, &error);

  if (error != NULL)
    fail_msg ("bad test date %s: %s", iso, error->message);
  return date;
}

CareplanChild *
cpt_child_new (const char *id)
{
  return cpt_child_born (id, CPT_DEFAULT_DATE_OF_BIRTH);
}

CareplanChild *
cpt_child_born (const char *id,
                const char *date_of_birth)
{
  CareplanChild *child = careplan_child_new (id);

  if (date_of_birth != NULL)
    careplan_child_set_date_of_birth (child, cpt_date (date_of_birth));
  return child;
}

CareplanEpisode *
cpt_add_episode (CareplanChild *child,
                 const char    *start,
                 const char    *end,
                 const char    *rne,
                 const char    *legal_status,
                 const char    *placement_type,
                 const char    *rec)
{
  g_autoptr(CareplanEpisode) episode = careplan_episode_new ();

  careplan_episode_set_start (episode, cpt_date (start));
  if (end != NULL)
    careplan_episode_set_end (episode, cpt_date (end));
  careplan_episode_set_reason_new_episode (episode, rne);
  careplan_episode_set_legal_status (episode, legal_status);
  careplan_episode_set_category_of_need (episode, "N1");
  careplan_episode_set_placement_type (episode, placement_type);
  careplan_episode_set_placement_provider (episode, "PR1");
  if (rec != NULL)
    careplan_episode_set_reason_ended (episode, rec);
  careplan_child_add_episode (child, episode);

  return episode;
}

CareplanChild *
cpt_looked_after_from (const char *id,
                       const char *date_of_birth,
                       const char *start,
                       const char *placement_type)
{
  CareplanChild *child = cpt_child_born (id, date_of_birth);

  cpt_add_episode (child, start, NULL, "S", "C2", placement_type, NULL);
  return child;
}

CareplanEvent *
cpt_add_event (CareplanChild     *child,
               CareplanEventKind  kind,
               const char        *iso)
{
  g_autoptr(CareplanEvent) event = careplan_event_new (kind, cpt_date (iso));

  careplan_child_add_event (child, event);
  return event;
}

void
cpt_add_events (CareplanChild     *child,
                CareplanEventKind  kind,
                ...)
{
  const char *iso;
  va_list args;

  va_start (args, kind);
  while ((iso = va_arg (args, const char *)) != NULL)
    cpt_add_event (child, kind, iso);
  va_end (args);
}

void
cpt_add_event_with_detail (CareplanChild     *child,
                           CareplanEventKind  kind,
                           const char        *iso,
                           const char        *detail)
{
  g_autoptr(CareplanEvent) event = careplan_event_new (kind, cpt_date (iso));

  /* The detail is set before the child sees the event, as a record would. */
  careplan_event_set_detail (event, detail);
  careplan_child_add_event (child, event);
}

CareplanRule *
cpt_lookup_rule (CareplanRulebook *rulebook,
                 const char       *rule_id)
{
  CareplanRule *rule = careplan_rulebook_lookup (rulebook, rule_id);

  if (rule == NULL)
    fail_msg ("no rule %s", rule_id);
  return rule;
}

GPtrArray *
cpt_run_rule_with_calendar (CareplanRule     *rule,
                            CareplanChild    *child,
                            const char       *as_of,
                            CareplanCalendar *calendar)
{
  CareplanDate day = cpt_date (as_of);
  g_autoptr(CareplanChildIndex) index = careplan_child_index_new (child, day);
  CareplanEvaluation evaluation = {
    .child = child,
    .index = index,
    .calendar = calendar,
    .as_of = day,
    .leap_day_policy = CAREPLAN_LEAP_DAY_POLICY_MARCH_1,
  };
  g_autoptr(CareplanFindingArray) findings = careplan_finding_array_new ();

  if (rule == NULL)
    fail_msg ("no such rule");
  careplan_rule_evaluate (rule, &evaluation, findings);
  return careplan_finding_array_free_to_objects (g_steal_pointer (&findings));
}

GPtrArray *
cpt_run_rule (CareplanRule  *rule,
              CareplanChild *child,
              const char    *as_of)
{
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();

  return cpt_run_rule_with_calendar (rule, child, as_of, calendar);
}

GPtrArray *
cpt_run (const char    *rule_id,
         CareplanChild *child,
         const char    *as_of)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();

  return cpt_run_rule (cpt_lookup_rule (rulebook, rule_id), child, as_of);
}

GPtrArray *
cpt_run_2011 (const char    *rule_id,
              CareplanChild *child,
              const char    *as_of)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_from_data (feed_2011, -1, NULL, &error);

  assert_null (error);
  return cpt_run_rule_with_calendar (cpt_lookup_rule (rulebook, rule_id), child, as_of, calendar);
}

GPtrArray *
cpt_run_with_parameter (const char    *rule_id,
                        const char    *name,
                        int            value,
                        CareplanChild *child,
                        const char    *as_of)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(GError) error = NULL;

  if (!careplan_rulebook_set_parameter (rulebook, rule_id, name, value, &error))
    fail_msg ("set %s %s: %s", rule_id, name, error->message);
  return cpt_run_rule (cpt_lookup_rule (rulebook, rule_id), child, as_of);
}

void
cpt_assert_parameter_refused (const char *rule_id,
                              const char *name,
                              int         value,
                              const char *message)
{
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(GError) error = NULL;

  if (careplan_rulebook_set_parameter (rulebook, rule_id, name, value, &error))
    fail_msg ("set %s %s to %d: accepted", rule_id, name, value);
  if (strstr (error->message, message) == NULL)
    fail_msg ("set %s %s to %d: “%s” does not say “%s”", rule_id, name, value,
              error->message, message);
}

static char *
iso_or_dash (CareplanDate date)
{
  return date == CAREPLAN_DATE_NONE ? g_strdup ("-") : careplan_date_to_iso (date);
}

char *
cpt_summarize (CareplanFinding *finding)
{
  g_autofree char *anchor = iso_or_dash (careplan_finding_get_anchor_date (finding));
  g_autofree char *due = iso_or_dash (careplan_finding_get_due (finding));
  g_autofree char *done = iso_or_dash (careplan_finding_get_done (finding));
  g_autofree char *late = NULL;

  if (careplan_finding_get_days_late (finding) == CAREPLAN_FINDING_NO_DAYS_LATE)
    late = g_strdup ("-");
  else
    late = g_strdup_printf ("%d", careplan_finding_get_days_late (finding));

  return g_strdup_printf ("%s %s@%s due=%s done=%s late=%s",
                          careplan_finding_status_to_string (careplan_finding_get_status (finding)),
                          careplan_finding_get_anchor_kind (finding),
                          anchor, due, done, late);
}

static void
assert_message_names_due (CareplanFinding *finding)
{
  g_autofree char *due = NULL;

  if (careplan_finding_get_due (finding) == CAREPLAN_DATE_NONE)
    return;
  due = careplan_date_to_iso (careplan_finding_get_due (finding));
  if (strstr (careplan_finding_get_message (finding), due) == NULL)
    fail_msg ("message does not name the due date: %s",
              careplan_finding_get_message (finding));
}

static void
assert_findings_valist (GPtrArray *findings,
                        gboolean   naming_due,
                        va_list    args)
{
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GString) actual = g_string_new (NULL);
  gboolean same;
  const char *line;
  guint i;

  while ((line = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (expected, (gpointer) line);

  same = expected->len == findings->len;
  for (i = 0; i < findings->len; i++)
    {
      g_autofree char *summary = cpt_summarize (findings->pdata[i]);

      g_string_append_printf (actual, "  %s\n", summary);
      if (same && !g_str_equal (summary, expected->pdata[i]))
        same = FALSE;
      if (naming_due)
        assert_message_names_due (findings->pdata[i]);
    }

  if (!same)
    {
      g_autoptr(GString) wanted = g_string_new (NULL);

      for (i = 0; i < expected->len; i++)
        g_string_append_printf (wanted, "  %s\n", (const char *) expected->pdata[i]);
      fail_msg ("findings differ\nexpected:\n%sactual:\n%s", wanted->str, actual->str);
    }
}

void
cpt_assert_findings (GPtrArray *findings,
                     ...)
{
  va_list args;

  va_start (args, findings);
  assert_findings_valist (findings, FALSE, args);
  va_end (args);
}

void
cpt_assert_findings_naming_due (GPtrArray *findings,
                                ...)
{
  va_list args;

  va_start (args, findings);
  assert_findings_valist (findings, TRUE, args);
  va_end (args);
}

CareplanFinding *
cpt_finding_at (GPtrArray *findings,
                guint      i)
{
  assert_true (i < findings->len);
  return findings->pdata[i];
}

const char *
cpt_message_at (GPtrArray *findings,
                guint      i)
{
  return careplan_finding_get_message (cpt_finding_at (findings, i));
}

void
cpt_assert_summary_at (GPtrArray  *findings,
                       guint       i,
                       const char *expected)
{
  g_autofree char *summary = cpt_summarize (cpt_finding_at (findings, i));

  assert_string_equal (summary, expected);
}

void
cpt_assert_message_contains (GPtrArray  *findings,
                             guint       i,
                             const char *text)
{
  const char *message = cpt_message_at (findings, i);

  if (strstr (message, text) == NULL)
    fail_msg ("message \"%s\" does not contain \"%s\"", message, text);
}

CareplanRule *
cpt_assert_rule_citation (CareplanRulebook     *rulebook,
                          const char           *rule_id,
                          const char           *family,
                          CareplanConfirmation  confirmation,
                          const char           *provision,
                          const char           *url,
                          const char           *in_force_from)
{
  CareplanRule *rule = careplan_rulebook_lookup (rulebook, rule_id);

  assert_non_null (rule);
  assert_string_equal (careplan_rule_get_family (rule), family);
  assert_int_equal (careplan_rule_get_confirmation (rule), confirmation);
  assert_string_equal (careplan_rule_get_provision (rule), provision);
  assert_string_equal (careplan_rule_get_url (rule), url);
  assert_int_equal (careplan_rule_get_in_force_from (rule), cpt_date (in_force_from));
  return rule;
}

void
cpt_assert_rule_parameter (CareplanRulebook *rulebook,
                           const char       *rule_id,
                           const char       *name,
                           int               value,
                           CareplanTimeUnit  unit)
{
  CareplanRule *rule = cpt_lookup_rule (rulebook, rule_id);
  CareplanTimeUnit actual_unit;
  int actual_value;

  assert_true (careplan_rule_get_parameter (rule, name, &actual_value, &actual_unit));
  assert_int_equal (actual_value, value);
  assert_int_equal (actual_unit, unit);
}
