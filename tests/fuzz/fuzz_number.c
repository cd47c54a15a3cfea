/*
 * fuzz_number.c - libFuzzer harness: hk_parse_number (lib/units.c), the
 * parser of every number a user writes ("1,234.5", "75%", "+12",
 * full-width digits).  Properties: it never
 * reads past the string, and what it accepts is finite (a 1e309 or a nan
 * must be refused, never become a silent infinity).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "units.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);
	double v;
	int pct;
	if (!s)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (hk_parse_number(s, &v, &pct) == HK_OK && !isfinite(v))
		abort();
	free(s);
	return 0;
}
