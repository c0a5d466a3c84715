/* bench-floor.c: the floor of careplan's jobs on an input, to compare with
 *
 *   bench-floor csv DIR     read every *.csv file of DIR and split it into
 *                           rows and cells (RFC 4180 quotes honoured)
 *   bench-floor json FILE   read FILE and split it into JSON tokens
 *                           (strings, numbers, literals, punctuation)
 *
 * Nothing is kept and nothing is built: this is the least any reader must
 * do with the same bytes, measured in the same run as the jobs (bench/scale.sh),
 * so that each job's time can be given as a ratio to it.  Prints the
 * counts, so that the work cannot be optimised away, and the time.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include <glib.h>
#include <stdio.h>
#include <string.h>

#define BUFFER_SIZE (64 * 1024)

typedef struct
{
  guint64 bytes;
  guint64 rows;
  guint64 cells;
} Counts;

static gboolean
split_csv (const char *path,
           Counts     *counts)
{
  FILE *file = fopen (path, "rb");
  static char buffer[BUFFER_SIZE];
  gboolean quoted = FALSE;
  size_t n;

  if (file == NULL)
    return FALSE;
  while ((n = fread (buffer, 1, sizeof buffer, file)) > 0)
    {
      counts->bytes += n;
      for (size_t i = 0; i < n; i++)
        {
          char c = buffer[i];

          if (c == '"')
            quoted = !quoted;
          else if (!quoted && c == ',')
            counts->cells++;
          else if (!quoted && c == '\n')
            {
              counts->cells++;
              counts->rows++;
            }
        }
    }
  fclose (file);
  return TRUE;
}

static gboolean
split_json (const char *path,
            Counts     *counts)
{
  FILE *file = fopen (path, "rb");
  static char buffer[BUFFER_SIZE];
  gboolean in_string = FALSE, escaped = FALSE, in_word = FALSE;
  size_t n;

  if (file == NULL)
    return FALSE;
  while ((n = fread (buffer, 1, sizeof buffer, file)) > 0)
    {
      counts->bytes += n;
      for (size_t i = 0; i < n; i++)
        {
          char c = buffer[i];

          if (in_string)
            {
              if (escaped)
                escaped = FALSE;
              else if (c == '\\')
                escaped = TRUE;
              else if (c == '"')
                in_string = FALSE;
              continue;
            }
          switch (c)
            {
            case '"':
              in_string = TRUE;
              in_word = FALSE;
              counts->cells++;
              break;
            case '{': case '}': case '[': case ']': case ',': case ':':
              in_word = FALSE;
              counts->rows++;
              break;
            case ' ': case '\n': case '\r': case '\t':
              in_word = FALSE;
              break;
            default:
              if (!in_word)
                counts->cells++;
              in_word = TRUE;
            }
        }
    }
  fclose (file);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  Counts counts = { 0 };
  gint64 start;
  double seconds;

  if (argc != 3 || (strcmp (argv[1], "csv") != 0 && strcmp (argv[1], "json") != 0))
    {
      fprintf (stderr, "usage: %s csv DIR | json FILE\n", argv[0]);
      return 2;
    }

  start = g_get_monotonic_time ();
  if (strcmp (argv[1], "csv") == 0)
    {
      GDir *dir = g_dir_open (argv[2], 0, NULL);
      const char *name;

      if (dir == NULL)
        {
          fprintf (stderr, "%s: cannot open\n", argv[2]);
          return 1;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *lower = g_ascii_strdown (name, -1);
          g_autofree char *path = NULL;

          if (name[0] == '.' || !g_str_has_suffix (lower, ".csv"))
            continue;
          path = g_build_filename (argv[2], name, NULL);
          if (!split_csv (path, &counts))
            {
              fprintf (stderr, "%s: cannot read\n", path);
              return 1;
            }
        }
      g_dir_close (dir);
    }
  else if (!split_json (argv[2], &counts))
    {
      fprintf (stderr, "%s: cannot read\n", argv[2]);
      return 1;
    }
  seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;

  printf ("%" G_GUINT64_FORMAT " bytes %" G_GUINT64_FORMAT " rows %" G_GUINT64_FORMAT
          " cells %.6f s\n", counts.bytes, counts.rows, counts.cells, seconds);
  return 0;
}
