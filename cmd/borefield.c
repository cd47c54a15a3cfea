/*
 * borefield.c - heatkit borefield: ground-source borefields sized by
 * g-functions.  The depth of a given field (L2/L3/L4), the number of
 * boreholes for a depth and spacing, or the best layout on a plot of land;
 * the mean fluid temperature month by month over the years, thermal
 * balance and drift, auxiliary (hybrid) capacity at a fixed depth, and
 * the rule-of-thumb length beside the rigorous one.  Physics in
 * lib/borefield, lib/gfunction, lib/borehole and lib/bfloads; this file
 * reads, calls and writes.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bfloads.h"
#include "borefield.h"
#include "cmds.h"
#include "diag.h"
#include "job.h"
#include "proftable.h"
#include "table.h"

/* options (NAN / NULL = not given) */
static const char *o_field, *o_layout, *o_coords, *o_land, *o_profile, *o_method, *o_utube;
static double o_k = NAN, o_rhoc = NAN, o_tg = NAN, o_tsurf = NAN, o_grad = NAN, o_flux = NAN;
static double o_spacing = NAN, o_spacing_y = NAN, o_rb = NAN, o_buried = NAN, o_depth = NAN;
static double o_min_depth = NAN, o_max_depth = NAN, o_max_aspect = NAN;
static double o_rbstar = NAN, o_rin = NAN, o_rout = NAN, o_shank = NAN, o_kg = NAN, o_kp = NAN;
static double o_flow = NAN, o_fk = NAN, o_frho = NAN, o_fcp = NAN, o_fmu = NAN;
static double o_tfmin = NAN, o_tfmax = NAN, o_tinmin = NAN, o_toutmax = NAN, o_loopdt = NAN;
static double o_cop = NAN, o_eer = NAN, o_peak_hours = NAN, o_wpm = NAN, o_imb_max = NAN;
static int o_years = -1, o_count, o_fast, o_max_n = -1;

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
	HK_OPT_NUM_(0, "k", &o_k, "W/MK", "ground thermal conductivity (from a thermal response test)",
		    "W/mK", "required (GB 50366-2009 §4.3.5A: from a thermal response test)"),
	HK_OPT_NUM_(0, "rho-c", &o_rhoc, "MJ/M3K", "ground volumetric heat capacity", "MJ/m3K",
		    "2.4 (Peere et al. 2021 and GHEtool's validation cases)"),
	HK_OPT_NUM_(0, "tg", &o_tg, "C", "undisturbed ground temperature", "C",
		    "required, or --t-surface with --gradient / --flux"),
	HK_OPT_NUM_(0, "t-surface", &o_tsurf, "C", "ground surface temperature (with --gradient or --flux)",
		    "C", "none"),
	HK_OPT_NUM_(0, "gradient", &o_grad, "K/100M", "geothermal gradient: Tg = Tsurf + grad (2D+H)/200",
		    "K/100m", "none"),
	HK_OPT_NUM_(0, "flux", &o_flux, "W/M2", "geothermal heat flux: Tg = Tsurf + flux/k (2D+H)/2",
		    "W/m2", "none"),
	HK_OPT_GROUP_("Field"),
	HK_OPT_STR_(0, "field", &o_field, "N1xN2", "boreholes along x and y (\"12x10\"; a line: \"8\")", "none"),
	HK_OPT_STR_(0, "layout", &o_layout, "rect|box|L|U|line",
		    "shape on the N1 x N2 grid: full rectangle, open rectangle, L, U or a line", "rect"),
	HK_OPT_NUM_(0, "spacing", &o_spacing, "M", "borehole spacing B", "m",
		    "required (GB 50366-2009 §4.3.8: 3-6 m)"),
	HK_OPT_NUM_(0, "spacing-y", &o_spacing_y, "M", "spacing along y when it differs", "m", "--spacing"),
	HK_OPT_STR_(0, "coords", &o_coords, "FILE", "borehole coordinates instead of a layout: x,y in m", "none"),
	HK_OPT_NUM_(0, "rb", &o_rb, "M", "borehole radius", "m",
		    "0.075 (GHEtool default; GB 50366-2009 §4.3.8 asks a diameter >= 0.11 m)"),
	HK_OPT_NUM_(0, "buried", &o_buried, "M", "buried depth D of the borehole top", "m",
		    "1.5 (GB 50366-2009 §4.3.8: horizontal pipes >= 1.5 m below ground)"),
	HK_OPT_GROUP_("Borehole resistance"),
	HK_OPT_NUM_(0, "rb-star", &o_rbstar, "MK/W", "effective borehole resistance Rb* (from a TRT)", "mK/W",
		    "none: give it or --utube"),
	HK_OPT_STR_(0, "utube", &o_utube, "single|double",
		    "compute Rb* from a U-tube (multipole J=2, Gnielinski film; pygfunction)", "none"),
	HK_OPT_NUM_(0, "r-out", &o_rout, "M", "pipe outer radius", "m",
		    "0.016 (De32 PE pipe, GB/T 13663) [toolkit assumption]"),
	HK_OPT_NUM_(0, "r-in", &o_rin, "M", "pipe inner radius", "m",
		    "0.0131 (De32 x 2.9 mm, SDR 11) [toolkit assumption]"),
	HK_OPT_NUM_(0, "shank", &o_shank, "M", "distance from the borehole centre to each pipe centre", "m",
		    "0.04 [toolkit assumption]"),
	HK_OPT_NUM_(0, "k-grout", &o_kg, "W/MK", "grout conductivity", "W/mK", "1.5 [toolkit assumption]"),
	HK_OPT_NUM_(0, "k-pipe", &o_kp, "W/MK", "pipe conductivity", "W/mK", "0.4 (PE, GHEtool Case B)"),
	HK_OPT_NUM_(0, "flow", &o_flow, "KG/S", "fluid flow per borehole (for Rb* and the loop dT)",
		    "kg/s", "none (required with --utube)"),
	HK_OPT_NUM_(0, "fluid-k", &o_fk, "W/MK", "fluid conductivity", "W/mK", "0.568 (water, GHEtool Case B)"),
	HK_OPT_NUM_(0, "fluid-rho", &o_frho, "KG/M3", "fluid density", "kg/m3", "998 (water)"),
	HK_OPT_NUM_(0, "fluid-cp", &o_fcp, "J/KGK", "fluid specific heat", "J/kgK", "4180 (water)"),
	HK_OPT_NUM_(0, "fluid-mu", &o_fmu, "PA.S", "fluid dynamic viscosity", "Pa s", "0.001 (water)"),
	HK_OPT_GROUP_("Temperature limits (on the mean fluid temperature)"),
	HK_OPT_NUM_(0, "t-in-min", &o_tinmin, "C", "lowest field inlet temperature in winter", "C",
		    "4 (GB 50366-2009 §4.3.5A, no antifreeze): Tf_min = 4 + dT_ext/2"),
	HK_OPT_NUM_(0, "t-out-max", &o_toutmax, "C", "highest field outlet temperature in summer", "C",
		    "33 (GB 50366-2009 §4.3.5A): Tf_max = 33 + dT_inj/2"),
	HK_OPT_NUM_(0, "loop-dt", &o_loopdt, "K", "fluid dT across the field at the peak (without --flow)",
		    "K", "5 (usual heat-pump loop design dT) [toolkit assumption]"),
	HK_OPT_NUM_(0, "tf-min", &o_tfmin, "C", "minimum mean fluid temperature (overrides --t-in-min)", "C",
		    "from --t-in-min"),
	HK_OPT_NUM_(0, "tf-max", &o_tfmax, "C", "maximum mean fluid temperature (overrides --t-out-max)", "C",
		    "from --t-out-max"),
	HK_OPT_GROUP_("Loads"),
	HK_OPT_STR_(0, "profile", &o_profile, "FILE",
		    "heatkit profile (loadcalc/hpsize; \"-\" = stdin): ground extraction = heat (1 - 1/COP)",
		    "none"),
	HK_OPT_NUM_(0, "cop", &o_cop, "COP", "heat-pump COP: ground extraction = heat (1 - 1/COP)", NULL,
		    "the profile's cop column; none for loads files"),
	HK_OPT_NUM_(0, "eer", &o_eer, "EER", "chiller EER: ground injection = cooling (1 + 1/EER)", NULL,
		    "none"),
	HK_OPT_INT_(0, "years", &o_years, "N", "simulation period", "20 (GHEtool, Peere et al. 2021)"),
	HK_OPT_NUM_(0, "peak-hours", &o_peak_hours, "H", "duration of the monthly peak loads", "h",
		    "6 (GHEtool; Ahmadfard & Bernier 2019)"),
	HK_OPT_GROUP_("Sizing"),
	HK_OPT_STR_(0, "method", &o_method, "L2|L3|L4",
		    "three pulses, monthly superposition, or hourly superposition",
		    "L3 for monthly loads and profiles, L4 for hourly loads"),
	HK_OPT_NUM_(0, "depth", &o_depth, "M",
		    "a fixed depth: simulate the field (and size auxiliaries), or the depth for --count", "m",
		    "none: the depth is sized"),
	HK_OPT_BOOL_(0, "count", &o_count, "size the number of boreholes (rectangles) for --depth and --spacing"),
	HK_OPT_STR_(0, "land", &o_land, "WxL", "best layout (fewest metres) on a W x L m plot", "none"),
	HK_OPT_NUM_(0, "min-depth", &o_min_depth, "M", "shallowest depth allowed", "m",
		    "1 (--land: 20, GB 50366-2009 §4.3.8)"),
	HK_OPT_NUM_(0, "max-depth", &o_max_depth, "M", "deepest depth allowed", "m",
		    "1000 (--land: 150, usual practice 80-150 m, standards-notes §6)"),
	HK_OPT_NUM_(0, "max-aspect", &o_max_aspect, "R", "--count: longest side / shortest side", NULL,
		    "2 [toolkit assumption]"),
	HK_OPT_INT_(0, "max-boreholes", &o_max_n, "N", "--count, --land: most boreholes tried", "1000"),
	HK_OPT_BOOL_(0, "fast", &o_fast, "fast g-functions (equivalent boreholes, 17 times): depths within "
		     "about 0.1-0.7 %"),
	HK_OPT_GROUP_("Checks"),
	HK_OPT_NUM_(0, "w-per-m", &o_wpm, "W/M", "rule-of-thumb extraction per metre, printed beside the result",
		    "W/m", "none (standards-notes §6: depends on a TRT, no default)"),
	HK_OPT_NUM_(0, "imbalance-max", &o_imb_max, "FRAC", "warn above this annual imbalance ratio", NULL,
		    "0.2 (practice: 10-20 %, standards-notes §6 [low authority])"),
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
		"L3, monthly superposition with peak pulses (GHEtool); L4, hourly superposition.\n"
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
		"and the peak extraction per metre drilled beside the --w-per-m rule of thumb.",
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
		"    cool_kw with --cop/--eer)\n"
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
		"  summary: boreholes, layout, spacing_m, depth_m, total_length_m, limit, quadrant,\n"
		"    tf_min_c, tf_max_c, limits and their derivation, rb_star_mk_w, imbalance, drift_k,\n"
		"    aux_cool_kw/kwh, aux_heat_kw/kwh, w_per_m, rot_length_m, depth_needed_m\n"
		"    (--count), and every default\n"
		"  -o FILE.xlsx: the monthly sheet with a chart of fluid temperature against time",
	.examples = examples,
	.options = options,
};

/* ---- inputs -------------------------------------------------------------- */

#define MAX_N 5000 /* boreholes */

static double *bx, *by;           /* coordinates */
static long *bline;               /* --coords: line of each borehole */
static size_t nb;
static double *m_ext, *m_inj, *m_pe, *m_pi; /* monthly ground loads */
static size_t nm;
static double *h_ext, *h_inj;     /* hourly ground loads */
static size_t nh;
static int loads_chinese;
static char loads_name[256];
static hk_bfprof_months pm;
static int have_profile;
static hk_gcache gc;              /* large: file scope */

static void *xcalloc(size_t n, size_t sz)
{
	void *p = calloc(n ? n : 1, sz);
	if (!p)
		hk_die(HK_EXIT_INPUT, "out of memory");
	return p;
}

static void read_coords(const char *path, const char *enc)
{
	static const hk_colspec cols[] = {
		{"x", "x|x_m|东|东坐标|坐标x", HK_DIM_LENGTH, HK_REQUIRED, "borehole x coordinate"},
		{"y", "y|y_m|北|北坐标|坐标y", HK_DIM_LENGTH, HK_REQUIRED, "borehole y coordinate"},
	};
	hk_reader *r;
	hk_err e;
	int rc;
	if (hk_reader_open(&r, path, enc, &e) != HK_OK || hk_reader_bind(r, cols, 2, &e) != HK_OK)
		hk_die_err(&e);
	while ((rc = hk_reader_next(r, &e)) > 0) {
		if (nb == MAX_N) {
			hk_fail_at(&e, HK_EINVAL, hk_reader_name(r), hk_reader_line(r), 1,
				   "more than %d boreholes: expected at most %d", MAX_N, MAX_N);
			hk_die_err(&e);
		}
		if (hk_reader_num(r, 0, &bx[nb], &e) != HK_OK || hk_reader_num(r, 1, &by[nb], &e) != HK_OK)
			hk_die_err(&e);
		bline[nb++] = hk_reader_line(r);
	}
	if (rc < 0)
		hk_die_err(&e);
	if (nb == 0) {
		hk_fail_at(&e, HK_EPARSE, hk_reader_name(r), 2, 1, "no boreholes: expected x,y rows");
		hk_die_err(&e);
	}
	hk_reader_close(r);
}

enum { L_MONTH, L_HOUR, L_EXT_KWH, L_INJ_KWH, L_PE, L_PI, L_HEAT_KWH, L_COOL_KWH, L_PH, L_PC,
       L_EXT_KW, L_INJ_KW, L_HEAT_KW, L_COOL_KW, L_N };
static const hk_colspec lcols[L_N] = {
	{"month", "month|月|月份", HK_DIM_COUNT, HK_POSITIVE | HK_INTEGER, "month number"},
	{"hour", "hour|小时|时刻", HK_DIM_COUNT, HK_NONNEG, "hour"},
	{"ext_kwh", "ext|extraction|ext_energy|取热量|取热", HK_DIM_ENERGY, HK_NONNEG, "ground extraction"},
	{"inj_kwh", "inj|injection|inj_energy|排热量|排热", HK_DIM_ENERGY, HK_NONNEG, "ground injection"},
	{"peak_ext_kw", "peak_ext|peak_extraction|取热峰值", HK_DIM_POWER, HK_NONNEG, "extraction peak"},
	{"peak_inj_kw", "peak_inj|peak_injection|排热峰值", HK_DIM_POWER, HK_NONNEG, "injection peak"},
	{"heat_kwh", "heat|heating|供热量|热量", HK_DIM_ENERGY, HK_NONNEG, "building heating"},
	{"cool_kwh", "cool|cooling|供冷量|冷量", HK_DIM_ENERGY, HK_NONNEG, "building cooling"},
	{"peak_heat_kw", "peak_heat|peak_heating|热负荷峰值", HK_DIM_POWER, HK_NONNEG, "heating peak"},
	{"peak_cool_kw", "peak_cool|peak_cooling|冷负荷峰值", HK_DIM_POWER, HK_NONNEG, "cooling peak"},
	{"ext_kw", "ext|extraction|取热|取热功率", HK_DIM_POWER, HK_NONNEG, "ground extraction"},
	{"inj_kw", "inj|injection|排热|排热功率", HK_DIM_POWER, HK_NONNEG, "ground injection"},
	{"heat_kw", "heat|heating|热负荷", HK_DIM_POWER, HK_NONNEG, "building heating"},
	{"cool_kw", "cool|cooling|冷负荷", HK_DIM_POWER, HK_NONNEG, "building cooling"},
};

static double conv_heat(double v)
{
	return hk_extraction_from_heating(v, o_cop);
}
static double conv_cool(double v)
{
	return hk_injection_from_cooling(v, o_eer);
}

/* the loads file: monthly (energies) or hourly (powers), ground or building */
static void read_loads(const char *path, const char *enc, int years)
{
	hk_reader *r;
	hk_err e;
	int rc, monthly, building, h[L_N];
	size_t cap = 0, n = 0, i;
	double *a[4] = {NULL, NULL, NULL, NULL};
	const char *name;

	if (hk_reader_open(&r, path, enc, &e) != HK_OK || hk_reader_bind(r, lcols, L_N, &e) != HK_OK)
		hk_die_err(&e);
	name = hk_reader_name(r);
	snprintf(loads_name, sizeof loads_name, "%s", name);
	loads_chinese = hk_reader_chinese(r);
	for (i = 0; i < L_N; i++)
		h[i] = hk_reader_has(r, i);
	monthly = h[L_EXT_KWH] || h[L_INJ_KWH] || h[L_HEAT_KWH] || h[L_COOL_KWH];
	if (monthly == (h[L_EXT_KW] || h[L_INJ_KW] || h[L_HEAT_KW] || h[L_COOL_KW])) {
		hk_fail_at(&e, HK_EPARSE, name, 1, 0,
			   monthly ? "both energies (kWh) and powers (kW) per row: expected monthly "
				     "ext_kwh,inj_kwh[,peak_ext_kw,peak_inj_kw] or hourly ext_kw,inj_kw"
				   : "no load columns: expected monthly ext_kwh,inj_kwh[,peak_ext_kw,"
				     "peak_inj_kw] (or heat_kwh,cool_kwh with --cop/--eer) or hourly "
				     "ext_kw,inj_kw (or heat_kw,cool_kw)");
		hk_die_err(&e);
	}
	building = monthly ? h[L_HEAT_KWH] || h[L_COOL_KWH] : h[L_HEAT_KW] || h[L_COOL_KW];
	if (building && (monthly ? h[L_EXT_KWH] || h[L_INJ_KWH] : h[L_EXT_KW] || h[L_INJ_KW])) {
		hk_fail_at(&e, HK_EPARSE, name, 1, 0,
			   "both ground loads (ext/inj) and building loads (heat/cool): expected one kind");
		hk_die_err(&e);
	}
	if (building && (monthly ? h[L_HEAT_KWH] : h[L_HEAT_KW]) && !(o_cop > 1))
		hk_die(HK_EXIT_INPUT, "%s has building heating: give --cop (> 1) to turn it into ground "
		       "extraction = heat (1 - 1/COP)", name);
	if (building && (monthly ? h[L_COOL_KWH] : h[L_COOL_KW]) && !(o_eer > 0))
		hk_die(HK_EXIT_INPUT, "%s has building cooling: give --eer (> 0) to turn it into ground "
		       "injection = cooling (1 + 1/EER)", name);
	while ((rc = hk_reader_next(r, &e)) > 0) {
		static const int mc[2][4] = {{L_EXT_KWH, L_INJ_KWH, L_PE, L_PI},
					     {L_HEAT_KWH, L_COOL_KWH, L_PH, L_PC}};
		static const int hc[2][2] = {{L_EXT_KW, L_INJ_KW}, {L_HEAT_KW, L_COOL_KW}};
		int k, nk = monthly ? 4 : 2;
		if (n == cap) {
			cap = cap ? 2 * cap : 1024;
			for (k = 0; k < 4; k++) {
				double *p = realloc(a[k], cap * sizeof *p);
				if (!p)
					hk_die(HK_EXIT_INPUT, "out of memory");
				a[k] = p;
			}
		}
		if (monthly && h[L_MONTH]) {
			double mo;
			if (hk_reader_num(r, L_MONTH, &mo, &e) != HK_OK)
				hk_die_err(&e);
			if (mo != (double)(n + 1) && mo != (double)(n % 12 + 1)) {
				hk_reader_fail(r, L_MONTH, &e, "month %g on data row %zu: expected %zu%s", mo,
					       n + 1, n % 12 + 1,
					       n >= 12 ? " (or the running month number)" : "");
				hk_die_err(&e);
			}
		}
		for (k = 0; k < nk; k++) {
			int c = monthly ? mc[building][k] : hc[building][k];
			double v = 0;
			hk_status st = hk_reader_num(r, (size_t)c, &v, &e);
			if (st != HK_OK && st != HK_ENOTFOUND)
				hk_die_err(&e);
			if (st == HK_ENOTFOUND)
				v = 0;
			if (building)
				v = k % 2 == 0 ? (v > 0 ? conv_heat(v) : 0) : (v > 0 ? conv_cool(v) : 0);
			a[k][n] = v;
		}
		n++;
	}
	if (rc < 0)
		hk_die_err(&e);
	{
		size_t per = monthly ? 12 : 8760, want = per * (size_t)years;
		if (n != per && n != want) {
			hk_fail_at(&e, HK_EINVAL, name, hk_reader_line(r) + 1, 0,
				   "%zu %s of loads: expected %zu (one year, repeated every year) or %zu "
				   "(%zu x %d years of --years)", n, monthly ? "months" : "hours", per, want,
				   per, years);
			hk_die_err(&e);
		}
	}
	hk_reader_close(r);
	if (monthly) {
		nm = n;
		m_ext = a[0];
		m_inj = a[1];
		m_pe = a[2];
		m_pi = a[3];
	} else {
		nh = n;
		h_ext = a[0];
		h_inj = a[1];
		free(a[2]);
		free(a[3]);
	}
}

/* the profile: ground extraction per step = heat (1 - 1/COP) */
enum { P_HP_HEAT, P_COP, P_COOL, P_EER, P_N };
static const hk_colspec pcols[P_N] = {
	{"hp_heat_kw", "hp_heat|热泵供热量", HK_DIM_POWER, HK_NONNEG, "heat-pump heat (hpsize)"},
	{"cop", "cop|能效比", HK_DIM_NONE, HK_POSITIVE, "COP (hpsize)"},
	{"cool_load_kw", "cool_load|cooling_load|冷负荷", HK_DIM_POWER, HK_NONNEG, "cooling load"},
	{"eer", "eer|制冷能效比", HK_DIM_NONE, HK_POSITIVE, "EER"},
};

static const char *heat_src = "", *cop_src = "";

static void read_profile(const char *path, const char *enc)
{
	hk_proftable p;
	hk_err e;
	size_t i;
	double *ext, *inj = NULL;
	if (hk_proftable_read(path, enc, pcols, P_N, &p, &e) != HK_OK)
		hk_die_err(&e);
	if (!isfinite(o_cop) && !p.has_extra[P_COP])
		hk_die(HK_EXIT_INPUT, "%s has no cop column: give --cop (ground extraction = heat (1 - 1/COP))",
		       p.file);
	if (p.has_extra[P_COOL] && !isfinite(o_eer) && !p.has_extra[P_EER])
		hk_die(HK_EXIT_INPUT, "%s has cool_load_kw: give --eer (ground injection = cooling "
		       "(1 + 1/EER))", p.file);
	heat_src = p.has_extra[P_HP_HEAT] ? "hp_heat_kw" : "heat_load_kw";
	cop_src = isfinite(o_cop) ? "--cop" : "the profile's cop column";
	ext = xcalloc(p.n, sizeof *ext);
	if (p.has_extra[P_COOL])
		inj = xcalloc(p.n, sizeof *inj);
	for (i = 0; i < p.n; i++) {
		double heat = p.has_extra[P_HP_HEAT] ? hk_proftable_x(&p, i, P_HP_HEAT) : p.steps[i].load_kw;
		double cop = isfinite(o_cop) ? o_cop : hk_proftable_x(&p, i, P_COP);
		if (!isfinite(heat))
			heat = 0;
		if (heat > 0 && !(cop > 1)) {
			hk_fail_at(&e, HK_EINVAL, p.file, (long)i + 2, 0,
				   "step %zu: COP %g with heat %g kW: expected COP > 1 for ground extraction "
				   "= heat (1 - 1/COP)", i + 1, cop, heat);
			hk_die_err(&e);
		}
		ext[i] = heat > 0 ? hk_extraction_from_heating(heat, cop) : 0;
		if (inj) {
			double cool = hk_proftable_x(&p, i, P_COOL);
			double eer = isfinite(o_eer) ? o_eer : hk_proftable_x(&p, i, P_EER);
			inj[i] = cool > 0 ? hk_injection_from_cooling(cool, eer) : 0;
			if (cool > 0 && !isfinite(inj[i]))
				hk_die(HK_EXIT_INPUT, "%s step %zu: EER %g: expected > 0", p.file, i + 1, eer);
		}
	}
	if (hk_bfprof_to_months(p.steps, ext, inj, p.n, -1, -1, &pm, &e) != HK_OK) {
		snprintf(e.file, sizeof e.file, "%s", p.file);
		hk_die_err(&e);
	}
	if (!loads_name[0]) {
		snprintf(loads_name, sizeof loads_name, "%s", p.file);
		loads_chinese = p.chinese;
	}
	have_profile = 1;
	free(ext);
	free(inj);
	hk_proftable_free(&p);
}

/* ---- helpers --------------------------------------------------------------- */

/* a decimal number at s (digits and one '.'; no sign, hex or exponent) */
static double decimal(const char *s, char **end)
{
	const char *p = s;
	while ((*p >= '0' && *p <= '9') || *p == '.')
		p++;
	if (p == s) {
		*end = (char *)s;
		return NAN;
	}
	{
		char buf[64];
		size_t n = (size_t)(p - s) < sizeof buf - 1 ? (size_t)(p - s) : sizeof buf - 1;
		memcpy(buf, s, n);
		buf[n] = '\0';
		*end = (char *)p;
		return strtod(buf, NULL);
	}
}

/* "12x10", "12×10", "12*10" or "12": decimal numbers only ("0x10" is not 16) */
static int parse_pair(const char *s, double *a, double *b)
{
	char *end;
	*a = decimal(s, &end);
	if (end == s)
		return 0;
	if (*end == '\0') {
		*b = NAN;
		return 1;
	}
	if (*end != 'x' && *end != 'X' && strncmp(end, "×", strlen("×")) != 0 && *end != '*')
		return 0;
	end += strncmp(end, "×", strlen("×")) == 0 ? strlen("×") : 1;
	{
		const char *start = end;
		*b = decimal(start, &end);
		return end != start && *end == '\0' && isfinite(*b);
	}
}

/* largest monthly peak (kW, the peak or energy/730 h) of one kind */
static double peak_of(const double *e, const double *p, size_t n)
{
	double m = 0;
	for (size_t i = 0; i < n; i++)
		m = fmax(m, fmax(p ? p[i] : 0, e[i] / HK_HOURS_PER_MONTH));
	return m;
}

enum { M_DEPTH, M_FIXED, M_COUNT, M_LAND }; /* what a run sizes */

static double pk_ext, pk_inj, dt_ext, dt_inj;
static char lim_src_min[400], lim_src_max[400];

/* the mean-fluid limits for a field of n boreholes (GB 50366 §4.3.5A) */
static void set_limits(hk_bfdesign *d, size_t n)
{
	if (isfinite(o_flow)) {
		dt_ext = hk_fluid_delta_t(pk_ext, n, o_flow, d->fluid.cp);
		dt_inj = hk_fluid_delta_t(pk_inj, n, o_flow, d->fluid.cp);
	} else {
		dt_ext = pk_ext > 0 ? o_loopdt : 0;
		dt_inj = pk_inj > 0 ? o_loopdt : 0;
	}
	if (isfinite(o_tfmin)) {
		d->Tf_min = o_tfmin;
		snprintf(lim_src_min, sizeof lim_src_min, "--tf-min");
	} else {
		d->Tf_min = o_tinmin + dt_ext / 2;
		snprintf(lim_src_min, sizeof lim_src_min,
			 "Tf_min = T_in,min + dT_ext/2 = %g + %.3f/2; T_in,min %s; dT_ext %s", o_tinmin,
			 dt_ext, o_tinmin == 4 ? "4 C: GB 50366-2009 §4.3.5A (winter inlet > 4 C without "
						 "antifreeze)" : "--t-in-min",
			 !(pk_ext > 0) ? "0: no heat is extracted" :
			 isfinite(o_flow) ? "= peak x 1000/(n m cp) from --flow" : "from --loop-dt");
	}
	if (isfinite(o_tfmax)) {
		d->Tf_max = o_tfmax;
		snprintf(lim_src_max, sizeof lim_src_max, "--tf-max");
	} else {
		d->Tf_max = o_toutmax + dt_inj / 2;
		snprintf(lim_src_max, sizeof lim_src_max,
			 "Tf_max = T_out,max + dT_inj/2 = %g + %.3f/2; T_out,max %s; dT_inj %s", o_toutmax,
			 dt_inj, o_toutmax == 33 ? "33 C: GB 50366-2009 §4.3.5A (summer outlet < 33 C)"
						 : "--t-out-max",
			 !(pk_inj > 0) ? "0: no heat is injected" :
			 isfinite(o_flow) ? "= peak x 1000/(n m cp) from --flow" : "from --loop-dt");
	}
}

static const char *quadrant_text(int q)
{
	switch (q) {
	case 1: return "maximum temperature, extraction-dominated field";
	case 2: return "maximum temperature, injection-dominated field";
	case 3: return "minimum temperature, injection-dominated field";
	case 4: return "minimum temperature, extraction-dominated field";
	}
	return "";
}

static void die_nosol(const hk_err *e, const char *what)
{
	hk_die(HK_EXIT_INPUT, "%s: %s", what, e->what);
}

static const hk_col mcols[] = {
	{"month_index", NULL, "月序号", "month", 0},
	{"year", NULL, "年", "year", 0},
	{"month", NULL, "月", "month of the year", 0},
	{"t_years", "a", "时间", "time", 4},
	{"ext_kwh", "kWh", "取热量", "extraction", 1},
	{"inj_kwh", "kWh", "排热量", "injection", 1},
	{"peak_ext_kw", "kW", "取热峰值", "peak extraction", 2},
	{"peak_inj_kw", "kW", "排热峰值", "peak injection", 2},
	{"tb_c", "℃", "孔壁温度", "borehole wall", 3},
	{"tf_c", "℃", "平均流体温度", "mean fluid (average load)", 3},
	{"tf_peak_ext_c", "℃", "取热峰值时流体温度", "mean fluid at peak extraction", 3},
	{"tf_peak_inj_c", "℃", "排热峰值时流体温度", "mean fluid at peak injection", 3},
	{"tf_min_limit_c", "℃", "流体温度下限", "lower limit", 3},
	{"tf_max_limit_c", "℃", "流体温度上限", "upper limit", 3},
};
#define NMCOL (sizeof mcols / sizeof mcols[0])

/*
 * The month-by-month table at depth H: wall and mean fluid temperature
 * (monthly means) and the fluid at the peaks (L3), or the hourly extremes
 * of each month (L4); T gets the extremes over the whole run.
 */
static void monthly_temps(const hk_bfdesign *d, const hk_mload *ml, const hk_hload *hl,
			  hk_method method, double H, size_t nrow, double *tb, double *tf,
			  double *tfe, double *tfi, hk_temps *T)
{
	hk_err e;
	size_t i;
	memset(T, 0, sizeof *T);
	if (method == HK_L4) {
		size_t nhr = (size_t)8760 * d->years;
		double *hb = xcalloc(2 * nhr, sizeof *hb);
		T->Tb = hb;
		T->Tf = hb + nhr;
		if (hk_temps_l4(d, hl, H, &gc, T, &e) != HK_OK)
			hk_die(HK_EXIT_INPUT, "%s", e.what);
		for (i = 0; i < nrow; i++) {
			size_t y = i / 12, m = i % 12, h0 = y * 8760 + m * 730, h1 = m == 11 ? (y + 1) * 8760 : h0 + 730;
			double sb = 0, sf = 0, lo = INFINITY, hi = -INFINITY;
			for (size_t h = h0; h < h1; h++) {
				sb += T->Tb[h];
				sf += T->Tf[h];
				lo = fmin(lo, T->Tf[h]);
				hi = fmax(hi, T->Tf[h]);
			}
			tb[i] = sb / (double)(h1 - h0);
			tf[i] = sf / (double)(h1 - h0);
			tfe[i] = lo;
			tfi[i] = hi;
		}
		free(hb);
		T->Tb = T->Tf = NULL;
	} else {
		T->Tb = tb;
		T->Tf = tf;
		T->Tf_ext = tfe;
		T->Tf_inj = tfi;
		if (hk_temps_l3(d, ml, H, &gc, T, &e) != HK_OK)
			hk_die(HK_EXIT_INPUT, "%s", e.what);
	}
}

/*
 * Options that are wrong whatever the loads, the defaults the summary
 * prints with their sources, and what the run is: the mode (depth, fixed
 * depth, count, land) and the method.  Dies on the first problem.
 */
static void check_options(int nargs, const char *loads_path, int *mode, double *land_w,
			  double *land_l, hk_method *method)
{
	if (nargs > 1)
		hk_die(HK_EXIT_INPUT, "expected at most one loads file (see heatkit borefield --help)");
	if (!loads_path && !o_profile)
		hk_die(HK_EXIT_INPUT, "give the loads: a LOADS.csv file (\"-\" = standard input) or "
		       "--profile FILE (see heatkit borefield --help)");
	if (loads_path && o_profile && !strcmp(loads_path, "-") && !strcmp(o_profile, "-"))
		hk_die(HK_EXIT_INPUT, "the loads file and --profile cannot both be standard input");

	/* defaults, each with the source the summary prints */
	if (isnan(o_rhoc)) o_rhoc = 2.4;
	if (isnan(o_rb)) o_rb = 0.075;
	if (isnan(o_buried)) o_buried = 1.5;
	if (isnan(o_tinmin)) o_tinmin = 4;
	if (isnan(o_toutmax)) o_toutmax = 33;
	if (isnan(o_loopdt)) o_loopdt = 5;
	if (isnan(o_peak_hours)) o_peak_hours = 6;
	if (isnan(o_imb_max)) o_imb_max = 0.2;
	if (isnan(o_max_aspect)) o_max_aspect = 2;
	if (o_years < 0) o_years = 20;
	if (o_max_n < 0) o_max_n = 1000;

	/* options that are wrong whatever the loads */
	if (isnan(o_k))
		hk_die(HK_EXIT_INPUT, "give --k W/MK: the ground conductivity (GB 50366-2009 §4.3.5A: from "
		       "a thermal response test)");
	if (!(o_k > 0) || !isfinite(o_k))
		hk_die(HK_EXIT_INPUT, "--k %g: expected a ground conductivity > 0 W/mK", o_k);
	if (!(o_rhoc > 0) || !isfinite(o_rhoc))
		hk_die(HK_EXIT_INPUT, "--rho-c %g: expected a volumetric heat capacity > 0 MJ/m3K", o_rhoc);
	if (isnan(o_tg) == isnan(o_tsurf))
		hk_die(HK_EXIT_INPUT, "give --tg C (undisturbed ground temperature) or --t-surface C with "
		       "--gradient or --flux, one of them");
	if (isfinite(o_tsurf) && isnan(o_grad) == isnan(o_flux))
		hk_die(HK_EXIT_INPUT, "--t-surface needs one of --gradient K/100M or --flux W/M2");
	if (!(o_rb > 0))
		hk_die(HK_EXIT_INPUT, "--rb %g: expected a borehole radius > 0 m", o_rb);
	if (!(o_buried >= 0))
		hk_die(HK_EXIT_INPUT, "--buried %g: expected a depth >= 0 m", o_buried);
	if (o_years < 1 || o_years > 100)
		hk_die(HK_EXIT_INPUT, "--years %d: expected 1 to 100", o_years);
	if (!(o_peak_hours > 0 && o_peak_hours <= 730))
		hk_die(HK_EXIT_INPUT, "--peak-hours %g: expected 0 < h <= 730", o_peak_hours);
	if (!(o_loopdt > 0))
		hk_die(HK_EXIT_INPUT, "--loop-dt %g: expected a temperature difference > 0 K", o_loopdt);
	if (isfinite(o_wpm) && !(o_wpm > 0))
		hk_die(HK_EXIT_INPUT, "--w-per-m %g: expected > 0 W/m", o_wpm);
	if (isfinite(o_cop) && !(o_cop > 1))
		hk_die(HK_EXIT_INPUT, "--cop %g: expected a COP > 1 (extraction = heat (1 - 1/COP))", o_cop);
	if (isfinite(o_eer) && !(o_eer > 0))
		hk_die(HK_EXIT_INPUT, "--eer %g: expected an EER > 0", o_eer);
	if (isnan(o_rbstar) == !o_utube)
		hk_die(HK_EXIT_INPUT, "give --rb-star MK/W (effective borehole resistance, e.g. from a "
		       "thermal response test) or --utube single|double with the pipe geometry and --flow, "
		       "one of them");
	if (isfinite(o_rbstar) && !(o_rbstar > 0))
		hk_die(HK_EXIT_INPUT, "--rb-star %g: expected a resistance > 0 mK/W", o_rbstar);
	if (o_utube && strcmp(o_utube, "single") && strcmp(o_utube, "double"))
		hk_die(HK_EXIT_INPUT, "--utube %s: expected single or double", o_utube);
	if (o_utube && !(o_flow > 0))
		hk_die(HK_EXIT_INPUT, "--utube needs --flow KG/S: the fluid flow per borehole");
	if (isfinite(o_flow) && !(o_flow > 0))
		hk_die(HK_EXIT_INPUT, "--flow %g: expected a flow > 0 kg/s per borehole", o_flow);

	/* the mode */
	if (o_land && o_count)
		hk_die(HK_EXIT_INPUT, "--land and --count: expected one of them");
	if (o_land) {
		*mode = M_LAND;
		if (!parse_pair(o_land, land_w, land_l) || !(*land_w >= 0) || !(*land_l >= 0))
			hk_die(HK_EXIT_INPUT, "--land %s: expected W x L in metres, e.g. 60x40", o_land);
		if (isfinite(o_depth))
			hk_die(HK_EXIT_INPUT, "--land sizes the depth too: drop --depth (use --min-depth/--max-depth)");
	} else if (o_count) {
		*mode = M_COUNT;
		if (!(o_depth > 0))
			hk_die(HK_EXIT_INPUT, "--count needs --depth M: the depth of every borehole");
	} else {
		*mode = isfinite(o_depth) ? M_FIXED : M_DEPTH;
		if (*mode == M_FIXED && !(o_depth > 0))
			hk_die(HK_EXIT_INPUT, "--depth %g: expected a depth > 0 m", o_depth);
	}
	if (*mode != M_DEPTH && *mode != M_FIXED && (o_field || o_coords))
		hk_die(HK_EXIT_INPUT, "--%s chooses the field: drop --field/--coords", o_land ? "land" : "count");
	if ((*mode == M_DEPTH || *mode == M_FIXED) && !o_field == !o_coords)
		hk_die(HK_EXIT_INPUT, "give the field: --field N1xN2 with --spacing M, or --coords FILE");
	if (o_layout && (o_land || o_count))
		hk_die(HK_EXIT_INPUT, "--layout %s: --%s chooses the layout; drop --layout", o_layout,
		       o_land ? "land" : "count");
	if (o_layout && !o_field)
		hk_die(HK_EXIT_INPUT, "--layout %s shapes a --field: give --field N1xN2, or drop --layout",
		       o_layout);
	if (o_coords && (!isnan(o_spacing) || !isnan(o_spacing_y)))
		hk_die(HK_EXIT_INPUT, "--spacing with --coords: the coordinates place the boreholes; "
		       "drop --spacing");
	if ((*mode != M_DEPTH && *mode != M_FIXED) || o_field) {
		if (isnan(o_spacing))
			hk_die(HK_EXIT_INPUT, "give --spacing M: the borehole spacing (GB 50366-2009 §4.3.8: 3-6 m)");
		if (!(o_spacing > 0))
			hk_die(HK_EXIT_INPUT, "--spacing %g: expected a spacing > 0 m", o_spacing);
		if (isnan(o_spacing_y))
			o_spacing_y = o_spacing;
		if (fmin(o_spacing, o_spacing_y) < 2 * o_rb)
			hk_die(HK_EXIT_INPUT, "--spacing %g m is smaller than the borehole diameter %g m "
			       "(2 x --rb): boreholes would overlap; expected a spacing >= %g m",
			       fmin(o_spacing, o_spacing_y), 2 * o_rb, 2 * o_rb);
	}
	if (o_method) {
		if (!strcmp(o_method, "L2") || !strcmp(o_method, "l2"))
			*method = HK_L2;
		else if (!strcmp(o_method, "L3") || !strcmp(o_method, "l3"))
			*method = HK_L3;
		else if (!strcmp(o_method, "L4") || !strcmp(o_method, "l4"))
			*method = HK_L4;
		else
			hk_die(HK_EXIT_INPUT, "--method %s: expected L2, L3 or L4", o_method);
	} else {
		*method = HK_L3;
	}
}

/* what a run found, for its summary */
struct outcome {
	int mode;
	hk_method method;
	const char *method_src, *loads_path, *layout_txt, *limit_txt;
	double H, land_w, land_l;
	int within;
	const hk_bfdesign *d;
	const hk_utube *ut;
	const hk_sizing *sz;
	const hk_balance *bal;
	const hk_hybrid *hy;
	const hk_temps *T;
};

/* the summary rows (key, value, unit, label, source) and the design-rule warnings */
static void write_summary(hk_job *job, const struct outcome *r)
{
	char buf[600];
	hk_summary *s = &job->sum;
	static const char *const mname[] = {"depth", "fixed", "count", "land"};
	double total = r->H * (double)nb;
	hk_sum_text(s, "mode", mname[r->mode], "计算模式", "mode",
		    r->mode == M_DEPTH ? "default: the depth of the given field"
		    : r->mode == M_FIXED ? "--depth: the field simulated at that depth (hybrid if needed)"
		    : r->mode == M_COUNT ? "--count: smallest rectangle at --depth and --spacing"
				      : "--land: fewest metres drilled on the plot (rectangles and open "
					"rectangles)");
	hk_sum_text(s, "method", r->method == HK_L2 ? "L2" : r->method == HK_L3 ? "L3" : "L4", "计算方法",
		    "method", r->method_src);
	if (o_fast)
		snprintf(buf, sizeof buf, "fast: equivalent boreholes (<= 64 unknowns), 17 geometric times");
	else if (gc.computed == 0) /* L2: its own three-time solve */
		snprintf(buf, sizeof buf, "UBWT, 8 segments, solved at the three pulse times");
	else {
		char grp[160];
		const hk_gstats *g = &gc.last_acc;
		if (!g->equivalent)
			snprintf(grp, sizeof grp, "%zu exact symmetry classes", g->classes);
		else if (g->exact_classes)
			snprintf(grp, sizeof grp, "%zu equivalent boreholes for %zu symmetry classes "
				 "(g %.2g %% off theirs, limit %g %%)", g->classes, g->exact_classes,
				 100 * g->group_err, 100 * HK_BF_GROUP_TOL);
		else
			snprintf(grp, sizeof grp, "%zu equivalent boreholes", g->classes);
		snprintf(buf, sizeof buf, "%sUBWT, 8 segments, %s, 33 geometric times + Richardson; "
			 "one table per 5 %% of depth, the depth change from fast tables",
			 r->method == HK_L2 ? "L2 sized at the three pulse times; the temperatures: " : "",
			 grp);
	}
	hk_sum_text(s, "g_function", buf, "g函数", "g-function",
		    o_fast ? "--fast (Prieto & Cimmino 2021); depths within about 0.1-0.7 % of the "
			     "accurate ones (bench/RESULTS.md)"
			   : "Cimmino & Bernier 2014, Cimmino 2018 (pygfunction similarities); "
			     "grouping: Prieto & Cimmino 2021, checked by one exact step; "
			     "depth anchoring: heatkit, within 0.01 % of per-depth tables");
	hk_sum_num(s, "boreholes", (double)nb, "", 0, "钻孔数", "boreholes",
		   r->mode == M_COUNT ? "sized (--count)" : r->mode == M_LAND ? "sized (--land)" : r->layout_txt);
	hk_sum_text(s, "layout", r->layout_txt, "布置", "layout",
		    o_coords ? "--coords" : o_field ? "--field/--layout" : "sized");
	if (!o_coords) {
		hk_sum_num(s, "spacing_m", o_spacing, "m", 2, "孔间距", "spacing", "--spacing");
		if (o_spacing_y != o_spacing)
			hk_sum_num(s, "spacing_y_m", o_spacing_y, "m", 2, "y向孔间距", "spacing along y",
				   "--spacing-y");
	}
	if (r->mode == M_LAND) {
		hk_sum_num(s, "land_w_m", r->land_w, "m", 1, "场地宽", "land width", "--land");
		hk_sum_num(s, "land_l_m", r->land_l, "m", 1, "场地长", "land length", "--land");
	}
	hk_sum_num(s, "depth_m", r->H, "m", 2, "孔深", "borehole depth",
		   r->mode == M_FIXED || r->mode == M_COUNT ? "--depth"
		   : r->method == HK_L2 ? "sized, L2 three pulses (Ahmadfard & Bernier 2019; Peere et al. 2021)"
		   : r->method == HK_L3 ? "sized, L3 monthly superposition with peaks (GHEtool)"
				     : "sized, L4 hourly superposition (GHEtool)");
	hk_sum_num(s, "total_length_m", total, "m", 1, "总钻孔长度", "total length drilled",
		   "boreholes x depth_m (GB 50366 §4.3.6: headers not counted)");
	hk_sum_text(s, "limit", r->limit_txt, "控制条件", "limiting condition",
		    r->mode == M_FIXED ? "simulation at --depth"
		    : r->mode == M_COUNT ? "the smallest field sized for its own depth (GHEtool sizing), "
					   "then simulated at --depth"
					 : "the limit met exactly at the size (GHEtool sizing)");
	if (r->mode == M_COUNT)
		hk_sum_num(s, "depth_needed_m", r->sz->H, "m", 2, "所需孔深", "depth the field needs",
			   "sized for the counted field (<= --depth)");
	if (r->mode != M_FIXED) {
		hk_sum_num(s, "quadrant", r->sz->quadrant, "", 0, "控制象限", "limiting quadrant",
			   "GHEtool: 1/2 maximum, 3/4 minimum temperature; 1/4 extraction-dominated");
		hk_sum_num(s, "limit_year", r->sz->year, "", 0, "控制年份", "year of the binding extreme",
			   "1 = first year");
	}
	hk_sum_num(s, "tf_min_c", r->T->Tf_min, "℃", 3, "最低平均流体温度", "lowest mean fluid temperature",
		   r->method == HK_L4 ? "L4 hourly over the years"
		   : r->method == HK_L2 ? "L3 at peak extraction over the years, at the L2 depth"
				     : "L3 at peak extraction over the years");
	hk_sum_num(s, "tf_max_c", r->T->Tf_max, "℃", 3, "最高平均流体温度", "highest mean fluid temperature",
		   r->method == HK_L4 ? "L4 hourly over the years"
		   : r->method == HK_L2 ? "L3 at peak injection over the years, at the L2 depth"
				     : "L3 at peak injection over the years");
	hk_sum_num(s, "tf_min_limit_c", r->d->Tf_min, "℃", 3, "平均流体温度下限", "lower limit, mean fluid",
		   lim_src_min);
	hk_sum_num(s, "tf_max_limit_c", r->d->Tf_max, "℃", 3, "平均流体温度上限", "upper limit, mean fluid",
		   lim_src_max);
	if (!isfinite(o_tfmin) || !isfinite(o_tfmax)) {
		hk_sum_num(s, "dt_ext_k", dt_ext, "K", 3, "取热峰值时进出口温差", "fluid dT at peak extraction",
			   isfinite(o_flow) ? "peak x 1000/(n m_flow cp) (Ahmadfard & Bernier 2019)"
			   : o_loopdt == 5 ? "--loop-dt default 5 K: usual heat-pump loop design dT "
					     "[toolkit assumption]" : "--loop-dt");
		hk_sum_num(s, "dt_inj_k", dt_inj, "K", 3, "排热峰值时进出口温差", "fluid dT at peak injection",
			   isfinite(o_flow) ? "peak x 1000/(n m_flow cp)" : "--loop-dt");
	}
	hk_sum_num(s, "tg_c", r->T->Tg, "℃", 3, "原始地温", "undisturbed ground temperature",
		   isfinite(o_tg) ? "--tg" : isfinite(o_grad) ? "--t-surface + gradient/100 x (2D+H)/2 "
								"(GHEtool)"
							      : "--t-surface + flux/k x (2D+H)/2 (GHEtool)");
	hk_sum_num(s, "k_w_mk", o_k, "W/mK", 3, "岩土导热系数", "ground conductivity", "--k");
	hk_sum_num(s, "rho_c_mj_m3k", o_rhoc, "MJ/m3K", 3, "岩土容积比热", "ground heat capacity",
		   o_rhoc == 2.4 ? "default 2.4 MJ/m3K (Peere et al. 2021; GHEtool validation cases)"
				 : "--rho-c");
	hk_sum_num(s, "rb_m", o_rb, "m", 4, "钻孔半径", "borehole radius",
		   o_rb == 0.075 ? "default 0.075 m (GHEtool; GB 50366-2009 §4.3.8: diameter >= 0.11 m)"
				 : "--rb");
	hk_sum_num(s, "buried_m", o_buried, "m", 2, "钻孔顶部埋深", "buried depth of the top",
		   o_buried == 1.5 ? "default 1.5 m (GB 50366-2009 §4.3.8: horizontal pipes >= 1.5 m "
				     "below ground)" : "--buried");
	if (o_utube) {
		snprintf(buf, sizeof buf, "%s U (r_in %g, r_out %g, shank %g m, k_grout %g, k_pipe %g W/mK; "
			 "flow %g kg/s per borehole): multipole J=2 (Claesson & Hellstrom 2011) with "
			 "Gnielinski film, Rb* from the depth solution (pygfunction)%s", o_utube, r->ut->r_in,
			 r->ut->r_out, r->ut->D_s, r->ut->k_g, r->ut->k_p, o_flow,
			 isnan(o_rin) || isnan(o_rout) || isnan(o_shank) || isnan(o_kg) || isnan(o_kp)
			 ? "; defaults used: De32 x 2.9 PE pipe (GB/T 13663), shank 0.04 m, grout 1.5 W/mK are "
			   "toolkit assumptions [UNVERIFIED], pipe 0.4 W/mK GHEtool Case B" : "");
		hk_sum_num(s, "rb_star_mk_w", r->T->Rb, "mK/W", 4, "钻孔等效热阻", "effective borehole resistance Rb*",
			   buf);
		hk_sum_text(s, "fluid", "", "循环液", "fluid",
			    isnan(o_fk) && isnan(o_frho) && isnan(o_fcp) && isnan(o_fmu)
			    ? "default water: k 0.568, rho 998, cp 4180, mu 0.001 (GHEtool Case B)"
			    : "--fluid-k/--fluid-rho/--fluid-cp/--fluid-mu");
	} else {
		hk_sum_num(s, "rb_star_mk_w", o_rbstar, "mK/W", 4, "钻孔等效热阻",
			   "effective borehole resistance Rb*", "--rb-star");
	}
	hk_sum_num(s, "years", o_years, "a", 0, "模拟年限", "simulation period",
		   o_years == 20 ? "default 20 a (GHEtool; Peere et al. 2021)" : "--years");
	if (r->method != HK_L4)
		hk_sum_num(s, "peak_hours", o_peak_hours, "h", 1, "峰值持续时间", "peak duration",
			   o_peak_hours == 6 ? "default 6 h (GHEtool; Ahmadfard & Bernier 2019)" : "--peak-hours");
	hk_sum_num(s, "peak_ext_kw", pk_ext, "kW", 2, "最大取热峰值", "largest extraction peak",
		   "max over months of max(peak, energy/730 h)");
	hk_sum_num(s, "peak_inj_kw", pk_inj, "kW", 2, "最大排热峰值", "largest injection peak",
		   "max over months of max(peak, energy/730 h)");
	hk_sum_num(s, "annual_ext_kwh", r->bal->ext_kwh_y, "kWh", 1, "年取热量", "annual ground extraction",
		   have_profile ? "sum over the profile of heat x (1 - 1/COP) x dt_h x days"
		   : "mean over the years of the loads");
	hk_sum_num(s, "annual_inj_kwh", r->bal->inj_kwh_y, "kWh", 1, "年排热量", "annual ground injection",
		   "mean over the years of the loads");
	hk_sum_num(s, "imbalance", r->bal->imbalance, "", 4, "年不平衡率", "annual imbalance ratio",
		   "(inj - ext)/max(inj, ext); GB 50366-2009 §4.3.2 asks for balance");
	hk_sum_num(s, "drift_k", r->bal->drift_K, "K", 3, "地温漂移", "ground temperature drift",
		   "mean Tb of the last year - mean Tb of the first (L3)");
	int hourly = r->method == HK_L4;
	const char *aux_e = hourly ? "the hourly load above the cap, summed (hybrid, L4); mean a year"
		: "above the cap in L3's month: one peak block of peak_hours on a flat base "
		  "(a lower bound when peaks recur daily: give hourly loads); mean a year";
	hk_sum_num(s, "aux_cool_kw", r->hy->cool_kw, "kW", 2, "辅助冷却容量", "auxiliary cooling (tower)",
		   r->mode == M_FIXED ? (r->within ? "none needed: the field stays within the limits"
					: hourly ? "smallest cap on the hourly injection that keeps Tf_max "
						   "(hybrid, L4; GB 50366-2009 §4.3.3)"
						 : "smallest cap on the injection peak that keeps Tf_max "
						   "(hybrid, L3; GB 50366-2009 §4.3.3)")
				   : "none: the sized field meets the limits on its own");
	hk_sum_num(s, "aux_cool_kwh", r->hy->cool_kwh_y, "kWh", 1, "辅助冷却年耗量", "auxiliary cooling a year",
		   aux_e);
	hk_sum_num(s, "aux_heat_kw", r->hy->heat_kw, "kW", 2, "辅助加热容量", "auxiliary heating",
		   r->mode == M_FIXED ? (r->within ? "none needed"
					: hourly ? "smallest cap on the hourly extraction that keeps Tf_min "
						   "(hybrid, L4)"
						 : "smallest cap on the extraction peak that keeps Tf_min "
						   "(hybrid, L3)")
				   : "none: the sized field meets the limits on its own");
	hk_sum_num(s, "aux_heat_kwh", r->hy->heat_kwh_y, "kWh", 1, "辅助加热年耗量", "auxiliary heating a year",
		   aux_e);
	if (r->mode == M_FIXED && !r->within) {
		const char *aux_t = hourly ? "L4 with the caps applied" : "L3 with the caps applied";
		hk_sum_num(s, "tf_max_aux_c", r->hy->Tf_max, "℃", 3, "加辅助后最高流体温度",
			   "highest mean fluid temperature with the auxiliaries", aux_t);
		hk_sum_num(s, "tf_min_aux_c", r->hy->Tf_min, "℃", 3, "加辅助后最低流体温度",
			   "lowest mean fluid temperature with the auxiliaries", aux_t);
	}
	if (total > 0)
		hk_sum_num(s, "w_per_m", pk_ext * 1000 / total, "W/m", 1, "单位孔深取热量(计算)",
			   "peak extraction per metre drilled (rigorous)", "peak_ext_kw x 1000 / total_length_m");
	if (isfinite(o_wpm)) {
		double rot = hk_rule_of_thumb_length(pk_ext, o_wpm);
		hk_sum_num(s, "rot_w_per_m", o_wpm, "W/m", 1, "经验单位孔深取热量", "rule-of-thumb W/m",
			   "--w-per-m (design-institute practice)");
		hk_sum_num(s, "rot_length_m", rot, "m", 1, "经验法总孔长", "rule-of-thumb total length",
			   "peak_ext_kw x 1000 / --w-per-m");
		if (total > 0)
			hk_sum_num(s, "rot_vs_rigorous", rot / total, "", 3, "经验法/计算孔长",
				   "rule of thumb / rigorous length", "rot_length_m / total_length_m");
	} else {
		hk_sum_text(s, "rot_length_m", "not computed", "经验法总孔长", "rule-of-thumb total length",
			    "give --w-per-m: per-metre rates depend on a thermal response test "
			    "(standards-notes §6: no default)");
	}
	if (have_profile) {
		hk_sum_text(s, "profile_rule", hk_bfprof_rule_text(pm.rule), "负荷曲线换算规则",
			    "profile placement rule", "lib/bfloads.h (toolkit rule)");
		snprintf(buf, sizeof buf, "extraction per step = %s x (1 - 1/COP), COP from %s", heat_src,
			 cop_src);
		hk_sum_text(s, "profile_ground_load", buf, "地埋管负荷换算", "ground load from the profile",
			    "energy balance of the heat pump (borefield.h hk_extraction_from_heating)");
		if (pm.rule == HK_BFP_SEASON)
			hk_sum_num(s, "heating_season_days", pm.heat_days, "d", 1, "供暖季天数",
				   "heating season", "sum of the weights of days with heating");
		if (nm && r->loads_path)
			hk_sum_text(s, "loads_added", r->loads_path, "叠加负荷文件", "loads file added",
				    "months added to the profile's (peaks added: conservative)");
	}
	hk_sum_text(s, "loads", loads_name, "负荷", "loads", "input");

	/* design-rule warnings */
	if (fabs(r->bal->imbalance) > o_imb_max)
		hk_job_warn(job, "annual imbalance %.1f %% exceeds %.0f %%: GB 50366-2009 §4.3.2 asks that "
			    "extraction and injection balance; drift %.2f K over %d years (consider an "
			    "auxiliary %s)", 100 * r->bal->imbalance, 100 * o_imb_max, r->bal->drift_K, o_years,
			    r->bal->imbalance > 0 ? "cooling tower" : "heat source");
	if (r->H > 200)
		hk_job_warn(job, "depth %.1f m: beyond usual drilling practice (80-150 m, standards-notes "
			    "§6): add boreholes or land", r->H);
	if (r->H < 20)
		hk_job_warn(job, "depth %.1f m: GB 50366-2009 §4.3.8 asks for boreholes deeper than 20 m", r->H);
	if (2 * o_rb < 0.11)
		hk_job_warn(job, "bore diameter %.3f m: GB 50366-2009 §4.3.8 asks for at least 0.11 m",
			    2 * o_rb);
	if (!o_coords && (o_spacing < 3 || o_spacing > 6))
		hk_job_warn(job, "spacing %.2f m outside 3-6 m (GB 50366-2009 §4.3.8)", o_spacing);
	if (r->mode == M_FIXED && !r->within)
		hk_job_warn(job, "at %.2f m the field breaks the limits: auxiliary cooling %.1f kW, "
			    "heating %.1f kW needed", r->H, r->hy->cool_kw, r->hy->heat_kw);
}

/* ---- the command -------------------------------------------------------- */

/* the field: --coords (checked for overlaps, located) or --field/--layout */
static void build_field(const char *enc, char *layout_txt, size_t cap)
{
	char buf[600];
	hk_err e;

	bx = xcalloc(MAX_N, sizeof *bx);
	by = xcalloc(MAX_N, sizeof *by);
	bline = xcalloc(MAX_N, sizeof *bline);
	if (o_coords) {
		read_coords(o_coords, enc);
		if (hk_field_check(bx, by, nb, o_rb, &e) != HK_OK) {
			long a = e.item2, b = e.item; /* the pair, 1-based */
			snprintf(buf, sizeof buf, "%s", e.what);
			if (a >= 1 && b >= 1 && (size_t)a <= nb && (size_t)b <= nb)
				hk_fail_at(&e, HK_EINVAL, o_coords, bline[b - 1], 0,
					   "%s (lines %ld and %ld)", buf, bline[a - 1], bline[b - 1]);
			else
				hk_fail_at(&e, HK_EINVAL, o_coords, 0, 0, "%s", buf);
			hk_die_err(&e);
		}
		snprintf(layout_txt, cap, "coordinates from %s", o_coords);
	} else if (o_field) {
		double a, b;
		int k = o_layout ? hk_layout_parse(o_layout) : HK_LAYOUT_RECT;
		if (o_layout && !strcmp(o_layout, "rect"))
			k = HK_LAYOUT_RECT;
		if (k < 0)
			hk_die(HK_EXIT_INPUT, "--layout %s: expected rect, box, L, U or line", o_layout);
		hk_layout_kind kind = (hk_layout_kind)k;
		if (!parse_pair(o_field, &a, &b) || a < 1 || a != floor(a) || a > MAX_N ||
		    (isfinite(b) && (b < 1 || b != floor(b) || b > MAX_N)))
			hk_die(HK_EXIT_INPUT, "--field %s: expected N1xN2 whole numbers of boreholes, e.g. 12x10",
			       o_field);
		int n1 = (int)a, n2 = isfinite(b) ? (int)b : 1;
		if (kind == HK_LAYOUT_LINE && n2 != 1)
			hk_die(HK_EXIT_INPUT, "--field %s --layout line: a line is one row; expected --field %dx1 "
			       "(or %d)", o_field, n1, n1);
		if (hk_layout_count(kind, n1, n2) > MAX_N)
			hk_die(HK_EXIT_INPUT, "--field %s: more than %d boreholes", o_field, MAX_N);
		if (hk_layout(kind, n1, n2, o_spacing, o_spacing_y, bx, by, MAX_N, &nb, &e) != HK_OK)
			hk_die(HK_EXIT_INPUT, "--field %s --layout %s: %s", o_field, hk_layout_name(kind), e.what);
		snprintf(layout_txt, cap, "%s %dx%d", hk_layout_name(kind), n1, n2);
	}
}

/* the loads file and/or profile, merged into one monthly block (m_ext owns
 * it); hourly loads also get their monthly view; the largest peaks */
static void read_all_loads(const char *loads_path, const char *enc, int mode, hk_method *method,
			   hk_mload *ml, hk_hload *hl)
{
	size_t i;
	hk_err e;

	if (o_profile)
		read_profile(o_profile, enc);
	if (loads_path)
		read_loads(loads_path, enc, o_years);
	if (nh && have_profile)
		hk_die(HK_EXIT_INPUT, "--profile with hourly loads: expected a monthly loads file to add "
		       "to the profile");
	if (have_profile) {
		/* the profile's months, plus the loads file's when both are given */
		size_t nmm = nm ? nm : 12;
		double *e4 = xcalloc(4 * nmm, sizeof *e4);
		for (i = 0; i < nmm; i++) {
			size_t k = i % 12;
			e4[i] = pm.ext_kwh[k] + (nm ? m_ext[i] : 0);
			e4[nmm + i] = pm.inj_kwh[k] + (nm ? m_inj[i] : 0);
			e4[2 * nmm + i] = pm.peak_ext_kw[k] + (nm ? m_pe[i] : 0);
			e4[3 * nmm + i] = pm.peak_inj_kw[k] + (nm ? m_pi[i] : 0);
		}
		free(m_ext);
		free(m_inj);
		free(m_pe);
		free(m_pi);
		m_ext = e4;
		m_inj = e4 + nmm;
		m_pe = e4 + 2 * nmm;
		m_pi = e4 + 3 * nmm;
		nm = nmm;
		/* m_ext owns the block: the others are views */
	}
	if (nh) {
		if (!o_method)
			*method = HK_L4;
		/* a monthly view for L2/L3, the balance and the table */
		nm = 12 * (nh / 8760);
		m_ext = xcalloc(4 * nm, sizeof *m_ext);
		m_inj = m_ext + nm;
		m_pe = m_ext + 2 * nm;
		m_pi = m_ext + 3 * nm;
		*hl = (hk_hload){nh, h_ext, h_inj};
		if (hk_hload_to_monthly(hl, m_ext, m_inj, m_pe, m_pi, &e) != HK_OK)
			hk_die(HK_EXIT_INPUT, "%s: %s", loads_name, e.what);
	} else if (!have_profile) {
		/* a loads file alone: keep one block so that freeing is uniform */
		double *e4 = xcalloc(4 * nm, sizeof *e4);
		memcpy(e4, m_ext, nm * sizeof *e4);
		memcpy(e4 + nm, m_inj, nm * sizeof *e4);
		memcpy(e4 + 2 * nm, m_pe, nm * sizeof *e4);
		memcpy(e4 + 3 * nm, m_pi, nm * sizeof *e4);
		free(m_ext);
		free(m_inj);
		free(m_pe);
		free(m_pi);
		m_ext = e4;
		m_inj = e4 + nm;
		m_pe = e4 + 2 * nm;
		m_pi = e4 + 3 * nm;
	}
	if (*method == HK_L4 && !nh)
		hk_die(HK_EXIT_INPUT, "--method L4 needs hourly loads (hour,ext_kw,inj_kw; 8760 rows a year)");
	if (*method == HK_L4 && mode == M_LAND)
		hk_die(HK_EXIT_INPUT, "--land searches with L2 or L3: give --method L3 (the monthly view of "
		       "the hourly loads is used)");
	*ml = (hk_mload){nm, m_ext, m_inj, m_pe, m_pi};
	pk_ext = peak_of(m_ext, m_pe, nm);
	pk_inj = peak_of(m_inj, m_pi, nm);
	if (nh)
		for (i = 0, pk_ext = pk_inj = 0; i < nh; i++) {
			pk_ext = fmax(pk_ext, h_ext[i]);
			pk_inj = fmax(pk_inj, h_inj[i]);
		}
	if (!(pk_ext > 0) && !(pk_inj > 0))
		hk_die(HK_EXIT_INPUT, "%s: no ground load in any month: expected some extraction or injection",
		       loads_name);

}

/* the design from the options: ground, boreholes, Rb* or U-tube, limits */
static void build_design(hk_bfdesign *d, hk_utube *ut, int mode)
{
	d->ground = (hk_ground){o_k, o_rhoc * 1e6, isfinite(o_tg) ? o_tg : o_tsurf,
			       isfinite(o_flux) ? o_flux : 0, isfinite(o_grad) ? o_grad : 0};
	d->n = nb;
	d->x = bx;
	d->y = by;
	d->D = o_buried;
	d->rb = o_rb;
	d->fluid = (hk_fluid){isnan(o_fk) ? 0.568 : o_fk, isnan(o_frho) ? 998 : o_frho,
			     isnan(o_fcp) ? 4180 : o_fcp, isnan(o_fmu) ? 1e-3 : o_fmu};
	if (!(d->fluid.k > 0 && d->fluid.rho > 0 && d->fluid.cp > 0 && d->fluid.mu > 0))
		hk_die(HK_EXIT_INPUT, "--fluid-k, --fluid-rho, --fluid-cp, --fluid-mu: expected values > 0");
	if (o_utube) {
		memset(ut, 0, sizeof *ut);
		ut->n_u = !strcmp(o_utube, "double") ? 2 : 1;
		ut->rb = o_rb;
		ut->r_out = isnan(o_rout) ? 0.016 : o_rout;
		ut->r_in = isnan(o_rin) ? 0.0131 : o_rin;
		ut->D_s = isnan(o_shank) ? 0.04 : o_shank;
		ut->k_g = isnan(o_kg) ? 1.5 : o_kg;
		ut->k_p = isnan(o_kp) ? 0.4 : o_kp;
		if (!(ut->r_in > 0 && ut->r_out > ut->r_in && ut->D_s > 0 && ut->k_g > 0 && ut->k_p > 0))
			hk_die(HK_EXIT_INPUT, "U-tube: expected 0 < --r-in < --r-out, --shank > 0, --k-grout > 0 "
			       "and --k-pipe > 0");
		d->utube = ut;
		d->m_flow = o_flow;
	} else {
		d->Rb = o_rbstar;
	}
	d->years = o_years;
	d->peak_hours = o_peak_hours;
	d->g_fast = o_fast;
	d->H_min = isfinite(o_min_depth) ? o_min_depth : mode == M_LAND ? 20 : 0;
	d->H_max = isfinite(o_max_depth) ? o_max_depth : mode == M_LAND ? 150 : 0;
	if ((isfinite(o_min_depth) && !(o_min_depth > 0)) || (isfinite(o_max_depth) && !(o_max_depth > 0)))
		hk_die(HK_EXIT_INPUT, "--min-depth and --max-depth: expected depths > 0 m");
	set_limits(d, nb ? nb : 1);
	{
		/* the band must hold the undisturbed temperature, or no field can work */
		double Tg0 = hk_ground_temperature(&d->ground, d->D, 0);
		if (!(d->Tf_max > d->Tf_min))
			hk_die(HK_EXIT_INPUT, "mean fluid temperature limits %.3f..%.3f C: expected minimum < maximum",
			       d->Tf_min, d->Tf_max);
		if (!isfinite(o_grad) && !isfinite(o_flux) && !(d->Tf_min < Tg0 && Tg0 < d->Tf_max))
			hk_die(HK_EXIT_INPUT, "mean fluid temperature limits %.3f..%.3f C exclude the undisturbed "
			       "ground temperature %g C: no field can keep the fluid %s the ground; expected "
			       "Tf_min < Tg < Tf_max (check --tg, --tf-min/--tf-max, --t-in-min/--t-out-max)",
			       d->Tf_min, d->Tf_max, Tg0, d->Tf_min >= Tg0 ? "warmer than" : "colder than");
	}

}

/* the size: depth (sized or --depth), or the field (--count, --land); H */
static double size_field(hk_bfdesign *d, const hk_mload *ml, const hk_hload *hl, hk_method method,
			 int mode, double land_w, double land_l, hk_sizing *sz, char *layout_txt, size_t cap)
{
	hk_err e;
	double H;
	hk_layout_kind kind = HK_LAYOUT_RECT;
	int n1 = 0, n2 = 0;

	if (mode == M_DEPTH || mode == M_FIXED) {
		hk_gcache_init(&gc, d);
		if (mode == M_DEPTH) {
			hk_status st = hk_size_depth(d, ml, nh ? hl : NULL, method, &gc, sz, &e);
			if (st == HK_ENOSOL)
				die_nosol(&e, "no depth meets the temperature limits");
			if (st != HK_OK)
				hk_die(HK_EXIT_INPUT, "%s", e.what);
			H = sz->H;
		} else {
			H = o_depth;
		}
	} else {
		/* the limits depend on n when dT comes from --flow: iterate */
		int it;
		size_t n_prev = 0;
		for (it = 0; it < 6; it++) {
			hk_status st;
			if (mode == M_COUNT) {
				hk_count_result cr;
				st = hk_size_count(d, ml, nh ? hl : NULL, method, o_depth, o_spacing, o_max_aspect,
						   (size_t)o_max_n, bx, by, MAX_N, &cr, &e);
				if (st == HK_OK) {
					nb = cr.n;
					n1 = cr.n1;
					n2 = cr.n2;
					*sz = cr.sizing;
					kind = HK_LAYOUT_RECT;
				}
			} else {
				hk_layout_result lr;
				st = hk_best_layout(d, ml, method, land_w, land_l, o_spacing, bx, by, MAX_N, &lr, &e);
				if (st == HK_OK) {
					nb = lr.n;
					n1 = lr.n1;
					n2 = lr.n2;
					*sz = lr.sizing;
					kind = lr.kind;
				}
			}
			if (st == HK_ENOSOL)
				die_nosol(&e, mode == M_COUNT ? "no number of boreholes meets the limits"
							      : "no layout on the land meets the limits");
			if (st != HK_OK)
				hk_die(HK_EXIT_INPUT, "%s", e.what);
			if (!isfinite(o_flow) || nb == n_prev)
				break;
			n_prev = nb;
			set_limits(d, nb);
		}
		d->n = nb;
		snprintf(layout_txt, cap, "%s %dx%d", hk_layout_name(kind), n1, n2);
		H = mode == M_COUNT ? o_depth : sz->H;
		hk_gcache_init(&gc, d);
	}

	return H;
}

/* the summary's limiting condition, in words */
static void limit_text(int mode, hk_method method, const hk_bfdesign *d, const hk_sizing *sz,
		       const hk_temps *T, double H, char *txt, size_t cap)
{
	char mo[16];

	if (mode == M_FIXED) {
		int hi = T->Tf_max > d->Tf_max + 1e-9, lo = T->Tf_min < d->Tf_min - 1e-9;
		size_t per = method == HK_L4 ? 8760 : 12, ii = hi ? T->i_max : T->i_min;
		if (!hi && !lo)
			snprintf(txt, cap, "within the limits at %.2f m (%.3f..%.3f C)", H,
				 T->Tf_min, T->Tf_max);
		else
			snprintf(txt, cap, "%s%s broken at %.2f m: Tf %.3f C %s the limit %.3f C "
				 "in year %zu (auxiliary capacity below)", hi ? "maximum" : "minimum",
				 hi && lo ? " and minimum" : "", H, hi ? T->Tf_max : T->Tf_min,
				 hi ? "above" : "below", hi ? d->Tf_max : d->Tf_min, ii / per + 1);
	} else if (mode == M_COUNT) {
		snprintf(txt, cap, "%s mean fluid temperature %.3f C binds: %zu boreholes "
			 "need %.2f m (year %d, GHEtool quadrant %d); at --depth %.2f m Tf stays within "
			 "%.3f..%.3f C", sz->limit > 0 ? "maximum" : "minimum",
			 sz->limit > 0 ? d->Tf_max : d->Tf_min, nb, sz->H, sz->year, sz->quadrant, H, T->Tf_min,
			 T->Tf_max);
	} else {
		snprintf(txt, cap, "%s mean fluid temperature %.3f C, year %d%s%s "
			 "(GHEtool quadrant %d: %s)", sz->limit > 0 ? "maximum" : "minimum",
			 sz->limit > 0 ? d->Tf_max : d->Tf_min, sz->year, sz->month ? ", month " : "",
			 sz->month ? (snprintf(mo, sizeof mo, "%d", sz->month), mo) : "", sz->quadrant,
			 quadrant_text(sz->quadrant));
	}
}

/* the month-by-month table */
static void write_rows(hk_job *job, const hk_bfdesign *d, size_t nrow, const double *tb,
		       const double *tf, const double *tfe, const double *tfi)
{
	for (size_t i = 0; i < nrow; i++) {
		size_t k = nm == 12 ? i % 12 : i;
		hk_cell c[NMCOL];
		c[0] = hk_cnum((double)(i + 1));
		c[1] = hk_cnum((double)(i / 12 + 1));
		c[2] = hk_cnum((double)(i % 12 + 1));
		c[3] = hk_cnum((double)(i + 1) / 12.0);
		c[4] = hk_cnum(m_ext[k]);
		c[5] = hk_cnum(m_inj[k]);
		c[6] = hk_cnum(fmax(m_pe[k], m_ext[k] / HK_HOURS_PER_MONTH));
		c[7] = hk_cnum(fmax(m_pi[k], m_inj[k] / HK_HOURS_PER_MONTH));
		c[8] = hk_cnum(tb[i]);
		c[9] = hk_cnum(tf[i]);
		c[10] = hk_cnum(tfe[i]);
		c[11] = hk_cnum(tfi[i]);
		c[12] = hk_cnum(d->Tf_min);
		c[13] = hk_cnum(d->Tf_max);
		hk_job_row(job, c);
	}
}

/* at a fixed --depth: the field's extremes, and when they break a limit the
 * auxiliary cooler / heater that keeps it, sized on the loads the limits
 * were checked on (hourly under L4); 1 when within the limits */
static int fixed_depth(const hk_bfdesign *d, const hk_mload *ml, const hk_hload *hl,
		       hk_method method, double H, const hk_temps *T, hk_sizing *sz, hk_hybrid *hy)
{
	hk_err e;
	sz->H = H;
	sz->Tf_max = T->Tf_max;
	sz->Tf_min = T->Tf_min;
	sz->Rb = T->Rb;
	sz->Tg = T->Tg;
	if (T->Tf_max <= d->Tf_max + 1e-9 && T->Tf_min >= d->Tf_min - 1e-9)
		return 1;
	hk_status st = hk_hybrid_size(d, ml, method == HK_L4 ? hl : NULL, H, &gc, hy, &e);
	if (st == HK_ENOSOL)
		die_nosol(&e, "no auxiliary capacity keeps the field within the limits");
	if (st != HK_OK)
		hk_die(HK_EXIT_INPUT, "%s", e.what);
	return 0;
}

/* the workbook's chart: fluid temperatures and limits against time */
static void write_chart(hk_job *job, size_t nrow, double H)
{
	hk_chart_series s[5];
	long last = (long)nrow - 1;
	char title[64];
	hk_err e;
	int zh = job->lang_zh;

	s[0] = (hk_chart_series){zh ? "排热峰值时流体温度" : "Tf at peak injection", 3, 11, 0, last};
	s[1] = (hk_chart_series){zh ? "取热峰值时流体温度" : "Tf at peak extraction", 3, 10, 0, last};
	s[2] = (hk_chart_series){zh ? "孔壁温度" : "borehole wall", 3, 8, 0, last};
	s[3] = (hk_chart_series){zh ? "下限" : "lower limit", 3, 12, 0, last};
	s[4] = (hk_chart_series){zh ? "上限" : "upper limit", 3, 13, 0, last};
	snprintf(title, sizeof title, "%zu x %.1f m", nb, H);
	if (hk_out_chart_xy(job->out, title, zh ? "时间 (年)" : "time (years)",
			    zh ? "流体平均温度 (℃)" : "mean fluid temperature (C)", s, 5, &e) != HK_OK)
		hk_job_die(job, &e);
}

int cmd_borefield(int argc, char **argv)
{
	hk_common common;
	char **args;
	int nargs = hk_parse_options(argc, argv, &info_borefield, &common, &args);
	const char *inputs[4] = {NULL, NULL, NULL, NULL};
	const char *loads_path = nargs > 0 ? args[0] : NULL;
	hk_bfdesign d;
	hk_utube ut;
	hk_method method;
	hk_sizing sz;
	hk_err e;
	hk_job job;
	int mode;
	int rc, within = 1;
	double H, land_w = NAN, land_l = NAN;
	char layout_txt[300], limit_txt[600];
	hk_mload ml;
	hk_hload hl;
	hk_balance bal;
	hk_hybrid hy;
	hk_temps T;
	size_t nrow;
	double *tb, *tf, *tfe, *tfi;
	const char *method_src;

	memset(&d, 0, sizeof d);
	memset(&hy, 0, sizeof hy);
	memset(&sz, 0, sizeof sz);
	check_options(nargs, loads_path, &mode, &land_w, &land_l, &method);

	build_field(common.encoding, layout_txt, sizeof layout_txt);

	read_all_loads(loads_path, common.encoding, mode, &method, &ml, &hl);
	method_src = o_method ? "--method" : nh ? "default for hourly loads: L4, hourly superposition"
						: "default for monthly loads: L3, monthly superposition with peaks "
						  "(GHEtool; Peere et al. 2021)";

	build_design(&d, &ut, mode);

	H = size_field(&d, &ml, &hl, method, mode, land_w, land_l, &sz, layout_txt, sizeof layout_txt);

	/* ---- temperatures month by month at the size ---- */
	nrow = (size_t)12 * o_years;
	tb = xcalloc(4 * nrow, sizeof *tb);
	tf = tb + nrow;
	tfe = tb + 2 * nrow;
	tfi = tb + 3 * nrow;
	monthly_temps(&d, &ml, &hl, method, H, nrow, tb, tf, tfe, tfi, &T);
	if (mode == M_FIXED)
		within = fixed_depth(&d, &ml, &hl, method, H, &T, &sz, &hy);
	if (hk_thermal_balance(&d, &ml, H, &gc, &bal, &e) != HK_OK)
		hk_die(HK_EXIT_INPUT, "%s", e.what);

	limit_text(mode, method, &d, &sz, &T, H, limit_txt, sizeof limit_txt);

	/* ---- output ---- */
	inputs[0] = loads_path;
	inputs[1] = o_profile;
	inputs[2] = o_coords;
	hk_job_begin(&job, &common, inputs, HK_NELEM(inputs), loads_chinese);
	hk_job_table(&job, "逐月温度", "monthly", mcols, NMCOL);
	if (hk_out_is_xlsx(job.out))
		write_chart(&job, nrow, H);
	write_rows(&job, &d, nrow, tb, tf, tfe, tfi);

	{
		struct outcome oc = {mode, method, method_src, loads_path, layout_txt, limit_txt, H,
				     land_w, land_l, within, &d, &ut, &sz, &bal, &hy, &T};
		write_summary(&job, &oc);
	}
	rc = hk_job_end(&job);

	free(tb);
	free(m_ext);
	free(h_ext);
	free(h_inj);
	free(bx);
	free(by);
	free(bline);
	hk_strlist_free(&common.checks);
	free(args);
	return rc;
}
