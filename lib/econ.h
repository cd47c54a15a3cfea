/*
 * econ.h - heating schemes compared (heatkit econ): the operating-cost
 * input (daily figures, or a profile's power columns costed with a
 * tariff), the run (investment per scheme with the design that travelled
 * down the pipe, annual sums, payback, NPV, IRR, LCC against a base) and
 * its report (the daily table, the workbook sheets with live formulas,
 * the summary rows).
 *
 * Sources: the Malan paper §3.4 and Tables 2-3 (annual sums Σ daily ×
 * days, investment Σ quantity × unit price, static payback); cashflow.h
 * for the discounting.
 */
#ifndef HK_ECON_H
#define HK_ECON_H

#include <stddef.h>

#include "cashflow.h"
#include "invest.h"
#include "job.h"
#include "proftable.h"
#include "status.h"
#include "tariff.h"

/* What a scheme is: a profile's power column of the heat pumps alone
 * (hpsize's hp_power_kw), of heat pumps and tank (tanksize's power_kw) or
 * any other (PLAIN); or a plant econ runs itself on the profile's heat
 * load (--scheme NAME=gshp | electric-boiler | gas-boiler): ground-source
 * heat pumps at the COP of borefield's fluid temperatures, an electric
 * boiler with the profile's tank charged in the valley, a gas boiler. */
typedef enum { HK_ECON_PLAIN, HK_ECON_HP, HK_ECON_STORE, HK_ECON_GSHP, HK_ECON_EBOILER, HK_ECON_GAS } hk_econ_role;

/* The design quantities that travel down the pipe (README, "What travels
 * down the pipe"), per scheme: heat pumps (kW rated), tank (m3), and for
 * the plants econ runs: boreholes (m, borefield's summary), ground-source
 * heat pumps, electric and gas boilers (kW, the profile's design load). */
enum { HK_DQ_HEAT_PUMP, HK_DQ_TANK, HK_DQ_BOREHOLE, HK_DQ_GSHP, HK_DQ_EBOILER, HK_DQ_GASB, HK_NDQ };

/* The plants econ runs on the profile's heat load, and their parameters
 * with where each came from (cmd/econ.c fills them; lib/econplant.c reads
 * borefield's files and the gas price). */
/* The natural-gas lower heating values econ takes, MJ/m3: a margin
 * around the 32.2-38.9 of GB/T 2589-2020 Appendix A (recollection
 * [UNVERIFIED]); outside it a figure is in other units or another gas */
#define HK_GAS_LHV_MIN 20.0
#define HK_GAS_LHV_MAX 50.0

typedef struct hk_econ_plant {
	/* ground source: borefield's summary (total_length_m) and monthly
	 * table (ext_kwh, tf_c); COP = eta·T_w/(T_w − T_f) per month */
	char bf_summary[256], bf_table[256];
	double borehole_m, boreholes, depth_m;
	double gshp_eta, gshp_water_c;
	double gshp_scop, gshp_tf_c;  /* seasonal COP, extraction-weighted mean fluid temperature */
	double eboiler_eff;           /* electric boiler, heat per kWh */
	double gas_eff, gas_lhv_mj_m3, gas_price; /* 元/m3 */
	char gas_src[640];            /* where the gas price comes from */
	int gas_placeholder;          /* the price is a placeholder row's */
	int gas_lhv_from_row;         /* the LHV is the price row's */
	/* pump groups (econ --pumps SCHEME=SUMMARY): pumpselect's pumps_total ×
	 * motor_kw priced in that scheme at the pump price */
	struct hk_econ_pumps {
		char scheme[96], file[256], model[64];
		double n, motor_kw;
	} pumps[8];
	int npumps;
} hk_econ_plant;

/* Pump group i's summary (pump_model, pumps_total, motor_kw) into
 * pl->pumps[i].  Fails naming the file and the missing key. */
hk_status hk_econ_read_pumps(hk_econ_plant *pl, int i, hk_err *err);

typedef struct hk_econ_day {
	size_t scheme;
	char day[64];
	double days;   /* how many real days it stands for */
	double kwh;    /* electricity of the day (NAN = not given) */
	double cost;   /* its cost, 元 */
	double unmet;  /* heat left unmet, kWh; NAN = the input does not tell */
	double unmet_cost1; /* that heat's electricity at COP 1, at the tariff of its steps */
	double backup; /* the backup heater's cost (set by the run; NAN = none) */
	double kwh_kind[HK_PER_KINDS]; /* electricity per tariff period kind (NAN: not known) */
	double unmet_kind[HK_PER_KINDS]; /* unmet heat per period kind */
	double gas_m3; /* natural gas of the day (NAN: no gas) */
} hk_econ_day;

typedef struct hk_econ_scheme {
	char name[96];
	char column[64];  /* the profile's power column; "" for daily figures */
	hk_econ_role role;
	size_t d0, d1;    /* its rows in the day table */
	int has_unmet;    /* the profile tells the heat it leaves unmet */
} hk_econ_scheme;

/* The operating-cost input. */
typedef struct hk_econ_ops {
	char file[256];
	hk_econ_day *day;
	size_t nd, dcap;
	hk_econ_scheme *s;
	size_t ns, scap;
	hk_design design;      /* from a profile; NAN and "" when not known */
	long design_line;      /* the profile's first data line */
	int design_col[HK_NDQ]; /* 1-based column carrying each design quantity, 0 = none */
	int chinese;           /* the input's headers are Chinese */
	double design_kw;      /* the profile's largest heat_load_kw (NAN: daily figures) */
	int by_kind;           /* days carry electricity per period kind */
	double kind_price[HK_PER_KINDS]; /* the tariff's price of each kind; NAN absent or not one price */
	const hk_econ_plant *plant; /* the plants' parameters (NULL: none) */
} hk_econ_ops;

/* Daily figures scheme,day,days,cost_yuan[,elec_kwh].  *is_daily = 0 (and
 * HK_OK) when the file is not such a table (no scheme or cost column).
 * Every scheme must list the same days with the same weights. */
hk_status hk_econ_read_daily(const char *path, const char *encoding, hk_econ_ops *o, int *is_daily,
			     hk_err *err);
/* A profile's power columns, one scheme per spec "NAME=COLUMN", costed
 * day by day with the tariff; unmet heat from tanksize's unmet_kw (a
 * scheme on power_kw) or heat_load_kw − hp_heat_kw (one on hp_power_kw);
 * the design the profile carries.  "NAME=gshp", "NAME=electric-boiler",
 * "NAME=gas-boiler" run those plants on heat_load_kw with pl's parameters
 * (pl NULL: refused).  Every day carries its electricity per period kind. */
hk_status hk_econ_read_profile(const char *path, const char *encoding, const hk_tariff *t,
			       const char *const *specs, size_t nspecs, const hk_econ_plant *pl, hk_econ_ops *o,
			       hk_err *err);

/* ---- the plants econ runs (econplant.c) ---- */
/* Heating COP of a water-to-water heat pump from its source fluid at t_f
 * to water at t_w (℃): eta × the Carnot COP T_w/(T_w − T_f), in kelvin. */
double hk_gshp_cop(double eta, double t_w, double t_f);
/* Borefield's summary (boreholes, depth_m, total_length_m) and monthly
 * table (ext_kwh, tf_c) into pl: the boreholes drilled and the seasonal
 * COP Σ ext / Σ (ext / COP(tf_c)) over every month of every year.
 * Fails naming the file and the key or column that is missing. */
hk_status hk_econ_read_borefield(hk_econ_plant *pl, hk_err *err);
/* The gas price: the row of a gas-price table (id,region,price_yuan_m3,
 * lhv_mj_m3,year,status,default,source) named by id, else its default row;
 * price and LHV (unless *lhv_given) into pl.  A placeholder row without a
 * figure cannot be used (an error at its row). */
hk_status hk_econ_gas_price(const char *path, const char *id, int lhv_given, hk_econ_plant *pl, hk_err *err);
void hk_econ_ops_free(hk_econ_ops *o);

/* The scheme names, for hk_invest_read (a malloc'd array of pointers into
 * o; the caller frees it), NULL out of memory. */
const char **hk_econ_names(const hk_econ_ops *o);

typedef struct hk_econ_request {
	const hk_econ_ops *ops;
	const hk_invest_tab *inv; /* NULL: no investment table */
	const hk_prices *prices;  /* NULL: none read */
	const char *base;         /* the base scheme's name; NULL = the lowest investment */
	double rate, escalation;  /* > −1 */
	int life;                 /* 1 .. 100 years */
	double backup_cop;        /* > 0: the heater making up unmet heat */
} hk_econ_request;

typedef struct hk_econ_sres {
	double invest, kwh, cost, lcc; /* Σ quantity × price; Σ daily × days; LCC */
	double unmet, backup;          /* a year's unmet heat (kWh), its backup cost */
	double kwh_kind[HK_PER_KINDS]; /* a year's electricity per period kind (NAN: not known) */
	double gas_m3;                 /* a year's natural gas (NAN: none) */
	hk_econ_out eo;                /* against the base (not for the base) */
	size_t i0, i1;                 /* its rows in the result's investment table */
	double pump_kw;                /* pump groups priced in it (--pumps), kW of motors */
	char pump_src[300];            /* their summaries */
	int dq_has[HK_NDQ];            /* the profile says what was designed */
	double dq[HK_NDQ];
	const char *dq_src[HK_NDQ];    /* ... and the invest table agrees or omits it */
} hk_econ_sres;

typedef struct hk_econ_result {
	hk_econ_day *day;     /* the input's days, the backup heater's added */
	size_t nd;
	hk_econ_sres *s;      /* per scheme */
	hk_inv_row *inv;      /* the investment rows, grouped by scheme, with
			       * the designed items the table omits */
	size_t ni;
	size_t base;
	long cmp;             /* the first scheme compared with the base, -1 none */
	int any_unmet;        /* some scheme's profile tells its unmet heat */
	double unmet_max;     /* the largest scheme's */
	unsigned char *price_used; /* per prices row: it priced a row */
} hk_econ_result;

/* The comparison.  Fails, located: an invest row contradicting the
 * profile's design, a designed item without a price, a placeholder price
 * without a figure; and --base naming no scheme. */
hk_status hk_econ_run(const hk_econ_request *q, hk_econ_result *r, hk_err *err);
void hk_econ_result_free(hk_econ_result *r);

/* What the summary says of the options: where each value came from
 * ("--rate" or "default 8%: ..."), and the input's name. */
typedef struct hk_econ_words {
	const char *input, *base, *rate, *escalation, *life, *backup_cop, *invest;
	const char *gshp_eta, *gshp_water, *boiler_eff, *gas_eff, *gas_lhv, *tariff;
} hk_econ_words;

/* The daily table, the workbook sheets (prices, investment, schemes with
 * live formulas), the summary rows and the warnings. */
void hk_econ_write(hk_job *job, const hk_econ_request *q, const hk_econ_result *r,
		   const hk_econ_words *w);

#endif
