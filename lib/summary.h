/*
 * summary.h - a command's design results as key/value rows
 * (key,value,unit,label,source), the pipeline contract's third table.
 * Every default a user should know is a row with its source; warnings are
 * rows too (warning_1, warning_2, ...).
 */
#ifndef HK_SUMMARY_H
#define HK_SUMMARY_H

#include <stddef.h>

#include "output.h"
#include "status.h"

typedef struct hk_sumrow {
	char key[64];
	int is_text;
	double value;
	char text[512];
	char unit[32];
	char label_zh[128];
	char label_en[128];
	char source[512];
	int decimals;
} hk_sumrow;

typedef struct hk_summary {
	hk_sumrow *rows;
	size_t n, cap;
	int nwarn;
} hk_summary;

/* Add a number (decimals for display; -1 = as needed). */
hk_status hk_sum_num(hk_summary *s, const char *key, double value, const char *unit,
		     int decimals, const char *label_zh, const char *label_en,
		     const char *source);
/* Add a text value. */
hk_status hk_sum_text(hk_summary *s, const char *key, const char *text,
		      const char *label_zh, const char *label_en, const char *source);
/* Add a warning row (key warning_N); returns the row's text for stderr. */
const char *hk_sum_warn(hk_summary *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A row as data (key, unit, decimals, labels, source): a report keeps a
 * table of them and adds each with its value.  source NULL in the call:
 * the row's own; NULL there too: none. */
typedef struct hk_sumspec {
	const char *key, *unit;
	int decimals;
	const char *label_zh, *label_en;
	const char *source;
} hk_sumspec;
hk_status hk_sum_row(hk_summary *s, const hk_sumspec *r, double value, const char *source);
hk_status hk_sum_row_text(hk_summary *s, const hk_sumspec *r, const char *text, const char *source);

const hk_sumrow *hk_sum_get(const hk_summary *s, const char *key);
void hk_sum_free(hk_summary *s);

/* Write as a table "summary" / "汇总" (primary: see output.h). */
hk_status hk_sum_write(const hk_summary *s, hk_out *o, int lang_zh, int primary, hk_err *err);

/* Look up key as a number for hk_check_eval: 1 found, 0 unknown, -1 text.
 * The value is the one the summary prints (rounded to its decimals). */
int hk_sum_lookup(void *summary, const char *key, double *value);

#endif
