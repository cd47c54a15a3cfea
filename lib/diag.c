/* diag.c - messages to stderr and exits (see diag.h). */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

const char *hk_prog = "heatkit";

void hk_print_err(const hk_err *e)
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

static void vsay(const char *kind, const char *fmt, va_list ap)
{
	fflush(stdout);
	fprintf(stderr, "%s: %s: ", hk_prog, kind);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void hk_warn(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay("warning", fmt, ap);
	va_end(ap);
}

int hk_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay("error", fmt, ap);
	va_end(ap);
	return -1;
}

void hk_die(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsay("error", fmt, ap);
	va_end(ap);
	exit(code);
}

void hk_die_err(const hk_err *e)
{
	hk_print_err(e);
	exit(HK_EXIT_INPUT);
}
