/* careplan-output.c: values written by hand into JSON, CSV and text
 *
 * See careplan-output-private.h.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-output-private.h"

#include <string.h>

const char *
careplan_output_valid_utf8 (const char  *text,
                            char       **repaired)
{
  *repaired = NULL;
  if (text == NULL || g_utf8_validate (text, -1, NULL))
    return text;
  *repaired = g_utf8_make_valid (text, -1);
  return *repaired;
}

static inline void
append_len (GString    *out,
            const char *text,
            gsize       length)
{
  gsize at = out->len;

  if (G_UNLIKELY (at + length + 1 > out->allocated_len))
    g_string_set_size (out, at + length);
  else
    {
      out->len = at + length;
      out->str[out->len] = '\0';
    }
  memcpy (out->str + at, text, length);
}

void
careplan_output_append_iso_date (GString      *out,
                                 CareplanDate  date)
{
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  careplan_date_format_iso (date, iso);
  append_len (out, iso, strnlen (iso, sizeof iso));
}

/* Bytes a JSON string cannot hold as they are: the control characters,
 * DEL (kept out so that terminals are safe), the quote and the backslash.
 * Bytes from 0x80 on are UTF-8, checked once when the first is met. */
static const guint8 json_escape[256] = {
  [0x00] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  [0x10] = 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  ['"'] = 1, ['\\'] = 1, [0x7f] = 1,
};

gboolean
careplan_output_is_plain_json (const char *text,
                               gsize       length)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  const guchar *p = (const guchar *) text;
  const guchar *end = p + length;

  /* Eight bytes at a time: a byte from 0x80 on, below 0x20, or equal to
   * '"', '\\' or DEL sets its high bit in @bad (a byte whose high bit is
   * set anyway only ever adds a false alarm, which the loop below then
   * settles). */
  for (; end - p >= 8; p += 8)
    {
      guint64 x, y, bad;

      memcpy (&x, p, sizeof x);
      bad = x | ((x - ones * 0x20) & ~x);
      y = x ^ (ones * '"');
      bad |= (y - ones) & ~y;
      y = x ^ (ones * '\\');
      bad |= (y - ones) & ~y;
      y = x ^ (ones * 0x7f);
      bad |= (y - ones) & ~y;
      if (bad & highs)
        break;
    }
  for (; p < end; p++)
    if (*p >= 0x80 || json_escape[*p])
      return FALSE;
  return TRUE;
}

void
careplan_output_append_len (GString    *out,
                            const char *text,
                            gsize       length)
{
  append_len (out, text, length);
}

static void
append_json_escape (GString *out,
                    guchar   c)
{
  static const char hex[] = "0123456789abcdef";
  char escape[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf] };

  switch (c)
    {
    case '"': append_len (out, "\\\"", 2); break;
    case '\\': append_len (out, "\\\\", 2); break;
    case '\n': append_len (out, "\\n", 2); break;
    case '\r': append_len (out, "\\r", 2); break;
    case '\t': append_len (out, "\\t", 2); break;
    case '\b': append_len (out, "\\b", 2); break;
    case '\f': append_len (out, "\\f", 2); break;
    default: append_len (out, escape, sizeof escape); break;
    }
}

/* Escapes valid UTF-8 @text, copying the runs that need nothing whole. */
static void
append_json_escaped (GString    *out,
                     const char *text)
{
  const guchar *run = (const guchar *) text;
  const guchar *p = run;

  for (;;)
    {
      while (*p != '\0' && !json_escape[*p])
        p++;
      if (p > run)
        append_len (out, (const char *) run, (gsize) (p - run));
      if (*p == '\0')
        return;
      append_json_escape (out, *p);
      run = ++p;
    }
}

void
careplan_output_append_json_string (GString    *out,
                                    const char *text)
{
  const guchar *p;

  if (text == NULL)
    {
      append_len (out, "null", 4);
      return;
    }

  /* Plain ASCII with nothing to escape (ids, codes, most notes): one
   * pass, copied whole. */
  for (p = (const guchar *) text; *p != '\0' && *p < 0x80 && !json_escape[*p]; p++)
    ;
  if (*p == '\0')
    {
      g_string_append_c (out, '"');
      append_len (out, text, (gsize) ((const char *) p - text));
      g_string_append_c (out, '"');
      return;
    }

  /* Otherwise UTF-8 is validated only from the first byte past ASCII,
   * and repaired (as before) only when it is not valid. */
  for (; *p != '\0' && *p < 0x80; p++)
    ;
  if (*p != '\0' && !g_utf8_validate ((const char *) p, -1, NULL))
    {
      g_autofree char *repaired = g_utf8_make_valid (text, -1);

      g_string_append_c (out, '"');
      append_json_escaped (out, repaired);
      g_string_append_c (out, '"');
      return;
    }

  g_string_append_c (out, '"');
  append_json_escaped (out, text);
  g_string_append_c (out, '"');
}

void
careplan_output_append_json_date (GString      *out,
                                  CareplanDate  date)
{
  if (date == CAREPLAN_DATE_NONE)
    {
      g_string_append (out, "null");
      return;
    }
  g_string_append_c (out, '"');
  careplan_output_append_iso_date (out, date);
  g_string_append_c (out, '"');
}

/* Whether @text is valid UTF-8, checked with g_utf8_validate() only
 * from its first byte past ASCII; *@special tells whether it holds a
 * byte CSV must quote for. */
static gboolean
scan_csv (const char *text,
          gboolean   *special)
{
  const guchar *p;

  *special = FALSE;
  for (p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p >= 0x80)
        {
          *special = *special || strpbrk ((const char *) p, ",\"\r\n") != NULL;
          return g_utf8_validate ((const char *) p, -1, NULL);
        }
      if (*p == ',' || *p == '"' || *p == '\r' || *p == '\n')
        *special = TRUE;
    }
  return TRUE;
}

/* OWASP's rule for CSV injection: a cell that begins with =, +, -, @, a
 * tab or a carriage return is read as a formula by spreadsheets, so it
 * gets a leading single quote (shown by none of them) and is quoted.
 * Plain numbers ("-3", "12.5") are left as they are: they are data, and
 * no spreadsheet runs them. */
static gboolean
is_plain_number (const char *text)
{
  const char *p = text;

  if (*p == '-' || *p == '+')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return *p == '\0';
}

gboolean
careplan_output_csv_needs_neutralising (const char *text)
{
  return text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL &&
         !is_plain_number (text);
}

void
careplan_output_append_csv_field (GString    *out,
                                  const char *text)
{
  g_autofree char *repaired = NULL;
  gboolean special, neutralise;
  const char *p;

  if (text == NULL)
    return;
  if (!scan_csv (text, &special))
    {
      text = repaired = g_utf8_make_valid (text, -1);
      special = strpbrk (text, ",\"\r\n") != NULL;
    }
  neutralise = careplan_output_csv_needs_neutralising (text);
  if (!special && !neutralise)
    {
      append_len (out, text, strlen (text));
      return;
    }

  g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

void
careplan_output_append_text (GString    *out,
                             const char *text)
{
  g_autofree char *repaired = NULL;
  const guchar *run, *p;

  if (text == NULL)
    return;
  for (p = (const guchar *) text; *p != '\0' && *p < 0x80; p++)
    ;
  if (*p != '\0' && !g_utf8_validate ((const char *) p, -1, NULL))
    text = repaired = g_utf8_make_valid (text, -1);

  /* Control characters (C0, DEL, C1) are shown, not obeyed: an id cannot
   * move the cursor, recolour the terminal or start a line of its own.
   * Runs without one are copied whole.  The text is valid UTF-8 here, so
   * a C1 control is the two bytes 0xC2 0x80–0x9F. */
  for (run = p = (const guchar *) text; ; p++)
    {
      gboolean c1 = *p == 0xC2 && p[1] >= 0x80 && p[1] < 0xA0;

      if (*p != '\0' && ((*p >= 0x20 && *p != 0x7f) && !c1))
        continue;
      if (p > run)
        append_len (out, (const char *) run, (gsize) (p - run));
      if (*p == '\0')
        return;
      if (c1)
        {
          g_string_append_printf (out, "\\x%02x", p[1]);
          p++;
        }
      else if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\r')
        g_string_append (out, "\\r");
      else if (*p == '\t')
        g_string_append (out, "\\t");
      else
        g_string_append_printf (out, "\\x%02x", *p);
      run = p + 1;
    }
}
