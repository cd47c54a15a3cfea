/*
 * bfsize_l4.c - the L4 evaluations of a depth sizing: the hourly load
 * convolved once with each g-table the cache hands out (kept while the
 * depth changes), and the anchored mode's correction convolved by days.
 */
#include "bfsize_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fftconv.h"
#include "hkmath.h"

#define HOUR HK_SECONDS_PER_HOUR

/* An FFT convolution's buffers for series of n points: *buf of k·n
 * doubles (the series, the kernel, ...) and *work of 2·*nf (hk_convolve);
 * 0 out of memory (the sizer frees what was allocated). */
static int fft_buffers(size_t n, size_t k, double **buf, double **work, size_t *nf)
{
	*nf = hk_fft_size(n);
	*buf = malloc(k * n * sizeof **buf);
	*work = malloc(2 * *nf * sizeof **work);
	return *buf && *work;
}

/*
 * The anchored mode's correction sum_j w_j g_j (see hk_gcache_terms), which
 * is nil at short times, convolved with the daily mean load: cd[D] is its
 * response at the end of day D.  A day's hourly swing meets only the
 * correction's first day, which is nil, so days lose nothing an hourly
 * convolution would keep, at a 24th of the cost.  Needs z->q (l4_conv).
 */
static hk_status l4_correction(hk_sizer *z, const hk_gtable *const *T,
			       const double *w, int nt, const double **cd,
			       hk_err *err)
{
	size_t nd = z->nh / 24;
	if (!z->dq) {
		if (!fft_buffers(nd, 3, &z->dq, &z->dwork, &z->nfd))
			return hk_fail(err, HK_ENOMEM, "L4: out of memory (%zu days)", nd);
		for (size_t d = 0; d < nd; d++) {
			double s = 0;
			for (int h = 0; h < 24; h++)
				s += z->q[24 * d + (size_t)h];
			z->dq[d] = s / 24.0;
		}
	}
	double *dg = z->dq + nd, *c = z->dq + 2 * nd;
	hk_gtable_steps(T, w, nt, 24.0 * HOUR, nd, dg);
	hk_convolve(z->dq, dg, nd, c, z->dwork, z->nfd);
	*cd = c;
	return HK_OK;
}

/* q * dg for one table (cached by the table's id and depth) */
static hk_status l4_conv(hk_sizer *z, const hk_gtable *gt, const double **out,
			 hk_err *err)
{
	for (int i = 0; i < z->nconv; i++)
		if (z->convid[i] == gt->id && fabs(z->convH[i] - gt->H) <= 1e-9 * gt->H) {
			*out = z->conv[i];
			return HK_OK;
		}
	size_t n = z->nh;
	if (!z->q) {
		if (!fft_buffers(n, 2, &z->q, &z->work, &z->nf))
			return hk_fail(err, HK_ENOMEM, "L4: out of memory (%zu hours)", n);
		hk_hload_net_w(z->hl, n, z->q);
	}
	int slot = z->nconv < 8 ? z->nconv++ : (z->nextconv++ % 8);
	if (!z->conv[slot] && !(z->conv[slot] = malloc(n * sizeof(double))))
		return hk_fail(err, HK_ENOMEM, "L4: out of memory (%zu hours)", n);
	double *dg = z->q + n;
	hk_gtable_steps(&gt, NULL, 1, HOUR, n, dg);
	hk_convolve(z->q, dg, n, z->conv[slot], z->work, z->nf);
	z->convH[slot] = gt->H;
	z->convid[slot] = gt->id;
	*out = z->conv[slot];
	return HK_OK;
}

/* L4 extremes at H from the cached convolutions (GHEtool L4) */
hk_status hk_sizer_l4_eval(hk_sizer *z, double H, hk_temps *o, hk_err *err)
{
	const hk_bfdesign *d = z->d;
	const hk_gtable *T[HK_GC_TERMS];
	const double *C[HK_GC_TERMS];
	double w[HK_GC_TERMS] = {1};
	const double *cd = NULL;
	int np = 1, nfull = 1;
	hk_status st;
	if (z->gc->h_grid > 1.0)
		st = hk_gcache_terms(z->gc, H, T, w, &np, &nfull, err);
	else
		st = hk_gcache_get(z->gc, H, &T[0], err);
	if (st)
		return st;
	if (nfull > np)
		nfull = np;
	for (int j = 0; j < nfull; j++)
		if ((st = l4_conv(z, T[j], &C[j], err)))
			return st;
	if (np > nfull && (st = l4_correction(z, T + nfull, w + nfull, np - nfull,
					      &cd, err)))
		return st;
	double Rb;
	if ((st = hk_bfdesign_rb(d, H, &Rb, err)))
		return st;
	double k = d->ground.k, NH = (double)d->n * H;
	double Tg = hk_temps_begin(o, d, H, Rb);
	for (size_t i = 0; i < z->nh; i++) {
		double c = 0;
		for (int j = 0; j < nfull; j++)
			c += w[j] * C[j][i];
		if (cd) { /* linear within the day */
			size_t D = i / 24;
			double p0 = D ? cd[D - 1] : 0;
			c += p0 + (double)(i % 24 + 1) / 24.0 * (cd[D] - p0);
		}
		double Tf = Tg + c / (2 * HK_PI * k * NH) + z->q[i] * Rb / NH;
		hk_temps_track(o, i, Tf, Tf);
	}
	return HK_OK;
}
