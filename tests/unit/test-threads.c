/* test-threads.c: evaluating from several threads at once
 *
 * The guarantee this test holds careplan to:
 *
 *   Once set up, one CareplanRulebook, one CareplanCalendar and one
 *   CareplanEngine may be shared by any number of threads, each calling
 *   careplan_engine_evaluate() and careplan_child_validate() at the same
 *   time, and each gets exactly what a single-threaded run gives.
 *   Setting up means: rules added, parameters and policies applied, the
 *   leap-day policy chosen; none of that may happen while another thread
 *   evaluates.
 *
 *   The same child may be evaluated and validated by several threads at
 *   once, as long as no thread changes it meanwhile (adding episodes or
 *   events is not thread-safe).  This holds because a child keeps its
 *   episodes and events in arrays whose reads change nothing
 *   (careplan-object-list.c).  GLib's GListStore would not do: it caches
 *   the position of the last item read (last_iter, last_position) on
 *   every g_list_model_get_item(), so two readers of one store race and
 *   can be handed the wrong item or NULL.  The tests that share a child
 *   check that its lists are not GListStores and are skipped, saying so,
 *   if they ever are again.  For the same reason a caller must not hand
 *   one GListStore of children to evaluate_all() in two threads at once:
 *   whole_cohort_from_four_threads gives each thread its own list.
 *
 * A CareplanMeasuresAccumulator on several threads measures its children
 * on workers and merges them in order: its measures are those of one
 * thread (measures_on_several_threads).
 *
 * The cohort is every record of examples/data, each child evaluated at
 * several as-of dates so that its obligations are judged in different
 * states.  Threads hand results back through atomics (g_atomic_*, which
 * ThreadSanitizer sees) rather than GLib's mutexes, so that a TSan build
 * (-Db_sanitize=thread with G_SLICE=always-malloc: the ThreadSanitizer
 * stage of build-aux/test.sh) reports only races in careplan itself.
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
#include "careplan-ordered-pool-private.h"

#if defined(__has_feature)
# if __has_feature(thread_sanitizer)
#  define TEST_THREADS_TSAN 1
# endif
#endif
#if defined(__SANITIZE_THREAD__)
# define TEST_THREADS_TSAN 1
#endif

#ifdef TEST_THREADS_TSAN
const char *__tsan_default_suppressions (void);

/* GThreadPool hands each task over in a GQueue node, allocated by the
 * pushing thread and freed by the worker under GAsyncQueue's lock, a
 * futex inside GLib that ThreadSanitizer cannot see.  That hand-over is
 * GLib's, not careplan's. */
const char *
__tsan_default_suppressions (void)
{
  return "race:g_queue_pop_tail\n";
}
#endif

#define N_THREADS 4
#define N_SAME_CHILD_TASKS 32

static const char * const as_of_dates[] = {
  "2024-06-30", "2025-01-31", "2025-03-31", "2025-06-30", "2026-03-31",
};
#define N_DATES G_N_ELEMENTS (as_of_dates)

typedef struct
{
  CareplanEngine *engine;
  GPtrArray      *children;     /* CareplanChild */
  CareplanDate    as_of[N_DATES];
  GPtrArray      *expected;     /* char *: child i's findings at every date, then its problems */
} Fixture;

/* One unit of work: a child, evaluated at every date and validated. */
typedef struct
{
  Fixture *fixture;
  guint    child;
  char    *result;
  GThread *thread;
  int      done;                /* set last, with release semantics */
} Task;

static char *
findings_text (GListModel *findings)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
      g_autofree char *json = careplan_finding_to_json (finding);

      g_string_append (text, json);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

static char *
work_on_child (Fixture       *fixture,
               CareplanChild *child)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GListModel) problems = careplan_child_validate (child);
  guint n_problems = g_list_model_get_n_items (problems);

  for (guint d = 0; d < N_DATES; d++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) findings = careplan_engine_evaluate (fixture->engine, child,
                                                                 fixture->as_of[d], &error);
      g_autofree char *part = findings != NULL ? findings_text (findings)
                                               : g_strdup_printf ("error: %s\n", error->message);

      g_string_append_printf (text, "as of %s\n%s", as_of_dates[d], part);
    }

  for (guint i = 0; i < n_problems; i++)
    {
      g_autoptr(CareplanProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *line = careplan_problem_to_string (problem);

      g_string_append_printf (text, "problem: %s\n", line);
    }
  return g_string_free (text, FALSE);
}

static void
load_examples (GPtrArray *children)
{
  g_autofree char *dir = g_build_filename (CAREPLAN_TEST_DATA, "..", "examples", "data", NULL);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  assert_non_null (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) loaded = careplan_record_load_file (path, &error);
      guint n;

      if (loaded == NULL)
        fail_msg ("%s", error->message);
      n = g_list_model_get_n_items (loaded);
      for (guint j = 0; j < n; j++)
        g_ptr_array_add (children, g_list_model_get_item (loaded, j));
    }
  assert_true (children->len > 10);
}

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(CareplanCalendar) calendar = careplan_calendar_new_default ();

  fixture->engine = careplan_engine_new (rulebook, calendar);
  fixture->children = g_ptr_array_new_with_free_func (g_object_unref);
  load_examples (fixture->children);
  for (guint i = 0; i < N_DATES; i++)
    fixture->as_of[i] = careplan_date_parse_iso (as_of_dates[i], NULL);

  /* The single-threaded run every other run is compared with. */
  fixture->expected = g_ptr_array_new_full (fixture->children->len, g_free);
  for (guint i = 0; i < fixture->children->len; i++)
    g_ptr_array_add (fixture->expected, work_on_child (fixture, g_ptr_array_index (fixture->children, i)));

  *state = fixture;
  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  g_clear_object (&fixture->engine);
  g_clear_pointer (&fixture->children, g_ptr_array_unref);
  g_clear_pointer (&fixture->expected, g_ptr_array_unref);
  g_free (fixture);
  return 0;
}

/* Whether two threads may read one child at once: not if its lists are
 * GListStores (see the comment at the top). */
static gboolean
children_can_be_shared (Fixture *fixture)
{
  CareplanChild *child = g_ptr_array_index (fixture->children, 0);

  return !G_IS_LIST_STORE (careplan_child_get_episodes (child)) &&
         !G_IS_LIST_STORE (careplan_child_get_events (child));
}

static void
run_task (gpointer data,
          gpointer user_data)
{
  Task *task = data;

  task->thread = g_thread_self ();
  task->result = work_on_child (task->fixture, g_ptr_array_index (task->fixture->children, task->child));
  g_atomic_int_set (&task->done, 1);
}

/* Runs @n_tasks tasks on a pool of N_THREADS and waits for them.  Every
 * task is filled in before the pool starts its threads, and each hands
 * its result back through its done flag. */
static void
run_pool (Task  *tasks,
          guint  n_tasks)
{
  g_autoptr(GError) error = NULL;
  GThreadPool *pool = g_thread_pool_new (run_task, NULL, N_THREADS, TRUE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < n_tasks; i++)
    g_thread_pool_push (pool, &tasks[i], NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  for (guint i = 0; i < n_tasks; i++)
    assert_int_equal (g_atomic_int_get (&tasks[i].done), 1);
}

static guint
count_threads (Task  *tasks,
               guint  n_tasks)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n_tasks; i++)
    g_hash_table_add (seen, tasks[i].thread);
  return g_hash_table_size (seen);
}

static void
different_children_from_four_threads (void **state)
{
  Fixture *fixture = *state;
  guint n_tasks = fixture->children->len;
  g_autofree Task *tasks = g_new0 (Task, n_tasks);

  for (guint i = 0; i < n_tasks; i++)
    {
      tasks[i].fixture = fixture;
      tasks[i].child = i;
    }
  run_pool (tasks, n_tasks);

  for (guint i = 0; i < n_tasks; i++)
    {
      if (g_strcmp0 (tasks[i].result, g_ptr_array_index (fixture->expected, i)) != 0)
        fail_msg ("child %u differs from the single-threaded run:\n%s\n---\n%s", i,
                  tasks[i].result, (const char *) g_ptr_array_index (fixture->expected, i));
      g_free (tasks[i].result);
    }

  /* The pool really ran more than one thread (not a test of one). */
  assert_true (count_threads (tasks, n_tasks) > 1);
}

/* The same child, four threads at once, many times. */
static void
same_child_from_several_threads (void **state)
{
  Fixture *fixture = *state;
  Task tasks[N_SAME_CHILD_TASKS] = { { 0 } };

  if (!children_can_be_shared (fixture))
    skip ();  /* GListStore: see the comment at the top */

  for (guint i = 0; i < N_SAME_CHILD_TASKS; i++)
    tasks[i].fixture = fixture;
  run_pool (tasks, N_SAME_CHILD_TASKS);
  for (guint i = 0; i < N_SAME_CHILD_TASKS; i++)
    {
      assert_string_equal (tasks[i].result, g_ptr_array_index (fixture->expected, 0));
      g_free (tasks[i].result);
    }
}

typedef struct
{
  Fixture    *fixture;
  GListModel *cohort;      /* this thread's own list of the shared children */
  char       *result;
} CohortRun;

static gpointer
evaluate_cohort (gpointer data)
{
  CohortRun *run = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) findings = careplan_engine_evaluate_all (run->fixture->engine, run->cohort,
                                                                 run->fixture->as_of[N_DATES - 2],
                                                                 &error);

  run->result = findings != NULL ? findings_text (findings) : g_strdup (error->message);
  return NULL;
}

/* evaluate_all over every child from four threads at once, each thread
 * with its own list of the same children. */
static void
whole_cohort_from_four_threads (void **state)
{
  Fixture *fixture = *state;
  CohortRun runs[N_THREADS + 1];
  GThread *threads[N_THREADS];

  if (!children_can_be_shared (fixture))
    skip ();  /* GListStore: see the comment at the top */

  for (guint i = 0; i <= N_THREADS; i++)
    {
      GListStore *store = g_list_store_new (CAREPLAN_TYPE_CHILD);

      for (guint j = 0; j < fixture->children->len; j++)
        g_list_store_append (store, g_ptr_array_index (fixture->children, j));
      runs[i] = (CohortRun) { fixture, G_LIST_MODEL (store), NULL };
    }

  evaluate_cohort (&runs[N_THREADS]);
  for (guint i = 0; i < N_THREADS; i++)
    threads[i] = g_thread_new ("cohort", evaluate_cohort, &runs[i]);
  for (guint i = 0; i < N_THREADS; i++)
    g_thread_join (threads[i]);

  for (guint i = 0; i <= N_THREADS; i++)
    {
      assert_string_equal (runs[i].result, runs[N_THREADS].result);
      g_free (runs[i].result);
      g_object_unref (runs[i].cohort);
    }
}

/* careplan_engine_evaluate_caseload() on 1, 2 and 4 threads gives what
 * evaluate_all() gives, in the same order (the --jobs guarantee). */
static void
caseload_on_several_threads (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GListStore) cohort = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_autoptr(GListModel) serial = NULL;
  g_autofree char *expected = NULL;
  static const guint n_threads[] = { 1, 2, 4 };

  for (guint i = 0; i < fixture->children->len; i++)
    g_list_store_append (cohort, g_ptr_array_index (fixture->children, i));
  serial = careplan_engine_evaluate_all (fixture->engine, G_LIST_MODEL (cohort),
                                         fixture->as_of[N_DATES - 2], NULL);
  expected = findings_text (serial);
  assert_true (g_list_model_get_n_items (serial) > 0);

  for (guint i = 0; i < G_N_ELEMENTS (n_threads); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) findings = NULL;
      g_autofree char *text = NULL;

      findings = careplan_engine_evaluate_caseload (fixture->engine, G_LIST_MODEL (cohort),
                                                    fixture->as_of[N_DATES - 2],
                                                    n_threads[i], &error);
      assert_null (error);
      text = findings_text (findings);
      assert_string_equal (text, expected);
    }
}

/* Every measure with its items, one line each, for comparing runs. */
static char *
measures_text (GListModel *measures)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (measures);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanMeasure) measure = g_list_model_get_item (measures, i);
      guint n_items = careplan_measure_get_n_items (measure);

      g_string_append_printf (text, "%s %u/%u:", careplan_measure_get_id (measure),
                              careplan_measure_get_numerator (measure),
                              careplan_measure_get_denominator (measure));
      for (guint j = 0; j < n_items; j++)
        g_string_append_printf (text, " %s,%d,%d,%s", careplan_measure_get_item_child_id (measure, j),
                                careplan_measure_get_item_counted (measure, j),
                                careplan_measure_get_item_value (measure, j),
                                careplan_measure_get_item_note (measure, j));
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/* A measures accumulator on 1, 2 and 4 threads (0: one per processor)
 * gives the same measures and items, in the same order (the measures
 * --jobs guarantee); the cohort is given twice over so that children are
 * in flight on several workers at once. */
static void
measures_on_several_threads (void **state)
{
  Fixture *fixture = *state;
  CareplanDate period_end = fixture->as_of[N_DATES - 2];
  CareplanDate period_start = careplan_measures_get_period_start (period_end);
  g_autofree char *expected = NULL;
  static const guint n_threads[] = { 1, 2, 4, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (n_threads); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CareplanMeasuresAccumulator) accumulator = NULL;
      g_autoptr(GListModel) measures = NULL;
      g_autofree char *text = NULL;

      accumulator = careplan_measures_accumulator_new (period_start, period_end, NULL, NULL,
                                                       NULL, NULL, &error);
      assert_non_null (accumulator);
      careplan_measures_accumulator_set_n_threads (accumulator, n_threads[i]);
      assert_int_equal (careplan_measures_accumulator_get_n_threads (accumulator), n_threads[i]);
      for (guint round = 0; round < 2; round++)
        for (guint c = 0; c < fixture->children->len; c++)
          {
            assert_true (careplan_measures_accumulator_add_child (accumulator,
                                                                  g_ptr_array_index (fixture->children, c),
                                                                  &error));
            assert_null (error);
          }
      measures = careplan_measures_accumulator_finish (accumulator);
      text = measures_text (measures);
      assert_true (strlen (text) > 100);
      if (expected == NULL)
        expected = g_steal_pointer (&text);
      else
        assert_string_equal (text, expected);
    }
}

/* A spooled measure's items are read in by whichever thread asks first;
 * four threads asking at once all get them (measures_text reads every
 * item through the getters). */
typedef struct
{
  GListModel *measures;
  char       *text;
} ReadSpooled;

static gpointer
read_spooled (gpointer data)
{
  ReadSpooled *read = data;

  g_atomic_pointer_set (&read->text, measures_text (read->measures));
  return NULL;
}

static void
spooled_items_from_four_threads (void **state)
{
  Fixture *fixture = *state;
  CareplanDate period_end = fixture->as_of[N_DATES - 2];
  CareplanDate period_start = careplan_measures_get_period_start (period_end);
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanMeasuresAccumulator) in_memory = NULL;
  g_autoptr(CareplanMeasuresAccumulator) spooled = NULL;
  g_autoptr(GListModel) expected_measures = NULL;
  g_autoptr(GListModel) spooled_measures = NULL;
  g_autofree char *expected = NULL;
  ReadSpooled reads[4];
  GThread *threads[4];

  in_memory = careplan_measures_accumulator_new (period_start, period_end, NULL, NULL, NULL, NULL, &error);
  spooled = careplan_measures_accumulator_new (period_start, period_end, NULL, NULL, NULL, NULL, &error);
  assert_true (careplan_measures_accumulator_spool_items (spooled, &error));
  for (guint c = 0; c < fixture->children->len; c++)
    {
      assert_true (careplan_measures_accumulator_add_child (in_memory, g_ptr_array_index (fixture->children, c), NULL));
      assert_true (careplan_measures_accumulator_add_child (spooled, g_ptr_array_index (fixture->children, c), NULL));
    }
  expected_measures = careplan_measures_accumulator_finish (in_memory);
  spooled_measures = careplan_measures_accumulator_finish (spooled);
  expected = measures_text (expected_measures);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      reads[i].measures = spooled_measures;
      g_atomic_pointer_set (&reads[i].text, NULL);
      threads[i] = g_thread_new ("spooled", read_spooled, &reads[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autofree char *text = NULL;

      g_thread_join (threads[i]);
      text = g_atomic_pointer_get (&reads[i].text);
      assert_string_equal (text, expected);
    }
}

typedef struct
{
  GListModel *findings;
  GPtrArray  *messages;    /* const char *: what this thread read, in order */
} MessageRun;

static gpointer
read_messages (gpointer data)
{
  MessageRun *run = data;
  guint n = g_list_model_get_n_items (run->findings);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (run->findings, i);

      g_ptr_array_add (run->messages, (gpointer) careplan_finding_get_message (finding));
    }
  return NULL;
}

/* A finding writes its message the first time it is asked for: four
 * threads asking at once for the messages of the same findings, none
 * read before, all get the same text, the one kept by the finding, and
 * the same text as a single-threaded run. */
static void
messages_first_read_from_four_threads (void **state)
{
  Fixture *fixture = *state;
  MessageRun runs[N_THREADS];
  GThread *threads[N_THREADS];

  for (guint c = 0; c < fixture->children->len; c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GListModel) findings = careplan_engine_evaluate (fixture->engine,
                                                                 g_ptr_array_index (fixture->children, c),
                                                                 fixture->as_of[N_DATES - 1], &error);
      g_autoptr(GPtrArray) jsons = g_ptr_array_new_with_free_func (g_free);
      guint n;

      assert_non_null (findings);
      n = g_list_model_get_n_items (findings);
      /* Written before any message is asked for: from the parts. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);

          g_ptr_array_add (jsons, careplan_finding_to_json (finding));
        }
      for (guint t = 0; t < N_THREADS; t++)
        {
          runs[t] = (MessageRun) { findings, g_ptr_array_new () };
          threads[t] = g_thread_new ("messages", read_messages, &runs[t]);
        }
      for (guint t = 0; t < N_THREADS; t++)
        g_thread_join (threads[t]);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);
          const char *kept = careplan_finding_get_message (finding);
          const char *json = g_ptr_array_index (jsons, i);

          assert_non_null (kept);
          assert_true (*kept != '\0');
          /* The JSON writer writes the message from its parts, not the
           * cached text: both say the same (where JSON needs no escape). */
          if (strpbrk (kept, "\"\\\n\t") == NULL)
            assert_non_null (strstr (json, kept));
          for (guint t = 0; t < N_THREADS; t++)
            assert_ptr_equal (g_ptr_array_index (runs[t].messages, i), kept);
        }
      for (guint t = 0; t < N_THREADS; t++)
        g_ptr_array_unref (runs[t].messages);
    }
}

/* The ordered pool under the caseload and the measures, on its own:
 * items go to the workers in batches, so the counts here (1,000 items,
 * not a whole number of batches; a failure in the middle of one) are
 * the ones the fixture's few children would not reach. */
#define POOL_ITEMS 1000

typedef struct
{
  guint  n_done;           /* the pushing thread's */
  guint  fail_at;          /* 0: never */
  guint  out_of_order;
  guint  wrong_results;
  int    discarded[POOL_ITEMS];
  int    discarded_worked[POOL_ITEMS];
} PoolRun;

/* Items are 1 to POOL_ITEMS; a result is never NULL. */
static gpointer
pool_work (gpointer item,
           gpointer user_data)
{
  return GUINT_TO_POINTER (GPOINTER_TO_UINT (item) * 3 + 1);
}

static gboolean
pool_done (gpointer   item,
           gpointer   result,
           gpointer   user_data,
           GError   **error)
{
  PoolRun *run = user_data;
  guint i = GPOINTER_TO_UINT (item);

  if (i != run->n_done + 1)
    run->out_of_order++;
  if (GPOINTER_TO_UINT (result) != i * 3 + 1)
    run->wrong_results++;
  run->n_done++;
  if (run->n_done == run->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "disk full");
      return FALSE;
    }
  return TRUE;
}

/* On any thread: counts only, with atomics. */
static void
pool_discard (gpointer item,
              gpointer result,
              gpointer user_data)
{
  PoolRun *run = user_data;
  guint i = GPOINTER_TO_UINT (item) - 1;

  g_atomic_int_inc (&run->discarded[i]);
  if (result != NULL)
    g_atomic_int_inc (&run->discarded_worked[i]);
}

/* Every item handed on once, in order, with its own result, and freed
 * once, whatever the number of threads. */
static void
ordered_pool_keeps_order (void **state)
{
  static const guint n_threads[] = { 1, 2, 3, 8 };

  for (guint t = 0; t < G_N_ELEMENTS (n_threads); t++)
    {
      g_autofree PoolRun *run = g_new0 (PoolRun, 1);
      g_autoptr(GError) error = NULL;
      CareplanOrderedPool *pool = careplan_ordered_pool_new (n_threads[t], 0, pool_work, pool_done,
                                                             pool_discard, run);

      for (guint i = 1; i <= POOL_ITEMS; i++)
        assert_true (careplan_ordered_pool_push (pool, GUINT_TO_POINTER (i), &error));
      assert_true (careplan_ordered_pool_finish (pool, &error));
      careplan_ordered_pool_free (pool);

      assert_int_equal (run->n_done, POOL_ITEMS);
      assert_int_equal (run->out_of_order, 0);
      assert_int_equal (run->wrong_results, 0);
      for (guint i = 0; i < POOL_ITEMS; i++)
        {
          assert_int_equal (g_atomic_int_get (&run->discarded[i]), 1);
          assert_int_equal (g_atomic_int_get (&run->discarded_worked[i]), 1);
        }
    }
}

/* A done function that fails on item 37 (in the middle of the third
 * batch of sixteen) is called for no item after it; the push that sees the
 * failure and every later one return FALSE, and still every item is freed
 * once. */
static void
ordered_pool_stops_at_a_failure (void **state)
{
  static const guint n_threads[] = { 1, 2, 4 };

  for (guint t = 0; t < G_N_ELEMENTS (n_threads); t++)
    {
      g_autofree PoolRun *run = g_new0 (PoolRun, 1);
      g_autoptr(GError) error = NULL;
      CareplanOrderedPool *pool = careplan_ordered_pool_new (n_threads[t], 0, pool_work, pool_done,
                                                             pool_discard, run);
      guint refused = 0;

      run->fail_at = 37;
      for (guint i = 1; i <= POOL_ITEMS; i++)
        if (!careplan_ordered_pool_push (pool, GUINT_TO_POINTER (i), error == NULL ? &error : NULL))
          refused++;
      assert_true (refused > 0);
      assert_true (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE));
      assert_false (careplan_ordered_pool_finish (pool, NULL));
      careplan_ordered_pool_free (pool);

      assert_int_equal (run->n_done, 37);
      assert_int_equal (run->out_of_order, 0);
      for (guint i = 0; i < POOL_ITEMS; i++)
        assert_int_equal (g_atomic_int_get (&run->discarded[i]), 1);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (different_children_from_four_threads),
    cmocka_unit_test (same_child_from_several_threads),
    cmocka_unit_test (whole_cohort_from_four_threads),
    cmocka_unit_test (caseload_on_several_threads),
    cmocka_unit_test (measures_on_several_threads),
    cmocka_unit_test (spooled_items_from_four_threads),
    cmocka_unit_test (messages_first_read_from_four_threads),
    cmocka_unit_test (ordered_pool_keeps_order),
    cmocka_unit_test (ordered_pool_stops_at_a_failure),
  };

  /* A pool's threads end with it, and the next pool starts new ones: a
   * thread GLib kept from an earlier pool would be handed work through
   * GLib's own futexes, which ThreadSanitizer cannot see. */
  g_thread_pool_set_max_unused_threads (0);

  return cmocka_run_group_tests_name ("threads", tests, setup, teardown);
}
