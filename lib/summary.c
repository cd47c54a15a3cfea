/* summary.c - key/value design results (see summary.h). */
#include "summary.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static hk_sumrow *add(hk_summary *s, const char *key)
{
	hk_sumrow *r;
	if (s->n == s->cap) {
		size_t nc = s->cap ? 2 * s->cap : 16;
		hk_sumrow *nr = realloc(s->rows, nc * sizeof *nr);
		if (!nr)
			return NULL;
		s->rows = nr;
		s->cap = nc;
	}
	r = &s->rows[s->n++];
	memset(r, 0, sizeof *r);
	snprintf(r->key, sizeof r->key, "%s", key);
	r->decimals = -1;
	return r;
}

/* s into d[sz], cut at a character boundary when it does not fit: a
 * UTF-8 sequence cut in two makes the summary unreadable as UTF-8 (a
 * city's long source in cities.csv) */
static void copy_text(char *d, size_t sz, const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (n >= sz) {
		n = sz - 1;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
	}
	if (n)
		memcpy(d, s, n);
	d[n] = '\0';
}

static void labels(hk_sumrow *r, const char *zh, const char *en, const char *source)
{
	copy_text(r->label_zh, sizeof r->label_zh, zh);
	copy_text(r->label_en, sizeof r->label_en, en);
	copy_text(r->source, sizeof r->source, source);
}

hk_status hk_sum_num(hk_summary *s, const char *key, double value, const char *unit,
		     int decimals, const char *label_zh, const char *label_en,
		     const char *source)
{
	hk_sumrow *r = add(s, key);
	if (!r)
		return HK_ENOMEM;
	r->value = value;
	r->decimals = decimals;
	snprintf(r->unit, sizeof r->unit, "%s", unit ? unit : "");
	labels(r, label_zh, label_en, source);
	return HK_OK;
}

hk_status hk_sum_text(hk_summary *s, const char *key, const char *text,
		      const char *label_zh, const char *label_en, const char *source)
{
	hk_sumrow *r = add(s, key);
	if (!r)
		return HK_ENOMEM;
	r->is_text = 1;
	copy_text(r->text, sizeof r->text, text);
	labels(r, label_zh, label_en, source);
	return HK_OK;
}

hk_status hk_sum_row(hk_summary *s, const hk_sumspec *r, double value, const char *source)
{
	return hk_sum_num(s, r->key, value, r->unit, r->decimals, r->label_zh, r->label_en,
			  source ? source : r->source);
}

hk_status hk_sum_row_text(hk_summary *s, const hk_sumspec *r, const char *text, const char *source)
{
	return hk_sum_text(s, r->key, text, r->label_zh, r->label_en, source ? source : r->source);
}

const hk_sumspec *hk_sumspec_find(const hk_sumspec *t, size_t n, const char *key)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(t[i].key, key))
			return &t[i];
	return NULL;
}

const char *hk_sum_warn(hk_summary *s, const char *fmt, ...)
{
	char key[32];
	hk_sumrow *r;
	va_list ap;
	snprintf(key, sizeof key, "warning_%d", ++s->nwarn);
	r = add(s, key);
	if (!r)
		return "out of memory";
	r->is_text = 1;
	va_start(ap, fmt);
	vsnprintf(r->text, sizeof r->text, fmt, ap);
	va_end(ap);
	labels(r, "警告", "warning", "");
	return r->text;
}

const hk_sumrow *hk_sum_get(const hk_summary *s, const char *key)
{
	size_t i;
	for (i = 0; i < s->n; i++)
		if (!strcmp(s->rows[i].key, key))
			return &s->rows[i];
	return NULL;
}

int hk_sum_lookup(void *summary, const char *key, double *value)
{
	const hk_sumrow *r = hk_sum_get(summary, key);
	if (!r)
		return 0;
	if (r->is_text)
		return -1;
	/* rules see the value as the summary prints it, so that --check and
	 * `heatkit check` on the printed summary always agree */
	if (r->decimals >= 0 && isfinite(r->value)) {
		char buf[64];
		snprintf(buf, sizeof buf, "%.*f", r->decimals, r->value);
		*value = strtod(buf, NULL);
	} else {
		*value = r->value;
	}
	return 1;
}

void hk_sum_free(hk_summary *s)
{
	free(s->rows);
	memset(s, 0, sizeof *s);
}

hk_status hk_sum_write(const hk_summary *s, hk_out *o, int lang_zh, int primary, hk_err *err)
{
	static const hk_col cols[] = {
		{"key", NULL, "键", "key", -1},
		{"value", NULL, "数值", "value", -1},
		{"unit", NULL, "单位", "unit", -1},
		{"label", NULL, "说明", "label", -1},
		{"source", NULL, "依据/来源", "source", -1},
	};
	size_t i;
	hk_status st = hk_out_table(o, "汇总", "summary", cols, 5, primary, err);
	for (i = 0; st == HK_OK && i < s->n; i++) {
		const hk_sumrow *r = &s->rows[i];
		hk_cell c[5];
		char num[64];
		const char *lab = lang_zh ? r->label_zh : r->label_en;
		if (!*lab)
			lab = lang_zh ? r->label_en : r->label_zh;
		c[0] = hk_ctext(r->key);
		if (r->is_text) {
			c[1] = hk_ctext(r->text);
		} else if (hk_out_is_xlsx(o)) {
			c[1] = hk_cnum(r->value);
		} else {
			if (r->decimals >= 0)
				snprintf(num, sizeof num, "%.*f", r->decimals, r->value);
			else
				snprintf(num, sizeof num, "%.10g", r->value);
			c[1] = hk_ctext(num);
		}
		c[2] = hk_ctext(r->unit);
		c[3] = hk_ctext(lab);
		c[4] = hk_ctext(r->source);
		st = hk_out_row(o, c, err);
	}
	return st;
}
