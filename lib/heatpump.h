/*
 * heatpump.h - air-source heat pumps: capacity derating Q = q·K1·K2, unit
 * count, and operation over a load profile.
 *
 * Units: kW, ℃, hours.  Pure: no I/O, no allocation; the model tables are
 * fixed-size arrays inside the struct, filled by the caller (catalog
 * reader or tests).
 *
 * Sources:
 *   Q = q·K1·K2: GB 50736-2012 §8.3.2 and its 条文说明 (standards-notes
 *     §3.1 [SRC]), as used in the Malan paper §3.2; q at 7 ℃ DB / 6 ℃ WB.
 *   K2 = 0.8: Malan paper §3.2 (two defrosts per hour, standards-notes
 *     §3.1 [UNVERIFIED]; 0.9 for one per hour [SRC]).
 *   COP >= 2.0 at the winter design condition: GB 50736-2012 §8.3.1(2)
 *     for 冷热水机组 (standards-notes §3.1 [SRC]).
 */
#ifndef HK_HEATPUMP_H
#define HK_HEATPUMP_H

#include <stddef.h>

#include "profile.h"
#include "status.h"

#define HK_HP_MAX_T 24   /* outdoor temperatures in a model table */
#define HK_HP_MAX_W 8    /* leaving-water temperatures */
#define HK_K2_MAX 16     /* points of a K2(t_out) table */

/* Whether the catalog capacities already include defrost losses. */
typedef enum {
	HK_DEFROST_PEAK,        /* instantaneous/peak capacity: apply K2 */
	HK_DEFROST_INTEGRATED   /* integrated over defrost (EN 14511 A2/A-7):
				 * K2 must NOT be applied again */
} hk_defrost;

typedef struct hk_hp_model {
	char name[48];
	double rated_kw;          /* q: heating capacity at 7 ℃ DB / 6 ℃ WB */
	double rated_power_kw;    /* electric input at the rated point (0 =
				   * unknown) */
	size_t nt, nw;            /* table size: nt outdoor × nw water temps */
	double t_out[HK_HP_MAX_T];     /* ascending, ℃ */
	double t_water[HK_HP_MAX_W];   /* ascending leaving-water temps, ℃ */
	double k1[HK_HP_MAX_W][HK_HP_MAX_T];  /* capacity ratio Q(t)/q; NaN =
					       * no data at that point */
	double cop[HK_HP_MAX_W][HK_HP_MAX_T]; /* COP; NaN = no data (a whole
					       * NaN table = no COP table) */
	double min_t_out_c;       /* lowest operating outdoor temp; NaN = none
				   * stated */
	hk_defrost defrost;
	const char *source;       /* where the table comes from */
} hk_hp_model;

/* K2 as one value or a table over outdoor temperature. */
typedef struct hk_k2 {
	double value;             /* used when n == 0 */
	size_t n;                 /* 0 or the points of the table */
	double t[HK_K2_MAX];      /* ascending outdoor temps, ℃ */
	double k2[HK_K2_MAX];     /* linear in between, held constant
				   * beyond the ends */
} hk_k2;

#define HK_K2_DEFAULT 0.8
extern const char hk_src_k2_default[];   /* "0.8: Malan paper §3.2 ..." */
extern const char hk_src_q_k1_k2[];      /* Q = q·K1·K2 source */
extern const char hk_src_cop_min[];      /* COP >= 2.0 source */
extern const char hk_src_round_tol[];    /* count rounding rule */
extern const char hk_src_t_water[];      /* 45 ℃ leaving water */
#define HK_COP_MIN_DESIGN 2.0
#define HK_ROUND_TOL_DEFAULT 0.005       /* 0.5 % of the load */

/* Warning flags (bits), returned, never printed. */
enum {
	HK_HPW_EXTRAP_T    = 1u << 0, /* outdoor temp outside the table
				       * (extrapolated, allowed) */
	HK_HPW_EXTRAP_W    = 1u << 1, /* water temp outside the table */
	HK_HPW_COP_LOW     = 1u << 2, /* COP < 2.0 at the design condition */
	HK_HPW_BELOW_LIMIT = 1u << 3, /* outdoor temp below the unit's
				       * operating limit */
	HK_HPW_K2_SKIPPED  = 1u << 4, /* defrost integrated: K2 not applied */
	HK_HPW_ROUNDED_DOWN = 1u << 5,/* a count rounded down within the
				       * tolerance (paper's 22 units) */
	HK_HPW_SHORT       = 1u << 6, /* load above installed capacity */
	HK_HPW_NO_COP      = 1u << 7  /* no COP (no table, no override) */
};
#define HK_HPW_NBITS 8

/* One line of text per warning bit (for stderr and the summary), or NULL
 * for a bit that is not a warning. */
const char *hk_hp_warning_text(unsigned bit);

/* Fill a model with name and rated figures, empty tables (NaN), no
 * operating limit, defrost PEAK. */
void hk_hp_model_init(hk_hp_model *m, const char *name, double rated_kw,
		      double rated_power_kw);

/* One point of a model's table: K1 = Q(t)/q and COP (NaN = none) at an
 * outdoor and a leaving-water temperature. */
typedef struct hk_hp_ratio {
	double t_out_c, t_water_c, k1, cop;
} hk_hp_ratio;

/* Fill m's tables from n points in any order: the axes are the distinct
 * temperatures, ascending; a cell without a point stays NaN; a later
 * point for the same cell wins.  Fails HK_ERANGE for more than
 * HK_HP_MAX_T outdoor or HK_HP_MAX_W water temperatures. */
hk_status hk_hp_model_set_points(hk_hp_model *m, const hk_hp_ratio *p, size_t n, hk_err *err);

/* Check a model: rated_kw > 0, 1 <= nt <= HK_HP_MAX_T, 1 <= nw <=
 * HK_HP_MAX_W, strictly ascending axes, K1 > 0 where given.  HK_EINVAL. */
hk_status hk_hp_model_check(const hk_hp_model *m, hk_err *err);

/* K1 (and COP if cop != NULL) at (t_out, t_water) by bilinear
 * interpolation in the table.  Outside the table (either axis): refused
 * with HK_ERANGE naming the range, unless allow_extrap, in which case the
 * nearest end segment is extended linearly (constant along an axis with a
 * single point) and HK_HPW_EXTRAP_T / _W is OR-ed into *flags.  A NaN
 * cell among the four used: HK_ERANGE.  *cop = NaN (and HK_HPW_NO_COP)
 * when the model has no COP at that point. */
hk_status hk_hp_interp(const hk_hp_model *m, double t_out, double t_water,
		       int allow_extrap, double *k1, double *cop,
		       unsigned *flags, hk_err *err);

/* K2 at t_out for a model: 1 with HK_HPW_K2_SKIPPED when the model's
 * defrost is integrated, else the value or the table (k2 NULL = 0.8). */
double hk_k2_at(const hk_k2 *k2, const hk_hp_model *m, double t_out,
		unsigned *flags);

/* Units needed for a load: ceil(load/cap), except that floor(load/cap) is
 * kept when the shortfall load − floor·cap is within tol·load (toolkit
 * rule reproducing the Malan paper's 22 units for 1893.4 kW at 86.0 kW,
 * malan-worked-numbers.md; print hk_src_round_tol).  0 for load <= 0.
 * *rounded_down (may be NULL) = 1 when the tolerance was used. */
int hk_units_needed(double load_kw, double cap_kw, double tol,
		    int *rounded_down);

typedef struct hk_hp_opts {
	double t_water_c;     /* leaving-water temperature, ℃ */
	const hk_k2 *k2;      /* NULL = HK_K2_DEFAULT */
	double round_tol;     /* NaN = HK_ROUND_TOL_DEFAULT */
	int allow_extrap;     /* 1: extrapolate the tables with a warning */
	double cop_override;  /* NaN = COP from the table; else this COP in
			       * every step (the paper's 2.06) */
} hk_hp_opts;

/* Defaults: water 45 ℃ (Malan §3.2, 45/35 ℃), K2 0.8, tol 0.5 %, no
 * extrapolation, COP from the table. */
hk_hp_opts hk_hp_opts_default(void);

typedef struct hk_hp_design {
	double t_basis_c;     /* design basis outdoor temperature */
	double k1, k2;
	double q_unit_kw;     /* q·K1·K2 per unit */
	double n_exact;       /* Q_design / q_unit */
	int units;            /* N (hk_units_needed) */
	double installed_kw;  /* N·q_unit (effective at the basis) */
	double rated_total_kw;/* N·q (nameplate, for 元/W investment) */
	double margin;        /* installed/Q_design − 1 (may be < 0 when
			       * rounded down) */
	double cop;           /* at the basis; NaN if unknown */
	double power_kw;      /* Q_design / COP; NaN if COP unknown */
	unsigned flags;
} hk_hp_design;

/* The most units one sizing gives: more is a load in the wrong unit (W as
 * kW) or absurd, and the count stays far inside int. */
#define HK_HP_MAX_UNITS 100000

/* Size the plant: N for q_design_kw at outdoor t_basis_c (default basis:
 * 冬季空调室外计算温度, standards-notes §3.1).  Warnings (COP < 2.0, basis
 * below the operating limit, extrapolation, K2 skipped, rounded down) in
 * d->flags.  Fails HK_EINVAL for a bad model or q_design_kw <= 0,
 * HK_ERANGE for a basis outside the table without extrapolation. */
hk_status hk_hp_size(const hk_hp_model *m, double q_design_kw,
		     double t_basis_c, const hk_hp_opts *o, hk_hp_design *d,
		     hk_err *err);

/* One step of operation. */
typedef struct hk_hp_step {
	double k1, k2;
	double q_unit_kw;     /* effective capacity per unit */
	double capacity_kw;   /* N·q_unit */
	int units_on;         /* units running (hk_units_needed, <= N) */
	double plr;           /* part load: heat/(units_on·q_unit), 0 if off */
	double heat_kw;       /* heat delivered = min(load, capacity) */
	double cop;
	double power_kw;      /* electric input = heat/COP */
	double spare_kw;      /* capacity − heat: what storage can use */
	unsigned flags;       /* this step's warnings */
} hk_hp_step;

/* Run n_units over n steps (water temperature from o).  Per step O(table
 * axes), no allocation.  *flags_all gets the OR of all steps' flags.
 * Fails HK_ERANGE for a temperature outside the table without
 * extrapolation, HK_EINVAL for a bad model or n_units < 1, or when no
 * COP is available (no table, no override); a failure about a step sets
 * err->item to it (1-based), for hk_proftable_locate to name. */
hk_status hk_hp_run(const hk_hp_model *m, int n_units, const hk_step *s,
		    size_t n, const hk_hp_opts *o, hk_hp_step *out,
		    unsigned *flags_all, hk_err *err);

#endif
