/*
 * cashflow.h - money for `econ`: daily and annual electricity and cost,
 * investment from unit prices, static and discounted payback, NPV, IRR,
 * life-cycle cost.
 *
 * Money is in the tariff's currency (元 for the Malan case; convert to
 * 万元 at the edge).  Years are counted from 1; year 0 is the investment.
 * Pure: no I/O, no allocation.
 *
 * Sources: the Malan paper §3.4 and Tables 2-3 (unit prices, annual sums
 * Σ daily cost × days, static payback = extra investment / annual
 * saving); textbook engineering economics for NPV, IRR, CRF and discounted
 * payback (e.g. any 技术经济学 text: NPV = Σ CF_t/(1+i)^t).
 */
#ifndef HK_CASHFLOW_H
#define HK_CASHFLOW_H

#include <stddef.h>

#include "profile.h"
#include "status.h"
#include "tariff.h"

/* ---- daily and annual figures ------------------------------------- */

typedef struct hk_day_figs {
	double days;                  /* weight */
	double kwh;                   /* electricity of the day */
	double cost;                  /* its cost */
	double kwh_by_kind[HK_PER_KINDS]; /* kWh per tariff period kind */
} hk_day_figs;

/* Electricity and cost per day from a profile: step i draws the constant
 * electric power *(const double *)((const char *)kw + i·stride) over
 * [start_h, end_h), costed period by period with the tariff (exact for
 * steps that straddle a boundary).  stride is in bytes, so a field of an
 * array of structs can be passed: &hp[0].power_kw, sizeof hp[0].  One row
 * per day index (0 .. max day) into out (cap rows), *nd rows.  Fails
 * HK_EINVAL for a step outside [0, 24) or days out of order, a power that
 * is not finite or negative; HK_ERANGE when cap is too small. */
hk_status hk_daily_figs(const hk_tariff *t, const hk_step *s, size_t n,
			const double *kw, size_t stride, hk_day_figs *out,
			size_t cap, size_t *nd, hk_err *err);

/* Annual sums Σ kwh·days and Σ cost·days (Malan Table 3: 年运行费用 =
 * Σ 日运行费用 × 天数).  Fails HK_EINVAL naming the day when a day has
 * no day count (NaN or < 0) or a figure is not finite. */
hk_status hk_annual_sums(const hk_day_figs *d, size_t nd, double *kwh,
			 double *cost, hk_err *err);

/* ---- investment ---------------------------------------------------- */

typedef struct hk_unit_prices {
	double hp_per_w;      /* 元/W of heat-pump rated capacity (0.7) */
	double tank_per_m3;   /* 元/m³ of effective tank volume (1500) */
	double pump_per_w;    /* 元/W of pump electric power (1.0) */
	double land_per_m2;   /* 元/m² of land (240) */
} hk_unit_prices;

/* The Malan paper's Table 2 prices, and their source string. */
hk_unit_prices hk_unit_prices_malan(void);
extern const char hk_src_prices_malan[];

typedef struct hk_quantities {
	double hp_kw;         /* rated heat-pump capacity, kW (N·q) */
	double tank_m3;       /* effective tank volume */
	double pump_kw;       /* pump electric power, kW */
	double land_m2;       /* land area */
} hk_quantities;

typedef struct hk_investment {
	double hp, tank, pump, land;   /* parts */
	double equipment;              /* hp + tank + pump */
	double total;                  /* equipment + land */
} hk_investment;

/* Investment = Σ quantity × unit price (Malan Table 3: tank 1000 m³ ×
 * 1500 = 150 万元, pumps 66 kW × 1.0 元/W = 6.6 万元, land 616 m² × 240
 * = 14.8 万元).  Fails HK_EINVAL for a negative or non-finite input. */
hk_status hk_invest(const hk_unit_prices *p, const hk_quantities *q,
		    hk_investment *out, hk_err *err);

/* ---- payback and discounting -------------------------------------- */

/* Static payback, years = extra_invest / annual_saving (Malan §3.4: 171.4
 * / 30.5 ≈ 5.6).  Fails HK_ENOSOL when the saving is <= 0 (never pays
 * back), HK_EINVAL for a non-finite input. */
hk_status hk_static_payback(double extra_invest, double annual_saving,
			    double *years, hk_err *err);

/* Capital recovery factor i(1+i)^n/((1+i)^n − 1); 1/n at i = 0.
 * Needs n > 0 and i > -1 (else NaN). */
double hk_crf(double rate, double years);

/* NPV at rate of flows cf[0..n-1], cf[t] at the end of year t (cf[0] now,
 * usually −investment): Σ cf[t]/(1+rate)^t.  rate > −1. */
double hk_npv(const double *cf, size_t n, double rate);

/* IRR: the rate r in (−0.99, 10] with NPV(r) = 0, by scanning for a sign
 * change then bisection refined with secant steps (|NPV| < 1e-9·Σ|cf| or
 * the bracket below 1e-12).  When several changes exist the lowest rate
 * is returned and *multiple (may be NULL) set to 1.  Fails HK_ENOSOL when
 * NPV does not change sign in the range (e.g. all flows of one sign). */
hk_status hk_irr(const double *cf, size_t n, double *irr, int *multiple,
		 hk_err *err);

/* A scheme compared with a base: extra investment now, then a yearly
 * saving that grows with energy-price escalation. */
typedef struct hk_econ_in {
	double extra_invest;  /* year-0 outlay of the scheme over the base */
	double saving_y1;     /* energy-cost saving in year 1 */
	double rate;          /* discount rate, > −1 */
	double escalation;    /* yearly energy-price escalation, > −1 */
	int life_years;       /* 1 .. 100 */
} hk_econ_in;

typedef struct hk_econ_out {
	double static_payback;      /* years; 0 when the scheme costs no more
				     * and saves no less; INFINITY if never */
	double discounted_payback;  /* years (interpolated within the year
				     * it turns positive); INFINITY if not
				     * within the life */
	double npv;
	double irr;                 /* NaN if none (irr_status says why) */
	hk_status irr_status;
} hk_econ_out;

/* Cash flows cf[0] = −extra_invest, cf[y] = saving_y1·(1+e)^(y−1), then
 * static payback, discounted payback, NPV and IRR.  Fails HK_EINVAL for
 * bad inputs; a missing IRR or payback is not a failure (NaN, status). */
hk_status hk_econ_eval(const hk_econ_in *in, hk_econ_out *out, hk_err *err);

/* Life-cycle cost (present value): invest + Σ_{y=1..L} annual_cost·(1+e)^
 * (y−1)/(1+r)^y.  Fails HK_EINVAL for bad inputs. */
hk_status hk_lcc(double invest, double annual_cost, double rate,
		 double escalation, int life_years, double *lcc, hk_err *err);

#endif
