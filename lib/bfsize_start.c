/*
 * bfsize_start.c - where a depth sizing starts (a speed-up, never a
 * change of the answer): rough and fast pre-sizings.
 */
#include "bfsize_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/*
 * Where the accurate iteration for one limit starts: an L3 sizing on the
 * cache's fast g-tables (equivalent boreholes, 17 times), so that the one
 * accurate table of the anchored mode (see hk_gcache) is computed next to
 * the answer, not at 100 m.  The fast sizing itself starts from a rough
 * one (uniform heat rate along whole boreholes, 9 times: cheap, and close
 * enough to save the fast sizing a table or two).  Both limits are sized
 * roughly at first need, on one shared rough cache, and a fresh cache's
 * depth grid is laid through the deeper of the two, the one that most
 * likely binds, so that the sizing needs the tables around its answer
 * and few others (in fast mode, where the fast tables are the design's
 * own, the rough depth is the start).  Only a start: the rough and fast
 * pre-sizings are best effort; when either fails (a limit the ground
 * crosses at depth, a depth out of range) the start is 100 m, which
 * costs a table or two and never accuracy.  100 m in exact mode (h_grid
 * 0).
 */
static int plausible(const hk_bfdesign *d, double H)
{
	return H > hk_bfdesign_hmin(d) && H < 4 * hk_bfdesign_hmax(d);
}

static hk_status rough_depths(hk_sizer *z, hk_err *err)
{
	hk_bfdesign dr = *z->d;
	dr.g_fast = 1;
	dr.g_points = 9;
	memset(&dr.gopts, 0, sizeof dr.gopts);
	dr.gopts.prep = z->d->gopts.prep; /* the same field: its geometry */
	dr.gopts.uhtr = 1;
	dr.gopts.nseg = 1;
	hk_gcache *rc = malloc(sizeof *rc);
	if (!rc)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	hk_gcache_init(rc, &dr);
	hk_sizer zr;
	memset(&zr, 0, sizeof zr);
	zr.d = &dr;
	zr.method = HK_L3;
	zr.ml = z->ml;
	zr.s = z->s; /* shared, read only */
	zr.gc = rc;
	zr.no_scan = 1;
	hk_status st = HK_OK;
	for (int k = 0; k < 2 && st != HK_ENOMEM; k++) {
		hk_err e2 = {0};
		double H = 0;
		st = hk_sizer_solve(&zr, k ? -1 : +1, 100.0, &H, &e2);
		/* -1: unknown (failed or implausible), 0: never binds */
		z->rough[k] = st || (H > 0 && !plausible(z->d, H)) ? -1 : H;
		hk_temps t;
		if (k == 0 && z->rough[0] > 0 &&
		    !(st = hk_sizer_extremes(&zr, z->rough[0], &t, &e2)) &&
		    t.Tf_min >= z->d->Tf_min) {
			z->rough[1] = 0; /* the maximum binds: no need */
			break;
		}
	}
	free(rc);
	z->rough_done = 1;
	if (st == HK_ENOMEM)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	return HK_OK;
}

hk_status hk_sizer_start(hk_sizer *z, int lim, double *H0, hk_err *err)
{
	*H0 = 100.0;
	if (!(z->gc->h_grid > 1.0))
		return HK_OK;
	hk_status st;
	if (!z->rough_done && (st = rough_depths(z, err)))
		return st;
	if (z->gc->fast.n == 0 && z->gc->acc.n == 0 && /* grid not laid yet */
	    z->rough[0] >= 0 && z->rough[1] >= 0) {   /* and both known */
		double Hb = fmax(z->rough[0], z->rough[1]);
		if (Hb > 0)
			z->gc->h_origin = Hb;
	}
	double H = z->rough[lim > 0 ? 0 : 1];
	if (!(H > 0))
		H = 100.0;
	if (z->d->g_fast) { /* the design's own tables are the fast ones */
		*H0 = H;
		return HK_OK;
	}
	hk_sizer zf;
	memset(&zf, 0, sizeof zf);
	zf.d = z->d;
	zf.method = HK_L3; /* L4 too: the monthly view needs no convolution */
	zf.ml = z->ml;
	zf.s = z->s;       /* shared, read only; freed by the caller */
	zf.gc = z->gc;     /* its fast tables, kept for the anchored mode */
	zf.nh = z->nh;
	z->gc->fast_only = 1;
	hk_err e2 = {0};
	st = hk_sizer_solve(&zf, lim, H, &H, &e2);
	z->gc->fast_only = 0;
	if (zf.scan.lim == lim)
		z->scan = zf.scan;
	if (st == HK_ENOMEM)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	if (!st && plausible(z->d, H))
		*H0 = H;
	else if (st)
		*H0 = 0; /* no fast depth either: the caller scans */
	return HK_OK;
}
