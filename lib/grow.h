/*
 * grow.h - room for one more element in a growing array (doubling from
 * 16), for the readers that collect rows of unknown count.
 */
#ifndef HK_GROW_H
#define HK_GROW_H

#include <stddef.h>
#include <stdlib.h>

#include "status.h"

/* Make room for element n in *v (*cap elements of size bytes); on failure
 * *v and *cap are left as they were. */
static inline hk_status hk_grow(void **v, size_t *cap, size_t n, size_t size, hk_err *err)
{
	void *nv;
	size_t nc;
	if (n < *cap)
		return HK_OK;
	nc = *cap ? 2 * *cap : 16;
	if (!(nv = realloc(*v, nc * size)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	*v = nv;
	*cap = nc;
	return HK_OK;
}

#endif
