/* test_report.c - the report's pieces: cell references (Excel's A1 form,
 * ECMA-376 §18.17.2.3: columns A..Z, AA..ZZ, AAA..) and telling its input
 * files apart by their keys and columns (rptin.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "output.h"
#include "rptin.h"
#include "unit.h"
#include "workbook.h"

static void refs(void)
{
	static const struct {
		long row;
		int col, abs;
		const char *want;
	} c[] = {
		{0, 0, 0, "A1"},       {6, 25, 0, "Z7"},      {0, 26, 0, "AA1"},
		{9, 701, 0, "ZZ10"},   {0, 702, 0, "AAA1"},   {5, 1, 1, "$B$6"},
		{1048575, 16383, 0, "XFD1048576"}, /* Excel's last cell */
	};
	size_t i;
	char buf[64];
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		hk_ref(buf, sizeof buf, NULL, c[i].row, c[i].col, c[i].abs);
		UNIT_EQ_STR(buf, c[i].want, c[i].want);
		/* the command tables' writer is the same code (output.h) */
		hk_out_ref_abs(c[i].row, c[i].col, c[i].abs, buf, sizeof buf);
		UNIT_EQ_STR(buf, c[i].want, c[i].want);
		if (!c[i].abs) {
			hk_out_ref(c[i].row, c[i].col, buf, sizeof buf);
			UNIT_EQ_STR(buf, c[i].want, c[i].want);
		}
	}
}

static char dir[] = "/tmp/hk-test-report-XXXXXX";

static const char *put(const char *name, const char *text)
{
	static char path[256];
	FILE *f;
	snprintf(path, sizeof path, "%s/%s", dir, name);
	f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	return path;
}

static void kinds(void)
{
	static const struct {
		const char *name, *text;
		int kind;
	} c[] = {
		{"l.csv", "key,value,unit,label,source\ndesign_load_kw,2919,kW,,\nmean_index_w_m2,48.57,W/m2,,\n", HK_RK_LOADS},
		{"h.csv", "key,value\nq_unit_kw,86.44\nk2,0.8\n", HK_RK_HP},
		{"t.csv", "key,value\nvolume_m3,1000\ntank_kwh,11630\n", HK_RK_TANK},
		{"p.csv", "key,value\npump_model,TD125-37.5/2\n", HK_RK_PUMP},
		{"b.csv", "key,value\nboreholes,120\ndepth_m,56.8\n", HK_RK_BORE},
		{"e.csv", "source,value,key\neconomics,ASHP only,base_scheme\n", HK_RK_ECON},
		{"bl.csv", "name,type,area_m2,index_w_m2,design_load_kw\nA,住宅,100,50,5\n", HK_RK_BUILDINGS},
		{"pr.csv", "day,start_h,dt_h,t_out_c,heat_load_kw,night,days\n100%,0,0.5,-10,1893.4,1,28\n", HK_RK_PROFILE},
		{"td.csv", "day,days,capability_kwh,tank_kwh,stored_kwh\n100%,28,8245,11630,8245\n", HK_RK_TANKDAY},
		{"ed.csv", "scheme,day,days,elec_kwh,cost_yuan\nA,100%,28,1,2\n", HK_RK_ECONDAY},
		{"iv.csv", "方案,项目,数量,单价(元)\nA,tank_m3,1000,1500\n", HK_RK_INVEST},
		{"up.csv", "item,unit,price,source\nland,yuan/m2,240,x\n", HK_RK_PRICES},
	};
	size_t i;
	hk_rfile f;
	hk_err e;
	double v;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		int ok = hk_rfile_read(&f, put(c[i].name, c[i].text), &e) == HK_OK;
		UNIT_TRUE(ok && (int)f.kind == c[i].kind, c[i].name);
		if (ok)
			hk_rfile_free(&f);
	}
	/* a summary's columns in any order: the value of a key */
	UNIT_TRUE(hk_rfile_read(&f, put("e.csv", c[5].text), &e) == HK_OK &&
		  !strcmp(hk_rs_text(&f, "base_scheme"), "ASHP only"), "key and value found in any column order");
	UNIT_TRUE(hk_rs_num(&f, "rate", &v, &e) == HK_ENOTFOUND && strstr(e.what, "no key rate in this econ summary"),
		  "a missing key is named with the summary it is missing from");
	hk_rfile_free(&f);
	UNIT_TRUE(hk_rfile_read(&f, put("t2.csv", "key,value\nvolume_m3,big\ntank_kwh,11630\n"), &e) == HK_OK &&
			  hk_rs_num(&f, "volume_m3", &v, &e) == HK_EPARSE && e.line == 2 && e.col == 2 &&
			  strstr(e.what, "volume_m3 is not a number (big): expected a number"),
		  "a key's value that is not a number: named, at its line, column 2");
	hk_rfile_free(&f);
	/* a table's cells by column name */
	UNIT_TRUE(hk_rfile_read(&f, put("pr.csv", c[7].text), &e) == HK_OK && hk_rt_num(&f, 0, "heat_load_kw", &v, &e) == HK_OK &&
			  v == 1893.4, "a table's cell as a number");
	UNIT_TRUE(hk_rt_num(&f, 0, "power_kw", &v, &e) == HK_ENOTFOUND && e.line == 1 &&
			  strstr(e.what, "no column power_kw in this ") && strstr(e.what, "expected the column `heatkit "),
		  "a missing column is named, at the header line");
	hk_rfile_free(&f);
	UNIT_TRUE(hk_rfile_read(&f, put("pr2.csv", "day,start_h,dt_h,t_out_c,heat_load_kw,night,days\n100%,0,0.5,-10,x,1,28\n"),
				&e) == HK_OK && hk_rt_num(&f, 0, "heat_load_kw", &v, &e) == HK_EPARSE && e.line == 2 && e.col == 5 &&
			  strstr(e.what, "heat_load_kw is not a number (x): expected a number"),
		  "a cell that is not a number: named, at its line and column");
	hk_rfile_free(&f);
	/* LABEL=FILE; a file whose name holds '=' is taken whole */
	put("p.csv", c[3].text);
	{
		char arg[300];
		snprintf(arg, sizeof arg, "热源循环泵=%s/p.csv", dir);
		UNIT_TRUE(hk_rfile_read(&f, arg, &e) == HK_OK && !strcmp(f.label, "热源循环泵"), "LABEL=FILE gives the label");
		hk_rfile_free(&f);
	}
	UNIT_TRUE(hk_rfile_read(&f, put("a=b.csv", c[3].text), &e) == HK_OK && !*f.label, "a=b.csv is a file, not a label");
	hk_rfile_free(&f);
	UNIT_TRUE(hk_rfile_read(&f, put("x.csv", "a,b\n1,2\n"), &e) == HK_EINVAL, "a table of no kind is refused");
	UNIT_TRUE(hk_rfile_read(&f, put("y.csv", "key,value\nfoo,1\n"), &e) == HK_EINVAL,
		  "a summary of no command is refused");
}

int main(void)
{
	refs();
	if (!mkdtemp(dir))
		return 1;
	kinds();
	{
		char cmd[300];
		snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
		if (system(cmd) != 0)
			return 1;
	}
	return unit_done();
}
