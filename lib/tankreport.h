/*
 * tankreport.h - what tanksize writes, built from a run's request and
 * result (tanksize.h): the summary (DESIGN.md: key, value, unit, label
 * zh/en, source; the volume and its rule, the tank, every default with its
 * source, the year with and without the tank, the days), the per-day
 * table, the volume scan and the columns the profile gets.  Rows and cells
 * only: writing them is the command's (job.h).
 */
#ifndef HK_TANKREPORT_H
#define HK_TANKREPORT_H

#include "output.h"
#include "summary.h"
#include "tanksize.h"

/* Where the request's values come from, as the summary names them: the
 * option when it was given ("--tank-dt"), else its default's source (the
 * command takes these from its option table, hk_opt_src); tariff is the
 * tariff as given. */
typedef struct hk_ts_sources {
	const char *tank_dt, *rho_c, *eta, *vol_ratio, *h_over_d;
	const char *pump_charge, *pump_discharge, *charge, *rate, *life;
	const char *tariff;
} hk_ts_sources;

/* Append the summary rows to s, warnings among them in their place
 * (hk_sum_warn: a cover day the heat pumps cannot fill, unmet heat, no
 * tank) for the command to print too.  dayname: the profile's day names
 * by index.  Fails HK_ENOMEM only. */
hk_status hk_ts_summary(const hk_ts_request *q, const hk_ts_result *r, const hk_ts_sources *src,
			char *const *dayname, hk_summary *s);

/* The per-day table: the Table 1 method beside the dispatch. */
#define HK_TS_NDAY 19
extern const hk_col hk_ts_day_cols[HK_TS_NDAY];
void hk_ts_day_cells(const hk_ts_result *r, size_t i, char *const *dayname, hk_cell cell[HK_TS_NDAY]);

/* The volume scan (ECONOMIC). */
#define HK_TS_NSCAN 7
extern const hk_col hk_ts_scan_cols[HK_TS_NSCAN];
void hk_ts_scan_cells(const hk_ts_result *r, size_t i, hk_cell cell[HK_TS_NSCAN]);

/* The columns the profile gets (tariff period, price, charge, discharge,
 * content, heat-pump output, power, cost, unmet, and tank_m3, which
 * travels to econ) and step i's cells. */
#define HK_TS_NPROF 10
extern const hk_col hk_ts_profile_cols[HK_TS_NPROF];
void hk_ts_profile_cells(const hk_ts_request *q, const hk_ts_result *r, size_t i, hk_cell cell[HK_TS_NPROF]);

#endif
