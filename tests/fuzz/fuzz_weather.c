/*
 * fuzz_weather.c - libFuzzer harness: the hourly weather reader
 * (hk_weather_read, lib/proftable.c): EnergyPlus EPW and CSV hour,t_out_c.
 *
 * Input: byte 0 picks the format (bit 0: .epw or .csv, by the file name
 * as the reader decides) and the encoding of a CSV (bits 1-2: auto,
 * utf-8, gbk, utf-16); the rest is the file.  Weather the reader accepts
 * is whole days of hours, every temperature finite and inside
 * EnergyPlus's dry-bulb range (-70, 70) C; an error says what it is.
 */
#include <math.h>

#include "proftable.h"
#include "fuzzfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const enc[] = {NULL, "utf-8", "gbk", "utf-16"};
	double *t = NULL;
	size_t n = 0, i;
	hk_err e;
	if (size < 1)
		return 0;
	const char *path = fz_file(data[0] & 1 ? "w.epw" : "w.csv", data + 1, size - 1);
	hk_status st = hk_weather_read(path, enc[(data[0] >> 1) & 3], &t, &n, &e);
	fz_err_said(st, e.what);
	if (st) {
		if (t || n)
			abort(); /* a failed read hands nothing back */
		return 0;
	}
	if (!t || n == 0 || n % 24)
		abort();
	for (i = 0; i < n; i++)
		if (!(t[i] > -70 && t[i] < 70))
			abort();
	free(t);
	return 0;
}
