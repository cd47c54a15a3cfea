/*
 * progress.h - progress of long runs (a land search, an hourly sizing over
 * many years).  The core reports through an optional callback, how far
 * it is with what, and never prints; the command decides whether to show
 * it.  hk_progress_start/_end are that display: one line on standard
 * error, redrawn in place and cleared at the end, shown only when
 * standard error is a terminal.  Like diag.h they do I/O and are called
 * from cmd/ only.
 *
 * HEATKIT_PROGRESS=1 shows it whatever standard error is (for tests and
 * logs), HEATKIT_PROGRESS=0 never; unset (or anything else): only on a
 * terminal.  Standard output and output files never change with it.
 */
#ifndef HK_PROGRESS_H
#define HK_PROGRESS_H

#include <stddef.h>

/* done of total steps of what; total 0: the count is not known (done
 * counts the steps; done 0 too: what alone names the phase) */
typedef void hk_progress_fn(void *ctx, size_t done, size_t total, const char *what);

typedef struct hk_progress {
	hk_progress_fn *fn;
	void *ctx;
} hk_progress;

/* Report to p; p NULL (no one listening) costs a test. */
static inline void hk_progress_report(const hk_progress *p, size_t done, size_t total,
				      const char *what)
{
	if (p && p->fn)
		p->fn(p->ctx, done, total, what);
}

/* The display for command cmd ("borefield"), or NULL when it is not to be
 * shown (see above).  At most 10 redraws a second, and at each new what. */
const hk_progress *hk_progress_start(const char *cmd);
/* Clear the line (if anything was drawn); call before writing the output
 * or dying.  Safe to call when nothing was started. */
void hk_progress_end(void);

#endif
