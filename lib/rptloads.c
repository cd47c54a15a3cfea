/*
 * rptloads.c - 负荷: the buildings (area, index, design load as the
 * formula Q = q·A, night load, annual heat) with 合计 and per-phase rows
 * as SUM/SUMIF formulas, then the typical days of the profile: each day's
 * peak, heat and season heat, from its step-by-step loads beside them.
 */
#include "rpt.h"

#include "loads.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "units.h"

#define MAXDAYS 7 /* typical days laid out step by step, side by side */
#define MAXSTEPS 96

enum { B_NO, B_NAME, B_TYPE, B_PHASE, B_AREA, B_INDEX, B_LOAD, B_NIGHT, B_HEAT, B_SRC, B_N };

/* loadcalc's index_source in the report's language */
static const char *index_src(const rpt *R, const char *s)
{
	char type[128] = "";
	const char *pt, *sv;
	if (!strncmp(s, "given in the input", 18))
		return RL(R, "输入给定", "given in the input");
	if (strncmp(s, "CJJ 34-2010 Table 3.1.2-1 ", 26))
		return s;
	/* "CJJ 34-2010 Table 3.1.2-1 住宅 (节能, middle of range): ..." (cmd/loadcalc.c) */
	sscanf(s + 26, "%127[^ (]", type);
	sv = strstr(s, "未节能") ? RL(R, "未节能", "not energy-saving") : RL(R, "节能", "energy-saving");
	pt = strstr(s, "low end") ? RL(R, "下限", "low end") : strstr(s, "high end") ? RL(R, "上限", "high end")
										      : RL(R, "中值", "middle");
	if (R->lzh)
		return rpt_fmt("CJJ 34-2010 表3.1.2-1 %s（%s，区间%s）", type, sv, pt);
	return rpt_fmt("CJJ 34-2010 Table 3.1.2-1 (%s, %s of the range)", sv, pt);
}

static void head(rpt *R, long r)
{
	static const char *const zh[B_N] = {"序号", "建筑名称", "建筑类型", "分期", "建筑面积(m²)", "面积热指标(W/m²)",
					    "设计热负荷(kW)", "夜间热负荷(kW)", "年耗热量(GJ)", "热指标来源"};
	static const char *const en[B_N] = {"No.", "building", "type", "phase", "floor area (m²)", "heat index (W/m²)",
					    "design load (kW)", "night load (kW)", "annual heat (GJ)", "index source"};
	int c;
	for (c = 0; c < B_N; c++)
		hk_sh_text(R->sh_load, r, c, HK_WS_HEAD, R->lzh ? zh[c] : en[c]);
}

/* a SUM over rows r0..r1 of column c, cached v, at row r */
static void col_sum(hk_sheet *sh, long r, int c, long r0, long r1, int dec, double v, char *ref, size_t rsz)
{
	char a[RPT_REF], b[RPT_REF];
	hk_ref(a, sizeof a, NULL, r0, c, 0);
	hk_ref(b, sizeof b, NULL, r1, c, 0);
	hk_sh_formula(sh, r, c, HK_WS_TOTAL, dec, rpt_fmt("=SUM(%s:%s)", a, b), v);
	if (ref)
		hk_ref(ref, rsz, sh, r, c, 1);
}

/* per-phase rows: SUMIF over the phase column */
static long phases(rpt *R, long r, long r0, long r1)
{
	const hk_rfile *b = R->f[HK_RK_BUILDINGS];
	hk_sheet *sh = R->sh_load;
	char seen[16][32];
	int ns = 0, c, j;
	size_t i;
	long cp = hk_rt_col(b, "phase");
	static const int cols[] = {B_AREA, B_LOAD, B_NIGHT, B_HEAT};
	static const char *const keys[] = {"area_m2", "design_load_kw", "night_load_kw", "annual_heat_gj"};
	for (i = 0; cp >= 0 && i < b->nrows && ns < 16; i++) {
		const char *p = hk_rt_cell(b, i, cp);
		for (j = 0; j < ns && strcmp(seen[j], p); j++)
			;
		if (j == ns && *p)
			snprintf(seen[ns++], sizeof seen[0], "%s", p);
	}
	if (ns < 2)
		return r;
	for (j = 0; j < ns; j++, r++) {
		double v;
		char rng[2][RPT_REF], crit[RPT_REF];
		hk_sh_blank(sh, r, B_NO, B_NO, HK_WS_TEXT);
		hk_sh_text(sh, r, B_NAME, HK_WS_TOTALTXT, rpt_fmt(RL(R, "其中：第%s期", "of which phase %s"), seen[j]));
		hk_sh_blank(sh, r, B_TYPE, B_TYPE, HK_WS_TEXT);
		if (hk_parse_number(seen[j], &v, NULL) == HK_OK)
			hk_sh_num(sh, r, B_PHASE, HK_WS_NUM, -1, v);
		else
			hk_sh_text(sh, r, B_PHASE, HK_WS_TEXT, seen[j]);
		hk_ref(rng[0], sizeof rng[0], NULL, r0, B_PHASE, 1);
		hk_ref(rng[1], sizeof rng[1], NULL, r1, B_PHASE, 1);
		hk_ref(crit, sizeof crit, NULL, r, B_PHASE, 0);
		for (c = 0; c < 4; c++) {
			char a[RPT_REF], z[RPT_REF];
			double s = 0, x;
			if (hk_rt_col(b, keys[c]) < 0) {
				hk_sh_blank(sh, r, cols[c], cols[c], HK_WS_TEXT);
				continue;
			}
			for (i = 0; i < b->nrows; i++)
				if (!strcmp(hk_rt_cell(b, i, cp), seen[j]) && hk_rt_num(b, i, keys[c], &x, NULL) == HK_OK)
					s += x;
			hk_ref(a, sizeof a, NULL, r0, cols[c], 1);
			hk_ref(z, sizeof z, NULL, r1, cols[c], 1);
			hk_sh_formula(sh, r, cols[c], HK_WS_TOTAL, c == 0 || c == 3 ? 1 : 2,
				      rpt_fmt("=SUMIF(%s:%s,%s,%s:%s)", rng[0], rng[1], crit, a, z), s);
		}
		hk_sh_blank(sh, r, B_INDEX, B_INDEX, HK_WS_TEXT);
		hk_sh_blank(sh, r, B_SRC, B_SRC, HK_WS_TEXT);
	}
	return r;
}

/* a building type (loads.c's names and aliases) in the book's language,
 * any other as given */
static const char *btype(const rpt *R, const char *type)
{
	hk_btype t;
	char *c, *s;
	if (!type || !*type || hk_btype_find(type, &t, NULL) != HK_OK)
		return type ? type : "";
	if (R->lzh)
		return t.name_zh;
	for (s = c = (char *)rpt_fmt("%s", t.key); *c; c++)
		if (*c == '_')
			*c = ' ';
	return s;
}

static long buildings(rpt *R, long r)
{
	const hk_rfile *b = R->f[HK_RK_BUILDINGS];
	hk_sheet *sh = R->sh_load;
	long r0 = r, r1;
	size_t i;
	double tot[4] = {0}, v, a, q;
	char ra[RPT_REF], rq[RPT_REF];
	head(R, r0 - 1);
	for (i = 0; i < b->nrows; i++, r++) {
		hk_sh_num(sh, r, B_NO, HK_WS_NUM, 0, (double)i + 1);
		hk_sh_text(sh, r, B_NAME, HK_WS_WRAP, hk_rt_cell(b, i, hk_rt_col(b, "name")));
		hk_sh_text(sh, r, B_TYPE, HK_WS_TEXT, btype(R, hk_rt_cell(b, i, hk_rt_col(b, "type"))));
		if (hk_rt_num(b, i, "phase", &v, NULL) == HK_OK)
			hk_sh_num(sh, r, B_PHASE, HK_WS_NUM, -1, v);
		else
			hk_sh_text(sh, r, B_PHASE, HK_WS_TEXT, hk_rt_cell(b, i, hk_rt_col(b, "phase")));
		hk_rt_num(b, i, "area_m2", &a, NULL);
		hk_rt_num(b, i, "index_w_m2", &q, NULL);
		hk_sh_num(sh, r, B_AREA, HK_WS_INPUT, 1, a);
		hk_sh_num(sh, r, B_INDEX, HK_WS_INPUT, 2, q);
		hk_rt_num(b, i, "design_load_kw", &v, NULL);
		hk_ref(ra, sizeof ra, NULL, r, B_AREA, 0);
		hk_ref(rq, sizeof rq, NULL, r, B_INDEX, 0);
		/* Q = q_h·A (CJJ 34-2010 §3.1.2) */
		hk_sh_formula(sh, r, B_LOAD, HK_WS_NUM, 2, rpt_fmt("=%s*%s/1000", ra, rq), v);
		tot[0] += a;
		tot[1] += v;
		if (hk_rt_num(b, i, "night_load_kw", &v, NULL) == HK_OK) {
			hk_sh_num(sh, r, B_NIGHT, HK_WS_NUM, 2, v);
			tot[2] += v;
		} else {
			hk_sh_blank(sh, r, B_NIGHT, B_NIGHT, HK_WS_TEXT);
		}
		if (hk_rt_num(b, i, "annual_heat_gj", &v, NULL) == HK_OK) {
			hk_sh_num(sh, r, B_HEAT, HK_WS_NUM, 1, v);
			tot[3] += v;
		} else {
			hk_sh_blank(sh, r, B_HEAT, B_HEAT, HK_WS_TEXT);
		}
		hk_sh_text(sh, r, B_SRC, HK_WS_WRAP, index_src(R, hk_rt_cell(b, i, hk_rt_col(b, "index_source"))));
	}
	r1 = r - 1;
	hk_sh_blank(sh, r, B_NO, B_NO, HK_WS_TEXT);
	hk_sh_text(sh, r, B_NAME, HK_WS_TOTALTXT, RL(R, "合计", "Total"));
	hk_sh_blank(sh, r, B_TYPE, B_PHASE, HK_WS_TEXT);
	col_sum(sh, r, B_AREA, r0, r1, 1, tot[0], R->c_area, sizeof R->c_area);
	col_sum(sh, r, B_LOAD, r0, r1, 2, tot[1], R->c_load, sizeof R->c_load);
	col_sum(sh, r, B_NIGHT, r0, r1, 2, tot[2], R->c_night, sizeof R->c_night);
	col_sum(sh, r, B_HEAT, r0, r1, 1, tot[3], R->c_heat, sizeof R->c_heat);
	hk_wb_name(R->wb, "area_m2", sh, r, B_AREA);
	hk_wb_name(R->wb, "design_load_kw", sh, r, B_LOAD);
	hk_wb_name(R->wb, "night_load_kw", sh, r, B_NIGHT);
	/* the mean index of the whole: ΣQ/ΣA */
	hk_ref(ra, sizeof ra, NULL, r, B_AREA, 0);
	hk_ref(rq, sizeof rq, NULL, r, B_LOAD, 0);
	hk_sh_formula(sh, r, B_INDEX, HK_WS_TOTAL, 2, rpt_fmt("=%s*1000/%s", rq, ra), tot[1] * 1000 / tot[0]);
	hk_sh_text(sh, r, B_SRC, HK_WS_WRAP, RL(R, "平均热指标 = ΣQ/ΣA", "mean index = ΣQ/ΣA"));
	return phases(R, r + 1, r0, r1) + 1;
}

/* Without the building table: the loads summary's totals, as values. */
static long totals(rpt *R, long r)
{
	const hk_rfile *l = R->f[HK_RK_LOADS];
	hk_sheet *sh = R->sh_load;
	head(R, r - 1);
	hk_sh_blank(sh, r, B_NO, B_NO, HK_WS_TEXT);
	hk_sh_text(sh, r, B_NAME, HK_WS_TOTALTXT, rpt_fmt(RL(R, "合计（%s 栋）", "Total (%s buildings)"),
							  rpt_num(hk_rs_opt(l, "buildings"), 0)));
	hk_sh_blank(sh, r, B_TYPE, B_PHASE, HK_WS_TEXT);
	hk_sh_num(sh, r, B_AREA, HK_WS_TOTAL, 1, hk_rs_opt(l, "area_m2"));
	hk_sh_num(sh, r, B_INDEX, HK_WS_TOTAL, 2, hk_rs_opt(l, "mean_index_w_m2"));
	hk_sh_num(sh, r, B_LOAD, HK_WS_TOTAL, 1, hk_rs_opt(l, "design_load_kw"));
	hk_sh_num(sh, r, B_NIGHT, HK_WS_TOTAL, 1, hk_rs_opt(l, "night_load_kw"));
	hk_sh_num(sh, r, B_HEAT, HK_WS_TOTAL, 1, hk_rs_opt(l, "annual_heat_gj"));
	hk_sh_text(sh, r, B_SRC, HK_WS_WRAP, rpt_fmt(RL(R, "%s（无建筑明细表）", "%s (no building table)"),
						      rpt_base(l->path)));
	hk_ref(R->c_area, sizeof R->c_area, sh, r, B_AREA, 1);
	hk_ref(R->c_load, sizeof R->c_load, sh, r, B_LOAD, 1);
	hk_ref(R->c_night, sizeof R->c_night, sh, r, B_NIGHT, 1);
	hk_ref(R->c_heat, sizeof R->c_heat, sh, r, B_HEAT, 1);
	return r + 2;
}

int rpt_profile_days(const hk_rfile *p, rpt_day *d, int max)
{
	long cd = hk_rt_col(p, "day");
	size_t i;
	int n = 0;
	for (i = 0; i < p->nrows; i++) {
		double q, dt;
		if (n == 0 || strcmp(hk_rt_cell(p, i, cd), d[n - 1].name)) {
			if (n == max)
				return -1;
			memset(&d[n], 0, sizeof d[n]);
			d[n].r0 = i;
			d[n].name = hk_rt_cell(p, i, cd);
			hk_rt_num(p, i, "days", &d[n].days, NULL);
			if (hk_rt_num(p, i, "t_out_c", &d[n].t_out, NULL) != HK_OK)
				d[n].t_out = NAN;
			n++;
		}
		hk_rt_num(p, i, "heat_load_kw", &q, NULL);
		hk_rt_num(p, i, "dt_h", &dt, NULL);
		d[n - 1].n++;
		d[n - 1].heat += q * dt;
		if (q > d[n - 1].peak)
			d[n - 1].peak = q;
	}
	return n;
}

/* the step table: one column of loads per day, at rows s0.. */
static void steps(rpt *R, long s0, const rpt_day *d, int nd)
{
	const hk_rfile *p = R->f[HK_RK_PROFILE];
	hk_sheet *sh = R->sh_load;
	size_t i;
	int k;
	hk_sh_merge(sh, s0 - 2, 0, B_N - 1, HK_WS_SECTION, RL(R, "典型日逐时热负荷(kW)", "Typical days step by step: heat load (kW)"));
	hk_sh_text(sh, s0 - 1, 0, HK_WS_HEAD, RL(R, "序号", "No."));
	hk_sh_text(sh, s0 - 1, 1, HK_WS_HEAD, RL(R, "起始时刻(h)", "start (h)"));
	hk_sh_text(sh, s0 - 1, 2, HK_WS_HEAD, RL(R, "时长(h)", "length (h)"));
	for (k = 0; k < nd; k++)
		hk_sh_text(sh, s0 - 1, 3 + k, HK_WS_HEAD, d[k].name);
	for (i = 0; i < d[0].n; i++) {
		double v;
		hk_sh_num(sh, s0 + (long)i, 0, HK_WS_NUM, 0, (double)i + 1);
		hk_rt_num(p, d[0].r0 + i, "start_h", &v, NULL);
		hk_sh_num(sh, s0 + (long)i, 1, HK_WS_NUM, 2, v);
		hk_rt_num(p, d[0].r0 + i, "dt_h", &v, NULL);
		hk_sh_num(sh, s0 + (long)i, 2, HK_WS_NUM, 2, v);
		for (k = 0; k < nd; k++) {
			hk_rt_num(p, d[k].r0 + i, "heat_load_kw", &v, NULL);
			hk_sh_num(sh, s0 + (long)i, 3 + k, HK_WS_NUM, 1, v);
		}
	}
}

/* the same step grid in every day (so they sit side by side) */
static int same_grid(const hk_rfile *p, const rpt_day *d, int nd)
{
	int k;
	size_t i;
	if (nd > MAXDAYS || d[0].n > MAXSTEPS)
		return 0;
	for (k = 1; k < nd; k++) {
		if (d[k].n != d[0].n)
			return 0;
		for (i = 0; i < d[0].n; i++)
			if (strcmp(hk_rt_cell(p, d[k].r0 + i, hk_rt_col(p, "start_h")),
				   hk_rt_cell(p, d[0].r0 + i, hk_rt_col(p, "start_h"))))
				return 0;
	}
	return 1;
}

static void days(rpt *R, long r)
{
	hk_sheet *sh = R->sh_load;
	rpt_day d[64];
	int nd = rpt_profile_days(R->f[HK_RK_PROFILE], d, 64), k, grid;
	long r0, s0;
	double tot = 0, ndays = 0;
	static const char *const zh[] = {"序号", "典型日", "室外温度(℃)", "代表天数(d)", "最大热负荷(kW)", "日耗热量(kWh)", "季节耗热量(kWh)"};
	static const char *const en[] = {"No.", "typical day", "outdoor (C)", "days (d)", "peak load (kW)", "heat of the day (kWh)", "heat of its days (kWh)"};
	if (nd <= 0)
		return; /* an hourly year: its days are not laid out here */
	grid = same_grid(R->f[HK_RK_PROFILE], d, nd);
	hk_sh_merge(sh, r, 0, B_N - 1, HK_WS_SECTION, RL(R, "典型日负荷", "Typical days"));
	for (k = 0; k < 7; k++)
		hk_sh_text(sh, r + 1, k, HK_WS_HEAD, R->lzh ? zh[k] : en[k]);
	r0 = r + 2;
	s0 = r0 + nd + 1 + 3; /* total row, blank, section, head */
	for (k = 0; k < nd; k++) {
		long rr = r0 + k;
		char a[RPT_REF], b[RPT_REF], c[RPT_REF];
		hk_sh_num(sh, rr, 0, HK_WS_NUM, 0, k + 1);
		hk_sh_text(sh, rr, 1, HK_WS_TEXT, d[k].name);
		hk_sh_num(sh, rr, 2, HK_WS_NUM, 1, d[k].t_out);
		hk_sh_num(sh, rr, 3, HK_WS_INPUT, -1, d[k].days);
		if (grid) { /* the day's column: its peak and Σ load·dt */
			char c1[RPT_REF];
			long last = s0 + (long)d[0].n - 1;
			hk_ref(a, sizeof a, NULL, s0, 2, 1);
			hk_ref(b, sizeof b, NULL, last, 2, 1);
			hk_ref(c, sizeof c, NULL, s0, 3 + k, 0);
			hk_ref(c1, sizeof c1, NULL, last, 3 + k, 0);
			hk_sh_formula(sh, rr, 4, HK_WS_NUM, 1, rpt_fmt("=MAX(%s:%s)", c, c1), d[k].peak);
			hk_sh_formula(sh, rr, 5, HK_WS_NUM, 0, rpt_fmt("=SUMPRODUCT(%s:%s,%s:%s)", a, b, c, c1),
				      d[k].heat);
		} else {
			hk_sh_num(sh, rr, 4, HK_WS_NUM, 1, d[k].peak);
			hk_sh_num(sh, rr, 5, HK_WS_NUM, 0, d[k].heat);
		}
		hk_ref(a, sizeof a, NULL, rr, 3, 0);
		hk_ref(b, sizeof b, NULL, rr, 5, 0);
		hk_sh_formula(sh, rr, 6, HK_WS_NUM, 0, rpt_fmt("=%s*%s", a, b), d[k].days * d[k].heat);
		tot += d[k].days * d[k].heat;
		ndays += d[k].days;
	}
	r = r0 + nd;
	hk_sh_blank(sh, r, 0, 0, HK_WS_TEXT);
	hk_sh_text(sh, r, 1, HK_WS_TOTALTXT, RL(R, "合计", "Total"));
	hk_sh_blank(sh, r, 2, 2, HK_WS_TEXT);
	col_sum(sh, r, 3, r0, r - 1, 0, ndays, NULL, 0);
	hk_sh_blank(sh, r, 4, 5, HK_WS_TEXT);
	col_sum(sh, r, 6, r0, r - 1, 0, tot, NULL, 0);
	hk_wb_name(R->wb, "season_heat_kwh", sh, r, 6);
	if (grid)
		steps(R, s0, d, nd);
}

/* the heat per month (loadcalc --monthly): its rows, then 合计 as SUM
 * formulas, GJ and share as formulas; returns the next free row */
static long months(rpt *R, long r)
{
	static const char *const zh[] = {"序号", "月份", "供暖天数(d)", "耗热量(kWh)", "耗热量(GJ)", "占比"};
	static const char *const en[] = {"No.", "month", "heating days (d)", "heat (kWh)", "heat (GJ)", "share"};
	static const char *const mon[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	const hk_rfile *f = R->f[HK_RK_MONTHLY];
	hk_sheet *sh = R->sh_load;
	long r0 = r + 2, rt = r0 + (long)f->nrows, k;
	double m, d, q, tot = 0, ndays = 0;
	char a[RPT_REF], t[RPT_REF];
	int hourly = !strncmp(hk_rt_cell(f, 0, hk_rt_col(f, "source")), "Σ", strlen("Σ"));
	for (k = 0; k < (long)f->nrows; k++)
		if (hk_rt_num(f, (size_t)k, "heat_kwh", &q, NULL) == HK_OK)
			tot += q;
	hk_sh_merge(sh, r, 0, B_N - 1, HK_WS_SECTION, RL(R, "逐月耗热量（供暖季）", "Heat per month (heating season)"));
	for (k = 0; k < 6; k++)
		hk_sh_text(sh, r + 1, (int)k, HK_WS_HEAD, R->lzh ? zh[k] : en[k]);
	hk_ref(t, sizeof t, NULL, rt, 3, 1);
	for (k = 0; k < (long)f->nrows; k++) {
		long rr = r0 + k;
		hk_rt_num(f, (size_t)k, "month", &m, NULL);
		hk_rt_num(f, (size_t)k, "days", &d, NULL);
		hk_rt_num(f, (size_t)k, "heat_kwh", &q, NULL);
		hk_sh_num(sh, rr, 0, HK_WS_NUM, 0, (double)(k + 1));
		hk_sh_text(sh, rr, 1, HK_WS_TEXT,
			   R->lzh ? rpt_fmt("%d月", (int)m) : (m >= 1 && m <= 12 ? mon[(int)m - 1] : "?"));
		hk_sh_num(sh, rr, 2, HK_WS_NUM, 0, d);
		hk_sh_num(sh, rr, 3, HK_WS_NUM, 0, q);
		hk_ref(a, sizeof a, NULL, rr, 3, 0);
		hk_sh_formula(sh, rr, 4, HK_WS_NUM, 1, rpt_fmt("=%s*0.0036", a), q * 0.0036); /* 1 kWh = 3.6 MJ */
		hk_sh_formula(sh, rr, 5, HK_WS_PCT, 1, rpt_fmt("=%s/%s", a, t), tot > 0 ? q / tot : 0);
		ndays += d;
	}
	hk_sh_blank(sh, rt, 0, 0, HK_WS_TEXT);
	hk_sh_text(sh, rt, 1, HK_WS_TOTALTXT, RL(R, "合计", "Total"));
	col_sum(sh, rt, 2, r0, rt - 1, 0, ndays, NULL, 0);
	col_sum(sh, rt, 3, r0, rt - 1, 0, tot, NULL, 0);
	col_sum(sh, rt, 4, r0, rt - 1, 1, tot * 0.0036, NULL, 0);
	col_sum(sh, rt, 5, r0, rt - 1, 1, tot > 0 ? 1 : 0, NULL, 0);
	hk_wb_name(R->wb, "monthly_heat_kwh", sh, rt, 3);
	hk_sh_merge(sh, rt + 1, 0, B_N - 1, HK_WS_WRAP,
		    hourly ? RL(R, "计算方法：逐时负荷（--weather 气象文件，供暖期内）按月累加 Σ Q·1 h",
				"Method: the hourly loads (--weather file, inside the heating season) summed per month, Σ Q·1 h")
			   : RL(R, "计算方法：CJJ 34-2010 第3.2节年耗热量按供暖天数逐月分配，Q_m = Q_a·N_m/N（Q_a 计入夜间值班；"
				   "GB 50736-2012 附录A 无逐月数据：N 天供暖期以1月15日为中心，各月取供暖期室外平均温度，工具假定）",
				"Method: the annual heat of CJJ 34-2010 §3.2 split over the heating days, Q_m = Q_a·N_m/N (Q_a "
				"with the night set-back; GB 50736-2012 Appendix A gives no monthly data: the N-day season "
				"centred on 15 January, the season's mean temperature in every month, a toolkit assumption)"));
	return rt + 3;
}

void rpt_loads(rpt *R)
{
	static const double w[B_N] = {6, 16, 11, 9, 13, 13, 13, 13, 12, 30};
	hk_sheet *sh = R->sh_load;
	long r = 3;
	hk_sh_columns(sh, w, B_N, 1);
	hk_sh_merge(sh, 0, 0, B_N - 1, HK_WS_TITLE, RL(R, "建筑热负荷及典型日负荷", "Building heat loads and typical days"));
	if (R->f[HK_RK_BUILDINGS] || R->f[HK_RK_LOADS]) {
		hk_sh_merge(sh, 1, 0, B_N - 1, HK_WS_SECTION,
			    RL(R, "建筑热负荷（面积热指标法，CJJ 34-2010 第3.1.2条）",
			       "Building heat loads (area-index method, CJJ 34-2010 §3.1.2)"));
		r = R->f[HK_RK_BUILDINGS] ? buildings(R, 3) : totals(R, 3);
	}
	if (R->f[HK_RK_MONTHLY])
		r = months(R, r);
	if (R->f[HK_RK_PROFILE])
		days(R, r);
}
