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
#include "hpreport.h"
#include "hpsize.h"
#include "job.h"
#include "paths.h"
#include "proftable.h"

/* the options (hk_parse_options_to fills a copy of opts0) */
struct opts {
	const char *model, *catalog, *ratios, *defrost, *k2_table, *city, *cities;
	double rated_kw, k2, t_basis, t_water, design_kw, round_tol, cop;
	int units, extrapolate;
};
static const struct opts opts0 = {.rated_kw = NAN, .t_basis = NAN, .design_kw = NAN, .cop = NAN};
/* in the order of hk_cat_defrost after UNKNOWN */
static const char *const defrost_choices[] = {"peak", "integrated", NULL};

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
	HK_OPT_STR_(0, "model", &opts0.model, "NAME", "model from the catalog", NULL),
	HK_OPT_STR_(0, "catalog", &opts0.catalog, "FILE", "heat-pump catalog", "data/equipment/heat-pumps.csv"),
	HK_OPT_NUM_(0, "rated-kw", &opts0.rated_kw, "KW", "rated capacity q at 7 C DB / 6 C WB instead of --model", "kW",
		    NULL),
	HK_OPT_STR_(0, "ratios", &opts0.ratios, "FILE",
		    "with --rated-kw: t_out_c,k1[,cop][,t_water_out_c] (K1 = Q(t)/q)", NULL),
	HK_OPT_CHOICE_(0, "defrost", &opts0.defrost,
		       "whether the capacities already include defrost (decides whether K2 applies)", defrost_choices,
		       NULL, "the catalog's defrost column; --ratios: peak"),
	HK_OPT_GROUP_("Derating and design:"),
	HK_OPT_NUMD_(0, "k2", &opts0.k2, "K2", "defrost factor", NULL, HK_K2_DEFAULT, hk_src_k2_default),
	HK_OPT_STR_(0, "k2-table", &opts0.k2_table, "FILE", "K2 against outdoor temperature: t_out_c,k2", NULL),
	HK_OPT_STR_(0, "city", &opts0.city, "NAME",
		    "city for the design basis: its winter air-conditioning design temperature", NULL),
	HK_OPT_STR_(0, "cities", &opts0.cities, "FILE", "climate table", "data/climate/cities.csv"),
	HK_OPT_NUM_(0, "t-basis", &opts0.t_basis, "C", "design basis outdoor temperature for K1", "C",
		    "the city's t_winter_ac (冬季空调室外计算温度, GB 50736-2012 Appendix A; standards-notes "
		    "§3.1: the basis GB 50736 §8.3.2 uses)"),
	HK_OPT_NUMD_(0, "t-water", &opts0.t_water, "C", "leaving-water temperature", "C", 45, hk_src_t_water),
	HK_OPT_NUM_(0, "design-kw", &opts0.design_kw, "KW", "design heat load to size for", "kW",
		    "largest heat_load_kw of the profile"),
	HK_OPT_INT_(0, "units", &opts0.units, "N", "use N units instead of sizing", NULL),
	HK_OPT_NUMD_(0, "round-tol", &opts0.round_tol, "FRAC",
		     "keep the lower count when the shortfall is within this share of the load", NULL,
		     HK_ROUND_TOL_DEFAULT, hk_src_round_tol),
	HK_OPT_NUM_(0, "cop", &opts0.cop, "COP", "one COP for every step instead of the table", NULL,
		    "catalog, interpolated"),
	HK_OPT_BOOL_(0, "extrapolate", &opts0.extrapolate,
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
	.opt_proto = &opts0,
	.opt_size = sizeof opts0,
};

/* The ratio table (--ratios) into m's tables; rows without a water
 * temperature are at t_water. */
static void load_ratios(const char *path, const char *enc, double t_water, hk_hp_model *m)
{
	hk_reader *r;
	hk_err e;
	int rc;
	hk_hp_ratio pts[HK_HP_MAX_T * HK_HP_MAX_W];
	size_t n = 0, j;
	if (hk_reader_open(&r, path, enc, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_hp_ratios, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	while ((rc = hk_reader_next(r, &e)) > 0) {
		double row[4] = {NAN, NAN, NAN, NAN};
		hk_status s;
		if (n >= HK_HP_MAX_T * HK_HP_MAX_W)
			hk_die(HK_EXIT_INPUT, "%s: too many rows (more than %d)", path, HK_HP_MAX_T * HK_HP_MAX_W);
		for (j = 0; j < 4; j++) {
			s = hk_reader_num(r, j, &row[j], &e);
			if (s != HK_OK && s != HK_ENOTFOUND)
				hk_exit_err(NULL, &e);
		}
		pts[n++] = (hk_hp_ratio){row[0], isnan(row[3]) ? t_water : row[3], row[1], row[2]};
	}
	if (rc < 0)
		hk_exit_err(NULL, &e);
	hk_reader_close(r);
	if (hk_hp_model_set_points(m, pts, n, &e) != HK_OK) {
		hk_err_locate(&e, e.code, path, 0, 0);
		hk_exit_err(NULL, &e);
	}
}

static void load_k2(const char *path, const char *enc, hk_k2 *k)
{
	hk_reader *r;
	hk_err e;
	int rc;
	if (hk_reader_open(&r, path, enc, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_k2, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	k->n = 0;
	while ((rc = hk_reader_next(r, &e)) > 0) {
		if (k->n >= HK_K2_MAX)
			hk_die(HK_EXIT_INPUT, "%s: more than %d K2 points", path, HK_K2_MAX);
		if (hk_reader_num(r, 0, &k->t[k->n], &e) != HK_OK || hk_reader_num(r, 1, &k->k2[k->n], &e) != HK_OK)
			hk_exit_err(NULL, &e);
		if (k->k2[k->n] > 1) {
			hk_reader_fail(r, 1, &e, "k2 above 1 (%g): expected a factor in (0, 1]", k->k2[k->n]);
			hk_exit_err(NULL, &e);
		}
		if (k->n > 0 && !(k->t[k->n] > k->t[k->n - 1])) {
			hk_reader_fail(r, 0, &e, "temperatures not rising (%g after %g): expected ascending t_out_c",
				       k->t[k->n], k->t[k->n - 1]);
			hk_exit_err(NULL, &e);
		}
		k->n++;
	}
	if (rc < 0)
		hk_exit_err(NULL, &e);
	hk_reader_close(r);
}


static void check_options(const struct opts *o, const hk_common *c, int nargs)
{
	if (nargs > 1)
		hk_die(HK_EXIT_INPUT, "expected one profile file, got %d (see heatkit hpsize --help)", nargs);
	if (!o->model == !hk_opt_given(c, &o->rated_kw))
		hk_die(HK_EXIT_INPUT, "expected --model NAME or --rated-kw KW (with --ratios FILE), one of them");
	if (!o->model && !o->ratios)
		hk_die(HK_EXIT_INPUT, "--rated-kw needs --ratios FILE (t_out_c,k1[,cop][,t_water_out_c])");
	if (!o->city && !hk_opt_given(c, &o->t_basis))
		hk_die(HK_EXIT_INPUT, "the design basis temperature is needed: give --city NAME (its winter "
		       "air-conditioning design temperature) or --t-basis C");
	if (!(o->k2 > 0 && o->k2 <= 1))
		hk_die(HK_EXIT_INPUT, "--k2 (%g): expected a factor in (0, 1]", o->k2);
	if (!(o->round_tol >= 0 && o->round_tol < 0.5))
		hk_die(HK_EXIT_INPUT, "--round-tol (%g): expected a share in [0, 0.5)", o->round_tol);
	if (hk_opt_given(c, &o->units) && o->units < 1)
		hk_die(HK_EXIT_INPUT, "--units (%d): expected a positive count", o->units);
	if (hk_opt_given(c, &o->cop) && !(o->cop > 0))
		hk_die(HK_EXIT_INPUT, "--cop (%g): expected a COP > 0", o->cop);
}

/* The model: a catalog entry (returned, in cat) or a rated capacity with
 * a ratio table (NULL returned); src gets where it comes from. */
static const hk_hp_entry *read_model(const struct opts *o, const char *enc, hk_hp_model *m, hk_hp_catalog *cat,
				     char *src, size_t sz)
{
	static const hk_cat_defrost dov[] = {HK_CAT_DEFROST_UNKNOWN, HK_CAT_DEFROST_PEAK, HK_CAT_DEFROST_INTEGRATED};
	int k = hk_opt_choice(defrost_choices, o->defrost); /* -1: not given */
	const hk_hp_entry *ent = NULL;
	char path[4096];
	hk_err e;
	if (!o->model) {
		hk_hp_model_init(m, "custom", o->rated_kw, 0);
		load_ratios(o->ratios, enc, o->t_water, m);
		m->defrost = k == 1 ? HK_DEFROST_INTEGRATED : HK_DEFROST_PEAK;
		m->source = o->ratios;
		snprintf(src, sz, "%s", o->ratios);
		if (hk_hp_model_check(m, &e) != HK_OK) {
			hk_err_locate(&e, e.code, o->ratios, 0, 0);
			hk_exit_err(NULL, &e);
		}
		return NULL;
	}
	if (!hk_data_file(o->catalog, "equipment/heat-pumps.csv", path, sizeof path))
		hk_die(HK_EXIT_INPUT, "heat-pump catalog not found (%s): set HEATKIT_DATA", path);
	if (hk_hp_catalog_load(path, NULL, cat, &e) != HK_OK || hk_hp_catalog_find(cat, o->model, &ent, &e) != HK_OK ||
	    hk_hp_entry_model(ent, dov[k + 1], m, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	snprintf(src, sz, "%s: %s", o->catalog ? o->catalog : "data/equipment/heat-pumps.csv", ent->source);
	return ent;
}

/* The design basis temperature: given, or the city's winter
 * air-conditioning design temperature (hk_opt_src says which).  The city,
 * when given, is read into *city (the summary names it); else city->name
 * is "". */
static double read_basis(const struct opts *o, const hk_common *c, hk_city *city)
{
	char path[4096];
	hk_err e;
	city->name[0] = '\0';
	if (o->city) {
		if (!hk_data_file(o->cities, "climate/cities.csv", path, sizeof path))
			hk_die(HK_EXIT_INPUT, "climate data not found (%s): set HEATKIT_DATA", path);
		if (hk_city_find(path, o->city, NULL, city, &e) != HK_OK)
			hk_exit_err(NULL, &e);
	}
	if (hk_opt_given(c, &o->t_basis))
		return o->t_basis;
	return city->t_winter_ac_c;
}

/* The profile with the plant's columns, then the summary (its warnings go
 * to stderr at hk_job_end). */
static void write_out(hk_job *job, hk_proftable *p, const hk_hpsize_request *q, const hk_hpsize_result *r,
		      const hk_hp_sources *src)
{
	double *vals = malloc((p->n ? p->n : 1) * HK_HP_NPROF * sizeof *vals);
	hk_err e;
	size_t i;
	if (!vals)
		hk_die(HK_EXIT_INPUT, "out of memory");
	for (i = 0; i < p->n; i++)
		hk_hp_profile_vals(q, r, i, vals + i * HK_HP_NPROF);
	if (hk_proftable_set_text(p, "hp_model", q->model->name, &e) != HK_OK) /* travels to econ */
		hk_exit_err(job, &e);
	hk_proftable_write(job, p, hk_hp_profile_cols, HK_HP_NPROF, vals);
	free(vals);
	if (hk_hp_summary(q, r, src, &job->sum) != HK_OK)
		hk_die(HK_EXIT_INPUT, "out of memory");
}

int cmd_hpsize(int argc, char **argv)
{
	struct opts o;
	hk_common common;
	char **args;
	int n = hk_parse_options_to(argc, argv, &info_hpsize, &o, &common, &args);
	const char *in = n > 0 ? args[0] : "-";
	const char *inputs[6];
	hk_hpsize_request q = {.catalog = "data/equipment/heat-pumps.csv", .hp = hk_hp_opts_default()};
	hk_hpsize_result r;
	hk_hp_sources src = {0};
	hk_city city;
	hk_hp_catalog cat = {0};
	hk_hp_model m;
	hk_k2 k2t = {.value = NAN};
	hk_proftable p;
	hk_err e;
	hk_job job;
	char model_src[1400], sb[6][400];
	int rc;

	check_options(&o, &common, n);
	inputs[0] = in, inputs[1] = o.catalog, inputs[2] = o.ratios, inputs[3] = o.k2_table;
	inputs[4] = o.cities, inputs[5] = NULL;
	q.entry = read_model(&o, common.encoding, &m, &cat, model_src, sizeof model_src);
	q.model = &m;
	if (o.catalog)
		q.catalog = o.catalog;
	q.t_basis_c = read_basis(&o, &common, &city);
	src.city = city.name[0] ? &city : NULL;
	if (o.k2_table)
		load_k2(o.k2_table, common.encoding, &k2t);
	else
		k2t.value = o.k2;
	q.hp.t_water_c = o.t_water;
	q.hp.k2 = &k2t;
	q.hp.round_tol = o.round_tol;
	q.hp.allow_extrap = o.extrapolate;
	q.hp.cop_override = o.cop;
	q.design_kw = o.design_kw;
	q.fixed_units = hk_opt_given(&common, &o.units) ? o.units : 0;
	src.model = model_src;
	src.design = hk_opt_src(&common, &info_hpsize, &o.design_kw, sb[0], sizeof sb[0]);
	src.t_water = hk_opt_src(&common, &info_hpsize, &o.t_water, sb[1], sizeof sb[1]);
	src.k2 = o.k2_table ? o.k2_table : hk_opt_src(&common, &info_hpsize, &o.k2, sb[2], sizeof sb[2]);
	src.k2_opt = o.k2_table ? "--k2-table" : hk_opt_given(&common, &o.k2) ? "--k2" : NULL;
	src.round_tol = hk_opt_src(&common, &info_hpsize, &o.round_tol, sb[3], sizeof sb[3]);
	src.cop = hk_opt_src(&common, &info_hpsize, &o.cop, sb[4], sizeof sb[4]);
	src.t_basis = hk_opt_src(&common, &info_hpsize, &o.t_basis, sb[5], sizeof sb[5]);

	if (hk_proftable_read(in, common.encoding, NULL, 0, &p, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), p.chinese);
	q.steps = p.steps;
	q.n = p.n;
	if (hk_hpsize_run(&q, &r, &e) != HK_OK) {
		if (e.item > 0)
			hk_proftable_locate(&p, &e, p.tout_col);
		hk_proftable_free(&p);
		hk_exit_err(&job, &e);
	}
	write_out(&job, &p, &q, &r, &src);
	hk_hpsize_result_free(&r);
	hk_proftable_free(&p);
	hk_hp_catalog_free(&cat);
	rc = hk_job_end(&job);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
