/*
 * hpsize.c - heatkit hpsize: the number of air-source heat pumps by
 * Q = q·K1·K2 (GB 50736-2012 §8.3.2 as used in the Malan paper), and their
 * operation over a load profile.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "climate.h"
#include "cmds.h"
#include "columns.h"
#include "diag.h"
#include "heatpump.h"
#include "job.h"
#include "paths.h"
#include "proftable.h"

static const char *model_name, *catalog_file, *ratios_file, *k2_file, *city_name, *cities_file;
static const char *defrost_s;
static double rated_kw = NAN, k2 = NAN, t_basis = NAN, t_water = NAN, design_kw = NAN;
static double round_tol = NAN, cop_override = NAN;
static int fixed_units = -1, extrapolate;

static const char *const usage[] = {"--model NAME (--city NAME | --t-basis C) [options] [PROFILE.csv]",
				    "--rated-kw KW --ratios FILE (--city NAME | --t-basis C) [PROFILE.csv]",
				    NULL};
static const char *const examples[] = {
	"the Malan plant: 161 kW units derated for 铜川 (K1 at the winter AC design temperature, K2 = 0.8)",
	"heatkit hpsize --model LT-161 --city 铜川 --summary profile.csv",
	"the same straight from loadcalc, in a pipeline",
	"heatkit loadcalc --city 57034 --days templates/malan/days.csv --profile templates/malan/buildings.csv | heatkit hpsize --model LT-161 --city 铜川",
	"your own unit: rated 130 kW with a capacity-ratio table, gated in CI",
	"heatkit hpsize --rated-kw 130 --ratios ratios.csv --t-basis -12 --check 'cop_design>=2' profile.csv",
	NULL, NULL};

static const hk_option options[] = {
	HK_OPT_GROUP_("Heat pump:"),
	HK_OPT_STR_(0, "model", &model_name, "NAME", "model from the catalog", NULL),
	HK_OPT_STR_(0, "catalog", &catalog_file, "FILE", "heat-pump catalog", "data/equipment/heat-pumps.csv"),
	HK_OPT_NUM_(0, "rated-kw", &rated_kw, "KW", "rated capacity q at 7 C DB / 6 C WB instead of --model", "kW", NULL),
	HK_OPT_STR_(0, "ratios", &ratios_file, "FILE",
		    "with --rated-kw: t_out_c,k1[,cop][,t_water_out_c] (K1 = Q(t)/q)", NULL),
	HK_OPT_STR_(0, "defrost", &defrost_s, "peak|integrated",
		    "whether the capacities already include defrost (decides whether K2 applies)",
		    "the catalog's defrost column; --ratios: peak"),
	HK_OPT_GROUP_("Derating and design:"),
	HK_OPT_NUM_(0, "k2", &k2, "K2", "defrost factor", NULL, "0.8 (Malan paper §3.2; GB 50736 §8.3.2 "
		    "commentary gives 0.9 for one defrost an hour, 0.8 for two is [UNVERIFIED])"),
	HK_OPT_STR_(0, "k2-table", &k2_file, "FILE", "K2 against outdoor temperature: t_out_c,k2", NULL),
	HK_OPT_STR_(0, "city", &city_name, "NAME",
		    "city for the design basis: its winter air-conditioning design temperature", NULL),
	HK_OPT_STR_(0, "cities", &cities_file, "FILE", "climate table", "data/climate/cities.csv"),
	HK_OPT_NUM_(0, "t-basis", &t_basis, "C", "design basis outdoor temperature for K1", "C",
		    "the city's t_winter_ac (GB 50736-2012 Appendix A; standards-notes §3.1)"),
	HK_OPT_NUM_(0, "t-water", &t_water, "C", "leaving-water temperature", "C",
		    "45 (Malan paper §3.2, 45/35 C)"),
	HK_OPT_NUM_(0, "design-kw", &design_kw, "KW", "design heat load to size for", "kW",
		    "the largest heat_load_kw of the profile"),
	HK_OPT_INT_(0, "units", &fixed_units, "N", "use N units instead of sizing", NULL),
	HK_OPT_NUM_(0, "round-tol", &round_tol, "FRAC",
		    "keep the lower count when the shortfall is within this share of the load", NULL,
		    "0.5% (toolkit rule, not a standard clause: it reproduces the paper's 22 units; "
		    "malan-worked-numbers)"),
	HK_OPT_NUM_(0, "cop", &cop_override, "COP", "one COP for every step instead of the table", NULL, NULL),
	HK_OPT_BOOL_(0, "extrapolate", &extrapolate,
		     "extend the catalog tables beyond their temperatures (with a warning)"),
	HK_OPT_END_,
};

const hk_cmdinfo info_hpsize = {
	.name = "hpsize",
	.summary = "air-source heat-pump count with Q = q·K1·K2, and operation over a profile",
	.usage = usage,
	.description =
		"Sizes an air-source heat-pump plant by Q = q·K1·K2 (GB 50736-2012 §8.3.2 as used in\n"
		"the Malan paper): q the catalog capacity at 7 ℃ DB / 6 ℃ WB, K1 the catalog's\n"
		"capacity ratio interpolated at the design basis temperature and leaving water\n"
		"temperature, K2 the defrost factor (not applied to capacities that already include\n"
		"defrost, as EN 14511 integrated ratings do).  N = ceil(Q_design / (q·K1·K2)), or\n"
		"one fewer when that leaves the design load short by no more than --round-tol of it\n"
		"(a toolkit rule, not a standard clause); the summary says which rule was applied\n"
		"and how far the count is short (units_ceil, shortfall_kw, shortfall).\n"
		"\n"
		"A catalog model is interpolated between its capacity rows only (point_type rated,\n"
		"tol or capacity; data/equipment/README.md): an EN 14825 part-load demand row (Pdh\n"
		"at -7/+2/+7/+12 C, the reference building's demand) is never read as capacity or\n"
		"COP.  The summary's capacity_points names the rows the design rests on; a design\n"
		"temperature with no capacity point at or below it (or above it) is refused, or\n"
		"extrapolated with a warning under --extrapolate.\n"
		"\n"
		"Over the profile each step gets the effective capacity per unit, the units\n"
		"running, part load, COP (interpolated in outdoor and water temperature), electric\n"
		"power and the spare capacity that tanksize can charge with.  Warns (stderr and\n"
		"summary) when the COP at the design condition is below 2.0 (GB 50736-2012\n"
		"§8.3.1) or the outdoor temperature falls below the unit's operating limit.",
	.input =
		"  PROFILE.csv (\"-\" or none = standard input): the loadcalc --profile table\n"
		"    day,start_h,dt_h,t_out_c,heat_load_kw[,night],days\n"
		"  --ratios FILE: t_out_c,k1[,cop][,t_water_out_c]",
	.output =
		"  the profile with hp_model,k1,k2,q_unit_kw,units_total,units_on,plr,hp_heat_kw,cop,\n"
		"    hp_power_kw,spare_kw,rated_kw added (hp_model, units_total and rated_kw travel\n"
		"    down the pipe: econ prices the heat pumps designed here)\n"
		"  summary: units (with the rounding rule applied), units_ceil, shortfall_kw,\n"
		"    shortfall, q_unit_kw, k1, capacity_points (the catalog rows used), k2,\n"
		"    installed_kw, margin, cop_design,\n"
		"    power_design_kw, annual heat, electricity and SCOP over the profile",
	.examples = examples,
	.options = options,
};

static const hk_col add_cols[] = {
	/* carried (full precision in pipes): tanksize and econ compute on
	 * these, and a 2-decimal q_unit_kw printed again to 0.1 kW rounds
	 * twice (4.346 → 4.35 → 4.4) */
	{"k1", NULL, "K1", "K1", 4, 1},
	{"k2", NULL, "K2", "K2", 3, 1},
	{"q_unit_kw", "kW", "单台有效制热量", "capacity per unit", 2, 1},
	{"units_total", NULL, "装机台数", "units installed", 0},
	{"units_on", NULL, "运行台数", "units running", 0},
	{"plr", NULL, "部分负荷率", "part load", 3},
	{"hp_heat_kw", "kW", "热泵供热量", "heat-pump heat", 2, 1},
	{"cop", NULL, "COP", "COP", 3, 1},
	{"hp_power_kw", "kW", "热泵耗电功率", "heat-pump power", 2, 1},
	{"spare_kw", "kW", "富余制热量", "spare capacity", 2, 1},
	{"rated_kw", "kW", "单台额定制热量", "rated capacity per unit", -1}, /* travels to econ */
};
#define NADD (sizeof add_cols / sizeof add_cols[0])

static void load_ratios(const char *path, const char *enc, hk_hp_model *m)
{
	hk_reader *r;
	hk_err e;
	int rc;
	double tt[HK_HP_MAX_T * HK_HP_MAX_W][4];
	size_t n = 0, i, j;
	if (hk_reader_open(&r, path, enc, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_hp_ratios, &e) != HK_OK)
		hk_die_err(&e);
	while ((rc = hk_reader_next(r, &e)) > 0) {
		double row[4] = {NAN, NAN, NAN, NAN};
		hk_status s;
		if (n >= HK_HP_MAX_T * HK_HP_MAX_W)
			hk_die(HK_EXIT_INPUT, "%s: too many rows (more than %d)", path, HK_HP_MAX_T * HK_HP_MAX_W);
		for (j = 0; j < 4; j++) {
			s = hk_reader_num(r, j, &row[j], &e);
			if (s != HK_OK && s != HK_ENOTFOUND)
				hk_die_err(&e);
		}
		if (isnan(row[3]))
			row[3] = isnan(t_water) ? 45 : t_water;
		memcpy(tt[n++], row, sizeof row);
	}
	if (rc < 0)
		hk_die_err(&e);
	hk_reader_close(r);
	m->nt = m->nw = 0;
	for (i = 0; i < n; i++) {
		size_t a, b;
		for (a = 0; a < m->nt && m->t_out[a] != tt[i][0]; a++)
			;
		if (a == m->nt) {
			if (m->nt >= HK_HP_MAX_T)
				hk_die(HK_EXIT_INPUT, "%s: more than %d outdoor temperatures", path, HK_HP_MAX_T);
			m->t_out[m->nt++] = tt[i][0];
		}
		for (b = 0; b < m->nw && m->t_water[b] != tt[i][3]; b++)
			;
		if (b == m->nw) {
			if (m->nw >= HK_HP_MAX_W)
				hk_die(HK_EXIT_INPUT, "%s: more than %d water temperatures", path, HK_HP_MAX_W);
			m->t_water[m->nw++] = tt[i][3];
		}
	}
	/* sort the axes, then fill */
	for (i = 0; i < m->nt; i++)
		for (j = i + 1; j < m->nt; j++)
			if (m->t_out[j] < m->t_out[i]) {
				double t = m->t_out[i];
				m->t_out[i] = m->t_out[j];
				m->t_out[j] = t;
			}
	for (i = 0; i < m->nw; i++)
		for (j = i + 1; j < m->nw; j++)
			if (m->t_water[j] < m->t_water[i]) {
				double t = m->t_water[i];
				m->t_water[i] = m->t_water[j];
				m->t_water[j] = t;
			}
	for (i = 0; i < n; i++) {
		size_t a, b;
		for (a = 0; m->t_out[a] != tt[i][0]; a++)
			;
		for (b = 0; m->t_water[b] != tt[i][3]; b++)
			;
		m->k1[b][a] = tt[i][1];
		m->cop[b][a] = tt[i][2];
	}
}

static void load_k2(const char *path, const char *enc, hk_k2 *k)
{
	hk_reader *r;
	hk_err e;
	int rc;
	if (hk_reader_open(&r, path, enc, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_k2, &e) != HK_OK)
		hk_die_err(&e);
	k->n = 0;
	while ((rc = hk_reader_next(r, &e)) > 0) {
		if (k->n >= HK_K2_MAX)
			hk_die(HK_EXIT_INPUT, "%s: more than %d K2 points", path, HK_K2_MAX);
		if (hk_reader_num(r, 0, &k->t[k->n], &e) != HK_OK || hk_reader_num(r, 1, &k->k2[k->n], &e) != HK_OK)
			hk_die_err(&e);
		if (k->k2[k->n] > 1) {
			hk_reader_fail(r, 1, &e, "k2 above 1 (%g): expected a factor in (0, 1]", k->k2[k->n]);
			hk_die_err(&e);
		}
		if (k->n > 0 && !(k->t[k->n] > k->t[k->n - 1])) {
			hk_reader_fail(r, 0, &e, "temperatures not rising (%g after %g): expected ascending t_out_c",
				       k->t[k->n], k->t[k->n - 1]);
			hk_die_err(&e);
		}
		k->n++;
	}
	if (rc < 0)
		hk_die_err(&e);
	hk_reader_close(r);
	k->source = path;
}

static void warn_flags(hk_job *job, unsigned flags, const char *where)
{
	unsigned b;
	for (b = 0; b < HK_HPW_NBITS; b++) {
		const char *t = hk_hp_warning_text(1u << b);
		if ((flags & (1u << b)) && t && (1u << b) != HK_HPW_NO_COP)
			hk_job_warn(job, "%s: %s", where, t);
	}
}

int cmd_hpsize(int argc, char **argv)
{
	hk_common common;
	char **args;
	int n = hk_parse_options(argc, argv, &info_hpsize, &common, &args);
	const char *in = n > 0 ? args[0] : "-";
	const char *inputs[6] = {in, catalog_file, ratios_file, k2_file, cities_file, NULL};
	hk_proftable p;
	hk_hp_model m;
	hk_hp_opts o = hk_hp_opts_default();
	hk_hp_design d;
	hk_hp_step *hs;
	hk_k2 k2t;
	hk_err e;
	hk_job job;
	hk_hp_catalog cat = {0};
	const hk_hp_entry *ent = NULL;
	hk_hp_basis basis;
	const char *basis_src, *design_src = "largest heat_load_kw of the profile";
	const char *model_src;
	size_t i;
	unsigned flags_all = 0;
	int rc, units, units_ceil;
	double *vals, heat = 0, elec = 0, short_kw;
	const char *units_rule;
	char path[4096], src[1400];

	if (n > 1)
		hk_die(HK_EXIT_INPUT, "expected one profile file, got %d (see heatkit hpsize --help)", n);
	if (!model_name == isnan(rated_kw))
		hk_die(HK_EXIT_INPUT, "expected --model NAME or --rated-kw KW (with --ratios FILE), one of them");
	if (!isnan(rated_kw) && !ratios_file)
		hk_die(HK_EXIT_INPUT, "--rated-kw needs --ratios FILE (t_out_c,k1[,cop][,t_water_out_c])");
	if (!city_name && isnan(t_basis))
		hk_die(HK_EXIT_INPUT, "the design basis temperature is needed: give --city NAME (its winter "
		       "air-conditioning design temperature) or --t-basis C");
	if (!isnan(k2) && !(k2 > 0 && k2 <= 1))
		hk_die(HK_EXIT_INPUT, "--k2 (%g): expected a factor in (0, 1]", k2);
	if (!isnan(round_tol) && !(round_tol >= 0 && round_tol < 0.5))
		hk_die(HK_EXIT_INPUT, "--round-tol (%g): expected a share in [0, 0.5)", round_tol);
	if (fixed_units == 0 || fixed_units < -1)
		hk_die(HK_EXIT_INPUT, "--units (%d): expected a positive count", fixed_units);
	if (!isnan(cop_override) && !(cop_override > 0))
		hk_die(HK_EXIT_INPUT, "--cop (%g): expected a COP > 0", cop_override);

	/* the model */
	if (model_name) {
		hk_cat_defrost dov = HK_CAT_DEFROST_UNKNOWN;
		if (!hk_data_file(catalog_file, "equipment/heat-pumps.csv", path, sizeof path))
			hk_die(HK_EXIT_INPUT, "heat-pump catalog not found (%s): set HEATKIT_DATA", path);
		if (defrost_s) {
			if (!strcmp(defrost_s, "peak"))
				dov = HK_CAT_DEFROST_PEAK;
			else if (!strcmp(defrost_s, "integrated"))
				dov = HK_CAT_DEFROST_INTEGRATED;
			else
				hk_die(HK_EXIT_INPUT, "--defrost (%s): expected peak or integrated", defrost_s);
		}
		if (hk_hp_catalog_load(path, NULL, &cat, &e) != HK_OK ||
		    hk_hp_catalog_find(&cat, model_name, &ent, &e) != HK_OK)
			hk_die_err(&e);
		if (hk_hp_entry_model(ent, dov, &m, &e) != HK_OK)
			hk_die_err(&e);
		snprintf(src, sizeof src, "%s: %s", catalog_file ? catalog_file : "data/equipment/heat-pumps.csv",
			 ent->source);
		model_src = src;
	} else {
		hk_hp_model_init(&m, "custom", rated_kw, 0);
		load_ratios(ratios_file, common.encoding, &m);
		if (defrost_s && !strcmp(defrost_s, "integrated"))
			m.defrost = HK_DEFROST_INTEGRATED;
		else if (defrost_s && strcmp(defrost_s, "peak"))
			hk_die(HK_EXIT_INPUT, "--defrost (%s): expected peak or integrated", defrost_s);
		m.source = ratios_file;
		model_src = ratios_file;
		if (hk_hp_model_check(&m, &e) != HK_OK) {
			snprintf(e.file, sizeof e.file, "%s", ratios_file);
			hk_die_err(&e);
		}
	}

	/* the design basis */
	if (isnan(t_basis)) {
		hk_city city;
		if (!hk_data_file(cities_file, "climate/cities.csv", path, sizeof path))
			hk_die(HK_EXIT_INPUT, "climate data not found (%s): set HEATKIT_DATA", path);
		if (hk_city_find(path, city_name, NULL, &city, &e) != HK_OK)
			hk_die_err(&e);
		t_basis = city.t_winter_ac_c;
		basis_src = "GB 50736-2012 Appendix A t_winter_ac of --city (冬季空调室外计算温度; "
			    "standards-notes §3.1: the basis GB 50736 §8.3.2 uses)";
	} else {
		basis_src = "--t-basis";
	}
	if (!isnan(t_water))
		o.t_water_c = t_water;
	if (k2_file) {
		load_k2(k2_file, common.encoding, &k2t);
		o.k2 = &k2t;
	} else if (!isnan(k2)) {
		memset(&k2t, 0, sizeof k2t);
		k2t.value = k2;
		k2t.source = "--k2";
		o.k2 = &k2t;
	}
	if (!isnan(round_tol))
		o.round_tol = round_tol;
	o.allow_extrap = extrapolate;
	o.cop_override = cop_override;
	/* the design basis must rest on capacity points (never on a part-load
	 * demand row): say which, or refuse outside them */
	if (ent && hk_hp_entry_basis(ent, catalog_file ? catalog_file : "data/equipment/heat-pumps.csv", t_basis,
				     o.t_water_c, extrapolate, &basis, &e) != HK_OK)
		hk_die_err(&e);

	if (hk_proftable_read(in, common.encoding, NULL, 0, &p, &e) != HK_OK)
		hk_die_err(&e);
	if (isnan(design_kw)) {
		design_kw = 0;
		for (i = 0; i < p.n; i++)
			if (p.steps[i].load_kw > design_kw)
				design_kw = p.steps[i].load_kw;
	} else {
		design_src = "--design-kw";
	}
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), p.chinese);
	if (hk_hp_size(&m, design_kw, t_basis, &o, &d, &e) != HK_OK)
		hk_job_die(&job, &e);
	units = fixed_units > 0 ? fixed_units : d.units;
	units_ceil = (int)ceil(d.n_exact);
	short_kw = fmax(0, design_kw - units * d.q_unit_kw);
	if (fixed_units > 0)
		units_rule = "--units";
	else if (d.flags & HK_HPW_ROUNDED_DOWN)
		units_rule = "N = floor(Q_design / q_eff), one below ceil: its shortfall is within round_tol of "
			     "Q_design (toolkit rule, not a standard clause; see round_tol)";
	else
		units_rule = "N = ceil(Q_design / q_eff), Q = q·K1·K2 (GB 50736-2012 §8.3.2); one fewer only "
			     "when that shortfall is within round_tol of Q_design (toolkit rule)";
	hs = malloc(p.n * sizeof *hs);
	vals = malloc(p.n * NADD * sizeof *vals);
	if (!hs || !vals)
		hk_die(HK_EXIT_INPUT, "out of memory");
	if (hk_hp_run(&m, units, p.steps, p.n, &o, hs, &flags_all, &e) != HK_OK) {
		hk_proftable_locate(&p, &e, p.tout_col);
		free(hs);
		free(vals);
		hk_proftable_free(&p);
		hk_job_die(&job, &e);
	}
	for (i = 0; i < p.n; i++) {
		double *v = vals + i * NADD, h = hk_step_hours(&p.steps[i]) * p.steps[i].days;
		v[0] = hs[i].k1;
		v[1] = hs[i].k2;
		v[2] = hs[i].q_unit_kw;
		v[3] = units;
		v[4] = hs[i].units_on;
		v[5] = hs[i].plr;
		v[6] = hs[i].heat_kw;
		v[7] = hs[i].cop;
		v[8] = hs[i].power_kw;
		v[9] = hs[i].spare_kw;
		v[10] = m.rated_kw;
		heat += hs[i].heat_kw * h;
		elec += hs[i].power_kw * h;
	}
	if (hk_proftable_set_text(&p, "hp_model", m.name, &e) != HK_OK) /* travels to econ */
		hk_job_die(&job, &e);
	hk_proftable_write(&job, &p, add_cols, NADD, vals);

	hk_sum_text(&job.sum, "model", m.name, "机型", "model", model_src);
	hk_sum_num(&job.sum, "rated_kw", m.rated_kw, "kW", 1, "额定制热量(7℃/6℃)", "rated capacity q (7 C DB / 6 C WB)",
		   model_src);
	hk_sum_text(&job.sum, "defrost", m.defrost == HK_DEFROST_INTEGRATED ? "integrated" : "peak",
		    "融霜计入方式", "defrost in capacities",
		    m.defrost == HK_DEFROST_INTEGRATED ? "capacities include defrost (EN 14511 integrated): K2 not applied"
						       : "peak capacities: K2 applied");
	hk_sum_num(&job.sum, "design_load_kw", design_kw, "kW", 1, "设计热负荷", "design heat load", design_src);
	hk_sum_num(&job.sum, "t_basis_c", t_basis, "C", 1, "K1计算室外温度", "design basis outdoor temperature",
		   basis_src);
	hk_sum_num(&job.sum, "t_water_c", o.t_water_c, "C", 1, "出水温度", "leaving water temperature",
		   isnan(t_water) ? hk_src_t_water : "--t-water");
	hk_sum_num(&job.sum, "k1", d.k1, "", 4, "K1 室外温度修正系数", "K1 outdoor temperature factor",
		   "catalog capacity ratio Q(t)/q, bilinear in outdoor and water temperature");
	if (ent) {
		char used[1600], how[700];
		size_t k, u = 0;
		used[0] = '\0';
		for (k = 0; k < basis.n && u + 200 < sizeof used; k++) {
			const hk_hp_point *pt = basis.pt[k];
			u += (size_t)snprintf(used + u, sizeof used - u, "%s%g ℃/%g ℃ %s %.4g kW%s%s%s",
					      k ? "; " : "", pt->t_out_c, pt->t_water_c,
					      hk_cat_point_type_name(pt->type), pt->heat_kw,
					      *pt->standard ? " (" : "", pt->standard, *pt->standard ? ")" : "");
		}
		k = (size_t)snprintf(how, sizeof how, "%s%s%s%s",
				     basis.extrapolated ? "EXTRAPOLATED beyond the capacity points (--extrapolate); " : "",
				     "K1 and COP bilinear in outdoor and water temperature between these catalog rows",
				     *ent->certificate ? "; " : "", ent->certificate);
		if (ent->n_part_load && k < sizeof how)
			snprintf(how + k, sizeof how - k, "; the model's %zu part-load demand row%s (EN 14825 Pdh at "
				 "Tj, the reference building's demand) not used as capacity or COP",
				 ent->n_part_load, ent->n_part_load == 1 ? "" : "s");
		hk_sum_text(&job.sum, "capacity_points", used, "计算所用容量点", "capacity points used", how);
	}
	hk_sum_num(&job.sum, "k2", d.k2, "", 3, "K2 融霜修正系数", "K2 defrost factor",
		   (d.flags & HK_HPW_K2_SKIPPED)
			   ? "1: the capacities include defrost (defrost = integrated: EN 14511-3 rates "
			     "capacity under frosting by the transient method, integrated over defrost "
			     "cycles), so K2 is not applied again"
		   : k2_file ? k2_file : !isnan(k2) ? "--k2" : hk_src_k2_default);
	hk_sum_num(&job.sum, "q_unit_kw", d.q_unit_kw, "kW", 2, "单台有效制热量", "effective capacity per unit",
		   hk_src_q_k1_k2);
	hk_sum_num(&job.sum, "units_exact", d.n_exact, "", 3, "计算台数", "Q_design / q_eff", "");
	hk_sum_num(&job.sum, "units", units, "", 0, "热泵台数", "heat pumps", units_rule);
	hk_sum_num(&job.sum, "units_ceil", units_ceil, "", 0, "向上取整台数", "units rounded up",
		   "ceil(Q_design / q_eff): the count with no shortfall at the design basis");
	hk_sum_num(&job.sum, "shortfall_kw", short_kw, "kW", 1, "设计工况容量缺口",
		   "installed capacity short of the design load", "max(0, design_load_kw − installed_kw)");
	hk_sum_num(&job.sum, "shortfall", short_kw / design_kw, "", 4, "容量缺口占设计负荷",
		   "shortfall, share of the design load",
		   "shortfall_kw / design_load_kw (the count rule keeps it <= round_tol)");
	hk_sum_num(&job.sum, "installed_kw", units * d.q_unit_kw, "kW", 1, "有效装机容量",
		   "installed effective capacity", "units × q_unit_kw");
	hk_sum_num(&job.sum, "rated_total_kw", units * m.rated_kw, "kW", 1, "额定装机容量",
		   "installed rated capacity", "units × rated_kw (for 元/W prices)");
	hk_sum_num(&job.sum, "margin", units * d.q_unit_kw / design_kw - 1, "", 3, "容量裕量", "capacity margin",
		   "installed_kw / design_load_kw − 1");
	hk_sum_num(&job.sum, "round_tol", o.round_tol, "", 4, "台数取整容差(占设计负荷)",
		   "count rounding tolerance (share of the design load)",
		   isnan(round_tol) ? hk_src_round_tol : "--round-tol");
	if (!isnan(d.cop)) {
		hk_sum_num(&job.sum, "cop_design", d.cop, "", 3, "设计工况COP", "COP at the design condition",
			   isnan(cop_override) ? "catalog, interpolated" : "--cop");
		hk_sum_num(&job.sum, "power_design_kw", d.power_kw, "kW", 1, "设计工况耗电功率",
			   "electric power at design", "Q_design / COP");
	}
	hk_sum_num(&job.sum, "profile_heat_kwh", heat, "kWh", 0, "供热量", "heat over the profile",
		   "Σ hp_heat_kw·dt_h·days");
	hk_sum_num(&job.sum, "profile_elec_kwh", elec, "kWh", 0, "耗电量", "electricity over the profile",
		   "Σ hp_power_kw·dt_h·days");
	if (elec > 0)
		hk_sum_num(&job.sum, "scop", heat / elec, "", 3, "季节COP", "seasonal COP", "heat / electricity");
	if (ent && basis.extrapolated)
		hk_job_warn(&job, "design: %g ℃ is outside the capacity points of model %s (%g to %g ℃): "
			    "K1 and COP extrapolated (--extrapolate)", t_basis, m.name, basis.t_lo, basis.t_hi);
	if ((d.flags & HK_HPW_K2_SKIPPED) && (k2_file || !isnan(k2)))
		hk_job_warn(&job, "%s not applied: the capacities of %s include defrost (defrost = integrated); "
			    "give --defrost peak to apply K2 to them", k2_file ? "--k2-table" : "--k2", m.name);
	if (d.flags & HK_HPW_COP_LOW)
		hk_job_warn(&job, "COP %.2f at the design condition (%g C outdoor, %g C water) is below 2.0 "
			    "(%s)", d.cop, t_basis, o.t_water_c, hk_src_cop_min);
	if (fixed_units <= 0 && (d.flags & HK_HPW_ROUNDED_DOWN))
		hk_job_warn(&job, "design: %d units, one below ceil (%d): %.1f kW (%.2f %% of the design load) "
			    "short at the design basis, within round_tol %.2f %%", units, units_ceil, short_kw,
			    100 * short_kw / design_kw, 100 * o.round_tol);
	warn_flags(&job, d.flags & ~HK_HPW_COP_LOW & ~HK_HPW_K2_SKIPPED & ~HK_HPW_ROUNDED_DOWN &
				 ~(ent && basis.extrapolated ? HK_HPW_EXTRAP_T : 0u), "design");
	warn_flags(&job, flags_all & (HK_HPW_BELOW_LIMIT | HK_HPW_EXTRAP_T | HK_HPW_EXTRAP_W | HK_HPW_SHORT),
		   "profile");
	free(hs);
	free(vals);
	hk_proftable_free(&p);
	hk_hp_catalog_free(&cat);
	rc = hk_job_end(&job);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
