/* test_bfloads.c - profile steps placed in the 730-h months of the
 * borefield methods (lib/bfloads.h), by hand-computed examples. */
#include <stdlib.h>

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

int main(void)
{
	test_season();
	test_full_year();
	return unit_done();
}
