/*
 * bfcase.h - the borefield cases the unit tests and bench/ share, so that
 * each is written once: reference Case A (Peere et al. 2021) as the
 * fixtures tests/data/peere-a{1,2,4}.csv and peere-a3-zh.csv hold it (the
 * files the command cases size; paths from the top of the tree), the
 * rectangular field it is sized on, and pygfunction's geometric times.
 */
#ifndef HK_TEST_BFCASE_H
#define HK_TEST_BFCASE_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "borefield.h"
#include "table.h"

/* Read fixture name's 12 months (kWh, kW; an MWh header is converted)
 * into the arrays given (NULL: not wanted).  1 when the file holds months
 * 1..12 in order, else 0; exits 2 on a missing or bad file. */
static inline int bfcase_read(const char *name, double *ext, double *inj, double *pe, double *pi)
{
	enum { F_MONTH, F_EXT, F_INJ, F_PE, F_PI, F_N };
	static const hk_colspec cols[F_N] = {
		{"month", "month|月份", HK_DIM_COUNT, HK_REQUIRED | HK_POSITIVE | HK_INTEGER, "month"},
		{"ext_kwh", "ext|取热量", HK_DIM_ENERGY, HK_REQUIRED | HK_NONNEG, "ground extraction"},
		{"inj_kwh", "inj|排热量", HK_DIM_ENERGY, HK_REQUIRED | HK_NONNEG, "ground injection"},
		{"peak_ext_kw", "peak_ext|取热峰值", HK_DIM_POWER, HK_REQUIRED | HK_NONNEG, "extraction peak"},
		{"peak_inj_kw", "peak_inj|排热峰值", HK_DIM_POWER, HK_REQUIRED | HK_NONNEG, "injection peak"},
	};
	char path[256];
	hk_reader *r;
	hk_err e;
	int m = 0, rc, in_order = 1;
	double *dst[F_N] = {NULL, ext, inj, pe, pi}, v[F_N];
	snprintf(path, sizeof path, "tests/data/%s", name);
	if (hk_reader_open(&r, path, NULL, &e) != HK_OK || hk_reader_bind(r, cols, F_N, &e) != HK_OK) {
		fprintf(stderr, "%s: %s (run from the top of the tree)\n", path, e.what);
		exit(2);
	}
	while ((rc = hk_reader_next(r, &e)) > 0 && m < 12) {
		for (int k = 0; k < F_N; k++)
			if (hk_reader_num(r, (size_t)k, &v[k], &e) != HK_OK) {
				fprintf(stderr, "%s: %s\n", path, e.what);
				exit(2);
			}
		in_order &= (int)v[F_MONTH] == m + 1;
		for (int k = 1; k < F_N; k++)
			if (dst[k])
				dst[k][m] = v[k];
		m++;
	}
	hk_reader_close(r);
	return m == 12 && rc == 0 && in_order;
}

/* Case A's one profile for every case (Peere 2021): the share of the
 * year's extraction (pH) and injection (pC) in each month of Case A1,
 * with A1's injection peaks (pinj) and its year's totals (*ext_y,
 * *inj_y).  1 when A1 holds months 1..12 in order, else 0. */
static inline int bfcase_profiles(double pH[12], double pC[12], double pinj[12], double *ext_y,
				  double *inj_y)
{
	double e[12], in[12], sh = 0, sc = 0;
	int ok = bfcase_read("peere-a1.csv", e, in, NULL, pinj);
	for (int m = 0; m < 12; m++) {
		sh += e[m];
		sc += in[m];
	}
	for (int m = 0; m < 12; m++) {
		pH[m] = e[m] / sh;
		pC[m] = in[m] / sc;
	}
	*ext_y = sh;
	*inj_y = sc;
	return ok;
}

/* An n1 x n2 rectangle at spacing B, its coordinates in x and y (room for
 * cap boreholes), in ground of conductivity k (ρc 2.4 MJ/m³K, 10 ℃), the
 * tops 4 m down, radius 75 mm, effective resistance Rb, the mean fluid
 * within 0..16 ℃ over 20 years: Case A's field (12 x 10, 6.5 m, 3.5, 0.2)
 * and its variants. */
static inline hk_bfdesign bfcase_field(int n1, int n2, double B, double k, double Rb, double *x,
				       double *y, size_t cap)
{
	size_t n;
	hk_bfdesign d;
	hk_layout(HK_LAYOUT_RECT, n1, n2, B, B, x, y, cap, &n, NULL);
	memset(&d, 0, sizeof d);
	d.ground = (hk_ground){k, 2.4e6, 10.0, 0, 0};
	d.n = n;
	d.x = x;
	d.y = y;
	d.D = 4;
	d.rb = 0.075;
	d.Rb = Rb;
	d.Tf_min = 0;
	d.Tf_max = 16;
	d.years = 20;
	return d;
}

/* pygfunction utilities.time_geometric */
static inline void time_geometric(double dt, double tmax, int n, double *t)
{
	double r = 2, dr = 1e99;
	while (fabs(dr) > 1e-10) {
		dr = pow(1 + tmax / dt * (r - 1), 1.0 / n) - r;
		r += dr;
	}
	for (int j = 0; j < n; j++)
		t[j] = dt * (1 - pow(r, j + 1)) / (1 - r);
	t[n - 1] = tmax;
}

#endif
