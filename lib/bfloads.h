/*
 * bfloads.h - monthly ground loads for a borefield from a heatkit profile
 * (the pipeline contract: one row per time step, a `days` weight).
 *
 * The borefield methods (borefield.h) work on 730-h months of ground
 * extraction and injection (GHEtool, Peere et al. 2021).  A profile from
 * loadcalc/hpsize gives building heat per step; the caller turns it into
 * ground loads per step (extraction = heat (1 - 1/COP), injection =
 * cool (1 + 1/EER): hk_extraction_from_heating) and this module places the
 * steps in the year:
 *
 *   - a full year (365 days of weight 1 in calendar order, e.g. loadcalc
 *     --weather: d001..d365): each step at its hour of the year
 *     24 (day - 1) + start_h, split over the 730-h months it overlaps;
 *     the month's peak is the largest step load in it;
 *   - typical days (weights, e.g. 28/62/45/16 for the Malan paper): the
 *     season's energy sum(kW dt days) is spread evenly over a season of
 *     N = sum of the weights of the days that carry that load, centred on
 *     15 January for extraction (on 15 July for injection) unless a
 *     centre is given; every month the season touches gets the season's
 *     largest step load as its peak (conservative: the design day may fall
 *     in any of them).
 *
 * Nothing here prints or exits.
 */
#ifndef HK_BFLOADS_H
#define HK_BFLOADS_H

#include <stddef.h>

#include "groundload.h"
#include "profile.h"
#include "status.h"

/* Day of the year (0-based, fractional) of the default season centres. */
#define HK_BF_HEAT_CENTRE_DAY 14.5  /* 15 January, noon */
#define HK_BF_COOL_CENTRE_DAY 195.5 /* 15 July, noon */

typedef enum {
	HK_BFP_FULL_YEAR = 1, /* calendar placement */
	HK_BFP_SEASON = 2     /* typical days spread over a season */
} hk_bfprof_rule;

typedef struct hk_bfprof_months {
	double ext_kwh[12], inj_kwh[12];         /* per 730-h month */
	double peak_ext_kw[12], peak_inj_kw[12];
	double ext_kwh_y, inj_kwh_y;             /* sum kW dt days */
	double heat_days, cool_days;             /* season lengths (d) */
	hk_bfprof_rule rule;
} hk_bfprof_months;

/*
 * Monthly ground loads from n profile steps s[] with ground extraction
 * ext_kw[i] and injection inj_kw[i] (kW, >= 0; inj_kw may be NULL).
 * heat_centre_day / cool_centre_day: 0-based day of the year of the
 * season centres for typical days (< 0 = the defaults above).  The year's
 * energy is kept exactly: sum of the months = sum kW dt_h days.  Fails
 * (HK_EINVAL) for negative or non-finite loads, or seasons longer than 365
 * days.
 */
hk_status hk_bfprof_to_months(const hk_step *s, const double *ext_kw,
			      const double *inj_kw, size_t n,
			      double heat_centre_day, double cool_centre_day,
			      hk_bfprof_months *out, hk_err *err);

/*
 * The profile's months plus a monthly loads file's (add, NULL = none; 12
 * months or 12 x years): nm = add's months (12 without), the profile's
 * year repeated; energies and peaks added month by month (peaks added:
 * conservative, the two peaks may coincide).  out holds 4 x nm doubles
 * (extraction, injection, extraction peak, injection peak); *ml gets
 * views of it.
 */
void hk_bfprof_add(const hk_bfprof_months *pm, const hk_mload *add, double *out,
		   hk_mload *ml);

/* The placement rule in words, for the summary. */
const char *hk_bfprof_rule_text(hk_bfprof_rule r);

#endif
