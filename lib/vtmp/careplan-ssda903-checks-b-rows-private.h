/* careplan-ssda903-checks-b-rows-private.h: the rows of the checks of
 * codes 500 and up and the alphabetic codes, file by file
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include "careplan-ssda903-checks-b-private.h"

G_BEGIN_DECLS

typedef enum
{
  VB_NEEDS_PREVIOUS  = 1 << 0,   /* last year's return (--previous) */
  VB_NEEDS_REFERENCE = 1 << 1,   /* reference data (--reference) */
} VbNeeds;

typedef struct
{
  const char  *code;        /* the DfE code, e.g. "SW12STG2" */
  const char  *message;     /* the DfE's message */
  const char  *tables;      /* the tables it reads, comma-separated, the flagged one first */
  const char  *fields;      /* the fields it reads, comma-separated */
  int          first_year;  /* first collection year (by its end) it applies to; 0: open */
  int          last_year;   /* last; 0: open */
  guint        needs;       /* VbNeeds */
  const char  *note;        /* where careplan reads the rule otherwise than the open validator */
  void       (*run)         (VbCtx *x);
} VbCheck;

extern const VbCheck vb_checks_int[];
extern const guint   vb_n_checks_int;
extern const VbCheck vb_checks_sw[];
extern const guint   vb_n_checks_sw;
extern const VbCheck vb_checks_500[];
extern const guint   vb_n_checks_500;
extern const VbCheck vb_checks_600[];
extern const guint   vb_n_checks_600;
extern const VbCheck vb_checks_1000[];
extern const guint   vb_n_checks_1000;

G_END_DECLS
