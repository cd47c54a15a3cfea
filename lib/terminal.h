/*
 * terminal.h - heat emitters (radiators, fan coils, floor heating, jet
 * fans) and the heating curve: the supply and return temperature a
 * terminal needs to give a share of its design output.
 *
 * Characteristic (EN 442-2:2014 §3 / EN 1264-2 / EN 16430-2):
 *   Φ/Φd = (ΔT/ΔTd)^n,  ΔT = (ts − tr) / ln((ts − ti)/(tr − ti))
 * the logarithmic mean excess temperature over the room, n the emission
 * exponent of the terminal type.  At a flow share f of the design flow the
 * water cools by ts − tr = (φ/f)·(tsd − trd) (heat balance Q = ρ c G ΔT).
 *
 * Units: ℃, K, shares (0..1+).  Pure: no I/O, no allocation.
 */
#ifndef HK_TERMINAL_H
#define HK_TERMINAL_H

#include "status.h"

typedef enum {
	HK_TERM_RADIATOR,
	HK_TERM_FAN_COIL,
	HK_TERM_FLOOR,
	HK_TERM_JET_FAN,
	HK_TERM_NKINDS
} hk_term_kind;

/* A terminal type's defaults: exponent, design supply/return, and where
 * each comes from. */
typedef struct hk_term_kind_info {
	const char *name;      /* "radiator", "fan-coil", "floor", "jet-fan" */
	const char *name_zh;   /* 散热器, 风机盘管, 地暖, 射流风机 */
	double n;              /* emission exponent */
	const char *n_src;
	double ts_c, tr_c;     /* design supply / return */
	const char *t_src;
} hk_term_kind_info;

const hk_term_kind_info *hk_term_kind_get(hk_term_kind k);
/* "radiator", "散热器", "fan-coil", "fancoil", "风盘", "floor", "地暖", ...;
 * HK_EINVAL listing the names. */
hk_status hk_term_kind_parse(const char *s, hk_term_kind *k, hk_err *err);

typedef struct hk_terminal {
	double n;              /* emission exponent, > 0 */
	double ts_d, tr_d;     /* design supply and return, ℃ (ts_d > tr_d > ti) */
	double ti;             /* indoor design temperature, ℃ */
} hk_terminal;

/* Check: n in (0.5, 2], ti < tr_d < ts_d <= 100.  HK_EINVAL naming the
 * value. */
hk_status hk_term_check(const hk_terminal *t, hk_err *err);

/* Logarithmic mean excess temperature (K) of water ts -> tr over a room at
 * ti (EN 442-2 §3.7); the arithmetic limit when ts = tr; 0 when tr <= ti. */
double hk_term_lmtd(double ts, double tr, double ti);

/*
 * hk_term_curve - the heating curve: the supply and return (℃) at which
 * the terminal gives the share phi of its design output with the flow
 * share f of its design flow.  ts solves ΔT(ts, ts − D) = φ^(1/n)·ΔTd with
 * D = (φ/f)(tsd − trd) (bisection, to 1e-9 K).  φ = 0: ts = tr = ti.
 * Fails HK_EINVAL for phi < 0 or f <= 0.
 */
hk_status hk_term_curve(const hk_terminal *t, double phi, double f, double *ts, double *tr,
			hk_err *err);

/*
 * Mixed terminals on one plant (radiators on one building, floor heating
 * on another, ...): group k gives the share w_k of the design load, all
 * groups at the same load share φ (their loads scale together, an
 * assumption).  The plant supplies one temperature ts, at least what the
 * most demanding group needs at its design flow; a group that needs less
 * throttles its flow (its valve) to the share f_k that gives φ at ts
 * (hk_term_curve solved for f); the return is the flow-weighted mix
 * (heat balance Q = ρ c G ΔT).
 */
#define HK_TERM_MIX_MAX 4
typedef struct hk_term_mix {
	int n;
	hk_terminal t[HK_TERM_MIX_MAX];
	double share[HK_TERM_MIX_MAX];  /* of the design load, summing to 1 */
} hk_term_mix;

/* The supply the mix needs at φ: the highest of the groups' curves at their design flow. */
hk_status hk_term_mix_need(const hk_term_mix *m, double phi, double *ts, hk_err *err);

/* The mix supplied at ts (>= hk_term_mix_need): the mixed return and the flow as a share of the
 * design flow Σ w_k·Qd/(tsd_k − trd_k).  Fails HK_EINVAL for ts below the need. */
hk_status hk_term_mix_at(const hk_term_mix *m, double phi, double ts, double *tr, double *flow_share,
			 hk_err *err);

#endif
