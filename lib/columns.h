/*
 * columns.h - the column dictionary: every kind of table heatkit reads,
 * declared once, with its columns (canonical key, the header names it is
 * known by in English and Chinese, the unit dimension a header may carry,
 * whether it is required and what values it takes).  Every reader binds
 * its header through one of these kinds (table.h, hk_reader_bind), so a
 * header means the same column in every command that reads the kind.
 *
 * One column, one set of names: a key that appears in several kinds
 * (days, t_out_c, cop, model, source, ...) is defined once in columns.c
 * and has the same aliases and unit dimension in each.  The few keys that
 * name different things in different tables (a building's name and a
 * typical day's name) are listed in hk_column_homonyms with the reason.
 * tests/unit/test_columns.c reads every kind under every alias of every
 * column, with every unit of its dimension.
 *
 * The column indexes below are the order of each kind's cols[]; a reader
 * asks for a column's value by its index (hk_reader_num(r, HK_BLD_AREA)).
 */
#ifndef HK_COLUMNS_H
#define HK_COLUMNS_H

#include <stddef.h>

#include "table.h"

typedef struct hk_table_kind {
	const char *name;    /* "buildings", "profile", ... */
	const char *read_by; /* where it is read: "loadcalc BUILDINGS.csv" */
	const hk_colspec *cols;
	size_t ncols;
	/* columns read beside a profile's (proftable.h): the profile kind
	 * they follow in the header binding, else NULL */
	const struct hk_table_kind *extends;
} hk_table_kind;

/* Every kind, NULL-terminated (for tests and documentation). */
extern const hk_table_kind *const hk_table_kinds[];

/* Keys that name different columns in different kinds, with the reason:
 * {key, why}, ending with {NULL, NULL}. */
extern const char *const hk_column_homonyms[][2];

/* ---- buildings: loadcalc BUILDINGS.csv ---------------------------------- */
enum { HK_BLD_NAME, HK_BLD_TYPE, HK_BLD_AREA, HK_BLD_INDEX, HK_BLD_PHASE, HK_BLD_DAYONLY,
       HK_BLD_DSTART, HK_BLD_DEND, HK_BLD_TERMINAL, HK_BLD_SUPPLY, HK_BLD_RETURN, HK_BLD_N };
extern const hk_table_kind hk_tk_buildings;

/* ---- typical days: loadcalc --days -------------------------------------- */
enum { HK_TDAY_NAME, HK_TDAY_TOUT, HK_TDAY_DAYS, HK_TDAY_FRAC, HK_TDAY_DAYKW, HK_TDAY_NIGHTKW,
       HK_TDAY_N };
extern const hk_table_kind hk_tk_days;

/* ---- the profile contract (proftable.h) --------------------------------- */
enum { HK_PROF_DAY, HK_PROF_START, HK_PROF_DT, HK_PROF_TOUT, HK_PROF_LOAD, HK_PROF_NIGHT,
       HK_PROF_DAYS, HK_PROF_N };
extern const hk_table_kind hk_tk_profile;

/* columns read beside the contract's, by command */
/* tanksize: what hpsize added */
enum { HK_PHP_QUNIT, HK_PHP_UNITS, HK_PHP_UNITS_ON, HK_PHP_PLR, HK_PHP_HEAT, HK_PHP_COP,
       HK_PHP_POWER, HK_PHP_SPARE, HK_PHP_K1, HK_PHP_K2, HK_PHP_N };
extern const hk_table_kind hk_tk_profile_hp;
/* pumpselect: flow and price per step */
enum { HK_PPUMP_FLOW, HK_PPUMP_PRICE, HK_PPUMP_N };
extern const hk_table_kind hk_tk_profile_pump;
/* borefield: heat-pump heat and COP (hpsize), cooling */
enum { HK_PGND_HP_HEAT, HK_PGND_COP, HK_PGND_COOL, HK_PGND_EER, HK_PGND_N };
extern const hk_table_kind hk_tk_profile_ground;
/* econ: what the plants leave unmet (after its --scheme columns) */
enum { HK_PECON_UNMET, HK_PECON_HP_HEAT, HK_PECON_N };
extern const hk_table_kind hk_tk_profile_econ;

/* what a command decided, travelling down the pipe (proftable.h,
 * hk_proftable_design): hpsize's model, units and rating, tanksize's tank */
enum { HK_PDES_MODEL, HK_PDES_UNITS, HK_PDES_RATED, HK_PDES_TANK, HK_PDES_TERM, HK_PDES_N };
extern const hk_table_kind hk_tk_profile_design;

/* ---- hourly weather: loadcalc --weather (CSV) --------------------------- */
enum { HK_WX_HOUR, HK_WX_TOUT, HK_WX_N };
extern const hk_table_kind hk_tk_weather;

/* ---- time-of-use tariff periods: --tariff FILE --------------------------- */
enum { HK_TAR_PERIOD, HK_TAR_START, HK_TAR_END, HK_TAR_PRICE, HK_TAR_N };
extern const hk_table_kind hk_tk_tariff;

/* ---- pipe run: pumpselect --pipes --------------------------------------- */
enum { HK_PIPE_SEG, HK_PIPE_LEN, HK_PIPE_DIAM, HK_PIPE_SHARE, HK_PIPE_ZETA, HK_PIPE_DP,
       HK_PIPE_N };
extern const hk_table_kind hk_tk_pipes;

/* ---- heat-pump ratio and K2 tables: hpsize --ratios, --k2 ---------------- */
enum { HK_RAT_TOUT, HK_RAT_K1, HK_RAT_COP, HK_RAT_TWATER, HK_RAT_N };
extern const hk_table_kind hk_tk_hp_ratios;
enum { HK_K2_TOUT, HK_K2_K2, HK_K2_N };
extern const hk_table_kind hk_tk_k2;

/* ---- equipment catalogs (data/equipment/README.md) ----------------------- */
enum { HK_HPC_MODEL, HK_HPC_MAKER, HK_HPC_REFR, HK_HPC_RATED, HK_HPC_RCOP, HK_HPC_RTW,
       HK_HPC_TOUT, HK_HPC_TW, HK_HPC_HEAT, HK_HPC_POWER, HK_HPC_COP, HK_HPC_MIN,
       HK_HPC_DEFROST, HK_HPC_PRICE, HK_HPC_SOURCE, HK_HPC_PTYPE, HK_HPC_STD, HK_HPC_CERT,
       HK_HPC_N };
extern const hk_table_kind hk_tk_hp_catalog;
enum { HK_PC_MODEL, HK_PC_MAKER, HK_PC_TYPE, HK_PC_SPEED, HK_PC_IMP, HK_PC_POINT, HK_PC_FLOW,
       HK_PC_HEAD, HK_PC_EFF, HK_PC_POWER, HK_PC_BASIS, HK_PC_MOTOR, HK_PC_PRICE, HK_PC_SOURCE,
       HK_PC_SERIES, HK_PC_FLAGS, HK_PC_N };
extern const hk_table_kind hk_tk_pump_catalog;

/* ---- cities (GB 50736 Appendix A, data/climate/cities.csv) --------------- */
enum { HK_CITY_PROV, HK_CITY_CITY, HK_CITY_STATION, HK_CITY_LAT, HK_CITY_LON, HK_CITY_ALT,
       HK_CITY_TH, HK_CITY_TWAC, HK_CITY_DAYS, HK_CITY_TMEAN, HK_CITY_TSUM, HK_CITY_SOURCE,
       HK_CITY_NAME_EN, HK_CITY_N };
extern const hk_table_kind hk_tk_cities;

/* ---- borefield: loads file and borehole coordinates --------------------- */
enum { HK_BFL_MONTH, HK_BFL_HOUR, HK_BFL_EXT_KWH, HK_BFL_INJ_KWH, HK_BFL_PE, HK_BFL_PI,
       HK_BFL_HEAT_KWH, HK_BFL_COOL_KWH, HK_BFL_PH, HK_BFL_PC, HK_BFL_EXT_KW, HK_BFL_INJ_KW,
       HK_BFL_HEAT_KW, HK_BFL_COOL_KW, HK_BFL_N };
extern const hk_table_kind hk_tk_bf_loads;
enum { HK_XY_X, HK_XY_Y, HK_XY_N };
extern const hk_table_kind hk_tk_coords;

/* ---- econ: daily table, investment, unit prices -------------------------- */
enum { HK_DAILY_SCHEME, HK_DAILY_DAY, HK_DAILY_DAYS, HK_DAILY_COST, HK_DAILY_KWH, HK_DAILY_N };
extern const hk_table_kind hk_tk_econ_daily;
/* borefield's monthly table as econ's ground-source scheme reads it */
enum { HK_BFT_EXT, HK_BFT_TF, HK_BFT_N };
extern const hk_table_kind hk_tk_bf_temps;
/* natural-gas prices (econ --gas-prices) */
enum { HK_GAS_ID, HK_GAS_REGION, HK_GAS_PRICE, HK_GAS_LHV, HK_GAS_YEAR, HK_GAS_STATUS, HK_GAS_DEFAULT, HK_GAS_SOURCE,
       HK_GAS_N };
extern const hk_table_kind hk_tk_gas_prices;
enum { HK_INV_SCHEME, HK_INV_ITEM, HK_INV_QTY, HK_INV_UNIT, HK_INV_PRICE, HK_INV_AMOUNT,
       HK_INV_N };
extern const hk_table_kind hk_tk_invest;
enum { HK_UP_ITEM, HK_UP_UNIT, HK_UP_PRICE, HK_UP_SOURCE, HK_UP_ID, HK_UP_YEAR, HK_UP_STATUS,
       HK_UP_DEFAULT, HK_UP_N };
extern const hk_table_kind hk_tk_prices;

/* ---- a summary (key,value,...): check ----------------------------------- */
enum { HK_SUM_KEY, HK_SUM_VALUE, HK_SUM_N };
extern const hk_table_kind hk_tk_summary;

/* Read the header row of r and bind it to kind k (hk_reader_bind). */
static inline hk_status hk_reader_bind_kind(hk_reader *r, const hk_table_kind *k, hk_err *err)
{
	return hk_reader_bind(r, k->cols, k->ncols, err);
}

#endif
