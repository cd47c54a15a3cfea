/* borehole.c - borehole thermal resistances (see borehole.h). */
#include "borehole.h"

#include <complex.h>
#include <math.h>
#include <string.h>

#include "pipes.h"
#include "hkmath.h"

#define MAXJ 10
#define NP HK_BH_MAX_PIPES

static double binom(int n, int k)
{
	if (k < 0 || k > n)
		return 0.0;
	double r = 1.0;
	for (int i = 1; i <= k; i++)
		r = r * (n - k + i) / i;
	return r;
}

static double complex cpowi(double complex z, int n)
{
	double complex r = 1.0;
	for (int i = 0; i < n; i++)
		r *= z;
	return r;
}

/* Claesson & Hellstrom 2011: fluid temperatures for pipe loads q (W/m),
 * Tb = 0, J multipoles; result in tf. */
static void multipole_solve(int np, const double complex *z, double rp,
			    double rb, double sigma, double beta, int J,
			    const double *q, double *tf)
{
	double pikg_unit = 1.0; /* loads are pre-scaled by 1/(2 pi kg) */
	double complex P[NP][MAXJ], F[NP][MAXJ];
	double coeff[MAXJ];
	double rb2 = rb * rb;
	memset(P, 0, sizeof P);
	for (int k = 0; k < J; k++) /* eq. 38 */
		coeff[k] = -(1.0 - (k + 1) * beta) / (1.0 + (k + 1) * beta);
	for (int it = 0; it < 500 && J > 0; it++) {
		double change = 0.0, mag = 0.0;
		for (int m = 0; m < np; m++)
			for (int k = 0; k < J; k++) {
				/* eq. 34: F_mk */
				double complex f = 0;
				for (int n = 0; n < np; n++) {
					if (m != n)
						f += q[n] * pikg_unit / (k + 1) *
						     cpowi(rp / (z[n] - z[m]), k + 1);
					f += sigma * q[n] * pikg_unit / (k + 1) *
					     cpowi(rp * conj(z[n]) /
							   (rb2 - z[m] * conj(z[n])),
						   k + 1);
					for (int j = 0; j < J; j++) {
						if (m != n)
							f += P[n][j] * binom(j + k + 1, j) *
							     pow(rp, j + 1) *
							     pow(-rp, k + 1) /
							     cpowi(z[m] - z[n], j + k + 2);
						int jend = (k < j ? k : j) + 2;
						for (int jp = 0; jp < jend; jp++)
							f += sigma * conj(P[n][j]) *
							     binom(j + 1, jp) *
							     binom(j + k - jp + 1, j) *
							     pow(rp, j + 1) * pow(rp, k + 1) *
							     cpowi(z[m], j + 1 - jp) *
							     cpowi(conj(z[n]), k + 1 - jp) /
							     cpowi(rb2 - z[m] * conj(z[n]),
								   k + j + 2 - jp);
					}
				}
				F[m][k] = f;
			}
		for (int m = 0; m < np; m++)
			for (int k = 0; k < J; k++) {
				double complex pn = coeff[k] * conj(F[m][k]);
				change = fmax(change, cabs(pn - P[m][k]));
				mag = fmax(mag, cabs(pn));
				P[m][k] = pn;
			}
		if (change <= 1e-13 * (mag + 1e-300))
			break;
	}
	/* eq. 32: fluid temperatures */
	for (int m = 0; m < np; m++) {
		double t = 0.0;
		for (int n = 0; n < np; n++) {
			double r0;
			if (n == m)
				r0 = log(rb / rp) + beta +
				     sigma * log(rb2 / (rb2 - cabs(z[m]) * cabs(z[m])));
			else
				r0 = log(rb / cabs(z[m] - z[n])) +
				     sigma * log(rb2 / cabs(rb2 - z[n] * conj(z[m])));
			t += r0 * q[n];
		}
		double complex d = 0;
		for (int n = 0; n < np; n++)
			for (int j = 0; j < J; j++) {
				if (n != m)
					d += P[n][j] * cpowi(rp / (z[m] - z[n]), j + 1);
				d += sigma * P[n][j] *
				     cpowi(rp * conj(z[m]) / (rb2 - z[n] * conj(z[m])),
					   j + 1);
			}
		tf[m] = t + creal(d);
	}
}

hk_status hk_multipole(int np, const double *px, const double *py,
		       double r_out, double rb, double k_s, double k_g,
		       double Rfp, int J, double *R, hk_err *err)
{
	if (np < 1 || np > NP)
		return hk_fail(err, HK_EINVAL, "pipes %d: expected 1..%d", np, NP);
	if (J < 0 || J > MAXJ)
		return hk_fail(err, HK_EINVAL, "multipole order %d: expected 0..%d",
			       J, MAXJ);
	if (!(k_s > 0) || !(k_g > 0) || !(r_out > 0) || !(rb > 0) || !(Rfp >= 0))
		return hk_fail(err, HK_EINVAL,
			       "multipole: k_s %g, k_g %g, r_out %g, rb %g, Rfp %g: "
			       "expected positive values", k_s, k_g, r_out, rb, Rfp);
	double complex z[NP];
	for (int i = 0; i < np; i++) {
		z[i] = px[i] + py[i] * I;
		if (cabs(z[i]) + r_out > rb)
			return hk_fail(err, HK_EINVAL,
				       "pipe %d at %g m from the centre with radius "
				       "%g m: expected inside the borehole (radius %g m)",
				       i + 1, cabs(z[i]), r_out, rb);
		for (int j = 0; j < i; j++)
			if (cabs(z[i] - z[j]) < 2 * r_out)
				return hk_fail(err, HK_EINVAL,
					       "pipes %d and %d overlap", j + 1, i + 1);
	}
	double sigma = (k_g - k_s) / (k_g + k_s);
	double beta = 2 * M_PI * k_g * Rfp;
	double pikg = 1.0 / (2 * M_PI * k_g);
	for (int m = 0; m < np; m++) {
		double q[NP] = {0}, tf[NP];
		q[m] = 1.0;
		multipole_solve(np, z, r_out, rb, sigma, beta, J, q, tf);
		for (int i = 0; i < np; i++)
			R[i * np + m] = pikg * tf[i];
	}
	return HK_OK;
}

double hk_friction_factor(double m, double r_in, const hk_fluid *fl, double eps)
{
	double D = 2 * r_in;
	double Re = 4 * m / (M_PI * D * fl->mu);
	/* 64/Re laminar, else Colebrook-White (pipes.h) */
	return hk_friction_colebrook(Re, eps / D);
}

static double gnielinski(double Re, double Pr, double f)
{
	/* Gnielinski 1976 */
	return 0.125 * f * (Re - 1e3) * Pr /
	       (1.0 + 12.7 * sqrt(0.125 * f) * (pow(Pr, 2.0 / 3.0) - 1.0));
}

double hk_film_coefficient(double m, double r_in, const hk_fluid *fl,
			   double eps, double *Re_out)
{
	double D = 2 * r_in;
	double Re = 4 * m / (M_PI * D * fl->mu);
	double Pr = fl->cp * fl->mu / fl->k;
	double Nu;
	if (Re_out)
		*Re_out = Re;
	if (Re < 2300.0)
		Nu = 3.66; /* laminar, uniform wall temperature */
	else if (Re >= 4000.0)
		Nu = gnielinski(Re, Pr, hk_friction_factor(m, r_in, fl, eps));
	else { /* linear between laminar and turbulent (pygfunction) */
		double m4 = 4000.0 * M_PI * D * fl->mu / 4.0;
		double Nu4 = gnielinski(4000.0, Pr,
					hk_friction_factor(m4, r_in, fl, eps));
		Nu = 3.66 + (Re - 2300.0) / (4000.0 - 2300.0) * (Nu4 - 3.66);
	}
	return fl->k * Nu / D;
}

double hk_pipe_resistance(double r_in, double r_out, double k_p)
{
	return log(r_out / r_in) / (2 * M_PI * k_p); /* Fourier conduction */
}

/* small dense helpers (n <= 2*NP) */
static void matmul(int n, const double *a, const double *b, double *c)
{
	double t[4 * NP * NP];
	for (int i = 0; i < n; i++)
		for (int j = 0; j < n; j++) {
			double s = 0;
			for (int k = 0; k < n; k++)
				s += a[i * n + k] * b[k * n + j];
			t[i * n + j] = s;
		}
	memcpy(c, t, (size_t)n * n * sizeof *c);
}

static int solve_small(int n, double *a, double *b)
{
	for (int c = 0; c < n; c++) {
		int p = c;
		for (int r = c + 1; r < n; r++)
			if (fabs(a[r * n + c]) > fabs(a[p * n + c]))
				p = r;
		if (a[p * n + c] == 0.0)
			return -1;
		for (int k = 0; k < n; k++) {
			double t = a[c * n + k];
			a[c * n + k] = a[p * n + k];
			a[p * n + k] = t;
		}
		double t = b[c];
		b[c] = b[p];
		b[p] = t;
		for (int r = c + 1; r < n; r++) {
			double m = a[r * n + c] / a[c * n + c];
			for (int k = c; k < n; k++)
				a[r * n + k] -= m * a[c * n + k];
			b[r] -= m * b[c];
		}
	}
	for (int c = n - 1; c >= 0; c--) {
		double s = b[c];
		for (int k = c + 1; k < n; k++)
			s -= a[c * n + k] * b[k];
		b[c] = s / a[c * n + c];
	}
	return 0;
}

/* expm by scaling and squaring with a Taylor series (Moler & Van Loan) */
static void expm(int n, const double *a, double *e)
{
	double nrm = 0;
	for (int i = 0; i < n; i++) {
		double s = 0;
		for (int j = 0; j < n; j++)
			s += fabs(a[i * n + j]);
		nrm = fmax(nrm, s);
	}
	int sq = 0;
	while (nrm > 0.25) {
		nrm *= 0.5;
		sq++;
	}
	double sc = ldexp(1.0, -sq);
	double x[4 * NP * NP], term[4 * NP * NP];
	for (int i = 0; i < n * n; i++)
		x[i] = a[i] * sc;
	for (int i = 0; i < n * n; i++)
		e[i] = term[i] = (i % (n + 1) == 0) ? 1.0 : 0.0;
	for (int k = 1; k <= 18; k++) {
		matmul(n, term, x, term);
		for (int i = 0; i < n * n; i++) {
			term[i] /= k;
			e[i] += term[i];
		}
	}
	for (int s = 0; s < sq; s++)
		matmul(n, e, e, e);
}

hk_status hk_utube_rb(const hk_utube *u, const hk_fluid *fl, double m_flow,
		      double k_s, double H, hk_rb_result *res, hk_err *err)
{
	if (!u || !fl || !res)
		return hk_fail(err, HK_EINVAL, "Rb*: missing input");
	if (u->n_u < 1 || 2 * u->n_u > NP)
		return hk_fail(err, HK_EINVAL, "U-tubes %d: expected 1..%d",
			       u->n_u, NP / 2);
	if (!(u->r_in > 0) || !(u->r_out > u->r_in) || !(u->k_p > 0) ||
	    !(u->D_s > 0) || !(m_flow > 0) || !(H > 0) || !(fl->k > 0) ||
	    !(fl->rho > 0) || !(fl->cp > 0) || !(fl->mu > 0))
		return hk_fail(err, HK_EINVAL,
			       "Rb*: r_in %g, r_out %g, k_p %g, D_s %g, flow %g "
			       "kg/s, H %g m: expected positive values with "
			       "r_out > r_in", u->r_in, u->r_out, u->k_p, u->D_s,
			       m_flow, H);
	int n = u->n_u, np = 2 * n, J = u->J ? u->J : 2;
	double eps = u->eps > 0 ? u->eps : 1e-6;
	double mp = m_flow / n;
	memset(res, 0, sizeof *res);
	res->h_film = hk_film_coefficient(mp, u->r_in, fl, eps, &res->Re);
	res->Rf = 1.0 / (2 * M_PI * u->r_in * res->h_film);
	res->Rp = hk_pipe_resistance(u->r_in, u->r_out, u->k_p);
	double px[NP], py[NP], dt = M_PI / n;
	for (int i = 0; i < n; i++) { /* GHEtool MultipleUTube positions */
		px[i] = u->D_s * cos(2.0 * i * dt + M_PI);
		py[i] = u->D_s * sin(2.0 * i * dt + M_PI);
		px[i + n] = u->D_s * cos(2.0 * i * dt + M_PI + dt);
		py[i + n] = u->D_s * sin(2.0 * i * dt + M_PI + dt);
	}
	double R[NP * NP], K[NP * NP];
	hk_status st = hk_multipole(np, px, py, u->r_out, u->rb, k_s, u->k_g,
				    res->Rf + res->Rp, J, R, err);
	if (st)
		return st;
	/* conductances K = R^-1 (q = K (Tf - Tb)) */
	for (int c = 0; c < np; c++) {
		double a[NP * NP], b[NP];
		memcpy(a, R, sizeof(double) * np * np);
		for (int i = 0; i < np; i++)
			b[i] = (i == c);
		if (solve_small(np, a, b))
			return hk_fail(err, HK_ERANGE, "Rb*: singular resistances");
		for (int i = 0; i < np; i++)
			K[i * np + c] = b[i];
	}
	double ksum = 0;
	for (int i = 0; i < np * np; i++)
		ksum += K[i];
	res->Rb = 1.0 / ksum; /* all pipes at one temperature */
	/* Ra (Hellstrom 1991): down legs at +1/2, up legs at -1/2, Tb = 0 */
	{
		/* heat out of the down legs with Td = +1/2, Tu = -1/2 */
		double qd = 0;
		for (int i = 0; i < n; i++)
			for (int j = 0; j < np; j++)
				qd += K[i * np + j] * (j < n ? 0.5 : -0.5);
		res->Ra = 1.0 / qd;
	}
	/* dT/dz = -s_i/(m_i cp) (K T)_i, s = +1 down, -1 up (energy balance) */
	double A[4 * NP * NP], E[4 * NP * NP];
	for (int i = 0; i < np; i++)
		for (int j = 0; j < np; j++)
			A[i * np + j] = -(i < n ? 1.0 : -1.0) / (mp * fl->cp) *
					K[i * np + j] * H;
	expm(np, A, E);
	/* x(0) = [1 (inlets), v (outlets)]; x_i(H) = x_{i+n}(H) */
	double a[NP * NP], b[NP];
	for (int i = 0; i < n; i++) {
		b[i] = 0;
		for (int j = 0; j < n; j++)
			b[i] -= E[i * np + j] - E[(i + n) * np + j];
		for (int j = 0; j < n; j++)
			a[i * n + j] = E[i * np + n + j] - E[(i + n) * np + n + j];
	}
	if (solve_small(n, a, b))
		return hk_fail(err, HK_ERANGE, "Rb*: singular depth solution");
	double tout = 0;
	for (int i = 0; i < n; i++)
		tout += b[i] / n;
	double Q = m_flow * fl->cp * (1.0 - tout);
	/* pygfunction: Rb* = H (Tf_mean - Tb)/Q with Tb = 0, Tin = 1 */
	res->Rb_star = H * 0.5 * (1.0 + tout) / Q;
	return HK_OK;
}
