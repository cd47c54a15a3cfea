/*
 * unit.h - the C unit-test harness (TAP-like output, one line per check).
 *
 * Each tests/unit/test_*.c has its own main() that calls checks and ends
 * with `return unit_done();`.  Checks that compare numbers take the
 * expected value from a named source (a worked example, a paper's table),
 * never from our own output, and a stated tolerance.
 *
 *   UNIT_NEAR(got, want, abs_tol, "what (source)")
 *   UNIT_REL(got, want, rel_tol, "what (source)")     rel_tol 0.005 = 0.5 %
 *   UNIT_TRUE(cond, "what")
 *   UNIT_EQ_INT(got, want, "what")
 *   UNIT_EQ_STR(got, want, "what")
 */
#ifndef HK_UNIT_H
#define HK_UNIT_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int unit_pass_, unit_fail_, unit_todo_;

static void unit_report_(int ok, const char *file, int line, const char *what,
			 const char *detail)
{
	if (ok) {
		unit_pass_++;
		printf("ok %d - %s\n", unit_pass_ + unit_fail_, what);
	} else {
		unit_fail_++;
		printf("not ok %d - %s\n#   %s:%d: %s\n", unit_pass_ + unit_fail_,
		       what, file, line, detail);
	}
}

static inline void unit_near_(double got, double want, double tol, int rel,
			      const char *file, int line, const char *what)
{
	char d[256];
	double lim = rel ? fabs(want) * tol : tol;
	int ok = isfinite(got) && fabs(got - want) <= lim;
	snprintf(d, sizeof d, "got %.10g, want %.10g (%s tol %g)", got, want,
		 rel ? "rel" : "abs", tol);
	unit_report_(ok, file, line, what, d);
}

/* A known failure, kept at the tolerance it must meet (TAP "# TODO"):
 * it runs and prints its numbers, the runner counts it apart, and when it
 * starts passing it says so, so that the marker is taken off. */
static inline void unit_rel_todo_(double got, double want, double tol, const char *file,
				  int line, const char *what, const char *why)
{
	int ok = isfinite(got) && fabs(got - want) <= fabs(want) * tol;
	unit_todo_++;
	printf("%s %d - %s # TODO %s\n", ok ? "ok" : "not ok", unit_pass_ + unit_fail_ + unit_todo_,
	       what, why);
	printf("#   %s:%d: got %.10g, want %.10g (rel tol %g)%s\n", file, line, got, want, tol,
	       ok ? ": passes now, take the TODO off" : "");
}
#define UNIT_REL_TODO(g, w, t, what, why) unit_rel_todo_((g), (w), (t), __FILE__, __LINE__, (what), (why))

#define UNIT_NEAR(g, w, t, what) unit_near_((g), (w), (t), 0, __FILE__, __LINE__, (what))
#define UNIT_REL(g, w, t, what) unit_near_((g), (w), (t), 1, __FILE__, __LINE__, (what))
#define UNIT_TRUE(c, what) unit_report_(!!(c), __FILE__, __LINE__, (what), "condition false: " #c)
#define UNIT_EQ_INT(g, w, what)                                               \
	do {                                                                  \
		long long g_ = (g), w_ = (w);                                  \
		char d_[128];                                                 \
		snprintf(d_, sizeof d_, "got %lld, want %lld", g_, w_);       \
		unit_report_(g_ == w_, __FILE__, __LINE__, (what), d_);       \
	} while (0)
#define UNIT_EQ_STR(g, w, what)                                               \
	do {                                                                  \
		const char *g_ = (g), *w_ = (w);                              \
		char d_[512];                                                 \
		snprintf(d_, sizeof d_, "got \"%s\", want \"%s\"",            \
			 g_ ? g_ : "(null)", w_);                             \
		unit_report_(g_ && strcmp(g_, w_) == 0, __FILE__, __LINE__,   \
			     (what), d_);                                     \
	} while (0)

static inline int unit_done(void)
{
	printf("# %d passed, %d failed, %d known failures (TODO)\n", unit_pass_, unit_fail_, unit_todo_);
	return unit_fail_ ? 1 : 0;
}

#endif
