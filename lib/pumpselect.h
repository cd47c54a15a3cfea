/*
 * pumpselect.h - choosing pumps for a duty: does a catalog pump (N in
 * parallel) meet the design point on the system curve, where does it run,
 * what does it draw, and how do candidates rank; and the whole selection
 * (hk_pumpselect_run: the pumpselect command's core, from its request to
 * its result).  Built on pumpcurve.h, pumpgroup.h and pumpehr.h.  No I/O;
 * only hk_pumpselect_run allocates (its result, freed by
 * hk_ps_result_free).
 */
#ifndef HK_PUMPSELECT_H
#define HK_PUMPSELECT_H

#include <stddef.h>

#include "catalog.h"
#include "pipes.h"
#include "pumpcurve.h"
#include "pumpehr.h"
#include "pumpgroup.h"
#include "tariff.h"

/* The duty: design flow G (all duty pumps together) on a system curve. */
typedef struct {
	hk_pump_system sys;    /* H = Hst + S G^2 through the design point */
	double flow_m3h;       /* G */
	double head_m;         /* H_sys(G) */
	int n_duty;            /* duty pumps in parallel (standby not counted) */
	double drive_eff;      /* motor (+drive) efficiency for input power, (0, 1] */
	double motor_margin;   /* >= 1 */
} hk_pumpsel_duty;

/* One candidate (a pump model, n_duty of them in parallel). */
typedef struct {
	int meets;             /* the duty point is inside the catalog's flow range
				  and the pumps at full speed reach it */
	char why[256];         /* when not: what the pumps reach instead */
	int full_ok;           /* the full-speed operating point exists */
	hk_pump_op full;       /* full speed, on the system curve (total flow, per-pump power) */
	double reach_m3h;      /* full.flow_m3h, 0 when the pumps cannot overcome the system */
	int vs_ok;             /* the speed that meets (G, H) exactly was found */
	hk_pump_op vs;         /* at that speed */
	hk_pump_op fixed;      /* full speed, throttled to G */
	double vs_input_kw;    /* electrical input of all duty pumps at the duty, variable speed */
	double fixed_input_kw; /* the same at full speed, throttled */
	double motor_kw;       /* next standard motor >= max shaft power x margin; NaN unknown */
	const char *motor_src;
	unsigned flags;        /* HK_PUMP_F_* of the full-speed and duty points, OR-ed */
} hk_pumpsel_cand;

/*
 * hk_pumpsel_eval - evaluate one pump model for the duty.
 *
 * Meets the duty when the flow per pump G/N lies within the catalog's
 * stable range q_lo..q_hi (no extrapolation) and the full-speed curve gives
 * at least the system head there: H_1(G/N) >= H_sys(G) (Karassik, Pump
 * Handbook, ch. 8: a pump meets a duty when its curve lies on or above the
 * design point).  The full-speed operating point is the intersection with
 * the system curve (hk_pump_operate); it may lie beyond the catalog range
 * (flagged ABOVE_RANGE, never silently).  Motor: hk_motor_size on the
 * larger shaft power of the full-speed and duty points.
 * Fails only for bad arguments (HK_EINVAL); a pump that cannot meet the
 * duty is a result (meets = 0, why says what it reaches).
 */
hk_status hk_pumpsel_eval(const hk_pump_curve *c, const hk_pumpsel_duty *d,
			  hk_pumpsel_cand *out, hk_err *err);

/* Plain-words description of HK_PUMP_F_* flags ("" when none), joined by
 * "; ", for tables and warnings. */
void hk_pump_flags_text(unsigned flags, char *buf, size_t sz);

/* The group's pumps in mask (bit i: g->pump[i]) as their names joined by
 * '+' ("" when none), for tables and the summary. */
void hk_pump_group_names(const hk_pump_group *g, unsigned mask, char *buf, size_t sz);

typedef enum { HK_RANK_LCC, HK_RANK_ENERGY, HK_RANK_EFF } hk_rank_mode;

/* What a candidate is ranked on. */
typedef struct {
	int meets;             /* 0: ranked last, whatever its values */
	double price_yuan;     /* all its pumps (duty + standby); NaN unknown */
	double annual;         /* annual energy (kWh, or any energy measure); NaN unknown */
	double annual_yuan;    /* annual energy cost; NaN unknown */
	double eff;            /* efficiency at the duty; NaN unknown */
	double key;            /* out: the ranked quantity (LCC yuan, energy, eff) */
} hk_pumpsel_score;

/* ---- the selection (the pumpselect command's core) ---------------------- */

/* One step of the profile as read (the heatkit profile contract). */
typedef struct {
	double flow_m3h;       /* NaN: from load_kw, G = 0.86 Q/dT (dt_k of the request) */
	double load_kw;        /* heat load, when flow_m3h is NaN */
	double start_h;        /* step start (for the tariff) */
	double hours;          /* step length */
	double days;           /* real days the step stands for */
	double price_yuan_kwh; /* NaN: the tariff's mean over the step, else price_kwh */
} hk_ps_step;

/* The options with a default, each with where its value comes from
 * (hk_ps_request.src): "--NAME" when given, else "default V: source" from
 * the option table (pumpselect --help). */
enum {
	HK_PS_SRC_MARGIN, HK_PS_SRC_ROUGH, HK_PS_SRC_NU, HK_PS_SRC_STATIC, HK_PS_SRC_FIT,
	HK_PS_SRC_DUTY, HK_PS_SRC_STANDBY, HK_PS_SRC_SPEED_MIN, HK_PS_SRC_MOTOR_MARGIN,
	HK_PS_SRC_DRIVE_EFF, HK_PS_SRC_RANK, HK_PS_SRC_LIFE, HK_PS_SRC_DISCOUNT, HK_PS_SRC_EDITION,
	HK_PS_SRC_DT, HK_PS_NSRC
};

/*
 * What to select.  Each field is one option of `heatkit pumpselect` (named
 * beside it; messages name the option), with its default already applied
 * by the option parser (pumpselect --help lists them and their sources);
 * NaN / NULL = not given (options without a default).
 */
typedef struct {
	const hk_pump_catalog *cat;     /* --pumps, loaded */
	const char *cat_file;           /* its path, for located curve errors */
	const char *cat_name;           /* its name in messages and the summary */
	hk_pump_fit fit;                /* --fit */
	const char *model;              /* --model: only this pump; NULL = the best ranked */
	const char *group;              /* --group "A,B,C"; NULL = no staged group */
	int n_duty, n_standby;          /* --duty (1..16), --standby */
	double speed_min;               /* --speed-min */
	double motor_margin;            /* --motor-margin */
	double drive_eff;               /* --drive-eff */

	double flow_m3h;                /* --flow; NaN: from --load/--dt, else the profile */
	double load_kw;                 /* --load; NaN: for EHR-h, Q = G dT/0.86 */
	double dt_k;                    /* --dt: flow from a load, and EHR-h */
	double flow_margin;             /* --flow-margin */
	double head_m;                  /* --head; NaN with pipes */
	double static_m;                /* --static */
	const hk_pipe_seg *pipes;       /* --pipes, read; NULL = none */
	size_t npipes;
	const char *pipes_name;
	double rough_mm, nu_m2s;        /* --roughness, --nu (used with pipes) */

	hk_rank_mode rank;              /* --rank */
	int variable;                   /* --control: 1 variable, 0 fixed */
	double life_years, discount;    /* --life, --discount */
	double hours;                   /* --hours */
	double price_kwh;               /* --price-kwh */
	const hk_tariff *tariff;        /* --tariff, loaded; NULL = none */
	const char *tariff_name;

	const hk_ps_step *steps;        /* the profile; NULL = none */
	size_t nsteps;
	const char *profile_name;
	int profile_has_price;          /* it has a price_yuan_kwh column */

	hk_ehr_edition edition;         /* --edition */
	double main_len_m;              /* --main-length; NaN: EHR-h without its limit */
	double eff;                     /* --eff, a fraction; NaN: the curve's at the duty */

	const char *src[HK_PS_NSRC];    /* HK_PS_SRC_*: where each default comes from */
} hk_ps_request;

/* One catalog pump as a candidate (n_duty of it in parallel). */
typedef struct {
	const hk_pump_model *model;     /* in the request's catalog */
	hk_pump_curve curve;            /* fitted (request's fit) */
	int power_unknown;              /* power basis unknown: taken as shaft power */
	hk_pumpsel_cand at;             /* at the duty (hk_pumpsel_eval) */
	hk_pumpsel_score score;         /* meets: at.meets, and only --model with it;
					   annual: kWh over the profile, kWh from
					   --hours, else input kW at the duty */
} hk_ps_cand;

/*
 * hk_pumpsel_rank - order candidates c[0..n) on their scores.
 *  LCC:    price_yuan + annual_yuan * PWF(years, discount)
 *          (HI & Europump, Pump Life Cycle Costs, 2001);
 *  ENERGY: annual ascending;
 *  EFF:    eff descending.
 * c[i].score.key gets the ranked quantity; order[0..n) the indices, best
 * first.  Values that are NaN rank last (in input order); so do candidates
 * with score.meets == 0.  Fails HK_EINVAL for bad arguments.
 */
hk_status hk_pumpsel_rank(hk_rank_mode mode, int n, hk_ps_cand *c, double years,
			  double discount, int *order, hk_err *err);

enum { HK_PS_FIXED, HK_PS_VARIABLE, HK_PS_STAGED, HK_PS_NMODES };
/* EHR-h: not computed (no efficiency; FAILED: bad values, ehr_why),
 * computed without its limit (no --main-length), computed and checked
 * against the limit */
enum { HK_PS_EHR_NO_EFF = 1, HK_PS_EHR_FAILED, HK_PS_EHR_NO_LIMIT, HK_PS_EHR_CHECKED };

typedef struct {
	hk_pumpsel_duty duty;           /* the design point, the system curve */
	char flow_src[200];             /* where the design flow comes from */
	double rough_mm, nu_m2s;        /* with pipes, as used */
	double price_kwh;               /* as used without a profile (--tariff: 24 h mean) */
	int have_energy, have_yuan;     /* annual energy / its cost are known */

	hk_ps_cand *cand;               /* every catalog pump, catalog order */
	int n, n_meet, prices_missing;
	int n_flagged;                  /* pumps meeting the duty but skipped: catalog
					   flag power_contradicts (not --model) */
	char flagged[600];              /* their names, joined by ", " */
	int model_flagged;              /* --model names a power_contradicts pump */
	char group_flagged[300];        /* --group pumps flagged so, by name ("" none) */
	int *order;                     /* candidate indices, best first */
	int chosen;                     /* order[0] */
	hk_rank_mode rank;              /* as ranked: LCC falls back to energy */
	char rank_by[200];

	int has_group;                  /* --group */
	hk_pump_group group;
	hk_status group_design_st;      /* the group at the design flow */
	hk_pump_group_op group_design;
	char group_design_why[1024];

	hk_pump_step *steps;            /* the profile's steps: flow, hours, days, price */
	size_t nsteps;
	hk_pump_step_out *out[HK_PS_NMODES]; /* the chosen pumps per step: fixed, variable, staged */
	int en_ok[HK_PS_NMODES];        /* the annual energy is computed */
	hk_pump_energy en[HK_PS_NMODES];

	int ehr_state;                  /* HK_PS_EHR_* */
	double ehr_eta;                 /* the efficiency taken */
	double ehr_load_kw;             /* Q: --load, else G dT / 0.86 */
	char ehr_load_src[200];         /* which, in words */
	char ehr_why[300];              /* HK_PS_EHR_FAILED: why */
	hk_ehr_result ehr;              /* ehr always; the limit with --main-length */
} hk_ps_result;

/*
 * hk_pumpselect_run - choose the pumps.
 *
 * Fits every catalog curve; takes the profile's flows (0.86 Q/dT from a
 * heat load) and prices (the step's, else the tariff's time-weighted mean,
 * else price_kwh); the design flow (given, 0.86 Q/dT x margin, or the
 * profile's largest x margin) and head (given, or static + the pipe run's
 * loss, Darcy-Weisbach); the system curve through it; evaluates each pump
 * (hk_pumpsel_eval) and its annual energy (over the profile, or power x
 * hours); ranks (LCC when every price and an electricity price and energy
 * are known, else energy; or efficiency); runs the chosen pumps over the
 * profile fixed, variable and staged (--group); computes EHR-h at the
 * design point (Q from --load, else Q = G dT/0.86) and, with the main
 * length, checks it against its limit.  A pump whose catalog flags say
 * power_contradicts is skipped (counted in n_flagged) unless --model names
 * it.
 * Fails, with r freed: HK_EINVAL / HK_ENOSOL for a duty no pump meets (the
 * nearest three named), an unknown or failing --model or --group, a bad
 * duty or pipe run, a profile step the pumps cannot deliver; a curve that
 * cannot be fitted (located in cat_file).
 */
hk_status hk_pumpselect_run(const hk_ps_request *q, hk_ps_result *r, hk_err *err);
void hk_ps_result_free(hk_ps_result *r);

/* The chosen candidate. */
static inline const hk_ps_cand *hk_ps_chosen(const hk_ps_result *r)
{
	return &r->cand[r->chosen];
}

#endif
