/*
 * operate.c - heatkit operate: the heat-pump plant over a season, run by
 * strategies (conventional, smart, and each lever alone), on the
 * project's catalog units and pumps (issue 20; lib/opseason, lib/opreport).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cmds.h"
#include "diag.h"
#include "job.h"
#include "loads.h"
#include "opreport.h"
#include "opseason.h"
#include "opterm.h"
#include "paths.h"
#include "proftable.h"

struct opts {
	const char *strategy, *model, *catalog, *terminal, *pump, *pumps, *group, *tariff;
	double supply, ret, exponent, indoor, design_kw, unit_flow, min_run, max_starts, head, unit_dp;
	double speed_min, drive_eff;
	int units, pump_duty, extrapolate, compare;
};
static const struct opts opts0 = {.supply = NAN, .ret = NAN, .exponent = NAN, .design_kw = NAN,
				  .unit_flow = NAN, .head = NAN};

static const char *const usage[] = {"--model NAME [--terminal TYPE] [--strategy LIST] [options] [PROFILE.csv]", NULL};
static const char *const examples[] = {
	"conventional against smart and each lever alone on the units hpsize chose (hp.csv), one row each",
	"heatkit operate --model MH-SU110-RN8L --terminal radiator --supply 45 --return 35 --strategy conventional,smart,curve,series,staging,pumps --compare hp.csv",
	"with the primary pumps and the big/medium/small group, the season cost by tariff",
	"heatkit operate --model MH-SU110-RN8L --terminal radiator --supply 45 --return 35 --pump TD125-37.5/2 --pump-duty 2 --head 30 --group TD200-32/4,TD125-24G/2,TD100-44/2 --tariff shaanxi-malan --summary hp.csv",
	"in the pipeline, then econ prices each strategy's power column as a scheme",
	"heatkit loadcalc --city 57034 --days templates/malan/days.csv --profile templates/malan/buildings.csv | heatkit hpsize --model MH-SU110-RN8L --city 铜川 | heatkit operate --terminal radiator --supply 45 --return 35 --strategy conventional,smart | heatkit econ --tariff shaanxi-malan --scheme conv=power_kw_conventional --scheme smart=power_kw_smart -",
	NULL, NULL};

static const hk_option options[] = {
	HK_OPT_GROUP_("Strategies:"),
	HK_OPT_STR_(0, "strategy", &opts0.strategy, "LIST",
		    "strategies to run, comma-separated: conventional, smart, or levers curve, series, staging, "
		    "pumps joined by '+'", "conventional,smart"),
	HK_OPT_BOOL_(0, "compare", &opts0.compare, "write the comparison table instead of the profile"),
	HK_OPT_GROUP_("Heat pumps:"),
	HK_OPT_STR_(0, "model", &opts0.model, "NAME", "catalog model with a COP(t_out, t_water) surface",
		    "the profile's hp_model (hpsize)"),
	HK_OPT_STR_(0, "catalog", &opts0.catalog, "FILE", "heat-pump catalog", "data/equipment/heat-pumps.csv"),
	HK_OPT_INT_(0, "units", &opts0.units, "N", "installed units", "the profile's units_total (hpsize)"),
	HK_OPT_NUM_(0, "unit-flow", &opts0.unit_flow, "M3H", "water flow through one unit", "m3/h",
		    "0.86·rated_kw/(supply − return): the rated heat at the terminals' design ΔT"),
	HK_OPT_NUMD_(0, "min-run", &opts0.min_run, "H", "minimum run time of a started unit", "h", 0.5,
		     "assumption [UNVERIFIED]: the catalogs give none; a usual compressor anti-short-cycle "
		     "minimum; replace with the maker's"),
	HK_OPT_NUMD_(0, "max-starts", &opts0.max_starts, "N", "starts per hour at most, per unit", NULL, 6,
		     "assumption [UNVERIFIED]: the catalogs give none; a usual scroll-compressor limit"),
	HK_OPT_BOOL_(0, "extrapolate", &opts0.extrapolate,
		     "extend the catalog's COP and capacity tables beyond their points (with a warning)"),
	HK_OPT_GROUP_("Terminals:"),
	HK_OPT_STR_(0, "terminal", &opts0.terminal, "TYPE",
		    "radiator, fan-coil, floor or jet-fan (散热器, 风机盘管, 地暖, 射流风机), or a mix of up to four "
		    "TYPE=SHARE[:SUPPLY/RETURN] joined by ',' (shares of the design load); wins over the profile's "
		    "terminal_mix", "the profile's terminal_mix (loadcalc: the buildings' terminal column)"),
	HK_OPT_NUM_(0, "supply", &opts0.supply, "C", "design supply temperature", "C", "the terminal type's"),
	HK_OPT_NUM_(0, "return", &opts0.ret, "C", "design return temperature", "C", "the terminal type's"),
	HK_OPT_NUM_(0, "exponent", &opts0.exponent, "N", "emission exponent", NULL, "the terminal type's"),
	HK_OPT_NUMD_(0, "indoor", &opts0.indoor, "C", "indoor design temperature", "C", 18, hk_src_t_in),
	HK_OPT_NUM_(0, "design-kw", &opts0.design_kw, "KW", "load the terminals give at the design supply/return",
		    "kW", "largest heat_load_kw of the profile"),
	HK_OPT_GROUP_("Primary pumps:"),
	HK_OPT_STR_(0, "pump", &opts0.pump, "NAME", "duty pump model (fixed speed; variable speed for the pumps "
		    "lever without --group)", "none: pump power not modelled"),
	HK_OPT_INTD_(0, "pump-duty", &opts0.pump_duty, "N", "duty pumps in parallel", 1, "one pump"),
	HK_OPT_STR_(0, "pumps", &opts0.pumps, "FILE", "pump catalog", "data/equipment/pumps.csv"),
	HK_OPT_STR_(0, "group", &opts0.group, "A,B,C", "big/medium/small group for the pumps lever", NULL),
	HK_OPT_NUM_(0, "head", &opts0.head, "M", "primary loop head at the design flow (all units parallel)", "m",
		    NULL),
	HK_OPT_NUMD_(0, "unit-dp", &opts0.unit_dp, "M", "water-side pressure drop of one unit at its flow", "m", 5,
		     "assumption [UNVERIFIED]: the catalogs give none; about 50 kPa, usual for ASHP plate "
		     "exchangers; replace with the maker's"),
	HK_OPT_NUMD_(0, "speed-min", &opts0.speed_min, "R", "lowest speed ratio of variable-speed pumps", NULL, 0.2,
		     "ashp-smart-heating-deck: pumps regulate 20 %-100 %"),
	HK_OPT_NUMD_(0, "drive-eff", &opts0.drive_eff, "F", "motor x drive efficiency (shaft-power curves)", NULL,
		     0.88, "built into the EHR-h 0.003096 (standards-notes §4.1 [DERIVED])"),
	HK_OPT_GROUP_("Money:"),
	HK_OPT_STR_(0, "tariff", &opts0.tariff, "FILE|NAME", "time-of-use tariff (data/climate/tariffs)",
		    "none: cost 0"),
	HK_OPT_END_,
};

const hk_cmdinfo info_operate = {
	.name = "operate",
	.summary = "the heat-pump plant over a season: conventional against smart operation, lever by lever",
	.usage = usage,
	.description =
		"Runs the plant the chain designed over the profile's steps under operating\n"
		"strategies (named as in the vendor deck 空气能采暖应用场景智慧化节能方案):\n"
		"conventional (design supply all season, units in parallel, all units on,\n"
		"fixed-speed pumps at design flow) and smart (the terminals' heating curve,\n"
		"EN 442 / EN 1264 Φ/Φd = (ΔT/ΔTd)^n;\n"
		"series pairs in parallel, each unit's COP at its own leaving water from the\n"
		"catalog's COP(t_out, t_water) surface, interpolated, never extrapolated silently;\n"
		"units on demand with a minimum run time and a start limit; the staged\n"
		"big/medium/small pump group, or variable speed), and each lever alone (curve,\n"
		"series, staging, pumps) or any mix joined by '+', so each lever's saving shows.\n"
		"\n"
		"A decoupler joins the heat pumps' primary loop to a constant-flow secondary at the\n"
		"terminals' design flow: series pairs halve the primary flow, so at full load their\n"
		"units heat the return over twice the terminals' ΔT (lib/operate.h).  Pumps run on\n"
		"the system curve H = S·G² through --head at the parallel design flow; series adds\n"
		"one unit's drop per pair (lib/opseason.h).  Energy balance per step: heat + unmet =\n"
		"load; electricity = heat/COP + pumps.  A step the terminals cannot carry below\n"
		"the catalog's highest leaving water is refused (exit 2), never run hotter than the\n"
		"catalog; heat the running units cannot give is unmet, stated.\n"
		"\n"
		"The terminals: --terminal, else the profile's terminal_mix (loadcalc with a\n"
		"terminal column in the buildings table: each type's share of the design load);\n"
		"--terminal given wins, and the summary's terminal row says which was used.",
	.input = "  PROFILE.csv (\"-\" or none = standard input): the hpsize profile\n"
		 "    day,start_h,dt_h,t_out_c,heat_load_kw,days[,hp_model,units_total,terminal_mix]",
	.output = "  the profile with, per strategy S, units_on_S, supply_c_S, return_c_S,\n"
		  "    hp_supply_c_S, hp_return_c_S, stage1_out_c_S, cop_stage1_S, cop_stage2_S, cop_S,\n"
		  "    flow_m3h_S, heat_kw_S, unmet_kw_S, hp_power_kw_S, pump_kw_S, power_kw_S,\n"
		  "    pump_speed_S (econ --scheme 'smart=power_kw_smart' prices a strategy);\n"
		  "  --compare: one row per strategy (season kWh, cost, SCOP, COP at 0..-10 C, savings);\n"
		  "  summary: inputs with sources, per strategy heat/elec/cost/scop/... keys _S;\n"
		  "  XLSX: the profile, the comparison, charts of supply, COP and power vs outdoor",
	.examples = examples,
	.options = options,
	.opt_proto = &opts0,
	.opt_size = sizeof opts0,
};

#define MAX_STRAT 12

static void check_options(const struct opts *o, const hk_common *c, int nargs)
{
	if (nargs > 1)
		hk_die(HK_EXIT_INPUT, "expected one profile file, got %d (see heatkit operate --help)", nargs);
	if (hk_opt_given(c, &o->units) && o->units < 1)
		hk_die(HK_EXIT_INPUT, "--units (%d): expected a positive count", o->units);
	if (!(o->min_run >= 0 && o->min_run <= 24))
		hk_die(HK_EXIT_INPUT, "--min-run (%g h): expected 0 to 24 h", o->min_run);
	if (!(o->max_starts > 0))
		hk_die(HK_EXIT_INPUT, "--max-starts (%g): expected a count > 0", o->max_starts);
	if (o->pump && !hk_opt_given(c, &o->head))
		hk_die(HK_EXIT_INPUT, "--pump needs --head M: the primary loop's head at its design flow");
	if (o->group && !o->pump)
		hk_die(HK_EXIT_INPUT, "--group needs --pump NAME (the conventional plant's duty pumps)");
	if (o->pump_duty < 1 || o->pump_duty > 16)
		hk_die(HK_EXIT_INPUT, "--pump-duty (%d): expected 1 to 16", o->pump_duty);
	if (!(o->speed_min > 0 && o->speed_min < 1) || !(o->drive_eff > 0 && o->drive_eff <= 1))
		hk_die(HK_EXIT_INPUT, "--speed-min (%g) and --drive-eff (%g): expected fractions in (0, 1)",
		       o->speed_min, o->drive_eff);
	if (hk_opt_given(c, &o->unit_flow) && !(o->unit_flow > 0))
		hk_die(HK_EXIT_INPUT, "--unit-flow (%g): expected > 0 m3/h", o->unit_flow);
}

static size_t parse_strategies(const char *list, hk_ops_strategy *s)
{
	char buf[512], *tok, *save = NULL;
	size_t n = 0;
	hk_err e;
	if (strlen(list) >= sizeof buf)
		hk_die(HK_EXIT_INPUT, "--strategy: list too long");
	snprintf(buf, sizeof buf, "%s", list);
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (n == MAX_STRAT)
			hk_die(HK_EXIT_INPUT, "--strategy: at most %d strategies", MAX_STRAT);
		if (hk_ops_strategy_parse(tok, &s[n++], &e) != HK_OK)
			hk_die(HK_EXIT_INPUT, "--strategy: %s", e.what);
	}
	if (!n)
		hk_die(HK_EXIT_INPUT, "--strategy (%s): expected at least one strategy", list);
	return n;
}

/* the terminals (lib/opterm.c): --terminal, else the profile's terminal_mix (loadcalc, from the
 * buildings' terminal column); --supply, --return and --exponent for one type */
static void read_terminal(const struct opts *o, const hk_common *c, const hk_proftable *p, const hk_design *d,
			  hk_job *job, hk_opterm *ot, hk_opr_inputs *ri, char *src, size_t cap)
{
	hk_err e;
	int opt = hk_opt_given(c, &o->supply) || hk_opt_given(c, &o->ret) || hk_opt_given(c, &o->exponent);
	if (!o->terminal && !d->terminal_mix[0])
		hk_die(HK_EXIT_INPUT, "--terminal TYPE is needed: radiator, fan-coil, floor or jet-fan (the heating "
		       "curve depends on it), or a profile with terminal_mix (loadcalc with a terminal column)");
	if (o->terminal)
		snprintf(src, cap, "--terminal%s%s%s", d->terminal_mix[0] ? " (wins over the profile's terminal_mix " : "",
			 d->terminal_mix, d->terminal_mix[0] ? ")" : "");
	else
		snprintf(src, cap, "the profile's terminal_mix %s: the buildings' terminal column by design load "
			 "(loadcalc)", d->terminal_mix);
	if (hk_opterm_parse(o->terminal ? o->terminal : d->terminal_mix, o->indoor, ot, &e) != HK_OK) {
		if (o->terminal)
			hk_die(HK_EXIT_INPUT, "--terminal: %s", e.what);
		hk_err_locate(&e, e.code, p->file, p->line[0], d->terminal_mix_col);
		hk_exit_err(job, &e);
	}
	if (ot->mix.n && opt)
		hk_die(HK_EXIT_INPUT, "--supply, --return and --exponent are for one terminal type: give a mix's "
		       "temperatures per group (--terminal radiator=0.6:45/35,floor=0.4:40/30)");
	if (hk_opt_given(c, &o->exponent))
		ot->term.n = o->exponent, ot->n_src = "--exponent";
	if (hk_opt_given(c, &o->supply) || hk_opt_given(c, &o->ret)) {
		ot->term.ts_d = hk_opt_given(c, &o->supply) ? o->supply : ot->term.ts_d;
		ot->term.tr_d = hk_opt_given(c, &o->ret) ? o->ret : ot->term.tr_d;
		ot->t_src = "--supply, --return";
	}
	if (!ot->mix.n && hk_term_check(&ot->term, &e) != HK_OK)
		hk_die(HK_EXIT_INPUT, "terminals: %s", e.what);
	if (!o->terminal && ot->t_src && !strcmp(ot->t_src, "--terminal"))
		ot->t_src = "the buildings' supply_c/return_c (loadcalc)";
	ri->terminal = ot->name, ri->terminal_src = src, ri->n = ot->term.n;
	ri->n_src = ot->n_src, ri->t_src = ot->t_src;
}

/* the model: its COP surface and capacity table */
static const hk_hp_entry *read_model(const struct opts *o, const hk_design *d, hk_hp_catalog *cat,
				     hk_copsurf *surf, hk_hp_model *m)
{
	const hk_hp_entry *ent;
	const char *name = o->model ? o->model : d->hp_model;
	char path[4096];
	hk_err e;
	if (!name[0])
		hk_die(HK_EXIT_INPUT, "--model NAME is needed: the profile names no hp_model");
	if (!hk_data_file(o->catalog, "equipment/heat-pumps.csv", path, sizeof path))
		hk_die(HK_EXIT_INPUT, "heat-pump catalog not found (%s): set HEATKIT_DATA", path);
	if (hk_hp_catalog_load(path, NULL, cat, &e) != HK_OK || hk_hp_catalog_find(cat, name, &ent, &e) != HK_OK ||
	    hk_hp_entry_model(ent, HK_CAT_DEFROST_UNKNOWN, m, &e) != HK_OK || hk_copsurf_from_entry(surf, ent, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	if (surf->nw < 2)
		hk_die(HK_EXIT_INPUT, "model %s has COP at one leaving-water temperature only (%g C): the levers "
		       "need a COP(t_out, t_water) surface; pick a catalog model with COP at two or more",
		       name, surf->tw[0]);
	return ent;
}

/* the duty pumps and the group, fitted from the pump catalog */
static void read_pumps(const struct opts *o, hk_pump_catalog *cat, hk_pump_curve *curves, hk_ops_pumps *pu)
{
	char path[4096], buf[512], *tok, *save = NULL;
	int n = 0;
	hk_err e;
	memset(pu, 0, sizeof *pu);
	pu->head_m = o->head, pu->dp_unit_m = o->unit_dp, pu->n_min = o->speed_min, pu->drive_eff = o->drive_eff;
	pu->n_duty = o->pump_duty;
	if (!o->pump)
		return;
	if (!hk_data_file(o->pumps, "equipment/pumps.csv", path, sizeof path))
		hk_die(HK_EXIT_INPUT, "pump catalog not found (%s): set HEATKIT_DATA", path);
	if (hk_pump_catalog_load(path, NULL, cat, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	snprintf(buf, sizeof buf, "%s%s%s", o->pump, o->group ? "," : "", o->group ? o->group : "");
	for (tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		const hk_pump_model *m;
		hk_pump_power_kind pk;
		if (n > HK_GROUP_MAX)
			hk_die(HK_EXIT_INPUT, "--group: at most %d pumps", HK_GROUP_MAX);
		if (hk_pump_catalog_find(cat, tok, &m, &e) != HK_OK)
			hk_die(HK_EXIT_INPUT, "%s: %s", n ? "--group" : "--pump", e.what);
		pk = !m->npts || isnan(m->pts[0].power_kw) ? HK_PUMP_POWER_NONE :
		     m->power_basis == HK_POWER_INPUT ? HK_PUMP_POWER_P1 : HK_PUMP_POWER_P2;
		if (hk_pump_curve_fit(&curves[n], m->model, m->pts, (int)m->npts, HK_PUMP_FIT_PCHIP, pk,
				      m->hump > 0 ? HK_PUMP_ALLOW_DROOP : 0, &e) != HK_OK) {
			hk_err_locate(&e, e.code, path, m->line, 0);
			hk_exit_err(NULL, &e);
		}
		if (n)
			pu->group[pu->ngroup++] = &curves[n];
		n++;
	}
	pu->duty = &curves[0];
}

/* the steps, and every step's heating curve below the catalog's highest water */
static hk_ops_in *read_steps(const hk_proftable *p, const hk_tariff *tar, const hk_op_plant *pl, hk_job *job)
{
	hk_ops_in *in = calloc(p->n ? p->n : 1, sizeof *in);
	double tw_max = hk_copsurf_tw_max(pl->cop);
	size_t i;
	if (!in)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (i = 0; i < p->n; i++) {
		const hk_step *s = &p->steps[i];
		double ts, tr;
		hk_err e;
		in[i] = (hk_ops_in){s->day, s->t_out_c, s->load_kw, s->start_h, hk_step_hours(s), s->days,
				    tar ? hk_tariff_mean_price(tar, s->start_h, s->end_h) : 0};
		double phi = s->load_kw > 0 ? s->load_kw / pl->design_kw : 0;
		if ((pl->mix ? hk_term_mix_need(pl->mix, phi, &ts, &e) : hk_term_curve(&pl->term, phi, 1, &ts, &tr, &e)) != HK_OK)
			hk_exit_err(job, &e);
		if (ts > tw_max + 1e-6 && !pl->allow_extrap) {
			hk_fail_item(&e, HK_ERANGE, (long)i + 1, "heat load (%g kW) needs %.1f C supply at the terminals "
				     "(%.0f %% of the %g kW design): above the catalog's highest leaving water %g C; "
				     "expected a load the terminals carry (or --design-kw, --supply)", s->load_kw, ts,
				     100 * s->load_kw / pl->design_kw, pl->design_kw, tw_max);
			hk_proftable_locate(p, &e, p->load_col);
			hk_exit_err(job, &e);
		}
	}
	return in;
}

static double design_load(const hk_proftable *p)
{
	double m = 0;
	size_t i;
	for (i = 0; i < p->n; i++)
		m = fmax(m, p->steps[i].load_kw);
	return m;
}

/* XLSX charts over the profile sheet: supply, COP and power against outdoor, one series per strategy */
static void charts(hk_job *job, const hk_proftable *p, const hk_ops_strategy *s, size_t ns)
{
	static const struct { int col; const char *title, *y; } C[] = {
		{1, "Supply temperature vs outdoor", "supply C"},
		{8, "Heat-pump COP vs outdoor", "COP"},
		{14, "Power (heat pumps + pumps) vs outdoor", "kW"},
	};
	hk_chart_series ser[MAX_STRAT];
	size_t c, j;
	hk_err e;
	if (!hk_out_is_xlsx(job->out) || !p->n || !p->tout_col)
		return;
	for (c = 0; c < sizeof C / sizeof C[0]; c++) {
		for (j = 0; j < ns; j++)
			ser[j] = (hk_chart_series){s[j].name, p->tout_col - 1, (long)(p->ncols + j * HK_OPR_NCOL) + C[c].col,
						   0, (long)p->n - 1};
		if (hk_out_chart_xy(job->out, C[c].title, "outdoor C", C[c].y, ser, ns, &e) != HK_OK) {
			hk_job_fail(job, &e);
			return;
		}
	}
}

static void write_compare(hk_job *job, const hk_ops_strategy *s, const hk_ops_totals *t, size_t ns, int main)
{
	size_t j;
	if (main)
		hk_job_table(job, "策略比较", "comparison", hk_opr_cmp_cols, HK_OPR_NCMP);
	else
		hk_job_extra(job, "策略比较", "comparison", hk_opr_cmp_cols, HK_OPR_NCMP);
	for (j = 0; j < ns; j++) {
		hk_cell c[HK_OPR_NCMP];
		hk_opr_cmp_row(&s[j], &t[j], &t[0], c);
		hk_job_row(job, c);
	}
}

static void write_out(hk_job *job, const struct opts *o, const hk_proftable *p, const hk_ops_strategy *s,
		      size_t ns, hk_ops_out *const *out, const hk_ops_totals *t)
{
	size_t na = ns * HK_OPR_NCOL, i, j;
	hk_col *cols = malloc(na * sizeof *cols);
	hk_opr_cols *cc = malloc(ns * sizeof *cc);
	double *v = malloc((p->n ? p->n : 1) * na * sizeof *v);
	if (!cols || !cc || !v)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (j = 0; j < ns; j++) {
		hk_opr_step_cols(&s[j], &cc[j]);
		memcpy(cols + j * HK_OPR_NCOL, cc[j].col, sizeof cc[j].col);
		for (i = 0; i < p->n; i++)
			hk_opr_step_vals(&out[j][i], v + i * na + j * HK_OPR_NCOL);
	}
	if (o->compare && !hk_out_is_xlsx(job->out))
		write_compare(job, s, t, ns, 1);
	else {
		hk_proftable_write(job, p, cols, na, v);
		charts(job, p, s, ns);
		write_compare(job, s, t, ns, 0);
	}
	free(v);
	free(cc);
	free(cols);
}

int cmd_operate(int argc, char **argv)
{
	struct opts o;
	hk_common common;
	char **args;
	int n = hk_parse_options_to(argc, argv, &info_operate, &o, &common, &args);
	const char *in = n > 0 ? args[0] : "-";
	const char *inputs[4] = {in, o.catalog, o.pumps, NULL};
	hk_ops_strategy s[MAX_STRAT];
	hk_ops_totals tot[MAX_STRAT];
	hk_ops_out *out[MAX_STRAT];
	hk_hp_catalog cat = {0};
	hk_pump_catalog pcat = {0};
	hk_pump_curve curves[HK_GROUP_MAX + 1];
	hk_copsurf surf;
	hk_hp_model m;
	hk_op_plant pl = {0};
	hk_ops_pumps pu;
	hk_ops_in *steps;
	hk_tariff tar;
	hk_proftable p;
	hk_design d;
	hk_opr_inputs ri = {0};
	hk_err e;
	hk_job job;
	char tpath[4096], sb[12][400], msrc[1400], usrc[200], fsrc[200], tsrc[1000];
	hk_opterm ot;
	size_t ns, j;
	int rc;

	check_options(&o, &common, n);
	ns = parse_strategies(o.strategy ? o.strategy : "conventional,smart", s);
	if (o.tariff) {
		if (!hk_data_named(o.tariff, "climate/tariffs", tpath, sizeof tpath))
			hk_die(HK_EXIT_INPUT, "--tariff (%s): no such file or name in data/climate/tariffs", o.tariff);
		inputs[3] = tpath;
		if (hk_tariff_load(tpath, common.encoding, &tar, &e) != HK_OK)
			hk_exit_err(NULL, &e);
	}
	if (hk_proftable_read(in, common.encoding, NULL, 0, &p, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), p.chinese);
	if (hk_proftable_design(&p, &d, &e) != HK_OK)
		hk_exit_err(&job, &e);
	read_terminal(&o, &common, &p, &d, &job, &ot, &ri, tsrc, sizeof tsrc);
	pl.term = ot.term;
	pl.mix = ot.mix.n ? &ot.mix : NULL;
	read_model(&o, &d, &cat, &surf, &m);
	read_pumps(&o, &pcat, curves, &pu);
	pl.cop = &surf, pl.cap = &m, pl.allow_extrap = o.extrapolate;
	pl.ts_floor = hk_copsurf_tw_min(&surf);
	if (!hk_opt_given(&common, &o.units) && !isnan(d.units) && !(d.units >= 1 && d.units <= HK_OPS_MAX_UNITS))
		hk_die(HK_EXIT_INPUT, "the profile's units_total (%g): expected 1 to %d units (or --units N)", d.units,
		       HK_OPS_MAX_UNITS);
	pl.units = hk_opt_given(&common, &o.units) ? o.units : isnan(d.units) ? 0 : (int)d.units;
	if (pl.units < 1)
		hk_die(HK_EXIT_INPUT, "--units N is needed: the profile carries no units_total (hpsize)");
	pl.design_kw = hk_opt_given(&common, &o.design_kw) ? o.design_kw : design_load(&p);
	if (!(pl.design_kw > 0))
		hk_die(HK_EXIT_INPUT, "design load (%g kW): expected > 0 (the profile has no load; give --design-kw)",
		       pl.design_kw);
	pl.unit_flow_m3h = hk_opt_given(&common, &o.unit_flow) ? o.unit_flow :
			   0.86 * m.rated_kw / (pl.term.ts_d - pl.term.tr_d); /* G = 0.86 Q/ΔT, standards-notes §4.1 */
	if (pl.term.ts_d > hk_copsurf_tw_max(&surf) + 1e-9 && !o.extrapolate)
		hk_die(HK_EXIT_INPUT, "design supply (%g C) above the highest leaving water of %s in the catalog "
		       "(%g C): expected a supply the units reach (or --extrapolate)", pl.term.ts_d, m.name,
		       hk_copsurf_tw_max(&surf));
	steps = read_steps(&p, o.tariff ? &tar : NULL, &pl, &job);
	for (j = 0; j < ns; j++) {
		hk_ops_request q = {&pl, &pu, steps, p.n, o.min_run, o.max_starts, o.tariff ? &tar : NULL};
		if (!(out[j] = malloc((p.n ? p.n : 1) * sizeof *out[j])))
			hk_die(HK_EXIT_INPUT, "out of memory");
		if (hk_ops_run(&q, &s[j], out[j], &tot[j], &e) != HK_OK) {
			hk_err_prefix(&e, e.code, "strategy %s", s[j].name);
			if (e.item > 0)
				hk_proftable_locate(&p, &e, p.tout_col);
			hk_exit_err(&job, &e);
		}
	}
	snprintf(msrc, sizeof msrc, "%s%s", o.model ? "--model" : "the profile's hp_model (hpsize)", "");
	snprintf(usrc, sizeof usrc, "%s", hk_opt_given(&common, &o.units) ? "--units" : "the profile's units_total (hpsize)");
	snprintf(fsrc, sizeof fsrc, "%s", hk_opt_given(&common, &o.unit_flow) ? "--unit-flow" :
		 "0.86·rated_kw/(supply − return): G = 0.86 Q/ΔT (standards-notes §4.1)");
	ri.model = m.name, ri.model_src = msrc, ri.ts_d = pl.term.ts_d, ri.tr_d = pl.term.tr_d, ri.ti = pl.term.ti;
	ri.units = pl.units, ri.units_src = usrc, ri.unit_flow = pl.unit_flow_m3h, ri.unit_flow_src = fsrc;
	ri.design_kw = pl.design_kw, ri.ts_floor = pl.ts_floor, ri.tw_max = hk_copsurf_tw_max(&surf);
	ri.min_run_h = o.min_run, ri.max_starts_h = o.max_starts, ri.pumps = o.pump, ri.group = o.group;
	ri.head_m = o.head, ri.dp_unit_m = o.unit_dp, ri.n_min = o.speed_min, ri.drive_eff = o.drive_eff;
	ri.tariff = o.tariff;
	ri.ti_src = hk_opt_src(&common, &info_operate, &o.indoor, sb[0], sizeof sb[0]);
	ri.design_src = hk_opt_src(&common, &info_operate, &o.design_kw, sb[1], sizeof sb[1]);
	ri.min_run_src = hk_opt_src(&common, &info_operate, &o.min_run, sb[2], sizeof sb[2]);
	ri.max_starts_src = hk_opt_src(&common, &info_operate, &o.max_starts, sb[3], sizeof sb[3]);
	ri.head_src = "--head";
	ri.dp_src = hk_opt_src(&common, &info_operate, &o.unit_dp, sb[4], sizeof sb[4]);
	ri.n_min_src = hk_opt_src(&common, &info_operate, &o.speed_min, sb[5], sizeof sb[5]);
	ri.drive_src = hk_opt_src(&common, &info_operate, &o.drive_eff, sb[6], sizeof sb[6]);
	if (d.hp_model[0] && strcmp(d.hp_model, m.name))
		hk_job_warn(&job, "the profile's plant is %s (hpsize); operate studies %s (--model)", d.hp_model,
			    m.name);
	write_out(&job, &o, &p, s, ns, out, tot);
	if (hk_opr_summary(&ri, s, tot, ns, &job.sum) != HK_OK)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (j = 0; j < ns; j++)
		free(out[j]);
	free(steps);
	hk_proftable_free(&p);
	hk_hp_catalog_free(&cat);
	if (o.pump)
		hk_pump_catalog_free(&pcat);
	rc = hk_job_end(&job);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
