/*
 * tanksize.h - the tanksize command's core: from a profile that hpsize ran
 * (its steps and the heat pumps' operation), a tariff and a sizing rule,
 * the tank's effective volume, its capacity and dimensions, the least-cost
 * dispatch with and without it, the per-day table (Malan paper Table 1
 * beside the dispatch) and the annual figures.  What the result says in
 * words and tables is tankreport.h.  The `heatkit tanksize` command is the
 * options, the reading, hk_tanksize_run and the writing.
 *
 * A run (storage.h has each formula and its source):
 *   1. the baseline: the dispatch without a tank (hk_store_sim, tank 0);
 *   2. the effective volume by the rule: given (VOLUME), the peak-period
 *      demand of a typical day over ρc·ΔT·η (COVER_DAY, hk_tank_cover_day
 *      on the Table 1 row of that day without a tank), or the volume of
 *      least annualised cost (ECONOMIC, hk_tank_scan);
 *   3. capacity V·ρc·ΔT·η; a given tank that cannot give one hour of the
 *      largest peak-period load is refused (a tank that cannot do what it
 *      exists for);
 *   4. the dispatch with the tank, the per-day table, the annual
 *      electricity, cost and unmet heat with and without it, and the
 *      vertical cylinder of the built volume.
 *
 * Typical days are cycles (each day ends as it began); a profile of 365
 * days × 24 one-hour steps or more is one continuous series.  Nothing here
 * prints or exits.
 */
#ifndef HK_TANKSIZE_H
#define HK_TANKSIZE_H

#include <stddef.h>

#include "heatpump.h"
#include "profile.h"
#include "status.h"
#include "storage.h"
#include "tariff.h"

/* How the volume is chosen. */
typedef enum {
	HK_TS_VOLUME,    /* given (0: the plant without a tank) */
	HK_TS_COVER_DAY, /* stores the peak-period demand of one typical day */
	HK_TS_ECONOMIC   /* the least annualised tank, pump and land cost plus electricity */
} hk_ts_rule;

typedef struct hk_ts_request {
	/* the profile as hpsize ran it: n steps in ndays days, grouped by
	 * day in time order, and the heat pumps' operation in each */
	const hk_step *steps;
	const hk_hp_step *hp;
	size_t n, ndays;
	int units;                 /* heat pumps installed (units_total) */
	const hk_tariff *tariff;
	hk_tank_params tank;
	hk_ts_rule rule;
	double volume_m3;          /* VOLUME: effective volume */
	size_t cover_day;          /* COVER_DAY: the day's index */
	hk_scan_opts scan;         /* ECONOMIC: range, prices, rate, life */
	double pump_charge_kw;     /* storage pumps while charging */
	double pump_discharge_kw;  /* release pumps while discharging */
	int charge_any;            /* charge in any period where it pays,
				    * not only in valley periods */
	double round_tol;          /* unit-count rounding of the Table 1
				    * method (hk_units_needed) */
} hk_ts_request;

typedef struct hk_ts_result {
	double volume_m3;          /* effective volume */
	double tank_kwh;           /* V·ρc·ΔT·η */
	double built_m3, d_m, h_m; /* the vertical cylinder (0 without a tank) */
	int periodic;              /* typical days as cycles (else continuous) */
	hk_store_step *base;       /* the dispatch without a tank, n steps */
	hk_store_step *with;       /* with the tank, n steps */
	hk_store_day *days;        /* the per-day table, nd rows */
	size_t nd;
	hk_scan_row *scan;         /* ECONOMIC: the volumes scanned, nscan */
	size_t nscan, best;        /* ... and the one chosen */
	double elec0_kwh, cost0;   /* a year without the tank (Σ·days) */
	double elec1_kwh, cost1;   /* ... with it */
	double unmet0_kwh, unmet1_kwh; /* heat not met, without and with */
	double heat_kwh;           /* Σ load·h·days: the heat asked for */
	int cover_short;           /* COVER_DAY: the day's charge capability
				    * is below its peak demand */
	double cover_capability_kwh, cover_demand_kwh; /* ... its figures */
} hk_ts_result;

/* Run the request (see above).  Fails HK_EINVAL for bad tank parameters,
 * a given volume below one hour's peak-period discharge ("--volume (V
 * m3): ...: expected 0 (no tank) or at least V' m3") or a bad scan, with
 * what the lower levels say otherwise (err->item naming a step); r then
 * holds nothing. */
hk_status hk_tanksize_run(const hk_ts_request *q, hk_ts_result *r, hk_err *err);
void hk_ts_result_free(hk_ts_result *r);

/* 1 when a profile of n steps in ndays days is a continuous year (365
 * days of 24 steps or more), run as one series; 0 for typical days. */
int hk_ts_continuous(size_t n, size_t ndays);

/* The largest load in a peak or sharp tariff period: what one hour of
 * discharge must cover (0 when no step lies in such a period). */
double hk_ts_peak_load_kw(const hk_step *s, size_t n, const hk_tariff *t);

#endif
