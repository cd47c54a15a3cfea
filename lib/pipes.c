/* pipes.c - friction factors and pipe-run head loss (see pipes.h). */
#include "pipes.h"

#include <math.h>


double hk_friction_sj(double re, double rel_rough)
{
	double x;
	if (!(re > 0))
		return NAN;
	if (re < 2300)
		return 64.0 / re; /* Hagen-Poiseuille, laminar */
	/* Swamee & Jain 1976, J. Hydraul. Div. ASCE 102(HY5), eq. 15 */
	x = log10(rel_rough / 3.7 + 5.74 / pow(re, 0.9));
	return 0.25 / (x * x);
}

double hk_friction_colebrook(double re, double rel_rough)
{
	double y, yn;
	int i;
	if (!(re > 0))
		return NAN;
	if (re < 2300)
		return 64.0 / re;
	y = 1.0 / sqrt(hk_friction_sj(re, rel_rough)); /* start from Swamee-Jain */
	for (i = 0; i < 100; i++) {
		/* Colebrook 1939: 1/√f = −2 log10(ε/(3.7D) + 2.51/(Re√f)) */
		yn = -2.0 * log10(rel_rough / 3.7 + 2.51 * y / re);
		if (fabs(yn - y) < 1e-14 * fabs(y))
			break;
		y = yn;
	}
	return 1.0 / (yn * yn);
}

hk_status hk_pipe_run_head(const hk_pipe_seg *s, size_t n, double g_m3h, double g_design_m3h,
			   double rough_m, double nu, double *head_m, hk_err *err)
{
	size_t i;
	double h = 0;
	if (!(g_m3h >= 0) || !(g_design_m3h > 0) || !(rough_m >= 0) || !(nu > 0))
		return hk_fail(err, HK_EINVAL, "pipe run: flow, roughness and viscosity must be >= 0 (design flow > 0)");
	for (i = 0; i < n; i++) {
		double q, v, re, f;
		if (!(s[i].length_m >= 0) || !(s[i].diam_m > 0) || !(s[i].share > 0 && s[i].share <= 1) ||
		    !(s[i].zeta >= 0) || !(s[i].dp_kpa >= 0))
			return hk_fail(err, HK_EINVAL,
				       "pipe segment %zu: expected length >= 0, diameter > 0, share in (0, 1], "
				       "zeta >= 0 and dp >= 0", i + 1);
		q = g_m3h * s[i].share / 3600.0;            /* m³/s */
		v = q / (M_PI * s[i].diam_m * s[i].diam_m / 4); /* mean velocity */
		re = v * s[i].diam_m / nu;
		if (v > 0) {
			f = hk_friction_sj(re, rough_m / s[i].diam_m);
			/* Darcy-Weisbach h_f = f·(L/D)·v²/(2g); local ζ·v²/(2g) */
			h += (f * s[i].length_m / s[i].diam_m + s[i].zeta) * v * v / (2 * HK_G);
		}
		/* equipment: dp at the design flow, scaled with (G/G_design)² */
		h += s[i].dp_kpa / HK_G * (g_m3h / g_design_m3h) * (g_m3h / g_design_m3h);
	}
	*head_m = h;
	return HK_OK;
}
