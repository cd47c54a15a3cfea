/* pumptariff.c - time-of-use tariff files for pumpselect (see pumptariff.h). */
#include "pumptariff.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "table.h"

hk_status hk_pumptariff_parse_time(const char *s, double *hours)
{
	int hh, mm, used = 0;

	if (!s || sscanf(s, "%2d:%2d%n", &hh, &mm, &used) != 2 || s[used] != '\0' ||
	    hh < 0 || mm < 0 || mm > 59 || hh > 24 || (hh == 24 && mm != 0))
		return HK_EPARSE;
	*hours = hh + mm / 60.0;
	return HK_OK;
}

enum { T_PERIOD, T_START, T_END, T_PRICE, T_N };

static const hk_colspec tcols[T_N] = {
	{"period", "period|时段|name", HK_DIM_NONE, HK_REQUIRED, "period name (valley, flat, peak)"},
	{"start", "start|开始|起始时间", HK_DIM_NONE, HK_REQUIRED, "start time HH:MM"},
	{"end", "end|结束|结束时间", HK_DIM_NONE, HK_REQUIRED, "end time HH:MM (24:00 allowed)"},
	{"price_yuan_kwh", "price|price_yuan_kwh|电价", HK_DIM_PRICE, HK_REQUIRED | HK_NONNEG,
	 "electricity price"},
};

hk_status hk_pumptariff_load(const char *path, const char *encoding, hk_pumptariff *t,
			     hk_err *err)
{
	hk_reader *r;
	hk_status st;
	int rc, i, j;

	memset(t, 0, sizeof *t);
	snprintf(t->file, sizeof t->file, "%s", path);
	if ((st = hk_reader_open(&r, path, encoding, err)) != HK_OK)
		return st;
	if ((st = hk_reader_bind(r, tcols, T_N, err)) != HK_OK) {
		hk_reader_close(r);
		return st;
	}
	while ((rc = hk_reader_next(r, err)) > 0) {
		hk_pumptariff_period *p;

		if (t->n == HK_PUMPTARIFF_MAX) {
			st = hk_reader_fail(r, T_PERIOD, err, "more than %d periods (%s): expected "
					    "one 24-hour schedule", HK_PUMPTARIFF_MAX,
					    hk_reader_text(r, T_PERIOD));
			break;
		}
		p = &t->p[t->n];
		snprintf(p->name, sizeof p->name, "%s", hk_reader_text(r, T_PERIOD));
		if (hk_pumptariff_parse_time(hk_reader_text(r, T_START), &p->start_h) != HK_OK ||
		    p->start_h >= 24) {
			st = hk_reader_fail(r, T_START, err, "start time (%s): expected HH:MM from 00:00 to 23:59",
					    hk_reader_text(r, T_START));
			break;
		}
		if (hk_pumptariff_parse_time(hk_reader_text(r, T_END), &p->end_h) != HK_OK ||
		    p->end_h <= p->start_h) {
			st = hk_reader_fail(r, T_END, err, "end time (%s): expected HH:MM after the start "
					    "(write a period across midnight as two rows, ending 24:00)",
					    hk_reader_text(r, T_END));
			break;
		}
		if ((st = hk_reader_num(r, T_PRICE, &p->price_yuan_kwh, err)) != HK_OK)
			break;
		t->n++;
	}
	if (st == HK_OK && rc < 0)
		st = err ? err->code : HK_EPARSE;
	hk_reader_close(r);
	if (st != HK_OK)
		return st;
	/* sort by start (insertion), then check the periods tile the day */
	for (i = 1; i < t->n; i++) {
		hk_pumptariff_period x = t->p[i];
		for (j = i; j > 0 && t->p[j - 1].start_h > x.start_h; j--)
			t->p[j] = t->p[j - 1];
		t->p[j] = x;
	}
	if (t->n == 0)
		return hk_fail_at(err, HK_EPARSE, path, 0, 0, "no periods: expected a 24-hour schedule");
	for (i = 0; i < t->n; i++) {
		double want = i ? t->p[i - 1].end_h : 0;
		if (fabs(t->p[i].start_h - want) > 1e-9)
			return hk_fail_at(err, HK_EPARSE, path, 0, 0,
					  "period %s starts at %02d:%02d but the previous one ends at "
					  "%02d:%02d: expected periods covering 00:00-24:00 without gap or overlap",
					  t->p[i].name, (int)t->p[i].start_h,
					  (int)lround(fmod(t->p[i].start_h, 1) * 60), (int)want,
					  (int)lround(fmod(want, 1) * 60));
	}
	if (fabs(t->p[t->n - 1].end_h - 24) > 1e-9)
		return hk_fail_at(err, HK_EPARSE, path, 0, 0,
				  "the last period ends before 24:00: expected periods covering 00:00-24:00");
	return HK_OK;
}

/* integral of the price over [a, b] within one day, 0 <= a <= b <= 24 */
static double price_integral(const hk_pumptariff *t, double a, double b)
{
	double s = 0;
	int i;

	for (i = 0; i < t->n; i++) {
		double lo = fmax(a, t->p[i].start_h), hi = fmin(b, t->p[i].end_h);
		if (hi > lo)
			s += (hi - lo) * t->p[i].price_yuan_kwh;
	}
	return s;
}

/* mean = (1/dt) * integral of price(t mod 24) over [start, start + dt) */
double hk_pumptariff_mean(const hk_pumptariff *t, double start_h, double dt_h)
{
	double a = fmod(start_h, 24), left = dt_h, s = 0;

	if (a < 0)
		a += 24;
	while (left > 1e-12) {
		double b = fmin(24, a + left);
		s += price_integral(t, a, b);
		left -= b - a;
		a = 0;
	}
	return s / dt_h;
}
