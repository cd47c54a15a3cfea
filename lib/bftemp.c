/* bftemp.c - L3 and L4 temperatures and the thermal balance (see bftemp.h). */
#include "bftemp.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fftconv.h"
#include "hkmath.h"

#define HOUR HK_SECONDS_PER_HOUR

hk_status hk_mseries_make(const hk_mload *ml, int years, hk_mseries *s,
			  hk_err *err)
{
	size_t nm = (size_t)12 * years;
	s->nm = nm;
	s->q = malloc(3 * nm * sizeof *s->q);
	if (!s->q)
		return hk_fail(err, HK_ENOMEM, "monthly series: out of memory");
	s->pinj = s->q + nm;
	s->pext = s->q + 2 * nm;
	for (size_t m = 0; m < nm; m++) {
		size_t i = ml->nm == 12 ? m % 12 : m;
		s->q[m] = (ml->inj_kwh[i] / HK_HOURS_PER_MONTH -
			   ml->ext_kwh[i] / HK_HOURS_PER_MONTH) * 1000.0;
		s->pinj[m] = hk_mload_peak_kw(ml, i, 1) * 1000.0;
		s->pext[m] = hk_mload_peak_kw(ml, i, 0) * 1000.0;
	}
	return HK_OK;
}

void hk_mseries_free(hk_mseries *s)
{
	free(s->q);
	s->q = NULL;
}

double hk_temps_begin(hk_temps *o, const hk_bfdesign *d, double H, double Rb)
{
	double Tg = hk_ground_temperature(&d->ground, d->D, H);
	o->Tf_max = -INFINITY;
	o->Tf_min = INFINITY;
	o->Rb = Rb;
	o->Tg = Tg;
	return Tg;
}

/* L3 on a prepared series (GHEtool L3, see hk_temps_l3) */
hk_status hk_temps_l3_series(const hk_bfdesign *d, const hk_mseries *s,
			     double H, hk_gcache *gc, hk_temps *o, hk_err *err)
{
	const hk_gtable *gt;
	hk_status st = hk_gcache_get(gc, H, &gt, err);
	if (st)
		return st;
	double Rb;
	if ((st = hk_bfdesign_rb(d, H, &Rb, err)))
		return st;
	size_t nm = s->nm;
	double k = d->ground.k, NH = (double)d->n * H;
	double Tg = hk_temps_begin(o, d, H, Rb);
	double gp = hk_gtable_eval(gt, hk_bfdesign_peak_hours(d) * HOUR) / (2 * HK_PI * k);
	double *dg = malloc(nm * sizeof *dg);
	if (!dg)
		return hk_fail(err, HK_ENOMEM, "L3: out of memory");
	hk_gtable_steps(&gt, NULL, 1, HK_HOURS_PER_MONTH * HOUR, nm, dg);
	for (size_t m = 0; m < nm; m++) {
		double sum = 0;
		for (size_t j = 0; j <= m; j++)
			sum += s->q[j] * dg[m - j];
		double Tb = Tg + sum / (2 * HK_PI * k * NH);
		double Tf = Tb + s->q[m] * Rb / NH;
		double Ti = s->pinj[m] > 0 ?
			Tb + (s->pinj[m] * (gp + Rb) - s->q[m] * gp) / NH : Tb;
		double Te = s->pext[m] > 0 ?
			Tb + (-s->pext[m] * (gp + Rb) - s->q[m] * gp) / NH : Tb;
		if (o->Tb)
			o->Tb[m] = Tb;
		if (o->Tf)
			o->Tf[m] = Tf;
		if (o->Tf_inj)
			o->Tf_inj[m] = Ti;
		if (o->Tf_ext)
			o->Tf_ext[m] = Te;
		hk_temps_track(o, m, Ti, Te);
	}
	free(dg);
	return HK_OK;
}

hk_status hk_bf_check(const hk_bfdesign *d, const hk_mload *ml, const hk_hload *hl, hk_err *err)
{
	hk_status st = hk_bfdesign_check(d, err);
	if (st)
		return st;
	return hl ? hk_hload_check(hl, d->years, err) : hk_mload_check(ml, d->years, err);
}

/* hk_bf_check, and a depth H > 0 */
static hk_status check_at(const hk_bfdesign *d, const hk_mload *ml, const hk_hload *hl, double H,
			  hk_err *err)
{
	hk_status st = hk_bf_check(d, ml, hl, err);
	if (st)
		return st;
	if (!(H > 0))
		return hk_fail(err, HK_EINVAL, "depth %g m: expected > 0", H);
	return HK_OK;
}

hk_status hk_temps_l3(const hk_bfdesign *d, const hk_mload *ml, double H,
		      hk_gcache *gc, hk_temps *out, hk_err *err)
{
	hk_status st;
	if ((st = check_at(d, ml, NULL, H, err)))
		return st;
	hk_gcache own;
	gc = hk_gcache_or_own(gc, &own, d);
	hk_mseries s;
	if ((st = hk_mseries_make(ml, d->years, &s, err)))
		return st;
	st = hk_temps_l3_series(d, &s, H, gc, out, err);
	hk_mseries_free(&s);
	return st;
}

hk_status hk_temps_l4(const hk_bfdesign *d, const hk_hload *hl, double H,
		      hk_gcache *gc, hk_temps *o, hk_err *err)
{
	hk_status st;
	if ((st = check_at(d, NULL, hl, H, err)))
		return st;
	hk_gcache own;
	gc = hk_gcache_or_own(gc, &own, d);
	const hk_gtable *gt;
	if ((st = hk_gcache_get(gc, H, &gt, err)))
		return st;
	double Rb;
	if ((st = hk_bfdesign_rb(d, H, &Rb, err)))
		return st;
	size_t n = (size_t)8760 * d->years, nf = hk_fft_size(n);
	double *q = malloc((3 * n + 2 * nf) * sizeof *q);
	if (!q)
		return hk_fail(err, HK_ENOMEM, "L4: out of memory (%zu hours)", n);
	double *dg = q + n, *tb = q + 2 * n, *work = q + 3 * n;
	hk_hload_net_w(hl, n, q);
	hk_gtable_steps(&gt, NULL, 1, HOUR, n, dg);
	hk_convolve(q, dg, n, tb, work, nf);
	double k = d->ground.k, NH = (double)d->n * H;
	double Tg = hk_temps_begin(o, d, H, Rb);
	for (size_t i = 0; i < n; i++) {
		double Tb = Tg + tb[i] / (2 * HK_PI * k * NH); /* GHEtool L4 */
		double Tf = Tb + q[i] * Rb / NH;
		if (o->Tb)
			o->Tb[i] = Tb;
		if (o->Tf)
			o->Tf[i] = Tf;
		hk_temps_track(o, i, Tf, Tf);
	}
	free(q);
	return HK_OK;
}

hk_status hk_thermal_balance(const hk_bfdesign *d, const hk_mload *ml,
			     double H, hk_gcache *gc, hk_balance *b,
			     hk_err *err)
{
	hk_status st;
	if ((st = hk_bf_check(d, ml, NULL, err)))
		return st;
	double ext = 0, inj = 0;
	for (size_t m = 0; m < ml->nm; m++) {
		ext += ml->ext_kwh[m];
		inj += ml->inj_kwh[m];
	}
	double yrs = (double)ml->nm / 12.0;
	b->ext_kwh_y = ext / yrs;
	b->inj_kwh_y = inj / yrs;
	double mx = fmax(b->ext_kwh_y, b->inj_kwh_y);
	/* imbalance ratio (inj - ext)/max: heatkit's measure of GB 50366 §4.3.2 */
	b->imbalance = mx > 0 ? (b->inj_kwh_y - b->ext_kwh_y) / mx : 0.0;
	size_t nm = (size_t)12 * d->years;
	double *tb = malloc(nm * sizeof *tb);
	if (!tb)
		return hk_fail(err, HK_ENOMEM, "balance: out of memory");
	hk_temps t = {0};
	t.Tb = tb;
	st = hk_temps_l3(d, ml, H, gc, &t, err);
	if (!st) {
		double a = 0, z = 0;
		for (size_t m = 0; m < 12; m++) {
			a += tb[m] / 12.0;
			z += tb[nm - 12 + m] / 12.0;
		}
		b->drift_K = z - a;
	}
	free(tb);
	return st;
}

/* the hours of each 730-h month: mean wall and fluid, lowest and highest fluid */
static void hours_to_months(const double *Tb, const double *Tf, size_t nrow, double *tb,
			    double *tf, double *tfe, double *tfi)
{
	for (size_t i = 0; i < nrow; i++) {
		size_t y = i / 12, m = i % 12, h0 = y * 8760 + m * 730;
		size_t h1 = m == 11 ? (y + 1) * 8760 : h0 + 730;
		double sb = 0, sf = 0, lo = INFINITY, hi = -INFINITY;
		for (size_t h = h0; h < h1; h++) {
			sb += Tb[h];
			sf += Tf[h];
			lo = fmin(lo, Tf[h]);
			hi = fmax(hi, Tf[h]);
		}
		tb[i] = sb / (double)(h1 - h0);
		tf[i] = sf / (double)(h1 - h0);
		tfe[i] = lo;
		tfi[i] = hi;
	}
}

hk_status hk_temps_monthly(const hk_bfdesign *d, const hk_mload *ml,
			   const hk_hload *hl, hk_method method, double H,
			   hk_gcache *gc, double *tb, double *tf, double *tf_ext,
			   double *tf_inj, hk_temps *T, hk_err *err)
{
	size_t nrow = (size_t)12 * d->years;
	hk_status st;
	memset(T, 0, sizeof *T);
	if (method != HK_L4) {
		*T = (hk_temps){tb, tf, tf_inj, tf_ext, 0, 0, 0, 0, 0, 0};
		st = hk_temps_l3(d, ml, H, gc, T, err);
		T->Tb = T->Tf = T->Tf_inj = T->Tf_ext = NULL;
		return st;
	}
	size_t nh = (size_t)8760 * d->years;
	double *hb = calloc(2 * nh, sizeof *hb);
	if (!hb)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	T->Tb = hb;
	T->Tf = hb + nh;
	if (!(st = hk_temps_l4(d, hl, H, gc, T, err)))
		hours_to_months(T->Tb, T->Tf, nrow, tb, tf, tf_ext, tf_inj);
	free(hb);
	T->Tb = T->Tf = NULL;
	return st;
}
