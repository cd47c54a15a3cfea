/*
 * pumpehr.h - the heating circulating-pump energy-to-heat ratio EHR-h
 * (耗电输热比) check of GB 50189-2015 §4.3.3 / GB 50736-2012 §8.11.13.
 *
 *   EHR-h = 0.003096 * sum(G*H/eta_b) / Q  <=  A * (B + alpha * sum L) / dT
 *
 * G design flow of each duty pump (m3/h), H its head (m), eta_b its
 * efficiency at the design point (fraction), Q design heat load (kW), dT
 * design supply/return difference (K), sum L the supply+return length of
 * the main pipes from the plant to the farthest user (m).
 *
 * The primary standard text was not available.  Every constant carries its
 * source and status tag (shared/reference/standards-notes.md §4.1) as a
 * string, so the command can print it in its summary.  Tags: [SRC] read in
 * a (secondary) source, [DERIVED] worked out from sourced numbers,
 * [UNVERIFIED] recalled, no source found.
 */
#ifndef HK_PUMPEHR_H
#define HK_PUMPEHR_H

#include "status.h"

typedef enum {
	HK_EHR_GB50736_ONE_PUMP = 0, /* GB 50736-2012, primary-pump (一级泵) system, B = 20.4 */
	HK_EHR_GB50736_TWO_PUMP,     /* GB 50736-2012, secondary-pump (二级泵), B = 24.4 */
	HK_EHR_GB50189_ONE_PUMP,     /* GB 50189-2015, 一级泵, B = 17 */
	HK_EHR_GB50189_TWO_PUMP,     /* GB 50189-2015, 二级泵, B = 21 */
	HK_EHR_EDITION_COUNT
} hk_ehr_edition;

/* A constant with where it comes from. */
typedef struct {
	double value;
	const char *source; /* clause / code / derivation, ending in a status tag */
} hk_ehr_const;

/* One duty pump at its design point (standby pumps are not counted). */
typedef struct {
	double flow_m3h;
	double head_m;
	double eff; /* fraction 0..1 */
} hk_ehr_pump;

typedef struct {
	hk_ehr_edition edition;
	const char *edition_name; /* e.g. "GB 50736-2012 §8.11.13, one-pump (一级泵) system" */
	double ehr;               /* the pumps' EHR-h */
	double limit;             /* A*(B + alpha*sum L)/dT */
	int pass;                 /* ehr <= limit */
	double g_for_a_m3h;       /* the flow that chose A (largest duty pump) */
	hk_ehr_const coef;        /* 0.003096 */
	hk_ehr_const a, b, alpha;
	double eta_ref;           /* reference pump efficiency built into A (0.002662/A) */
} hk_ehr_result;

/* Name of an edition ("GB 50736-2012 ..."); NULL when out of range. */
const char *hk_ehr_edition_name(hk_ehr_edition ed);

/* The editions' keys in enum order, NULL-ended: the --edition choices. */
extern const char *const hk_ehr_edition_keys[HK_EHR_EDITION_COUNT + 1];

/* Parse "gb50736-1", "gb50736-2", "gb50189-1", "gb50189-2" (case-insensitive,
 * the CLI's --ehr-standard values).  Fails HK_EINVAL naming the choices. */
hk_status hk_ehr_edition_parse(const char *s, hk_ehr_edition *ed, hk_err *err);

/*
 * hk_ehr_check - EHR-h of the duty pumps and its limit.
 *
 * pumps[0..n-1]: the duty pumps.  A is chosen by the flow of the largest
 * duty pump (A falls as G rises, so this is the stricter choice when pumps
 * differ): G <= 60 -> 0.004225, 60 < G <= 200 -> 0.003858, G > 200 ->
 * 0.003749.  alpha by sum L: <= 400 m -> 0.0115 (the source's 0.0015 is a
 * typo, see the constant's source), 400..1000 -> 0.003833 + 3.067/sum L,
 * >= 1000 -> 0.0069.
 *
 * Fails HK_EINVAL for n < 1, a pump with flow <= 0, head <= 0 or eff not in
 * (0, 1]; q_kw <= 0, dt_k <= 0, sum_l_m < 0, an unknown edition.  A failing
 * check is not an error: r->pass = 0.
 */
hk_status hk_ehr_check(hk_ehr_edition ed, const hk_ehr_pump *pumps, int n,
		       double q_kw, double dt_k, double sum_l_m,
		       hk_ehr_result *r, hk_err *err);

/*
 * hk_ehr_value - EHR-h of the duty pumps alone, without its limit (which
 * needs sum L): fills r->ehr, r->coef and r->g_for_a_m3h; the rest of r is
 * left alone.  Fails HK_EINVAL as hk_ehr_check for the pumps and q_kw.
 */
hk_status hk_ehr_value(const hk_ehr_pump *pumps, int n, double q_kw, hk_ehr_result *r,
		       hk_err *err);

#endif
