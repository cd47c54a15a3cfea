/*
 * xlsxdl.c - libxlsxwriter opened when the first workbook is made, not at
 * start-up (issue 17).  Linked, it and what it pulls in (libminizip,
 * libcrypto, libz) were two thirds of every command's start-up, workbook
 * or not: 21 000 relocations of libcrypto alone (bench/RESULTS.md,
 * "Start-up").  Here the library's functions that output.c and
 * workbook.c call are defined with libxlsxwriter's own prototypes (its
 * header checks each one) and forward to the library, opened with dlopen
 * at the first workbook_new_opt (HEATKIT_XLSXWRITER names another file
 * to open, e.g. a build of the library of one's own); a library that cannot be opened makes
 * that call return NULL, and hk_xlsx_open_error says why (the output
 * layer's "cannot create workbook" names it).  Nothing here prints or
 * exits: the other functions are only reached through a workbook, so
 * after the library opened.
 */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "xlsxdl.h"

#define HK_LXW_SONAME "libxlsxwriter.so." LXW_SOVERSION /* the header's ABI */

/* every function called besides workbook_new_opt and lxw_strerror: return type (X) or void
 * (XV), name, parameters, arguments */
#define HK_LXW_FUNCS(X, XV) \
	X(lxw_chart_series *, chart_add_series, (lxw_chart *chart, const char *categories, const char *values), (chart, categories, values)) \
	XV(chart_axis_set_name, (lxw_chart_axis *axis, const char *name), (axis, name)) \
	XV(chart_legend_set_position, (lxw_chart *chart, uint8_t position), (chart, position)) \
	XV(chart_series_set_categories, (lxw_chart_series *series, const char *sheetname, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col), (series, sheetname, first_row, first_col, last_row, last_col)) \
	XV(chart_series_set_name, (lxw_chart_series *series, const char *name), (series, name)) \
	XV(chart_series_set_values, (lxw_chart_series *series, const char *sheetname, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col), (series, sheetname, first_row, first_col, last_row, last_col)) \
	XV(chart_set_series_gap, (lxw_chart *chart, uint16_t gap), (chart, gap)) \
	XV(chart_title_set_name, (lxw_chart *chart, const char *name), (chart, name)) \
	XV(format_set_align, (lxw_format *format, uint8_t alignment), (format, alignment)) \
	XV(format_set_bg_color, (lxw_format *format, lxw_color_t color), (format, color)) \
	XV(format_set_bold, (lxw_format *format), (format)) \
	XV(format_set_border, (lxw_format *format, uint8_t style), (format, style)) \
	XV(format_set_font_color, (lxw_format *format, lxw_color_t color), (format, color)) \
	XV(format_set_font_size, (lxw_format *format, double size), (format, size)) \
	XV(format_set_italic, (lxw_format *format), (format)) \
	XV(format_set_num_format, (lxw_format *format, const char *num_format), (format, num_format)) \
	XV(format_set_text_wrap, (lxw_format *format), (format)) \
	X(lxw_chart *, workbook_add_chart, (lxw_workbook *workbook, uint8_t chart_type), (workbook, chart_type)) \
	X(lxw_format *, workbook_add_format, (lxw_workbook *workbook), (workbook)) \
	X(lxw_worksheet *, workbook_add_worksheet, (lxw_workbook *workbook, const char *sheetname), (workbook, sheetname)) \
	X(lxw_error, workbook_close, (lxw_workbook *workbook), (workbook)) \
	X(lxw_error, workbook_define_name, (lxw_workbook *workbook, const char *name, const char *formula), (workbook, name, formula)) \
	XV(worksheet_fit_to_pages, (lxw_worksheet *worksheet, uint16_t width, uint16_t height), (worksheet, width, height)) \
	XV(worksheet_freeze_panes, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col), (worksheet, row, col)) \
	X(lxw_error, worksheet_insert_chart, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, lxw_chart *chart), (worksheet, row, col, chart)) \
	X(lxw_error, worksheet_insert_chart_opt, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, lxw_chart *chart, lxw_chart_options *user_options), (worksheet, row, col, chart, user_options)) \
	X(lxw_error, worksheet_merge_range, (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_col_t first_col, lxw_row_t last_row, lxw_col_t last_col, const char *string, lxw_format *format), (worksheet, first_row, first_col, last_row, last_col, string, format)) \
	X(lxw_error, worksheet_repeat_rows, (lxw_worksheet *worksheet, lxw_row_t first_row, lxw_row_t last_row), (worksheet, first_row, last_row)) \
	X(lxw_error, worksheet_set_column, (lxw_worksheet *worksheet, lxw_col_t first_col, lxw_col_t last_col, double width, lxw_format *format), (worksheet, first_col, last_col, width, format)) \
	XV(worksheet_set_default_row, (lxw_worksheet *worksheet, double height, uint8_t hide_unused_rows), (worksheet, height, hide_unused_rows)) \
	X(lxw_error, worksheet_set_footer, (lxw_worksheet *worksheet, const char *string), (worksheet, string)) \
	X(lxw_error, worksheet_set_header, (lxw_worksheet *worksheet, const char *string), (worksheet, string)) \
	XV(worksheet_set_landscape, (lxw_worksheet *worksheet), (worksheet)) \
	XV(worksheet_set_margins, (lxw_worksheet *worksheet, double left, double right, double top, double bottom), (worksheet, left, right, top, bottom)) \
	XV(worksheet_set_paper, (lxw_worksheet *worksheet, uint8_t paper_type), (worksheet, paper_type)) \
	X(lxw_error, worksheet_set_row, (lxw_worksheet *worksheet, lxw_row_t row, double height, lxw_format *format), (worksheet, row, height, format)) \
	X(lxw_error, worksheet_write_blank, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, lxw_format *format), (worksheet, row, col, format)) \
	X(lxw_error, worksheet_write_formula_num, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *formula, lxw_format *format, double result), (worksheet, row, col, formula, format, result)) \
	X(lxw_error, worksheet_write_formula_str, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *formula, lxw_format *format, const char *result), (worksheet, row, col, formula, format, result)) \
	X(lxw_error, worksheet_write_number, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format), (worksheet, row, col, number, format)) \
	X(lxw_error, worksheet_write_string, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format), (worksheet, row, col, string, format))

static struct {
	lxw_workbook *(*workbook_new_opt)(const char *filename, lxw_workbook_options *options);
	char *(*lxw_strerror)(lxw_error error_num);
#define X(r, n, p, a) r(*n) p;
#define XV(n, p, a) void(*n) p;
	HK_LXW_FUNCS(X, XV)
#undef X
#undef XV
} lxw;
static int lxw_state; /* 0 not opened yet, 1 open, -1 failed */
static char lxw_why[400]; /* why it failed */

const char *hk_xlsx_open_error(void)
{
	return lxw_state < 0 ? lxw_why : NULL;
}

/* one symbol of the library into *fp (a function pointer's bytes) */
static int lxw_sym(void *h, const char *name, void *fp)
{
	void *s = dlsym(h, name);
	if (s)
		memcpy(fp, &s, sizeof s);
	return s != NULL;
}

static int lxw_open(void)
{
	if (lxw_state)
		return lxw_state > 0;
	lxw_state = -1;
	const char *name = getenv("HEATKIT_XLSXWRITER"); /* another build of the library */
	if (!name || !*name)
		name = HK_LXW_SONAME;
	void *h = dlopen(name, RTLD_NOW | RTLD_LOCAL);
	if (!h) {
		snprintf(lxw_why, sizeof lxw_why, "cannot open %s (%s): XLSX output needs libxlsxwriter %s",
			 name, dlerror(), LXW_VERSION);
		return 0;
	}
	int ok = lxw_sym(h, "workbook_new_opt", &lxw.workbook_new_opt) &&
		 lxw_sym(h, "lxw_strerror", &lxw.lxw_strerror);
#define X(r, n, p, a) ok = ok && lxw_sym(h, #n, &lxw.n);
#define XV(n, p, a) X(void, n, p, a)
	HK_LXW_FUNCS(X, XV)
#undef X
#undef XV
	if (!ok) {
		snprintf(lxw_why, sizeof lxw_why, "%s lacks a function heatkit calls (%s): XLSX output needs "
			 "libxlsxwriter %s", name, dlerror(), LXW_VERSION);
		dlclose(h);
		return 0;
	}
	lxw_state = 1;
	return 1;
}

lxw_workbook *workbook_new_opt(const char *filename, lxw_workbook_options *options)
{
	return lxw_open() ? lxw.workbook_new_opt(filename, options) : NULL;
}

/* lxw_strerror may be asked about a failure of its own */
char *lxw_strerror(lxw_error error_num)
{
	static char unopened[] = "libxlsxwriter not opened";
	return lxw_open() ? lxw.lxw_strerror(error_num) : unopened;
}

/* the others take a workbook or what it made: the library is open */
#define X(r, n, p, a) \
	r n p \
	{ \
		return lxw.n a; \
	}
#define XV(n, p, a) \
	void n p \
	{ \
		lxw.n a; \
	}
HK_LXW_FUNCS(X, XV)
#undef X
#undef XV
