/* progress.c - the progress line on standard error (see progress.h). */
#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "platform.h"

/* the one display of the process: a command runs once */
static struct {
	hk_progress p;
	const char *cmd;
	int width;        /* columns the line may take */
	size_t shown;     /* characters on the line now (0: clear) */
	double last;      /* when it was drawn (s, monotonic) */
	char what[128];   /* what it showed */
} disp;

static double now_s(void)
{
	return hk_monotonic_s();
}

/* blank the line and return to its start */
static void blank(void)
{
	if (!disp.shown)
		return;
	fputc('\r', stderr);
	for (size_t i = 0; i < disp.shown; i++)
		fputc(' ', stderr);
	fputc('\r', stderr);
	disp.shown = 0;
}

static void draw(void *ctx, size_t done, size_t total, const char *what)
{
	char line[256];
	double t = now_s();
	int n;
	(void)ctx;
	/* a new phase is shown at once, the same one at most 10 times a second */
	if (disp.shown && t - disp.last < 0.1 && !strcmp(what, disp.what))
		return;
	if (total)
		n = snprintf(line, sizeof line, "heatkit %s: %s %zu/%zu (%.0f %%)", disp.cmd, what, done,
			     total, 100.0 * (double)done / (double)total);
	else if (done)
		n = snprintf(line, sizeof line, "heatkit %s: %s (step %zu)", disp.cmd, what, done);
	else
		n = snprintf(line, sizeof line, "heatkit %s: %s", disp.cmd, what);
	if (n < 0)
		return;
	size_t len = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
	if (len > (size_t)disp.width) /* a wrapped line could not be redrawn in place */
		len = (size_t)disp.width;
	fputc('\r', stderr);
	fwrite(line, 1, len, stderr);
	for (size_t i = len; i < disp.shown; i++) /* what is left of a longer line */
		fputc(' ', stderr);
	fflush(stderr);
	disp.shown = len;
	disp.last = t;
	snprintf(disp.what, sizeof disp.what, "%s", what);
}

const hk_progress *hk_progress_start(const char *cmd)
{
	const char *env = getenv("HEATKIT_PROGRESS");
	int cols = 80, tty = hk_stderr_tty(&cols);
	if (env && !strcmp(env, "0"))
		return NULL;
	if (!tty && !(env && !strcmp(env, "1")))
		return NULL;
	disp.width = cols - 1;
	disp.cmd = cmd;
	disp.shown = 0;
	disp.what[0] = '\0';
	disp.p = (hk_progress){draw, NULL};
	return &disp.p;
}

void hk_progress_end(void)
{
	blank();
	fflush(stderr);
}
