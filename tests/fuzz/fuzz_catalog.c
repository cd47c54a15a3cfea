/*
 * fuzz_catalog.c - libFuzzer harness: the equipment catalog loaders
 * (lib/catalog.c), heat pumps and pumps (data/equipment/README.md).
 *
 * Input: byte 0 picks the catalog (bit 0: heat pumps or pumps) and the
 * encoding (bits 1-2: auto, utf-8, gbk, utf-16); the rest is the file.
 * A catalog the loader accepts must hold what its rules promise (README
 * "Rules" in catalog.h): every model found again by its name; heat-pump
 * points finite and a model built from them either checked or refused
 * with a message; pump curves of >= 3 points, flow strictly rising, head
 * finite and > 0, efficiency in (0, 1] or blank on every point.
 */
#include <math.h>

#include "catalog.h"
#include "heatpump.h"
#include "fuzzfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void hp(const char *path, const char *enc)
{
	hk_hp_catalog cat;
	hk_err e;
	size_t i, k;
	memset(&cat, 0, sizeof cat);
	hk_status st = hk_hp_catalog_load(path, enc, &cat, &e);
	fz_err_said(st, e.what);
	if (st)
		return;
	for (i = 0; i < cat.n; i++) {
		const hk_hp_entry *m = &cat.m[i], *f = NULL;
		hk_hp_model mod;
		if (hk_hp_catalog_find(&cat, m->model, &f, &e) != HK_OK || !f)
			abort(); /* a model the catalog holds is found by its name */
		for (k = 0; k < m->npts; k++)
			if (!isfinite(m->pts[k].t_out_c) || !isfinite(m->pts[k].heat_kw) ||
			    m->pts[k].heat_kw <= 0)
				abort(); /* a capacity point is a finite positive capacity */
		st = hk_hp_entry_model(m, HK_CAT_DEFROST_UNKNOWN, &mod, &e);
		fz_err_said(st, e.what);
		if (st == HK_OK) {
			double k1, cop;
			unsigned fl = 0;
			st = hk_hp_interp(&mod, m->pts[0].t_out_c, m->pts[0].t_water_c, 1, &k1, &cop, &fl, &e);
			fz_err_said(st, e.what);
		}
	}
	hk_hp_catalog_free(&cat);
}

static void pump(const char *path, const char *enc)
{
	hk_pump_catalog cat;
	hk_err e;
	size_t i, k;
	memset(&cat, 0, sizeof cat);
	hk_status st = hk_pump_catalog_load(path, enc, &cat, &e);
	fz_err_said(st, e.what);
	if (st)
		return;
	for (i = 0; i < cat.n; i++) {
		const hk_pump_model *m = &cat.m[i], *f = NULL;
		int eff = 0;
		if (hk_pump_catalog_find(&cat, m->model, &f, &e) != HK_OK || !f || m->npts < 3)
			abort();
		for (k = 0; k < m->npts; k++) {
			const hk_pump_point *p = &m->pts[k];
			if (!isfinite(p->head_m) || p->head_m <= 0 || !isfinite(p->flow_m3h) ||
			    (k && !(p->flow_m3h > m->pts[k - 1].flow_m3h)))
				abort(); /* head > 0, flow strictly rising */
			if (!isnan(p->eff) && !(p->eff > 0 && p->eff <= 1))
				abort(); /* efficiency a fraction in (0, 1] */
			eff += !isnan(p->eff);
		}
		if (eff != 0 && (size_t)eff != m->npts)
			abort(); /* on every point or none */
	}
	hk_pump_catalog_free(&cat);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const enc[] = {NULL, "utf-8", "gbk", "utf-16"};
	if (size < 1)
		return 0;
	const char *path = fz_file("catalog.csv", data + 1, size - 1);
	if (data[0] & 1)
		pump(path, enc[(data[0] >> 1) & 3]);
	else
		hp(path, enc[(data[0] >> 1) & 3]);
	return 0;
}
