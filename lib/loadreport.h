/*
 * loadreport.h - what loadcalc writes, built from its request, its
 * totals and its profile (loadcalc.h): the building table's cells with
 * each index's source, the warning for an index outside its CJJ range,
 * and the summary (DESIGN.md: key, value, unit, label zh/en, source; the
 * profile, the totals per phase, every default with its source, the city
 * and the annual heat).  Rows and cells only: writing them is the
 * command's (job.h).
 */
#ifndef HK_LOADREPORT_H
#define HK_LOADREPORT_H

#include "loadcalc.h"
#include "output.h"
#include "summary.h"

/* The building table: its columns and one building's cells (src, >= 700
 * bytes, holds the index_source text). */
#define HK_LC_NBLD 10
extern const hk_col hk_lc_bld_cols[HK_LC_NBLD];
void hk_lc_bld_cells(const hk_lc_request *q, const hk_lc_row *in, const hk_lc_bld *x, hk_cell c[HK_LC_NBLD],
		     char *src, size_t sz);

/* The monthly profile (loadcalc --monthly): month, days, heat_kwh,
 * heat_gj, source; row i's cells. */
#define HK_LC_NMONTH 5
extern const hk_col hk_lc_month_cols[HK_LC_NMONTH];
void hk_lc_month_cells(const hk_lc_monthly *m, size_t i, hk_cell c[HK_LC_NMONTH]);

/* Where a building's index comes from ("given in the input", or its CJJ
 * row, column, point and the row's verification status). */
const char *hk_lc_index_source(const hk_lc_request *q, const hk_lc_bld *x, char *buf, size_t sz);

/* The warning for a given index outside its type's CJJ range (x->outside),
 * into buf. */
void hk_lc_range_warning(const hk_lc_request *q, const char *name, const hk_lc_bld *x, char *buf, size_t sz);

/* Where the request's values come from, as the summary names them: an
 * option when it was given ("--t-in"), else its default's source (the
 * command takes these from its option table); weather is the weather
 * file as given. */
typedef struct hk_lc_sources {
	const char *index_point, *t_in, *setback, *t_design, *day_start, *day_end, *weather;
} hk_lc_sources;

/* Append the summary rows to s: the profile's first (p NULL: none; the
 * season, the default days, the step warning), then the totals, the
 * defaults and the city; warnings among them in their place (hk_sum_warn,
 * for the command to print too).  Fails HK_ENOMEM only. */
hk_status hk_lc_summary(const hk_lc_request *q, const hk_lc_run *run, const hk_lc_profile *p,
			const hk_lc_profile_in *pin, const hk_lc_sources *src, hk_summary *s);

#endif
