/*
 * tariff.h - time-of-use electricity tariffs over one 24-hour day.
 *
 * A tariff is a list of periods {kind, name, start_h, end_h, price}.  Times
 * are hours as doubles (07:00 = 7.0, 18:30 = 18.5) and every period is the
 * half-open interval [start_h, end_h).  Midnight crossing: a period with
 * end_h < start_h runs from start_h to 24:00 and on from 00:00 to end_h
 * (23:00-07:00 is {23, 7}); end_h = 24 means "until midnight".  end_h equal
 * to start_h is refused (it could mean 0 h or 24 h).
 *
 * hk_tariff_build() checks that the periods tile [0, 24) exactly once (no
 * overlap, no gap) and stores them split at midnight and sorted, so every
 * look-up is a walk over at most HK_TARIFF_MAX segments and allocates
 * nothing.  Convention and data: shared/reference/tariffs.md §1 (half-open
 * intervals, a midnight-crossing period split in two rows).
 *
 * Pure: no I/O, no allocation.
 */
#ifndef HK_TARIFF_H
#define HK_TARIFF_H

#include <stddef.h>

#include "status.h"

/* Period kinds, in the order heatkit discharges storage (sharp first). */
typedef enum {
	HK_PER_SHARP,       /* 尖峰 */
	HK_PER_PEAK,        /* 高峰 / 峰 */
	HK_PER_FLAT,        /* 平段 / 平 */
	HK_PER_VALLEY,      /* 低谷 / 谷 */
	HK_PER_DEEP_VALLEY, /* 深谷 */
	HK_PER_KINDS
} hk_period_kind;

/* Segments after splitting at midnight; ample for any real schedule. */
#define HK_TARIFF_MAX 48

typedef struct hk_period {
	hk_period_kind kind;
	char name[24];      /* as given (may be Chinese); empty = kind name */
	double start_h;     /* [0, 24) */
	double end_h;       /* (0, 24]; < start_h = crosses midnight */
	double price;       /* currency per kWh, >= 0 (元/kWh for CN tariffs) */
} hk_period;

typedef struct hk_tariff {
	size_t n;                       /* segments, sorted, tiling [0, 24) */
	hk_period seg[HK_TARIFF_MAX];   /* none crosses midnight */
} hk_tariff;

/* Parse a period kind: English (sharp, peak, flat, valley, deep_valley,
 * also "deep-valley", "off-peak" = valley, "shoulder" = flat) or Chinese
 * (尖峰/尖, 高峰/峰, 平段/平峰/平, 低谷/谷, 深谷), case-insensitive for
 * ASCII.  Fails HK_EINVAL naming the text. */
hk_status hk_period_kind_parse(const char *text, hk_period_kind *kind,
			       hk_err *err);

/* The English key of a kind ("peak", ...), for columns and summaries. */
const char *hk_period_kind_name(hk_period_kind kind);

/* Validate n periods and build the tariff.  Fails (HK_EINVAL) with a
 * message naming the periods involved when: a time is outside [0, 24] or
 * not finite, start = end, a price is negative or not finite, two periods
 * overlap, the periods leave a gap, or there are more than HK_TARIFF_MAX
 * segments.  On failure *t is left empty (n = 0). */
hk_status hk_tariff_build(hk_tariff *t, const hk_period *p, size_t n,
			  hk_err *err);

/* The segment in force at hour h (taken modulo 24, so 25.5 = 01:30);
 * NULL for an empty tariff. */
const hk_period *hk_tariff_at(const hk_tariff *t, double h);

/* Price at hour h (modulo 24); NaN for an empty tariff. */
double hk_tariff_price_at(const hk_tariff *t, double h);

/* Hours per day in periods of this kind (e.g. 8 for the Malan peak). */
double hk_tariff_hours(const hk_tariff *t, hk_period_kind kind);

/* Hours of the interval [a, b) that fall in periods of this kind.  a and b
 * may run past 24 (a window 18.5 to 31 = 18:30 to 07:00 next day); needs
 * a <= b and b - a <= 24, otherwise 0.  E.g. Malan peak hours in the day
 * window [7, 18.5) = 3.5 and in the night window [18.5, 31) = 4.5 (the
 * paper's Table 1 factors, derived, not hard-coded). */
double hk_tariff_overlap(const hk_tariff *t, hk_period_kind kind, double a,
			 double b);

/* Energy and cost of a constant electric power kw over [a, b) (same range
 * rules as hk_tariff_overlap): *kwh = kw·(b − a), *cost = Σ kw·h_i·price_i
 * over the segments it crosses.  If by_kind is not NULL, the kWh in each
 * kind are ADDED to by_kind[kind] (array of HK_PER_KINDS). */
void hk_tariff_cost(const hk_tariff *t, double a, double b, double kw,
		    double *kwh, double *cost, double *by_kind);

/* Time-weighted mean price over [a, b) (same range rules as
 * hk_tariff_overlap, so a step from 23:00 lasting 2 h wraps past
 * midnight): the cost of 1 kW over the interval divided by its hours.
 * NaN for an empty interval or tariff. */
double hk_tariff_mean_price(const hk_tariff *t, double a, double b);

/* Source note for the Malan/Shaanxi tariff as used in the paper. */
extern const char hk_tariff_malan_source[];

/* Fill p[0..4] with the Malan paper's Table 2 tariff (peak 08:00-11:30 and
 * 18:30-23:00 at 0.8179, flat 07:00-08:00 and 11:30-18:30 at 0.5607,
 * valley 23:00-07:00 at 0.3035 元/kWh) and return 5.  For tests and the
 * template; the shipped data file is the user-facing copy. */
size_t hk_tariff_malan_periods(hk_period p[5]);

#endif
