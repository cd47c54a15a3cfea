/* bfinput.c - the loads, profile and coordinates of a borefield run (see bfinput.h). */
#include "bfinput.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bflayout.h"
#include "columns.h"
#include "proftable.h"
#include "table.h"

/* ---- the loads file -------------------------------------------------------- */

/* the loads file's columns (columns.h) */
enum { L_MONTH = HK_BFL_MONTH, L_EXT_KWH = HK_BFL_EXT_KWH, L_INJ_KWH = HK_BFL_INJ_KWH,
       L_PE = HK_BFL_PE, L_PI = HK_BFL_PI, L_HEAT_KWH = HK_BFL_HEAT_KWH,
       L_COOL_KWH = HK_BFL_COOL_KWH, L_PH = HK_BFL_PH, L_PC = HK_BFL_PC, L_EXT_KW = HK_BFL_EXT_KW,
       L_INJ_KW = HK_BFL_INJ_KW, L_HEAT_KW = HK_BFL_HEAT_KW, L_COOL_KW = HK_BFL_COOL_KW,
       L_N = HK_BFL_N };

/* a loads file as read: monthly (4 columns) or hourly (2), ground or
 * building loads, n rows */
typedef struct {
	int monthly, building;
	int heat, cool; /* building heating, cooling columns */
	size_t n, cap;
	double *a[4];
} raw_loads;

static void raw_free(raw_loads *w)
{
	for (int k = 0; k < 4; k++)
		free(w->a[k]);
}

/* which kind of loads file the header makes it; fails on both kinds or
 * none, and on building loads without the COP / EER that convert them */
static hk_status loads_kind(hk_reader *r, double cop, double eer, raw_loads *w,
			    hk_err *err)
{
	const char *name = hk_reader_name(r);
	int h[L_N];
	for (size_t i = 0; i < L_N; i++)
		h[i] = hk_reader_has(r, i);
	w->monthly = h[L_EXT_KWH] || h[L_INJ_KWH] || h[L_HEAT_KWH] || h[L_COOL_KWH];
	if (w->monthly == (h[L_EXT_KW] || h[L_INJ_KW] || h[L_HEAT_KW] || h[L_COOL_KW]))
		return hk_fail_at(err, HK_EPARSE, name, 1, 0,
				  w->monthly ? "both energies (kWh) and powers (kW) per row: expected monthly "
					       "ext_kwh,inj_kwh[,peak_ext_kw,peak_inj_kw] or hourly ext_kw,inj_kw"
					     : "no load columns: expected monthly ext_kwh,inj_kwh[,peak_ext_kw,"
					       "peak_inj_kw] (or heat_kwh,cool_kwh with --cop/--eer) or hourly "
					       "ext_kw,inj_kw (or heat_kw,cool_kw)");
	w->building = w->monthly ? h[L_HEAT_KWH] || h[L_COOL_KWH] : h[L_HEAT_KW] || h[L_COOL_KW];
	if (w->building && (w->monthly ? h[L_EXT_KWH] || h[L_INJ_KWH] : h[L_EXT_KW] || h[L_INJ_KW]))
		return hk_fail_at(err, HK_EPARSE, name, 1, 0,
				  "both ground loads (ext/inj) and building loads (heat/cool): expected one kind");
	w->heat = w->building && (w->monthly ? h[L_HEAT_KWH] : h[L_HEAT_KW]);
	w->cool = w->building && (w->monthly ? h[L_COOL_KWH] : h[L_COOL_KW]);
	if (w->building && (w->monthly ? h[L_HEAT_KWH] : h[L_HEAT_KW]) && !(cop > 1))
		return hk_fail(err, HK_EINVAL, "%s has building heating: give --cop (> 1) to turn it "
			       "into ground extraction = heat (1 - 1/COP)", name);
	if (w->building && (w->monthly ? h[L_COOL_KWH] : h[L_COOL_KW]) && !(eer > 0))
		return hk_fail(err, HK_EINVAL, "%s has building cooling: give --eer (> 0) to turn it "
			       "into ground injection = cooling (1 + 1/EER)", name);
	return HK_OK;
}

/* one data row: the month number checked, the values as given */
static hk_status loads_row(hk_reader *r, raw_loads *w, hk_err *err)
{
	static const int mc[2][4] = {{L_EXT_KWH, L_INJ_KWH, L_PE, L_PI},
				     {L_HEAT_KWH, L_COOL_KWH, L_PH, L_PC}};
	static const int hc[2][2] = {{L_EXT_KW, L_INJ_KW}, {L_HEAT_KW, L_COOL_KW}};
	size_t n = w->n;
	if (n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 1024;
		for (int k = 0; k < 4; k++) {
			double *p = realloc(w->a[k], w->cap * sizeof *p);
			if (!p)
				return hk_fail(err, HK_ENOMEM, "out of memory");
			w->a[k] = p;
		}
	}
	if (w->monthly && hk_reader_has(r, L_MONTH)) {
		double mo;
		hk_status st = hk_reader_num(r, L_MONTH, &mo, err);
		if (st)
			return st;
		if (mo != (double)(n + 1) && mo != (double)(n % 12 + 1))
			return hk_reader_fail(r, L_MONTH, err, "month %g on data row %zu: expected %zu%s",
					      mo, n + 1, n % 12 + 1,
					      n >= 12 ? " (or the running month number)" : "");
	}
	for (int k = 0; k < (w->monthly ? 4 : 2); k++) {
		int c = w->monthly ? mc[w->building][k] : hc[w->building][k];
		double v = 0;
		hk_status st = hk_reader_num(r, (size_t)c, &v, err);
		if (st != HK_OK && st != HK_ENOTFOUND)
			return st;
		w->a[k][n] = st == HK_ENOTFOUND ? 0 : v;
	}
	w->n++;
	return HK_OK;
}

/* ---- GHEtool's hourly geothermal load file ------------------------------- */

/* GHEtool's HourlyGeothermalLoad.load_hourly_profile reads a CSV of two
 * columns in kW, header "Heating;Cooling" (its Examples/hourly_profile.csv;
 * test data also "Cooling;Heating"), ';' separated, '.' decimals, a UTF-8
 * BOM as Excel saves it.  For a geothermal load GHEtool's "Heating" is the
 * heat extracted from the ground and "Cooling" the heat injected: read as
 * such (ext_kw, inj_kw).  Only this exact header is taken for GHEtool's:
 * heatkit's own heat_kw/cool_kw (building loads, --cop/--eer) keep their
 * meaning.  Returns 1 with the separator and the extraction column (0/1)
 * when path's first line is that header. */
static int ghetool_header(const char *path, char *sep, int *ext_col)
{
	char line[256];
	FILE *f;
	if (!path || !strcmp(path, "-") || !(f = hk_fopen(path, "rb")))
		return 0;
	int ok = fgets(line, sizeof line, f) != NULL;
	fclose(f);
	if (!ok)
		return 0;
	char *s = line + (strncmp(line, "\xef\xbb\xbf", 3) ? 0 : 3);
	s[strcspn(s, "\r\n")] = '\0';
	for (const char *p = ";,"; *p; p++) {
		char a[16], b[16];
		const char *d = strchr(s, *p);
		if (!d || strchr(d + 1, *p) || d - s >= (long)sizeof a || strlen(d + 1) >= sizeof b)
			continue;
		snprintf(a, sizeof a, "%.*s", (int)(d - s), s);
		snprintf(b, sizeof b, "%s", d + 1);
		if ((!strcmp(a, "Heating") && !strcmp(b, "Cooling")) || (!strcmp(a, "Cooling") && !strcmp(b, "Heating"))) {
			*sep = *p;
			*ext_col = !strcmp(a, "Heating") ? 0 : 1;
			return 1;
		}
	}
	return 0;
}

/* the rows of a GHEtool hourly file (ghetool_header) as hourly ground loads */
static hk_status ghetool_rows(const char *path, char sep, int ext_col, raw_loads *w, hk_err *err)
{
	char line[256];
	long ln = 0;
	FILE *f = hk_fopen(path, "rb");
	if (!f)
		return hk_fail(err, HK_EIO, "%s: cannot open", path);
	hk_status st = HK_OK;
	w->monthly = 0;
	w->building = 0;
	while (!st && fgets(line, sizeof line, f)) {
		char *fld[2], *d;
		double v[2];
		if (++ln == 1)
			continue;
		line[strcspn(line, "\r\n")] = '\0';
		if (!line[0])
			continue;
		d = strchr(line, sep);
		if (!d || strchr(d + 1, sep)) {
			st = hk_fail_at(err, HK_EPARSE, path, ln, 1, "GHEtool hourly row (%s): expected two "
					"numbers in kW separated by '%c'", line, sep);
			break;
		}
		*d = '\0';
		fld[0] = line;
		fld[1] = d + 1;
		for (int k = 0; k < 2 && !st; k++)
			if (hk_parse_number(fld[k], &v[k], NULL) != HK_OK || !(v[k] >= 0))
				st = hk_fail_at(err, HK_EPARSE, path, ln, k + 1, "%s (%s): expected a ground load "
						">= 0 kW", (k == ext_col) ? "Heating" : "Cooling", fld[k]);
		if (st)
			break;
		if (w->n == w->cap) {
			w->cap = w->cap ? 2 * w->cap : 8760;
			for (int k = 0; k < 2 && !st; k++) {
				double *q = realloc(w->a[k], w->cap * sizeof *q);
				if (!q)
					st = hk_fail(err, HK_ENOMEM, "out of memory");
				else
					w->a[k] = q;
			}
			if (st)
				break;
		}
		w->a[0][w->n] = v[ext_col];
		w->a[1][w->n] = v[1 - ext_col];
		w->n++;
	}
	if (!st && ferror(f))
		st = hk_fail(err, HK_EIO, "%s: read error", path);
	fclose(f);
	return st;
}

/* the rows of the loads file, checked against the simulation length */
static hk_status loads_file(const char *path, const char *enc, int years, double cop,
			    double eer, raw_loads *w, hk_bf_loads *L, hk_err *err)
{
	hk_reader *r;
	hk_status st;
	int rc = 0, ext_col;
	char sep;
	if (ghetool_header(path, &sep, &ext_col)) {
		const char *base = strrchr(path, '/');
		snprintf(L->name, sizeof L->name, "%s", base ? base + 1 : path);
		L->convention = ext_col ? "GHEtool hourly file (Cooling;Heating, kW): Heating = ground "
			"extraction, Cooling = ground injection, as GHEtool's HourlyGeothermalLoad reads them"
			: "GHEtool hourly file (Heating;Cooling, kW): Heating = ground extraction, Cooling = "
			  "ground injection, as GHEtool's HourlyGeothermalLoad reads them";
		if ((st = ghetool_rows(path, sep, ext_col, w, err)))
			return st;
		if (w->n != 8760 && w->n != 8760 * (size_t)years)
			return hk_fail_at(err, HK_EINVAL, L->name, (long)w->n + 2, 0, "%zu hours of loads: "
					  "expected 8760 (one year, repeated every year) or %zu (8760 x %d years "
					  "of --years)", w->n, 8760 * (size_t)years, years);
		return HK_OK;
	}
	if ((st = hk_reader_open(&r, path, enc, err)))
		return st;
	if (!(st = hk_reader_bind_kind(r, &hk_tk_bf_loads, err))) {
		snprintf(L->name, sizeof L->name, "%s", hk_reader_name(r));
		L->chinese = hk_reader_chinese(r);
		st = loads_kind(r, cop, eer, w, err);
	}
	while (!st && (rc = hk_reader_next(r, err)) > 0)
		st = loads_row(r, w, err);
	if (!st && rc < 0)
		st = err ? err->code : HK_EPARSE;
	size_t per = w->monthly ? 12 : 8760, want = per * (size_t)years;
	if (!st && w->n != per && w->n != want)
		st = hk_fail_at(err, HK_EINVAL, L->name, hk_reader_line(r) + 1, 0,
				"%zu %s of loads: expected %zu (one year, repeated every year) or %zu "
				"(%zu x %d years of --years)", w->n, w->monthly ? "months" : "hours", per,
				want, per, years);
	hk_reader_close(r);
	return st;
}

/* building loads as ground loads: extraction = heat (1 - 1/COP), injection
 * = cool (1 + 1/EER), column by column (heat, cool, heat peak, cool peak) */
static void loads_to_ground(raw_loads *w, double cop, double eer)
{
	for (int k = 0; k < (w->monthly ? 4 : 2); k++)
		for (size_t i = 0; i < w->n; i++) {
			double v = w->a[k][i];
			w->a[k][i] = !(v > 0) ? 0 : k % 2 == 0 ? hk_extraction_from_heating(v, cop)
							      : hk_injection_from_cooling(v, eer);
		}
}

/* ---- the profile ----------------------------------------------------------- */

/* the profile's columns beside the contract's (columns.h) */
enum { P_HP_HEAT = HK_PGND_HP_HEAT, P_COP = HK_PGND_COP, P_COOL = HK_PGND_COOL, P_EER = HK_PGND_EER };

/* the ground loads of each step: extraction = heat (1 - 1/COP),
 * injection = cool (1 + 1/EER) (inj NULL: no cooling column) */
static hk_status profile_ground(const hk_proftable *p, double cop_opt, double eer_opt,
				double *ext, double *inj, hk_err *err)
{
	for (size_t i = 0; i < p->n; i++) {
		double heat = p->has_extra[P_HP_HEAT] ? hk_proftable_x(p, i, P_HP_HEAT)
						      : p->steps[i].load_kw;
		double cop = isfinite(cop_opt) ? cop_opt : hk_proftable_x(p, i, P_COP);
		if (!isfinite(heat))
			heat = 0;
		if (heat > 0 && !(cop > 1))
			return hk_fail_at(err, HK_EINVAL, p->file, (long)i + 2, 0,
					  "step %zu: COP %g with heat %g kW: expected COP > 1 for ground "
					  "extraction = heat (1 - 1/COP)", i + 1, cop, heat);
		ext[i] = heat > 0 ? hk_extraction_from_heating(heat, cop) : 0;
		if (inj) {
			double cool = hk_proftable_x(p, i, P_COOL);
			double eer = isfinite(eer_opt) ? eer_opt : hk_proftable_x(p, i, P_EER);
			inj[i] = cool > 0 ? hk_injection_from_cooling(cool, eer) : 0;
			if (cool > 0 && !isfinite(inj[i]))
				return hk_fail(err, HK_EINVAL, "%s step %zu: EER %g: expected > 0",
					       p->file, i + 1, eer);
		}
	}
	return HK_OK;
}

/* the profile's ground loads placed in the months (bfloads.h) */
static hk_status profile_read(const char *path, const char *enc, double cop, double eer,
			      hk_bf_loads *L, hk_err *err)
{
	hk_proftable p;
	hk_status st = hk_proftable_read(path, enc, hk_tk_profile_ground.cols,
					  hk_tk_profile_ground.ncols, &p, err);
	if (st)
		return st;
	double *ext = NULL, *inj = NULL;
	if (!isfinite(cop) && !p.has_extra[P_COP])
		st = hk_fail(err, HK_EINVAL, "%s has no cop column: give --cop (ground extraction = "
			     "heat (1 - 1/COP))", p.file);
	else if (p.has_extra[P_COOL] && !isfinite(eer) && !p.has_extra[P_EER])
		st = hk_fail(err, HK_EINVAL, "%s has cool_load_kw: give --eer (ground injection = "
			     "cooling (1 + 1/EER))", p.file);
	else if (!(ext = calloc(p.n ? p.n : 1, sizeof *ext)) ||
		 (p.has_extra[P_COOL] && !(inj = calloc(p.n ? p.n : 1, sizeof *inj))))
		st = hk_fail(err, HK_ENOMEM, "out of memory");
	if (!st) {
		L->heat_src = p.has_extra[P_HP_HEAT] ? "hp_heat_kw" : "heat_load_kw";
		L->cop_src = isfinite(cop) ? "--cop" : "the profile's cop column";
		L->cop_used = 1;
		L->eer_used = p.has_extra[P_COOL];
		st = profile_ground(&p, cop, eer, ext, inj, err);
	}
	if (!st && (st = hk_bfprof_to_months(p.steps, ext, inj, p.n, -1, -1, &L->pm, err)))
		hk_err_locate(err, st, p.file, 0, 0);
	if (!st) {
		snprintf(L->name, sizeof L->name, "%s", p.file);
		L->chinese = p.chinese;
		L->have_profile = 1;
	}
	free(ext);
	free(inj);
	hk_proftable_free(&p);
	return st;
}

/* ---- the loads of a run ---------------------------------------------------- */

/* the loads file's and the profile's loads as L's monthly (and hourly)
 * blocks, and the largest peaks */
static hk_status loads_merge(raw_loads *w, hk_bf_loads *L, hk_err *err)
{
	size_t nm = w->n && !w->monthly ? 12 * (w->n / 8760) : w->n ? w->n : 12;
	hk_status st;
	if (!(L->m = calloc(4 * nm, sizeof *L->m)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	if (w->n && !w->monthly) { /* hourly, and their monthly view */
		if (!(L->h = malloc(2 * w->n * sizeof *L->h)))
			return hk_fail(err, HK_ENOMEM, "out of memory");
		memcpy(L->h, w->a[0], w->n * sizeof *L->h);
		memcpy(L->h + w->n, w->a[1], w->n * sizeof *L->h);
		L->hl = (hk_hload){w->n, L->h, L->h + w->n};
		L->ml = (hk_mload){nm, L->m, L->m + nm, L->m + 2 * nm, L->m + 3 * nm};
		if ((st = hk_hload_to_monthly(&L->hl, L->m, L->m + nm, L->m + 2 * nm,
					      L->m + 3 * nm, err)))
			return hk_err_prefix(err, st, "%s", L->name);
	} else {
		hk_mload file = {w->n, w->a[0], w->a[1], w->a[2], w->a[3]};
		if (L->have_profile) { /* the profile's months, plus the file's */
			hk_bfprof_add(&L->pm, w->n ? &file : NULL, L->m, &L->ml);
		} else {
			for (int k = 0; k < 4; k++)
				memcpy(L->m + k * nm, w->a[k], nm * sizeof *L->m);
			L->ml = (hk_mload){nm, L->m, L->m + nm, L->m + 2 * nm, L->m + 3 * nm};
		}
		L->added = L->have_profile && w->n;
	}
	if (L->hl.nh)
		hk_hload_peaks(&L->hl, &L->pk_ext, &L->pk_inj);
	else
		hk_mload_peaks(&L->ml, &L->pk_ext, &L->pk_inj);
	return HK_OK;
}

hk_status hk_bf_loads_read(const char *loads_path, const char *profile_path,
			   const char *encoding, int years, double cop,
			   double eer, hk_bf_loads *L, hk_err *err)
{
	raw_loads w;
	hk_status st = HK_OK;
	memset(L, 0, sizeof *L);
	memset(&w, 0, sizeof w);
	if (profile_path)
		st = profile_read(profile_path, encoding, cop, eer, L, err);
	if (!st && loads_path)
		st = loads_file(loads_path, encoding, years, cop, eer, &w, L, err);
	if (!st && w.building)
		loads_to_ground(&w, cop, eer);
	L->cop_used |= w.heat;
	L->eer_used |= w.cool;
	if (!st && w.n && !w.monthly && L->have_profile)
		st = hk_fail(err, HK_EINVAL, "--profile with hourly loads: expected a monthly loads "
			     "file to add to the profile");
	if (!st)
		st = loads_merge(&w, L, err);
	raw_free(&w);
	if (st)
		hk_bf_loads_free(L);
	return st;
}

void hk_bf_loads_free(hk_bf_loads *L)
{
	free(L->m);
	free(L->h);
	L->m = L->h = NULL;
}

/* ---- coordinates ----------------------------------------------------------- */

/* the rows x, y of the coordinates file */
static hk_status coords_rows(hk_reader *r, double *x, double *y, long *line, size_t cap,
			     size_t *n, hk_err *err)
{
	hk_status st;
	int rc;
	while ((rc = hk_reader_next(r, err)) > 0) {
		if (*n == cap)
			return hk_fail_at(err, HK_EINVAL, hk_reader_name(r), hk_reader_line(r), 1,
					  "more than %zu boreholes: expected at most %zu", cap, cap);
		if ((st = hk_reader_num(r, HK_XY_X, &x[*n], err)) ||
		    (st = hk_reader_num(r, HK_XY_Y, &y[*n], err)))
			return st;
		line[(*n)++] = hk_reader_line(r);
	}
	if (rc < 0)
		return err ? err->code : HK_EPARSE;
	if (*n == 0)
		return hk_fail_at(err, HK_EPARSE, hk_reader_name(r), 2, 1,
				  "no boreholes: expected x,y rows");
	return HK_OK;
}

hk_status hk_bf_coords_read(const char *path, const char *encoding, double rb,
			    double *x, double *y, long *line, size_t cap,
			    size_t *n, hk_err *err)
{
	hk_reader *r;
	hk_err e;
	hk_status st = hk_reader_open(&r, path, encoding, err);
	if (st)
		return st;
	*n = 0;
	if (!(st = hk_reader_bind_kind(r, &hk_tk_coords, err)))
		st = coords_rows(r, x, y, line, cap, n, err);
	hk_reader_close(r);
	if (st || !(st = hk_field_check(x, y, *n, rb, &e)))
		return st;
	long a = e.item2, b = e.item; /* the pair, 1-based: at their lines */
	if (a >= 1 && b >= 1 && (size_t)a <= *n && (size_t)b <= *n)
		return hk_fail_at(err, HK_EINVAL, path, line[b - 1], 0, "%s (lines %ld and %ld)",
				  e.what, line[a - 1], line[b - 1]);
	if (err)
		*err = e;
	return hk_err_locate(err, HK_EINVAL, path, 0, 0);
}

/* ---- a field as text --------------------------------------------------------- */

hk_status hk_bf_field_parse(const char *field, hk_layout_kind kind, double B1, double B2,
			    double *x, double *y, size_t cap, size_t *n, char *txt,
			    size_t txtcap, hk_err *err)
{
	double a, b, top = (double)cap;
	if ((int)kind < 0 || kind > HK_LAYOUT_LINE)
		return hk_fail(err, HK_EINVAL, "--layout: unknown layout %d", (int)kind);
	if (!hk_layout_parse_size(field, &a, &b) || a < 1 || a != floor(a) || a > top ||
	    (isfinite(b) && (b < 1 || b != floor(b) || b > top)))
		return hk_fail(err, HK_EINVAL, "--field %s: expected N1xN2 whole numbers of boreholes, "
			       "e.g. 12x10", field);
	int n1 = (int)a, n2 = isfinite(b) ? (int)b : 1;
	if (kind == HK_LAYOUT_LINE && n2 != 1)
		return hk_fail(err, HK_EINVAL, "--field %s --layout line: a line is one row; expected "
			       "--field %dx1 (or %d)", field, n1, n1);
	if (hk_layout_count(kind, n1, n2) > cap)
		return hk_fail(err, HK_EINVAL, "--field %s: more than %zu boreholes", field, cap);
	if (hk_layout(kind, n1, n2, B1, B2, x, y, cap, n, err))
		return hk_err_prefix(err, HK_EINVAL, "--field %s --layout %s", field, hk_layout_name(kind));
	snprintf(txt, txtcap, "%s %dx%d", hk_layout_name(kind), n1, n2);
	return HK_OK;
}
