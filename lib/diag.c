/* diag.c - the command layer's messages and its one exit (see diag.h). */
#include "diag.h"

#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "job.h"

const char *hk_prog = "heatkit";

void hk_set_prog(const char *cmd)
{
	static char prog[64];
	if (!cmd) {
		hk_prog = "heatkit";
		return;
	}
	snprintf(prog, sizeof prog, "heatkit %s", cmd);
	hk_prog = prog;
}

/* file:line:col: error: what    (or "prog: error: what" without a file) */
static void print_err(const hk_err *e)
{
	fflush(stdout);
	if (e->file[0] && e->line > 0)
		fprintf(stderr, "%s:%ld:%d: error: %s\n", e->file, e->line,
			e->col > 0 ? e->col : 1, e->what);
	else if (e->file[0])
		fprintf(stderr, "%s: error: %s\n", e->file, e->what);
	else
		fprintf(stderr, "%s: error: %s\n", hk_prog, e->what);
}

/* the command's free function (hk_exit_free) */
static void (*exit_free_fn)(void *);
static void *exit_free_arg;

void hk_exit_free(void (*free_fn)(void *), void *arg)
{
	exit_free_fn = free_fn;
	exit_free_arg = free_fn ? arg : NULL;
}

void hk_exit_err(struct hk_job *job, const hk_err *e)
{
	hk_err copy = *e; /* e may live in the job or the run that are torn down */
	void (*free_fn)(void *) = exit_free_fn;
	if (job)
		hk_job_abort(job);
	exit_free_fn = NULL;
	if (free_fn)
		free_fn(exit_free_arg);
	print_err(&copy);
	exit(HK_EXIT_INPUT);
}

void hk_die(int code, const char *fmt, ...)
{
	hk_err e;
	va_list ap;
	assert(code == HK_EXIT_INPUT);
	(void)code;
	memset(&e, 0, sizeof e);
	e.code = HK_EINVAL;
	va_start(ap, fmt);
	vsnprintf(e.what, sizeof e.what, fmt, ap);
	va_end(ap);
	hk_exit_err(NULL, &e);
}

void hk_warn(const char *fmt, ...)
{
	va_list ap;
	fflush(stdout);
	fprintf(stderr, "%s: warning: ", hk_prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
