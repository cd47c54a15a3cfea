/* bfdesign.c - the ground, the design check and Rb* (see bfdesign.h). */
#include "bfdesign.h"

#include <math.h>

#include "bflayout.h"

double hk_ground_temperature(const hk_ground *g, double D, double H)
{
	double zmid = (D + (D + H)) / 2.0;
	if (g->flux != 0.0)
		return g->Tg + g->flux / g->k * zmid;  /* GHEtool flux model */
	if (g->gradient != 0.0)
		return g->Tg + g->gradient / 100.0 * zmid; /* GHEtool gradient */
	return g->Tg;
}

double hk_ground_alpha(const hk_ground *g)
{
	return g->k / g->rho_c; /* thermal diffusivity alpha = k / (rho c) */
}
hk_status hk_bfdesign_check(const hk_bfdesign *d, hk_err *err)
{
	if (!d)
		return hk_fail(err, HK_EINVAL, "no design");
	if (!(d->ground.k > 0) || !isfinite(d->ground.k))
		return hk_fail(err, HK_EINVAL,
			       "ground conductivity %g W/mK: expected > 0",
			       d->ground.k);
	if (!(d->ground.rho_c > 0) || !isfinite(d->ground.rho_c))
		return hk_fail(err, HK_EINVAL,
			       "ground heat capacity %g J/m3K: expected > 0",
			       d->ground.rho_c);
	if (!isfinite(d->ground.Tg))
		return hk_fail(err, HK_EINVAL, "ground temperature is not a number");
	if (!(d->D >= 0))
		return hk_fail(err, HK_EINVAL, "buried depth %g m: expected >= 0",
			       d->D);
	if (d->years < 1 || d->years > 200)
		return hk_fail(err, HK_EINVAL, "simulation years %d: expected 1..200",
			       d->years);
	if (!(d->Tf_max > d->Tf_min))
		return hk_fail(err, HK_EINVAL,
			       "fluid temperature limits %g..%g C: expected "
			       "minimum < maximum", d->Tf_min, d->Tf_max);
	if (!(d->Rb > 0) && !d->utube)
		return hk_fail(err, HK_EINVAL,
			       "borehole resistance: give Rb* > 0 or a U-tube");
	if (hk_bfdesign_hmin(d) >= hk_bfdesign_hmax(d))
		return hk_fail(err, HK_EINVAL, "depth range %g..%g m: expected "
			       "min < max", hk_bfdesign_hmin(d), hk_bfdesign_hmax(d));
	return hk_field_check(d->x, d->y, d->n, d->rb, err);
}

hk_status hk_bfdesign_rb(const hk_bfdesign *d, double H, double *Rb, hk_err *err)
{
	if (d->Rb > 0) {
		*Rb = d->Rb;
		return HK_OK;
	}
	hk_utube u = *d->utube;
	u.rb = d->rb;
	hk_rb_result r;
	hk_status st = hk_utube_rb(&u, &d->fluid, d->m_flow, d->ground.k, H, &r,
				   err);
	if (!st)
		*Rb = r.Rb_star;
	return st;
}
