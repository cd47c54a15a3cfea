/* pumpselect.c - candidate evaluation and ranking (see pumpselect.h). */
#include "pumpselect.h"

#include <math.h>
#include <stdio.h>
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

/* stable insertion sort: better(a, b) decides order; NaN/non-meeting last */
hk_status hk_pumpsel_rank(hk_rank_mode mode, int n, const int *meets, const double *price_yuan,
			  const double *annual, const double *eff, double years,
			  double discount, double *key, int *order, hk_err *err)
{
	int i, j;

	if (n < 0 || (n > 0 && (!meets || !key || !order)))
		return hk_fail(err, HK_EINVAL, "ranking: no candidates or no output");
	if (mode == HK_RANK_LCC) {
		/* LCC = price + annual yuan * PWF (HI & Europump 2001) */
		double pwf;
		if (!(years > 0) || !(discount >= 0 && discount < 1) || !price_yuan || !annual)
			return hk_fail(err, HK_EINVAL, "ranking by LCC: expected life > 0, 0 <= discount < 1");
		pwf = discount == 0 ? years : (1 - pow(1 + discount, -years)) / discount;
		for (i = 0; i < n; i++)
			key[i] = meets[i] ? price_yuan[i] + annual[i] * pwf : NAN;
	} else if (mode == HK_RANK_ENERGY) {
		if (!annual)
			return hk_fail(err, HK_EINVAL, "ranking by energy: no energy");
		for (i = 0; i < n; i++)
			key[i] = meets[i] ? annual[i] : NAN;
	} else {
		if (!eff)
			return hk_fail(err, HK_EINVAL, "ranking by efficiency: no efficiency");
		for (i = 0; i < n; i++)
			key[i] = meets[i] ? eff[i] : NAN;
	}
	/* tiers: meets with a value, meets without one, does not meet */
	for (i = 0; i < n; i++) {
		int t = i;
		for (j = i; j > 0; j--) {
			int u = order[j - 1];
			double a = key[u], b = key[t];
			int ta = !meets[u] ? 2 : isnan(a), tb = !meets[t] ? 2 : isnan(b);
			int before = tb != ta ? tb < ta
				     : tb == 0 && (mode == HK_RANK_EFF ? b > a : b < a);
			if (!before)
				break;
			order[j] = order[j - 1];
		}
		order[j] = t;
	}
	return HK_OK;
}
