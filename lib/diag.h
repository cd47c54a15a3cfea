/*
 * diag.h - the command layer's messages and its one exit.
 *
 * The error path, end to end:
 *
 *   lib/      a function that can fail returns hk_status and fills an
 *             hk_err (status.h); a caller adds what it knows on the way up
 *             with hk_err_prefix (what it was doing) or hk_err_locate
 *             (where the value came from).  lib/ never prints and never
 *             exits: tests/t/t0016-layers.sh fails the build if it does.
 *   command   cmd/ and the three lib/ files that belong to the command
 *   layer     line: diag.c (this), opt.c (argv, --help) and job.c (the
 *             output, the summary, --check, the exit code).  Only these
 *             print to standard error or exit.
 *   the end   a failed command ends in one function, hk_exit_err(job, err):
 *             the warnings not yet shown, then the error
 *             ("file:line:col: error: what", or "heatkit CMD: error:
 *             what" without a file), the pending output removed, exit 2.
 *             hk_die(HK_EXIT_INPUT, fmt, ...) is that same exit for the
 *             command layer's own checks (options that contradict each
 *             other): it builds an hk_err without a location and calls
 *             hk_exit_err(NULL, ...).  A command that owns memory names
 *             its free function once (hk_exit_free) instead of wrapping
 *             these.
 *
 * The other ways a command ends are not errors: hk_job_end returns 0, or
 * 1 when a --check rule failed, and main returns it; --help exits 0.
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

struct hk_job;

/* "heatkit" or "heatkit loadcalc": prefixes messages without a location. */
extern const char *hk_prog;
/* Name the running command (cmd NULL: heatkit alone) for hk_prog. */
void hk_set_prog(const char *cmd);

/* The end of a failed command: print the job's warnings not yet shown and
 * e, remove the job's pending output (job may be NULL: none open yet), exit
 * 2.  The only way a command stops on an error. */
noreturn void hk_exit_err(struct hk_job *job, const hk_err *e);

/* What the running command holds, for hk_exit_err to free before it exits
 * (the leak checker then sees every block freed, and no command keeps its
 * memory at file scope for it): free_fn(arg) once; free_fn NULL clears it,
 * as a command does when it has freed the memory itself. */
void hk_exit_free(void (*free_fn)(void *), void *arg);

/* hk_exit_err(NULL, e) with e = the message, no location.  code is
 * HK_EXIT_INPUT, the exit of every error (kept in the call so that it
 * reads as what it does). */
noreturn void hk_die(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* prog: warning: ... (a warning that is not a summary row: job.h prints those) */
void hk_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
