/*
 * paths.h - where heatkit's data lives.  In order: $HEATKIT_DATA; the
 * source tree the binary was built in (BIN/../data); an installed tree
 * (BIN/../share/heatkit/data); the compiled-in prefix.
 */
#ifndef HK_PATHS_H
#define HK_PATHS_H

#include <stddef.h>

/* Fill buf with the path of data file rel ("climate/cities.csv"); returns
 * 1 when it exists, 0 when not (buf then holds the last place tried). */
int hk_data_path(const char *rel, char *buf, size_t sz);

#endif
