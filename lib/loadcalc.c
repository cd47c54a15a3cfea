/* loadcalc.c - the loadcalc command's core (see loadcalc.h). */
#include "loadcalc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int hk_lc_annual(const hk_lc_request *q)
{
	return q->city && q->city->heating_days > 0;
}

void hk_lc_run_free(hk_lc_run *run)
{
	free(run->phase);
	free(run->b);
	memset(run, 0, sizeof *run);
}

/* the building of a row: the type's CJJ row and index, or the given index */
static hk_status building(const hk_lc_request *q, hk_lc_run *run, const hk_lc_row *in, hk_lc_bld *x,
			  hk_lc_field *bad, hk_err *err)
{
	hk_status st;
	memset(x, 0, sizeof *x);
	*bad = HK_LC_FIELD_TYPE;
	if (*in->type) {
		if (strcmp(in->type, run->type_name) != 0 || !run->type_name[0]) {
			if ((st = hk_btype_find(in->type, &run->type, err)) != HK_OK)
				return st;
			snprintf(run->type_name, sizeof run->type_name, "%s", in->type);
		}
		if ((st = hk_building_init(&x->b, in->type, in->area_m2, q->energy_saving, q->pt, err)) != HK_OK)
			return st;
		x->row = run->type.row;
		x->mapping = run->type.mapping;
	} else if (!isnan(in->index_w_m2)) {
		x->b.area_m2 = in->area_m2;
		x->b.day_only = 0;
	} else {
		return hk_fail(err, HK_EINVAL, "building %s has neither a type nor an index_w_m2: expected one of them",
			       in->name);
	}
	if (!isnan(in->index_w_m2)) {
		x->b.index_w_m2 = in->index_w_m2;
		x->given = 1;
	}
	if (!isnan(in->day_only))
		x->b.day_only = in->day_only != 0;
	x->b.t_in_c = q->t_in_c;
	x->b.t_setback_c = q->t_setback_c;
	x->b.day_start_h = isnan(in->day_start_h) ? q->day_start_h : in->day_start_h;
	x->b.day_end_h = isnan(in->day_end_h) ? q->day_end_h : in->day_end_h;
	*bad = HK_LC_FIELD_AREA;
	if (!(x->b.area_m2 <= HK_AREA_MAX_M2))
		return hk_fail(err, HK_ERANGE, "area %g m2: expected at most %g m2 (%g 万m2)", x->b.area_m2,
			       HK_AREA_MAX_M2, HK_AREA_MAX_M2 / 1e4);
	*bad = x->given ? HK_LC_FIELD_INDEX : HK_LC_FIELD_AREA;
	if (!(x->b.index_w_m2 <= HK_INDEX_MAX_W_M2))
		return hk_fail(err, HK_ERANGE, "heat index %g W/m2: expected at most %g W/m2", x->b.index_w_m2,
			       HK_INDEX_MAX_W_M2);
	/* what is left to check is the occupied day: the row's own, or the
	 * options' (already checked by the command) */
	*bad = isnan(in->day_start_h) && isnan(in->day_end_h) ? HK_LC_FIELD_NONE : HK_LC_FIELD_WINDOW;
	return hk_building_check(&x->b, err);
}

static hk_status phase_add(hk_lc_run *run, const char *name, double kw, hk_err *err)
{
	size_t i;
	hk_lc_phase *np;
	if (!*name)
		return HK_OK;
	for (i = 0; i < run->nphase; i++)
		if (!strcmp(run->phase[i].name, name)) {
			run->phase[i].design_kw += kw;
			return HK_OK;
		}
	if (!(np = realloc(run->phase, (run->nphase + 1) * sizeof *np)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	run->phase = np;
	snprintf(np[run->nphase].name, sizeof np[run->nphase].name, "%s", name);
	np[run->nphase++].design_kw = kw;
	return HK_OK;
}

hk_status hk_lc_add(const hk_lc_request *q, hk_lc_run *run, const hk_lc_row *in, hk_lc_bld *x,
		    hk_lc_field *bad, hk_err *err)
{
	hk_status st;
	if ((st = building(q, run, in, x, bad, err)) != HK_OK)
		return st;
	*bad = HK_LC_FIELD_NONE;
	x->design_kw = hk_building_design_kw(&x->b);
	x->night_kw = isnan(q->t_design_c) ? NAN : hk_building_load_kw(&x->b, q->t_design_c, q->t_design_c, 0);
	x->annual_gj = NAN;
	if (hk_lc_annual(q)) {
		/* the city's climate at the load design temperature */
		hk_climate c = {q->t_design_c, q->city->t_winter_ac_c, q->city->heating_days,
				q->city->t_mean_heating_c};
		hk_loads_summary one;
		if ((st = hk_loads_summarise(&x->b, 1, &c, &one, err)) != HK_OK)
			return st;
		x->annual_gj = one.annual_gj;
		run->annual_gj += one.annual_gj;
		run->annual_gj_cjj += one.annual_gj_cjj;
	}
	if (x->given && x->row) { /* a given index outside its type's range is worth a look */
		x->lo = hk_cjj_index(x->row, q->energy_saving, HK_IDX_LOW);
		x->hi = hk_cjj_index(x->row, q->energy_saving, HK_IDX_HIGH);
		x->outside = !(x->b.index_w_m2 >= x->lo && x->b.index_w_m2 <= x->hi);
		run->outside += x->outside;
	}
	if (q->keep) {
		if (run->nb == run->cap) {
			size_t nc = run->cap ? 2 * run->cap : 64;
			hk_building *nb = realloc(run->b, nc * sizeof *nb);
			if (!nb)
				return hk_fail(err, HK_ENOMEM, "out of memory");
			run->b = nb;
			run->cap = nc;
		}
		run->b[run->nb] = x->b;
	}
	run->nb++;
	run->area_m2 += x->b.area_m2;
	run->design_kw += x->design_kw;
	if (!isnan(x->night_kw))
		run->night_kw += x->night_kw;
	return phase_add(run, in->phase, x->design_kw, err);
}

void hk_lc_profile_free(hk_lc_profile *p)
{
	for (size_t i = 0; p->dayname && i < p->nd; i++)
		free(p->dayname[i]);
	free(p->dayname);
	free(p->steps);
	memset(p, 0, sizeof *p);
}

static hk_status names(hk_lc_profile *p, size_t nd, hk_err *err)
{
	p->nd = 0;
	if (!(p->dayname = calloc(nd ? nd : 1, sizeof *p->dayname)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	p->nd = nd;
	return HK_OK;
}

static hk_status hourly(const hk_lc_run *run, const hk_lc_profile_in *in, hk_profile_opts *po,
			hk_lc_profile *p, hk_err *err)
{
	unsigned char *in_season = malloc(in->nh / 24 + 1);
	hk_status st;
	size_t i;
	p->hourly = 1;
	if (!in_season || !(p->steps = malloc(in->nh * sizeof *p->steps)) || names(p, in->nh / 24, err) != HK_OK) {
		free(in_season);
		return hk_fail(err, HK_ENOMEM, "out of memory");
	}
	if ((st = hk_season_mark(in->t_hourly, in->nh, &in->season, in_season, &p->season_days, err)) == HK_OK) {
		po->in_season = in_season;
		st = hk_profile_hourly(run->b, run->nb, in->t_hourly, in->nh, po, p->steps, err);
	}
	free(in_season);
	if (st != HK_OK)
		return st;
	p->n = in->nh;
	for (i = 0; i < p->nd; i++) {
		if (!(p->dayname[i] = malloc(16)))
			return hk_fail(err, HK_ENOMEM, "out of memory");
		snprintf(p->dayname[i], 16, "d%03zu", i + 1);
	}
	return HK_OK;
}

/* a building whose day edges do not fall on step boundaries: its steps
 * average day and night loads, so the design peak is lost (hpsize sizes
 * on the profile's largest load) */
static const hk_building *straddle(const hk_lc_run *run, double dt)
{
	for (size_t b = 0; b < run->nb; b++) {
		double a = fmod(run->b[b].day_start_h, dt), z = fmod(run->b[b].day_end_h, dt);
		if ((a > 1e-9 && dt - a > 1e-9) || (z > 1e-9 && dt - z > 1e-9))
			return &run->b[b];
	}
	return NULL;
}

static hk_status typdays(const hk_lc_request *q, const hk_lc_run *run, const hk_lc_profile_in *in,
			 const hk_profile_opts *po, hk_lc_profile *p, hk_err *err)
{
	hk_typday def[4];
	const hk_typday *d = in->days;
	size_t nd = in->nd, cap, i;
	hk_status st;
	if (nd == 0) {
		hk_climate c = {q->city ? q->city->t_heating_c : NAN, q->city ? q->city->t_winter_ac_c : NAN,
				q->city ? q->city->heating_days : NAN, q->city ? q->city->t_mean_heating_c : NAN};
		if ((st = hk_typdays_default(&c, def, &nd, err)) != HK_OK)
			return st;
		d = def;
		p->default_days = 1;
	}
	if (hk_profile_steps_per_day(in->dt_h) == 0)
		return hk_fail(err, HK_EINVAL, "--dt (%g): expected a step that divides 24 h", in->dt_h);
	cap = nd * hk_profile_steps_per_day(in->dt_h);
	if (!(p->steps = malloc(cap * sizeof *p->steps)) || names(p, nd, err) != HK_OK)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	if ((st = hk_profile_typdays(run->b, run->nb, d, nd, po, p->steps, cap, &p->n, err)) != HK_OK)
		return st;
	for (i = 0; i < nd; i++)
		if (!(p->dayname[i] = strdup(d[i].name)))
			return hk_fail(err, HK_ENOMEM, "out of memory");
	p->straddle = straddle(run, in->dt_h);
	return HK_OK;
}

hk_status hk_lc_profile_run(const hk_lc_request *q, const hk_lc_run *run, const hk_lc_profile_in *in,
			    hk_lc_profile *p, hk_err *err)
{
	hk_profile_opts po = hk_profile_opts_default(q->t_design_c);
	hk_status st;
	size_t i;
	memset(p, 0, sizeof *p);
	po.dt_h = in->dt_h;
	po.day_start_h = q->day_start_h;
	po.day_end_h = q->day_end_h;
	st = in->nh ? hourly(run, in, &po, p, err) : typdays(q, run, in, &po, p, err);
	if (st != HK_OK) {
		hk_lc_profile_free(p);
		return st;
	}
	for (i = 0; i < p->n; i++) {
		p->heat_kwh += p->steps[i].load_kw * hk_step_hours(&p->steps[i]) * p->steps[i].days;
		if (i == 0 || p->steps[i].day != p->steps[i - 1].day)
			p->days += p->steps[i].days;
	}
	return HK_OK;
}

/* ---- the monthly profile ---- */

/* the month (0..11) of day of year d (0-based, a year of 365 days) */
static int month_of(long d)
{
	static const int end[12] = {31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
	int m = 0;
	d %= 365;
	if (d < 0)
		d += 365;
	while (d >= end[m])
		m++;
	return m;
}

hk_status hk_lc_monthly_run(const hk_lc_request *q, const hk_lc_run *run, const hk_lc_profile *p,
			    hk_lc_monthly *out, hk_err *err)
{
	double heat[12] = {0}, days[12] = {0};
	size_t i;
	int k;
	memset(out, 0, sizeof *out);
	if (p && p->hourly) {
		/* Σ heat_load_kw·h per month (profile.h: every figure Σ value·hours·days) */
		long last = -1;
		for (i = 0; i < p->n; i++) {
			const hk_step *s = &p->steps[i];
			heat[month_of(s->day)] += s->load_kw * hk_step_hours(s) * s->days;
			if (s->load_kw > 0 && s->day != last) { /* a day with load, once */
				days[month_of(s->day)] += s->days;
				last = s->day;
			}
		}
		out->hourly = 1;
		out->source = "Σ heat_load_kw·h over the month's hours of the hourly profile (--weather, --season; the "
			      "series taken to start on 1 January)";
	} else if (hk_lc_annual(q)) {
		double n = floor(q->city->heating_days + 0.5), total = run->annual_gj / 0.0036;
		long d, start = 14 - (long)floor(n / 2); /* 15 January is day 14 */
		for (d = 0; d < (long)n; d++)
			days[month_of(start + d)] += 1;
		for (k = 0; k < 12; k++) /* CJJ 34-2010 §3.2 per month: Q_m = Q_a·N_m/N */
			heat[k] = total * days[k] / n;
		out->source = "CJJ 34-2010 §3.2 degree-day formula per month, Q_m = Q_a·N_m/N (Q_a with the set-back; "
			      "the season's mean temperature t_a in every month: GB 50736 Appendix A gives no monthly "
			      "means); the N heating days centred on 15 January (toolkit assumption)";
	} else {
		return hk_fail(err, HK_EINVAL, "a monthly profile needs the heating days of a city (--city) or an hourly "
			       "profile (--weather with --profile)");
	}
	for (k = 0; k < 12; k++) {
		int m = (k + 6) % 12; /* July first: the season in one run */
		if (days[m] > 0 || heat[m] > 0) {
			out->m[out->n++] = (hk_lc_month){m + 1, days[m], heat[m]};
			out->total_kwh += heat[m];
		}
	}
	return HK_OK;
}
