/*
 * bfloads.c - monthly ground loads from a heatkit profile (bfloads.h).
 */
#include <math.h>
#include <string.h>

#include "bfloads.h"

#define MONTH_H 730.0  /* GHEtool's equal months (borefield.h) */
#define YEAR_H 8760.0

/* hours of [a, b) (0 <= a < b <= a + YEAR_H, a may exceed YEAR_H) that
 * fall in month m of the year, the year taken as a circle */
static double overlap_month(double a, double b, int m)
{
	double lo = m * MONTH_H, hi = lo + MONTH_H, tot = 0;
	for (int k = -1; k <= 1; k++) {
		double o = fmin(b, hi + k * YEAR_H) - fmax(a, lo + k * YEAR_H);
		if (o > 0)
			tot += o;
	}
	return tot;
}

static int is_full_year(const hk_step *s, size_t n)
{
	if (n == 0 || s[n - 1].day != 364)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (fabs(s[i].days - 1.0) > 1e-9)
			return 0;
	return 1;
}

/* spread one season's steps over the year (typical days) */
static void season(const hk_step *s, const double *kw, size_t n, double centre_day,
		   double *kwh, double *peak, double *ndays)
{
	double E = 0, P = 0, N = 0;
	int last_day = -1, day_has = 0;
	for (size_t i = 0; i < n; i++) {
		double q = kw[i];
		if (s[i].day != last_day) {
			last_day = s[i].day;
			day_has = 0;
		}
		E += q * hk_step_hours(&s[i]) * s[i].days;
		P = fmax(P, q);
		if (q > 0 && !day_has) {
			day_has = 1;
			N += s[i].days;
		}
	}
	*ndays = N;
	if (!(E > 0) || !(N > 0))
		return;
	double a = centre_day * 24.0 - 12.0 * N, b = a + 24.0 * N;
	while (a < 0) {
		a += YEAR_H;
		b += YEAR_H;
	}
	for (int m = 0; m < 12; m++) {
		double o = overlap_month(a, b, m);
		if (o > 0) {
			kwh[m] += E * o / (24.0 * N);
			peak[m] = fmax(peak[m], P);
		}
	}
}

/* place each step at its hour of the year (full year) */
static void calendar(const hk_step *s, const double *kw, size_t n, double *kwh,
		     double *peak)
{
	for (size_t i = 0; i < n; i++) {
		double a = 24.0 * s[i].day + s[i].start_h, b = 24.0 * s[i].day + s[i].end_h;
		double q = kw[i];
		for (int m = (int)(a / MONTH_H); m < 12 && m * MONTH_H < b; m++) {
			double o = fmin(b, (m + 1) * MONTH_H) - fmax(a, m * MONTH_H);
			if (o <= 0)
				continue;
			kwh[m] += q * o * s[i].days;
			peak[m] = fmax(peak[m], q);
		}
	}
}

hk_status hk_bfprof_to_months(const hk_step *s, const double *ext_kw,
			      const double *inj_kw, size_t n,
			      double heat_centre_day, double cool_centre_day,
			      hk_bfprof_months *out, hk_err *err)
{
	memset(out, 0, sizeof *out);
	if (n == 0)
		return hk_fail(err, HK_EINVAL, "profile has no steps");
	for (size_t i = 0; i < n; i++) {
		double e = ext_kw[i], j = inj_kw ? inj_kw[i] : 0;
		if (!(e >= 0) || !isfinite(e) || !(j >= 0) || !isfinite(j))
			return hk_fail(err, HK_EINVAL,
				       "profile step %zu: ground load %g / %g kW: expected "
				       "finite values >= 0", i + 1, e, j);
		out->ext_kwh_y += e * hk_step_hours(&s[i]) * s[i].days;
		out->inj_kwh_y += j * hk_step_hours(&s[i]) * s[i].days;
	}
	if (is_full_year(s, n)) {
		out->rule = HK_BFP_FULL_YEAR;
		calendar(s, ext_kw, n, out->ext_kwh, out->peak_ext_kw);
		if (inj_kw)
			calendar(s, inj_kw, n, out->inj_kwh, out->peak_inj_kw);
		out->heat_days = out->cool_days = 365;
		return HK_OK;
	}
	out->rule = HK_BFP_SEASON;
	season(s, ext_kw, n, heat_centre_day < 0 ? HK_BF_HEAT_CENTRE_DAY : heat_centre_day,
	       out->ext_kwh, out->peak_ext_kw, &out->heat_days);
	if (inj_kw)
		season(s, inj_kw, n, cool_centre_day < 0 ? HK_BF_COOL_CENTRE_DAY : cool_centre_day,
		       out->inj_kwh, out->peak_inj_kw, &out->cool_days);
	if (out->heat_days > 365 || out->cool_days > 365)
		return hk_fail(err, HK_EINVAL,
			       "the profile's days add up to %g days of heating and %g of "
			       "cooling: expected a season of at most 365 days",
			       out->heat_days, out->cool_days);
	return HK_OK;
}

const char *hk_bfprof_rule_text(hk_bfprof_rule r)
{
	return r == HK_BFP_FULL_YEAR
		? "full year (365 days of weight 1): each step at its hour of the year, "
		  "split over 730-h months; month peak = largest step load in it"
		: "typical days: each season's energy sum(kW dt days) spread evenly over "
		  "N = sum of the weights of the days carrying that load, centred on "
		  "15 January (extraction) / 15 July (injection); every month the season "
		  "touches gets the season's largest step load as its peak";
}

void hk_bfprof_add(const hk_bfprof_months *pm, const hk_mload *add, double *out,
		   hk_mload *ml)
{
	size_t nm = add ? add->nm : 12;
	for (size_t i = 0; i < nm; i++) {
		size_t k = i % 12; /* the profile's year, repeated */
		out[i] = pm->ext_kwh[k] + (add ? add->ext_kwh[i] : 0);
		out[nm + i] = pm->inj_kwh[k] + (add ? add->inj_kwh[i] : 0);
		out[2 * nm + i] = pm->peak_ext_kw[k] + (add ? add->peak_ext_kw[i] : 0);
		out[3 * nm + i] = pm->peak_inj_kw[k] + (add ? add->peak_inj_kw[i] : 0);
	}
	*ml = (hk_mload){nm, out, out + nm, out + 2 * nm, out + 3 * nm};
}
