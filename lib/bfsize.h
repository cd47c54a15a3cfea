/*
 * bfsize.h - the depth of a borefield: how deep every borehole of a given
 * field must be so that the mean fluid temperature stays within its
 * limits over the simulation (GHEtool's sizing, Peere et al. 2021), by
 * L2 (three pulses), L3 (monthly) or L4 (hourly).
 *
 * Two implementations of one definition: hk_size_depth, with the speed-ups
 * (a g-table cache with a depth grid and an accurate anchor, pre-sizings
 * for the start, cached convolutions), and hk_size_depth_ref, the plain
 * reference (an exact table at every depth tried, bracketing secant and
 * bisection) that the tests hold the first against.
 *
 * Files: bfsize.c (the iteration and the result), bfsize_start.c (where
 * it starts), bfsize_l4.c (L4 evaluations), bfsize_l2.c (L2),
 * bfsize_ref.c (the reference).  Nothing here prints or exits.
 */
#ifndef HK_BFSIZE_H
#define HK_BFSIZE_H

#include <stddef.h>

#include "bfdesign.h"
#include "bftemp.h"
#include "gcache.h"
#include "groundload.h"
#include "status.h"

typedef struct hk_sizing {
	double H;          /* required depth (m) */
	int quadrant;      /* GHEtool limiting quadrant 1..4:
			      1/2 maximum temperature, 3/4 minimum;
			      1/4 extraction-dominated field */
	int limit;         /* +1 maximum temperature binds, -1 minimum */
	int year;          /* year (1-based) of the binding extreme */
	int month;         /* month (1..12) of it; 0 for L2 */
	double Tf_max;     /* extremes at the size (C) */
	double Tf_min;
	double Rb;         /* Rb* at the size (mK/W) */
	double Tg;         /* undisturbed temperature at the size (C) */
	int iterations;    /* temperature evaluations */
} hk_sizing;

/*
 * Depth of every borehole of the design's field so that the mean fluid
 * temperature stays within [Tf_min, Tf_max] over the simulation, by L2,
 * L3 (ml needed) or L4 (hl needed).  First sized for the maximum limit,
 * checked against the minimum, then the other way round (GHEtool).
 * Fails: HK_EINVAL on bad input; HK_ENOSOL when no depth within
 * [H_min, H_max] satisfies both limits, with a message naming the binding
 * limit and what would help (e.g. the limit band excludes the ground
 * temperature; the minimum needs H > H_max; the gradient makes deeper
 * fields warmer).  gc may be NULL (a private cache is used).  With an
 * anchored cache the accurate iteration starts from a sizing on the fast
 * tables, which starts from a rough one (uniform heat rate, 9 times); a
 * fresh cache's depth grid is laid through the deeper of the two limits'
 * rough depths (h_origin).  These pre-sizings are best effort: when one
 * fails, the start is 100 m.
 */
hk_status hk_size_depth(const hk_bfdesign *d, const hk_mload *ml,
			const hk_hload *hl, hk_method method, hk_gcache *gc,
			hk_sizing *res, hk_err *err);

/*
 * The reference sizing (L3 or L4): for each limit the shallowest depth
 * in [H_min, H_max] where the extreme meets it, bracketed by doubling or
 * halving from 100 m and closed by secant steps kept inside the bracket
 * (bisection every third step) to 1e-7 of the depth, on an exact g-table
 * of the design's own kind (accurate, or fast for a fast design) at every
 * depth tried: no depth grid, no anchor, no pre-sizing, no cached
 * convolution.  The field's depth is the deeper of the two, which is
 * hk_size_depth's answer wherever both extremes move towards the ground
 * with depth (uniform ground: no gradient or flux).  Slow (a table per
 * step): the oracle of the tests.  Fails with HK_ENOSOL when the band
 * excludes the ground or a limit needs more than H_max.
 */
hk_status hk_size_depth_ref(const hk_bfdesign *d, const hk_mload *ml,
			    const hk_hload *hl, hk_method method,
			    hk_sizing *res, hk_err *err);

#endif
