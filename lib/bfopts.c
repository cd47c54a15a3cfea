/* bfopts.c - the borefield command's options checked and turned into a run's request (see bfopts.h). */
#include "bfopts.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "bfashrae.h"

const char *const hk_bf_layout_choices[] = {"rect", "box", "L", "U", "line", NULL};
const char *const hk_bf_utube_choices[] = {"single", "double", NULL};
const char *const hk_bf_method_choices[] = {"L2", "L3", "L4", "ashrae", NULL};
static const hk_method method_of[] = {HK_L2, HK_L3, HK_L4, HK_L3}; /* ashrae: its table by L3 */

#define BAD(...) return hk_fail(err, HK_EINVAL, __VA_ARGS__)

/* options that are wrong whatever the loads (ranges: the option table) */
static hk_status check_values(const hk_bf_opts *o, int nargs, const char *loads_path, hk_err *err)
{
	if (nargs > 1)
		BAD("expected at most one loads file (see heatkit borefield --help)");
	if (!loads_path && !o->profile)
		BAD("give the loads: a LOADS.csv file (\"-\" = standard input) or --profile FILE (see "
		    "heatkit borefield --help)");
	if (loads_path && o->profile && !strcmp(loads_path, "-") && !strcmp(o->profile, "-"))
		BAD("the loads file and --profile cannot both be standard input");
	if (isnan(o->k))
		BAD("give --k W/MK: the ground conductivity (GB 50366-2009 §4.3.5A: from a thermal "
		    "response test)");
	if (isnan(o->tg) == isnan(o->tsurf))
		BAD("give --tg C (undisturbed ground temperature) or --t-surface C with --gradient or "
		    "--flux, one of them");
	const char *geo = isfinite(o->grad) ? "gradient" : "flux";
	if (isfinite(o->tg) && (isfinite(o->grad) || isfinite(o->flux)))
		BAD("--tg with --%s: --tg is the undisturbed ground temperature itself; give --t-surface C "
		    "with --%s to derive it, or drop --%s", geo, geo, geo);
	if (isfinite(o->tsurf) && isnan(o->grad) == isnan(o->flux))
		BAD("--t-surface needs one of --gradient K/100M or --flux W/M2");
	if (isfinite(o->cop) && !(o->cop > 1))
		BAD("--cop %g: expected a COP > 1 (extraction = heat (1 - 1/COP))", o->cop);
	if (isnan(o->rbstar) == !o->utube)
		BAD("give --rb-star MK/W (effective borehole resistance, e.g. from a thermal response "
		    "test) or --utube single|double with the pipe geometry and --flow, one of them");
	if (o->utube && !(o->flow > 0))
		BAD("--utube needs --flow KG/S: the fluid flow per borehole");
	return HK_OK;
}

/* options that the run would not use: an error, never silence (issue 17) */
static hk_status check_unused(const hk_bf_opts *o, const hk_common *c, hk_err *err)
{
	static const char *const pipe_opts[] = {"r-in", "r-out", "shank", "k-grout", "k-pipe", "fluid-k",
						"fluid-mu", "fluid-rho"};
	const double *pipe_vals[] = {&o->rin, &o->rout, &o->shank, &o->kg, &o->kp, &o->fk, &o->fmu, &o->frho};
	for (size_t i = 0; !o->utube && i < sizeof pipe_opts / sizeof pipe_opts[0]; i++)
		if (hk_opt_given(c, pipe_vals[i]))
			BAD("--%s with --rb-star: the pipes and fluid only compute Rb* (--utube); --rb-star "
			    "gives it: drop --%s, or --rb-star for --utube", pipe_opts[i], pipe_opts[i]);
	if (!o->utube && isnan(o->flow) && hk_opt_given(c, &o->fcp))
		BAD("--fluid-cp with --rb-star and no --flow: the fluid's heat capacity only turns --flow "
		    "into the loop dT; drop --fluid-cp, or give --flow");
	if (isfinite(o->wpm_inj) && isnan(o->wpm))
		BAD("--w-per-m-inj without --w-per-m: the rule of thumb sizes both seasons; give "
		    "--w-per-m for extraction too");
	if (!o->count && hk_opt_given(c, &o->max_aspect))
		BAD("--max-aspect without --count: only the --count search shapes the rectangle; drop "
		    "--max-aspect");
	if (!o->count && hk_opt_given(c, &o->max_n))
		BAD("--max-boreholes without --count: only the --count search bounds the boreholes "
		    "(--land: the plot does); drop --max-boreholes");
	return HK_OK;
}

/* the mode (depth, fixed depth, count, land) from the options */
static hk_status check_mode(hk_bf_opts *o, hk_bf_request *q, hk_err *err)
{
	if (o->land && o->count)
		BAD("--land and --count: expected one of them");
	if (o->land) {
		q->mode = HK_BF_LAND;
		if (!hk_layout_parse_size(o->land, &q->land_w, &q->land_l) || !(q->land_w >= 0) ||
		    !(q->land_l >= 0))
			BAD("--land %s: expected W x L in metres, e.g. 60x40", o->land);
		if (isfinite(o->depth))
			BAD("--land sizes the depth too: drop --depth (use --min-depth/--max-depth)");
	} else if (o->count) {
		q->mode = HK_BF_COUNT;
		if (!(o->depth > 0))
			BAD("--count needs --depth M: the depth of every borehole");
	} else {
		q->mode = isfinite(o->depth) ? HK_BF_FIXED : HK_BF_DEPTH;
		if (q->mode == HK_BF_FIXED && !(o->depth > 0))
			BAD("--depth %g: expected a depth > 0 m", o->depth);
	}
	return HK_OK;
}

/* the field options for the mode */
static hk_status check_field(hk_bf_opts *o, const hk_common *c, hk_bf_request *q, hk_err *err)
{
	int given = q->mode == HK_BF_DEPTH || q->mode == HK_BF_FIXED; /* the field is given */
	if (!given && (o->field || o->coords))
		BAD("--%s chooses the field: drop --field/--coords", o->land ? "land" : "count");
	if (given && !o->field == !o->coords)
		BAD("give the field: --field N1xN2 with --spacing M, or --coords FILE");
	if (hk_opt_given(c, &o->layout) && (o->land || o->count))
		BAD("--layout %s: --%s chooses the layout; drop --layout", o->layout, o->land ? "land" : "count");
	if (hk_opt_given(c, &o->layout) && !o->field)
		BAD("--layout %s shapes a --field: give --field N1xN2, or drop --layout", o->layout);
	if (o->coords && (!isnan(o->spacing) || !isnan(o->spacing_y)))
		BAD("--spacing with --coords: the coordinates place the boreholes; drop --spacing");
	if (!given || o->field) {
		if (isnan(o->spacing))
			BAD("give --spacing M: the borehole spacing (GB 50366-2009 §4.3.8: 3-6 m)");
		if (!(o->spacing > 0))
			BAD("--spacing %g: expected a spacing > 0 m", o->spacing);
		if (isnan(o->spacing_y))
			o->spacing_y = o->spacing;
		if (fmin(o->spacing, o->spacing_y) < 2 * o->rb)
			BAD("--spacing %g m is smaller than the borehole diameter %g m (2 x --rb): boreholes "
			    "would overlap; expected a spacing >= %g m", fmin(o->spacing, o->spacing_y),
			    2 * o->rb, 2 * o->rb);
	}
	return HK_OK;
}

/* --method ashrae: the depth of a given rectangle, over the method's own
 * 10 years and 6-h peaks (Philippe et al. 2010), nothing it would ignore */
static hk_status check_ashrae(const hk_bf_opts *o, const hk_common *c, const hk_bf_request *q, hk_err *err)
{
	if (q->mode != HK_BF_DEPTH)
		BAD("--method ashrae sizes the depth of a given field: drop --%s, or --method L3",
		    q->mode == HK_BF_FIXED ? "depth" : q->mode == HK_BF_COUNT ? "count" : "land");
	if (o->coords)
		BAD("--method ashrae: Tp is fitted on rectangles (Philippe et al. 2010): give --field "
		    "N1xN2, or --method L3 for --coords");
	if (hk_opt_given(c, &o->years) && o->years != HK_ASHRAE_YEARS)
		BAD("--years %d with --method ashrae: its 10-year pulse and Tp are fitted for %d years "
		    "(Philippe et al. 2010); drop --years, or --method L3", o->years, HK_ASHRAE_YEARS);
	if (hk_opt_given(c, &o->peak_hours) && o->peak_hours != HK_ASHRAE_PEAK_HOURS)
		BAD("--peak-hours %g with --method ashrae: its short pulse is fitted for %d h (Philippe "
		    "et al. 2010); drop --peak-hours, or --method L3", o->peak_hours, HK_ASHRAE_PEAK_HOURS);
	return HK_OK;
}

hk_status hk_bf_opts_check(hk_bf_opts *o, const hk_common *c, int nargs, const char *loads_path,
			   hk_bf_request *q, hk_err *err)
{
	hk_status st;
	if (o->uhtr)
		BAD("--uhtr is for --gfunction: the sizing uses uniform wall temperature");
	if ((st = check_values(o, nargs, loads_path, err)) || (st = check_unused(o, c, err)) ||
	    (st = check_mode(o, q, err)) || (st = check_field(o, c, q, err)))
		return st;
	int m = o->method ? hk_opt_choice(hk_bf_method_choices, o->method) : 1; /* default L3 */
	q->method = method_of[m];
	q->ashrae = o->method && !strcmp(o->method, "ashrae");
	if (q->ashrae && (st = check_ashrae(o, c, q, err)))
		return st;
	if (q->ashrae && !hk_opt_given(c, &o->years))
		o->years = HK_ASHRAE_YEARS; /* the table over the method's horizon */
	return HK_OK;
}

hk_status hk_bf_opts_field(const hk_bf_opts *o, const char *enc, hk_bf_request *q, double *x, double *y,
			   long *line, char *txt, size_t cap, hk_err *err)
{
	hk_status st;
	q->d.x = x;
	q->d.y = y;
	if (o->coords) {
		if ((st = hk_bf_coords_read(o->coords, enc, o->rb, x, y, line, HK_BF_MAX_N, &q->d.n, err)))
			return st;
		snprintf(txt, cap, "coordinates from %s", o->coords);
	} else if (o->field &&
		   (st = hk_bf_field_parse(o->field,
					   (hk_layout_kind)hk_opt_choice(hk_bf_layout_choices, o->layout),
					   o->spacing, o->spacing_y, x, y, HK_BF_MAX_N, &q->d.n, txt, cap, err))) {
		return st;
	}
	q->field_txt = txt;
	return HK_OK;
}

hk_status hk_bf_opts_loads(const hk_bf_opts *o, const hk_common *c, hk_bf_request *q, const hk_bf_loads *L,
			   hk_err *err)
{
	if (isfinite(o->cop) && !L->cop_used)
		BAD("--cop with %s: its ground loads need no COP (no heat_kwh, heat_kw or --profile); drop "
		    "--cop", L->name);
	if (isfinite(o->eer) && !L->eer_used)
		BAD("--eer with %s: no building cooling to turn into injection (no cool_kwh, cool_kw or "
		    "cool_load_kw); drop --eer", L->name);
	if (L->hl.nh && hk_opt_given(c, &o->peak_hours))
		BAD("--peak-hours with hourly loads (%s): the hours carry their own peaks; drop "
		    "--peak-hours", L->name);
	if (L->hl.nh && !o->method)
		q->method = HK_L4;
	if (q->method == HK_L4 && !L->hl.nh)
		BAD("--method L4 needs hourly loads (hour,ext_kw,inj_kw; 8760 rows a year)");
	if (q->method == HK_L4 && q->mode == HK_BF_LAND)
		BAD("--land searches with L2 or L3: give --method L3 (the monthly view of the hourly loads "
		    "is used)");
	if (!(L->pk_ext > 0) && !(L->pk_inj > 0))
		BAD("%s: no ground load in any month: expected some extraction or injection", L->name);
	q->loads = L;
	return HK_OK;
}

/* the options with a default, in HK_BF_SRC_* order: the summary names
 * each one's source */
#define F(x) offsetof(hk_bf_opts, x)
static const size_t src_opt[HK_BF_NSRC] = {
	[HK_BF_SRC_RHO_C] = F(rhoc), [HK_BF_SRC_RB] = F(rb), [HK_BF_SRC_BURIED] = F(buried),
	[HK_BF_SRC_YEARS] = F(years), [HK_BF_SRC_PEAK_HOURS] = F(peak_hours),
	[HK_BF_SRC_LOOP_DT] = F(loopdt), [HK_BF_SRC_T_IN_MIN] = F(tinmin),
	[HK_BF_SRC_T_OUT_MAX] = F(toutmax), [HK_BF_SRC_R_IN] = F(rin), [HK_BF_SRC_R_OUT] = F(rout),
	[HK_BF_SRC_SHANK] = F(shank), [HK_BF_SRC_K_GROUT] = F(kg), [HK_BF_SRC_K_PIPE] = F(kp),
	[HK_BF_SRC_FLUID_K] = F(fk), [HK_BF_SRC_FLUID_RHO] = F(frho), [HK_BF_SRC_FLUID_CP] = F(fcp),
	[HK_BF_SRC_FLUID_MU] = F(fmu),
};
#undef F

/* the sources of the defaults (an ASHRAE run's years and peak: its own) */
static void sources(const hk_bf_opts *o, const hk_common *c, const hk_cmdinfo *ci, hk_bf_request *q,
		    char (*src)[400])
{
	for (int k = 0; k < HK_BF_NSRC; k++)
		q->src[k] = hk_opt_src(c, ci, (const char *)o + src_opt[k], src[k], sizeof src[0]);
	if (q->ashrae && !hk_opt_given(c, &o->years))
		q->src[HK_BF_SRC_YEARS] = "--method ashrae: its 10-year pulse (Philippe et al. 2010)";
	if (q->ashrae && !hk_opt_given(c, &o->peak_hours))
		q->src[HK_BF_SRC_PEAK_HOURS] = "--method ashrae: its 6-hour pulse (Philippe et al. 2010)";
	q->limits.t_in_min_src = q->src[HK_BF_SRC_T_IN_MIN];
	q->limits.t_out_max_src = q->src[HK_BF_SRC_T_OUT_MAX];
}

hk_status hk_bf_opts_request(const hk_bf_opts *o, const hk_common *c, const hk_cmdinfo *ci, hk_bf_request *q,
			     hk_utube *ut, const char *loads_path, char (*src)[400], hk_err *err)
{
	hk_bfdesign *d = &q->d;
	d->ground = (hk_ground){o->k, o->rhoc * 1e6, isfinite(o->tg) ? o->tg : o->tsurf,
			       isfinite(o->flux) ? o->flux : 0, isfinite(o->grad) ? o->grad : 0};
	d->D = o->buried;
	d->rb = o->rb;
	d->fluid = (hk_fluid){o->fk, o->frho, o->fcp, o->fmu};
	if (!(d->fluid.k > 0 && d->fluid.rho > 0 && d->fluid.cp > 0 && d->fluid.mu > 0))
		BAD("--fluid-k, --fluid-rho, --fluid-cp, --fluid-mu: expected values > 0");
	if (o->utube) {
		*ut = (hk_utube){hk_opt_choice(hk_bf_utube_choices, o->utube) + 1, o->rb, o->rin, o->rout,
				 o->shank, o->kg, o->kp, 0, 0};
		if (!(ut->r_in > 0 && ut->r_out > ut->r_in && ut->D_s > 0 && ut->k_g > 0 && ut->k_p > 0))
			BAD("U-tube: expected 0 < --r-in < --r-out, --shank > 0, --k-grout > 0 and "
			    "--k-pipe > 0");
		d->utube = ut;
		d->m_flow = o->flow;
	} else {
		d->Rb = o->rbstar;
	}
	d->years = o->years;
	d->peak_hours = o->peak_hours;
	d->g_fast = o->fast;
	d->H_min = isfinite(o->min_depth) ? o->min_depth : q->mode == HK_BF_LAND ? 20 : 0;
	d->H_max = isfinite(o->max_depth) ? o->max_depth : q->mode == HK_BF_LAND ? 150 : 0;
	if ((isfinite(o->min_depth) && !(o->min_depth > 0)) || (isfinite(o->max_depth) && !(o->max_depth > 0)))
		BAD("--min-depth and --max-depth: expected depths > 0 m");
	q->limits = (hk_bf_limits){o->tinmin, o->toutmax, o->loopdt, o->flow, o->tfmin, o->tfmax, NULL, NULL};
	q->depth = o->depth;
	q->spacing = o->spacing;
	q->spacing_y = o->spacing_y;
	q->max_aspect = o->max_aspect;
	q->max_n = (size_t)o->max_n;
	q->method_given = o->method != NULL;
	q->coords = o->coords;
	q->loads_path = loads_path;
	q->rho_c_mj = o->rhoc;
	q->tg_src = isfinite(o->tg) ? HK_BF_TG_GIVEN : isfinite(o->grad) ? HK_BF_TG_GRADIENT : HK_BF_TG_FLUX;
	q->geo_given = isfinite(o->grad) || isfinite(o->flux);
	q->utube = o->utube;
	sources(o, c, ci, q, src);
	q->imb_max = o->imb_max;
	q->w_per_m = o->wpm;
	q->w_per_m_inj = o->wpm_inj;
	return HK_OK;
}

hk_status hk_bf_opts_gfunc(const hk_bf_opts *o, const char *enc, int nargs, hk_bf_gfunc *g, double *x,
			   double *y, long *line, char *txt, size_t cap, hk_err *err)
{
	hk_bf_request q;
	hk_status st;
	memset(&q, 0, sizeof q);
	if (nargs || o->profile || !(o->depth > 0) || isnan(o->k) || (!o->field == !o->coords) || o->count ||
	    o->land)
		BAD("--gfunction needs --depth M, --k W/MK and the field (--field N1xN2 with --spacing M, or "
		    "--coords FILE), and no loads, --count or --land");
	if (!isnan(o->rbstar) || o->utube)
		BAD("--gfunction: the g-function needs no borehole resistance; drop --rb-star/--utube");
	if (o->field && !(o->spacing > 0))
		BAD("give --spacing M: the borehole spacing");
	hk_bf_opts fo = *o;
	if (isnan(fo.spacing_y))
		fo.spacing_y = fo.spacing;
	if ((st = hk_bf_opts_field(&fo, enc, &q, x, y, line, txt, cap, err)))
		return st;
	g->f = (hk_gfield){q.d.n, q.d.x, q.d.y, o->depth, o->buried, o->rb};
	g->alpha = o->k / (o->rhoc * 1e6); /* alpha = k / (rho c) */
	g->years = o->years;
	g->uhtr = o->uhtr;
	g->field_txt = txt;
	return HK_OK;
}
