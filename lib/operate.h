/*
 * operate.h - one time step of a heat-pump plant run by a strategy: the
 * supply temperature (design all season, or the terminal's heating curve),
 * the arrangement (parallel, or series pairs in parallel) and the staging
 * (all units on at design flow, or units on demand with the flow of the
 * running units), giving each stage's leaving water and COP, the heat
 * delivered, the unmet heat and the heat-pump electricity.
 *
 * Hydraulics: a primary loop through the heat pumps and a constant-flow
 * secondary loop to the terminals, joined by a decoupler (common pipe;
 * the deck's 一次侧/二次侧).  The secondary carries the terminals' design
 * flow Gt = 0.86·Qd/(tsd − trd) at the supply/return of the heating curve;
 * the primary carries Gp.  Mixing in the decoupler (heat balance):
 *   Gp >= Gt: primary supply = ts, primary return = ts − 0.86·Q/Gp
 *   Gp <  Gt: primary return = tr, primary supply = tr + 0.86·Q/Gp
 * i.e. ts_p = max(ts, tr + 0.86 Q/Gp) (0.86 = 3600/(4.187·1000),
 * standards-notes §4.1).  Each running unit (pair) carries its rated flow.
 *
 * Pure: no I/O, no allocation.
 */
#ifndef HK_OPERATE_H
#define HK_OPERATE_H

#include "heatpump.h"
#include "hparrange.h"
#include "terminal.h"

typedef struct hk_op_plant {
	hk_terminal term;        /* the terminals and their design point */
	const hk_term_mix *mix;  /* mixed terminals (terminal.h), or NULL: term alone.
				  * With a mix, term.ts_d/tr_d are the plant's design
				  * supply (the highest group's) and the return of the
				  * mix at design flow */
	double design_kw;        /* Qd: the load the terminals are designed for */
	const hk_copsurf *cop;   /* the units' COP surface */
	const hk_hp_model *cap;  /* the units' capacity table (K1) */
	const hk_k2 *k2;         /* NULL = HK_K2_DEFAULT */
	int units;               /* installed units */
	double unit_flow_m3h;    /* each unit's (each pair's) water flow */
	int allow_extrap;
	double ts_floor;         /* lowest supply the curve may ask for (the catalog's
				  * lowest leaving water, so that nothing is read off
				  * the COP points); 0 or NaN = none */
} hk_op_plant;

typedef struct hk_op_levers {
	int curve;               /* 1: weather-compensated supply (heating curve) */
	hk_arrangement arr;      /* parallel or series pairs */
	int staging;             /* 1: units on demand, flow of the running units */
	int force;               /* staging: run exactly force_units (the season's
				  * minimum run time and start limit decide it,
				  * opseason.h), not the fewest that carry the load */
	int force_units;
} hk_op_levers;

typedef struct hk_op_step {
	double phi;              /* load share Q/Qd */
	double ts, tr;           /* secondary supply / return, ℃ */
	double ts_p, tr_p, t_mid;/* primary supply, return, first-stage leaving water */
	int units_on;
	double flow_m3h;         /* primary flow */
	double cap_kw;           /* capacity of the running units */
	double cop1, cop2, cop;  /* first stage, second stage, plant */
	double heat_kw, unmet_kw, hp_kw;
	unsigned flags;          /* HK_COPS_EXTRAP_*, HK_HPW_* */
} hk_op_step;

/*
 * hk_op_run_step - the plant at outdoor t_out with load load_kw.  Units on:
 * all (staging off), else ceil(load / capacity per unit) (pairs rounded up
 * to even in series), capacity per unit q·K1·K2 at the unit's leaving water
 * (GB 50736-2012 §8.3.2).  Heat = min(load, capacity); electricity =
 * heat / COP of the arrangement (hparrange.h).  Fails HK_ERANGE when the
 * primary supply leaves the catalog's COP points (without allow_extrap),
 * HK_EINVAL for a bad plant.
 */
hk_status hk_op_run_step(const hk_op_plant *p, const hk_op_levers *lv, double t_out, double load_kw,
			 hk_op_step *o, hk_err *err);

#endif
