/* storage.c - tank capacity, Table 1 rows, simulation, sizing (storage.h). */
#include "storage.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cashflow.h"
#include "mcflow.h"

const char hk_src_tank_dt[] =
	"Malan paper §3.3 (1000 m³ ↔ 11628 kWh; 45/35 ℃ supply/return, §3.2)";
const char hk_src_rho_c[] =
	"4.187/3.6 (water's c 4.187 kJ/(kg·K) at 1000 kg/m³; standards-notes"
	" §5.1 [DERIVED]); the paper uses 1.1628";
const char hk_src_tank_eta[] =
	"on the effective volume: Malan paper §3.3 (有效容积 1000 m³ ↔ 11628 kWh);"
	" the handbook formula (standards-notes §5.1) uses η ≈ 0.85 on the built"
	" volume";
const char hk_src_vol_ratio[] =
	"standards-notes §5.1 (容积率 1.08-1.30, the low end for large stratified"
	" tanks [SRC])";
const char hk_src_h_over_d[] =
	"toolkit assumption for a vertical tank (taller favours stratification,"
	" H = D minimises surface heat loss)";
const char hk_src_no_pumps[] = "not modelled (0 kW)";
const char hk_src_charge_valley[] =
	"the valley-charged tank of the Malan paper §3.3";
const char hk_src_scan_range[] = "toolkit choice (0 to 3000 m³ by 50 m³)";
const char hk_src_scan_money[] = "toolkit assumption (rate 8 %, life 20 years)";
const char hk_src_scan_defaults[] =
	"scan prices: Malan paper Table 2 (tank 1500 元/m³, pumps 1.0 元/W, land"
	" 240 元/m²); pumps 66 kW and land 616 m² per 1000 m³ from Table 3,"
	" scaled linearly (toolkit assumption); rate 8 % and life 20 years:"
	" toolkit assumption";

#define EPS_H 1e-12

hk_tank_params hk_tank_params_default(void)
{
	hk_tank_params p = {HK_TANK_DT_DEFAULT, HK_RHO_C_WATER, HK_TANK_ETA_DEFAULT,
			    HK_TANK_VOL_RATIO_DEFAULT, HK_TANK_H_OVER_D_DEFAULT};
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
		hk_status st = hk_step_check_hours(&s[i], i, err);
		if (st != HK_OK)
			return st;
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

hk_status hk_store_days(const hk_step *s, const hk_hp_step *hp,
			const hk_store_step *r, size_t n, int n_units,
			const hk_tariff *t, double tank_kwh, double round_tol,
			hk_store_day *out, size_t cap, size_t *nd, hk_err *err)
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
		d->charged_kwh = d->discharged_kwh = d->elec_kwh = NAN;
		d->cost = d->unmet_kwh = NAN;
		if (r)
			d->charged_kwh = d->discharged_kwh = d->elec_kwh =
				d->cost = d->unmet_kwh = 0;
		double lh = 0, qh = 0, th = 0;
		for (; i < n && s[i].day == d->day; i++) {
			size_t k = split(t, s[i].start_h, s[i].end_h, pc);
			double load = s[i].load_kw > 0 ? s[i].load_kw : 0;
			double vh = 0;
			if (r) {
				d->charged_kwh += r[i].charge_kwh;
				d->discharged_kwh += r[i].discharge_kwh;
				d->elec_kwh += r[i].elec_kwh;
				d->cost += r[i].cost;
				d->unmet_kwh += r[i].unmet_kwh;
			}
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
		}
		if (d->valley_h > 0) {
			d->valley_load_kw = lh / d->valley_h;
			d->q_unit_kw = qh / d->valley_h;
			d->t_out_c = th / d->valley_h;
			/* Malan Table 1: units heating = night load / q_eff,
			 * here the valley's mean load, so the split and the
			 * capability describe the same hours. */
			d->units_heating = hk_units_needed(d->valley_load_kw,
							   d->q_unit_kw,
							   round_tol, NULL);
			if (d->units_heating > n_units)
				d->units_heating = n_units;
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

/* ---- dispatch ------------------------------------------------------ */

hk_store_opts hk_store_opts_default(double tank_kwh)
{
	hk_store_opts o = {tank_kwh, 1, 0, 0, 0, NAN, NAN, 0};
	return o;
}

const char hk_src_dispatch[] =
	"least-cost dispatch: the day's electricity cost minimised exactly"
	" (linear programme solved as a min-cost flow, Ahuja-Magnanti-Orlin"
	" §9.7) within tank capacity, heat-pump capacity and charge/discharge"
	" limits; storage pumps' power added where they run";

/* One tariff piece of one step: the unit of dispatch. */
typedef struct dpiece {
	size_t step;
	hk_period_kind kind;
	double price, h;
} dpiece;

/* Pieces of steps [a, b) into p (room for (b − a)·t->n). */
static size_t pieces(const hk_tariff *t, const hk_step *s, size_t a,
		     size_t b, dpiece *p)
{
	piece pc[2 * HK_TARIFF_MAX];
	size_t np = 0;
	for (size_t i = a; i < b; i++) {
		size_t k = split(t, s[i].start_h, s[i].end_h, pc);
		for (size_t j = 0; j < k; j++) {
			p[np].step = i;
			p[np].kind = pc[j].kind;
			p[np].price = pc[j].price;
			p[np].h = pc[j].h;
			np++;
		}
	}
	return np;
}

/* Arcs of piece j in the network (indices for hk_mcf_flow; -1 = none). */
typedef struct parcs {
	int prod, serve, chg, dis, tank;
} parcs;

/*
 * The network of pieces p[0..np) (Ahuja et al. §9.7 formulation of a
 * production-inventory problem): s = 0, t = 1, load node N_j = 2 + 2j,
 * tank node T_j = 3 + 2j.
 *   s → N_j    heat made: cap C·h, cost price/COP (元 per kWh of heat)
 *   N_j → t    the load: cap L·h
 *   N_j → T_j  charging: cap min(C, max_charge)·h, only where allowed
 *   T_j → N_j  discharging: cap min(L, max_discharge)·h
 *   T_j → T_j+1 the tank's content at the boundary: cap tank_kwh, and a
 *              tie-break cost of 1e-9 元/kWh so heat is not stored for
 *              nothing; periodic: the last piece wraps to the first
 *   s → T_0    the content at the start (continuous runs): cap soc0
 * The largest flow is the most heat delivered; its least cost the
 * cheapest way to deliver it.
 */
static void build(hk_mcf *m, const dpiece *p, size_t np, const hk_hp_step *hp,
		  const hk_step *s, const hk_store_opts *o, double tank,
		  int periodic, double soc0, parcs *arc, int *soc0_arc)
{
	double maxc = isnan(o->max_charge_kw) ? INFINITY : o->max_charge_kw;
	double maxd = isnan(o->max_discharge_kw) ? INFINITY
						 : o->max_discharge_kw;
	hk_mcf_clear(m, 2 * np + 2);
	for (size_t j = 0; j < np; j++) {
		const hk_hp_step *q = &hp[p[j].step];
		double load = s[p[j].step].load_kw > 0 ? s[p[j].step].load_kw : 0;
		double capy = q->capacity_kw > 0 ? q->capacity_kw : 0;
		int nj = 2 + 2 * (int)j, tj = nj + 1;
		int may_charge = o->charge_any || is_valley(p[j].kind);
		arc[j].prod = hk_mcf_arc(m, 0, nj, capy * p[j].h,
					 p[j].price / q->cop);
		arc[j].serve = hk_mcf_arc(m, nj, 1, load * p[j].h, 0);
		arc[j].chg = arc[j].dis = arc[j].tank = -1;
		if (!(tank > 0))
			continue;
		if (may_charge)
			arc[j].chg = hk_mcf_arc(m, nj, tj,
						fmin(capy, maxc) * p[j].h, 0);
		arc[j].dis = hk_mcf_arc(m, tj, nj, fmin(load, maxd) * p[j].h, 0);
		if (j + 1 < np || periodic)
			arc[j].tank = hk_mcf_arc(m, tj, j + 1 < np ? tj + 2 : 3,
						 tank, 1e-9);
	}
	*soc0_arc = -1;
	if (!periodic && tank > 0 && soc0 > 0)
		*soc0_arc = hk_mcf_arc(m, 0, 3, soc0, 0);
}

/* Step results from the solved network, for pieces [0, np_commit); *soc
 * enters as the content sitting unused the whole window (added to the
 * tank flow) and leaves as the content at the end of the last committed
 * piece. */
static void collect(const hk_mcf *m, const dpiece *p, size_t np_commit,
		    const parcs *arc, const hk_step *s, const hk_hp_step *hp,
		    const hk_store_opts *o, double *soc, hk_store_step *out)
{
	double sitting = *soc, content = sitting;
	for (size_t j = 0; j < np_commit; j++) {
		size_t i = p[j].step;
		hk_store_step *r = &out[i];
		if (j == 0 || p[j - 1].step != i)
			memset(r, 0, sizeof *r);
		double h = p[j].h;
		double load = s[i].load_kw > 0 ? s[i].load_kw : 0;
		double made = hk_mcf_flow(m, arc[j].prod);
		double served = hk_mcf_flow(m, arc[j].serve);
		double in = arc[j].chg >= 0 ? hk_mcf_flow(m, arc[j].chg) : 0;
		double outf = arc[j].dis >= 0 ? hk_mcf_flow(m, arc[j].dis) : 0;
		double c = fmax(in - outf, 0), d = fmax(outf - in, 0);
		double e = made / hp[i].cop;
		if (c > 1e-9 * h)
			e += o->pump_charge_kw * h;
		if (d > 1e-9 * h)
			e += o->pump_discharge_kw * h;
		if (arc[j].tank >= 0)
			content = sitting + hk_mcf_flow(m, arc[j].tank);
		else
			content = sitting;
		r->charge_kwh += c;
		r->discharge_kwh += d;
		r->hp_heat_kwh += made;
		r->unmet_kwh += fmax(load * h - served, 0);
		r->elec_kwh += e;
		r->cost += e * p[j].price;
		r->soc_kwh = content;
		if (j + 1 == np_commit || p[j + 1].step != i) {
			double hs = s[i].end_h - s[i].start_h;
			r->hp_heat_kw = r->hp_heat_kwh / hs;
			r->power_kw = r->elec_kwh / hs;
		}
	}
	*soc = content;
}

/* Solve one window of pieces; commit the first np_commit.  Continuous
 * runs start from *soc; content no load in the window can take sits in
 * the tank (the network is solved again with that much less room). */
static hk_status window(hk_mcf *m, const dpiece *p, size_t np,
			size_t np_commit, const hk_hp_step *hp,
			const hk_step *s, const hk_store_opts *o, int periodic,
			double *soc, parcs *arc, hk_store_step *out,
			hk_err *err)
{
	double tank = o->tank_kwh, soc0 = periodic ? 0 : *soc, big = tank;
	int a0;
	for (size_t j = 0; j < np; j++) {
		const hk_step *q = &s[p[j].step];
		big = fmax(big, fmax(q->load_kw, hp[p[j].step].capacity_kw) *
					p[j].h);
	}
	double tol = 1e-12 * (big > 1 ? big : 1);
	build(m, p, np, hp, s, o, tank, periodic, soc0, arc, &a0);
	hk_status st = hk_mcf_solve(m, 0, 1, tol, NULL, NULL, err);
	if (st)
		return st;
	double sitting = a0 >= 0 ? soc0 - hk_mcf_flow(m, a0) : 0;
	if (sitting > 1e-9 * (tank > 1 ? tank : 1)) {
		build(m, p, np, hp, s, o, tank - sitting, periodic,
		      soc0 - sitting, arc, &a0);
		st = hk_mcf_solve(m, 0, 1, tol, NULL, NULL, err);
		if (st)
			return st;
	} else {
		sitting = 0;
	}
	*soc = sitting;
	collect(m, p, np_commit, arc, s, hp, o, soc, out);
	return HK_OK;
}

/* The first step after the day that step a belongs to (n at the end). */
static size_t day_end(const hk_step *s, size_t n, size_t a)
{
	size_t b = a;
	while (b < n && s[b].day == s[a].day)
		b++;
	return b;
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
	if (!(o->max_charge_kw >= 0 || isnan(o->max_charge_kw)) ||
	    !(o->max_discharge_kw >= 0 || isnan(o->max_discharge_kw)))
		return hk_fail(err, HK_EINVAL,
			       "charge/discharge limit: expected >= 0 kW");
	hk_status st = check_steps(s, n, err);
	if (st)
		return st;
	for (size_t i = 0; i < n; i++)
		if (!(hp[i].cop > 0) || !isfinite(hp[i].cop))
			return hk_fail_item(err, HK_EINVAL, (long)i + 1,
					    "step %zu: COP %g: expected > 0",
					    i + 1, hp[i].cop);
	if (n == 0)
		return HK_OK;
	/* The longest window: one day (periodic) or two (continuous). */
	size_t wmax = 0;
	for (size_t a = 0, b; a < n; a = b) {
		b = day_end(s, n, a);
		size_t c = o->periodic ? b : day_end(s, n, b);
		wmax = c - a > wmax ? c - a : wmax;
	}
	size_t maxp = wmax * (t->n ? t->n : 1); /* a step meets each segment once at most */
	dpiece *p = malloc(maxp * sizeof *p);
	parcs *arc = malloc(maxp * sizeof *arc);
	hk_mcf m = {0};
	if (!p || !arc) {
		free(p);
		free(arc);
		return hk_fail(err, HK_ENOMEM, "storage dispatch: out of memory");
	}
	double soc = fmin(fmax(o->soc0_kwh, 0), o->tank_kwh);
	st = HK_OK;
	for (size_t a = 0, b; a < n && st == HK_OK; a = b) {
		b = day_end(s, n, a);
		size_t c = o->periodic ? b : day_end(s, n, b);
		size_t np = pieces(t, s, a, c, p);
		size_t nc = np;
		if (c > b)
			for (nc = 0; nc < np && p[nc].step < b; nc++)
				;
		if (!m.head) {
			st = hk_mcf_init(&m, 2 * maxp + 2, 6 * maxp + 1, err);
			if (st)
				break;
		}
		st = window(&m, p, np, nc, hp, s, o, o->periodic, &soc, arc,
			    out, err);
	}
	hk_mcf_free(&m);
	free(p);
	free(arc);
	return st;
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
		.v_min_m3 = 0, .v_max_m3 = HK_SCAN_V_MAX_DEFAULT,
		.v_step_m3 = HK_SCAN_V_STEP_DEFAULT,
		.tank_price_per_m3 = 1500, .pump_kw_per_m3 = 0.066,
		.pump_price_per_w = 1.0, .land_m2_per_m3 = 0.616,
		.land_price_per_m2 = 240, .rate = HK_SCAN_RATE_DEFAULT,
		.life_years = HK_SCAN_LIFE_DEFAULT,
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
		hk_progress_report(o->progress, k + 1, steps, "scanning tank volumes");
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
