/*
 * pipes.h - pressure loss of water in pipes, for a system curve built from
 * the pipe run instead of one known duty point.
 *
 * Darcy-Weisbach h_f = f·(L/D)·v²/(2g) with the Swamee-Jain explicit
 * friction factor (turbulent) or 64/Re (laminar), local losses ζ·v²/(2g),
 * and equipment pressure drops at the design flow.  Units: m, m³/h, m/s,
 * m²/s, kPa; heads in m of water.  Pure; no I/O.
 */
#ifndef HK_PIPES_H
#define HK_PIPES_H

#include <stddef.h>

#include "status.h"

#define HK_G 9.80665                 /* standard gravity, m/s² */
#define HK_NU_WATER_40C 0.658e-6     /* kinematic viscosity of water at 40 ℃, m²/s
					(IAPWS; engineering tables give 0.658e-6) */

/* Darcy friction factor.  Re < 2300: 64/Re (Hagen-Poiseuille); above:
 * Swamee & Jain (1976), f = 0.25/[log10(ε/(3.7D) + 5.74/Re^0.9)]²,
 * within about 3 % of Colebrook for 1e-6 <= ε/D <= 1e-2 and
 * 5e3 <= Re <= 1e8, about 1 % in the usual hydronic range (tested); the
 * transition 2300-4000 is taken as turbulent. */
double hk_friction_sj(double re, double rel_rough);

/* Colebrook-White, solved by fixed-point iteration on 1/sqrt(f) (for
 * tests and as a reference): 1/√f = −2 log10(ε/(3.7D) + 2.51/(Re·√f)). */
double hk_friction_colebrook(double re, double rel_rough);

/* One segment of a pipe run. */
typedef struct hk_pipe_seg {
	double length_m;   /* pipe length (supply + return counted separately) */
	double diam_m;     /* inner diameter */
	double share;      /* fraction of the design flow through it (0..1] */
	double zeta;       /* Σ local loss coefficients (fittings, valves) */
	double dp_kpa;     /* equipment pressure drop at the design flow */
} hk_pipe_seg;

/* Head loss of the run at total flow g_m3h, m: Σ segments (friction +
 * local at the segment's velocity) + equipment drops (taken as ∝ G²
 * from their design value).  rough_m: absolute roughness ε; nu: kinematic
 * viscosity.  Fails HK_EINVAL for a non-positive length, diameter or
 * share, or negative losses, naming the segment (1-based). */
hk_status hk_pipe_run_head(const hk_pipe_seg *s, size_t n, double g_m3h, double g_design_m3h,
			   double rough_m, double nu, double *head_m, hk_err *err);

#endif
