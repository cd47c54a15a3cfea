/* catalog.c - heat-pump and pump catalog loaders (see catalog.h). */
#include "catalog.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "grow.h"
#include "table.h"
#include "text.h"

/* ---- shared: model names, grow arrays, find with suggestions ---- */

static int same_name(const char *a, const char *b)
{
	char fa[256], fb[256];
	hk_fold(a, fa, sizeof fa, 1);
	hk_fold(b, fb, sizeof fb, 1);
	return !strcmp(fa, fb);
}

/*
 * Both catalogs give a model as consecutive rows, one per point, the
 * model's own columns repeated on each.  The entry for the row's model
 * among the *n entries at *base (each size bytes, the name a char array
 * at name_off): the one of that name, or a new zeroed entry appended
 * (*added = 1); NULL out of memory.
 */
/* The models read so far, by name: each row finds its model in one
 * look-up, not a scan of every model before it (a catalog of 20 000
 * pumps took 9 s, issue 18).  Open addressing, FNV-1a over the names;
 * slot = model index + 1, 0 = free. */
struct models {
	size_t capm;        /* the model array's capacity (hk_grow) */
	size_t *slot, cap;  /* the hash */
};

static size_t name_hash(const char *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void *model_of_row(void **base, size_t *n, struct models *ms, size_t size, size_t name_off,
			  size_t name_cap, const char *name, int *added)
{
	char *b = *base;
	size_t i;
	*added = 0;
	if (2 * (*n + 1) > ms->cap) { /* grow to twice the models, rehash */
		size_t nc = ms->cap ? 2 * ms->cap : 64, *ns = calloc(nc, sizeof *ns);
		if (!ns)
			return NULL;
		for (size_t k = 0; k < ms->cap; k++)
			if (ms->slot[k]) {
				for (i = name_hash(b + (ms->slot[k] - 1) * size + name_off) & (nc - 1); ns[i];
				     i = (i + 1) & (nc - 1))
					;
				ns[i] = ms->slot[k];
			}
		free(ms->slot);
		ms->slot = ns;
		ms->cap = nc;
	}
	for (i = name_hash(name) & (ms->cap - 1); ms->slot[i]; i = (i + 1) & (ms->cap - 1))
		if (!strcmp(b + (ms->slot[i] - 1) * size + name_off, name))
			return b + (ms->slot[i] - 1) * size;
	if (hk_grow(base, &ms->capm, *n, size, NULL) != HK_OK)
		return NULL;
	ms->slot[i] = *n + 1;
	b = (char *)*base + (*n)++ * size;
	memset(b, 0, size);
	snprintf(b + name_off, name_cap, "%s", name); /* the caller refused longer names */
	*added = 1;
	return b;
}

/* bytes of name's first 40 or fewer that end on a whole UTF-8 character
 * (a long name quoted in a message) */
static size_t name_head(const char *name)
{
	size_t n = strlen(name);
	return hk_utf8_valid_prefix((const unsigned char *)name, n < 40 ? n : 40, 0);
}

/* append the point at p (size bytes) to the *n points at *pts */
static hk_status add_point(void **pts, size_t *n, size_t size, const void *p, hk_err *err)
{
	char *np = realloc(*pts, (*n + 1) * size);
	if (!np)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	memcpy(np + (*n)++ * size, p, size);
	*pts = np;
	return HK_OK;
}

/* The model named query among the n models at base (each size bytes, its
 * name a char array at name_off: hk_hp_entry or hk_pump_model) into
 * *found; an unknown name lists the nearest ones. */
static hk_status find_named(const char *file, const char *what, const char *query, const void *base,
			    size_t n, size_t size, size_t name_off, const void **found, hk_err *err)
{
	size_t i, best[5], k, o = 0;
	char list[600];
	const char **names = malloc((n + 1) * sizeof *names);
	if (!names)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	for (i = 0; i < n; i++)
		names[i] = (const char *)base + i * size + name_off;
	for (i = 0; i < n; i++)
		if (same_name(names[i], query)) {
			*found = (const char *)base + i * size;
			free(names);
			return HK_OK;
		}
	k = hk_suggest(query, names, n, best, 5);
	list[0] = '\0';
	for (i = 0; i < k && o + 130 < sizeof list; i++)
		o += (size_t)snprintf(list + o, sizeof list - o, "%s%s", i ? ", " : "", names[best[i]]);
	free(names);
	return hk_fail_at(err, HK_ENOTFOUND, file, 0, 0,
			  "unknown %s (%s): expected a model of the catalog%s%s", what, query,
			  k ? "; nearest: " : " (none is close; list them with the catalog file)", list);
}

/* Read the catalog at path (its name kept in file, FILESZ bytes) as kind,
 * each row through row(r, catalog, &models, err), models the capacity of
 * the catalog's model array and its names' hash (see model_of_row); the
 * reader is closed whatever happens.  No model read (*count 0): an error
 * saying none. */
static hk_status read_rows(const char *path, const char *encoding, const hk_table_kind *kind,
			   hk_status (*row)(hk_reader *, void *, struct models *, hk_err *), void *catalog,
			   char *file, size_t filesz, const size_t *count, const char *none, hk_err *err)
{
	hk_reader *r;
	struct models ms = {0, NULL, 0};
	int rc = 0;
	hk_status st;
	snprintf(file, filesz, "%s", path);
	st = hk_reader_open(&r, path, encoding, err);
	if (st != HK_OK)
		return st;
	st = hk_reader_bind_kind(r, kind, err);
	while (st == HK_OK && (rc = hk_reader_next(r, err)) > 0)
		st = row(r, catalog, &ms, err);
	if (st == HK_OK && rc < 0)
		st = err ? err->code : HK_EPARSE;
	hk_reader_close(r);
	free(ms.slot);
	if (st == HK_OK && *count == 0)
		st = hk_fail_at(err, HK_EPARSE, path, 2, 1, "%s (empty catalog): expected rows", none);
	return st;
}

static double opt_num(hk_reader *r, size_t i, hk_err *err, hk_status *st)
{
	double v = NAN;
	hk_status s;
	if (*st != HK_OK)
		return NAN;
	s = hk_reader_num(r, i, &v, err);
	if (s != HK_OK && s != HK_ENOTFOUND)
		*st = s;
	return s == HK_OK ? v : NAN;
}

/* same value on every row of a model (NAN == NAN) */
static int same_val(double a, double b)
{
	return (isnan(a) && isnan(b)) || fabs(a - b) <= 1e-9 * fmax(1, fabs(a));
}

/* ---- heat pumps ---- */

/* the heat-pump catalog's columns (columns.h) */
enum { H_MODEL = HK_HPC_MODEL, H_MAKER = HK_HPC_MAKER, H_REFR = HK_HPC_REFR, H_RATED = HK_HPC_RATED,
       H_RCOP = HK_HPC_RCOP, H_RTW = HK_HPC_RTW, H_TOUT = HK_HPC_TOUT, H_TW = HK_HPC_TW,
       H_HEAT = HK_HPC_HEAT, H_POWER = HK_HPC_POWER, H_COP = HK_HPC_COP, H_MIN = HK_HPC_MIN,
       H_DEFROST = HK_HPC_DEFROST, H_PRICE = HK_HPC_PRICE, H_SOURCE = HK_HPC_SOURCE,
       H_PTYPE = HK_HPC_PTYPE, H_STD = HK_HPC_STD, H_CERT = HK_HPC_CERT };

static const char *const ptype_names[] = {"capacity", "rated", "tol", "part_load_demand"};

const char *hk_cat_point_type_name(hk_cat_point_type t)
{
	return (unsigned)t < sizeof ptype_names / sizeof *ptype_names ? ptype_names[t] : "?";
}

void hk_hp_catalog_free(hk_hp_catalog *cat)
{
	size_t i;
	for (i = 0; i < cat->n; i++)
		free(cat->m[i].pts);
	free(cat->m);
	memset(cat, 0, sizeof *cat);
}

static hk_status hp_row(hk_reader *r, void *catalog, struct models *capm, hk_err *err)
{
	hk_hp_catalog *cat = catalog;
	hk_status st = HK_OK;
	const char *name = hk_reader_text(r, H_MODEL), *d = hk_reader_text(r, H_DEFROST);
	const char *pt = hk_reader_has(r, H_PTYPE) ? hk_reader_text(r, H_PTYPE) : "capacity";
	hk_hp_entry *m = NULL;
	hk_hp_entry row;
	hk_hp_point p;
	size_t i;
	int added;
	memset(&row, 0, sizeof row);
	memset(&p, 0, sizeof p);
	if (!*name)
		return hk_reader_fail(r, H_MODEL, err, "empty model name (\"\"): expected a model name");
	if (strlen(name) >= sizeof cat->m->model)
		return hk_reader_fail(r, H_MODEL, err, "model name of %zu bytes (%.*s...): expected at most %zu",
				      strlen(name), (int)name_head(name), name, sizeof cat->m->model - 1);
	for (i = 0; i < sizeof ptype_names / sizeof *ptype_names && strcmp(pt, ptype_names[i]); i++)
		;
	if (i == sizeof ptype_names / sizeof *ptype_names)
		return hk_reader_fail(r, H_PTYPE, err,
				      "point_type (%s): expected rated (a rating point, EN 14511), tol "
				      "(EN 14825 capacity at TOL), capacity (a maker's capacity table) or "
				      "part_load_demand (EN 14825 Pdh: the reference building's demand, "
				      "never a capacity)", pt);
	p.type = (hk_cat_point_type)i;
	p.line = hk_reader_line(r);
	snprintf(p.standard, sizeof p.standard, "%s", hk_reader_has(r, H_STD) ? hk_reader_text(r, H_STD) : "");
	if (!strcmp(d, "peak"))
		row.defrost = HK_CAT_DEFROST_PEAK;
	else if (!strcmp(d, "integrated"))
		row.defrost = HK_CAT_DEFROST_INTEGRATED;
	else if (!strcmp(d, "unknown"))
		row.defrost = HK_CAT_DEFROST_UNKNOWN;
	else
		return hk_reader_fail(r, H_DEFROST, err,
				      "defrost (%s): expected integrated (capacities include defrost, "
				      "as EN 14511 at +2/-7 C), peak (K2 still to apply) or unknown", d);
	row.rated_heat_kw = opt_num(r, H_RATED, err, &st);
	row.rated_cop = opt_num(r, H_RCOP, err, &st);
	row.rated_t_water_c = opt_num(r, H_RTW, err, &st);
	row.min_t_out_c = opt_num(r, H_MIN, err, &st);
	row.price_yuan = opt_num(r, H_PRICE, err, &st);
	p.t_out_c = opt_num(r, H_TOUT, err, &st);
	/* a part-load demand row may leave the water temperature blank (EN 14825
	 * colder-climate −15 ℃: the source does not give it) */
	if (p.type == HK_CAT_PT_PART_LOAD_DEMAND && !*hk_reader_text(r, H_TW))
		p.t_water_c = NAN;
	else
		p.t_water_c = opt_num(r, H_TW, err, &st);
	p.heat_kw = opt_num(r, H_HEAT, err, &st);
	p.power_kw = opt_num(r, H_POWER, err, &st);
	p.cop = opt_num(r, H_COP, err, &st);
	if (st != HK_OK)
		return st;
	if (isnan(p.cop) && !isnan(p.power_kw))
		p.cop = p.heat_kw / p.power_kw; /* COP = Q / P (definition) */
	if (!isnan(p.cop) && !isnan(p.power_kw) && fabs(p.cop - p.heat_kw / p.power_kw) > 0.02 * p.cop)
		return hk_reader_fail(r, H_COP, err,
				      "cop (%g) disagrees with heat_kw / power_kw = %.3g: expected them "
				      "to agree within 2 %%", p.cop, p.heat_kw / p.power_kw);
	m = model_of_row((void **)&cat->m, &cat->n, capm, sizeof *cat->m, offsetof(hk_hp_entry, model),
			 sizeof cat->m->model,
			 name, &added);
	if (!m)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	if (added) {
		*m = row;
		snprintf(m->model, sizeof m->model, "%s", name);
		snprintf(m->maker, sizeof m->maker, "%s", hk_reader_has(r, H_MAKER) ? hk_reader_text(r, H_MAKER) : "");
		snprintf(m->refrigerant, sizeof m->refrigerant, "%s",
			 hk_reader_has(r, H_REFR) ? hk_reader_text(r, H_REFR) : "");
		snprintf(m->source, sizeof m->source, "%s", hk_reader_text(r, H_SOURCE));
		snprintf(m->certificate, sizeof m->certificate, "%s",
			 hk_reader_has(r, H_CERT) ? hk_reader_text(r, H_CERT) : "");
		m->line = hk_reader_line(r);
	} else {
		static const struct { size_t col; const char *key; } chk[] = {
			{H_RATED, "rated_heat_kw"}, {H_RCOP, "rated_cop"}, {H_MIN, "min_t_out_c"},
			{H_DEFROST, "defrost"}};
		double a[4] = {m->rated_heat_kw, m->rated_cop, m->min_t_out_c, m->defrost};
		double b[4] = {row.rated_heat_kw, row.rated_cop, row.min_t_out_c, row.defrost};
		for (i = 0; i < 4; i++)
			if (!same_val(a[i], b[i]))
				return hk_reader_fail(r, chk[i].col, err,
						      "%s (%s) differs from line %ld of model %s: expected "
						      "one value per model", chk[i].key,
						      hk_reader_text(r, chk[i].col), m->line, name);
	}
	if (p.type == HK_CAT_PT_PART_LOAD_DEMAND) {
		m->n_part_load++; /* EN 14825 demand: checked above, never a capacity */
		return HK_OK;
	}
	for (i = 0; i < m->npts; i++)
		if (m->pts[i].t_out_c == p.t_out_c && m->pts[i].t_water_c == p.t_water_c)
			return hk_reader_fail(r, H_TOUT, err,
					      "duplicate point (%g C outdoor, %g C water) for model %s: "
					      "expected one capacity row per temperature pair", p.t_out_c, p.t_water_c, name);
	return add_point((void **)&m->pts, &m->npts, sizeof p, &p, err);
}

hk_status hk_hp_catalog_load(const char *path, const char *encoding, hk_hp_catalog *cat,
			     hk_err *err)
{
	hk_status st;
	memset(cat, 0, sizeof *cat);
	st = read_rows(path, encoding, &hk_tk_hp_catalog, hp_row, cat, cat->file, sizeof cat->file, &cat->n,
		       "no models", err);
	if (st != HK_OK)
		hk_hp_catalog_free(cat);
	return st;
}

hk_status hk_hp_catalog_find(const hk_hp_catalog *cat, const char *model,
			     const hk_hp_entry **out, hk_err *err)
{
	const void *m = NULL;
	hk_status st = find_named(cat->file, "heat-pump model", model, cat->m, cat->n, sizeof *cat->m,
				  offsetof(hk_hp_entry, model), &m, err);
	if (st == HK_OK)
		*out = m;
	return st;
}

/* ---- pumps ---- */

/* the pump catalog's columns (columns.h) */
enum { P_MODEL = HK_PC_MODEL, P_MAKER = HK_PC_MAKER, P_TYPE = HK_PC_TYPE, P_SPEED = HK_PC_SPEED,
       P_IMP = HK_PC_IMP, P_FLOW = HK_PC_FLOW, P_HEAD = HK_PC_HEAD, P_EFF = HK_PC_EFF,
       P_POWER = HK_PC_POWER, P_BASIS = HK_PC_BASIS, P_MOTOR = HK_PC_MOTOR, P_PRICE = HK_PC_PRICE,
       P_SOURCE = HK_PC_SOURCE, P_SERIES = HK_PC_SERIES, P_FLAGS = HK_PC_FLAGS };

static const char *const pump_flag_names[HK_PUMP_CAT_NFLAGS] = {
	"power_mismatch", "power_contradicts", "eff_curve_copied", "shared_eff_curve", "head_typo",
	"head_rises", "bep_at_edge", "point_dropped", "no_power", "no_eff", "maker_unnamed",
	"name_inferred", "units_converted", "units_suspect", "fitted_points"};

const char *hk_pump_cat_flag_name(unsigned bit)
{
	unsigned i;
	for (i = 0; i < HK_PUMP_CAT_NFLAGS; i++)
		if (bit == 1u << i)
			return pump_flag_names[i];
	return NULL;
}

/* "a;b" → bits; an unknown word fails at the flags column */
static hk_status pump_flags(hk_reader *r, unsigned *bits, hk_err *err)
{
	const char *t = hk_reader_text(r, P_FLAGS), *w;
	*bits = 0;
	for (w = t; t && *w;) {
		size_t n = strcspn(w, ";"), i;
		for (i = 0; i < HK_PUMP_CAT_NFLAGS; i++)
			if (n == strlen(pump_flag_names[i]) && !strncmp(w, pump_flag_names[i], n))
				break;
		if (i == HK_PUMP_CAT_NFLAGS)
			return hk_reader_fail(r, P_FLAGS, err,
					      "unknown flag (%.*s): expected words of power_mismatch, "
					      "power_contradicts, eff_curve_copied, shared_eff_curve, head_typo, "
					      "head_rises, bep_at_edge, point_dropped, no_power, no_eff, "
					      "maker_unnamed, name_inferred, units_converted, units_suspect, "
					      "fitted_points, separated by ;", (int)n, w);
		*bits |= 1u << i;
		w += n;
		if (*w == ';')
			w++;
	}
	return HK_OK;
}

void hk_pump_catalog_free(hk_pump_catalog *cat)
{
	size_t i;
	for (i = 0; i < cat->n; i++)
		free(cat->m[i].pts);
	free(cat->m);
	memset(cat, 0, sizeof *cat);
}

static hk_status pump_row(hk_reader *r, void *catalog, struct models *capm, hk_err *err)
{
	hk_pump_catalog *cat = catalog;
	hk_status st = HK_OK;
	const char *name = hk_reader_text(r, P_MODEL);
	hk_pump_model *m = NULL;
	hk_pump_point p;
	int added;
	double eff_pct_raw;
	if (!*name)
		return hk_reader_fail(r, P_MODEL, err, "empty model name (\"\"): expected a pump model");
	if (strlen(name) >= sizeof cat->m->model)
		return hk_reader_fail(r, P_MODEL, err, "model name of %zu bytes (%.*s...): expected at most %zu",
				      strlen(name), (int)name_head(name), name, sizeof cat->m->model - 1);
	p.flow_m3h = opt_num(r, P_FLOW, err, &st);
	p.head_m = opt_num(r, P_HEAD, err, &st);
	eff_pct_raw = opt_num(r, P_EFF, err, &st);
	p.power_kw = opt_num(r, P_POWER, err, &st);
	if (st != HK_OK)
		return st;
	/* eff_pct: the header's unit (pct, %) or a % on the value makes a fraction */
	p.eff = eff_pct_raw;
	if (!isnan(p.eff) && p.eff > 1.0)
		return hk_reader_fail(r, P_EFF, err,
				      "efficiency above 100 %% (%s): expected a pump efficiency in (0, 100] %% "
				      "(a column without %% or _pct holds fractions)", hk_reader_text(r, P_EFF));
	m = model_of_row((void **)&cat->m, &cat->n, capm, sizeof *cat->m, offsetof(hk_pump_model, model),
			 sizeof cat->m->model,
			 name, &added);
	if (!m)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	if (added) {
		const char *b = hk_reader_has(r, P_BASIS) ? hk_reader_text(r, P_BASIS) : "";
		snprintf(m->maker, sizeof m->maker, "%s", hk_reader_has(r, P_MAKER) ? hk_reader_text(r, P_MAKER) : "");
		snprintf(m->type, sizeof m->type, "%s", hk_reader_has(r, P_TYPE) ? hk_reader_text(r, P_TYPE) : "");
		snprintf(m->source, sizeof m->source, "%s", hk_reader_text(r, P_SOURCE));
		snprintf(m->series, sizeof m->series, "%s", hk_reader_has(r, P_SERIES) ? hk_reader_text(r, P_SERIES) : "");
		snprintf(m->flags, sizeof m->flags, "%s", hk_reader_has(r, P_FLAGS) ? hk_reader_text(r, P_FLAGS) : "");
		st = pump_flags(r, &m->cat_flags, err);
		if (st != HK_OK)
			return st;
		m->speed_rpm = opt_num(r, P_SPEED, err, &st);
		m->impeller_mm = opt_num(r, P_IMP, err, &st);
		m->motor_kw = opt_num(r, P_MOTOR, err, &st);
		m->price_yuan = opt_num(r, P_PRICE, err, &st);
		if (st != HK_OK)
			return st;
		if (!*b || !strcmp(b, "unknown"))
			m->power_basis = HK_POWER_UNKNOWN;
		else if (!strcmp(b, "shaft"))
			m->power_basis = HK_POWER_SHAFT;
		else if (!strcmp(b, "input"))
			m->power_basis = HK_POWER_INPUT;
		else
			return hk_reader_fail(r, P_BASIS, err, "power_basis (%s): expected shaft, input or unknown", b);
		m->line = hk_reader_line(r);
	}
	if (hk_reader_has(r, P_FLAGS) && strcmp(hk_reader_text(r, P_FLAGS), m->flags))
		return hk_reader_fail(r, P_FLAGS, err,
				      "flags (%s) differ from line %ld of pump %s (%s): expected one set of "
				      "flags per pump", hk_reader_text(r, P_FLAGS), m->line, name, m->flags);
	/* shaft power P = rho g Q H / eta (definition of pump efficiency) */
	if (!isnan(p.eff) && p.eff > 0 && !isnan(p.power_kw) && p.flow_m3h > 0 &&
	    !(m->cat_flags & HK_PUMP_CAT_POWER_CONTRADICTS)) {
		double calc = HK_PUMP_RHO_WATER * HK_PUMP_G * p.flow_m3h / 3600 * p.head_m / p.eff / 1000;
		double dev = (p.power_kw - calc) / p.power_kw;
		if (m->power_basis == HK_POWER_INPUT && dev > 0)
			dev = 0; /* input power P1 >= shaft power */
		if (fabs(dev) > 0.10)
			return hk_reader_fail(r, P_POWER, err,
					      "power %g kW of pump %s at %g m3/h contradicts rho g Q H / eta = "
					      "%.3g kW by %.0f %%: expected them within 10 %% (or the pump "
					      "flagged power_contradicts, which pumpselect must not select)",
					      p.power_kw, name, p.flow_m3h, calc, 100 * fabs(dev));
	}
	if (m->npts > 0 && !(p.flow_m3h > m->pts[m->npts - 1].flow_m3h))
		return hk_reader_fail(r, P_FLOW, err,
				      "flow does not rise (%g m3/h after %g) in pump %s: expected curve "
				      "points in order of rising flow", p.flow_m3h,
				      m->pts[m->npts - 1].flow_m3h, name);
	return add_point((void **)&m->pts, &m->npts, sizeof p, &p, err);
}

/* the point of highest head (the first of equal ones) */
static size_t hump_of(const hk_pump_model *m)
{
	size_t i, top = 0;
	for (i = 1; i < m->npts; i++)
		if (m->pts[i].head_m > m->pts[top].head_m)
			top = i;
	return top;
}

/* after the highest head (m->hump), head must fall: a second rise is a
 * malformed curve */
static hk_status pump_check(const hk_pump_model *m, const char *file, hk_err *err)
{
	size_t i;
	if (m->npts < 3)
		return hk_fail_at(err, HK_EPARSE, file, m->line, 1,
				  "pump %s has %zu curve point%s: expected at least 3 (H-Q) points",
				  m->model, m->npts, m->npts == 1 ? "" : "s");
	for (i = m->hump + 1; i < m->npts; i++)
		if (m->pts[i].head_m > m->pts[i - 1].head_m)
			return hk_fail_at(err, HK_EPARSE, file, m->line, 1,
					  "pump %s head rises again (%g m at %g m3/h after %g m): expected "
					  "head to fall with flow after its highest point",
					  m->model, m->pts[i].head_m, m->pts[i].flow_m3h, m->pts[i - 1].head_m);
	return HK_OK;
}

hk_status hk_pump_catalog_load(const char *path, const char *encoding,
			       hk_pump_catalog *cat, hk_err *err)
{
	hk_status st;
	size_t i;
	memset(cat, 0, sizeof *cat);
	st = read_rows(path, encoding, &hk_tk_pump_catalog, pump_row, cat, cat->file, sizeof cat->file, &cat->n,
		       "no pumps", err);
	for (i = 0; st == HK_OK && i < cat->n; i++) {
		cat->m[i].hump = hump_of(&cat->m[i]);
		st = pump_check(&cat->m[i], path, err);
	}
	if (st != HK_OK)
		hk_pump_catalog_free(cat);
	return st;
}

hk_status hk_pump_catalog_find(const hk_pump_catalog *cat, const char *model,
			       const hk_pump_model **out, hk_err *err)
{
	const void *m = NULL;
	hk_status st = find_named(cat->file, "pump model", model, cat->m, cat->n, sizeof *cat->m,
				  offsetof(hk_pump_model, model), &m, err);
	if (st == HK_OK)
		*out = m;
	return st;
}

/* ---- catalog entry → heat-pump model ---- */

static size_t axis_add(double *ax, size_t n, double v)
{
	size_t i, j;
	for (i = 0; i < n; i++)
		if (ax[i] == v)
			return n;
	for (i = 0; i < n && ax[i] < v; i++)
		;
	for (j = n; j > i; j--)
		ax[j] = ax[j - 1];
	ax[i] = v;
	return n + 1;
}

static size_t axis_find(const double *ax, size_t n, double v)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (ax[i] == v)
			return i;
	return n;
}

hk_status hk_hp_entry_model(const hk_hp_entry *e, hk_cat_defrost defrost_override,
			    hk_hp_model *m, hk_err *err)
{
	double tt[64], tw[64];
	size_t nt = 0, nw = 0, i;
	hk_cat_defrost d = defrost_override != HK_CAT_DEFROST_UNKNOWN ? defrost_override : e->defrost;
	if (e->npts == 0)
		return hk_fail(err, HK_EINVAL,
			       "model %s has no capacity point (rated, tol or capacity) in the catalog, "
			       "only %zu part-load demand row%s (EN 14825 Pdh, the reference building's "
			       "demand): expected a model with capacities", e->model, e->n_part_load,
			       e->n_part_load == 1 ? "" : "s");
	if (isnan(e->rated_heat_kw))
		return hk_fail(err, HK_EINVAL,
			       "model %s has no rated point at 7 C DB / 6 C WB in the catalog (%s): "
			       "K1 = Q(t)/q cannot be formed; give --rated-kw with a ratio table",
			       e->model, e->source);
	if (d == HK_CAT_DEFROST_UNKNOWN)
		return hk_fail(err, HK_EINVAL,
			       "model %s: the catalog does not say whether its capacities include "
			       "defrost: expected --defrost peak (apply K2) or --defrost integrated "
			       "(EN 14511 integrated capacities; no K2)", e->model);
	for (i = 0; i < e->npts && nt < 64 && nw < 64; i++) {
		nt = axis_add(tt, nt, e->pts[i].t_out_c);
		nw = axis_add(tw, nw, e->pts[i].t_water_c);
	}
	if (nt > HK_HP_MAX_T || nw > HK_HP_MAX_W)
		return hk_fail(err, HK_EINVAL,
			       "model %s has %zu outdoor and %zu water temperatures: expected at most %d and %d",
			       e->model, nt, nw, HK_HP_MAX_T, HK_HP_MAX_W);
	hk_hp_model_init(m, e->model, e->rated_heat_kw,
			 isnan(e->rated_cop) ? 0 : e->rated_heat_kw / e->rated_cop);
	m->nt = nt;
	m->nw = nw;
	memcpy(m->t_out, tt, nt * sizeof *tt);
	memcpy(m->t_water, tw, nw * sizeof *tw);
	for (i = 0; i < e->npts; i++) {
		size_t a = axis_find(tt, nt, e->pts[i].t_out_c), b = axis_find(tw, nw, e->pts[i].t_water_c);
		m->k1[b][a] = e->pts[i].heat_kw / e->rated_heat_kw; /* K1 = Q(t)/q, GB 50736 §8.3.2 */
		m->cop[b][a] = e->pts[i].cop;
	}
	m->min_t_out_c = e->min_t_out_c;
	m->defrost = d == HK_CAT_DEFROST_INTEGRATED ? HK_DEFROST_INTEGRATED : HK_DEFROST_PEAK;
	m->source = e->source;
	return hk_hp_model_check(m, err);
}

/* ---- which capacity points a design basis rests on ---- */

/* the segment of axis a[0..n) that interpolation uses for x (as locate()
 * in heatpump.c): lower index and weight u of the upper end */
static void segment(const double *a, size_t n, double x, size_t *i, double *u)
{
	size_t k = 0;
	if (n == 1) {
		*i = 0;
		*u = 0;
		return;
	}
	while (k + 2 < n && x > a[k + 1])
		k++;
	*i = k;
	*u = (x - a[k]) / (a[k + 1] - a[k]);
}

static const hk_hp_point *point_at(const hk_hp_entry *e, double t, double w)
{
	size_t i;
	for (i = 0; i < e->npts; i++)
		if (e->pts[i].t_out_c == t && e->pts[i].t_water_c == w)
			return &e->pts[i];
	return NULL;
}

/* "7 C/35 C rated, 7 C/55 C rated" for the capacity points at outdoor t */
static void points_at_t(const hk_hp_entry *e, double t, char *buf, size_t sz)
{
	size_t i, o = 0;
	buf[0] = '\0';
	for (i = 0; i < e->npts && o + 48 < sz; i++)
		if (e->pts[i].t_out_c == t)
			o += (size_t)snprintf(buf + o, sz - o, "%s%g C/%g C %s", o ? ", " : "",
					      e->pts[i].t_out_c, e->pts[i].t_water_c,
					      hk_cat_point_type_name(e->pts[i].type));
}

hk_status hk_hp_entry_basis(const hk_hp_entry *e, const char *file, double t_out,
			    double t_water, int allow_extrap, hk_hp_basis *b, hk_err *err)
{
	const double eps = 1e-9;
	double tt[64], tw[64], ut, uw;
	size_t nt = 0, nw = 0, i, j, it, iw;
	char near[400], pl[200];
	memset(b, 0, sizeof *b);
	if (e->npts == 0)
		return hk_fail_at(err, HK_ERANGE, file, e->line, 1,
				  "model %s has no capacity point, only %zu part-load demand rows: "
				  "expected a model with capacities", e->model, e->n_part_load);
	for (i = 0; i < e->npts && nt < 64 && nw < 64; i++) {
		nt = axis_add(tt, nt, e->pts[i].t_out_c);
		nw = axis_add(tw, nw, e->pts[i].t_water_c);
	}
	b->t_lo = tt[0];
	b->t_hi = tt[nt - 1];
	pl[0] = '\0';
	if (e->n_part_load)
		snprintf(pl, sizeof pl, "; its %zu EN 14825 part-load rows are the reference building's "
			 "demand, not capacities", e->n_part_load);
	if (t_out < b->t_lo - eps || t_out > b->t_hi + eps) {
		int below = t_out < b->t_lo - eps;
		points_at_t(e, below ? b->t_lo : b->t_hi, near, sizeof near);
		if (!allow_extrap || nt < 2)
			return hk_fail_at(err, HK_ERANGE, file, e->line, 1,
					  "model %s has no capacity point at or %s %g C (its %s: %s%s): "
					  "expected a design temperature %s %g C%s", e->model,
					  below ? "below" : "above", t_out, below ? "lowest" : "highest", near, pl,
					  below ? "at or above" : "at or below", below ? b->t_lo : b->t_hi,
					  nt < 2 ? " (capacities at one outdoor temperature: nothing to "
						   "extrapolate from)"
						 : ", or --extrapolate to extend the capacity points (with a warning)");
		b->extrapolated = 1;
	}
	segment(tt, nt, t_out, &it, &ut);
	segment(tw, nw, t_water, &iw, &uw);
	for (i = 0; i < 2; i++) {
		size_t a = it + i;
		if ((i == 0 && ut == 1) || (i == 1 && (nt == 1 || ut == 0)))
			continue;
		for (j = 0; j < 2; j++) {
			size_t c = iw + j;
			const hk_hp_point *pp;
			if ((j == 0 && uw == 1) || (j == 1 && (nw == 1 || uw == 0)))
				continue;
			pp = point_at(e, tt[a], tw[c]);
			if (!pp)
				return hk_fail_at(err, HK_ERANGE, file, e->line, 1,
						  "model %s has no capacity point at %g C outdoor, %g C water, "
						  "which %g C / %g C lies next to%s: expected a capacity at each "
						  "corner of the table cell", e->model, tt[a], tw[c], t_out,
						  t_water, pl);
			b->pt[b->n++] = pp;
		}
	}
	return HK_OK;
}
