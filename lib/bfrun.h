/*
 * bfrun.h - one borefield run, from the request (what is given and what
 * is asked) to the result (the size, the temperatures month by month, the
 * balance, the auxiliaries); the result in words and tables is
 * bfreport.h.  The `heatkit borefield` command is the options, the
 * reading (bfinput.h), hk_borefield_run and the writing (bfreport.h).
 *
 * A run:
 *   1. the limits on the mean fluid temperature for the given field (or
 *      one borehole when the field is sized), which must hold the
 *      undisturbed ground temperature (bflimits.h);
 *   2. the size: the depth of the given field (bfsize.h, or the ASHRAE
 *      equation: bfashrae.h), or the given
 *      depth, or the smallest rectangle for the depth (COUNT) or the
 *      layout with the fewest metres on the land (LAND, bfland.h); with a
 *      flow (the limits depend on the number of boreholes) a search is
 *      repeated with the limits of the field it found until the count
 *      settles (at most 6 rounds);
 *   3. the temperatures month by month at the size (bftemp.h
 *      hk_temps_monthly), and at a fixed depth that breaks a limit the
 *      auxiliary cooler and heater (bfhybrid.h);
 *   4. the thermal balance and drift (L3), and the binding limit in words.
 *
 * Messages name the command's options where one would help.  Nothing here
 * prints or exits.
 */
#ifndef HK_BFRUN_H
#define HK_BFRUN_H

#include <stddef.h>

#include "bfashrae.h"
#include "bfdesign.h"
#include "bfhybrid.h"
#include "bfinput.h"
#include "bfland.h"
#include "bflimits.h"
#include "bfsize.h"
#include "bftemp.h"
#include "gfunction.h"
#include "status.h"

#define HK_BF_MAX_N 5000 /* boreholes a field may have */

/* What a run sizes. */
typedef enum {
	HK_BF_DEPTH, /* the depth of the given field */
	HK_BF_FIXED, /* the given field at the given depth (auxiliaries) */
	HK_BF_COUNT, /* the smallest rectangle at the given depth */
	HK_BF_LAND   /* the layout with the fewest metres on the land */
} hk_bf_mode;

/* Where the undisturbed ground temperature comes from. */
typedef enum { HK_BF_TG_GIVEN, HK_BF_TG_GRADIENT, HK_BF_TG_FLUX } hk_bf_tg_src;

/* The options with a default whose source the summary prints
 * (hk_bf_request.src): "--NAME" when given, else "default V: source" from
 * the option table (borefield --help). */
enum {
	HK_BF_SRC_RHO_C, HK_BF_SRC_RB, HK_BF_SRC_BURIED, HK_BF_SRC_YEARS, HK_BF_SRC_PEAK_HOURS,
	HK_BF_SRC_LOOP_DT, HK_BF_SRC_T_IN_MIN, HK_BF_SRC_T_OUT_MAX,
	/* the U-tube's pipes and grout, then the fluid */
	HK_BF_SRC_R_IN, HK_BF_SRC_R_OUT, HK_BF_SRC_SHANK, HK_BF_SRC_K_GROUT, HK_BF_SRC_K_PIPE,
	HK_BF_SRC_FLUID_K, HK_BF_SRC_FLUID_RHO, HK_BF_SRC_FLUID_CP, HK_BF_SRC_FLUID_MU, HK_BF_NSRC
};

typedef struct hk_bf_request {
	hk_bf_mode mode;
	hk_method method;       /* ashrae: L3, the method of its table */
	int ashrae;             /* DEPTH sized by the ASHRAE equation
				   (bfashrae.h), its table by L3 */
	hk_bfdesign d;          /* the design; its field (x, y, n) for DEPTH
				   and FIXED; Tf_min, Tf_max are the run's */
	hk_bf_limits limits;    /* what the Tf limits come from */
	double depth;           /* FIXED, COUNT: m */
	double spacing;         /* the layout's (COUNT, LAND) or --field's (m) */
	double spacing_y;       /* along y (--field) */
	double land_w, land_l;  /* LAND: the plot (m) */
	double max_aspect;      /* COUNT: longest side / shortest */
	size_t max_n;           /* COUNT: most boreholes tried */
	const hk_bf_loads *loads; /* the loads: ml, hl (nh 0 = none), peaks */
	const char *field_txt;  /* the given field in words (DEPTH, FIXED) */
	/* how the inputs were given, for the summary's sources */
	int method_given;       /* --method */
	const char *coords;     /* --coords FILE, or NULL */
	const char *loads_path; /* the loads file (NULL: a profile alone) */
	double rho_c_mj;        /* ground heat capacity as given (MJ/m3K) */
	hk_bf_tg_src tg_src;
	int geo_given;          /* --gradient or --flux given: the band is
				   not checked against the surface */
	const char *utube;      /* "single" / "double", NULL: Rb* given */
	const char *src[HK_BF_NSRC]; /* HK_BF_SRC_*: where each default comes from */
	double imb_max;         /* warn above this annual imbalance ratio */
	double w_per_m;         /* rule-of-thumb W/m, NAN = none */
	double w_per_m_inj;     /* the same for injection, NAN = w_per_m */
} hk_bf_request;

typedef struct hk_bf_result {
	hk_bfdesign d;          /* the design as run: the field, the limits */
	double *x, *y;          /* COUNT, LAND: the field found (owned) */
	int n1, n2;             /* COUNT, LAND: its layout */
	hk_layout_kind kind;
	char layout[300];       /* the field in words */
	double H;               /* the depth (m): sized or given */
	hk_bf_limres lim;       /* the Tf limits and their derivation */
	hk_sizing sz;           /* the sizing (FIXED: the extremes at H) */
	hk_ashrae_result ash;   /* an ASHRAE sizing's seasons */
	hk_temps T;             /* the extremes month by month at H */
	size_t nrow;            /* 12 x years months: */
	double *tb, *tf;        /* wall, mean fluid (one owned block) */
	double *tf_ext, *tf_inj; /* fluid at the peaks (L4: month min, max) */
	int within;             /* FIXED: the field keeps the limits */
	hk_hybrid hy;           /* FIXED and not within: the auxiliaries */
	hk_balance bal;
	size_t g_computed;      /* accurate g-tables computed (0: L2's own) */
	hk_gstats g_last;       /* the last accurate one's statistics */
	char limit_txt[600];    /* the binding limit in words */
} hk_bf_result;

/* Run the request (see above).  On failure r holds nothing (freed) and
 * err says why, without a location. */
hk_status hk_borefield_run(const hk_bf_request *q, hk_bf_result *r, hk_err *err);
void hk_bf_result_free(hk_bf_result *r);

#endif
