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

/*
 * The buildings' own terminals (loadcalc's terminal, supply_c, return_c
 * columns) into a --terminal specification: buildings group by type and
 * design supply/return, and each group's share is its design load over the
 * whole (Σ Q = q_h·A of its buildings, CJJ 34-2010 §3.1.2) — the shares the
 * mix model (terminal.h) takes.  Zero it before the first building.
 */
typedef struct hk_termacc {
	int n;
	hk_term_kind k[HK_TERM_MIX_MAX];
	double ts[HK_TERM_MIX_MAX], tr[HK_TERM_MIX_MAX]; /* NAN: the type's default */
	double kw[HK_TERM_MIX_MAX];
	double day_kw[HK_TERM_MIX_MAX]; /* of it, buildings used by day only (set back at night) */
	long with, without;    /* buildings with a terminal, without one */
} hk_termacc;

/* Which value of a building a failure is about. */
typedef enum { HK_TA_TYPE, HK_TA_SUPPLY, HK_TA_RETURN } hk_ta_field;

/* Add a building: type (NULL or "" = none given), its design supply and
 * return (NAN: the type's), indoor ti, design load kw.  Fails HK_EINVAL,
 * *bad naming the value, for an unknown type, a supply or return without
 * the other or the design point hk_term_check refuses, a building without
 * a terminal beside buildings with one, or a fifth group. */
hk_status hk_termacc_add(hk_termacc *a, const char *type, double ts, double tr, double ti, double kw,
			 int day_only, hk_ta_field *bad, hk_err *err);

/* 1 when the groups' loads do not scale together: their day-only shares
 * (set back at night) differ by more than 1 % of a group's design load, so
 * at night each group is at another share of its design output than the
 * mix model (terminal.h) assumes. */
int hk_termacc_hours_differ(const hk_termacc *a);

/* The specification (hk_opterm_parse's syntax: TYPE=SHARE[:TS/TR],...) into
 * buf; "" when no building gave a terminal.  Fails HK_EINVAL when it does
 * not fit. */
hk_status hk_termacc_spec(const hk_termacc *a, char *buf, size_t cap, hk_err *err);

#endif
