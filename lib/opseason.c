/*
 * opseason.c - a plant over a season, run by a strategy (opseason.h).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "opseason.h"

hk_status hk_ops_strategy_parse(const char *name, hk_ops_strategy *s, hk_err *err)
{
	static const char *const words[] = {"curve", "series", "staging", "pumps"};
	char buf[48], *tok, *save = NULL;
	size_t k;
	memset(s, 0, sizeof *s);
	s->lv.arr = HK_ARR_PARALLEL;
	if (strlen(name) >= sizeof s->name || !name[0])
		return hk_fail(err, HK_EINVAL, "strategy (%s): expected conventional, smart, or levers "
			       "curve, series, staging, pumps joined by '+'", name);
	snprintf(s->name, sizeof s->name, "%s", name);
	if (!strcmp(name, "conventional"))
		return HK_OK;
	if (!strcmp(name, "smart")) {
		s->lv.curve = 1, s->lv.arr = HK_ARR_SERIES, s->lv.staging = 1, s->pumps = 1;
		return HK_OK;
	}
	snprintf(buf, sizeof buf, "%s", name);
	for (tok = strtok_r(buf, "+", &save); tok; tok = strtok_r(NULL, "+", &save)) {
		for (k = 0; k < sizeof words / sizeof words[0] && strcmp(tok, words[k]); k++)
			;
		switch (k) {
		case 0: s->lv.curve = 1; break;
		case 1: s->lv.arr = HK_ARR_SERIES; break;
		case 2: s->lv.staging = 1; break;
		case 3: s->pumps = 1; break;
		default:
			return hk_fail(err, HK_EINVAL, "strategy (%s): expected conventional, smart, or levers "
				       "curve, series, staging, pumps joined by '+'", name);
		}
	}
	return HK_OK;
}

hk_status hk_ops_systems(const hk_op_plant *p, const hk_ops_pumps *pu, hk_pump_system *par,
			 hk_pump_system *ser, hk_err *err)
{
	double g = p->units * p->unit_flow_m3h, hs;
	hk_status st;
	if (!(pu->head_m > 0) || !(pu->dp_unit_m >= 0) || !(pu->dp_unit_m < pu->head_m))
		return hk_fail(err, HK_EINVAL, "primary head (%g m) with a unit drop of %g m: expected "
			       "0 <= unit drop < head", pu->head_m, pu->dp_unit_m);
	/* closed loop through the design point: H = S·G², Karassik, Pump Handbook ch. 8 */
	if ((st = hk_pump_system_from_duty(par, 0, g, pu->head_m, HK_PUMP_RHO_WATER, err)) != HK_OK)
		return st;
	/* series: pipes at G/2 lose a quarter (Darcy, square law), each pair two unit drops */
	hs = (pu->head_m - pu->dp_unit_m) / 4 + 2 * pu->dp_unit_m;
	return hk_pump_system_from_duty(ser, 0, g / 2, hs, HK_PUMP_RHO_WATER, err);
}

/* the pumps at flow q: fixed speed throttled, variable speed, or the staged group */
static hk_status pumps_at(const hk_ops_pumps *pu, const hk_pump_group *g, const hk_pump_system *sys,
			  int lever, double q, hk_ops_out *o, unsigned *flags, hk_err *err)
{
	hk_pump_step st = {.flow_m3h = q, .hours = 1, .days = 1, .price_yuan_kwh = 0};
	hk_pump_step_out so;
	hk_pump_energy en;
	hk_status s;
	o->pump_kw = 0, o->pump_speed = 0, o->pumps_running = 0;
	if (!pu || !pu->duty || !(q > 0))
		return HK_OK;
	if (lever && g)
		s = hk_pump_energy_staged(g, sys, pu->drive_eff, &st, 1, &so, &en, err);
	else if (lever)
		s = hk_pump_energy_variable(pu->duty, pu->n_duty, sys, pu->n_min, pu->drive_eff, &st, 1, &so,
					    &en, err);
	else
		s = hk_pump_energy_fixed(pu->duty, pu->n_duty, sys, pu->drive_eff, &st, 1, &so, &en, err);
	if (s != HK_OK)
		return s;
	if (!isfinite(so.input_kw))
		return hk_fail(err, HK_EINVAL, "pump power unknown at %.1f m3/h: expected a pump with power "
			       "or efficiency data", q);
	o->pump_kw = so.input_kw, o->pump_speed = so.speed, o->pumps_running = so.running;
	*flags |= so.flags;
	return HK_OK;
}

/* the units (blocks: single units, or pairs in series) between steps */
typedef struct {
	int nb;                       /* blocks installed */
	int on[HK_OPS_MAX_UNITS];     /* running */
	double t_start[HK_OPS_MAX_UNITS], t_last[HK_OPS_MAX_UNITS];
} units_state;

static void units_reset(units_state *u, int nb)
{
	int k;
	u->nb = nb;
	for (k = 0; k < nb; k++)
		u->on[k] = 0, u->t_start[k] = u->t_last[k] = -INFINITY;
}

/* blocks to run at time t when want are needed: at least those inside their minimum run, at most
 * those running plus those the start limit lets start; then start/stop to that count */
static int units_decide(units_state *u, double t, int want, const hk_ops_request *q, int *starts,
			int *held, int *limited)
{
	int k, n_on = 0, must = 0, can = 0, n;
	double gap = 1 / q->max_starts_h;
	for (k = 0; k < u->nb; k++) {
		if (u->on[k]) {
			n_on++;
			must += t - u->t_start[k] < q->min_run_h - 1e-9;
		} else
			can += t - u->t_last[k] >= gap - 1e-9;
	}
	n = want < must ? must : want;
	if (n > n_on + can)
		n = n_on + can;
	*held = n > want ? n - want : 0;
	*limited = n < want ? want - n : 0;
	*starts = 0;
	/* stop the longest-running free blocks first, start the longest-idle ones */
	while (n_on > n) {
		int best = -1;
		for (k = 0; k < u->nb; k++)
			if (u->on[k] && t - u->t_start[k] >= q->min_run_h - 1e-9 &&
			    (best < 0 || u->t_start[k] < u->t_start[best]))
				best = k;
		u->on[best] = 0, n_on--;
	}
	while (n_on < n) {
		int best = -1;
		for (k = 0; k < u->nb; k++)
			if (!u->on[k] && t - u->t_last[k] >= gap - 1e-9 &&
			    (best < 0 || u->t_last[k] < u->t_last[best]))
				best = k;
		u->on[best] = 1, u->t_start[best] = u->t_last[best] = t, n_on++, (*starts)++;
	}
	return n;
}

static void add_totals(hk_ops_totals *t, const hk_ops_in *in, const hk_ops_out *o, int per, const hk_tariff *tar)
{
	double w = in->hours * in->days, price = in->price;
	if (tar && o->power_kw > 0) { /* period by period over the step (tariff.h) */
		double kwh, cost, kind[HK_PER_KINDS] = {0};
		int k;
		hk_tariff_cost(tar, in->start_h, in->start_h + in->hours, o->power_kw, &kwh, &cost, kind);
		price = cost / kwh;
		for (k = 0; k < HK_PER_KINDS; k++)
			t->kwh_kind[k] += kind[k] * in->days;
	}
	t->load_kwh += (o->op.heat_kw + o->op.unmet_kw) * w;
	t->heat_kwh += o->op.heat_kw * w;
	t->unmet_kwh += o->op.unmet_kw * w;
	t->hp_kwh += o->op.hp_kw * w;
	t->pump_kwh += o->pump_kw * w;
	t->hp_yuan += o->op.hp_kw * w * price;
	t->pump_yuan += o->pump_kw * w * price;
	if (in->t_out <= 0 && in->t_out >= -10) { /* the deck's 0 to −10 C cases (§8) */
		t->band_heat_kwh += o->op.heat_kw * w;
		t->band_hp_kwh += o->op.hp_kw * w;
		t->band_elec_kwh += o->power_kw * w;
	}
	t->starts += (double)o->starts * per * in->days;
	t->unmet_max_kw = fmax(t->unmet_max_kw, o->op.unmet_kw);
	t->pump_kw_max = fmax(t->pump_kw_max, o->pump_kw);
	t->flow_max_m3h = fmax(t->flow_max_m3h, o->op.flow_m3h);
	t->ts_max = fmax(t->ts_max, o->op.ts);
	if (o->op.units_on)
		t->ts_p_max = fmax(t->ts_p_max, o->op.ts_p);
	t->held_steps += o->held > 0;
	t->limited_steps += o->limited > 0;
	t->flags |= o->op.flags;
}

/* one step: the plant, the units' memory, the pumps */
static hk_status one_step(const hk_ops_request *q, const hk_ops_strategy *s, const hk_pump_group *g,
			  const hk_pump_system *sys, units_state *u, size_t i, hk_ops_out *o, unsigned *flags,
			  hk_err *err)
{
	const hk_ops_in *in = &q->steps[i];
	int per = s->lv.arr == HK_ARR_SERIES ? 2 : 1;
	hk_op_levers lv = s->lv;
	hk_status st;
	int want, n;
	memset(o, 0, sizeof *o);
	if ((st = hk_op_run_step(q->plant, &lv, in->t_out, in->load_kw, &o->op, err)) != HK_OK)
		return st;
	want = in->load_kw > 0 ? o->op.units_on / per : 0;
	n = units_decide(u, in->start_h, want, q, &o->starts, &o->held, &o->limited);
	if (in->load_kw <= 0) /* no load: nothing runs (a held unit has nothing to heat) */
		n = 0, o->held = 0;
	if (n != want) {
		lv.staging = 1, lv.force = 1, lv.force_units = n * per;
		if ((st = hk_op_run_step(q->plant, &lv, in->t_out, in->load_kw, &o->op, err)) != HK_OK)
			return st;
	}
	o->held *= per, o->limited *= per;
	if ((st = pumps_at(q->pumps, g, sys, s->pumps, o->op.flow_m3h, o, flags, err)) != HK_OK)
		return st;
	o->power_kw = o->op.hp_kw + o->pump_kw;
	return HK_OK;
}

hk_status hk_ops_run(const hk_ops_request *q, const hk_ops_strategy *s, hk_ops_out *out, hk_ops_totals *t,
		     hk_err *err)
{
	static units_state u; /* large: not on the stack (one run at a time) */
	hk_pump_system par, ser, *sys;
	hk_pump_group grp, *g = NULL;
	int per = s->lv.arr == HK_ARR_SERIES ? 2 : 1;
	size_t i;
	hk_status st;

	memset(t, 0, sizeof *t);
	t->ts_p_max = -INFINITY;
	if (q->plant->units > HK_OPS_MAX_UNITS)
		return hk_fail(err, HK_EINVAL, "units (%d): at most %d", q->plant->units, HK_OPS_MAX_UNITS);
	if (!(q->min_run_h >= 0) || !(q->max_starts_h > 0))
		return hk_fail(err, HK_EINVAL, "minimum run time (%g h) and starts per hour (%g): expected "
			       ">= 0 and > 0", q->min_run_h, q->max_starts_h);
	if ((st = hk_arr_check_units(s->lv.arr, q->plant->units, err)) != HK_OK)
		return st;
	if (q->pumps && q->pumps->duty) {
		if ((st = hk_ops_systems(q->plant, q->pumps, &par, &ser, err)) != HK_OK)
			return st;
		sys = s->lv.arr == HK_ARR_SERIES ? &ser : &par;
		if (s->pumps && q->pumps->ngroup) {
			if ((st = hk_pump_group_init(&grp, q->pumps->group, q->pumps->ngroup, q->pumps->n_min, 1,
						     sys, err)) != HK_OK)
				return st;
			g = &grp;
		}
	} else
		sys = &par;
	for (i = 0; i < q->n; i++) {
		hk_ops_out o;
		if (i == 0 || q->steps[i].day != q->steps[i - 1].day)
			units_reset(&u, q->plant->units / per);
		if ((st = one_step(q, s, g, sys, &u, i, &o, &t->pump_flags, err)) != HK_OK) {
			err->item = (long)i + 1;
			return st;
		}
		add_totals(t, &q->steps[i], &o, per, q->tariff);
		if (out)
			out[i] = o;
	}
	t->elec_kwh = t->hp_kwh + t->pump_kwh;
	t->yuan = t->hp_yuan + t->pump_yuan;
	t->scop = t->elec_kwh > 0 ? t->heat_kwh / t->elec_kwh : NAN;   /* SCOP = heat / electricity */
	t->scop_hp = t->hp_kwh > 0 ? t->heat_kwh / t->hp_kwh : NAN;
	if (!isfinite(t->ts_p_max))
		t->ts_p_max = NAN;
	return HK_OK;
}
