/*
 * rptcheck.c - the report's files against each other: every key a sheet
 * needs is there, and figures two files both state agree, so that the
 * outputs of two projects (another city or design temperature, another
 * building set, another heat-pump count or tank) are never bound into one
 * workbook.
 */
#include "rpt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* keys each summary must have for its sheets ("=" marks a text key) */
static const char *const need_loads[] = {"design_load_kw", "area_m2", "buildings", "mean_index_w_m2",
					 "night_load_kw", "t_design_c", "t_in_c", NULL};
static const char *const need_hp[] = {"=model", "rated_kw", "design_load_kw", "t_basis_c", "k1", "k2",
				      "q_unit_kw", "units_exact", "units", "installed_kw", "margin",
				      "cop_design", "power_design_kw", NULL};
static const char *const need_tank[] = {"volume_m3", "tank_kwh", "tank_dt_k", "rho_c", "eta", "units", NULL};
static const char *const need_pump[] = {"design_flow_m3h", "design_head_m", "=pump_model", "duty_pumps",
					"standby_pumps", "pumps_total", "op_flow_m3h", "op_head_m", "op_eff_pct",
					"shaft_kw", "motor_kw", "ehr", NULL};
static const char *const need_bore[] = {"boreholes", "depth_m", "total_length_m", "tf_min_c", "tf_max_c", NULL};
static const char *const need_econ[] = {"=base_scheme", "rate", "escalation", "life_years", NULL};
/* columns each table must have */
static const char *const col_bld[] = {"name", "area_m2", "index_w_m2", "design_load_kw", NULL};
static const char *const col_prof[] = {"day", "start_h", "dt_h", "heat_load_kw", "days", NULL};
static const char *const col_tday[] = {"day", "days", "capability_kwh", "tank_kwh", "stored_kwh", NULL};
static const char *const col_eday[] = {"scheme", "day", "days", "cost_yuan", NULL};
static const char *const col_month[] = {"month", "days", "heat_kwh", NULL};
static const char *const col_bmon[] = {"year", "month", "tf_c", "tf_peak_ext_c", "tf_peak_inj_c", NULL};

static hk_status need_keys(const hk_rfile *f, const char *const *keys, hk_err *err)
{
	hk_status st;
	double v;
	for (; f && *keys; keys++) {
		if (**keys == '=') {
			if (!hk_rs_text(f, *keys + 1))
				return hk_rs_num(f, *keys + 1, &v, err); /* names the missing key */
		} else if ((st = hk_rs_num(f, *keys, &v, err)) != HK_OK) {
			return st;
		}
	}
	return HK_OK;
}

/* every row of the listed columns is a number (day and scheme: text) */
static hk_status need_cols(const hk_rfile *f, const char *const *cols, hk_err *err)
{
	size_t i;
	double v;
	hk_status st;
	for (; f && *cols; cols++) {
		int text = !strcmp(*cols, "name") || !strcmp(*cols, "day") || !strcmp(*cols, "scheme");
		if (text && hk_rt_col(f, *cols) < 0)
			return hk_rt_num(f, 0, *cols, &v, err); /* names the missing column */
		for (i = 0; !text && i < f->nrows; i++)
			if ((st = hk_rt_num(f, i, *cols, &v, err)) != HK_OK)
				return st;
	}
	if (f && f->nrows == 0)
		return hk_fail_at(err, HK_EINVAL, f->path, 1, 0, "no rows: expected the %s as written",
				  hk_rkind_name(f->kind));
	return HK_OK;
}

/* a (file fa, key ka) and b (file fb, key kb) must agree within tol */
static hk_status agree(const hk_rfile *fa, const char *ka, double a, const hk_rfile *fb, const char *kb,
		       double b, double tol, hk_err *err)
{
	long row = fa->summary ? hk_rs_row(fa, ka) : -1;
	if (fabs(a - b) <= tol)
		return HK_OK;
	return hk_fail_at(err, HK_EINVAL, fa->path, row >= 0 ? fa->line[row] : 0, row >= 0 ? 2 : 0,
			  "%s (%g) contradicts %s of %s (%g): expected the outputs of one project (same city, "
			  "design temperature, buildings and design)",
			  ka, a, kb, fb->path, b);
}

static double col_sum(const hk_rfile *f, const char *key)
{
	size_t i;
	double s = 0, v;
	for (i = 0; i < f->nrows; i++)
		if (hk_rt_num(f, i, key, &v, NULL) == HK_OK)
			s += v;
	return s;
}

/* the building table is the loads summary's building set, at its city and
 * design temperature (night loads and annual heat depend on both) */
static hk_status check_buildings(const hk_rfile *b, const hk_rfile *l, hk_err *err)
{
	double n = (double)b->nrows, v;
	hk_status st;
	if ((st = agree(b, "buildings", n, l, "buildings", hk_rs_opt(l, "buildings"), 0.5, err)) != HK_OK ||
	    (st = agree(b, "area_m2", col_sum(b, "area_m2"), l, "area_m2", hk_rs_opt(l, "area_m2"),
			0.05 + 0.05 * n + 1e-6 * hk_rs_opt(l, "area_m2"), err)) != HK_OK ||
	    (st = agree(b, "design_load_kw", col_sum(b, "design_load_kw"), l, "design_load_kw",
			hk_rs_opt(l, "design_load_kw"), 0.05 + 0.005 * n, err)) != HK_OK)
		return st;
	if (hk_rt_col(b, "night_load_kw") >= 0 &&
	    (st = agree(b, "night_load_kw", col_sum(b, "night_load_kw"), l, "night_load_kw",
			hk_rs_opt(l, "night_load_kw"), 0.05 + 0.005 * n, err)) != HK_OK)
		return st;
	v = hk_rs_opt(l, "annual_heat_gj");
	if (hk_rt_col(b, "annual_heat_gj") >= 0 && isfinite(v))
		return agree(b, "annual_heat_gj", col_sum(b, "annual_heat_gj"), l, "annual_heat_gj", v,
			     0.05 + 0.05 * n, err);
	return HK_OK;
}

/* the monthly heat is the loads summary's annual heat (degree-day split)
 * or its hourly profile's heat (summed per month) */
static hk_status check_monthly(const hk_rfile *m, const hk_rfile *l, hk_err *err)
{
	double v = col_sum(m, "heat_kwh"), a = hk_rs_opt(l, "annual_heat_kwh"), p = hk_rs_opt(l, "profile_heat_kwh");
	int hourly = hk_rs_text(l, "season_days") != NULL;
	double want = hourly ? p : a;
	if (!isfinite(want))
		return hk_fail_at(err, HK_EINVAL, m->path, 1, 0,
				  "monthly heat without the %s of %s to check it against: expected the loads summary "
				  "of the run that wrote it (loadcalc --city ... --summary)",
				  hourly ? "profile_heat_kwh" : "annual_heat_kwh", l->path);
	return agree(m, "heat_kwh", v, l, hourly ? "profile_heat_kwh" : "annual_heat_kwh", want, 1 + 1e-6 * want, err);
}

/* Σ heat_load_kw·dt_h·days of a profile */
static double profile_heat(const hk_rfile *p)
{
	size_t i;
	double s = 0, q, dt, d;
	for (i = 0; i < p->nrows; i++)
		if (hk_rt_num(p, i, "heat_load_kw", &q, NULL) == HK_OK && hk_rt_num(p, i, "dt_h", &dt, NULL) == HK_OK &&
		    hk_rt_num(p, i, "days", &d, NULL) == HK_OK)
			s += q * dt * d;
	return s;
}

/* a per-day table (tanksize --per-day, econ's daily table) is over the
 * profile's typical days: each of its days is one of the profile's, with
 * the same weight */
static hk_status same_days(const hk_rfile *t, const hk_rfile *p, hk_err *err)
{
	long td = hk_rt_col(t, "day"), pd = hk_rt_col(p, "day");
	size_t i, j;
	double a, b;
	for (i = 0; i < t->nrows; i++) {
		for (j = 0; j < p->nrows && strcmp(hk_rt_cell(t, i, td), hk_rt_cell(p, j, pd)); j++)
			;
		if (j == p->nrows)
			return hk_fail_at(err, HK_EINVAL, t->path, t->line[i], (int)td + 1,
					  "day %s is not a day of %s: expected the outputs of one project (same typical days)",
					  hk_rt_cell(t, i, td), p->path);
		hk_rt_num(t, i, "days", &a, NULL);
		hk_rt_num(p, j, "days", &b, NULL);
		if (a != b)
			return hk_fail_at(err, HK_EINVAL, t->path, t->line[i], (int)hk_rt_col(t, "days") + 1,
					  "day %s stands for %g days, in %s for %g: expected the outputs of one project",
					  hk_rt_cell(t, i, td), a, p->path, b);
	}
	return HK_OK;
}

/* the station number in a city's source ("陕西 铜川 (53947): ..."), "" none */
static void station_of(const hk_rfile *f, char *buf, size_t sz)
{
	const char *src = hk_rs_source(f, "city"), *o = strchr(src, '('), *c = strchr(src, ':');
	buf[0] = '\0';
	if (o && (!c || o < c) && sz > 1)
		sscanf(o + 1, "%15[0-9]", buf);
}

/* the heat pumps' design basis station (hpsize --city) may be another than
 * the loads' (the Malan paper sizes its heat pumps at 铜川's winter
 * air-conditioning temperature, its loads at 咸阳's: templates/malan); one
 * city name standing for two stations (呼伦贝尔, 锡林郭勒盟, 大兴安岭地区) is
 * two sites */
static hk_status same_station(const hk_rfile *h, const hk_rfile *l, hk_err *err)
{
	char sh[16], sl[16];
	long row = hk_rs_row(h, "city");
	if (row < 0 || !hk_rs_text(l, "city") || strcmp(hk_rs_text(h, "city"), hk_rs_text(l, "city")))
		return HK_OK;
	station_of(h, sh, sizeof sh);
	station_of(l, sl, sizeof sl);
	if (!*sh || !*sl || !strcmp(sh, sl))
		return HK_OK;
	return hk_fail_at(err, HK_EINVAL, h->path, h->line[row], 2,
			  "city %s (station %s) contradicts city of %s (%s, station %s): expected the outputs of one "
			  "project (one station per city)",
			  hk_rs_text(h, "city"), sh, l->path, hk_rs_text(l, "city"), sl);
}

/* borefield's months are its summary's field: their extremes are the
 * summary's tf_min_c and tf_max_c (both written to 3 decimals) */
static hk_status same_field(const hk_rfile *m, const hk_rfile *b, hk_err *err)
{
	double lo = INFINITY, hi = -INFINITY, v;
	size_t i;
	hk_status st;
	for (i = 0; i < m->nrows; i++) {
		if (hk_rt_num(m, i, "tf_peak_ext_c", &v, NULL) == HK_OK)
			lo = fmin(lo, v);
		if (hk_rt_num(m, i, "tf_peak_inj_c", &v, NULL) == HK_OK)
			hi = fmax(hi, v);
	}
	if ((st = agree(m, "tf_min_c", lo, b, "tf_min_c", hk_rs_opt(b, "tf_min_c"), 0.0015, err)) != HK_OK)
		return st;
	return agree(m, "tf_max_c", hi, b, "tf_max_c", hk_rs_opt(b, "tf_max_c"), 0.0015, err);
}

/* the borefield econ priced a ground-source scheme on (its sN_borehole_m,
 * and gshp_tf_c, the extraction-weighted mean fluid temperature of the
 * month table, to its two decimals) is the one the report shows */
static hk_status same_borefield(const hk_rfile *e, const hk_rfile *b, const hk_rfile *m, hk_err *err)
{
	double v, w = 0, wt = 0, ext, tf;
	hk_status st;
	size_t i;
	int k;
	for (k = 1; b && k <= RPT_MAXS; k++) {
		const char *key = rpt_fmt("s%d_borehole_m", k);
		if (isfinite(v = hk_rs_opt(e, key)) &&
		    (st = agree(e, key, v, b, "total_length_m", hk_rs_opt(b, "total_length_m"), 0.05 + 1e-6 * v, err)) != HK_OK)
			return st;
	}
	if (!m || !isfinite(v = hk_rs_opt(e, "gshp_tf_c")))
		return HK_OK;
	for (i = 0; i < m->nrows; i++)
		if (hk_rt_num(m, i, "ext_kwh", &ext, NULL) == HK_OK && ext > 0 && hk_rt_num(m, i, "tf_c", &tf, NULL) == HK_OK)
			w += ext, wt += ext * tf;
	return w > 0 ? agree(e, "gshp_tf_c", v, m, "tf_c", wt / w, 0.0051, err) : HK_OK;
}

static hk_status check_design(rpt *R, hk_err *err)
{
	const hk_rfile *l = R->f[HK_RK_LOADS], *h = R->f[HK_RK_HP], *t = R->f[HK_RK_TANK];
	const hk_rfile *e = R->f[HK_RK_ECON], *p = R->f[HK_RK_PROFILE], *td = R->f[HK_RK_TANKDAY];
	hk_status st;
	double v;
	size_t i;
	if (l && p && isfinite(v = hk_rs_opt(l, "profile_heat_kwh")) &&
	    (st = agree(p, "heat_load_kw", profile_heat(p), l, "profile_heat_kwh", v, 1 + 1e-6 * v, err)) != HK_OK)
		return st;
	/* hpsize's profile is the loads' (another city, design temperature,
	 * building set or typical days changes its heat) */
	if (l && h && isfinite(v = hk_rs_opt(h, "load_heat_kwh")) && isfinite(hk_rs_opt(l, "profile_heat_kwh")) &&
	    (st = agree(h, "load_heat_kwh", v, l, "profile_heat_kwh", hk_rs_opt(l, "profile_heat_kwh"), 1 + 1e-6 * v,
			err)) != HK_OK)
		return st;
	if (p && h && isfinite(v = hk_rs_opt(h, "load_heat_kwh")) &&
	    (st = agree(h, "load_heat_kwh", v, p, "heat_load_kw", profile_heat(p), 1 + 1e-6 * v, err)) != HK_OK)
		return st;
	if (l && h && (st = same_station(h, l, err)) != HK_OK)
		return st;
	/* a weather profile's largest hour is not the design load */
	if (l && h && !hk_rs_text(l, "season_days") &&
	    (st = agree(h, "design_load_kw", hk_rs_opt(h, "design_load_kw"), l, "design_load_kw",
			hk_rs_opt(l, "design_load_kw"), 0.1 + 1e-4 * hk_rs_opt(l, "design_load_kw"), err)) != HK_OK)
		return st;
	if (h && t && (st = agree(t, "units", hk_rs_opt(t, "units"), h, "units", hk_rs_opt(h, "units"), 0.5, err)) != HK_OK)
		return st;
	if (h && p && hk_rt_col(p, "units_total") >= 0 && hk_rt_num(p, 0, "units_total", &v, NULL) == HK_OK &&
	    (st = agree(p, "units_total", v, h, "units", hk_rs_opt(h, "units"), 0.5, err)) != HK_OK)
		return st;
	if (h && e && isfinite(v = hk_rs_opt(e, "units")) &&
	    (st = agree(e, "units", v, h, "units", hk_rs_opt(h, "units"), 0.5, err)) != HK_OK)
		return st;
	if (h && e && isfinite(v = hk_rs_opt(e, "rated_kw")) &&
	    (st = agree(e, "rated_kw", v, h, "rated_kw", hk_rs_opt(h, "rated_kw"), 0.05, err)) != HK_OK)
		return st;
	if (h && e && hk_rs_text(e, "hp_model") && strcmp(hk_rs_text(e, "hp_model"), hk_rs_text(h, "model")))
		return hk_fail_at(err, HK_EINVAL, e->path, e->line[hk_rs_row(e, "hp_model")], 2,
				  "hp_model (%s) contradicts model of %s (%s): expected the outputs of one project",
				  hk_rs_text(e, "hp_model"), h->path, hk_rs_text(h, "model"));
	if (t && e && isfinite(v = hk_rs_opt(e, "tank_m3")) &&
	    (st = agree(e, "tank_m3", v, t, "volume_m3", hk_rs_opt(t, "volume_m3"), 0.5, err)) != HK_OK)
		return st;
	if (R->f[HK_RK_BORE] && R->f[HK_RK_BOREMONTHS] && (st = same_field(R->f[HK_RK_BOREMONTHS], R->f[HK_RK_BORE], err)) != HK_OK)
		return st;
	if (e && (st = same_borefield(e, R->f[HK_RK_BORE], R->f[HK_RK_BOREMONTHS], err)) != HK_OK)
		return st;
	if (p && td && (st = same_days(td, p, err)) != HK_OK)
		return st;
	if (p && R->f[HK_RK_ECONDAY] && (st = same_days(R->f[HK_RK_ECONDAY], p, err)) != HK_OK)
		return st;
	for (i = 0; t && td && i < td->nrows; i++)
		if (hk_rt_num(td, i, "tank_kwh", &v, NULL) == HK_OK &&
		    (st = agree(td, "tank_kwh", v, t, "tank_kwh", hk_rs_opt(t, "tank_kwh"), 0.5 + 1e-6 * v, err)) != HK_OK)
			return st;
	return HK_OK;
}

hk_status rpt_check(rpt *R, hk_err *err)
{
	hk_status st;
	int k;
	if ((st = need_keys(R->f[HK_RK_LOADS], need_loads, err)) != HK_OK ||
	    (st = need_keys(R->f[HK_RK_HP], need_hp, err)) != HK_OK ||
	    (st = need_keys(R->f[HK_RK_TANK], need_tank, err)) != HK_OK ||
	    (st = need_keys(R->f[HK_RK_BORE], need_bore, err)) != HK_OK ||
	    (st = need_keys(R->f[HK_RK_ECON], need_econ, err)) != HK_OK ||
	    (st = need_cols(R->f[HK_RK_BUILDINGS], col_bld, err)) != HK_OK ||
	    (st = need_cols(R->f[HK_RK_PROFILE], col_prof, err)) != HK_OK ||
	    (st = need_cols(R->f[HK_RK_TANKDAY], col_tday, err)) != HK_OK ||
	    (st = need_cols(R->f[HK_RK_ECONDAY], col_eday, err)) != HK_OK ||
	    (st = need_cols(R->f[HK_RK_MONTHLY], col_month, err)) != HK_OK ||
	    (st = need_cols(R->f[HK_RK_BOREMONTHS], col_bmon, err)) != HK_OK)
		return st;
	for (k = 0; k < R->npump; k++)
		if ((st = need_keys(R->pump[k], need_pump, err)) != HK_OK)
			return st;
	if (R->f[HK_RK_BUILDINGS] && R->f[HK_RK_LOADS] &&
	    (st = check_buildings(R->f[HK_RK_BUILDINGS], R->f[HK_RK_LOADS], err)) != HK_OK)
		return st;
	if (R->f[HK_RK_MONTHLY] && R->f[HK_RK_LOADS] &&
	    (st = check_monthly(R->f[HK_RK_MONTHLY], R->f[HK_RK_LOADS], err)) != HK_OK)
		return st;
	return check_design(R, err);
}
