/*
 * econplant.c - what econ needs to run the plants it costs itself (see
 * econ.h): the ground-source heat pumps' COP at the fluid temperatures
 * borefield computed and the boreholes it sized, and the gas price.
 *
 * Sources: COP = eta · T_w / (T_w − T_f) (the Carnot heating COP between
 * the source fluid and the supply water, any thermodynamics text, e.g.
 * Çengel & Boles, Thermodynamics, ch. 6; eta its second-law efficiency,
 * cmd/econ.c gives the default and its source); the seasonal COP as the
 * extraction-weighted harmonic mean over borefield's months (the energy
 * balance: electricity = Σ heat_m / COP_m).
 */
#include "econ.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "rptin.h"
#include "table.h"

/* Carnot heating COP times eta, temperatures in kelvin (Çengel & Boles ch. 6) */
double hk_gshp_cop(double eta, double t_w, double t_f)
{
	if (!(t_w > t_f))
		return NAN;
	return eta * (t_w + 273.15) / (t_w - t_f);
}

/* borefield's summary: the boreholes drilled */
static hk_status bf_summary(hk_econ_plant *pl, hk_err *err)
{
	hk_rfile f;
	hk_status st = hk_rfile_read(&f, pl->bf_summary, err);
	if (st != HK_OK)
		return st;
	if (f.kind != HK_RK_BORE)
		st = hk_fail_at(err, HK_EINVAL, pl->bf_summary, 1, 1,
				"not a borefield summary (%s): expected `heatkit borefield --summary`'s keys boreholes, "
				"depth_m, total_length_m", hk_rkind_name(f.kind));
	if (st == HK_OK && (st = hk_rs_num(&f, "total_length_m", &pl->borehole_m, err)) == HK_OK &&
	    (st = hk_rs_num(&f, "boreholes", &pl->boreholes, err)) == HK_OK)
		st = hk_rs_num(&f, "depth_m", &pl->depth_m, err);
	if (st == HK_OK && !(pl->borehole_m > 0))
		st = hk_fail_at(err, HK_EINVAL, pl->bf_summary, f.line[hk_rs_row(&f, "total_length_m")], 2,
				"total_length_m (%g): expected the metres drilled, > 0", pl->borehole_m);
	hk_rfile_free(&f);
	return st;
}

/* borefield's monthly table: the seasonal COP over its months */
static hk_status bf_table(hk_econ_plant *pl, hk_err *err)
{
	hk_reader *r;
	hk_status st;
	double w = 0, we = 0, wt = 0, ext, tf;
	int rc;
	if ((st = hk_reader_open(&r, pl->bf_table, NULL, err)) != HK_OK)
		return st;
	if ((st = hk_reader_bind_kind(r, &hk_tk_bf_temps, err)) != HK_OK) {
		hk_reader_close(r);
		return st;
	}
	while ((rc = hk_reader_next(r, err)) > 0) {
		double cop;
		if ((st = hk_reader_num(r, 0, &ext, err)) != HK_OK || (st = hk_reader_num(r, 1, &tf, err)) != HK_OK)
			break;
		if (!(ext > 0))
			continue;
		cop = hk_gshp_cop(pl->gshp_eta, pl->gshp_water_c, tf);
		if (!(cop > 1)) {
			st = hk_reader_fail(r, 1, err, "fluid temperature %g ℃ gives no heat-pump COP above 1 for "
					    "%g ℃ water: expected a fluid colder than the water", tf, pl->gshp_water_c);
			break;
		}
		w += ext;
		we += ext / cop; /* electricity ∝ heat / COP, heat ∝ the month's extraction */
		wt += ext * tf;
	}
	if (rc < 0)
		st = err ? err->code : HK_EPARSE;
	hk_reader_close(r);
	if (st != HK_OK)
		return st;
	if (!(w > 0))
		return hk_fail_at(err, HK_EINVAL, pl->bf_table, 0, 0,
				  "no month extracts heat (ext_kwh): expected borefield's monthly table of a heating load");
	pl->gshp_scop = w / we;
	pl->gshp_tf_c = wt / w;
	return HK_OK;
}

hk_status hk_econ_read_borefield(hk_econ_plant *pl, hk_err *err)
{
	hk_status st;
	if (!*pl->bf_summary || !*pl->bf_table)
		return hk_fail(err, HK_EINVAL, "a ground-source scheme needs borefield's summary and monthly table: "
			       "give --borefield SUMMARY.csv,TABLE.csv");
	if ((st = bf_summary(pl, err)) != HK_OK)
		return st;
	return bf_table(pl, err);
}

/* ---- pump groups ---- */

hk_status hk_econ_read_pumps(hk_econ_plant *pl, int i, hk_err *err)
{
	struct hk_econ_pumps *g = &pl->pumps[i];
	hk_rfile f;
	hk_status st = hk_rfile_read(&f, g->file, err);
	const char *m;
	if (st != HK_OK)
		return st;
	if (f.kind != HK_RK_PUMP)
		st = hk_fail_at(err, HK_EINVAL, g->file, 1, 1, "not a pumpselect summary (%s): expected `heatkit "
				"pumpselect --summary`'s keys pump_model, pumps_total, motor_kw", hk_rkind_name(f.kind));
	if (st == HK_OK && (st = hk_rs_num(&f, "pumps_total", &g->n, err)) == HK_OK)
		st = hk_rs_num(&f, "motor_kw", &g->motor_kw, err);
	m = st == HK_OK ? hk_rs_text(&f, "pump_model") : NULL;
	snprintf(g->model, sizeof g->model, "%s", m ? m : "");
	hk_rfile_free(&f);
	return st;
}

/* ---- the gas price ---- */

enum { G_ID = HK_GAS_ID, G_PRICE = HK_GAS_PRICE, G_LHV = HK_GAS_LHV, G_YEAR = HK_GAS_YEAR, G_STATUS = HK_GAS_STATUS,
       G_DEFAULT = HK_GAS_DEFAULT, G_SOURCE = HK_GAS_SOURCE };

/* the current row, when it is the one wanted */
static hk_status gas_row(hk_reader *r, hk_econ_plant *pl, int lhv_given, hk_err *err)
{
	const char *status = hk_reader_text(r, G_STATUS);
	double price = NAN, lhv = NAN;
	hk_status st;
	if (strcmp(status, "sourced") && strcmp(status, "derived") && strcmp(status, "placeholder"))
		return hk_reader_fail(r, G_STATUS, err, "status %s: expected sourced, derived or placeholder", status);
	st = hk_reader_num(r, G_PRICE, &price, err);
	if (st == HK_ENOTFOUND)
		return hk_reader_fail(r, G_PRICE, err, "gas price %s has no figure (%s): expected a price in 元/m3 "
				      "(a placeholder row is for you to fill in)", hk_reader_text(r, G_ID), status);
	if (st != HK_OK)
		return st;
	st = hk_reader_num(r, G_LHV, &lhv, err);
	if (st != HK_OK && st != HK_ENOTFOUND)
		return st;
	if (st == HK_OK && !(lhv >= HK_GAS_LHV_MIN && lhv <= HK_GAS_LHV_MAX))
		return hk_reader_fail(r, G_LHV, err, "lhv_mj_m3 out of range (%s): expected natural gas's lower "
				      "heating value, %g to %g MJ/m3 (GB/T 2589-2020 lists 32.2-38.9)",
				      hk_reader_text(r, G_LHV), HK_GAS_LHV_MIN, HK_GAS_LHV_MAX);
	pl->gas_price = price;
	if (!lhv_given && isfinite(lhv)) {
		pl->gas_lhv_mj_m3 = lhv;
		pl->gas_lhv_from_row = 1;
	}
	pl->gas_placeholder = !strcmp(status, "placeholder");
	snprintf(pl->gas_src, sizeof pl->gas_src, "%s:%ld, id %s, %s, %s: %s", hk_reader_name(r), hk_reader_line(r),
		 hk_reader_text(r, G_ID), *hk_reader_text(r, G_YEAR) ? hk_reader_text(r, G_YEAR) : "undated", status,
		 hk_reader_text(r, G_SOURCE));
	return HK_OK;
}

hk_status hk_econ_gas_price(const char *path, const char *id, int lhv_given, hk_econ_plant *pl, hk_err *err)
{
	hk_reader *r;
	hk_status st;
	int rc;
	long found = 0; /* the line of the row taken */
	if ((st = hk_reader_open(&r, path, NULL, err)) != HK_OK)
		return st;
	if ((st = hk_reader_bind_kind(r, &hk_tk_gas_prices, err)) != HK_OK) {
		hk_reader_close(r);
		return st;
	}
	/* to the end: a second row of the id, or a second default, would make
	 * the price the first row's by accident (issue 18 follow-up) */
	while (st == HK_OK && (rc = hk_reader_next(r, err)) > 0) {
		const char *d = hk_reader_text(r, G_DEFAULT);
		if (id ? strcmp(hk_reader_text(r, G_ID), id) != 0 : !(d && !strcmp(d, "yes")))
			continue;
		if (found)
			st = id ? hk_reader_fail(r, G_ID, err, "gas price %s again (line %ld has it): expected one row "
						 "per id", id, found)
				: hk_reader_fail(r, G_DEFAULT, err, "a second default gas price (%s; line %ld is one): "
						 "expected one row with default yes", hk_reader_text(r, G_ID), found);
		else if ((st = gas_row(r, pl, lhv_given, err)) == HK_OK)
			found = hk_reader_line(r);
	}
	if (st == HK_OK && rc < 0)
		st = err ? err->code : HK_EPARSE;
	hk_reader_close(r);
	if (st != HK_OK)
		return st;
	if (!found)
		return id ? hk_fail_at(err, HK_EINVAL, path, 0, 0, "no gas price of id %s: expected a row of that id", id)
			  : hk_fail_at(err, HK_EINVAL, path, 0, 0,
				       "no default gas price: expected a row with default yes, or --gas-price ID");
	return HK_OK;
}
