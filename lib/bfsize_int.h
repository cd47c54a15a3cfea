/*
 * bfsize_int.h - the state of one depth sizing, shared by the files of
 * hk_size_depth (bfsize.c, bfsize_start.c, bfsize_l4.c, bfsize_l2.c).
 * Internal: commands and other modules use bfsize.h.
 */
#ifndef HK_BFSIZE_INT_H
#define HK_BFSIZE_INT_H

#include "bfsize.h"

typedef struct hk_sizer {
	const hk_bfdesign *d;
	hk_method method;
	const hk_mload *ml;
	const hk_hload *hl;
	hk_mseries s;
	hk_gcache *gc;
	int evals;
	/* L4: hourly net load and the convolutions with each grid table,
	 * kept because the load does not change while the depth does */
	size_t nh, nf;
	double *q, *work;
	double convH[8];
	unsigned long convid[8];
	double *conv[8];
	int nconv, nextconv;
	/* the anchored mode's depth correction, convolved by days */
	size_t nfd;
	double *dq, *dwork;
	/* rough depths for the maximum [0] and minimum [1] limits, 0 when
	 * the limit never binds (or the minimum's when the maximum's meets
	 * it), -1 when unknown; computed once, on first need (hk_sizer_start) */
	int rough_done;
	double rough[2];
	/* the range scan's result on the fast tables, kept for the accurate
	 * sizing after a pre-sizing that needed it (lim 0 = none) */
	struct hk_sizer_scan {
		int lim, found;
		double a, b, best, Hbest;
	} scan;
	int no_scan; /* a rough sizing: fail rather than scan */
} hk_sizer;

/* Free what a sizer allocated (not z->s, nor the cache). */
void hk_sizer_free(hk_sizer *z);

/* The mean net injection of the load (W): < 0 extraction dominates. */
double hk_sizer_imbalance_w(const hk_sizer *z);

/* The extremes at depth H by the sizer's method (one evaluation). */
hk_status hk_sizer_extremes(hk_sizer *z, double H, hk_temps *t, hk_err *err);

/* The L4 extremes at H from the sizer's cached convolutions (bfsize_l4.c). */
hk_status hk_sizer_l4_eval(hk_sizer *z, double H, hk_temps *o, hk_err *err);

/*
 * The depth where the extreme for one limit (+1 max, -1 min) meets it,
 * iterated from H0 (bfsize.c); *Hout = 0 when the limit never
 * binds.
 */
hk_status hk_sizer_solve(hk_sizer *z, int lim, double H0, double *Hout,
			 hk_err *err);

/* The depth the accurate iteration for lim starts from (bfsize_start.c);
 * *H0 = 0: none, scan the range. */
hk_status hk_sizer_start(hk_sizer *z, int lim, double *H0, hk_err *err);

/* The L2 depth (both limits, GHEtool's quadrants) into res (bfsize_l2.c). */
hk_status hk_sizer_l2(hk_sizer *z, hk_sizing *res, hk_err *err);

#endif
