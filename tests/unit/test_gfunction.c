/* test_gfunction.c - FLS, segment ratios and UBWT g-functions against
 * published values (Abramowitz & Stegun; pygfunction tests and measured
 * g-functions in shared/reference/borefield-reference.md, Case E; GHEtool
 * values of Case B). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bfcase.h" /* time_geometric */
#include "gfunction.h"
#include "hkmath.h"
#include "unit.h"

#define YEAR (8760.0 * 3600.0)

static void test_e1(void)
{
	/* Abramowitz & Stegun table 5.1 */
	UNIT_REL(hk_expint_e1(0.5), 0.5597735948, 1e-9, "E1(0.5) (A&S table 5.1)");
	UNIT_REL(hk_expint_e1(1.0), 0.2193839344, 1e-9, "E1(1) (A&S table 5.1)");
	UNIT_REL(hk_expint_e1(2.0), 0.04890051071, 1e-9, "E1(2) (A&S table 5.1)");
	UNIT_REL(hk_expint_e1(5.0), 0.001148295591, 1e-9, "E1(5) (A&S table 5.1)");
	UNIT_REL(hk_expint_e1(10.0), 4.156968929e-06, 1e-9, "E1(10) (A&S table 5.1)");
	UNIT_TRUE(isinf(hk_expint_e1(0.0)), "E1(0) is infinite");
}

static void test_segments(void)
{
	double r[8], s = 0;
	UNIT_EQ_INT(hk_segment_ratios(8, 0.02, r, NULL), HK_OK, "8 segments, end 0.02");
	for (int i = 0; i < 8; i++)
		s += r[i];
	UNIT_NEAR(s, 1.0, 1e-12, "segment ratios sum to 1 (reference 3.3)");
	UNIT_NEAR(r[0], 0.02, 1e-12, "top segment 0.02 (reference 3.3)");
	UNIT_NEAR(r[7], 0.02, 1e-12, "bottom segment 0.02 (reference 3.3)");
	UNIT_TRUE(r[3] > r[2] && r[2] > r[1] && r[1] > r[0], "growing to the middle");
	double r5[5];
	hk_segment_ratios(5, 0.02, r5, NULL);
	/* pygfunction utilities.segment_ratios docstring: [0.02 0.12 0.72 0.12 0.02] */
	UNIT_NEAR(r5[1], 0.12, 1e-6, "5 segments: second 0.12 (pygfunction docstring)");
	UNIT_NEAR(r5[2], 0.72, 1e-6, "5 segments: middle 0.72 (pygfunction docstring)");
	UNIT_EQ_INT(hk_segment_ratios(0, 0.02, r, NULL), HK_EINVAL, "0 segments rejected");
}

static void test_fls(void)
{
	/* property: the transient FLS tends to its steady-state closed form */
	double a = hk_fls(1e16, 1e-6, 7.5, 150, 4, 150, 4);
	double b = hk_fls_steady(7.5, 150, 4, 150, 4);
	UNIT_REL(a, b, 1e-4, "FLS at t -> inf equals the steady-state FLS (consistency)");
	UNIT_NEAR(hk_fls(0.0, 1e-6, 7.5, 150, 4, 150, 4), 0.0, 0.0, "FLS at t = 0 is 0");
}

/* g of n boreholes on a grid nx x ny, spacing B */
static hk_status grid_g(int nx, int ny, double B, double H, const double *t,
			size_t nt, const hk_gopts *o, double *g)
{
	double *x = malloc(sizeof(double) * nx * ny), *y = malloc(sizeof(double) * nx * ny);
	for (int i = 0; i < nx * ny; i++) {
		x[i] = (i % nx) * B;
		y[i] = (i / nx) * B;
	}
	hk_gfield f = {(size_t)nx * ny, x, y, H, 4.0, 0.075};
	hk_err e;
	hk_status st = hk_gfunction(&f, 1e-6, t, nt, o, g, NULL, &e);
	free(x);
	free(y);
	return st;
}

static void test_case_e(void)
{
	double g[3], t[3];
	double ts = 150.0 * 150.0 / (9e-6);
	for (int i = 0; i < 3; i++)
		t[i] = ts * pow(10.0, i - 1);
	UNIT_EQ_INT(grid_g(1, 1, 7.5, 150, t, 3, NULL, g), HK_OK, "single borehole solves");
	UNIT_REL(g[0], 5.59717446, 0.005, "Case E single H=150, 0.1 ts (pygfunction test)");
	UNIT_REL(g[1], 6.36257605, 0.005, "Case E single H=150, ts (pygfunction test)");
	UNIT_REL(g[2], 6.60517223, 0.005, "Case E single H=150, 10 ts (pygfunction test)");
	hk_gopts u12 = {12, -1, 0, 0, 0, 0};
	grid_g(1, 1, 7.5, 150, t, 3, &u12, g);
	UNIT_REL(g[0], 5.6057331, 0.005, "Case E 12 uniform segments, 0.1 ts (pygfunction test)");
	UNIT_REL(g[1], 6.37369288, 0.005, "Case E 12 uniform segments, ts (pygfunction test)");
	UNIT_REL(g[2], 6.61659795, 0.005, "Case E 12 uniform segments, 10 ts (pygfunction test)");
	double ts35 = 35.0 * 35.0 / 9e-6, t35[3];
	for (int i = 0; i < 3; i++)
		t35[i] = ts35 * pow(10.0, i - 1);
	grid_g(1, 1, 7.5, 35, t35, 3, NULL, g);
	UNIT_REL(g[0], 4.15784411, 0.005, "Case E single H=35, 0.1 ts (pygfunction test)");
	UNIT_REL(g[1], 4.98477603, 0.005, "Case E single H=35, ts (pygfunction test)");
	UNIT_REL(g[2], 5.27975732, 0.005, "Case E single H=35, 10 ts (pygfunction test)");
	grid_g(5, 2, 7.5, 150, t, 3, NULL, g);
	UNIT_REL(g[0], 10.89935004, 0.005, "Case E 5x2 field, 0.1 ts (pygfunction test)");
	UNIT_REL(g[1], 17.09864925, 0.005, "Case E 5x2 field, ts (pygfunction test)");
	UNIT_REL(g[2], 19.0795435, 0.005, "Case E 5x2 field, 10 ts (pygfunction test)");
}

static void test_fields(void)
{
	static const double detailed[15] = {
		2.4817, 3.0798, 3.5635, 4.1239, 5.199, 7.451, 11.8277, 19.3071,
		29.9001, 41.5133, 50.8071, 56.1208, 58.3878, 59.2024, 59.473};
	double t[15], g[15];
	char what[160];
	time_geometric(100 * 3600.0, 3000 * YEAR, 15, t);
	UNIT_EQ_INT(grid_g(10, 10, 7.5, 150, t, 15, NULL, g), HK_OK, "10x10 solves");
	for (int i = 0; i < 15; i++) {
		snprintf(what, sizeof what,
			 "10x10 UBWT g at time %d of time_geometric(100 h, 3000 y, 15) "
			 "(pygfunction detailed, reference 3.3)", i + 1);
		UNIT_REL(g[i], detailed[i], 0.005, what);
	}
	UNIT_EQ_INT(grid_g(20, 20, 7.5, 150, t, 15, NULL, g), HK_OK, "20x20 solves");
	UNIT_REL(g[14], 90.55, 0.005,
		 "20x20 UBWT g at ln(t/ts) = 3.63 (pygfunction similarities, reference 3.3)");
}

static void test_tables(void)
{
	/* Single borehole H = 100, alpha 1e-6 on GHEtool's grid (reference Case E) */
	double x = 0, y = 0;
	hk_gfield f = {1, &x, &y, 100, 4, 0.075};
	hk_gtable gt;
	hk_gopts o = {0};
	o.richardson = 1;
	hk_err e;
	UNIT_EQ_INT(hk_gtable_build(&gt, &f, 1e-6, 3600, 21 * YEAR, 33, &o, NULL, &e),
		    HK_OK, "single borehole table");
	UNIT_REL(hk_gtable_eval(&gt, YEAR), 4.645, 0.005, "single H=100 g(1 y) (GHEtool, Case E)");
	UNIT_REL(hk_gtable_eval(&gt, 10 * YEAR), 5.604, 0.005, "single H=100 g(10 y) (GHEtool, Case E)");
	UNIT_REL(hk_gtable_eval(&gt, 20 * YEAR), 5.829, 0.005, "single H=100 g(20 y) (GHEtool, Case E)");

	/* short times: heat has gone a few rb into the ground and neither the
	 * ends nor the surface matter, so g is the infinite line source at
	 * rb, 0.5 E1(rb^2/(4 alpha t)) (Carslaw & Jaeger 10.4; Eskilson 1987)
	 * - directly, and from the table where the L3 peak pulse reads it */
	static const double ts[3] = {3600.0, 6 * 3600.0, 24 * 3600.0};
	double gs[3];
	UNIT_EQ_INT(hk_gfunction(&f, 1e-6, ts, 3, &o, gs, NULL, &e), HK_OK, "single borehole, short times");
	for (int i = 0; i < 3; i++) {
		char what[120];
		double ils = 0.5 * hk_expint_e1(0.075 * 0.075 / (4e-6 * ts[i]));
		snprintf(what, sizeof what, "g(%g h) is the line source %.4f within 0.5 %%", ts[i] / 3600, ils);
		UNIT_REL(gs[i], ils, 0.005, what);
		snprintf(what, sizeof what, "table g(%g h) is the line source within 1 %%", ts[i] / 3600);
		UNIT_REL(hk_gtable_eval(&gt, ts[i]), ils, 0.01, what);
	}

	/* Case B field 10 x 12, B = 6, H = 90, k 3, rho c 2.4e6 */
	double bx[120], by[120];
	for (int i = 0; i < 120; i++) {
		bx[i] = (i % 10) * 6.0;
		by[i] = (i / 10) * 6.0;
	}
	hk_gfield fb = {120, bx, by, 90, 4, 0.075};
	/* 65 times: GHEtool's 87-point grid is finer than the sizing default */
	UNIT_EQ_INT(hk_gtable_build(&gt, &fb, 3.0 / 2.4e6, 3600, 21 * YEAR, 65, &o, NULL, &e),
		    HK_OK, "Case B table");
	UNIT_REL(hk_gtable_eval(&gt, 730 * 3600.0), 3.597, 0.005, "Case B g(730 h) (GHEtool)");
	UNIT_REL(hk_gtable_eval(&gt, YEAR), 8.639, 0.005, "Case B g(1 y) (GHEtool)");
	UNIT_REL(hk_gtable_eval(&gt, 10 * YEAR), 30.662, 0.005, "Case B g(10 y) (GHEtool)");
	UNIT_REL(hk_gtable_eval(&gt, 20 * YEAR), 39.41, 0.005, "Case B g(20 y) (GHEtool)");
}

/*
 * group_tol: the Case B field (10 x 12, 30 symmetry classes) grouped into
 * equivalent boreholes where one step to the last time moves g by at most
 * 0.1 %.  The grouped table must still meet GHEtool's values, really be
 * grouped, and stay within the tolerance (with a margin for the times
 * before the last) of the exact-class table at every time.
 */
static void test_grouped(void)
{
	double bx[120], by[120];
	for (int i = 0; i < 120; i++) {
		bx[i] = (i % 10) * 6.0;
		by[i] = (i / 10) * 6.0;
	}
	hk_gfield fb = {120, bx, by, 90, 4, 0.075};
	hk_gtable ex, gr;
	hk_gopts o = {0};
	o.richardson = 1;
	hk_gstats st;
	hk_err e;
	double a = 3.0 / 2.4e6;
	UNIT_EQ_INT(hk_gtable_build(&ex, &fb, a, 3600, 21 * YEAR, 65, &o, &st, &e), HK_OK,
		    "Case B exact-class table");
	UNIT_EQ_INT((int)st.equivalent, 0, "no group_tol: exact classes");
	o.group_tol = 1e-3;
	UNIT_EQ_INT(hk_gtable_build(&gr, &fb, a, 3600, 21 * YEAR, 65, &o, &st, &e), HK_OK,
		    "Case B grouped table");
	UNIT_EQ_INT((int)st.exact_classes, 30, "10 x 12 field: 30 symmetry classes (4 symmetries)");
	UNIT_TRUE(st.equivalent && st.classes < st.exact_classes,
		  "group_tol 0.1 %: fewer equivalent boreholes than classes");
	UNIT_TRUE(st.group_err <= 1e-3, "chosen grouping within group_tol after one step");
	double worst = 0;
	for (size_t i = 0; i < ex.n; i++)
		worst = fmax(worst, fabs(gr.g[i] - ex.g[i]) / ex.g[i]);
	UNIT_NEAR(worst, 0, 1.5e-3, "grouped table within 1.5 x group_tol of the exact one "
		  "at all 65 times");
	UNIT_REL(hk_gtable_eval(&gr, YEAR), 8.639, 0.005, "grouped Case B g(1 y) (GHEtool)");
	UNIT_REL(hk_gtable_eval(&gr, 20 * YEAR), 39.41, 0.005, "grouped Case B g(20 y) (GHEtool)");
	o.group_tol = 1e-9;
	UNIT_EQ_INT(hk_gtable_build(&gr, &fb, a, 3600, 21 * YEAR, 65, &o, &st, &e), HK_OK,
		    "Case B table, group_tol 1e-9");
	UNIT_TRUE(!st.equivalent && gr.g[gr.n - 1] == ex.g[ex.n - 1],
		  "no grouping close enough: the exact classes, same values");
}

/* g of field f at depths H[0..nh) with the geometry kept in prep and
 * without it: the same numbers to the bit, and the same statistics */
static int prep_same(hk_gfield f, const double *H, int nh, hk_gopts o, hk_gprep *prep)
{
	double t[9], a[9], b[9];
	hk_gstats sa, sb;
	int same = 1;
	for (int i = 0; i < 9; i++)
		t[i] = 3600.0 * pow(10.0, 0.6 * i);
	for (int h = 0; h < nh; h++) {
		f.H = H[h];
		o.prep = NULL;
		if (hk_gfunction(&f, 1e-6, t, 9, &o, a, &sa, NULL) != HK_OK)
			return 0;
		o.prep = prep;
		if (hk_gfunction(&f, 1e-6, t, 9, &o, b, &sb, NULL) != HK_OK)
			return 0;
		for (int i = 0; i < 9; i++)
			same &= a[i] == b[i];
		same &= sa.classes == sb.classes && sa.distances == sb.distances &&
			sa.symmetry == sb.symmetry && sa.equivalent == sb.equivalent &&
			sa.dist_tol == sb.dist_tol;
	}
	return same;
}

/*
 * hk_gopts.prep: one field's geometry kept across depths (what a sizing
 * does) gives the g-functions computed without it, to the bit; another
 * field given with the same prep rebuilds it (coordinates compared), and
 * so does the first field again; an irregular field (distance tolerance
 * widened) and the grouped path (equivalent boreholes) alike.
 */
static void test_prep(void)
{
	double bx[120], by[120], rx[300], ry[300], H[] = {90, 99, 110, 130};
	for (int i = 0; i < 120; i++) {
		bx[i] = (i % 10) * 6.0;
		by[i] = (i / 10) * 6.0;
	}
	unsigned s = 12345;
	for (int i = 0; i < 300; i++) { /* an irregular field: LCG points */
		s = s * 1103515245u + 12345u;
		rx[i] = (s >> 8) % 100000 / 1000.0;
		s = s * 1103515245u + 12345u;
		ry[i] = (s >> 8) % 100000 / 1000.0;
	}
	hk_gfield fb = {120, bx, by, 90, 4, 0.075}, f8 = {64, bx, by, 90, 4, 0.075};
	hk_gfield fr = {300, rx, ry, 90, 4, 0.075};
	hk_gopts o = {0}, og = {0};
	og.max_unknowns = 64; /* 30 classes of 8 segments: grouped */
	hk_gprep *p = hk_gprep_new();
	UNIT_TRUE(p != NULL, "hk_gprep_new");
	UNIT_TRUE(prep_same(fb, H, 4, o, p), "Case B field at 4 depths: same g with the geometry kept");
	UNIT_TRUE(prep_same(fb, H, 2, og, p), "grouped into 8 equivalent boreholes: same g");
	/* the first 64 of the same coordinates: another count, rebuilt */
	UNIT_TRUE(prep_same(f8, H, 2, o, p), "another field (64 boreholes) with the same prep: rebuilt");
	UNIT_TRUE(prep_same(fb, H + 1, 2, og, p), "the first field again: rebuilt, same g");
	bx[7] += 0.5; /* one borehole moved, same arrays: rebuilt */
	UNIT_TRUE(prep_same(fb, H, 2, o, p), "a borehole moved in place: rebuilt, same g");
	UNIT_TRUE(prep_same(fr, H, 2, og, p), "an irregular 300-borehole field (tolerance widened): same g");
	/* and the kept geometry still gives GHEtool's Case B */
	bx[7] -= 0.5;
	hk_gtable gt;
	o.prep = p;
	o.richardson = 1; /* as test_tables */
	UNIT_EQ_INT(hk_gtable_build(&gt, &fb, 3.0 / 2.4e6, 3600, 21 * YEAR, 65, &o, NULL, NULL), HK_OK,
		    "Case B table with a kept geometry");
	UNIT_REL(hk_gtable_eval(&gt, 20 * YEAR), 39.41, 0.005, "Case B g(20 y) with the prep (GHEtool)");
	hk_gprep_free(p);
	hk_gprep_free(NULL);
}

static void test_bad(void)
{
	double x = 0, y = 0, t = 1e6, g;
	hk_err e;
	hk_gfield f = {1, &x, &y, -5, 4, 0.075};
	UNIT_EQ_INT(hk_gfunction(&f, 1e-6, &t, 1, NULL, &g, NULL, &e), HK_EINVAL,
		    "negative length rejected");
	f.H = 100;
	UNIT_EQ_INT(hk_gfunction(&f, 0.0, &t, 1, NULL, &g, NULL, &e), HK_EINVAL,
		    "zero diffusivity rejected");
	double tt[2] = {2e6, 1e6}, gg[2];
	UNIT_EQ_INT(hk_gfunction(&f, 1e-6, tt, 2, NULL, gg, NULL, &e), HK_EINVAL,
		    "decreasing times rejected");
	f.n = 0;
	UNIT_EQ_INT(hk_gfunction(&f, 1e-6, &t, 1, NULL, &g, NULL, &e), HK_EINVAL,
		    "empty field rejected");
}

/* hkmath.h's bisection and x-order, used by the g-table look-up, the
 * symmetry search and the pump curves */
static void test_hkmath(void)
{
	static const double x[5] = {0, 1, 2, 4, 8};
	UNIT_EQ_INT((int)hk_bisect(x, 5, 0.5), 0, "bisect: 0.5 in [0, 1)");
	UNIT_EQ_INT((int)hk_bisect(x, 5, 1), 1, "bisect: a grid point opens its interval");
	UNIT_EQ_INT((int)hk_bisect(x, 5, 7.9), 3, "bisect: 7.9 in [4, 8)");
	hk_xyi p[3] = {{2, 0, 0}, {-1, 5, 1}, {0.5, 1, 2}};
	qsort(p, 3, sizeof p[0], hk_xyi_cmp_x);
	UNIT_TRUE(p[0].i == 1 && p[1].i == 2 && p[2].i == 0, "points sorted by x keep their index");
}

int main(void)
{
	test_hkmath();
	test_e1();
	test_segments();
	test_fls();
	test_case_e();
	test_fields();
	test_tables();
	test_grouped();
	test_prep();
	test_bad();
	return unit_done();
}
