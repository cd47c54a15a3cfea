/* text.c - UTF-8 helpers (see text.h). */
#include "text.h"

#include <stdlib.h>
#include <string.h>

int hk_utf8_decode(const unsigned char *s, size_t n, unsigned *cp)
{
	unsigned c;
	int len, i;
	if (n == 0)
		return 0;
	c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xC2 && c <= 0xDF) {
		len = 2; c &= 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3; c &= 0x0F;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4; c &= 0x07;
	} else {
		return 0;
	}
	if ((size_t)len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* reject overlong forms, surrogates and > U+10FFFF */
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10FFFF)) ||
	    (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return len;
}

size_t hk_utf8_valid_prefix(const unsigned char *s, size_t n, int allow_truncated_tail)
{
	size_t i = 0;
	while (i < n) {
		unsigned cp;
		int k;
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		k = hk_utf8_decode(s + i, n - i, &cp);
		if (k == 0) {
			if (allow_truncated_tail && n - i < 4) {
				/* a lead byte whose continuation is beyond the block */
				size_t j;
				unsigned c = s[i];
				size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
				int ok = need > n - i;
				for (j = i + 1; ok && j < n; j++)
					ok = (s[j] & 0xC0) == 0x80;
				if (ok)
					return n;
			}
			return i;
		}
		i += (size_t)k;
	}
	return n;
}

static size_t put_utf8(char *out, unsigned cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	} else if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

static unsigned fold_cp(unsigned cp)
{
	if (cp >= 0xFF01 && cp <= 0xFF5E)
		cp -= 0xFEE0; /* full-width ASCII forms */
	else if (cp == 0x3000)
		cp = ' ';
	else if (cp == 0x3010)
		cp = '['; /* 【 */
	else if (cp == 0x3011)
		cp = ']'; /* 】 */
	else if (cp == 0xB2)
		cp = '2';
	else if (cp == 0xB3)
		cp = '3';
	else if (cp == 0x2212 || cp == 0x2013)
		cp = '-';
	if (cp >= 'A' && cp <= 'Z')
		cp += 'a' - 'A';
	return cp;
}

void hk_fold(const char *in, char *out, size_t outsz, int drop_space)
{
	const unsigned char *s = (const unsigned char *)in;
	size_t n = strlen(in), i = 0, o = 0;
	if (outsz == 0)
		return;
	while (i < n) {
		unsigned cp;
		char buf[4];
		size_t k;
		int len = hk_utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			cp = 0xFFFD;
			len = 1;
		}
		i += (size_t)len;
		cp = fold_cp(cp);
		if (drop_space && (cp == ' ' || cp == '\t'))
			continue;
		k = put_utf8(buf, cp);
		if (o + k >= outsz)
			break;
		memcpy(out + o, buf, k);
		o += k;
	}
	out[o] = '\0';
}

static int is_wide(unsigned cp)
{
	return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
	       (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
	       (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
	       (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
}

size_t hk_display_width(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n = strlen(str), i = 0, w = 0;
	while (i < n) {
		unsigned cp;
		int len = hk_utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			len = 1;
			cp = '?';
		}
		i += (size_t)len;
		w += is_wide(cp) ? 2 : 1;
	}
	return w;
}

/* decode a whole string into code points; returns count (caller frees) */
static unsigned *to_cps(const char *str, size_t *count)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t n = strlen(str), i = 0, k = 0;
	unsigned *cps = malloc((n + 1) * sizeof *cps);
	if (!cps)
		return NULL;
	while (i < n) {
		unsigned cp;
		int len = hk_utf8_decode(s + i, n - i, &cp);
		if (len == 0) {
			len = 1;
			cp = s[i];
		}
		i += (size_t)len;
		cps[k++] = fold_cp(cp);
	}
	*count = k;
	return cps;
}

static size_t min3(size_t a, size_t b, size_t c)
{
	size_t m = a < b ? a : b;
	return m < c ? m : c;
}

/* optimal string alignment distance (Damerau 1964; Wagner-Fischer table) */
size_t hk_edit_distance(const char *a, const char *b)
{
	size_t na, nb, i, j, d;
	unsigned *ca = to_cps(a, &na), *cb = to_cps(b, &nb);
	size_t *base, *row0, *row1, *row2;
	if (!ca || !cb) {
		free(ca);
		free(cb);
		return (size_t)-1;
	}
	base = row0 = calloc(3 * (nb + 1), sizeof *row0);
	if (!base) {
		free(ca);
		free(cb);
		return (size_t)-1;
	}
	row1 = row0 + nb + 1;
	row2 = row1 + nb + 1;
	for (j = 0; j <= nb; j++)
		row1[j] = j;
	for (i = 1; i <= na; i++) {
		row2[0] = i;
		for (j = 1; j <= nb; j++) {
			size_t cost = ca[i - 1] != cb[j - 1];
			row2[j] = min3(row1[j] + 1, row2[j - 1] + 1, row1[j - 1] + cost);
			if (i > 1 && j > 1 && ca[i - 1] == cb[j - 2] && ca[i - 2] == cb[j - 1] &&
			    row0[j - 2] + 1 < row2[j])
				row2[j] = row0[j - 2] + 1;
		}
		{
			size_t *t = row0;
			row0 = row1;
			row1 = row2;
			row2 = t;
		}
	}
	d = row1[nb];
	free(base);
	free(ca);
	free(cb);
	return d;
}

size_t hk_suggest(const char *word, const char *const *names, size_t n,
		  size_t *out, size_t max)
{
	size_t i, k = 0, wl = strlen(word);
	size_t *dist = malloc((n ? n : 1) * sizeof *dist);
	if (!dist)
		return 0;
	for (i = 0; i < n; i++) {
		size_t nl = strlen(names[i]), longer = nl > wl ? nl : wl;
		size_t lim = longer / 3 < 2 ? 2 : longer / 3;
		size_t d = hk_edit_distance(word, names[i]);
		int prefix = wl >= 2 && (strncmp(word, names[i], wl) == 0 ||
					 (nl >= 2 && strncmp(word, names[i], nl) == 0));
		dist[i] = prefix ? 0 : (d <= lim ? d : (size_t)-1);
	}
	/* selection of the best max by distance, stable in table order */
	while (k < max) {
		size_t best = (size_t)-1, bi = 0;
		for (i = 0; i < n; i++)
			if (dist[i] < best) {
				best = dist[i];
				bi = i;
			}
		if (best == (size_t)-1)
			break;
		out[k++] = bi;
		dist[bi] = (size_t)-1;
	}
	free(dist);
	return k;
}
