/*
 * opseason.h - a heat-pump plant over a season of profile steps, run by a
 * strategy (issue 20): each step by hk_op_run_step (operate.h), with the
 * memory a real plant has between steps (units kept on for their minimum
 * run time, no more starts per hour than allowed) and the primary pumps at
 * the flow of the running units (pumpgroup.h), summed into season totals.
 *
 * Strategies are sets of levers (shared/reference/ashp-smart-heating-deck
 * .txt §6-7):
 *   conventional  design supply all season, parallel, all units on while
 *                 there is load, fixed-speed pumps at design flow
 *   smart         heating curve, series pairs in parallel, units on demand,
 *                 the staged big/medium/small pump group (or variable speed)
 *   curve, series, staging, pumps: one lever alone on the conventional plant;
 *   levers joined by '+' ("curve+staging") for any mix.
 *
 * Pumps: the primary loop's system curve is H = S·G² (closed loop, no
 * static head; Karassik, Pump Handbook ch. 8) through the design point
 * (all units in parallel at their flow, head_m).  In series pairs each
 * unit still carries its own flow, so at half the loop flow the pipes lose
 * a quarter of their head and each pair adds one unit's water-side drop:
 * H_ser(G/2) = (head − dp_unit)/4 + 2·dp_unit (the same Darcy square law).
 *
 * Minimum run time and start limit: a unit (a pair in series) that started
 * at time t0 runs at least until t0 + min_run_h; a unit starts again no
 * sooner than 1/max_starts_h hours after its last start (an anti-short-
 * cycle timer, the usual way a maker's "starts per hour" is enforced).
 * Units the load does not need but the run time holds on run (the load is
 * shared); units the start limit keeps off leave their heat unmet (stated).
 * Each typical day starts with every unit off (its steps are one day, not
 * a sequence of days: an assumption, stated in the summary).
 *
 * Pure: no I/O; no allocation.
 */
#ifndef HK_OPSEASON_H
#define HK_OPSEASON_H

#include <stddef.h>

#include "operate.h"
#include "pumpgroup.h"
#include "tariff.h"

#define HK_OPS_MAX_UNITS 512

typedef struct hk_ops_strategy {
	char name[48];
	hk_op_levers lv;       /* curve, arrangement, staging */
	int pumps;             /* 1: the pumps lever (staged group, or variable speed) */
} hk_ops_strategy;

/* "conventional", "smart", "curve", "series", "staging", "pumps" or levers
 * joined by '+'.  HK_EINVAL naming the word and the choices. */
hk_status hk_ops_strategy_parse(const char *name, hk_ops_strategy *s, hk_err *err);

typedef struct hk_ops_pumps {
	const hk_pump_curve *duty;   /* the duty pumps; NULL = pumps not modelled (0 kW) */
	int n_duty;
	const hk_pump_curve *group[HK_GROUP_MAX]; /* the big/medium/small group; */
	int ngroup;                  /* 0: the pumps lever runs the duty pumps at variable speed */
	double head_m;               /* primary loop head at the parallel design flow */
	double dp_unit_m;            /* water-side drop of one unit at its flow */
	double n_min;                /* lowest speed ratio (deck: 0.20) */
	double drive_eff;            /* motor (+drive) efficiency for shaft-power curves */
} hk_ops_pumps;

typedef struct hk_ops_in {
	int day;                     /* day index: a new day resets the units */
	double t_out, load_kw;
	double start_h, hours, days;
	double price;                /* mean electricity price over the step, yuan/kWh (without a tariff) */
} hk_ops_in;

typedef struct hk_ops_out {
	hk_op_step op;               /* the plant (operate.h) */
	double pump_kw;              /* electrical input of the running primary pumps */
	double power_kw;             /* hp_kw + pump_kw */
	double pump_speed;           /* speed ratio (0 off) */
	unsigned pumps_running;      /* group: bitmask; else the duty pumps, 0 = off */
	int starts;                  /* units started at the start of this step */
	int held;                    /* units on only because of their minimum run time */
	int limited;                 /* units the start limit kept off */
} hk_ops_out;

typedef struct hk_ops_totals {
	double load_kwh, heat_kwh, unmet_kwh, hp_kwh, pump_kwh, elec_kwh;
	double hp_yuan, pump_yuan, yuan;
	double kwh_kind[HK_PER_KINDS];/* electricity by tariff period kind (with a tariff) */
	double scop;                 /* heat / (HP + pump electricity) */
	double scop_hp;              /* heat / HP electricity */
	double band_heat_kwh, band_hp_kwh, band_elec_kwh; /* steps with 0 >= t_out >= -10 C */
	double starts;               /* unit starts over the season (Σ starts·days) */
	double unmet_max_kw;
	double pump_kw_max;          /* the most the pumps draw in any step */
	double flow_max_m3h;
	double ts_max, ts_p_max;     /* highest secondary and primary supply */
	int held_steps, limited_steps;
	unsigned flags;              /* HK_COPS_* (and HK_HPW_*) OR-ed */
	unsigned pump_flags;         /* HK_PUMP_F_* OR-ed */
} hk_ops_totals;

typedef struct hk_ops_request {
	const hk_op_plant *plant;
	const hk_ops_pumps *pumps;
	const hk_ops_in *steps;
	size_t n;
	double min_run_h;            /* >= 0 */
	double max_starts_h;         /* > 0 */
	const hk_tariff *tariff;     /* NULL: each step's price; else cost period by period */
} hk_ops_request;

/*
 * hk_ops_run - the season under strategy s; out[0..n) (may be NULL) per
 * step.  Fails as hk_op_run_step or the pump functions, with err->item the
 * 1-based step; HK_EINVAL for a bad request (more than HK_OPS_MAX_UNITS).
 */
hk_status hk_ops_run(const hk_ops_request *q, const hk_ops_strategy *s, hk_ops_out *out,
		     hk_ops_totals *t, hk_err *err);

/* The system curves for the parallel and series arrangement (see above). */
hk_status hk_ops_systems(const hk_op_plant *p, const hk_ops_pumps *pu, hk_pump_system *par,
			 hk_pump_system *ser, hk_err *err);

#endif
