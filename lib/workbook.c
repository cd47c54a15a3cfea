/* workbook.c - a print-ready workbook laid out cell by cell (see workbook.h). */
#include "workbook.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <xlsxwriter.h>

#include "chartname.h"

#include "output.h"
#include "text.h"

#define MAX_DEC 10
#define MARGIN_LR 0.5  /* page margins, inches */
#define MARGIN_TB 0.75
#define A4_SHORT_PT 595.28 /* 210 mm (ISO 216) */
#define HF_LINE_PT 18.0    /* a page header or footer line */
#define MAX_SHEETS 16

struct hk_sheet {
	lxw_worksheet *ws;
	char name[64];
	double width[64]; /* column widths, characters */
	int ncols;
	double *lines;    /* text lines per row (wrapped cells), 0 = default */
	long nlines;
	hk_wb *wb;
};

struct hk_wb {
	hk_out *out;
	lxw_workbook *x;
	char header[300], footer[80];
	lxw_format *fmt[HK_WS_NSTYLES][MAX_DEC + 2]; /* [style][dec + 1] */
	hk_sheet sheets[MAX_SHEETS];
	int nsheets;
	lxw_error first;  /* the first write error */
	char first_what[160];
};

static void keep(hk_wb *wb, lxw_error e, const char *what)
{
	if (e != LXW_NO_ERROR && wb->first == LXW_NO_ERROR) {
		wb->first = e;
		snprintf(wb->first_what, sizeof wb->first_what, "%s", what);
	}
}

hk_status hk_wb_open(hk_wb **out, const char *path, const char *project, const char *date,
		     int lang_zh, hk_err *err)
{
	hk_outopts o = {0};
	hk_wb *wb = calloc(1, sizeof *wb);
	hk_status s;
	char proj[160];
	size_t i, k = 0;
	*out = NULL;
	if (!wb)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	o.lang_zh = lang_zh;
	o.free_layout = 1;
	if ((s = hk_out_open(&wb->out, path, &o, err)) != HK_OK) {
		free(wb);
		return s;
	}
	wb->x = hk_out_xlsx(wb->out);
	if (!wb->x) {
		hk_out_abort(wb->out);
		free(wb);
		return hk_fail_at(err, HK_EINVAL, path, 0, 0, "not a workbook name: expected FILE.xlsx");
	}
	/* '&' starts a header code: a literal one is "&&" */
	for (i = 0; project[i] && k + 2 < sizeof proj - 1 && i < 100; i++) {
		if (project[i] == '&')
			proj[k++] = '&';
		proj[k++] = project[i];
	}
	proj[k] = '\0';
	snprintf(wb->header, sizeof wb->header, "&L%s&R%s", proj, date);
	snprintf(wb->footer, sizeof wb->footer, "%s",
		 lang_zh ? "&C第 &P 页，共 &N 页" : "&CPage &P of &N");
	*out = wb;
	return HK_OK;
}

/* The format of a style at dec digits (cached; made on first use). */
static lxw_format *fmt(hk_wb *wb, hk_wstyle st, int dec)
{
	lxw_format *f;
	int d = dec < 0 ? -1 : dec > MAX_DEC ? MAX_DEC : dec;
	char nf[32];
	if (wb->fmt[st][d + 1])
		return wb->fmt[st][d + 1];
	f = workbook_add_format(wb->x);
	if (st != HK_WS_TITLE && st != HK_WS_SECTION && st != HK_WS_NOTE)
		format_set_border(f, LXW_BORDER_THIN);
	format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
	switch (st) {
	case HK_WS_TITLE:
		format_set_bold(f);
		format_set_font_size(f, 14);
		break;
	case HK_WS_SECTION:
		format_set_bold(f);
		format_set_font_size(f, 11);
		break;
	case HK_WS_HEAD:
		format_set_bold(f);
		format_set_bg_color(f, 0xDDEBF7);
		format_set_text_wrap(f);
		format_set_align(f, LXW_ALIGN_CENTER);
		break;
	case HK_WS_WRAP:
	case HK_WS_NOTE:
		format_set_text_wrap(f);
		break;
	case HK_WS_TOTAL:
	case HK_WS_TOTALTXT:
		format_set_bold(f);
		break;
	case HK_WS_INPUT:
	case HK_WS_PCTIN:
		format_set_bg_color(f, 0xFFF2CC);
		break;
	default:
		break;
	}
	if (st == HK_WS_PCT || st == HK_WS_PCTIN) {
		snprintf(nf, sizeof nf, d > 0 ? "0.%.*s%%" : "0%%", d, "0000000000");
		format_set_num_format(f, nf);
	} else if ((st == HK_WS_NUM || st == HK_WS_INPUT || st == HK_WS_TOTAL) && d >= 0) {
		snprintf(nf, sizeof nf, d ? "#,##0.%.*s" : "#,##0", d, "0000000000");
		format_set_num_format(f, nf);
	}
	wb->fmt[st][d + 1] = f;
	return f;
}

hk_sheet *hk_wb_sheet(hk_wb *wb, const char *name)
{
	hk_sheet *sh;
	size_t i, k = 0;
	if (wb->nsheets >= MAX_SHEETS) {
		keep(wb, LXW_ERROR_PARAMETER_VALIDATION, "too many sheets or columns");
		return NULL;
	}
	sh = &wb->sheets[wb->nsheets];
	memset(sh, 0, sizeof *sh);
	for (i = 0; name[i] && k + 1 < sizeof sh->name; i++)
		sh->name[k++] = strchr("[]:*?/\\'", name[i]) ? '_' : name[i];
	sh->name[k] = '\0';
	sh->ws = workbook_add_worksheet(wb->x, sh->name);
	if (!sh->ws) {
		keep(wb, LXW_ERROR_PARAMETER_VALIDATION, sh->name);
		return NULL;
	}
	wb->nsheets++;
	sh->wb = wb;
	/* print: A4 landscape, one page wide (as many tall as it takes) */
	worksheet_set_landscape(sh->ws);
	worksheet_set_paper(sh->ws, 9); /* 9 = A4 (ECMA-376 §18.18.43 ST_PaperSize) */
	worksheet_fit_to_pages(sh->ws, 1, 0);
	worksheet_set_margins(sh->ws, MARGIN_LR, MARGIN_LR, MARGIN_TB, MARGIN_TB);
	/* every row's height given (16 pt, not a font's default): the pages
	 * break where they break whatever fonts the reader has */
	worksheet_set_default_row(sh->ws, 16, LXW_FALSE);
	keep(wb, worksheet_set_header(sh->ws, wb->header), "page header");
	keep(wb, worksheet_set_footer(sh->ws, wb->footer), "page footer");
	return sh;
}

void hk_sh_columns(hk_sheet *sh, const double *widths, int ncols, int head_rows)
{
	int c;
	if (!sh)
		return;
	if (ncols > 64)
		ncols = 64;
	sh->ncols = ncols;
	for (c = 0; c < ncols; c++) {
		sh->width[c] = widths[c];
		keep(sh->wb, worksheet_set_column(sh->ws, (lxw_col_t)c, (lxw_col_t)c, widths[c], NULL), sh->name);
	}
	if (head_rows > 0)
		keep(sh->wb, worksheet_repeat_rows(sh->ws, 0, (lxw_row_t)(head_rows - 1)), sh->name);
}

const char *hk_sheet_name(const hk_sheet *sh) { return sh ? sh->name : ""; }

/* Lines a wrapped text takes in columns c0..c1 (at least 1). */
static void note_lines(hk_sheet *sh, long row, int c0, int c1, const char *s)
{
	double w = 0, n = 0, seg;
	const char *p = s, *nl;
	int c;
	for (c = c0; c <= c1 && c < sh->ncols; c++)
		w += sh->width[c];
	if (w < 4)
		w = 4;
	do { /* each line of the text on its own, wrapped at the width */
		char buf[2048];
		size_t len;
		nl = strchr(p, '\n');
		len = nl ? (size_t)(nl - p) : strlen(p);
		if (len >= sizeof buf)
			len = sizeof buf - 1;
		memcpy(buf, p, len);
		buf[len] = '\0';
		seg = ceil((double)hk_display_width(buf) * 1.25 / w); /* fonts run wider than 1 char per unit */
		n += seg < 1 ? 1 : seg;
		p = nl ? nl + 1 : NULL;
	} while (p);
	if (row >= sh->nlines) {
		long nn = row + 64;
		double *l = realloc(sh->lines, (size_t)nn * sizeof *l);
		if (!l) {
			keep(sh->wb, LXW_ERROR_MEMORY_MALLOC_FAILED, "row heights");
			return;
		}
		memset(l + sh->nlines, 0, (size_t)(nn - sh->nlines) * sizeof *l);
		sh->lines = l;
		sh->nlines = nn;
	}
	if (n > sh->lines[row])
		sh->lines[row] = n;
}

void hk_sh_text(hk_sheet *sh, long row, int col, hk_wstyle st, const char *s)
{
	if (!sh)
		return;
	keep(sh->wb, worksheet_write_string(sh->ws, (lxw_row_t)row, (lxw_col_t)col, s ? s : "",
					    fmt(sh->wb, st, -1)), sh->name);
	if (s && (st == HK_WS_WRAP || st == HK_WS_HEAD || st == HK_WS_NOTE))
		note_lines(sh, row, col, col, s);
}

void hk_sh_num(hk_sheet *sh, long row, int col, hk_wstyle st, int dec, double v)
{
	if (!sh)
		return;
	if (!isfinite(v)) { /* no NaN or infinity in a workbook: leave it blank */
		hk_sh_blank(sh, row, col, col, st);
		return;
	}
	keep(sh->wb, worksheet_write_number(sh->ws, (lxw_row_t)row, (lxw_col_t)col, v, fmt(sh->wb, st, dec)),
	     sh->name);
}

void hk_sh_formula(hk_sheet *sh, long row, int col, hk_wstyle st, int dec, const char *f, double cached)
{
	if (!sh)
		return;
	keep(sh->wb, worksheet_write_formula_num(sh->ws, (lxw_row_t)row, (lxw_col_t)col, f, fmt(sh->wb, st, dec),
						 isfinite(cached) ? cached : 0),
	     sh->name);
}

void hk_sh_formula_text(hk_sheet *sh, long row, int col, hk_wstyle st, const char *f, const char *cached)
{
	if (!sh)
		return;
	keep(sh->wb, worksheet_write_formula_str(sh->ws, (lxw_row_t)row, (lxw_col_t)col, f, fmt(sh->wb, st, -1),
						 cached ? cached : ""),
	     sh->name);
}

void hk_sh_merge(hk_sheet *sh, long row, int c0, int c1, hk_wstyle st, const char *s)
{
	if (!sh)
		return;
	if (c1 <= c0) {
		hk_sh_text(sh, row, c0, st, s);
		return;
	}
	keep(sh->wb, worksheet_merge_range(sh->ws, (lxw_row_t)row, (lxw_col_t)c0, (lxw_row_t)row, (lxw_col_t)c1,
					   s ? s : "", fmt(sh->wb, st, -1)),
	     sh->name);
	if (s && (st == HK_WS_WRAP || st == HK_WS_NOTE || st == HK_WS_HEAD))
		note_lines(sh, row, c0, c1, s);
}

void hk_sh_blank(hk_sheet *sh, long row, int c0, int c1, hk_wstyle st)
{
	int c;
	if (!sh)
		return;
	for (c = c0; c <= c1; c++)
		keep(sh->wb, worksheet_write_blank(sh->ws, (lxw_row_t)row, (lxw_col_t)c, fmt(sh->wb, st, -1)),
		     sh->name);
}

double hk_sh_page_body_pt(const hk_sheet *sh)
{
	(void)sh; /* every sheet: A4 landscape, the same margins (hk_wb_sheet) */
	return A4_SHORT_PT - 2 * 72 * MARGIN_TB - 2 * HF_LINE_PT;
}

void hk_sh_row_height(hk_sheet *sh, long row, double pt)
{
	if (!sh)
		return;
	keep(sh->wb, worksheet_set_row(sh->ws, (lxw_row_t)row, pt, NULL), sh->name);
}

void hk_sh_chart(hk_sheet *sh, long row, int col, int w, int h, hk_wchart kind, const char *title,
		 const char *x_label, const char *y_label, const hk_wseries *s, int n)
{
	static const uint8_t type[] = {LXW_CHART_COLUMN_STACKED, LXW_CHART_COLUMN, LXW_CHART_LINE,
				       LXW_CHART_SCATTER_STRAIGHT};
	lxw_chart_options opt = {0};
	lxw_chart *ch;
	int i;
	if (!sh || n <= 0)
		return;
	ch = workbook_add_chart(sh->wb->x, type[kind]);
	if (!ch) {
		keep(sh->wb, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart");
		return;
	}
	for (i = 0; i < n; i++) {
		lxw_chart_series *cs = chart_add_series(ch, NULL, NULL);
		if (!cs) {
			keep(sh->wb, LXW_ERROR_MEMORY_MALLOC_FAILED, "chart series");
			return;
		}
		chart_series_set_categories(cs, s[i].sh->name, (lxw_row_t)s[i].r0, (lxw_col_t)s[i].cx,
					    (lxw_row_t)s[i].r1, (lxw_col_t)s[i].cx);
		chart_series_set_values(cs, s[i].sh->name, (lxw_row_t)s[i].r0, (lxw_col_t)s[i].cy,
					(lxw_row_t)s[i].r1, (lxw_col_t)s[i].cy);
		if (s[i].name)
			chart_series_set_name(cs, s[i].name);
	}
	if (kind == HK_WC_COLUMN_STACKED)
		chart_set_series_gap(ch, 20); /* 48 half-hour columns: narrow gaps */
	hk_chart_names(ch, title, x_label, y_label);
	chart_legend_set_position(ch, n > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
	/* libxlsxwriter's default chart is 480 × 288 pixels */
	opt.x_offset = 4;
	opt.y_offset = 4;
	opt.x_scale = w / 480.0;
	opt.y_scale = h / 288.0;
	keep(sh->wb, worksheet_insert_chart_opt(sh->ws, (lxw_row_t)row, (lxw_col_t)col, ch, &opt), sh->name);
}

void hk_ref(char *buf, size_t sz, const hk_sheet *sh, long row, int col, int abs)
{
	char a1[32];
	hk_out_ref_abs(row, col, abs, a1, sizeof a1);
	if (sh)
		snprintf(buf, sz, "'%s'!%s", sh->name, a1);
	else
		snprintf(buf, sz, "%s", a1);
}

void hk_wb_name(hk_wb *wb, const char *name, const hk_sheet *sh, long row, int col)
{
	char ref[128];
	if (!sh)
		return;
	hk_ref(ref, sizeof ref, sh, row, col, 1);
	{
		char f[140];
		snprintf(f, sizeof f, "=%s", ref);
		keep(wb, workbook_define_name(wb->x, name, f), name);
	}
}

static void finish_sheets(hk_wb *wb)
{
	int i;
	long r;
	for (i = 0; i < wb->nsheets; i++) {
		hk_sheet *sh = &wb->sheets[i];
		for (r = 0; r < sh->nlines; r++)
			if (sh->lines[r] > 1)
				keep(wb, worksheet_set_row(sh->ws, (lxw_row_t)r, 15.0 * sh->lines[r] + 2, NULL), sh->name);
		free(sh->lines);
		sh->lines = NULL;
	}
}

hk_status hk_wb_close(hk_wb *wb, hk_err *err)
{
	hk_status s;
	finish_sheets(wb);
	if (wb->first != LXW_NO_ERROR) {
		s = hk_fail(err, HK_EIO, "XLSX write failed (%s: %s)", wb->first_what, lxw_strerror(wb->first));
		hk_out_abort(wb->out);
		free(wb);
		return s;
	}
	s = hk_out_close(wb->out, err);
	free(wb);
	return s;
}

void hk_wb_abort(hk_wb *wb)
{
	int i;
	if (!wb)
		return;
	for (i = 0; i < wb->nsheets; i++)
		free(wb->sheets[i].lines);
	hk_out_abort(wb->out);
	free(wb);
}
