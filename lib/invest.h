/*
 * invest.h - what econ prices and at what price: the investment items,
 * the unit-price table (data/equipment/unit-prices.csv or --prices) and
 * the investment table (--invest).
 *
 * A price table may hold any number of rows and several rows for one item
 * (the Malan paper's heat-pump price beside two derived ones): each item
 * used is priced by one row, chosen explicitly -- the row named by an id
 * (econ --price ID), else the item's only row, else the row the table
 * marks default; several rows and neither is an error at the second row.
 * A row whose status is placeholder ("placeholder -- give your own") is a
 * price nobody published: used, it is named in econ's summary and
 * warned about; without a price it cannot be used.
 *
 * Readers: return hk_status, never print or exit.
 */
#ifndef HK_INVEST_H
#define HK_INVEST_H

#include <stddef.h>

#include "status.h"
#include "table.h"
#include "units.h"

/* ---- items --------------------------------------------------------- */

typedef struct hk_inv_item {
	const char *key;     /* "heat_pump_kw": as econ's summary names it */
	const char *aliases; /* '|'-separated folded names a table may use */
	const char *unit;    /* the quantity's internal unit ("kW") */
	hk_dim dim;          /* what a unit column may give */
	const char *what;    /* "heat pumps, rated heating capacity" */
} hk_inv_item;

extern const hk_inv_item hk_inv_items[];
extern const size_t hk_inv_nitems;
enum { HK_ITEM_HEAT_PUMP, HK_ITEM_TANK, HK_ITEM_PUMP, HK_ITEM_LAND, HK_ITEM_OTHER, HK_ITEM_BOREHOLE, HK_ITEM_GSHP,
       HK_ITEM_BOILER, HK_ITEM_GAS_BOILER };

/* The item a name stands for (key or alias, folded as headers are), -1. */
int hk_inv_item_of(const char *name);
/* "heat_pump_kw, tank_m3, ... or boiler_kw" into buf, for messages. */
const char *hk_inv_item_list(char *buf, size_t sz);

/* ---- unit prices --------------------------------------------------- */

typedef enum {
	HK_PRICE_UNSTATED,   /* no status column, or the cell empty */
	HK_PRICE_SOURCED,    /* a published figure */
	HK_PRICE_DERIVED,    /* computed from published figures */
	HK_PRICE_PLACEHOLDER /* no public source: give your own */
} hk_price_status;

typedef enum {
	HK_CHOSEN_NOT,     /* not the item's row */
	HK_CHOSEN_ONLY,    /* the item's only row */
	HK_CHOSEN_DEFAULT, /* one of several, marked default in the table */
	HK_CHOSEN_ID       /* named by id (econ --price) */
} hk_price_choice;

typedef struct hk_price {
	char id[48];         /* "" when the table has none */
	int item;            /* index into hk_inv_items */
	char item_text[64];  /* as written */
	char unit[24];       /* as written: 元/W, yuan/m3, "" = per the item's unit */
	char year[32];       /* as written: 2024-2025, undated, "" */
	hk_price_status status;
	int has_price;       /* 0: a placeholder row without a figure */
	double price;        /* 元 per the item's unit */
	int is_default;      /* the table marks it default */
	hk_price_choice chosen;
	long line;           /* its line in the table */
	int item_col, price_col; /* 1-based */
	char source[600];
} hk_price;

typedef struct hk_prices {
	char file[256];
	hk_price *v;
	size_t n, cap;
	long pick[16];       /* per item: the row that prices it, -1 = none */
} hk_prices;

/* Read a price table (item,unit,price[,id][,year][,status][,default]
 * [,source]) from an open reader (bound here).  unit converts the price
 * to 元 per the item's unit (0.7 元/W = 700 元/kW).  Fails at the field:
 * an unknown item, unit or status, a row without a price that is not a
 * placeholder, an id twice.  hk_prices_free after success or failure. */
hk_status hk_prices_read(hk_reader *r, hk_prices *p, hk_err *err);
/* The same from a file (path "-" = stdin). */
hk_status hk_prices_load(const char *path, hk_prices *p, hk_err *err);
void hk_prices_free(hk_prices *p);

/* Choose each item's row (p->pick, p->v[].chosen): the rows named by
 * ids[0..nids) first, then an item's only row, then its default row.
 * Fails: an id not in the table, two ids for one item (not located: they
 * are the caller's option values); an item with several rows and no
 * choice, or two defaults, at the second row. */
hk_status hk_prices_choose(hk_prices *p, const char *const *ids, size_t nids, hk_err *err);

/* The row pricing item (index into p->v), or -1; p may be NULL. */
long hk_prices_pick(const hk_prices *p, int item);

/* "unit-prices.csv:2, id malan-hp, undated, sourced; the default of 3
 * rows (--price ID chooses another)": where row i's price comes from. */
void hk_price_describe(const hk_prices *p, size_t i, char *buf, size_t sz);

/* Fail, at row i's price, when it has no figure (a placeholder). */
hk_status hk_price_usable(const hk_prices *p, size_t i, hk_err *err);

/* ---- the investment table ------------------------------------------ */

typedef struct hk_inv_row {
	size_t scheme;       /* index into the caller's scheme names */
	int item;            /* index into hk_inv_items */
	double qty;          /* in the item's unit */
	double price;        /* 元 per the item's unit */
	long price_row;      /* the prices row it came from, -1 = given inline */
	const char *source;  /* static text: where quantity and price come from */
	long line;           /* the invest file's line, 0 = not from the file */
	int qty_col;         /* its quantity column (1-based) */
} hk_inv_row;

typedef struct hk_invest_tab {
	char file[256];
	hk_inv_row *v;
	size_t n, cap;
} hk_invest_tab;

/* Read scheme,item,quantity[,unit][,price][,amount]: a row's price from
 * its price column, or amount / quantity (both given: they must agree to
 * half the amount's last written digit), else other_yuan at 1 元/元, else
 * the price table's row for the item (prices may be NULL).  schemes[0..ns)
 * are the names the rows may give; a scheme's rows must be together.  A
 * money column it does not read is an error (it would be ignored).  Reads
 * from an open reader (bound here). */
hk_status hk_invest_read(hk_reader *r, const char *const *schemes, size_t ns,
			 const hk_prices *prices, hk_invest_tab *t, hk_err *err);
/* The same from a file (path "-" = stdin).  hk_invest_free after success
 * or failure. */
hk_status hk_invest_load(const char *path, const char *const *schemes, size_t ns,
			 const hk_prices *prices, hk_invest_tab *t, hk_err *err);
void hk_invest_free(hk_invest_tab *t);

/* Append a row (the caller fills it); NULL out of memory. */
hk_inv_row *hk_invest_add(hk_invest_tab *t);

/* Half a unit of the last digit a number was written with ("14.8" →
 * 0.05), 0 for an exponent form: how far a written total may be from
 * quantity × price. */
double hk_half_last_digit(const char *text);

#endif
