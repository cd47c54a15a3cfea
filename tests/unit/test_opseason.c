/*
 * test_opseason.c - the season loop of operate (lib/opseason, issue 20):
 * strategies as levers, the system curves per arrangement, the minimum run
 * time and the start limit between steps, and the season totals.
 *
 * Plant made up for the test, as test_operate.c: COP = 5 + 0.1·t_out −
 * 0.08·(tw − 35), K1 = 0.8 + 0.01·t_out − 0.005·(tw − 35) (rated 100 kW,
 * defrost integrated), 8.6 m3/h per unit, floor heating 45/35 C, ti 18,
 * n 1.1, design 300 kW.  Expected counts are worked out by hand below.
 */
#include <math.h>
#include <string.h>

#include "opseason.h"
#include "unit.h"

#include "opplant.h"

static hk_op_plant plant(int units) { return plant_of(units); }

static void test_parse(void)
{
	hk_ops_strategy s;
	hk_err e;
	UNIT_TRUE(hk_ops_strategy_parse("smart", &s, &e) == HK_OK && s.lv.curve && s.lv.arr == HK_ARR_SERIES &&
		  s.lv.staging && s.pumps, "smart: all four levers");
	UNIT_TRUE(hk_ops_strategy_parse("conventional", &s, &e) == HK_OK && !s.lv.curve &&
		  s.lv.arr == HK_ARR_PARALLEL && !s.lv.staging && !s.pumps, "conventional: none");
	UNIT_TRUE(hk_ops_strategy_parse("curve+pumps", &s, &e) == HK_OK && s.lv.curve && s.pumps &&
		  !s.lv.staging && s.lv.arr == HK_ARR_PARALLEL, "curve+pumps: two levers");
	UNIT_TRUE(hk_ops_strategy_parse("curve+turbo", &s, &e) == HK_EINVAL, "unknown lever refused");
	UNIT_TRUE(hk_ops_strategy_parse("", &s, &e) == HK_EINVAL, "empty refused");
}

static void test_systems(void)
{
	hk_op_plant p = plant(4);
	hk_ops_pumps pu = {.head_m = 30, .dp_unit_m = 5};
	hk_pump_system a, b;
	hk_err e;
	UNIT_TRUE(hk_ops_systems(&p, &pu, &a, &b, &e) == HK_OK, "system curves");
	/* G = 4 × 8.6 = 34.4 m3/h at 30 m; series G/2 = 17.2 at (30 − 5)/4 + 2·5 = 16.25 m */
	UNIT_NEAR(hk_pump_system_head(&a, 34.4), 30, 1e-9, "parallel: 30 m at 34.4 m3/h");
	UNIT_NEAR(hk_pump_system_head(&b, 17.2), 16.25, 1e-9, "series: 16.25 m at 17.2 m3/h");
	pu.dp_unit_m = 30;
	UNIT_TRUE(hk_ops_systems(&p, &pu, &a, &b, &e) == HK_EINVAL, "unit drop >= head refused");
}

/* minimum run time 0.5 h, quarter-hour steps at −5 C: 320 kW needs all 4 units (4 × 100·K1 < 320
 * even at 35 C: K1 <= 0.75), 50 kW one (one unit gives >= 100·K1(−5, 55) = 65 kW) */
static void test_min_run(void)
{
	hk_op_plant p = plant(4);
	hk_ops_strategy s;
	hk_ops_in in[4];
	hk_ops_out o[4];
	hk_ops_totals t;
	hk_ops_request q = {&p, NULL, in, 4, 0.5, 6};
	hk_err e;
	int i;
	for (i = 0; i < 4; i++)
		in[i] = (hk_ops_in){0, -5, i ? 50 : 320, 0.25 * i, 0.25, 10, 0.5};
	hk_ops_strategy_parse("staging", &s, &e);
	UNIT_TRUE(4 * 100 * k1_fn(-5, 35) < 320 && 100 * k1_fn(-5, 55) > 50, "hand check of the counts");
	UNIT_TRUE(hk_ops_run(&q, &s, o, &t, &e) == HK_OK, "season with staging");
	UNIT_EQ_INT(o[0].op.units_on, 4, "320 kW: all 4 on");
	UNIT_EQ_INT(o[0].starts, 4, "4 starts");
	UNIT_EQ_INT(o[1].op.units_on, 4, "0.25 h: 50 kW, but the 4 must run till 0.5 h");
	UNIT_EQ_INT(o[1].held, 3, "3 held by the minimum run time");
	UNIT_EQ_INT(o[2].op.units_on, 1, "0.5 h: 3 stop");
	UNIT_EQ_INT(o[2].starts, 0, "no start");
	UNIT_NEAR(t.starts, 40, 1e-9, "season starts 4 × 10 days");
	/* totals: Σ value·hours·days */
	UNIT_NEAR(t.load_kwh, (320 + 3 * 50) * 0.25 * 10, 1e-6, "load 1175 kWh");
	UNIT_NEAR(t.heat_kwh + t.unmet_kwh, t.load_kwh, 1e-6, "heat + unmet = load");
	UNIT_NEAR(t.yuan, t.elec_kwh * 0.5, 1e-6, "cost at 0.5 yuan/kWh");
	UNIT_NEAR(t.scop, t.heat_kwh / t.elec_kwh, 1e-12, "SCOP");
	q.min_run_h = 0;
	hk_ops_run(&q, &s, o, &t, &e);
	UNIT_EQ_INT(o[1].op.units_on, 1, "no minimum run: one unit at 0.25 h");
}

/* one unit, 2 starts per hour (0.5 h between starts), no minimum run: on at 0, off at 0.125, wanted
 * again at 0.25 (too soon: its heat unmet, stated), on again at 0.5 */
static void test_start_limit(void)
{
	hk_op_plant p = plant(1);
	hk_ops_strategy s;
	static const double load[] = {50, 0, 50, 50, 50};
	hk_ops_in in[5];
	hk_ops_out o[5];
	hk_ops_totals t;
	hk_ops_request q = {&p, NULL, in, 5, 0, 2};
	hk_err e;
	int i;
	for (i = 0; i < 5; i++)
		in[i] = (hk_ops_in){0, 0, load[i], 0.125 * i, 0.125, 1, 0};
	hk_ops_strategy_parse("staging", &s, &e);
	UNIT_TRUE(hk_ops_run(&q, &s, o, &t, &e) == HK_OK, "season with a start limit");
	UNIT_EQ_INT(o[0].op.units_on, 1, "on at 0");
	UNIT_EQ_INT(o[1].op.units_on, 0, "off at 0.125 h");
	UNIT_EQ_INT(o[2].op.units_on, 0, "0.25 h: too soon to start again");
	UNIT_EQ_INT(o[2].limited, 1, "one unit kept off by the start limit");
	UNIT_NEAR(o[2].op.unmet_kw, 50, 1e-9, "its 50 kW unmet");
	UNIT_EQ_INT(o[4].op.units_on, 1, "0.5 h: starts again");
	UNIT_NEAR(t.unmet_kwh, 2 * 50 * 0.125, 1e-9, "unmet at 0.25 and 0.375 h: 12.5 kWh");
	UNIT_EQ_INT(t.limited_steps, 2, "two steps limited");
}

/* a new day starts with every unit off */
static void test_day_reset(void)
{
	hk_op_plant p = plant(4);
	hk_ops_strategy s;
	hk_ops_in in[2] = {{0, -5, 300, 23.5, 0.5, 1, 0}, {1, -5, 50, 0, 0.5, 1, 0}};
	hk_ops_out o[2];
	hk_ops_totals t;
	hk_ops_request q = {&p, NULL, in, 2, 2, 6};
	hk_err e;
	hk_ops_strategy_parse("staging", &s, &e);
	UNIT_TRUE(hk_ops_run(&q, &s, o, &t, &e) == HK_OK, "two days");
	UNIT_EQ_INT(o[1].op.units_on, 1, "next day: one unit, nothing held over");
	p.units = 3;
	hk_ops_strategy_parse("series", &s, &e);
	UNIT_TRUE(hk_ops_run(&q, &s, o, &t, &e) == HK_EINVAL, "series with 3 units refused");
}

int main(void)
{
	test_parse();
	test_systems();
	test_min_run();
	test_start_limit();
	test_day_reset();
	return unit_done();
}
