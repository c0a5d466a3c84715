/* careplan-validation.h: the DfE's validation checks of the SSDA903 return
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#if !defined(CAREPLAN_INSIDE) && !defined(CAREPLAN_COMPILATION)
# error "Only <careplan.h> can be included directly."
#endif

#include <gio/gio.h>

#include "careplan-version-macros.h"

G_BEGIN_DECLS

/**
 * CareplanValidationSeverity:
 * @CAREPLAN_VALIDATION_SEVERITY_ERROR: the DfE rejects the return until it
 *   is corrected
 * @CAREPLAN_VALIDATION_SEVERITY_QUERY: the DfE asks the authority to
 *   confirm or correct the data (a "query" or warning)
 *
 * How the DfE treats a failed check.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_VALIDATION_SEVERITY_ERROR,
  CAREPLAN_VALIDATION_SEVERITY_QUERY,
} CareplanValidationSeverity;

/**
 * CareplanValidationStatus:
 * @CAREPLAN_VALIDATION_STATUS_IMPLEMENTED: the check follows the DfE's
 *   words, and agrees with the open validator on the sample return
 * @CAREPLAN_VALIDATION_STATUS_DIFFERS_FROM_PEER: the check follows the
 *   DfE's words where the open validator does not; the difference is
 *   listed in careplan's `docs/ssda903-validation.md`
 *
 * How far a check is confirmed.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_VALIDATION_STATUS_IMPLEMENTED,
  CAREPLAN_VALIDATION_STATUS_DIFFERS_FROM_PEER,
} CareplanValidationStatus;

/**
 * CareplanValidationFormat:
 * @CAREPLAN_VALIDATION_FORMAT_TEXT: one line per issue, for a terminal
 * @CAREPLAN_VALIDATION_FORMAT_JSON: a JSON document (`careplan-validation/1`)
 * @CAREPLAN_VALIDATION_FORMAT_CSV: CSV starting
 *   `child_id,table,row_id,rule_code`, then `file,line,fields,message`
 * @CAREPLAN_VALIDATION_FORMAT_HTML: a self-contained HTML page grouping
 *   the issues by check and by child
 *
 * The formats [func@Careplan.validation_write] writes.
 *
 * Since: 0.1
 */
typedef enum
{
  CAREPLAN_VALIDATION_FORMAT_TEXT,
  CAREPLAN_VALIDATION_FORMAT_JSON,
  CAREPLAN_VALIDATION_FORMAT_CSV,
  CAREPLAN_VALIDATION_FORMAT_HTML,
} CareplanValidationFormat;

/**
 * CAREPLAN_TYPE_VALIDATION_ISSUE:
 *
 * The #GType of [class@Careplan.ValidationIssue].
 *
 * Since: 0.1
 */
#define CAREPLAN_TYPE_VALIDATION_ISSUE (careplan_validation_issue_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanValidationIssue, careplan_validation_issue,
                      CAREPLAN, VALIDATION_ISSUE, GObject)

CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_validation_issue_get_code      (CareplanValidationIssue *self);
CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_validation_issue_get_table     (CareplanValidationIssue *self);
CAREPLAN_AVAILABLE_IN_ALL
guint                careplan_validation_issue_get_row_index (CareplanValidationIssue *self);
CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_validation_issue_get_child_id  (CareplanValidationIssue *self);
CAREPLAN_AVAILABLE_IN_ALL
const char * const  *careplan_validation_issue_get_fields    (CareplanValidationIssue *self);
CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_validation_issue_get_message   (CareplanValidationIssue *self);
CAREPLAN_AVAILABLE_IN_ALL
const char          *careplan_validation_issue_get_file      (CareplanValidationIssue *self);
CAREPLAN_AVAILABLE_IN_ALL
guint                careplan_validation_issue_get_line      (CareplanValidationIssue *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanValidationSeverity careplan_validation_issue_get_severity (CareplanValidationIssue *self);

/**
 * CAREPLAN_TYPE_VALIDATION_CHECK:
 *
 * The #GType of [class@Careplan.ValidationCheck].
 *
 * Since: 0.1
 */
#define CAREPLAN_TYPE_VALIDATION_CHECK (careplan_validation_check_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanValidationCheck, careplan_validation_check,
                      CAREPLAN, VALIDATION_CHECK, GObject)

CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_validation_check_get_code            (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_validation_check_get_message         (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_validation_check_get_fields          (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
int                        careplan_validation_check_get_first_year      (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
int                        careplan_validation_check_get_last_year       (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_validation_check_get_citation        (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
const char                *careplan_validation_check_get_guidance        (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanValidationStatus   careplan_validation_check_get_status          (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
CareplanValidationSeverity careplan_validation_check_get_severity        (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                   careplan_validation_check_get_needs_previous  (CareplanValidationCheck *self);
CAREPLAN_AVAILABLE_IN_ALL
gboolean                   careplan_validation_check_get_needs_reference (CareplanValidationCheck *self);

CAREPLAN_AVAILABLE_IN_ALL
GListModel *careplan_validation_list_checks (int collection_year);

/**
 * CAREPLAN_TYPE_SSDA903_VALIDATOR:
 *
 * The #GType of [class@Careplan.Ssda903Validator].
 *
 * Since: 0.1
 */
#define CAREPLAN_TYPE_SSDA903_VALIDATOR (careplan_ssda903_validator_get_type ())

CAREPLAN_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (CareplanSsda903Validator, careplan_ssda903_validator,
                      CAREPLAN, SSDA903_VALIDATOR, GObject)

CAREPLAN_AVAILABLE_IN_ALL
CareplanSsda903Validator *careplan_ssda903_validator_new                 (void);
CAREPLAN_AVAILABLE_IN_ALL
int                       careplan_ssda903_validator_get_collection_year (CareplanSsda903Validator *self);
CAREPLAN_AVAILABLE_IN_ALL
void                      careplan_ssda903_validator_set_collection_year (CareplanSsda903Validator *self,
                                                                          int                       year);
CAREPLAN_AVAILABLE_IN_ALL
const char               *careplan_ssda903_validator_get_previous_dir    (CareplanSsda903Validator *self);
CAREPLAN_AVAILABLE_IN_ALL
void                      careplan_ssda903_validator_set_previous_dir    (CareplanSsda903Validator *self,
                                                                          const char               *dir);
CAREPLAN_AVAILABLE_IN_ALL
const char               *careplan_ssda903_validator_get_reference_dir   (CareplanSsda903Validator *self);
CAREPLAN_AVAILABLE_IN_ALL
void                      careplan_ssda903_validator_set_reference_dir   (CareplanSsda903Validator *self,
                                                                          const char               *dir);
CAREPLAN_AVAILABLE_IN_ALL
guint                     careplan_ssda903_validator_get_n_threads       (CareplanSsda903Validator *self);
CAREPLAN_AVAILABLE_IN_ALL
void                      careplan_ssda903_validator_set_n_threads       (CareplanSsda903Validator *self,
                                                                          guint                     n_threads);
CAREPLAN_AVAILABLE_IN_ALL
guint64                   careplan_ssda903_validator_get_max_file_size   (CareplanSsda903Validator *self);
CAREPLAN_AVAILABLE_IN_ALL
void                      careplan_ssda903_validator_set_max_file_size   (CareplanSsda903Validator *self,
                                                                          guint64                   max_file_size);
CAREPLAN_AVAILABLE_IN_ALL
GListModel               *careplan_ssda903_validator_validate            (CareplanSsda903Validator *self,
                                                                          const char               *dir,
                                                                          GError                  **error);
CAREPLAN_AVAILABLE_IN_ALL
GListModel               *careplan_ssda903_validator_dup_skipped         (CareplanSsda903Validator *self);
CAREPLAN_AVAILABLE_IN_ALL
int                       careplan_ssda903_validator_get_year_used       (CareplanSsda903Validator *self);

CAREPLAN_AVAILABLE_IN_ALL
gboolean    careplan_validation_write (GListModel                *issues,
                                       GListModel                *skipped,
                                       int                        collection_year,
                                       CareplanValidationFormat   format,
                                       GOutputStream             *stream,
                                       GError                   **error);

G_END_DECLS
