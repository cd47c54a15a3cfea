/*
 * rptplant.c - 计算书 for the plants econ costs itself: one block per
 * scheme of kind gshp (ground-source heat pumps on borefield's field),
 * electric-boiler (a boiler and the valley-charged tank) or gas-boiler,
 * each line the formula, the numbers put in, the result and its source.
 *
 * The numbers are the project's own: the design load and the figures econ
 * used (its summary: efficiencies, gas heating value, seasonal COP, energy
 * per tariff period), the heat of the profile (Σ heat_load_kw·dt_h·days),
 * borefield's summary and month-by-month table when the report has them;
 * each cost refers to its live cell of 经济.  Sources:
 *   COP = η·(t_w + 273.15)/(t_w − t_f): the Carnot heating COP between the
 *     ground-loop fluid and the supply water times a second-law efficiency
 *     η (Çengel & Boles, Thermodynamics, ch. 6), as lib/econplant.c;
 *   SCOP = Σ Q_m / Σ (Q_m / COP_m): electricity = Σ heat / COP, month by month;
 *   gas V = Q·3.6/(LHV·η): 1 kWh = 3.6 MJ, the boiler's efficiency on the
 *     lower heating value (lib/econread.c).
 */
#include "rpt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "tariff.h"

#define V(f, k) hk_rs_opt(f, k)
#define N(x, d) rpt_num(x, d)

enum { K_GSHP, K_EBOILER, K_GAS, K_N };

/* what the blocks share: the heat the profile asks for a year */
typedef struct plants {
	double heat;  /* kWh a year (NAN: no profile) */
	int sec;      /* the block's number */
	char no[16];  /* the line's number, its own buffer */
} plants;

static const char *no(plants *P, int i)
{
	snprintf(P->no, sizeof P->no, "%d.%d", P->sec, i);
	return P->no;
}

/* Σ heat_load_kw·dt_h·days over the profile (DESIGN.md: every annual figure) */
static double profile_heat(const hk_rfile *p)
{
	double s = 0, q, dt, d;
	size_t i;
	if (!p)
		return NAN;
	for (i = 0; i < p->nrows; i++) {
		if (hk_rt_num(p, i, "heat_load_kw", &q, NULL) != HK_OK || hk_rt_num(p, i, "dt_h", &dt, NULL) != HK_OK ||
		    hk_rt_num(p, i, "days", &d, NULL) != HK_OK)
			return NAN;
		s += q * dt * d;
	}
	return s;
}

/* the scheme's key in econ's summary */
static const char *skey(int k, const char *key) { return rpt_fmt("s%d_%s", k + 1, key); }

/* "E_峰 × c_峰 + ..." with the numbers: the energy per tariff period and its price */
static const char *cost_subst(const rpt *R, const rpt_scheme *s)
{
	static char buf[512];
	size_t o = 0;
	int j;
	buf[0] = '\0';
	for (j = 0; j < 5; j++)
		if (s->kwh_kind[j] > 0 && isfinite(R->tprice[j]))
			o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s × %s", o ? " + " : "= ", N(s->kwh_kind[j], 0),
					      N(R->tprice[j], 4));
	if (isfinite(s->gas_m3) && isfinite(R->gas_price) && o < sizeof buf)
		snprintf(buf + o, sizeof buf - o, "%s%s × %s", o ? " + " : "= ", N(s->gas_m3, 0), N(R->gas_price, 2));
	return buf;
}

static long cost_line(rpt *R, long r, plants *P, int i, int k)
{
	const rpt_scheme *s = &R->s[k];
	return rpt_calc_put(R, r, &(rpt_line){no(P, i), RL(R, "年运行费用", "annual operating cost"),
					      isfinite(s->gas_m3) ? "C = V·p" : "C = Σ E_p·c_p", cost_subst(R, s),
					      RL(R, "元", "yuan"),
					      RL(R, "各时段电量（或用气量）× 单价；单价为经济表输入值", "energy of each tariff period (or gas) × its price, the inputs of the Economics sheet"),
					      s->cost, 0, *s->c_cost ? rpt_fmt("=%s", s->c_cost) : NULL, NULL});
}

static long heat_line(rpt *R, long r, plants *P, int i)
{
	return rpt_calc_put(R, r, &(rpt_line){no(P, i), RL(R, "年供热量", "annual heat"), "Q_a = Σ q·Δt·d",
					      rpt_fmt(RL(R, "逐时负荷 × 时长 × 代表天数求和（%s）", "load × step × days, summed (%s)"),
						      rpt_base(R->f[HK_RK_PROFILE]->path)),
					      "kWh", RL(R, "典型日负荷曲线", "the typical days' load profile"), P->heat, 0, NULL, NULL});
}

/* the design load the plant is sized on: econ's quantity of it */
static long rating_line(rpt *R, long r, plants *P, int k, const char *key, const char *zh, const char *en)
{
	const hk_rfile *e = R->f[HK_RK_ECON];
	return rpt_calc_put(R, r, &(rpt_line){no(P, 1), RL(R, zh, en), "Q_r = Q", rpt_fmt("= %s", N(V(e, skey(k, key)), 1)), "kW",
					      RL(R, "按设计热负荷选型（计算书 1.1）", "the design heat load (1.1)"),
					      V(e, skey(k, key)), 1, NULL, NULL});
}

/* Σ ext, Σ ext/COP, Σ ext·tf over borefield's months (as econ weights them) */
static int bf_sums(const rpt *R, double eta, double tw, double *w, double *we, double *wt)
{
	const hk_rfile *b = R->f[HK_RK_BOREMONTHS];
	double ext, tf;
	size_t i;
	*w = *we = *wt = 0;
	if (!b)
		return 0;
	for (i = 0; i < b->nrows; i++) {
		if (hk_rt_num(b, i, "ext_kwh", &ext, NULL) != HK_OK || hk_rt_num(b, i, "tf_c", &tf, NULL) != HK_OK)
			return 0;
		if (!(ext > 0) || !(tw > tf))
			continue;
		*w += ext;
		*we += ext / (eta * (tw + 273.15) / (tw - tf)); /* Carnot × η (Çengel & Boles ch. 6) */
		*wt += ext * tf;
	}
	return *w > 0;
}

static long gshp(rpt *R, long r, plants *P, int k)
{
	const hk_rfile *e = R->f[HK_RK_ECON], *b = R->f[HK_RK_BORE];
	double eta = V(e, "gshp_eta"), tw = V(e, "gshp_water_c"), scop = V(e, "gshp_scop"), w, we, wt;
	int i = 2, sums = bf_sums(R, eta, tw, &w, &we, &wt);
	const char *carnot = RL(R, "逆卡诺循环制热系数 × 热力完善度 η（工程热力学）",
				"Carnot heating COP × second-law efficiency η (Çengel & Boles, ch. 6)");
	r = rpt_calc_section(R, r, rpt_fmt(RL(R, "%d 地源热泵方案：%s", "%d Ground-source scheme: %s"), P->sec, rpt_scheme_name(R, k)));
	r = rating_line(R, r, P, k, "gshp_kw", "地源热泵装机容量", "ground-source heat pumps");
	if (b)
		r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "钻孔总长度", "borehole length"), "L = N·H",
						   rpt_fmt("= %s × %s", N(V(b, "boreholes"), 0), N(V(b, "depth_m"), 2)), "m",
						   RL(R, "地埋管换热器计算（计算书第5节：孔深由流体温度限值确定）",
						      "the ground heat exchanger (section 5: depth set by the fluid-temperature limits)"),
						   V(e, skey(k, "borehole_m")), 1, NULL, NULL});
	r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "热泵热力完善度", "second-law efficiency"), "η", "", "",
					   RL(R, "本软件假定：供水 45 ℃、流体 5 ℃ 时 COP 为 4.0，即吉林供暖指南表3-1 地源热泵 COP 4.0–4.5 的下限；"
						 "无规范条文（未核实），可按机组样本修改",
					      "heatkit assumption: COP 4.0 at 45 ℃ water and a 5 ℃ fluid, the low end of the Jilin heating "
					      "guideline's Table 3-1 (GSHP COP 4.0-4.5); no standard gives it (unverified): give the maker's"),
					   eta, 2, NULL, NULL});
	if (b && isfinite(V(b, "tf_min_c")))
		r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "最低流体温度时热泵 COP", "heat-pump COP at the lowest fluid temperature"),
						   "COP = η·(t_w + 273.15)/(t_w − t_f,min)",
						   rpt_fmt("= %s × (%s + 273.15) / (%s − (%s))", N(eta, 2), N(tw, 1), N(tw, 1), N(V(b, "tf_min_c"), 2)),
						   "", carnot, eta * (tw + 273.15) / (tw - V(b, "tf_min_c")), 3, NULL, NULL});
	r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "取热量加权平均流体温度", "extraction-weighted mean fluid temperature"),
					   "t_f = Σ(Q_m·t_f,m) / ΣQ_m",
					   sums ? rpt_fmt("= %s / %s", N(wt, 0), N(w, 0)) : "",
					   "℃", RL(R, "地埋管逐月流体温度表，Q_m 为各月取热量", "borefield's month-by-month table, Q_m each month's extraction"),
					   V(e, "gshp_tf_c"), 2, NULL, NULL});
	r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "平均流体温度时热泵 COP", "heat-pump COP at the mean fluid temperature"),
					   "COP = η·(t_w + 273.15)/(t_w − t_f)",
					   rpt_fmt("= %s × (%s + 273.15) / (%s − %s)", N(eta, 2), N(tw, 1), N(tw, 1), N(V(e, "gshp_tf_c"), 2)), "",
					   carnot, eta * (tw + 273.15) / (tw - V(e, "gshp_tf_c")), 3, NULL, NULL});
	r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "季节性能系数", "seasonal COP"), "SCOP = ΣQ_m / Σ(Q_m / COP_m)",
					   sums ? rpt_fmt("= %s / %s", N(w, 0), N(we, 0)) : "", "",
					   RL(R, "耗电量 = Σ 各月供热量 / 该月 COP（COP_m 按该月平均流体温度）",
					      "electricity = Σ each month's heat / its COP (at the month's mean fluid temperature)"),
					   scop, 3, NULL, NULL});
	if (isfinite(P->heat)) {
		r = heat_line(R, r, P, i++);
		r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "年耗电量", "annual electricity"), "E = Q_a / SCOP",
						   rpt_fmt("= %s / %s", N(P->heat, 0), N(scop, 3)), "kWh",
						   RL(R, "能量守恒", "energy balance"), V(e, skey(k, "annual_elec_kwh")), 0, NULL, NULL});
	}
	r = cost_line(R, r, P, i, k);
	return r + 1;
}

static long eboiler(rpt *R, long r, plants *P, int k)
{
	const hk_rfile *e = R->f[HK_RK_ECON], *t = R->f[HK_RK_TANK];
	const rpt_scheme *s = &R->s[k];
	double eff = V(e, "boiler_eff");
	int i = 2;
	r = rpt_calc_section(R, r, rpt_fmt(RL(R, "%d 电锅炉+蓄热方案：%s", "%d Electric boiler and storage: %s"), P->sec,
					   rpt_scheme_name(R, k)));
	r = rating_line(R, r, P, k, "boiler_kw", "电锅炉额定功率", "electric boiler rating");
	r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "电锅炉效率", "boiler efficiency"), "η_b", "", "",
					   RL(R, "本软件假定：电阻加热仅有外壳散热损失（未核实，可按产品样本修改）",
					      "heatkit assumption: a resistive boiler loses only its casing's heat (unverified; give the maker's)"),
					   eff, 3, NULL, NULL});
	if (t)
		r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "蓄热水罐蓄热量", "storage capacity"), "Q_s = V·ρc·Δt·η",
						   rpt_fmt("= %s × %s × %s × %s", N(V(t, "volume_m3"), 0), N(V(t, "rho_c"), 4),
							   N(V(t, "tank_dt_k"), 1), N(V(t, "eta"), 2)),
						   "kWh", RL(R, "与计算书 3.1 同一水罐；谷时蓄热", "the tank of 3.1, charged in the valley"),
						   V(t, "tank_kwh"), 0, NULL, NULL});
	if (isfinite(P->heat)) {
		r = heat_line(R, r, P, i++);
		r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "年耗电量", "annual electricity"), "E = Q_a / η_b",
						   rpt_fmt("= %s / %s", N(P->heat, 0), N(eff, 3)), "kWh",
						   RL(R, "能量守恒", "energy balance"), V(e, skey(k, "annual_elec_kwh")), 0, NULL, NULL});
	}
	if (s->kwh_kind[HK_PER_VALLEY] > 0)
		r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "谷时用电量", "valley electricity"), "E_v",
						   rpt_fmt(RL(R, "峰 %s，平 %s，谷 %s kWh", "peak %s, flat %s, valley %s kWh"),
							   N(s->kwh_kind[HK_PER_PEAK], 0), N(s->kwh_kind[HK_PER_FLAT], 0),
							   N(s->kwh_kind[HK_PER_VALLEY], 0)),
						   "kWh", RL(R, "分时电价下逐时段最小费用调度（同储热计算）", "least-cost dispatch at the time-of-use tariff (as tanksize)"),
						   s->kwh_kind[HK_PER_VALLEY], 0, NULL, NULL});
	r = cost_line(R, r, P, i, k);
	return r + 1;
}

static long gas(rpt *R, long r, plants *P, int k)
{
	const hk_rfile *e = R->f[HK_RK_ECON];
	double lhv = V(e, "gas_lhv_mj_m3"), eff = V(e, "gas_eff");
	int i = 2;
	r = rpt_calc_section(R, r, rpt_fmt(RL(R, "%d 燃气锅炉方案：%s", "%d Gas boiler: %s"), P->sec, rpt_scheme_name(R, k)));
	r = rating_line(R, r, P, k, "gas_boiler_kw", "燃气锅炉额定热功率", "gas boiler rating");
	r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "燃气锅炉热效率", "boiler efficiency"), "η", "", "",
					   RL(R, "GB 50189-2015 表4.2.5 燃气锅炉名义工况热效率下限 92 %（凭记忆，未核实）；部分负荷季节效率更低",
					      "GB 50189-2015 Table 4.2.5: at least 92 % for gas boilers (recollection, unverified); lower at part load"),
					   eff, 3, NULL, NULL});
	r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "天然气低位发热量", "gas lower heating value"), "LHV", "", "MJ/m³",
					   RL(R, "GB/T 2589 附录A 天然气 32.2–38.9 MJ/m³ 范围内取值（凭记忆，未核实）；以供气单位数据为准",
					      "within GB/T 2589 Appendix A's 32.2-38.9 MJ/m³ for natural gas (recollection, unverified); the supplier's figure governs"),
					   lhv, 2, NULL, NULL});
	if (isfinite(P->heat))
		r = heat_line(R, r, P, i++);
	r = rpt_calc_put(R, r, &(rpt_line){no(P, i++), RL(R, "年耗气量", "annual gas"), "V = Q_a·3.6 / (LHV·η)",
					   rpt_fmt("= %s × 3.6 / (%s × %s)", N(P->heat, 0), N(lhv, 2), N(eff, 3)), "m³",
					   RL(R, "热量平衡：1 kWh = 3.6 MJ，按低位发热量计", "heat balance: 1 kWh = 3.6 MJ, on the lower heating value"),
					   V(e, skey(k, "annual_gas_m3")), 0, NULL, NULL});
	r = cost_line(R, r, P, i, k);
	return r + 1;
}

long rpt_calc_plants(rpt *R, long r, int *sec)
{
	static const char *const kinds[K_N] = {"gshp", "electric-boiler", "gas-boiler"};
	const hk_rfile *e = R->f[HK_RK_ECON];
	plants P = {profile_heat(R->f[HK_RK_PROFILE]), 0, ""};
	int k, j;
	for (j = 0; j < K_N; j++)
		for (k = 0; k < R->ns; k++) {
			const char *kind = hk_rs_text(e, skey(k, "kind"));
			if (!kind || strcmp(kind, kinds[j]))
				continue;
			P.sec = (*sec)++;
			r = j == K_GSHP ? gshp(R, r, &P, k) : j == K_EBOILER ? eboiler(R, r, &P, k) : gas(R, r, &P, k);
		}
	return r;
}
