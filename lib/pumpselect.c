/* pumpselect.c - candidate evaluation and ranking, and the selection
 * (see pumpselect.h). */
#include "pumpselect.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

hk_status hk_pumpsel_eval(const hk_pump_curve *c, const hk_pumpsel_duty *d,
			  hk_pumpsel_cand *o, hk_err *err)
{
	double q_each, h_have, shaft = NAN;
	unsigned f = 0;
	hk_err e2;

	if (!c || !d || !o || d->n_duty < 1 || !(d->flow_m3h > 0) || !(d->head_m > 0) ||
	    !(d->drive_eff > 0 && d->drive_eff <= 1) || !(d->motor_margin >= 1))
		return hk_fail(err, HK_EINVAL,
			       "pump selection: expected a curve, >= 1 duty pump, flow > 0, head > 0, "
			       "drive efficiency in (0, 1] and motor margin >= 1");
	memset(o, 0, sizeof *o);
	o->motor_kw = o->vs_input_kw = o->fixed_input_kw = NAN;

	/* full speed on the system curve */
	if (hk_pump_operate(c, d->n_duty, 1.0, &d->sys, &o->full, &e2) == HK_OK) {
		o->full_ok = 1;
		o->reach_m3h = o->full.flow_m3h;
		o->flags |= o->full.flags;
	}

	q_each = d->flow_m3h / d->n_duty;
	h_have = hk_pump_head(c, q_each, &f);
	if (q_each > c->q_hi * (1 + 1e-9)) {
		snprintf(o->why, sizeof o->why,
			 "%.5g m3/h per pump is beyond the catalog's last point (%.5g m3/h)",
			 q_each, c->q_hi);
	} else if (q_each < c->q_lo * (1 - 1e-9)) {
		snprintf(o->why, sizeof o->why,
			 "%.5g m3/h per pump is left of the curve's stable range (from %.5g m3/h)",
			 q_each, c->q_lo);
	} else if (h_have < d->head_m * (1 - 1e-9)) {
		snprintf(o->why, sizeof o->why, "gives %.5g m at %.5g m3/h per pump, below %.5g m",
			 h_have, q_each, d->head_m);
	} else {
		o->meets = 1;
	}
	if (!o->meets)
		return HK_OK;

	if (hk_pump_speed_for_duty(c, d->n_duty, d->flow_m3h, d->head_m, 1.0, d->sys.rho_kg_m3,
				   &o->vs, &e2) == HK_OK) {
		o->vs_ok = 1;
		o->flags |= o->vs.flags;
		o->vs_input_kw = d->n_duty * hk_pump_input_kw(c, &o->vs, d->drive_eff);
	}
	hk_pump_at(c, d->n_duty, 1.0, d->flow_m3h, d->sys.rho_kg_m3, &o->fixed, NULL);
	o->fixed_input_kw = d->n_duty * hk_pump_input_kw(c, &o->fixed, d->drive_eff);

	/* motor: the largest shaft power it sees, full-speed run-out or duty */
	if (o->full_ok && isfinite(o->full.shaft_kw))
		shaft = o->full.shaft_kw;
	if (isfinite(o->fixed.shaft_kw) && !(shaft >= o->fixed.shaft_kw))
		shaft = o->fixed.shaft_kw;
	if (isfinite(shaft) && shaft > 0 &&
	    hk_motor_size(shaft, d->motor_margin, &o->motor_kw, &o->motor_src, NULL) != HK_OK)
		o->motor_kw = NAN;
	return HK_OK;
}

void hk_pump_flags_text(unsigned flags, char *buf, size_t sz)
{
	static const struct {
		unsigned bit;
		const char *text;
	} t[] = {
		{HK_PUMP_F_BELOW_RANGE, "below the catalog's flow range (extrapolated)"},
		{HK_PUMP_F_ABOVE_RANGE, "beyond the catalog's last point (extrapolated)"},
		{HK_PUMP_F_NO_EFF, "no efficiency or power data"},
		{HK_PUMP_F_EFF_FROM_P1, "efficiency is wire-to-water (from P1)"},
		{HK_PUMP_F_EFF_FROM_P2, "efficiency from shaft power P2"},
		{HK_PUMP_F_BELOW_NMIN, "below minimum speed (throttled)"},
		{HK_PUMP_F_DROOP, "drooping curve (hump left of the range)"},
		{HK_PUMP_F_FIT_RISES, "quadratic fit rises with flow (poor fit)"},
	};
	size_t i, o = 0;

	if (sz)
		buf[0] = '\0';
	for (i = 0; i < sizeof t / sizeof t[0]; i++)
		if (flags & t[i].bit) {
			int k = snprintf(buf + o, sz > o ? sz - o : 0, "%s%s", o ? "; " : "", t[i].text);
			if (k > 0)
				o += (size_t)k;
			if (o >= sz)
				return;
		}
}

void hk_pump_group_names(const hk_pump_group *g, unsigned mask, char *buf, size_t sz)
{
	size_t o = 0;
	int i;
	if (sz)
		buf[0] = '\0';
	for (i = 0; i < g->n; i++)
		if (mask & (1u << i)) {
			int k = snprintf(buf + o, sz > o ? sz - o : 0, "%s%s", o ? "+" : "", g->pump[i]->name);
			if (k > 0)
				o += (size_t)k;
			if (o >= sz)
				return;
		}
}

/* a candidate's place: its tier (0 meets with a value, 1 meets without
 * one, 2 does not meet), its key in the tier's order (smaller first),
 * its index (ties keep the input order: a stable sort) */
struct rank_key {
	int tier, idx;
	double key;
};

static int cmp_rank(const void *pa, const void *pb)
{
	const struct rank_key *a = pa, *b = pb;
	if (a->tier != b->tier)
		return a->tier < b->tier ? -1 : 1;
	if (a->tier == 0 && a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* stable ranking, NaN/non-meeting last; n log n (the insertion sort
 * before it took seconds on a catalog of 20 000 pumps, issue 18) */
hk_status hk_pumpsel_rank(hk_rank_mode mode, int n, hk_ps_cand *c, double years,
			  double discount, int *order, hk_err *err)
{
	int i;
	double pwf = 0;
	struct rank_key *k;

	if (n < 0 || (n > 0 && (!c || !order)))
		return hk_fail(err, HK_EINVAL, "ranking: no candidates or no output");
	if (mode == HK_RANK_LCC) {
		if (!(years > 0) || !(discount >= 0 && discount < 1))
			return hk_fail(err, HK_EINVAL, "ranking by LCC: expected life > 0, 0 <= discount < 1");
		/* present worth of a uniform series (HI & Europump 2001) */
		pwf = discount == 0 ? years : (1 - pow(1 + discount, -years)) / discount;
	}
	if (n == 0)
		return HK_OK;
	if (!(k = malloc((size_t)n * sizeof *k)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	for (i = 0; i < n; i++) {
		hk_pumpsel_score *s = &c[i].score;
		/* LCC = price + annual yuan * PWF (HI & Europump 2001) */
		double v = mode == HK_RANK_LCC ? s->price_yuan + s->annual_yuan * pwf
			 : mode == HK_RANK_ENERGY ? s->annual : s->eff;
		s->key = s->meets ? v : NAN;
		/* tiers: meets with a value, meets without one, does not meet */
		k[i].tier = !s->meets ? 2 : isnan(s->key) ? 1 : 0;
		k[i].key = mode == HK_RANK_EFF ? -s->key : s->key; /* efficiency: highest first */
		k[i].idx = i;
	}
	qsort(k, (size_t)n, sizeof *k, cmp_rank);
	for (i = 0; i < n; i++)
		order[i] = k[i].idx;
	free(k);
	return HK_OK;
}

/* ---- the selection ------------------------------------------------------ */

void hk_ps_result_free(hk_ps_result *r)
{
	int k;
	free(r->cand);
	free(r->order);
	free(r->steps);
	for (k = 0; k < HK_PS_NMODES; k++)
		free(r->out[k]);
	memset(r, 0, sizeof *r);
}

/* what the catalog's power column is (a power basis left unknown is taken
 * as shaft power: conservative for energy, EHR and motor) */
static hk_pump_power_kind power_kind(const hk_pump_model *m, int *unknown)
{
	*unknown = 0;
	if (!m->npts || isnan(m->pts[0].power_kw))
		return HK_PUMP_POWER_NONE;
	if (m->power_basis == HK_POWER_INPUT)
		return HK_PUMP_POWER_P1;
	if (m->power_basis == HK_POWER_UNKNOWN)
		*unknown = 1;
	return HK_PUMP_POWER_P2;
}

/* the arrays, and every catalog curve fitted */
static hk_status fit_curves(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	size_t ns = q->nsteps ? q->nsteps : 1;
	int i, k;

	r->n = (int)q->cat->n;
	r->cand = calloc(q->cat->n ? q->cat->n : 1, sizeof *r->cand);
	r->order = calloc(q->cat->n ? q->cat->n : 1, sizeof *r->order);
	r->steps = calloc(ns, sizeof *r->steps);
	for (k = 0; k < HK_PS_NMODES; k++)
		r->out[k] = calloc(ns, sizeof *r->out[k]);
	if (!r->cand || !r->order || !r->steps || !r->out[0] || !r->out[1] || !r->out[2])
		return hk_fail(err, HK_ENOMEM, "out of memory");
	for (i = 0; i < r->n; i++) {
		const hk_pump_model *m = &q->cat->m[i];
		hk_ps_cand *c = &r->cand[i];
		hk_pump_power_kind pk = power_kind(m, &c->power_unknown);
		unsigned opts = m->hump > 0 ? HK_PUMP_ALLOW_DROOP : 0;
		hk_status st;
		c->model = m;
		if (m->npts > HK_PUMP_MAXPTS)
			return hk_fail(err, HK_EINVAL, "%s: pump %s has %zu points: at most %d",
				       q->cat_file, m->model, m->npts, HK_PUMP_MAXPTS);
		if ((st = hk_pump_curve_fit(&c->curve, m->model, m->pts, (int)m->npts, q->fit, pk, opts,
					    err)) != HK_OK)
			return hk_err_locate(err, st, q->cat_file, m->line, 0);
	}
	return HK_OK;
}

/* the profile's steps: flow from the heat load, the price of each step */
static hk_status profile_steps(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	size_t i;
	r->nsteps = q->nsteps;
	for (i = 0; i < q->nsteps; i++) {
		const hk_ps_step *s = &q->steps[i];
		hk_pump_step *o = &r->steps[i];
		double price = s->price_yuan_kwh;
		o->flow_m3h = s->flow_m3h;
		if (isnan(o->flow_m3h) &&
		    hk_pump_flow_from_load(s->load_kw, q->dt_k, 1.0, &o->flow_m3h, err) != HK_OK)
			return err ? err->code : HK_EINVAL;
		if (isnan(price))
			price = q->tariff ? hk_tariff_mean_price(q->tariff, s->start_h, s->start_h + s->hours)
					  : q->price_kwh;
		o->hours = s->hours;
		o->days = s->days;
		o->price_yuan_kwh = isfinite(price) ? price : 0;
	}
	return HK_OK;
}

/* the design flow and head, and the system curve through them */
static hk_status design_point(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	hk_pumpsel_duty *d = &r->duty;
	double flow = q->flow_m3h, head = q->head_m;
	hk_status st;
	size_t i;

	if (isfinite(flow)) {
		snprintf(r->flow_src, sizeof r->flow_src, "--flow");
	} else if (isfinite(q->load_kw)) {
		if (!(q->dt_k > 0))
			return hk_fail(err, HK_EINVAL, "--load needs --dt K (G = 0.86*Q/dT)");
		if ((st = hk_pump_flow_from_load(q->load_kw, q->dt_k, q->flow_margin, &flow, err)) != HK_OK)
			return hk_err_prefix(err, st, "--load/--dt/--flow-margin");
		snprintf(r->flow_src, sizeof r->flow_src,
			 "G = 0.86*Q/dT x %g (0.86 = 3600/4187, water; standards-notes §4.1 [SRC])",
			 q->flow_margin);
	} else if (q->nsteps) {
		flow = 0;
		for (i = 0; i < r->nsteps; i++)
			if (r->steps[i].flow_m3h > flow)
				flow = r->steps[i].flow_m3h;
		flow *= q->flow_margin;
		snprintf(r->flow_src, sizeof r->flow_src, "the profile's largest flow x %g", q->flow_margin);
	} else {
		return hk_fail(err, HK_EINVAL,
			       "give the design flow: --flow M3H, or --load KW with --dt K, or a profile");
	}
	if (!(flow > 0))
		return hk_fail(err, HK_EINVAL, "design flow %g m3/h: expected a flow > 0", flow);
	if (q->pipes) {
		double h;
		if (!(q->rough_mm >= 0) || !(q->nu_m2s > 0))
			return hk_fail(err, HK_EINVAL, "--roughness %g mm, --nu %g m2/s: expected a "
				       "roughness >= 0 and a viscosity > 0", q->rough_mm, q->nu_m2s);
		r->rough_mm = q->rough_mm;
		r->nu_m2s = q->nu_m2s;
		if ((st = hk_pipe_run_head(q->pipes, q->npipes, flow, flow, r->rough_mm / 1000, r->nu_m2s,
					   &h, err)) != HK_OK)
			return hk_err_locate(err, st, q->pipes_name, 0, 0);
		/* the run's loss at the design flow plus the static head; the system
		 * curve is then taken as quadratic through it (friction factor held) */
		head = q->static_m + h;
	}
	if ((st = hk_pump_system_from_duty(&d->sys, q->static_m, flow, head, HK_PUMP_RHO_WATER, err)) != HK_OK)
		return hk_err_prefix(err, st, "--head/--static");
	d->flow_m3h = flow;
	d->head_m = head;
	d->n_duty = q->n_duty;
	d->drive_eff = q->drive_eff;
	d->motor_margin = q->motor_margin;
	return HK_OK;
}

/* a candidate's annual energy and cost: over the profile, or its input
 * power at the duty x --hours (the power itself without hours) */
static void annual_energy(const hk_ps_request *q, hk_ps_result *r, hk_ps_cand *c)
{
	hk_pumpsel_score *s = &c->score;
	if (r->nsteps) {
		hk_pump_energy en;
		hk_status st = q->variable
			? hk_pump_energy_variable(&c->curve, q->n_duty, &r->duty.sys, q->speed_min,
						  q->drive_eff, r->steps, (int)r->nsteps, NULL, &en, NULL)
			: hk_pump_energy_fixed(&c->curve, q->n_duty, &r->duty.sys, q->drive_eff,
					       r->steps, (int)r->nsteps, NULL, &en, NULL);
		if (st == HK_OK) {
			s->annual = en.kwh;
			s->annual_yuan = r->have_yuan ? en.yuan : NAN;
		}
	} else {
		double p = q->variable ? c->at.vs_input_kw : c->at.fixed_input_kw;
		s->annual = isfinite(q->hours) ? p * q->hours : p;
		s->annual_yuan = isfinite(q->hours) && r->have_yuan ? s->annual * r->price_kwh : NAN;
	}
}

/* a pump meeting the duty whose catalog power contradicts rho g Q H/eta by
 * more than 10 % (catalog.h): never selected silently.  Skipped, counted
 * and named, unless --model names it (then used, with a warning). */
static void skip_flagged(const hk_ps_request *q, hk_ps_result *r, hk_ps_cand *c)
{
	size_t o = strlen(r->flagged);
	if (!c->at.meets || !(c->model->cat_flags & HK_PUMP_CAT_POWER_CONTRADICTS))
		return;
	if (q->model) { /* only --model is left meeting the duty */
		r->model_flagged = 1;
		return;
	}
	c->at.meets = 0;
	snprintf(c->at.why, sizeof c->at.why, "catalog flag power_contradicts: its power contradicts "
		 "rho g Q H / eta by more than 10 %% (select it only by --model)");
	r->n_flagged++;
	if (o < sizeof r->flagged)
		snprintf(r->flagged + o, sizeof r->flagged - o, "%s%s", o ? ", " : "", c->model->model);
}

/* every pump at the duty: meets it, its price and energy */
static hk_status evaluate(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	int i;
	r->have_yuan = q->tariff || isfinite(q->price_kwh) || (q->nsteps && q->profile_has_price);
	r->have_energy = q->nsteps > 0 || isfinite(q->hours);
	r->price_kwh = q->price_kwh;
	if (!q->nsteps && q->tariff && !isfinite(q->price_kwh))
		r->price_kwh = hk_tariff_mean_price(q->tariff, 0, 24);
	for (i = 0; i < r->n; i++) {
		hk_ps_cand *c = &r->cand[i];
		hk_pumpsel_score *s = &c->score;
		if (hk_pumpsel_eval(&c->curve, &r->duty, &c->at, err) != HK_OK)
			return err ? err->code : HK_EINVAL;
		if (q->model && strcmp(c->model->model, q->model) != 0)
			c->at.meets = 0;
		skip_flagged(q, r, c);
		s->meets = c->at.meets;
		s->price_yuan = c->model->price_yuan * (q->n_duty + q->n_standby);
		s->eff = c->at.vs_ok ? c->at.vs.eff : NAN;
		s->annual = s->annual_yuan = NAN;
		if (!s->meets)
			continue;
		r->n_meet++;
		if (isnan(s->price_yuan))
			r->prices_missing++;
		annual_energy(q, r, c);
	}
	return HK_OK;
}

/* no pump meets the duty: say what the nearest pumps reach, largest reach first */
static hk_status nothing_meets(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	const hk_pumpsel_duty *d = &r->duty;
	char buf[1200];
	int i, k, shown = 0, *o = r->order;
	size_t off;
	for (i = 0; i < r->n; i++) {
		int t = i;
		for (k = i; k > 0 && r->cand[o[k - 1]].at.reach_m3h < r->cand[t].at.reach_m3h; k--)
			o[k] = o[k - 1];
		o[k] = t;
	}
	off = (size_t)snprintf(buf, sizeof buf,
			       "no pump in %s meets %.4g m3/h at %.3g m with %d duty pump%s; nearest:",
			       q->cat_name, d->flow_m3h, d->head_m, q->n_duty, q->n_duty == 1 ? "" : "s");
	for (k = 0; k < r->n && shown < 3 && off < sizeof buf; k++) {
		const hk_ps_cand *c = &r->cand[o[k]];
		if (c->at.reach_m3h > 0)
			off += (size_t)snprintf(buf + off, sizeof buf - off,
						"%s %d x %s reach %.4g m3/h at %.3g m on the system%s (%s)",
						shown ? ";" : "", q->n_duty, c->model->model,
						c->at.reach_m3h, c->at.full.head_m,
						c->at.full.flags & HK_PUMP_F_ABOVE_RANGE ? ", extrapolated" : "",
						c->at.why);
		else
			off += (size_t)snprintf(buf + off, sizeof buf - off, "%s %s: %s",
						shown ? ";" : "", c->model->model, c->at.why);
		shown++;
	}
	return hk_fail(err, HK_ENOSOL, "%s", buf);
}

/* --model must meet the duty; some pump must */
static hk_status check_meets(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	if (q->model) {
		const hk_pump_model *m;
		const hk_ps_cand *c;
		if (hk_pump_catalog_find(q->cat, q->model, &m, err) != HK_OK)
			return err ? err->code : HK_ENOTFOUND;
		c = &r->cand[m - q->cat->m];
		if (!c->at.meets)
			return hk_fail(err, HK_ENOSOL,
				       "--model %s: %d in parallel do not meet %.4g m3/h at %.3g m: %s",
				       m->model, q->n_duty, r->duty.flow_m3h, r->duty.head_m, c->at.why);
	}
	return r->n_meet ? HK_OK : nothing_meets(q, r, err);
}

/* ranking: LCC needs every price and an electricity price; else energy */
static hk_status rank(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	hk_status st;

	r->rank = q->rank;
	if (q->rank == HK_RANK_EFF) {
		snprintf(r->rank_by, sizeof r->rank_by, "efficiency at the duty (highest first)");
	} else if (q->rank == HK_RANK_LCC && !r->prices_missing && r->have_yuan && r->have_energy) {
		snprintf(r->rank_by, sizeof r->rank_by, "life-cycle cost");
	} else {
		const char *base = r->have_energy ? "annual energy"
						  : "input power at the duty (no profile or --hours)";
		const char *why = q->rank == HK_RANK_ENERGY ? ""
				  : r->prices_missing ? "; life-cycle cost needs pump prices: missing in the catalog"
				  : !r->have_yuan ? "; life-cycle cost needs an electricity price: give --tariff or --price-kwh"
						  : "; life-cycle cost needs annual energy";
		snprintf(r->rank_by, sizeof r->rank_by, "%s%s", base, why);
		r->rank = HK_RANK_ENERGY;
	}
	if ((st = hk_pumpsel_rank(r->rank, r->n, r->cand, q->life_years, q->discount, r->order, err)) != HK_OK)
		return hk_err_prefix(err, st, "ranking");
	r->chosen = r->order[0];
	return HK_OK;
}

/* the staged group of --group (models separated by commas), and where it
 * runs at the design flow */
static hk_status make_group(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	const hk_pump_curve *gp[HK_GROUP_MAX];
	int n_group = 0;
	hk_status st;
	char *list = strdup(q->group), *tok, *save = NULL;
	if (!list)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	for (tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		const hk_pump_model *m;
		while (*tok == ' ')
			tok++;
		if (n_group == HK_GROUP_MAX) {
			free(list);
			return hk_fail(err, HK_EINVAL, "--group: at most %d pumps", HK_GROUP_MAX);
		}
		if (hk_pump_catalog_find(q->cat, tok, &m, err) != HK_OK) {
			free(list);
			return err ? err->code : HK_ENOTFOUND;
		}
		gp[n_group++] = &r->cand[m - q->cat->m].curve;
		if (m->cat_flags & HK_PUMP_CAT_POWER_CONTRADICTS) { /* named: used, said */
			size_t o = strlen(r->group_flagged);
			snprintf(r->group_flagged + o, sizeof r->group_flagged - o, "%s%s", o ? ", " : "",
				 m->model);
		}
	}
	free(list);
	if (n_group < 1)
		return hk_fail(err, HK_EINVAL, "--group: expected pump models separated by commas");
	if ((st = hk_pump_group_init(&r->group, gp, n_group, q->speed_min, 1.0, &r->duty.sys, err)) != HK_OK)
		return hk_err_prefix(err, st, "--group");
	r->has_group = 1;
	return HK_OK;
}

/* one step without energy data: which pumps run and at what speed */
static hk_status speeds_only(const hk_ps_request *q, hk_ps_result *r, size_t i, hk_err *err)
{
	const hk_pump_curve *c = &hk_ps_chosen(r)->curve;
	const hk_pump_system *sys = &r->duty.sys;
	double flow = r->steps[i].flow_m3h;
	hk_status st = HK_OK;
	if (!r->en_ok[HK_PS_VARIABLE]) {
		hk_pump_step_out *vs = &r->out[HK_PS_VARIABLE][i];
		hk_pump_op po;
		r->out[HK_PS_FIXED][i].input_kw = vs->input_kw = NAN;
		if (flow > 0 && (st = hk_pump_speed_for_duty(c, q->n_duty, flow, hk_pump_system_head(sys, flow),
							      1.0, sys->rho_kg_m3, &po, err)) == HK_OK) {
			vs->speed = po.speed;
			vs->flags = po.flags & ~(unsigned)HK_PUMP_F_NO_EFF;
		}
	}
	if (r->has_group && !r->en_ok[HK_PS_STAGED] && st == HK_OK) {
		hk_pump_step_out *so = &r->out[HK_PS_STAGED][i];
		hk_pump_group_op go;
		if ((st = hk_pump_group_step(&r->group, sys, flow, q->drive_eff, &go, err)) == HK_OK) {
			so->running = go.running;
			so->speed = go.speed;
			so->input_kw = NAN;
			so->flags = go.flags & ~(unsigned)HK_PUMP_F_NO_EFF;
		}
	}
	return st;
}

/* the chosen pumps over the profile, three ways; without efficiency or
 * power data only which pumps run and at what speed */
static hk_status over_profile(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	const hk_pump_curve *c = &hk_ps_chosen(r)->curve;
	const hk_pump_system *sys = &r->duty.sys;
	int n = (int)r->nsteps, k;
	hk_status st = HK_OK;
	size_t i;

	r->en_ok[HK_PS_FIXED] = r->en_ok[HK_PS_VARIABLE] = c->has_eff || c->has_power;
	r->en_ok[HK_PS_STAGED] = r->has_group;
	for (k = 0; r->has_group && k < r->group.n; k++)
		if (!r->group.pump[k]->has_eff && !r->group.pump[k]->has_power)
			r->en_ok[HK_PS_STAGED] = 0;
	if (r->en_ok[HK_PS_FIXED])
		st = hk_pump_energy_fixed(c, q->n_duty, sys, q->drive_eff, r->steps, n,
					  r->out[HK_PS_FIXED], &r->en[HK_PS_FIXED], err);
	if (st == HK_OK && r->en_ok[HK_PS_VARIABLE])
		st = hk_pump_energy_variable(c, q->n_duty, sys, q->speed_min, q->drive_eff, r->steps, n,
					     r->out[HK_PS_VARIABLE], &r->en[HK_PS_VARIABLE], err);
	if (st == HK_OK && r->en_ok[HK_PS_STAGED])
		st = hk_pump_energy_staged(&r->group, sys, q->drive_eff, r->steps, n,
					   r->out[HK_PS_STAGED], &r->en[HK_PS_STAGED], err);
	for (i = 0; st == HK_OK && i < r->nsteps; i++)
		if ((st = speeds_only(q, r, i, err)) != HK_OK)
			hk_err_prefix(err, st, "profile step %zu", i + 1);
	if (st != HK_OK)
		return hk_err_locate(err, st, q->profile_name, 0, 0);
	return HK_OK;
}

/* the design heat load Q for EHR-h: --load, else the heat the design flow
 * carries before any margin, Q = G dT / 0.86 */
static double ehr_load(const hk_ps_request *q, hk_ps_result *r)
{
	double g = r->duty.flow_m3h;
	size_t i;
	if (isfinite(q->load_kw)) {
		snprintf(r->ehr_load_src, sizeof r->ehr_load_src, "--load");
		return q->load_kw;
	}
	if (!isfinite(q->flow_m3h) && r->nsteps) {
		for (g = 0, i = 0; i < r->nsteps; i++)
			g = fmax(g, r->steps[i].flow_m3h);
		snprintf(r->ehr_load_src, sizeof r->ehr_load_src, "Q = rho c G dT = G dT/0.86 with G the "
			 "profile's largest flow (its largest heat load; 0.86 = 3600/4187, standards-notes "
			 "§4.1 [SRC])");
	} else {
		snprintf(r->ehr_load_src, sizeof r->ehr_load_src, "Q = rho c G dT = G dT/0.86 at the design "
			 "flow (0.86 = 3600/4187, standards-notes §4.1 [SRC])");
	}
	return hk_pump_load_from_flow(g, q->dt_k);
}

/* EHR-h of the duty pumps at the design point (GB 50189-2015 §4.3.3 /
 * GB 50736-2012 §8.11.13), and its limit when the main length is given */
static hk_status ehr(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	const hk_pumpsel_cand *c = &hk_ps_chosen(r)->at;
	hk_ehr_pump ep[16];
	int k;
	r->ehr_eta = isfinite(q->eff) ? q->eff : c->vs_ok ? c->vs.eff : NAN;
	if (!isfinite(r->ehr_eta)) {
		r->ehr_state = HK_PS_EHR_NO_EFF;
		return HK_OK;
	}
	if (q->n_duty > 16)
		return hk_fail(err, HK_EINVAL, "EHR-h: at most 16 duty pumps");
	if (!(q->dt_k > 0)) {
		r->ehr_state = HK_PS_EHR_FAILED;
		snprintf(r->ehr_why, sizeof r->ehr_why, "no design supply/return difference (--dt K)");
		return HK_OK;
	}
	for (k = 0; k < q->n_duty; k++) {
		ep[k].flow_m3h = r->duty.flow_m3h / q->n_duty;
		ep[k].head_m = r->duty.head_m;
		ep[k].eff = r->ehr_eta;
	}
	r->ehr_load_kw = ehr_load(q, r);
	if (isfinite(q->main_len_m)) {
		if (hk_ehr_check(q->edition, ep, q->n_duty, r->ehr_load_kw, q->dt_k, q->main_len_m,
				 &r->ehr, err) != HK_OK)
			return err ? err->code : HK_EINVAL;
		r->ehr_state = HK_PS_EHR_CHECKED;
	} else {
		hk_err e2;
		/* not asked for: a value that cannot be had is said, not fatal */
		r->ehr_state = HK_PS_EHR_NO_LIMIT;
		if (hk_ehr_value(ep, q->n_duty, r->ehr_load_kw, &r->ehr, &e2) != HK_OK) {
			r->ehr_state = HK_PS_EHR_FAILED;
			snprintf(r->ehr_why, sizeof r->ehr_why, "%.290s", e2.what);
		}
	}
	return HK_OK;
}

hk_status hk_pumpselect_run(const hk_ps_request *q, hk_ps_result *r, hk_err *err)
{
	hk_status st;

	memset(r, 0, sizeof *r);
	if (!q || !q->cat || q->n_duty < 1 || q->n_standby < 0 || (q->nsteps && !q->steps) ||
	    (q->pipes && !q->npipes))
		return hk_fail(err, HK_EINVAL, "pump selection: expected a catalog, >= 1 duty pump, "
			       ">= 0 standby pumps, and the steps and pipes counted");
	st = fit_curves(q, r, err);
	if (st == HK_OK)
		st = profile_steps(q, r, err);
	if (st == HK_OK)
		st = design_point(q, r, err);
	if (st == HK_OK)
		st = evaluate(q, r, err);
	if (st == HK_OK)
		st = check_meets(q, r, err);
	if (st == HK_OK)
		st = rank(q, r, err);
	if (st == HK_OK && q->group)
		st = make_group(q, r, err);
	if (st == HK_OK && r->nsteps)
		st = over_profile(q, r, err);
	if (st == HK_OK && r->has_group) {
		hk_err e2;
		r->group_design_st = hk_pump_group_step(&r->group, &r->duty.sys, r->duty.flow_m3h,
							q->drive_eff, &r->group_design, &e2);
		if (r->group_design_st != HK_OK)
			snprintf(r->group_design_why, sizeof r->group_design_why, "%s", e2.what);
	}
	if (st == HK_OK)
		st = ehr(q, r, err);
	if (st != HK_OK)
		hk_ps_result_free(r);
	return st;
}
