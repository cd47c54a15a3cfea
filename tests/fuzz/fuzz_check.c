/*
 * fuzz_check.c - libFuzzer harness: the --check / heatkit check rule
 * parser and evaluator (lib/check.c) and hk_check_keys.  Keys starting
 * with "t" hold text, "u" are unknown, the rest hold their length.  Any
 * rule ends with a verdict or an error: no stack overflow (nesting is
 * bounded), no read past the rule, the failure text always terminated.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int lookup(void *ctx, const char *key, double *v)
{
	(void)ctx;
	if (key[0] == 't')
		return -1;
	if (key[0] == 'u')
		return 0;
	*v = (double)strlen(key);
	return 1;
}

static void count(void *ctx, const char *key, size_t len)
{
	(void)key;
	*(size_t *)ctx += len;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), why[256];
	size_t total = 0;
	int passed = -1;
	hk_err e;
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	hk_check_keys(s, count, &total);
	if (total > size)
		abort();
	if (hk_check_eval(s, lookup, NULL, &passed, why, sizeof why, &e) == HK_OK) {
		if (passed != 0 && passed != 1)
			abort();
		if (!memchr(why, '\0', sizeof why))
			abort();
	}
	free(s);
	return 0;
}
