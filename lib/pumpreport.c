/* pumpreport.c - pumpselect's summary rows and tables (see pumpreport.h). */
#include "pumpreport.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/*
 * The rows: key, unit, decimals, labels, source.  A row of an option with a
 * default takes its source from the request (hk_ps_request.src: "--NAME"
 * when given, else "default V: source" from the option table); opt is the
 * source of a row whose value a given option changes the meaning of.
 */
enum {
	R_FLOW, R_MARGIN, R_HEAD, R_ROUGH, R_NU, R_STATIC, R_S,
	R_MODEL, R_MAKER, R_SOURCE, R_FIT, R_RESID, R_DUTY, R_STANDBY, R_TOTAL,
	R_OP_FLOW, R_OP_EACH, R_OP_HEAD, R_OP_EFF, R_SHAFT, R_BEP, R_MOTOR, R_MOTOR_MARGIN,
	R_SPEED, R_VS_SHAFT, R_VS_INPUT, R_FIXED_INPUT, R_DRIVE_EFF, R_FLAGS,
	R_MEETING, R_TOTAL_CANDS, R_FLAGGED, R_RANK_BY, R_NO_PRICE, R_LCC, R_LIFE, R_DISCOUNT, R_HOURS, R_PRICE,
	R_GROUP, R_SPEED_MIN, R_GROUP_DESIGN, R_GROUP_SPEED,
	R_PROFILE, R_PROFILE_PRICE, R_KWH, R_YUAN = R_KWH + HK_PS_NMODES,
	R_EHR_STD = R_YUAN + HK_PS_NMODES, R_EHR, R_EHR_ETA, R_EHR_LIMIT, R_EHR_OK, R_EHR_COEF, R_EHR_A,
	R_EHR_B, R_EHR_ALPHA, R_MAIN_LEN, R_LOAD, R_DT, R_N
};

typedef struct {
	const char *key, *unit;
	int dec;
	const char *zh, *en, *src, *opt;
} row;

static const row R[R_N] = {
	[R_FLOW] = {"design_flow_m3h", "m3/h", 2, "设计流量", "design flow", NULL, NULL},
	[R_MARGIN] = {"flow_margin", "", 2, "流量裕量系数", "flow margin", NULL, NULL},
	[R_HEAD] = {"design_head_m", "m", 2, "设计扬程", "design head",
		    "static + Σ pipe run (Darcy-Weisbach h = f·(L/D)·v²/2g, Swamee & Jain 1976 "
		    "friction, ζ·v²/2g, equipment dp) at the design flow", "--head"},
	[R_ROUGH] = {"roughness_mm", "mm", 3, "管道当量粗糙度", "pipe roughness", NULL, NULL},
	[R_NU] = {"nu_m2s", "m2/s", -1, "运动粘度", "kinematic viscosity", NULL, NULL},
	[R_STATIC] = {"static_head_m", "m", 2, "静扬程", "static head", NULL, NULL},
	[R_S] = {"system_s", "m/(m3/h)2", 8, "管网阻抗S", "system resistance S",
		 "S = (H - Hst)/G^2 through the design point (Karassik, Pump Handbook, ch. 8)", NULL},
	[R_MODEL] = {"pump_model", NULL, 0, "水泵型号", "pump model", "best ranked or --model", NULL},
	[R_MAKER] = {"pump_maker", NULL, 0, "厂家", "maker", NULL, NULL},
	[R_SOURCE] = {"pump_source", NULL, 0, "曲线来源", "curve source", NULL, NULL},
	[R_FIT] = {"curve_fit", NULL, 0, "曲线拟合", "curve fit", NULL,
		   "--fit quadratic: least squares H = a + bQ + cQ^2"},
	[R_RESID] = {"fit_resid_max_m", "m", 3, "拟合最大偏差", "largest fit residual",
		     "max |H_fit - H_point|", NULL},
	[R_DUTY] = {"duty_pumps", "", 0, "工作泵台数", "duty pumps", NULL, NULL},
	[R_STANDBY] = {"standby_pumps", "", 0, "备用泵台数", "standby pumps", NULL, NULL},
	[R_TOTAL] = {"pumps_total", "", 0, "水泵总台数", "pumps installed", "duty + standby", NULL},
	[R_OP_FLOW] = {"op_flow_m3h", "m3/h", 2, "全速工作点流量(合计)",
		       "operating flow at full speed (total)",
		       "N pumps' parallel curve n^2 H(Q/(N n)) meets the system curve (Brent)", NULL},
	[R_OP_EACH] = {"op_flow_each_m3h", "m3/h", 2, "单台流量", "flow per pump",
		       "op_flow / duty_pumps", NULL},
	[R_OP_HEAD] = {"op_head_m", "m", 3, "全速工作点扬程", "operating head at full speed",
		       "system curve at op_flow", NULL},
	[R_OP_EFF] = {"op_eff_pct", "%", 1, "工作点效率", "efficiency at the operating point",
		      "catalog curve", NULL},
	[R_SHAFT] = {"shaft_kw", "kW", 3, "单台轴功率", "shaft power per pump",
		     "rho g Q H / eff (= P1 when eff is wire-to-water)", NULL},
	[R_BEP] = {"bep_dist_pct", "%", 1, "偏离最高效率点", "distance from best-efficiency flow",
		   "(Q/n - Q_bep)/Q_bep at full speed", NULL},
	[R_MOTOR] = {"motor_kw", "kW", 2, "电机功率", "motor rating",
		     "the catalog gives no efficiency or power for this pump", NULL},
	[R_MOTOR_MARGIN] = {"motor_margin", "", 2, "电机裕量", "motor margin", NULL, NULL},
	[R_SPEED] = {"speed_ratio", "", 4, "设计点转速比", "speed ratio for the duty",
		     "affinity laws: n^2 H(q/n) = S G^2", NULL},
	[R_VS_SHAFT] = {"vs_shaft_kw", "kW", 3, "设计点单台轴功率",
			"shaft power per pump at the duty speed", "rho g q H / eff(q/n)", NULL},
	[R_VS_INPUT] = {"vs_input_kw", "kW", 3, "设计点输入功率(变频)",
			"input power at the duty, variable speed (all duty pumps)",
			"P1 curve, else shaft / drive_eff", NULL},
	[R_FIXED_INPUT] = {"fixed_input_kw", "kW", 3, "设计点输入功率(定速节流)",
			   "input power at the duty, full speed throttled (all duty pumps)",
			   "P1 curve, else shaft / drive_eff", NULL},
	[R_DRIVE_EFF] = {"drive_eff", "", 3, "电机及变频效率", "motor x drive efficiency", NULL, NULL},
	[R_FLAGS] = {"pump_flags", NULL, 0, "提示", "flags",
		     "curve range and data checks (never extrapolated silently); catalog: the pump's "
		     "flags column (data/equipment/README.md)", NULL},
	[R_MEETING] = {"candidates_meeting", "", 0, "满足的候选", "candidates meeting the duty", NULL,
		       NULL},
	[R_TOTAL_CANDS] = {"candidates_total", "", 0, "候选总数", "pumps in the catalog", NULL, NULL},
	[R_FLAGGED] = {"candidates_flagged", "", 0, "因目录标记排除的候选",
		       "candidates skipped for their catalog flags", NULL, NULL},
	[R_RANK_BY] = {"rank_by", NULL, 0, "排序依据", "ranked by", NULL, NULL},
	[R_NO_PRICE] = {"prices_missing", "", 0, "缺价格的候选", "candidates without a price",
			"price_yuan blank in the catalog", NULL},
	[R_LCC] = {"lcc_yuan", "yuan", 0, "全寿命周期费用", "life-cycle cost",
		   "price x (duty + standby) + annual yuan x PWF", NULL},
	[R_LIFE] = {"life_years", "a", 0, "寿命", "life", NULL, NULL},
	[R_DISCOUNT] = {"discount_rate", "", 3, "折现率", "discount rate", NULL, NULL},
	[R_HOURS] = {"hours", "h", 0, "年运行小时", "operating hours a year", "--hours", NULL},
	[R_PRICE] = {"price_yuan_kwh", "yuan/kWh", 4, "电价", "electricity price",
		     "24 h mean of --tariff", "--price-kwh"},
	[R_GROUP] = {"group", NULL, 0, "大中小泵组", "staged group",
		     "--group; staging per ashp-smart-heating-deck §6-3 (small alone, then medium, "
		     "then large; beyond the deck: large plus the next, all)", NULL},
	[R_SPEED_MIN] = {"speed_min", "", 2, "最低转速比", "lowest speed ratio", NULL, NULL},
	[R_GROUP_DESIGN] = {"group_at_design", NULL, 0, "设计流量时运行", "running at the design flow",
			    "first stage meeting the flow within the speed range", NULL},
	[R_GROUP_SPEED] = {"group_speed_at_design", "", 4, "设计流量时转速比",
			   "speed ratio at the design flow", "affinity laws, common speed", NULL},
	[R_PROFILE] = {"profile", NULL, 0, "负荷曲线", "profile", "input", NULL},
	[R_PROFILE_PRICE] = {"profile_price", NULL, 0, "电价来源", "price source",
			     "time-weighted mean over each step", ""},
	[R_KWH + HK_PS_FIXED] = {"annual_kwh_fixed", "kWh", 0, "年耗电量(定速节流)",
				 "annual pump energy, fixed",
				 "sum P_in(throttled on the full-speed curve) x dt_h x days", NULL},
	[R_KWH + HK_PS_VARIABLE] = {"annual_kwh_variable", "kWh", 0, "年耗电量(变频)",
				    "annual pump energy, variable",
				    "sum P_in(speed for the system head) x dt_h x days", NULL},
	[R_KWH + HK_PS_STAGED] = {"annual_kwh_staged", "kWh", 0, "年耗电量(大中小泵组)",
				  "annual pump energy, staged", "sum P_in(staged group) x dt_h x days",
				  NULL},
	[R_YUAN + HK_PS_FIXED] = {"annual_yuan_fixed", "yuan", 0, "年电费(定速节流)",
				  "annual pump cost, fixed", "sum kWh x step price", NULL},
	[R_YUAN + HK_PS_VARIABLE] = {"annual_yuan_variable", "yuan", 0, "年电费(变频)",
				     "annual pump cost, variable", "sum kWh x step price", NULL},
	[R_YUAN + HK_PS_STAGED] = {"annual_yuan_staged", "yuan", 0, "年电费(大中小泵组)",
				   "annual pump cost, staged", "sum kWh x step price", NULL},
	[R_EHR_STD] = {"ehr_standard", NULL, 0, "EHR标准", "EHR standard", NULL, NULL},
	[R_EHR] = {"ehr", "", 6, "耗电输热比EHR-h", "EHR-h", NULL, NULL},
	[R_EHR_ETA] = {"ehr_eta_pct", "%", 1, "EHR-h所用水泵效率", "pump efficiency in EHR-h", NULL,
		       "--eff (maker's data sheet)"},
	[R_EHR_LIMIT] = {"ehr_limit", "", 6, "EHR-h限值", "EHR-h limit", "A (B + alpha sum L)/dT",
			 "not checked: give --main-length M (sum L, supply + return main to the "
			 "farthest user) for the limit A (B + alpha sum L)/dT"},
	[R_EHR_OK] = {"ehr_ok", "", 0, "EHR-h满足", "EHR-h within the limit", "ehr <= ehr_limit", NULL},
	[R_EHR_COEF] = {"ehr_coef", "", 6, "系数", "coefficient", NULL, NULL},
	[R_EHR_A] = {"ehr_a", "", 6, "A", "A", NULL, NULL},
	[R_EHR_B] = {"ehr_b", "", 2, "B", "B", NULL, NULL},
	[R_EHR_ALPHA] = {"ehr_alpha", "", 6, "α", "alpha", NULL, NULL},
	[R_MAIN_LEN] = {"main_length_m", "m", 1, "供回水干管总长ΣL", "supply + return main length",
			"--main-length", NULL},
	[R_LOAD] = {"heat_load_kw", "kW", 1, "设计热负荷", "design heat load", NULL, NULL},
	[R_DT] = {"dt_k", "K", 1, "供回水温差", "supply/return difference", NULL, NULL},
};

static const char *const mode_name[HK_PS_NMODES] = {"fixed", "variable", "staged"};

/* the summary being built: the first failure sticks */
typedef struct {
	hk_summary *s;
	hk_status st;
} sum;

static void keep(sum *m, hk_status st)
{
	if (m->st == HK_OK)
		m->st = st;
}

/* row k with value v and source src (NULL: the row's) */
static void num(sum *m, int k, double v, const char *src)
{
	const row *w = &R[k];
	keep(m, hk_sum_num(m->s, w->key, v, w->unit, w->dec, w->zh, w->en, src ? src : w->src));
}

/* row k of an option with a default: its source from the request */
static void opt(sum *m, const hk_ps_request *q, int k, double v, int src)
{
	num(m, k, v, q->src[src]);
}

static void text(sum *m, int k, const char *t, const char *src)
{
	const row *w = &R[k];
	keep(m, hk_sum_text(m->s, w->key, t, w->zh, w->en, src ? src : w->src));
}

/* a warning row, in its place (the command prints it) */
#define WARN(m, ...) ((void)hk_sum_warn((m)->s, __VA_ARGS__))

/* the design point and the system curve */
static void duty_rows(sum *m, const hk_ps_request *q, const hk_ps_result *r)
{
	num(m, R_FLOW, r->duty.flow_m3h, r->flow_src);
	if (isfinite(q->load_kw))
		opt(m, q, R_MARGIN, q->flow_margin, HK_PS_SRC_MARGIN);
	/* the flow from a heat load, and EHR-h's Q */
	if (q->dt_k > 0)
		opt(m, q, R_DT, q->dt_k, HK_PS_SRC_DT);
	num(m, R_HEAD, r->duty.head_m, q->pipes ? R[R_HEAD].src : R[R_HEAD].opt);
	if (q->pipes) {
		opt(m, q, R_ROUGH, r->rough_mm, HK_PS_SRC_ROUGH);
		opt(m, q, R_NU, r->nu_m2s, HK_PS_SRC_NU);
	}
	opt(m, q, R_STATIC, q->static_m, HK_PS_SRC_STATIC);
	num(m, R_S, r->duty.sys.s, NULL);
}

/* the chosen pump, its curve and how many */
static void pump_rows(sum *m, const hk_ps_request *q, const hk_ps_result *r)
{
	const hk_ps_cand *c = hk_ps_chosen(r);
	int pchip = q->fit == HK_PUMP_FIT_PCHIP;
	text(m, R_MODEL, c->model->model, NULL);
	text(m, R_MAKER, c->model->maker, q->cat_name);
	text(m, R_SOURCE, c->model->source, q->cat_name);
	text(m, R_FIT, pchip ? "pchip" : "quadratic", pchip ? q->src[HK_PS_SRC_FIT] : R[R_FIT].opt);
	if (!pchip)
		num(m, R_RESID, c->curve.fit_resid_max_m, NULL);
	opt(m, q, R_DUTY, q->n_duty, HK_PS_SRC_DUTY);
	opt(m, q, R_STANDBY, q->n_standby, HK_PS_SRC_STANDBY);
	num(m, R_TOTAL, q->n_duty + q->n_standby, NULL);
}

/* where the chosen pumps run: full speed on the system, at the duty speed */
static void point_rows(sum *m, const hk_ps_request *q, const hk_ps_result *r, const char *flags)
{
	const hk_pumpsel_cand *c = &hk_ps_chosen(r)->at;
	if (c->full_ok) {
		num(m, R_OP_FLOW, c->full.flow_m3h, NULL);
		num(m, R_OP_EACH, c->full.flow_each_m3h, NULL);
		num(m, R_OP_HEAD, c->full.head_m, NULL);
		if (isfinite(c->full.eff))
			num(m, R_OP_EFF, 100 * c->full.eff, c->full.flags & HK_PUMP_F_EFF_FROM_P1
				    ? "wire-to-water rho g Q H / P1 (catalog gives input power)" : NULL);
		if (isfinite(c->full.shaft_kw))
			num(m, R_SHAFT, c->full.shaft_kw, NULL);
		if (isfinite(c->full.bep_dist))
			num(m, R_BEP, 100 * c->full.bep_dist, NULL);
	}
	if (isfinite(c->motor_kw))
		num(m, R_MOTOR, c->motor_kw, c->motor_src);
	else
		text(m, R_MOTOR, "unknown", NULL);
	opt(m, q, R_MOTOR_MARGIN, q->motor_margin, HK_PS_SRC_MOTOR_MARGIN);
	if (c->vs_ok) {
		num(m, R_SPEED, c->vs.speed, r->duty.sys.h_static_m > 0
			    ? "solved n^2 H(q/n) = Hst + S G^2 (affinity laws with static head)" : NULL);
		if (isfinite(c->vs.shaft_kw))
			num(m, R_VS_SHAFT, c->vs.shaft_kw, NULL);
		if (isfinite(c->vs_input_kw))
			num(m, R_VS_INPUT, c->vs_input_kw, NULL);
	}
	if (isfinite(c->fixed_input_kw))
		num(m, R_FIXED_INPUT, c->fixed_input_kw, NULL);
	opt(m, q, R_DRIVE_EFF, q->drive_eff, HK_PS_SRC_DRIVE_EFF);
	text(m, R_FLAGS, *flags ? flags : "none", NULL);
}

/* how the candidates were ranked, and the money */
static void rank_rows(sum *m, const hk_ps_request *q, const hk_ps_result *r)
{
	num(m, R_MEETING, r->n_meet, q->cat_name);
	num(m, R_TOTAL_CANDS, r->n, q->cat_name);
	if (r->n_flagged)
		num(m, R_FLAGGED, r->n_flagged, r->flagged);
	text(m, R_RANK_BY, r->rank_by, q->src[HK_PS_SRC_RANK]);
	if (r->prices_missing)
		num(m, R_NO_PRICE, r->prices_missing, NULL);
	if (r->rank == HK_RANK_LCC) {
		num(m, R_LCC, hk_ps_chosen(r)->score.key, NULL);
		opt(m, q, R_LIFE, q->life_years, HK_PS_SRC_LIFE);
		opt(m, q, R_DISCOUNT, q->discount, HK_PS_SRC_DISCOUNT);
	}
	if (!r->nsteps && isfinite(q->hours))
		num(m, R_HOURS, q->hours, NULL);
	if (r->have_yuan && !r->nsteps)
		num(m, R_PRICE, r->price_kwh, isfinite(q->price_kwh) ? R[R_PRICE].opt : NULL);
}

/* the staged group, and where it runs at the design flow */
static void group_rows(sum *m, const hk_ps_request *q, const hk_ps_result *r)
{
	char names[400];
	hk_pump_group_names(&r->group, ~0u, names, sizeof names);
	text(m, R_GROUP, names, NULL);
	opt(m, q, R_SPEED_MIN, q->speed_min, HK_PS_SRC_SPEED_MIN);
	if (r->group_design_st == HK_OK) {
		hk_pump_group_names(&r->group, r->group_design.running, names, sizeof names);
		text(m, R_GROUP_DESIGN, names, NULL);
		num(m, R_GROUP_SPEED, r->group_design.speed, NULL);
	} else {
		WARN(m, "staged group: %s", r->group_design_why);
	}
}

/* the annual energy over the profile, three ways */
static void energy_rows(sum *m, const hk_ps_request *q, const hk_ps_result *r)
{
	int k;
	text(m, R_PROFILE, q->profile_name, NULL);
	if (!q->profile_has_price)
		text(m, R_PROFILE_PRICE, q->tariff ? q->tariff_name : isfinite(q->price_kwh)
			     ? "--price-kwh" : "none: yuan not computed",
		     q->tariff ? NULL : R[R_PROFILE_PRICE].opt);
	for (k = 0; k < (r->has_group ? HK_PS_NMODES : HK_PS_STAGED); k++) {
		const hk_pump_energy *en = &r->en[k];
		if (!r->en_ok[k]) {
			WARN(m, "annual energy, %s: not computed: %s has no efficiency or power data in the "
			     "catalog", mode_name[k],
			     k == HK_PS_STAGED ? "a pump of the group" : hk_ps_chosen(r)->model->model);
			continue;
		}
		num(m, R_KWH + k, en->kwh, NULL);
		if (r->have_yuan)
			num(m, R_YUAN + k, en->yuan, NULL);
		if (en->n_flagged)
			WARN(m, "%s: %d profile step%s outside the catalog range or below the minimum speed "
			     "(see pump_flags)", mode_name[k], en->n_flagged, en->n_flagged == 1 ? "" : "s");
	}
}

/* the efficiency EHR-h takes, and where from */
static void ehr_eta_row(sum *m, const hk_ps_request *q, const hk_ps_result *r)
{
	const hk_pumpsel_cand *c = &hk_ps_chosen(r)->at;
	num(m, R_EHR_ETA, 100 * r->ehr_eta, isfinite(q->eff) ? R[R_EHR_ETA].opt
	    : c->vs.flags & HK_PUMP_F_EFF_FROM_P1
	    ? "catalog curve at the duty speed, wire-to-water from P1 (conservative)"
	    : "catalog curve at the duty speed: eff(q/n) (affinity laws)");
}

/* EHR-h: GB 50189-2015 §4.3.3 / GB 50736-2012 §8.11.13 (pumpehr.h); the
 * value at the design point always, the limit with --main-length */
static void ehr_rows(sum *m, const hk_ps_request *q, const hk_ps_result *r)
{
	const hk_ehr_result *er = &r->ehr;
	int asked = isfinite(q->load_kw) || isfinite(q->main_len_m);
	if (r->ehr_state == HK_PS_EHR_NO_EFF || r->ehr_state == HK_PS_EHR_FAILED) {
		char why[400];
		if (r->ehr_state == HK_PS_EHR_NO_EFF)
			snprintf(why, sizeof why, "%s has no efficiency or power data (give --eff from the "
				 "maker's data sheet)", hk_ps_chosen(r)->model->model);
		else
			snprintf(why, sizeof why, "%s", r->ehr_why);
		if (asked)
			WARN(m, "EHR-h not computed: %s", why);
		else
			text(m, R_EHR, "not computed", why);
		return;
	}
	num(m, R_EHR, er->ehr, "0.003096 sum(G H / eta_b)/Q at the design point: G the design flow "
	    "per duty pump, H the design head (GB 50189-2015 §4.3.3 / GB 50736-2012 §8.11.13)");
	ehr_eta_row(m, q, r);
	num(m, R_LOAD, r->ehr_load_kw, r->ehr_load_src);
	num(m, R_EHR_COEF, er->coef.value, er->coef.source);
	if (r->ehr_state != HK_PS_EHR_CHECKED) {
		text(m, R_EHR_LIMIT, "not checked", R[R_EHR_LIMIT].opt);
		return;
	}
	text(m, R_EHR_STD, er->edition_name, q->src[HK_PS_SRC_EDITION]);
	num(m, R_EHR_LIMIT, er->limit, NULL);
	num(m, R_EHR_OK, er->pass, NULL);
	num(m, R_EHR_A, er->a.value, er->a.source);
	num(m, R_EHR_B, er->b.value, er->b.source);
	num(m, R_EHR_ALPHA, er->alpha.value, er->alpha.source);
	num(m, R_MAIN_LEN, q->main_len_m, NULL);
	if (!er->pass)
		WARN(m, "EHR-h %.5f exceeds the limit %.5f (%s)", er->ehr, er->limit, er->edition_name);
}

/* the chosen pump's flags in words: its point (curve range, data) and its
 * catalog flags */
static void flags_text(const hk_ps_cand *c, char *buf, size_t sz)
{
	size_t o;
	hk_pump_flags_text(c->at.flags, buf, sz);
	o = strlen(buf);
	if (c->power_unknown && o < sz)
		o += (size_t)snprintf(buf + o, sz - o, "%spower basis unknown: taken as shaft power "
				      "(conservative)", o ? "; " : "");
	if (c->model->flags[0] && o < sz)
		snprintf(buf + o, sz - o, "%scatalog: %s", o ? "; " : "", c->model->flags);
}

hk_status hk_pumpselect_summary(const hk_ps_request *q, const hk_ps_result *r, hk_summary *s)
{
	const hk_ps_cand *c = hk_ps_chosen(r);
	sum m = {s, HK_OK};
	char flags[900];

	flags_text(c, flags, sizeof flags);
	duty_rows(&m, q, r);
	pump_rows(&m, q, r);
	point_rows(&m, q, r, flags);
	rank_rows(&m, q, r);
	if (r->has_group)
		group_rows(&m, q, r);
	if (r->nsteps)
		energy_rows(&m, q, r);
	ehr_rows(&m, q, r);
	/* the chosen pump's data */
	if (c->at.flags & (HK_PUMP_F_ABOVE_RANGE | HK_PUMP_F_BELOW_RANGE))
		WARN(&m, "%s: %s", c->model->model, flags);
	if (r->model_flagged)
		WARN(&m, "--model %s: its catalog power contradicts rho g Q H / eta by more than 10 %% "
		     "(flags: %s): used because you named it; check the maker's data sheet before "
		     "trusting its power, motor and energy", c->model->model, c->model->flags);
	if (r->group_flagged[0])
		WARN(&m, "--group: %s: catalog power contradicts rho g Q H / eta by more than 10 %% "
		     "(flag power_contradicts): used because you named it; staged energy is doubtful",
		     r->group_flagged);
	if (!strncmp(c->model->maker, "unnamed", 7))
		WARN(&m, "%s: maker not named in the catalog (%s): for rough checks, not for tenders",
		     c->model->model, c->model->maker);
	return m.st;
}

/* ---- the tables --------------------------------------------------------- */

const hk_col hk_ps_cand_cols[HK_PS_NCAND] = {
	{"rank", NULL, "排名", "rank", 0},
	{"model", NULL, "型号", "model", -1},
	{"maker", NULL, "厂家", "maker", -1},
	{"duty_pumps", NULL, "工作台数", "duty pumps", 0},
	{"flow_m3h", "m³/h", "工作点流量(全速,合计)", "operating flow (full speed, total)", 1},
	{"head_m", "m", "工作点扬程", "operating head", 2},
	{"eff_pct", "%", "工作点效率", "efficiency at the operating point", 1},
	{"shaft_kw", "kW", "单台轴功率", "shaft power per pump", 2},
	{"motor_kw", "kW", "电机功率", "motor rating", 2},
	{"bep_dist_pct", "%", "偏离最高效率点", "distance from best efficiency", 1},
	{"speed_pct", "%", "设计点转速", "speed for the duty", 1},
	{"duty_eff_pct", "%", "设计点效率", "efficiency at the duty", 1},
	{"vs_input_kw", "kW", "变频设计点输入功率", "input power at the duty, variable speed", 2},
	{"fixed_input_kw", "kW", "定速节流输入功率", "input power at the duty, throttled", 2},
	{"annual_kwh", "kWh", "年耗电量", "annual energy", 0},
	{"annual_yuan", "元", "年电费", "annual energy cost", 0},
	{"price_yuan", "元", "设备价格", "price (all pumps)", 0},
	{"lcc_yuan", "元", "全寿命周期费用", "life-cycle cost", 0},
	{"meets_duty", NULL, "满足设计点", "meets the duty", 0},
	{"notes", NULL, "说明", "notes", -1},
};

static hk_cell num_or_empty(double v)
{
	return isfinite(v) ? hk_cnum(v) : hk_cempty();
}

static hk_cell pct_or_empty(double f)
{
	return num_or_empty(100 * f);
}

void hk_ps_cand_cells(const hk_ps_result *r, const hk_ps_cand *k, int place, hk_cell *cell,
		      char *note, size_t nsz)
{
	const hk_pumpsel_cand *c = &k->at;
	const hk_pumpsel_score *s = &k->score;
	const hk_cell none = hk_cempty();
	char flags[600];
	size_t j = 0;

	hk_pump_flags_text(c->flags, flags, sizeof flags);
	if (!s->meets)
		snprintf(note, nsz, "does not meet the duty: %s%s%s", c->why,
			 *flags ? "; full-speed point: " : "", flags);
	else
		snprintf(note, nsz, "%s%s%s", flags, k->power_unknown ? (*flags ? "; " : "") : "",
			 k->power_unknown ? "power basis unknown: taken as shaft power" : "");
	cell[j++] = s->meets ? hk_cnum(place) : none;
	cell[j++] = hk_ctext(k->model->model);
	cell[j++] = hk_ctext(k->model->maker);
	cell[j++] = hk_cnum(r->duty.n_duty);
	cell[j++] = c->full_ok ? hk_cnum(c->full.flow_m3h) : none;
	cell[j++] = c->full_ok ? hk_cnum(c->full.head_m) : none;
	cell[j++] = c->full_ok ? pct_or_empty(c->full.eff) : none;
	cell[j++] = c->full_ok ? num_or_empty(c->full.shaft_kw) : none;
	cell[j++] = num_or_empty(c->motor_kw);
	cell[j++] = c->full_ok ? pct_or_empty(c->full.bep_dist) : none;
	cell[j++] = c->vs_ok ? hk_cnum(100 * c->vs.speed) : none;
	cell[j++] = c->vs_ok ? pct_or_empty(c->vs.eff) : none;
	cell[j++] = num_or_empty(c->vs_input_kw);
	cell[j++] = num_or_empty(c->fixed_input_kw);
	cell[j++] = r->have_energy ? num_or_empty(s->annual) : none;
	cell[j++] = num_or_empty(s->annual_yuan);
	cell[j++] = num_or_empty(s->price_yuan);
	cell[j++] = r->rank == HK_RANK_LCC ? num_or_empty(s->key) : none;
	cell[j++] = hk_cnum(s->meets);
	cell[j++] = hk_ctext(note);
}

const hk_col hk_ps_curve_cols[4] = {
	{"flow_m3h", "m³/h", "流量", "flow", 2},
	{"pump_head_m", "m", "水泵(并联,全速)", "pumps (parallel, full speed)", 3},
	{"pump_duty_speed_head_m", "m", "水泵(设计点转速)", "pumps at the duty speed", 3},
	{"system_head_m", "m", "管网特性", "system curve", 3},
};

void hk_ps_curve_cells(const hk_ps_result *r, int i, hk_cell cell[4])
{
	const hk_ps_cand *k = hk_ps_chosen(r);
	const hk_pump_curve *c = &k->curve;
	int nd = r->duty.n_duty;
	double speed = k->at.vs_ok ? k->at.vs.speed : 0, flow = r->duty.flow_m3h;
	double qmax = fmax(1.3 * flow, k->at.full_ok ? 1.1 * k->at.full.flow_m3h : 0);
	double q, q1;

	qmax = fmin(qmax, fmax(nd * c->q_hi * 1.05, 1.3 * flow));
	q = qmax * i / (HK_PS_CURVE_POINTS - 1);
	q1 = q / nd;
	cell[0] = hk_cnum(q);
	/* only within the catalog's range: nothing drawn past it */
	cell[1] = q1 >= c->q_lo && q1 <= c->q_hi ? hk_cnum(hk_pump_head(c, q1, NULL)) : hk_cempty();
	/* affinity laws: H_n(q) = n^2 H_1(q/n) */
	cell[2] = speed > 0 && q1 / speed >= c->q_lo && q1 / speed <= c->q_hi
		? hk_cnum(speed * speed * hk_pump_head(c, q1 / speed, NULL)) : hk_cempty();
	cell[3] = hk_cnum(hk_pump_system_head(&r->duty.sys, q));
}

/* the profile had a heat load, not a flow / no price, and one was given */
static int add_flow(const hk_ps_request *q)
{
	return q->nsteps && isnan(q->steps[0].flow_m3h);
}

static int add_price(const hk_ps_request *q)
{
	return !q->profile_has_price && (q->tariff || isfinite(q->price_kwh));
}

size_t hk_ps_profile_cols(const hk_ps_request *q, const hk_ps_result *r, hk_col *cols)
{
	size_t n = 0;
	if (add_flow(q))
		cols[n++] = (hk_col){"flow_m3h", "m³/h", "流量", "flow", 2};
	if (add_price(q))
		cols[n++] = (hk_col){"price_yuan_kwh", "元/kWh", "电价", "electricity price", 4};
	cols[n++] = (hk_col){"system_head_m", "m", "管网所需扬程", "system head", 2};
	cols[n++] = (hk_col){"fixed_power_kw", "kW", "定速(节流)功率", "power, fixed speed", 2};
	cols[n++] = (hk_col){"vs_speed_pct", "%", "变频转速", "speed, variable", 1};
	cols[n++] = (hk_col){"vs_power_kw", "kW", "变频功率", "power, variable speed", 2};
	if (r->has_group) {
		cols[n++] = (hk_col){"staged_pumps", NULL, "运行水泵(大中小)", "pumps running (staged)", -1};
		cols[n++] = (hk_col){"staged_speed_pct", "%", "泵组转速", "speed, staged", 1};
		cols[n++] = (hk_col){"staged_power_kw", "kW", "泵组功率", "power, staged", 2};
	}
	cols[n++] = (hk_col){"pump_flags", NULL, "提示", "flags", -1};
	return n;
}

void hk_ps_profile_cells(const hk_ps_request *q, const hk_ps_result *r, size_t i, hk_cell *cell,
			 char text[2][300])
{
	const hk_pump_step *s = &r->steps[i];
	const hk_pump_step_out *fx = &r->out[HK_PS_FIXED][i], *vs = &r->out[HK_PS_VARIABLE][i],
			       *st = &r->out[HK_PS_STAGED][i];
	unsigned fl = fx->flags | vs->flags | (r->has_group ? st->flags : 0);
	size_t k = 0;

	if (add_flow(q))
		cell[k++] = hk_cnum(s->flow_m3h);
	if (add_price(q))
		cell[k++] = num_or_empty(s->price_yuan_kwh);
	cell[k++] = hk_cnum(hk_pump_system_head(&r->duty.sys, s->flow_m3h));
	cell[k++] = num_or_empty(fx->input_kw);
	cell[k++] = hk_cnum(s->flow_m3h > 0 ? 100 * vs->speed : 0);
	cell[k++] = num_or_empty(vs->input_kw);
	if (r->has_group) {
		hk_pump_group_names(&r->group, st->running, text[0], sizeof text[0]);
		cell[k++] = hk_ctext(text[0]);
		cell[k++] = hk_cnum(st->running ? 100 * st->speed : 0);
		cell[k++] = num_or_empty(st->input_kw);
	}
	/* the flags that say something about the step */
	hk_pump_flags_text(fl & ~(unsigned)(HK_PUMP_F_EFF_FROM_P1 | HK_PUMP_F_EFF_FROM_P2 | HK_PUMP_F_DROOP),
			   text[1], sizeof text[1]);
	cell[k++] = hk_ctext(text[1]);
}
