/* rptin.c - the report's input files, read whole and told apart (see rptin.h). */
#include "rptin.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "grow.h"
#include "table.h"
#include "units.h"

static const struct {
	const char *name, *cmd;
} kinds[HK_RK_N] = {
	[HK_RK_LOADS] = {"loadcalc summary", "loadcalc --summary"},
	[HK_RK_HP] = {"hpsize summary", "hpsize --summary"},
	[HK_RK_TANK] = {"tanksize summary", "tanksize --summary"},
	[HK_RK_PUMP] = {"pumpselect summary", "pumpselect --summary"},
	[HK_RK_BORE] = {"borefield summary", "borefield --summary"},
	[HK_RK_ECON] = {"econ summary", "econ --summary"},
	[HK_RK_BUILDINGS] = {"building table", "loadcalc"},
	[HK_RK_PROFILE] = {"profile", "loadcalc --profile, hpsize or tanksize"},
	[HK_RK_TANKDAY] = {"storage per day", "tanksize --per-day"},
	[HK_RK_ECONDAY] = {"econ daily table", "econ"},
	[HK_RK_INVEST] = {"investment table", "econ --invest"},
	[HK_RK_PRICES] = {"unit-price table", "econ --prices"},
	[HK_RK_MONTHLY] = {"monthly heat", "loadcalc --monthly"},
	[HK_RK_BOREMONTHS] = {"borefield table", "borefield"},
};

const char *hk_rkind_name(hk_rkind k) { return k < HK_RK_N ? kinds[k].name : "?"; }

void hk_rfile_free(hk_rfile *f)
{
	size_t i;
	for (i = 0; i < f->ncols; i++)
		free(f->head ? f->head[i] : NULL);
	for (i = 0; i < f->nrows * f->ncols; i++)
		free(f->cell[i]);
	free(f->head);
	free(f->cell);
	free(f->line);
	memset(f, 0, sizeof *f);
}

/* The column of a header named key exactly (after folding), or -1. */
static long head_col(char **head, size_t n, const char *key)
{
	size_t i;
	for (i = 0; i < n; i++) {
		char fh[256];
		hk_header_fold(head[i], fh, sizeof fh);
		if (!strcmp(fh, key))
			return (long)i;
	}
	return -1;
}

/* Read every row's fields as text; summaries are stored as key, value,
 * unit, label, source whatever the order they were written in. */
static hk_status read_all(hk_rfile *f, hk_err *err)
{
	hk_reader *r;
	hk_status st;
	int rc;
	size_t cap = 0, lcap = 0, i, nh;
	long map[5] = {-1, -1, -1, -1, -1};
	static const char *const sumcols[5] = {"key", "value", "unit", "label", "source"};
	if ((st = hk_reader_open(&r, f->path, NULL, err)) != HK_OK)
		return st;
	if ((st = hk_reader_bind(r, NULL, 0, err)) != HK_OK) {
		hk_reader_close(r);
		return st;
	}
	nh = hk_reader_ncols(r);
	f->head = calloc(nh > 5 ? nh : 5, sizeof *f->head);
	if (!f->head) {
		hk_reader_close(r);
		return hk_fail(err, HK_ENOMEM, "out of memory");
	}
	for (i = 0; i < nh; i++)
		f->head[i] = strdup(hk_reader_header(r, i));
	f->ncols = nh;
	for (i = 0; i < 5; i++)
		map[i] = head_col(f->head, nh, sumcols[i]);
	f->summary = map[0] >= 0 && map[1] >= 0;
	if (f->summary) { /* keep the five columns, in order */
		for (i = 0; i < nh; i++)
			free(f->head[i]);
		for (i = 0; i < 5; i++)
			f->head[i] = strdup(sumcols[i]);
		f->ncols = 5;
	}
	while ((rc = hk_reader_next(r, err)) > 0) {
		size_t c;
		/* a row of ncols cells and its line */
		if ((st = hk_grow((void **)&f->cell, &cap, f->nrows, f->ncols * sizeof *f->cell, err)) != HK_OK ||
		    (st = hk_grow((void **)&f->line, &lcap, f->nrows, sizeof *f->line, err)) != HK_OK) {
			hk_reader_close(r);
			return st;
		}
		for (c = 0; c < f->ncols; c++) {
			long src = f->summary ? map[c] : (long)c;
			const char *v = src >= 0 && (size_t)src < hk_reader_ncols(r) ? hk_reader_field(r, (size_t)src) : NULL;
			f->cell[f->nrows * f->ncols + c] = strdup(v ? v : "");
		}
		f->line[f->nrows++] = hk_reader_line(r);
	}
	hk_reader_close(r);
	return rc < 0 ? err->code : HK_OK;
}

static int has_key(const hk_rfile *f, const char *key) { return hk_rs_row(f, key) >= 0; }
static int has_col(const hk_rfile *f, const char *key) { return hk_rt_col(f, key) >= 0; }

/* A column of an econ input kind by any of its names (aliases, units). */
static int has_alias(const hk_rfile *f, const hk_table_kind *k, size_t spec)
{
	size_t i;
	for (i = 0; i < f->ncols; i++)
		if (hk_colspec_find(k->cols, k->ncols, f->head[i], NULL, NULL) == (long)spec)
			return 1;
	return 0;
}

static hk_status classify(hk_rfile *f, hk_err *err)
{
	int k = -1;
	if (f->summary) {
		if (has_key(f, "base_scheme") || has_key(f, "s1_name"))
			k = HK_RK_ECON;
		else if (has_key(f, "q_unit_kw") && has_key(f, "k2"))
			k = HK_RK_HP;
		else if (has_key(f, "tank_kwh") && has_key(f, "volume_m3"))
			k = HK_RK_TANK;
		else if (has_key(f, "pump_model"))
			k = HK_RK_PUMP;
		else if (has_key(f, "boreholes") && has_key(f, "depth_m"))
			k = HK_RK_BORE;
		else if (has_key(f, "mean_index_w_m2"))
			k = HK_RK_LOADS;
		if (k < 0)
			return hk_fail_at(err, HK_EINVAL, f->path, 0, 0,
					  "a summary of no command the report reads: expected the --summary of "
					  "loadcalc, hpsize, tanksize, pumpselect, borefield or econ");
	} else if (has_col(f, "month") && has_col(f, "days") && has_col(f, "heat_kwh")) {
		k = HK_RK_MONTHLY;
	} else if (has_col(f, "capability_kwh") && has_col(f, "stored_kwh")) {
		k = HK_RK_TANKDAY;
	} else if (has_col(f, "start_h") && has_col(f, "dt_h") && has_col(f, "heat_load_kw")) {
		k = HK_RK_PROFILE;
	} else if (has_col(f, "year") && has_col(f, "month") && has_col(f, "tf_c")) {
		k = HK_RK_BOREMONTHS;
	} else if (has_col(f, "scheme") && has_col(f, "day") && has_col(f, "cost_yuan")) {
		k = HK_RK_ECONDAY;
	} else if (has_col(f, "name") && has_col(f, "area_m2") && has_col(f, "design_load_kw")) {
		k = HK_RK_BUILDINGS;
	} else if (has_alias(f, &hk_tk_invest, HK_INV_SCHEME) && has_alias(f, &hk_tk_invest, HK_INV_ITEM) &&
		   has_alias(f, &hk_tk_invest, HK_INV_QTY)) {
		k = HK_RK_INVEST;
	} else if (has_alias(f, &hk_tk_prices, HK_UP_ITEM) && has_alias(f, &hk_tk_prices, HK_UP_PRICE)) {
		k = HK_RK_PRICES;
	} else {
		return hk_fail_at(err, HK_EINVAL, f->path, 1, 0,
				  "a table the report does not know: expected a summary (key,value,...), "
				  "loadcalc's building table, a profile, loadcalc --monthly, tanksize --per-day, econ's daily "
				  "table, an investment table (scheme,item,quantity) or unit prices (item,unit,price)");
	}
	f->kind = (hk_rkind)k;
	return HK_OK;
}

hk_status hk_rfile_read(hk_rfile *f, const char *arg, hk_err *err)
{
	const char *eq = strchr(arg, '=');
	hk_fileinfo sb;
	hk_status st;
	memset(f, 0, sizeof *f);
	if (eq && eq > arg && hk_stat(arg, &sb) != 0) {
		if ((size_t)(eq - arg) >= sizeof f->label)
			return hk_fail(err, HK_EINVAL, "label of %zu bytes (%.40s...): expected at most %zu bytes "
				       "before the '='", (size_t)(eq - arg), arg, sizeof f->label - 1);
		snprintf(f->label, sizeof f->label, "%.*s", (int)(eq - arg), arg);
		snprintf(f->path, sizeof f->path, "%s", eq + 1);
	} else {
		snprintf(f->path, sizeof f->path, "%s", arg);
	}
	if ((st = read_all(f, err)) != HK_OK || (st = classify(f, err)) != HK_OK) {
		hk_rfile_free(f);
		return st;
	}
	return HK_OK;
}

long hk_rs_row(const hk_rfile *f, const char *key)
{
	size_t i;
	if (!f || !f->summary)
		return -1;
	for (i = 0; i < f->nrows; i++)
		if (!strcmp(f->cell[i * f->ncols], key))
			return (long)i;
	return -1;
}

const char *hk_rs_text(const hk_rfile *f, const char *key)
{
	long i = hk_rs_row(f, key);
	return i < 0 ? NULL : f->cell[(size_t)i * f->ncols + 1];
}

const char *hk_rs_unit(const hk_rfile *f, const char *key)
{
	long i = hk_rs_row(f, key);
	return i < 0 ? "" : f->cell[(size_t)i * f->ncols + 2];
}

const char *hk_rs_source(const hk_rfile *f, const char *key)
{
	long i = hk_rs_row(f, key);
	return i < 0 ? "" : f->cell[(size_t)i * f->ncols + 4];
}

/* the number in cell t at line:col of f, for hk_rs_num and hk_rt_num; t NULL:
 * no such WHAT (key or column), at line (col 0) */
static hk_status cell_num(const hk_rfile *f, const char *key, const char *what, const char *t, long line, int col,
			  double *v, hk_err *err)
{
	if (!t)
		return hk_fail_at(err, HK_ENOTFOUND, f->path, line, 0,
				  "no %s %s in this %s: expected the %s `heatkit %s` writes", what, key,
				  kinds[f->kind].name, what, kinds[f->kind].cmd);
	if (hk_parse_number(t, v, NULL) != HK_OK)
		return hk_fail_at(err, HK_EPARSE, f->path, line, col, "%s is not a number (%s): expected a number", key,
				  t);
	return HK_OK;
}

hk_status hk_rs_num(const hk_rfile *f, const char *key, double *v, hk_err *err)
{
	long i = hk_rs_row(f, key);
	if (i < 0)
		return cell_num(f, key, "key", NULL, 0, 0, v, err);
	return cell_num(f, key, "key", f->cell[(size_t)i * f->ncols + 1], f->line[i], 2, v, err);
}

double hk_rs_opt(const hk_rfile *f, const char *key)
{
	const char *t = hk_rs_text(f, key);
	double v;
	return t && hk_parse_number(t, &v, NULL) == HK_OK ? v : NAN;
}

long hk_rt_col(const hk_rfile *f, const char *key)
{
	return f ? head_col(f->head, f->ncols, key) : -1;
}

const char *hk_rt_cell(const hk_rfile *f, size_t row, long col)
{
	if (col < 0 || (size_t)col >= f->ncols || row >= f->nrows)
		return "";
	return f->cell[row * f->ncols + (size_t)col];
}

hk_status hk_rt_num(const hk_rfile *f, size_t row, const char *key, double *v, hk_err *err)
{
	long c = hk_rt_col(f, key);
	if (c < 0)
		return cell_num(f, key, "column", NULL, 1, 0, v, err);
	return cell_num(f, key, "column", hk_rt_cell(f, row, c), row < f->nrows ? f->line[row] : 0, (int)c + 1,
			v, err);
}
