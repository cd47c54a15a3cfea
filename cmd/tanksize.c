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
#include "progress.h"
#include "proftable.h"
#include "storage.h"
#include "tankreport.h"
#include "tanksize.h"
#include "tariff.h"

/* the options (hk_parse_options_to fills a copy of opts0) */
struct opts {
	const char *tariff, *cover_day, *charge;
	double volume, dt_k, eta, vol_ratio, rho_c, h_over_d;
	double pump_charge, pump_discharge, round_tol;
	double scan_max, scan_step, rate, life;
	int economic, per_day;
};
static const struct opts opts0 = {.volume = NAN};
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
	HK_OPT_STR_(0, "tariff", &opts0.tariff, "FILE|NAME",
		    "time-of-use tariff: a file, or a name in data/climate/tariffs (shaanxi-malan)", NULL),
	HK_OPT_GROUP_("Sizing rule (one of):"),
	HK_OPT_NUM_(0, "volume", &opts0.volume, "M3", "effective tank volume", "m3", NULL),
	HK_OPT_STR_(0, "cover-day", &opts0.cover_day, "DAY", "volume that stores the peak-period demand of this typical day", NULL),
	HK_OPT_BOOL_(0, "economic", &opts0.economic,
		     "scan volumes for the lowest annualised tank, pump and land cost plus electricity"),
	HK_OPT_GROUP_("Tank:"),
	HK_OPT_NUMD_(0, "tank-dt", &opts0.dt_k, "K", "usable supply/return temperature difference", "K",
		     HK_TANK_DT_DEFAULT, hk_src_tank_dt),
	HK_OPT_NUMD_(0, "rho-c", &opts0.rho_c, "KWH", "volumetric heat capacity of water (the paper's 1.1628 with --rho-c 1.1628)",
		     "kWh/(m3·K)", HK_RHO_C_WATER, hk_src_rho_c),
	HK_OPT_NUMD_(0, "eta", &opts0.eta, "FRAC", "storage efficiency on the effective volume", NULL,
		     HK_TANK_ETA_DEFAULT, hk_src_tank_eta),
	HK_OPT_NUMD_(0, "vol-ratio", &opts0.vol_ratio, "P", "built volume / effective volume", NULL,
		     HK_TANK_VOL_RATIO_DEFAULT, hk_src_vol_ratio),
	HK_OPT_NUMD_(0, "h-over-d", &opts0.h_over_d, "R", "height / diameter of a vertical tank", NULL,
		     HK_TANK_H_OVER_D_DEFAULT, hk_src_h_over_d),
	HK_OPT_NUMD_(0, "pump-charge-kw", &opts0.pump_charge, "KW", "storage pumps' power while charging", "kW", 0,
		     hk_src_no_pumps),
	HK_OPT_NUMD_(0, "pump-discharge-kw", &opts0.pump_discharge, "KW", "release pumps' power while discharging", "kW", 0,
		     hk_src_no_pumps),
	HK_OPT_CHOICE_(0, "charge", &opts0.charge,
		       "when the tank may charge: valley (valley and deep-valley periods) or any (any period where it pays)",
		       charge_choices, "valley", hk_src_charge_valley),
	HK_OPT_NUMD_(0, "round-tol", &opts0.round_tol, "FRAC", "unit-count rounding in the per-day table (as hpsize)", NULL,
		     HK_ROUND_TOL_DEFAULT, hk_src_round_tol),
	HK_OPT_GROUP_("Economic scan:"),
	HK_OPT_NUMD_(0, "scan-max", &opts0.scan_max, "M3", "largest volume scanned", "m3", HK_SCAN_V_MAX_DEFAULT,
		     hk_src_scan_range),
	HK_OPT_NUMD_(0, "scan-step", &opts0.scan_step, "M3", "volume step", "m3", HK_SCAN_V_STEP_DEFAULT,
		     hk_src_scan_range),
	HK_OPT_NUMD_(0, "rate", &opts0.rate, "FRAC", "discount rate for annualising", NULL, HK_SCAN_RATE_DEFAULT,
		     hk_src_scan_money),
	HK_OPT_NUMD_(0, "life", &opts0.life, "YEARS", "economic life", "a", HK_SCAN_LIFE_DEFAULT, hk_src_scan_money),
	HK_OPT_GROUP_("Output:"),
	HK_OPT_BOOL_(0, "per-day", &opts0.per_day,
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
	.opt_proto = &opts0,
	.opt_size = sizeof opts0,
};

/* the profile's columns beside the contract's: what hpsize added (columns.h) */
enum { X_QUNIT = HK_PHP_QUNIT, X_UNITS = HK_PHP_UNITS, X_UNITS_ON = HK_PHP_UNITS_ON,
       X_PLR = HK_PHP_PLR, X_HEAT = HK_PHP_HEAT, X_COP = HK_PHP_COP, X_POWER = HK_PHP_POWER,
       X_SPARE = HK_PHP_SPARE, X_K1 = HK_PHP_K1, X_K2 = HK_PHP_K2, X_N = HK_PHP_N };


static void check_options(const struct opts *o, int nargs)
{
	if (nargs > 1)
		hk_die(HK_EXIT_INPUT, "expected one profile file, got %d (see heatkit tanksize --help)", nargs);
	if (!o->tariff)
		hk_die(HK_EXIT_INPUT, "--tariff FILE is needed (e.g. --tariff shaanxi-malan)");
	if (!isnan(o->volume) + (o->cover_day != NULL) + o->economic != 1)
		hk_die(HK_EXIT_INPUT, "expected one sizing rule: --volume M3, --cover-day DAY or --economic");
}

/* The heat pumps' operation as hpsize wrote it into the profile. */
static hk_hp_step *hp_steps(const hk_proftable *p, int units)
{
	hk_hp_step *hp = calloc(p->n, sizeof *hp);
	size_t i;
	if (!hp)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (i = 0; i < p->n; i++) {
		double on = hk_proftable_x(p, i, X_UNITS_ON);
		hp[i].q_unit_kw = hk_proftable_x(p, i, X_QUNIT);
		hp[i].capacity_kw = units * hp[i].q_unit_kw;
		hp[i].units_on = isnan(on) ? 0 : (int)on;
		hp[i].plr = hk_proftable_x(p, i, X_PLR);
		hp[i].heat_kw = hk_proftable_x(p, i, X_HEAT);
		hp[i].cop = hk_proftable_x(p, i, X_COP);
		hp[i].power_kw = hk_proftable_x(p, i, X_POWER);
		hp[i].spare_kw = hk_proftable_x(p, i, X_SPARE);
		hp[i].k1 = hk_proftable_x(p, i, X_K1);
		hp[i].k2 = hk_proftable_x(p, i, X_K2);
	}
	return hp;
}

/* The request from the options and the profile. */
static hk_ts_request request(const struct opts *o, const hk_proftable *p, const hk_hp_step *hp, int units,
			     const hk_tariff *t)
{
	hk_ts_request q = {.steps = p->steps, .hp = hp, .n = p->n, .ndays = p->ndays, .units = units, .tariff = t};
	q.tank = (hk_tank_params){o->dt_k, o->rho_c, o->eta, o->vol_ratio, o->h_over_d};
	q.rule = o->economic ? HK_TS_ECONOMIC : o->cover_day ? HK_TS_COVER_DAY : HK_TS_VOLUME;
	q.volume_m3 = o->volume;
	if (o->cover_day) {
		for (q.cover_day = 0; q.cover_day < p->ndays && strcmp(p->dayname[q.cover_day], o->cover_day);
		     q.cover_day++)
			;
		if (q.cover_day == p->ndays)
			hk_die(HK_EXIT_INPUT, "--cover-day (%s): no such day in the profile (days: %s%s)",
			       o->cover_day, p->dayname[0], p->ndays > 1 ? ", ..." : "");
	}
	q.scan = hk_scan_opts_default();
	q.scan.v_max_m3 = o->scan_max;
	q.scan.v_step_m3 = o->scan_step;
	q.scan.rate = o->rate;
	q.scan.life_years = o->life;
	q.pump_charge_kw = o->pump_charge;
	q.pump_discharge_kw = o->pump_discharge;
	q.charge_any = hk_opt_choice(charge_choices, o->charge) == 1;
	q.round_tol = o->round_tol;
	return q;
}

/* The tables in their order (the volume scan, the profile or the per-day
 * table, the per-day table beside the profile), then the summary (its
 * warnings go to stderr at hk_job_end). */
static void write_out(hk_job *job, const struct opts *o, const hk_common *c, const hk_proftable *p,
		      const hk_ts_request *q, const hk_ts_result *r)
{
	char sb[10][400];
#define SRC(k, f) hk_opt_src(c, &info_tanksize, &o->f, sb[k], sizeof sb[k])
	const hk_ts_sources src = {SRC(0, dt_k),      SRC(1, rho_c),	      SRC(2, eta),
				   SRC(3, vol_ratio), SRC(4, h_over_d),       SRC(5, pump_charge),
				   SRC(6, pump_discharge), SRC(7, charge), SRC(8, rate),
				   SRC(9, life),      o->tariff};
#undef SRC
	hk_cell cell[HK_TS_NDAY];
	hk_cell *pc;
	size_t i;
	if (q->rule == HK_TS_ECONOMIC) {
		hk_job_extra(job, "容积比选", "volume scan", hk_ts_scan_cols, HK_TS_NSCAN);
		for (i = 0; i < r->nscan; i++) {
			hk_ts_scan_cells(r, i, cell);
			hk_job_row(job, cell);
		}
	}
	if (o->per_day) {
		hk_job_table(job, "逐日蓄热", "per day", hk_ts_day_cols, HK_TS_NDAY);
	} else {
		if (!(pc = malloc(p->n * HK_TS_NPROF * sizeof *pc)))
			hk_die(HK_EXIT_INPUT, "out of memory");
		for (i = 0; i < p->n; i++)
			hk_ts_profile_cells(q, r, i, pc + i * HK_TS_NPROF);
		hk_proftable_write_cells(job, p, NULL, hk_ts_profile_cols, HK_TS_NPROF, pc);
		free(pc);
		hk_job_extra(job, "逐日蓄热", "per day", hk_ts_day_cols, HK_TS_NDAY);
	}
	for (i = 0; i < r->nd; i++) {
		hk_ts_day_cells(r, i, p->dayname, cell);
		hk_job_row(job, cell);
	}
	if (hk_ts_summary(q, r, &src, p->dayname, &job->sum) != HK_OK)
		hk_die(HK_EXIT_INPUT, "out of memory");
}

int cmd_tanksize(int argc, char **argv)
{
	struct opts o;
	hk_common common;
	char **args;
	int n = hk_parse_options_to(argc, argv, &info_tanksize, &o, &common, &args);
	const char *in = n > 0 ? args[0] : "-";
	const char *inputs[2] = {in, NULL};
	char tpath[4096];
	hk_tariff t;
	hk_proftable p;
	hk_design d;
	hk_hp_step *hp;
	hk_ts_request q;
	hk_ts_result r;
	hk_err e;
	hk_job job;
	hk_status st;
	int rc;

	check_options(&o, n);
	if (!hk_data_named(o.tariff, "climate/tariffs", tpath, sizeof tpath))
		hk_die(HK_EXIT_INPUT, "--tariff (%s): no such file or name in data/climate/tariffs", o.tariff);
	inputs[1] = tpath;
	if (hk_tariff_load(tpath, common.encoding, &t, &e) != HK_OK ||
	    hk_proftable_read(in, common.encoding, hk_tk_profile_hp.cols, X_N, &p, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), p.chinese);
	if (hk_proftable_design(&p, &d, &e) != HK_OK) { /* one plant: units_total the same on every row */
		hk_proftable_free(&p);
		hk_exit_err(&job, &e);
	}
	hp = hp_steps(&p, (int)hk_proftable_x(&p, 0, X_UNITS));
	q = request(&o, &p, hp, (int)hk_proftable_x(&p, 0, X_UNITS), &t);
	q.scan.progress = o.economic ? hk_progress_start(info_tanksize.name) : NULL; /* a terminal only */
	st = hk_tanksize_run(&q, &r, &e);
	hk_progress_end(); /* the line cleared before anything is written */
	if (st != HK_OK)
		hk_exit_err(&job, &e);
	write_out(&job, &o, &common, &p, &q, &r);
	hk_ts_result_free(&r);
	free(hp);
	hk_proftable_free(&p);
	rc = hk_job_end(&job);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
