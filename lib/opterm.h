/*
 * opterm.h - operate's --terminal specification: one terminal type, or a
 * mix of up to HK_TERM_MIX_MAX groups TYPE=SHARE[:SUPPLY/RETURN] joined by
 * ',' (shares of the design load, summing to 1), into the terminals the
 * plant model takes (terminal.h).  Each type's defaults (exponent, design
 * supply/return) and their sources are terminal.c's.  Pure: no I/O.
 */
#ifndef HK_OPTERM_H
#define HK_OPTERM_H

#include <stddef.h>

#include "terminal.h"

typedef struct hk_opterm {
	hk_terminal term;      /* one type; for a mix, the plant's design point: the highest
				* group's supply, the mix's return at design flow */
	hk_term_mix mix;       /* mix.n == 0: one type */
	const char *name;      /* the type's name (one type) */
	const char *n_src, *t_src;
	char desc[400];        /* a mix in words: "radiator 60 % 45/35 C n 1.3 + ..." */
} hk_opterm;

/* Parse spec with indoor temperature ti.  HK_EINVAL naming the group and
 * what was expected (unknown type, malformed share or temperatures, shares
 * not summing to 1, more than four groups, a bad design point). */
hk_status hk_opterm_parse(const char *spec, double ti, hk_opterm *o, hk_err *err);

#endif
