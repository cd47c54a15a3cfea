/* test_borefield.c - temperatures and sizing against the published
 * validation cases of shared/reference/borefield-reference.md:
 * Case A (Peere et al. 2021), Case B (GHEtool), Case C (Ahmadfard &
 * Bernier 2019 test 1a), plus layouts, bad input and properties. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "borefield.h"
#include "table.h"
#include "unit.h"

/* Reference Case A (Peere et al. 2021) comes from the shared fixtures
 * tests/data/peere-a{1,2,4}.csv and peere-a3-zh.csv (the files the command
 * cases size), read through the table reader: the %H/%C profiles are
 * Case A1's months over its year; the peaks are each case's own. */
static double pH[12], pC[12], A_pinj[12], A2_pext[12], A2_pinj[12], A3_pext[12], A4_pext[12];
static const double zero12[12] = {0};

enum { F_MONTH, F_EXT, F_INJ, F_PE, F_PI, F_N };
static const hk_colspec fixture_cols[F_N] = {
	{"month", "month|月份", HK_DIM_COUNT, HK_REQUIRED | HK_POSITIVE | HK_INTEGER, "month"},
	{"ext_kwh", "ext|取热量", HK_DIM_ENERGY, HK_REQUIRED | HK_NONNEG, "ground extraction"},
	{"inj_kwh", "inj|排热量", HK_DIM_ENERGY, HK_REQUIRED | HK_NONNEG, "ground injection"},
	{"peak_ext_kw", "peak_ext|取热峰值", HK_DIM_POWER, HK_REQUIRED | HK_NONNEG, "extraction peak"},
	{"peak_inj_kw", "peak_inj|排热峰值", HK_DIM_POWER, HK_REQUIRED | HK_NONNEG, "injection peak"},
};

/* Read a fixture's 12 months (kWh, kW; an MWh header is converted); NULL
 * columns are not wanted.  Exits the test on a missing or bad file. */
static void read_case_a(const char *name, double *ext, double *inj, double *pe, double *pi)
{
	char path[256];
	hk_reader *r;
	hk_err e;
	int m = 0, rc, in_order = 1;
	char what[300];
	double *dst[F_N] = {NULL, ext, inj, pe, pi}, v[F_N];
	snprintf(path, sizeof path, "tests/data/%s", name);
	if (hk_reader_open(&r, path, NULL, &e) != HK_OK || hk_reader_bind(r, fixture_cols, F_N, &e) != HK_OK) {
		fprintf(stderr, "%s: %s (run from the top of the tree)\n", path, e.what);
		exit(2);
	}
	while ((rc = hk_reader_next(r, &e)) > 0 && m < 12) {
		for (int k = 0; k < F_N; k++)
			if (hk_reader_num(r, (size_t)k, &v[k], &e) != HK_OK) {
				fprintf(stderr, "%s: %s\n", path, e.what);
				exit(2);
			}
		in_order &= (int)v[F_MONTH] == m + 1;
		for (int k = 1; k < F_N; k++)
			if (dst[k])
				dst[k][m] = v[k];
		m++;
	}
	hk_reader_close(r);
	snprintf(what, sizeof what, "fixture %s: months 1..12 in order", name);
	UNIT_TRUE(m == 12 && rc == 0 && in_order, what);
}

/* Load the fixtures and check what the reference says of them: one %H/%C
 * profile for every case, scaled to 300/150 MWh (A1, A4) or 160/240 MWh
 * (A2, A3). */
static void load_case_a(void)
{
	double e1[12], i1[12], e[12], in[12], sh = 0, sc = 0;
	int ok;
	read_case_a("peere-a1.csv", e1, i1, NULL, A_pinj);
	for (int m = 0; m < 12; m++) {
		sh += e1[m];
		sc += i1[m];
	}
	UNIT_NEAR(sh, 300000, 1e-6, "Case A1: 300 MWh extraction a year (Peere 2021)");
	UNIT_NEAR(sc, 150000, 1e-6, "Case A1: 150 MWh injection a year (Peere 2021)");
	for (int m = 0; m < 12; m++) {
		pH[m] = e1[m] / sh;
		pC[m] = i1[m] / sc;
	}
	read_case_a("peere-a2.csv", e, in, A2_pext, A2_pinj);
	ok = 1;
	for (int m = 0; m < 12; m++)
		ok &= fabs(e[m] - 160000 * pH[m]) < 1e-6 && fabs(in[m] - 240000 * pC[m]) < 1e-6;
	UNIT_TRUE(ok, "Case A2: 160/240 MWh with the same profiles");
	read_case_a("peere-a3-zh.csv", e, in, A3_pext, NULL);
	ok = 1;
	for (int m = 0; m < 12; m++)
		ok &= fabs(e[m] - 160000 * pH[m]) < 1e-6 && fabs(in[m] - 240000 * pC[m]) < 1e-6;
	UNIT_TRUE(ok, "Case A3 (MWh, Chinese headers): 160/240 MWh with the same profiles");
	read_case_a("peere-a4.csv", e, in, A4_pext, NULL);
	ok = 1;
	for (int m = 0; m < 12; m++)
		ok &= fabs(e[m] - 300000 * pH[m]) < 1e-6 && fabs(in[m] - 150000 * pC[m]) < 1e-6;
	UNIT_TRUE(ok, "Case A4: 300/150 MWh with the same profiles");
}

static double fx[400], fy[400];

static hk_bfdesign rect_design(int n1, int n2, double B, double k, double Rb)
{
	size_t n;
	hk_layout(HK_LAYOUT_RECT, n1, n2, B, B, fx, fy, 400, &n, NULL);
	hk_bfdesign d;
	memset(&d, 0, sizeof d);
	d.ground = (hk_ground){k, 2.4e6, 10.0, 0, 0};
	d.n = n;
	d.x = fx;
	d.y = fy;
	d.D = 4;
	d.rb = 0.075;
	d.Rb = Rb;
	d.Tf_min = 0;
	d.Tf_max = 16;
	d.years = 20;
	return d;
}

static void loads(double ext_y, double inj_y, double *ext, double *inj)
{
	for (int i = 0; i < 12; i++) {
		ext[i] = ext_y * pH[i];
		inj[i] = inj_y * pC[i];
	}
}

static void size_case(const char *name, hk_bfdesign *d, hk_gcache *gc,
		      double ext_y, double inj_y, const double *pe,
		      const double *pi, double L2, double L3, int quad,
		      double tol)
{
	double ext[12], inj[12];
	char what[200];
	loads(ext_y, inj_y, ext, inj);
	hk_mload ml = {12, ext, inj, pe, pi};
	hk_sizing r;
	hk_err e;
	if (L2 > 0) {
		hk_status st = hk_size_depth(d, &ml, NULL, HK_L2, gc, &r, &e);
		snprintf(what, sizeof what, "%s L2 sizes", name);
		UNIT_EQ_INT(st, HK_OK, what);
		snprintf(what, sizeof what, "%s L2 depth (published %.3f m)", name, L2);
		UNIT_REL(r.H, L2, tol, what);
		if (quad) {
			snprintf(what, sizeof what, "%s L2 limiting quadrant", name);
			UNIT_EQ_INT(r.quadrant, quad, what);
		}
	}
	hk_status st = hk_size_depth(d, &ml, NULL, HK_L3, gc, &r, &e);
	snprintf(what, sizeof what, "%s L3 sizes", name);
	UNIT_EQ_INT(st, HK_OK, what);
	snprintf(what, sizeof what, "%s L3 depth (published %.3f m)", name, L3);
	UNIT_REL(r.H, L3, tol, what);
	if (quad) {
		snprintf(what, sizeof what, "%s L3 limiting quadrant", name);
		UNIT_EQ_INT(r.quadrant, quad, what);
		snprintf(what, sizeof what, "%s binding limit met exactly", name);
		UNIT_NEAR(r.limit > 0 ? r.Tf_max : r.Tf_min, r.limit > 0 ? 16.0 : 0.0,
			  1e-3, what);
	}
}

static void test_case_a(void)
{
	/* Peere et al. 2021 (reference Case A): 12 x 10, B 6.5, k 3.5, Rb* 0.2 */
	hk_bfdesign d = rect_design(12, 10, 6.5, 3.5, 0.2);
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	size_case("Case A1 (Peere 2021)", &d, &gc, 300000, 150000, zero12, A_pinj,
		  56.749, 56.77, 1, 0.005);
	size_case("Case A2 (Peere 2021)", &d, &gc, 160000, 240000, A2_pext, A2_pinj,
		  117.223, 118.712, 2, 0.005);
	size_case("Case A3 (Peere 2021)", &d, &gc, 160000, 240000, A3_pext, zero12,
		  66.941, 66.869, 3, 0.005);
	size_case("Case A4 (Peere 2021)", &d, &gc, 300000, 150000, A4_pext, A_pinj,
		  91.266, 91.459, 4, 0.005);
}

/* the accurate L3 sizing of Case A1 from a fresh cache: the rough start
 * lays the fast grid through its depth, so the fast pre-sizing needs the
 * two tables around its answer (not also one at 100 m), and the anchored
 * iteration one accurate table */
/* an L3 sizing of a Case A load (yearly energies, peaks) from a fresh cache */
static hk_status fresh_l3(const hk_bfdesign *d, double ext_y, double inj_y,
			  const double *pe, const double *pi, hk_gcache *gc,
			  hk_sizing *r)
{
	double ext[12], inj[12];
	loads(ext_y, inj_y, ext, inj);
	hk_mload ml = {12, ext, inj, pe, pi};
	hk_err e;
	hk_gcache_init(gc, d);
	return hk_size_depth(d, &ml, NULL, HK_L3, gc, r, &e);
}

static void test_start(void)
{
	hk_bfdesign d = rect_design(12, 10, 6.5, 3.5, 0.2);
	hk_gcache gc;
	hk_sizing r;
	UNIT_EQ_INT(fresh_l3(&d, 300000, 150000, zero12, A_pinj, &gc, &r), HK_OK,
		    "Case A1 L3 from a fresh cache");
	UNIT_REL(r.H, 56.77, 0.005, "Case A1 L3 depth (published 56.77 m)");
	UNIT_TRUE(gc.h_origin > 0 && fabs(gc.h_origin / r.H - 1) < 0.1,
		  "the depth grid laid within 10 % of the answer");
	UNIT_EQ_INT((int)gc.computed_fast, 2, "two fast tables");
	UNIT_EQ_INT((int)gc.computed, 1, "one accurate table");
	/* fast mode: the fast tables are the design's own */
	d.g_fast = 1;
	UNIT_EQ_INT(fresh_l3(&d, 300000, 150000, zero12, A_pinj, &gc, &r), HK_OK,
		    "Case A1 L3 fast from a fresh cache");
	UNIT_REL(r.H, 56.77, 0.005, "Case A1 L3 fast depth (published 56.77 m)");
	UNIT_EQ_INT((int)gc.computed, 2, "fast mode: the two tables around the answer");
	/* when the minimum limit binds (Case A3), the grid is laid through
	 * its rough depth, not the maximum's (53 m, 20 % shallow) */
	d.g_fast = 0;
	UNIT_EQ_INT(fresh_l3(&d, 160000, 240000, A3_pext, zero12, &gc, &r), HK_OK,
		    "Case A3 L3 from a fresh cache");
	UNIT_EQ_INT(r.limit, -1, "Case A3: the minimum binds");
	UNIT_REL(r.H, 66.869, 0.005, "Case A3 L3 depth (published 66.869 m)");
	UNIT_TRUE(gc.h_origin > 0 && fabs(gc.h_origin / r.H - 1) < 0.1,
		  "Case A3: the depth grid laid within 10 % of the answer");
}

/* a sizing with the cache's grid, anchor and pre-sizings against one on
 * exact tables at every depth (h_grid 0: none of them) */
static double exact_depth(const hk_bfdesign *d, const hk_mload *ml, int *st)
{
	hk_gcache gc;
	hk_gcache_init(&gc, d);
	gc.h_grid = 0;
	gc.anchor_tol = 0;
	hk_sizing r;
	hk_err e;
	*st = hk_size_depth(d, ml, NULL, HK_L3, &gc, &r, &e);
	return r.H;
}

/* A geothermal gradient of 3 K/100 m under a cooling-dominated field with
 * a low maximum (14.7 C): deeper ground is warmer, so the maximum fluid
 * temperature has a minimum over depth, the rough (uniform heat rate)
 * pre-sizing finds no depth and the fixed point wanders.  The sizing must
 * still find the depth the exact tables give (pre-sizings are only a
 * start); at 14.5 C no depth meets the limit, and the error says how
 * close the best depth comes. */
static void test_gradient(void)
{
	hk_bfdesign d = rect_design(12, 10, 6.5, 3.5, 0.2);
	d.ground.gradient = 3;
	d.Tf_max = 14.7;
	double ext[12], inj[12], pe[12], pi[12];
	loads(20000, 80000, ext, inj);
	for (int i = 0; i < 12; i++) {
		pe[i] = 0.4 * A2_pext[i];
		pi[i] = 0.4 * A2_pinj[i];
	}
	hk_mload ml = {12, ext, inj, pe, pi};
	int st;
	double Hx = exact_depth(&d, &ml, &st);
	UNIT_EQ_INT(st, HK_OK, "gradient: sizes on exact tables");
	for (int fast = 0; fast < 2; fast++) {
		hk_bfdesign df = d;
		df.g_fast = fast;
		double Hf = fast ? exact_depth(&df, &ml, &st) : Hx;
		hk_gcache gc;
		hk_gcache_init(&gc, &df);
		hk_sizing r;
		hk_err e;
		UNIT_EQ_INT(hk_size_depth(&df, &ml, NULL, HK_L3, &gc, &r, &e), HK_OK,
			    fast ? "gradient: fast sizing runs" : "gradient: sizing runs");
		UNIT_REL(r.H, Hf, 5e-4, fast ? "gradient: fast depth as on exact tables"
				       : "gradient: depth as on exact tables");
		UNIT_NEAR(r.Tf_max, 14.7, 2e-3, "gradient: the maximum met");
	}
	d.Tf_max = 14.5;
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	hk_sizing r;
	hk_err e;
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, &gc, &r, &e), HK_ENOSOL,
		    "gradient, 14.5 C: no depth");
	UNIT_TRUE(strstr(e.what, "comes closest") && strstr(e.what, "raise the limit"),
		  "gradient, 14.5 C: says how close and what would help");
	UNIT_TRUE(gc.computed <= 2, "gradient, 14.5 C: the scan runs on the fast tables");

	/* 4 K/100 m, half the loads, 13.9 C: the fixed point steps into ground
	 * warmer than the limit and the scan brackets the answer; it must be
	 * the shallowest depth that meets the limit (exactly met there, broken
	 * 1 % shallower) */
	d.ground.gradient = 4;
	d.Tf_max = 13.9;
	for (int i = 0; i < 12; i++) {
		ext[i] *= 0.5;
		inj[i] *= 0.5;
		pe[i] *= 0.5;
		pi[i] *= 0.5;
	}
	hk_gcache_init(&gc, &d);
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, &gc, &r, &e), HK_OK,
		    "gradient 4 K/100 m, 13.9 C: sizes");
	UNIT_NEAR(r.Tf_max, 13.9, 2e-3, "gradient 4 K/100 m: the maximum met");
	double tb[240];
	hk_temps t = {tb, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0};
	UNIT_EQ_INT(hk_temps_l3(&d, &ml, 0.99 * r.H, &gc, &t, &e), HK_OK,
		    "gradient 4 K/100 m: temperatures 1 % shallower");
	UNIT_TRUE(t.Tf_max > 13.9, "gradient 4 K/100 m: 1 % shallower breaks the maximum");
	UNIT_REL(r.H, exact_depth(&d, &ml, &st), 5e-4,
		 "gradient 4 K/100 m: depth as on exact tables");

	/* the same on fast tables with H_min 55.5 m (the scan's first grid
	 * depth lies above it) and with H_max 100 m (a secant step lands far
	 * beyond it): both must find the depth an unbounded sizing finds */
	d.g_fast = 1;
	hk_gcache_init(&gc, &d);
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, &gc, &r, &e), HK_OK, "gradient, fast: sizes");
	double Hf = r.H;
	d.H_min = 55.5;
	hk_gcache_init(&gc, &d);
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, &gc, &r, &e), HK_OK,
		    "gradient, fast, H_min 55.5 m: sizes");
	UNIT_REL(r.H, Hf, 2e-4, "gradient, fast, H_min 55.5 m: not a grid step deeper");
	d.H_min = 0;
	d.H_max = 100;
	hk_gcache_init(&gc, &d);
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, &gc, &r, &e), HK_OK,
		    "gradient, fast, H_max 100 m: sizes (no false 'too deep')");
	UNIT_REL(r.H, Hf, 2e-4, "gradient, fast, H_max 100 m: the same depth");
}

/* injection from January to June, then a small extraction peak in July:
 * at 100 m the minimum never comes near its limit, but a shallow field
 * dips below it in the first July; the depth where it just holds must be
 * found, not H_min (20 m, where Tf_min is 9.26 C) */
static void test_shallow_min(void)
{
	hk_bfdesign d = rect_design(4, 4, 5, 2, 0.1);
	d.D = 1.5;
	d.Tf_min = 9.75;
	d.Tf_max = 40;
	d.H_min = 20;
	double ext[12] = {0}, inj[12] = {0}, pe[12] = {0};
	for (int m = 0; m < 6; m++)
		inj[m] = 7500;
	ext[6] = 50;
	pe[6] = 10;
	hk_mload ml = {12, ext, inj, pe, zero12};
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	hk_sizing r;
	hk_err e;
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, &gc, &r, &e), HK_OK, "shallow minimum: sizes");
	UNIT_NEAR(r.Tf_min, 9.75, 2e-3, "shallow minimum: Tf_min met at the size");
	UNIT_TRUE(r.H > 20.5, "shallow minimum: deeper than H_min");
	double tb[240];
	hk_temps t = {tb, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0};
	UNIT_EQ_INT(hk_temps_l3(&d, &ml, 0.99 * r.H, &gc, &t, &e), HK_OK, "shallow minimum: 1 % shallower");
	UNIT_TRUE(t.Tf_min < 9.75, "shallow minimum: 1 % shallower breaks it");
	d.Tf_max = 30; /* a maximum that holds from about 21 m: still sizes */
	hk_gcache_init(&gc, &d);
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, &gc, &r, &e), HK_OK,
		    "shallow minimum with a 30 C maximum: sizes");
	UNIT_NEAR(r.Tf_min, 9.75, 2e-3, "shallow minimum with a 30 C maximum: Tf_min met");
}

static void check_series(const char *name, const double *got, const double *want)
{
	char what[200];
	for (int i = 0; i < 12; i++) {
		snprintf(what, sizeof what, "%s month %d (GHEtool, reference Case B)",
			 name, i + 1);
		UNIT_NEAR(got[i], want[i], 0.05, what);
	}
}

static void test_case_b(void)
{
	/* GHEtool main functionalities (reference Case B): 10 x 12, B 6, k 3 */
	static const double ti1[12] = {9.410, 9.445, 9.826, 10.454, 11.714, 12.997, 13.770, 14.355, 12.558, 10.259, 9.556, 9.174};
	static const double ti20[12] = {6.679, 6.750, 7.159, 7.817, 9.113, 10.436, 11.254, 11.881, 10.118, 7.847, 7.166, 6.803};
	static const double te20[12] = {3.859, 4.144, 4.842, 5.704, 6.398, 7.380, 7.884, 8.051, 6.703, 5.768, 4.951, 4.392};
	static const double tb1[12] = {8.971, 8.962, 9.007, 9.102, 9.389, 9.940, 10.400, 10.526, 9.813, 9.514, 9.149, 8.763};
	hk_bfdesign d = rect_design(10, 12, 6.0, 3.0, 0.12);
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	double ext[12], inj[12];
	loads(300000, 160000, ext, inj);
	hk_mload ml = {12, ext, inj, A2_pext, A2_pinj};
	static double tb[240], ti[240], te[240];
	hk_temps t = {tb, NULL, ti, te, 0, 0, 0, 0, 0, 0};
	hk_err e;
	UNIT_EQ_INT(hk_temps_l3(&d, &ml, 90.0, &gc, &t, &e), HK_OK, "Case B H=90 L3 runs");
	check_series("Case B Tf peak injection year 1", ti, ti1);
	check_series("Case B Tf peak injection year 20", ti + 228, ti20);
	check_series("Case B Tf peak extraction year 20", te + 228, te20);
	check_series("Case B Tb year 1", tb, tb1);

	size_case("Case B Rb*=0.12 (GHEtool)", &d, &gc, 300000, 160000, A2_pext, A2_pinj,
		  65.451, 65.430, 1, 0.005);
	d.Rb = 0.2;
	size_case("Case B Rb*=0.2 (GHEtool)", &d, &gc, 300000, 160000, A2_pext, A2_pinj,
		  92.07, 91.99, 0, 0.005);
	hk_utube u = {2, 0.075, 0.015, 0.02, 0.05, 1.0, 0.4, 0, 0};
	d.Rb = 0;
	d.utube = &u;
	d.fluid = (hk_fluid){0.568, 998, 4180, 1e-3};
	d.m_flow = 0.2;
	size_case("Case B double U, dynamic Rb* (GHEtool)", &d, &gc, 300000, 160000,
		  A2_pext, A2_pinj, 52.70, 52.73, 0, 0.005);
}

static void test_case_c(void)
{
	/* Ahmadfard & Bernier 2019 test 1a (reference Case C), GHEtool sizes */
	static const double ext[12] = {448.226, 352.203, 129.939, 0, 0, 0, 0, 0, 0, 119.012, 364.538, 485.436};
	static const double inj[12] = {0, 0, 0, 122.259, 347.843, 504.194, 444.032, 356.131, 132.799, 0, 0, 0};
	static const double pe[12] = {4.401, 3.707, 2.103, 0, 0, 0, 0, 0, 0, 1.968, 3.746, 4.427};
	static const double pi[12] = {0, 0, 0, 2.002, 3.765, 4.428, 4.405, 3.726, 2.137, 0, 0, 0};
	double x = 0, y = 0;
	hk_bfdesign d;
	memset(&d, 0, sizeof d);
	d.ground = (hk_ground){1.8, 2073600, 17.5, 0, 0};
	d.n = 1;
	d.x = &x;
	d.y = &y;
	d.D = 4;
	d.rb = 0.075;
	d.Rb = 0.13;
	d.Tf_min = -1.3259;
	d.Tf_max = 36.3259;
	d.years = 10;
	hk_mload ml = {12, ext, inj, pe, pi};
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	hk_sizing r;
	hk_err e;
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, &gc, &r, &e), HK_OK, "Case C L3 sizes");
	UNIT_REL(r.H, 60.01, 0.01, "Case C L3 depth, Rb* 0.13 (GHEtool 60.01 m)");
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L2, &gc, &r, &e), HK_OK, "Case C L2 sizes");
	UNIT_REL(r.H, 59.83, 0.01, "Case C L2 depth, Rb* 0.13 (GHEtool 59.83 m)");
	hk_utube u = {1, 0.075, 0.0137, 0.0167, 0.0375, 1.4, 0.43, 0, 0};
	d.Rb = 0;
	d.utube = &u;
	d.fluid = (hk_fluid){0.48, 1052, 3795, 0.0052};
	d.m_flow = 0.44;
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, &gc, &r, &e), HK_OK,
		    "Case C L3 sizes with computed Rb*");
	UNIT_REL(r.Rb, 0.128, 0.02, "Case C computed Rb* (GHEtool 0.128)");
	UNIT_REL(r.H, 59.54, 0.01, "Case C L3 depth with computed Rb* (GHEtool 59.54 m)");

	/* best layout on a 6 x 6 m plot at 6 m spacing (property check):
	 * the winner's length is the fewest metres among 1, 2 and 4 holes */
	d.Rb = 0.13;
	d.utube = NULL;
	d.H_max = 150;
	static double bx[16], by[16];
	hk_layout_result lr;
	UNIT_EQ_INT(hk_best_layout(&d, &ml, HK_L3, 6, 6, 6, bx, by, 16, &lr, &e), HK_OK,
		    "best layout runs");
	UNIT_TRUE(lr.n >= 1 && lr.n <= 4 && lr.evaluated >= 1, "best layout has 1..4 holes");
	UNIT_NEAR(lr.total_m, lr.sizing.H * lr.n, 1e-9, "total = depth x count");
	UNIT_TRUE(lr.total_m <= 60.2, "no more metres than the single borehole (60.01 m)");
}

static void test_layouts(void)
{
	double x[200], y[200];
	size_t n;
	UNIT_EQ_INT(hk_layout_count(HK_LAYOUT_RECT, 12, 10), 120, "rectangle 12x10 has 120");
	UNIT_EQ_INT(hk_layout_count(HK_LAYOUT_BOX, 5, 4), 14, "box 5x4 has 14 (perimeter)");
	UNIT_EQ_INT(hk_layout_count(HK_LAYOUT_L, 4, 3), 6, "L 4,3 has 6");
	UNIT_EQ_INT(hk_layout_count(HK_LAYOUT_U, 4, 3), 8, "U 4,3 has 8");
	UNIT_EQ_INT(hk_layout_count(HK_LAYOUT_LINE, 5, 0), 5, "line of 5");
	UNIT_EQ_INT(hk_layout(HK_LAYOUT_BOX, 5, 4, 6, 6, x, y, 200, &n, NULL), HK_OK, "box layout");
	UNIT_EQ_INT(n, 14, "box layout writes 14");
	UNIT_EQ_INT(hk_field_check(x, y, n, 0.075, NULL), HK_OK, "box layout is valid");
	UNIT_EQ_INT(hk_layout_parse("U"), HK_LAYOUT_U, "layout names parse");
	UNIT_EQ_INT(hk_layout_parse("hexagon"), -1, "unknown layout name");
}

static void test_bad_input(void)
{
	hk_bfdesign d = rect_design(3, 3, 6, 3.0, 0.12);
	double ext[12], inj[12];
	loads(30000, 16000, ext, inj);
	hk_mload ml = {12, ext, inj, NULL, NULL};
	hk_sizing r;
	hk_err e;
	d.ground.k = 0;
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, NULL, &r, &e), HK_EINVAL,
		    "zero conductivity rejected");
	UNIT_TRUE(strstr(e.what, "conductivity") != NULL, "message names the conductivity");
	d.ground.k = -1;
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, NULL, &r, &e), HK_EINVAL,
		    "negative conductivity rejected");
	d.ground.k = 3;
	double ox[2] = {0, 0.1}, oy[2] = {0, 0};
	UNIT_EQ_INT(hk_field_check(ox, oy, 2, 0.075, &e), HK_EINVAL,
		    "spacing smaller than the diameter rejected");
	UNIT_TRUE(strstr(e.what, "boreholes 1 and 2") != NULL, "message names the pair");
	double cx[3] = {0, 6, 0}, cy[3] = {0, 0, 0};
	UNIT_EQ_INT(hk_field_check(cx, cy, 3, 0.075, &e), HK_EINVAL,
		    "coinciding boreholes rejected");
	UNIT_TRUE(strstr(e.what, "boreholes 1 and 3") != NULL, "message names 1 and 3");
	hk_mload bad = {11, ext, inj, NULL, NULL};
	UNIT_EQ_INT(hk_size_depth(&d, &bad, NULL, HK_L3, NULL, &r, &e), HK_EINVAL,
		    "11 months rejected");
	UNIT_TRUE(strstr(e.what, "11 months") != NULL, "message gives the month count");
	double h[8759] = {0};
	hk_hload hl = {8759, h, NULL};
	UNIT_EQ_INT(hk_hload_check(&hl, 20, &e), HK_EINVAL, "8759 hours rejected");
	d.Tf_min = 11;
	d.Tf_max = 16;
	UNIT_EQ_INT(hk_size_depth(&d, &ml, NULL, HK_L3, NULL, &r, &e), HK_ENOSOL,
		    "limit band above the ground temperature rejected");
	UNIT_TRUE(strstr(e.what, "excludes the ground temperature") != NULL,
		  "message says the band excludes Tg");
	/* limits too tight for any depth: maximum 10.05 C over Tg 10 C with
	 * 1000 m allowed */
	d.Tf_min = 0;
	d.Tf_max = 10.05;
	hk_status st = hk_size_depth(&d, &ml, NULL, HK_L3, NULL, &r, &e);
	UNIT_EQ_INT(st, HK_ENOSOL, "unsizable field gives no solution");
	UNIT_TRUE(strstr(e.what, "maximum") != NULL, "message names the maximum limit");
}

static void test_properties(void)
{
	/* building -> ground loads (heat pump energy balance, issue 5) */
	UNIT_NEAR(hk_extraction_from_heating(100, 4), 75, 1e-12, "extraction = Q (1 - 1/COP)");
	UNIT_NEAR(hk_injection_from_cooling(100, 4), 125, 1e-12, "injection = Q (1 + 1/EER)");
	UNIT_NEAR(hk_rule_of_thumb_length(45, 50), 900, 1e-9, "45 kW at 50 W/m is 900 m");
	UNIT_NEAR(hk_fluid_delta_t(4.428, 1, 0.44, 3795) / 2, 1.3259, 1e-4,
		  "Case C: limits widened by dT/2 = 1.3259 K at the largest peak 4.428 kW (reference Case C)");

	hk_bfdesign d = rect_design(12, 10, 6.5, 3.5, 0.2);
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	gc.h_grid = 0;
	double ext[12], inj[12];
	loads(300000, 150000, ext, inj);
	hk_mload ml = {12, ext, inj, zero12, A_pinj};
	hk_balance b;
	hk_err e;
	UNIT_EQ_INT(hk_thermal_balance(&d, &ml, 56.77, &gc, &b, &e), HK_OK, "balance runs");
	UNIT_NEAR(b.imbalance, -0.5, 1e-12, "Case A1 imbalance (150-300)/300");
	UNIT_TRUE(b.drift_K < 0, "extraction-dominated field cools down");
	/* drift under a constant net injection q: Tb after m months is
	 * Tg + q g(m x 730 h)/(2 pi k N H) (the step response), so the drift
	 * is q/(2 pi k N H) x (mean g over the last year's month ends - mean
	 * over the first year's) */
	{
		double inj_c[12], q = 50000.0 / 730 * 1000; /* W */
		for (int m = 0; m < 12; m++)
			inj_c[m] = 50000;
		hk_mload mc = {12, zero12, inj_c, zero12, zero12};
		UNIT_EQ_INT(hk_thermal_balance(&d, &mc, 80, &gc, &b, &e), HK_OK, "balance, constant load");
		const hk_gtable *gt;
		UNIT_EQ_INT(hk_gcache_get(&gc, 80, &gt, &e), HK_OK, "g-table at 80 m");
		double g1 = 0, g20 = 0;
		for (int m = 1; m <= 12; m++) {
			g1 += hk_gtable_eval(gt, m * 730 * 3600.0) / 12;
			g20 += hk_gtable_eval(gt, (228 + m) * 730 * 3600.0) / 12;
		}
		UNIT_REL(b.drift_K, q / (2 * M_PI * 3.5 * 120 * 80) * (g20 - g1), 1e-9,
			 "drift of a constant injection: the step response's last year minus its first");
		UNIT_REL(b.imbalance, 1.0, 1e-12, "injection only: imbalance 1");
	}

	/* L4 with every hour at its month's mean equals L3 at month ends */
	static double he[8760], hi[8760];
	for (int h = 0; h < 8760; h++) {
		int m = h / 730;
		he[h] = ext[m] / 730;
		hi[h] = inj[m] / 730;
	}
	hk_hload hl = {8760, he, hi};
	d.years = 2;
	hk_gcache gc2;
	hk_gcache_init(&gc2, &d);
	gc2.h_grid = 0;
	static double tbh[8760 * 2];
	double tbm[24];
	hk_temps th = {tbh, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0};
	hk_temps tm = {tbm, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0};
	UNIT_EQ_INT(hk_temps_l4(&d, &hl, 80, &gc2, &th, &e), HK_OK, "L4 runs");
	UNIT_EQ_INT(hk_temps_l3(&d, &ml, 80, &gc2, &tm, &e), HK_OK, "L3 runs");
	double dmax = 0;
	for (int m = 0; m < 24; m++)
		dmax = fmax(dmax, fabs(tbh[(m + 1) * 730 - 1] - tbm[m]));
	UNIT_NEAR(dmax, 0.0, 0.01, "L4 Tb at month ends equals L3 Tb for flat months (consistency)");

	/* hybrid: a field too short for the cooling peaks gets a tower */
	d.years = 20;
	hk_gcache gc3;
	hk_gcache_init(&gc3, &d);
	gc3.h_grid = 0;
	hk_hybrid hy;
	UNIT_EQ_INT(hk_hybrid_size(&d, &ml, NULL, 45.0, &gc3, &hy, &e), HK_OK, "hybrid sizing runs");
	UNIT_TRUE(hy.cool_kw > 0 && hy.Tf_max <= 16.0 + 1e-6,
		  "auxiliary cooling keeps the maximum at 16 C");
	UNIT_TRUE(hy.Tf_min >= 0.0 - 1e-6, "and the minimum above 0 C");

	/* count sizing at the Case A1 depth: the count found needs <= H
	 * (fast tables: a property check, not a published number) */
	hk_count_result cr;
	d.g_fast = 1;
	static double cx[400], cy[400];
	UNIT_EQ_INT(hk_size_count(&d, &ml, NULL, HK_L3, 60.0, 6.5, 1.5, 400, cx, cy, 400,
				  &cr, &e), HK_OK, "count sizing runs");
	UNIT_TRUE(cr.sizing.H <= 60.0 + 1e-6 && cr.n >= 100 && cr.n <= 130,
		  "about 110 boreholes of <= 60 m carry Case A1");
}

/* what a search reported through its progress callback */
typedef struct {
	size_t calls, in_order, last_done, total;
	int other; /* reports of anything but the layouts (the final sizing) */
} prog_log;

static void prog_count(void *ctx, size_t done, size_t total, const char *what)
{
	prog_log *l = ctx;
	if (strcmp(what, "searching layouts")) {
		l->other++;
		return;
	}
	l->calls++;
	l->in_order += done == l->last_done + 1;
	l->last_done = done;
	l->total = total;
}

/* the best layout on a 36 x 24 m plot at 6 m, against every rectangle and
 * open rectangle sized one by one here (fast tables, as the search sizes
 * them): the search may skip layouts (pruned) but must find the fewest
 * metres, and the skipping must have happened */
static void test_land(void)
{
	hk_bfdesign d = rect_design(1, 1, 6, 2, 0.12);
	d.ground.Tg = 12;
	d.g_fast = 1;
	d.H_min = 20;
	d.H_max = 150;
	double ext[12], inj[12], pi[12];
	loads(60000, 30000, ext, inj); /* Case A1 at a fifth */
	for (int m = 0; m < 12; m++)
		pi[m] = 0.2 * A_pinj[m];
	hk_mload ml = {12, ext, inj, zero12, pi};
	static double lx[100], ly[100];
	hk_layout_result lr;
	hk_err e;
	prog_log pl = {0};
	hk_progress prog = {prog_count, &pl};
	d.progress = &prog;
	UNIT_EQ_INT(hk_best_layout(&d, &ml, HK_L3, 36, 24, 6, lx, ly, 100, &lr, &e), HK_OK,
		    "best layout on 36 x 24 m runs");
	d.progress = NULL;
	/* 7 x 5 places on the plot; each pair a x b (b <= a) once: rectangles
	 * 1+2+3+4+5+5+5 = 25 (b <= 5), open rectangles with sides >= 3
	 * 1+2+3+3+3 = 12: 37 layouts, each reported once, in order */
	UNIT_EQ_INT((int)pl.calls, 37, "progress: one report per layout of the 37 on the plot");
	UNIT_EQ_INT((int)pl.total, 37, "progress: out of 37");
	UNIT_EQ_INT((int)pl.in_order, 37, "progress: 1, 2, ... 37");
	UNIT_EQ_INT(pl.other, 0, "progress: the sizings inside the search do not report (fast search)");
	double best = INFINITY;
	for (int kind = HK_LAYOUT_RECT; kind <= HK_LAYOUT_BOX; kind++)
		for (int n1 = 1; n1 <= 7; n1++)
			for (int n2 = 1; n2 <= 5; n2++) {
				size_t n;
				if (kind == HK_LAYOUT_BOX && (n1 < 3 || n2 < 3))
					continue;
				hk_layout((hk_layout_kind)kind, n1, n2, 6, 6, fx, fy, 400, &n, NULL);
				hk_bfdesign dk = d;
				dk.n = n;
				dk.x = fx;
				dk.y = fy;
				hk_gcache gc;
				hk_gcache_init(&gc, &dk);
				hk_sizing r;
				if (hk_size_depth(&dk, &ml, NULL, HK_L3, &gc, &r, &e) == HK_OK &&
				    r.H <= 150)
					best = fmin(best, r.H * (double)n);
			}
	UNIT_REL(lr.total_m, best, 1e-4, "best layout: the fewest metres of all rectangles and boxes");
	UNIT_TRUE(lr.pruned > 0 && lr.evaluated + lr.pruned > lr.evaluated,
		  "best layout: some layouts skipped by the tie-depth check");
}

/* the month of the L3 load model, written out here from the header's
 * words: a block of tp hours at P on a flat base carrying the rest of E */
static double above(double E, double P, double tp, double c)
{
	if (P <= c)
		return 0;
	if (P * tp >= E)
		return (P - c) * E / P;
	double base = (E - P * tp) / (730 - tp);
	return (P - c) * tp + (base > c ? (base - c) * (730 - tp) : 0);
}

/* hybrid sizing at a fixed depth, monthly and hourly: the temperatures
 * with the caps meet the limit, 1 % less auxiliary capacity breaks it,
 * and the auxiliary energy is the load above the cap (recomputed here) */
static void test_hybrid(void)
{
	hk_bfdesign d = rect_design(12, 10, 6.5, 3.5, 0.2);
	d.years = 5;
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	gc.h_grid = 0;
	double ext[12], inj[12], pi[12];
	loads(300000, 150000, ext, inj);
	hk_mload ml = {12, ext, inj, zero12, A_pinj};
	hk_hybrid hy;
	hk_err e;
	UNIT_EQ_INT(hk_hybrid_size(&d, &ml, NULL, 45.0, &gc, &hy, &e), HK_OK,
		    "monthly hybrid at 45 m runs");
	UNIT_NEAR(hy.Tf_max, 16.0, 2e-3, "monthly hybrid: Tf_max at the limit");
	double cap = 150 - hy.cool_kw, aux = 0, inj2[12];
	for (int m = 0; m < 12; m++) {
		double P = fmax(A_pinj[m], inj[m] / 730);
		double a = above(inj[m], P, 6, cap);
		aux += a;
		inj2[m] = inj[m] - a;
		pi[m] = fmin(P, cap);
	}
	UNIT_REL(hy.cool_kwh_y, aux, 1e-9, "monthly hybrid: energy above the cap (L3 month)");
	UNIT_TRUE(hy.cool_kwh_y <= hy.cool_kw * 6 * 12 + 1e-9,
		  "monthly hybrid: no more than one 6 h block a month above the cap");
	/* 1 % less tower: the cap 1 % of the tower higher */
	double cap2 = cap + 0.01 * hy.cool_kw;
	for (int m = 0; m < 12; m++) {
		double P = fmax(A_pinj[m], inj[m] / 730);
		inj2[m] = inj[m] - above(inj[m], P, 6, cap2);
		pi[m] = fmin(P, cap2);
	}
	hk_mload ml2 = {12, ext, inj2, zero12, pi};
	hk_temps t = {0};
	UNIT_EQ_INT(hk_temps_l3(&d, &ml2, 45.0, &gc, &t, &e), HK_OK, "L3 with a smaller tower");
	UNIT_TRUE(t.Tf_max > 16.0, "monthly hybrid: 1 % less tower breaks Tf_max");

	/* hourly: Case A1's months flat, plus a 6 h injection peak every
	 * afternoon at the month's peak (A_pinj); 5 years of one repeated */
	static double he[8760], hi[8760], hc[8760];
	for (int h = 0; h < 8760; h++) {
		int m = h / 730, hod = h % 24;
		he[h] = ext[m] / 730;
		hi[h] = hod >= 14 && hod < 20 ? fmax(A_pinj[m], inj[m] / 730) : inj[m] / 730;
	}
	hk_hload hl = {8760, he, hi};
	UNIT_EQ_INT(hk_hybrid_size(&d, NULL, &hl, 45.0, &gc, &hy, &e), HK_OK,
		    "hourly hybrid at 45 m runs");
	UNIT_TRUE(hy.Tf_max <= 16.0 + 1e-9 && hy.Tf_max > 15.9,
		  "hourly hybrid: Tf_max at the limit (L4)");
	double pk = 0;
	for (int h = 0; h < 8760; h++)
		pk = fmax(pk, hi[h]);
	cap = pk - hy.cool_kw;
	aux = 0;
	for (int h = 0; h < 8760; h++)
		aux += hi[h] > cap ? hi[h] - cap : 0;
	UNIT_REL(hy.cool_kwh_y, aux, 1e-9, "hourly hybrid: the hourly load above the cap, a year");
	cap2 = cap + 0.01 * hy.cool_kw;
	for (int h = 0; h < 8760; h++)
		hc[h] = fmin(hi[h], cap2);
	hk_hload hl2 = {8760, he, hc};
	UNIT_EQ_INT(hk_temps_l4(&d, &hl2, 45.0, &gc, &t, &e), HK_OK, "L4 with a smaller tower");
	UNIT_TRUE(t.Tf_max > 16.0, "hourly hybrid: 1 % less tower breaks Tf_max");
	/* the L3 month at the same cap counts one 6 h block: a lower bound
	 * (here by a factor of about 30) when the peak recurs daily */
	double one = 0;
	for (int m = 0; m < 12; m++)
		one += above(inj[m], fmax(A_pinj[m], inj[m] / 730), 6, cap);
	UNIT_TRUE(one > 0 && hy.cool_kwh_y > 10 * one,
		  "hourly hybrid: daily peaks put far more energy above the cap than the L3 month");
}

/* anchored cache: one accurate table at 100 m serves 104 m through the
 * fast tables' change, within the 3e-4 of g the header states for a 5 %
 * window (every table time from 1 h to 20 years) */
static void test_anchor(void)
{
	hk_bfdesign d = rect_design(6, 4, 6.5, 3.5, 0.2);
	hk_gcache a, x;
	hk_gcache_init(&a, &d);
	hk_gcache_init(&x, &d);
	x.h_grid = 0;
	const hk_gtable *ga, *gx;
	hk_err e;
	UNIT_EQ_INT(hk_gcache_get(&a, 100, &ga, &e), HK_OK, "anchor at 100 m");
	UNIT_EQ_INT(hk_gcache_get(&a, 104, &ga, &e), HK_OK, "104 m from the anchor");
	UNIT_EQ_INT(hk_gcache_get(&x, 104, &gx, &e), HK_OK, "exact table at 104 m");
	double worst = 0;
	for (size_t i = 0; i < gx->n; i++)
		worst = fmax(worst, fabs(hk_gtable_eval(ga, gx->t[i]) / gx->g[i] - 1));
	UNIT_NEAR(worst, 0, 3e-4, "anchored g at 104 m = exact accurate g");
	UNIT_EQ_INT((int)a.computed, 1, "one accurate table for both depths");
	UNIT_TRUE(a.computed_fast >= 2, "the depth change from the fast tables");
	UNIT_EQ_INT(hk_gcache_get(&a, 120, &ga, &e), HK_OK, "120 m: outside the 5 % window");
	UNIT_EQ_INT((int)a.computed, 2, "gets an accurate table of its own");
}

/* a year of hourly loads: extraction in winter and injection in summer
 * (a cosine over the year), each with a daily swing (a sine over the day) */
static hk_hload seasonal_hours(void)
{
	static double he[8760], hi[8760];
	for (int h = 0; h < 8760; h++) {
		double s = 1 + 0.5 * sin(2 * 3.14159265358979 * (h % 24) / 24.0);
		double y = cos(2 * 3.14159265358979 * (h - 400) / 8760.0);
		he[h] = y > 0 ? 14 * y * s : 0;
		hi[h] = y < 0 ? -18 * y * (2 - s) : 0;
	}
	return (hk_hload){8760, he, hi};
}

/* L4 sizing in the anchored mode (one accurate table, the depth change
 * from fast tables convolved by days) against the accurate grid (two
 * accurate tables around the answer, every term hourly): the same depth
 * within 0.02 % */
static void test_anchor_l4(void)
{
	hk_bfdesign d = rect_design(4, 3, 6.5, 3.5, 0.2);
	d.years = 20;
	hk_hload hl = seasonal_hours();
	hk_gcache a, g;
	hk_gcache_init(&a, &d);
	hk_gcache_init(&g, &d);
	g.anchor_tol = 0;
	hk_sizing ra, rg;
	hk_err e;
	const hk_gtable *gt;
	UNIT_EQ_INT(hk_size_depth(&d, NULL, &hl, HK_L4, &g, &rg, &e), HK_OK, "L4 on the grid");
	UNIT_TRUE(g.computed >= 2, "the grid: two or more accurate tables");
	/* the anchor 4 % off the answer, so the correction carries weight */
	UNIT_EQ_INT(hk_gcache_get(&a, rg.H * 1.04, &gt, &e), HK_OK, "anchor 4 % deeper");
	UNIT_EQ_INT(hk_size_depth(&d, NULL, &hl, HK_L4, &a, &ra, &e), HK_OK, "L4 anchored");
	UNIT_REL(ra.H, rg.H, 2e-4, "anchored L4 depth = grid L4 depth");
	UNIT_EQ_INT((int)a.computed, 1, "one accurate table");
}

/* one sizing held against the reference (hk_size_depth_ref: an exact
 * table at every depth tried, no grid, anchor, pre-sizing or cached
 * convolution): the same depth within 1e-4 (the fixed point stops at 1e-4
 * of the depth; the anchor is within 0.01 %, gcache.h), the same limit,
 * quadrant, year and month */
static void against_ref(const char *name, const hk_bfdesign *d, const hk_mload *ml,
			const hk_hload *hl, hk_method method)
{
	hk_gcache gc;
	hk_sizing a, r;
	hk_err e;
	char what[200];
	hk_gcache_init(&gc, d);
	snprintf(what, sizeof what, "%s: sizes", name);
	UNIT_EQ_INT(hk_size_depth(d, ml, hl, method, &gc, &a, &e), HK_OK, what);
	snprintf(what, sizeof what, "%s: the reference sizes", name);
	UNIT_EQ_INT(hk_size_depth_ref(d, ml, hl, method, &r, &e), HK_OK, what);
	snprintf(what, sizeof what, "%s: depth as the reference's (%.4f m)", name, r.H);
	UNIT_REL(a.H, r.H, 1e-4, what);
	snprintf(what, sizeof what, "%s: limit, quadrant, year and month as the reference's", name);
	UNIT_TRUE(a.limit == r.limit && a.quadrant == r.quadrant && a.year == r.year &&
		  a.month == r.month, what);
}

/* the accelerated sizing against the plain reference: L3 with the maximum
 * and the minimum binding on an accurate 6 x 4 field (Case A1 and A3 at a
 * fifth), a double U-tube whose Rb* changes with depth (Case B at a 20th),
 * a fast design, and L4 (hourly, anchored, the correction by days) */
static void test_reference(void)
{
	const double f = 24.0 / 120;
	double e1[12], i1[12], p1[12], e3[12], i3[12], p3[12];
	for (int m = 0; m < 12; m++) {
		e1[m] = f * 300000 * pH[m];
		i1[m] = f * 150000 * pC[m];
		p1[m] = f * A_pinj[m];
		e3[m] = f * 160000 * pH[m];
		i3[m] = f * 240000 * pC[m];
		p3[m] = f * A3_pext[m];
	}
	hk_mload a1 = {12, e1, i1, zero12, p1}, a3 = {12, e3, i3, p3, zero12};
	hk_bfdesign d = rect_design(6, 4, 6.5, 3.5, 0.2);
	d.H_min = 20;
	against_ref("6 x 4, Case A1 loads, L3", &d, &a1, NULL, HK_L3);
	against_ref("6 x 4, Case A3 loads (the minimum binds), L3", &d, &a3, NULL, HK_L3);
	d.g_fast = 1;
	against_ref("6 x 4 fast, Case A1 loads, L3", &d, &a1, NULL, HK_L3);

	hk_bfdesign db = rect_design(3, 2, 6, 3, 0);
	hk_utube u = {2, 0.075, 0.015, 0.02, 0.05, 1.0, 0.4, 0, 0};
	db.H_min = 20;
	db.utube = &u;
	db.fluid = (hk_fluid){0.568, 998, 4180, 1e-3};
	db.m_flow = 0.2;
	double eb[12], ib[12], pe[12], pi[12];
	for (int m = 0; m < 12; m++) {
		eb[m] = 300000 * pH[m] / 20;
		ib[m] = 160000 * pC[m] / 20;
		pe[m] = A2_pext[m] / 20;
		pi[m] = A2_pinj[m] / 20;
	}
	hk_mload b = {12, eb, ib, pe, pi};
	against_ref("3 x 2 double U (Rb* by depth), Case B loads, L3", &db, &b, NULL, HK_L3);

	hk_bfdesign d4 = rect_design(4, 3, 6.5, 3.5, 0.2);
	d4.H_min = 20;
	d4.years = 5;
	hk_hload hl = seasonal_hours();
	against_ref("4 x 3 hourly, 5 years, L4", &d4, NULL, &hl, HK_L4);
}

int main(void)
{
	load_case_a();
	test_start();
	test_gradient();
	test_shallow_min();
	test_anchor();
	test_anchor_l4();
	test_layouts();
	test_bad_input();
	test_case_c();
	test_case_a();
	test_case_b();
	test_properties();
	test_hybrid();
	test_land();
	test_reference();
	return unit_done();
}
