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

/* What a scheme's power column says it is: the heat pumps alone (hpsize's
 * hp_power_kw) or heat pumps and tank (tanksize's power_kw). */
typedef enum { HK_ECON_PLAIN, HK_ECON_HP, HK_ECON_STORE } hk_econ_role;

/* The design quantities that travel down the pipe (README, "What travels
 * down the pipe"), per scheme: heat pumps (kW rated) and tank (m3). */
enum { HK_DQ_HEAT_PUMP, HK_DQ_TANK, HK_NDQ };

typedef struct hk_econ_day {
	size_t scheme;
	char day[64];
	double days;   /* how many real days it stands for */
	double kwh;    /* electricity of the day (NAN = not given) */
	double cost;   /* its cost, 元 */
	double unmet;  /* heat left unmet, kWh; NAN = the input does not tell */
	double unmet_cost1; /* that heat's electricity at COP 1, at the tariff of its steps */
	double backup; /* the backup heater's cost (set by the run; NAN = none) */
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
} hk_econ_ops;

/* Daily figures scheme,day,days,cost_yuan[,elec_kwh].  *is_daily = 0 (and
 * HK_OK) when the file is not such a table (no scheme or cost column).
 * Every scheme must list the same days with the same weights. */
hk_status hk_econ_read_daily(const char *path, const char *encoding, hk_econ_ops *o, int *is_daily,
			     hk_err *err);
/* A profile's power columns, one scheme per spec "NAME=COLUMN", costed
 * day by day with the tariff; unmet heat from tanksize's unmet_kw (a
 * scheme on power_kw) or heat_load_kw − hp_heat_kw (one on hp_power_kw);
 * the design the profile carries. */
hk_status hk_econ_read_profile(const char *path, const char *encoding, const hk_tariff *t,
			       const char *const *specs, size_t nspecs, hk_econ_ops *o, hk_err *err);
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
	hk_econ_out eo;                /* against the base (not for the base) */
	size_t i0, i1;                 /* its rows in the result's investment table */
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
} hk_econ_words;

/* The daily table, the workbook sheets (prices, investment, schemes with
 * live formulas), the summary rows and the warnings. */
void hk_econ_write(hk_job *job, const hk_econ_request *q, const hk_econ_result *r,
		   const hk_econ_words *w);

#endif
