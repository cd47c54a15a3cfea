/*
 * pumpgroup.h - pumps over a load profile: staged big/medium/small groups,
 * annual pumping energy (fixed speed, variable speed, staged), and
 * life-cycle-cost ranking.  Pure: no I/O, no allocation.
 *
 * Units as pumpcurve.h (m3/h, m, kW, fractions).  A profile is an array of
 * steps; each step stands for `hours` hours on each of `days` days (the
 * heatkit profile contract: annual value = sum value * hours * days).
 */
#ifndef HK_PUMPGROUP_H
#define HK_PUMPGROUP_H

#include "pumpcurve.h"

#define HK_GROUP_MAX 8
#define HK_GROUP_MAXSTAGES 16

/*
 * A staged group (shared/reference/ashp-smart-heating-deck.txt §6-3, "泵组
 * 采用大中小泵组合"): the small pump alone at low flow; when it cannot meet
 * the flow, the medium pump; then the large one; each kept in its
 * efficient speed range ("20%-100% 自由调节", the deck; read here as the
 * speed ratio n).  Beyond the large pump alone the deck says nothing; this
 * module then adds pumps to the largest (large+medium, then all), running
 * together at one common speed (one speed set-point; assumption, stated).
 *
 * stage[k] is the bitmask of pump indices that run in stage k; stages are
 * tried in order and the first that meets the step within n_min..n_max is
 * used.  The pump curves are referenced, not copied: keep them alive.
 */
typedef struct {
	const hk_pump_curve *pump[HK_GROUP_MAX];
	int n;
	double n_min, n_max;   /* speed range, deck: 0.20 .. 1.00 */
	unsigned stage[HK_GROUP_MAXSTAGES];
	int n_stages;
	double q_full[HK_GROUP_MAX]; /* each pump's flow alone at n_max on the system */
	double q_cap;          /* the most any stage delivers on the system at n_max */
} hk_pump_group;

/*
 * hk_pump_group_init - a group of n pumps (any order) on a system, with
 * the deck's staging: each pump alone from the smallest full-speed flow on
 * the system to the largest, then the largest plus the next largest, ...,
 * all pumps.  n_min, n_max: the speed range (0 < n_min < n_max).
 * Fails HK_EINVAL for n < 1 or > HK_GROUP_MAX, a bad range or system;
 * HK_ENOSOL (naming the pump) when a pump cannot run on the system.
 */
hk_status hk_pump_group_init(hk_pump_group *g, const hk_pump_curve *const *pumps,
			     int n, double n_min, double n_max,
			     const hk_pump_system *sys, hk_err *err);

/* The group at one flow. */
typedef struct {
	int stage;             /* index into g->stage; -1 = off (zero flow) */
	unsigned running;      /* bitmask of running pumps */
	double speed;          /* common speed ratio of the running pumps */
	double flow_m3h;       /* total */
	double head_m;         /* pump head (> system head when throttled) */
	double flow_each_m3h[HK_GROUP_MAX];
	double shaft_kw;       /* sum over running pumps */
	double input_kw;       /* electrical input, sum over running pumps */
	unsigned flags;        /* HK_PUMP_F_* of the running pumps, OR-ed */
} hk_pump_group_op;

/*
 * Electrical input of one pump state (kW): the P1 curve power when the
 * catalog gives P1; else P2 (curve) or shaft power divided by drive_eff
 * (motor x variable-speed drive efficiency, 0 < drive_eff <= 1; the
 * EHR-h coefficient 0.003096 has 0.88 built in, standards-notes §4.1).
 * When efficiency was derived from P1, shaft_kw already is P1.  NaN when
 * the pump has neither efficiency nor power data.  Constant drive
 * efficiency at part load is an approximation (it falls at low load).
 */
double hk_pump_input_kw(const hk_pump_curve *c, const hk_pump_op *op,
			double drive_eff);

/*
 * hk_pump_group_step - which pumps run, at what speed, for total flow q on
 * the system curve, and the power.
 *
 * For each stage in order: the running pumps share one speed n; at the
 * system head H = Hst + S q^2 pump i gives q_i = n * Q_i(H/n^2) (affinity
 * laws; Q_i the inverse of its speed-1 curve), and n solves sum q_i = q
 * (Brent).  The stage fits when n_min <= n <= n_max and no running pump is
 * dead-headed (q_i > 0).  q = 0: all off.  A flow below what stage 0
 * gives at n_min: stage 0 runs at n_min and the surplus head is throttled
 * (flag HK_PUMP_F_BELOW_NMIN).
 * Fails HK_EINVAL for bad arguments, HK_ENOSOL when no stage reaches q
 * (the message gives the largest flow the group reaches).
 */
hk_status hk_pump_group_step(const hk_pump_group *g, const hk_pump_system *sys,
			     double q_m3h, double drive_eff,
			     hk_pump_group_op *op, hk_err *err);

/* One step of a profile. */
typedef struct {
	double flow_m3h;       /* total flow needed */
	double hours;          /* duration of the step, h (> 0) */
	double days;           /* days the step stands for (>= 0) */
	double price_yuan_kwh; /* electricity price in this step (>= 0) */
} hk_pump_step;

/* What the pumps do in one step. */
typedef struct {
	int stage;             /* staged mode: stage index, -1 off; else n pumps or 0 */
	unsigned running;      /* staged mode: bitmask; else (1 << n_pumps) - 1 or 0 */
	double speed;
	double head_m;         /* pump head */
	double input_kw;       /* electrical input, all running pumps */
	double kwh;            /* input_kw * hours * days */
	double yuan;           /* kwh * price */
	unsigned flags;
} hk_pump_step_out;

typedef struct {
	double kwh;            /* sum over steps */
	double yuan;
	double hours;          /* sum hours*days with pumps running */
	unsigned flags;        /* OR of the step flags */
	int n_flagged;         /* steps with a range or minimum-speed flag */
} hk_pump_energy;

/*
 * Annual pumping energy over a profile (sum P_in * hours * days), three
 * ways.  out (may be NULL) gets one entry per step.  All fail HK_EINVAL
 * for a bad step (message names the 1-based step) or argument, HK_ENOSOL
 * when the pumps cannot deliver a step (named).
 *
 * hk_pump_energy_fixed: n_pumps at full speed, the flow set by throttling
 * (valve): the pump runs on its own curve at the step flow, H_pump(q) >=
 * H_sys(q), power from the curve at that flow.
 *
 * hk_pump_energy_variable: n_pumps at the speed that meets (q, H_sys(q))
 * exactly (hk_pump_speed_for_duty); below n_min they run at n_min,
 * throttled (flag).
 *
 * hk_pump_energy_staged: the group's stage per step (hk_pump_group_step).
 */
hk_status hk_pump_energy_fixed(const hk_pump_curve *c, int n_pumps,
			       const hk_pump_system *sys, double drive_eff,
			       const hk_pump_step *steps, int n,
			       hk_pump_step_out *out, hk_pump_energy *tot,
			       hk_err *err);
hk_status hk_pump_energy_variable(const hk_pump_curve *c, int n_pumps,
				  const hk_pump_system *sys, double n_min,
				  double drive_eff, const hk_pump_step *steps,
				  int n, hk_pump_step_out *out,
				  hk_pump_energy *tot, hk_err *err);
hk_status hk_pump_energy_staged(const hk_pump_group *g,
				const hk_pump_system *sys, double drive_eff,
				const hk_pump_step *steps, int n,
				hk_pump_step_out *out, hk_pump_energy *tot,
				hk_err *err);

/* A candidate for life-cycle-cost ranking. */
typedef struct {
	double price_yuan;     /* purchase (+ installation) cost */
	double annual_kwh;     /* NaN: not able to meet the duty -> ranked last */
} hk_pump_lcc_item;

/*
 * hk_pump_lcc_rank - life-cycle cost and ranking.
 *
 * LCC = price + annual_kwh * tariff * PWF, PWF = years when discount_rate
 * is 0, else (1 - (1 + r)^-years)/r (present worth of a uniform series;
 * Hydraulic Institute & Europump, "Pump Life Cycle Costs: A Guide to LCC
 * Analysis for Pumping Systems", 2001).  lcc_yuan[i] for each item (NaN
 * when annual_kwh is NaN); order[0..n-1] = item indices by increasing LCC,
 * ties in input order, NaN last.  Fails HK_EINVAL for n < 0, years <= 0,
 * tariff < 0, discount_rate < 0 or >= 1, a negative price or energy.
 */
hk_status hk_pump_lcc_rank(const hk_pump_lcc_item *items, int n, double years,
			   double tariff_yuan_kwh, double discount_rate,
			   double *lcc_yuan, int *order, hk_err *err);

#endif
