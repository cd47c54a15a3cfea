/* gcache.c - g-function tables by depth: grid, anchor, exact (see gcache.h). */
#include "gcache.h"

#include <math.h>
#include <string.h>

#include "groundload.h"

#define HOUR HK_SECONDS_PER_HOUR

void hk_gcache_init(hk_gcache *c, const hk_bfdesign *d)
{
	memset(c, 0, sizeof *c);
	c->d = d;
	/* L3/L4 need the simulation period (plus the peak); the margin of a
	 * month keeps the last months off the table's end (L2 does not use
	 * the tables: see l2_gvalues) */
	c->t_max = (d->years * HK_HOURS_PER_YEAR + HK_HOURS_PER_MONTH +
		    2 * hk_bfdesign_peak_hours(d) + 24.0) * HOUR;
	c->h_grid = 1.1;
	c->h_linear = 1;
	c->anchor_tol = d->g_fast ? 0 : 0.05;
}

/* exact table at H from the accurate or the fast set (cached) */
static hk_status gcache_exact(hk_gcache *c, double H, int fast,
			      const hk_gtable **gt, hk_err *err)
{
	const hk_bfdesign *d = c->d;
	int own = !fast || d->g_fast; /* the design's own tables (acc set) */
	hk_gset *set = own ? &c->acc : &c->fast;
	for (size_t i = 0; i < set->n; i++)
		if (fabs(set->tab[i].H - H) <= 1e-9 * H) {
			*gt = &set->tab[i];
			return HK_OK;
		}
	size_t slot = set->n < HK_GC_MAX ? set->n++ : (set->next++ % HK_GC_MAX);
	hk_gfield f = {d->n, d->x, d->y, H, d->D, d->rb};
	hk_gopts o = d->gopts;
	size_t np = own ? d->g_points : 0;
	if (fast || d->g_fast) {
		if (!o.max_unknowns || o.max_unknowns > 64)
			o.max_unknowns = 64;
		if (!np)
			np = 17;
	} else {
		o.richardson = 1;
		if (!o.group_tol)
			o.group_tol = HK_BF_GROUP_TOL;
	}
	hk_status st = hk_gtable_build(&set->tab[slot], &f,
				       hk_ground_alpha(&d->ground), HOUR,
				       c->t_max, np, &o, &c->last, err);
	if (st) {
		if (slot == set->n - 1)
			set->n--;
		return st;
	}
	set->tab[slot].id = ++c->ids;
	if (own) {
		c->computed++;
		c->last_acc = c->last;
	} else {
		c->computed_fast++;
	}
	*gt = &set->tab[slot];
	return HK_OK;
}

/*
 * Grid mode: the tables of one set around H, appended to T/w with their
 * Lagrange weights in ln H times scale (cubic through k-1..k+2, or linear
 * through k, k+1 with h_linear).  The pointers stay valid until the next
 * cache call: at most 4 slots per set are filled here and the round robin
 * evicts the oldest first.
 */
static hk_status gcache_nodes(hk_gcache *c, double H, int fast, double scale,
			      const hk_gtable **T, double *w, int *np,
			      hk_err *err)
{
	double h0 = c->h_origin > 0 ? c->h_origin : 100.0;
	double lr = log(c->h_grid), u = log(H / h0) / lr;
	double k0 = floor(u);
	if (fabs(u - floor(u + 0.5)) < 1e-9) {
		w[*np] = scale;
		return gcache_exact(c, h0 * pow(c->h_grid, floor(u + 0.5)), fast,
				    &T[(*np)++], err);
	}
	int n = c->h_linear ? 2 : 4, off = c->h_linear ? 0 : 1;
	for (int j = 0; j < n; j++) {
		double kj = k0 - off + j;
		hk_status st = gcache_exact(c, h0 * pow(c->h_grid, kj), fast,
					    &T[*np], err);
		if (st)
			return st;
		double wj = scale;
		for (int m = 0; m < n; m++)
			if (m != j)
				wj *= (u - (k0 - off + m)) / (double)(j - m);
		w[(*np)++] = wj;
	}
	return HK_OK;
}

/* the terms of the g-function at H in grid mode (see gcache.h) */
hk_status hk_gcache_terms(hk_gcache *c, double H, const hk_gtable **T,
			  double *w, int *np, int *nfull, hk_err *err)
{
	*np = 0;
	*nfull = HK_GC_TERMS;
	if (c->fast_only || !(c->anchor_tol > 0))
		return gcache_nodes(c, H, c->fast_only, 1.0, T, w, np, err);
	/* the nearest accurate table within the window, or a new one at H */
	const hk_gtable *a = NULL;
	for (size_t i = 0; i < c->acc.n; i++)
		if (fabs(log(c->acc.tab[i].H / H)) <= log1p(c->anchor_tol) &&
		    (!a || fabs(log(c->acc.tab[i].H / H)) < fabs(log(a->H / H))))
			a = &c->acc.tab[i];
	hk_status st;
	if (!a && (st = gcache_exact(c, H, 0, &a, err)))
		return st;
	T[0] = a;
	w[0] = 1.0;
	*np = 1;
	*nfull = 1;
	if (fabs(a->H - H) <= 1e-9 * H)
		return HK_OK;
	/* fast tables do not evict the anchor (another set) */
	if ((st = gcache_nodes(c, H, 1, 1.0, T, w, np, err)) ||
	    (st = gcache_nodes(c, a->H, 1, -1.0, T, w, np, err)))
		return st;
	return HK_OK;
}

hk_status hk_gcache_get(hk_gcache *c, double H, const hk_gtable **gt,
			hk_err *err)
{
	if (!(H > 0))
		return hk_fail(err, HK_EINVAL, "depth %g m: expected > 0", H);
	if (c->h_grid > 1.0) {
		const hk_gtable *T[HK_GC_TERMS];
		double w[HK_GC_TERMS];
		int np, nfull;
		hk_status st = hk_gcache_terms(c, H, T, w, &np, &nfull, err);
		if (st)
			return st;
		if (np == 1 && w[0] == 1.0) {
			*gt = T[0];
			return HK_OK;
		}
		/* on the first term's times; tables on other grids (fast ones
		 * under an accurate anchor) are interpolated */
		c->scratch = *T[0];
		for (size_t i = 0; i < T[0]->n; i++) {
			double v = 0;
			for (int j = 0; j < np; j++)
				v += w[j] * (T[j]->n == T[0]->n ? T[j]->g[i] :
					     hk_gtable_eval(T[j], T[0]->t[i]));
			c->scratch.g[i] = v;
		}
		c->scratch.H = H;
		c->scratch.id = 0;
		*gt = &c->scratch;
		return HK_OK;
	}
	hk_gset *set = &c->acc;
	for (size_t i = 0; i < set->n; i++)
		if (fabs(set->tab[i].H - H) <= 1e-9 * H) {
			*gt = &set->tab[i];
			return HK_OK;
		}
	if (c->h_interp > 0) {
		const hk_gtable *lo = NULL, *hi = NULL;
		for (size_t i = 0; i < set->n; i++) {
			if (set->tab[i].H < H && (!lo || set->tab[i].H > lo->H))
				lo = &set->tab[i];
			if (set->tab[i].H > H && (!hi || set->tab[i].H < hi->H))
				hi = &set->tab[i];
		}
		if (lo && hi && hi->H - lo->H <= c->h_interp * H) {
			double w = (H - lo->H) / (hi->H - lo->H);
			c->scratch = *lo;
			for (size_t k = 0; k < lo->n; k++)
				c->scratch.g[k] = lo->g[k] + w * (hi->g[k] - lo->g[k]);
			c->scratch.H = H;
			c->scratch.id = 0;
			*gt = &c->scratch;
			return HK_OK;
		}
	}
	return gcache_exact(c, H, 0, gt, err);
}

/* The caller's g cache, or own set up for a single depth (no depth grid). */
hk_gcache *hk_gcache_or_own(hk_gcache *gc, hk_gcache *own, const hk_bfdesign *d)
{
	if (gc)
		return gc;
	hk_gcache_init(own, d);
	own->h_grid = 0;
	return own;
}
