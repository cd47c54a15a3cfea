/* bfrun.c - one borefield run: limits, size, temperatures, balance (see bfrun.h). */
#include "bfrun.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* pass err up, after prefix when the failure is that no solution exists */
static hk_status fail_from(hk_err *err, hk_status st, const char *prefix)
{
	if (st == HK_ENOSOL && prefix)
		return hk_err_prefix(err, st, "%s", prefix);
	return st;
}

/* the limits for n boreholes into the design and r->lim */
static void set_limits(const hk_bf_request *q, hk_bf_result *r, size_t n)
{
	hk_bf_limits_eval(&q->limits, q->loads->pk_ext, q->loads->pk_inj, n, r->d.fluid.cp,
			  &r->lim);
	r->d.Tf_min = r->lim.Tf_min;
	r->d.Tf_max = r->lim.Tf_max;
}

/* the band must hold the undisturbed temperature, or no field can work */
static hk_status check_band(const hk_bf_request *q, const hk_bfdesign *d, hk_err *err)
{
	double Tg0 = hk_ground_temperature(&d->ground, d->D, 0);
	if (!(d->Tf_max > d->Tf_min))
		return hk_fail(err, HK_EINVAL, "mean fluid temperature limits %.3f..%.3f C: expected "
			       "minimum < maximum", d->Tf_min, d->Tf_max);
	if (!q->geo_given && !(d->Tf_min < Tg0 && Tg0 < d->Tf_max))
		return hk_fail(err, HK_EINVAL, "mean fluid temperature limits %.3f..%.3f C exclude the "
			       "undisturbed ground temperature %g C: no field can keep the fluid %s the "
			       "ground; expected Tf_min < Tg < Tf_max (check --tg, --tf-min/--tf-max, "
			       "--t-in-min/--t-out-max)", d->Tf_min, d->Tf_max, Tg0,
			       d->Tf_min >= Tg0 ? "warmer than" : "colder than");
	return HK_OK;
}

/*
 * COUNT or LAND: the field.  With a flow the limits depend on the count
 * (dT = peak/(n m cp)): the search is repeated with the limits of the
 * field it found until the count settles, at most 6 rounds.
 */
static hk_status search_field(const hk_bf_request *q, hk_bf_result *r, hk_err *err)
{
	const hk_mload *ml = &q->loads->ml;
	const hk_hload *hl = q->loads->hl.nh ? &q->loads->hl : NULL;
	size_t n_prev = 0;
	for (int it = 0; it < 6; it++) {
		hk_status st;
		if (q->mode == HK_BF_COUNT) {
			hk_count_result cr;
			st = hk_size_count(&r->d, ml, hl, q->method, q->depth, q->spacing, q->max_aspect,
					   q->max_n, r->x, r->y, HK_BF_MAX_N, &cr, err);
			if (st == HK_OK) {
				r->d.n = cr.n;
				r->n1 = cr.n1;
				r->n2 = cr.n2;
				r->sz = cr.sizing;
				r->kind = HK_LAYOUT_RECT;
			}
		} else {
			hk_layout_result lr;
			st = hk_best_layout(&r->d, ml, q->method, q->land_w, q->land_l, q->spacing, r->x,
					    r->y, HK_BF_MAX_N, &lr, err);
			if (st == HK_OK) {
				r->d.n = lr.n;
				r->n1 = lr.n1;
				r->n2 = lr.n2;
				r->sz = lr.sizing;
				r->kind = lr.kind;
			}
		}
		if (st)
			return fail_from(err, st, q->mode == HK_BF_COUNT
					 ? "no number of boreholes meets the limits"
					 : "no layout on the land meets the limits");
		if (!isfinite(q->limits.flow) || r->d.n == n_prev)
			break;
		n_prev = r->d.n;
		set_limits(q, r, r->d.n);
	}
	snprintf(r->layout, sizeof r->layout, "%s %dx%d", hk_layout_name(r->kind), r->n1, r->n2);
	r->H = q->mode == HK_BF_COUNT ? q->depth : r->sz.H;
	return HK_OK;
}

/* DEPTH by the ASHRAE equation: the sizing's limit, year (the method's
 * last, 10) and GHEtool quadrant from the governing season and the
 * yearly load's sign */
static hk_status ashrae_depth(const hk_bf_request *q, hk_bf_result *r, hk_err *err)
{
	hk_ashrae_result *a = &r->ash;
	const hk_hload *hl = &q->loads->hl; /* hourly: the peaks as 6-h means */
	double pe = hl->nh ? hk_ashrae_peak_6h(hl, 0) : q->loads->pk_ext;
	double pi = hl->nh ? hk_ashrae_peak_6h(hl, 1) : q->loads->pk_inj;
	hk_status st = hk_ashrae_size(&r->d, &q->loads->ml, pe, pi, q->spacing, q->spacing_y, a, err);
	a->peak_6h = hl->nh > 0;
	if (st)
		return fail_from(err, st, "no depth meets the temperature limits");
	int hi = a->governs == 1, ext_dom = a->in[a->governs].qy <= 0;
	r->sz.H = r->H = a->H;
	r->sz.limit = hi ? 1 : -1;
	r->sz.quadrant = hi ? (ext_dom ? 1 : 2) : (ext_dom ? 4 : 3);
	r->sz.year = HK_ASHRAE_YEARS;
	r->sz.Rb = a->in[a->governs].Rb;
	r->sz.Tg = r->d.ground.Tg;
	return HK_OK;
}

/* the size: the depth of the given field, the given depth, or the field */
static hk_status size_field(const hk_bf_request *q, hk_bf_result *r, hk_gcache *gc,
			    hk_err *err)
{
	hk_status st;
	if (q->mode == HK_BF_COUNT || q->mode == HK_BF_LAND) {
		if (!(r->x = calloc(2 * HK_BF_MAX_N, sizeof *r->x)))
			return hk_fail(err, HK_ENOMEM, "out of memory");
		r->y = r->x + HK_BF_MAX_N;
		r->d.x = r->x;
		r->d.y = r->y;
		st = search_field(q, r, err);
		hk_gcache_init(gc, &r->d);
		return st;
	}
	snprintf(r->layout, sizeof r->layout, "%s", q->field_txt ? q->field_txt : "");
	hk_gcache_init(gc, &r->d);
	if (q->mode == HK_BF_FIXED) {
		r->H = q->depth;
		return HK_OK;
	}
	if (q->ashrae)
		return ashrae_depth(q, r, err);
	st = hk_size_depth(&r->d, &q->loads->ml, q->loads->hl.nh ? &q->loads->hl : NULL, q->method,
			   gc, &r->sz, err);
	if (st)
		return fail_from(err, st, "no depth meets the temperature limits");
	r->H = r->sz.H;
	return HK_OK;
}

/* at a fixed depth: the extremes as the sizing's, and when they break a
 * limit the auxiliary cooler / heater that keeps it, sized on the loads
 * the limits were checked on (hourly under L4) */
static hk_status fixed_depth(const hk_bf_request *q, hk_bf_result *r, hk_gcache *gc,
			     hk_err *err)
{
	const hk_bfdesign *d = &r->d;
	r->sz.H = r->H;
	r->sz.Tf_max = r->T.Tf_max;
	r->sz.Tf_min = r->T.Tf_min;
	r->sz.Rb = r->T.Rb;
	r->sz.Tg = r->T.Tg;
	r->within = r->T.Tf_max <= d->Tf_max + 1e-9 && r->T.Tf_min >= d->Tf_min - 1e-9;
	if (r->within)
		return HK_OK;
	hk_status st = hk_hybrid_size(d, &q->loads->ml, q->method == HK_L4 ? &q->loads->hl : NULL,
				      r->H, gc, &r->hy, err);
	if (st)
		return fail_from(err, st, "no auxiliary capacity keeps the field within the limits");
	return HK_OK;
}

/* the summary's limiting condition, in words */
static void limit_text(const hk_bf_request *q, hk_bf_result *r)
{
	const hk_bfdesign *d = &r->d;
	const hk_sizing *sz = &r->sz;
	const hk_temps *T = &r->T;
	char *txt = r->limit_txt, mo[16];
	size_t cap = sizeof r->limit_txt;
	if (q->mode == HK_BF_FIXED) {
		int hi = T->Tf_max > d->Tf_max + 1e-9, lo = T->Tf_min < d->Tf_min - 1e-9;
		size_t per = q->method == HK_L4 ? 8760 : 12, ii = hi ? T->i_max : T->i_min;
		if (!hi && !lo)
			snprintf(txt, cap, "within the limits at %.2f m (%.3f..%.3f C)", r->H,
				 T->Tf_min, T->Tf_max);
		else
			snprintf(txt, cap, "%s%s broken at %.2f m: Tf %.3f C %s the limit %.3f C "
				 "in year %zu (auxiliary capacity below)", hi ? "maximum" : "minimum",
				 hi && lo ? " and minimum" : "", r->H, hi ? T->Tf_max : T->Tf_min,
				 hi ? "above" : "below", hi ? d->Tf_max : d->Tf_min, ii / per + 1);
	} else if (q->mode == HK_BF_COUNT) {
		snprintf(txt, cap, "%s mean fluid temperature %.3f C binds: %zu boreholes "
			 "need %.2f m (year %d, GHEtool quadrant %d); at --depth %.2f m Tf stays within "
			 "%.3f..%.3f C", sz->limit > 0 ? "maximum" : "minimum",
			 sz->limit > 0 ? d->Tf_max : d->Tf_min, d->n, sz->H, sz->year, sz->quadrant, r->H,
			 T->Tf_min, T->Tf_max);
	} else if (q->ashrae) {
		const hk_ashrae_result *a = &r->ash;
		int g = a->governs;
		snprintf(txt, cap, "%s mean fluid temperature %.3f C, the %s season (ASHRAE: 10-year, "
			 "1-month and 6-hour pulses, Tp %.3f K): %.1f m; the %s season needs %.1f m",
			 g ? "maximum" : "minimum", g ? d->Tf_max : d->Tf_min, g ? "cooling" : "heating",
			 a->len[g].Tp, a->len[g].L, g ? "heating" : "cooling", a->len[!g].L);
	} else {
		static const char *const quad[] = {
			"", "maximum temperature, extraction-dominated field",
			"maximum temperature, injection-dominated field",
			"minimum temperature, injection-dominated field",
			"minimum temperature, extraction-dominated field"};
		snprintf(txt, cap, "%s mean fluid temperature %.3f C, year %d%s%s "
			 "(GHEtool quadrant %d: %s)", sz->limit > 0 ? "maximum" : "minimum",
			 sz->limit > 0 ? d->Tf_max : d->Tf_min, sz->year, sz->month ? ", month " : "",
			 sz->month ? (snprintf(mo, sizeof mo, "%d", sz->month), mo) : "", sz->quadrant,
			 sz->quadrant >= 1 && sz->quadrant <= 4 ? quad[sz->quadrant] : "");
	}
}

/* at the size: the months, the auxiliaries (FIXED), the balance */
static hk_status at_size(const hk_bf_request *q, hk_bf_result *r, hk_gcache *gc, hk_err *err)
{
	hk_status st;
	r->nrow = (size_t)12 * r->d.years;
	if (!(r->tb = calloc(4 * r->nrow, sizeof *r->tb)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	r->tf = r->tb + r->nrow;
	r->tf_ext = r->tb + 2 * r->nrow;
	r->tf_inj = r->tb + 3 * r->nrow;
	hk_progress_report(r->d.progress, 0, 0, "fluid temperatures over the years");
	if ((st = hk_temps_monthly(&r->d, &q->loads->ml, &q->loads->hl, q->method, r->H, gc, r->tb,
				   r->tf, r->tf_ext, r->tf_inj, &r->T, err)))
		return fail_from(err, st, NULL);
	r->within = 1;
	if (q->mode == HK_BF_FIXED && (st = fixed_depth(q, r, gc, err)))
		return st;
	hk_progress_report(r->d.progress, 0, 0, "thermal balance");
	if ((st = hk_thermal_balance(&r->d, &q->loads->ml, r->H, gc, &r->bal, err)))
		return fail_from(err, st, NULL);
	limit_text(q, r);
	r->g_computed = gc->computed;
	r->g_last = gc->last_acc;
	return HK_OK;
}

hk_status hk_borefield_run(const hk_bf_request *q, hk_bf_result *r, hk_err *err)
{
	memset(r, 0, sizeof *r);
	r->d = q->d;
	/* a field still to be found (COUNT, LAND) starts from the limits of the
	 * largest searched, whose dT with a flow is the smallest: the search
	 * then repeats with the limits of each field it finds (search_field).
	 * One borehole carrying the whole peak gave a dT of tens of K and a
	 * band that excluded the ground. */
	set_limits(q, r, r->d.n ? r->d.n : q->mode == HK_BF_COUNT && q->max_n ? q->max_n : HK_BF_MAX_N);
	hk_status st = check_band(q, &r->d, err);
	if (st)
		return st;
	hk_gcache *gc = malloc(sizeof *gc); /* tables of the field at its depths */
	if (!gc)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	/* the field's geometry, kept for its tables at every depth (NULL when
	 * out of memory: then computed for each) */
	r->d.gopts.prep = hk_gprep_new();
	if (!(st = size_field(q, r, gc, err)))
		st = at_size(q, r, gc, err);
	free(gc);
	hk_gprep_free(r->d.gopts.prep);
	r->d.gopts.prep = NULL;
	if (st)
		hk_bf_result_free(r);
	return st;
}

void hk_bf_result_free(hk_bf_result *r)
{
	free(r->x);
	free(r->tb);
	r->x = r->y = r->tb = r->tf = r->tf_ext = r->tf_inj = NULL;
}
