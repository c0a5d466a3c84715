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

void
careplan_output_append_csv_field (GString    *out,
                                  const char *text)
{
  g_autofree char *repaired = NULL;
  const char *p;

  text = careplan_output_valid_utf8 (text, &repaired);
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
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
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      g_string_append_c (out, (c < 0x20 || c == 0x7f) ? ' ' : (char) c);
    }
}
