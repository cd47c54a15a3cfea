/* pumpcurve.c - pump curves, system curves, operating points (see pumpcurve.h). */
#include "pumpcurve.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hkmath.h"

/* ---- root finding ---------------------------------------------------- */

/* Brent's method: bisection safeguarded inverse quadratic interpolation
 * (Brent, Algorithms for Minimization without Derivatives, 1973, ch. 4;
 * the same scheme as zbrent in Numerical Recipes, 2nd ed., sec. 9.3). */
int hk_pump_brent(double (*f)(double x, void *ctx), void *ctx, double a,
		  double b, double tol, double *x)
{
	double fa = f(a, ctx), fb = f(b, ctx);
	double c, fc, d, e;
	int it;

	if (fa == 0) {
		*x = a;
		return 0;
	}
	if (fb == 0) {
		*x = b;
		return 0;
	}
	if (!isfinite(fa) || !isfinite(fb) || (fa > 0) == (fb > 0))
		return -1;
	c = b;
	fc = fb;
	d = e = b - a;
	for (it = 0; it < 200; it++) {
		double tol1, xm;

		if ((fb > 0) == (fc > 0)) {
			c = a;
			fc = fa;
			d = e = b - a;
		}
		if (fabs(fc) < fabs(fb)) {
			a = b;
			b = c;
			c = a;
			fa = fb;
			fb = fc;
			fc = fa;
		}
		tol1 = 2 * 1e-15 * fabs(b) + 0.5 * tol;
		xm = 0.5 * (c - b);
		if (fabs(xm) <= tol1 || fb == 0) {
			*x = b;
			return 0;
		}
		if (fabs(e) >= tol1 && fabs(fa) > fabs(fb)) {
			double p, q, r, s = fb / fa;

			if (a == c) {
				p = 2 * xm * s;
				q = 1 - s;
			} else {
				q = fa / fc;
				r = fb / fc;
				p = s * (2 * xm * q * (q - r) - (b - a) * (r - 1));
				q = (q - 1) * (r - 1) * (s - 1);
			}
			if (p > 0)
				q = -q;
			p = fabs(p);
			if (2 * p < fmin(3 * xm * q - fabs(tol1 * q), fabs(e * q))) {
				e = d;
				d = p / q;
			} else {
				d = xm;
				e = d;
			}
		} else {
			d = xm;
			e = d;
		}
		a = b;
		fa = fb;
		b += fabs(d) > tol1 ? d : (xm > 0 ? tol1 : -tol1);
		fb = f(b, ctx);
		if (!isfinite(fb))
			return -1;
	}
	*x = b;
	return 0;
}

/* ---- fitting ----------------------------------------------------------- */

/* PCHIP slopes (Fritsch & Carlson 1980; Moler, Numerical Computing with
 * MATLAB, sec. 3.4): weighted harmonic mean of the adjacent secant slopes
 * inside, zero at a local extremum, a shape-preserving 3-point formula at
 * the ends.  n >= 3. */
static void pchip_slopes(const double *x, const double *y, int n, double *d)
{
	double hk[HK_PUMP_MAXPTS], del[HK_PUMP_MAXPTS];
	int k;

	for (k = 0; k < n - 1; k++) {
		hk[k] = x[k + 1] - x[k];
		del[k] = (y[k + 1] - y[k]) / hk[k];
	}
	for (k = 1; k < n - 1; k++) {
		if (del[k - 1] * del[k] <= 0) {
			d[k] = 0;
		} else {
			double w1 = 2 * hk[k] + hk[k - 1];
			double w2 = hk[k] + 2 * hk[k - 1];
			d[k] = (w1 + w2) / (w1 / del[k - 1] + w2 / del[k]);
		}
	}
	/* ends: d = ((2h0 + h1) del0 - h0 del1)/(h0 + h1), kept shape-preserving */
	for (k = 0; k < 2; k++) {
		int i0 = k ? n - 2 : 0, i1 = k ? n - 3 : 1;
		double h0 = hk[i0], h1 = hk[i1], d0 = del[i0], d1 = del[i1];
		double s = ((2 * h0 + h1) * d0 - h0 * d1) / (h0 + h1);

		if ((s > 0) != (d0 > 0) || d0 == 0)
			s = 0;
		else if ((d0 > 0) != (d1 > 0) && fabs(s) > fabs(3 * d0))
			s = 3 * d0;
		d[k ? n - 1 : 0] = s;
	}
}

/* Cubic Hermite evaluation; linear with the end slope outside [x0, xn-1]. */
static double pchip_eval(const double *x, const double *y, const double *d,
			 int n, double t)
{
	int lo, hi;
	double h, s, h00, h10, h01, h11;

	if (t <= x[0])
		return y[0] + d[0] * (t - x[0]);
	if (t >= x[n - 1])
		return y[n - 1] + d[n - 1] * (t - x[n - 1]);
	lo = (int)hk_bisect(x, (size_t)n, t);
	hi = lo + 1;
	h = x[hi] - x[lo];
	s = (t - x[lo]) / h;
	h00 = (1 + 2 * s) * (1 - s) * (1 - s);
	h10 = s * (1 - s) * (1 - s);
	h01 = s * s * (3 - 2 * s);
	h11 = s * s * (s - 1);
	return h00 * y[lo] + h10 * h * d[lo] + h01 * y[hi] + h11 * h * d[hi];
}

/* Least-squares quadratic y = c0 + c1 x + c2 x^2 by the normal equations on
 * x scaled to [0, 1] (conditioning), Gaussian elimination with partial
 * pivoting.  Returns -1 if singular. */
static int quad_fit(const double *x, const double *y, int n, double *coef)
{
	double sc = fabs(x[n - 1]) > 0 ? fabs(x[n - 1]) : 1;
	double m[3][4] = {{0}};
	double sol[3];
	int i, j, k;

	for (k = 0; k < n; k++) {
		double t = x[k] / sc, pw[5] = {1, t, t * t, t * t * t, t * t * t * t};
		for (i = 0; i < 3; i++) {
			for (j = 0; j < 3; j++)
				m[i][j] += pw[i + j];
			m[i][3] += pw[i] * y[k];
		}
	}
	for (i = 0; i < 3; i++) {
		int piv = i;
		for (k = i + 1; k < 3; k++)
			if (fabs(m[k][i]) > fabs(m[piv][i]))
				piv = k;
		if (fabs(m[piv][i]) < 1e-14)
			return -1;
		for (j = 0; j < 4; j++) {
			double t = m[i][j];
			m[i][j] = m[piv][j];
			m[piv][j] = t;
		}
		for (k = 0; k < 3; k++) {
			double f;
			if (k == i)
				continue;
			f = m[k][i] / m[i][i];
			for (j = i; j < 4; j++)
				m[k][j] -= f * m[i][j];
		}
	}
	for (i = 0; i < 3; i++)
		sol[i] = m[i][3] / m[i][i];
	coef[0] = sol[0];
	coef[1] = sol[1] / sc;
	coef[2] = sol[2] / (sc * sc);
	return 0;
}

static double quad_eval(const double *coef, double t)
{
	return coef[0] + t * (coef[1] + t * coef[2]);
}

enum { CURVE_H, CURVE_E, CURVE_P };

static double curve_raw(const hk_pump_curve *c, int which, double q)
{
	if (c->fit == HK_PUMP_FIT_QUADRATIC)
		return quad_eval(which == CURVE_H ? c->hq : which == CURVE_E ? c->eq : c->pq, q);
	switch (which) {
	case CURVE_H:
		return pchip_eval(c->q, c->h, c->dh, c->n, q);
	case CURVE_E:
		return pchip_eval(c->q, c->e, c->de, c->n, q);
	default:
		return pchip_eval(c->q, c->p, c->dp, c->n, q);
	}
}

static void range_flags(const hk_pump_curve *c, double q, unsigned *flags)
{
	double tol = 1e-9 * (1 + c->q_hi);

	if (!flags)
		return;
	if (q < c->q_lo - tol)
		*flags |= HK_PUMP_F_BELOW_RANGE;
	if (q > c->q_hi + tol)
		*flags |= HK_PUMP_F_ABOVE_RANGE;
}

/* Hydraulic power P = rho*g*Q*H, Q in m3/s (Karassik, Pump Handbook, ch. 2). */
double hk_pump_hyd_kw(double q_m3h, double h_m, double rho_kg_m3)
{
	return rho_kg_m3 * HK_PUMP_G * (q_m3h / 3600.0) * h_m / 1000.0;
}

double hk_pump_head(const hk_pump_curve *c, double q, unsigned *flags)
{
	range_flags(c, q, flags);
	return curve_raw(c, CURVE_H, q);
}

double hk_pump_power(const hk_pump_curve *c, double q, unsigned *flags)
{
	double p;

	range_flags(c, q, flags);
	if (!c->has_power) {
		if (flags)
			*flags |= HK_PUMP_F_NO_EFF;
		return NAN;
	}
	p = curve_raw(c, CURVE_P, q);
	return p > 0 ? p : 0;
}

double hk_pump_eff(const hk_pump_curve *c, double q, unsigned *flags)
{
	unsigned f = 0;
	double e;

	range_flags(c, q, &f);
	if (c->has_eff) {
		e = curve_raw(c, CURVE_E, q);
	} else if (c->has_power) {
		/* eta = rho*g*Q*H/P (definition of pump efficiency; wire-to-water for P1) */
		double p = curve_raw(c, CURVE_P, q);
		double h = curve_raw(c, CURVE_H, q);
		f |= c->power_kind == HK_PUMP_POWER_P1 ? HK_PUMP_F_EFF_FROM_P1
						       : HK_PUMP_F_EFF_FROM_P2;
		e = p > 0 ? hk_pump_hyd_kw(q, h, HK_PUMP_RHO_WATER) / p : NAN;
	} else {
		f |= HK_PUMP_F_NO_EFF;
		e = NAN;
	}
	if (flags)
		*flags |= f;
	if (isfinite(e) && e < 0)
		e = 0; /* only reachable by extrapolation, which is flagged */
	return e;
}

/* ---- validation and fit ------------------------------------------------- */

/* one point's values: flow and head >= 0, efficiency in 0..1, power >= 0 */
static hk_status check_point(const char *name, const hk_pump_point *pt, int i, hk_err *err)
{
	if (!isfinite(pt->flow_m3h) || pt->flow_m3h < 0)
		return hk_fail(err, HK_EINVAL, "pump \"%s\": point %d: flow %g m3/h: expected a number >= 0",
			       name, i + 1, pt->flow_m3h);
	if (!isfinite(pt->head_m) || pt->head_m < 0)
		return hk_fail(err, HK_EINVAL,
			       "pump \"%s\": point %d (Q=%g m3/h): head %g m: expected a number >= 0",
			       name, i + 1, pt->flow_m3h, pt->head_m);
	if (!isnan(pt->eff) && (!isfinite(pt->eff) || pt->eff < 0))
		return hk_fail(err, HK_EINVAL,
			       "pump \"%s\": point %d (Q=%g m3/h): efficiency %g: expected 0..1",
			       name, i + 1, pt->flow_m3h, pt->eff);
	if (!isnan(pt->eff) && pt->eff > 1)
		return hk_fail(err, HK_EINVAL,
			       "pump \"%s\": point %d (Q=%g m3/h): efficiency %g %% is above 100 %%",
			       name, i + 1, pt->flow_m3h, 100 * pt->eff);
	if (!isnan(pt->power_kw) && (!isfinite(pt->power_kw) || pt->power_kw < 0))
		return hk_fail(err, HK_EINVAL,
			       "pump \"%s\": point %d (Q=%g m3/h): power %g kW: expected a number >= 0",
			       name, i + 1, pt->flow_m3h, pt->power_kw);
	return HK_OK;
}

/* the points in order: each valid, flow rising, head falling (after the
 * peak of a drooping curve, HK_PUMP_ALLOW_DROOP); efficiency and power on
 * all points or none, power with its kind; >= 3 points on the falling
 * part.  *k_peak: the highest head's index. */
static hk_status check_points(const char *name, const hk_pump_point *pts, int n,
			      hk_pump_power_kind power_kind, unsigned opts, int *k_peak,
			      int *n_eff, int *n_pow, hk_err *err)
{
	int i, falling = 0;
	hk_status st;

	*k_peak = *n_eff = *n_pow = 0;
	for (i = 0; i < n; i++) {
		const hk_pump_point *pt = &pts[i];
		if ((st = check_point(name, pt, i, err)) != HK_OK)
			return st;
		*n_eff += !isnan(pt->eff);
		*n_pow += !isnan(pt->power_kw);
		if (i > 0 && pt->flow_m3h <= pts[i - 1].flow_m3h)
			return hk_fail(err, HK_EINVAL,
				       "pump \"%s\": point %d: flow %g m3/h is not above point %d's %g m3/h: "
				       "give points in order of increasing flow",
				       name, i + 1, pt->flow_m3h, i, pts[i - 1].flow_m3h);
		if (i > 0 && pt->head_m > pts[i - 1].head_m && (!(opts & HK_PUMP_ALLOW_DROOP) || falling))
			return hk_fail(err, HK_EINVAL,
				       "pump \"%s\": point %d (Q=%g m3/h): head %g m rises above point %d's %g m: "
				       "head must fall as flow rises (non-monotonic curve)%s",
				       name, i + 1, pt->flow_m3h, pt->head_m, i, pts[i - 1].head_m,
				       (opts & HK_PUMP_ALLOW_DROOP) ? " after its peak" : "");
		if (i > 0 && pt->head_m < pts[i - 1].head_m)
			falling = 1;
		if (!falling && pt->head_m > pts[*k_peak].head_m)
			*k_peak = i;
	}
	if (*n_eff && *n_eff != n)
		return hk_fail(err, HK_EINVAL,
			       "pump \"%s\": efficiency given on %d of %d points: give it on all or none",
			       name, *n_eff, n);
	if (*n_pow && *n_pow != n)
		return hk_fail(err, HK_EINVAL,
			       "pump \"%s\": power given on %d of %d points: give it on all or none",
			       name, *n_pow, n);
	if (*n_pow && power_kind == HK_PUMP_POWER_NONE)
		return hk_fail(err, HK_EINVAL,
			       "pump \"%s\": power values given but not whether they are P1 (input) or P2 (shaft)",
			       name);
	if (!*n_pow && power_kind != HK_PUMP_POWER_NONE)
		return hk_fail(err, HK_EINVAL, "pump \"%s\": power kind given but no power values", name);
	if (n - *k_peak < 3)
		return hk_fail(err, HK_EINVAL,
			       "pump \"%s\": head peaks at point %d (Q=%g m3/h): fewer than 3 points remain "
			       "on the falling (stable) part of the curve",
			       name, *k_peak + 1, pts[*k_peak].flow_m3h);
	return HK_OK;
}

/* least squares H, eta, P = a + bQ + cQ^2, its largest residual, and a flag
 * when the head rises with flow inside the range */
static hk_status fit_quadratic(hk_pump_curve *c, hk_err *err)
{
	int i;
	if (quad_fit(c->q, c->h, c->n, c->hq) || (c->has_eff && quad_fit(c->q, c->e, c->n, c->eq)) ||
	    (c->has_power && quad_fit(c->q, c->p, c->n, c->pq)))
		return hk_fail(err, HK_EINVAL, "pump \"%s\": quadratic fit is singular", c->name);
	if (c->hq[0] <= 0)
		return hk_fail(err, HK_EINVAL, "pump \"%s\": quadratic fit has shut-off head %g m <= 0",
			       c->name, c->hq[0]);
	for (i = 0; i < c->n; i++) {
		double r = fabs(quad_eval(c->hq, c->q[i]) - c->h[i]);
		if (r > c->fit_resid_max_m)
			c->fit_resid_max_m = r;
	}
	/* dH/dQ = b + 2cQ is linear in Q: check both ends of the range */
	if (c->hq[1] + 2 * c->hq[2] * c->q_lo > 1e-9 || c->hq[1] + 2 * c->hq[2] * c->q_hi > 1e-9)
		c->flags |= HK_PUMP_F_FIT_RISES;
	return HK_OK;
}

/* best-efficiency point: scan the stable range (401 samples, 0.25 %) */
static void find_bep(hk_pump_curve *c)
{
	int i;
	if (!c->has_eff && !c->has_power)
		return;
	for (i = 0; i <= 400; i++) {
		double q = c->q_lo + (c->q_hi - c->q_lo) * i / 400.0;
		double e = hk_pump_eff(c, q, NULL);
		if (isfinite(e) && e > c->bep_eff) {
			c->bep_eff = e;
			c->bep_q = q;
		}
	}
	c->has_bep = c->bep_q > 0 && c->bep_eff > 0;
}

hk_status hk_pump_curve_fit(hk_pump_curve *c, const char *name,
			    const hk_pump_point *pts, int n, hk_pump_fit fit,
			    hk_pump_power_kind power_kind, unsigned opts,
			    hk_err *err)
{
	int i, k_peak, n_eff, n_pow;
	hk_status st;

	if (!name)
		name = "(unnamed)";
	if (!c || (!pts && n > 0))
		return hk_fail(err, HK_EINVAL, "pump \"%s\": no curve given", name);
	memset(c, 0, sizeof *c);
	snprintf(c->name, sizeof c->name, "%s", name);
	if (n < 3)
		return hk_fail(err, HK_EINVAL,
			       "pump \"%s\": %d curve point%s: a curve needs at least 3 (H-Q) points",
			       name, n, n == 1 ? "" : "s");
	if (n > HK_PUMP_MAXPTS)
		return hk_fail(err, HK_EINVAL, "pump \"%s\": %d curve points: at most %d",
			       name, n, HK_PUMP_MAXPTS);
	if (fit != HK_PUMP_FIT_PCHIP && fit != HK_PUMP_FIT_QUADRATIC)
		return hk_fail(err, HK_EINVAL, "pump \"%s\": unknown fit %d", name, (int)fit);
	if ((st = check_points(name, pts, n, power_kind, opts, &k_peak, &n_eff, &n_pow, err)) != HK_OK)
		return st;

	c->fit = fit;
	c->power_kind = power_kind;
	c->n = n;
	c->has_eff = n_eff > 0;
	c->has_power = n_pow > 0;
	for (i = 0; i < n; i++) {
		c->q[i] = pts[i].flow_m3h;
		c->h[i] = pts[i].head_m;
		c->e[i] = c->has_eff ? pts[i].eff : 0;
		c->p[i] = c->has_power ? pts[i].power_kw : 0;
	}
	if (k_peak > 0)
		c->flags |= HK_PUMP_F_DROOP;
	c->q_lo = c->q[k_peak];
	c->q_hi = c->q[n - 1];
	c->h_max = c->h[k_peak];

	pchip_slopes(c->q, c->h, n, c->dh);
	if (c->has_eff)
		pchip_slopes(c->q, c->e, n, c->de);
	if (c->has_power)
		pchip_slopes(c->q, c->p, n, c->dp);
	if (fit == HK_PUMP_FIT_QUADRATIC && (st = fit_quadratic(c, err)) != HK_OK)
		return st;
	find_bep(c);
	return HK_OK;
}

/* ---- inverse curve -------------------------------------------------- */

struct head_ctx {
	const hk_pump_curve *c;
	double h;
};

static double head_minus(double q, void *ctx)
{
	const struct head_ctx *hc = ctx;
	return curve_raw(hc->c, CURVE_H, q) - hc->h;
}

/* Flow search bracket: from the stable range's start (0 when the curve is
 * not drooping: a shut-off point may be missing) to 3x run-out. */
static double q_left(const hk_pump_curve *c)
{
	return (c->flags & HK_PUMP_F_DROOP) ? c->q_lo : 0;
}

static double q_right(const hk_pump_curve *c)
{
	return 3 * c->q_hi;
}

hk_status hk_pump_flow_at_head(const hk_pump_curve *c, double h, double *q,
			       unsigned *flags, hk_err *err)
{
	struct head_ctx hc = {c, h};
	double a = q_left(c), b = q_right(c);

	if (!c || !q || !isfinite(h))
		return hk_fail(err, HK_EINVAL, "pump flow at head: bad arguments");
	if (head_minus(a, &hc) < 0) {
		*q = a;
		if (flags)
			*flags |= HK_PUMP_F_BELOW_RANGE;
		return hk_fail(err, HK_ENOSOL,
			       "pump \"%s\": head %g m is above the curve's highest head %g m",
			       c->name, h, curve_raw(c, CURVE_H, a));
	}
	if (head_minus(b, &hc) > 0 || hk_pump_brent(head_minus, &hc, a, b, 1e-10 * (1 + c->q_hi), q)) {
		*q = b;
		if (flags)
			*flags |= HK_PUMP_F_ABOVE_RANGE;
		return hk_fail(err, HK_ENOSOL,
			       "pump \"%s\": head %g m is not reached even at 3x the catalog's run-out flow %g m3/h",
			       c->name, h, c->q_hi);
	}
	range_flags(c, *q, flags);
	return HK_OK;
}

/* ---- system ----------------------------------------------------------- */

/* G = 0.86*Q/dT: water, cp = 4.187 kJ/(kg K), rho = 1000 (standards-notes §4.1 [SRC]). */
hk_status hk_pump_flow_from_load(double q_kw, double dt_k, double margin,
				 double *g_m3h, hk_err *err)
{
	if (!g_m3h)
		return hk_fail(err, HK_EINVAL, "flow from load: no output");
	if (!isfinite(q_kw) || q_kw < 0)
		return hk_fail(err, HK_EINVAL, "heat load %g kW: expected a number >= 0", q_kw);
	if (!isfinite(dt_k) || dt_k <= 0)
		return hk_fail(err, HK_EINVAL,
			       "temperature difference %g K: expected a number > 0", dt_k);
	if (!isfinite(margin) || margin < 1)
		return hk_fail(err, HK_EINVAL, "flow margin %g: expected a factor >= 1", margin);
	*g_m3h = 0.86 * q_kw / dt_k * margin;
	return HK_OK;
}

double hk_pump_load_from_flow(double g_m3h, double dt_k)
{
	if (!(g_m3h >= 0) || !(dt_k > 0))
		return NAN;
	return g_m3h * dt_k / 0.86; /* Q = rho c G dT, rho c = 1/0.86 (standards-notes §4.1) */
}

/* H = Hst + S*G^2, S from one duty point (Karassik, Pump Handbook, ch. 8). */
hk_status hk_pump_system_from_duty(hk_pump_system *sys, double h_static_m,
				   double g_duty_m3h, double h_duty_m,
				   double rho_kg_m3, hk_err *err)
{
	if (!sys)
		return hk_fail(err, HK_EINVAL, "system curve: no output");
	if (!isfinite(h_static_m) || h_static_m < 0)
		return hk_fail(err, HK_EINVAL, "static head %g m: expected a number >= 0", h_static_m);
	if (!isfinite(g_duty_m3h) || g_duty_m3h <= 0)
		return hk_fail(err, HK_EINVAL, "duty flow %g m3/h: expected a number > 0", g_duty_m3h);
	if (!isfinite(h_duty_m) || h_duty_m < h_static_m)
		return hk_fail(err, HK_EINVAL,
			       "duty head %g m: expected a number >= the static head %g m",
			       h_duty_m, h_static_m);
	if (!isfinite(rho_kg_m3) || rho_kg_m3 <= 0)
		return hk_fail(err, HK_EINVAL, "density %g kg/m3: expected a number > 0", rho_kg_m3);
	sys->h_static_m = h_static_m;
	sys->s = (h_duty_m - h_static_m) / (g_duty_m3h * g_duty_m3h);
	sys->rho_kg_m3 = rho_kg_m3;
	return HK_OK;
}

double hk_pump_system_head(const hk_pump_system *sys, double g_m3h)
{
	return sys->h_static_m + sys->s * g_m3h * g_m3h;
}

static hk_status check_system(const hk_pump_system *sys, hk_err *err)
{
	if (!sys || !isfinite(sys->h_static_m) || sys->h_static_m < 0 || !isfinite(sys->s) ||
	    sys->s < 0 || !isfinite(sys->rho_kg_m3) || sys->rho_kg_m3 <= 0)
		return hk_fail(err, HK_EINVAL,
			       "system curve: expected static head >= 0 m, S >= 0 and density > 0");
	return HK_OK;
}

/* ---- operating points ------------------------------------------------- */

/* Fill *op for N pumps at speed n, total flow qt, head h.  Affinity laws:
 * the point (q, h) at speed n corresponds to (q/n, h/n^2) at speed 1 with
 * the same efficiency, and P(n) = n^3 P(q/n) (Karassik ch. 2). */
static void fill_op(const hk_pump_curve *c, int npumps, double n, double qt,
		    double h, double rho, hk_pump_op *op)
{
	unsigned f = 0;
	double q = qt / npumps, q1 = q / n;

	memset(op, 0, sizeof *op);
	op->n_pumps = npumps;
	op->speed = n;
	op->flow_m3h = qt;
	op->flow_each_m3h = q;
	op->head_m = h;
	op->flow_equiv_m3h = q1;
	op->eff = hk_pump_eff(c, q1, &f);
	op->hyd_kw = hk_pump_hyd_kw(q, h, rho);
	op->shaft_kw = isfinite(op->eff) && op->eff > 0 ? op->hyd_kw / op->eff : NAN;
	op->curve_kw = c->has_power
		? n * n * n * hk_pump_power(c, q1, &f) * rho / HK_PUMP_RHO_WATER : NAN;
	op->bep_dist = c->has_bep ? (q1 - c->bep_q) / c->bep_q : NAN;
	op->flags = f;
}

struct op_ctx {
	const hk_pump_curve *c;
	const hk_pump_system *sys;
	int npumps;
	double n, h;
};

/* Group curve minus system curve: n^2 H(Q/(N n)) - (Hst + S Q^2). */
static double op_resid(double qt, void *ctx)
{
	const struct op_ctx *o = ctx;
	double n = o->n;
	return n * n * curve_raw(o->c, CURVE_H, qt / (o->npumps * n)) -
	       hk_pump_system_head(o->sys, qt);
}

hk_status hk_pump_operate(const hk_pump_curve *c, int n_pumps, double speed,
			  const hk_pump_system *sys, hk_pump_op *op,
			  hk_err *err)
{
	struct op_ctx o;
	double a, b, qt;
	hk_status st;

	if (!c || !op || n_pumps < 1 || !isfinite(speed) || speed <= 0)
		return hk_fail(err, HK_EINVAL,
			       "operating point: expected a curve, >= 1 pump and a speed ratio > 0");
	if ((st = check_system(sys, err)) != HK_OK)
		return st;
	o.c = c;
	o.sys = sys;
	o.npumps = n_pumps;
	o.n = speed;
	o.h = 0;
	a = n_pumps * speed * q_left(c);
	b = n_pumps * speed * q_right(c);
	if (op_resid(a, &o) < 0)
		return hk_fail(err, HK_ENOSOL,
			       "pump \"%s\" (%d in parallel, speed %.0f %%): highest head %.3g m at %.4g m3/h "
			       "is below the system head %.3g m there: the pump cannot overcome the system",
			       c->name, n_pumps, 100 * speed, speed * speed * c->h_max, a,
			       hk_pump_system_head(sys, a));
	if (op_resid(b, &o) > 0 || hk_pump_brent(op_resid, &o, a, b, 1e-10 * (1 + b), &qt))
		return hk_fail(err, HK_ENOSOL,
			       "pump \"%s\": does not meet the system curve below 3x its run-out flow",
			       c->name);
	fill_op(c, n_pumps, speed, qt, hk_pump_system_head(sys, qt), sys->rho_kg_m3, op);
	return HK_OK;
}

hk_status hk_pump_at(const hk_pump_curve *c, int n_pumps, double speed,
		     double q_m3h, double rho_kg_m3, hk_pump_op *op,
		     hk_err *err)
{
	double q1, h;

	if (!c || !op || n_pumps < 1 || !isfinite(speed) || speed <= 0 ||
	    !isfinite(q_m3h) || q_m3h < 0 || !isfinite(rho_kg_m3) || rho_kg_m3 <= 0)
		return hk_fail(err, HK_EINVAL,
			       "pump state: expected a curve, >= 1 pump, speed > 0, flow >= 0, density > 0");
	q1 = q_m3h / n_pumps / speed;
	h = speed * speed * curve_raw(c, CURVE_H, q1);
	fill_op(c, n_pumps, speed, q_m3h, h, rho_kg_m3, op);
	return HK_OK;
}

struct speed_ctx {
	const hk_pump_curve *c;
	double q, h;
};

/* n^2 H_1(q/n) - h (affinity laws) */
static double speed_resid(double n, void *ctx)
{
	const struct speed_ctx *s = ctx;
	return n * n * curve_raw(s->c, CURVE_H, s->q / n) - s->h;
}

hk_status hk_pump_speed_for_duty(const hk_pump_curve *c, int n_pumps,
				 double g_m3h, double h_m, double n_max,
				 double rho_kg_m3, hk_pump_op *op,
				 hk_err *err)
{
	struct speed_ctx s;
	double n;

	if (!c || !op || n_pumps < 1 || !isfinite(g_m3h) || g_m3h < 0 || !isfinite(h_m) ||
	    h_m <= 0 || !isfinite(n_max) || n_max <= 0 || !isfinite(rho_kg_m3) || rho_kg_m3 <= 0)
		return hk_fail(err, HK_EINVAL,
			       "speed for duty: expected a curve, >= 1 pump, flow >= 0, head > 0, "
			       "maximum speed > 0, density > 0");
	s.c = c;
	s.q = g_m3h / n_pumps;
	s.h = h_m;
	/* a duty exactly on the n_max curve (to rounding) is met at n_max */
	if (speed_resid(n_max, &s) < -1e-9 * h_m) {
		unsigned f = 0;
		double hmax = n_max * n_max * hk_pump_head(c, s.q / n_max, &f);
		return hk_fail(err, HK_ENOSOL,
			       "pump \"%s\" (%d in parallel): at speed %.0f %% it gives %.3g m at %.4g m3/h "
			       "each, below the duty's %.3g m",
			       c->name, n_pumps, 100 * n_max, hmax, s.q, h_m);
	}
	if (c->fit == HK_PUMP_FIT_QUADRATIC) {
		/* a n^2 + b q n + (c q^2 - h) = 0 (affinity-scaled quadratic) */
		double a = c->hq[0], b = c->hq[1] * s.q, cc = c->hq[2] * s.q * s.q - h_m;
		double disc = b * b - 4 * a * cc;
		if (disc < 0)
			return hk_fail(err, HK_ENOSOL, "pump \"%s\": no speed meets %g m3/h at %g m",
				       c->name, g_m3h, h_m);
		n = (-b + sqrt(disc)) / (2 * a);
		if (n > n_max)
			n = n_max; /* on the n_max curve to rounding (checked above) */
	} else if (s.q == 0) {
		n = sqrt(h_m / curve_raw(c, CURVE_H, 0)); /* shut-off head scales with n^2 */
	} else if (speed_resid(n_max, &s) <= 0) {
		n = n_max;
	} else if (hk_pump_brent(speed_resid, &s, 1e-3, n_max, 1e-12, &n)) {
		return hk_fail(err, HK_ENOSOL, "pump \"%s\": no speed in 0.1..%.0f %% meets %g m3/h at %g m",
			       c->name, 100 * n_max, g_m3h, h_m);
	}
	fill_op(c, n_pumps, n, g_m3h, h_m, rho_kg_m3, op);
	return HK_OK;
}

/* ---- motors -------------------------------------------------------------- */

/* IEC 60072-1 preferred rated outputs, kW [UNVERIFIED: from memory]. */
static const double iec_motor_kw[] = {
	0.12, 0.18, 0.25, 0.37, 0.55, 0.75, 1.1, 1.5, 2.2, 3, 4, 5.5, 7.5, 11, 15,
	18.5, 22, 30, 37, 45, 55, 75, 90, 110, 132, 160, 200, 250, 315, 355, 400,
	450, 500, 560, 630, 710, 800, 900, 1000};

hk_status hk_motor_size(double shaft_kw, double margin, double *motor_kw,
			const char **source, hk_err *err)
{
	double need;
	size_t i;

	if (source)
		*source = "IEC 60072-1 rated outputs 0.12-1000 kW [UNVERIFIED: series written "
			  "from memory, check the printed standard]";
	if (!motor_kw)
		return hk_fail(err, HK_EINVAL, "motor size: no output");
	if (!isfinite(shaft_kw) || shaft_kw <= 0)
		return hk_fail(err, HK_EINVAL, "shaft power %g kW: expected a number > 0", shaft_kw);
	if (!isfinite(margin) || margin < 1)
		return hk_fail(err, HK_EINVAL, "motor margin %g: expected a factor >= 1", margin);
	need = shaft_kw * margin;
	for (i = 0; i < sizeof iec_motor_kw / sizeof iec_motor_kw[0]; i++) {
		if (iec_motor_kw[i] >= need * (1 - 1e-12)) {
			*motor_kw = iec_motor_kw[i];
			return HK_OK;
		}
	}
	return hk_fail(err, HK_ERANGE,
		       "motor for %g kW x %g = %g kW: above the largest standard rating, 1000 kW",
		       shaft_kw, margin, need);
}
