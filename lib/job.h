/*
 * job.h - the end of every command, written once: decide the label
 * language, open the output (refusing to overwrite an input), write the
 * main table and the summary, run the --check rules, and exit with the
 * documented code.  Command-line layer: prints through diag.h and exits.
 */
#ifndef HK_JOB_H
#define HK_JOB_H

#include <stdnoreturn.h>

#include "opt.h"
#include "output.h"
#include "summary.h"

typedef struct hk_job {
	const hk_common *opt;
	hk_summary sum;
	hk_out *out;
	int lang_zh;
} hk_job;

/* Open the output.  inputs[0..ninputs): the files the command read or
 * will read ("-" and NULL entries, for options not given, are skipped):
 * -o may not name one.  input_chinese: the input headers were Chinese
 * (default --lang zh). */
void hk_job_begin(hk_job *j, const hk_common *opt, const char *const *inputs,
		  size_t ninputs, int input_chinese);
#define HK_NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Begin the command's main table (CSV: written unless --summary). */
void hk_job_table(hk_job *j, const char *name_zh, const char *name_en,
		  const hk_col *cols, size_t ncols);
/* Begin an extra table (XLSX only). */
void hk_job_extra(hk_job *j, const char *name_zh, const char *name_en,
		  const hk_col *cols, size_t ncols);
void hk_job_row(hk_job *j, const hk_cell *cells);

/* A design-rule warning: to stderr and into the summary. */
void hk_job_warn(hk_job *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Write the summary, evaluate --check, close the output; returns the exit
 * code (0, or 1 when a rule failed).  A malformed rule or unknown key
 * exits 2 and leaves no output file. */
int hk_job_end(hk_job *j);
/* Print to stderr the warning rows of the summary from row `from` on: the
 * ones a report module added (hk_sum_warn), which cannot print. */
void hk_job_warn_rows(const hk_job *j, size_t from);

/* Die with a located error, removing the pending output. */
noreturn void hk_job_die(hk_job *j, const hk_err *e);

/* Evaluate rules against a summary; prints failures; returns 0 all passed,
 * 1 one failed, 2 a rule is malformed or names an unknown key. */
int hk_run_checks(const hk_summary *s, const hk_strlist *rules);

#endif
