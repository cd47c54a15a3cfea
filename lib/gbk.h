/*
 * gbk.h - UTF-8 text encoded as GBK (code page 936), the encoding Excel on
 * Chinese Windows opens a CSV file in (issue 19: --csv-encoding gbk).
 *
 * The table is the reader's own decoder turned round (hk_conv "GB18030",
 * platform.h): every two-byte GBK code is decoded once, at the first use,
 * and the character it gives maps back to it.  So whatever heatkit writes
 * in GBK its reader reads back as the same text, on Linux (glibc iconv) as
 * on Windows (MultiByteToWideChar).  Left out: codes that decode to the
 * private use area (user-defined, no agreed glyph) and the two-byte codes
 * GB 18030-2005 gives characters that code page 936 does not (A2E3 €,
 * A6D9-A6F3 vertical forms, A8BC ḿ, A8BF ǹ, A989-A995, FE50-FEA0), which
 * Excel would show as something else.
 * GBK has no four-byte sequences: a character outside the table is not in
 * GBK, except the few heatkit's own texts use, spelled plainly (m² as m2,
 * − as -; hk_gbk_encode).
 */
#ifndef HK_GBK_H
#define HK_GBK_H

#include <stddef.h>

/* s (NUL-terminated UTF-8) as GBK into out (cap bytes): 0 with *outlen
 * set; 1 when a character is not in GBK (*bad its code point, *badoff its
 * byte offset in s) or s is no UTF-8 (*bad = 0xFFFD); -1 when out is too
 * small; -2 when the table cannot be built (no GB18030 decoder).  What
 * GBK lacks and the summaries' units, formulas and sources use is spelled
 * plainly: ² ³ as 2 3 (m² as m2, our column names' spelling), − ⁻ as -,
 * ↔ as <->, µ as μ, Ç ç as C c (Çengel). */
int hk_gbk_encode(const char *s, char *out, size_t cap, size_t *outlen, unsigned long *bad,
		  size_t *badoff);

/* The GBK code of code point u (0x8140..0xFEFE; u < 0x80: u itself), 0
 * when GBK has none (the fallbacks above are not applied). */
unsigned hk_gbk_code(unsigned long u);

#endif
