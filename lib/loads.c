/* loads.c - area-index loads and annual heat (see loads.h). */
#include "loads.h"

#include <assert.h>

double hk_area_load_kw(double area_m2, double index_w_m2)
{
	return area_m2 * index_w_m2 / 1000.0; /* CJJ 34-2010 §3.1.2: Q = q·A */
}

double hk_annual_heat_gj(double q_kw, double days, double t_in, double t_mean,
			 double t_design)
{
	assert(t_in > t_design);
	if (days <= 0)
		return 0;
	/* CJJ 34-2010 §3.2.1: Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o), GJ */
	return 0.0864 * days * q_kw * (t_in - t_mean) / (t_in - t_design);
}
