/* fftconv.c - radix-2 FFT and real linear convolution (see fftconv.h). */
#include "fftconv.h"

#include <math.h>
#include <string.h>

#include "hkmath.h"

/* in-place iterative radix-2 FFT of n (power of two) complex values
 * stored as re/im pairs; sign -1 forward, +1 inverse (unscaled)
 * (Cooley & Tukey 1965). */
static void fft(double *a, size_t n, int sign)
{
	for (size_t i = 1, j = 0; i < n; i++) {
		size_t bit = n >> 1;
		for (; j & bit; bit >>= 1)
			j ^= bit;
		j ^= bit;
		if (i < j) {
			double t = a[2 * i];
			a[2 * i] = a[2 * j];
			a[2 * j] = t;
			t = a[2 * i + 1];
			a[2 * i + 1] = a[2 * j + 1];
			a[2 * j + 1] = t;
		}
	}
	for (size_t len = 2; len <= n; len <<= 1) {
		double ang = sign * 2 * HK_PI / (double)len;
		double wr = cos(ang), wi = sin(ang);
		for (size_t i = 0; i < n; i += len) {
			double cr = 1, ci = 0;
			for (size_t j = 0; j < len / 2; j++) {
				double *u = a + 2 * (i + j), *v = a + 2 * (i + j + len / 2);
				double vr = v[0] * cr - v[1] * ci;
				double vi = v[0] * ci + v[1] * cr;
				v[0] = u[0] - vr;
				v[1] = u[1] - vi;
				u[0] += vr;
				u[1] += vi;
				double nr = cr * wr - ci * wi;
				ci = cr * wi + ci * wr;
				cr = nr;
			}
		}
	}
}

/* the FFT length for a linear convolution of n points: a power of two >= 2n */
size_t hk_fft_size(size_t n)
{
	size_t nf = 1;
	while (nf < 2 * n)
		nf <<= 1;
	return nf;
}

/* linear convolution c[i] = sum_j a[j] b[i-j], i < n, via one complex
 * FFT of a + i b (real-pair packing) and one inverse; work holds 2 x nf
 * doubles, nf a power of two >= 2n. */
void hk_convolve(const double *a, const double *b, size_t n, double *c,
		 double *work, size_t nf)
{
	memset(work, 0, 2 * nf * sizeof *work);
	for (size_t i = 0; i < n; i++) {
		work[2 * i] = a[i];
		work[2 * i + 1] = b[i];
	}
	fft(work, nf, -1);
	/* A_k = (Z_k + conj Z_{-k})/2, B_k = (Z_k - conj Z_{-k})/(2i);
	 * product A_k B_k = (Z_k^2 - conj(Z_{-k})^2)/(4i) */
	for (size_t k = 0; k <= nf / 2; k++) {
		size_t mk = (nf - k) & (nf - 1);
		double zr = work[2 * k], zi = work[2 * k + 1];
		double wr = work[2 * mk], wi = -work[2 * mk + 1];
		/* z^2 - w^2 */
		double dr = zr * zr - zi * zi - (wr * wr - wi * wi);
		double di = 2 * zr * zi - 2 * wr * wi;
		/* divide by 4i: (dr + i di)/(4i) = (di - i dr)/4 */
		double pr = di / 4, pi = -dr / 4;
		work[2 * k] = pr;
		work[2 * k + 1] = pi;
		if (mk != k) { /* conjugate symmetry of a real result */
			work[2 * mk] = pr;
			work[2 * mk + 1] = -pi;
		}
	}
	fft(work, nf, +1);
	for (size_t i = 0; i < n; i++)
		c[i] = work[2 * i] / (double)nf;
}
