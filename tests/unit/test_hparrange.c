/*
 * test_hparrange.c - series vs parallel heat pumps on a COP surface
 * (lib/hparrange, issue 20 step 2).
 *
 * Surface (made up for the test, linear so that the interpolation is
 * exact): COP = 5 + 0.1·t_out − 0.08·(tw − 35), given at t_out −10, 0, 10 C
 * and tw 35, 45, 55 C: COP falls 0.08 per K of leaving water.
 * Plant 45/35 C at −5 C outdoor, the same heat:
 *   parallel: both units leave at 45 C: COP = 5 − 0.5 − 0.8 = 3.7
 *   series:   first 35 -> 40 C: COP1 = 5 − 0.5 − 0.4 = 4.1,
 *             second 40 -> 45 C: COP2 = 3.7,
 *             electricity = Q/2/4.1 + Q/2/3.7, COP = 2/(1/4.1 + 1/3.7) = 3.8897
 * so the series pair uses 1 − 3.7/3.8897 = 4.88 % less electricity.
 */
#include <math.h>
#include <string.h>

#include "hparrange.h"
#include "unit.h"

static double cop_fn(double t, double tw) { return 5 + 0.1 * t - 0.08 * (tw - 35); }

static void surface(hk_copsurf *s)
{
	static const double ts[] = {-10, 0, 10}, tws[] = {55, 35, 45}; /* any order */
	size_t i, j;
	hk_err e;
	memset(s, 0, sizeof *s);
	for (i = 0; i < 3; i++)
		for (j = 0; j < 3; j++)
			hk_copsurf_add(s, ts[i], tws[j], cop_fn(ts[i], tws[j]), &e);
}

static void test_series_beats_parallel(void)
{
	hk_copsurf s;
	hk_arr_point par, ser;
	hk_err e;
	double c1, c2, want_par, want_ser;
	surface(&s);
	UNIT_TRUE(hk_arr_cop(&s, HK_ARR_PARALLEL, -5, 45, 35, 0, &par, &e) == HK_OK, "parallel point");
	UNIT_TRUE(hk_arr_cop(&s, HK_ARR_SERIES, -5, 45, 35, 0, &ser, &e) == HK_OK, "series point");
	want_par = cop_fn(-5, 45);
	c1 = cop_fn(-5, 40), c2 = cop_fn(-5, 45);
	want_ser = 1 / (0.5 / c1 + 0.5 / c2);
	UNIT_NEAR(par.cop, want_par, 1e-9, "parallel COP = surface at 45 C (3.7)");
	UNIT_NEAR(ser.t_mid, 40, 1e-12, "series: first unit leaves at 40 C");
	UNIT_NEAR(ser.cop1, c1, 1e-9, "series: first unit COP at 40 C (4.1)");
	UNIT_NEAR(ser.cop2, c2, 1e-9, "series: second unit COP at 45 C (3.7)");
	UNIT_NEAR(ser.cop, want_ser, 1e-9, "series pair COP = heat / Σ (Q/2)/COP_i (3.8897)");
	UNIT_NEAR(1 - par.cop / ser.cop, 1 - 3.7 / want_ser, 1e-9, "series saves 4.88 % of the electricity");
	UNIT_TRUE(ser.cop > par.cop, "series beats parallel where COP falls with water temperature");
}

static void test_ranges(void)
{
	hk_copsurf s, one;
	hk_arr_point p;
	hk_err e;
	double c;
	unsigned fl = 0;
	surface(&s);
	UNIT_TRUE(hk_copsurf_at(&s, -5, 60, 0, &c, &fl, &e) == HK_ERANGE, "60 C water beyond 55 C refused");
	UNIT_TRUE(hk_copsurf_at(&s, -15, 45, 0, &c, &fl, &e) == HK_ERANGE, "-15 C beyond -10 C refused");
	UNIT_TRUE(hk_copsurf_at(&s, -5, 60, 1, &c, &fl, &e) == HK_OK && (fl & HK_COPS_EXTRAP_W),
		  "extrapolated only when allowed, and flagged");
	UNIT_NEAR(c, cop_fn(-5, 60), 1e-9, "linear extension of the end segment");
	UNIT_NEAR(hk_copsurf_tw_max(&s), 55, 0, "highest leaving water");
	memset(&one, 0, sizeof one);
	hk_copsurf_add(&one, -10, 45, 2.0, &e);
	hk_copsurf_add(&one, 7, 45, 3.5, &e);
	UNIT_TRUE(hk_arr_cop(&one, HK_ARR_SERIES, -10, 45, 35, 0, &p, &e) == HK_OK && (p.flags & HK_COPS_HELD_LOW),
		  "one water column (LT-161's kind): series first stage held at 45 C, flagged");
	UNIT_NEAR(p.cop, 2.0, 1e-12, "one column: series gains nothing the catalog can show");
	UNIT_TRUE(hk_arr_cop(&one, HK_ARR_PARALLEL, -10, 50, 40, 0, &p, &e) == HK_ERANGE,
		  "supply 50 C above the only column refused without --extrapolate");
	fl = 0;
	UNIT_TRUE(hk_copsurf_at(&one, -1.5, 40, 1, &c, &fl, &e) == HK_OK, "one column, extrapolated");
	UNIT_NEAR(c, 2.75, 1e-9, "held constant in water, linear in t_out (2 + 1.5*8.5/17)");
	surface(&s);
	UNIT_TRUE(hk_arr_cop(&s, HK_ARR_SERIES, -5, 38, 26, 0, &p, &e) == HK_OK && (p.flags & HK_COPS_HELD_LOW),
		  "first unit at 32 C, below the 35 C column: held there, flagged");
	UNIT_NEAR(p.cop1, cop_fn(-5, 35), 1e-9, "held COP is the 35 C column's (understates)");
	UNIT_TRUE(hk_arr_check_units(HK_ARR_SERIES, 33, &e) == HK_EINVAL, "series with 33 units refused");
	UNIT_TRUE(hk_arr_check_units(HK_ARR_SERIES, 34, &e) == HK_OK, "series with 34 units");
	UNIT_TRUE(hk_arr_check_units(HK_ARR_PARALLEL, 33, &e) == HK_OK, "parallel with 33 units");
}

int main(void)
{
	test_series_beats_parallel();
	test_ranges();
	return unit_done();
}
