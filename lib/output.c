/* output.c - CSV and XLSX writers with atomic replace (see output.h). */
#include "output.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <xlsxwriter.h>

#include "chartname.h"
#include "gbk.h"
#include "platform.h"
#include "table.h"
#include "text.h"
#include "xlsxdl.h"

#define MAX_DEC 10

struct hk_out {
	int xlsx;
	int to_stdout;   /* 1: CSV to standard output, spooled in fp when
			    the spool could be made (2: written directly) */
	hk_outopts opt;
	char path[4096];
	char tmp[4096];
	FILE *fp;
	lxw_workbook *wb;
	lxw_worksheet *ws;
	char sheet[64];  /* the current sheet's name, for chart ranges */
	int charts;      /* charts on the current sheet (placement) */
	lxw_format *fmt_head, *fmt_key, *fmt_dec[MAX_DEC + 1];
	hk_col *cols;
	size_t ncols;
	double *width;
	int writing;     /* the current table is written (CSV: primary only) */
	int csv_done;    /* CSV: a table was written already */
	long row;        /* next row in the current sheet */
	long rows_written;
	long fail_after; /* test hook */
	int through;     /* the target is no regular file (a device, a FIFO):
			    the temporary is copied into it, never renamed */
	int keep_mode;   /* an existing target: its mode, kept (else -1) */
	char *mem;       /* the stdout spool in memory when tmpfile() failed */
	size_t memlen;
};

/* ---- pending temporary files, removed at exit ---- */

#define MAX_PENDING 16
static char pending[MAX_PENDING][4096];
static int pending_registered;

static void remove_pending(void)
{
	int i;
	for (i = 0; i < MAX_PENDING; i++)
		if (pending[i][0]) {
			hk_remove_file(pending[i]);
			pending[i][0] = '\0';
		}
}

/* Ctrl-C, SIGTERM or a hangup during a write: the temporaries go with the
 * process (unlink is async-signal-safe), then the signal does what it
 * would have done. */
static void on_signal(int sig)
{
	int i;
	for (i = 0; i < MAX_PENDING; i++)
		if (pending[i][0])
			hk_remove_file(pending[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void add_pending(const char *p)
{
	int i;
	if (!pending_registered) {
		atexit(remove_pending);
		hk_catch_signals(on_signal);
		pending_registered = 1;
	}
	for (i = 0; i < MAX_PENDING; i++)
		if (!pending[i][0]) {
			snprintf(pending[i], sizeof pending[i], "%s", p);
			return;
		}
}

static void drop_pending(const char *p)
{
	int i;
	for (i = 0; i < MAX_PENDING; i++)
		if (pending[i][0] && !strcmp(pending[i], p))
			pending[i][0] = '\0';
}

/* Where -o path really writes, into o->path: a symlink's target (the link
 * stays a link), and whether that is a regular file (renamed over, its
 * mode kept) or not (a device, a FIFO: written through, never replaced).
 * An input of this run is refused. */
static hk_status target_of(hk_out *o, const char *path, hk_err *err)
{
	hk_fileinfo st;
	char real[PATH_MAX];
	const char *in;
	o->keep_mode = -1;
	if (hk_link_target(path, real, sizeof real))
		path = real;
	snprintf(o->path, sizeof o->path, "%s", path);
	if (hk_stat(path, &st) != 0)
		return HK_OK;
	if ((in = hk_input_same(&st)))
		return hk_fail(err, HK_EINVAL, "%s %s would overwrite the input %s: expected a different "
			       "output file", o->opt.option ? o->opt.option : "-o", path, in);
	if (st.kind == HK_FK_REG && st.readonly)
		return hk_fail_at(err, HK_EIO, path, 0, 0, "is read-only: expected a file heatkit may replace "
				  "(it is left as it was; clear its read-only mark to replace it)");
	if (st.kind == HK_FK_REG)
		o->keep_mode = st.mode;
	else if (st.kind == HK_FK_DIR)
		return hk_fail_at(err, HK_EIO, path, 0, 0, "is a directory: expected a file to write");
	else
		o->through = 1;
	return HK_OK;
}

void hk_std_fds(void)
{
	hk_platform_std_fds();
}

static int ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);
	char f[16];
	if (n < k)
		return 0;
	hk_fold(s + n - k, f, sizeof f, 0);
	return !strcmp(f, suf);
}

/* The CSV encoding settled (HK_CSV_AUTO: the platform's default for a
 * file or not) and its byte-order mark written. */
static void start_csv(hk_out *o, int to_file)
{
	if (o->opt.csv_enc == HK_CSV_AUTO)
		o->opt.csv_enc = hk_csv_bom_default(to_file) ? HK_CSV_UTF8_BOM : HK_CSV_UTF8;
	if (o->opt.csv_enc == HK_CSV_UTF8_BOM)
		fputs("\xEF\xBB\xBF", o->fp);
}

hk_status hk_out_open(hk_out **out, const char *path, const hk_outopts *opt, hk_err *err)
{
	hk_out *o = calloc(1, sizeof *o);
	const char *env = getenv("HK_FAIL_WRITE_AFTER");
	*out = NULL;
	if (!o)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	if (opt)
		o->opt = *opt;
	o->fail_after = env ? atol(env) : -1;
	if (!path || !strcmp(path, "-")) {
		/* standard output is spooled to an anonymous file and copied
		 * out on success, so that an error in a later row leaves no
		 * half table in a pipe (the same promise a file gets) */
		/* test hook: as when the temp directory is not writable */
		o->fp = getenv("HK_TEST_NO_TMPFILE") ? NULL : hk_anon_file();
		if (!o->fp) /* no writable temp directory: spool in memory */
			o->fp = hk_mem_writer(&o->mem, &o->memlen);
		o->to_stdout = 1;
		if (!o->fp) {
			free(o);
			return hk_fail_at(err, HK_ENOMEM, "<stdout>", 0, 0,
					  "cannot spool standard output (%s)", strerror(errno));
		}
		snprintf(o->path, sizeof o->path, "<stdout>");
		{ /* standard output redirected into a file is a file (cmd > out.csv) */
			hk_fileinfo fi;
			start_csv(o, hk_fstat(1, &fi) == 0 && fi.kind == HK_FK_REG);
		}
		*out = o;
		return HK_OK;
	}
	o->xlsx = ends_with(path, ".xlsx");
	{
		hk_status s = target_of(o, path, err);
		if (s != HK_OK) {
			free(o);
			return s;
		}
	}
	path = o->path;
	{
		/* temp name in the target's directory: dir/.base.XXXXXX.tmp; for a
		 * device or FIFO, in the temp directory (it is copied, not renamed) */
		const char *base = hk_path_base(path);
		int dl = (int)(base - path);
		int fd;
		if (o->through)
			snprintf(o->tmp, sizeof o->tmp, "%s/.heatkit.XXXXXX.tmp", hk_temp_dir());
		else
			snprintf(o->tmp, sizeof o->tmp, "%.*s.%s.XXXXXX.tmp", dl, path, base);
		fd = hk_temp_file(o->tmp, 4);
		if (fd < 0) {
			hk_status s = hk_fail_at(err, HK_EIO, path, 0, 0,
						 "cannot create output (%s): expected a writable directory",
						 strerror(errno));
			free(o);
			return s;
		}
		add_pending(o->tmp);
		/* a file replaced keeps its mode (a 0644 report stays 0644), a
		 * new one gets 0666 less the umask (hk_set_new_mode) */
		if (hk_set_new_mode(fd, o->keep_mode) != 0) {
			hk_status s = hk_fail_at(err, HK_EIO, path, 0, 0,
						 "cannot set the output's mode (%s): expected a file we own",
						 strerror(errno));
			close(fd);
			hk_out_abort(o);
			return s;
		}
		if (o->xlsx) {
			lxw_workbook_options wo = {0};
			close(fd);
			wo.constant_memory = o->opt.free_layout ? LXW_FALSE : LXW_TRUE;
			o->wb = workbook_new_opt(o->tmp, &wo);
			if (!o->wb) {
				const char *why = hk_xlsx_open_error(); /* libxlsxwriter not opened */
				/* the message first: path is o's, which the abort frees
				 * (valgrind, issue 18 follow-up) */
				hk_status s = hk_fail_at(err, HK_EIO, path, 0, 0, "cannot create workbook: %s",
							 why ? why : "expected a writable directory");
				hk_out_abort(o);
				return s;
			}
			o->fmt_head = workbook_add_format(o->wb);
			format_set_bold(o->fmt_head);
			format_set_text_wrap(o->fmt_head);
			format_set_bg_color(o->fmt_head, 0xDDEBF7);
			format_set_align(o->fmt_head, LXW_ALIGN_VERTICAL_TOP);
			o->fmt_key = workbook_add_format(o->wb);
			format_set_italic(o->fmt_key);
			format_set_font_color(o->fmt_key, 0x808080);
		} else {
			o->fp = hk_fd_stream(fd);
			if (!o->fp) {
				hk_status s = hk_fail_at(err, HK_EIO, path, 0, 0, "cannot open output (%s)",
							 strerror(errno));
				close(fd);
				hk_out_abort(o);
				return s;
			}
			start_csv(o, 1);
		}
	}
	*out = o;
	return HK_OK;
}

int hk_out_is_xlsx(const hk_out *o) { return o->xlsx; }

lxw_workbook *hk_out_xlsx(hk_out *o) { return o->xlsx && o->opt.free_layout ? o->wb : NULL; }

/* RFC 4180: quote when the field has a comma, quote, CR or LF */
static int needs_quotes(const char *s)
{
	const char *p;
	if (s[0] == ' ')
		return 1;
	for (p = s; *p; p++)
		if (*p == ',' || *p == '"' || *p == '\r' || *p == '\n')
			return 1;
	return p > s && p[-1] == ' ';
}

static void csv_field(FILE *fp, const char *s)
{
	if (needs_quotes(s)) {
		/* RFC 4180: quotes around, inner quotes doubled; written in runs */
		const char *q;
		fputc('"', fp);
		while ((q = strchr(s, '"')) != NULL) {
			fwrite(s, 1, (size_t)(q - s) + 1, fp);
			fputc('"', fp);
			s = q + 1;
		}
		fputs(s, fp);
		fputc('"', fp);
	} else {
		fputs(s, fp);
	}
}

/* A text field of CSV line `line`, column col (1-based, for the error):
 * UTF-8 as it is, or GBK (gbk.h), where a character GBK lacks is an error
 * naming it. */
static hk_status csv_text(hk_out *o, const char *s, long line, size_t col, hk_err *err)
{
	char small[512], *buf = small;
	size_t n = strlen(s), cap = 2 * n + 1, len = 0, off = 0;
	unsigned long bad = 0;
	int rc;
	if (o->opt.csv_enc != HK_CSV_GBK) {
		csv_field(o->fp, s);
		return HK_OK;
	}
	if (cap > sizeof small && !(buf = malloc(cap)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	rc = hk_gbk_encode(s, buf, cap, &len, &bad, &off);
	if (rc == 0) {
		buf[len] = '\0';
		csv_field(o->fp, buf);
	}
	if (buf != small)
		free(buf);
	if (rc == 1) {
		unsigned cp;
		int k = hk_utf8_decode((const unsigned char *)s + off, n - off, &cp);
		size_t shown = n < 80 ? n : 80;
		while (shown < n && ((unsigned char)s[shown] & 0xC0) == 0x80)
			shown--; /* whole characters of a long field */
		return hk_fail_at(err, HK_EINVAL, o->path, line, (long)col,
				  "character not in GBK (%.*s U+%04lX in \"%.*s%s\"): expected --csv-encoding "
				  "utf8-bom, which Excel on Chinese Windows opens too, or text in GBK",
				  k > 0 ? k : 0, s + off, bad, (int)shown, s, shown < n ? "…" : "");
	}
	if (rc != 0)
		return hk_fail_at(err, HK_EIO, o->path, line, (long)col,
				  "cannot encode as GBK (no GB18030 decoder on this system)");
	return HK_OK;
}

/* Fixed-point formatting without printf for the common case (a profile of
 * 8760 rows × columns is mostly numbers): scale, round, print digits.  Ties
 * (a scaled fraction within 1e-6 of .5) go to snprintf so that the digits
 * always equal printf's correctly rounded ones. */
static int fast_fixed(char *buf, size_t sz, double v, int dec)
{
	static const double p10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6};
	char tmp[32];
	double a = fabs(v), scaled, fl;
	unsigned long long n;
	int k = 0, o = 0;
	if (dec > 6 || !(a < 1e12) || sz < 32)
		return 0;
	scaled = a * p10[dec];
	fl = floor(scaled);
	if (fabs(scaled - fl - 0.5) < 1e-6)
		return 0;
	n = (unsigned long long)(scaled - fl >= 0.5 ? fl + 1 : fl);
	do {
		tmp[k++] = (char)('0' + n % 10);
		n /= 10;
	} while (n || k <= dec);
	if (v < 0)
		buf[o++] = '-';
	while (k > 0) {
		if (k == dec)
			buf[o++] = '.';
		buf[o++] = tmp[--k];
	}
	buf[o] = '\0';
	return 1;
}

static void fmt_num(char *buf, size_t sz, double v, int dec)
{
	if (dec >= 0) {
		if (!fast_fixed(buf, sz, v, dec))
			snprintf(buf, sz, "%.*f", dec, v);
	} else {
		snprintf(buf, sz, "%.10g", v);
	}
	/* no "-0" or "-0.00" */
	if (buf[0] == '-') {
		const char *p = buf + 1;
		while (*p == '0' || *p == '.')
			p++;
		if (*p == '\0')
			memmove(buf, buf + 1, strlen(buf));
	}
}

/* at least dec decimals, more until the text gives v back to 10
 * significant digits (hk_col.carry) */
static void fmt_carry(char *buf, size_t sz, double v, int dec)
{
	int d = dec < 0 ? 0 : dec;
	for (;; d++) {
		fmt_num(buf, sz, v, d);
		if (d >= MAX_DEC || fabs(strtod(buf, NULL) - v) <= 5e-11 * fabs(v))
			return;
	}
}

static lxw_format *dec_format(hk_out *o, int dec)
{
	char f[24];
	int d = dec > MAX_DEC ? MAX_DEC : dec;
	if (d < 0)
		return NULL;
	if (!o->fmt_dec[d]) {
		o->fmt_dec[d] = workbook_add_format(o->wb);
		if (d == 0)
			snprintf(f, sizeof f, "#,##0");
		else
			snprintf(f, sizeof f, "#,##0.%.*s", d, "0000000000");
		format_set_num_format(o->fmt_dec[d], f);
	}
	return o->fmt_dec[d];
}

static const char *col_label(const hk_out *o, const hk_col *c)
{
	const char *l = o->opt.lang_zh ? c->label_zh : c->label_en;
	if (!l || !*l)
		l = c->label_en && *c->label_en ? c->label_en : c->key;
	return l;
}

static void finish_sheet(hk_out *o)
{
	size_t j;
	if (!o->ws)
		return;
	for (j = 0; j < o->ncols; j++) {
		double w = o->width[j] + 2;
		if (w > 60)
			w = 60;
		worksheet_set_column(o->ws, (lxw_col_t)j, (lxw_col_t)j, w, NULL);
	}
	o->ws = NULL;
}

static void free_cols(hk_out *o)
{
	free(o->cols);
	free(o->width);
	o->cols = NULL;
	o->width = NULL;
	o->ncols = 0;
}

hk_status hk_out_table(hk_out *o, const char *name_zh, const char *name_en,
		       const hk_col *cols, size_t ncols, int primary, hk_err *err)
{
	size_t j;
	if (o->xlsx)
		finish_sheet(o);
	free_cols(o);
	o->cols = malloc((ncols ? ncols : 1) * sizeof *o->cols);
	o->width = calloc(ncols ? ncols : 1, sizeof *o->width);
	if (!o->cols || !o->width)
		return hk_fail(err, HK_ENOMEM, "out of memory");
	memcpy(o->cols, cols, ncols * sizeof *cols);
	o->ncols = ncols;
	o->row = 0;
	if (!o->xlsx) {
		o->writing = primary && !o->csv_done;
		if (!o->writing)
			return HK_OK;
		o->csv_done = 1;
		for (j = 0; j < ncols; j++) {
			hk_status st;
			if (j)
				fputc(',', o->fp);
			if ((st = csv_text(o, cols[j].key, 1, j + 1, err)) != HK_OK)
				return st;
		}
		fputc('\n', o->fp);
		return HK_OK;
	}
	o->writing = 1;
	{
		char sheet[64];
		const char *nm = o->opt.lang_zh && name_zh ? name_zh : name_en;
		size_t i, k = 0;
		for (i = 0; nm[i] && k + 1 < 32; i++)
			sheet[k++] = strchr("[]:*?/\\", nm[i]) ? '_' : nm[i];
		sheet[k] = '\0';
		snprintf(o->sheet, sizeof o->sheet, "%s", sheet);
		o->charts = 0;
		o->ws = workbook_add_worksheet(o->wb, sheet);
		if (!o->ws)
			return hk_fail(err, HK_EINVAL, "cannot add sheet \"%s\"", sheet);
	}
	for (j = 0; j < ncols; j++) {
		char lab[512];
		const char *l = col_label(o, &cols[j]);
		if (cols[j].unit && *cols[j].unit)
			snprintf(lab, sizeof lab, "%s (%s)", l, cols[j].unit);
		else
			snprintf(lab, sizeof lab, "%s", l);
		/* constant_memory mode: finish row 0 before row 1 */
		worksheet_write_string(o->ws, 0, (lxw_col_t)j, lab, o->fmt_head);
		o->width[j] = (double)hk_display_width(lab);
	}
	for (j = 0; j < ncols; j++) {
		worksheet_write_string(o->ws, 1, (lxw_col_t)j, cols[j].key, o->fmt_key);
		if ((double)hk_display_width(cols[j].key) > o->width[j])
			o->width[j] = (double)hk_display_width(cols[j].key);
	}
	worksheet_freeze_panes(o->ws, HK_XLSX_HEADER_ROWS, 0);
	o->row = HK_XLSX_HEADER_ROWS;
	return HK_OK;
}

long hk_out_next_row(const hk_out *o) { return o->row; }

void hk_out_ref_abs(long row, long col, int abs, char *buf, size_t sz)
{
	char letters[8];
	int k = 0, i;
	long c = col + 1;
	while (c > 0 && k < 7) { /* bijective base 26: A..Z, AA.. (ECMA-376 §18.17.2.3 A1 style) */
		letters[k++] = (char)('A' + (c - 1) % 26);
		c = (c - 1) / 26;
	}
	for (i = 0; i < k / 2; i++) {
		char t = letters[i];
		letters[i] = letters[k - 1 - i];
		letters[k - 1 - i] = t;
	}
	letters[k] = '\0';
	snprintf(buf, sz, "%s%s%s%ld", abs ? "$" : "", letters, abs ? "$" : "", row + 1);
}

void hk_out_ref(long row, long col, char *buf, size_t sz) { hk_out_ref_abs(row, col, 0, buf, sz); }

hk_status hk_out_row(hk_out *o, const hk_cell *cells, hk_err *err)
{
	size_t j;
	char buf[64];
	if (!o->writing)
		return HK_OK;
	if (o->fail_after >= 0 && o->rows_written >= o->fail_after && !o->to_stdout)
		return hk_fail_at(err, HK_EIO, o->path, 0, 0,
				  "write failed (No space left on device, simulated): expected room to write");
	if (!o->xlsx) {
		for (j = 0; j < o->ncols; j++) {
			if (j)
				fputc(',', o->fp);
			switch (cells[j].type) {
			case HK_CELL_EMPTY:
				break;
			case HK_CELL_NUM:
			case HK_CELL_FORMULA: /* CSV carries the value */
				if (isfinite(cells[j].num)) {
					if (o->cols[j].carry && o->cols[j].decimals >= 0)
						fmt_carry(buf, sizeof buf, cells[j].num, o->cols[j].decimals);
					else
						fmt_num(buf, sizeof buf, cells[j].num, o->cols[j].decimals);
					fputs(buf, o->fp);
				}
				break;
			case HK_CELL_TEXT: {
				/* line: the header is line 1 */
				hk_status st = csv_text(o, cells[j].text ? cells[j].text : "", o->row + 2, j + 1, err);
				if (st != HK_OK)
					return st;
				break;
			}
			}
		}
		fputc('\n', o->fp);
		if (ferror(o->fp))
			return hk_fail_at(err, HK_EIO, o->to_stdout ? "<stdout>" : o->path, 0, 0,
					  "write failed (%s)", strerror(errno));
	} else {
		for (j = 0; j < o->ncols; j++) {
			lxw_col_t c = (lxw_col_t)j;
			lxw_row_t r = (lxw_row_t)o->row;
			double w = 0;
			lxw_error e = LXW_NO_ERROR;
			switch (cells[j].type) {
			case HK_CELL_EMPTY:
				break;
			case HK_CELL_NUM:
				if (!isfinite(cells[j].num))
					break; /* Excel has no NaN/Inf: leave the cell empty */
				e = worksheet_write_number(o->ws, r, c, cells[j].num,
							   dec_format(o, o->cols[j].decimals));
				fmt_num(buf, sizeof buf, cells[j].num, o->cols[j].decimals);
				w = (double)strlen(buf) * 1.1;
				break;
			case HK_CELL_FORMULA:
				e = worksheet_write_formula_num(o->ws, r, c, cells[j].text,
								dec_format(o, o->cols[j].decimals),
								isfinite(cells[j].num) ? cells[j].num : 0);
				fmt_num(buf, sizeof buf, cells[j].num, o->cols[j].decimals);
				w = (double)strlen(buf) * 1.1;
				break;
			case HK_CELL_TEXT:
				e = worksheet_write_string(o->ws, r, c, cells[j].text ? cells[j].text : "", NULL);
				w = (double)hk_display_width(cells[j].text ? cells[j].text : "");
				break;
			}
			if (e != LXW_NO_ERROR)
				return hk_fail_at(err, HK_EIO, o->path, 0, 0, "XLSX write failed (%s)",
						  lxw_strerror(e));
			if (w > o->width[j])
				o->width[j] = w;
		}
	}
	o->row++;
	o->rows_written++;
	return HK_OK;
}

hk_status hk_out_chart_xy(hk_out *o, const char *title, const char *x_label,
			  const char *y_label, const hk_chart_series *series, size_t n,
			  hk_err *err)
{
	lxw_chart *ch;
	size_t i;

	if (!o->xlsx)
		return HK_OK;
	if (!o->ws || n == 0 || !series)
		return hk_fail(err, HK_EINVAL, "chart \"%s\": no sheet or no series", title ? title : "");
	for (i = 0; i < n; i++)
		if (series[i].col_x < 0 || series[i].col_y < 0 || series[i].col_x >= (long)o->ncols ||
		    series[i].col_y >= (long)o->ncols || series[i].row_first < 0 ||
		    series[i].row_last < series[i].row_first)
			return hk_fail(err, HK_EINVAL, "chart \"%s\": series %zu names cells outside the table",
				       title ? title : "", i + 1);
	ch = workbook_add_chart(o->wb, LXW_CHART_SCATTER_STRAIGHT);
	if (!ch)
		return hk_fail(err, HK_ENOMEM, "chart \"%s\": out of memory", title ? title : "");
	for (i = 0; i < n; i++) {
		const hk_chart_series *s = &series[i];
		lxw_row_t r0 = (lxw_row_t)(s->row_first + HK_XLSX_HEADER_ROWS);
		lxw_row_t r1 = (lxw_row_t)(s->row_last + HK_XLSX_HEADER_ROWS);
		lxw_chart_series *cs = chart_add_series(ch, NULL, NULL);
		if (!cs)
			return hk_fail(err, HK_ENOMEM, "chart series: out of memory");
		chart_series_set_categories(cs, o->sheet, r0, (lxw_col_t)s->col_x, r1, (lxw_col_t)s->col_x);
		chart_series_set_values(cs, o->sheet, r0, (lxw_col_t)s->col_y, r1, (lxw_col_t)s->col_y);
		if (s->name)
			chart_series_set_name(cs, s->name);
	}
	hk_chart_names(ch, title, x_label, y_label);
	chart_legend_set_position(ch, LXW_CHART_LEGEND_BOTTOM);
	/* right of the table, charts stacked 20 rows apart */
	if (worksheet_insert_chart(o->ws, (lxw_row_t)(1 + 20 * o->charts),
				   (lxw_col_t)(o->ncols + 1), ch) != LXW_NO_ERROR)
		return hk_fail(err, HK_EIO, "chart \"%s\": cannot insert it", title ? title : "");
	o->charts++;
	return HK_OK;
}

static void free_out(hk_out *o)
{
	free_cols(o);
	free(o);
}

void hk_out_abort(hk_out *o)
{
	if (!o)
		return;
	if (o->wb) {
		/* libxlsxwriter has no discard: close to free, then remove */
		workbook_close(o->wb);
		o->wb = NULL;
	}
	if (o->fp)
		fclose(o->fp); /* a stdout spool is discarded with it */
	free(o->mem);
	if (o->tmp[0]) {
		hk_remove_file(o->tmp);
		drop_pending(o->tmp);
	}
	free_out(o);
}

static int spool_copy(hk_out *o, FILE *dst);

/* the finished temporary written into a device or FIFO target */
static hk_status copy_through(hk_out *o, hk_err *err)
{
	FILE *src = hk_fopen(o->tmp, "rb"), *dst;
	hk_status s = HK_OK;
	if (!src)
		return hk_fail_at(err, HK_EIO, o->path, 0, 0, "cannot reopen %s (%s)", o->tmp, strerror(errno));
	if (!(dst = hk_fopen(o->path, "wb"))) {
		s = hk_fail_at(err, HK_EIO, o->path, 0, 0, "cannot open for writing (%s): expected a "
			       "writable file", strerror(errno));
	} else {
		o->fp = src;
		if (spool_copy(o, dst) != 0)
			s = hk_fail_at(err, HK_EIO, o->path, 0, 0, "write failed (%s)", strerror(errno));
		o->fp = NULL;
		if (fclose(dst) != 0 && s == HK_OK)
			s = hk_fail_at(err, HK_EIO, o->path, 0, 0, "write failed (%s)", strerror(errno));
	}
	fclose(src);
	return s;
}

/* o's finished spool (a temporary file, or memory) onto dst: 0, or -1 */
static int spool_copy(hk_out *o, FILE *dst)
{
	char buf[65536];
	size_t n;
	int bad = 0;
	if (o->mem) {
		bad = o->memlen && fwrite(o->mem, 1, o->memlen, dst) != o->memlen;
	} else {
		rewind(o->fp);
		while (!bad && (n = fread(buf, 1, sizeof buf, o->fp)) > 0)
			bad = fwrite(buf, 1, n, dst) != n;
		bad |= ferror(o->fp);
	}
	bad |= fflush(dst) != 0 || ferror(dst);
	return bad ? -1 : 0;
}

hk_status hk_out_close(hk_out *o, hk_err *err)
{
	hk_status s = HK_OK;
	int rc;
	if (o->to_stdout) {
		int bad = fflush(o->fp) != 0 || ferror(o->fp);
		if (!bad) /* copy the spool out */
			bad = spool_copy(o, stdout);
		if (bad)
			s = hk_fail_at(err, HK_EIO, "<stdout>", 0, 0, "write failed (%s)", strerror(errno));
		fclose(o->fp);
		free(o->mem);
		free_out(o);
		return s;
	}
	if (o->xlsx) {
		lxw_error e;
		finish_sheet(o);
		e = workbook_close(o->wb);
		o->wb = NULL;
		if (e != LXW_NO_ERROR)
			s = hk_fail_at(err, HK_EIO, o->path, 0, 0, "XLSX write failed (%s)", lxw_strerror(e));
	} else {
		int bad = fflush(o->fp) != 0 || ferror(o->fp) || hk_sync(o->fp) != 0;
		int saved = errno;
		bad |= fclose(o->fp) != 0;
		o->fp = NULL;
		if (bad)
			s = hk_fail_at(err, HK_EIO, o->path, 0, 0, "write failed (%s)", strerror(saved));
	}
	if (s == HK_OK) { /* an input read after the output was opened */
		hk_fileinfo st;
		const char *in;
		if (hk_stat(o->path, &st) == 0 && (in = hk_input_same(&st)))
			s = hk_fail(err, HK_EINVAL, "%s %s would overwrite the input %s: expected a "
				    "different output file", o->opt.option ? o->opt.option : "-o", o->path, in);
	}
	if (s == HK_OK && o->through)
		s = copy_through(o, err);
	else if (s == HK_OK && (rc = hk_replace_file(o->tmp, o->path)) != 0)
		s = rc == HK_REPLACE_LOCKED
			? hk_fail_at(err, HK_EIO, o->path, 0, 0, "cannot replace the file, another program "
				     "(Excel?) has it open: expected it closed (the file is left as it was)")
			: rc == HK_REPLACE_READONLY /* marked read-only while heatkit ran */
			? hk_fail_at(err, HK_EIO, o->path, 0, 0, "is read-only: expected a file heatkit may "
				     "replace (it is left as it was; clear its read-only mark to replace it)")
			: hk_fail_at(err, HK_EIO, o->path, 0, 0, "cannot rename %s into place (%s)", o->tmp,
				     strerror(errno));
	if (o->through)
		hk_remove_file(o->tmp);
	if (s != HK_OK)
		hk_remove_file(o->tmp);
	drop_pending(o->tmp);
	free_out(o);
	return s;
}
