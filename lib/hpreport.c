/* hpreport.c - hpsize's summary rows and profile columns (see hpreport.h). */
#include "hpreport.h"

#include "cityreport.h"

#include <math.h>
#include <stdio.h>

/* The rows: key, unit, decimals, labels zh/en, source (NULL: the run's). */
enum {
	R_MODEL, R_RATED, R_DEFROST, R_DESIGN, R_LOAD_HEAT, R_T_BASIS, R_T_WATER, R_K1, R_POINTS, R_K2, R_Q_UNIT,
	R_EXACT, R_UNITS, R_CEIL, R_SHORT_KW, R_SHORT, R_INSTALLED, R_RATED_TOTAL, R_MARGIN, R_TOL,
	R_COP, R_POWER, R_HEAT, R_ELEC, R_SCOP, R_N
};

static const hk_sumspec R[R_N] = {
	[R_MODEL] = {"model", NULL, 0, "机型", "model", NULL},
	[R_RATED] = {"rated_kw", "kW", 1, "额定制热量(7℃/6℃)", "rated capacity q (7 C DB / 6 C WB)", NULL},
	[R_DEFROST] = {"defrost", NULL, 0, "融霜计入方式", "defrost in capacities", NULL},
	[R_DESIGN] = {"design_load_kw", "kW", 1, "设计热负荷", "design heat load", NULL},
	[R_LOAD_HEAT] = {"load_heat_kwh", "kWh", 0, "曲线总耗热量", "heat load over the profile",
			 "Σ heat_load_kw·dt_h·days of the profile read (loadcalc's profile_heat_kwh: ties this design to "
			 "its loads)"},
	[R_T_BASIS] = {"t_basis_c", "C", 1, "K1计算室外温度", "design basis outdoor temperature", NULL},
	[R_T_WATER] = {"t_water_c", "C", 1, "出水温度", "leaving water temperature", NULL},
	[R_K1] = {"k1", "", 4, "K1 室外温度修正系数", "K1 outdoor temperature factor",
		  "catalog capacity ratio Q(t)/q, bilinear in outdoor and water temperature"},
	[R_POINTS] = {"capacity_points", NULL, 0, "计算所用容量点", "capacity points used", NULL},
	[R_K2] = {"k2", "", 3, "K2 融霜修正系数", "K2 defrost factor", NULL},
	[R_Q_UNIT] = {"q_unit_kw", "kW", 2, "单台有效制热量", "effective capacity per unit", hk_src_q_k1_k2},
	[R_EXACT] = {"units_exact", "", 3, "计算台数", "Q_design / q_eff", ""},
	[R_UNITS] = {"units", "", 0, "热泵台数", "heat pumps", NULL},
	[R_CEIL] = {"units_ceil", "", 0, "向上取整台数", "units rounded up",
		    "ceil(Q_design / q_eff): the count with no shortfall at the design basis"},
	[R_SHORT_KW] = {"shortfall_kw", "kW", 1, "设计工况容量缺口", "installed capacity short of the design load",
			"max(0, design_load_kw − installed_kw)"},
	[R_SHORT] = {"shortfall", "", 4, "容量缺口占设计负荷", "shortfall, share of the design load",
		     "shortfall_kw / design_load_kw (the count rule keeps it <= round_tol)"},
	[R_INSTALLED] = {"installed_kw", "kW", 1, "有效装机容量", "installed effective capacity",
			 "units × q_unit_kw"},
	[R_RATED_TOTAL] = {"rated_total_kw", "kW", 1, "额定装机容量", "installed rated capacity",
			   "units × rated_kw (for 元/W prices)"},
	[R_MARGIN] = {"margin", "", 3, "容量裕量", "capacity margin", "installed_kw / design_load_kw − 1"},
	[R_TOL] = {"round_tol", "", 4, "台数取整容差(占设计负荷)", "count rounding tolerance (share of the design load)",
		   NULL},
	[R_COP] = {"cop_design", "", 3, "设计工况COP", "COP at the design condition", NULL},
	[R_POWER] = {"power_design_kw", "kW", 1, "设计工况耗电功率", "electric power at design", "Q_design / COP"},
	[R_HEAT] = {"profile_heat_kwh", "kWh", 0, "供热量", "heat over the profile", "Σ hp_heat_kw·dt_h·days"},
	[R_ELEC] = {"profile_elec_kwh", "kWh", 0, "耗电量", "electricity over the profile", "Σ hp_power_kw·dt_h·days"},
	[R_SCOP] = {"scop", "", 3, "季节COP", "seasonal COP", "heat / electricity"},
};

static const char src_k2_skipped[] =
	"1: the capacities include defrost (defrost = integrated: EN 14511-3 rates capacity under frosting by "
	"the transient method, integrated over defrost cycles), so K2 is not applied again";

/* the count's rule, for units */
static const char *units_rule(const hk_hpsize_request *q, const hk_hpsize_result *r)
{
	if (q->fixed_units > 0)
		return "--units";
	if (r->d.flags & HK_HPW_ROUNDED_DOWN)
		return "N = floor(Q_design / q_eff), one below ceil: its shortfall is within round_tol of Q_design "
		       "(toolkit rule, not a standard clause; see round_tol)";
	return "N = ceil(Q_design / q_eff), Q = q·K1·K2 (GB 50736-2012 §8.3.2); one fewer only when that "
	       "shortfall is within round_tol of Q_design (toolkit rule)";
}

/* The capacity points the basis rests on ("-7 ℃/35 ℃ tol 10.2 kW (EN
 * 14825 ...)") and how they are used. */
static hk_status points_row(const hk_hpsize_request *q, const hk_hpsize_result *r, hk_summary *s)
{
	const hk_hp_entry *ent = q->entry;
	char used[1600], how[700];
	size_t k, u = 0;
	used[0] = '\0';
	for (k = 0; k < r->basis.n && u + 200 < sizeof used; k++) {
		const hk_hp_point *pt = r->basis.pt[k];
		u += (size_t)snprintf(used + u, sizeof used - u, "%s%g ℃/%g ℃ %s %.4g kW%s%s%s", k ? "; " : "",
				      pt->t_out_c, pt->t_water_c, hk_cat_point_type_name(pt->type), pt->heat_kw,
				      *pt->standard ? " (" : "", pt->standard, *pt->standard ? ")" : "");
	}
	k = (size_t)snprintf(how, sizeof how, "%s%s%s%s",
			     r->basis.extrapolated ? "EXTRAPOLATED beyond the capacity points (--extrapolate); " : "",
			     "K1 and COP bilinear in outdoor and water temperature between these catalog rows",
			     *ent->certificate ? "; " : "", ent->certificate);
	if (ent->n_part_load && k < sizeof how)
		snprintf(how + k, sizeof how - k, "; the model's %zu part-load demand row%s (EN 14825 Pdh at Tj, "
			 "the reference building's demand) not used as capacity or COP", ent->n_part_load,
			 ent->n_part_load == 1 ? "" : "s");
	return hk_sum_row_text(s, &R[R_POINTS], used, how);
}

/* the warnings, after the rows */
static void warnings(const hk_hpsize_request *q, const hk_hpsize_result *r, const hk_hp_sources *src,
		     hk_summary *s)
{
	const hk_hp_model *m = q->model;
	const hk_hp_design *d = &r->d;
	unsigned b, design = d->flags & ~(HK_HPW_COP_LOW | HK_HPW_K2_SKIPPED | HK_HPW_ROUNDED_DOWN |
					  (q->entry && r->basis.extrapolated ? HK_HPW_EXTRAP_T : 0u));
	unsigned prof = r->flags_all & (HK_HPW_BELOW_LIMIT | HK_HPW_EXTRAP_T | HK_HPW_EXTRAP_W | HK_HPW_SHORT);
	if (q->entry && r->basis.extrapolated)
		hk_sum_warn(s, "design: %g ℃ is outside the capacity points of model %s (%g to %g ℃): K1 and COP "
			    "extrapolated (--extrapolate)", q->t_basis_c, m->name, r->basis.t_lo, r->basis.t_hi);
	if ((d->flags & HK_HPW_K2_SKIPPED) && src->k2_opt)
		hk_sum_warn(s, "%s not applied: the capacities of %s include defrost (defrost = integrated); give "
			    "--defrost peak to apply K2 to them", src->k2_opt, m->name);
	if (d->flags & HK_HPW_COP_LOW)
		hk_sum_warn(s, "COP %.2f at the design condition (%g C outdoor, %g C water) is below 2.0 (%s)", d->cop,
			    q->t_basis_c, q->hp.t_water_c, hk_src_cop_min);
	if (q->fixed_units <= 0 && (d->flags & HK_HPW_ROUNDED_DOWN))
		hk_sum_warn(s, "design: %d units, one below ceil (%d): %.1f kW (%.2f %% of the design load) short at "
			    "the design basis, within round_tol %.2f %%", r->units, r->units_ceil, r->short_kw,
			    100 * r->short_kw / r->design_kw, 100 * q->hp.round_tol);
	for (b = 0; b < HK_HPW_NBITS; b++) {
		const char *t = hk_hp_warning_text(1u << b);
		if ((design & (1u << b)) && t && (1u << b) != HK_HPW_NO_COP)
			hk_sum_warn(s, "design: %s", t);
	}
	for (b = 0; b < HK_HPW_NBITS; b++) {
		const char *t = hk_hp_warning_text(1u << b);
		if ((prof & (1u << b)) && t && (1u << b) != HK_HPW_NO_COP)
			hk_sum_warn(s, "profile: %s", t);
	}
}

/* Σ heat_load_kw·dt_h·days of the profile sized on (every annual figure
 * is Σ value·hours·days: profile.h) */
static double load_heat(const hk_hpsize_request *q)
{
	double s = 0;
	size_t i;
	for (i = 0; i < q->n; i++)
		s += q->steps[i].load_kw * hk_step_hours(&q->steps[i]) * q->steps[i].days;
	return s;
}

/* the design basis station, named as loadcalc names its city */
static int city_rows(const hk_city *c, hk_summary *s)
{
	int bad = hk_city_name_rows(s, c);
	return bad | (hk_sum_row(s, &hk_city_rows[HK_CITY_T_WINTER_AC], c->t_winter_ac_c, NULL) != HK_OK);
}

hk_status hk_hp_summary(const hk_hpsize_request *q, const hk_hpsize_result *r, const hk_hp_sources *src,
			hk_summary *s)
{
	const hk_hp_model *m = q->model;
	const hk_hp_design *d = &r->d;
	int integrated = m->defrost == HK_DEFROST_INTEGRATED, bad = 0;
	bad |= hk_sum_row_text(s, &R[R_MODEL], m->name, src->model) != HK_OK;
	bad |= hk_sum_row(s, &R[R_RATED], m->rated_kw, src->model) != HK_OK;
	bad |= hk_sum_row_text(s, &R[R_DEFROST], integrated ? "integrated" : "peak",
			       integrated ? "capacities include defrost (EN 14511 integrated): K2 not applied"
					  : "peak capacities: K2 applied") != HK_OK;
	bad |= hk_sum_row(s, &R[R_DESIGN], r->design_kw, src->design) != HK_OK;
	bad |= hk_sum_row(s, &R[R_LOAD_HEAT], load_heat(q), NULL) != HK_OK;
	if (src->city)
		bad |= city_rows(src->city, s);
	bad |= hk_sum_row(s, &R[R_T_BASIS], q->t_basis_c, src->t_basis) != HK_OK;
	bad |= hk_sum_row(s, &R[R_T_WATER], q->hp.t_water_c, src->t_water) != HK_OK;
	bad |= hk_sum_row(s, &R[R_K1], d->k1, NULL) != HK_OK;
	if (q->entry)
		bad |= points_row(q, r, s) != HK_OK;
	bad |= hk_sum_row(s, &R[R_K2], d->k2, (d->flags & HK_HPW_K2_SKIPPED) ? src_k2_skipped : src->k2) != HK_OK;
	bad |= hk_sum_row(s, &R[R_Q_UNIT], d->q_unit_kw, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_EXACT], d->n_exact, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_UNITS], r->units, units_rule(q, r)) != HK_OK;
	bad |= hk_sum_row(s, &R[R_CEIL], r->units_ceil, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_SHORT_KW], r->short_kw, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_SHORT], r->short_kw / r->design_kw, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_INSTALLED], r->units * d->q_unit_kw, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_RATED_TOTAL], r->units * m->rated_kw, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_MARGIN], r->units * d->q_unit_kw / r->design_kw - 1, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_TOL], q->hp.round_tol, src->round_tol) != HK_OK;
	if (!isnan(d->cop)) {
		bad |= hk_sum_row(s, &R[R_COP], d->cop, src->cop) != HK_OK;
		bad |= hk_sum_row(s, &R[R_POWER], d->power_kw, NULL) != HK_OK;
	}
	bad |= hk_sum_row(s, &R[R_HEAT], r->heat_kwh, NULL) != HK_OK;
	bad |= hk_sum_row(s, &R[R_ELEC], r->elec_kwh, NULL) != HK_OK;
	if (r->elec_kwh > 0)
		bad |= hk_sum_row(s, &R[R_SCOP], r->heat_kwh / r->elec_kwh, NULL) != HK_OK;
	warnings(q, r, src, s);
	return bad ? HK_ENOMEM : HK_OK;
}

const hk_col hk_hp_profile_cols[HK_HP_NPROF] = {
	/* carried (full precision in pipes): tanksize and econ compute on
	 * these, and a 2-decimal q_unit_kw printed again to 0.1 kW rounds
	 * twice (4.346 → 4.35 → 4.4) */
	{"k1", NULL, "K1", "K1", 4, 1},
	{"k2", NULL, "K2", "K2", 3, 1},
	{"q_unit_kw", "kW", "单台有效制热量", "capacity per unit", 2, 1},
	{"units_total", NULL, "装机台数", "units installed", 0},
	{"units_on", NULL, "运行台数", "units running", 0},
	{"plr", NULL, "部分负荷率", "part load", 3},
	{"hp_heat_kw", "kW", "热泵供热量", "heat-pump heat", 2, 1},
	{"cop", NULL, "COP", "COP", 3, 1},
	{"hp_power_kw", "kW", "热泵耗电功率", "heat-pump power", 2, 1},
	{"spare_kw", "kW", "富余制热量", "spare capacity", 2, 1},
	{"rated_kw", "kW", "单台额定制热量", "rated capacity per unit", -1}, /* travels to econ */
};

void hk_hp_profile_vals(const hk_hpsize_request *q, const hk_hpsize_result *r, size_t i, double v[HK_HP_NPROF])
{
	const hk_hp_step *h = &r->steps[i];
	v[0] = h->k1;
	v[1] = h->k2;
	v[2] = h->q_unit_kw;
	v[3] = r->units;
	v[4] = h->units_on;
	v[5] = h->plr;
	v[6] = h->heat_kw;
	v[7] = h->cop;
	v[8] = h->power_kw;
	v[9] = h->spare_kw;
	v[10] = q->model->rated_kw;
}
