/* storage.c - tank capacity, Table 1 rows, simulation, sizing (storage.h). */
#include "storage.h"

#include <math.h>
#include <string.h>

#include "cashflow.h"

const char hk_src_tank_dt[] =
	"ΔT 10 K: Malan paper §3.3 (1000 m³ ↔ 11628 kWh; 45/35 ℃ supply/return,"
	" §3.2)";
const char hk_src_rho_c[] =
	"ρc 1.163 kWh/(m³·K) = 4.187/3.6 (standards-notes §5.1 [DERIVED]);"
	" the paper uses 1.1628";
const char hk_src_tank_eta[] =
	"η 1.0 on the effective volume: Malan paper §3.3 (有效容积 1000 m³ ↔"
	" 11628 kWh); the handbook formula (standards-notes §5.1) uses η ≈ 0.85"
	" on the built volume";
const char hk_src_vol_ratio[] =
	"P 1.08 built/effective volume: standards-notes §5.1 (容积率 1.08-1.30,"
	" low end for large stratified tanks [SRC])";
const char hk_src_h_over_d[] =
	"H/D 1.5 for a vertical tank: toolkit assumption (taller favours"
	" stratification, H = D minimises surface heat loss)";
const char hk_src_scan_defaults[] =
	"scan prices: Malan paper Table 2 (tank 1500 元/m³, pumps 1.0 元/W, land"
	" 240 元/m²); pumps 66 kW and land 616 m² per 1000 m³ from Table 3,"
	" scaled linearly (toolkit assumption); rate 8 % and life 20 years:"
	" toolkit assumption";

#define EPS_H 1e-12

hk_tank_params hk_tank_params_default(void)
{
	hk_tank_params p = {10.0, HK_RHO_C_WATER, 1.0, 1.08, 1.5};
	return p;
}

hk_status hk_tank_check(const hk_tank_params *p, hk_err *err)
{
	if (!(p->dt_k > 0) || !isfinite(p->dt_k))
		return hk_fail(err, HK_EINVAL,
			       "tank ΔT %g K: expected > 0", p->dt_k);
	if (!(p->rho_c > 0) || !isfinite(p->rho_c))
		return hk_fail(err, HK_EINVAL,
			       "tank ρc %g kWh/(m³·K): expected > 0", p->rho_c);
	if (!(p->eta > 0 && p->eta <= 1))
		return hk_fail(err, HK_EINVAL,
			       "tank efficiency %g: expected 0 < η <= 1", p->eta);
	if (!(p->vol_ratio >= 1) || !isfinite(p->vol_ratio))
		return hk_fail(err, HK_EINVAL,
			       "tank volume ratio %g: expected >= 1",
			       p->vol_ratio);
	if (!(p->h_over_d > 0) || !isfinite(p->h_over_d))
		return hk_fail(err, HK_EINVAL,
			       "tank H/D %g: expected > 0", p->h_over_d);
	return HK_OK;
}

hk_status hk_tank_capacity_kwh(const hk_tank_params *p, double v_m3,
			       double *kwh, hk_err *err)
{
	hk_status st = hk_tank_check(p, err);
	if (st)
		return st;
	if (!(v_m3 >= 0) || !isfinite(v_m3))
		return hk_fail(err, HK_EINVAL,
			       "tank volume %g m³: expected >= 0", v_m3);
	/* standards-notes §5.1 / Malan §3.3: Q = V·ρc·ΔT·η. */
	*kwh = v_m3 * p->rho_c * p->dt_k * p->eta;
	return HK_OK;
}

hk_status hk_tank_volume_m3(const hk_tank_params *p, double kwh, double *v_m3,
			    hk_err *err)
{
	hk_status st = hk_tank_check(p, err);
	if (st)
		return st;
	if (!(kwh >= 0) || !isfinite(kwh))
		return hk_fail(err, HK_EINVAL,
			       "stored heat %g kWh: expected >= 0", kwh);
	*v_m3 = kwh / (p->rho_c * p->dt_k * p->eta);
	return HK_OK;
}

hk_status hk_tank_dims(const hk_tank_params *p, double v_eff_m3,
		       double *v_built_m3, double *d_m, double *h_m,
		       hk_err *err)
{
	hk_status st = hk_tank_check(p, err);
	if (st)
		return st;
	if (!(v_eff_m3 > 0) || !isfinite(v_eff_m3))
		return hk_fail(err, HK_EINVAL,
			       "tank volume %g m³: expected > 0", v_eff_m3);
	/* standards-notes §5.1: built volume = effective × P. */
	double v = v_eff_m3 * p->vol_ratio;
	/* Cylinder V = π/4·D²·H with H = r·D → D = (4V/(π r))^(1/3). */
	double d = cbrt(4.0 * v / (M_PI * p->h_over_d));
	*v_built_m3 = v;
	*d_m = d;
	*h_m = p->h_over_d * d;
	return HK_OK;
}

/* ---- pieces of a step by tariff period ---------------------------- */

typedef struct piece {
	hk_period_kind kind;
	double price, h;
} piece;

/* Split [a, b) (0 <= a < b <= 24) into tariff pieces, in time order. */
static size_t split(const hk_tariff *t, double a, double b, piece *p)
{
	size_t k = 0;
	for (size_t i = 0; i < t->n; i++) {
		double lo = fmax(a, t->seg[i].start_h);
		double hi = fmin(b, t->seg[i].end_h);
		if (hi > lo + EPS_H) {
			p[k].kind = t->seg[i].kind;
			p[k].price = t->seg[i].price;
			p[k].h = hi - lo;
			k++;
		}
	}
	return k;
}

static int is_valley(hk_period_kind k)
{
	return k == HK_PER_VALLEY || k == HK_PER_DEEP_VALLEY;
}

static int is_peak(hk_period_kind k)
{
	return k == HK_PER_PEAK || k == HK_PER_SHARP;
}

static hk_status check_steps(const hk_step *s, size_t n, hk_err *err)
{
	for (size_t i = 0; i < n; i++) {
		if (!(s[i].start_h >= 0 && s[i].start_h < s[i].end_h &&
		      s[i].end_h <= 24))
			return hk_fail(err, HK_EINVAL,
				       "step %zu: hours %g-%g: expected 0 <="
				       " start < end <= 24", i + 1,
				       s[i].start_h, s[i].end_h);
		if (i && !(s[i].day == s[i - 1].day ||
			   s[i].day == s[i - 1].day + 1))
			return hk_fail(err, HK_EINVAL,
				       "step %zu: day %d after day %d: days must"
				       " run 0, 1, 2, ... in order", i + 1,
				       s[i].day, s[i - 1].day);
		if (i && s[i].day == s[i - 1].day &&
		    s[i].start_h < s[i - 1].end_h - 1e-9)
			return hk_fail(err, HK_EINVAL,
				       "step %zu: starts at %g h before the"
				       " previous step ends", i + 1, s[i].start_h);
		if (!isfinite(s[i].load_kw) || !isfinite(s[i].days) ||
		    s[i].days < 0)
			return hk_fail(err, HK_EINVAL,
				       "step %zu: load or day count not a"
				       " number", i + 1);
	}
	return HK_OK;
}

/* ---- Table 1 ------------------------------------------------------- */

hk_status hk_store_days(const hk_step *s, const hk_hp_step *hp, size_t n,
			int n_units, const hk_tariff *t, double tank_kwh,
			double round_tol, hk_store_day *out, size_t cap,
			size_t *nd, hk_err *err)
{
	piece pc[2 * HK_TARIFF_MAX];
	*nd = 0;
	if (!(tank_kwh >= 0) || !isfinite(tank_kwh))
		return hk_fail(err, HK_EINVAL,
			       "tank capacity %g kWh: expected >= 0", tank_kwh);
	if (isnan(round_tol))
		round_tol = HK_ROUND_TOL_DEFAULT;
	hk_status st = check_steps(s, n, err);
	if (st)
		return st;
	size_t i = 0;
	while (i < n) {
		if (*nd >= cap)
			return hk_fail(err, HK_ERANGE,
				       "day table: more than %zu days", cap);
		hk_store_day *d = &out[(*nd)++];
		memset(d, 0, sizeof *d);
		d->day = s[i].day;
		d->days = s[i].days;
		d->tank_kwh = tank_kwh;
		double lh = 0, qh = 0, th = 0;
		for (; i < n && s[i].day == d->day; i++) {
			size_t k = split(t, s[i].start_h, s[i].end_h, pc);
			double load = s[i].load_kw > 0 ? s[i].load_kw : 0;
			double vh = 0;
			for (size_t j = 0; j < k; j++) {
				if (is_valley(pc[j].kind))
					vh += pc[j].h;
				else if (is_peak(pc[j].kind))
					d->peak_h += pc[j].h;
				/* Malan Table 1: peak demand = load × peak
				 * hours. */
				if (is_peak(pc[j].kind))
					d->peak_demand_kwh += load * pc[j].h;
			}
			if (vh <= 0)
				continue;
			d->valley_h += vh;
			lh += load * vh;
			qh += hp[i].q_unit_kw * vh;
			th += s[i].t_out_c * vh;
			/* Malan Table 1 (malan-worked-numbers.md): the whole
			 * spare capacity (N·q_eff − load) × valley hours. */
			d->capability_kwh += hp[i].spare_kw * vh;
			int u = hk_units_needed(load, hp[i].q_unit_kw, round_tol,
						NULL);
			if (u > n_units)
				u = n_units;
			if (u > d->units_heating)
				d->units_heating = u;
		}
		if (d->valley_h > 0) {
			d->night_load_kw = lh / d->valley_h;
			d->q_unit_kw = qh / d->valley_h;
			d->t_out_c = th / d->valley_h;
		} else {
			d->t_out_c = NAN;
		}
		d->units_storing = n_units - d->units_heating;
		/* Malan §3.3: stored = min(capability, tank, demand). */
		d->stored_kwh = d->capability_kwh;
		d->limit = 0;
		if (tank_kwh < d->stored_kwh) {
			d->stored_kwh = tank_kwh;
			d->limit = 1;
		}
		if (d->peak_demand_kwh < d->stored_kwh) {
			d->stored_kwh = d->peak_demand_kwh;
			d->limit = 2;
		}
	}
	return HK_OK;
}

/* ---- simulation ---------------------------------------------------- */

hk_store_opts hk_store_opts_default(double tank_kwh)
{
	hk_store_opts o = {tank_kwh, 1, 0, 0, 0, NAN, NAN};
	return o;
}

/* Peak demand (kWh) of step i and whether it contains valley time. */
static double step_peak(const hk_tariff *t, const hk_step *s, int *valley)
{
	piece pc[2 * HK_TARIFF_MAX];
	size_t k = split(t, s->start_h, s->end_h, pc);
	double load = s->load_kw > 0 ? s->load_kw : 0, pd = 0;
	*valley = 0;
	for (size_t j = 0; j < k; j++) {
		if (is_peak(pc[j].kind))
			pd += load * pc[j].h;
		if (is_valley(pc[j].kind))
			*valley = 1;
	}
	return pd;
}

/* reserve_kwh[i] = peak demand in the steps after i up to the next step
 * with valley time.  Periodic: within [a, b), wrapping once. */
static void reserves(const hk_tariff *t, const hk_step *s, size_t a, size_t b,
		     int periodic, hk_store_step *out)
{
	double r = 0;
	int any_valley = 0, v;
	for (size_t i = a; i < b; i++) {
		step_peak(t, &s[i], &v);
		any_valley |= v;
	}
	int passes = (periodic && any_valley) ? 2 : 1;
	for (int p = 0; p < passes; p++) {
		for (size_t i = b; i-- > a;) {
			out[i].reserve_kwh = r;
			double pd = step_peak(t, &s[i], &v);
			r = v ? 0 : r + pd;
		}
	}
}

/* One pass over steps [a, b) from soc; returns the end state. */
static double pass(const hk_step *s, const hk_hp_step *hp, size_t a,
		   size_t b, const hk_tariff *t, const hk_store_opts *o,
		   double soc, hk_store_step *out)
{
	piece pc[2 * HK_TARIFF_MAX];
	double cap = o->tank_kwh;
	double maxc = isnan(o->max_charge_kw) ? INFINITY : o->max_charge_kw;
	double maxd = isnan(o->max_discharge_kw) ? INFINITY
						 : o->max_discharge_kw;
	for (size_t i = a; i < b; i++) {
		hk_store_step *r = &out[i];
		double reserve = r->reserve_kwh;
		size_t k = split(t, s[i].start_h, s[i].end_h, pc);
		double load = s[i].load_kw > 0 ? s[i].load_kw : 0;
		double capy = hp[i].capacity_kw, cop = hp[i].cop;
		double ahead = 0; /* peak demand later in this step */
		for (size_t j = 0; j < k; j++)
			if (is_peak(pc[j].kind))
				ahead += load * pc[j].h;
		r->charge_kwh = r->discharge_kwh = r->hp_heat_kwh = 0;
		r->unmet_kwh = r->elec_kwh = r->cost = 0;
		for (size_t j = 0; j < k; j++) {
			double h = pc[j].h, c = 0, d = 0;
			if (is_peak(pc[j].kind))
				ahead -= load * h;
			if (cap > 0 && is_valley(pc[j].kind)) {
				/* Charge from spare capacity (Malan Table 1). */
				c = fmin(fmax(capy - load, 0), maxc);
				c = fmin(c, (cap - soc) / h);
			} else if (cap > 0 && is_peak(pc[j].kind)) {
				d = fmin(fmin(load, maxd), soc / h);
			} else if (cap > 0 && pc[j].kind == HK_PER_FLAT) {
				/* Peak first: keep what later peaks need. */
				double spare = soc - reserve - ahead;
				if (spare > 0)
					d = fmin(fmin(load, maxd), spare / h);
			}
			if (c < 0)
				c = 0;
			if (d < 0)
				d = 0;
			soc += (c - d) * h;
			if (soc < 0)
				soc = 0;
			if (soc > cap)
				soc = cap;
			double made = load - d + c;
			if (made > capy) {
				r->unmet_kwh += (made - capy) * h;
				made = capy;
			}
			double e = made / cop * h;
			if (c > 0)
				e += o->pump_charge_kw * h;
			if (d > 0)
				e += o->pump_discharge_kw * h;
			r->charge_kwh += c * h;
			r->discharge_kwh += d * h;
			r->hp_heat_kwh += made * h;
			r->elec_kwh += e;
			r->cost += e * pc[j].price;
		}
		double hs = s[i].end_h - s[i].start_h;
		r->hp_heat_kw = r->hp_heat_kwh / hs;
		r->power_kw = r->elec_kwh / hs;
		r->soc_kwh = soc;
	}
	return soc;
}

hk_status hk_store_sim(const hk_step *s, const hk_hp_step *hp, size_t n,
		       const hk_tariff *t, const hk_store_opts *o,
		       hk_store_step *out, hk_err *err)
{
	if (!(o->tank_kwh >= 0) || !isfinite(o->tank_kwh))
		return hk_fail(err, HK_EINVAL,
			       "tank capacity %g kWh: expected >= 0",
			       o->tank_kwh);
	if (!(o->pump_charge_kw >= 0) || !(o->pump_discharge_kw >= 0))
		return hk_fail(err, HK_EINVAL,
			       "storage pump power: expected >= 0");
	hk_status st = check_steps(s, n, err);
	if (st)
		return st;
	for (size_t i = 0; i < n; i++)
		if (!(hp[i].cop > 0) || !isfinite(hp[i].cop))
			return hk_fail(err, HK_EINVAL,
				       "step %zu: COP %g: expected > 0", i + 1,
				       hp[i].cop);
	if (!o->periodic) {
		double soc = fmin(fmax(o->soc0_kwh, 0), o->tank_kwh);
		reserves(t, s, 0, n, 0, out);
		pass(s, hp, 0, n, t, o, soc, out);
		return HK_OK;
	}
	for (size_t a = 0; a < n;) {
		size_t b = a;
		while (b < n && s[b].day == s[a].day)
			b++;
		reserves(t, s, a, b, 1, out);
		/* Iterate the day as a cycle until its end state repeats. */
		double soc = 0;
		for (int it = 0; it < 50; it++) {
			double end = pass(s, hp, a, b, t, o, soc, out);
			double tol = 1e-9 * (o->tank_kwh > 1 ? o->tank_kwh : 1);
			int done = fabs(end - soc) <= tol;
			soc = end;
			if (done)
				break;
		}
		a = b;
	}
	return HK_OK;
}

void hk_store_annual(const hk_step *s, const hk_store_step *r, size_t n,
		     double *elec_kwh, double *cost)
{
	double e = 0, c = 0;
	for (size_t i = 0; i < n; i++) {
		e += r[i].elec_kwh * s[i].days;
		c += r[i].cost * s[i].days;
	}
	if (elec_kwh)
		*elec_kwh = e;
	if (cost)
		*cost = c;
}

/* ---- sizing -------------------------------------------------------- */

hk_status hk_tank_cover_day(const hk_tank_params *p, const hk_store_day *d,
			    double *v_m3, int *short_of_capability,
			    hk_err *err)
{
	hk_status st = hk_tank_volume_m3(p, d->peak_demand_kwh, v_m3, err);
	if (st)
		return st;
	if (short_of_capability)
		*short_of_capability = d->capability_kwh < d->peak_demand_kwh;
	return HK_OK;
}

hk_scan_opts hk_scan_opts_default(void)
{
	hk_scan_opts o = {
		.v_min_m3 = 0, .v_max_m3 = 3000, .v_step_m3 = 50,
		.tank_price_per_m3 = 1500, .pump_kw_per_m3 = 0.066,
		.pump_price_per_w = 1.0, .land_m2_per_m3 = 0.616,
		.land_price_per_m2 = 240, .rate = 0.08, .life_years = 20,
	};
	return o;
}

hk_status hk_tank_scan(const hk_step *s, const hk_hp_step *hp, size_t n,
		       const hk_tariff *t, const hk_tank_params *p,
		       const hk_store_opts *base, const hk_scan_opts *o,
		       hk_store_step *work, hk_scan_row *rows, size_t cap,
		       size_t *nrows, size_t *best, hk_err *err)
{
	*nrows = 0;
	*best = 0;
	if (!(o->v_min_m3 >= 0) || !(o->v_max_m3 >= o->v_min_m3) ||
	    !(o->v_step_m3 > 0) || !isfinite(o->v_max_m3))
		return hk_fail(err, HK_EINVAL,
			       "volume scan %g..%g step %g m³: expected 0 <= min"
			       " <= max, step > 0", o->v_min_m3, o->v_max_m3,
			       o->v_step_m3);
	if (!(o->tank_price_per_m3 >= 0 && o->pump_kw_per_m3 >= 0 &&
	      o->pump_price_per_w >= 0 && o->land_m2_per_m3 >= 0 &&
	      o->land_price_per_m2 >= 0))
		return hk_fail(err, HK_EINVAL, "volume scan: prices must be >= 0");
	double crf = hk_crf(o->rate, o->life_years);
	if (!isfinite(crf))
		return hk_fail(err, HK_EINVAL,
			       "volume scan: rate %g, life %g years: expected"
			       " rate > -1, life > 0", o->rate, o->life_years);
	size_t steps = (size_t)floor((o->v_max_m3 - o->v_min_m3) /
				     o->v_step_m3 + 1e-9) + 1;
	if (steps > cap)
		return hk_fail(err, HK_ERANGE,
			       "volume scan: %zu volumes, room for %zu", steps,
			       cap);
	/* Baseline: no tank. */
	hk_store_opts so = *base;
	so.tank_kwh = 0;
	hk_status st = hk_store_sim(s, hp, n, t, &so, work, err);
	if (st)
		return st;
	double base_cost;
	hk_store_annual(s, work, n, NULL, &base_cost);
	for (size_t k = 0; k < steps; k++) {
		hk_scan_row *r = &rows[k];
		r->volume_m3 = o->v_min_m3 + k * o->v_step_m3;
		st = hk_tank_capacity_kwh(p, r->volume_m3, &r->tank_kwh, err);
		if (st)
			return st;
		so.tank_kwh = r->tank_kwh;
		st = hk_store_sim(s, hp, n, t, &so, work, err);
		if (st)
			return st;
		hk_store_annual(s, work, n, NULL, &r->energy_cost);
		/* Malan Table 2 unit prices: tank per m³, pumps per W, land
		 * per m² (quantities scaled from Table 3). */
		r->invest = r->volume_m3 *
			    (o->tank_price_per_m3 +
			     o->pump_kw_per_m3 * 1000.0 * o->pump_price_per_w +
			     o->land_m2_per_m3 * o->land_price_per_m2);
		r->annualised = r->invest * crf;
		r->saving = base_cost - r->energy_cost;
		r->total = r->annualised + r->energy_cost;
		if (r->total < rows[*best].total)
			*best = k;
	}
	*nrows = steps;
	return HK_OK;
}
