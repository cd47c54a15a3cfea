/* borefield.c - layouts, temperatures and sizing of borefields (see borefield.h). */
#include "borefield.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define HOUR 3600.0

/* ---------------------------------------------------------------- */
/* Ground and loads                                                  */
/* ---------------------------------------------------------------- */

double hk_ground_temperature(const hk_ground *g, double D, double H)
{
	double zmid = (D + (D + H)) / 2.0;
	if (g->flux != 0.0)
		return g->Tg + g->flux / g->k * zmid;  /* GHEtool flux model */
	if (g->gradient != 0.0)
		return g->Tg + g->gradient / 100.0 * zmid; /* GHEtool gradient */
	return g->Tg;
}

double hk_ground_alpha(const hk_ground *g)
{
	return g->k / g->rho_c;
}

double hk_extraction_from_heating(double heat, double cop)
{
	if (!(cop > 1.0))
		return NAN;
	return heat * (1.0 - 1.0 / cop); /* heat-pump energy balance */
}

double hk_injection_from_cooling(double cool, double eer)
{
	if (!(eer > 0.0))
		return NAN;
	return cool * (1.0 + 1.0 / eer); /* chiller energy balance */
}

double hk_fluid_delta_t(double peak_kw, size_t n, double m_flow_bh, double cp)
{
	if (n == 0 || !(m_flow_bh > 0) || !(cp > 0))
		return NAN;
	return peak_kw * 1000.0 / ((double)n * m_flow_bh * cp); /* Q = m cp dT */
}

double hk_rule_of_thumb_length(double peak_kw, double w_per_m)
{
	if (!(w_per_m > 0))
		return NAN;
	return peak_kw * 1000.0 / w_per_m;
}

static int bad_load(const double *v, size_t i)
{
	return v && !(isfinite(v[i]) && v[i] >= 0.0);
}

hk_status hk_mload_check(const hk_mload *ml, int years, hk_err *err)
{
	if (!ml || !ml->ext_kwh || !ml->inj_kwh)
		return hk_fail(err, HK_EINVAL, "monthly load: missing energies");
	if (years < 1)
		return hk_fail(err, HK_EINVAL, "simulation years %d: expected >= 1",
			       years);
	if (ml->nm != 12 && ml->nm != (size_t)12 * years)
		return hk_fail(err, HK_EINVAL,
			       "monthly load has %zu months: expected 12 or %d "
			       "(12 x %d years)", ml->nm, 12 * years, years);
	for (size_t i = 0; i < ml->nm; i++) {
		const char *what = bad_load(ml->ext_kwh, i) ? "extraction" :
				   bad_load(ml->inj_kwh, i) ? "injection" :
				   bad_load(ml->peak_ext_kw, i) ? "extraction peak" :
				   bad_load(ml->peak_inj_kw, i) ? "injection peak" :
								  NULL;
		if (what)
			return hk_fail(err, HK_EINVAL,
				       "month %zu: %s load is negative or not a "
				       "number: expected >= 0", i + 1, what);
	}
	return HK_OK;
}

hk_status hk_hload_check(const hk_hload *hl, int years, hk_err *err)
{
	if (!hl || (!hl->ext_kw && !hl->inj_kw))
		return hk_fail(err, HK_EINVAL, "hourly load: missing values");
	if (years < 1)
		return hk_fail(err, HK_EINVAL, "simulation years %d: expected >= 1",
			       years);
	if (hl->nh != 8760 && hl->nh != (size_t)8760 * years)
		return hk_fail(err, HK_EINVAL,
			       "hourly load has %zu hours: expected 8760 or %zu "
			       "(8760 x %d years)", hl->nh, (size_t)8760 * years,
			       years);
	for (size_t i = 0; i < hl->nh; i++)
		if (bad_load(hl->ext_kw, i) || bad_load(hl->inj_kw, i))
			return hk_fail(err, HK_EINVAL,
				       "hour %zu: load is negative or not a number: "
				       "expected >= 0", i + 1);
	return HK_OK;
}

hk_status hk_hload_to_monthly(const hk_hload *hl, double *ext_kwh,
			      double *inj_kwh, double *peak_ext_kw,
			      double *peak_inj_kw, hk_err *err)
{
	if (!hl || hl->nh == 0 || hl->nh % 8760)
		return hk_fail(err, HK_EINVAL,
			       "hourly load has %zu hours: expected a multiple of "
			       "8760", hl ? hl->nh : 0);
	size_t nm = hl->nh / 8760 * 12;
	for (size_t m = 0; m < nm; m++) {
		double e = 0, j = 0, pe = 0, pj = 0;
		for (size_t h = m * 730; h < (m + 1) * 730; h++) {
			double ve = hl->ext_kw ? hl->ext_kw[h] : 0;
			double vj = hl->inj_kw ? hl->inj_kw[h] : 0;
			e += ve;
			j += vj;
			pe = fmax(pe, ve);
			pj = fmax(pj, vj);
		}
		ext_kwh[m] = e;
		inj_kwh[m] = j;
		if (peak_ext_kw)
			peak_ext_kw[m] = pe;
		if (peak_inj_kw)
			peak_inj_kw[m] = pj;
	}
	return HK_OK;
}

/* ---------------------------------------------------------------- */
/* Layouts                                                           */
/* ---------------------------------------------------------------- */

static const char *const layout_names[] = {"rectangle", "box", "L", "U", "line"};

const char *hk_layout_name(hk_layout_kind kind)
{
	if ((int)kind < 0 || kind > HK_LAYOUT_LINE)
		return "?";
	return layout_names[kind];
}

int hk_layout_parse(const char *name)
{
	for (int i = 0; i <= HK_LAYOUT_LINE; i++)
		if (name && strcmp(name, layout_names[i]) == 0)
			return i;
	return -1;
}

size_t hk_layout_count(hk_layout_kind kind, int n1, int n2)
{
	if (n1 < 1 || (kind != HK_LAYOUT_LINE && n2 < 1))
		return 0;
	switch (kind) {
	case HK_LAYOUT_RECT:
		return (size_t)n1 * n2;
	case HK_LAYOUT_BOX: /* pygfunction box_shaped_field */
		if (n1 == 1 || n2 == 1)
			return (size_t)n1 * n2;
		return 2 * (size_t)n1 + 2 * (size_t)(n2 - 2);
	case HK_LAYOUT_L: /* L_shaped_field */
		return (size_t)n1 + n2 - 1;
	case HK_LAYOUT_U: /* U_shaped_field */
		if (n1 == 1)
			return (size_t)n2;
		return (size_t)n1 + 2 * (size_t)(n2 - 1);
	case HK_LAYOUT_LINE:
		return (size_t)n1;
	}
	return 0;
}

hk_status hk_layout(hk_layout_kind kind, int n1, int n2, double B1, double B2,
		    double *x, double *y, size_t cap, size_t *n, hk_err *err)
{
	size_t need = hk_layout_count(kind, n1, n2);
	if (need == 0)
		return hk_fail(err, HK_EINVAL,
			       "layout %s %d x %d: expected at least 1 x 1",
			       hk_layout_name(kind), n1, n2);
	if (!(B1 > 0) || (!(B2 > 0) && kind != HK_LAYOUT_LINE))
		return hk_fail(err, HK_EINVAL,
			       "spacing %g x %g m: expected > 0", B1, B2);
	if (need > cap)
		return hk_fail(err, HK_ERANGE,
			       "layout needs %zu boreholes, room for %zu", need, cap);
	size_t k = 0;
	for (int j = 0; j < (kind == HK_LAYOUT_LINE ? 1 : n2); j++)
		for (int i = 0; i < n1; i++) {
			int keep;
			switch (kind) {
			case HK_LAYOUT_BOX:
				keep = j == 0 || j == n2 - 1 || i == 0 || i == n1 - 1;
				break;
			case HK_LAYOUT_L:
				keep = j == 0 || i == 0;
				break;
			case HK_LAYOUT_U:
				keep = j == 0 || i == 0 || i == n1 - 1;
				break;
			default:
				keep = 1;
			}
			if (!keep)
				continue;
			x[k] = i * B1;
			y[k] = kind == HK_LAYOUT_LINE ? 0.0 : j * B2;
			k++;
		}
	*n = k;
	return HK_OK;
}

typedef struct {
	double x, y;
	size_t i;
} xyi;

static int cmp_by_x(const void *a, const void *b)
{
	double u = ((const xyi *)a)->x, v = ((const xyi *)b)->x;
	return (u > v) - (u < v);
}

hk_status hk_field_check(const double *x, const double *y, size_t n, double rb,
			 hk_err *err)
{
	if (n == 0 || !x || !y)
		return hk_fail(err, HK_EINVAL, "borefield has no boreholes");
	if (!(rb > 0))
		return hk_fail(err, HK_EINVAL, "borehole radius %g m: expected > 0",
			       rb);
	for (size_t i = 0; i < n; i++)
		if (!isfinite(x[i]) || !isfinite(y[i]))
			return hk_fail(err, HK_EINVAL,
				       "borehole %zu: coordinates (%g, %g) are not "
				       "numbers", i + 1, x[i], y[i]);
	xyi *p = malloc(n * sizeof *p);
	if (!p)
		return hk_fail(err, HK_ENOMEM, "field check: out of memory");
	for (size_t i = 0; i < n; i++)
		p[i] = (xyi){x[i], y[i], i};
	qsort(p, n, sizeof *p, cmp_by_x); /* sweep in x: O(n log n) */
	double dmin = 2.0 * rb;
	hk_status st = HK_OK;
	for (size_t a = 0; a < n && !st; a++)
		for (size_t b = a + 1; b < n && p[b].x - p[a].x < dmin; b++) {
			double d = hypot(p[b].x - p[a].x, p[b].y - p[a].y);
			if (d < dmin) {
				size_t i = p[a].i < p[b].i ? p[a].i : p[b].i;
				size_t j = p[a].i < p[b].i ? p[b].i : p[a].i;
				st = hk_fail_item(err, HK_EINVAL, (long)j + 1,
						  "boreholes %zu and %zu are %.3g m apart: "
						  "%s (expected at least the diameter %.3g m)",
						  i + 1, j + 1, d,
						  d == 0 ? "they coincide" : "they overlap",
						  dmin);
				if (err)
					err->item2 = (long)i + 1;
				break;
			}
		}
	free(p);
	return st;
}

/* ---------------------------------------------------------------- */
/* Design and g cache                                                */
/* ---------------------------------------------------------------- */

static double peak_hours(const hk_bfdesign *d)
{
	return d->peak_hours > 0 ? d->peak_hours : 6.0;
}

static double hmin(const hk_bfdesign *d) { return d->H_min > 0 ? d->H_min : 1.0; }
static double hmax(const hk_bfdesign *d) { return d->H_max > 0 ? d->H_max : 1000.0; }

hk_status hk_bfdesign_check(const hk_bfdesign *d, hk_err *err)
{
	if (!d)
		return hk_fail(err, HK_EINVAL, "no design");
	if (!(d->ground.k > 0) || !isfinite(d->ground.k))
		return hk_fail(err, HK_EINVAL,
			       "ground conductivity %g W/mK: expected > 0",
			       d->ground.k);
	if (!(d->ground.rho_c > 0) || !isfinite(d->ground.rho_c))
		return hk_fail(err, HK_EINVAL,
			       "ground heat capacity %g J/m3K: expected > 0",
			       d->ground.rho_c);
	if (!isfinite(d->ground.Tg))
		return hk_fail(err, HK_EINVAL, "ground temperature is not a number");
	if (!(d->D >= 0))
		return hk_fail(err, HK_EINVAL, "buried depth %g m: expected >= 0",
			       d->D);
	if (d->years < 1 || d->years > 200)
		return hk_fail(err, HK_EINVAL, "simulation years %d: expected 1..200",
			       d->years);
	if (!(d->Tf_max > d->Tf_min))
		return hk_fail(err, HK_EINVAL,
			       "fluid temperature limits %g..%g C: expected "
			       "minimum < maximum", d->Tf_min, d->Tf_max);
	if (!(d->Rb > 0) && !d->utube)
		return hk_fail(err, HK_EINVAL,
			       "borehole resistance: give Rb* > 0 or a U-tube");
	if (hmin(d) >= hmax(d))
		return hk_fail(err, HK_EINVAL, "depth range %g..%g m: expected "
			       "min < max", hmin(d), hmax(d));
	return hk_field_check(d->x, d->y, d->n, d->rb, err);
}

hk_status hk_bfdesign_rb(const hk_bfdesign *d, double H, double *Rb, hk_err *err)
{
	if (d->Rb > 0) {
		*Rb = d->Rb;
		return HK_OK;
	}
	hk_utube u = *d->utube;
	u.rb = d->rb;
	hk_rb_result r;
	hk_status st = hk_utube_rb(&u, &d->fluid, d->m_flow, d->ground.k, H, &r,
				   err);
	if (!st)
		*Rb = r.Rb_star;
	return st;
}

void hk_gcache_init(hk_gcache *c, const hk_bfdesign *d)
{
	memset(c, 0, sizeof *c);
	c->d = d;
	/* L3/L4 need the simulation period (plus the peak); the margin of a
	 * month keeps the last months off the table's end (L2 does not use
	 * the tables: see l2_gvalues) */
	c->t_max = (d->years * HK_HOURS_PER_YEAR + HK_HOURS_PER_MONTH +
		    2 * peak_hours(d) + 24.0) * HOUR;
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

/*
 * The weighted tables whose sum is the g-function at H (grid mode, see
 * hk_gcache): the grid tables of the design's own set, or of the fast set
 * (fast_only), or an accurate anchor plus the fast tables' change from
 * the anchor's depth to H.  At most HK_GC_TERMS terms; the first *nfull
 * are whole g-functions (weights summing to 1), the rest a correction
 * (weights summing to 0) that is nil at short times.
 */
#define HK_GC_TERMS 9
static hk_status gcache_terms(hk_gcache *c, double H, const hk_gtable **T,
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
		hk_status st = gcache_terms(c, H, T, w, &np, &nfull, err);
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

/* ---------------------------------------------------------------- */
/* Monthly (L3) temperatures                                         */
/* ---------------------------------------------------------------- */

/* monthly series over the simulation, in W */
typedef struct {
	size_t nm;
	double *q;    /* net injection (W) */
	double *pinj; /* injection peak (W) */
	double *pext; /* extraction peak (W) */
} mseries;

/* the peak of month i used throughout (kW): the given peak, at least the
 * month's average (GHEtool); inj 1 for injection, 0 for extraction */
static double month_peak_kw(const hk_mload *ml, size_t i, int inj)
{
	const double *pk = inj ? ml->peak_inj_kw : ml->peak_ext_kw;
	double E = inj ? ml->inj_kwh[i] : ml->ext_kwh[i];
	return fmax(pk ? pk[i] : 0.0, E / HK_HOURS_PER_MONTH);
}

static hk_status mseries_make(const hk_mload *ml, int years, mseries *s,
			      hk_err *err)
{
	size_t nm = (size_t)12 * years;
	s->nm = nm;
	s->q = malloc(3 * nm * sizeof *s->q);
	if (!s->q)
		return hk_fail(err, HK_ENOMEM, "monthly series: out of memory");
	s->pinj = s->q + nm;
	s->pext = s->q + 2 * nm;
	for (size_t m = 0; m < nm; m++) {
		size_t i = ml->nm == 12 ? m % 12 : m;
		s->q[m] = (ml->inj_kwh[i] / HK_HOURS_PER_MONTH -
			   ml->ext_kwh[i] / HK_HOURS_PER_MONTH) * 1000.0;
		s->pinj[m] = month_peak_kw(ml, i, 1) * 1000.0;
		s->pext[m] = month_peak_kw(ml, i, 0) * 1000.0;
	}
	return HK_OK;
}

static void mseries_free(mseries *s)
{
	free(s->q);
	s->q = NULL;
}

/* L3 core: temperatures for a prepared series (GHEtool L3, see header) */

/* The highest fluid temperature (hi, at peak injection) and the lowest (lo,
 * at peak extraction) so far, and the step where each occurs. */
static void track_extremes(hk_temps *o, size_t i, double hi, double lo)
{
	if (hi > o->Tf_max) {
		o->Tf_max = hi;
		o->i_max = i;
	}
	if (lo < o->Tf_min) {
		o->Tf_min = lo;
		o->i_min = i;
	}
}

/*
 * Step increments of a g-function (or of the weighted sum of nt tables;
 * w NULL = one table, weight 1) on a uniform time grid: dg[i] = G((i + 1)
 * step) - G(i step), G(0) = 0: the response factors of temporal
 * superposition (Eskilson 1987; GHEtool).
 */
static void g_steps(const hk_gtable *const *T, const double *w, int nt,
		    double step_s, size_t n, double *dg)
{
	double prev = 0;
	for (size_t i = 0; i < n; i++) {
		double v = 0, t = (double)(i + 1) * step_s;
		for (int j = 0; j < nt; j++)
			v += (w ? w[j] : 1.0) * hk_gtable_eval(T[j], t);
		dg[i] = v - prev;
		prev = v;
	}
}

/* hourly net injection (W) over n hours; a one-year load repeats */
static void hourly_net_w(const hk_hload *hl, size_t n, double *q)
{
	for (size_t i = 0; i < n; i++) {
		size_t h = hl->nh == 8760 ? i % 8760 : i;
		double inj = hl->inj_kw ? hl->inj_kw[h] : 0;
		double ext = hl->ext_kw ? hl->ext_kw[h] : 0;
		q[i] = (inj - ext) * 1000.0;
	}
}

static hk_status l3_core(const hk_bfdesign *d, const mseries *s, double H,
			 hk_gcache *gc, hk_temps *o, hk_err *err)
{
	const hk_gtable *gt;
	hk_status st = hk_gcache_get(gc, H, &gt, err);
	if (st)
		return st;
	double Rb;
	if ((st = hk_bfdesign_rb(d, H, &Rb, err)))
		return st;
	size_t nm = s->nm;
	double k = d->ground.k, NH = (double)d->n * H;
	double Tg = hk_ground_temperature(&d->ground, d->D, H);
	double gp = hk_gtable_eval(gt, peak_hours(d) * HOUR) / (2 * M_PI * k);
	double *dg = malloc(nm * sizeof *dg);
	if (!dg)
		return hk_fail(err, HK_ENOMEM, "L3: out of memory");
	g_steps(&gt, NULL, 1, HK_HOURS_PER_MONTH * HOUR, nm, dg);
	o->Tf_max = -INFINITY;
	o->Tf_min = INFINITY;
	o->Rb = Rb;
	o->Tg = Tg;
	for (size_t m = 0; m < nm; m++) {
		double sum = 0;
		for (size_t j = 0; j <= m; j++)
			sum += s->q[j] * dg[m - j];
		double Tb = Tg + sum / (2 * M_PI * k * NH);
		double Tf = Tb + s->q[m] * Rb / NH;
		double Ti = s->pinj[m] > 0 ?
			Tb + (s->pinj[m] * (gp + Rb) - s->q[m] * gp) / NH : Tb;
		double Te = s->pext[m] > 0 ?
			Tb + (-s->pext[m] * (gp + Rb) - s->q[m] * gp) / NH : Tb;
		if (o->Tb)
			o->Tb[m] = Tb;
		if (o->Tf)
			o->Tf[m] = Tf;
		if (o->Tf_inj)
			o->Tf_inj[m] = Ti;
		if (o->Tf_ext)
			o->Tf_ext[m] = Te;
		track_extremes(o, m, Ti, Te);
	}
	free(dg);
	return HK_OK;
}

/* The caller's g cache, or own set up for a single depth (no depth grid). */
static hk_gcache *gcache_or_own(hk_gcache *gc, hk_gcache *own, const hk_bfdesign *d)
{
	if (gc)
		return gc;
	hk_gcache_init(own, d);
	own->h_grid = 0;
	return own;
}

hk_status hk_temps_l3(const hk_bfdesign *d, const hk_mload *ml, double H,
		      hk_gcache *gc, hk_temps *out, hk_err *err)
{
	hk_status st;
	if ((st = hk_bfdesign_check(d, err)) || (st = hk_mload_check(ml, d->years, err)))
		return st;
	if (!(H > 0))
		return hk_fail(err, HK_EINVAL, "depth %g m: expected > 0", H);
	hk_gcache own;
	gc = gcache_or_own(gc, &own, d);
	mseries s;
	if ((st = mseries_make(ml, d->years, &s, err)))
		return st;
	st = l3_core(d, &s, H, gc, out, err);
	mseries_free(&s);
	return st;
}

/* ---------------------------------------------------------------- */
/* Hourly (L4) temperatures with FFT convolution                     */
/* ---------------------------------------------------------------- */

/* in-place iterative radix-2 FFT of n (power of two) complex values
 * stored as re/im pairs; sign -1 forward, +1 inverse (unscaled)
 * (Cooley & Tukey 1965). */
static void fft(double *a, size_t n, int sign)
{
	for (size_t i = 1, j = 0; i < n; i++) {
		size_t bit = n >> 1;
		for (; j & bit; bit >>= 1)
			j ^= bit;
		j ^= bit;
		if (i < j) {
			double t = a[2 * i];
			a[2 * i] = a[2 * j];
			a[2 * j] = t;
			t = a[2 * i + 1];
			a[2 * i + 1] = a[2 * j + 1];
			a[2 * j + 1] = t;
		}
	}
	for (size_t len = 2; len <= n; len <<= 1) {
		double ang = sign * 2 * M_PI / (double)len;
		double wr = cos(ang), wi = sin(ang);
		for (size_t i = 0; i < n; i += len) {
			double cr = 1, ci = 0;
			for (size_t j = 0; j < len / 2; j++) {
				double *u = a + 2 * (i + j), *v = a + 2 * (i + j + len / 2);
				double vr = v[0] * cr - v[1] * ci;
				double vi = v[0] * ci + v[1] * cr;
				v[0] = u[0] - vr;
				v[1] = u[1] - vi;
				u[0] += vr;
				u[1] += vi;
				double nr = cr * wr - ci * wi;
				ci = cr * wi + ci * wr;
				cr = nr;
			}
		}
	}
}

/* the FFT length for a linear convolution of n points: a power of two >= 2n */
static size_t fft_size(size_t n)
{
	size_t nf = 1;
	while (nf < 2 * n)
		nf <<= 1;
	return nf;
}

/* linear convolution c[i] = sum_j a[j] b[i-j], i < n, via one complex
 * FFT of a + i b (real-pair packing) and one inverse; work holds 2 x nf
 * doubles, nf a power of two >= 2n. */
static void convolve(const double *a, const double *b, size_t n, double *c,
		     double *work, size_t nf)
{
	memset(work, 0, 2 * nf * sizeof *work);
	for (size_t i = 0; i < n; i++) {
		work[2 * i] = a[i];
		work[2 * i + 1] = b[i];
	}
	fft(work, nf, -1);
	/* A_k = (Z_k + conj Z_{-k})/2, B_k = (Z_k - conj Z_{-k})/(2i);
	 * product A_k B_k = (Z_k^2 - conj(Z_{-k})^2)/(4i) */
	for (size_t k = 0; k <= nf / 2; k++) {
		size_t mk = (nf - k) & (nf - 1);
		double zr = work[2 * k], zi = work[2 * k + 1];
		double wr = work[2 * mk], wi = -work[2 * mk + 1];
		/* z^2 - w^2 */
		double dr = zr * zr - zi * zi - (wr * wr - wi * wi);
		double di = 2 * zr * zi - 2 * wr * wi;
		/* divide by 4i: (dr + i di)/(4i) = (di - i dr)/4 */
		double pr = di / 4, pi = -dr / 4;
		work[2 * k] = pr;
		work[2 * k + 1] = pi;
		if (mk != k) { /* conjugate symmetry of a real result */
			work[2 * mk] = pr;
			work[2 * mk + 1] = -pi;
		}
	}
	fft(work, nf, +1);
	for (size_t i = 0; i < n; i++)
		c[i] = work[2 * i] / (double)nf;
}

hk_status hk_temps_l4(const hk_bfdesign *d, const hk_hload *hl, double H,
		      hk_gcache *gc, hk_temps *o, hk_err *err)
{
	hk_status st;
	if ((st = hk_bfdesign_check(d, err)) || (st = hk_hload_check(hl, d->years, err)))
		return st;
	if (!(H > 0))
		return hk_fail(err, HK_EINVAL, "depth %g m: expected > 0", H);
	hk_gcache own;
	gc = gcache_or_own(gc, &own, d);
	const hk_gtable *gt;
	if ((st = hk_gcache_get(gc, H, &gt, err)))
		return st;
	double Rb;
	if ((st = hk_bfdesign_rb(d, H, &Rb, err)))
		return st;
	size_t n = (size_t)8760 * d->years, nf = fft_size(n);
	double *q = malloc((3 * n + 2 * nf) * sizeof *q);
	if (!q)
		return hk_fail(err, HK_ENOMEM, "L4: out of memory (%zu hours)", n);
	double *dg = q + n, *tb = q + 2 * n, *work = q + 3 * n;
	hourly_net_w(hl, n, q);
	g_steps(&gt, NULL, 1, HOUR, n, dg);
	convolve(q, dg, n, tb, work, nf);
	double k = d->ground.k, NH = (double)d->n * H;
	double Tg = hk_ground_temperature(&d->ground, d->D, H);
	o->Tf_max = -INFINITY;
	o->Tf_min = INFINITY;
	o->Rb = Rb;
	o->Tg = Tg;
	for (size_t i = 0; i < n; i++) {
		double Tb = Tg + tb[i] / (2 * M_PI * k * NH); /* GHEtool L4 */
		double Tf = Tb + q[i] * Rb / NH;
		if (o->Tb)
			o->Tb[i] = Tb;
		if (o->Tf)
			o->Tf[i] = Tf;
		track_extremes(o, i, Tf, Tf);
	}
	free(q);
	return HK_OK;
}

/* ---------------------------------------------------------------- */
/* Sizing                                                            */
/* ---------------------------------------------------------------- */

typedef struct {
	const hk_bfdesign *d;
	hk_method method;
	const hk_mload *ml;
	const hk_hload *hl;
	mseries s;
	hk_gcache *gc;
	int evals;
	/* L4: hourly net load and the convolutions with each grid table,
	 * kept because the load does not change while the depth does */
	size_t nh, nf;
	double *q, *work;
	double convH[8];
	unsigned long convid[8];
	double *conv[8];
	int nconv, nextconv;
	/* the anchored mode's depth correction, convolved by days */
	size_t nfd;
	double *dq, *dwork;
	/* rough depths for the maximum [0] and minimum [1] limits, 0 when
	 * the limit never binds (or the minimum's when the maximum's meets
	 * it), -1 when unknown; computed once, on first need (start_depth) */
	int rough_done;
	double rough[2];
	/* scan_limit's scan on the fast tables, kept for the accurate
	 * sizing after a pre-sizing that needed it (lim 0 = none) */
	struct scan {
		int lim, found;
		double a, b, best, Hbest;
	} scan;
	int no_scan; /* a rough sizing: fail rather than scan */
} sizer;

static void sizer_free(sizer *z)
{
	free(z->q);
	free(z->work);
	for (int i = 0; i < 8; i++)
		free(z->conv[i]);
	free(z->dq);
	free(z->dwork);
}

/*
 * The anchored mode's correction sum_j w_j g_j (see gcache_terms), which
 * is nil at short times, convolved with the daily mean load: cd[D] is its
 * response at the end of day D.  A day's hourly swing meets only the
 * correction's first day, which is nil, so days lose nothing an hourly
 * convolution would keep, at a 24th of the cost.  Needs z->q (l4_conv).
 */
static hk_status l4_correction(sizer *z, const hk_gtable *const *T,
			       const double *w, int nt, const double **cd,
			       hk_err *err)
{
	size_t nd = z->nh / 24;
	if (!z->dq) {
		z->nfd = fft_size(nd);
		z->dq = malloc(3 * nd * sizeof *z->dq);
		z->dwork = malloc(2 * z->nfd * sizeof *z->dwork);
		if (!z->dq || !z->dwork)
			return hk_fail(err, HK_ENOMEM, "L4: out of memory (%zu days)", nd);
		for (size_t d = 0; d < nd; d++) {
			double s = 0;
			for (int h = 0; h < 24; h++)
				s += z->q[24 * d + (size_t)h];
			z->dq[d] = s / 24.0;
		}
	}
	double *dg = z->dq + nd, *c = z->dq + 2 * nd;
	g_steps(T, w, nt, 24.0 * HOUR, nd, dg);
	convolve(z->dq, dg, nd, c, z->dwork, z->nfd);
	*cd = c;
	return HK_OK;
}

/* q * dg for one table (cached by the table's id and depth) */
static hk_status l4_conv(sizer *z, const hk_gtable *gt, const double **out,
			 hk_err *err)
{
	for (int i = 0; i < z->nconv; i++)
		if (z->convid[i] == gt->id && fabs(z->convH[i] - gt->H) <= 1e-9 * gt->H) {
			*out = z->conv[i];
			return HK_OK;
		}
	size_t n = z->nh;
	if (!z->q) {
		z->nf = fft_size(n);
		z->q = malloc(2 * n * sizeof *z->q);
		z->work = malloc(2 * z->nf * sizeof *z->work);
		if (!z->q || !z->work)
			return hk_fail(err, HK_ENOMEM, "L4: out of memory (%zu hours)", n);
		hourly_net_w(z->hl, n, z->q);
	}
	int slot = z->nconv < 8 ? z->nconv++ : (z->nextconv++ % 8);
	if (!z->conv[slot] && !(z->conv[slot] = malloc(n * sizeof(double))))
		return hk_fail(err, HK_ENOMEM, "L4: out of memory (%zu hours)", n);
	double *dg = z->q + n;
	g_steps(&gt, NULL, 1, HOUR, n, dg);
	convolve(z->q, dg, n, z->conv[slot], z->work, z->nf);
	z->convH[slot] = gt->H;
	z->convid[slot] = gt->id;
	*out = z->conv[slot];
	return HK_OK;
}

/* L4 extremes at H from the cached convolutions (GHEtool L4) */
static hk_status l4_sizer_eval(sizer *z, double H, hk_temps *o, hk_err *err)
{
	const hk_bfdesign *d = z->d;
	const hk_gtable *T[HK_GC_TERMS];
	const double *C[HK_GC_TERMS];
	double w[HK_GC_TERMS] = {1};
	const double *cd = NULL;
	int np = 1, nfull = 1;
	hk_status st;
	if (z->gc->h_grid > 1.0)
		st = gcache_terms(z->gc, H, T, w, &np, &nfull, err);
	else
		st = hk_gcache_get(z->gc, H, &T[0], err);
	if (st)
		return st;
	if (nfull > np)
		nfull = np;
	for (int j = 0; j < nfull; j++)
		if ((st = l4_conv(z, T[j], &C[j], err)))
			return st;
	if (np > nfull && (st = l4_correction(z, T + nfull, w + nfull, np - nfull,
					      &cd, err)))
		return st;
	double Rb;
	if ((st = hk_bfdesign_rb(d, H, &Rb, err)))
		return st;
	double k = d->ground.k, NH = (double)d->n * H;
	double Tg = hk_ground_temperature(&d->ground, d->D, H);
	o->Tf_max = -INFINITY;
	o->Tf_min = INFINITY;
	o->Rb = Rb;
	o->Tg = Tg;
	for (size_t i = 0; i < z->nh; i++) {
		double c = 0;
		for (int j = 0; j < nfull; j++)
			c += w[j] * C[j][i];
		if (cd) { /* linear within the day */
			size_t D = i / 24;
			double p0 = D ? cd[D - 1] : 0;
			c += p0 + (double)(i % 24 + 1) / 24.0 * (cd[D] - p0);
		}
		double Tf = Tg + c / (2 * M_PI * k * NH) + z->q[i] * Rb / NH;
		track_extremes(o, i, Tf, Tf);
	}
	return HK_OK;
}

static hk_status extremes(sizer *z, double H, hk_temps *t, hk_err *err)
{
	memset(t, 0, sizeof *t);
	z->evals++;
	if (z->method == HK_L4)
		return l4_sizer_eval(z, H, t, err);
	return l3_core(z->d, &z->s, H, z->gc, t, err);
}

/* net yearly injection over the load (W, mean) */
static double imbalance_w(const sizer *z)
{
	double s = 0;
	for (size_t m = 0; m < z->s.nm; m++)
		s += z->s.q[m];
	return s / (double)z->s.nm;
}

/* how far depth H breaks the limit (K, > 0 broken, <= 0 met) */
static hk_status limit_excess(sizer *z, int lim, double H, double *v,
			      hk_err *err)
{
	const hk_bfdesign *d = z->d;
	hk_temps t;
	hk_status st = extremes(z, H, &t, err);
	if (!st)
		*v = lim > 0 ? t.Tf_max - d->Tf_max : d->Tf_min - t.Tf_min;
	return st;
}

/*
 * Scan depths lo, lo r, lo r^2, ... up to hi for the first that meets
 * the limit: *b = it and *a the one before (0 when lo meets it), return
 * 1; or return 0 with the least excess *best at *Hbest.
 */
static hk_status scan_range(sizer *z, int lim, double lo, double hi,
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
 * The fallback of solve_limit when its iteration does not settle: with a
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
static hk_status scan_limit(sizer *z, int lim, double *Hout, hk_err *err)
{
	if (z->no_scan)
		return hk_fail(err, HK_ENOSOL, "rough sizing: no fixed point");
	const hk_bfdesign *d = z->d;
	const hk_ground *g = &d->ground;
	hk_gcache *gc = z->gc;
	double Tlim = lim > 0 ? d->Tf_max : d->Tf_min;
	double lo = fmax(hmin(d), fmin(10.0, hmax(d))), hi = hmax(d);
	double r = 1.3;
	if (gc->h_grid > 1.0) { /* on every third grid depth: a table each */
		double h0 = gc->h_origin > 0 ? gc->h_origin : 100.0;
		r = gc->h_grid * gc->h_grid * gc->h_grid;
		lo = h0 * pow(gc->h_grid, ceil(log(lo / h0) / log(gc->h_grid) - 1e-9));
	}
	/* Tg = T0 + s (D + H/2) (hk_ground_temperature) */
	double s = g->flux != 0.0 ? g->flux / g->k : g->gradient / 100.0;
	if (s * lim > 0) {
		double Hx = 2 * ((Tlim - g->Tg) / s - d->D);
		if (Hx < hi)
			hi = 0.999 * Hx;
	}
	if (lo > hi)
		lo = hi;
	hk_status st;
	int found, was = gc->fast_only;
	int anchored = gc->h_grid > 1.0 && gc->anchor_tol > 0 && !was;
	double a, b, best, Hbest, v;
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
	found = z->scan.found;
	a = z->scan.a;
	b = z->scan.b;
	best = z->scan.best;
	Hbest = z->scan.Hbest;
	if (anchored) { /* check on the accurate tables */
		if (!found) {
			if ((st = limit_excess(z, lim, Hbest, &v, err)))
				return st;
			if (v > 0)
				best = v;
			else if ((st = scan_range(z, lim, lo, hi, r, &found, &a,
						  &b, &best, &Hbest, err)))
				return st;
		} else {
			/* widen the fast bracket until it brackets here too */
			for (int k = 0; k < 8 && b < hi; k++) {
				if ((st = limit_excess(z, lim, b, &v, err)))
					return st;
				if (v <= 0)
					break;
				a = b;
				b = fmin(b * r, hi);
			}
			for (int k = 0; k < 8 && a > 0; k++) {
				if ((st = limit_excess(z, lim, a, &v, err)))
					return st;
				if (v > 0)
					break;
				b = a; /* down to lo, then 0: met at the shallowest */
				a = a > lo ? fmax(a / r, lo) : 0;
			}
			if ((st = limit_excess(z, lim, b, &v, err)))
				return st;
			if (v > 0) /* the accurate tables disagree: scan them */
				if ((st = scan_range(z, lim, lo, hi, r, &found, &a,
						     &b, &best, &Hbest, err)))
					return st;
		}
	}
	if (found) {
		if (a == 0 && b > hmin(d)) {
			/* met at the first depth scanned, above H_min (the grid
			 * rounds up): H_min itself, or between the two */
			if ((st = limit_excess(z, lim, hmin(d), &v, err)))
				return st;
			if (v <= 0) {
				*Hout = hmin(d);
				return HK_OK;
			}
			a = hmin(d);
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
	return hk_fail(err, HK_ENOSOL,
		       "no depth from %.0f to %.0f m meets the %s fluid temperature "
		       "limit %g C: it comes closest at about %.0f m, %.2f C%s; "
		       "%s the limit by %.2f K or more, add boreholes or an "
		       "auxiliary %s",
		       lo, hi, lim > 0 ? "maximum" : "minimum", Tlim, Hbest,
		       Tlim + lim * best,
		       s != 0 ? " (deeper boreholes reach warmer ground)" : "",
		       lim > 0 ? "raise" : "lower", best,
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
static hk_status solve_limit(sizer *z, int lim, double H0, double *Hout,
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
		hk_status st = extremes(z, H, &t, err);
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
			double v;
			if (H > hmin(d) &&
			    (st = limit_excess(z, lim, hmin(d), &v, err)))
				return st;
			if (H > hmin(d) && v > 0)
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
		if (next > 4 * hmax(d)) {
			if (grad) /* deeper ground is warmer: scan the range */
				return scan_limit(z, lim, Hout, err);
			*Hout = next;
			return HK_OK; /* far too deep: caller reports */
		}
		H = fmax(next, 0.05 * hmin(d));
	}
	return scan_limit(z, lim, Hout, err);
}

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
	return H > hmin(d) && H < 4 * hmax(d);
}

static hk_status rough_depths(sizer *z, hk_err *err)
{
	hk_bfdesign dr = *z->d;
	dr.g_fast = 1;
	dr.g_points = 9;
	memset(&dr.gopts, 0, sizeof dr.gopts);
	dr.gopts.uhtr = 1;
	dr.gopts.nseg = 1;
	hk_gcache *rc = malloc(sizeof *rc);
	if (!rc)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	hk_gcache_init(rc, &dr);
	sizer zr;
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
		st = solve_limit(&zr, k ? -1 : +1, 100.0, &H, &e2);
		/* -1: unknown (failed or implausible), 0: never binds */
		z->rough[k] = st || (H > 0 && !plausible(z->d, H)) ? -1 : H;
		hk_temps t;
		if (k == 0 && z->rough[0] > 0 &&
		    !(st = extremes(&zr, z->rough[0], &t, &e2)) &&
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

static hk_status start_depth(sizer *z, int lim, double *H0, hk_err *err)
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
	sizer zf;
	memset(&zf, 0, sizeof zf);
	zf.d = z->d;
	zf.method = HK_L3; /* L4 too: the monthly view needs no convolution */
	zf.ml = z->ml;
	zf.s = z->s;       /* shared, read only; freed by the caller */
	zf.gc = z->gc;     /* its fast tables, kept for the anchored mode */
	zf.nh = z->nh;
	z->gc->fast_only = 1;
	hk_err e2 = {0};
	st = solve_limit(&zf, lim, H, &H, &e2);
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

/* solve_limit from start_depth's start, or scan_limit when it has none */
static hk_status size_limit(sizer *z, int lim, double *H, hk_err *err)
{
	double H0;
	hk_status st = start_depth(z, lim, &H0, err);
	if (st)
		return st;
	return H0 > 0 ? solve_limit(z, lim, H0, H, err) : scan_limit(z, lim, H, err);
}

/* GHEtool quadrant: 1/2 max, 3/4 min; 1 and 4 when extraction dominates */
static int quadrant(int lim, double imb)
{
	if (lim > 0)
		return imb <= 0 ? 1 : 2;
	return imb <= 0 ? 4 : 3;
}

static void fill_result(sizer *z, double H, int lim, const hk_temps *t,
			hk_sizing *r)
{
	size_t per_year = z->method == HK_L4 ? 8760 : 12;
	size_t i = lim > 0 ? t->i_max : t->i_min;
	r->H = H;
	r->limit = lim;
	r->quadrant = quadrant(lim, imbalance_w(z));
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
 * The g-function at the three pulse ends of L2 (t[0] < t[1] <= t[2]), as
 * GHEtool obtains them: it asks pygfunction's gFunction for exactly these
 * times, and pygfunction's UBWT solver uses the requested times as its
 * time steps (GHEtool drops a duplicate time, as when the first-year peak
 * is in January).  So g(t[2]) is the UBWT solution after one long step
 * (last year: from tm + th to ty + tm + th), below the converged
 * g-function of the tables: 4.1 % at 91 m and 4.4 % at 117 m for the
 * 12 x 10 field of Case A at 20 years, which makes the last-year L2
 * depths 1.1 % and 0.8 % shallower than with the tables (Cases A4, A2).
 * The step error comes from the heat shifting between boreholes, so it
 * is small for one borehole (Case C) and for the short first-year times.
 * The published L2 depths (Peere et al. 2021; GHEtool's tests) carry it:
 * this reproduces them (A1-A4, B, C within 0.2 %).  L3 and L4 use the
 * converged tables, as GHEtool's monthly and hourly methods do (they ask
 * for a fine time grid).  Costs one small UBWT solve per iteration.
 */
static hk_status l2_gvalues(const hk_bfdesign *d, double H, const double *t,
			    double *g, hk_err *err)
{
	double tu[3], gu[3];
	size_t nu = 0;
	for (size_t i = 0; i < 3; i++)
		if (!nu || t[i] > tu[nu - 1])
			tu[nu++] = t[i];
	hk_gfield f = {d->n, d->x, d->y, H, d->D, d->rb};
	hk_gopts o = d->gopts;
	o.richardson = 0;
	if (d->g_fast && (!o.max_unknowns || o.max_unknowns > 64))
		o.max_unknowns = 64;
	hk_status st = hk_gfunction(&f, hk_ground_alpha(&d->ground), tu, nu, &o,
				    gu, NULL, err);
	if (st)
		return st;
	for (size_t i = 0, j = 0; i < 3; i++) {
		while (tu[j] < t[i])
			j++;
		g[i] = gu[j];
	}
	return HK_OK;
}

/* L2: Ahmadfard & Bernier 2019 (last year), Peere et al. 2021 (first) */
static hk_status l2_size(sizer *z, int lim, int first, double H0, int one_step,
			 double *Hout, hk_err *err)
{
	const hk_bfdesign *d = z->d;
	const mseries *s = &z->s;
	double k = d->ground.k, th = peak_hours(d) * HOUR;
	double tm = HK_HOURS_PER_MONTH * HOUR, ty = d->years * HK_HOURS_PER_YEAR * HOUR;
	double sg = lim > 0 ? 1.0 : -1.0;
	/* first-year loads */
	size_t idx = 0;
	double qh = -1;
	for (size_t m = 0; m < 12; m++) {
		double p = lim > 0 ? s->pinj[m] : s->pext[m];
		if (p > qh) {
			qh = p;
			idx = m;
		}
	}
	double qm = sg * s->q[idx];
	double qa = 0;
	for (size_t m = 0; m < 12; m++)
		qa += s->q[m];
	qa = sg * qa / 12.0;
	double qpm = 0;
	for (size_t m = 0; m < idx; m++)
		qpm += sg * s->q[m];
	qpm /= (double)(idx + 1); /* Peere et al. 2021 (GHEtool) */
	double tcm = (idx + 1) * tm;
	double Tlim = lim > 0 ? d->Tf_max : d->Tf_min;
	double H = H0;
	/* pulse ends: last year th, tm + th, ty + tm + th; first year th,
	 * tm + th, tcm + th (tcm = tm when the peak is in January) */
	double tp[3] = {th, tm + th, (first ? tcm : ty + tm) + th}, g[3];
	for (int it = 0; it < 100; it++) {
		double Rb;
		hk_status st = l2_gvalues(d, H, tp, g, err);
		if (st || (st = hk_bfdesign_rb(d, H, &Rb, err)))
			return st;
		z->evals++;
		double Tg = hk_ground_temperature(&d->ground, d->D, H);
		double dT = sg * (Tlim - Tg);
		if (dT <= 0)
			return hk_fail(err, HK_ENOSOL,
				       "the %s fluid temperature limit %g C excludes "
				       "the ground temperature %.3g C",
				       lim > 0 ? "maximum" : "minimum", Tlim, Tg);
		double tpk = 2 * M_PI * k, L;
		if (!first) {
			double Ra = (g[2] - g[1]) / tpk;
			double Rm = (g[1] - g[0]) / tpk;
			double Rd = g[0] / tpk;
			L = (qa * Ra + qm * Rm + qh * Rd + qh * Rb) / dT;
		} else {
			double Rh = g[0] / tpk;
			double Rcm = (g[1] - g[0]) / tpk;
			double Rpm = (g[2] - g[1]) / tpk;
			L = (qh * Rb + qh * Rh + qm * Rcm + qpm * Rpm) / dT;
		}
		double Hn = L / (double)d->n;
		if (one_step) { /* the update alone, for the bound check */
			*Hout = Hn > 0 ? Hn : 0;
			return HK_OK;
		}
		if (!(Hn > 0)) {
			*Hout = 0;
			return HK_OK;
		}
		if (fabs(Hn - H) < 1e-4) {
			*Hout = Hn;
			return HK_OK;
		}
		H = Hn;
	}
	return hk_fail(err, HK_ENOSOL, "L2 sizing did not converge");
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
	sizer z;
	memset(&z, 0, sizeof z);
	z.d = d;
	z.method = method;
	z.ml = ml;
	z.hl = hl;
	z.gc = gc;
	z.nh = (size_t)8760 * d->years;
	if ((st = mseries_make(ml, d->years, &z.s, err)))
		return st;
	memset(res, 0, sizeof *res);
	double imb = imbalance_w(&z);
	double Tg0 = hk_ground_temperature(&d->ground, d->D, 100.0);
	if (!(d->Tf_min < Tg0 && Tg0 < d->Tf_max)) {
		st = hk_fail(err, HK_ENOSOL,
			     "the fluid temperature band %g..%g C excludes the "
			     "ground temperature %.3g C: no depth can satisfy it; "
			     "widen the band", d->Tf_min, d->Tf_max, Tg0);
		goto out;
	}
	if (method == HK_L2) {
		/* GHEtool: quadrants 1 and 4 when extraction dominates, else
		 * 2 and 3; the deeper one binds */
		int fmax_first = imb <= 0, fmin_first = imb > 0;
		double Hmax, Hmin, Hchk;
		/* size for the maximum; the minimum only needs converging when
		 * its depth update at that depth asks for more (the update is
		 * increasing with slope < 1, so its fixed point lies below) */
		if ((st = l2_size(&z, +1, fmax_first, 100.0, 0, &Hmax, err)) ||
		    (st = l2_size(&z, -1, fmin_first, fmax(Hmax, hmin(d)), 1,
				  &Hchk, err)))
			goto out;
		Hmin = Hchk;
		if (Hchk > Hmax &&
		    (st = l2_size(&z, -1, fmin_first, Hchk, 0, &Hmin, err)))
			goto out;
		int lim = Hmax >= Hmin ? +1 : -1;
		double H = fmax(Hmax, Hmin);
		res->H = H;
		res->limit = lim;
		res->quadrant = lim > 0 ? (fmax_first ? 1 : 2) : (fmin_first ? 3 : 4);
		res->year = (lim > 0 ? fmax_first : fmin_first) ? 1 : d->years;
		if ((st = hk_bfdesign_rb(d, H, &res->Rb, err)))
			goto out;
		res->Tg = hk_ground_temperature(&d->ground, d->D, H);
		res->iterations = z.evals;
		if (H > hmax(d)) {
			st = hk_fail(err, HK_ENOSOL,
				     "the %s fluid temperature limit needs %.1f m, "
				     "deeper than the %.0f m allowed: add boreholes "
				     "or relax the limit",
				     lim > 0 ? "maximum" : "minimum", H, hmax(d));
			goto out;
		}
		st = HK_OK;
		goto out;
	}
	hk_temps t;
	double H1;
	if ((st = size_limit(&z, +1, &H1, err)))
		goto out;
	H1 = fmax(H1, hmin(d));
	if (H1 <= hmax(d)) {
		if ((st = extremes(&z, H1, &t, err)))
			goto out;
		if (t.Tf_min >= d->Tf_min - 1e-6) {
			fill_result(&z, H1, +1, &t, res);
			st = HK_OK;
			goto out;
		}
	}
	double H2;
	if ((st = size_limit(&z, -1, &H2, err)))
		goto out;
	H2 = fmax(H2, hmin(d));
	if (H2 > hmax(d)) {
		st = hk_fail(err, HK_ENOSOL,
			     "the minimum fluid temperature limit %g C needs %.1f m, "
			     "deeper than the %.0f m allowed: add boreholes, widen "
			     "the spacing, lower the limit or add auxiliary heating",
			     d->Tf_min, H2, hmax(d));
		goto out;
	}
	if ((st = extremes(&z, H2, &t, err)))
		goto out;
	if (t.Tf_max > d->Tf_max + 1e-6) {
		if (H1 > hmax(d))
			st = hk_fail(err, HK_ENOSOL,
				     "the maximum fluid temperature limit %g C needs "
				     "%.1f m, deeper than the %.0f m allowed: add "
				     "boreholes, raise the limit or add an auxiliary "
				     "cooler", d->Tf_max, H1, hmax(d));
		else
			st = hk_fail(err, HK_ENOSOL,
				     "no depth meets both limits: %.1f m keeps the "
				     "maximum %g C but breaks the minimum %g C, and "
				     "%.1f m keeps the minimum but reaches %.2f C "
				     "(the ground gets warmer with depth); reduce the "
				     "imbalance or add an auxiliary cooler",
				     H1, d->Tf_max, d->Tf_min, H2, t.Tf_max);
		goto out;
	}
	fill_result(&z, H2, -1, &t, res);
	st = HK_OK;
out:
	mseries_free(&z.s);
	sizer_free(&z);
	return st;
}

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
	/* candidates n1 x n2 ordered by count (then squarer first) */
	size_t nc = 0, ccap = 4096;
	int (*cand)[2] = malloc(ccap * sizeof *cand);
	if (!cand)
		return hk_fail(err, HK_ENOMEM, "count sizing: out of memory");
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
	hk_bfdesign dd = *d;
	dd.g_fast = 1; /* search with fast tables, confirm with d's own */
	hk_status st = HK_OK;
	/* bisection on the candidate index (deeper need falls with count) */
	size_t lo = 0, hi = nc; /* first feasible index in [lo, hi] */
	while (lo < hi) {
		size_t mid = (lo + hi) / 2, n;
		if ((st = hk_layout(HK_LAYOUT_RECT, cand[mid][0], cand[mid][1], B, B,
				    x, y, cap, &n, err)))
			goto out;
		dd.x = x;
		dd.y = y;
		dd.n = n;
		int ok;
		if ((st = field_ok(&dd, ml, hl, method, H, &ok, err)))
			goto out;
		if (ok)
			hi = mid;
		else
			lo = mid + 1;
	}
	dd.g_fast = d->g_fast;
	for (; lo < nc && !d->g_fast; lo++) { /* confirm at full accuracy */
		size_t n;
		if ((st = hk_layout(HK_LAYOUT_RECT, cand[lo][0], cand[lo][1], B, B,
				    x, y, cap, &n, err)))
			goto out;
		dd.x = x;
		dd.y = y;
		dd.n = n;
		int ok;
		if ((st = field_ok(&dd, ml, hl, method, H, &ok, err)))
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
	size_t n;
	if ((st = hk_layout(HK_LAYOUT_RECT, cand[lo][0], cand[lo][1], B, B, x, y,
			    cap, &n, err)))
		goto out;
	dd.x = x;
	dd.y = y;
	dd.n = n;
	res->n1 = cand[lo][0];
	res->n2 = cand[lo][1];
	res->n = n;
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
	hk_bfdesign dd = *d;
	dd.g_fast = 1; /* search with fast tables, re-size the winner */
	double *bx = malloc(2 * cap * sizeof *bx);
	if (!bx)
		return hk_fail(err, HK_ENOMEM, "best layout: out of memory");
	double *by = bx + cap;
	hk_gcache *gc1 = malloc(sizeof *gc1);
	if (!gc1) {
		free(bx);
		return hk_fail(err, HK_ENOMEM, "best layout: out of memory");
	}
	hk_status st = HK_OK;
	hk_err e2;
	/* a x b and b x a are the same field turned: each pair once (b <= a),
	 * laid the way it fits the land (n1 along W, n2 along L) */
	int amax = n1max > n2max ? n1max : n2max;
	for (int kind = HK_LAYOUT_RECT; kind <= HK_LAYOUT_BOX; kind++)
		for (int a = 1; a <= amax; a++)
			for (int b = 1; b <= a; b++) {
				int n1, n2;
				if (a <= n1max && b <= n2max) {
					n1 = a;
					n2 = b;
				} else if (b <= n1max && a <= n2max) {
					n1 = b;
					n2 = a;
				} else {
					continue;
				}
				if (kind == HK_LAYOUT_BOX && (n1 < 3 || n2 < 3))
					continue;
				size_t n = hk_layout_count(kind, n1, n2);
				if (n > cap || n == 0)
					continue;
				/* lower bound: every metre at H_min is cheaper */
				if (n * hmin(d) >= res->total_m)
					continue;
				if ((st = hk_layout(kind, n1, n2, B, B, bx, by, cap,
						    &n, err)))
					goto out;
				dd.x = bx;
				dd.y = by;
				dd.n = n;
				int beaten;
				if ((st = cannot_beat(&dd, ml, method, fmin(res->total_m / (double)n,
									   hmax(d)), gc1, &beaten, err)))
					goto out;
				if (beaten) {
					res->pruned++;
					continue;
				}
				hk_sizing s;
				res->evaluated++;
				st = hk_size_depth(&dd, ml, NULL, method, NULL, &s, &e2);
				if (st == HK_ENOSOL)
					continue;
				if (st) {
					if (err)
						*err = e2;
					goto out;
				}
				if (s.H < hmin(d) || s.H > hmax(d))
					continue;
				double tot = s.H * (double)n;
				if (tot < res->total_m) {
					res->total_m = tot;
					res->kind = (hk_layout_kind)kind;
					res->n1 = n1;
					res->n2 = n2;
					res->n = n;
					res->sizing = s;
					memcpy(x, bx, n * sizeof *x);
					memcpy(y, by, n * sizeof *y);
				}
			}
	st = HK_OK;
	if (isfinite(res->total_m) && !d->g_fast) {
		dd = *d;
		dd.x = x;
		dd.y = y;
		dd.n = res->n;
		if ((st = hk_size_depth(&dd, ml, NULL, method, NULL, &res->sizing,
					err)))
			goto out;
		res->total_m = res->sizing.H * (double)res->n;
	}
	if (!isfinite(res->total_m))
		st = hk_fail(err, HK_ENOSOL,
			     "no layout in %g x %g m at %g m spacing meets the limits "
			     "within %g..%g m depth: allow deeper boreholes, more "
			     "land or relax the limits", W, L, B, hmin(d), hmax(d));
out:
	free(gc1);
	free(bx);
	return st;
}

/* ---------------------------------------------------------------- */
/* Balance and hybrid                                                */
/* ---------------------------------------------------------------- */

hk_status hk_thermal_balance(const hk_bfdesign *d, const hk_mload *ml,
			     double H, hk_gcache *gc, hk_balance *b,
			     hk_err *err)
{
	hk_status st;
	if ((st = hk_bfdesign_check(d, err)) || (st = hk_mload_check(ml, d->years, err)))
		return st;
	double ext = 0, inj = 0;
	for (size_t m = 0; m < ml->nm; m++) {
		ext += ml->ext_kwh[m];
		inj += ml->inj_kwh[m];
	}
	double yrs = (double)ml->nm / 12.0;
	b->ext_kwh_y = ext / yrs;
	b->inj_kwh_y = inj / yrs;
	double mx = fmax(b->ext_kwh_y, b->inj_kwh_y);
	b->imbalance = mx > 0 ? (b->inj_kwh_y - b->ext_kwh_y) / mx : 0.0;
	size_t nm = (size_t)12 * d->years;
	double *tb = malloc(nm * sizeof *tb);
	if (!tb)
		return hk_fail(err, HK_ENOMEM, "balance: out of memory");
	hk_temps t = {0};
	t.Tb = tb;
	st = hk_temps_l3(d, ml, H, gc, &t, err);
	if (!st) {
		double a = 0, z = 0;
		for (size_t m = 0; m < 12; m++) {
			a += tb[m] / 12.0;
			z += tb[nm - 12 + m] / 12.0;
		}
		b->drift_K = z - a;
	}
	free(tb);
	return st;
}

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
		double P = month_peak_kw(ml, m, kind > 0);
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

typedef struct {
	const hk_bfdesign *d;
	const hk_mload *ml;
	const hk_hload *hl; /* non-NULL: hourly caps and L4 */
	double H;
	hk_gcache *gc;
	double *buf;
} hybrid_ctx;

/* extremes with both caps applied (L3 on months, L4 on hours); the
 * auxiliary energies in kWh over the run */
static hk_status hybrid_eval(hybrid_ctx *c, double cool_cap, double heat_cap,
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
	double tp = peak_hours(c->d);
	cap_months(&cur, +1, cool_cap, tp, ext, inj, pe, pi, aux_cool);
	cap_months(&cur, -1, heat_cap, tp, ext, inj, pe, pi, aux_heat);
	return hk_temps_l3(c->d, &cur, c->H, c->gc, t, err);
}

/* the largest load a cap can shave: injection [0], extraction [1] */
static void hybrid_peaks(const hk_mload *ml, const hk_hload *hl, double pmax[2])
{
	pmax[0] = pmax[1] = 0;
	if (hl) {
		for (size_t h = 0; h < hl->nh; h++) {
			pmax[0] = fmax(pmax[0], hl->inj_kw ? hl->inj_kw[h] : 0);
			pmax[1] = fmax(pmax[1], hl->ext_kw ? hl->ext_kw[h] : 0);
		}
		return;
	}
	for (size_t m = 0; m < ml->nm; m++) {
		pmax[0] = fmax(pmax[0], month_peak_kw(ml, m, 1));
		pmax[1] = fmax(pmax[1], month_peak_kw(ml, m, 0));
	}
}

hk_status hk_hybrid_size(const hk_bfdesign *d, const hk_mload *ml,
			 const hk_hload *hl, double H, hk_gcache *gc,
			 hk_hybrid *res, hk_err *err)
{
	hk_status st;
	if ((st = hk_bfdesign_check(d, err)))
		return st;
	if (hl ? (st = hk_hload_check(hl, d->years, err))
	       : (st = hk_mload_check(ml, d->years, err)))
		return st;
	hk_gcache own;
	gc = gcache_or_own(gc, &own, d);
	size_t n = hl ? hl->nh : ml->nm;
	hybrid_ctx c = {d, hl ? NULL : ml, hl, H, gc,
			malloc((hl ? 2 : 4) * n * sizeof(double))};
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
