/*
 * bfland.h - how many boreholes, and where: the smallest rectangle of
 * boreholes for a given depth and spacing, and the layout with the fewest
 * metres drilled on a plot of land.  Searches over fields, each sized by
 * bfsize.h.  Nothing here prints or exits.
 */
#ifndef HK_BFLAND_H
#define HK_BFLAND_H

#include <stddef.h>

#include "bfdesign.h"
#include "bflayout.h"
#include "bfsize.h"
#include "groundload.h"
#include "status.h"

/*
 * Smallest rectangular field (n1 x n2, n1 >= n2, n1 <= n2 * max_aspect)
 * with spacing B whose required depth (method) is at most H; fills the
 * layout and the sizing.  x, y receive the coordinates (cap entries).
 * Fails with HK_ENOSOL when even n_max boreholes are not enough.
 */
typedef struct hk_count_result {
	int n1, n2;
	size_t n;
	hk_sizing sizing;
} hk_count_result;
hk_status hk_size_count(const hk_bfdesign *d, const hk_mload *ml,
			const hk_hload *hl, hk_method method, double H,
			double B, double max_aspect, size_t n_max, double *x,
			double *y, size_t cap, hk_count_result *res,
			hk_err *err);

/*
 * Best layout in a rectangle of land W x L (m): among rectangle (and
 * box) layouts with spacing B that fit (borehole centres inside the
 * land), the one with the fewest metres drilled whose depth lies within
 * [H_min, H_max] of the design.  x, y receive its coordinates.
 */
typedef struct hk_layout_result {
	hk_layout_kind kind;
	int n1, n2;
	size_t n;
	double total_m;
	size_t evaluated;  /* candidate layouts sized */
	size_t pruned;     /* skipped: broke a limit at the depth that would
			      tie the best total (L3, uniform ground) */
	hk_sizing sizing;
} hk_layout_result;
hk_status hk_best_layout(const hk_bfdesign *d, const hk_mload *ml,
			 hk_method method, double W, double L, double B,
			 double *x, double *y, size_t cap,
			 hk_layout_result *res, hk_err *err);

#endif
