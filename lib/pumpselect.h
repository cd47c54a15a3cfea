/*
 * pumpselect.h - choosing pumps for a duty: does a catalog pump (N in
 * parallel) meet the design point on the system curve, where does it run,
 * what does it draw, and how do candidates rank.  Built on pumpcurve.h and
 * pumpgroup.h; pure (no I/O, no allocation).
 */
#ifndef HK_PUMPSELECT_H
#define HK_PUMPSELECT_H

#include "pumpcurve.h"
#include "pumpgroup.h"

/* The duty: design flow G (all duty pumps together) on a system curve. */
typedef struct {
	hk_pump_system sys;    /* H = Hst + S G^2 through the design point */
	double flow_m3h;       /* G */
	double head_m;         /* H_sys(G) */
	int n_duty;            /* duty pumps in parallel (standby not counted) */
	double drive_eff;      /* motor (+drive) efficiency for input power, (0, 1] */
	double motor_margin;   /* >= 1 */
} hk_pumpsel_duty;

/* One candidate (a pump model, n_duty of them in parallel). */
typedef struct {
	int meets;             /* the duty point is inside the catalog's flow range
				  and the pumps at full speed reach it */
	char why[256];         /* when not: what the pumps reach instead */
	int full_ok;           /* the full-speed operating point exists */
	hk_pump_op full;       /* full speed, on the system curve (total flow, per-pump power) */
	double reach_m3h;      /* full.flow_m3h, 0 when the pumps cannot overcome the system */
	int vs_ok;             /* the speed that meets (G, H) exactly was found */
	hk_pump_op vs;         /* at that speed */
	hk_pump_op fixed;      /* full speed, throttled to G */
	double vs_input_kw;    /* electrical input of all duty pumps at the duty, variable speed */
	double fixed_input_kw; /* the same at full speed, throttled */
	double motor_kw;       /* next standard motor >= max shaft power x margin; NaN unknown */
	const char *motor_src;
	unsigned flags;        /* HK_PUMP_F_* of the full-speed and duty points, OR-ed */
} hk_pumpsel_cand;

/*
 * hk_pumpsel_eval - evaluate one pump model for the duty.
 *
 * Meets the duty when the flow per pump G/N lies within the catalog's
 * stable range q_lo..q_hi (no extrapolation) and the full-speed curve gives
 * at least the system head there: H_1(G/N) >= H_sys(G) (Karassik, Pump
 * Handbook, ch. 8: a pump meets a duty when its curve lies on or above the
 * design point).  The full-speed operating point is the intersection with
 * the system curve (hk_pump_operate); it may lie beyond the catalog range
 * (flagged ABOVE_RANGE, never silently).  Motor: hk_motor_size on the
 * larger shaft power of the full-speed and duty points.
 * Fails only for bad arguments (HK_EINVAL); a pump that cannot meet the
 * duty is a result (meets = 0, why says what it reaches).
 */
hk_status hk_pumpsel_eval(const hk_pump_curve *c, const hk_pumpsel_duty *d,
			  hk_pumpsel_cand *out, hk_err *err);

/* Plain-words description of HK_PUMP_F_* flags ("" when none), joined by
 * "; ", for tables and warnings. */
void hk_pump_flags_text(unsigned flags, char *buf, size_t sz);

typedef enum { HK_RANK_LCC, HK_RANK_ENERGY, HK_RANK_EFF } hk_rank_mode;

/*
 * hk_pumpsel_rank - order candidates.
 *  LCC:    price_yuan[i] + annual_yuan[i] * PWF(years, discount)
 *          (hk_pump_lcc_rank: HI & Europump, Pump Life Cycle Costs, 2001);
 *  ENERGY: annual[i] (kWh, or any energy measure) ascending;
 *  EFF:    eff[i] descending.
 * Values that are NaN rank last (in input order); so do candidates with
 * meets[i] == 0.  key[i] gets the ranked quantity (LCC yuan, energy, eff).
 * Fails HK_EINVAL for bad arguments.
 */
hk_status hk_pumpsel_rank(hk_rank_mode mode, int n, const int *meets, const double *price_yuan,
			  const double *annual, const double *eff, double years,
			  double discount, double *key, int *order, hk_err *err);

#endif
