/*
 * opreport.h - what operate writes, built from the season runs
 * (opseason.h): per strategy the profile's step columns, the comparison
 * table of strategies and levers, and the summary (every input and default
 * with its source, the season figures per strategy, the deck's claims set
 * beside them).  Rows and cells only: writing them is the command's.
 */
#ifndef HK_OPREPORT_H
#define HK_OPREPORT_H

#include "opseason.h"
#include "output.h"
#include "summary.h"

/* The columns each strategy adds to the profile, keys suffixed with the
 * strategy ("power_kw_smart"; '+' becomes '_'). */
#define HK_OPR_NCOL 16
typedef struct hk_opr_cols {
	hk_col col[HK_OPR_NCOL];
	char key[HK_OPR_NCOL][96];
} hk_opr_cols;
void hk_opr_step_cols(const hk_ops_strategy *s, hk_opr_cols *c);
void hk_opr_step_vals(const hk_ops_out *o, double v[HK_OPR_NCOL]);

/* The comparison table: one row per strategy. */
#define HK_OPR_NCMP 17
extern const hk_col hk_opr_cmp_cols[HK_OPR_NCMP];
/* row for strategy s (base: the first strategy's totals, for the saving) */
void hk_opr_cmp_row(const hk_ops_strategy *s, const hk_ops_totals *t, const hk_ops_totals *base,
		    hk_cell c[HK_OPR_NCMP]);

/* What the summary says about the inputs: value and where it comes from. */
typedef struct hk_opr_inputs {
	const char *model, *model_src;
	const char *terminal, *terminal_src;
	double n, ts_d, tr_d, ti;
	const char *n_src, *t_src, *ti_src;
	int units; const char *units_src;
	double unit_flow, design_kw, ts_floor, tw_max;
	const char *unit_flow_src, *design_src;
	double min_run_h, max_starts_h;
	const char *min_run_src, *max_starts_src;
	const char *pumps, *group;
	double head_m, dp_unit_m, n_min, drive_eff;
	const char *head_src, *dp_src, *n_min_src, *drive_src;
	const char *tariff;
} hk_opr_inputs;

/* Append the summary: inputs, then per strategy its season figures, then
 * the warnings (unmet heat, extrapolation, pump flags, units held by the
 * minimum run time).  Fails HK_ENOMEM only. */
hk_status hk_opr_summary(const hk_opr_inputs *in, const hk_ops_strategy *s, const hk_ops_totals *t,
			 size_t ns, hk_summary *sum);

#endif
