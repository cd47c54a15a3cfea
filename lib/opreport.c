/* opreport.c - operate's step columns, comparison table and summary (opreport.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "opreport.h"

static const hk_col step_cols[HK_OPR_NCOL] = {
	{"units_on", "", "运行台数", "units running", 0, 0},
	{"supply_c", "℃", "供水温度", "supply (terminals)", 2, 0},
	{"return_c", "℃", "回水温度", "return (terminals)", 2, 0},
	{"hp_supply_c", "℃", "机组出水温度", "heat-pump leaving water", 2, 0},
	{"hp_return_c", "℃", "机组进水温度", "heat-pump entering water", 2, 0},
	{"stage1_out_c", "℃", "串联一级出水温度", "first stage leaving water", 2, 0},
	{"cop_stage1", "", "一级COP", "COP first stage", 4, 1},
	{"cop_stage2", "", "二级COP", "COP second stage", 4, 1},
	{"cop", "", "机组COP", "heat-pump plant COP", 4, 1},
	{"flow_m3h", "m³/h", "一次侧流量", "primary flow", 2, 0},
	{"heat_kw", "kW", "供热量", "heat delivered", 3, 1},
	{"unmet_kw", "kW", "未满足热量", "unmet heat", 3, 1},
	{"hp_power_kw", "kW", "热泵耗电功率", "heat-pump power", 3, 1},
	{"pump_kw", "kW", "水泵耗电功率", "pump power", 3, 1},
	{"power_kw", "kW", "总耗电功率", "heat pumps + pumps", 3, 1},
	{"pump_speed", "", "水泵转速比", "pump speed ratio", 3, 0},
};

void hk_opr_step_cols(const hk_ops_strategy *s, hk_opr_cols *c)
{
	size_t k;
	char suf[48], *p;
	snprintf(suf, sizeof suf, "%s", s->name);
	for (p = suf; *p; p++)
		if (*p == '+' || *p == '-')
			*p = '_';
	for (k = 0; k < HK_OPR_NCOL; k++) {
		c->col[k] = step_cols[k];
		snprintf(c->key[k], sizeof c->key[k], "%s_%s", step_cols[k].key, suf);
		c->col[k].key = c->key[k];
	}
}

void hk_opr_step_vals(const hk_ops_out *o, double v[HK_OPR_NCOL])
{
	int on = o->op.units_on > 0;
	v[0] = o->op.units_on;
	v[1] = o->op.ts, v[2] = o->op.tr;
	v[3] = on ? o->op.ts_p : NAN, v[4] = on ? o->op.tr_p : NAN, v[5] = on ? o->op.t_mid : NAN;
	v[6] = on ? o->op.cop1 : NAN, v[7] = on ? o->op.cop2 : NAN, v[8] = on ? o->op.cop : NAN;
	v[9] = o->op.flow_m3h, v[10] = o->op.heat_kw, v[11] = o->op.unmet_kw;
	v[12] = o->op.hp_kw, v[13] = o->pump_kw, v[14] = o->power_kw, v[15] = o->pump_speed;
}

const hk_col hk_opr_cmp_cols[HK_OPR_NCMP] = {
	{"strategy", "", "运行策略", "strategy", -1, 0},
	{"levers", "", "措施", "levers", -1, 0},
	{"heat_kwh", "kWh", "供热量", "heat delivered", 0, 0},
	{"unmet_kwh", "kWh", "未满足热量", "unmet heat", 0, 0},
	{"hp_kwh", "kWh", "热泵耗电量", "heat-pump electricity", 0, 0},
	{"pump_kwh", "kWh", "水泵耗电量", "pump electricity", 0, 0},
	{"elec_kwh", "kWh", "总耗电量", "electricity", 0, 0},
	{"cost_yuan", "元", "电费", "electricity cost", 0, 0},
	{"scop", "", "系统季节COP", "system SCOP (HP + pumps)", 3, 0},
	{"scop_hp", "", "热泵季节COP", "heat-pump SCOP", 3, 0},
	{"cop_hp_0_m10", "", "0~-10℃热泵COP", "heat-pump COP at 0..-10 C", 3, 0},
	{"scop_0_m10", "", "0~-10℃系统COP", "system COP at 0..-10 C", 3, 0},
	{"pump_kw_max", "kW", "水泵最大功率", "largest pump power", 2, 0},
	{"flow_max_m3h", "m³/h", "最大一次侧流量", "largest primary flow", 1, 0},
	{"starts", "", "机组启动次数", "unit starts", 0, 0},
	{"saving_elec", "", "节电率", "electricity saved vs the first", 4, 0},
	{"saving_cost", "", "节费率", "cost saved vs the first", 4, 0},
};

static void levers_text(const hk_ops_strategy *s, char *b, size_t n)
{
	snprintf(b, n, "%s supply; %s; %s; %s", s->lv.curve ? "heating-curve" : "design",
		 s->lv.arr == HK_ARR_SERIES ? "series pairs" : "parallel",
		 s->lv.staging ? "units on demand" : "all units on", s->pumps ? "staged/variable pumps" :
		 "fixed-speed pumps");
}

void hk_opr_cmp_row(const hk_ops_strategy *s, const hk_ops_totals *t, const hk_ops_totals *base,
		    hk_cell c[HK_OPR_NCMP])
{
	static char lev[16][160];
	static int k;
	char *b = lev[k++ % 16];
	levers_text(s, b, sizeof lev[0]);
	c[0] = hk_ctext(s->name), c[1] = hk_ctext(b);
	c[2] = hk_cnum(t->heat_kwh), c[3] = hk_cnum(t->unmet_kwh), c[4] = hk_cnum(t->hp_kwh);
	c[5] = hk_cnum(t->pump_kwh), c[6] = hk_cnum(t->elec_kwh), c[7] = hk_cnum(t->yuan);
	c[8] = hk_cnum(t->scop), c[9] = hk_cnum(t->scop_hp);
	c[10] = t->band_hp_kwh > 0 ? hk_cnum(t->band_heat_kwh / t->band_hp_kwh) : hk_cempty();
	c[11] = t->band_elec_kwh > 0 ? hk_cnum(t->band_heat_kwh / t->band_elec_kwh) : hk_cempty();
	c[12] = hk_cnum(t->pump_kw_max), c[13] = hk_cnum(t->flow_max_m3h), c[14] = hk_cnum(t->starts);
	c[15] = base->elec_kwh > 0 ? hk_cnum(1 - t->elec_kwh / base->elec_kwh) : hk_cempty();
	c[16] = base->yuan > 0 ? hk_cnum(1 - t->yuan / base->yuan) : hk_cempty();
}

#define TRY(x) do { if ((x) != HK_OK) return HK_ENOMEM; } while (0)

static hk_status inputs_rows(const hk_opr_inputs *in, hk_summary *s)
{
	char b[512];
	TRY(hk_sum_text(s, "model", in->model, "机型", "heat-pump model", in->model_src));
	TRY(hk_sum_num(s, "units", in->units, "", 0, "热泵台数", "heat pumps", in->units_src));
	TRY(hk_sum_num(s, "design_load_kw", in->design_kw, "kW", 1, "末端设计热负荷", "design load of the terminals",
		       in->design_src));
	TRY(hk_sum_text(s, "terminal", in->terminal, "末端类型", "terminal type", in->terminal_src));
	if (!isnan(in->n)) /* a mix gives each group's in terminal */
		TRY(hk_sum_num(s, "emission_exponent", in->n, "", 2, "散热指数n", "emission exponent n", in->n_src));
	TRY(hk_sum_num(s, "design_supply_c", in->ts_d, "C", 1, "设计供水温度", "design supply", in->t_src));
	TRY(hk_sum_num(s, "design_return_c", in->tr_d, "C", 1, "设计回水温度", "design return", in->t_src));
	TRY(hk_sum_num(s, "indoor_c", in->ti, "C", 1, "室内设计温度", "indoor design temperature", in->ti_src));
	TRY(hk_sum_num(s, "supply_floor_c", in->ts_floor, "C", 1, "最低供水温度", "lowest supply the curve uses",
		       "the catalog's lowest leaving-water column of the COP surface (no COP read off its points)"));
	TRY(hk_sum_num(s, "tw_max_c", in->tw_max, "C", 1, "样本最高出水温度", "catalog's highest leaving water",
		       "the catalog's highest leaving-water column with a COP"));
	TRY(hk_sum_num(s, "unit_flow_m3h", in->unit_flow, "m3/h", 2, "单台(单组)水流量", "water flow per unit (pair)",
		       in->unit_flow_src));
	TRY(hk_sum_num(s, "min_run_h", in->min_run_h, "h", 2, "最短运行时间", "minimum run time", in->min_run_src));
	TRY(hk_sum_num(s, "max_starts_h", in->max_starts_h, "1/h", 1, "每小时最多启动次数", "starts per hour at most",
		       in->max_starts_src));
	TRY(hk_sum_text(s, "day_start", "all units off", "典型日起始状态", "each typical day starts",
			"assumption: a typical day is one day, not a run of days (opseason.h)"));
	TRY(hk_sum_text(s, "pumps", in->pumps ? in->pumps : "none (pump power 0)", "一次泵", "primary pumps",
			"--pump, --pump-duty: fixed speed at the flow of the running units (throttled)"));
	TRY(hk_sum_text(s, "pump_group", in->group ? in->group : "none: the pumps lever runs the duty pumps at "
			"variable speed", "大中小泵组", "big/medium/small group",
			"--group; staging per ashp-smart-heating-deck §6-3 (pumpgroup.h)"));
	if (in->pumps) {
		TRY(hk_sum_num(s, "head_m", in->head_m, "m", 1, "一次侧设计扬程", "primary head at design flow",
			       in->head_src));
		TRY(hk_sum_num(s, "unit_dp_m", in->dp_unit_m, "m", 1, "机组水侧阻力", "water-side drop of a unit",
			       in->dp_src));
		TRY(hk_sum_num(s, "speed_min", in->n_min, "", 2, "最低转速比", "lowest speed ratio", in->n_min_src));
		TRY(hk_sum_num(s, "drive_eff", in->drive_eff, "", 3, "电机(变频)效率", "motor (+drive) efficiency",
			       in->drive_src));
	}
	snprintf(b, sizeof b, "%s", in->tariff ? in->tariff : "none (cost 0)");
	TRY(hk_sum_text(s, "tariff", b, "电价", "tariff", "--tariff: mean price over each step"));
	return HK_OK;
}

/* one strategy's season rows, keys suffixed with its name */
static hk_status season_rows(const hk_ops_strategy *st, const hk_ops_totals *t, const hk_ops_totals *base,
			     hk_summary *s)
{
	static const struct { const char *key, *unit; int dec; const char *zh, *en, *src; } R[] = {
		{"heat_kwh", "kWh", 0, "供热量", "heat delivered", "Σ heat_kw·dt_h·days"},
		{"unmet_kwh", "kWh", 0, "未满足热量", "unmet heat", "Σ unmet_kw·dt_h·days"},
		{"hp_kwh", "kWh", 0, "热泵耗电量", "heat-pump electricity", "Σ heat/COP·dt_h·days (EN 14511-1 §3)"},
		{"pump_kwh", "kWh", 0, "水泵耗电量", "pump electricity", "Σ pump_kw·dt_h·days"},
		{"elec_kwh", "kWh", 0, "总耗电量", "electricity", "hp_kwh + pump_kwh"},
		{"cost_yuan", "yuan", 0, "电费", "electricity cost", "Σ power_kw·dt_h·days·price"},
		{"scop", "", 3, "系统季节COP", "system SCOP", "heat / (heat-pump + pump electricity)"},
		{"scop_hp", "", 3, "热泵季节COP", "heat-pump SCOP", "heat / heat-pump electricity"},
		{"cop_hp_0_m10", "", 3, "0~-10℃热泵COP", "heat-pump COP at 0..-10 C",
		 "steps with 0 >= t_out >= -10 C, the deck's case range (§8)"},
		{"scop_0_m10", "", 3, "0~-10℃系统COP", "system COP at 0..-10 C", "steps with 0 >= t_out >= -10 C"},
		{"pump_kw_max", "kW", 2, "水泵最大功率", "largest pump power", "max over the steps"},
		{"starts", "", 0, "机组启动次数", "unit starts", "Σ starts·days"},
		{"saving_elec", "", 4, "节电率", "electricity saved vs the first strategy", "1 − elec/elec_first"},
	};
	double v[sizeof R / sizeof R[0]];
	char key[64], suf[48], *p;
	size_t k;
	snprintf(suf, sizeof suf, "%s", st->name);
	for (p = suf; *p; p++)
		if (*p == '+' || *p == '-')
			*p = '_';
	v[0] = t->heat_kwh, v[1] = t->unmet_kwh, v[2] = t->hp_kwh, v[3] = t->pump_kwh, v[4] = t->elec_kwh;
	v[5] = t->yuan, v[6] = t->scop, v[7] = t->scop_hp;
	v[8] = t->band_hp_kwh > 0 ? t->band_heat_kwh / t->band_hp_kwh : NAN;
	v[9] = t->band_elec_kwh > 0 ? t->band_heat_kwh / t->band_elec_kwh : NAN;
	v[10] = t->pump_kw_max, v[11] = t->starts;
	v[12] = base->elec_kwh > 0 ? 1 - t->elec_kwh / base->elec_kwh : NAN;
	for (k = 0; k < HK_PER_KINDS; k++) {
		char en[128];
		if (!(t->kwh_kind[k] > 0))
			continue;
		snprintf(key, sizeof key, "elec_kwh_%s_%s", hk_period_kind_name((hk_period_kind)k), suf);
		snprintf(en, sizeof en, "electricity in %s periods (%s)", hk_period_kind_name((hk_period_kind)k),
			 st->name);
		TRY(hk_sum_num(s, key, t->kwh_kind[k], "kWh", 0, "分时段耗电量", en,
			       "Σ power_kw over the step's hours in the period × days (--tariff)"));
	}
	for (k = 0; k < sizeof R / sizeof R[0]; k++) {
		char en[128];
		if (isnan(v[k]))
			continue;
		snprintf(key, sizeof key, "%s_%s", R[k].key, suf);
		snprintf(en, sizeof en, "%s (%s)", R[k].en, st->name);
		TRY(hk_sum_num(s, key, v[k], R[k].unit, R[k].dec, R[k].zh, en, R[k].src));
	}
	return HK_OK;
}

static void warn_rows(const hk_ops_strategy *st, const hk_ops_totals *t, hk_summary *s)
{
	if (t->unmet_kwh > 0)
		hk_sum_warn(s, "%s: %.0f kWh of heat unmet over the season (up to %.1f kW in a step): the plant "
			    "cannot carry the load there", st->name, t->unmet_kwh, t->unmet_max_kw);
	if (t->flags & (HK_COPS_EXTRAP_T | HK_COPS_EXTRAP_W))
		hk_sum_warn(s, "%s: COP or capacity extrapolated beyond the catalog's points (--extrapolate)",
			    st->name);
	if (t->flags & HK_COPS_HELD_LOW)
		hk_sum_warn(s, "%s: the first series stage left below the catalog's lowest water column; its COP "
			    "was read there (understates the series gain)", st->name);
	if (t->pump_flags & (HK_PUMP_F_BELOW_RANGE | HK_PUMP_F_ABOVE_RANGE))
		hk_sum_warn(s, "%s: a pump ran outside its catalog flow range (curve extrapolated)", st->name);
	if (t->pump_flags & HK_PUMP_F_BELOW_NMIN)
		hk_sum_warn(s, "%s: pumps held at their lowest speed and throttled in some steps", st->name);
	if (t->limited_steps)
		hk_sum_warn(s, "%s: the start limit kept units off in %d steps (their heat unmet)", st->name,
			    t->limited_steps);
}

hk_status hk_opr_summary(const hk_opr_inputs *in, const hk_ops_strategy *s, const hk_ops_totals *t,
			 size_t ns, hk_summary *sum)
{
	size_t i;
	TRY(inputs_rows(in, sum));
	for (i = 0; i < ns; i++)
		TRY(season_rows(&s[i], &t[i], &t[0], sum));
	for (i = 0; i < ns; i++)
		warn_rows(&s[i], &t[i], sum);
	return HK_OK;
}
