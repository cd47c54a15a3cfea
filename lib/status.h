/*
 * status.h - the one way lib/ reports failure.
 *
 * lib/ modules never print and never exit.  A function that can fail
 * returns an hk_status and, when given a non-NULL hk_err, fills it with a
 * message (and, for input errors, the record line and field column).  A
 * caller that knows more passes the same error up with hk_err_prefix
 * (what it was doing: "building 3", "--group") or hk_err_locate (where:
 * the file and line it read the value from), never by formatting the
 * message into a new one.  The command layer reports it; see diag.h.
 *
 * Codes and their strings come from one X-macro, so they cannot drift.
 */
#ifndef HK_STATUS_H
#define HK_STATUS_H

#include <stddef.h>

#define HK_STATUS_LIST(X)                                         \
	X(HK_OK,        "ok")                                     \
	X(HK_EINVAL,    "invalid value")                          \
	X(HK_ERANGE,    "value out of range")                     \
	X(HK_ENOMEM,    "out of memory")                          \
	X(HK_EIO,       "input/output error")                     \
	X(HK_EPARSE,    "malformed input")                        \
	X(HK_ENOTFOUND, "not found")                              \
	X(HK_ENOSOL,    "no solution within the limits")

typedef enum {
#define HK_X_ENUM(code, text) code,
	HK_STATUS_LIST(HK_X_ENUM)
#undef HK_X_ENUM
	HK_STATUS_COUNT
} hk_status;

/* Where an input error is: the file, the line the record starts on
 * (1-based; 0 = not tied to a line) and the field (1-based; 0 = whole
 * line).  what = "what is wrong (value): what was expected". */
typedef struct hk_err {
	hk_status code;
	char file[256];
	long line;
	int col;
	long item;      /* 1-based index of the element of an array argument
			   the error is about (step, period), 0 = none: the
			   caller that read the array maps it to file:line */
	long item2;     /* the other element when it is about a pair (two
			   overlapping boreholes), 0 = none; set after
			   hk_fail_item, which clears it */
	char what[1024];
} hk_err;

const char *hk_strstatus(hk_status s);

/* Fill err (if not NULL) with code and a printf-style message; return code,
 * so that `return hk_fail(err, HK_EINVAL, "...")` reads as one step. */
hk_status hk_fail(hk_err *err, hk_status code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Same, with a location (line of the record, 1-based field column). */
hk_status hk_fail_at(hk_err *err, hk_status code, const char *file, long line,
		     int col, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* Same as hk_fail, naming the element (1-based) of an array argument the
 * error is about, for the caller that read the array to locate (err->item). */
hk_status hk_fail_item(hk_err *err, hk_status code, long item, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/* Pass an error up with context: err->what becomes "CONTEXT: what" (the
 * context printf-style), its location (file, line, column, item) kept and
 * its code set to code.  Returns code; does nothing but return it when err
 * is NULL, so `return hk_err_prefix(err, st, "building %zu", i + 1)` is one
 * step after a callee filled err. */
hk_status hk_err_prefix(hk_err *err, hk_status code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Place an error: the file (when err has none), the line and column (when
 * err has none, and line > 0 / col > 0) of the input the failing value came
 * from; message kept, code set to code.  Returns code (err may be NULL). */
hk_status hk_err_locate(hk_err *err, hk_status code, const char *file, long line, int col);

#endif
