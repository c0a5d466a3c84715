/* careplan-ssda903-writer.c: writes children's records as an SSDA903
 * return (a directory of CSV files)
 *
 * Each row is rendered from the model through the same column table the
 * reader uses (careplan-ssda903-tables.c), cells kept verbatim by the
 * reader taking precedence, and rows the reader kept whole put back at
 * their place among the child's rows.  Rows are buffered per table and
 * flushed as the buffers fill, so memory stays flat however many children
 * there are.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-ssda903.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "careplan-error.h"
#include "careplan-model-private.h"
#include "careplan-ssda903-private.h"

#define FLUSH_SIZE (256 * 1024)

typedef struct
{
  const CareplanSsda903TableSpec *spec;
  char                           *path;
  GOutputStream                  *stream;   /* opened on the first row */
  GString                        *buffer;
} TableOut;

/* A rendered row of one child: its CSV line and, for a row the reader
 * kept whole, its place among the child's rows (-1 for a mapped row). */
typedef struct
{
  char *line;
  int   at;
} Row;

typedef struct
{
  int        year;
  TableOut   tables[CAREPLAN_SSDA903_N_TABLES];
  GArray    *rows[CAREPLAN_SSDA903_N_TABLES];   /* Row, of the child at hand */
  GPtrArray *cells;
  GString   *line;
} Writer;

static void
row_clear (gpointer data)
{
  g_free (((Row *) data)->line);
}

static void
append_cell (GString    *out,
             const char *cell)
{
  if (strpbrk (cell, ",\"\r\n") == NULL)
    {
      g_string_append (out, cell);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = cell; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
cells_to_line (Writer    *self,
               GPtrArray *cells)
{
  g_string_truncate (self->line, 0);
  for (guint i = 0; i < cells->len; i++)
    {
      if (i > 0)
        g_string_append_c (self->line, ',');
      append_cell (self->line, g_ptr_array_index (cells, i));
    }
  g_string_append_c (self->line, '\n');
  return g_strndup (self->line->str, self->line->len);
}

static void
add_rendered_row (Writer                         *self,
                  const CareplanSsda903TableSpec *spec,
                  CareplanChild                  *child,
                  gpointer                        item)
{
  Row row;

  g_ptr_array_set_size (self->cells, 0);
  careplan_ssda903_render_row (spec, child, item, self->year, self->cells);
  row.line = cells_to_line (self, self->cells);
  row.at = -1;
  g_array_append_val (self->rows[spec->table], row);
}

static const CareplanSsda903TableSpec *
table_named (const char *name)
{
  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    if (strcmp (careplan_ssda903_tables[t].name, name) == 0)
      return &careplan_ssda903_tables[t];
  return NULL;
}

/* Rows the reader kept whole: `rows` maps a table name to objects with
 * `at` and `cells` (the row without CHILD). */
static void
add_kept_rows (Writer        *self,
               CareplanChild *child,
               JsonObject    *ssda903)
{
  JsonNode *node = ssda903 != NULL ? json_object_get_member (ssda903, CAREPLAN_SSDA903_KEY_ROWS) : NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &name, &member))
    {
      const CareplanSsda903TableSpec *spec = table_named (name);
      JsonArray *kept;

      if (spec == NULL || !JSON_NODE_HOLDS_ARRAY (member))
        continue;

      kept = json_node_get_array (member);
      for (guint i = 0; i < json_array_get_length (kept); i++)
        {
          JsonNode *element = json_array_get_element (kept, i);
          JsonObject *object;
          JsonArray *cells;
          Row row;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          object = json_node_get_object (element);
          if (!json_object_has_member (object, CAREPLAN_SSDA903_KEY_CELLS) ||
              !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, CAREPLAN_SSDA903_KEY_CELLS)))
            continue;
          cells = json_object_get_array_member (object, CAREPLAN_SSDA903_KEY_CELLS);

          g_ptr_array_set_size (self->cells, 0);
          g_ptr_array_add (self->cells, g_strdup (careplan_child_get_id (child)));
          for (guint j = 0; j + 1 < spec->n_columns; j++)
            {
              JsonNode *cell = j < json_array_get_length (cells)
                ? json_array_get_element (cells, j) : NULL;
              const char *text = cell != NULL && JSON_NODE_HOLDS_VALUE (cell) &&
                json_node_get_value_type (cell) == G_TYPE_STRING
                ? json_node_get_string (cell) : "";

              g_ptr_array_add (self->cells, g_strdup (text));
            }

          row.line = cells_to_line (self, self->cells);
          row.at = json_object_has_member (object, CAREPLAN_SSDA903_KEY_AT)
            ? (int) json_object_get_int_member (object, CAREPLAN_SSDA903_KEY_AT) : G_MAXINT;
          g_array_append_val (self->rows[spec->table], row);
        }
    }
}

static JsonArray *
peek_array_member (JsonObject *object,
                   const char *name)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, name) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* UASC and PrevPerm rows, kept as objects under the child's extras.  A
 * child marked UASC without a kept row gets a row from the model alone. */
static void
add_object_rows (Writer                         *self,
                 const CareplanSsda903TableSpec *spec,
                 CareplanChild                  *child,
                 JsonObject                     *ssda903)
{
  JsonArray *objects = peek_array_member (ssda903, spec->name);

  if (objects == NULL)
    {
      if (spec->table == CAREPLAN_SSDA903_UASC &&
          careplan_child_get_uasc (child) == CAREPLAN_TRISTATE_YES)
        {
          g_autoptr(JsonObject) empty = json_object_new ();

          add_rendered_row (self, spec, child, empty);
        }
      return;
    }

  for (guint i = 0; i < json_array_get_length (objects); i++)
    {
      JsonNode *element = json_array_get_element (objects, i);

      if (JSON_NODE_HOLDS_OBJECT (element))
        add_rendered_row (self, spec, child, json_node_get_object (element));
    }
}

static int
compare_at (gconstpointer a,
            gconstpointer b,
            gpointer      user_data)
{
  const Row *ra = a;
  const Row *rb = b;

  return (ra->at > rb->at) - (ra->at < rb->at);
}

static gboolean
open_table (TableOut  *table,
            GError   **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (table->path);
  g_autoptr(GError) local_error = NULL;
  GFileOutputStream *stream;
  GStatBuf info;

  /* As careplan_record_save_file(): a table replaces only a regular file.
   * g_file_replace() would write through a symbolic link (over whatever
   * it points at, an input among them). */
  if (g_lstat (table->path, &info) == 0 && !S_ISREG (info.st_mode))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: will not write: not a regular file",
                   table->path);
      return FALSE;
    }

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", table->path,
                   local_error->message);
      return FALSE;
    }
  table->stream = G_OUTPUT_STREAM (stream);

  g_string_truncate (table->buffer, 0);
  for (guint i = 0; i < table->spec->n_columns; i++)
    {
      if (i > 0)
        g_string_append_c (table->buffer, ',');
      g_string_append (table->buffer, table->spec->columns[i].name);
    }
  g_string_append_c (table->buffer, '\n');
  return TRUE;
}

static gboolean
flush_table (TableOut  *table,
             GError   **error)
{
  g_autoptr(GError) local_error = NULL;

  if (table->buffer->len == 0)
    return TRUE;
  if (!g_output_stream_write_all (table->stream, table->buffer->str, table->buffer->len,
                                  NULL, NULL, &local_error))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", table->path,
                   local_error->message);
      return FALSE;
    }
  g_string_truncate (table->buffer, 0);
  return TRUE;
}

/* Puts the child's rows of each table in order — mapped rows in the
 * order of the record, rows kept whole at their original place — and
 * appends them to the tables' buffers. */
static gboolean
emit_child_rows (Writer  *self,
                 GError **error)
{
  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    {
      GArray *rows = self->rows[t];
      TableOut *table = &self->tables[t];
      guint n_mapped = 0;
      guint mapped = 0;
      guint kept;
      guint position = 0;

      if (rows->len == 0)
        continue;

      if (table->stream == NULL && !open_table (table, error))
        return FALSE;

      /* Mapped rows come first in the array, kept ones after. */
      while (n_mapped < rows->len && g_array_index (rows, Row, n_mapped).at < 0)
        n_mapped++;
      kept = n_mapped;
      if (rows->len - n_mapped > 1)
        g_qsort_with_data (&g_array_index (rows, Row, n_mapped), (int) (rows->len - n_mapped),
                           sizeof (Row), compare_at, NULL);
      while (mapped < n_mapped || kept < rows->len)
        {
          Row *row;

          if (kept < rows->len &&
              (mapped == n_mapped || g_array_index (rows, Row, kept).at <= (int) position))
            row = &g_array_index (rows, Row, kept++);
          else
            row = &g_array_index (rows, Row, mapped++);
          g_string_append (table->buffer, row->line);
          position++;
        }
      g_array_set_size (rows, 0);

      if (table->buffer->len >= FLUSH_SIZE && !flush_table (table, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_child (Writer         *self,
             CareplanChild  *child,
             GError        **error)
{
  JsonObject *ssda903 = careplan_ssda903_peek_child (child);
  GListModel *episodes = careplan_child_get_episodes (child);
  GListModel *events = careplan_child_get_events (child);
  guint n;

  if (ssda903 == NULL ||
      !json_object_get_boolean_member_with_default (ssda903, CAREPLAN_SSDA903_KEY_NO_HEADER, FALSE))
    add_rendered_row (self, &careplan_ssda903_tables[CAREPLAN_SSDA903_HEADER], child, child);

  n = g_list_model_get_n_items (episodes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, i);

      add_rendered_row (self, &careplan_ssda903_tables[CAREPLAN_SSDA903_EPISODES], child, episode);
    }

  n = g_list_model_get_n_items (events);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CareplanEvent) event = g_list_model_get_item (events, i);
      const CareplanSsda903TableSpec *spec =
        careplan_ssda903_table_for_event_kind (careplan_event_get_kind (event));

      if (spec != NULL)
        add_rendered_row (self, spec, child, event);
    }

  add_object_rows (self, &careplan_ssda903_tables[CAREPLAN_SSDA903_UASC], child, ssda903);
  add_object_rows (self, &careplan_ssda903_tables[CAREPLAN_SSDA903_PREV_PERM], child, ssda903);
  add_kept_rows (self, child, ssda903);

  return emit_child_rows (self, error);
}

static gboolean
close_table (TableOut  *table,
             GError   **error)
{
  g_autoptr(GError) local_error = NULL;

  if (!flush_table (table, error))
    return FALSE;
  if (!g_output_stream_close (table->stream, NULL, &local_error))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", table->path,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

static void
writer_clear (Writer *self)
{
  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    {
      TableOut *table = &self->tables[t];

      /* A stream left open after a failure: its file is cut short, as the
       * error says. */
      g_clear_object (&table->stream);
      g_free (table->path);
      g_string_free (table->buffer, TRUE);
      g_array_unref (self->rows[t]);
    }
  g_ptr_array_unref (self->cells);
  g_string_free (self->line, TRUE);
}

/**
 * careplan_ssda903_save_dir:
 * @children: a [iface@Gio.ListModel] of [class@Careplan.Child]: the children to write
 * @dir: (type filename): the directory to write the CSV files in; made if
 *   it does not exist
 * @collection_year: the year the collection ends in (2026 for 2025/26),
 *   or 0 to infer it as [func@Careplan.ssda903_guess_collection_year] does
 * @error: return location for a #GError
 *
 * Writes the children's records as an SSDA903 return: one CSV file per
 * table (`header.csv`, `episodes.csv`, `reviews.csv`, `uasc.csv`,
 * `oc2.csv`, `oc3.csv`, `ad1.csv`, `placed_for_adoption.csv`,
 * `previous_permanence.csv`, `missing.csv`, `sw_episodes.csv`,
 * `dolo.csv`), with the DfE column headers, dates as `dd/mm/yyyy`, sex as
 * the year's return codes it (`1`/`2` to 2023/24, `M`/`F` from 2024/25),
 * cells quoted only where RFC 4180 needs it, and lines ending in LF. Files
 * of those names are replaced; other files in @dir are left alone. A
 * table's name that is not a regular file (a symbolic link, a device, a
 * directory) is not written over, or through.
 *
 * Every table that is part of the return in @collection_year is written,
 * with its header row even when it has no rows (SWEpisodes from 2023/24,
 * DoLo from 2026/27); a table outside its years is written only when some
 * child has rows for it. When the year is 0 and cannot be inferred, only
 * Header, Episodes and the tables with rows are written.
 *
 * Rows are grouped by child, in the order of @children, and within a
 * child follow the order of the record; rows that
 * [func@Careplan.ssda903_load_dir] kept whole go back to their place.
 * Cells the reader kept verbatim (in the `ssda903` extras) are written as
 * they were, so that writing what was read reproduces every cell of every
 * row. Events of kinds the return has no table for (visits, plans, …) are
 * not written. The writer does not select by date: to write one year's
 * return from records spanning several, choose the children and events
 * first.
 *
 * Returns: %TRUE, or %FALSE with @error set: %CAREPLAN_ERROR_IO, naming
 *   the file, when a file cannot or will not be written; %CAREPLAN_ERROR_INVALID_RECORD,
 *   before anything is written, when a child has no id
 *
 * Since: 0.1
 */
gboolean
careplan_ssda903_save_dir (GListModel  *children,
                           const char  *dir,
                           int          collection_year,
                           GError     **error)
{
  Writer writer = { 0 };
  gboolean ok = TRUE;
  int year;
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (children), FALSE);
  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (collection_year == 0 || (collection_year > 1 && collection_year <= 9999),
                        FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Every row of the return is keyed by the child's id. */
  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (children, i);
      g_autoptr(GError) local_error = NULL;

      if (CAREPLAN_IS_CHILD (item) && !careplan_child_check_id (CAREPLAN_CHILD (item), &local_error))
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                       "child %u of the list: %s", i + 1, local_error->message);
          return FALSE;
        }
    }

  if (g_mkdir_with_parents (dir, 0777) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", dir,
                   g_strerror (saved_errno));
      return FALSE;
    }

  year = collection_year != 0 ? collection_year : careplan_ssda903_guess_collection_year (children);
  writer.year = year;

  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    {
      writer.tables[t].spec = &careplan_ssda903_tables[t];
      writer.tables[t].path = g_build_filename (dir, careplan_ssda903_tables[t].file_name, NULL);
      writer.tables[t].buffer = g_string_sized_new (FLUSH_SIZE + 4096);
      writer.rows[t] = g_array_new (FALSE, FALSE, sizeof (Row));
      g_array_set_clear_func (writer.rows[t], row_clear);
    }
  writer.cells = g_ptr_array_new_with_free_func (g_free);
  writer.line = g_string_sized_new (256);

  n = g_list_model_get_n_items (children);
  for (guint i = 0; ok && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (children, i);

      if (CAREPLAN_IS_CHILD (item))
        ok = write_child (&writer, CAREPLAN_CHILD (item), error);
    }

  for (guint t = 0; ok && t < CAREPLAN_SSDA903_N_TABLES; t++)
    {
      TableOut *table = &writer.tables[t];
      gboolean in_force = year != 0
        ? table->spec->first_year <= year
        : (t == CAREPLAN_SSDA903_HEADER || t == CAREPLAN_SSDA903_EPISODES);

      if (table->stream == NULL && in_force)
        ok = open_table (table, error);
      if (ok && table->stream != NULL)
        ok = close_table (table, error);
    }

  writer_clear (&writer);
  return ok;
}
