/*
 * climate.h - outdoor design conditions of a city (GB 50736-2012
 * Appendix A, data/climate/cities.csv), looked up by Chinese name or
 * station number.
 */
#ifndef HK_CLIMATE_H
#define HK_CLIMATE_H

#include "status.h"

typedef struct hk_city {
	char province[64];
	char name[64];
	char name_en[96];        /* English name (Hanyu Pinyin or the conventional one), "" none */
	char station[16];
	double lat, lon, alt_m;
	double t_heating_c;      /* 供暖室外计算温度 */
	double t_winter_ac_c;    /* 冬季空调室外计算温度 */
	double heating_days;     /* 日平均温度 ≤ +5 ℃ 的天数 (0 = none) */
	double t_mean_heating_c; /* mean over those days (NAN when none) */
	double t_summer_ac_db_c; /* 夏季空调室外计算干球温度 */
	char source[1024];
} hk_city;

/* Find `query` (city name with or without 市/县/区, "省 城市", its English
 * name (name_en: Xianyang, "Xi'an", Hong Kong; case, spaces and
 * apostrophes ignored), or a station number) in the CSV at path.  An unknown name lists the nearest
 * matches, an ambiguous one the candidates (HK_ENOTFOUND / HK_EINVAL). */
hk_status hk_city_find(const char *path, const char *query, const char *encoding,
		       hk_city *out, hk_err *err);

#endif
