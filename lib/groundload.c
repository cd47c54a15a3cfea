/* groundload.c - ground loads: checks, conversions, months from hours (see groundload.h). */
#include "groundload.h"

#include <math.h>

double hk_extraction_from_heating(double heat, double cop)
{
	if (!(cop > 1.0))
		return NAN;
	return heat * (1.0 - 1.0 / cop); /* heat-pump energy balance */
}

double hk_injection_from_cooling(double cool, double eer)
{
	if (!(eer > 0.0))
		return NAN;
	return cool * (1.0 + 1.0 / eer); /* chiller energy balance */
}

double hk_rule_of_thumb_length(double peak_kw, double w_per_m)
{
	if (!(w_per_m > 0))
		return NAN;
	return peak_kw * 1000.0 / w_per_m; /* design-institute W/m practice */
}

static int bad_load(const double *v, size_t i)
{
	return v && !(isfinite(v[i]) && v[i] >= 0.0);
}

hk_status hk_mload_check(const hk_mload *ml, int years, hk_err *err)
{
	if (!ml || !ml->ext_kwh || !ml->inj_kwh)
		return hk_fail(err, HK_EINVAL, "monthly load: missing energies");
	if (years < 1)
		return hk_fail(err, HK_EINVAL, "simulation years %d: expected >= 1",
			       years);
	if (ml->nm != 12 && ml->nm != (size_t)12 * years)
		return hk_fail(err, HK_EINVAL,
			       "monthly load has %zu months: expected 12 or %d "
			       "(12 x %d years)", ml->nm, 12 * years, years);
	for (size_t i = 0; i < ml->nm; i++) {
		const char *what = bad_load(ml->ext_kwh, i) ? "extraction" :
				   bad_load(ml->inj_kwh, i) ? "injection" :
				   bad_load(ml->peak_ext_kw, i) ? "extraction peak" :
				   bad_load(ml->peak_inj_kw, i) ? "injection peak" :
								  NULL;
		if (what)
			return hk_fail(err, HK_EINVAL,
				       "month %zu: %s load is negative or not a "
				       "number: expected >= 0", i + 1, what);
	}
	return HK_OK;
}

hk_status hk_hload_check(const hk_hload *hl, int years, hk_err *err)
{
	if (!hl || (!hl->ext_kw && !hl->inj_kw))
		return hk_fail(err, HK_EINVAL, "hourly load: missing values");
	if (years < 1)
		return hk_fail(err, HK_EINVAL, "simulation years %d: expected >= 1",
			       years);
	if (hl->nh != 8760 && hl->nh != (size_t)8760 * years)
		return hk_fail(err, HK_EINVAL,
			       "hourly load has %zu hours: expected 8760 or %zu "
			       "(8760 x %d years)", hl->nh, (size_t)8760 * years,
			       years);
	for (size_t i = 0; i < hl->nh; i++)
		if (bad_load(hl->ext_kw, i) || bad_load(hl->inj_kw, i))
			return hk_fail(err, HK_EINVAL,
				       "hour %zu: load is negative or not a number: "
				       "expected >= 0", i + 1);
	return HK_OK;
}

hk_status hk_hload_to_monthly(const hk_hload *hl, double *ext_kwh,
			      double *inj_kwh, double *peak_ext_kw,
			      double *peak_inj_kw, hk_err *err)
{
	if (!hl || hl->nh == 0 || hl->nh % 8760)
		return hk_fail(err, HK_EINVAL,
			       "hourly load has %zu hours: expected a multiple of "
			       "8760", hl ? hl->nh : 0);
	size_t nm = hl->nh / 8760 * 12;
	for (size_t m = 0; m < nm; m++) {
		double e = 0, j = 0, pe = 0, pj = 0;
		for (size_t h = m * 730; h < (m + 1) * 730; h++) {
			double ve = hl->ext_kw ? hl->ext_kw[h] : 0;
			double vj = hl->inj_kw ? hl->inj_kw[h] : 0;
			e += ve;
			j += vj;
			pe = fmax(pe, ve);
			pj = fmax(pj, vj);
		}
		ext_kwh[m] = e;
		inj_kwh[m] = j;
		if (peak_ext_kw)
			peak_ext_kw[m] = pe;
		if (peak_inj_kw)
			peak_inj_kw[m] = pj;
	}
	return HK_OK;
}

void hk_mload_peaks(const hk_mload *ml, double *ext, double *inj)
{
	*ext = *inj = 0;
	for (size_t m = 0; m < ml->nm; m++) {
		*ext = fmax(*ext, hk_mload_peak_kw(ml, m, 0));
		*inj = fmax(*inj, hk_mload_peak_kw(ml, m, 1));
	}
}

void hk_hload_peaks(const hk_hload *hl, double *ext, double *inj)
{
	*ext = *inj = 0;
	for (size_t h = 0; h < hl->nh; h++) {
		*ext = fmax(*ext, hl->ext_kw ? hl->ext_kw[h] : 0);
		*inj = fmax(*inj, hl->inj_kw ? hl->inj_kw[h] : 0);
	}
}

/* hourly net injection (W) over n hours; a one-year load repeats */
void hk_hload_net_w(const hk_hload *hl, size_t n, double *q)
{
	for (size_t i = 0; i < n; i++) {
		size_t h = hl->nh == 8760 ? i % 8760 : i;
		double inj = hl->inj_kw ? hl->inj_kw[h] : 0;
		double ext = hl->ext_kw ? hl->ext_kw[h] : 0;
		q[i] = (inj - ext) * 1000.0;
	}
}
