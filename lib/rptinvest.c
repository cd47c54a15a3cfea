/*
 * rptinvest.c - what the tender list prices: econ's schemes, their
 * equipment rows and the unit prices behind them.
 *
 * The rows follow econ's investment rule (cmd/econ.c, README
 * "Investment"): the investment table's rows, each priced by its own
 * price or amount or else by the unit-price table; then, per scheme, the
 * heat pumps and tank the profile designed (econ's sN_heat_pump_kw,
 * sN_tank_m3) when the investment table leaves them out, at the unit-price
 * table's price.  Each scheme's total must equal econ's sN_invest_yuan:
 * the report prices what econ priced, or says which file differs.
 *
 * Without an econ summary the list is the design itself: the heat pumps
 * of hpsize and the tank of tanksize at the unit-price table's prices.
 * Pump groups (pumpselect summaries) are listed apart, as plant every
 * scheme has, priced per kW of motor at the table's pump price (the Malan
 * paper's Table 2 prices pumps per W of power).
 */
#include "rpt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "table.h"
#include "text.h"
#include "units.h"

/* econ's items (cmd/econ.c items[]): key, names, the quantity's dimension */
static const struct {
	const char *key, *aliases;
	hk_dim dim;
} items[RI_N] = {
	[RI_HP] = {"heat_pump_kw", "heat_pump_kw|heat_pump|low_temperature_air_source_heat_pump|热泵|空气源热泵",
		   HK_DIM_POWER},
	[RI_TANK] = {"tank_m3", "tank_m3|tank|storage_tank|蓄热罐", HK_DIM_VOLUME},
	[RI_PUMP] = {"pump_kw", "pump_kw|pump|circulating_pump|循环泵|水泵", HK_DIM_POWER},
	[RI_LAND] = {"land_m2", "land_m2|land|征地|征地费", HK_DIM_AREA},
	[RI_OTHER] = {"other_yuan", "other_yuan|other|其他", HK_DIM_MONEY},
};

static int item_of(const char *s)
{
	char f[128];
	int i;
	hk_header_fold(s, f, sizeof f);
	for (i = 0; i < RI_N; i++) {
		char a[256], *tok, *save;
		snprintf(a, sizeof a, "%s", items[i].aliases);
		for (tok = strtok_r(a, "|", &save); tok; tok = strtok_r(NULL, "|", &save))
			if (!strcmp(tok, f))
				return i;
	}
	return -1;
}

/* The column of kind k's spec in f (by any of its names), its header
 * unit's factor in *factor; -1 when absent. */
static long kcol(const hk_rfile *f, const hk_table_kind *k, size_t spec, double *factor)
{
	size_t i;
	for (i = 0; i < f->ncols; i++) {
		double fa = 1, off = 0;
		if (hk_colspec_find(k->cols, k->ncols, f->head[i], &fa, &off) == (long)spec) {
			if (factor)
				*factor = fa;
			return (long)i;
		}
	}
	return -1;
}

/* ---- schemes (econ summary) ---- */

static hk_status read_schemes(rpt *R, hk_err *err)
{
	const hk_rfile *e = R->f[HK_RK_ECON];
	const char *base = hk_rs_text(e, "base_scheme");
	hk_status st;
	double life;
	int k;
	for (k = 0; k < RPT_MAXS; k++) {
		rpt_scheme *s = &R->s[k];
		char key[64];
		const char *nm;
		snprintf(key, sizeof key, "s%d_name", k + 1);
		if (!(nm = hk_rs_text(e, key)))
			break;
		snprintf(s->name, sizeof s->name, "%s", nm);
#define SKEY(x) (snprintf(key, sizeof key, "s%d_%s", k + 1, x), key)
		if ((st = hk_rs_num(e, SKEY("invest_yuan"), &s->invest, err)) != HK_OK ||
		    (st = hk_rs_num(e, SKEY("annual_cost_yuan"), &s->cost, err)) != HK_OK ||
		    (st = hk_rs_num(e, SKEY("lcc_yuan"), &s->lcc, err)) != HK_OK)
			return st;
		s->kwh = hk_rs_opt(e, SKEY("annual_elec_kwh"));
#undef SKEY
		if (!strcmp(s->name, base))
			R->base = k;
	}
	R->ns = k;
	if (R->ns < 2)
		return hk_fail_at(err, HK_EINVAL, e->path, 0, 0,
				  "%d scheme (s1_name, s2_name, ...): expected two or more schemes as econ compares them",
				  R->ns);
	if (R->base < 0)
		return hk_fail_at(err, HK_EINVAL, e->path, e->line[hk_rs_row(e, "base_scheme")], 2,
				  "base_scheme (%s) is none of the schemes: expected one of s1_name, s2_name, ...", base);
	if ((st = hk_rs_num(e, "rate", &R->rate, err)) != HK_OK ||
	    (st = hk_rs_num(e, "escalation", &R->esc, err)) != HK_OK ||
	    (st = hk_rs_num(e, "life_years", &life, err)) != HK_OK)
		return st;
	if (!(life >= 1 && life <= 100) || life != floor(life))
		return hk_fail_at(err, HK_EINVAL, e->path, e->line[hk_rs_row(e, "life_years")], 2,
				  "life_years (%g): expected whole years 1-100", life);
	R->life = (int)life;
	return HK_OK;
}

/* econ's daily table is the summary's: Σ cost·days per scheme is its
 * annual cost (the daily costs are printed to 0.1 元) */
static hk_status check_daily(rpt *R, hk_err *err)
{
	const hk_rfile *d = R->f[HK_RK_ECONDAY];
	long cs = hk_rt_col(d, "scheme");
	double sum[RPT_MAXS] = {0}, days[RPT_MAXS] = {0}, c, n;
	size_t i;
	int k;
	for (i = 0; i < d->nrows; i++) {
		const char *nm = hk_rt_cell(d, i, cs);
		for (k = 0; k < R->ns && strcmp(R->s[k].name, nm); k++)
			;
		if (k == R->ns)
			return hk_fail_at(err, HK_EINVAL, d->path, d->line[i], (int)cs + 1,
					  "scheme %s is not a scheme of %s: expected the daily table of the same econ run",
					  nm, R->f[HK_RK_ECON]->path);
		hk_rt_num(d, i, "cost_yuan", &c, NULL);
		hk_rt_num(d, i, "days", &n, NULL);
		sum[k] += c * n;
		days[k] += n;
	}
	for (k = 0; k < R->ns; k++)
		if (fabs(sum[k] - R->s[k].cost) > 0.05 * days[k] + 1)
			return hk_fail_at(err, HK_EINVAL, d->path, 0, 0,
					  "cost_yuan × days of scheme %s (%.0f 元) contradicts s%d_annual_cost_yuan of %s "
					  "(%.0f 元): expected the daily table of the same econ run",
					  R->s[k].name, sum[k], k + 1, R->f[HK_RK_ECON]->path, R->s[k].cost);
	return HK_OK;
}

/* ---- unit prices ---- */

/* The unit-price table (the one given, else the default file). */
static hk_status price_file(rpt *R, const hk_rfile **pf, hk_err *err)
{
	hk_status st;
	*pf = R->f[HK_RK_PRICES];
	if (*pf)
		return HK_OK;
	if (!R->own_prices.path[0]) {
		if (!R->o->prices_default)
			return hk_fail(err, HK_ENOTFOUND, "no unit-price table: expected one among the files");
		if ((st = hk_rfile_read(&R->own_prices, R->o->prices_default, err)) != HK_OK)
			return st;
	}
	*pf = &R->own_prices;
	return HK_OK;
}

/* The price row of item from the unit-price table (added to R->pr once);
 * why: what needs it, for the error when the table has none. */
static hk_status table_price(rpt *R, int item, const char *why, int *out, hk_err *err)
{
	const hk_rfile *pf;
	hk_status st;
	long ci, cu, cp;
	size_t i;
	int j;
	for (j = 0; j < R->npr; j++)
		if (R->pr[j].item == item && !strncmp(R->pr[j].origin, "table", 5)) {
			*out = j;
			return HK_OK;
		}
	if ((st = price_file(R, &pf, err)) != HK_OK)
		return st;
	ci = kcol(pf, &hk_tk_prices, HK_UP_ITEM, NULL);
	cu = kcol(pf, &hk_tk_prices, HK_UP_UNIT, NULL);
	cp = kcol(pf, &hk_tk_prices, HK_UP_PRICE, NULL);
	for (i = 0; i < pf->nrows && item_of(hk_rt_cell(pf, i, ci)) != item; i++)
		;
	if (i == pf->nrows || R->npr >= RPT_MAXI)
		return hk_fail_at(err, HK_ENOTFOUND, pf->path, 0, 0,
				  "no unit price for %s, needed for %s: expected a row item,unit,price,source for it",
				  items[item].key, why);
	{
		rpt_price *p = &R->pr[R->npr];
		const char *u = hk_rt_cell(pf, i, cu), *t = hk_rt_cell(pf, i, cp);
		double v, f = 1;
		if (hk_parse_number(t, &v, NULL) != HK_OK || v < 0)
			return hk_fail_at(err, HK_EPARSE, pf->path, pf->line[i], (int)cp + 1,
					  "price is not a number (%s): expected a unit price >= 0", t);
		if (*u && !hk_unit_ratio(HK_DIM_MONEY, items[item].dim, u, &f))
			return hk_fail_at(err, HK_EPARSE, pf->path, pf->line[i], (int)cu + 1,
					  "unknown unit (%s): expected 元/U, yuan/U or 万元/U with U one of %s", u,
					  hk_dim_units_list(items[item].dim));
		memset(p, 0, sizeof *p);
		p->item = item;
		p->price = v * f;
		snprintf(p->origin, sizeof p->origin, "table\t%s\t%ld", rpt_base(pf->path), pf->line[i]);
		snprintf(p->note, sizeof p->note, "%s%s%s", t, *u ? " " : "", u);
		*out = R->npr++;
	}
	return HK_OK;
}

static rpt_item *new_item(rpt *R, int scheme, int item, double qty, hk_err *err, hk_status *st)
{
	rpt_item *it;
	if (R->nit >= RPT_MAXI) {
		*st = hk_fail(err, HK_ERANGE, "more than %d equipment rows", RPT_MAXI);
		return NULL;
	}
	it = &R->it[R->nit++];
	memset(it, 0, sizeof *it);
	it->scheme = scheme;
	it->item = item;
	it->qty = qty;
	return it;
}

/* ---- the investment table ---- */

/* One investment row: scheme, item, quantity in the item's unit and its
 * unit price (its own, or the unit-price table's). */
static hk_status invest_row(rpt *R, const hk_rfile *f, size_t i, hk_err *err)
{
	double fq = 1, fp = 1, fa = 1, qty, price = NAN, amount = NAN, uf = 1, uo = 0;
	long cs = kcol(f, &hk_tk_invest, HK_INV_SCHEME, NULL), ci = kcol(f, &hk_tk_invest, HK_INV_ITEM, NULL);
	long cq = kcol(f, &hk_tk_invest, HK_INV_QTY, &fq), cu = kcol(f, &hk_tk_invest, HK_INV_UNIT, NULL);
	long cp = kcol(f, &hk_tk_invest, HK_INV_PRICE, &fp), ca = kcol(f, &hk_tk_invest, HK_INV_AMOUNT, &fa);
	const char *sn = hk_rt_cell(f, i, cs), *u = hk_rt_cell(f, i, cu), *t;
	int k, item = item_of(hk_rt_cell(f, i, ci));
	hk_status st = HK_OK;
	rpt_item *it;
	for (k = 0; k < R->ns && strcmp(R->s[k].name, sn); k++)
		;
	if (k == R->ns)
		return hk_fail_at(err, HK_EINVAL, f->path, f->line[i], (int)cs + 1,
				  "scheme %s is not a scheme of %s: expected the investment table econ was run with",
				  sn, R->f[HK_RK_ECON]->path);
	if (item < 0)
		return hk_fail_at(err, HK_EINVAL, f->path, f->line[i], (int)ci + 1,
				  "unknown item (%s): expected heat_pump_kw, tank_m3, pump_kw, land_m2 or other_yuan",
				  hk_rt_cell(f, i, ci));
	t = hk_rt_cell(f, i, cq);
	if (hk_parse_number(t, &qty, NULL) != HK_OK || qty < 0)
		return hk_fail_at(err, HK_EPARSE, f->path, f->line[i], (int)cq + 1,
				  "quantity is not a number (%s): expected a quantity >= 0", t);
	if (*u) {
		char fu[64];
		hk_fold(u, fu, sizeof fu, 1);
		if (!hk_unit_lookup(items[item].dim, fu, &uf, &uo))
			return hk_fail_at(err, HK_EPARSE, f->path, f->line[i], (int)cu + 1,
					  "unknown unit (%s): expected one of %s", u, hk_dim_units_list(items[item].dim));
	}
	if (cp >= 0 && hk_parse_number(hk_rt_cell(f, i, cp), &price, NULL) == HK_OK)
		price *= fp;
	else if (ca >= 0 && hk_parse_number(hk_rt_cell(f, i, ca), &amount, NULL) == HK_OK)
		price = qty > 0 ? amount * fa / qty : 0;
	if (!(it = new_item(R, k, item, qty * uf + uo, err, &st)))
		return st;
	snprintf(it->qty_src, sizeof it->qty_src, "invest\t%s\t%ld", rpt_base(f->path), f->line[i]);
	if (isnan(price) && item == RI_OTHER)
		price = 1;
	if (isnan(price))
		return table_price(R, item, rpt_fmt("%s line %ld", f->path, f->line[i]), &it->price, err);
	if (R->npr >= RPT_MAXI)
		return hk_fail(err, HK_ERANGE, "more than %d prices", RPT_MAXI);
	memset(&R->pr[R->npr], 0, sizeof R->pr[R->npr]);
	R->pr[R->npr].item = item;
	R->pr[R->npr].price = price / uf; /* per unit as written → per the item's unit */
	snprintf(R->pr[R->npr].origin, sizeof R->pr[R->npr].origin, "invest\t%s\t%ld", rpt_base(f->path), f->line[i]);
	it->price = R->npr++;
	return HK_OK;
}

/* The heat pumps and tank econ's profile designed, where the investment
 * table leaves them out (econ prices them at the unit-price table). */
static hk_status designed(rpt *R, hk_err *err)
{
	static const char *const key[2] = {"heat_pump_kw", "tank_m3"};
	static const int item[2] = {RI_HP, RI_TANK};
	const hk_rfile *e = R->f[HK_RK_ECON];
	hk_status st = HK_OK;
	int k, j, i;
	for (k = 0; k < R->ns; k++)
		for (j = 0; j < 2; j++) {
			char sk[64];
			double q;
			rpt_item *it;
			snprintf(sk, sizeof sk, "s%d_%s", k + 1, key[j]);
			q = hk_rs_opt(e, sk);
			if (!(q > 0))
				continue;
			for (i = 0; i < R->nit && !(R->it[i].scheme == k && R->it[i].item == item[j]); i++)
				;
			if (i < R->nit)
				continue;
			if (!(it = new_item(R, k, item[j], q, err, &st)))
				return st;
			snprintf(it->qty_src, sizeof it->qty_src, "econ\t%s\t%s", rpt_base(e->path), sk);
			if ((st = table_price(R, item[j], rpt_fmt("%s of %s", sk, e->path), &it->price, err)) != HK_OK)
				return st;
		}
	return HK_OK;
}

/* Each scheme's rows total econ's investment. */
static hk_status check_totals(rpt *R, hk_err *err)
{
	const hk_rfile *e = R->f[HK_RK_ECON];
	int k, i;
	for (k = 0; k < R->ns; k++) {
		double sum = 0;
		for (i = 0; i < R->nit; i++)
			if (R->it[i].scheme == k)
				sum += R->it[i].qty * R->pr[R->it[i].price].price;
		if (fabs(sum - R->s[k].invest) > 0.5 + 1e-9 * sum) {
			char key[64];
			snprintf(key, sizeof key, "s%d_invest_yuan", k + 1);
			return hk_fail_at(err, HK_EINVAL, e->path, e->line[hk_rs_row(e, key)], 2,
					  "%s (%.0f 元) is not what the investment and unit-price tables price for scheme "
					  "%s (%.0f 元): expected the investment and unit-price files econ was run with",
					  key, R->s[k].invest, R->s[k].name, sum);
		}
	}
	return HK_OK;
}

/* Heat pumps shown as units (台) of the designed model, when the row's
 * kW are the design's units × rated kW. */
static void dress(rpt *R)
{
	const hk_rfile *h = R->f[HK_RK_HP], *e = R->f[HK_RK_ECON];
	double n = h ? hk_rs_opt(h, "units") : hk_rs_opt(e, "units");
	double q = h ? hk_rs_opt(h, "rated_kw") : hk_rs_opt(e, "rated_kw");
	const char *model = h ? hk_rs_text(h, "model") : hk_rs_text(e, "hp_model");
	int i;
	for (i = 0; i < R->nit; i++) {
		rpt_item *it = &R->it[i];
		if (it->item == RI_HP && n > 0 && q > 0 && fabs(it->qty - n * q) <= 0.5) {
			it->count = n;
			it->unit_kw = q;
			it->model = model;
			it->from = h;
		}
		if (it->item == RI_TANK && R->f[HK_RK_TANK] &&
		    fabs(it->qty - hk_rs_opt(R->f[HK_RK_TANK], "volume_m3")) <= 0.5)
			it->from = R->f[HK_RK_TANK];
	}
}

/* The design itself when there is no econ: hpsize's heat pumps, the tank. */
static hk_status design_rows(rpt *R, hk_err *err)
{
	const hk_rfile *h = R->f[HK_RK_HP], *t = R->f[HK_RK_TANK];
	hk_status st = HK_OK;
	rpt_item *it;
	if (h) {
		if (!(it = new_item(R, -2, RI_HP, hk_rs_opt(h, "units") * hk_rs_opt(h, "rated_kw"), err, &st)))
			return st;
		snprintf(it->qty_src, sizeof it->qty_src, "design\t%s\tunits", rpt_base(h->path));
		if ((st = table_price(R, RI_HP, rpt_fmt("the heat pumps of %s", h->path), &it->price, err)) != HK_OK)
			return st;
	}
	if (t) {
		if (!(it = new_item(R, -2, RI_TANK, hk_rs_opt(t, "volume_m3"), err, &st)))
			return st;
		snprintf(it->qty_src, sizeof it->qty_src, "design\t%s\tvolume_m3", rpt_base(t->path));
		if ((st = table_price(R, RI_TANK, rpt_fmt("the tank of %s", t->path), &it->price, err)) != HK_OK)
			return st;
	}
	return HK_OK;
}

/* Pump groups: pumps_total × motor_kw at the pump price per kW. */
static hk_status pump_rows(rpt *R, hk_err *err)
{
	int k;
	hk_status st = HK_OK;
	for (k = 0; k < R->npump; k++) {
		const hk_rfile *p = R->pump[k];
		double n = hk_rs_opt(p, "pumps_total"), m = hk_rs_opt(p, "motor_kw");
		rpt_item *it = new_item(R, -1, RI_PUMP, n * m, err, &st);
		if (!it)
			return st;
		it->count = n;
		it->unit_kw = m;
		it->model = hk_rs_text(p, "pump_model");
		it->label = p->label;
		it->from = p;
		snprintf(it->qty_src, sizeof it->qty_src, "design\t%s\tpumps_total", rpt_base(p->path));
		if ((st = table_price(R, RI_PUMP, rpt_fmt("the pumps of %s", p->path), &it->price, err)) != HK_OK)
			return st;
	}
	return HK_OK;
}

hk_status rpt_invest(rpt *R, hk_err *err)
{
	const hk_rfile *e = R->f[HK_RK_ECON], *inv = R->f[HK_RK_INVEST];
	hk_status st;
	size_t i;
	if (e && (st = read_schemes(R, err)) != HK_OK)
		return st;
	if (e && R->f[HK_RK_ECONDAY] && (st = check_daily(R, err)) != HK_OK)
		return st;
	/* econ without --invest priced nothing (cmd/econ.c: "no --invest: 0"):
	 * the list is then the design, and the investments inputs of 经济 */
	if (!e || !strncmp(hk_rs_source(e, "s1_invest_yuan"), "no --invest", 11)) {
		if ((st = design_rows(R, err)) != HK_OK)
			return st;
	} else {
		for (i = 0; inv && i < inv->nrows; i++)
			if ((st = invest_row(R, inv, i, err)) != HK_OK)
				return st;
		if ((st = designed(R, err)) != HK_OK || (st = check_totals(R, err)) != HK_OK)
			return st;
	}
	if ((st = pump_rows(R, err)) != HK_OK)
		return st;
	dress(R);
	return HK_OK;
}
