/* heatpump.c - Q = q·K1·K2, unit count, operation (see heatpump.h). */
#include "heatpump.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

const char hk_src_k2_default[] =
	"Malan paper §3.2 (GB 50736-2012 §8.3.2 条文说明: 0.8 for two defrosts per"
	" hour [UNVERIFIED], 0.9 for one [SRC])";
const char hk_src_q_k1_k2[] =
	"Q = q·K1·K2, q at 7 ℃ DB/6 ℃ WB: GB 50736-2012 §8.3.2 条文说明"
	" (standards-notes §3.1), as used in the Malan paper §3.2";
const char hk_src_cop_min[] =
	"COP >= 2.0 at the winter design condition: GB 50736-2012 §8.3.1(2)"
	" (冷热水机组; standards-notes §3.1 [SRC])";
const char hk_src_round_tol[] =
	"unit count: round up unless one unit fewer leaves the load short by no"
	" more than 0.5 % of it (toolkit rule, not a standard clause; it"
	" reproduces the Malan paper's 22 heating units for 1893.4 kW at"
	" 86.0 kW, malan-worked-numbers.md)";

const char hk_src_t_water[] =
	"Malan paper §3.2 (供回水温度 45/35 ℃)";

static const char *const warn_text[HK_HPW_NBITS] = {
	"outdoor temperature outside the catalog table: extrapolated",
	"water temperature outside the catalog table: extrapolated",
	"COP below 2.0 at the design condition (GB 50736-2012 §8.3.1)",
	"outdoor temperature below the unit's operating limit",
	"catalog capacity includes defrost: K2 not applied again",
	"unit count rounded down within the shortfall tolerance",
	"load above the installed heat-pump capacity",
	"no COP for this model (no table and no override)",
};

const char *hk_hp_warning_text(unsigned bit)
{
	for (int i = 0; i < HK_HPW_NBITS; i++)
		if (bit == 1u << i)
			return warn_text[i];
	return NULL;
}

void hk_hp_model_init(hk_hp_model *m, const char *name, double rated_kw,
		      double rated_power_kw)
{
	memset(m, 0, sizeof *m);
	snprintf(m->name, sizeof m->name, "%s", name ? name : "");
	m->rated_kw = rated_kw;
	m->rated_power_kw = rated_power_kw;
	for (size_t w = 0; w < HK_HP_MAX_W; w++)
		for (size_t t = 0; t < HK_HP_MAX_T; t++)
			m->k1[w][t] = m->cop[w][t] = NAN;
	m->min_t_out_c = NAN;
	m->defrost = HK_DEFROST_PEAK;
	m->source = "";
}

/* insert v into the ascending axis a[0..*n) of at most cap values (no
 * duplicates); 0 when it is full */
static int axis_put(double *a, size_t *n, size_t cap, double v)
{
	size_t i, j;
	for (i = 0; i < *n && a[i] < v; i++)
		;
	if (i < *n && a[i] == v)
		return 1;
	if (*n >= cap)
		return 0;
	for (j = (*n)++; j > i; j--)
		a[j] = a[j - 1];
	a[i] = v;
	return 1;
}

static size_t axis_at(const double *a, size_t n, double v)
{
	size_t i;
	for (i = 0; i < n && a[i] != v; i++)
		;
	return i;
}

hk_status hk_hp_model_set_points(hk_hp_model *m, const hk_hp_ratio *p, size_t n, hk_err *err)
{
	size_t i;
	m->nt = m->nw = 0;
	for (i = 0; i < n; i++) {
		if (!axis_put(m->t_out, &m->nt, HK_HP_MAX_T, p[i].t_out_c))
			return hk_fail(err, HK_ERANGE, "more than %d outdoor temperatures: expected at most %d",
				       HK_HP_MAX_T, HK_HP_MAX_T);
		if (!axis_put(m->t_water, &m->nw, HK_HP_MAX_W, p[i].t_water_c))
			return hk_fail(err, HK_ERANGE, "more than %d water temperatures: expected at most %d",
				       HK_HP_MAX_W, HK_HP_MAX_W);
	}
	for (i = 0; i < n; i++) {
		size_t a = axis_at(m->t_out, m->nt, p[i].t_out_c), b = axis_at(m->t_water, m->nw, p[i].t_water_c);
		m->k1[b][a] = p[i].k1;
		m->cop[b][a] = p[i].cop;
	}
	return HK_OK;
}

/* an axis of a model's table (outdoor or water temperatures): finite and
 * strictly ascending, else HK_EINVAL naming the first value that is not */
static hk_status ascending(const char *model, const char *axis, const double *a, size_t n, hk_err *err)
{
	for (size_t i = 0; i < n; i++)
		if (!isfinite(a[i]) || (i && !(a[i] > a[i - 1])))
			return hk_fail(err, HK_EINVAL, "model %s: %s temperatures must ascend (at %g ℃)", model, axis,
				       a[i]);
	return HK_OK;
}

hk_status hk_hp_model_check(const hk_hp_model *m, hk_err *err)
{
	if (!(m->rated_kw > 0) || !isfinite(m->rated_kw))
		return hk_fail(err, HK_EINVAL,
			       "model %s: rated capacity %g kW: expected > 0",
			       m->name, m->rated_kw);
	if (m->nt < 1 || m->nt > HK_HP_MAX_T || m->nw < 1 ||
	    m->nw > HK_HP_MAX_W)
		return hk_fail(err, HK_EINVAL,
			       "model %s: table of %zu outdoor × %zu water"
			       " temperatures: expected 1-%d × 1-%d", m->name,
			       m->nt, m->nw, HK_HP_MAX_T, HK_HP_MAX_W);
	if (ascending(m->name, "outdoor", m->t_out, m->nt, err) != HK_OK ||
	    ascending(m->name, "water", m->t_water, m->nw, err) != HK_OK)
		return HK_EINVAL;
	for (size_t w = 0; w < m->nw; w++)
		for (size_t t = 0; t < m->nt; t++)
			if (!isnan(m->k1[w][t]) && !(m->k1[w][t] > 0))
				return hk_fail(err, HK_EINVAL,
					       "model %s: K1 %g at %g ℃/%g ℃:"
					       " expected > 0", m->name,
					       m->k1[w][t], m->t_out[t],
					       m->t_water[w]);
	return HK_OK;
}

/* Locate x on axis a[0..n-1]: index i of the segment [a[i], a[i+1]] and
 * weight u (0 at a[i]); u outside [0,1] when extrapolating.  Returns 1
 * when x is outside the axis. */
static int locate(const double *a, size_t n, double x, size_t *i, double *u)
{
	const double eps = 1e-9;
	if (n == 1) {
		*i = 0;
		*u = 0;
		return fabs(x - a[0]) > eps;
	}
	size_t k = 0;
	while (k + 2 < n && x > a[k + 1])
		k++;
	*i = k;
	*u = (x - a[k]) / (a[k + 1] - a[k]);
	return x < a[0] - eps || x > a[n - 1] + eps;
}

static double bilin(const double tab[HK_HP_MAX_W][HK_HP_MAX_T], size_t nt,
		    size_t nw, size_t it, double ut, size_t iw, double uw)
{
	size_t t1 = nt > 1 ? it + 1 : it, w1 = nw > 1 ? iw + 1 : iw;
	double a = tab[iw][it], b = tab[iw][t1];
	double c = tab[w1][it], d = tab[w1][t1];
	double lo = a + (b - a) * ut, hi = c + (d - c) * ut;
	return lo + (hi - lo) * uw;
}

static int cell_nan(const double tab[HK_HP_MAX_W][HK_HP_MAX_T], size_t nt,
		    size_t nw, size_t it, size_t iw)
{
	size_t t1 = nt > 1 ? it + 1 : it, w1 = nw > 1 ? iw + 1 : iw;
	return isnan(tab[iw][it]) || isnan(tab[iw][t1]) ||
	       isnan(tab[w1][it]) || isnan(tab[w1][t1]);
}

/* The bilinear value from the corners that carry weight only: a table
 * with holes (certified capacity points at some water temperatures only,
 * e.g. −22 ℃ at 35 ℃ but not at 55 ℃) is still exact on its grid lines.
 * *missing = 1 when a corner with weight is NaN.  Used only when the cell
 * has a NaN corner, so a full table is interpolated as before (bilin). */
static double cell_weighted(const double tab[HK_HP_MAX_W][HK_HP_MAX_T], size_t nt,
			    size_t nw, size_t it, double ut, size_t iw, double uw,
			    int *missing)
{
	double v = 0;
	*missing = 0;
	for (size_t a = 0; a < 2; a++) {
		double wa = a ? ut : 1 - ut;
		if ((a && nt == 1) || wa == 0)
			continue;
		for (size_t b = 0; b < 2; b++) {
			double wb = b ? uw : 1 - uw, x;
			if ((b && nw == 1) || wb == 0)
				continue;
			x = tab[iw + b][it + a];
			if (isnan(x)) {
				*missing = 1;
				return NAN;
			}
			v += wa * wb * x; /* bilinear: Σ corner weights × values */
		}
	}
	return v;
}

/* COP along water row w where the catalog gives COP at fewer outdoor
 * temperatures than capacity (e.g. the Malan unit: −10 and 7 ℃ only):
 * linear between the nearest outdoor temperatures that have a COP on each
 * side of t_out (toolkit choice); NaN when t_out is not bracketed. */
static double row_cop(const hk_hp_model *m, size_t w, double t, int extrap)
{
	size_t i, lo = m->nt, hi = m->nt, first = m->nt, second = m->nt, last = m->nt, prev = m->nt;
	for (i = 0; i < m->nt; i++) {
		if (isnan(m->cop[w][i]))
			continue;
		if (first == m->nt)
			first = i;
		else if (second == m->nt)
			second = i;
		prev = last;
		last = i;
		if (m->t_out[i] <= t)
			lo = i;
		if (m->t_out[i] >= t && hi == m->nt)
			hi = i;
	}
	if ((lo == m->nt || hi == m->nt) && extrap && first != m->nt) {
		/* beyond the COP points: the nearest end segment extended */
		if (second == m->nt)
			return m->cop[w][first];
		if (lo == m->nt) {
			lo = first;
			hi = second;
		} else {
			lo = prev;
			hi = last;
		}
	}
	if (lo == m->nt || hi == m->nt)
		return NAN;
	if (lo == hi)
		return m->cop[w][lo];
	return m->cop[w][lo] + (m->cop[w][hi] - m->cop[w][lo]) * (t - m->t_out[lo]) /
				       (m->t_out[hi] - m->t_out[lo]);
}

static double sparse_cop(const hk_hp_model *m, double t_out, size_t iw, double uw, int extrap)
{
	double a = row_cop(m, iw, t_out, extrap), b;
	if (m->nw == 1 || uw == 0)
		return a;
	b = row_cop(m, iw + 1, t_out, extrap);
	return a + (b - a) * uw; /* linear in water temperature */
}

/* locate x on an axis of model's table (outdoor or water temperature); off
 * the axis: HK_ERANGE unless allow, else flag added to *f */
static hk_status on_axis(const char *model, const char *axis, const double *a, size_t n, double x, int allow,
			 size_t *i, double *u, unsigned flag, unsigned *f, hk_err *err)
{
	if (!locate(a, n, x, i, u))
		return HK_OK;
	if (!allow)
		return hk_fail(err, HK_ERANGE,
			       "model %s: %s %g ℃ outside the catalog table (%g to %g ℃); extrapolate only if allowed",
			       model, axis, x, a[0], a[n - 1]);
	*f |= flag;
	return HK_OK;
}

hk_status hk_hp_interp(const hk_hp_model *m, double t_out, double t_water,
		       int allow_extrap, double *k1, double *cop,
		       unsigned *flags, hk_err *err)
{
	size_t it, iw;
	double ut, uw;
	unsigned f = 0;
	if (!isfinite(t_out) || !isfinite(t_water))
		return hk_fail(err, HK_EINVAL,
			       "model %s: temperature not a number", m->name);
	if (on_axis(m->name, "outdoor", m->t_out, m->nt, t_out, allow_extrap, &it, &ut, HK_HPW_EXTRAP_T, &f, err) != HK_OK ||
	    on_axis(m->name, "water", m->t_water, m->nw, t_water, allow_extrap, &iw, &uw, HK_HPW_EXTRAP_W, &f, err) != HK_OK)
		return HK_ERANGE;
	if (cell_nan(m->k1, m->nt, m->nw, it, iw)) {
		int missing;
		*k1 = cell_weighted(m->k1, m->nt, m->nw, it, ut, iw, uw, &missing);
		if (missing)
			return hk_fail(err, HK_ERANGE,
				       "model %s: no K1 data around %g ℃ outdoor, %g ℃"
				       " water", m->name, t_out, t_water);
	} else {
		/* Bilinear interpolation in (t_out, t_water): toolkit choice. */
		*k1 = bilin(m->k1, m->nt, m->nw, it, ut, iw, uw);
	}
	if (!(*k1 > 0))
		return hk_fail(err, HK_ERANGE,
			       "model %s: K1 extrapolated to %g at %g ℃", m->name,
			       *k1, t_out);
	if (cop) {
		int missing;
		if (!cell_nan(m->cop, m->nt, m->nw, it, iw))
			*cop = bilin(m->cop, m->nt, m->nw, it, ut, iw, uw);
		else if (*cop = cell_weighted(m->cop, m->nt, m->nw, it, ut, iw,
					      uw, &missing), missing)
			*cop = sparse_cop(m, t_out, iw, uw, allow_extrap);
		if (isnan(*cop))
			f |= HK_HPW_NO_COP;
	}
	if (flags)
		*flags |= f;
	return HK_OK;
}

double hk_k2_at(const hk_k2 *k2, const hk_hp_model *m, double t_out,
		unsigned *flags)
{
	if (m && m->defrost == HK_DEFROST_INTEGRATED) {
		if (flags)
			*flags |= HK_HPW_K2_SKIPPED;
		return 1.0;
	}
	if (!k2)
		return HK_K2_DEFAULT;
	if (k2->n == 0)
		return k2->value;
	if (t_out <= k2->t[0])
		return k2->k2[0];
	for (size_t i = 1; i < k2->n; i++)
		if (t_out <= k2->t[i])
			return k2->k2[i - 1] + (k2->k2[i] - k2->k2[i - 1]) *
			       (t_out - k2->t[i - 1]) / (k2->t[i] - k2->t[i - 1]);
	return k2->k2[k2->n - 1];
}

int hk_units_needed(double load_kw, double cap_kw, double tol,
		    int *rounded_down)
{
	if (rounded_down)
		*rounded_down = 0;
	if (!(load_kw > 0) || !(cap_kw > 0))
		return 0;
	double x = load_kw / cap_kw;
	double fl = floor(x);
	if (fl == x)
		return (int)fl;
	/* Toolkit rule (malan-worked-numbers.md): keep floor when the
	 * shortfall is within tol of the load. */
	if (fl >= 1 && load_kw - fl * cap_kw <= tol * load_kw) {
		if (rounded_down)
			*rounded_down = 1;
		return (int)fl;
	}
	return (int)fl + 1;
}

hk_hp_opts hk_hp_opts_default(void)
{
	hk_hp_opts o = {45.0, NULL, HK_ROUND_TOL_DEFAULT, 0, NAN};
	return o;
}

static double tol_of(const hk_hp_opts *o)
{
	return isnan(o->round_tol) ? HK_ROUND_TOL_DEFAULT : o->round_tol;
}

hk_status hk_hp_size(const hk_hp_model *m, double q_design_kw,
		     double t_basis_c, const hk_hp_opts *o, hk_hp_design *d,
		     hk_err *err)
{
	memset(d, 0, sizeof *d);
	hk_status st = hk_hp_model_check(m, err);
	if (st)
		return st;
	if (!(q_design_kw > 0) || !isfinite(q_design_kw))
		return hk_fail(err, HK_EINVAL,
			       "design load %g kW: expected > 0", q_design_kw);
	if (!(tol_of(o) >= 0 && tol_of(o) < 1))
		return hk_fail(err, HK_EINVAL,
			       "rounding tolerance %g: expected 0 <= tol < 1",
			       o->round_tol);
	unsigned f = 0;
	double cop;
	st = hk_hp_interp(m, t_basis_c, o->t_water_c, o->allow_extrap, &d->k1,
			  &cop, &f, err);
	if (st)
		return st;
	if (isfinite(o->cop_override)) {
		cop = o->cop_override;
		f &= ~(unsigned)HK_HPW_NO_COP;
	}
	d->t_basis_c = t_basis_c;
	d->k2 = hk_k2_at(o->k2, m, t_basis_c, &f);
	/* GB 50736-2012 §8.3.2: Q = q·K1·K2. */
	d->q_unit_kw = m->rated_kw * d->k1 * d->k2;
	d->n_exact = q_design_kw / d->q_unit_kw;
	/* checked as a double: a count past int's range is not converted */
	if (!(d->n_exact <= HK_HP_MAX_UNITS))
		return hk_fail(err, HK_ERANGE,
			       "design load %g kW needs %.3g units of %g kW: expected at most %d units "
			       "(a load in kW, not W?)", q_design_kw, d->n_exact, d->q_unit_kw,
			       HK_HP_MAX_UNITS);
	int down;
	d->units = hk_units_needed(q_design_kw, d->q_unit_kw, tol_of(o), &down);
	if (down)
		f |= HK_HPW_ROUNDED_DOWN;
	d->installed_kw = d->units * d->q_unit_kw;
	d->rated_total_kw = d->units * m->rated_kw;
	d->margin = d->installed_kw / q_design_kw - 1;
	d->cop = cop;
	d->power_kw = isfinite(cop) && cop > 0 ? q_design_kw / cop : NAN;
	/* GB 50736-2012 §8.3.1(2): COP >= 2.0 at the design condition. */
	if (isfinite(cop) && cop < HK_COP_MIN_DESIGN)
		f |= HK_HPW_COP_LOW;
	if (isfinite(m->min_t_out_c) && t_basis_c < m->min_t_out_c)
		f |= HK_HPW_BELOW_LIMIT;
	d->flags = f;
	return HK_OK;
}

hk_status hk_hp_run(const hk_hp_model *m, int n_units, const hk_step *s,
		    size_t n, const hk_hp_opts *o, hk_hp_step *out,
		    unsigned *flags_all, hk_err *err)
{
	unsigned all = 0;
	if (flags_all)
		*flags_all = 0;
	hk_status st = hk_hp_model_check(m, err);
	if (st)
		return st;
	if (n_units < 1)
		return hk_fail(err, HK_EINVAL, "units %d: expected >= 1",
			       n_units);
	double tol = tol_of(o);
	int have_override = isfinite(o->cop_override) && o->cop_override > 0;
	/* Typical-day profiles repeat t_out for many steps: reuse. */
	double last_t = NAN, k1 = NAN, cop = NAN;
	unsigned tf = 0;
	for (size_t i = 0; i < n; i++) {
		hk_hp_step *r = &out[i];
		if (!(s[i].t_out_c == last_t)) {
			tf = 0;
			st = hk_hp_interp(m, s[i].t_out_c, o->t_water_c,
					  o->allow_extrap, &k1, &cop, &tf, err);
			if (st) {
				/* the caller, who knows the day's name, names
				 * the step from err->item */
				if (err)
					err->item = (long)i + 1;
				return st;
			}
			if (have_override) {
				cop = o->cop_override;
				tf &= ~(unsigned)HK_HPW_NO_COP;
			}
			if (tf & HK_HPW_NO_COP)
				return hk_fail_item(err, HK_EINVAL, (long)i + 1,
						    "model %s: no COP at %g ℃ and no"
						    " COP given", m->name, s[i].t_out_c);
			if (isfinite(m->min_t_out_c) &&
			    s[i].t_out_c < m->min_t_out_c)
				tf |= HK_HPW_BELOW_LIMIT;
			last_t = s[i].t_out_c;
		}
		unsigned f = tf;
		r->k1 = k1;
		r->k2 = hk_k2_at(o->k2, m, s[i].t_out_c, &f);
		r->q_unit_kw = m->rated_kw * r->k1 * r->k2; /* GB 50736 §8.3.2 */
		r->capacity_kw = n_units * r->q_unit_kw;
		double load = s[i].load_kw > 0 ? s[i].load_kw : 0;
		r->heat_kw = load < r->capacity_kw ? load : r->capacity_kw;
		if (load > r->capacity_kw * (1 + tol))
			f |= HK_HPW_SHORT;
		int down;
		r->units_on = hk_units_needed(load, r->q_unit_kw, tol, &down);
		if (r->units_on > n_units)
			r->units_on = n_units;
		if (down)
			f |= HK_HPW_ROUNDED_DOWN;
		r->plr = r->units_on ? r->heat_kw / (r->units_on * r->q_unit_kw)
				     : 0;
		r->cop = cop;
		r->power_kw = r->heat_kw / cop;
		r->spare_kw = r->capacity_kw - r->heat_kw;
		r->flags = f;
		all |= f;
	}
	if (flags_all)
		*flags_all = all;
	return HK_OK;
}
