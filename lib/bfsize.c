/*
 * bfsize.c - the depth of a borefield (see bfsize.h): for each limit,
 * GHEtool's fixed point accelerated by secant steps, a range scan when it
 * does not settle, and the result.  Its starts are in bfsize_start.c, its
 * L4 evaluations in bfsize_l4.c, L2 in bfsize_l2.c.
 */
#include "bfsize_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void hk_sizer_free(hk_sizer *z)
{
	free(z->q);
	free(z->work);
	for (int i = 0; i < 8; i++)
		free(z->conv[i]);
	free(z->dq);
	free(z->dwork);
}

hk_status hk_sizer_extremes(hk_sizer *z, double H, hk_temps *t, hk_err *err)
{
	memset(t, 0, sizeof *t);
	z->evals++;
	hk_progress_report(z->d->progress, (size_t)z->evals, 0, "sizing the depth");
	if (z->method == HK_L4)
		return hk_sizer_l4_eval(z, H, t, err);
	return hk_temps_l3_series(z->d, &z->s, H, z->gc, t, err);
}

/* net yearly injection over the load (W, mean) */
double hk_sizer_imbalance_w(const hk_sizer *z)
{
	double s = 0;
	for (size_t m = 0; m < z->s.nm; m++)
		s += z->s.q[m];
	return s / (double)z->s.nm;
}

/* how far depth H breaks the limit (K, > 0 broken, <= 0 met) */
static hk_status limit_excess(hk_sizer *z, int lim, double H, double *v,
			      hk_err *err)
{
	const hk_bfdesign *d = z->d;
	hk_temps t;
	hk_status st = hk_sizer_extremes(z, H, &t, err);
	if (!st)
		*v = lim > 0 ? t.Tf_max - d->Tf_max : d->Tf_min - t.Tf_min;
	return st;
}

/*
 * Scan depths lo, lo r, lo r^2, ... up to hi for the first that meets
 * the limit: *b = it and *a the one before (0 when lo meets it), return
 * 1; or return 0 with the least excess *best at *Hbest.
 */
static hk_status scan_range(hk_sizer *z, int lim, double lo, double hi,
			    double r, int *found, double *a, double *b,
			    double *best, double *Hbest, hk_err *err)
{
	double Hp = 0, v;
	hk_status st;
	*found = 0;
	*best = HUGE_VAL;
	for (double H = lo;; H = fmin(H * r, hi)) {
		if ((st = limit_excess(z, lim, H, &v, err)))
			return st;
		if (v <= 0) {
			*found = 1;
			*a = Hp;
			*b = H;
			return HK_OK;
		}
		if (v < *best) {
			*best = v;
			*Hbest = H;
		}
		Hp = H;
		if (H >= hi)
			return HK_OK;
	}
}

/*
 * The range scan_limit scans, [lo, hi] with ratio r: from H_min (10 m at
 * least) on every third depth of the cache grid (ratio 1.33, a table
 * each), up to H_max or to where the ground itself crosses the limit
 * (*s: the ground's warming with depth, K/m).
 */
static void scan_bounds(const hk_sizer *z, int lim, double *lo, double *hi,
			double *r, double *s)
{
	const hk_bfdesign *d = z->d;
	const hk_ground *g = &d->ground;
	const hk_gcache *gc = z->gc;
	double Tlim = lim > 0 ? d->Tf_max : d->Tf_min;
	*lo = fmax(hk_bfdesign_hmin(d), fmin(10.0, hk_bfdesign_hmax(d)));
	*hi = hk_bfdesign_hmax(d);
	*r = 1.3;
	if (gc->h_grid > 1.0) { /* on every third grid depth: a table each */
		double h0 = gc->h_origin > 0 ? gc->h_origin : 100.0;
		*r = gc->h_grid * gc->h_grid * gc->h_grid;
		*lo = h0 * pow(gc->h_grid, ceil(log(*lo / h0) / log(gc->h_grid) - 1e-9));
	}
	/* Tg = T0 + s (D + H/2) (hk_ground_temperature) */
	*s = g->flux != 0.0 ? g->flux / g->k : g->gradient / 100.0;
	if (*s * lim > 0) {
		double Hx = 2 * ((Tlim - g->Tg) / *s - d->D);
		if (Hx < *hi)
			*hi = 0.999 * Hx;
	}
	if (*lo > *hi)
		*lo = *hi;
}

/*
 * With an anchored cache, the fast tables' scan sc checked on the
 * accurate ones: its best depth when it found none, else its bracket
 * widened until it brackets here too; the accurate tables are scanned
 * when they disagree.
 */
static hk_status scan_check(hk_sizer *z, int lim, double lo, double hi,
			    double r, struct hk_sizer_scan *sc, hk_err *err)
{
	hk_status st;
	double v;
	if (!sc->found) {
		if ((st = limit_excess(z, lim, sc->Hbest, &v, err)))
			return st;
		if (v > 0) {
			sc->best = v;
			return HK_OK;
		}
		return scan_range(z, lim, lo, hi, r, &sc->found, &sc->a, &sc->b,
				  &sc->best, &sc->Hbest, err);
	}
	for (int k = 0; k < 8 && sc->b < hi; k++) {
		if ((st = limit_excess(z, lim, sc->b, &v, err)))
			return st;
		if (v <= 0)
			break;
		sc->a = sc->b;
		sc->b = fmin(sc->b * r, hi);
	}
	for (int k = 0; k < 8 && sc->a > 0; k++) {
		if ((st = limit_excess(z, lim, sc->a, &v, err)))
			return st;
		if (v > 0)
			break;
		sc->b = sc->a; /* down to lo, then 0: met at the shallowest */
		sc->a = sc->a > lo ? fmax(sc->a / r, lo) : 0;
	}
	if ((st = limit_excess(z, lim, sc->b, &v, err)))
		return st;
	if (v > 0) /* the accurate tables disagree: scan them */
		return scan_range(z, lim, lo, hi, r, &sc->found, &sc->a, &sc->b,
				  &sc->best, &sc->Hbest, err);
	return HK_OK;
}

/*
 * The shallowest depth that meets the limit, given that b meets it and a
 * does not (a = 0: b is the first depth scanned), by bisection to 1e-5.
 */
static hk_status scan_bisect(hk_sizer *z, int lim, double a, double b,
			     double *Hout, hk_err *err)
{
	const hk_bfdesign *d = z->d;
	hk_status st;
	double v;
	if (a == 0 && b > hk_bfdesign_hmin(d)) {
		/* met at the first depth scanned, above H_min (the grid
		 * rounds up): H_min itself, or between the two */
		if ((st = limit_excess(z, lim, hk_bfdesign_hmin(d), &v, err)))
			return st;
		if (v <= 0) {
			*Hout = hk_bfdesign_hmin(d);
			return HK_OK;
		}
		a = hk_bfdesign_hmin(d);
	}
	if (a == 0) { /* met at H_min */
		*Hout = b;
		return HK_OK;
	}
	while (b - a > 1e-5 * b) {
		double m = 0.5 * (a + b);
		if ((st = limit_excess(z, lim, m, &v, err)))
			return st;
		if (v <= 0)
			b = m;
		else
			a = m;
	}
	*Hout = b;
	return HK_OK;
}

/*
 * The fallback of hk_sizer_solve when its iteration does not settle: with a
 * geothermal gradient (or flux) a deeper field sees warmer ground, so
 * the maximum fluid temperature over depth can have a minimum, and the
 * fixed point wanders.  Scan depths geometrically (every third depth of
 * the cache grid, ratio 1.33) from H_min (10 m at least) up to H_max, or
 * to where the ground itself crosses the limit, and bisect the first
 * interval where the limit becomes met: the shallowest depth that meets
 * it.  With an anchored cache the scan runs on the fast tables, then the
 * bracket (or the best depth) is checked and refined on the accurate
 * ones.  When no depth meets the limit, say
 * how close the best came.
 */
static hk_status scan_limit(hk_sizer *z, int lim, double *Hout, hk_err *err)
{
	if (z->no_scan)
		return hk_fail(err, HK_ENOSOL, "rough sizing: no fixed point");
	const hk_bfdesign *d = z->d;
	hk_gcache *gc = z->gc;
	double Tlim = lim > 0 ? d->Tf_max : d->Tf_min;
	double lo, hi, r, s;
	scan_bounds(z, lim, &lo, &hi, &r, &s);
	hk_status st;
	int was = gc->fast_only;
	int anchored = gc->h_grid > 1.0 && gc->anchor_tol > 0 && !was;
	/* the pre-sizing's scan (L3) serves an L3 sizing only */
	if (!(anchored && z->scan.lim == lim && z->method == HK_L3)) {
		gc->fast_only = was || anchored;
		st = scan_range(z, lim, lo, hi, r, &z->scan.found, &z->scan.a,
				&z->scan.b, &z->scan.best, &z->scan.Hbest, err);
		gc->fast_only = was;
		if (st)
			return st;
		z->scan.lim = was ? lim : 0; /* a pre-sizing's, for the accurate one */
	}
	struct hk_sizer_scan sc = z->scan;
	if (anchored && (st = scan_check(z, lim, lo, hi, r, &sc, err)))
		return st;
	if (sc.found)
		return scan_bisect(z, lim, sc.a, sc.b, Hout, err);
	return hk_fail(err, HK_ENOSOL,
		       "no depth from %.0f to %.0f m meets the %s fluid temperature "
		       "limit %g C: it comes closest at about %.0f m, %.2f C%s; "
		       "%s the limit by %.2f K or more, add boreholes or an "
		       "auxiliary %s",
		       lo, hi, lim > 0 ? "maximum" : "minimum", Tlim, sc.Hbest,
		       Tlim + lim * sc.best,
		       s != 0 ? " (deeper boreholes reach warmer ground)" : "",
		       lim > 0 ? "raise" : "lower", sc.best,
		       lim > 0 ? "cooler" : "heater");
}

/*
 * Depth where the extreme for one limit (+1 max, -1 min) equals it:
 * GHEtool's fixed point H' = H (T_ext - Tg)/(T_lim - Tg), accelerated by
 * secant steps on H' - H; scan_limit when that does not settle in 25
 * steps (with a geothermal gradient or flux: in 8, or when two steps make
 * no progress, or when a step lands where the ground is beyond the
 * limit).  *Hout = 0 when the limit never binds.
 */
hk_status hk_sizer_solve(hk_sizer *z, int lim, double H0, double *Hout,
			 hk_err *err)
{
	const hk_bfdesign *d = z->d;
	double Tlim = lim > 0 ? d->Tf_max : d->Tf_min;
	double H = H0, Hp = 0, psip = 0, Hok = 0;
	hk_temps t;
	/* with a gradient the extreme need not fall with depth: fewer tries,
	 * and a scan as soon as two steps in a row make no progress */
	int grad = d->ground.gradient != 0 || d->ground.flux != 0, strikes = 0;
	int maxit = grad ? 8 : 25;
	for (int it = 0; it < maxit; it++) {
		hk_status st = hk_sizer_extremes(z, H, &t, err);
		if (st)
			return st;
		double Tg = t.Tg;
		double Text = lim > 0 ? t.Tf_max : t.Tf_min;
		double den = Tlim - Tg;
		if (lim * den <= 0 && Hok > 0) /* a step into ground (with a
						  gradient) beyond the limit */
			return scan_limit(z, lim, Hout, err);
		if (lim * den <= 0)
			return hk_fail(err, HK_ENOSOL,
				       "the %s fluid temperature limit %g C is %s the "
				       "ground temperature %.3g C at %.1f m: no depth "
				       "can meet it; %s the limit",
				       lim > 0 ? "maximum" : "minimum", Tlim,
				       lim > 0 ? "at or below" : "at or above", Tg, H,
				       lim > 0 ? "raise" : "lower");
		Hok = H;
		double ratio = (Text - Tg) / den;
		if (ratio <= 0) { /* the extreme stays on the ground's side */
			/* here; a shallower field may still cross the limit
			 * (the load's order within the first year) */
			double v = 0; /* set when H > H_min */
			if (H > hk_bfdesign_hmin(d) &&
			    (st = limit_excess(z, lim, hk_bfdesign_hmin(d), &v, err)))
				return st;
			if (H > hk_bfdesign_hmin(d) && v > 0)
				return scan_limit(z, lim, Hout, err);
			*Hout = 0;
			return HK_OK;
		}
		double Hn = H * ratio, psi = Hn - H;
		if (fabs(psi) < 1e-4 * fmax(1.0, H)) {
			*Hout = Hn;
			return HK_OK;
		}
		if (grad && it > 0) { /* two steps in a row without progress */
			strikes = fabs(psi) >= fabs(psip) ? strikes + 1 : 0;
			if (strikes >= 2)
				break;
		}
		double next = Hn;
		if (it > 0 && psi != psip) {
			double sec = H - psi * (H - Hp) / (psi - psip);
			if (sec > 0 && isfinite(sec))
				next = sec;
		}
		Hp = H;
		psip = psi;
		if (next > 4 * hk_bfdesign_hmax(d)) {
			if (grad) /* deeper ground is warmer: scan the range */
				return scan_limit(z, lim, Hout, err);
			*Hout = next;
			return HK_OK; /* far too deep: caller reports */
		}
		H = fmax(next, 0.05 * hk_bfdesign_hmin(d));
	}
	return scan_limit(z, lim, Hout, err);
}

/* hk_sizer_solve from hk_sizer_start's start, or scan_limit when it has none */
static hk_status size_limit(hk_sizer *z, int lim, double *H, hk_err *err)
{
	double H0;
	hk_status st = hk_sizer_start(z, lim, &H0, err);
	if (st)
		return st;
	return H0 > 0 ? hk_sizer_solve(z, lim, H0, H, err) : scan_limit(z, lim, H, err);
}

/* GHEtool quadrant: 1/2 max, 3/4 min; 1 and 4 when extraction dominates */
static int quadrant(int lim, double imb)
{
	if (lim > 0)
		return imb <= 0 ? 1 : 2;
	return imb <= 0 ? 4 : 3;
}

static void fill_result(hk_sizer *z, double H, int lim, const hk_temps *t,
			hk_sizing *r)
{
	size_t per_year = z->method == HK_L4 ? 8760 : 12;
	size_t i = lim > 0 ? t->i_max : t->i_min;
	r->H = H;
	r->limit = lim;
	r->quadrant = quadrant(lim, hk_sizer_imbalance_w(z));
	r->year = (int)(i / per_year) + 1;
	r->month = z->method == HK_L4 ? (int)((i % 8760) / 730) + 1 :
					(int)(i % 12) + 1;
	if (r->month > 12)
		r->month = 12;
	r->Tf_max = t->Tf_max;
	r->Tf_min = t->Tf_min;
	r->Rb = t->Rb;
	r->Tg = t->Tg;
	r->iterations = z->evals;
}

/*
 * L3/L4: sized for the maximum, checked against the minimum; else sized
 * for the minimum and checked against the maximum (GHEtool).
 */
static hk_status size_both(hk_sizer *z, hk_sizing *res, hk_err *err)
{
	const hk_bfdesign *d = z->d;
	hk_status st;
	hk_temps t;
	double H1;
	if ((st = size_limit(z, +1, &H1, err)))
		return st;
	H1 = fmax(H1, hk_bfdesign_hmin(d));
	if (H1 <= hk_bfdesign_hmax(d)) {
		if ((st = hk_sizer_extremes(z, H1, &t, err)))
			return st;
		if (t.Tf_min >= d->Tf_min - 1e-6) {
			fill_result(z, H1, +1, &t, res);
			return HK_OK;
		}
	}
	double H2;
	if ((st = size_limit(z, -1, &H2, err)))
		return st;
	H2 = fmax(H2, hk_bfdesign_hmin(d));
	if (H2 > hk_bfdesign_hmax(d)) {
		return hk_fail(err, HK_ENOSOL,
			       "the minimum fluid temperature limit %g C needs %.1f m, "
			       "deeper than the %.0f m allowed: add boreholes, widen "
			       "the spacing, lower the limit or add auxiliary heating",
			       d->Tf_min, H2, hk_bfdesign_hmax(d));
	}
	if ((st = hk_sizer_extremes(z, H2, &t, err)))
		return st;
	if (t.Tf_max > d->Tf_max + 1e-6) {
		if (H1 > hk_bfdesign_hmax(d))
			st = hk_fail(err, HK_ENOSOL,
				     "the maximum fluid temperature limit %g C needs "
				     "%.1f m, deeper than the %.0f m allowed: add "
				     "boreholes, raise the limit or add an auxiliary "
				     "cooler", d->Tf_max, H1, hk_bfdesign_hmax(d));
		else
			st = hk_fail(err, HK_ENOSOL,
				     "no depth meets both limits: %.1f m keeps the "
				     "maximum %g C but breaks the minimum %g C, and "
				     "%.1f m keeps the minimum but reaches %.2f C "
				     "(the ground gets warmer with depth); reduce the "
				     "imbalance or add an auxiliary cooler",
				     H1, d->Tf_max, d->Tf_min, H2, t.Tf_max);
		return st;
	}
	fill_result(z, H2, -1, &t, res);
	return HK_OK;
}

hk_status hk_size_depth(const hk_bfdesign *d, const hk_mload *ml,
			const hk_hload *hl, hk_method method, hk_gcache *gc,
			hk_sizing *res, hk_err *err)
{
	hk_status st;
	if ((st = hk_bfdesign_check(d, err)))
		return st;
	if (method != HK_L2 && method != HK_L3 && method != HK_L4)
		return hk_fail(err, HK_EINVAL, "method L%d: expected L2, L3 or L4",
			       (int)method);
	double mext[12 * 200], minj[12 * 200], mpe[12 * 200], mpi[12 * 200];
	hk_mload mfromh;
	if (method == HK_L4) {
		if ((st = hk_hload_check(hl, d->years, err)))
			return st;
		if (!ml) { /* monthly view for the imbalance */
			if ((st = hk_hload_to_monthly(hl, mext, minj, mpe, mpi, err)))
				return st;
			mfromh = (hk_mload){hl->nh / 730, mext, minj, mpe, mpi};
			ml = &mfromh;
		}
	}
	if ((st = hk_mload_check(ml, d->years, err)))
		return st;
	hk_gcache own;
	if (!gc) {
		hk_gcache_init(&own, d);
		gc = &own;
	}
	hk_sizer z;
	memset(&z, 0, sizeof z);
	z.d = d;
	z.method = method;
	z.ml = ml;
	z.hl = hl;
	z.gc = gc;
	z.nh = (size_t)8760 * d->years;
	if ((st = hk_mseries_make(ml, d->years, &z.s, err)))
		return st;
	memset(res, 0, sizeof *res);
	double Tg0 = hk_ground_temperature(&d->ground, d->D, 100.0);
	if (!(d->Tf_min < Tg0 && Tg0 < d->Tf_max)) {
		st = hk_fail(err, HK_ENOSOL,
			     "the fluid temperature band %g..%g C excludes the "
			     "ground temperature %.3g C: no depth can satisfy it; "
			     "widen the band", d->Tf_min, d->Tf_max, Tg0);
		goto out;
	}
	st = method == HK_L2 ? hk_sizer_l2(&z, res, err) : size_both(&z, res, err);
out:
	hk_mseries_free(&z.s);
	hk_sizer_free(&z);
	return st;
}
