/* bfashrae.c - the ASHRAE sizing equation with Philippe et al.'s (2010) fits (see bfashrae.h). */
#include "bfashrae.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Effective ground resistances, Philippe, Bernier & Marchio (2010) table
 * of coefficients a0..a9 per pulse (the paper's spreadsheet; reference
 * notes §3.8): 6 h, 1 month, 10 years. */
static const double ash_r[3][10] = {
	{0.6619352, -4.815693, 15.03571, -0.09879421, 0.02917889, 0.1138498, 0.005610933,
	 0.7796329, -0.3243880, -0.01824101},
	{0.4132728, 0.2912981, 0.07589286, 0.1563978, -0.2289355, -0.004927554, -0.002694979,
	 -0.6380360, 0.2950815, 0.1493320},
	{0.3057646, 0.08987446, -0.09151786, -0.03872451, 0.1690853, -0.02881681, -0.002886584,
	 -0.1723169, 0.03112034, -0.1188438},
};

/* Tp correlation, Philippe, Bernier & Marchio (2010) coefficients b0..b36
 * in the term order of hk_ashrae_tp_poly (reference notes §3.8). */
static const double ash_tp[37] = {
	7.8189, -64.27, 153.87, -84.809, 3.461, -0.94753, -0.060416, 1.5631, -0.0089416, 1.9061e-05,
	-2.289, 0.10187, 0.006569, -40.918, 15.557, -19.107, 0.10529, 25.501, -2.1177, 77.529,
	-50.454, 76.352, -0.53719, -132.0, 12.878, 0.12697, -0.00040284, -0.072065, 0.00095184,
	-0.024167, 9.6811e-05, 0.028317, -0.0010905, 0.12207, -0.007105, -0.0011129, -0.00045566,
};

double hk_ashrae_rground(hk_ash_pulse p, double k, double a, double rb)
{
	const double *c = ash_r[p];
	double la = log(a);
	/* Philippe et al. 2010: R = (1/k) (a0 + a1 rb + a2 rb^2 + a3 α + a4 α^2 + a5 ln α
	 * + a6 (ln α)^2 + a7 rb α + a8 rb ln α + a9 α ln α) */
	return (c[0] + c[1] * rb + c[2] * rb * rb + c[3] * a + c[4] * a * a + c[5] * la +
		c[6] * la * la + c[7] * rb * a + c[8] * rb * la + c[9] * a * la) / k;
}

double hk_ashrae_tp_poly(double x, double y, double N, double A)
{
	/* terms 1, x, x2, x3, y, y2, y3, N, N2, N3, A, A2, A3, xy, xy2, xN, xN2, xA,
	 * xA2, x2y, x2y2, x2N, x2N2, x2A, x2A2, yN, yN2, yA, yA2, y2N, y2N2, y2A,
	 * y2A2, NA, NA2, N2A, N2A2 (Philippe et al. 2010) */
	const double t[37] = {
		1, x, x * x, x * x * x, y, y * y, y * y * y, N, N * N, N * N * N, A, A * A, A * A * A,
		x * y, x * y * y, x * N, x * N * N, x * A, x * A * A, x * x * y, x * x * y * y,
		x * x * N, x * x * N * N, x * x * A, x * x * A * A, y * N, y * N * N, y * A,
		y * A * A, y * y * N, y * y * N * N, y * y * A, y * y * A * A, N * A, N * A * A,
		N * N * A, N * N * A * A};
	double P = 0;
	for (int i = 0; i < 37; i++)
		P += ash_tp[i] * t[i];
	return P;
}

/* ln(t_10y / ts), ts = H^2 / (9 α) (Eskilson 1987), t and ts in days */
static double ash_lnt(double H, double alpha_day)
{
	return log(HK_ASHRAE_DAYS_10Y / (H * H / (9 * alpha_day)));
}

double hk_ashrae_tp(double qy, double k, double L, size_t nb, double B, double A, double alpha_day)
{
	if (nb < 2)
		return 0; /* one borehole: no interference (Philippe et al. 2010) */
	double H = L / (double)nb;
	/* Tp = qy / (2 π k L) P(B/H, ln(t/ts), NB, A)  (Philippe et al. 2010, eq. 2) */
	return qy / (2 * M_PI * k * L) * hk_ashrae_tp_poly(B / H, ash_lnt(H, alpha_day), (double)nb, A);
}

/* the length for a penalty: (qh Rb + qy R10y + qm R1m + qh R6h) / (Tm - (Tg + Tp)) */
static double ash_L(const hk_ashrae_in *in, const hk_ashrae_len *o, double Tp)
{
	double num = in->qh * in->Rb + in->qy * o->R10y + in->qm * o->R1m + in->qh * o->R6h;
	return num / (in->Tm - (in->Tg + Tp));
}

/* L - f(Tp(L)): zero at the sizing's length */
static double ash_F(const hk_ashrae_in *in, const hk_ashrae_len *o, double L)
{
	return L - ash_L(in, o, hk_ashrae_tp(in->qy, in->k, L, in->nb, in->B, in->A, in->alpha_day));
}

/* the smallest root of L - f(Tp(L)) on a log grid from L0/50 to 50 L0, by bisection */
static int ash_bisect(const hk_ashrae_in *in, const hk_ashrae_len *o, double *L)
{
	double a = o->L0 / 50, Fa = ash_F(in, o, a);
	for (int i = 1; i <= 120; i++) {
		double b = o->L0 / 50 * pow(2500.0, i / 120.0), Fb = ash_F(in, o, b);
		if (isfinite(Fa) && isfinite(Fb) && (Fa <= 0) != (Fb <= 0)) {
			for (int j = 0; j < 200 && b - a > 1e-9 * b; j++) {
				double m = 0.5 * (a + b), Fm = ash_F(in, o, m);
				if ((Fm <= 0) == (Fa <= 0))
					a = m, Fa = Fm;
				else
					b = m;
			}
			*L = 0.5 * (a + b);
			return 1;
		}
		a = b;
		Fa = Fb;
	}
	return 0;
}

hk_status hk_ashrae_length(const hk_ashrae_in *in, hk_ashrae_len *o, hk_err *err)
{
	memset(o, 0, sizeof *o);
	if (!(in->k > 0 && in->alpha_day > 0 && in->rb > 0 && in->nb >= 1 && in->A >= 1 &&
	      (in->nb == 1 || in->B > 0) && isfinite(in->qh) && isfinite(in->qm) && isfinite(in->qy) &&
	      isfinite(in->Rb) && in->Rb >= 0 && isfinite(in->Tm) && isfinite(in->Tg) && in->Tm != in->Tg))
		return hk_fail(err, HK_EINVAL, "ASHRAE sizing: expected k, diffusivity, rb > 0, Rb >= 0, "
			       "one or more boreholes at a spacing > 0, aspect ratio >= 1 and a mean fluid "
			       "limit away from the ground temperature");
	o->R6h = hk_ashrae_rground(HK_ASH_6H, in->k, in->alpha_day, in->rb);
	o->R1m = hk_ashrae_rground(HK_ASH_1M, in->k, in->alpha_day, in->rb);
	o->R10y = hk_ashrae_rground(HK_ASH_10Y, in->k, in->alpha_day, in->rb);
	o->L0 = ash_L(in, o, 0);
	if (!(o->L0 > 0)) /* the pulses keep the fluid on the ground's side of Tm */
		return HK_OK;
	double L = o->L0, Lp;
	int it = 0;
	do {
		Lp = L;
		o->Tp = hk_ashrae_tp(in->qy, in->k, Lp, in->nb, in->B, in->A, in->alpha_day);
		L = ash_L(in, o, o->Tp);
		it++;
	} while (it < 200 && L > 0 && isfinite(L) && fabs(L - Lp) >= 1e-3);
	if (!(L > 0 && isfinite(L) && fabs(L - Lp) < 1e-3) && !ash_bisect(in, o, &L))
		return hk_fail(err, HK_ENOSOL, "ASHRAE sizing: the temperature penalty Tp leaves no length "
			       "(qy %.0f W on %zu boreholes closes the %.2f K between the fluid limit %.3f C "
			       "and the ground %.3f C): more spacing or boreholes, or --method L3",
			       in->qy, in->nb, fabs(in->Tm - in->Tg), in->Tm, in->Tg);
	o->L = L;
	o->Tp = hk_ashrae_tp(in->qy, in->k, L, in->nb, in->B, in->A, in->alpha_day);
	o->iterations = it;
	return HK_OK;
}

hk_status hk_ashrae_rect(const hk_bfdesign *d, double B, double By, double *A, hk_err *err)
{
	double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
	for (size_t i = 0; i < d->n; i++) {
		x0 = fmin(x0, d->x[i]), x1 = fmax(x1, d->x[i]);
		y0 = fmin(y0, d->y[i]), y1 = fmax(y1, d->y[i]);
	}
	*A = 1;
	if (d->n == 1)
		return HK_OK;
	if (!(B > 0) || fabs(By - B) > 1e-9 * B)
		return hk_fail(err, HK_EINVAL, "--method ashrae: Tp is fitted on fields with one spacing "
			       "(Philippe et al. 2010): drop --spacing-y, or --method L3");
	double nx = floor((x1 - x0) / B + 0.5) + 1, ny = floor((y1 - y0) / B + 0.5) + 1;
	if (nx * ny != (double)d->n)
		return hk_fail(err, HK_EINVAL, "--method ashrae: Tp is fitted on full rectangles of "
			       "boreholes (Philippe et al. 2010), and this field of %zu is not one: "
			       "--field N1xN2 without --layout, or --method L3", d->n);
	*A = fmax(nx, ny) / fmin(nx, ny);
	return HK_OK;
}

int hk_ashrae_range(const hk_ashrae_in *in, const hk_ashrae_len *len, char *buf, size_t cap)
{
	size_t k = 0;
	buf[0] = '\0';
#define OUT(...) (k < cap ? (void)(k += (size_t)snprintf(buf + k, cap - k, __VA_ARGS__)) : (void)0)
	if (in->alpha_day < 0.025 || in->alpha_day > 0.2)
		OUT("%sdiffusivity %.4f m2/day outside 0.025-0.2", k ? "; " : "", in->alpha_day);
	if (in->rb < 0.05 || in->rb > 0.1)
		OUT("%srb %.3f m outside 0.05-0.1", k ? "; " : "", in->rb);
	if (in->nb >= 2 && len->L > 0) {
		double H = len->L / (double)in->nb, x = in->B / H, y = ash_lnt(H, in->alpha_day);
		if (in->nb < 4 || in->nb > 144)
			OUT("%s%zu boreholes outside 4-144", k ? "; " : "", in->nb);
		if (x < 0.05 || x > 0.1)
			OUT("%sB/H %.3f outside 0.05-0.1", k ? "; " : "", x);
		if (y < -2 || y > 3)
			OUT("%sln(t/ts) %.2f outside -2..3", k ? "; " : "", y);
		if (in->A > 9)
			OUT("%saspect ratio %.2f above 9", k ? "; " : "", in->A);
	}
#undef OUT
	return k > 0;
}

/* one season's pulses from the loads: qy, and qh, qm for heating (inj 0)
 * or cooling (inj 1) */
static void ash_pulses(const hk_mload *ml, double pk, int inj, hk_ashrae_in *in)
{
	double net = 0, qm = 0;
	for (size_t i = 0; i < ml->nm; i++) {
		double q = (ml->inj_kwh[i] - ml->ext_kwh[i]) / HK_HOURS_PER_MONTH * 1000; /* W */
		net += q;
		qm = inj ? fmax(qm, q) : fmin(qm, q);
	}
	in->qy = net / (double)ml->nm; /* 12 months of 730 h = 8760 h */
	in->qm = qm;
	in->qh = (inj ? 1 : -1) * pk * 1000;
}

hk_status hk_ashrae_size(const hk_bfdesign *d, const hk_mload *ml, double pk_ext, double pk_inj,
			 double B, double By, hk_ashrae_result *r, hk_err *err)
{
	hk_status st;
	double A, Rb = d->Rb, H = 100;
	memset(r, 0, sizeof *r);
	if (d->ground.gradient != 0 || d->ground.flux != 0)
		return hk_fail(err, HK_EINVAL, "--method ashrae takes a uniform ground (--tg): its "
			       "resistances are for an infinite medium at one temperature; drop --gradient/--flux, "
			       "or --method L3");
	if ((st = hk_ashrae_rect(d, B, By, &A, err)))
		return st;
	for (int round = 0; round < 20; round++) {
		double Hp = H, L = 0;
		if (d->Rb <= 0 && (st = hk_bfdesign_rb(d, H, &Rb, err)))
			return st;
		for (int s = 0; s < 2; s++) {
			hk_ashrae_in *in = &r->in[s];
			*in = (hk_ashrae_in){0, 0, 0, Rb, d->ground.k, hk_ground_alpha(&d->ground) * 86400, d->rb,
					     s ? d->Tf_max : d->Tf_min, d->ground.Tg, d->n, B, A};
			ash_pulses(ml, s ? pk_inj : pk_ext, s, in);
			r->used[s] = (s ? pk_inj : pk_ext) > 0;
			if (r->used[s] && (st = hk_ashrae_length(in, &r->len[s], err)))
				return hk_err_prefix(err, st, "%s season", s ? "cooling" : "heating");
			if (r->used[s] && r->len[s].L > L)
				L = r->len[s].L, r->governs = s;
		}
		if (!(L > 0))
			return hk_fail(err, HK_ENOSOL, "ASHRAE sizing: neither season needs a length (the "
				       "pulses keep the fluid within its limits at any depth)");
		H = L / (double)d->n;
		r->rb_rounds = round + 1;
		if (d->Rb > 0 || fabs(H - Hp) < 1e-3)
			break;
	}
	r->H = H;
	hk_ashrae_range(&r->in[r->governs], &r->len[r->governs], r->range, sizeof r->range);
	return HK_OK;
}

double hk_ashrae_peak_6h(const hk_hload *hl, int inj)
{
	const double *q = inj ? hl->inj_kw : hl->ext_kw;
	double best = 0, sum = 0;
	size_t n = hl->nh;
	if (!q || n < HK_ASHRAE_PEAK_HOURS)
		return 0;
	for (size_t i = 0; i < HK_ASHRAE_PEAK_HOURS; i++)
		sum += q[i];
	for (size_t i = 0; i < n; i++) { /* the window i .. i+5, wrapping */
		best = fmax(best, sum / HK_ASHRAE_PEAK_HOURS);
		sum += q[(i + HK_ASHRAE_PEAK_HOURS) % n] - q[i];
	}
	return best;
}
