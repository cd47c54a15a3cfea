/* hpsize.c - the hpsize command's core (see hpsize.h). */
#include "hpsize.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

double hk_hpsize_peak_kw(const hk_step *s, size_t n)
{
	double q = 0;
	for (size_t i = 0; i < n; i++)
		if (s[i].load_kw > q)
			q = s[i].load_kw;
	return q;
}

void hk_hpsize_result_free(hk_hpsize_result *r)
{
	free(r->steps);
	memset(r, 0, sizeof *r);
}

static hk_status run(const hk_hpsize_request *q, hk_hpsize_result *r, hk_err *err)
{
	hk_status st;
	size_t i;
	if (q->fixed_units < 0)
		return hk_fail(err, HK_EINVAL, "--units (%d): expected a positive count", q->fixed_units);
	/* 1. the capacity points under the basis (never a part-load row) */
	if (q->entry && (st = hk_hp_entry_basis(q->entry, q->catalog, q->t_basis_c, q->hp.t_water_c,
						q->hp.allow_extrap, &r->basis, err)) != HK_OK)
		return st;
	/* 2., 3. the design load and the count */
	r->design_kw = isnan(q->design_kw) ? hk_hpsize_peak_kw(q->steps, q->n) : q->design_kw;
	if ((st = hk_hp_size(q->model, r->design_kw, q->t_basis_c, &q->hp, &r->d, err)) != HK_OK)
		return st;
	r->units = q->fixed_units > 0 ? q->fixed_units : r->d.units;
	r->units_ceil = (int)ceil(r->d.n_exact);
	r->short_kw = fmax(0, r->design_kw - r->units * r->d.q_unit_kw);
	/* 4. the operation */
	if (!(r->steps = calloc(q->n ? q->n : 1, sizeof *r->steps)))
		return hk_fail(err, HK_ENOMEM, "out of memory");
	if ((st = hk_hp_run(q->model, r->units, q->steps, q->n, &q->hp, r->steps, &r->flags_all, err)) != HK_OK)
		return st;
	for (i = 0; i < q->n; i++) {
		double h = hk_step_hours(&q->steps[i]) * q->steps[i].days;
		r->heat_kwh += r->steps[i].heat_kw * h;
		r->elec_kwh += r->steps[i].power_kw * h;
	}
	return HK_OK;
}

hk_status hk_hpsize_run(const hk_hpsize_request *q, hk_hpsize_result *r, hk_err *err)
{
	hk_status st;
	memset(r, 0, sizeof *r);
	if ((st = run(q, r, err)) != HK_OK)
		hk_hpsize_result_free(r);
	return st;
}
