/*
 * profile.h - the time step every chain module works on (DESIGN.md, the
 * pipeline contract: profile tables with a `days` weight).
 *
 * A step is the interval [start_h, end_h) of hours within day `day`, so
 * half-hour boundaries (07:00, 11:30, 18:30) are exact: a typical day is
 * 48 steps of 0.5 h, an hourly year 8760 steps of 1 h.  `days` is how many
 * real days the step's day stands for (1 for an 8760-h year; 28/62/45/16
 * for the Malan typical days).  Every annual figure is Σ value·hours·days.
 *
 * Steps of one day are consecutive and in time order; day indexes run
 * 0, 1, 2, ... without holes.  Arrays of steps are owned by the caller;
 * lib/ never allocates per step.
 */
#ifndef HK_PROFILE_H
#define HK_PROFILE_H

#include <stddef.h>

#include "status.h"

typedef struct hk_step {
	int day;          /* 0-based typical-day index or day of the year */
	int night;        /* 1 if the step lies outside the profile's day
			   * window (default 07:00-18:30), else 0 */
	double start_h;   /* step start, hours in [0, 24) */
	double end_h;     /* step end, hours in (start_h, 24] */
	double t_out_c;   /* outdoor dry-bulb temperature, ℃ */
	double load_kw;   /* total heat load of all buildings, kW (mean over
			   * the step) */
	double days;      /* weight: real days this step's day stands for */
} hk_step;

/* Hours of a step. */
static inline double hk_step_hours(const hk_step *s)
{
	return s->end_h - s->start_h;
}

/* Step s, the i-th (0-based) of its array, lies within its day:
 * 0 <= start < end <= 24. */
static inline hk_status hk_step_check_hours(const hk_step *s, size_t i, hk_err *err)
{
	if (!(s->start_h >= 0 && s->start_h < s->end_h &&
	      s->end_h <= 24))
		return hk_fail(err, HK_EINVAL,
			       "step %zu: hours %g-%g: expected 0 <="
			       " start < end <= 24", i + 1,
			       s->start_h, s->end_h);
	return HK_OK;
}

#endif
