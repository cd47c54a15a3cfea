/* gbk.c - UTF-8 to GBK through the reader's decoder turned round (see gbk.h). */
#include "gbk.h"

#include <string.h>

#include "platform.h"
#include "text.h"

/* code point (BMP) -> GBK code, 0 = none; built at the first use */
static unsigned short to_gbk[0x10000];
static int built; /* 0 not yet, 1 built, -1 no decoder */

/* Two-byte codes GB 18030-2005 maps to standard characters where code
 * page 936 has none or a private-use one (found by decoding every
 * two-byte code with glibc's GB18030 and Python's gbk = cp936 codec: these
 * 92 differ, and the PUA; tests/unit/test_gbk.c checks the rest against
 * glibc's GBK encoder). */
static int not_cp936(unsigned c)
{
	return c == 0xA2E3 || c == 0xA8BC || c == 0xA8BF || (c >= 0xA6D9 && c <= 0xA6DF) || c == 0xA6EC ||
	       c == 0xA6ED || c == 0xA6F3 || (c >= 0xA989 && c <= 0xA995) || (c >= 0xFE50 && c <= 0xFEA0);
}

static void build(void)
{
	hk_conv *cv = hk_conv_open("GB18030");
	unsigned lead, trail;
	if (!cv) {
		built = -1;
		return;
	}
	/* GBK two-byte codes: lead 81-FE, trail 40-7E and 80-FE (GB 18030-2005 §6.3.2) */
	for (lead = 0x81; lead <= 0xFE; lead++)
		for (trail = 0x40; trail <= 0xFE; trail++) {
			char in[2], out[8], *ip = in, *op = out;
			size_t il = 2, ol = sizeof out;
			unsigned u, code = lead << 8 | trail;
			if (trail == 0x7F || not_cp936(code))
				continue;
			in[0] = (char)lead;
			in[1] = (char)trail;
			if (hk_conv_run(cv, &ip, &il, &op, &ol) != 0 || il != 0)
				continue;
			if (hk_utf8_decode((const unsigned char *)out, sizeof out - ol, &u) != (int)(sizeof out - ol))
				continue;
			if (u < 0x80 || u > 0xFFFF || (u >= 0xE000 && u <= 0xF8FF) || to_gbk[u])
				continue; /* ASCII stays one byte; PUA: no agreed glyph */
			to_gbk[u] = (unsigned short)code;
		}
	hk_conv_close(cv);
	built = 1;
}

unsigned hk_gbk_code(unsigned long u)
{
	if (u < 0x80)
		return (unsigned)u;
	if (!built)
		build();
	return u <= 0xFFFF ? to_gbk[u] : 0;
}

/* Characters GBK lacks that heatkit's own texts use (units, formulas, a
 * cited author), spelled in GBK the way an engineer reads the same: m² as
 * m2 (our column names' spelling), the minus signs as '-', µ as the Greek
 * μ GBK has, Çengel as Cengel.  NULL for any other character. */
static const char *plain_spelling(unsigned u)
{
	switch (u) {
	case 0x00B2: return "2";     /* ² */
	case 0x00B3: return "3";     /* ³ */
	case 0x2212: return "-";     /* − minus sign */
	case 0x207B: return "-";     /* ⁻ superscript minus */
	case 0x2194: return "<->";   /* ↔ */
	case 0x00B5: return "\xA6\xCC"; /* µ micro sign: GBK's μ (U+03BC) */
	case 0x00C7: return "C";     /* Ç */
	case 0x00E7: return "c";     /* ç */
	default: return NULL;
	}
}

int hk_gbk_encode(const char *s, char *out, size_t cap, size_t *outlen, unsigned long *bad,
		  size_t *badoff)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = strlen(s), i = 0, o = 0;
	if (!built)
		build();
	if (built < 0)
		return -2;
	while (i < n) {
		unsigned u, code;
		int len = hk_utf8_decode(p + i, n - i, &u);
		if (len == 0) {
			*bad = 0xFFFD;
			*badoff = i;
			return 1;
		}
		const char *plain = plain_spelling(u);
		if (plain) {
			size_t k = strlen(plain);
			if (o + k > cap)
				return -1;
			memcpy(out + o, plain, k);
			o += k;
			i += (size_t)len;
			continue;
		}
		if ((code = hk_gbk_code(u)) == 0) {
			*bad = u;
			*badoff = i;
			return 1;
		}
		if (o + 2 > cap)
			return -1;
		if (code > 0xFF)
			out[o++] = (char)(code >> 8);
		out[o++] = (char)(code & 0xFF);
		i += (size_t)len;
	}
	*outlen = o;
	return 0;
}
