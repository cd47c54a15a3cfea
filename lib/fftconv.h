/*
 * fftconv.h - linear convolution of real series by FFT, O(n log n): the
 * hourly temporal superposition of the L4 borefield method.  Nothing
 * here prints, exits or allocates.
 */
#ifndef HK_FFTCONV_H
#define HK_FFTCONV_H

#include <stddef.h>

/* The FFT length for a linear convolution of n points: the power of two
 * >= 2n. */
size_t hk_fft_size(size_t n);

/*
 * Linear convolution c[i] = sum_{j<=i} a[j] b[i-j], i < n, via one complex
 * FFT of a + i b (real-pair packing) and one inverse.  work holds 2 x nf
 * doubles, nf = hk_fft_size(n) (or any power of two >= 2n).
 */
void hk_convolve(const double *a, const double *b, size_t n, double *c,
		 double *work, size_t nf);

#endif
