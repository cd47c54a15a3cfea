/*
 * bfhybrid.h - a borefield with help: at a fixed depth, the auxiliary
 * cooler (tower) and heater that take the load peaks the field cannot.
 * Nothing here prints or exits.
 */
#ifndef HK_BFHYBRID_H
#define HK_BFHYBRID_H

#include "bfdesign.h"
#include "gcache.h"
#include "groundload.h"
#include "status.h"


/*
 * Auxiliary (hybrid) sizing at a fixed depth H: the smallest cap (kW) on
 * the ground injection above which a cooling tower takes the load (and,
 * separately, on the extraction above which an auxiliary heater takes
 * it) so that the limits hold (GB 50366-2009 4.3.3 allows such peaks to
 * be taken by an auxiliary source).  With hourly loads (hl) every hour
 * is capped and the temperatures are L4; the auxiliary energy is the
 * load above the cap, exactly.  With monthly loads (ml, hl NULL) the
 * temperatures are L3 and a month is L3's load model: one peak block of
 * peak_hours at the peak on a flat base carrying the rest of the energy;
 * the energy above the cap comes off the month's ground energy and is
 * the auxiliary energy (a lower bound when peaks recur daily).  Outputs
 * the auxiliary capacity (kW, = largest load - cap) and yearly
 * auxiliary energy (kWh, mean over the years).  0 when the field needs
 * no help.  Fails with HK_ENOSOL when even removing all of that load
 * does not help (the other limit binds).
 */
typedef struct hk_hybrid {
	double cool_kw, cool_kwh_y;   /* auxiliary cooling (tower) */
	double heat_kw, heat_kwh_y;   /* auxiliary heating */
	double Tf_max, Tf_min;        /* with the auxiliaries */
} hk_hybrid;
hk_status hk_hybrid_size(const hk_bfdesign *d, const hk_mload *ml,
			 const hk_hload *hl, double H, hk_gcache *gc,
			 hk_hybrid *res, hk_err *err);

#endif
