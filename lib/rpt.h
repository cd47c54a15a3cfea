/*
 * rpt.h - inside the report (report.h): the state the sheet writers share.
 * Not for other modules.
 *
 * Order of work (report.c): gather the files into their slots, check them
 * against each other (rptcheck.c), price the equipment (rptinvest.c),
 * then write the sheets in the order their formulas need each other's
 * cells: 设备表 (rptequip.c), 负荷 (rptloads.c), 经济 (rptecon.c), 计算书
 * (rptcalc.c), 汇总 last (rptsum.c), though 汇总 is the first tab.
 */
#ifndef HK_RPT_H
#define HK_RPT_H

#include <stddef.h>

#include "invest.h"
#include "report.h"
#include "rptin.h"
#include "workbook.h"

#define RPT_MAXS 8  /* schemes */
#define RPT_MAXP 8  /* pump summaries */
#define RPT_MAXI 64 /* equipment rows, prices */
#define RPT_REF 96  /* a sheet-qualified cell reference */

/* the priced items econ knows (lib/invest.c hk_inv_items[], same order) */
enum { RI_HP, RI_TANK, RI_PUMP, RI_LAND, RI_OTHER, RI_BORE, RI_GSHP, RI_BOILER, RI_GASB, RI_N };

typedef struct rpt_price {
	int item;
	double price;        /* 元 per the item's unit (kW, m3, kW, m2, 元) */
	char origin[200];    /* where: "kind\tfile\tline or key" (rptequip.c says it) */
	char note[600];      /* where the table row comes from, in the book's language */
	int from_table;      /* the item's price from econ or the unit-price table */
	char ref[RPT_REF];   /* its input cell (设备表), once written */
} rpt_price;

typedef struct rpt_item {
	int scheme;          /* index into schemes; -1: the plant pumps */
	int item;            /* RI_* */
	double qty;          /* in the item's unit */
	int price;           /* index into prices */
	double count;        /* > 0: shown as count units of unit_kw each (台) */
	double unit_kw;
	char qty_src[200];   /* where the quantity comes from */
	const char *model;   /* model name, or NULL */
	const char *label;   /* a pump summary's LABEL=, or NULL */
	const hk_rfile *from; /* the design summary it lists, or NULL */
	char ref_total[RPT_REF];
} rpt_item;

typedef struct rpt_scheme {
	char name[96];       /* as econ names it */
	double invest, cost, kwh, lcc; /* econ's figures (kwh NAN when absent) */
	char c_invest[RPT_REF], c_cost[RPT_REF], c_extra[RPT_REF], c_saving[RPT_REF];
	char c_pay[RPT_REF], c_dpay[RPT_REF], c_npv[RPT_REF], c_irr[RPT_REF], c_lcc[RPT_REF];
	double pay, dpay, npv, irr; /* the cached values written (NAN: none) */
	long cf_row0;        /* 经济: the row of year 0 of its cash flows (0: not written) */
	double kwh_kind[5], gas_m3; /* econ's annual electricity per tariff period kind, gas (NAN: none) */
} rpt_scheme;

typedef struct rpt {
	const hk_report_opts *o;
	int lzh;                        /* Chinese throughout */
	const hk_rfile *f[HK_RK_N];     /* one file of each kind (pumps below) */
	const hk_rfile *pump[RPT_MAXP];
	int npump;
	hk_prices tab;                  /* the unit prices (econ's over the table's) */
	int tab_loaded;
	rpt_scheme s[RPT_MAXS];
	int ns, base;                   /* schemes (econ), the base's index */
	double rate, esc;
	int life;
	double tprice[5], gas_price;    /* econ's tariff price per period kind, gas price (NAN: none) */
	int by_kind;                    /* operating costs as kWh × price formulas */
	rpt_price pr[RPT_MAXI];
	int npr;
	rpt_item it[RPT_MAXI];
	int nit;
	hk_wb *wb;
	hk_sheet *sh_sum, *sh_eq, *sh_load, *sh_calc, *sh_econ, *sh_chart;
	int cf_col_year, cf_col_cum;    /* 经济: the cash flows' year and cumulative columns */
	char c_rate[RPT_REF], c_esc[RPT_REF];
	char c_area[RPT_REF], c_load[RPT_REF], c_night[RPT_REF], c_heat[RPT_REF]; /* 负荷 totals */
	char c_common[RPT_REF];         /* plant pumps' subtotal */
	double common;                  /* ... its value */
} rpt;

/* The string for the report's language. */
#define RL(R, z, e) ((R)->lzh ? (z) : (e))

/* rptcheck.c: the files against each other */
hk_status rpt_check(rpt *R, hk_err *err);
/* rptinvest.c: schemes from econ, equipment rows and their unit prices */
hk_status rpt_invest(rpt *R, hk_err *err);
/* the sheets */
void rpt_equip(rpt *R);
void rpt_loads(rpt *R);
void rpt_econ(rpt *R);
void rpt_calc(rpt *R);
void rpt_sum(rpt *R);
/* rptchart.c: the charts sheet (图表), when there is something to chart */
int rpt_chart_wanted(const rpt *R);
void rpt_chart(rpt *R);
/* 经济 says where scheme k's cash flows are (rows from row0, year 0 to
 * the life; columns of the year and of the cumulative net flow), for the
 * cumulative cash-flow chart. */
void rpt_chart_flows(rpt *R, int k, long row0, int col_year, int col_cum);

/* 计算书 (rptcalc.c): one line, the formula, the numbers put in, the
 * result (a value, a formula over other sheets, or a text), its unit and
 * where the formula comes from */
typedef struct rpt_line {
	const char *no, *item, *form, *subst, *unit, *src;
	double v;         /* the result (NAN: text or formula) */
	int dec;          /* its digits; -2: a percentage */
	const char *f;    /* a formula for the result, or NULL */
	const char *text; /* a text result, or NULL */
} rpt_line;
long rpt_calc_put(rpt *R, long r, const rpt_line *l);
long rpt_calc_section(rpt *R, long r, const char *title);
/* rptplant.c: the blocks of the plants econ costs itself (ground source,
 * electric boiler and storage, gas boiler), numbered from *sec on */
long rpt_calc_plants(rpt *R, long r, int *sec);

/* a profile's days (rptloads.c): first row, row count, weight, outdoor
 * temperature, peak load, heat of the day (Σ load·dt) */
typedef struct rpt_day {
	size_t r0, n;
	double days, t_out, peak, heat;
	const char *name;
} rpt_day;
/* The days of profile p in order, at most max (-1: more than max). */
int rpt_profile_days(const hk_rfile *p, rpt_day *d, int max);

/* helpers (report.c) */
/* A scheme's name as the workbook shows it: econ's default names in the
 * report's language, any other as given. */
const char *rpt_scheme_name(const rpt *R, int k);
/* A name econ gives by default ("ASHP only") in Chinese, or NULL. */
const char *rpt_name_zh(const char *name);
/* A scheme's or pump group's name in the book's language when it is a
 * known one (report.c), else as given. */
const char *rpt_name(const rpt *R, const char *name);
/* rptwarn.c: a command's warning (as its summary holds it) in the
 * report's language. */
const char *rpt_warn(const rpt *R, const char *text);
/* An item's name ("空气源热泵机组" / "air-source heat pump"). */
const char *rpt_item_name(const rpt *R, const rpt_item *it);
/* The unit an item's quantity is shown in (台, m³, kW, m², 元). */
const char *rpt_item_unit(const rpt *R, const rpt_item *it);
/* printf into a rotating static buffer (for cell texts built in place). */
const char *rpt_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A number as written in a hand calculation: dec digits, no separators. */
const char *rpt_num(double v, int dec);
/* The line of key in summary f (0: absent), and "FILE 第N行" / "FILE
 * line N" for it: where a figure comes from, without the machine key. */
long rpt_key_line(const hk_rfile *f, const char *key);
const char *rpt_key_at(const rpt *R, const hk_rfile *f, const char *key);
/* The file's base name (for sources: "hp-summary.csv"). */
const char *rpt_base(const char *path);

#endif
