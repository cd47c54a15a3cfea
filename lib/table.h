/*
 * table.h - reading CSV tables the way engineers save them.
 *
 * One reader for every command: files or stdin; UTF-8 with or without a
 * BOM, GBK/GB18030 (Excel's "CSV (逗号分隔)" on a Chinese system) sniffed
 * or named, UTF-16 with a BOM; CRLF or LF; RFC 4180 quoting (libcsv);
 * blank lines and lines starting with '#' skipped.  The reader streams: it
 * holds one record at a time, never the file.
 *
 * Columns are found by alias (hk_colspec): English snake_case, Chinese,
 * case, spaces and full-width brackets ignored, with an optional unit in
 * the header ("面积(m²)", "面积（万m²）", "area [m2]", "Load_kW") that is
 * converted to the internal unit (units.h).
 *
 * Every error names the file, the line the record starts on, the field
 * (column) and the value, and says what was expected (hk_err).
 */
#ifndef HK_TABLE_H
#define HK_TABLE_H

#include <stddef.h>

#include "status.h"
#include "units.h"

enum {
	HK_REQUIRED = 1 << 0, /* the column must be present and non-empty */
	HK_POSITIVE = 1 << 1, /* value > 0 (area, capacity, ...) */
	HK_NONNEG   = 1 << 2, /* value >= 0 */
	HK_INTEGER  = 1 << 3, /* a whole number */
	HK_AT_MOST1 = 1 << 4, /* a fraction or share: value <= 1 (100 %) */
};

typedef struct hk_colspec {
	const char *key;     /* canonical name, e.g. "area_m2" */
	const char *aliases; /* PCRE2 alternation of folded names, no unit:
				"area|floor_area|面积|建筑面积" */
	hk_dim dim;          /* what unit a header may carry */
	unsigned flags;      /* HK_REQUIRED | HK_POSITIVE | ... */
	const char *what;    /* "building floor area", for messages */
} hk_colspec;

typedef struct hk_reader hk_reader;

/* Open path ("-" or NULL = stdin).  encoding: NULL/"auto" to sniff, or
 * "utf-8", "gbk", "gb18030", "gb2312", "utf-16".  Reads nothing beyond the
 * first block; errors (unreadable, binary, empty) are reported by open. */
hk_status hk_reader_open(hk_reader **r, const char *path, const char *encoding,
			 hk_err *err);
/* The same from len bytes at buf (not copied: they must outlive the
 * reader), named name in messages; for tests that read many inputs
 * without touching the file system. */
hk_status hk_reader_open_mem(hk_reader **r, const char *name, const void *buf, size_t len,
			     const char *encoding, hk_err *err);
/* Read all of standard input into memory now, so that every later
 * hk_reader_open of "-" reads it from the start, under the name <stdin>
 * (for a command that reads its input twice: econ tells the kind of table
 * by trying one reading first).  Once per process; fails on a read error. */
hk_status hk_reader_keep_stdin(hk_err *err);
void hk_reader_close(hk_reader *r);

/* Read the header row and match it against specs[0..n).  Fails on a
 * missing required column, a duplicate column, an unknown unit. */
hk_status hk_reader_bind(hk_reader *r, const hk_colspec *specs, size_t n,
			 hk_err *err);

/* The spec of specs[0..n) that a header names, as hk_reader_bind takes a
 * header on its own: its index (*factor and *offset, when not NULL, take
 * a value under that header to the spec's internal unit), or -1 when no
 * spec takes it.  For tests and for checking documented column names. */
long hk_colspec_find(const hk_colspec *specs, size_t n, const char *header, double *factor,
		     double *offset);

/* Advance to the next record.  Returns 1 (a record), 0 (end), or -1 with
 * err filled (ragged row, bad encoding, line over 1 MB, ...). */
int hk_reader_next(hk_reader *r, hk_err *err);

/* The bound column i's text in the current record (trimmed), or NULL when
 * the column is absent from the file.  An empty field gives "". */
const char *hk_reader_text(const hk_reader *r, size_t spec);
/* 1 when spec i was found in the header. */
int hk_reader_has(const hk_reader *r, size_t spec);

/* The bound column i's value in internal units.  Returns HK_OK;
 * HK_ENOTFOUND when the column is absent or the field empty and the column
 * is not required (*out untouched); otherwise an error naming the place. */
hk_status hk_reader_num(const hk_reader *r, size_t spec, double *out, hk_err *err);

/* A per-row unit column (spec i holds text such as "kW", "万元", "m³"):
 * the unit looked up in dimension d as a header unit would be, *factor and
 * *offset taking a value in it to d's internal unit (units.h).  Returns
 * HK_OK; HK_ENOTFOUND when the column is absent or the field empty
 * (*factor, *offset untouched); otherwise an error at the field naming the
 * unit and listing d's units. */
hk_status hk_reader_unit(const hk_reader *r, size_t spec, hk_dim d, double *factor,
			 double *offset, hk_err *err);

/* Fill err with a located message about spec i in the current record. */
hk_status hk_reader_fail(const hk_reader *r, size_t spec, hk_err *err,
			 const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Raw access for pass-through: the header's fields and the current
 * record's fields, as read (UTF-8). */
size_t hk_reader_ncols(const hk_reader *r);
const char *hk_reader_header(const hk_reader *r, size_t col);
const char *hk_reader_field(const hk_reader *r, size_t col);
/* 1 when spec i's header carried a unit ("area [m2]", "Load_kW"); a
 * column may then give its bare-number default unit another meaning. */
int hk_reader_unit_given(const hk_reader *r, size_t spec);

/* Column index of bound spec i, or -1. */
long hk_reader_col(const hk_reader *r, size_t spec);
/* Place err (from a function that knows the value, not where it was read:
 * its message kept) at the current record's line and the column of spec;
 * returns HK_EINVAL, as hk_reader_fail. */
hk_status hk_reader_locate(const hk_reader *r, size_t spec, hk_err *err);

const char *hk_reader_name(const hk_reader *r);  /* file name for messages */
long hk_reader_line(const hk_reader *r);         /* line the record starts on */
const char *hk_reader_encoding(const hk_reader *r); /* "UTF-8", "GB18030", ... */
int hk_reader_chinese(const hk_reader *r);       /* header has CJK text */

/* Fold a header for matching: full-width forms → ASCII, lower case, runs
 * of spaces/'-'/'_' → one '_', trimmed.  Exposed for tests. */
void hk_header_fold(const char *in, char *out, size_t outsz);

/* Every regular file a command reads is noted (the readers do it; a
 * reader of its own calls hk_input_note with the open descriptor);
 * hk_input_same gives the name of the input st is, or NULL: an output
 * must never replace an input, data files and standard input included. */
#include "platform.h"
void hk_input_note(int fd, const char *name);
const char *hk_input_same(const hk_fileinfo *st);

#endif
