/*
 * bfinput.h - the input tables of a borefield run: the loads file
 * (monthly energies or hourly powers, ground or building loads), a heatkit
 * profile turned into ground loads, both merged into one monthly load, and
 * borehole coordinates.  Reading goes through table.h and proftable.h;
 * every failure returns an hk_err located at the file, line and column
 * (messages name the borefield command's options where one would help),
 * and nothing prints or exits.
 */
#ifndef HK_BFINPUT_H
#define HK_BFINPUT_H

#include <stddef.h>

#include "bflayout.h"
#include "bfloads.h"
#include "groundload.h"
#include "status.h"

/* The loads of a run, read and merged (hk_bf_loads_read). */
typedef struct hk_bf_loads {
	char name[256];      /* the loads file's name, else the profile's */
	int chinese;         /* its headers are Chinese */
	double *m;           /* one block of 4 x ml.nm: extraction, injection
				(kWh), extraction and injection peaks (kW) */
	hk_mload ml;         /* views of m: the monthly loads (of hourly
				loads: their months, hk_hload_to_monthly) */
	double *h;           /* one block of 2 x hl.nh: extraction, injection (kW) */
	hk_hload hl;         /* views of h; nh 0 = no hourly loads */
	double pk_ext;       /* the largest peaks (kW): of the months */
	double pk_inj;       /* (hk_mload_peaks), or of the hours */
	int have_profile;    /* a profile was read */
	hk_bfprof_months pm; /* its months */
	const char *heat_src;  /* the profile's heat column: "hp_heat_kw" or
				  "heat_load_kw" */
	const char *cop_src;   /* "--cop" or "the profile's cop column" */
	int added;           /* a monthly loads file added to the profile */
	int cop_used;        /* building or profile heating was turned into
				extraction: a --cop given is used */
	int eer_used;        /* building or profile cooling into injection */
	const char *convention; /* how the file's columns were read when it is
				   not heatkit's own (GHEtool's), else NULL */
} hk_bf_loads;

/*
 * Read the loads file (loads_path, "-" = stdin; NULL = none) and the
 * profile (profile_path, NULL = none; at least one of them), into L, for
 * a simulation of years.  Building loads become ground loads with cop and
 * eer (NAN = not given; the profile's cop and eer columns otherwise):
 * extraction = heat (1 - 1/COP), injection = cool (1 + 1/EER).  A monthly
 * loads file given with a profile is added to the profile's months (peaks
 * added: conservative, hk_bfprof_add); hourly loads get their monthly
 * view.  On failure L holds nothing (freed).
 */
hk_status hk_bf_loads_read(const char *loads_path, const char *profile_path,
			   const char *encoding, int years, double cop,
			   double eer, hk_bf_loads *L, hk_err *err);
void hk_bf_loads_free(hk_bf_loads *L);

/*
 * Borehole coordinates x, y (m) from path: up to cap boreholes into x and
 * y, the line of each into line, the count into *n; then the field check
 * (hk_field_check with radius rb), an overlap located at the two lines.
 */
hk_status hk_bf_coords_read(const char *path, const char *encoding, double rb,
			    double *x, double *y, long *line, size_t cap,
			    size_t *n, hk_err *err);

/*
 * A field given as text: field "N1xN2" (or "N", a line; hk_layout_parse_size)
 * of the layout kind (bflayout.h; the command's --layout choice) at spacings
 * B1 x B2: at most cap boreholes into x, y, their count into *n, and the
 * field in words ("rectangle 12x10") into txt.
 */
hk_status hk_bf_field_parse(const char *field, hk_layout_kind kind, double B1, double B2,
			    double *x, double *y, size_t cap, size_t *n, char *txt,
			    size_t txtcap, hk_err *err);

#endif
