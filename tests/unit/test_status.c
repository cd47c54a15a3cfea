/*
 * test_status.c - passing an error up (status.h): hk_err_prefix puts what
 * the caller was doing before the callee's message and keeps where it is;
 * hk_err_locate places an error that has no location and leaves one that
 * has; both answer with the code and accept a NULL err.  And a real pass
 * up: a building's error from lib/loads.c names the building.
 */
#include <string.h>

#include "loads.h"
#include "status.h"
#include "unit.h"

int main(void)
{
	hk_err e;

	hk_fail(&e, HK_EINVAL, "flow margin 0: expected a factor >= 1");
	UNIT_EQ_INT(hk_err_prefix(&e, HK_ERANGE, "--load/--dt/--flow-margin"), HK_ERANGE, "returns the code");
	UNIT_EQ_STR(e.what, "--load/--dt/--flow-margin: flow margin 0: expected a factor >= 1",
		    "context, colon, the callee's message");
	UNIT_TRUE(e.code == HK_ERANGE && !e.file[0] && e.line == 0, "code set, no location made up");
	hk_err_prefix(&e, HK_ERANGE, "profile step %d", 7);
	UNIT_EQ_STR(e.what, "profile step 7: --load/--dt/--flow-margin: flow margin 0: expected a factor >= 1",
		    "printf-style, and prefixes nest outside in");

	hk_fail_at(&e, HK_EPARSE, "loads.csv", 4, 3, "ext_kwh is not a number (x): expected kWh");
	hk_err_prefix(&e, HK_EPARSE, "field 12x10");
	UNIT_TRUE(!strcmp(e.file, "loads.csv") && e.line == 4 && e.col == 3, "the location is kept");

	hk_fail_item(&e, HK_EINVAL, 5, "COP 0 at step 5");
	UNIT_EQ_INT(hk_err_locate(&e, HK_EINVAL, "profile.csv", 9, 2), HK_EINVAL, "locate returns the code");
	UNIT_TRUE(!strcmp(e.file, "profile.csv") && e.line == 9 && e.col == 2 && e.item == 5,
		  "placed at file:line:col, the item kept");
	UNIT_EQ_STR(e.what, "COP 0 at step 5", "the message untouched");
	hk_err_locate(&e, HK_EINVAL, "other.csv", 1, 1);
	UNIT_TRUE(!strcmp(e.file, "profile.csv") && e.line == 9 && e.col == 2,
		  "an error already located stays where it is");
	hk_fail(&e, HK_EINVAL, "no line");
	hk_err_locate(&e, HK_EINVAL, "pipes.csv", 0, 0);
	UNIT_TRUE(!strcmp(e.file, "pipes.csv") && e.line == 0 && e.col == 0, "a file alone: line and column left 0");

	UNIT_EQ_INT(hk_err_prefix(NULL, HK_ENOSOL, "x"), HK_ENOSOL, "NULL err: the code passes");
	UNIT_EQ_INT(hk_err_locate(NULL, HK_EIO, "f", 1, 1), HK_EIO, "NULL err: the code passes (locate)");

	{ /* a long message is cut at the buffer, never overrun */
		char big[2000];
		memset(big, 'x', sizeof big - 1);
		big[sizeof big - 1] = '\0';
		hk_fail(&e, HK_EINVAL, "%s", big);
		hk_err_prefix(&e, HK_EINVAL, "ctx");
		UNIT_TRUE(strlen(e.what) == sizeof e.what - 1 && !strncmp(e.what, "ctx: xxx", 8),
			  "prefix of a full message: cut to the buffer");
	}

	{ /* lib/loads.c: the second building's own error, passed up naming it */
		hk_building b[2];
		hk_climate c = {0};
		hk_loads_summary s;
		memset(b, 0, sizeof b);
		b[0].area_m2 = b[1].area_m2 = 100;
		b[0].index_w_m2 = 50;
		b[1].index_w_m2 = -1; /* a negative index: the building's check refuses it */
		b[0].t_in_c = b[1].t_in_c = 18;
		b[0].t_setback_c = b[1].t_setback_c = 10;
		b[0].day_start_h = b[1].day_start_h = 7;
		b[0].day_end_h = b[1].day_end_h = 18;
		c.t_heating_c = -10;
		c.t_mean_c = 0;
		c.heating_days = 120;
		UNIT_TRUE(hk_loads_summarise(b, 2, &c, &s, &e) != HK_OK, "a bad second building fails");
		UNIT_TRUE(!strncmp(e.what, "building 2: ", 12), "named by its position: building 2");
	}
	return unit_done();
}
