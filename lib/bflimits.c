/* bflimits.c - mean-fluid limits from inlet/outlet limits (see bflimits.h). */
#include "bflimits.h"

#include <math.h>

double hk_fluid_delta_t(double peak_kw, size_t n, double m_flow_bh, double cp)
{
	if (n == 0 || !(m_flow_bh > 0) || !(cp > 0))
		return NAN;
	return peak_kw * 1000.0 / ((double)n * m_flow_bh * cp); /* Q = m cp dT */
}
