/*
 * econ.c - heatkit econ: heating schemes compared: electricity and cost
 * per typical day, annual sums, investment, payback, NPV, IRR, LCC.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cashflow.h"
#include "cmds.h"
#include "columns.h"
#include "diag.h"
#include "job.h"
#include "paths.h"
#include "proftable.h"
#include "table.h"
#include "tariff.h"

#define MAX_SCHEMES 16
#define MAX_DAYROWS 4096
#define MAX_INV 256

static const char *tariff_s, *invest_file, *prices_file, *base_name;
static hk_strlist scheme_opts;
static double rate = 0.08, escalation = 0, backup_cop = NAN;
static int life = 20;

static const char *const usage[] = {"[options] DAILY.csv", "--tariff FILE [--scheme NAME=COLUMN]... [options] PROFILE.csv",
				    NULL};
static const char *const examples[] = {
	"the Malan comparison from the paper's Table 3 daily costs, with live formulas in the workbook",
	"heatkit econ --invest templates/malan/invest.csv -o malan-econ.xlsx templates/malan/table3-daily.csv",
	"schemes straight from a tanksize profile (hp_power_kw without the tank, power_kw with it), gated",
	"heatkit econ --tariff shaanxi-malan --invest templates/malan/invest.csv --check 'payback_years<=8' tank.csv",
	NULL, NULL};

static const hk_option options[] = {
	HK_OPT_STR_(0, "tariff", &tariff_s, "FILE|NAME", "tariff for costing a profile (a file or a name in data/climate/tariffs)", NULL),
	HK_OPT_LIST_(0, "scheme", &scheme_opts, "NAME=COLUMN",
		     "a scheme and the profile's electric power column (repeatable)"),
	HK_OPT_STR_(0, "invest", &invest_file, "FILE",
		    "investment: scheme,item,quantity[,unit][,price][,amount]; items heat_pump_kw, tank_m3, pump_kw, "
		    "land_m2, other_yuan",
		    "none: operating cost only"),
	HK_OPT_STR_(0, "prices", &prices_file, "FILE",
		    "unit prices: item,unit,price,source; unit = money per unit of quantity (yuan/W, 元/m3, 万元/MW)",
		    "data/equipment/unit-prices.csv (Malan paper Table 2)"),
	HK_OPT_NUM_(0, "backup-cop", &backup_cop, "COP",
		    "COP of the backup heater that makes up heat the heat pumps and tank leave unmet, "
		    "its electricity costed at the tariff", NULL,
		    "1 (electric heater: 1 kWh of heat per kWh; toolkit assumption)"),
	HK_OPT_STR_(0, "base", &base_name, "NAME", "the scheme others are compared with",
		    "the scheme with the lowest investment"),
	HK_OPT_NUM_(0, "rate", &rate, "FRAC", "discount rate", NULL,
		    "8% (social discount rate of 建设项目经济评价方法与参数, 3rd ed. 2006, recollection [UNVERIFIED])"),
	HK_OPT_NUM_(0, "escalation", &escalation, "FRAC", "yearly energy-price escalation", NULL, "0"),
	HK_OPT_INT_(0, "life", &life, "YEARS", "economic life", "20 (toolkit assumption)"),
	HK_OPT_END_,
};

const hk_cmdinfo info_econ = {
	.name = "econ",
	.summary = "schemes compared: investment, time-of-use operating cost, payback, NPV/IRR, LCC",
	.usage = usage,
	.description =
		"Compares two or more heating schemes.  Operating cost per typical day comes from a\n"
		"table of daily figures (scheme,day,days,cost_yuan[,elec_kwh]) or from a profile's\n"
		"electric power columns costed with a time-of-use tariff (exact at period\n"
		"boundaries); annual sums are Σ daily × days (Malan paper Table 3).  Investment is\n"
		"Σ quantity × unit price.  Against the base scheme: extra investment, annual saving,\n"
		"static payback = extra / saving (Malan paper §3.4), discounted payback, NPV and IRR\n"
		"over the life with the discount rate and energy-price escalation; and each scheme's\n"
		"life-cycle cost.  In a workbook the annual sums, investments and paybacks are live\n"
		"formulas: change a price and they recompute.\n"
		"\n"
		"Schemes compared must deliver the same heat.  Where a profile says a plant leaves\n"
		"part of the load unmet (tanksize's unmet_kw for power_kw; heat_load_kw − hp_heat_kw\n"
		"for hp_power_kw), that heat is made up by a backup heater at --backup-cop (default\n"
		"1, an electric heater) whose electricity is costed at the tariff of the step and\n"
		"added to the scheme's electricity and cost; econ warns and reports unmet_kwh per\n"
		"day and per year (--check 'unmet_kwh<=0' gates a plant that meets the load).",
	.input =
		"  DAILY.csv: scheme,day,days,cost_yuan[,elec_kwh]   (方案,典型日,天数,日运行费用,日耗电量)\n"
		"  or PROFILE.csv (tanksize/hpsize) with --tariff and --scheme NAME=COLUMN; a tanksize\n"
		"    profile gives \"ASHP only\"=hp_power_kw and \"ASHP + storage\"=power_kw by default\n"
		"  a profile carries what was designed (hp_model, units_total, rated_kw from hpsize;\n"
		"    tank_m3 from tanksize): a scheme on hp_power_kw has units_total × rated_kw of heat\n"
		"    pumps and no tank, one on power_kw the heat pumps and tank_m3.  An invest row that\n"
		"    contradicts them (by more than 0.5 kW or m3) is an error; an item the invest file\n"
		"    omits is priced with the profile's quantity\n"
		"  --invest FILE: scheme,item,quantity[,unit][,price][,amount]   (方案,项目,数量,单位,单价,投资)\n"
		"    item: heat_pump_kw (rated kW), tank_m3 (effective m3), pump_kw, land_m2, other_yuan\n"
		"    (元); quantity in the item's unit, or in the row's unit (W, MW, L, 万m2, 万元, ...)\n"
		"    price (unit_price, price_yuan, 单价, 综合单价): 元 per unit of the quantity\n"
		"    amount (投资, 金额, 合价, 总价): the row's total in 元; price = amount / quantity\n"
		"    either may carry 元 or 万元 in its header (单价(元), 投资(万元)); with both, the\n"
		"    amount must be quantity × price to half its last written digit; with neither,\n"
		"    the --prices file's unit price; another money column (报价, cost) is an error",
	.output =
		"  daily table: scheme,day,days,elec_kwh,cost_yuan,unmet_kwh,backup_cost_yuan (elec and\n"
		"    cost include the backup heater's; unmet empty when the input does not tell)\n"
		"  workbook sheets: daily, prices, investment, schemes (formulas), summary\n"
		"  summary: the design that travelled (hp_model, units, rated_kw, tank_m3); sN_* per\n"
		"    scheme (sN_heat_pump_kw, sN_tank_m3 with where each came from, sN_unmet_kwh,\n"
		"    sN_backup_cost_yuan); unmet_kwh (the largest), backup_cop; for the first\n"
		"    scheme compared with the base:\n"
		"    extra_invest_yuan, annual_saving_yuan, payback_years, discounted_payback_years,\n"
		"    npv_yuan, irr",
	.examples = examples,
	.options = options,
};

struct dayrow {
	int scheme;
	char day[64];
	double days, kwh, cost; /* kwh and cost include the backup heater */
	double unmet, backup;   /* unmet heat (kWh) and the backup's cost; NAN = not known */
};

struct inv {
	int scheme;
	char item[32];
	double qty, price;  /* qty in the item's unit; price per unit of qty */
	int price_row;      /* row in the prices sheet, -1 = given inline */
	const char *source; /* where quantity and price come from */
	long line;          /* the invest file's line, 0 = not from the file */
	int qty_col;        /* its quantity column (1-based) */
};

/* What a profile scheme's power column says it is: the heat pumps alone
 * (hpsize's hp_power_kw) or heat pumps and tank (tanksize's power_kw). */
enum { ROLE_NONE, ROLE_HP, ROLE_STORE };
/* The design quantities that travel down the pipe, per scheme (README:
 * "What travels down the pipe"). */
static const char *const design_items[] = {"heat_pump_kw", "tank_m3"};
#define NDESIGN HK_NELEM(design_items)

struct scheme {
	char name[96];
	const char *column;
	int role;
	size_t d0, d1; /* rows in the daily table [d0, d1) */
	size_t i0, i1; /* rows in the investment table */
	double invest, kwh, cost, lcc;
	int has_unmet;             /* the profile tells the heat it leaves unmet */
	double unmet, backup;      /* a year's unmet heat (kWh), its backup cost */
	hk_econ_out eo;
	int dq_has[NDESIGN];          /* the profile says what was designed */
	double dq[NDESIGN];           /* ... this quantity */
	const char *dq_src[NDESIGN];  /* ... and the invest file agrees or omits it */
};

static hk_design design; /* from the profile; NAN and "" when not known */

/* unit prices: item keys as the investment file uses them */
struct price {
	char item[32], unit[24];
	double price; /* per unit of the investment quantity */
	char source[600];
};

static const struct {
	const char *key, *aliases, *unit;
	hk_dim dim; /* the quantity's: what a unit column may give */
} items[] = {
	{"heat_pump_kw", "heat_pump_kw|heat_pump|low_temperature_air_source_heat_pump|热泵|空气源热泵", "kW",
	 HK_DIM_POWER},
	{"tank_m3", "tank_m3|tank|storage_tank|蓄热罐", "m3", HK_DIM_VOLUME},
	{"pump_kw", "pump_kw|pump|circulating_pump|循环泵|水泵", "kW", HK_DIM_POWER},
	{"land_m2", "land_m2|land|征地|征地费", "m2", HK_DIM_AREA},
	{"other_yuan", "other_yuan|other|其他", "yuan", HK_DIM_MONEY},
};
#define NITEMS (sizeof items / sizeof items[0])

static int item_of(const char *s)
{
	size_t i;
	char f[128];
	hk_header_fold(s, f, sizeof f);
	for (i = 0; i < NITEMS; i++) {
		char a[256], *tok, *save;
		snprintf(a, sizeof a, "%s", items[i].aliases);
		for (tok = strtok_r(a, "|", &save); tok; tok = strtok_r(NULL, "|", &save))
			if (!strcmp(tok, f))
				return (int)i;
	}
	return -1;
}

static size_t load_prices(const char *path, struct price *pr)
{
	hk_reader *r;
	hk_err e;
	int rc;
	size_t n = 0, j;
	if (hk_reader_open(&r, path, NULL, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_prices, &e) != HK_OK)
		hk_die_err(&e);
	while ((rc = hk_reader_next(r, &e)) > 0) {
		int it = item_of(hk_reader_text(r, 0));
		double v, f;
		if (it < 0) {
			hk_reader_fail(r, 0, &e, "unknown item (%s): expected heat_pump_kw, tank_m3, pump_kw, land_m2 "
				       "or other_yuan (or the unit-prices.csv names)", hk_reader_text(r, 0));
			hk_die_err(&e);
		}
		if (hk_reader_num(r, 2, &v, &e) != HK_OK)
			hk_die_err(&e);
		for (j = 0; j < n && strcmp(pr[j].item, items[it].key); j++)
			;
		if (j < n) { /* the first would be used, this one silently not */
			hk_reader_fail(r, 0, &e, "%s again (%s): expected one unit price per item", items[it].key,
				       hk_reader_text(r, 0));
			hk_die_err(&e);
		}
		snprintf(pr[n].item, sizeof pr[n].item, "%s", items[it].key);
		snprintf(pr[n].unit, sizeof pr[n].unit, "%s", hk_reader_has(r, 1) ? hk_reader_text(r, 1) : "");
		/* money per unit of quantity (元/W, 万元/m3) → 元 per the item's unit (kW, m3) */
		f = 1;
		if (*pr[n].unit && !hk_unit_ratio(HK_DIM_MONEY, items[it].dim, pr[n].unit, &f)) {
			hk_reader_fail(r, 1, &e, "unknown unit (%s): expected 元/U, yuan/U or 万元/U with U one of %s",
				       pr[n].unit, hk_dim_units_list(items[it].dim));
			hk_die_err(&e);
		}
		pr[n].price = v * f;
		snprintf(pr[n].source, sizeof pr[n].source, "%s", hk_reader_has(r, 3) ? hk_reader_text(r, 3) : path);
		n++; /* at most NITEMS: one per item */
	}
	if (rc < 0)
		hk_die_err(&e);
	hk_reader_close(r);
	return n;
}

static int find_scheme(struct scheme *s, int *ns, const char *name, int add)
{
	int i;
	for (i = 0; i < *ns; i++)
		if (!strcmp(s[i].name, name))
			return i;
	if (!add)
		return -1;
	if (*ns >= MAX_SCHEMES)
		hk_die(HK_EXIT_INPUT, "more than %d schemes", MAX_SCHEMES);
	memset(&s[*ns], 0, sizeof s[*ns]);
	snprintf(s[*ns].name, sizeof s[*ns].name, "%s", name);
	return (*ns)++;
}

/* the daily table's columns (columns.h) */
enum { D_SCHEME = HK_DAILY_SCHEME, D_DAY = HK_DAILY_DAY, D_DAYS = HK_DAILY_DAYS,
       D_COST = HK_DAILY_COST, D_KWH = HK_DAILY_KWH };

/* Schemes compared over different days (or a day twice) compare nothing:
 * every scheme must list the base's days, once each, with the same weight. */
static void same_days(const char *path, const struct dayrow *dr, size_t nd, const struct scheme *s,
		      int ns)
{
	int k;
	size_t i, j;
	for (k = 0; k < ns; k++) {
		for (i = s[k].d0; i < s[k].d1; i++)
			for (j = s[k].d0; j < i; j++)
				if (!strcmp(dr[i].day, dr[j].day))
					hk_die(HK_EXIT_INPUT, "%s: scheme %s lists day %s twice: expected each typical "
					       "day once per scheme", path, s[k].name, dr[i].day);
		if (k == 0)
			continue;
		if (s[k].d1 - s[k].d0 != s[0].d1 - s[0].d0)
			hk_die(HK_EXIT_INPUT, "%s: scheme %s has %zu days, %s has %zu: expected the same typical "
			       "days in every scheme", path, s[k].name, s[k].d1 - s[k].d0, s[0].name, s[0].d1 - s[0].d0);
		for (i = s[k].d0; i < s[k].d1; i++) {
			for (j = s[0].d0; j < s[0].d1 && strcmp(dr[i].day, dr[j].day); j++)
				;
			if (j == s[0].d1)
				hk_die(HK_EXIT_INPUT, "%s: day %s of scheme %s is not a day of %s: expected the same "
				       "typical days in every scheme", path, dr[i].day, s[k].name, s[0].name);
			if (dr[i].days != dr[j].days)
				hk_die(HK_EXIT_INPUT, "%s: day %s stands for %g days in %s but %g in %s: expected "
				       "one weight per day", path, dr[i].day, dr[i].days, s[k].name, dr[j].days,
				       s[0].name);
		}
	}
	(void)nd;
}

/* daily table mode; returns 1 when the file is one, 0 when it is not */
static int read_daily(const char *path, const char *enc, struct dayrow *dr, size_t *nd,
		      struct scheme *s, int *ns, int *chinese)
{
	hk_reader *r;
	hk_err e;
	int rc;
	if (hk_reader_open(&r, path, enc, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_econ_daily, &e) != HK_OK)
		hk_die_err(&e);
	if (!hk_reader_has(r, D_SCHEME) || !hk_reader_has(r, D_COST)) {
		hk_reader_close(r);
		return 0;
	}
	if (!hk_reader_has(r, D_DAYS)) {
		hk_fail_at(&e, HK_EPARSE, path, 1, 1,
			   "missing column days (天数): expected how many real days each typical day stands for");
		hk_die_err(&e);
	}
	*chinese = hk_reader_chinese(r);
	*nd = 0;
	while ((rc = hk_reader_next(r, &e)) > 0) {
		struct dayrow *d = &dr[*nd];
		hk_status st;
		if (*nd >= MAX_DAYROWS)
			hk_die(HK_EXIT_INPUT, "%s: more than %d rows", path, MAX_DAYROWS);
		d->scheme = find_scheme(s, ns, hk_reader_text(r, D_SCHEME), 1);
		snprintf(d->day, sizeof d->day, "%s", hk_reader_has(r, D_DAY) ? hk_reader_text(r, D_DAY) : "");
		if (!*hk_reader_text(r, D_DAYS)) {
			hk_reader_fail(r, D_DAYS, &e, "typical day %s has no day count: expected days > 0", d->day);
			hk_die_err(&e);
		}
		if ((st = hk_reader_num(r, D_DAYS, &d->days, &e)) != HK_OK || (st = hk_reader_num(r, D_COST, &d->cost, &e)) != HK_OK)
			hk_die_err(&e);
		d->kwh = d->unmet = d->backup = NAN;
		st = hk_reader_num(r, D_KWH, &d->kwh, &e);
		if (st != HK_OK && st != HK_ENOTFOUND)
			hk_die_err(&e);
		if (*nd > 0 && dr[*nd - 1].scheme != d->scheme && s[d->scheme].d1 > 0) {
			hk_reader_fail(r, D_SCHEME, &e, "scheme %s appears again after other schemes: expected each "
				       "scheme's rows together", s[d->scheme].name);
			hk_die_err(&e);
		}
		if (s[d->scheme].d1 == 0)
			s[d->scheme].d0 = *nd;
		s[d->scheme].d1 = ++*nd;
	}
	if (rc < 0)
		hk_die_err(&e);
	hk_reader_close(r);
	same_days(path, dr, *nd, s, *ns);
	return 1;
}

/* the investment table's columns (columns.h) */
enum { I_SCHEME = HK_INV_SCHEME, I_ITEM = HK_INV_ITEM, I_QTY = HK_INV_QTY, I_UNIT = HK_INV_UNIT,
       I_PRICE = HK_INV_PRICE, I_AMOUNT = HK_INV_AMOUNT, I_N = HK_INV_N };

/* A column that looks like money but is none of the above would be
 * ignored and the catalog price used: refuse it instead. */
static void refuse_unread_money(const hk_reader *r, const char *path)
{
	static const char *const words[] = {"price", "cost", "yuan", "amount", "元", "价", "费", "投资", "金额"};
	size_t c, k, w;
	for (c = 0; c < hk_reader_ncols(r); c++) {
		char f[512];
		for (k = 0; k < I_N && hk_reader_col(r, k) != (long)c; k++)
			;
		if (k < I_N)
			continue;
		hk_header_fold(hk_reader_header(r, c), f, sizeof f);
		for (w = 0; w < HK_NELEM(words); w++)
			if (strstr(f, words[w])) {
				hk_err e;
				hk_fail_at(&e, HK_EPARSE, path, hk_reader_line(r), (int)c + 1,
					   "column not read (%s): expected a unit price (price, unit_price, 单价) or "
					   "the row's total (amount, 投资, 金额, 合价), optionally in 元 or 万元: "
					   "price(元), 投资(万元)", hk_reader_header(r, c));
				hk_die_err(&e);
			}
	}
}

/* Half a unit of the last digit a number was written with ("14.8" → 0.05),
 * 0 for an exponent form: how far a written total may be from qty × price. */
static double half_last_digit(const char *t)
{
	const char *dot = strchr(t, '.');
	double h = 0.5;
	if (strpbrk(t, "eE"))
		return 0;
	if (dot)
		for (dot++; *dot >= '0' && *dot <= '9'; dot++)
			h /= 10;
	return h;
}

/* One row's unit price (per unit of the quantity as written): a price
 * column, or the row's amount / quantity; both must agree.  Returns 0
 * when the row gives neither. */
static int row_price(hk_reader *r, double qty, double *price, const char **src)
{
	double amount = 0, raw;
	hk_err e;
	hk_status sp = hk_reader_num(r, I_PRICE, price, &e), sa;
	if (sp != HK_OK && sp != HK_ENOTFOUND)
		hk_die_err(&e);
	sa = hk_reader_num(r, I_AMOUNT, &amount, &e);
	if (sa != HK_OK && sa != HK_ENOTFOUND)
		hk_die_err(&e);
	if (sa == HK_ENOTFOUND) {
		*src = "invest file: price";
		return sp == HK_OK;
	}
	if (sp == HK_OK) {
		/* both: the total as written (in its header's unit) must be qty × price */
		const char *t = hk_reader_text(r, I_AMOUNT);
		double tol = hk_parse_number(t, &raw, NULL) == HK_OK && raw != 0
				     ? half_last_digit(t) * amount / raw : 0;
		if (fabs(qty * *price - amount) > tol + 1e-9 * amount) {
			hk_reader_fail(r, I_AMOUNT, &e, "amount (%s = %.2f 元) is not quantity × price (%g × %g = "
				       "%.2f 元): expected the row's total, or only one of price and amount", t, amount,
				       qty, *price, qty * *price);
			hk_die_err(&e);
		}
		*src = "invest file: price (amount agrees)";
		return 1;
	}
	if (qty == 0 && amount > 0) {
		hk_reader_fail(r, I_AMOUNT, &e, "amount (%s) for a quantity of 0: expected a quantity > 0 "
			       "(the amount is the row's total, divided by the quantity for the unit price)",
			       hk_reader_text(r, I_AMOUNT));
		hk_die_err(&e);
	}
	*price = qty > 0 ? amount / qty : 0;
	*src = "invest file: amount / quantity";
	return 1;
}

static void read_invest(const char *path, struct inv *iv, size_t *ni, struct scheme *s, int ns,
			const struct price *pr, size_t npr)
{
	hk_reader *r;
	hk_err e;
	int rc;
	*ni = 0;
	if (hk_reader_open(&r, path, NULL, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_invest, &e) != HK_OK)
		hk_die_err(&e);
	refuse_unread_money(r, path);
	while ((rc = hk_reader_next(r, &e)) > 0) {
		struct inv *v = &iv[*ni];
		int it = item_of(hk_reader_text(r, I_ITEM)), k = find_scheme(s, &ns, hk_reader_text(r, I_SCHEME), 0);
		double f = 1, off = 0;
		hk_status st;
		size_t j;
		if (*ni >= MAX_INV)
			hk_die(HK_EXIT_INPUT, "%s: more than %d rows", path, MAX_INV);
		if (k < 0) {
			hk_reader_fail(r, I_SCHEME, &e, "unknown scheme (%s): expected a scheme of the operating-cost input",
				       hk_reader_text(r, I_SCHEME));
			hk_die_err(&e);
		}
		if (it < 0) {
			hk_reader_fail(r, I_ITEM, &e, "unknown item (%s): expected heat_pump_kw, tank_m3, pump_kw, land_m2 "
				       "or other_yuan", hk_reader_text(r, I_ITEM));
			hk_die_err(&e);
		}
		v->scheme = k;
		snprintf(v->item, sizeof v->item, "%s", items[it].key);
		v->line = hk_reader_line(r);
		v->qty_col = (int)hk_reader_col(r, I_QTY) + 1;
		if (hk_reader_num(r, I_QTY, &v->qty, &e) != HK_OK)
			hk_die_err(&e);
		/* a unit column: the quantity in that unit (W, 万元, ...), else the item's own */
		st = hk_reader_unit(r, I_UNIT, items[it].dim, &f, &off, &e);
		if (st != HK_OK && st != HK_ENOTFOUND)
			hk_die_err(&e);
		v->price_row = -1;
		if (row_price(r, v->qty, &v->price, &v->source)) {
			v->price /= f; /* per unit as written → per the item's unit */
		} else if (!strcmp(v->item, "other_yuan")) {
			v->price = 1;
			v->source = "other_yuan: the quantity is the amount in 元";
		} else {
			for (j = 0; j < npr && strcmp(pr[j].item, v->item); j++)
				;
			if (j == npr) {
				hk_reader_fail(r, I_ITEM, &e, "no unit price for %s: expected a price or amount column or "
					       "a row in the prices file", v->item);
				hk_die_err(&e);
			}
			v->price = pr[j].price;
			v->price_row = (int)j;
			v->source = "unit price from --prices";
		}
		v->qty = v->qty * f + off;
		if (*ni > 0 && iv[*ni - 1].scheme != k && s[k].i1 > 0) {
			hk_reader_fail(r, I_SCHEME, &e, "scheme %s appears again after other schemes: expected its rows together",
				       s[k].name);
			hk_die_err(&e);
		}
		if (s[k].i1 == 0)
			s[k].i0 = *ni;
		s[k].i1 = ++*ni;
	}
	if (rc < 0)
		hk_die_err(&e);
	hk_reader_close(r);
}

/* The heat scheme k's plant leaves unmet in each step (kW), into u; 0
 * when the profile does not tell.  Its power column says which plant:
 * tanksize's power_kw (heat pumps and tank: unmet_kw), hpsize's
 * hp_power_kw (heat pumps alone: heat_load_kw − hp_heat_kw). */
static int unmet_kw(const hk_proftable *p, const struct scheme *sk, int ns, double *u)
{
	size_t i, xu = (size_t)ns, xh = (size_t)ns + 1;
	if (!(sk->role == ROLE_STORE && p->has_extra[xu]) && !(sk->role == ROLE_HP && p->has_extra[xh]))
		return 0;
	for (i = 0; i < p->n; i++) {
		double v = sk->role == ROLE_STORE ? hk_proftable_x(p, i, xu)
						  : p->steps[i].load_kw - hk_proftable_x(p, i, xh);
		/* an empty cell is nothing unmet; so is a difference within rounding */
		u[i] = isnan(v) || v <= 1e-6 * p->steps[i].load_kw ? 0 : v;
	}
	return 1;
}

/* profile mode: daily figures per scheme from power columns */
static void read_profile(const char *path, const char *enc, struct dayrow *dr, size_t *nd,
			 struct scheme *s, int *ns, int *chinese)
{
	hk_colspec cols[MAX_SCHEMES + 2];
	double *u;
	hk_proftable p;
	hk_tariff t;
	hk_err e;
	char tpath[4096];
	int k;
	size_t i;
	if (!tariff_s)
		hk_die(HK_EXIT_INPUT, "a profile is costed with a tariff: give --tariff FILE");
	if (!hk_data_named(tariff_s, "climate/tariffs", tpath, sizeof tpath))
		hk_die(HK_EXIT_INPUT, "--tariff (%s): no such file or name in data/climate/tariffs", tariff_s);
	if (hk_tariff_load(tpath, NULL, &t, &e) != HK_OK)
		hk_die_err(&e);
	if (scheme_opts.n == 0) {
		static const char *const defs[] = {"ASHP only=hp_power_kw", "ASHP + storage=power_kw"};
		scheme_opts.v = malloc(2 * sizeof *scheme_opts.v);
		if (!scheme_opts.v)
			hk_die(HK_EXIT_INPUT, "out of memory");
		scheme_opts.v[0] = defs[0];
		scheme_opts.v[1] = defs[1];
		scheme_opts.n = scheme_opts.cap = 2;
	}
	for (i = 0; i < scheme_opts.n; i++) {
		const char *eq = strrchr(scheme_opts.v[i], '=');
		if (!eq || eq == scheme_opts.v[i] || !eq[1])
			hk_die(HK_EXIT_INPUT, "--scheme (%s): expected NAME=COLUMN", scheme_opts.v[i]);
		k = find_scheme(s, ns, "", 1);
		snprintf(s[k].name, sizeof s[k].name, "%.*s", (int)(eq - scheme_opts.v[i]), scheme_opts.v[i]);
		s[k].column = eq + 1;
		s[k].role = !strcmp(s[k].column, "hp_power_kw") ? ROLE_HP
			    : !strcmp(s[k].column, "power_kw") ? ROLE_STORE : ROLE_NONE;
		cols[k].key = eq + 1;
		cols[k].aliases = eq + 1;
		cols[k].dim = HK_DIM_NONE;
		cols[k].flags = HK_REQUIRED | HK_NONNEG;
		cols[k].what = "electric power of the scheme, kW";
	}
	/* the heat the plants leave unmet (tanksize, hpsize) */
	cols[*ns] = hk_tk_profile_econ.cols[HK_PECON_UNMET];
	cols[*ns + 1] = hk_tk_profile_econ.cols[HK_PECON_HP_HEAT];
	if (hk_proftable_read(path, enc, cols, (size_t)*ns + 2, &p, &e) != HK_OK ||
	    hk_proftable_design(&p, &design, &e) != HK_OK)
		hk_die_err(&e);
	*chinese = p.chinese;
	*nd = 0;
	u = malloc(p.n * sizeof *u);
	if (!u)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (k = 0; k < *ns; k++) {
		hk_day_figs *f = calloc(p.ndays, sizeof *f), *fu = calloc(p.ndays, sizeof *fu);
		size_t n;
		if (!f || !fu)
			hk_die(HK_EXIT_INPUT, "out of memory");
		s[k].has_unmet = unmet_kw(&p, &s[k], *ns, u);
		if (hk_daily_figs(&t, p.steps, p.n, &p.extra[k], p.nextra * sizeof(double), f, p.ndays, &n, &e) != HK_OK ||
		    (s[k].has_unmet &&
		     hk_daily_figs(&t, p.steps, p.n, u, sizeof *u, fu, p.ndays, &n, &e) != HK_OK)) {
			if (!e.file[0])
				snprintf(e.file, sizeof e.file, "%s", p.file);
			hk_die_err(&e);
		}
		s[k].d0 = *nd;
		for (i = 0; i < n; i++) {
			struct dayrow *d;
			if (*nd >= MAX_DAYROWS)
				hk_die(HK_EXIT_INPUT, "too many days (%zu schemes × %zu days)", (size_t)*ns, n);
			d = &dr[*nd];
			d->scheme = k;
			snprintf(d->day, sizeof d->day, "%s", p.dayname[i]);
			d->days = f[i].days;
			d->unmet = d->backup = NAN;
			d->kwh = f[i].kwh;
			d->cost = f[i].cost;
			if (s[k].has_unmet) {
				/* unmet heat made up by the backup heater, its electricity
				 * (heat / COP) costed at the tariff of the step */
				d->unmet = fu[i].kwh;
				d->backup = fu[i].cost / backup_cop;
				d->kwh += fu[i].kwh / backup_cop;
				d->cost += d->backup;
			}
			(*nd)++;
		}
		s[k].d1 = *nd;
		free(f);
		free(fu);
	}
	free(u);
	hk_proftable_free(&p);
}

/* The quantity of design_items[j] the profile says scheme sk has, and why
 * (for messages); 0 when the profile does not say. */
static int designed(const struct scheme *sk, size_t j, double *q, char *why, size_t wsz)
{
	if (sk->role == ROLE_NONE)
		return 0;
	if (j == 0 && !isnan(design.units) && !isnan(design.rated_kw)) {
		*q = design.units * design.rated_kw;
		snprintf(why, wsz, "hpsize: %g × %s of %g kW rated = %g kW", design.units,
			 *design.hp_model ? design.hp_model : "units", design.rated_kw, *q);
		return 1;
	}
	if (j == 1 && !isnan(design.tank_m3)) {
		*q = sk->role == ROLE_STORE ? design.tank_m3 : 0;
		if (sk->role == ROLE_STORE)
			snprintf(why, wsz, "tanksize: tank_m3 %g m3", *q);
		else
			snprintf(why, wsz, "no tank: the scheme is costed on %s, the heat pumps without the tank",
				 sk->column);
		return 1;
	}
	return 0;
}

/* Each scheme's designed quantities against the invest file: a row that
 * contradicts the profile is an error naming both; an item the file omits
 * is priced with the profile's quantity (and the --prices unit price).
 * Rows stay grouped by scheme. */
static void invest_design(const char *path, struct inv *iv, size_t *ni, struct scheme *s, int ns,
			  const struct price *pr, size_t npr)
{
	static struct inv out[MAX_INV];
	static const char *const from[NDESIGN] = {"profile (hpsize)", "profile (tanksize)"};
	static const char *const agrees[NDESIGN] = {"--invest, equal to the profile's (hpsize)",
						    "--invest, equal to the profile's (tanksize)"};
	size_t no = 0, i, j, p;
	int k;
	for (k = 0; k < ns; k++) {
		size_t i0 = no;
		for (i = s[k].i0; i < s[k].i1; i++)
			out[no++] = iv[i];
		for (j = 0; j < NDESIGN; j++) {
			const char *item = design_items[j], *unit = j == 0 ? "kW" : "m3";
			double q, sum = 0;
			size_t nrows = 0, first = 0;
			char why[256];
			if (!designed(&s[k], j, &q, why, sizeof why))
				continue;
			s[k].dq_has[j] = 1;
			s[k].dq[j] = q;
			s[k].dq_src[j] = j == 1 && s[k].role == ROLE_HP
						 ? "none: costed on hp_power_kw, the heat pumps without the tank"
						 : from[j];
			if (!invest_file)
				continue;
			for (i = s[k].i0; i < s[k].i1; i++)
				if (!strcmp(iv[i].item, item)) {
					if (nrows++ == 0)
						first = i;
					sum += iv[i].qty;
				}
			/* agree to half a unit: a whole-number rounding of the design */
			if (nrows > 0 && fabs(sum - q) > 0.5) {
				hk_err e;
				char rows[32] = "";
				if (nrows > 1)
					snprintf(rows, sizeof rows, " in %zu rows", nrows);
				hk_fail_at(&e, HK_EINVAL, path, iv[first].line, iv[first].qty_col,
					   "%s of scheme %s (%g %s%s) contradicts the profile (%s): expected %g %s, or no "
					   "%s row to price the profile's", item, s[k].name, sum, unit, rows, why, q, unit,
					   item);
				hk_die_err(&e);
			}
			if (nrows > 0) {
				s[k].dq_src[j] = agrees[j];
				continue;
			}
			if (q <= 0)
				continue;
			for (p = 0; p < npr && strcmp(pr[p].item, item); p++)
				;
			if (p == npr)
				hk_die(HK_EXIT_INPUT, "%s: no unit price for %s to price the profile's %g %s (%s): "
				       "expected a %s row with a price in the invest file or the prices file", path,
				       item, q, unit, why, item);
			if (no >= MAX_INV)
				hk_die(HK_EXIT_INPUT, "%s: more than %d rows", path, MAX_INV);
			memset(&out[no], 0, sizeof out[no]);
			out[no].scheme = k;
			snprintf(out[no].item, sizeof out[no].item, "%s", item);
			out[no].qty = q;
			out[no].price = pr[p].price;
			out[no].price_row = (int)p;
			out[no].source = j == 0 ? "quantity: profile (hpsize), not in --invest; unit price from --prices"
						: "quantity: profile (tanksize), not in --invest; unit price from --prices";
			s[k].dq_src[j] = j == 0 ? "profile (hpsize): not in --invest, priced at --prices"
						: "profile (tanksize): not in --invest, priced at --prices";
			no++;
		}
		s[k].i0 = i0;
		s[k].i1 = no;
	}
	memcpy(iv, out, no * sizeof *out);
	*ni = no;
}

static const hk_col daily_out[] = {
	{"scheme", NULL, "方案", "scheme", -1},
	{"day", NULL, "典型日", "typical day", -1},
	{"days", "d", "天数", "days", 0},
	{"elec_kwh", "kWh", "日耗电量", "electricity of the day", 1},
	{"cost_yuan", "元", "日运行费用", "cost of the day", 1},
	{"unmet_kwh", "kWh", "未满足热量", "heat left unmet", 1},
	{"backup_cost_yuan", "元", "辅助热源电费", "backup heater cost", 1},
};
static const hk_col price_out[] = {
	{"item", NULL, "项目", "item", -1},
	{"unit", NULL, "单位", "unit", -1},
	{"price_per_qty", "元/数量单位", "单价(按数量单位)", "price per quantity unit", 2},
	{"source", NULL, "来源", "source", -1},
};
static const hk_col inv_out[] = {
	{"scheme", NULL, "方案", "scheme", -1},
	{"item", NULL, "项目", "item", -1},
	{"quantity", NULL, "数量", "quantity", 1},
	{"price", "元/单位", "单价", "unit price", 2},
	{"amount_yuan", "元", "金额", "amount", 0},
	{"source", NULL, "来源", "source", -1},
};
static const hk_col scheme_out[] = {
	{"scheme", NULL, "方案", "scheme", -1},
	{"invest_yuan", "元", "初投资", "investment", 0},
	{"annual_elec_kwh", "kWh", "年耗电量", "annual electricity", 0},
	{"annual_cost_yuan", "元", "年运行费用", "annual operating cost", 0},
	{"extra_invest_yuan", "元", "增加投资", "extra investment", 0},
	{"annual_saving_yuan", "元", "年节省运行费用", "annual saving", 0},
	{"payback_years", "a", "静态回收年限", "static payback", 2},
	{"discounted_payback_years", "a", "动态回收年限", "discounted payback", 2},
	{"npv_yuan", "元", "净现值", "NPV", 0},
	{"irr", NULL, "内部收益率", "IRR", 4},
	{"lcc_yuan", "元", "全寿命周期费用", "life-cycle cost", 0},
	{"annual_unmet_kwh", "kWh", "年未满足热量", "annual heat left unmet", 0},
};

/* "days 100%, 75%": the typical days on which the scheme leaves heat unmet */
static const char *unmet_days(const struct dayrow *dr, const struct scheme *sk)
{
	static char buf[256];
	size_t i, o, n = 0;
	for (i = sk->d0; i < sk->d1; i++)
		n += dr[i].unmet > 0;
	o = (size_t)snprintf(buf, sizeof buf, "%s", n == 1 ? "day" : "days");
	for (i = sk->d0, n = 0; i < sk->d1 && o < sizeof buf; i++) {
		if (!(dr[i].unmet > 0))
			continue;
		if (++n > 6) {
			snprintf(buf + o, sizeof buf - o, ", ...");
			break;
		}
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s %s", n > 1 ? "," : "", dr[i].day);
	}
	return buf;
}

static void sheet_ref(char *buf, size_t sz, const char *sheet, long row, long col)
{
	char cell[32];
	hk_out_ref(row, col, cell, sizeof cell);
	snprintf(buf, sz, "'%s'!%s", sheet, cell);
}

int cmd_econ(int argc, char **argv)
{
	hk_common common;
	char **args;
	int n = hk_parse_options(argc, argv, &info_econ, &common, &args);
	static struct dayrow dr[MAX_DAYROWS];
	static struct inv iv[MAX_INV];
	struct scheme s[MAX_SCHEMES];
	struct price pr[NITEMS];
	size_t nd = 0, ni = 0, npr = 0, i;
	int ns = 0, k, base = -1, cmp = -1, chinese = 0, rc, backup_given, any_unmet = 0;
	double unmet_max = 0;
	const char *inputs[4];
	char tariff_in[4096] = "";
	hk_job job;
	hk_err e;
	char ppath[4096];
	const char *daily_sheet, *price_sheet, *inv_sheet;

	if (n != 1)
		hk_die(HK_EXIT_INPUT, "expected one input file (daily figures or a profile), got %d", n);
	if (life < 1 || life > 100)
		hk_die(HK_EXIT_INPUT, "--life (%d): expected 1 to 100 years", life);
	if (!(rate > -1) || !(escalation > -1))
		hk_die(HK_EXIT_INPUT, "--rate and --escalation: expected values above -100%%");
	if (!isnan(backup_cop) && !(backup_cop > 0))
		hk_die(HK_EXIT_INPUT, "--backup-cop (%g): expected a COP > 0", backup_cop);
	backup_given = !isnan(backup_cop);
	if (!backup_given)
		backup_cop = 1; /* an electric heater */
	/* read twice (once to tell the kind of table): standard input is kept */
	if (!strcmp(args[0], "-") && hk_reader_keep_stdin(&e) != HK_OK)
		hk_die_err(&e);
	inputs[0] = args[0];
	inputs[1] = invest_file;
	inputs[2] = prices_file;
	if (tariff_s && !hk_data_named(tariff_s, "climate/tariffs", tariff_in, sizeof tariff_in))
		tariff_in[0] = '\0';
	inputs[3] = tariff_in[0] ? tariff_in : NULL;
	design.hp_model[0] = '\0';
	design.units = design.rated_kw = design.tank_m3 = NAN;
	if (!read_daily(args[0], common.encoding, dr, &nd, s, &ns, &chinese))
		read_profile(args[0], common.encoding, dr, &nd, s, &ns, &chinese);
	if (ns < 2)
		hk_die(HK_EXIT_INPUT, "%s: %d scheme: expected two or more schemes to compare", args[0], ns);
	if (invest_file) {
		if (!hk_data_file(prices_file, "equipment/unit-prices.csv", ppath, sizeof ppath))
			hk_die(HK_EXIT_INPUT, "unit prices not found (%s): set HEATKIT_DATA or give --prices", ppath);
		npr = load_prices(ppath, pr);
		read_invest(invest_file, iv, &ni, s, ns, pr, npr);
	}
	invest_design(invest_file, iv, &ni, s, ns, pr, npr);
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), chinese);
	daily_sheet = job.lang_zh ? "逐日费用" : "daily";
	price_sheet = job.lang_zh ? "单价" : "prices";
	inv_sheet = job.lang_zh ? "投资" : "investment";

	/* sums */
	for (k = 0; k < ns; k++) {
		for (i = s[k].d0; i < s[k].d1; i++) {
			s[k].cost += dr[i].cost * dr[i].days; /* Malan Table 3: Σ daily cost × days */
			s[k].kwh += dr[i].kwh * dr[i].days;
			if (s[k].has_unmet) {
				s[k].unmet += dr[i].unmet * dr[i].days;
				s[k].backup += dr[i].backup * dr[i].days;
			}
		}
		for (i = s[k].i0; i < s[k].i1; i++)
			s[k].invest += iv[i].qty * iv[i].price; /* Σ quantity × unit price */
		if (hk_lcc(s[k].invest, s[k].cost, rate, escalation, life, &s[k].lcc, &e) != HK_OK)
			hk_die_err(&e);
	}
	if (base_name) {
		base = find_scheme(s, &ns, base_name, 0);
		if (base < 0)
			hk_die(HK_EXIT_INPUT, "--base (%s): no such scheme", base_name);
	} else {
		base = 0;
		for (k = 1; k < ns; k++)
			if (s[k].invest < s[base].invest)
				base = k;
	}
	for (k = 0; k < ns; k++) {
		hk_econ_in in;
		if (k == base)
			continue;
		if (cmp < 0)
			cmp = k;
		in.extra_invest = s[k].invest - s[base].invest;
		in.saving_y1 = s[base].cost - s[k].cost;
		in.rate = rate;
		in.escalation = escalation;
		in.life_years = life;
		if (hk_econ_eval(&in, &s[k].eo, &e) != HK_OK)
			hk_job_die(&job, &e);
	}

	/* the daily table (main) */
	hk_job_table(&job, "逐日费用", "daily", daily_out, HK_NELEM(daily_out));
	for (i = 0; i < nd; i++) {
		hk_cell c[HK_NELEM(daily_out)] = {
			hk_ctext(s[dr[i].scheme].name), hk_ctext(dr[i].day), hk_cnum(dr[i].days),
			isnan(dr[i].kwh) ? hk_cempty() : hk_cnum(dr[i].kwh), hk_cnum(dr[i].cost),
			isnan(dr[i].unmet) ? hk_cempty() : hk_cnum(dr[i].unmet),
			isnan(dr[i].backup) ? hk_cempty() : hk_cnum(dr[i].backup)};
		hk_job_row(&job, c);
	}
	/* workbook: prices, investment and schemes with live formulas */
	if (hk_out_is_xlsx(job.out)) {
		char f[512], a[64], b[64];
		long r0 = HK_XLSX_HEADER_ROWS;
		hk_job_extra(&job, "单价", "prices", price_out, 4);
		for (i = 0; i < npr; i++) {
			hk_cell c[4] = {hk_ctext(pr[i].item), hk_ctext(pr[i].unit), hk_cnum(pr[i].price), hk_ctext(pr[i].source)};
			hk_job_row(&job, c);
		}
		hk_job_extra(&job, "投资", "investment", inv_out, HK_NELEM(inv_out));
		for (i = 0; i < ni; i++) {
			hk_cell c[HK_NELEM(inv_out)];
			char pf[128];
			c[0] = hk_ctext(s[iv[i].scheme].name);
			c[1] = hk_ctext(iv[i].item);
			c[2] = hk_cnum(iv[i].qty);
			if (iv[i].price_row >= 0) {
				sheet_ref(a, sizeof a, price_sheet, r0 + iv[i].price_row, 2);
				snprintf(pf, sizeof pf, "=%s", a);
				c[3] = hk_cformula(pf, iv[i].price);
			} else {
				c[3] = hk_cnum(iv[i].price);
			}
			hk_out_ref(r0 + (long)i, 2, a, sizeof a);
			hk_out_ref(r0 + (long)i, 3, b, sizeof b);
			snprintf(f, sizeof f, "=%s*%s", a, b);
			c[4] = hk_cformula(f, iv[i].qty * iv[i].price);
			c[5] = hk_ctext(iv[i].source);
			hk_job_row(&job, c);
		}
		hk_job_extra(&job, "方案比较", "schemes", scheme_out, HK_NELEM(scheme_out));
		for (k = 0; k < ns; k++) {
			hk_cell c[HK_NELEM(scheme_out)];
			char fi[256], fe[256], fc[256], fx[256], fs[256], fp[256], fu[256];
			long row = r0 + k, brow = r0 + base;
			char x0[64], x1[64], y0[64], y1[64];
			c[0] = hk_ctext(s[k].name);
			if (s[k].i1 > s[k].i0) {
				sheet_ref(x0, sizeof x0, inv_sheet, r0 + (long)s[k].i0, 4);
				hk_out_ref(r0 + (long)s[k].i1 - 1, 4, x1, sizeof x1);
				snprintf(fi, sizeof fi, "=SUM(%s:%s)", x0, x1);
				c[1] = hk_cformula(fi, s[k].invest);
			} else {
				c[1] = hk_cnum(s[k].invest);
			}
			sheet_ref(x0, sizeof x0, daily_sheet, r0 + (long)s[k].d0, 2);
			hk_out_ref(r0 + (long)s[k].d1 - 1, 2, x1, sizeof x1);
			sheet_ref(y0, sizeof y0, daily_sheet, r0 + (long)s[k].d0, 3);
			hk_out_ref(r0 + (long)s[k].d1 - 1, 3, y1, sizeof y1);
			snprintf(fe, sizeof fe, "=SUMPRODUCT(%s:%s,%s:%s)", x0, x1, y0, y1);
			c[2] = isnan(s[k].kwh) ? hk_cempty() : hk_cformula(fe, s[k].kwh);
			sheet_ref(y0, sizeof y0, daily_sheet, r0 + (long)s[k].d0, 4);
			hk_out_ref(r0 + (long)s[k].d1 - 1, 4, y1, sizeof y1);
			snprintf(fc, sizeof fc, "=SUMPRODUCT(%s:%s,%s:%s)", x0, x1, y0, y1);
			c[3] = hk_cformula(fc, s[k].cost);
			if (k == base) {
				c[4] = c[5] = c[6] = c[7] = c[8] = c[9] = hk_cempty();
			} else {
				hk_out_ref(row, 1, x0, sizeof x0);
				hk_out_ref(brow, 1, x1, sizeof x1);
				snprintf(fx, sizeof fx, "=%s-%s", x0, x1);
				c[4] = hk_cformula(fx, s[k].invest - s[base].invest);
				hk_out_ref(brow, 3, y0, sizeof y0);
				hk_out_ref(row, 3, y1, sizeof y1);
				snprintf(fs, sizeof fs, "=%s-%s", y0, y1);
				c[5] = hk_cformula(fs, s[base].cost - s[k].cost);
				hk_out_ref(row, 4, x0, sizeof x0);
				hk_out_ref(row, 5, x1, sizeof x1);
				snprintf(fp, sizeof fp, "=IF(%s>0,%s/%s,\"never\")", x1, x0, x1);
				c[6] = hk_cformula(fp, s[k].eo.static_payback);
				c[7] = isinf(s[k].eo.discounted_payback) ? hk_ctext("never") : hk_cnum(s[k].eo.discounted_payback);
				c[8] = hk_cnum(s[k].eo.npv);
				c[9] = isnan(s[k].eo.irr) ? hk_ctext("none") : hk_cnum(s[k].eo.irr);
			}
			c[10] = hk_cnum(s[k].lcc);
			sheet_ref(x0, sizeof x0, daily_sheet, r0 + (long)s[k].d0, 2);
			hk_out_ref(r0 + (long)s[k].d1 - 1, 2, x1, sizeof x1);
			sheet_ref(y0, sizeof y0, daily_sheet, r0 + (long)s[k].d0, 5);
			hk_out_ref(r0 + (long)s[k].d1 - 1, 5, y1, sizeof y1);
			snprintf(fu, sizeof fu, "=SUMPRODUCT(%s:%s,%s:%s)", x0, x1, y0, y1);
			c[11] = s[k].has_unmet ? hk_cformula(fu, s[k].unmet) : hk_cempty();
			hk_job_row(&job, c);
		}
	}

	/* summary */
	hk_sum_text(&job.sum, "base_scheme", s[base].name, "基准方案", "base scheme",
		    base_name ? "--base" : "the scheme with the lowest investment");
	/* what was designed upstream, as it travelled down the pipe */
	if (*design.hp_model)
		hk_sum_text(&job.sum, "hp_model", design.hp_model, "热泵机型", "heat-pump model",
			    "profile column hp_model (hpsize)");
	if (!isnan(design.units))
		hk_sum_num(&job.sum, "units", design.units, "", 0, "热泵台数", "heat pumps",
			   "profile column units_total (hpsize)");
	if (!isnan(design.rated_kw))
		hk_sum_num(&job.sum, "rated_kw", design.rated_kw, "kW", 1, "单台额定制热量", "rated capacity per unit",
			   "profile column rated_kw (hpsize)");
	if (!isnan(design.tank_m3))
		hk_sum_num(&job.sum, "tank_m3", design.tank_m3, "m3", 0, "蓄热罐有效容积", "effective tank volume",
			   "profile column tank_m3 (tanksize)");
	for (k = 0; k < ns; k++) {
		char key[64], zh[160], en[160];
#define SK(suffix) (snprintf(key, sizeof key, "s%d_%s", k + 1, suffix), key)
		snprintf(zh, sizeof zh, "方案%d", k + 1);
		hk_sum_text(&job.sum, SK("name"), s[k].name, zh, "scheme", args[0]);
		hk_sum_num(&job.sum, SK("invest_yuan"), s[k].invest, "yuan", 0, "初投资", "investment",
			   invest_file ? "Σ quantity × unit price (--invest, --prices)" : "no --invest: 0");
		if (s[k].dq_has[0])
			hk_sum_num(&job.sum, SK("heat_pump_kw"), s[k].dq[0], "kW", 0, "热泵额定装机容量",
				   "heat pumps, rated kW", s[k].dq_src[0]);
		if (s[k].dq_has[1])
			hk_sum_num(&job.sum, SK("tank_m3"), s[k].dq[1], "m3", 0, "蓄热罐有效容积",
				   "effective tank volume", s[k].dq_src[1]);
		if (!isnan(s[k].kwh))
			hk_sum_num(&job.sum, SK("annual_elec_kwh"), s[k].kwh, "kWh", 0, "年耗电量", "annual electricity",
				   "Σ daily electricity × days");
		hk_sum_num(&job.sum, SK("annual_cost_yuan"), s[k].cost, "yuan", 0, "年运行费用", "annual operating cost",
			   !s[k].column ? "Σ daily cost × days of the daily-figures input (as the Malan paper's Table 3)"
			   : s[k].has_unmet ? "Σ daily cost × days; daily cost = the profile's power column costed "
					      "period by period with --tariff, plus the backup heater's for unmet heat"
					    : "Σ daily cost × days; daily cost = the profile's power column costed "
					      "period by period with --tariff");
		if (s[k].has_unmet) {
			hk_sum_num(&job.sum, SK("unmet_kwh"), s[k].unmet, "kWh", 0, "年未满足热量", "annual heat left unmet",
				   s[k].role == ROLE_STORE ? "Σ unmet_kw·dt_h·days (tanksize: heat pumps and tank)"
							   : "Σ (heat_load_kw − hp_heat_kw)·dt_h·days (hpsize: heat pumps alone)");
			hk_sum_num(&job.sum, SK("backup_cost_yuan"), s[k].backup, "yuan", 0, "辅助热源年电费",
				   "annual cost of the backup heater", "unmet heat / backup_cop, at the tariff of each step "
				   "(included in annual_cost_yuan)");
			if (s[k].unmet > unmet_max)
				unmet_max = s[k].unmet;
			any_unmet = 1;
		}
		snprintf(en, sizeof en, "life-cycle cost over %d years", life);
		hk_sum_num(&job.sum, SK("lcc_yuan"), s[k].lcc, "yuan", 0, "全寿命周期费用", en,
			   "invest + Σ cost·(1+e)^(y−1)/(1+r)^y");
		if (k != base) {
			hk_sum_num(&job.sum, SK("extra_invest_yuan"), s[k].invest - s[base].invest, "yuan", 0, "增加投资",
				   "extra investment over the base", "");
			hk_sum_num(&job.sum, SK("annual_saving_yuan"), s[base].cost - s[k].cost, "yuan", 0,
				   "年节省运行费用", "annual saving over the base", "");
			hk_sum_num(&job.sum, SK("payback_years"), s[k].eo.static_payback, "a", 2, "静态回收年限",
				   "static payback", "extra investment / annual saving (Malan paper §3.4); inf = never");
		}
#undef SK
	}
	if (cmp >= 0) {
		const struct scheme *c = &s[cmp];
		hk_sum_text(&job.sum, "compared_scheme", c->name, "比较方案", "scheme compared with the base", "");
		hk_sum_num(&job.sum, "extra_invest_yuan", c->invest - s[base].invest, "yuan", 0, "增加投资",
			   "extra investment", "");
		hk_sum_num(&job.sum, "annual_saving_yuan", s[base].cost - c->cost, "yuan", 0, "年节省运行费用",
			   "annual saving", "");
		/* infinity when it never pays back: a --check on it then fails (exit 1) */
		hk_sum_num(&job.sum, "payback_years", c->eo.static_payback, "a", 2, "静态回收年限", "static payback",
			   "extra investment / annual saving (Malan paper §3.4); inf = never");
		if (isinf(c->eo.static_payback))
			hk_job_warn(&job, "%s never pays back: it saves nothing over %s", c->name, s[base].name);
		hk_sum_num(&job.sum, "discounted_payback_years", c->eo.discounted_payback, "a", 2, "动态回收年限",
			   "discounted payback", "first year the discounted cumulative flow turns positive; inf = not "
			   "within the life");
		hk_sum_num(&job.sum, "npv_yuan", c->eo.npv, "yuan", 0, "净现值", "net present value",
			   "Σ flows/(1+r)^t, savings escalated");
		if (!isnan(c->eo.irr))
			hk_sum_num(&job.sum, "irr", c->eo.irr, "", 4, "内部收益率", "internal rate of return", "NPV(irr) = 0");
	}
	if (any_unmet) {
		hk_sum_num(&job.sum, "unmet_kwh", unmet_max, "kWh", 0, "最大年未满足热量",
			   "largest annual heat left unmet among the schemes", "max of sN_unmet_kwh");
		hk_sum_num(&job.sum, "backup_cop", backup_cop, "", 2, "辅助热源COP", "backup heater COP",
			   backup_given ? "--backup-cop"
					: "default 1: an electric heater makes up unmet heat, 1 kWh per kWh at the "
					  "tariff (toolkit assumption), so every scheme delivers the whole load");
		for (k = 0; k < ns; k++)
			if (s[k].has_unmet && s[k].unmet > 0)
				hk_job_warn(&job, "%s: the heat pumps%s leave %.0f kWh a year of the load unmet (%s): "
					    "made up by a backup heater at COP %g, %.0f 元 a year at the tariff (--backup-cop)",
					    s[k].name, s[k].role == ROLE_STORE ? " and the tank" : "", s[k].unmet,
					    unmet_days(dr, &s[k]), backup_cop, s[k].backup);
		for (k = 0; k < ns; k++)
			if (!s[k].has_unmet && unmet_max > 0)
				hk_job_warn(&job, "%s: the profile does not say what heat column %s leaves unmet: "
					    "compared as if it met the whole load", s[k].name, s[k].column);
	}
	hk_sum_num(&job.sum, "rate", rate, "", 4, "折现率", "discount rate",
		   rate == 0.08 ? "8%: social discount rate, 建设项目经济评价方法与参数 3rd ed. (2006), recollection [UNVERIFIED]"
				: "--rate");
	hk_sum_num(&job.sum, "escalation", escalation, "", 4, "电价年增长率", "energy-price escalation",
		   escalation == 0 ? "default 0" : "--escalation");
	hk_sum_num(&job.sum, "life_years", life, "a", 0, "经济寿命", "economic life",
		   life == 20 ? "20 years: toolkit assumption" : "--life");
	rc = hk_job_end(&job);
	hk_strlist_free(&common.checks);
	hk_strlist_free(&scheme_opts);
	free(args);
	return rc;
}
