/*
 * fuzz_header.c - libFuzzer harness: one header line against every kind
 * of table (lib/columns.c) through hk_reader_bind: header folding, alias
 * and unit matching (PCRE2), duplicate and missing columns.  The input is
 * taken as one header row followed by one data row of ones.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *buf;
	size_t k, n = 0;
	if (size > 4096 || memchr(data, '\n', size) || memchr(data, '\r', size))
		return 0;
	if (!(buf = malloc(size + 16)))
		return 0;
	memcpy(buf, data, size);
	memcpy(buf + size, "\n1\n", 4); /* and the NUL */
	n = size + 3;
	for (k = 0; hk_table_kinds[k]; k++) {
		hk_reader *r;
		hk_err e;
		char f[512];
		if (hk_reader_open_mem(&r, "h.csv", buf, n, NULL, &e) != HK_OK)
			continue;
		if (hk_reader_bind_kind(r, hk_table_kinds[k], &e) == HK_OK) {
			size_t i;
			double v;
			for (i = 0; i < hk_table_kinds[k]->ncols; i++)
				if (hk_reader_has(r, i) && hk_reader_col(r, i) >= (long)hk_reader_ncols(r))
					abort(); /* bound to a column that does not exist */
			if (hk_reader_next(r, &e) > 0)
				for (i = 0; i < hk_table_kinds[k]->ncols; i++)
					(void)hk_reader_num(r, i, &v, &e);
		}
		hk_reader_close(r);
		hk_header_fold(buf, f, sizeof f);
	}
	free(buf);
	return 0;
}
