/*
 * hpsize.h - the hpsize command's core: from a heat-pump model, a design
 * basis and a load profile, the unit count by Q = q·K1·K2 and the plant's
 * operation step by step.  What the result says in words and tables is
 * hpreport.h.  The `heatkit hpsize` command is the options, the reading
 * (catalog, ratio and K2 tables, the city, the profile), hk_hpsize_run and
 * the writing.
 *
 * A run (heatpump.h has each formula and its source):
 *   1. for a catalog model, the capacity points the design basis rests on
 *      (hk_hp_entry_basis: refused outside them unless extrapolation is
 *      allowed);
 *   2. the design load: given, or the largest heat_load_kw of the profile;
 *   3. the count N = ceil(Q_design / q_eff), or one fewer within the
 *      rounding tolerance (hk_hp_size), or the given count; the count
 *      rounded up and the shortfall at the design basis beside it;
 *   4. N units over the profile (hk_hp_run) and the heat and electricity
 *      over it, Σ value·dt_h·days.
 *
 * Nothing here prints or exits.
 */
#ifndef HK_HPSIZE_H
#define HK_HPSIZE_H

#include <stddef.h>

#include "catalog.h"
#include "heatpump.h"
#include "profile.h"
#include "status.h"

typedef struct hk_hpsize_request {
	const hk_hp_model *model;
	const hk_hp_entry *entry; /* the model's catalog entry; NULL for a
				   * model from a ratio table */
	const char *catalog;      /* the entry's file, for messages */
	double t_basis_c;         /* design basis outdoor temperature */
	double design_kw;         /* design load; NAN: the profile's largest */
	int fixed_units;          /* a given count; 0: sized */
	hk_hp_opts hp;            /* water, K2, rounding, extrapolation, COP */
	const hk_step *steps;     /* the profile */
	size_t n;
} hk_hpsize_request;

typedef struct hk_hpsize_result {
	hk_hp_basis basis;        /* entry: the capacity points used */
	double design_kw;         /* as sized for */
	hk_hp_design d;           /* the design at the basis */
	int units;                /* installed: d.units or the given count */
	int units_ceil;           /* ceil(Q_design / q_eff) */
	double short_kw;          /* max(0, Q_design − units·q_eff) */
	hk_hp_step *steps;        /* the operation, n steps (owned) */
	unsigned flags_all;       /* HK_HPW_* of all steps, OR-ed */
	double heat_kwh, elec_kwh; /* over the profile, Σ·dt_h·days */
} hk_hpsize_result;

/* Run the request (see above).  Fails with what hk_hp_entry_basis,
 * hk_hp_size and hk_hp_run say (a step's failure names it in err->item,
 * for hk_proftable_locate), HK_EINVAL for a count below 0, HK_ENOMEM; r
 * then holds nothing. */
hk_status hk_hpsize_run(const hk_hpsize_request *q, hk_hpsize_result *r, hk_err *err);
void hk_hpsize_result_free(hk_hpsize_result *r);

/* The largest heat_load_kw of n steps (0 for none). */
double hk_hpsize_peak_kw(const hk_step *s, size_t n);

#endif
