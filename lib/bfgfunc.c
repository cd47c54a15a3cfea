/* bfgfunc.c - a field's g-function as a table (see bfgfunc.h). */
#include "bfgfunc.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "summary.h"

#define HOUR 3600.0
#define YEAR (8760 * HOUR)

hk_status hk_bf_gfunc_run(hk_bf_gfunc *g, hk_err *err)
{
	hk_gopts o = {.uhtr = g->uhtr, .richardson = !g->uhtr, .group_tol = -1};
	memset(&g->st, 0, sizeof g->st);
	return hk_gtable_build(&g->gt, &g->f, g->alpha, HOUR, g->years * YEAR, 33, &o, &g->st, err);
}

static const hk_col cols[] = {
	{"ln_t_ts", NULL, "ln(t/ts)", "ln(t/ts), ts = H^2/(9 alpha)", 6},
	{"t_s", "s", "时间", "time", 0},
	{"t_years", "a", "时间(年)", "time in years", 6},
	{"g", NULL, "g函数", "g-function", 6},
};

static const hk_sumspec rows[] = {
	{"g_method", NULL, 0, "g函数方法", "g-function method"},
	{"g_error_pct", "%", 3, "g函数误差估计", "g-function error estimate"},
	{"boreholes", "", 0, "钻孔数", "boreholes"},
	{"field", NULL, 0, "布置", "field"},
	{"depth_m", "m", 2, "孔深", "borehole depth H"},
	{"buried_m", "m", 2, "钻孔顶部埋深", "buried depth D"},
	{"rb_m", "m", 4, "钻孔半径", "borehole radius"},
	{"ts_s", "s", 0, "特征时间", "characteristic time ts = H^2/(9 alpha)"},
	{"g_last", "", 4, "末时刻g值", "g at the last time"},
};

static void row(hk_job *job, const char *key, double v, const char *txt, const char *src)
{
	const hk_sumspec *r = hk_sumspec_find(rows, sizeof rows / sizeof rows[0], key);
	hk_status st = txt ? hk_sum_row_text(&job->sum, r, txt, src) : hk_sum_row(&job->sum, r, v, src);
	(void)st; /* a failed row fails the job's summary as the other commands' do */
}

void hk_bf_gfunc_write(hk_job *job, const hk_bf_gfunc *g)
{
	const hk_gtable *gt = &g->gt;
	double ts = g->f.H * g->f.H / (9 * g->alpha); /* Eskilson 1987 characteristic time */
	char m[300];
	hk_job_table(job, "g函数", "g-function", cols, sizeof cols / sizeof cols[0]);
	for (size_t i = 0; i < gt->n; i++) {
		hk_cell c[4] = {hk_cnum(log(gt->t[i] / ts)), hk_cnum(gt->t[i]), hk_cnum(gt->t[i] / YEAR),
				hk_cnum(gt->g[i])};
		hk_job_row(job, c);
	}
	snprintf(m, sizeof m, "%s, 8 segments, %zu %s, %zu geometric times from 1 h%s", g->uhtr ? "UHTR" : "UBWT",
		 g->st.classes, g->st.equivalent ? "equivalent boreholes (UNCHECKED: symmetry classes above 480 "
		 "unknowns)" : "exact symmetry classes", gt->n, g->uhtr ? "" : " + Richardson");
	row(job, "g_method", 0, m, "Cimmino & Bernier 2014; Cimmino 2018; Cimmino 2021 closed-form FLS");
	if (g->uhtr)
		row(job, "g_error_pct", 0, "not estimated", "UHTR: no time stepping; the FLS closed form is "
		    "within 1e-6 of its integral (Cimmino 2021)");
	else if (g->st.equivalent)
		row(job, "g_error_pct", 0, "unchecked", "equivalent boreholes above 480 unknowns: not checked");
	else
		row(job, "g_error_pct", 100 * g->st.step_err, NULL, "the largest Richardson correction "
		    "|g(h) - g(2h)|/g over the times, a bound on the time-stepping error left (test_gferror)");
	row(job, "boreholes", (double)g->f.n, NULL, g->field_txt);
	row(job, "field", 0, g->field_txt, "--field/--layout or --coords");
	row(job, "depth_m", g->f.H, NULL, "--depth");
	row(job, "buried_m", g->f.D, NULL, "--buried");
	row(job, "rb_m", g->f.rb, NULL, "--rb");
	row(job, "ts_s", ts, NULL, "H^2 / (9 alpha), alpha = k / rho c (Eskilson 1987)");
	row(job, "g_last", gt->g[gt->n - 1], NULL, "g at --years");
}
