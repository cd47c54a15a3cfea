/*
 * pumpselect.c - heatkit pumpselect: circulating pumps chosen on their
 * catalog curves for a duty on a system curve; variable speed, staged
 * big/medium/small groups over a load profile, annual energy three ways,
 * the EHR-h check, life-cycle-cost ranking.  The selection is
 * hk_pumpselect_run (lib/pumpselect, on lib/pumpcurve, lib/pumpgroup,
 * lib/pumpehr), its summary lib/pumpsummary; this file is options -> read
 * -> run -> write.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cmds.h"
#include "columns.h"
#include "diag.h"
#include "job.h"
#include "paths.h"
#include "proftable.h"
#include "pumpselect.h"
#include "pumpreport.h"

/* the options (hk_parse_options_to fills a copy of opts0 with the table's
 * defaults); NAN / NULL = not given (options without a default) */
struct opts {
	const char *pipes, *pumps, *model, *fit, *group, *rank, *control, *tariff, *profile, *edition;
	double rough, nu, flow, load, dt, margin, head, static_m, speed_min, motor_margin, drive_eff,
	       life, discount, hours, price, main_len, eff;
	int duty, standby, top, all;
};
static const struct opts opts0 = {.flow = NAN, .load = NAN, .head = NAN, .hours = NAN, .price = NAN,
				  .main_len = NAN, .eff = NAN};

/* the choices, in the order of the enums they stand for */
static const char *const fit_choices[] = {"pchip", "quadratic", NULL};        /* hk_pump_fit */
static const char *const rank_choices[] = {"lcc", "energy", "eff", NULL};     /* hk_rank_mode */
static const char *const control_choices[] = {"variable", "fixed", NULL};

static const char *const usage[] = {
	"--flow M3H | --load KW [--dt K]   --head M [--static M] [options]",
	"--head M [--dt K] [options] PROFILE.csv",
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
	HK_OPT_NUM_(0, "flow", &opts0.flow, "M3H", "design flow of all duty pumps together", "m3/h",
		    "0.86*Q/dT from --load and --dt, else the profile's largest flow"),
	HK_OPT_NUM_(0, "load", &opts0.load, "KW", "design heat load Q (flow G = 0.86*Q/dT; and EHR-h)", "kW",
		    "none"),
	HK_OPT_NUMD_(0, "dt", &opts0.dt, "K",
		     "design supply/return temperature difference (flow from a heat load; EHR-h)", "K", 10,
		     "45/35 C supply/return of the Malan heat pumps (Malan paper §3.2: 161 kW at 13.8 m3/h)"),
	HK_OPT_NUMD_(0, "flow-margin", &opts0.margin, "F", "factor on the flow from --load", NULL, 1.0,
		     "none (the HeatSource tool uses 1.1, standards-notes §4.1 [SRC])"),
	HK_OPT_NUM_(0, "head", &opts0.head, "M", "pump head needed at the design flow (the system curve "
		    "H = Hst + S*G^2 goes through it)", "m", "required"),
	HK_OPT_STR_(0, "pipes", &opts0.pipes, "FILE",
		    "pipe run instead of --head: segment,length_m,diameter_mm[,share][,zeta][,dp_kpa] "
		    "(Darcy-Weisbach, Swamee-Jain friction)", NULL),
	HK_OPT_NUMD_(0, "roughness", &opts0.rough, "MM", "absolute pipe roughness for --pipes", "mm", 0.2,
		     "closed hot-water systems; design-handbook value, recollection [UNVERIFIED]"),
	HK_OPT_NUMD_(0, "nu", &opts0.nu, "M2S", "kinematic viscosity of the water for --pipes", "m2/s",
		     HK_NU_WATER_40C, "water at 40 C"),
	HK_OPT_NUMD_(0, "static", &opts0.static_m, "M", "static head Hst of the system curve", "m", 0,
		     "closed loop"),
	HK_OPT_GROUP_("Pumps"),
	HK_OPT_STR_(0, "pumps", &opts0.pumps, "FILE", "pump catalog (format of data/equipment/pumps.csv)",
		    "data/equipment/pumps.csv"),
	HK_OPT_STR_(0, "model", &opts0.model, "NAME", "take this pump (it must meet the duty)",
		    "the best ranked"),
	HK_OPT_INTD_(0, "duty", &opts0.duty, "N", "duty pumps in parallel", 1, "one pump [toolkit default]"),
	HK_OPT_INTD_(0, "standby", &opts0.standby, "N", "standby pumps (counted in price, not in flow)", 1,
		     "usual practice; no standard rule found (standards-notes §4.1 [NOT FOUND])"),
	HK_OPT_CHOICE_(0, "fit", &opts0.fit, "curve model through the catalog points", fit_choices, "pchip",
		       "PCHIP through every point, no overshoot (Fritsch & Carlson 1980)"),
	HK_OPT_STR_(0, "group", &opts0.group, "A,B,C",
		    "staged big/medium/small group from the catalog: which pumps run per profile step",
		    "none"),
	HK_OPT_NUMD_(0, "speed-min", &opts0.speed_min, "R", "lowest speed ratio of variable-speed pumps",
		     NULL, 0.2, "ashp-smart-heating-deck: pumps regulate 20 %-100 %"),
	HK_OPT_NUMD_(0, "motor-margin", &opts0.motor_margin, "F", "motor rating >= shaft power x this",
		     NULL, 1.2, "HeatSource tool convention (standards-notes §4.1 [SRC])"),
	HK_OPT_NUMD_(0, "drive-eff", &opts0.drive_eff, "F",
		     "motor x drive efficiency, for input power from shaft power", NULL, 0.88,
		     "built into the EHR-h 0.003096 (standards-notes §4.1 [DERIVED])"),
	HK_OPT_GROUP_("Ranking and energy"),
	HK_OPT_CHOICE_(0, "rank", &opts0.rank,
		       "order of candidates: life-cycle cost, annual energy, or efficiency at the duty",
		       rank_choices, "lcc",
		       "price + annual cost x PWF (HI & Europump, Pump Life Cycle Costs, 2001); annual "
		       "energy when prices are missing"),
	HK_OPT_CHOICE_(0, "control", &opts0.control,
		       "how the duty pumps meet part flows for ranking: speed or throttling",
		       control_choices, "variable",
		       "ashp-smart-heating-deck: circulating pumps regulate by speed, 20 %-100 %"),
	HK_OPT_INTD_(0, "top", &opts0.top, "N", "candidates listed", 10, "display only"),
	HK_OPT_BOOL_(0, "all", &opts0.all, "also list pumps that do not meet the duty (with why)"),
	HK_OPT_NUMD_(0, "life", &opts0.life, "YEARS", "life for the life-cycle cost", "a", 15,
		     "assumption [UNVERIFIED]; HI & Europump LCC guide uses the plant's life"),
	HK_OPT_NUMD_(0, "discount", &opts0.discount, "RATE", "discount rate for the life-cycle cost",
		     NULL, 0, "undiscounted"),
	HK_OPT_NUM_(0, "hours", &opts0.hours, "H", "operating hours a year at the duty (without a profile)",
		    "h", "none: without a profile or --hours, rank by power at the duty"),
	HK_OPT_NUM_(0, "price-kwh", &opts0.price, "YUAN", "electricity price", "yuan/kWh",
		    "the profile's price_yuan_kwh or --tariff; else none (energy only)"),
	HK_OPT_STR_(0, "tariff", &opts0.tariff, "FILE",
		    "time-of-use tariff (period,start,end,price_yuan_kwh,source) each step priced at the mean over start_h..start_h+dt_h",
		    "none"),
	HK_OPT_STR_(0, "profile", &opts0.profile, "FILE", "load profile (or give it as the argument)",
		    "none"),
	HK_OPT_GROUP_("EHR-h check (GB 50189-2015 §4.3.3 / GB 50736-2012 §8.11.13)"),
	HK_OPT_CHOICE_(0, "edition", &opts0.edition,
		       "standard and system for the EHR-h limit: GB 50736 or GB 50189, one- or two-pump system",
		       hk_ehr_edition_keys, "gb50736-1",
		       "its B = 20.4 is the only one sourced (standards-notes §4.1)"),
	HK_OPT_NUM_(0, "main-length", &opts0.main_len, "M",
		    "sum L: supply + return main length to the farthest user, for the EHR-h limit", "m",
		    "none: EHR-h is computed (Q from --load, else rho c G dT) but not checked"),
	HK_OPT_NUM_(0, "eff", &opts0.eff, "PCT",
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
		"its speed range).  The EHR-h of GB 50189 / GB 50736 is computed at the design\n"
		"point (Q from --load, else Q = rho c G dT with --dt) and, with --main-length,\n"
		"checked against its limit; every constant's source is in the summary.  A pump\n"
		"whose catalog flags say its power contradicts rho g Q H / eta is skipped\n"
		"(counted in candidates_flagged) unless --model names it.\n"
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
		"    ehr, heat_load_kw, dt_k; ehr_limit, ehr_ok with --main-length), candidates_flagged,\n"
		"    annual_kwh_fixed/_variable/_staged and _yuan,\n"
		"    and every default with its source\n"
		"  -o FILE.xlsx adds a sheet of pump and system curves with a chart",
	.examples = examples,
	.options = options,
	.opt_proto = &opts0,
	.opt_size = sizeof opts0,
};

/* ---- the run: everything it holds, freed in one place ------------------ */

/* the profile's columns beside the contract's (proftable.h) */
enum { X_FLOW = HK_PPUMP_FLOW, X_PRICE = HK_PPUMP_PRICE, X_N = HK_PPUMP_N };

struct run {
	struct opts o;
	hk_common common;
	char **args;
	char catpath[4096], catname[4096], tpath[4096];
	hk_pump_catalog cat;
	hk_tariff tariff;
	hk_pipe_seg segs[256];
	size_t nseg;
	hk_proftable prof;
	hk_ps_step *steps;
	hk_ps_request q;
	char src[HK_PS_NSRC][400];
	hk_ps_result res;
};

static void run_free(void *p)
{
	struct run *w = p;
	hk_ps_result_free(&w->res);
	free(w->steps);
	hk_proftable_free(&w->prof);
	hk_pump_catalog_free(&w->cat);
	hk_strlist_free(&w->common.checks);
	free(w->args);
	w->steps = NULL;
	w->args = NULL;
}

/* ---- options and input -------------------------------------------------- */

/* the option checks; the choices as the enums they stand for */
static void check_options(struct opts *o, int nargs, char **args, hk_pump_fit *fit, hk_rank_mode *rank,
			  hk_ehr_edition *edition, int *variable)
{
	if (nargs > 1 || (nargs == 1 && o->profile))
		hk_die(HK_EXIT_INPUT, "expected at most one profile file (see heatkit pumpselect --help)");
	if (nargs == 1)
		o->profile = args[0];
	*fit = (hk_pump_fit)hk_opt_choice(fit_choices, o->fit);
	*rank = (hk_rank_mode)hk_opt_choice(rank_choices, o->rank);
	*variable = hk_opt_choice(control_choices, o->control) == 0;
	*edition = (hk_ehr_edition)hk_opt_choice(hk_ehr_edition_keys, o->edition);
	if (o->duty < 1 || o->duty > 16)
		hk_die(HK_EXIT_INPUT, "--duty %d: expected 1 to 16 duty pumps", o->duty);
	if (o->standby < 0)
		hk_die(HK_EXIT_INPUT, "--standby %d: expected 0 or more standby pumps", o->standby);
	if (o->top < 1)
		hk_die(HK_EXIT_INPUT, "--top %d: expected 1 or more candidates listed", o->top);
	if (!(o->speed_min > 0 && o->speed_min < 1))
		hk_die(HK_EXIT_INPUT, "--speed-min %g: expected a speed ratio between 0 and 1", o->speed_min);
	if (!(o->drive_eff > 0 && o->drive_eff <= 1))
		hk_die(HK_EXIT_INPUT, "--drive-eff %g: expected a fraction in (0, 1]", o->drive_eff);
	if (!(o->motor_margin >= 1))
		hk_die(HK_EXIT_INPUT, "--motor-margin %g: expected a factor >= 1", o->motor_margin);
	if (!(o->static_m >= 0))
		hk_die(HK_EXIT_INPUT, "--static %g: expected a static head >= 0 m", o->static_m);
	if (!(o->dt > 0))
		hk_die(HK_EXIT_INPUT, "--dt %g: expected a temperature difference > 0 K", o->dt);
	if (!(o->rough >= 0) || !(o->nu > 0))
		hk_die(HK_EXIT_INPUT, "--roughness %g, --nu %g: expected a roughness >= 0 mm and a "
		       "viscosity > 0 m2/s", o->rough, o->nu);
	if (isfinite(o->eff) && o->eff > 1)
		o->eff /= 100; /* "75" = 75 %; "75%" is already 0.75 */
	if (!isnan(o->eff) && !(o->eff > 0 && o->eff <= 1))
		hk_die(HK_EXIT_INPUT, "--eff: expected a pump efficiency in (0, 100] %%");
	if (!!isnan(o->head) == !o->pipes) /* isnan: nonzero, 1 only on glibc */
		hk_die(HK_EXIT_INPUT, "give --head M (the pump head needed at the design flow) or "
		       "--pipes FILE (the head from the pipe run), one of them");
}

/* the profile through the shared reader, as steps for the selection */
static void read_profile(struct run *w)
{
	const struct opts *o = &w->o;
	hk_proftable *p = &w->prof;
	hk_err e;
	size_t i;
	int has_flow;

	if (hk_proftable_read_mode(o->profile, w->common.encoding, HK_PROF_STEPS, hk_tk_profile_pump.cols,
				   X_N, p, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	has_flow = p->has_extra[X_FLOW];
	if (!has_flow && !p->load_col) {
		hk_fail_at(&e, HK_EPARSE, p->file, 1, 0,
			   "no flow_m3h or heat_load_kw column: expected one of them (流量 or 热负荷)");
		hk_exit_err(NULL, &e);
	}
	if (o->tariff && !p->start_col) {
		hk_fail_at(&e, HK_EPARSE, p->file, 1, 0,
			   "--tariff needs the step start: expected a start_h column (hours, e.g. 18.5)");
		hk_exit_err(NULL, &e);
	}
	if (!(w->steps = calloc(p->n, sizeof *w->steps)))
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (i = 0; i < p->n; i++) {
		const hk_step *s = &p->steps[i];
		w->steps[i] = (hk_ps_step){has_flow ? hk_proftable_x(p, i, X_FLOW) : NAN, s->load_kw,
					   s->start_h, hk_step_hours(s), s->days,
					   hk_proftable_x(p, i, X_PRICE)};
		if (isnan(has_flow ? w->steps[i].flow_m3h : s->load_kw)) {
			hk_fail_at(&e, HK_EPARSE, p->file, p->line[i], has_flow ? p->xcol[X_FLOW] : p->load_col,
				   "empty %s (\"\"): expected %s", has_flow ? "flow_m3h" : "heat_load_kw",
				   has_flow ? "flow in m3/h" : "heat load in kW");
			hk_exit_err(NULL, &e);
		}
	}
}

/* the catalog, the tariff, the profile and the pipe run */
static void read_inputs(struct run *w)
{
	const struct opts *o = &w->o;
	const char *enc = w->common.encoding;
	hk_err e;

	if (o->pumps)
		snprintf(w->catpath, sizeof w->catpath, "%s", o->pumps);
	else if (!hk_data_path("equipment/pumps.csv", w->catpath, sizeof w->catpath))
		hk_die(HK_EXIT_INPUT, "pump catalog not found (%s): set HEATKIT_DATA or give --pumps", w->catpath);
	/* messages and the summary name the default catalog as in the source tree */
	snprintf(w->catname, sizeof w->catname, "%s", o->pumps ? o->pumps : "data/equipment/pumps.csv");
	if (hk_pump_catalog_load(w->catpath, enc, &w->cat, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	/* a tariff file, or a name in data/climate/tariffs as tanksize and econ take */
	if (o->tariff && !hk_data_named(o->tariff, "climate/tariffs", w->tpath, sizeof w->tpath))
		hk_die(HK_EXIT_INPUT, "--tariff (%s): no such file or name in data/climate/tariffs", o->tariff);
	if (o->tariff && hk_tariff_load(w->tpath, enc, &w->tariff, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	if (o->profile)
		read_profile(w);
	if (o->pipes && hk_pipes_read(o->pipes, enc, w->segs, HK_NELEM(w->segs), &w->nseg, &e) != HK_OK) {
		hk_err_locate(&e, e.code, o->pipes, 0, 0);
		hk_exit_err(NULL, &e);
	}
}

/* the options with a default, in HK_PS_SRC_* order: the summary names
 * each one's source */
#define F(x) offsetof(struct opts, x)
static const size_t src_opt[HK_PS_NSRC] = {
	[HK_PS_SRC_MARGIN] = F(margin), [HK_PS_SRC_ROUGH] = F(rough), [HK_PS_SRC_NU] = F(nu),
	[HK_PS_SRC_STATIC] = F(static_m), [HK_PS_SRC_FIT] = F(fit), [HK_PS_SRC_DUTY] = F(duty),
	[HK_PS_SRC_STANDBY] = F(standby), [HK_PS_SRC_SPEED_MIN] = F(speed_min),
	[HK_PS_SRC_MOTOR_MARGIN] = F(motor_margin), [HK_PS_SRC_DRIVE_EFF] = F(drive_eff),
	[HK_PS_SRC_RANK] = F(rank), [HK_PS_SRC_LIFE] = F(life), [HK_PS_SRC_DISCOUNT] = F(discount),
	[HK_PS_SRC_EDITION] = F(edition), [HK_PS_SRC_DT] = F(dt),
};
#undef F

/* the options and inputs as the selection's request (pumpselect.h) */
static void make_request(struct run *w, hk_pump_fit fit, hk_rank_mode rank, hk_ehr_edition edition,
			 int variable)
{
	const struct opts *o = &w->o;
	int k;

	w->q = (hk_ps_request){
		.cat = &w->cat, .cat_file = w->catpath, .cat_name = w->catname, .fit = fit,
		.model = o->model, .group = o->group, .n_duty = o->duty, .n_standby = o->standby,
		.speed_min = o->speed_min, .motor_margin = o->motor_margin, .drive_eff = o->drive_eff,
		.flow_m3h = o->flow, .load_kw = o->load, .dt_k = o->dt, .flow_margin = o->margin,
		.head_m = o->head, .static_m = o->static_m,
		.pipes = o->pipes ? w->segs : NULL, .npipes = w->nseg, .pipes_name = o->pipes,
		.rough_mm = o->rough, .nu_m2s = o->nu,
		.rank = rank, .variable = variable,
		.life_years = o->life, .discount = o->discount, .hours = o->hours, .price_kwh = o->price,
		.tariff = o->tariff ? &w->tariff : NULL, .tariff_name = w->tpath,
		.steps = w->steps, .nsteps = w->prof.n, .profile_name = w->prof.file,
		.profile_has_price = o->profile && w->prof.has_extra[X_PRICE],
		.edition = edition, .main_len_m = o->main_len, .eff = o->eff,
	};
	for (k = 0; k < HK_PS_NSRC; k++)
		w->q.src[k] = hk_opt_src(&w->common, &info_pumpselect, (const char *)o + src_opt[k],
					     w->src[k], sizeof w->src[k]);
}

/* ---- output (the tables' columns and cells: lib/pumpreport) ------------- */

/* the profile back, with our columns (pipeline contract) */
static void write_profile(hk_job *job, const struct run *w)
{
	const hk_proftable *p = &w->prof;
	hk_col add[HK_PS_PROFILE_MAXCOLS];
	size_t nadd = hk_ps_profile_cols(&w->q, &w->res, add), i;
	hk_cell *cells = calloc(p->n * nadd, sizeof *cells);
	char (*text)[2][300] = calloc(p->n, sizeof *text);
	if (!cells || !text)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (i = 0; i < p->n; i++)
		hk_ps_profile_cells(&w->q, &w->res, i, cells + i * nadd, text[i]);
	hk_proftable_write_cells(job, p, "逐时运行", add, nadd, cells);
	free(cells);
	free(text);
}

/* the candidates table: the ranked pumps that meet the duty (--top), and with
 * --all the others with why not */
static void write_candidates(hk_job *job, const struct opts *o, const hk_ps_result *r)
{
	int shown = 0, i;
	for (i = 0; i < r->n; i++) {
		const hk_ps_cand *k = &r->cand[r->order[i]];
		hk_cell cell[HK_PS_NCAND];
		char note[600];
		if (k->score.meets ? shown >= o->top : !o->all)
			continue;
		hk_ps_cand_cells(r, k, k->score.meets ? ++shown : 0, cell, note, sizeof note);
		hk_job_row(job, cell);
	}
}

/* the curves sheet with its chart: N pumps in parallel at full and duty speed, the system */
static void write_curves(hk_job *job, const hk_ps_result *r)
{
	enum { N = HK_PS_CURVE_POINTS };
	int zh = job->lang_zh, i;
	hk_chart_series s[3];
	hk_err e;
	char title[160];

	hk_job_extra(job, "水泵曲线", "curves", hk_ps_curve_cols, 4);
	for (i = 0; i < N; i++) {
		hk_cell cell[4];
		hk_ps_curve_cells(r, i, cell);
		hk_job_row(job, cell);
	}
	s[0] = (hk_chart_series){zh ? "水泵(全速)" : "pumps, full speed", 0, 1, 0, N - 1};
	s[1] = (hk_chart_series){zh ? "水泵(设计点转速)" : "pumps, duty speed", 0, 2, 0, N - 1};
	s[2] = (hk_chart_series){zh ? "管网特性" : "system", 0, 3, 0, N - 1};
	snprintf(title, sizeof title, "%d x %s", r->duty.n_duty, hk_ps_chosen(r)->curve.name);
	if (hk_out_chart_xy(job->out, title, zh ? "流量 (m³/h)" : "flow (m3/h)", zh ? "扬程 (m)" : "head (m)",
			    s, 3, &e) != HK_OK)
		hk_job_fail(job, &e);
}

/* the profile (with a profile), the candidates, the curves (workbook) and
 * the summary (its warnings go to stderr at hk_job_end) */
static int write_output(struct run *w)
{
	const struct opts *o = &w->o;
	const char *inputs[5] = {o->profile, w->catpath, o->tariff ? w->tpath : NULL, o->pipes, NULL};
	hk_job job;
	hk_err e;

	hk_job_begin(&job, &w->common, inputs, HK_NELEM(inputs), 0);
	if (w->res.nsteps) {
		write_profile(&job, w);
		hk_job_extra(&job, "候选水泵", "candidates", hk_ps_cand_cols, HK_PS_NCAND);
	} else {
		hk_job_table(&job, "候选水泵", "candidates", hk_ps_cand_cols, HK_PS_NCAND);
	}
	write_candidates(&job, o, &w->res);
	if (hk_out_is_xlsx(job.out))
		write_curves(&job, &w->res);
	if (hk_pumpselect_summary(&w->q, &w->res, &job.sum) != HK_OK) {
		hk_fail(&e, HK_ENOMEM, "out of memory");
		hk_exit_err(&job, &e);
	}
	return hk_job_end(&job);
}

int cmd_pumpselect(int argc, char **argv)
{
	hk_pump_fit fit = HK_PUMP_FIT_PCHIP;
	hk_rank_mode rank = HK_RANK_LCC;
	hk_ehr_edition edition = HK_EHR_GB50736_ONE_PUMP;
	int variable, nargs, rc;
	struct run w;
	hk_err e;

	memset(&w, 0, sizeof w);
	nargs = hk_parse_options_to(argc, argv, &info_pumpselect, &w.o, &w.common, &w.args);
	hk_exit_free(run_free, &w);
	check_options(&w.o, nargs, w.args, &fit, &rank, &edition, &variable);
	read_inputs(&w);
	make_request(&w, fit, rank, edition, variable);
	if (hk_pumpselect_run(&w.q, &w.res, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	rc = write_output(&w);
	hk_exit_free(NULL, NULL);
	run_free(&w);
	return rc;
}
