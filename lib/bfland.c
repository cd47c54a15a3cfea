/* bfland.c - the count of boreholes and the best layout on land (see bfland.h). */
#include "bfland.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bftemp.h"

/* is a field of depth H within limits? (fresh cache per field) */
static hk_status field_ok(const hk_bfdesign *d, const hk_mload *ml,
			  const hk_hload *hl, hk_method method, double H,
			  int *ok, hk_err *err)
{
	hk_gcache gc;
	hk_gcache_init(&gc, d);
	gc.h_grid = 0; /* one depth: compute it exactly */
	hk_temps t = {0};
	hk_status st = method == HK_L4 ? hk_temps_l4(d, hl, H, &gc, &t, err) :
					 hk_temps_l3(d, ml, H, &gc, &t, err);
	if (st)
		return st;
	*ok = t.Tf_max <= d->Tf_max + 1e-9 && t.Tf_min >= d->Tf_min - 1e-9;
	return HK_OK;
}

/* the rectangle nn[0] x nn[1] at spacing B laid into x, y as dd's field */
static hk_status lay_rect(hk_bfdesign *dd, const int nn[2], double B, double *x, double *y,
			  size_t cap, hk_err *err)
{
	size_t n;
	hk_status st = hk_layout(HK_LAYOUT_RECT, nn[0], nn[1], B, B, x, y, cap, &n, err);
	if (!st) {
		dd->x = x;
		dd->y = y;
		dd->n = n;
	}
	return st;
}

/* the rectangles n1 x n2 (n1 >= n2, n1 <= max_aspect n2) ordered by count,
 * the squarest of each count, up to n_max boreholes: at most ccap */
static size_t count_candidates(size_t n_max, double max_aspect, int (*cand)[2], size_t ccap)
{
	size_t nc = 0;
	for (size_t N = 1; N <= n_max && nc < ccap; N++)
		for (int n2 = (int)sqrt((double)N); n2 >= 1 && nc < ccap; n2--)
			if (N % (size_t)n2 == 0) {
				int n1 = (int)(N / (size_t)n2);
				if (n1 <= max_aspect * n2 + 1e-9) {
					cand[nc][0] = n1;
					cand[nc][1] = n2;
					nc++;
					break;
				}
			}
	return nc;
}

hk_status hk_size_count(const hk_bfdesign *d, const hk_mload *ml,
			const hk_hload *hl, hk_method method, double H,
			double B, double max_aspect, size_t n_max, double *x,
			double *y, size_t cap, hk_count_result *res,
			hk_err *err)
{
	if (!(H > 0) || !(B > 0))
		return hk_fail(err, HK_EINVAL,
			       "depth %g m and spacing %g m: expected > 0", H, B);
	if (max_aspect < 1)
		max_aspect = 1;
	if (n_max == 0 || n_max > cap)
		n_max = cap;
	size_t ccap = 4096;
	int (*cand)[2] = malloc(ccap * sizeof *cand);
	if (!cand)
		return hk_fail(err, HK_ENOMEM, "count sizing: out of memory");
	size_t nc = count_candidates(n_max, max_aspect, cand, ccap);
	hk_bfdesign dd = *d;
	dd.g_fast = 1; /* search with fast tables, confirm with d's own */
	hk_status st = HK_OK;
	int ok;
	/* bisection on the candidate index (deeper need falls with count) */
	size_t lo = 0, hi = nc; /* first feasible index in [lo, hi] */
	size_t step = 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		hk_progress_report(d->progress, ++step, 0, "searching the number of boreholes");
		if ((st = lay_rect(&dd, cand[mid], B, x, y, cap, err)) ||
		    (st = field_ok(&dd, ml, hl, method, H, &ok, err)))
			goto out;
		if (ok)
			hi = mid;
		else
			lo = mid + 1;
	}
	dd.g_fast = d->g_fast;
	for (; lo < nc && !d->g_fast; lo++) { /* confirm at full accuracy */
		hk_progress_report(d->progress, ++step, 0, "searching the number of boreholes");
		if ((st = lay_rect(&dd, cand[lo], B, x, y, cap, err)) ||
		    (st = field_ok(&dd, ml, hl, method, H, &ok, err)))
			goto out;
		if (ok)
			break;
	}
	if (lo == nc) {
		st = hk_fail(err, HK_ENOSOL,
			     "even %zu boreholes of %g m at %g m spacing break the "
			     "temperature limits: deepen the boreholes or relax the "
			     "limits", n_max, H, B);
		goto out;
	}
	if ((st = lay_rect(&dd, cand[lo], B, x, y, cap, err)))
		goto out;
	res->n1 = cand[lo][0];
	res->n2 = cand[lo][1];
	res->n = dd.n;
	st = hk_size_depth(&dd, ml, hl, method, NULL, &res->sizing, err);
out:
	free(cand);
	return st;
}

/*
 * Whether a layout can be skipped by the best-layout search: when its
 * temperatures at depth H (the depth at which it would tie the best total
 * so far, or H_max) break a limit, it needs more than H, so it drills more
 * than the best (or cannot be sized).  That holds when the extremes move
 * towards the ground temperature with depth, as they do in L3 on uniform
 * ground with a fixed Rb*; with a geothermal gradient or flux (the
 * maximum can rise with depth), a U-tube's Rb* (it grows with depth) and
 * in L2 every layout is sized.  One exact table at H.
 */
static hk_status cannot_beat(const hk_bfdesign *d, const hk_mload *ml,
			     hk_method method, double H, hk_gcache *gc,
			     int *beaten, hk_err *err)
{
	*beaten = 0;
	if (method != HK_L3 || !isfinite(H) || d->ground.gradient != 0 ||
	    d->ground.flux != 0 || d->utube)
		return HK_OK;
	hk_gcache_init(gc, d);
	gc->h_grid = 0; /* one table, at H */
	hk_temps t;
	memset(&t, 0, sizeof t);
	hk_status st = hk_temps_l3(d, ml, H, gc, &t, err);
	if (!st)
		*beaten = t.Tf_max > d->Tf_max || t.Tf_min < d->Tf_min;
	return st;
}

/* the best-layout search: its inputs, buffers and best so far */
typedef struct {
	const hk_bfdesign *d;
	const hk_mload *ml;
	hk_method method;
	double B;
	size_t cap;
	double *bx, *by;        /* the candidate's coordinates */
	double *x, *y;          /* the best's */
	hk_gcache *gc;          /* cannot_beat's */
	hk_layout_result *res;
} land_search;

/* size layout kind n1 x n2 on fast tables (unless a bound rules it out)
 * and keep it when it drills fewer metres than the best so far */
static hk_status land_try(land_search *ls, hk_layout_kind kind, int n1,
			  int n2, hk_err *err)
{
	const hk_bfdesign *d = ls->d;
	hk_layout_result *res = ls->res;
	size_t n = hk_layout_count(kind, n1, n2);
	if (n > ls->cap || n == 0)
		return HK_OK;
	/* lower bound: every metre at H_min is cheaper */
	if (n * hk_bfdesign_hmin(d) >= res->total_m)
		return HK_OK;
	hk_status st;
	if ((st = hk_layout(kind, n1, n2, ls->B, ls->B, ls->bx, ls->by, ls->cap,
			    &n, err)))
		return st;
	hk_bfdesign dd = *d;
	dd.g_fast = 1; /* search with fast tables, re-size the winner */
	dd.progress = NULL; /* the search reports, not each sizing in it */
	dd.x = ls->bx;
	dd.y = ls->by;
	dd.n = n;
	int beaten;
	if ((st = cannot_beat(&dd, ls->ml, ls->method,
			      fmin(res->total_m / (double)n, hk_bfdesign_hmax(d)),
			      ls->gc, &beaten, err)))
		return st;
	if (beaten) {
		res->pruned++;
		return HK_OK;
	}
	hk_sizing s;
	hk_err e2;
	res->evaluated++;
	st = hk_size_depth(&dd, ls->ml, NULL, ls->method, NULL, &s, &e2);
	if (st == HK_ENOSOL)
		return HK_OK;
	if (st) {
		if (err)
			*err = e2;
		return st;
	}
	if (s.H < hk_bfdesign_hmin(d) || s.H > hk_bfdesign_hmax(d))
		return HK_OK;
	double tot = s.H * (double)n;
	if (tot < res->total_m) {
		res->total_m = tot;
		res->kind = kind;
		res->n1 = n1;
		res->n2 = n2;
		res->n = n;
		res->sizing = s;
		memcpy(ls->x, ls->bx, n * sizeof *ls->x);
		memcpy(ls->y, ls->by, n * sizeof *ls->y);
	}
	return HK_OK;
}

/* the pair a x b (b <= a) of kind laid the way it fits the land, n1 <= n1max
 * along W and n2 <= n2max along L: 1 with n1, n2, or 0 when it does not fit
 * either way (or a box has a side under 3) */
static int land_candidate(int kind, int a, int b, int n1max, int n2max, int *n1, int *n2)
{
	*n1 = a;
	*n2 = b;
	if (!(a <= n1max && b <= n2max)) {
		if (!(b <= n1max && a <= n2max))
			return 0;
		*n1 = b;
		*n2 = a;
	}
	return kind != HK_LAYOUT_BOX || (*n1 >= 3 && *n2 >= 3);
}

hk_status hk_best_layout(const hk_bfdesign *d, const hk_mload *ml,
			 hk_method method, double W, double L, double B,
			 double *x, double *y, size_t cap,
			 hk_layout_result *res, hk_err *err)
{
	if (!(W >= 0) || !(L >= 0) || !(B > 0))
		return hk_fail(err, HK_EINVAL,
			       "land %g x %g m, spacing %g m: expected >= 0 and "
			       "spacing > 0", W, L, B);
	if (method == HK_L4)
		return hk_fail(err, HK_EINVAL,
			       "best layout: use L2 or L3 (monthly loads)");
	int n1max = (int)floor(W / B + 1e-9) + 1, n2max = (int)floor(L / B + 1e-9) + 1;
	memset(res, 0, sizeof *res);
	res->total_m = INFINITY;
	land_search ls = {d, ml, method, B, cap, malloc(2 * cap * sizeof(double)),
			  NULL, x, y, malloc(sizeof(hk_gcache)), res};
	if (!ls.bx || !ls.gc) {
		free(ls.bx);
		free(ls.gc);
		return hk_fail(err, HK_ENOMEM, "best layout: out of memory");
	}
	ls.by = ls.bx + cap;
	hk_status st = HK_OK;
	/* a x b and b x a are the same field turned: each pair once (b <= a),
	 * laid the way it fits the land (n1 along W, n2 along L) */
	int amax = n1max > n2max ? n1max : n2max;
	size_t ncand = 0, icand = 0;
	int n1, n2;
	for (int kind = HK_LAYOUT_RECT; kind <= HK_LAYOUT_BOX; kind++) /* for the progress */
		for (int a = 1; a <= amax; a++)
			for (int b = 1; b <= a; b++)
				ncand += (size_t)land_candidate(kind, a, b, n1max, n2max, &n1, &n2);
	for (int kind = HK_LAYOUT_RECT; kind <= HK_LAYOUT_BOX && !st; kind++)
		for (int a = 1; a <= amax && !st; a++)
			for (int b = 1; b <= a && !st; b++)
				if (land_candidate(kind, a, b, n1max, n2max, &n1, &n2)) {
					hk_progress_report(d->progress, ++icand, ncand, "searching layouts");
					st = land_try(&ls, (hk_layout_kind)kind, n1, n2, err);
				}
	if (!st && isfinite(res->total_m) && !d->g_fast) {
		hk_bfdesign dd = *d;
		dd.x = x;
		dd.y = y;
		dd.n = res->n;
		st = hk_size_depth(&dd, ml, NULL, method, NULL, &res->sizing, err);
		if (!st)
			res->total_m = res->sizing.H * (double)res->n;
	}
	if (!st && !isfinite(res->total_m))
		st = hk_fail(err, HK_ENOSOL,
			     "no layout in %g x %g m at %g m spacing meets the limits "
			     "within %g..%g m depth: allow deeper boreholes, more "
			     "land or relax the limits", W, L, B, hk_bfdesign_hmin(d),
			     hk_bfdesign_hmax(d));
	free(ls.gc);
	free(ls.bx);
	return st;
}
