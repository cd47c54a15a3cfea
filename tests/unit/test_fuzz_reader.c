/* test_fuzz_reader.c - the table reader on 3000 mutated inputs: quotes,
 * delimiters, line ends, NUL and high bytes, BOMs, GBK fragments, long
 * fields.  Deterministic (fixed seed).  Asserts only what must hold for
 * any input: no crash (ASan/UBSan run this too), a status that is one of
 * the codes, and a located message on every failure.  Each input is read
 * from memory (hk_reader_open_mem): the reader past its first fread is the
 * same for a file, and 3000 writes of a temp file cost seconds of waiting. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "unit.h"

static unsigned long long rng = 0x9E3779B97F4A7C15ull;
static unsigned rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static const char *const seeds[] = {
	"name,area_m2,index_w_m2\nA,100,50\n\"B, c\",\"1,234.5\",60\n",
	"\xef\xbb\xbf建筑名称,建筑面积(万m²),热指标\r\n一号楼,1.2,45\r\n",
	"name,area\n\"multi\nline\",5\n# comment\n\n,,\nx,+７\n",
};
static const char *const inserts[] = {"\"", ",", "\n", "\r\n", "\r", "\0", "\xff", "\xc3", "\xef\xbb\xbf",
				      "\xd2\xbb", "#", " ", "%", "１", "\"\"", "\xe2\x88\x92"};

enum { C_NAME, C_AREA, C_N };
static const hk_colspec cols[C_N] = {
	{"name", "name|名称|建筑名称", HK_DIM_NONE, HK_REQUIRED, "name"},
	{"area_m2", "area|面积|建筑面积", HK_DIM_AREA, HK_REQUIRED | HK_POSITIVE, "area"},
};

int main(void)
{
	int i, bad = 0, located = 1;
	char buf[8192];
	for (i = 0; i < 3000; i++) {
		const char *s = seeds[rnd(3)];
		size_t n = strlen(s), k = 0, j, m = 1 + rnd(8);
		hk_reader *r;
		hk_err e;
		memcpy(buf, s, n);
		k = n;
		for (j = 0; j < m && k + 64 < sizeof buf; j++) {
			const char *ins = inserts[rnd(sizeof inserts / sizeof inserts[0])];
			size_t il = ins[0] ? strlen(ins) : 1, at = rnd((unsigned)k + 1);
			memmove(buf + at + il, buf + at, k - at);
			memcpy(buf + at, ins, il);
			k += il;
		}
		if (rnd(10) == 0) { /* a long field */
			size_t add = 3000 + rnd(2000);
			memset(buf + k, 'x', add < sizeof buf - k ? add : sizeof buf - k - 1);
			k += add < sizeof buf - k ? add : sizeof buf - k - 1;
		}
		memset(&e, 0, sizeof e);
		if (hk_reader_open_mem(&r, "fuzz.csv", buf, k, rnd(4) == 0 ? "gbk" : NULL, &e) == HK_OK) {
			hk_status st = hk_reader_bind(r, cols, C_N, &e);
			int rc = 0;
			while (st == HK_OK && (rc = hk_reader_next(r, &e)) > 0) {
				double v;
				hk_status ns = hk_reader_num(r, C_AREA, &v, &e);
				if (ns != HK_OK && (strcmp(e.file, "fuzz.csv") || e.line <= 0))
					located = 0;
			}
			if ((st != HK_OK || rc < 0) && (e.code <= HK_OK || e.code >= HK_STATUS_COUNT || !e.what[0]))
				bad++;
			hk_reader_close(r);
		} else if (e.code <= HK_OK || e.code >= HK_STATUS_COUNT || !e.what[0]) {
			bad++;
		}
	}
	UNIT_EQ_INT(bad, 0, "every failure on 3000 mutated inputs has a status and a message");
	UNIT_TRUE(located, "every bad number is located (the input's name and a line)");
	return unit_done();
}
