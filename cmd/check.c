/*
 * check.c - heatkit check: design-rule gates on a summary file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <math.h>

#include "check.h"
#include "cmds.h"
#include "columns.h"
#include "diag.h"
#include "job.h"
#include "table.h"

static const char *const usage[] = {"SUMMARY.csv RULE...", NULL};
static const char *const examples[] = {
	"gate a design in CI: exit 1 when the loads grew past what the plant was sized for",
	"heatkit check loads-summary.csv 'design_load_kw<=3000'",
	"several rules; each failure is named with its value",
	"heatkit check summary.csv 'units<=40 && cop_design>=2' '(volume_m3>=500 || stored_kwh>0)'",
	NULL, NULL};
static const hk_option options[] = {HK_OPT_END_};

const hk_cmdinfo info_check = {
	.name = "check",
	.summary = "evaluate design rules on a summary (key,value) file; exit 1 when one fails",
	.usage = usage,
	.description =
		"Reads a summary written by any command's --summary (columns key and value; unit,\n"
		"label and source are ignored) and evaluates each RULE: comparisons\n"
		"(< <= > >= == !=) of summary keys and numbers, joined by && and ||, with\n"
		"parentheses and !.  Every failed comparison is printed with its actual value.",
	.input = "  SUMMARY.csv  key,value[,unit,label,source] (\"-\" = standard input)",
	.output = "  nothing on success; failed rules on standard error",
	.examples = examples,
	.options = options,
	.flags = HK_CMD_NO_COMMON,
};

/* The keys the rules name, sorted: only their rows are kept, so a large
 * summary costs its reading time, not memory (issue 18). */
typedef struct keyset {
	struct key { char *name; int kept; long line; } *v;
	size_t n, cap;
	int fail;
} keyset;

static void add_key(void *ctx, const char *key, size_t len)
{
	keyset *k = ctx;
	if (k->n == k->cap) {
		size_t nc = k->cap ? 2 * k->cap : 16;
		struct key *nv = realloc(k->v, nc * sizeof *nv);
		if (!nv) {
			k->fail = 1;
			return;
		}
		k->v = nv;
		k->cap = nc;
	}
	if (!(k->v[k->n].name = strndup(key, len)))
		k->fail = 1;
	else
		k->v[k->n].line = 0, k->v[k->n++].kept = 0;
}

static int cmp_key(const void *a, const void *b)
{
	return strcmp(((const struct key *)a)->name, ((const struct key *)b)->name);
}

/* 1 when key is named by a rule and not kept yet (its first row wins, as
 * hk_sum_get's does); the row's line is kept with it */
static int wanted(keyset *k, const char *key, long line)
{
	struct key want = {(char *)key, 0, 0}, *hit;
	hit = k->n ? bsearch(&want, k->v, k->n, sizeof *k->v, cmp_key) : NULL;
	if (!hit || hit->kept)
		return 0;
	while (hit > k->v && !strcmp(hit[-1].name, key))
		hit--;
	for (; hit < k->v + k->n && !strcmp(hit->name, key); hit++)
		hit->kept = 1, hit->line = line;
	return 1;
}

/* a rule's key looked up in the summary read; a key whose value is text
 * leaves its line behind, so the error points at the row (issue 18) */
struct lookup {
	hk_summary *s;
	keyset *k;
	long line;
};

static int lookup_key(void *ctx, const char *key, double *v)
{
	struct lookup *l = ctx;
	int r = hk_sum_lookup(l->s, key, v);
	struct key want = {(char *)key, 0, 0}, *hit;
	if (r < 0 && l->line == 0 && l->k->n &&
	    (hit = bsearch(&want, l->k->v, l->k->n, sizeof *l->k->v, cmp_key)))
		l->line = hit->line;
	return r;
}

/* A summary's value as a number: hk_parse_number's forms and the inf a
 * command prints for "never" (econ's payback), so that a rule on it
 * fails here exactly as it does under the command's own --check. */
static int sum_number(const char *val, double *v)
{
	if (hk_parse_number(val, v, NULL) == HK_OK)
		return 1;
	if (!strcasecmp(val, "inf") || !strcasecmp(val, "+inf") || !strcasecmp(val, "-inf")) {
		*v = val[0] == '-' ? -HUGE_VAL : HUGE_VAL;
		return 1;
	}
	return 0;
}

int cmd_check(int argc, char **argv)
{
	hk_common common;
	char **args;
	int n = hk_parse_options(argc, argv, &info_check, &common, &args);
	hk_reader *r;
	hk_err e;
	hk_summary s = {0};
	hk_strlist rules = {0};
	keyset keys = {0};
	struct lookup look = {&s, &keys, 0};
	char file[256];
	int rc, vcol;
	if (n < 2) {
		free(args);
		hk_die(HK_EXIT_INPUT, "expected a summary file and at least one rule "
		       "(usage: heatkit check SUMMARY.csv RULE...)");
	}
	for (int i = 1; i < n; i++)
		hk_check_keys(args[i], add_key, &keys);
	if (keys.fail)
		hk_die(HK_EXIT_INPUT, "out of memory");
	if (keys.n)
		qsort(keys.v, keys.n, sizeof *keys.v, cmp_key);
	if (hk_reader_open(&r, args[0], NULL, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_summary, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	snprintf(file, sizeof file, "%s", hk_reader_name(r));
	vcol = (int)hk_reader_col(r, HK_SUM_VALUE) + 1;
	while ((rc = hk_reader_next(r, &e)) > 0) {
		double v;
		const char *key = hk_reader_text(r, HK_SUM_KEY), *val = hk_reader_text(r, HK_SUM_VALUE);
		if (!wanted(&keys, key, hk_reader_line(r)))
			continue;
		if ((sum_number(val, &v) ? hk_sum_num(&s, key, v, NULL, -1, NULL, NULL, NULL)
		     : hk_sum_text(&s, key, val, NULL, NULL, NULL)) != HK_OK)
			hk_die(HK_EXIT_INPUT, "out of memory");
	}
	if (rc < 0)
		hk_exit_err(NULL, &e);
	hk_reader_close(r);
	rules.v = (const char **)(args + 1);
	rules.n = (size_t)(n - 1);
	rc = hk_run_checks_fn(&rules, lookup_key, &look, &e);
	if (rc == 2 && look.line > 0)
		hk_err_locate(&e, e.code, file, look.line, vcol);
	for (size_t i = 0; i < keys.n; i++)
		free(keys.v[i].name);
	free(keys.v);
	hk_sum_free(&s);
	hk_strlist_free(&common.checks);
	free(args);
	if (rc == 2) /* a rule that is malformed or names a key the summary lacks */
		hk_exit_err(NULL, &e);
	return rc;
}
