/* climate.c - city look-up in cities.csv (see climate.h). */
#include "climate.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "grow.h"
#include "table.h"
#include "text.h"

/* the cities table's columns (columns.h) */
enum { C_PROV = HK_CITY_PROV, C_CITY = HK_CITY_CITY, C_STATION = HK_CITY_STATION, C_LAT = HK_CITY_LAT,
       C_LON = HK_CITY_LON, C_ALT = HK_CITY_ALT, C_TH = HK_CITY_TH, C_TWAC = HK_CITY_TWAC,
       C_DAYS = HK_CITY_DAYS, C_TMEAN = HK_CITY_TMEAN, C_TSUM = HK_CITY_TSUM,
       C_SOURCE = HK_CITY_SOURCE, C_NAME_EN = HK_CITY_NAME_EN };

/* a and b the same English name, ignoring case, spaces, apostrophes and
 * hyphens ("xian" is Xi'an, "hong kong" Hong Kong) */
static int en_same(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ' || *a == '\'' || *a == '-')
			a++;
		while (*b == ' ' || *b == '\'' || *b == '-')
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (((unsigned char)*a | 0x20) != ((unsigned char)*b | 0x20))
			return 0;
		a++, b++;
	}
}

/* strip a trailing administrative suffix: 铜川市 → 铜川 */
static void base_name(const char *in, char *out, size_t sz)
{
	static const char *const suf[] = {"市", "县", "区", "地区", "盟", "自治州", "州"};
	size_t i, n;
	hk_fold(in, out, sz, 1);
	n = strlen(out);
	for (i = 0; i < sizeof suf / sizeof suf[0]; i++) {
		size_t k = strlen(suf[i]);
		if (n > k + 3 && !strcmp(out + n - k, suf[i])) {
			out[n - k] = '\0';
			return;
		}
	}
}

static double num_or_nan(hk_reader *r, size_t i, hk_err *err, hk_status *st)
{
	double v = NAN;
	hk_status s = hk_reader_num(r, i, &v, err);
	if (s != HK_OK && s != HK_ENOTFOUND)
		*st = s;
	return s == HK_OK ? v : NAN;
}

struct cand {
	hk_city c;
	size_t dist;
};

/* append c (at edit distance dist from the query) to the list v[0..*n-1] */
static hk_status add_cand(struct cand **v, size_t *n, size_t *cap, const hk_city *c, size_t dist, hk_err *err)
{
	hk_status st = hk_grow((void **)v, cap, *n, sizeof **v, err);
	if (st != HK_OK)
		return st;
	(*v)[*n].c = *c;
	(*v)[(*n)++].dist = dist;
	return HK_OK;
}

/* The one city that matched, else an error listing the matches (ambiguous)
 * or the nearest names (unknown). */
static hk_status city_verdict(const char *query, const struct cand *m, size_t nm,
			      const struct cand *near, size_t nn, hk_city *out, hk_err *err)
{
	char list[1024];
	size_t i, o = 0, k;
	hk_status st = HK_OK;

	list[0] = '\0';
	if (nm == 1) {
		*out = m[0].c;
	} else if (nm > 1) {
		for (i = 0; i < nm && o + 80 < sizeof list; i++)
			o += (size_t)snprintf(list + o, sizeof list - o, "%s%s %s (%s)",
					      i ? ", " : "", m[i].c.province, m[i].c.name, m[i].c.station);
		st = hk_fail(err, HK_EINVAL,
			     "ambiguous city (%s): expected one of %s (give the station number or \"province city\")",
			     query, list);
	} else {
		/* nearest first: distance 0 (substring), 1, 2 */
		for (k = 0; k <= 2; k++)
			for (i = 0; i < nn && o + 80 < sizeof list; i++)
				if (near[i].dist == k)
					o += (size_t)snprintf(list + o, sizeof list - o, "%s%s %s (%s)",
							      o ? ", " : "", near[i].c.province,
							      near[i].c.name, near[i].c.station);
		st = hk_fail(err, HK_ENOTFOUND,
			     "unknown city (%s): expected a city or station of GB 50736 Appendix A%s%s",
			     query, o ? "; nearest: " : " (see data/climate/cities.csv)", list);
	}
	return st;
}

hk_status hk_city_find(const char *path, const char *query, const char *encoding,
		       hk_city *out, hk_err *err)
{
	hk_reader *r;
	hk_status st;
	char q[256], qprov[128] = "";
	int by_station;
	struct cand *m = NULL, *near = NULL;
	size_t nm = 0, cm = 0, nn = 0, cn = 0;
	int rc;

	hk_fold(query, q, sizeof q, 0);
	{ /* "陕西 铜川" or "陕西/铜川": province then city */
		char *sep = strpbrk(q, " /,");
		if (sep) {
			*sep = '\0';
			snprintf(qprov, sizeof qprov, "%s", q);
			memmove(q, sep + 1, strlen(sep + 1) + 1);
		}
	}
	{
		char tmp[256];
		base_name(q, tmp, sizeof tmp);
		snprintf(q, sizeof q, "%s", tmp);
	}
	by_station = q[0] && strspn(q, "0123456789") == strlen(q);

	st = hk_reader_open(&r, path, encoding, err);
	if (st != HK_OK)
		return st;
	st = hk_reader_bind_kind(r, &hk_tk_cities, err);
	while (st == HK_OK && (rc = hk_reader_next(r, err)) > 0) {
		hk_city c;
		char nb[128], pb[128];
		int hit;
		memset(&c, 0, sizeof c);
		snprintf(c.province, sizeof c.province, "%s", hk_reader_text(r, C_PROV));
		snprintf(c.name, sizeof c.name, "%s", hk_reader_text(r, C_CITY));
		snprintf(c.station, sizeof c.station, "%s", hk_reader_text(r, C_STATION));
		if (hk_reader_has(r, C_SOURCE))
			snprintf(c.source, sizeof c.source, "%s", hk_reader_text(r, C_SOURCE));
		if (hk_reader_has(r, C_NAME_EN))
			snprintf(c.name_en, sizeof c.name_en, "%s", hk_reader_text(r, C_NAME_EN));
		base_name(c.name, nb, sizeof nb);
		base_name(c.province, pb, sizeof pb);
		if (by_station)
			hit = !strcmp(c.station, q);
		else
			hit = (!strcmp(nb, q) && (!qprov[0] || !strncmp(pb, qprov, strlen(pb)) ||
						  !strncmp(qprov, pb, strlen(pb)))) ||
			      (c.name_en[0] && en_same(c.name_en, query));
		if (hit || !by_station) {
			c.lat = num_or_nan(r, C_LAT, err, &st);
			c.lon = num_or_nan(r, C_LON, err, &st);
			c.alt_m = num_or_nan(r, C_ALT, err, &st);
			c.t_heating_c = num_or_nan(r, C_TH, err, &st);
			c.t_winter_ac_c = num_or_nan(r, C_TWAC, err, &st);
			c.heating_days = num_or_nan(r, C_DAYS, err, &st);
			c.t_mean_heating_c = num_or_nan(r, C_TMEAN, err, &st);
			c.t_summer_ac_db_c = num_or_nan(r, C_TSUM, err, &st);
			if (isnan(c.heating_days))
				c.heating_days = 0;
			if (c.heating_days == 0)
				c.t_mean_heating_c = NAN;
		}
		if (st != HK_OK)
			break;
		if (hit) {
			if ((st = add_cand(&m, &nm, &cm, &c, 0, err)) != HK_OK)
				break;
		} else if (!by_station) {
			size_t d = hk_edit_distance(q, nb);
			int sub = strstr(nb, q) != NULL || strstr(q, nb) != NULL;
			if (sub)
				d = 0;
			if ((d <= 2 || sub) && (st = add_cand(&near, &nn, &cn, &c, d, err)) != HK_OK)
				break;
		}
	}
	if (st == HK_OK && rc < 0)
		st = err ? err->code : HK_EPARSE;
	hk_reader_close(r);
	if (st == HK_OK)
		st = city_verdict(query, m, nm, near, nn, out, err);
	free(m);
	free(near);
	return st;
}
