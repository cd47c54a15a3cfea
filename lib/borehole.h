/*
 * borehole.h - thermal resistance of a borehole heat exchanger: the
 * multipole method for the grout (Claesson & Hellstrom 2011), pipe wall
 * conduction and the fluid film (Gnielinski), and the effective borehole
 * resistance Rb* of single and double U-tubes from the analytic depth
 * solution of the fluid temperatures under a uniform wall temperature
 * (Hellstrom 1991; pygfunction borehole_thermal_resistance).
 *
 * Units: SI (m, W/mK, kg/s, J/kgK, Pa s).  Resistances in mK/W per metre
 * of borehole.  Nothing here prints, exits or keeps global state.
 */
#ifndef HK_BOREHOLE_H
#define HK_BOREHOLE_H

#include "status.h"

#define HK_BH_MAX_PIPES 8

/*
 * Multipole method (Claesson & Hellstrom 2011, eqs. 28-38): the matrix
 * R (np x np, row-major) with Tf_i - Tb = sum_j R_ij q_j, q_j the heat
 * flow (W/m) out of pipe j.  Pipes at (px[i], py[i]) from the borehole
 * centre, outer radius r_out, fluid-to-outer-wall resistance Rfp (mK/W);
 * borehole radius rb, grout k_g and ground k_s conductivities; J
 * multipoles per pipe (0 = Hellstrom's line-source formula; 2 or 3 are
 * usual).  Fails (HK_EINVAL) for pipes outside the borehole, overlapping
 * pipes, np outside 1..HK_BH_MAX_PIPES, J outside 0..10, or
 * non-positive conductivities.
 */
hk_status hk_multipole(int np, const double *px, const double *py,
		       double r_out, double rb, double k_s, double k_g,
		       double Rfp, int J, double *R, hk_err *err);

/* Fluid properties. */
typedef struct hk_fluid {
	double k;    /* conductivity, W/mK */
	double rho;  /* density, kg/m3 */
	double cp;   /* specific heat, J/kgK */
	double mu;   /* dynamic viscosity, Pa s */
} hk_fluid;

/*
 * Darcy friction factor in a circular pipe of inner radius r_in at mass
 * flow m (kg/s): 64/Re below Re 2300, else Colebrook-White with
 * roughness eps (m) (pygfunction fluid_friction_factor_circular_pipe).
 */
double hk_friction_factor(double m, double r_in, const hk_fluid *fl,
			  double eps);

/*
 * Convective coefficient h (W/m2K) in a circular pipe: Nu = 3.66 below
 * Re 2300, Gnielinski (1976) above 4000, linear in Re between
 * (pygfunction convective_heat_transfer_coefficient_circular_pipe).
 * *Re_out (may be NULL) receives the Reynolds number.
 */
double hk_film_coefficient(double m, double r_in, const hk_fluid *fl,
			   double eps, double *Re_out);

/* Pipe wall conduction resistance ln(r_out/r_in)/(2 pi k_p), mK/W. */
double hk_pipe_resistance(double r_in, double r_out, double k_p);

/* A U-tube borehole. */
typedef struct hk_utube {
	int n_u;        /* 1 = single U, 2 = double U (parallel) */
	double rb;      /* borehole radius (m) */
	double r_in;    /* pipe inner radius (m) */
	double r_out;   /* pipe outer radius (m) */
	double D_s;     /* distance pipe centre - borehole centre (m) */
	double k_g;     /* grout conductivity (W/mK) */
	double k_p;     /* pipe conductivity (W/mK) */
	double eps;     /* pipe roughness (m); 0 = 1e-6 */
	int J;          /* multipole order; 0 = 2 (pygfunction default) */
} hk_utube;

/* Results of hk_utube_rb. */
typedef struct hk_rb_result {
	double Rb_star;   /* effective borehole resistance Rb* (mK/W) */
	double Rb;        /* local borehole resistance (mK/W) */
	double Ra;        /* internal resistance between legs (mK/W) */
	double Rp;        /* pipe wall resistance (mK/W) */
	double Rf;        /* film resistance (mK/W) */
	double Re;        /* Reynolds number per pipe */
	double h_film;    /* W/m2K */
} hk_rb_result;

/*
 * Effective borehole resistance Rb* (mK/W) of a U-tube borehole of length
 * H (m) in ground of conductivity k_s, with mass flow m_flow (kg/s) per
 * borehole, split equally among the U-tubes.  Pipes are placed as in
 * GHEtool MultipleUTube: inlets at angles pi + 2 pi i/n_u, outlets half
 * way between (for a double U the inlets face each other).  The fluid
 * temperatures along the depth are solved exactly (matrix exponential)
 * for a uniform wall temperature, and Rb* = H (Tf_mean - Tb)/Q
 * (pygfunction borehole_thermal_resistance; for one U this is
 * Hellstrom's Rb eta coth eta).  Fails (HK_EINVAL) on non-physical input.
 */
hk_status hk_utube_rb(const hk_utube *u, const hk_fluid *fl, double m_flow,
		      double k_s, double H, hk_rb_result *res, hk_err *err);

#endif
