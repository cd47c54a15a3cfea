/*
 * fuzz_tariff.c - libFuzzer harness: the tariff reader (hk_tariff_load,
 * lib/proftable.c) and the day it builds (lib/tariff.c).
 *
 * Input: byte 0 the encoding (auto, utf-8, gbk, utf-16), the rest the
 * file (period,start,end,price_yuan_kwh[,source]).  A tariff the reader
 * accepts tiles the day: its segments sorted and contiguous from 0 to
 * 24 h, the hours of its kinds summing to 24, a finite price >= 0 at
 * every hour, and the cost of a day at 1 kW equal to the sum of the
 * segments' prices times their hours.
 */
#include <math.h>

#include "proftable.h"
#include "tariff.h"
#include "fuzzfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const enc[] = {NULL, "utf-8", "gbk", "utf-16"};
	hk_tariff t;
	hk_err e;
	size_t i;
	double hours = 0, sum = 0, h;
	if (size < 1)
		return 0;
	hk_status st = hk_tariff_load(fz_file("tariff.csv", data + 1, size - 1), enc[data[0] & 3], &t, &e);
	fz_err_said(st, e.what);
	if (st)
		return 0;
	if (t.n < 1 || t.n > HK_TARIFF_MAX || t.seg[0].start_h != 0 || t.seg[t.n - 1].end_h != 24)
		abort();
	for (i = 0; i < t.n; i++) {
		if (i && t.seg[i].start_h != t.seg[i - 1].end_h)
			abort(); /* contiguous */
		if (!(t.seg[i].end_h > t.seg[i].start_h) || !isfinite(t.seg[i].price) || t.seg[i].price < 0)
			abort();
		sum += t.seg[i].price * (t.seg[i].end_h - t.seg[i].start_h);
	}
	for (i = 0; i < HK_PER_KINDS; i++)
		hours += hk_tariff_hours(&t, (hk_period_kind)i);
	if (fabs(hours - 24) > 1e-9)
		abort();
	for (h = 0; h < 24; h += 0.25)
		if (!hk_tariff_at(&t, h) || !isfinite(hk_tariff_price_at(&t, h)))
			abort();
	double mean = hk_tariff_mean_price(&t, 0, 24);
	if (fabs(mean * 24 - sum) > 1e-9 * (1 + sum))
		abort(); /* the day's mean price is the segments' weighted sum */
	return 0;
}
