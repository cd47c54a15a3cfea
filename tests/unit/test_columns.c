/*
 * test_columns.c - the column dictionary (lib/columns.h), data-driven.
 *
 * 1. One column, one set of names: a key shared by kinds has the same
 *    aliases and unit dimension in each, except the listed homonyms.
 * 2. Every kind is read with every alias of every column, bare, under its
 *    canonical key and with every unit of its dimension in the header
 *    ("面积(万m2)", "area [km2]", "area（㎡）"): the value lands in that
 *    column, converted.  The conversion factors are stated here from the
 *    unit definitions (SI; 1 kWh = 3.6 MJ; 1 m H2O = 9.80665 kPa, the
 *    conventional water column; 1 t of water = 1 m3 at 1000 kg/m3),
 *    not taken from lib/units.c, and every unit lib/units.c lists for a
 *    dimension a column uses must be among them.
 * 3. The --help "Input" text of each command names only headers that the
 *    kinds it reads accept (column keys and Chinese names), so help and
 *    dictionary cannot drift apart; 4. so do the README's column tables.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../cmd/cmds.h"
#include "columns.h"
#include "loads.h"
#include "table.h"
#include "terminal.h"
#include "unit.h"
#include "units.h"

#define HK_NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* ---- units as typed in a header, with their factor to the internal unit */

static const struct {
	hk_dim dim;
	const char *typed;
	double factor, offset;
} units[] = {
	{HK_DIM_POWER, "kW", 1, 0},         {HK_DIM_POWER, "W", 1e-3, 0},
	{HK_DIM_POWER, "MW", 1e3, 0},       {HK_DIM_POWER, "千瓦", 1, 0},
	{HK_DIM_POWER, "瓦", 1e-3, 0},      {HK_DIM_POWER, "万kW", 1e4, 0},
	{HK_DIM_ENERGY, "kWh", 1, 0},       {HK_DIM_ENERGY, "MWh", 1e3, 0},
	{HK_DIM_ENERGY, "Wh", 1e-3, 0},     {HK_DIM_ENERGY, "GJ", 1e9 / 3.6e6, 0},
	{HK_DIM_ENERGY, "MJ", 1e6 / 3.6e6, 0}, {HK_DIM_ENERGY, "度", 1, 0},
	{HK_DIM_ENERGY, "万kWh", 1e4, 0},
	{HK_DIM_AREA, "m²", 1, 0},          {HK_DIM_AREA, "㎡", 1, 0},
	{HK_DIM_AREA, "平方米", 1, 0},      {HK_DIM_AREA, "万m2", 1e4, 0},
	{HK_DIM_AREA, "万㎡", 1e4, 0},      {HK_DIM_AREA, "万平方米", 1e4, 0},
	{HK_DIM_AREA, "km2", 1e6, 0},
	{HK_DIM_MONEY, "元", 1, 0},         {HK_DIM_MONEY, "yuan", 1, 0},
	{HK_DIM_MONEY, "CNY", 1, 0},        {HK_DIM_MONEY, "RMB", 1, 0},
	{HK_DIM_MONEY, "万元", 1e4, 0},     {HK_DIM_MONEY, "wanyuan", 1e4, 0},
	{HK_DIM_MONEY, "亿元", 1e8, 0},
	{HK_DIM_TEMP, "C", 1, 0},           {HK_DIM_TEMP, "℃", 1, 0},
	{HK_DIM_TEMP, "°C", 1, 0},          {HK_DIM_TEMP, "degC", 1, 0},
	{HK_DIM_TEMP, "摄氏度", 1, 0},      {HK_DIM_TEMP, "K", 1, -273.15},
	{HK_DIM_VOLUME, "m³", 1, 0},        {HK_DIM_VOLUME, "L", 1e-3, 0},
	{HK_DIM_VOLUME, "立方米", 1, 0},    {HK_DIM_VOLUME, "吨", 1, 0},
	{HK_DIM_VOLUME, "t", 1, 0},
	{HK_DIM_FLOW, "m3/h", 1, 0},        {HK_DIM_FLOW, "m3h", 1, 0},
	{HK_DIM_FLOW, "L/s", 3.6, 0},       {HK_DIM_FLOW, "t/h", 1, 0},
	{HK_DIM_FLOW, "m3/s", 3600, 0},
	{HK_DIM_HEAD, "m", 1, 0},           {HK_DIM_HEAD, "mH2O", 1, 0},
	{HK_DIM_HEAD, "kPa", 1 / 9.80665, 0}, {HK_DIM_HEAD, "MPa", 1000 / 9.80665, 0},
	{HK_DIM_HEAD, "bar", 100 / 9.80665, 0},
	{HK_DIM_LENGTH, "m", 1, 0},         {HK_DIM_LENGTH, "mm", 1e-3, 0},
	{HK_DIM_LENGTH, "km", 1e3, 0},      {HK_DIM_LENGTH, "米", 1, 0},
	{HK_DIM_LENGTH, "cm", 1e-2, 0},     {HK_DIM_INDEX, "mW/m2", 1e-3, 0},
	{HK_DIM_TIME, "h", 1, 0},           {HK_DIM_TIME, "hr", 1, 0},
	{HK_DIM_TIME, "小时", 1, 0},        {HK_DIM_TIME, "min", 1 / 60.0, 0},
	{HK_DIM_PRICE, "元/kWh", 1, 0},     {HK_DIM_PRICE, "yuan/kWh", 1, 0},
	{HK_DIM_PRICE, "元/度", 1, 0},      {HK_DIM_PRICE, "CNY/kWh", 1, 0},
	{HK_DIM_INDEX, "W/m2", 1, 0},       {HK_DIM_INDEX, "W/㎡", 1, 0},
	{HK_DIM_INDEX, "Wm2", 1, 0},
	{HK_DIM_FRACTION, "%", 0.01, 0},    {HK_DIM_FRACTION, "pct", 0.01, 0},
	{HK_DIM_FRACTION, "1", 1, 0},
};

/* the unit of dimension d spelled (folded) as f: its index, or -1 */
static long unit_folded(hk_dim d, const char *f)
{
	size_t i;
	for (i = 0; i < HK_NELEM(units); i++) {
		char g[64];
		hk_header_fold(units[i].typed, g, sizeof g);
		if (units[i].dim == d && !strcmp(g, f))
			return (long)i;
	}
	return -1;
}

/* every unit lib/units.c lists for d is one of the table's */
static void units_covered(hk_dim d)
{
	char list[512], *tok, *save;
	snprintf(list, sizeof list, "%s", hk_dim_units_list(d));
	for (tok = strtok_r(list, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
		char what[160];
		snprintf(what, sizeof what, "unit %s of dimension %d has a stated factor here", tok, (int)d);
		UNIT_TRUE(unit_folded(d, tok) >= 0, what);
	}
}

/* ---- a kind's columns: its profile's, then its own ------------------- */

#define MAXC 64
struct cols {
	const hk_colspec *c[MAXC];
	size_t n;
	hk_colspec flat[MAXC];
};

static void kind_cols(const hk_table_kind *k, struct cols *out)
{
	size_t i;
	out->n = 0;
	if (k->extends)
		for (i = 0; i < k->extends->ncols; i++)
			out->c[out->n++] = &k->extends->cols[i];
	for (i = 0; i < k->ncols; i++)
		out->c[out->n++] = &k->cols[i];
	for (i = 0; i < out->n; i++)
		out->flat[i] = *out->c[i];
}

/* the aliases of a column as a header would spell them: a|b|c, without
 * the pattern's backslashes */
static size_t split_aliases(const char *pat, char al[][128], size_t cap)
{
	size_t n = 0, o = 0;
	for (; n < cap; pat++) {
		if (*pat == '\\')
			continue;
		if (*pat == '|' || !*pat) {
			al[n++][o] = '\0';
			o = 0;
			if (!*pat)
				break;
			continue;
		}
		if (o + 1 < 128)
			al[n][o++] = *pat;
	}
	return n;
}

static int has_alias(const hk_colspec *c, const char *a)
{
	char al[32][128];
	size_t i, n = split_aliases(c->aliases, al, 32);
	for (i = 0; i < n; i++)
		if (!strcmp(al[i], a))
			return 1;
	return 0;
}

/* ---- 1. one column, one set of names --------------------------------- */

static int homonym(const char *key)
{
	size_t i;
	for (i = 0; hk_column_homonyms[i][0]; i++)
		if (!strcmp(hk_column_homonyms[i][0], key))
			return 1;
	return 0;
}

/* every column of every kind, flat */
static size_t all_columns(const hk_colspec **out, const char **kind, size_t cap)
{
	const hk_table_kind *const *k;
	size_t n = 0, i;
	for (k = hk_table_kinds; *k; k++)
		for (i = 0; i < (*k)->ncols && n < cap; i++) {
			kind[n] = (*k)->name;
			out[n++] = &(*k)->cols[i];
		}
	return n;
}

static void test_one_definition(void)
{
	static const hk_colspec *c[512];
	static const char *kind[512];
	const hk_table_kind *const *k;
	size_t n = all_columns(c, kind, 512), i, j, h;
	for (i = 0; i < n; i++) {
		char kinds[400], what[600];
		size_t o, uses = 0;
		int same = 1, first = 1;
		for (j = 0; j < i && strcmp(c[j]->key, c[i]->key); j++)
			;
		if (j < i)
			continue; /* the key's first column reports it */
		o = (size_t)snprintf(kinds, sizeof kinds, "%s", kind[i]);
		for (j = i + 1; j < n; j++) {
			if (strcmp(c[j]->key, c[i]->key))
				continue;
			uses++;
			same = same && !strcmp(c[j]->aliases, c[i]->aliases) && c[j]->dim == c[i]->dim;
			if (o < sizeof kinds)
				o += (size_t)snprintf(kinds + o, sizeof kinds - o, ", %s", kind[j]);
		}
		if (!uses)
			continue;
		if (homonym(c[i]->key)) {
			/* listed as naming different columns: it must, or it is not one */
			snprintf(what, sizeof what, "%s (%s): a homonym, defined differently", c[i]->key, kinds);
			UNIT_TRUE(!same, what);
		} else {
			snprintf(what, sizeof what, "%s (%s): one definition, the same names and unit", c[i]->key,
				 kinds);
			UNIT_TRUE(same, what);
		}
		(void)first;
	}
	for (h = 0; hk_column_homonyms[h][0]; h++) {
		size_t uses = 0;
		for (i = 0; i < n; i++)
			uses += !strcmp(c[i]->key, hk_column_homonyms[h][0]);
		UNIT_TRUE(uses >= 2, hk_column_homonyms[h][1]);
	}
	/* a profile's extra columns are not the contract's; a key once per kind */
	for (k = hk_table_kinds; *k; k++) {
		struct cols cc;
		int once = 1;
		char what[200];
		kind_cols(*k, &cc);
		for (i = 0; i < cc.n; i++)
			for (j = 0; j < i; j++)
				once = once && strcmp(cc.c[i]->key, cc.c[j]->key) != 0;
		snprintf(what, sizeof what, "%s: each key once", (*k)->name);
		UNIT_TRUE(once, what);
	}
}

/* ---- 2. every alias, every unit, every kind -------------------------- */

static long reads, fails;

/* Read "hdr_1,...,hdr_n" with one row of "2"s (0.5 in a fraction column,
 * which refuses more than 1) through kind k's columns, header h standing
 * for the column expected at spec `want`; the others are the required
 * columns under their keys.  Checks that h binds to want and reads
 * x * factor + offset (x the 2 or 0.5 written). */
static void read_one(const hk_table_kind *k, const struct cols *c, size_t want, const char *h,
		     double factor, double offset)
{
	char csv[4096], row[512], what[600];
	size_t i, o, ro, col = 0, nf = 0;
	hk_reader *r = NULL;
	hk_err e;
	double v = -1e300, x = c->c[want]->flags & HK_AT_MOST1 ? 0.5 : 2;
	int ok;
	o = 0;
	ro = 0;
	for (i = 0; i < c->n; i++) {
		if (i != want && !(c->c[i]->flags & HK_REQUIRED))
			continue;
		if (i == want)
			col = nf;
		/* a header with a comma or a quote would need quoting: none has */
		o += (size_t)snprintf(csv + o, sizeof csv - o, "%s%s", nf ? "," : "",
				      i == want ? h : c->c[i]->key);
		ro += (size_t)snprintf(row + ro, sizeof row - ro, "%s%s", nf ? "," : "",
				       c->c[i]->flags & HK_AT_MOST1 ? "0.5" : "2");
		nf++;
	}
	snprintf(csv + o, sizeof csv - o, "\n%s\n", row);
	reads++;
	snprintf(what, sizeof what, "%s: header \"%s\" is %s = %.9g", k->name, h, c->c[want]->key,
		 x * factor + offset);
	ok = hk_reader_open_mem(&r, "t.csv", csv, strlen(csv), NULL, &e) == HK_OK;
	if (ok && hk_reader_bind(r, c->flat, c->n, &e) != HK_OK) {
		ok = 0;
		fprintf(stdout, "#   %s\n", e.what);
	}
	ok = ok && hk_reader_col(r, want) == (long)col && hk_reader_next(r, &e) == 1 &&
	     hk_reader_num(r, want, &v, &e) == HK_OK &&
	     fabs(v - (x * factor + offset)) <= 1e-12 * fmax(1, fabs(v));
	if (r)
		hk_reader_close(r);
	/* one line per failure; the passes are counted in one line per kind */
	if (!ok) {
		fails++;
		UNIT_TRUE(0, what);
	}
}

/* the first column of c whose names include a and whose dimension takes
 * unit u (NULL: any): where hk_reader_bind must put the header */
static long expected_col(const struct cols *c, const char *a, long u)
{
	size_t i;
	for (i = 0; i < c->n; i++)
		if (has_alias(c->c[i], a) && (u < 0 || c->c[i]->dim == units[u].dim))
			return (long)i;
	return -1;
}

/* a canonical key such as area_m2 or price_yuan_kwh: an alias, or an
 * alias, '_' and a unit ('_' for '/'); the unit's factor, -1 if none */
static long key_unit(const hk_colspec *c)
{
	const char *k = c->key;
	size_t n = strlen(k), i;
	if (has_alias(c, k))
		return -2;
	for (i = n; i > 0; i--) {
		char a[128], u[64], *s;
		long x;
		if (k[i - 1] != '_')
			continue;
		snprintf(a, sizeof a, "%.*s", (int)(i - 1), k);
		if (!has_alias(c, a))
			continue;
		snprintf(u, sizeof u, "%s", k + i);
		if ((x = unit_folded(c->dim, u)) >= 0)
			return x;
		for (s = u; *s; s++)
			if (*s == '_')
				*s = '/';
		if ((x = unit_folded(c->dim, u)) >= 0)
			return x;
	}
	return -1;
}

static void test_every_alias(void)
{
	static const char *const open[] = {"(", "（", " ["}, *const close[] = {")", "）", "]"};
	const hk_table_kind *const *k;
	int dims_seen[HK_DIM_COUNT + 1] = {0};
	size_t d;
	for (k = hk_table_kinds; *k; k++) {
		struct cols c;
		size_t j;
		long before = fails, nreads = reads;
		char what[200];
		kind_cols(*k, &c);
		for (j = 0; j < c.n; j++) {
			char al[32][128];
			size_t na = split_aliases(c.c[j]->aliases, al, 32), a, u, nf = 0;
			long ku = key_unit(c.c[j]);
			dims_seen[c.c[j]->dim] = 1;
			/* the canonical key reads as the column */
			snprintf(what, sizeof what, "%s: key %s is an alias, or an alias and a unit", (*k)->name,
				 c.c[j]->key);
			UNIT_TRUE(ku != -1, what);
			if (ku != -1)
				read_one(*k, &c, j, c.c[j]->key, ku >= 0 ? units[ku].factor : 1,
					 ku >= 0 ? units[ku].offset : 0);
			for (a = 0; a < na; a++) {
				long bare = expected_col(&c, al[a], -1);
				/* two columns may share a name only when the header's unit
				 * tells them apart (ext: kWh or kW) */
				if (bare != (long)j) {
					snprintf(what, sizeof what, "%s: %s names %s and %s of other units",
						 (*k)->name, al[a], c.c[bare]->key, c.c[j]->key);
					UNIT_TRUE(c.c[bare]->dim != c.c[j]->dim &&
							  *hk_dim_units_list(c.c[j]->dim) &&
							  *hk_dim_units_list(c.c[bare]->dim),
						  what);
				}
				read_one(*k, &c, (size_t)bare, al[a], 1, 0);
				for (u = 0; u < HK_NELEM(units); u++) {
					char h[256];
					if (units[u].dim != c.c[j]->dim)
						continue;
					snprintf(h, sizeof h, "%s%s%s%s", al[a], open[nf % 3], units[u].typed,
						 close[nf % 3]);
					nf++;
					read_one(*k, &c, j, h, units[u].factor, units[u].offset);
				}
			}
		}
		snprintf(what, sizeof what, "%s: %ld headers, each read into its column", (*k)->name,
			 reads - nreads);
		UNIT_TRUE(fails == before, what);
	}
	for (d = 0; d <= HK_DIM_COUNT; d++)
		if (dims_seen[d])
			units_covered((hk_dim)d);
}

/* ---- 3. the help names only headers the dictionary takes ------------- */

/* a token with a CJK ideograph (U+4E00..U+9FFF: E4..E9 lead bytes) */
static int cjk(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s >= 0xE4 && (unsigned char)*s <= 0xE9)
			return 1;
	return 0;
}

static int snake(const char *s)
{
	const char *p;
	if (!strchr(s, '_') || *s == '_')
		return 0;
	for (p = s; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_'))
			return 0;
	return 1;
}

static int is_unit(const char *t)
{
	char f[128];
	double x, y;
	int d;
	hk_header_fold(t, f, sizeof f);
	for (d = 0; d <= HK_DIM_COUNT; d++)
		if (hk_unit_lookup((hk_dim)d, f, &x, &y))
			return 1;
	return 0;
}

struct cmd_tables {
	const hk_cmdinfo *info;
	const hk_table_kind *kinds[7];
	/* words in the input text that are not headers, each with the reason */
	const char *not_headers;
	size_t min_checked; /* names the help must have (its column list) */
};

static int listed(const char *list, const char *t)
{
	size_t n = strlen(t);
	const char *p;
	for (p = list; p && (p = strstr(p, t)); p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
			return 1;
	return 0;
}

static void check_help(const struct cmd_tables *ct)
{
	char text[8192], *tok, *save;
	size_t checked = 0;
	char what[300];
	snprintf(text, sizeof text, "%s", ct->info->input ? ct->info->input : "");
	for (tok = strtok_r(text, " \n\t,;:=\"[]/", &save); tok; tok = strtok_r(NULL, " \n\t,;:=\"[]/", &save)) {
		char t[256];
		size_t n, i;
		int opens = 0, ok = 0;
		/* trim an unbalanced '(' or ')' and trailing dots: "(方案", "投资(万元))." */
		snprintf(t, sizeof t, "%s", tok);
		n = strlen(t);
		while (n && (t[n - 1] == '.' || (t[n - 1] == ')' && !strchr(t, '('))))
			t[--n] = '\0';
		for (i = 0; i < n; i++)
			opens += t[i] == '(' ? 1 : t[i] == ')' ? -1 : 0;
		while (n && opens < 0 && t[n - 1] == ')')
			t[--n] = '\0', opens++;
		if (t[0] == '(' && opens > 0)
			memmove(t, t + 1, n--);
		else if (t[0] == '(' && n > 2 && t[n - 1] == ')' && !strchr(t + 1, '(')) {
			/* "(供热量)": a name in parentheses */
			memmove(t, t + 1, n - 2);
			t[n -= 2] = '\0';
		}
		/* full-width punctuation between Chinese names: 、 */
		if (!n || !(cjk(t) || snake(t)) || strstr(t, "、"))
			continue;
		checked++;
		for (i = 0; !ok && i < HK_NELEM(ct->kinds) && ct->kinds[i]; i++) {
			struct cols c;
			kind_cols(ct->kinds[i], &c);
			ok = hk_colspec_find(c.flat, c.n, t, NULL, NULL) >= 0;
		}
		if (!ok && cjk(t))
			ok = is_unit(t) || hk_btype_find(t, &(hk_btype){0}, NULL) == HK_OK ||
			     hk_term_kind_parse(t, &(hk_term_kind){0}, &(hk_err){0}) == HK_OK; /* terminal values */
		if (!ok)
			ok = listed(ct->not_headers, t);
		snprintf(what, sizeof what, "%s --help names \"%s\": a header of the tables it reads",
			 ct->info->name, t);
		if (!ok)
			UNIT_TRUE(0, what);
	}
	snprintf(what, sizeof what, "%s --help: %zu column names checked", ct->info->name, checked);
	UNIT_TRUE(checked >= ct->min_checked, what);
}

static void test_help(void)
{
	static const struct cmd_tables cmds[] = {
		{&info_loadcalc, {&hk_tk_buildings, &hk_tk_days, &hk_tk_weather, &hk_tk_cities}, NULL, 5},
		{&info_hpsize, {&hk_tk_profile, &hk_tk_hp_ratios, &hk_tk_k2, &hk_tk_hp_catalog}, NULL, 5},
		{&info_tanksize, {&hk_tk_profile_hp, &hk_tk_tariff}, NULL, 5},
		{&info_borefield, {&hk_tk_bf_loads, &hk_tk_profile_ground, &hk_tk_coords}, NULL, 5},
		{&info_pumpselect, {&hk_tk_profile_pump, &hk_tk_pump_catalog, &hk_tk_pipes, &hk_tk_tariff},
		 NULL, 5},
		{&info_econ,
		 {&hk_tk_econ_daily, &hk_tk_profile_econ, &hk_tk_profile_design, &hk_tk_invest,
		  &hk_tk_prices, &hk_tk_tariff},
		 /* --scheme columns of a tanksize profile (any column, by its name); the
		  * item vocabulary of the invest and prices files (values, not
		  * headers); 报价, named as a money column that is refused */
		 "hp_power_kw power_kw heat_pump_kw pump_kw land_m2 other_yuan 报价", 5},
		/* key,value: plain words, no Chinese or snake_case name to check */
		{&info_check, {&hk_tk_summary}, NULL, 0},
	};
	size_t i;
	for (i = 0; i < HK_NELEM(cmds); i++)
		check_help(&cmds[i]);
}

/* ---- 4. the README's column tables: each alias is its column's ------- */

/* does header h bind, in some kind, to a column whose key is one of keys? */
static int binds_to(const char *h, char keys[][64], size_t nk)
{
	const hk_table_kind *const *k;
	for (k = hk_table_kinds; *k; k++) {
		struct cols c;
		long j;
		size_t i;
		kind_cols(*k, &c);
		j = hk_colspec_find(c.flat, c.n, h, NULL, NULL);
		for (i = 0; j >= 0 && i < nk; i++)
			if (!strcmp(c.c[j]->key, keys[i]))
				return 1;
	}
	return 0;
}

static void test_readme(void)
{
	FILE *f = fopen("README.md", "r");
	char line[2048];
	size_t rows = 0;
	UNIT_TRUE(f != NULL, "README.md (the test runs in the top directory)");
	while (f && fgets(line, sizeof line, f)) {
		/* | `key`, `key` (optional) | alias, alias | ... | */
		char keys[8][64], *cell2, *end, *p, *tok, *save;
		size_t nk = 0;
		if (strncmp(line, "| `", 3))
			continue;
		cell2 = strchr(line + 1, '|');
		if (!cell2 || !(end = strchr(cell2 + 1, '|')))
			continue;
		*cell2++ = '\0';
		*end = '\0';
		for (p = line; nk < 8 && (p = strchr(p, '`'));) {
			char *q = strchr(p + 1, '`');
			if (!q)
				break;
			snprintf(keys[nk++], sizeof keys[0], "%.*s", (int)(q - p - 1), p + 1);
			p = q + 1;
		}
		rows++;
		for (tok = strtok_r(cell2, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			char what[300], a[128];
			size_t n;
			while (*tok == ' ')
				tok++;
			snprintf(a, sizeof a, "%s", tok);
			for (n = strlen(a); n && a[n - 1] == ' '; n--)
				a[n - 1] = '\0';
			if (!*a)
				continue;
			snprintf(what, sizeof what, "README: %s is a name of %s%s", a, keys[0],
				 nk > 1 ? " (or the columns beside it)" : "");
			UNIT_TRUE(binds_to(a, keys, nk), what);
		}
		{
			size_t i;
			for (i = 0; i < nk; i++) {
				char what[200];
				snprintf(what, sizeof what, "README: %s is a column", keys[i]);
				UNIT_TRUE(binds_to(keys[i], keys, nk), what);
			}
		}
	}
	if (f)
		fclose(f);
	UNIT_TRUE(rows >= 10, "README has its column tables");
}

int main(void)
{
	test_one_definition();
	test_every_alias();
	test_help();
	test_readme();
	printf("# %ld headers read\n", reads);
	return unit_done();
}
