/*
 * fuzz_bfloads.c - libFuzzer harness: borefield inputs (lib/bfinput.c):
 * the loads file (monthly energies and peaks or hourly powers, ground or
 * building loads, GHEtool's Heating;Cooling) and borehole coordinates.
 *
 * Input: byte 0 picks the reader (bit 0: loads or coordinates), the
 * encoding (bits 1-2: auto, utf-8, gbk, utf-16) and, for loads, the
 * years (bits 3-4: 1, 2, 20, 50) and whether COP/EER are given (bit 5);
 * the rest is the file.  Loads the reader accepts are finite and >= 0
 * (energies and peaks, months and hours); coordinates are finite, at
 * most the cap, no two boreholes closer than a diameter.
 */
#include <math.h>

#include "bfinput.h"
#include "fuzzfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void finite_nonneg(const double *v, size_t n)
{
	size_t i;
	for (i = 0; v && i < n; i++)
		if (!isfinite(v[i]) || v[i] < 0)
			abort();
}

static void loads(const char *path, const char *enc, int years, int given)
{
	hk_bf_loads L;
	hk_err e;
	hk_status st = hk_bf_loads_read(path, NULL, enc, years, given ? 3.5 : NAN, given ? 4.5 : NAN, &L, &e);
	fz_err_said(st, e.what);
	if (st)
		return;
	if (L.ml.nm == 0 && L.hl.nh == 0)
		abort(); /* accepted loads hold months or hours */
	finite_nonneg(L.ml.ext_kwh, L.ml.nm);
	finite_nonneg(L.ml.inj_kwh, L.ml.nm);
	finite_nonneg(L.ml.peak_ext_kw, L.ml.nm);
	finite_nonneg(L.ml.peak_inj_kw, L.ml.nm);
	finite_nonneg(L.hl.ext_kw, L.hl.nh);
	finite_nonneg(L.hl.inj_kw, L.hl.nh);
	if (!isfinite(L.pk_ext) || !isfinite(L.pk_inj))
		abort();
	hk_bf_loads_free(&L);
}

static void coords(const char *path, const char *enc)
{
	enum { CAP = 5000 }; /* HK_BF_MAX_N, the command's cap */
	static double x[CAP], y[CAP];
	static long line[CAP];
	size_t n = 0, i;
	hk_err e;
	hk_status st = hk_bf_coords_read(path, enc, 0.075, x, y, line, CAP, &n, &e);
	fz_err_said(st, e.what);
	if (st)
		return;
	if (n < 1 || n > CAP)
		abort();
	for (i = 0; i < n; i++)
		if (!isfinite(x[i]) || !isfinite(y[i]) || line[i] < 2)
			abort();
	for (i = 1; i < n && i < 64; i++) /* a sample of pairs: the check is O(n log n) */
		if (hypot(x[i] - x[0], y[i] - y[0]) < 0.15 * (1 - 1e-12))
			abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const enc[] = {NULL, "utf-8", "gbk", "utf-16"};
	static const int years[] = {1, 2, 20, 50};
	if (size < 1)
		return 0;
	const char *path = fz_file(data[0] & 1 ? "xy.csv" : "loads.csv", data + 1, size - 1);
	if (data[0] & 1)
		coords(path, enc[(data[0] >> 1) & 3]);
	else
		loads(path, enc[(data[0] >> 1) & 3], years[(data[0] >> 3) & 3], data[0] & 32);
	return 0;
}
