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

#endif
