/* careplan-ics.c: deadlines as an iCalendar file (RFC 5545)
 *
 * One all-day VEVENT per deadline, so that a social worker or a team
 * manager can import a caseload's deadlines into the calendar they live in:
 *
 * - UID: stable per (child, rule, due date), so importing a newer export
 *   updates the events already there instead of adding duplicates; a
 *   deadline that moves (its anchor changed) is a new event.
 * - DTSTART;VALUE=DATE is the due date and DTEND the day after (RFC 5545
 *   §3.6.1: an all-day event's DTEND is exclusive).
 * - SUMMARY: child id and rule title; DESCRIPTION: the finding's sentence,
 *   the citation and the rule id; URL: the legislation.  Only child ids
 *   leave careplan, never names (records hold none).
 * - DTSTAMP is the as-of date at midnight UTC, not the wall clock, so the
 *   same input gives the same bytes.
 * - Lines end in CRLF and are folded at 75 octets, never inside a UTF-8
 *   sequence (§3.1); TEXT values escape backslash, semicolon, comma and
 *   newlines (§3.3.11); control characters become spaces.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-tool.h"

#include <string.h>

#define ICS_LINE_OCTETS 75

/* Appends one content line, folded: a CRLF and a space before each 75th
 * octet, moved back to the start of a UTF-8 sequence when needed. */
static void
append_folded (GString    *out,
               const char *line)
{
  gsize len = strlen (line);
  gsize start = 0;
  gsize limit = ICS_LINE_OCTETS;

  while (len - start > limit)
    {
      gsize cut = start + limit;

      while (cut > start && ((guchar) line[cut] & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, line + start, cut - start);
      g_string_append (out, "\r\n ");
      start = cut;
      limit = ICS_LINE_OCTETS - 1;   /* the leading space counts */
    }
  g_string_append_len (out, line + start, len - start);
  g_string_append (out, "\r\n");
}

/* A TEXT value (RFC 5545 §3.3.11). */
static void
append_text_value (GString    *out,
                   const char *text)
{
  const char *p;

  for (p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '\\': g_string_append (out, "\\\\"); break;
        case ';':  g_string_append (out, "\\;"); break;
        case ',':  g_string_append (out, "\\,"); break;
        case '\n': g_string_append (out, "\\n"); break;
        default:
          if ((guchar) *p < 0x20 || *p == 0x7f)
            g_string_append_c (out, ' ');
          else
            g_string_append_c (out, *p);
        }
    }
}

static void
append_property (GString    *out,
                 const char *name,
                 const char *text)
{
  g_autoptr(GString) line = g_string_new (name);

  g_string_append_c (line, ':');
  append_text_value (line, text);
  append_folded (out, line->str);
}

static char *
basic_date (CareplanDate date)
{
  return g_strdup_printf ("%04d%02d%02d", careplan_date_get_year (date),
                          careplan_date_get_month (date), careplan_date_get_day (date));
}

/* A stable UID: the SHA-256 of child, rule and due date (each ended by a
 * NUL, so that no two triples collide by concatenation). */
static char *
event_uid (const char   *child,
           const char   *rule,
           CareplanDate  due)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *iso = careplan_date_to_iso (due);

  g_checksum_update (sum, (const guchar *) child, strlen (child) + 1);
  g_checksum_update (sum, (const guchar *) rule, strlen (rule) + 1);
  g_checksum_update (sum, (const guchar *) iso, strlen (iso) + 1);
  return g_strdup_printf ("%.40s@careplan", g_checksum_get_string (sum));
}

void
careplan_tool_ics_begin (GString      *out,
                         const char   *name)
{
  append_folded (out, "BEGIN:VCALENDAR");
  append_folded (out, "VERSION:2.0");
  append_folded (out, "PRODID:-//careplan//careplan " PACKAGE_VERSION "//EN");
  append_folded (out, "CALSCALE:GREGORIAN");
  append_folded (out, "METHOD:PUBLISH");
  append_property (out, "X-WR-CALNAME", name);
}

void
careplan_tool_ics_append (GString         *out,
                          CareplanFinding *finding,
                          CareplanDate     as_of)
{
  CareplanRule *rule = careplan_finding_get_rule (finding);
  const char *child = careplan_finding_get_child_id (finding);
  const char *rule_id = careplan_finding_get_rule_id (finding);
  CareplanDate due = careplan_finding_get_due (finding);
  g_autofree char *uid = event_uid (child, rule_id, due);
  g_autofree char *start = basic_date (due);
  g_autofree char *end = basic_date (careplan_date_add_days (due, 1));
  g_autofree char *stamp = basic_date (as_of);
  g_autofree char *summary = NULL;
  g_autofree char *description = NULL;
  g_autofree char *line = NULL;
  const char *title = rule != NULL ? careplan_rule_get_title (rule) : rule_id;

  summary = g_strdup_printf ("%s: %s", child, title);
  description = g_strdup_printf ("%s\n%s, %s\nRule %s (careplan)",
                                 careplan_finding_get_message (finding),
                                 rule != NULL ? careplan_rule_get_instrument (rule) : "",
                                 rule != NULL ? careplan_rule_get_provision (rule) : "",
                                 rule_id);

  append_folded (out, "BEGIN:VEVENT");
  line = g_strdup_printf ("UID:%s", uid);
  append_folded (out, line);
  g_free (line);
  line = g_strdup_printf ("DTSTAMP:%sT000000Z", stamp);
  append_folded (out, line);
  g_free (line);
  line = g_strdup_printf ("DTSTART;VALUE=DATE:%s", start);
  append_folded (out, line);
  g_free (line);
  line = g_strdup_printf ("DTEND;VALUE=DATE:%s", end);
  append_folded (out, line);
  append_property (out, "SUMMARY", summary);
  append_property (out, "DESCRIPTION", description);
  if (rule != NULL && careplan_rule_get_url (rule) != NULL && *careplan_rule_get_url (rule) != '\0')
    {
      g_autofree char *url = g_strdup_printf ("URL:%s", careplan_rule_get_url (rule));
      append_folded (out, url);
    }
  append_property (out, "CATEGORIES", careplan_finding_status_to_string (careplan_finding_get_status (finding)));
  append_folded (out, "TRANSP:TRANSPARENT");
  append_folded (out, "END:VEVENT");
}

void
careplan_tool_ics_end (GString *out)
{
  append_folded (out, "END:VCALENDAR");
}
