/*
 * borefield.c - heatkit borefield: ground-source borefields sized by
 * g-functions.  The depth of a given field (L2/L3/L4), the number of
 * boreholes for a depth and spacing, or the best layout on a plot of land;
 * the mean fluid temperature month by month over the years, thermal
 * balance and drift, auxiliary (hybrid) capacity at a fixed depth, and
 * the rule-of-thumb length beside the rigorous one.
 *
 * This file is the options, their checks and the request they make; the
 * reading (lib/bfinput), the run (lib/bfrun: hk_borefield_run) and its
 * tables (lib/bfreport: the monthly table, the summary rows, the warnings)
 * are in lib/, the physics in the modules lib/borefield.h lists.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bfgfunc.h"
#include "bfinput.h"
#include "bfopts.h"
#include "bfreport.h"
#include "bfrun.h"
#include "cmds.h"
#include "diag.h"
#include "job.h"
#include "progress.h"

/* the options' prototype (hk_parse_options_to fills a copy with the
 * table's defaults); NAN / NULL = not given (options without a default) */
static const hk_bf_opts opts0 = {.k = NAN, .tg = NAN, .tsurf = NAN, .grad = NAN, .flux = NAN,
				 .spacing = NAN, .spacing_y = NAN, .depth = NAN, .min_depth = NAN,
				 .max_depth = NAN, .rbstar = NAN, .flow = NAN, .tfmin = NAN, .tfmax = NAN,
				 .cop = NAN, .eer = NAN, .wpm = NAN, .wpm_inj = NAN};

static const char *const usage[] = {
	"--k W/MK --tg C --field N1xN2 --spacing M (--rb-star R | --utube single|double --flow KG/S) [options] LOADS.csv",
	"--count --depth M --spacing M --k W/MK --tg C (--rb-star R | ...) [options] LOADS.csv",
	"--land WxL --spacing M --k W/MK --tg C (--rb-star R | ...) [options] LOADS.csv",
	"--profile PROFILE.csv --field N1xN2 --spacing M --k W/MK --tg C --rb-star R [options] [LOADS.csv]",
	NULL};

static const char *const examples[] = {
	"the depth of a 12 x 10 field (Peere et al. 2021, case 1): monthly ground loads, limits 0..16 C",
	"heatkit borefield --k 3.5 --tg 10 --rho-c 2.4 --field 12x10 --spacing 6.5 --buried 4 "
	"--rb-star 0.2 --tf-min 0 --tf-max 16 --summary loads.csv",
	"boreholes of 100 m at 6 m spacing for a building's heating and cooling (COP 4, EER 5), "
	"GB 50366 limits from a 5 K loop",
	"heatkit borefield --count --depth 100 --spacing 6 --k 2 --tg 15 --rb-star 0.12 --cop 4 --eer 5 building.csv",
	"the best layout on a 60 x 40 m plot, with a workbook charting the fluid temperature",
	"heatkit borefield --land 60x40 --spacing 5 --k 2 --tg 15 --rb-star 0.12 -o field.xlsx loads.csv",
	"an ASHP chain's heat fed to a ground-source field (ground extraction = heat x (1 - 1/COP))",
	"heatkit loadcalc --city 铜川 --profile buildings.csv | heatkit hpsize --model LT-161 --city 铜川 "
	"| heatkit borefield --profile - --field 10x10 --spacing 5 --k 2 --tg 14 --rb-star 0.12 --summary",
	NULL, NULL};

static const hk_option options[] = {
	HK_OPT_GROUP_("Ground"),
	HK_OPT_NUMR_(0, "k", &opts0.k, "W/MK", "ground thermal conductivity (from a thermal response test)",
		    "W/mK", "required (GB 50366-2009 §4.3.5A: from a thermal response test)", 0.2, 10),
	HK_OPT_NUMDR_(0, "rho-c", &opts0.rhoc, "MJ/M3K", "ground volumetric heat capacity", "MJ/m3K", 2.4,
		     "Peere et al. 2021 and GHEtool's validation cases", 0.5, 6),
	HK_OPT_NUMR_(0, "tg", &opts0.tg, "C", "undisturbed ground temperature", "C",
		    "required, or --t-surface with --gradient / --flux", -10, 40),
	HK_OPT_NUMR_(0, "t-surface", &opts0.tsurf, "C", "ground surface temperature (with --gradient or --flux)",
		    "C", "none", -30, 40),
	HK_OPT_NUMR_(0, "gradient", &opts0.grad, "K/100M", "geothermal gradient: Tg = Tsurf + grad (2D+H)/200",
		    "K/100m", "none", 0, 20),
	HK_OPT_NUMR_(0, "flux", &opts0.flux, "W/M2", "geothermal heat flux: Tg = Tsurf + flux/k (2D+H)/2",
		    "W/m2", "none", 0, 1),
	HK_OPT_GROUP_("Field"),
	HK_OPT_STR_(0, "field", &opts0.field, "N1xN2", "boreholes along x and y (\"12x10\"; a line: \"8\")", "none"),
	HK_OPT_CHOICE_(0, "layout", &opts0.layout,
		       "shape on the N1 x N2 grid: full rectangle, open rectangle, L, U or a line",
		       hk_bf_layout_choices, "rect", "the full N1 x N2 grid"),
	HK_OPT_NUMR_(0, "spacing", &opts0.spacing, "M", "borehole spacing B", "m",
		    "required (GB 50366-2009 §4.3.8: 3-6 m)", 0.1, 50),
	HK_OPT_NUMR_(0, "spacing-y", &opts0.spacing_y, "M", "spacing along y when it differs", "m", "--spacing", 0.1, 50),
	HK_OPT_STR_(0, "coords", &opts0.coords, "FILE", "borehole coordinates instead of a layout: x,y in m", "none"),
	HK_OPT_NUMDR_(0, "rb", &opts0.rb, "M", "borehole radius", "m", 0.075,
		     "GHEtool default; GB 50366-2009 §4.3.8 asks a diameter >= 0.11 m", 0.02, 0.5),
	HK_OPT_NUMDR_(0, "buried", &opts0.buried, "M", "buried depth D of the borehole top", "m", 1.5,
		     "GB 50366-2009 §4.3.8: horizontal pipes >= 1.5 m below ground", 0, 100),
	HK_OPT_GROUP_("Borehole resistance"),
	HK_OPT_NUMR_(0, "rb-star", &opts0.rbstar, "MK/W", "effective borehole resistance Rb* (from a TRT)", "mK/W",
		    "none: give it or --utube", 0.01, 1),
	HK_OPT_CHOICE_(0, "utube", &opts0.utube,
		       "compute Rb* from a U-tube (multipole J=2, Gnielinski film; pygfunction)",
		       hk_bf_utube_choices, NULL, "none: give it or --rb-star"),
	HK_OPT_NUMDR_(0, "r-out", &opts0.rout, "M", "pipe outer radius", "m", 0.016,
		     "De32 PE pipe, GB/T 13663 [toolkit assumption, UNVERIFIED]", 0.005, 0.1),
	HK_OPT_NUMDR_(0, "r-in", &opts0.rin, "M", "pipe inner radius", "m", 0.0131,
		     "De32 x 2.9 mm, SDR 11 [toolkit assumption, UNVERIFIED]", 0.003, 0.1),
	HK_OPT_NUMDR_(0, "shank", &opts0.shank, "M", "distance from the borehole centre to each pipe centre", "m",
		     0.04, "[toolkit assumption, UNVERIFIED]", 0.005, 0.3),
	HK_OPT_NUMDR_(0, "k-grout", &opts0.kg, "W/MK", "grout conductivity", "W/mK", 1.5,
		     "[toolkit assumption, UNVERIFIED]", 0.1, 10),
	HK_OPT_NUMDR_(0, "k-pipe", &opts0.kp, "W/MK", "pipe conductivity", "W/mK", 0.4, "PE, GHEtool Case B", 0.05, 100),
	HK_OPT_NUMR_(0, "flow", &opts0.flow, "KG/S", "fluid flow per borehole (for Rb* and the loop dT)",
		    "kg/s", "none (required with --utube)", 0.01, 20),
	HK_OPT_NUMDR_(0, "fluid-k", &opts0.fk, "W/MK", "fluid conductivity", "W/mK", 0.568,
		     "water, GHEtool Case B", 0.05, 1),
	HK_OPT_NUMDR_(0, "fluid-rho", &opts0.frho, "KG/M3", "fluid density", "kg/m3", 998, "water", 500, 2000),
	HK_OPT_NUMDR_(0, "fluid-cp", &opts0.fcp, "J/KGK", "fluid specific heat", "J/kgK", 4180, "water", 1000, 5000),
	HK_OPT_NUMDR_(0, "fluid-mu", &opts0.fmu, "PA.S", "fluid dynamic viscosity", "Pa s", 0.001, "water", 0.0001, 0.1),
	HK_OPT_GROUP_("Temperature limits (on the mean fluid temperature)"),
	HK_OPT_NUMDR_(0, "t-in-min", &opts0.tinmin, "C", "lowest field inlet temperature in winter", "C", 4,
		     "GB 50366-2009 §4.3.5A, winter inlet above 4 C without antifreeze (Tf_min = 4 + dT_ext/2)", -30, 40),
	HK_OPT_NUMDR_(0, "t-out-max", &opts0.toutmax, "C", "highest field outlet temperature in summer", "C", 33,
		     "GB 50366-2009 §4.3.5A, summer outlet below 33 C (Tf_max = 33 + dT_inj/2)", 0, 80),
	HK_OPT_NUMDR_(0, "loop-dt", &opts0.loopdt, "K", "fluid dT across the field at the peak (without --flow)",
		     "K", 5, "usual heat-pump loop design dT [toolkit assumption]", 0.5, 30),
	HK_OPT_NUMR_(0, "tf-min", &opts0.tfmin, "C", "minimum mean fluid temperature (overrides --t-in-min)", "C",
		    "from --t-in-min", -30, 40),
	HK_OPT_NUMR_(0, "tf-max", &opts0.tfmax, "C", "maximum mean fluid temperature (overrides --t-out-max)", "C",
		    "from --t-out-max", 0, 80),
	HK_OPT_GROUP_("Loads"),
	HK_OPT_STR_(0, "profile", &opts0.profile, "FILE",
		    "heatkit profile (loadcalc/hpsize; \"-\" = stdin): ground extraction = heat (1 - 1/COP)",
		    "none"),
	HK_OPT_NUMR_(0, "cop", &opts0.cop, "COP", "heat-pump COP: ground extraction = heat (1 - 1/COP)", NULL,
		    "the profile's cop column; none for loads files", 1, 20),
	HK_OPT_NUMR_(0, "eer", &opts0.eer, "EER", "chiller EER: ground injection = cooling (1 + 1/EER)", NULL,
		    "none", 0.5, 30),
	HK_OPT_INTDR_(0, "years", &opts0.years, "N", "simulation period", 20, "GHEtool; Peere et al. 2021", 1, 100),
	HK_OPT_NUMDR_(0, "peak-hours", &opts0.peak_hours, "H", "duration of the monthly peak loads", "h", 6,
		     "GHEtool; Ahmadfard & Bernier 2019", 0.1, 730),
	HK_OPT_GROUP_("Sizing"),
	HK_OPT_CHOICE_(0, "method", &opts0.method, "three pulses, monthly superposition, hourly superposition, "
		       "or the ASHRAE equation (10 y, 1 month, 6 h pulses with Tp; a --field rectangle)",
		       hk_bf_method_choices, NULL, "L3 for monthly loads and profiles, L4 for hourly loads"),
	HK_OPT_NUMR_(0, "depth", &opts0.depth, "M",
		    "a fixed depth: simulate the field (and size auxiliaries), or the depth for --count", "m",
		    "none: the depth is sized", 5, 3000),
	HK_OPT_BOOL_(0, "count", &opts0.count, "size the number of boreholes (rectangles) for --depth and --spacing"),
	HK_OPT_STR_(0, "land", &opts0.land, "WxL", "best layout (fewest metres) on a W x L m plot", "none"),
	HK_OPT_NUMR_(0, "min-depth", &opts0.min_depth, "M", "shallowest depth allowed", "m",
		    "1 (--land: 20, GB 50366-2009 §4.3.8)", 1, 3000),
	HK_OPT_NUMR_(0, "max-depth", &opts0.max_depth, "M", "deepest depth allowed", "m",
		    "1000 (--land: 150, usual practice 80-150 m, standards-notes §6)", 1, 3000),
	HK_OPT_NUMDR_(0, "max-aspect", &opts0.max_aspect, "R", "--count: longest side / shortest side", NULL, 2,
		     "[toolkit assumption]", 1, 100),
	HK_OPT_INTDR_(0, "max-boreholes", &opts0.max_n, "N", "--count: most boreholes tried", 1000,
		     "a bound on the search", 1, HK_BF_MAX_N),
	HK_OPT_BOOL_(0, "fast", &opts0.fast, "fast g-functions (equivalent boreholes, 17 times): depths within "
		     "about 0.1-0.7 %"),
	HK_OPT_BOOL_(0, "gfunction", &opts0.gfunction, "print the field's g-function at --depth instead of "
		     "sizing: ln_t_ts, t_s, t_years, g (33 times to --years); no loads"),
	HK_OPT_BOOL_(0, "uhtr", &opts0.uhtr, "--gfunction: uniform heat rate instead of uniform wall temperature"),
	HK_OPT_GROUP_("Checks"),
	HK_OPT_NUMR_(0, "w-per-m", &opts0.wpm, "W/M", "rule-of-thumb extraction per metre (heating season)",
		     "W/m", "none (standards-notes §6: depends on a TRT, no default)", 5, 300),
	HK_OPT_NUMR_(0, "w-per-m-inj", &opts0.wpm_inj, "W/M", "rule-of-thumb injection per metre (cooling "
		     "season); the longer of the two lengths governs", "W/m", "--w-per-m", 5, 300),
	HK_OPT_NUMDR_(0, "imbalance-max", &opts0.imb_max, "FRAC", "warn above this annual imbalance ratio", NULL,
		     0.2, "practice: 10-20 %, standards-notes §6 [low authority]", 0, 10),
	HK_OPT_END_,
};

const hk_cmdinfo info_borefield = {
	.name = "borefield",
	.summary = "ground-source borefields by g-functions: depth, count, layout, 20-50 year temperatures",
	.usage = usage,
	.description =
		"Sizes a vertical ground-source borefield.  The g-function of the field (finite line\n"
		"source with the surface as image, uniform borehole wall temperature by segment\n"
		"superposition: Cimmino & Bernier 2014, closed-form FLS of Cimmino 2021) gives the\n"
		"borehole wall temperature; the mean fluid temperature follows with Rb*.  Methods:\n"
		"L2, three pulses in closed form (Ahmadfard & Bernier 2019; Peere et al. 2021);\n"
		"L3, monthly superposition with peak pulses (GHEtool); L4, hourly superposition;\n"
		"ashrae, the ASHRAE Handbook's equation (Kavanaugh & Rafferty) as Philippe, Bernier\n"
		"& Marchio (2010) recast it: L = (qh Rb + qy R10y + qm R1m + qh R6h)/(Tm - Tg - Tp),\n"
		"pulses of 10 years, a month and 6 h, fitted resistances and the temperature\n"
		"penalty Tp of a rectangle, both seasons (the longer governs); its monthly table\n"
		"by L3 says whether that depth holds the limits over its 10 years.\n"
		"\n"
		"Modes: the depth of a given field (default); with --depth, the field simulated at\n"
		"that depth and the auxiliary cooler/heater capacity that keeps it within the\n"
		"limits (hybrid); with --count, the smallest rectangle of boreholes at --depth and\n"
		"--spacing; with --land, the layout (rectangle or open rectangle) with the fewest\n"
		"metres drilled on the plot.  The result names the limit that binds (maximum or\n"
		"minimum temperature, year and month, GHEtool's quadrant); when no depth meets the\n"
		"limits the command says which limit and what would help, and exits 2.\n"
		"\n"
		"The limits apply to the mean fluid temperature Tf = (T_in + T_out)/2.  By default\n"
		"they come from GB 50366-2009 §4.3.5A: field inlet above 4 C in winter (no\n"
		"antifreeze), field outlet below 33 C in summer; with the fluid dT across the field\n"
		"at the peak (from --flow, else --loop-dt), Tf_min = 4 + dT_ext/2 and\n"
		"Tf_max = 33 + dT_inj/2.  Also reported: annual imbalance ratio\n"
		"(inj - ext)/max (GB 50366 §4.3.2 asks for balance), ground drift over the years,\n"
		"and the peak extraction per metre drilled beside the --w-per-m rule of thumb.\n"
		"\n"
		"Progress of a long run (a --land or --count search, an hourly sizing over many\n"
		"years) is shown on standard error when it is a terminal, on one line cleared at\n"
		"the end; HEATKIT_PROGRESS=1 shows it anywhere, HEATKIT_PROGRESS=0 never.  The\n"
		"output is the same either way.",
	.input =
		"  LOADS.csv (\"-\" = standard input), monthly: 12 rows (one year, repeated) or 12 x years:\n"
		"    month         月份 (optional, 1..12 or 1..12 x years)\n"
		"    ext_kwh       取热量: ground extraction (kWh, MWh)\n"
		"    inj_kwh       排热量: ground injection\n"
		"    peak_ext_kw   取热峰值 (optional; energy/730 h when lower or absent)\n"
		"    peak_inj_kw   排热峰值 (optional)\n"
		"  or building loads with --cop/--eer: heat_kwh (供热量), cool_kwh (供冷量),\n"
		"    peak_heat_kw, peak_cool_kw: extraction = heat (1 - 1/COP), injection = cool (1 + 1/EER)\n"
		"  hourly: 8760 rows (repeated) or 8760 x years: hour, ext_kw, inj_kw (or heat_kw,\n"
		"    cool_kw with --cop/--eer), or GHEtool's Heating;Cooling file (kW): Heating =\n"
		"    ground extraction, Cooling = ground injection, as GHEtool reads it\n"
		"  --profile FILE: the heatkit profile (day,start_h,dt_h,...,days) with hp_heat_kw\n"
		"    and cop (hpsize), or heat_load_kw with --cop; optional cool_load_kw with --eer.\n"
		"    A full year (365 days of weight 1) is placed by date; typical days are spread\n"
		"    over a season centred on 15 January (rule printed in the summary).  A loads\n"
		"    file given as well is added month by month.\n"
		"  --coords FILE: x, y (m), one row per borehole",
	.output =
		"  month by month over the years: month_index, year, month, t_years, ext_kwh,\n"
		"    inj_kwh, peak_ext_kw, peak_inj_kw, tb_c (borehole wall), tf_c (mean fluid at the\n"
		"    average load), tf_peak_ext_c, tf_peak_inj_c (at the peaks; L4: the month's\n"
		"    lowest and highest hourly Tf), tf_min_limit_c, tf_max_limit_c\n"
		"  summary: g_error_pct (g-function error estimate), boreholes, layout, spacing_m,\n"
		"    depth_m, total_length_m, limit, quadrant,\n"
		"    tf_min_c, tf_max_c, limits and their derivation, rb_star_mk_w (with --utube the\n"
		"    pipe, grout and fluid rows r_in_m ... fluid_mu_pa_s), imbalance, drift_k,\n"
		"    aux_cool_kw/kwh, aux_heat_kw/kwh, w_per_m, rot_length_m (extraction and\n"
		"    injection: the longer governs), depth_needed_m\n"
		"    (--count), and every default\n"
		"  -o FILE.xlsx: the monthly sheet with a chart of fluid temperature against time",
	.examples = examples,
	.options = options,
	.opt_proto = &opts0,
	.opt_size = sizeof opts0,
};

/* ---- the command -------------------------------------------------------- */

/* --gfunction: the field's g-function at --depth, no loads and no sizing */
static int gfunction_mode(const hk_bf_opts *o, hk_common *c, int nargs)
{
	hk_bf_gfunc g;
	hk_err e;
	char txt[300] = "";
	long *line = calloc(HK_BF_MAX_N, sizeof *line);
	double *xy = calloc(2 * HK_BF_MAX_N, sizeof *xy);
	memset(&g, 0, sizeof g);
	hk_status st = !xy || !line ? hk_fail(&e, HK_ENOMEM, "out of memory")
		: hk_bf_opts_gfunc(o, c->encoding, nargs, &g, xy, xy + HK_BF_MAX_N, line, txt, sizeof txt, &e);
	if (st || (st = hk_bf_gfunc_run(&g, &e))) {
		free(xy);
		free(line);
		hk_exit_err(NULL, &e);
	}
	const char *inputs[] = {o->coords};
	hk_job job;
	hk_job_begin(&job, c, inputs, HK_NELEM(inputs), 0);
	hk_bf_gfunc_write(&job, &g);
	free(xy);
	free(line);
	return hk_job_end(&job);
}

int cmd_borefield(int argc, char **argv)
{
	hk_bf_opts opts, *o = &opts;
	hk_common common;
	char **args;
	int nargs = hk_parse_options_to(argc, argv, &info_borefield, o, &common, &args);
	const char *loads_path = nargs > 0 ? args[0] : NULL;
	hk_bf_request q;
	hk_bf_loads loads;
	hk_bf_result res;
	hk_utube ut;
	hk_err e;
	char field_txt[300] = "", src[HK_BF_NSRC][400];
	int rc;

	memset(&q, 0, sizeof q);
	memset(&loads, 0, sizeof loads);
	if (o->gfunction) {
		rc = gfunction_mode(o, &common, nargs);
		hk_strlist_free(&common.checks);
		free(args);
		return rc;
	}
	if (hk_bf_opts_check(o, &common, nargs, loads_path, &q, &e))
		hk_exit_err(NULL, &e);
	double *xy = calloc(2 * HK_BF_MAX_N, sizeof *xy); /* the given field */
	long *line = calloc(HK_BF_MAX_N, sizeof *line);
	hk_status st = !xy || !line ? hk_fail(&e, HK_ENOMEM, "out of memory") : HK_OK;
	const hk_progress *prog = hk_progress_start(info_borefield.name); /* a terminal only */
	q.d.progress = prog;
	hk_progress_report(prog, 0, 0, "reading the loads");
	if (st || (st = hk_bf_opts_field(o, common.encoding, &q, xy, xy + HK_BF_MAX_N, line, field_txt,
					 sizeof field_txt, &e)) ||
	    (st = hk_bf_loads_read(loads_path, o->profile, common.encoding, o->years, o->cop, o->eer,
				   &loads, &e)) ||
	    (st = hk_bf_opts_loads(o, &common, &q, &loads, &e)) ||
	    (st = hk_bf_opts_request(o, &common, &info_borefield, &q, &ut, loads_path, src, &e)) ||
	    (st = hk_borefield_run(&q, &res, &e))) {
		hk_progress_end();
		free(xy);
		free(line);
		hk_bf_loads_free(&loads);
		hk_strlist_free(&common.checks);
		free(args);
		hk_exit_err(NULL, &e);
	}
	hk_progress_end(); /* the line cleared before anything is written */
	const char *inputs[] = {loads_path, o->profile, o->coords};
	hk_job job;
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), loads.chinese);
	hk_bf_write(&job, &q, &res);
	rc = hk_job_end(&job);
	hk_bf_result_free(&res);
	hk_bf_loads_free(&loads);
	free(xy);
	free(line);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
