/*
 * borefield.h - ground-source borefields: one include for all of the
 * borefield core.  The modules, each named for what it models:
 *
 *   groundload.h  ground loads: monthly and hourly, checks, the peak
 *                 rule, building loads to ground loads, hours to months
 *   bfloads.h     monthly ground loads from a heatkit profile
 *   bflayout.h    where the boreholes stand: layouts, the field check
 *   bfdesign.h    the ground, the boreholes, Rb*, the limits, the period
 *   bflimits.h    mean-fluid limits from inlet/outlet limits (GB 50366)
 *   gcache.h      the g-function tables by depth (grid, anchor)
 *   bftemp.h      temperatures over the years (L3 monthly, L4 hourly by
 *                 FFT: fftconv.h) and the thermal balance
 *   bfsize.h      the depth of a field (and its plain reference)
 *   bfland.h      how many boreholes and where (count, land)
 *   bfhybrid.h    auxiliary cooler and heater at a fixed depth
 *   bfinput.h     a run's input tables: loads, profile, coordinates
 *   bfrun.h       one run, request to result (hk_borefield_run)
 *   bfreport.h    a run in words and tables (command layer: job.h; not
 *                 included here)
 *
 * Conventions (GHEtool, Peere et al. 2021):
 *   - loads are ground loads: extraction (heating, heat taken from the
 *     ground) and injection (cooling, heat rejected to the ground), both
 *     >= 0, in kWh per month or kW per hour;
 *   - a month is 730 h; a year 8760 h;
 *   - temperature limits apply to the mean fluid temperature
 *     Tf = (T_in + T_out)/2;
 *   - Tb(t) = Tg + Q_inj/(2 pi k N H) g(t), Q_inj = injection - extraction.
 *
 * Methods: L2 = three pulses in closed form (Ahmadfard & Bernier 2019 for
 * the last year, Monzo et al. 2016 / Peere et al. 2021 for the first);
 * L3 = monthly superposition plus peak pulses; L4 = hourly superposition
 * (FFT convolution).  g-functions come from gfunction.h (UBWT); L3 and
 * L4 read converged tables, L2 solves the UBWT g-function on its three
 * pulse times as the only time steps, as GHEtool (pygfunction) does,
 * which its published L2 depths reflect.
 *
 * Nothing here prints or exits; arrays are caller-owned unless stated.
 */
#ifndef HK_BOREFIELD_H
#define HK_BOREFIELD_H

#include "bfdesign.h"
#include "bfhybrid.h"
#include "bfinput.h"
#include "bfland.h"
#include "bflayout.h"
#include "bflimits.h"
#include "bfrun.h"
#include "bfsize.h"
#include "bftemp.h"
#include "gcache.h"
#include "groundload.h"

#endif
