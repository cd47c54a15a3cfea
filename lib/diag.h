/*
 * diag.h - the one way heatkit reports to the user (stderr).  Called from
 * cmd/ only; the rest of lib/ returns hk_status + hk_err instead.
 *
 * Exit codes (documented in heatkit(1)):
 *   0  success
 *   1  a --check rule failed
 *   2  bad input, bad usage, or an I/O error
 */
#ifndef HK_DIAG_H
#define HK_DIAG_H

#include <stdnoreturn.h>

#include "status.h"

enum { HK_EXIT_OK = 0, HK_EXIT_CHECK = 1, HK_EXIT_INPUT = 2 };

/* "heatkit" or "heatkit loadcalc": prefixes messages without a location. */
extern const char *hk_prog;

/* file:line:col: error: what    (or "prog: error: what" without a file) */
void hk_print_err(const hk_err *e);
/* prog: warning: ... */
void hk_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* prog: error: ...; returns -1 so `return hk_error(...)` reads well */
int hk_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* print and exit(code); pending output files are removed (output.h) */
noreturn void hk_die(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* print e and exit 2 */
noreturn void hk_die_err(const hk_err *e);

#endif
