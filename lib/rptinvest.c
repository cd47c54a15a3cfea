/*
 * rptinvest.c - what the tender list prices: econ's schemes, their
 * equipment rows and the unit prices behind them.
 *
 * The rows follow econ's investment rule (lib/invest.h, README
 * "Investment"): the investment table's rows, each priced by its own
 * price or amount or else by the unit-price table; then, per scheme, the
 * heat pumps and tank the profile designed (econ's sN_heat_pump_kw,
 * sN_tank_m3) when the investment table leaves them out.  A price from
 * the table is the one econ used (its summary's price_ITEM, which an econ
 * --price ID may have chosen), else the table's own choice.  Each scheme's
 * total must equal econ's sN_invest_yuan: the report prices what econ
 * priced, or says which file differs.
 *
 * Without an econ summary (or one run without --invest) the list is the
 * design itself: the heat pumps of hpsize and the tank of tanksize at the
 * unit-price table's prices.  Pump groups (pumpselect summaries) are
 * listed apart, as plant every scheme has, priced per kW of motor at the
 * pump price (the Malan paper's Table 2 prices pumps per W of power).
 */
#include "rpt.h"

#include "grow.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "invest.h"
#include "table.h"
#include "tariff.h"

/* ---- schemes (econ summary) ---- */

/* Operating costs as formulas kWh(period) × price(period) + gas × its
 * price, when econ wrote every scheme's electricity per period kind and
 * the price of each kind used, and they give its annual cost (to the
 * rounding of the summary's figures: 1 元 and 0.5 kWh per period). */
static void by_kind(rpt *R)
{
	const hk_rfile *e = R->f[HK_RK_ECON];
	double kc[RPT_MAXS] = {0};
	int j, k;
	R->by_kind = R->ns > 0;
	for (j = 0; j < 5; j++)
		R->tprice[j] = hk_rs_opt(e, rpt_fmt("tariff_%s_yuan_kwh", hk_period_kind_name(j)));
	R->gas_price = hk_rs_opt(e, "gas_price_yuan_m3");
	for (k = 0; k < R->ns && R->by_kind; k++) {
		rpt_scheme *s = &R->s[k];
		double c = 0, tol = 1;
		int any = 0;
		for (j = 0; j < 5; j++) {
			if (isnan(s->kwh_kind[j]))
				continue;
			any = 1;
			if (s->kwh_kind[j] > 0 && isnan(R->tprice[j]))
				R->by_kind = 0;
			else if (s->kwh_kind[j] > 0)
				c += s->kwh_kind[j] * R->tprice[j], tol += 0.5 * R->tprice[j];
		}
		if (isfinite(s->gas_m3)) {
			any = 1;
			if (isnan(R->gas_price))
				R->by_kind = 0;
			else
				c += s->gas_m3 * R->gas_price, tol += 0.5 * R->gas_price;
		}
		if (!any || fabs(c - s->cost) > tol + 1)
			R->by_kind = 0;
		kc[k] = c;
	}
	/* the workbook's cost is the formula's, over the summary's rounded figures */
	for (k = 0; k < R->ns && R->by_kind; k++)
		R->s[k].cost = kc[k];
}

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
		for (int j = 0; j < 5; j++)
			s->kwh_kind[j] = hk_rs_opt(e, SKEY(rpt_fmt("annual_elec_kwh_%s", hk_period_kind_name(j))));
		s->gas_m3 = hk_rs_opt(e, SKEY("annual_gas_m3"));
#undef SKEY
		if (!strcmp(s->name, base))
			R->base = k;
	}
	R->ns = k;
	by_kind(R);
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

/* a row appended to a price table (hk_prices_free frees it with the rest) */
static hk_price *add_row(hk_prices *t)
{
	if (hk_grow((void **)&t->v, &t->cap, t->n, sizeof *t->v, NULL) != HK_OK)
		return NULL;
	return &t->v[t->n++];
}

/* "…, id malan-tank, …" of econ's price source: the id, or "" */
static void source_id(const char *src, char *id, size_t sz)
{
	const char *p = strstr(src, ", id ");
	id[0] = '\0';
	if (p)
		snprintf(id, sz, "%.*s", (int)strcspn(p + 5, ",;"), p + 5);
}

/* econ's price of item (price_ITEM of its summary) over the table's pick:
 * the row its source names by id, else the pick with econ's figure, else a
 * row of its own (a price file the report was not given) */
static hk_status econ_price(rpt *R, int item, hk_err *err)
{
	hk_prices *t = &R->tab;
	const hk_rfile *e = R->f[HK_RK_ECON];
	char key[64], id[48];
	double v;
	long j = -1;
	size_t i;
	snprintf(key, sizeof key, "price_%s", hk_inv_items[item].key);
	if (!e || !isfinite(v = hk_rs_opt(e, key)))
		return HK_OK;
	source_id(hk_rs_source(e, key), id, sizeof id);
	for (i = 0; *id && i < t->n; i++)
		if (t->v[i].item == item && !strcmp(t->v[i].id, id))
			j = (long)i;
	if (j < 0 && t->pick[item] >= 0 && t->v[t->pick[item]].has_price &&
	    fabs(t->v[t->pick[item]].price - v) <= 1e-9 * v)
		j = t->pick[item];
	if (j < 0) {
		hk_price *n = add_row(t);
		if (!n)
			return hk_fail(err, HK_ENOMEM, "out of memory");
		memset(n, 0, sizeof *n);
		n->item = item;
		n->line = 0;
		snprintf(n->source, sizeof n->source, "%s", hk_rs_source(e, key));
		j = (long)t->n - 1;
	}
	t->v[j].price = v;
	t->v[j].has_price = 1;
	t->pick[item] = j;
	return HK_OK;
}

/* The unit-price table once: the one given, else the default file, its
 * rows chosen as econ chooses them (no --price: only or default rows),
 * then econ's own prices over them. */
static hk_status load_table(rpt *R, hk_err *err)
{
	const hk_rfile *g = R->f[HK_RK_PRICES];
	const char *path = g ? g->path : R->o->prices_default;
	hk_status st;
	size_t k;
	if (R->tab_loaded)
		return HK_OK;
	R->tab_loaded = 1;
	memset(&R->tab, 0, sizeof R->tab);
	for (k = 0; k < sizeof R->tab.pick / sizeof R->tab.pick[0]; k++)
		R->tab.pick[k] = -1;
	if (path && ((st = hk_prices_load(path, &R->tab, err)) != HK_OK ||
		     (st = hk_prices_choose(&R->tab, NULL, 0, err)) != HK_OK))
		return st;
	for (k = 0; k < hk_inv_nitems && k < RI_N; k++)
		if ((st = econ_price(R, (int)k, err)) != HK_OK)
			return st;
	return HK_OK;
}

static const char *status_zh(hk_price_status s)
{
	static const char *const w[] = {"出处未注明", "有出处", "推算值", "占位价格（无公开价格，须自行给定）"};
	return w[s];
}

/* where table row j's price comes from, in the book's language */
static void describe(rpt *R, long j, rpt_price *p)
{
	const hk_price *v = &R->tab.v[j];
	const hk_rfile *e = R->f[HK_RK_ECON];
	char key[64];
	snprintf(key, sizeof key, "price_%s", hk_inv_items[v->item].key);
	if (e && hk_rs_row(e, key) >= 0)
		snprintf(p->origin, sizeof p->origin, "econ\t%s\t%ld", rpt_base(e->path), rpt_key_line(e, key));
	else
		snprintf(p->origin, sizeof p->origin, "table\t%s\t%ld", rpt_base(R->tab.file), v->line);
	if (v->line == 0) /* econ's price from a file the report was not given */
		snprintf(p->note, sizeof p->note, "%s", R->lzh ? "" : v->source);
	else if (R->lzh)
		snprintf(p->note, sizeof p->note, "%s 第%ld行，年份：%s，%s", rpt_base(R->tab.file), v->line,
			 strpbrk(v->year, "0123456789") ? v->year : "未注明", status_zh(v->status));
	else
		hk_price_describe(&R->tab, (size_t)j, p->note, sizeof p->note);
}

/* The price row of item from econ or the table (added to R->pr once);
 * why: what needs it, for the error when there is none. */
static hk_status table_price(rpt *R, int item, const char *why, int *out, hk_err *err)
{
	hk_status st;
	long j;
	int k;
	for (k = 0; k < R->npr; k++)
		if (R->pr[k].item == item && R->pr[k].from_table) {
			*out = k;
			return HK_OK;
		}
	if ((st = load_table(R, err)) != HK_OK)
		return st;
	j = item < (int)(sizeof R->tab.pick / sizeof R->tab.pick[0]) ? R->tab.pick[item] : -1;
	if (j < 0 || R->npr >= RPT_MAXI)
		return hk_fail_at(err, HK_ENOTFOUND, R->tab.file[0] ? R->tab.file : "unit prices", 0, 0,
				  "no unit price for %s, needed for %s: expected a row item,unit,price,source for it",
				  hk_inv_items[item].key, why);
	if ((st = hk_price_usable(&R->tab, (size_t)j, err)) != HK_OK)
		return st;
	memset(&R->pr[R->npr], 0, sizeof R->pr[R->npr]);
	R->pr[R->npr].item = item;
	R->pr[R->npr].price = R->tab.v[j].price;
	R->pr[R->npr].from_table = 1;
	describe(R, j, &R->pr[R->npr]);
	*out = R->npr++;
	return HK_OK;
}

static rpt_item *new_item(rpt *R, int scheme, int item, double qty, hk_err *err, hk_status *st)
{
	rpt_item *it;
	if (R->nit >= RPT_MAXI || item < 0 || item >= RI_N) {
		*st = hk_fail(err, HK_ERANGE, "more than %d equipment rows, or an item the report does not list",
			      RPT_MAXI);
		return NULL;
	}
	it = &R->it[R->nit++];
	memset(it, 0, sizeof *it);
	it->scheme = scheme;
	it->item = item;
	it->qty = qty;
	return it;
}

/* ---- the investment table (lib/invest.c reads it as econ does) ---- */

static hk_status invest_rows(rpt *R, hk_err *err)
{
	const hk_rfile *f = R->f[HK_RK_INVEST];
	const char *names[RPT_MAXS];
	hk_invest_tab t;
	hk_status st = HK_OK;
	size_t i;
	int k;
	if (!f)
		return HK_OK;
	for (k = 0; k < R->ns; k++)
		names[k] = R->s[k].name;
	if ((st = load_table(R, err)) != HK_OK)
		return st;
	if ((st = hk_invest_load(f->path, names, (size_t)R->ns, &R->tab, &t, err)) != HK_OK) {
		hk_invest_free(&t);
		return st;
	}
	for (i = 0; i < t.n && st == HK_OK; i++) {
		const hk_inv_row *v = &t.v[i];
		rpt_item *it = new_item(R, (int)v->scheme, v->item, v->qty, err, &st);
		if (!it)
			break;
		snprintf(it->qty_src, sizeof it->qty_src, "invest\t%s\t%ld", rpt_base(f->path), v->line);
		if (v->price_row >= 0) {
			st = table_price(R, v->item, rpt_fmt("%s line %ld", f->path, v->line), &it->price, err);
		} else if (R->npr >= RPT_MAXI) {
			st = hk_fail(err, HK_ERANGE, "more than %d prices", RPT_MAXI);
		} else { /* the row's own price (or amount / quantity) */
			memset(&R->pr[R->npr], 0, sizeof R->pr[R->npr]);
			R->pr[R->npr].item = v->item;
			R->pr[R->npr].price = v->price;
			snprintf(R->pr[R->npr].origin, sizeof R->pr[R->npr].origin, "invest\t%s\t%ld", rpt_base(f->path),
				 v->line);
			it->price = R->npr++;
		}
	}
	hk_invest_free(&t);
	return st;
}

/* The heat pumps and tank econ's profile designed, where the investment
 * table leaves them out (econ prices them at the unit-price table). */
static hk_status designed(rpt *R, hk_err *err)
{
	static const char *const key[6] = {"heat_pump_kw", "tank_m3", "borehole_m", "gshp_kw", "boiler_kw",
					   "gas_boiler_kw"};
	static const int item[6] = {RI_HP, RI_TANK, RI_BORE, RI_GSHP, RI_BOILER, RI_GASB};
	const hk_rfile *e = R->f[HK_RK_ECON];
	hk_status st = HK_OK;
	int k, j, i;
	for (k = 0; k < R->ns; k++)
		for (j = 0; j < 6; j++) {
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
			snprintf(it->qty_src, sizeof it->qty_src, "econ\t%s\t%ld", rpt_base(e->path), rpt_key_line(e, sk));
			if ((st = table_price(R, item[j], rpt_fmt("%s of %s", sk, e->path), &it->price, err)) != HK_OK)
				return st;
		}
	return HK_OK;
}

/* The pump groups econ priced in a scheme (its sN_pump_group_kw, from
 * econ --pumps), at the pump price. */
static hk_status pump_groups(rpt *R, hk_err *err)
{
	const hk_rfile *e = R->f[HK_RK_ECON];
	hk_status st = HK_OK;
	int k;
	for (k = 0; k < R->ns; k++) {
		char sk[64];
		double q;
		rpt_item *it;
		snprintf(sk, sizeof sk, "s%d_pump_group_kw", k + 1);
		if (!((q = hk_rs_opt(e, sk)) > 0))
			continue;
		if (!(it = new_item(R, k, RI_PUMP, q, err, &st)))
			return st;
		snprintf(it->qty_src, sizeof it->qty_src, "econ\t%s\t%ld", rpt_base(e->path), rpt_key_line(e, sk));
		if ((st = table_price(R, RI_PUMP, rpt_fmt("%s of %s", sk, e->path), &it->price, err)) != HK_OK)
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
		snprintf(it->qty_src, sizeof it->qty_src, "design\t%s\t%ld", rpt_base(h->path), rpt_key_line(h, "units"));
		if ((st = table_price(R, RI_HP, rpt_fmt("the heat pumps of %s", h->path), &it->price, err)) != HK_OK)
			return st;
	}
	if (t) {
		if (!(it = new_item(R, -2, RI_TANK, hk_rs_opt(t, "volume_m3"), err, &st)))
			return st;
		snprintf(it->qty_src, sizeof it->qty_src, "design\t%s\t%ld", rpt_base(t->path), rpt_key_line(t, "volume_m3"));
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
		snprintf(it->qty_src, sizeof it->qty_src, "design\t%s\t%ld", rpt_base(p->path), rpt_key_line(p, "pumps_total"));
		if ((st = table_price(R, RI_PUMP, rpt_fmt("the pumps of %s", p->path), &it->price, err)) != HK_OK)
			return st;
	}
	return HK_OK;
}

hk_status rpt_invest(rpt *R, hk_err *err)
{
	const hk_rfile *e = R->f[HK_RK_ECON];
	hk_status st;
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
		if ((st = invest_rows(R, err)) != HK_OK || (st = designed(R, err)) != HK_OK ||
		    (st = pump_groups(R, err)) != HK_OK || (st = check_totals(R, err)) != HK_OK)
			return st;
	}
	if ((st = pump_rows(R, err)) != HK_OK)
		return st;
	dress(R);
	return HK_OK;
}
