/* tankreport.c - tanksize's summary rows and tables (see tankreport.h). */
#include "tankreport.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>

/* The rows: key, unit, decimals, labels zh/en, source (NULL: the run's). */
enum {
	R_RATE, R_LIFE, R_VOLUME, R_TANK, R_BUILT, R_D, R_H, R_DT, R_RHO_C, R_ETA, R_UNITS,
	R_PUMP_CH, R_PUMP_DIS, R_ELEC0, R_COST0, R_ELEC1, R_COST1, R_SAVING, R_DISPATCH, R_CHARGE,
	R_UNMET0, R_UNMET1, R_N
};

static const hk_sumspec R[R_N] = {
	[R_RATE] = {"scan_rate", "", 3, "折现率", "discount rate", NULL},
	[R_LIFE] = {"scan_life_years", "a", 0, "经济寿命", "economic life", NULL},
	[R_VOLUME] = {"volume_m3", "m3", 0, "蓄热罐有效容积", "effective tank volume", NULL},
	[R_TANK] = {"tank_kwh", "kWh", 0, "蓄热量", "tank capacity",
		    "V·ρc·ΔT·η (standards-notes §5.1; Malan paper §3.3)"},
	[R_BUILT] = {"volume_built_m3", "m3", 0, "蓄热罐实际容积", "built volume", NULL},
	[R_D] = {"tank_d_m", "m", 2, "罐体直径", "vertical tank diameter", NULL},
	[R_H] = {"tank_h_m", "m", 2, "罐体高度", "vertical tank height", NULL},
	[R_DT] = {"tank_dt_k", "K", 1, "蓄热温差", "usable ΔT", NULL},
	[R_RHO_C] = {"rho_c", "kWh/(m3·K)", 4, "水的容积比热", "ρc of water", NULL},
	[R_ETA] = {"eta", "", 2, "蓄热效率", "storage efficiency", NULL},
	[R_UNITS] = {"units", "", 0, "热泵台数", "heat pumps", "profile units_total (hpsize)"},
	[R_PUMP_CH] = {"pump_charge_kw", "kW", 1, "蓄热泵功率", "storage pumps", NULL},
	[R_PUMP_DIS] = {"pump_discharge_kw", "kW", 1, "释热泵功率", "release pumps", NULL},
	[R_ELEC0] = {"annual_elec_kwh_base", "kWh", 0, "无蓄热年耗电量", "annual electricity without the tank",
		     "Σ steps·days, tariff periods exact"},
	[R_COST0] = {"annual_cost_yuan_base", "yuan", 0, "无蓄热年电费", "annual electricity cost without the tank",
		     NULL},
	[R_ELEC1] = {"annual_elec_kwh", "kWh", 0, "有蓄热年耗电量", "annual electricity with the tank",
		     "Σ steps·days"},
	[R_COST1] = {"annual_cost_yuan", "yuan", 0, "有蓄热年电费", "annual electricity cost with the tank", NULL},
	[R_SAVING] = {"annual_saving_yuan", "yuan", 0, "年节省电费", "annual saving",
		      "cost without − cost with the tank"},
	[R_DISPATCH] = {"dispatch", NULL, 0, "调度方式", "storage dispatch", hk_src_dispatch},
	[R_CHARGE] = {"charge_in", NULL, 0, "蓄热时段", "tank charges in", NULL},
	[R_UNMET0] = {"unmet_kwh_base", "kWh", 0, "无蓄热年未满足热量", "annual unmet heat without the tank",
		      "Σ (load − heat-pump capacity)·h·days"},
	[R_UNMET1] = {"unmet_kwh", "kWh", 0, "有蓄热年未满足热量", "annual unmet heat with the tank",
		      "Σ unmet·days of the dispatch"},
};

/* The rows per day: KEYn = the field at off of day n, labelled "DAY zh" /
 * "en DAY tail"; src NULL = what limits the Table 1 stored heat. */
static const struct {
	const char *key, *zh, *en, *tail;
	size_t off;
	const char *src;
} DAYROW[] = {
	{"stored_kwh_day", "实际蓄热量", "stored heat on day", "", offsetof(hk_store_day, stored_kwh), NULL},
	{"cycled_kwh_day", "调度蓄放热量", "heat through the tank on day", " (dispatch)",
	 offsetof(hk_store_day, discharged_kwh), "Σ discharge of the dispatch"},
	{"unmet_kwh_day", "未满足热量", "unmet heat on day", "", offsetof(hk_store_day, unmet_kwh),
	 "Σ unmet of the dispatch"},
};

static const char *limit_name(int l)
{
	return l == 0 ? "capability" : l == 1 ? "tank" : "demand";
}

/* the rule's source, for volume_m3 */
static const char *rule_src(const hk_ts_request *q)
{
	return q->rule == HK_TS_VOLUME ? "--volume"
	       : q->rule == HK_TS_COVER_DAY ? "--cover-day: peak-period demand of the day / (ρc·ΔT·η)"
					    : hk_src_scan_defaults;
}

static hk_status day_rows(const hk_ts_result *r, char *const *dayname, hk_summary *s)
{
	size_t k, i;
	for (k = 0; k < sizeof DAYROW / sizeof DAYROW[0]; k++)
		for (i = 0; i < r->nd; i++) {
			const hk_store_day *d = &r->days[i];
			const char *day = dayname[d->day];
			char key[64], zh[96], en[128];
			snprintf(key, sizeof key, "%s%zu", DAYROW[k].key, i + 1);
			snprintf(zh, sizeof zh, "%s %s", day, DAYROW[k].zh);
			snprintf(en, sizeof en, "%s %s%s", DAYROW[k].en, day, DAYROW[k].tail);
			if (hk_sum_num(s, key, *(const double *)((const char *)d + DAYROW[k].off), "kWh", 0, zh, en,
				       DAYROW[k].src ? DAYROW[k].src : limit_name(d->limit)) != HK_OK)
				return HK_ENOMEM;
		}
	return HK_OK;
}

/* the warnings that come before the tank's rows */
static void warnings(const hk_ts_request *q, const hk_ts_result *r, char *const *dayname, hk_summary *s)
{
	if (q->rule == HK_TS_COVER_DAY && r->cover_short)
		hk_sum_warn(s, "on day %s the charge capability (%.0f kWh) is below the peak demand (%.0f kWh): the "
			    "tank will not fill on that day", dayname[q->cover_day], r->cover_capability_kwh,
			    r->cover_demand_kwh);
}

hk_status hk_ts_summary(const hk_ts_request *q, const hk_ts_result *r, const hk_ts_sources *src,
			char *const *dayname, hk_summary *s)
{
	int bad = 0;
	warnings(q, r, dayname, s);
	if (q->rule == HK_TS_ECONOMIC) {
		bad |= hk_sum_row(s, &R[R_RATE], q->scan.rate, src->rate) != HK_OK;
		bad |= hk_sum_row(s, &R[R_LIFE], q->scan.life_years, src->life) != HK_OK;
	}
	if (r->unmet1_kwh > 0.5)
		hk_sum_warn(s, "heat pumps and tank leave %.0f kWh a year unmet (%.2f %% of the heat): more units, "
			    "a larger tank or a backup heater are needed; unmet_kwh in the summary and per day",
			    r->unmet1_kwh, 100 * r->unmet1_kwh / fmax(r->heat_kwh, 1e-9));
	if (!(r->volume_m3 > 0))
		hk_sum_warn(s, "the sizing rule gives no tank (%s): nothing to store or nothing saved by storing "
			    "under this tariff", q->rule == HK_TS_ECONOMIC ? "--economic"
					       : q->rule == HK_TS_COVER_DAY ? "--cover-day" : "--volume 0");
	bad |= hk_sum_row(s, &R[R_VOLUME], r->volume_m3, rule_src(q)) != HK_OK;
	bad |= hk_sum_row(s, &R[R_TANK], r->tank_kwh, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_BUILT], r->built_m3, src->vol_ratio) != HK_OK;
	bad |= hk_sum_row(s, &R[R_D], r->d_m, src->h_over_d) != HK_OK;
	bad |= hk_sum_row(s, &R[R_H], r->h_m, src->h_over_d) != HK_OK;
	bad |= hk_sum_row(s, &R[R_DT], q->tank.dt_k, src->tank_dt) != HK_OK;
	bad |= hk_sum_row(s, &R[R_RHO_C], q->tank.rho_c, src->rho_c) != HK_OK;
	bad |= hk_sum_row(s, &R[R_ETA], q->tank.eta, src->eta) != HK_OK;
	bad |= hk_sum_row(s, &R[R_UNITS], q->units, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_PUMP_CH], q->pump_charge_kw, src->pump_charge) != HK_OK;
	bad |= hk_sum_row(s, &R[R_PUMP_DIS], q->pump_discharge_kw, src->pump_discharge) != HK_OK;
	bad |= hk_sum_row(s, &R[R_ELEC0], r->elec0_kwh, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_COST0], r->cost0, src->tariff) != HK_OK;
	bad |= hk_sum_row(s, &R[R_ELEC1], r->elec1_kwh, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_COST1], r->cost1, src->tariff) != HK_OK;
	bad |= hk_sum_row(s, &R[R_SAVING], r->cost0 - r->cost1, NULL) != HK_OK;
	bad |= hk_sum_row_text(s, &R[R_DISPATCH], "least cost", NULL) != HK_OK;
	bad |= hk_sum_row_text(s, &R[R_CHARGE], q->charge_any ? "any" : "valley", src->charge) != HK_OK;
	bad |= hk_sum_row(s, &R[R_UNMET0], r->unmet0_kwh, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_UNMET1], r->unmet1_kwh, NULL) != HK_OK;
	bad |= day_rows(r, dayname, s) != HK_OK;
	return bad ? HK_ENOMEM : HK_OK;
}

const hk_col hk_ts_day_cols[HK_TS_NDAY] = {
	{"day", NULL, "典型日", "typical day", -1},
	{"days", "d", "天数", "days", 0},
	{"t_out_c", "℃", "谷电时段室外温度", "outdoor temperature (valley)", 1},
	{"valley_load_kw", "kW", "谷电时段平均负荷", "mean load in the valley", 1},
	{"q_unit_kw", "kW", "单台供热量", "capacity per unit", 2},
	{"units_heating", NULL, "供热开机台数(表1法)", "units heating (Table 1 method)", 0},
	{"units_storing", NULL, "蓄热开机台数(表1法)", "units storing (Table 1 method)", 0},
	{"valley_h", "h", "谷电小时", "valley hours", 1},
	{"capability_kwh", "kWh", "蓄热能力(表1法)", "charge capability (Table 1 method)", 0},
	{"peak_h", "h", "峰电小时", "peak hours", 1},
	{"peak_demand_kwh", "kWh", "峰电需热量", "peak-period demand", 0},
	{"tank_kwh", "kWh", "蓄热罐容量", "tank capacity", 0},
	{"stored_kwh", "kWh", "实际蓄热量(表1法)", "stored heat (Table 1 method)", 0},
	{"limit", NULL, "限制因素(表1法)", "limited by (Table 1 method)", -1},
	{"charged_kwh", "kWh", "蓄热量(调度)", "charged (dispatch)", 0},
	{"discharged_kwh", "kWh", "释热量(调度)", "discharged (dispatch)", 0},
	{"elec_kwh", "kWh", "日耗电量(调度)", "electricity (dispatch)", 0},
	{"cost_yuan", "元", "日电费(调度)", "cost (dispatch)", 2},
	{"unmet_kwh", "kWh", "未满足热量(调度)", "unmet heat (dispatch)", 0},
};

void hk_ts_day_cells(const hk_ts_result *r, size_t i, char *const *dayname, hk_cell c[HK_TS_NDAY])
{
	const hk_store_day *d = &r->days[i];
	hk_cell x[HK_TS_NDAY] = {
		hk_ctext(dayname[d->day]), hk_cnum(d->days), hk_cnum(d->t_out_c), hk_cnum(d->valley_load_kw),
		hk_cnum(d->q_unit_kw), hk_cnum(d->units_heating), hk_cnum(d->units_storing), hk_cnum(d->valley_h),
		hk_cnum(d->capability_kwh), hk_cnum(d->peak_h), hk_cnum(d->peak_demand_kwh), hk_cnum(d->tank_kwh),
		hk_cnum(d->stored_kwh), hk_ctext(limit_name(d->limit)), hk_cnum(d->charged_kwh),
		hk_cnum(d->discharged_kwh), hk_cnum(d->elec_kwh), hk_cnum(d->cost), hk_cnum(d->unmet_kwh)};
	for (size_t k = 0; k < HK_TS_NDAY; k++)
		c[k] = x[k];
}

const hk_col hk_ts_scan_cols[HK_TS_NSCAN] = {
	{"volume_m3", "m³", "有效容积", "effective volume", 0},
	{"tank_kwh", "kWh", "蓄热量", "tank capacity", 0},
	{"invest_yuan", "元", "投资", "investment", 0},
	{"annualised_yuan", "元/a", "年化投资", "annualised investment", 0},
	{"energy_cost_yuan", "元/a", "年电费", "annual electricity cost", 0},
	{"saving_yuan", "元/a", "年节省电费", "annual saving", 0},
	{"total_yuan", "元/a", "年总费用", "annual total", 0},
};

void hk_ts_scan_cells(const hk_ts_result *r, size_t i, hk_cell c[HK_TS_NSCAN])
{
	const hk_scan_row *w = &r->scan[i];
	c[0] = hk_cnum(w->volume_m3);
	c[1] = hk_cnum(w->tank_kwh);
	c[2] = hk_cnum(w->invest);
	c[3] = hk_cnum(w->annualised);
	c[4] = hk_cnum(w->energy_cost);
	c[5] = hk_cnum(w->saving);
	c[6] = hk_cnum(w->total);
}

const hk_col hk_ts_profile_cols[HK_TS_NPROF] = {
	{"period", NULL, "电价时段", "tariff period", -1},
	{"price_yuan_kwh", "元/kWh", "电价", "price", 4},
	{"charge_kw", "kW", "蓄热功率", "charging", 2},
	{"discharge_kw", "kW", "释热功率", "discharging", 2},
	{"soc_kwh", "kWh", "蓄热罐存热量", "tank content", 1},
	{"hp_load_kw", "kW", "热泵供热量(含蓄热)", "heat-pump output", 2},
	{"power_kw", "kW", "总耗电功率", "electric power", 2},
	{"cost_yuan", "元", "电费(本时段)", "cost in the step", 2},
	{"unmet_kw", "kW", "未满足负荷", "unmet load", 2},
	{"tank_m3", "m3", "蓄热罐有效容积", "effective tank volume", -1}, /* travels to econ */
};

void hk_ts_profile_cells(const hk_ts_request *q, const hk_ts_result *r, size_t i, hk_cell c[HK_TS_NPROF])
{
	const hk_step *st = &q->steps[i];
	const hk_store_step *w = &r->with[i];
	const hk_period *per = hk_tariff_at(q->tariff, st->start_h);
	double h = hk_step_hours(st);
	c[0] = hk_ctext(per ? hk_period_kind_name(per->kind) : "");
	c[1] = per ? hk_cnum(per->price) : hk_cempty();
	c[2] = hk_cnum(w->charge_kwh / h);
	c[3] = hk_cnum(w->discharge_kwh / h);
	c[4] = hk_cnum(w->soc_kwh);
	c[5] = hk_cnum(w->hp_heat_kw);
	c[6] = hk_cnum(w->power_kw);
	c[7] = hk_cnum(w->cost);
	c[8] = hk_cnum(w->unmet_kwh / h);
	c[9] = hk_cnum(r->volume_m3);
}
