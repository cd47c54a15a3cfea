/*
 * text.h - UTF-8 helpers: validation, folding of full-width forms, display
 * width (CJK counts double), edit distance for "did you mean".
 */
#ifndef HK_TEXT_H
#define HK_TEXT_H

#include <stddef.h>

/* Decode one UTF-8 code point at s (n bytes available).  Returns its byte
 * length (1..4) and stores the code point, or 0 for an invalid or truncated
 * sequence. */
int hk_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);

/* Length of the valid UTF-8 prefix of s[0..n); == n when all valid.  When
 * allow_truncated_tail, a sequence cut off by the end of the buffer counts
 * as valid (used when sniffing the first block of a stream). */
size_t hk_utf8_valid_prefix(const unsigned char *s, size_t n, int allow_truncated_tail);

/* Fold for matching, into out (size outsz, always NUL-terminated):
 * full-width ASCII forms (U+FF01..FF5E) and the ideographic space become
 * ASCII, （）【】［］ become ()[], ² ³ become 2 3, U+2212 (minus) becomes '-',
 * ASCII letters become lower case, and when drop_space, all spaces go. */
void hk_fold(const char *in, char *out, size_t outsz, int drop_space);

/* Columns the string takes in a monospace terminal or a spreadsheet cell:
 * East Asian wide characters (CJK, Hangul, full-width forms) count 2. */
size_t hk_display_width(const char *s);

/* Damerau-style edit distance on code points (insert, delete, substitute,
 * swap each cost 1). */
size_t hk_edit_distance(const char *a, const char *b);

/* Pick up to max names from names[0..n) that are close to word (distance
 * at most a third of the longer length, at least 2; or one a prefix of the
 * other), best first.  Stores indices in out; returns how many. */
size_t hk_suggest(const char *word, const char *const *names, size_t n,
		  size_t *out, size_t max);

#endif
