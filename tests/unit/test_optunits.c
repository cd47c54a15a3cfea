/*
 * test_optunits.c - every number option of every command takes an
 * explicit unit (issue 17): its [unit] names a dimension of lib/units.c,
 * so "--k 1.9W/mK" or "--life 15a" parse through the table reader's
 * units; an option with a plausible range has its default inside it.
 */
#include <stdio.h>

#include "../../cmd/cmds.h"
#include "unit.h"
#include "units.h"

static const hk_cmdinfo *const cmds[] = {&info_check, &info_init, &info_loadcalc, &info_hpsize,
					 &info_tanksize, &info_econ, &info_pumpselect, &info_borefield,
					 &info_report, NULL};

int main(void)
{
	const hk_cmdinfo *const *c;
	int ranged = 0;
	for (c = cmds; *c; c++) {
		const hk_option *o;
		for (o = (*c)->options; o && o->type != HK_OPT_END; o++) {
			char what[200];
			hk_dim d;
			double f, off;
			if (o->type != HK_OPT_NUM && o->type != HK_OPT_INT)
				continue;
			if (o->unit && o->type == HK_OPT_NUM) {
				snprintf(what, sizeof what, "%s --%s: unit %s is one of lib/units.c's", (*c)->name,
					 o->long_name, o->unit);
				UNIT_TRUE(hk_unit_find(o->unit, &d, &f, &off), what);
			}
			if (o->hi > o->lo) {
				ranged++;
				if (o->has_def) {
					snprintf(what, sizeof what, "%s --%s: default %g within %g to %g", (*c)->name,
						 o->long_name, o->defval, o->lo, o->hi);
					UNIT_TRUE(o->defval >= o->lo && o->defval <= o->hi, what);
				}
			}
		}
	}
	UNIT_TRUE(ranged >= 30, "borefield's physical options carry plausible ranges");
	return unit_done();
}
