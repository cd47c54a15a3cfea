/* test_check.c - --check expressions, data-driven. */
#include <string.h>

#include "check.h"
#include "unit.h"

static int lookup(void *ctx, const char *key, double *v)
{
	(void)ctx;
	if (!strcmp(key, "units")) { *v = 34; return 1; }
	if (!strcmp(key, "payback_years")) { *v = 5.61; return 1; }
	if (!strcmp(key, "cop")) { *v = 2.0; return 1; }
	if (!strcmp(key, "model")) return -1;
	return 0;
}

static const struct {
	const char *expr;
	hk_status st;
	int passed;
	const char *why;
} cases[] = {
	{"units<=40", HK_OK, 1, ""},
	{"units < 34", HK_OK, 0, "units < 34 (units = 34)"},
	{"units==34 && cop>=2", HK_OK, 1, ""},
	{"cop == 2.0000000001", HK_OK, 1, ""},
	{"payback_years<=5 || units>40", HK_OK, 0,
	 "payback_years <= 5 (payback_years = 5.61); units > 40 (units = 34)"},
	{"payback_years<=5 || units<40", HK_OK, 1, ""},
	{"!(units>40) && (cop>1 || cop<0)", HK_OK, 1, ""},
	{"units != 34", HK_OK, 0, "units != 34 (units = 34)"},
	{"-1 < cop", HK_OK, 1, ""},
	{"cop >= units", HK_OK, 0, "cop >= units (cop = 2, units = 34)"},
	{"units<=", HK_EPARSE, 0, NULL},
	{"units 40", HK_EPARSE, 0, NULL},
	{"(units<40", HK_EPARSE, 0, NULL},
	{"units<40 garbage", HK_EPARSE, 0, NULL},
	{"", HK_EPARSE, 0, NULL},
	{"unitz<40", HK_ENOTFOUND, 0, NULL},
	{"model==1", HK_EINVAL, 0, NULL},
};

int main(void)
{
	size_t i;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int passed = -1;
		char why[512], what[256];
		hk_err e;
		hk_status s = hk_check_eval(cases[i].expr, lookup, NULL, &passed, why, sizeof why, &e);
		snprintf(what, sizeof what, "check \"%s\" status", cases[i].expr);
		UNIT_EQ_INT(s, cases[i].st, what);
		if (cases[i].st == HK_OK) {
			snprintf(what, sizeof what, "check \"%s\" result", cases[i].expr);
			UNIT_EQ_INT(passed, cases[i].passed, what);
			snprintf(what, sizeof what, "check \"%s\" names the failures", cases[i].expr);
			UNIT_EQ_STR(why, cases[i].why, what);
		}
	}
	return unit_done();
}
