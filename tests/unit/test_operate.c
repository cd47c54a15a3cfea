/*
 * test_operate.c - one step of the plant by strategy (lib/operate, issue 20
 * steps 3-4 core): the decoupler hydraulics, staging, each stage's COP and
 * the energy balance.
 *
 * Plant made up for the test (every expected value below is computed here
 * from these formulas, never copied from our output):
 *   COP = 5 + 0.1·t_out − 0.08·(tw − 35), points at t_out −10/0/10 C and
 *         tw 25/35/45/55 C (linear: the interpolation is exact)
 *   K1  = 0.8 + 0.01·t_out − 0.005·(tw − 35), points at −10/10 C and 35/55 C,
 *         rated 100 kW, defrost integrated (K2 = 1)
 *   4 units, 8.6 m3/h each (100 kW at 10 K); floor heating 45/35 C, ti 18 C,
 *   n 1.1; design load 300 kW.
 */
#include <math.h>
#include <string.h>

#include "operate.h"
#include "unit.h"

#include "opplant.h"

static hk_op_plant plant(void) { return plant_of(4); }

static void test_conventional(void)
{
	hk_op_plant p = plant();
	hk_op_levers lv = {.curve = 0, .arr = HK_ARR_PARALLEL, .staging = 0};
	hk_op_step o;
	hk_err e;
	/* −5 C, 150 kW: ts 45, tr = 45 − 0.5·10 = 40; Gp = 34.4 m3/h, ΔTp = 0.86·150/34.4 = 3.75 K:
	 * ts_p = max(45, 43.75) = 45; COP(−5, 45) = 3.7 */
	UNIT_TRUE(hk_op_run_step(&p, &lv, -5, 150, &o, &e) == HK_OK, "conventional step");
	UNIT_EQ_INT(o.units_on, 4, "conventional: all units on");
	UNIT_NEAR(o.flow_m3h, 34.4, 1e-9, "conventional: design primary flow 4 x 8.6");
	UNIT_NEAR(o.ts_p, 45, 1e-9, "conventional: units leave at the design 45 C");
	UNIT_NEAR(o.tr_p, 45 - 0.86 * 150 / 34.4, 1e-9, "primary return 41.25 C");
	UNIT_NEAR(o.cop, cop_fn(-5, 45), 1e-9, "COP(−5, 45) = 3.7");
	UNIT_NEAR(o.hp_kw, 150 / 3.7, 1e-9, "electricity 150/3.7 kW");
	/* −10 C, 400 kW: 4 × 100·K1(−10, 45) = 4 × 65 = 260 kW; 140 kW unmet */
	hk_op_run_step(&p, &lv, -10, 400, &o, &e);
	UNIT_NEAR(o.heat_kw, 4 * 100 * k1_fn(-10, 45), 1e-6, "capacity 260 kW delivered");
	UNIT_NEAR(o.unmet_kw, 400 - 260, 1e-6, "140 kW unmet, stated");
}

static void test_smart(void)
{
	hk_op_plant p = plant();
	hk_op_levers lv = {.curve = 1, .arr = HK_ARR_SERIES, .staging = 1};
	hk_op_step o;
	hk_err e;
	/* floor heating curve at φ 0.5, constant flow, closed form (test_terminal) */
	double dtd = 10 / log(27.0 / 17.0), d = 5, dt = pow(0.5, 1 / 1.1) * dtd;
	double r = exp(d / dt), ts = 18 + r * d / (r - 1), tr = ts - d;
	/* one pair: Gp 8.6, ΔTp 15: ts_p = max(ts, tr + 15), 2·100·K1 < 150 -> two pairs: Gp 17.2 */
	double tsp1 = fmax(ts, tr + 15), tsp, trp, tm, c1, c2;
	UNIT_TRUE(2 * 100 * k1_fn(-5, tsp1) < 150, "one pair is short (hand check)");
	tsp = fmax(ts, tr + 0.86 * 150 / 17.2);
	trp = tsp - 0.86 * 150 / 17.2;
	tm = 0.5 * (tsp + trp);
	c1 = cop_fn(-5, tm), c2 = cop_fn(-5, tsp);
	UNIT_TRUE(hk_op_run_step(&p, &lv, -5, 150, &o, &e) == HK_OK, "smart step");
	UNIT_NEAR(o.ts, ts, 1e-6, "heating curve supply (EN 1264 n 1.1, closed form)");
	UNIT_EQ_INT(o.units_on, 4, "two pairs on");
	UNIT_NEAR(o.flow_m3h, 17.2, 1e-9, "series halves the primary flow: 2 pairs x 8.6");
	UNIT_NEAR(o.ts_p, tsp, 1e-6, "primary supply from the decoupler balance");
	UNIT_NEAR(o.t_mid, tm, 1e-6, "first unit leaves half-way");
	UNIT_NEAR(o.cop, 2 / (1 / c1 + 1 / c2), 1e-6, "pair COP from the two stages");
	UNIT_TRUE(o.cop > cop_fn(-5, 45), "smart beats 45 C parallel here");
	/* staging: 40 kW needs one pair (one pair at ts_p gives > 40 kW) */
	hk_op_run_step(&p, &lv, 5, 40, &o, &e);
	UNIT_EQ_INT(o.units_on, 2, "40 kW at 5 C: one pair");
	hk_op_run_step(&p, &lv, 5, 0, &o, &e);
	UNIT_EQ_INT(o.units_on, 0, "no load: nothing on");
	p.units = 3;
	UNIT_TRUE(hk_op_run_step(&p, &lv, 5, 40, &o, &e) == HK_EINVAL, "series with 3 units refused");
}

/* heat + unmet = load and electricity = heat / COP at every step of a sweep, all 8 lever sets */
static void test_balance(void)
{
	hk_op_plant p = plant();
	int k, bad = 0, steps = 0, ran = 0, other = 0;
	for (k = 0; k < 8; k++) {
		hk_op_levers lv = {.curve = k & 1, .arr = (k & 2) ? HK_ARR_SERIES : HK_ARR_PARALLEL,
				   .staging = !!(k & 4)};
		double t, q;
		for (t = -10; t <= 10; t += 2.5)
			for (q = 0; q <= 420; q += 15) {
				hk_op_step o;
				hk_err e;
				hk_status st;
				steps++;
				if ((st = hk_op_run_step(&p, &lv, t, q, &o, &e)) != HK_OK) {
					other += st != HK_ERANGE; /* outside the COP points: refused, never guessed */
					continue;
				}
				ran++;
				if (fabs(o.heat_kw + o.unmet_kw - q) > 1e-9 ||
				    (o.heat_kw > 0 && fabs(o.hp_kw * o.cop - o.heat_kw) > 1e-9) || o.unmet_kw < 0 ||
				    o.heat_kw > o.cap_kw + 1e-9)
					bad++;
			}
	}
	UNIT_EQ_INT(bad, 0, "energy balance over every step of the sweep");
	UNIT_EQ_INT(other, 0, "the only refusals are water outside the COP points");
	UNIT_TRUE(steps > 1000 && ran > steps / 2, "most of the sweep runs");
}

/* a supply floor: at 10 % load the floor curve asks for about 22 C; held at 30 C */
static void test_floor(void)
{
	hk_op_plant p = plant();
	hk_op_levers lv = {.curve = 1, .arr = HK_ARR_PARALLEL, .staging = 0};
	hk_op_step o;
	hk_err e;
	p.ts_floor = 30;
	UNIT_TRUE(hk_op_run_step(&p, &lv, 8, 30, &o, &e) == HK_OK, "10 % load with a 30 C floor");
	UNIT_NEAR(o.ts, 30, 0, "supply held at the floor");
	UNIT_NEAR(o.tr, 30 - 0.1 * 10, 1e-9, "return at constant flow: 29 C");
	UNIT_NEAR(o.cop, cop_fn(8, 30), 1e-9, "COP at the floor temperature");
}

int main(void)
{
	test_conventional();
	test_smart();
	test_balance();
	test_floor();
	return unit_done();
}
