/*
 * paths.h - where heatkit's data lives.  In order: $HEATKIT_DATA; the
 * source tree the binary was built in (BIN/../data); an installed tree
 * (BIN/../share/heatkit/data); BIN/data (heatkit.exe in the Windows zip);
 * the compiled-in prefix.  BIN is found by lib/platform.c.
 */
#ifndef HK_PATHS_H
#define HK_PATHS_H

#include <stddef.h>

/* Fill buf with the path of data file rel ("climate/cities.csv"); returns
 * 1 when it exists, 0 when not (buf then holds the last place tried). */
int hk_data_path(const char *rel, char *buf, size_t sz);

/* The file a command reads: `given` (an option's value) when not NULL,
 * else the data file rel.  Returns 1 when there is one to read, 0 when the
 * data file is missing (buf says where it was looked for). */
int hk_data_file(const char *given, const char *rel, char *buf, size_t sz);

/* A file or a name from a data folder: "shaanxi-malan" is
 * DIR/shaanxi-malan.csv in the data; anything with a '/' or ending in
 * .csv is taken as a path.  Returns 1 when found. */
int hk_data_named(const char *s, const char *dir, char *buf, size_t sz);

#endif
