/*
 * invest.c - the investment items, the unit-price table and the
 * investment table econ reads (see invest.h).
 */
#include "invest.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "columns.h"
#include "grow.h"

const hk_inv_item hk_inv_items[] = {
	[HK_ITEM_HEAT_PUMP] = {"heat_pump_kw",
			       "heat_pump_kw|heat_pump|low_temperature_air_source_heat_pump|热泵|空气源热泵", "kW",
			       HK_DIM_POWER, "heat pumps, rated kW"},
	[HK_ITEM_TANK] = {"tank_m3", "tank_m3|tank|storage_tank|蓄热罐", "m3", HK_DIM_VOLUME,
			  "effective tank volume"},
	[HK_ITEM_PUMP] = {"pump_kw", "pump_kw|pump|circulating_pump|循环泵|水泵", "kW", HK_DIM_POWER,
			  "circulating pumps, kW of power"},
	[HK_ITEM_LAND] = {"land_m2", "land_m2|land|征地|征地费", "m2", HK_DIM_AREA, "land"},
	[HK_ITEM_OTHER] = {"other_yuan", "other_yuan|other|其他", "yuan", HK_DIM_MONEY, "other cost, 元"},
	[HK_ITEM_BOREHOLE] = {"borehole_m", "borehole_m|borehole|钻孔|地埋孔", "m", HK_DIM_LENGTH, "ground-source boreholes, metres drilled"},
	[HK_ITEM_GSHP] = {"gshp_kw", "gshp_kw|ground_source_heat_pump_kw|ground_source_heat_pump|地源热泵", "kW", HK_DIM_POWER,
	 "ground-source heat pumps, rated kW"},
	[HK_ITEM_BOILER] = {"boiler_kw", "boiler_kw|electric_boiler_kw|electric_boiler|电锅炉|电极锅炉", "kW",
			    HK_DIM_POWER, "electric boilers, kW"},
	[HK_ITEM_GAS_BOILER] = {"gas_boiler_kw", "gas_boiler_kw|gas_boiler|燃气锅炉", "kW", HK_DIM_POWER,
				"gas boilers, rated heat output kW"},
};
const size_t hk_inv_nitems = sizeof hk_inv_items / sizeof hk_inv_items[0];
_Static_assert(sizeof hk_inv_items / sizeof hk_inv_items[0] <= sizeof ((hk_prices *)0)->pick /
	       sizeof ((hk_prices *)0)->pick[0], "hk_prices.pick holds every item");

int hk_inv_item_of(const char *name)
{
	char f[128];
	hk_header_fold(name, f, sizeof f);
	for (size_t i = 0; i < hk_inv_nitems; i++) {
		const char *a = hk_inv_items[i].aliases;
		size_t n = strlen(f);
		while (*a) {
			size_t len = strcspn(a, "|");
			if (len == n && !strncmp(a, f, n))
				return (int)i;
			a += len + (a[len] == '|');
		}
	}
	return -1;
}

const char *hk_inv_item_list(char *buf, size_t sz)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < hk_inv_nitems && o < sz; i++)
		o += (size_t)snprintf(buf + o, sz - o, "%s%s", i == 0 ? "" : i + 1 == hk_inv_nitems ? " or " : ", ",
				      hk_inv_items[i].key);
	return buf;
}

/* ---- unit prices --------------------------------------------------- */

/* the price table's columns (columns.h) */
enum { P_ID = HK_UP_ID, P_ITEM = HK_UP_ITEM, P_UNIT = HK_UP_UNIT, P_PRICE = HK_UP_PRICE, P_YEAR = HK_UP_YEAR,
       P_STATUS = HK_UP_STATUS, P_DEFAULT = HK_UP_DEFAULT, P_SOURCE = HK_UP_SOURCE };

static hk_status price_status(hk_reader *r, hk_price *p, hk_err *err)
{
	static const char *const names[] = {"", "sourced", "derived", "placeholder"};
	const char *t = hk_reader_has(r, P_STATUS) ? hk_reader_text(r, P_STATUS) : "";
	const char *s = hk_reader_has(r, P_SOURCE) ? hk_reader_text(r, P_SOURCE) : "";
	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
		if (!strcmp(t, names[k])) {
			p->status = (hk_price_status)k;
			/* a source that says so is a placeholder whatever the status */
			if (!strncmp(s, "placeholder", 11))
				p->status = HK_PRICE_PLACEHOLDER;
			return HK_OK;
		}
	return hk_reader_fail(r, P_STATUS, err, "unknown status (%s): expected sourced, derived or placeholder", t);
}

static hk_status price_default(hk_reader *r, hk_price *p, hk_err *err)
{
	static const char *const yes[] = {"yes", "y", "1", "true", "default", "是"};
	static const char *const no[] = {"", "no", "n", "0", "false", "否"};
	const char *t = hk_reader_has(r, P_DEFAULT) ? hk_reader_text(r, P_DEFAULT) : "";
	for (size_t k = 0; k < sizeof yes / sizeof yes[0]; k++)
		if (!strcmp(t, yes[k]) || !strcmp(t, no[k])) {
			p->is_default = !strcmp(t, yes[k]);
			return HK_OK;
		}
	return hk_reader_fail(r, P_DEFAULT, err, "default (%s): expected yes or empty", t);
}

/* the row's figure, converted to 元 per the item's unit */
static hk_status price_value(hk_reader *r, hk_price *p, hk_err *err)
{
	const hk_inv_item *it = &hk_inv_items[p->item];
	double v, f = 1;
	hk_status st = hk_reader_num(r, P_PRICE, &v, err);
	if (st == HK_ENOTFOUND) {
		if (p->status == HK_PRICE_PLACEHOLDER)
			return HK_OK; /* a reminder without a figure */
		return hk_reader_fail(r, hk_reader_has(r, P_PRICE) ? P_PRICE : P_ITEM, err,
				      "no price for %s: expected a unit price (or status placeholder for a row "
				      "that only says none is known)", it->key);
	}
	if (st != HK_OK)
		return st;
	/* money per unit of quantity (元/W, 万元/m3) → 元 per the item's unit (kW, m3) */
	if (*p->unit && !hk_unit_ratio(HK_DIM_MONEY, it->dim, p->unit, &f))
		return hk_reader_fail(r, P_UNIT, err, "unknown unit (%s): expected 元/U, yuan/U or 万元/U with U one of %s",
				      p->unit, hk_dim_units_list(it->dim));
	/* 1e308 万元/m3 is no price: refused here, not as "not a number" of
	 * the whole investment later (issue 18 follow-up) */
	if (!isfinite(v * f))
		return hk_reader_fail(r, P_PRICE, err, "price out of range (%s %s): expected a finite unit price",
				      hk_reader_text(r, P_PRICE), p->unit);
	p->has_price = 1;
	p->price = v * f;
	return HK_OK;
}

/* The rows' ids, hashed: "an id twice" is found in one look-up per row,
 * not by a scan of every row before it (200 000 rows took minutes,
 * issue 18).  Open addressing, FNV-1a; slot = row index + 1, 0 = free. */
typedef struct {
	size_t *slot, cap;
} id_set;

static size_t id_hash(const char *s)
{
	size_t h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

/* the row before row n with id, or -1; row n's id added.  -2: no memory */
static long id_seen(id_set *h, const hk_prices *ps, size_t n, const char *id)
{
	size_t i;
	if (2 * (n + 1) > h->cap) { /* grow to twice the rows, rehash */
		size_t nc = h->cap ? 2 * h->cap : 64, *ns = calloc(nc, sizeof *ns);
		if (!ns)
			return -2;
		for (size_t k = 0; k < h->cap; k++)
			if (h->slot[k]) {
				for (i = id_hash(ps->v[h->slot[k] - 1].id) & (nc - 1); ns[i]; i = (i + 1) & (nc - 1))
					;
				ns[i] = h->slot[k];
			}
		free(h->slot);
		h->slot = ns;
		h->cap = nc;
	}
	for (i = id_hash(id) & (h->cap - 1); h->slot[i]; i = (i + 1) & (h->cap - 1))
		if (!strcmp(ps->v[h->slot[i] - 1].id, id))
			return (long)h->slot[i] - 1;
	h->slot[i] = n + 1;
	return -1;
}

static hk_status price_row(hk_reader *r, hk_prices *ps, id_set *ids, hk_price *p, hk_err *err)
{
	const char *id = hk_reader_has(r, P_ID) ? hk_reader_text(r, P_ID) : "";
	char list[256];
	hk_status st;
	memset(p, 0, sizeof *p);
	p->item = hk_inv_item_of(hk_reader_text(r, P_ITEM));
	if (p->item < 0)
		return hk_reader_fail(r, P_ITEM, err, "unknown item (%s): expected %s (or the unit-prices.csv names)",
				      hk_reader_text(r, P_ITEM), hk_inv_item_list(list, sizeof list));
	if (strlen(id) >= sizeof p->id)
		return hk_reader_fail(r, P_ID, err, "id too long (%s): expected at most %zu bytes", id, sizeof p->id - 1);
	snprintf(p->id, sizeof p->id, "%s", id);
	if (*id) {
		long j = id_seen(ids, ps, ps->n, id);
		if (j == -2)
			return hk_fail(err, HK_ENOMEM, "out of memory");
		if (j >= 0)
			return hk_reader_fail(r, P_ID, err, "id %s again (line %ld has it): expected one row per id",
					      id, ps->v[j].line);
	}
	snprintf(p->item_text, sizeof p->item_text, "%s", hk_reader_text(r, P_ITEM));
	snprintf(p->unit, sizeof p->unit, "%s", hk_reader_has(r, P_UNIT) ? hk_reader_text(r, P_UNIT) : "");
	snprintf(p->year, sizeof p->year, "%s", hk_reader_has(r, P_YEAR) ? hk_reader_text(r, P_YEAR) : "");
	snprintf(p->source, sizeof p->source, "%s", hk_reader_has(r, P_SOURCE) ? hk_reader_text(r, P_SOURCE) : ps->file);
	p->line = hk_reader_line(r);
	p->item_col = (int)hk_reader_col(r, P_ITEM) + 1;
	p->price_col = hk_reader_has(r, P_PRICE) ? (int)hk_reader_col(r, P_PRICE) + 1 : p->item_col;
	if ((st = price_status(r, p, err)) || (st = price_default(r, p, err)) || (st = price_value(r, p, err)))
		return st;
	return HK_OK;
}

hk_status hk_prices_read(hk_reader *r, hk_prices *p, hk_err *err)
{
	hk_status st;
	id_set ids = {NULL, 0};
	int rc;
	memset(p, 0, sizeof *p);
	snprintf(p->file, sizeof p->file, "%s", hk_reader_name(r));
	for (size_t i = 0; i < sizeof p->pick / sizeof p->pick[0]; i++)
		p->pick[i] = -1;
	if ((st = hk_reader_bind_kind(r, &hk_tk_prices, err)) != HK_OK)
		return st;
	while ((rc = hk_reader_next(r, err)) > 0) {
		if ((st = hk_grow((void **)&p->v, &p->cap, p->n, sizeof *p->v, err)) != HK_OK ||
		    (st = price_row(r, p, &ids, &p->v[p->n], err)) != HK_OK) {
			free(ids.slot);
			return st;
		}
		p->n++;
	}
	free(ids.slot);
	return rc < 0 ? err ? err->code : HK_EPARSE : HK_OK;
}

hk_status hk_prices_load(const char *path, hk_prices *p, hk_err *err)
{
	hk_reader *r;
	hk_status st;
	memset(p, 0, sizeof *p);
	if ((st = hk_reader_open(&r, path, NULL, err)) != HK_OK)
		return st;
	st = hk_prices_read(r, p, err);
	hk_reader_close(r);
	return st;
}

void hk_prices_free(hk_prices *p)
{
	free(p->v);
	p->v = NULL;
	p->n = p->cap = 0;
}

/* "a, b, c" (at most sz bytes): the ids of item's rows (every row's for
 * item -1) but row skip */
static void ids_of(const hk_prices *p, int item, long skip, char *buf, size_t sz)
{
	size_t o = 0;
	buf[0] = '\0';
	for (size_t j = 0; j < p->n && o < sz; j++)
		if ((item < 0 || p->v[j].item == item) && p->v[j].id[0] && (long)j != skip)
			o += (size_t)snprintf(buf + o, sz - o, "%s%s", o ? ", " : "", p->v[j].id);
}

static hk_status choose_ids(hk_prices *p, const char *const *ids, size_t nids, hk_err *err)
{
	char list[512];
	for (size_t k = 0; k < nids; k++) {
		size_t j;
		for (j = 0; j < p->n && strcmp(p->v[j].id, ids[k]); j++)
			;
		if (j == p->n) {
			ids_of(p, -1, -1, list, sizeof list);
			return hk_fail(err, HK_EINVAL, "--price (%s): no row with that id in %s: expected one of: %s",
				       ids[k], p->file, *list ? list : "(the table has no id column)");
		}
		if (p->pick[p->v[j].item] >= 0)
			return hk_fail(err, HK_EINVAL, "--price (%s, %s): two rows for %s: expected one price per item",
				       p->v[p->pick[p->v[j].item]].id, ids[k], hk_inv_items[p->v[j].item].key);
		p->pick[p->v[j].item] = (long)j;
		p->v[j].chosen = HK_CHOSEN_ID;
	}
	return HK_OK;
}

hk_status hk_prices_choose(hk_prices *p, const char *const *ids, size_t nids, hk_err *err)
{
	hk_status st = choose_ids(p, ids, nids, err);
	if (st != HK_OK)
		return st;
	for (int it = 0; it < (int)hk_inv_nitems; it++) {
		long first = -1, def = -1;
		if (p->pick[it] >= 0)
			continue;
		for (size_t j = 0; j < p->n; j++) {
			const hk_price *v = &p->v[j];
			if (v->item != it)
				continue;
			if (v->is_default && def >= 0)
				return hk_fail_at(err, HK_EINVAL, p->file, v->line, v->item_col,
						  "%s has a second default row (%s, line %ld is one): expected one "
						  "default row per item", hk_inv_items[it].key, v->item_text,
						  p->v[def].line);
			if (v->is_default)
				def = (long)j;
			if (first < 0)
				first = (long)j;
		}
		for (size_t j = (size_t)first + 1; first >= 0 && def < 0 && j < p->n; j++) {
			const hk_price *v = &p->v[j];
			char list[400];
			if (v->item != it)
				continue;
			ids_of(p, it, -1, list, sizeof list);
			if (!v->id[0] || !p->v[first].id[0]) /* rows that cannot be chosen */
				return hk_fail_at(err, HK_EINVAL, p->file, v->line, v->item_col,
						  "%s again (%s): expected one unit price per item", hk_inv_items[it].key,
						  v->item_text);
			return hk_fail_at(err, HK_EINVAL, p->file, v->line, v->item_col,
					  "%s again (%s, id %s): expected one row chosen: --price ID with one of %s, or "
					  "one row marked default", hk_inv_items[it].key, v->item_text, v->id, list);
		}
		if (first >= 0) {
			p->pick[it] = def >= 0 ? def : first;
			p->v[p->pick[it]].chosen = def >= 0 ? HK_CHOSEN_DEFAULT : HK_CHOSEN_ONLY;
		}
	}
	return HK_OK;
}

long hk_prices_pick(const hk_prices *p, int item)
{
	if (!p || item < 0 || (size_t)item >= hk_inv_nitems)
		return -1;
	return p->pick[item];
}

void hk_price_describe(const hk_prices *p, size_t i, char *buf, size_t sz)
{
	static const char *const status[] = {"status not stated", "sourced", "derived", "placeholder — give your own"};
	const hk_price *v = &p->v[i];
	const char *base = strrchr(p->file, '/');
	size_t rows = 0, o;
	char others[200];
	for (size_t j = 0; j < p->n; j++)
		rows += p->v[j].item == v->item;
	o = (size_t)snprintf(buf, sz, "%s:%ld", base ? base + 1 : p->file, v->line);
	if (v->id[0] && o < sz)
		o += (size_t)snprintf(buf + o, sz - o, ", id %s", v->id);
	if (o < sz)
		o += (size_t)snprintf(buf + o, sz - o, ", %s, %s", v->year[0] ? v->year : "year not stated",
				      status[v->status]);
	if (o >= sz)
		return;
	ids_of(p, v->item, (long)i, others, sizeof others);
	if (v->chosen == HK_CHOSEN_ID)
		snprintf(buf + o, sz - o, "; chosen with --price %s of %zu rows", v->id, rows);
	else if (v->chosen == HK_CHOSEN_DEFAULT && rows > 1)
		snprintf(buf + o, sz - o, "; the table's default of %zu rows (others by --price ID: %s)", rows,
			 *others ? others : "rows without an id");
}

hk_status hk_price_usable(const hk_prices *p, size_t i, hk_err *err)
{
	const hk_price *v = &p->v[i];
	if (v->has_price)
		return HK_OK;
	return hk_fail_at(err, HK_EINVAL, p->file, v->line, v->price_col,
			  "%s has no price here (placeholder — give your own): expected a unit price in this row, "
			  "or a price or amount column in the invest file", hk_inv_items[v->item].key);
}

/* ---- the investment table ------------------------------------------ */

/* the investment table's columns (columns.h) */
enum { I_SCHEME = HK_INV_SCHEME, I_ITEM = HK_INV_ITEM, I_QTY = HK_INV_QTY, I_UNIT = HK_INV_UNIT,
       I_PRICE = HK_INV_PRICE, I_AMOUNT = HK_INV_AMOUNT, I_N = HK_INV_N };

/* A column that looks like money but is none of the above would be
 * ignored and the catalog price used: refuse it instead. */
static hk_status refuse_unread_money(const hk_reader *r, hk_err *err)
{
	static const char *const words[] = {"price", "cost", "yuan", "amount", "元", "价", "费", "投资", "金额"};
	for (size_t c = 0; c < hk_reader_ncols(r); c++) {
		char f[512];
		size_t k;
		for (k = 0; k < I_N && hk_reader_col(r, k) != (long)c; k++)
			;
		if (k < I_N)
			continue;
		hk_header_fold(hk_reader_header(r, c), f, sizeof f);
		for (size_t w = 0; w < sizeof words / sizeof words[0]; w++)
			if (strstr(f, words[w]))
				return hk_fail_at(err, HK_EPARSE, hk_reader_name(r), hk_reader_line(r), (int)c + 1,
						  "column not read (%s): expected a unit price (price, unit_price, 单价) or "
						  "the row's total (amount, 投资, 金额, 合价), optionally in 元 or 万元: "
						  "price(元), 投资(万元)", hk_reader_header(r, c));
	}
	return HK_OK;
}

double hk_half_last_digit(const char *t)
{
	const char *dot = strchr(t, '.');
	double h = 0.5;
	if (strpbrk(t, "eE"))
		return 0;
	if (dot)
		for (dot++; *dot >= '0' && *dot <= '9'; dot++)
			h /= 10;
	return h;
}

/* One row's unit price (per unit of the quantity as written): a price
 * column, or the row's amount / quantity; both must agree.  *given = 0
 * when the row gives neither. */
static hk_status row_price(const hk_reader *r, double qty, double *price, const char **src, int *given,
			   hk_err *err)
{
	double amount = 0, raw;
	hk_status sp = hk_reader_num(r, I_PRICE, price, err), sa;
	*given = 1;
	if (sp != HK_OK && sp != HK_ENOTFOUND)
		return sp;
	sa = hk_reader_num(r, I_AMOUNT, &amount, err);
	if (sa != HK_OK && sa != HK_ENOTFOUND)
		return sa;
	if (sa == HK_ENOTFOUND) {
		*src = "invest file: price";
		*given = sp == HK_OK;
		return HK_OK;
	}
	if (sp == HK_OK) {
		/* both: the total as written (in its header's unit) must be qty × price */
		const char *t = hk_reader_text(r, I_AMOUNT);
		double tol = hk_parse_number(t, &raw, NULL) == HK_OK && raw != 0
				     ? hk_half_last_digit(t) * amount / raw : 0;
		if (fabs(qty * *price - amount) > tol + 1e-9 * amount)
			return hk_reader_fail(r, I_AMOUNT, err, "amount (%s = %.2f 元) is not quantity × price (%g × %g = "
					      "%.2f 元): expected the row's total, or only one of price and amount", t,
					      amount, qty, *price, qty * *price);
		*src = "invest file: price (amount agrees)";
		return HK_OK;
	}
	if (qty == 0 && amount > 0)
		return hk_reader_fail(r, I_AMOUNT, err, "amount (%s) for a quantity of 0: expected a quantity > 0 "
				      "(the amount is the row's total, divided by the quantity for the unit price)",
				      hk_reader_text(r, I_AMOUNT));
	*price = qty > 0 ? amount / qty : 0;
	*src = "invest file: amount / quantity";
	return HK_OK;
}

/* the row's price when it gives none: other_yuan is its own amount, the
 * rest the price table's */
static hk_status table_price(const hk_reader *r, const hk_prices *prices, hk_inv_row *v, hk_err *err)
{
	long j;
	if (v->item == HK_ITEM_OTHER) {
		v->price = 1;
		v->source = "other_yuan: the quantity is the amount in 元";
		return HK_OK;
	}
	j = hk_prices_pick(prices, v->item);
	if (j < 0)
		return hk_reader_fail(r, I_ITEM, err, "no unit price for %s: expected a price or amount column or "
				      "a row in the prices file", hk_inv_items[v->item].key);
	if (hk_price_usable(prices, (size_t)j, err) != HK_OK)
		return err ? err->code : HK_EINVAL;
	v->price = prices->v[j].price;
	v->price_row = j;
	v->source = "unit price from --prices";
	return HK_OK;
}

static hk_status inv_row(const hk_reader *r, const char *const *schemes, size_t ns, const hk_prices *prices,
			 hk_inv_row *v, hk_err *err)
{
	double f = 1, off = 0;
	hk_status st;
	char list[256];
	int given;
	size_t k;
	memset(v, 0, sizeof *v);
	for (k = 0; k < ns && strcmp(schemes[k], hk_reader_text(r, I_SCHEME)); k++)
		;
	if (k == ns)
		return hk_reader_fail(r, I_SCHEME, err, "unknown scheme (%s): expected a scheme of the operating-cost input",
				      hk_reader_text(r, I_SCHEME));
	v->scheme = k;
	v->item = hk_inv_item_of(hk_reader_text(r, I_ITEM));
	if (v->item < 0)
		return hk_reader_fail(r, I_ITEM, err, "unknown item (%s): expected %s", hk_reader_text(r, I_ITEM),
				      hk_inv_item_list(list, sizeof list));
	v->line = hk_reader_line(r);
	v->qty_col = (int)hk_reader_col(r, I_QTY) + 1;
	v->price_row = -1;
	if ((st = hk_reader_num(r, I_QTY, &v->qty, err)) != HK_OK)
		return st;
	/* a unit column: the quantity in that unit (W, 万元, ...), else the item's own */
	st = hk_reader_unit(r, I_UNIT, hk_inv_items[v->item].dim, &f, &off, err);
	if (st != HK_OK && st != HK_ENOTFOUND)
		return st;
	if ((st = row_price(r, v->qty, &v->price, &v->source, &given, err)) != HK_OK)
		return st;
	if (given)
		v->price /= f; /* per unit as written → per the item's unit */
	else if ((st = table_price(r, prices, v, err)) != HK_OK)
		return st;
	v->qty = v->qty * f + off;
	if (!isfinite(v->qty * v->price))
		return hk_reader_fail(r, I_QTY, err, "quantity × unit price out of range (%s × %g 元): expected "
				      "a finite investment", hk_reader_text(r, I_QTY), v->price);
	return HK_OK;
}

hk_status hk_invest_read(hk_reader *r, const char *const *schemes, size_t ns, const hk_prices *prices,
			 hk_invest_tab *t, hk_err *err)
{
	hk_status st;
	int rc;
	double run = 0;        /* the current scheme's investment so far, 元 */
	size_t run_k = (size_t)-1;
	memset(t, 0, sizeof *t);
	snprintf(t->file, sizeof t->file, "%s", hk_reader_name(r));
	if ((st = hk_reader_bind_kind(r, &hk_tk_invest, err)) != HK_OK || (st = refuse_unread_money(r, err)) != HK_OK)
		return st;
	while ((rc = hk_reader_next(r, err)) > 0) {
		hk_inv_row *v = hk_invest_add(t);
		size_t k;
		if (!v)
			return hk_fail(err, HK_ENOMEM, "out of memory");
		if ((st = inv_row(r, schemes, ns, prices, v, err)) != HK_OK)
			return st;
		k = v->scheme;
		for (size_t j = 0; t->n >= 2 && t->v[t->n - 2].scheme != k && j + 2 < t->n; j++)
			if (t->v[j].scheme == k) /* a scheme's rows together */
				return hk_reader_fail(r, I_SCHEME, err, "scheme %s appears again after other schemes: "
						      "expected its rows together", schemes[k]);
		/* rows each finite may still add up past a double: refused at the
		 * row that does, not later as an unlocated "not a number" */
		run = k == run_k ? run + v->qty * v->price : v->qty * v->price;
		run_k = k;
		if (!isfinite(run))
			return hk_reader_fail(r, I_QTY, err, "scheme %s's investment out of range up to this row "
					      "(the rows add up past %g 元): expected a finite investment",
					      schemes[k], DBL_MAX);
	}
	return rc < 0 ? err ? err->code : HK_EPARSE : HK_OK;
}

hk_status hk_invest_load(const char *path, const char *const *schemes, size_t ns, const hk_prices *prices,
			 hk_invest_tab *t, hk_err *err)
{
	hk_reader *r;
	hk_status st;
	memset(t, 0, sizeof *t);
	if ((st = hk_reader_open(&r, path, NULL, err)) != HK_OK)
		return st;
	st = hk_invest_read(r, schemes, ns, prices, t, err);
	hk_reader_close(r);
	return st;
}

hk_inv_row *hk_invest_add(hk_invest_tab *t)
{
	if (hk_grow((void **)&t->v, &t->cap, t->n, sizeof *t->v, NULL) != HK_OK)
		return NULL;
	memset(&t->v[t->n], 0, sizeof t->v[t->n]);
	t->v[t->n].price_row = -1;
	return &t->v[t->n++];
}

void hk_invest_free(hk_invest_tab *t)
{
	free(t->v);
	t->v = NULL;
	t->n = t->cap = 0;
}
