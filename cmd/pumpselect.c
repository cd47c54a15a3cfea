/*
 * pumpselect.c - heatkit pumpselect: circulating pumps chosen on their
 * catalog curves for a duty on a system curve; variable speed, staged
 * big/medium/small groups over a load profile, annual energy three ways,
 * the EHR-h check, life-cycle-cost ranking.  Physics in lib/pumpcurve,
 * lib/pumpgroup, lib/pumpehr, lib/pumpselect; this file reads, calls and
 * writes.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cmds.h"
#include "diag.h"
#include "job.h"
#include "paths.h"
#include "pumpcurve.h"
#include "pumpehr.h"
#include "pumpgroup.h"
#include "pumpselect.h"
#include "proftable.h"
#include "tariff.h"
#include "table.h"
#include "text.h"

/* options (NAN / NULL = not given) */
static const char *o_pipes;
static double o_rough = NAN, o_nu = NAN;
static double o_flow = NAN, o_load = NAN, o_dt = NAN, o_margin = NAN, o_head = NAN,
	      o_static = NAN, o_speed_min = NAN, o_motor_margin = NAN, o_drive_eff = NAN,
	      o_life = NAN, o_discount = NAN, o_hours = NAN, o_price = NAN, o_main_len = NAN,
	      o_eff = NAN;
static int o_duty = -1, o_standby = -999 /* not given */, o_top = 10, o_all;
static const char *o_pumps, *o_model, *o_fit, *o_group, *o_rank, *o_control, *o_tariff,
	*o_profile, *o_edition;

static const char *const usage[] = {
	"--flow M3H | --load KW --dt K   --head M [--static M] [options]",
	"--head M --dt K [options] PROFILE.csv",
	NULL};

static const char *const examples[] = {
	"the Malan primary loop: 34 heat pumps x 13.8 m3/h, 3 duty pumps + 1 standby at 30 m",
	"heatkit pumpselect --flow 469.2 --head 30 --duty 3 --standby 1",
	"a loop sized from its heat load, its EHR-h checked in CI (efficiency from the maker's sheet)",
	"heatkit pumpselect --load 1163 --dt 10 --head 30 --main-length 1500 --eff 75 --check 'ehr<=ehr_limit'",
	"a day profile with a tariff: energy fixed, variable and staged; workbook with the curves",
	"heatkit pumpselect --head 28 --dt 5 --group 'AixLib Pump_DN100,AixLib Pump_DN65,AixLib Pump_DN50' "
	"--tariff data/climate/tariffs/shaanxi-malan.csv -o pumps.xlsx profile.csv",
	NULL, NULL};

static const hk_option options[] = {
	HK_OPT_GROUP_("Duty"),
	HK_OPT_NUM_(0, "flow", &o_flow, "M3H", "design flow of all duty pumps together", "m3/h",
		    "0.86*Q/dT from --load and --dt, else the profile's largest flow"),
	HK_OPT_NUM_(0, "load", &o_load, "KW", "design heat load Q (flow G = 0.86*Q/dT; and EHR-h)", "kW",
		    "none"),
	HK_OPT_NUM_(0, "dt", &o_dt, "K", "design supply/return temperature difference", "K", "none"),
	HK_OPT_NUM_(0, "flow-margin", &o_margin, "F", "factor on the flow from --load", NULL,
		    "1.0 (none; the HeatSource tool uses 1.1, standards-notes §4.1 [SRC])"),
	HK_OPT_NUM_(0, "head", &o_head, "M", "pump head needed at the design flow (the system curve "
		    "H = Hst + S*G^2 goes through it)", "m", "required"),
	HK_OPT_STR_(0, "pipes", &o_pipes, "FILE",
		    "pipe run instead of --head: segment,length_m,diameter_mm[,share][,zeta][,dp_kpa] "
		    "(Darcy-Weisbach, Swamee-Jain friction)", NULL),
	HK_OPT_NUM_(0, "roughness", &o_rough, "MM", "absolute pipe roughness for --pipes", "mm",
		    "0.2 (closed hot-water systems; design-handbook value, recollection [UNVERIFIED])"),
	HK_OPT_NUM_(0, "nu", &o_nu, "M2S", "kinematic viscosity of the water for --pipes", "m2/s",
		    "0.658e-6 (water at 40 C)"),
	HK_OPT_NUM_(0, "static", &o_static, "M", "static head Hst of the system curve", "m",
		    "0 (closed loop)"),
	HK_OPT_GROUP_("Pumps"),
	HK_OPT_STR_(0, "pumps", &o_pumps, "FILE", "pump catalog (format of data/equipment/pumps.csv)",
		    "data/equipment/pumps.csv"),
	HK_OPT_STR_(0, "model", &o_model, "NAME", "take this pump (it must meet the duty)",
		    "the best ranked"),
	HK_OPT_INT_(0, "duty", &o_duty, "N", "duty pumps in parallel", "1"),
	HK_OPT_INT_(0, "standby", &o_standby, "N", "standby pumps (counted in price, not in flow)",
		    "1 (usual practice; no standard rule found, standards-notes §4.1 [NOT FOUND])"),
	HK_OPT_STR_(0, "fit", &o_fit, "pchip|quadratic", "curve model through the catalog points",
		    "pchip (through every point, no overshoot)"),
	HK_OPT_STR_(0, "group", &o_group, "A,B,C",
		    "staged big/medium/small group from the catalog: which pumps run per profile step",
		    "none"),
	HK_OPT_NUM_(0, "speed-min", &o_speed_min, "R", "lowest speed ratio of variable-speed pumps",
		    NULL, "0.2 (ashp-smart-heating-deck: pumps regulate 20 %-100 %)"),
	HK_OPT_NUM_(0, "motor-margin", &o_motor_margin, "F", "motor rating >= shaft power x this",
		    NULL, "1.2 (HeatSource tool convention, standards-notes §4.1 [SRC])"),
	HK_OPT_NUM_(0, "drive-eff", &o_drive_eff, "F",
		    "motor x drive efficiency, for input power from shaft power", NULL,
		    "0.88 (built into the EHR-h 0.003096, standards-notes §4.1 [DERIVED])"),
	HK_OPT_GROUP_("Ranking and energy"),
	HK_OPT_STR_(0, "rank", &o_rank, "lcc|energy|eff",
		    "order of candidates: life-cycle cost, annual energy, or efficiency at the duty",
		    "lcc (energy when prices are missing)"),
	HK_OPT_STR_(0, "control", &o_control, "variable|fixed",
		    "how the duty pumps meet part flows for ranking: speed or throttling",
		    "variable"),
	HK_OPT_INT_(0, "top", &o_top, "N", "candidates listed", "10"),
	HK_OPT_BOOL_(0, "all", &o_all, "also list pumps that do not meet the duty (with why)"),
	HK_OPT_NUM_(0, "life", &o_life, "YEARS", "life for the life-cycle cost", "a",
		    "15 (assumption [UNVERIFIED]; HI & Europump LCC guide uses the plant's life)"),
	HK_OPT_NUM_(0, "discount", &o_discount, "RATE", "discount rate for the life-cycle cost",
		    NULL, "0 (undiscounted)"),
	HK_OPT_NUM_(0, "hours", &o_hours, "H", "operating hours a year at the duty (without a profile)",
		    "h", "none: without a profile or --hours, rank by power at the duty"),
	HK_OPT_NUM_(0, "price-kwh", &o_price, "YUAN", "electricity price", "yuan/kWh",
		    "the profile's price_yuan_kwh or --tariff; else none (energy only)"),
	HK_OPT_STR_(0, "tariff", &o_tariff, "FILE",
		    "time-of-use tariff (period,start,end,price_yuan_kwh,source) each step priced at the mean over start_h..start_h+dt_h",
		    "none"),
	HK_OPT_STR_(0, "profile", &o_profile, "FILE", "load profile (or give it as the argument)",
		    "none"),
	HK_OPT_GROUP_("EHR-h check (GB 50189-2015 §4.3.3 / GB 50736-2012 §8.11.13)"),
	HK_OPT_STR_(0, "edition", &o_edition, "STD",
		    "gb50736-1, gb50736-2 (one-/two-pump system), gb50189-1, gb50189-2",
		    "gb50736-1 (its B = 20.4 is the only one sourced, standards-notes §4.1)"),
	HK_OPT_NUM_(0, "main-length", &o_main_len, "M",
		    "sum L: supply + return main length to the farthest user", "m",
		    "none: without it (and --load, --dt) no EHR-h check"),
	HK_OPT_NUM_(0, "eff", &o_eff, "PCT",
		    "pump efficiency at the duty for EHR-h, from the maker's data sheet", "%",
		    "the catalog curve's efficiency at the duty"),
	HK_OPT_END_,
};

const hk_cmdinfo info_pumpselect = {
	.name = "pumpselect",
	.summary = "circulating pumps on their real curves: duty point, parallel, variable speed, EHR-h",
	.usage = usage,
	.description =
		"Chooses circulating pumps from a catalog of curve points.  The duty is a design\n"
		"flow G (given, or G = 0.86*Q/dT*margin from the heat load) and the head H at\n"
		"that flow; the system curve H = Hst + S*G^2 goes through it (Karassik, Pump\n"
		"Handbook, ch. 8).  Each catalog pump, N of them in parallel, is fitted (PCHIP\n"
		"through the points, or a least-squares quadratic) and solved on the system\n"
		"curve: the full-speed operating point, the speed that meets the duty exactly\n"
		"(affinity laws; with static head the speed is solved, not scaled), efficiency,\n"
		"shaft and input power, the next standard motor and the distance from the\n"
		"best-efficiency point.  A pump meets the duty when the flow per pump lies inside\n"
		"the catalog's flow range and its curve reaches the head there; nothing is\n"
		"extrapolated past the catalog without a flag.  Candidates are ranked by\n"
		"life-cycle cost (price + energy over the life), annual energy or efficiency.\n"
		"With a profile, the chosen pumps' annual energy is given for fixed speed\n"
		"(throttled), variable speed and, with --group, a staged big/medium/small group\n"
		"(the small pump alone at low flow, then the medium, then the large, each within\n"
		"its speed range).  With --load, --dt and --main-length the EHR-h of GB 50189 /\n"
		"GB 50736 is checked against its limit; every constant's source is in the summary.\n"
		"When no pump meets the duty, the command says what the nearest pumps reach and\n"
		"exits 2.",
	.input =
		"  PROFILE.csv (optional, \"-\" = standard input, e.g. from loadcalc --profile;\n"
		"  the heatkit profile contract), one row per time step:\n"
		"    day             日, 典型日 (text, passed through)\n"
		"    start_h         开始时刻; hours (needed with --tariff)\n"
		"    dt_h            时长; step length, h\n"
		"    days            天数; real days the row's day stands for\n"
		"    flow_m3h        流量; or heat_load_kw (热负荷) with --dt: flow = 0.86*Q/dT\n"
		"    price_yuan_kwh  电价 (optional; or --tariff / --price-kwh)\n"
		"  Every input column is written back.\n"
		"  --pumps FILE: one row per curve point, columns as data/equipment/pumps.csv:\n"
		"    model, flow_m3h, head_m, eff_pct, power_kw, power_basis (input|shaft|unknown),\n"
		"    price_yuan, source (see data/equipment/README.md)",
	.output =
		"  without a profile: the candidates, best first: rank,model,maker,duty_pumps,\n"
		"    flow_m3h,head_m,eff_pct,shaft_kw (full speed on the system curve, per pump),\n"
		"    motor_kw,bep_dist_pct,speed_pct,duty_eff_pct,vs_input_kw,fixed_input_kw,\n"
		"    annual_kwh,annual_yuan,price_yuan,lcc_yuan,meets_duty,notes\n"
		"  with a profile: the profile with flow_m3h, system_head_m, fixed_power_kw,\n"
		"    vs_speed_pct, vs_power_kw and, with --group, staged_pumps, staged_speed_pct,\n"
		"    staged_power_kw added (the candidates go to the workbook)\n"
		"  summary: the chosen pumps (model, operating point, motor, speed, EHR-h with\n"
		"    ehr, ehr_limit, ehr_ok), annual_kwh_fixed/_variable/_staged and _yuan,\n"
		"    and every default with its source\n"
		"  -o FILE.xlsx adds a sheet of pump and system curves with a chart",
	.examples = examples,
	.options = options,
};

/* ---- the profile ---------------------------------------------------- */

enum { F_DAY, F_START, F_DT, F_DAYS, F_FLOW, F_LOAD, F_PRICE, F_N };
static const hk_colspec pcols[F_N] = {
	{"day", "day|日|典型日|日期", HK_DIM_NONE, 0, "day name"},
	{"start_h", "start_h|start|hour|开始时刻|时刻|开始", HK_DIM_TIME, HK_NONNEG, "step start"},
	{"dt_h", "dt_h|dt|duration|时长|步长", HK_DIM_TIME, HK_REQUIRED | HK_POSITIVE, "step length"},
	{"days", "days|天数|代表天数", HK_DIM_NONE, HK_REQUIRED | HK_NONNEG,
	 "days the row stands for"},
	{"flow_m3h", "flow_m3h|flow|流量", HK_DIM_FLOW, HK_NONNEG, "flow"},
	{"heat_load_kw", "heat_load_kw|heat_load|load|热负荷|负荷", HK_DIM_POWER, HK_NONNEG, "heat load"},
	{"price_yuan_kwh", "price_yuan_kwh|price|电价", HK_DIM_PRICE, HK_NONNEG, "electricity price"},
};

typedef struct {
	char **f;  /* the row's fields as read */
	double flow, start, dt, days, price;
} prow;

static struct {
	size_t ncols;
	char **head;
	prow *rows;
	int n, cap;
	int has_flow, has_price, has_start;
	char name[256];
} prof;

/* file scope, so that memory is still reachable when a later error exits */
static hk_pump_catalog cat;
static hk_pump_curve *curves;
static hk_pumpsel_cand *cands;
static hk_pump_step *steps;
static hk_pump_step_out *out_fixed, *out_vs, *out_st;
static double *price, *annual, *annual_yuan, *effd, *key;
static int *meets, *order, *p_unknown;

static char *xstrdup(const char *s)
{
	char *d = strdup(s ? s : "");
	if (!d)
		hk_die(HK_EXIT_INPUT, "out of memory");
	return d;
}

static void read_profile(const char *path, const char *enc, const hk_tariff *tar, double price_kwh)
{
	hk_reader *r;
	hk_err e;
	int rc;
	size_t j;

	if (hk_reader_open(&r, path, enc, &e) != HK_OK || hk_reader_bind(r, pcols, F_N, &e) != HK_OK)
		hk_die_err(&e);
	snprintf(prof.name, sizeof prof.name, "%s", hk_reader_name(r));
	prof.has_flow = hk_reader_has(r, F_FLOW);
	prof.has_price = hk_reader_has(r, F_PRICE);
	prof.has_start = hk_reader_has(r, F_START);
	if (!prof.has_flow && !hk_reader_has(r, F_LOAD)) {
		hk_fail_at(&e, HK_EPARSE, prof.name, 1, 0,
			   "no flow_m3h or heat_load_kw column: expected one of them (流量 or 热负荷)");
		hk_die_err(&e);
	}
	if (!prof.has_flow && !(o_dt > 0))
		hk_die(HK_EXIT_INPUT, "%s has heat_load_kw but no flow: give --dt K to turn it into "
		       "flow (G = 0.86*Q/dT)", prof.name);
	if (tar && !prof.has_start) {
		hk_fail_at(&e, HK_EPARSE, prof.name, 1, 0,
			   "--tariff needs the step start: expected a start_h column (hours, e.g. 18.5)");
		hk_die_err(&e);
	}
	prof.ncols = hk_reader_ncols(r);
	prof.head = calloc(prof.ncols, sizeof *prof.head);
	if (!prof.head)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (j = 0; j < prof.ncols; j++)
		prof.head[j] = xstrdup(hk_reader_header(r, j));
	while ((rc = hk_reader_next(r, &e)) > 0) {
		prow *p;
		if (prof.n == prof.cap) {
			int nc = prof.cap ? 2 * prof.cap : 64;
			prow *nr = realloc(prof.rows, (size_t)nc * sizeof *nr);
			if (!nr)
				hk_die(HK_EXIT_INPUT, "out of memory");
			prof.rows = nr;
			prof.cap = nc;
		}
		p = &prof.rows[prof.n];
		memset(p, 0, sizeof *p);
		p->price = price_kwh;
		p->start = 0;
		if (hk_reader_num(r, F_DT, &p->dt, &e) != HK_OK ||
		    hk_reader_num(r, F_DAYS, &p->days, &e) != HK_OK)
			hk_die_err(&e);
		if (prof.has_start && hk_reader_num(r, F_START, &p->start, &e) != HK_OK)
			hk_die_err(&e);
		if (prof.has_flow) {
			if (hk_reader_num(r, F_FLOW, &p->flow, &e) != HK_OK)
				hk_die_err(&e);
		} else {
			double q;
			if (hk_reader_num(r, F_LOAD, &q, &e) != HK_OK ||
			    hk_pump_flow_from_load(q, o_dt, 1.0, &p->flow, &e) != HK_OK)
				hk_die_err(&e);
		}
		if (prof.has_price) {
			hk_status st = hk_reader_num(r, F_PRICE, &p->price, &e);
			if (st != HK_OK && st != HK_ENOTFOUND)
				hk_die_err(&e);
		}
		if (tar && !(prof.has_price && hk_reader_text(r, F_PRICE)[0]))
			p->price = hk_tariff_mean_price(tar, p->start, p->start + p->dt);
		p->f = calloc(prof.ncols, sizeof *p->f);
		if (!p->f)
			hk_die(HK_EXIT_INPUT, "out of memory");
		for (j = 0; j < prof.ncols; j++)
			p->f[j] = xstrdup(hk_reader_field(r, j));
		prof.n++;
	}
	if (rc < 0)
		hk_die_err(&e);
	if (prof.n == 0) {
		hk_fail_at(&e, HK_EPARSE, prof.name, hk_reader_line(r) + 1, 1,
			   "no steps (header only): expected at least one row");
		hk_die_err(&e);
	}
	hk_reader_close(r);
}

static void free_profile(void)
{
	int i;
	size_t j;
	for (i = 0; i < prof.n; i++) {
		for (j = 0; j < prof.ncols; j++)
			free(prof.rows[i].f[j]);
		free(prof.rows[i].f);
	}
	for (j = 0; j < prof.ncols; j++)
		free(prof.head[j]);
	free(prof.head);
	free(prof.rows);
	memset(&prof, 0, sizeof prof);
}

/* ---- helpers ------------------------------------------------------------ */

static hk_pump_power_kind power_kind(const hk_pump_model *m, int *unknown)
{
	*unknown = 0;
	if (!m->npts || isnan(m->pts[0].power_kw))
		return HK_PUMP_POWER_NONE;
	if (m->power_basis == HK_POWER_INPUT)
		return HK_PUMP_POWER_P1;
	if (m->power_basis == HK_POWER_UNKNOWN)
		*unknown = 1; /* taken as shaft power: conservative for energy, EHR and motor */
	return HK_PUMP_POWER_P2;
}

static double pct(double f) { return isfinite(f) ? 100 * f : NAN; }

static hk_cell num_or_empty(double v) { return isfinite(v) ? hk_cnum(v) : hk_cempty(); }

/* the pump group's running set as model names joined by '+' */
static void group_names(const hk_pump_group *g, unsigned mask, char *buf, size_t sz)
{
	size_t o = 0;
	int i;
	buf[0] = '\0';
	for (i = 0; i < g->n; i++)
		if (mask & (1u << i)) {
			int k = snprintf(buf + o, sz > o ? sz - o : 0, "%s%s", o ? "+" : "", g->pump[i]->name);
			if (k > 0)
				o += (size_t)k;
			if (o >= sz)
				return;
		}
}

static const hk_col cand_cols[] = {
	{"rank", NULL, "排名", "rank", 0},
	{"model", NULL, "型号", "model", -1},
	{"maker", NULL, "厂家", "maker", -1},
	{"duty_pumps", NULL, "工作台数", "duty pumps", 0},
	{"flow_m3h", "m³/h", "工作点流量(全速,合计)", "operating flow (full speed, total)", 1},
	{"head_m", "m", "工作点扬程", "operating head", 2},
	{"eff_pct", "%", "工作点效率", "efficiency at the operating point", 1},
	{"shaft_kw", "kW", "单台轴功率", "shaft power per pump", 2},
	{"motor_kw", "kW", "电机功率", "motor rating", 2},
	{"bep_dist_pct", "%", "偏离最高效率点", "distance from best efficiency", 1},
	{"speed_pct", "%", "设计点转速", "speed for the duty", 1},
	{"duty_eff_pct", "%", "设计点效率", "efficiency at the duty", 1},
	{"vs_input_kw", "kW", "变频设计点输入功率", "input power at the duty, variable speed", 2},
	{"fixed_input_kw", "kW", "定速节流输入功率", "input power at the duty, throttled", 2},
	{"annual_kwh", "kWh", "年耗电量", "annual energy", 0},
	{"annual_yuan", "元", "年电费", "annual energy cost", 0},
	{"price_yuan", "元", "设备价格", "price (all pumps)", 0},
	{"lcc_yuan", "元", "全寿命周期费用", "life-cycle cost", 0},
	{"meets_duty", NULL, "满足设计点", "meets the duty", 0},
	{"notes", NULL, "说明", "notes", -1},
};
#define NCAND (sizeof cand_cols / sizeof cand_cols[0])

static const hk_col curve_cols[] = {
	{"flow_m3h", "m³/h", "流量", "flow", 2},
	{"pump_head_m", "m", "水泵(并联,全速)", "pumps (parallel, full speed)", 3},
	{"pump_duty_speed_head_m", "m", "水泵(设计点转速)", "pumps at the duty speed", 3},
	{"system_head_m", "m", "管网特性", "system curve", 3},
};

/* the curves sheet: N pumps in parallel at full and duty speed, the system */
static void write_curves(hk_job *job, const hk_pump_curve *c, int nd, double speed,
			 const hk_pump_system *sys, double qmax)
{
	enum { NPT = 41 };
	hk_chart_series s[3];
	hk_err e;
	int i;
	char title[160];

	hk_job_extra(job, "水泵曲线", "curves", curve_cols, 4);
	for (i = 0; i < NPT; i++) {
		double q = qmax * i / (NPT - 1), q1 = q / nd;
		hk_cell cell[4];
		cell[0] = hk_cnum(q);
		/* only within the catalog's range: nothing drawn past it */
		cell[1] = q1 >= c->q_lo && q1 <= c->q_hi ? hk_cnum(hk_pump_head(c, q1, NULL)) : hk_cempty();
		cell[2] = speed > 0 && q1 / speed >= c->q_lo && q1 / speed <= c->q_hi
			? hk_cnum(speed * speed * hk_pump_head(c, q1 / speed, NULL)) : hk_cempty();
		cell[3] = hk_cnum(hk_pump_system_head(sys, q));
		hk_job_row(job, cell);
	}
	s[0] = (hk_chart_series){job->lang_zh ? "水泵(全速)" : "pumps, full speed", 0, 1, 0, NPT - 1};
	s[1] = (hk_chart_series){job->lang_zh ? "水泵(设计点转速)" : "pumps, duty speed", 0, 2, 0, NPT - 1};
	s[2] = (hk_chart_series){job->lang_zh ? "管网特性" : "system", 0, 3, 0, NPT - 1};
	snprintf(title, sizeof title, "%d x %s", nd, c->name);
	if (hk_out_chart_xy(job->out, title, job->lang_zh ? "流量 (m³/h)" : "flow (m3/h)",
			    job->lang_zh ? "扬程 (m)" : "head (m)", s, 3, &e) != HK_OK)
		hk_job_die(job, &e);
}

/* ---- the command ------------------------------------------------------- */

/* what a selection found, for its summary */
struct outcome {
	const char *catname, *flow_src, *rank_by;
	int chosen, n, n_meet, have_yuan, prices_missing;
	const int *en_ok;            /* fixed, variable speed, staged */
	hk_pump_fit fit;
	hk_rank_mode rank;
	hk_ehr_edition edition;
	const hk_pumpsel_duty *duty;
	const hk_pump_group *group;
	const hk_pump_energy *en_fixed, *en_vs, *en_st;
};

/* the summary rows (key, value, unit, label, source) and the warnings about the chosen pump */
static void write_summary(hk_job *job, const struct outcome *r)
{
	char buf[1200];
	hk_err e;
	const hk_pumpsel_cand *c = &cands[r->chosen];
	const hk_pump_model *m = &cat.m[r->chosen];
	hk_summary *s = &job->sum;
	char ftxt[600];

	hk_sum_num(s, "design_flow_m3h", o_flow, "m3/h", 2, "设计流量", "design flow", r->flow_src);
	if (isfinite(o_load))
		hk_sum_num(s, "flow_margin", o_margin, "", 2, "流量裕量系数", "flow margin",
			   o_margin == 1.0 ? "default 1.0: none (the HeatSource tool uses 1.1, "
					     "standards-notes §4.1 [SRC])" : "--flow-margin");
	hk_sum_num(s, "design_head_m", o_head, "m", 2, "设计扬程", "design head",
		   o_pipes ? "static + Σ pipe run (Darcy-Weisbach h = f·(L/D)·v²/2g, Swamee & Jain 1976 "
			     "friction, ζ·v²/2g, equipment dp) at the design flow" : "--head");
	if (o_pipes) {
		hk_sum_num(s, "roughness_mm", o_rough, "mm", 3, "管道当量粗糙度", "pipe roughness",
			   o_rough == 0.2 ? "0.2 mm closed hot-water system: design-handbook value, "
					    "recollection [UNVERIFIED]" : "--roughness");
		hk_sum_num(s, "nu_m2s", o_nu, "m2/s", -1, "运动粘度", "kinematic viscosity",
			   o_nu == HK_NU_WATER_40C ? "water at 40 C" : "--nu");
	}
	hk_sum_num(s, "static_head_m", o_static, "m", 2, "静扬程", "static head",
		   o_static == 0 ? "default 0: closed loop" : "--static");
	hk_sum_num(s, "system_s", r->duty->sys.s, "m/(m3/h)2", 8, "管网阻抗S", "system resistance S",
		   "S = (H - Hst)/G^2 through the design point (Karassik, Pump Handbook, ch. 8)");
	hk_sum_text(s, "pump_model", m->model, "水泵型号", "pump model", "best ranked or --model");
	hk_sum_text(s, "pump_maker", m->maker, "厂家", "maker", r->catname);
	hk_sum_text(s, "pump_source", m->source, "曲线来源", "curve source", r->catname);
	hk_sum_text(s, "curve_fit", r->fit == HK_PUMP_FIT_PCHIP ? "pchip" : "quadratic", "曲线拟合",
		    "curve fit", r->fit == HK_PUMP_FIT_PCHIP
			    ? "default: PCHIP through every point (Fritsch & Carlson 1980)"
			    : "--fit quadratic: least squares H = a + bQ + cQ^2");
	if (r->fit == HK_PUMP_FIT_QUADRATIC)
		hk_sum_num(s, "fit_resid_max_m", curves[r->chosen].fit_resid_max_m, "m", 3,
			   "拟合最大偏差", "largest fit residual", "max |H_fit - H_point|");
	hk_sum_num(s, "duty_pumps", o_duty, "", 0, "工作泵台数", "duty pumps",
		   o_duty == 1 ? "default 1" : "--duty");
	hk_sum_num(s, "standby_pumps", o_standby, "", 0, "备用泵台数", "standby pumps",
		   o_standby == 1 ? "default 1: usual practice; no standard rule found "
				    "(standards-notes §4.1 [NOT FOUND])" : "--standby");
	hk_sum_num(s, "pumps_total", o_duty + o_standby, "", 0, "水泵总台数", "pumps installed",
		   "duty + standby");
	if (c->full_ok) {
		hk_sum_num(s, "op_flow_m3h", c->full.flow_m3h, "m3/h", 2, "全速工作点流量(合计)",
			   "operating flow at full speed (total)",
			   "N pumps' parallel curve n^2 H(Q/(N n)) meets the system curve (Brent)");
		hk_sum_num(s, "op_flow_each_m3h", c->full.flow_each_m3h, "m3/h", 2, "单台流量",
			   "flow per pump", "op_flow / duty_pumps");
		hk_sum_num(s, "op_head_m", c->full.head_m, "m", 3, "全速工作点扬程",
			   "operating head at full speed", "system curve at op_flow");
		if (isfinite(c->full.eff))
			hk_sum_num(s, "op_eff_pct", 100 * c->full.eff, "%", 1, "工作点效率",
				   "efficiency at the operating point",
				   c->full.flags & HK_PUMP_F_EFF_FROM_P1
					   ? "wire-to-water rho g Q H / P1 (catalog gives input power)"
					   : "catalog curve");
		if (isfinite(c->full.shaft_kw))
			hk_sum_num(s, "shaft_kw", c->full.shaft_kw, "kW", 3, "单台轴功率",
				   "shaft power per pump",
				   "rho g Q H / eff (= P1 when eff is wire-to-water)");
		if (isfinite(c->full.bep_dist))
			hk_sum_num(s, "bep_dist_pct", 100 * c->full.bep_dist, "%", 1,
				   "偏离最高效率点", "distance from best-efficiency flow",
				   "(Q/n - Q_bep)/Q_bep at full speed");
	}
	if (isfinite(c->motor_kw))
		hk_sum_num(s, "motor_kw", c->motor_kw, "kW", 2, "电机功率", "motor rating",
			   c->motor_src);
	else
		hk_sum_text(s, "motor_kw", "unknown", "电机功率", "motor rating",
			    "the catalog gives no efficiency or power for this pump");
	hk_sum_num(s, "motor_margin", o_motor_margin, "", 2, "电机裕量", "motor margin",
		   o_motor_margin == 1.2 ? "default 1.2: HeatSource tool convention "
					   "(standards-notes §4.1 [SRC])" : "--motor-margin");
	if (c->vs_ok) {
		hk_sum_num(s, "speed_ratio", c->vs.speed, "", 4, "设计点转速比", "speed ratio for the duty",
			   r->duty->sys.h_static_m > 0
				   ? "solved n^2 H(q/n) = Hst + S G^2 (affinity laws with static head)"
				   : "affinity laws: n^2 H(q/n) = S G^2");
		if (isfinite(c->vs.shaft_kw))
			hk_sum_num(s, "vs_shaft_kw", c->vs.shaft_kw, "kW", 3, "设计点单台轴功率",
				   "shaft power per pump at the duty speed", "rho g q H / eff(q/n)");
		if (isfinite(c->vs_input_kw))
			hk_sum_num(s, "vs_input_kw", c->vs_input_kw, "kW", 3, "设计点输入功率(变频)",
				   "input power at the duty, variable speed (all duty pumps)",
				   "P1 curve, else shaft / drive_eff");
	}
	if (isfinite(c->fixed_input_kw))
		hk_sum_num(s, "fixed_input_kw", c->fixed_input_kw, "kW", 3, "设计点输入功率(定速节流)",
			   "input power at the duty, full speed throttled (all duty pumps)",
			   "P1 curve, else shaft / drive_eff");
	hk_sum_num(s, "drive_eff", o_drive_eff, "", 3, "电机及变频效率", "motor x drive efficiency",
		   o_drive_eff == 0.88 ? "default 0.88: built into the EHR-h 0.003096 "
					 "(standards-notes §4.1 [DERIVED])" : "--drive-eff");
	hk_pump_flags_text(c->flags, ftxt, sizeof ftxt);
	if (p_unknown[r->chosen])
		snprintf(ftxt + strlen(ftxt), sizeof ftxt - strlen(ftxt), "%spower basis unknown: "
			 "taken as shaft power (conservative)", *ftxt ? "; " : "");
	hk_sum_text(s, "pump_flags", *ftxt ? ftxt : "none", "提示", "flags",
		    "curve range and data checks (never extrapolated silently)");
	hk_sum_num(s, "candidates_meeting", r->n_meet, "", 0, "满足的候选", "candidates meeting the duty",
		   r->catname);
	hk_sum_num(s, "candidates_total", r->n, "", 0, "候选总数", "pumps in the catalog", r->catname);
	hk_sum_text(s, "rank_by", r->rank_by, "排序依据", "ranked by",
		    o_rank ? "--rank" : "default lcc: price + annual cost x PWF (HI & Europump, "
					"Pump Life Cycle Costs, 2001)");
	if (r->prices_missing)
		hk_sum_num(s, "prices_missing", r->prices_missing, "", 0, "缺价格的候选",
			   "candidates without a price", "price_yuan blank in the catalog");
	if (r->rank == HK_RANK_LCC) {
		hk_sum_num(s, "lcc_yuan", key[r->chosen], "yuan", 0, "全寿命周期费用", "life-cycle cost",
			   "price x (duty + standby) + annual yuan x PWF");
		hk_sum_num(s, "life_years", o_life, "a", 0, "寿命", "life",
			   o_life == 15 ? "default 15 a: assumption [UNVERIFIED]" : "--life");
		hk_sum_num(s, "discount_rate", o_discount, "", 3, "折现率", "discount rate",
			   o_discount == 0 ? "default 0: undiscounted" : "--discount");
	}
	if (!prof.n && isfinite(o_hours))
		hk_sum_num(s, "hours", o_hours, "h", 0, "年运行小时", "operating hours a year", "--hours");
	if (r->have_yuan && !prof.n)
		hk_sum_num(s, "price_yuan_kwh", o_price, "yuan/kWh", 4, "电价", "electricity price",
			   o_tariff && !isfinite(o_price) ? o_tariff : o_tariff ? "24 h mean of --tariff"
										: "--price-kwh");
	if (o_group) {
		char gtxt[400];
		hk_pump_group_op go;
		group_names(r->group, ~0u, gtxt, sizeof gtxt);
		hk_sum_text(s, "group", gtxt, "大中小泵组", "staged group",
			    "--group; staging per ashp-smart-heating-deck §6-3 (small alone, then "
			    "medium, then large; beyond the deck: large plus the next, all)");
		hk_sum_num(s, "speed_min", o_speed_min, "", 2, "最低转速比", "lowest speed ratio",
			   o_speed_min == 0.2 ? "default 0.2: ashp-smart-heating-deck, 20 %-100 %"
					      : "--speed-min");
		if (hk_pump_group_step(r->group, &r->duty->sys, o_flow, o_drive_eff, &go, &e) == HK_OK) {
			group_names(r->group, go.running, gtxt, sizeof gtxt);
			hk_sum_text(s, "group_at_design", gtxt, "设计流量时运行", "running at the design flow",
				    "first stage meeting the flow within the speed range");
			hk_sum_num(s, "group_speed_at_design", go.speed, "", 4, "设计流量时转速比",
				   "speed ratio at the design flow", "affinity laws, common speed");
		} else {
			hk_job_warn(job, "staged group: %s", e.what);
		}
	}
	if (prof.n) {
		static const char *const mode[3] = {"fixed", "variable", "staged"};
		static const char *const mzh[3] = {"定速节流", "变频", "大中小泵组"};
		const hk_pump_energy *en[3] = {r->en_fixed, r->en_vs, r->en_st};
		int k;
		hk_sum_text(s, "profile", prof.name, "负荷曲线", "profile", "input");
		if (!prof.has_price)
			hk_sum_text(s, "profile_price", o_tariff ? o_tariff : isfinite(o_price) ?
				    "--price-kwh" : "none: yuan not computed", "电价来源", "price source",
				    o_tariff ? "time-weighted mean over each step" : "");
		for (k = 0; k < (o_group ? 3 : 2); k++) {
			char kk[64], lz[64], le[96];
			if (!r->en_ok[k]) {
				hk_job_warn(job, "annual energy, %s: not computed: %s has no efficiency "
					    "or power data in the catalog", mode[k],
					    k == 2 ? "a pump of the group" : m->model);
				continue;
			}
			snprintf(kk, sizeof kk, "annual_kwh_%s", mode[k]);
			snprintf(lz, sizeof lz, "年耗电量(%s)", mzh[k]);
			snprintf(le, sizeof le, "annual pump energy, %s", mode[k]);
			hk_sum_num(s, kk, en[k]->kwh, "kWh", 0, lz, le,
				   k == 0 ? "sum P_in(throttled on the full-speed curve) x dt_h x days"
				   : k == 1 ? "sum P_in(speed for the system head) x dt_h x days"
					    : "sum P_in(staged group) x dt_h x days");
			if (r->have_yuan) {
				snprintf(kk, sizeof kk, "annual_yuan_%s", mode[k]);
				snprintf(lz, sizeof lz, "年电费(%s)", mzh[k]);
				snprintf(le, sizeof le, "annual pump cost, %s", mode[k]);
				hk_sum_num(s, kk, en[k]->yuan, "yuan", 0, lz, le, "sum kWh x step price");
			}
			if (en[k]->n_flagged)
				hk_job_warn(job, "%s: %d profile step%s outside the catalog range or "
					    "below the minimum speed (see pump_flags)", mode[k],
					    en[k]->n_flagged, en[k]->n_flagged == 1 ? "" : "s");
		}
	}

	/* EHR-h */
	if (isfinite(o_load) && o_dt > 0 && isfinite(o_main_len)) {
		hk_ehr_result er;
		hk_ehr_pump ep[16];
		int k;
		double eta = isfinite(o_eff) ? o_eff : c->vs_ok ? c->vs.eff : NAN;
		if (!isfinite(eta)) {
			hk_job_warn(job, "EHR-h not checked: %s has no efficiency or power data "
				    "(give --eff from the maker's data sheet)", m->model);
		} else {
			for (k = 0; k < o_duty; k++) {
				ep[k].flow_m3h = o_flow / o_duty;
				ep[k].head_m = o_head;
				ep[k].eff = eta;
			}
			if (hk_ehr_check(r->edition, ep, o_duty, o_load, o_dt, o_main_len, &er, &e) != HK_OK)
				hk_job_die(job, &e);
			hk_sum_text(s, "ehr_standard", er.edition_name, "EHR标准", "EHR standard",
				    o_edition ? "--edition" : "default gb50736-1: its B is the only one "
							      "sourced (standards-notes §4.1)");
			snprintf(buf, sizeof buf, "0.003096 sum(G H / eta_b)/Q at the design point, "
				 "eta_b %.1f %% %s", 100 * eta, isfinite(o_eff) ? "(--eff)"
				 : c->vs.flags & HK_PUMP_F_EFF_FROM_P1
				 ? "at the duty (wire-to-water from P1: conservative)" : "at the duty");
			hk_sum_num(s, "ehr", er.ehr, "", 6, "耗电输热比EHR-h", "EHR-h", buf);
			hk_sum_num(s, "ehr_limit", er.limit, "", 6, "EHR-h限值", "EHR-h limit",
				   "A (B + alpha sum L)/dT");
			hk_sum_num(s, "ehr_ok", er.pass, "", 0, "EHR-h满足", "EHR-h within the limit",
				   "ehr <= ehr_limit");
			hk_sum_num(s, "ehr_coef", er.coef.value, "", 6, "系数", "coefficient", er.coef.source);
			hk_sum_num(s, "ehr_a", er.a.value, "", 6, "A", "A", er.a.source);
			hk_sum_num(s, "ehr_b", er.b.value, "", 2, "B", "B", er.b.source);
			hk_sum_num(s, "ehr_alpha", er.alpha.value, "", 6, "α", "alpha", er.alpha.source);
			hk_sum_num(s, "main_length_m", o_main_len, "m", 1, "供回水干管总长ΣL",
				   "supply + return main length", "--main-length");
			hk_sum_num(s, "heat_load_kw", o_load, "kW", 1, "设计热负荷", "design heat load", "--load");
			hk_sum_num(s, "dt_k", o_dt, "K", 1, "供回水温差", "supply/return difference", "--dt");
			if (!er.pass)
				hk_job_warn(job, "EHR-h %.5f exceeds the limit %.5f (%s)", er.ehr, er.limit,
					    er.edition_name);
		}
	}
	/* warnings about the chosen pump's data */
	if (c->flags & (HK_PUMP_F_ABOVE_RANGE | HK_PUMP_F_BELOW_RANGE))
		hk_job_warn(job, "%s: %s", m->model, ftxt);
	if (!strncmp(m->maker, "unnamed", 7))
		hk_job_warn(job, "%s: maker not named in the catalog (%s): for rough checks, not "
			    "for tenders", m->model, m->maker);
}

/* the defaults (each with the source the summary prints) and the option checks */
static void check_options(int nargs, char **args, hk_pump_fit *fit, hk_rank_mode *rank,
			  hk_ehr_edition *edition, int *variable)
{
	hk_err e;

	if (isnan(o_margin)) o_margin = 1.0;
	if (isnan(o_static)) o_static = 0;
	if (isnan(o_speed_min)) o_speed_min = 0.2;
	if (isnan(o_motor_margin)) o_motor_margin = 1.2;
	if (isnan(o_drive_eff)) o_drive_eff = 0.88;
	if (isnan(o_life)) o_life = 15;
	if (isnan(o_discount)) o_discount = 0;
	if (o_duty < 0) o_duty = 1;
	if (o_standby == -999)
		o_standby = 1;
	else if (o_standby < 0)
		hk_die(HK_EXIT_INPUT, "--standby %d: expected 0 or more standby pumps", o_standby);

	if (nargs > 1 || (nargs == 1 && o_profile))
		hk_die(HK_EXIT_INPUT, "expected at most one profile file (see heatkit pumpselect --help)");
	if (nargs == 1)
		o_profile = args[0];
	if (o_fit && !strcmp(o_fit, "quadratic"))
		*fit = HK_PUMP_FIT_QUADRATIC;
	else if (o_fit && strcmp(o_fit, "pchip"))
		hk_die(HK_EXIT_INPUT, "--fit %s: expected pchip or quadratic", o_fit);
	if (o_rank && !strcmp(o_rank, "energy"))
		*rank = HK_RANK_ENERGY;
	else if (o_rank && !strcmp(o_rank, "eff"))
		*rank = HK_RANK_EFF;
	else if (o_rank && strcmp(o_rank, "lcc"))
		hk_die(HK_EXIT_INPUT, "--rank %s: expected lcc, energy or eff", o_rank);
	*variable = !(o_control && !strcmp(o_control, "fixed"));
	if (o_control && strcmp(o_control, "fixed") && strcmp(o_control, "variable"))
		hk_die(HK_EXIT_INPUT, "--control %s: expected variable or fixed", o_control);
	if (o_edition && hk_ehr_edition_parse(o_edition, edition, &e) != HK_OK)
		hk_die(HK_EXIT_INPUT, "--edition: %s", e.what);
	if (o_duty < 1 || o_duty > 16)
		hk_die(HK_EXIT_INPUT, "--duty %d: expected 1 to 16 duty pumps", o_duty);
	if (o_standby < 0 || o_top < 1)
		hk_die(HK_EXIT_INPUT, "--standby and --top: expected --standby >= 0 and --top >= 1");
	if (!(o_speed_min > 0 && o_speed_min < 1))
		hk_die(HK_EXIT_INPUT, "--speed-min %g: expected a speed ratio between 0 and 1", o_speed_min);
	if (!(o_drive_eff > 0 && o_drive_eff <= 1))
		hk_die(HK_EXIT_INPUT, "--drive-eff %g: expected a fraction in (0, 1]", o_drive_eff);
	if (!(o_motor_margin >= 1))
		hk_die(HK_EXIT_INPUT, "--motor-margin %g: expected a factor >= 1", o_motor_margin);
	if (!(o_static >= 0))
		hk_die(HK_EXIT_INPUT, "--static %g: expected a static head >= 0 m", o_static);
	if (isfinite(o_eff) && o_eff > 1)
		o_eff /= 100; /* "75" = 75 %; "75%" is already 0.75 */
	if (!isnan(o_eff) && !(o_eff > 0 && o_eff <= 1))
		hk_die(HK_EXIT_INPUT, "--eff: expected a pump efficiency in (0, 100] %%");
	if (isnan(o_head) == !o_pipes)
		hk_die(HK_EXIT_INPUT, "give --head M (the pump head needed at the design flow) or "
		       "--pipes FILE (the head from the pipe run), one of them");
}

/* the pump catalog, every curve fitted (file-scope arrays sized by it) */
static void load_catalog(const char *enc, hk_pump_fit fit, char *catpath, size_t catpath_sz,
			 char *catname, size_t catname_sz)
{
	char buf[1200];
	hk_err e;
	int i, n;

	if (o_pumps)
		snprintf(catpath, catpath_sz, "%s", o_pumps);
	else if (!hk_data_path("equipment/pumps.csv", catpath, catpath_sz))
		hk_die(HK_EXIT_INPUT, "pump catalog not found (%s): set HEATKIT_DATA or give --pumps", catpath);
	/* messages and the summary name the default catalog as in the source tree */
	snprintf(catname, catname_sz, "%s", o_pumps ? o_pumps : "data/equipment/pumps.csv");
	if (hk_pump_catalog_load(catpath, enc, &cat, &e) != HK_OK)
		hk_die_err(&e);
	n = (int)cat.n;
	curves = calloc((size_t)n, sizeof *curves);
	cands = calloc((size_t)n, sizeof *cands);
	price = calloc((size_t)n, sizeof *price);
	annual = calloc((size_t)n, sizeof *annual);
	annual_yuan = calloc((size_t)n, sizeof *annual_yuan);
	effd = calloc((size_t)n, sizeof *effd);
	key = calloc((size_t)n, sizeof *key);
	meets = calloc((size_t)n, sizeof *meets);
	order = calloc((size_t)n, sizeof *order);
	p_unknown = calloc((size_t)n, sizeof *p_unknown);
	if (!curves || !cands || !price || !annual || !annual_yuan || !effd || !key || !meets ||
	    !order || !p_unknown)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (i = 0; i < n; i++) {
		const hk_pump_model *m = &cat.m[i];
		hk_pump_power_kind pk = power_kind(m, &p_unknown[i]);
		unsigned opts = m->hump > 0 ? HK_PUMP_ALLOW_DROOP : 0;
		if (m->npts > HK_PUMP_MAXPTS)
			hk_die(HK_EXIT_INPUT, "%s: pump %s has %zu points: at most %d", catpath, m->model,
			       m->npts, HK_PUMP_MAXPTS);
		if (hk_pump_curve_fit(&curves[i], m->model, m->pts, (int)m->npts, fit, pk, opts, &e) != HK_OK) {
			snprintf(buf, sizeof buf, "%s", e.what); /* e.what is overwritten below */
			hk_fail_at(&e, e.code, catpath, m->line, 0, "%.900s", buf);
			hk_die_err(&e);
		}
	}
}

/* no pump meets the duty: say what the nearest pumps reach, largest reach first */
static void nothing_meets(int n, const char *catname)
{
	char buf[1200];
	int i, k, shown = 0;
	size_t off;
	for (i = 0; i < n; i++) {
		order[i] = i;
		key[i] = cands[i].reach_m3h;
	}
	for (i = 1; i < n; i++) {
		int t = order[i];
		for (k = i; k > 0 && key[order[k - 1]] < key[t]; k--)
			order[k] = order[k - 1];
		order[k] = t;
	}
	off = (size_t)snprintf(buf, sizeof buf,
			       "no pump in %s meets %.4g m3/h at %.3g m with %d duty pump%s; nearest:",
			       catname, o_flow, o_head, o_duty, o_duty == 1 ? "" : "s");
	for (k = 0; k < n && shown < 3 && off < sizeof buf; k++) {
		const hk_pumpsel_cand *c = &cands[order[k]];
		if (c->reach_m3h > 0)
			off += (size_t)snprintf(buf + off, sizeof buf - off,
						"%s %d x %s reach %.4g m3/h at %.3g m on the system%s (%s)",
						shown ? ";" : "", o_duty, cat.m[order[k]].model,
						c->reach_m3h, c->full.head_m,
						c->full.flags & HK_PUMP_F_ABOVE_RANGE ? ", extrapolated" : "",
						c->why);
		else
			off += (size_t)snprintf(buf + off, sizeof buf - off, "%s %s: %s",
						shown ? ";" : "", cat.m[order[k]].model, c->why);
		shown++;
	}
	hk_die(HK_EXIT_INPUT, "%s", buf);
}

/* the staged group of --group (models separated by commas) */
static void read_group(hk_pump_group *group, const hk_pump_system *sys)
{
	hk_err e;
	int n_group = 0;
	const hk_pump_curve *gp[HK_GROUP_MAX];
	char *list = xstrdup(o_group), *tok, *save = NULL;
	for (tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		const hk_pump_model *m;
		while (*tok == ' ')
			tok++;
		if (n_group == HK_GROUP_MAX)
			hk_die(HK_EXIT_INPUT, "--group: at most %d pumps", HK_GROUP_MAX);
		if (hk_pump_catalog_find(&cat, tok, &m, &e) != HK_OK) {
			free(list);
			hk_die_err(&e);
		}
		gp[n_group++] = &curves[m - cat.m];
	}
	free(list);
	if (n_group < 1)
		hk_die(HK_EXIT_INPUT, "--group: expected pump models separated by commas");
	if (hk_pump_group_init(group, gp, n_group, o_speed_min, 1.0, sys, &e) != HK_OK)
		hk_die(HK_EXIT_INPUT, "--group: %s", e.what);
}

/* the profile back, with our columns (pipeline contract) */
static void write_profile(hk_job *job, const hk_pumpsel_duty *duty, const hk_pump_group *group)
{
	int i;
	hk_col *cols = calloc(prof.ncols + 12, sizeof *cols);
	hk_cell *cell = calloc(prof.ncols + 12, sizeof *cell);
	size_t nc = 0, j;
	int xlsx = hk_out_is_xlsx(job->out);
	char (*names)[200] = calloc((size_t)prof.n, sizeof *names);
	char (*flg)[300] = calloc((size_t)prof.n, sizeof *flg);
	if (!cols || !cell || !names || !flg)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (j = 0; j < prof.ncols; j++)
		cols[nc++] = (hk_col){prof.head[j], NULL, prof.head[j], prof.head[j], -1};
	if (!prof.has_flow)
		cols[nc++] = (hk_col){"flow_m3h", "m³/h", "流量", "flow", 2};
	if (!prof.has_price && (o_tariff || isfinite(o_price)))
		cols[nc++] = (hk_col){"price_yuan_kwh", "元/kWh", "电价", "electricity price", 4};
	cols[nc++] = (hk_col){"system_head_m", "m", "管网所需扬程", "system head", 2};
	cols[nc++] = (hk_col){"fixed_power_kw", "kW", "定速(节流)功率", "power, fixed speed", 2};
	cols[nc++] = (hk_col){"vs_speed_pct", "%", "变频转速", "speed, variable", 1};
	cols[nc++] = (hk_col){"vs_power_kw", "kW", "变频功率", "power, variable speed", 2};
	if (o_group) {
		cols[nc++] = (hk_col){"staged_pumps", NULL, "运行水泵(大中小)", "pumps running (staged)", -1};
		cols[nc++] = (hk_col){"staged_speed_pct", "%", "泵组转速", "speed, staged", 1};
		cols[nc++] = (hk_col){"staged_power_kw", "kW", "泵组功率", "power, staged", 2};
	}
	cols[nc++] = (hk_col){"pump_flags", NULL, "提示", "flags", -1};
	hk_job_table(job, "逐时运行", "profile", cols, nc);
	for (i = 0; i < prof.n; i++) {
		size_t k = 0;
		unsigned fl = out_fixed[i].flags | out_vs[i].flags | (o_group ? out_st[i].flags : 0);
		for (j = 0; j < prof.ncols; j++) {
			/* a workbook gets numbers as numbers; CSV keeps the text as read */
			const char *t = prof.rows[i].f[j];
			char *end;
			double v = strtod(t, &end);
			cell[k++] = xlsx && *t && !*end && isfinite(v) ? hk_cnum(v) : hk_ctext(t);
		}
		if (!prof.has_flow)
			cell[k++] = hk_cnum(prof.rows[i].flow);
		if (!prof.has_price && (o_tariff || isfinite(o_price)))
			cell[k++] = num_or_empty(prof.rows[i].price);
		cell[k++] = hk_cnum(hk_pump_system_head(&duty->sys, prof.rows[i].flow));
		cell[k++] = num_or_empty(out_fixed[i].input_kw);
		cell[k++] = hk_cnum(steps[i].flow_m3h > 0 ? 100 * out_vs[i].speed : 0);
		cell[k++] = num_or_empty(out_vs[i].input_kw);
		if (o_group) {
			group_names(group, out_st[i].running, names[i], sizeof names[i]);
			cell[k++] = hk_ctext(names[i]);
			cell[k++] = hk_cnum(out_st[i].running ? 100 * out_st[i].speed : 0);
			cell[k++] = num_or_empty(out_st[i].input_kw);
		}
		hk_pump_flags_text(fl & ~(unsigned)(HK_PUMP_F_EFF_FROM_P1 | HK_PUMP_F_EFF_FROM_P2 |
						    HK_PUMP_F_DROOP),
				   flg[i], sizeof flg[i]);
		cell[k++] = hk_ctext(flg[i]);
		hk_job_row(job, cell);
	}
	free(cols);
	free(cell);
	free(names);
	free(flg);
}

/* the candidates table: the ranked pumps that meet the duty (--top), and with
 * --all the others with why not */
static void write_candidates(hk_job *job, int n, hk_rank_mode rank, int have_energy)
{
	char note[600];
	int shown = 0, r;
	for (r = 0; r < n; r++) {
		int k = order[r];
		const hk_pumpsel_cand *c = &cands[k];
		hk_cell cell[NCAND];
		char ntxt[600];
		size_t j = 0;
		if (!meets[k] && !o_all)
			continue;
		if (shown >= o_top && meets[k])
			continue;
		hk_pump_flags_text(c->flags, ntxt, sizeof ntxt);
		if (!meets[k])
			snprintf(note, sizeof note, "does not meet the duty: %s%s%s", c->why,
				 *ntxt ? "; full-speed point: " : "", ntxt);
		else
			snprintf(note, sizeof note, "%s%s%s", ntxt,
				 p_unknown[k] ? (*ntxt ? "; " : "") : "",
				 p_unknown[k] ? "power basis unknown: taken as shaft power" : "");
		cell[j++] = meets[k] ? hk_cnum(shown + 1) : hk_cempty();
		cell[j++] = hk_ctext(cat.m[k].model);
		cell[j++] = hk_ctext(cat.m[k].maker);
		cell[j++] = hk_cnum(o_duty);
		cell[j++] = c->full_ok ? hk_cnum(c->full.flow_m3h) : hk_cempty();
		cell[j++] = c->full_ok ? hk_cnum(c->full.head_m) : hk_cempty();
		cell[j++] = c->full_ok ? num_or_empty(pct(c->full.eff)) : hk_cempty();
		cell[j++] = c->full_ok ? num_or_empty(c->full.shaft_kw) : hk_cempty();
		cell[j++] = num_or_empty(c->motor_kw);
		cell[j++] = c->full_ok ? num_or_empty(pct(c->full.bep_dist)) : hk_cempty();
		cell[j++] = c->vs_ok ? hk_cnum(100 * c->vs.speed) : hk_cempty();
		cell[j++] = c->vs_ok ? num_or_empty(pct(c->vs.eff)) : hk_cempty();
		cell[j++] = num_or_empty(c->vs_input_kw);
		cell[j++] = num_or_empty(c->fixed_input_kw);
		cell[j++] = have_energy ? num_or_empty(annual[k]) : hk_cempty();
		cell[j++] = num_or_empty(annual_yuan[k]);
		cell[j++] = num_or_empty(price[k]);
		cell[j++] = rank == HK_RANK_LCC ? num_or_empty(key[k]) : hk_cempty();
		cell[j++] = hk_cnum(meets[k]);
		cell[j++] = hk_ctext(note);
		hk_job_row(job, cell);
		if (meets[k])
			shown++;
	}
}

int cmd_pumpselect(int argc, char **argv)
{
	hk_common common;
	char **args;
	int nargs = hk_parse_options(argc, argv, &info_pumpselect, &common, &args);
	const char *inputs[5] = {NULL, NULL, NULL, NULL, NULL};
	char catpath[4096], catname[4096], rank_txt[200], buf[1200], flow_src[200];
	hk_err e;
	hk_pump_fit fit = HK_PUMP_FIT_PCHIP;
	hk_rank_mode rank = HK_RANK_LCC;
	hk_ehr_edition edition = HK_EHR_GB50736_ONE_PUMP;
	hk_tariff tariff;
	hk_pumpsel_duty duty;
	hk_pump_group group;
	hk_pump_energy en_fixed, en_vs, en_st;
	int en_ok[3] = {0, 0, 0};
	int i, n, n_meet = 0, chosen, variable, have_energy = 0, have_yuan = 0, prices_missing = 0;
	int rc;
	const char *rank_by;
	hk_job job;

	check_options(nargs, args, &fit, &rank, &edition, &variable);

	load_catalog(common.encoding, fit, catpath, sizeof catpath, catname, sizeof catname);
	n = (int)cat.n;

	/* tariff and profile */
	if (o_tariff) { /* a file, or a name in data/climate/tariffs as tanksize and econ take */
		static char tpath[4096];
		if (!hk_data_named(o_tariff, "climate/tariffs", tpath, sizeof tpath))
			hk_die(HK_EXIT_INPUT, "--tariff (%s): no such file or name in data/climate/tariffs", o_tariff);
		o_tariff = tpath;
	}
	if (o_tariff && hk_tariff_load(o_tariff, common.encoding, &tariff, &e) != HK_OK)
		hk_die_err(&e);
	if (o_profile)
		read_profile(o_profile, common.encoding, o_tariff ? &tariff : NULL,
			     isfinite(o_price) ? o_price : NAN);

	/* the duty */
	if (isfinite(o_flow)) {
		snprintf(flow_src, sizeof flow_src, "--flow");
	} else if (isfinite(o_load)) {
		if (!(o_dt > 0))
			hk_die(HK_EXIT_INPUT, "--load needs --dt K (G = 0.86*Q/dT)");
		if (hk_pump_flow_from_load(o_load, o_dt, o_margin, &o_flow, &e) != HK_OK)
			hk_die(HK_EXIT_INPUT, "--load/--dt/--flow-margin: %s", e.what);
		snprintf(flow_src, sizeof flow_src,
			 "G = 0.86*Q/dT x %g (0.86 = 3600/4187, water; standards-notes §4.1 [SRC])", o_margin);
	} else if (o_profile) {
		o_flow = 0;
		for (i = 0; i < prof.n; i++)
			if (prof.rows[i].flow > o_flow)
				o_flow = prof.rows[i].flow;
		o_flow *= o_margin;
		snprintf(flow_src, sizeof flow_src, "the profile's largest flow x %g", o_margin);
	} else {
		hk_die(HK_EXIT_INPUT, "give the design flow: --flow M3H, or --load KW with --dt K, or a profile");
	}
	if (!(o_flow > 0))
		hk_die(HK_EXIT_INPUT, "design flow %g m3/h: expected a flow > 0", o_flow);
	if (o_pipes) {
		hk_pipe_seg segs[256];
		size_t nseg;
		double h;
		if (isnan(o_rough))
			o_rough = 0.2;
		if (isnan(o_nu))
			o_nu = HK_NU_WATER_40C;
		if (hk_pipes_read(o_pipes, common.encoding, segs, 256, &nseg, &e) != HK_OK ||
		    hk_pipe_run_head(segs, nseg, o_flow, o_flow, o_rough / 1000, o_nu, &h, &e) != HK_OK) {
			if (!e.file[0])
				snprintf(e.file, sizeof e.file, "%s", o_pipes);
			hk_die_err(&e);
		}
		/* the run's loss at the design flow plus the static head; the system
		 * curve is then taken as quadratic through it (friction factor held) */
		o_head = o_static + h;
	}
	memset(&duty, 0, sizeof duty);
	if (hk_pump_system_from_duty(&duty.sys, o_static, o_flow, o_head, HK_PUMP_RHO_WATER, &e) != HK_OK)
		hk_die(HK_EXIT_INPUT, "--head/--static: %s", e.what);
	duty.flow_m3h = o_flow;
	duty.head_m = o_head;
	duty.n_duty = o_duty;
	duty.drive_eff = o_drive_eff;
	duty.motor_margin = o_motor_margin;

	/* steps for the energy functions */
	if (prof.n) {
		steps = calloc((size_t)prof.n, sizeof *steps);
		out_fixed = calloc((size_t)prof.n, sizeof *out_fixed);
		out_vs = calloc((size_t)prof.n, sizeof *out_vs);
		out_st = calloc((size_t)prof.n, sizeof *out_st);
		if (!steps || !out_fixed || !out_vs || !out_st)
			hk_die(HK_EXIT_INPUT, "out of memory");
		for (i = 0; i < prof.n; i++) {
			steps[i].flow_m3h = prof.rows[i].flow;
			steps[i].hours = prof.rows[i].dt;
			steps[i].days = prof.rows[i].days;
			steps[i].price_yuan_kwh = isfinite(prof.rows[i].price) ? prof.rows[i].price : 0;
		}
		have_yuan = o_tariff || prof.has_price || isfinite(o_price);
	} else {
		have_yuan = isfinite(o_price) || o_tariff;
		if (o_tariff && !isfinite(o_price))
			o_price = hk_tariff_mean_price(&tariff, 0, 24);
	}
	have_energy = prof.n > 0 || isfinite(o_hours);

	/* candidates */
	for (i = 0; i < n; i++) {
		if (hk_pumpsel_eval(&curves[i], &duty, &cands[i], &e) != HK_OK)
			hk_die_err(&e);
		if (o_model && strcmp(cat.m[i].model, o_model) != 0)
			cands[i].meets = 0;
		meets[i] = cands[i].meets;
		price[i] = cat.m[i].price_yuan * (o_duty + o_standby);
		effd[i] = cands[i].vs_ok ? cands[i].vs.eff : NAN;
		annual[i] = annual_yuan[i] = NAN;
		if (!meets[i])
			continue;
		n_meet++;
		if (isnan(price[i]))
			prices_missing++;
		if (prof.n) {
			hk_pump_energy en;
			hk_err e2;
			hk_status st = variable
				? hk_pump_energy_variable(&curves[i], o_duty, &duty.sys, o_speed_min,
							  o_drive_eff, steps, prof.n, NULL, &en, &e2)
				: hk_pump_energy_fixed(&curves[i], o_duty, &duty.sys, o_drive_eff, steps,
						       prof.n, NULL, &en, &e2);
			if (st == HK_OK) {
				annual[i] = en.kwh;
				annual_yuan[i] = have_yuan ? en.yuan : NAN;
			}
		} else {
			double p = variable ? cands[i].vs_input_kw : cands[i].fixed_input_kw;
			annual[i] = isfinite(o_hours) ? p * o_hours : p; /* power when no hours */
			annual_yuan[i] = isfinite(o_hours) && have_yuan ? annual[i] * o_price : NAN;
		}
	}
	if (o_model) {
		const hk_pump_model *m;
		if (hk_pump_catalog_find(&cat, o_model, &m, &e) != HK_OK)
			hk_die_err(&e);
		i = (int)(m - cat.m);
		if (!cands[i].meets)
			hk_die(HK_EXIT_INPUT, "--model %s: %d in parallel do not meet %.4g m3/h at %.3g m: %s",
			       m->model, o_duty, o_flow, o_head, cands[i].why);
	}
	if (n_meet == 0)
		nothing_meets(n, catname);

	/* ranking: LCC needs every price and an electricity price; else energy */
	if (rank == HK_RANK_EFF) {
		rank_by = "efficiency at the duty (highest first)";
	} else if (rank == HK_RANK_LCC && !prices_missing && have_yuan && have_energy) {
		rank_by = "life-cycle cost";
	} else {
		const char *base = have_energy ? "annual energy"
					       : "input power at the duty (no profile or --hours)";
		const char *why = rank == HK_RANK_ENERGY ? ""
				  : prices_missing ? "; life-cycle cost needs pump prices: missing in the catalog"
				  : !have_yuan ? "; life-cycle cost needs an electricity price: give --tariff or --price-kwh"
					       : "; life-cycle cost needs annual energy";
		snprintf(rank_txt, sizeof rank_txt, "%s%s", base, why);
		rank_by = rank_txt;
		rank = HK_RANK_ENERGY;
	}
	for (i = 0; i < n; i++)
		order[i] = i;
	if (hk_pumpsel_rank(rank, n, meets, price, rank == HK_RANK_LCC ? annual_yuan : annual, effd,
			    o_life, o_discount, key, order, &e) != HK_OK)
		hk_die(HK_EXIT_INPUT, "ranking: %s", e.what);
	chosen = order[0];

	/* the staged group */
	if (o_group)
		read_group(&group, &duty.sys);

	/* the chosen pumps over the profile, three ways; without efficiency or
	 * power data only which pumps run and at what speed */
	if (prof.n) {
		const hk_pump_curve *c = &curves[chosen];
		hk_status st = HK_OK;
		int k;
		en_ok[0] = en_ok[1] = c->has_eff || c->has_power;
		en_ok[2] = o_group != NULL;
		for (k = 0; o_group && k < group.n; k++)
			if (!group.pump[k]->has_eff && !group.pump[k]->has_power)
				en_ok[2] = 0;
		if (en_ok[0])
			st = hk_pump_energy_fixed(c, o_duty, &duty.sys, o_drive_eff, steps, prof.n,
						  out_fixed, &en_fixed, &e);
		if (st == HK_OK && en_ok[1])
			st = hk_pump_energy_variable(c, o_duty, &duty.sys, o_speed_min, o_drive_eff, steps,
						     prof.n, out_vs, &en_vs, &e);
		if (st == HK_OK && en_ok[2])
			st = hk_pump_energy_staged(&group, &duty.sys, o_drive_eff, steps, prof.n, out_st,
						   &en_st, &e);
		for (i = 0; st == HK_OK && i < prof.n; i++) {
			double q = steps[i].flow_m3h;
			if (!en_ok[1]) {
				hk_pump_op po;
				out_fixed[i].input_kw = out_vs[i].input_kw = NAN;
				if (q > 0 && (st = hk_pump_speed_for_duty(c, o_duty, q,
						hk_pump_system_head(&duty.sys, q), 1.0, duty.sys.rho_kg_m3,
						&po, &e)) == HK_OK) {
					out_vs[i].speed = po.speed;
					out_vs[i].flags = po.flags & ~(unsigned)HK_PUMP_F_NO_EFF;
				}
			}
			if (o_group && !en_ok[2] && st == HK_OK) {
				hk_pump_group_op go;
				st = hk_pump_group_step(&group, &duty.sys, q, o_drive_eff, &go, &e);
				out_st[i].running = go.running;
				out_st[i].speed = go.speed;
				out_st[i].input_kw = NAN;
				out_st[i].flags = go.flags & ~(unsigned)HK_PUMP_F_NO_EFF;
			}
			if (st != HK_OK) {
				snprintf(buf, sizeof buf, "%s", e.what);
				hk_fail(&e, st, "profile step %d: %.900s", i + 1, buf);
			}
		}
		if (st != HK_OK) {
			snprintf(buf, sizeof buf, "%s", e.what); /* e.what is overwritten below */
			hk_fail_at(&e, e.code, prof.name, 0, 0, "%.900s", buf);
			hk_die_err(&e);
		}
	}

	/* ---- output ---- */
	inputs[0] = o_profile;
	inputs[1] = catpath;
	inputs[2] = o_tariff;
	inputs[3] = o_pipes;
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), 0);

	if (prof.n) {
		write_profile(&job, &duty, &group);
		hk_job_extra(&job, "候选水泵", "candidates", cand_cols, NCAND);
	} else {
		hk_job_table(&job, "候选水泵", "candidates", cand_cols, NCAND);
	}
	write_candidates(&job, n, rank, have_energy);
	if (hk_out_is_xlsx(job.out)) {
		const hk_pumpsel_cand *c = &cands[chosen];
		double qmax = fmax(1.3 * o_flow, c->full_ok ? 1.1 * c->full.flow_m3h : 0);
		qmax = fmin(qmax, fmax(o_duty * curves[chosen].q_hi * 1.05, 1.3 * o_flow));
		write_curves(&job, &curves[chosen], o_duty, c->vs_ok ? c->vs.speed : 0, &duty.sys, qmax);
	}

	{
		struct outcome oc = {catname, flow_src, rank_by, chosen, n, n_meet, have_yuan,
				     prices_missing, en_ok, fit, rank, edition, &duty, &group,
				     &en_fixed, &en_vs, &en_st};
		write_summary(&job, &oc);
	}
	rc = hk_job_end(&job);

	free(steps);
	free(out_fixed);
	free(out_vs);
	free(out_st);
	free(price);
	free(annual);
	free(annual_yuan);
	free(effd);
	free(key);
	free(meets);
	free(order);
	free(p_unknown);
	free(curves);
	free(cands);
	free_profile();
	hk_pump_catalog_free(&cat);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
