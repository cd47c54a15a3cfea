/*
 * test_gferror.c - the error estimate the accurate g-table reports
 * (hk_gstats.step_err, printed as borefield's g_error_pct and by
 * borefield --gfunction; issue 17 defect 5) holds: the 33-time Richardson
 * table of borefield --gfunction (hk_bf_gfunc_run) for a 10 x 10 and a
 * 20 x 20 field (B 5 m, H 100 m, D 4 m, rb 0.075 m, alpha 1e-6 m2/s) is
 * within it of a converged solution computed here with 257 (10 x 10) and 193
 * (20 x 20) steps against its 33, at 1, 5 and 20 years.  The reference is
 * itself checked converged: halving its steps moves it less than a tenth
 * of the estimate (measured once: 513 steps move the 10 x 10 reference at
 * 20 years by 0.01 %).
 *
 * run: once
 * (plain pass only: a convergence study, 36 s under ASan for 1-2 s of
 * code paths that run sanitized anyway: hk_gfunction and hk_gtable_eval
 * in test_gfunction, hk_bf_gfunc_run in case 2500.)
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bfgfunc.h"
#include "gfunction.h"
#include "unit.h"

#define YEAR (8760 * 3600.0)

/* g of the n1 x n2 field on nt geometric times from 1 h to 20 years */
static void solve(int n1, int n2, size_t nt, double *t, double *g, hk_gstats *st)
{
	size_t n = (size_t)(n1 * n2);
	double *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y);
	for (int i = 0; i < n1; i++)
		for (int j = 0; j < n2; j++) {
			x[i * n2 + j] = 5.0 * i;
			y[i * n2 + j] = 5.0 * j;
		}
	hk_gfield f = {n, x, y, 100, 4, 0.075};
	hk_gopts o = {.richardson = 1, .group_tol = -1};
	hk_err e;
	double r = pow(20 * YEAR / 3600, 1.0 / (double)(nt - 1));
	for (size_t i = 0; i < nt; i++)
		t[i] = 3600 * pow(r, (double)i);
	t[nt - 1] = 20 * YEAR;
	UNIT_EQ_INT(hk_gfunction(&f, 1e-6, t, nt, &o, g, st, &e), HK_OK, "the reference solves");
	free(x);
	free(y);
}

/* the reference's g at time tq: linear in ln t between its (dense) times */
static double at(const double *t, const double *g, size_t nt, double tq)
{
	size_t i = 1;
	while (i < nt - 1 && t[i] < tq)
		i++;
	double w = log(tq / t[i - 1]) / log(t[i] / t[i - 1]);
	return g[i - 1] + w * (g[i] - g[i - 1]);
}

static void field(int n1, int n2, size_t nref)
{
	size_t n = (size_t)(n1 * n2);
	double *x = malloc(n * sizeof *x), *y = malloc(n * sizeof *y);
	double *t = malloc(nref * sizeof *t), *g = malloc(nref * sizeof *g);
	double *th = malloc(nref * sizeof *t), *gh = malloc(nref * sizeof *g);
	const double years[] = {1, 5, 20};
	hk_gtable gt;
	hk_gstats st, sr;
	hk_err e;
	char what[200];
	for (int i = 0; i < n1; i++)
		for (int j = 0; j < n2; j++) {
			x[i * n2 + j] = 5.0 * i;
			y[i * n2 + j] = 5.0 * j;
		}
	hk_bf_gfunc bg = {.f = {n, x, y, 100, 4, 0.075}, .alpha = 1e-6, .years = 20};
	UNIT_EQ_INT(hk_bf_gfunc_run(&bg, &e), HK_OK, "borefield --gfunction's table builds");
	gt = bg.gt;
	st = bg.st;
	solve(n1, n2, nref, t, g, &sr);
	solve(n1, n2, (nref + 1) / 2, th, gh, &sr);
	UNIT_TRUE(st.step_err > 0 && st.step_err < 0.02, "an estimate is reported, below 2 %");
	for (size_t k = 0; k < 3; k++) {
		double ty = years[k] * YEAR, ref = at(t, g, nref, ty), half = at(th, gh, (nref + 1) / 2, ty);
		double got = hk_gtable_eval(&gt, ty);
		snprintf(what, sizeof what, "%d x %d, %g years: the %zu-step reference (%.5f) is converged: "
			 "the half-step one (%.5f) within a tenth of the estimate %.3f %%", n1, n2, years[k],
			 nref, ref, half, 100 * st.step_err);
		UNIT_TRUE(fabs(half - ref) <= 0.1 * st.step_err * ref, what);
		snprintf(what, sizeof what, "%d x %d, %g years: g %.5f within the estimate %.3f %% of the "
			 "converged %.5f (off %.3f %%)", n1, n2, years[k], got, 100 * st.step_err, ref,
			 100 * fabs(got - ref) / ref);
		UNIT_TRUE(fabs(got - ref) <= st.step_err * ref, what);
	}
	free(x); free(y); free(t); free(g); free(th); free(gh);
}

int main(void)
{
	field(10, 10, 257);
	field(20, 20, 193);
	return unit_done();
}
