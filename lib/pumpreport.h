/*
 * pumpreport.h - what pumpselect writes, built from a selection's request
 * and result (pumpselect.h): the summary (DESIGN.md: key, value, unit,
 * label zh/en, source; the design point, the chosen pumps, the ranking,
 * the staged group, the annual energy, the EHR-h check, every default with
 * its source), the candidates table, the curves table and the columns the
 * profile gets.  Rows and cells only: writing them is the command's (job.h).
 */
#ifndef HK_PUMPREPORT_H
#define HK_PUMPREPORT_H

#include "output.h"
#include "pumpselect.h"
#include "summary.h"

/* Append the summary rows to s.  Warnings are rows too (hk_sum_warn), in
 * their place, for the command to print.  Fails HK_ENOMEM only. */
hk_status hk_pumpselect_summary(const hk_ps_request *q, const hk_ps_result *r, hk_summary *s);

/* The candidates table: its columns, and the cells of candidate k listed at
 * place (1-based among those meeting the duty; 0 for one that does not).
 * note (>= 600 bytes) holds the text of the notes cell. */
#define HK_PS_NCAND 20
extern const hk_col hk_ps_cand_cols[HK_PS_NCAND];
void hk_ps_cand_cells(const hk_ps_result *r, const hk_ps_cand *k, int place, hk_cell *cell,
		      char *note, size_t nsz);

/* The curves table (a workbook's chart): HK_PS_CURVE_POINTS flows from 0
 * to past the duty and the full-speed point; the chosen pumps in parallel
 * at full and at the duty speed, only within the catalog's range, and the
 * system curve. */
#define HK_PS_CURVE_POINTS 41
extern const hk_col hk_ps_curve_cols[4];
void hk_ps_curve_cells(const hk_ps_result *r, int i, hk_cell cell[4]);

/* The columns the profile gets (the flow when it had a heat load, the price
 * when it had none and one was given, the system head, power and speed
 * fixed, variable and staged, the flags): into cols (room for
 * HK_PS_PROFILE_MAXCOLS), returning their count; and step i's cells.
 * text (>= 2 x 300 bytes) holds the text cells. */
#define HK_PS_PROFILE_MAXCOLS 12
size_t hk_ps_profile_cols(const hk_ps_request *q, const hk_ps_result *r, hk_col *cols);
void hk_ps_profile_cells(const hk_ps_request *q, const hk_ps_result *r, size_t i, hk_cell *cell,
			 char text[2][300]);

#endif
