/*
 * borefield.h - ground-source borefields: layouts, fluid temperatures
 * over the years, sizing, thermal balance and hybrid (auxiliary) sizing.
 *
 * Conventions (GHEtool, Peere et al. 2021):
 *   - loads are ground loads: extraction (heating, heat taken from the
 *     ground) and injection (cooling, heat rejected to the ground), both
 *     >= 0, in kWh per month or kW per hour;
 *   - a month is 730 h; a year 8760 h;
 *   - temperature limits apply to the mean fluid temperature
 *     Tf = (T_in + T_out)/2;
 *   - Tb(t) = Tg + Q_inj/(2 pi k N H) g(t), Q_inj = injection - extraction.
 *
 * Methods: L2 = three pulses in closed form (Ahmadfard & Bernier 2019 for
 * the last year, Monzo et al. 2016 / Peere et al. 2021 for the first);
 * L3 = monthly superposition plus peak pulses; L4 = hourly superposition
 * (FFT convolution).  g-functions come from gfunction.h (UBWT); L3 and
 * L4 read converged tables, L2 solves the UBWT g-function on its three
 * pulse times as the only time steps, as GHEtool (pygfunction) does,
 * which its published L2 depths reflect.
 *
 * Nothing here prints or exits; arrays are caller-owned unless stated.
 */
#ifndef HK_BOREFIELD_H
#define HK_BOREFIELD_H

#include <stddef.h>

#include "borehole.h"
#include "gfunction.h"
#include "status.h"

#define HK_HOURS_PER_MONTH 730.0
#define HK_HOURS_PER_YEAR 8760.0

/* ---------------------------------------------------------------- */
/* Ground                                                            */
/* ---------------------------------------------------------------- */

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

/* ---------------------------------------------------------------- */
/* Layouts                                                           */
/* ---------------------------------------------------------------- */

typedef enum {
	HK_LAYOUT_RECT,   /* n1 x n2 grid */
	HK_LAYOUT_BOX,    /* perimeter of an n1 x n2 grid (open rectangle) */
	HK_LAYOUT_L,      /* n1 along x and n2 along y sharing the corner */
	HK_LAYOUT_U,      /* n1 along x, n2 up each side (sides share corners) */
	HK_LAYOUT_LINE    /* n1 in a row */
} hk_layout_kind;

/*
 * Number of boreholes of a layout (pygfunction rectangle_field,
 * box_shaped_field, L_shaped_field, U_shaped_field).  0 for bad n1/n2.
 */
size_t hk_layout_count(hk_layout_kind kind, int n1, int n2);

/*
 * Borehole coordinates (m) of a layout with spacings B1 along x and B2
 * along y, written to x[0..n-1], y[0..n-1] (cap entries available);
 * *n receives the count.  Fails (HK_EINVAL) for n1 < 1, n2 < 1 (except
 * LINE), spacings <= 0, or cap too small.
 */
hk_status hk_layout(hk_layout_kind kind, int n1, int n2, double B1, double B2,
		    double *x, double *y, size_t cap, size_t *n, hk_err *err);

/* Layout name ("rectangle", "box", "L", "U", "line") and its inverse
 * (returns -1 for an unknown name). */
const char *hk_layout_name(hk_layout_kind kind);
int hk_layout_parse(const char *name);

/*
 * Validate arbitrary coordinates: finite values, and no two boreholes
 * closer than a borehole diameter (2 rb; overlapping or spacing smaller
 * than the diameter).  Fails (HK_EINVAL) naming the first offending pair
 * (1-based indices) and their distance.  O(n log n).
 */
hk_status hk_field_check(const double *x, const double *y, size_t n, double rb,
			 hk_err *err);

/* ---------------------------------------------------------------- */
/* Loads                                                             */
/* ---------------------------------------------------------------- */

/*
 * Monthly ground loads.  nm = 12 (one year, repeated every year) or
 * 12 x years.  Energies in kWh per month, peaks in kW; the peak used is
 * max(peak, energy/730 h) (GHEtool).
 */
typedef struct hk_mload {
	size_t nm;
	const double *ext_kwh;     /* extraction energy */
	const double *inj_kwh;     /* injection energy */
	const double *peak_ext_kw; /* extraction peak (NULL = energy/730) */
	const double *peak_inj_kw; /* injection peak (NULL = energy/730) */
} hk_mload;

/*
 * Hourly ground loads: nh = 8760 (repeated every year) or 8760 x years;
 * kW, extraction and injection >= 0 (either may be NULL = 0).
 */
typedef struct hk_hload {
	size_t nh;
	const double *ext_kw;
	const double *inj_kw;
} hk_hload;

/*
 * Ground load from a building load (kW or kWh): extraction =
 * heat (1 - 1/COP), injection = cool (1 + 1/EER) (energy balance of the
 * heat pump).  COP and EER must be > 1 and > 0; returns NAN otherwise.
 */
double hk_extraction_from_heating(double heat, double cop);
double hk_injection_from_cooling(double cool, double eer);

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

/*
 * Check a monthly load against the simulation length: nm must be 12 or
 * 12*years, values finite and >= 0.  Fails (HK_EINVAL) naming the first
 * bad month.
 */
hk_status hk_mload_check(const hk_mload *ml, int years, hk_err *err);
hk_status hk_hload_check(const hk_hload *hl, int years, hk_err *err);

/*
 * Monthly loads from hourly loads (730-h blocks of 8760 h; the 12th month
 * takes 730 h as well, i.e. hours 0..8759): energies (kWh) and peaks
 * (kW) per month, into arrays of 12 x (nh/8760) entries each.
 */
hk_status hk_hload_to_monthly(const hk_hload *hl, double *ext_kwh,
			      double *inj_kwh, double *peak_ext_kw,
			      double *peak_inj_kw, hk_err *err);

/* ---------------------------------------------------------------- */
/* Design and g-function cache                                       */
/* ---------------------------------------------------------------- */

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

/*
 * Cache of g-function tables for one field at several depths.  Tables
 * are computed on first use.  With h_grid > 1 (hk_gcache_init sets
 * 1.1 with h_linear = 1), tables are computed only at the depths
 * h_origin x h_grid^k (h_origin: 100 m, or where a sizing lays it: see
 * hk_size_depth) and a g-function at any other depth is interpolated
 * linearly in ln H between the two around it (or, with h_linear = 0, by
 * a cubic through four); the depths agree with exact tables to about
 * 1 mm on Cases A-C.  h_grid = 0 computes every depth exactly.  With
 * h_interp > 0 (exact mode), a depth bracketed by two cached depths less
 * than h_interp x H apart is interpolated linearly.
 *
 * Anchored mode (accurate designs, anchor_tol > 0, set by
 * hk_gcache_init): one accurate table at a depth Ha serves every depth H
 * within anchor_tol of it, as
 *     g(t, H) = g_acc(t, Ha) + g_fast(t, H) - g_fast(t, Ha),
 * the depth dependence taken from the cheap fast tables on the grid (the
 * error is the change of g_acc - g_fast over H - Ha, with the grid's own
 * interpolation: below 3e-4 of g within a 5 % window, growing with time
 * from 1e-6 at an hour; sized depths agree with the accurate grid's to
 * 0.01 %); farther depths get an accurate table of their own.  A sizing
 * then computes one accurate table instead of two.  fast_only = 1 uses
 * the fast tables alone (a pre-sizing).
 */
#define HK_GC_MAX 16
typedef struct hk_gset {
	size_t n;
	size_t next;              /* round-robin slot */
	hk_gtable tab[HK_GC_MAX];
} hk_gset;
typedef struct hk_gcache {
	const hk_bfdesign *d;
	double t_max;             /* s */
	double h_interp;          /* relative bracket width, 0 = exact only */
	double h_grid;            /* depth grid ratio (> 1), 0 = exact */
	double h_origin;          /* a depth on the grid (m), 0 = 100 */
	int h_linear;             /* 1 = linear in ln H between 2 grid
				     depths instead of cubic through 4 */
	double anchor_tol;        /* anchored mode window (relative), 0 = off */
	int fast_only;            /* 1 = fast tables only */
	hk_gset acc, fast;        /* the design's own tables, and fast ones */
	hk_gtable scratch;
	unsigned long ids;        /* tables computed so far (their ids) */
	size_t computed;          /* accurate tables computed (statistics) */
	size_t computed_fast;     /* fast tables computed (statistics) */
	hk_gstats last;           /* stats of the last computation */
	hk_gstats last_acc;       /* ... of the last accurate one */
} hk_gcache;

/* Initialise a cache for design d (kept by pointer; d must outlive it). */
void hk_gcache_init(hk_gcache *c, const hk_bfdesign *d);

/*
 * The g-table of the design's field at depth H: from the cache,
 * interpolated, or computed.  *gt points into the cache and stays valid
 * until the next call.  Fails as hk_gfunction.
 */
hk_status hk_gcache_get(hk_gcache *c, double H, const hk_gtable **gt,
			hk_err *err);

/* ---------------------------------------------------------------- */
/* Temperatures                                                      */
/* ---------------------------------------------------------------- */

/* Results of a temperature simulation; arrays may be NULL. */
typedef struct hk_temps {
	double *Tb;      /* borehole wall (C), one per month / hour */
	double *Tf;      /* mean fluid at the average load */
	double *Tf_inj;  /* mean fluid at peak injection (monthly only) */
	double *Tf_ext;  /* mean fluid at peak extraction (monthly only) */
	double Tf_max;   /* extremes over the whole run (C) */
	double Tf_min;
	size_t i_max;    /* index (month or hour) of the extremes */
	size_t i_min;
	double Rb;       /* Rb* used (mK/W) */
	double Tg;       /* undisturbed temperature used (C) */
} hk_temps;

/*
 * L3 monthly temperatures at depth H over 12 x years months (GHEtool
 * _calculate_temperature_profile):
 *   Tb_m = Tg + sum_j Qbar_j [g(t_{m-j+1}) - g(t_{m-j})]/(2 pi k N H)
 *   Tf_m = Tb_m + Qbar_m Rb* /(N H)
 *   Tf_inj,m = Tb_m + [P_inj (g(tp)/2pik + Rb*) - Qbar_m g(tp)/2pik]/(N H)
 *   Tf_ext,m = Tb_m + [-P_ext (g(tp)/2pik + Rb*) - Qbar_m g(tp)/2pik]/(N H)
 * Qbar = net injection power of the month (W).  Arrays need 12 x years
 * entries.  Fails on bad input (hk_mload_check, hk_bfdesign_check).
 */
hk_status hk_temps_l3(const hk_bfdesign *d, const hk_mload *ml, double H,
		      hk_gcache *gc, hk_temps *out, hk_err *err);

/*
 * L4 hourly temperatures at depth H over 8760 x years hours:
 * Tb_h = Tg + (Q * dg)_h/(2 pi k N H), Tf_h = Tb_h + Q_h Rb* /(N H), with
 * the convolution done by FFT (O(n log n)).  Arrays need 8760 x years
 * entries (Tf_inj / Tf_ext unused).  Allocates scratch (about 70 bytes
 * per simulated hour: 12.6 MB for 20 years).
 */
hk_status hk_temps_l4(const hk_bfdesign *d, const hk_hload *hl, double H,
		      hk_gcache *gc, hk_temps *out, hk_err *err);

/* ---------------------------------------------------------------- */
/* Sizing                                                            */
/* ---------------------------------------------------------------- */

typedef enum { HK_L2 = 2, HK_L3 = 3, HK_L4 = 4 } hk_method;

typedef struct hk_sizing {
	double H;          /* required depth (m) */
	int quadrant;      /* GHEtool limiting quadrant 1..4:
			      1/2 maximum temperature, 3/4 minimum;
			      1/4 extraction-dominated field */
	int limit;         /* +1 maximum temperature binds, -1 minimum */
	int year;          /* year (1-based) of the binding extreme */
	int month;         /* month (1..12) of it; 0 for L2 */
	double Tf_max;     /* extremes at the size (C) */
	double Tf_min;
	double Rb;         /* Rb* at the size (mK/W) */
	double Tg;         /* undisturbed temperature at the size (C) */
	int iterations;    /* temperature evaluations */
} hk_sizing;

/*
 * Depth of every borehole of the design's field so that the mean fluid
 * temperature stays within [Tf_min, Tf_max] over the simulation, by L2,
 * L3 (ml needed) or L4 (hl needed).  First sized for the maximum limit,
 * checked against the minimum, then the other way round (GHEtool).
 * Fails: HK_EINVAL on bad input; HK_ENOSOL when no depth within
 * [H_min, H_max] satisfies both limits, with a message naming the binding
 * limit and what would help (e.g. the limit band excludes the ground
 * temperature; the minimum needs H > H_max; the gradient makes deeper
 * fields warmer).  gc may be NULL (a private cache is used).  With an
 * anchored cache the accurate iteration starts from a sizing on the fast
 * tables, which starts from a rough one (uniform heat rate, 9 times); a
 * fresh cache's depth grid is laid through the deeper of the two limits'
 * rough depths (h_origin).  These pre-sizings are best effort: when one
 * fails, the start is 100 m.
 */
hk_status hk_size_depth(const hk_bfdesign *d, const hk_mload *ml,
			const hk_hload *hl, hk_method method, hk_gcache *gc,
			hk_sizing *res, hk_err *err);

/*
 * Smallest rectangular field (n1 x n2, n1 >= n2, n1 <= n2 * max_aspect)
 * with spacing B whose required depth (method) is at most H; fills the
 * layout and the sizing.  x, y receive the coordinates (cap entries).
 * Fails with HK_ENOSOL when even n_max boreholes are not enough.
 */
typedef struct hk_count_result {
	int n1, n2;
	size_t n;
	hk_sizing sizing;
} hk_count_result;
hk_status hk_size_count(const hk_bfdesign *d, const hk_mload *ml,
			const hk_hload *hl, hk_method method, double H,
			double B, double max_aspect, size_t n_max, double *x,
			double *y, size_t cap, hk_count_result *res,
			hk_err *err);

/*
 * Best layout in a rectangle of land W x L (m): among rectangle (and
 * box) layouts with spacing B that fit (borehole centres inside the
 * land), the one with the fewest metres drilled whose depth lies within
 * [H_min, H_max] of the design.  x, y receive its coordinates.
 */
typedef struct hk_layout_result {
	hk_layout_kind kind;
	int n1, n2;
	size_t n;
	double total_m;
	size_t evaluated;  /* candidate layouts sized */
	size_t pruned;     /* skipped: broke a limit at the depth that would
			      tie the best total (L3, uniform ground) */
	hk_sizing sizing;
} hk_layout_result;
hk_status hk_best_layout(const hk_bfdesign *d, const hk_mload *ml,
			 hk_method method, double W, double L, double B,
			 double *x, double *y, size_t cap,
			 hk_layout_result *res, hk_err *err);

/* ---------------------------------------------------------------- */
/* Thermal balance, hybrid sizing, rule of thumb                     */
/* ---------------------------------------------------------------- */

typedef struct hk_balance {
	double ext_kwh_y;     /* mean yearly extraction (kWh) */
	double inj_kwh_y;     /* mean yearly injection (kWh) */
	double imbalance;     /* (inj - ext)/max(inj, ext), -1..1; GB 50366
				 4.3.2 asks for balance */
	double drift_K;       /* mean Tb of the last year minus mean Tb of
				 the first year (K), from L3 at depth H */
} hk_balance;

/* Yearly energies, imbalance ratio and ground drift at depth H (L3). */
hk_status hk_thermal_balance(const hk_bfdesign *d, const hk_mload *ml,
			     double H, hk_gcache *gc, hk_balance *b,
			     hk_err *err);

/*
 * Auxiliary (hybrid) sizing at a fixed depth H: the smallest cap (kW) on
 * the ground injection above which a cooling tower takes the load (and,
 * separately, on the extraction above which an auxiliary heater takes
 * it) so that the limits hold (GB 50366-2009 4.3.3 allows such peaks to
 * be taken by an auxiliary source).  With hourly loads (hl) every hour
 * is capped and the temperatures are L4; the auxiliary energy is the
 * load above the cap, exactly.  With monthly loads (ml, hl NULL) the
 * temperatures are L3 and a month is L3's load model: one peak block of
 * peak_hours at the peak on a flat base carrying the rest of the energy;
 * the energy above the cap comes off the month's ground energy and is
 * the auxiliary energy (a lower bound when peaks recur daily).  Outputs
 * the auxiliary capacity (kW, = largest load - cap) and yearly
 * auxiliary energy (kWh, mean over the years).  0 when the field needs
 * no help.  Fails with HK_ENOSOL when even removing all of that load
 * does not help (the other limit binds).
 */
typedef struct hk_hybrid {
	double cool_kw, cool_kwh_y;   /* auxiliary cooling (tower) */
	double heat_kw, heat_kwh_y;   /* auxiliary heating */
	double Tf_max, Tf_min;        /* with the auxiliaries */
} hk_hybrid;
hk_status hk_hybrid_size(const hk_bfdesign *d, const hk_mload *ml,
			 const hk_hload *hl, double H, hk_gcache *gc,
			 hk_hybrid *res, hk_err *err);

/*
 * Rule-of-thumb length (m): peak extraction (kW) x 1000 / w_per_m, the
 * design-institute practice (e.g. 30-50 W/m), and the same for injection.
 * Returns NAN for w_per_m <= 0.
 */
double hk_rule_of_thumb_length(double peak_kw, double w_per_m);

#endif
