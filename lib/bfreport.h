/*
 * bfreport.h - a borefield run in words and tables: the summary rows
 * (key, value, unit, label zh/en, source), the design-rule warnings, and
 * the month-by-month table with its chart.  hk_bf_summary and
 * hk_bf_warnings only fill memory; hk_bf_write is command-line layer code
 * (job.h: it writes, and dies on a write error).
 */
#ifndef HK_BFREPORT_H
#define HK_BFREPORT_H

#include <stddef.h>

#include "bfrun.h"
#include "job.h"
#include "summary.h"

/* The summary rows of a run, in the order the command prints them. */
hk_status hk_bf_summary(const hk_bf_request *q, const hk_bf_result *r, hk_summary *s);

/* The design-rule warnings of a run (imbalance, depth, diameter, spacing,
 * auxiliaries needed): up to max texts into warn, their count returned. */
size_t hk_bf_warnings(const hk_bf_request *q, const hk_bf_result *r, char (*warn)[512],
		      size_t max);

/*
 * Write a run as the job's output: the month-by-month table (month,
 * loads with their peaks at least the month's mean, wall and fluid
 * temperatures, the limits), in a workbook its chart of the fluid
 * temperature against time, the summary rows and the warnings (to stderr
 * and into the summary).
 */
void hk_bf_write(hk_job *job, const hk_bf_request *q, const hk_bf_result *r);

#endif
