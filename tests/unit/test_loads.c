/* test_loads.c - area-index loads, set-back, annual heat, profiles. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "loads.h"
#include "malan.h"
#include "unit.h"

static void test_table(void)
{
	hk_btype t;
	hk_err e;
	UNIT_EQ_INT(hk_btype_find("住宅", &t, &e), HK_OK, "住宅 found");
	UNIT_EQ_STR(t.row->name_zh, "住宅", "住宅 uses its own row");
	UNIT_NEAR(hk_cjj_index(t.row, 1, HK_IDX_LOW), 40, 0,
		  "住宅 energy-saving low end 40 W/m² (standards-notes §1.2)");
	UNIT_NEAR(hk_cjj_index(t.row, 0, HK_IDX_HIGH), 64, 0,
		  "住宅 non-saving high end 64 W/m² (standards-notes §1.2)");
	UNIT_NEAR(hk_cjj_index(t.row, 1, HK_IDX_MID), 42.5, 1e-12,
		  "mid point = middle of 40-45");
	UNIT_TRUE(strstr(t.row->src_saving, "[UNVERIFIED]") &&
		  strstr(t.row->src_saving, "CONTESTED"),
		  "住宅 saving cells carry [UNVERIFIED] and the contested high"
		  " end (standards-notes §1.2 bold cell)");
	UNIT_EQ_INT(hk_btype_find("School", &t, NULL), HK_OK, "School found");
	UNIT_TRUE(strstr(t.row->src_saving, "CONTESTED") != NULL,
		  "学校、办公 saving low end flagged contested (bold cell)");
	UNIT_TRUE(strstr(hk_cjj_rows[3].src_saving, "corroborated") &&
		  !strstr(hk_cjj_rows[3].src_saving, "CONTESTED"),
		  "医院、托幼 corroborated, not contested");
	UNIT_EQ_INT(hk_btype_find("police_station", &t, NULL), HK_OK,
		    "police_station found (_ = space)");
	UNIT_TRUE(t.day_only && t.mapping && strstr(t.mapping, "toolkit"),
		  "派出所: day-only, mapped to a CJJ row and says so");
	UNIT_EQ_STR(t.row->key, "school_office", "派出所 → 学校、办公 row");
	UNIT_EQ_INT(hk_btype_find("养老院", &t, NULL), HK_OK, "养老院 found");
	UNIT_TRUE(!t.day_only && t.mapping, "养老院: 24 h, mapped");
	UNIT_EQ_INT(hk_btype_find("门诊", &t, NULL), HK_OK, "门诊 found");
	UNIT_TRUE(t.day_only, "门诊 day-only (Malan §2)");
	UNIT_EQ_INT(hk_btype_find("法院", &t, NULL), HK_OK, "法院 found");
	UNIT_TRUE(t.day_only, "法院 day-only (Malan §2)");
	UNIT_EQ_INT(hk_btype_find("Gymnasium", &t, NULL), HK_OK, "gym alias");
	UNIT_NEAR(hk_cjj_index(t.row, 1, HK_IDX_HIGH), 150, 0,
		  "大礼堂、体育馆 saving high end 150");
	UNIT_EQ_INT(hk_btype_find("warehouse", &t, &e), HK_ENOTFOUND,
		    "unknown type refused");
	UNIT_TRUE(strstr(e.what, "warehouse") != NULL, "message names it");
}

static void test_malan_loads(void)
{
	hk_building b[MALAN_NB];
	UNIT_EQ_INT(malan_buildings(b), 0, "Malan buildings built");
	double p1 = 0, p2 = 0;
	for (int i = 0; i < MALAN_NB; i++) {
		double q = hk_building_design_kw(&b[i]);
		if (malan_blds[i].phase == 1)
			p1 += q;
		else
			p2 += q;
	}
	UNIT_NEAR(p1, 1449, 0.5, "phase 1 design load 1449 kW (Malan §2)");
	UNIT_NEAR(p2, 1470, 0.5, "phase 2 design load 1470 kW (Malan §2)");
	hk_climate c = malan_climate();
	hk_loads_summary s;
	UNIT_EQ_INT(hk_loads_summarise(b, MALAN_NB, &c, &s, NULL), HK_OK,
		    "summary");
	UNIT_NEAR(s.design_kw, 2919, 0.5, "design load 2919 kW (Malan §2)");
	UNIT_NEAR(s.night_kw, 1893.4, 0.1, "night load 1893.4 kW (Malan §2)");
	UNIT_NEAR(100 * s.night_kw / s.design_kw, 64.9, 0.05,
		  "night load 64.9 % of design (Malan §2)");
	UNIT_NEAR(s.area_m2, 27600 + 32500, 0,
		  "area 2.76万 + 3.25万 m² (Malan §1)");
	UNIT_REL(s.annual_gj_cjj, 0.0864 * 101 * 2919 * (18 - 1.2) / (18 + 3.6),
		 0.0005, "CJJ annual heat 0.0864·101·2919·16.8/21.6 GJ (§1.5,"
		 " 咸阳 GB 50736: 101 d, 1.2 ℃)");
	UNIT_TRUE(s.annual_gj < s.annual_gj_cjj && s.annual_gj > 0,
		  "set-back lowers the annual heat below the CJJ formula");
	hk_err e;
	b[2].area_m2 = -1;
	UNIT_EQ_INT(hk_loads_summarise(b, MALAN_NB, &c, &s, &e), HK_EINVAL,
		    "a building of negative area refused");
	UNIT_EQ_STR(e.what, "building 3: area -1 m²: expected > 0", "... naming the building");
}

static void test_annual(void)
{
	double gj;
	/* Exam worked example (standards-notes §1.5): 30×10⁴ m² at 65 W/m²,
	 * 18 / −19 ℃, 152 d, −5.7 ℃ → 1.64×10⁵ GJ. */
	UNIT_EQ_INT(hk_annual_heat_gj(300000 * 65e-3, 152, 18, -5.7, -19, &gj,
				      NULL), HK_OK, "annual heat computes");
	UNIT_REL(gj, 1.64e5, 0.005,
		 "annual heat 1.64×10⁵ GJ (exam example, standards-notes §1.5)");
	hk_err e;
	UNIT_EQ_INT(hk_annual_heat_gj(100, 100, 18, 0, 20, &gj, &e), HK_EINVAL,
		    "design temperature above indoor refused");

	/* Set-back (standards-notes §1.5 generalisation), by hand: Q 100 kW,
	 * N 100 d, t_i 18, t_sb 5, t_a 0, t_o −10, 11.5 h occupied:
	 * 0.0864·100·100·[11.5/24·18 + 12.5/24·5]/28 */
	hk_building b = {1000, 100, 1, 18, 5, 7, 18.5};
	hk_climate c = {-10, -12, 100, 0};
	double want = 0.0864 * 100 * 100 *
		      (11.5 / 24 * 18 + 12.5 / 24 * 5) / 28;
	UNIT_EQ_INT(hk_building_annual_gj(&b, &c, &gj, NULL), HK_OK,
		    "set-back annual computes");
	UNIT_REL(gj, want, 1e-12, "set-back annual = hand formula");
	b.day_only = 0;
	hk_building_annual_gj(&b, &c, &gj, NULL);
	UNIT_REL(gj, 0.0864 * 100 * 100 * 18 / 28, 1e-12,
		 "24-h building: set-back formula = CJJ formula");
}

static void test_profile(void)
{
	hk_building b[MALAN_NB];
	hk_typday d[4];
	hk_step st[4 * 48];
	size_t n;
	hk_err e;
	malan_buildings(b);
	malan_days(d);
	hk_profile_opts o = hk_profile_opts_default(MALAN_T_DESIGN);
	UNIT_EQ_INT(hk_profile_steps_per_day(0.5), 48, "48 half-hour steps");
	UNIT_EQ_INT(hk_profile_steps_per_day(0.7), 0, "0.7 h refused");
	UNIT_EQ_INT(hk_profile_typdays(b, MALAN_NB, d, 4, &o, st, 4 * 48, &n,
				       &e), HK_OK, "Malan profile");
	UNIT_EQ_INT(n, 4 * 48, "192 steps");
	/* Step 16 = 08:00-08:30 (day), 37 = 18:30-19:00 (night), 13 =
	 * 06:30-07:00 (night), 14 = 07:00-07:30 (day). */
	UNIT_NEAR(st[16].load_kw, 2919, 0.5, "08:00 load 2919 kW (Malan Table 1)");
	UNIT_NEAR(st[37].load_kw, 1893.4, 0.1, "18:30 load 1893.4 kW (Malan §2)");
	UNIT_NEAR(st[13].load_kw, 1893.4, 0.1, "06:30 night load (Malan §2)");
	UNIT_NEAR(st[14].load_kw, 2919, 0.5, "07:00 day load (Malan §2)");
	UNIT_NEAR(st[36].load_kw, 2919, 0.5, "18:00-18:30 still day");
	UNIT_TRUE(st[37].night && !st[36].night && st[13].night && !st[14].night,
		  "night flags switch at 07:00 and 18:30 exactly");
	UNIT_NEAR(st[48 + 16].load_kw, 2189, 0.5, "75 % day load 2189 kW (Table 1)");
	UNIT_NEAR(st[48 + 0].load_kw, 1420, 0.5, "75 % night 1420 kW (Table 1)");
	UNIT_NEAR(st[96 + 16].load_kw, 1460, 0.55,
		  "50 % day 1460 kW (Table 1, which rounds 0.5 × 2919 = 1459.5 up)");
	UNIT_NEAR(st[144 + 16].load_kw, 730, 0.5, "25 % day 730 kW (Table 1)");
	UNIT_NEAR(st[144 + 0].load_kw, 473.4, 0.5,
		  "25 % night 473.4 kW (Table 1 peak-demand column)");
	UNIT_TRUE(st[144].days == 16 && st[0].days == 28, "days weights");
	double heat = 0;
	for (int i = 0; i < 48; i++)
		heat += st[i].load_kw * hk_step_hours(&st[i]);
	UNIT_REL(heat, 2919 * 11.5 + 1893.4 * 12.5, 0.0005,
		 "100 % day heat 57236 kWh (malan-worked-numbers Table 3)");

	/* The paper's 25 % row: night load given explicitly. */
	d[3].night_kw = 729.8;
	UNIT_EQ_INT(hk_profile_typdays(b, MALAN_NB, d, 4, &o, st, 4 * 48, &n,
				       NULL), HK_OK, "explicit night load");
	UNIT_NEAR(st[144 + 0].load_kw, 729.8, 1e-9,
		  "25 % night = 729.8 kW when given (Malan Table 1 split)");
	UNIT_NEAR(st[144 + 16].load_kw, 730, 0.5, "day load unchanged");

	/* Bad input: a typical day without a day count. */
	d[2].days = NAN;
	UNIT_EQ_INT(hk_profile_typdays(b, MALAN_NB, d, 4, &o, st, 4 * 48, &n,
				       &e), HK_EINVAL, "missing day count refused");
	UNIT_TRUE(strstr(e.what, "50%") && strstr(e.what, "day count"),
		  "message names the day");
	d[2].days = 45;
	UNIT_EQ_INT(hk_profile_typdays(b, MALAN_NB, d, 4, &o, st, 100, &n, &e),
		    HK_ERANGE, "too small a buffer refused");
	o.t_design_c = 20;
	UNIT_EQ_INT(hk_profile_typdays(b, MALAN_NB, d, 4, &o, st, 4 * 48, &n,
				       &e), HK_EINVAL,
		    "design temperature above indoor refused");
	UNIT_EQ_STR(e.what, "building 1: design temperature 20 ℃ not below indoor 18 ℃",
		    "... naming the first building");
}

static void test_default_days(void)
{
	hk_climate c = malan_climate();
	hk_typday d[4];
	size_t nd;
	UNIT_EQ_INT(hk_typdays_default(&c, d, &nd, NULL), HK_OK, "default days");
	double sd = 0, st = 0;
	int pos = 1;
	for (size_t i = 0; i < nd; i++) {
		sd += d[i].days;
		st += d[i].days * d[i].t_out_c;
		pos &= d[i].days > 0;
	}
	UNIT_NEAR(sd, 101, 1e-9, "days sum to 咸阳's 101 heating days (GB 50736)");
	UNIT_NEAR(st / sd, 1.2, 1e-9, "weighted mean = 1.2 ℃ (GB 50736)");
	UNIT_TRUE(pos && d[0].t_out_c == -3.6 && d[0].days == 5,
		  "design day 5 days at −3.6 ℃");
	/* Property: for a 24-h building the profile's annual heat equals the
	 * CJJ degree-day formula (weights reproduce the mean). */
	hk_building b;
	hk_building_init(&b, "住宅", 10000, 1, HK_IDX_LOW, NULL);
	hk_profile_opts o = hk_profile_opts_default(c.t_heating_c);
	hk_step s[4 * 48];
	size_t n;
	hk_profile_typdays(&b, 1, d, nd, &o, s, 4 * 48, &n, NULL);
	double kwh = 0, gj;
	for (size_t i = 0; i < n; i++)
		kwh += s[i].load_kw * hk_step_hours(&s[i]) * s[i].days;
	hk_annual_heat_gj(hk_building_design_kw(&b), 101, 18, 1.2, -3.6, &gj,
			  NULL);
	UNIT_REL(kwh * 0.0036, gj, 1e-9,
		 "default days reproduce CJJ 34 §3.2 annual heat");
	/* Harbin (GB 50736): −24.2 ℃, 176 d, −9.4 ℃. */
	hk_climate h = {-24.2, -27.1, 176, -9.4};
	UNIT_EQ_INT(hk_typdays_default(&h, d, &nd, NULL), HK_OK, "哈尔滨");
	sd = st = 0;
	for (size_t i = 0; i < nd; i++) {
		sd += d[i].days;
		st += d[i].days * d[i].t_out_c;
	}
	UNIT_NEAR(st / sd, -9.4, 1e-9, "哈尔滨 mean −9.4 ℃");
	hk_climate gz = {8.0, 5.2, 0, NAN};
	hk_err e;
	UNIT_EQ_INT(hk_typdays_default(&gz, d, &nd, &e), HK_EINVAL,
		    "广州 (no heating days) refused");
}

static void test_hourly(void)
{
	hk_building b;
	hk_building_init(&b, "学校", 1000, 1, HK_IDX_LOW, NULL); /* 50 kW */
	double t[48];
	for (int i = 0; i < 48; i++)
		t[i] = -3.6;
	hk_step s[48];
	hk_profile_opts o = hk_profile_opts_default(-3.6);
	UNIT_EQ_INT(hk_profile_hourly(&b, 1, t, 48, &o, s, NULL), HK_OK,
		    "hourly profile");
	UNIT_NEAR(s[8].load_kw, 50, 1e-9, "08:00 occupied: design load");
	UNIT_NEAR(s[2].load_kw, 50 * 8.6 / 21.6, 1e-9,
		  "02:00 set-back 5 ℃: 50·(5+3.6)/(18+3.6)");
	UNIT_NEAR(s[18].load_kw, 0.5 * 50 + 0.5 * 50 * 8.6 / 21.6, 1e-9,
		  "18:00-19:00 half occupied (18:30 boundary exact)");
	UNIT_TRUE(s[24 + 8].day == 1 && s[24 + 8].start_h == 8, "day 2 hour 8");
	t[5] = NAN;
	UNIT_EQ_INT(hk_profile_hourly(&b, 1, t, 48, &o, s, NULL), HK_EINVAL,
		    "missing temperature refused");
}

/* a year whose daily mean is 10 - 15 cos(2 pi (d - 14) / 365) C: below
 * +5 C while cos >= 1/3, i.e. 365 acos(1/3) / pi = 143.0 days around
 * 15 January (the 5-day mean of a sine differs by 0.1 %) */
static void season_year_t(double *t, int warm_jan, int cold_jul)
{
	for (int d = 0; d < 365; d++) {
		double m = 10 - 15 * cos(2 * 3.14159265358979 * (d - 14) / 365.0);
		if (warm_jan && d >= 19 && d <= 25)
			m = 12;
		if (cold_jul && d >= 190 && d <= 195)
			m = 0;
		for (int h = 0; h < 24; h++)
			t[d * 24 + h] = m + 4 * sin(2 * 3.14159265358979 * h / 24.0);
	}
}

static void test_season(void)
{
	static double t[8760];
	unsigned char in[365];
	size_t n;
	hk_season s;
	double expect = 365 * acos(1.0 / 3) / 3.14159265358979;
	UNIT_EQ_INT(hk_season_parse("5c", &s, NULL), HK_OK, "season 5c");
	season_year_t(t, 0, 0);
	UNIT_EQ_INT(hk_season_mark(t, 8760, &s, in, &n, NULL), HK_OK, "mark");
	UNIT_NEAR((double)n, expect, 1.01, "sine year: 143 days at or below 5 C");
	UNIT_TRUE(in[14] && !in[195] && in[0] && in[364],
		  "15 Jan and the new year in, July out");
	season_year_t(t, 1, 1);
	UNIT_EQ_INT(hk_season_mark(t, 8760, &s, in, &n, NULL), HK_OK, "mark");
	UNIT_NEAR((double)n, expect, 1.01,
		  "a warm week in January stays in, a cold week in July stays out");
	UNIT_TRUE(in[22] && !in[192], "22 Jan in, 12 Jul out");
	UNIT_EQ_INT(hk_season_parse("11-15..03-15", &s, NULL), HK_OK, "dates");
	UNIT_EQ_INT(hk_season_mark(t, 8760, &s, in, &n, NULL), HK_OK, "mark");
	UNIT_EQ_INT((int)n, 16 + 31 + 31 + 28 + 15, "15 Nov..15 Mar = 121 days");
	UNIT_TRUE(in[318] && !in[317] && in[73] && !in[74], "edges 15 Nov and 15 Mar");
	hk_err e;
	UNIT_EQ_INT(hk_season_parse("11-31..03-15", &s, &e), HK_EINVAL,
		    "30 days hath November");
	UNIT_TRUE(strstr(e.what, "MM-DD..MM-DD") != NULL, "says what is expected");
	for (int i = 0; i < 8760; i++)
		t[i] = 20;
	UNIT_EQ_INT(hk_season_parse("auto", &s, NULL), HK_OK, "auto = 5c");
	UNIT_EQ_INT(hk_season_mark(t, 8760, &s, in, &n, NULL), HK_OK, "mark");
	UNIT_EQ_INT((int)n, 0, "a year above 5 C has no season");
	UNIT_EQ_INT(hk_season_mark(t, 100, &s, in, &n, NULL), HK_EINVAL,
		    "100 hours: not whole days");
	/* the profile carries no load outside the season */
	hk_building b;
	hk_building_init(&b, "住宅", 1000, 1, HK_IDX_LOW, NULL);
	static hk_step st[8760];
	hk_profile_opts o = hk_profile_opts_default(-3.6);
	season_year_t(t, 0, 0);
	hk_season_parse("11-15..03-15", &s, NULL);
	hk_season_mark(t, 8760, &s, in, &n, NULL);
	o.in_season = in;
	UNIT_EQ_INT(hk_profile_hourly(&b, 1, t, 8760, &o, st, NULL), HK_OK, "profile");
	UNIT_TRUE(st[24 * 100 + 3].load_kw == 0 && st[24 * 10 + 3].load_kw > 0,
		  "10 April no load, 11 January load");
}

int main(void)
{
	test_table();
	test_malan_loads();
	test_annual();
	test_season();
	test_profile();
	test_default_days();
	test_hourly();
	return unit_done();
}
