/*
 * bfsize_ref.c - the reference depth sizing (see bfsize.h): the
 * definition of the depth without the speed-ups of hk_size_depth, so that
 * the tests can hold those against it.  An exact g-table (the design's
 * own kind: accurate, or fast for a fast design) at every depth tried,
 * temperatures by hk_temps_l3 / hk_temps_l4, and for each limit a root of
 * its excess by a secant step kept inside the bracket, with bisection
 * every third step.
 */
#include "bfsize.h"

#include <math.h>
#include <string.h>

typedef struct {
	const hk_bfdesign *d;
	const hk_mload *ml;
	const hk_hload *hl;  /* non-NULL: L4 */
	hk_gcache gc;        /* exact tables at single depths */
	int evals;
} ref_ctx;

static hk_status ref_temps(ref_ctx *c, double H, hk_temps *t, hk_err *err)
{
	memset(t, 0, sizeof *t);
	c->evals++;
	return c->hl ? hk_temps_l4(c->d, c->hl, H, &c->gc, t, err)
		     : hk_temps_l3(c->d, c->ml, H, &c->gc, t, err);
}

/* how far depth H breaks limit lim (K; > 0 broken) */
static hk_status ref_excess(ref_ctx *c, int lim, double H, double *f,
			    hk_err *err)
{
	hk_temps t;
	hk_status st = ref_temps(c, H, &t, err);
	if (!st)
		*f = lim > 0 ? t.Tf_max - c->d->Tf_max : c->d->Tf_min - t.Tf_min;
	return st;
}

/* the shallowest depth in [H_min, H_max] that meets limit lim: H_min when
 * it meets it there, HUGE_VAL when H_max does not */
static hk_status ref_root(ref_ctx *c, int lim, double *H, hk_err *err)
{
	double lo = hk_bfdesign_hmin(c->d), hi = hk_bfdesign_hmax(c->d);
	double a, b, fa, fb;
	hk_status st;
	/* bracket a (broken) .. b (met), doubling from 100 m */
	b = fmin(fmax(100.0, lo), hi);
	if ((st = ref_excess(c, lim, b, &fb, err)))
		return st;
	a = b;
	fa = fb;
	while (fb > 0) { /* deeper until met */
		if (b >= hi) {
			*H = HUGE_VAL;
			return HK_OK;
		}
		a = b;
		fa = fb;
		b = fmin(2 * b, hi);
		if ((st = ref_excess(c, lim, b, &fb, err)))
			return st;
	}
	while (fa <= 0) { /* shallower until broken */
		if (a <= lo) {
			*H = lo;
			return HK_OK;
		}
		b = a;
		fb = fa;
		a = fmax(a / 2, lo);
		if ((st = ref_excess(c, lim, a, &fa, err)))
			return st;
	}
	/* false position with the Illinois rule (Dowell & Jarratt 1971): an
	 * end kept twice has its excess halved, so both ends close in */
	for (int kept = 0; b - a > 1e-7 * b;) {
		double m = b - fb * (b - a) / (fb - fa), fm;
		if (!(m > a && m < b))
			m = 0.5 * (a + b);
		if ((st = ref_excess(c, lim, m, &fm, err)))
			return st;
		if (fm > 0) {
			a = m;
			fa = fm;
			fb *= kept == +1 ? 0.5 : 1.0;
			kept = +1; /* b kept */
		} else {
			b = m;
			fb = fm;
			fa *= kept == -1 ? 0.5 : 1.0;
			kept = -1; /* a kept */
		}
	}
	*H = b;
	return HK_OK;
}

hk_status hk_size_depth_ref(const hk_bfdesign *d, const hk_mload *ml,
			    const hk_hload *hl, hk_method method,
			    hk_sizing *res, hk_err *err)
{
	hk_status st;
	if (method != HK_L3 && method != HK_L4)
		return hk_fail(err, HK_EINVAL, "reference sizing: L3 or L4");
	if ((st = hk_bfdesign_check(d, err)) ||
	    (st = method == HK_L4 ? hk_hload_check(hl, d->years, err)
				  : hk_mload_check(ml, d->years, err)))
		return st;
	double Tg0 = hk_ground_temperature(&d->ground, d->D, 100.0);
	if (!(d->Tf_min < Tg0 && Tg0 < d->Tf_max))
		return hk_fail(err, HK_ENOSOL, "the fluid temperature band %g..%g C "
			       "excludes the ground temperature %.3g C", d->Tf_min,
			       d->Tf_max, Tg0);
	ref_ctx c = {d, ml, method == HK_L4 ? hl : NULL, {0}, 0};
	hk_gcache_init(&c.gc, d);
	c.gc.h_grid = 0;     /* an exact table at every depth */
	c.gc.anchor_tol = 0;
	double H1, H2;
	if ((st = ref_root(&c, +1, &H1, err)) || (st = ref_root(&c, -1, &H2, err)))
		return st;
	int lim = H1 >= H2 ? +1 : -1;
	double H = fmax(H1, H2);
	if (!isfinite(H))
		return hk_fail(err, HK_ENOSOL, "the %s fluid temperature limit needs "
			       "more than %g m", lim > 0 ? "maximum" : "minimum",
			       hk_bfdesign_hmax(d));
	hk_temps t;
	if ((st = ref_temps(&c, H, &t, err)))
		return st;
	double ext = 0, inj = 0; /* the load's balance, for the quadrant */
	if (c.hl)
		for (size_t h = 0; h < hl->nh; h++) {
			ext += hl->ext_kw ? hl->ext_kw[h] : 0;
			inj += hl->inj_kw ? hl->inj_kw[h] : 0;
		}
	else
		for (size_t m = 0; m < ml->nm; m++) {
			ext += ml->ext_kwh[m];
			inj += ml->inj_kwh[m];
		}
	size_t per = c.hl ? 8760 : 12, i = lim > 0 ? t.i_max : t.i_min;
	memset(res, 0, sizeof *res);
	res->H = H;
	res->limit = lim;
	res->quadrant = lim > 0 ? (inj <= ext ? 1 : 2) : (inj <= ext ? 4 : 3);
	res->year = (int)(i / per) + 1;
	res->month = c.hl ? (int)((i % 8760) / 730) + 1 : (int)(i % 12) + 1;
	res->month = res->month > 12 ? 12 : res->month;
	res->Tf_max = t.Tf_max;
	res->Tf_min = t.Tf_min;
	res->Rb = t.Rb;
	res->Tg = t.Tg;
	res->iterations = c.evals;
	return HK_OK;
}
