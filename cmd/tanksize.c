/*
 * tanksize.c - heatkit tanksize: a water tank charged by idle heat pumps
 * in valley-tariff hours and discharged in peak (then flat) hours.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "columns.h"
#include "diag.h"
#include "heatpump.h"
#include "job.h"
#include "paths.h"
#include "proftable.h"
#include "storage.h"
#include "tariff.h"

static const char *tariff_s, *cover_day, *charge_in;
static double volume = NAN, dt_k, eta, vol_ratio, rho_c, h_over_d;
static double pump_charge, pump_discharge, round_tol;
static double scan_max, scan_step, rate, life;
static int economic, per_day;
static const char *const charge_choices[] = {"valley", "any", NULL};

static const char *const usage[] = {"--tariff FILE (--volume M3 | --cover-day DAY | --economic) [options] [PROFILE.csv]",
				    NULL};
static const char *const examples[] = {
	"the Malan tank: 1000 m3 effective at ΔT 10 K under the paper's Shaanxi tariff, the per-day table",
	"heatkit tanksize --tariff shaanxi-malan --volume 1000 --per-day hp.csv",
	"the volume with the lowest annualised cost (tank, pumps, land vs saved electricity)",
	"heatkit tanksize --tariff shaanxi-malan --economic --summary hp.csv",
	"the volume that covers the peak-period demand of the 75% day",
	"heatkit tanksize --tariff shaanxi-malan --cover-day 75% -o tank.xlsx hp.csv",
	NULL, NULL};

static const hk_option options[] = {
	HK_OPT_STR_(0, "tariff", &tariff_s, "FILE|NAME",
		    "time-of-use tariff: a file, or a name in data/climate/tariffs (shaanxi-malan)", NULL),
	HK_OPT_GROUP_("Sizing rule (one of):"),
	HK_OPT_NUM_(0, "volume", &volume, "M3", "effective tank volume", "m3", NULL),
	HK_OPT_STR_(0, "cover-day", &cover_day, "DAY", "volume that stores the peak-period demand of this typical day", NULL),
	HK_OPT_BOOL_(0, "economic", &economic,
		     "scan volumes for the lowest annualised tank, pump and land cost plus electricity"),
	HK_OPT_GROUP_("Tank:"),
	HK_OPT_NUMD_(0, "tank-dt", &dt_k, "K", "usable supply/return temperature difference", "K",
		     HK_TANK_DT_DEFAULT, hk_src_tank_dt),
	HK_OPT_NUMD_(0, "rho-c", &rho_c, "KWH", "volumetric heat capacity of water (the paper's 1.1628 with --rho-c 1.1628)",
		     "kWh/(m3·K)", HK_RHO_C_WATER, hk_src_rho_c),
	HK_OPT_NUMD_(0, "eta", &eta, "FRAC", "storage efficiency on the effective volume", NULL,
		     HK_TANK_ETA_DEFAULT, hk_src_tank_eta),
	HK_OPT_NUMD_(0, "vol-ratio", &vol_ratio, "P", "built volume / effective volume", NULL,
		     HK_TANK_VOL_RATIO_DEFAULT, hk_src_vol_ratio),
	HK_OPT_NUMD_(0, "h-over-d", &h_over_d, "R", "height / diameter of a vertical tank", NULL,
		     HK_TANK_H_OVER_D_DEFAULT, hk_src_h_over_d),
	HK_OPT_NUMD_(0, "pump-charge-kw", &pump_charge, "KW", "storage pumps' power while charging", "kW", 0,
		     hk_src_no_pumps),
	HK_OPT_NUMD_(0, "pump-discharge-kw", &pump_discharge, "KW", "release pumps' power while discharging", "kW", 0,
		     hk_src_no_pumps),
	HK_OPT_CHOICE_(0, "charge", &charge_in,
		       "when the tank may charge: valley (valley and deep-valley periods) or any (any period where it pays)",
		       charge_choices, "valley", hk_src_charge_valley),
	HK_OPT_NUMD_(0, "round-tol", &round_tol, "FRAC", "unit-count rounding in the per-day table (as hpsize)", NULL,
		     HK_ROUND_TOL_DEFAULT, hk_src_round_tol),
	HK_OPT_GROUP_("Economic scan:"),
	HK_OPT_NUMD_(0, "scan-max", &scan_max, "M3", "largest volume scanned", "m3", HK_SCAN_V_MAX_DEFAULT,
		     hk_src_scan_range),
	HK_OPT_NUMD_(0, "scan-step", &scan_step, "M3", "volume step", "m3", HK_SCAN_V_STEP_DEFAULT,
		     hk_src_scan_range),
	HK_OPT_NUMD_(0, "rate", &rate, "FRAC", "discount rate for annualising", NULL, HK_SCAN_RATE_DEFAULT,
		     hk_src_scan_money),
	HK_OPT_NUMD_(0, "life", &life, "YEARS", "economic life", "a", HK_SCAN_LIFE_DEFAULT, hk_src_scan_money),
	HK_OPT_GROUP_("Output:"),
	HK_OPT_BOOL_(0, "per-day", &per_day,
		     "write the per-day table (capability, peak demand, stored heat: the paper's Table 1) instead of the profile"),
	HK_OPT_END_,
};

const hk_cmdinfo info_tanksize = {
	.name = "tanksize",
	.summary = "valley-charged water storage: volume, stored heat, per-day table, economic size",
	.usage = usage,
	.description =
		"Sizes a hot-water tank that idle heat pumps charge in valley-tariff hours and that\n"
		"discharges in peak hours (then flat hours), so the heat pumps run less when power\n"
		"is dear.  Tank capacity = V·ρc·ΔT·η (standards-notes §5.1; Malan paper §3.3).\n"
		"\n"
		"Per typical day (the Malan paper's Table 1): charge capability = spare heat-pump\n"
		"capacity × valley hours = Σ (N·q_eff − load)·h; peak demand = heat load in peak\n"
		"periods; stored heat = min(capability, tank, demand).\n"
		"\n"
		"The dispatch over the profile is the least-cost one: each step is cut at tariff\n"
		"boundaries, and the tank charges (in valley periods, or with --charge any in any\n"
		"period) and discharges so that the day's electricity cost is the least possible\n"
		"within the tank, the heat pumps' capacity and the load: the exact optimum of a\n"
		"linear programme, solved as a min-cost flow.  Typical days are cycles (the tank\n"
		"ends the day as it began); an 8760-h year runs continuously, each day optimised\n"
		"together with the next.  Load the heat pumps and the tank cannot meet is\n"
		"unmet_kw in the profile, unmet_kwh in the per-day table and the summary, and a\n"
		"warning.  The per-day table puts the dispatch's figures (charged, discharged,\n"
		"cost, unmet) beside the Table 1 method's.",
	.input =
		"  PROFILE.csv (\"-\" or none = standard input): the hpsize profile (needs q_unit_kw,\n"
		"    units_total, hp_heat_kw, cop, hp_power_kw, spare_kw)\n"
		"  --tariff FILE: period,start,end,price_yuan_kwh[,source] (HH:MM, 24:00 allowed)",
	.output =
		"  the profile with period,price_yuan_kwh,charge_kw,discharge_kw,soc_kwh,\n"
		"    hp_load_kw,power_kw,cost_yuan,unmet_kw,tank_m3 added (tank_m3 travels down the\n"
		"    pipe: econ prices the tank sized here); --per-day: the per-day table\n"
		"  summary: volume_m3, tank_kwh, tank size, annual electricity and cost with and\n"
		"    without the tank, saving, unmet_kwh",
	.examples = examples,
	.options = options,
};

/* the profile's columns beside the contract's: what hpsize added (columns.h) */
enum { X_QUNIT = HK_PHP_QUNIT, X_UNITS = HK_PHP_UNITS, X_UNITS_ON = HK_PHP_UNITS_ON,
       X_PLR = HK_PHP_PLR, X_HEAT = HK_PHP_HEAT, X_COP = HK_PHP_COP, X_POWER = HK_PHP_POWER,
       X_SPARE = HK_PHP_SPARE, X_K1 = HK_PHP_K1, X_K2 = HK_PHP_K2, X_N = HK_PHP_N };

static const hk_col add_cols[] = {
	{"period", NULL, "电价时段", "tariff period", -1},
	{"price_yuan_kwh", "元/kWh", "电价", "price", 4},
	{"charge_kw", "kW", "蓄热功率", "charging", 2},
	{"discharge_kw", "kW", "释热功率", "discharging", 2},
	{"soc_kwh", "kWh", "蓄热罐存热量", "tank content", 1},
	{"hp_load_kw", "kW", "热泵供热量(含蓄热)", "heat-pump output", 2},
	{"power_kw", "kW", "总耗电功率", "electric power", 2},
	{"cost_yuan", "元", "电费(本时段)", "cost in the step", 2},
	{"unmet_kw", "kW", "未满足负荷", "unmet load", 2},
	{"tank_m3", "m3", "蓄热罐有效容积", "effective tank volume", -1}, /* travels to econ */
};
#define NADD (sizeof add_cols / sizeof add_cols[0])

static const hk_col day_cols[] = {
	{"day", NULL, "典型日", "typical day", -1},
	{"days", "d", "天数", "days", 0},
	{"t_out_c", "℃", "谷电时段室外温度", "outdoor temperature (valley)", 1},
	{"valley_load_kw", "kW", "谷电时段平均负荷", "mean load in the valley", 1},
	{"q_unit_kw", "kW", "单台供热量", "capacity per unit", 2},
	{"units_heating", NULL, "供热开机台数(表1法)", "units heating (Table 1 method)", 0},
	{"units_storing", NULL, "蓄热开机台数(表1法)", "units storing (Table 1 method)", 0},
	{"valley_h", "h", "谷电小时", "valley hours", 1},
	{"capability_kwh", "kWh", "蓄热能力(表1法)", "charge capability (Table 1 method)", 0},
	{"peak_h", "h", "峰电小时", "peak hours", 1},
	{"peak_demand_kwh", "kWh", "峰电需热量", "peak-period demand", 0},
	{"tank_kwh", "kWh", "蓄热罐容量", "tank capacity", 0},
	{"stored_kwh", "kWh", "实际蓄热量(表1法)", "stored heat (Table 1 method)", 0},
	{"limit", NULL, "限制因素(表1法)", "limited by (Table 1 method)", -1},
	{"charged_kwh", "kWh", "蓄热量(调度)", "charged (dispatch)", 0},
	{"discharged_kwh", "kWh", "释热量(调度)", "discharged (dispatch)", 0},
	{"elec_kwh", "kWh", "日耗电量(调度)", "electricity (dispatch)", 0},
	{"cost_yuan", "元", "日电费(调度)", "cost (dispatch)", 2},
	{"unmet_kwh", "kWh", "未满足热量(调度)", "unmet heat (dispatch)", 0},
};
#define NDAY (sizeof day_cols / sizeof day_cols[0])

static const hk_col scan_cols[] = {
	{"volume_m3", "m³", "有效容积", "effective volume", 0},
	{"tank_kwh", "kWh", "蓄热量", "tank capacity", 0},
	{"invest_yuan", "元", "投资", "investment", 0},
	{"annualised_yuan", "元/a", "年化投资", "annualised investment", 0},
	{"energy_cost_yuan", "元/a", "年电费", "annual electricity cost", 0},
	{"saving_yuan", "元/a", "年节省电费", "annual saving", 0},
	{"total_yuan", "元/a", "年总费用", "annual total", 0},
};

/* Σ load·h·days: the heat the profile asks for. */
static double heat_total(const hk_proftable *p)
{
	double q = 0;
	for (size_t i = 0; i < p->n; i++)
		q += fmax(p->steps[i].load_kw, 0) * hk_step_hours(&p->steps[i]) * p->steps[i].days;
	return q;
}

static const char *limit_name(int l)
{
	return l == 0 ? "capability" : l == 1 ? "tank" : "demand";
}

/* One summary row per day: KEYN = the field at offset off of row N, labelled
 * "DAY zh" / "en DAY en_tail"; src NULL = what limits the Table 1 stored
 * heat. */
static void day_rows(hk_summary *sum, const hk_proftable *p, const hk_store_day *dd, size_t nd,
		     const char *key, const char *zh, const char *en, const char *en_tail, size_t off,
		     const char *src)
{
	size_t i;
	for (i = 0; i < nd; i++) {
		char k[64], z[96], e[128];
		const char *day = p->dayname[dd[i].day];
		snprintf(k, sizeof k, "%s%zu", key, i + 1);
		snprintf(z, sizeof z, "%s %s", day, zh);
		snprintf(e, sizeof e, "%s %s%s", en, day, en_tail);
		hk_sum_num(sum, k, *(const double *)((const char *)&dd[i] + off), "kWh", 0, z, e,
			   src ? src : limit_name(dd[i].limit));
	}
}

int cmd_tanksize(int argc, char **argv)
{
	hk_common common;
	char **args;
	int n = hk_parse_options(argc, argv, &info_tanksize, &common, &args);
	const char *in = n > 0 ? args[0] : "-";
	const char *inputs[3] = {in, NULL, NULL};
	hk_proftable p;
	hk_tariff t;
	hk_tank_params tp = hk_tank_params_default();
	hk_store_opts so;
	hk_hp_step *hp;
	hk_store_step *ss, *base;
	hk_store_day *dd;
	size_t nd = 0, i;
	hk_err e;
	hk_job job;
	int rc, units = 0, rules;
	double tank_kwh = 0, v_eff = 0, *vals;
	double elec0, cost0, elec1, cost1, unmet0 = 0, unmet1 = 0;
	const char *rule_src;
	char tpath[4096];

	if (n > 1)
		hk_die(HK_EXIT_INPUT, "expected one profile file, got %d (see heatkit tanksize --help)", n);
	if (!tariff_s)
		hk_die(HK_EXIT_INPUT, "--tariff FILE is needed (e.g. --tariff shaanxi-malan)");
	rules = !isnan(volume) + (cover_day != NULL) + economic;
	if (rules != 1)
		hk_die(HK_EXIT_INPUT, "expected one sizing rule: --volume M3, --cover-day DAY or --economic");
	if (!isnan(volume) && !(volume >= 0))
		hk_die(HK_EXIT_INPUT, "--volume (%g): expected a volume >= 0 m3 (0: the plant without a tank)", volume);
	tp.dt_k = dt_k;
	tp.eta = eta;
	tp.vol_ratio = vol_ratio;
	tp.rho_c = rho_c;
	tp.h_over_d = h_over_d;
	if (hk_tank_check(&tp, &e) != HK_OK)
		hk_die_err(&e);
	if (pump_charge < 0 || pump_discharge < 0)
		hk_die(HK_EXIT_INPUT, "storage pump power must be >= 0 kW");
	if (!hk_data_named(tariff_s, "climate/tariffs", tpath, sizeof tpath))
		hk_die(HK_EXIT_INPUT, "--tariff (%s): no such file or name in data/climate/tariffs", tariff_s);
	inputs[1] = tpath;
	if (hk_tariff_load(tpath, common.encoding, &t, &e) != HK_OK)
		hk_die_err(&e);
	if (hk_proftable_read(in, common.encoding, hk_tk_profile_hp.cols, X_N, &p, &e) != HK_OK)
		hk_die_err(&e);
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), p.chinese);
	units = (int)hk_proftable_x(&p, 0, X_UNITS);
	for (i = 1; i < p.n; i++)
		if ((int)hk_proftable_x(&p, i, X_UNITS) != units) {
			hk_fail_at(&e, HK_EINVAL, p.file, p.line[i], p.xcol[X_UNITS],
				   "units_total changes within the profile (%d, then %d): expected one plant",
				   units, (int)hk_proftable_x(&p, i, X_UNITS));
			hk_proftable_free(&p);
			hk_job_die(&job, &e);
		}

	hp = calloc(p.n, sizeof *hp);
	ss = calloc(p.n, sizeof *ss);
	base = calloc(p.n, sizeof *base);
	dd = calloc(p.ndays, sizeof *dd);
	vals = malloc(p.n * NADD * sizeof *vals);
	if (!hp || !ss || !base || !dd || !vals)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (i = 0; i < p.n; i++) {
		hp[i].q_unit_kw = hk_proftable_x(&p, i, X_QUNIT);
		hp[i].capacity_kw = units * hp[i].q_unit_kw;
		hp[i].units_on = isnan(hk_proftable_x(&p, i, X_UNITS_ON)) ? 0 : (int)hk_proftable_x(&p, i, X_UNITS_ON);
		hp[i].plr = hk_proftable_x(&p, i, X_PLR);
		hp[i].heat_kw = hk_proftable_x(&p, i, X_HEAT);
		hp[i].cop = hk_proftable_x(&p, i, X_COP);
		hp[i].power_kw = hk_proftable_x(&p, i, X_POWER);
		hp[i].spare_kw = hk_proftable_x(&p, i, X_SPARE);
		hp[i].k1 = hk_proftable_x(&p, i, X_K1);
		hp[i].k2 = hk_proftable_x(&p, i, X_K2);
	}

	/* the baseline (no tank) and the per-day table without a tank, for --cover-day */
	so = hk_store_opts_default(0);
	so.periodic = 1;
	if (p.ndays == p.n / 24 && p.n >= 24 * 365)
		so.periodic = 0; /* an 8760-h year runs as one continuous series */
	if (hk_store_sim(p.steps, hp, p.n, &t, &so, base, &e) != HK_OK)
		hk_job_die(&job, &e);
	hk_store_annual(p.steps, base, p.n, &elec0, &cost0);

	if (!isnan(volume)) {
		v_eff = volume;
		rule_src = "--volume";
	} else if (cover_day) {
		size_t k;
		int shortc = 0;
		if (hk_store_days(p.steps, hp, NULL, p.n, units, &t, 0,
				  round_tol, dd, p.ndays, &nd, &e) != HK_OK)
			hk_job_die(&job, &e);
		for (k = 0; k < p.ndays && strcmp(p.dayname[k], cover_day); k++)
			;
		if (k == p.ndays)
			hk_die(HK_EXIT_INPUT, "--cover-day (%s): no such day in the profile (days: %s%s)", cover_day,
			       p.dayname[0], p.ndays > 1 ? ", ..." : "");
		if (hk_tank_cover_day(&tp, &dd[k], &v_eff, &shortc, &e) != HK_OK)
			hk_job_die(&job, &e);
		if (shortc)
			hk_job_warn(&job, "on day %s the charge capability (%.0f kWh) is below the peak demand "
				    "(%.0f kWh): the tank will not fill on that day", cover_day,
				    dd[k].capability_kwh, dd[k].peak_demand_kwh);
		rule_src = "--cover-day: peak-period demand of the day / (ρc·ΔT·η)";
	} else {
		hk_scan_opts o = hk_scan_opts_default();
		hk_scan_row *rows;
		size_t nrows = 0, best = 0, cap;
		o.v_max_m3 = scan_max;
		o.v_step_m3 = scan_step;
		o.rate = rate;
		o.life_years = life;
		if (!(o.v_step_m3 > 0) || !(o.v_max_m3 >= 0))
			hk_die(HK_EXIT_INPUT, "--scan-max/--scan-step: expected a positive step and a maximum >= 0");
		cap = (size_t)(o.v_max_m3 / o.v_step_m3) + 2;
		rows = calloc(cap, sizeof *rows);
		if (!rows)
			hk_die(HK_EXIT_INPUT, "out of memory");
		so.pump_charge_kw = pump_charge;
		so.pump_discharge_kw = pump_discharge;
		so.charge_any = !strcmp(charge_in, "any");
		if (hk_tank_scan(p.steps, hp, p.n, &t, &tp, &so, &o, ss, rows, cap, &nrows, &best, &e) != HK_OK)
			hk_job_die(&job, &e);
		v_eff = rows[best].volume_m3;
		rule_src = hk_src_scan_defaults;
		hk_sum_num(&job.sum, "scan_rate", o.rate, "", 3, "折现率", "discount rate", hk_opt_src(&common, &info_tanksize, &rate));
		hk_sum_num(&job.sum, "scan_life_years", o.life_years, "a", 0, "经济寿命", "economic life",
			   hk_opt_src(&common, &info_tanksize, &life));
		hk_job_extra(&job, "容积比选", "volume scan", scan_cols, sizeof scan_cols / sizeof scan_cols[0]);
		for (i = 0; i < nrows; i++) {
			hk_cell c[7] = {hk_cnum(rows[i].volume_m3), hk_cnum(rows[i].tank_kwh), hk_cnum(rows[i].invest),
					hk_cnum(rows[i].annualised), hk_cnum(rows[i].energy_cost),
					hk_cnum(rows[i].saving), hk_cnum(rows[i].total)};
			hk_job_row(&job, c);
		}
		free(rows);
	}
	if (hk_tank_capacity_kwh(&tp, v_eff, &tank_kwh, &e) != HK_OK)
		hk_job_die(&job, &e);
	if (!isnan(volume) && volume > 0) {
		/* a tank that cannot give one hour of the load it exists for */
		double hour = 0;
		for (i = 0; i < p.n; i++) {
			const hk_period *per = hk_tariff_at(&t, p.steps[i].start_h);
			if (per && (per->kind == HK_PER_PEAK || per->kind == HK_PER_SHARP) &&
			    p.steps[i].load_kw > hour)
				hour = p.steps[i].load_kw;
		}
		if (hour > 0 && tank_kwh < hour * 1.0) {
			double vmin = 0;
			hk_tank_volume_m3(&tp, hour * 1.0, &vmin, NULL);
			hk_fail(&e, HK_EINVAL, "--volume (%g m3): the tank holds %.0f kWh, less than one hour's discharge "
				"at the largest peak-period load (%.0f kWh): expected 0 (no tank) or at least %.0f m3",
				volume, tank_kwh, hour, ceil(vmin));
			hk_job_die(&job, &e);
		}
	}

	so = hk_store_opts_default(tank_kwh);
	so.periodic = p.ndays == p.n / 24 && p.n >= 24 * 365 ? 0 : 1;
	so.pump_charge_kw = pump_charge;
	so.pump_discharge_kw = pump_discharge;
	so.charge_any = !strcmp(charge_in, "any");
	if (hk_store_sim(p.steps, hp, p.n, &t, &so, ss, &e) != HK_OK)
		hk_job_die(&job, &e);
	hk_store_annual(p.steps, ss, p.n, &elec1, &cost1);
	if (hk_store_days(p.steps, hp, ss, p.n, units, &t, tank_kwh,
			  round_tol, dd, p.ndays, &nd, &e) != HK_OK)
		hk_job_die(&job, &e);
	for (i = 0; i < p.n; i++) {
		unmet0 += base[i].unmet_kwh * p.steps[i].days;
		unmet1 += ss[i].unmet_kwh * p.steps[i].days;
	}
	if (unmet1 > 0.5)
		hk_job_warn(&job, "heat pumps and tank leave %.0f kWh a year unmet (%.2f %% of the heat): more units, "
			    "a larger tank or a backup heater are needed; unmet_kwh in the summary and per day",
			    unmet1, 100 * unmet1 / fmax(heat_total(&p), 1e-9));

	if (per_day) {
		hk_job_table(&job, "逐日蓄热", "per day", day_cols, NDAY);
	} else {
		for (i = 0; i < p.n; i++) {
			double h = hk_step_hours(&p.steps[i]);
			const hk_period *per = hk_tariff_at(&t, p.steps[i].start_h);
			double *v = vals + i * (NADD - 1); /* the period column is text: below */
			v[0] = per ? per->price : NAN;
			v[1] = ss[i].charge_kwh / h;
			v[2] = ss[i].discharge_kwh / h;
			v[3] = ss[i].soc_kwh;
			v[4] = ss[i].hp_heat_kw;
			v[5] = ss[i].power_kw;
			v[6] = ss[i].cost;
			v[7] = ss[i].unmet_kwh / h;
			v[8] = v_eff;
		}
		{
			/* the period column is text: pass it as an extra input column */
			hk_proftable q = p;
			size_t k;
			char **cells = malloc(p.n * (p.ncols + 1) * sizeof *cells);
			char **hdr = malloc((p.ncols + 1) * sizeof *hdr);
			if (!cells || !hdr)
				hk_die(HK_EXIT_INPUT, "out of memory");
			for (k = 0; k < p.ncols; k++)
				hdr[k] = p.hdr[k];
			hdr[p.ncols] = (char *)"period";
			for (i = 0; i < p.n; i++) {
				const hk_period *per = hk_tariff_at(&t, p.steps[i].start_h);
				for (k = 0; k < p.ncols; k++)
					cells[i * (p.ncols + 1) + k] = p.cell[i * p.ncols + k];
				cells[i * (p.ncols + 1) + p.ncols] =
					(char *)(per ? hk_period_kind_name(per->kind) : "");
			}
			q.ncols = p.ncols + 1;
			q.hdr = hdr;
			q.cell = cells;
			hk_proftable_write(&job, &q, add_cols + 1, NADD - 1, vals);
			free(cells);
			free(hdr);
		}
		hk_job_extra(&job, "逐日蓄热", "per day", day_cols, NDAY);
	}
	for (i = 0; i < nd; i++) {
		hk_cell c[NDAY] = {hk_ctext(p.dayname[dd[i].day]), hk_cnum(dd[i].days), hk_cnum(dd[i].t_out_c),
				   hk_cnum(dd[i].valley_load_kw), hk_cnum(dd[i].q_unit_kw),
				   hk_cnum(dd[i].units_heating), hk_cnum(dd[i].units_storing),
				   hk_cnum(dd[i].valley_h), hk_cnum(dd[i].capability_kwh), hk_cnum(dd[i].peak_h),
				   hk_cnum(dd[i].peak_demand_kwh), hk_cnum(dd[i].tank_kwh),
				   hk_cnum(dd[i].stored_kwh), hk_ctext(limit_name(dd[i].limit)),
				   hk_cnum(dd[i].charged_kwh), hk_cnum(dd[i].discharged_kwh), hk_cnum(dd[i].elec_kwh),
				   hk_cnum(dd[i].cost), hk_cnum(dd[i].unmet_kwh)};
		hk_job_row(&job, c);
	}

	{
		double vb = 0, d_m = 0, h_m = 0;
		if (v_eff > 0) {
			if (hk_tank_dims(&tp, v_eff, &vb, &d_m, &h_m, &e) != HK_OK)
				hk_job_die(&job, &e);
		} else {
			hk_job_warn(&job, "the sizing rule gives no tank (%s): nothing to store or nothing saved "
				    "by storing under this tariff", economic ? "--economic" : cover_day ? "--cover-day" : "--volume 0");
		}
		hk_sum_num(&job.sum, "volume_m3", v_eff, "m3", 0, "蓄热罐有效容积", "effective tank volume", rule_src);
		hk_sum_num(&job.sum, "tank_kwh", tank_kwh, "kWh", 0, "蓄热量", "tank capacity",
			   "V·ρc·ΔT·η (standards-notes §5.1; Malan paper §3.3)");
		hk_sum_num(&job.sum, "volume_built_m3", vb, "m3", 0, "蓄热罐实际容积", "built volume", hk_src_vol_ratio);
		hk_sum_num(&job.sum, "tank_d_m", d_m, "m", 2, "罐体直径", "vertical tank diameter", hk_src_h_over_d);
		hk_sum_num(&job.sum, "tank_h_m", h_m, "m", 2, "罐体高度", "vertical tank height", hk_src_h_over_d);
		hk_sum_num(&job.sum, "tank_dt_k", tp.dt_k, "K", 1, "蓄热温差", "usable ΔT",
			   hk_opt_src(&common, &info_tanksize, &dt_k));
		hk_sum_num(&job.sum, "rho_c", tp.rho_c, "kWh/(m3·K)", 4, "水的容积比热", "ρc of water",
			   hk_opt_src(&common, &info_tanksize, &rho_c));
		hk_sum_num(&job.sum, "eta", tp.eta, "", 2, "蓄热效率", "storage efficiency",
			   hk_opt_src(&common, &info_tanksize, &eta));
		hk_sum_num(&job.sum, "units", units, "", 0, "热泵台数", "heat pumps", "profile units_total (hpsize)");
		hk_sum_num(&job.sum, "pump_charge_kw", pump_charge, "kW", 1, "蓄热泵功率", "storage pumps",
			   hk_opt_src(&common, &info_tanksize, &pump_charge));
		hk_sum_num(&job.sum, "pump_discharge_kw", pump_discharge, "kW", 1, "释热泵功率", "release pumps",
			   hk_opt_src(&common, &info_tanksize, &pump_discharge));
		hk_sum_num(&job.sum, "annual_elec_kwh_base", elec0, "kWh", 0, "无蓄热年耗电量",
			   "annual electricity without the tank", "Σ steps·days, tariff periods exact");
		hk_sum_num(&job.sum, "annual_cost_yuan_base", cost0, "yuan", 0, "无蓄热年电费",
			   "annual electricity cost without the tank", tariff_s);
		hk_sum_num(&job.sum, "annual_elec_kwh", elec1, "kWh", 0, "有蓄热年耗电量",
			   "annual electricity with the tank", "Σ steps·days");
		hk_sum_num(&job.sum, "annual_cost_yuan", cost1, "yuan", 0, "有蓄热年电费",
			   "annual electricity cost with the tank", tariff_s);
		hk_sum_num(&job.sum, "annual_saving_yuan", cost0 - cost1, "yuan", 0, "年节省电费",
			   "annual saving", "cost without − cost with the tank");
		hk_sum_text(&job.sum, "dispatch", "least cost", "调度方式", "storage dispatch", hk_src_dispatch);
		hk_sum_text(&job.sum, "charge_in", so.charge_any ? "any" : "valley", "蓄热时段", "tank charges in",
			    hk_opt_src(&common, &info_tanksize, &charge_in));
		hk_sum_num(&job.sum, "unmet_kwh_base", unmet0, "kWh", 0, "无蓄热年未满足热量",
			   "annual unmet heat without the tank", "Σ (load − heat-pump capacity)·h·days");
		hk_sum_num(&job.sum, "unmet_kwh", unmet1, "kWh", 0, "有蓄热年未满足热量",
			   "annual unmet heat with the tank", "Σ unmet·days of the dispatch");
		day_rows(&job.sum, &p, dd, nd, "stored_kwh_day", "实际蓄热量", "stored heat on day", "",
			 offsetof(hk_store_day, stored_kwh), NULL);
		day_rows(&job.sum, &p, dd, nd, "cycled_kwh_day", "调度蓄放热量",
			 "heat through the tank on day", " (dispatch)", offsetof(hk_store_day, discharged_kwh),
			 "Σ discharge of the dispatch");
		day_rows(&job.sum, &p, dd, nd, "unmet_kwh_day", "未满足热量", "unmet heat on day", "",
			 offsetof(hk_store_day, unmet_kwh), "Σ unmet of the dispatch");
	}
	free(hp);
	free(ss);
	free(base);
	free(dd);
	free(vals);
	hk_proftable_free(&p);
	rc = hk_job_end(&job);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
