/*
 * report.c - heatkit report: a project's outputs gathered into one tender
 * workbook (汇总, 设备表, 负荷, 计算书, 经济).  Options, read the files,
 * lib/report.c writes the workbook.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cmds.h"
#include "diag.h"
#include "paths.h"
#include "platform.h"
#include "progress.h"
#include "report.h"
#include "text.h"

/* the options (hk_parse_options_to fills a copy of opts0) */
struct opts {
	const char *out_path, *project, *date, *lang;
};
static const struct opts opts0;
static const char *const langs[] = {"zh", "en", NULL};

static const char *const usage[] = {"-o BOOK.xlsx [options] [LABEL=]FILE...", NULL};
static const char *const examples[] = {
	"the Malan project's tender workbook, from the files its commands wrote",
	"heatkit report -o tender.xlsx --project 马栏镇 loads-summary.csv loads.csv tank.csv hp-summary.csv "
	"tank-summary.csv tank-per-day.csv 热源循环泵=pump-primary.csv econ-summary.csv invest.csv",
	"the same in English, for a reviewer abroad",
	"heatkit report --lang en -o tender-en.xlsx loads-summary.csv hp-summary.csv tank-summary.csv econ-summary.csv invest.csv",
	NULL, NULL};
static const hk_option options[] = {
	HK_OPT_STR_('o', "output", &opts0.out_path, "BOOK.xlsx", "the workbook to write (written to a temporary name and renamed)",
		    "none: required"),
	HK_OPT_STR_(0, "project", &opts0.project, "NAME", "project name, on the cover and in every page header",
		    "the name of the current directory"),
	HK_OPT_STR_(0, "date", &opts0.date, "DATE", "date in every page header", "today (YYYY-MM-DD)"),
	HK_OPT_CHOICE_(0, "lang", &opts0.lang, "language of the whole workbook: labels, item names, units, sources", langs, NULL,
		       NULL),
	HK_OPT_END_,
};

const hk_cmdinfo info_report = {
	.name = "report",
	.summary = "one tender workbook from a project's outputs: summary, equipment, loads, calculations, economics",
	.usage = usage,
	.description =
		"Gathers the CSV files a project's commands wrote into one workbook for the tender\n"
		"package: 汇总 (project, city and its GB 50736 design data, design basis, key\n"
		"results, each scheme's economics, every warning the summaries recorded), 设备表\n"
		"(each scheme's equipment: model, specification, quantity, unit price, total, and\n"
		"subtotals as SUM formulas; the unit prices as input cells), 负荷 (buildings with\n"
		"合计 and per-phase rows as formulas; the typical days), 计算书 (each step's\n"
		"formulas with the numbers put in and their sources) and 经济 (each scheme's cash\n"
		"flow year by year, with static and discounted payback, NPV, IRR and life-cycle\n"
		"cost as formulas over the input cells: quantities, unit prices, operating costs,\n"
		"discount rate, escalation).  汇总 refers to those cells: change a price or the rate\n"
		"in a spreadsheet and every result follows.  Print-ready: A4 landscape, one page\n"
		"wide, head rows on every page, project and date in the header, page X of Y.\n"
		"\n"
		"Each file is told by what it holds (its keys or columns), not by its name; give\n"
		"only the files of one design.  Figures two files both state must agree (the\n"
		"design load, the building set and its annual heat, the heat-pump count and\n"
		"model, the tank, each scheme's investment): else exit 2 naming the file and the\n"
		"key, and no workbook.  A designed item (heat pumps, tank, pumps) needs a unit\n"
		"price: the investment table's, else the one econ used (its summary's price_ITEM,\n"
		"as --price ID chose it), else the unit-price table's (given, or\n"
		"data/equipment/unit-prices.csv).  The operating costs are econ's annual figures\n"
		"(inputs of 经济): another tariff needs a new econ run.",
	.input =
		"  [LABEL=]FILE, any of (LABEL names a pump group: 热源循环泵=pump-primary.csv):\n"
		"    loadcalc --summary             key mean_index_w_m2 (loads, city, design data)\n"
		"    loadcalc building table        columns name, area_m2, design_load_kw\n"
		"    a profile                      columns day, start_h, dt_h, heat_load_kw, days\n"
		"                                   (loadcalc --profile, hpsize or tanksize output)\n"
		"    hpsize --summary               keys q_unit_kw and k2\n"
		"    tanksize --summary             keys tank_kwh and volume_m3\n"
		"    loadcalc --monthly             columns month, days, heat_kwh (负荷: heat per month)\n"
		"    tanksize --per-day             columns capability_kwh, stored_kwh\n"
		"    pumpselect --summary           key pump_model (repeatable: one per pump group)\n"
		"    borefield --summary            keys boreholes and depth_m\n"
		"    borefield's table              columns year, month, tf_c (the fluid temperature chart)\n"
		"    econ --summary                 key base_scheme (schemes, rate, escalation, life)\n"
		"    econ's daily table             columns scheme, day, days, cost_yuan\n"
		"    the investment table econ read scheme,item,quantity[,unit][,price][,amount]\n"
		"    the unit prices econ read      item,unit,price,source",
	.output = "  BOOK.xlsx: sheets 汇总, 设备表, 负荷, 计算书, 经济, 图表 (Summary, Equipment, Loads,\n"
		  "    Calculations, Economics, Charts), each present when its files are given; 图表:\n"
		  "    each typical day's load and what the heat pumps and the tank cover, the heat month\n"
		  "    by month, each pump group's and the system's curves, the borefield's fluid\n"
		  "    temperatures year by year, each scheme's cumulative cash flow (series over the cells, two charts to\n"
		  "    a printed page, none across a page break); workbook names\n"
		  "    for the inputs and results (discount_rate, escalation_rate, price_tank_m3,\n"
		  "    sN_invest, sN_cost, sN_payback, sN_dpayback, sN_npv, sN_irr, sN_lcc)",
	.examples = examples,
	.options = options,
	.flags = HK_CMD_NO_COMMON,
	.opt_proto = &opts0,
	.opt_size = sizeof opts0,
};

/* Chinese text: a CJK ideograph */
static int cjk(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s);
	while (n) {
		unsigned cp;
		int k = hk_utf8_decode(p, n, &cp);
		if (k <= 0)
			return 0;
		if (cp >= 0x4E00 && cp <= 0x9FFF)
			return 1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

/* the input has Chinese text (headers, names, labels) */
static int has_cjk(const hk_rfile *f)
{
	size_t i;
	for (i = 0; i < f->ncols; i++)
		if (cjk(f->head[i]))
			return 1;
	for (i = 0; i < f->nrows * f->ncols; i++)
		if (cjk(f->cell[i]))
			return 1;
	return 0;
}

static const char *default_project(char *buf, size_t sz)
{
	char cwd[PATH_MAX];
	const char *s;
	if (!hk_cwd(cwd, sizeof cwd))
		return "project";
	s = hk_path_base(cwd);   /* '/' here; '\\' and the drive's ':' on Windows */
	snprintf(buf, sz, "%s", *s ? s : cwd);
	return buf;
}

/* -o may not name an input (it would be replaced before it is read) */
static void not_an_input(const char *out_path, const hk_rfile *f, int n)
{
	char a[PATH_MAX], b[PATH_MAX];
	int i;
	if (!hk_canonical(out_path, a, sizeof a))
		return; /* not there yet: no input can be it */
	for (i = 0; i < n; i++)
		if (hk_canonical(f[i].path, b, sizeof b) && !strcmp(a, b))
			hk_die(HK_EXIT_INPUT, "-o (%s) is an input: expected a new workbook name", out_path);
}

int cmd_report(int argc, char **argv)
{
	struct opts opt;
	hk_common common;
	char **args, pbuf[256], dbuf[32], prices[4096], pumps[4096];
	int n = hk_parse_options_to(argc, argv, &info_report, &opt, &common, &args), i, zh = 0;
	const char *out_path = opt.out_path, *date = opt.date;
	hk_rfile *files;
	hk_report_opts o = {0};
	hk_err e;
	size_t ol;
	if (!out_path)
		hk_die(HK_EXIT_INPUT, "no workbook to write: expected -o BOOK.xlsx");
	ol = strlen(out_path);
	if (ol < 5 || strcmp(out_path + ol - 5, ".xlsx"))
		hk_die(HK_EXIT_INPUT, "-o (%s): expected a workbook name ending in .xlsx", out_path);
	if (n < 1)
		hk_die(HK_EXIT_INPUT, "no input files: expected the CSV files the project's commands wrote");
	files = calloc((size_t)n, sizeof *files);
	if (!files)
		hk_die(HK_EXIT_INPUT, "out of memory");
	o.progress = hk_progress_start(info_report.name); /* a terminal only */
	for (i = 0; i < n; i++) {
		hk_progress_report(o.progress, (size_t)i + 1, (size_t)n, "reading the files");
		if (hk_rfile_read(&files[i], args[i], &e) != HK_OK) {
			hk_progress_end();
			hk_exit_err(NULL, &e);
		}
		zh |= has_cjk(&files[i]);
	}
	hk_progress_end(); /* cleared before not_an_input's message; drawn again by the next report */
	not_an_input(out_path, files, n);
	if (!date) {
		time_t t = time(NULL);
		strftime(dbuf, sizeof dbuf, "%Y-%m-%d", localtime(&t));
		date = dbuf;
	}
	o.project = opt.project ? opt.project : default_project(pbuf, sizeof pbuf);
	o.date = date;
	o.lang_zh = opt.lang ? !strcmp(opt.lang, "zh") : zh;
	o.prices_default = hk_data_file(NULL, "equipment/unit-prices.csv", prices, sizeof prices) ? prices : NULL;
	o.pumps_default = hk_data_file(NULL, "equipment/pumps.csv", pumps, sizeof pumps) ? pumps : NULL;
	i = hk_report(files, (size_t)n, &o, out_path, &e) != HK_OK;
	hk_progress_end(); /* the line cleared before any message */
	if (i)
		hk_exit_err(NULL, &e);
	for (i = 0; i < n; i++)
		hk_rfile_free(&files[i]);
	free(files);
	free(args);
	return 0;
}
