/*
 * pumptariff.h - a 24-hour time-of-use tariff file for pumpselect
 * (the files in data/climate/tariffs/: period,start,end,price_yuan_kwh,source;
 * times HH:MM, end may be 24:00; the periods tile 00:00-24:00), and the
 * mean price over a profile step.
 *
 * Local to pumpselect on purpose: lib/tariff.[ch] (hk_tariff_build) is
 * being written in parallel; the hk_pumptariff_ prefix keeps the two apart
 * until they are unified.  Reads through table.h; never prints.
 */
#ifndef HK_PUMPTARIFF_H
#define HK_PUMPTARIFF_H

#include "status.h"

#define HK_PUMPTARIFF_MAX 48

typedef struct {
	char name[32];
	double start_h, end_h;    /* hours of the day, 0 <= start < end <= 24 */
	double price_yuan_kwh;
} hk_pumptariff_period;

typedef struct {
	hk_pumptariff_period p[HK_PUMPTARIFF_MAX];
	int n;                     /* sorted by start_h */
	char file[256];
} hk_pumptariff;

/* Parse "HH:MM" (00:00 .. 24:00) into hours.  HK_EPARSE otherwise. */
hk_status hk_pumptariff_parse_time(const char *s, double *hours);

/* Load a tariff file.  Fails with a located error on a bad time or price,
 * a period with end <= start, periods that overlap or leave a gap, or a
 * day not covered from 00:00 to 24:00. */
hk_status hk_pumptariff_load(const char *path, const char *encoding, hk_pumptariff *t,
			     hk_err *err);

/* Time-weighted mean price (yuan/kWh) over [start_h, start_h + dt_h),
 * wrapping at 24 h (a step from 23:00 lasting 2 h covers 23-24 and 0-1).
 * dt_h > 0. */
double hk_pumptariff_mean(const hk_pumptariff *t, double start_h, double dt_h);

#endif
