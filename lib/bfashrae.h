/*
 * bfashrae.h - the ASHRAE sizing equation of a borefield (Kavanaugh &
 * Rafferty 1997; ASHRAE Handbook - HVAC Applications, chapter "Geothermal
 * Energy"), in the form Bernier (2006) recast it and Philippe, Bernier &
 * Marchio (2010, ASHRAE Journal 52(7): 20-28) completed with fitted
 * effective ground resistances and the temperature penalty Tp:
 *
 *   L = (qh Rb + qy R10y + qm R1m + qh R6h) / (Tm - (Tg + Tp))
 *
 * three pulses (10 years, 1 month, 6 hours) of ground load (W, injection
 * > 0, extraction < 0), L the total length (m).  Tp, the borehole-to-
 * borehole interference after 10 years, depends on L: iterated to
 * |dL| < 1e-3 m as the paper's spreadsheet does.
 *
 * Known limits of the method (Ahmadfard & Bernier 2019; the reference
 * notes §3.8): last year only (a first-year limit is missed), one fixed
 * 6-h peak, Tp fitted on rectangles of 4-144 boreholes over 10 years,
 * infinite-cylinder resistances, Rb instead of Rb* unless the user gives
 * Rb*.  hk_ashrae_range says when the inputs leave the fits' ranges.
 * Nothing here prints or exits.
 */
#ifndef HK_BFASHRAE_H
#define HK_BFASHRAE_H

#include <stddef.h>

#include "bfdesign.h"
#include "groundload.h"
#include "status.h"

#define HK_ASHRAE_YEARS 10      /* the long pulse and Tp's horizon */
#define HK_ASHRAE_PEAK_HOURS 6  /* the short pulse */
#define HK_ASHRAE_DAYS_10Y 3652.5

/* The three pulses of Philippe et al. (2010). */
typedef enum { HK_ASH_6H, HK_ASH_1M, HK_ASH_10Y } hk_ash_pulse;

/*
 * Effective ground resistance of a pulse (mK/W), Philippe et al. (2010)
 * fit to the cylindrical heat source: (1/k) [a0 + a1 rb + a2 rb^2 + a3 α
 * + a4 α^2 + a5 ln α + a6 (ln α)^2 + a7 rb α + a8 rb ln α + a9 α ln α],
 * k in W/mK, α in m2/day, rb in m (fitted for α 0.025-0.2 m2/day, rb
 * 0.05-0.1 m).
 */
double hk_ashrae_rground(hk_ash_pulse p, double k, double alpha_m2_day, double rb);

/*
 * The Tp correlation's polynomial P(x, y, NB, A) of Philippe et al.
 * (2010): x = B/H, y = ln(t_10y/ts) (ts = H^2/(9α), t in days), NB
 * boreholes, A the field's aspect ratio; 37 terms (cubic and cross terms).
 */
double hk_ashrae_tp_poly(double x, double y, double nb, double A);

/*
 * Temperature penalty (K) of a rectangular field of nb boreholes at
 * spacing B (m), aspect ratio A, total length L (m), yearly load qy (W):
 * Tp = qy / (2 π k L) P(B/H, ln(t_10y/ts), NB, A), H = L/NB (Philippe et
 * al. 2010, eq. 2).  One borehole: 0.
 */
double hk_ashrae_tp(double qy, double k, double L, size_t nb, double B, double A,
		    double alpha_m2_day);

/* One season's sizing: its inputs. */
typedef struct hk_ashrae_in {
	double qh, qm, qy; /* pulses (W): 6-h peak, month, yearly mean; inj > 0 */
	double Rb;         /* borehole resistance (mK/W) */
	double k;          /* ground conductivity (W/mK) */
	double alpha_day;  /* diffusivity (m2/day) */
	double rb;         /* borehole radius (m) */
	double Tm, Tg;     /* mean fluid limit, undisturbed ground (C) */
	size_t nb;         /* boreholes (1: no Tp) */
	double B, A;       /* spacing (m), aspect ratio (>= 1) */
} hk_ashrae_in;

/* ... and its result. */
typedef struct hk_ashrae_len {
	double L;          /* total length (m); 0: the season needs none */
	double L0;         /* without Tp (m) */
	double Tp;         /* temperature penalty at L (K) */
	double R6h, R1m, R10y; /* effective ground resistances (mK/W) */
	int iterations;    /* Tp evaluations */
} hk_ashrae_len;

/*
 * The length of one season: L0 without Tp, then L = f(Tp(L)) iterated
 * to |dL| < 1e-3 m (a fixed point, as the paper's spreadsheet); when that
 * does not settle in 200 steps, the smallest root of L - f(Tp(L)) found
 * by bisection.  A season whose pulses pull the fluid away from its limit
 * (L0 <= 0) needs no length: L = 0.  Fails: HK_EINVAL on bad input
 * (k, alpha, rb, nb, B, A not > 0, Tm = Tg); HK_ENOSOL when Tp leaves
 * no length (the penalty closes the band between Tm and Tg).
 */
hk_status hk_ashrae_length(const hk_ashrae_in *in, hk_ashrae_len *out, hk_err *err);

/* The field's aspect ratio and spacing for Tp: the field must be a full
 * rectangle of nx x ny boreholes at one spacing B (x, y of the design). */
hk_status hk_ashrae_rect(const hk_bfdesign *d, double B, double By, double *A, hk_err *err);

/* A borefield sized by the method: both seasons, the longer governs. */
typedef struct hk_ashrae_result {
	hk_ashrae_in in[2];    /* [0] heating (extraction, Tm = Tf_min), */
	hk_ashrae_len len[2];  /* [1] cooling (injection, Tm = Tf_max) */
	int used[2];           /* the season has a peak */
	int governs;           /* 0 heating, 1 cooling */
	double H;              /* depth of every borehole (m) */
	int rb_rounds;         /* Rb* re-evaluated at the depth (--utube) */
	int peak_6h;           /* the peaks are 6-h means of hourly loads
				  (set by the caller) */
	char range[400];       /* "" or what leaves the fits' ranges */
} hk_ashrae_result;

/*
 * Size the design's field (a full rectangle at spacing B; uniform ground,
 * no gradient or flux) for the monthly loads ml (12 or 12 x years months)
 * with the largest peaks pk_ext, pk_inj (kW) by the method:
 *   qy = mean over the months of (inj - ext) / 730 h (W);
 *   heating: qh = -pk_ext, qm = the most negative month's (inj - ext)/730 h
 *     (0 when none is), Tm = d->Tf_min;
 *   cooling: qh = +pk_inj, qm = the most positive month's, Tm = d->Tf_max;
 * the longer length governs; H = L / n.  With a U-tube Rb* is evaluated
 * at the depth found and the sizing repeated until H settles (1e-3 m).
 * Fails as hk_ashrae_length, or HK_EINVAL for a field that is not a
 * rectangle (Tp is fitted on rectangles only).
 */
hk_status hk_ashrae_size(const hk_bfdesign *d, const hk_mload *ml, double pk_ext, double pk_inj,
			 double B, double By, hk_ashrae_result *r, hk_err *err);

/* The largest mean over 6 consecutive hours (kW) of hourly extraction
 * (inj 0) or injection (inj 1), a year's hours wrapping round: the
 * method's 6-hour pulse from hourly loads (Philippe et al. 2010: qh is
 * the peak of 6 h, not of one hour). */
double hk_ashrae_peak_6h(const hk_hload *hl, int inj);

/* What of r's inputs leaves the ranges the fits were made on (Philippe et
 * al. 2010: B/H 0.05-0.1, ln(t/ts) -2..3, NB 4-144, A 1-9; α 0.025-0.2
 * m2/day, rb 0.05-0.1 m), in words into buf ("" when all hold); returns
 * whether something does. */
int hk_ashrae_range(const hk_ashrae_in *in, const hk_ashrae_len *len, char *buf, size_t cap);

#endif
