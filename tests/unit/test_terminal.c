/*
 * test_terminal.c - the heating curve of lib/terminal (issue 20, step 1).
 *
 * Acceptance: a radiator system 75/50 C at the design outdoor −7.2 C
 * (铜川, GB 50736-2012 Appendix A), indoor 18 C, n = 1.3 (EN 442-2), at
 * 50 % load.  The expected supply/return come from the closed form of the
 * EN 442 characteristic at constant flow, not from the library's
 * bisection: with D = φ(tsd − trd) and the target ΔT = φ^(1/n)·ΔTd,
 *   D / ln(a/(a − D)) = ΔT  =>  a/(a − D) = r = e^(D/ΔT)  =>  a = r D/(r − 1)
 * where a = ts − ti.  By hand: ΔTd = 25/ln(57/32) = 43.299 K,
 * ΔT = 0.5^(1/1.3)·43.299 = 25.398 K, r = e^(12.5/25.398) = 1.6358,
 * a = 32.159, ts = 50.16 C, tr = 37.66 C.
 */
#include <math.h>

#include "terminal.h"
#include "unit.h"

static void closed_form(const hk_terminal *t, double phi, double f, double *ts, double *tr)
{
	double dtd = (t->ts_d - t->tr_d) / log((t->ts_d - t->ti) / (t->tr_d - t->ti));
	double d = phi / f * (t->ts_d - t->tr_d), dt = pow(phi, 1 / t->n) * dtd;
	double r = exp(d / dt), a = r * d / (r - 1);
	*ts = t->ti + a;
	*tr = *ts - d;
}

static void test_acceptance(void)
{
	hk_terminal t = {.n = 1.3, .ts_d = 75, .tr_d = 50, .ti = 18};
	double t_design = -7.2, phi = 0.5, t_out = t.ti - phi * (t.ti - t_design);
	double ts, tr, ws, wr;
	hk_err e;
	UNIT_TRUE(hk_term_curve(&t, phi, 1, &ts, &tr, &e) == HK_OK, "curve at 50 %");
	closed_form(&t, phi, 1, &ws, &wr);
	UNIT_NEAR(ts, ws, 0.1, "radiator 75/50, 50 % load (t_out 5.4 C): supply, EN 442 closed form");
	UNIT_NEAR(tr, wr, 0.1, "radiator 75/50, 50 % load: return, EN 442 closed form");
	UNIT_NEAR(ts, 50.16, 0.05, "radiator 75/50, 50 % load: supply, by hand 50.16 C");
	UNIT_NEAR(tr, 37.66, 0.05, "radiator 75/50, 50 % load: return, by hand 37.66 C");
	UNIT_NEAR(t_out, 5.4, 1e-9, "50 % of the 铜川 design difference: 5.4 C outdoor");
}

static void test_other_points(void)
{
	hk_terminal fl = {.n = 1.1, .ts_d = 45, .tr_d = 35, .ti = 18};
	hk_terminal fc = {.n = 1.0, .ts_d = 45, .tr_d = 40, .ti = 20};
	double ts, tr, ws, wr;
	hk_err e;
	hk_term_curve(&fl, 1, 1, &ts, &tr, &e);
	UNIT_NEAR(ts, 45, 1e-6, "design share gives the design supply");
	UNIT_NEAR(tr, 35, 1e-6, "design share gives the design return");
	hk_term_curve(&fl, 0.3, 0.5, &ts, &tr, &e);
	closed_form(&fl, 0.3, 0.5, &ws, &wr);
	UNIT_NEAR(ts, ws, 1e-6, "floor n 1.1, 30 % load at half flow: supply, closed form");
	UNIT_NEAR(ts - tr, 0.3 / 0.5 * 10, 1e-9, "half flow doubles the cooling per share");
	hk_term_curve(&fc, 0.6, 1, &ts, &tr, &e);
	closed_form(&fc, 0.6, 1, &ws, &wr);
	UNIT_NEAR(ts, ws, 1e-6, "fan coil n 1.0, 60 % load: supply, closed form");
	hk_term_curve(&fc, 0, 1, &ts, &tr, &e);
	UNIT_NEAR(ts, 20, 1e-12, "no load: water at room temperature");
	UNIT_TRUE(hk_term_curve(&fc, -0.1, 1, &ts, &tr, &e) == HK_EINVAL, "negative share refused");
	UNIT_TRUE(hk_term_check(&(hk_terminal){.n = 1.3, .ts_d = 45, .tr_d = 15, .ti = 18}, &e) == HK_EINVAL,
		  "return below the room refused");
	UNIT_NEAR(hk_term_kind_get(HK_TERM_RADIATOR)->n, 1.3, 0, "radiator default n 1.3 (EN 442-2)");
	UNIT_NEAR(hk_term_kind_get(HK_TERM_FLOOR)->n, 1.1, 0, "floor default n 1.1 (EN 1264-2)");
}

int main(void)
{
	test_acceptance();
	test_other_points();
	return unit_done();
}
