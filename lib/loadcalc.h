/*
 * loadcalc.h - the loadcalc command's core: buildings as they are read,
 * one at a time, into design, night and annual loads with the totals
 * (hk_lc_add), and the time-step profile of typical days or an hourly
 * weather series (hk_lc_profile_run).  What they say in words and tables
 * is loadreport.h.  The `heatkit loadcalc` command is the options, the
 * reading (buildings, city, days, weather), these and the writing.
 *
 * Each building (loads.h has each formula and its source):
 *   design load Q = q_h·A (CJJ 34-2010 §3.1.2), q_h from the type's CJJ
 *   row (energy-saving column or not, low/mid/high point) unless given;
 *   the night load at the design temperature with day-only buildings at
 *   the set-back (Malan paper §2); the annual heat by the degree-day
 *   formula with the set-back (CJJ 34-2010 §3.2 extended, a toolkit
 *   assumption) when the city has heating days.
 * Buildings stream: only a profile keeps them all.  Nothing here prints
 * or exits.
 */
#ifndef HK_LOADCALC_H
#define HK_LOADCALC_H

#include <stddef.h>

#include "climate.h"
#include "loads.h"
#include "profile.h"
#include "status.h"

typedef struct hk_lc_request {
	int energy_saving;         /* CJJ 34 column: 1 energy-saving */
	hk_idx_point pt;           /* where in the CJJ range the index is taken */
	double t_in_c;             /* indoor design temperature */
	double t_setback_c;        /* night temperature of day-only buildings */
	double day_start_h, day_end_h; /* the occupied day, unless a building has its own */
	const hk_city *city;       /* the city (climate, annual heat), or NULL */
	double t_design_c;         /* the load design temperature; NAN: none
				    * (no night load, no profile) */
	int keep;                  /* keep every building (for a profile) */
} hk_lc_request;

/* One input row, as read. */
typedef struct hk_lc_row {
	const char *name, *type, *phase; /* "" when absent */
	double area_m2;
	double index_w_m2;         /* NAN: from the type */
	double day_only;           /* NAN: from the type (0/1 otherwise) */
	double day_start_h, day_end_h; /* NAN: the request's */
} hk_lc_row;

/* One building, computed. */
typedef struct hk_lc_bld {
	hk_building b;
	const hk_cjj_row *row;     /* the type's CJJ row, NULL without a type */
	const char *mapping;       /* how the type maps to the row, or NULL */
	int given;                 /* index_w_m2 given in the input */
	int outside;               /* given, and outside the type's CJJ range */
	double lo, hi;             /* ... that range, W/m² */
	double design_kw;          /* Q = q_h·A */
	double night_kw;           /* at t_design; NAN without one */
	double annual_gj;          /* NAN without a city with heating days */
} hk_lc_bld;

/* Which field of the row a failure of hk_lc_add is about (NONE: the
 * climate's, or memory). */
typedef enum { HK_LC_FIELD_NONE, HK_LC_FIELD_TYPE, HK_LC_FIELD_AREA, HK_LC_FIELD_INDEX,
	       HK_LC_FIELD_WINDOW /* the row's own day_start/day_end */ } hk_lc_field;

typedef struct hk_lc_phase {
	char name[32];
	double design_kw;
} hk_lc_phase;

/* The totals so far (zero it before the first building). */
typedef struct hk_lc_run {
	size_t nb;
	double area_m2, design_kw, night_kw, annual_gj, annual_gj_cjj;
	hk_lc_phase *phase;        /* design load per phase, in order of first
				    * appearance */
	size_t nphase;
	hk_building *b;            /* keep: every building */
	size_t cap;
	long outside;              /* buildings with outside set */
	hk_btype type;             /* the last type looked up (tables repeat
				    * types row after row) */
	char type_name[64];
} hk_lc_run;

/* Add one building: compute it into *x and add it to the totals.  Fails
 * for an unknown type, a row with neither a type nor an index, or a
 * building the formulas cannot take (a window outside the day, a
 * set-back above t_in), *bad naming the field the message is about;
 * HK_ENOMEM. */
hk_status hk_lc_add(const hk_lc_request *q, hk_lc_run *run, const hk_lc_row *in, hk_lc_bld *x,
		    hk_lc_field *bad, hk_err *err);
void hk_lc_run_free(hk_lc_run *run);

/* 1 when the city's climate gives an annual heat (heating days > 0). */
int hk_lc_annual(const hk_lc_request *q);

/* What a profile is made of: an hourly series (nh > 0) in a heating
 * season, or typical days (nd 0: the city's default days), at dt_h. */
typedef struct hk_lc_profile_in {
	const double *t_hourly;
	size_t nh;
	hk_season season;
	const hk_typday *days;
	size_t nd;
	double dt_h;
} hk_lc_profile_in;

typedef struct hk_lc_profile {
	hk_step *steps;            /* n steps (owned) */
	size_t n;
	char **dayname;            /* nd names (owned) */
	size_t nd;
	int hourly;                /* from the weather series */
	size_t season_days;        /* hourly: days in the heating season */
	int default_days;          /* typical days derived from the climate */
	const hk_building *straddle; /* typical days: a building whose day
				      * does not fall on step boundaries
				      * (the largest load is below the
				      * design load), or NULL */
	double days;               /* Σ days of the profile's days */
	double heat_kwh;           /* Σ heat_load_kw·dt_h·days */
} hk_lc_profile;

/* The profile of the kept buildings (q->keep).  Fails with what
 * hk_season_mark, hk_profile_hourly, hk_typdays_default and
 * hk_profile_typdays say (a typical day's failure may name no file: it is
 * the days file's), HK_EINVAL for a dt that does not divide 24 h, and
 * HK_ENOMEM; p then holds nothing. */
hk_status hk_lc_profile_run(const hk_lc_request *q, const hk_lc_run *run, const hk_lc_profile_in *in,
			    hk_lc_profile *p, hk_err *err);
void hk_lc_profile_free(hk_lc_profile *p);

/* ---- the monthly profile ---- */

/* One month of the heating season. */
typedef struct hk_lc_month {
	int month;                 /* 1..12 */
	double days;               /* heating days in it */
	double heat_kwh;           /* heat over those days */
} hk_lc_month;

typedef struct hk_lc_monthly {
	hk_lc_month m[12];         /* the months with heating days, in season
				    * order (July to June) */
	size_t n;
	int hourly;                /* summed from the hourly profile, else the
				    * degree-day split */
	double total_kwh;          /* Σ heat_kwh */
	const char *source;        /* the method, in one line */
} hk_lc_monthly;

/* Heat per month of the heating season.  From an hourly profile (p
 * hourly, a series starting on 1 January): Σ heat_load_kw·h over each
 * month's hours.  Else by the degree-day formula of CJJ 34-2010 §3.2 per
 * month: the annual heat (with the set-back, run->annual_gj) split over
 * the N heating days of GB 50736 Appendix A, Q_m = Q_a·N_m/N, the N days
 * centred on 15 January (Appendix A gives no dates or monthly means: a
 * toolkit assumption, the season's mean temperature in every month).
 * Fails HK_EINVAL without an hourly profile or a city with heating days. */
hk_status hk_lc_monthly_run(const hk_lc_request *q, const hk_lc_run *run, const hk_lc_profile *p,
			    hk_lc_monthly *out, hk_err *err);

#endif
