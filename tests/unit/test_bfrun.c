/* test_bfrun.c - the physics of a borefield run that lived in the command
 * (issue 14): the peak rule, the GB 50366 limits from inlet and outlet,
 * the L4 months, and the --flow limit loop of a count sizing; numbers
 * worked by hand here or taken from the other modules' own functions. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bfcase.h"
#include "bfrun.h"
#include "unit.h"

/* Case A's %H/%C profiles and A1's injection peaks (Peere 2021, the
 * shared fixture tests/data/peere-a1.csv: bfcase.h) */
static double pH[12], pC[12], A_pinj[12];
static const double zero12[12] = {0};

/* the peak of a month is at least its mean load (GHEtool) */
static void test_peak_rule(void)
{
	double ext[2] = {7300, 7300}, inj[2] = {730, 0}, pe[2] = {5, 20}, pi[2] = {0, 0};
	hk_mload ml = {2, ext, inj, pe, pi};
	UNIT_NEAR(hk_mload_peak_kw(&ml, 0, 0), 10, 0, "peak 5 kW under a 7300 kWh month: its mean 10 kW");
	UNIT_NEAR(hk_mload_peak_kw(&ml, 1, 0), 20, 0, "peak 20 kW over the mean: the peak");
	UNIT_NEAR(hk_mload_peak_kw(&ml, 0, 1), 1, 0, "no injection peak given: 730 kWh / 730 h");
	hk_mload bare = {2, ext, inj, NULL, NULL};
	UNIT_NEAR(hk_mload_peak_kw(&bare, 1, 0), 10, 0, "no peaks at all: the mean");
	double a, b;
	hk_mload_peaks(&ml, &a, &b);
	UNIT_TRUE(a == 20 && b == 1, "largest peaks over the months: 20 kW and 1 kW");
	double he[3] = {1, 7, 2}, hi[3] = {0, 0, 3};
	hk_hload hl = {3, he, hi};
	hk_hload_peaks(&hl, &a, &b);
	UNIT_TRUE(a == 7 && b == 3, "largest hourly loads: 7 kW and 3 kW");
}

/* GB 50366-2009 §4.3.5A: inlet > 4 C in winter, outlet < 33 C in summer,
 * on the mean fluid with half the loop dT */
static void test_limits(void)
{
	/* the limits' sources as the command passes them (its option table) */
	hk_bf_limits l = {4, 33, 5, NAN, NAN, NAN, "default 4 C: GB 50366-2009 §4.3.5A, winter inlet",
			  "default 33 C: GB 50366-2009 §4.3.5A, summer outlet"};
	hk_bf_limres r;
	hk_bf_limits_eval(&l, 63.7, 150, 120, 4180, &r);
	UNIT_NEAR(r.Tf_min, 6.5, 1e-12, "Tf_min = 4 + 5/2 without a flow");
	UNIT_NEAR(r.Tf_max, 35.5, 1e-12, "Tf_max = 33 + 5/2");
	UNIT_TRUE(strstr(r.src_min, "GB 50366-2009 §4.3.5A") && strstr(r.src_min, "--loop-dt"),
		  "the derivation names the clause and the loop dT");
	hk_bf_limits_eval(&l, 63.7, 0, 120, 4180, &r);
	UNIT_NEAR(r.Tf_max, 33, 0, "no injection: no dT on the maximum");
	l.flow = 0.3; /* t0008's worked numbers: Case A1 on 12 x 10 */
	hk_bf_limits_eval(&l, 46500 / 730.0, 150, 120, 4180, &r);
	UNIT_NEAR(r.Tf_min, 4 + 46500 / 730.0 * 1000 / (120 * 0.3 * 4180) / 2, 1e-12,
		  "Tf_min = 4 + peak x 1000/(n m cp)/2 with a flow");
	UNIT_NEAR(r.Tf_max, 33 + 150 * 1000 / (120 * 0.3 * 4180) / 2, 1e-12,
		  "Tf_max = 33 + peak x 1000/(n m cp)/2");
	l.tf_min = -1;
	hk_bf_limits_eval(&l, 46500 / 730.0, 150, 120, 4180, &r);
	UNIT_TRUE(r.Tf_min == -1 && !strcmp(r.src_min, "--tf-min"), "a given Tf_min is kept");
}

static double fx[400], fy[400];

static hk_bfdesign rect_design(int n1, int n2, double B)
{
	size_t n;
	hk_layout(HK_LAYOUT_RECT, n1, n2, B, B, fx, fy, 400, &n, NULL);
	hk_bfdesign d;
	memset(&d, 0, sizeof d);
	d.ground = (hk_ground){2, 2.4e6, 12, 0, 0};
	d.n = n;
	d.x = fx;
	d.y = fy;
	d.D = 4;
	d.rb = 0.075;
	d.Rb = 0.12;
	d.Tf_min = 0;
	d.Tf_max = 20;
	d.years = 2;
	d.g_fast = 1;
	d.fluid = (hk_fluid){0.568, 998, 4180, 1e-3};
	return d;
}

/* L4 month by month: the hourly wall and fluid averaged over each 730-h
 * month, the fluid's lowest and highest hour; L3 as hk_temps_l3 */
static void test_months(void)
{
	hk_bfdesign d = rect_design(2, 2, 6);
	static double he[8760], hi[8760], Tb[2 * 8760], Tf[2 * 8760];
	for (int h = 0; h < 8760; h++) {
		he[h] = h % 24 < 8 ? 30 : 10;
		hi[h] = h % 24 >= 12 && h % 24 < 18 ? 20 : 0;
	}
	hk_hload hl = {8760, he, hi};
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	gc.h_grid = 0;
	hk_err e;
	hk_temps th = {Tb, Tf, NULL, NULL, 0, 0, 0, 0, 0, 0}, tm;
	double tb[24], tf[24], lo[24], hi2[24];
	UNIT_EQ_INT(hk_temps_l4(&d, &hl, 100, &gc, &th, &e), HK_OK, "L4 hourly runs");
	UNIT_EQ_INT(hk_temps_monthly(&d, NULL, &hl, HK_L4, 100, &gc, tb, tf, lo, hi2, &tm, &e), HK_OK,
		    "L4 months run");
	for (int m = 0; m < 24; m += 11) { /* January, December, November of year 2 */
		double sb = 0, sf = 0, mn = INFINITY, mx = -INFINITY;
		for (int h = m * 730; h < (m + 1) * 730; h++) {
			sb += Tb[h];
			sf += Tf[h];
			mn = fmin(mn, Tf[h]);
			mx = fmax(mx, Tf[h]);
		}
		UNIT_NEAR(tb[m], sb / 730, 1e-12, "L4 month: the mean wall temperature of its 730 hours");
		UNIT_NEAR(tf[m], sf / 730, 1e-12, "L4 month: the mean fluid temperature");
		UNIT_TRUE(lo[m] == mn && hi2[m] == mx, "L4 month: its lowest and highest hourly fluid");
	}
	UNIT_TRUE(tm.Tf_min == th.Tf_min && tm.Tf_max == th.Tf_max && tm.Tb == NULL,
		  "L4 months: the extremes of the hours, no arrays kept");
	double ext[12], inj[12], tb3[24], ti3[24];
	for (int m = 0; m < 12; m++) {
		ext[m] = 20000 * pH[m];
		inj[m] = 10000 * pC[m];
	}
	hk_mload ml = {12, ext, inj, zero12, A_pinj};
	hk_temps t3 = {tb3, NULL, ti3, NULL, 0, 0, 0, 0, 0, 0};
	UNIT_EQ_INT(hk_temps_l3(&d, &ml, 100, &gc, &t3, &e), HK_OK, "L3 runs");
	UNIT_EQ_INT(hk_temps_monthly(&d, &ml, NULL, HK_L3, 100, &gc, tb, tf, lo, hi2, &tm, &e), HK_OK,
		    "L3 months run");
	UNIT_TRUE(!memcmp(tb, tb3, sizeof tb3) && !memcmp(hi2, ti3, sizeof ti3) &&
		  tm.Tf_max == t3.Tf_max, "L3 months: hk_temps_l3's");
}

/* --count with --flow: the limits depend on the count (dT = peak/(n m
 * cp)); the run repeats the search with the limits of the field it found
 * until the count settles: the limits it reports are those of its count,
 * and that count is the smallest rectangle for them */
static void test_flow_loop(void)
{
	double ext[12], inj[12], pi[12];
	for (int m = 0; m < 12; m++) {
		ext[m] = 30000 * pH[m];
		inj[m] = 15000 * pC[m];
		pi[m] = A_pinj[m] / 10;
	}
	hk_bf_loads L;
	memset(&L, 0, sizeof L);
	L.ml = (hk_mload){12, ext, inj, zero12, pi};
	hk_mload_peaks(&L.ml, &L.pk_ext, &L.pk_inj);
	hk_bf_request q;
	memset(&q, 0, sizeof q);
	q.mode = HK_BF_COUNT;
	q.method = HK_L3;
	q.d = rect_design(1, 1, 6);
	q.d.n = 0;
	q.d.years = 20;
	q.limits = (hk_bf_limits){4, 33, 5, 0.3, NAN, NAN};
	q.depth = 60;
	q.spacing = 6;
	q.max_aspect = 2;
	q.max_n = 1000;
	q.loads = &L;
	hk_bf_result r;
	hk_err e;
	UNIT_EQ_INT(hk_borefield_run(&q, &r, &e), HK_OK, "count with a flow runs");
	double dt = hk_fluid_delta_t(L.pk_ext, r.d.n, 0.3, 4180);
	UNIT_NEAR(r.lim.dt_ext, dt, 1e-12, "the limits are the found count's: dT = peak x 1000/(n m cp)");
	UNIT_NEAR(r.d.Tf_min, 4 + dt / 2, 1e-12, "Tf_min = 4 + dT/2 at that count");
	UNIT_TRUE(r.lim.dt_ext < hk_fluid_delta_t(L.pk_ext, 1, 0.3, 4180),
		  "not the one-borehole limits the search started from");
	hk_bfdesign d = q.d;
	d.Tf_min = r.d.Tf_min;
	d.Tf_max = r.d.Tf_max;
	static double cx[1000], cy[1000];
	hk_count_result cr;
	UNIT_EQ_INT(hk_size_count(&d, &L.ml, NULL, HK_L3, 60, 6, 2, 1000, cx, cy, 1000, &cr, &e),
		    HK_OK, "count at those limits runs");
	UNIT_EQ_INT(cr.n, r.d.n, "at its own limits the count is the same: the loop settled");
	UNIT_TRUE(r.sz.H <= 60 + 1e-6, "the counted field needs at most --depth");
	hk_bf_result_free(&r);
}

int main(void)
{
	double ext_y, inj_y;
	UNIT_TRUE(bfcase_profiles(pH, pC, A_pinj, &ext_y, &inj_y), "fixture peere-a1.csv: months 1..12 in order");
	test_peak_rule();
	test_limits();
	test_months();
	test_flow_loop();
	return unit_done();
}
