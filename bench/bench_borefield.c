/*
 * bench_borefield.c - timings of the borefield physics (issue 5).
 *
 * Build by hand (not part of `make`; bench/borefield.sh does it):
 *   cc -O2 -std=c11 -Ilib bench/bench_borefield.c build/libheatkit.a \
 *      $(pkg-config --libs xlsxwriter libpcre2-8) -lcsv -lm -o build/bench_borefield
 * Run from the top of the tree (it reads tests/data/peere-a1.csv), one
 * case per process so /usr/bin/time -v reports its own peak RSS:
 *   build/bench_borefield l3|l3fast|l4|l4fast|g20|g20table|g1000
 *   build/bench_borefield scale|irregular N1 N2
 *
 * Loads are reference Case A (Peere et al. 2021) monthly profiles; the
 * hourly case spreads Case A2's months over the hours with a daily sine.
 */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../tests/unit/bfcase.h"
#include "borefield.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec + t.tv_nsec * 1e-9;
}

/* Case A's %H/%C profiles and A1's injection peaks, read in main from
 * the shared fixture tests/data/peere-a1.csv (bfcase.h) */
static double pH[12], pC[12], A_pinj[12];
static const double zero12[12] = {0};

static double X[4000], Y[4000];

static hk_bfdesign design(int n1, int n2, double B, double k, double Rb, int fast)
{
	hk_bfdesign d = bfcase_field(n1, n2, B, k, Rb, X, Y, 4000);
	d.g_fast = fast;
	return d;
}

/* size d by method, its time in *ms; 1 (the error said) when it fails */
static int size_timed(const hk_bfdesign *d, const hk_mload *ml, const hk_hload *hl, hk_method method,
		      hk_gcache *gc, hk_sizing *r, double *ms)
{
	hk_err e;
	double t0 = now();
	hk_status st = hk_size_depth(d, ml, hl, method, gc, r, &e);
	*ms = (now() - t0) * 1e3;
	if (st) {
		fprintf(stderr, "error: %s\n", e.what);
		return 1;
	}
	return 0;
}

static int l3(int fast)
{
	hk_bfdesign d = design(12, 10, 6.5, 3.5, 0.2, fast);
	double ext[12], inj[12];
	for (int i = 0; i < 12; i++) {
		ext[i] = 300000 * pH[i];
		inj[i] = 150000 * pC[i];
	}
	hk_mload ml = {12, ext, inj, zero12, A_pinj};
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	if (getenv("HK_HGRID")) /* experiment: depth grid ratio, 0 = exact */
		gc.h_grid = atof(getenv("HK_HGRID"));
	hk_sizing r;
	double ms;
	if (size_timed(&d, &ml, NULL, HK_L3, &gc, &r, &ms))
		return 1;
	printf("l3%s 12x10 Case A1: H %.3f m (published 56.77), quadrant %d, "
	       "%zu g-tables, %.1f ms\n", fast ? " fast" : "", r.H, r.quadrant,
	       gc.computed, ms);
	return 0;
}

static int l4(int fast)
{
	hk_bfdesign d = design(20, 20, 6.5, 3.5, 0.2, fast);
	static double he[8760], hi[8760];
	double scale = 400.0 / 120.0;
	for (int h = 0; h < 8760; h++) {
		int m = h / 730;
		double s = 1 + 0.5 * sin(2 * 3.14159265358979 * (h % 24) / 24.0);
		he[h] = scale * 160000 * pH[m] / 730 * s;
		hi[h] = scale * 240000 * pC[m] / 730 * (2 - s);
	}
	hk_hload hl = {8760, he, hi};
	hk_gcache gc;
	hk_gcache_init(&gc, &d);
	hk_sizing r;
	double ms;
	if (size_timed(&d, NULL, &hl, HK_L4, &gc, &r, &ms))
		return 1;
	printf("l4%s 20x20 20 y hourly: H %.3f m, quadrant %d, %d evaluations, "
	       "%zu g-tables, %.1f ms\n", fast ? " fast" : "", r.H, r.quadrant,
	       r.iterations, gc.computed, ms);
	return 0;
}

static int gfield(int n1, int n2, int table, int irregular)
{
	size_t n;
	hk_layout(HK_LAYOUT_RECT, n1, n2, 7.5, 7.5, X, Y, 4000, &n, NULL);
	if (irregular) { /* jitter every borehole by up to +-0.5 m (LCG) */
		unsigned s = 12345;
		for (size_t i = 0; i < n; i++) {
			s = s * 1103515245u + 12345u;
			X[i] += ((s >> 8) % 1000) / 1000.0 - 0.5;
			s = s * 1103515245u + 12345u;
			Y[i] += ((s >> 8) % 1000) / 1000.0 - 0.5;
		}
	}
	hk_gfield f = {n, X, Y, 150, 4, 0.075};
	double t[15], g[15];
	hk_gstats st;
	hk_err e;
	double t0 = now();
	hk_status s;
	if (table) {
		hk_gtable gt;
		hk_gopts o = {0};
		o.richardson = 1;
		s = hk_gtable_build(&gt, &f, 1e-6, 3600, 3000 * 8760 * 3600.0, 33, &o,
				    &st, &e);
		g[14] = gt.g[gt.n - 1];
	} else {
		time_geometric(100 * 3600.0, 3000 * 8760 * 3600.0, 15, t);
		s = hk_gfunction(&f, 1e-6, t, 15, NULL, g, &st, &e);
	}
	double t1 = now();
	if (s) {
		fprintf(stderr, "error: %s\n", e.what);
		return 1;
	}
	printf("g %s%dx%d (N=%zu)%s: g(3000 y) %.4f, %zu groups%s, %zu distances, "
	       "%.1f MB solver arrays, %.1f ms\n", irregular ? "irregular " : "",
	       n1, n2, n, table ? " 33-time Richardson table" : " 15 times",
	       g[14], st.classes, st.equivalent ? " (equivalent boreholes)" : " (exact)",
	       st.distances, st.bytes / 1e6, (t1 - t0) * 1e3);
	return 0;
}

int main(int argc, char **argv)
{
	const char *c = argc > 1 ? argv[1] : "l3";
	double ext_y, inj_y;
	if (!bfcase_profiles(pH, pC, A_pinj, &ext_y, &inj_y)) {
		fprintf(stderr, "tests/data/peere-a1.csv: expected months 1..12 in order\n");
		return 2;
	}
	if (!strcmp(c, "l3"))
		return l3(0);
	if (!strcmp(c, "l3fast"))
		return l3(1);
	if (!strcmp(c, "l4"))
		return l4(0);
	if (!strcmp(c, "l4fast"))
		return l4(1);
	if (!strcmp(c, "g20"))
		return gfield(20, 20, 0, 0);
	if (!strcmp(c, "g20table"))
		return gfield(20, 20, 1, 0);
	if (!strcmp(c, "g1000"))
		return gfield(40, 25, 0, 0);
	if (!strcmp(c, "scale") && argc > 3)
		return gfield(atoi(argv[2]), atoi(argv[3]), 0, 0);
	if (!strcmp(c, "irregular") && argc > 3)
		return gfield(atoi(argv[2]), atoi(argv[3]), 0, 1);
	fprintf(stderr, "usage: bench_borefield l3|l3fast|l4|l4fast|g20|g20table|"
		"g1000|scale N1 N2|irregular N1 N2\n");
	return 2;
}
