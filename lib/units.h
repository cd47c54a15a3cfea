/*
 * units.h - numbers as engineers type them, and units in column headers.
 *
 * Internal units: power kW, energy kWh, area m², money 元 (yuan),
 * temperature ℃, temperature difference K, volume m³, flow m³/h, head m,
 * length m, time h, price 元/kWh, area index W/m², fraction 1.
 */
#ifndef HK_UNITS_H
#define HK_UNITS_H

#include "status.h"

typedef enum {
	HK_DIM_NONE,     /* text or a pure number: no unit accepted */
	HK_DIM_POWER,    /* kW */
	HK_DIM_ENERGY,   /* kWh */
	HK_DIM_AREA,     /* m² */
	HK_DIM_MONEY,    /* 元 */
	HK_DIM_TEMP,     /* ℃ */
	HK_DIM_DTEMP,    /* K */
	HK_DIM_VOLUME,   /* m³ */
	HK_DIM_FLOW,     /* m³/h */
	HK_DIM_HEAD,     /* m (water column) */
	HK_DIM_LENGTH,   /* m */
	HK_DIM_TIME,     /* h */
	HK_DIM_PRICE,    /* 元/kWh */
	HK_DIM_INDEX,    /* W/m² */
	HK_DIM_FRACTION, /* 1 (a header or value in % is divided by 100) */
	HK_DIM_COUNT,    /* a count: pure number */
	/* for options (--k 1.9W/mK) and any table that wants them */
	HK_DIM_CONDUCT,  /* W/mK: thermal conductivity */
	HK_DIM_VOLHEAT,  /* MJ/m3K: volumetric heat capacity */
	HK_DIM_RESIST,   /* mK/W: thermal resistance per metre */
	HK_DIM_GRADIENT, /* K/100m: geothermal gradient */
	HK_DIM_MASSFLOW, /* kg/s */
	HK_DIM_DENSITY,  /* kg/m3 */
	HK_DIM_SPECHEAT, /* J/kgK */
	HK_DIM_VISCOSITY, /* Pa s */
	HK_DIM_KINVISC,  /* m2/s */
	HK_DIM_LINPOWER, /* W/m: heat rate per metre of borehole */
	HK_DIM_YEAR,     /* a (years) */
	HK_DIM_CALORIFIC, /* MJ/m3: a fuel's heating value per volume */
	HK_DIM_NDIM      /* the number of dimensions */
} hk_dim;

/* The internal unit's name for a dimension ("kW", "m2", ...). */
const char *hk_dim_unit(hk_dim d);

/* Look up a unit written in a header (already folded: lower case, no
 * spaces, full-width forms made ASCII) for dimension d.  On success store
 * the factor and offset that take a value in that unit to the internal
 * unit (internal = value·factor + offset) and return 1; return 0 when the
 * unit is not one of d's. */
int hk_unit_lookup(hk_dim d, const char *unit, double *factor, double *offset);

/* A rate unit "A/B" as written in a unit column (元/W, 万元/m³, yuan/m2):
 * folded as headers are, A looked up in dimension num and B in den.  On
 * success store the factor taking a value in A/B to num's internal unit
 * per den's internal unit (0.7 元/W → 700 元/kW) and return 1; return 0
 * when the text is not such a unit. */
int hk_unit_ratio(hk_dim num, hk_dim den, const char *text, double *factor);

/* Find the unit a command-line option is given in ("W/mK", "C", "%"):
 * the first dimension with that spelling (folded) and no offset, so "C"
 * is a temperature, "K" a temperature difference, "m" a length.  Stores
 * the dimension, factor and offset as hk_unit_lookup and returns 1; 0 when
 * no dimension has the unit. */
int hk_unit_find(const char *unit, hk_dim *dim, double *factor, double *offset);

/* The i-th unit of dimension d (i = 0, 1, ...): its spelling as shown to
 * a user ("J/m3K"), factor and offset; 0 past the last. */
int hk_unit_nth(hk_dim d, size_t i, const char **shown, double *factor, double *offset);

/* Comma-separated list of the units accepted for d, for error messages. */
const char *hk_dim_units_list(hk_dim d);

/* Parse a number as engineers type it: optional spaces, leading + or -
 * (also full-width and U+2212), full-width digits, thousands separators in
 * groups of three ("1,234.5"), exponent, a trailing % (value / 100, and
 * *percent set).  Returns HK_OK, or HK_EPARSE for anything else (including
 * an empty string, NaN and infinity). */
hk_status hk_parse_number(const char *s, double *out, int *percent);

#endif
