/* tariff.c - time-of-use tariffs over one day (see tariff.h). */
#include "tariff.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define T_EPS 1e-9 /* hours; 3.6 µs, far below any real period boundary */

const char hk_tariff_malan_source[] =
	"Malan ASHP+storage paper, Table 2 (Shaanxi ToU as used in the paper;"
	" underlying notice not found, see reference/tariffs.md §3)";

static const struct {
	const char *text;
	hk_period_kind kind;
} kind_names[] = {
	{"sharp", HK_PER_SHARP},       {"critical", HK_PER_SHARP},
	{"peak", HK_PER_PEAK},         {"on-peak", HK_PER_PEAK},
	{"flat", HK_PER_FLAT},         {"shoulder", HK_PER_FLAT},
	{"mid", HK_PER_FLAT},          {"valley", HK_PER_VALLEY},
	{"off-peak", HK_PER_VALLEY},   {"offpeak", HK_PER_VALLEY},
	{"deep_valley", HK_PER_DEEP_VALLEY},
	{"deep-valley", HK_PER_DEEP_VALLEY},
	{"super-off-peak", HK_PER_DEEP_VALLEY},
	{"尖峰", HK_PER_SHARP},        {"尖", HK_PER_SHARP},
	{"高峰", HK_PER_PEAK},         {"峰", HK_PER_PEAK},
	{"峰段", HK_PER_PEAK},         {"平段", HK_PER_FLAT},
	{"平峰", HK_PER_FLAT},         {"平", HK_PER_FLAT},
	{"低谷", HK_PER_VALLEY},       {"谷", HK_PER_VALLEY},
	{"谷段", HK_PER_VALLEY},       {"深谷", HK_PER_DEEP_VALLEY},
};

static const char *const kind_keys[HK_PER_KINDS] = {
	"sharp", "peak", "flat", "valley", "deep_valley",
};

hk_status hk_period_kind_parse(const char *text, hk_period_kind *kind,
			       hk_err *err)
{
	if (!text)
		return hk_fail(err, HK_EINVAL, "period kind: missing");
	for (size_t i = 0; i < sizeof kind_names / sizeof kind_names[0]; i++) {
		if (strcasecmp(text, kind_names[i].text) == 0) {
			*kind = kind_names[i].kind;
			return HK_OK;
		}
	}
	return hk_fail(err, HK_EINVAL,
		       "period kind \"%s\": expected sharp, peak, flat, valley"
		       " or deep_valley (尖峰, 高峰, 平段, 低谷, 深谷)", text);
}

const char *hk_period_kind_name(hk_period_kind kind)
{
	if ((int)kind < 0 || kind >= HK_PER_KINDS)
		return "?";
	return kind_keys[kind];
}

static const char *pname(const hk_period *p)
{
	return p->name[0] ? p->name : hk_period_kind_name(p->kind);
}

/* "peak 08:00-11:30" for messages. */
static void describe(char *buf, size_t len, const hk_period *p)
{
	double s = p->start_h, e = p->end_h;
	snprintf(buf, len, "%s %02d:%02d-%02d:%02d", pname(p), (int)s,
		 (int)lround((s - floor(s)) * 60) % 60, (int)e,
		 (int)lround((e - floor(e)) * 60) % 60);
}

static int seg_cmp(const void *a, const void *b)
{
	double x = ((const hk_period *)a)->start_h;
	double y = ((const hk_period *)b)->start_h;
	return (x > y) - (x < y);
}

hk_status hk_tariff_build(hk_tariff *t, const hk_period *p, size_t n,
			  hk_err *err)
{
	/* Segments remember which input period they came from, for messages. */
	size_t origin[HK_TARIFF_MAX];
	char d1[64], d2[64];

	t->n = 0;
	if (n == 0)
		return hk_fail(err, HK_EINVAL, "tariff: no periods");
	for (size_t i = 0; i < n; i++) {
		describe(d1, sizeof d1, &p[i]);
		if (!isfinite(p[i].start_h) || !isfinite(p[i].end_h) ||
		    p[i].start_h < 0 || p[i].start_h >= 24 ||
		    p[i].end_h <= 0 || p[i].end_h > 24)
			return hk_fail(err, HK_EINVAL,
				       "tariff period %zu (%s): times must be"
				       " 00:00 <= start < 24:00, 00:00 < end <= 24:00",
				       i + 1, d1);
		if (fabs(p[i].end_h - p[i].start_h) < T_EPS)
			return hk_fail(err, HK_EINVAL,
				       "tariff period %zu (%s): start equals end"
				       " (0 h or 24 h?); give 00:00-24:00 for all day",
				       i + 1, d1);
		if (!isfinite(p[i].price) || p[i].price < 0)
			return hk_fail(err, HK_EINVAL,
				       "tariff period %zu (%s): price %g: expected"
				       " a number >= 0", i + 1, d1, p[i].price);
		if ((int)p[i].kind < 0 || p[i].kind >= HK_PER_KINDS)
			return hk_fail(err, HK_EINVAL,
				       "tariff period %zu: unknown kind", i + 1);
		size_t need = p[i].end_h < p[i].start_h ? 2 : 1;
		if (t->n + need > HK_TARIFF_MAX) {
			t->n = 0;
			return hk_fail(err, HK_EINVAL,
				       "tariff: more than %d segments",
				       HK_TARIFF_MAX);
		}
		hk_period s = p[i];
		if (s.end_h < s.start_h) { /* crosses midnight: split */
			s.end_h = 24;
			origin[t->n] = i;
			t->seg[t->n++] = s;
			s.start_h = 0;
			s.end_h = p[i].end_h;
		}
		origin[t->n] = i;
		t->seg[t->n++] = s;
	}
	/* Sort by start (insertion keeps origin[] in step; n is small). */
	for (size_t i = 1; i < t->n; i++) {
		hk_period s = t->seg[i];
		size_t o = origin[i], j = i;
		while (j > 0 && seg_cmp(&t->seg[j - 1], &s) > 0) {
			t->seg[j] = t->seg[j - 1];
			origin[j] = origin[j - 1];
			j--;
		}
		t->seg[j] = s;
		origin[j] = o;
	}
	double at = 0;
	for (size_t i = 0; i <= t->n; i++) {
		double start = i < t->n ? t->seg[i].start_h : 24;
		if (start > at + T_EPS) {
			size_t nt = t->n;
			t->n = 0;
			if (i == 0 || i == nt)
				return hk_fail(err, HK_EINVAL,
					       "tariff: gap %02d:%02d-%02d:%02d"
					       " (no period covers it)", (int)at,
					       (int)lround((at - floor(at)) * 60) % 60,
					       (int)start,
					       (int)lround((start - floor(start)) * 60) % 60);
			describe(d1, sizeof d1, &p[origin[i - 1]]);
			describe(d2, sizeof d2, &p[origin[i]]);
			/* item: the later of the two rows */
			return hk_fail_item(err, HK_EINVAL,
					    (long)(origin[i - 1] > origin[i] ?
						   origin[i - 1] : origin[i]) + 1,
					    "tariff: gap between periods %zu (%s) and %zu (%s)",
					    origin[i - 1] + 1, d1, origin[i] + 1, d2);
		}
		if (start < at - T_EPS) {
			describe(d1, sizeof d1, &p[origin[i - 1]]);
			describe(d2, sizeof d2, &p[origin[i]]);
			size_t a = origin[i - 1], b = origin[i];
			t->n = 0;
			return hk_fail_item(err, HK_EINVAL, (long)(a < b ? b : a) + 1,
					    "tariff: periods %zu (%s) and %zu (%s) overlap",
					    a < b ? a + 1 : b + 1, a < b ? d1 : d2,
					    a < b ? b + 1 : a + 1, a < b ? d2 : d1);
		}
		if (i < t->n)
			at = t->seg[i].end_h;
	}
	return HK_OK;
}

const hk_period *hk_tariff_at(const hk_tariff *t, double h)
{
	h = fmod(h, 24.0);
	if (h < 0)
		h += 24.0;
	for (size_t i = 0; i < t->n; i++)
		if (h < t->seg[i].end_h)
			return &t->seg[i];
	return t->n ? &t->seg[t->n - 1] : NULL;
}

double hk_tariff_price_at(const hk_tariff *t, double h)
{
	const hk_period *p = hk_tariff_at(t, h);
	return p ? p->price : NAN;
}

double hk_tariff_hours(const hk_tariff *t, hk_period_kind kind)
{
	double sum = 0;
	for (size_t i = 0; i < t->n; i++)
		if (t->seg[i].kind == kind)
			sum += t->seg[i].end_h - t->seg[i].start_h;
	return sum;
}

/* Walk [a, b) (b - a <= 24, a may be any value) over the day's segments,
 * wrapping at 24, calling back per piece.  Pieces in segment order. */
typedef void (*piece_fn)(const hk_period *s, double hours, void *ctx);

static void walk(const hk_tariff *t, double a, double b, piece_fn fn,
		 void *ctx)
{
	if (!(b > a) || b - a > 24 + T_EPS || t->n == 0)
		return;
	double off = floor(a / 24.0) * 24.0; /* day start of a */
	a -= off;
	b -= off;
	for (int day = 0; day < 2 && b > day * 24.0; day++) {
		double base = day * 24.0;
		for (size_t i = 0; i < t->n; i++) {
			double lo = fmax(a, base + t->seg[i].start_h);
			double hi = fmin(b, base + t->seg[i].end_h);
			if (hi > lo)
				fn(&t->seg[i], hi - lo, ctx);
		}
	}
}

struct overlap_ctx {
	hk_period_kind kind;
	double hours;
};

static void overlap_piece(const hk_period *s, double hours, void *ctx)
{
	struct overlap_ctx *c = ctx;
	if (s->kind == c->kind)
		c->hours += hours;
}

double hk_tariff_overlap(const hk_tariff *t, hk_period_kind kind, double a,
			 double b)
{
	struct overlap_ctx c = {kind, 0};
	walk(t, a, b, overlap_piece, &c);
	return c.hours;
}

struct cost_ctx {
	double kw, cost;
	double *by_kind;
};

static void cost_piece(const hk_period *s, double hours, void *ctx)
{
	struct cost_ctx *c = ctx;
	c->cost += c->kw * hours * s->price;
	if (c->by_kind)
		c->by_kind[s->kind] += c->kw * hours;
}

void hk_tariff_cost(const hk_tariff *t, double a, double b, double kw,
		    double *kwh, double *cost, double *by_kind)
{
	struct cost_ctx c = {kw, 0, by_kind};
	walk(t, a, b, cost_piece, &c);
	if (kwh)
		*kwh = (b > a && b - a <= 24 + T_EPS) ? kw * (b - a) : 0;
	if (cost)
		*cost = c.cost;
}

size_t hk_tariff_malan_periods(hk_period p[5])
{
	/* Malan paper Table 2. */
	static const hk_period malan[5] = {
		{HK_PER_VALLEY, "valley", 23.0, 7.0, 0.3035},
		{HK_PER_FLAT, "flat", 7.0, 8.0, 0.5607},
		{HK_PER_PEAK, "peak", 8.0, 11.5, 0.8179},
		{HK_PER_FLAT, "flat", 11.5, 18.5, 0.5607},
		{HK_PER_PEAK, "peak", 18.5, 23.0, 0.8179},
	};
	memcpy(p, malan, sizeof malan);
	return 5;
}

double hk_tariff_mean_price(const hk_tariff *t, double a, double b)
{
	double kwh = 0, cost = 0;
	if (!t || t->n == 0 || !(b > a))
		return NAN;
	hk_tariff_cost(t, a, b, 1.0, &kwh, &cost, NULL); /* 1 kW for b − a hours */
	return kwh > 0 ? cost / kwh : NAN;
}
