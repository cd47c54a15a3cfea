/*
 * rptsum.c - 汇总: the cover of the tender workbook.  The project, its city
 * with the GB 50736 design data and their source, the design basis
 * (standards, the parameters each step used), the key results and each
 * scheme's investment and economics (formulas referring to 负荷, 设备表
 * and 经济, never numbers typed again), and every warning the commands
 * recorded in their summaries.
 */
#include "rpt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define V_OPT(f, k) hk_rs_opt(f, k)

enum { S_A, S_B, S_C, S_D, S_E, S_F, S_G, S_H, S_I, S_N };

/* label | value (B..C) | unit | source (E..I) */
static long kv(rpt *R, long r, const char *label, double v, int dec, const char *f, const char *text,
	       const char *unit, const char *src)
{
	hk_sheet *sh = R->sh_sum;
	hk_sh_text(sh, r, S_A, HK_WS_WRAP, label);
	if (text)
		hk_sh_merge(sh, r, S_B, S_C, HK_WS_WRAP, text);
	else if (f && dec == -2)
		hk_sh_formula(sh, r, S_B, HK_WS_PCT, 2, f, v);
	else if (f)
		hk_sh_formula(sh, r, S_B, HK_WS_NUM, dec, f, v);
	else
		hk_sh_num(sh, r, S_B, HK_WS_NUM, dec, v);
	if (!text)
		hk_sh_blank(sh, r, S_C, S_C, HK_WS_TEXT);
	hk_sh_text(sh, r, S_D, HK_WS_TEXT, unit ? unit : "");
	hk_sh_merge(sh, r, S_E, S_I, HK_WS_WRAP, src ? src : "");
	return r + 1;
}

static long section(rpt *R, long r, const char *title)
{
	hk_sh_merge(R->sh_sum, r, S_A, S_I, HK_WS_SECTION, title);
	return r + 1;
}

static long climate(rpt *R, long r)
{
	const hk_rfile *l = R->f[HK_RK_LOADS];
	const char *src = hk_rs_source(l, "city"), *colon = strchr(src, ':');
	const char *st = strchr(src, '(');
	const char *gb = strstr(src, "not checked against the printed standard")
				 ? RL(R, "GB 50736-2012 附录A（两份公开转录本一致，未与印刷版核对）",
				      "GB 50736-2012 Appendix A (two public transcriptions agree; not checked against the printed standard)")
				 : RL(R, "GB 50736-2012 附录A", "GB 50736-2012 Appendix A");
	char station[32] = "";
	if (st)
		sscanf(st + 1, "%31[0-9]", station);
	if (!hk_rs_text(l, "city"))
		return r;
	if (R->lzh)
		r = kv(R, r, "城市（气象台站）", NAN, 0, NULL,
		       colon ? rpt_fmt("%.*s", (int)(colon - src), src) : hk_rs_text(l, "city"), "", gb);
	else
		r = kv(R, r, "city (weather station)", NAN, 0, NULL,
		       hk_rs_text(l, "city_en") ? rpt_fmt("%s (station %s)", hk_rs_text(l, "city_en"), station)
						: rpt_fmt("station %s", station),
		       "", gb);
	r = kv(R, r, RL(R, "供暖室外计算温度", "heating design temperature"), V_OPT(l, "t_heating_c"), 1, NULL, NULL, "℃", gb);
	r = kv(R, r, RL(R, "冬季空调室外计算温度", "winter air-conditioning temperature"), V_OPT(l, "t_winter_ac_c"), 1, NULL,
	       NULL, "℃", gb);
	r = kv(R, r, RL(R, "供暖天数（日平均温度≤5 ℃）", "heating days (daily mean ≤ 5 C)"), V_OPT(l, "heating_days"), 0, NULL,
	       NULL, "d", gb);
	r = kv(R, r, RL(R, "供暖期室外平均温度", "mean outdoor temperature of the season"), V_OPT(l, "t_mean_heating_c"), 1,
	       NULL, NULL, "℃", gb);
	return r;
}

static long standards(rpt *R, long r)
{
	const char *lines[6];
	int n = 0, i;
	if (R->f[HK_RK_LOADS] || R->f[HK_RK_BUILDINGS])
		lines[n++] = RL(R, "CJJ 34-2010《城镇供热管网设计规范》：面积热指标法（第3.1.2条），年耗热量（第3.2节）",
				"CJJ 34-2010 Code for design of city heating networks: area-index loads (§3.1.2), annual heat (§3.2)");
	if (R->f[HK_RK_LOADS] || R->f[HK_RK_HP])
		lines[n++] = RL(R, "GB 50736-2012《民用建筑供暖通风与空气调节设计规范》：室外计算参数（附录A），空气源热泵有效制热量 Q = q·K1·K2（第8.3.2条）",
				"GB 50736-2012 Design code for heating, ventilation and air conditioning of civil buildings: "
				"outdoor design data (Appendix A), air-source heat-pump capacity Q = q·K1·K2 (§8.3.2)");
	if (R->npump)
		lines[n++] = RL(R, "GB 50189-2015《公共建筑节能设计标准》：循环水泵耗电输热比 EHR-h（第4.3.3条）",
				"GB 50189-2015 Design standard for energy efficiency of public buildings: EHR-h of circulating pumps (§4.3.3)");
	if (R->f[HK_RK_BORE])
		lines[n++] = RL(R, "GB 50366-2009《地源热泵系统工程技术规范》：地埋管换热系统（第4.3节）",
				"GB 50366-2009 Technical code for ground-source heat pump systems: borefields (§4.3)");
	if (R->f[HK_RK_HP] || R->f[HK_RK_TANK] || R->f[HK_RK_ECON])
		lines[n++] = RL(R, "马栏论文：《陕西旬邑马栏镇综合智慧能源项目 空气源热泵耦合水蓄热系统设计》（K2、蓄热量与蓄热能力、静态回收期）",
				"Malan paper: the design paper of the Malan town (Xunyi, Shaanxi) ASHP + water storage project "
				"(K2, storage capacity and capability, static payback)");
	for (i = 0; i < n; i++, r++)
		hk_sh_merge(R->sh_sum, r, S_A, S_I, HK_WS_WRAP, lines[i]);
	return r;
}

/* where hpsize's design basis temperature comes from: given, or the
 * winter air-conditioning temperature of its --city (named: it may be
 * another station than the loads', as in the Malan paper) */
static const char *basis_source(rpt *R, const hk_rfile *h)
{
	char st[16] = "";
	const char *src = hk_rs_source(h, "city"), *o = strchr(src, '(');
	if (!strcmp(hk_rs_source(h, "t_basis_c"), "--t-basis"))
		return RL(R, "给定值（选型时由命令行给出）", "given (hpsize --t-basis)");
	if (!hk_rs_text(h, "city"))
		return RL(R, "GB 50736-2012 附录A 冬季空调室外计算温度（第8.3.2条）",
			  "GB 50736-2012 Appendix A winter air-conditioning temperature (§8.3.2)");
	if (o)
		sscanf(o + 1, "%15[0-9]", st);
	if (R->lzh)
		return rpt_fmt("GB 50736-2012 附录A %s（%s）冬季空调室外计算温度（第8.3.2条）", hk_rs_text(h, "city"), st);
	src = hk_rs_text(h, "city_en");
	return rpt_fmt("GB 50736-2012 Appendix A, station %s%s%s%s: winter air-conditioning temperature (§8.3.2)", st,
		       src ? " (" : "", src ? src : "", src ? ")" : "");
}

/* the tariff tanksize names: a shipped one by its file (a name, not a key) */
static const char *tariff_file(const rpt *R, const char *t)
{
	return rpt_fmt(RL(R, "分时电价表 %s%s", "tariff table %s%s"), t, strchr(t, '/') || strstr(t, ".csv") ? "" : ".csv");
}

static long parameters(rpt *R, long r)
{
	const hk_rfile *l = R->f[HK_RK_LOADS], *h = R->f[HK_RK_HP], *t = R->f[HK_RK_TANK];
	if (l) {
		r = kv(R, r, RL(R, "室内设计温度", "indoor design temperature"), V_OPT(l, "t_in_c"), 1, NULL, NULL, "℃",
		       RL(R, "马栏论文 §2", "Malan paper §2"));
		if (isfinite(V_OPT(l, "t_setback_c")))
			r = kv(R, r, RL(R, "夜间值班温度（白天使用建筑）", "night set-back (day-only buildings)"),
			       V_OPT(l, "t_setback_c"), 1, NULL, NULL, "℃", RL(R, "马栏论文 §2", "Malan paper §2"));
		r = kv(R, r, RL(R, "负荷计算室外温度", "load design outdoor temperature"), V_OPT(l, "t_design_c"), 1, NULL, NULL,
		       "℃",
		       !strcmp(hk_rs_source(l, "t_design_c"), "--t-design")
			       ? RL(R, "给定值（负荷计算时由命令行给出）", "given (loadcalc --t-design)")
			       : RL(R, "GB 50736-2012 附录A 供暖室外计算温度", "GB 50736-2012 Appendix A heating design temperature"));
	}
	if (h) {
		r = kv(R, r, RL(R, "热泵选型室外计算温度", "heat-pump design outdoor temperature"), V_OPT(h, "t_basis_c"), 1,
		       NULL, NULL, "℃", basis_source(R, h));
		r = kv(R, r, RL(R, "热泵出水温度", "leaving water temperature"), V_OPT(h, "t_water_c"), 1, NULL, NULL, "℃",
		       RL(R, "马栏论文 §3.2（供回水 45/35 ℃）", "Malan paper §3.2 (45/35 C)"));
		r = kv(R, r, RL(R, "融霜修正系数 K2", "defrost factor K2"), V_OPT(h, "k2"), 3, NULL, NULL, "",
		       RL(R, "GB 50736-2012 第8.3.2条条文说明", "GB 50736-2012 §8.3.2 commentary"));
	}
	if (t) {
		r = kv(R, r, RL(R, "蓄热温差", "storage temperature difference"), V_OPT(t, "tank_dt_k"), 1, NULL, NULL, "K",
		       RL(R, "马栏论文 §3.3", "Malan paper §3.3"));
		if (*hk_rs_source(t, "annual_cost_yuan"))
			r = kv(R, r, RL(R, "分时电价", "time-of-use tariff"), NAN, 0, NULL, tariff_file(R, hk_rs_source(t, "annual_cost_yuan")),
			       "", rpt_key_at(R, t, "annual_cost_yuan"));
	}
	if (R->sh_econ) {
		r = kv(R, r, RL(R, "折现率", "discount rate"), R->rate, -2, rpt_fmt("=%s", R->c_rate), NULL, "",
		       RL(R, "经济表输入值", "input on the Economics sheet"));
		r = kv(R, r, RL(R, "电价年增长率", "energy-price escalation"), R->esc, -2, rpt_fmt("=%s", R->c_esc), NULL, "",
		       RL(R, "经济表输入值", "input on the Economics sheet"));
		r = kv(R, r, RL(R, "经济寿命", "economic life"), R->life, 0, NULL, NULL, RL(R, "年", "years"),
		       rpt_key_at(R, R->f[HK_RK_ECON], "life_years"));
	}
	return r;
}

static long results(rpt *R, long r)
{
	const hk_rfile *l = R->f[HK_RK_LOADS], *h = R->f[HK_RK_HP], *t = R->f[HK_RK_TANK], *b = R->f[HK_RK_BORE];
	const char *ld = RL(R, "负荷表", "Loads sheet");
	int k;
	if (R->c_area[0]) {
		r = kv(R, r, RL(R, "总建筑面积", "floor area"), l ? V_OPT(l, "area_m2") : NAN, 1, rpt_fmt("=%s", R->c_area),
		       NULL, "m²", ld);
		r = kv(R, r, RL(R, "设计热负荷", "design heat load"), l ? V_OPT(l, "design_load_kw") : NAN, 1,
		       rpt_fmt("=%s", R->c_load), NULL, "kW", ld);
		r = kv(R, r, RL(R, "夜间热负荷", "night heat load"), l ? V_OPT(l, "night_load_kw") : NAN, 1,
		       rpt_fmt("=%s", R->c_night), NULL, "kW", ld);
		if (l && isfinite(V_OPT(l, "annual_heat_gj")))
			r = kv(R, r, RL(R, "年耗热量", "annual heat"), V_OPT(l, "annual_heat_gj"), 1, rpt_fmt("=%s", R->c_heat),
			       NULL, "GJ", ld);
	}
	if (h)
		r = kv(R, r, RL(R, "空气源热泵", "air-source heat pumps"), NAN, 0, NULL,
		       rpt_fmt(RL(R, "%s × %s 台", "%s × %s"), hk_rs_text(h, "model"), rpt_num(V_OPT(h, "units"), 0)), "",
		       rpt_fmt(RL(R, "单台有效制热量 %s kW，装机有效制热量 %s kW，富裕量 %s %%（计算书第2节）",
				  "%s kW effective per unit, %s kW installed, margin %s %% (Calculations §2)"),
			       rpt_num(V_OPT(h, "q_unit_kw"), 2), rpt_num(V_OPT(h, "installed_kw"), 1),
			       rpt_num(V_OPT(h, "margin") * 100, 1)));
	if (t)
		r = kv(R, r, RL(R, "蓄热水罐有效容积", "storage tank, effective volume"), V_OPT(t, "volume_m3"), 0, NULL, NULL,
		       "m³", rpt_fmt(RL(R, "蓄热量 %s kWh（计算书第3节）", "stores %s kWh (Calculations §3)"),
				     rpt_num(V_OPT(t, "tank_kwh"), 0)));
	for (k = 0; k < R->npump; k++) {
		const hk_rfile *p = R->pump[k];
		r = kv(R, r, *p->label ? rpt_name(R, p->label) : RL(R, "循环水泵", "circulating pumps"), NAN, 0, NULL,
		       rpt_fmt(RL(R, "%s × %s 台（%s用%s备）", "%s × %s (%s duty + %s standby)"), hk_rs_text(p, "pump_model"),
			       rpt_num(V_OPT(p, "pumps_total"), 0), rpt_num(V_OPT(p, "duty_pumps"), 0),
			       rpt_num(V_OPT(p, "standby_pumps"), 0)),
		       "", rpt_fmt(RL(R, "EHR-h = %s（计算书 4.%d）", "EHR-h = %s (Calculations 4.%d)"), rpt_num(V_OPT(p, "ehr"), 6), k + 1));
	}
	if (b)
		r = kv(R, r, RL(R, "地埋管换热器", "borefield"), NAN, 0, NULL,
		       rpt_fmt(RL(R, "%s 孔 × %s m", "%s × %s m"), rpt_num(V_OPT(b, "boreholes"), 0), rpt_num(V_OPT(b, "depth_m"), 2)),
		       "", rpt_fmt(RL(R, "总钻孔长度 %s m（计算书第5节）", "total length %s m (Calculations §5)"),
				   rpt_num(V_OPT(b, "total_length_m"), 1)));
	if (R->c_common[0])
		r = kv(R, r, RL(R, "公用设备（水泵）投资", "plant pumps, investment"), R->common, 0, rpt_fmt("=%s", R->c_common), NULL,
		       RL(R, "元", "yuan"), RL(R, "设备表（未计入方案比较）", "Equipment sheet (not in the comparison)"));
	return r;
}

/* each scheme's figures, referring to 经济 */
static long schemes(rpt *R, long r)
{
	hk_sheet *sh = R->sh_sum;
	static const char *const zh[S_N] = {"方案", "初投资(元)", "年运行费用(元)", "年节省运行费用(元)", "静态回收期(年)",
					    "动态回收期(年)", "净现值(元)", "内部收益率", "全寿命周期费用(元)"};
	static const char *const en[S_N] = {"scheme", "investment (yuan)", "operating cost (yuan/year)", "saving (yuan/year)",
					    "static payback (years)", "discounted payback (years)", "NPV (yuan)", "IRR",
					    "life-cycle cost (yuan)"};
	const char *never = RL(R, "不回收", "never");
	int c, k;
	for (c = 0; c < S_N; c++)
		hk_sh_text(sh, r, c, HK_WS_HEAD, R->lzh ? zh[c] : en[c]);
	for (k = 0, r++; k < R->ns; k++, r++) {
		const rpt_scheme *s = &R->s[k], *b = &R->s[R->base];
		hk_sh_text(sh, r, S_A, HK_WS_WRAP,
			   rpt_fmt("%s%s", rpt_scheme_name(R, k), k == R->base ? RL(R, "（基准）", " (base)") : ""));
		hk_sh_formula(sh, r, S_B, HK_WS_NUM, 0, rpt_fmt("=%s", s->c_invest), s->invest);
		hk_sh_formula(sh, r, S_C, HK_WS_NUM, 0, rpt_fmt("=%s", s->c_cost), s->cost);
		hk_sh_formula(sh, r, S_I, HK_WS_NUM, 0, rpt_fmt("=%s", s->c_lcc), s->lcc);
		if (k == R->base) {
			hk_sh_blank(sh, r, S_D, S_H, HK_WS_TEXT);
			continue;
		}
		hk_sh_formula(sh, r, S_D, HK_WS_NUM, 0, rpt_fmt("=%s", s->c_saving), b->cost - s->cost);
		if (isfinite(s->pay))
			hk_sh_formula(sh, r, S_E, HK_WS_TOTAL, 2, rpt_fmt("=%s", s->c_pay), s->pay);
		else
			hk_sh_formula_text(sh, r, S_E, HK_WS_TOTAL, rpt_fmt("=%s", s->c_pay), never);
		if (isfinite(s->dpay))
			hk_sh_formula(sh, r, S_F, HK_WS_TOTAL, 2, rpt_fmt("=%s", s->c_dpay), s->dpay);
		else
			hk_sh_formula_text(sh, r, S_F, HK_WS_TOTAL, rpt_fmt("=%s", s->c_dpay), never);
		hk_sh_formula(sh, r, S_G, HK_WS_NUM, 0, rpt_fmt("=%s", s->c_npv), s->npv);
		if (isfinite(s->irr))
			hk_sh_formula(sh, r, S_H, HK_WS_PCT, 2, rpt_fmt("=%s", s->c_irr), s->irr);
		else
			hk_sh_formula_text(sh, r, S_H, HK_WS_PCT, rpt_fmt("=%s", s->c_irr), RL(R, "无", "none"));
	}
	return r;
}

/* every warning_N of every summary given */
static long warnings(rpt *R, long r, const hk_rfile *const *files, int n)
{
	int i, any = 0;
	size_t j;
	for (i = 0; i < n; i++) {
		const hk_rfile *f = files[i];
		for (j = 0; f && f->summary && j < f->nrows; j++) {
			if (strncmp(f->cell[j * f->ncols], "warning_", 8))
				continue;
			hk_sh_text(R->sh_sum, r, S_A, HK_WS_WRAP, rpt_base(f->path));
			hk_sh_merge(R->sh_sum, r, S_B, S_I, HK_WS_WRAP,
				    rpt_warn(R, f->cell[j * f->ncols + 1]));
			r++;
			any = 1;
		}
	}
	if (!any)
		hk_sh_merge(R->sh_sum, r++, S_A, S_I, HK_WS_TEXT, RL(R, "无", "none"));
	return r;
}

void rpt_sum(rpt *R)
{
	static const double w[S_N] = {24, 14, 14, 14, 13, 13, 14, 11, 17};
	hk_sheet *sh = R->sh_sum;
	const hk_rfile *files[HK_RK_N + RPT_MAXP];
	long r = 2;
	int n = 0, k;
	hk_sh_columns(sh, w, S_N, 1);
	hk_sh_merge(sh, 0, S_A, S_I, HK_WS_TITLE,
		    rpt_fmt(RL(R, "%s 热源系统设计汇总", "%s: heat-source design summary"), R->o->project));
	r = section(R, r, RL(R, "1 项目概况", "1 Project"));
	r = kv(R, r, RL(R, "项目名称", "project"), NAN, 0, NULL, R->o->project, "", "");
	r = kv(R, r, RL(R, "编制日期", "date"), NAN, 0, NULL, R->o->date, "", "");
	if (R->f[HK_RK_LOADS])
		r = climate(R, r);
	r = section(R, r + 1, RL(R, "2 设计依据", "2 Design basis"));
	r = standards(R, r);
	r = parameters(R, r);
	r = section(R, r + 1, RL(R, "3 主要计算结果", "3 Key results"));
	r = results(R, r);
	if (R->ns) {
		r = section(R, r + 1, RL(R, "4 方案比较", "4 Schemes compared"));
		r = schemes(R, r);
	}
	r = section(R, r + 1, RL(R, "5 警告", "5 Warnings"));
	for (k = 0; k < HK_RK_N; k++)
		files[n++] = R->f[k];
	for (k = 0; k < R->npump; k++)
		files[n++] = R->pump[k];
	warnings(R, r, files, n);
}
