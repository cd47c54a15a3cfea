/*
 * gfunction.h - thermal response factors (g-functions) of vertical
 * borehole fields.
 *
 * The finite line source (FLS) with the ground surface held at the
 * undisturbed temperature by a negative image, evaluated in closed form
 * (Cimmino 2021: erf as a sum of Gaussians, Tanash & Riihonen 2020
 * coefficients, so the FLS integral becomes a sum of exponential integrals;
 * no quadrature), and the g-function of a field under a uniform borehole
 * wall temperature (UBWT, "BC-III") by segment superposition with
 * temporal superposition (Cimmino & Bernier 2014; Cimmino 2018 for the
 * load-history reconstruction).  Pair interactions are evaluated once per
 * distinct horizontal distance (similarities, Cimmino 2018), and boreholes
 * that are images of each other under the field's symmetries share one set
 * of unknowns (exact).  Fields with too many symmetry classes are reduced
 * to equivalent boreholes (Prieto & Cimmino 2021), grouped by their
 * steady-state uniform-heat-rate temperature.
 *
 * Units: SI throughout (m, s, m2/s).  g is dimensionless:
 *     Tb(t) = Tg - Q/(2 pi k N H) g(t)       (Q extraction > 0, W)
 *
 * Nothing here prints, exits or keeps global state.
 */
#ifndef HK_GFUNCTION_H
#define HK_GFUNCTION_H

#include <stddef.h>

#include "status.h"

/*
 * Exponential integral E1(x) = integral_x^inf e^-u/u du, for x > 0.
 * Chebyshev series of the power series (A&S 5.1.11) below x = 1 and of
 * x e^x E1(x) up to 64, continued fraction (A&S 5.1.22) above.  Relative
 * error below 2e-15.  Returns +inf for x <= 0.
 */
double hk_expint_e1(double x);

/*
 * Segment-to-segment FLS response factor h12 (dimensionless) at time t
 * (s): mean temperature rise of segment 2 (length H2, top at depth D2)
 * times 2 pi k, caused by segment 1 (H1, D1) emitting 1 W/m since t = 0,
 * at horizontal distance d (m; pass the borehole radius for a segment onto
 * itself).  Includes the image source mirrored about the ground surface.
 * Closed-form approximation of Cimmino (2021), 11 Gaussian terms.
 * t <= 0 gives 0.  Source: pygfunction finite_line_source; Claesson &
 * Javed 2011 eq. for the FLS integral.
 */
double hk_fls(double t, double alpha, double d, double H1, double D1,
	      double H2, double D2);

/*
 * Steady-state limit (t -> inf) of hk_fls (closed form, Cimmino & Bernier
 * 2014 / Claesson & Javed 2011).
 */
double hk_fls_steady(double d, double H1, double D1, double H2, double D2);

/*
 * Ratios of the borehole length taken by each of n segments, from top to
 * bottom: a geometric expansion from both ends starting at end_ratio
 * (Eskilson 1987 via pygfunction utilities.segment_ratios).  The ratios
 * sum to 1.  end_ratio <= 0 or n*end_ratio == 1 gives equal segments.
 * Fails (HK_EINVAL) for n < 1, n > HK_GF_MAX_SEG or end_ratio >= 0.5.
 */
#define HK_GF_MAX_SEG 24
hk_status hk_segment_ratios(int n, double end_ratio, double *ratios,
			    hk_err *err);

/* A field of identical vertical boreholes. */
typedef struct hk_gfield {
	size_t n;          /* number of boreholes */
	const double *x;   /* borehole x coordinates (m), n entries */
	const double *y;   /* borehole y coordinates (m), n entries */
	double H;          /* borehole length (m) */
	double D;          /* buried depth of the borehole top (m) */
	double rb;         /* borehole radius (m) */
} hk_gfield;

/* Solver options; zero fields take the default shown. */
/*
 * A field's geometry kept between g-functions of that field at other
 * depths (the symmetry classes, the distinct distances and which pair
 * lies at which): hk_gopts.prep.  Rebuilt when another field comes.
 */
typedef struct hk_gprep hk_gprep;
hk_gprep *hk_gprep_new(void);
void hk_gprep_free(hk_gprep *p);

typedef struct hk_gopts {
	int nseg;            /* segments per borehole [8] */
	double end_ratio;    /* end segment ratio [0.02]; < 0 = equal */
	int max_unknowns;    /* cap on segment unknowns before equivalent
				boreholes are used [480] */
	int uhtr;            /* 1 = uniform heat rate instead of UBWT */
	double dist_tol;     /* relative tolerance for equal distances [1e-6] */
	int richardson;      /* UBWT with an odd number of times (after the
				short-time linearisation): also step on
				every other time and extrapolate the
				first-order step error away; reuses the
				response matrices, so it costs only the
				extra solves */
	double group_tol;    /* > 0: group the symmetry classes into the
				fewest equivalent boreholes (8, 12, 16, 24,
				32, 48 ...) whose UBWT g after one step to
				the last time is within group_tol (relative)
				of the exact classes'; <= 0 = exact classes
				up to max_unknowns.  Costs one step of the
				exact problem and of each candidate. */
	hk_gprep *prep;      /* NULL, or the geometry kept between calls
				(hk_gprep_new; the caller frees it): the
				same g, without re-sorting every pair
				distance at each depth */
} hk_gopts;

/* What the solver did (optional output). */
typedef struct hk_gstats {
	size_t classes;      /* borehole groups solved for */
	size_t distances;    /* distinct horizontal distances */
	int symmetry;        /* symmetries found (1..8) */
	int equivalent;      /* 1 if equivalent boreholes were used */
	double bytes;        /* peak bytes allocated */
	double dist_tol;     /* distance tolerance used (widened for
				irregular fields, see hk_gfunction) */
	size_t exact_classes; /* with group_tol: the symmetry classes (0
				 when they exceed max_unknowns) */
	double group_err;    /* with group_tol: relative difference of the
				chosen groups' one-step g from the exact
				classes' (0 when exact) */
	double step_err;     /* with richardson: the largest relative
				Richardson correction |g(h) - g(2h)| / g over
				the times, the first-order step error the
				extrapolation removed: an upper estimate of
				the error left (0 without richardson) */
} hk_gstats;

/*
 * g-function of a field at the times t[0..nt-1] (s, increasing), written
 * to g[0..nt-1].  UBWT unless opts->uhtr.  The times are also the time
 * steps of the temporal superposition (as in pygfunction), so pass a
 * geometric grid (hk_gtable_build does).  Times below rb^2/(25 alpha)
 * are linearised from 0 (pygfunction).  Distances equal within
 * opts->dist_tol share one FLS evaluation; when more than 1000 distinct
 * distances remain (irregular fields) the tolerance is widened tenfold at
 * a time up to 1 % (pygfunction's similarities disTol).  Boreholes that
 * map onto each other under the field's symmetries share unknowns
 * (exact); beyond opts->max_unknowns the symmetry classes are grouped
 * into equivalent boreholes by steady-state temperature (Prieto &
 * Cimmino 2021; single-linkage cut), and with opts->group_tol > 0 also
 * below it, as far as one exact step allows.  opts and st may be NULL.
 * Cost: one dense solve of (groups x nseg + 1) unknowns per time (GMRES
 * preconditioned by the last LU factors, refactored when it took over
 * 16 iterations or has not converged in 24; Saad & Schultz 1986), plus nt^2/2
 * matrix-vector products for the superposition.
 * Fails: HK_EINVAL for n = 0, H/rb/alpha <= 0, D < 0, non-increasing t;
 * HK_ENOMEM.  Source: Cimmino & Bernier 2014; Cimmino 2018.
 */
hk_status hk_gfunction(const hk_gfield *f, double alpha, const double *t,
		       size_t nt, const hk_gopts *opts, double *g,
		       hk_gstats *st, hk_err *err);

/* A g-function on a log-time grid, interpolated in ln t. */
#define HK_GT_MAX 129
typedef struct hk_gtable {
	size_t n;
	double t[HK_GT_MAX];    /* s */
	double lnt[HK_GT_MAX];
	double g[HK_GT_MAX];
	double H;               /* the borehole length it was computed for */
	unsigned long id;       /* set by a cache: which computation, 0 = none */
} hk_gtable;

/*
 * Compute the g-function of f on n (<= HK_GT_MAX; 0 = 33) geometric
 * times from t_min to t_max (s) into gt.  The time-stepping error of the
 * UBWT solution is first order in the step ratio (about -1 % at 20 years
 * for a 10 x 12 field with 32 steps); with opts->richardson the solution
 * on every other time is used to extrapolate it away (Richardson), with
 * n made odd.  Fails as hk_gfunction.
 */
hk_status hk_gtable_build(hk_gtable *gt, const hk_gfield *f, double alpha,
			  double t_min, double t_max, size_t n,
			  const hk_gopts *opts, hk_gstats *st, hk_err *err);

/*
 * g at time t (s): monotone cubic (Fritsch-Carlson) interpolation in
 * ln t; below the first time g is scaled linearly with t to 0
 * (pygfunction's short-time linearisation); above the last, extrapolated
 * linearly in ln t.  t <= 0 gives 0.
 */
double hk_gtable_eval(const hk_gtable *gt, double t);

#endif
