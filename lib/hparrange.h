/*
 * hparrange.h - heat pumps piped in parallel or in series pairs: each
 * unit's COP at its own leaving-water temperature, from the catalog's
 * COP(t_out, t_water) surface.
 *
 * Parallel: every unit heats its share of the flow from the plant return
 * tr to the supply ts.  Series pair (and series + parallel, pairs in
 * parallel): the first unit heats tr to tm = (tr + ts)/2, the second tm to
 * ts, each half of the heat (equal flow, equal ΔT: identical units, an
 * assumption).  Electricity = Σ heat_i / COP_i (definition of COP, EN
 * 14511-1 §3), so the pair's COP is the harmonic mean 2/(1/COP1 + 1/COP2).
 *
 * Pure: no I/O, no allocation.
 */
#ifndef HK_HPARRANGE_H
#define HK_HPARRANGE_H

#include <stddef.h>

#include "catalog.h"
#include "status.h"

#define HK_COPS_MAX_W 8
#define HK_COPS_MAX_T 24

/* The COP points of a model, by leaving-water column. */
typedef struct hk_copsurf {
	size_t nw;                                /* water columns, ascending tw */
	double tw[HK_COPS_MAX_W];
	size_t nt[HK_COPS_MAX_W];                 /* points per column, ascending t */
	double t[HK_COPS_MAX_W][HK_COPS_MAX_T];
	double cop[HK_COPS_MAX_W][HK_COPS_MAX_T];
} hk_copsurf;

enum {
	HK_COPS_EXTRAP_T = 1u << 0, /* outdoor temperature outside a column's points */
	HK_COPS_EXTRAP_W = 1u << 1, /* leaving water outside the columns */
	HK_COPS_HELD_LOW = 1u << 2  /* series: the first unit's leaving water below the
				       lowest column, its COP read there (a COP that
				       understates the series gain; t_mid says so) */
};

/* Add one point (any order; a repeated point replaces the earlier one).
 * HK_ERANGE when a table is full, HK_EINVAL for a COP <= 0. */
hk_status hk_copsurf_add(hk_copsurf *s, double t_out, double t_water, double cop, hk_err *err);

/* The surface of a catalog entry: its capacity points (rated, tol,
 * capacity; never part_load_demand) that carry a COP.  HK_EINVAL when the
 * entry has none. */
hk_status hk_copsurf_from_entry(hk_copsurf *s, const hk_hp_entry *e, hk_err *err);

/*
 * hk_copsurf_at - COP at (t_out, t_water): linear in t_out within each
 * water column, then linear in t_water between the two columns around it.
 * Outside the points: HK_ERANGE naming the range, unless allow_extrap, in
 * which case the end segment is extended (a single point held constant)
 * and the HK_COPS_EXTRAP_* bit OR-ed into *flags.  Never silently.
 */
hk_status hk_copsurf_at(const hk_copsurf *s, double t_out, double t_water, int allow_extrap,
			double *cop, unsigned *flags, hk_err *err);

/* Highest (lowest) leaving water the surface has points for. */
double hk_copsurf_tw_max(const hk_copsurf *s);
double hk_copsurf_tw_min(const hk_copsurf *s);

typedef enum { HK_ARR_PARALLEL, HK_ARR_SERIES } hk_arrangement;

/* One arrangement at one operating point. */
typedef struct hk_arr_point {
	double t_mid;     /* series: leaving water of the first unit (℃); parallel: ts */
	double cop1, cop2;/* first and second unit (parallel: both the same) */
	double cop;       /* heat / electricity of the whole plant */
	unsigned flags;
} hk_arr_point;

/* The plant heating water from tr to ts at outdoor t_out.  A first unit
 * that would leave below the surface's lowest water column while ts is
 * inside it is read at that column (HK_COPS_HELD_LOW, t_mid raised to it):
 * conservative, never extrapolated.  Fails as
 * hk_copsurf_at, and HK_EINVAL for ts < tr. */
hk_status hk_arr_cop(const hk_copsurf *s, hk_arrangement a, double t_out, double ts, double tr,
		     int allow_extrap, hk_arr_point *p, hk_err *err);

/* Units in an arrangement: series needs an even count (pairs).  HK_EINVAL
 * "a series arrangement needs an even unit count (N)". */
hk_status hk_arr_check_units(hk_arrangement a, int units, hk_err *err);

#endif
