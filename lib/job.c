/* job.c - output, summary and checks for every command (see job.h). */
#include "job.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "diag.h"
#include "platform.h"

static int same_file(const char *a, const char *b)
{
	hk_fileinfo sa, sb;
	if (hk_stat(a, &sa) != 0 || hk_stat(b, &sb) != 0)
		return 0;
	return sa.dev == sb.dev && sa.ino == sb.ino;
}

/* any key: for checking the syntax of a rule before there is a summary */
static int any_key(void *ctx, const char *key, double *v)
{
	(void)ctx;
	(void)key;
	*v = 0;
	return 1;
}

void hk_job_begin(hk_job *j, const hk_common *opt, const char *const *inputs,
		  size_t ninputs, int input_chinese)
{
	hk_outopts oo = {0};
	hk_err e;
	size_t i;
	/* a malformed --check fails before anything is written, even to stdout */
	for (i = 0; i < opt->checks.n; i++) {
		int passed;
		if (hk_check_eval(opt->checks.v[i], any_key, NULL, &passed, NULL, 0, &e) != HK_OK)
			hk_exit_err(NULL, &e);
	}
	memset(j, 0, sizeof *j);
	j->opt = opt;
	j->lang_zh = opt->lang ? !strcmp(opt->lang, "zh") : input_chinese;
	if (opt->output && strcmp(opt->output, "-") != 0)
		for (i = 0; inputs && i < ninputs; i++)
			if (inputs[i] && strcmp(inputs[i], "-") && same_file(inputs[i], opt->output))
				hk_die(HK_EXIT_INPUT, "-o %s would overwrite the input %s: expected a "
				       "different output file", opt->output, inputs[i]);
	oo.csv_enc = opt->csv_enc;
	oo.lang_zh = j->lang_zh;
	if (hk_out_open(&j->out, opt->output, &oo, &e) != HK_OK)
		hk_exit_err(NULL, &e);
}

/* ---- writing: never prints, never exits --------------------------------- */

hk_status hk_job_fail(hk_job *j, const hk_err *e)
{
	if (j->err.code == HK_OK) {
		j->err = *e;
		if (j->err.code == HK_OK)
			j->err.code = HK_EIO;
		j->err_rows = j->sum.n;
	}
	return j->err.code;
}

hk_status hk_job_table(hk_job *j, const char *name_zh, const char *name_en,
		       const hk_col *cols, size_t ncols)
{
	hk_err e;
	if (j->err.code != HK_OK)
		return j->err.code;
	if (hk_out_table(j->out, name_zh, name_en, cols, ncols, !j->opt->summary, &e) != HK_OK)
		return hk_job_fail(j, &e);
	return HK_OK;
}

hk_status hk_job_extra(hk_job *j, const char *name_zh, const char *name_en,
		       const hk_col *cols, size_t ncols)
{
	hk_err e;
	if (j->err.code != HK_OK)
		return j->err.code;
	if (hk_out_table(j->out, name_zh, name_en, cols, ncols, 0, &e) != HK_OK)
		return hk_job_fail(j, &e);
	return HK_OK;
}

hk_status hk_job_row(hk_job *j, const hk_cell *cells)
{
	hk_err e;
	if (j->err.code != HK_OK)
		return j->err.code;
	if (hk_out_row(j->out, cells, &e) != HK_OK)
		return hk_job_fail(j, &e);
	return HK_OK;
}

void hk_job_warn(hk_job *j, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	hk_sum_warn(&j->sum, "%s", buf);
}

/* ---- ending: cmd/ only -------------------------------------------------- */

/* the warning rows from j->warned up to row `to`, to stderr */
static void show_warnings(hk_job *j, size_t to)
{
	for (; j->warned < to && j->warned < j->sum.n; j->warned++)
		if (!strncmp(j->sum.rows[j->warned].key, "warning_", 8))
			hk_warn("%s", j->sum.rows[j->warned].text);
}

void hk_job_abort(hk_job *j)
{
	show_warnings(j, j->err.code != HK_OK ? j->err_rows : j->sum.n);
	if (j->out)
		hk_out_abort(j->out);
	j->out = NULL;
	hk_sum_free(&j->sum);
}

int hk_run_checks(const hk_summary *s, const hk_strlist *rules, hk_err *err)
{
	return hk_run_checks_fn(rules, hk_sum_lookup, (void *)s, err);
}

int hk_run_checks_fn(const hk_strlist *rules, hk_lookup_fn fn, void *ctx, hk_err *err)
{
	size_t i;
	int rc = 0;
	for (i = 0; i < rules->n; i++) {
		int passed = 0;
		char why[1024];
		if (hk_check_eval(rules->v[i], fn, ctx, &passed, why, sizeof why, err) != HK_OK)
			return 2;
		if (!passed) {
			fprintf(stderr, "%s: check failed: %s: %s\n", hk_prog, rules->v[i], why);
			rc = 1;
		}
	}
	return rc;
}

int hk_job_end(hk_job *j)
{
	hk_err e;
	int rc;
	if (j->err.code != HK_OK)
		hk_exit_err(j, &j->err);
	show_warnings(j, j->sum.n);
	if (hk_sum_write(&j->sum, j->out, j->lang_zh, j->opt->summary, &e) != HK_OK)
		hk_exit_err(j, &e);
	rc = hk_run_checks(&j->sum, &j->opt->checks, &e);
	if (rc == 2)
		hk_exit_err(j, &e);
	if (hk_out_close(j->out, &e) != HK_OK) {
		j->out = NULL;
		hk_exit_err(j, &e);
	}
	j->out = NULL;
	hk_sum_free(&j->sum);
	return rc;
}
