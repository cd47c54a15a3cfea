/* bfhybrid.c - auxiliary cooler and heater at a fixed depth (see bfhybrid.h). */
#include "bfhybrid.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bftemp.h"

/*
 * Energy above a cap c in a month: a peak block of tp hours at P (L3's
 * peak and its duration) on a flat base that carries the rest of the
 * month's energy E, so that the month's energy is kept (L3 itself puts
 * the peak on top of the mean E/730 h), or, when E < P tp, the peak
 * alone for E/P hours.  A lower bound of what a tower takes when the
 * peaks recur daily: hourly loads give it exactly.
 */
static double month_above_cap(double E, double P, double tp, double c)
{
	const double h = HK_HOURS_PER_MONTH;
	if (!(P > c))
		return 0;
	if (P * tp >= E)
		return (P - c) * E / P;
	double base = (E - P * tp) / (h - tp);
	return (P - c) * tp + fmax(0.0, base - c) * (h - tp);
}

/* monthly loads with the injection (kind +1) or extraction (-1) side
 * capped at cap kW; aux_kwh: the energy above it over the run */
static void cap_months(const hk_mload *ml, int kind, double cap, double tp,
		       double *ext, double *inj, double *pe, double *pi,
		       double *aux_kwh)
{
	*aux_kwh = 0;
	for (size_t m = 0; m < ml->nm; m++) {
		double *E = kind > 0 ? &inj[m] : &ext[m];
		double *pk = kind > 0 ? &pi[m] : &pe[m];
		double P = hk_mload_peak_kw(ml, m, kind > 0);
		double a = fmin(*E, month_above_cap(*E, P, tp, cap));
		*aux_kwh += a;
		*E -= a;
		*pk = fmin(P, cap);
	}
}

/* hourly loads capped the same way: the energy above the cap, exactly */
static void cap_hours(size_t nh, const double *q, double cap, double *out,
		      double *aux_kwh)
{
	*aux_kwh = 0;
	for (size_t h = 0; h < nh; h++) {
		double v = q ? q[h] : 0;
		*aux_kwh += fmax(0.0, v - cap);
		out[h] = fmin(v, cap);
	}
}

#define HYBRID_SEEN 4
typedef struct {
	const hk_bfdesign *d;
	const hk_mload *ml;
	const hk_hload *hl; /* non-NULL: hourly caps and L4 */
	double H;
	hk_gcache *gc;
	double *buf;
	/* the last evaluations: the sizing asks for the same caps again (the
	 * bisection's last feasible cap, the start of the second round), and
	 * each is a whole L3/L4 run (a convolution of the years' hours) */
	struct {
		double cool, heat, ac, ah;
		hk_temps t;
	} seen[HYBRID_SEEN];
	int nseen;
} hybrid_ctx;

/* extremes with both caps applied (L3 on months, L4 on hours); the
 * auxiliary energies in kWh over the run */
static hk_status hybrid_run(hybrid_ctx *c, double cool_cap, double heat_cap,
			    hk_temps *t, double *aux_cool, double *aux_heat,
			    hk_err *err)
{
	memset(t, 0, sizeof *t);
	if (c->hl) {
		size_t nh = c->hl->nh;
		double *ext = c->buf, *inj = ext + nh;
		cap_hours(nh, c->hl->inj_kw, cool_cap, inj, aux_cool);
		cap_hours(nh, c->hl->ext_kw, heat_cap, ext, aux_heat);
		hk_hload cur = {nh, ext, inj};
		return hk_temps_l4(c->d, &cur, c->H, c->gc, t, err);
	}
	size_t nm = c->ml->nm;
	double *ext = c->buf, *inj = ext + nm, *pe = ext + 2 * nm, *pi = ext + 3 * nm;
	for (size_t m = 0; m < nm; m++) {
		ext[m] = c->ml->ext_kwh[m];
		inj[m] = c->ml->inj_kwh[m];
		pe[m] = c->ml->peak_ext_kw ? c->ml->peak_ext_kw[m] : 0;
		pi[m] = c->ml->peak_inj_kw ? c->ml->peak_inj_kw[m] : 0;
	}
	hk_mload cur = {nm, ext, inj, pe, pi};
	double tp = hk_bfdesign_peak_hours(c->d);
	cap_months(&cur, +1, cool_cap, tp, ext, inj, pe, pi, aux_cool);
	cap_months(&cur, -1, heat_cap, tp, ext, inj, pe, pi, aux_heat);
	return hk_temps_l3(c->d, &cur, c->H, c->gc, t, err);
}

/* hybrid_run, or what it gave for the same caps (the same numbers) */
static hk_status hybrid_eval(hybrid_ctx *c, double cool_cap, double heat_cap,
			     hk_temps *t, double *aux_cool, double *aux_heat,
			     hk_err *err)
{
	for (int i = 0; i < c->nseen && i < HYBRID_SEEN; i++)
		if (c->seen[i].cool == cool_cap && c->seen[i].heat == heat_cap) {
			*t = c->seen[i].t;
			*aux_cool = c->seen[i].ac;
			*aux_heat = c->seen[i].ah;
			return HK_OK;
		}
	hk_status st = hybrid_run(c, cool_cap, heat_cap, t, aux_cool, aux_heat, err);
	if (st == HK_OK) {
		int i = c->nseen++ % HYBRID_SEEN;
		c->seen[i].cool = cool_cap;
		c->seen[i].heat = heat_cap;
		c->seen[i].ac = *aux_cool;
		c->seen[i].ah = *aux_heat;
		c->seen[i].t = *t;
	}
	return st;
}

/* the largest load a cap can shave: injection [0], extraction [1] */
static void hybrid_peaks(const hk_mload *ml, const hk_hload *hl, double pmax[2])
{
	if (hl)
		hk_hload_peaks(hl, &pmax[1], &pmax[0]);
	else
		hk_mload_peaks(ml, &pmax[1], &pmax[0]);
}

hk_status hk_hybrid_size(const hk_bfdesign *d, const hk_mload *ml,
			 const hk_hload *hl, double H, hk_gcache *gc,
			 hk_hybrid *res, hk_err *err)
{
	hk_status st;
	if ((st = hk_bf_check(d, ml, hl, err)))
		return st;
	hk_gcache own;
	gc = hk_gcache_or_own(gc, &own, d);
	size_t n = hl ? hl->nh : ml->nm;
	hybrid_ctx c = {.d = d, .ml = hl ? NULL : ml, .hl = hl, .H = H, .gc = gc,
			.buf = malloc((hl ? 2 : 4) * n * sizeof(double))};
	if (!c.buf)
		return hk_fail(err, HK_ENOMEM, "hybrid: out of memory");
	double pmax[2];
	hybrid_peaks(ml, hl, pmax);
	double cap[2] = {pmax[0], pmax[1]};
	/* bisection to 1e-4 of the peak (L3) or 1e-3 (L4: a convolution a
	 * step) */
	double tol = hl ? 1e-3 : 1e-4;
	hk_temps t;
	double ac = 0, ah = 0;
	/* two rounds: shaving extraction warms the field and may bring the
	 * maximum back */
	for (int round = 0; round < 2; round++)
		for (int kind = 0; kind < 2; kind++) {
			if ((st = hybrid_eval(&c, cap[0], cap[1], &t, &ac, &ah, err)))
				goto out;
			int bad = kind == 0 ? t.Tf_max > d->Tf_max : t.Tf_min < d->Tf_min;
			if (!bad)
				continue;
			double keep = cap[kind];
			cap[kind] = 0;
			if ((st = hybrid_eval(&c, cap[0], cap[1], &t, &ac, &ah, err)))
				goto out;
			if (kind == 0 ? t.Tf_max > d->Tf_max : t.Tf_min < d->Tf_min) {
				st = hk_fail(err, HK_ENOSOL,
					     "even with all %s taken by an auxiliary "
					     "%s, the %s fluid temperature limit %g C "
					     "is broken at %.1f m: the field is too "
					     "small", kind == 0 ? "injection" : "extraction",
					     kind == 0 ? "cooler" : "heater",
					     kind == 0 ? "maximum" : "minimum",
					     kind == 0 ? d->Tf_max : d->Tf_min, H);
				goto out;
			}
			double lo = 0, hi = keep; /* lo feasible */
			for (int it = 0; it < 50 && hi - lo > tol * (keep + 1); it++) {
				double mid = 0.5 * (lo + hi);
				cap[kind] = mid;
				if ((st = hybrid_eval(&c, cap[0], cap[1], &t, &ac, &ah, err)))
					goto out;
				if (kind == 0 ? t.Tf_max > d->Tf_max : t.Tf_min < d->Tf_min)
					hi = mid;
				else
					lo = mid;
			}
			cap[kind] = lo;
		}
	if ((st = hybrid_eval(&c, cap[0], cap[1], &t, &ac, &ah, err)))
		goto out;
	/* per year: the run holds nm/12 or nh/8760 years */
	double per = hl ? HK_HOURS_PER_YEAR / (double)n : 12.0 / (double)n;
	res->cool_kw = pmax[0] - cap[0];
	res->heat_kw = pmax[1] - cap[1];
	res->cool_kwh_y = ac * per;
	res->heat_kwh_y = ah * per;
	res->Tf_max = t.Tf_max;
	res->Tf_min = t.Tf_min;
	st = HK_OK;
out:
	free(c.buf);
	return st;
}
