/*
 * storage.h - valley-charged water storage: tank capacity, the per-day
 * table of charge capability / peak demand / stored heat (Malan paper
 * Table 1), a time-step charge/discharge simulation, and sizing rules.
 *
 * Units: m³, kWh, kW, K, hours, currency of the tariff.  Pure: no I/O, no
 * allocation; per-step work is O(tariff segments).
 *
 * Sources:
 *   capacity = V·ρc·ΔT·η: standards-notes §5.1 (V = Q·P/(1.163·η·Δt),
 *     handbook via a practice page [SRC]); the Malan paper §3.3 (1000 m³
 *     effective ↔ 11628 kWh, i.e. ΔT 10 K, ρc 1.1628, η 1).
 *   capability = (N·q_eff − night load) × valley hours, demand = load in
 *     peak periods, stored = min(capability, tank, demand): Malan Table 1
 *     (malan-worked-numbers.md: the whole spare capacity, not storage
 *     units × q_eff).
 */
#ifndef HK_STORAGE_H
#define HK_STORAGE_H

#include <stddef.h>

#include "heatpump.h"
#include "profile.h"
#include "progress.h"
#include "status.h"
#include "tariff.h"

/* ---- tank ---------------------------------------------------------- */

typedef struct hk_tank_params {
	double dt_k;       /* usable temperature difference, K */
	double rho_c;      /* volumetric heat capacity, kWh/(m³·K) */
	double eta;        /* storage efficiency on the effective volume */
	double vol_ratio;  /* P: built volume / effective volume */
	double h_over_d;   /* vertical tank height / diameter */
} hk_tank_params;

/* Defaults: ΔT 10 K, ρc 1.163, η 1.0, P 1.08, H/D 1.5; sources below. */
#define HK_TANK_DT_DEFAULT 10.0
#define HK_TANK_ETA_DEFAULT 1.0
#define HK_TANK_VOL_RATIO_DEFAULT 1.08
#define HK_TANK_H_OVER_D_DEFAULT 1.5
hk_tank_params hk_tank_params_default(void);
extern const char hk_src_tank_dt[];
extern const char hk_src_rho_c[];
extern const char hk_src_tank_eta[];
extern const char hk_src_vol_ratio[];
extern const char hk_src_h_over_d[];
extern const char hk_src_no_pumps[];       /* storage pumps default 0 kW */
extern const char hk_src_charge_valley[];  /* --charge valley */
#define HK_RHO_C_WATER 1.163    /* 4.187/3.6 kWh/(m³·K) [DERIVED] */
#define HK_RHO_C_PAPER 1.1628   /* Malan paper §3.3 (11628 kWh / 1000 m³ /
				 * 10 K) */

/* Check tank parameters: ΔT > 0, ρc > 0, 0 < η <= 1, P >= 1, H/D > 0.
 * Fails HK_EINVAL naming the field ("tank ΔT 0 K: expected > 0"). */
hk_status hk_tank_check(const hk_tank_params *p, hk_err *err);

/* Heat a tank of effective volume v_m3 holds, kWh: V·ρc·ΔT·η
 * (standards-notes §5.1; Malan §3.3).  v_m3 >= 0. */
hk_status hk_tank_capacity_kwh(const hk_tank_params *p, double v_m3,
			       double *kwh, hk_err *err);

/* Effective volume that holds kwh: kwh/(ρc·ΔT·η), m³. */
hk_status hk_tank_volume_m3(const hk_tank_params *p, double kwh, double *v_m3,
			    hk_err *err);

/* Vertical cylinder for an effective volume: built volume V·P
 * (standards-notes §5.1: P = 1.08-1.30), diameter and height from
 * H/D (toolkit assumption, hk_src_h_over_d).  Outputs m³ and m. */
hk_status hk_tank_dims(const hk_tank_params *p, double v_eff_m3,
		       double *v_built_m3, double *d_m, double *h_m,
		       hk_err *err);

/* ---- dispatch over the steps ----------------------------------------- */

typedef struct hk_store_opts {
	double tank_kwh;        /* capacity (0 = no storage: the baseline) */
	int periodic;           /* 1: each day is a repeating cycle (typical
				 * days; the valley before midnight charges
				 * the next morning); 0: one continuous run
				 * (8760 h) from soc0 */
	double soc0_kwh;        /* initial state when not periodic */
	double pump_charge_kw;  /* electric power of storage pumps while
				 * charging (0 = not modelled) */
	double pump_discharge_kw; /* ... of release pumps while discharging */
	double max_charge_kw;   /* NaN = limited only by spare capacity */
	double max_discharge_kw;/* NaN = limited only by the load */
	int charge_any;         /* 0: charge in valley and deep-valley periods
				 * only (the valley-charged tank of the Malan
				 * paper §3.3); 1: in any period where it
				 * pays (e.g. flat for a later peak) */
} hk_store_opts;

hk_store_opts hk_store_opts_default(double tank_kwh);
extern const char hk_src_dispatch[];

typedef struct hk_store_step {
	double charge_kwh;      /* heat into the tank in the step */
	double discharge_kwh;   /* heat out of the tank to the load */
	double hp_heat_kwh;     /* heat made by the heat pumps */
	double hp_heat_kw;      /* ... as mean power */
	double unmet_kwh;       /* load neither pumps nor tank could meet */
	double elec_kwh;        /* heat pumps (heat/COP) + storage pumps */
	double power_kw;        /* elec_kwh / step hours */
	double cost;            /* Σ elec·price over the step's periods */
	double soc_kwh;         /* tank content at the end of the step */
} hk_store_step;

/* Least-cost dispatch of heat pumps and tank over a profile.  Each step
 * is cut at tariff boundaries into pieces; in each piece the heat pumps
 * make heat (at most capacity_kw, at price/COP per kWh of heat), the tank
 * charges (where o->charge_any or the period is a valley; at most
 * max_charge_kw) or discharges (at most the load and max_discharge_kw),
 * and its content stays within [0, tank_kwh].  The dispatch delivers the
 * most heat it can (the rest is unmet_kwh) and, among such dispatches,
 * the one of least electricity cost: the exact optimum of that linear
 * programme, solved as a min-cost flow (mcflow.h; hk_src_dispatch).  Ties
 * go to the dispatch that stores least.  Storage pumps' power is added
 * where they run; it does not steer the dispatch.
 * Periodic: each day is its own cycle (content at 24:00 = at 00:00).
 * Continuous: days in order from soc0_kwh, each day optimised together
 * with the next (a 48-h rolling horizon) and then fixed.
 * Steps must be grouped by day in time order.  Fails HK_EINVAL for
 * tank_kwh < 0, bad steps, COP <= 0 (err->item names the step). */
hk_status hk_store_sim(const hk_step *s, const hk_hp_step *hp, size_t n,
		       const hk_tariff *t, const hk_store_opts *o,
		       hk_store_step *out, hk_err *err);

/* ---- per-day table (Malan Table 1) -------------------------------- */

typedef struct hk_store_day {
	int day;                 /* day index of the steps */
	double days;             /* weight */
	/* The paper's Table 1 method: */
	double t_out_c;          /* mean outdoor temp over the valley hours */
	double valley_h;         /* valley + deep-valley hours in the day */
	double valley_load_kw;   /* mean load over the valley hours (the
				  * paper's night load when the valley lies
				  * in the night) */
	double q_unit_kw;        /* mean effective capacity per unit there */
	int units_heating;       /* units the mean valley load needs
				  * (hk_units_needed with round_tol) */
	int units_storing;       /* N − units_heating */
	double capability_kwh;   /* Σ valley (N·q_eff − load)·h (Table 1) */
	double peak_h;           /* peak + sharp hours */
	double peak_demand_kwh;  /* Σ load·h in peak and sharp periods */
	double tank_kwh;         /* tank capacity */
	double stored_kwh;       /* min(capability, tank, demand) */
	int limit;               /* what limits stored: 0 capability,
				  * 1 tank, 2 demand */
	/* The dispatch (hk_store_sim) over the same day; NaN without it: */
	double charged_kwh;      /* heat into the tank */
	double discharged_kwh;   /* heat out of the tank */
	double elec_kwh;         /* electricity */
	double cost;             /* its cost */
	double unmet_kwh;        /* load not met */
} hk_store_day;

/* The per-day table over a profile (s[], hp[] from hk_hp_run with n_units
 * units; r[] the dispatch from hk_store_sim over the same steps, or NULL).
 * One row per day index, written to out (cap rows); *nd = rows.
 * Demand counts the load in peak and sharp periods, capability the spare
 * capacity in valley and deep-valley periods, both exact over
 * sub-intervals of steps that straddle a period boundary.  Fails
 * HK_EINVAL for tank_kwh < 0 or days out of order, HK_ERANGE when cap is
 * too small. */
hk_status hk_store_days(const hk_step *s, const hk_hp_step *hp,
			const hk_store_step *r, size_t n, int n_units,
			const hk_tariff *t, double tank_kwh, double round_tol,
			hk_store_day *out, size_t cap, size_t *nd, hk_err *err);

/* Σ over steps of cost·days and elec_kwh·days (annual figures). */
void hk_store_annual(const hk_step *s, const hk_store_step *r, size_t n,
		     double *elec_kwh, double *cost);

/* ---- sizing -------------------------------------------------------- */

/* Volume that covers the peak demand of day row d: demand/(ρc·ΔT·η).
 * *short_of_capability = 1 when that day's charge capability is below
 * its demand (the tank would never be filled on that day). */
hk_status hk_tank_cover_day(const hk_tank_params *p, const hk_store_day *d,
			    double *v_m3, int *short_of_capability,
			    hk_err *err);

typedef struct hk_scan_opts {
	double v_min_m3, v_max_m3, v_step_m3;  /* effective volumes */
	double tank_price_per_m3;   /* 1500 元/m³ (Malan Table 2) */
	double pump_kw_per_m3;      /* 0.066: 66 kW for 1000 m³ (Malan Table 3,
				     * 6.6 万元 at 1 元/W), scaled linearly */
	double pump_price_per_w;    /* 1.0 元/W (Malan Table 2) */
	double land_m2_per_m3;      /* 0.616: 616 m² for 1000 m³ (Malan
				     * Table 3), scaled linearly */
	double land_price_per_m2;   /* 240 元/m² (Malan Table 2) */
	double rate;                /* discount rate for annualising */
	double life_years;          /* economic life */
	const hk_progress *progress; /* each volume simulated, or NULL */
} hk_scan_opts;

/* Defaults of the scan's range and money (hk_src_scan_defaults). */
#define HK_SCAN_V_MAX_DEFAULT 3000.0
/* the largest effective volume tanksize takes, m3 (lib/tanksize.c) */
#define HK_TANK_V_MAX 1e6
#define HK_SCAN_V_STEP_DEFAULT 50.0
/* The most volumes one scan simulates: each is a whole-profile dispatch,
 * so the count bounds the run time and the table (60 by default). */
#define HK_SCAN_MAX_VOLUMES 10000
#define HK_SCAN_RATE_DEFAULT 0.08
#define HK_SCAN_LIFE_DEFAULT 20.0
hk_scan_opts hk_scan_opts_default(void);
extern const char hk_src_scan_defaults[];
extern const char hk_src_scan_range[];   /* --scan-max, --scan-step */
extern const char hk_src_scan_money[];   /* --rate, --life */

typedef struct hk_scan_row {
	double volume_m3;
	double tank_kwh;
	double invest;          /* tank + pumps + land */
	double annualised;      /* invest × CRF(rate, life) */
	double energy_cost;     /* annual electricity cost with this tank */
	double saving;          /* baseline (no tank) cost − energy_cost */
	double total;           /* annualised + energy_cost */
} hk_scan_row;

/* Economic rule: for V = v_min, v_min + v_step, ... <= v_max, simulate
 * with hk_store_sim (options `base`, tank from p) and cost the year; the
 * best row has the lowest total (annualised investment + electricity).
 * work needs n entries (scratch, overwritten); rows cap entries.
 * Fails HK_EINVAL for a bad range or prices, HK_ERANGE when cap is too
 * small. */
hk_status hk_tank_scan(const hk_step *s, const hk_hp_step *hp, size_t n,
		       const hk_tariff *t, const hk_tank_params *p,
		       const hk_store_opts *base, const hk_scan_opts *o,
		       hk_store_step *work, hk_scan_row *rows, size_t cap,
		       size_t *nrows, size_t *best, hk_err *err);

#endif
