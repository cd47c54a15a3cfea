/* paths.c - locating data files (see paths.h). */
#include "paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "platform.h"

#ifndef HK_DATADIR
#define HK_DATADIR "/usr/local/share/heatkit"
#endif

static int try(const char *dir, const char *rel, char *buf, size_t sz)
{
	snprintf(buf, sz, "%s/%s", dir, rel);
	return hk_readable(buf);
}

int hk_data_path(const char *rel, char *buf, size_t sz)
{
	const char *env = getenv("HEATKIT_DATA");
	char exe[PATH_MAX], dir[PATH_MAX + 32];
	if (env && *env)
		return try(env, rel, buf, sz);
	if (hk_exe_dir(exe, sizeof exe)) {
		/* bin/heatkit or build/asan/bin/heatkit in the source tree, an
		 * installed tree, and heatkit.exe with data/ beside it (the
		 * Windows zip) */
		static const char *const up[] = {"/..", "/../../..", "/../share/heatkit", ""};
		size_t i;
		for (i = 0; i < sizeof up / sizeof up[0]; i++) {
			snprintf(dir, sizeof dir, "%s%s/data", exe, up[i]);
			if (try(dir, rel, buf, sz))
				return 1;
		}
	}
	return try(HK_DATADIR "/data", rel, buf, sz);
}

int hk_data_file(const char *given, const char *rel, char *buf, size_t sz)
{
	if (given) {
		snprintf(buf, sz, "%s", given);
		return 1;
	}
	return hk_data_path(rel, buf, sz);
}

int hk_data_named(const char *s, const char *dir, char *buf, size_t sz)
{
	char rel[512];
	size_t n = strlen(s);
	if (strchr(s, '/') || (n > 4 && !strcmp(s + n - 4, ".csv"))) {
		snprintf(buf, sz, "%s", s);
		return 1;
	}
	snprintf(rel, sizeof rel, "%s/%s.csv", dir, s);
	return hk_data_path(rel, buf, sz);
}
