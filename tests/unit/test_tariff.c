/* test_tariff.c - ToU tariff validation and look-ups. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "proftable.h"
#include "tariff.h"
#include "unit.h"

static void test_malan(void)
{
	hk_period p[5];
	hk_tariff t;
	hk_err e;
	size_t n = hk_tariff_malan_periods(p);
	UNIT_EQ_INT(hk_tariff_build(&t, p, n, &e), HK_OK, "Malan tariff valid");
	UNIT_EQ_INT(t.n, 6, "valley 23:00-07:00 split at midnight: 6 segments");
	UNIT_NEAR(hk_tariff_hours(&t, HK_PER_PEAK), 8, 1e-12,
		  "peak 8 h (Malan Table 2)");
	UNIT_NEAR(hk_tariff_hours(&t, HK_PER_FLAT), 8, 1e-12,
		  "flat 8 h (Malan Table 2)");
	UNIT_NEAR(hk_tariff_hours(&t, HK_PER_VALLEY), 8, 1e-12,
		  "valley 8 h (Malan Table 2, 23:00-07:00)");
	UNIT_NEAR(hk_tariff_overlap(&t, HK_PER_PEAK, 7, 18.5), 3.5, 1e-12,
		  "peak hours in the day 07:00-18:30 = 3.5 (Malan Table 1)");
	UNIT_NEAR(hk_tariff_overlap(&t, HK_PER_PEAK, 18.5, 31), 4.5, 1e-12,
		  "peak hours in the night 18:30-07:00 = 4.5 (Malan Table 1)");
	UNIT_NEAR(hk_tariff_overlap(&t, HK_PER_VALLEY, 18.5, 31), 8, 1e-12,
		  "valley inside the night window 8 h");
	UNIT_NEAR(hk_tariff_price_at(&t, 7.99), 0.5607, 0, "07:59 flat");
	UNIT_NEAR(hk_tariff_price_at(&t, 8.0), 0.8179, 0,
		  "08:00 peak (half-open: start belongs to the period)");
	UNIT_NEAR(hk_tariff_price_at(&t, 11.5), 0.5607, 0, "11:30 flat");
	UNIT_NEAR(hk_tariff_price_at(&t, 23.5), 0.3035, 0, "23:30 valley");
	UNIT_NEAR(hk_tariff_price_at(&t, 0), 0.3035, 0, "00:00 valley");
	UNIT_NEAR(hk_tariff_price_at(&t, 25), 0.3035, 0, "25 h = 01:00");
	UNIT_EQ_INT(hk_tariff_at(&t, 19)->kind, HK_PER_PEAK, "19:00 peak");
	double kwh, cost, by[HK_PER_KINDS] = {0};
	hk_tariff_cost(&t, 0, 24, 1, &kwh, &cost, by);
	UNIT_NEAR(kwh, 24, 1e-12, "1 kW for a day = 24 kWh");
	UNIT_NEAR(cost, 8 * (0.8179 + 0.5607 + 0.3035), 1e-12,
		  "1 kW for a day costs 8·(0.8179 + 0.5607 + 0.3035) (Table 2)");
	UNIT_NEAR(by[HK_PER_VALLEY], 8, 1e-12, "8 valley kWh");
	hk_tariff_cost(&t, 22.5, 23.5, 2, &kwh, &cost, NULL);
	UNIT_NEAR(cost, 2 * 0.5 * (0.8179 + 0.3035), 1e-12,
		  "an interval straddling 23:00 is split exactly");
	hk_tariff_cost(&t, 23, 25, 1, &kwh, &cost, NULL);
	UNIT_NEAR(cost, 2 * 0.3035, 1e-12, "across midnight");
}

static void test_bad(void)
{
	hk_period p[5];
	hk_tariff t;
	hk_err e;
	size_t n = hk_tariff_malan_periods(p);

	p[1].end_h = 8.5; /* flat 07:00-08:30 overlaps peak 08:00- */
	UNIT_EQ_INT(hk_tariff_build(&t, p, n, &e), HK_EINVAL, "overlap refused");
	UNIT_TRUE(strstr(e.what, "overlap") && strstr(e.what, "flat 07:00-08:30")
		  && strstr(e.what, "peak 08:00-11:30"),
		  "overlap message names both periods");
	UNIT_EQ_INT((int)e.item, 3, "overlap: item = the later row (peak, period 3)");
	UNIT_EQ_INT(t.n, 0, "failed build leaves the tariff empty");

	hk_tariff_malan_periods(p);
	p[3].start_h = 12; /* flat 12:00-18:30: gap 11:30-12:00 */
	UNIT_EQ_INT(hk_tariff_build(&t, p, n, &e), HK_EINVAL, "gap refused");
	UNIT_TRUE(strstr(e.what, "gap") && strstr(e.what, "11:30") &&
		  strstr(e.what, "12:00"), "gap message names the periods");
	UNIT_EQ_INT((int)e.item, 4, "gap: item = the later row (period 4)");

	hk_tariff_malan_periods(p);
	p[0].start_h = 0; /* valley 00:00-07:00: 23:00-24:00 uncovered */
	UNIT_EQ_INT(hk_tariff_build(&t, p, n, &e), HK_EINVAL,
		    "gap at the end of the day refused");
	UNIT_TRUE(strstr(e.what, "23:00-24:00") != NULL, "names the gap");
	UNIT_EQ_INT((int)e.item, 0, "a gap at the day's end is no row's");

	hk_tariff_malan_periods(p);
	p[2].end_h = p[2].start_h;
	UNIT_EQ_INT(hk_tariff_build(&t, p, n, &e), HK_EINVAL,
		    "start = end refused");
	hk_tariff_malan_periods(p);
	p[2].price = -1;
	UNIT_EQ_INT(hk_tariff_build(&t, p, n, &e), HK_EINVAL,
		    "negative price refused");
	hk_tariff_malan_periods(p);
	p[2].end_h = 25;
	UNIT_EQ_INT(hk_tariff_build(&t, p, n, &e), HK_EINVAL,
		    "end after 24:00 refused");
	UNIT_EQ_INT(hk_tariff_build(&t, p, 0, &e), HK_EINVAL, "no periods");

	/* Midnight crossing given as two rows (tariffs.md convention). */
	hk_period q[6];
	hk_tariff_malan_periods(q);
	q[5] = q[0];
	q[0].end_h = 24;
	q[5].start_h = 0;
	UNIT_EQ_INT(hk_tariff_build(&t, q, 6, &e), HK_OK,
		    "23:00-24:00 + 00:00-07:00 rows valid");
	UNIT_NEAR(hk_tariff_hours(&t, HK_PER_VALLEY), 8, 1e-12, "still 8 h");
}

static void test_kinds(void)
{
	hk_period_kind k;
	hk_err e;
	UNIT_TRUE(hk_period_kind_parse("高峰", &k, NULL) == HK_OK &&
		  k == HK_PER_PEAK, "高峰 = peak");
	UNIT_TRUE(hk_period_kind_parse("谷", &k, NULL) == HK_OK &&
		  k == HK_PER_VALLEY, "谷 = valley");
	UNIT_TRUE(hk_period_kind_parse("深谷", &k, NULL) == HK_OK &&
		  k == HK_PER_DEEP_VALLEY, "深谷 = deep valley");
	UNIT_TRUE(hk_period_kind_parse("Sharp", &k, NULL) == HK_OK &&
		  k == HK_PER_SHARP, "Sharp = sharp");
	UNIT_TRUE(hk_period_kind_parse("deep-valley", &k, NULL) == HK_OK &&
		  k == HK_PER_DEEP_VALLEY, "deep-valley");
	UNIT_EQ_INT(hk_period_kind_parse("midday", &k, &e), HK_EINVAL,
		    "unknown kind refused");
	UNIT_EQ_STR(hk_period_kind_name(HK_PER_FLAT), "flat", "kind name");
}

/* The tariff file reader (proftable.h) on the shipped Malan file, and the
 * mean price over a profile step.  Means worked by hand from Table 2. */
static void test_file(void)
{
	hk_tariff t;
	hk_err e;
	double h;
	FILE *f;
	char gap[64];
	UNIT_EQ_INT(hk_parse_clock("24:00", &h), HK_OK, "24:00 is a valid end");
	UNIT_NEAR(h, 24, 0, "24:00 = 24 h");
	UNIT_EQ_INT(hk_parse_clock("11:30", &h), HK_OK, "11:30 parses");
	UNIT_NEAR(h, 11.5, 1e-12, "11:30 = 11.5 h");
	UNIT_EQ_INT(hk_parse_clock("24:30", &h), HK_EPARSE, "24:30 rejected");
	UNIT_EQ_INT(hk_tariff_load("data/climate/tariffs/shaanxi-malan.csv", NULL, &t, &e), HK_OK,
		    "load the Malan tariff file");
	UNIT_NEAR(hk_tariff_mean_price(&t, 0, 7), 0.3035, 1e-12, "valley 00-07 = 0.3035 (Table 2)");
	UNIT_NEAR(hk_tariff_mean_price(&t, 8, 12), (3.5 * 0.8179 + 0.5 * 0.5607) / 4, 1e-12,
		  "08-12 = 3.5 h peak + 0.5 h flat");
	UNIT_NEAR(hk_tariff_mean_price(&t, 23, 25), 0.3035, 1e-12, "23:00 + 2 h wraps past midnight");
	UNIT_NEAR(hk_tariff_mean_price(&t, 0, 24), (0.3035 + 0.5607 + 0.8179) / 3, 1e-12,
		  "whole day: 8 h valley, 8 h flat, 8 h peak");
	/* a name of its own: the plain and ASan builds run this side by side */
	snprintf(gap, sizeof gap, "build/.tariff-gap-%ld.csv", (long)getpid());
	f = fopen(gap, "w");
	if (f) {
		fputs("period,start,end,price_yuan_kwh,source\nvalley,00:00,07:00,0.3,x\npeak,08:00,24:00,0.8,x\n", f);
		fclose(f);
		UNIT_EQ_INT(hk_tariff_load(gap, NULL, &t, &e), HK_EINVAL,
			    "a gap 07:00-08:00 in a file is an error");
		UNIT_TRUE(strstr(e.what, "gap") != NULL && !strcmp(e.file, gap),
			  "the message says gap and names the file");
		remove(gap);
	}
}

int main(void)
{
	test_malan();
	test_bad();
	test_file();
	test_kinds();
	return unit_done();
}
