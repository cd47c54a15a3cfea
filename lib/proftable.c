/* proftable.c - profile, typical-day, weather and tariff files (see proftable.h). */
#include "proftable.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "units.h"

/* the contract's columns (columns.h) */
enum { F_DAY = HK_PROF_DAY, F_START = HK_PROF_START, F_DT = HK_PROF_DT, F_TOUT = HK_PROF_TOUT,
       F_LOAD = HK_PROF_LOAD, F_NIGHT = HK_PROF_NIGHT, F_DAYS = HK_PROF_DAYS, F_N = HK_PROF_N };

void hk_proftable_free(hk_proftable *p)
{
	size_t i;
	for (i = 0; i < p->n * p->ncols; i++)
		free(p->cell[i]);
	for (i = 0; i < p->ncols; i++)
		free(p->hdr[i]);
	for (i = 0; i < p->ndays; i++)
		free(p->dayname[i]);
	free(p->cell);
	free(p->hdr);
	free(p->dayname);
	free(p->steps);
	free(p->extra);
	free(p->has_extra);
	free(p->xcol);
	free(p->line);
	memset(p, 0, sizeof *p);
}

void hk_proftable_locate(const hk_proftable *p, hk_err *err, int col)
{
	if (!err)
		return;
	hk_err_locate(err, err->code, p->file, 0, 0);
	if (err->item >= 1 && (size_t)err->item <= p->n && p->line) {
		const hk_step *s = &p->steps[err->item - 1];
		err->line = p->line[err->item - 1];
		err->col = col;
		/* lib knows the step by its index only: name its day and hour */
		hk_err_prefix(err, err->code, "day %s, %.2f h", p->dayname[s->day], s->start_h);
	}
}

static int grow(void **a, size_t *cap, size_t need, size_t size)
{
	void *n;
	size_t nc;
	if (need <= *cap)
		return 0;
	nc = *cap ? *cap : 64;
	while (nc < need)
		nc *= 2;
	n = realloc(*a, nc * size);
	if (!n)
		return -1;
	*a = n;
	*cap = nc;
	return 0;
}

hk_status hk_proftable_read(const char *path, const char *encoding,
			    const hk_colspec *extra, size_t nextra,
			    hk_proftable *p, hk_err *err)
{
	return hk_proftable_read_mode(path, encoding, HK_PROF_FULL, extra, nextra, p, err);
}

/* a column that may be absent or empty: *v keeps its value then */
static hk_status num_opt(const hk_reader *r, size_t spec, double *v, hk_err *err)
{
	hk_status st = hk_reader_num(r, spec, v, err);
	return st == HK_ENOTFOUND ? HK_OK : st;
}

/* the columns the header bound: the pass-through header, where the extras
 * and the contract's optional columns are */
static hk_status bind_columns(const hk_reader *r, hk_proftable *p, size_t nextra, hk_err *err)
{
	size_t i, nc = hk_reader_ncols(r);
	p->hdr = calloc(nc ? nc : 1, sizeof *p->hdr);
	p->has_extra = calloc(nextra ? nextra : 1, sizeof *p->has_extra);
	p->xcol = calloc(nextra ? nextra : 1, sizeof *p->xcol);
	if (!p->hdr || !p->has_extra || !p->xcol)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	p->ncols = nc;
	p->nextra = nextra;
	for (i = 0; i < p->ncols; i++)
		if (!(p->hdr[i] = strdup(hk_reader_header(r, i))))
			return hk_fail(err, HK_ENOMEM, "out of memory");
	for (i = 0; i < nextra; i++) {
		p->has_extra[i] = hk_reader_has(r, F_N + i);
		p->xcol[i] = p->has_extra[i] ? (int)hk_reader_col(r, F_N + i) + 1 : 0;
	}
	p->day_col = (int)hk_reader_col(r, F_DAY) + 1;
	p->tout_col = (int)hk_reader_col(r, F_TOUT) + 1;
	p->start_col = (int)hk_reader_col(r, F_START) + 1;
	p->load_col = (int)hk_reader_col(r, F_LOAD) + 1;
	p->chinese = hk_reader_chinese(r);
	return HK_OK;
}

/* The day names seen so far, hashed (open addressing, slots hold index + 1):
 * "has this name come before?" costs the same on the 100 000th day as on
 * the first (a scan of every earlier name made a profile of distinct days
 * quadratic, issue 18 #5). */
struct dayset {
	size_t cap_d;  /* room in p->dayname */
	size_t *slot, nslot;
};

static size_t name_hash(const char *s)
{
	size_t h = 1469598103934665603u; /* FNV-1a (Fowler, Noll, Vo) */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* 1 when dn is among the p->ndays names */
static int dayset_has(const struct dayset *ds, const hk_proftable *p, const char *dn)
{
	size_t k;
	if (!ds->nslot)
		return 0;
	for (k = name_hash(dn) & (ds->nslot - 1); ds->slot[k]; k = (k + 1) & (ds->nslot - 1))
		if (!strcmp(p->dayname[ds->slot[k] - 1], dn))
			return 1;
	return 0;
}

/* enter name d of p (the table at most half full) */
static int dayset_add(struct dayset *ds, const hk_proftable *p, size_t d)
{
	size_t k;
	if (2 * (d + 1) > ds->nslot) {
		size_t n = ds->nslot ? 2 * ds->nslot : 64, *ns = calloc(n, sizeof *ns), i;
		if (!ns)
			return -1;
		free(ds->slot);
		ds->slot = ns;
		ds->nslot = n;
		for (i = 0; i < d; i++) {
			for (k = name_hash(p->dayname[i]) & (n - 1); ns[k]; k = (k + 1) & (n - 1))
				;
			ns[k] = i + 1;
		}
	}
	for (k = name_hash(p->dayname[d]) & (ds->nslot - 1); ds->slot[k]; k = (k + 1) & (ds->nslot - 1))
		;
	ds->slot[k] = d + 1;
	return 0;
}

/* the days a profile's days may stand for together: a year (a leap
 * year's, 8784 h) */
#define PROFILE_MAX_DAYS 366.0

/* the day step s (named dn) belongs to: a new name starts a new day; in
 * the full contract names may not come back, and a day's steps are in
 * time order with one weight */
static hk_status day_of(const hk_reader *r, hk_prof_mode mode, hk_proftable *p, hk_step *s,
			const char *dn, struct dayset *ds, hk_err *err)
{
	if (p->ndays == 0 || strcmp(p->dayname[p->ndays - 1], dn) != 0) {
		if (mode == HK_PROF_FULL && dayset_has(ds, p, dn))
			return hk_reader_fail(r, F_DAY, err, "day %s appears again after other days: "
					      "expected each day's rows together", dn);
		if (grow((void **)&p->dayname, &ds->cap_d, p->ndays + 1, sizeof *p->dayname) ||
		    !(p->dayname[p->ndays] = strdup(dn)) || dayset_add(ds, p, p->ndays))
			return hk_fail(err, HK_ENOMEM, "out of memory");
		p->ndays++;
	} else if (mode == HK_PROF_FULL) {
		const hk_step *prev = &p->steps[p->n - 1];
		if (s->start_h < prev->end_h - 1e-9)
			return hk_reader_fail(r, F_START, err,
					      "step starts at %g h, before the previous step of day %s "
					      "ends (%g h): expected steps in time order", s->start_h, dn,
					      prev->end_h);
		if (fabs(s->days - prev->days) > 1e-9)
			return hk_reader_fail(r, F_DAYS, err,
					      "days (%g) differs from the day's first row (%g): "
					      "expected one weight per day", s->days, prev->days);
	}
	s->day = (int)p->ndays - 1;
	return HK_OK;
}

hk_status hk_proftable_read_mode(const char *path, const char *encoding, hk_prof_mode mode,
				 const hk_colspec *extra, size_t nextra,
				 hk_proftable *p, hk_err *err)
{
	hk_colspec *specs;
	hk_reader *r;
	hk_status st;
	size_t i, cap_s = 0, cap_l = 0, cap_c = 0, cap_x = 0, nspec = F_N + nextra;
	struct dayset ds = {0};
	int rc = 0;
	double total = 0; /* the days the profile's days stand for */
	memset(p, 0, sizeof *p);
	specs = malloc(nspec * sizeof *specs);
	if (!specs)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	memcpy(specs, hk_tk_profile.cols, F_N * sizeof *specs);
	if (mode == HK_PROF_STEPS) {
		specs[F_DAY].flags &= ~(unsigned)HK_REQUIRED;
		specs[F_START].flags &= ~(unsigned)HK_REQUIRED;
		specs[F_TOUT].flags &= ~(unsigned)HK_REQUIRED;
		specs[F_LOAD].flags &= ~(unsigned)HK_REQUIRED;
	}
	if (nextra)
		memcpy(specs + F_N, extra, nextra * sizeof *extra);
	st = hk_reader_open(&r, path, encoding, err);
	if (st != HK_OK) {
		free(specs);
		return st;
	}
	snprintf(p->file, sizeof p->file, "%s", hk_reader_name(r));
	st = hk_reader_bind(r, specs, nspec, err);
	if (st == HK_OK)
		st = bind_columns(r, p, nextra, err);
	while (st == HK_OK && (rc = hk_reader_next(r, err)) > 0) {
		hk_step s;
		double v, nt = NAN;
		const char *dn = hk_reader_text(r, F_DAY);
		size_t k = p->n;
		memset(&s, 0, sizeof s);
		s.t_out_c = s.load_kw = NAN;
		if ((st = num_opt(r, F_START, &s.start_h, err)) != HK_OK ||
		    (st = hk_reader_num(r, F_DT, &v, err)) != HK_OK ||
		    (st = num_opt(r, F_TOUT, &s.t_out_c, err)) != HK_OK ||
		    (st = num_opt(r, F_LOAD, &s.load_kw, err)) != HK_OK ||
		    (st = hk_reader_num(r, F_DAYS, &s.days, err)) != HK_OK)
			break;
		s.end_h = s.start_h + v;
		if (mode == HK_PROF_FULL && s.end_h > 24 + 1e-9) {
			st = hk_reader_fail(r, F_DT, err,
					    "step ends after 24:00 (start %g h + %g h): expected steps within one day",
					    s.start_h, v);
			break;
		}
		if ((st = num_opt(r, F_NIGHT, &nt, err)) != HK_OK)
			break;
		s.night = !isnan(nt) && nt != 0;
		i = p->ndays;
		if ((st = day_of(r, mode, p, &s, dn ? dn : "", &ds, err)) != HK_OK)
			break;
		/* a profile is a year at most: a day of 1e308 days gave an
		 * infinite annual heat, exit 0 (issue 18 follow-up) */
		if (mode == HK_PROF_FULL && p->ndays != i && !((total += s.days) <= PROFILE_MAX_DAYS)) {
			st = hk_reader_fail(r, F_DAYS, err, "the profile's days stand for %g days up to this one: "
					    "expected at most %g together (a year)", total, PROFILE_MAX_DAYS);
			break;
		}
		if (grow((void **)&p->steps, &cap_s, k + 1, sizeof *p->steps) ||
		    grow((void **)&p->line, &cap_l, k + 1, sizeof *p->line) ||
		    grow((void **)&p->cell, &cap_c, (k + 1) * p->ncols, sizeof *p->cell) ||
		    (nextra && grow((void **)&p->extra, &cap_x, (k + 1) * nextra, sizeof *p->extra))) {
			st = hk_fail(err, HK_ENOMEM, "out of memory");
			break;
		}
		p->steps[k] = s;
		p->line[k] = hk_reader_line(r);
		for (i = 0; i < p->ncols; i++)
			p->cell[k * p->ncols + i] = strdup(hk_reader_field(r, i));
		p->n++;
		for (i = 0; i < nextra; i++) {
			double x = NAN;
			if ((st = num_opt(r, F_N + i, &x, err)) != HK_OK)
				break;
			p->extra[k * nextra + i] = x;
		}
	}
	if (st == HK_OK && rc < 0)
		st = err ? err->code : HK_EPARSE;
	if (st == HK_OK && p->n == 0)
		st = hk_fail_at(err, HK_EPARSE, p->file, hk_reader_line(r) + 1, 1,
				"no time steps (header only): expected profile rows");
	hk_reader_close(r);
	free(specs);
	free(ds.slot);
	if (st != HK_OK)
		hk_proftable_free(p);
	return st;
}

/* The profile sheet's Chinese name: 逐时 ("hourly") only when every step is
 * an hour, else 逐时段 ("by time step", e.g. half-hour typical days). */
static const char *sheet_zh(const hk_step *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (fabs(hk_step_hours(&s[i]) - 1) > 1e-9)
			return "逐时段";
	return "逐时";
}

/* the input columns, then add[] with vals (NAN = empty) or cells */
static hk_status write_table(hk_job *j, const hk_proftable *p, const char *name_zh, const hk_col *add,
			     size_t nadd, const double *vals, const hk_cell *cells)
{
	size_t i, k, nout = 0;
	int xlsx;
	hk_col *cols = malloc((p->ncols + nadd) * sizeof *cols);
	long *src = malloc((p->ncols + nadd) * sizeof *src); /* >= 0 raw col, < 0 added -1-k */
	hk_cell *c = malloc((p->ncols + nadd) * sizeof *c);
	hk_status st;
	if (!cols || !src || !c) {
		hk_err e;
		free(cols);
		free(src);
		free(c);
		hk_fail(&e, HK_ENOMEM, "out of memory");
		return hk_job_fail(j, &e);
	}
	for (i = 0; i < p->ncols; i++) {
		int replaced = 0;
		for (k = 0; k < nadd; k++)
			if (!strcmp(p->hdr[i], add[k].key))
				replaced = 1;
		if (replaced)
			continue;
		cols[nout] = (hk_col){p->hdr[i], NULL, p->hdr[i], p->hdr[i], -1, 0};
		src[nout++] = (long)i;
	}
	for (k = 0; k < nadd; k++) {
		cols[nout] = add[k];
		src[nout++] = -1 - (long)k;
	}
	st = hk_job_table(j, name_zh ? name_zh : sheet_zh(p->steps, p->n), "profile", cols, nout);
	xlsx = hk_out_is_xlsx(j->out);
	for (i = 0; st == HK_OK && i < p->n; i++) {
		for (k = 0; k < nout; k++) {
			if (src[k] >= 0) {
				const char *t = p->cell[i * p->ncols + (size_t)src[k]];
				double v;
				/* CSV passes the text through; numbers stay numbers in a
				 * workbook, but a day's name is a name even when it looks
				 * like one ("100%" is not 1) */
				c[k] = xlsx && src[k] != p->day_col - 1 && hk_parse_number(t, &v, NULL) == HK_OK
					       ? hk_cnum(v)
					       : hk_ctext(t);
			} else if (cells) {
				c[k] = cells[i * nadd + (size_t)(-1 - src[k])];
			} else {
				double v = vals[i * nadd + (size_t)(-1 - src[k])];
				c[k] = isnan(v) ? hk_cempty() : hk_cnum(v);
			}
		}
		st = hk_job_row(j, c);
	}
	free(cols);
	free(src);
	free(c);
	return st;
}

static long hdr_col(const hk_proftable *p, const char *key)
{
	size_t i;
	for (i = 0; i < p->ncols; i++)
		if (!strcmp(p->hdr[i], key))
			return (long)i;
	return -1;
}

/* the input column that holds design column x (columns.h, by its names),
 * or -1; *f and *o take its values to the internal unit */
static long design_col(const hk_proftable *p, size_t x, double *f, double *o)
{
	size_t i;
	for (i = 0; i < p->ncols; i++)
		if (hk_colspec_find(&hk_tk_profile_design.cols[x], 1, p->hdr[i], f, o) == 0)
			return (long)i;
	return -1;
}

/* the value of design column x, the same on every row (else "expected one
 * WHAT": design, plant); NAN when absent */
static hk_status const_col(const hk_proftable *p, size_t x, const char *what, double *v, hk_err *err)
{
	const char *key = hk_tk_profile_design.cols[x].key;
	double f = 1, o = 0;
	long c = design_col(p, x, &f, &o);
	size_t i;
	*v = NAN;
	if (c < 0)
		return HK_OK;
	for (i = 0; i < p->n; i++) {
		const char *t = p->cell[i * p->ncols + (size_t)c];
		double y;
		if (hk_parse_number(t, &y, NULL) != HK_OK)
			return hk_fail_at(err, HK_EPARSE, p->file, p->line[i], (int)c + 1,
					  "%s is not a number (%s): expected the design quantity on every row", key, t);
		y = y * f + o;
		if (i > 0 && y != *v)
			return hk_fail_at(err, HK_EINVAL, p->file, p->line[i], (int)c + 1,
					  "%s changes within the profile (%g, then %g): expected one %s", key, *v, y,
					  what);
		*v = y;
	}
	return HK_OK;
}

hk_status hk_proftable_design(const hk_proftable *p, hk_design *d, hk_err *err)
{
	long c = design_col(p, HK_PDES_MODEL, &(double){1}, &(double){0});
	hk_status st;
	size_t i;
	d->hp_model[0] = '\0';
	for (i = 0; c >= 0 && i < p->n; i++) {
		const char *t = p->cell[i * p->ncols + (size_t)c];
		if (i > 0 && strcmp(t, d->hp_model))
			return hk_fail_at(err, HK_EINVAL, p->file, p->line[i], (int)c + 1,
					  "hp_model changes within the profile (%s, then %s): expected one design",
					  d->hp_model, t);
		snprintf(d->hp_model, sizeof d->hp_model, "%s", t);
	}
	c = design_col(p, HK_PDES_TERM, &(double){1}, &(double){0});
	d->terminal_mix[0] = '\0';
	d->terminal_mix_col = (int)c + 1;
	for (i = 0; c >= 0 && i < p->n; i++) {
		const char *t = p->cell[i * p->ncols + (size_t)c];
		if (i > 0 && strcmp(t, d->terminal_mix))
			return hk_fail_at(err, HK_EINVAL, p->file, p->line[i], (int)c + 1,
					  "terminal_mix changes within the profile (%s, then %s): expected one set of "
					  "buildings", d->terminal_mix, t);
		if (strlen(t) >= sizeof d->terminal_mix)
			return hk_fail_at(err, HK_EINVAL, p->file, p->line[i], (int)c + 1,
					  "terminal_mix too long (%zu characters): expected at most %zu", strlen(t),
					  sizeof d->terminal_mix - 1);
		snprintf(d->terminal_mix, sizeof d->terminal_mix, "%s", t);
	}
	if ((st = const_col(p, HK_PDES_UNITS, "plant", &d->units, err)) != HK_OK ||
	    (st = const_col(p, HK_PDES_RATED, "design", &d->rated_kw, err)) != HK_OK ||
	    (st = const_col(p, HK_PDES_TANK, "design", &d->tank_m3, err)) != HK_OK)
		return st;
	return HK_OK;
}

hk_status hk_proftable_set_text(hk_proftable *p, const char *key, const char *text, hk_err *err)
{
	long c = hdr_col(p, key);
	size_t i, k, nc = p->ncols + 1;
	char **hdr, **cell;
	if (c >= 0) {
		for (i = 0; i < p->n; i++) {
			char *t = strdup(text);
			if (!t)
				return hk_fail(err, HK_ENOMEM, "out of memory");
			free(p->cell[i * p->ncols + (size_t)c]);
			p->cell[i * p->ncols + (size_t)c] = t;
		}
		return HK_OK;
	}
	hdr = calloc(nc, sizeof *hdr);
	cell = calloc(p->n * nc + 1, sizeof *cell);
	if (!hdr || !cell || !(hdr[p->ncols] = strdup(key))) {
		free(hdr);
		free(cell);
		return hk_fail(err, HK_ENOMEM, "out of memory");
	}
	for (i = 0; i < p->n; i++) {
		for (k = 0; k < p->ncols; k++)
			cell[i * nc + k] = p->cell[i * p->ncols + k];
		cell[i * nc + p->ncols] = strdup(text);
	}
	for (k = 0; k < p->ncols; k++)
		hdr[k] = p->hdr[k];
	free(p->hdr);
	free(p->cell);
	p->hdr = hdr;
	p->cell = cell;
	p->ncols = nc;
	for (i = 0; i < p->n; i++)
		if (!cell[i * nc + nc - 1])
			return hk_fail(err, HK_ENOMEM, "out of memory");
	return HK_OK;
}

hk_status hk_proftable_write(hk_job *j, const hk_proftable *p, const hk_col *add,
			     size_t nadd, const double *vals)
{
	return write_table(j, p, NULL, add, nadd, vals, NULL);
}

hk_status hk_proftable_write_cells(hk_job *j, const hk_proftable *p, const char *name_zh,
				   const hk_col *add, size_t nadd, const hk_cell *cells)
{
	return write_table(j, p, name_zh, add, nadd, NULL, cells);
}

static const hk_col step_cols[] = {
	{"day", NULL, "典型日", "day", -1},
	{"start_h", "h", "开始时刻", "start", 2},
	{"dt_h", "h", "时长", "step", 2},
	/* carried: hpsize derates at the temperature the loads were computed
	 * at (−14.466667, not −14.5) */
	{"t_out_c", "℃", "室外温度", "outdoor temperature", 1, 1},
	{"heat_load_kw", "kW", "热负荷", "heat load", 2, 1},
	{"night", NULL, "夜间", "night", 0},
	{"days", "d", "代表天数", "days", -1},
	{"terminal_mix", NULL, "末端组成", "terminals by design load", -1},
};

hk_status hk_profile_write_steps(hk_job *j, const hk_step *s, size_t n, char *const *daynames,
				 const char *mix)
{
	size_t i, nc = sizeof step_cols / sizeof step_cols[0] - !(mix && *mix);
	hk_status st = hk_job_table(j, sheet_zh(s, n), "profile", step_cols, nc);
	for (i = 0; st == HK_OK && i < n; i++) {
		hk_cell c[8];
		c[0] = hk_ctext(daynames[s[i].day]);
		c[1] = hk_cnum(s[i].start_h);
		c[2] = hk_cnum(s[i].end_h - s[i].start_h);
		c[3] = hk_cnum(s[i].t_out_c);
		c[4] = hk_cnum(s[i].load_kw);
		c[5] = hk_cnum(s[i].night);
		c[6] = hk_cnum(s[i].days);
		c[7] = hk_ctext(mix ? mix : "");
		st = hk_job_row(j, c);
	}
	return st;
}

/* ---- typical days ---- */

/* EnergyPlus's range and missing-data mark for the dry bulb (EnergyPlus
 * Auxiliary Programs, "Weather Converter", EPW field Dry Bulb
 * Temperature: minimum > -70, maximum < 70, missing 99.9) */
#define WX_T_MIN (-70.0)
#define WX_T_MAX 70.0
#define EPW_T_MISSING 99.9


enum { D_NAME = HK_TDAY_NAME, D_TOUT = HK_TDAY_TOUT, D_DAYS = HK_TDAY_DAYS, D_FRAC = HK_TDAY_FRAC,
       D_DAYKW = HK_TDAY_DAYKW, D_NIGHTKW = HK_TDAY_NIGHTKW };

/* the end of a table read row by row: st, else the reader's error (rc < 0),
 * else an error when no row came (n == 0: "no WHAT (header only)"); closes r */
static hk_status rows_end(hk_reader *r, hk_status st, int rc, size_t n, const char *what, hk_err *err)
{
	if (st == HK_OK && rc < 0)
		st = err ? err->code : HK_EPARSE;
	if (st == HK_OK && n == 0)
		st = hk_fail_at(err, HK_EPARSE, hk_reader_name(r), hk_reader_line(r) + 1, 1,
				"no %s (header only): expected rows", what);
	hk_reader_close(r);
	return st;
}

hk_status hk_typdays_read(const char *path, const char *encoding, hk_typday *out,
			  size_t cap, size_t *nd, hk_err *err)
{
	hk_reader *r;
	hk_status st;
	int rc = 0;
	double total = 0;
	*nd = 0;
	st = hk_reader_open(&r, path, encoding, err);
	if (st != HK_OK)
		return st;
	st = hk_reader_bind_kind(r, &hk_tk_days, err);
	while (st == HK_OK && (rc = hk_reader_next(r, err)) > 0) {
		hk_typday d;
		hk_status s2;
		memset(&d, 0, sizeof d);
		if (*nd >= cap) {
			st = hk_reader_fail(r, D_NAME, err, "too many typical days (%zu): expected at most %zu",
					    *nd + 1, cap);
			break;
		}
		if (strlen(hk_reader_text(r, D_NAME)) >= sizeof d.name) {
			st = hk_reader_fail(r, D_NAME, err, "day name too long (%zu bytes): expected at most %zu",
					    strlen(hk_reader_text(r, D_NAME)), sizeof d.name - 1);
			break;
		}
		if (!*hk_reader_text(r, D_NAME)) {
			st = hk_reader_fail(r, D_NAME, err, "empty day name (\"\"): expected a name for the typical "
					    "day (the profile's day column)");
			break;
		}
		snprintf(d.name, sizeof d.name, "%s", hk_reader_text(r, D_NAME));
		/* a name twice would write a profile whose day comes back after
		 * other days, which every later command refuses (issue 18 #13) */
		for (size_t k = 0; k < *nd; k++)
			if (!strcmp(out[k].name, d.name)) {
				st = hk_reader_fail(r, D_NAME, err, "day %s named twice (also typical day %zu): "
						    "expected each typical day once", d.name, k + 1);
				break;
			}
		if (st != HK_OK)
			break;
		d.load_frac = d.day_kw = d.night_kw = NAN;
		if ((st = hk_reader_num(r, D_TOUT, &d.t_out_c, err)) != HK_OK ||
		    (st = hk_reader_num(r, D_DAYS, &d.days, err)) != HK_OK)
			break;
		/* -80 C or 1e308 days made a profile of nonsense or an infinite
		 * annual heat, exit 0 (issue 18 follow-up) */
		if (!(d.t_out_c > WX_T_MIN && d.t_out_c < WX_T_MAX)) {
			st = hk_reader_fail(r, D_TOUT, err, "t_out_c out of range (%s C): expected -70 < t < 70 C "
					    "(EnergyPlus's range for a dry bulb)", hk_reader_text(r, D_TOUT));
			break;
		}
		total += d.days;
		if (!(total <= PROFILE_MAX_DAYS)) {
			st = hk_reader_fail(r, D_DAYS, err, "typical days stand for %g days up to this row: expected "
					    "at most %g together (a year)", total, PROFILE_MAX_DAYS);
			break;
		}
		if ((s2 = hk_reader_num(r, D_FRAC, &d.load_frac, err)) != HK_OK && s2 != HK_ENOTFOUND) {
			st = s2;
			break;
		}
		if ((s2 = hk_reader_num(r, D_DAYKW, &d.day_kw, err)) != HK_OK && s2 != HK_ENOTFOUND) {
			st = s2;
			break;
		}
		if ((s2 = hk_reader_num(r, D_NIGHTKW, &d.night_kw, err)) != HK_OK && s2 != HK_ENOTFOUND) {
			st = s2;
			break;
		}
		out[(*nd)++] = d;
	}
	return rows_end(r, st, rc, *nd, "typical days", err);
}

/* ---- weather ---- */

static int ends_with_epw(const char *p)
{
	size_t n = strlen(p);
	return n > 4 && (!strcmp(p + n - 4, ".epw") || !strcmp(p + n - 4, ".EPW"));
}


static hk_status wx_push(double **a, size_t *cap, size_t *n, double v, hk_err *err)
{
	if (grow((void **)a, cap, *n + 1, sizeof **a))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	(*a)[(*n)++] = v;
	return HK_OK;
}

/* one EPW data row's dry bulb (field 7): the whole field a number, not the
 * missing mark, inside EnergyPlus's range */
static hk_status epw_dry_bulb(const char *path, long ln, char *line, double *v, hk_err *err)
{
	char *fld = line, *end;
	size_t len;
	int k;
	for (k = 1; k < 7 && fld; k++) {
		char *comma = strchr(fld, ',');
		fld = comma ? comma + 1 : NULL;
	}
	if (!fld)
		return hk_fail_at(err, HK_EPARSE, path, ln, 1,
				  "EPW data row with %d fields: expected the dry-bulb temperature in field 7", k - 1);
	len = strcspn(fld, ",\r\n");
	fld[len] = '\0';
	if (hk_parse_number(fld, v, NULL) != HK_OK || (strtod(fld, &end), *end))
		return hk_fail_at(err, HK_EPARSE, path, ln, 7,
				  "EPW dry-bulb temperature is not a number (%s): expected field 7 in C", fld);
	if (*v == EPW_T_MISSING)
		return hk_fail_at(err, HK_EINVAL, path, ln, 7,
				  "EPW dry-bulb temperature missing (99.9, the EPW missing-data mark): "
				  "expected a measured temperature (fill the gap before sizing)");
	if (!(*v > WX_T_MIN && *v < WX_T_MAX))
		return hk_fail_at(err, HK_ERANGE, path, ln, 7,
				  "EPW dry-bulb temperature out of range (%s C): expected -70 < t < 70 C", fld);
	return HK_OK;
}

/* where a weather file ended: its name in messages, the line of its last
 * hour (0: none), that hour's number (NAN in EPW: not read) */
typedef struct {
	char name[256];
	long line;
	int col;
	double hour;
} wx_end;

static hk_status epw_read(const char *path, double **a, size_t *n, wx_end *at, hk_err *err)
{
	/* EPW: 8 header lines, then data rows; dry bulb is field 7
	 * (EnergyPlus Auxiliary Programs, "Weather Converter", EPW data).
	 * Lines of any length (getline): a long header line is one line. */
	FILE *f = hk_fopen(path, "r");
	char *line = NULL;
	size_t lcap = 0, cap = 0;
	long ln = 0;
	hk_status st = HK_OK;
	if (!f)
		return hk_fail_at(err, HK_EIO, path, 0, 0, "cannot open: expected an EPW file");
	hk_input_note(fileno(f), path);
	while (st == HK_OK && getline(&line, &lcap, f) >= 0) {
		double v;
		if (++ln <= 8)
			continue;
		if ((st = epw_dry_bulb(path, ln, line, &v, err)) == HK_OK)
			st = wx_push(a, &cap, n, v, err);
		at->line = ln;
	}
	if (at->line == 0)
		at->line = ln;
	free(line);
	fclose(f);
	return st;
}

/* CSV weather: hour by hour, each row's hour one more than the row
 * before's (none missing, none out of order), t_out_c in range */
static hk_status wx_csv_read(const char *path, const char *encoding, double **a, size_t *n, wx_end *at,
			     hk_err *err)
{
	hk_reader *r;
	hk_status st = hk_reader_open(&r, path, encoding, err);
	int rc = 0;
	size_t cap = 0;
	double prev = NAN;
	if (st != HK_OK)
		return st;
	snprintf(at->name, sizeof at->name, "%s", hk_reader_name(r));
	st = hk_reader_bind_kind(r, &hk_tk_weather, err);
	at->line = hk_reader_line(r);
	at->col = (int)hk_reader_col(r, HK_WX_HOUR) + 1;
	while (st == HK_OK && (rc = hk_reader_next(r, err)) > 0) {
		double v, h;
		if ((st = hk_reader_num(r, HK_WX_HOUR, &h, err)) != HK_OK ||
		    (st = hk_reader_num(r, HK_WX_TOUT, &v, err)) != HK_OK)
			break;
		if (!isnan(prev) && h != prev + 1) {
			st = hk_reader_fail(r, HK_WX_HOUR, err, "hour %g after hour %g: expected hour %g (one row "
					    "per hour, in order, none missing)", h, prev, prev + 1);
			break;
		}
		if (!(v > WX_T_MIN && v < WX_T_MAX)) {
			st = hk_reader_fail(r, HK_WX_TOUT, err, "t_out_c out of range (%g C): expected -70 < t < 70 C "
					    "(EnergyPlus's range for a dry bulb)", v);
			break;
		}
		prev = at->hour = h;
		at->line = hk_reader_line(r);
		if ((st = wx_push(a, &cap, n, v, err)) != HK_OK)
			break;
	}
	if (st == HK_OK && rc < 0)
		st = err ? err->code : HK_EPARSE;
	hk_reader_close(r);
	return st;
}

hk_status hk_weather_read(const char *path, const char *encoding, double **t,
			  size_t *nh, hk_err *err)
{
	size_t n = 0;
	double *a = NULL;
	hk_status st;
	wx_end at = {"", 0, 1, NAN};
	*t = NULL;
	*nh = 0;
	if (path && ends_with_epw(path)) {
		snprintf(at.name, sizeof at.name, "%s", path);
		st = epw_read(path, &a, &n, &at, err);
	} else {
		st = wx_csv_read(path, encoding, &a, &n, &at, err);
	}
	if (st != HK_OK) {
		free(a);
		return st;
	}
	/* a day cut short (or a stray hour) shows at the file's last hour:
	 * point there, with how far it is from whole days */
	if (n == 0)
		return hk_fail_at(err, HK_EPARSE, at.name, at.line + 1, 1,
				  "weather has no hours (header only): expected whole days (8760 for a year)");
	if (n % 24 != 0) {
		char hr[48] = "";
		free(a);
		if (!isnan(at.hour))
			snprintf(hr, sizeof hr, ", hour %g", at.hour);
		return hk_fail_at(err, HK_EPARSE, at.name, at.line, at.col,
				  "weather ends after %zu hours, %zu into day %zu (the last row%s): expected "
				  "whole days, a multiple of 24 hours (8760 for a year)",
				  n, n % 24, n / 24 + 1, hr);
	}
	*t = a;
	*nh = n;
	return HK_OK;
}

/* ---- tariffs ---- */

hk_status hk_parse_clock(const char *s, double *h)
{
	int hh, mm;
	char tail;
	if (sscanf(s, "%d:%d%c", &hh, &mm, &tail) == 2) {
		if (hh < 0 || hh > 24 || mm < 0 || mm > 59 || (hh == 24 && mm != 0))
			return HK_EPARSE;
		*h = hh + mm / 60.0;
		return HK_OK;
	}
	/* hours as a number: 0 to 24 like HH:MM (a larger one is no clock
	 * time, and the tariff's messages print it as an int) */
	if (hk_parse_number(s, h, NULL) != HK_OK || !(*h >= 0 && *h <= 24))
		return HK_EPARSE;
	return HK_OK;
}

enum { T_PERIOD = HK_TAR_PERIOD, T_START = HK_TAR_START, T_END = HK_TAR_END,
       T_PRICE = HK_TAR_PRICE };

hk_status hk_tariff_load(const char *path, const char *encoding, hk_tariff *t, hk_err *err)
{
	hk_period per[HK_TARIFF_MAX];
	long line[HK_TARIFF_MAX];
	size_t n = 0;
	hk_reader *r;
	hk_status st = hk_reader_open(&r, path, encoding, err);
	int rc = 0;
	char file[256];
	if (st != HK_OK)
		return st;
	snprintf(file, sizeof file, "%s", hk_reader_name(r));
	st = hk_reader_bind_kind(r, &hk_tk_tariff, err);
	while (st == HK_OK && (rc = hk_reader_next(r, err)) > 0) {
		hk_period *p = &per[n];
		const char *a = hk_reader_text(r, T_START), *b = hk_reader_text(r, T_END);
		if (n >= HK_TARIFF_MAX) {
			st = hk_reader_fail(r, T_PERIOD, err, "too many periods (%zu): expected at most %d",
					    n + 1, HK_TARIFF_MAX);
			break;
		}
		memset(p, 0, sizeof *p);
		if (hk_period_kind_parse(hk_reader_text(r, T_PERIOD), &p->kind, err) != HK_OK) {
			st = hk_reader_locate(r, T_PERIOD, err);
			break;
		}
		snprintf(p->name, sizeof p->name, "%s", hk_reader_text(r, T_PERIOD));
		if (hk_parse_clock(a, &p->start_h) != HK_OK) {
			st = hk_reader_fail(r, T_START, err, "start is not a time (%s): expected HH:MM", a);
			break;
		}
		if (hk_parse_clock(b, &p->end_h) != HK_OK) {
			st = hk_reader_fail(r, T_END, err, "end is not a time (%s): expected HH:MM", b);
			break;
		}
		if ((st = hk_reader_num(r, T_PRICE, &p->price, err)) != HK_OK)
			break;
		line[n] = hk_reader_line(r);
		n++;
	}
	if (st == HK_OK && rc < 0)
		st = err ? err->code : HK_EPARSE;
	if (st == HK_OK) {
		hk_err e2;
		/* a gap or overlap points at the later of its two rows */
		if (hk_tariff_build(t, per, n, &e2) != HK_OK) {
			st = hk_err_locate(&e2, HK_EINVAL, file, e2.item > 0 ? line[e2.item - 1] : 0,
					   e2.item > 0 ? (int)hk_reader_col(r, T_START) + 1 : 0);
			if (err)
				*err = e2;
		}
	}
	hk_reader_close(r);
	return st;
}

/* ---- pipe runs ---- */

enum { P_SEG = HK_PIPE_SEG, P_LEN = HK_PIPE_LEN, P_DIAM = HK_PIPE_DIAM, P_SHARE = HK_PIPE_SHARE,
       P_ZETA = HK_PIPE_ZETA, P_DP = HK_PIPE_DP };

hk_status hk_pipes_read(const char *path, const char *encoding, hk_pipe_seg *s, size_t cap,
			size_t *n, hk_err *err)
{
	hk_reader *r;
	hk_status st = hk_reader_open(&r, path, encoding, err);
	int rc = 0;
	*n = 0;
	if (st != HK_OK)
		return st;
	st = hk_reader_bind_kind(r, &hk_tk_pipes, err);
	while (st == HK_OK && (rc = hk_reader_next(r, err)) > 0) {
		hk_pipe_seg g = {0, 0, 1, 0, 0};
		hk_status x;
		if (*n >= cap) {
			st = hk_reader_fail(r, P_SEG, err, "too many segments: expected at most %zu", cap);
			break;
		}
		if ((st = hk_reader_num(r, P_LEN, &g.length_m, err)) != HK_OK ||
		    (st = hk_reader_num(r, P_DIAM, &g.diam_m, err)) != HK_OK)
			break;
		/* a diameter header without a unit (diameter, DN, 管径) is in mm */
		if (!hk_reader_unit_given(r, P_DIAM))
			g.diam_m /= 1000;
		if (((x = hk_reader_num(r, P_SHARE, &g.share, err)) != HK_OK && x != HK_ENOTFOUND) ||
		    ((x = hk_reader_num(r, P_ZETA, &g.zeta, err)) != HK_OK && x != HK_ENOTFOUND) ||
		    ((x = hk_reader_num(r, P_DP, &g.dp_kpa, err)) != HK_OK && x != HK_ENOTFOUND)) {
			st = x;
			break;
		}
		/* dp: kPa without a unit in the header, else converted to m head */
		if (hk_reader_unit_given(r, P_DP))
			g.dp_kpa *= 9.80665; /* m of water → kPa */
		if (g.share > 1) {
			st = hk_reader_fail(r, P_SHARE, err, "share above 1 (%g): expected a fraction of the design flow",
					    g.share);
			break;
		}
		s[(*n)++] = g;
	}
	return rows_end(r, st, rc, *n, "pipe segments", err);
}
