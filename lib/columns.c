/* columns.c - the column dictionary (see columns.h). */
#include "columns.h"

/*
 * The columns: canonical key, the header names it is known by (a PCRE2
 * alternation of folded names, without unit: table.h), and the unit
 * dimension a header may carry (units.h).  A key is defined once here,
 * and every kind that has it uses that definition.  The Chinese names
 * are the headers of the sources and templates the tables come from
 * (the Malan paper's tables, GB 50736 Appendix A, makers' catalogs) and
 * the labels heatkit itself writes (so a column reads back under them).
 */

/* shared by several kinds */
#define C_DAYS        "days", "days|weight|天数|代表天数", HK_DIM_COUNT
#define C_T_OUT       "t_out_c", "t_out|outdoor_temp|t_outdoor|temp|dry_bulb|室外温度|环境温度|" \
		      "干球温度|室外计算温度", HK_DIM_TEMP
#define C_T_WATER     "t_water_out_c", "t_water_out|t_water|lwt|leaving_water|出水温度", HK_DIM_TEMP
#define C_COP         "cop", "cop|能效比", HK_DIM_NONE
#define C_K1          "k1", "k1|capacity_ratio|ratio|修正系数", HK_DIM_NONE
#define C_K2          "k2", "k2|defrost_factor|融霜修正系数", HK_DIM_NONE
#define C_HOUR        "hour", "hour|h|小时|时刻", HK_DIM_COUNT
#define C_FLOW        "flow_m3h", "flow_m3h|flow|q|流量", HK_DIM_FLOW
#define C_PRICE_KWH   "price_yuan_kwh", "price_yuan_kwh|price|电价|价格", HK_DIM_PRICE
#define C_PRICE_YUAN  "price_yuan", "price|单价|价格", HK_DIM_MONEY
#define C_HP_HEAT     "hp_heat_kw", "hp_heat|热泵供热量", HK_DIM_POWER
#define C_MODEL       "model", "model|型号|机型", HK_DIM_NONE
#define C_MAKER       "maker", "maker|manufacturer|brand|厂家|品牌|制造商", HK_DIM_NONE
#define C_SOURCE      "source", "source|来源|依据", HK_DIM_NONE
#define C_SCHEME      "scheme", "scheme|方案|供暖方案", HK_DIM_NONE
#define C_ITEM        "item", "item|项目", HK_DIM_NONE
#define C_UNIT        "unit", "unit|单位", HK_DIM_NONE
#define C_UNITS_TOTAL "units_total", "units_total|装机台数", HK_DIM_COUNT

/* buildings */
#define C_BLD_NAME    "name", "name|building|名称|建筑名称|建筑|楼号|单体", HK_DIM_NONE
#define C_BLD_TYPE    "type", "type|building_type|类型|建筑类型|用途|建筑功能", HK_DIM_NONE
#define C_AREA        "area_m2", "area|floor_area|building_area|面积|建筑面积|供暖面积", HK_DIM_AREA
#define C_INDEX       "index_w_m2", "index|heat_index|q_h|热指标|面积热指标|供暖热指标", HK_DIM_INDEX
#define C_PHASE       "phase", "phase|期|分期|期数", HK_DIM_NONE
#define C_DAY_ONLY    "day_only", "day_only|daytime_only|仅白天使用|白天使用", HK_DIM_COUNT
#define C_DAY_START   "day_start", "day_start|白天开始|使用开始", HK_DIM_NONE
#define C_DAY_END     "day_end", "day_end|白天结束|使用结束", HK_DIM_NONE
#define C_TERMINAL    "terminal", "terminal|terminal_type|emitter|末端|末端形式|末端类型|散热末端", HK_DIM_NONE
#define C_SUPPLY_C    "supply_c", "supply|supply_temp|t_supply|design_supply|供水温度|设计供水温度", HK_DIM_TEMP
#define C_RETURN_C    "return_c", "return|return_temp|t_return|design_return|回水温度|设计回水温度", HK_DIM_TEMP

/* typical days */
#define C_TDAY_NAME   "name", "name|day|typical_day|典型日|名称", HK_DIM_NONE
#define C_LOAD_FRAC   "load_frac", "load_frac|load_ratio|负荷率|负荷比例", HK_DIM_FRACTION
#define C_DAY_KW      "day_kw", "day_load|day_kw|白天负荷|日间负荷", HK_DIM_POWER
#define C_NIGHT_KW    "night_kw", "night_load|night_kw|夜间负荷", HK_DIM_POWER

/* the profile contract and what commands add to it */
#define C_DAY         "day", "day|date|typical_day|典型日|日期|日", HK_DIM_NONE
#define C_START_H     "start_h", "start|start_h|hour|时刻|开始时刻|开始", HK_DIM_TIME
#define C_DT_H        "dt_h", "dt|step|duration|时长|步长", HK_DIM_TIME
#define C_HEAT_LOAD   "heat_load_kw", "heat_load|load|热负荷|负荷", HK_DIM_POWER
#define C_NIGHT       "night", "night|夜间", HK_DIM_COUNT
#define C_Q_UNIT      "q_unit_kw", "q_unit|单台有效制热量", HK_DIM_POWER
#define C_UNITS_ON    "units_on", "units_on|运行台数", HK_DIM_COUNT
#define C_PLR         "plr", "plr|部分负荷率", HK_DIM_NONE
#define C_HP_POWER    "hp_power_kw", "hp_power|热泵耗电功率", HK_DIM_POWER
#define C_SPARE       "spare_kw", "spare|富余制热量", HK_DIM_POWER
#define C_COOL_LOAD   "cool_load_kw", "cool_load|cooling_load|冷负荷", HK_DIM_POWER
#define C_EER         "eer", "eer|制冷能效比", HK_DIM_NONE
#define C_UNMET       "unmet_kw", "unmet|未满足负荷", HK_DIM_POWER
#define C_HP_MODEL    "hp_model", "hp_model|热泵机型", HK_DIM_NONE
#define C_RATED_KW    "rated_kw", "rated_kw|单台额定制热量", HK_DIM_POWER
#define C_TANK_M3     "tank_m3", "tank_m3|蓄热罐有效容积", HK_DIM_VOLUME
#define C_TERM_MIX    "terminal_mix", "terminal_mix|末端组成", HK_DIM_NONE

/* tariffs and pipes */
#define C_PERIOD      "period", "period|时段|类型", HK_DIM_NONE
#define C_START       "start", "start|开始|起始时间|开始时间", HK_DIM_NONE
#define C_END         "end", "end|结束|终止时间|结束时间", HK_DIM_NONE
#define C_SEGMENT     "segment", "segment|name|管段|编号", HK_DIM_NONE
#define C_LENGTH      "length_m", "length|l|长度|管长", HK_DIM_LENGTH
#define C_DIAMETER    "diameter_mm", "diameter|d|dn|inner_diameter|内径|管径", HK_DIM_LENGTH
#define C_SHARE       "share", "share|flow_share|流量比例", HK_DIM_FRACTION
#define C_ZETA        "zeta", "zeta|local_loss|局部阻力系数", HK_DIM_NONE
#define C_DP          "dp_kpa", "dp|pressure_drop|设备阻力|压降", HK_DIM_HEAD

/* heat-pump catalog */
#define C_REFRIGERANT "refrigerant", "refrigerant|冷媒|制冷剂", HK_DIM_NONE
#define C_RATED_HEAT  "rated_heat_kw", "rated_heat|rated_capacity|额定制热量|名义制热量", HK_DIM_POWER
#define C_RATED_COP   "rated_cop", "rated_cop|额定cop|名义cop", HK_DIM_NONE
#define C_RATED_TW    "rated_t_water_c", "rated_t_water|额定出水温度", HK_DIM_TEMP
#define C_HP_CAPACITY "heat_kw", "heat|capacity|heating_capacity|制热量", HK_DIM_POWER
#define C_HP_POWER_IN "power_kw", "power|power_input|输入功率|耗电功率", HK_DIM_POWER
#define C_MIN_T_OUT   "min_t_out_c", "min_t_out|operating_limit|最低运行温度", HK_DIM_TEMP
#define C_DEFROST     "defrost", "defrost|除霜|融霜", HK_DIM_NONE
#define C_POINT_TYPE  "point_type", "point_type|数据类型|工况类型", HK_DIM_NONE
#define C_STANDARD    "standard", "standard|rating_standard|标准|测试标准", HK_DIM_NONE
#define C_CERTIFICATE "certificate", "certificate|cert|认证|证书", HK_DIM_NONE

/* pump catalog */
#define C_PUMP_TYPE   "type", "type|类型|形式", HK_DIM_NONE
#define C_SPEED       "speed_rpm", "speed|speed_rpm|转速", HK_DIM_NONE
#define C_IMPELLER    "impeller_mm", "impeller|叶轮直径", HK_DIM_LENGTH
#define C_POINT       "point", "point|点|序号", HK_DIM_NONE
#define C_HEAD        "head_m", "head|h|扬程", HK_DIM_HEAD
#define C_EFF         "eff_pct", "eff|efficiency|效率", HK_DIM_FRACTION
#define C_PUMP_POWER  "power_kw", "power|轴功率|功率", HK_DIM_POWER
#define C_POWER_BASIS "power_basis", "power_basis|功率类型", HK_DIM_NONE
#define C_MOTOR       "motor_kw", "motor|motor_power|电机功率|配用功率", HK_DIM_POWER
#define C_SERIES      "series", "series|系列", HK_DIM_NONE
#define C_FLAGS       "flags", "flags|data_flags|标记", HK_DIM_NONE

/* cities */
#define C_PROVINCE    "province", "province|省|省份|省份/直辖市", HK_DIM_NONE
#define C_CITY        "city", "city|name|城市|台站|站名", HK_DIM_NONE
#define C_NAME_EN     "name_en", "name_en|english_name|英文名", HK_DIM_NONE
#define C_STATION     "station", "station|station_id|台站编号|区站号", HK_DIM_NONE
#define C_LAT         "lat", "lat|latitude|纬度", HK_DIM_NONE
#define C_LON         "lon", "lon|longitude|经度", HK_DIM_NONE
#define C_ALT         "alt_m", "alt|altitude|海拔", HK_DIM_LENGTH
#define C_T_HEATING   "t_heating_c", "t_heating|供暖室外计算温度", HK_DIM_TEMP
#define C_T_WINTER_AC "t_winter_ac_c", "t_winter_ac|冬季空调室外计算温度", HK_DIM_TEMP
#define C_HEAT_DAYS   "heating_days", "heating_days|供暖天数|日平均温度≤\\+5℃的天数", HK_DIM_COUNT
#define C_T_MEAN_HEAT "t_mean_heating_c", "t_mean_heating|供暖期平均温度", HK_DIM_TEMP
#define C_T_SUMMER_AC "t_summer_ac_db_c", "t_summer_ac_db|夏季空调室外计算干球温度", HK_DIM_TEMP

/* borefield loads and coordinates: a name shared by an energy and a power
 * column (ext, heat) is told apart by the unit in the header */
#define C_MONTH       "month", "month|月|月份", HK_DIM_COUNT
#define C_EXT_KWH     "ext_kwh", "ext|extraction|ext_energy|取热量|取热", HK_DIM_ENERGY
#define C_INJ_KWH     "inj_kwh", "inj|injection|inj_energy|排热量|排热", HK_DIM_ENERGY
#define C_PEAK_EXT    "peak_ext_kw", "peak_ext|peak_extraction|取热峰值", HK_DIM_POWER
#define C_PEAK_INJ    "peak_inj_kw", "peak_inj|peak_injection|排热峰值", HK_DIM_POWER
#define C_HEAT_KWH    "heat_kwh", "heat|heating|供热量|热量", HK_DIM_ENERGY
#define C_COOL_KWH    "cool_kwh", "cool|cooling|供冷量|冷量", HK_DIM_ENERGY
#define C_PEAK_HEAT   "peak_heat_kw", "peak_heat|peak_heating|热负荷峰值", HK_DIM_POWER
#define C_PEAK_COOL   "peak_cool_kw", "peak_cool|peak_cooling|冷负荷峰值", HK_DIM_POWER
#define C_EXT_KW      "ext_kw", "ext|extraction|取热|取热功率", HK_DIM_POWER
#define C_INJ_KW      "inj_kw", "inj|injection|排热|排热功率", HK_DIM_POWER
#define C_BLD_HEAT_KW "heat_kw", "heat|heating|热负荷", HK_DIM_POWER
#define C_COOL_KW     "cool_kw", "cool|cooling|冷负荷", HK_DIM_POWER
#define C_X           "x", "x|x_m|东|东坐标|坐标x", HK_DIM_LENGTH
#define C_Y           "y", "y|y_m|北|北坐标|坐标y", HK_DIM_LENGTH

/* econ */
#define C_ECON_DAY    "day", "day|date|typical_day|典型日|日期|日|负荷", HK_DIM_NONE
#define C_COST        "cost_yuan", "cost|daily_cost|日运行费用|运行费用", HK_DIM_MONEY
#define C_ELEC        "elec_kwh", "elec|electricity|日耗电量|耗电量", HK_DIM_ENERGY
#define C_QUANTITY    "quantity", "quantity|qty|数量", HK_DIM_NONE
#define C_INV_PRICE   "price", "price|unit_price|单价|综合单价", HK_DIM_MONEY
#define C_RATE_PRICE  "price", "price|unit_price|单价|综合单价", HK_DIM_NONE
#define C_AMOUNT      "amount", "amount|投资|投资额|金额|合价|总价", HK_DIM_MONEY

/* summary */
#define C_KEY         "key", "key|键|参数", HK_DIM_NONE
#define C_VALUE       "value", "value|数值|值", HK_DIM_NONE

const char *const hk_column_homonyms[][2] = {
	{"name", "a building's name (buildings) is not a typical day's (days)"},
	{"type", "a building type (buildings) is not a pump type (pump catalog)"},
	{"heat_kw", "a heat pump's capacity (heat-pump catalog) is not a building's heating "
		    "load (borefield loads)"},
	{"power_kw", "a heat pump's electric input (heat-pump catalog) is not a pump's shaft "
		     "power (pump catalog, 轴功率)"},
	{"day", "econ's daily table also takes 负荷, the header of the Malan paper's Table 3 "
		"naming each day by its load level; in a profile 负荷 is the heat load"},
	{"price", "an investment's unit price carries its money unit in the header (单价(元)); "
		  "a unit-prices row carries it in its unit column (元/W)"},
	{NULL, NULL},
};

/* ---- the kinds ---------------------------------------------------------- */

static const hk_colspec buildings[HK_BLD_N] = {
	[HK_BLD_NAME] = {C_BLD_NAME, HK_REQUIRED, "building name"},
	[HK_BLD_TYPE] = {C_BLD_TYPE, 0, "building type"},
	[HK_BLD_AREA] = {C_AREA, HK_REQUIRED | HK_POSITIVE, "heated floor area"},
	[HK_BLD_INDEX] = {C_INDEX, HK_POSITIVE, "area heat index"},
	[HK_BLD_PHASE] = {C_PHASE, 0, "construction phase"},
	[HK_BLD_DAYONLY] = {C_DAY_ONLY, 0, "1 if used by day only"},
	[HK_BLD_DSTART] = {C_DAY_START, 0, "start of the occupied day, HH:MM"},
	[HK_BLD_DEND] = {C_DAY_END, 0, "end of the occupied day, HH:MM"},
	[HK_BLD_TERMINAL] = {C_TERMINAL, 0, "terminal type: radiator, fan-coil, floor, jet-fan (散热器, 风机盘管, "
			     "地暖, 射流风机)"},
	[HK_BLD_SUPPLY] = {C_SUPPLY_C, 0, "the terminals' design supply temperature"},
	[HK_BLD_RETURN] = {C_RETURN_C, 0, "the terminals' design return temperature"},
};
const hk_table_kind hk_tk_buildings = {"buildings", "loadcalc BUILDINGS.csv", buildings,
				       HK_BLD_N, NULL};

static const hk_colspec typdays[HK_TDAY_N] = {
	[HK_TDAY_NAME] = {C_TDAY_NAME, HK_REQUIRED, "typical day name"},
	[HK_TDAY_TOUT] = {C_T_OUT, HK_REQUIRED, "outdoor temperature of the day"},
	[HK_TDAY_DAYS] = {C_DAYS, HK_REQUIRED | HK_POSITIVE,
			  "how many real days the typical day stands for"},
	[HK_TDAY_FRAC] = {C_LOAD_FRAC, HK_POSITIVE | HK_AT_MOST1, "fraction of the design loads"},
	[HK_TDAY_DAYKW] = {C_DAY_KW, HK_NONNEG, "total load in occupied hours"},
	[HK_TDAY_NIGHTKW] = {C_NIGHT_KW, HK_NONNEG, "total night load"},
};
const hk_table_kind hk_tk_days = {"days", "loadcalc --days", typdays, HK_TDAY_N, NULL};

static const hk_colspec profile[HK_PROF_N] = {
	[HK_PROF_DAY] = {C_DAY, HK_REQUIRED, "day name"},
	[HK_PROF_START] = {C_START_H, HK_REQUIRED | HK_NONNEG, "step start hour (0-24)"},
	[HK_PROF_DT] = {C_DT_H, HK_REQUIRED | HK_POSITIVE, "step length"},
	[HK_PROF_TOUT] = {C_T_OUT, HK_REQUIRED, "outdoor temperature"},
	[HK_PROF_LOAD] = {C_HEAT_LOAD, HK_REQUIRED | HK_NONNEG, "heat load"},
	[HK_PROF_NIGHT] = {C_NIGHT, 0, "1 at night, 0 by day"},
	[HK_PROF_DAYS] = {C_DAYS, HK_REQUIRED | HK_POSITIVE, "real days the row's day stands for"},
};
const hk_table_kind hk_tk_profile = {"profile", "hpsize, tanksize, econ, borefield --profile, "
				     "pumpselect PROFILE.csv", profile, HK_PROF_N, NULL};

static const hk_colspec profile_hp[HK_PHP_N] = {
	[HK_PHP_QUNIT] = {C_Q_UNIT, HK_REQUIRED | HK_POSITIVE, "effective capacity per unit (hpsize)"},
	[HK_PHP_UNITS] = {C_UNITS_TOTAL, HK_REQUIRED | HK_POSITIVE, "installed units (hpsize)"},
	[HK_PHP_UNITS_ON] = {C_UNITS_ON, HK_NONNEG, "units running"},
	[HK_PHP_PLR] = {C_PLR, HK_NONNEG, "part load"},
	[HK_PHP_HEAT] = {C_HP_HEAT, HK_REQUIRED | HK_NONNEG, "heat-pump heat (hpsize)"},
	[HK_PHP_COP] = {C_COP, HK_REQUIRED | HK_POSITIVE, "COP (hpsize)"},
	[HK_PHP_POWER] = {C_HP_POWER, HK_REQUIRED | HK_NONNEG, "heat-pump power (hpsize)"},
	[HK_PHP_SPARE] = {C_SPARE, HK_REQUIRED, "spare capacity (hpsize)"},
	[HK_PHP_K1] = {C_K1, 0, "K1"},
	[HK_PHP_K2] = {C_K2, 0, "K2"},
};
const hk_table_kind hk_tk_profile_hp = {"profile+hpsize", "tanksize PROFILE.csv", profile_hp,
					HK_PHP_N, &hk_tk_profile};

static const hk_colspec profile_pump[HK_PPUMP_N] = {
	[HK_PPUMP_FLOW] = {C_FLOW, HK_NONNEG, "flow"},
	[HK_PPUMP_PRICE] = {C_PRICE_KWH, HK_NONNEG, "electricity price"},
};
const hk_table_kind hk_tk_profile_pump = {"profile+pumps", "pumpselect PROFILE.csv", profile_pump,
					  HK_PPUMP_N, &hk_tk_profile};

static const hk_colspec profile_ground[HK_PGND_N] = {
	[HK_PGND_HP_HEAT] = {C_HP_HEAT, HK_NONNEG, "heat-pump heat (hpsize)"},
	[HK_PGND_COP] = {C_COP, HK_POSITIVE, "COP (hpsize)"},
	[HK_PGND_COOL] = {C_COOL_LOAD, HK_NONNEG, "cooling load"},
	[HK_PGND_EER] = {C_EER, HK_POSITIVE, "EER"},
};
const hk_table_kind hk_tk_profile_ground = {"profile+ground", "borefield --profile",
					    profile_ground, HK_PGND_N, &hk_tk_profile};

static const hk_colspec profile_econ[HK_PECON_N] = {
	[HK_PECON_UNMET] = {C_UNMET, HK_NONNEG, "unmet load (tanksize)"},
	[HK_PECON_HP_HEAT] = {C_HP_HEAT, HK_NONNEG, "heat-pump heat (hpsize)"},
};
const hk_table_kind hk_tk_profile_econ = {"profile+econ", "econ PROFILE.csv", profile_econ,
					  HK_PECON_N, &hk_tk_profile};

static const hk_colspec profile_design[HK_PDES_N] = {
	[HK_PDES_MODEL] = {C_HP_MODEL, 0, "heat-pump model (hpsize)"},
	[HK_PDES_UNITS] = {C_UNITS_TOTAL, HK_POSITIVE, "installed units (hpsize)"},
	[HK_PDES_RATED] = {C_RATED_KW, HK_POSITIVE, "rated capacity per unit (hpsize)"},
	[HK_PDES_TANK] = {C_TANK_M3, HK_POSITIVE, "effective tank volume (tanksize)"},
	[HK_PDES_TERM] = {C_TERM_MIX, 0, "the buildings' terminals by design load (loadcalc), as operate --terminal"},
};
const hk_table_kind hk_tk_profile_design = {"profile+design", "econ PROFILE.csv (what was designed)",
					    profile_design, HK_PDES_N, &hk_tk_profile};

static const hk_colspec weather[HK_WX_N] = {
	[HK_WX_HOUR] = {C_HOUR, HK_REQUIRED | HK_NONNEG, "hour of the year"},
	[HK_WX_TOUT] = {C_T_OUT, HK_REQUIRED, "outdoor dry-bulb temperature"},
};
const hk_table_kind hk_tk_weather = {"weather", "loadcalc --weather FILE.csv", weather, HK_WX_N,
				     NULL};

static const hk_colspec tariff[HK_TAR_N] = {
	[HK_TAR_PERIOD] = {C_PERIOD, HK_REQUIRED, "peak, flat, valley, sharp or deep_valley"},
	[HK_TAR_START] = {C_START, HK_REQUIRED, "start time HH:MM"},
	[HK_TAR_END] = {C_END, HK_REQUIRED, "end time HH:MM (24:00 allowed)"},
	[HK_TAR_PRICE] = {C_PRICE_KWH, HK_REQUIRED | HK_NONNEG, "energy price"},
};
const hk_table_kind hk_tk_tariff = {"tariff", "tanksize, econ, pumpselect --tariff", tariff,
				    HK_TAR_N, NULL};

static const hk_colspec pipes[HK_PIPE_N] = {
	[HK_PIPE_SEG] = {C_SEGMENT, 0, "segment name"},
	[HK_PIPE_LEN] = {C_LENGTH, HK_REQUIRED | HK_NONNEG, "pipe length"},
	[HK_PIPE_DIAM] = {C_DIAMETER, HK_REQUIRED | HK_POSITIVE,
			  "inner diameter (a header without unit is in mm)"},
	[HK_PIPE_SHARE] = {C_SHARE, HK_POSITIVE, "fraction of the design flow"},
	[HK_PIPE_ZETA] = {C_ZETA, HK_NONNEG, "sum of local loss coefficients"},
	[HK_PIPE_DP] = {C_DP, HK_NONNEG, "equipment pressure drop (a header without unit is in kPa)"},
};
const hk_table_kind hk_tk_pipes = {"pipes", "pumpselect --pipes", pipes, HK_PIPE_N, NULL};

static const hk_colspec hp_ratios[HK_RAT_N] = {
	[HK_RAT_TOUT] = {C_T_OUT, HK_REQUIRED, "outdoor temperature"},
	[HK_RAT_K1] = {C_K1, HK_REQUIRED | HK_POSITIVE, "capacity ratio Q(t)/q"},
	[HK_RAT_COP] = {C_COP, HK_POSITIVE, "COP"},
	[HK_RAT_TWATER] = {C_T_WATER, 0, "leaving water temperature"},
};
const hk_table_kind hk_tk_hp_ratios = {"hp-ratios", "hpsize --ratios", hp_ratios, HK_RAT_N, NULL};

static const hk_colspec k2[HK_K2_N] = {
	[HK_K2_TOUT] = {C_T_OUT, HK_REQUIRED, "outdoor temperature"},
	[HK_K2_K2] = {C_K2, HK_REQUIRED | HK_POSITIVE, "defrost factor"},
};
const hk_table_kind hk_tk_k2 = {"k2", "hpsize --k2", k2, HK_K2_N, NULL};

static const hk_colspec hp_catalog[HK_HPC_N] = {
	[HK_HPC_MODEL] = {C_MODEL, HK_REQUIRED, "model name"},
	[HK_HPC_MAKER] = {C_MAKER, 0, "maker"},
	[HK_HPC_REFR] = {C_REFRIGERANT, 0, "refrigerant"},
	[HK_HPC_RATED] = {C_RATED_HEAT, HK_POSITIVE, "rated heating capacity at 7 C DB / 6 C WB"},
	[HK_HPC_RCOP] = {C_RATED_COP, HK_POSITIVE, "rated COP"},
	[HK_HPC_RTW] = {C_RATED_TW, 0, "leaving water temperature of the rating"},
	[HK_HPC_TOUT] = {C_T_OUT, HK_REQUIRED, "outdoor dry-bulb temperature"},
	[HK_HPC_TW] = {C_T_WATER, HK_REQUIRED, "leaving water temperature"},
	[HK_HPC_HEAT] = {C_HP_CAPACITY, HK_REQUIRED | HK_POSITIVE, "heating capacity"},
	[HK_HPC_POWER] = {C_HP_POWER_IN, HK_POSITIVE, "electric power input"},
	[HK_HPC_COP] = {C_COP, HK_POSITIVE, "coefficient of performance"},
	[HK_HPC_MIN] = {C_MIN_T_OUT, 0, "lowest operating outdoor temperature"},
	[HK_HPC_DEFROST] = {C_DEFROST, HK_REQUIRED, "integrated, peak or unknown"},
	[HK_HPC_PRICE] = {C_PRICE_YUAN, HK_POSITIVE, "unit price"},
	[HK_HPC_SOURCE] = {C_SOURCE, HK_REQUIRED, "where the row comes from"},
	[HK_HPC_PTYPE] = {C_POINT_TYPE, 0, "rated, tol, capacity or part_load_demand"},
	[HK_HPC_STD] = {C_STANDARD, 0, "rating standard of the point"},
	[HK_HPC_CERT] = {C_CERTIFICATE, 0, "certificate"},
};
const hk_table_kind hk_tk_hp_catalog = {"hp-catalog", "hpsize --catalog", hp_catalog, HK_HPC_N,
					NULL};

static const hk_colspec pump_catalog[HK_PC_N] = {
	[HK_PC_MODEL] = {C_MODEL, HK_REQUIRED, "pump model"},
	[HK_PC_MAKER] = {C_MAKER, 0, "maker"},
	[HK_PC_TYPE] = {C_PUMP_TYPE, 0, "pump type"},
	[HK_PC_SPEED] = {C_SPEED, HK_POSITIVE, "speed in rpm"},
	[HK_PC_IMP] = {C_IMPELLER, HK_POSITIVE, "impeller diameter"},
	[HK_PC_POINT] = {C_POINT, 0, "curve point number"},
	[HK_PC_FLOW] = {C_FLOW, HK_REQUIRED | HK_NONNEG, "flow"},
	[HK_PC_HEAD] = {C_HEAD, HK_REQUIRED | HK_NONNEG, "head (0 at run-out allowed)"},
	[HK_PC_EFF] = {C_EFF, HK_NONNEG, "pump efficiency (0 at shut-off allowed)"},
	[HK_PC_POWER] = {C_PUMP_POWER, HK_POSITIVE, "power"},
	[HK_PC_BASIS] = {C_POWER_BASIS, 0, "shaft, input or unknown"},
	[HK_PC_MOTOR] = {C_MOTOR, HK_POSITIVE, "motor rating"},
	[HK_PC_PRICE] = {C_PRICE_YUAN, HK_POSITIVE, "price"},
	[HK_PC_SOURCE] = {C_SOURCE, HK_REQUIRED, "where the row comes from"},
	[HK_PC_SERIES] = {C_SERIES, 0, "series"},
	[HK_PC_FLAGS] = {C_FLAGS, 0, "trust flags"},
};
const hk_table_kind hk_tk_pump_catalog = {"pump-catalog", "pumpselect --pumps", pump_catalog,
					  HK_PC_N, NULL};

static const hk_colspec cities[HK_CITY_N] = {
	[HK_CITY_PROV] = {C_PROVINCE, HK_REQUIRED, "province"},
	[HK_CITY_CITY] = {C_CITY, HK_REQUIRED, "city or station name"},
	[HK_CITY_STATION] = {C_STATION, HK_REQUIRED, "station number"},
	[HK_CITY_LAT] = {C_LAT, 0, "latitude in degrees"},
	[HK_CITY_LON] = {C_LON, 0, "longitude in degrees"},
	[HK_CITY_ALT] = {C_ALT, 0, "altitude"},
	[HK_CITY_TH] = {C_T_HEATING, HK_REQUIRED, "heating design outdoor temperature"},
	[HK_CITY_TWAC] = {C_T_WINTER_AC, HK_REQUIRED, "winter air-conditioning design temperature"},
	[HK_CITY_DAYS] = {C_HEAT_DAYS, HK_NONNEG, "days with daily mean <= 5 C"},
	[HK_CITY_TMEAN] = {C_T_MEAN_HEAT, 0, "mean temperature of the heating period"},
	[HK_CITY_TSUM] = {C_T_SUMMER_AC, 0, "summer AC design dry bulb"},
	[HK_CITY_SOURCE] = {C_SOURCE, 0, "where the row comes from"},
	[HK_CITY_NAME_EN] = {C_NAME_EN, 0, "the city's English name"},
};
const hk_table_kind hk_tk_cities = {"cities", "--cities FILE (data/climate/cities.csv)", cities,
				    HK_CITY_N, NULL};

static const hk_colspec bf_loads[HK_BFL_N] = {
	[HK_BFL_MONTH] = {C_MONTH, HK_POSITIVE | HK_INTEGER, "month number"},
	[HK_BFL_HOUR] = {C_HOUR, HK_NONNEG, "hour"},
	[HK_BFL_EXT_KWH] = {C_EXT_KWH, HK_NONNEG, "ground extraction"},
	[HK_BFL_INJ_KWH] = {C_INJ_KWH, HK_NONNEG, "ground injection"},
	[HK_BFL_PE] = {C_PEAK_EXT, HK_NONNEG, "extraction peak"},
	[HK_BFL_PI] = {C_PEAK_INJ, HK_NONNEG, "injection peak"},
	[HK_BFL_HEAT_KWH] = {C_HEAT_KWH, HK_NONNEG, "building heating"},
	[HK_BFL_COOL_KWH] = {C_COOL_KWH, HK_NONNEG, "building cooling"},
	[HK_BFL_PH] = {C_PEAK_HEAT, HK_NONNEG, "heating peak"},
	[HK_BFL_PC] = {C_PEAK_COOL, HK_NONNEG, "cooling peak"},
	[HK_BFL_EXT_KW] = {C_EXT_KW, HK_NONNEG, "ground extraction"},
	[HK_BFL_INJ_KW] = {C_INJ_KW, HK_NONNEG, "ground injection"},
	[HK_BFL_HEAT_KW] = {C_BLD_HEAT_KW, HK_NONNEG, "building heating"},
	[HK_BFL_COOL_KW] = {C_COOL_KW, HK_NONNEG, "building cooling"},
};
const hk_table_kind hk_tk_bf_loads = {"borefield-loads", "borefield LOADS.csv", bf_loads,
				      HK_BFL_N, NULL};

static const hk_colspec coords[HK_XY_N] = {
	[HK_XY_X] = {C_X, HK_REQUIRED, "borehole x coordinate"},
	[HK_XY_Y] = {C_Y, HK_REQUIRED, "borehole y coordinate"},
};
const hk_table_kind hk_tk_coords = {"coordinates", "borefield --coords", coords, HK_XY_N, NULL};

static const hk_colspec econ_daily[HK_DAILY_N] = {
	[HK_DAILY_SCHEME] = {C_SCHEME, 0, "scheme name"},
	[HK_DAILY_DAY] = {C_ECON_DAY, 0, "typical day"},
	[HK_DAILY_DAYS] = {C_DAYS, HK_POSITIVE, "days the typical day stands for"},
	[HK_DAILY_COST] = {C_COST, HK_NONNEG, "operating cost of the day"},
	[HK_DAILY_KWH] = {C_ELEC, HK_NONNEG, "electricity of the day"},
};
const hk_table_kind hk_tk_econ_daily = {"econ-daily", "econ DAILY.csv", econ_daily, HK_DAILY_N,
					NULL};

static const hk_colspec bf_temps[HK_BFT_N] = {
	[HK_BFT_EXT] = {C_EXT_KWH, HK_REQUIRED | HK_NONNEG, "ground extraction of the month"},
	[HK_BFT_TF] = {"tf_c", "tf_c", HK_DIM_TEMP, HK_REQUIRED, "mean fluid temperature of the month"},
};
const hk_table_kind hk_tk_bf_temps = {"borefield-temps", "econ --borefield SUMMARY,TABLE", bf_temps, HK_BFT_N, NULL};

static const hk_colspec gas_prices[HK_GAS_N] = {
	[HK_GAS_ID] = {"id", "id|price_id|编号", HK_DIM_NONE, HK_REQUIRED, "row id"},
	[HK_GAS_REGION] = {"region", "region|地区", HK_DIM_NONE, 0, "where the price applies"},
	[HK_GAS_PRICE] = {"price_yuan_m3", "price_yuan_m3|price|气价|单价", HK_DIM_NONE, HK_NONNEG, "gas price, 元/m3"},
	[HK_GAS_LHV] = {"lhv_mj_m3", "lhv_mj_m3|lhv|低位发热量", HK_DIM_NONE, HK_POSITIVE, "lower heating value, MJ/m3"},
	[HK_GAS_YEAR] = {"year", "year|年份", HK_DIM_NONE, 0, "year"},
	[HK_GAS_STATUS] = {"status", "status|状态", HK_DIM_NONE, HK_REQUIRED, "sourced, derived or placeholder"},
	[HK_GAS_DEFAULT] = {"default", "default|默认", HK_DIM_NONE, 0, "yes on the default row"},
	[HK_GAS_SOURCE] = {C_SOURCE, HK_REQUIRED, "where the price comes from"},
};
const hk_table_kind hk_tk_gas_prices = {"gas-prices", "econ --gas-prices", gas_prices, HK_GAS_N, NULL};

static const hk_colspec invest[HK_INV_N] = {
	[HK_INV_SCHEME] = {C_SCHEME, HK_REQUIRED, "scheme name"},
	[HK_INV_ITEM] = {C_ITEM, HK_REQUIRED, "item"},
	[HK_INV_QTY] = {C_QUANTITY, HK_REQUIRED | HK_NONNEG, "quantity"},
	[HK_INV_UNIT] = {C_UNIT, 0, "unit of the quantity"},
	[HK_INV_PRICE] = {C_INV_PRICE, HK_NONNEG, "unit price per unit of the quantity"},
	[HK_INV_AMOUNT] = {C_AMOUNT, HK_NONNEG, "the row's total"},
};
const hk_table_kind hk_tk_invest = {"invest", "econ --invest", invest, HK_INV_N, NULL};

static const hk_colspec prices[HK_UP_N] = {
	[HK_UP_ITEM] = {C_ITEM, HK_REQUIRED, "item"},
	[HK_UP_UNIT] = {C_UNIT, 0, "unit"},
	[HK_UP_PRICE] = {C_RATE_PRICE, HK_NONNEG, "unit price (empty only in a placeholder row)"},
	[HK_UP_SOURCE] = {C_SOURCE, 0, "source"},
	[HK_UP_ID] = {"id", "id|price_id|编号", HK_DIM_NONE, 0, "the row's id (econ --price ID)"},
	[HK_UP_YEAR] = {"year", "year|年份", HK_DIM_NONE, 0, "year of the price"},
	[HK_UP_STATUS] = {"status", "status|状态", HK_DIM_NONE, 0, "sourced, derived or placeholder"},
	[HK_UP_DEFAULT] = {"default", "default|默认", HK_DIM_NONE, 0, "the item's default row (yes)"},
};
const hk_table_kind hk_tk_prices = {"unit-prices", "econ --prices (data/equipment/unit-prices.csv)",
				    prices, HK_UP_N, NULL};

static const hk_colspec summary[HK_SUM_N] = {
	[HK_SUM_KEY] = {C_KEY, HK_REQUIRED, "summary key"},
	[HK_SUM_VALUE] = {C_VALUE, HK_REQUIRED, "summary value"},
};
const hk_table_kind hk_tk_summary = {"summary", "check SUMMARY.csv", summary, HK_SUM_N, NULL};

const hk_table_kind *const hk_table_kinds[] = {
	&hk_tk_buildings, &hk_tk_days, &hk_tk_profile, &hk_tk_profile_hp, &hk_tk_profile_pump,
	&hk_tk_profile_ground, &hk_tk_profile_econ, &hk_tk_profile_design, &hk_tk_weather, &hk_tk_tariff, &hk_tk_pipes,
	&hk_tk_hp_ratios, &hk_tk_k2, &hk_tk_hp_catalog, &hk_tk_pump_catalog, &hk_tk_cities,
	&hk_tk_bf_loads, &hk_tk_coords, &hk_tk_econ_daily, &hk_tk_bf_temps, &hk_tk_gas_prices, &hk_tk_invest, &hk_tk_prices,
	&hk_tk_summary, NULL,
};
