/*
 * test_pump.c - unit tests for lib/pumpcurve, lib/pumpgroup, lib/pumpehr and
 * the selection of lib/pumpselect (hk_pumpselect_run).
 *
 * The worked example used throughout is the issue 6 acceptance case:
 *   pump    H = 40 - 0.002 Q^2   (m, m3/h)
 *   system  H = 10 + 0.001 Q^2
 *   eff     eta = 0.016 Q - 0.00008 Q^2  (made up for the test: a parabola
 *           through 0 with its best point eta = 0.80 at Q = 100)
 * Every expected value below is derived by hand from these formulas (the
 * derivation is in the comment next to it), never copied from our output.
 */
#include <math.h>
#include <string.h>

#include "pumpcurve.h"
#include "pumpehr.h"
#include "pumpgroup.h"
#include "pumpselect.h"
#include "unit.h"

#define NAN_ NAN

/* points of H = 40 - 0.002 Q^2 and eta above at Q = 0, 20, ..., 140 */
static int ideal_points(hk_pump_point *pts, int with_eff)
{
	int i;
	for (i = 0; i < 8; i++) {
		double q = 20.0 * i;
		pts[i].flow_m3h = q;
		pts[i].head_m = 40 - 0.002 * q * q;
		pts[i].eff = with_eff ? 0.016 * q - 0.00008 * q * q : NAN_;
		pts[i].power_kw = NAN_;
	}
	return 8;
}

static void test_operating_point(void)
{
	hk_pump_point pts[8];
	hk_pump_curve c;
	hk_pump_system sys = {10, 0.001, 1000};
	hk_pump_op op;
	hk_err err;
	int n = ideal_points(pts, 1);
	double motor;
	const char *src = NULL;

	UNIT_EQ_INT(hk_pump_curve_fit(&c, "ideal", pts, n, HK_PUMP_FIT_QUADRATIC,
				      HK_PUMP_POWER_NONE, 0, &err), HK_OK, "fit ideal quadratic");
	UNIT_NEAR(c.fit_resid_max_m, 0, 1e-9, "quadratic fit of exact quadratic points has no residual");
	UNIT_NEAR(c.hq[0], 40, 1e-9, "fitted a = 40");
	UNIT_NEAR(c.hq[2], -0.002, 1e-12, "fitted c = -0.002");

	/* 40 - 0.002 Q^2 = 10 + 0.001 Q^2  ->  Q^2 = 30/0.003 = 10000 */
	UNIT_EQ_INT(hk_pump_operate(&c, 1, 1.0, &sys, &op, &err), HK_OK, "operate 1 pump");
	UNIT_NEAR(op.flow_m3h, 100, 1e-6, "one pump: Q = 100 m3/h (issue 6 acceptance)");
	UNIT_NEAR(op.head_m, 20, 1e-6, "one pump: H = 20 m (issue 6 acceptance)");
	UNIT_NEAR(op.eff, 0.80, 1e-9, "eff at 100 m3/h = 1.6 - 0.8 = 0.80");
	/* rho g Q H = 1000*9.81*(100/3600)*20 W = 5450 W */
	UNIT_NEAR(op.hyd_kw, 5.45, 1e-9, "hydraulic power 9.81*100*20/3600 = 5.45 kW");
	UNIT_NEAR(op.shaft_kw, 6.8125, 1e-9, "shaft power 5.45/0.80 = 6.8125 kW");
	UNIT_NEAR(op.bep_dist, 0, 0.005, "at the best-efficiency point (BEP at 100 by construction)");
	UNIT_TRUE(!(op.flags & (HK_PUMP_F_BELOW_RANGE | HK_PUMP_F_ABOVE_RANGE)), "inside catalog range");

	/* motor: 6.8125 x 1.1 = 7.49 -> 7.5 kW; x 1.2 = 8.175 -> 11 kW (IEC series) */
	UNIT_EQ_INT(hk_motor_size(op.shaft_kw, 1.1, &motor, &src, &err), HK_OK, "motor size");
	UNIT_NEAR(motor, 7.5, 1e-12, "6.8125 kW x 1.1 -> 7.5 kW motor");
	UNIT_EQ_INT(hk_motor_size(op.shaft_kw, 1.2, &motor, NULL, &err), HK_OK, "motor size 1.2");
	UNIT_NEAR(motor, 11, 1e-12, "6.8125 kW x 1.2 = 8.18 -> 11 kW motor");
	UNIT_TRUE(src && strstr(src, "IEC 60072-1"), "motor series names its source");

	/* two in parallel: 40 - 0.002 (Q/2)^2 = 10 + 0.001 Q^2 -> 0.0015 Q^2 = 30,
	 * Q = sqrt(20000) = 141.421, H = 10 + 20 = 30 */
	UNIT_EQ_INT(hk_pump_operate(&c, 2, 1.0, &sys, &op, &err), HK_OK, "operate 2 pumps");
	UNIT_NEAR(op.flow_m3h, sqrt(20000.0), 1e-6, "two in parallel: Q = 141.4 m3/h (acceptance)");
	UNIT_NEAR(op.head_m, 30, 1e-6, "two in parallel: H = 30 m (acceptance)");
	UNIT_NEAR(op.flow_each_m3h, sqrt(20000.0) / 2, 1e-6, "each pump 70.7 m3/h");
	UNIT_TRUE(op.flow_m3h < 2 * 100 - 50, "parallel flow far below 2 x single-pump flow");

	/* the same with PCHIP through the 8 points: exact at the points
	 * (Q = 100 is one), close between them (Q = 70.7) */
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "ideal-pchip", pts, n, HK_PUMP_FIT_PCHIP,
				      HK_PUMP_POWER_NONE, 0, &err), HK_OK, "fit PCHIP");
	UNIT_EQ_INT(hk_pump_operate(&c, 1, 1.0, &sys, &op, &err), HK_OK, "PCHIP operate 1");
	UNIT_NEAR(op.flow_m3h, 100, 1e-6, "PCHIP: Q = 100 (a catalog point)");
	UNIT_EQ_INT(hk_pump_operate(&c, 2, 1.0, &sys, &op, &err), HK_OK, "PCHIP operate 2");
	UNIT_REL(op.flow_m3h, 141.421, 0.003, "PCHIP: two in parallel Q = 141.4 within 0.3 %");
	UNIT_REL(op.head_m, 30, 0.003, "PCHIP: two in parallel H = 30 within 0.3 %");
}

static void test_range_flags(void)
{
	hk_pump_point pts[5];
	hk_pump_curve c;
	hk_pump_system sys = {10, 0.001, 1000};
	hk_pump_op op;
	hk_err err;
	unsigned f = 0;
	int i;

	/* catalog only to 80 m3/h; the system meets the curve at 100 */
	for (i = 0; i < 5; i++) {
		double q = 20.0 * i;
		pts[i] = (hk_pump_point){q, 40 - 0.002 * q * q, NAN_, NAN_};
	}
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "short", pts, 5, HK_PUMP_FIT_QUADRATIC,
				      HK_PUMP_POWER_NONE, 0, &err), HK_OK, "fit short curve");
	(void)hk_pump_head(&c, 50, &f);
	UNIT_EQ_INT(f, 0, "Q = 50 inside 0..80: no flag");
	(void)hk_pump_head(&c, 90, &f);
	UNIT_TRUE(f & HK_PUMP_F_ABOVE_RANGE, "Q = 90 beyond 80: flagged above range");
	UNIT_EQ_INT(hk_pump_operate(&c, 1, 1.0, &sys, &op, &err), HK_OK, "operate beyond range");
	UNIT_NEAR(op.flow_m3h, 100, 1e-6, "extrapolated point still Q = 100");
	UNIT_TRUE(op.flags & HK_PUMP_F_ABOVE_RANGE, "operating point beyond catalog: flagged");
	UNIT_TRUE(op.flags & HK_PUMP_F_NO_EFF, "no eff data: flagged");
	UNIT_TRUE(isnan(op.eff) && isnan(op.shaft_kw), "no eff data: eff and power NaN");

	/* system head above the pump's shut-off head: no solution, named */
	sys.h_static_m = 45;
	UNIT_EQ_INT(hk_pump_operate(&c, 1, 1.0, &sys, &op, &err), HK_ENOSOL,
		    "static head 45 m above shut-off 40 m: no solution");
	UNIT_TRUE(strstr(err.what, "short") != NULL, "message names the pump");
}

static void test_affinity(void)
{
	hk_pump_point pts[8];
	hk_pump_curve c, cp;
	hk_pump_system origin, stat;
	hk_pump_op full, op;
	hk_err err;
	int n = ideal_points(pts, 1), i;

	hk_pump_curve_fit(&c, "ideal", pts, n, HK_PUMP_FIT_QUADRATIC, HK_PUMP_POWER_NONE, 0, &err);
	/* system through the origin and the full-speed point (100, 20): S = 0.002 */
	UNIT_EQ_INT(hk_pump_system_from_duty(&origin, 0, 100, 20, 1000, &err), HK_OK, "system via origin");
	UNIT_NEAR(origin.s, 0.002, 1e-15, "S = 20/100^2");
	hk_pump_operate(&c, 1, 1.0, &origin, &full, &err);
	UNIT_NEAR(full.flow_m3h, 100, 1e-6, "full speed on origin system at 100 m3/h");

	/* 80 % flow, H = 0.002*80^2 = 12.8: 40 n^2 - 0.002*6400 = 12.8 -> n = 0.8 */
	UNIT_EQ_INT(hk_pump_speed_for_duty(&c, 1, 80, hk_pump_system_head(&origin, 80), 1.0,
					   1000, &op, &err), HK_OK, "speed for 80 % flow");
	UNIT_NEAR(op.speed, 0.8, 1e-9, "origin system: 80 % flow needs 80 % speed (acceptance)");
	UNIT_NEAR(op.shaft_kw / full.shaft_kw, 0.512, 1e-6,
		  "origin system: power 0.8^3 = 51.2 % (acceptance)");
	UNIT_NEAR(op.eff, full.eff, 1e-9, "efficiency constant along the affinity parabola");

	/* with static head: system 10 + 0.001 Q^2, at 80 m3/h H = 16.4 m.
	 * 40 n^2 - 0.002*80^2 = 16.4 -> n^2 = 29.2/40 = 0.73, n = 0.854400
	 * (the flow ratio would say 0.8).  Power: Q1 = 80/0.8544 = 93.633,
	 * eta = 0.016*93.633 - 0.00008*93.633^2 = 0.79676; hyd = 9.81*80*16.4/3600
	 * = 3.57520 kW; shaft = 3.57520/0.79676 = 4.4872 kW. */
	UNIT_EQ_INT(hk_pump_system_from_duty(&stat, 10, 100, 20, 1000, &err), HK_OK, "system with static head");
	UNIT_NEAR(stat.s, 0.001, 1e-15, "S = (20-10)/100^2");
	UNIT_EQ_INT(hk_pump_speed_for_duty(&c, 1, 80, hk_pump_system_head(&stat, 80), 1.0,
					   1000, &op, &err), HK_OK, "speed with static head");
	UNIT_NEAR(op.speed, sqrt(0.73), 1e-9, "static head: n = sqrt(0.73) = 0.8544, not 0.8");
	UNIT_REL(op.eff, 0.79676, 2e-5, "static head: eff at Q1 = 93.63 is 0.7968");
	UNIT_REL(op.shaft_kw, 4.4872, 2e-4, "static head: shaft 4.487 kW (not 0.512 x 6.81 = 3.49)");

	/* PCHIP representation: solved by root finding on n^2 H(q/n) = h */
	hk_pump_curve_fit(&cp, "ideal-pchip", pts, n, HK_PUMP_FIT_PCHIP, HK_PUMP_POWER_NONE, 0, &err);
	UNIT_EQ_INT(hk_pump_speed_for_duty(&cp, 1, 80, 16.4, 1.0, 1000, &op, &err), HK_OK,
		    "PCHIP speed with static head");
	UNIT_REL(op.speed, sqrt(0.73), 0.002, "PCHIP: n = 0.8544 within 0.2 %");

	/* more than full speed needed: 100 m3/h at 30 m needs 40n^2 - 20 = 30 -> n = 1.118 */
	UNIT_EQ_INT(hk_pump_speed_for_duty(&c, 1, 100, 30, 1.0, 1000, &op, &err), HK_ENOSOL,
		    "duty above the full-speed curve: no solution");
	UNIT_EQ_INT(hk_pump_speed_for_duty(&c, 1, 100, 30, 1.2, 1000, &op, &err), HK_OK,
		    "allowed up to 120 %");
	UNIT_NEAR(op.speed, sqrt(1.25), 1e-9, "n^2 = 50/40");

	/* a P-Q curve (P2 = 2 + 0.05 Q kW, linear, made up) scales with n^3:
	 * at n = 0.8 on the origin system Q1 = 100, P = 0.512 * 7 = 3.584 kW */
	for (i = 0; i < n; i++) {
		pts[i].eff = NAN_;
		pts[i].power_kw = 2 + 0.05 * pts[i].flow_m3h;
	}
	UNIT_EQ_INT(hk_pump_curve_fit(&cp, "p2-curve", pts, n, HK_PUMP_FIT_PCHIP,
				      HK_PUMP_POWER_P2, 0, &err), HK_OK, "fit with P-Q curve");
	hk_pump_speed_for_duty(&cp, 1, 80, 12.8, 1.0, 1000, &op, &err);
	UNIT_NEAR(op.curve_kw, 0.512 * 7.0, 1e-9, "P-Q curve power at 80 % speed = 0.512 x 7 kW");
	/* eta from P2 at Q = 100: 5.45/7 = 0.778571 */
	UNIT_NEAR(op.eff, 5.45 / 7.0, 1e-9, "eff derived from P2: 5.45/7");
	UNIT_TRUE(op.flags & HK_PUMP_F_EFF_FROM_P2, "flagged: eff derived from shaft power");
}

static void test_bad_input(void)
{
	hk_pump_point pts[8];
	hk_pump_curve c;
	hk_err err;
	int n;

	n = ideal_points(pts, 1);
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "P-two", pts, 2, HK_PUMP_FIT_PCHIP, HK_PUMP_POWER_NONE,
				      0, &err), HK_EINVAL, "2 points: rejected");
	UNIT_TRUE(strstr(err.what, "P-two") && strstr(err.what, "at least 3"),
		  "2 points: message names pump and says at least 3");

	pts[2].head_m = 45; /* rises above point 2's 39.2 m */
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "P-bump", pts, n, HK_PUMP_FIT_PCHIP, HK_PUMP_POWER_NONE,
				      0, &err), HK_EINVAL, "non-monotonic head: rejected");
	UNIT_TRUE(strstr(err.what, "P-bump") && strstr(err.what, "point 3") &&
		  strstr(err.what, "non-monotonic"), "non-monotonic: message names pump and point 3");
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "P-bump", pts, n, HK_PUMP_FIT_PCHIP, HK_PUMP_POWER_NONE,
				      HK_PUMP_ALLOW_DROOP, &err), HK_EINVAL,
		    "rise after the curve fell: rejected even with ALLOW_DROOP");

	n = ideal_points(pts, 1);
	pts[5].eff = 1.05;
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "P-eff", pts, n, HK_PUMP_FIT_PCHIP, HK_PUMP_POWER_NONE,
				      0, &err), HK_EINVAL, "efficiency 105 %: rejected");
	UNIT_TRUE(strstr(err.what, "P-eff") && strstr(err.what, "point 6") &&
		  strstr(err.what, "above 100"), "eff > 100 %: message names pump, point 6");

	n = ideal_points(pts, 1);
	pts[4].head_m = -1;
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "P-neg", pts, n, HK_PUMP_FIT_PCHIP, HK_PUMP_POWER_NONE,
				      0, &err), HK_EINVAL, "negative head: rejected");
	UNIT_TRUE(strstr(err.what, "point 5") != NULL, "negative head: names point 5");

	n = ideal_points(pts, 1);
	pts[3].flow_m3h = pts[2].flow_m3h;
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "P-dup", pts, n, HK_PUMP_FIT_PCHIP, HK_PUMP_POWER_NONE,
				      0, &err), HK_EINVAL, "repeated flow: rejected");

	n = ideal_points(pts, 1);
	pts[3].eff = NAN_;
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "P-gap", pts, n, HK_PUMP_FIT_PCHIP, HK_PUMP_POWER_NONE,
				      0, &err), HK_EINVAL, "efficiency missing on one point: rejected");
}

/* A real drooping curve: AixLib Pump_DN65 (shared/reference/pump-curves.csv):
 * head rises from 32.49 m at 0 to 33.53 m at 27.42 m3/h, then falls. */
static void test_droop(void)
{
	static const double q[] = {0.00, 13.71, 27.42, 41.13, 54.84, 68.56, 82.27, 92.55, 99.41};
	static const double h[] = {32.49, 33.51, 33.53, 33.15, 31.46, 29.12, 26.32, 23.13, 20.79};
	hk_pump_point pts[9];
	hk_pump_curve c;
	hk_pump_system sys;
	hk_pump_op op;
	hk_err err;
	unsigned f = 0;
	int i;

	for (i = 0; i < 9; i++)
		pts[i] = (hk_pump_point){q[i], h[i], NAN_, NAN_};
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "AixLib Pump_DN65", pts, 9, HK_PUMP_FIT_PCHIP,
				      HK_PUMP_POWER_NONE, 0, &err), HK_EINVAL,
		    "drooping curve rejected by default");
	UNIT_TRUE(strstr(err.what, "point 2") != NULL, "droop: names point 2 (33.51 > 32.49)");
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "AixLib Pump_DN65", pts, 9, HK_PUMP_FIT_PCHIP,
				      HK_PUMP_POWER_NONE, HK_PUMP_ALLOW_DROOP, &err), HK_OK,
		    "drooping curve accepted with ALLOW_DROOP");
	UNIT_TRUE(c.flags & HK_PUMP_F_DROOP, "curve flagged as drooping");
	UNIT_NEAR(c.q_lo, 27.42, 1e-12, "stable range starts at the peak, 27.42 m3/h");
	UNIT_NEAR(c.h_max, 33.53, 1e-12, "peak head 33.53 m");
	(void)hk_pump_head(&c, 10, &f);
	UNIT_TRUE(f & HK_PUMP_F_BELOW_RANGE, "flow left of the peak: flagged below range");
	/* PCHIP goes through the catalog points: system through (68.56, 29.12) */
	hk_pump_system_from_duty(&sys, 5, 68.56, 29.12, 1000, &err);
	UNIT_EQ_INT(hk_pump_operate(&c, 1, 1.0, &sys, &op, &err), HK_OK, "operate drooping pump");
	UNIT_NEAR(op.flow_m3h, 68.56, 1e-6, "meets the system at the catalog point 68.56 m3/h");
	UNIT_NEAR(op.head_m, 29.12, 1e-6, "head 29.12 m");
}

static void test_flow_from_load(void)
{
	double g;
	hk_err err;

	/* 0.86 * 1163 / 10 = 100.018 m3/h; x 1.1 = 110.02 */
	UNIT_EQ_INT(hk_pump_flow_from_load(1163, 10, 1.0, &g, &err), HK_OK, "flow from load");
	UNIT_NEAR(g, 100.018, 1e-9, "G = 0.86*1163/10 = 100.018 m3/h");
	hk_pump_flow_from_load(1163, 10, 1.1, &g, &err);
	UNIT_NEAR(g, 110.0198, 1e-9, "with 1.1 margin 110.02 m3/h");
	UNIT_EQ_INT(hk_pump_flow_from_load(1163, 0, 1.0, &g, &err), HK_EINVAL, "dT = 0 rejected");
	/* Malan: 34 heat pumps x 13.8 m3/h = 469.2 m3/h */
}


static void test_ehr(void)
{
	hk_ehr_pump p = {100, 30, 0.75};
	hk_ehr_pump two[2] = {{50, 30, 0.75}, {50, 30, 0.75}};
	hk_ehr_result r;
	hk_ehr_edition ed;
	hk_err err;

	/* EHR = 0.003096 * (100*30/0.75)/1163 = 0.003096*4000/1163 = 0.0106483
	 * alpha(500 m) = 0.003833 + 3.067/500 = 0.009967
	 * limit = 0.003858*(20.4 + 0.009967*500)/10 = 0.003858*25.3835/10 = 0.0097930 */
	UNIT_EQ_INT(hk_ehr_check(HK_EHR_GB50736_ONE_PUMP, &p, 1, 1163, 10, 500, &r, &err), HK_OK,
		    "EHR example");
	UNIT_NEAR(r.ehr, 0.0106483, 1e-7, "EHR = 0.01065 (issue 6 acceptance)");
	UNIT_NEAR(r.limit, 0.0097930, 1e-7, "limit = 0.00979 (issue 6 acceptance)");
	UNIT_EQ_INT(r.pass, 0, "EHR example fails the check");
	UNIT_NEAR(r.a.value, 0.003858, 1e-12, "A = 0.003858 for G = 100");
	UNIT_NEAR(r.b.value, 20.4, 1e-12, "B = 20.4 GB 50736 one-pump");
	UNIT_NEAR(r.alpha.value, 0.009967, 1e-9, "alpha = 0.003833 + 3.067/500");
	UNIT_TRUE(strstr(r.b.source, "[SRC]") != NULL, "B 20.4 tagged [SRC]");
	UNIT_TRUE(strstr(r.a.source, "[SRC]") != NULL && r.coef.source != NULL, "A and 0.003096 carry sources");

	/* short pipe: alpha = 0.0115 (typo 0.0015 resolved), limit with sum L = 300:
	 * 0.003858*(20.4 + 0.0115*300)/10 = 0.003858*23.85/10 = 0.00920133 */
	hk_ehr_check(HK_EHR_GB50736_ONE_PUMP, &p, 1, 1163, 10, 300, &r, &err);
	UNIT_NEAR(r.alpha.value, 0.0115, 1e-12, "alpha <= 400 m is 0.0115, not the typo 0.0015");
	UNIT_TRUE(strstr(r.alpha.source, "typo") && strstr(r.alpha.source, "[DERIVED]"),
		  "alpha source explains the typo");
	UNIT_NEAR(r.limit, 0.00920133, 1e-8, "limit at 300 m");
	/* continuity at 400 m and 1000 m */
	hk_ehr_check(HK_EHR_GB50736_ONE_PUMP, &p, 1, 1163, 10, 400.0001, &r, &err);
	UNIT_NEAR(r.alpha.value, 0.0115, 1e-5, "alpha continuous at 400 m");
	hk_ehr_check(HK_EHR_GB50736_ONE_PUMP, &p, 1, 1163, 10, 1000, &r, &err);
	UNIT_NEAR(r.alpha.value, 0.0069, 1e-12, "alpha = 0.0069 at 1000 m");
	UNIT_NEAR(0.003833 + 3.067 / 999.9999, 0.0069, 1e-5, "middle band meets 0.0069 at 1000 m");

	/* two pumps of 50 m3/h: same sum(GH/eta), A = 0.004225 (G <= 60):
	 * limit = 0.004225*25.3835/10 = 0.0107245 -> passes */
	hk_ehr_check(HK_EHR_GB50736_ONE_PUMP, two, 2, 1163, 10, 500, &r, &err);
	UNIT_NEAR(r.ehr, 0.0106483, 1e-7, "two 50 m3/h pumps: same EHR");
	UNIT_NEAR(r.limit, 0.0107245, 1e-7, "two 50 m3/h pumps: A = 0.004225, limit 0.01072");
	UNIT_EQ_INT(r.pass, 1, "two smaller pumps pass");

	/* editions: GB 50189 one-pump B = 17 [UNVERIFIED] */
	UNIT_EQ_INT(hk_ehr_edition_parse("GB50189-1", &ed, &err), HK_OK, "parse edition");
	hk_ehr_check(ed, &p, 1, 1163, 10, 500, &r, &err);
	UNIT_NEAR(r.b.value, 17, 1e-12, "GB 50189 one-pump B = 17");
	UNIT_TRUE(strstr(r.b.source, "[UNVERIFIED]") != NULL, "B = 17 tagged [UNVERIFIED]");
	hk_ehr_check(HK_EHR_GB50736_TWO_PUMP, &p, 1, 1163, 10, 500, &r, &err);
	UNIT_NEAR(r.b.value, 24.4, 1e-12, "GB 50736 two-pump B = 24.4");
	UNIT_EQ_INT(hk_ehr_edition_parse("gb50000", &ed, &err), HK_EINVAL, "unknown edition");
	/* the value alone (no sum L): the same EHR, no limit touched */
	memset(&r, 0, sizeof r);
	UNIT_EQ_INT(hk_ehr_value(&p, 1, 1163, &r, &err), HK_OK, "EHR value without a limit");
	UNIT_NEAR(r.ehr, 0.0106483, 1e-7, "EHR = 0.003096*4000/1163");
	UNIT_TRUE(r.limit == 0 && r.edition_name == NULL, "the limit left alone");
	UNIT_EQ_INT(hk_ehr_value(&p, 1, 0, &r, &err), HK_EINVAL, "Q = 0 rejected");
	p.eff = 75;
	UNIT_EQ_INT(hk_ehr_check(HK_EHR_GB50736_ONE_PUMP, &p, 1, 1163, 10, 500, &r, &err),
		    HK_EINVAL, "efficiency given in percent rejected");
}


/* Group test pumps: H = 40 - c Q^2 with constant eff 0.70 (made up so that
 * powers are hand-computable), on the system H = 0.001 Q^2 (origin):
 *   small  c = 0.024     full speed: 40 = 0.025 Q^2   -> Q = 40 m3/h
 *   medium c = 0.00525               40 = 0.00625 Q^2 -> Q = 80
 *   large  c = 0.0005625             40 = 0.0015625 Q^2 -> Q = 160
 * On an origin system one pump alone needs n = q / Q_full (affinity). */
static void fit_group_pump(hk_pump_curve *c, const char *name, double cc, double qmax)
{
	hk_pump_point pts[6];
	hk_err err;
	int i;

	for (i = 0; i < 6; i++) {
		double q = qmax * i / 5;
		pts[i] = (hk_pump_point){q, 40 - cc * q * q, 0.70, NAN_};
	}
	hk_pump_curve_fit(c, name, pts, 6, HK_PUMP_FIT_QUADRATIC, HK_PUMP_POWER_NONE, 0, &err);
}

/* input power of an exact duty on the origin system: 9.81 q (0.001 q^2)/3600/0.7 */
static double p_duty(double q)
{
	return 9.81 * q * 0.001 * q * q / 3600 / 0.7;
}

static void test_group(void)
{
	hk_pump_curve small, medium, large;
	const hk_pump_curve *pumps[3];
	hk_pump_system sys = {0, 0.001, 1000};
	hk_pump_group g;
	hk_pump_group_op op;
	hk_pump_step prof[6] = {
		{0, 1, 10, 0.5}, {20, 1, 10, 0.5}, {60, 2, 10, 0.8},
		{100, 1, 5, 0.8}, {170, 1, 2, 0.8}, {5, 3, 10, 0.3}};
	hk_pump_step_out out[6];
	hk_pump_energy tot;
	hk_err err;
	double want, n170;

	fit_group_pump(&small, "small", 0.024, 40);
	fit_group_pump(&medium, "medium", 0.00525, 80);
	fit_group_pump(&large, "large", 0.0005625, 200);
	/* given out of order: index 0 large, 1 small, 2 medium */
	pumps[0] = &large;
	pumps[1] = &small;
	pumps[2] = &medium;
	UNIT_EQ_INT(hk_pump_group_init(&g, pumps, 3, 0.2, 1.0, &sys, &err), HK_OK, "group init");
	UNIT_NEAR(g.q_full[1], 40, 1e-6, "small alone: 40 m3/h at full speed");
	UNIT_NEAR(g.q_full[0], 160, 1e-6, "large alone: 160 m3/h at full speed");
	UNIT_EQ_INT(g.n_stages, 5, "5 stages: S, M, L, L+M, L+M+S");
	UNIT_EQ_INT(g.stage[0], 2, "stage 1 = small (deck: small pump alone first)");
	UNIT_EQ_INT(g.stage[1], 4, "stage 2 = medium");
	UNIT_EQ_INT(g.stage[2], 1, "stage 3 = large");
	UNIT_EQ_INT(g.stage[3], 5, "stage 4 = large + medium");

	hk_pump_group_step(&g, &sys, 20, 1.0, &op, &err);
	UNIT_EQ_INT(op.running, 2, "20 m3/h: small alone");
	UNIT_NEAR(op.speed, 0.5, 1e-9, "20 m3/h: small at 20/40 = 50 %");
	UNIT_NEAR(op.input_kw, p_duty(20), 1e-9, "20 m3/h: power rho g Q H/eta");
	hk_pump_group_step(&g, &sys, 45, 1.0, &op, &err);
	UNIT_EQ_INT(op.running, 4, "45 m3/h: small cannot (112 %), medium alone");
	UNIT_NEAR(op.speed, 45.0 / 80, 1e-9, "45 m3/h: medium at 56.25 %");
	hk_pump_group_step(&g, &sys, 100, 1.0, &op, &err);
	UNIT_EQ_INT(op.running, 1, "100 m3/h: large alone");
	UNIT_NEAR(op.speed, 100.0 / 160, 1e-9, "100 m3/h: large at 62.5 %");

	/* 170 m3/h, H = 28.9 m: L+M at one speed n, each q_i = sqrt((40 n^2 - H)/c_i):
	 * sqrt(40 n^2 - 28.9) (1/sqrt(0.0005625) + 1/sqrt(0.00525)) = 170 */
	n170 = sqrt((28.9 + pow(170 / (1 / sqrt(0.0005625) + 1 / sqrt(0.00525)), 2)) / 40);
	UNIT_EQ_INT(hk_pump_group_step(&g, &sys, 170, 1.0, &op, &err), HK_OK, "170 m3/h");
	UNIT_EQ_INT(op.running, 5, "170 m3/h: large + medium");
	UNIT_NEAR(op.speed, n170, 1e-7, "170 m3/h: common speed 0.9763 (hand-solved)");
	UNIT_NEAR(op.flow_each_m3h[0] + op.flow_each_m3h[2], 170, 1e-6, "flows add to 170");
	UNIT_NEAR(op.input_kw, p_duty(170), 1e-6, "170 m3/h: total power = rho g Q H / eta");

	/* 5 m3/h: small at 20 % gives 0.2*40 = 8 > 5 -> runs at 20 %, throttled:
	 * head 0.04*40 - 0.024*25 = 1.0 m */
	hk_pump_group_step(&g, &sys, 5, 1.0, &op, &err);
	UNIT_EQ_INT(op.running, 2, "5 m3/h: small");
	UNIT_NEAR(op.speed, 0.2, 1e-12, "5 m3/h: held at minimum speed 20 %");
	UNIT_NEAR(op.head_m, 1.0, 1e-9, "5 m3/h: throttled head 1.0 m");
	UNIT_TRUE(op.flags & HK_PUMP_F_BELOW_NMIN, "5 m3/h: flagged below minimum speed");

	UNIT_EQ_INT(hk_pump_group_step(&g, &sys, 200, 1.0, &op, &err), HK_ENOSOL,
		    "200 m3/h beyond the group: no solution");
	UNIT_TRUE(strstr(err.what, "most it reaches") != NULL, "says what the group reaches");

	/* the profile: energy = sum P * hours * days */
	want = p_duty(20) * 1 * 10 + p_duty(60) * 2 * 10 + p_duty(100) * 1 * 5 +
	       p_duty(170) * 1 * 2 + 9.81 * 5 * 1.0 / 3600 / 0.7 * 3 * 10;
	UNIT_EQ_INT(hk_pump_energy_staged(&g, &sys, 1.0, prof, 6, out, &tot, &err), HK_OK,
		    "staged profile energy");
	UNIT_NEAR(tot.kwh, want, 1e-6, "staged kWh = sum P*hours*days");
	UNIT_EQ_INT(out[0].stage, -1, "zero flow: off");
	UNIT_NEAR(out[0].kwh, 0, 0, "zero flow: no energy");
	UNIT_EQ_INT(out[2].running, 4, "60 m3/h step: medium");
	UNIT_REL(out[2].yuan, p_duty(60) * 20 * 0.8, 1e-7, "step cost = kWh x price");
	UNIT_EQ_INT(tot.n_flagged, 1, "one step flagged (5 m3/h below minimum speed)");
	UNIT_NEAR(tot.hours, 10 + 20 + 5 + 2 + 30, 1e-9, "running hours");

	prof[1].hours = 0;
	UNIT_EQ_INT(hk_pump_energy_staged(&g, &sys, 1.0, prof, 6, out, &tot, &err), HK_EINVAL,
		    "zero-hour step rejected");
	UNIT_TRUE(strstr(err.what, "step 2") != NULL, "names step 2");
}

static void test_energy_modes(void)
{
	hk_pump_curve large;
	hk_pump_system sys = {0, 0.001, 1000};
	hk_pump_step prof[3] = {{20, 1, 10, 1}, {100, 1, 10, 1}, {160, 1, 10, 1}};
	hk_pump_step_out out[3];
	hk_pump_energy fixed, var;
	hk_err err;
	double want;

	fit_group_pump(&large, "large", 0.0005625, 200);
	/* throttled at full speed: H = 40 - 0.0005625 q^2 -> 39.775, 34.375, 25.6 m */
	want = 9.81 / 3600 / 0.7 / 0.9 * 10 * (20 * 39.775 + 100 * 34.375 + 160 * 25.6);
	UNIT_EQ_INT(hk_pump_energy_fixed(&large, 1, &sys, 0.9, prof, 3, out, &fixed, &err), HK_OK,
		    "fixed-speed energy");
	UNIT_NEAR(fixed.kwh, want, 1e-6, "fixed: P = rho g q H_pump(q)/eta/0.9 drive");
	UNIT_NEAR(out[1].head_m, 34.375, 1e-9, "fixed: throttled head at 100 m3/h");
	/* variable: 20 m3/h needs n = 0.125 < 0.2 -> 20 % throttled, head
	 * 0.04*40 - 0.0005625*400 = 1.375 m; 100 and 160 exact on the system */
	want = (9.81 * 20 * 1.375 / 3600 / 0.7 + p_duty(100) + p_duty(160)) / 0.9 * 10;
	UNIT_EQ_INT(hk_pump_energy_variable(&large, 1, &sys, 0.2, 0.9, prof, 3, out, &var, &err),
		    HK_OK, "variable-speed energy");
	UNIT_NEAR(var.kwh, want, 1e-6, "variable: hand sum");
	UNIT_NEAR(out[1].speed, 0.625, 1e-9, "variable: 62.5 % at 100 m3/h");
	UNIT_TRUE(out[0].flags & HK_PUMP_F_BELOW_NMIN, "variable: 20 m3/h held at minimum speed");
	/* (20*1.375 + 0.001*(100^3 + 160^3)) / (20*39.775 + 100*34.375 + 160*25.6) = 5123.5/8329 */
	UNIT_REL(var.kwh / fixed.kwh, 5123.5 / 8329.0, 1e-6, "variable/throttled energy = 0.615");

	prof[2].flow_m3h = 170; /* large alone gives 23.7 m at 170, system needs 28.9 */
	UNIT_EQ_INT(hk_pump_energy_fixed(&large, 1, &sys, 0.9, prof, 3, out, &fixed, &err),
		    HK_ENOSOL, "fixed: flow beyond the pump rejected");
	UNIT_TRUE(strstr(err.what, "step 3") && strstr(err.what, "large"), "names step and pump");
}

static void test_lcc(void)
{
	hk_pump_lcc_item it[5] = {{10000, 5000}, {8000, 6000}, {12000, NAN_}, {9000, 5500}, {10000, 5000}};
	double lcc[5];
	int order[5];
	hk_err err;
	double pwf = (1 - pow(1.08, -10)) / 0.08; /* 6.7101 */

	/* 0.6 yuan/kWh, 10 years, undiscounted: A 40000, B 44000, D 42000, E 40000 */
	UNIT_EQ_INT(hk_pump_lcc_rank(it, 5, 10, 0.6, 0, lcc, order, &err), HK_OK, "LCC");
	UNIT_NEAR(lcc[0], 40000, 1e-9, "LCC A = 10000 + 5000*0.6*10");
	UNIT_NEAR(lcc[1], 44000, 1e-9, "LCC B = 8000 + 6000*0.6*10");
	UNIT_TRUE(isnan(lcc[2]), "infeasible candidate: NaN");
	UNIT_EQ_INT(order[0], 0, "rank 1: A");
	UNIT_EQ_INT(order[1], 4, "rank 2: E (tie with A, input order)");
	UNIT_EQ_INT(order[2], 3, "rank 3: D");
	UNIT_EQ_INT(order[3], 1, "rank 4: B");
	UNIT_EQ_INT(order[4], 2, "last: infeasible C");
	hk_pump_lcc_rank(it, 5, 10, 0.6, 0.08, lcc, order, &err);
	UNIT_NEAR(lcc[3], 9000 + 3300 * pwf, 1e-6, "discounted LCC D = 9000 + 3300 * 6.7101");
	UNIT_EQ_INT(hk_pump_lcc_rank(it, 5, 0, 0.6, 0, lcc, order, &err), HK_EINVAL, "0 years rejected");
}


/* A real catalog pump with electrical input power P1 and no efficiency:
 * Wilo VeroLine IP-E 50/150-4/2 (shared/reference/pump-curves.csv, from the
 * Modelica Buildings library's digitized Wilo datasheet). */
static void test_real_p1(void)
{
	static const double q[] = {0, 10, 20, 30, 40, 50, 60};
	static const double h[] = {26.03, 25.79, 25.55, 25.30, 23.65, 20.35, 15.95};
	static const double p1[] = {1.608, 2.235, 2.863, 3.529, 4.078, 4.392, 4.667};
	hk_pump_point pts[7];
	hk_pump_curve c;
	hk_pump_system sys;
	hk_pump_op op;
	hk_err err;
	int i;

	for (i = 0; i < 7; i++)
		pts[i] = (hk_pump_point){q[i], h[i], NAN_, p1[i]};
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "VeroLine IP-E 50/150-4/2", pts, 7, HK_PUMP_FIT_PCHIP,
				      HK_PUMP_POWER_P1, 0, &err), HK_OK, "fit real Wilo curve with P1");
	UNIT_EQ_INT(hk_pump_curve_fit(&c, "VeroLine IP-E 50/150-4/2", pts, 7, HK_PUMP_FIT_PCHIP,
				      HK_PUMP_POWER_NONE, 0, &err), HK_EINVAL,
		    "power values without saying P1 or P2: rejected");
	hk_pump_curve_fit(&c, "VeroLine IP-E 50/150-4/2", pts, 7, HK_PUMP_FIT_PCHIP,
			  HK_PUMP_POWER_P1, 0, &err);
	/* system through the catalog point (40, 23.65) with 5 m static head */
	hk_pump_system_from_duty(&sys, 5, 40, 23.65, 1000, &err);
	UNIT_EQ_INT(hk_pump_operate(&c, 1, 1.0, &sys, &op, &err), HK_OK, "operate real pump");
	UNIT_NEAR(op.flow_m3h, 40, 1e-6, "real pump meets the system at its catalog point 40 m3/h");
	/* wire-to-water eff = 9.81*40*23.65/3600/4.078 = 2.577850/4.078 = 0.632136 */
	UNIT_NEAR(op.eff, 0.632136, 2e-6, "wire-to-water efficiency from P1");
	UNIT_TRUE(op.flags & HK_PUMP_F_EFF_FROM_P1, "flagged: efficiency is wire-to-water");
	UNIT_NEAR(op.curve_kw, 4.078, 1e-6, "P1 from the curve at a catalog point");
	UNIT_NEAR(hk_pump_input_kw(&c, &op, 0.9), 4.078, 1e-6,
		  "input power = P1, the drive efficiency is already in it");
}

/* A duty exactly on the full-speed curve: (100, 20) lies on H = 40 - 0.002 Q^2,
 * so the speed is 1 (by hand).  The fitted quadratic reproduces 20 m only to
 * rounding, which made speed_for_duty answer "no speed" before the fix. */
static void test_duty_on_curve(void)
{
	hk_pump_point pts[8];
	hk_pump_curve c;
	hk_pump_op op;
	hk_err err;
	int n = ideal_points(pts, 1);

	hk_pump_curve_fit(&c, "ideal", pts, n, HK_PUMP_FIT_QUADRATIC, HK_PUMP_POWER_NONE, 0, &err);
	UNIT_EQ_INT(hk_pump_speed_for_duty(&c, 1, 100, 20, 1.0, 1000, &op, &err), HK_OK,
		    "quadratic: a duty on the full-speed curve is met");
	UNIT_NEAR(op.speed, 1.0, 1e-9, "quadratic: ... at speed 1");
	hk_pump_curve_fit(&c, "ideal", pts, n, HK_PUMP_FIT_PCHIP, HK_PUMP_POWER_NONE, 0, &err);
	/* PCHIP goes through the point (100, 20) exactly: a catalog point */
	UNIT_EQ_INT(hk_pump_speed_for_duty(&c, 1, 100, 20, 1.0, 1000, &op, &err), HK_OK,
		    "pchip: a duty on a catalog point is met");
	UNIT_NEAR(op.speed, 1.0, 1e-9, "pchip: ... at speed 1");
}

/* pumpselect: meets, and the ranking tiers (meets with a value, meets
 * without one, does not meet). */
static void test_select(void)
{
	hk_pump_point pts[8];
	hk_pump_curve c;
	hk_pumpsel_duty d;
	hk_pumpsel_cand k;
	hk_err err;
	int n = ideal_points(pts, 1), order[4], i, meets[4] = {0, 1, 1, 1};
	double annual[4] = {1, NAN, 5, 3};
	hk_ps_cand cand[4];

	hk_pump_curve_fit(&c, "ideal", pts, n, HK_PUMP_FIT_QUADRATIC, HK_PUMP_POWER_NONE, 0, &err);
	memset(&d, 0, sizeof d);
	hk_pump_system_from_duty(&d.sys, 10, 100, 20, 1000, &err);
	d.flow_m3h = 100;
	d.head_m = 20;
	d.n_duty = 2;
	d.drive_eff = 0.88;
	d.motor_margin = 1.2;
	UNIT_EQ_INT(hk_pumpsel_eval(&c, &d, &k, &err), HK_OK, "eval two pumps");
	UNIT_TRUE(k.meets, "two pumps meet 100 m3/h at 20 m (50 each, 35 m available)");
	/* 30 = 0.0015 Q^2 -> Q = sqrt(20000) = 141.421 m3/h (issue 6 acceptance) */
	UNIT_NEAR(k.full.flow_m3h, sqrt(20000), 1e-6, "two in parallel: Q = 141.42 m3/h");
	UNIT_NEAR(k.full.head_m, 30, 1e-6, "two in parallel: H = 30 m");
	d.flow_m3h = 300;
	d.n_duty = 1;
	UNIT_EQ_INT(hk_pumpsel_eval(&c, &d, &k, &err), HK_OK, "eval a duty beyond the range");
	UNIT_TRUE(!k.meets && strstr(k.why, "beyond the catalog") != NULL,
		  "300 m3/h on one pump is beyond the last point (140): not met, and why");

	memset(cand, 0, sizeof cand);
	for (i = 0; i < 4; i++) {
		cand[i].score.meets = meets[i];
		cand[i].score.annual = annual[i];
	}
	UNIT_EQ_INT(hk_pumpsel_rank(HK_RANK_ENERGY, 4, cand, 1, 0, order, &err), HK_OK,
		    "rank by energy");
	UNIT_EQ_INT(order[0], 3, "lowest energy among those meeting first (3 kWh)");
	UNIT_EQ_INT(order[1], 2, "then 5 kWh");
	UNIT_EQ_INT(order[2], 1, "then the one meeting without energy data");
	UNIT_EQ_INT(order[3], 0, "the one not meeting last, whatever its energy");
}

/*
 * The selection (hk_pumpselect_run), on a catalog of three pumps: A and B
 * have the ideal curve H = 40 - 0.002 Q^2 with constant efficiency 0.6 (A,
 * 1000 yuan) and 0.8 (B, 20000 yuan); C is the small H = 40 - 0.02 Q^2
 * (to 44 m3/h).  Duty 100 m3/h at 20 m on H = 10 + 0.001 Q^2 (on A's and
 * B's curve: speed 1).  Hydraulic power 9.81*100*20/3600 = 5.45 kW; input
 * at drive efficiency 0.88: A 5.45/0.6/0.88 = 10.321970 kW, B
 * 5.45/0.8/0.88 = 7.741477 kW.  1000 h at 0.5 yuan/kWh: A 5160.985, B
 * 3870.739 yuan a year; LCC over 15 years undiscounted, 2 pumps each (duty
 * + standby): A 2000 + 15*5160.985 = 79414.77, B 40000 + 15*3870.739 =
 * 98061.08.  So A is the cheapest over its life and B uses the least energy.
 */
struct sel {
	hk_pump_catalog cat;
	hk_pump_model m[3];
	hk_pump_point pts[3][8];
	hk_ps_request q;
};

static void sel_setup(struct sel *f)
{
	static const char *const name[3] = {"A", "B", "C"};
	static const double eff[3] = {0.6, 0.8, 0.7}, price[3] = {1000, 20000, 500};
	hk_ps_request *q = &f->q;
	int k, i;
	memset(f, 0, sizeof *f);
	for (k = 0; k < 3; k++) {
		hk_pump_model *m = &f->m[k];
		for (i = 0; i < 8; i++) {
			double x = k < 2 ? 20.0 * i : 44.0 * i / 7;
			f->pts[k][i] = (hk_pump_point){x, 40 - (k < 2 ? 0.002 : 0.02) * x * x, eff[k], NAN_};
		}
		snprintf(m->model, sizeof m->model, "%s", name[k]);
		snprintf(m->maker, sizeof m->maker, "textbook");
		m->price_yuan = price[k];
		m->power_basis = HK_POWER_UNKNOWN;
		m->pts = f->pts[k];
		m->npts = 8;
		m->speed_rpm = m->impeller_mm = m->motor_kw = NAN_;
		m->line = 2 + 8 * k;
	}
	f->cat.m = f->m;
	f->cat.n = 3;
	q->cat = &f->cat;
	q->cat_file = q->cat_name = "sel.csv";
	q->fit = HK_PUMP_FIT_QUADRATIC;
	q->n_duty = q->n_standby = 1;
	q->speed_min = 0.2;
	q->motor_margin = 1.2;
	q->drive_eff = 0.88;
	q->flow_m3h = 100;
	q->load_kw = q->dt_k = NAN_;
	q->head_m = 20;
	q->static_m = 10;
	q->flow_margin = 1;
	q->rough_mm = q->nu_m2s = NAN_;
	q->rank = HK_RANK_LCC;
	q->variable = 1;
	q->life_years = 15;
	q->hours = 1000;
	q->price_kwh = 0.5;
	q->main_len_m = q->eff = NAN_;
}

static void test_run_rank(void)
{
	struct sel f;
	hk_ps_request *q = &f.q;
	hk_ps_result r;
	hk_err err;

	sel_setup(&f);
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_OK, "run: LCC over 15 years");
	UNIT_EQ_INT(r.n_meet, 2, "A and B meet 100 m3/h at 20 m; C (to 44 m3/h) does not");
	UNIT_EQ_STR(r.rank_by, "life-cycle cost", "every price, an electricity price and hours: LCC");
	UNIT_EQ_INT(r.chosen, 0, "LCC: the cheap, less efficient A first");
	UNIT_EQ_INT(r.order[1], 1, "then B");
	UNIT_EQ_INT(r.order[2], 2, "C, not meeting, last");
	UNIT_REL(r.cand[0].score.annual, 10321.970, 1e-6, "A: 5.45/0.6/0.88 kW x 1000 h");
	UNIT_REL(r.cand[0].score.key, 79414.77, 1e-6, "A: LCC 2000 + 15 x 5160.985");
	UNIT_REL(r.cand[1].score.key, 98061.08, 1e-6, "B: LCC 40000 + 15 x 3870.739");
	UNIT_TRUE(!r.cand[2].score.meets && strstr(r.cand[2].at.why, "beyond the catalog"),
		  "C: not met, and why");
	hk_ps_result_free(&r);

	q->rank = HK_RANK_ENERGY;
	hk_pumpselect_run(q, &r, &err);
	UNIT_EQ_INT(r.chosen, 1, "energy: the efficient B first");
	UNIT_REL(r.cand[1].score.key, 7741.477, 1e-6, "B: 5.45/0.8/0.88 kW x 1000 h");
	hk_ps_result_free(&r);

	q->rank = HK_RANK_EFF;
	hk_pumpselect_run(q, &r, &err);
	UNIT_EQ_INT(r.chosen, 1, "efficiency: B (0.8) before A (0.6)");
	hk_ps_result_free(&r);

	/* LCC needs every price: B's missing, ranked by energy and said why */
	q->rank = HK_RANK_LCC;
	f.m[1].price_yuan = NAN_;
	hk_pumpselect_run(q, &r, &err);
	UNIT_EQ_INT(r.rank, HK_RANK_ENERGY, "a price missing: ranked by energy");
	UNIT_EQ_INT(r.prices_missing, 1, "one candidate meeting without a price");
	UNIT_TRUE(strstr(r.rank_by, "needs pump prices") != NULL, "rank_by says why");
	UNIT_EQ_INT(r.chosen, 1, "... so B first");
	hk_ps_result_free(&r);
	f.m[1].price_yuan = 20000;

	/* without hours there is no annual energy: input power at the duty */
	q->hours = NAN_;
	hk_pumpselect_run(q, &r, &err);
	UNIT_TRUE(!r.have_energy && strstr(r.rank_by, "input power at the duty") &&
		  strstr(r.rank_by, "needs annual energy"), "no hours: power at the duty, and why");
	UNIT_REL(r.cand[r.chosen].score.key, 7.741477, 1e-6, "B first: 7.741 kW");
	hk_ps_result_free(&r);
}

static void test_run_select(void)
{
	struct sel f;
	hk_ps_request *q = &f.q;
	hk_ps_result r;
	hk_err err;

	sel_setup(&f);
	q->model = "B";
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_OK, "run with --model B");
	UNIT_TRUE(r.chosen == 1 && r.n_meet == 1 && !r.cand[0].score.meets,
		  "--model B: only B meets, though A has the lower LCC");
	hk_ps_result_free(&r);

	q->model = "C";
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_ENOSOL, "--model C cannot meet the duty");
	UNIT_TRUE(strstr(err.what, "--model C: 1 in parallel do not meet") != NULL, "... and says so");
	UNIT_TRUE(r.cand == NULL, "a failed run leaves nothing to free");

	q->model = NULL;
	q->flow_m3h = 500;
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_ENOSOL, "500 m3/h: no pump meets");
	/* S = 10/500^2 = 4e-5: A and B reach 30 = 0.00204 Q^2, Q = 121.3 m3/h */
	UNIT_TRUE(strstr(err.what, "no pump in sel.csv meets 500 m3/h") &&
		  strstr(err.what, "nearest: 1 x A reach 121.3 m3/h"), "names the nearest pumps");

	/* the duty from a heat load: G = 0.86 Q/dT x margin = 0.86*500/5*1.1 = 94.6 m3/h */
	q->flow_m3h = NAN_;
	q->load_kw = 500;
	q->dt_k = 5;
	q->flow_margin = 1.1;
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_OK, "run from the heat load");
	UNIT_NEAR(r.duty.flow_m3h, 94.6, 1e-9, "G = 0.86 x 500 / 5 x 1.1 = 94.6 m3/h");
	hk_ps_result_free(&r);
	q->dt_k = NAN_;
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_EINVAL, "a load without dT");
	UNIT_EQ_STR(err.what, "--load needs --dt K (G = 0.86*Q/dT)", "says what is missing");
}

/* A profile: flows from the heat load (dT 5 K: 500 kW -> 86, 250 kW -> 43
 * m3/h), prices from price_kwh where the step has none, the design flow
 * the largest x margin = 94.6 m3/h. */
static void test_run_profile(void)
{
	struct sel f;
	hk_ps_request *q = &f.q;
	hk_ps_result r;
	hk_err err;
	hk_ps_step st[2] = {{NAN_, 500, 0, 12, 100, NAN_}, {NAN_, 250, 12, 12, 100, 0.3}};

	sel_setup(&f);
	q->flow_m3h = q->hours = NAN_;
	q->dt_k = 5;
	q->flow_margin = 1.1;
	q->steps = st;
	q->nsteps = 2;
	q->profile_name = "p.csv";
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_OK, "run over a profile");
	UNIT_NEAR(r.steps[0].flow_m3h, 86, 1e-9, "step 1: 0.86 x 500 / 5 = 86 m3/h");
	UNIT_NEAR(r.steps[1].flow_m3h, 43, 1e-9, "step 2: 0.86 x 250 / 5 = 43 m3/h");
	UNIT_NEAR(r.steps[0].price_yuan_kwh, 0.5, 0, "step 1: no price of its own, --price-kwh");
	UNIT_NEAR(r.steps[1].price_yuan_kwh, 0.3, 0, "step 2: its own price");
	UNIT_NEAR(r.duty.flow_m3h, 94.6, 1e-9, "design flow: the largest x 1.1");
	UNIT_EQ_STR(r.flow_src, "the profile's largest flow x 1.1", "and says so");
	UNIT_TRUE(r.en_ok[HK_PS_FIXED] && r.en_ok[HK_PS_VARIABLE] && !r.en_ok[HK_PS_STAGED],
		  "energy fixed and variable; no group");
	UNIT_REL(r.en[HK_PS_VARIABLE].yuan,
		 (r.out[HK_PS_VARIABLE][0].kwh * 0.5 + r.out[HK_PS_VARIABLE][1].kwh * 0.3), 1e-12,
		 "each step priced at its own price");
	hk_ps_result_free(&r);
}

/* A pump whose catalog power contradicts rho g Q H / eta (flag
 * power_contradicts) is never chosen silently: A, the LCC best, is skipped,
 * counted and named, and B chosen; --model A takes it, saying so. */
static void test_run_flagged(void)
{
	struct sel f;
	hk_ps_request *q = &f.q;
	hk_ps_result r;
	hk_err err;

	sel_setup(&f);
	f.m[0].cat_flags = HK_PUMP_CAT_POWER_CONTRADICTS;
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_OK, "run with A flagged power_contradicts");
	UNIT_EQ_INT(r.chosen, 1, "A (the LCC best) skipped: B chosen");
	UNIT_EQ_INT(r.n_flagged, 1, "one candidate skipped for its catalog flags");
	UNIT_EQ_STR(r.flagged, "A", "... and named");
	UNIT_TRUE(!r.cand[0].score.meets && strstr(r.cand[0].at.why, "power_contradicts"),
		  "A's row says why it is not a candidate");
	UNIT_EQ_INT(r.n_meet, 1, "only B meets");
	UNIT_EQ_INT(r.model_flagged, 0, "no --model");
	hk_ps_result_free(&r);

	q->model = "A";
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_OK, "--model A, flagged");
	UNIT_TRUE(r.chosen == 0 && r.model_flagged == 1 && r.n_flagged == 0,
		  "--model A: used, and marked for a warning");
	hk_ps_result_free(&r);
}

/* EHR-h without --main-length: computed at the design point, Q = G dT/0.86,
 * no limit.  G = 100 m3/h, H = 20 m, eta 0.6 (A), dT 10 K:
 * Q = 100*10/0.86 = 1162.7907 kW; EHR = 0.003096*100*20/0.6/1162.7907
 * = 0.003096*0.86*20/(0.6*10) = 0.00887520. */
static void test_run_ehr(void)
{
	struct sel f;
	hk_ps_request *q = &f.q;
	hk_ps_result r;
	hk_err err;

	sel_setup(&f);
	UNIT_NEAR(hk_pump_load_from_flow(100, 10), 1162.7907, 1e-4, "Q = G dT / 0.86");
	UNIT_TRUE(isnan(hk_pump_load_from_flow(100, 0)), "dT 0: NaN");
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_OK, "run without dT");
	UNIT_TRUE(r.ehr_state == HK_PS_EHR_FAILED && strstr(r.ehr_why, "--dt"),
		  "no dT: EHR-h not computed, not fatal, and why");
	hk_ps_result_free(&r);

	q->dt_k = 10;
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_OK, "run with dT 10 K");
	UNIT_EQ_INT(r.ehr_state, HK_PS_EHR_NO_LIMIT, "no main length: EHR-h without its limit");
	UNIT_NEAR(r.ehr_load_kw, 1162.7907, 1e-4, "Q from the design flow");
	UNIT_NEAR(r.ehr.ehr, 0.0088752, 1e-7, "EHR = 0.003096*0.86*20/(0.6*10)");
	hk_ps_result_free(&r);

	q->main_len_m = 500;
	q->load_kw = 1163;
	UNIT_EQ_INT(hk_pumpselect_run(q, &r, &err), HK_OK, "run with load and main length");
	UNIT_EQ_INT(r.ehr_state, HK_PS_EHR_CHECKED, "checked against the limit");
	/* Q = 1163: 0.003096*100*20/0.6/1163 = 0.0088736; limit 0.0097930 (test_ehr) */
	UNIT_NEAR(r.ehr.ehr, 0.0088736, 1e-7, "EHR with --load");
	UNIT_NEAR(r.ehr.limit, 0.0097930, 1e-7, "limit at 500 m, G 100 m3/h");
	hk_ps_result_free(&r);
}

int main(void)
{
	test_run_flagged();
	test_run_ehr();
	test_run_rank();
	test_run_select();
	test_run_profile();
	test_duty_on_curve();
	test_select();
	test_operating_point();
	test_range_flags();
	test_affinity();
	test_bad_input();
	test_droop();
	test_flow_from_load();
	test_ehr();
	test_group();
	test_energy_modes();
	test_lcc();
	test_real_p1();
	return unit_done();
}
