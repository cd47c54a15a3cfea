/*
 * catalog.h - equipment catalogs (data/equipment/, format in its
 * README.md): heat pumps (capacity and COP against outdoor and leaving
 * water temperature) and pumps (curve points).  Loaders check every row and
 * reject a malformed catalog with a located error.
 */
#ifndef HK_CATALOG_H
#define HK_CATALOG_H

#include <stddef.h>

#include "pumpcurve.h"
#include "status.h"

typedef enum { HK_CAT_DEFROST_UNKNOWN, HK_CAT_DEFROST_PEAK, HK_CAT_DEFROST_INTEGRATED } hk_cat_defrost;

/* What a catalog row is (column point_type; data/equipment/README.md).  Only
 * the first three are capacities: an EN 14825 Pdh at Tj = −7/+2/+7/+12 ℃ is
 * the reference building's part-load demand (Pdesignh·(16 − Tj)/(16 −
 * Tdesignh), EN 14825 §5), not what the unit can give, and never enters K1,
 * sizing or COP. */
typedef enum {
	HK_CAT_PT_CAPACITY,        /* "capacity": a maker's capacity table (the
				      default when the column is absent) */
	HK_CAT_PT_RATED,           /* "rated": a rating point (EN 14511 A7/W35) */
	HK_CAT_PT_TOL,             /* "tol": EN 14825 capacity at TOL = Tdesignh */
	HK_CAT_PT_PART_LOAD_DEMAND /* "part_load_demand": EN 14825 Pdh, kept for
				      reference only */
} hk_cat_point_type;

const char *hk_cat_point_type_name(hk_cat_point_type t); /* "tol", ... */

typedef struct hk_hp_point {
	double t_out_c, t_water_c;
	double heat_kw;  /* capacity at that point (before K2 when defrost = peak) */
	double power_kw; /* NAN when not given */
	double cop;      /* NAN when neither cop nor power is given */
	hk_cat_point_type type;
	char standard[96]; /* column standard: "EN 14825 TOL, average climate", ... */
	long line;         /* its row in the file */
} hk_hp_point;

typedef struct hk_hp_entry {
	char model[128], maker[128], refrigerant[64];
	double rated_heat_kw;   /* q at 7 ℃ DB / 6 ℃ WB; NAN when the source has
				   no 7 ℃ point (K1 then cannot be formed) */
	double rated_cop;       /* NAN when not given */
	double rated_t_water_c; /* leaving water of the rating */
	double min_t_out_c;     /* operating limit (NAN when not given) */
	double price_yuan;      /* NAN when not given */
	hk_cat_defrost defrost;
	hk_hp_point *pts;       /* the capacity points only (rated, tol, capacity) */
	size_t npts;
	size_t n_part_load;     /* part_load_demand rows: read, checked, not used */
	char certificate[96];   /* column certificate ("Heat Pump KEYMARK, …"), or "" */
	char source[2048];
	long line;              /* first row of the model in the file */
} hk_hp_entry;

typedef struct hk_hp_catalog {
	hk_hp_entry *m;
	size_t n;
	char file[256];
} hk_hp_catalog;

/* Rows: point_type (optional column; absent = every row a capacity) must be
 * rated, tol, capacity or part_load_demand, else a located error;
 * t_water_out_c may be blank only on a part_load_demand row (EN 14825
 * colder-climate −15 ℃ points, whose outlet temperature the source does
 * not give). */
hk_status hk_hp_catalog_load(const char *path, const char *encoding, hk_hp_catalog *cat,
			     hk_err *err);
/* Find a model by name (case and spacing ignored); an unknown model lists
 * the nearest names (HK_ENOTFOUND). */
hk_status hk_hp_catalog_find(const hk_hp_catalog *cat, const char *model,
			     const hk_hp_entry **out, hk_err *err);
void hk_hp_catalog_free(hk_hp_catalog *cat);

typedef enum { HK_POWER_UNKNOWN, HK_POWER_SHAFT, HK_POWER_INPUT } hk_power_basis;

/* curve points: hk_pump_point of pumpcurve.h (flow, head, eff, power) */

/* Trust flags of a catalog pump (column flags, words separated by ';';
 * data/equipment/README.md; tools/import-pumps.py raises them).  A pump
 * flagged HK_PUMP_CAT_POWER_CONTRADICTS must not be selected: its power and
 * efficiency disagree by more than 10 %. */
enum {
	HK_PUMP_CAT_POWER_MISMATCH    = 1u << 0,  /* P vs rho g Q H / eta: 3-10 % */
	HK_PUMP_CAT_POWER_CONTRADICTS = 1u << 1,  /* ... more than 10 % */
	HK_PUMP_CAT_EFF_COPIED        = 1u << 2,  /* eta curve copied from another pump */
	HK_PUMP_CAT_SHARED_EFF        = 1u << 3,  /* eta curve equal to another pump's */
	HK_PUMP_CAT_HEAD_TYPO         = 1u << 4,  /* the source notes a head typo */
	HK_PUMP_CAT_HEAD_RISES        = 1u << 5,  /* head rises with flow somewhere */
	HK_PUMP_CAT_BEP_AT_EDGE       = 1u << 6,  /* highest efficiency at an end point */
	HK_PUMP_CAT_POINT_DROPPED     = 1u << 7,  /* a source point out of order dropped */
	HK_PUMP_CAT_NO_POWER          = 1u << 8,
	HK_PUMP_CAT_NO_EFF            = 1u << 9,
	HK_PUMP_CAT_MAKER_UNNAMED     = 1u << 10,
	HK_PUMP_CAT_NAME_INFERRED     = 1u << 11, /* model name inferred by the compiler */
	HK_PUMP_CAT_UNITS_CONVERTED   = 1u << 12, /* source database converted gpm/ft */
	HK_PUMP_CAT_UNITS_SUSPECT     = 1u << 13, /* source unit flag contradicts values */
	HK_PUMP_CAT_FITTED_POINTS     = 1u << 14  /* points of a fitted polynomial */
};
#define HK_PUMP_CAT_NFLAGS 15
const char *hk_pump_cat_flag_name(unsigned bit); /* "power_mismatch", ... */

typedef struct hk_pump_model {
	char model[128], maker[128], type[256], series[64];
	double speed_rpm, impeller_mm, motor_kw, price_yuan; /* NAN when not given */
	hk_power_basis power_basis;
	unsigned cat_flags;  /* HK_PUMP_CAT_* from the flags column */
	char flags[256];     /* the column as written */
	hk_pump_point *pts; /* ascending flow */
	size_t npts;
	size_t hump;        /* index of the highest head (0 = no rising part) */
	char source[2048];
	long line;
} hk_pump_model;

typedef struct hk_pump_catalog {
	hk_pump_model *m;
	size_t n;
	char file[256];
} hk_pump_catalog;

/* Rules: at least 3 points per pump, flow strictly rising, head > 0 and
 * falling after its highest point (a rising part at low flow, the
 * unstable "hump" of a drooping curve, is allowed and recorded in hump),
 * efficiency in (0, 100] %, flags (optional column) from the vocabulary
 * and the same on every row of a pump, and where a point has efficiency
 * and shaft (or unknown-basis) power, P within 10 % of rho g Q H / eta
 * (input power: not below it by more than 10 %) unless the pump is
 * flagged power_contradicts. */
hk_status hk_pump_catalog_load(const char *path, const char *encoding,
			       hk_pump_catalog *cat, hk_err *err);
hk_status hk_pump_catalog_find(const hk_pump_catalog *cat, const char *model,
			       const hk_pump_model **out, hk_err *err);
void hk_pump_catalog_free(hk_pump_catalog *cat);



#include "heatpump.h"

/* Build the physics model of a catalog entry: axes are the entry's
 * distinct outdoor and leaving-water temperatures, K1 = heat_kw /
 * rated_heat_kw (the capacity ratio to the 7 ℃ DB / 6 ℃ WB rating), COP
 * where given.  defrost_override (HK_CAT_DEFROST_UNKNOWN = none) decides an
 * entry whose defrost basis is unknown; without it such an entry fails,
 * since applying K2 to integrated capacities (or not applying it to peak
 * ones) misstates the capacity.  Fails HK_EINVAL without a rated point or
 * with more temperatures than the model holds. */
hk_status hk_hp_entry_model(const hk_hp_entry *e, hk_cat_defrost defrost_override,
			    hk_hp_model *m, hk_err *err);

/* The capacity points a design basis (t_out, t_water) rests on: the
 * corners of the table cell that the bilinear interpolation of
 * hk_hp_interp weighs (only those with a weight > 0), so that the summary
 * can say which certified points were used.  Outside the outdoor range of
 * the capacity points: HK_ERANGE, located at the model's first row of
 * file, naming the lowest (highest) capacity point and the part-load rows
 * that are not capacities; with allow_extrap it succeeds with
 * b->extrapolated set, unless the model has capacity points at a single
 * outdoor temperature (nothing to extrapolate from: still HK_ERANGE).  A
 * corner without a capacity point: HK_ERANGE naming it. */
typedef struct hk_hp_basis {
	const hk_hp_point *pt[4];
	size_t n;
	double t_lo, t_hi;  /* outdoor range of the capacity points */
	int extrapolated;   /* 1 below t_lo or above t_hi (allow_extrap) */
} hk_hp_basis;

hk_status hk_hp_entry_basis(const hk_hp_entry *e, const char *file, double t_out,
			    double t_water, int allow_extrap, hk_hp_basis *b, hk_err *err);
#endif
