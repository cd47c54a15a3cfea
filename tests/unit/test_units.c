/* test_units.c - numbers as engineers type them; units in headers. */
#include "table.h"
#include "text.h"
#include "unit.h"
#include "units.h"

static const struct {
	const char *in;
	int ok;
	double want;
} nums[] = {
	{"1234.5", 1, 1234.5},   {"1,234.5", 1, 1234.5},  {"+12", 1, 12},
	{"-10", 1, -10},         {"75%", 1, 0.75},        {" 42 ", 1, 42},
	{"１２３．５", 1, 123.5}, {"－５", 1, -5},         {"\xe2\x88\x92" "7.2", 1, -7.2},
	{"1,234,567", 1, 1234567}, {"2.5e3", 1, 2500},     {"1e-3", 1, 0.001},
	{"2.5E3", 1, 2500},       {"\"7\"", 0, 0},
	{"12o0", 0, 0},          {"", 0, 0},              {"-", 0, 0},
	{"1,23", 0, 0},          {"1234,567", 0, 0},      {"nan", 0, 0},
	{"inf", 0, 0},           {"1.2.3", 0, 0},         {"0x10", 0, 0},
	{"1e999", 0, 0},         {".", 0, 0},             {"%", 0, 0},
};

static const struct {
	hk_dim dim;
	const char *unit;
	double value, want;
} conv[] = {
	{HK_DIM_POWER, "w", 1500, 1.5},          {HK_DIM_POWER, "mw", 2.919, 2919},
	{HK_DIM_AREA, "万m2", 1.2, 12000},       {HK_DIM_AREA, "㎡", 10, 10},
	{HK_DIM_MONEY, "万元", 171.4, 1714000},  {HK_DIM_ENERGY, "gj", 3.6, 1000},
	{HK_DIM_TEMP, "k", 273.15, 0},           {HK_DIM_FLOW, "l/s", 10, 36},
	{HK_DIM_HEAD, "kpa", 98.0665, 10},       {HK_DIM_FRACTION, "%", 80, 0.8},
	/* the option units (issue 17): GHEtool's SI inputs to heatkit's units */
	{HK_DIM_VOLHEAT, "j/m3k", 2.052e6, 2.052}, {HK_DIM_VOLHEAT, "kj/m3k", 2400, 2.4},
	{HK_DIM_CONDUCT, "w/(mk)", 1.9, 1.9},    {HK_DIM_GRADIENT, "k/km", 30, 3},
	{HK_DIM_GRADIENT, "k/m", 0.03, 3},       {HK_DIM_MASSFLOW, "kg/h", 1800, 0.5},
	{HK_DIM_SPECHEAT, "kj/kgk", 4.18, 4180}, {HK_DIM_VISCOSITY, "mpas", 1, 0.001},
	{HK_DIM_VISCOSITY, "cp", 1.5, 0.0015},   {HK_DIM_DENSITY, "g/cm3", 1.05, 1050},
	{HK_DIM_KINVISC, "cst", 1, 1e-6},        {HK_DIM_LINPOWER, "kw/m", 0.05, 50},
	{HK_DIM_INDEX, "mw/m2", 65, 0.065},      {HK_DIM_LENGTH, "cm", 400, 4},
	{HK_DIM_VOLHEAT, "kwh/(m3·k)", 1.1628, 4.18608}, /* 1 kWh = 3.6 MJ */
	/* a gas's heating value (econ --gas-lhv): 8500 kcal/m3 x 4.1868 kJ/kcal */
	{HK_DIM_CALORIFIC, "kcal/m3", 8500, 35.5878}, {HK_DIM_CALORIFIC, "kwh/m3", 9.97, 35.892},
};

int main(void)
{
	size_t i;
	char buf[256];
	for (i = 0; i < sizeof nums / sizeof nums[0]; i++) {
		double v = -999;
		hk_status s = hk_parse_number(nums[i].in, &v, NULL);
		snprintf(buf, sizeof buf, "parse \"%s\" %s", nums[i].in, nums[i].ok ? "ok" : "rejected");
		if (nums[i].ok)
			UNIT_NEAR(s == HK_OK ? v : 1e300, nums[i].want, 1e-12, buf);
		else
			UNIT_TRUE(s != HK_OK, buf);
	}
	for (i = 0; i < sizeof conv / sizeof conv[0]; i++) {
		double f = 0, o = 0;
		int ok = hk_unit_lookup(conv[i].dim, conv[i].unit, &f, &o);
		snprintf(buf, sizeof buf, "unit %s: %g -> %g (SI definitions)", conv[i].unit,
			 conv[i].value, conv[i].want);
		UNIT_NEAR(ok ? conv[i].value * f + o : 1e300, conv[i].want, 1e-9, buf);
	}
	UNIT_TRUE(!hk_unit_lookup(HK_DIM_AREA, "kw", &(double){0}, &(double){0}),
		  "kW is not an area unit");
	{ /* an option's unit names its dimension: "C" a temperature, "K" a
	   * difference (not kelvin), "m" a length (not head), "%" a fraction */
		static const struct {
			const char *unit;
			hk_dim dim;
			double factor;
		} opt_units[] = {
			{"C", HK_DIM_TEMP, 1},          {"K", HK_DIM_DTEMP, 1},
			{"m", HK_DIM_LENGTH, 1},        {"mm", HK_DIM_LENGTH, 1e-3},
			{"%", HK_DIM_FRACTION, 0.01},   {"W/mK", HK_DIM_CONDUCT, 1},
			{"MJ/m3K", HK_DIM_VOLHEAT, 1},  {"mK/W", HK_DIM_RESIST, 1},
			{"Pa s", HK_DIM_VISCOSITY, 1},  {"a", HK_DIM_YEAR, 1},
			{"kW", HK_DIM_POWER, 1},        {"m3/h", HK_DIM_FLOW, 1},
		};
		for (i = 0; i < sizeof opt_units / sizeof opt_units[0]; i++) {
			hk_dim d = HK_DIM_NONE;
			double f = 0, o = 1;
			snprintf(buf, sizeof buf, "option unit %s: dimension %d, factor %g", opt_units[i].unit,
				 (int)opt_units[i].dim, opt_units[i].factor);
			UNIT_TRUE(hk_unit_find(opt_units[i].unit, &d, &f, &o) && d == opt_units[i].dim &&
					  f == opt_units[i].factor && o == 0,
				  buf);
		}
		UNIT_TRUE(!hk_unit_find("furlongs", &(hk_dim){0}, &(double){0}, &(double){0}),
			  "an unknown unit has no dimension");
	}
	{ /* rate units of a prices file: money per unit of quantity */
		double f = 0;
		UNIT_TRUE(hk_unit_ratio(HK_DIM_MONEY, HK_DIM_POWER, "yuan/W", &f), "yuan/W is a rate");
		UNIT_NEAR(0.7 * f, 700, 1e-9, "0.7 元/W = 700 元/kW (Malan Table 2 heat-pump price)");
		UNIT_TRUE(hk_unit_ratio(HK_DIM_MONEY, HK_DIM_VOLUME, "万元/m³", &f), "万元/m³ folds");
		UNIT_NEAR(0.15 * f, 1500, 1e-9, "0.15 万元/m3 = 1500 元/m3");
		UNIT_TRUE(hk_unit_ratio(HK_DIM_MONEY, HK_DIM_POWER, "元／MW", &f), "full-width slash");
		UNIT_NEAR(700000 * f, 700, 1e-9, "700000 元/MW = 700 元/kW");
		UNIT_TRUE(!hk_unit_ratio(HK_DIM_MONEY, HK_DIM_POWER, "元/台", &f), "元/台 is not per kW");
		UNIT_TRUE(!hk_unit_ratio(HK_DIM_MONEY, HK_DIM_POWER, "元", &f), "元 alone is not a rate");
	}

	hk_header_fold("面积（万m²）", buf, sizeof buf);
	UNIT_EQ_STR(buf, "面积(万m2)", "full-width brackets and ² folded");
	hk_header_fold("  Heat Load [kW] ", buf, sizeof buf);
	UNIT_EQ_STR(buf, "heat_load_[kw]", "spaces become _, case folded");
	hk_header_fold("Load_kW", buf, sizeof buf);
	UNIT_EQ_STR(buf, "load_kw", "Load_kW");

	UNIT_EQ_INT(hk_display_width("铜川 ab"), 7, "CJK counts double in column widths");
	UNIT_EQ_INT(hk_display_width("ＡＢ"), 4, "full-width forms count double");
	UNIT_EQ_INT(hk_edit_distance("hpsise", "hpsize"), 1, "one substitution");
	UNIT_EQ_INT(hk_edit_distance("loadclac", "loadcalc"), 1, "a swap counts one");
	UNIT_EQ_INT(hk_edit_distance("铜州", "铜川"), 1, "edit distance on code points");
	{
		const char *names[] = {"borefield", "econ", "hpsize", "loadcalc"};
		size_t best[2];
		size_t k = hk_suggest("hpsise", names, 4, best, 2);
		UNIT_TRUE(k >= 1 && best[0] == 2, "suggest hpsize for hpsise");
		k = hk_suggest("zzzzzzzz", names, 4, best, 2);
		UNIT_EQ_INT((long long)k, 0, "no suggestion for a far word");
	}
	return unit_done();
}
