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

void
careplan_output_append_iso_date (GString      *out,
                                 CareplanDate  date)
{
  char iso[CAREPLAN_DATE_ISO_LENGTH];

  careplan_date_format_iso (date, iso);
  g_string_append (out, iso);
}

void
careplan_output_append_json_string (GString    *out,
                                    const char *text)
{
  g_autofree char *repaired = NULL;
  const char *p;

  text = careplan_output_valid_utf8 (text, &repaired);
  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }

  g_string_append_c (out, '"');
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        case '\b':
          g_string_append (out, "\\b");
          break;
        case '\f':
          g_string_append (out, "\\f");
          break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
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
  return text != NULL && strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0' &&
         !is_plain_number (text);
}

void
careplan_output_append_csv_field (GString    *out,
                                  const char *text)
{
  g_autofree char *repaired = NULL;
  gboolean neutralise;
  const char *p;

  text = careplan_output_valid_utf8 (text, &repaired);
  if (text == NULL)
    return;
  neutralise = careplan_output_csv_needs_neutralising (text);
  if (!neutralise && strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
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
  const char *p;

  text = careplan_output_valid_utf8 (text, &repaired);
  if (text == NULL)
    return;
  /* Control characters (C0, DEL, C1) are shown, not obeyed: an id cannot
   * move the cursor, recolour the terminal or start a line of its own. */
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0))
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}
