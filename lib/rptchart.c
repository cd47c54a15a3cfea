/*
 * rptchart.c - 图表: the tender workbook's charts, on a sheet of their own
 * (the last tab).  Each chart's series refer to cells: the typical days'
 * heat, what the heat pumps and the tank each cover and the charge (a
 * table under the charts, from the profile), the heat month by month
 * (the same table's next block) and each compared scheme's cumulative
 * net cash flow (经济's own rows, so the chart follows a changed price or
 * rate).
 *
 * Print: a chart sits inside one row as tall as the chart (rows break
 * between pages, never inside), two such rows to a page: the page body
 * (hk_sh_page_body_pt) less the repeated title row, halved.  The data
 * tables follow the charts.
 */
#include "rpt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bfloads.h"
#include "catalog.h"

#define NCOL 17      /* columns of the sheet, each CW characters wide */
#define CW 7.0
#define COL_PX 54    /* CW characters in pixels: 7 px a digit + 5 px padding (libxlsxwriter) */
#define PER_PAGE 2   /* charts to a printed page */
#define MAXCH 12     /* charts */
#define DAYS_SHOWN 4 /* typical days charted side by side */
#define MAXSTEPS 96
#define MAXDAYS 400  /* days of a profile (a year: 365) */

/* what covers a step's load (columns of a day's block) */
enum { C_HP, C_TANK, C_UNMET, C_CHARGE, C_LOAD, C_N };

typedef struct chart {
	hk_wchart kind;
	char title[200];
	const char *x, *y;
	hk_wseries s[RPT_MAXS + C_N];
	int n;
} chart;

typedef struct layout {
	chart ch[MAXCH];
	int nch;
	long row;          /* next free row of the data tables */
} layout;

static int wanted_days(const rpt *R)
{
	const hk_rfile *p = R->f[HK_RK_PROFILE];
	rpt_day d[2];
	return p && rpt_profile_days(p, d, 2) != 0;
}

static int wanted_flows(const rpt *R)
{
	int k;
	for (k = 0; k < R->ns; k++)
		if (k != R->base && R->s[k].cf_row0 > 0)
			return 1;
	return 0;
}

int rpt_chart_wanted(const rpt *R)
{
	return R->f[HK_RK_PROFILE] || R->f[HK_RK_ECON] || R->f[HK_RK_BOREMONTHS] || (R->npump && R->o->pumps_default);
}

void rpt_chart_flows(rpt *R, int k, long row0, int col_year, int col_cum)
{
	R->s[k].cf_row0 = row0;
	R->cf_col_year = col_year;
	R->cf_col_cum = col_cum;
}

/* the step's value of part c (kW) */
static double part(const hk_rfile *p, size_t i, int c, const int *has)
{
	double load = 0, tank = 0, unmet = 0, v;
	hk_rt_num(p, i, "heat_load_kw", &load, NULL);
	if (has[C_TANK])
		hk_rt_num(p, i, "discharge_kw", &tank, NULL);
	if (has[C_TANK] && hk_rt_num(p, i, "unmet_kw", &v, NULL) == HK_OK)
		unmet = v;
	else if (!has[C_TANK] && hk_rt_num(p, i, "hp_heat_kw", &v, NULL) == HK_OK)
		unmet = fmax(0, load - v); /* hpsize: the heat pumps alone */
	switch (c) {
	case C_HP: /* what reaches the load from the heat pumps directly */
		return load - tank - unmet;
	case C_TANK:
		return tank;
	case C_UNMET:
		return unmet;
	case C_CHARGE:
		return hk_rt_num(p, i, "charge_kw", &v, NULL) == HK_OK ? v : 0;
	default:
		return load;
	}
}

/* The days charted: all when a few share one step grid, else the day of
 * the largest load (a year of days). */
static int pick_days(const hk_rfile *p, const rpt_day *d, int nd, int *sel)
{
	int k, best = 0;
	size_t i;
	long cs = hk_rt_col(p, "start_h");
	int same = nd <= DAYS_SHOWN && d[0].n <= MAXSTEPS;
	for (k = 1; same && k < nd; k++) {
		same = d[k].n == d[0].n;
		for (i = 0; same && i < d[0].n; i++)
			same = !strcmp(hk_rt_cell(p, d[k].r0 + i, cs), hk_rt_cell(p, d[0].r0 + i, cs));
	}
	if (same) {
		for (k = 0; k < nd; k++)
			sel[k] = k;
		return nd;
	}
	for (k = 1; k < nd; k++)
		if (d[k].peak > d[best].peak)
			best = k;
	sel[0] = best;
	return d[best].n <= MAXSTEPS ? 1 : 0;
}

/* The typical days' table (a block of columns per day: what covers the
 * load) and a stacked chart per day. */
static void days(rpt *R, layout *L)
{
	static const char *const zh[C_N] = {"热泵直供", "水罐放热", "未满足", "热泵蓄热", "热负荷"};
	static const char *const en[C_N] = {"heat pumps", "tank", "unmet", "charging", "heat load"};
	const hk_rfile *p = R->f[HK_RK_PROFILE];
	hk_sheet *sh = R->sh_chart;
	rpt_day *d = malloc(MAXDAYS * sizeof *d);
	int nd = d ? rpt_profile_days(p, d, MAXDAYS) : 0, sel[DAYS_SHOWN], ns = 0, k, c, cols[C_N], nc = 0;
	int has[C_N] = {0};
	long r0 = L->row + 3, r1;
	size_t i;
	if (nd > 0)
		ns = pick_days(p, d, nd, sel);
	if (ns <= 0) {
		free(d);
		return;
	}
	has[C_TANK] = hk_rt_col(p, "discharge_kw") >= 0;
	has[C_HP] = has[C_TANK] || hk_rt_col(p, "hp_heat_kw") >= 0;
	has[C_CHARGE] = has[C_TANK] && hk_rt_col(p, "charge_kw") >= 0;
	for (k = 0; k < ns && has[C_HP]; k++)
		for (i = 0; i < d[sel[k]].n; i++)
			if (part(p, d[sel[k]].r0 + i, C_UNMET, has) > 0.05)
				has[C_UNMET] = 1;
	has[C_LOAD] = !has[C_HP];
	for (c = 0; c < C_N; c++)
		if (has[c])
			cols[nc++] = c;
	if (1 + ns * nc > NCOL)
		ns = (NCOL - 1) / nc;
	hk_sh_merge(sh, L->row, 0, NCOL - 1, HK_WS_SECTION,
		    RL(R, "图表数据 1：典型日逐时供热构成(kW)，取自逐时负荷曲线文件",
		       "Chart data 1: what covers each step of the typical days (kW), from the profile"));
	hk_sh_merge(sh, L->row + 1, 0, 0, HK_WS_HEAD, RL(R, "时刻(h)", "time (h)"));
	hk_sh_blank(sh, L->row + 2, 0, 0, HK_WS_HEAD);
	for (k = 0; k < ns; k++) {
		const rpt_day *dk = &d[sel[k]];
		hk_sh_merge(sh, L->row + 1, 1 + k * nc, k * nc + nc, HK_WS_HEAD,
			    rpt_fmt(RL(R, "典型日 %s", "day %s"), dk->name));
		for (c = 0; c < nc; c++)
			hk_sh_text(sh, L->row + 2, 1 + k * nc + c, HK_WS_HEAD, R->lzh ? zh[cols[c]] : en[cols[c]]);
		for (i = 0; i < dk->n; i++)
			for (c = 0; c < nc; c++)
				hk_sh_num(sh, r0 + (long)i, 1 + k * nc + c, HK_WS_NUM, 1, part(p, dk->r0 + i, cols[c], has));
	}
	for (i = 0; i < d[sel[0]].n; i++) {
		double h = 0;
		hk_rt_num(p, d[sel[0]].r0 + i, "start_h", &h, NULL);
		hk_sh_num(sh, r0 + (long)i, 0, HK_WS_NUM, 1, h);
	}
	r1 = r0 + (long)d[sel[0]].n - 1;
	for (k = 0; k < ns && L->nch < MAXCH; k++) {
		chart *ch = &L->ch[L->nch++];
		const rpt_day *dk = &d[sel[k]];
		ch->kind = has[C_HP] ? HK_WC_COLUMN_STACKED : HK_WC_COLUMN;
		snprintf(ch->title, sizeof ch->title,
			 RL(R, "典型日 %s（室外 %s ℃，%s 天）：热负荷由谁承担", "Day %s (%s C outdoor, %s days): what covers the load"),
			 dk->name, rpt_num(dk->t_out, 1), rpt_num(dk->days, -1));
		ch->x = RL(R, "时刻 (h)", "time (h)");
		ch->y = RL(R, "热量 (kW)", "heat (kW)");
		for (c = 0; c < nc; c++)
			ch->s[ch->n++] = (hk_wseries){R->lzh ? zh[cols[c]] : en[cols[c]], sh, r0, r1, 0, 1 + k * nc + c};
	}
	L->row = r1 + 2;
	free(d);
}

/* The heat month by month: the profile's heat placed in the year as the
 * borefield places it (lib/bfloads.h: a year by its dates, typical days
 * spread evenly over a season of Σ days centred on 15 January, 730-h
 * months), a column chart over it. */
static void months(rpt *R, layout *L)
{
	const hk_rfile *p = R->f[HK_RK_PROFILE];
	hk_sheet *sh = R->sh_chart;
	hk_step *st = malloc(p->nrows * sizeof *st);
	double *kw = malloc(p->nrows * sizeof *kw);
	rpt_day *d = malloc(MAXDAYS * sizeof *d);
	hk_bfprof_months m;
	int nd = st && kw && d ? rpt_profile_days(p, d, MAXDAYS) : 0, k, j, ok;
	size_t i, n = 0;
	long r0 = L->row + 2, r;
	double tot = 0;
	char a[RPT_REF], b[RPT_REF];
	for (k = 0; k < nd; k++)
		for (i = 0; i < d[k].n && n < p->nrows; i++, n++) {
			double s0 = 0, dt = 0;
			hk_rt_num(p, d[k].r0 + i, "start_h", &s0, NULL);
			hk_rt_num(p, d[k].r0 + i, "dt_h", &dt, NULL);
			hk_rt_num(p, d[k].r0 + i, "heat_load_kw", &kw[n], NULL);
			st[n] = (hk_step){.day = k, .start_h = s0, .end_h = s0 + dt, .load_kw = kw[n], .days = d[k].days};
		}
	ok = nd > 0 && hk_bfprof_to_months(st, kw, NULL, n, -1, -1, &m, NULL) == HK_OK;
	free(st);
	free(kw);
	free(d);
	if (!ok)
		return;
	hk_sh_merge(sh, L->row, 0, NCOL - 1, HK_WS_SECTION,
		    RL(R, "图表数据 2：逐月耗热量", "Chart data 2: heat month by month"));
	hk_sh_merge(sh, L->row + 1, 0, 1, HK_WS_HEAD, RL(R, "月份", "month"));
	hk_sh_merge(sh, L->row + 1, 2, 3, HK_WS_HEAD, RL(R, "耗热量(MWh)", "heat (MWh)"));
	for (j = 0; j < 12; j++) {
		r = r0 + j;
		hk_sh_merge(sh, r, 0, 1, HK_WS_TEXT, rpt_fmt(RL(R, "%d月", "%d"), j + 1));
		hk_sh_num(sh, r, 2, HK_WS_NUM, 1, m.ext_kwh[j] / 1000);
		hk_sh_blank(sh, r, 3, 3, HK_WS_NUM);
		tot += m.ext_kwh[j] / 1000;
	}
	r = r0 + 12;
	hk_sh_merge(sh, r, 0, 1, HK_WS_TOTALTXT, RL(R, "合计", "Total"));
	hk_ref(a, sizeof a, NULL, r0, 2, 0);
	hk_ref(b, sizeof b, NULL, r - 1, 2, 0);
	hk_sh_formula(sh, r, 2, HK_WS_TOTAL, 1, rpt_fmt("=SUM(%s:%s)", a, b), tot);
	hk_wb_name(R->wb, "monthly_heat_mwh", sh, r, 2);
	hk_sh_merge(sh, r0, 4, NCOL - 1, HK_WS_NOTE,
		    m.rule == HK_BFP_FULL_YEAR
			    ? RL(R, "全年逐日曲线：每一时段按其日期计入所在月份（每月 730 h）。",
				 "A year of days: each step in the month of its date (730-h months).")
			    : rpt_fmt(RL(R, "典型日：供暖季耗热量 Σ(负荷×时长×代表天数) 均匀分布于以 1月15日 为中心的 %s 天供暖季，"
					 "按每月 730 h 计入各月（与地埋管逐月负荷的取法相同）。",
					 "Typical days: the season's heat Σ(load × hours × days) spread evenly over a season "
					 "of %s days centred on 15 January, 730-h months (as the borefield places its loads)."),
				      rpt_num(m.heat_days, -1)));
	if (L->nch < MAXCH) {
		chart *ch = &L->ch[L->nch++];
		ch->kind = HK_WC_COLUMN;
		snprintf(ch->title, sizeof ch->title, "%s", RL(R, "逐月耗热量", "Heat month by month"));
		ch->x = RL(R, "月份", "month");
		ch->y = RL(R, "耗热量 (MWh)", "heat (MWh)");
		ch->s[ch->n++] = (hk_wseries){RL(R, "耗热量", "heat"), sh, r0, r0 + 11, 0, 2};
	}
	L->row = r + 2;
}

/* The borefield's mean fluid temperature year by year: the lowest (at
 * the peak extraction) and the highest (at the peak injection) of each
 * year's months, with the limits, a line chart over the years. */
static void borefield(rpt *R, layout *L)
{
	static const char *const zh[] = {"年份", "最低平均流体温度(℃)", "最高平均流体温度(℃)", "下限(℃)", "上限(℃)"};
	static const char *const en[] = {"year", "lowest mean fluid temperature (C)", "highest mean fluid temperature (C)",
					 "lower limit (C)", "upper limit (C)"};
	static const char *const cols[] = {"tf_peak_ext_c", "tf_peak_inj_c", "tf_min_limit_c", "tf_max_limit_c"};
	const hk_rfile *m = R->f[HK_RK_BOREMONTHS];
	hk_sheet *sh = R->sh_chart;
	long r0 = L->row + 2, r = r0 - 1;
	double year = NAN, v[4] = {0}, x;
	size_t i;
	int c, ny = 0, nc = 4;
	hk_sh_merge(sh, L->row, 0, NCOL - 1, HK_WS_SECTION,
		    RL(R, "图表数据 3：地埋管逐年平均流体温度（逐月计算结果中每年的最低与最高值）",
		       "Chart data 3: the borefield's mean fluid temperature, the lowest and highest month of each year"));
	for (c = 0; c < 5; c++)
		hk_sh_merge(sh, L->row + 1, c * 2, c * 2 + 1, HK_WS_HEAD, R->lzh ? zh[c] : en[c]);
	for (c = 2; c < 4; c++)
		if (hk_rt_col(m, cols[c]) < 0)
			nc = 2;
	for (i = 0; i <= m->nrows; i++) {
		double y = NAN;
		if (i < m->nrows)
			hk_rt_num(m, i, "year", &y, NULL);
		if (i == m->nrows || y != year) {
			if (r >= r0) { /* the year done: write it */
				hk_sh_merge(sh, r, 0, 1, HK_WS_TEXT, rpt_num(year, 0));
				for (c = 0; c < nc; c++) {
					hk_sh_num(sh, r, 2 + 2 * c, HK_WS_NUM, 2, v[c]);
					hk_sh_blank(sh, r, 3 + 2 * c, 3 + 2 * c, HK_WS_NUM);
				}
			}
			if (i == m->nrows)
				break;
			year = y;
			r++;
			ny++;
			v[0] = v[2] = INFINITY;
			v[1] = v[3] = -INFINITY;
		}
		for (c = 0; c < nc; c++)
			if (hk_rt_num(m, i, cols[c], &x, NULL) == HK_OK)
				v[c] = c % 2 ? fmax(v[c], x) : fmin(v[c], x);
	}
	if (ny == 0 || L->nch >= MAXCH)
		return;
	L->row = r + 2;
	{
		chart *ch = &L->ch[L->nch++];
		ch->kind = HK_WC_LINE;
		snprintf(ch->title, sizeof ch->title, "%s", RL(R, "地埋管平均流体温度（逐年）", "Borefield mean fluid temperature, year by year"));
		ch->x = RL(R, "年份", "year");
		ch->y = RL(R, "平均流体温度 (℃)", "mean fluid temperature (C)");
		for (c = 0; c < nc; c++)
			ch->s[ch->n++] = (hk_wseries){R->lzh ? zh[c + 1] : en[c + 1], sh, r0, r0 + ny - 1, 0, 2 + 2 * c};
	}
}

/* Pump group k's curves: its catalog curve for the duty pumps in
 * parallel at full speed (N·q, h) and at the duty speed n (affinity laws:
 * N·n·q, n²·h; Karassik, Pump Handbook ch. 2), and the system curve
 * H = H_st + S·G² (Karassik ch. 8) as formulas over the S and H_st cells. */
static void pump(rpt *R, layout *L, const hk_pump_catalog *cat, int k)
{
	static const char *const zh[] = {"流量·全速(m³/h)", "扬程·全速(m)", "流量·设计转速(m³/h)", "扬程·设计转速(m)", "管网扬程(m)"};
	static const char *const en[] = {"flow, full speed (m3/h)", "head, full speed (m)", "flow, duty speed (m3/h)",
					 "head, duty speed (m)", "system head (m)"};
	const hk_rfile *p = R->pump[k];
	const hk_pump_model *m = NULL;
	hk_sheet *sh = R->sh_chart;
	const char *name = *p->label ? rpt_name(R, p->label) : rpt_base(p->path);
	double n = hk_rs_opt(p, "duty_pumps"), sp = hk_rs_opt(p, "speed_ratio"), S = hk_rs_opt(p, "system_s");
	double hs = hk_rs_opt(p, "static_head_m");
	long r0 = L->row + 4, r;
	size_t i;
	int c;
	char cs[RPT_REF], ch0[RPT_REF], g[RPT_REF];
	if (!cat || hk_pump_catalog_find(cat, hk_rs_text(p, "pump_model"), &m, NULL) != HK_OK || !m || !(n > 0) ||
	    !isfinite(S))
		return;
	hs = isfinite(hs) ? hs : 0;
	sp = isfinite(sp) && sp > 0 ? sp : 1;
	hk_sh_merge(sh, L->row, 0, NCOL - 1, HK_WS_SECTION,
		    rpt_fmt(RL(R, "图表数据：%s 水泵与管网特性曲线（%s × %s 台并联运行，样本曲线）",
			       "Chart data: %s, pump and system curves (%s × %s in parallel, catalog curve)"),
			    name, hk_rs_text(p, "pump_model"), rpt_num(n, 0)));
	hk_sh_merge(sh, L->row + 1, 0, 1, HK_WS_TEXT, RL(R, "管路特性系数 S", "system resistance S"));
	hk_sh_merge(sh, L->row + 1, 2, 3, HK_WS_INPUT, NULL);
	hk_sh_num(sh, L->row + 1, 2, HK_WS_INPUT, 8, S);
	hk_sh_merge(sh, L->row + 1, 4, 5, HK_WS_TEXT, RL(R, "静扬程 H_st(m)", "static head H_st (m)"));
	hk_sh_num(sh, L->row + 1, 6, HK_WS_INPUT, 2, hs);
	hk_sh_merge(sh, L->row + 1, 7, NCOL - 1, HK_WS_NOTE,
		    rpt_fmt(RL(R, "设计转速比 n = %s（相似定律：Q ∝ n，H ∝ n²）；管网 H = H_st + S·G²",
			       "duty speed ratio n = %s (affinity laws: Q ∝ n, H ∝ n²); system H = H_st + S·G²"),
			    rpt_num(sp, 4)));
	hk_ref(cs, sizeof cs, NULL, L->row + 1, 2, 1);
	hk_ref(ch0, sizeof ch0, NULL, L->row + 1, 6, 1);
	for (c = 0; c < 5; c++)
		hk_sh_merge(sh, r0 - 2, c * 2, c * 2 + 1, HK_WS_HEAD, R->lzh ? zh[c] : en[c]);
	for (c = 0; c < 5; c++)
		hk_sh_blank(sh, r0 - 1, c * 2, c * 2 + 1, HK_WS_HEAD);
	for (i = 0, r = r0; i < m->npts; i++, r++) {
		double q = m->pts[i].flow_m3h * n, h = m->pts[i].head_m;
		hk_sh_num(sh, r, 0, HK_WS_NUM, 1, q);
		hk_sh_num(sh, r, 2, HK_WS_NUM, 2, h);
		hk_sh_num(sh, r, 4, HK_WS_NUM, 1, q * sp);
		hk_sh_num(sh, r, 6, HK_WS_NUM, 2, h * sp * sp);
		hk_ref(g, sizeof g, NULL, r, 0, 0);
		hk_sh_formula(sh, r, 8, HK_WS_NUM, 2, rpt_fmt("=%s+%s*%s^2", ch0, cs, g), hs + S * q * q);
	}
	L->row = r + 1;
	if (L->nch < MAXCH) {
		chart *ch = &L->ch[L->nch++];
		ch->kind = HK_WC_SCATTER;
		snprintf(ch->title, sizeof ch->title, RL(R, "%s：水泵与管网特性曲线", "%s: pump and system curves"), name);
		ch->x = RL(R, "流量 (m³/h)", "flow (m3/h)");
		ch->y = RL(R, "扬程 (m)", "head (m)");
		ch->s[ch->n++] = (hk_wseries){RL(R, "水泵（全速）", "pumps, full speed"), sh, r0, r - 1, 0, 2};
		ch->s[ch->n++] = (hk_wseries){RL(R, "水泵（设计转速）", "pumps, duty speed"), sh, r0, r - 1, 4, 6};
		ch->s[ch->n++] = (hk_wseries){RL(R, "管网特性", "system"), sh, r0, r - 1, 0, 8};
	}
}

static void pumps(rpt *R, layout *L)
{
	hk_pump_catalog cat;
	int k;
	if (!R->npump || !R->o->pumps_default || hk_pump_catalog_load(R->o->pumps_default, NULL, &cat, NULL) != HK_OK)
		return;
	for (k = 0; k < R->npump; k++)
		pump(R, L, &cat, k);
	hk_pump_catalog_free(&cat);
}

/* each compared scheme's cumulative net cash flow, 经济's rows */
static void flows(rpt *R, layout *L)
{
	chart *ch;
	int k;
	if (L->nch >= MAXCH)
		return;
	ch = &L->ch[L->nch++];
	ch->kind = HK_WC_LINE;
	snprintf(ch->title, sizeof ch->title, RL(R, "累计净现金流量（与%s相比）", "Cumulative net cash flow (against %s)"),
		 rpt_scheme_name(R, R->base));
	ch->x = RL(R, "年份", "year");
	ch->y = RL(R, "累计净现金流量 (元)", "cumulative net cash flow (yuan)");
	for (k = 0; k < R->ns; k++)
		if (k != R->base && R->s[k].cf_row0 > 0)
			ch->s[ch->n++] = (hk_wseries){rpt_scheme_name(R, k), R->sh_econ, R->s[k].cf_row0,
						      R->s[k].cf_row0 + R->life, R->cf_col_year, R->cf_col_cum};
}

/* the data tables from row, the charts counted in L */
static void tables(rpt *R, layout *L, long row)
{
	memset(L, 0, sizeof *L);
	L->row = row;
	if (wanted_days(R)) {
		days(R, L);
		months(R, L);
	}
	if (R->f[HK_RK_BOREMONTHS])
		borefield(R, L);
	pumps(R, L);
	if (wanted_flows(R))
		flows(R, L);
}

void rpt_chart(rpt *R)
{
	double w[NCOL], body = hk_sh_page_body_pt(R->sh_chart), row_pt;
	hk_sheet *sh = R->sh_chart;
	layout *L = calloc(1, sizeof *L);
	int k;
	if (!L)
		return;
	for (k = 0; k < NCOL; k++)
		w[k] = CW;
	hk_sh_columns(sh, w, NCOL, 1);
	hk_sh_merge(sh, 0, 0, NCOL - 1, HK_WS_TITLE, RL(R, "图表", "Charts"));
	/* the charts first (a row each), their data tables under them: count
	 * the charts on a dry run (no sheet: nothing written), then lay out */
	R->sh_chart = NULL;
	tables(R, L, 0);
	R->sh_chart = sh;
	tables(R, L, 1 + L->nch + 1);
	/* two charts to a page: the page body less the title row, halved */
	row_pt = floor((body - 16 - 4) / PER_PAGE);
	for (k = 0; k < L->nch; k++) {
		chart *c = &L->ch[k];
		hk_sh_row_height(sh, 1 + k, row_pt);
		hk_sh_chart(sh, 1 + k, 0, NCOL * COL_PX - 10, (int)(row_pt * 4 / 3) - 8, c->kind, c->title, c->x, c->y,
			    c->s, c->n);
	}
	free(L);
}
