/*
 * operate.c - one step of a plant run by a strategy (operate.h).
 */
#include <math.h>
#include <string.h>

#include "operate.h"

#define HK_OP_C 0.86 /* m3/h per kW/K: 3600/(4.187·1000), standards-notes §4.1 */

/* capacity per unit (kW) at t_out and leaving water tw: q·K1·K2, GB 50736-2012 §8.3.2; water below
 * the table's lowest held at it (capacity rises as water cools: conservative) */
static hk_status unit_cap(const hk_op_plant *p, double t_out, double tw, double *cap, unsigned *flags,
			  hk_err *err)
{
	const hk_hp_model *m = p->cap;
	double k1, cop, w = tw < m->t_water[0] ? m->t_water[0] : tw;
	hk_status st = hk_hp_interp(m, t_out, w, p->allow_extrap, &k1, &cop, flags, err);
	if (st != HK_OK)
		return st;
	*cap = m->rated_kw * k1 * hk_k2_at(p->k2, m, t_out, flags);
	return HK_OK;
}

/* primary supply and return for flow g carrying q (decoupler mixing, operate.h) */
static void primary(const hk_op_step *o, double q, double g, double *ts_p, double *tr_p)
{
	double dt = g > 0 ? HK_OP_C * q / g : 0;
	*ts_p = fmax(o->ts, o->tr + dt);
	*tr_p = *ts_p - dt;
}

hk_status hk_op_run_step(const hk_op_plant *p, const hk_op_levers *lv, double t_out, double load_kw,
			 hk_op_step *o, hk_err *err)
{
	int per = lv->arr == HK_ARR_SERIES ? 2 : 1, n;
	double cap = 0, q = load_kw > 0 ? load_kw : 0;
	hk_arr_point ap;
	hk_status st;

	memset(o, 0, sizeof *o);
	if ((st = hk_arr_check_units(lv->arr, p->units, err)) != HK_OK)
		return st;
	if (!(p->design_kw > 0) || !(p->unit_flow_m3h > 0))
		return hk_fail(err, HK_EINVAL, "design load (%g kW) and unit flow (%g m3/h): expected > 0",
			       p->design_kw, p->unit_flow_m3h);
	o->phi = q / p->design_kw;
	if (p->mix && lv->curve) { /* mixed terminals: the neediest group's supply, the others throttled */
		double fs;
		if ((st = hk_term_mix_need(p->mix, o->phi, &o->ts, err)) != HK_OK)
			return st;
		o->ts = fmax(o->ts, p->ts_floor > 0 ? p->ts_floor : o->ts);
		if ((st = hk_term_mix_at(p->mix, o->phi, o->ts, &o->tr, &fs, err)) != HK_OK)
			return st;
	} else if (lv->curve) {
		if ((st = hk_term_curve(&p->term, o->phi, 1, &o->ts, &o->tr, err)) != HK_OK)
			return st;
		if (p->ts_floor > o->ts) { /* held at the floor: the constant flow returns warmer */
			o->ts = p->ts_floor;
			o->tr = o->ts - o->phi * (p->term.ts_d - p->term.tr_d);
		}
	} else { /* design supply all season; the constant secondary flow returns warmer */
		o->ts = p->term.ts_d;
		o->tr = p->term.ts_d - o->phi * (p->term.ts_d - p->term.tr_d);
	}
	n = p->units;
	if (lv->staging) {
		if (q <= 0)
			n = 0;
		else { /* fewest units (pairs) that carry the load at the leaving water they cause */
			for (n = per; n <= p->units; n += per) {
				primary(o, q, (double)n / per * p->unit_flow_m3h, &o->ts_p, &o->tr_p);
				if (n < p->units && o->ts_p > p->cap->t_water[p->cap->nw - 1])
					continue; /* too few units: the water would leave too hot */
				if ((st = unit_cap(p, t_out, o->ts_p, &cap, &o->flags, err)) != HK_OK)
					return st;
				if (n * cap >= q)
					break;
			}
			if (n > p->units)
				n = p->units;
		}
		if (lv->force)
			n = lv->force_units < 0 ? 0 : lv->force_units > p->units ? p->units : lv->force_units;
	}
	o->units_on = n;
	o->flow_m3h = (double)n / per * p->unit_flow_m3h;
	if (n == 0) {
		o->ts_p = o->ts, o->tr_p = o->tr, o->t_mid = o->ts;
		o->unmet_kw = q;
		return HK_OK;
	}
	primary(o, q, o->flow_m3h, &o->ts_p, &o->tr_p);
	if ((st = unit_cap(p, t_out, o->ts_p, &cap, &o->flags, err)) != HK_OK)
		return st;
	o->cap_kw = n * cap;
	o->heat_kw = fmin(q, o->cap_kw);
	o->unmet_kw = q - o->heat_kw;
	/* the water the units see carries the heat they give (decoupler mixing) */
	primary(o, o->heat_kw, o->flow_m3h, &o->ts_p, &o->tr_p);
	if ((st = hk_arr_cop(p->cop, lv->arr, t_out, o->ts_p, o->tr_p, p->allow_extrap, &ap, err)) != HK_OK)
		return st;
	o->t_mid = ap.t_mid, o->cop1 = ap.cop1, o->cop2 = ap.cop2, o->cop = ap.cop;
	o->flags |= ap.flags;
	o->hp_kw = o->heat_kw > 0 ? o->heat_kw / o->cop : 0; /* COP = Q/P, EN 14511-1 §3 */
	return HK_OK;
}
