/* careplan-ssda903-reader.c: reads an SSDA903 return (a directory of CSV
 * files) into children's records
 *
 * Each `*.csv` file of the directory is recognised by its set of column
 * headers, never by its name; Header files are read first, so that every
 * other row can be matched to its child, then the other tables in the
 * order of careplan_ssda903_tables.  Files are streamed through a small
 * buffer and children are found by id in a hash table: time and memory
 * grow linearly with the return.
 *
 * Nothing is dropped silently.  A cell that cannot be used (a date that
 * does not exist, a code not in its list) is reported as a problem and
 * kept verbatim in the item's `ssda903` extras, the rest of the row being
 * read; a row that cannot become an item at all (its key date is bad, or
 * it repeats the child's Header row) is kept whole under the child's
 * `ssda903.rows`.  Writing the children back gives the same cells.
 *
 * Problem messages name tables, columns, codes and line numbers, never
 * dates, postcodes or identifiers from the return other than the child id.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-ssda903.h"

#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "careplan-error.h"
#include "careplan-json-private.h"
#include "careplan-model-private.h"
#include "careplan-ssda903-private.h"

/* CSV ---------------------------------------------------------------------- */

#define CSV_BUFFER_SIZE (64 * 1024)

typedef enum
{
  CSV_FIELD_START,
  CSV_UNQUOTED,
  CSV_QUOTED,
  CSV_QUOTE_IN_QUOTED,
} CsvState;

/* Where one cell of a row lies in the reader's buffer, as
 * csv_scan_row() finds it: the cell's bytes as written (with any quotes),
 * not copied. */
typedef struct
{
  gsize    start;
  gsize    length;
  gboolean quoted;
} CsvSpan;

/* An RFC 4180 reader over a stream: cells may be quoted, with "" for a
 * quote and line breaks inside; rows end with LF, CRLF or CR.  Empty
 * lines are skipped.  Lines are counted from 1. */
typedef struct
{
  GInputStream *stream;
  char         *path;
  guint8       *buffer;
  guint64       buffer_start; /* the file offset of buffer[0] */
  gsize         length;
  gsize         position;
  gboolean      eof;
  gboolean      skip_lf;      /* the last byte was a CR ending a row */
  gboolean      started;      /* past a byte-order mark, if any */
  guint         line;
  GString      *row;          /* the row's cells, each ended by a NUL byte */
  GArray       *starts;       /* guint: where each cell starts in @row */
  GArray       *spans;        /* CsvSpan, scratch for csv_read_row() */
  gsize         cell_start;   /* where the cell being read starts in @row */
  guint8        high;         /* the bits of every byte of the row ORed: 0x80 if not ASCII */
  guint         nul_column;   /* the first cell of the row holding a NUL byte, from 1 */
  guint64       max_bytes;    /* the most it reads: a file that grows past it is refused */
} CsvReader;

static void
csv_reader_free (CsvReader *reader)
{
  g_clear_object (&reader->stream);
  g_free (reader->path);
  g_free (reader->buffer);
  g_string_free (reader->row, TRUE);
  g_array_unref (reader->starts);
  g_array_unref (reader->spans);
  g_free (reader);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CsvReader, csv_reader_free)

static void
set_too_big_error (GError      **error,
                   const char   *path,
                   guint64       size,
                   guint64       max_bytes)
{
  g_autofree char *shown_size = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *shown_limit = g_format_size_full (max_bytes, G_FORMAT_SIZE_IEC_UNITS);

  g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
               "%s: too big to read (%s%s; the SSDA903 reader reads at most %s "
               "from one file of a return)",
               path, size > max_bytes ? "" : "more than ", shown_size, shown_limit);
}

static CsvReader *
csv_reader_open (const char  *path,
                 guint64      max_bytes,
                 GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  CsvReader *reader;
  GStatBuf info;
  gboolean known = g_stat (path, &info) == 0;   /* else g_file_read() says why */

  /* A device (/dev/zero) or FIFO would never end: regular files only. */
  if (known && !S_ISREG (info.st_mode))
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                   "%s: cannot read: not a regular file (careplan reads regular files only)", path);
      return NULL;
    }
  /* Refused before any of it is read (csv_next_byte() stops a file that
   * grows past the limit while it is read). */
  if (known && (guint64) info.st_size > max_bytes)
    {
      set_too_big_error (error, path, (guint64) info.st_size, max_bytes);
      return NULL;
    }

  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", path, local_error->message);
      return NULL;
    }

  reader = g_new0 (CsvReader, 1);
  reader->stream = G_INPUT_STREAM (g_steal_pointer (&stream));
  reader->path = g_strdup (path);
  reader->buffer = g_malloc (CSV_BUFFER_SIZE);
  reader->line = 1;
  reader->row = g_string_sized_new (256);
  reader->starts = g_array_new (FALSE, FALSE, sizeof (guint));
  reader->spans = g_array_sized_new (FALSE, FALSE, sizeof (CsvSpan), 32);
  g_array_set_size (reader->spans, 32);
  reader->max_bytes = max_bytes;
  return reader;
}

/* The next byte, or -1 at the end of the file (or with @error set). */
static int
csv_next_byte (CsvReader  *reader,
               GError    **error)
{
  if (reader->position == reader->length)
    {
      g_autoptr(GError) local_error = NULL;
      gssize n;

      if (reader->eof)
        return -1;
      n = g_input_stream_read (reader->stream, reader->buffer, CSV_BUFFER_SIZE, NULL, &local_error);
      if (n < 0)
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s:%u: %s",
                       reader->path, reader->line, local_error->message);
          return -1;
        }
      if (n == 0)
        {
          reader->eof = TRUE;
          return -1;
        }
      reader->buffer_start += reader->length;
      reader->length = (gsize) n;
      reader->position = 0;
      if (reader->buffer_start + reader->length > reader->max_bytes)
        {
          set_too_big_error (error, reader->path, reader->max_bytes, reader->max_bytes);
          reader->eof = TRUE;
          reader->length = 0;
          return -1;
        }

      /* A byte-order mark, as spreadsheet programs write, is not data. */
      if (!reader->started)
        {
          reader->started = TRUE;
          if (reader->length >= 3 && memcmp (reader->buffer, "\xef\xbb\xbf", 3) == 0)
            reader->position = 3;
          if (reader->position == reader->length)
            return csv_next_byte (reader, error);
        }
    }

  return reader->buffer[reader->position++];
}

/* Where the next row starts, for csv_reader_seek(). */
typedef struct
{
  guint64   offset;
  guint     line;
  gboolean  skip_lf;
} CsvMark;

static CsvMark
csv_reader_mark (const CsvReader *reader)
{
  return (CsvMark) { reader->buffer_start + reader->position, reader->line, reader->skip_lf };
}

/* Goes back (or on) to a mark taken by csv_reader_mark(): the next
 * csv_read_row() reads the row that followed it, with its line number. */
static gboolean
csv_reader_seek (CsvReader      *reader,
                 const CsvMark  *mark,
                 GError        **error)
{
  if (mark->offset >= reader->buffer_start &&
      mark->offset <= reader->buffer_start + reader->length)
    reader->position = (gsize) (mark->offset - reader->buffer_start);
  else
    {
      g_autoptr(GError) local_error = NULL;

      if (!g_seekable_seek (G_SEEKABLE (reader->stream), (goffset) mark->offset, G_SEEK_SET,
                            NULL, &local_error))
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s:%u: %s",
                       reader->path, mark->line, local_error->message);
          return FALSE;
        }
      reader->buffer_start = mark->offset;
      reader->length = 0;
      reader->position = 0;
      reader->eof = FALSE;
    }
  reader->started = TRUE;
  reader->line = mark->line;
  reader->skip_lf = mark->skip_lf;
  return TRUE;
}

/* Appends a byte to the cell being read. */
static inline void
csv_append (CsvReader *reader,
            int        c)
{
  reader->high |= (guint8) c;
  g_string_append_c (reader->row, (char) c);
}

static void
csv_end_cell (CsvReader *reader)
{
  guint start = (guint) reader->cell_start;

  /* A NUL byte would end the C string there ("A1\0EVIL" read as "A1"):
   * the row is refused instead (csv_check_utf8()). */
  if (reader->nul_column == 0 &&
      memchr (reader->row->str + start, '\0', reader->row->len - start) != NULL)
    reader->nul_column = reader->starts->len + 1;
  g_array_append_val (reader->starts, start);
  g_string_append_c (reader->row, '\0');
  reader->cell_start = reader->row->len;
}

/* Points @cells at the row's cells, once it is whole (@row no longer
 * grows, so the pointers stay good until the next row is read). */
static void
csv_fill_cells (CsvReader *reader,
                GPtrArray *cells)
{
  g_ptr_array_set_size (cells, reader->starts->len);
  for (guint i = 0; i < reader->starts->len; i++)
    cells->pdata[i] = reader->row->str + g_array_index (reader->starts, guint, i);
}

/* The text goes on into JSON records and messages, which must be UTF-8:
 * a file in another encoding is refused, at the first cell that shows it. */
static gboolean
csv_check_utf8 (CsvReader  *reader,
                GPtrArray  *cells,
                guint       row_line,
                GError    **error)
{
  if (reader->nul_column > 0)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s:%u:%u: a NUL byte in a cell (not text: the cell would be cut short)",
                   reader->path, row_line, reader->nul_column);
      return FALSE;
    }
  /* Text that is all ASCII is UTF-8. */
  if ((reader->high & 0x80) == 0)
    return TRUE;
  for (guint i = 0; i < cells->len; i++)
    if (!g_utf8_validate (g_ptr_array_index (cells, i), -1, NULL))
      {
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                     "%s:%u:%u: not UTF-8 text (save the file as UTF-8)",
                     reader->path, row_line, i + 1);
        return FALSE;
      }
  return TRUE;
}

/* Finds the next row's cells in place, without copying them, when the
 * row is plain: whole in the buffer already read, and every byte of it
 * ASCII and not NUL (its cells are then UTF-8, and csv_read_row() would
 * refuse none of them).  Returns TRUE with the spans of the row's first
 * @n_spans cells, its number of cells and its line, the reader moved past
 * the row exactly as csv_read_row() would move it; FALSE with the reader
 * untouched when the row is not plain, or at the end of the buffer: then
 * csv_read_row() reads it (and refills the buffer, or reports what is
 * wrong with the row, file, line and column as always). */
/* The bytes that end an unquoted cell (comma, LF, CR) or make a row one
 * for csv_read_row() (NUL, not ASCII). */
static const guint8 csv_stops_scan[256] = {
  [0] = 1, [','] = 1, ['\n'] = 1, ['\r'] = 1,
  [0x80 ... 0xff] = 1,
};

static gboolean
csv_scan_row (CsvReader *reader,
              CsvSpan   *spans,
              guint      n_spans,
              guint     *n_cells,
              guint     *row_line)
{
  const guint8 *buffer = reader->buffer;
  gsize p = reader->position;
  gsize end = reader->length;
  guint line = reader->line;
  gboolean skip_lf = reader->skip_lf;
  guint cell = 0;

  /* What csv_read_row() skips before a row: the LF of a CRLF, empty lines. */
  for (;;)
    {
      guint8 c;

      if (p == end)
        return FALSE;
      c = buffer[p];
      if (skip_lf)
        {
          skip_lf = FALSE;
          if (c == '\n')
            {
              p++;
              continue;
            }
        }
      if (c == '\n' || c == '\r')
        {
          line++;
          skip_lf = c == '\r';
          p++;
          continue;
        }
      break;
    }
  *row_line = line;

  for (;;)
    {
      gsize start = p;
      gboolean quoted = FALSE;
      guint8 c;

      if (buffer[p] == '"')
        {
          /* A quoted cell: "" is a quote, line breaks are part of it. */
          quoted = TRUE;
          p++;
          for (;;)
            {
              if (p == end)
                return FALSE;
              c = buffer[p++];
              if (c == '"')
                {
                  if (p == end)
                    return FALSE;
                  if (buffer[p] != '"')
                    break;
                  p++;
                }
              else if (c == '\n')
                line++;
              else if (c == '\0' || c >= 0x80)
                return FALSE;
            }
        }

      /* Unquoted, or text after a closing quote: to a comma or line break. */
      while (p < end && !csv_stops_scan[buffer[p]])
        p++;
      if (p == end)
        return FALSE;
      c = buffer[p];
      if (c != ',' && c != '\n' && c != '\r')
        return FALSE;

      if (cell < n_spans)
        spans[cell] = (CsvSpan) { start, p - start, quoted };
      cell++;
      p++;
      if (c == ',')
        {
          if (p == end)
            return FALSE;
          continue;
        }
      line++;
      skip_lf = c == '\r';
      break;
    }

  reader->position = p;
  reader->line = line;
  reader->skip_lf = skip_lf;
  *n_cells = cell;
  return TRUE;
}

/* Reads the next row into @cells (emptied first; a #GPtrArray that frees
 * nothing).  The cells are the reader's: good until its next row is read
 * or it is closed.  Returns FALSE at the
 * end of the file, and FALSE with @error set when the file cannot be read,
 * is not UTF-8 or has a quoted cell never closed.  @error must not be NULL: it is how
 * the end of the file is told from a failure. */
static gboolean
csv_read_row_bytes (CsvReader  *reader,
                    GPtrArray  *cells,
                    guint      *row_line,
                    GError    **error)
{
  CsvState state = CSV_FIELD_START;
  guint quote_line = 0;
  gboolean content = FALSE;

  g_ptr_array_set_size (cells, 0);
  g_string_truncate (reader->row, 0);
  g_array_set_size (reader->starts, 0);
  reader->cell_start = 0;
  reader->high = 0;
  reader->nul_column = 0;
  *row_line = reader->line;

  for (;;)
    {
      int c = csv_next_byte (reader, error);

      if (c < 0)
        {
          if (*error != NULL)
            return FALSE;
          if (state == CSV_QUOTED)
            {
              g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                           "%s:%u: a quoted cell is never closed (malformed CSV)",
                           reader->path, quote_line);
              return FALSE;
            }
          if (!content)
            return FALSE;
          csv_end_cell (reader);
          csv_fill_cells (reader, cells);
          return csv_check_utf8 (reader, cells, *row_line, error);
        }

      if (reader->skip_lf)
        {
          reader->skip_lf = FALSE;
          if (c == '\n')
            {
              *row_line = reader->line;
              continue;
            }
        }

      if (state == CSV_QUOTED)
        {
          if (c == '"')
            state = CSV_QUOTE_IN_QUOTED;
          else
            {
              if (c == '\n')
                reader->line++;
              csv_append (reader, c);
            }
          continue;
        }

      if (c == '\n' || c == '\r')
        {
          reader->line++;
          if (c == '\r')
            reader->skip_lf = TRUE;
          if (!content)
            {
              /* An empty line: nothing to read, go on to the next. */
              *row_line = reader->line;
              continue;
            }
          csv_end_cell (reader);
          csv_fill_cells (reader, cells);
          return csv_check_utf8 (reader, cells, *row_line, error);
        }

      content = TRUE;
      switch (state)
        {
        case CSV_FIELD_START:
          if (c == '"')
            {
              state = CSV_QUOTED;
              quote_line = reader->line;
            }
          else if (c == ',')
            csv_end_cell (reader);
          else
            {
              csv_append (reader, c);
              state = CSV_UNQUOTED;
            }
          break;

        case CSV_UNQUOTED:
          if (c == ',')
            {
              csv_end_cell (reader);
              state = CSV_FIELD_START;
            }
          else
            csv_append (reader, c);
          break;

        case CSV_QUOTE_IN_QUOTED:
          if (c == '"')
            {
              csv_append (reader, '"');
              state = CSV_QUOTED;
            }
          else if (c == ',')
            {
              csv_end_cell (reader);
              state = CSV_FIELD_START;
            }
          else
            {
              /* Text after a closing quote ("a"b): kept, as most readers do. */
              csv_append (reader, c);
              state = CSV_UNQUOTED;
            }
          break;

        case CSV_QUOTED:
        default:
          g_assert_not_reached ();
        }
    }
}

/* Reads the next row into @cells (emptied first; a #GPtrArray that frees
 * nothing).  The cells are the reader's: good until its next row is read
 * or it is closed.  Returns FALSE at the end of the file, and FALSE with
 * @error set when the file cannot be read, is not UTF-8 or has a quoted
 * cell never closed.  @error must not be NULL: it is how the end of the
 * file is told from a failure.
 *
 * A plain row (csv_scan_row()) is copied span by span; any other byte by
 * byte, by csv_read_row_bytes(). */
static gboolean
csv_read_row (CsvReader  *reader,
              GPtrArray  *cells,
              guint      *row_line,
              GError    **error)
{
  gsize position = reader->position;
  guint line = reader->line;
  gboolean skip_lf = reader->skip_lf;
  guint n_cells;

  if (csv_scan_row (reader, (CsvSpan *) (gpointer) reader->spans->data, reader->spans->len,
                    &n_cells, row_line))
    {
      const CsvSpan *spans;
      gboolean quoted = FALSE;

      if (n_cells > reader->spans->len)
        {
          /* More cells than ever: again, with room for them. */
          reader->position = position;
          reader->line = line;
          reader->skip_lf = skip_lf;
          g_array_set_size (reader->spans, n_cells);
          if (!csv_scan_row (reader, (CsvSpan *) (gpointer) reader->spans->data,
                             reader->spans->len, &n_cells, row_line))
            g_assert_not_reached ();
        }
      spans = (const CsvSpan *) (gpointer) reader->spans->data;
      for (guint i = 0; !quoted && i < n_cells; i++)
        quoted = spans[i].quoted;
      if (!quoted)
        {
          gsize size = 0;
          char *out;

          for (guint i = 0; i < n_cells; i++)
            size += spans[i].length + 1;
          g_string_set_size (reader->row, size);
          g_ptr_array_set_size (cells, n_cells);
          out = reader->row->str;
          for (guint i = 0; i < n_cells; i++)
            {
              cells->pdata[i] = out;
              memcpy (out, reader->buffer + spans[i].start, spans[i].length);
              out += spans[i].length;
              *out++ = '\0';
            }
          return TRUE;
        }
      /* Quoted cells are unquoted byte by byte. */
      reader->position = position;
      reader->line = line;
      reader->skip_lf = skip_lf;
    }

  return csv_read_row_bytes (reader, cells, row_line, error);
}

/* Files and tables --------------------------------------------------------- */

/* A file of the return.  Its reader is open only while it is read
 * (table_file_reader()): a return split over more files than the process
 * may hold open is read all the same. */
typedef struct
{
  char                           *path;
  const CareplanSsda903TableSpec *spec;
  CsvReader                      *reader;     /* NULL, or open */
  CsvMark                         data;       /* where the row after the header starts */
  guint64                         max_bytes;
  int                            *columns;    /* file column → spec column */
  guint                           n_file_columns;
  guint                           n_blank_columns;  /* empty headers after the last (spreadsheet exports) */
  guint                           header_line;
  guint                           n_blank_rows;     /* rows of empty cells only (spreadsheet exports) */
  guint                           first_blank_row;  /* the line of the first */
} TableFile;

static void
table_file_free (TableFile *file)
{
  g_free (file->path);
  g_clear_pointer (&file->reader, csv_reader_free);
  g_free (file->columns);
  g_free (file);
}

/* At most this many files of a return are open at once: more than the
 * twelve tables of a return, so that reading child by child does not
 * close and open again (and refill the buffer of) a file for every child
 * when each table is one file. */
#define MAX_OPEN_FILES 16

/* @file's reader, opened again at its first row after the header when it
 * is not open.  With @open (the files whose readers are open, the most
 * recently used last), the least recently used is closed first when
 * MAX_OPEN_FILES are open. */
static CsvReader *
table_file_reader (TableFile  *file,
                   GPtrArray  *open,
                   GError    **error)
{
  g_autoptr(CsvReader) reader = NULL;

  if (file->reader != NULL)
    {
      if (open != NULL && g_ptr_array_remove (open, file))
        g_ptr_array_add (open, file);
      return file->reader;
    }

  if (open != NULL && open->len >= MAX_OPEN_FILES)
    {
      TableFile *oldest = g_ptr_array_steal_index (open, 0);

      g_clear_pointer (&oldest->reader, csv_reader_free);
    }

  reader = csv_reader_open (file->path, file->max_bytes, error);
  if (reader == NULL || !csv_reader_seek (reader, &file->data, error))
    return NULL;
  file->reader = g_steal_pointer (&reader);
  if (open != NULL)
    g_ptr_array_add (open, file);
  return file->reader;
}

/* Matches a header row to the table with exactly that set of columns. */
static const CareplanSsda903TableSpec *
match_table (GPtrArray *headers,
             int      **columns)
{
  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    {
      const CareplanSsda903TableSpec *spec = &careplan_ssda903_tables[t];
      g_autofree int *map = NULL;
      guint64 seen = 0;
      gboolean ok = TRUE;

      if (headers->len != spec->n_columns)
        continue;

      map = g_new (int, headers->len);
      for (guint i = 0; ok && i < headers->len; i++)
        {
          const char *header = g_ptr_array_index (headers, i);

          map[i] = -1;
          for (guint j = 0; j < spec->n_columns; j++)
            if (strcmp (header, spec->columns[j].name) == 0)
              {
                map[i] = (int) j;
                break;
              }
          if (map[i] < 0 || (seen & (G_GUINT64_CONSTANT (1) << map[i])) != 0)
            ok = FALSE;
          else
            seen |= G_GUINT64_CONSTANT (1) << map[i];
        }

      if (ok)
        {
          *columns = g_steal_pointer (&map);
          return spec;
        }
    }

  return NULL;
}

static gboolean
spec_has_column (const CareplanSsda903TableSpec *spec,
                 const char                     *name)
{
  for (guint j = 0; j < spec->n_columns; j++)
    if (strcmp (name, spec->columns[j].name) == 0)
      return TRUE;
  return FALSE;
}

/* Quoted for a message: cut when long, control characters escaped. */
static char *
quote_for_message (const char *text)
{
  g_autofree char *cut = careplan_json_cut_for_message (text);

  return g_strdup_printf ("“%s”", cut);
}

/* What a header row that is no table's lacks or has too many of, for the
 * table it is closest to (the most column names in common). */
static void
set_no_table_error (GError    **error,
                    const char *path,
                    guint       line,
                    GPtrArray  *headers)
{
  const CareplanSsda903TableSpec *closest = NULL;
  guint best = 0;
  guint first_unknown = 0;
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autoptr(GString) hint = g_string_new (NULL);
  g_autofree char *quoted = NULL;

  for (guint i = 0; i < headers->len; i++)
    {
      if (i > 0)
        g_string_append_c (joined, ',');
      g_string_append (joined, g_ptr_array_index (headers, i));
    }
  quoted = quote_for_message (joined->str);

  for (guint t = 0; t < CAREPLAN_SSDA903_N_TABLES; t++)
    {
      const CareplanSsda903TableSpec *spec = &careplan_ssda903_tables[t];
      guint common = 0;

      for (guint i = 0; i < headers->len; i++)
        if (spec_has_column (spec, g_ptr_array_index (headers, i)))
          common++;
      if (common > best)
        {
          best = common;
          closest = spec;
        }
    }

  /* Only a near miss gets a hint: half of the table's columns at least. */
  if (closest != NULL && best * 2 >= closest->n_columns)
    {
      guint n_missing = 0, n_unknown = 0;

      g_string_append_printf (hint, "; closest is %s", closest->name);
      for (guint j = 0; j < closest->n_columns; j++)
        {
          gboolean found = FALSE;

          for (guint i = 0; !found && i < headers->len; i++)
            found = strcmp (g_ptr_array_index (headers, i), closest->columns[j].name) == 0;
          if (!found)
            {
              g_string_append (hint, n_missing == 0 ? ": missing " : ", ");
              g_string_append (hint, closest->columns[j].name);
              n_missing++;
            }
        }
      for (guint i = 0; i < headers->len; i++)
        if (!spec_has_column (closest, g_ptr_array_index (headers, i)))
          {
            g_autofree char *name = NULL;

            if (first_unknown == 0)
              first_unknown = i + 1;
            if (++n_unknown > 3)
              continue;
            name = quote_for_message (g_ptr_array_index (headers, i));
            if (n_unknown == 1)
              g_string_append_printf (hint, "; not in %s: %s (column %u", closest->name, name, i + 1);
            else
              g_string_append_printf (hint, ", %s (column %u", name, i + 1);
            /* A spreadsheet may have changed the case of a name. */
            for (guint j = 0; j < closest->n_columns; j++)
              if (g_ascii_strcasecmp (g_ptr_array_index (headers, i), closest->columns[j].name) == 0)
                g_string_append_printf (hint, "; the return spells it %s", closest->columns[j].name);
            g_string_append_c (hint, ')');
          }
      if (n_unknown > 3)
        g_string_append_printf (hint, " and %u more", n_unknown - 3);
    }

  if (first_unknown > 0)
    g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                 "%s:%u:%u: the header %s is not that of an SSDA903 table "
                 "(Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, "
                 "PrevPerm, Missing, SWEpisodes or DoLo)%s", path, line, first_unknown,
                 quoted, hint->str);
  else
    g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                 "%s:%u: the header %s is not that of an SSDA903 table "
                 "(Header, Episodes, Reviews, UASC, OC2, OC3, AD1, PlacedAdoption, "
                 "PrevPerm, Missing, SWEpisodes or DoLo)%s", path, line, quoted, hint->str);
}

/* A header row as spreadsheet programs export it, checked before it is
 * matched to a table: empty cells after the last header (a sheet whose
 * used range is wider than its data) are counted in @n_blank and
 * tolerated; an empty header among the named ones, or a column named
 * twice (a column copied in the sheet), is refused, naming the column. */
static gboolean
check_header_cells (const char  *path,
                    guint        line,
                    GPtrArray   *headers,
                    guint       *n_blank,
                    GError     **error)
{
  guint n_named = headers->len;

  while (n_named > 0 && *(const char *) g_ptr_array_index (headers, n_named - 1) == '\0')
    n_named--;
  *n_blank = headers->len - n_named;

  for (guint i = 0; i < n_named; i++)
    {
      const char *name = g_ptr_array_index (headers, i);

      if (name[0] == '\0')
        {
          g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                       "%s:%u:%u: column %u has no header (an SSDA903 table names every "
                       "column; delete the empty column)", path, line, i + 1, i + 1);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (strcmp (name, g_ptr_array_index (headers, j)) == 0)
          {
            g_autofree char *quoted = quote_for_message (name);

            g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                         "%s:%u:%u: the column %s is repeated (first in column %u): an SSDA903 "
                         "table names each column once (a spreadsheet export repeats a column "
                         "copied in the sheet; delete the copy)", path, line, i + 1, quoted, j + 1);
            return FALSE;
          }
    }

  g_ptr_array_set_size (headers, n_named);
  return TRUE;
}

static TableFile *
open_table_file (const char  *path,
                 guint64      max_bytes,
                 GError     **error)
{
  g_autoptr(CsvReader) reader = NULL;
  g_autoptr(GPtrArray) headers = g_ptr_array_new ();
  g_autoptr(GError) local_error = NULL;
  const CareplanSsda903TableSpec *spec;
  int *columns = NULL;
  TableFile *file;
  guint line, n_blank;

  reader = csv_reader_open (path, max_bytes, error);
  if (reader == NULL)
    return NULL;

  if (!csv_read_row (reader, headers, &line, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                     "%s: empty file: an SSDA903 table starts with a row of column headers",
                     path);
      return NULL;
    }

  for (guint i = 0; i < headers->len; i++)
    g_strstrip ((char *) g_ptr_array_index (headers, i));

  if (!check_header_cells (path, line, headers, &n_blank, error))
    return NULL;

  spec = match_table (headers, &columns);
  if (spec == NULL)
    {
      set_no_table_error (error, path, line, headers);
      return NULL;
    }

  file = g_new0 (TableFile, 1);
  file->path = g_strdup (path);
  file->spec = spec;
  file->data = csv_reader_mark (reader);
  file->max_bytes = max_bytes;
  file->columns = columns;
  file->n_file_columns = headers->len;
  file->n_blank_columns = n_blank;
  file->header_line = line;
  return file;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_table_files (gconstpointer a,
                     gconstpointer b)
{
  const TableFile *fa = *(TableFile * const *) a;
  const TableFile *fb = *(TableFile * const *) b;

  if (fa->spec->table != fb->spec->table)
    return fa->spec->table < fb->spec->table ? -1 : 1;
  return strcmp (fa->path, fb->path);
}

/* The directory's `*.csv` files (any case), hidden ones left out, each
 * opened and recognised; in the order they are to be read. */
static GPtrArray *
open_table_files (const char  *dir,
                  guint64      max_bytes,
                  GError     **error)
{
  g_autoptr(GDir) handle = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) table_file_free);
  const char *name;

  handle = g_dir_open (dir, 0, &local_error);
  if (handle == NULL)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO, "%s: %s", dir, local_error->message);
      return NULL;
    }

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);

      if (name[0] != '.' && g_str_has_suffix (lower, ".csv"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);
      TableFile *file;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      file = open_table_file (path, max_bytes, error);
      if (file == NULL)
        return NULL;
      g_ptr_array_add (files, file);
    }

  g_ptr_array_sort (files, compare_table_files);
  return g_steal_pointer (&files);
}

/* Rows seen ------------------------------------------------------------------ */

/* The rows read so far, to find a repeated row: each row's key (its table
 * and cells, row_key()) once, with the line it was first on.  The keys lie
 * end to end in one buffer and an open-addressing table of indices finds
 * them: a key is hashed once and not allocated on its own. */
typedef struct
{
  gsize  offset;     /* in RowsSeen.keys */
  gsize  length;
  guint  hash;
  guint  line;
} RowSeen;

typedef struct
{
  GString *keys;
  GArray  *rows;     /* RowSeen */
  guint   *slots;    /* index into @rows + 1; 0: free */
  guint    n_slots;  /* a power of two, more than twice the rows */
} RowsSeen;

#define ROWS_SEEN_MIN_SLOTS 16

static RowsSeen *
rows_seen_new (void)
{
  RowsSeen *self = g_new0 (RowsSeen, 1);

  self->keys = g_string_sized_new (1024);
  self->rows = g_array_new (FALSE, FALSE, sizeof (RowSeen));
  self->n_slots = ROWS_SEEN_MIN_SLOTS;
  self->slots = g_new0 (guint, self->n_slots);
  return self;
}

static void
rows_seen_free (RowsSeen *self)
{
  g_string_free (self->keys, TRUE);
  g_array_unref (self->rows);
  g_free (self->slots);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RowsSeen, rows_seen_free)

/* Forgets every row; a table grown for a child of many rows is made small
 * again, so that emptying it stays cheap. */
static void
rows_seen_clear (RowsSeen *self)
{
  if (self->n_slots > 4 * ROWS_SEEN_MIN_SLOTS && self->rows->len < self->n_slots / 8)
    {
      g_free (self->slots);
      self->n_slots = ROWS_SEEN_MIN_SLOTS;
      self->slots = g_new0 (guint, self->n_slots);
    }
  else
    memset (self->slots, 0, self->n_slots * sizeof self->slots[0]);
  g_string_truncate (self->keys, 0);
  g_array_set_size (self->rows, 0);
}

static guint
rows_seen_hash (const char *key,
                gsize       length)
{
  guint hash = 2166136261u;   /* FNV-1a */

  for (gsize i = 0; i < length; i++)
    hash = (hash ^ (guint8) key[i]) * 16777619u;
  return hash;
}

/* Whether a row of @key was seen before (its line in @first_line);
 * if not, it is now, on @line. */
static gboolean
rows_seen_check (RowsSeen   *self,
                 const char *key,
                 gsize       length,
                 guint       line,
                 guint      *first_line)
{
  guint hash = rows_seen_hash (key, length);
  guint mask = self->n_slots - 1;
  guint slot = hash & mask;
  RowSeen fresh;

  for (; self->slots[slot] != 0; slot = (slot + 1) & mask)
    {
      const RowSeen *row = &g_array_index (self->rows, RowSeen, self->slots[slot] - 1);

      if (row->hash == hash && row->length == length &&
          memcmp (self->keys->str + row->offset, key, length) == 0)
        {
          *first_line = row->line;
          return TRUE;
        }
    }

  /* Past a billion rows (more than any file the reader reads holds), rows
   * are no longer kept: the table's size would not fit its counts. */
  if (self->rows->len >= G_MAXUINT / 4)
    return FALSE;
  fresh = (RowSeen) { self->keys->len, length, hash, line };
  g_string_append_len (self->keys, key, (gssize) length);
  g_array_append_val (self->rows, fresh);
  self->slots[slot] = self->rows->len;

  /* At most half full: grown, and every row placed again. */
  if (self->rows->len * 2 > self->n_slots)
    {
      g_free (self->slots);
      self->n_slots *= 2;
      self->slots = g_new0 (guint, self->n_slots);
      mask = self->n_slots - 1;
      for (guint i = 0; i < self->rows->len; i++)
        {
          slot = g_array_index (self->rows, RowSeen, i).hash & mask;
          while (self->slots[slot] != 0)
            slot = (slot + 1) & mask;
          self->slots[slot] = i + 1;
        }
    }
  return FALSE;
}

/* Reading ------------------------------------------------------------------ */

typedef struct
{
  CareplanChild *child;                        /* owned by the store */
  gboolean       in_header;
  guint          header_line;
  guint          n_rows[CAREPLAN_SSDA903_N_TABLES];  /* the `at` of the child's next row */
} ChildEntry;

/* A code whose validity depends on the collection year, checked once the
 * year is known. */
typedef struct
{
  const TableFile             *file;
  guint                        line;
  guint                        column;
  const CareplanSsda903Column *spec_column;
  CareplanChild               *child;
  char                        *code;
} DeferredCode;

/* An OC2 or OC3 event, dated once the year is known. */
typedef struct
{
  CareplanEvent *event;   /* owned */
  ChildEntry    *entry;
  guint          at;
} PendingEvent;

typedef struct
{
  const char *dir;
  int         year;
  GPtrArray  *children;         /* CareplanChild, in the order they are met */
  GHashTable *entries;          /* id → ChildEntry */
  GPtrArray  *problems;
  RowsSeen   *rows_seen;
  GArray     *deferred;         /* DeferredCode */
  GArray     *pending;          /* PendingEvent */
  GPtrArray  *cells;            /* scratch: the row as read */
  GPtrArray  *values;           /* scratch: in spec column order, borrowed */
  GPtrArray  *rendered;         /* scratch */
  GString    *texts;            /* scratch: the row's cells stripped (CellValue.text) */
  GString    *key;              /* scratch: row_key() */
} Reader;

typedef struct
{
  const char   *text;     /* stripped copy, in Reader.texts */
  gboolean      valid;
  CareplanDate  date;
} CellValue;

static void
deferred_code_clear (gpointer data)
{
  g_free (((DeferredCode *) data)->code);
}

static void
pending_event_clear (gpointer data)
{
  g_clear_object (&((PendingEvent *) data)->event);
}

static void
add_problem (Reader              *self,
             CareplanProblemKind  kind,
             CareplanChild       *child,
             const TableFile     *file,
             guint                line,
             guint                column,
             const char          *field,
             const char          *format,
             ...) G_GNUC_PRINTF (8, 9);

static void
add_problem (Reader              *self,
             CareplanProblemKind  kind,
             CareplanChild       *child,
             const TableFile     *file,
             guint                line,
             guint                column,
             const char          *field,
             const char          *format,
             ...)
{
  g_autofree char *message = NULL;
  CareplanProblem *problem;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  problem = careplan_problem_new (kind, child != NULL ? careplan_child_get_id (child) : NULL,
                                  file->spec->name, field, message);
  careplan_problem_set_location (problem, file->path, line, column);
  g_ptr_array_add (self->problems, problem);
}

static ChildEntry *
add_child (Reader     *self,
           const char *id,
           gboolean    in_header,
           guint       line)
{
  g_autoptr(CareplanChild) child = careplan_child_new (id);
  ChildEntry *entry = g_new0 (ChildEntry, 1);

  /* The child's items come from several files: validation problems name
   * the directory, the reader's own problems the file and line. */
  careplan_child_set_source_file (child, self->dir);
  entry->child = child;
  entry->in_header = in_header;
  entry->header_line = line;
  if (!in_header)
    json_object_set_boolean_member (careplan_ssda903_ensure_child (child),
                                    CAREPLAN_SSDA903_KEY_NO_HEADER, TRUE);

  g_ptr_array_add (self->children, g_object_ref (child));
  g_hash_table_insert (self->entries, (gpointer) careplan_child_get_id (child), entry);
  return entry;
}

static JsonArray *
ensure_array_member (JsonObject *object,
                     const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      json_object_set_array_member (object, name, json_array_new ());
      node = json_object_get_member (object, name);
    }
  return json_node_get_array (node);
}

/* Keeps a row that cannot become an item, whole, at its place among the
 * child's rows of that table. */
static void
keep_row (ChildEntry                     *entry,
          const CareplanSsda903TableSpec *spec,
          guint                           at,
          GPtrArray                      *values)
{
  JsonObject *ssda903 = careplan_ssda903_ensure_child (entry->child);
  JsonObject *rows = NULL;
  JsonNode *node = json_object_get_member (ssda903, CAREPLAN_SSDA903_KEY_ROWS);
  JsonObject *row = json_object_new ();
  JsonArray *cells = json_array_new ();

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      json_object_set_object_member (ssda903, CAREPLAN_SSDA903_KEY_ROWS, json_object_new ());
      node = json_object_get_member (ssda903, CAREPLAN_SSDA903_KEY_ROWS);
    }
  rows = json_node_get_object (node);

  /* The child id is the key of the record that holds the row. */
  for (guint i = 1; i < values->len; i++)
    json_array_add_string_element (cells, g_ptr_array_index (values, i));

  json_object_set_int_member (row, CAREPLAN_SSDA903_KEY_AT, at);
  json_object_set_array_member (row, CAREPLAN_SSDA903_KEY_CELLS, cells);
  json_array_add_object_element (ensure_array_member (rows, spec->name), row);
}

/* Codes are quoted in messages, being neither names nor free text; a
 * value that does not look like a code (a name typed into the wrong
 * column) is described by its length only. */
#define MAX_QUOTED_CODE 8

static char *
describe_value (const char *value)
{
  gsize i;

  for (i = 0; value[i] != '\0'; i++)
    if (i >= MAX_QUOTED_CODE || !g_ascii_isalnum (value[i]))
      return g_strdup_printf ("a value of %zu characters", strlen (value));
  return g_strdup_printf ("“%s”", value);
}

/* Checks one cell on its own; reports what is wrong with it. */
static void
check_cell (Reader                      *self,
            const TableFile             *file,
            ChildEntry                  *entry,
            guint                        line,
            guint                        file_column,
            const CareplanSsda903Column *column,
            const char                  *raw,
            char                       **texts,
            CellValue                   *value)
{
  const char *why = NULL;
  gboolean depends_on_year = FALSE;

  /* Stripped (as g_strstrip() strips) into the row's scratch, which
   * read_row() made big enough for every cell of the row. */
  {
    const char *end;
    gsize length;

    while (g_ascii_isspace (*raw))
      raw++;
    end = raw + strlen (raw);
    while (end > raw && g_ascii_isspace (end[-1]))
      end--;
    length = (gsize) (end - raw);
    memcpy (*texts, raw, length);
    (*texts)[length] = '\0';
    value->text = *texts;
    *texts += length + 1;
  }
  value->valid = FALSE;
  value->date = CAREPLAN_DATE_NONE;

  if (value->text[0] == '\0')
    {
      if (column->required)
        add_problem (self, CAREPLAN_PROBLEM_KIND_MISSING_FIELD, entry->child, file, line,
                     file_column, column->name, "blank, but the return requires it");
      return;
    }

  switch (column->type)
    {
    case CAREPLAN_SSDA903_CELL_TEXT:
      value->valid = TRUE;
      break;

    case CAREPLAN_SSDA903_CELL_DATE:
      value->valid = careplan_ssda903_parse_date (value->text, &value->date, &why);
      if (!value->valid)
        add_problem (self, CAREPLAN_PROBLEM_KIND_INVALID_VALUE, entry->child, file, line,
                     file_column, column->name, "%s", why);
      break;

    case CAREPLAN_SSDA903_CELL_PARTIAL_DATE:
      value->valid = careplan_ssda903_check_partial_date (value->text, &why);
      if (!value->valid)
        add_problem (self, CAREPLAN_PROBLEM_KIND_INVALID_VALUE, entry->child, file, line,
                     file_column, column->name, "%s (ZZ may stand for an unknown day or month)",
                     why);
      break;

    case CAREPLAN_SSDA903_CELL_CODE:
      value->valid = careplan_ssda903_code_check (column->codes, value->text, &depends_on_year);
      if (!value->valid)
        {
          g_autofree char *described = describe_value (value->text);

          add_problem (self, CAREPLAN_PROBLEM_KIND_UNKNOWN_CODE, entry->child, file, line,
                       file_column, column->name, "%s is not an SSDA903 %s code", described,
                       careplan_ssda903_code_list_name (column->codes));
        }
      else if (depends_on_year)
        {
          DeferredCode deferred = { file, line, file_column, column, entry->child,
                                    g_strdup (value->text) };

          g_array_append_val (self->deferred, deferred);
        }
      break;

    case CAREPLAN_SSDA903_CELL_SCORE:
      value->valid = careplan_ssda903_check_score (value->text);
      if (!value->valid)
        add_problem (self, CAREPLAN_PROBLEM_KIND_INVALID_VALUE, entry->child, file, line,
                     file_column, column->name, "not an SDQ score (a whole number from 0 to 40)");
      break;

    case CAREPLAN_SSDA903_CELL_UPN:
      value->valid = careplan_ssda903_check_upn (value->text);
      if (!value->valid)
        add_problem (self, CAREPLAN_PROBLEM_KIND_INVALID_VALUE, entry->child, file, line,
                     file_column, column->name,
                     "not a unique pupil number (a letter, 11 digits and a digit or letter) "
                     "nor UN1 to UN10");
      break;

    case CAREPLAN_SSDA903_CELL_POSTCODE:
      value->valid = careplan_ssda903_check_postcode (value->text);
      if (!value->valid)
        add_problem (self, CAREPLAN_PROBLEM_KIND_INVALID_VALUE, entry->child, file, line,
                     file_column, column->name,
                     "not a postcode: %zu characters where a postcode has 8 at most",
                     strlen (value->text));
      break;

    default:
      g_assert_not_reached ();
    }

  if (!value->valid)
    return;

  /* What a table repeats from Header must agree with it. */
  if (column->target == CAREPLAN_SSDA903_TARGET_REPEATED_DOB)
    {
      CareplanDate dob = careplan_child_get_date_of_birth (entry->child);

      if (entry->in_header && dob != CAREPLAN_DATE_NONE && dob != value->date)
        add_problem (self, CAREPLAN_PROBLEM_KIND_INCONSISTENT, entry->child, file, line,
                     file_column, column->name,
                     "differs from the date of birth in Header (line %u)", entry->header_line);
    }
  else if (column->target == CAREPLAN_SSDA903_TARGET_REPEATED_SEX)
    {
      const char *sex = careplan_child_get_sex (entry->child);
      const char *normal = careplan_ssda903_normalise_code (column->codes, value->text);

      if (entry->in_header && sex != NULL && normal != NULL && strcmp (sex, normal) != 0)
        add_problem (self, CAREPLAN_PROBLEM_KIND_INCONSISTENT, entry->child, file, line,
                     file_column, column->name,
                     "differs from the sex in Header (line %u)", entry->header_line);
    }
}

/* Puts a checked, valid cell where it belongs. */
static void
apply_cell (const CareplanSsda903Column *column,
            CareplanChild               *child,
            gpointer                     item,
            JsonObject                  *raw_store,
            const char                  *raw,
            const CellValue             *value)
{
  /* Raw cells are kept whatever their validity: they are the only copy. */
  if (column->target == CAREPLAN_SSDA903_TARGET_RAW)
    {
      if (raw[0] != '\0')
        json_object_set_string_member (raw_store, column->name, raw);
      return;
    }

  if (!value->valid)
    return;

  switch (column->target)
    {
    case CAREPLAN_SSDA903_TARGET_CHILD_DOB:
      careplan_child_set_date_of_birth (child, value->date);
      break;
    case CAREPLAN_SSDA903_TARGET_CHILD_SEX:
      careplan_child_set_sex (child, careplan_ssda903_normalise_code (column->codes, value->text));
      break;
    case CAREPLAN_SSDA903_TARGET_CHILD_UPN:
      careplan_child_set_upn (child, value->text);
      break;
    case CAREPLAN_SSDA903_TARGET_EPISODE_START:
      careplan_episode_set_start (item, value->date);
      break;
    case CAREPLAN_SSDA903_TARGET_EPISODE_END:
      careplan_episode_set_end (item, value->date);
      break;
    case CAREPLAN_SSDA903_TARGET_EPISODE_STRING:
      column->set_string (item, value->text);
      break;
    case CAREPLAN_SSDA903_TARGET_EVENT_DATE:
      careplan_event_set_date (item, value->date);
      break;
    case CAREPLAN_SSDA903_TARGET_EVENT_END:
      careplan_event_set_end (item, value->date);
      break;
    case CAREPLAN_SSDA903_TARGET_EVENT_DETAIL:
      careplan_event_set_detail (item, value->text);
      break;
    case CAREPLAN_SSDA903_TARGET_EVENT_DATE_FIELD:
      careplan_event_set_date_field (item, column->field, value->date);
      break;
    case CAREPLAN_SSDA903_TARGET_EVENT_TEXT_FIELD:
      careplan_event_set_text_field (item, column->field, value->text);
      break;
    case CAREPLAN_SSDA903_TARGET_CHILD_ID:
    case CAREPLAN_SSDA903_TARGET_REPEATED_DOB:
    case CAREPLAN_SSDA903_TARGET_REPEATED_SEX:
      /* Checked against Header; rendered from the child. */
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Keeps, verbatim, every cell that rendering the item would not give
 * back: this is what makes reading and writing exact. */
static void
keep_overrides (Reader                         *self,
                const CareplanSsda903TableSpec *spec,
                CareplanChild                  *child,
                gpointer                        item)
{
  JsonObject *overrides = NULL;
  /* What careplan_ssda903_render_row() would read: set here only under
   * names not yet looked up, so looking each cell up in turn gives what
   * rendering the row before any of them is set gives. */
  JsonObject *kept = careplan_ssda903_row_overrides (spec, child, item);

  for (guint i = 1; i < spec->n_columns; i++)
    {
      const char *raw = g_ptr_array_index (self->values, i);
      char date[11];

      if (strcmp (raw, careplan_ssda903_peek_row_cell (spec, i, kept, child, item, self->year,
                                                       date)) == 0)
        continue;

      if (overrides == NULL)
        {
          switch (spec->item_kind)
            {
            case CAREPLAN_SSDA903_ITEM_CHILD:
              overrides = careplan_ssda903_ensure_child (child);
              break;
            case CAREPLAN_SSDA903_ITEM_EPISODE:
              overrides = careplan_ssda903_ensure_episode (item);
              break;
            case CAREPLAN_SSDA903_ITEM_EVENT:
              overrides = careplan_ssda903_ensure_event (item);
              break;
            case CAREPLAN_SSDA903_ITEM_OBJECT:
              overrides = item;
              break;
            default:
              g_assert_not_reached ();
            }
        }
      json_object_set_string_member (overrides, spec->columns[i].name, raw);
    }
}

static const char *
row_key (const CareplanSsda903TableSpec *spec,
         GPtrArray                      *values,
         GString                        *key)
{
  gsize size = 1;
  char *out;

  for (guint i = 0; i < values->len; i++)
    size += 1 + strlen (g_ptr_array_index (values, i));
  g_string_set_size (key, size);
  out = key->str;
  *out++ = (char) ('A' + spec->table);
  for (guint i = 0; i < values->len; i++)
    {
      const char *value = g_ptr_array_index (values, i);
      gsize length = strlen (value);

      *out++ = '\x1f';
      memcpy (out, value, length);
      out += length;
    }
  return key->str;
}

/* Keeps the row of an UASC or PrevPerm table on the child. */
static JsonObject *
add_row_object (CareplanChild                  *child,
                const CareplanSsda903TableSpec *spec)
{
  JsonObject *object = json_object_new ();

  json_array_add_object_element (ensure_array_member (careplan_ssda903_ensure_child (child),
                                                      spec->name),
                                 object);
  return object;
}

static void
read_row (Reader    *self,
          TableFile *file,
          guint      line)
{
  const CareplanSsda903TableSpec *spec = file->spec;
  CellValue values[64];    /* a table has 64 columns at most (match_table()) */
  const char *key;
  char *texts;
  gsize texts_size = 0;
  const char *id;
  ChildEntry *entry;
  guint seen_line;
  gpointer item = NULL;
  g_autoptr(GObject) owned_item = NULL;
  JsonObject *raw_store = NULL;
  guint at;

  /* A row of empty cells only (",,,,": a spreadsheet export writes one
   * for every blank row of the sheet's used range) holds nothing: counted,
   * and said once a file (report_blank_rows()). */
  {
    gboolean blank = TRUE;

    for (guint i = 0; blank && i < self->cells->len; i++)
      for (const char *c = g_ptr_array_index (self->cells, i); blank && *c != '\0'; c++)
        blank = g_ascii_isspace (*c);
    if (blank)
      {
        if (file->n_blank_rows++ == 0)
          file->first_blank_row = line;
        return;
      }
  }

  /* The cells in the table's column order; missing cells are blank. */
  g_ptr_array_set_size (self->values, spec->n_columns);
  for (guint i = 0; i < spec->n_columns; i++)
    g_ptr_array_index (self->values, i) = (gpointer) "";
  for (guint i = 0; i < self->cells->len && i < file->n_file_columns; i++)
    g_ptr_array_index (self->values, file->columns[i]) = g_ptr_array_index (self->cells, i);

  id = g_ptr_array_index (self->values, 0);
  {
    gboolean blank_id = TRUE;
    guint id_column = 1;

    for (guint i = 0; i < file->n_file_columns; i++)
      if (file->columns[i] == 0)
        id_column = i + 1;
    for (const char *c = id; blank_id && *c != '\0'; c++)
      blank_id = g_ascii_isspace (*c);

    if (blank_id)
      {
        add_problem (self, CAREPLAN_PROBLEM_KIND_MISSING_FIELD, NULL, file, line, id_column,
                     "CHILD", "no child id: the row cannot be kept with any child and is left out");
        return;
      }

    entry = g_hash_table_lookup (self->entries, id);
    if (spec->table == CAREPLAN_SSDA903_HEADER)
      {
        if (entry != NULL && entry->in_header)
          {
            add_problem (self, CAREPLAN_PROBLEM_KIND_DUPLICATE, entry->child, file, line, id_column,
                         "CHILD", "a second Header row for the child (first on line %u): "
                         "kept as it is, not read", entry->header_line);
            keep_row (entry, spec, entry->n_rows[spec->table]++, self->values);
            return;
          }
        entry = add_child (self, id, TRUE, line);
      }
    else
      {
        if (entry == NULL)
          entry = add_child (self, id, FALSE, 0);
        if (!entry->in_header)
          add_problem (self, CAREPLAN_PROBLEM_KIND_UNKNOWN_CHILD, entry->child, file, line,
                       id_column, "CHILD", "the child has no row in Header");
      }

    if (self->cells->len < file->n_file_columns ||
        self->cells->len > file->n_file_columns + file->n_blank_columns)
      add_problem (self, CAREPLAN_PROBLEM_KIND_INVALID_VALUE, entry->child, file, line,
                   MIN (self->cells->len, file->n_file_columns) + 1, NULL,
                   "%u cells where the header has %u: %s", self->cells->len,
                   file->n_file_columns,
                   self->cells->len < file->n_file_columns
                   ? "the missing ones are read as blank" : "the extra ones are left out");
    else
      {
        /* Under the empty headers a spreadsheet export leaves, cells are
         * blank; a value there belongs to no column. */
        for (guint i = file->n_file_columns; i < self->cells->len; i++)
          {
            const char *cell = g_ptr_array_index (self->cells, i);

            while (g_ascii_isspace (*cell))
              cell++;
            if (*cell != '\0')
              {
                add_problem (self, CAREPLAN_PROBLEM_KIND_INVALID_VALUE, entry->child, file, line,
                             i + 1, NULL, "a value in column %u, which has no header: "
                             "it belongs to no column and is left out", i + 1);
                break;
              }
          }
      }

    key = row_key (spec, self->values, self->key);
    if (rows_seen_check (self->rows_seen, key, self->key->len, line, &seen_line))
      add_problem (self, CAREPLAN_PROBLEM_KIND_DUPLICATE, entry->child, file, line, id_column,
                   "CHILD", "the same row as line %u", seen_line);
    else if (spec->one_per_child && entry->n_rows[spec->table] > 0)
      add_problem (self, CAREPLAN_PROBLEM_KIND_DUPLICATE, entry->child, file, line, id_column,
                   "CHILD", "a second %s row for the child: the return has one at most",
                   spec->name);
  }

  at = entry->n_rows[spec->table]++;

  g_assert (spec->n_columns <= G_N_ELEMENTS (values));
  memset (values, 0, sizeof values[0] * spec->n_columns);
  for (guint i = 0; i < spec->n_columns; i++)
    texts_size += strlen (g_ptr_array_index (self->values, i)) + 1;
  g_string_set_size (self->texts, texts_size);
  texts = self->texts->str;
  for (guint i = 0; i < file->n_file_columns; i++)
    {
      guint column = (guint) file->columns[i];

      if (column == 0)
        continue;
      check_cell (self, file, entry, line, i + 1, &spec->columns[column],
                  g_ptr_array_index (self->values, column), &texts, &values[column]);
    }

  if (spec->key_column >= 0 && !values[spec->key_column].valid)
    {
      add_problem (self, CAREPLAN_PROBLEM_KIND_FAILED, entry->child, file, line, 1, NULL,
                   "without a usable %s the row is kept as it is, not read into the record",
                   spec->columns[spec->key_column].name);
      keep_row (entry, spec, at, self->values);
      return;
    }

  switch (spec->item_kind)
    {
    case CAREPLAN_SSDA903_ITEM_CHILD:
      item = entry->child;
      raw_store = careplan_ssda903_ensure_child (entry->child);
      break;
    case CAREPLAN_SSDA903_ITEM_EPISODE:
      owned_item = G_OBJECT (careplan_episode_new ());
      item = owned_item;
      break;
    case CAREPLAN_SSDA903_ITEM_EVENT:
      owned_item = G_OBJECT (careplan_event_new_of_kind (spec->event_kind));
      item = owned_item;
      break;
    case CAREPLAN_SSDA903_ITEM_OBJECT:
      if (spec->table == CAREPLAN_SSDA903_UASC)
        careplan_child_set_uasc (entry->child, CAREPLAN_TRISTATE_YES);
      item = raw_store = add_row_object (entry->child, spec);
      break;
    default:
      g_assert_not_reached ();
    }

  for (guint i = 1; i < spec->n_columns; i++)
    apply_cell (&spec->columns[i], entry->child, item, raw_store,
                g_ptr_array_index (self->values, i), &values[i]);

  keep_overrides (self, spec, entry->child, item);

  if (spec->item_kind == CAREPLAN_SSDA903_ITEM_EPISODE)
    careplan_child_add_episode (entry->child, item);
  else if (spec->table == CAREPLAN_SSDA903_OC2 || spec->table == CAREPLAN_SSDA903_OC3)
    {
      /* Dated, and added in order, when the collection year is known. */
      PendingEvent pending = { g_object_ref (item), entry, at };

      g_array_append_val (self->pending, pending);
    }
  else if (spec->item_kind == CAREPLAN_SSDA903_ITEM_EVENT)
    careplan_child_add_event (entry->child, item);
}

static gboolean
read_table_file (Reader     *self,
                 TableFile  *file,
                 GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  CsvReader *reader = table_file_reader (file, NULL, error);
  guint line;

  if (reader == NULL)
    return FALSE;
  while (csv_read_row (reader, self->cells, &line, &local_error))
    read_row (self, file, line);

  g_clear_pointer (&file->reader, csv_reader_free);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

/* The empty columns a spreadsheet export leaves after the last header:
 * tolerated, and said once a file. */
static void
report_blank_columns (Reader    *self,
                      GPtrArray *files)
{
  for (guint i = 0; i < files->len; i++)
    {
      const TableFile *file = g_ptr_array_index (files, i);

      if (file->n_blank_columns > 0)
        add_problem (self, CAREPLAN_PROBLEM_KIND_INVALID_VALUE, NULL, file, file->header_line,
                     file->n_file_columns + 1, NULL,
                     "%u empty column%s after the last header (as a spreadsheet export leaves "
                     "them): ignored, and so are their cells when blank",
                     file->n_blank_columns, file->n_blank_columns == 1 ? "" : "s");
    }
}

/* Rows of empty cells only: left out, and said once a file. */
static void
report_blank_rows (Reader    *self,
                   GPtrArray *files)
{
  for (guint i = 0; i < files->len; i++)
    {
      const TableFile *file = g_ptr_array_index (files, i);

      if (file->n_blank_rows > 0)
        add_problem (self, CAREPLAN_PROBLEM_KIND_INVALID_VALUE, NULL, file, file->first_blank_row, 1,
                     NULL, "%u row%s of empty cells only (as a spreadsheet export leaves them), "
                     "the first on this line: nothing to read, left out",
                     file->n_blank_rows, file->n_blank_rows == 1 ? "" : "s");
    }
}

/* Once the year is known ---------------------------------------------------- */

static void
check_deferred_codes (Reader *self)
{
  for (guint i = 0; i < self->deferred->len; i++)
    {
      const DeferredCode *deferred = &g_array_index (self->deferred, DeferredCode, i);
      g_autofree char *why = NULL;
      g_autofree char *label = NULL;

      if (careplan_ssda903_code_is_valid (deferred->spec_column->codes, deferred->code, self->year))
        continue;

      why = careplan_ssda903_describe_code_years (deferred->spec_column->codes, deferred->code,
                                                  self->year);
      label = g_strdup_printf ("%d/%02d", self->year - 1, self->year % 100);
      add_problem (self, CAREPLAN_PROBLEM_KIND_UNKNOWN_CODE, deferred->child, deferred->file,
                   deferred->line, deferred->column, deferred->spec_column->name,
                   "“%s” is not an SSDA903 %s code in %s: %s", deferred->code,
                   careplan_ssda903_code_list_name (deferred->spec_column->codes), label, why);
    }
}

/* The day a care leaver's OC3 outcomes describe: the birthday that falls
 * in the collection year (the return asks about the 17th to 21st), or
 * 31 March when the date of birth is unknown. */
static CareplanDate
care_leaver_outcomes_date (CareplanChild *child,
                           int            year)
{
  CareplanDate dob = careplan_child_get_date_of_birth (child);
  CareplanDate start = careplan_date_new (year - 1, 4, 1);
  CareplanDate end = careplan_ssda903_year_end (year);
  int age;

  if (dob == CAREPLAN_DATE_NONE || dob > end)
    return end;

  for (age = MAX (0, year - 1 - careplan_date_get_year (dob)); ; age++)
    {
      CareplanDate birthday = careplan_date_get_birthday (dob, (guint) age,
                                                          CAREPLAN_LEAP_DAY_POLICY_MARCH_1);

      if (birthday == CAREPLAN_DATE_NONE || birthday > end)
        return end;
      if (birthday >= start)
        return birthday;
    }
}

static void
add_pending_events (Reader *self)
{
  for (guint i = 0; i < self->pending->len; i++)
    {
      PendingEvent *pending = &g_array_index (self->pending, PendingEvent, i);
      CareplanChild *child = pending->entry->child;
      CareplanEventKind kind = careplan_event_get_kind (pending->event);

      if (self->year == 0)
        {
          /* Without a year the outcomes cannot be dated: keep the row. */
          const CareplanSsda903TableSpec *spec = careplan_ssda903_table_for_event_kind (kind);

          g_ptr_array_set_size (self->rendered, 0);
          careplan_ssda903_render_row (spec, child, pending->event, self->year, self->rendered);
          keep_row (pending->entry, spec, pending->at, self->rendered);
          continue;
        }

      if (kind == CAREPLAN_EVENT_KIND_ANNUAL_OUTCOMES)
        careplan_event_set_date (pending->event, careplan_ssda903_year_end (self->year));
      else
        {
          careplan_event_set_date (pending->event, care_leaver_outcomes_date (child, self->year));
          if (careplan_child_get_care_leaver (child) == NULL)
            {
              g_autoptr(CareplanCareLeaver) care_leaver = careplan_care_leaver_new ();

              careplan_child_set_care_leaver (child, care_leaver);
            }
        }
      careplan_child_add_event (child, pending->event);
    }
}

/* Brings a kept SEX cell in line with the spelling of @year, the rows
 * having been compared with the spelling of no year (the codes 1 and 2). */
static void
respell_sex_cell (JsonObject *overrides,
                  const char *sex,
                  int         year)
{
  const char *before = careplan_ssda903_render_sex (sex, 0);
  const char *now = careplan_ssda903_render_sex (sex, year);
  JsonNode *kept = json_object_get_member (overrides, "SEX");

  if (kept == NULL)
    {
      /* The cell was spelled as the year-less rendering. */
      if (strcmp (before, now) != 0)
        json_object_set_string_member (overrides, "SEX", before);
    }
  else if (JSON_NODE_HOLDS_VALUE (kept) && json_node_get_value_type (kept) == G_TYPE_STRING &&
           strcmp (json_node_get_string (kept), now) == 0)
    json_object_remove_member (overrides, "SEX");
}

/* Once an inferred year is known: what is kept verbatim is what the
 * writer, spelling that year's return, would not reproduce. */
static void
respell_sex (Reader *self)
{
  for (guint i = 0; i < self->children->len; i++)
    {
      CareplanChild *child = g_ptr_array_index (self->children, i);
      ChildEntry *entry = g_hash_table_lookup (self->entries, careplan_child_get_id (child));
      const char *sex = careplan_child_get_sex (child);
      JsonObject *ssda903 = careplan_ssda903_peek_child (child);
      JsonNode *uasc;

      if (entry->in_header)
        {
          if (ssda903 == NULL && strcmp (careplan_ssda903_render_sex (sex, 0),
                                         careplan_ssda903_render_sex (sex, self->year)) != 0)
            ssda903 = careplan_ssda903_ensure_child (child);
          if (ssda903 != NULL)
            respell_sex_cell (ssda903, sex, self->year);
        }

      uasc = ssda903 != NULL ? json_object_get_member (ssda903, "UASC") : NULL;
      if (uasc != NULL && JSON_NODE_HOLDS_ARRAY (uasc))
        {
          JsonArray *rows = json_node_get_array (uasc);

          for (guint j = 0; j < json_array_get_length (rows); j++)
            respell_sex_cell (json_array_get_object_element (rows, j), sex, self->year);
        }
    }
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  CareplanProblem *pa = *(CareplanProblem * const *) a;
  CareplanProblem *pb = *(CareplanProblem * const *) b;
  int order = g_strcmp0 (careplan_problem_get_file (pa), careplan_problem_get_file (pb));
  guint la, lb, ca, cb;

  if (order != 0)
    return order;
  la = careplan_problem_get_line (pa);
  lb = careplan_problem_get_line (pb);
  if (la != lb)
    return la < lb ? -1 : 1;
  ca = careplan_problem_get_column (pa);
  cb = careplan_problem_get_column (pb);
  return (ca > cb) - (ca < cb);
}

/**
 * careplan_ssda903_load_dir:
 * @dir: (type filename): a directory holding the CSV files of an SSDA903 return
 * @collection_year: the year the collection ends in (2026 for 2025/26),
 *   or 0 to infer it as [func@Careplan.ssda903_guess_collection_year] does
 * @problems: (out) (optional) (transfer full): return location for a
 *   [iface@Gio.ListModel] of the [class@Careplan.Problem]s found, in order
 *   of file, line and column
 * @error: return location for a #GError
 *
 * Reads the SSDA903 return in @dir into children's records.
 *
 * Every `*.csv` file directly in @dir (hidden files aside) is read; each
 * is recognised by its exact set of column headers (in any order), not by
 * its name, among the twelve tables Header, Episodes, Reviews, UASC, OC2,
 * OC3, AD1, PlacedAdoption, PrevPerm, Missing, SWEpisodes and DoLo. Dates
 * are `dd/mm/yyyy`; cells may be quoted as RFC 4180 allows.
 *
 * Each Header row becomes a [class@Careplan.Child] (id, sex, date of birth,
 * UPN; `ETHNIC`, `MOTHER` and `MC_DOB` under the child's `ssda903`
 * extras). The return codes sex `1` or `2` to 2023/24 and `M`, `F` or `U`
 * from 2024/25; the record keeps `1` and `2` whichever the year, and `U`
 * (not known) as not recorded. Each Episodes row becomes an
 * [class@Careplan.Episode]; Reviews, OC2, OC3, AD1, PlacedAdoption,
 * Missing, SWEpisodes and DoLo rows [class@Careplan.Event]s of the kinds
 * whose documentation names those tables (OC2 dated 31 March of the
 * collection year, OC3 on the birthday that falls in it); a UASC row sets
 * [property@Careplan.Child:uasc] and keeps `DUC`, and PrevPerm rows are
 * kept as they are, under the child's `ssda903` extras.
 *
 * Problems — a code not in its list for the collection year, a date that
 * does not exist or is not written `dd/mm/yyyy`, a required cell left
 * blank, a row for a child missing from Header, a repeated row, a date of
 * birth or sex that disagrees with Header, a row with too few or too many
 * cells, a table that is not part of the year's return — are returned in
 * @problems as [class@Careplan.Problem]s whose path is the table, whose
 * field is the column header and whose location is the file, line and
 * column; the rest of the row is read. Only a row without a child id, which
 * belongs to no child, and the cells past the header's width are left out,
 * and both are reported. A bad value stays out of the model but is kept
 * verbatim in the item's `ssda903` extras; a row that cannot become an
 * item (its key date unusable, or a second Header row for the child) is
 * kept whole under the child's `ssda903.rows`; a child found only in other
 * tables is marked `ssda903.no_header`. So
 * [func@Careplan.ssda903_save_dir] writes back every cell as it was read.
 *
 * Spreadsheet exports are met halfway: empty header cells after the last
 * column (a sheet whose used range is wider than its data) are ignored,
 * with one problem naming the file, line and column where they start,
 * and so are the blank cells under them; a value under an empty header
 * is a problem of its row, and left out. Rows of empty cells only (a
 * sheet's blank rows, exported as `,,,,`) hold nothing and are left out,
 * with one problem a file giving their number and the first one's line.
 *
 * Errors are kept for what stops the reading: a directory or file that
 * cannot be read or is bigger than %CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE
 * (%CAREPLAN_ERROR_IO), a CSV file whose header is that of no table (the
 * message names the closest table and what the header lacks or has too
 * many of), a header with a column named twice or an empty header among
 * the named ones, a file that is not UTF-8 text, or a quoted cell never
 * closed (%CAREPLAN_ERROR_INVALID_RECORD); messages name the file, line
 * and, where there is one, the column. A value quoted in a message is cut
 * to 60 characters, with control characters shown as `\n`, `\x1b`, ….
 *
 * Files are opened one at a time, never all at once, so a return split
 * over more files than the process may hold open is read all the same.
 *
 * Returns: (transfer full) (nullable): a list of [class@Careplan.Child],
 *   Header children in the order of Header and then children found only
 *   in other tables, or %NULL with @error set
 *
 * Since: 0.1
 */
GListModel *
careplan_ssda903_load_dir (const char   *dir,
                           int           collection_year,
                           GListModel  **problems,
                           GError      **error)
{
  return careplan_ssda903_load_dir_full (dir, collection_year, 0, problems, error);
}

/**
 * careplan_ssda903_load_dir_full:
 * @dir: (type filename): a directory holding the CSV files of an SSDA903 return
 * @collection_year: the year the collection ends in (2026 for 2025/26),
 *   or 0 to infer it as [func@Careplan.ssda903_guess_collection_year] does
 * @max_file_size: the most bytes to read from one CSV file, or 0 for
 *   %CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE (%G_MAXUINT64: no limit)
 * @problems: (out) (optional) (transfer full): return location for a
 *   [iface@Gio.ListModel] of the [class@Careplan.Problem]s found, in order
 *   of file, line and column
 * @error: return location for a #GError
 *
 * Reads the SSDA903 return in @dir as [func@Careplan.ssda903_load_dir]
 * does, refusing (%CAREPLAN_ERROR_IO, naming the file, its size and the
 * limit) a CSV file longer than @max_file_size bytes, before any of it is
 * read; a file that grows past the limit while it is read is refused
 * there.
 *
 * Returns: (transfer full) (nullable): a list of [class@Careplan.Child]
 *   as [func@Careplan.ssda903_load_dir] returns it, or %NULL with @error set
 *
 * Since: 0.2
 */
GListModel *
careplan_ssda903_load_dir_full (const char   *dir,
                                int           collection_year,
                                guint64       max_file_size,
                                GListModel  **problems,
                                GError      **error)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) child_list = NULL;
  g_autoptr(GListStore) children = NULL;
  g_autoptr(GHashTable) entries = NULL;
  g_autoptr(GPtrArray) problem_list = NULL;
  g_autoptr(RowsSeen) rows_seen = NULL;
  g_autoptr(GArray) deferred = NULL;
  g_autoptr(GArray) pending = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GPtrArray) rendered = NULL;
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autoptr(GString) key = g_string_new (NULL);
  Reader reader;

  g_return_val_if_fail (dir != NULL, NULL);
  g_return_val_if_fail (collection_year == 0 || (collection_year > 1 && collection_year <= 9999),
                        NULL);
  g_return_val_if_fail (problems == NULL || *problems == NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  files = open_table_files (dir, max_file_size != 0 ? max_file_size
                                                    : CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE, error);
  if (files == NULL)
    return NULL;

  child_list = g_ptr_array_new_with_free_func (g_object_unref);
  entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  problem_list = g_ptr_array_new_with_free_func (g_object_unref);
  rows_seen = rows_seen_new ();
  deferred = g_array_new (FALSE, FALSE, sizeof (DeferredCode));
  g_array_set_clear_func (deferred, deferred_code_clear);
  pending = g_array_new (FALSE, FALSE, sizeof (PendingEvent));
  g_array_set_clear_func (pending, pending_event_clear);
  cells = g_ptr_array_new ();
  values = g_ptr_array_new ();
  rendered = g_ptr_array_new_with_free_func (g_free);

  reader = (Reader) {
    .dir = dir,
    .year = collection_year,
    .children = child_list,
    .entries = entries,
    .problems = problem_list,
    .rows_seen = rows_seen,
    .deferred = deferred,
    .pending = pending,
    .cells = cells,
    .values = values,
    .rendered = rendered,
    .texts = texts,
    .key = key,
  };

  report_blank_columns (&reader, files);
  for (guint i = 0; i < files->len; i++)
    if (!read_table_file (&reader, g_ptr_array_index (files, i), error))
      return NULL;
  report_blank_rows (&reader, files);

  children = g_list_store_new (CAREPLAN_TYPE_CHILD);
  g_list_store_splice (children, 0, 0, child_list->pdata, child_list->len);

  if (reader.year == 0)
    {
      reader.year = careplan_ssda903_guess_collection_year (G_LIST_MODEL (children));
      if (reader.year != 0)
        respell_sex (&reader);
    }

  if (reader.year != 0)
    {
      check_deferred_codes (&reader);

      for (guint i = 0; i < files->len; i++)
        {
          const TableFile *file = g_ptr_array_index (files, i);

          if (file->spec->first_year > reader.year)
            add_problem (&reader, CAREPLAN_PROBLEM_KIND_FAILED, NULL, file, 1, 0, NULL,
                         "the %s table is part of the return only from %d/%02d (this return "
                         "is %d/%02d): its rows are read all the same", file->spec->name,
                         file->spec->first_year - 1, file->spec->first_year % 100,
                         reader.year - 1, reader.year % 100);
        }
    }
  else if (pending->len > 0)
    {
      const TableFile *first = NULL;

      for (guint i = 0; first == NULL && i < files->len; i++)
        {
          const TableFile *file = g_ptr_array_index (files, i);

          if (file->spec->table == CAREPLAN_SSDA903_OC2 || file->spec->table == CAREPLAN_SSDA903_OC3)
            first = file;
        }
      add_problem (&reader, CAREPLAN_PROBLEM_KIND_FAILED, NULL, first, 1, 0, NULL,
                   "the collection year is neither given nor shown by any episode, review or "
                   "missing date: the %s rows cannot be dated and are kept as they are, not read",
                   first->spec->name);
    }
  add_pending_events (&reader);

  if (problems != NULL)
    {
      GListStore *store = g_list_store_new (CAREPLAN_TYPE_PROBLEM);

      /* Stable: problems of one cell keep the order they were found in. */
      g_ptr_array_sort (problem_list, compare_problems);
      g_list_store_splice (store, 0, 0, problem_list->pdata, problem_list->len);
      *problems = G_LIST_MODEL (store);
    }

  return G_LIST_MODEL (g_steal_pointer (&children));
}

/* Streaming ---------------------------------------------------------------- */

/* Where one row of a child is: its file, and the mark it starts at.  The
 * rows of a child are chained through @next, in the order the whole
 * return would read them (file by file, line by line). */
typedef struct
{
  guint64  packed;            /* offset << 17 | file << 1 | skip_lf: 16 bytes a row */
  guint    line;
  guint    next;              /* the child's next row, or G_MAXUINT */
} RowRef;

/* The index numbers files in 16 bits, which leaves 47 bits (128 TiB) for
 * the offset of a row in its file. */
#define ROW_REF_MAX_FILES                   G_MAXUINT16
#define ROW_REF_MAX_OFFSET                  (G_MAXUINT64 >> 17)
#define ROW_REF_PACK(offset, file, skip_lf) (((guint64) (offset) << 17) | ((guint64) (file) << 1) | ((skip_lf) ? 1 : 0))
#define ROW_REF_OFFSET(ref)                 ((ref)->packed >> 17)
#define ROW_REF_FILE(ref)                   ((guint) (((ref)->packed >> 1) & 0xffff))
#define ROW_REF_SKIP_LF(ref)                ((gboolean) ((ref)->packed & 1))

G_STATIC_ASSERT (sizeof (RowRef) == 16);

typedef struct
{
  guint first;
  guint last;
} ChildRows;

/* A Reader for one child's rows, as careplan_ssda903_load_dir() reads a
 * return, its tables kept small. */
static void
reader_init (Reader     *self,
             const char *dir,
             int         year)
{
  *self = (Reader) {
    .dir = dir,
    .year = year,
    .children = g_ptr_array_new_with_free_func (g_object_unref),
    .entries = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free),
    .problems = g_ptr_array_new_with_free_func (g_object_unref),
    .rows_seen = rows_seen_new (),
    .deferred = g_array_new (FALSE, FALSE, sizeof (DeferredCode)),
    .pending = g_array_new (FALSE, FALSE, sizeof (PendingEvent)),
    .cells = g_ptr_array_new (),
    .values = g_ptr_array_new (),
    .rendered = g_ptr_array_new_with_free_func (g_free),
    .texts = g_string_new (NULL),
    .key = g_string_new (NULL),
  };
  g_array_set_clear_func (self->deferred, deferred_code_clear);
  g_array_set_clear_func (self->pending, pending_event_clear);
}

/* Empties @self for the next child, keeping the room its tables have. */
static void
reader_reset (Reader *self,
              int     year)
{
  self->year = year;
  /* The entries' keys are the children's ids: gone before the children. */
  g_hash_table_remove_all (self->entries);
  g_ptr_array_set_size (self->children, 0);
  g_ptr_array_set_size (self->problems, 0);
  rows_seen_clear (self->rows_seen);
  g_array_set_size (self->deferred, 0);
  g_array_set_size (self->pending, 0);
}

static void
reader_clear (Reader *self)
{
  g_clear_pointer (&self->children, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->rows_seen, rows_seen_free);
  g_clear_pointer (&self->deferred, g_array_unref);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  g_clear_pointer (&self->rendered, g_ptr_array_unref);
  if (self->texts != NULL)
    g_string_free (g_steal_pointer (&self->texts), TRUE);
  if (self->key != NULL)
    g_string_free (g_steal_pointer (&self->key), TRUE);
}

static GListModel *
problems_to_model (GPtrArray *problems)
{
  GListStore *store = g_list_store_new (CAREPLAN_TYPE_PROBLEM);

  /* Stable: problems of one cell keep the order they were found in. */
  g_ptr_array_sort (problems, compare_problems);
  g_list_store_splice (store, 0, 0, problems->pdata, problems->len);
  return G_LIST_MODEL (store);
}

/* The child id of a row as the reader matches it (unstripped), or NULL
 * when the stripped id is blank. */
static const char *
row_child_id (const TableFile *file,
              GPtrArray       *cells)
{
  for (guint i = 0; i < file->n_file_columns && i < cells->len; i++)
    if (file->columns[i] == 0)
      {
        const char *id = g_ptr_array_index (cells, i);
        const char *p;

        for (p = id; *p != '\0'; p++)
          if (!g_ascii_isspace (*p))
            return id;
        return NULL;
      }
  return NULL;
}

/* The child id of a row found in place by csv_scan_row(), copied into
 * @id (unstripped, as row_child_id() gives it).  FALSE when the row is to
 * be read whole by csv_read_row() instead: it has no child id (the
 * whole-return reader reports that, and needs the row's cells), its id is
 * quoted, or @vote and a cell of it is quoted (vote_row() reads the dates
 * in place). */
static gboolean
scanned_row_child_id (const TableFile *file,
                      const guint8    *buffer,
                      const CsvSpan   *spans,
                      guint            n_cells,
                      gboolean         vote,
                      GString         *id)
{
  guint n = MIN (n_cells, file->n_file_columns);
  const CsvSpan *span = NULL;

  for (guint i = 0; i < n; i++)
    {
      if (spans[i].quoted && (vote || file->columns[i] == 0))
        return FALSE;
      if (file->columns[i] == 0 && span == NULL)
        span = &spans[i];
    }
  if (span == NULL)
    return FALSE;

  for (gsize i = 0; i < span->length; i++)
    if (!g_ascii_isspace (buffer[span->start + i]))
      {
        g_string_truncate (id, 0);
        g_string_append_len (id, (const char *) buffer + span->start, (gssize) span->length);
        return TRUE;
      }
  return FALSE;
}

/* The year votes of one row, as careplan_ssda903_guess_collection_year()
 * would count them from the item the row becomes: an episode's end (its
 * start the fallback), a review's or a missing episode's date; only from
 * rows whose key date is usable, the others not being read.  The row is
 * either @cells (as csv_read_row() reads it) or, when @cells is %NULL,
 * the @n_cells cells at @spans in @buffer (as csv_scan_row() finds them:
 * the date cells among them unquoted). */
static void
vote_row (const TableFile *file,
          GPtrArray       *cells,
          const guint8    *buffer,
          const CsvSpan   *spans,
          guint            n_cells,
          GArray          *tally,
          CareplanDate    *latest_start)
{
  const CareplanSsda903TableSpec *spec = file->spec;
  CareplanDate start = CAREPLAN_DATE_NONE;
  CareplanDate end = CAREPLAN_DATE_NONE;
  CareplanDate date = CAREPLAN_DATE_NONE;
  gboolean key_ok = spec->key_column < 0;

  if (spec->item_kind == CAREPLAN_SSDA903_ITEM_EVENT &&
      spec->event_kind != CAREPLAN_EVENT_KIND_REVIEW &&
      spec->event_kind != CAREPLAN_EVENT_KIND_MISSING_EPISODE)
    return;
  if (spec->item_kind != CAREPLAN_SSDA903_ITEM_EVENT && spec->item_kind != CAREPLAN_SSDA903_ITEM_EPISODE)
    return;

  if (cells != NULL)
    n_cells = cells->len;
  for (guint i = 0; i < file->n_file_columns && i < n_cells; i++)
    {
      const CareplanSsda903Column *column = &spec->columns[file->columns[i]];
      const char *why = NULL;
      CareplanDate parsed = CAREPLAN_DATE_NONE;
      const char *text;
      gsize length;
      char copy[32];

      if (column->type != CAREPLAN_SSDA903_CELL_DATE)
        continue;
      if (column->target != CAREPLAN_SSDA903_TARGET_EPISODE_START &&
          column->target != CAREPLAN_SSDA903_TARGET_EPISODE_END &&
          column->target != CAREPLAN_SSDA903_TARGET_EVENT_DATE)
        continue;

      /* The cell, stripped as g_strstrip() strips it. */
      if (cells != NULL)
        {
          text = g_ptr_array_index (cells, i);
          length = strlen (text);
        }
      else
        {
          text = (const char *) buffer + spans[i].start;
          length = spans[i].length;
        }
      while (length > 0 && g_ascii_isspace (*text))
        text++, length--;
      while (length > 0 && g_ascii_isspace (text[length - 1]))
        length--;
      /* No date is this long. */
      if (length == 0 || length >= sizeof copy)
        continue;
      memcpy (copy, text, length);
      copy[length] = '\0';
      if (!careplan_ssda903_parse_date (copy, &parsed, &why))
        continue;
      if (file->columns[i] == spec->key_column)
        key_ok = TRUE;
      switch (column->target)
        {
        case CAREPLAN_SSDA903_TARGET_EPISODE_START: start = parsed; break;
        case CAREPLAN_SSDA903_TARGET_EPISODE_END: end = parsed; break;
        default: date = parsed; break;
        }
    }

  if (!key_ok)
    return;
  if (spec->item_kind == CAREPLAN_SSDA903_ITEM_EPISODE)
    {
      careplan_ssda903_year_vote (tally, end);
      *latest_start = MAX (*latest_start, start);
    }
  else
    careplan_ssda903_year_vote (tally, date);
}

/**
 * CareplanSsda903ChildFunc:
 * @child: (nullable): a child of the return, or %NULL for the problems
 *   that belong to no child
 * @problems: a [iface@Gio.ListModel] of the [class@Careplan.Problem]s of
 *   @child (or of no child), in order of file, line and column
 * @user_data: the data given to [func@Careplan.ssda903_read_dir]
 * @error: return location for a #GError
 *
 * Called by [func@Careplan.ssda903_read_dir] for each child of a return.
 *
 * Returns: %TRUE to go on; %FALSE with @error set to stop reading
 *
 * Since: 0.1
 */

/**
 * careplan_ssda903_read_dir:
 * @dir: (type filename): a directory holding the CSV files of an SSDA903 return
 * @collection_year: the year the collection ends in (2026 for 2025/26),
 *   or 0 to infer it as [func@Careplan.ssda903_guess_collection_year] does
 * @func: (scope call) (closure user_data): called for each child
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * Reads the SSDA903 return in @dir one child at a time, with memory that
 * does not grow with the return beyond an index of its rows (16 bytes a
 * row, and each child id once): the children, their items and their problems are exactly those of
 * [func@Careplan.ssda903_load_dir], but only one child is in memory at a
 * time.
 *
 * A first pass reads every file once, noting where each child's rows
 * start (file and offset) and counting the dates that tell the collection
 * year; then each child's rows are read again from those offsets, in the
 * order the whole return would read them, and the child is handed to
 * @func with its problems. @func is called first with a %NULL child when
 * there are problems that belong to no child (a row without a child id, a
 * table that is not part of the year's return, OC2 or OC3 rows that cannot
 * be dated), then once for each child, in the order of
 * [func@Careplan.ssda903_load_dir]. The problems keep their file, line and
 * column; they come child by child rather than all at once.
 *
 * Errors are those of [func@Careplan.ssda903_load_dir], and a return of
 * more than 65535 CSV files (%CAREPLAN_ERROR_INVALID_RECORD; the index
 * numbers files in 16 bits), and come before any child is handed on, or
 * @func's. At most 16 of the files are open at once, whatever their number.
 *
 * Returns: %TRUE when every child was read and handed on; %FALSE with
 *   @error set
 *
 * Since: 0.1
 */
gboolean
careplan_ssda903_read_dir (const char                *dir,
                           int                        collection_year,
                           CareplanSsda903ChildFunc   func,
                           gpointer                   user_data,
                           GError                   **error)
{
  return careplan_ssda903_read_dir_full (dir, collection_year, 0, func, user_data, error);
}

/**
 * careplan_ssda903_read_dir_full:
 * @dir: (type filename): a directory holding the CSV files of an SSDA903 return
 * @collection_year: the year the collection ends in (2026 for 2025/26),
 *   or 0 to infer it as [func@Careplan.ssda903_guess_collection_year] does
 * @max_file_size: the most bytes to read from one CSV file, or 0 for
 *   %CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE (%G_MAXUINT64: no limit)
 * @func: (scope call) (closure user_data): called for each child
 * @user_data: data for @func
 * @error: return location for a #GError
 *
 * Reads the SSDA903 return in @dir one child at a time as
 * [func@Careplan.ssda903_read_dir] does, with the file size limit of
 * [func@Careplan.ssda903_load_dir_full].
 *
 * Returns: %TRUE when every child was read and handed on; %FALSE with
 *   @error set
 *
 * Since: 0.2
 */
gboolean
careplan_ssda903_read_dir_full (const char                *dir,
                                int                        collection_year,
                                guint64                    max_file_size,
                                CareplanSsda903ChildFunc   func,
                                gpointer                   user_data,
                                GError                   **error)
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) open = NULL;       /* TableFile, with an open reader */
  g_autoptr(GHashTable) ids = NULL;        /* id → index in @children + 1 */
  g_autoptr(GArray) children = NULL;       /* ChildRows, in the reader's order */
  g_autoptr(GArray) rows = NULL;           /* RowRef */
  g_autoptr(GArray) tally = NULL;
  g_autoptr(GString) id_buffer = g_string_sized_new (32);
  g_autofree CsvSpan *spans = NULL;        /* scratch: the cells of a row found in place */
  gboolean vote = collection_year == 0;
  CareplanDate latest_start = CAREPLAN_DATE_NONE;
  gboolean undatable_rows = FALSE;
  int year = collection_year;
  Reader global;
  Reader reader;
  gboolean ok = TRUE;

  g_return_val_if_fail (dir != NULL, FALSE);
  g_return_val_if_fail (collection_year == 0 || (collection_year > 1 && collection_year <= 9999),
                        FALSE);
  g_return_val_if_fail (func != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  files = open_table_files (dir, max_file_size != 0 ? max_file_size
                                                    : CAREPLAN_SSDA903_DEFAULT_MAX_FILE_SIZE, error);
  if (files == NULL)
    return FALSE;
  if (files->len > ROW_REF_MAX_FILES)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_RECORD,
                   "%s: %u CSV files: a return is read one child at a time from %u files at "
                   "most (it has twelve tables: join the files of each table)",
                   dir, files->len, (guint) ROW_REF_MAX_FILES);
      return FALSE;
    }

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  children = g_array_new (FALSE, FALSE, sizeof (ChildRows));
  rows = g_array_new (FALSE, FALSE, sizeof (RowRef));
  tally = careplan_ssda903_year_tally_new ();
  open = g_ptr_array_new ();
  reader_init (&global, dir, collection_year);
  report_blank_columns (&global, files);

  /* The first pass: where each child's rows are, and the year's votes.
   * Children come in the order the whole-return reader adds them: Header
   * files first, then the others, each child at its first row. */
  for (guint f = 0; f < files->len; f++)
    {
      TableFile *file = g_ptr_array_index (files, f);
      g_autoptr(GError) local_error = NULL;
      CsvReader *reader = table_file_reader (file, NULL, error);

      if (reader == NULL)
        {
          reader_clear (&global);
          return FALSE;
        }
      g_free (spans);
      spans = g_new (CsvSpan, file->n_file_columns);
      for (;;)
        {
          CsvMark mark = csv_reader_mark (reader);
          RowRef ref;
          const char *id = NULL;
          gpointer found;
          guint child, at, n_cells;

          /* Most rows are found in place: only the child id is copied. */
          if (csv_scan_row (reader, spans, file->n_file_columns, &n_cells, &ref.line) &&
              scanned_row_child_id (file, reader->buffer, spans, n_cells, vote, id_buffer))
            {
              id = id_buffer->str;
              if (vote)
                vote_row (file, NULL, reader->buffer, spans, n_cells, tally, &latest_start);
            }
          else
            {
              /* The others as the whole-return reader reads them. */
              if (!csv_reader_seek (reader, &mark, &local_error) ||
                  !csv_read_row (reader, global.cells, &ref.line, &local_error))
                break;
              id = row_child_id (file, global.cells);
              if (id == NULL)
                {
                  /* Reported as the whole-return reader does; no child has it. */
                  read_row (&global, file, ref.line);
                  continue;
                }
              if (vote)
                vote_row (file, global.cells, NULL, NULL, 0, tally, &latest_start);
            }

          if (!g_hash_table_lookup_extended (ids, id, NULL, &found))
            {
              ChildRows fresh = { G_MAXUINT, G_MAXUINT };

              g_array_append_val (children, fresh);
              found = GUINT_TO_POINTER (children->len);
              g_hash_table_insert (ids, g_strdup (id), found);
            }
          child = GPOINTER_TO_UINT (found) - 1;

          if (mark.offset > ROW_REF_MAX_OFFSET)
            {
              /* Only when there is no file size limit: the index cannot say
               * where the row is, so the file is too big for this reader. */
              set_too_big_error (&local_error, file->path, mark.offset, ROW_REF_MAX_OFFSET);
              break;
            }
          ref.packed = ROW_REF_PACK (mark.offset, f, mark.skip_lf);
          ref.line = mark.line;
          ref.next = G_MAXUINT;
          at = rows->len;
          g_array_append_val (rows, ref);
          if (g_array_index (children, ChildRows, child).first == G_MAXUINT)
            g_array_index (children, ChildRows, child).first = at;
          else
            g_array_index (rows, RowRef, g_array_index (children, ChildRows, child).last).next = at;
          g_array_index (children, ChildRows, child).last = at;

          if (file->spec->table == CAREPLAN_SSDA903_OC2 || file->spec->table == CAREPLAN_SSDA903_OC3)
            undatable_rows = TRUE;
        }
      g_clear_pointer (&file->reader, csv_reader_free);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          reader_clear (&global);
          return FALSE;
        }
    }
  g_clear_pointer (&ids, g_hash_table_unref);
  report_blank_rows (&global, files);

  if (year == 0)
    year = careplan_ssda903_year_elect (tally, latest_start);

  /* The problems of no child, as careplan_ssda903_load_dir() finds them. */
  global.year = year;
  if (year != 0)
    {
      for (guint i = 0; i < files->len; i++)
        {
          const TableFile *file = g_ptr_array_index (files, i);

          if (file->spec->first_year > year)
            add_problem (&global, CAREPLAN_PROBLEM_KIND_FAILED, NULL, file, 1, 0, NULL,
                         "the %s table is part of the return only from %d/%02d (this return "
                         "is %d/%02d): its rows are read all the same", file->spec->name,
                         file->spec->first_year - 1, file->spec->first_year % 100,
                         year - 1, year % 100);
        }
    }
  else if (undatable_rows)
    {
      const TableFile *first = NULL;

      for (guint i = 0; first == NULL && i < files->len; i++)
        {
          const TableFile *file = g_ptr_array_index (files, i);

          if (file->spec->table == CAREPLAN_SSDA903_OC2 || file->spec->table == CAREPLAN_SSDA903_OC3)
            first = file;
        }
      add_problem (&global, CAREPLAN_PROBLEM_KIND_FAILED, NULL, first, 1, 0, NULL,
                   "the collection year is neither given nor shown by any episode, review or "
                   "missing date: the %s rows cannot be dated and are kept as they are, not read",
                   first->spec->name);
    }
  if (global.problems->len > 0)
    {
      g_autoptr(GListModel) problems = problems_to_model (global.problems);

      ok = func (NULL, problems, user_data, error);
    }
  reader_clear (&global);

  /* The second pass: each child's rows, read again, child by child, by
   * one Reader emptied between children (its tables keep their room). */
  reader_init (&reader, dir, collection_year);
  for (guint c = 0; ok && c < children->len; c++)
    {
      const ChildRows *child_rows = &g_array_index (children, ChildRows, c);
      g_autoptr(GListModel) problems = NULL;
      g_autoptr(CareplanChild) child = NULL;

      reader_reset (&reader, collection_year);
      for (guint r = child_rows->first; ok && r != G_MAXUINT; r = g_array_index (rows, RowRef, r).next)
        {
          const RowRef *ref = &g_array_index (rows, RowRef, r);
          TableFile *file = g_ptr_array_index (files, ROW_REF_FILE (ref));
          CsvMark mark = { ROW_REF_OFFSET (ref), ref->line, ROW_REF_SKIP_LF (ref) };
          g_autoptr(GError) local_error = NULL;
          CsvReader *csv = table_file_reader (file, open, &local_error);
          guint line;

          /* csv_read_row() needs an error to tell the end of the file. */
          ok = csv != NULL &&
               csv_reader_seek (csv, &mark, &local_error) &&
               csv_read_row (csv, reader.cells, &line, &local_error);
          if (ok)
            read_row (&reader, file, line);
          else if (local_error != NULL)
            g_propagate_error (error, g_steal_pointer (&local_error));
          else
            g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_IO,
                         "%s:%u: the file changed while it was read", file->path, ref->line);
        }

      if (ok)
        {
          /* As careplan_ssda903_load_dir() ends, for this child alone. */
          reader.year = year;
          if (collection_year == 0 && year != 0)
            respell_sex (&reader);
          if (year != 0)
            check_deferred_codes (&reader);
          add_pending_events (&reader);

          child = g_object_ref (g_ptr_array_index (reader.children, 0));
          problems = problems_to_model (reader.problems);
        }
      reader_reset (&reader, collection_year);
      if (ok)
        ok = func (child, problems, user_data, error);
    }
  reader_clear (&reader);

  return ok;
}
