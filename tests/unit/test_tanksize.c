/*
 * test_tanksize.c - the tanksize core (hk_tanksize_run) and its summary,
 * on one hand-computed day: tariff valley 00-08 at 0.3, peak 08-20 at 0.8,
 * flat 20-24 at 0.5 元/kWh; load 50 / 100 / 50 kW in the three periods;
 * COP 2.5; weight 10 days; tank at ΔT 10 K, ρc 1.163, η 1 (11.63 kWh/m³).
 * Every expected number is worked out in the comment beside it.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tankreport.h"
#include "tanksize.h"
#include "unit.h"

static hk_step S[3];
static hk_hp_step HP[3];
static hk_tariff T;
static char *NAMES[1] = {(char *)"d"};

/* one day of three steps; units of q kW each, peak load peak_kw */
static void day(int units, double q, double peak_kw)
{
	static const double a[3] = {0, 8, 20}, b[3] = {8, 20, 24};
	hk_period p[3] = {{HK_PER_VALLEY, "", 0, 8, 0.3}, {HK_PER_PEAK, "", 8, 20, 0.8},
			  {HK_PER_FLAT, "", 20, 24, 0.5}};
	hk_tariff_build(&T, p, 3, NULL);
	for (int i = 0; i < 3; i++) {
		double load = i == 1 ? peak_kw : 50;
		memset(&S[i], 0, sizeof S[i]);
		memset(&HP[i], 0, sizeof HP[i]);
		S[i].start_h = a[i];
		S[i].end_h = b[i];
		S[i].load_kw = load;
		S[i].days = 10;
		HP[i].q_unit_kw = q;
		HP[i].capacity_kw = units * q;
		HP[i].heat_kw = fmin(load, units * q);
		HP[i].cop = 2.5;
		HP[i].power_kw = HP[i].heat_kw / 2.5;
		HP[i].spare_kw = units * q - HP[i].heat_kw;
		HP[i].units_on = units;
	}
}

static hk_ts_request request(int units, hk_ts_rule rule, double volume)
{
	hk_ts_request q = {.steps = S, .hp = HP, .n = 3, .ndays = 1, .units = units, .tariff = &T};
	q.tank = hk_tank_params_default();
	q.rule = rule;
	q.volume_m3 = volume;
	q.scan = hk_scan_opts_default();
	q.round_tol = HK_ROUND_TOL_DEFAULT;
	return q;
}

static void test_volume(void)
{
	hk_ts_request q;
	hk_ts_result r;
	hk_err e;
	day(2, 100, 100);
	q = request(2, HK_TS_VOLUME, 100);
	UNIT_EQ_INT(hk_tanksize_run(&q, &r, &e), HK_OK, "100 m3 tank runs");
	UNIT_NEAR(r.tank_kwh, 1163, 1e-9, "100 m3 x 10 K x 1.163 = 1163 kWh");
	UNIT_TRUE(r.periodic, "one typical day is a cycle");
	/* without a tank: heat 400 + 1200 + 200 = 1800 kWh/d at COP 2.5 = 720
	 * kWh/d; cost (400·0.3 + 1200·0.8 + 200·0.5)/2.5 = 472 元/d; x 10 d */
	UNIT_NEAR(r.elec0_kwh, 7200, 1e-6, "electricity without the tank 720 kWh/d x 10");
	UNIT_NEAR(r.cost0, 4720, 1e-6, "cost without the tank 472 元/d x 10");
	/* with it: the valley spare (200 − 50)·8 = 1200 kWh fills the tank
	 * (1163), all of it discharged at the peak price: cost ((400 + 1163)·0.3
	 * + 37·0.8 + 200·0.5)/2.5 = 239.4 元/d; the same heat, the same kWh */
	UNIT_NEAR(r.elec1_kwh, 7200, 1e-6, "electricity with the tank: same heat, same COP");
	UNIT_NEAR(r.cost1, 2394, 1e-6, "cost with the tank 239.4 元/d x 10");
	UNIT_NEAR(r.unmet0_kwh + r.unmet1_kwh, 0, 1e-9, "nothing unmet");
	UNIT_NEAR(r.heat_kwh, 18000, 1e-9, "heat asked for 1800 kWh/d x 10");
	UNIT_EQ_INT((int)r.nd, 1, "one row in the per-day table");
	UNIT_NEAR(r.days[0].peak_demand_kwh, 1200, 1e-9, "peak demand 100 kW x 12 h");
	UNIT_NEAR(r.days[0].discharged_kwh, 1163, 1e-6, "the whole tank discharged");
	UNIT_NEAR(r.built_m3, 108, 1e-9, "built volume 100 x 1.08");
	UNIT_NEAR(M_PI / 4 * r.d_m * r.d_m * r.h_m, 108, 1e-6, "pi/4 D^2 H = built volume");
	UNIT_NEAR(r.h_m / r.d_m, 1.5, 1e-12, "H/D 1.5");
	hk_ts_result_free(&r);

	/* 5 m3 hold 58.15 kWh, less than one hour at the 100 kW peak load:
	 * refused, naming ceil(100/11.63) = 9 m3 */
	q = request(2, HK_TS_VOLUME, 5);
	UNIT_EQ_INT(hk_tanksize_run(&q, &r, &e), HK_EINVAL, "a tank below one hour's discharge is refused");
	UNIT_TRUE(strstr(e.what, "--volume (5 m3)") && strstr(e.what, "at least 9 m3"),
		  "the message names the volume and the least useful one");
	UNIT_TRUE(r.base == NULL && r.days == NULL, "a failed run holds nothing");
	q = request(2, HK_TS_VOLUME, -1);
	UNIT_EQ_INT(hk_tanksize_run(&q, &r, &e), HK_EINVAL, "a negative volume is refused");
	q = request(2, HK_TS_VOLUME, 0);
	UNIT_EQ_INT(hk_tanksize_run(&q, &r, &e), HK_OK, "volume 0: the plant without a tank");
	UNIT_NEAR(r.cost1, r.cost0, 1e-9, "no tank, no saving");
	UNIT_NEAR(r.built_m3 + r.d_m + r.h_m, 0, 0, "no cylinder");
	hk_ts_result_free(&r);
}

static void test_unmet(void)
{
	hk_ts_request q;
	hk_ts_result r;
	day(1, 100, 150);
	/* one 100 kW unit, 150 kW at the peak: 50·12 = 600 kWh/d unmet without
	 * a tank; the valley spare (100 − 50)·8 = 400 kWh charged into the
	 * 1163 kWh tank and discharged at the peak leaves 200 kWh/d */
	q = request(1, HK_TS_VOLUME, 100);
	UNIT_EQ_INT(hk_tanksize_run(&q, &r, NULL), HK_OK, "runs short of capacity");
	UNIT_NEAR(r.unmet0_kwh, 6000, 1e-6, "unmet without the tank 600 kWh/d x 10");
	UNIT_NEAR(r.unmet1_kwh, 2000, 1e-6, "unmet with the tank 200 kWh/d x 10");
	UNIT_NEAR(r.heat_kwh, 24000, 1e-9, "heat asked for (400 + 1800 + 200) x 10");
	hk_ts_result_free(&r);
}

static void test_cover_day(void)
{
	hk_ts_request q;
	hk_ts_result r;
	day(2, 100, 100);
	/* peak demand 1200 kWh / 11.63 kWh/m3 = 103.18 m3; the valley spare
	 * 1200 kWh covers it */
	q = request(2, HK_TS_COVER_DAY, NAN);
	UNIT_EQ_INT(hk_tanksize_run(&q, &r, NULL), HK_OK, "cover day runs");
	UNIT_NEAR(r.volume_m3, 1200 / 11.63, 1e-9, "volume = peak demand / (ρc·ΔT·η)");
	UNIT_EQ_INT(r.cover_short, 0, "the day can fill the tank");
	hk_ts_result_free(&r);
	day(1, 100, 100);
	q = request(1, HK_TS_COVER_DAY, NAN);
	UNIT_EQ_INT(hk_tanksize_run(&q, &r, NULL), HK_OK, "cover day with one unit runs");
	UNIT_EQ_INT(r.cover_short, 1, "valley spare 400 kWh < demand 1200 kWh: short");
	UNIT_NEAR(r.cover_capability_kwh, 400, 1e-9, "capability (100 − 50)·8");
	UNIT_NEAR(r.cover_demand_kwh, 1200, 1e-9, "demand 100·12");
	hk_ts_result_free(&r);
}

static void test_economic(void)
{
	hk_ts_request q;
	hk_ts_result r;
	size_t i, best = 0;
	day(2, 100, 100);
	q = request(2, HK_TS_ECONOMIC, NAN);
	q.scan.v_max_m3 = 200;
	q.scan.v_step_m3 = 20;
	UNIT_EQ_INT(hk_tanksize_run(&q, &r, NULL), HK_OK, "economic scan runs");
	UNIT_EQ_INT((int)r.nscan, 11, "0..200 m3 by 20: 11 volumes");
	for (i = 0; i < r.nscan; i++)
		if (r.scan[i].total < r.scan[best].total)
			best = i;
	UNIT_EQ_INT((int)r.best, (int)best, "the chosen volume has the least annual total");
	UNIT_NEAR(r.volume_m3, r.scan[best].volume_m3, 0, "and is the result's volume");
	UNIT_NEAR(r.scan[0].saving, 0, 1e-9, "0 m3 saves nothing");
	hk_ts_result_free(&r);
	q.scan.v_step_m3 = 0;
	UNIT_EQ_INT(hk_tanksize_run(&q, &r, NULL), HK_EINVAL, "a zero scan step is refused");
}

static void test_helpers(void)
{
	day(2, 100, 100);
	UNIT_TRUE(hk_ts_continuous(8760, 365), "8760 h in 365 days: one series");
	UNIT_TRUE(!hk_ts_continuous(192, 4), "four half-hour typical days: cycles");
	UNIT_NEAR(hk_ts_peak_load_kw(S, 3, &T), 100, 0, "largest load in a peak period");
}

static void test_summary(void)
{
	hk_ts_request q;
	hk_ts_result r;
	hk_summary s = {0};
	const hk_ts_sources src = {"--tank-dt", "ρc default", "η default", "P default", "H/D default",
				   "pumps default", "pumps default", "--charge", "rate", "life", "t.csv"};
	const hk_sumrow *row;
	day(1, 100, 150);
	q = request(1, HK_TS_VOLUME, 100);
	hk_tanksize_run(&q, &r, NULL);
	UNIT_EQ_INT(hk_ts_summary(&q, &r, &src, NAMES, &s), HK_OK, "summary built");
	row = hk_sum_get(&s, "tank_dt_k");
	UNIT_TRUE(row && !strcmp(row->source, "--tank-dt"), "an option's row names the source it is given");
	row = hk_sum_get(&s, "volume_m3");
	UNIT_TRUE(row && !strcmp(row->source, "--volume") && row->value == 100, "the volume and its rule");
	row = hk_sum_get(&s, "annual_cost_yuan");
	UNIT_TRUE(row && !strcmp(row->source, "t.csv"), "costs name the tariff");
	row = hk_sum_get(&s, "warning_1");
	UNIT_TRUE(row && strstr(row->text, "2000 kWh a year unmet"), "unmet heat is a warning");
	row = hk_sum_get(&s, "unmet_kwh_day1");
	UNIT_TRUE(row && fabs(row->value - 200) < 1e-6 && strstr(row->label_en, "on day d"),
		  "per-day rows carry the day's name");
	hk_sum_free(&s);
	hk_ts_result_free(&r);
}

int main(void)
{
	test_volume();
	test_unmet();
	test_cover_day();
	test_economic();
	test_helpers();
	test_summary();
	return unit_done();
}
