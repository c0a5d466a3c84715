/* bench-cohort.h: a synthetic national cohort of children in care
 *
 * SPDX-License-Identifier: LGPL-2.1-or-later
 */

#pragma once

#include <careplan.h>

G_BEGIN_DECLS

/* The date every benchmark judges at, and the collection year it ends. */
#define BENCH_AS_OF_YEAR  2025
#define BENCH_AS_OF_MONTH 6
#define BENCH_AS_OF_DAY   30

#define BENCH_TYPE_COHORT (bench_cohort_get_type ())
G_DECLARE_FINAL_TYPE (BenchCohort, bench_cohort, BENCH, COHORT, GObject)

BenchCohort   *bench_cohort_new         (guint         first,
                                         guint         n_children,
                                         guint32       seed);
CareplanChild *bench_make_child         (guint         index,
                                         guint32       seed,
                                         CareplanDate  as_of);
CareplanDate   bench_as_of              (void);

double         bench_peak_rss_mib       (void);
double         bench_seconds_since      (gint64        start);
void           bench_report             (const char   *what,
                                         guint         n_children,
                                         double        seconds,
                                         const char   *extra);

G_END_DECLS
