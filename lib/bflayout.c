/* bflayout.c - borehole layouts and the field check (see bflayout.h). */
#include "bflayout.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hkmath.h"

static const char *const layout_names[] = {"rectangle", "box", "L", "U", "line"};

const char *hk_layout_name(hk_layout_kind kind)
{
	if ((int)kind < 0 || kind > HK_LAYOUT_LINE)
		return "?";
	return layout_names[kind];
}

int hk_layout_parse(const char *name)
{
	for (int i = 0; i <= HK_LAYOUT_LINE; i++)
		if (name && strcmp(name, layout_names[i]) == 0)
			return i;
	return -1;
}

size_t hk_layout_count(hk_layout_kind kind, int n1, int n2)
{
	if (n1 < 1 || (kind != HK_LAYOUT_LINE && n2 < 1))
		return 0;
	switch (kind) {
	case HK_LAYOUT_RECT:
		return (size_t)n1 * n2;
	case HK_LAYOUT_BOX: /* pygfunction box_shaped_field */
		if (n1 == 1 || n2 == 1)
			return (size_t)n1 * n2;
		return 2 * (size_t)n1 + 2 * (size_t)(n2 - 2);
	case HK_LAYOUT_L: /* L_shaped_field */
		return (size_t)n1 + n2 - 1;
	case HK_LAYOUT_U: /* U_shaped_field */
		if (n1 == 1)
			return (size_t)n2;
		return (size_t)n1 + 2 * (size_t)(n2 - 1);
	case HK_LAYOUT_LINE:
		return (size_t)n1;
	}
	return 0;
}

hk_status hk_layout(hk_layout_kind kind, int n1, int n2, double B1, double B2,
		    double *x, double *y, size_t cap, size_t *n, hk_err *err)
{
	size_t need = hk_layout_count(kind, n1, n2);
	if (need == 0)
		return hk_fail(err, HK_EINVAL,
			       "layout %s %d x %d: expected at least 1 x 1",
			       hk_layout_name(kind), n1, n2);
	if (!(B1 > 0) || (!(B2 > 0) && kind != HK_LAYOUT_LINE))
		return hk_fail(err, HK_EINVAL,
			       "spacing %g x %g m: expected > 0", B1, B2);
	if (need > cap)
		return hk_fail(err, HK_ERANGE,
			       "layout needs %zu boreholes, room for %zu", need, cap);
	size_t k = 0;
	for (int j = 0; j < (kind == HK_LAYOUT_LINE ? 1 : n2); j++)
		for (int i = 0; i < n1; i++) {
			int keep;
			switch (kind) {
			case HK_LAYOUT_BOX:
				keep = j == 0 || j == n2 - 1 || i == 0 || i == n1 - 1;
				break;
			case HK_LAYOUT_L:
				keep = j == 0 || i == 0;
				break;
			case HK_LAYOUT_U:
				keep = j == 0 || i == 0 || i == n1 - 1;
				break;
			default:
				keep = 1;
			}
			if (!keep)
				continue;
			x[k] = i * B1;
			y[k] = kind == HK_LAYOUT_LINE ? 0.0 : j * B2;
			k++;
		}
	*n = k;
	return HK_OK;
}

hk_status hk_field_check(const double *x, const double *y, size_t n, double rb,
			 hk_err *err)
{
	if (n == 0 || !x || !y)
		return hk_fail(err, HK_EINVAL, "borefield has no boreholes");
	if (!(rb > 0))
		return hk_fail(err, HK_EINVAL, "borehole radius %g m: expected > 0",
			       rb);
	for (size_t i = 0; i < n; i++)
		if (!isfinite(x[i]) || !isfinite(y[i]))
			return hk_fail(err, HK_EINVAL,
				       "borehole %zu: coordinates (%g, %g) are not "
				       "numbers", i + 1, x[i], y[i]);
	hk_xyi *p = malloc(n * sizeof *p);
	if (!p)
		return hk_fail(err, HK_ENOMEM, "field check: out of memory");
	for (size_t i = 0; i < n; i++)
		p[i] = (hk_xyi){x[i], y[i], i};
	qsort(p, n, sizeof *p, hk_xyi_cmp_x); /* sweep in x: O(n log n) */
	double dmin = 2.0 * rb;
	hk_status st = HK_OK;
	for (size_t a = 0; a < n && !st; a++)
		for (size_t b = a + 1; b < n && p[b].x - p[a].x < dmin; b++) {
			double d = hypot(p[b].x - p[a].x, p[b].y - p[a].y);
			if (d < dmin) {
				size_t i = p[a].i < p[b].i ? p[a].i : p[b].i;
				size_t j = p[a].i < p[b].i ? p[b].i : p[a].i;
				st = hk_fail_item(err, HK_EINVAL, (long)j + 1,
						  "boreholes %zu and %zu are %.3g m apart: "
						  "%s (expected at least the diameter %.3g m)",
						  i + 1, j + 1, d,
						  d == 0 ? "they coincide" : "they overlap",
						  dmin);
				if (err)
					err->item2 = (long)i + 1;
				break;
			}
		}
	free(p);
	return st;
}

/* a decimal number at s (digits and one '.'; no sign, hex or exponent) */
static double decimal(const char *s, const char **end)
{
	const char *p = s;
	while ((*p >= '0' && *p <= '9') || *p == '.')
		p++;
	*end = p;
	if (p == s)
		return NAN;
	char buf[64];
	size_t n = (size_t)(p - s) < sizeof buf - 1 ? (size_t)(p - s) : sizeof buf - 1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return strtod(buf, NULL);
}

int hk_layout_parse_size(const char *s, double *a, double *b)
{
	static const char times[] = "×";
	const char *end, *start;
	*a = decimal(s, &end);
	if (end == s)
		return 0;
	if (*end == '\0') {
		*b = NAN;
		return 1;
	}
	if (strncmp(end, times, strlen(times)) == 0)
		end += strlen(times);
	else if (*end == 'x' || *end == 'X' || *end == '*')
		end++;
	else
		return 0;
	start = end;
	*b = decimal(start, &end);
	return end != start && *end == '\0' && isfinite(*b);
}
