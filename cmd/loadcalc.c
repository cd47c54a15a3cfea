/*
 * loadcalc.c - heatkit loadcalc: heating loads of buildings by the area
 * index method, and the annual heat of a city's heating season.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "climate.h"
#include "cmds.h"
#include "diag.h"
#include "job.h"
#include "loads.h"
#include "paths.h"
#include "table.h"

static const char *city_name, *cities_file;
static double t_in = 18;

static const char *const usage[] = {"[options] [BUILDINGS.csv]", NULL};
static const char *const examples[] = {
	"design loads and annual heat of the Malan template in 铜川's climate",
	"heatkit loadcalc --city 铜川 templates/malan/buildings.csv",
	"the summary only, as a workbook for the client",
	"heatkit loadcalc --city 53947 --summary -o loads.xlsx buildings.csv",
	"a GBK file saved by Excel, checked in CI",
	"heatkit loadcalc --city 西安 --check 'design_load_kw<=3000' 建筑.csv",
	NULL, NULL};

static const hk_option options[] = {
	HK_OPT_STR_(0, "city", &city_name, "NAME",
		    "city or station number for climate data (GB 50736-2012 Appendix A): 铜川, 53947",
		    "none: no annual heat"),
	HK_OPT_NUM_(0, "t-in", &t_in, "C", "indoor design temperature", "C",
		    "18 (the usual heating set-point; GB 50736-2012 §3.0.1 lower bound for "
		    "severe-cold/cold regions, recollection [UNVERIFIED])"),
	HK_OPT_STR_(0, "cities", &cities_file, "FILE", "climate table to use",
		    "data/climate/cities.csv"),
	HK_OPT_END_,
};

const hk_cmdinfo info_loadcalc = {
	.name = "loadcalc",
	.summary = "heating loads by the area-index method (CJJ 34) and annual heat",
	.usage = usage,
	.description =
		"Computes each building's design heating load Q = q_h·A (CJJ 34-2010 §3.1.2)\n"
		"and, with --city, the annual heat of the heating season by the degree-day\n"
		"formula Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o) (CJJ 34-2010 §3.2.1), where\n"
		"N and t_a are the days with a daily mean ≤ 5 ℃ and their mean temperature, and\n"
		"t_o the heating design temperature (GB 50736-2012 Appendix A).",
	.input =
		"  BUILDINGS.csv (\"-\" or none = standard input), one row per building:\n"
		"    name        名称, 建筑名称, building\n"
		"    type        类型, 建筑类型 (optional)\n"
		"    area_m2     面积, 建筑面积, area; unit in header: m2, 万m2\n"
		"    index_w_m2  热指标, 面积热指标, heat_index; W/m2",
	.output =
		"  one row per building: name,type,area_m2,index_w_m2,design_load_kw\n"
		"  summary: buildings, area_m2, design_load_kw, mean_index_w_m2, and with --city\n"
		"  t_heating_c, heating_days, t_mean_heating_c, t_in_c, annual_heat_gj, annual_heat_kwh",
	.examples = examples,
	.options = options,
};

enum { B_NAME, B_TYPE, B_AREA, B_INDEX, B_N };
static const hk_colspec bcols[B_N] = {
	{"name", "name|building|名称|建筑名称|建筑|楼号", HK_DIM_NONE, HK_REQUIRED, "building name"},
	{"type", "type|building_type|类型|建筑类型|用途", HK_DIM_NONE, 0, "building type"},
	{"area_m2", "area|floor_area|building_area|面积|建筑面积|供暖面积", HK_DIM_AREA,
	 HK_REQUIRED | HK_POSITIVE, "heated floor area"},
	{"index_w_m2", "index|heat_index|q_h|热指标|面积热指标|供暖热指标", HK_DIM_INDEX,
	 HK_REQUIRED | HK_POSITIVE, "area heat index"},
};

static const hk_col out_cols[] = {
	{"name", NULL, "建筑", "building", -1},
	{"type", NULL, "类型", "type", -1},
	{"area_m2", "m²", "建筑面积", "floor area", 1},
	{"index_w_m2", "W/m²", "面积热指标", "heat index", 1},
	{"design_load_kw", "kW", "设计热负荷", "design heating load", 2},
};

int cmd_loadcalc(int argc, char **argv)
{
	hk_common common;
	char **args;
	int n = hk_parse_options(argc, argv, &info_loadcalc, &common, &args);
	const char *in = n > 0 ? args[0] : "-";
	const char *inputs[3] = {in, NULL, NULL};
	hk_city city;
	hk_reader *r;
	hk_err e;
	hk_job job;
	double area = 0, load = 0;
	long count = 0;
	int rc;
	char path[4096];

	if (n > 1)
		hk_die(HK_EXIT_INPUT, "expected one buildings file, got %d (see heatkit loadcalc --help)", n);
	if (city_name) {
		if (cities_file)
			snprintf(path, sizeof path, "%s", cities_file);
		else if (!hk_data_path("climate/cities.csv", path, sizeof path))
			hk_die(HK_EXIT_INPUT, "climate data not found (%s): set HEATKIT_DATA", path);
		if (hk_city_find(path, city_name, NULL, &city, &e) != HK_OK)
			hk_die_err(&e);
		if (!(t_in > city.t_heating_c))
			hk_die(HK_EXIT_INPUT, "--t-in (%g) must be above the design temperature %g C of %s",
			       t_in, city.t_heating_c, city.name);
	}
	if (hk_reader_open(&r, in, common.encoding, &e) != HK_OK ||
	    hk_reader_bind(r, bcols, B_N, &e) != HK_OK)
		hk_die_err(&e);
	inputs[1] = cities_file;
	hk_job_begin(&job, &common, inputs, hk_reader_chinese(r));
	hk_job_table(&job, "建筑负荷", "buildings", out_cols, 5);
	while ((rc = hk_reader_next(r, &e)) > 0) {
		double a, q, l;
		hk_cell c[5];
		if (hk_reader_num(r, B_AREA, &a, &e) != HK_OK ||
		    hk_reader_num(r, B_INDEX, &q, &e) != HK_OK)
			hk_job_die(&job, &e);
		l = hk_area_load_kw(a, q);
		c[0] = hk_ctext(hk_reader_text(r, B_NAME));
		c[1] = hk_reader_has(r, B_TYPE) ? hk_ctext(hk_reader_text(r, B_TYPE)) : hk_cempty();
		c[2] = hk_cnum(a);
		c[3] = hk_cnum(q);
		c[4] = hk_cnum(l);
		hk_job_row(&job, c);
		area += a;
		load += l;
		count++;
	}
	if (rc < 0)
		hk_job_die(&job, &e);
	if (count == 0) {
		hk_fail_at(&e, HK_EPARSE, hk_reader_name(r), hk_reader_line(r) + 1, 1,
			   "no buildings (header only): expected at least one row");
		hk_job_die(&job, &e);
	}
	hk_reader_close(r);

	hk_sum_num(&job.sum, "buildings", (double)count, "", 0, "建筑数", "buildings", "input");
	hk_sum_num(&job.sum, "area_m2", area, "m2", 1, "总建筑面积", "total floor area", "input");
	hk_sum_num(&job.sum, "design_load_kw", load, "kW", 1, "设计热负荷", "design heating load",
		   "sum of q_h·A (CJJ 34-2010 §3.1.2)");
	hk_sum_num(&job.sum, "mean_index_w_m2", load * 1000 / area, "W/m2", 2, "平均热指标",
		   "mean heat index", "design_load / area");
	if (city_name) {
		double gj = hk_annual_heat_gj(load, city.heating_days, t_in, city.t_mean_heating_c,
					      city.t_heating_c);
		char src[1200];
		snprintf(src, sizeof src, "%s %s (%s): %s", city.province, city.name, city.station,
			 city.source);
		hk_sum_text(&job.sum, "city", city.name, "城市", "city", src);
		hk_sum_num(&job.sum, "t_heating_c", city.t_heating_c, "C", 1, "供暖室外计算温度",
			   "heating design outdoor temperature", "GB 50736-2012 Appendix A");
		hk_sum_num(&job.sum, "heating_days", city.heating_days, "d", 0, "供暖天数(日平均≤5℃)",
			   "heating days (daily mean <= 5 C)", "GB 50736-2012 Appendix A");
		if (city.heating_days > 0)
			hk_sum_num(&job.sum, "t_mean_heating_c", city.t_mean_heating_c, "C", 1,
				   "供暖期室外平均温度", "mean outdoor temperature of the heating period",
				   "GB 50736-2012 Appendix A");
		hk_sum_num(&job.sum, "t_in_c", t_in, "C", 1, "室内设计温度", "indoor design temperature",
			   t_in == 18 ? "default 18 C (GB 50736-2012 §3.0.1 lower bound, recollection [UNVERIFIED])"
				      : "--t-in");
		hk_sum_num(&job.sum, "annual_heat_gj", gj, "GJ", 1, "年供暖耗热量", "annual heating energy",
			   "Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o) (CJJ 34-2010 §3.2.1)");
		hk_sum_num(&job.sum, "annual_heat_kwh", gj * 1e6 / 3600, "kWh", 0, "年供暖耗热量",
			   "annual heating energy", "annual_heat_gj × 277.8");
		if (city.heating_days == 0)
			hk_job_warn(&job, "%s has no days with a daily mean <= 5 C in GB 50736 Appendix A: annual heat is 0",
				    city.name);
	}
	rc = hk_job_end(&job);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
