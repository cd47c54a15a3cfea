/*
 * fuzz_csv.c - libFuzzer harness: the CSV reader (lib/table.c) with its
 * encodings, then the header/unit matcher and the number parser on every
 * cell, for every kind of table heatkit reads (lib/columns.c).
 *
 * Input: byte 0 picks the kind (mod the number of kinds), byte 1 the
 * encoding (auto, utf-8, gbk, utf-16); the rest is the file.  Whatever the
 * bytes, the reader must end with rows or an error that names a line --
 * never a crash, a hang or a leak (ASan, UBSan, float-cast-overflow).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "table.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const enc[] = {NULL, "utf-8", "gbk", "utf-16"};
	size_t nkinds = 0, k, i, rows = 0;
	const hk_table_kind *kind;
	hk_reader *r;
	hk_err e;
	int rc;
	if (size < 2)
		return 0;
	while (hk_table_kinds[nkinds])
		nkinds++;
	kind = hk_table_kinds[data[0] % nkinds];
	if (hk_reader_open_mem(&r, "fuzz.csv", data + 2, size - 2, enc[data[1] % 4], &e) != HK_OK)
		return 0;
	if (hk_reader_bind_kind(r, kind, &e) == HK_OK) {
		while ((rc = hk_reader_next(r, &e)) > 0 && rows++ < 10000)
			for (k = 0; k < kind->ncols; k++) {
				double v;
				const char *t = hk_reader_text(r, k);
				if (t && strlen(t) > 1000000)
					abort(); /* a field longer than the 1 MB line bound */
				(void)hk_reader_num(r, k, &v, &e);
			}
		/* an error names where: the file and a line (0 only for I/O) */
		if (rc < 0 && e.what[0] == '\0')
			abort();
		for (i = 0; i < hk_reader_ncols(r); i++)
			(void)hk_reader_header(r, i);
	}
	hk_reader_close(r);
	return 0;
}
