/*
 * hkmath.h - mathematical constants and the small numeric helpers that
 * several modules use, defined once.
 */
#ifndef HK_HKMATH_H
#define HK_HKMATH_H

#include <stddef.h>

/* pi to 21 digits (more than a double holds: the literal rounds exactly) */
#define HK_PI 3.14159265358979323846

/* The interval of the increasing grid x[0..n-1] that holds v, for
 * x[0] < v < x[n-1]: the i with x[i] <= v < x[i+1] (bisection). */
static inline size_t hk_bisect(const double *x, size_t n, double v)
{
	size_t a = 0, b = n - 1;
	while (b - a > 1) {
		size_t mid = (a + b) / 2;
		if (x[mid] <= v)
			a = mid;
		else
			b = mid;
	}
	return a;
}

/* A point with its index in the caller's arrays, and qsort's order by x:
 * sorted so, a sweep along x finds near points in O(n log n). */
typedef struct hk_xyi {
	double x, y;
	size_t i;
} hk_xyi;

static inline int hk_xyi_cmp_x(const void *a, const void *b)
{
	double u = ((const hk_xyi *)a)->x, v = ((const hk_xyi *)b)->x;
	return (u > v) - (u < v);
}

#endif
