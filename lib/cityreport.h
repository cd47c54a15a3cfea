/*
 * cityreport.h - the rows that name a design-basis city in a summary
 * (loadcalc --city, hpsize --city): the city with its province, station
 * and source, its English name, and its GB 50736-2012 Appendix A design
 * temperatures and heating days, each row stated once for every report
 * that names a city.  Rows only: writing them is the command's (job.h).
 */
#ifndef HK_CITYREPORT_H
#define HK_CITYREPORT_H

#include "climate.h"
#include "summary.h"

/* the climate rows of a city, in hk_city_rows */
enum { HK_CITY_T_HEATING, HK_CITY_T_WINTER_AC, HK_CITY_HEATING_DAYS, HK_CITY_T_MEAN, HK_CITY_NROWS };
extern const hk_sumspec hk_city_rows[HK_CITY_NROWS];

/* Add the rows city (its source: province, name, station and the data
 * file's source) and city_en (when the city has an English name) to s;
 * nonzero when a row could not be added. */
int hk_city_name_rows(hk_summary *s, const hk_city *c);

#endif
