/* fuzz-common.c: what every careplan fuzz target does with what it loaded
 *
 * A loader that accepts an input must hand back children that the rest of
 * the library can take: every child is validated, each problem written
 * out, and every rule of the engine's rulebook evaluated at two as-of
 * dates, the findings streamed through the three findings formats.  So
 * the rules and the writers are fuzzed with each loader.  A loader that
 * refuses an input must say why in the careplan error domain, naming the
 * input.  GLib criticals and warnings abort: a critical reached from input
 * is a missing check in a reader.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "fuzz-common.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

static GLogWriterOutput
fatal_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  GLogWriterOutput result = g_log_writer_standard_streams (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();
  return result;
}

void
fuzz_init (void)
{
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      g_log_set_writer_func (fatal_writer, NULL, NULL);
      g_once_init_leave (&initialised, 1);
    }
}

CareplanEngine *
fuzz_default_engine (void)
{
  static CareplanEngine *engine = NULL;

  /* Kept for the whole run, as a long-lived service would keep it. */
  if (engine == NULL)
    engine = careplan_engine_new (NULL, NULL);
  return engine;
}

/* A cohort that reaches the working-day rules: a child who became looked
 * after on 2025-01-06 (first review in 20 working days) and one placed
 * over Christmas, visits and reviews around them. */
static const char cohort_json[] =
  "{ \"format\": \"careplan-record/1\", \"children\": ["
  "  { \"id\": \"F1\", \"date_of_birth\": \"2015-05-01\","
  "    \"episodes\": [ { \"start\": \"2025-01-06\", \"reason_new_episode\": \"S\","
  "      \"legal_status\": \"C2\", \"category_of_need\": \"N1\", \"placement_type\": \"U4\","
  "      \"placement_provider\": \"PR1\" } ],"
  "    \"reviews\": [ { \"date\": \"2025-02-03\" } ],"
  "    \"visits\": [ { \"date\": \"2025-01-10\", \"seen_alone\": true } ] },"
  "  { \"id\": \"F2\", \"date_of_birth\": \"2012-02-29\","
  "    \"episodes\": [ { \"start\": \"2024-12-20\", \"end\": \"2025-03-01\", \"reason_new_episode\": \"S\","
  "      \"legal_status\": \"V2\", \"category_of_need\": \"N2\", \"placement_type\": \"U6\","
  "      \"placement_provider\": \"PR2\", \"reason_ended\": \"X1\" },"
  "     { \"start\": \"2025-03-01\", \"reason_new_episode\": \"P\","
  "      \"legal_status\": \"V2\", \"category_of_need\": \"N2\", \"placement_type\": \"K2\","
  "      \"placement_provider\": \"PR3\" } ],"
  "    \"reviews\": [ { \"date\": \"2025-01-22\" }, { \"date\": \"2025-04-22\" } ] } ] }";

GListModel *
fuzz_fixed_cohort (void)
{
  static GListModel *children = NULL;

  if (children == NULL)
    {
      g_autoptr(GError) error = NULL;

      children = careplan_record_load_data (cohort_json, -1, "cohort", &error);
      if (children == NULL)
        g_error ("the fixed cohort does not load: %s", error->message);
    }
  return children;
}

static void
write_findings (GListModel   *findings,
                CareplanDate  as_of)
{
  for (CareplanFindingsFormat format = CAREPLAN_FINDINGS_FORMAT_TEXT;
       format <= CAREPLAN_FINDINGS_FORMAT_CSV; format++)
    {
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      g_autoptr(CareplanFindingsWriter) writer = careplan_findings_writer_new (out, format, as_of);
      g_autoptr(GError) error = NULL;

      if (!careplan_findings_writer_write (writer, findings, &error) ||
          !careplan_findings_writer_close (writer, &error))
        {
          g_printerr ("findings writer failed on a memory stream: %s\n", error->message);
          abort ();
        }
    }
}

static void
finding_violation (const char *json,
                   const char *what)
{
  g_printerr ("finding breaks the findings contract (docs/overview.md, findings): %s\n%s\n", what, json);
  abort ();
}

/* The findings contract, checked on whatever the rules made of the input. */
static void
check_finding (CareplanFinding *finding,
               CareplanDate     as_of,
               const char      *json)
{
  CareplanDate due = careplan_finding_get_due (finding);
  CareplanDate done = careplan_finding_get_done (finding);
  CareplanDate anchor = careplan_finding_get_anchor_date (finding);
  int days_late = careplan_finding_get_days_late (finding);

  if (done != CAREPLAN_DATE_NONE && done > as_of)
    finding_violation (json, "done after the as-of date");
  if (anchor != CAREPLAN_DATE_NONE && anchor > as_of)
    finding_violation (json, "anchor after the as-of date");

  switch (careplan_finding_get_status (finding))
    {
    case CAREPLAN_FINDING_STATUS_MET:
      /* A rule may count an event with no date of its own (a return
       * interview offered, its date not recorded): done is then null. */
      if (done != CAREPLAN_DATE_NONE && due != CAREPLAN_DATE_NONE && done > due)
        finding_violation (json, "met with a done date after due");
      if (days_late != -1)
        finding_violation (json, "met with days_late");
      break;
    case CAREPLAN_FINDING_STATUS_MET_LATE:
      if (done == CAREPLAN_DATE_NONE || due == CAREPLAN_DATE_NONE || done <= due)
        finding_violation (json, "met-late without a done date after due");
      if (days_late != (int) (done - due))
        finding_violation (json, "met-late days_late is not done - due");
      break;
    case CAREPLAN_FINDING_STATUS_DUE:
      if (done != CAREPLAN_DATE_NONE || due == CAREPLAN_DATE_NONE || due < as_of)
        finding_violation (json, "due with a done date, or a due date before the as-of date");
      if (days_late != -1)
        finding_violation (json, "due with days_late");
      break;
    case CAREPLAN_FINDING_STATUS_OVERDUE:
      if (done != CAREPLAN_DATE_NONE || due == CAREPLAN_DATE_NONE || due >= as_of)
        finding_violation (json, "overdue with a done date, or a due date not before the as-of date");
      if (days_late < 1 || days_late > (int) (as_of - due))
        finding_violation (json, "overdue days_late outside 1 .. as-of - due");
      break;
    case CAREPLAN_FINDING_STATUS_NOT_APPLICABLE:
    case CAREPLAN_FINDING_STATUS_UNKNOWN:
      if (days_late != -1)
        finding_violation (json, "not-applicable or unknown with days_late");
      break;
    default:
      finding_violation (json, "status outside the enumeration");
    }

  if (careplan_finding_get_message (finding) == NULL || *careplan_finding_get_message (finding) == '\0')
    finding_violation (json, "no message");
}

static void
evaluate_child (CareplanEngine *engine,
                CareplanChild  *child,
                CareplanDate    as_of)
{
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  findings = careplan_engine_evaluate (engine, child, as_of, &error);
  if (findings == NULL)
    {
      /* The engine may refuse a child, but only in the careplan domain. */
      if (error == NULL || error->domain != CAREPLAN_ERROR)
        {
          g_printerr ("engine failed without a careplan error\n");
          abort ();
        }
      return;
    }

  n = g_list_model_get_n_items (findings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *json = careplan_finding_to_json (finding);

      if (json == NULL || careplan_finding_get_rule_id (finding) == NULL)
        abort ();
      check_finding (finding, as_of, json);
    }
  write_findings (findings, as_of);
}

/* The derived views must stay inside the record they were derived from. */
static void
check_views (CareplanChild *child,
             GListModel    *periods,
             GListModel    *placements)
{
  guint n_episodes = g_list_model_get_n_items (careplan_child_get_episodes (child));
  guint n;

  n = g_list_model_get_n_items (placements);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanPlacement) placement = g_list_model_get_item (placements, i);
      CareplanDate start = careplan_placement_get_start (placement);
      CareplanDate end = careplan_placement_get_end (placement);

      if (careplan_placement_get_n_episodes (placement) == 0 ||
          careplan_placement_get_first_episode (placement) >= n_episodes ||
          careplan_placement_get_n_episodes (placement) >
            n_episodes - careplan_placement_get_first_episode (placement))
        {
          g_printerr ("placement %u names episodes outside the record\n", i);
          abort ();
        }
      if (start == CAREPLAN_DATE_NONE)
        {
          g_printerr ("placement %u has no start\n", i);
          abort ();
        }
      (void) end;
    }

  n = g_list_model_get_n_items (periods);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanPeriodOfCare) period = g_list_model_get_item (periods, i);

      if (careplan_period_of_care_get_start (period) == CAREPLAN_DATE_NONE ||
          g_list_model_get_n_items (careplan_period_of_care_get_placements (period)) == 0)
        {
          g_printerr ("period of care %u has no start or no placement\n", i);
          abort ();
        }
    }
}

void
fuzz_evaluate_children (CareplanEngine *engine,
                        GListModel     *children)
{
  guint n = g_list_model_get_n_items (children);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);
      g_autoptr(GListModel) problems = careplan_child_validate (child);
      g_autoptr(GListModel) periods = careplan_child_dup_periods_of_care (child);
      g_autoptr(GListModel) placements = careplan_child_dup_placements (child);
      guint n_problems = g_list_model_get_n_items (problems);

      for (guint j = 0; j < n_problems; j++)
        {
          g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, j);
          g_autofree char *text = careplan_problem_to_string (problem);

          if (text == NULL)
            abort ();
          fuzz_check_text (text, -1, "a problem");
        }

      check_views (child, periods, placements);
      (void) careplan_child_get_age_on (child, FUZZ_AS_OF);

      /* A seed return of hundreds of children would otherwise make each
       * run take a tenth of a second: the readers see them all, the rules
       * the first few (mutations reach those as well). */
      if (i >= FUZZ_MAX_EVALUATED)
        continue;
      evaluate_child (engine, child, FUZZ_AS_OF);
      evaluate_child (engine, child, FUZZ_AS_OF_LATE);
    }
}

void
fuzz_check_error (const GError *error,
                  const char   *loader)
{
  if (error == NULL)
    {
      g_printerr ("%s: failed without an error\n", loader);
      abort ();
    }
  if (error->domain != CAREPLAN_ERROR)
    {
      g_printerr ("%s: error outside the careplan domain: %s\n", loader, error->message);
      abort ();
    }
  if (!g_utf8_validate (error->message, -1, NULL) && !fuzz_known_fault ("message-not-utf8"))
    {
      g_printerr ("%s: error message is not UTF-8\n", loader);
      abort ();
    }
}

/* The faults found, reported and tracked in tests/bad-input/manifest.json
 * that a run may be told to step over (FUZZ_KNOWN_FAULTS=a,b), so that a
 * short run in CI stops only on something new.  README.md lists them. */
gboolean
fuzz_known_fault (const char *fault)
{
  static char **known = NULL;
  static gsize initialised = 0;

  if (g_once_init_enter (&initialised))
    {
      const char *list = g_getenv ("FUZZ_KNOWN_FAULTS");

      known = g_strsplit (list != NULL ? list : "", ",", -1);
      g_once_init_leave (&initialised, 1);
    }
  return g_strv_contains ((const char * const *) known, fault);
}

/* Text the library hands out (a problem, a saved record) must be UTF-8. */
void
fuzz_check_text (const char *text,
                 gssize      length,
                 const char *what)
{
  if (text != NULL && !g_utf8_validate (text, length, NULL) && !fuzz_known_fault ("text-not-utf8"))
    {
      g_printerr ("%s is not UTF-8\n", what);
      abort ();
    }
}

/* SSDA903 returns -------------------------------------------------------------- */

static void
clear_ssda903_dir (const char *dir)
{
  for (guint i = 0; i < FUZZ_SSDA903_MAX_FILES; i++)
    {
      g_autofree char *name = g_strdup_printf ("%u.csv", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
}

static void
write_ssda903_part (const char *dir,
                    guint       index,
                    const char *data,
                    gsize       length)
{
  g_autofree char *name = g_strdup_printf ("%u.csv", index);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, data, (gssize) length, &error))
    g_error ("cannot write %s: %s", path, error->message);
}

const char *
fuzz_write_ssda903_dir (const char   *prefix,
                        const guint8 *data,
                        gsize         size)
{
  static char *dir = NULL;
  const char *text = (const char *) data;
  const char *end = text + size;
  gsize separator_length = strlen (FUZZ_SSDA903_SEPARATOR);
  guint n_files = 0;

  fuzz_init ();
  if (dir == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);

      dir = g_dir_make_tmp (template, &error);
      if (dir == NULL)
        g_error ("cannot make a directory: %s", error->message);
    }
  clear_ssda903_dir (dir);

  while (n_files < FUZZ_SSDA903_MAX_FILES)
    {
      const char *next = NULL;

      for (const char *p = text; p + separator_length <= end; p++)
        if ((p == text || p[-1] == '\n') && memcmp (p, FUZZ_SSDA903_SEPARATOR, separator_length) == 0)
          {
            next = p;
            break;
          }

      write_ssda903_part (dir, n_files++, text, (gsize) ((next != NULL ? next : end) - text));
      if (next == NULL)
        break;
      text = next + separator_length;
    }
  return dir;
}
