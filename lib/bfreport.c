/*
 * bfreport.c - a borefield run in words (see bfrun.h): the summary rows,
 * each a key with its unit and labels from one table and its value and
 * source from the run, the design-rule warnings, and the monthly table.
 *
 * An option's row says where its value comes from as the request carries
 * it (hk_bf_request.src, from the option parser's "given" flag): "--NAME",
 * or "default V: source" from the option table.
 */
#include "bfreport.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* the summary's rows: key, unit, decimals and labels (zh, en); the
 * source is the run's */
static const hk_sumspec rows[] = {
	{"mode", NULL, 0, "计算模式", "mode"},
	{"method", NULL, 0, "计算方法", "method"},
	{"g_function", NULL, 0, "g函数", "g-function"},
	{"g_error_pct", "%", 2, "g函数误差估计", "g-function error estimate"},
	{"boreholes", "", 0, "钻孔数", "boreholes"},
	{"layout", NULL, 0, "布置", "layout"},
	{"spacing_m", "m", 2, "孔间距", "spacing"},
	{"spacing_y_m", "m", 2, "y向孔间距", "spacing along y"},
	{"land_w_m", "m", 1, "场地宽", "land width"},
	{"land_l_m", "m", 1, "场地长", "land length"},
	{"depth_m", "m", 2, "孔深", "borehole depth"},
	{"total_length_m", "m", 1, "总钻孔长度", "total length drilled"},
	{"limit", NULL, 0, "控制条件", "limiting condition"},
	{"ashrae_length_heating_m", "m", 1, "ASHRAE法供热工况总孔长", "ASHRAE total length, heating"},
	{"ashrae_length_cooling_m", "m", 1, "ASHRAE法供冷工况总孔长", "ASHRAE total length, cooling"},
	{"ashrae_governs", NULL, 0, "ASHRAE法控制工况", "season that governs (ASHRAE)"},
	{"ashrae_qh_w", "W", 0, "6小时峰值地埋管负荷", "6-hour peak ground load (injection > 0)"},
	{"ashrae_qm_w", "W", 0, "最大月地埋管负荷", "highest monthly ground load"},
	{"ashrae_qy_w", "W", 1, "年平均地埋管负荷", "yearly mean ground load"},
	{"ashrae_tm_c", "℃", 3, "设计平均流体温度", "design mean fluid temperature"},
	{"ashrae_tp_k", "K", 4, "温度惩罚Tp", "temperature penalty Tp"},
	{"ashrae_r6h_mk_w", "mK/W", 5, "6小时有效岩土热阻", "effective ground resistance, 6 h"},
	{"ashrae_r1m_mk_w", "mK/W", 5, "1个月有效岩土热阻", "effective ground resistance, 1 month"},
	{"ashrae_r10y_mk_w", "mK/W", 5, "10年有效岩土热阻", "effective ground resistance, 10 years"},
	{"ashrae_range", NULL, 0, "ASHRAE法拟合适用范围", "within the fits' ranges"},
	{"depth_needed_m", "m", 2, "所需孔深", "depth the field needs"},
	{"quadrant", "", 0, "控制象限", "limiting quadrant"},
	{"limit_year", "", 0, "控制年份", "year of the binding extreme"},
	{"tf_min_c", "℃", 3, "最低平均流体温度", "lowest mean fluid temperature"},
	{"tf_max_c", "℃", 3, "最高平均流体温度", "highest mean fluid temperature"},
	{"tf_min_limit_c", "℃", 3, "平均流体温度下限", "lower limit, mean fluid"},
	{"tf_max_limit_c", "℃", 3, "平均流体温度上限", "upper limit, mean fluid"},
	{"dt_ext_k", "K", 3, "取热峰值时进出口温差", "fluid dT at peak extraction"},
	{"dt_inj_k", "K", 3, "排热峰值时进出口温差", "fluid dT at peak injection"},
	{"tg_c", "℃", 3, "原始地温", "undisturbed ground temperature"},
	{"k_w_mk", "W/mK", 3, "岩土导热系数", "ground conductivity"},
	{"rho_c_mj_m3k", "MJ/m3K", 3, "岩土容积比热", "ground heat capacity"},
	{"rb_m", "m", 4, "钻孔半径", "borehole radius"},
	{"buried_m", "m", 2, "钻孔顶部埋深", "buried depth of the top"},
	{"rb_star_mk_w", "mK/W", 4, "钻孔等效热阻", "effective borehole resistance Rb*"},
	{"r_in_m", "m", 4, "U管内半径", "pipe inner radius"},
	{"r_out_m", "m", 4, "U管外半径", "pipe outer radius"},
	{"shank_m", "m", 4, "管中心距孔中心", "borehole centre to pipe centre"},
	{"k_grout_w_mk", "W/mK", 3, "回填料导热系数", "grout conductivity"},
	{"k_pipe_w_mk", "W/mK", 3, "管材导热系数", "pipe conductivity"},
	{"fluid_k_w_mk", "W/mK", 3, "循环液导热系数", "fluid conductivity"},
	{"fluid_rho_kg_m3", "kg/m3", 1, "循环液密度", "fluid density"},
	{"fluid_cp_j_kgk", "J/kgK", 0, "循环液比热", "fluid specific heat"},
	{"fluid_mu_pa_s", "Pa s", 6, "循环液动力粘度", "fluid dynamic viscosity"},
	{"years", "a", 0, "模拟年限", "simulation period"},
	{"peak_hours", "h", 1, "峰值持续时间", "peak duration"},
	{"peak_ext_kw", "kW", 2, "最大取热峰值", "largest extraction peak"},
	{"peak_inj_kw", "kW", 2, "最大排热峰值", "largest injection peak"},
	{"annual_ext_kwh", "kWh", 1, "年取热量", "annual ground extraction"},
	{"annual_inj_kwh", "kWh", 1, "年排热量", "annual ground injection"},
	{"imbalance", "", 4, "年不平衡率", "annual imbalance ratio"},
	{"drift_k", "K", 3, "地温漂移", "ground temperature drift"},
	{"aux_cool_kw", "kW", 2, "辅助冷却容量", "auxiliary cooling (tower)"},
	{"aux_cool_kwh", "kWh", 1, "辅助冷却年耗量", "auxiliary cooling a year"},
	{"aux_heat_kw", "kW", 2, "辅助加热容量", "auxiliary heating"},
	{"aux_heat_kwh", "kWh", 1, "辅助加热年耗量", "auxiliary heating a year"},
	{"tf_max_aux_c", "℃", 3, "加辅助后最高流体温度", "highest mean fluid temperature with the auxiliaries"},
	{"tf_min_aux_c", "℃", 3, "加辅助后最低流体温度", "lowest mean fluid temperature with the auxiliaries"},
	{"w_per_m", "W/m", 1, "单位孔深取热量(计算)", "peak extraction per metre drilled"},
	{"w_per_m_inj", "W/m", 1, "单位孔深排热量(计算)", "peak injection per metre drilled"},
	{"rot_w_per_m", "W/m", 1, "经验单位孔深取热量", "rule-of-thumb W/m, extraction"},
	{"rot_w_per_m_inj", "W/m", 1, "经验单位孔深排热量", "rule-of-thumb W/m, injection"},
	{"rot_ext_length_m", "m", 1, "经验法取热孔长", "rule-of-thumb length for extraction"},
	{"rot_inj_length_m", "m", 1, "经验法排热孔长", "rule-of-thumb length for injection"},
	{"rot_length_m", "m", 1, "经验法总孔长", "rule-of-thumb total length"},
	{"rot_governs", NULL, 0, "经验法控制工况", "season that governs the rule of thumb"},
	{"rot_vs_rigorous", "", 3, "经验法/计算孔长", "rule of thumb / the run's length"},
	{"profile_rule", NULL, 0, "负荷曲线换算规则", "profile placement rule"},
	{"profile_ground_load", NULL, 0, "地埋管负荷换算", "ground load from the profile"},
	{"heating_season_days", "d", 1, "供暖季天数", "heating season"},
	{"loads_added", NULL, 0, "叠加负荷文件", "loads file added"},
	{"loads", NULL, 0, "负荷", "loads"},
};

/* the summary being written and its first failure */
typedef struct {
	hk_summary *s;
	hk_status st;
} report;

static void num(report *p, const char *key, double v, const char *src)
{
	hk_status st = hk_sum_row(p->s, hk_sumspec_find(rows, HK_NELEM(rows), key), v, src);
	if (!p->st)
		p->st = st;
}

static void text(report *p, const char *key, const char *v, const char *src)
{
	hk_status st = hk_sum_row_text(p->s, hk_sumspec_find(rows, HK_NELEM(rows), key), v, src);
	if (!p->st)
		p->st = st;
}

/* Whether the temperatures the run prints (r->T: L3 or L4 over the years
 * at the depth) break a limit by more than their printed precision; the
 * breach in words into buf ("tf_max_c 36.416 C > limit 36.326 C"). */
static int breaks_limits(const hk_bf_request *q, const hk_bf_result *r, char *buf, size_t cap)
{
	/* K: a sized depth meets its limit to the sizing's convergence (and
	 * the summary's 3 decimals); a fixed depth as hk_borefield_run judges */
	const double tol = q->mode == HK_BF_FIXED ? 1e-9 : 0.002;
	int hi = r->T.Tf_max > r->d.Tf_max + tol, lo = r->T.Tf_min < r->d.Tf_min - tol;
	if (hi && lo)
		snprintf(buf, cap, "tf_max_c %.3f C > limit %.3f C and tf_min_c %.3f C < limit %.3f C",
			 r->T.Tf_max, r->d.Tf_max, r->T.Tf_min, r->d.Tf_min);
	else if (hi || lo)
		snprintf(buf, cap, "%s %.3f C %s limit %.3f C", hi ? "tf_max_c" : "tf_min_c",
			 hi ? r->T.Tf_max : r->T.Tf_min, hi ? ">" : "<", hi ? r->d.Tf_max : r->d.Tf_min);
	return hi || lo;
}

/* the g-functions used, in words */
static void g_function_text(const hk_bf_request *q, const hk_bf_result *r, char *buf, size_t cap)
{
	char grp[160];
	const hk_gstats *g = &r->g_last;
	if (q->d.g_fast) {
		snprintf(buf, cap, "fast: equivalent boreholes (<= 64 unknowns), 17 geometric times");
		return;
	}
	if (r->g_computed == 0) { /* L2: its own three-time solve */
		snprintf(buf, cap, "UBWT, 8 segments, solved at the three pulse times");
		return;
	}
	if (!g->equivalent)
		snprintf(grp, sizeof grp, "%zu exact symmetry classes", g->classes);
	else if (g->exact_classes)
		snprintf(grp, sizeof grp, "%zu equivalent boreholes for %zu symmetry classes "
			 "(g %.2g %% off theirs, limit %g %%)", g->classes, g->exact_classes,
			 100 * g->group_err, 100 * HK_BF_GROUP_TOL);
	else
		snprintf(grp, sizeof grp, "%zu equivalent boreholes (UNCHECKED: the symmetry classes "
			 "exceed 480 unknowns)", g->classes);
	snprintf(buf, cap, "%sUBWT, 8 segments, %s, 33 geometric times + Richardson; "
		 "one table per 5 %% of depth, the depth change from fast tables",
		 q->ashrae ? "ASHRAE sized by its own resistance fits; the temperatures: "
		 : q->method == HK_L2 ? "L2 sized at the three pulse times; the temperatures: " : "", grp);
}

/* the error estimate of the accurate g-table, in % of g: time stepping (the
 * Richardson correction, which bounds what is left) plus grouping (one
 * exact step); "unchecked" when equivalent boreholes replaced classes too
 * many to solve, "not estimated" for fast tables and L2's own solve */
static void g_error_row(report *p, const hk_bf_request *q, const hk_bf_result *r)
{
	const hk_gstats *g = &r->g_last;
	if (q->d.g_fast || r->g_computed == 0)
		text(p, "g_error_pct", "not estimated", q->d.g_fast ? "--fast: depths within about 0.1-0.7 % "
		     "of the accurate tables (bench/RESULTS.md)" : "L2: its own three-time solve");
	else if (g->equivalent && !g->exact_classes)
		text(p, "g_error_pct", "unchecked", "equivalent boreholes for symmetry classes beyond 480 "
		     "unknowns: the grouping error is not checked (0.78 % seen on 40 x 25)");
	else
		num(p, "g_error_pct", 100 * (g->step_err + g->group_err), "time stepping: the largest "
		    "Richardson correction |g(h) - g(2h)|/g over the times, a bound on the error left "
		    "(test_gferror: 20 x 20 within it of 513 steps); plus the grouping's one-step error");
}

/* an ASHRAE sizing: both seasons' lengths, the governing one's pulses,
 * resistances and penalty (Philippe, Bernier & Marchio 2010) */
static void sum_ashrae(report *p, const hk_bf_result *r)
{
	const hk_ashrae_result *a = &r->ash;
	const hk_ashrae_in *in = &a->in[a->governs];
	const hk_ashrae_len *l = &a->len[a->governs];
	const char *pl = "(Philippe et al. 2010 fit: k, diffusivity in m2/day, rb)";
	num(p, "ashrae_length_heating_m", a->len[0].L, a->used[0] ? "qh = -(the extraction peak), qm the most "
	    "negative month, Tm = tf_min_limit_c" : "no extraction peak: no heating season");
	num(p, "ashrae_length_cooling_m", a->len[1].L, a->used[1] ? "qh = +(the injection peak), qm the most "
	    "positive month, Tm = tf_max_limit_c" : "no injection peak: no cooling season");
	text(p, "ashrae_governs", a->governs ? "cooling" : "heating", "the longer of the two lengths");
	num(p, "ashrae_qh_w", in->qh, a->peak_6h ? "the largest 6-hour mean of the hourly loads in the "
	    "governing season's direction, injection > 0" : "the governing season's largest monthly peak "
	    "(of peak_hours 6 h), injection > 0");
	num(p, "ashrae_qm_w", in->qm, "the season's most extreme month, (inj - ext) / 730 h (0 when no "
	    "month is net in the season's direction)");
	num(p, "ashrae_qy_w", in->qy, "mean over the months of (inj - ext) / 730 h");
	num(p, "ashrae_tm_c", in->Tm, a->governs ? "tf_max_limit_c" : "tf_min_limit_c");
	num(p, "ashrae_tp_k", l->Tp, "qy / (2 pi k L) P(B/H, ln(t10y/ts), NB, A) at the length "
	    "(Philippe et al. 2010, eq. 2; iterated to 1e-3 m)");
	num(p, "ashrae_r6h_mk_w", l->R6h, pl);
	num(p, "ashrae_r1m_mk_w", l->R1m, pl);
	num(p, "ashrae_r10y_mk_w", l->R10y, pl);
	text(p, "ashrae_range", a->range[0] ? a->range : "within", a->range[0] ? "outside the ranges the "
	     "fits were made on (Philippe et al. 2010): errors of 10-30 % are reported there "
	     "(Ahmadfard & Bernier 2019)" : "B/H 0.05-0.1, ln(t/ts) -2..3, NB 4-144 (or 1), A 1-9, "
	     "diffusivity 0.025-0.2 m2/day, rb 0.05-0.1 m (Philippe et al. 2010)");
}

/* what was run and the size found */
static void sum_size(report *p, const hk_bf_request *q, const hk_bf_result *r)
{
	static const char *const mname[] = {"depth", "fixed", "count", "land"};
	char buf[600];
	hk_bf_mode mode = q->mode;
	int given = mode == HK_BF_DEPTH || mode == HK_BF_FIXED; /* the field */
	text(p, "mode", mname[mode],
	     mode == HK_BF_DEPTH ? "default: the depth of the given field"
	     : mode == HK_BF_FIXED ? "--depth: the field simulated at that depth (hybrid if needed)"
	     : mode == HK_BF_COUNT ? "--count: smallest rectangle at --depth and --spacing"
				   : "--land: fewest metres drilled on the plot (rectangles and open "
				     "rectangles)");
	text(p, "method", q->ashrae ? "ashrae" : q->method == HK_L2 ? "L2" : q->method == HK_L3 ? "L3" : "L4",
	     q->ashrae ? "--method: the ASHRAE equation (Kavanaugh & Rafferty 1997) as recast by Bernier 2006 "
			 "with Philippe, Bernier & Marchio 2010's fits and Tp; its table by L3"
	     : q->method_given ? "--method"
	     : q->loads->hl.nh ? "default for hourly loads: L4, hourly superposition"
			       : "default for monthly loads: L3, monthly superposition with peaks "
				 "(GHEtool; Peere et al. 2021)");
	g_function_text(q, r, buf, sizeof buf);
	text(p, "g_function", buf,
	     q->d.g_fast ? "--fast (Prieto & Cimmino 2021); depths within about 0.1-0.7 % of the "
			   "accurate ones (bench/RESULTS.md)"
			 : "Cimmino & Bernier 2014, Cimmino 2018 (pygfunction similarities); "
			   "grouping: Prieto & Cimmino 2021, checked by one exact step; "
			   "depth anchoring: heatkit, within 0.01 % of per-depth tables");
	g_error_row(p, q, r);
	num(p, "boreholes", (double)r->d.n, mode == HK_BF_COUNT ? "sized (--count)"
					   : mode == HK_BF_LAND ? "sized (--land)" : r->layout);
	text(p, "layout", r->layout, q->coords ? "--coords" : given ? "--field/--layout" : "sized");
	if (!q->coords) {
		num(p, "spacing_m", q->spacing, "--spacing");
		if (q->spacing_y != q->spacing)
			num(p, "spacing_y_m", q->spacing_y, "--spacing-y");
	}
	if (mode == HK_BF_LAND) {
		num(p, "land_w_m", q->land_w, "--land");
		num(p, "land_l_m", q->land_l, "--land");
	}
	num(p, "depth_m", r->H, mode == HK_BF_FIXED || mode == HK_BF_COUNT ? "--depth"
	    : q->ashrae ? "sized, ASHRAE: L = (qh Rb + qy R10y + qm R1m + qh R6h) / (Tm - (Tg + Tp)) "
			  "(Philippe, Bernier & Marchio 2010, eq. 1), the longer season; depth = L / boreholes"
	    : q->method == HK_L2 ? "sized, L2 three pulses (Ahmadfard & Bernier 2019; Peere et al. 2021)"
	    : q->method == HK_L3 ? "sized, L3 monthly superposition with peaks (GHEtool)"
				 : "sized, L4 hourly superposition (GHEtool)");
	num(p, "total_length_m", r->H * (double)r->d.n,
	    "boreholes x depth_m (GB 50366 §4.3.6: headers not counted)");
	if (mode != HK_BF_FIXED && breaks_limits(q, r, buf, sizeof buf)) {
		char why[800];
		snprintf(why, sizeof why, "%s; but the %s table at this depth breaks it: %s%s",
			 q->ashrae ? "the limit met by the ASHRAE equation's pulses"
			 : q->method == HK_L2 ? "the limit met at L2's three pulses" : "the size's limit",
			 q->method == HK_L4 ? "hourly (L4)" : "monthly (L3)", buf,
			 q->method == HK_L2 || q->ashrae ? " (L3 sizes deeper: --method L3)" : "");
		text(p, "limit", r->limit_txt, why);
	} else {
		text(p, "limit", r->limit_txt, mode == HK_BF_FIXED ? "simulation at --depth"
		     : q->ashrae ? "the limit met by the ASHRAE equation; the monthly (L3) table at this "
				   "depth holds it too"
		     : mode == HK_BF_COUNT ? "the smallest field sized for its own depth (GHEtool sizing), "
					     "then simulated at --depth"
					   : "the limit met exactly at the size (GHEtool sizing)");
	}
	if (mode == HK_BF_COUNT)
		num(p, "depth_needed_m", r->sz.H, "sized for the counted field (<= --depth)");
	if (q->ashrae)
		sum_ashrae(p, r);
	if (mode != HK_BF_FIXED) {
		num(p, "quadrant", r->sz.quadrant,
		    "GHEtool: 1/2 maximum, 3/4 minimum temperature; 1/4 extraction-dominated");
		num(p, "limit_year", r->sz.year, "1 = first year");
	}
}

/* the temperatures and their limits */
static void sum_limits(report *p, const hk_bf_request *q, const hk_bf_result *r)
{
	const hk_bf_limits *l = &q->limits;
	int L2 = q->method == HK_L2, L4 = q->method == HK_L4;
	num(p, "tf_min_c", r->T.Tf_min, L4 ? "L4 hourly over the years"
	    : q->ashrae ? "L3 at peak extraction over the years, at the ASHRAE depth"
	    : L2 ? "L3 at peak extraction over the years, at the L2 depth"
		 : "L3 at peak extraction over the years");
	num(p, "tf_max_c", r->T.Tf_max, L4 ? "L4 hourly over the years"
	    : q->ashrae ? "L3 at peak injection over the years, at the ASHRAE depth"
	    : L2 ? "L3 at peak injection over the years, at the L2 depth"
		 : "L3 at peak injection over the years");
	num(p, "tf_min_limit_c", r->d.Tf_min, r->lim.src_min);
	num(p, "tf_max_limit_c", r->d.Tf_max, r->lim.src_max);
	if (!isfinite(l->tf_min) || !isfinite(l->tf_max)) {
		num(p, "dt_ext_k", r->lim.dt_ext,
		    isfinite(l->flow) ? "peak x 1000/(n m_flow cp) (Ahmadfard & Bernier 2019)"
				      : q->src[HK_BF_SRC_LOOP_DT]);
		num(p, "dt_inj_k", r->lim.dt_inj,
		    isfinite(l->flow) ? "peak x 1000/(n m_flow cp)" : q->src[HK_BF_SRC_LOOP_DT]);
	}
}

/* the U-tube's pipes and grout and the fluid: a row each, with its source */
static void sum_utube(report *p, const hk_bf_request *q, const hk_bf_result *r)
{
	const hk_utube *u = q->d.utube;
	const hk_fluid *f = &q->d.fluid;
	char buf[600];
	snprintf(buf, sizeof buf, "%s U, flow %g kg/s per borehole: multipole J=2 (Claesson & Hellstrom "
		 "2011) with Gnielinski film, Rb* from the depth solution (pygfunction); pipes, grout "
		 "and fluid in the rows below", q->utube, q->limits.flow);
	num(p, "rb_star_mk_w", r->T.Rb, buf);
	num(p, "r_in_m", u->r_in, q->src[HK_BF_SRC_R_IN]);
	num(p, "r_out_m", u->r_out, q->src[HK_BF_SRC_R_OUT]);
	num(p, "shank_m", u->D_s, q->src[HK_BF_SRC_SHANK]);
	num(p, "k_grout_w_mk", u->k_g, q->src[HK_BF_SRC_K_GROUT]);
	num(p, "k_pipe_w_mk", u->k_p, q->src[HK_BF_SRC_K_PIPE]);
	num(p, "fluid_k_w_mk", f->k, q->src[HK_BF_SRC_FLUID_K]);
	num(p, "fluid_rho_kg_m3", f->rho, q->src[HK_BF_SRC_FLUID_RHO]);
	num(p, "fluid_cp_j_kgk", f->cp, q->src[HK_BF_SRC_FLUID_CP]);
	num(p, "fluid_mu_pa_s", f->mu, q->src[HK_BF_SRC_FLUID_MU]);
}

/* the ground and the boreholes */
static void sum_ground(report *p, const hk_bf_request *q, const hk_bf_result *r)
{
	const hk_bfdesign *d = &q->d;
	num(p, "tg_c", r->T.Tg, q->tg_src == HK_BF_TG_GIVEN ? "--tg"
	    : q->tg_src == HK_BF_TG_GRADIENT ? "--t-surface + gradient/100 x (2D+H)/2 (GHEtool)"
					     : "--t-surface + flux/k x (2D+H)/2 (GHEtool)");
	num(p, "k_w_mk", d->ground.k, "--k");
	num(p, "rho_c_mj_m3k", q->rho_c_mj, q->src[HK_BF_SRC_RHO_C]);
	num(p, "rb_m", d->rb, q->src[HK_BF_SRC_RB]);
	num(p, "buried_m", d->D, q->src[HK_BF_SRC_BURIED]);
	if (q->utube)
		sum_utube(p, q, r);
	else
		num(p, "rb_star_mk_w", d->Rb, "--rb-star");
	num(p, "years", d->years, q->src[HK_BF_SRC_YEARS]);
	if (q->method != HK_L4)
		num(p, "peak_hours", d->peak_hours, q->src[HK_BF_SRC_PEAK_HOURS]);
}

/* the loads, the balance and the auxiliaries */
static void sum_loads(report *p, const hk_bf_request *q, const hk_bf_result *r)
{
	const hk_bf_loads *L = q->loads;
	int fixed = q->mode == HK_BF_FIXED, hourly = q->method == HK_L4;
	num(p, "peak_ext_kw", L->pk_ext, "max over months of max(peak, energy/730 h)");
	num(p, "peak_inj_kw", L->pk_inj, "max over months of max(peak, energy/730 h)");
	num(p, "annual_ext_kwh", r->bal.ext_kwh_y, L->have_profile
	    ? "sum over the profile of heat x (1 - 1/COP) x dt_h x days" : "mean over the years of the loads");
	num(p, "annual_inj_kwh", r->bal.inj_kwh_y, "mean over the years of the loads");
	num(p, "imbalance", r->bal.imbalance,
	    "(inj - ext)/max(inj, ext); GB 50366-2009 §4.3.2 asks for balance");
	num(p, "drift_k", r->bal.drift_K, "mean Tb of the last year - mean Tb of the first (L3)");
	const char *aux_e = hourly ? "the hourly load above the cap, summed (hybrid, L4); mean a year"
		: "above the cap in L3's month: one peak block of peak_hours on a flat base "
		  "(a lower bound when peaks recur daily: give hourly loads); mean a year";
	num(p, "aux_cool_kw", r->hy.cool_kw, !fixed ? "none: the sized field meets the limits on its own"
	    : r->within ? "none needed: the field stays within the limits"
	    : hourly ? "smallest cap on the hourly injection that keeps Tf_max "
		       "(hybrid, L4; GB 50366-2009 §4.3.3)"
		     : "smallest cap on the injection peak that keeps Tf_max "
		       "(hybrid, L3; GB 50366-2009 §4.3.3)");
	num(p, "aux_cool_kwh", r->hy.cool_kwh_y, aux_e);
	num(p, "aux_heat_kw", r->hy.heat_kw, !fixed ? "none: the sized field meets the limits on its own"
	    : r->within ? "none needed"
	    : hourly ? "smallest cap on the hourly extraction that keeps Tf_min (hybrid, L4)"
		     : "smallest cap on the extraction peak that keeps Tf_min (hybrid, L3)");
	num(p, "aux_heat_kwh", r->hy.heat_kwh_y, aux_e);
	if (fixed && !r->within) {
		const char *aux_t = hourly ? "L4 with the caps applied" : "L3 with the caps applied";
		num(p, "tf_max_aux_c", r->hy.Tf_max, aux_t);
		num(p, "tf_min_aux_c", r->hy.Tf_min, aux_t);
	}
}

/* the rule of thumb for both seasons (issue 17 defect 6: extraction alone
 * understates a cooling-dominated field): the length at the extraction
 * rate and at the injection rate, the longer governs */
static void sum_rot_lengths(report *p, const hk_bf_request *q, double total, int broken)
{
	const hk_bf_loads *L = q->loads;
	int inj_given = isfinite(q->w_per_m_inj);
	double wi = inj_given ? q->w_per_m_inj : q->w_per_m;
	double le = L->pk_ext > 0 ? hk_rule_of_thumb_length(L->pk_ext, q->w_per_m) : 0;
	double li = L->pk_inj > 0 ? hk_rule_of_thumb_length(L->pk_inj, wi) : 0;
	double rot = fmax(le, li);
	char buf[300];
	num(p, "rot_w_per_m", q->w_per_m, "--w-per-m (design-institute practice)");
	num(p, "rot_w_per_m_inj", wi, inj_given ? "--w-per-m-inj (design-institute practice)"
	    : "--w-per-m: the same rate for injection (give --w-per-m-inj for the cooling season's)");
	num(p, "rot_ext_length_m", le, "peak_ext_kw x 1000 / rot_w_per_m");
	num(p, "rot_inj_length_m", li, "peak_inj_kw x 1000 / rot_w_per_m_inj");
	snprintf(buf, sizeof buf, "the longer of rot_ext_length_m and rot_inj_length_m: %s governs",
		 li > le ? "injection (cooling)" : "extraction (heating)");
	num(p, "rot_length_m", rot, buf);
	text(p, "rot_governs", li > le ? "injection" : "extraction", buf);
	if (total > 0)
		num(p, "rot_vs_rigorous", rot / total, broken ? "rot_length_m / total_length_m; the "
		    "total breaks the limits: not a rigorous length" : "rot_length_m / total_length_m "
		    "(rigorous: within the limits)");
}

/* the rule of thumb beside the rigorous length, and where the loads came from */
static void sum_rot(report *p, const hk_bf_request *q, const hk_bf_result *r)
{
	const hk_bf_loads *L = q->loads;
	double total = r->H * (double)r->d.n;
	char buf[600], br[200];
	int broken = breaks_limits(q, r, br, sizeof br);
	if (total > 0) {
		snprintf(buf, sizeof buf, "peak_ext_kw x 1000 / total_length_m; %s%s", broken ?
			 "NOT a design rate: the field breaks its limits at this length, " :
			 "rigorous: the field meets its limits at this length", broken ? br : "");
		num(p, "w_per_m", L->pk_ext * 1000 / total, buf);
	}
	if (total > 0 && L->pk_inj > 0)
		num(p, "w_per_m_inj", L->pk_inj * 1000 / total, "peak_inj_kw x 1000 / total_length_m");
	if (isfinite(q->w_per_m))
		sum_rot_lengths(p, q, total, broken);
	else
		text(p, "rot_length_m", "not computed", "give --w-per-m: per-metre rates depend on a "
		     "thermal response test (standards-notes §6: no default)");
	if (L->have_profile) {
		text(p, "profile_rule", hk_bfprof_rule_text(L->pm.rule), "lib/bfloads.h (toolkit rule)");
		snprintf(buf, sizeof buf, "extraction per step = %s x (1 - 1/COP), COP from %s",
			 L->heat_src, L->cop_src);
		text(p, "profile_ground_load", buf,
		     "energy balance of the heat pump (borefield.h hk_extraction_from_heating)");
		if (L->pm.rule == HK_BFP_SEASON)
			num(p, "heating_season_days", L->pm.heat_days,
			    "sum of the weights of days with heating");
		if (q->loads_path)
			text(p, "loads_added", q->loads_path,
			     "months added to the profile's (peaks added: conservative)");
	}
	text(p, "loads", L->name, L->convention ? L->convention : "input");
}

hk_status hk_bf_summary(const hk_bf_request *q, const hk_bf_result *r, hk_summary *s)
{
	report p = {s, HK_OK};
	sum_size(&p, q, r);
	sum_limits(&p, q, r);
	sum_ground(&p, q, r);
	sum_loads(&p, q, r);
	sum_rot(&p, q, r);
	return p.st;
}

size_t hk_bf_warnings(const hk_bf_request *q, const hk_bf_result *r, char (*warn)[512],
		      size_t max)
{
	size_t n = 0;
	const hk_balance *b = &r->bal;
	char br[200];
#define WARN(...) (n < max ? (void)snprintf(warn[n++], 512, __VA_ARGS__) : (void)0)
	if (fabs(b->imbalance) > q->imb_max)
		WARN("annual imbalance %.1f %% exceeds %.0f %%: GB 50366-2009 §4.3.2 asks that "
		     "extraction and injection balance; drift %.2f K over %d years (consider an "
		     "auxiliary %s)", 100 * b->imbalance, 100 * q->imb_max, b->drift_K, q->d.years,
		     b->imbalance > 0 ? "cooling tower" : "heat source");
	if (r->H > 200)
		WARN("depth %.1f m: beyond usual drilling practice (80-150 m, standards-notes "
		     "§6): add boreholes or land", r->H);
	if (r->H < 20)
		WARN("depth %.1f m: GB 50366-2009 §4.3.8 asks for boreholes deeper than 20 m", r->H);
	if (2 * q->d.rb < 0.11)
		WARN("bore diameter %.3f m: GB 50366-2009 §4.3.8 asks for at least 0.11 m", 2 * q->d.rb);
	if (!q->coords && (q->spacing < 3 || q->spacing > 6))
		WARN("spacing %.2f m outside 3-6 m (GB 50366-2009 §4.3.8)", q->spacing);
	if (q->mode == HK_BF_FIXED && !r->within)
		WARN("at %.2f m the field breaks the limits: auxiliary cooling %.1f kW, "
		     "heating %.1f kW needed", r->H, r->hy.cool_kw, r->hy.heat_kw);
	else if (q->mode != HK_BF_FIXED && breaks_limits(q, r, br, sizeof br))
		WARN("at %.2f m the %s temperature table breaks the limit the size claims: %s%s", r->H,
		     q->method == HK_L4 ? "hourly" : "monthly", br,
		     q->method == HK_L2 ? " (L2's three pulses size shallower than L3: give --method L3 "
					  "for a depth the table holds)"
		     : q->ashrae ? " (the ASHRAE equation's pulses size shallower than L3: give --method L3 "
				   "for a depth the table holds)" : "");
	if (q->ashrae && r->ash.range[0])
		WARN("--method ashrae outside the ranges its fits were made on (Philippe et al. 2010): %s; "
		     "errors of 10-30 %% are reported there (Ahmadfard & Bernier 2019): compare --method L3",
		     r->ash.range);
#undef WARN
	return n;
}

/* ---- the month-by-month table ------------------------------------------ */

static const hk_col mcols[] = {
	{"month_index", NULL, "月序号", "month", 0},
	{"year", NULL, "年", "year", 0},
	{"month", NULL, "月", "month of the year", 0},
	{"t_years", "a", "时间", "time", 4},
	{"ext_kwh", "kWh", "取热量", "extraction", 1},
	{"inj_kwh", "kWh", "排热量", "injection", 1},
	{"peak_ext_kw", "kW", "取热峰值", "peak extraction", 2},
	{"peak_inj_kw", "kW", "排热峰值", "peak injection", 2},
	{"tb_c", "℃", "孔壁温度", "borehole wall", 3},
	{"tf_c", "℃", "平均流体温度", "mean fluid (average load)", 3},
	{"tf_peak_ext_c", "℃", "取热峰值时流体温度", "mean fluid at peak extraction", 3},
	{"tf_peak_inj_c", "℃", "排热峰值时流体温度", "mean fluid at peak injection", 3},
	{"tf_min_limit_c", "℃", "流体温度下限", "lower limit", 3},
	{"tf_max_limit_c", "℃", "流体温度上限", "upper limit", 3},
};
#define NMCOL (sizeof mcols / sizeof mcols[0])

/* the month-by-month table: the loads (peaks at least the month's mean) and temperatures */
static void write_rows(hk_job *job, const hk_bf_result *r, const hk_mload *ml)
{
	for (size_t i = 0; i < r->nrow; i++) {
		size_t k = ml->nm == 12 ? i % 12 : i;
		const double v[NMCOL] = {(double)(i + 1), (double)(i / 12 + 1), (double)(i % 12 + 1),
					 (double)(i + 1) / 12.0, ml->ext_kwh[k], ml->inj_kwh[k],
					 hk_mload_peak_kw(ml, k, 0), hk_mload_peak_kw(ml, k, 1), r->tb[i],
					 r->tf[i], r->tf_ext[i], r->tf_inj[i], r->d.Tf_min, r->d.Tf_max};
		hk_cell c[NMCOL];
		for (size_t j = 0; j < NMCOL; j++)
			c[j] = hk_cnum(v[j]);
		hk_job_row(job, c);
	}
}

/* the workbook's chart: fluid temperatures and limits against time */
static void write_chart(hk_job *job, const hk_bf_result *r)
{
	hk_chart_series s[5];
	long last = (long)r->nrow - 1;
	char title[64];
	hk_err e;
	int zh = job->lang_zh;

	s[0] = (hk_chart_series){zh ? "排热峰值时流体温度" : "Tf at peak injection", 3, 11, 0, last};
	s[1] = (hk_chart_series){zh ? "取热峰值时流体温度" : "Tf at peak extraction", 3, 10, 0, last};
	s[2] = (hk_chart_series){zh ? "孔壁温度" : "borehole wall", 3, 8, 0, last};
	s[3] = (hk_chart_series){zh ? "下限" : "lower limit", 3, 12, 0, last};
	s[4] = (hk_chart_series){zh ? "上限" : "upper limit", 3, 13, 0, last};
	snprintf(title, sizeof title, "%zu x %.1f m", r->d.n, r->H);
	if (hk_out_chart_xy(job->out, title, zh ? "时间 (年)" : "time (years)",
			    zh ? "流体平均温度 (℃)" : "mean fluid temperature (C)", s, 5, &e) != HK_OK)
		hk_job_fail(job, &e);
}

void hk_bf_write(hk_job *job, const hk_bf_request *q, const hk_bf_result *r)
{
	char warn[8][512];
	hk_job_table(job, "逐月温度", "monthly", mcols, NMCOL);
	if (hk_out_is_xlsx(job->out))
		write_chart(job, r);
	write_rows(job, r, &q->loads->ml);
	hk_bf_summary(q, r, &job->sum);
	for (size_t i = 0, n = hk_bf_warnings(q, r, warn, 8); i < n; i++)
		hk_job_warn(job, "%s", warn[i]);
}
