/* pumpgroup.c - staged groups, profile energy, LCC (see pumpgroup.h). */
#include "pumpgroup.h"

#include <math.h>
#include <string.h>

static int sys_ok(const hk_pump_system *sys)
{
	return sys && isfinite(sys->h_static_m) && sys->h_static_m >= 0 && isfinite(sys->s) &&
	       sys->s >= 0 && isfinite(sys->rho_kg_m3) && sys->rho_kg_m3 > 0;
}

double hk_pump_input_kw(const hk_pump_curve *c, const hk_pump_op *op,
			double drive_eff)
{
	if (c->has_power && isfinite(op->curve_kw))
		return c->power_kind == HK_PUMP_POWER_P1 ? op->curve_kw : op->curve_kw / drive_eff;
	if (!isfinite(op->shaft_kw))
		return NAN;
	if (op->flags & HK_PUMP_F_EFF_FROM_P1)
		return op->shaft_kw;
	return op->shaft_kw / drive_eff;
}

struct stage_ctx {
	const hk_pump_group *g;
	unsigned mask;
	double h;       /* system head */
};

/* Flow of one pump at speed n against head h: n * Q_1(h/n^2) (affinity laws);
 * 0 when h/n^2 is above its highest head (dead-headed). */
static double pump_flow(const hk_pump_curve *c, double n, double h, int *dead)
{
	double q1;
	unsigned f = 0;

	if (h / (n * n) >= c->h_max) {
		*dead = 1;
		return 0;
	}
	if (hk_pump_flow_at_head(c, h / (n * n), &q1, &f, NULL) != HK_OK && !(f & HK_PUMP_F_ABOVE_RANGE)) {
		*dead = 1;
		return 0;
	}
	return n * q1;
}

static double stage_flow(const struct stage_ctx *s, double n, int *dead)
{
	double q = 0;
	int i;

	*dead = 0;
	for (i = 0; i < s->g->n; i++)
		if (s->mask & (1u << i))
			q += pump_flow(s->g->pump[i], n, s->h, dead);
	return q;
}

struct stage_root {
	struct stage_ctx *s;
	double q;
};

static double stage_resid(double n, void *ctx)
{
	struct stage_root *r = ctx;
	int dead;
	return stage_flow(r->s, n, &dead) - r->q;
}


struct cap_ctx {
	struct stage_ctx s;
	const hk_pump_system *sys;
};

/* stage flow at n_max against the system head at q, minus q (decreasing) */
static double cap_resid(double q, void *ctx)
{
	struct cap_ctx *c = ctx;
	int dead;

	c->s.h = hk_pump_system_head(c->sys, q);
	return stage_flow(&c->s, c->s.g->n_max, &dead) - q;
}

/* Largest flow a stage gives on the system at n_max (its operating point). */
static double stage_capacity(const hk_pump_group *g, const hk_pump_system *sys, unsigned mask)
{
	struct cap_ctx c;
	double hi = 0, q;
	int i;

	c.s.g = g;
	c.s.mask = mask;
	c.s.h = 0;
	c.sys = sys;
	for (i = 0; i < g->n; i++)
		if (mask & (1u << i))
			hi += 3 * g->pump[i]->q_hi * g->n_max;
	if (hk_pump_brent(cap_resid, &c, 0, hi, 1e-9 * (1 + hi), &q))
		return 0;
	return q;
}

hk_status hk_pump_group_init(hk_pump_group *g, const hk_pump_curve *const *pumps,
			     int n, double n_min, double n_max,
			     const hk_pump_system *sys, hk_err *err)
{
	int idx[HK_GROUP_MAX], i, j;
	unsigned acc;

	if (!g || !pumps || n < 1 || n > HK_GROUP_MAX)
		return hk_fail(err, HK_EINVAL, "pump group: %d pumps: expected 1..%d", n, HK_GROUP_MAX);
	if (!(n_min > 0) || !(n_max > n_min) || !isfinite(n_max))
		return hk_fail(err, HK_EINVAL,
			       "pump group: speed range %g..%g: expected 0 < minimum < maximum",
			       n_min, n_max);
	if (!sys_ok(sys))
		return hk_fail(err, HK_EINVAL, "pump group: bad system curve");
	memset(g, 0, sizeof *g);
	g->n = n;
	g->n_min = n_min;
	g->n_max = n_max;
	for (i = 0; i < n; i++) {
		hk_pump_op op;
		hk_status st;

		if (!pumps[i])
			return hk_fail(err, HK_EINVAL, "pump group: pump %d missing", i + 1);
		g->pump[i] = pumps[i];
		st = hk_pump_operate(pumps[i], 1, n_max, sys, &op, err);
		if (st != HK_OK)
			return st;
		g->q_full[i] = op.flow_m3h;
		idx[i] = i;
	}
	/* smallest full-speed flow first (insertion sort, stable) */
	for (i = 1; i < n; i++) {
		int t = idx[i];
		for (j = i; j > 0 && g->q_full[idx[j - 1]] > g->q_full[t]; j--)
			idx[j] = idx[j - 1];
		idx[j] = t;
	}
	for (i = 0; i < n; i++)
		g->stage[g->n_stages++] = 1u << idx[i];
	acc = 1u << idx[n - 1];
	for (i = n - 2; i >= 0; i--) {
		acc |= 1u << idx[i];
		g->stage[g->n_stages++] = acc;
	}
	for (i = 0; i < g->n_stages; i++) {
		double q = stage_capacity(g, sys, g->stage[i]);
		if (q > g->q_cap)
			g->q_cap = q;
	}
	return HK_OK;
}

/* Fill op for the pumps of mask at speed n delivering total q at pump head h. */
static void stage_fill(const hk_pump_group *g, unsigned mask, int stage, double n,
		       double h, double rho, double drive_eff, hk_pump_group_op *op)
{
	int i;

	op->stage = stage;
	op->running = mask;
	op->speed = n;
	op->head_m = h;
	op->shaft_kw = op->input_kw = 0;
	for (i = 0; i < g->n; i++) {
		const hk_pump_curve *c = g->pump[i];
		hk_pump_op po;
		int dead = 0;
		double qi;

		op->flow_each_m3h[i] = 0;
		if (!(mask & (1u << i)))
			continue;
		qi = pump_flow(c, n, h, &dead);
		op->flow_each_m3h[i] = qi;
		hk_pump_at(c, 1, n, qi, rho, &po, NULL);
		op->flags |= po.flags;
		op->shaft_kw += po.shaft_kw;
		op->input_kw += hk_pump_input_kw(c, &po, drive_eff);
	}
}

hk_status hk_pump_group_step(const hk_pump_group *g, const hk_pump_system *sys,
			     double q_m3h, double drive_eff,
			     hk_pump_group_op *op, hk_err *err)
{
	struct stage_ctx s;
	struct stage_root r;
	int k, dead;

	if (!g || !op || g->n < 1 || g->n_stages < 1 || !sys_ok(sys) || !isfinite(q_m3h) ||
	    q_m3h < 0 || !(drive_eff > 0 && drive_eff <= 1))
		return hk_fail(err, HK_EINVAL,
			       "pump group step: expected a group, a system, flow >= 0 and drive "
			       "efficiency in (0, 1]");
	memset(op, 0, sizeof *op);
	op->stage = -1;
	op->flow_m3h = q_m3h;
	if (q_m3h == 0)
		return HK_OK;
	s.g = g;
	s.h = hk_pump_system_head(sys, q_m3h);
	r.s = &s;
	r.q = q_m3h;
	for (k = 0; k < g->n_stages; k++) {
		double qlo, qhi, n;
		int dlo;

		s.mask = g->stage[k];
		qhi = stage_flow(&s, g->n_max, &dead);
		if (dead || qhi < q_m3h)
			continue; /* cannot reach q, or a pump is dead-headed at full speed */
		qlo = stage_flow(&s, g->n_min, &dlo);
		if (k == 0 && qlo > q_m3h) {
			/* below the smallest stage at minimum speed: run it there, throttled */
			double n0 = g->n_min, hp;
			int i = 0;
			hk_pump_op po;

			while (!(s.mask & (1u << i)))
				i++;
			hk_pump_at(g->pump[i], 1, n0, q_m3h, sys->rho_kg_m3, &po, NULL);
			hp = po.head_m;
			stage_fill(g, s.mask, k, n0, hp, sys->rho_kg_m3, drive_eff, op);
			op->flags |= HK_PUMP_F_BELOW_NMIN;
			return HK_OK;
		}
		if (!dlo && qlo > q_m3h)
			continue; /* too big even at minimum speed: try the next stage */
		if (hk_pump_brent(stage_resid, &r, g->n_min, g->n_max, 1e-12, &n))
			continue;
		stage_flow(&s, n, &dead);
		if (dead)
			continue;
		stage_fill(g, s.mask, k, n, s.h, sys->rho_kg_m3, drive_eff, op);
		return HK_OK;
	}
	return hk_fail(err, HK_ENOSOL,
		       "pump group: no stage delivers %g m3/h at %g m within speed %.0f-%.0f %%; "
		       "the most it reaches on this system is %.4g m3/h",
		       q_m3h, s.h, 100 * g->n_min, 100 * g->n_max, g->q_cap);
}

/* ---- profiles -------------------------------------------------------- */

static hk_status check_steps(const hk_pump_step *steps, int n, double drive_eff,
			     hk_pump_energy *tot, hk_err *err)
{
	int i;

	if (!tot || n < 0 || (n > 0 && !steps))
		return hk_fail(err, HK_EINVAL, "pump energy: no profile or no output");
	if (!(drive_eff > 0 && drive_eff <= 1))
		return hk_fail(err, HK_EINVAL, "drive efficiency %g: expected a fraction in (0, 1]",
			       drive_eff);
	for (i = 0; i < n; i++) {
		const hk_pump_step *s = &steps[i];
		if (!isfinite(s->flow_m3h) || s->flow_m3h < 0)
			return hk_fail(err, HK_EINVAL, "profile step %d: flow %g m3/h: expected >= 0",
				       i + 1, s->flow_m3h);
		if (!isfinite(s->hours) || s->hours <= 0)
			return hk_fail(err, HK_EINVAL, "profile step %d: duration %g h: expected > 0",
				       i + 1, s->hours);
		if (!isfinite(s->days) || s->days < 0)
			return hk_fail(err, HK_EINVAL, "profile step %d: days %g: expected >= 0",
				       i + 1, s->days);
		if (!isfinite(s->price_yuan_kwh) || s->price_yuan_kwh < 0)
			return hk_fail(err, HK_EINVAL,
				       "profile step %d: price %g yuan/kWh: expected >= 0", i + 1,
				       s->price_yuan_kwh);
	}
	memset(tot, 0, sizeof *tot);
	return HK_OK;
}

/* energy = P_in * hours * days (heatkit profile contract, DESIGN.md) */
static void book(const hk_pump_step *s, hk_pump_step_out *o, hk_pump_energy *tot)
{
	o->kwh = o->input_kw * s->hours * s->days;
	o->yuan = o->kwh * s->price_yuan_kwh;
	tot->kwh += o->kwh;
	tot->yuan += o->yuan;
	if (o->input_kw > 0)
		tot->hours += s->hours * s->days;
	tot->flags |= o->flags;
	if (o->flags & (HK_PUMP_F_BELOW_RANGE | HK_PUMP_F_ABOVE_RANGE | HK_PUMP_F_BELOW_NMIN))
		tot->n_flagged++;
}

static hk_status no_power(const hk_pump_curve *c, hk_err *err)
{
	return hk_fail(err, HK_EINVAL,
		       "pump \"%s\": no efficiency or power data: energy cannot be computed", c->name);
}

/* Step i's operating point with all n_pumps running at flow q > 0: at
 * full speed when n_min < 0 (fixed speed: the pumps must reach the system
 * head), else at the speed that meets the system curve, not below n_min
 * (variable speed, the surplus head throttled). */
static hk_status all_running(const hk_pump_curve *c, int n_pumps, const hk_pump_system *sys,
			     double n_min, double drive_eff, int i, double q,
			     hk_pump_step_out *o, hk_err *err)
{
	hk_pump_op po;
	double hs = hk_pump_system_head(sys, q);

	if (n_min < 0) {
		hk_pump_at(c, n_pumps, 1.0, q, sys->rho_kg_m3, &po, NULL);
		if (po.head_m < hs * (1 - 1e-9))
			return hk_fail(err, HK_ENOSOL,
				       "profile step %d: %d x pump \"%s\" at full speed give %.3g m at "
				       "%g m3/h, below the system's %.3g m",
				       i + 1, n_pumps, c->name, po.head_m, q, hs);
	} else {
		hk_status st = hk_pump_speed_for_duty(c, n_pumps, q, hs, 1.0, sys->rho_kg_m3, &po, err);
		if (st != HK_OK)
			return hk_err_prefix(err, st, "profile step %d", i + 1);
		if (po.speed < n_min) {
			/* minimum speed, surplus head throttled */
			hk_pump_at(c, n_pumps, n_min, q, sys->rho_kg_m3, &po, NULL);
			po.flags |= HK_PUMP_F_BELOW_NMIN;
		}
	}
	o->stage = n_pumps;
	o->running = (1u << n_pumps) - 1;
	o->speed = po.speed;
	o->head_m = po.head_m;
	o->input_kw = n_pumps * hk_pump_input_kw(c, &po, drive_eff);
	o->flags = po.flags;
	return HK_OK;
}

/* the profile with all n_pumps running at each step (all_running) */
static hk_status energy_all_running(const hk_pump_curve *c, int n_pumps, const hk_pump_system *sys,
				    double n_min, double drive_eff, const hk_pump_step *steps, int n,
				    hk_pump_step_out *out, hk_pump_energy *tot, hk_err *err)
{
	hk_status st;
	int i;

	if ((st = check_steps(steps, n, drive_eff, tot, err)) != HK_OK)
		return st;
	if (!c->has_eff && !c->has_power)
		return no_power(c, err);
	for (i = 0; i < n; i++) {
		hk_pump_step_out o = {0};

		if (steps[i].flow_m3h > 0 &&
		    (st = all_running(c, n_pumps, sys, n_min, drive_eff, i, steps[i].flow_m3h, &o, err)) != HK_OK)
			return st;
		book(&steps[i], &o, tot);
		if (out)
			out[i] = o;
	}
	return HK_OK;
}

hk_status hk_pump_energy_fixed(const hk_pump_curve *c, int n_pumps,
			       const hk_pump_system *sys, double drive_eff,
			       const hk_pump_step *steps, int n,
			       hk_pump_step_out *out, hk_pump_energy *tot,
			       hk_err *err)
{
	if (!c || n_pumps < 1 || !sys_ok(sys))
		return hk_fail(err, HK_EINVAL, "fixed-speed energy: expected a curve, >= 1 pump, a system");
	return energy_all_running(c, n_pumps, sys, -1, drive_eff, steps, n, out, tot, err);
}

hk_status hk_pump_energy_variable(const hk_pump_curve *c, int n_pumps,
				  const hk_pump_system *sys, double n_min,
				  double drive_eff, const hk_pump_step *steps,
				  int n, hk_pump_step_out *out,
				  hk_pump_energy *tot, hk_err *err)
{
	if (!c || n_pumps < 1 || !sys_ok(sys) || !(n_min >= 0 && n_min < 1))
		return hk_fail(err, HK_EINVAL,
			       "variable-speed energy: expected a curve, >= 1 pump, a system and a "
			       "minimum speed in 0..1");
	return energy_all_running(c, n_pumps, sys, n_min, drive_eff, steps, n, out, tot, err);
}

hk_status hk_pump_energy_staged(const hk_pump_group *g,
				const hk_pump_system *sys, double drive_eff,
				const hk_pump_step *steps, int n,
				hk_pump_step_out *out, hk_pump_energy *tot,
				hk_err *err)
{
	hk_status st;
	int i;

	if (!g || g->n < 1)
		return hk_fail(err, HK_EINVAL, "staged energy: no pump group");
	if ((st = check_steps(steps, n, drive_eff, tot, err)) != HK_OK)
		return st;
	for (i = 0; i < g->n; i++)
		if (!g->pump[i]->has_eff && !g->pump[i]->has_power)
			return no_power(g->pump[i], err);
	for (i = 0; i < n; i++) {
		hk_pump_step_out o = {0};
		hk_pump_group_op go;

		st = hk_pump_group_step(g, sys, steps[i].flow_m3h, drive_eff, &go, err);
		if (st != HK_OK)
			return hk_err_prefix(err, st, "profile step %d", i + 1);
		o.stage = go.stage;
		o.running = go.running;
		o.speed = go.speed;
		o.head_m = go.head_m;
		o.input_kw = go.input_kw;
		o.flags = go.flags;
		book(&steps[i], &o, tot);
		if (out)
			out[i] = o;
	}
	return HK_OK;
}

/* ---- life-cycle cost -------------------------------------------------- */

/* LCC = price + E * tariff * PWF; PWF = (1 - (1+r)^-N)/r (HI & Europump,
 * Pump Life Cycle Costs, 2001). */
hk_status hk_pump_lcc_rank(const hk_pump_lcc_item *items, int n, double years,
			   double tariff_yuan_kwh, double discount_rate,
			   double *lcc_yuan, int *order, hk_err *err)
{
	double pwf;
	int i, j;

	if (n < 0 || (n > 0 && (!items || !lcc_yuan || !order)))
		return hk_fail(err, HK_EINVAL, "LCC: no candidates or no output");
	if (!(years > 0) || !isfinite(years))
		return hk_fail(err, HK_EINVAL, "LCC: life %g years: expected > 0", years);
	if (!(tariff_yuan_kwh >= 0) || !isfinite(tariff_yuan_kwh))
		return hk_fail(err, HK_EINVAL, "LCC: tariff %g yuan/kWh: expected >= 0", tariff_yuan_kwh);
	if (!(discount_rate >= 0 && discount_rate < 1))
		return hk_fail(err, HK_EINVAL, "LCC: discount rate %g: expected 0 <= r < 1",
			       discount_rate);
	pwf = discount_rate == 0 ? years
				 : (1 - pow(1 + discount_rate, -years)) / discount_rate;
	for (i = 0; i < n; i++) {
		if (!(items[i].price_yuan >= 0) || !isfinite(items[i].price_yuan))
			return hk_fail(err, HK_EINVAL, "LCC: candidate %d: price %g yuan: expected >= 0",
				       i + 1, items[i].price_yuan);
		if (items[i].annual_kwh < 0 || isinf(items[i].annual_kwh))
			return hk_fail(err, HK_EINVAL,
				       "LCC: candidate %d: energy %g kWh/a: expected >= 0 (NaN = infeasible)",
				       i + 1, items[i].annual_kwh);
		lcc_yuan[i] = isnan(items[i].annual_kwh)
			? NAN : items[i].price_yuan + items[i].annual_kwh * tariff_yuan_kwh * pwf;
	}
	/* stable insertion sort by LCC, NaN last */
	for (i = 0; i < n; i++) {
		int t = i;
		for (j = i; j > 0; j--) {
			double a = lcc_yuan[order[j - 1]], b = lcc_yuan[t];
			int before = isnan(a) ? !isnan(b) : (!isnan(b) && b < a);
			if (!before)
				break;
			order[j] = order[j - 1];
		}
		order[j] = t;
	}
	return HK_OK;
}
