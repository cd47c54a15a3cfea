/* test_bfloads.c - profile steps placed in the 730-h months of the
 * borefield methods (lib/bfloads.h), by hand-computed examples. */
#include <stdlib.h>
#include <string.h>

#include "bfloads.h"
#include "unit.h"

static void test_season(void)
{
	/* one typical day, 24 h of 10 kW extraction, weight 120 days: a
	 * 120-day season centred on 15 Jan noon covers hours [-1092, 1788):
	 * Nov (month 11 of 730 h from 7300 h) 362 h, Dec 730, Jan 730,
	 * Feb 730, Mar 328 = 2880 h; E = 10 x 24 x 120 = 28 800 kWh */
	hk_step s = {0, 0, 0, 24, -5, 10, 120};
	double ext = 10;
	hk_bfprof_months m;
	hk_err e;
	UNIT_EQ_INT(hk_bfprof_to_months(&s, &ext, NULL, 1, -1, -1, &m, &e), HK_OK, "season runs");
	UNIT_EQ_INT(m.rule, HK_BFP_SEASON, "typical days are spread over a season");
	UNIT_NEAR(m.ext_kwh_y, 28800, 1e-9, "annual extraction = sum kW dt days");
	UNIT_NEAR(m.heat_days, 120, 1e-12, "season length = sum of weights");
	UNIT_NEAR(m.ext_kwh[0], 28800 * 730.0 / 2880, 1e-6, "January share 730/2880");
	UNIT_NEAR(m.ext_kwh[2], 28800 * 328.0 / 2880, 1e-6, "March share 328/2880");
	UNIT_NEAR(m.ext_kwh[10], 28800 * 362.0 / 2880, 1e-6, "November share 362/2880");
	UNIT_NEAR(m.ext_kwh[5], 0, 0, "no extraction in June");
	UNIT_NEAR(m.peak_ext_kw[10], 10, 0, "season months carry the peak");
	UNIT_NEAR(m.peak_ext_kw[6], 0, 0, "no peak outside the season");
	double tot = 0;
	for (int i = 0; i < 12; i++)
		tot += m.ext_kwh[i];
	UNIT_NEAR(tot, 28800, 1e-6, "months add up to the year");

	s.days = 400;
	UNIT_EQ_INT(hk_bfprof_to_months(&s, &ext, NULL, 1, -1, -1, &m, &e), HK_EINVAL,
		    "a season over 365 days is refused");
	ext = -1;
	s.days = 10;
	UNIT_EQ_INT(hk_bfprof_to_months(&s, &ext, NULL, 1, -1, -1, &m, &e), HK_EINVAL,
		    "a negative load is refused");
}

static void test_full_year(void)
{
	/* 8760 steps of 1 h, 1 kW extraction, 2 kW injection in hour 12 of
	 * each day: every 730-h month holds 730 kWh of extraction */
	size_t n = 8760;
	hk_step *s = malloc(n * sizeof *s);
	double *ext = malloc(n * sizeof *ext), *inj = malloc(n * sizeof *inj);
	hk_bfprof_months m;
	hk_err e;
	for (size_t i = 0; i < n; i++) {
		s[i] = (hk_step){(int)(i / 24), 0, (double)(i % 24), (double)(i % 24) + 1, 0, 0, 1};
		ext[i] = 1;
		inj[i] = i % 24 == 12 ? 2 : 0;
	}
	UNIT_EQ_INT(hk_bfprof_to_months(s, ext, inj, n, -1, -1, &m, &e), HK_OK, "full year runs");
	UNIT_EQ_INT(m.rule, HK_BFP_FULL_YEAR, "365 days of weight 1 are a calendar year");
	for (int k = 0; k < 12; k++)
		UNIT_NEAR(m.ext_kwh[k], 730, 1e-9, "730 kWh in every 730-h month");
	UNIT_NEAR(m.inj_kwh_y, 2 * 365, 1e-9, "annual injection 2 kWh x 365");
	UNIT_NEAR(m.peak_inj_kw[3], 2, 0, "month peak = largest step");
	free(s);
	free(ext);
	free(inj);
}

/* the profile's months plus a loads file's (borefield --profile with a
 * LOADS.csv): month by month, the profile's year repeated over the file's
 * years, peaks added; without a file, the profile's 12 months */
static void test_add(void)
{
	hk_bfprof_months pm;
	memset(&pm, 0, sizeof pm);
	for (int k = 0; k < 12; k++) {
		pm.ext_kwh[k] = 100 + k;
		pm.inj_kwh[k] = 10 * k;
		pm.peak_ext_kw[k] = 5;
		pm.peak_inj_kw[k] = k;
	}
	double e[24], i[24], pe[24], pi[24], out[4 * 24];
	for (int m = 0; m < 24; m++) {
		e[m] = m < 12 ? 1000 : 0;
		i[m] = 2;
		pe[m] = 3;
		pi[m] = 0.5;
	}
	hk_mload add = {24, e, i, pe, pi}, ml;
	hk_bfprof_add(&pm, &add, out, &ml);
	UNIT_EQ_INT(ml.nm, 24, "profile + 24 months of loads: 24 months");
	UNIT_NEAR(ml.ext_kwh[3], 103 + 1000, 0, "April, year 1: 103 + 1000 kWh");
	UNIT_NEAR(ml.ext_kwh[15], 103, 0, "April, year 2: the profile's 103 kWh repeated, + 0");
	UNIT_NEAR(ml.inj_kwh[23], 110 + 2, 0, "December, year 2: 110 + 2 kWh");
	UNIT_NEAR(ml.peak_ext_kw[20], 5 + 3, 0, "peaks added (conservative): 5 + 3 kW");
	UNIT_NEAR(ml.peak_inj_kw[7], 7 + 0.5, 0, "injection peaks added: 7 + 0.5 kW");
	hk_bfprof_add(&pm, NULL, out, &ml);
	UNIT_EQ_INT(ml.nm, 12, "the profile alone: 12 months");
	UNIT_NEAR(ml.ext_kwh[11] + ml.inj_kwh[11] + ml.peak_ext_kw[11] + ml.peak_inj_kw[11],
		  111 + 110 + 5 + 11, 0, "the profile alone: its own months");
}

int main(void)
{
	test_season();
	test_full_year();
	test_add();
	return unit_done();
}
