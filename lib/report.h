/*
 * report.h - the tender workbook: a project's outputs gathered into one
 * workbook (汇总, 设备表, 负荷, 计算书, 经济) that a spreadsheet recomputes.
 *
 * The inputs are the files the project's commands wrote (rptin.h tells
 * them apart).  What heatkit's models computed (loads, unit counts, tank
 * capability, pump duty) is written as values with their inputs beside
 * them; sums, investments and the cash flows (NPV, IRR, paybacks, life-
 * cycle cost) are formulas over input cells (quantities, unit prices, the
 * operating costs, the discount and escalation rates), and 汇总 refers to
 * those cells instead of repeating numbers.
 *
 * Files of one project only: figures that two files both state (the
 * design load, the unit count, the tank, the building set, each scheme's
 * investment) must agree, or the report fails naming the file and key.
 */
#ifndef HK_REPORT_H
#define HK_REPORT_H

#include <stddef.h>

#include "progress.h"
#include "rptin.h"
#include "status.h"

typedef struct hk_report_opts {
	const char *project;        /* project name: page headers, 汇总 */
	const char *date;           /* date printed in page headers */
	int lang_zh;                /* Chinese throughout, else English */
	const char *prices_default; /* unit-price file used when none is given */
	const hk_progress *progress; /* each phase and sheet, or NULL */
	const char *pumps_default;  /* the pump catalog (curves for the charts), or NULL */
} hk_report_opts;

/* Check files[0..n) against each other and write the workbook to path
 * (.xlsx, through a temporary name).  Fails, writing nothing, on a file
 * that contradicts another, a key a sheet needs that its file lacks, or
 * a designed item without a unit price; err names the file and the key. */
hk_status hk_report(const hk_rfile *files, size_t n, const hk_report_opts *o, const char *path,
		    hk_err *err);

#endif
