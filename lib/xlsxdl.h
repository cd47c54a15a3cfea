/*
 * xlsxdl.h - libxlsxwriter is opened at the first workbook, not linked
 * (lib/xlsxdl.c: start-up, issue 17).  The library's functions are called
 * as its header declares them; this only says why it could not be opened.
 */
#ifndef HK_XLSXDL_H
#define HK_XLSXDL_H

/* Why libxlsxwriter could not be opened (workbook_new_opt returned NULL
 * for that), in words; NULL when it opened or was not tried. */
const char *hk_xlsx_open_error(void);

#endif
