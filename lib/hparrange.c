/*
 * hparrange.c - parallel and series heat pumps on a COP surface
 * (hparrange.h).
 */
#include <math.h>
#include <string.h>

#include "hparrange.h"

hk_status hk_copsurf_add(hk_copsurf *s, double t_out, double t_water, double cop, hk_err *err)
{
	size_t w, i, k;
	if (!(cop > 0) || !isfinite(t_out) || !isfinite(t_water))
		return hk_fail(err, HK_EINVAL, "COP point (%g C, %g C, COP %g): expected finite temperatures "
			       "and COP > 0", t_out, t_water, cop);
	for (w = 0; w < s->nw && s->tw[w] < t_water; w++)
		;
	if (w == s->nw || s->tw[w] != t_water) {
		if (s->nw == HK_COPS_MAX_W)
			return hk_fail(err, HK_ERANGE, "more than %d leaving-water temperatures", HK_COPS_MAX_W);
		memmove(&s->tw[w + 1], &s->tw[w], (s->nw - w) * sizeof s->tw[0]);
		memmove(&s->nt[w + 1], &s->nt[w], (s->nw - w) * sizeof s->nt[0]);
		memmove(&s->t[w + 1], &s->t[w], (s->nw - w) * sizeof s->t[0]);
		memmove(&s->cop[w + 1], &s->cop[w], (s->nw - w) * sizeof s->cop[0]);
		s->tw[w] = t_water, s->nt[w] = 0, s->nw++;
	}
	for (i = 0; i < s->nt[w] && s->t[w][i] < t_out; i++)
		;
	if (i < s->nt[w] && s->t[w][i] == t_out) {
		s->cop[w][i] = cop;
		return HK_OK;
	}
	if (s->nt[w] == HK_COPS_MAX_T)
		return hk_fail(err, HK_ERANGE, "more than %d outdoor temperatures at %g C", HK_COPS_MAX_T, t_water);
	for (k = s->nt[w]; k > i; k--)
		s->t[w][k] = s->t[w][k - 1], s->cop[w][k] = s->cop[w][k - 1];
	s->t[w][i] = t_out, s->cop[w][i] = cop, s->nt[w]++;
	return HK_OK;
}

hk_status hk_copsurf_from_entry(hk_copsurf *s, const hk_hp_entry *e, hk_err *err)
{
	size_t i;
	hk_status st;
	memset(s, 0, sizeof *s);
	for (i = 0; i < e->npts; i++) {
		const hk_hp_point *p = &e->pts[i];
		if (p->type == HK_CAT_PT_PART_LOAD_DEMAND || !(p->cop > 0))
			continue;
		if ((st = hk_copsurf_add(s, p->t_out_c, p->t_water_c, p->cop, err)) != HK_OK)
			return hk_err_prefix(err, st, "model %s", e->model);
	}
	if (!s->nw)
		return hk_fail(err, HK_EINVAL, "model %s has no COP in the catalog: expected cop or power_kw on "
			       "its capacity rows", e->model);
	return HK_OK;
}

double hk_copsurf_tw_max(const hk_copsurf *s) { return s->nw ? s->tw[s->nw - 1] : NAN; }
double hk_copsurf_tw_min(const hk_copsurf *s) { return s->nw ? s->tw[0] : NAN; }

/* linear interpolation (or end-segment extension) in x over n points */
static double lin(const double *x, const double *y, size_t n, double v)
{
	size_t i;
	if (n == 1)
		return y[0];
	for (i = 0; i + 2 < n && v > x[i + 1]; i++)
		;
	return y[i] + (y[i + 1] - y[i]) * (v - x[i]) / (x[i + 1] - x[i]);
}

/* COP along one water column at t_out */
static hk_status column_at(const hk_copsurf *s, size_t w, double t_out, int allow, double *cop,
			   unsigned *flags, hk_err *err)
{
	size_t n = s->nt[w];
	if (t_out < s->t[w][0] || t_out > s->t[w][n - 1]) {
		if (!allow)
			return hk_fail(err, HK_ERANGE, "outdoor %g C outside the COP points %g..%g C at %g C "
				       "leaving water: expected a temperature inside them (or --extrapolate)",
				       t_out, s->t[w][0], s->t[w][n - 1], s->tw[w]);
		*flags |= HK_COPS_EXTRAP_T;
	}
	*cop = lin(s->t[w], s->cop[w], n, t_out);
	return HK_OK;
}

hk_status hk_copsurf_at(const hk_copsurf *s, double t_out, double t_water, int allow_extrap, double *cop,
			unsigned *flags, hk_err *err)
{
	size_t w0, w1;
	double c0, c1;
	hk_status st;
	if (!s->nw)
		return hk_fail(err, HK_EINVAL, "no COP points");
	if (fabs(t_water - s->tw[0]) < 1e-6) /* the curve's bisection lands a hair off a column */
		t_water = s->tw[0];
	if (fabs(t_water - s->tw[s->nw - 1]) < 1e-6)
		t_water = s->tw[s->nw - 1];
	if (t_water < s->tw[0] || t_water > s->tw[s->nw - 1]) {
		if (!allow_extrap)
			return hk_fail(err, HK_ERANGE, "leaving water %.2f C outside the catalog's COP points "
				       "%g..%g C: expected a temperature inside them (or --extrapolate)",
				       t_water, s->tw[0], s->tw[s->nw - 1]);
		*flags |= HK_COPS_EXTRAP_W;
	}
	if (s->nw == 1)
		return column_at(s, 0, t_out, allow_extrap, cop, flags, err);
	for (w0 = 0; w0 + 2 < s->nw && t_water > s->tw[w0 + 1]; w0++)
		;
	w1 = w0 + 1;
	if ((st = column_at(s, w0, t_out, allow_extrap, &c0, flags, err)) != HK_OK ||
	    (st = column_at(s, w1, t_out, allow_extrap, &c1, flags, err)) != HK_OK)
		return st;
	*cop = c0 + (c1 - c0) * (t_water - s->tw[w0]) / (s->tw[w1] - s->tw[w0]);
	if (!(*cop > 0))
		return hk_fail(err, HK_ERANGE, "COP extrapolated to %g at %g C outdoor, %g C water: expected "
			       "a point nearer the catalog's", *cop, t_out, t_water);
	return HK_OK;
}

hk_status hk_arr_cop(const hk_copsurf *s, hk_arrangement a, double t_out, double ts, double tr,
		     int allow_extrap, hk_arr_point *p, hk_err *err)
{
	hk_status st;
	memset(p, 0, sizeof *p);
	if (!(ts >= tr))
		return hk_fail(err, HK_EINVAL, "supply %g C below return %g C", ts, tr);
	if ((st = hk_copsurf_at(s, t_out, ts, allow_extrap, &p->cop2, &p->flags, err)) != HK_OK)
		return st;
	if (a == HK_ARR_PARALLEL) {
		p->t_mid = ts;
		p->cop1 = p->cop = p->cop2;
		return HK_OK;
	}
	p->t_mid = 0.5 * (tr + ts);   /* equal flow, equal heat: half the ΔT each */
	if (p->t_mid < s->tw[0] && ts >= s->tw[0]) { /* COP held at the lowest column: understates */
		p->t_mid = s->tw[0];
		p->flags |= HK_COPS_HELD_LOW;
	}
	if ((st = hk_copsurf_at(s, t_out, p->t_mid, allow_extrap, &p->cop1, &p->flags, err)) != HK_OK)
		return st;
	p->cop = 2 / (1 / p->cop1 + 1 / p->cop2);  /* Σ (Q/2)/COP_i, EN 14511-1 §3 COP = Q/P */
	return HK_OK;
}

hk_status hk_arr_check_units(hk_arrangement a, int units, hk_err *err)
{
	if (units < 1)
		return hk_fail(err, HK_EINVAL, "unit count (%d): expected at least 1", units);
	if (a == HK_ARR_SERIES && units % 2)
		return hk_fail(err, HK_EINVAL, "a series arrangement needs an even unit count (%d): expected "
			       "pairs of units", units);
	return HK_OK;
}
