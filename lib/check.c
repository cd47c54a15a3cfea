/* check.c - a recursive-descent evaluator for --check (see check.h). */
#include "check.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "units.h"

struct ps {
	const char *src, *p;
	hk_lookup_fn fn;
	void *ctx;
	char *why;
	size_t whysz, whylen;
	hk_err *err;
	hk_status st;
	int depth;  /* '(' and '!' open: bounded, so no rule overflows the stack */
};

/* Deeper nesting than any design rule needs; each level is a few C frames. */
#define HK_CHECK_MAX_DEPTH 64

static void skip(struct ps *s)
{
	while (isspace((unsigned char)*s->p))
		s->p++;
}

/* A rule quoted in a message: its first 80 bytes, so that the column and
 * what was expected always fit the message after it */
#define CLIP(src) (strlen(src) > 80 ? 77 : (int)strlen(src)), (src), (strlen(src) > 80 ? "..." : "")

static int bad(struct ps *s, const char *what)
{
	if (s->st == HK_OK)
		s->st = hk_fail(s->err, HK_EPARSE,
				"malformed check (%.*s%s) at column %d: expected %s",
				CLIP(s->src), (int)(s->p - s->src) + 1, what);
	return 0;
}

/* operand: returns 1 and value, text form in name */
static int operand(struct ps *s, double *v, char *name, size_t nsz)
{
	const char *start;
	skip(s);
	start = s->p;
	if (isalpha((unsigned char)*s->p) || *s->p == '_') {
		int r;
		while (isalnum((unsigned char)*s->p) || *s->p == '_' || *s->p == '.')
			s->p++;
		/* a key cut to fit would be looked up as another key */
		if ((size_t)(s->p - start) >= nsz) {
			if (s->st == HK_OK)
				s->st = hk_fail(s->err, HK_EINVAL, "summary key of %d bytes (%.40s...) in check "
						"\"%.*s%s\": expected a key of at most %zu bytes", (int)(s->p - start),
						start, CLIP(s->src), nsz - 1);
			return 0;
		}
		snprintf(name, nsz, "%.*s", (int)(s->p - start), start);
		r = s->fn(s->ctx, name, v);
		if (r == 0 && s->st == HK_OK)
			s->st = hk_fail(s->err, HK_ENOTFOUND,
					"unknown summary key (%s) in check \"%.*s%s\": expected a key "
					"of the summary (see --summary)", name, CLIP(s->src));
		else if (r < 0 && s->st == HK_OK)
			s->st = hk_fail(s->err, HK_EINVAL,
					"summary key %s holds text, not a number, in check \"%.*s%s\": "
					"expected a key whose value is a number", name, CLIP(s->src));
		return r > 0;
	}
	if (isdigit((unsigned char)*s->p) || *s->p == '-' || *s->p == '+' || *s->p == '.') {
		char buf[64];
		size_t n;
		s->p++;
		while (isalnum((unsigned char)*s->p) || *s->p == '.' || *s->p == '%' ||
		       ((*s->p == '-' || *s->p == '+') && (s->p[-1] == 'e' || s->p[-1] == 'E')))
			s->p++;
		n = (size_t)(s->p - start);
		snprintf(buf, sizeof buf, "%.*s", (int)(n < 63 ? n : 63), start);
		if (hk_parse_number(buf, v, NULL) != HK_OK) {
			s->p = start;
			return bad(s, "a number");
		}
		name[0] = '\0';
		return 1;
	}
	return bad(s, "a summary key or a number");
}

static void note_fail(struct ps *s, const char *ln, double lv, const char *op,
		      const char *rn, double rv)
{
	char buf[256];
	int k;
	if (ln[0] && rn[0])
		k = snprintf(buf, sizeof buf, "%s %s %s (%s = %.6g, %s = %.6g)", ln, op, rn, ln, lv, rn, rv);
	else if (ln[0])
		k = snprintf(buf, sizeof buf, "%s %s %.6g (%s = %.6g)", ln, op, rv, ln, lv);
	else if (rn[0])
		k = snprintf(buf, sizeof buf, "%.6g %s %s (%s = %.6g)", lv, op, rn, rn, rv);
	else
		k = snprintf(buf, sizeof buf, "%.6g %s %.6g", lv, op, rv);
	if (k > 0 && s->why && s->whylen + (size_t)k + 3 < s->whysz) {
		if (s->whylen) {
			memcpy(s->why + s->whylen, "; ", 2);
			s->whylen += 2;
		}
		memcpy(s->why + s->whylen, buf, (size_t)k + 1);
		s->whylen += (size_t)k;
	}
}

static int expr(struct ps *s);

static int compare(struct ps *s)
{
	double a = 0, b = 0;
	char an[64], bn[64], op[3] = {0};
	int r;
	if (!operand(s, &a, an, sizeof an))
		return 0;
	skip(s);
	if (*s->p && strchr("<>=!", *s->p)) { /* strchr finds the NUL too */
		op[0] = *s->p++;
		if (*s->p == '=')
			op[1] = *s->p++;
	}
	if (!strcmp(op, "<")) r = 0;
	else if (!strcmp(op, "<=")) r = 1;
	else if (!strcmp(op, ">")) r = 2;
	else if (!strcmp(op, ">=")) r = 3;
	else if (!strcmp(op, "==")) r = 4;
	else if (!strcmp(op, "!=")) r = 5;
	else
		return bad(s, "a comparison (< <= > >= == !=)");
	if (!operand(s, &b, bn, sizeof bn))
		return 0;
	{
		double tol = 1e-9 * fmax(fabs(a), fabs(b));
		int ok = r == 0 ? a < b : r == 1 ? a <= b : r == 2 ? a > b : r == 3 ? a >= b
			 : r == 4 ? fabs(a - b) <= tol : fabs(a - b) > tol;
		if (!ok)
			note_fail(s, an, a, op, bn, b);
		return ok;
	}
}

static int unary(struct ps *s)
{
	int v;
	skip(s);
	if ((*s->p == '!' && s->p[1] != '=') || *s->p == '(') {
		if (s->depth >= HK_CHECK_MAX_DEPTH) {
			if (s->st == HK_OK)
				s->st = hk_fail(s->err, HK_EPARSE,
						"check nested too deeply (%.*s%s) at column %d: expected at most %d "
						"levels of '(' and '!'", CLIP(s->src), (int)(s->p - s->src) + 1,
						HK_CHECK_MAX_DEPTH);
			return 0;
		}
		s->depth++;
		if (*s->p++ == '!') {
			v = !unary(s);
		} else {
			v = expr(s);
			skip(s);
			if (*s->p != ')')
				v = bad(s, "')'");
			else
				s->p++;
		}
		s->depth--;
		return v;
	}
	return compare(s);
}

static int and_expr(struct ps *s)
{
	int v = unary(s);
	for (;;) {
		skip(s);
		if (s->p[0] == '&' && s->p[1] == '&') {
			s->p += 2;
			v = unary(s) && v; /* evaluate both: every failed rule is named */
		} else {
			return v;
		}
	}
}

static int expr(struct ps *s)
{
	int v = and_expr(s);
	for (;;) {
		skip(s);
		if (s->p[0] == '|' && s->p[1] == '|') {
			s->p += 2;
			v = and_expr(s) || v;
		} else {
			return v;
		}
	}
}

void hk_check_keys(const char *expr, void (*fn)(void *ctx, const char *key, size_t len), void *ctx)
{
	const char *p = expr;
	while (*p) {
		/* a key as operand() reads one; a number's exponent is not a key */
		if (isalpha((unsigned char)*p) || *p == '_') {
			const char *k = p;
			while (isalnum((unsigned char)*p) || *p == '_' || *p == '.')
				p++;
			fn(ctx, k, (size_t)(p - k));
		} else if (isdigit((unsigned char)*p) || *p == '.') {
			while (isalnum((unsigned char)*p) || *p == '.' || *p == '%' ||
			       ((*p == '-' || *p == '+') && (p[-1] == 'e' || p[-1] == 'E')))
				p++;
		} else {
			p++;
		}
	}
}

hk_status hk_check_eval(const char *src, hk_lookup_fn fn, void *ctx, int *passed,
			char *why, size_t whysz, hk_err *err)
{
	struct ps s = {src, src, fn, ctx, why, whysz, 0, err, HK_OK, 0};
	int v;
	if (why && whysz)
		why[0] = '\0';
	v = expr(&s);
	skip(&s);
	if (s.st == HK_OK && *s.p)
		bad(&s, "'&&', '||' or the end of the rule");
	if (s.st == HK_OK && s.p == s.src)
		bad(&s, "a rule such as units<=40");
	if (s.st != HK_OK)
		return s.st;
	*passed = v;
	if (v && why && whysz)
		why[0] = '\0';
	return HK_OK;
}
