/* cityreport.c - the design-basis city's summary rows (see cityreport.h). */
#include "cityreport.h"

#include <stdio.h>

static const hk_sumspec name_row = {"city", NULL, 0, "城市", "city", NULL};
static const hk_sumspec name_en_row = {
	"city_en", NULL, 0, "城市(英文)", "city (English)",
	"data/climate/cities.csv name_en (Hanyu Pinyin, GB/T 16159-2012; conventional English names where they "
	"differ)"};

const hk_sumspec hk_city_rows[HK_CITY_NROWS] = {
	[HK_CITY_T_HEATING] = {"t_heating_c", "C", 1, "供暖室外计算温度", "heating design outdoor temperature",
			       "GB 50736-2012 Appendix A"},
	[HK_CITY_T_WINTER_AC] = {"t_winter_ac_c", "C", 1, "冬季空调室外计算温度",
				 "winter air-conditioning design temperature", "GB 50736-2012 Appendix A"},
	[HK_CITY_HEATING_DAYS] = {"heating_days", "d", 0, "供暖天数(日平均≤5℃)", "heating days (daily mean <= 5 C)",
				  "GB 50736-2012 Appendix A"},
	[HK_CITY_T_MEAN] = {"t_mean_heating_c", "C", 1, "供暖期室外平均温度",
			    "mean outdoor temperature of the heating period", "GB 50736-2012 Appendix A"},
};

int hk_city_name_rows(hk_summary *s, const hk_city *c)
{
	char src[1200];
	int bad;
	snprintf(src, sizeof src, "%s %s (%s): %s", c->province, c->name, c->station, c->source);
	bad = hk_sum_row_text(s, &name_row, c->name, src) != HK_OK;
	if (c->name_en[0])
		bad |= hk_sum_row_text(s, &name_en_row, c->name_en, NULL) != HK_OK;
	return bad;
}
