/* loadreport.c - loadcalc's table cells and summary rows (see loadreport.h). */
#include "loadreport.h"

#include "cityreport.h"

#include <math.h>
#include <stdio.h>

const hk_col hk_lc_bld_cols[HK_LC_NBLD] = {
	{"name", NULL, "建筑", "building", -1},
	{"type", NULL, "类型", "type", -1},
	{"phase", NULL, "分期", "phase", -1},
	{"area_m2", "m²", "建筑面积", "floor area", 1},
	{"index_w_m2", "W/m²", "面积热指标", "heat index", 2},
	{"day_only", NULL, "仅白天使用", "day only", 0},
	{"design_load_kw", "kW", "设计热负荷", "design heating load", 2},
	{"night_load_kw", "kW", "夜间热负荷", "night heating load", 2},
	{"annual_heat_gj", "GJ", "年耗热量", "annual heat", 1},
	{"index_source", NULL, "热指标依据", "index source", -1},
};

const hk_col hk_lc_month_cols[HK_LC_NMONTH] = {
	{"month", NULL, "月份", "month", 0},
	{"days", "d", "供暖天数", "heating days", 0},
	{"heat_kwh", "kWh", "耗热量", "heat", 0, 1},
	{"heat_gj", "GJ", "耗热量", "heat", 1, 1},
	{"source", NULL, "计算方法", "method", -1},
};

void hk_lc_month_cells(const hk_lc_monthly *m, size_t i, hk_cell c[HK_LC_NMONTH])
{
	c[0] = hk_cnum(m->m[i].month);
	c[1] = hk_cnum(m->m[i].days);
	c[2] = hk_cnum(m->m[i].heat_kwh);
	c[3] = hk_cnum(m->m[i].heat_kwh * 0.0036); /* 1 kWh = 3.6 MJ */
	c[4] = hk_ctext(m->source);
}

const char *hk_lc_index_source(const hk_lc_request *q, const hk_lc_bld *x, char *buf, size_t sz)
{
	if (x->given)
		return "given in the input";
	snprintf(buf, sz, "CJJ 34-2010 Table 3.1.2-1 %s (%s, %s of range): %s%s%s", x->row->name_zh,
		 q->energy_saving ? "节能" : "未节能",
		 q->pt == HK_IDX_LOW ? "low end" : q->pt == HK_IDX_HIGH ? "high end" : "middle",
		 q->energy_saving ? x->row->src_saving : x->row->src_plain, x->mapping ? "; " : "",
		 x->mapping ? x->mapping : "");
	return buf;
}

void hk_lc_bld_cells(const hk_lc_request *q, const hk_lc_row *in, const hk_lc_bld *x, hk_cell c[HK_LC_NBLD],
		     char *src, size_t sz)
{
	c[0] = hk_ctext(in->name);
	c[1] = hk_ctext(in->type);
	c[2] = hk_ctext(in->phase);
	c[3] = hk_cnum(x->b.area_m2);
	c[4] = hk_cnum(x->b.index_w_m2);
	c[5] = hk_cnum(x->b.day_only);
	c[6] = hk_cnum(x->design_kw);
	c[7] = isnan(x->night_kw) ? hk_cempty() : hk_cnum(x->night_kw);
	c[8] = isnan(x->annual_gj) ? hk_cempty() : hk_cnum(x->annual_gj);
	c[9] = hk_ctext(hk_lc_index_source(q, x, src, sz));
}

void hk_lc_range_warning(const hk_lc_request *q, const char *name, const hk_lc_bld *x, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s: index %g W/m2 is outside the CJJ 34 %s range %g-%g W/m2 of %s", name,
		 x->b.index_w_m2, q->energy_saving ? "energy-saving" : "non-energy-saving", x->lo, x->hi,
		 x->row->name_zh);
}

/* The rows: key, unit, decimals, labels zh/en, source (NULL: the run's). */
enum {
	R_SEASON_RULE, R_SEASON_DAYS, R_HOURS, R_TYPDAYS, R_PDAYS, R_PHEAT, R_NB, R_AREA, R_DESIGN, R_MEAN,
	R_BASIS, R_POINT, R_NIGHT, R_NIGHT_SHARE, R_T_DESIGN, R_T_IN, R_SETBACK, R_DAY_START, R_DAY_END,
	R_ANNUAL, R_ANNUAL_KWH, R_ANNUAL_CJJ, R_N
};

static const hk_sumspec R[R_N] = {
	[R_SEASON_RULE] = {"season_rule", NULL, 0, "供暖期规则", "heating-season rule", NULL},
	[R_SEASON_DAYS] = {"season_days", "d", 0, "供暖期天数", "days in the heating season",
			   "weather file, by season_rule"},
	[R_HOURS] = {"profile_hours", "h", 0, "逐时步数", "hourly steps", NULL},
	[R_TYPDAYS] = {"typdays_rule", NULL, 0, "典型日规则", "typical-day rule", hk_src_typdays_rule},
	[R_PDAYS] = {"profile_days", "d", 0, "曲线代表天数", "days the profile stands for",
		     "Σ days of the profile's days"},
	[R_PHEAT] = {"profile_heat_kwh", "kWh", 0, "曲线总耗热量", "heat over the profile", "Σ heat_load_kw·dt_h·days"},
	[R_NB] = {"buildings", "", 0, "建筑数", "buildings", "input"},
	[R_AREA] = {"area_m2", "m2", 1, "总建筑面积", "total floor area", "input"},
	[R_DESIGN] = {"design_load_kw", "kW", 1, "设计热负荷", "design heating load", "Σ q_h·A (CJJ 34-2010 §3.1.2)"},
	[R_MEAN] = {"mean_index_w_m2", "W/m2", 2, "平均热指标", "mean heat index", "design_load / area"},
	[R_BASIS] = {"index_basis", NULL, 0, "热指标取值", "index column",
		     "CJJ 34-2010 Table 3.1.2-1 [UNVERIFIED recollection, 30/32 range ends corroborated by one code "
		     "base]; per building in index_source"},
	[R_POINT] = {"index_point", NULL, 0, "指标取值位置", "point in the range", NULL},
	[R_NIGHT] = {"night_load_kw", "kW", 1, "夜间热负荷", "night heating load",
		     "day-only buildings at the set-back temperature, others at t_in, at t_design (Malan paper §2)"},
	[R_NIGHT_SHARE] = {"night_share", "", 3, "夜间负荷占比", "night/design", "night_load / design_load"},
	[R_T_DESIGN] = {"t_design_c", "C", 1, "负荷计算室外温度", "load design outdoor temperature", NULL},
	[R_T_IN] = {"t_in_c", "C", 1, "室内设计温度", "indoor design temperature", NULL},
	[R_SETBACK] = {"t_setback_c", "C", 1, "夜间值班温度", "night set-back", NULL},
	[R_DAY_START] = {"day_start_h", "h", 2, "白天开始", "day start", NULL},
	[R_DAY_END] = {"day_end_h", "h", 2, "白天结束", "day end", NULL},
	[R_ANNUAL] = {"annual_heat_gj", "GJ", 1, "年供暖耗热量", "annual heating energy", hk_src_annual_setback},
	[R_ANNUAL_KWH] = {"annual_heat_kwh", "kWh", 0, "年供暖耗热量", "annual heating energy",
			  "annual_heat_gj / 0.0036"},
	[R_ANNUAL_CJJ] = {"annual_heat_gj_cjj", "GJ", 1, "年耗热量(不计夜间值班)", "annual heat without set-back",
			  hk_src_annual},
};

/* the heating season of an hourly profile */
static int season_rows(const hk_lc_request *q, const hk_lc_profile *p, const hk_season *s, hk_summary *m)
{
	static const char *const rule[] = {"all", "5c", "dates"};
	static const char *const src[] = {
		"--season all: every hour below t_in carries load",
		"GB 50736-2012 heating period (daily mean steadily <= 5 C; 'steadily' = centred 5-day running mean, "
		"toolkit choice); warm spells inside winter kept in the season",
		"--season dates (the series taken to start on 1 January)"};
	double city_days = q->city ? q->city->heating_days : NAN, sd = (double)p->season_days;
	int bad = hk_sum_row_text(m, &R[R_SEASON_RULE], rule[s->rule], src[s->rule]) != HK_OK;
	bad |= hk_sum_row(m, &R[R_SEASON_DAYS], sd, NULL) != HK_OK;
	if (s->rule == HK_SEASON_ALL && p->season_days == p->nd)
		return bad;
	if (p->season_days == 0)
		hk_sum_warn(m, "the weather file has no heating season by --season %s: the profile carries no load "
			    "(--season all heats whenever t_out < t_in)", rule[s->rule]);
	else if (isfinite(city_days) && city_days > 0 && fabs(sd - city_days) > 0.25 * city_days)
		hk_sum_warn(m, "the weather file's heating season has %zu days, the city's GB 50736 heating period "
			    "%g: is the weather file for this city?", p->season_days, city_days);
	return bad;
}

static int profile_rows(const hk_lc_request *q, const hk_lc_profile *p, const hk_lc_profile_in *in,
			const hk_lc_sources *src, hk_summary *s)
{
	int bad = 0;
	if (p->hourly) {
		bad |= season_rows(q, p, &in->season, s);
		bad |= hk_sum_row(s, &R[R_HOURS], (double)p->n, src->weather) != HK_OK;
	} else if (p->default_days) {
		bad |= hk_sum_row_text(s, &R[R_TYPDAYS], "derived from the city's climate", NULL) != HK_OK;
	}
	if (p->straddle)
		hk_sum_warn(s, "--dt %g h: the day %.2f-%.2f h of some buildings does not fall on step boundaries, "
			    "so steps mix day and night loads and the profile's largest load is below the design "
			    "load; 0.5 h steps keep 07:00 and 18:30 exact", in->dt_h, p->straddle->day_start_h,
			    p->straddle->day_end_h);
	bad |= hk_sum_row(s, &R[R_PDAYS], p->days, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_PHEAT], p->heat_kwh, NULL) != HK_OK;
	return bad;
}

/* design load per phase: phase_NAME_load_kw for a plain name, else phaseN */
static int phase_rows(const hk_lc_run *run, hk_summary *s)
{
	int bad = 0;
	for (size_t i = 0; i < run->nphase; i++) {
		const char *nm = run->phase[i].name;
		char key[64], zh[64], en[64];
		int ok = 1;
		for (size_t k = 0; nm[k]; k++)
			if (!((nm[k] >= '0' && nm[k] <= '9') || (nm[k] >= 'a' && nm[k] <= 'z') ||
			      (nm[k] >= 'A' && nm[k] <= 'Z') || nm[k] == '_'))
				ok = 0;
		if (ok)
			snprintf(key, sizeof key, "phase_%s_load_kw", nm);
		else
			snprintf(key, sizeof key, "phase%zu_load_kw", i + 1);
		snprintf(zh, sizeof zh, "第%s期设计热负荷", nm);
		snprintf(en, sizeof en, "design load of phase %s", nm);
		bad |= hk_sum_num(s, key, run->phase[i].design_kw, "kW", 1, zh, en, "sum of the phase's buildings") !=
		       HK_OK;
	}
	return bad;
}

static int city_rows(const hk_lc_request *q, const hk_lc_run *run, hk_summary *s)
{
	const hk_city *c = q->city;
	const hk_sumspec *C = hk_city_rows;
	int bad = hk_city_name_rows(s, c);
	bad |= hk_sum_row(s, &C[HK_CITY_T_HEATING], c->t_heating_c, NULL) != HK_OK;
	bad |= hk_sum_row(s, &C[HK_CITY_T_WINTER_AC], c->t_winter_ac_c, NULL) != HK_OK;
	bad |= hk_sum_row(s, &C[HK_CITY_HEATING_DAYS], c->heating_days, NULL) != HK_OK;
	if (!hk_lc_annual(q)) {
		hk_sum_warn(s, "%s has no days with a daily mean <= 5 C in GB 50736 Appendix A: no annual heat",
			    c->name);
		return bad;
	}
	bad |= hk_sum_row(s, &C[HK_CITY_T_MEAN], c->t_mean_heating_c, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_ANNUAL], run->annual_gj, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_ANNUAL_KWH], run->annual_gj / 0.0036, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_ANNUAL_CJJ], run->annual_gj_cjj, NULL) != HK_OK;
	return bad;
}

hk_status hk_lc_summary(const hk_lc_request *q, const hk_lc_run *run, const hk_lc_profile *p,
			const hk_lc_profile_in *pin, const hk_lc_sources *src, hk_summary *s)
{
	static const char *const point[] = {"low", "mid", "high"};
	int bad = p ? profile_rows(q, p, pin, src, s) : 0;
	bad |= hk_sum_row(s, &R[R_NB], (double)run->nb, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_AREA], run->area_m2, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_DESIGN], run->design_kw, NULL) != HK_OK;
	bad |= phase_rows(run, s);
	bad |= hk_sum_row(s, &R[R_MEAN], run->design_kw * 1000 / run->area_m2, NULL) != HK_OK;
	bad |= hk_sum_row_text(s, &R[R_BASIS], q->energy_saving ? "energy-saving" : "not energy-saving", NULL) !=
	       HK_OK;
	bad |= hk_sum_row_text(s, &R[R_POINT], point[q->pt], src->index_point) != HK_OK;
	if (!isnan(q->t_design_c)) {
		bad |= hk_sum_row(s, &R[R_NIGHT], run->night_kw, NULL) != HK_OK;
		bad |= hk_sum_row(s, &R[R_NIGHT_SHARE], run->night_kw / run->design_kw, NULL) != HK_OK;
		bad |= hk_sum_row(s, &R[R_T_DESIGN], q->t_design_c, src->t_design) != HK_OK;
	}
	bad |= hk_sum_row(s, &R[R_T_IN], q->t_in_c, src->t_in) != HK_OK;
	bad |= hk_sum_row(s, &R[R_SETBACK], q->t_setback_c, src->setback) != HK_OK;
	bad |= hk_sum_row(s, &R[R_DAY_START], q->day_start_h, src->day_start) != HK_OK;
	bad |= hk_sum_row(s, &R[R_DAY_END], q->day_end_h, src->day_end) != HK_OK;
	if (q->city)
		bad |= city_rows(q, run, s);
	return bad ? HK_ENOMEM : HK_OK;
}
