/*
 * proftable.h - profile tables in and out (DESIGN.md, the pipeline
 * contract), and the other chain input files: typical days and tariffs.
 *
 * A profile has one row per time step:
 *   day,start_h,dt_h,t_out_c,heat_load_kw,night,days[,...]
 * day names the typical day (or date) the step belongs to; a day's rows
 * are consecutive and in time order; days is how many real days the row's
 * day stands for (every annual figure is Σ value·dt_h·days).  A command
 * reads the steps plus any columns it needs (extra specs), and writes the
 * table back with every input column passed through and its own added (an
 * added column replaces an input column of the same key).
 *
 * Command-line layer: reading returns hk_status; writing goes through job.h.
 */
#ifndef HK_PROFTABLE_H
#define HK_PROFTABLE_H

#include <stddef.h>

#include "job.h"
#include "loads.h"
#include "pipes.h"
#include "profile.h"
#include "table.h"
#include "tariff.h"

typedef struct hk_proftable {
	char file[256];
	hk_step *steps;
	size_t n;
	char **dayname;  /* per day index */
	size_t ndays;
	size_t ncols;    /* raw columns, passed through */
	char **hdr;
	char **cell;     /* n × ncols */
	double *extra;   /* n × nextra, NAN where absent or empty */
	size_t nextra;
	int *has_extra;  /* per extra spec: the column was in the file */
	int *xcol;       /* per extra spec: its 1-based column, 0 = absent */
	int day_col;     /* 1-based column of day (0 = absent, HK_PROF_STEPS) */
	int tout_col;    /* 1-based column of t_out_c (0 = absent, HK_PROF_STEPS) */
	int start_col;   /* 1-based column of start_h (0 = absent, HK_PROF_STEPS) */
	int load_col;    /* 1-based column of heat_load_kw (0 = absent, HK_PROF_STEPS) */
	long *line;      /* per row: its line in the file */
	int chinese;
} hk_proftable;

/* Read a profile (path "-" = stdin).  extra[0..nextra) are further columns
 * to read as numbers (optional unless HK_REQUIRED).  Checks: days > 0 and
 * the same on every row of a day, dt_h > 0, a day's rows consecutive and
 * in time order, start_h + dt_h <= 24. */
hk_status hk_proftable_read(const char *path, const char *encoding,
			    const hk_colspec *extra, size_t nextra,
			    hk_proftable *p, hk_err *err);

/* How much of the contract a reader needs.  HK_PROF_FULL is
 * hk_proftable_read.  HK_PROF_STEPS reads the same columns by the same
 * names as independent steps, for a command that only sums over them
 * (pumpselect): dt_h and days are required; day, start_h, t_out_c and
 * heat_load_kw may be absent or empty (start 0, t_out_c and load_kw NAN;
 * the *_col fields say which were there), and neither the day nor the
 * time-order rules are checked. */
typedef enum { HK_PROF_FULL, HK_PROF_STEPS } hk_prof_mode;
hk_status hk_proftable_read_mode(const char *path, const char *encoding, hk_prof_mode mode,
				 const hk_colspec *extra, size_t nextra,
				 hk_proftable *p, hk_err *err);
void hk_proftable_free(hk_proftable *p);

/*
 * Point err at the file, and when err->item names a row (1-based, as a
 * lib function over p->steps sets it), at that row's line and column col
 * (1-based, 0 = none), and begin the message with the row's day name and
 * start hour ("day 100%, 12.00 h: ...").
 */
void hk_proftable_locate(const hk_proftable *p, hk_err *err, int col);

/* Column index of an extra spec's value for step i (NAN when absent). */
static inline double hk_proftable_x(const hk_proftable *p, size_t i, size_t x)
{
	return p->extra[i * p->nextra + x];
}

/*
 * What a command decides travels down the pipe with the profile, as
 * columns holding the same value on every row (README, "What travels down
 * the pipe"): hp_model, units_total and rated_kw (per unit, kW) written by
 * hpsize, tank_m3 (effective volume) written by tanksize.
 */
typedef struct hk_design {
	char hp_model[64]; /* "" when absent */
	double units;      /* units_total; NAN when absent */
	double rated_kw;   /* rated capacity per unit; NAN when absent */
	double tank_m3;    /* effective tank volume; NAN when absent */
	char terminal_mix[400]; /* the buildings' terminals (loadcalc), operate --terminal's
				 * syntax; "" when absent */
	int terminal_mix_col;   /* its 1-based column, 0 when absent */
} hk_design;

/* The design quantities a profile carries.  Fails, at the row and column,
 * when one is not a number or changes from one row to the next
 * ("units_total changes within the profile (5, then 4): expected one
 * plant"); the one check of these columns, for every command that reads
 * them. */
hk_status hk_proftable_design(const hk_proftable *p, hk_design *d, hk_err *err);

/* Set the text column key to text on every row: the input column of that
 * key, or a new column after the others.  For text that travels
 * (hp_model); fails only out of memory. */
hk_status hk_proftable_set_text(hk_proftable *p, const char *key, const char *text, hk_err *err);

/* Write the profile as the job's main table: the input columns, then
 * add[0..nadd) with values vals[i*nadd + k] (NAN = empty cell).  These
 * writers never print or exit: a failure is kept in the job (job.h) and
 * its status returned. */
hk_status hk_proftable_write(hk_job *j, const hk_proftable *p, const hk_col *add,
			     size_t nadd, const double *vals);
/* The same with any cells: cells[i*nadd + k] (text cells point at text
 * that lives until the call returns); the sheet named name_zh in Chinese
 * (NULL: 逐时, or 逐时段 when a step is not an hour). */
hk_status hk_proftable_write_cells(hk_job *j, const hk_proftable *p, const char *name_zh,
				   const hk_col *add, size_t nadd, const hk_cell *cells);

/* Write a fresh profile from steps (loadcalc): the contract's columns, and
 * terminal_mix on every row when mix is not NULL or "" (the buildings'
 * terminals, opterm.h). */
hk_status hk_profile_write_steps(hk_job *j, const hk_step *s, size_t n,
				 char *const *daynames, const char *mix);

/* Typical days file: name,t_out_c,days[,load_frac][,day_kw][,night_kw].
 * Up to cap days into out; *nd = count.  A day without a day count is an
 * error at its line. */
hk_status hk_typdays_read(const char *path, const char *encoding, hk_typday *out,
			  size_t cap, size_t *nd, hk_err *err);

/* Hourly weather: CSV hour,t_out_c (8760 rows, or any whole number of
 * days), or an EnergyPlus EPW file (dry bulb = field 7 of the data rows).
 * *t is malloc'd (caller frees), *nh hours. */
hk_status hk_weather_read(const char *path, const char *encoding, double **t,
			  size_t *nh, hk_err *err);

/* Tariff file: period,start,end,price_yuan_kwh[,source] with HH:MM (or
 * hours), end may be 24:00, a period may cross midnight.  Validated by
 * hk_tariff_build (overlap, gap). */
hk_status hk_tariff_load(const char *path, const char *encoding, hk_tariff *t,
			 hk_err *err);

/* Pipe run: segment,length_m,diameter (mm or m in the header),share
 * (fraction of the design flow, default 1),zeta (Σ local loss
 * coefficients, default 0),dp_kpa (equipment drop at the design flow,
 * default 0).  Up to cap segments into s, *n = count. */
hk_status hk_pipes_read(const char *path, const char *encoding, hk_pipe_seg *s, size_t cap,
			size_t *n, hk_err *err);

/* "07:30" or "7.5" → 7.5 hours; HK_EPARSE otherwise. */
hk_status hk_parse_clock(const char *s, double *h);

#endif
