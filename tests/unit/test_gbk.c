/* test_gbk.c - lib/gbk.c, the GBK encoder of --csv-encoding gbk (issue 19):
 * every BMP character against glibc's own GBK encoder, the size of the
 * table against Python's cp936 codec, sample text against bytes Python
 * gave, and the refusals. */
#include <iconv.h>
#include <stdio.h>
#include <string.h>

#include "gbk.h"
#include "unit.h"

/* glibc's GBK code of code point u: 0 when it has none */
static unsigned glibc_gbk(iconv_t cd, unsigned u)
{
	char in[4], out[8], *ip = in, *op = out;
	size_t il = 4, ol = sizeof out;
	in[0] = (char)(u & 0xFF);
	in[1] = (char)(u >> 8 & 0xFF);
	in[2] = in[3] = 0;
	iconv(cd, NULL, NULL, NULL, NULL);
	if (iconv(cd, &ip, &il, &op, &ol) == (size_t)-1)
		return 0;
	if (ol == sizeof out - 1)
		return (unsigned char)out[0];
	return (unsigned)(unsigned char)out[0] << 8 | (unsigned char)out[1];
}

static void test_table(void)
{
	iconv_t cd = iconv_open("GBK", "UTF-32LE");
	unsigned u, ours = 0, differ = 0, only_glibc = 0, first = 0;
	UNIT_TRUE(cd != (iconv_t)-1, "glibc has GBK");
	for (u = 0x80; u <= 0xFFFF; u++) {
		unsigned c = hk_gbk_code(u), g;
		if (u >= 0xD800 && u <= 0xDFFF)
			continue;
		g = glibc_gbk(cd, u);
		if (c) {
			ours++;
			if (c != g && !differ++)
				first = u;
		} else if (g && !(u >= 0xE000 && u <= 0xF8FF)) {
			only_glibc++;
			if (u != 0x20AC && !differ++)
				first = u;
		}
	}
	iconv_close(cd);
	/* the two-byte codes Python's gbk (= cp936) codec decodes to one
	 * character outside the private use area:
	 * sum(1 for a in 0x81..0xFE for b in 40..7E,80..FE if decodes) */
	UNIT_EQ_INT((long)ours, 21791L, "characters with a two-byte GBK code (Python cp936: 21791)");
	if (differ)
		printf("# first difference from glibc GBK: U+%04X\n", first);
	UNIT_EQ_INT((long)differ, 0L, "each code the same as glibc's GBK encoder gives");
	/* glibc writes € as the single byte 0x80 (cp936's addition), which
	 * GB 18030 (heatkit's reader) refuses: the only one left out */
	UNIT_EQ_INT((long)only_glibc, 1L, "left out of glibc's GBK: only €");
}

static void test_encode(void)
{
	char out[64];
	size_t n = 0, off = 0;
	unsigned long bad = 0;
	/* "铜川 m2 -5 ℃ ΔT μ".encode("gbk") in Python: cdadb4a8 206d32 20 2d35 20 a1e6 20 a6a4 54 20 a6cc */
	static const unsigned char want[] = {0xcd, 0xad, 0xb4, 0xa8, 0x20, 0x6d, 0x32, 0x20, 0x2d, 0x35, 0x20,
					     0xa1, 0xe6, 0x20, 0xa6, 0xa4, 0x54, 0x20, 0xa6, 0xcc};
	int rc = hk_gbk_encode("铜川 m² −5 ℃ ΔT µ", out, sizeof out, &n, &bad, &off);
	UNIT_EQ_INT(rc, 0, "铜川 m² −5 ℃ ΔT µ encodes");
	UNIT_TRUE(n == sizeof want && !memcmp(out, want, n),
		  "as Python's gbk of 铜川 m2 -5 ℃ ΔT μ (² − µ spelled 2 - μ)");
	rc = hk_gbk_encode("1000 m³ ↔ 11628 kWh, Çengel", out, sizeof out, &n, &bad, &off);
	out[rc == 0 ? n : 0] = '\0';
	UNIT_EQ_STR(out, "1000 m3 <-> 11628 kWh, Cengel", "m³ ↔ Ç spelled m3 <-> C");
	UNIT_EQ_INT(hk_gbk_encode("A€", out, sizeof out, &n, &bad, &off), 1, "€ is not in GBK");
	UNIT_EQ_INT((long)bad, 0x20ACL, "the refused character is named: U+20AC");
	UNIT_EQ_INT((long)off, 1L, "at its byte offset");
	UNIT_EQ_INT(hk_gbk_encode("ab\xF0\xA0\x80\x80", out, sizeof out, &n, &bad, &off), 1,
		    "a character beyond the BMP (U+20000) is not in GBK");
	UNIT_EQ_INT((long)bad, 0x20000L, "U+20000 named");
	UNIT_EQ_INT(hk_gbk_encode("a\xC3", out, sizeof out, &n, &bad, &off), 1, "broken UTF-8 is refused");
	UNIT_EQ_INT((long)bad, 0xFFFDL, "as U+FFFD");
	UNIT_EQ_INT(hk_gbk_encode("铜川铜川", out, 5, &n, &bad, &off), -1, "too small an output buffer: -1");
	UNIT_EQ_INT((long)hk_gbk_code(0xA2E3), 0L, "nothing GB 18030 maps to the private use area");
	UNIT_EQ_INT((long)hk_gbk_code(0x01F9), 0L, "ǹ (A8BF in GB 18030, none in cp936) left out");
}

int main(void)
{
	test_table();
	test_encode();
	return unit_done();
}
