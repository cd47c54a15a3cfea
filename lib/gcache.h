/*
 * gcache.h - the g-function tables of one field at the depths a sizing
 * asks for: computed once, kept, and interpolated between depths.  The
 * speed of the sizing comes from here (a depth grid, an accurate anchor
 * corrected by cheap fast tables); hk_size_depth_ref (bfsize.h) sizes
 * without it, as the oracle.  Nothing here prints or exits.
 */
#ifndef HK_GCACHE_H
#define HK_GCACHE_H

#include <stddef.h>

#include "bfdesign.h"
#include "gfunction.h"
#include "status.h"
/*
 * Cache of g-function tables for one field at several depths.  Tables
 * are computed on first use.  With h_grid > 1 (hk_gcache_init sets
 * 1.1 with h_linear = 1), tables are computed only at the depths
 * h_origin x h_grid^k (h_origin: 100 m, or where a sizing lays it: see
 * hk_size_depth) and a g-function at any other depth is interpolated
 * linearly in ln H between the two around it (or, with h_linear = 0, by
 * a cubic through four); the depths agree with exact tables to about
 * 1 mm on Cases A-C.  h_grid = 0 computes every depth exactly.  With
 * h_interp > 0 (exact mode), a depth bracketed by two cached depths less
 * than h_interp x H apart is interpolated linearly.
 *
 * Anchored mode (accurate designs, anchor_tol > 0, set by
 * hk_gcache_init): one accurate table at a depth Ha serves every depth H
 * within anchor_tol of it, as
 *     g(t, H) = g_acc(t, Ha) + g_fast(t, H) - g_fast(t, Ha),
 * the depth dependence taken from the cheap fast tables on the grid (the
 * error is the change of g_acc - g_fast over H - Ha, with the grid's own
 * interpolation: below 3e-4 of g within a 5 % window, growing with time
 * from 1e-6 at an hour; sized depths agree with the accurate grid's to
 * 0.01 %); farther depths get an accurate table of their own.  A sizing
 * then computes one accurate table instead of two.  fast_only = 1 uses
 * the fast tables alone (a pre-sizing).
 */
#define HK_GC_MAX 16
typedef struct hk_gset {
	size_t n;
	size_t next;              /* round-robin slot */
	hk_gtable tab[HK_GC_MAX];
} hk_gset;
typedef struct hk_gcache {
	const hk_bfdesign *d;
	double t_max;             /* s */
	double h_interp;          /* relative bracket width, 0 = exact only */
	double h_grid;            /* depth grid ratio (> 1), 0 = exact */
	double h_origin;          /* a depth on the grid (m), 0 = 100 */
	int h_linear;             /* 1 = linear in ln H between 2 grid
				     depths instead of cubic through 4 */
	double anchor_tol;        /* anchored mode window (relative), 0 = off */
	int fast_only;            /* 1 = fast tables only */
	hk_gset acc, fast;        /* the design's own tables, and fast ones */
	hk_gtable scratch;
	unsigned long ids;        /* tables computed so far (their ids) */
	size_t computed;          /* accurate tables computed (statistics) */
	size_t computed_fast;     /* fast tables computed (statistics) */
	hk_gstats last;           /* stats of the last computation */
	hk_gstats last_acc;       /* ... of the last accurate one */
} hk_gcache;

/* Initialise a cache for design d (kept by pointer; d must outlive it). */
void hk_gcache_init(hk_gcache *c, const hk_bfdesign *d);

/*
 * The g-table of the design's field at depth H: from the cache,
 * interpolated, or computed.  *gt points into the cache and stays valid
 * until the next call.  Fails as hk_gfunction.
 */
hk_status hk_gcache_get(hk_gcache *c, double H, const hk_gtable **gt,
			hk_err *err);


/*
 * The weighted tables whose sum is the g-function at H in grid mode
 * (h_grid > 1): the grid tables of the design's own set, or of the fast
 * set (fast_only), or an accurate anchor plus the fast tables' change
 * from the anchor's depth to H.  At most HK_GC_TERMS terms into T and w,
 * *np of them; the first *nfull are whole g-functions (weights summing to
 * 1), the rest a correction (weights summing to 0) that is nil at short
 * times (the L4 sizing convolves it by days).  The pointers stay valid
 * until the next cache call.
 */
#define HK_GC_TERMS 9
hk_status hk_gcache_terms(hk_gcache *c, double H, const hk_gtable **T,
			  double *w, int *np, int *nfull, hk_err *err);

/* gc, or own initialised for d at single depths (no depth grid) when gc
 * is NULL. */
hk_gcache *hk_gcache_or_own(hk_gcache *gc, hk_gcache *own, const hk_bfdesign *d);

#endif
