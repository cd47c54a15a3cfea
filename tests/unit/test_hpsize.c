/*
 * test_hpsize.c - the hpsize core (hk_hpsize_run), its summary, and the
 * model table built from ratio points, on a hand-computed plant: rated
 * 100 kW, K1 0.7 / COP 2.2 at −10 ℃ and 1.0 / 3.5 at 7 ℃ (45 ℃ water),
 * K2 0.8, so q_eff = 100·0.7·0.8 = 56 kW at −10 ℃ (GB 50736-2012 §8.3.2).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "hpreport.h"
#include "hpsize.h"
#include "unit.h"

static hk_hp_model M;
static hk_k2 K2 = {.value = 0.8};
static hk_step S[2];

static void plant(void)
{
	static const hk_hp_ratio p[2] = {{7, 45, 1.0, 3.5}, {-10, 45, 0.7, 2.2}};
	hk_hp_model_init(&M, "test", 100, 0);
	hk_hp_model_set_points(&M, p, 2, NULL);
	memset(S, 0, sizeof S);
	/* one day: 12 h at −10 ℃ and 500 kW, 12 h at 7 ℃ and 200 kW, 10 days */
	S[0] = (hk_step){0, 1, 0, 12, -10, 500, 10};
	S[1] = (hk_step){0, 0, 12, 24, 7, 200, 10};
}

static hk_hpsize_request request(void)
{
	hk_hpsize_request q = {.model = &M, .t_basis_c = -10, .design_kw = NAN, .steps = S, .n = 2};
	q.hp = hk_hp_opts_default();
	q.hp.k2 = &K2;
	return q;
}

static void test_points(void)
{
	hk_hp_model m;
	hk_hp_ratio p[4] = {{7, 55, 0.9, 2.8}, {-7, 35, 0.6, 2.5}, {7, 35, 1.0, 4.0}, {-7, 55, 0.5, 1.9}};
	hk_hp_ratio many[HK_HP_MAX_T + 1];
	hk_err e;
	hk_hp_model_init(&m, "m", 10, 0);
	UNIT_EQ_INT(hk_hp_model_set_points(&m, p, 4, NULL), HK_OK, "four points in any order");
	UNIT_TRUE(m.nt == 2 && m.nw == 2 && m.t_out[0] == -7 && m.t_out[1] == 7 && m.t_water[0] == 35 &&
			  m.t_water[1] == 55,
		  "axes: the distinct temperatures, ascending");
	UNIT_TRUE(m.k1[0][0] == 0.6 && m.k1[1][0] == 0.5 && m.k1[0][1] == 1.0 && m.k1[1][1] == 0.9,
		  "each K1 in its (water, outdoor) cell");
	UNIT_TRUE(m.cop[1][0] == 1.9 && m.cop[0][1] == 4.0, "each COP in its cell");
	UNIT_EQ_INT(hk_hp_model_check(&m, NULL), HK_OK, "the table is a valid model");
	for (int i = 0; i <= HK_HP_MAX_T; i++)
		many[i] = (hk_hp_ratio){i, 45, 1, 3};
	UNIT_EQ_INT(hk_hp_model_set_points(&m, many, HK_HP_MAX_T + 1, &e), HK_ERANGE,
		    "one outdoor temperature too many is refused");
	UNIT_TRUE(strstr(e.what, "more than 24 outdoor temperatures") != NULL, "and says how many fit");
}

static void test_sized(void)
{
	hk_hpsize_request q;
	hk_hpsize_result r;
	plant();
	q = request();
	UNIT_EQ_INT(hk_hpsize_run(&q, &r, NULL), HK_OK, "sized run");
	UNIT_NEAR(r.design_kw, 500, 0, "design load: the profile's largest");
	UNIT_NEAR(r.d.q_unit_kw, 56, 1e-9, "q_eff = 100·0.7·0.8");
	UNIT_EQ_INT(r.units, 9, "500/56 = 8.93 → 9 units");
	UNIT_EQ_INT(r.units_ceil, 9, "ceil 9");
	UNIT_NEAR(r.short_kw, 0, 0, "9·56 = 504 kW: no shortfall");
	/* 500 kW for 12 h at COP 2.2; at 7 ℃ q_eff = 80 kW, 200 kW at COP 3.5 */
	UNIT_NEAR(r.heat_kwh, (500 + 200) * 12 * 10, 1e-6, "heat Σ hp_heat·dt·days");
	UNIT_NEAR(r.elec_kwh, (500 / 2.2 + 200 / 3.5) * 12 * 10, 1e-6, "electricity Σ power·dt·days");
	UNIT_NEAR(r.steps[1].q_unit_kw, 80, 1e-9, "q_eff at 7 ℃ = 100·1.0·0.8");
	UNIT_EQ_INT(r.steps[1].units_on, 3, "200/80 = 2.5 → 3 units on");
	hk_hpsize_result_free(&r);
}

static void test_rounded_and_fixed(void)
{
	hk_hpsize_request q;
	hk_hpsize_result r;
	hk_summary s = {0};
	const hk_hp_sources src = {"ratios.csv", "--design-kw", "--t-basis", "water default", "K2 default",
				   "tol default", "cop default", NULL};
	const hk_sumrow *row;
	plant();
	/* 954 = 17·56 + 2: one below ceil leaves 2 kW short, 0.21 % <= 0.5 % */
	q = request();
	q.design_kw = 954;
	UNIT_EQ_INT(hk_hpsize_run(&q, &r, NULL), HK_OK, "run at 954 kW");
	UNIT_EQ_INT(r.units, 17, "rounded down to 17 within the tolerance");
	UNIT_EQ_INT(r.units_ceil, 18, "ceil 18");
	UNIT_NEAR(r.short_kw, 2, 1e-9, "2 kW short at the basis");
	UNIT_EQ_INT(hk_hp_summary(&q, &r, &src, &s), HK_OK, "summary");
	row = hk_sum_get(&s, "units");
	UNIT_TRUE(row && strstr(row->source, "floor"), "the count's rule says it was rounded down");
	row = hk_sum_get(&s, "t_water_c");
	UNIT_TRUE(row && !strcmp(row->source, "water default"), "an option's row names the source given");
	row = hk_sum_get(&s, "shortfall");
	UNIT_NEAR(row ? row->value : NAN, 2.0 / 954, 1e-12, "shortfall share 2/954");
	row = hk_sum_get(&s, "warning_1");
	UNIT_TRUE(row && strstr(row->text, "17 units, one below ceil (18)"), "rounding down is a warning");
	hk_sum_free(&s);
	hk_hpsize_result_free(&r);

	q = request();
	q.fixed_units = 8;
	UNIT_EQ_INT(hk_hpsize_run(&q, &r, NULL), HK_OK, "run with 8 units given");
	UNIT_EQ_INT(r.units, 8, "the given count");
	UNIT_NEAR(r.short_kw, 500 - 8 * 56, 1e-9, "52 kW short");
	UNIT_TRUE(r.flags_all & HK_HPW_SHORT, "the profile's peak is above the plant");
	hk_hpsize_result_free(&r);
}

static void test_failures(void)
{
	hk_hpsize_request q;
	hk_hpsize_result r;
	hk_summary s = {0};
	hk_hp_sources src = {"m", "d", "b", "w", "k", "t", "c", "--k2"};
	hk_err e;
	plant();
	S[1].t_out_c = -20;
	q = request();
	UNIT_EQ_INT(hk_hpsize_run(&q, &r, &e), HK_ERANGE, "a step outside the table is refused");
	UNIT_EQ_INT((int)e.item, 2, "and named by its index, for the caller to locate");
	UNIT_TRUE(r.steps == NULL, "a failed run holds nothing");
	plant();
	M.defrost = HK_DEFROST_INTEGRATED;
	q = request();
	UNIT_EQ_INT(hk_hpsize_run(&q, &r, NULL), HK_OK, "integrated capacities run");
	UNIT_NEAR(r.d.q_unit_kw, 70, 1e-9, "K2 not applied: 100·0.7");
	hk_hp_summary(&q, &r, &src, &s);
	UNIT_TRUE(hk_sum_get(&s, "warning_1") && strstr(hk_sum_get(&s, "warning_1")->text, "--k2 not applied"),
		  "a K2 given for integrated capacities is a warning naming the option");
	hk_sum_free(&s);
	hk_hpsize_result_free(&r);
	UNIT_NEAR(hk_hpsize_peak_kw(S, 2), 500, 0, "the profile's largest load");
}

int main(void)
{
	test_points();
	test_sized();
	test_rounded_and_fixed();
	test_failures();
	return unit_done();
}
