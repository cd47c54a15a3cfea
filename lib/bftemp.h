/*
 * bftemp.h - temperatures of a borefield over the years at a given
 * depth: the borehole wall by temporal superposition of the g-function,
 * the mean fluid through Rb*; monthly (L3, with peak pulses) or hourly
 * (L4, by FFT convolution); and the thermal balance (drift) of the field.
 * Nothing here prints or exits; arrays are caller-owned unless stated.
 */
#ifndef HK_BFTEMP_H
#define HK_BFTEMP_H

#include <stddef.h>

#include "bfdesign.h"
#include "gcache.h"
#include "groundload.h"
#include "status.h"

/* The methods: L2 three pulses, L3 monthly, L4 hourly (borefield.h). */
typedef enum { HK_L2 = 2, HK_L3 = 3, HK_L4 = 4 } hk_method;

/* Results of a temperature simulation; arrays may be NULL. */
typedef struct hk_temps {
	double *Tb;      /* borehole wall (C), one per month / hour */
	double *Tf;      /* mean fluid at the average load */
	double *Tf_inj;  /* mean fluid at peak injection (monthly only) */
	double *Tf_ext;  /* mean fluid at peak extraction (monthly only) */
	double Tf_max;   /* extremes over the whole run (C) */
	double Tf_min;
	size_t i_max;    /* index (month or hour) of the extremes */
	size_t i_min;
	double Rb;       /* Rb* used (mK/W) */
	double Tg;       /* undisturbed temperature used (C) */
} hk_temps;

/* The field and its loads, hourly when hl, else monthly (ml), as
 * hk_bfdesign_check, hk_hload_check and hk_mload_check want them. */
hk_status hk_bf_check(const hk_bfdesign *d, const hk_mload *ml, const hk_hload *hl, hk_err *err);

/*
 * L3 monthly temperatures at depth H over 12 x years months (GHEtool
 * _calculate_temperature_profile):
 *   Tb_m = Tg + sum_j Qbar_j [g(t_{m-j+1}) - g(t_{m-j})]/(2 pi k N H)
 *   Tf_m = Tb_m + Qbar_m Rb* /(N H)
 *   Tf_inj,m = Tb_m + [P_inj (g(tp)/2pik + Rb*) - Qbar_m g(tp)/2pik]/(N H)
 *   Tf_ext,m = Tb_m + [-P_ext (g(tp)/2pik + Rb*) - Qbar_m g(tp)/2pik]/(N H)
 * Qbar = net injection power of the month (W).  Arrays need 12 x years
 * entries.  Fails on bad input (hk_mload_check, hk_bfdesign_check).
 */
hk_status hk_temps_l3(const hk_bfdesign *d, const hk_mload *ml, double H,
		      hk_gcache *gc, hk_temps *out, hk_err *err);

/*
 * L4 hourly temperatures at depth H over 8760 x years hours:
 * Tb_h = Tg + (Q * dg)_h/(2 pi k N H), Tf_h = Tb_h + Q_h Rb* /(N H), with
 * the convolution done by FFT (O(n log n)).  Arrays need 8760 x years
 * entries (Tf_inj / Tf_ext unused).  Allocates scratch (about 70 bytes
 * per simulated hour: 12.6 MB for 20 years).
 */
hk_status hk_temps_l4(const hk_bfdesign *d, const hk_hload *hl, double H,
		      hk_gcache *gc, hk_temps *out, hk_err *err);


typedef struct hk_balance {
	double ext_kwh_y;     /* mean yearly extraction (kWh) */
	double inj_kwh_y;     /* mean yearly injection (kWh) */
	double imbalance;     /* (inj - ext)/max(inj, ext), -1..1; GB 50366
				 4.3.2 asks for balance */
	double drift_K;       /* mean Tb of the last year minus mean Tb of
				 the first year (K), from L3 at depth H */
} hk_balance;

/* Yearly energies, imbalance ratio and ground drift at depth H (L3). */
hk_status hk_thermal_balance(const hk_bfdesign *d, const hk_mload *ml,
			     double H, hk_gcache *gc, hk_balance *b,
			     hk_err *err);

/*
 * Month by month at depth H over 12 x years months, into tb (borehole
 * wall), tf (mean fluid at the average load), tf_ext and tf_inj (each
 * 12 x years entries): by L3 the months themselves, tf_ext and tf_inj the
 * fluid at the peaks (hk_temps_l3); by L4 (method HK_L4, hl) the hours
 * averaged over each 730-h month (the last of a year takes 730 h as well:
 * hk_hload_to_monthly's months), tf_ext and tf_inj the month's lowest and
 * highest hourly Tf.  T gets the extremes over the whole run (T's arrays
 * are not used).  L4 allocates 16 bytes per simulated hour.
 */
hk_status hk_temps_monthly(const hk_bfdesign *d, const hk_mload *ml,
			   const hk_hload *hl, hk_method method, double H,
			   hk_gcache *gc, double *tb, double *tf, double *tf_ext,
			   double *tf_inj, hk_temps *T, hk_err *err);

/* ---------------------------------------------------------------- */
/* Building blocks shared with the sizing (bfsize*.c)                */
/* ---------------------------------------------------------------- */

/* A monthly load over the whole simulation, in W (hk_mseries_make). */
typedef struct hk_mseries {
	size_t nm;
	double *q;    /* net injection (W) */
	double *pinj; /* injection peak (W, hk_mload_peak_kw) */
	double *pext; /* extraction peak (W) */
} hk_mseries;

/* The series of ml over 12 x years months (a 12-month load repeats);
 * allocates (hk_mseries_free). */
hk_status hk_mseries_make(const hk_mload *ml, int years, hk_mseries *s,
			  hk_err *err);
void hk_mseries_free(hk_mseries *s);

/* hk_temps_l3 on a prepared series, without the input checks. */
hk_status hk_temps_l3_series(const hk_bfdesign *d, const hk_mseries *s,
			     double H, hk_gcache *gc, hk_temps *o, hk_err *err);

/*
 * Step increments of a g-function (or of the weighted sum of nt tables;
 * w NULL = one table, weight 1) on a uniform time grid: dg[i] = G((i + 1)
 * step) - G(i step), G(0) = 0: the response factors of temporal
 * superposition (Eskilson 1987; GHEtool).
 */
static inline void hk_gtable_steps(const hk_gtable *const *T, const double *w, int nt,
				   double step_s, size_t n, double *dg)
{
	double prev = 0; /* inline: callers with one table get a loop of their own */
	for (size_t i = 0; i < n; i++) {
		double v = 0, t = (double)(i + 1) * step_s;
		for (int j = 0; j < nt; j++)
			v += (w ? w[j] : 1.0) * hk_gtable_eval(T[j], t);
		dg[i] = v - prev;
		prev = v;
	}
}

/* Start o for a run at depth H with resistance Rb: no extremes yet, Rb
 * and the undisturbed temperature at H recorded; returns that
 * temperature (hk_ground_temperature). */
double hk_temps_begin(hk_temps *o, const hk_bfdesign *d, double H, double Rb);

/* The highest fluid temperature (hi, at peak injection) and the lowest (lo,
 * at peak extraction) so far, and the step where each occurs. */
static inline void hk_temps_track(hk_temps *o, size_t i, double hi, double lo)
{
	if (hi > o->Tf_max) {
		o->Tf_max = hi;
		o->i_max = i;
	}
	if (lo < o->Tf_min) {
		o->Tf_min = lo;
		o->i_min = i;
	}
}

#endif
