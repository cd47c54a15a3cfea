/*
 * loads.h - heating loads by the area-index method and the annual heat by
 * the degree-day formula (CJJ 34).
 */
#ifndef HK_LOADS_H
#define HK_LOADS_H

/* Design heating load of a building, kW: Q = q_h·A / 1000, q_h in W/m²,
 * A in m² (CJJ 34-2010 §3.1.2, area heat index method). */
double hk_area_load_kw(double area_m2, double index_w_m2);

/* Annual space-heating energy, GJ:
 * Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o)   (CJJ 34-2010 §3.2.1)
 * N heating days, Q design load kW, t_i indoor, t_a mean outdoor over the
 * heating period, t_o heating design outdoor temperature (℃).
 * Requires t_i > t_o; returns 0 when N = 0. */
double hk_annual_heat_gj(double q_kw, double days, double t_in, double t_mean,
			 double t_design);

#endif
