/* careplan-calendar.c: working days against the gov.uk bank-holidays feed
 *
 * A calendar is built once and never changes.  At construction it lays
 * out, for every day of its known range, how many working days come
 * before it, and lists the working days themselves; "the nth working day
 * after d" is then two array lookups however large n is, which matters
 * because the rules compute a working-day deadline for every obligation
 * of every child.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-calendar.h"
#include "careplan-json-private.h"

#include <json-glib/json-glib.h>

#include "careplan-error.h"
#include "careplan-bank-holidays.h"

/**
 * CareplanCalendar:
 *
 * The working days of England: every day except Saturdays, Sundays,
 * 25 December and the bank holidays of the gov.uk bank-holidays feed
 * (which lists Good Friday and the days appointed by proclamation, such
 * as the 2023 Coronation). This is the definition of a working day in the
 * Care Planning, Placement and Case Review (England) Regulations 2010,
 * reg 2(1).
 *
 * Bank holidays are announced only a few years ahead, so a calendar knows
 * a limited range of dates: from 1 January of the first year of its feed
 * to 31 December of the last. A question about a day outside that range
 * fails with %CAREPLAN_ERROR_CALENDAR_RANGE instead of guessing; the
 * remedy is a newer feed, loaded with
 * [ctor@Careplan.Calendar.new_from_file].
 *
 * [ctor@Careplan.Calendar.new_default] uses the table built into the
 * library (the `england-and-wales` division of the feed the library was
 * built with). A calendar made with g_object_new() has no feed and knows
 * no dates.
 *
 * A calendar is immutable once constructed, so one instance can be shared
 * freely, including between threads.
 *
 * Since: 0.1
 */
struct _CareplanCalendar
{
  GObject parent_instance;

  char *divisions;

  /* CAREPLAN_DATE_NONE for a calendar that knows no dates. */
  CareplanDate first_date;
  CareplanDate last_date;

  /* working_before[i] is the number of working days from first_date up to
   * but not including first_date + i, for i in 0 .. n_days: so the count
   * of working days up to and including date d is
   * working_before[d - first_date + 1]. */
  guint32 *working_before;
  /* The working days of the range in ascending order: the kth working day
   * of the range is working_days[k - 1]. */
  CareplanDate *working_days;
  guint n_working_days;
  /* One flag per day of the range: listed in the feed, or 25 December. */
  guint8 *holiday;
};

enum {
  PROP_0,
  PROP_DIVISIONS,
  PROP_FIRST_DATE,
  PROP_LAST_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CareplanCalendar, careplan_calendar, G_TYPE_OBJECT)

/* How a feed read from memory is named in messages (json-glib's own). */
#define DATA_SOURCE_NAME "<data>"

static void
careplan_calendar_finalize (GObject *object)
{
  CareplanCalendar *self = (CareplanCalendar *) object;

  g_clear_pointer (&self->divisions, g_free);
  g_clear_pointer (&self->working_before, g_free);
  g_clear_pointer (&self->working_days, g_free);
  g_clear_pointer (&self->holiday, g_free);

  G_OBJECT_CLASS (careplan_calendar_parent_class)->finalize (object);
}

static void
careplan_calendar_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CareplanCalendar *self = CAREPLAN_CALENDAR (object);

  switch (prop_id)
    {
    case PROP_DIVISIONS:
      g_value_set_string (value, self->divisions);
      break;

    case PROP_FIRST_DATE:
      g_value_set_uint (value, self->first_date);
      break;

    case PROP_LAST_DATE:
      g_value_set_uint (value, self->last_date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
careplan_calendar_class_init (CareplanCalendarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = careplan_calendar_finalize;
  object_class->get_property = careplan_calendar_get_property;

  /**
   * CareplanCalendar:divisions: (getter get_divisions)
   *
   * The divisions of the feed whose bank holidays the calendar uses, as a
   * comma-separated list (`england-and-wales` for the default calendar).
   *
   * Since: 0.1
   */
  properties[PROP_DIVISIONS] =
    g_param_spec_string ("divisions", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanCalendar:first-date: (getter get_first_date)
   *
   * The first day the calendar knows bank holidays for, as a
   * [alias@Careplan.Date]: 1 January of the first year of its feed.
   *
   * Since: 0.1
   */
  properties[PROP_FIRST_DATE] =
    g_param_spec_uint ("first-date", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  /**
   * CareplanCalendar:last-date: (getter get_last_date)
   *
   * The last day the calendar knows bank holidays for, as a
   * [alias@Careplan.Date]: 31 December of the last year of its feed.
   *
   * Since: 0.1
   */
  properties[PROP_LAST_DATE] =
    g_param_spec_uint ("last-date", NULL, NULL,
                       0, G_MAXUINT32, CAREPLAN_DATE_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
careplan_calendar_init (CareplanCalendar *self)
{
  self->divisions = g_strdup ("");
}

/* Fills in the tables of a new calendar.  @holidays may be in any order,
 * hold duplicates and dates outside [first, last]; 25 December is added
 * here because the feed leaves it out in the years it falls at a
 * weekend, and the definition of a working day names it on its own. */
static CareplanCalendar *
calendar_new_from_holidays (const char         *divisions,
                            CareplanDate        first_date,
                            CareplanDate        last_date,
                            const CareplanDate *holidays,
                            guint               n_holidays)
{
  g_autoptr(CareplanCalendar) self = NULL;
  guint n_days;
  guint32 count = 0;
  int first_year;
  int last_year;

  g_assert (careplan_date_is_valid (first_date));
  g_assert (careplan_date_is_valid (last_date));
  g_assert (first_date <= last_date);

  self = g_object_new (CAREPLAN_TYPE_CALENDAR, NULL);
  g_free (self->divisions);
  self->divisions = g_strdup (divisions);
  self->first_date = first_date;
  self->last_date = last_date;

  n_days = last_date - first_date + 1;
  self->holiday = g_new0 (guint8, n_days);
  self->working_before = g_new (guint32, n_days + 1);
  self->working_days = g_new (CareplanDate, n_days);

  for (guint i = 0; i < n_holidays; i++)
    {
      if (holidays[i] >= first_date && holidays[i] <= last_date)
        self->holiday[holidays[i] - first_date] = TRUE;
    }

  first_year = careplan_date_get_year (first_date);
  last_year = careplan_date_get_year (last_date);
  for (int year = first_year; year <= last_year; year++)
    {
      CareplanDate christmas = careplan_date_new (year, 12, 25);

      if (christmas >= first_date && christmas <= last_date)
        self->holiday[christmas - first_date] = TRUE;
    }

  for (guint i = 0; i < n_days; i++)
    {
      CareplanDate date = first_date + i;
      GDateWeekday weekday = careplan_date_get_weekday (date);

      self->working_before[i] = count;
      if (weekday != G_DATE_SATURDAY && weekday != G_DATE_SUNDAY && !self->holiday[i])
        self->working_days[count++] = date;
    }
  self->working_before[n_days] = count;
  self->n_working_days = count;

  return g_steal_pointer (&self);
}

/**
 * careplan_calendar_new_default:
 *
 * Creates the calendar of the `england-and-wales` division of the gov.uk
 * bank-holidays feed built into the library.
 *
 * Returns: (transfer full): a new calendar
 *
 * Since: 0.1
 */
CareplanCalendar *
careplan_calendar_new_default (void)
{
  for (guint i = 0; i < CAREPLAN_N_BUILTIN_DIVISIONS; i++)
    {
      const CareplanBuiltinDivision *division = &careplan_builtin_divisions[i];

      if (g_str_equal (division->division, CAREPLAN_CALENDAR_DEFAULT_DIVISION))
        return calendar_new_from_holidays (division->division,
                                           division->first_day,
                                           division->last_day,
                                           division->days,
                                           division->n_days);
    }

  /* gen-bank-holidays.py refuses a feed without this division. */
  g_assert_not_reached ();
  return NULL;
}

/* The feed as read, with where each node starts (careplan-json.c). */
typedef struct
{
  const char           *source;
  CareplanJsonDocument *document;  /* NULL before the text is read */
} Feed;

G_GNUC_PRINTF (5, 6)
static void
set_feed_error (GError     **error,
                const Feed  *feed,
                JsonNode    *node,
                const char  *field,
                const char  *format,
                ...)
{
  g_autoptr(GString) message = g_string_new (feed->source);
  guint line = 0;
  guint column = 0;
  va_list args;

  if (node != NULL && feed->document != NULL)
    careplan_json_document_locate (feed->document, node, &line, &column);
  if (line > 0)
    g_string_append_printf (message, ":%u:%u", line, column);
  g_string_append (message, ": ");
  if (field != NULL)
    g_string_append_printf (message, "%s: ", field);

  va_start (args, format);
  g_string_append_vprintf (message, format, args);
  va_end (args);

  g_set_error_literal (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_CALENDAR,
                       message->str);
}

/* Adds the dates of one division to @days and gives its known range. */
static gboolean
read_division (const Feed    *feed,
               JsonObject    *root,
               const char    *name,
               GArray        *days,
               CareplanDate  *first_date,
               CareplanDate  *last_date,
               GError       **error)
{
  JsonNode *division_node;
  JsonNode *events_node;
  JsonArray *events;
  g_autofree char *events_field = g_strdup_printf ("%s.events", name);
  CareplanDate earliest = CAREPLAN_DATE_NONE;
  CareplanDate latest = CAREPLAN_DATE_NONE;
  guint n_events;

  division_node = json_object_get_member (root, name);
  if (division_node == NULL)
    {
      g_autoptr(GList) members = json_object_get_members (root);
      g_autoptr(GString) known = g_string_new (NULL);

      for (const GList *l = members; l != NULL; l = l->next)
        g_string_append_printf (known, "%s%s", known->len > 0 ? ", " : "",
                                (const char *) l->data);
      set_feed_error (error, feed, NULL, name, "no such division in the feed (it has %s)",
                      known->len > 0 ? known->str : "none");
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (division_node))
    {
      set_feed_error (error, feed, division_node, name, "not an object");
      return FALSE;
    }

  events_node = json_object_get_member (json_node_get_object (division_node), "events");
  if (events_node == NULL)
    {
      set_feed_error (error, feed, division_node, events_field, "missing");
      return FALSE;
    }
  if (!JSON_NODE_HOLDS_ARRAY (events_node))
    {
      set_feed_error (error, feed, events_node, events_field, "not an array");
      return FALSE;
    }

  events = json_node_get_array (events_node);
  n_events = json_array_get_length (events);
  if (n_events == 0)
    {
      /* Without a single event there is no year to know. */
      set_feed_error (error, feed, events_node, events_field, "no events");
      return FALSE;
    }

  for (guint i = 0; i < n_events; i++)
    {
      JsonNode *event_node = json_array_get_element (events, i);
      JsonNode *date_node;
      const char *text;
      CareplanDate date;
      g_autoptr(GError) date_error = NULL;
      g_autofree char *event_field = g_strdup_printf ("%s[%u]", events_field, i);
      g_autofree char *date_field = g_strdup_printf ("%s.date", event_field);

      if (!JSON_NODE_HOLDS_OBJECT (event_node))
        {
          set_feed_error (error, feed, event_node, event_field, "not an object");
          return FALSE;
        }

      date_node = json_object_get_member (json_node_get_object (event_node), "date");
      if (date_node == NULL)
        {
          set_feed_error (error, feed, event_node, date_field, "missing");
          return FALSE;
        }
      if (json_node_get_value_type (date_node) != G_TYPE_STRING)
        {
          set_feed_error (error, feed, date_node, date_field, "not a string");
          return FALSE;
        }

      text = json_node_get_string (date_node);
      date = careplan_date_parse_iso (text, &date_error);
      if (date == CAREPLAN_DATE_NONE)
        {
          set_feed_error (error, feed, date_node, date_field, "%s", date_error->message);
          return FALSE;
        }

      g_array_append_val (days, date);
      if (earliest == CAREPLAN_DATE_NONE || date < earliest)
        earliest = date;
      if (date > latest)
        latest = date;
    }

  /* Every year of the range must have a bank holiday (England and Wales
   * has eight a year): a year without one is a year the feed does not
   * know, not a year without holidays. */
  {
    int first_year = careplan_date_get_year (earliest);
    int last_year = careplan_date_get_year (latest);
    g_autofree gboolean *seen = g_new0 (gboolean, last_year - first_year + 1);
    g_autoptr(GString) missing = g_string_new (NULL);
    guint n_missing = 0;

    for (guint i = 0; i < n_events; i++)
      {
        JsonNode *event_node = json_array_get_element (events, i);
        JsonNode *date_node = json_object_get_member (json_node_get_object (event_node), "date");
        CareplanDate date = careplan_date_parse_iso (json_node_get_string (date_node), NULL);

        seen[careplan_date_get_year (date) - first_year] = TRUE;
      }
    for (int year = first_year; year <= last_year; year++)
      if (!seen[year - first_year] && n_missing++ < 5)
        g_string_append_printf (missing, "%s%d", missing->len > 0 ? ", " : "", year);
    if (n_missing > 0)
      {
        set_feed_error (error, feed, events_node, events_field,
                        "no bank holiday in %s%s (the feed covers %d to %d: a year "
                        "missing in between would be taken as one without bank holidays)",
                        missing->str, n_missing > 5 ? ", …" : "", first_year, last_year);
        return FALSE;
      }
  }

  *first_date = careplan_date_new (careplan_date_get_year (earliest), 1, 1);
  *last_date = careplan_date_new (careplan_date_get_year (latest), 12, 31);
  return TRUE;
}

/* Splits "a, b,a" into its distinct names, in order. */
static GStrv
split_divisions (const Feed  *feed,
                 const char  *divisions,
                 GError     **error)
{
  g_auto(GStrv) parts = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();

  if (divisions == NULL)
    divisions = CAREPLAN_CALENDAR_DEFAULT_DIVISION;

  parts = g_strsplit (divisions, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *name = g_strstrip (parts[i]);

      if (*name == '\0')
        {
          set_feed_error (error, feed, NULL, NULL,
                          "“%s” is not a comma-separated list of divisions", divisions);
          return NULL;
        }
      if (!g_ptr_array_find_with_equal_func (seen, name, g_str_equal, NULL))
        {
          g_ptr_array_add (seen, name);
          g_strv_builder_add (builder, name);
        }
    }

  if (seen->len == 0)
    {
      set_feed_error (error, feed, NULL, NULL, "no division named");
      return NULL;
    }

  return g_strv_builder_end (builder);
}

static CareplanCalendar *
calendar_new_from_feed (const Feed  *feed,
                        const char  *divisions,
                        GError     **error)
{
  JsonNode *root = careplan_json_document_get_root (feed->document);
  g_auto(GStrv) names = NULL;
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (CareplanDate));
  g_autofree char *joined = NULL;
  CareplanDate first_date = CAREPLAN_DATE_NONE;
  CareplanDate last_date = CAREPLAN_DATE_NONE;

  names = split_divisions (feed, divisions, error);
  if (names == NULL)
    return NULL;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      set_feed_error (error, feed, NULL, NULL,
                      "not a bank-holidays feed (%s)",
                      root == NULL ? "no content" : "the top level is not an object");
      return NULL;
    }

  for (guint i = 0; names[i] != NULL; i++)
    {
      CareplanDate division_first;
      CareplanDate division_last;

      if (!read_division (feed, json_node_get_object (root), names[i], days,
                          &division_first, &division_last, error))
        return NULL;

      /* A day is known only if every division knows it. */
      first_date = MAX (first_date, division_first);
      last_date = last_date == CAREPLAN_DATE_NONE ? division_last : MIN (last_date, division_last);
    }

  joined = g_strjoinv (",", names);
  if (first_date > last_date)
    {
      set_feed_error (error, feed, NULL, NULL,
                      "divisions %s have no year in common", joined);
      return NULL;
    }

  return calendar_new_from_holidays (joined, first_date, last_date,
                                     (const CareplanDate *) (gpointer) days->data, days->len);
}

/* Reads the feed through careplan's one strict JSON reader: a syntax
 * error is an INVALID_CALENDAR error naming file:line:column. */
static CareplanCalendar *
calendar_new_from_reader (CareplanJsonReader  *reader,
                          const char          *source,
                          const char          *divisions,
                          GError             **error)
{
  g_autoptr(CareplanJsonDocument) document = careplan_json_document_read (reader, error);
  Feed feed = { source, document };

  if (document == NULL)
    return NULL;
  return calendar_new_from_feed (&feed, divisions, error);
}

/**
 * careplan_calendar_new_from_data:
 * @data: a bank-holidays feed in the JSON format of
 *   `https://www.gov.uk/bank-holidays.json`
 * @length: the length of @data in bytes, or -1 if it is nul-terminated
 * @divisions: (nullable): the divisions to use, comma-separated, or %NULL
 *   for %CAREPLAN_CALENDAR_DEFAULT_DIVISION
 * @error: return location for a #GError
 *
 * Creates a calendar from a bank-holidays feed held in memory.
 *
 * The feed is an object with one member per division
 * (`england-and-wales`, `scotland`, `northern-ireland`), each an object
 * whose `events` array holds objects with a `date` in `YYYY-MM-DD` form;
 * other members (`title`, `notes`, `bunting`) are display data and are
 * ignored.
 *
 * Naming several divisions unites their bank holidays, for policies that
 * read "bank holiday" as one in any of them; the calendar then knows only
 * the years that every one of them covers.
 *
 * A feed that cannot be used fails with %CAREPLAN_ERROR_INVALID_CALENDAR,
 * and the message gives the position (line, and column for malformed
 * JSON) and the field, such as `england-and-wales.events[3].date`.
 *
 * Returns: (transfer full): a new calendar, or %NULL with @error set
 *
 * Since: 0.1
 */
CareplanCalendar *
careplan_calendar_new_from_data (const char  *data,
                                 gssize       length,
                                 const char  *divisions,
                                 GError     **error)
{
  g_autoptr(CareplanJsonReader) reader = NULL;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader = careplan_json_reader_new_for_data (DATA_SOURCE_NAME, data,
                                              length < 0 ? strlen (data) : (gsize) length,
                                              CAREPLAN_ERROR_INVALID_CALENDAR);
  return calendar_new_from_reader (reader, DATA_SOURCE_NAME, divisions, error);
}

/**
 * careplan_calendar_new_from_file:
 * @path: (type filename): the path of a bank-holidays feed, such as a
 *   copy of `https://www.gov.uk/bank-holidays.json`
 * @divisions: (nullable): the divisions to use, comma-separated, or %NULL
 *   for %CAREPLAN_CALENDAR_DEFAULT_DIVISION
 * @error: return location for a #GError
 *
 * Creates a calendar from a bank-holidays feed file: the way to extend a
 * calendar past the range of the built-in table. See
 * [ctor@Careplan.Calendar.new_from_data] for the format.
 *
 * A file that cannot be read fails with %CAREPLAN_ERROR_IO; one that
 * cannot be used, with %CAREPLAN_ERROR_INVALID_CALENDAR and a message
 * that starts with the file name and line.
 *
 * Returns: (transfer full): a new calendar, or %NULL with @error set
 *
 * Since: 0.1
 */
CareplanCalendar *
careplan_calendar_new_from_file (const char  *path,
                                 const char  *divisions,
                                 GError     **error)
{
  g_autoptr(CareplanJsonReader) reader = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A regular file of at most 16 MiB (the gov.uk feed is 20 KB): a
   * device such as /dev/zero is refused rather than read forever. */
  reader = careplan_json_reader_new_for_path (path, CAREPLAN_JSON_MAX_SMALL_BYTES,
                                              CAREPLAN_ERROR_INVALID_CALENDAR, error);
  if (reader == NULL)
    return NULL;
  return calendar_new_from_reader (reader, path, divisions, error);
}

/**
 * careplan_calendar_get_divisions: (get-property divisions)
 * @self: a calendar
 *
 * Gets the divisions of the feed whose bank holidays @self uses.
 *
 * Returns: (transfer none): the divisions, comma-separated; empty for a
 *   calendar that knows no dates
 *
 * Since: 0.1
 */
const char *
careplan_calendar_get_divisions (CareplanCalendar *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CALENDAR (self), NULL);

  return self->divisions;
}

/**
 * careplan_calendar_get_first_date: (get-property first-date)
 * @self: a calendar
 *
 * Gets the first day @self knows bank holidays for.
 *
 * Returns: the first date of the known range, or %CAREPLAN_DATE_NONE for
 *   a calendar that knows no dates
 *
 * Since: 0.1
 */
CareplanDate
careplan_calendar_get_first_date (CareplanCalendar *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CALENDAR (self), CAREPLAN_DATE_NONE);

  return self->first_date;
}

/**
 * careplan_calendar_get_last_date: (get-property last-date)
 * @self: a calendar
 *
 * Gets the last day @self knows bank holidays for.
 *
 * Returns: the last date of the known range, or %CAREPLAN_DATE_NONE for
 *   a calendar that knows no dates
 *
 * Since: 0.1
 */
CareplanDate
careplan_calendar_get_last_date (CareplanCalendar *self)
{
  g_return_val_if_fail (CAREPLAN_IS_CALENDAR (self), CAREPLAN_DATE_NONE);

  return self->last_date;
}

/**
 * careplan_calendar_covers:
 * @self: a calendar
 * @date: a date
 *
 * Checks whether @date is within the range @self knows bank holidays for,
 * so that a caller can tell beforehand whether a question about it can be
 * answered.
 *
 * Returns: %TRUE if @date is between the first and last dates of @self
 *
 * Since: 0.1
 */
gboolean
careplan_calendar_covers (CareplanCalendar *self,
                          CareplanDate      date)
{
  g_return_val_if_fail (CAREPLAN_IS_CALENDAR (self), FALSE);

  return self->first_date != CAREPLAN_DATE_NONE &&
         date >= self->first_date && date <= self->last_date;
}

G_GNUC_PRINTF (3, 4)
static void
set_range_error (CareplanCalendar  *self,
                 GError           **error,
                 const char        *format,
                 ...)
{
  g_autofree char *question = NULL;
  va_list args;

  va_start (args, format);
  question = g_strdup_vprintf (format, args);
  va_end (args);

  if (self->first_date == CAREPLAN_DATE_NONE)
    {
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE,
                   "%s: the calendar knows no bank holidays", question);
    }
  else
    {
      char first[CAREPLAN_DATE_ISO_LENGTH];
      char last[CAREPLAN_DATE_ISO_LENGTH];

      careplan_date_format_iso (self->first_date, first);
      careplan_date_format_iso (self->last_date, last);
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_CALENDAR_RANGE,
                   "%s: the calendar knows bank holidays from %s to %s only",
                   question, first, last);
    }
}

/**
 * careplan_calendar_is_bank_holiday:
 * @self: a calendar
 * @date: a valid date
 * @error: return location for a #GError
 *
 * Checks whether @date is a holiday of @self: a date of its feed, or
 * 25 December (a common-law holiday that the feed leaves out in the years
 * it falls at a weekend). Weekends are not bank holidays; use
 * [method@Careplan.Calendar.is_working_day] to ask about working days.
 *
 * Returns: %TRUE if @date is a bank holiday; %FALSE if it is not, or with
 *   %CAREPLAN_ERROR_CALENDAR_RANGE set if @date is outside the known range
 *
 * Since: 0.1
 */
gboolean
careplan_calendar_is_bank_holiday (CareplanCalendar  *self,
                                   CareplanDate       date,
                                   GError           **error)
{
  char text[CAREPLAN_DATE_ISO_LENGTH];

  g_return_val_if_fail (CAREPLAN_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (careplan_date_is_valid (date), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!careplan_calendar_covers (self, date))
    {
      careplan_date_format_iso (date, text);
      set_range_error (self, error, "cannot tell whether %s is a bank holiday", text);
      return FALSE;
    }

  return self->holiday[date - self->first_date];
}

/**
 * careplan_calendar_is_working_day:
 * @self: a calendar
 * @date: a valid date
 * @error: return location for a #GError
 *
 * Checks whether @date is a working day: not a Saturday, a Sunday or a
 * bank holiday (see [method@Careplan.Calendar.is_bank_holiday]).
 *
 * Returns: %TRUE if @date is a working day; %FALSE if it is not, or with
 *   %CAREPLAN_ERROR_CALENDAR_RANGE set if @date is outside the known range
 *
 * Since: 0.1
 */
gboolean
careplan_calendar_is_working_day (CareplanCalendar  *self,
                                  CareplanDate       date,
                                  GError           **error)
{
  char text[CAREPLAN_DATE_ISO_LENGTH];
  guint index_;

  g_return_val_if_fail (CAREPLAN_IS_CALENDAR (self), FALSE);
  g_return_val_if_fail (careplan_date_is_valid (date), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!careplan_calendar_covers (self, date))
    {
      careplan_date_format_iso (date, text);
      set_range_error (self, error, "cannot tell whether %s is a working day", text);
      return FALSE;
    }

  index_ = date - self->first_date;
  return self->working_before[index_ + 1] != self->working_before[index_];
}

/**
 * careplan_calendar_add_working_days:
 * @self: a calendar
 * @date: a valid date: the day of the event that starts the clock
 * @days: the number of working days
 * @error: return location for a #GError
 *
 * Finds the last day of a period of @days working days after @date: the
 * @days-th working day strictly after @date. The day of the event is
 * excluded, as English law counts periods "within N days of" an event
 * (Dodds v Walker [1981]); when @date is not itself a working day, the
 * count starts with the next one, so an event on a Saturday gains no
 * working day. Fri 20 December 2024 + 20 working days is Wed 22 January
 * 2025.
 *
 * No day is counted when @days is 0, which gives @date itself.
 *
 * Otherwise every day counted must be known: @date may be anywhere from
 * the day before the calendar's first date to the day before its last,
 * and the result must be on or before its last date; if not, the call
 * fails with %CAREPLAN_ERROR_CALENDAR_RANGE rather than guess at bank
 * holidays not yet announced.
 *
 * This costs the same for any @days: two array lookups.
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE with @error set
 *
 * Since: 0.1
 */
CareplanDate
careplan_calendar_add_working_days (CareplanCalendar  *self,
                                    CareplanDate       date,
                                    guint              days,
                                    GError           **error)
{
  char text[CAREPLAN_DATE_ISO_LENGTH];
  guint64 wanted;

  g_return_val_if_fail (CAREPLAN_IS_CALENDAR (self), CAREPLAN_DATE_NONE);
  g_return_val_if_fail (careplan_date_is_valid (date), CAREPLAN_DATE_NONE);
  g_return_val_if_fail (error == NULL || *error == NULL, CAREPLAN_DATE_NONE);

  if (days == 0)
    return date;

  /* The count runs from the day after @date, which must be known. */
  if (self->first_date != CAREPLAN_DATE_NONE &&
      (guint64) date + 1 >= self->first_date && date <= self->last_date)
    {
      wanted = (guint64) self->working_before[date + 1 - self->first_date] + days;
      if (wanted <= self->n_working_days)
        return self->working_days[wanted - 1];
    }

  careplan_date_format_iso (date, text);
  set_range_error (self, error, "cannot count %u working day%s after %s",
                   days, days == 1 ? "" : "s", text);
  return CAREPLAN_DATE_NONE;
}

/**
 * careplan_calendar_add:
 * @self: a calendar
 * @date: a valid date: the day of the event that starts the clock
 * @count: the number of units
 * @unit: the unit of @count
 * @error: return location for a #GError
 *
 * Finds the last day of a statutory period of @count units of @unit
 * after @date, so that a rule can hold its timescale as data (a number
 * and a unit).
 *
 * Days and weeks are calendar days, counted from @date with no roll
 * forward past weekends or bank holidays; months and years (12 months)
 * follow the corresponding-date rule of [func@Careplan.date_add_months].
 * %CAREPLAN_TIME_UNIT_COUNT and %CAREPLAN_TIME_UNIT_MONTH_DAY are not
 * durations and are refused. None of
 * these needs the bank holidays, so they work for any date and fail only
 * past 31 December 9999 (%CAREPLAN_ERROR_INVALID_DATE). Working days are
 * counted by [method@Careplan.Calendar.add_working_days].
 *
 * Returns: the date, or %CAREPLAN_DATE_NONE with @error set
 *
 * Since: 0.1
 */
CareplanDate
careplan_calendar_add (CareplanCalendar  *self,
                       CareplanDate       date,
                       guint              count,
                       CareplanTimeUnit   unit,
                       GError           **error)
{
  /* Bounds that keep the int arguments below from overflowing; any count
   * beyond them ends past year 9999 anyway. */
  const guint max_days = 10000 * 366;
  CareplanDate result;
  char text[CAREPLAN_DATE_ISO_LENGTH];

  g_return_val_if_fail (CAREPLAN_IS_CALENDAR (self), CAREPLAN_DATE_NONE);
  g_return_val_if_fail (careplan_date_is_valid (date), CAREPLAN_DATE_NONE);
  /* COUNT and MONTH_DAY are parameter units, not durations. */
  g_return_val_if_fail ((guint) unit <= CAREPLAN_TIME_UNIT_YEARS, CAREPLAN_DATE_NONE);
  g_return_val_if_fail (error == NULL || *error == NULL, CAREPLAN_DATE_NONE);

  switch (unit)
    {
    case CAREPLAN_TIME_UNIT_DAYS:
      result = count > max_days ? CAREPLAN_DATE_NONE
                                : careplan_date_add_days (date, (int) count);
      break;

    case CAREPLAN_TIME_UNIT_WEEKS:
      result = count > max_days / 7 ? CAREPLAN_DATE_NONE
                                    : careplan_date_add_weeks (date, (int) count);
      break;

    case CAREPLAN_TIME_UNIT_MONTHS:
      result = count > max_days / 28 ? CAREPLAN_DATE_NONE
                                     : careplan_date_add_months (date, (int) count);
      break;

    case CAREPLAN_TIME_UNIT_YEARS:
      result = count > max_days / 366 ? CAREPLAN_DATE_NONE
                                      : careplan_date_add_months (date, 12 * (int) count);
      break;

    case CAREPLAN_TIME_UNIT_WORKING_DAYS:
    default:
      return careplan_calendar_add_working_days (self, date, count, error);
    }

  if (result == CAREPLAN_DATE_NONE)
    {
      careplan_date_format_iso (date, text);
      g_set_error (error, CAREPLAN_ERROR, CAREPLAN_ERROR_INVALID_DATE,
                   "%u %s%s after %s is after 9999-12-31", count,
                   unit == CAREPLAN_TIME_UNIT_DAYS ? "day" :
                   unit == CAREPLAN_TIME_UNIT_WEEKS ? "week" :
                   unit == CAREPLAN_TIME_UNIT_YEARS ? "year" : "month",
                   count == 1 ? "" : "s", text);
    }

  return result;
}
