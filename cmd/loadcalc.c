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
#include "loadcalc.h"
#include "loadreport.h"
#include "loads.h"
#include "opterm.h"
#include "paths.h"
#include "platform.h"
#include "proftable.h"
#include "table.h"

#define MAX_DAYS 400

/* the options (hk_parse_options_to fills a copy of opts0) */
struct opts {
	const char *city, *cities, *days, *weather, *index, *season, *day_start, *day_end, *monthly;
	double t_in, setback, t_design, dt;
	int no_saving, profile;
};
static const struct opts opts0 = {.t_design = NAN};
/* in the order of hk_idx_point */
static const char *const index_choices[] = {"low", "mid", "high", NULL};

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
	HK_OPT_STR_(0, "city", &opts0.city, "NAME",
		    "city or station number (GB 50736-2012 Appendix A): 铜川, 53947, \"陕西 西安\"",
		    "none"),
	HK_OPT_NUM_(0, "t-design", &opts0.t_design, "C",
		    "load design outdoor temperature", "C",
		    "the city's heating design temperature t_heating (GB 50736-2012 Appendix A)"),
	HK_OPT_STR_(0, "cities", &opts0.cities, "FILE", "climate table", "data/climate/cities.csv"),
	HK_OPT_GROUP_("Buildings:"),
	HK_OPT_CHOICE_(0, "index", &opts0.index,
		       "where in the CJJ 34 range the area index is taken (a per-building index_w_m2 overrides)",
		       index_choices, "mid", "toolkit choice; CJJ 34-2010 Table 3.1.2-1 gives ranges"),
	HK_OPT_BOOL_(0, "no-energy-saving",
		     &opts0.no_saving, "use the CJJ 34 column for buildings without energy-saving measures"),
	HK_OPT_NUMD_(0, "t-in", &opts0.t_in, "C", "indoor design temperature", "C", HK_T_IN_DEFAULT_C, hk_src_t_in),
	HK_OPT_NUMD_(0, "setback", &opts0.setback, "C",
		     "night indoor temperature of day-only buildings (schools, offices, courts, outpatient, kindergartens)",
		     "C", HK_T_SETBACK_DEFAULT_C, hk_src_setback),
	/* the values of HK_DAY_START_DEFAULT_H and HK_DAY_END_DEFAULT_H */
	HK_OPT_STRD_(0, "day-start", &opts0.day_start, "HH:MM", "start of the occupied day", "07:00", hk_src_day_hours),
	HK_OPT_STRD_(0, "day-end", &opts0.day_end, "HH:MM", "end of the occupied day", "18:30", hk_src_day_hours),
	HK_OPT_GROUP_("Profile:"),
	HK_OPT_BOOL_(0, "profile", &opts0.profile,
		     "write the time-step profile (the input of hpsize) instead of the building table"),
	HK_OPT_STR_(0, "days", &opts0.days, "FILE",
		    "typical days: name,t_out_c,days[,load_frac][,day_kw][,night_kw]",
		    "4 days from the city's climate (rule in the summary: typdays_rule)"),
	HK_OPT_STR_(0, "weather", &opts0.weather, "FILE",
		    "hourly weather (CSV hour,t_out_c or EnergyPlus .epw): an hourly profile instead of typical days",
		    NULL),
	HK_OPT_STR_(0, "season", &opts0.season, "RULE",
		    "heating season of a --weather profile: 5c (5-day mean <= 5 C), all (every hour below "
		    "t_in) or MM-DD..MM-DD (e.g. 11-15..03-15); loads outside it are 0",
		    "5c (GB 50736-2012 heating period)"),
	HK_OPT_STR_(0, "monthly", &opts0.monthly, "FILE",
		    "also write the heat per month of the heating season to FILE (.csv or .xlsx): summed from the "
		    "hourly profile with --weather, else the annual heat split over the city's heating days "
		    "(CJJ 34-2010 §3.2 per month)",
		    NULL),
	HK_OPT_NUMD_(0, "dt", &opts0.dt, "H", "step length of a typical-day profile (24/dt whole)", "h", 0.5,
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
		"--city takes the Chinese name, the English one (Tongchuan, Xi'an: data/climate/\n"
		"cities.csv name_en) or the station number.  With --city, the annual heat follows the degree-day formula\n"
		"Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o) (CJJ 34-2010 §3.2), extended to the night\n"
		"set-back (a toolkit assumption, printed).  --profile writes the time-step profile\n"
		"of typical days (--days, or four days derived from the climate) or of an hourly\n"
		"weather file: the input of hpsize.  --monthly FILE writes the heat of each month\n"
		"of the heating season beside it: summed from the hourly profile with --weather,\n"
		"else Q_m = Q_a·N_m/N (CJJ 34-2010 §3.2 per month, the city's N heating days\n"
		"centred on 15 January: GB 50736 gives no dates; the season's mean temperature in\n"
		"every month).",
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
		"    terminal      末端, 末端形式 (optional: radiator fan-coil floor jet-fan, 散热器 风机盘管\n"
		"                  地暖 射流风机; on every building or none)\n"
		"    supply_c, return_c  供水温度, 回水温度 (optional: the terminals' design point; else\n"
		"                  the type's, heatkit operate --help)\n"
		"  --days FILE: name,t_out_c,days[,load_frac][,day_kw][,night_kw]",
	.output =
		"  building table: name,type,phase,area_m2,index_w_m2,day_only,design_load_kw,\n"
		"    night_load_kw,annual_heat_gj,index_source\n"
		"  --profile: day,start_h,dt_h,t_out_c,heat_load_kw,night,days[,terminal_mix]\n"
		"    terminal_mix (with a terminal column): the mix by design load, each type's share\n"
		"    Σ q_h·A of its buildings, in operate's --terminal syntax (radiator=0.6:45/35,...)\n"
		"  --monthly FILE: month,days,heat_kwh,heat_gj,source (heating months, July first)\n"
		"  summary: design_load_kw, night_load_kw, area_m2, mean_index_w_m2, phase_N_load_kw,\n"
		"    terminal_mix,\n"
		"    annual_heat_gj, annual_heat_kwh, and every default with its source",
	.examples = examples,
	.options = options,
	.opt_proto = &opts0,
	.opt_size = sizeof opts0,
};

/* the buildings table's columns (columns.h) */
enum { B_NAME = HK_BLD_NAME, B_TYPE = HK_BLD_TYPE, B_AREA = HK_BLD_AREA, B_INDEX = HK_BLD_INDEX,
       B_PHASE = HK_BLD_PHASE, B_DAYONLY = HK_BLD_DAYONLY, B_DSTART = HK_BLD_DSTART,
       B_DEND = HK_BLD_DEND, B_TERM = HK_BLD_TERMINAL, B_SUPPLY = HK_BLD_SUPPLY, B_RETURN = HK_BLD_RETURN };


static double clock_opt(const char *s, const char *opt, double def)
{
	double h;
	if (!s)
		return def;
	if (hk_parse_clock(s, &h) != HK_OK || h < 0 || h > 24)
		hk_die(HK_EXIT_INPUT, "%s (%s): expected a time HH:MM", opt, s);
	return h;
}

/* The request from the options, with the city read (into *city) and every
 * combination of options checked before the buildings are. */
static hk_lc_request request(const struct opts *o, const hk_common *c, int nargs, hk_city *city,
			     hk_season *season)
{
	hk_lc_request q = {.energy_saving = !o->no_saving, .t_in_c = o->t_in, .t_setback_c = o->setback};
	char path[4096];
	hk_err e;
	if (nargs > 1)
		hk_die(HK_EXIT_INPUT, "expected one buildings file, got %d (see heatkit loadcalc --help)", nargs);
	q.pt = (hk_idx_point)hk_opt_choice(index_choices, o->index);
	q.day_start_h = clock_opt(o->day_start, "--day-start", HK_DAY_START_DEFAULT_H);
	q.day_end_h = clock_opt(o->day_end, "--day-end", HK_DAY_END_DEFAULT_H);
	/* the options' own faults, said as such before any building is read
	 * (they were blamed on the first day-only building's cell) */
	if (!(q.day_start_h < q.day_end_h))
		hk_die(HK_EXIT_INPUT, "--day-start/--day-end (%g-%g h): expected the day to start before it ends",
		       q.day_start_h, q.day_end_h);
	if (!(o->setback <= o->t_in))
		hk_die(HK_EXIT_INPUT, "--setback (%g C): expected at most --t-in (%g C)", o->setback, o->t_in);
	if (o->city) {
		if (!hk_data_file(o->cities, "climate/cities.csv", path, sizeof path))
			hk_die(HK_EXIT_INPUT, "climate data not found (%s): set HEATKIT_DATA", path);
		if (hk_city_find(path, o->city, NULL, city, &e) != HK_OK)
			hk_exit_err(NULL, &e);
		q.city = city;
	}
	q.t_design_c = hk_opt_given(c, &o->t_design) || !q.city ? o->t_design : city->t_heating_c;
	q.keep = o->profile;
	if (!isnan(q.t_design_c) && !(q.t_design_c < o->t_in))
		hk_die(HK_EXIT_INPUT, "design temperature %g C must be below --t-in %g C", q.t_design_c, o->t_in);
	if (o->season && !o->weather)
		hk_die(HK_EXIT_INPUT, "--season (%s) shapes an hourly profile: expected --weather with it", o->season);
	if (hk_season_parse(o->season ? o->season : "5c", season, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	if ((o->days || o->weather || hk_opt_given(c, &o->dt)) && !o->profile)
		hk_die(HK_EXIT_INPUT, "--days, --weather and --dt shape the profile: expected --profile with them");
	if ((o->profile || o->days || o->weather) && isnan(q.t_design_c))
		hk_die(HK_EXIT_INPUT, "a profile needs the load design temperature: give --city or --t-design");
	if (o->monthly && !o->weather && !hk_lc_annual(&q))
		hk_die(HK_EXIT_INPUT, "--monthly (%s) splits the annual heat over the heating days: expected --city "
		       "with heating days (or --weather with --profile)", o->monthly);
	if (o->profile && !o->days && !o->weather && !q.city)
		hk_die(HK_EXIT_INPUT, "default typical days come from the climate: give --city or --days FILE");
	if (o->profile && !o->weather && hk_profile_steps_per_day(o->dt) == 0)
		hk_die(HK_EXIT_INPUT, "--dt (%g): expected a step that divides 24 h", o->dt);
	return q;
}

/* The next row into *in: 1, or 0 at the end; errors located. */
static int read_row(hk_reader *r, hk_job *job, hk_lc_row *in)
{
	static const size_t tcol[2] = {B_DSTART, B_DEND};
	double *dst[2] = {&in->day_start_h, &in->day_end_h};
	hk_status si, sd;
	hk_err e;
	int rc = hk_reader_next(r, &e), k;
	if (rc <= 0) {
		if (rc < 0)
			hk_exit_err(job, &e);
		return 0;
	}
	in->index_w_m2 = in->day_only = in->day_start_h = in->day_end_h = NAN;
	if (hk_reader_num(r, B_AREA, &in->area_m2, &e) != HK_OK)
		hk_exit_err(job, &e);
	if ((si = hk_reader_num(r, B_INDEX, &in->index_w_m2, &e)) != HK_OK && si != HK_ENOTFOUND)
		hk_exit_err(job, &e);
	if ((sd = hk_reader_num(r, B_DAYONLY, &in->day_only, &e)) != HK_OK && sd != HK_ENOTFOUND)
		hk_exit_err(job, &e);
	if (si != HK_OK)
		in->index_w_m2 = NAN;
	if (sd != HK_OK)
		in->day_only = NAN;
	for (k = 0; k < 2; k++) { /* the building's own occupied hours */
		const char *t = hk_reader_text(r, tcol[k]);
		if (t && *t && (hk_parse_clock(t, dst[k]) != HK_OK || *dst[k] < 0 || *dst[k] > 24)) {
			hk_reader_fail(r, tcol[k], &e, "%s is not a time of day (%s): expected HH:MM", hk_tk_buildings.cols[tcol[k]].key,
				       t);
			hk_exit_err(job, &e);
		}
	}
	in->name = hk_reader_text(r, B_NAME);
	in->type = hk_reader_has(r, B_TYPE) ? hk_reader_text(r, B_TYPE) : "";
	in->phase = hk_reader_has(r, B_PHASE) ? hk_reader_text(r, B_PHASE) : "";
	return 1;
}

/* The row's terminal (optional columns) into the mix by design load (lib/opterm.c). */
static void terminal(hk_reader *r, hk_job *job, const hk_lc_request *q, const hk_lc_bld *x, hk_termacc *ta)
{
	static const size_t col[3] = {B_TERM, B_SUPPLY, B_RETURN};
	double t[2] = {NAN, NAN};
	hk_ta_field bad;
	hk_status st;
	hk_err e;
	int k;
	for (k = 0; k < 2; k++)
		if ((st = hk_reader_num(r, col[k + 1], &t[k], &e)) != HK_OK && st != HK_ENOTFOUND)
			hk_exit_err(job, &e);
	if (hk_termacc_add(ta, hk_reader_text(r, B_TERM), t[0], t[1], q->t_in_c, x->design_kw, x->b.day_only, &bad,
			   &e) != HK_OK) {
		hk_reader_locate(r, hk_reader_has(r, col[bad]) ? col[bad] : B_TERM, &e);
		hk_exit_err(job, &e);
	}
}

/* Stream the buildings: each computed, added to the totals, written to
 * the building table (without --profile), its index checked, its terminal
 * added to the mix. */
static void buildings(hk_reader *r, hk_job *job, const hk_lc_request *q, hk_lc_run *run, hk_termacc *ta)
{
	hk_lc_row in;
	hk_lc_bld x;
	hk_lc_field bad;
	hk_cell c[HK_LC_NBLD];
	char src[700];
	hk_err e;
	if (!q->keep)
		hk_job_table(job, "建筑负荷", "buildings", hk_lc_bld_cols, HK_LC_NBLD);
	while (read_row(r, job, &in)) {
		if (hk_lc_add(q, run, &in, &x, &bad, &e) != HK_OK) {
			if (bad != HK_LC_FIELD_NONE)
				hk_reader_locate(r, bad == HK_LC_FIELD_TYPE ? B_TYPE : bad == HK_LC_FIELD_INDEX ? B_INDEX
						 : bad == HK_LC_FIELD_WINDOW ? (isnan(in.day_start_h) ? B_DEND : B_DSTART)
						 : B_AREA, &e);
			hk_exit_err(job, &e);
		}
		terminal(r, job, q, &x, ta);
		if (!q->keep) {
			hk_lc_bld_cells(q, &in, &x, c, src, sizeof src);
			hk_job_row(job, c);
		}
		if (x.outside && run->outside <= 20) {
			hk_lc_range_warning(q, in.name, &x, src, sizeof src);
			hk_job_warn(job, "%s", src);
		}
	}
	if (run->outside > 20)
		hk_job_warn(job, "%ld more buildings have an index outside their CJJ 34 range", run->outside - 20);
	if (run->nb == 0) {
		hk_fail_at(&e, HK_EPARSE, hk_reader_name(r), hk_reader_line(r) + 1, 1,
			   "no buildings (header only): expected at least one row");
		hk_exit_err(job, &e);
	}
}

/* The profile of the kept buildings, written as the job's table. */
static void profile(hk_job *job, const struct opts *o, const char *enc, const hk_lc_request *q,
		    const hk_lc_run *run, hk_lc_profile_in *in, hk_lc_profile *p, const char *mix)
{
	hk_typday *days = calloc(MAX_DAYS, sizeof *days);
	double *t = NULL;
	hk_err e;
	if (!days)
		hk_die(HK_EXIT_INPUT, "out of memory");
	if (o->weather && hk_weather_read(o->weather, enc, &t, &in->nh, &e) != HK_OK)
		hk_exit_err(job, &e);
	if (o->days && hk_typdays_read(o->days, enc, days, MAX_DAYS, &in->nd, &e) != HK_OK)
		hk_exit_err(job, &e);
	in->t_hourly = t;
	in->days = days;
	in->dt_h = o->dt;
	if (hk_lc_profile_run(q, run, in, p, &e) != HK_OK) {
		hk_err_locate(&e, e.code, o->days, 0, 0);
		hk_exit_err(job, &e);
	}
	free(t);
	free(days);
	in->t_hourly = NULL;
	in->days = NULL;
	hk_profile_write_steps(job, p->steps, p->n, p->dayname, mix);
}

/* The heat per month, written to o->monthly (through a temporary name,
 * like every output). */
static void monthly(hk_job *job, const struct opts *o, const hk_lc_request *q, const hk_lc_run *run,
		    const hk_lc_profile *p)
{
	hk_lc_monthly m;
	hk_outopts oo = {.csv_enc = job->opt->csv_enc, .lang_zh = job->lang_zh, .option = "--monthly"};
	hk_cell c[HK_LC_NMONTH];
	hk_out *out;
	hk_err e;
	size_t i;
	hk_status st = hk_lc_monthly_run(q, run, o->profile ? p : NULL, &m, &e);
	if (st == HK_OK && (st = hk_out_open(&out, o->monthly, &oo, &e)) == HK_OK) {
		st = hk_out_table(out, "月负荷", "monthly heat", hk_lc_month_cols, HK_LC_NMONTH, 1, &e);
		for (i = 0; st == HK_OK && i < m.n; i++) {
			hk_lc_month_cells(&m, i, c);
			st = hk_out_row(out, c, &e);
		}
		if (st == HK_OK)
			st = hk_out_close(out, &e);
		else
			hk_out_abort(out);
	}
	if (st != HK_OK)
		hk_exit_err(job, &e);
}

/* --monthly and -o name one file (or both standard output): the second
 * written replaced the first, exit 0 (issue 18 follow-up) */
static void monthly_not_output(const struct opts *o, const hk_common *c)
{
	const char *out = c->output && strcmp(c->output, "-") ? c->output : NULL;
	hk_fileinfo a, b;
	if (!o->monthly)
		return;
	if (!strcmp(o->monthly, "-") ? !out
	    : out && (!strcmp(o->monthly, out) ||
		      (hk_stat(o->monthly, &a) == 0 && hk_stat(out, &b) == 0 && a.dev == b.dev && a.ino == b.ino)))
		hk_die(HK_EXIT_INPUT, "--monthly %s is also the main output (%s): expected another file",
		       o->monthly, out ? out : "standard output");
}

int cmd_loadcalc(int argc, char **argv)
{
	struct opts o;
	hk_common common;
	char **args;
	int n = hk_parse_options_to(argc, argv, &info_loadcalc, &o, &common, &args);
	const char *inputs[5];
	hk_city city;
	hk_lc_profile_in pin = {0};
	hk_lc_request q = request(&o, &common, n, &city, &pin.season);
	hk_lc_run run = {0};
	hk_lc_profile p = {0};
	hk_termacc ta = {0};
	char sb[6][400], mix[400];
	const hk_lc_sources src = {
		hk_opt_src(&common, &info_loadcalc, &o.index, sb[0], sizeof sb[0]),
		hk_opt_src(&common, &info_loadcalc, &o.t_in, sb[1], sizeof sb[1]),
		hk_opt_src(&common, &info_loadcalc, &o.setback, sb[2], sizeof sb[2]),
		hk_opt_src(&common, &info_loadcalc, &o.t_design, sb[3], sizeof sb[3]),
		hk_opt_src(&common, &info_loadcalc, &o.day_start, sb[4], sizeof sb[4]),
		hk_opt_src(&common, &info_loadcalc, &o.day_end, sb[5], sizeof sb[5]),
		o.weather};
	hk_reader *r;
	hk_err e;
	hk_job job;
	int rc;

	inputs[0] = n > 0 ? args[0] : "-", inputs[1] = o.cities, inputs[2] = o.days, inputs[3] = o.weather;
	inputs[4] = NULL; /* --monthly is an output: that -o may not name an input is hk_job_begin's */
	monthly_not_output(&o, &common);
	if (hk_reader_open(&r, inputs[0], common.encoding, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_buildings, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), hk_reader_chinese(r));
	buildings(r, &job, &q, &run, &ta);
	hk_reader_close(r);
	if (hk_termacc_spec(&ta, mix, sizeof mix, &e) != HK_OK)
		hk_exit_err(&job, &e);
	if (hk_termacc_hours_differ(&ta))
		hk_job_warn(&job, "the terminal groups keep different hours (day-only buildings set back at night in "
			    "some groups more than others): operate runs every group at the plant's share of its "
			    "design load (terminal_mix by design load), an approximation at night");
	if (o.profile)
		profile(&job, &o, common.encoding, &q, &run, &pin, &p, mix);
	if (hk_lc_summary(&q, &run, o.profile ? &p : NULL, &pin, &src, &job.sum) != HK_OK ||
	    (*mix && hk_sum_text(&job.sum, "terminal_mix", mix, "末端组成", "terminals by design load",
				 "the buildings' terminal column, each type's share Σ q_h·A of its buildings over the "
				 "total (CJJ 34-2010 §3.1.2); the profile carries it to operate") != HK_OK))
		hk_die(HK_EXIT_INPUT, "out of memory");
	if (o.monthly)
		monthly(&job, &o, &q, &run, &p);
	hk_lc_profile_free(&p);
	hk_lc_run_free(&run);
	rc = hk_job_end(&job);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
