/* test_storage.c - tank capacity, Malan Table 1, simulation, sizing. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cashflow.h"
#include "malan.h"
#include "storage.h"
#include "unit.h"

#define NS (4 * 48)

static hk_step S[NS];
static hk_hp_step HP[NS];
static hk_store_step R[NS];
static size_t N;

/* Malan chain up to the heat pumps; night_25 = NaN or explicit. */
static void chain(double night_25)
{
	N = malan_hp_profile(S, HP, NS, night_25);
}

static void test_tank(void)
{
	hk_tank_params p = hk_tank_params_default();
	double q, v;
	hk_err e;
	p.rho_c = HK_RHO_C_PAPER;
	UNIT_EQ_INT(hk_tank_capacity_kwh(&p, 1000, &q, NULL), HK_OK, "capacity");
	UNIT_NEAR(q, 11628, 1e-6,
		  "1000 m³ × 10 K × 1.1628 = 11628 kWh (Malan §3.3)");
	p = hk_tank_params_default();
	hk_tank_capacity_kwh(&p, 1000, &q, NULL);
	UNIT_REL(q, 11628, 0.0005,
		 "with 1.163: 11630 kWh, within 0.05 % of Malan §3.3");
	hk_tank_volume_m3(&p, 9368, &v, NULL);
	UNIT_NEAR(v, 9368 / 11.63, 1e-9, "volume for 9368 kWh = 805.5 m³");
	p.dt_k = 0;
	UNIT_EQ_INT(hk_tank_capacity_kwh(&p, 1000, &q, &e), HK_EINVAL,
		    "ΔT 0 refused");
	UNIT_TRUE(strstr(e.what, "ΔT") != NULL, "message names ΔT");
	p.dt_k = -5;
	UNIT_EQ_INT(hk_tank_capacity_kwh(&p, 1000, &q, &e), HK_EINVAL,
		    "ΔT −5 refused");
	p = hk_tank_params_default();
	p.eta = 1.2;
	UNIT_EQ_INT(hk_tank_check(&p, &e), HK_EINVAL, "η > 1 refused");
	p = hk_tank_params_default();
	double vb, dm, hm;
	UNIT_EQ_INT(hk_tank_dims(&p, 1000, &vb, &dm, &hm, NULL), HK_OK, "dims");
	UNIT_NEAR(vb, 1080, 1e-9, "built volume 1000 × 1.08");
	UNIT_NEAR(M_PI / 4 * dm * dm * hm, 1080, 1e-6, "π/4·D²·H = built");
	UNIT_NEAR(hm / dm, 1.5, 1e-12, "H/D 1.5");
}

static void test_table1(void)
{
	hk_period tp[5];
	hk_tariff t;
	hk_store_day d[4];
	size_t nd;
	hk_err e;
	hk_tariff_build(&t, tp, hk_tariff_malan_periods(tp), NULL);
	chain(NAN);
	UNIT_EQ_INT(hk_store_days(S, HP, NULL, N, 34, &t, 11628, NAN, d, 4, &nd, &e),
		    HK_OK, "Table 1 rows");
	UNIT_EQ_INT(nd, 4, "4 days");
	UNIT_EQ_INT(d[0].units_heating, 22, "100 %: 22 heating (Table 1)");
	UNIT_EQ_INT(d[0].units_storing, 12, "100 %: 12 storing (Table 1)");
	UNIT_EQ_INT(d[1].units_heating, 15, "75 %: 15 heating (Table 1)");
	UNIT_EQ_INT(d[1].units_storing, 19, "75 %: 19 storing (Table 1)");
	UNIT_EQ_INT(d[2].units_heating, 9, "50 %: 9 heating (Table 1)");
	UNIT_EQ_INT(d[2].units_storing, 25, "50 %: 25 storing (Table 1)");
	UNIT_REL(d[0].capability_kwh, 8260, 0.005,
		 "100 %: capability 8260 kWh (Table 1)");
	UNIT_REL(d[1].capability_kwh, 14987, 0.005,
		 "75 %: capability 14987 kWh (Table 1)");
	UNIT_REL(d[2].capability_kwh, 21786, 0.005,
		 "50 %: capability 21786 kWh (Table 1)");
	UNIT_REL(d[0].peak_demand_kwh, 18735, 0.005,
		 "100 %: peak demand 18735 kWh (Table 1)");
	UNIT_REL(d[1].peak_demand_kwh, 14051, 0.005,
		 "75 %: peak demand 14051 kWh (Table 1)");
	UNIT_REL(d[2].peak_demand_kwh, 9368, 0.005,
		 "50 %: peak demand 9368 kWh (Table 1)");
	UNIT_REL(d[3].peak_demand_kwh, 4684, 0.005,
		 "25 %: peak demand 4684 kWh (Table 1)");
	UNIT_NEAR(d[0].valley_h, 8, 1e-12, "valley 8 h from the tariff");
	UNIT_NEAR(d[0].peak_h, 8, 1e-12, "peak 8 h from the tariff");
	UNIT_NEAR(d[0].valley_load_kw, 1893.4, 0.1, "night load 1893.4 (Table 1)");
	UNIT_NEAR(d[1].valley_load_kw, 1419.8, 0.5, "75 % night 1419.8 (Table 1)");
	UNIT_NEAR(d[2].valley_load_kw, 946.5, 0.5, "50 % night 946.5 (Table 1)");
	/* The consistent 25 % row (malan-worked-numbers, not the paper). */
	UNIT_EQ_INT(d[3].units_heating, 4,
		    "25 % consistent: 4 heating (malan-worked-numbers)");
	UNIT_EQ_INT(d[3].units_storing, 30, "25 % consistent: 30 storing");
	UNIT_REL(d[3].capability_kwh, 29615, 0.005,
		 "25 % consistent: capability ≈ 29615 kWh (malan-worked-numbers)");
	/* Stored = min(capability, tank, demand) (malan-worked-numbers). */
	UNIT_REL(d[0].stored_kwh, 8245, 0.005, "100 %: stored 8245 (capability)");
	UNIT_EQ_INT(d[0].limit, 0, "100 %: capability-limited");
	UNIT_REL(d[1].stored_kwh, 11628, 0.005, "75 %: stored 11628 (tank)");
	UNIT_EQ_INT(d[1].limit, 1, "75 %: tank-limited");
	UNIT_REL(d[2].stored_kwh, 9368, 0.005, "50 %: stored 9368 (demand)");
	UNIT_REL(d[3].stored_kwh, 4684, 0.005, "25 %: stored 4684 (demand)");
	UNIT_EQ_INT(d[3].limit, 2, "25 %: demand-limited");

	/* The paper's 25 % row: night load given as 729.8 kW. */
	chain(729.8);
	hk_store_days(S, HP, NULL, N, 34, &t, 11628, NAN, d, 4, &nd, NULL);
	UNIT_EQ_INT(d[3].units_heating, 6,
		    "25 % with 729.8 kW night: 6 heating (Table 1)");
	UNIT_EQ_INT(d[3].units_storing, 28, "... 28 storing (Table 1)");
	UNIT_REL(d[3].capability_kwh, 27574, 0.005,
		 "... capability 27574 kWh (Table 1)");

	/* Cover-the-day rule: 50 % day demand 9368 kWh → 805.5 m³. */
	hk_tank_params p = hk_tank_params_default();
	double v;
	int shortc;
	chain(NAN);
	hk_store_days(S, HP, NULL, N, 34, &t, 11630, NAN, d, 4, &nd, NULL);
	hk_tank_cover_day(&p, &d[2], &v, &shortc, NULL);
	UNIT_REL(v, 9368 / 11.63, 0.005, "cover 50 % day: ≈ 805 m³ (hand)");
	UNIT_TRUE(!shortc, "50 % day capability covers its demand");
	hk_tank_cover_day(&p, &d[0], &v, &shortc, NULL);
	UNIT_TRUE(shortc, "100 % day: capability below demand flagged");
	UNIT_EQ_INT(hk_store_days(S, HP, NULL, N, 34, &t, 11630, NAN, d, 3, &nd, &e),
		    HK_ERANGE, "too few rows refused");
}

static void test_sim(void)
{
	hk_period tp[5];
	hk_tariff t;
	hk_tariff_build(&t, tp, hk_tariff_malan_periods(tp), NULL);
	chain(NAN);
	hk_store_opts o = hk_store_opts_default(0);
	hk_err e;
	UNIT_EQ_INT(hk_store_sim(S, HP, N, &t, &o, R, &e), HK_OK, "no tank");
	double kwh = 0, cost = 0;
	for (int i = 0; i < 48; i++) {
		kwh += R[i].elec_kwh;
		cost += R[i].cost;
	}
	UNIT_REL(kwh, 27763.1, 0.02,
		 "100 % day without storage 27763.1 kWh (Table 3, COP 2.06)");
	UNIT_REL(cost, 16000.0, 0.02,
		 "100 % day without storage 16000.0 元 (Table 3)");
	/* Cross-check with the cashflow costing of the heat-pump power. */
	hk_day_figs df[4];
	size_t nd;
	hk_daily_figs(&t, S, N, &HP[0].power_kw, sizeof HP[0], df, 4, &nd, NULL);
	UNIT_REL(df[0].cost, cost, 1e-9, "same cost via hk_daily_figs");

	hk_tank_params p = hk_tank_params_default();
	hk_tank_capacity_kwh(&p, 1000, &o.tank_kwh, NULL);
	UNIT_EQ_INT(hk_store_sim(S, HP, N, &t, &o, R, &e), HK_OK, "1000 m³");
	double ch = 0, dis = 0, unmet = 0, socmax = 0;
	kwh = cost = 0;
	for (int i = 0; i < 48; i++) {
		kwh += R[i].elec_kwh;
		cost += R[i].cost;
		ch += R[i].charge_kwh;
		dis += R[i].discharge_kwh;
		unmet += R[i].unmet_kwh;
		socmax = fmax(socmax, R[i].soc_kwh);
	}
	UNIT_REL(cost, 14024.4, 0.02,
		 "100 % day with the 1000 m³ tank ≈ 14024 元 (Table 3)");
	UNIT_REL(ch, 8245, 0.005,
		 "charged = capability 8245 kWh (malan-worked-numbers)");
	UNIT_NEAR(dis, ch, 1e-6, "periodic day: discharged = charged");
	UNIT_NEAR(unmet, 0, 1e-9, "no unmet load");
	UNIT_TRUE(socmax <= o.tank_kwh + 1e-9, "never above capacity");
	/* Discharge only in peak steps on this day (demand > stored). */
	double flat_dis = 0;
	for (int i = 0; i < 48; i++)
		if (hk_tariff_at(&t, S[i].start_h)->kind == HK_PER_FLAT)
			flat_dis += R[i].discharge_kwh;
	UNIT_NEAR(flat_dis, 0, 1e-9, "no flat discharge while peaks need it");

	/* 50 % day: tank 11630 > demand 9368 → the rest goes to flat. */
	double d50 = 0, f50 = 0;
	for (int i = 96; i < 144; i++) {
		d50 += R[i].discharge_kwh;
		if (hk_tariff_at(&t, S[i].start_h)->kind == HK_PER_FLAT)
			f50 += R[i].discharge_kwh;
	}
	UNIT_REL(d50, 11630, 1e-6, "50 % day: full tank discharged");
	UNIT_REL(d50 - f50, 9368, 0.005, "50 % day: peak demand 9368 met first");

	/* Continuous (non-periodic) run keeps state across days: two 100 %
	 * days in a row; the valley's spare capacity (8245 kWh) is below the
	 * tank and the peak demand, so the 23:00 charge of the first day is
	 * worth keeping for the second morning. */
	o.periodic = 0;
	for (int i = 0; i < 48; i++) {
		S[48 + i] = S[i];
		S[48 + i].day = 1;
		HP[48 + i] = HP[i];
	}
	UNIT_EQ_INT(hk_store_sim(S, HP, 96, &t, &o, R, NULL), HK_OK,
		    "continuous run");
	UNIT_TRUE(R[47].soc_kwh > 0 && R[48].soc_kwh > R[47].soc_kwh,
		  "23:00 charge carries into the next day");
	double ch2 = 0;
	for (int i = 46; i < 62; i++)
		ch2 += R[i].charge_kwh;
	UNIT_REL(ch2, 8245, 0.005,
		 "the valley from 23:00 to 07:00 charges its whole capability");
	chain(NAN);
	o.tank_kwh = -1;
	UNIT_EQ_INT(hk_store_sim(S, HP, N, &t, &o, R, &e), HK_EINVAL,
		    "negative tank refused");
	o.tank_kwh = 0;
	S[3].end_h = 24.5;
	UNIT_EQ_INT(hk_store_sim(S, HP, N, &t, &o, R, &e), HK_EINVAL,
		    "a step past midnight refused");
	UNIT_EQ_STR(e.what, "step 4: hours 1.5-24.5: expected 0 <= start < end <= 24",
		    "... naming the step and its hours");
	S[3].end_h = 2;
}

static void test_scan(void)
{
	hk_period tp[5];
	hk_tariff t;
	hk_tariff_build(&t, tp, hk_tariff_malan_periods(tp), NULL);
	chain(NAN);
	hk_tank_params p = hk_tank_params_default();
	hk_store_opts so = hk_store_opts_default(0);
	hk_scan_opts o = hk_scan_opts_default();
	hk_scan_row rows[128];
	size_t nr, best;
	hk_err e;
	UNIT_EQ_INT(hk_tank_scan(S, HP, N, &t, &p, &so, &o, R, rows, 128, &nr,
				 &best, &e), HK_OK, "scan");
	UNIT_EQ_INT(nr, 61, "0..3000 m³ by 50: 61 rows");
	UNIT_NEAR(rows[0].saving, 0, 1e-6, "no tank, no saving");
	int ok = 1;
	for (size_t i = 0; i < nr; i++)
		ok &= rows[best].total <= rows[i].total;
	UNIT_TRUE(ok, "best row has the lowest total");
	UNIT_NEAR(rows[20].invest, 1000 * 1500 + 66000 * 1.0 + 616 * 240, 1e-6,
		  "1000 m³ investment 150 + 6.6 + 14.78 万元 (Table 3)");
	UNIT_TRUE(rows[20].saving > 0, "1000 m³ saves money");
	o.v_step_m3 = 0;
	UNIT_EQ_INT(hk_tank_scan(S, HP, N, &t, &p, &so, &o, R, rows, 128, &nr,
				 &best, &e), HK_EINVAL, "zero step refused");
}

int main(void)
{
	test_tank();
	test_table1();
	test_sim();
	test_scan();
	return unit_done();
}
