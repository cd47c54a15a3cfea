/*
 * rptcalc.c - 计算书: the calculation as an engineer writes it by hand,
 * one block per step (loads; K1·K2 and the unit count; storage; pumps and
 * EHR-h; borefield; economics): each line the formula, the numbers put
 * into it, the result with its unit and where the formula comes from.
 * The numbers are the commands' (their summaries); the economics lines
 * refer to the live cells of 经济.
 */
#include "rpt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { L_NO, L_ITEM, L_FORM, L_SUBST, L_RES, L_UNIT, L_SRC, L_N };

typedef rpt_line line;

long rpt_calc_put(rpt *R, long r, const line *l)
{
	hk_sheet *sh = R->sh_calc;
	hk_sh_text(sh, r, L_NO, HK_WS_TEXT, l->no);
	hk_sh_text(sh, r, L_ITEM, HK_WS_WRAP, l->item);
	hk_sh_text(sh, r, L_FORM, HK_WS_WRAP, l->form ? l->form : "");
	hk_sh_text(sh, r, L_SUBST, HK_WS_WRAP, l->subst ? l->subst : "");
	if (l->f && l->dec == -2 && isfinite(l->v))
		hk_sh_formula(sh, r, L_RES, HK_WS_PCT, 2, l->f, l->v);
	else if (l->f && isfinite(l->v))
		hk_sh_formula(sh, r, L_RES, HK_WS_TOTAL, l->dec, l->f, l->v);
	else if (l->f)
		hk_sh_formula_text(sh, r, L_RES, HK_WS_TOTAL, l->f, l->text ? l->text : "");
	else if (l->text)
		hk_sh_text(sh, r, L_RES, HK_WS_TEXT, l->text);
	else if (l->dec == -2)
		hk_sh_num(sh, r, L_RES, HK_WS_PCT, 2, l->v);
	else
		hk_sh_num(sh, r, L_RES, HK_WS_NUM, l->dec, l->v);
	hk_sh_text(sh, r, L_UNIT, HK_WS_TEXT, l->unit ? l->unit : "");
	hk_sh_text(sh, r, L_SRC, HK_WS_WRAP, l->src ? l->src : "");
	return r + 1;
}

long rpt_calc_section(rpt *R, long r, const char *title)
{
	hk_sh_merge(R->sh_calc, r, 0, L_N - 1, HK_WS_SECTION, title);
	return r + 1;
}

#define put rpt_calc_put
#define section rpt_calc_section

#define V(f, k) hk_rs_opt(f, k)
#define N(x, d) rpt_num(x, d)

/* Σ(A×q + ...)/1000 of the buildings, or the totals when there are many */
static const char *load_subst(const rpt *R)
{
	const hk_rfile *b = R->f[HK_RK_BUILDINGS], *l = R->f[HK_RK_LOADS];
	static char buf[1024];
	size_t i, o = 0;
	double a, q;
	if (!b || b->nrows > 12)
		return rpt_fmt("= %s × %s / 1000", N(V(l, "area_m2"), 1), N(V(l, "mean_index_w_m2"), 2));
	o += (size_t)snprintf(buf + o, sizeof buf - o, "= (");
	for (i = 0; i < b->nrows && o < sizeof buf; i++) {
		hk_rt_num(b, i, "area_m2", &a, NULL);
		hk_rt_num(b, i, "index_w_m2", &q, NULL);
		o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s×%s", i ? " + " : "", N(a, -1), N(q, -1));
	}
	if (o < sizeof buf)
		snprintf(buf + o, sizeof buf - o, ") / 1000");
	return buf;
}

/* the night load with the day-only buildings' and the others' sums */
static const char *night_subst(const rpt *R)
{
	const hk_rfile *b = R->f[HK_RK_BUILDINGS], *l = R->f[HK_RK_LOADS];
	double qd = 0, qc = 0, v, d;
	size_t i;
	if (!b || hk_rt_col(b, "day_only") < 0)
		return "";
	for (i = 0; i < b->nrows; i++)
		if (hk_rt_num(b, i, "design_load_kw", &v, NULL) == HK_OK && hk_rt_num(b, i, "day_only", &d, NULL) == HK_OK)
			*(d > 0 ? &qd : &qc) += v;
	return rpt_fmt("= %s × (%s − (%s)) / (%s − (%s)) + %s", N(qd, 2), N(V(l, "t_setback_c"), 1),
		       N(V(l, "t_design_c"), 1), N(V(l, "t_in_c"), 1), N(V(l, "t_design_c"), 1), N(qc, 2));
}

static long loads(rpt *R, long r)
{
	const hk_rfile *l = R->f[HK_RK_LOADS];
	double n = V(l, "heating_days"), ta = V(l, "t_mean_heating_c");
	r = section(R, r, RL(R, "1 热负荷", "1 Heat loads"));
	r = put(R, r, &(line){"1.1", RL(R, "设计热负荷", "design heat load"), "Q = Σ q_h·A", load_subst(R), "kW",
			      RL(R, "CJJ 34-2010 第3.1.2条（面积热指标法）", "CJJ 34-2010 §3.1.2 (area index)"),
			      V(l, "design_load_kw"), 1, NULL, NULL});
	r = put(R, r, &(line){"1.2", RL(R, "平均面积热指标", "mean area index"), "q = Q / ΣA",
			      rpt_fmt("= %s × 1000 / %s", N(V(l, "design_load_kw"), 1), N(V(l, "area_m2"), 1)), "W/m²",
			      "", V(l, "mean_index_w_m2"), 2, NULL, NULL});
	r = put(R, r, &(line){"1.3", RL(R, "夜间热负荷", "night heat load"),
			      RL(R, "Q_n = ΣQ_d·(t_s − t_o)/(t_i − t_o) + ΣQ_c（Q_d 仅白天使用的建筑，夜间值班温度 t_s）",
				 "Q_n = ΣQ_d·(t_s − t_o)/(t_i − t_o) + ΣQ_c (Q_d day-only buildings, set back to t_s)"),
			      night_subst(R), "kW",
			      RL(R, "马栏论文 §2（白天使用建筑夜间按值班温度供暖）", "Malan paper §2 (day-only buildings set back at night)"),
			      V(l, "night_load_kw"), 1, NULL, NULL});
	if (isfinite(n) && isfinite(ta) && isfinite(V(l, "annual_heat_gj_cjj")))
		r = put(R, r, &(line){"1.4", RL(R, "年耗热量", "annual heat"), "Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o)",
				      rpt_fmt("= 0.0864 × %s × %s × (%s − (%s)) / (%s − (%s))", N(n, 0),
					      N(V(l, "design_load_kw"), 1), N(V(l, "t_in_c"), 1), N(ta, 1),
					      N(V(l, "t_in_c"), 1), N(V(l, "t_design_c"), 1)),
				      "GJ", RL(R, "CJJ 34-2010 第3.2节；N、t_a 见 GB 50736-2012 附录A", "CJJ 34-2010 §3.2; N, t_a from GB 50736-2012 Appendix A"),
				      V(l, "annual_heat_gj_cjj"), 1, NULL, NULL});
	if (isfinite(V(l, "annual_heat_gj")))
		r = put(R, r, &(line){"1.5", RL(R, "年耗热量（计入夜间值班）", "annual heat (with night set-back)"),
				      RL(R, "同上，白天使用建筑夜间按值班温度", "as above, day-only buildings set back at night"), "",
				      "GJ", RL(R, "本软件假定，非规范条文", "heatkit assumption, not a standard clause"),
				      V(l, "annual_heat_gj"), 1, NULL, NULL});
	return r + 1;
}

static long heatpumps(rpt *R, long r)
{
	const hk_rfile *h = R->f[HK_RK_HP];
	double q = V(h, "rated_kw"), k1 = V(h, "k1"), k2 = V(h, "k2"), qe = V(h, "q_unit_kw");
	double Q = V(h, "design_load_kw"), n = V(h, "units"), inst = V(h, "installed_kw");
	int integ = hk_rs_text(h, "defrost") && !strcmp(hk_rs_text(h, "defrost"), "integrated");
	r = section(R, r, rpt_fmt(RL(R, "2 空气源热泵台数（%s）", "2 Air-source heat pumps (%s)"), hk_rs_text(h, "model")));
	r = put(R, r, &(line){"2.1", RL(R, "室外计算温度", "design outdoor temperature"), "t_w", "", "℃",
			      RL(R, "GB 50736-2012 附录A 冬季空调室外计算温度（第8.3.2条）",
				 "GB 50736-2012 Appendix A winter air-conditioning temperature (§8.3.2)"),
			      V(h, "t_basis_c"), 1, NULL, NULL});
	r = put(R, r, &(line){"2.2", RL(R, "室外温度修正系数", "outdoor temperature factor"), "K1 = Q(t_w, t_s) / q",
			      rpt_fmt(RL(R, "= %s / %s（出水 %s ℃）", "= %s / %s (leaving water %s C)"), N(k1 * q, 1), N(q, 1), N(V(h, "t_water_c"), 0)), "",
			      RL(R, "产品样本（data/equipment/heat-pumps.csv），按室外温度与出水温度双线性插值",
				 "catalog (data/equipment/heat-pumps.csv), bilinear in outdoor and water temperature"),
			      k1, 4, NULL, NULL});
	r = put(R, r, &(line){"2.3", RL(R, "融霜修正系数", "defrost factor"), "K2", integ ? RL(R, "样本制热量已含融霜", "catalog capacity includes defrost") : "",
			      "", integ ? RL(R, "EN 14511 积分制热量", "EN 14511 integrated capacity")
				       : RL(R, "GB 50736-2012 第8.3.2条条文说明（每小时融霜两次取0.8）；马栏论文 §3.2",
					    "GB 50736-2012 §8.3.2 commentary (0.8 for two defrosts an hour); Malan paper §3.2"),
			      k2, 3, NULL, NULL});
	r = put(R, r, &(line){"2.4", RL(R, "单台有效制热量", "effective capacity per unit"), "Q_e = q·K1·K2",
			      rpt_fmt("= %s × %s × %s", N(q, 1), N(k1, 4), N(k2, 3)), "kW",
			      RL(R, "GB 50736-2012 第8.3.2条；马栏论文 §3.2", "GB 50736-2012 §8.3.2; Malan paper §3.2"), qe, 2, NULL, NULL});
	r = put(R, r, &(line){"2.5", RL(R, "计算台数", "units needed"), "n = Q / Q_e", rpt_fmt("= %s / %s", N(Q, 1), N(qe, 2)),
			      RL(R, "台", "units"), "", V(h, "units_exact"), 3, NULL, NULL});
	r = put(R, r, &(line){"2.6", RL(R, "选用台数", "units chosen"), "N = ⌈n⌉",
			      rpt_fmt(RL(R, "取 %s 台", "take %s"), N(n, 0)), RL(R, "台", "units"),
			      RL(R, "向上取整；少一台时缺额不超过设计负荷 0.5 % 则少取一台（本软件规则）",
				 "rounded up; one fewer when its shortfall is within 0.5 % of the load (heatkit rule)"),
			      n, 0, NULL, NULL});
	r = put(R, r, &(line){"2.7", RL(R, "装机有效制热量", "installed effective capacity"), "N·Q_e",
			      rpt_fmt("= %s × %s", N(n, 0), N(qe, 2)), "kW", "", inst, 1, NULL, NULL});
	r = put(R, r, &(line){"2.8", RL(R, "富裕量", "margin"), "N·Q_e / Q − 1", rpt_fmt("= %s / %s − 1", N(inst, 1), N(Q, 1)),
			      "", "", V(h, "margin"), -2, NULL, NULL});
	r = put(R, r, &(line){"2.9", RL(R, "设计工况耗电功率", "power at design"), "P = Q / COP",
			      rpt_fmt("= %s / %s", N(Q, 1), N(V(h, "cop_design"), 3)), "kW",
			      RL(R, "COP 按样本插值", "COP interpolated in the catalog"), V(h, "power_design_kw"), 1, NULL, NULL});
	if (isfinite(V(h, "scop")))
		r = put(R, r, &(line){"2.10", RL(R, "季节性能系数", "seasonal COP"), "SCOP = ΣQ_hp / ΣP",
				      rpt_fmt("= %s / %s", N(V(h, "profile_heat_kwh"), 0), N(V(h, "profile_elec_kwh"), 0)), "",
				      RL(R, "典型日逐时制热量与耗电量 × 代表天数", "heat and electricity step by step × days"),
				      V(h, "scop"), 3, NULL, NULL});
	return r + 1;
}

static const char *limit_word(const rpt *R, const char *w)
{
	if (!strcmp(w, "capability"))
		return RL(R, "受蓄热能力限制", "limited by the capability");
	if (!strcmp(w, "tank"))
		return RL(R, "受罐容限制", "limited by the tank");
	if (!strcmp(w, "demand"))
		return RL(R, "受峰时需求限制", "limited by the peak demand");
	return w;
}

static long storage(rpt *R, long r)
{
	const hk_rfile *t = R->f[HK_RK_TANK], *d = R->f[HK_RK_TANKDAY];
	double v = V(t, "volume_m3");
	size_t i;
	r = section(R, r, RL(R, "3 水蓄热", "3 Water storage"));
	r = put(R, r, &(line){"3.1", RL(R, "蓄热量", "storage capacity"), "Q_s = V·ρc·Δt·η",
			      rpt_fmt("= %s × %s × %s × %s", N(v, 0), N(V(t, "rho_c"), 4), N(V(t, "tank_dt_k"), 1), N(V(t, "eta"), 2)),
			      "kWh", RL(R, "马栏论文 §3.3（1000 m³ ↔ 11628 kWh）", "Malan paper §3.3 (1000 m³ ↔ 11628 kWh)"),
			      V(t, "tank_kwh"), 0, NULL, NULL});
	if (isfinite(V(t, "volume_built_m3")))
		r = put(R, r, &(line){"3.2", RL(R, "建造容积", "built volume"), "V_b = k·V",
				      rpt_fmt("= %s × %s", N(V(t, "volume_built_m3") / v, 2), N(v, 0)), "m³",
				      RL(R, "容积系数 1.08–1.30，大型分层罐取低值", "volume factor 1.08-1.30, low end for large stratified tanks"),
				      V(t, "volume_built_m3"), 0, NULL, NULL});
	if (isfinite(V(t, "tank_d_m")))
		r = put(R, r, &(line){"3.3", RL(R, "罐体尺寸（立式）", "tank size (vertical)"), "H/D = 1.5",
				      rpt_fmt(RL(R, "D = %s m，H = %s m", "D = %s m, H = %s m"), N(V(t, "tank_d_m"), 2), N(V(t, "tank_h_m"), 2)), "m",
				      RL(R, "本软件假定（高径比大利于分层）", "heatkit assumption (taller favours stratification)"),
				      V(t, "tank_h_m"), 2, NULL, NULL});
	for (i = 0; d && i < d->nrows; i++) {
		double n = V(t, "units"), qu, qv, tv, cap, st, pk;
		const char *day = hk_rt_cell(d, i, hk_rt_col(d, "day"));
		hk_rt_num(d, i, "q_unit_kw", &qu, NULL);
		hk_rt_num(d, i, "valley_load_kw", &qv, NULL);
		hk_rt_num(d, i, "valley_h", &tv, NULL);
		hk_rt_num(d, i, "capability_kwh", &cap, NULL);
		hk_rt_num(d, i, "stored_kwh", &st, NULL);
		hk_rt_num(d, i, "peak_demand_kwh", &pk, NULL);
		r = put(R, r, &(line){rpt_fmt("3.4.%zu", i + 1), rpt_fmt(RL(R, "典型日 %s 谷时蓄热能力", "day %s: valley capability"), day),
				      "Q_c = (N·Q_e − Q_v)·t_v",
				      rpt_fmt("= (%s × %s − %s) × %s", N(n, 0), N(qu, 2), N(qv, 1), N(tv, 1)), "kWh",
				      RL(R, "马栏论文 表1（谷时富余能力蓄热）", "Malan paper Table 1 (spare valley capacity stored)"),
				      cap, 0, NULL, NULL});
		r = put(R, r, &(line){"", rpt_fmt(RL(R, "典型日 %s 蓄热量", "day %s: heat stored"), day),
				      "Q_st = min(Q_c, Q_s, Q_p)",
				      rpt_fmt(RL(R, "= min(%s, %s, %s)，%s", "= min(%s, %s, %s): %s"), N(cap, 0), N(V(t, "tank_kwh"), 0), N(pk, 0),
					      limit_word(R, hk_rt_cell(d, i, hk_rt_col(d, "limit")))),
				      "kWh", RL(R, "马栏论文 表1", "Malan paper Table 1"), st, 0, NULL, NULL});
	}
	if (isfinite(V(t, "annual_saving_yuan")))
		r = put(R, r, &(line){"3.5", RL(R, "蓄热年节省电费", "annual saving of the tank"), "ΔC = C_0 − C_s",
				      rpt_fmt("= %s − %s", N(V(t, "annual_cost_yuan_base"), 0), N(V(t, "annual_cost_yuan"), 0)),
				      RL(R, "元", "yuan"),
				      RL(R, "分时电价下逐时段计费，最小费用调度（线性规划）", "time-of-use tariff, least-cost dispatch (linear programme)"),
				      V(t, "annual_saving_yuan"), 0, NULL, NULL});
	return r + 1;
}

static long pumps(rpt *R, long r, int k)
{
	const hk_rfile *p = R->pump[k];
	double g = V(p, "design_flow_m3h"), h = V(p, "design_head_m"), hs = V(p, "static_head_m"), duty = V(p, "duty_pumps");
	double ge = V(p, "op_flow_each_m3h"), ho = V(p, "op_head_m"), eta = V(p, "op_eff_pct") / 100;
	double etab = V(p, "ehr_eta_pct") / 100, Q = V(p, "heat_load_kw"), lim = V(p, "ehr_limit");
	const char *name = *p->label ? rpt_name(R, p->label) : rpt_base(p->path);
	char no[16]; /* its own: rpt_fmt's buffers turn over within a block */
	snprintf(no, sizeof no, "4.%d", k + 1);
	r = section(R, r, rpt_fmt(RL(R, "%s 循环水泵：%s", "%s Circulating pumps: %s"), no, name));
	r = put(R, r, &(line){rpt_fmt("%s.1", no), RL(R, "设计流量", "design flow"), "G = 0.86·Q/Δt",
			      rpt_fmt("= 0.86 × %s / %s", N(Q, 1), N(V(p, "dt_k"), 1)), "m³/h",
			      RL(R, "0.86 = 3600/4187（水的比热）", "0.86 = 3600/4187 (water's heat capacity)"), g, 2, NULL, NULL});
	r = put(R, r, &(line){rpt_fmt("%s.2", no), RL(R, "管路特性系数", "system resistance"), "S = (H − H_st)/G²",
			      rpt_fmt("= (%s − %s) / %s²", N(h, 2), N(isfinite(hs) ? hs : 0, 2), N(g, 2)), "m/(m³/h)²",
			      RL(R, "过设计点的管路特性曲线（Karassik《泵手册》第8章）", "system curve through the design point (Karassik, Pump Handbook ch. 8)"),
			      V(p, "system_s"), 8, NULL, NULL});
	r = put(R, r, &(line){rpt_fmt("%s.3", no), RL(R, "水泵选型", "pumps chosen"), RL(R, "型号 × 台数", "model × count"),
			      rpt_fmt(RL(R, "%s，%s用%s备", "%s, %s duty + %s standby"), hk_rs_text(p, "pump_model"), N(duty, 0),
				      N(V(p, "standby_pumps"), 0)),
			      RL(R, "台", "units"), RL(R, "水泵样本曲线（data/equipment/pumps.csv）", "catalog curves (data/equipment/pumps.csv)"),
			      V(p, "pumps_total"), 0, NULL, NULL});
	r = put(R, r, &(line){rpt_fmt("%s.4", no), RL(R, "工作点（全速）", "operating point (full speed)"),
			      RL(R, "并联性能曲线与管路特性曲线交点", "parallel curve meets the system curve"),
			      rpt_fmt(RL(R, "G = %s m³/h，H = %s m，η = %s %%", "G = %s m³/h, H = %s m, eff = %s %%"), N(V(p, "op_flow_m3h"), 2), N(ho, 3), N(eta * 100, 1)),
			      "m³/h", "", V(p, "op_flow_m3h"), 2, NULL, NULL});
	r = put(R, r, &(line){rpt_fmt("%s.5", no), RL(R, "单台轴功率", "shaft power per pump"), "P = ρ·g·G·H/η",
			      rpt_fmt("= 1000 × 9.81 × (%s/3600) × %s / %s / 1000", N(ge, 2), N(ho, 3), N(eta, 3)), "kW",
			      RL(R, "Karassik《泵手册》", "Karassik, Pump Handbook"), V(p, "shaft_kw"), 3, NULL, NULL});
	r = put(R, r, &(line){rpt_fmt("%s.6", no), RL(R, "电机功率", "motor rating"), "P_m ≥ k·P",
			      rpt_fmt("≥ %s × %s = %s", N(V(p, "motor_margin"), 2), N(V(p, "shaft_kw"), 3),
				      N(V(p, "motor_margin") * V(p, "shaft_kw"), 2)),
			      "kW", RL(R, "IEC 60072-1 电机功率等级", "IEC 60072-1 rated outputs"), V(p, "motor_kw"), 1, NULL, NULL});
	r = put(R, r, &(line){rpt_fmt("%s.7", no), RL(R, "耗电输热比", "electricity to heat ratio"), "EHR-h = 0.003096·Σ(G·H/η_b)/Q",
			      rpt_fmt("= 0.003096 × %s × (%s × %s / %s) / %s", N(duty, 0), N(g / duty, 2), N(h, 2), N(etab, 3), N(Q, 1)),
			      "", RL(R, "GB 50189-2015 第4.3.3条；GB 50736-2012 第8.11.13条", "GB 50189-2015 §4.3.3; GB 50736-2012 §8.11.13"),
			      V(p, "ehr"), 6, NULL, NULL});
	r = put(R, r, &(line){rpt_fmt("%s.8", no), RL(R, "耗电输热比限值", "EHR-h limit"), "A·(B + α·ΣL)/Δt",
			      isfinite(lim) ? "" : RL(R, "未校核：未给出供回水干管总长度（限值须按干管长度计算）",
						      "not checked: no main length given (pumpselect --main-length)"),
			      "", RL(R, "GB 50189-2015 第4.3.3条", "GB 50189-2015 §4.3.3"), lim, 6, NULL,
			      isfinite(lim) ? NULL : RL(R, "未校核", "not checked")});
	return r + 1;
}

/* borefield's layout ("rectangle 12x10", lib/bflayout.c's names) in the book's language */
static const char *layout(const rpt *R, const char *s)
{
	static const char *const names[][2] = {{"rectangle", "矩形"}, {"box", "回字形"}, {"L", "L形"}, {"U", "U形"}, {"line", "单排"}};
	size_t i, n;
	if (!s || !R->lzh)
		return s ? s : "";
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		n = strlen(names[i][0]);
		if (!strncmp(s, names[i][0], n) && s[n] == ' ')
			return rpt_fmt("%s %s", names[i][1], s + n + 1);
	}
	return s;
}

static long borefield(rpt *R, long r)
{
	const hk_rfile *b = R->f[HK_RK_BORE];
	double n = V(b, "boreholes"), h = V(b, "depth_m"), q = V(b, "quadrant"), ext = V(b, "annual_ext_kwh"),
	       inj = V(b, "annual_inj_kwh");
	r = section(R, r, RL(R, "5 地埋管换热器", "5 Ground heat exchanger"));
	r = put(R, r, &(line){"5.1", RL(R, "钻孔数", "boreholes"), RL(R, "布置", "layout"), layout(R, hk_rs_text(b, "layout")),
			      RL(R, "个", "boreholes"), "", n, 0, NULL, NULL});
	r = put(R, r, &(line){"5.2", RL(R, "孔深", "depth"), RL(R, "g函数法逐月叠加（L3）", "g-functions, monthly superposition (L3)"),
			      rpt_fmt(RL(R, "控制条件：第%s年%s平均流体温度", "limited by the %s-year %s mean fluid temperature"),
				      N(V(b, "limit_year"), 0), q == 1 || q == 2 ? RL(R, "最高", "maximum") : RL(R, "最低", "minimum")),
			      "m", RL(R, "Peere 等 2021；GHEtool", "Peere et al. 2021; GHEtool"), h, 2, NULL, NULL});
	r = put(R, r, &(line){"5.3", RL(R, "总钻孔长度", "total borehole length"), "L = N·H", rpt_fmt("= %s × %s", N(n, 0), N(h, 2)),
			      "m", RL(R, "GB 50366-2009 第4.3.6条（不计水平管）", "GB 50366-2009 §4.3.6 (headers not counted)"),
			      V(b, "total_length_m"), 1, NULL, NULL});
	r = put(R, r, &(line){"5.4", RL(R, "最低平均流体温度", "lowest mean fluid temperature"), "t_f,min ≥ t_lim",
			      rpt_fmt("≥ %s", N(V(b, "tf_min_limit_c"), 1)), "℃", RL(R, "GB 50366-2009", "GB 50366-2009"),
			      V(b, "tf_min_c"), 2, NULL, NULL});
	r = put(R, r, &(line){"5.5", RL(R, "最高平均流体温度", "highest mean fluid temperature"), "t_f,max ≤ t_lim",
			      rpt_fmt("≤ %s", N(V(b, "tf_max_limit_c"), 1)), "℃", RL(R, "GB 50366-2009", "GB 50366-2009"),
			      V(b, "tf_max_c"), 2, NULL, NULL});
	if (isfinite(ext) && isfinite(inj))
		r = put(R, r, &(line){"5.6", RL(R, "年取排热不平衡率", "annual imbalance"), "(Q_inj − Q_ext)/max(Q_inj, Q_ext)",
				      rpt_fmt("= (%s − %s) / %s", N(inj, 0), N(ext, 0), N(fmax(inj, ext), 0)), "",
				      RL(R, "GB 50366-2009 第4.3.2条（宜取排热平衡）", "GB 50366-2009 §4.3.2 (extraction and injection should balance)"),
				      V(b, "imbalance"), -2, NULL, NULL});
	return r + 1;
}

/* the economics: each compared scheme's results, live from 经济 */
static long economics(rpt *R, long r, int sec)
{
	const rpt_scheme *b = &R->s[R->base];
	const char *never = RL(R, "不回收", "never");
	int k, j = 0;
	r = section(R, r, rpt_fmt(RL(R, "%d 经济比较", "%d Economics"), sec));
	for (k = 0; k < R->ns; k++) {
		const rpt_scheme *s = &R->s[k];
		char no[16];
		snprintf(no, sizeof no, "%d.%d", sec, ++j);
		r = put(R, r, &(line){no, rpt_fmt(RL(R, "%s 全寿命周期费用", "%s: life-cycle cost"), rpt_scheme_name(R, k)),
				      "LCC = I + Σ C·(1+e)^(t−1)/(1+i)^t",
				      rpt_fmt(RL(R, "I = %s，C = %s，i = %s %%，e = %s %%，n = %d", "I = %s, C = %s, i = %s %%, e = %s %%, n = %d"), N(s->invest, 0), N(s->cost, 0),
					      N(R->rate * 100, 2), N(R->esc * 100, 2), R->life),
				      RL(R, "元", "yuan"), RL(R, "技术经济学（现值法）", "engineering economics (present worth)"),
				      s->lcc, 0, rpt_fmt("=%s", s->c_lcc), NULL});
		if (k == R->base)
			continue;
		r = put(R, r, &(line){rpt_fmt("%s.1", no), RL(R, "增加投资", "extra investment"), "ΔI = I − I_0",
				      rpt_fmt("= %s − %s", N(s->invest, 0), N(b->invest, 0)), RL(R, "元", "yuan"), "",
				      s->invest - b->invest, 0, rpt_fmt("=%s", s->c_extra), NULL});
		r = put(R, r, &(line){rpt_fmt("%s.2", no), RL(R, "年节省运行费用", "annual saving"), "ΔC = C_0 − C",
				      rpt_fmt("= %s − %s", N(b->cost, 0), N(s->cost, 0)), RL(R, "元", "yuan"), "",
				      b->cost - s->cost, 0, rpt_fmt("=%s", s->c_saving), NULL});
		r = put(R, r, &(line){rpt_fmt("%s.3", no), RL(R, "静态回收期", "static payback"), "P_t = ΔI / ΔC",
				      rpt_fmt("= %s / %s", N(s->invest - b->invest, 0), N(b->cost - s->cost, 0)), RL(R, "年", "years"),
				      RL(R, "马栏论文 §3.4", "Malan paper §3.4"), s->pay, 2, rpt_fmt("=%s", s->c_pay), never});
		r = put(R, r, &(line){rpt_fmt("%s.4", no), RL(R, "动态回收期", "discounted payback"),
				      "Σ_{t=1}^{P'} ΔC·(1+e)^(t−1)/(1+i)^t = ΔI",
				      RL(R, "累计折现净现金流量由负转正之年，年内线性插值（见经济表）",
					 "the year the cumulative discounted flow turns positive, interpolated (see Economics)"),
				      RL(R, "年", "years"), RL(R, "技术经济学", "engineering economics"), s->dpay, 2,
				      rpt_fmt("=%s", s->c_dpay), never});
		r = put(R, r, &(line){rpt_fmt("%s.5", no), RL(R, "净现值", "net present value"), "NPV = −ΔI + Σ ΔC·(1+e)^(t−1)/(1+i)^t",
				      rpt_fmt(RL(R, "i = %s %%，e = %s %%，n = %d", "i = %s %%, e = %s %%, n = %d"), N(R->rate * 100, 2), N(R->esc * 100, 2), R->life),
				      RL(R, "元", "yuan"), RL(R, "技术经济学", "engineering economics"), s->npv, 0,
				      rpt_fmt("=%s", s->c_npv), NULL});
		r = put(R, r, &(line){rpt_fmt("%s.6", no), RL(R, "内部收益率", "internal rate of return"), "NPV(IRR) = 0", "", "",
				      RL(R, "技术经济学", "engineering economics"), s->irr, -2, rpt_fmt("=%s", s->c_irr),
				      RL(R, "无", "none")});
	}
	return r + 1;
}

void rpt_calc(rpt *R)
{
	static const double w[L_N] = {7, 18, 30, 44, 12, 9, 36};
	static const char *const zh[L_N] = {"编号", "计算项目", "计算公式", "代入数值", "计算结果", "单位", "依据"};
	static const char *const en[L_N] = {"No.", "item", "formula", "numbers", "result", "unit", "source"};
	hk_sheet *sh = R->sh_calc;
	long r = 3;
	int c, k;
	hk_sh_columns(sh, w, L_N, 2);
	hk_sh_merge(sh, 0, 0, L_N - 1, HK_WS_TITLE, RL(R, "热源系统设计计算书", "Heat-source design calculations"));
	for (c = 0; c < L_N; c++)
		hk_sh_text(sh, 1, c, HK_WS_HEAD, R->lzh ? zh[c] : en[c]);
	r = 2;
	if (R->f[HK_RK_LOADS])
		r = loads(R, r);
	if (R->f[HK_RK_HP])
		r = heatpumps(R, r);
	if (R->f[HK_RK_TANK])
		r = storage(R, r);
	for (k = 0; k < R->npump; k++)
		r = pumps(R, r, k);
	if (R->f[HK_RK_BORE])
		r = borefield(R, r);
	if (R->f[HK_RK_ECON]) {
		int sec = 6;
		r = rpt_calc_plants(R, r, &sec);
		r = economics(R, r, sec);
	}
}
