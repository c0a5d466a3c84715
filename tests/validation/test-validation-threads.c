/* test-validation-threads.c: the validator's two threads, and validators
 * on several threads at once (run under ThreadSanitizer by
 * build-aux/test.sh)
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include <glib/gstdio.h>

#include "careplan-validation.h"

#define N_CHILDREN 2500

static char *
write_return (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) header = g_string_new ("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
  g_autoptr(GString) episodes = g_string_new ("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
                                              "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");
  char *dir = g_dir_make_tmp ("careplan-validation-XXXXXX", &error);
  g_autofree char *header_path = NULL;
  g_autofree char *episodes_path = NULL;

  g_assert_no_error (error);
  for (int i = 0; i < N_CHILDREN; i++)
    {
      /* Every third child has an invalid ethnicity (103). */
      g_string_append_printf (header, "%05d,M,01/06/2012,%s,A123456789012,,\n", i, i % 3 == 0 ? "XXXX" : "WBRI");
      g_string_append_printf (episodes, "%05d,01/05/2025,S,C2,N1,U1,PR1,,,,EX1 1AA,EX2 2BB,SC123456\n", i);
    }
  header_path = g_build_filename (dir, "header.csv", NULL);
  episodes_path = g_build_filename (dir, "episodes.csv", NULL);
  g_file_set_contents (header_path, header->str, -1, &error);
  g_assert_no_error (error);
  g_file_set_contents (episodes_path, episodes->str, -1, &error);
  g_assert_no_error (error);
  return dir;
}

static void
remove_return (const char *dir)
{
  g_autofree char *header_path = g_build_filename (dir, "header.csv", NULL);
  g_autofree char *episodes_path = g_build_filename (dir, "episodes.csv", NULL);

  g_unlink (header_path);
  g_unlink (episodes_path);
  g_rmdir (dir);
}

static guint
count_103 (const char *dir)
{
  g_autoptr(CareplanSsda903Validator) validator = careplan_ssda903_validator_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) issues = NULL;
  guint n = 0;

  careplan_ssda903_validator_set_collection_year (validator, 2026);
  issues = careplan_ssda903_validator_validate (validator, dir, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (issues); i++)
    {
      g_autoptr(CareplanValidationIssue) issue = g_list_model_get_item (issues, i);
      if (g_str_equal (careplan_validation_issue_get_code (issue), "103"))
        n++;
    }
  return n;
}

static gpointer
validate_thread (gpointer data)
{
  return GUINT_TO_POINTER (count_103 (data));
}

static void
test_two_threads (void **state)
{
  g_autofree char *dir = write_return ();

  assert_int_equal (count_103 (dir), (N_CHILDREN + 2) / 3);
  remove_return (dir);
}

static void
test_validators_in_parallel (void **state)
{
  g_autofree char *dir = write_return ();
  GThread *threads[3];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("validate", validate_thread, dir);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    assert_int_equal (GPOINTER_TO_UINT (g_thread_join (threads[i])), (N_CHILDREN + 2) / 3);
  remove_return (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_two_threads),
    cmocka_unit_test (test_validators_in_parallel),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
