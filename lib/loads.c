/* loads.c - area-index loads, set-back, annual heat, profiles (loads.h). */
#include "loads.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- CJJ 34-2010 Table 3.1.2-1 --------------------------------------
 * As recalled in standards-notes.md §1.2 [UNVERIFIED]; the low ends match
 * the 夏热冬冷 array and the high ends the 严寒 array of
 * github:huanjka/AutoCADPlugin-HeatSource@ab08654 Constants.cs l.73-81 in
 * 30 of 32 cells.  The two cells that disagree are flagged CONTESTED. */
#define CJJ "CJJ 34-2010 Table 3.1.2-1 as recalled [UNVERIFIED]"
#define HS "corroborated by HeatSource Constants.cs (low = 夏热冬冷, high = 严寒 array)"
#define HS_OK CJJ "; both range ends " HS
#define NO_XCHECK CJJ "; no cross-check (row absent from HeatSource)"

const hk_cjj_row hk_cjj_rows[] = {
	{"residential", "住宅", "residential", {40, 45}, {58, 64},
	 CJJ "; low end 40 " HS "; high end 45 CONTESTED: HeatSource 严寒 has"
	 " 50 -- confirm against the printed standard",
	 HS_OK},
	{"residential_district", "居住区综合", "residential district (mixed)",
	 {45, 55}, {60, 67}, NO_XCHECK, NO_XCHECK},
	{"school_office", "学校、办公", "school / office", {50, 70}, {60, 80},
	 CJJ "; high end 70 " HS "; low end 50 CONTESTED: HeatSource 夏热冬冷"
	 " has 45 -- confirm against the printed standard",
	 HS_OK},
	{"hospital_nursery", "医院、托幼", "hospital / nursery", {55, 70},
	 {65, 80}, HS_OK, HS_OK},
	{"hotel", "旅馆", "hotel", {50, 60}, {60, 70}, HS_OK, HS_OK},
	{"shop", "商店", "shop", {55, 70}, {65, 80}, HS_OK, HS_OK},
	{"canteen", "食堂、餐厅", "canteen / restaurant", {100, 130},
	 {115, 140}, HS_OK, HS_OK},
	{"theatre", "影剧院、展览馆", "theatre / exhibition hall", {80, 105},
	 {95, 115}, HS_OK, HS_OK},
	{"gym", "大礼堂、体育馆", "auditorium / gymnasium", {100, 150},
	 {115, 165}, HS_OK, HS_OK},
};
const size_t hk_cjj_nrows = sizeof hk_cjj_rows / sizeof hk_cjj_rows[0];

enum { R_RES, R_DISTRICT, R_SCHOOL, R_HOSP, R_HOTEL, R_SHOP, R_CANTEEN,
       R_THEATRE, R_GYM };

/* Building types: key, Chinese name, row, day-only, mapping note, aliases.
 * Day-only per the issue and the Malan paper §2 (schools, offices, courts,
 * outpatient departments, kindergartens, police stations). */
static const struct btype_def {
	const char *key, *name_zh;
	int row, day_only;
	const char *mapping;
	const char *aliases[8];
} btypes[] = {
	{"residential", "住宅", R_RES, 0, NULL,
	 {"住宅", "residential", "housing", "居住", "安置住宅", "住宅区",
	  "dwelling"}},
	{"residential_district", "居住区综合", R_DISTRICT, 0, NULL,
	 {"居住区综合", "居住区", "residential district", "district"}},
	{"school", "学校", R_SCHOOL, 1, NULL,
	 {"学校", "school", "小学", "中学", "primary school", "教学楼"}},
	{"office", "办公", R_SCHOOL, 1, NULL,
	 {"办公", "office", "办公楼", "行政"}},
	{"party_service_centre", "党群服务中心", R_SCHOOL, 1,
	 "toolkit mapping: 党群服务中心 (party and public service centre) uses"
	 " the CJJ 学校、办公 row (office-like use)",
	 {"党群服务中心", "party service centre", "party service center",
	  "service centre", "service center", "community centre"}},
	{"court", "法院", R_SCHOOL, 1,
	 "toolkit mapping: 法院 (court) uses the CJJ 学校、办公 row"
	 " (office-like use); day-only per the Malan paper §2",
	 {"法院", "court", "courthouse"}},
	{"police", "派出所", R_SCHOOL, 1,
	 "toolkit mapping: 派出所 (police station) uses the CJJ 学校、办公 row"
	 " (office-like use); day-only per the Malan paper §2",
	 {"派出所", "police", "police station", "公安"}},
	{"hospital", "医院", R_HOSP, 0, NULL,
	 {"医院", "hospital", "住院", "inpatient", "病房", "ward"}},
	{"outpatient", "门诊", R_HOSP, 1,
	 "toolkit mapping: 门诊 (outpatient department) uses the CJJ 医院、托幼"
	 " row; day-only per the Malan paper §2 (医院门诊)",
	 {"门诊", "医院门诊", "outpatient", "clinic", "outpatient department"}},
	{"kindergarten", "托幼", R_HOSP, 1, NULL,
	 {"托幼", "幼儿园", "托儿所", "kindergarten", "nursery", "preschool"}},
	{"elderly_home", "养老院", R_HOSP, 0,
	 "toolkit mapping: 养老院 (elderly home) uses the CJJ 医院、托幼 row"
	 " (care building occupied day and night like a ward)",
	 {"养老院", "elderly home", "nursing home", "敬老院", "养老",
	  "care home"}},
	{"hotel", "旅馆", R_HOTEL, 0, NULL,
	 {"旅馆", "hotel", "宾馆", "酒店", "guest house"}},
	{"shop", "商店", R_SHOP, 0, NULL,
	 {"商店", "shop", "store", "商场", "retail"}},
	{"canteen", "食堂", R_CANTEEN, 0, NULL,
	 {"食堂", "餐厅", "canteen", "restaurant", "dining hall"}},
	{"theatre", "影剧院", R_THEATRE, 0, NULL,
	 {"影剧院", "展览馆", "theatre", "theater", "cinema", "exhibition",
	  "exhibition hall"}},
	{"gym", "体育馆", R_GYM, 0, NULL,
	 {"体育馆", "大礼堂", "gym", "gymnasium", "auditorium", "sports hall"}},
};

const char hk_src_t_in[] =
	"Malan paper §2 (其余建筑物...按保证室内温度18℃计算)";
const char hk_src_setback[] =
	"night set-back of day-only buildings: Malan paper §2";
const char hk_src_day_hours[] = "Malan paper §2";
const char hk_src_annual[] =
	"Q_a = 0.0864·N·Q·(t_i − t_a)/(t_i − t_o), CJJ 34-2010 §3.2"
	" (standards-notes §1.5 [SRC-2])";
const char hk_src_annual_setback[] =
	"night set-back in annual heat: toolkit assumption (standards-notes"
	" §1.5 [DERIVED], not a standard)";
const char hk_src_typdays_rule[] =
	"default typical days: toolkit assumption -- the design temperature for"
	" 5 days (GB 50736 不保证5天), then 3 temperatures evenly up to +5 ℃"
	" sharing the remaining heating days, weights linear in temperature so"
	" that the days sum to N and average to the heating-season mean"
	" (GB 50736 Appendix A)";

/* Compare a user's name with an alias: ASCII case-insensitive, and ' ',
 * '-' and '_' are the same character. */
static int name_eq(const char *a, const char *b)
{
	for (;; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
		if (x == '-' || x == '_')
			x = ' ';
		if (y == '-' || y == '_')
			y = ' ';
		if (x < 128)
			x = (unsigned char)tolower(x);
		if (y < 128)
			y = (unsigned char)tolower(y);
		if (x != y)
			return 0;
		if (!x)
			return 1;
	}
}

hk_status hk_btype_find(const char *name, hk_btype *out, hk_err *err)
{
	if (!name || !*name)
		return hk_fail(err, HK_ENOTFOUND, "building type: missing");
	for (size_t i = 0; i < sizeof btypes / sizeof btypes[0]; i++) {
		const struct btype_def *t = &btypes[i];
		int hit = name_eq(name, t->key) || name_eq(name, t->name_zh);
		for (size_t j = 0; !hit && j < 8 && t->aliases[j]; j++)
			hit = name_eq(name, t->aliases[j]);
		if (hit) {
			out->key = t->key;
			out->name_zh = t->name_zh;
			out->row = &hk_cjj_rows[t->row];
			out->day_only = t->day_only;
			out->mapping = t->mapping;
			return HK_OK;
		}
	}
	return hk_fail(err, HK_ENOTFOUND,
		       "building type \"%s\": expected one of 住宅, 居住区综合,"
		       " 学校, 办公, 医院, 门诊, 托幼, 旅馆, 商店, 食堂, 影剧院,"
		       " 体育馆, 法院, 派出所, 养老院, 党群服务中心 (or English)",
		       name);
}

double hk_cjj_index(const hk_cjj_row *row, int energy_saving,
		    hk_idx_point pt)
{
	const double *r = energy_saving ? row->saving : row->plain;
	switch (pt) {
	case HK_IDX_LOW:
		return r[0];
	case HK_IDX_HIGH:
		return r[1];
	case HK_IDX_MID:
	default:
		return 0.5 * (r[0] + r[1]);
	}
}

hk_status hk_building_init(hk_building *b, const char *type, double area_m2,
			   int energy_saving, hk_idx_point pt, hk_err *err)
{
	hk_btype t;
	hk_status st = hk_btype_find(type, &t, err);
	if (st)
		return st;
	if (!(area_m2 > 0) || !isfinite(area_m2))
		return hk_fail(err, HK_EINVAL, "area %g m²: expected > 0",
			       area_m2);
	b->area_m2 = area_m2;
	b->index_w_m2 = hk_cjj_index(t.row, energy_saving, pt);
	b->day_only = t.day_only;
	b->t_in_c = HK_T_IN_DEFAULT_C;
	b->t_setback_c = HK_T_SETBACK_DEFAULT_C;
	b->day_start_h = HK_DAY_START_DEFAULT_H;
	b->day_end_h = HK_DAY_END_DEFAULT_H;
	return HK_OK;
}

hk_status hk_building_check(const hk_building *b, hk_err *err)
{
	if (!(b->area_m2 > 0) || !isfinite(b->area_m2))
		return hk_fail(err, HK_EINVAL, "area %g m²: expected > 0",
			       b->area_m2);
	if (!(b->index_w_m2 > 0) || !isfinite(b->index_w_m2))
		return hk_fail(err, HK_EINVAL,
			       "heat index %g W/m²: expected > 0", b->index_w_m2);
	if (!isfinite(b->t_in_c))
		return hk_fail(err, HK_EINVAL, "indoor temperature: not a number");
	if (b->day_only &&
	    (!isfinite(b->t_setback_c) || b->t_setback_c > b->t_in_c))
		return hk_fail(err, HK_EINVAL,
			       "set-back temperature %g ℃: expected a number"
			       " <= the indoor temperature %g ℃",
			       b->t_setback_c, b->t_in_c);
	if (!(b->day_start_h >= 0) || !(b->day_end_h <= 24) ||
	    !(b->day_start_h < b->day_end_h))
		return hk_fail(err, HK_EINVAL,
			       "day window %g-%g h: expected 0 <= start < end"
			       " <= 24", b->day_start_h, b->day_end_h);
	return HK_OK;
}

double hk_building_design_kw(const hk_building *b)
{
	/* CJJ 34-2010 §3.1.2: Q_h = q_h·A·10⁻³ (kW). */
	return b->area_m2 * b->index_w_m2 * 1e-3;
}

double hk_building_load_kw(const hk_building *b, double t_out,
			   double t_design, int occupied)
{
	double t_sp = (occupied || !b->day_only) ? b->t_in_c : b->t_setback_c;
	/* Load ∝ indoor-outdoor difference (steady-state transmission and
	 * infiltration; CJJ 34 §3.2 uses the same ratio). */
	double q = hk_building_design_kw(b) * (t_sp - t_out) /
		   (b->t_in_c - t_design);
	return q > 0 ? q : 0;
}

hk_status hk_annual_heat_gj(double q_kw, double days, double t_i,
			    double t_a, double t_o, double *gj, hk_err *err)
{
	if (!(q_kw >= 0) || !(days >= 0) || !isfinite(q_kw) ||
	    !isfinite(days))
		return hk_fail(err, HK_EINVAL,
			       "annual heat: load %g kW and days %g must be >= 0",
			       q_kw, days);
	if (!(t_o < t_i) || !isfinite(t_a))
		return hk_fail(err, HK_EINVAL,
			       "annual heat: need design temperature %g ℃ below"
			       " indoor %g ℃ and a mean temperature", t_o, t_i);
	/* CJJ 34-2010 §3.2: Q_a = 0.0864·N·Q_h·(t_i − t_a)/(t_i − t_o,h). */
	*gj = 0.0864 * days * q_kw * (t_i - t_a) / (t_i - t_o);
	return HK_OK;
}

hk_status hk_building_annual_gj(const hk_building *b, const hk_climate *c,
				double *gj, hk_err *err)
{
	hk_status st = hk_building_check(b, err);
	if (st)
		return st;
	double f = 1.0, full, sb = 0;
	st = hk_annual_heat_gj(hk_building_design_kw(b), c->heating_days,
			       b->t_in_c, c->t_mean_c, c->t_heating_c, &full,
			       err);
	if (st || !b->day_only) {
		*gj = full;
		return st;
	}
	/* Toolkit assumption (standards-notes §1.5 [DERIVED]): occupied
	 * fraction h/24 at t_i, the rest at the set-back point. */
	f = (b->day_end_h - b->day_start_h) / 24.0;
	if (b->t_setback_c > c->t_mean_c)
		sb = 0.0864 * c->heating_days * hk_building_design_kw(b) *
		     (b->t_setback_c - c->t_mean_c) /
		     (b->t_in_c - c->t_heating_c);
	*gj = f * full + (1 - f) * sb;
	return HK_OK;
}

hk_status hk_loads_summarise(const hk_building *b, size_t n,
			     const hk_climate *c, hk_loads_summary *s,
			     hk_err *err)
{
	memset(s, 0, sizeof *s);
	if (!(c->heating_days >= 0) || !isfinite(c->t_heating_c))
		return hk_fail(err, HK_EINVAL,
			       "climate: needs a design temperature and heating"
			       " days");
	for (size_t i = 0; i < n; i++) {
		double gj;
		hk_status st = hk_building_annual_gj(&b[i], c, &gj, err);
		if (st)
			return hk_err_prefix(err, st, "building %zu", i + 1);
		s->area_m2 += b[i].area_m2;
		s->design_kw += hk_building_design_kw(&b[i]);
		s->night_kw += hk_building_load_kw(&b[i], c->t_heating_c,
						   c->t_heating_c, 0);
		s->annual_gj += gj;
		/* CJJ 34 §3.2 without set-back, each building at its own t_i. */
		hk_annual_heat_gj(hk_building_design_kw(&b[i]), c->heating_days,
				  b[i].t_in_c, c->t_mean_c, c->t_heating_c, &gj,
				  NULL);
		s->annual_gj_cjj += gj;
	}
	s->mean_index_w_m2 = s->area_m2 > 0 ? 1e3 * s->design_kw / s->area_m2 : 0;
	s->annual_kwh = s->annual_gj / 0.0036; /* 1 kWh = 3.6 MJ */
	return HK_OK;
}

/* ---- profiles ------------------------------------------------------ */

hk_profile_opts hk_profile_opts_default(double t_design_c)
{
	hk_profile_opts o = {t_design_c, 0.5, HK_DAY_START_DEFAULT_H,
			     HK_DAY_END_DEFAULT_H, NULL};
	return o;
}

size_t hk_profile_steps_per_day(double dt_h)
{
	if (!(dt_h > 0) || !(dt_h <= 24))
		return 0;
	double k = 24.0 / dt_h, r = round(k);
	if (fabs(k - r) > 1e-9 || r < 1 || r > 1e6)
		return 0;
	return (size_t)r;
}

static double overlap(double a, double b, double c, double d)
{
	double lo = a > c ? a : c, hi = b < d ? b : d;
	return hi > lo ? hi - lo : 0;
}

static hk_status check_all(const hk_building *b, size_t nb,
			   const hk_profile_opts *o, hk_err *err)
{
	if (!isfinite(o->t_design_c))
		return hk_fail(err, HK_EINVAL, "design temperature: not given");
	if (!(o->day_start_h >= 0 && o->day_start_h < o->day_end_h &&
	      o->day_end_h <= 24))
		return hk_fail(err, HK_EINVAL,
			       "profile day window %g-%g h: expected 0 <= start"
			       " < end <= 24", o->day_start_h, o->day_end_h);
	for (size_t i = 0; i < nb; i++) {
		hk_status st = hk_building_check(&b[i], err);
		if (!st && !(o->t_design_c < b[i].t_in_c))
			st = hk_fail(err, HK_EINVAL,
				     "design temperature %g ℃ not below indoor"
				     " %g ℃", o->t_design_c, b[i].t_in_c);
		if (st)
			return hk_err_prefix(err, st, "building %zu", i + 1);
	}
	return HK_OK;
}

/* Day and night loads of building i for typical day d. */
static void day_loads(const hk_building *b, const hk_typday *d,
		      const hk_profile_opts *o, double sd, double sn,
		      double *ld, double *ln)
{
	if (isfinite(d->load_frac)) {
		/* Malan paper Table 1: day and night design loads × fraction. */
		*ld = d->load_frac * hk_building_load_kw(b, o->t_design_c,
							 o->t_design_c, 1);
		*ln = d->load_frac * hk_building_load_kw(b, o->t_design_c,
							 o->t_design_c, 0);
	} else {
		*ld = hk_building_load_kw(b, d->t_out_c, o->t_design_c, 1);
		*ln = hk_building_load_kw(b, d->t_out_c, o->t_design_c, 0);
	}
	*ld *= sd;
	*ln *= sn;
}

hk_status hk_profile_typdays(const hk_building *b, size_t nb,
			     const hk_typday *d, size_t nd,
			     const hk_profile_opts *o, hk_step *out,
			     size_t cap, size_t *n_out, hk_err *err)
{
	size_t spd = hk_profile_steps_per_day(o->dt_h);
	*n_out = 0;
	if (!spd)
		return hk_fail(err, HK_EINVAL,
			       "step %g h: 24 h must be a whole number of steps",
			       o->dt_h);
	hk_status st = check_all(b, nb, o, err);
	if (st)
		return st;
	for (size_t k = 0; k < nd; k++) {
		if (!isfinite(d[k].days) || !(d[k].days > 0))
			return hk_fail(err, HK_EINVAL,
				       "typical day %zu (%s): no day count"
				       " (days must be > 0)", k + 1, d[k].name);
		if (!isfinite(d[k].t_out_c))
			return hk_fail(err, HK_EINVAL,
				       "typical day %zu (%s): no outdoor"
				       " temperature", k + 1, d[k].name);
		if (isfinite(d[k].load_frac) && !(d[k].load_frac >= 0))
			return hk_fail(err, HK_EINVAL,
				       "typical day %zu (%s): load fraction %g:"
				       " expected >= 0", k + 1, d[k].name,
				       d[k].load_frac);
		if ((isfinite(d[k].day_kw) && d[k].day_kw < 0) ||
		    (isfinite(d[k].night_kw) && d[k].night_kw < 0))
			return hk_fail(err, HK_EINVAL,
				       "typical day %zu (%s): negative load",
				       k + 1, d[k].name);
	}
	if (nd > cap / spd)
		return hk_fail(err, HK_ERANGE,
			       "profile: %zu steps needed, room for %zu",
			       nd * spd, cap);
	for (size_t k = 0; k < nd; k++) {
		/* Scale factors for explicit day/night totals. */
		double sd = 1, sn = 1, td = 0, tn = 0;
		if (isfinite(d[k].day_kw) || isfinite(d[k].night_kw)) {
			for (size_t i = 0; i < nb; i++) {
				double ld, ln;
				day_loads(&b[i], &d[k], o, 1, 1, &ld, &ln);
				td += ld;
				tn += ln;
			}
			if (isfinite(d[k].day_kw))
				sd = td > 0 ? d[k].day_kw / td : 0;
			if (isfinite(d[k].night_kw))
				sn = tn > 0 ? d[k].night_kw / tn : 0;
			if ((isfinite(d[k].day_kw) && td <= 0 && d[k].day_kw > 0) ||
			    (isfinite(d[k].night_kw) && tn <= 0 && d[k].night_kw > 0))
				return hk_fail(err, HK_EINVAL,
					       "typical day %zu (%s): an explicit"
					       " load needs buildings with a load"
					       " to share it", k + 1, d[k].name);
		}
		for (size_t j = 0; j < spd; j++) {
			hk_step *s = &out[k * spd + j];
			s->day = (int)k;
			s->start_h = j * o->dt_h;
			s->end_h = (j + 1 == spd) ? 24.0 : (j + 1) * o->dt_h;
			s->t_out_c = d[k].t_out_c;
			s->days = d[k].days;
			double h = s->end_h - s->start_h;
			s->night = overlap(s->start_h, s->end_h, o->day_start_h,
					   o->day_end_h) < 0.5 * h;
			double load = 0;
			for (size_t i = 0; i < nb; i++) {
				double ld, ln;
				day_loads(&b[i], &d[k], o, sd, sn, &ld, &ln);
				double f = overlap(s->start_h, s->end_h,
						   b[i].day_start_h,
						   b[i].day_end_h) / h;
				load += f * ld + (1 - f) * ln;
			}
			s->load_kw = load;
		}
	}
	*n_out = nd * spd;
	return HK_OK;
}

hk_status hk_profile_hourly(const hk_building *b, size_t nb,
			    const double *t_out, size_t nh,
			    const hk_profile_opts *o, hk_step *out,
			    hk_err *err)
{
	hk_status st = check_all(b, nb, o, err);
	if (st)
		return st;
	for (size_t i = 0; i < nh; i++) {
		if (!isfinite(t_out[i]))
			return hk_fail(err, HK_EINVAL,
				       "hour %zu: outdoor temperature not a"
				       " number", i + 1);
		hk_step *s = &out[i];
		s->day = (int)(i / 24);
		s->start_h = (double)(i % 24);
		s->end_h = s->start_h + 1;
		s->t_out_c = t_out[i];
		s->days = 1;
		s->night = overlap(s->start_h, s->end_h, o->day_start_h,
				   o->day_end_h) < 0.5;
		double load = 0;
		/* a day outside the heating season carries no load */
		size_t nbk = o->in_season && !o->in_season[i / 24] ? 0 : nb;
		for (size_t k = 0; k < nbk; k++) {
			const hk_building *bk = &b[k];
			double f = overlap(s->start_h, s->end_h,
					   bk->day_start_h, bk->day_end_h);
			double ld = hk_building_load_kw(bk, t_out[i],
							o->t_design_c, 1);
			double ln = f < 1 ? hk_building_load_kw(bk, t_out[i],
								o->t_design_c,
								0)
					  : 0;
			load += f * ld + (1 - f) * ln;
		}
		s->load_kw = load;
	}
	return HK_OK;
}

/* one year (or the whole series) of nd days: mark its season */
static int season_year(const double *tday, size_t nd, const hk_season *rule,
		       unsigned char *in)
{
	if (rule->rule == HK_SEASON_ALL) {
		memset(in, 1, nd);
		return 0;
	}
	if (rule->rule == HK_SEASON_DATES) {
		for (size_t d = 0; d < nd; d++) {
			int y = (int)(d % 365);
			in[d] = rule->first <= rule->last ? (y >= rule->first && y <= rule->last)
						    : (y >= rule->first || y <= rule->last);
		}
		return 0;
	}
	/* centred 5-day running mean, cyclic over the year; the season is
	 * the cyclic run of days with the largest sum of (5 C - mean): all
	 * the days at or below 5 C when they are one run, warm spells inside
	 * winter kept, cold spells in summer left out */
	double *v = malloc(nd * sizeof *v);
	memset(in, 0, nd);
	if (!v)
		return -1;
	for (size_t d = 0; d < nd; d++) {
		double m = 0;
		for (int k = -2; k <= 2; k++)
			m += tday[(size_t)((long)d + (long)nd + k) % nd];
		v[d] = 5.0 - m / 5.0;
	}
	double best = 0;
	size_t ba = 0, bl = 0;
	for (size_t a = 0; a < nd; a++) {
		double s = 0;
		for (size_t l = 1; l <= nd; l++) {
			s += v[(a + l - 1) % nd];
			/* ties go to the longer run: days at exactly 5 C count */
			if (s > best + 1e-9 || (s >= best - 1e-9 && l > bl)) {
				best = s;
				ba = a;
				bl = l;
			}
		}
	}
	for (size_t l = 0; l < bl; l++)
		in[(ba + l) % nd] = 1;
	free(v);
	return 0;
}

hk_status hk_season_mark(const double *t_out, size_t nh, const hk_season *s,
			 unsigned char *in_season, size_t *ndays, hk_err *err)
{
	if (nh == 0 || nh % 24)
		return hk_fail(err, HK_EINVAL, "%zu hours: expected whole days", nh);
	if (s->rule == HK_SEASON_DATES &&
	    (s->first < 0 || s->first > 364 || s->last < 0 || s->last > 364))
		return hk_fail(err, HK_EINVAL, "season days %d..%d: expected 0..364",
			       s->first, s->last);
	size_t nd = nh / 24;
	double *tday = malloc(nd * sizeof *tday);
	if (!tday)
		return hk_fail(err, HK_ENOMEM, "season: out of memory");
	for (size_t d = 0; d < nd; d++) {
		double m = 0;
		for (int h = 0; h < 24; h++)
			m += t_out[d * 24 + h];
		if (!isfinite(m)) {
			free(tday);
			return hk_fail(err, HK_EINVAL,
				       "day %zu: outdoor temperature not a number", d + 1);
		}
		tday[d] = m / 24.0;
	}
	size_t per = nh % 8760 == 0 ? 365 : nd;
	for (size_t y = 0; y < nd; y += per)
		if (season_year(tday + y, per, s, in_season + y)) {
			free(tday);
			return hk_fail(err, HK_ENOMEM, "season: out of memory");
		}
	*ndays = 0;
	for (size_t d = 0; d < nd; d++)
		*ndays += in_season[d];
	free(tday);
	return HK_OK;
}

hk_status hk_season_parse(const char *text, hk_season *s, hk_err *err)
{
	static const int mstart[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243,
				       273, 304, 334};
	static const int mlen[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	memset(s, 0, sizeof *s);
	if (!strcmp(text, "5c") || !strcmp(text, "auto")) {
		s->rule = HK_SEASON_5C;
		return HK_OK;
	}
	if (!strcmp(text, "all")) {
		s->rule = HK_SEASON_ALL;
		return HK_OK;
	}
	int m1, d1, m2, d2, used = 0;
	if (sscanf(text, "%d-%d..%d-%d%n", &m1, &d1, &m2, &d2, &used) == 4 &&
	    !text[used] && m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12 &&
	    d1 >= 1 && d1 <= mlen[m1 - 1] && d2 >= 1 && d2 <= mlen[m2 - 1]) {
		s->rule = HK_SEASON_DATES;
		s->first = mstart[m1 - 1] + d1 - 1;
		s->last = mstart[m2 - 1] + d2 - 1;
		return HK_OK;
	}
	return hk_fail(err, HK_EINVAL,
		       "--season (%s): expected 5c, all or MM-DD..MM-DD such as "
		       "11-15..03-15", text);
}

hk_status hk_typdays_default(const hk_climate *c, hk_typday out[4],
			     size_t *nd, hk_err *err)
{
	const double t_end = 5.0;   /* GB 50736 App. A: days <= +5 ℃ */
	const double n_design = 5;  /* GB 50736: 不保证5天 */
	double N = c->heating_days, td = c->t_heating_c, ta = c->t_mean_c;
	*nd = 0;
	if (!isfinite(N) || !(N > n_design))
		return hk_fail(err, HK_EINVAL,
			       "climate: %g heating days: default typical days"
			       " need more than 5; give the typical days", N);
	if (!isfinite(td) || !(td < t_end) || !isfinite(ta))
		return hk_fail(err, HK_EINVAL,
			       "climate: design temperature %g ℃ must be below"
			       " +5 ℃ and a mean temperature given", td);
	double t[3], w[3], M = N - n_design;
	double m = (N * ta - n_design * td) / M; /* mean of the other days */
	for (int k = 0; k < 3; k++)
		t[k] = td + (k + 1) * (t_end - td) / 3.0;
	/* Weights linear in t: w_k = M/3 + b·(t_k − t̄), Σw = M, Σw·t = M·m. */
	double tbar = t[1], s2 = 0;
	for (int k = 0; k < 3; k++)
		s2 += (t[k] - tbar) * (t[k] - tbar);
	double slope = M * (m - tbar) / s2;
	int neg = 0;
	for (int k = 0; k < 3; k++) {
		w[k] = M / 3.0 + slope * (t[k] - tbar);
		neg |= w[k] < 0;
	}
	if (neg) {
		if (m < t[0] || m > t[2])
			return hk_fail(err, HK_ENOSOL,
				       "climate: mean %g ℃ cannot be matched by"
				       " the default typical days (design %g ℃);"
				       " give the typical days", ta, td);
		int j = m <= t[1] ? 0 : 1; /* bracketing pair t[j], t[j+1] */
		w[0] = w[1] = w[2] = 0;
		w[j + 1] = M * (m - t[j]) / (t[j + 1] - t[j]);
		w[j] = M - w[j + 1];
	}
	memset(out, 0, 4 * sizeof out[0]);
	static const char *names[4] = {"design", "cold", "mild", "+5C"};
	size_t n = 0;
	for (int k = 0; k < 4; k++) {
		double days = k ? w[k - 1] : n_design;
		if (!(days > 0))
			continue; /* fallback dropped this temperature */
		strncpy(out[n].name, names[k], sizeof out[n].name - 1);
		out[n].t_out_c = k ? t[k - 1] : td;
		out[n].days = days;
		out[n].load_frac = NAN;
		out[n].day_kw = NAN;
		out[n].night_kw = NAN;
		n++;
	}
	*nd = n;
	return HK_OK;
}
