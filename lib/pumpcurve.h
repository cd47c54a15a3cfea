/*
 * pumpcurve.h - centrifugal pump curves from catalog points, system
 * curves, operating points, parallel pumps and variable speed.
 *
 * Pure physics: no I/O, no allocation.  Units everywhere:
 *   flow Q, G      m3/h        head H        m (of the pumped fluid)
 *   power P        kW          efficiency    fraction 0..1 (not %)
 *   speed n        ratio to the catalog curve's speed (1.0 = as measured)
 *   density rho    kg/m3       g = 9.81 m/s2 (HK_PUMP_G)
 *
 * Curve model.  Catalog points are fitted in one of two ways:
 *
 *  - HK_PUMP_FIT_PCHIP (recommended): a monotone piecewise cubic Hermite
 *    interpolant through every point (Fritsch & Carlson, SIAM J. Numer.
 *    Anal. 17(2), 1980; Moler, "Numerical Computing with MATLAB" ch. 3,
 *    pchip).  It goes through the published points exactly, is C1-smooth,
 *    and never overshoots: a head curve that falls between points falls
 *    between them too.  A quadratic does not: on the 24 curves of
 *    shared/reference/pump-curves.csv a least-squares quadratic misses
 *    points by up to 1.1 m (28 % of run-out head) and rises with flow near
 *    shut-off on 15 of them (EC pumps with a flat, power-limited max curve),
 *    which would create spurious operating points.
 *  - HK_PUMP_FIT_QUADRATIC: least squares H = a + b*Q + c*Q^2 (the classic
 *    model, Karassik, Pump Handbook, ch. 2; affinity scaling stays
 *    quadratic: H = a*n^2 + b*n*Q + c*Q^2).  For ideal or textbook curves
 *    and for comparison; fit_resid_max_m says how well it fits.
 *
 * The same model is used for the optional efficiency and power curves.
 *
 * Range.  The catalog covers flows q_lo..q_hi (for a drooping curve,
 * q_lo is the flow of the highest head: left of it the curve is unstable,
 * Gulich, Centrifugal Pumps, 3rd ed., sec. 11.5).  Every evaluation outside
 * that range sets HK_PUMP_F_BELOW_RANGE or HK_PUMP_F_ABOVE_RANGE in the
 * result's flags: the value is then an extrapolation (linear with the end
 * slope for PCHIP, the polynomial for the quadratic) and the caller must
 * say so or reject it.  Nothing is extrapolated silently.
 */
#ifndef HK_PUMPCURVE_H
#define HK_PUMPCURVE_H

#include "status.h"

#define HK_PUMP_MAXPTS 64
#define HK_PUMP_G 9.81          /* m/s2, as used by the catalog note (head = dp/9810) */
#define HK_PUMP_RHO_WATER 1000.0 /* kg/m3; pass the real density where it matters */

typedef enum {
	HK_PUMP_FIT_PCHIP = 0,
	HK_PUMP_FIT_QUADRATIC
} hk_pump_fit;

/* What the catalog's power column is. */
typedef enum {
	HK_PUMP_POWER_NONE = 0, /* no power column */
	HK_PUMP_POWER_P1,       /* electrical input to motor (+drive): wire-to-water */
	HK_PUMP_POWER_P2        /* shaft power */
} hk_pump_power_kind;

/* Flags in results (bit set).  Curve flags live in hk_pump_curve.flags. */
enum {
	HK_PUMP_F_BELOW_RANGE = 1u << 0, /* flow below the catalog's (stable) range: extrapolated */
	HK_PUMP_F_ABOVE_RANGE = 1u << 1, /* flow beyond the last catalog point: extrapolated */
	HK_PUMP_F_NO_EFF      = 1u << 2, /* no efficiency or power data: eff/power are NaN */
	HK_PUMP_F_EFF_FROM_P1 = 1u << 3, /* eff = rho*g*Q*H/P1 (wire-to-water, lower than pump eff) */
	HK_PUMP_F_EFF_FROM_P2 = 1u << 4, /* eff = rho*g*Q*H/P2 (pump efficiency from shaft power) */
	HK_PUMP_F_BELOW_NMIN  = 1u << 5, /* needed speed below the allowed minimum: runs at the
					    minimum and the surplus head is throttled */
	HK_PUMP_F_DROOP       = 1u << 6, /* curve: head rises from shut-off to a peak (accepted
					    with HK_PUMP_ALLOW_DROOP); range starts at the peak */
	HK_PUMP_F_FIT_RISES   = 1u << 7  /* curve: the quadratic fit rises with flow somewhere in
					    the range (poor fit; prefer PCHIP) */
};

/* Options for hk_pump_curve_fit. */
enum {
	HK_PUMP_ALLOW_DROOP = 1u << 0 /* accept head rising from shut-off to one peak, then
					 falling (real drooping curves; 5 of the 24 in
					 pump-curves.csv).  Without it any rise is an error. */
};

/* One catalog point.  eff and power_kw may be NaN (column blank); either
 * all points of a pump carry a value or none does. */
typedef struct {
	double flow_m3h;
	double head_m;
	double eff;      /* fraction 0..1, NaN when not given */
	double power_kw; /* kW (P1 or P2, see hk_pump_power_kind), NaN when not given */
} hk_pump_point;

/* A fitted pump curve (value type, no pointers: copy freely). */
typedef struct {
	char name[96];
	hk_pump_fit fit;
	hk_pump_power_kind power_kind;
	int n;                          /* points */
	double q[HK_PUMP_MAXPTS];       /* flows, strictly increasing */
	double h[HK_PUMP_MAXPTS], dh[HK_PUMP_MAXPTS];   /* head and PCHIP slopes */
	double e[HK_PUMP_MAXPTS], de[HK_PUMP_MAXPTS];   /* efficiency, slopes */
	double p[HK_PUMP_MAXPTS], dp[HK_PUMP_MAXPTS];   /* power, slopes */
	double hq[3], eq[3], pq[3];     /* quadratic coefficients a, b, c (QUADRATIC fit) */
	int has_eff, has_power;
	double q_lo, q_hi;              /* catalog (stable) flow range, m3/h */
	double h_max;                   /* highest head on the stable branch (at q_lo), m */
	double fit_resid_max_m;         /* largest |H_fit - H_point|, m (0 for PCHIP) */
	int has_bep;                    /* best-efficiency point known (eff or power data) */
	double bep_q, bep_eff;          /* at speed 1, within q_lo..q_hi */
	unsigned flags;                 /* HK_PUMP_F_DROOP, HK_PUMP_F_FIT_RISES */
} hk_pump_curve;

/* The piping system the pump works into: H = h_static + s * G^2
 * (Karassik, Pump Handbook, ch. 8 "system curve"). */
typedef struct {
	double h_static_m;   /* static head (open systems; 0 for a closed loop) */
	double s;            /* m per (m3/h)^2 */
	double rho_kg_m3;    /* fluid density, e.g. HK_PUMP_RHO_WATER */
} hk_pump_system;

/* A pump (or N identical pumps) at an operating point.  Totals are for the
 * group; "each" values and powers are for one pump.  Powers are for the
 * system's fluid (catalog power scaled by rho/1000). */
typedef struct {
	int n_pumps;
	double speed;          /* n, ratio to catalog speed */
	double flow_m3h;       /* total */
	double flow_each_m3h;
	double head_m;
	double flow_equiv_m3h; /* the same point moved to speed 1 along the affinity parabola: Q/n */
	double eff;            /* one pump; NaN when unknown (HK_PUMP_F_NO_EFF) */
	double hyd_kw;         /* rho*g*Q*H per pump */
	double shaft_kw;       /* hyd/eff per pump (= P1 when eff is wire-to-water) */
	double curve_kw;       /* n^3 * P(Q/n) per pump from the P-Q curve; NaN without one */
	double bep_dist;       /* (Q/n - Q_bep)/Q_bep, fraction; NaN when no BEP */
	unsigned flags;
} hk_pump_op;

/*
 * hk_pump_curve_fit - validate catalog points and fit the curves.
 *
 * name: the pump's name, copied into messages and the curve.  pts[0..n-1]
 * in order of increasing flow.  opts: 0 or HK_PUMP_ALLOW_DROOP.
 *
 * Fails (HK_EINVAL, message names the pump and the 1-based point) on:
 * fewer than 3 points or more than HK_PUMP_MAXPTS; a negative or non-finite
 * flow, head, efficiency or power; a flow not above the previous point's;
 * head rising with flow (non-monotonic; with HK_PUMP_ALLOW_DROOP, a rise
 * after the curve has started to fall, or a peak with fewer than 3 points
 * after it); efficiency above 1 (100 %: also catches percent passed as a
 * fraction); efficiency or power given on some points but not all; power
 * values with power kind NONE, or a kind without values.
 */
hk_status hk_pump_curve_fit(hk_pump_curve *c, const char *name,
			    const hk_pump_point *pts, int n, hk_pump_fit fit,
			    hk_pump_power_kind power_kind, unsigned opts,
			    hk_err *err);

/* Head (m) at flow q (m3/h) on the speed-1 curve; *flags |= range flags
 * (flags may be NULL only if the caller has checked the range). */
double hk_pump_head(const hk_pump_curve *c, double q, unsigned *flags);

/* Efficiency (fraction) at flow q at speed 1: from the eff curve, else
 * rho*g*Q*H/P from the power curve (flag EFF_FROM_P1/P2), else NaN
 * (flag NO_EFF).  The catalog's power is for its test fluid, water, so
 * the derived efficiency uses HK_PUMP_RHO_WATER (efficiency does not depend
 * on density; power scales with it).  Range flags as hk_pump_head. */
double hk_pump_eff(const hk_pump_curve *c, double q, unsigned *flags);

/* Power (kW, the catalog's kind, catalog fluid) at flow q at speed 1; NaN
 * without data (flag NO_EFF).  Range flags as hk_pump_head. */
double hk_pump_power(const hk_pump_curve *c, double q, unsigned *flags);

/* Flow (m3/h) at which the speed-1 curve gives head h (inverse of H(Q) on
 * the stable branch, Brent).  A result outside the catalog range is an
 * extrapolation and flagged.  Fails HK_ENOSOL when h is above the curve's
 * highest head (*q = start of the search range, BELOW_RANGE set: the pump
 * cannot lift that high) or not reached below 3x run-out flow (*q = that
 * flow, ABOVE_RANGE set). */
hk_status hk_pump_flow_at_head(const hk_pump_curve *c, double h, double *q,
			       unsigned *flags, hk_err *err);

/* Hydraulic power rho*g*Q*H (kW), Q m3/h, H m (definition; Karassik ch. 2). */
double hk_pump_hyd_kw(double q_m3h, double h_m, double rho_kg_m3);

/* Design flow from a heat load: G = 0.86 * Q / dT * margin (m3/h, Q kW,
 * dT K).  0.86 = 3600/(4.187*1000) (standards-notes §4.1, [SRC] tool
 * convention; the tool's margin is 1.1).  Fails HK_EINVAL for Q < 0,
 * dT <= 0, margin < 1. */
hk_status hk_pump_flow_from_load(double q_kw, double dt_k, double margin,
				 double *g_m3h, hk_err *err);

/* The heat a flow carries, its inverse without margin: Q = G * dT / 0.86
 * (kW; = rho c G dT with rho c = 1/0.86 = 1.163 kWh/(m3 K), the same
 * constant).  NaN for G < 0 or dT <= 0. */
double hk_pump_load_from_flow(double g_m3h, double dt_k);

/* System curve through one duty point: s = (h_duty - h_static)/g_duty^2.
 * Fails HK_EINVAL when g_duty <= 0, h_static < 0, h_duty < h_static,
 * rho <= 0. */
hk_status hk_pump_system_from_duty(hk_pump_system *sys, double h_static_m,
				   double g_duty_m3h, double h_duty_m,
				   double rho_kg_m3, hk_err *err);

/* System head (m) at flow g (m3/h). */
double hk_pump_system_head(const hk_pump_system *sys, double g_m3h);

/*
 * hk_pump_operate - operating point of n_pumps identical pumps in parallel,
 * all at speed ratio `speed`, on a system curve.
 *
 * Parallel curve: each pump gives Q/N at the common head, so the group
 * curve is H_N(Q) = n^2 * H(Q/(N*n)) (affinity laws + parallel addition of
 * flows at equal head, Karassik ch. 8); the root of H_N(Q) = H_sys(Q) is
 * found by Brent's method on a bracket (Brent, Algorithms for Minimization
 * without Derivatives, 1973, ch. 4).  This is not N times one pump's flow.
 * Power per pump: shaft = rho*g*q*h/eff at eff(Q/(N*n)) (efficiency is
 * constant along the affinity parabola), curve_kw = n^3 * P(q/n).
 *
 * Fails HK_EINVAL for n_pumps < 1, speed <= 0, bad system; HK_ENOSOL when
 * the pump cannot overcome the system head (message gives the pump's
 * highest head and the system's head there).  Out-of-range results are
 * returned with range flags set.
 */
hk_status hk_pump_operate(const hk_pump_curve *c, int n_pumps, double speed,
			  const hk_pump_system *sys, hk_pump_op *op,
			  hk_err *err);

/*
 * hk_pump_at - the state of n_pumps identical pumps at speed `speed`
 * delivering total flow q_m3h (the head is the pump curve's at that flow,
 * not the system's: use it for a throttled pump).  Fills *op like
 * hk_pump_operate.  Fails HK_EINVAL for bad arguments.
 */
hk_status hk_pump_at(const hk_pump_curve *c, int n_pumps, double speed,
		     double q_m3h, double rho_kg_m3, hk_pump_op *op,
		     hk_err *err);

/*
 * hk_pump_speed_for_duty - speed ratio at which n_pumps identical pumps
 * deliver exactly (g_m3h, h_m) in total, e.g. a point on a system curve
 * with static head.
 *
 * Affinity laws (Q ~ n, H ~ n^2, P ~ n^3): the speed-n curve is
 * H_n(Q) = n^2 * H_1(Q/n).  Per pump q = G/N, solve n^2*H_1(q/n) = h.
 *  - QUADRATIC fit: a*n^2 + b*q*n + c*q^2 - h = 0, the positive root
 *    n = (-b*q + sqrt(b^2 q^2 - 4a(c q^2 - h)))/(2a)  (a > 0).
 *  - PCHIP fit: g(n) = n^2 H_1(q/n) - h is increasing in n (H_1 >= 0,
 *    H_1' <= 0), so it is solved by Brent's method on [1e-3, n_max].
 * Only when h = S*G^2 (no static head) is n = G/G_1 and P ~ n^3; with
 * static head n is larger than the flow ratio.
 * The power at that speed follows the affinity parabola: eff(q/n),
 * curve power n^3 * P(q/n).  *op is filled as hk_pump_operate; range flags
 * refer to the equivalent speed-1 flow q/n.
 *
 * Fails HK_EINVAL for bad arguments; HK_ENOSOL when the duty needs more than
 * n_max (message: head reached at n_max).
 */
hk_status hk_pump_speed_for_duty(const hk_pump_curve *c, int n_pumps,
				 double g_m3h, double h_m, double n_max,
				 double rho_kg_m3, hk_pump_op *op,
				 hk_err *err);

/*
 * hk_motor_size - next standard motor rating >= shaft_kw * margin.
 *
 * Series: IEC 60072-1 / IEC 60034-30-1 rated outputs 0.12 ... 1000 kW
 * (the same series as GB/T 4772 and the YE3 catalogues).  Status
 * [UNVERIFIED]: written from memory of the standard's table, check against
 * the printed IEC 60072-1 before release.  *source is set (if not NULL)
 * to a string that says so, for the summary.  margin: e.g. 1.2 (the
 * huanjka HeatSource tool convention, standards-notes §4.1 [SRC]).
 * Fails HK_EINVAL for shaft_kw <= 0 or margin < 1, HK_ERANGE above 1000 kW.
 */
hk_status hk_motor_size(double shaft_kw, double margin, double *motor_kw,
			const char **source, hk_err *err);

/* Root of f on [a, b] where f(a), f(b) have opposite signs (or one is 0),
 * to |dx| <= tol, by Brent's method (Brent 1973, ch. 4).  Returns 0 and
 * sets *x, or -1 when the bracket has no sign change. */
int hk_pump_brent(double (*f)(double x, void *ctx), void *ctx, double a,
		  double b, double tol, double *x);

#endif
