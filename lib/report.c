/* report.c - the tender workbook: gather, check, price, write (see report.h, rpt.h). */
#include "rpt.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "platform.h"

const char *rpt_fmt(const char *fmt, ...)
{
	static char buf[16][1024];
	static int k;
	va_list ap;
	char *b = buf[k++ % 16];
	va_start(ap, fmt);
	vsnprintf(b, sizeof buf[0], fmt, ap);
	va_end(ap);
	return b;
}

const char *rpt_num(double v, int dec)
{
	if (!isfinite(v))
		return "-";
	if (dec < 0) /* as needed: up to 6 significant digits */
		return rpt_fmt("%.6g", v);
	return rpt_fmt("%.*f", dec, v);
}

long rpt_key_line(const hk_rfile *f, const char *key)
{
	long i = f ? hk_rs_row(f, key) : -1;
	return i < 0 ? 0 : f->line[i];
}

const char *rpt_key_at(const rpt *R, const hk_rfile *f, const char *key)
{
	long n = rpt_key_line(f, key);
	if (!n)
		return rpt_base(f->path);
	return rpt_fmt(RL(R, "%s 第%ld行", "%s line %ld"), rpt_base(f->path), n);
}

const char *rpt_base(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

/* Names a project commonly gives its schemes and pump groups, in both
 * languages: econ's defaults for a tanksize profile (cmd/econ.c), the
 * plant kinds of --scheme and the Malan template's groups.  A book shows
 * such a name in its own language; any other name as given. */
static const char *const known_names[][2] = {
	{"ASHP only", "空气源热泵直接供热"},
	{"ASHP + storage", "空气源热泵+水蓄热"},
	{"ground source", "地源热泵"},
	{"electric boiler + storage", "电锅炉+蓄热"},
	{"gas boiler", "燃气锅炉"},
	{"heat-source circulating pumps", "热源循环泵"},
};

const char *rpt_name_zh(const char *name)
{
	size_t i;
	for (i = 0; i < sizeof known_names / sizeof known_names[0]; i++)
		if (!strcmp(name, known_names[i][0]))
			return known_names[i][1];
	return NULL;
}

const char *rpt_name(const rpt *R, const char *name)
{
	size_t i;
	for (i = 0; i < sizeof known_names / sizeof known_names[0]; i++)
		if (!strcmp(name, known_names[i][0]) || !strcmp(name, known_names[i][1]))
			return known_names[i][R->lzh ? 1 : 0];
	return name;
}

const char *rpt_scheme_name(const rpt *R, int k)
{
	if (k < 0)
		return RL(R, "设计方案", "design");
	return rpt_name(R, R->s[k].name);
}

const char *rpt_item_name(const rpt *R, const rpt_item *it)
{
	switch (it->item) {
	case RI_HP:
		return RL(R, "低温空气源热泵机组", "low-temperature air-source heat pump");
	case RI_TANK:
		return RL(R, "蓄热水罐", "water storage tank");
	case RI_PUMP:
		if (it->label && *it->label)
			return rpt_name(R, it->label);
		return it->from ? RL(R, "循环水泵", "circulating pumps")
				: RL(R, "循环水泵(按电功率计价)", "circulating pumps (priced per kW)");
	case RI_LAND:
		return RL(R, "征地", "land");
	case RI_BORE:
		return RL(R, "地埋管钻孔", "ground-source boreholes");
	case RI_GSHP:
		return RL(R, "地源热泵机组", "ground-source heat pump");
	case RI_BOILER:
		return RL(R, "电锅炉", "electric boiler");
	case RI_GASB:
		return RL(R, "燃气锅炉", "gas boiler");
	default:
		return RL(R, "其他", "other");
	}
}

const char *rpt_item_unit(const rpt *R, const rpt_item *it)
{
	if (it->count > 0)
		return RL(R, "台", "units");
	switch (it->item) {
	case RI_TANK:
		return "m³";
	case RI_LAND:
		return "m²";
	case RI_OTHER:
		return RL(R, "元", "yuan");
	case RI_BORE:
		return "m";
	default:
		return "kW";
	}
}

/* Pump group f against those gathered: one file given twice was listed
 * and priced twice in the equipment table, exit 0; one label on two
 * groups names neither (issue 18 follow-up). */
static hk_status pump_once(const rpt *R, const hk_rfile *f, hk_err *err)
{
	hk_fileinfo a, b;
	int have = hk_stat(f->path, &a) == 0;
	for (int j = 0; j < R->npump; j++) {
		const hk_rfile *g = R->pump[j];
		if (!strcmp(g->path, f->path) ||
		    (have && hk_stat(g->path, &b) == 0 && a.dev == b.dev && a.ino == b.ino))
			return hk_fail_at(err, HK_EINVAL, f->path, 0, 0,
					  "pump group given twice (also as %s): expected each pumpselect summary once "
					  "(it would be listed and priced twice)", g->path);
		if (f->label[0] && !strcmp(g->label, f->label))
			return hk_fail_at(err, HK_EINVAL, f->path, 0, 0,
					  "pump group label %s twice (also %s): expected a label of its own for each "
					  "group", f->label, g->path);
	}
	return HK_OK;
}

/* One file per kind (pump summaries apart): a second is another run. */
static hk_status gather(rpt *R, const hk_rfile *files, size_t n, hk_err *err)
{
	size_t i;
	hk_status st;
	for (i = 0; i < n; i++) {
		const hk_rfile *f = &files[i];
		if (f->kind == HK_RK_PUMP) {
			if ((st = pump_once(R, f, err)) != HK_OK)
				return st;
			if (R->npump >= RPT_MAXP)
				return hk_fail_at(err, HK_EINVAL, f->path, 0, 0,
						  "more than %d pumpselect summaries: expected at most %d pump groups",
						  RPT_MAXP, RPT_MAXP);
			R->pump[R->npump++] = f;
			continue;
		}
		if (R->f[f->kind])
			return hk_fail_at(err, HK_EINVAL, f->path, 0, 0,
					  "a second %s (the first is %s): expected one per project (a report "
					  "gathers the outputs of one design; give the other design its own report)",
					  hk_rkind_name(f->kind), R->f[f->kind]->path);
		R->f[f->kind] = f;
	}
	return HK_OK;
}

static void close_prices(rpt *R)
{
	if (R->tab_loaded)
		hk_prices_free(&R->tab);
}

static hk_status write_book(rpt *R, const char *path, hk_err *err)
{
	hk_status st;
	int econ = R->f[HK_RK_ECON] != NULL;
	int loads = R->f[HK_RK_BUILDINGS] || R->f[HK_RK_LOADS] || R->f[HK_RK_PROFILE] || R->f[HK_RK_MONTHLY];
	int calc = R->f[HK_RK_LOADS] || R->f[HK_RK_HP] || R->f[HK_RK_TANK] || R->npump || R->f[HK_RK_BORE];
	if ((st = hk_wb_open(&R->wb, path, R->o->project, R->o->date, R->lzh, err)) != HK_OK)
		return st;
	/* tabs in reading order; each writer sets its own columns */
	R->sh_sum = hk_wb_sheet(R->wb, RL(R, "汇总", "Summary"));
	if (R->nit)
		R->sh_eq = hk_wb_sheet(R->wb, RL(R, "设备表", "Equipment"));
	if (loads)
		R->sh_load = hk_wb_sheet(R->wb, RL(R, "负荷", "Loads"));
	if (calc)
		R->sh_calc = hk_wb_sheet(R->wb, RL(R, "计算书", "Calculations"));
	if (econ)
		R->sh_econ = hk_wb_sheet(R->wb, RL(R, "经济", "Economics"));
	if (rpt_chart_wanted(R))
		R->sh_chart = hk_wb_sheet(R->wb, RL(R, "图表", "Charts"));
	/* in the order the formulas need each other's cells; the charts after
	 * 经济: its cash-flow chart refers to those rows */
	const struct {
		const hk_sheet *sh;
		const char *what;
		void (*write)(rpt *R);
	} step[] = {
		{R->sh_eq, "writing the equipment schedule", rpt_equip},
		{R->sh_load, "writing the loads", rpt_loads},
		{R->sh_econ, "writing the cash flows", rpt_econ},
		{R->sh_calc, "writing the calculation book", rpt_calc},
		{R->sh_chart, "drawing the charts", rpt_chart},
	};
	for (size_t i = 0; i < sizeof step / sizeof step[0]; i++)
		if (step[i].sh) {
			hk_progress_report(R->o->progress, i + 1, 7, step[i].what);
			step[i].write(R);
		}
	hk_progress_report(R->o->progress, 6, 7, "writing the summary");
	rpt_sum(R);
	hk_progress_report(R->o->progress, 7, 7, "saving the workbook");
	st = hk_wb_close(R->wb, err);
	R->wb = NULL;
	return st;
}

hk_status hk_report(const hk_rfile *files, size_t n, const hk_report_opts *o, const char *path, hk_err *err)
{
	rpt *R = calloc(1, sizeof *R);
	hk_status st;
	if (!R)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	R->o = o;
	R->lzh = o->lang_zh;
	R->base = -1;
	hk_progress_report(o->progress, 0, 0, "checking the files against each other");
	if ((st = gather(R, files, n, err)) == HK_OK && (st = rpt_check(R, err)) == HK_OK &&
	    (st = rpt_invest(R, err)) == HK_OK)
		st = write_book(R, path, err);
	close_prices(R);
	free(R);
	return st;
}
