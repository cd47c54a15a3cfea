/*
 * rptin.h - the files `heatkit report` gathers, read and told apart.
 *
 * A report's inputs are the CSV files the project's commands wrote (and
 * the investment and price tables econ read).  Each is identified by what
 * it holds, not by its name: a summary (key,value,unit,label,source) by
 * its keys, a table by its columns (hk_rkind).  A file is held whole, as
 * text; values are parsed when a sheet asks for them, and every failure
 * names the file, the key or column, and the line.
 */
#ifndef HK_RPTIN_H
#define HK_RPTIN_H

#include <stddef.h>

#include "status.h"

typedef enum {
	/* summaries, by a key only that command writes */
	HK_RK_LOADS,     /* loadcalc --summary: mean_index_w_m2 */
	HK_RK_HP,        /* hpsize --summary: q_unit_kw and k2 */
	HK_RK_TANK,      /* tanksize --summary: tank_kwh and volume_m3 */
	HK_RK_PUMP,      /* pumpselect --summary: pump_model */
	HK_RK_BORE,      /* borefield --summary: boreholes and depth_m */
	HK_RK_ECON,      /* econ --summary: base_scheme */
	/* tables, by their columns */
	HK_RK_BUILDINGS, /* loadcalc's building table: name, area_m2, design_load_kw */
	HK_RK_PROFILE,   /* a profile (loadcalc --profile, hpsize, tanksize): start_h, dt_h, heat_load_kw */
	HK_RK_TANKDAY,   /* tanksize --per-day: capability_kwh, stored_kwh */
	HK_RK_ECONDAY,   /* econ's daily table: scheme, day, days, cost_yuan */
	HK_RK_INVEST,    /* econ --invest: scheme, item, quantity */
	HK_RK_PRICES,    /* econ --prices: item, unit, price */
	HK_RK_MONTHLY,   /* loadcalc --monthly: month, days, heat_kwh */
	HK_RK_BOREMONTHS, /* borefield's month-by-month table: year, month, tf_c */
	HK_RK_N
} hk_rkind;

/* "loadcalc summary (loadcalc --summary)", for messages and help. */
const char *hk_rkind_name(hk_rkind k);

typedef struct hk_rfile {
	char path[1024];
	char label[128];   /* LABEL= given before the file name, "" none */
	hk_rkind kind;
	int summary;       /* a key,value summary (cols: key, value, unit, label, source) */
	size_t ncols;
	char **head;       /* column names (summary: the five, in that order) */
	size_t nrows;
	char **cell;       /* nrows × ncols, row-major; "" for an absent field */
	long *line;        /* the line each row starts on */
} hk_rfile;

/* Read one argument: FILE or LABEL=FILE (a name containing '=' that is a
 * file is taken whole).  Fails naming the file when it cannot be read or
 * is none of the kinds above. */
hk_status hk_rfile_read(hk_rfile *f, const char *arg, hk_err *err);
void hk_rfile_free(hk_rfile *f);

/* ---- a summary's keys ---- */
/* The row of key, or -1. */
long hk_rs_row(const hk_rfile *f, const char *key);
/* The value of key as written, or NULL when absent. */
const char *hk_rs_text(const hk_rfile *f, const char *key);
/* The unit of key as written ("" when none or absent). */
const char *hk_rs_unit(const hk_rfile *f, const char *key);
/* The source of key as written ("" when none or absent). */
const char *hk_rs_source(const hk_rfile *f, const char *key);
/* The value of key as a number.  Fails naming the file and key when the
 * key is missing (HK_ENOTFOUND: "expected the key `heatkit CMD --summary`
 * writes") or not a number (HK_EPARSE, at its line). */
hk_status hk_rs_num(const hk_rfile *f, const char *key, double *v, hk_err *err);
/* The same, NAN when the key is absent or not a number (optional keys). */
double hk_rs_opt(const hk_rfile *f, const char *key);

/* ---- a table's columns ---- */
/* The column named key (as heatkit writes it), or -1. */
long hk_rt_col(const hk_rfile *f, const char *key);
const char *hk_rt_cell(const hk_rfile *f, size_t row, long col);
/* Row row of column key as a number; fails naming file, line, column and
 * value (HK_ENOTFOUND when the table has no such column). */
hk_status hk_rt_num(const hk_rfile *f, size_t row, const char *key, double *v, hk_err *err);

#endif
