/*
 * loadcalc.c - heatkit loadcalc: heating loads of buildings by the area
 * index method (CJJ 34), night set-back, typical days or hourly weather,
 * the time-step profile and the annual heat.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "climate.h"
#include "cmds.h"
#include "columns.h"
#include "diag.h"
#include "job.h"
#include "loads.h"
#include "paths.h"
#include "proftable.h"
#include "table.h"

#define MAX_DAYS 400

static const char *city_name, *cities_file, *days_file, *weather_file, *index_pt;
static const char *season_s;
static hk_season season;
static const char *day_start_s, *day_end_s;
static double t_in, t_setback, t_design = NAN;
static double dt_h;
/* in the order of hk_idx_point */
static const char *const index_choices[] = {"low", "mid", "high", NULL};
static int no_saving, want_profile;

static const char *const usage[] = {"[options] [BUILDINGS.csv]", NULL};
static const char *const examples[] = {
	"design and night loads, annual heat of the Malan template (咸阳 climate, station 57034)",
	"heatkit loadcalc --city 57034 templates/malan/buildings.csv",
	"the half-hour profile of the paper's four typical days, for hpsize",
	"heatkit loadcalc --city 57034 --days templates/malan/days.csv --profile templates/malan/buildings.csv",
	"an 8760-hour profile from a weather file, as a workbook",
	"heatkit loadcalc --city 铜川 --weather tongchuan.epw --profile -o profile.xlsx buildings.csv",
	NULL, NULL};

static const hk_option options[] = {
	HK_OPT_GROUP_("Climate:"),
	HK_OPT_STR_(0, "city", &city_name, "NAME",
		    "city or station number (GB 50736-2012 Appendix A): 铜川, 53947, \"陕西 西安\"",
		    "none"),
	HK_OPT_NUM_(0, "t-design", &t_design, "C",
		    "load design outdoor temperature", "C",
		    "the city's heating design temperature t_heating (GB 50736-2012 Appendix A)"),
	HK_OPT_STR_(0, "cities", &cities_file, "FILE", "climate table", "data/climate/cities.csv"),
	HK_OPT_GROUP_("Buildings:"),
	HK_OPT_CHOICE_(0, "index", &index_pt,
		       "where in the CJJ 34 range the area index is taken (a per-building index_w_m2 overrides)",
		       index_choices, "mid", "toolkit choice; CJJ 34-2010 Table 3.1.2-1 gives ranges"),
	HK_OPT_BOOL_(0, "no-energy-saving",
		     &no_saving, "use the CJJ 34 column for buildings without energy-saving measures"),
	HK_OPT_NUMD_(0, "t-in", &t_in, "C", "indoor design temperature", "C", HK_T_IN_DEFAULT_C, hk_src_t_in),
	HK_OPT_NUMD_(0, "setback", &t_setback, "C",
		     "night indoor temperature of day-only buildings (schools, offices, courts, outpatient, kindergartens)",
		     "C", HK_T_SETBACK_DEFAULT_C, hk_src_setback),
	HK_OPT_STR_(0, "day-start", &day_start_s, "HH:MM", "start of the occupied day", "07:00 (Malan paper §2)"),
	HK_OPT_STR_(0, "day-end", &day_end_s, "HH:MM", "end of the occupied day", "18:30 (Malan paper §2)"),
	HK_OPT_GROUP_("Profile:"),
	HK_OPT_BOOL_(0, "profile", &want_profile,
		     "write the time-step profile (the input of hpsize) instead of the building table"),
	HK_OPT_STR_(0, "days", &days_file, "FILE",
		    "typical days: name,t_out_c,days[,load_frac][,day_kw][,night_kw]",
		    "4 days from the city's climate (rule in the summary: typdays_rule)"),
	HK_OPT_STR_(0, "weather", &weather_file, "FILE",
		    "hourly weather (CSV hour,t_out_c or EnergyPlus .epw): an hourly profile instead of typical days",
		    NULL),
	HK_OPT_STR_(0, "season", &season_s, "RULE",
		    "heating season of a --weather profile: 5c (5-day mean <= 5 C), all (every hour below "
		    "t_in) or MM-DD..MM-DD (e.g. 11-15..03-15); loads outside it are 0",
		    "5c (GB 50736-2012 heating period)"),
	HK_OPT_NUMD_(0, "dt", &dt_h, "H", "step length of a typical-day profile (24/dt whole)", "h", 0.5,
		     "toolkit choice: 07:00, 11:30 and 18:30 fall on step boundaries"),
	HK_OPT_END_,
};

const hk_cmdinfo info_loadcalc = {
	.name = "loadcalc",
	.summary = "heating loads by the area-index method (CJJ 34), night set-back, profiles, annual heat",
	.usage = usage,
	.description =
		"Computes each building's design heating load Q = q_h·A (CJJ 34-2010 §3.1.2), with\n"
		"q_h from the building type (CJJ 34-2010 Table 3.1.2-1, energy-saving column, low/mid/\n"
		"high point of the range; the table is a recollection checked against one code base:\n"
		"the source of each index is printed) or given per building.  Day-only buildings\n"
		"(school, office, court, outpatient, kindergarten) are held at the set-back\n"
		"temperature at night; loads scale with (t_in − t_out)/(t_in − t_design).\n"
		"\n"
		"With --city, the annual heat follows the degree-day formula\n"
		"Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o) (CJJ 34-2010 §3.2), extended to the night\n"
		"set-back (a toolkit assumption, printed).  --profile writes the time-step profile\n"
		"of typical days (--days, or four days derived from the climate) or of an hourly\n"
		"weather file: the input of hpsize.",
	.input =
		"  BUILDINGS.csv (\"-\" or none = standard input), one row per building:\n"
		"    name          名称, 建筑名称\n"
		"    type          类型, 建筑类型: 住宅 学校 办公 医院 门诊 托幼 幼儿园 旅馆 商店 食堂\n"
		"                  影剧院 体育馆 法院 派出所 养老院 ... (English names too)\n"
		"    area_m2       面积, 建筑面积; m2 or 万m2\n"
		"    index_w_m2    热指标 (optional: overrides the type's CJJ index)\n"
		"    phase         分期 (optional: loads per phase in the summary)\n"
		"    day_only      仅白天使用 (optional 0/1: overrides the type)\n"
		"    day_start, day_end  白天开始, 白天结束 (optional HH:MM: the building's own day)\n"
		"  --days FILE: name,t_out_c,days[,load_frac][,day_kw][,night_kw]",
	.output =
		"  building table: name,type,phase,area_m2,index_w_m2,day_only,design_load_kw,\n"
		"    night_load_kw,annual_heat_gj,index_source\n"
		"  --profile: day,start_h,dt_h,t_out_c,heat_load_kw,night,days\n"
		"  summary: design_load_kw, night_load_kw, area_m2, mean_index_w_m2, phase_N_load_kw,\n"
		"    annual_heat_gj, annual_heat_kwh, and every default with its source",
	.examples = examples,
	.options = options,
};

/* the buildings table's columns (columns.h) */
enum { B_NAME = HK_BLD_NAME, B_TYPE = HK_BLD_TYPE, B_AREA = HK_BLD_AREA, B_INDEX = HK_BLD_INDEX,
       B_PHASE = HK_BLD_PHASE, B_DAYONLY = HK_BLD_DAYONLY, B_DSTART = HK_BLD_DSTART,
       B_DEND = HK_BLD_DEND };

static const hk_col bld_cols[] = {
	{"name", NULL, "建筑", "building", -1},
	{"type", NULL, "类型", "type", -1},
	{"phase", NULL, "分期", "phase", -1},
	{"area_m2", "m²", "建筑面积", "floor area", 1},
	{"index_w_m2", "W/m²", "面积热指标", "heat index", 2},
	{"day_only", NULL, "仅白天使用", "day only", 0},
	{"design_load_kw", "kW", "设计热负荷", "design heating load", 2},
	{"night_load_kw", "kW", "夜间热负荷", "night heating load", 2},
	{"annual_heat_gj", "GJ", "年耗热量", "annual heat", 1},
	{"index_source", NULL, "热指标依据", "index source", -1},
};
#define NBC (sizeof bld_cols / sizeof bld_cols[0])

struct bld {
	hk_building b;
	const char *name, *type, *phase; /* the reader's fields: valid until the next row */
	const hk_cjj_row *row;           /* the type's CJJ row, NULL without a type */
	const char *mapping;             /* how the type maps to the row, or NULL */
	int given;                       /* index_w_m2 given in the input */
};

static double clock_opt(const char *s, const char *opt, double def)
{
	double h;
	if (!s)
		return def;
	if (hk_parse_clock(s, &h) != HK_OK || h < 0 || h > 24)
		hk_die(HK_EXIT_INPUT, "%s (%s): expected a time HH:MM", opt, s);
	return h;
}

/* the next building: 1, or 0 at the end; every row checked, located errors */
static int next_building(hk_reader *r, hk_job *job, hk_idx_point pt, double ds, double de,
			 struct bld *out)
{
	hk_err e;
	int rc;
	if ((rc = hk_reader_next(r, &e)) > 0) {
		struct bld x;
		double area, idx = NAN, dayonly = NAN;
		const char *type = hk_reader_has(r, B_TYPE) ? hk_reader_text(r, B_TYPE) : "";
		hk_status si, sd;
		memset(&x, 0, sizeof x);
		if (hk_reader_num(r, B_AREA, &area, &e) != HK_OK)
			hk_job_die(job, &e);
		si = hk_reader_num(r, B_INDEX, &idx, &e);
		if (si != HK_OK && si != HK_ENOTFOUND)
			hk_job_die(job, &e);
		sd = hk_reader_num(r, B_DAYONLY, &dayonly, &e);
		if (sd != HK_OK && sd != HK_ENOTFOUND)
			hk_job_die(job, &e);
		if (*type) {
			/* the last type looked up, kept: tables repeat types row after row */
			static hk_btype bt;
			static char last[64];
			hk_err e2;
			if (strcmp(type, last) != 0 || !last[0]) {
				if (hk_btype_find(type, &bt, &e2) != HK_OK) {
					hk_reader_fail(r, B_TYPE, &e, "%s", e2.what);
					hk_job_die(job, &e);
				}
				snprintf(last, sizeof last, "%s", type);
			}
			if (hk_building_init(&x.b, type, area, !no_saving, pt, &e2) != HK_OK) {
				hk_reader_fail(r, B_TYPE, &e, "%s", e2.what);
				hk_job_die(job, &e);
			}
			x.row = bt.row;
			x.mapping = bt.mapping;
		} else if (si == HK_OK) {
			x.b.area_m2 = area;
			x.b.day_only = 0;
		} else {
			hk_reader_fail(r, B_TYPE, &e,
				       "building %s has neither a type nor an index_w_m2: expected one of them",
				       hk_reader_text(r, B_NAME));
			hk_job_die(job, &e);
		}
		if (si == HK_OK) {
			x.b.index_w_m2 = idx;
			x.given = 1;
		}
		if (sd == HK_OK)
			x.b.day_only = dayonly != 0;
		x.b.t_in_c = t_in;
		x.b.t_setback_c = t_setback;
		x.b.day_start_h = ds;
		x.b.day_end_h = de;
		{ /* per-building occupied hours */
			static const size_t cols[2] = {B_DSTART, B_DEND};
			double *dst[2] = {&x.b.day_start_h, &x.b.day_end_h};
			size_t k;
			for (k = 0; k < 2; k++) {
				const char *t = hk_reader_text(r, cols[k]);
				if (t && *t && (hk_parse_clock(t, dst[k]) != HK_OK || *dst[k] < 0 || *dst[k] > 24)) {
					hk_reader_fail(r, cols[k], &e, "%s is not a time of day (%s): expected HH:MM",
						       hk_tk_buildings.cols[cols[k]].key, t);
					hk_job_die(job, &e);
				}
			}
		}
		{
			hk_err e2;
			if (hk_building_check(&x.b, &e2) != HK_OK) {
				hk_reader_fail(r, B_AREA, &e, "%s", e2.what);
				hk_job_die(job, &e);
			}
		}
		x.name = hk_reader_text(r, B_NAME);
		x.type = type;
		x.phase = hk_reader_has(r, B_PHASE) ? hk_reader_text(r, B_PHASE) : "";
		*out = x;
		return 1;
	}
	if (rc < 0)
		hk_job_die(job, &e);
	return 0;
}

/* Where a building's index comes from, for its index_source cell. */
static const char *index_source(const struct bld *x, hk_idx_point pt, char *buf, size_t sz)
{
	if (x->given)
		return "given in the input";
	snprintf(buf, sz, "CJJ 34-2010 Table 3.1.2-1 %s (%s, %s of range): %s%s%s", x->row->name_zh,
		 no_saving ? "未节能" : "节能", pt == HK_IDX_LOW ? "low end" : pt == HK_IDX_HIGH ? "high end" : "middle",
		 no_saving ? x->row->src_plain : x->row->src_saving, x->mapping ? "; " : "",
		 x->mapping ? x->mapping : "");
	return buf;
}

/* A given index outside its type's CJJ 34 range is worth a look (a
 * warning, not an error: local practice and audits may justify it). */
static void check_range(hk_job *job, const struct bld *x, long *nwarn)
{
	double lo, hi;
	if (!x->given || !x->row)
		return;
	lo = hk_cjj_index(x->row, !no_saving, HK_IDX_LOW);
	hi = hk_cjj_index(x->row, !no_saving, HK_IDX_HIGH);
	if (x->b.index_w_m2 >= lo && x->b.index_w_m2 <= hi)
		return;
	if (++*nwarn <= 20)
		hk_job_warn(job, "%s: index %g W/m2 is outside the CJJ 34 %s range %g-%g W/m2 of %s",
			    x->name, x->b.index_w_m2, no_saving ? "non-energy-saving" : "energy-saving", lo, hi,
			    x->row->name_zh);
}

/* design load per phase, in order of first appearance (few phases) */
struct phase {
	char name[32];
	double kw;
};

static void phase_add(struct phase **ph, size_t *n, const char *name, double kw)
{
	size_t i;
	struct phase *np;
	if (!*name)
		return;
	for (i = 0; i < *n; i++)
		if (!strcmp((*ph)[i].name, name)) {
			(*ph)[i].kw += kw;
			return;
		}
	np = realloc(*ph, (*n + 1) * sizeof *np);
	if (!np)
		hk_die(HK_EXIT_INPUT, "out of memory");
	*ph = np;
	snprintf(np[*n].name, sizeof np[*n].name, "%s", name);
	np[(*n)++].kw = kw;
}

static void phase_sums(hk_job *job, const struct phase *ph, size_t n)
{
	size_t i, k;
	for (i = 0; i < n; i++) {
		char key[64], zh[64], en[64];
		int ok = 1;
		for (k = 0; ph[i].name[k]; k++)
			if (!((ph[i].name[k] >= '0' && ph[i].name[k] <= '9') ||
			      (ph[i].name[k] >= 'a' && ph[i].name[k] <= 'z') ||
			      (ph[i].name[k] >= 'A' && ph[i].name[k] <= 'Z') || ph[i].name[k] == '_'))
				ok = 0;
		if (ok)
			snprintf(key, sizeof key, "phase_%s_load_kw", ph[i].name);
		else
			snprintf(key, sizeof key, "phase%zu_load_kw", i + 1);
		snprintf(zh, sizeof zh, "第%s期设计热负荷", ph[i].name);
		snprintf(en, sizeof en, "design load of phase %s", ph[i].name);
		hk_sum_num(&job->sum, key, ph[i].kw, "kW", 1, zh, en, "sum of the phase's buildings");
	}
}

/* the heating season of an hourly profile, in the summary */
static void season_sums(hk_job *job, const hk_season *s, size_t sdays, size_t ndays,
			double city_days)
{
	static const char *const rule[] = {"all", "5c", "dates"};
	static const char *const src[] = {
		"--season all: every hour below t_in carries load",
		"GB 50736-2012 heating period (daily mean steadily <= 5 C; 'steadily' = centred 5-day "
		"running mean, toolkit choice); warm spells inside winter kept in the season",
		"--season dates (the series taken to start on 1 January)"};
	hk_sum_text(&job->sum, "season_rule", rule[s->rule], "供暖期规则", "heating-season rule",
		    src[s->rule]);
	hk_sum_num(&job->sum, "season_days", (double)sdays, "d", 0, "供暖期天数",
		   "days in the heating season", "weather file, by season_rule");
	if (s->rule == HK_SEASON_ALL && sdays == ndays)
		return;
	if (sdays == 0)
		hk_job_warn(job, "the weather file has no heating season by --season %s: the profile "
			    "carries no load (--season all heats whenever t_out < t_in)", rule[s->rule]);
	else if (isfinite(city_days) && city_days > 0 &&
		 fabs((double)sdays - city_days) > 0.25 * city_days)
		hk_job_warn(job, "the weather file's heating season has %zu days, the city's GB 50736 "
			    "heating period %g: is the weather file for this city?", sdays, city_days);
}

int cmd_loadcalc(int argc, char **argv)
{
	hk_common common;
	char **args;
	int n = hk_parse_options(argc, argv, &info_loadcalc, &common, &args);
	const char *in = n > 0 ? args[0] : "-";
	const char *inputs[5] = {in, NULL, NULL, NULL, NULL};
	hk_city city;
	hk_climate clim;
	hk_reader *r;
	hk_err e;
	hk_job job;
	hk_idx_point pt;
	size_t nb, i;
	int rc, have_climate = 0, have_tdesign;
	double ds, de;
	char path[4096];

	if (n > 1)
		hk_die(HK_EXIT_INPUT, "expected one buildings file, got %d (see heatkit loadcalc --help)", n);
	pt = (hk_idx_point)hk_opt_choice(index_choices, index_pt);
	ds = clock_opt(day_start_s, "--day-start", HK_DAY_START_DEFAULT_H);
	de = clock_opt(day_end_s, "--day-end", HK_DAY_END_DEFAULT_H);
	if (city_name) {
		if (!hk_data_file(cities_file, "climate/cities.csv", path, sizeof path))
			hk_die(HK_EXIT_INPUT, "climate data not found (%s): set HEATKIT_DATA", path);
		if (hk_city_find(path, city_name, NULL, &city, &e) != HK_OK)
			hk_die_err(&e);
		clim.t_heating_c = city.t_heating_c;
		clim.t_winter_ac_c = city.t_winter_ac_c;
		clim.heating_days = city.heating_days;
		clim.t_mean_c = city.t_mean_heating_c;
		have_climate = 1;
	}
	have_tdesign = !isnan(t_design) || have_climate;
	if (isnan(t_design) && have_climate)
		t_design = clim.t_heating_c;
	if (have_tdesign && !(t_design < t_in))
		hk_die(HK_EXIT_INPUT, "design temperature %g C must be below --t-in %g C", t_design, t_in);
	if (season_s && !weather_file)
		hk_die(HK_EXIT_INPUT, "--season (%s) shapes an hourly profile: expected --weather with it",
		       season_s);
	if (hk_season_parse(season_s ? season_s : "5c", &season, &e) != HK_OK)
		hk_die(HK_EXIT_INPUT, "--%s", e.what);
	if ((days_file || weather_file || hk_opt_given(&common, &dt_h)) && !want_profile)
		hk_die(HK_EXIT_INPUT, "--days, --weather and --dt shape the profile: expected --profile with them");
	if ((want_profile || days_file || weather_file) && !have_tdesign)
		hk_die(HK_EXIT_INPUT, "a profile needs the load design temperature: give --city or --t-design");
	if (want_profile && !days_file && !weather_file && !have_climate)
		hk_die(HK_EXIT_INPUT, "default typical days come from the climate: give --city or --days FILE");

	if (hk_reader_open(&r, in, common.encoding, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_buildings, &e) != HK_OK)
		hk_die_err(&e);
	inputs[1] = cities_file;
	inputs[2] = days_file;
	inputs[3] = weather_file;
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), hk_reader_chinese(r));
	{
		hk_building *bs = NULL; /* kept only for a profile */
		size_t capb = 0;
		struct phase *ph = NULL;
		size_t nph = 0;
		hk_loads_summary s = {0};
		double area = 0, load = 0, night = 0, annual = 0;
		struct bld x;
		char srcbuf[700];
		long nwarn = 0;
		hk_climate c2 = clim;
		int annual_ok = have_climate && clim.heating_days > 0;
		c2.t_heating_c = t_design;
		if (!want_profile)
			hk_job_table(&job, "建筑负荷", "buildings", bld_cols, NBC);
		nb = 0;
		/* stream: one building at a time; only a profile keeps them all */
		while (next_building(r, &job, pt, ds, de, &x)) {
			double q = hk_building_design_kw(&x.b), qn = NAN, gj = NAN;
			if (have_tdesign)
				qn = hk_building_load_kw(&x.b, t_design, t_design, 0);
			if (annual_ok) {
				hk_loads_summary one;
				if (hk_loads_summarise(&x.b, 1, &c2, &one, &e) != HK_OK)
					hk_job_die(&job, &e);
				gj = one.annual_gj;
				s.annual_gj_cjj += one.annual_gj_cjj;
			}
			if (!want_profile) {
				hk_cell c[NBC];
				c[0] = hk_ctext(x.name);
				c[1] = hk_ctext(x.type);
				c[2] = hk_ctext(x.phase);
				c[3] = hk_cnum(x.b.area_m2);
				c[4] = hk_cnum(x.b.index_w_m2);
				c[5] = hk_cnum(x.b.day_only);
				c[6] = hk_cnum(q);
				c[7] = isnan(qn) ? hk_cempty() : hk_cnum(qn);
				c[8] = isnan(gj) ? hk_cempty() : hk_cnum(gj);
				c[9] = hk_ctext(index_source(&x, pt, srcbuf, sizeof srcbuf));
				hk_job_row(&job, c);
			} else {
				if (nb == capb) {
					hk_building *nbs = realloc(bs, (capb = capb ? 2 * capb : 64) * sizeof *bs);
					if (!nbs)
						hk_die(HK_EXIT_INPUT, "out of memory");
					bs = nbs;
				}
				bs[nb] = x.b;
			}
			nb++;
			area += x.b.area_m2;
			load += q;
			if (have_tdesign)
				night += qn;
			if (annual_ok)
				annual += gj;
			phase_add(&ph, &nph, x.phase, q);
			check_range(&job, &x, &nwarn);
		}
		if (nwarn > 20)
			hk_job_warn(&job, "%ld more buildings have an index outside their CJJ 34 range", nwarn - 20);
		if (nb == 0) {
			hk_fail_at(&e, HK_EPARSE, hk_reader_name(r), hk_reader_line(r) + 1, 1,
				   "no buildings (header only): expected at least one row");
			hk_job_die(&job, &e);
		}
		hk_reader_close(r);

		if (want_profile) {
			hk_typday days[MAX_DAYS];
			size_t nd = 0, nsteps = 0, cap;
			hk_step *steps = NULL;
			char **names;
			hk_profile_opts po = hk_profile_opts_default(t_design);
			po.dt_h = dt_h;
			po.day_start_h = ds;
			po.day_end_h = de;
			if (weather_file) {
				double *t;
				size_t nh;
				if (hk_weather_read(weather_file, common.encoding, &t, &nh, &e) != HK_OK)
					hk_job_die(&job, &e);
				steps = malloc(nh * sizeof *steps);
				names = malloc((nh / 24) * sizeof *names);
				unsigned char *in_season = malloc(nh / 24 + 1);
				size_t sdays;
				if (!steps || !names || !in_season)
					hk_die(HK_EXIT_INPUT, "out of memory");
				if (hk_season_mark(t, nh, &season, in_season, &sdays, &e) != HK_OK)
					hk_job_die(&job, &e);
				po.in_season = in_season;
				if (hk_profile_hourly(bs, nb, t, nh, &po, steps, &e) != HK_OK)
					hk_job_die(&job, &e);
				season_sums(&job, &season, sdays, nh / 24, have_climate ? city.heating_days : NAN);
				free(in_season);
				for (i = 0; i < nh / 24; i++) {
					names[i] = malloc(16);
					snprintf(names[i], 16, "d%03zu", i + 1);
				}
				nsteps = nh;
				nd = nh / 24;
				free(t);
				hk_sum_num(&job.sum, "profile_hours", (double)nh, "h", 0, "逐时步数",
					   "hourly steps", weather_file);
			} else {
				if (days_file) {
					if (hk_typdays_read(days_file, common.encoding, days, MAX_DAYS, &nd, &e) != HK_OK)
						hk_job_die(&job, &e);
				} else {
					if (hk_typdays_default(&clim, days, &nd, &e) != HK_OK)
						hk_job_die(&job, &e);
					hk_sum_text(&job.sum, "typdays_rule", "derived from the city's climate",
						    "典型日规则", "typical-day rule", hk_src_typdays_rule);
				}
				if (hk_profile_steps_per_day(dt_h) == 0)
					hk_die(HK_EXIT_INPUT, "--dt (%g): expected a step that divides 24 h", dt_h);
				cap = nd * hk_profile_steps_per_day(dt_h);
				steps = malloc(cap * sizeof *steps);
				names = malloc(nd * sizeof *names);
				if (!steps || !names)
					hk_die(HK_EXIT_INPUT, "out of memory");
				if (hk_profile_typdays(bs, nb, days, nd, &po, steps, cap, &nsteps, &e) != HK_OK) {
					if (!e.file[0] && days_file)
						snprintf(e.file, sizeof e.file, "%s", days_file);
					hk_job_die(&job, &e);
				}
				for (i = 0; i < nd; i++)
					names[i] = strdup(days[i].name);
			}
			hk_profile_write_steps(&job, steps, nsteps, names);
			if (!weather_file) {
				/* a step that straddles a building's day edge averages its day
				 * and night loads: the design peak is lost (hpsize sizes on the
				 * profile's largest load), so say so */
				size_t b;
				for (b = 0; b < nb; b++) {
					double a = fmod(bs[b].day_start_h, dt_h), z = fmod(bs[b].day_end_h, dt_h);
					if ((a > 1e-9 && dt_h - a > 1e-9) || (z > 1e-9 && dt_h - z > 1e-9)) {
						hk_job_warn(&job, "--dt %g h: the day %.2f-%.2f h of some buildings does not "
							    "fall on step boundaries, so steps mix day and night loads and the "
							    "profile's largest load is below the design load; 0.5 h steps "
							    "keep 07:00 and 18:30 exact", dt_h, bs[b].day_start_h,
							    bs[b].day_end_h);
						break;
					}
				}
			}
			{
				double tot_days = 0, heat = 0;
				for (i = 0; i < nsteps; i++) {
					heat += steps[i].load_kw * hk_step_hours(&steps[i]) * steps[i].days;
					if (i == 0 || steps[i].day != steps[i - 1].day)
						tot_days += steps[i].days;
				}
				hk_sum_num(&job.sum, "profile_days", tot_days, "d", 0, "曲线代表天数",
					   "days the profile stands for", "Σ days of the profile's days");
				hk_sum_num(&job.sum, "profile_heat_kwh", heat, "kWh", 0, "曲线总耗热量",
					   "heat over the profile", "Σ heat_load_kw·dt_h·days");
			}
			for (i = 0; i < nd; i++)
				free(names[i]);
			free(names);
			free(steps);
		}

		hk_sum_num(&job.sum, "buildings", (double)nb, "", 0, "建筑数", "buildings", "input");
		hk_sum_num(&job.sum, "area_m2", area, "m2", 1, "总建筑面积", "total floor area", "input");
		hk_sum_num(&job.sum, "design_load_kw", load, "kW", 1, "设计热负荷", "design heating load",
			   "Σ q_h·A (CJJ 34-2010 §3.1.2)");
		phase_sums(&job, ph, nph);
		hk_sum_num(&job.sum, "mean_index_w_m2", load * 1000 / area, "W/m2", 2, "平均热指标",
			   "mean heat index", "design_load / area");
		hk_sum_text(&job.sum, "index_basis", no_saving ? "not energy-saving" : "energy-saving",
			    "热指标取值", "index column", "CJJ 34-2010 Table 3.1.2-1 [UNVERIFIED recollection, "
			    "30/32 range ends corroborated by one code base]; per building in index_source");
		hk_sum_text(&job.sum, "index_point", index_pt, "指标取值位置", "point in the range",
			    hk_opt_src(&common, &info_loadcalc, &index_pt));
		if (have_tdesign) {
			hk_sum_num(&job.sum, "night_load_kw", night, "kW", 1, "夜间热负荷", "night heating load",
				   "day-only buildings at the set-back temperature, others at t_in, at t_design "
				   "(Malan paper §2)");
			hk_sum_num(&job.sum, "night_share", night / load, "", 3, "夜间负荷占比", "night/design",
				   "night_load / design_load");
			hk_sum_num(&job.sum, "t_design_c", t_design, "C", 1, "负荷计算室外温度",
				   "load design outdoor temperature",
				   hk_opt_given(&common, &t_design) ? "--t-design" : "GB 50736-2012 Appendix A t_heating");
		}
		hk_sum_num(&job.sum, "t_in_c", t_in, "C", 1, "室内设计温度", "indoor design temperature",
			   hk_opt_src(&common, &info_loadcalc, &t_in));
		hk_sum_num(&job.sum, "t_setback_c", t_setback, "C", 1, "夜间值班温度", "night set-back",
			   hk_opt_src(&common, &info_loadcalc, &t_setback));
		hk_sum_num(&job.sum, "day_start_h", ds, "h", 2, "白天开始", "day start",
			   hk_opt_given(&common, &day_start_s) ? "--day-start" : hk_src_day_hours);
		hk_sum_num(&job.sum, "day_end_h", de, "h", 2, "白天结束", "day end",
			   hk_opt_given(&common, &day_end_s) ? "--day-end" : hk_src_day_hours);
		if (have_climate) {
			char src[1200];
			snprintf(src, sizeof src, "%s %s (%s): %s", city.province, city.name, city.station,
				 city.source);
			hk_sum_text(&job.sum, "city", city.name, "城市", "city", src);
			hk_sum_num(&job.sum, "t_heating_c", city.t_heating_c, "C", 1, "供暖室外计算温度",
				   "heating design outdoor temperature", "GB 50736-2012 Appendix A");
			hk_sum_num(&job.sum, "t_winter_ac_c", city.t_winter_ac_c, "C", 1, "冬季空调室外计算温度",
				   "winter air-conditioning design temperature", "GB 50736-2012 Appendix A");
			hk_sum_num(&job.sum, "heating_days", city.heating_days, "d", 0, "供暖天数(日平均≤5℃)",
				   "heating days (daily mean <= 5 C)", "GB 50736-2012 Appendix A");
			if (city.heating_days > 0) {
				hk_sum_num(&job.sum, "t_mean_heating_c", city.t_mean_heating_c, "C", 1,
					   "供暖期室外平均温度", "mean outdoor temperature of the heating period",
					   "GB 50736-2012 Appendix A");
				hk_sum_num(&job.sum, "annual_heat_gj", annual, "GJ", 1, "年供暖耗热量",
					   "annual heating energy", hk_src_annual_setback);
				hk_sum_num(&job.sum, "annual_heat_kwh", annual / 0.0036, "kWh", 0, "年供暖耗热量",
					   "annual heating energy", "annual_heat_gj / 0.0036");
				hk_sum_num(&job.sum, "annual_heat_gj_cjj", s.annual_gj_cjj, "GJ", 1,
					   "年耗热量(不计夜间值班)", "annual heat without set-back", hk_src_annual);
			} else {
				hk_job_warn(&job, "%s has no days with a daily mean <= 5 C in GB 50736 Appendix A: "
					    "no annual heat", city.name);
			}
		}
		free(bs);
		free(ph);
	}
	rc = hk_job_end(&job);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
