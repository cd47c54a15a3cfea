/*
 * econ.c - the comparison of heating schemes (see econ.h): each scheme's
 * investment with the design the profile carries, its annual sums, and
 * payback, NPV, IRR and life-cycle cost against the base.  Pure: no I/O.
 */
#include "econ.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const int dq_item[HK_NDQ] = {HK_ITEM_HEAT_PUMP, HK_ITEM_TANK, HK_ITEM_BOREHOLE, HK_ITEM_GSHP,
				    HK_ITEM_BOILER, HK_ITEM_GAS_BOILER};
static const char *const dq_from[HK_NDQ] = {"profile (hpsize)", "profile (tanksize)", "borefield summary",
					    "profile (design load)", "profile (design load)", "profile (design load)"};

/* The plants econ runs: scheme sk's quantity j (boreholes from borefield,
 * units and boilers at the profile's design load, the electric boiler's
 * tank the profile's); 0 when the scheme has none of it. */
static int plant_designed(const hk_econ_ops *o, const hk_econ_scheme *sk, size_t j, double *q, char *why,
			  size_t wsz)
{
	static const int role_of[HK_NDQ] = {-1, HK_ECON_EBOILER, HK_ECON_GSHP, HK_ECON_GSHP, HK_ECON_EBOILER,
					     HK_ECON_GAS};
	if ((int)sk->role != role_of[j])
		return 0;
	if (j == HK_DQ_BOREHOLE) {
		*q = o->plant->borehole_m;
		snprintf(why, wsz, "borefield: %g boreholes × %.2f m = %.1f m (%s)", o->plant->boreholes,
			 o->plant->depth_m, *q, o->plant->bf_summary);
	} else if (j == HK_DQ_TANK) {
		*q = o->design.tank_m3;
		snprintf(why, wsz, "tanksize: tank_m3 %g m3", *q);
	} else {
		*q = o->design_kw;
		snprintf(why, wsz, "the profile's design load, largest heat_load_kw %.1f kW", *q);
	}
	return !isnan(*q);
}

/* The quantity of design quantity j the profile says scheme sk has, and
 * why (for messages); 0 when the profile does not say. */
static int designed(const hk_design *d, const hk_econ_scheme *sk, size_t j, double *q, char *why, size_t wsz)
{
	if (sk->role == HK_ECON_PLAIN)
		return 0;
	if (sk->role >= HK_ECON_GSHP)
		return 0;
	if (j >= HK_DQ_BOREHOLE)
		return 0;
	if (j == HK_DQ_HEAT_PUMP && !isnan(d->units) && !isnan(d->rated_kw)) {
		*q = d->units * d->rated_kw;
		snprintf(why, wsz, "hpsize: %g × %s of %g kW rated = %g kW", d->units, *d->hp_model ? d->hp_model : "units",
			 d->rated_kw, *q);
		return 1;
	}
	if (j == HK_DQ_TANK && !isnan(d->tank_m3)) {
		*q = sk->role == HK_ECON_STORE ? d->tank_m3 : 0;
		if (sk->role == HK_ECON_STORE)
			snprintf(why, wsz, "tanksize: tank_m3 %g m3", *q);
		else
			snprintf(why, wsz, "no tank: the scheme is costed on %s, the heat pumps without the tank",
				 sk->column);
		return 1;
	}
	return 0;
}

/* A designed item the invest table omits, priced with the price table's
 * row for it: appended to out.  Fails at the profile's design column when
 * there is no price. */
static hk_status add_designed(const hk_econ_request *q, size_t k, size_t j, double qty, const char *why,
			      hk_invest_tab *out, hk_err *err)
{
	const hk_econ_ops *o = q->ops;
	const char *item = hk_inv_items[dq_item[j]].key, *unit = hk_inv_items[dq_item[j]].unit;
	long p = hk_prices_pick(q->prices, dq_item[j]);
	hk_inv_row *v;
	if (p < 0)
		return hk_fail_at(err, HK_EINVAL, j == HK_DQ_BOREHOLE ? o->plant->bf_summary : o->file,
				  j == HK_DQ_BOREHOLE ? 0 : o->design_line, j < HK_DQ_BOREHOLE ? o->design_col[j] : 0,
				  "no unit price for %s to price the profile's %g %s (%s): expected a %s row with a "
				  "price in the invest file (%s) or the prices file%s%s", item, qty, unit, why, item,
				  q->inv->file, q->prices ? " " : "", q->prices ? q->prices->file : "");
	if (hk_price_usable(q->prices, (size_t)p, err) != HK_OK)
		return HK_EINVAL;
	if (!(v = hk_invest_add(out)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	v->scheme = k;
	v->item = dq_item[j];
	v->qty = qty;
	v->price = q->prices->v[p].price;
	v->price_row = p;
	v->source = j == HK_DQ_HEAT_PUMP ? "quantity: profile (hpsize), not in --invest; unit price from --prices"
		    : j == HK_DQ_TANK	 ? "quantity: profile (tanksize), not in --invest; unit price from --prices"
		    : j == HK_DQ_BOREHOLE ? "quantity: borefield summary, not in --invest; unit price from --prices"
					 : "quantity: profile's design load, not in --invest; unit price from --prices";
	return HK_OK;
}

/* Scheme k's designed quantity j against the invest table: a row that
 * contradicts the profile is an error naming both; an item the table
 * omits is priced with the profile's quantity. */
static hk_status design_item(const hk_econ_request *q, size_t k, size_t j, hk_econ_sres *s, hk_invest_tab *out,
			     hk_err *err)
{
	static const char *const agrees[HK_NDQ] = {"--invest, equal to the profile's (hpsize)",
						   "--invest, equal to the profile's (tanksize)",
						   "--invest, equal to borefield's", "--invest, equal to the design load",
						   "--invest, equal to the design load", "--invest, equal to the design load"};
	static const char *const priced[HK_NDQ] = {"profile (hpsize): not in --invest, priced at --prices",
						   "profile (tanksize): not in --invest, priced at --prices",
						   "borefield summary: not in --invest, priced at --prices",
						   "profile (design load): not in --invest, priced at --prices",
						   "profile (design load): not in --invest, priced at --prices",
						   "profile (design load): not in --invest, priced at --prices"};
	const hk_econ_scheme *sk = &q->ops->s[k];
	const char *item = hk_inv_items[dq_item[j]].key, *unit = hk_inv_items[dq_item[j]].unit;
	double qty, sum = 0;
	size_t nrows = 0, first = 0;
	char why[256];
	if (!designed(&q->ops->design, sk, j, &qty, why, sizeof why) &&
	    !(sk->role >= HK_ECON_GSHP && plant_designed(q->ops, sk, j, &qty, why, sizeof why)))
		return HK_OK;
	s->dq_has[j] = 1;
	s->dq[j] = qty;
	s->dq_src[j] = j == HK_DQ_TANK && sk->role == HK_ECON_HP
			       ? "none: costed on hp_power_kw, the heat pumps without the tank"
			       : dq_from[j];
	if (!q->inv)
		return HK_OK;
	for (size_t i = 0; i < q->inv->n; i++)
		if (q->inv->v[i].scheme == k && q->inv->v[i].item == dq_item[j]) {
			if (nrows++ == 0)
				first = i;
			sum += q->inv->v[i].qty;
		}
	/* agree to half a unit: a whole-number rounding of the design */
	if (nrows > 0 && fabs(sum - qty) > 0.5) {
		char rows[32] = "";
		if (nrows > 1)
			snprintf(rows, sizeof rows, " in %zu rows", nrows);
		return hk_fail_at(err, HK_EINVAL, q->inv->file, q->inv->v[first].line, q->inv->v[first].qty_col,
				  "%s of scheme %s (%g %s%s) contradicts the profile (%s): expected %g %s, or no %s row "
				  "to price the profile's", item, sk->name, sum, unit, rows, why, qty, unit, item);
	}
	if (nrows > 0)
		s->dq_src[j] = agrees[j];
	if (nrows > 0 || qty <= 0)
		return HK_OK;
	s->dq_src[j] = priced[j];
	return add_designed(q, k, j, qty, why, out, err);
}

/* The pump groups --pumps prices in scheme k: pumps_total × motor_kw at
 * the pump price (Malan paper Table 2 prices pumps per W of power). */
static hk_status pump_groups(const hk_econ_request *q, size_t k, hk_econ_sres *s, hk_invest_tab *out, hk_err *err)
{
	const hk_econ_plant *pl = q->ops->plant;
	size_t o = 0;
	if (!q->inv) /* nothing priced without --invest, as the designed items */
		return HK_OK;
	for (int i = 0; pl && i < pl->npumps; i++) {
		const struct hk_econ_pumps *g = &pl->pumps[i];
		long p = hk_prices_pick(q->prices, HK_ITEM_PUMP);
		hk_inv_row *v;
		if (strcmp(g->scheme, q->ops->s[k].name))
			continue;
		if (p < 0)
			return hk_fail_at(err, HK_EINVAL, g->file, 0, 0,
					  "no unit price for pump_kw to price the pump group (%g × %g kW) of scheme %s: "
					  "expected a pump_kw row with a price in the prices file%s%s", g->n, g->motor_kw,
					  g->scheme, q->prices ? " " : "", q->prices ? q->prices->file : "");
		if (hk_price_usable(q->prices, (size_t)p, err) != HK_OK)
			return HK_EINVAL;
		if (!(v = hk_invest_add(out)))
			return hk_fail(err, HK_ENOMEM, "out of memory");
		v->scheme = k;
		v->item = HK_ITEM_PUMP;
		v->qty = g->n * g->motor_kw;
		v->price = q->prices->v[p].price;
		v->price_row = p;
		v->source = "quantity: pumpselect summary (--pumps), pumps_total × motor_kw; unit price from --prices";
		s->pump_kw += v->qty;
		if (o < sizeof s->pump_src)
			o += (size_t)snprintf(s->pump_src + o, sizeof s->pump_src - o, "%s%s: %g × %s of %g kW",
					      o ? "; " : "", g->file, g->n, *g->model ? g->model : "pumps", g->motor_kw);
	}
	return HK_OK;
}

/* The investment rows grouped by scheme, each scheme's rows of the table
 * then the designed items it omits; Σ quantity × unit price. */
static hk_status investments(const hk_econ_request *q, hk_econ_result *r, hk_err *err)
{
	hk_invest_tab out = {0};
	hk_status st = HK_OK;
	for (size_t k = 0; st == HK_OK && k < q->ops->ns; k++) {
		hk_econ_sres *s = &r->s[k];
		s->i0 = out.n;
		for (size_t i = 0; q->inv && i < q->inv->n && st == HK_OK; i++) {
			hk_inv_row *v;
			if (q->inv->v[i].scheme != k)
				continue;
			if (!(v = hk_invest_add(&out)))
				st = hk_fail(err, HK_ENOMEM, "out of memory");
			else
				*v = q->inv->v[i];
		}
		for (size_t j = 0; st == HK_OK && j < HK_NDQ; j++)
			st = design_item(q, k, j, s, &out, err);
		if (st == HK_OK)
			st = pump_groups(q, k, s, &out, err);
		s->i1 = out.n;
		for (size_t i = s->i0; i < s->i1; i++)
			s->invest += out.v[i].qty * out.v[i].price; /* Σ quantity × unit price */
	}
	r->inv = out.v;
	r->ni = out.n;
	return st;
}

/* Σ daily × days (Malan Table 3), with the backup heater that makes up
 * unmet heat: its electricity = heat / COP, costed at the tariff */
static void annual_sums(const hk_econ_request *q, hk_econ_result *r)
{
	for (size_t i = 0; i < r->nd; i++) {
		hk_econ_day *d = &r->day[i];
		if (!q->ops->s[d->scheme].has_unmet)
			continue;
		d->backup = d->unmet_cost1 / q->backup_cop;
		d->kwh += d->unmet / q->backup_cop;
		d->cost += d->backup;
		for (int j = 0; j < HK_PER_KINDS; j++)
			d->kwh_kind[j] += d->unmet_kind[j] / q->backup_cop;
	}
	for (size_t k = 0; k < q->ops->ns; k++) {
		const hk_econ_scheme *sk = &q->ops->s[k];
		hk_econ_sres *s = &r->s[k];
		s->gas_m3 = sk->role == HK_ECON_GAS ? 0 : NAN;
		for (int j = 0; j < HK_PER_KINDS; j++)
			s->kwh_kind[j] = q->ops->by_kind ? 0 : NAN;
		for (size_t i = sk->d0; i < sk->d1; i++) {
			s->cost += r->day[i].cost * r->day[i].days; /* Malan Table 3: Σ daily cost × days */
			s->kwh += r->day[i].kwh * r->day[i].days;
			for (int j = 0; j < HK_PER_KINDS; j++)
				s->kwh_kind[j] += r->day[i].kwh_kind[j] * r->day[i].days;
			if (sk->role == HK_ECON_GAS)
				s->gas_m3 += r->day[i].gas_m3 * r->day[i].days;
			if (sk->has_unmet) {
				s->unmet += r->day[i].unmet * r->day[i].days;
				s->backup += r->day[i].backup * r->day[i].days;
			}
		}
		if (sk->has_unmet) {
			r->any_unmet = 1;
			if (s->unmet > r->unmet_max)
				r->unmet_max = s->unmet;
		}
	}
}

/* the base: the one named, else the lowest investment; then each other
 * scheme against it */
static hk_status compare(const hk_econ_request *q, hk_econ_result *r, hk_err *err)
{
	size_t ns = q->ops->ns;
	hk_status st;
	r->base = 0;
	r->cmp = -1;
	if (q->base) {
		for (r->base = 0; r->base < ns && strcmp(q->ops->s[r->base].name, q->base); r->base++)
			;
		if (r->base == ns)
			return hk_fail(err, HK_EINVAL, "--base (%s): no such scheme", q->base);
	} else {
		for (size_t k = 1; k < ns; k++)
			if (r->s[k].invest < r->s[r->base].invest)
				r->base = k;
	}
	for (size_t k = 0; k < ns; k++) {
		hk_econ_in in = {r->s[k].invest - r->s[r->base].invest, r->s[r->base].cost - r->s[k].cost, q->rate,
				 q->escalation, q->life};
		if ((st = hk_lcc(r->s[k].invest, r->s[k].cost, q->rate, q->escalation, q->life, &r->s[k].lcc, err)))
			return st;
		if (k == r->base)
			continue;
		if (r->cmp < 0)
			r->cmp = (long)k;
		if ((st = hk_econ_eval(&in, &r->s[k].eo, err)) != HK_OK)
			return st;
	}
	return HK_OK;
}

hk_status hk_econ_run(const hk_econ_request *q, hk_econ_result *r, hk_err *err)
{
	const hk_econ_ops *o = q->ops;
	hk_status st;
	memset(r, 0, sizeof *r);
	r->cmp = -1;
	r->nd = o->nd;
	r->day = malloc((o->nd + 1) * sizeof *r->day);
	r->s = calloc(o->ns + 1, sizeof *r->s);
	r->price_used = calloc(q->prices ? q->prices->n + 1 : 1, 1);
	if (!r->day || !r->s || !r->price_used)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	memcpy(r->day, o->day, o->nd * sizeof *r->day);
	if ((st = investments(q, r, err)) != HK_OK)
		return st;
	for (size_t i = 0; i < r->ni; i++)
		if (r->inv[i].price_row >= 0)
			r->price_used[r->inv[i].price_row] = 1;
	annual_sums(q, r);
	return compare(q, r, err);
}

void hk_econ_result_free(hk_econ_result *r)
{
	free(r->day);
	free(r->s);
	free(r->inv);
	free(r->price_used);
	memset(r, 0, sizeof *r);
	r->cmp = -1;
}
