/* test_borehole.c - multipole resistances and Rb* against pygfunction's
 * published values and reference Case C (Ahmadfard & Bernier 2019 test 1a,
 * GHEtool Rb* = 0.128). */
#include <math.h>

#include "borehole.h"
#include "unit.h"

#define PI 3.14159265358979323846

static void test_multipole(void)
{
	/* pygfunction pipes_test (reference Case E, multipole check) */
	double px[2] = {0.03, -0.03}, py[2] = {0.0, 0.02}, R[4];
	hk_err e;
	UNIT_EQ_INT(hk_multipole(2, px, py, 0.02, 0.07, 2.5, 1.5, 1.2 / (2 * PI * 1.5),
				 3, R, &e), HK_OK, "multipole J=3 solves");
	UNIT_REL(R[0], 0.25592405, 1e-6, "R11 J=3 (pygfunction pipes_test)");
	UNIT_REL(R[1], 0.01560826, 1e-6, "R12 J=3 (pygfunction pipes_test)");
	UNIT_REL(R[2], 0.01560826, 1e-6, "R21 J=3 (pygfunction pipes_test)");
	UNIT_REL(R[3], 0.25310667, 1e-6, "R22 J=3 (pygfunction pipes_test)");

	/* line-source J = 0 (pygfunction thermal_resistances docstring) */
	double qx[2] = {-0.06, 0.06}, qy[2] = {0, 0};
	UNIT_EQ_INT(hk_multipole(2, qx, qy, 0.01, 0.075, 2.0, 1.0, 0.1, 0, R, &e),
		    HK_OK, "line source solves");
	UNIT_REL(R[0], 0.36648149, 1e-6, "R11 J=0 (pygfunction docstring)");
	UNIT_REL(R[1], -0.04855895, 1e-6, "R12 J=0 (pygfunction docstring)");
}

static void test_case_c(void)
{
	/* reference Case C: single U r_in 0.0137, r_out 0.0167, D_s 0.0375,
	 * k_g 1.4, k_p 0.43, fluid rho 1052 cp 3795 mu 0.0052 k 0.48,
	 * 0.44 kg/s, k_s 1.8, rb 0.075; GHEtool gives Rb* = 0.128 */
	hk_utube u = {1, 0.075, 0.0137, 0.0167, 0.0375, 1.4, 0.43, 0, 0};
	hk_fluid fl = {0.48, 1052, 3795, 0.0052};
	hk_rb_result r;
	hk_err e;
	UNIT_EQ_INT(hk_utube_rb(&u, &fl, 0.44, 1.8, 60.01, &r, &e), HK_OK,
		    "Case C single U solves");
	UNIT_REL(r.Rb_star, 0.128, 0.02, "Case C Rb* at 60 m (GHEtool, reference Case C)");
	/* Hellstrom 1991: for one U, Rb* = Rb eta coth eta exactly (UBWT) */
	double eta = 60.01 / (0.44 * 3795 * sqrt(r.Ra * r.Rb));
	UNIT_REL(r.Rb_star, r.Rb * eta / tanh(eta), 1e-9,
		 "single U Rb* equals Hellstrom's Rb eta coth eta (consistency)");
	UNIT_REL(r.Rp, log(0.0167 / 0.0137) / (2 * PI * 0.43), 1e-12,
		 "pipe wall resistance ln(ro/ri)/(2 pi kp) (Fourier)");
	UNIT_TRUE(r.Re > 2300 && r.Re < 4000, "Case C flow is transitional (Re 3932)");
}

static void test_bad(void)
{
	double px[2] = {0.07, -0.03}, py[2] = {0, 0}, R[4];
	hk_err e;
	UNIT_EQ_INT(hk_multipole(2, px, py, 0.02, 0.075, 2, 1, 0.1, 2, R, &e), HK_EINVAL,
		    "pipe outside the borehole rejected");
	double ox[2] = {0.01, -0.01};
	UNIT_EQ_INT(hk_multipole(2, ox, py, 0.02, 0.075, 2, 1, 0.1, 2, R, &e), HK_EINVAL,
		    "overlapping pipes rejected");
	hk_utube u = {1, 0.075, 0.02, 0.015, 0.0375, 1.4, 0.43, 0, 0};
	hk_fluid fl = {0.48, 1052, 3795, 0.0052};
	hk_rb_result r;
	UNIT_EQ_INT(hk_utube_rb(&u, &fl, 0.44, 1.8, 60, &r, &e), HK_EINVAL,
		    "r_out < r_in rejected");
	u.r_in = 0.0137;
	u.r_out = 0.0167;
	UNIT_EQ_INT(hk_utube_rb(&u, &fl, 0.0, 1.8, 60, &r, &e), HK_EINVAL,
		    "zero flow rejected");
}

int main(void)
{
	test_multipole();
	test_case_c();
	test_bad();
	return unit_done();
}
