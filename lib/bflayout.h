/*
 * bflayout.h - where the boreholes of a field stand: regular layouts
 * (pygfunction's rectangle, box, L and U fields, a line) and the check of
 * arbitrary coordinates.  Nothing here prints or exits.
 */
#ifndef HK_BFLAYOUT_H
#define HK_BFLAYOUT_H

#include <stddef.h>

#include "status.h"

typedef enum {
	HK_LAYOUT_RECT,   /* n1 x n2 grid */
	HK_LAYOUT_BOX,    /* perimeter of an n1 x n2 grid (open rectangle) */
	HK_LAYOUT_L,      /* n1 along x and n2 along y sharing the corner */
	HK_LAYOUT_U,      /* n1 along x, n2 up each side (sides share corners) */
	HK_LAYOUT_LINE    /* n1 in a row */
} hk_layout_kind;

/*
 * Number of boreholes of a layout (pygfunction rectangle_field,
 * box_shaped_field, L_shaped_field, U_shaped_field).  0 for bad n1/n2.
 */
size_t hk_layout_count(hk_layout_kind kind, int n1, int n2);

/*
 * Borehole coordinates (m) of a layout with spacings B1 along x and B2
 * along y, written to x[0..n-1], y[0..n-1] (cap entries available);
 * *n receives the count.  Fails (HK_EINVAL) for n1 < 1, n2 < 1 (except
 * LINE), spacings <= 0, or cap too small.
 */
hk_status hk_layout(hk_layout_kind kind, int n1, int n2, double B1, double B2,
		    double *x, double *y, size_t cap, size_t *n, hk_err *err);

/* Layout name ("rectangle", "box", "L", "U", "line") and its inverse
 * (returns -1 for an unknown name). */
const char *hk_layout_name(hk_layout_kind kind);
int hk_layout_parse(const char *name);

/*
 * Validate arbitrary coordinates: finite values, and no two boreholes
 * closer than a borehole diameter (2 rb; overlapping or spacing smaller
 * than the diameter).  Fails (HK_EINVAL) naming the first offending pair
 * (1-based indices) and their distance.  O(n log n).
 */
hk_status hk_field_check(const double *x, const double *y, size_t n, double rb,
			 hk_err *err);

/*
 * A size as engineers type it: "12x10", "12X10", "12×10", "12*10", or
 * one number "12" (*b = NAN); decimal numbers only (digits and '.'; "0x10"
 * is not 16).  Returns 1, or 0 when s is not such a size.
 */
int hk_layout_parse_size(const char *s, double *a, double *b);

#endif
