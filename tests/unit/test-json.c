/* test-json.c: careplan's one strict, streaming JSON reader
 *
 * The grammar (RFC 8259 and nothing else), every refusal's position and
 * field path, the limits, and the record reader's "for each child" API
 * (careplan_record_read_each, careplan_record_foreach_file/_stream): one
 * child at a time, across 64 KiB block boundaries, a bad child reported
 * and the next still read, "format" checked before any child is given.
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

#include <glib/gstdio.h>
#include <unistd.h>

#include "careplan.h"
#include "careplan-json-private.h"
#include "careplan-record-stream-private.h"

/* --- the grammar ------------------------------------------------------- */

typedef struct
{
  const char *text;
  const char *message;   /* NULL: accepted */
  gsize       length;    /* 0: strlen (text); for texts holding a NUL */
} Case;

static const Case grammar[] = {
  { "{\"a\": [1, -0.5e3, true, false, null, \"x\\u00e9\\ud83d\\ude00\"]}", NULL },
  { "\xef\xbb\xbf{}", NULL },
  { " \r\n\t[]\r\n", NULL },
  { "\"just a string\"", NULL },
  { "{'a': 1}", "t.json:1:2: expected a member name in double quotes, got “'” (JSON strings are written in double quotes)" },
  { "{\"a\": 'x'}", "t.json:1:7: a: “'” where a value should be (JSON strings are written in double quotes)" },
  { "{\"a\": 1 /* c */}", "t.json:1:9: a: expected “,” or “}”, got “/” (JSON has no comments)" },
  { "{\"a\": 1, }", "t.json:1:10: a: “}” after a comma (JSON allows no trailing comma)" },
  { "[1, 2, ]", "t.json:1:8: [2]: “]” where a value should be (a trailing comma?)" },
  { "{\"a\": 1, \"a\": 2}", "t.json:1:10: a: given twice in one object (first at line 1, column 2; JSON keeps only one of them)" },
  { "{\"a\": \"x\\u0000y\"}", "t.json:1:9: a: a string holds \\u0000 (a NUL character), which would cut it short" },
  { "{\"a\": \"\\ud800x\"}", "t.json:1:8: a: a string holds a lone UTF-16 surrogate escape, which is not text" },
  { "{\"a\": \"\\udc00\"}", "t.json:1:8: a: a string holds a lone UTF-16 surrogate escape, which is not text" },
  { "{\"a\": \"\xc0\xaf\"}", "t.json:1:8: a: not UTF-8 text" },
  { "{\"a\": \"\xed\xa0\x80\"}", "t.json:1:8: a: not UTF-8 text" },
  { "{\"a\": \"x\ty\"}", "t.json:1:9: a: the control character \\x09 inside a string (write it as a \\u escape)" },
  { "{\"a\": 01}", "t.json:1:7: a: “01” is not a JSON number" },
  { "{\"a\": 1.}", "t.json:1:7: a: “1.” is not a JSON number" },
  { "{\"a\": 99999999999999999999}", "t.json:1:7: a: the integer 99999999999999999999 is out of range (beyond 64 bits)" },
  { "{\"a\": tru}", "t.json:1:7: a: unexpected word “tru” (strings are written in double quotes)" },
  { "{\"a\": NaN}", "t.json:1:7: a: unexpected word “NaN” (strings are written in double quotes)" },
  { "{} {}", "t.json:1:4: more text after the end of the JSON value (a file holds one object)" },
  { "", "t.json:1:1: no JSON value (the file is empty or blank)" },
  { "\n\n", "t.json:1:1: no JSON value (the file is empty or blank)" },
  { "{\"a\": [1,\n  {\"b\": ", "t.json:2:9: a[1].b: the text ends where a value should be (is the file cut short?)" },
  { "{\"a\": \"abc", "t.json:1:7: a: the text ends inside this string (no closing quote)" },
  { "{\"a\": \"x\x00\"}", "t.json:1:9: a: a NUL byte inside a string (write it as a \\u escape)", 11 },
  { "\x00", "t.json:1:1: a NUL byte where a value should be", 1 },
};

static void
test_grammar (void **state)
{
  for (guint i = 0; i < G_N_ELEMENTS (grammar); i++)
    {
      const Case *c = &grammar[i];
      gsize length = c->length > 0 ? c->length : strlen (c->text);
      g_autoptr(GError) error = NULL;
      g_autoptr(CareplanJsonDocument) document = NULL;

      document = careplan_json_document_parse ("t.json", c->text, length, &error);
      if (c->message == NULL)
        {
          if (document == NULL)
            fail_msg ("case %u refused: %s", i, error->message);
          continue;
        }
      if (document != NULL)
        fail_msg ("case %u accepted: %s", i, c->text);
      if (!g_str_equal (error->message, c->message))
        fail_msg ("case %u: “%s”, not “%s”", i, error->message, c->message);
    }
}

static void
test_limits_without_recursion (void **state)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) ok = g_string_new (NULL);
  g_autoptr(GString) long_string = g_string_new ("\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanJsonDocument) document = NULL;

  /* 200,000 levels: refused at level 513, with no stack to overflow. */
  for (guint i = 0; i < 200000; i++)
    g_string_append_c (deep, '[');
  document = careplan_json_document_parse ("deep.json", deep->str, deep->len, &error);
  assert_null (document);
  assert_true (g_str_has_prefix (error->message, "deep.json:1:513: [0][0]"));
  assert_non_null (strstr (error->message, "…"));   /* the path is cut */
  assert_non_null (strstr (error->message, "nested more than 512 levels deep"));
  assert_true (strlen (error->message) < 400);
  g_clear_error (&error);

  for (guint i = 0; i < 512; i++)
    g_string_append_c (ok, '[');
  for (guint i = 0; i < 512; i++)
    g_string_append_c (ok, ']');
  document = careplan_json_document_parse ("ok.json", ok->str, ok->len, &error);
  assert_non_null (document);
  g_clear_pointer (&document, careplan_json_document_free);

  for (guint i = 0; i < CAREPLAN_JSON_MAX_STRING_BYTES + 1; i++)
    g_string_append_c (long_string, 'x');
  g_string_append_c (long_string, '"');
  document = careplan_json_document_parse ("long.json", long_string->str, long_string->len, &error);
  assert_null (document);
  assert_string_equal (error->message, "long.json:1:1: a string longer than 1048576 bytes (the most careplan reads)");
}

static void
test_positions_of_nodes (void **state)
{
  const char *text = "{\n  \"a\": [1,\n        {\"b\": \"x\"}]\n}";
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanJsonDocument) document = careplan_json_document_parse ("p.json", text, strlen (text), &error);
  JsonNode *a = json_object_get_member (json_node_get_object (careplan_json_document_get_root (document)), "a");
  JsonNode *b_object = json_array_get_element (json_node_get_array (a), 1);
  JsonNode *b = json_object_get_member (json_node_get_object (b_object), "b");
  guint line, column;

  careplan_json_document_locate (document, a, &line, &column);
  assert_int_equal (line, 2);
  assert_int_equal (column, 8);
  careplan_json_document_locate (document, b_object, &line, &column);
  assert_int_equal (line, 3);
  assert_int_equal (column, 9);
  careplan_json_document_locate (document, b, &line, &column);
  assert_int_equal (line, 3);
  assert_int_equal (column, 15);
}

/* --- for each child ------------------------------------------------------ */

typedef struct
{
  GPtrArray *ids;
  GPtrArray *problems;
  guint      stop_after;
} Seen;

static gboolean
on_child (CareplanChild  *child,
          gpointer        user_data,
          GError        **error)
{
  Seen *seen = user_data;

  g_ptr_array_add (seen->ids, g_strdup (careplan_child_get_id (child)));
  return TRUE;
}

static void
on_problem (CareplanProblem *problem,
            gpointer         user_data)
{
  Seen *seen = user_data;

  g_ptr_array_add (seen->problems, g_strdup (careplan_problem_get_message (problem)));
}

static gboolean
read_each (const char  *text,
           gboolean     keep_going,
           Seen        *seen,
           GError     **error)
{
  g_autoptr(CareplanJsonReader) reader =
    careplan_json_reader_new_for_data ("f.json", text, strlen (text), CAREPLAN_ERROR_INVALID_JSON);

  seen->ids = g_ptr_array_new_with_free_func (g_free);
  seen->problems = g_ptr_array_new_with_free_func (g_free);
  return careplan_record_read_each (reader, keep_going, on_child, on_problem, seen, NULL, error);
}

static void
seen_clear (Seen *seen)
{
  g_clear_pointer (&seen->ids, g_ptr_array_unref);
  g_clear_pointer (&seen->problems, g_ptr_array_unref);
}

static void
test_a_bad_child_does_not_hide_the_others (void **state)
{
  const char *text =
    "{\"format\": \"careplan-record/1\", \"children\": [\n"
    "  {\"id\": \"A\"},\n"
    "  {\"id\": \"B\", \"date_of_birth\": \"2014-02-31\"},\n"
    "  {\"id\": \"A\"},\n"
    "  {\"id\": \"C\"}\n"
    "]}";
  Seen seen = { 0 };
  g_autoptr(GError) error = NULL;

  assert_true (read_each (text, TRUE, &seen, &error));
  assert_int_equal (seen.ids->len, 2);
  assert_string_equal (g_ptr_array_index (seen.ids, 0), "A");
  assert_string_equal (g_ptr_array_index (seen.ids, 1), "C");
  assert_int_equal (seen.problems->len, 2);
  assert_non_null (strstr (g_ptr_array_index (seen.problems, 0), "f.json:3:"));
  assert_non_null (strstr (g_ptr_array_index (seen.problems, 0), "children[1].date_of_birth"));
  assert_non_null (strstr (g_ptr_array_index (seen.problems, 1),
                           "children[2].id: duplicate child id “A” (first at line 2, column 10)"));
  seen_clear (&seen);

  /* Without keep-going the first bad child fails the read. */
  assert_false (read_each (text, FALSE, &seen, &error));
  assert_non_null (strstr (error->message, "children[1].date_of_birth"));
  seen_clear (&seen);
}

static void
test_format_is_checked_before_any_child (void **state)
{
  const char *late_bad = "{\"children\": [{\"id\": \"A\"}], \"format\": \"careplan-record/9\"}";
  const char *late_good = "{\"children\": [{\"id\": \"A\"}, {\"id\": \"B\"}], \"format\": \"careplan-record/1\"}";
  const char *no_format = "{\"children\": [{\"id\": \"A\"}]}";
  Seen seen = { 0 };
  g_autoptr(GError) error = NULL;

  assert_false (read_each (late_bad, TRUE, &seen, &error));
  assert_int_equal (seen.ids->len, 0);
  assert_string_equal (error->message,
                       "f.json:1:39: format: unknown format “careplan-record/9” (expected “careplan-record/1”)");
  seen_clear (&seen);
  g_clear_error (&error);

  assert_true (read_each (late_good, TRUE, &seen, &error));
  assert_int_equal (seen.ids->len, 2);
  seen_clear (&seen);

  assert_false (read_each (no_format, TRUE, &seen, &error));
  assert_int_equal (seen.ids->len, 0);
  assert_non_null (strstr (error->message, "f.json:1:1: format: missing"));
  seen_clear (&seen);
}

static gboolean
count_and_stop (CareplanChild *child,
                gpointer       user_data)
{
  guint *count = user_data;

  return ++*count < 3;
}

static gboolean
collect_id (CareplanChild *child,
            gpointer       user_data)
{
  g_ptr_array_add (user_data, g_strdup (careplan_child_get_id (child)));
  return TRUE;
}

/* A file of many children crosses the reader's 64 KiB blocks inside
 * strings, numbers, escapes and member names: streaming it gives what
 * reading it whole gives, and the caller may stop part-way. */
static void
test_streaming_agrees_with_the_whole_file (void **state)
{
  g_autoptr(GString) text = g_string_new ("{\"format\": \"careplan-record/1\", \"children\": [");
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) whole = NULL;
  g_autoptr(GListModel) problems = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GInputStream) stream = NULL;
  guint count = 0;
  int fd;

  for (guint i = 0; i < 2000; i++)
    g_string_append_printf (text, "%s{\"id\": \"C-%04u-\\u00e9\\ud83d\\ude00\", \"date_of_birth\": \"2014-03-09\", "
                            "\"x_note\": \"%*s\", \"x_n\": %u.%u}",
                            i > 0 ? ",\n" : "", i, (int) (i % 97), "", i, i % 10);
  g_string_append (text, "]}\n");
  assert_true (text->len > 3 * 65536);

  fd = g_file_open_tmp ("careplan-json-XXXXXX.json", &path, &error);
  assert_true (fd >= 0);
  g_close (fd, NULL);
  assert_true (g_file_set_contents (path, text->str, (gssize) text->len, &error));

  whole = careplan_record_load_data (text->str, (gssize) text->len, "whole", &error);
  assert_non_null (whole);
  assert_true (careplan_record_foreach_file (path, FALSE, collect_id, ids, &problems, &error));
  assert_int_equal (ids->len, g_list_model_get_n_items (whole));
  assert_int_equal (g_list_model_get_n_items (problems), 0);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(CareplanChild) child = g_list_model_get_item (whole, i);

      assert_string_equal (g_ptr_array_index (ids, i), careplan_child_get_id (child));
    }

  /* The same from a stream; stopping after three children is no error. */
  stream = g_memory_input_stream_new_from_data (text->str, (gssize) text->len, NULL);
  assert_true (careplan_record_foreach_stream (stream, "stream", TRUE, count_and_stop, &count,
                                               NULL, NULL, &error));
  assert_int_equal (count, 3);

  g_unlink (path);
}

static void
test_only_regular_files_and_a_size_limit (void **state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CareplanJsonReader) reader = NULL;
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GInputStream) zeros = NULL;
  g_autofree guint8 *zero_bytes = g_malloc0 (1024);
  guint count = 0;

  reader = careplan_json_reader_new_for_path ("/dev/zero", 1024, CAREPLAN_ERROR_INVALID_JSON, &error);
  assert_null (reader);
  assert_string_equal (error->message,
                       "/dev/zero: cannot read: a character device (careplan reads regular files only)");
  g_clear_error (&error);

  children = careplan_record_load_file ("/dev/null", &error);
  assert_null (children);
  assert_true (g_error_matches (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO));
  g_clear_error (&error);

  /* A stream of zeros fails at its first byte, not when memory runs out. */
  zeros = g_memory_input_stream_new_from_data (g_steal_pointer (&zero_bytes), 1024, g_free);
  assert_false (careplan_record_foreach_stream (zeros, "<stdin>", FALSE, count_and_stop, &count,
                                                NULL, NULL, &error));
  assert_string_equal (error->message, "<stdin>:1:1: a NUL byte where a value should be");
}

/* A file read child by child holds one child, so it may be bigger than a
 * file loaded whole (1 GiB): a sparse file of 1.5 GiB whose first child is
 * good is read up to the end of that child's text, where it fails on its
 * first NUL byte, not on its size; loaded whole it is refused unread. */
static void
test_a_file_read_child_by_child_may_pass_1_gib (void **state)
{
  const char *head = "{\"format\": \"careplan-record/1\", \"children\": [{\"id\": \"BIG-1\", "
                     "\"date_of_birth\": \"2014-03-09\"},\n";
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) whole = NULL;
  int fd;

  fd = g_file_open_tmp ("careplan-json-XXXXXX.json", &path, &error);
  assert_true (fd >= 0);
  assert_int_equal (write (fd, head, strlen (head)), (gssize) strlen (head));
  /* Sparse: no disk is used for the zeros. */
  assert_int_equal (ftruncate (fd, (off_t) 3 << 29), 0);
  g_close (fd, NULL);

  assert_false (careplan_record_foreach_file (path, FALSE, collect_id, ids, NULL, &error));
  assert_int_equal (ids->len, 1);
  assert_string_equal (g_ptr_array_index (ids, 0), "BIG-1");
  assert_non_null (strstr (error->message, ":2:1: children[1]: a NUL byte"));
  assert_null (strstr (error->message, "too big"));
  g_clear_error (&error);

  whole = careplan_record_load_file (path, &error);
  assert_null (whole);
  assert_non_null (strstr (error->message, "too big to read (1.5"));

  g_unlink (path);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_grammar),
    cmocka_unit_test (test_limits_without_recursion),
    cmocka_unit_test (test_positions_of_nodes),
    cmocka_unit_test (test_a_bad_child_does_not_hide_the_others),
    cmocka_unit_test (test_format_is_checked_before_any_child),
    cmocka_unit_test (test_streaming_agrees_with_the_whole_file),
    cmocka_unit_test (test_only_regular_files_and_a_size_limit),
    cmocka_unit_test (test_a_file_read_child_by_child_may_pass_1_gib),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
