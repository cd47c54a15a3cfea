/*
 * econreport.c - an econ run in tables (see econ.h): the daily table,
 * the workbook's prices, investment and schemes sheets (sums, costs and
 * paybacks as live formulas over the cells they depend on), and the
 * summary, each row's unit and labels from one table, its value and
 * source from the run.
 */
#include "econ.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* ---- the summary's rows ------------------------------------------- */

/* per scheme keys are sN_KEY; the sources are the run's */
static const hk_sumspec rows[] = {
	{"base_scheme", NULL, 0, "基准方案", "base scheme"},
	{"hp_model", NULL, 0, "热泵机型", "heat-pump model"},
	{"units", "", 0, "热泵台数", "heat pumps"},
	{"rated_kw", "kW", 1, "单台额定制热量", "rated capacity per unit"},
	{"tank_m3", "m3", 0, "蓄热罐有效容积", "effective tank volume"},
	{"placeholder_prices", NULL, 0, "占位单价(请自行给出)", "placeholder prices used (give your own)"},
	{"name", NULL, 0, "方案", "scheme"},
	{"invest_yuan", "yuan", 0, "初投资", "investment"},
	{"heat_pump_kw", "kW", 0, "热泵额定装机容量", "heat pumps, rated kW"},
	{"annual_elec_kwh", "kWh", 0, "年耗电量", "annual electricity"},
	{"annual_cost_yuan", "yuan", 0, "年运行费用", "annual operating cost"},
	{"unmet_kwh", "kWh", 0, "年未满足热量", "annual heat left unmet"},
	{"backup_cost_yuan", "yuan", 0, "辅助热源年电费", "annual cost of the backup heater"},
	{"lcc_yuan", "yuan", 0, "全寿命周期费用", NULL}, /* en: with the life */
	{"s_extra_invest_yuan", "yuan", 0, "增加投资", "extra investment over the base"},
	{"s_annual_saving_yuan", "yuan", 0, "年节省运行费用", "annual saving over the base"},
	{"payback_years", "a", 2, "静态回收年限", "static payback"},
	{"compared_scheme", NULL, 0, "比较方案", "scheme compared with the base"},
	{"extra_invest_yuan", "yuan", 0, "增加投资", "extra investment"},
	{"annual_saving_yuan", "yuan", 0, "年节省运行费用", "annual saving"},
	{"discounted_payback_years", "a", 2, "动态回收年限", "discounted payback"},
	{"npv_yuan", "yuan", 0, "净现值", "net present value"},
	{"irr", "", 4, "内部收益率", "internal rate of return"},
	{"max_unmet_kwh", "kWh", 0, "最大年未满足热量", "largest annual heat left unmet among the schemes"},
	{"backup_cop", "", 2, "辅助热源COP", "backup heater COP"},
	{"rate", "", 4, "折现率", "discount rate"},
	{"escalation", "", 4, "电价年增长率", "energy-price escalation"},
	{"life_years", "a", 0, "经济寿命", "economic life"},
};

static const char src_payback[] = "extra investment / annual saving (Malan paper §3.4); inf = never";

/* the summary being written: a row's key is prefix + its rowdef's key
 * (rowdef keys s_X print as X) */
typedef struct {
	hk_job *job;
	char prefix[16];
} report;

static const char *key_of(const report *p, const hk_sumspec *d, char *buf, size_t sz)
{
	const char *k = !strncmp(d->key, "s_", 2) ? d->key + 2 : !strcmp(d->key, "max_unmet_kwh") ? "unmet_kwh" : d->key;
	snprintf(buf, sz, "%s%s", p->prefix, k);
	return buf;
}

static void num(report *p, const char *key, double v, const char *en, const char *src)
{
	const hk_sumspec *d = hk_sumspec_find(rows, HK_NELEM(rows), key);
	char k[80];
	hk_sum_num(&p->job->sum, key_of(p, d, k, sizeof k), v, d->unit, d->decimals, d->label_zh,
		   en ? en : d->label_en, src);
}

static void text(report *p, const char *key, const char *v, const char *zh, const char *src)
{
	const hk_sumspec *d = hk_sumspec_find(rows, HK_NELEM(rows), key);
	char k[80];
	hk_sum_text(&p->job->sum, key_of(p, d, k, sizeof k), v, zh ? zh : d->label_zh, d->label_en, src);
}

/* "days 100%, 75%": the typical days on which the scheme leaves heat unmet */
static const char *unmet_days(const hk_econ_result *r, const hk_econ_scheme *sk, char *buf, size_t sz)
{
	size_t o, n = 0;
	for (size_t i = sk->d0; i < sk->d1; i++)
		n += r->day[i].unmet > 0;
	o = (size_t)snprintf(buf, sz, "%s", n == 1 ? "day" : "days");
	n = 0;
	for (size_t i = sk->d0; i < sk->d1 && o < sz; i++) {
		if (!(r->day[i].unmet > 0))
			continue;
		if (++n > 6) {
			snprintf(buf + o, sz - o, ", ...");
			break;
		}
		o += (size_t)snprintf(buf + o, sz - o, "%s %s", n > 1 ? "," : "", r->day[i].day);
	}
	return buf;
}

static void design_rows(report *p, const hk_design *d)
{
	if (*d->hp_model)
		text(p, "hp_model", d->hp_model, NULL, "profile column hp_model (hpsize)");
	if (!isnan(d->units))
		num(p, "units", d->units, NULL, "profile column units_total (hpsize)");
	if (!isnan(d->rated_kw))
		num(p, "rated_kw", d->rated_kw, NULL, "profile column rated_kw (hpsize)");
	if (!isnan(d->tank_m3))
		num(p, "tank_m3", d->tank_m3, NULL, "profile column tank_m3 (tanksize)");
}

/* each price row that priced something: price_ITEM with where it comes
 * from; the placeholders among them named and warned about */
static void price_rows(report *p, const hk_prices *pr, const hk_econ_result *r)
{
	char list[512] = "", src[512], key[64], unit[32], zh[96], en[160];
	size_t o = 0;
	for (size_t i = 0; pr && i < pr->n; i++) {
		const hk_price *v = &pr->v[i];
		const hk_inv_item *it = &hk_inv_items[v->item];
		if (!r->price_used[i])
			continue;
		hk_price_describe(pr, i, src, sizeof src);
		snprintf(key, sizeof key, "price_%s", it->key);
		snprintf(unit, sizeof unit, "yuan/%s", it->unit);
		snprintf(zh, sizeof zh, "单价(%s)", it->key);
		snprintf(en, sizeof en, "unit price: %s", it->what);
		hk_sum_num(&p->job->sum, key, v->price, unit, -1, zh, en, src);
		if (v->status != HK_PRICE_PLACEHOLDER)
			continue;
		if (o < sizeof list)
			o += (size_t)snprintf(list + o, sizeof list - o, "%s%s (%s:%ld)", o ? ", " : "", it->key,
					      strrchr(pr->file, '/') ? strrchr(pr->file, '/') + 1 : pr->file, v->line);
		hk_job_warn(p->job, "the unit price of %s (%g 元/%s, %s:%ld) is a placeholder — give your own "
			    "(--prices FILE, or a price column in the invest file)", it->key, v->price, it->unit,
			    pr->file, v->line);
	}
	if (pr)
		text(p, "placeholder_prices", o ? list : "none", NULL,
		     "price rows with status placeholder (no public source) that priced an item");
}

static const char *cost_src(const hk_econ_scheme *sk)
{
	if (!sk->column[0])
		return "Σ daily cost × days of the daily-figures input (as the Malan paper's Table 3)";
	if (sk->role == HK_ECON_GSHP)
		return "Σ daily cost × days; daily cost = heat_load_kw / gshp_scop costed period by period with --tariff";
	if (sk->role == HK_ECON_EBOILER)
		return "Σ daily cost × days; daily cost = the boiler and tank's least-cost dispatch (charged in the valley) "
		       "costed period by period with --tariff, plus the backup heater's for unmet heat";
	if (sk->role == HK_ECON_GAS)
		return "Σ daily gas × days × gas_price_yuan_m3";
	return sk->has_unmet ? "Σ daily cost × days; daily cost = the profile's power column costed "
			       "period by period with --tariff, plus the backup heater's for unmet heat"
			     : "Σ daily cost × days; daily cost = the profile's power column costed "
			       "period by period with --tariff";
}

/* a summary row of its own key (not in rows[]) */
static void num_key(report *p, const char *key, double v, const char *unit, int dec, const char *zh, const char *en,
		    const char *src)
{
	char k[96];
	snprintf(k, sizeof k, "%s%s", p->prefix, key);
	hk_sum_num(&p->job->sum, k, v, unit, dec, zh, en, src);
}

static const char *const kind_zh[HK_PER_KINDS] = {"尖峰", "高峰", "平段", "低谷", "深谷"};

/* Scheme k's plant (kind, designed items beyond heat pumps and tank), its
 * electricity per period kind and its gas. */
static void plant_rows(report *p, const hk_econ_request *q, const hk_econ_result *r, size_t k)
{
	static const char *const kind[] = {"column", "ashp", "ashp-storage", "gshp", "electric-boiler", "gas-boiler"};
	static const char *const dq_key[HK_NDQ] = {"", "", "borehole_m", "gshp_kw", "boiler_kw", "gas_boiler_kw"};
	static const char *const dq_unit[HK_NDQ] = {"", "", "m", "kW", "kW", "kW"};
	static const char *const dq_zh[HK_NDQ] = {"", "", "地埋管钻孔总长", "地源热泵装机容量", "电锅炉功率",
						  "燃气锅炉额定热功率"};
	static const char *const dq_en[HK_NDQ] = {"", "", "boreholes, metres drilled", "ground-source heat pumps, kW",
						  "electric boilers, kW", "gas boilers, kW"};
	const hk_econ_scheme *sk = &q->ops->s[k];
	const hk_econ_sres *s = &r->s[k];
	char zh[64], en[96], key[96], src[128];
	snprintf(key, sizeof key, "%skind", p->prefix);
	snprintf(src, sizeof src, "--scheme NAME=%s", sk->column);
	hk_sum_text(&p->job->sum, key, kind[sk->role], "方案类型", "kind of scheme",
		    sk->column[0] ? src : "daily figures");
	if (s->pump_kw > 0)
		num_key(p, "pump_group_kw", s->pump_kw, "kW", -1, "循环泵组电机功率", "pump groups, kW of motors",
			s->pump_src);
	for (size_t j = HK_DQ_BOREHOLE; j < HK_NDQ; j++)
		if (s->dq_has[j])
			num_key(p, dq_key[j], s->dq[j], dq_unit[j], -1, dq_zh[j], dq_en[j], s->dq_src[j]);
	for (int j = 0; j < HK_PER_KINDS && q->ops->by_kind; j++) {
		if (isnan(q->ops->kind_price[j]) && !(s->kwh_kind[j] > 0))
			continue;
		snprintf(zh, sizeof zh, "年%s电量", kind_zh[j]);
		snprintf(en, sizeof en, "annual electricity in %s periods", hk_period_kind_name(j));
		snprintf(key, sizeof key, "annual_elec_kwh_%s", hk_period_kind_name(j));
		num_key(p, key, s->kwh_kind[j], "kWh", 0, zh, en,
			"Σ daily electricity in the period × days (the backup heater's included)");
	}
	if (!isnan(s->gas_m3))
		num_key(p, "annual_gas_m3", s->gas_m3, "m3", 0, "年天然气用量", "annual natural gas",
			"Σ heat / (gas_eff × gas_lhv_mj_m3 / 3.6) × days");
}

static void scheme_rows(report *p, const hk_econ_request *q, const hk_econ_result *r, size_t k,
			const hk_econ_words *w)
{
	const hk_econ_scheme *sk = &q->ops->s[k];
	const hk_econ_sres *s = &r->s[k], *b = &r->s[r->base];
	char zh[32], en[64];
	snprintf(p->prefix, sizeof p->prefix, "s%zu_", k + 1);
	snprintf(zh, sizeof zh, "方案%zu", k + 1);
	text(p, "name", sk->name, zh, w->input);
	num(p, "invest_yuan", s->invest, NULL, q->inv ? "Σ quantity × unit price (--invest, --prices)" : "no --invest: 0");
	if (s->dq_has[HK_DQ_HEAT_PUMP])
		num(p, "heat_pump_kw", s->dq[HK_DQ_HEAT_PUMP], NULL, s->dq_src[HK_DQ_HEAT_PUMP]);
	if (s->dq_has[HK_DQ_TANK])
		num(p, "tank_m3", s->dq[HK_DQ_TANK], NULL, s->dq_src[HK_DQ_TANK]);
	plant_rows(p, q, r, k);
	if (!isnan(s->kwh))
		num(p, "annual_elec_kwh", s->kwh, NULL, "Σ daily electricity × days");
	num(p, "annual_cost_yuan", s->cost, NULL, cost_src(sk));
	if (sk->has_unmet) {
		num(p, "unmet_kwh", s->unmet, NULL,
		    sk->role == HK_ECON_STORE     ? "Σ unmet_kw·dt_h·days (tanksize: heat pumps and tank)"
		    : sk->role == HK_ECON_EBOILER ? "Σ unmet heat·days of the boiler and tank's dispatch"
						  : "Σ (heat_load_kw − hp_heat_kw)·dt_h·days (hpsize: heat pumps alone)");
		num(p, "backup_cost_yuan", s->backup, NULL, "unmet heat / backup_cop, at the tariff of each step "
			"(included in annual_cost_yuan)");
	}
	snprintf(en, sizeof en, "life-cycle cost over %d years", q->life);
	num(p, "lcc_yuan", s->lcc, en, "invest + Σ cost·(1+e)^(y−1)/(1+r)^y");
	if (k != r->base) {
		num(p, "s_extra_invest_yuan", s->invest - b->invest, NULL, "");
		num(p, "s_annual_saving_yuan", b->cost - s->cost, NULL, "");
		num(p, "payback_years", s->eo.static_payback, NULL, src_payback);
		num(p, "discounted_payback_years", s->eo.discounted_payback, NULL,
		    "first year the discounted cumulative flow turns positive; inf = not within the life");
		num(p, "npv_yuan", s->eo.npv, NULL, "Σ flows/(1+r)^t, savings escalated");
		if (!isnan(s->eo.irr))
			num(p, "irr", s->eo.irr, NULL, "NPV(irr) = 0");
	}
	p->prefix[0] = '\0';
}

static void compared_rows(report *p, const hk_econ_request *q, const hk_econ_result *r)
{
	const hk_econ_sres *c = &r->s[r->cmp], *b = &r->s[r->base];
	const char *name = q->ops->s[r->cmp].name;
	text(p, "compared_scheme", name, NULL, "");
	num(p, "extra_invest_yuan", c->invest - b->invest, NULL, "");
	num(p, "annual_saving_yuan", b->cost - c->cost, NULL, "");
	/* infinity when it never pays back: a --check on it then fails (exit 1) */
	num(p, "payback_years", c->eo.static_payback, NULL, src_payback);
	if (isinf(c->eo.static_payback))
		hk_job_warn(p->job, "%s never pays back: it saves nothing over %s", name, q->ops->s[r->base].name);
	num(p, "discounted_payback_years", c->eo.discounted_payback, NULL,
	    "first year the discounted cumulative flow turns positive; inf = not within the life");
	num(p, "npv_yuan", c->eo.npv, NULL, "Σ flows/(1+r)^t, savings escalated");
	if (!isnan(c->eo.irr))
		num(p, "irr", c->eo.irr, NULL, "NPV(irr) = 0");
}

static void unmet_rows(report *p, const hk_econ_request *q, const hk_econ_result *r, const hk_econ_words *w)
{
	char days[256];
	num(p, "max_unmet_kwh", r->unmet_max, NULL, "max of sN_unmet_kwh");
	num(p, "backup_cop", q->backup_cop, NULL, w->backup_cop);
	for (size_t k = 0; k < q->ops->ns; k++) {
		const hk_econ_scheme *sk = &q->ops->s[k];
		if (sk->has_unmet && r->s[k].unmet > 0)
			hk_job_warn(p->job, "%s: the heat pumps%s leave %.0f kWh a year of the load unmet (%s): "
				    "made up by a backup heater at COP %g, %.0f 元 a year at the tariff (--backup-cop)",
				    sk->name, sk->role == HK_ECON_STORE ? " and the tank" : "", r->s[k].unmet,
				    unmet_days(r, sk, days, sizeof days), q->backup_cop, r->s[k].backup);
	}
	for (size_t k = 0; k < q->ops->ns; k++)
		if (!q->ops->s[k].has_unmet && r->unmet_max > 0)
			hk_job_warn(p->job, "%s: the profile does not say what heat column %s leaves unmet: "
				    "compared as if it met the whole load", q->ops->s[k].name, q->ops->s[k].column);
}

/* The tariff's price per period kind (the report's input cells) and the
 * parameters of the plants the schemes run. */
static void plant_params(report *p, const hk_econ_request *q, const hk_econ_words *w)
{
	const hk_econ_ops *o = q->ops;
	const hk_econ_plant *pl = o->plant;
	int gshp = 0, eb = 0, gas = 0;
	char key[64], zh[64], en[96];
	for (int j = 0; j < HK_PER_KINDS && o->by_kind; j++) {
		if (isnan(o->kind_price[j]))
			continue;
		snprintf(key, sizeof key, "tariff_%s_yuan_kwh", hk_period_kind_name(j));
		snprintf(zh, sizeof zh, "%s电价", kind_zh[j]);
		snprintf(en, sizeof en, "%s price", hk_period_kind_name(j));
		hk_sum_num(&p->job->sum, key, o->kind_price[j], "yuan/kWh", 4, zh, en, w->tariff ? w->tariff : "--tariff");
	}
	for (size_t k = 0; k < o->ns; k++) {
		gshp |= o->s[k].role == HK_ECON_GSHP;
		eb |= o->s[k].role == HK_ECON_EBOILER;
		gas |= o->s[k].role == HK_ECON_GAS;
	}
	if (gshp) {
		hk_sum_num(&p->job->sum, "gshp_scop", pl->gshp_scop, "", 3, "地源热泵季节COP", "ground-source seasonal COP",
			   "Σ ext / Σ (ext / COP(tf_c)) over borefield's months; COP = gshp_eta × (T_w+273.15)/(T_w − tf_c) "
			   "(Carnot, Çengel & Boles ch. 6)");
		hk_sum_num(&p->job->sum, "gshp_tf_c", pl->gshp_tf_c, "℃", 2, "取热加权平均流体温度",
			   "extraction-weighted mean fluid temperature", pl->bf_table);
		hk_sum_num(&p->job->sum, "gshp_eta", pl->gshp_eta, "", 2, "热泵热力完善度", "second-law efficiency", w->gshp_eta);
		hk_sum_num(&p->job->sum, "gshp_water_c", pl->gshp_water_c, "℃", 1, "地源热泵供水温度",
			   "ground-source supply water", w->gshp_water);
	}
	if (eb)
		hk_sum_num(&p->job->sum, "boiler_eff", pl->eboiler_eff, "", 3, "电锅炉效率", "electric boiler efficiency",
			   w->boiler_eff);
	if (gas) {
		hk_sum_num(&p->job->sum, "gas_price_yuan_m3", pl->gas_price, "yuan/m3", 2, "天然气价格", "gas price",
			   pl->gas_src);
		hk_sum_num(&p->job->sum, "gas_lhv_mj_m3", pl->gas_lhv_mj_m3, "MJ/m3", 2, "天然气低位发热量",
			   "gas lower heating value", pl->gas_lhv_from_row ? pl->gas_src : w->gas_lhv);
		hk_sum_num(&p->job->sum, "gas_eff", pl->gas_eff, "", 3, "燃气锅炉效率", "gas boiler efficiency", w->gas_eff);
		if (pl->gas_placeholder)
			hk_job_warn(p->job, "the gas price (%g 元/m3) is a placeholder — give your own (--gas-prices FILE): %s",
				    pl->gas_price, pl->gas_src);
	}
}

static void summary(hk_job *job, const hk_econ_request *q, const hk_econ_result *r, const hk_econ_words *w)
{
	report p = {job, ""};
	text(&p, "base_scheme", q->ops->s[r->base].name, NULL, w->base);
	/* what was designed upstream, as it travelled down the pipe */
	design_rows(&p, &q->ops->design);
	price_rows(&p, q->prices, r);
	for (size_t k = 0; k < q->ops->ns; k++)
		scheme_rows(&p, q, r, k, w);
	if (r->cmp >= 0)
		compared_rows(&p, q, r);
	if (r->any_unmet)
		unmet_rows(&p, q, r, w);
	plant_params(&p, q, w);
	num(&p, "rate", q->rate, NULL, w->rate);
	num(&p, "escalation", q->escalation, NULL, w->escalation);
	num(&p, "life_years", q->life, NULL, w->life);
}

/* ---- the tables ---------------------------------------------------- */

static const hk_col daily_out[] = {
	{"scheme", NULL, "方案", "scheme", -1},
	{"day", NULL, "典型日", "typical day", -1},
	{"days", "d", "天数", "days", 0},
	{"elec_kwh", "kWh", "日耗电量", "electricity of the day", 1},
	{"cost_yuan", "元", "日运行费用", "cost of the day", 1},
	{"unmet_kwh", "kWh", "未满足热量", "heat left unmet", 1},
	{"backup_cost_yuan", "元", "辅助热源电费", "backup heater cost", 1},
	{"elec_kwh_sharp", "kWh", "尖峰电量", "electricity in sharp periods", 1},
	{"elec_kwh_peak", "kWh", "高峰电量", "electricity in peak periods", 1},
	{"elec_kwh_flat", "kWh", "平段电量", "electricity in flat periods", 1},
	{"elec_kwh_valley", "kWh", "低谷电量", "electricity in valley periods", 1},
	{"elec_kwh_deep_valley", "kWh", "深谷电量", "electricity in deep-valley periods", 1},
	{"gas_m3", "m3", "天然气用量", "natural gas", 1},
};
static const hk_col price_out[] = {
	{"item", NULL, "项目", "item", -1},
	{"unit", NULL, "单位", "unit", -1},
	{"price_per_qty", "元/数量单位", "单价(按数量单位)", "price per quantity unit", 2},
	{"id", NULL, "编号", "id", -1},
	{"year", NULL, "年份", "year", -1},
	{"status", NULL, "状态", "status", -1},
	{"chosen", NULL, "是否采用", "chosen", -1},
	{"source", NULL, "来源", "source", -1},
};
static const hk_col inv_out[] = {
	{"scheme", NULL, "方案", "scheme", -1},
	{"item", NULL, "项目", "item", -1},
	{"quantity", NULL, "数量", "quantity", 1},
	{"price", "元/单位", "单价", "unit price", 2},
	{"amount_yuan", "元", "金额", "amount", 0},
	{"source", NULL, "来源", "source", -1},
};
static const hk_col scheme_out[] = {
	{"scheme", NULL, "方案", "scheme", -1},
	{"invest_yuan", "元", "初投资", "investment", 0},
	{"annual_elec_kwh", "kWh", "年耗电量", "annual electricity", 0},
	{"annual_cost_yuan", "元", "年运行费用", "annual operating cost", 0},
	{"extra_invest_yuan", "元", "增加投资", "extra investment", 0},
	{"annual_saving_yuan", "元", "年节省运行费用", "annual saving", 0},
	{"payback_years", "a", "静态回收年限", "static payback", 2},
	{"discounted_payback_years", "a", "动态回收年限", "discounted payback", 2},
	{"npv_yuan", "元", "净现值", "NPV", 0},
	{"irr", NULL, "内部收益率", "IRR", 4},
	{"lcc_yuan", "元", "全寿命周期费用", "life-cycle cost", 0},
	{"annual_unmet_kwh", "kWh", "年未满足热量", "annual heat left unmet", 0},
};

/* the sheets' names in the job's language */
typedef struct {
	const char *daily, *prices, *inv;
} sheets;

static void sheet_ref(char *buf, size_t sz, const char *sheet, long row, long col)
{
	char cell[32];
	hk_out_ref(row, col, cell, sizeof cell);
	snprintf(buf, sz, "'%s'!%s", sheet, cell);
}

/* "=SUMPRODUCT(days, column col)" of scheme sk's daily rows */
static void day_sumproduct(char *buf, size_t sz, const sheets *sh, const hk_econ_scheme *sk, long col)
{
	long r0 = HK_XLSX_HEADER_ROWS;
	char x0[64], x1[64], y0[64], y1[64];
	sheet_ref(x0, sizeof x0, sh->daily, r0 + (long)sk->d0, 2);
	hk_out_ref(r0 + (long)sk->d1 - 1, 2, x1, sizeof x1);
	sheet_ref(y0, sizeof y0, sh->daily, r0 + (long)sk->d0, col);
	hk_out_ref(r0 + (long)sk->d1 - 1, col, y1, sizeof y1);
	snprintf(buf, sz, "=SUMPRODUCT(%s:%s,%s:%s)", x0, x1, y0, y1);
}

static void write_prices(hk_job *job, const hk_prices *pr)
{
	static const char *const status[] = {"", "sourced", "derived", "placeholder"};
	static const char *const chosen[] = {"", "only row", "default", "--price"};
	hk_job_extra(job, "单价", "prices", price_out, HK_NELEM(price_out));
	for (size_t i = 0; pr && i < pr->n; i++) {
		const hk_price *v = &pr->v[i];
		hk_cell c[HK_NELEM(price_out)] = {
			hk_ctext(hk_inv_items[v->item].key), hk_ctext(v->unit),
			v->has_price ? hk_cnum(v->price) : hk_cempty(), hk_ctext(v->id), hk_ctext(v->year),
			hk_ctext(status[v->status]), hk_ctext(chosen[v->chosen]), hk_ctext(v->source)};
		hk_job_row(job, c);
	}
}

static void write_invest(hk_job *job, const hk_econ_request *q, const hk_econ_result *r, const sheets *sh)
{
	long r0 = HK_XLSX_HEADER_ROWS;
	hk_job_extra(job, "投资", "investment", inv_out, HK_NELEM(inv_out));
	for (size_t i = 0; i < r->ni; i++) {
		const hk_inv_row *v = &r->inv[i];
		hk_cell c[HK_NELEM(inv_out)];
		char pf[128], f[160], a[64], b[64];
		c[0] = hk_ctext(q->ops->s[v->scheme].name);
		c[1] = hk_ctext(hk_inv_items[v->item].key);
		c[2] = hk_cnum(v->qty);
		if (v->price_row >= 0) {
			sheet_ref(a, sizeof a, sh->prices, r0 + v->price_row, 2);
			snprintf(pf, sizeof pf, "=%s", a);
			c[3] = hk_cformula(pf, v->price);
		} else {
			c[3] = hk_cnum(v->price);
		}
		hk_out_ref(r0 + (long)i, 2, a, sizeof a);
		hk_out_ref(r0 + (long)i, 3, b, sizeof b);
		snprintf(f, sizeof f, "=%s*%s", a, b);
		c[4] = hk_cformula(f, v->qty * v->price);
		c[5] = hk_ctext(v->source);
		hk_job_row(job, c);
	}
}

/* scheme k's comparison with the base: extra, saving, paybacks, NPV, IRR */
static void compare_cells(hk_cell *c, const hk_econ_result *r, size_t k, char f[3][256])
{
	long r0 = HK_XLSX_HEADER_ROWS, row = r0 + (long)k, brow = r0 + (long)r->base;
	const hk_econ_sres *s = &r->s[k], *b = &r->s[r->base];
	char x0[64], x1[64];
	if (k == r->base) {
		c[4] = c[5] = c[6] = c[7] = c[8] = c[9] = hk_cempty();
		return;
	}
	hk_out_ref(row, 1, x0, sizeof x0);
	hk_out_ref(brow, 1, x1, sizeof x1);
	snprintf(f[0], 256, "=%s-%s", x0, x1);
	c[4] = hk_cformula(f[0], s->invest - b->invest);
	hk_out_ref(brow, 3, x0, sizeof x0);
	hk_out_ref(row, 3, x1, sizeof x1);
	snprintf(f[1], 256, "=%s-%s", x0, x1);
	c[5] = hk_cformula(f[1], b->cost - s->cost);
	hk_out_ref(row, 4, x0, sizeof x0);
	hk_out_ref(row, 5, x1, sizeof x1);
	snprintf(f[2], 256, "=IF(%s>0,%s/%s,\"never\")", x1, x0, x1);
	c[6] = hk_cformula(f[2], s->eo.static_payback);
	c[7] = isinf(s->eo.discounted_payback) ? hk_ctext("never") : hk_cnum(s->eo.discounted_payback);
	c[8] = hk_cnum(s->eo.npv);
	c[9] = isnan(s->eo.irr) ? hk_ctext("none") : hk_cnum(s->eo.irr);
}

static void write_schemes(hk_job *job, const hk_econ_request *q, const hk_econ_result *r, const sheets *sh)
{
	long r0 = HK_XLSX_HEADER_ROWS;
	hk_job_extra(job, "方案比较", "schemes", scheme_out, HK_NELEM(scheme_out));
	for (size_t k = 0; k < q->ops->ns; k++) {
		const hk_econ_scheme *sk = &q->ops->s[k];
		const hk_econ_sres *s = &r->s[k];
		hk_cell c[HK_NELEM(scheme_out)];
		char fi[256], fe[256], fc[256], fu[256], fx[3][256], x0[64], x1[64];
		c[0] = hk_ctext(sk->name);
		if (s->i1 > s->i0) {
			sheet_ref(x0, sizeof x0, sh->inv, r0 + (long)s->i0, 4);
			hk_out_ref(r0 + (long)s->i1 - 1, 4, x1, sizeof x1);
			snprintf(fi, sizeof fi, "=SUM(%s:%s)", x0, x1);
			c[1] = hk_cformula(fi, s->invest);
		} else {
			c[1] = hk_cnum(s->invest);
		}
		day_sumproduct(fe, sizeof fe, sh, sk, 3);
		c[2] = isnan(s->kwh) ? hk_cempty() : hk_cformula(fe, s->kwh);
		day_sumproduct(fc, sizeof fc, sh, sk, 4);
		c[3] = hk_cformula(fc, s->cost);
		compare_cells(c, r, k, fx);
		c[10] = hk_cnum(s->lcc);
		day_sumproduct(fu, sizeof fu, sh, sk, 5);
		c[11] = sk->has_unmet ? hk_cformula(fu, s->unmet) : hk_cempty();
		hk_job_row(job, c);
	}
}

void hk_econ_write(hk_job *job, const hk_econ_request *q, const hk_econ_result *r, const hk_econ_words *w)
{
	sheets sh = {job->lang_zh ? "逐日费用" : "daily", job->lang_zh ? "单价" : "prices",
		     job->lang_zh ? "投资" : "investment"};
	hk_job_table(job, "逐日费用", "daily", daily_out, HK_NELEM(daily_out));
	for (size_t i = 0; i < r->nd; i++) {
		const hk_econ_day *d = &r->day[i];
		hk_cell c[HK_NELEM(daily_out)] = {
			hk_ctext(q->ops->s[d->scheme].name), hk_ctext(d->day), hk_cnum(d->days),
			isnan(d->kwh) ? hk_cempty() : hk_cnum(d->kwh), hk_cnum(d->cost),
			isnan(d->unmet) ? hk_cempty() : hk_cnum(d->unmet),
			isnan(d->backup) ? hk_cempty() : hk_cnum(d->backup),
			isnan(d->kwh_kind[0]) ? hk_cempty() : hk_cnum(d->kwh_kind[0]),
			isnan(d->kwh_kind[1]) ? hk_cempty() : hk_cnum(d->kwh_kind[1]),
			isnan(d->kwh_kind[2]) ? hk_cempty() : hk_cnum(d->kwh_kind[2]),
			isnan(d->kwh_kind[3]) ? hk_cempty() : hk_cnum(d->kwh_kind[3]),
			isnan(d->kwh_kind[4]) ? hk_cempty() : hk_cnum(d->kwh_kind[4]),
			isnan(d->gas_m3) ? hk_cempty() : hk_cnum(d->gas_m3)};
		hk_job_row(job, c);
	}
	if (hk_out_is_xlsx(job->out)) {
		write_prices(job, q->prices);
		write_invest(job, q, r, &sh);
		write_schemes(job, q, r, &sh);
	}
	summary(job, q, r, w);
}
