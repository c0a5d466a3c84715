/* careplan-serve.c: `careplan serve`, the library as a local HTTP/JSON service
 *
 * For the stacks that cannot link a C library (.NET, Java, a web front
 * end): the same jobs as the command line, over HTTP on libsoup 3, with the
 * same JSON.
 *
 *   GET  /v1/health            liveness, version
 *   GET  /v1/rules             the rulebook (as `careplan rules --format json`)
 *   GET  /v1/rules/{id}        one rule
 *   GET  /v1/openapi.json      the OpenAPI 3 description of all this
 *   POST /v1/check             records in, findings out (as `check --format json`)
 *   POST /v1/due               the deadlines to come (as `due --format json`)
 *   POST /v1/measures          the cohort measures (as `measures --format json`)
 *   POST /v1/validate          an SSDA903 return's CSV files in, the DfE's
 *                              validation out (as `validate --format json`)
 *   POST /v1/check-plan        plan documents in, their elements and cross-checks
 *                              out (as `check-plan --format json`)
 *
 * Safe by default:
 * - it listens on 127.0.0.1 unless told otherwise, and refuses to run
 *   without a bearer token (from a file) unless --no-auth is given, which
 *   is itself refused on anything but a loopback address;
 * - a request body must say its length, which is limited (413 above it,
 *   411 without it), and must be JSON; an evaluation is limited in time
 *   (503 past it, the work cancelled between children);
 * - evaluation runs on GLib's thread pool, so a slow request does not hold
 *   up the others; the main thread only routes and answers;
 * - the log says method, route, status, children, bytes and milliseconds,
 *   never a request's content (records are children's personal data);
 * - SIGTERM or SIGINT stops listening, lets the requests in flight finish,
 *   and exits 0.
 *
 * Errors are RFC 9457 problem details (application/problem+json) with,
 * for bad input, the line and column in the request body and the field.
 * A body is read once by the library's one strict JSON reader
 * (careplan-serve-envelope.c), and the documents in it by the library's
 * readers, as the same documents in files would be.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-commands.h"
#include "careplan-serve-private.h"
#include "careplan-tool.h"

#include <errno.h>
#include <glib-unix.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>

#define SERVE_SYNOPSIS "[--listen ADDR:PORT] (--token-file FILE | --no-auth) [OPTION…]"
#define DEFAULT_LISTEN "127.0.0.1:8080"
#define DEFAULT_MAX_BODY (32 * 1024 * 1024)
#define DEFAULT_TIMEOUT 60
#define MIN_TOKEN_LENGTH 16
#define PROBLEM_BASE "https://careplan.invalid/problems/"

static const char serve_description[] =
  "Serves the library over HTTP/JSON for other stacks:\n"
  "  GET  /v1/health, /v1/rules, /v1/rules/{id}, /v1/openapi.json\n"
  "  POST /v1/check, /v1/due, /v1/measures, /v1/validate, /v1/check-plan\n"
  "A POST body is one JSON object: \"records\" (a careplan-record/1 document or\n"
  "one child), \"as_of\" (YYYY-MM-DD; default today), \"policy\" (a\n"
  "careplan-policy/1 document), and for /v1/due \"within\" (days), for\n"
  "/v1/measures \"year\" (the collection year ending 31 March YYYY).\n"
  "/v1/validate takes \"files\" (file name -> CSV text, or an array of pieces\n"
  "of it), \"year\" and \"previous\" and \"reference\" (the same shape);\n"
  "/v1/check-plan \"plans\" (a careplan-plan/1 document or an array of them),\n"
  "\"records\" (optional), \"as_of\" and \"strict_unconfirmed\".\n"
  "The answers are the JSON of check, due, measures, validate and check-plan;\n"
  "errors are RFC 9457 problem details with the line and column in the body\n"
  "and the field.\n"
  "\n"
  "Every request needs 'Authorization: Bearer TOKEN' with the token in\n"
  "--token-file (at least 16 characters, surrounding white space ignored).\n"
  "--no-auth turns that off, and is refused unless the address is loopback.\n"
  "It listens on " DEFAULT_LISTEN " by default; port 0 picks a free port.\n"
  "The first line on standard output says where it listens.\n"
  "The log on standard error holds method, route, status, number of\n"
  "children, bytes and milliseconds: never what a request holds.\n"
  "SIGTERM or SIGINT: stop listening, finish the requests in flight, exit 0.";

typedef struct
{
  SoupServer       *server;
  GMainLoop        *loop;
  CareplanCalendar *calendar;
  char             *token;          /* NULL: --no-auth */
  char             *rules_json;     /* GET /v1/rules, built once */
  GHashTable       *rule_json;      /* id → one rule's JSON */
  GBytes           *openapi;
  gsize             max_body;
  guint             timeout_seconds;
  guint             in_flight;
  gboolean          quitting;
} Service;

typedef enum
{
  JOB_CHECK,
  JOB_DUE,
  JOB_MEASURES,
  JOB_VALIDATE,
  JOB_CHECK_PLAN,
} JobKind;

typedef struct
{
  Service           *service;
  SoupServerMessage *msg;
  JobKind            kind;
  char              *route;
  GBytes            *body;
  GCancellable      *cancellable;
  gint64             started;
  guint              timeout_id;
  gboolean           answered;

  /* Set by the worker. */
  guint              status;
  const char        *content_type;
  GBytes            *response;
  guint              n_children;
} Job;

/* Logging ----------------------------------------------------------------- */

static void
log_request (const char *method,
             const char *route,
             guint       status,
             guint       n_children,
             gsize       bytes,
             gint64      started)
{
  double ms = (double) (g_get_monotonic_time () - started) / 1000.0;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);

  /* The route is the path we matched, never the query or the body. */
  g_printerr ("%s careplan serve: %s %s %u children=%u bytes=%" G_GSIZE_FORMAT " ms=%.1f\n",
              stamp, method, route, status, n_children, bytes, ms);
}

/* Answers ----------------------------------------------------------------- */

static GBytes *
problem_bytes (guint       status,
               const char *type,
               const char *title,
               const char *detail,
               guint       line,
               guint       column,
               const char *field)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *type_uri = g_strconcat (PROBLEM_BASE, type, NULL);
  char *text;
  gsize length;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "type");
  json_builder_add_string_value (builder, type_uri);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  json_builder_set_member_name (builder, "status");
  json_builder_add_int_value (builder, status);
  if (detail != NULL)
    {
      json_builder_set_member_name (builder, "detail");
      json_builder_add_string_value (builder, detail);
    }
  if (line > 0)
    {
      json_builder_set_member_name (builder, "line");
      json_builder_add_int_value (builder, line);
      json_builder_set_member_name (builder, "column");
      json_builder_add_int_value (builder, column);
    }
  if (field != NULL && *field != '\0')
    {
      json_builder_set_member_name (builder, "field");
      json_builder_add_string_value (builder, field);
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *content_type,
         GBytes            *body)
{
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (msg);

  soup_message_headers_replace (headers, "Cache-Control", "no-store");
  soup_message_headers_replace (headers, "X-Content-Type-Options", "nosniff");
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (body, &size);

      soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, data, size);
    }
}

static void
respond_problem (SoupServerMessage *msg,
                 guint              status,
                 const char        *type,
                 const char        *title,
                 const char        *detail)
{
  g_autoptr(GBytes) body = problem_bytes (status, type, title, detail, 0, 0, NULL);

  respond (msg, status, "application/problem+json", body);
}

/* Turns a reader's "NAME:LINE:COLUMN: FIELD: message" into a problem with
 * the position in the request body. */
static GBytes *
problem_from_reader_error (CareplanServeEnvelope   *envelope,
                           const CareplanServeSpan *span,
                           const char              *member,
                           const char              *message)
{
  g_autofree char *prefix = g_strconcat (member, ":", NULL);
  guint line = 0, column = 0;
  g_autofree char *field = NULL;
  const char *rest = message;

  if (g_str_has_prefix (message, prefix))
    {
      char *end = NULL;
      guint64 l, c;

      rest = message + strlen (prefix);
      l = g_ascii_strtoull (rest, &end, 10);
      if (end != rest && *end == ':')
        {
          rest = end + 1;
          c = g_ascii_strtoull (rest, &end, 10);
          if (end != rest && *end == ':')
            {
              careplan_serve_envelope_position (envelope, span, (guint) l, (guint) c, &line, &column);
              rest = end + 1;
              while (*rest == ' ')
                rest++;
            }
        }
    }
  /* A field path is the words before the next ": " when they look like one. */
  {
    const char *colon = strstr (rest, ": ");

    if (colon != NULL && colon > rest && strspn (rest, "abcdefghijklmnopqrstuvwxyz_[]0123456789.") == (gsize) (colon - rest))
      {
        g_autofree char *path = g_strndup (rest, colon - rest);

        field = g_strconcat (member, path[0] == '[' ? "" : ".", path, NULL);
      }
  }
  {
    g_autofree char *detail = g_strdup_printf ("%s: %s", member, rest);

    return problem_bytes (SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid-input", "The request's data is not valid",
                          detail, line, column, field != NULL ? field : member);
  }
}

/* The worker (a thread of GLib's pool) ------------------------------------ */

typedef struct
{
  const char    *as_of_text;
  CareplanDate   as_of;
} Dates;

static gboolean
job_fail (Job        *job,
          guint       status,
          GBytes     *problem)
{
  job->status = status;
  job->content_type = "application/problem+json";
  job->response = problem;
  return FALSE;
}

static gboolean
job_fail_envelope (Job                   *job,
                   CareplanServeEnvelope *envelope,
                   GError                *error)
{
  return job_fail (job, SOUP_STATUS_BAD_REQUEST,
                   problem_bytes (SOUP_STATUS_BAD_REQUEST, "invalid-request", "The request body is not valid",
                                  error->message, envelope->error_line, envelope->error_column, NULL));
}

static GBytes *
bad_request (const char *detail,
             const char *field)
{
  return problem_bytes (SOUP_STATUS_BAD_REQUEST, "invalid-request", "The request body is not valid",
                        detail, 0, 0, field);
}

/* POST /v1/validate ---------------------------------------------------------- */

/* Files of a return sent to /v1/validate: at most this many a folder, each
 * a plain name ending in .csv or .CSV (the names the validator reads). */
#define MAX_RETURN_FILES 64
#define MAX_FILE_NAME 64

static gboolean
is_return_file_name (const char *name)
{
  gsize length = strlen (name);

  if (length < 5 || length > MAX_FILE_NAME || !g_ascii_isalnum (name[0]) ||
      !(g_str_has_suffix (name, ".csv") || g_str_has_suffix (name, ".CSV")))
    return FALSE;
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isalnum (name[i]) && strchr ("._-", name[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* A problem at the reader's position (or @what at it), in member @name. */
static GBytes *
files_problem (CareplanServeEnvelope   *envelope,
               const CareplanServeSpan *span,
               const char              *name,
               CareplanJsonReader      *reader,
               GError                  *error,
               const char              *what)
{
  g_autofree char *message = NULL;

  if (error != NULL)
    return problem_from_reader_error (envelope, span, name, error->message);
  {
    guint line, column;

    careplan_json_reader_get_position (reader, &line, &column);
    message = g_strdup_printf ("%s:%u:%u: %s", name, line, column, what);
  }
  return problem_from_reader_error (envelope, span, name, message);
}

static gboolean
storage_failed (Job        *job,
                const char *detail)
{
  return job_fail (job, SOUP_STATUS_INTERNAL_SERVER_ERROR,
                   problem_bytes (SOUP_STATUS_INTERNAL_SERVER_ERROR, "internal",
                                  "The return could not be stored for validation", detail, 0, 0, NULL));
}

/* Writes member @name of the body ({"NAME.csv": "text" | ["piece", …], …})
 * into a new folder @dir (0700) as files (0600).  The text of a file may come in pieces, each
 * a JSON string, because the JSON reader takes strings of 1 MiB at most. */
static gboolean
write_return_files (Job                   *job,
                    CareplanServeEnvelope *envelope,
                    const char            *name,
                    const char            *dir)
{
  const CareplanServeSpan *span = careplan_serve_envelope_get (envelope, name);
  g_autoptr(CareplanJsonReader) reader = careplan_serve_envelope_read_span (envelope, span, name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  CareplanJsonEvent event;
  guint n_files = 0;

  if (g_mkdir (dir, 0700) != 0)
    return storage_failed (job, g_strerror (errno));
  if (!careplan_json_reader_next (reader, &event, &error) || event != CAREPLAN_JSON_EVENT_OBJECT_START)
    return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                     files_problem (envelope, span, name, reader, error,
                                    "expected an object of file name → CSV text"));
  for (;;)
    {
      g_autoptr(GString) text = NULL;
      g_autofree char *file_name = NULL;
      g_autofree char *path = NULL;

      if (!careplan_json_reader_next (reader, &event, &error))
        return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                         files_problem (envelope, span, name, reader, error, NULL));
      if (event == CAREPLAN_JSON_EVENT_OBJECT_END)
        break;
      file_name = g_strdup (careplan_json_reader_get_key (reader));
      if (!is_return_file_name (file_name))
        return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                         files_problem (envelope, span, name, reader, NULL,
                                        "a file name is a plain name ending in .csv or .CSV (letters, "
                                        "digits, '.', '_' and '-', 64 characters at most)"));
      /* Names that differ only in case would be one file on some systems. */
      if (!g_hash_table_add (seen, g_ascii_strdown (file_name, -1)))
        return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                         files_problem (envelope, span, name, reader, NULL,
                                        "a second file of this name (names are compared without case)"));
      if (++n_files > MAX_RETURN_FILES)
        return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                         files_problem (envelope, span, name, reader, NULL,
                                        "more than 64 files (a return has twelve tables)"));

      text = g_string_new (NULL);
      if (!careplan_json_reader_next (reader, &event, &error))
        return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                         files_problem (envelope, span, name, reader, error, NULL));
      if (event == CAREPLAN_JSON_EVENT_ARRAY_START)
        {
          for (;;)
            {
              JsonNode *piece;

              if (!careplan_json_reader_next (reader, &event, &error))
                return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                                 files_problem (envelope, span, name, reader, error, NULL));
              if (event == CAREPLAN_JSON_EVENT_ARRAY_END)
                break;
              piece = event == CAREPLAN_JSON_EVENT_SCALAR ? careplan_json_reader_get_scalar (reader) : NULL;
              if (piece == NULL || json_node_get_value_type (piece) != G_TYPE_STRING)
                return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                                 files_problem (envelope, span, name, reader, NULL,
                                                "expected a string (a piece of the file's CSV text)"));
              g_string_append (text, json_node_get_string (piece));
            }
        }
      else if (event == CAREPLAN_JSON_EVENT_SCALAR &&
               json_node_get_value_type (careplan_json_reader_get_scalar (reader)) == G_TYPE_STRING)
        g_string_append (text, json_node_get_string (careplan_json_reader_get_scalar (reader)));
      else
        return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                         files_problem (envelope, span, name, reader, NULL,
                                        "expected the file's CSV text: a string or an array of strings"));

      path = g_build_filename (dir, file_name, NULL);
      if (!g_file_set_contents_full (path, text->str, (gssize) text->len,
                                     G_FILE_SET_CONTENTS_NONE, 0600, &error))
        return storage_failed (job, error->message);
    }
  if (n_files == 0)
    return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                     files_problem (envelope, span, name, reader, NULL, "no file"));
  return TRUE;
}

static void
remove_folder (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        remove_folder (path);
      else
        g_unlink (path);
    }
  g_rmdir (dir);
}

/* @text with every "@prefix" turned into what follows it: the private
 * folder's path leaves the answer, the file names sent stay. */
static char *
strip_prefix (const char *text,
              const char *prefix)
{
  g_auto(GStrv) parts = g_strsplit (text, prefix, -1);

  return g_strjoinv ("", parts);
}

static gboolean
run_validate (Job                   *job,
              CareplanServeEnvelope *envelope,
              int                    year)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *root = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *json_prefix = NULL;
  g_autoptr(CareplanSsda903Validator) validator = NULL;
  g_autoptr(GListModel) issues = NULL;
  g_autoptr(GListModel) skipped = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean ok = FALSE;

  if (careplan_serve_envelope_get (envelope, "files") == NULL)
    return job_fail (job, SOUP_STATUS_BAD_REQUEST,
                     bad_request ("the request has no \"files\" member (file name → CSV text)", "files"));

  /* The files go to a private folder (0700) for the time of the request. */
  root = g_dir_make_tmp ("careplan-serve-XXXXXX", &error);
  if (root == NULL)
    return storage_failed (job, error->message);
  dir = g_build_filename (root, "files", NULL);
  if (!write_return_files (job, envelope, "files", dir))
    goto out;
  if (careplan_serve_envelope_get (envelope, "previous") != NULL)
    {
      previous = g_build_filename (root, "previous", NULL);
      if (!write_return_files (job, envelope, "previous", previous))
        goto out;
    }
  if (careplan_serve_envelope_get (envelope, "reference") != NULL)
    {
      reference = g_build_filename (root, "reference", NULL);
      if (!write_return_files (job, envelope, "reference", reference))
        goto out;
    }

  validator = careplan_ssda903_validator_new ();
  careplan_ssda903_validator_set_collection_year (validator, year);
  careplan_ssda903_validator_set_previous_dir (validator, previous);
  careplan_ssda903_validator_set_reference_dir (validator, reference);
  issues = careplan_ssda903_validator_validate (validator, dir, &error);
  prefix = g_strconcat (root, G_DIR_SEPARATOR_S, NULL);
  if (issues == NULL)
    {
      /* "ROOT/files/header.csv:1: …" becomes "files/header.csv:1: …". */
      g_autofree char *detail = strip_prefix (error->message, prefix);

      job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                problem_bytes (SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid-input",
                               "The return cannot be read", detail, 0, 0, "files"));
      goto out;
    }
  job->n_children = 0;
  skipped = careplan_ssda903_validator_dup_skipped (validator);
  memory = g_memory_output_stream_new_resizable ();
  if (!careplan_validation_write (issues, skipped, careplan_ssda903_validator_get_year_used (validator),
                                  CAREPLAN_VALIDATION_FORMAT_JSON, memory, &error) ||
      !g_output_stream_close (memory, NULL, &error))
    {
      job_fail (job, SOUP_STATUS_INTERNAL_SERVER_ERROR,
                problem_bytes (SOUP_STATUS_INTERNAL_SERVER_ERROR, "internal", "The answer could not be written",
                               error->message, 0, 0, NULL));
      goto out;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));

  /* Issues name their file as "files/NAME.csv" (the member and the name
   * sent), not by the private folder's path: JSON-escaped, as written. */
  {
    g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);
    g_autofree char *quoted = NULL;
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    char *stripped;

    json_node_set_string (node, prefix);
    quoted = json_to_string (node, FALSE);
    json_prefix = g_strndup (quoted, strlen (quoted) - 1);   /* without the closing quote */
    stripped = strip_prefix (text, json_prefix + 1);
    job->status = SOUP_STATUS_OK;
    job->content_type = "application/json";
    job->response = g_bytes_new_take (stripped, strlen (stripped));
  }
  ok = TRUE;

out:
  remove_folder (root);
  return ok;
}

/* POST /v1/check-plan -------------------------------------------------------- */

static void
unref_child (gpointer child)
{
  if (child != NULL)
    g_object_unref (child);
}

static gboolean
run_check_plan (Job                   *job,
                CareplanServeEnvelope *envelope,
                CareplanDate           as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = careplan_serve_envelope_dup_elements (envelope, "plans");
  g_autoptr(GListStore) plans = g_list_store_new (CAREPLAN_TYPE_PLAN);
  g_autoptr(GHashTable) wanted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, unref_child);
  g_autoptr(GPtrArray) child_order = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GListModel) children = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(CareplanPlanWriter) writer = NULL;
  const CareplanServeSpan *records = careplan_serve_envelope_get (envelope, "records");
  gboolean is_array = spans != NULL && careplan_serve_envelope_get (envelope, "plans") != NULL &&
                      envelope->data[careplan_serve_envelope_get (envelope, "plans")->start] == '[';
  gboolean strict = FALSE;
  gboolean ok = TRUE;
  guint i, n;

  if (spans == NULL || spans->len == 0)
    return job_fail (job, SOUP_STATUS_BAD_REQUEST,
                     bad_request ("the request has no plan: \"plans\" is a careplan-plan/1 document or "
                                  "an array of them", "plans"));
  if (!careplan_serve_envelope_get_boolean (envelope, "strict_unconfirmed", &strict, &error))
    return job_fail_envelope (job, envelope, error);

  for (i = 0; i < spans->len; i++)
    {
      const CareplanServeSpan *span = &g_array_index (spans, CareplanServeSpan, i);
      g_autofree char *name = is_array ? g_strdup_printf ("plans[%u]", i) : g_strdup ("plans");
      g_autoptr(CareplanPlan) plan = careplan_plan_load_data (envelope->data + span->start,
                                                               (gssize) (span->end - span->start),
                                                               name, &error);
      const char *id;

      if (plan == NULL)
        return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                         problem_from_reader_error (envelope, span, name, error->message));
      id = careplan_plan_get_child_id (plan);
      if (!g_hash_table_contains (wanted, id))
        {
          g_hash_table_insert (wanted, g_strdup (id), NULL);
          g_ptr_array_add (child_order, g_strdup (id));
        }
      g_list_store_append (plans, plan);
    }
  job->n_children = child_order->len;

  /* The records, keeping the children the plans name (the first of an id). */
  if (records != NULL)
    {
      children = careplan_record_load_data (envelope->data + records->start, records->end - records->start,
                                            "records", &error);
      if (children == NULL)
        return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                         problem_from_reader_error (envelope, records, "records", error->message));
      n = g_list_model_get_n_items (children);
      for (i = 0; i < n; i++)
        {
          g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);
          const char *id = careplan_child_get_id (child);
          gpointer found = NULL;

          if (g_hash_table_lookup_extended (wanted, id, NULL, &found) && found == NULL)
            g_hash_table_insert (wanted, g_strdup (id), g_object_ref (child));
        }
    }

  memory = g_memory_output_stream_new_resizable ();
  writer = careplan_plan_writer_new (memory, CAREPLAN_FINDINGS_FORMAT_JSON, as_of);
  n = g_list_model_get_n_items (G_LIST_MODEL (plans));
  for (i = 0; ok && i < n; i++)
    {
      g_autoptr(CareplanPlan) plan = g_list_model_get_item (G_LIST_MODEL (plans), i);
      CareplanChild *child = g_hash_table_lookup (wanted, careplan_plan_get_child_id (plan));
      g_autoptr(GListModel) results =
        careplan_plan_check (plan, child, strict ? CAREPLAN_PLAN_CHECK_UNCONFIRMED_REQUIRED
                                                 : CAREPLAN_PLAN_CHECK_NONE);

      ok = careplan_plan_writer_write_plan (writer, plan, results, &error);
    }
  /* Cross-checks with the record, as `check-plan --record` makes them. */
  for (i = 0; ok && records != NULL && i < child_order->len; i++)
    {
      CareplanChild *child = g_hash_table_lookup (wanted, g_ptr_array_index (child_order, i));
      g_autoptr(GListModel) findings = NULL;

      if (child == NULL)
        continue;
      findings = careplan_plan_cross_check (G_LIST_MODEL (plans), child, job->service->calendar, as_of, &error);
      if (findings == NULL)
        {
          g_autofree char *detail = g_strdup_printf ("child %s: %s", careplan_child_get_id (child),
                                                     error->message);

          return job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                           problem_bytes (SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid-input",
                                          "A plan cannot be cross-checked", detail, 0, 0, "records"));
        }
      ok = careplan_plan_writer_write_findings (writer, findings, &error);
    }
  if (ok)
    ok = careplan_plan_writer_close (writer, &error);
  if (ok)
    ok = g_output_stream_close (memory, NULL, &error);
  if (!ok)
    return job_fail (job, SOUP_STATUS_INTERNAL_SERVER_ERROR,
                     problem_bytes (SOUP_STATUS_INTERNAL_SERVER_ERROR, "internal", "The answer could not be written",
                                    error->message, 0, 0, NULL));
  job->status = SOUP_STATUS_OK;
  job->content_type = "application/json";
  job->response = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  return TRUE;
}

static void
run_job (GTask        *task,
         gpointer      source_object,
         gpointer      task_data,
         GCancellable *cancellable)
{
  Job *job = task_data;
  g_auto(CareplanServeEnvelope) envelope = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) children = NULL;
  g_autoptr(CareplanRulebook) rulebook = careplan_rulebook_new_default ();
  g_autoptr(CareplanEngine) engine = NULL;
  g_autofree char *as_of_text = NULL;
  const CareplanServeSpan *span;
  CareplanDate as_of;
  gsize size;
  const char *data = g_bytes_get_data (job->body, &size);
  gint64 within = -1, year = 0;

  if (!careplan_serve_envelope_parse (&envelope, data, size, &error))
    {
      job_fail_envelope (job, &envelope, error);
      goto out;
    }

  as_of_text = careplan_serve_envelope_dup_string (&envelope, "as_of", &error);
  if (error != NULL)
    {
      job_fail_envelope (job, &envelope, error);
      goto out;
    }
  if (as_of_text != NULL)
    {
      as_of = careplan_date_parse_iso (as_of_text, &error);
      if (as_of == CAREPLAN_DATE_NONE)
        {
          span = careplan_serve_envelope_get (&envelope, "as_of");
          job_fail (job, SOUP_STATUS_BAD_REQUEST,
                    problem_bytes (SOUP_STATUS_BAD_REQUEST, "invalid-request", "The request body is not valid",
                                   error->message, 0, 0, "as_of"));
          (void) span;
          goto out;
        }
    }
  else
    as_of = careplan_tool_as_of (NULL, NULL);

  if (!careplan_serve_envelope_get_int (&envelope, "within", 0, 3660000, &within, &error) ||
      !careplan_serve_envelope_get_int (&envelope, "year", 2, 9999, &year, &error))
    {
      job_fail_envelope (job, &envelope, error);
      goto out;
    }

  if (job->kind == JOB_VALIDATE)
    {
      run_validate (job, &envelope, (int) year);
      goto out;
    }
  if (job->kind == JOB_CHECK_PLAN)
    {
      run_check_plan (job, &envelope, as_of);
      goto out;
    }

  span = careplan_serve_envelope_get (&envelope, "policy");
  if (span != NULL &&
      !careplan_policy_load_data (rulebook, data + span->start, span->end - span->start, "policy", &error))
    {
      job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                problem_from_reader_error (&envelope, span, "policy", error->message));
      goto out;
    }

  span = careplan_serve_envelope_get (&envelope, "records");
  if (span == NULL)
    {
      job_fail (job, SOUP_STATUS_BAD_REQUEST,
                problem_bytes (SOUP_STATUS_BAD_REQUEST, "invalid-request", "The request body is not valid",
                               "the request has no \"records\" member", 0, 0, "records"));
      goto out;
    }
  children = careplan_record_load_data (data + span->start, span->end - span->start, "records", &error);
  if (children == NULL)
    {
      job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                problem_from_reader_error (&envelope, span, "records", error->message));
      goto out;
    }
  job->n_children = g_list_model_get_n_items (children);

  if (job->kind == JOB_MEASURES)
    {
      CareplanDate period_end = year != 0 ? careplan_date_new ((int) year, 3, 31) : as_of;
      g_autoptr(GListModel) measures = NULL;
      char *text;

      measures = careplan_measures_compute_full (children, careplan_measures_get_period_start (period_end),
                                                 period_end, job->service->calendar, rulebook, NULL, &error);
      if (measures == NULL)
        {
          job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                    problem_bytes (SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid-input",
                                   "The measures cannot be computed", error->message, 0, 0, NULL));
          goto out;
        }
      text = careplan_measures_to_string (measures, CAREPLAN_MEASURES_FORMAT_JSON);
      job->status = SOUP_STATUS_OK;
      job->content_type = "application/json";
      job->response = g_bytes_new_take (text, strlen (text));
      goto out;
    }

  engine = careplan_engine_new (rulebook, job->service->calendar);
  {
    g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
    g_autoptr(CareplanFindingsWriter) writer =
      careplan_findings_writer_new (memory, CAREPLAN_FINDINGS_FORMAT_JSON, as_of);
    g_autoptr(GListStore) due = job->kind == JOB_DUE ? g_list_store_new (CAREPLAN_TYPE_FINDING) : NULL;
    CareplanDate last_due = within >= 0 ? careplan_date_add_days (as_of, (int) within) : CAREPLAN_DATE_NONE;
    guint i;

    for (i = 0; i < job->n_children; i++)
      {
        g_autoptr(CareplanChild) child = g_list_model_get_item (children, i);
        g_autoptr(GListModel) findings = NULL;

        if (g_cancellable_is_cancelled (cancellable))
          goto out;   /* the main thread has answered 503 */
        findings = careplan_engine_evaluate (engine, child, as_of, &error);
        if (findings == NULL)
          {
            g_autofree char *detail = g_strdup_printf ("child %s: %s", careplan_child_get_id (child),
                                                       error->message);

            job_fail (job, SOUP_STATUS_UNPROCESSABLE_ENTITY,
                      problem_bytes (SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid-input",
                                     "A child cannot be evaluated", detail, 0, 0, NULL));
            goto out;
          }
        if (due != NULL)
          {
            guint j, n = g_list_model_get_n_items (findings);

            for (j = 0; j < n; j++)
              {
                g_autoptr(CareplanFinding) f = g_list_model_get_item (findings, j);

                if (careplan_finding_get_status (f) == CAREPLAN_FINDING_STATUS_DUE &&
                    (last_due == CAREPLAN_DATE_NONE || careplan_finding_get_due (f) <= last_due))
                  g_list_store_append (due, f);
              }
          }
        else if (g_list_model_get_n_items (findings) > 0 &&
                 !careplan_findings_writer_write (writer, findings, &error))
          break;
      }

    if (due != NULL)
      {
        g_list_store_sort (due, careplan_tool_compare_deadlines, NULL);
        if (g_list_model_get_n_items (G_LIST_MODEL (due)) > 0)
          careplan_findings_writer_write (writer, G_LIST_MODEL (due), &error);
      }
    if (error == NULL)
      careplan_findings_writer_close (writer, &error);
    if (error == NULL)
      g_output_stream_close (memory, NULL, &error);
    if (error != NULL)
      {
        job_fail (job, SOUP_STATUS_INTERNAL_SERVER_ERROR,
                  problem_bytes (SOUP_STATUS_INTERNAL_SERVER_ERROR, "internal", "The answer could not be written",
                                 error->message, 0, 0, NULL));
        goto out;
      }
    job->status = SOUP_STATUS_OK;
    job->content_type = "application/json";
    job->response = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
  }

out:
  g_task_return_boolean (task, TRUE);
}

/* The main thread ---------------------------------------------------------- */

static void
job_free (Job *job)
{
  g_clear_handle_id (&job->timeout_id, g_source_remove);
  g_clear_object (&job->msg);
  g_clear_object (&job->cancellable);
  g_clear_pointer (&job->route, g_free);
  g_clear_pointer (&job->body, g_bytes_unref);
  g_clear_pointer (&job->response, g_bytes_unref);
  g_free (job);
}

static void
service_maybe_quit (Service *service)
{
  if (service->quitting && service->in_flight == 0)
    g_main_loop_quit (service->loop);
}

static void
job_answer (Job        *job,
            guint       status,
            const char *content_type,
            GBytes     *body)
{
  gsize size = body != NULL ? g_bytes_get_size (body) : 0;

  if (job->answered)
    return;
  job->answered = TRUE;
  respond (job->msg, status, content_type, body);
  soup_server_message_unpause (job->msg);
  log_request ("POST", job->route, status, job->n_children, size, job->started);
}

static gboolean
job_timed_out (gpointer data)
{
  Job *job = data;
  g_autofree char *detail = g_strdup_printf ("the evaluation took longer than %u s and was stopped",
                                             job->service->timeout_seconds);
  g_autoptr(GBytes) problem = problem_bytes (SOUP_STATUS_SERVICE_UNAVAILABLE, "timeout",
                                             "The request took too long", detail, 0, 0, NULL);

  job->timeout_id = 0;
  g_cancellable_cancel (job->cancellable);
  job_answer (job, SOUP_STATUS_SERVICE_UNAVAILABLE, "application/problem+json", problem);
  return G_SOURCE_REMOVE;
}

static void
job_done (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Job *job = user_data;

  if (job->response != NULL)
    job_answer (job, job->status, job->content_type, job->response);
  else
    {
      g_autoptr(GBytes) problem = problem_bytes (SOUP_STATUS_SERVICE_UNAVAILABLE, "timeout",
                                                 "The request took too long", NULL, 0, 0, NULL);
      job_answer (job, SOUP_STATUS_SERVICE_UNAVAILABLE, "application/problem+json", problem);
    }
  job_free (job);
}

/* A request counts as in flight until its answer is written (or the client
 * went away), so that a stop does not cut an answer short. */
static void
job_message_finished (SoupServerMessage *msg,
                      gpointer           user_data)
{
  Service *service = user_data;

  service->in_flight--;
  service_maybe_quit (service);
}

static gboolean
tokens_equal (const char *expected,
              const char *given,
              gsize       given_length)
{
  gsize expected_length = strlen (expected);
  guchar diff = expected_length != given_length;
  gsize i;

  /* Constant time in the token's length, whatever is given. */
  for (i = 0; i < expected_length; i++)
    diff |= (guchar) expected[i] ^ (guchar) (i < given_length ? given[i] : 0);
  return diff == 0;
}

static gboolean
authorised (Service           *service,
            SoupServerMessage *msg)
{
  const char *header;

  if (service->token == NULL)
    return TRUE;
  header = soup_message_headers_get_one (soup_server_message_get_request_headers (msg), "Authorization");
  if (header == NULL || g_ascii_strncasecmp (header, "Bearer ", 7) != 0)
    return FALSE;
  header += 7;
  while (*header == ' ')
    header++;
  return tokens_equal (service->token, header, strlen (header));
}

static void
answer_now (SoupServerMessage *msg,
            const char        *method,
            const char        *route,
            guint              status,
            const char        *content_type,
            GBytes            *body,
            gint64             started)
{
  respond (msg, status, content_type, body);
  log_request (method, route, status, 0, body != NULL ? g_bytes_get_size (body) : 0, started);
}

static void
answer_problem (SoupServerMessage *msg,
                const char        *method,
                const char        *route,
                guint              status,
                const char        *type,
                const char        *title,
                const char        *detail,
                gint64             started)
{
  g_autoptr(GBytes) body = problem_bytes (status, type, title, detail, 0, 0, NULL);

  answer_now (msg, method, route, status, "application/problem+json", body, started);
}

static void
handle (SoupServer        *server,
        SoupServerMessage *msg,
        const char        *path,
        GHashTable        *query,
        gpointer           user_data)
{
  Service *service = user_data;
  const char *method = soup_server_message_get_method (msg);
  gint64 started = g_get_monotonic_time ();
  JobKind kind;
  const char *route;

  /* got_headers may have answered already (413, 411; logged there). */
  if (soup_server_message_get_status (msg) != 0)
    return;

  if (!authorised (service, msg))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg),
                                    "WWW-Authenticate", "Bearer realm=\"careplan\"");
      answer_problem (msg, method, "(unauthorised)", SOUP_STATUS_UNAUTHORIZED, "unauthorised",
                      "A valid bearer token is needed",
                      "send 'Authorization: Bearer TOKEN' with the token the service was started with", started);
      return;
    }
  if (service->quitting)
    {
      answer_problem (msg, method, path, SOUP_STATUS_SERVICE_UNAVAILABLE, "shutting-down",
                      "The service is shutting down", NULL, started);
      return;
    }

  if (g_str_equal (path, "/v1/health") || g_str_equal (path, "/v1/rules") ||
      g_str_equal (path, "/v1/openapi.json") || g_str_has_prefix (path, "/v1/rules/"))
    {
      if (!g_str_equal (method, "GET") && !g_str_equal (method, "HEAD"))
        {
          soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow", "GET, HEAD");
          answer_problem (msg, method, path, SOUP_STATUS_METHOD_NOT_ALLOWED, "method-not-allowed",
                          "Method not allowed", "this resource answers GET", started);
          return;
        }
      if (g_str_equal (path, "/v1/health"))
        {
          g_autoptr(GBytes) body = g_bytes_new_static ("{\"status\":\"ok\",\"version\":\"" PACKAGE_VERSION "\"}",
                                                       strlen ("{\"status\":\"ok\",\"version\":\"" PACKAGE_VERSION "\"}"));
          answer_now (msg, method, path, SOUP_STATUS_OK, "application/json", body, started);
        }
      else if (g_str_equal (path, "/v1/rules"))
        {
          g_autoptr(GBytes) body = g_bytes_new_static (service->rules_json, strlen (service->rules_json));
          answer_now (msg, method, path, SOUP_STATUS_OK, "application/json", body, started);
        }
      else if (g_str_equal (path, "/v1/openapi.json"))
        answer_now (msg, method, path, SOUP_STATUS_OK, "application/json", service->openapi, started);
      else
        {
          const char *id = path + strlen ("/v1/rules/");
          const char *json = g_hash_table_lookup (service->rule_json, id);

          if (json == NULL)
            answer_problem (msg, method, "/v1/rules/{id}", SOUP_STATUS_NOT_FOUND, "unknown-rule",
                            "No rule has this id", "GET /v1/rules lists the rules", started);
          else
            {
              g_autoptr(GBytes) body = g_bytes_new_static (json, strlen (json));
              answer_now (msg, method, "/v1/rules/{id}", SOUP_STATUS_OK, "application/json", body, started);
            }
        }
      return;
    }

  if (g_str_equal (path, "/v1/check"))
    kind = JOB_CHECK, route = "/v1/check";
  else if (g_str_equal (path, "/v1/due"))
    kind = JOB_DUE, route = "/v1/due";
  else if (g_str_equal (path, "/v1/measures"))
    kind = JOB_MEASURES, route = "/v1/measures";
  else if (g_str_equal (path, "/v1/validate"))
    kind = JOB_VALIDATE, route = "/v1/validate";
  else if (g_str_equal (path, "/v1/check-plan"))
    kind = JOB_CHECK_PLAN, route = "/v1/check-plan";
  else
    {
      answer_problem (msg, method, "(unknown)", SOUP_STATUS_NOT_FOUND, "not-found", "No such resource",
                      "GET /v1/openapi.json describes the service", started);
      return;
    }

  if (!g_str_equal (method, "POST"))
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow", "POST");
      answer_problem (msg, method, route, SOUP_STATUS_METHOD_NOT_ALLOWED, "method-not-allowed",
                      "Method not allowed", "this resource answers POST", started);
      return;
    }
  {
    const char *type = soup_message_headers_get_content_type (soup_server_message_get_request_headers (msg), NULL);

    if (type == NULL || g_ascii_strcasecmp (type, "application/json") != 0)
      {
        answer_problem (msg, method, route, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                        "The body must be application/json", NULL, started);
        return;
      }
  }

  {
    Job *job = g_new0 (Job, 1);
    g_autoptr(GTask) task = NULL;

    job->service = service;
    job->msg = g_object_ref (msg);
    job->kind = kind;
    job->route = g_strdup (route);
    job->body = soup_message_body_flatten (soup_server_message_get_request_body (msg));
    job->cancellable = g_cancellable_new ();
    job->started = started;
    service->in_flight++;
    g_signal_connect (msg, "finished", G_CALLBACK (job_message_finished), service);

    soup_server_message_pause (msg);
    /* In milliseconds: g_timeout_add_seconds() rounds to the process's
     * whole-second wake-ups, so --timeout 1 could stop a job after up to
     * 2 s while saying 1 s. */
    job->timeout_id = g_timeout_add (service->timeout_seconds * 1000, job_timed_out, job);
    task = g_task_new (NULL, job->cancellable, job_done, job);
    g_task_set_task_data (task, job, NULL);
    g_task_set_check_cancellable (task, FALSE);
    g_task_run_in_thread (task, run_job);
  }
}

/* Refuses an oversized or unsized body before it is read. */
static void
got_headers (SoupServerMessage *msg,
             gpointer           user_data)
{
  Service *service = user_data;
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  SoupEncoding encoding = soup_message_headers_get_encoding (headers);

  if (!g_str_equal (soup_server_message_get_method (msg), "POST"))
    return;
  if (encoding != SOUP_ENCODING_CONTENT_LENGTH)
    {
      respond_problem (msg, SOUP_STATUS_LENGTH_REQUIRED, "length-required",
                       "The body must have a Content-Length", "chunked request bodies are not accepted");
      log_request ("POST", "(refused before reading)", SOUP_STATUS_LENGTH_REQUIRED, 0, 0, g_get_monotonic_time ());
      return;
    }
  if ((guint64) soup_message_headers_get_content_length (headers) > service->max_body)
    {
      g_autofree char *detail = g_strdup_printf ("the body is %" G_GINT64_FORMAT " bytes; the limit is %" G_GSIZE_FORMAT,
                                                 soup_message_headers_get_content_length (headers), service->max_body);

      respond_problem (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too-large", "The body is too large", detail);
      log_request ("POST", "(refused before reading)", SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, 0, 0,
                   g_get_monotonic_time ());
    }
}

static void
request_started (SoupServer        *server,
                 SoupServerMessage *msg,
                 gpointer           user_data)
{
  g_signal_connect (msg, "got-headers", G_CALLBACK (got_headers), user_data);
}

static gboolean
on_signal (gpointer user_data)
{
  Service *service = user_data;
  GSList *listeners, *l;

  if (service->quitting)
    return G_SOURCE_CONTINUE;
  g_printerr ("careplan serve: stopping (%u requests in flight)\n", service->in_flight);
  service->quitting = TRUE;
  /* Stop accepting; the connections in flight keep going. */
  listeners = soup_server_get_listeners (service->server);
  for (l = listeners; l != NULL; l = l->next)
    g_socket_close (l->data, NULL);
  g_slist_free (listeners);
  service_maybe_quit (service);
  return G_SOURCE_CONTINUE;
}

/* Start-up ----------------------------------------------------------------- */

static char *
read_token (const char  *path,
            GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length;
  GStatBuf st;

  if (g_stat (path, &st) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: cannot read the token file", path);
      return NULL;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s is not a regular file", path);
      return NULL;
    }
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  if (length > 4096 || memchr (contents, '\0', length) != NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s does not hold a token", path);
      return NULL;
    }
  g_strstrip (contents);
  if (strlen (contents) < MIN_TOKEN_LENGTH || strpbrk (contents, " \t\r\n") != NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   "%s: the token must be one word of at least %d characters", path, MIN_TOKEN_LENGTH);
      return NULL;
    }
  if ((st.st_mode & 0077) != 0)
    g_printerr ("careplan serve: warning: %s can be read by other users (chmod 600 it)\n", path);
  return g_steal_pointer (&contents);
}

static GSocketAddress *
parse_listen (const char  *text,
              GError     **error)
{
  g_autofree char *host = NULL;
  const char *colon;
  guint64 port;

  if (text[0] == '[')
    {
      const char *close = strchr (text, ']');

      if (close == NULL || close[1] != ':')
        goto bad;
      host = g_strndup (text + 1, close - text - 1);
      colon = close + 1;
    }
  else
    {
      colon = strrchr (text, ':');
      if (colon == NULL)
        goto bad;
      host = g_strndup (text, colon - text);
    }
  if (!g_ascii_string_to_unsigned (colon + 1, 10, 0, 65535, &port, NULL))
    goto bad;
  {
    g_autoptr(GInetAddress) address = g_inet_address_new_from_string (host);

    if (address == NULL)
      goto bad;
    return g_inet_socket_address_new (address, (guint16) port);
  }

bad:
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               "--listen: “%s” is not ADDR:PORT (e.g. 127.0.0.1:8080 or [::1]:8080)", text);
  return NULL;
}

static GBytes *
load_openapi (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/org/careplan/serve/openapi.json",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  return bytes != NULL ? g_bytes_ref (bytes) : g_bytes_new_static ("{}", 2);
}

int
careplan_cmd_serve (int    argc,
                    char **argv)
{
  g_autofree char *listen_text = NULL;
  g_autofree char *token_file = NULL;
  g_autofree char *calendar_path = NULL;
  gboolean no_auth = FALSE;
  gint64 max_body = DEFAULT_MAX_BODY;
  int timeout = DEFAULT_TIMEOUT;
  const GOptionEntry entries[] = {
    { "listen", 0, 0, G_OPTION_ARG_STRING, &listen_text,
      "Listen on ADDR:PORT (default " DEFAULT_LISTEN "; port 0: any free port)", "ADDR:PORT" },
    { "token-file", 0, 0, G_OPTION_ARG_FILENAME, &token_file,
      "Require 'Authorization: Bearer TOKEN' with the token in FILE", "FILE" },
    { "no-auth", 0, 0, G_OPTION_ARG_NONE, &no_auth,
      "Serve without a token (refused unless the address is loopback)", NULL },
    { "max-body", 0, 0, G_OPTION_ARG_INT64, &max_body,
      "Refuse request bodies larger than BYTES (default 32 MiB)", "BYTES" },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout,
      "Stop an evaluation after SECONDS (default 60)", "SECONDS" },
    { "calendar", 0, 0, G_OPTION_ARG_FILENAME, &calendar_path,
      "Use the bank holidays of a gov.uk bank-holidays JSON feed", "FEED.json" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autoptr(SoupServer) server = NULL;
  g_autoptr(CareplanRulebook) rulebook = NULL;
  GListModel *rules;
  Service service = { 0 };
  GInetAddress *inet;
  guint i, n;

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, "Serve the library over HTTP/JSON (libsoup 3) for other stacks.");
  g_option_context_set_description (context, serve_description);
  g_option_context_add_main_entries (context, entries, NULL);
  g_set_prgname ("careplan serve");
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return careplan_tool_usage_error ("serve", SERVE_SYNOPSIS, error->message);
  if (argc > 1)
    return careplan_tool_usage_error ("serve", SERVE_SYNOPSIS, "serve takes no file arguments");
  if (max_body < 1024 || timeout < 1 || timeout > 3600)
    return careplan_tool_usage_error ("serve", SERVE_SYNOPSIS,
                                      "--max-body must be at least 1024 and --timeout from 1 to 3600");

  address = parse_listen (listen_text != NULL ? listen_text : DEFAULT_LISTEN, &error);
  if (address == NULL)
    return careplan_tool_usage_error ("serve", SERVE_SYNOPSIS, error->message);
  inet = g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address));

  if (no_auth && token_file != NULL)
    return careplan_tool_usage_error ("serve", SERVE_SYNOPSIS, "--no-auth and --token-file cannot be used together");
  if (no_auth && !g_inet_address_get_is_loopback (inet))
    return careplan_tool_usage_error ("serve", SERVE_SYNOPSIS,
                                      "--no-auth is only allowed on a loopback address (127.0.0.1 or ::1)");
  if (!no_auth && token_file == NULL)
    return careplan_tool_usage_error ("serve", SERVE_SYNOPSIS,
                                      "a token is required: --token-file FILE (or --no-auth on loopback)");
  if (token_file != NULL)
    {
      service.token = read_token (token_file, &error);
      if (service.token == NULL)
        {
          g_printerr ("careplan serve: %s\n", error->message);
          return CAREPLAN_EXIT_BAD;
        }
    }

  service.calendar = careplan_tool_calendar (calendar_path, &error);
  if (service.calendar == NULL)
    {
      g_printerr ("careplan serve: %s\n", error->message);
      g_free (service.token);
      return CAREPLAN_EXIT_BAD;
    }

  /* The rules' JSON is built once: the default rulebook does not change. */
  rulebook = careplan_rulebook_new_default ();
  rules = careplan_rulebook_get_rules (rulebook);
  service.rules_json = careplan_tool_rules_to_json (rules);
  service.rule_json = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  n = g_list_model_get_n_items (rules);
  for (i = 0; i < n; i++)
    {
      g_autoptr(CareplanRule) rule = g_list_model_get_item (rules, i);

      g_hash_table_insert (service.rule_json, g_strdup (careplan_rule_get_id (rule)),
                           careplan_tool_rule_to_json (rule));
    }
  service.openapi = load_openapi ();
  service.max_body = (gsize) max_body;
  service.timeout_seconds = (guint) timeout;

  server = soup_server_new ("server-header", "careplan/" PACKAGE_VERSION, NULL);
  service.server = server;
  soup_server_add_handler (server, NULL, handle, &service, NULL);
  g_signal_connect (server, "request-started", G_CALLBACK (request_started), &service);
  if (!soup_server_listen (server, address, 0, &error))
    {
      g_printerr ("careplan serve: cannot listen on %s: %s\n",
                  listen_text != NULL ? listen_text : DEFAULT_LISTEN, error->message);
      goto out;
    }
  {
    GSList *uris = soup_server_get_uris (server);
    g_autofree char *uri = uris != NULL ? g_uri_to_string (uris->data) : g_strdup ("?");

    g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
    g_print ("careplan serve: listening on %s (%s)\n", uri,
             service.token != NULL ? "bearer token required" : "no authentication, loopback only");
    fflush (stdout);
  }

  loop = g_main_loop_new (NULL, FALSE);
  service.loop = loop;
  g_unix_signal_add (SIGTERM, on_signal, &service);
  g_unix_signal_add (SIGINT, on_signal, &service);
  g_main_loop_run (loop);
  soup_server_disconnect (server);
  g_printerr ("careplan serve: stopped\n");

out:
  g_clear_object (&service.calendar);
  g_clear_pointer (&service.token, g_free);
  g_clear_pointer (&service.rules_json, g_free);
  g_clear_pointer (&service.rule_json, g_hash_table_unref);
  g_clear_pointer (&service.openapi, g_bytes_unref);
  return error != NULL ? CAREPLAN_EXIT_BAD : CAREPLAN_EXIT_RAN;
}
