/*
 * bfdesign.h - what a borefield is made of: the ground (conductivity,
 * heat capacity, undisturbed temperature with an optional geothermal
 * gradient or flux), the boreholes and their resistance, the limits on
 * the mean fluid temperature Tf = (T_in + T_out)/2, the simulation
 * period and how the g-functions are computed.  Nothing here prints or
 * exits.
 */
#ifndef HK_BFDESIGN_H
#define HK_BFDESIGN_H

#include <stddef.h>

#include "borehole.h"
#include "gfunction.h"
#include "progress.h"
#include "status.h"

typedef struct hk_ground {
	double k;        /* conductivity (W/mK) */
	double rho_c;    /* volumetric heat capacity (J/m3K) */
	double Tg;       /* undisturbed temperature (C); with flux or
			    gradient: the surface temperature */
	double flux;     /* geothermal heat flux (W/m2); 0 = none */
	double gradient; /* geothermal gradient (K per 100 m); 0 = none */
} hk_ground;

/*
 * Undisturbed temperature averaged over the borehole [D, D+H] (C):
 * Tg; or Tg + flux/k (2D+H)/2; or Tg + gradient/100 (2D+H)/2
 * (GHEtool GroundFluxTemperature / GroundTemperatureGradient).
 */
double hk_ground_temperature(const hk_ground *g, double D, double H);

/* Thermal diffusivity k / rho_c (m2/s). */
double hk_ground_alpha(const hk_ground *g);

typedef struct hk_bfdesign {
	hk_ground ground;
	size_t n;            /* boreholes */
	const double *x;     /* coordinates (m) */
	const double *y;
	double D;            /* buried depth (m) */
	double rb;           /* borehole radius (m) */
	double Rb;           /* effective borehole resistance Rb* (mK/W);
				<= 0: computed from utube at each depth */
	const hk_utube *utube;
	hk_fluid fluid;
	double m_flow;       /* flow per borehole (kg/s) for Rb* */
	double Tf_min;       /* limits on the mean fluid temperature (C) */
	double Tf_max;
	int years;           /* simulation period */
	double peak_hours;   /* peak duration (h); 0 = 6 */
	hk_gopts gopts;      /* g-function solver options (zero = defaults) */
	size_t g_points;     /* g-table times; 0 = 33 (accurate) / 17 (fast) */
	int g_fast;          /* 0 = accurate: Richardson-extrapolated time
				steps, symmetry classes up to 480 unknowns,
				grouped into equivalent boreholes where that
				moves g by at most HK_BF_GROUP_TOL; 1 = fast:
				no extrapolation, at most 64 unknowns
				(equivalent boreholes), for searches over
				many layouts */
	double H_min, H_max; /* depth search range (m); 0 = 1, 1000 */
	const hk_progress *progress; /* told of long steps (sizing evaluations,
				layout searches); NULL = no one */
} hk_bfdesign;

/*
 * Accurate tables group the symmetry classes into equivalent boreholes
 * when that changes g (one step to the last time) by at most this much
 * (hk_gopts.group_tol): 0.1 %, a quarter of the 33-time table's own
 * time-stepping error (-0.4 % at 20 years on a 12 x 10 field against 129
 * times, bench/RESULTS.md).  gopts.group_tol < 0 keeps the exact classes.
 */
#define HK_BF_GROUP_TOL 1e-3

/*
 * Check a design: conductivity, heat capacity, radius, depth, limits,
 * years and the field (hk_field_check).  Fails (HK_EINVAL) with the
 * first problem, e.g. "ground conductivity -1 W/mK: expected > 0".
 */
hk_status hk_bfdesign_check(const hk_bfdesign *d, hk_err *err);

/* Effective borehole resistance at depth H (given or computed). */
hk_status hk_bfdesign_rb(const hk_bfdesign *d, double H, double *Rb,
			 hk_err *err);


/* The design's peak duration (h; 0 = 6, GHEtool) and depth range (m;
 * 0 = 1 and 1000). */
static inline double hk_bfdesign_peak_hours(const hk_bfdesign *d)
{
	return d->peak_hours > 0 ? d->peak_hours : 6.0;
}
static inline double hk_bfdesign_hmin(const hk_bfdesign *d)
{
	return d->H_min > 0 ? d->H_min : 1.0;
}
static inline double hk_bfdesign_hmax(const hk_bfdesign *d)
{
	return d->H_max > 0 ? d->H_max : 1000.0;
}

#endif
