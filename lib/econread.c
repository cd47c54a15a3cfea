/*
 * econread.c - econ's operating-cost input (see econ.h): a table of
 * daily figures per scheme, or a profile whose power columns are costed
 * with a time-of-use tariff (Malan paper Table 3: the daily cost of each
 * typical day, weighted by its days).
 */
#include "econ.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "grow.h"
#include "storage.h"

/* the scheme named name, added when add; -1 not found or out of memory */
static long find_scheme(hk_econ_ops *o, const char *name, int add, hk_err *err)
{
	for (size_t i = 0; i < o->ns; i++)
		if (!strcmp(o->s[i].name, name))
			return (long)i;
	if (!add || hk_grow((void **)&o->s, &o->scap, o->ns, sizeof *o->s, err) != HK_OK)
		return -1;
	memset(&o->s[o->ns], 0, sizeof o->s[o->ns]);
	snprintf(o->s[o->ns].name, sizeof o->s[o->ns].name, "%s", name);
	return (long)o->ns++;
}

static hk_econ_day *add_day(hk_econ_ops *o, size_t scheme, hk_err *err)
{
	hk_econ_day *d;
	if (hk_grow((void **)&o->day, &o->dcap, o->nd, sizeof *o->day, err) != HK_OK)
		return NULL;
	d = &o->day[o->nd++];
	memset(d, 0, sizeof *d);
	d->scheme = scheme;
	d->kwh = d->unmet = d->unmet_cost1 = d->backup = d->gas_m3 = NAN;
	for (int j = 0; j < HK_PER_KINDS; j++)
		d->kwh_kind[j] = d->unmet_kind[j] = NAN;
	return d;
}

static void ops_init(hk_econ_ops *o, const char *path)
{
	memset(o, 0, sizeof *o);
	snprintf(o->file, sizeof o->file, "%s", path);
	o->design.units = o->design.rated_kw = o->design.tank_m3 = NAN;
	o->design_kw = NAN;
	for (int j = 0; j < HK_PER_KINDS; j++)
		o->kind_price[j] = NAN;
}

void hk_econ_ops_free(hk_econ_ops *o)
{
	free(o->day);
	free(o->s);
	o->day = NULL;
	o->s = NULL;
	o->nd = o->ns = o->dcap = o->scap = 0;
}

const char **hk_econ_names(const hk_econ_ops *o)
{
	const char **v = malloc((o->ns + 1) * sizeof *v);
	for (size_t i = 0; v && i < o->ns; i++)
		v[i] = o->s[i].name;
	return v;
}

/* ---- daily figures ------------------------------------------------- */

/* the daily table's columns (columns.h) */
enum { D_SCHEME = HK_DAILY_SCHEME, D_DAY = HK_DAILY_DAY, D_DAYS = HK_DAILY_DAYS, D_COST = HK_DAILY_COST,
       D_KWH = HK_DAILY_KWH };

/* Schemes compared over different days (or a day twice) compare nothing:
 * every scheme must list the base's days, once each, with the same weight. */
static hk_status same_days(const char *path, const hk_econ_ops *o, hk_err *err)
{
	const hk_econ_day *dr = o->day;
	const hk_econ_scheme *s = o->s, *s0 = &o->s[0];
	for (size_t k = 0; k < o->ns; k++) {
		for (size_t i = s[k].d0; i < s[k].d1; i++)
			for (size_t j = s[k].d0; j < i; j++)
				if (!strcmp(dr[i].day, dr[j].day))
					return hk_fail(err, HK_EINVAL, "%s: scheme %s lists day %s twice: expected each "
						       "typical day once per scheme", path, s[k].name, dr[i].day);
		if (k == 0)
			continue;
		if (s[k].d1 - s[k].d0 != s0->d1 - s0->d0)
			return hk_fail(err, HK_EINVAL, "%s: scheme %s has %zu days, %s has %zu: expected the same "
				       "typical days in every scheme", path, s[k].name, s[k].d1 - s[k].d0, s0->name,
				       s0->d1 - s0->d0);
		for (size_t i = s[k].d0; i < s[k].d1; i++) {
			size_t j;
			for (j = s0->d0; j < s0->d1 && strcmp(dr[i].day, dr[j].day); j++)
				;
			if (j == s0->d1)
				return hk_fail(err, HK_EINVAL, "%s: day %s of scheme %s is not a day of %s: expected "
					       "the same typical days in every scheme", path, dr[i].day, s[k].name,
					       s0->name);
			if (dr[i].days != dr[j].days)
				return hk_fail(err, HK_EINVAL, "%s: day %s stands for %g days in %s but %g in %s: "
					       "expected one weight per day", path, dr[i].day, dr[i].days, s[k].name,
					       dr[j].days, s0->name);
		}
	}
	return HK_OK;
}

static hk_status daily_row(hk_reader *r, hk_econ_ops *o, hk_err *err)
{
	long k;
	hk_econ_day *d;
	hk_status st;
	/* a longer name would be cut, and then not match its invest rows */
	if (strlen(hk_reader_text(r, D_SCHEME)) >= sizeof o->s[0].name)
		return hk_reader_fail(r, D_SCHEME, err, "scheme name too long (%zu bytes): expected at most %zu",
				      strlen(hk_reader_text(r, D_SCHEME)), sizeof o->s[0].name - 1);
	k = find_scheme(o, hk_reader_text(r, D_SCHEME), 1, err);
	if (k < 0 || !(d = add_day(o, (size_t)k, err)))
		return HK_ENOMEM;
	snprintf(d->day, sizeof d->day, "%s", hk_reader_has(r, D_DAY) ? hk_reader_text(r, D_DAY) : "");
	if (!*hk_reader_text(r, D_DAYS))
		return hk_reader_fail(r, D_DAYS, err, "typical day %s has no day count: expected days > 0", d->day);
	if ((st = hk_reader_num(r, D_DAYS, &d->days, err)) != HK_OK ||
	    (st = hk_reader_num(r, D_COST, &d->cost, err)) != HK_OK)
		return st;
	st = hk_reader_num(r, D_KWH, &d->kwh, err);
	if (st != HK_OK && st != HK_ENOTFOUND)
		return st;
	if (o->nd > 1 && o->day[o->nd - 2].scheme != (size_t)k && o->s[k].d1 > 0)
		return hk_reader_fail(r, D_SCHEME, err, "scheme %s appears again after other schemes: expected each "
				      "scheme's rows together", o->s[k].name);
	if (o->s[k].d1 == 0)
		o->s[k].d0 = o->nd - 1;
	o->s[k].d1 = o->nd;
	return HK_OK;
}

static hk_status daily_rows(hk_reader *r, const char *path, hk_econ_ops *o, int *is_daily, hk_err *err)
{
	hk_status st;
	int rc;
	if ((st = hk_reader_bind_kind(r, &hk_tk_econ_daily, err)) != HK_OK)
		return st;
	*is_daily = hk_reader_has(r, D_SCHEME) && hk_reader_has(r, D_COST);
	if (!*is_daily)
		return HK_OK;
	if (!hk_reader_has(r, D_DAYS))
		return hk_fail_at(err, HK_EPARSE, path, 1, 1,
				  "missing column days (天数): expected how many real days each typical day stands for");
	o->chinese = hk_reader_chinese(r);
	while ((rc = hk_reader_next(r, err)) > 0)
		if ((st = daily_row(r, o, err)) != HK_OK)
			return st;
	if (rc < 0)
		return err ? err->code : HK_EPARSE;
	return same_days(path, o, err);
}

hk_status hk_econ_read_daily(const char *path, const char *encoding, hk_econ_ops *o, int *is_daily,
			     hk_err *err)
{
	hk_reader *r;
	hk_status st;
	ops_init(o, path);
	*is_daily = 0;
	if ((st = hk_reader_open(&r, path, encoding, err)) != HK_OK)
		return st;
	st = daily_rows(r, path, o, is_daily, err);
	hk_reader_close(r);
	return st;
}

/* ---- a profile's power columns ------------------------------------- */

/* The heat scheme k's plant leaves unmet in each step (kW), into u; 0
 * when the profile does not tell.  Its power column says which plant:
 * tanksize's power_kw (heat pumps and tank: unmet_kw), hpsize's
 * hp_power_kw (heat pumps alone: heat_load_kw − hp_heat_kw). */
static int unmet_kw(const hk_proftable *p, const hk_econ_scheme *sk, size_t ns, double *u)
{
	size_t xu = ns, xh = ns + 1;
	if (!(sk->role == HK_ECON_STORE && p->has_extra[xu]) && !(sk->role == HK_ECON_HP && p->has_extra[xh]))
		return 0;
	for (size_t i = 0; i < p->n; i++) {
		double v = sk->role == HK_ECON_STORE ? hk_proftable_x(p, i, xu)
						     : p->steps[i].load_kw - hk_proftable_x(p, i, xh);
		/* an empty cell is nothing unmet; so is a difference within rounding */
		u[i] = isnan(v) || v <= 1e-6 * p->steps[i].load_kw ? 0 : v;
	}
	return 1;
}

/* the schemes of --scheme NAME=COLUMN, and the columns to read */
static hk_status profile_schemes(const char *const *specs, size_t nspecs, hk_econ_ops *o, hk_colspec *cols,
				 hk_err *err)
{
	for (size_t i = 0; i < nspecs; i++) {
		const char *eq = strrchr(specs[i], '=');
		long k;
		if (!eq || eq == specs[i] || !eq[1])
			return hk_fail(err, HK_EINVAL, "--scheme (%s): expected NAME=COLUMN", specs[i]);
		if (strlen(eq + 1) >= sizeof o->s[0].column)
			return hk_fail(err, HK_EINVAL, "--scheme (%s): column name too long: expected at most %zu bytes",
				       specs[i], sizeof o->s[0].column - 1);
		if ((size_t)(eq - specs[i]) >= sizeof o->s[0].name)
			return hk_fail(err, HK_EINVAL, "--scheme (%.40s...): name of %zu bytes: expected at most %zu",
				       specs[i], (size_t)(eq - specs[i]), sizeof o->s[0].name - 1);
		/* one name, one scheme: --base, --invest and the summary find
		 * schemes by name (a name twice costed one with the other's
		 * investment) */
		for (size_t j = 0; j < o->ns; j++)
			if (strlen(o->s[j].name) == (size_t)(eq - specs[i]) &&
			    !strncmp(o->s[j].name, specs[i], (size_t)(eq - specs[i])))
				return hk_fail(err, HK_EINVAL, "--scheme (%s): scheme %s named twice: expected "
					       "a name of its own for each scheme", specs[i], o->s[j].name);
		if ((k = find_scheme(o, "", 1, err)) < 0)
			return HK_ENOMEM;
		snprintf(o->s[k].name, sizeof o->s[k].name, "%.*s", (int)(eq - specs[i]), specs[i]);
		snprintf(o->s[k].column, sizeof o->s[k].column, "%s", eq + 1);
		o->s[k].role = !strcmp(eq + 1, "hp_power_kw")	    ? HK_ECON_HP
			       : !strcmp(eq + 1, "power_kw")	    ? HK_ECON_STORE
			       : !strcmp(eq + 1, "gshp")	    ? HK_ECON_GSHP
			       : !strcmp(eq + 1, "electric-boiler") ? HK_ECON_EBOILER
			       : !strcmp(eq + 1, "gas-boiler")	    ? HK_ECON_GAS
								    : HK_ECON_PLAIN;
		/* a plant econ runs reads no column of its own (an optional one of its kind's name) */
		cols[k] = o->s[k].role >= HK_ECON_GSHP
				  ? (hk_colspec){eq + 1, eq + 1, HK_DIM_NONE, 0, "(none: the plant runs on heat_load_kw)"}
				  : (hk_colspec){eq + 1, eq + 1, HK_DIM_NONE, HK_REQUIRED | HK_NONNEG,
						 "electric power of the scheme, kW"};
	}
	/* the heat the plants leave unmet (tanksize, hpsize) */
	cols[o->ns] = hk_tk_profile_econ.cols[HK_PECON_UNMET];
	cols[o->ns + 1] = hk_tk_profile_econ.cols[HK_PECON_HP_HEAT];
	return HK_OK;
}

/* An electric boiler and the profile's tank, dispatched as tanksize
 * dispatches heat pumps and tank (storage.h: least cost, charged in the
 * valley) with the boiler at the design load and COP = its efficiency:
 * electric power into pw, unmet heat into u. */
static hk_status eboiler_run(const hk_tariff *t, const hk_proftable *p, const hk_econ_ops *o, const hk_econ_scheme *sk, double *pw,
			     double *u, hk_err *err)
{
	hk_tank_params tp = hk_tank_params_default();
	hk_hp_step *hp = calloc(p->n + 1, sizeof *hp);
	hk_store_step *r = calloc(p->n + 1, sizeof *r);
	hk_store_opts so;
	double kwh;
	hk_status st = !hp || !r ? hk_fail(err, HK_ENOMEM, "out of memory") : HK_OK;
	if (st == HK_OK && isnan(o->design.tank_m3))
		st = hk_fail_at(err, HK_EINVAL, o->file, 1, 1,
				"scheme %s (electric boiler + storage) has no tank: expected tanksize's tank_m3 column "
				"in the profile", sk->name);
	if (st == HK_OK)
		st = hk_tank_capacity_kwh(&tp, o->design.tank_m3, &kwh, err);
	for (size_t i = 0; st == HK_OK && i < p->n; i++) {
		hp[i].capacity_kw = o->design_kw;
		hp[i].cop = o->plant->eboiler_eff;
	}
	so = hk_store_opts_default(kwh);
	if (st == HK_OK && (st = hk_store_sim(p->steps, hp, p->n, t, &so, r, err)) == HK_OK)
		for (size_t i = 0; i < p->n; i++) {
			double h = hk_step_hours(&p->steps[i]);
			pw[i] = r[i].power_kw;
			u[i] = r[i].unmet_kwh > 1e-6 * h * p->steps[i].load_kw ? r[i].unmet_kwh / h : 0;
		}
	free(hp);
	free(r);
	return st;
}

/* A plant econ runs on the heat load: its electric power per step into pw
 * (gas: none), the heat it leaves unmet into u; 1 when it may leave some. */
static hk_status plant_power(const hk_tariff *t, const hk_proftable *p, const hk_econ_ops *o,
			     const hk_econ_scheme *sk, double *pw, double *u, int *has_unmet, hk_err *err)
{
	*has_unmet = 0;
	if (sk->role == HK_ECON_EBOILER) {
		*has_unmet = 1;
		return eboiler_run(t, p, o, sk, pw, u, err);
	}
	for (size_t i = 0; i < p->n; i++) {
		double q = p->steps[i].load_kw > 0 ? p->steps[i].load_kw : 0;
		/* ground source: electricity = heat / seasonal COP */
		pw[i] = sk->role == HK_ECON_GSHP ? q / o->plant->gshp_scop : 0;
		u[i] = 0;
	}
	return HK_OK;
}

/* A gas boiler's days: gas = heat / (efficiency × LHV), LHV in kWh/m3 =
 * MJ/m3 / 3.6 (GB/T 2589-2020 §3: energy by the lower heating value);
 * cost = gas × its price (its electricity, none, costed 0). */
static void gas_days(const hk_proftable *p, hk_econ_ops *o, const hk_econ_scheme *sk)
{
	const hk_econ_plant *pl = o->plant;
	double kwh_m3 = pl->gas_lhv_mj_m3 / 3.6;
	for (size_t i = sk->d0; i < sk->d1; i++)
		o->day[i].gas_m3 = 0;
	for (size_t i = 0; i < p->n; i++) {
		const hk_step *s = &p->steps[i];
		double q = s->load_kw > 0 ? s->load_kw * hk_step_hours(s) : 0;
		o->day[sk->d0 + (size_t)s->day].gas_m3 += q / (pl->gas_eff * kwh_m3);
	}
	for (size_t i = sk->d0; i < sk->d1; i++)
		o->day[i].cost = o->day[i].gas_m3 * pl->gas_price;
}

/* scheme k's days: electricity and cost of its power column (or of the
 * plant econ runs), and of the heat it leaves unmet at COP 1 */
static hk_status scheme_days(const hk_tariff *t, const hk_proftable *p, size_t k, double *u, double *pw,
			     hk_day_figs *f, hk_day_figs *fu, hk_econ_ops *o, hk_err *err)
{
	hk_econ_scheme *sk = &o->s[k];
	const double *kw = &p->extra[k];
	size_t n, stride = p->nextra * sizeof(double);
	if (sk->role >= HK_ECON_GSHP) {
		if (plant_power(t, p, o, sk, pw, u, &sk->has_unmet, err) != HK_OK)
			return hk_err_locate(err, err ? err->code : HK_EINVAL, p->file, 0, 0);
		kw = pw;
		stride = sizeof *pw;
	} else {
		sk->has_unmet = unmet_kw(p, sk, o->ns, u);
	}
	if (hk_daily_figs(t, p->steps, p->n, kw, stride, f, p->ndays, &n, err) != HK_OK ||
	    (sk->has_unmet && hk_daily_figs(t, p->steps, p->n, u, sizeof *u, fu, p->ndays, &n, err) != HK_OK))
		return hk_err_locate(err, err ? err->code : HK_EINVAL, p->file, 0, 0);
	sk->d0 = o->nd;
	for (size_t i = 0; i < n; i++) {
		hk_econ_day *d = add_day(o, k, err);
		if (!d)
			return HK_ENOMEM;
		snprintf(d->day, sizeof d->day, "%s", p->dayname[i]);
		d->days = f[i].days;
		d->kwh = f[i].kwh;
		d->cost = f[i].cost;
		for (int j = 0; j < HK_PER_KINDS; j++)
			d->kwh_kind[j] = f[i].kwh_by_kind[j];
		if (sk->has_unmet) {
			d->unmet = fu[i].kwh;
			d->unmet_cost1 = fu[i].cost;
			for (int j = 0; j < HK_PER_KINDS; j++)
				d->unmet_kind[j] = fu[i].kwh_by_kind[j];
		}
	}

	sk->d1 = o->nd;
	if (sk->role == HK_ECON_GAS)
		gas_days(p, o, sk);
	return HK_OK;
}

/* Each period kind's price, where every period of the kind has one price
 * (a kind of two prices cannot be written kWh × price: NAN); the design
 * load (the largest step load). */
static void tariff_and_design(const hk_tariff *t, const hk_proftable *p, hk_econ_ops *o)
{
	int mixed[HK_PER_KINDS] = {0};
	for (size_t i = 0; i < t->n; i++) {
		const hk_period *s = &t->seg[i];
		if (isnan(o->kind_price[s->kind]) && !mixed[s->kind])
			o->kind_price[s->kind] = s->price;
		else if (o->kind_price[s->kind] != s->price) {
			mixed[s->kind] = 1;
			o->kind_price[s->kind] = NAN;
		}
	}
	o->by_kind = 1;
	o->design_kw = 0;
	for (size_t i = 0; i < p->n; i++)
		if (p->steps[i].load_kw > o->design_kw)
			o->design_kw = p->steps[i].load_kw;
}

/* where the profile carries the design (for an error about it): the
 * columns the dictionary reads units_total and tank_m3 from */
static void design_place(const hk_proftable *p, hk_econ_ops *o)
{
	static const size_t cols[HK_NDQ] = {HK_PDES_UNITS, HK_PDES_TANK};
	o->design_line = p->n ? p->line[0] : 2;
	for (size_t k = 0; k < HK_NDQ; k++)
		for (size_t c = 0; c < p->ncols && !o->design_col[k]; c++)
			if (hk_colspec_find(&hk_tk_profile_design.cols[cols[k]], 1, p->hdr[c], NULL, NULL) == 0)
				o->design_col[k] = (int)c + 1;
}

static hk_status profile_days(const hk_tariff *t, const hk_proftable *p, hk_econ_ops *o, hk_err *err)
{
	double *u = malloc((p->n + 1) * sizeof *u), *pw = malloc((p->n + 1) * sizeof *pw);
	hk_day_figs *f = calloc(p->ndays + 1, sizeof *f), *fu = calloc(p->ndays + 1, sizeof *fu);
	hk_status st = !u || !pw || !f || !fu ? hk_fail(err, HK_ENOMEM, "out of memory") : HK_OK;
	for (size_t k = 0; st == HK_OK && k < o->ns; k++)
		st = scheme_days(t, p, k, u, pw, f, fu, o, err);
	free(u);
	free(pw);
	free(f);
	free(fu);
	return st;
}

hk_status hk_econ_read_profile(const char *path, const char *encoding, const hk_tariff *t,
			       const char *const *specs, size_t nspecs, const hk_econ_plant *pl, hk_econ_ops *o,
			       hk_err *err)
{
	hk_colspec *cols = calloc(nspecs + 2, sizeof *cols);
	hk_proftable p;
	hk_status st;
	ops_init(o, path);
	if (!cols)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	o->plant = pl;
	if ((st = profile_schemes(specs, nspecs, o, cols, err)) != HK_OK) {
		free(cols);
		return st;
	}
	for (size_t k = 0; k < o->ns; k++)
		if (o->s[k].role >= HK_ECON_GSHP && !pl) {
			free(cols);
			return hk_fail(err, HK_EINVAL, "--scheme %s=%s: no plant parameters", o->s[k].name, o->s[k].column);
		}
	st = hk_proftable_read(path, encoding, cols, o->ns + 2, &p, err);
	free(cols);
	if (st != HK_OK)
		return st;
	if ((st = hk_proftable_design(&p, &o->design, err)) == HK_OK) {
		o->chinese = p.chinese;
		design_place(&p, o);
		tariff_and_design(t, &p, o);
		st = profile_days(t, &p, o, err);
	}
	hk_proftable_free(&p);
	return st;
}
