/* test_econ.c - econ's core out of cmd/: the price table (any number of
 * rows, the row of each item chosen by id, default or as the only one,
 * placeholders), the investment table, and hk_econ_run (investment with
 * the design that travelled down the pipe, annual sums, base, payback,
 * the backup heater).  Expected figures: the Malan paper's Tables 2-3 and
 * §3.4, and hand arithmetic stated beside each check. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "econ.h"
#include "invest.h"
#include "unit.h"

static hk_status prices_mem(const char *text, hk_prices *p, hk_err *e)
{
	hk_reader *r;
	hk_status st = hk_reader_open_mem(&r, "p.csv", text, strlen(text), NULL, e);
	if (st != HK_OK)
		return st;
	st = hk_prices_read(r, p, e);
	hk_reader_close(r);
	return st;
}

static hk_status invest_mem(const char *text, const char *const *names, size_t ns, const hk_prices *p,
			    hk_invest_tab *t, hk_err *e)
{
	hk_reader *r;
	hk_status st = hk_reader_open_mem(&r, "inv.csv", text, strlen(text), NULL, e);
	if (st != HK_OK)
		return st;
	st = hk_invest_read(r, names, ns, p, t, e);
	hk_reader_close(r);
	return st;
}

static void test_items(void)
{
	UNIT_EQ_INT(hk_inv_item_of("low_temperature_air_source_heat_pump"), HK_ITEM_HEAT_PUMP, "ASHP alias");
	UNIT_EQ_INT(hk_inv_item_of("蓄热罐"), HK_ITEM_TANK, "蓄热罐 is tank_m3");
	UNIT_EQ_INT(hk_inv_item_of("Circulating Pump"), HK_ITEM_PUMP, "folded like a header");
	UNIT_EQ_INT(hk_inv_item_of("electric_boiler_kw"), hk_inv_item_of("boiler_kw"), "boiler alias");
	UNIT_EQ_INT(hk_inv_item_of("heat"), -1, "a prefix of an alias is no item");
	UNIT_NEAR(hk_half_last_digit("14.8"), 0.05, 1e-15, "14.8 written: ±0.05");
	UNIT_NEAR(hk_half_last_digit("150"), 0.5, 1e-15, "150 written: ±0.5");
	UNIT_NEAR(hk_half_last_digit("1.5e3"), 0, 0, "exponent form: exact");
}

static void test_prices(void)
{
	hk_prices p;
	hk_err e;
	/* units: 0.7 元/W = 700 元/kW, 0.15 万元/m3 = 1500 元/m3 (Malan Table 2) */
	UNIT_EQ_INT(prices_mem("item,unit,price\nheat_pump_kw,yuan/W,0.7\nstorage_tank,万元/m3,0.15\n", &p, &e), HK_OK,
		    "read");
	UNIT_NEAR(p.v[0].price, 700, 1e-9, "0.7 元/W = 700 元/kW");
	UNIT_NEAR(p.v[1].price, 1500, 1e-9, "0.15 万元/m3 = 1500 元/m3");
	UNIT_EQ_INT(hk_prices_choose(&p, NULL, 0, &e), HK_OK, "choose");
	UNIT_EQ_INT(hk_prices_pick(&p, HK_ITEM_TANK), 1, "the only tank row");
	UNIT_EQ_INT(p.v[1].chosen, HK_CHOSEN_ONLY, "chosen as the only row");
	UNIT_EQ_INT(hk_prices_pick(&p, HK_ITEM_LAND), -1, "no land row");
	hk_prices_free(&p);

	static const char three[] = "id,item,unit,price,default,source\n"
				    "a,heat_pump_kw,yuan/kW,700,,x\nb,heat_pump_kw,yuan/kW,2842,yes,x\n"
				    "c,heat_pump_kw,yuan/kW,2528,,x\n";
	const char *ids[] = {"c"};
	UNIT_EQ_INT(prices_mem(three, &p, &e), HK_OK, "three rows");
	UNIT_EQ_INT(hk_prices_choose(&p, NULL, 0, &e), HK_OK, "choose the default");
	UNIT_EQ_INT(hk_prices_pick(&p, HK_ITEM_HEAT_PUMP), 1, "the row marked default (b)");
	hk_prices_free(&p);
	UNIT_EQ_INT(prices_mem(three, &p, &e), HK_OK, "three rows again");
	UNIT_EQ_INT(hk_prices_choose(&p, ids, 1, &e), HK_OK, "choose c");
	UNIT_EQ_INT(hk_prices_pick(&p, HK_ITEM_HEAT_PUMP), 2, "--price c");
	UNIT_EQ_INT(p.v[2].chosen, HK_CHOSEN_ID, "chosen by id");
	UNIT_EQ_INT(p.v[1].chosen, HK_CHOSEN_NOT, "the default not chosen");
	hk_prices_free(&p);
	const char *two[] = {"a", "c"}, *bad[] = {"z"};
	UNIT_EQ_INT(prices_mem(three, &p, &e), HK_OK, "three rows, two ids");
	UNIT_EQ_INT(hk_prices_choose(&p, two, 2, &e), HK_EINVAL, "two ids for one item: an error");
	hk_prices_free(&p);
	UNIT_EQ_INT(prices_mem(three, &p, &e), HK_OK, "three rows, an unknown id");
	UNIT_EQ_INT(hk_prices_choose(&p, bad, 1, &e), HK_EINVAL, "unknown id: an error");
	UNIT_TRUE(strstr(e.what, "expected one of: a, b, c") != NULL, "the error lists the ids");
	hk_prices_free(&p);

	/* several rows and no choice: at the second row */
	UNIT_EQ_INT(prices_mem("id,item,unit,price\na,tank_m3,yuan/m3,1500\nb,tank_m3,yuan/m3,1800\n", &p, &e), HK_OK,
		    "two tank rows");
	UNIT_EQ_INT(hk_prices_choose(&p, NULL, 0, &e), HK_EINVAL, "no choice: an error");
	UNIT_EQ_INT(e.line, 3, "at the second row");
	UNIT_EQ_INT(e.col, 2, "at its item");
	hk_prices_free(&p);
	UNIT_EQ_INT(prices_mem("item,unit,price\ntank_m3,yuan/m3,1500\nstorage_tank,yuan/m3,1800\n", &p, &e), HK_OK,
		    "two tank rows without ids");
	UNIT_EQ_INT(hk_prices_choose(&p, NULL, 0, &e), HK_EINVAL, "no ids: an error");
	UNIT_EQ_STR(e.what, "tank_m3 again (storage_tank): expected one unit price per item", "the message");
	hk_prices_free(&p);
	UNIT_EQ_INT(prices_mem("id,item,price,default\na,land,240,yes\nb,land,300,yes\n", &p, &e), HK_OK, "two defaults");
	UNIT_EQ_INT(hk_prices_choose(&p, NULL, 0, &e), HK_EINVAL, "two defaults: an error");
	UNIT_EQ_INT(e.line, 3, "at the second default");
	hk_prices_free(&p);

	/* placeholders */
	UNIT_EQ_INT(prices_mem("item,unit,price,year,status,source\nborehole_m,yuan/m,,,placeholder,x\n"
			       "tank_m3,yuan/m3,1600,,,placeholder — give your own: mine\n",
			       &p, &e),
		    HK_OK, "placeholders");
	UNIT_EQ_INT(p.v[0].has_price, 0, "a placeholder without a figure");
	UNIT_EQ_INT(p.v[1].status, HK_PRICE_PLACEHOLDER, "a source saying placeholder is one");
	UNIT_EQ_INT(hk_price_usable(&p, 0, &e), HK_EINVAL, "no figure: not usable");
	UNIT_EQ_INT(e.line, 2, "at its line");
	UNIT_EQ_INT(e.col, 3, "at its price");
	UNIT_EQ_INT(hk_price_usable(&p, 1, &e), HK_OK, "a figure: usable");
	hk_prices_free(&p);
	UNIT_EQ_INT(prices_mem("item,price,status\ntank_m3,,sourced\n", &p, &e), HK_EINVAL,
		    "no figure and not a placeholder: an error");
	hk_prices_free(&p);
	UNIT_EQ_INT(prices_mem("item,price,status\ntank_m3,1,quoted\n", &p, &e), HK_EINVAL, "unknown status");
	UNIT_EQ_INT(e.col, 3, "at the status");
	hk_prices_free(&p);
	UNIT_EQ_INT(prices_mem("id,item,price\na,tank_m3,1\na,land,2\n", &p, &e), HK_EINVAL, "an id twice");
	hk_prices_free(&p);
}

/* any number of rows: 5000 heat-pump rows, row k at k 元/kW, the last chosen */
static void test_many_prices(void)
{
	size_t n = 5000, o, cap = 64 * n + 64;
	char *buf = malloc(cap), id[16];
	const char *ids[] = {id};
	hk_prices p;
	hk_err e;
	o = (size_t)snprintf(buf, cap, "id,item,unit,price\n");
	for (size_t k = 1; k <= n; k++)
		o += (size_t)snprintf(buf + o, cap - o, "p%zu,heat_pump_kw,yuan/kW,%zu\n", k, k);
	snprintf(id, sizeof id, "p%zu", n);
	UNIT_EQ_INT(prices_mem(buf, &p, &e), HK_OK, "5000 rows read");
	UNIT_EQ_INT(p.n, 5000, "5000 rows kept");
	UNIT_EQ_INT(hk_prices_choose(&p, ids, 1, &e), HK_OK, "the last chosen");
	UNIT_NEAR(p.v[hk_prices_pick(&p, HK_ITEM_HEAT_PUMP)].price, 5000, 0, "its price, 5000 元/kW");
	hk_prices_free(&p);
	free(buf);
}

static void test_invest(void)
{
	const char *names[] = {"A", "B"};
	hk_prices p;
	hk_invest_tab t;
	hk_err e;
	UNIT_EQ_INT(prices_mem("item,unit,price\ntank_m3,yuan/m3,1500\n", &p, &e), HK_OK, "prices");
	UNIT_EQ_INT(hk_prices_choose(&p, NULL, 0, &e), HK_OK, "choose");
	/* 616 m2 × 240 元 = 147 840 元, written 14.8 万元: within half a last digit (±500 元) */
	UNIT_EQ_INT(invest_mem("scheme,item,quantity,unit,单价(元),合价(万元)\n"
			       "A,other_yuan,0,,,\n"
			       "B,land,616,,240,14.8\n"
			       "B,heat_pump,5474000,W,0.7,\n"
			       "B,tank,1000,,,\n",
			       names, 2, &p, &t, &e),
		    HK_OK, "read");
	UNIT_EQ_INT(t.n, 4, "4 rows");
	UNIT_NEAR(t.v[1].qty * t.v[1].price, 147840, 1e-6, "land 616 × 240 = 147 840 元");
	UNIT_NEAR(t.v[2].qty, 5474, 1e-9, "5 474 000 W = 5474 kW");
	UNIT_NEAR(t.v[2].price, 700, 1e-9, "0.7 元/W = 700 元/kW");
	UNIT_EQ_INT(t.v[3].price_row, 0, "the tank priced by the table's row");
	UNIT_NEAR(t.v[3].price, 1500, 0, "at 1500 元/m3");
	hk_invest_free(&t);
	UNIT_EQ_INT(invest_mem("scheme,item,quantity,price,amount(万元)\nB,land,616,240,14\nA,other_yuan,0,,\n", names, 2,
			       &p, &t, &e),
		    HK_EINVAL, "616 × 240 = 14.784 万元 is not 14 (±0.5): an error");
	UNIT_EQ_INT(e.col, 5, "at the amount");
	hk_invest_free(&t);
	UNIT_EQ_INT(invest_mem("scheme,item,quantity\nB,land,1\n", names, 2, &p, &t, &e), HK_EINVAL,
		    "land without a price anywhere: an error");
	hk_invest_free(&t);
	UNIT_EQ_INT(invest_mem("scheme,item,quantity\nA,other,1\nB,other,1\nA,other,1\n", names, 2, &p, &t, &e),
		    HK_EINVAL, "a scheme's rows apart: an error");
	UNIT_EQ_INT(e.line, 4, "at the row that comes back");
	hk_invest_free(&t);
	UNIT_EQ_INT(invest_mem("scheme,item,quantity,cost\nA,other,1,3\n", names, 2, &p, &t, &e), HK_EPARSE,
		    "a money column econ does not read: an error");
	hk_invest_free(&t);
	hk_prices_free(&p);
}

/* Malan Table 3: daily cost per typical day and days; scheme 0 the heat
 * pumps alone, scheme 1 with the tank */
static const double days[4] = {28, 62, 45, 16};
static const double cost_hp[4] = {16000.0, 11459.1, 6964.3, 3416.7};
static const double cost_tank[4] = {14024.4, 8782.6, 5600.9, 1988.1};

static void malan_ops(hk_econ_ops *o, hk_econ_day *d, hk_econ_scheme *s)
{
	memset(o, 0, sizeof *o);
	snprintf(o->file, sizeof o->file, "tk.csv");
	memset(s, 0, 2 * sizeof *s);
	snprintf(s[0].name, sizeof s[0].name, "ASHP only");
	snprintf(s[1].name, sizeof s[1].name, "ASHP + storage");
	for (int k = 0; k < 2; k++) {
		s[k].d0 = 4 * (size_t)k;
		s[k].d1 = s[k].d0 + 4;
		for (int i = 0; i < 4; i++) {
			hk_econ_day *x = &d[4 * k + i];
			memset(x, 0, sizeof *x);
			x->scheme = (size_t)k;
			snprintf(x->day, sizeof x->day, "d%d", i);
			x->days = days[i];
			x->cost = k ? cost_tank[i] : cost_hp[i];
			x->kwh = x->unmet = x->unmet_cost1 = x->backup = NAN;
		}
	}
	o->day = d;
	o->nd = 8;
	o->s = s;
	o->ns = 2;
	o->design.units = o->design.rated_kw = o->design.tank_m3 = NAN;
}

static void test_run_malan(void)
{
	hk_econ_day d[8];
	hk_econ_scheme s[2];
	hk_econ_ops o;
	hk_prices p;
	hk_invest_tab t;
	hk_econ_result r;
	hk_err e;
	const char **names;
	malan_ops(&o, d, s);
	names = hk_econ_names(&o);
	UNIT_EQ_INT(prices_mem("item,unit,price\ntank,yuan/m3,1500\npump,yuan/W,1.0\nland,yuan/m2,240\n", &p, &e), HK_OK,
		    "Table 2 prices");
	UNIT_EQ_INT(hk_prices_choose(&p, NULL, 0, &e), HK_OK, "choose");
	UNIT_EQ_INT(invest_mem("scheme,item,quantity\nASHP + storage,tank_m3,1000\nASHP + storage,pump_kw,66\n"
			       "ASHP + storage,land_m2,616\nASHP only,other_yuan,0\n",
			       names, 2, &p, &t, &e),
		    HK_OK, "Table 3 quantities");
	hk_econ_request q = {&o, &t, &p, NULL, 0.08, 0, 20, 1};
	UNIT_EQ_INT(hk_econ_run(&q, &r, &e), HK_OK, "run");
	UNIT_EQ_INT(r.base, 0, "base: the lower investment (heat pumps alone)");
	UNIT_EQ_INT(r.cmp, 1, "compared: with the tank");
	UNIT_NEAR(r.s[0].cost / 1e4, 152.7, 0.05, "152.7 万元 a year without the tank (Table 3)");
	UNIT_NEAR(r.s[1].cost / 1e4, 122.1, 0.05, "122.1 万元 a year with it (Table 3)");
	UNIT_NEAR(r.s[1].invest / 1e4, 171.4, 0.05, "tank 150 + pumps 6.6 + land 14.8 = 171.4 万元 (§3.4)");
	UNIT_NEAR(r.s[1].eo.static_payback, 5.6, 0.05, "static payback ≈ 5.6 years (§3.4)");
	UNIT_TRUE(r.price_used[0] && r.price_used[1] && r.price_used[2], "every price row used");
	UNIT_EQ_INT(r.s[1].i1 - r.s[1].i0, 3, "three rows of the tank scheme");
	hk_econ_result_free(&r);
	q.base = "ASHP + storage";
	UNIT_EQ_INT(hk_econ_run(&q, &r, &e), HK_OK, "run with --base");
	UNIT_EQ_INT(r.base, 1, "the base named");
	UNIT_TRUE(isinf(r.s[0].eo.static_payback), "the cheaper, dearer-to-run scheme saves nothing: never pays back");
	UNIT_NEAR(r.s[0].invest - r.s[1].invest, -1713840, 1e-6, "its extra investment −171.4 万元");
	hk_econ_result_free(&r);
	q.base = "gas";
	UNIT_EQ_INT(hk_econ_run(&q, &r, &e), HK_EINVAL, "--base naming no scheme: an error");
	hk_econ_result_free(&r);
	hk_invest_free(&t);
	hk_prices_free(&p);
	free(names);
}

/* the design that travelled: 2 × 50 kW rated, a 2000 m3 tank on power_kw */
static void test_run_design(void)
{
	hk_econ_day d[8];
	hk_econ_scheme s[2];
	hk_econ_ops o;
	hk_prices p;
	hk_invest_tab t;
	hk_econ_result r;
	hk_err e;
	const char **names;
	malan_ops(&o, d, s);
	s[0].role = HK_ECON_HP;
	s[1].role = HK_ECON_STORE;
	snprintf(s[0].column, sizeof s[0].column, "hp_power_kw");
	snprintf(s[1].column, sizeof s[1].column, "power_kw");
	o.design.units = 2;
	o.design.rated_kw = 50;
	o.design.tank_m3 = 2000;
	o.design_line = 2;
	o.design_col[HK_DQ_HEAT_PUMP] = 8;
	o.design_col[HK_DQ_TANK] = 13;
	names = hk_econ_names(&o);
	UNIT_EQ_INT(prices_mem("item,unit,price\nheat_pump_kw,yuan/W,0.7\ntank_m3,yuan/m3,1500\n", &p, &e), HK_OK,
		    "prices");
	UNIT_EQ_INT(hk_prices_choose(&p, NULL, 0, &e), HK_OK, "choose");
	UNIT_EQ_INT(invest_mem("scheme,item,quantity\nASHP only,other_yuan,0\n", names, 2, &p, &t, &e), HK_OK, "invest");
	hk_econ_request q = {&o, &t, &p, NULL, 0.08, 0, 20, 1};
	UNIT_EQ_INT(hk_econ_run(&q, &r, &e), HK_OK, "run");
	UNIT_NEAR(r.s[0].invest, 70000, 1e-6, "heat pumps 2 × 50 kW × 700 元/kW = 70 000 元");
	UNIT_NEAR(r.s[1].invest, 3070000, 1e-6, "and the tank 2000 m3 × 1500 = 3 000 000 元");
	UNIT_NEAR(r.s[0].dq[HK_DQ_TANK], 0, 0, "no tank on hp_power_kw");
	UNIT_EQ_STR(r.s[1].dq_src[HK_DQ_TANK], "profile (tanksize): not in --invest, priced at --prices", "tank source");
	hk_econ_result_free(&r);
	hk_invest_free(&t);

	/* an invest tank that contradicts the profile: at the invest row */
	UNIT_EQ_INT(invest_mem("scheme,item,quantity\nASHP only,other_yuan,0\nASHP + storage,tank_m3,1000\n", names, 2,
			       &p, &t, &e),
		    HK_OK, "invest with a tank");
	UNIT_EQ_INT(hk_econ_run(&q, &r, &e), HK_EINVAL, "1000 m3 against the profile's 2000: an error");
	UNIT_EQ_INT(e.line, 3, "at the invest row");
	UNIT_EQ_INT(e.col, 3, "at its quantity");
	UNIT_EQ_STR(e.file, "inv.csv", "in the invest file");
	hk_econ_result_free(&r);
	hk_invest_free(&t);
	hk_prices_free(&p);

	/* no tank price: at the profile's tank_m3 column */
	UNIT_EQ_INT(prices_mem("item,unit,price\nheat_pump_kw,yuan/W,0.7\n", &p, &e), HK_OK, "no tank price");
	UNIT_EQ_INT(hk_prices_choose(&p, NULL, 0, &e), HK_OK, "choose");
	UNIT_EQ_INT(invest_mem("scheme,item,quantity\nASHP only,other_yuan,0\n", names, 2, &p, &t, &e), HK_OK, "invest");
	UNIT_EQ_INT(hk_econ_run(&q, &r, &e), HK_EINVAL, "a designed tank without a price: an error");
	UNIT_EQ_STR(e.file, "tk.csv", "in the profile");
	UNIT_EQ_INT(e.col, 13, "at its tank_m3 column");
	hk_econ_result_free(&r);
	hk_invest_free(&t);
	hk_prices_free(&p);
	free(names);
}

/* unmet heat made up by the backup heater: 1200 kWh over a day of 10 d
 * costing 960 元 at COP 1 (0.8 元/kWh); at COP 2 half the electricity */
static void test_backup(void)
{
	hk_econ_day d[8];
	hk_econ_scheme s[2];
	hk_econ_ops o;
	hk_econ_result r;
	hk_err e;
	malan_ops(&o, d, s);
	s[0].has_unmet = 1;
	for (int i = 0; i < 4; i++) {
		d[i].kwh = 1000;
		d[i].unmet = i == 0 ? 120 : 0;
		d[i].unmet_cost1 = i == 0 ? 96 : 0;
	}
	hk_econ_request q = {&o, NULL, NULL, NULL, 0.08, 0, 20, 2};
	UNIT_EQ_INT(hk_econ_run(&q, &r, &e), HK_OK, "run");
	UNIT_NEAR(r.day[0].backup, 48, 1e-12, "96 元 at COP 1 = 48 元 at COP 2");
	UNIT_NEAR(r.day[0].kwh, 1060, 1e-12, "1000 kWh + 120 kWh / 2");
	UNIT_NEAR(r.day[0].cost, 16048, 1e-9, "16 000 + 48 元");
	UNIT_NEAR(r.s[0].unmet, 120 * 28, 1e-9, "a year's unmet heat: 120 kWh × 28 d");
	UNIT_NEAR(r.s[0].backup, 48 * 28, 1e-9, "its backup cost: 48 元 × 28 d");
	UNIT_NEAR(r.unmet_max, 3360, 1e-9, "the largest");
	UNIT_TRUE(r.any_unmet, "a scheme tells its unmet heat");
	UNIT_TRUE(isnan(d[0].backup), "the input is left as it was");
	hk_econ_result_free(&r);
}

/* COP = eta × T_w / (T_w − T_f) in kelvin (Carnot, Çengel & Boles ch. 6):
 * 45 ℃ water from a 5 ℃ fluid, eta 0.5: 0.5 × 318.15 / 40 = 3.9769 */
static void test_gshp_cop(void)
{
	UNIT_NEAR(hk_gshp_cop(0.5, 45, 5), 0.5 * 318.15 / 40, 1e-12, "45 ℃ from 5 ℃: 3.9769");
	UNIT_NEAR(hk_gshp_cop(1, 35, 0), 308.15 / 35, 1e-12, "the Carnot COP itself at eta 1: 8.804");
	UNIT_TRUE(isnan(hk_gshp_cop(0.5, 10, 12)), "a fluid warmer than the water: no COP");
}

int main(void)
{
	test_gshp_cop();
	test_items();
	test_prices();
	test_many_prices();
	test_invest();
	test_run_malan();
	test_run_design();
	test_backup();
	return unit_done();
}
