/* units.c - unit table and number parsing (see units.h). */
#include "units.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

struct unit_def {
	hk_dim dim;
	const char *name; /* folded spelling */
	double factor, offset;
	const char *shown; /* as a message spells it; NULL: name */
};

/* Conversion factors: SI definitions; 1 kWh = 3.6 MJ; 1 m H2O = 9.80665 kPa
 * (conventional water column); 1 L/s = 3.6 m³/h; 1 t/h of water ≈ 1 m³/h
 * (ρ = 1000 kg/m³, the usual design assumption). */
static const struct unit_def units[] = {
	{HK_DIM_POWER, "kw", 1, 0},        {HK_DIM_POWER, "w", 1e-3, 0},
	{HK_DIM_POWER, "mw", 1e3, 0},      {HK_DIM_POWER, "千瓦", 1, 0},
	{HK_DIM_POWER, "瓦", 1e-3, 0},     {HK_DIM_POWER, "万kw", 1e4, 0},
	{HK_DIM_ENERGY, "kwh", 1, 0},      {HK_DIM_ENERGY, "mwh", 1e3, 0},
	{HK_DIM_ENERGY, "wh", 1e-3, 0},    {HK_DIM_ENERGY, "gj", 1e3 / 3.6, 0},
	{HK_DIM_ENERGY, "mj", 1 / 3.6, 0}, {HK_DIM_ENERGY, "度", 1, 0},
	{HK_DIM_ENERGY, "万kwh", 1e4, 0},
	{HK_DIM_AREA, "m2", 1, 0},         {HK_DIM_AREA, "㎡", 1, 0},
	{HK_DIM_AREA, "平方米", 1, 0},     {HK_DIM_AREA, "万m2", 1e4, 0},
	{HK_DIM_AREA, "万㎡", 1e4, 0},     {HK_DIM_AREA, "万平方米", 1e4, 0},
	{HK_DIM_AREA, "km2", 1e6, 0},
	{HK_DIM_MONEY, "元", 1, 0},        {HK_DIM_MONEY, "yuan", 1, 0},
	{HK_DIM_MONEY, "cny", 1, 0},       {HK_DIM_MONEY, "rmb", 1, 0},
	{HK_DIM_MONEY, "万元", 1e4, 0},    {HK_DIM_MONEY, "wanyuan", 1e4, 0},
	{HK_DIM_MONEY, "亿元", 1e8, 0},
	{HK_DIM_TEMP, "c", 1, 0},          {HK_DIM_TEMP, "℃", 1, 0},
	{HK_DIM_TEMP, "°c", 1, 0},         {HK_DIM_TEMP, "degc", 1, 0},
	{HK_DIM_TEMP, "摄氏度", 1, 0},     {HK_DIM_TEMP, "k", 1, -273.15, "K"},
	{HK_DIM_DTEMP, "k", 1, 0},         {HK_DIM_DTEMP, "c", 1, 0},
	{HK_DIM_DTEMP, "℃", 1, 0},         {HK_DIM_DTEMP, "°c", 1, 0},
	{HK_DIM_VOLUME, "m3", 1, 0},       {HK_DIM_VOLUME, "l", 1e-3, 0},
	{HK_DIM_VOLUME, "立方米", 1, 0},   {HK_DIM_VOLUME, "吨", 1, 0},
	{HK_DIM_VOLUME, "t", 1, 0},
	{HK_DIM_FLOW, "m3/h", 1, 0},       {HK_DIM_FLOW, "m3h", 1, 0},
	{HK_DIM_FLOW, "l/s", 3.6, 0},      {HK_DIM_FLOW, "t/h", 1, 0},
	{HK_DIM_FLOW, "m3/s", 3600, 0},
	/* length before head: an option in "m" is a length (hk_unit_find) */
	{HK_DIM_LENGTH, "m", 1, 0},        {HK_DIM_LENGTH, "mm", 1e-3, 0},
	{HK_DIM_LENGTH, "km", 1e3, 0},     {HK_DIM_LENGTH, "米", 1, 0},
	{HK_DIM_LENGTH, "cm", 1e-2, 0},
	{HK_DIM_HEAD, "m", 1, 0},          {HK_DIM_HEAD, "mh2o", 1, 0},
	{HK_DIM_HEAD, "kpa", 1 / 9.80665, 0}, {HK_DIM_HEAD, "mpa", 1000 / 9.80665, 0},
	{HK_DIM_HEAD, "bar", 100 / 9.80665, 0},
	{HK_DIM_TIME, "h", 1, 0},          {HK_DIM_TIME, "hr", 1, 0},
	{HK_DIM_TIME, "小时", 1, 0},       {HK_DIM_TIME, "min", 1 / 60.0, 0},
	{HK_DIM_PRICE, "元/kwh", 1, 0},    {HK_DIM_PRICE, "yuan/kwh", 1, 0},
	{HK_DIM_PRICE, "元/度", 1, 0},     {HK_DIM_PRICE, "cny/kwh", 1, 0},
	{HK_DIM_INDEX, "w/m2", 1, 0},      {HK_DIM_INDEX, "w/㎡", 1, 0},
	{HK_DIM_INDEX, "wm2", 1, 0},
	{HK_DIM_FRACTION, "%", 0.01, 0},   {HK_DIM_FRACTION, "pct", 0.01, 0},
	{HK_DIM_FRACTION, "1", 1, 0},
	/* ground and fluid properties (SI prefixes, BIPM SI Brochure 9th ed.;
	 * 1 cP = 1 mPa s, 1 cSt = 1 mm2/s, 1 a = 365 d); lower case as folded,
	 * so "mw/m2" is milli (mega-watts per m2 is no heat flux), "mj" mega */
	{HK_DIM_CONDUCT, "w/mk", 1, 0, "W/mK"},     {HK_DIM_CONDUCT, "w/(mk)", 1, 0, "W/(mK)"},
	{HK_DIM_CONDUCT, "w/m/k", 1, 0, "W/m/K"},   {HK_DIM_CONDUCT, "w/m.k", 1, 0, "W/m.K"},
	{HK_DIM_VOLHEAT, "mj/m3k", 1, 0, "MJ/m3K"}, {HK_DIM_VOLHEAT, "kj/m3k", 1e-3, 0, "kJ/m3K"},
	{HK_DIM_VOLHEAT, "j/m3k", 1e-6, 0, "J/m3K"}, {HK_DIM_VOLHEAT, "mj/(m3k)", 1, 0, "MJ/(m3K)"},
	{HK_DIM_VOLHEAT, "j/(m3k)", 1e-6, 0, "J/(m3K)"}, {HK_DIM_VOLHEAT, "kwh/(m3·k)", 3.6, 0, "kWh/(m3·K)"},
	{HK_DIM_VOLHEAT, "kwh/(m3k)", 3.6, 0, "kWh/(m3K)"}, {HK_DIM_VOLHEAT, "kwh/m3k", 3.6, 0, "kWh/m3K"},
	{HK_DIM_RESIST, "mk/w", 1, 0, "mK/W"},      {HK_DIM_RESIST, "(mk)/w", 1, 0, "(mK)/W"},
	{HK_DIM_RESIST, "m.k/w", 1, 0, "m.K/W"},
	{HK_DIM_GRADIENT, "k/100m", 1, 0, "K/100m"}, {HK_DIM_GRADIENT, "k/km", 0.1, 0, "K/km"},
	{HK_DIM_GRADIENT, "k/m", 100, 0, "K/m"},    {HK_DIM_GRADIENT, "c/100m", 1, 0, "C/100m"},
	{HK_DIM_GRADIENT, "c/km", 0.1, 0, "C/km"},
	{HK_DIM_MASSFLOW, "kg/s", 1, 0, "kg/s"},    {HK_DIM_MASSFLOW, "kg/h", 1 / 3600.0, 0, "kg/h"},
	{HK_DIM_MASSFLOW, "t/h", 1 / 3.6, 0, "t/h"}, {HK_DIM_MASSFLOW, "g/s", 1e-3, 0, "g/s"},
	{HK_DIM_DENSITY, "kg/m3", 1, 0, "kg/m3"},   {HK_DIM_DENSITY, "g/cm3", 1e3, 0, "g/cm3"},
	{HK_DIM_DENSITY, "kg/l", 1e3, 0, "kg/L"},   {HK_DIM_DENSITY, "g/l", 1, 0, "g/L"},
	{HK_DIM_SPECHEAT, "j/kgk", 1, 0, "J/kgK"},  {HK_DIM_SPECHEAT, "kj/kgk", 1e3, 0, "kJ/kgK"},
	{HK_DIM_SPECHEAT, "j/(kgk)", 1, 0, "J/(kgK)"}, {HK_DIM_SPECHEAT, "kj/(kgk)", 1e3, 0, "kJ/(kgK)"},
	{HK_DIM_VISCOSITY, "pas", 1, 0, "Pa s"},    {HK_DIM_VISCOSITY, "pa.s", 1, 0, "Pa.s"},
	{HK_DIM_VISCOSITY, "mpas", 1e-3, 0, "mPa s"}, {HK_DIM_VISCOSITY, "mpa.s", 1e-3, 0, "mPa.s"},
	{HK_DIM_VISCOSITY, "cp", 1e-3, 0, "cP"},
	{HK_DIM_KINVISC, "m2/s", 1, 0, "m2/s"},     {HK_DIM_KINVISC, "mm2/s", 1e-6, 0, "mm2/s"},
	{HK_DIM_KINVISC, "cst", 1e-6, 0, "cSt"},
	{HK_DIM_LINPOWER, "w/m", 1, 0, "W/m"},      {HK_DIM_LINPOWER, "kw/m", 1e3, 0, "kW/m"},
	{HK_DIM_INDEX, "mw/m2", 1e-3, 0, "mW/m2"},
	{HK_DIM_YEAR, "a", 1, 0, "a"},              {HK_DIM_YEAR, "yr", 1, 0, "yr"},
	{HK_DIM_YEAR, "years", 1, 0, "years"},      {HK_DIM_YEAR, "年", 1, 0, "年"},
	/* 1 kWh = 3.6 MJ; 1 kcal (IT) = 4.1868 kJ (BIPM SI Brochure 9th ed.) */
	{HK_DIM_CALORIFIC, "mj/m3", 1, 0, "MJ/m3"}, {HK_DIM_CALORIFIC, "kj/m3", 1e-3, 0, "kJ/m3"},
	{HK_DIM_CALORIFIC, "kwh/m3", 3.6, 0, "kWh/m3"}, {HK_DIM_CALORIFIC, "kcal/m3", 4.1868e-3, 0, "kcal/m3"},
};

static const char *const dim_unit[] = {
	[HK_DIM_NONE] = "", [HK_DIM_POWER] = "kW", [HK_DIM_ENERGY] = "kWh",
	[HK_DIM_AREA] = "m2", [HK_DIM_MONEY] = "yuan", [HK_DIM_TEMP] = "C",
	[HK_DIM_DTEMP] = "K", [HK_DIM_VOLUME] = "m3", [HK_DIM_FLOW] = "m3/h",
	[HK_DIM_HEAD] = "m", [HK_DIM_LENGTH] = "m", [HK_DIM_TIME] = "h",
	[HK_DIM_PRICE] = "yuan/kWh", [HK_DIM_INDEX] = "W/m2",
	[HK_DIM_FRACTION] = "1", [HK_DIM_COUNT] = "", [HK_DIM_CONDUCT] = "W/mK",
	[HK_DIM_VOLHEAT] = "MJ/m3K", [HK_DIM_RESIST] = "mK/W", [HK_DIM_GRADIENT] = "K/100m",
	[HK_DIM_MASSFLOW] = "kg/s", [HK_DIM_DENSITY] = "kg/m3", [HK_DIM_SPECHEAT] = "J/kgK",
	[HK_DIM_VISCOSITY] = "Pa s", [HK_DIM_KINVISC] = "m2/s", [HK_DIM_LINPOWER] = "W/m",
	[HK_DIM_YEAR] = "a", [HK_DIM_CALORIFIC] = "MJ/m3",
};

const char *hk_dim_unit(hk_dim d)
{
	return d < HK_DIM_NDIM ? dim_unit[d] : "";
}

int hk_unit_lookup(hk_dim d, const char *unit, double *factor, double *offset)
{
	size_t i;
	for (i = 0; i < sizeof units / sizeof units[0]; i++)
		if (units[i].dim == d && strcmp(units[i].name, unit) == 0) {
			*factor = units[i].factor;
			*offset = units[i].offset;
			return 1;
		}
	return 0;
}

int hk_unit_ratio(hk_dim num, hk_dim den, const char *text, double *factor)
{
	char f[128], *slash;
	double fa, fb, oa, ob;
	hk_fold(text, f, sizeof f, 1);
	slash = strrchr(f, '/');
	if (!slash)
		return 0;
	*slash = '\0';
	if (!hk_unit_lookup(num, f, &fa, &oa) || !hk_unit_lookup(den, slash + 1, &fb, &ob) || oa != 0 || ob != 0)
		return 0;
	*factor = fa / fb;
	return 1;
}

int hk_unit_find(const char *unit, hk_dim *dim, double *factor, double *offset)
{
	char f[64];
	size_t i;
	hk_fold(unit, f, sizeof f, 1);
	for (i = 0; i < sizeof units / sizeof units[0]; i++)
		if (units[i].offset == 0 && strcmp(units[i].name, f) == 0) {
			*dim = units[i].dim;
			*factor = units[i].factor;
			*offset = 0;
			return 1;
		}
	return 0;
}

int hk_unit_nth(hk_dim d, size_t n, const char **shown, double *factor, double *offset)
{
	size_t i;
	for (i = 0; i < sizeof units / sizeof units[0]; i++)
		if (units[i].dim == d && n-- == 0) {
			*shown = units[i].shown ? units[i].shown : units[i].name;
			*factor = units[i].factor;
			*offset = units[i].offset;
			return 1;
		}
	return 0;
}

const char *hk_dim_units_list(hk_dim d)
{
	static char buf[HK_DIM_NDIM][256];
	char *b;
	size_t i, o = 0;
	if (d >= HK_DIM_NDIM)
		return "";
	b = buf[d];
	if (b[0])
		return b;
	for (i = 0; i < sizeof units / sizeof units[0]; i++) {
		size_t k;
		if (units[i].dim != d)
			continue;
		k = strlen(units[i].name);
		if (o + k + 3 >= sizeof buf[d])
			break;
		if (o) {
			memcpy(b + o, ", ", 2);
			o += 2;
		}
		memcpy(b + o, units[i].name, k);
		o += k;
	}
	b[o] = '\0';
	return b;
}

hk_status hk_parse_number(const char *s, double *out, int *percent)
{
	char f[128], clean[128];
	size_t i, o = 0, n, int_digits = 0;
	int seen_comma = 0, seen_point = 0, pct = 0, group = 0;
	char *end;
	double v;

	{ /* fast path: plain ASCII numbers go straight to strtod */
		const char *q = s;
		int digits = 0;
		if (*q == '-')
			q++;
		for (; *q; q++) {
			if (*q >= '0' && *q <= '9')
				digits = 1;
			else if (*q != '.')
				break;
		}
		if (*q == '\0' && digits && q - s < 64) {
			v = strtod(s, &end);
			if (*end == '\0' && isfinite(v)) {
				*out = v;
				if (percent)
					*percent = 0;
				return HK_OK;
			}
		}
	}
	{ /* ASCII needs no folding (full-width forms are not ASCII): drop spaces */
		const unsigned char *u = (const unsigned char *)s;
		size_t k = 0;
		while (*u && *u < 0x80 && k + 1 < sizeof f) {
			if (*u != ' ' && *u != '\t')
				f[k++] = (char)(*u >= 'A' && *u <= 'Z' ? *u + ('a' - 'A') : *u);
			u++;
		}
		f[k] = '\0';
		if (*u)
			hk_fold(s, f, sizeof f, 1);
	}
	n = strlen(f);
	if (n > 0 && f[n - 1] == '%') {
		pct = 1;
		f[--n] = '\0';
	}
	if (n == 0 || n >= sizeof clean - 1)
		return HK_EPARSE;
	i = 0;
	if (f[0] == '+' || f[0] == '-') {
		if (f[0] == '-')
			clean[o++] = '-';
		i = 1;
	}
	/* the mantissa's integer part, with optional thousands groups */
	for (; i < n; i++) {
		char c = f[i];
		if (c >= '0' && c <= '9') {
			clean[o++] = c;
			int_digits++;
			if (seen_comma && ++group > 3)
				return HK_EPARSE;
		} else if (c == ',' && !seen_point) {
			if (int_digits == 0 || (seen_comma && group != 3) ||
			    (!seen_comma && int_digits > 3))
				return HK_EPARSE;
			seen_comma = 1;
			group = 0;
		} else {
			break;
		}
	}
	if (seen_comma && group != 3)
		return HK_EPARSE;
	for (; i < n; i++) {
		char c = f[i];
		if (c == '.' && !seen_point) {
			seen_point = 1;
		} else if (!((c >= '0' && c <= '9') || c == 'e' || c == '+' || c == '-')) {
			return HK_EPARSE;
		}
		clean[o++] = c;
	}
	clean[o] = '\0';
	if (o == 0 || (o == 1 && clean[0] == '-'))
		return HK_EPARSE;
	errno = 0;
	v = strtod(clean, &end);
	if (*end != '\0' || end == clean || errno == ERANGE || !isfinite(v))
		return HK_EPARSE;
	if (pct)
		v /= 100.0;
	*out = v;
	if (percent)
		*percent = pct;
	return HK_OK;
}
