/*
 * opplant.h - the made-up plant test_operate.c and test_opseason.c share
 * (every expected value in them is computed from these formulas, never
 * copied from our output):
 *   COP = 5 + 0.1·t_out − 0.08·(tw − 35), points at t_out −10/0/10 C and
 *         tw 25/35/45/55 C (linear: the interpolation is exact)
 *   K1  = 0.8 + 0.01·t_out − 0.005·(tw − 35), points at −10/10 C and 35/55 C,
 *         rated 100 kW, defrost integrated (K2 = 1)
 *   8.6 m3/h per unit (100 kW at 10 K); floor heating 45/35 C, ti 18 C,
 *   n 1.1; design load 300 kW.
 */
#ifndef HK_TEST_OPPLANT_H
#define HK_TEST_OPPLANT_H

#include <math.h>
#include <string.h>

#include "operate.h"

static double cop_fn(double t, double tw) { return 5 + 0.1 * t - 0.08 * (tw - 35); }
static double k1_fn(double t, double tw) { return 0.8 + 0.01 * t - 0.005 * (tw - 35); }

static hk_copsurf surf;
static hk_hp_model cap;

/* the plant with `units` units (its surface and capacity table in surf, cap) */
static hk_op_plant plant_of(int units)
{
	static const double ts[] = {-10, 0, 10}, tws[] = {25, 35, 45, 55};
	hk_hp_ratio pts[4];
	size_t i, j, n = 0;
	hk_err e;
	memset(&surf, 0, sizeof surf);
	for (i = 0; i < 3; i++)
		for (j = 0; j < 4; j++)
			hk_copsurf_add(&surf, ts[i], tws[j], cop_fn(ts[i], tws[j]), &e);
	hk_hp_model_init(&cap, "test", 100, 0);
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++) {
			double t = i ? 10 : -10, w = j ? 55 : 35;
			pts[n++] = (hk_hp_ratio){t, w, k1_fn(t, w), NAN};
		}
	hk_hp_model_set_points(&cap, pts, n, &e);
	cap.defrost = HK_DEFROST_INTEGRATED;
	return (hk_op_plant){.term = {.n = 1.1, .ts_d = 45, .tr_d = 35, .ti = 18}, .design_kw = 300,
			     .cop = &surf, .cap = &cap, .units = units, .unit_flow_m3h = 8.6};
}

#endif
