/* test_table.c - the CSV reader and the catalog loaders on real and
 * broken files (written to a temp dir by the test itself). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "climate.h"
#include "table.h"
#include "unit.h"

static char dir[] = "/tmp/hk-test-table-XXXXXX";

static const char *put(const char *name, const void *data, size_t n)
{
	static char path[512];
	FILE *f;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "wb");
	fwrite(data, 1, n, f);
	fclose(f);
	return path;
}
#define PUTS(name, s) put(name, s, sizeof(s) - 1)

enum { C_NAME, C_AREA, C_N };
static const hk_colspec cols[C_N] = {
	{"name", "name|名称", HK_DIM_NONE, HK_REQUIRED, "name"},
	{"area_m2", "area|面积", HK_DIM_AREA, HK_REQUIRED | HK_POSITIVE, "area"},
};

/* read all rows: returns count, or -1 with err */
static long read_all(const char *path, const char *enc, double *sum, long *lastline, hk_err *e)
{
	hk_reader *r;
	long n = 0;
	int rc;
	*sum = 0;
	if (hk_reader_open(&r, path, enc, e) != HK_OK)
		return -1;
	if (hk_reader_bind(r, cols, C_N, e) != HK_OK) {
		hk_reader_close(r);
		return -1;
	}
	while ((rc = hk_reader_next(r, e)) > 0) {
		double a;
		if (hk_reader_num(r, C_AREA, &a, e) != HK_OK) {
			hk_reader_close(r);
			return -1;
		}
		*sum += a;
		*lastline = hk_reader_line(r);
		n++;
	}
	hk_reader_close(r);
	return rc < 0 ? -1 : n;
}

static void test_reader(void)
{
	double sum;
	long line = 0, n;
	hk_err e;
	/* GB18030 bytes of "名称,面积(万m²)\n楼,1.5\n" */
	static const unsigned char gbk[] = {0xC3, 0xFB, 0xB3, 0xC6, ',', 0xC3, 0xE6, 0xBB, 0xFD, '(',
					    0xCD, 0xF2, 'm', 0xA6, 0xB2 - 0x10 + 0x10, ')', '\n',
					    0xC2, 0xA5, ',', '1', '.', '5', '\n'};
	const char *p;
	(void)gbk;
	p = PUTS("u16.csv", "\xff\xfen\0a\0m\0e\0,\0a\0r\0e\0a\0\n\0x\0,\0" "5\0\n\0");
	n = read_all(p, NULL, &sum, &line, &e);
	UNIT_EQ_INT(n, 1, "UTF-16LE with BOM is read");
	UNIT_NEAR(sum, 5, 0, "UTF-16 value");

	p = PUTS("gbk.csv", "\xc3\xfb\xb3\xc6,\xc3\xe6\xbb\xfd(\xcd\xf2m2)\n\xc2\xa5,1.5\n");
	n = read_all(p, NULL, &sum, &line, &e);
	UNIT_EQ_INT(n, 1, "GB18030 sniffed (名称,面积(万m2))");
	UNIT_NEAR(sum, 15000, 1e-9, "万m2 converted to m2");
	n = read_all(p, "gbk", &sum, &line, &e);
	UNIT_EQ_INT(n, 1, "--encoding gbk");

	p = PUTS("multi.csv", "name,area\n\"a\nb\nc\",1\n# comment\n\n\"d\",2\n");
	n = read_all(p, NULL, &sum, &line, &e);
	UNIT_EQ_INT(n, 2, "multi-line quoted field is one record");
	UNIT_EQ_INT(line, 7, "record line counts the newlines inside quotes, comments and blanks");

	p = PUTS("cr.csv", "name,area\r\nx,1\r\ny,2\r\n");
	n = read_all(p, NULL, &sum, &line, &e);
	UNIT_EQ_INT(n, 2, "CRLF");
	UNIT_NEAR(sum, 3, 0, "CRLF values");

	{ /* a line over 1 MB */
		size_t big = 1100 * 1024, k;
		char *buf = malloc(big + 64);
		k = (size_t)sprintf(buf, "name,area\nx,");
		memset(buf + k, '1', big);
		buf[k + big] = '\n';
		p = put("big.csv", buf, k + big + 1);
		n = read_all(p, NULL, &sum, &line, &e);
		UNIT_EQ_INT(n, -1, "a line over 1 MB is an error");
		UNIT_EQ_INT(e.line, 2, "... at its line");
		UNIT_TRUE(strstr(e.what, "line too long") != NULL, "... saying so");
		free(buf);
	}
	{ /* 200000 rows stream through (several refills of the buffer) */
		FILE *f;
		char path[512];
		long i;
		snprintf(path, sizeof path, "%s/many.csv", dir);
		f = fopen(path, "w");
		fprintf(f, "name,area\n");
		for (i = 0; i < 200000; i++)
			fprintf(f, "b%ld,%ld\n", i, i % 7 + 1);
		fclose(f);
		n = read_all(path, NULL, &sum, &line, &e);
		UNIT_EQ_INT(n, 200000, "200000 rows");
		UNIT_EQ_INT(line, 200001, "last record line");
		UNIT_NEAR(sum, 799994, 0, "sum of (i mod 7)+1 over 200000 rows");
	}
	{ /* the text buffer starts at a few kB and grows: a line just under
	   * the 1 MB limit after small ones is read whole */
		size_t big = 1000 * 1024, k;
		char *buf = malloc(big + 64);
		k = (size_t)sprintf(buf, "name,area\nx,2\n");
		memset(buf + k, 'n', big);
		k += big;
		k += (size_t)sprintf(buf + k, ",3\ny,4\n");
		p = put("long.csv", buf, k);
		n = read_all(p, NULL, &sum, &line, &e);
		UNIT_EQ_INT(n, 3, "a line of 1000 kB (under the limit) among short ones");
		UNIT_NEAR(sum, 9, 0, "... every row's value (2 + 3 + 4)");
		UNIT_EQ_INT(line, 4, "... and the lines counted");
		free(buf);
	}
	{ /* GB18030 in a growing buffer: 100000 rows "楼N,1" of 2-byte
	   * characters, read in pieces of every size, no character split */
		FILE *f;
		char path[512];
		long i;
		snprintf(path, sizeof path, "%s/many-gbk.csv", dir);
		f = fopen(path, "wb");
		fprintf(f, "\xc3\xfb\xb3\xc6,\xc3\xe6\xbb\xfd\n"); /* 名称,面积 */
		for (i = 0; i < 100000; i++)
			fprintf(f, "\xc2\xa5%ld,%ld\n", i, i % 3 + 1); /* 楼 */
		fclose(f);
		n = read_all(path, NULL, &sum, &line, &e);
		UNIT_EQ_INT(n, 100000, "100000 GB18030 rows");
		UNIT_NEAR(sum, 199999, 0, "sum of (i mod 3)+1 over 100000 rows");
	}
	p = PUTS("nul.csv", "name,area\nx,1\ny\0,2\n");
	n = read_all(p, NULL, &sum, &line, &e);
	UNIT_EQ_INT(n, -1, "a NUL byte is an error");
	UNIT_TRUE(strstr(e.what, "NUL byte") != NULL, "... saying so");
	p = PUTS("badgbk.csv", "name,area\n\xff\xff\xff,1\n");
	n = read_all(p, NULL, &sum, &line, &e);
	UNIT_EQ_INT(n, -1, "bytes neither UTF-8 nor GB18030 are an error");
}

/* a per-row unit column converts as a header unit would; a unit in the
 * header of a column that takes none says so (not "one of " and nothing) */
static void test_units(void)
{
	static const hk_colspec uc[] = {
		{"qty", "qty", HK_DIM_NONE, HK_REQUIRED, "quantity"},
		{"unit", "unit|单位", HK_DIM_NONE, 0, "unit of the quantity"},
	};
	hk_reader *r;
	hk_err e;
	double f = 0, o = 0, v;
	const char *p = PUTS("unit.csv", "qty,单位\n5474000,W\n2,万元\n3,m³\n4,\n5,台\n");
	UNIT_EQ_INT(hk_reader_open(&r, p, NULL, &e), HK_OK, "open");
	UNIT_EQ_INT(hk_reader_bind(r, uc, 2, &e), HK_OK, "bind");
	UNIT_EQ_INT(hk_reader_next(r, &e), 1, "row W");
	UNIT_EQ_INT(hk_reader_unit(r, 1, HK_DIM_POWER, &f, &o, &e), HK_OK, "W is a power unit");
	UNIT_EQ_INT(hk_reader_num(r, 0, &v, &e), HK_OK, "qty");
	UNIT_NEAR(v * f + o, 5474, 1e-9, "5474000 W = 5474 kW (SI)");
	hk_reader_next(r, &e);
	UNIT_EQ_INT(hk_reader_unit(r, 1, HK_DIM_MONEY, &f, &o, &e), HK_OK, "万元 is money");
	UNIT_NEAR(f, 1e4, 0, "1 万元 = 10000 元");
	hk_reader_next(r, &e);
	UNIT_EQ_INT(hk_reader_unit(r, 1, HK_DIM_VOLUME, &f, &o, &e), HK_OK, "m³ folds to m3");
	UNIT_NEAR(f, 1, 0, "m³ is the internal volume unit");
	hk_reader_next(r, &e);
	UNIT_EQ_INT(hk_reader_unit(r, 1, HK_DIM_VOLUME, &f, &o, &e), HK_ENOTFOUND, "empty unit: not found");
	hk_reader_next(r, &e);
	UNIT_EQ_INT(hk_reader_unit(r, 1, HK_DIM_POWER, &f, &o, &e), HK_EINVAL, "台 is not a power unit");
	UNIT_EQ_INT(e.line, 6, "... at its line");
	UNIT_EQ_INT(e.col, 2, "... and column");
	UNIT_TRUE(strstr(e.what, "unknown unit (台): expected one of kw, w, mw") != NULL, e.what);
	hk_reader_close(r);

	p = PUTS("nounit.csv", "qty(元),unit\n1,x\n");
	UNIT_EQ_INT(hk_reader_open(&r, p, NULL, &e), HK_OK, "open");
	UNIT_EQ_INT(hk_reader_bind(r, uc, 2, &e), HK_EPARSE, "a unit on a column that takes none");
	UNIT_TRUE(strstr(e.what, "unexpected unit (元) in column \"qty(元)\": expected no unit") != NULL, e.what);
	hk_reader_close(r);
}

/* one name for an energy and a power column: the header's unit decides */
static void test_shared_name(void)
{
	static const hk_colspec sc[] = {
		{"ext_kwh", "ext|取热量", HK_DIM_ENERGY, 0, "ground extraction"},
		{"ext_kw", "ext|取热功率", HK_DIM_POWER, 0, "ground extraction"},
	};
	static const char csv[] = "ext(kW)\n2\n";
	hk_reader *r;
	hk_err e;
	double f = 0, v = 0;
	UNIT_EQ_INT(hk_colspec_find(sc, 2, "ext(MWh)", &f, NULL), 0, "ext(MWh) is the energy column");
	UNIT_NEAR(f, 1000, 0, "... 1 MWh = 1000 kWh");
	UNIT_EQ_INT(hk_colspec_find(sc, 2, "ext [W]", &f, NULL), 1, "ext [W] is the power column");
	UNIT_NEAR(f, 1e-3, 0, "... 1 W = 0.001 kW");
	UNIT_EQ_INT(hk_colspec_find(sc, 2, "ext", NULL, NULL), 0, "bare ext: the first column");
	UNIT_EQ_INT(hk_colspec_find(sc, 2, "ext_kw", NULL, NULL), 1, "ext_kw: a unit suffix");
	UNIT_EQ_INT(hk_colspec_find(sc, 2, "ext(m2)", NULL, NULL), -1, "ext(m2): neither");
	UNIT_EQ_INT(hk_reader_open_mem(&r, "x.csv", csv, sizeof csv - 1, NULL, &e), HK_OK, "open");
	UNIT_EQ_INT(hk_reader_bind(r, sc, 2, &e), HK_OK, "ext(kW) binds although ext_kwh comes first");
	UNIT_EQ_INT(hk_reader_has(r, 1) && !hk_reader_has(r, 0), 1, "... to ext_kw");
	hk_reader_next(r, &e);
	UNIT_EQ_INT(hk_reader_num(r, 1, &v, &e), HK_OK, "value");
	UNIT_NEAR(v, 2, 0, "2 kW");
	hk_reader_close(r);
	{
		static const char bad[] = "ext(m2)\n2\n";
		hk_reader_open_mem(&r, "y.csv", bad, sizeof bad - 1, NULL, &e);
		UNIT_EQ_INT(hk_reader_bind(r, sc, 2, &e), HK_EPARSE, "ext(m2): a unit of neither column");
		UNIT_TRUE(strstr(e.what, "unknown unit (m2) in column \"ext(m2)\": expected one of kwh") != NULL,
			  e.what);
		hk_reader_close(r);
	}
}

static void test_catalogs(void)
{
	hk_hp_catalog hc;
	hk_pump_catalog pc;
	const hk_hp_entry *m;
	const hk_pump_model *pm;
	hk_err e;
	const char *p;
	hk_city c;

	UNIT_EQ_INT(hk_hp_catalog_load("data/equipment/heat-pumps.csv", NULL, &hc, &e), HK_OK,
		    "the shipped heat-pump catalog loads");
	UNIT_TRUE(hc.n >= 13, "13 heat-pump models (12 reference + LT-161)");
	UNIT_EQ_INT(hk_hp_catalog_find(&hc, "lt-161", &m, &e), HK_OK, "find LT-161, case ignored");
	UNIT_NEAR(m->rated_heat_kw, 161, 0, "LT-161 rated 161 kW (Malan paper §3.2)");
	UNIT_EQ_INT(m->defrost, HK_CAT_DEFROST_PEAK, "LT-161 capacities are before K2");
	UNIT_EQ_INT(hk_hp_catalog_find(&hc, "LT-16", &m, &e), HK_ENOTFOUND, "unknown model");
	UNIT_TRUE(strstr(e.what, "nearest: LT-161") != NULL, "unknown model lists the nearest");
	hk_hp_catalog_free(&hc);

	UNIT_EQ_INT(hk_pump_catalog_load("data/equipment/pumps.csv", NULL, &pc, &e), HK_OK,
		    "the shipped pump catalog loads");
	UNIT_TRUE(pc.n >= 20, "at least 20 pumps");
	UNIT_EQ_INT(hk_pump_catalog_find(&pc, "AixLib Pump_DN100", &pm, &e), HK_OK, "find a pump");
	UNIT_TRUE(pm->hump > 0, "its rising low-flow part is recorded, not rejected");
	hk_pump_catalog_free(&pc);

	p = PUTS("hp1.csv", "model,rated_heat_kw,t_out_c,t_water_out_c,heat_kw,cop,defrost,source\n"
			    "X,10,7,45,10,3,maybe,s\n");
	UNIT_EQ_INT(hk_hp_catalog_load(p, NULL, &hc, &e), HK_EINVAL, "bad defrost value rejected");
	UNIT_TRUE(e.line == 2 && e.col == 7, "... at line 2, column 7");
	p = PUTS("hp2.csv", "model,rated_heat_kw,t_out_c,t_water_out_c,heat_kw,cop,defrost,source\n"
			    "X,10,7,45,10,3,peak,s\nX,10,7,45,11,3,peak,s\n");
	UNIT_EQ_INT(hk_hp_catalog_load(p, NULL, &hc, &e), HK_EINVAL, "duplicate point rejected");
	UNIT_EQ_INT(e.line, 3, "... at its line");
	p = PUTS("hp3.csv", "model,rated_heat_kw,t_out_c,t_water_out_c,heat_kw,cop,defrost,source\n"
			    "X,10,7,45,10,3,peak,s\nX,12,2,45,9,3,peak,s\n");
	UNIT_EQ_INT(hk_hp_catalog_load(p, NULL, &hc, &e), HK_EINVAL, "rated capacity changing within a model");
	p = PUTS("hp4.csv", "model,rated_heat_kw,t_out_c,t_water_out_c,heat_kw,defrost,source\n"
			    "X,0,7,45,10,peak,s\n");
	UNIT_EQ_INT(hk_hp_catalog_load(p, NULL, &hc, &e), HK_EINVAL, "zero capacity rejected");
	p = PUTS("hp5.csv", "model,rated_heat_kw,t_out_c,heat_kw,defrost,source\nX,10,7,10,peak,s\n");
	UNIT_EQ_INT(hk_hp_catalog_load(p, NULL, &hc, &e), HK_EPARSE, "missing water temperature column");

	/* point types (data/equipment/README.md): only rated, tol and capacity
	 * rows are capacities; a part_load_demand row (EN 14825 Pdh) is read,
	 * counted and kept out of the model */
	p = PUTS("hp6.csv", "model,rated_heat_kw,t_out_c,t_water_out_c,point_type,heat_kw,defrost,source\n"
			    "X,100,7,35,rated,100,integrated,s\nX,100,-10,35,tol,70,integrated,s\n"
			    "X,100,-7,34,part_load_demand,60,integrated,s\nX,100,-15,,part_load_demand,50,integrated,s\n");
	UNIT_EQ_INT(hk_hp_catalog_load(p, NULL, &hc, &e), HK_OK, "point types load");
	UNIT_TRUE(hc.n == 1 && hc.m[0].npts == 2 && hc.m[0].n_part_load == 2,
		  "2 capacity points, 2 part-load demand rows kept out (one with its water temperature blank)");
	UNIT_TRUE(hc.m[0].pts[0].type == HK_CAT_PT_RATED && hc.m[0].pts[1].type == HK_CAT_PT_TOL,
		  "... typed rated and tol");
	{
		hk_hp_basis b;
		UNIT_EQ_INT(hk_hp_entry_basis(&hc.m[0], p, -8.5, 35, 0, &b, &e), HK_OK,
			    "-8.5 C rests on capacity points");
		UNIT_TRUE(b.n == 2 && b.pt[0]->t_out_c == -10 && b.pt[1]->t_out_c == 7,
			  "... the -10 C TOL and the 7 C rating, not the -7 C demand row");
		UNIT_EQ_INT(hk_hp_entry_basis(&hc.m[0], p, -12, 35, 0, &b, &e), HK_ERANGE,
			    "below the lowest capacity point refused");
		UNIT_TRUE(e.line == 2 && strstr(e.what, "no capacity point at or below -12") != NULL,
			  "... located at the model, saying so");
		UNIT_EQ_INT(hk_hp_entry_basis(&hc.m[0], p, -12, 35, 1, &b, &e), HK_OK,
			    "... allowed with extrapolation");
		UNIT_TRUE(b.extrapolated, "... and flagged");
	}
	hk_hp_catalog_free(&hc);
	p = PUTS("hp7.csv", "model,rated_heat_kw,t_out_c,t_water_out_c,point_type,heat_kw,defrost,source\n"
			    "X,100,7,35,rated,100,integrated,s\nX,100,-7,34,maximum,60,integrated,s\n");
	UNIT_EQ_INT(hk_hp_catalog_load(p, NULL, &hc, &e), HK_EINVAL, "unknown point type rejected");
	UNIT_TRUE(e.line == 3 && e.col == 5 && strstr(e.what, "point_type (maximum)") != NULL,
		  "... at line 3, column 5, naming the value");
	p = PUTS("hp8.csv", "model,rated_heat_kw,t_out_c,t_water_out_c,point_type,heat_kw,defrost,source\n"
			    "X,100,7,,tol,100,integrated,s\n");
	UNIT_EQ_INT(hk_hp_catalog_load(p, NULL, &hc, &e), HK_EINVAL,
		    "a capacity row without its water temperature rejected");
	p = PUTS("hp9.csv", "model,rated_heat_kw,t_out_c,t_water_out_c,point_type,heat_kw,defrost,source\n"
			    "X,100,7,27,part_load_demand,40,integrated,s\n");
	UNIT_EQ_INT(hk_hp_catalog_load(p, NULL, &hc, &e), HK_OK, "a model of part-load rows only loads");
	{
		hk_hp_model hm;
		UNIT_EQ_INT(hk_hp_entry_model(&hc.m[0], HK_CAT_DEFROST_UNKNOWN, &hm, &e), HK_EINVAL,
			    "... but is no model: part-load demand is not a capacity");
	}
	hk_hp_catalog_free(&hc);

	UNIT_EQ_INT(hk_hp_catalog_load("data/equipment/heat-pumps.csv", NULL, &hc, &e), HK_OK, "reload");
	UNIT_EQ_INT(hk_hp_catalog_find(&hc, "WiSAN-YEE1 60.4 EN", &m, &e), HK_OK, "a commercial model");
	UNIT_TRUE(m->npts == 4 && m->n_part_load == 8 && m->defrost == HK_CAT_DEFROST_INTEGRATED,
		  "Clivet WiSAN-YEE1 60.4: 4 capacity points (A7/W35, A7/W55, TOL -10/W35, -10/W55), 8 "
		  "part-load rows, defrost integrated (heat-pump-catalog-commercial.md §1.1)");
	hk_hp_catalog_free(&hc);

	p = PUTS("p1.csv", "model,flow_m3h,head_m,source\nP,0,30,s\nP,50,25,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_EPARSE, "fewer than 3 points rejected");
	UNIT_TRUE(strstr(e.what, "at least 3") != NULL, "... saying so");
	p = PUTS("p2.csv", "model,flow_m3h,head_m,source\nP,0,30,s\nP,50,25,s\nP,80,27,s\nP,100,20,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_EPARSE, "head rising again rejected");
	p = PUTS("p3.csv", "model,flow_m3h,head_m,eff_pct,source\nP,0,30,,s\nP,50,25,120,s\nP,80,20,70,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_EINVAL, "efficiency above 100 % rejected");
	UNIT_EQ_INT(e.line, 3, "... at its line");
	p = PUTS("p4.csv", "model,flow_m3h,head_m,source\nP,0,30,s\nP,50,25,s\nP,40,20,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_EINVAL, "flow out of order rejected");

	/* trust flags (data/equipment/README.md) */
	p = PUTS("p5.csv", "model,flow_m3h,head_m,flags,source\nP,0,30,no_power;bep_at_edge,s\n"
			   "P,50,25,no_power;bep_at_edge,s\nP,80,20,no_power;bep_at_edge,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_OK, "flags load");
	UNIT_EQ_INT(pc.m[0].cat_flags, HK_PUMP_CAT_NO_POWER | HK_PUMP_CAT_BEP_AT_EDGE, "... as bits");
	UNIT_EQ_STR(hk_pump_cat_flag_name(HK_PUMP_CAT_POWER_CONTRADICTS), "power_contradicts", "flag names");
	hk_pump_catalog_free(&pc);
	p = PUTS("p6.csv", "model,flow_m3h,head_m,flags,source\nP,0,30,no_power;trusted,s\n"
			   "P,50,25,,s\nP,80,20,,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_EINVAL, "an unknown flag rejected");
	UNIT_TRUE(e.line == 2 && e.col == 4 && strstr(e.what, "unknown flag (trusted)") != NULL,
		  "... at line 2, column 4, naming it");
	p = PUTS("p7.csv", "model,flow_m3h,head_m,flags,source\nP,0,30,no_power,s\n"
			   "P,50,25,,s\nP,80,20,no_power,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_EINVAL, "flags changing within a pump rejected");
	UNIT_EQ_INT(e.line, 3, "... at the row that differs");
	/* P = rho g Q H / eta: 150 m3/h, 30 m, 78 % → 15.72 kW shaft */
	p = PUTS("p8.csv", "model,flow_m3h,head_m,eff_pct,power_kw,power_basis,source\n"
			   "P,100,32,70,12.46,shaft,s\nP,150,30,78,17.8,shaft,s\nP,200,26,76,18.64,shaft,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_EINVAL,
		    "shaft power 13 % above rho g Q H / eta rejected");
	UNIT_TRUE(e.line == 3 && strstr(e.what, "contradicts") != NULL, "... at its line");
	p = PUTS("p9.csv", "model,flow_m3h,head_m,eff_pct,power_kw,power_basis,source\n"
			   "P,100,32,70,13.5,shaft,s\nP,150,30,78,16.5,shaft,s\nP,200,26,76,19.5,shaft,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_OK, "within 10 %: loads (the import flags 3-10 %)");
	hk_pump_catalog_free(&pc);
	p = PUTS("p10.csv", "model,flow_m3h,head_m,eff_pct,power_kw,power_basis,flags,source\n"
			    "P,100,32,70,12.46,shaft,power_contradicts,s\nP,150,30,78,17.8,shaft,power_contradicts,s\n"
			    "P,200,26,76,18.64,shaft,power_contradicts,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_OK, "... or flagged power_contradicts");
	UNIT_TRUE(pc.m[0].cat_flags & HK_PUMP_CAT_POWER_CONTRADICTS, "... and the flag is there to refuse it");
	hk_pump_catalog_free(&pc);
	p = PUTS("p11.csv", "model,flow_m3h,head_m,eff_pct,power_kw,power_basis,source\n"
			    "P,100,32,70,15.0,input,s\nP,150,30,78,19,input,s\nP,200,26,76,22,input,s\n");
	UNIT_EQ_INT(hk_pump_catalog_load(p, NULL, &pc, &e), HK_OK,
		    "input power above rho g Q H / eta is no contradiction (motor losses)");
	hk_pump_catalog_free(&pc);

	UNIT_EQ_INT(hk_pump_catalog_load("data/equipment/pumps.csv", NULL, &pc, &e), HK_OK, "reload pumps");
	UNIT_EQ_INT(hk_pump_catalog_find(&pc, "TD150-35/4", &pm, &e), HK_OK, "CNP TD150-35/4");
	UNIT_TRUE((pm->cat_flags & HK_PUMP_CAT_EFF_COPIED) && (pm->cat_flags & HK_PUMP_CAT_POWER_MISMATCH),
		  "... flagged: eta copied from TD150-18G/4, power off by 8 % (pump-curves-large.md)");
	hk_pump_catalog_free(&pc);

	UNIT_EQ_INT(hk_city_find("data/climate/cities.csv", "铜川市", NULL, &c, &e), HK_OK, "铜川市 finds 铜川");
	UNIT_EQ_STR(c.station, "53947", "铜川 is station 53947");
	UNIT_NEAR(c.t_heating_c, -7.2, 0, "铜川 heating design temperature (GB 50736 App. A)");
	UNIT_NEAR(c.t_winter_ac_c, -9.8, 0, "铜川 winter AC design temperature (GB 50736 App. A)");
	UNIT_EQ_INT(hk_city_find("data/climate/cities.csv", "57036", NULL, &c, &e), HK_OK, "by station");
	UNIT_EQ_STR(c.name, "西安", "57036 is 西安");
	UNIT_EQ_INT(hk_city_find("data/climate/cities.csv", "陕西 西安", NULL, &c, &e), HK_OK, "province city");
	UNIT_EQ_INT(hk_city_find("data/climate/cities.csv", "Atlantis", NULL, &c, &e), HK_ENOTFOUND, "unknown");
}

int main(void)
{
	char cmd[600];
	if (!mkdtemp(dir))
		return 2;
	test_reader();
	test_units();
	test_shared_name();
	test_catalogs();
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return 2;
	return unit_done();
}
