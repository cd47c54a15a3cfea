/*
 * bfopts.h - what the borefield command's options mean: the values the
 * option table fills (cmd/borefield.c), their combinations checked (one
 * meaning per option, no option ignored: issue 17), and the request of a
 * run built from them (bfrun.h).  Messages name the options; nothing here
 * prints or exits: every check returns HK_EINVAL with the first problem.
 */
#ifndef HK_BFOPTS_H
#define HK_BFOPTS_H

#include <stddef.h>

#include "bfgfunc.h"
#include "bfinput.h"
#include "bfrun.h"
#include "opt.h"
#include "status.h"

/* The options (the command's table fills a copy of its prototype with the
 * defaults); NAN / NULL = not given (options without a default). */
typedef struct hk_bf_opts {
	const char *field, *layout, *coords, *land, *profile, *method, *utube;
	double k, rhoc, tg, tsurf, grad, flux;
	double spacing, spacing_y, rb, buried, depth;
	double min_depth, max_depth, max_aspect;
	double rbstar, rin, rout, shank, kg, kp;
	double flow, fk, frho, fcp, fmu;
	double tfmin, tfmax, tinmin, toutmax, loopdt;
	double cop, eer, peak_hours, wpm, wpm_inj, imb_max;
	int years, count, fast, max_n, gfunction, uhtr;
} hk_bf_opts;

/* The choices of --layout (hk_layout_kind order), --utube (pipes - 1) and
 * --method ("L2", "L3", "L4", "ashrae"), NULL-ended. */
extern const char *const hk_bf_layout_choices[];
extern const char *const hk_bf_utube_choices[];
extern const char *const hk_bf_method_choices[];

/*
 * The options of a sizing run (not --gfunction), before any file is read:
 * the loads given (nargs positional arguments, the first loads_path), the
 * ground, the resistance, options the run would not use, the mode (depth,
 * fixed depth, count, land) with its field options, and the method (an
 * ASHRAE run: a given rectangle's depth over its 10 years and 6-h peaks).
 * Fills q->mode, q->method and q->ashrae; o->spacing_y takes --spacing
 * when not given.
 */
hk_status hk_bf_opts_check(hk_bf_opts *o, const hk_common *c, int nargs, const char *loads_path,
			   hk_bf_request *q, hk_err *err);

/* The given field into x, y (cap HK_BF_MAX_N; coordinate lines into
 * line): --coords read and checked, or --field with --layout; its words
 * into txt; q->d.x, q->d.y, q->d.n and q->field_txt set. */
hk_status hk_bf_opts_field(const hk_bf_opts *o, const char *encoding, hk_bf_request *q, double *x,
			   double *y, long *line, char *txt, size_t cap, hk_err *err);

/* The options against the loads read: --cop, --eer and --peak-hours must
 * be used, the method fit the loads (L4 for hourly ones by default). */
hk_status hk_bf_opts_loads(const hk_bf_opts *o, const hk_common *c, hk_bf_request *q,
			   const hk_bf_loads *L, hk_err *err);

/* The rest of the request: ground, Rb* or U-tube (into ut), fluid, depths,
 * limits, and the source of every default (its text into src, ci the
 * command's option table). */
hk_status hk_bf_opts_request(const hk_bf_opts *o, const hk_common *c, const hk_cmdinfo *ci,
			     hk_bf_request *q, hk_utube *ut, const char *loads_path,
			     char (*src)[400], hk_err *err);

/* --gfunction: the options (a field at --depth, --k, no loads, resistance,
 * --count or --land; nargs positional arguments) into g, its field into
 * x, y (cap HK_BF_MAX_N), its words into txt. */
hk_status hk_bf_opts_gfunc(const hk_bf_opts *o, const char *encoding, int nargs, hk_bf_gfunc *g,
			   double *x, double *y, long *line, char *txt, size_t cap, hk_err *err);

#endif
