/*
 * hpreport.h - what hpsize writes, built from a run's request and result
 * (hpsize.h): the summary (DESIGN.md: key, value, unit, label zh/en,
 * source; the model, the design basis, K1 with the capacity points it
 * rests on, K2, the count and its rounding rule, the shortfall, every
 * default with its source, the year over the profile) with the design-rule
 * warnings, and the columns the profile gets.  Rows and cells only:
 * writing them is the command's (job.h).
 */
#ifndef HK_HPREPORT_H
#define HK_HPREPORT_H

#include "climate.h"
#include "hpsize.h"
#include "output.h"
#include "summary.h"

/* Where the request's values come from, as the summary names them: an
 * option when it was given ("--t-water"), else its default's source (the
 * command takes these from its option table, hk_opt_src).  k2_opt names
 * the option that gave K2 ("--k2", "--k2-table") and is NULL when none
 * did: a K2 given for capacities that include defrost is a warning. */
typedef struct hk_hp_sources {
	const char *model;     /* the catalog and its row's source, or the ratio table */
	const char *design;    /* the design load */
	const char *t_basis;   /* the design basis temperature */
	const char *t_water, *k2, *round_tol, *cop;
	const char *k2_opt;
	const hk_city *city;   /* --city (the design basis station), or NULL */
} hk_hp_sources;

/* Append the summary rows to s, then the warnings (hk_sum_warn: basis
 * extrapolated, K2 given but not applied, COP below 2.0, count rounded
 * down, the other design and profile flags) for the command to print too.
 * Fails HK_ENOMEM only. */
hk_status hk_hp_summary(const hk_hpsize_request *q, const hk_hpsize_result *r, const hk_hp_sources *src,
			hk_summary *s);

/* The numeric columns the profile gets (k1, k2, q_unit_kw, units_total,
 * units_on, plr, hp_heat_kw, cop, hp_power_kw, spare_kw, rated_kw; the
 * command adds hp_model) and step i's values. */
#define HK_HP_NPROF 11
extern const hk_col hk_hp_profile_cols[HK_HP_NPROF];
void hk_hp_profile_vals(const hk_hpsize_request *q, const hk_hpsize_result *r, size_t i,
			double v[HK_HP_NPROF]);

#endif
