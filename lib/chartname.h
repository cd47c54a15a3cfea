/*
 * chartname.h - a libxlsxwriter chart's title and axis names, each set
 * only when given (the profile charts of output.c and the report's of
 * workbook.c name theirs alike).
 */
#ifndef HK_CHARTNAME_H
#define HK_CHARTNAME_H

#include <xlsxwriter.h>

static inline void hk_chart_names(lxw_chart *ch, const char *title, const char *x_label,
				  const char *y_label)
{
	if (title)
		chart_title_set_name(ch, title);
	if (x_label)
		chart_axis_set_name(ch->x_axis, x_label);
	if (y_label)
		chart_axis_set_name(ch->y_axis, y_label);
}

#endif
