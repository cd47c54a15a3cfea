/*
 * fuzzfile.h - for harnesses whose reader takes a path (the catalogs,
 * tariffs, weather, borefield loads and coordinates): the input's bytes
 * written to one scratch file per process, rewritten for every input.
 * The suffix matters where the reader looks at it (".epw").
 */
#ifndef HK_FUZZFILE_H
#define HK_FUZZFILE_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* the scratch file NAME (in TMPDIR, or /tmp) now holding data[0..size) */
static const char *fz_file(const char *name, const uint8_t *data, size_t size)
{
	static char path[4][512];
	static int slot;
	const char *dir = getenv("TMPDIR");
	FILE *f;
	char *p = path[slot++ & 3];
	snprintf(p, sizeof path[0], "%s/hkfuzz-%ld-%s", dir && *dir ? dir : "/tmp", (long)getpid(), name);
	if (!(f = fopen(p, "wb")) || (size && fwrite(data, 1, size, f) != size) || fclose(f)) {
		perror(p);
		abort();
	}
	return p;
}

/* an error a reader returns must say what went wrong */
static void fz_err_said(int st, const char *what)
{
	if (st && what[0] == '\0')
		abort();
}

#endif
