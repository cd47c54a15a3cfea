/*
 * test_pumptariff.c - the tariff file reader of pumpselect against the
 * Malan paper's Table 2 schedule (data/climate/tariffs/shaanxi-malan.csv:
 * valley 0.3035 00-07 and 23-24, flat 0.5607 07-08 and 11:30-18:30, peak
 * 0.8179 08-11:30 and 18:30-23).  Expected means are worked by hand.
 */
#include <stdio.h>

#include "pumptariff.h"
#include "unit.h"

int main(void)
{
	hk_pumptariff t;
	hk_err e;
	double h;
	FILE *f;

	UNIT_EQ_INT(hk_pumptariff_parse_time("24:00", &h), HK_OK, "24:00 is a valid end");
	UNIT_NEAR(h, 24, 0, "24:00 = 24 h");
	UNIT_EQ_INT(hk_pumptariff_parse_time("11:30", &h), HK_OK, "11:30 parses");
	UNIT_NEAR(h, 11.5, 1e-12, "11:30 = 11.5 h");
	UNIT_EQ_INT(hk_pumptariff_parse_time("24:30", &h), HK_EPARSE, "24:30 rejected");
	UNIT_EQ_INT(hk_pumptariff_parse_time("7", &h), HK_EPARSE, "7 without minutes rejected");

	UNIT_EQ_INT(hk_pumptariff_load("data/climate/tariffs/shaanxi-malan.csv", NULL, &t, &e), HK_OK,
		    "load the Malan tariff");
	UNIT_EQ_INT(t.n, 6, "six rows (valley split at midnight)");
	UNIT_NEAR(hk_pumptariff_mean(&t, 0, 7), 0.3035, 1e-12, "valley 00-07 = 0.3035 (Table 2)");
	/* 08:00-11:30 peak, 11:30-12:00 flat: (3.5*0.8179 + 0.5*0.5607)/4 = 0.785750 */
	UNIT_NEAR(hk_pumptariff_mean(&t, 8, 4), (3.5 * 0.8179 + 0.5 * 0.5607) / 4, 1e-12,
		  "08-12 = 3.5 h peak + 0.5 h flat");
	/* 23:00 for 2 h wraps: 23-24 valley and 00-01 valley */
	UNIT_NEAR(hk_pumptariff_mean(&t, 23, 2), 0.3035, 1e-12, "23:00 + 2 h wraps past midnight");
	/* a whole day: (8*0.3035 + 8*0.5607 + 8*0.8179)/24 (8 h of each) */
	UNIT_NEAR(hk_pumptariff_mean(&t, 0, 24), (0.3035 + 0.5607 + 0.8179) / 3, 1e-12,
		  "whole day: 8 h valley, 8 h flat, 8 h peak");

	f = fopen("build/.tariff-gap.csv", "w");
	if (f) {
		fputs("period,start,end,price_yuan_kwh,source\nv,00:00,07:00,0.3,x\np,08:00,24:00,0.8,x\n", f);
		fclose(f);
		UNIT_EQ_INT(hk_pumptariff_load("build/.tariff-gap.csv", NULL, &t, &e), HK_EPARSE,
			    "a gap 07:00-08:00 is an error");
		UNIT_TRUE(strstr(e.what, "without gap") != NULL, "the message says periods must tile the day");
		remove("build/.tariff-gap.csv");
	}
	return unit_done();
}
