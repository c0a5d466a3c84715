/* check-child.c: print what is overdue or due for children in care
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 *
 * Usage: check-child FILE-OR-DIRECTORY...
 * Build: cc check-child.c $(pkg-config --cflags --libs careplan-1)
 *
 * Loads careplan JSON records (a directory means its *.json files, in
 * name order), evaluates England's default rulebook at a fixed as-of date
 * and prints each overdue or due finding with its citation.
 * examples/check_child.py and examples/check-child.js print the same.
 */

#include <careplan.h>

/* Fixed so that the output can be compared; a real tool would use today. */
#define AS_OF_YEAR  2025
#define AS_OF_MONTH 6
#define AS_OF_DAY   30

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
load_file (const char  *path,
           GListStore  *children,
           GError     **error)
{
  g_autoptr(GListModel) loaded = careplan_record_load_file (path, error);
  guint i;

  if (loaded == NULL)
    return FALSE;
  for (i = 0; i < g_list_model_get_n_items (loaded); i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (loaded, i);
      g_list_store_append (children, child);
    }
  return TRUE;
}

static gboolean
load_path (const char  *path,
           GListStore  *children,
           GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) files = NULL;
  const char *name;
  guint i;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return load_file (path, children, error);

  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return FALSE;
  files = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (files, g_build_filename (path, name, NULL));
  g_ptr_array_sort (files, compare_names);

  for (i = 0; i < files->len; i++)
    if (!load_file (g_ptr_array_index (files, i), children, error))
      return FALSE;
  return TRUE;
}

static void
print_finding (CareplanFinding *finding)
{
  CareplanRule *rule = careplan_finding_get_rule (finding);
  char due[CAREPLAN_DATE_ISO_LENGTH];
  int days_late = careplan_finding_get_days_late (finding);

  careplan_date_format_iso (careplan_finding_get_due (finding), due);
  g_print ("%s %s %s: due %s",
           careplan_finding_get_child_id (finding),
           careplan_finding_status_to_string (careplan_finding_get_status (finding)),
           careplan_finding_get_rule_id (finding),
           due);
  if (days_late != CAREPLAN_FINDING_NO_DAYS_LATE)
    g_print (", %d days late", days_late);
  g_print ("\n    %s, %s\n    %s\n",
           careplan_rule_get_instrument (rule),
           careplan_rule_get_provision (rule),
           careplan_rule_get_url (rule));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GListStore) children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  /* NULL, NULL: England's default rulebook and the built-in calendar. */
  g_autoptr(CareplanEngine) engine = careplan_engine_new (NULL, NULL);
  g_autoptr(GListModel) findings = NULL;
  g_autoptr(GError) error = NULL;
  CareplanDate as_of = careplan_date_new (AS_OF_YEAR, AS_OF_MONTH, AS_OF_DAY);
  char as_of_iso[CAREPLAN_DATE_ISO_LENGTH];
  guint n_overdue = 0;
  guint n_due = 0;
  guint i;
  int arg;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE-OR-DIRECTORY...\n", argv[0]);
      return 2;
    }

  for (arg = 1; arg < argc; arg++)
    if (!load_path (argv[arg], children, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }

  findings = careplan_engine_evaluate_all (engine, G_LIST_MODEL (children), as_of, &error);
  if (findings == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  for (i = 0; i < g_list_model_get_n_items (findings); i++)
    {
      g_autoptr(CareplanFinding) finding = g_list_model_get_item (findings, i);

      switch (careplan_finding_get_status (finding))
        {
        case CAREPLAN_FINDING_STATUS_OVERDUE:
          n_overdue++;
          print_finding (finding);
          break;
        case CAREPLAN_FINDING_STATUS_DUE:
          n_due++;
          print_finding (finding);
          break;
        default:
          break;
        }
    }

  careplan_date_format_iso (as_of, as_of_iso);
  g_print ("%u overdue, %u due (as of %s, %u children)\n",
           n_overdue, n_due, as_of_iso,
           g_list_model_get_n_items (G_LIST_MODEL (children)));
  return 0;
}
