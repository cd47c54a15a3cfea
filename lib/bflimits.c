/* bflimits.c - mean-fluid limits from inlet/outlet limits (see bflimits.h). */
#include "bflimits.h"

#include <math.h>
#include <stdio.h>

double hk_fluid_delta_t(double peak_kw, size_t n, double m_flow_bh, double cp)
{
	if (n == 0 || !(m_flow_bh > 0) || !(cp > 0))
		return NAN;
	return peak_kw * 1000.0 / ((double)n * m_flow_bh * cp); /* Q = m cp dT */
}

/* one limit: given as such (opt), or t + dt/2 (name = tname + dtname/2)
 * with its derivation in src */
static double one_limit(double given, const char *opt, double t, double dt, const char *name,
			const char *tname, const char *dtname, const char *t_src,
			const char *dt_src, char *src, size_t cap)
{
	if (isfinite(given)) {
		snprintf(src, cap, "%s", opt);
		return given;
	}
	snprintf(src, cap, "%s = %s + %s/2 = %g + %.3f/2; %s %s; %s %s", name, tname, dtname, t, dt,
		 tname, t_src, dtname, dt_src);
	return t + dt / 2; /* the mean of inlet and outlet: GB 50366-2009 §4.3.5A limits */
}

void hk_bf_limits_eval(const hk_bf_limits *l, double pk_ext, double pk_inj, size_t n,
		       double cp, hk_bf_limres *out)
{
	const char *how = isfinite(l->flow) ? "= peak x 1000/(n m cp) from --flow" : "from --loop-dt";
	if (isfinite(l->flow)) {
		out->dt_ext = hk_fluid_delta_t(pk_ext, n, l->flow, cp);
		out->dt_inj = hk_fluid_delta_t(pk_inj, n, l->flow, cp);
	} else {
		out->dt_ext = pk_ext > 0 ? l->loop_dt : 0;
		out->dt_inj = pk_inj > 0 ? l->loop_dt : 0;
	}
	out->Tf_min = one_limit(l->tf_min, "--tf-min", l->t_in_min, out->dt_ext, "Tf_min",
				"T_in,min", "dT_ext", l->t_in_min_src ? l->t_in_min_src : "given",
				!(pk_ext > 0) ? "0: no heat is extracted" : how,
				out->src_min, sizeof out->src_min);
	out->Tf_max = one_limit(l->tf_max, "--tf-max", l->t_out_max, out->dt_inj, "Tf_max",
				"T_out,max", "dT_inj", l->t_out_max_src ? l->t_out_max_src : "given",
				!(pk_inj > 0) ? "0: no heat is injected" : how,
				out->src_max, sizeof out->src_max);
}
