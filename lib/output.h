/*
 * output.h - writing tables: CSV (RFC 4180, UTF-8) to stdout or a file,
 * or XLSX (libxlsxwriter) with one sheet per table.
 *
 * A file is written under a temporary name in the same directory and
 * renamed over the target only by hk_out_close(): a failed run (an error,
 * an exit through hk_exit_err) leaves no half-written file.  Pending
 * temporary files are removed at exit.
 *
 * CSV text is UTF-8 (with a BOM for Excel when asked) or GBK (gbk.h): a
 * character GBK lacks is an error at its line and column, and nothing is
 * written.
 *
 * CSV holds one table: only the table begun with primary = 1 is written;
 * XLSX writes every table, each as a sheet with a bold frozen header
 * (label and unit in --lang, then the CSV key), number formats per column
 * and column widths fitted to content (CJK characters count double).
 */
#ifndef HK_OUTPUT_H
#define HK_OUTPUT_H

#include <stddef.h>

#include "status.h"

typedef enum { HK_CELL_EMPTY, HK_CELL_NUM, HK_CELL_TEXT, HK_CELL_FORMULA } hk_celltype;

typedef struct hk_cell {
	hk_celltype type;
	double num;       /* NUM, and the cached value of a FORMULA */
	const char *text; /* TEXT, or the FORMULA ("=B2*C2") */
} hk_cell;

static inline hk_cell hk_cnum(double v) { hk_cell c = {HK_CELL_NUM, v, NULL}; return c; }
static inline hk_cell hk_ctext(const char *s) { hk_cell c = {HK_CELL_TEXT, 0, s}; return c; }
static inline hk_cell hk_cempty(void) { hk_cell c = {HK_CELL_EMPTY, 0, NULL}; return c; }
static inline hk_cell hk_cformula(const char *f, double cached)
{ hk_cell c = {HK_CELL_FORMULA, cached, f}; return c; }

typedef struct hk_col {
	const char *key;      /* CSV header, snake_case with unit: "heat_load_kw" */
	const char *unit;     /* display unit for XLSX: "kW" (NULL or "" = none) */
	const char *label_zh; /* XLSX header label */
	const char *label_en;
	int decimals;         /* digits after the point; -1 = as needed */
	int carry;            /* CSV: more decimals than `decimals` when they
			       * would lose the value (10 significant digits
			       * kept), for a column a later command in the
			       * pipe computes with; XLSX shows `decimals` */
} hk_col;

/* How CSV text is encoded (--csv-encoding; XLSX is always UTF-8 inside).
 * HK_CSV_AUTO, the zero value, is the platform's default
 * (hk_csv_bom_default, platform.h): UTF-8 on Linux; on Windows UTF-8 with
 * a BOM into a file, plain UTF-8 into a pipe. */
typedef enum { HK_CSV_AUTO, HK_CSV_UTF8, HK_CSV_UTF8_BOM, HK_CSV_GBK } hk_csv_enc;

typedef struct hk_outopts {
	int csv_enc; /* hk_csv_enc */
	int lang_zh; /* XLSX labels and sheet names in Chinese */
	int free_layout; /* XLSX: cells written in any order (no constant_memory
			  * mode), for a workbook laid out by lib/workbook.h */
	const char *option; /* the option that named the file, for messages
			     * ("--monthly"); NULL = "-o" */
} hk_outopts;

typedef struct hk_out hk_out;

/* At start: a closed standard input, output or error is opened on
 * /dev/null (heatkit 2>&- must not write warnings into an output file). */
void hk_std_fds(void);

/* Open an output: path NULL or "-" = CSV on stdout; "*.xlsx" = XLSX;
 * anything else = CSV file. */
hk_status hk_out_open(hk_out **o, const char *path, const hk_outopts *opt, hk_err *err);
int hk_out_is_xlsx(const hk_out *o);

/* Begin a table (an XLSX sheet).  Columns are copied. */
hk_status hk_out_table(hk_out *o, const char *name_zh, const char *name_en,
		       const hk_col *cols, size_t ncols, int primary, hk_err *err);

/* Write one row of the current table (ncols cells). */
hk_status hk_out_row(hk_out *o, const hk_cell *cells, hk_err *err);

/* Row index (0-based, counting header rows) the next hk_out_row writes to
 * in the current sheet, for building XLSX formulas ("A1" references). */
long hk_out_next_row(const hk_out *o);
/* "B7"-style reference for XLSX row (0-based) and column (0-based). */
void hk_out_ref(long row, long col, char *buf, size_t sz);
/* The same, "$B$7" when abs: the one A1 writer (workbook.c's hk_ref too). */
void hk_out_ref_abs(long row, long col, int abs, char *buf, size_t sz);

/* One XY series of a chart: columns of the current table (0-based) and
 * its data rows first..last (0-based, the first row after the header). */
typedef struct hk_chart_series {
	const char *name;  /* legend entry */
	long col_x, col_y;
	long row_first, row_last;
} hk_chart_series;

/*
 * hk_out_chart_xy - an XY scatter chart (straight lines, no markers) of
 * series from the current table's sheet, placed to the right of the table.
 * XLSX only: for CSV it does nothing and returns HK_OK.  Call it while the
 * table is current (before the next hk_out_table); the rows it names may
 * be written before or after.  Works in libxlsxwriter's constant_memory
 * mode: the chart refers to the cell ranges, and Excel (or any reader)
 * computes it from them.  Fails HK_EINVAL for n == 0, a column outside the
 * table or row_last < row_first.
 */
hk_status hk_out_chart_xy(hk_out *o, const char *title, const char *x_label,
			  const char *y_label, const hk_chart_series *series, size_t n,
			  hk_err *err);

/* The XLSX workbook of an output opened with free_layout, for a caller
 * that lays out its own sheets (lib/workbook.h); NULL otherwise.  The
 * output still owns it: hk_out_close() writes and renames it. */
struct lxw_workbook *hk_out_xlsx(hk_out *o);

/* Finish: flush, close, rename into place.  Frees o. */
hk_status hk_out_close(hk_out *o, hk_err *err);
/* Give up: remove the temporary file.  Frees o. */
void hk_out_abort(hk_out *o);

/* Number of header rows an XLSX sheet has (label row, key row). */
#define HK_XLSX_HEADER_ROWS 2

/* Test hook: when the environment variable HK_FAIL_WRITE_AFTER=N is set,
 * the CSV file writer fails after N rows (simulating a full disk). */

#endif
