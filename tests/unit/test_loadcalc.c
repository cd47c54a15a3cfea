/*
 * test_loadcalc.c - the loadcalc core (hk_lc_add, hk_lc_profile_run) and
 * its summary, on hand-computed buildings: t_in 18 ℃, set-back 5 ℃,
 * design −5 ℃ (23 K), day 07:00-18:30; a city of 100 heating days at a
 * mean 0 ℃.  Formulas: Q = q_h·A (CJJ 34-2010 §3.1.2); a load scales with
 * (t_sp − t_out)/(t_in − t_design); Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i −
 * t_o) (CJJ 34-2010 §3.2) with the set-back share for day-only buildings
 * (loads.h).  Each expected number is worked out beside it.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "loadcalc.h"
#include "loadreport.h"
#include "unit.h"

static hk_city CITY;

static hk_lc_request request(int with_city)
{
	hk_lc_request q = {.energy_saving = 1, .pt = HK_IDX_MID, .t_in_c = 18, .t_setback_c = 5};
	q.day_start_h = HK_DAY_START_DEFAULT_H;
	q.day_end_h = HK_DAY_END_DEFAULT_H;
	memset(&CITY, 0, sizeof CITY);
	strcpy(CITY.name, "test");
	CITY.t_heating_c = -5;
	CITY.t_winter_ac_c = -7;
	CITY.heating_days = 100;
	CITY.t_mean_heating_c = 0;
	q.city = with_city ? &CITY : NULL;
	q.t_design_c = -5;
	return q;
}

static hk_lc_row row(const char *name, const char *type, double area, double index, const char *phase)
{
	hk_lc_row r = {name, type, phase, area, index, NAN, NAN, NAN};
	return r;
}

static void test_buildings(void)
{
	hk_lc_request q = request(1);
	hk_lc_run run = {0};
	hk_lc_row in;
	hk_lc_bld x;
	hk_lc_field bad;
	hk_err e;

	in = row("H", "住宅", 12000, 45, "1");
	UNIT_EQ_INT(hk_lc_add(&q, &run, &in, &x, &bad, &e), HK_OK, "housing with its index");
	UNIT_NEAR(x.design_kw, 540, 1e-9, "Q = 45 W/m2 x 12000 m2 = 540 kW");
	UNIT_NEAR(x.night_kw, 540, 1e-9, "housing is heated at night: night = design at t_design");
	UNIT_NEAR(x.annual_gj, 0.0864 * 100 * 540 * 18 / 23, 1e-6, "Q_a = 0.0864·100·540·18/23 = 3651.4 GJ");
	UNIT_TRUE(x.given && !x.outside, "45 W/m2 given, inside its CJJ range");

	in = row("S", "学校", 1000, 50, "1");
	hk_lc_add(&q, &run, &in, &x, &bad, &e);
	UNIT_TRUE(x.b.day_only, "a school is day-only");
	UNIT_NEAR(x.night_kw, 50.0 * 10 / 23, 1e-9, "school at 5 C at night: 50·(5 + 5)/23 = 21.74 kW");
	/* occupied 11.5 h: (11.5/24)·18 + (12.5/24)·5 = 11.2292 K mean */
	UNIT_NEAR(x.annual_gj, 0.0864 * 100 * 50 * (11.5 / 24 * 18 + 12.5 / 24 * 5) / 23, 1e-6,
		  "school's annual heat with the set-back 210.9 GJ");

	in = row("H2", "住宅", 1000, 90, "二期");
	hk_lc_add(&q, &run, &in, &x, &bad, &e);
	UNIT_TRUE(x.outside && x.hi < 90, "90 W/m2 is outside the housing range");

	UNIT_EQ_INT((int)run.nb, 3, "three buildings");
	UNIT_NEAR(run.area_m2, 14000, 0, "Σ area");
	UNIT_NEAR(run.design_kw, 540 + 50 + 90, 1e-9, "Σ design 680 kW");
	UNIT_NEAR(run.night_kw, 540 + 500.0 / 23 + 90, 1e-9, "Σ night");
	UNIT_NEAR(run.annual_gj_cjj, 0.0864 * 100 * 680 * 18 / 23, 1e-6, "Σ CJJ annual without set-back");
	UNIT_EQ_INT((int)run.nphase, 2, "two phases");
	UNIT_NEAR(run.phase[0].design_kw, 590, 1e-9, "phase 1: 540 + 50");
	UNIT_EQ_INT((int)run.outside, 1, "one index outside its range");

	in = row("X", "", 100, NAN, "");
	UNIT_TRUE(hk_lc_add(&q, &run, &in, &x, &bad, &e) != HK_OK && bad == HK_LC_FIELD_TYPE &&
			  strstr(e.what, "neither a type nor an index_w_m2"),
		  "no type and no index: refused on the type field");
	in = row("X", "火星", 100, NAN, "");
	UNIT_TRUE(hk_lc_add(&q, &run, &in, &x, &bad, &e) == HK_ENOTFOUND && bad == HK_LC_FIELD_TYPE,
		  "an unknown type: refused on the type field");
	q.t_setback_c = 20;
	in = row("X", "学校", 100, NAN, "");
	UNIT_TRUE(hk_lc_add(&q, &run, &in, &x, &bad, &e) != HK_OK && bad == HK_LC_FIELD_NONE &&
			  strstr(e.what, "set-back temperature 20"),
		  "a set-back above t_in: refused, on no field (the option's fault, issue 18 #15)");
	UNIT_EQ_INT((int)run.nb, 3, "refused buildings are not counted");
	hk_lc_run_free(&run);
}

static void test_profile(void)
{
	hk_lc_request q = request(0);
	hk_lc_run run = {0};
	hk_lc_row in = row("H", "住宅", 12000, 45, "");
	hk_lc_bld x;
	hk_lc_field bad;
	hk_lc_profile p;
	hk_typday d[2];
	double t[48];
	hk_lc_profile_in pin = {.dt_h = 0.5};
	q.keep = 1;
	hk_lc_add(&q, &run, &in, &x, &bad, NULL);
	memset(d, 0, sizeof d);
	strcpy(d[0].name, "cold");
	strcpy(d[1].name, "mild");
	d[0].t_out_c = -5, d[1].t_out_c = 6.5;
	d[0].days = 10, d[1].days = 20;
	d[0].load_frac = d[1].load_frac = d[0].day_kw = d[1].day_kw = d[0].night_kw = d[1].night_kw = NAN;
	pin.days = d;
	pin.nd = 2;
	UNIT_EQ_INT(hk_lc_profile_run(&q, &run, &pin, &p, NULL), HK_OK, "typical-day profile");
	UNIT_EQ_INT((int)p.n, 96, "2 days x 48 half hours");
	/* 540 kW all day at −5 ℃; 540·11.5/23 = 270 kW at 6.5 ℃ */
	UNIT_NEAR(p.heat_kwh, 540 * 24 * 10 + 270 * 24 * 20, 1e-6, "Σ load·dt·days = 259200 kWh");
	UNIT_NEAR(p.days, 30, 0, "Σ days of the days");
	UNIT_TRUE(!p.straddle && !p.hourly && !p.default_days, "07:00 and 18:30 fall on half hours");
	UNIT_EQ_STR(p.dayname[1], "mild", "the days keep their names");
	hk_lc_profile_free(&p);
	pin.dt_h = 1;
	hk_lc_profile_run(&q, &run, &pin, &p, NULL);
	UNIT_TRUE(p.straddle != NULL, "18:30 inside an hour step: said");
	hk_lc_profile_free(&p);
	pin.dt_h = 0.7;
	UNIT_EQ_INT(hk_lc_profile_run(&q, &run, &pin, &p, NULL), HK_EINVAL, "a step that does not divide 24 h");

	for (int i = 0; i < 48; i++)
		t[i] = i < 24 ? -5 : 10;
	pin = (hk_lc_profile_in){.t_hourly = t, .nh = 48, .season = {HK_SEASON_ALL, 0, 0}, .dt_h = 0.5};
	UNIT_EQ_INT(hk_lc_profile_run(&q, &run, &pin, &p, NULL), HK_OK, "hourly profile");
	UNIT_TRUE(p.hourly && p.n == 48 && p.nd == 2 && p.season_days == 2, "48 hours, 2 days in season");
	UNIT_NEAR(p.heat_kwh, 540 * 24 + 540 * 8.0 / 23 * 24, 1e-6, "540·24 + 540·(8/23)·24 kWh");
	UNIT_EQ_STR(p.dayname[1], "d002", "hourly days are numbered");
	hk_lc_profile_free(&p);
	hk_lc_run_free(&run);
}

static void test_summary(void)
{
	hk_lc_request q = request(1);
	hk_lc_run run = {0};
	hk_lc_row in = row("H", "住宅", 12000, 45, "A1");
	hk_lc_bld x;
	hk_lc_field bad;
	hk_summary s = {0};
	const hk_lc_sources src = {"mid src", "--t-in", "setback src", "--t-design", "day src", "day src", NULL};
	const hk_sumrow *r;
	char buf[700];
	hk_lc_add(&q, &run, &in, &x, &bad, NULL);
	in = row("S", "学校", 1000, NAN, "二期");
	hk_lc_add(&q, &run, &in, &x, &bad, NULL);
	UNIT_TRUE(strstr(hk_lc_index_source(&q, &x, buf, sizeof buf), "CJJ 34-2010 Table 3.1.2-1") != NULL,
		  "a type's index names its CJJ row");
	UNIT_EQ_INT(hk_lc_summary(&q, &run, NULL, NULL, &src, &s), HK_OK, "summary");
	r = hk_sum_get(&s, "t_in_c");
	UNIT_TRUE(r && !strcmp(r->source, "--t-in"), "an option's row names the source given");
	r = hk_sum_get(&s, "index_point");
	UNIT_TRUE(r && !strcmp(r->text, "mid") && !strcmp(r->source, "mid src"), "the index point and its source");
	UNIT_TRUE(hk_sum_get(&s, "phase_A1_load_kw") && hk_sum_get(&s, "phase2_load_kw"),
		  "phase keys: the name when plain, else the phase's place");
	r = hk_sum_get(&s, "annual_heat_kwh");
	UNIT_NEAR(r ? r->value : NAN, run.annual_gj / 0.0036, 1e-9, "kWh = GJ / 0.0036");
	UNIT_TRUE(hk_sum_get(&s, "profile_days") == NULL, "no profile rows without a profile");
	hk_sum_free(&s);
	hk_lc_run_free(&run);
}

int main(void)
{
	test_buildings();
	test_profile();
	test_summary();
	return unit_done();
}
