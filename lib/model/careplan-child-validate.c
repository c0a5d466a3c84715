/* careplan-child-validate.c: a child's record checks itself
 *
 * Validation reports every problem it finds as a CareplanProblem and
 * never stops at the first one: a caseload file is read, checked and
 * evaluated in one pass, and the person fixing the data wants the whole
 * list.  Nothing here fails or asserts on bad data.
 *
 * Messages name ids, codes and dates only.  A value found in a code
 * field is quoted only when it looks like a code (a few letters and
 * digits); anything longer may be free text typed in the wrong field,
 * such as a name, and is described by its length instead.
 *
 * Everything is linear in the size of the record apart from one sort of
 * the episodes by start (n log n) for the overlap and chain checks.
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#include "config.h"

#include "careplan-child.h"

#include <string.h>

#include "careplan-date.h"
#include "careplan-model-private.h"

/* Longest value quoted in a message as a code: SSDA903 codes have at
 * most 5 characters (CUSTOD has 6); a little slack is harmless. */
#define MAX_QUOTED_CODE 8

/* Which event field holds a later date. */
typedef enum
{
  LATER_END,
  LATER_EXTENDED_TO,
  LATER_APPROVED,
  LATER_NAMED,
} LaterSource;

/* The dates of an event that cannot come before its own date: an end
 * (END_BEFORE_START), or a later step such as an extension, an approval,
 * a decision or a return interview (DATE_OUT_OF_ORDER). */
static const struct {
  CareplanEventKind  kind;
  const char        *key;
  LaterSource        source;
} later_dates[] = {
  { CAREPLAN_EVENT_KIND_MISSING_EPISODE, "end", LATER_END },
  { CAREPLAN_EVENT_KIND_MISSING_EPISODE, "return_interview", LATER_NAMED },
  { CAREPLAN_EVENT_KIND_CARER_APPROVAL, "extended_to", LATER_EXTENDED_TO },
  { CAREPLAN_EVENT_KIND_CARER_APPROVAL, "extension_decided", LATER_NAMED },
  { CAREPLAN_EVENT_KIND_CARER_APPROVAL, "further_extension_decided", LATER_NAMED },
  { CAREPLAN_EVENT_KIND_CARER_APPROVAL, "approved", LATER_APPROVED },
  { CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT, "completed", LATER_END },
  { CAREPLAN_EVENT_KIND_PARENT_ASSESSMENT, "decision", LATER_APPROVED },
  { CAREPLAN_EVENT_KIND_DETENTION, "end", LATER_END },
  { CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS, "extended_to", LATER_EXTENDED_TO },
  { CAREPLAN_EVENT_KIND_COURT_PROCEEDINGS, "final_order", LATER_END },
  { CAREPLAN_EVENT_KIND_ADOPTION_DECISION, "matched", LATER_NAMED },
  { CAREPLAN_EVENT_KIND_PLACED_FOR_ADOPTION, "end", LATER_END },
  { CAREPLAN_EVENT_KIND_SOCIAL_WORKER_EPISODE, "end", LATER_END },
  { CAREPLAN_EVENT_KIND_DEPRIVATION_OF_LIBERTY, "end", LATER_END },
};

typedef struct
{
  CareplanChild *child;
  const char    *child_id;
  const char    *file;
  GListStore    *problems;
} Validation;

typedef struct
{
  CareplanEpisode *episode;
  guint            position;   /* in the record */
} EpisodeRef;

typedef struct
{
  char text[CAREPLAN_DATE_ISO_LENGTH];
} IsoDate;

/* Where in the record a problem is, as in "care_leaver.reviews[2]": kept
 * as its parts and written only when there is a problem to report, since
 * nearly every object checked has none.  A NULL list is the child
 * itself; a negative index names the list's object without one. */
typedef struct
{
  const char *prefix;
  const char *list;
  int         index;
} Path;

static const Path child_path = { "", NULL, -1 };

static IsoDate
iso (CareplanDate date)
{
  IsoDate out;

  careplan_date_format_iso (date, out.text);

  return out;
}

static char *
path_to_string (const Path *path)
{
  if (path->list == NULL)
    return NULL;
  if (path->index < 0)
    return g_strconcat (path->prefix, path->list, NULL);
  return g_strdup_printf ("%s%s[%d]", path->prefix, path->list, path->index);
}

static void
add_problem (Validation             *validation,
             CareplanProblemKind     kind,
             const Path             *path,
             const char             *field,
             CareplanSourcePosition  position,
             char                   *message)
{
  g_autoptr(CareplanProblem) problem = NULL;
  g_autofree char *owned_message = message;
  g_autofree char *path_text = path_to_string (path);

  problem = careplan_problem_new (kind, validation->child_id, path_text, field, owned_message);
  if (validation->file != NULL || position.line > 0)
    careplan_problem_set_location (problem, validation->file, position.line, position.column);

  g_list_store_append (validation->problems, problem);
}

static gboolean
looks_like_code (const char *value)
{
  gsize i;

  for (i = 0; value[i] != '\0'; i++)
    {
      if (i >= MAX_QUOTED_CODE || !g_ascii_isalnum (value[i]))
        return FALSE;
    }

  return i > 0;
}

static void
check_code (Validation             *validation,
            const Path             *path,
            const char             *field,
            const char             *what,
            const char             *value,
            gboolean              (*is_code) (const char *),
            CareplanSourcePosition  position)
{
  char *message;

  if (value == NULL || is_code (value))
    return;

  if (looks_like_code (value))
    message = g_strdup_printf ("%s \"%s\" is not an SSDA903 %s code", field, value, what);
  else
    message = g_strdup_printf ("%s is not an SSDA903 %s code (a value of %zu characters)",
                               field, what, strlen (value));

  add_problem (validation, CAREPLAN_PROBLEM_KIND_UNKNOWN_CODE, path, field, position, message);
}

static void
check_child (Validation *validation)
{
  CareplanCareLeaver *care_leaver;
  CareplanDate dob = careplan_child_get_date_of_birth (validation->child);
  CareplanSourcePosition position = careplan_child_get_position (validation->child);
  const char *id = careplan_child_get_id (validation->child);

  if (id == NULL || *id == '\0')
    add_problem (validation, CAREPLAN_PROBLEM_KIND_MISSING_FIELD, &child_path, "id", position,
                 g_strdup ("child has no id"));

  if (dob == CAREPLAN_DATE_NONE)
    {
      add_problem (validation, CAREPLAN_PROBLEM_KIND_MISSING_FIELD, &child_path, "date_of_birth",
                   position,
                   g_strdup ("child has no date of birth"));
      return;
    }

  care_leaver = careplan_child_get_care_leaver (validation->child);
  if (care_leaver != NULL)
    {
      static const struct {
        const char *field;
        CareplanDate (*get) (CareplanCareLeaver *);
      } fields[] = {
        { "needs_assessment", careplan_care_leaver_get_needs_assessment },
        { "personal_adviser_from", careplan_care_leaver_get_personal_adviser_from },
        { "staying_put_from", careplan_care_leaver_get_staying_put_from },
        { "accommodation_from", careplan_care_leaver_get_accommodation_from },
        { "support_requested", careplan_care_leaver_get_support_requested },
        { "adviser_declined", careplan_care_leaver_get_adviser_declined },
      };
      const Path care_leaver_path = { "", "care_leaver", -1 };
      gsize i;

      for (i = 0; i < G_N_ELEMENTS (fields); i++)
        {
          CareplanDate date = fields[i].get (care_leaver);

          if (date != CAREPLAN_DATE_NONE && date < dob)
            add_problem (validation, CAREPLAN_PROBLEM_KIND_DATE_OUT_OF_ORDER,
                         &care_leaver_path, fields[i].field, position,
                         g_strdup_printf ("%s %s is before the date of birth %s",
                                          fields[i].field, iso (date).text, iso (dob).text));
        }
    }
}

static void
check_episode (Validation      *validation,
               CareplanEpisode *episode,
               guint            position_in_record)
{
  const Path episode_path = { "", "episodes", (int) position_in_record };
  const Path *path = &episode_path;
  CareplanSourcePosition position = careplan_episode_get_position (episode);
  CareplanDate start = careplan_episode_get_start (episode);
  CareplanDate end = careplan_episode_get_end (episode);
  CareplanDate dob = careplan_child_get_date_of_birth (validation->child);

  if (start == CAREPLAN_DATE_NONE)
    add_problem (validation, CAREPLAN_PROBLEM_KIND_MISSING_FIELD, path, "start", position,
                 g_strdup ("episode has no start date"));
  else if (end != CAREPLAN_DATE_NONE && end < start)
    add_problem (validation, CAREPLAN_PROBLEM_KIND_END_BEFORE_START, path, "end", position,
                 g_strdup_printf ("episode ends on %s, before it starts on %s",
                                  iso (end).text, iso (start).text));

  if (start != CAREPLAN_DATE_NONE && dob != CAREPLAN_DATE_NONE && start < dob)
    add_problem (validation, CAREPLAN_PROBLEM_KIND_DATE_OUT_OF_ORDER, path, "start", position,
                 g_strdup_printf ("episode starts on %s, before the date of birth %s",
                                  iso (start).text, iso (dob).text));

  check_code (validation, path, "reason_new_episode", "reason for new episode",
              careplan_episode_get_reason_new_episode (episode),
              careplan_codes_is_reason_new_episode, position);
  check_code (validation, path, "legal_status", "legal status",
              careplan_episode_get_legal_status (episode),
              careplan_codes_is_legal_status, position);
  check_code (validation, path, "category_of_need", "category of need",
              careplan_episode_get_category_of_need (episode),
              careplan_codes_is_category_of_need, position);
  check_code (validation, path, "placement_type", "placement type",
              careplan_episode_get_placement_type (episode),
              careplan_codes_is_placement_type, position);
  check_code (validation, path, "placement_provider", "placement provider",
              careplan_episode_get_placement_provider (episode),
              careplan_codes_is_placement_provider, position);
  check_code (validation, path, "reason_ended", "reason episode ceased",
              careplan_episode_get_reason_ended (episode),
              careplan_codes_is_reason_ended, position);
}

static gint
compare_refs (gconstpointer a,
              gconstpointer b)
{
  CareplanDate sa = careplan_episode_get_start (((const EpisodeRef *) a)->episode);
  CareplanDate sb = careplan_episode_get_start (((const EpisodeRef *) b)->episode);

  return (sa > sb) - (sa < sb);
}

/* An open end reaches furthest of all. */
static gboolean
reaches_beyond (CareplanDate end,
                CareplanDate other_end)
{
  if (other_end == CAREPLAN_DATE_NONE)
    return FALSE;

  return end == CAREPLAN_DATE_NONE || end > other_end;
}

/* Overlaps and broken chains, over the dated episodes in start order.
 * An overlap is judged against the episode reaching furthest so far,
 * not only the one just before, so that one long episode overlapping
 * several short ones is caught, still in one pass. */
static void
check_episode_sequence (Validation *validation,
                        GArray     *refs)
{
  const EpisodeRef *reach = NULL;
  guint i;

  g_array_sort (refs, compare_refs);

  for (i = 0; i < refs->len; i++)
    {
      const EpisodeRef *ref = &g_array_index (refs, EpisodeRef, i);
      CareplanEpisode *episode = ref->episode;
      CareplanDate start = careplan_episode_get_start (episode);
      CareplanDate end = careplan_episode_get_end (episode);
      const char *rne = careplan_episode_get_reason_new_episode (episode);
      CareplanSourcePosition position = careplan_episode_get_position (episode);
      const Path episode_path = { "", "episodes", (int) ref->position };
      const Path *path = &episode_path;

      if (reach != NULL)
        {
          CareplanDate reach_end = careplan_episode_get_end (reach->episode);

          if (reach_end == CAREPLAN_DATE_NONE)
            add_problem (validation, CAREPLAN_PROBLEM_KIND_OVERLAP, path, "start", position,
                         g_strdup_printf ("episode starting %s overlaps episodes[%u], "
                                          "which started %s and has no end",
                                          iso (start).text, reach->position,
                                          iso (careplan_episode_get_start (reach->episode)).text));
          else if (start < reach_end)
            add_problem (validation, CAREPLAN_PROBLEM_KIND_OVERLAP, path, "start", position,
                         g_strdup_printf ("episode starting %s overlaps episodes[%u], "
                                          "which runs from %s to %s",
                                          iso (start).text, reach->position,
                                          iso (careplan_episode_get_start (reach->episode)).text,
                                          iso (reach_end).text));
        }

      if (i > 0 && g_strcmp0 (rne, "S") != 0)
        {
          const EpisodeRef *previous = &g_array_index (refs, EpisodeRef, i - 1);
          CareplanDate previous_end = careplan_episode_get_end (previous->episode);
          const char *previous_reason = careplan_episode_get_reason_ended (previous->episode);
          const char *shown_rne = rne != NULL && looks_like_code (rne) ? rne : "not S";

          /* An open previous episode is an overlap, reported above. */
          if (previous_end != CAREPLAN_DATE_NONE && start != previous_end)
            add_problem (validation, CAREPLAN_PROBLEM_KIND_BROKEN_CHAIN, path, "start", position,
                         g_strdup_printf ("episode with reason_new_episode %s continues a period "
                                          "of care but starts on %s, not on %s when episodes[%u] "
                                          "ended",
                                          shown_rne, iso (start).text, iso (previous_end).text,
                                          previous->position));
          else if (previous_end != CAREPLAN_DATE_NONE && previous_reason != NULL &&
                   !g_str_equal (previous_reason, "X1"))
            add_problem (validation, CAREPLAN_PROBLEM_KIND_BROKEN_CHAIN, path,
                         "reason_new_episode", position,
                         g_strdup_printf ("episode with reason_new_episode %s continues a period "
                                          "of care but episodes[%u] ended on %s with "
                                          "reason_ended %s, not X1",
                                          shown_rne, previous->position, iso (previous_end).text,
                                          looks_like_code (previous_reason) ? previous_reason
                                                                            : "(not a code)"));
        }

      if (reach == NULL || reaches_beyond (end, careplan_episode_get_end (reach->episode)))
        reach = ref;
    }
}

static void
check_episodes (Validation *validation)
{
  GListModel *episodes = careplan_child_get_episodes (validation->child);
  guint n_episodes = g_list_model_get_n_items (episodes);
  g_autoptr(GArray) refs = g_array_sized_new (FALSE, FALSE, sizeof (EpisodeRef), n_episodes);
  guint i;

  for (i = 0; i < n_episodes; i++)
    {
      g_autoptr(CareplanEpisode) episode = g_list_model_get_item (episodes, i);
      EpisodeRef ref = { episode, i };

      check_episode (validation, episode, i);
      /* Borrowed: the child's store keeps the episode alive. */
      if (careplan_episode_get_start (episode) != CAREPLAN_DATE_NONE)
        g_array_append_val (refs, ref);
    }

  check_episode_sequence (validation, refs);
}

static CareplanDate
later_date (CareplanEvent *event,
            guint          entry)
{
  switch (later_dates[entry].source)
    {
    case LATER_END:
      return careplan_event_get_end (event);
    case LATER_EXTENDED_TO:
      return careplan_event_get_extended_to (event);
    case LATER_APPROVED:
      return careplan_event_get_approved (event);
    case LATER_NAMED:
    default:
      return careplan_event_get_date_field (event, later_dates[entry].key);
    }
}

/* "missing-episode" reads "missing episode" in a sentence. */
static char *
kind_in_words (CareplanEventKind kind)
{
  return g_strdelimit (g_strdup (careplan_event_kind_to_string (kind)), "-", ' ');
}

static void
check_later_dates (Validation             *validation,
                   CareplanEvent          *event,
                   const Path             *path,
                   CareplanSourcePosition  position)
{
  CareplanEventKind kind = careplan_event_get_kind (event);
  CareplanDate date = careplan_event_get_date (event);
  const char *date_key = careplan_event_kind_infos[kind].date_key;
  gsize i;

  if (date == CAREPLAN_DATE_NONE)
    return;

  /* A dozen entries: a scan per event keeps validation linear. */
  for (i = 0; i < G_N_ELEMENTS (later_dates); i++)
    {
      g_autofree char *words = NULL;
      CareplanDate later;

      if (later_dates[i].kind != kind)
        continue;
      later = later_date (event, i);
      if (later == CAREPLAN_DATE_NONE || later >= date)
        continue;

      words = kind_in_words (kind);
      if (later_dates[i].source == LATER_END && strcmp (later_dates[i].key, "end") == 0)
        add_problem (validation, CAREPLAN_PROBLEM_KIND_END_BEFORE_START, path, "end", position,
                     g_strdup_printf ("%s ends on %s, before it starts on %s",
                                      words, iso (later).text, iso (date).text));
      else
        add_problem (validation,
                     later_dates[i].source == LATER_END ? CAREPLAN_PROBLEM_KIND_END_BEFORE_START
                                                        : CAREPLAN_PROBLEM_KIND_DATE_OUT_OF_ORDER,
                     path, later_dates[i].key, position,
                     g_strdup_printf ("%s: %s %s is before %s %s",
                                      words, later_dates[i].key, iso (later).text,
                                      date_key, iso (date).text));
    }
}

static void
check_events (Validation *validation)
{
  GListModel *events = careplan_child_get_events (validation->child);
  guint n_events = g_list_model_get_n_items (events);
  CareplanDate dob = careplan_child_get_date_of_birth (validation->child);
  guint counts[CAREPLAN_EVENT_N_KINDS] = { 0, };
  guint i;

  for (i = 0; i < n_events; i++)
    {
      g_autoptr(CareplanEvent) event = g_list_model_get_item (events, i);
      CareplanEventKind kind = careplan_event_get_kind (event);
      CareplanDate date = careplan_event_get_date (event);
      CareplanSourcePosition position = careplan_event_get_position (event);
      const char *kind_name = careplan_event_kind_to_string (kind);
      const CareplanEventKindInfo *info = &careplan_event_kind_infos[kind];
      const char *date_field = info->date_key;
      const Path event_path = { info->care_leaver ? "care_leaver." : "", info->list,
                                (int) counts[kind]++ };
      const Path *path = &event_path;

      if (date == CAREPLAN_DATE_NONE)
        add_problem (validation, CAREPLAN_PROBLEM_KIND_MISSING_FIELD, path, date_field, position,
                     g_strdup_printf ("%s has no %s", kind_name, date_field));
      else if (dob != CAREPLAN_DATE_NONE && date < dob)
        add_problem (validation, CAREPLAN_PROBLEM_KIND_DATE_OUT_OF_ORDER, path, date_field, position,
                     g_strdup_printf ("%s dated %s is before the date of birth %s",
                                      kind_name, iso (date).text, iso (dob).text));

      check_later_dates (validation, event, path, position);

      if (kind == CAREPLAN_EVENT_KIND_REVIEW)
        check_code (validation, path, "participation", "review participation",
                    careplan_event_get_detail (event),
                    careplan_codes_is_review_participation, position);
    }
}

/**
 * careplan_child_validate:
 * @self: a child
 *
 * Checks the child's record and reports every problem found, in this
 * order: the child itself (a missing date of birth; care-leaver dates
 * before the birth), each episode in the order of the record (a missing
 * start, an end before the start, a start before the birth, codes not in
 * the SSDA903 lists for reason for new episode, legal status, category
 * of need, placement type, placement provider and reason ended), the
 * episodes in order of start (overlaps; an episode that continues a
 * period of care — reason for new episode other than `S` — but does not
 * start on the day the previous one ended, or follows one that ended
 * with a reason other than `X1`), then each event (a missing date, a date
 * before the birth, an end before the start for every kind that lasts —
 * missing episodes, parent assessments, detentions, court proceedings,
 * placements for adoption, social worker episodes, deprivation of liberty
 * —, a later step dated before the event itself — the extension, its
 * decision and the full approval of a carer approval, the decision on a
 * placement with a parent, the extension of court proceedings, the match
 * of an adoption decision, a return interview —, an unknown review
 * participation code).
 *
 * A problem's location is the record's source file and the line and
 * column of the object at fault, when the record was read from a file.
 *
 * Validation never fails: a record with no problems gives an empty list.
 *
 * Returns: (transfer full): a new [iface@Gio.ListModel] of
 *   [class@Careplan.Problem]
 *
 * Since: 0.1
 */
GListModel *
careplan_child_validate (CareplanChild *self)
{
  Validation validation;

  g_return_val_if_fail (CAREPLAN_IS_CHILD (self), NULL);

  validation.child = self;
  validation.child_id = careplan_child_get_id (self);
  validation.file = careplan_child_get_source_file (self);
  validation.problems = g_list_store_new (CAREPLAN_TYPE_PROBLEM);

  check_child (&validation);
  check_episodes (&validation);
  check_events (&validation);

  return G_LIST_MODEL (validation.problems);
}
