/*
 * bflimits.h - the limits on the mean fluid temperature of a borefield
 * from the limits on what enters and leaves it (GB 50366-2009 §4.3.5A)
 * and the fluid's temperature change across the field.  Nothing here
 * prints or exits.
 */
#ifndef HK_BFLIMITS_H
#define HK_BFLIMITS_H

#include <stddef.h>

/*
 * Fluid temperature change across the field (K) at a peak load (kW):
 * dT = peak x 1000 / (n m_flow_bh cp), with m_flow_bh the flow per
 * borehole (kg/s) and cp in J/kgK (reference Case C).  Limits on the
 * mean fluid temperature follow from limits on the inlet or outlet:
 *   GB 50366 4.3.5A winter, inlet > 4 C:   Tf_min = 4 + dT_ext/2
 *   GB 50366 4.3.5A summer, outlet < 33 C: Tf_max = 33 + dT_inj/2
 *   heat-pump inlet (= field outlet) limits [a, b] (Ahmadfard & Bernier
 *   2019): Tf_min = a - dT_ext/2, Tf_max = b + dT_inj/2.
 * Returns NAN for non-positive n, flow or cp.
 */
double hk_fluid_delta_t(double peak_kw, size_t n, double m_flow_bh, double cp);

/* What the limits on the mean fluid temperature are derived from. */
typedef struct hk_bf_limits {
	double t_in_min;   /* lowest field inlet in winter (C; GB 50366-2009
			      §4.3.5A: 4 without antifreeze) */
	double t_out_max;  /* highest field outlet in summer (C; §4.3.5A: 33) */
	double loop_dt;    /* fluid dT across the field at a peak when no flow
			      is given (K) */
	double flow;       /* flow per borehole (kg/s): dT from the peaks
			      (hk_fluid_delta_t); NAN = loop_dt */
	double tf_min;     /* mean-fluid limits given as such (C); NAN = */
	double tf_max;     /* derived from t_in_min / t_out_max */
	const char *t_in_min_src;  /* where t_in_min and t_out_max come from */
	const char *t_out_max_src; /* (the summary's words; NULL: "given") */
} hk_bf_limits;

/* The limits for a field, with their derivation in words. */
typedef struct hk_bf_limres {
	double Tf_min, Tf_max;  /* limits on the mean fluid temperature (C) */
	double dt_ext, dt_inj;  /* fluid dT at the extraction / injection peak (K) */
	char src_min[400];      /* how each limit came about, for the summary */
	char src_max[400];
} hk_bf_limres;

/*
 * The limits on the mean fluid temperature of a field of n boreholes
 * whose largest peaks are pk_ext and pk_inj (kW), fluid cp (J/kgK):
 *   dT = peak x 1000 / (n flow cp) with a flow, else loop_dt (0 without
 *   that peak);
 *   Tf_min = t_in_min + dT_ext/2, Tf_max = t_out_max + dT_inj/2
 *   (GB 50366-2009 §4.3.5A on the inlet and outlet), unless given.
 * With a flow the limits depend on n: a search over fields re-evaluates
 * them for the field it finds (hk_borefield_run).
 */
void hk_bf_limits_eval(const hk_bf_limits *l, double pk_ext, double pk_inj, size_t n,
		       double cp, hk_bf_limres *out);

#endif
