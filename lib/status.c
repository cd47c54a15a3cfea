/* status.c - status strings and hk_err filling (see status.h). */
#include "status.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const status_text[] = {
#define HK_X_TEXT(code, text) text,
	HK_STATUS_LIST(HK_X_TEXT)
#undef HK_X_TEXT
};

const char *hk_strstatus(hk_status s)
{
	if ((int)s < 0 || s >= HK_STATUS_COUNT)
		return "unknown status";
	return status_text[s];
}

static void vfill(hk_err *err, hk_status code, const char *file, long line,
		  int col, long item, const char *fmt, va_list ap)
{
	err->code = code;
	err->line = line;
	err->col = col;
	err->item = item;
	err->item2 = 0;
	snprintf(err->file, sizeof(err->file), "%s", file ? file : "");
	vsnprintf(err->what, sizeof(err->what), fmt, ap);
}

hk_status hk_fail(hk_err *err, hk_status code, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		vfill(err, code, NULL, 0, 0, 0, fmt, ap);
		va_end(ap);
	}
	return code;
}

hk_status hk_fail_item(hk_err *err, hk_status code, long item, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		vfill(err, code, NULL, 0, 0, item, fmt, ap);
		va_end(ap);
	}
	return code;
}

hk_status hk_fail_at(hk_err *err, hk_status code, const char *file, long line,
		     int col, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		vfill(err, code, file, line, col, 0, fmt, ap);
		va_end(ap);
	}
	return code;
}

hk_status hk_err_prefix(hk_err *err, hk_status code, const char *fmt, ...)
{
	char pre[sizeof err->what], what[sizeof err->what];
	va_list ap;
	if (!err)
		return code;
	va_start(ap, fmt);
	vsnprintf(pre, sizeof pre, fmt, ap);
	va_end(ap);
	memcpy(what, err->what, sizeof what);
	snprintf(err->what, sizeof err->what, "%s: %s", pre, what);
	err->code = code;
	return code;
}

hk_status hk_err_locate(hk_err *err, hk_status code, const char *file, long line, int col)
{
	if (!err)
		return code;
	if (!err->file[0] && file)
		snprintf(err->file, sizeof err->file, "%s", file);
	if (err->line <= 0 && line > 0)
		err->line = line;
	if (err->col <= 0 && col > 0)
		err->col = col;
	err->code = code;
	return code;
}
