/* test_cashflow.c - annual sums, investment, payback, NPV, IRR, LCC. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cashflow.h"
#include "tariff.h"
#include "unit.h"

/* Malan Table 3: daily cost per typical day and days. */
static const double days[4] = {28, 62, 45, 16};
static const double cost_tank[4] = {14024.4, 8782.6, 5600.9, 1988.1};
static const double cost_hp[4] = {16000.0, 11459.1, 6964.3, 3416.7};
static const double kwh_tank[4] = {27962.9, 20092, 13789.4, 6393.4};
static const double kwh_hp[4] = {27763.1, 16921.3, 12074.3, 5942.4};

static void fill(hk_day_figs *d, const double *cost, const double *kwh)
{
	memset(d, 0, 4 * sizeof d[0]);
	for (int i = 0; i < 4; i++) {
		d[i].days = days[i];
		d[i].cost = cost[i];
		d[i].kwh = kwh[i];
	}
}

static void test_malan(void)
{
	hk_day_figs a[4], b[4];
	double ca, cb, ea, eb, y;
	hk_err e;
	fill(a, cost_tank, kwh_tank);
	fill(b, cost_hp, kwh_hp);
	UNIT_EQ_INT(hk_annual_sums(a, 4, &ea, &ca, NULL), HK_OK, "scheme 1");
	UNIT_EQ_INT(hk_annual_sums(b, 4, &eb, &cb, NULL), HK_OK, "scheme 2");
	UNIT_NEAR(ca / 1e4, 122.1, 0.05,
		  "scheme 1 (with tank) 122.1 万元/year (Malan Table 3)");
	UNIT_NEAR(cb / 1e4, 152.7, 0.05,
		  "scheme 2 (heat pumps only) 152.7 万元/year (Malan Table 3)");
	UNIT_NEAR((cb - ca) / 1e4, 30.5, 0.05, "saving 30.5 万元/year (Malan §3.4)");

	hk_unit_prices p = hk_unit_prices_malan();
	hk_quantities q = {0, 1000, 66, 616};
	hk_investment inv;
	UNIT_EQ_INT(hk_invest(&p, &q, &inv, NULL), HK_OK, "investment");
	UNIT_NEAR(inv.tank / 1e4, 150, 1e-9, "tank 1000 m³ × 1500 = 150 万元 (Table 3)");
	UNIT_NEAR(inv.pump / 1e4, 6.6, 1e-9,
		  "6 pumps, 66 kW × 1.0 元/W = 6.6 万元 (Table 3)");
	UNIT_NEAR(inv.equipment / 1e4, 156.6, 1e-9, "equipment 156.6 万元 (Table 3)");
	UNIT_NEAR(inv.land / 1e4, 14.8, 0.05, "land 616 m² × 240 ≈ 14.8 万元 (Table 3)");
	UNIT_NEAR(inv.total / 1e4, 171.4, 0.05, "extra investment 171.4 万元 (§3.4)");
	UNIT_EQ_INT(hk_static_payback(inv.total, cb - ca, &y, NULL), HK_OK,
		    "payback");
	UNIT_NEAR(y, 5.6, 0.05, "static payback ≈ 5.6 years (Malan §3.4)");
	hk_quantities hp = {34 * 161, 0, 0, 0};
	hk_invest(&p, &hp, &inv, NULL);
	UNIT_NEAR(inv.hp, 34 * 161e3 * 0.7, 1e-6, "heat pumps 34 × 161 kW × 0.7 元/W");

	/* Bad input. */
	a[2].days = NAN;
	UNIT_EQ_INT(hk_annual_sums(a, 4, &ea, &ca, &e), HK_EINVAL,
		    "a day without a day count refused");
	UNIT_TRUE(strstr(e.what, "day 3") != NULL, "message names the day");
	UNIT_EQ_INT(hk_static_payback(100, 0, &y, &e), HK_ENOSOL,
		    "no saving: no payback");
	UNIT_TRUE(isnan(y), "payback NaN");
	q.tank_m3 = -1;
	UNIT_EQ_INT(hk_invest(&p, &q, &inv, &e), HK_EINVAL, "negative volume");
}

static void test_textbook(void)
{
	/* Two-year project −100, +60, +60 (hand): NPV at 10 % =
	 * −100 + 60/1.1 + 60/1.21; IRR from 60x² + 60x − 100 = 0 with
	 * x = 1/(1+r): x = (−60 + √27600)/120. */
	double cf[3] = {-100, 60, 60};
	UNIT_NEAR(hk_npv(cf, 3, 0.10), -100 + 60 / 1.1 + 60 / 1.21, 1e-9,
		  "NPV(−100, 60, 60; 10 %) = 4.1322 (hand)");
	double irr;
	int mult;
	UNIT_EQ_INT(hk_irr(cf, 3, &irr, &mult, NULL), HK_OK, "IRR found");
	UNIT_NEAR(irr, 120 / (-60 + sqrt(27600)) - 1, 1e-9,
		  "IRR = 13.07 % (closed form of the quadratic)");
	UNIT_TRUE(!mult, "single IRR");
	/* Annuity −1000 + 5 × 300 at 10 %: NPV = 300(1 − 1.1⁻⁵)/0.1 − 1000. */
	double an[6] = {-1000, 300, 300, 300, 300, 300};
	UNIT_NEAR(hk_npv(an, 6, 0.10), 300 * (1 - pow(1.1, -5)) / 0.1 - 1000,
		  1e-9, "annuity NPV 137.24 (closed form)");
	hk_irr(an, 6, &irr, NULL, NULL);
	UNIT_NEAR(hk_npv(an, 6, irr), 0, 1e-6, "NPV at the IRR is 0");
	UNIT_NEAR(irr, 0.1524, 0.0001, "IRR 15.24 % (annuity tables: 5 y, 3.3333)");
	double pos[3] = {100, 60, 60};
	hk_err e;
	UNIT_EQ_INT(hk_irr(pos, 3, &irr, NULL, &e), HK_ENOSOL,
		    "all flows positive: no IRR");
	UNIT_TRUE(isnan(irr), "IRR NaN");
	double two[3] = {-100, 230, -132}; /* roots 10 % and 20 % */
	UNIT_EQ_INT(hk_irr(two, 3, &irr, &mult, NULL), HK_OK, "two IRRs");
	UNIT_NEAR(irr, 0.10, 1e-9, "lowest root 10 % ((1+r) = 1.1, 1.2)");
	UNIT_TRUE(mult, "multiple roots reported");

	UNIT_NEAR(hk_crf(0.08, 20), 0.08 * pow(1.08, 20) / (pow(1.08, 20) - 1),
		  1e-12, "CRF 8 %, 20 y = 0.10185 (A/P table)");
	UNIT_NEAR(hk_crf(0.08, 20), 0.10185, 0.00001, "A/P 8 %/20 = 0.10185");
	UNIT_NEAR(hk_crf(0, 10), 0.1, 1e-12, "CRF at 0 % = 1/n");

	hk_econ_in in = {100, 60, 0.10, 0, 2};
	hk_econ_out out;
	UNIT_EQ_INT(hk_econ_eval(&in, &out, NULL), HK_OK, "econ eval");
	UNIT_NEAR(out.static_payback, 100.0 / 60, 1e-12, "static 1.667 y");
	UNIT_NEAR(out.discounted_payback,
		  1 + (100 - 60 / 1.1) / (60 / 1.21), 1e-9,
		  "discounted payback 1.917 y (hand)");
	UNIT_NEAR(out.npv, -100 + 60 / 1.1 + 60 / 1.21, 1e-9, "same NPV");
	UNIT_NEAR(out.irr, 120 / (-60 + sqrt(27600)) - 1, 1e-9, "same IRR");
	in.escalation = 0.05;
	hk_econ_eval(&in, &out, NULL);
	UNIT_NEAR(out.npv, -100 + 60 / 1.1 + 63 / 1.21, 1e-9,
		  "escalation 5 %: year 2 saving 63 (hand)");
	in.saving_y1 = -1;
	UNIT_EQ_INT(hk_econ_eval(&in, &out, NULL), HK_OK, "losing scheme");
	UNIT_TRUE(isinf(out.static_payback) && isinf(out.discounted_payback) &&
		  out.irr_status == HK_ENOSOL, "no payback (infinite), no IRR");
	in.saving_y1 = 0;
	in.extra_invest = 0;
	hk_econ_eval(&in, &out, NULL);
	UNIT_TRUE(out.static_payback == 0 && out.discounted_payback == 0,
		  "no extra cost and no loss: pays back at once");
	in.saving_y1 = -1;
	hk_econ_eval(&in, &out, NULL);
	UNIT_TRUE(isinf(out.static_payback) && isinf(out.discounted_payback),
		  "no extra cost but a loss every year: never pays back (not 0)");
	in.extra_invest = 100;
	in.life_years = 0;
	UNIT_EQ_INT(hk_econ_eval(&in, &out, &e), HK_EINVAL, "life 0 refused");

	double lcc;
	hk_lcc(1000, 100, 0, 0, 10, &lcc, NULL);
	UNIT_NEAR(lcc, 2000, 1e-9, "LCC undiscounted 1000 + 10 × 100");
	hk_lcc(1000, 100, 0.10, 0, 10, &lcc, NULL);
	UNIT_NEAR(lcc, 1000 + 100 * (1 - pow(1.1, -10)) / 0.1, 1e-9,
		  "LCC at 10 % = 1000 + 100·P/A(10 %, 10) = 1614.46");
	hk_lcc(0, 100, 0.10, 0.10, 10, &lcc, NULL);
	UNIT_NEAR(lcc, 10 * 100 / 1.1, 1e-9,
		  "escalation = discount rate: each year worth 100/1.1");
}

static void test_daily(void)
{
	hk_period p[5];
	hk_tariff t;
	hk_tariff_build(&t, p, hk_tariff_malan_periods(p), NULL);
	hk_step s[48];
	double kw[48];
	for (int i = 0; i < 48; i++) {
		s[i] = (hk_step){i / 24, 0, (i % 24), (i % 24) + 1, 0, 0, 10};
		kw[i] = 1;
	}
	hk_day_figs d[2];
	size_t nd;
	UNIT_EQ_INT(hk_daily_figs(&t, s, 48, kw, sizeof kw[0], d, 2, &nd, NULL),
		    HK_OK, "daily figures");
	UNIT_EQ_INT(nd, 2, "2 days");
	UNIT_NEAR(d[1].kwh, 24, 1e-12, "24 kWh a day");
	UNIT_NEAR(d[1].cost, 8 * (0.8179 + 0.5607 + 0.3035), 1e-12,
		  "cost by Table 2 periods");
	UNIT_NEAR(d[0].kwh_by_kind[HK_PER_PEAK], 8, 1e-12, "8 peak kWh");
	double e, c;
	hk_annual_sums(d, nd, &e, &c, NULL);
	UNIT_NEAR(e, 480, 1e-9, "Σ 24 kWh × 10 days × 2");
	hk_err er;
	UNIT_EQ_INT(hk_daily_figs(&t, s, 48, kw, sizeof kw[0], d, 1, &nd, &er),
		    HK_ERANGE, "too few rows refused");
	kw[3] = -1;
	UNIT_EQ_INT(hk_daily_figs(&t, s, 48, kw, sizeof kw[0], d, 2, &nd, &er),
		    HK_EINVAL, "negative power refused");
	kw[3] = 1;
	s[5].end_h = s[5].start_h;
	UNIT_EQ_INT(hk_daily_figs(&t, s, 48, kw, sizeof kw[0], d, 2, &nd, &er),
		    HK_EINVAL, "a step of no hours refused");
	UNIT_EQ_STR(er.what, "step 6: hours 5-5: expected 0 <= start < end <= 24",
		    "... naming the step and its hours");
}

int main(void)
{
	test_malan();
	test_textbook();
	test_daily();
	return unit_done();
}
