/*
 * check.c - heatkit check: design-rule gates on a summary file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

int cmd_check(int argc, char **argv)
{
	hk_common common;
	char **args;
	int n = hk_parse_options(argc, argv, &info_check, &common, &args);
	hk_reader *r;
	hk_err e;
	hk_summary s = {0};
	hk_strlist rules = {0};
	int rc;
	if (n < 2) {
		free(args);
		hk_die(HK_EXIT_INPUT, "expected a summary file and at least one rule "
		       "(usage: heatkit check SUMMARY.csv RULE...)");
	}
	if (hk_reader_open(&r, args[0], NULL, &e) != HK_OK ||
	    hk_reader_bind_kind(r, &hk_tk_summary, &e) != HK_OK)
		hk_exit_err(NULL, &e);
	while ((rc = hk_reader_next(r, &e)) > 0) {
		double v;
		const char *key = hk_reader_text(r, HK_SUM_KEY), *val = hk_reader_text(r, HK_SUM_VALUE);
		if (hk_parse_number(val, &v, NULL) == HK_OK)
			hk_sum_num(&s, key, v, NULL, -1, NULL, NULL, NULL);
		else
			hk_sum_text(&s, key, val, NULL, NULL, NULL);
	}
	if (rc < 0)
		hk_exit_err(NULL, &e);
	hk_reader_close(r);
	rules.v = (const char **)(args + 1);
	rules.n = (size_t)(n - 1);
	rc = hk_run_checks(&s, &rules, &e);
	hk_sum_free(&s);
	hk_strlist_free(&common.checks);
	free(args);
	if (rc == 2) /* a rule that is malformed or names a key the summary lacks */
		hk_exit_err(NULL, &e);
	return rc;
}
