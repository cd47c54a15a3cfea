/*
 * opterm.c - operate's --terminal specification (opterm.h).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "opterm.h"

/* one group: TYPE[=SHARE[:TS/TR]] */
static hk_status group(const char *g, double ti, hk_terminal *t, double *share, const char **name,
		       const char **n_src, const char **t_src, hk_err *err)
{
	char type[64];
	const char *eq = strchr(g, '='), *co = strchr(g, ':');
	size_t len = eq ? (size_t)(eq - g) : strlen(g);
	hk_term_kind k;
	const hk_term_kind_info *ki;
	hk_status st;
	snprintf(type, sizeof type, "%.*s", (int)(len < sizeof type ? len : sizeof type - 1), g);
	if ((st = hk_term_kind_parse(type, &k, err)) != HK_OK)
		return st;
	ki = hk_term_kind_get(k);
	*name = ki->name, *n_src = ki->n_src, *t_src = ki->t_src;
	t->n = ki->n, t->ts_d = ki->ts_c, t->tr_d = ki->tr_c, t->ti = ti;
	*share = 1;
	if (eq && sscanf(eq + 1, "%lf", share) != 1)
		return hk_fail(err, HK_EINVAL, "terminal group (%s): expected TYPE=SHARE[:SUPPLY/RETURN], e.g. "
			       "radiator=0.6:45/35", g);
	if (co) {
		if (sscanf(co + 1, "%lf/%lf", &t->ts_d, &t->tr_d) != 2)
			return hk_fail(err, HK_EINVAL, "terminal group (%s): expected SUPPLY/RETURN after ':', e.g. "
				       "radiator=0.6:45/35", g);
		*t_src = "--terminal";
	}
	if (!(*share > 0 && *share <= 1))
		return hk_fail(err, HK_EINVAL, "terminal group (%s): share %g: expected a share of the design load "
			       "in (0, 1]", g, *share);
	if ((st = hk_term_check(t, err)) != HK_OK)
		return hk_err_prefix(err, st, "terminal group %s", type);
	return HK_OK;
}

hk_status hk_opterm_parse(const char *spec, double ti, hk_opterm *o, hk_err *err)
{
	char buf[512], *tok, *save = NULL;
	double sum = 0, gd = 0, share;
	size_t used = 0;
	hk_status st;
	memset(o, 0, sizeof *o);
	if (strlen(spec) >= sizeof buf)
		return hk_fail(err, HK_EINVAL, "terminal specification too long (%zu characters)", strlen(spec));
	snprintf(buf, sizeof buf, "%s", spec);
	if (!strchr(buf, ',')) {
		if ((st = group(buf, ti, &o->term, &share, &o->name, &o->n_src, &o->t_src, err)) != HK_OK)
			return st;
		if (fabs(share - 1) > 1e-3) /* one group carries the whole load */
			return hk_fail(err, HK_EINVAL, "terminals (%s): shares sum to %g: expected 1", spec, share);
		return HK_OK;
	}
	o->term.ts_d = -INFINITY;
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		hk_term_mix *m = &o->mix;
		const char *name, *ns, *ts;
		int k;
		if (m->n == HK_TERM_MIX_MAX)
			return hk_fail(err, HK_EINVAL, "terminals (%s): at most %d groups", spec, HK_TERM_MIX_MAX);
		k = m->n++;
		if ((st = group(tok, ti, &m->t[k], &m->share[k], &name, &ns, &ts, err)) != HK_OK)
			return st;
		sum += m->share[k];
		gd += m->share[k] / (m->t[k].ts_d - m->t[k].tr_d);
		o->term.ts_d = fmax(o->term.ts_d, m->t[k].ts_d);
		used += (size_t)snprintf(o->desc + used, used < sizeof o->desc ? sizeof o->desc - used : 0,
					 "%s%s %.0f %% %g/%g C n %g", k ? " + " : "", name, 100 * m->share[k],
					 m->t[k].ts_d, m->t[k].tr_d, m->t[k].n);
	}
	if (fabs(sum - 1) > 1e-3)
		return hk_fail(err, HK_EINVAL, "terminals (%s): shares sum to %g: expected 1", spec, sum);
	o->term.tr_d = o->term.ts_d - 1 / gd; /* the mix's design ΔT at design flow: Σ w / Σ (w/ΔT_k) */
	o->term.n = NAN, o->term.ti = ti;
	o->name = o->desc;
	o->t_src = "the highest group's supply; return of the mix at design flow";
	return HK_OK;
}

hk_status hk_termacc_add(hk_termacc *a, const char *type, double ts, double tr, double ti, double kw,
			 int day_only, hk_ta_field *bad, hk_err *err)
{
	hk_term_kind k;
	hk_status st;
	int g;
	*bad = HK_TA_TYPE;
	if (!type || !*type) {
		if (a->with)
			return hk_fail(err, HK_EINVAL, "no terminal type on this building (the others have one): "
				       "expected a terminal on every building (the shares are of the whole load)");
		a->without++;
		if (!isnan(ts) || !isnan(tr))
			return hk_fail(err, HK_EINVAL, "design supply/return (%g/%g C) without a terminal type: "
				       "expected the terminal column with them", ts, tr);
		return HK_OK;
	}
	if (a->without)
		return hk_fail(err, HK_EINVAL, "terminal type (%s) on a building after %ld without one: expected a "
			       "terminal on every building (the shares are of the whole load)", type, a->without);
	if ((st = hk_term_kind_parse(type, &k, err)) != HK_OK)
		return st;
	if (isnan(ts) != isnan(tr)) {
		*bad = isnan(ts) ? HK_TA_SUPPLY : HK_TA_RETURN;
		return hk_fail(err, HK_EINVAL, "design %s missing beside the %s (%g C): expected both or neither "
			       "(neither: the type's)", isnan(ts) ? "supply" : "return", isnan(ts) ? "return" : "supply",
			       isnan(ts) ? tr : ts);
	}
	if (!isnan(ts)) {
		hk_terminal t = {hk_term_kind_get(k)->n, ts, tr, ti};
		*bad = ts > 100 || ts <= tr ? HK_TA_SUPPLY : HK_TA_RETURN;
		if ((st = hk_term_check(&t, err)) != HK_OK)
			return st;
	}
	a->with++;
	for (g = 0; g < a->n; g++)
		if (a->k[g] == k && (isnan(ts) ? isnan(a->ts[g]) : a->ts[g] == ts && a->tr[g] == tr))
			break;
	if (g == a->n) {
		if (a->n == HK_TERM_MIX_MAX)
			return hk_fail(err, HK_EINVAL, "a fifth terminal group (%s at %s): expected at most %d groups "
				       "of type and design supply/return", type, isnan(ts) ? "the type's design point" :
				       "this supply/return", HK_TERM_MIX_MAX);
		a->k[g] = k, a->ts[g] = ts, a->tr[g] = tr, a->kw[g] = a->day_kw[g] = 0, a->n++;
	}
	a->kw[g] += kw;
	a->day_kw[g] += day_only ? kw : 0;
	return HK_OK;
}

int hk_termacc_hours_differ(const hk_termacc *a)
{
	int g;
	for (g = 1; g < a->n; g++)
		if (fabs(a->day_kw[g] / a->kw[g] - a->day_kw[0] / a->kw[0]) > 0.01)
			return 1;
	return 0;
}

hk_status hk_termacc_spec(const hk_termacc *a, char *buf, size_t cap, hk_err *err)
{
	double sum = 0;
	size_t used = 0;
	int g;
	if (cap)
		buf[0] = '\0';
	for (g = 0; g < a->n; g++)
		sum += a->kw[g];
	for (g = 0; g < a->n && sum > 0; g++) {
		const char *name = hk_term_kind_get(a->k[g])->name;
		int w = isnan(a->ts[g])
			? snprintf(buf + used, cap - used, "%s%s=%.6g", g ? "," : "", name, a->kw[g] / sum)
			: snprintf(buf + used, cap - used, "%s%s=%.6g:%g/%g", g ? "," : "", name, a->kw[g] / sum,
				   a->ts[g], a->tr[g]);
		if (w < 0 || (size_t)w >= cap - used)
			return hk_fail(err, HK_EINVAL, "terminal mix longer than %zu characters", cap);
		used += (size_t)w;
	}
	return HK_OK;
}
