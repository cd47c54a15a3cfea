/*
 * loads.h - area-index heating loads, occupancy set-back, annual heat and
 * the time-step load profile (typical days or hourly weather).
 *
 * Units: areas m², indices W/m², loads kW, temperatures ℃, hours as
 * doubles (18:30 = 18.5), annual heat GJ (and kWh).  Pure: no I/O; the
 * caller owns every array.
 *
 * Sources (each formula in loads.c cites its own):
 *   CJJ 34-2010 Table 3.1.2-1 (area indices; the table is a recollection,
 *     see the `source` strings: standards-notes.md §1.2),
 *   CJJ 34-2010 §3.2 annual heat (standards-notes.md §1.5, [SRC-2]),
 *   Malan paper §2 (day-only buildings held at 5 ℃ at night, 18:30-07:00),
 *   GB 50736-2012 Appendix A (design temperature, heating days, mean).
 */
#ifndef HK_LOADS_H
#define HK_LOADS_H

#include <stddef.h>

#include "profile.h"
#include "status.h"

/* ---- CJJ 34 area-index table -------------------------------------- */

typedef enum { HK_IDX_LOW, HK_IDX_MID, HK_IDX_HIGH } hk_idx_point;

/* One row of CJJ 34-2010 Table 3.1.2-1 (space-heating area indices). */
typedef struct hk_cjj_row {
	const char *key;          /* "residential", "school_office", ... */
	const char *name_zh;      /* "住宅" */
	const char *name_en;      /* "residential" */
	double saving[2];         /* 采取节能措施 range, W/m² (low, high) */
	double plain[2];          /* 未采取节能措施 range, W/m² */
	const char *src_saving;   /* verification status of the saving cells */
	const char *src_plain;    /* ... of the non-saving cells */
} hk_cjj_row;

/* A building type as the user names it, mapped to a CJJ row. */
typedef struct hk_btype {
	const char *key;          /* canonical type key ("court") */
	const char *name_zh;      /* canonical Chinese name ("法院") */
	const hk_cjj_row *row;    /* the CJJ row used for its index */
	int day_only;             /* 1: occupied by day only (set-back) */
	const char *mapping;      /* NULL when the type is a CJJ row itself;
				   * else "toolkit mapping: ..." to print */
} hk_btype;

/* The CJJ rows (9) and their count. */
extern const hk_cjj_row hk_cjj_rows[];
extern const size_t hk_cjj_nrows;

/* Find a building type by Chinese or English name or alias (住宅,
 * residential, 学校, school, 办公, office, 医院, hospital, 门诊,
 * outpatient, 托幼/幼儿园, kindergarten, 旅馆, hotel, 商店, shop, 食堂,
 * canteen, 影剧院, theatre, 体育馆, gym, 法院, court, 派出所, police,
 * 养老院, elderly_home, 党群服务中心, ...).  ASCII case-insensitive;
 * spaces, '-' and '_' in English names are equivalent.  Fails
 * HK_ENOTFOUND naming the text. */
hk_status hk_btype_find(const char *name, hk_btype *out, hk_err *err);

/* Index (W/m²) of a CJJ row: energy_saving selects the column, pt the
 * low end, middle or high end of its range.  Source: CJJ 34-2010 Table
 * 3.1.2-1 as recalled [UNVERIFIED], see row->src_saving / src_plain. */
double hk_cjj_index(const hk_cjj_row *row, int energy_saving,
		    hk_idx_point pt);

/* ---- buildings ----------------------------------------------------- */

/* Defaults and their sources (print these in the summary). */
#define HK_T_IN_DEFAULT_C       18.0
#define HK_T_SETBACK_DEFAULT_C  5.0
/* Sanity bounds on a building's input, far outside any real one, so that
 * Q = q·A (and a year of it) stays finite: 1e9 m2 is 10 000 km² of floor;
 * CJJ 34-2010 Table 3.1.2-1's indices are 20-180 W/m2. */
#define HK_AREA_MAX_M2     1e9
#define HK_INDEX_MAX_W_M2  2000.0
#define HK_DAY_START_DEFAULT_H  7.0
#define HK_DAY_END_DEFAULT_H    18.5
extern const char hk_src_t_in[];        /* 18 ℃ indoor */
extern const char hk_src_setback[];     /* 5 ℃ night set-back */
extern const char hk_src_day_hours[];   /* day 07:00-18:30 */
extern const char hk_src_annual[];      /* Q_a formula */
extern const char hk_src_annual_setback[]; /* its set-back extension */
extern const char hk_src_typdays_rule[];   /* default typical days */

typedef struct hk_building {
	double area_m2;       /* heated floor area, > 0 */
	double index_w_m2;    /* area heat index, > 0 */
	int day_only;         /* 1: held at t_setback_c outside the day window */
	double t_in_c;        /* occupied indoor design temperature */
	double t_setback_c;   /* night set point of a day-only building
			       * (<= t_in_c); ignored when day_only = 0 */
	double day_start_h;   /* occupied window [start, end), 0 <= start < */
	double day_end_h;     /* end <= 24 */
} hk_building;

/* Fill *b for a type name: its CJJ index (energy_saving, pt), day_only
 * from the type, and the defaults above.  The caller may then override
 * any field (e.g. a per-building index).  Fails HK_ENOTFOUND for an
 * unknown type, HK_EINVAL for area <= 0. */
hk_status hk_building_init(hk_building *b, const char *type, double area_m2,
			   int energy_saving, hk_idx_point pt, hk_err *err);

/* Check a building's fields (area, index > 0, t_setback <= t_in, window
 * inside the day).  Fails HK_EINVAL saying which field. */
hk_status hk_building_check(const hk_building *b, hk_err *err);

/* Design load, kW: Q = A·q/1000 (CJJ 34-2010 §3.1.2, area-index method). */
double hk_building_design_kw(const hk_building *b);

/* Load at outdoor t_out, kW, occupied (1) or not (0):
 * Q·(t_sp − t_out)/(t_in − t_design), t_sp = t_in when occupied or not
 * day-only, else t_setback; never below 0.  Needs t_design < t_in. */
double hk_building_load_kw(const hk_building *b, double t_out,
			   double t_design, int occupied);

/* ---- climate and annual heat -------------------------------------- */

/* City climate from GB 50736-2012 Appendix A. */
typedef struct hk_climate {
	double t_heating_c;    /* 供暖室外计算温度: the load design temp */
	double t_winter_ac_c;  /* 冬季空调室外计算温度: heat-pump K1 basis */
	double heating_days;   /* days with daily mean <= +5 ℃ */
	double t_mean_c;       /* mean outdoor temperature over those days */
} hk_climate;

/* Annual space heat, GJ: Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o)
 * (CJJ 34-2010 §3.2, standards-notes §1.5).  q_kw >= 0, days >= 0,
 * t_o < t_i.  Fails HK_EINVAL otherwise. */
hk_status hk_annual_heat_gj(double q_kw, double days, double t_i,
			    double t_a, double t_o, double *gj, hk_err *err);

/* Annual heat of one building with its night set-back, GJ (toolkit
 * assumption, standards-notes §1.5):
 * 0.0864·N·Q·[(h/24)(t_i − t_a) + (1 − h/24)·max(0, t_sb − t_a)]/(t_i − t_o)
 * with h the occupied hours; reduces to the CJJ formula when the building
 * is not day-only.  Uses c->heating_days, t_mean_c, t_heating_c. */
hk_status hk_building_annual_gj(const hk_building *b, const hk_climate *c,
				double *gj, hk_err *err);

/* Totals for the --summary of loadcalc. */
typedef struct hk_loads_summary {
	double area_m2;          /* Σ A */
	double design_kw;        /* Σ Q (all buildings occupied) */
	double night_kw;         /* Σ night loads at t_design */
	double mean_index_w_m2;  /* 1000·design_kw / area_m2 */
	double annual_gj;        /* Σ hk_building_annual_gj (set-back) */
	double annual_kwh;       /* annual_gj / 0.0036 */
	double annual_gj_cjj;    /* Σ CJJ formula per building, no set-back */
} hk_loads_summary;

/* Sum n buildings under climate c (t_heating_c is the design temp).
 * Fails on the first bad building (HK_EINVAL, "building i: ...") or a
 * climate without heating days. */
hk_status hk_loads_summarise(const hk_building *b, size_t n,
			     const hk_climate *c, hk_loads_summary *s,
			     hk_err *err);

/* ---- typical days and profiles ------------------------------------ */

typedef struct hk_typday {
	char name[32];
	double t_out_c;    /* outdoor temperature of the day (heat pumps;
			    * also loads when load_frac is NaN) */
	double load_frac;  /* NaN: loads from t_out by the formula above;
			    * else every building's design day load and
			    * design night load scaled by this fraction
			    * (the paper's 100/75/50/25 % days) */
	double day_kw;     /* NaN, or the total occupied-hours load given
			    * explicitly (buildings' shares kept) */
	double night_kw;   /* NaN, or the total night load given explicitly
			    * (e.g. the paper's 729.8 kW on its 25 % day) */
	double days;       /* real days it stands for, > 0; NaN = missing */
} hk_typday;

typedef struct hk_profile_opts {
	double t_design_c;   /* load design outdoor temperature */
	double dt_h;         /* step length; 24/dt_h must be an integer
			      * (0.5 → 48 steps a day, exact half hours) */
	double day_start_h;  /* window for the steps' night flag */
	double day_end_h;
	const unsigned char *in_season; /* hourly profiles: per day, 1 = in
					 * the heating season; NULL = every
					 * day (see hk_season_mark) */
} hk_profile_opts;

/* Defaults: dt 0.5 h, window 07:00-18:30; t_design from the climate. */
hk_profile_opts hk_profile_opts_default(double t_design_c);

/* Steps per day for dt_h, or 0 when 24/dt_h is not a whole number
 * (within 1e-9) or dt_h is not in (0, 24]. */
size_t hk_profile_steps_per_day(double dt_h);

/* The step profile of nd typical days for nb buildings: nd·(24/dt) steps
 * written to out (cap must be at least that), day i = typical day i with
 * weight days.  Each step's load is Σ_b [f_b·L_day,b + (1 − f_b)·L_night,b]
 * with f_b the fraction of the step inside b's day window, so the energy
 * is exact whatever the windows.  Fails HK_EINVAL for a day without a day
 * count (days NaN or <= 0), a bad building, bad options or t_design >= t_in;
 * HK_ERANGE when cap is too small. */
hk_status hk_profile_typdays(const hk_building *b, size_t nb,
			     const hk_typday *d, size_t nd,
			     const hk_profile_opts *o, hk_step *out,
			     size_t cap, size_t *n_out, hk_err *err);

/*
 * Heating season of an hourly weather series, marked per day in
 * in_season[0 .. nh/24 - 1] (nh a whole number of days; each 8760-hour
 * year on its own when nh is a multiple of 8760, else the whole series).
 *
 * HK_SEASON_5C: the heating period of GB 50736-2012 (the days the daily
 * mean is steadily <= +5 ℃, App. A note); "steadily" is taken as the
 * centred 5-day running mean (the five-day sliding mean of QX/T 152-2012,
 * toolkit choice), and warm spells inside winter stay in the season: the
 * season is the year minus its longest cyclic run of days whose running
 * mean is above +5 ℃.  HK_SEASON_DATES: from day-of-year first to last
 * (0-based, wrapping over the new year; the series starts on 1 January).
 * HK_SEASON_ALL: every day.  *ndays gets the days in season.  Fails
 * (HK_EINVAL) on nh not a whole number of days, a non-finite temperature
 * ("day i") or days of year outside 0..364.
 */
typedef enum { HK_SEASON_ALL, HK_SEASON_5C, HK_SEASON_DATES } hk_season_rule;
typedef struct hk_season {
	hk_season_rule rule;
	int first, last;   /* HK_SEASON_DATES: days of year, 0 = 1 January */
} hk_season;
hk_status hk_season_mark(const double *t_out, size_t nh, const hk_season *s,
			 unsigned char *in_season, size_t *ndays, hk_err *err);

/*
 * A season rule from text: "5c" (or "auto"), "all", or "MM-DD..MM-DD"
 * (e.g. 11-15..03-15, the usual northern Chinese heating period).
 * Fails (HK_EINVAL) with what was expected.
 */
hk_status hk_season_parse(const char *text, hk_season *s, hk_err *err);

/* Hourly profile from nh outdoor temperatures (hour i = day i/24, hours
 * [i%24, i%24+1), weight 1), loads from the formula (dt_h ignored);
 * days outside o->in_season (when given) carry no load.
 * out needs nh entries.  Fails like hk_profile_typdays and on a
 * non-finite temperature (HK_EINVAL, "hour i"). */
hk_status hk_profile_hourly(const hk_building *b, size_t nb,
			    const double *t_out, size_t nh,
			    const hk_profile_opts *o, hk_step *out,
			    hk_err *err);

/* Default typical days from a city's climate (rule: hk_src_typdays_rule):
 * day 1 at the design temperature for 5 days (GB 50736's design
 * temperature is exceeded on 5 days a year, "不保证5天"); days 2-4 at
 * t_d + k·(5 − t_d)/3, k = 1..3 (+5 ℃ ends the heating season), sharing
 * the other N − 5 days with weights linear in temperature chosen so that
 * Σ days = N and the day-weighted mean temperature = t_mean (so the
 * profile's annual heat matches the CJJ degree-day formula).  Falls back
 * to the two temperatures bracketing the needed mean when a linear weight
 * would be negative (then only 3 days are written).  Loads from t_out
 * (load_frac NaN).  Writes up to 4 days, their count in *nd.  Fails
 * HK_EINVAL when N <= 5 (no heating season) or t_heating >= 5,
 * HK_ENOSOL when t_mean cannot be matched. */
hk_status hk_typdays_default(const hk_climate *c, hk_typday out[4],
			     size_t *nd, hk_err *err);

#endif
