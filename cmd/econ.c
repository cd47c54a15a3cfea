/*
 * econ.c - heatkit econ: heating schemes compared: electricity and cost
 * per typical day, annual sums, investment, payback, NPV, IRR, LCC.
 *
 * This file is the options and their checks, and the order of the steps:
 * read the operating-cost input, the prices and the investment
 * (lib/econread.c, lib/invest.c), run the comparison (lib/econ.c:
 * hk_econ_run), write its tables (lib/econreport.c).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "diag.h"
#include "econ.h"
#include "job.h"
#include "paths.h"
#include "proftable.h"

/* the options (hk_parse_options_to fills a copy of opts0 with the table's
 * defaults, with their sources) */
struct opts {
	const char *tariff, *invest, *prices, *base, *borefield, *gas_prices, *gas_price;
	hk_strlist schemes, price_ids, pumps;
	double rate, escalation, backup_cop, gshp_eta, gshp_water_c, boiler_eff, gas_eff, gas_lhv;
	int life;
};
static const struct opts opts0;

static const char *const usage[] = {"[options] DAILY.csv", "--tariff FILE [--scheme NAME=COLUMN]... [options] PROFILE.csv",
				    NULL};
static const char *const examples[] = {
	"the Malan comparison from the paper's Table 3 daily costs, with live formulas in the workbook",
	"heatkit econ --invest templates/malan/invest.csv -o malan-econ.xlsx templates/malan/table3-daily.csv",
	"schemes straight from a tanksize profile (hp_power_kw without the tank, power_kw with it), gated",
	"heatkit econ --tariff shaanxi-malan --invest templates/malan/invest.csv --check 'payback_years<=8' tank.csv",
	"the same priced with a derived heat-pump price (a row of data/equipment/unit-prices.csv, by its id)",
	"heatkit econ --tariff shaanxi-malan --invest templates/malan/invest.csv --price dalate-1 --summary tank.csv",
	"five schemes: the two of the profile, ground source on borefield's field, electric boiler + the tank, gas boiler",
	"heatkit econ --tariff shaanxi-malan --scheme 'ASHP only=hp_power_kw' --scheme 'ASHP + storage=power_kw' "
	"--scheme 'GSHP=gshp' --borefield bf-summary.csv,bf.csv --scheme 'E-boiler + storage=electric-boiler' "
	"--scheme 'Gas boiler=gas-boiler' --gas-prices gas.csv --prices prices.csv --summary tank.csv",
	NULL, NULL};

static const hk_option options[] = {
	HK_OPT_STR_(0, "tariff", &opts0.tariff, "FILE|NAME", "tariff for costing a profile (a file or a name in data/climate/tariffs)", NULL),
	HK_OPT_LIST_(0, "scheme", &opts0.schemes, "NAME=COLUMN",
		     "a scheme and the profile's electric power column, or a plant econ runs on heat_load_kw: "
		     "gshp, electric-boiler, gas-boiler (repeatable; default for a tanksize profile: "
		     "\"ASHP only=hp_power_kw\" and \"ASHP + storage=power_kw\")"),
	HK_OPT_STR_(0, "invest", &opts0.invest, "FILE",
		    "investment: scheme,item,quantity[,unit][,price][,amount]; items heat_pump_kw, tank_m3, pump_kw, "
		    "land_m2, other_yuan, borehole_m, gshp_kw, boiler_kw, gas_boiler_kw",
		    "none: operating cost only"),
	HK_OPT_STR_(0, "prices", &opts0.prices, "FILE",
		    "unit prices: item,unit,price[,id][,year][,status][,default][,source]; unit = money per unit of "
		    "quantity (yuan/W, 元/m3, 万元/MW)",
		    "data/equipment/unit-prices.csv (Malan paper Table 2 by default; dated alternatives by id)"),
	HK_OPT_LIST_(0, "price", &opts0.price_ids, "ID",
		     "price an item with the prices row of this id (repeatable; one per item): chooses among "
		     "several rows for one item"),
	HK_OPT_NUMD_(0, "backup-cop", &opts0.backup_cop, "COP",
		     "COP of the backup heater that makes up heat the heat pumps and tank leave unmet, "
		     "its electricity costed at the tariff", NULL, 1,
		     "an electric heater makes up unmet heat, 1 kWh per kWh at the tariff (toolkit assumption), "
		     "so every scheme delivers the whole load"),
	HK_OPT_STR_(0, "base", &opts0.base, "NAME", "the scheme others are compared with",
		    "the scheme with the lowest investment"),
	/* -50 % to 50 % a year: --rate 8 (meant 8 %) ran at 800 % and paid
	 * back in a year (issue 18 follow-up); the parser says "looks like %" */
	HK_OPT_NUMDR_(0, "rate", &opts0.rate, "FRAC", "discount rate", NULL, 0.08,
		      "social discount rate, 建设项目经济评价方法与参数 3rd ed. (2006), recollection [UNVERIFIED]",
		      -0.5, 0.5),
	HK_OPT_NUMDR_(0, "escalation", &opts0.escalation, "FRAC", "yearly energy-price escalation", NULL, 0,
		      "energy prices held constant (toolkit assumption)", -0.5, 0.5),
	HK_OPT_INTD_(0, "life", &opts0.life, "YEARS", "economic life", 20, "toolkit assumption"),
	HK_OPT_LIST_(0, "pumps", &opts0.pumps, "SCHEME=SUMMARY",
		     "a pump group (pumpselect --summary) priced in a scheme: pumps_total × motor_kw at the pump "
		     "price (repeatable)"),
	HK_OPT_GROUP_("plants econ runs on the profile's heat load (--scheme NAME=gshp|electric-boiler|gas-boiler)"),
	HK_OPT_STR_(0, "borefield", &opts0.borefield, "SUMMARY,TABLE",
		    "borefield's --summary (boreholes, total_length_m) and its monthly table (ext_kwh, tf_c) for a "
		    "gshp scheme", NULL),
	HK_OPT_NUMD_(0, "gshp-eta", &opts0.gshp_eta, "FRAC",
		     "ground-source heat pumps: COP = eta × Carnot COP (T_w/(T_w − T_fluid), kelvin) at each month's "
		     "mean fluid temperature", NULL, 0.5,
		     "toolkit assumption: with 45 ℃ water and a 5 ℃ fluid it gives COP 4.0, the low end of the "
		     "吉林 heating guideline's Table 3-1 (GSHP COP 4.0-4.5); no standard gives eta (a public calculator, "
		     "ohmycalc.com, says 45-55 % of Carnot for brine-to-water units) [UNVERIFIED]"),
	HK_OPT_NUMD_(0, "gshp-water", &opts0.gshp_water_c, "C", "ground-source heat pumps' supply water", "C", 45,
		     "45 ℃ supply: the Malan paper's leaving water (§3.2, LT-161 rated at 45 ℃)"),
	HK_OPT_NUMD_(0, "boiler-eff", &opts0.boiler_eff, "FRAC", "electric boiler: heat per kWh of electricity",
		     NULL, 0.98,
		     "toolkit assumption in the 0.98-0.99 of the issue: a resistive boiler loses only its casing's "
		     "heat; no standard clause found [UNVERIFIED]"),
	HK_OPT_NUMD_(0, "gas-eff", &opts0.gas_eff, "FRAC", "gas boiler: seasonal efficiency on the lower heating value",
		     NULL, 0.92,
		     "GB 50189-2015 Table 4.2.5: gas-fired boilers' thermal efficiency at least 92 % (recollection; "
		     "the table's text not found in a search of public pages [UNVERIFIED]); a seasonal efficiency is "
		     "lower at part load: give your own"),
	/* 20-50 MJ/m3 around natural gas's 32.2-38.9: 35900 (kJ) or 1e-300
	 * costed gas at nothing or without end, exit 0 (issue 18 follow-up) */
	HK_OPT_NUMDR_(0, "gas-lhv", &opts0.gas_lhv, "MJ/M3", "natural gas lower heating value", "MJ/m3", 35.9,
		      "35.9 MJ/m3, the issue's figure for natural gas (GB/T 2589-2020 Appendix A lists 32.2-38.9 "
		      "MJ/m3, recollection; the appendix's text not found in a search of public pages [UNVERIFIED]); "
		      "the gas-price row's lhv_mj_m3 when it gives one", HK_GAS_LHV_MIN, HK_GAS_LHV_MAX),
	HK_OPT_STR_(0, "gas-prices", &opts0.gas_prices, "FILE",
		    "gas prices: id,region,price_yuan_m3,lhv_mj_m3,year,status,default,source",
		    "data/climate/gas-prices.csv"),
	HK_OPT_STR_(0, "gas-price", &opts0.gas_price, "ID", "the gas-price row of this id", "the row marked default"),
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
		"day and per year (--check 'unmet_kwh<=0' gates a plant that meets the load).\n"
		"\n"
		"Schemes econ runs itself on heat_load_kw (--scheme NAME=KIND): gshp (ground-source\n"
		"units of the design load, borefield's boreholes, electricity = heat / the seasonal\n"
		"COP at borefield's monthly fluid temperatures), electric-boiler (a boiler of the\n"
		"design load with the profile's tank, charged in the valley as tanksize dispatches\n"
		"it) and gas-boiler (gas = heat / (efficiency × LHV) at a gas price row).  Every\n"
		"scheme's electricity per tariff period is in the daily table and the summary.",
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
		"    the --prices file's unit price; another money column (报价, cost) is an error\n"
		"  --prices FILE: item,unit,price[,id][,year][,status][,default][,source]: any number of\n"
		"    rows, several for one item (alternatives): each item is priced by the row --price ID\n"
		"    names, else its only row, else the row marked default (yes); several rows and no\n"
		"    choice is an error.  status: sourced, derived or placeholder (no public price:\n"
		"    give your own); a placeholder that prices an item is named in the summary and\n"
		"    warned about, one without a price cannot be used",
	.output =
		"  daily table: scheme,day,days,elec_kwh,cost_yuan,unmet_kwh,backup_cost_yuan (elec and\n"
		"    cost include the backup heater's; unmet empty when the input does not tell),\n"
		"    elec_kwh_sharp,_peak,_flat,_valley,_deep_valley (a profile's), gas_m3 (a gas boiler's)\n"
		"  workbook sheets: daily, prices, investment, schemes (formulas), summary\n"
		"  summary: the design that travelled (hp_model, units, rated_kw, tank_m3); sN_* per\n"
		"    scheme (sN_heat_pump_kw, sN_tank_m3 with where each came from, sN_unmet_kwh,\n"
		"    sN_backup_cost_yuan, sN_annual_elec_kwh_KIND per tariff period, sN_annual_gas_m3,\n"
		"    sN_borehole_m, sN_gshp_kw, sN_boiler_kw, sN_gas_boiler_kw; every scheme compared\n"
		"    with the base: sN_payback_years, sN_discounted_payback_years, sN_npv_yuan, sN_irr);\n"
		"    tariff_KIND_yuan_kwh; gshp_scop, gshp_tf_c, boiler_eff, gas_price_yuan_m3,\n"
		"    gas_lhv_mj_m3, gas_eff (with the schemes that use them); unmet_kwh (the largest),\n"
		"    backup_cop; for the first\n"
		"    scheme compared with the base:\n"
		"    extra_invest_yuan, annual_saving_yuan, payback_years, discounted_payback_years,\n"
		"    npv_yuan, irr; price_ITEM: each unit price used and the row it came from (file,\n"
		"    line, id, year, status, how it was chosen); placeholder_prices: the items priced by\n"
		"    a placeholder (none when none)",
	.examples = examples,
	.options = options,
	.opt_proto = &opts0,
	.opt_size = sizeof opts0,
};
/* everything a run holds, freed before any exit */
struct run {
	struct opts o;
	hk_common common;
	char **args;
	hk_econ_ops ops;
	hk_prices prices;
	hk_invest_tab inv;
	hk_econ_result res;
	const char **names;
	hk_econ_plant plant;
};

static void run_free(void *p)
{
	struct run *w = p;
	hk_econ_result_free(&w->res);
	hk_invest_free(&w->inv);
	hk_prices_free(&w->prices);
	hk_econ_ops_free(&w->ops);
	free(w->names);
	hk_strlist_free(&w->common.checks);
	hk_strlist_free(&w->o.schemes);
	hk_strlist_free(&w->o.price_ids);
	hk_strlist_free(&w->o.pumps);
	free(w->args);
	w->names = NULL;
	w->args = NULL;
}

static void check_options(struct run *w, int nargs)
{
	const struct opts *o = &w->o;
	if (nargs != 1)
		hk_die(HK_EXIT_INPUT, "expected one input file (daily figures or a profile), got %d", nargs);
	if (o->life < 1 || o->life > 100)
		hk_die(HK_EXIT_INPUT, "--life (%d): expected 1 to 100 years", o->life);
	if (!(o->rate > -1) || !(o->escalation > -1))
		hk_die(HK_EXIT_INPUT, "--rate and --escalation: expected values above -100%%");
	if (!(o->backup_cop > 0))
		hk_die(HK_EXIT_INPUT, "--backup-cop (%g): expected a COP > 0", o->backup_cop);
}

/* The plants' parameters, and borefield's files and the gas price when a
 * scheme runs those plants. */
static void read_plants(struct run *w)
{
	const struct opts *o = &w->o;
	hk_econ_plant *pl = &w->plant;
	char gpath[4096];
	hk_err e;
	int gshp = 0, gas = 0;
	for (size_t i = 0; i < o->schemes.n; i++) {
		const char *eq = strrchr(o->schemes.v[i], '=');
		gshp |= eq && !strcmp(eq + 1, "gshp");
		gas |= eq && !strcmp(eq + 1, "gas-boiler");
	}
	pl->gshp_eta = o->gshp_eta;
	pl->gshp_water_c = o->gshp_water_c;
	pl->eboiler_eff = o->boiler_eff;
	pl->gas_eff = o->gas_eff;
	pl->gas_lhv_mj_m3 = o->gas_lhv;
	pl->gshp_scop = pl->gas_price = NAN;
	if (!(o->gshp_eta > 0 && o->gshp_eta <= 1) || !(o->boiler_eff > 0 && o->boiler_eff <= 1) ||
	    !(o->gas_eff > 0 && o->gas_eff <= 1.1) || !(o->gas_lhv > 0))
		hk_die(HK_EXIT_INPUT, "--gshp-eta, --boiler-eff (0 to 1), --gas-eff (0 to 1.1) and --gas-lhv (> 0): expected "
			"efficiencies and a heating value");
	if (o->borefield) {
		const char *c = strchr(o->borefield, ',');
		if (!c || c == o->borefield || !c[1])
			hk_die(HK_EXIT_INPUT, "--borefield (%s): expected SUMMARY.csv,TABLE.csv", o->borefield);
		snprintf(pl->bf_summary, sizeof pl->bf_summary, "%.*s", (int)(c - o->borefield), o->borefield);
		snprintf(pl->bf_table, sizeof pl->bf_table, "%s", c + 1);
	}
	if (gshp && hk_econ_read_borefield(pl, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	for (size_t i = 0; i < o->pumps.n; i++) {
		const char *spec = o->pumps.v[i], *eq = strrchr(spec, '=');
		if (i >= HK_NELEM(pl->pumps) || !eq || eq == spec || !eq[1])
			hk_die(HK_EXIT_INPUT, "--pumps (%s): expected SCHEME=SUMMARY.csv, at most %zu", spec, HK_NELEM(pl->pumps));
		snprintf(pl->pumps[i].scheme, sizeof pl->pumps[i].scheme, "%.*s", (int)(eq - spec), spec);
		snprintf(pl->pumps[i].file, sizeof pl->pumps[i].file, "%s", eq + 1);
		pl->npumps = (int)i + 1;
		if (hk_econ_read_pumps(pl, (int)i, &e) != HK_OK)
			hk_exit_err(NULL, &e);
	}
	if (!gas)
		return;
	if (!hk_data_file(o->gas_prices, "climate/gas-prices.csv", gpath, sizeof gpath))
		hk_die(HK_EXIT_INPUT, "gas prices not found (%s): set HEATKIT_DATA or give --gas-prices", gpath);
	if (hk_econ_gas_price(gpath, o->gas_price, hk_opt_given(&w->common, &o->gas_lhv), pl, &e) != HK_OK)
		hk_exit_err(NULL, &e);
}

/* The operating-cost input: daily figures, else a profile costed with the
 * tariff (read twice to tell which: standard input is kept). */
static void read_ops(struct run *w, const char *path)
{
	static const char *const defaults[] = {"ASHP only=hp_power_kw", "ASHP + storage=power_kw"};
	const struct opts *o = &w->o;
	char tpath[4096];
	hk_tariff t;
	hk_err e;
	int daily;
	if (!strcmp(path, "-") && hk_reader_keep_stdin(&e) != HK_OK)
		hk_exit_err(NULL, &e);
	if (hk_econ_read_daily(path, w->common.encoding, &w->ops, &daily, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	if (!daily) {
		if (!o->tariff)
			hk_die(HK_EXIT_INPUT, "a profile is costed with a tariff: give --tariff FILE");
		if (!hk_data_named(o->tariff, "climate/tariffs", tpath, sizeof tpath))
			hk_die(HK_EXIT_INPUT, "--tariff (%s): no such file or name in data/climate/tariffs", o->tariff);
		hk_econ_ops_free(&w->ops);
		if (hk_tariff_load(tpath, NULL, &t, &e) != HK_OK ||
		    hk_econ_read_profile(path, w->common.encoding, &t,
					 o->schemes.n ? o->schemes.v : (const char **)defaults,
					 o->schemes.n ? o->schemes.n : HK_NELEM(defaults), &w->plant, &w->ops, &e) != HK_OK)
			hk_exit_err(NULL, &e);
	}
	if (w->ops.ns < 2)
		hk_die(HK_EXIT_INPUT, "%s: %zu scheme: expected two or more schemes to compare", path, w->ops.ns);
	for (int i = 0; i < w->plant.npumps; i++) {
		size_t k;
		for (k = 0; k < w->ops.ns && strcmp(w->ops.s[k].name, w->plant.pumps[i].scheme); k++)
			;
		if (k == w->ops.ns)
			hk_die(HK_EXIT_INPUT, "--pumps %s=%s: no scheme %s: expected one of the schemes compared", w->plant.pumps[i].scheme,
				w->plant.pumps[i].file, w->plant.pumps[i].scheme);
	}
}

/* The prices (the row of each item chosen) and the investment table. */
static void read_invest(struct run *w)
{
	const struct opts *o = &w->o;
	char ppath[4096];
	hk_err e;
	if (!hk_data_file(o->prices, "equipment/unit-prices.csv", ppath, sizeof ppath))
		hk_die(HK_EXIT_INPUT, "unit prices not found (%s): set HEATKIT_DATA or give --prices", ppath);
	if (hk_prices_load(ppath, &w->prices, &e) != HK_OK ||
	    hk_prices_choose(&w->prices, o->price_ids.v, o->price_ids.n, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	if (!(w->names = hk_econ_names(&w->ops)))
		hk_die(HK_EXIT_INPUT, "out of memory");
	if (hk_invest_load(o->invest, w->names, w->ops.ns, &w->prices, &w->inv, &e) != HK_OK)
		hk_exit_err(NULL, &e);
}

int cmd_econ(int argc, char **argv)
{
	struct run w = {0};
	int nargs = hk_parse_options_to(argc, argv, &info_econ, &w.o, &w.common, &w.args), rc;
	const struct opts *o = &w.o;
	char s_base[256], s_rate[256], s_esc[256], s_life[256], s_cop[256], tariff_in[4096] = "";
	char s_eta[512], s_tw[512], s_beff[512], s_geff[512], s_lhv[512];
	hk_job job;
	hk_err e;

	hk_exit_free(run_free, &w);
	check_options(&w, nargs);
	read_plants(&w);
	read_ops(&w, w.args[0]);
	if (o->invest)
		read_invest(&w);
	hk_econ_request q = {&w.ops, o->invest ? &w.inv : NULL, o->invest ? &w.prices : NULL, o->base,
			     o->rate, o->escalation, o->life, o->backup_cop};
	if (hk_econ_run(&q, &w.res, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	if (o->tariff && !hk_data_named(o->tariff, "climate/tariffs", tariff_in, sizeof tariff_in))
		tariff_in[0] = '\0';
	const char *inputs[] = {w.args[0], o->invest, o->prices, tariff_in[0] ? tariff_in : NULL};
	hk_econ_words words = {w.args[0], hk_opt_src(&w.common, &info_econ, &o->base, s_base, sizeof s_base),
			       hk_opt_src(&w.common, &info_econ, &o->rate, s_rate, sizeof s_rate),
			       hk_opt_src(&w.common, &info_econ, &o->escalation, s_esc, sizeof s_esc),
			       hk_opt_src(&w.common, &info_econ, &o->life, s_life, sizeof s_life),
			       hk_opt_src(&w.common, &info_econ, &o->backup_cop, s_cop, sizeof s_cop), o->invest,
			       hk_opt_src(&w.common, &info_econ, &o->gshp_eta, s_eta, sizeof s_eta),
			       hk_opt_src(&w.common, &info_econ, &o->gshp_water_c, s_tw, sizeof s_tw),
			       hk_opt_src(&w.common, &info_econ, &o->boiler_eff, s_beff, sizeof s_beff),
			       hk_opt_src(&w.common, &info_econ, &o->gas_eff, s_geff, sizeof s_geff),
			       hk_opt_src(&w.common, &info_econ, &o->gas_lhv, s_lhv, sizeof s_lhv), o->tariff};
	hk_job_begin(&job, &w.common, inputs, HK_NELEM(inputs), w.ops.chinese);
	hk_econ_write(&job, &q, &w.res, &words);
	rc = hk_job_end(&job);
	hk_exit_free(NULL, NULL);
	run_free(&w);
	return rc;
}
