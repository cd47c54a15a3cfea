/*
 * groundload.h - ground loads of a borefield: monthly energies and peaks
 * (L2, L3) or hourly powers (L4), checked, converted from building loads
 * and from hours to months.
 *
 * Conventions (GHEtool, Peere et al. 2021): loads are ground loads,
 * extraction (heating: heat taken from the ground) and injection
 * (cooling: heat rejected to it), both >= 0; a month is 730 h, a year
 * 8760 h.  Nothing here prints or exits; arrays are caller-owned.
 */
#ifndef HK_GROUNDLOAD_H
#define HK_GROUNDLOAD_H

#include <math.h>
#include <stddef.h>

#include "status.h"

#define HK_HOURS_PER_MONTH 730.0
#define HK_HOURS_PER_YEAR 8760.0
#define HK_SECONDS_PER_HOUR 3600.0

/*
 * Monthly ground loads.  nm = 12 (one year, repeated every year) or
 * 12 x years.  Energies in kWh per month, peaks in kW; the peak used is
 * max(peak, energy/730 h) (GHEtool): hk_mload_peak_kw.
 */
typedef struct hk_mload {
	size_t nm;
	const double *ext_kwh;     /* extraction energy */
	const double *inj_kwh;     /* injection energy */
	const double *peak_ext_kw; /* extraction peak (NULL = energy/730) */
	const double *peak_inj_kw; /* injection peak (NULL = energy/730) */
} hk_mload;

/*
 * Hourly ground loads: nh = 8760 (repeated every year) or 8760 x years;
 * kW, extraction and injection >= 0 (either may be NULL = 0).
 */
typedef struct hk_hload {
	size_t nh;
	const double *ext_kw;
	const double *inj_kw;
} hk_hload;

/*
 * Ground load from a building load (kW or kWh): extraction =
 * heat (1 - 1/COP), injection = cool (1 + 1/EER) (energy balance of the
 * heat pump).  COP and EER must be > 1 and > 0; returns NAN otherwise.
 */
double hk_extraction_from_heating(double heat, double cop);
double hk_injection_from_cooling(double cool, double eer);

/*
 * The peak of month i used throughout (kW): the given peak, at least the
 * month's average energy/730 h (GHEtool: a peak below the mean load is
 * the mean load); inj 1 for injection, 0 for extraction.
 */
static inline double hk_mload_peak_kw(const hk_mload *ml, size_t i, int inj)
{
	const double *pk = inj ? ml->peak_inj_kw : ml->peak_ext_kw;
	double E = inj ? ml->inj_kwh[i] : ml->ext_kwh[i];
	return fmax(pk ? pk[i] : 0.0, E / HK_HOURS_PER_MONTH);
}

/* The largest peaks over the months (kW, hk_mload_peak_kw) or the hours:
 * extraction into *ext, injection into *inj. */
void hk_mload_peaks(const hk_mload *ml, double *ext, double *inj);
void hk_hload_peaks(const hk_hload *hl, double *ext, double *inj);

/* Hourly net injection (W) over n hours, inj - ext; a one-year load
 * repeats. */
void hk_hload_net_w(const hk_hload *hl, size_t n, double *q);

/*
 * Check a monthly load against the simulation length: nm must be 12 or
 * 12*years, values finite and >= 0.  Fails (HK_EINVAL) naming the first
 * bad month.
 */
hk_status hk_mload_check(const hk_mload *ml, int years, hk_err *err);
hk_status hk_hload_check(const hk_hload *hl, int years, hk_err *err);

/*
 * Monthly loads from hourly loads (730-h blocks of 8760 h; the 12th month
 * takes 730 h as well, i.e. hours 0..8759): energies (kWh) and peaks
 * (kW) per month, into arrays of 12 x (nh/8760) entries each.
 */
hk_status hk_hload_to_monthly(const hk_hload *hl, double *ext_kwh,
			      double *inj_kwh, double *peak_ext_kw,
			      double *peak_inj_kw, hk_err *err);

/*
 * Rule-of-thumb length (m): peak extraction (kW) x 1000 / w_per_m, the
 * design-institute practice (e.g. 30-50 W/m), and the same for injection.
 * Returns NAN for w_per_m <= 0.
 */
double hk_rule_of_thumb_length(double peak_kw, double w_per_m);

#endif
