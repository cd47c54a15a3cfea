/*
 * bfgfunc.h - `heatkit borefield --gfunction`: the g-function of a field
 * as a table (what researchers use pygfunction for), with the method and
 * its error estimate in the summary.
 *
 * The accurate table of the sizing (gfunction.h): exact symmetry classes
 * (grouped into equivalent boreholes only above 480 unknowns, then said
 * unchecked), 8 segments, 33 geometric times from 1 h to the period with
 * Richardson extrapolation for UBWT; UHTR (uniform heat rate) needs no
 * time stepping.  Nothing here prints or exits.
 */
#ifndef HK_BFGFUNC_H
#define HK_BFGFUNC_H

#include "gfunction.h"
#include "job.h"
#include "status.h"

typedef struct hk_bf_gfunc {
	hk_gfield f;        /* the field at its depth H (m), D, rb */
	double alpha;       /* ground diffusivity (m2/s) */
	int years;          /* the last time */
	int uhtr;           /* 1: uniform heat rate, else uniform wall temperature */
	const char *field_txt; /* the field in words */
	hk_gtable gt;       /* the result */
	hk_gstats st;
} hk_bf_gfunc;

/* Compute g->gt (33 times from 1 h to g->years).  Fails as hk_gtable_build. */
hk_status hk_bf_gfunc_run(hk_bf_gfunc *g, hk_err *err);

/* The table (ln_t_ts, t_s, t_years, g; ts = H^2 / (9 alpha), Eskilson
 * 1987) and the summary: method, boreholes, field, depth, ts, the error
 * estimate. */
void hk_bf_gfunc_write(hk_job *job, const hk_bf_gfunc *g);

#endif
