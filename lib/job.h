/*
 * job.h - a command's output: its tables, its summary, its --check rules
 * and its exit code, written once for every command.  Command layer (see
 * diag.h), in two halves:
 *
 *   writing   hk_job_table, hk_job_extra, hk_job_row, hk_job_warn,
 *             hk_job_fail: what lib/'s writers (bfreport.c, econreport.c,
 *             the profile writer) call.  They never print and never exit.  A
 *             write that fails keeps its error in the job (the first one;
 *             later writes do nothing) and returns its status, as a stdio
 *             stream keeps ferror(): a writer may pass the status up or go
 *             on, and hk_job_end reports it.  A warning is a summary row
 *             (warning_N); the command layer prints it.
 *   ending    hk_job_begin, hk_job_end, hk_run_checks (and hk_exit_err,
 *             diag.h): cmd/ only.  Open the output (refusing to overwrite
 *             an input), write the summary, print the warnings and the
 *             --check results, report the job's error, return the exit code.
 */
#ifndef HK_JOB_H
#define HK_JOB_H

#include "check.h"
#include "opt.h"
#include "output.h"
#include "summary.h"

typedef struct hk_job {
	const hk_common *opt;
	hk_summary sum;
	hk_out *out;
	int lang_zh;
	hk_err err;        /* the first failed write; err.code == HK_OK: none */
	size_t warned;     /* summary rows up to here: their warnings printed */
	size_t err_rows;   /* summary rows when err was kept: the warnings
			    * after it were not reached before (not printed) */
} hk_job;

/* Open the output.  inputs[0..ninputs): the files the command read or
 * will read ("-" and NULL entries, for options not given, are skipped):
 * -o may not name one.  input_chinese: the input headers were Chinese
 * (default --lang zh).  On an error: hk_exit_err. */
void hk_job_begin(hk_job *j, const hk_common *opt, const char *const *inputs,
		  size_t ninputs, int input_chinese);
#define HK_NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Begin the command's main table (CSV: written unless --summary). */
hk_status hk_job_table(hk_job *j, const char *name_zh, const char *name_en,
		       const hk_col *cols, size_t ncols);
/* Begin an extra table (XLSX only). */
hk_status hk_job_extra(hk_job *j, const char *name_zh, const char *name_en,
		       const hk_col *cols, size_t ncols);
hk_status hk_job_row(hk_job *j, const hk_cell *cells);

/* Keep e as the job's error (unless it has one already) and return its
 * code: for a writer that fails on its own (out of memory, a chart). */
hk_status hk_job_fail(hk_job *j, const hk_err *e);

/* A design-rule warning: a summary row (warning_N).  Every warning row of
 * the summary, whoever added it (hk_sum_warn in a lib/ summary builder),
 * is printed to standard error once, in order, by hk_job_end, or by
 * hk_exit_err before the error. */
void hk_job_warn(hk_job *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Report the job's error, if a write failed (hk_exit_err); else write the
 * summary, print the warnings, evaluate --check and close the output.
 * Returns the exit code: 0, or 1 when a rule failed.  A malformed rule or
 * an unknown key exits 2 and leaves no output file. */
int hk_job_end(hk_job *j);

/* Tear down a job that failed: print the warnings reached, remove the
 * pending output, free the summary (hk_exit_err calls it). */
void hk_job_abort(hk_job *j);

/* Evaluate rules against a summary; prints each failed rule with its
 * values.  Returns 0 all passed, 1 one failed, 2 a rule is malformed or
 * names an unknown key (err filled, nothing printed for it). */
int hk_run_checks(const hk_summary *s, const hk_strlist *rules, hk_err *err);
/* The same with the keys' values looked up by fn(ctx, ...) (check.h): a
 * reader that knows where each value came from can place an error. */
int hk_run_checks_fn(const hk_strlist *rules, hk_lookup_fn fn, void *ctx, hk_err *err);

#endif
