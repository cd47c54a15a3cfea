/*
 * workbook.h - a workbook laid out cell by cell, ready to print: the
 * tender workbook of `heatkit report`.
 *
 * Built on an hk_out opened with free_layout (output.h), so it is written
 * to a temporary name and renamed only by hk_wb_close(): a failed run
 * leaves no file.  Every sheet is set up for print as a design institute
 * hands it over: A4 landscape, fitted to one page wide (as many tall as it
 * takes), its head rows repeated on every page, the project name and date
 * in the page header and "page X of Y" in the footer.
 *
 * Cells carry a style (hk_wstyle): inputs a user may change (prices,
 * quantities, rates) are shaded, so the sheet says which cells drive the
 * formulas.  A formula is written with its cached value (what heatkit
 * computed), so a reader that does not recalculate shows the same
 * number.  Rows holding wrapped text get a height for their line count
 * (neither libxlsxwriter nor every reader fits rows by itself).
 *
 * Write errors are sticky: the first is kept and returned by hk_wb_close,
 * so layout code writes cells without checking each call.
 */
#ifndef HK_WORKBOOK_H
#define HK_WORKBOOK_H

#include <stddef.h>

#include "status.h"

typedef enum {
	HK_WS_TEXT,    /* plain text, bordered */
	HK_WS_WRAP,    /* text wrapped within the column */
	HK_WS_TITLE,   /* a sheet's title (large, bold, no border) */
	HK_WS_NOTE,    /* a note below a table (no border, wrapped) */
	HK_WS_HEAD,    /* a table's column head (bold, shaded, wrapped) */
	HK_WS_SECTION, /* a block heading (bold, no border) */
	HK_WS_NUM,     /* a number or formula result */
	HK_WS_INPUT,   /* an input number a user may change (shaded) */
	HK_WS_TOTAL,   /* a total or key result (bold) */
	HK_WS_TOTALTXT, /* the label of a total row (bold text) */
	HK_WS_PCT,     /* a fraction shown as a percentage */
	HK_WS_PCTIN,   /* an input fraction shown as a percentage (shaded) */
	HK_WS_NSTYLES
} hk_wstyle;

typedef struct hk_wb hk_wb;
typedef struct hk_sheet hk_sheet;

/* Open path (.xlsx) for writing.  project and date go into every page
 * header; lang_zh picks the footer's language ("第 X 页 共 Y 页"). */
hk_status hk_wb_open(hk_wb **wb, const char *path, const char *project, const char *date,
		     int lang_zh, hk_err *err);

/* A new sheet named name, set up for print.  NULL after a write error
 * (the error is kept for hk_wb_close). */
hk_sheet *hk_wb_sheet(hk_wb *wb, const char *name);
const char *hk_sheet_name(const hk_sheet *sh);
/* Its ncols columns' widths (in characters; CJK characters count two),
 * and its first head_rows rows repeated at the top of every printed page
 * (0: none). */
void hk_sh_columns(hk_sheet *sh, const double *widths, int ncols, int head_rows);

/* Cells.  dec: digits after the point (-1: as needed).  A NULL sheet is
 * ignored (the error that made it NULL is already kept). */
void hk_sh_text(hk_sheet *sh, long row, int col, hk_wstyle st, const char *s);
void hk_sh_num(hk_sheet *sh, long row, int col, hk_wstyle st, int dec, double v);
/* A formula ("=B3*C3") with the value heatkit computed for it. */
void hk_sh_formula(hk_sheet *sh, long row, int col, hk_wstyle st, int dec, const char *f,
		   double cached);
/* A formula whose value is text ("=IF(...,\"never\")"), with that text. */
void hk_sh_formula_text(hk_sheet *sh, long row, int col, hk_wstyle st, const char *f,
			const char *cached);
/* Text across columns c0..c1 of one row (merged). */
void hk_sh_merge(hk_sheet *sh, long row, int c0, int c1, hk_wstyle st, const char *s);
/* Empty bordered cells c0..c1 (a table's blank cells). */
void hk_sh_blank(hk_sheet *sh, long row, int c0, int c1, hk_wstyle st);

/* The height a printed page gives the sheet's rows, in points: A4
 * landscape (595.3 pt) less the top and bottom margins and a line each
 * for the page header and footer (Gnumeric sets them apart from the rows;
 * Excel prints them in the margins, leaving a little more). */
double hk_sh_page_body_pt(const hk_sheet *sh);
/* Row row's height in points (a chart's row: see hk_sh_chart). */
void hk_sh_row_height(hk_sheet *sh, long row, double pt);

/* A chart's kind. */
typedef enum {
	HK_WC_COLUMN_STACKED, /* stacked columns: what each part covers */
	HK_WC_COLUMN,         /* columns: one value per category */
	HK_WC_LINE,           /* lines over categories (years) */
	HK_WC_SCATTER         /* lines through x, y points (curves): the categories are x */
} hk_wchart;

/* One series: its values in column cy, its categories (x) in column cx,
 * rows r0..r1 of sheet sh; name its legend entry. */
typedef struct hk_wseries {
	const char *name;
	const hk_sheet *sh;
	long r0, r1;
	int cx, cy;
} hk_wseries;

/* A chart of n series placed at (row, col) of sh, w × h pixels.  The
 * series refer to cell ranges (never copies of the numbers), so the
 * chart follows any change to those cells.  Lay the chart inside one row
 * of at least its height (hk_sh_row_height): a printed page then breaks
 * only between rows, never across the chart. */
void hk_sh_chart(hk_sheet *sh, long row, int col, int w, int h, hk_wchart kind, const char *title,
		 const char *x_label, const char *y_label, const hk_wseries *s, int n);

/* "B7" for row and col (0-based); abs: "$B$7"; with sh (not NULL) the
 * sheet is named: "'经济'!$B$7". */
void hk_ref(char *buf, size_t sz, const hk_sheet *sh, long row, int col, int abs);

/* A workbook-level name for one cell (e.g. "s2_npv"), so that a formula
 * or a reader can find it. */
void hk_wb_name(hk_wb *wb, const char *name, const hk_sheet *sh, long row, int col);

/* Write the workbook and rename it into place; frees wb.  Returns the
 * first error of any call. */
hk_status hk_wb_close(hk_wb *wb, hk_err *err);
/* Give up: remove the temporary file; frees wb. */
void hk_wb_abort(hk_wb *wb);

#endif
