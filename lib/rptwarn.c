/*
 * rptwarn.c - the commands' warnings in the report's language.
 *
 * A command writes its warnings in English (standard error and the
 * summary's warning_N rows).  The Chinese book gives each in Chinese: the
 * table below is keyed by the warning's own printf format, as its command
 * writes it (tests/t/t0162 checks that every format in lib/ and cmd/ has
 * its row here).  A warning is matched against each format, its values
 * (the %s, %g, %d... fields) taken out and put into the Chinese text at
 * {1}, {2}, ...; a value that is itself a warning or a known word (a
 * scheme, an item, "cooling tower") is given in Chinese too.
 */
#include "rpt.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define MAXCAP 9

static const struct {
	const char *en, *zh;
} table[] = {
	/* cmd/loadcalc.c, lib/loadreport.c */
	{"%ld more buildings have an index outside their CJJ 34 range", "另有 {1} 栋建筑的热指标超出 CJJ 34 的取值范围"},
	{"%s: index %g W/m2 is outside the CJJ 34 %s range %g-%g W/m2 of %s",
	 "{1}：热指标 {2} W/m² 超出 CJJ 34 {6}（{3}）的取值范围 {4}–{5} W/m²"},
	{"the weather file has no heating season by --season %s: the profile carries no load (--season all heats "
	 "whenever t_out < t_in)",
	 "气象文件按供暖期规则 {1} 没有供暖期：负荷曲线无负荷（规则 all 为室外温度低于室内设计温度即供暖）"},
	{"the weather file's heating season has %zu days, the city's GB 50736 heating period %g: is the weather file "
	 "for this city?",
	 "气象文件的供暖期为 {1} 天，该城市 GB 50736 的供暖期为 {2} 天：请核对气象文件是否属于该城市"},
	{"--dt %g h: the day %.2f-%.2f h of some buildings does not fall on step boundaries, so steps mix day and night "
	 "loads and the profile's largest load is below the design load; 0.5 h steps keep 07:00 and 18:30 exact",
	 "时间步长 {1} h：部分建筑的白天时段 {2}–{3} h 不在步长分界上，时段内昼夜负荷混合，曲线最大负荷低于设计热负荷；"
	 "取 0.5 h 步长可使 07:00 与 18:30 落在分界上"},
	{"%s has no days with a daily mean <= 5 C in GB 50736 Appendix A: no annual heat",
	 "{1} 在 GB 50736 附录A 中没有日平均温度 ≤ 5 ℃ 的天数：不计年耗热量"},
	{"the terminal groups keep different hours (day-only buildings set back at night in some groups more than "
	 "others): operate runs every group at the plant's share of its design load (terminal_mix by design load), an "
	 "approximation at night",
	 "各末端组的使用时段不同（部分组中仅白天使用、夜间值班的建筑较多）：operate 按全系统的负荷率运行各组"
	 "（terminal_mix 按设计热负荷分配），夜间为近似"},
	/* lib/hpreport.c, lib/heatpump.c */
	{"design: %g ℃ is outside the capacity points of model %s (%g to %g ℃): K1 and COP extrapolated (--extrapolate)",
	 "设计工况：{1} ℃ 超出机组 {2} 的样本温度范围（{3} 至 {4} ℃）：K1 与 COP 为外推值"},
	{"%s not applied: the capacities of %s include defrost (defrost = integrated); give --defrost peak to apply K2 "
	 "to them",
	 "{1} 未采用：{2} 的样本制热量已含融霜；如需再乘 K2，请按峰值制热量（peak）给出样本"},
	{"COP %.2f at the design condition (%g C outdoor, %g C water) is below 2.0 (%s)",
	 "设计工况（室外 {2} ℃，出水 {3} ℃）COP {1} 低于 2.0（GB 50736-2012 第8.3.1条）"},
	{"design: %d units, one below ceil (%d): %.1f kW (%.2f %% of the design load) short at the design basis, within "
	 "round_tol %.2f %%",
	 "设计工况：取 {1} 台，比向上取整的 {2} 台少一台，缺 {3} kW（设计热负荷的 {4} %），在取整容差 {5} % 以内"},
	{"design: %s", "设计工况：{1}"},
	{"profile: %s", "逐时负荷：{1}"},
	{"outdoor temperature outside the catalog table: extrapolated", "室外温度超出样本表范围：外推"},
	{"water temperature outside the catalog table: extrapolated", "出水温度超出样本表范围：外推"},
	{"COP below 2.0 at the design condition (GB 50736-2012 §8.3.1)", "设计工况 COP 低于 2.0（GB 50736-2012 第8.3.1条）"},
	{"outdoor temperature below the unit's operating limit", "室外温度低于机组运行下限"},
	{"catalog capacity includes defrost: K2 not applied again", "样本制热量已含融霜：不再乘 K2"},
	{"unit count rounded down within the shortfall tolerance", "台数在缺额容差内向下取整"},
	{"load above the installed heat-pump capacity", "负荷超过热泵装机有效制热量"},
	{"no COP for this model (no table and no override)", "该型号没有 COP 数据（无样本表，也未指定）"},
	/* lib/tankreport.c */
	{"on day %s the charge capability (%.0f kWh) is below the peak demand (%.0f kWh): the tank will not fill on that "
	 "day",
	 "典型日 {1} 谷时蓄热能力（{2} kWh）低于峰时需求（{3} kWh）：当日水罐蓄不满"},
	{"heat pumps and tank leave %.0f kWh a year unmet (%.2f %% of the heat): more units, a larger tank or a backup "
	 "heater are needed; unmet_kwh in the summary and per day",
	 "热泵与水罐每年有 {1} kWh 热负荷未满足（占耗热量的 {2} %）：需增加机组、加大水罐或设辅助热源"},
	{"the sizing rule gives no tank (%s): nothing to store or nothing saved by storing under this tariff",
	 "按所选规则（{1}）不设水罐：该电价下无热可蓄，或蓄热不节省电费"},
	/* lib/opreport.c, cmd/operate.c */
	{"%s: %.0f kWh of heat unmet over the season (up to %.1f kW in a step): the plant cannot carry the load there",
	 "{1}：供暖季有 {2} kWh 热负荷未满足（单时段最多 {3} kW）：机组在这些时段带不动负荷"},
	{"%s: COP or capacity extrapolated beyond the catalog's points (--extrapolate)",
	 "{1}：COP 或制热量超出样本数据点外推（--extrapolate）"},
	{"%s: the first series stage left below the catalog's lowest water column; its COP was read there (understates "
	 "the series gain)",
	 "{1}：串联一级出水温度低于样本最低出水温度，COP 按该温度取值（低估串联收益）"},
	{"%s: a pump ran outside its catalog flow range (curve extrapolated)", "{1}：水泵运行超出样本流量范围（曲线外推）"},
	{"%s: pumps held at their lowest speed and throttled in some steps", "{1}：部分时段水泵处于最低转速并节流运行"},
	{"%s: the start limit kept units off in %d steps (their heat unmet)",
	 "{1}：启动次数限制使 {2} 个时段的机组未能启动（其热量未满足）"},
	{"the profile's plant is %s (hpsize); operate studies %s (--model)",
	 "逐时表中的机组为 {1}（hpsize）；operate 按 {2} 计算（--model）"},
	/* lib/pumpreport.c */
	{"staged group: %s", "大中小泵组：{1}"},
	{"annual energy, %s: not computed: %s has no efficiency or power data in the catalog",
	 "年耗电量（{1}）未计算：{2} 在样本中没有效率或功率数据"},
	{"%s: %d profile step%s outside the catalog range or below the minimum speed (see pump_flags)",
	 "{1}：有 {2} 个时段超出样本曲线范围或低于最低转速"},
	{"EHR-h not computed: %s", "EHR-h 未计算：{1}"},
	{"EHR-h %.5f exceeds the limit %.5f (%s)", "EHR-h {1} 超过限值 {2}（{3}）"},
	{"--model %s: its catalog power contradicts rho g Q H / eta by more than 10 %% (flags: %s): used because you "
	 "named it; check the maker's data sheet before trusting its power, motor and energy",
	 "指定型号 {1}：样本功率与 ρgQH/η 相差超过 10 %（{2}）：因指定而采用；其功率、电机与能耗请以厂家资料核对"},
	{"--group: %s: catalog power contradicts rho g Q H / eta by more than 10 %% (flag power_contradicts): used "
	 "because you named it; staged energy is doubtful",
	 "指定泵组 {1}：样本功率与 ρgQH/η 相差超过 10 %：因指定而采用；分级运行能耗存疑"},
	{"%s: maker not named in the catalog (%s): for rough checks, not for tenders",
	 "{1}：样本未注明厂家（{2}）：仅供估算，不宜用于招标"},
	/* lib/bfreport.c */
	{"annual imbalance %.1f %% exceeds %.0f %%: GB 50366-2009 §4.3.2 asks that extraction and injection balance; "
	 "drift %.2f K over %d years (consider an auxiliary %s)",
	 "年取排热不平衡率 {1} % 超过 {2} %：GB 50366-2009 第4.3.2条要求取热量与排热量平衡；{4} 年内流体温度漂移 {3} K（宜设辅助{5}）"},
	{"depth %.1f m: beyond usual drilling practice (80-150 m, standards-notes §6): add boreholes or land",
	 "孔深 {1} m：超出常用钻孔深度（80–150 m）：宜增加钻孔或用地"},
	{"depth %.1f m: GB 50366-2009 §4.3.8 asks for boreholes deeper than 20 m",
	 "孔深 {1} m：GB 50366-2009 第4.3.8条要求钻孔深度大于 20 m"},
	{"bore diameter %.3f m: GB 50366-2009 §4.3.8 asks for at least 0.11 m",
	 "钻孔直径 {1} m：GB 50366-2009 第4.3.8条要求不小于 0.11 m"},
	{"spacing %.2f m outside 3-6 m (GB 50366-2009 §4.3.8)", "钻孔间距 {1} m 超出 3–6 m（GB 50366-2009 第4.3.8条）"},
	{"at %.2f m the field breaks the limits: auxiliary cooling %.1f kW, heating %.1f kW needed",
	 "孔深 {1} m 时流体温度超限：需辅助散热 {2} kW、辅助供热 {3} kW"},
	{"at %.2f m the %s temperature table breaks the limit the size claims: %s%s",
	 "孔深 {1} m 时{2}流体温度表超出确定孔深所依据的限值：{3}{4}"},
	{"--method ashrae outside the ranges its fits were made on (Philippe et al. 2010): %s; errors of 10-30 %% are "
	 "reported there (Ahmadfard & Bernier 2019): compare --method L3",
	 "ASHRAE 法超出其拟合公式的适用范围（Philippe 等 2010）：{1}；文献报告此时误差可达 10–30 %（Ahmadfard 与 Bernier 2019）：宜与 --method L3 对比"},
	/* lib/bfreport.c breaks_limits(): the field of the warning above */
	{"tf_max_c %.3f C > limit %.3f C and tf_min_c %.3f C < limit %.3f C",
	 "最高流体温度 {1} ℃ 高于上限 {2} ℃，最低流体温度 {3} ℃ 低于下限 {4} ℃"},
	{"tf_max_c %.3f C > limit %.3f C", "最高流体温度 {1} ℃ 高于上限 {2} ℃"},
	{"tf_min_c %.3f C < limit %.3f C", "最低流体温度 {1} ℃ 低于下限 {2} ℃"},
	/* lib/econreport.c */
	{"the unit price of %s (%g 元/%s, %s:%ld) is a placeholder — give your own (--prices FILE, or a price column in "
	 "the invest file)",
	 "{1}的单价（{2} 元/{3}，{4} 第{5}行）为占位值：请在单价表或投资表的单价列给出实际单价"},
	{"the gas price (%g 元/m3) is a placeholder — give your own (--gas-prices FILE): %s",
	 "天然气价格（{1} 元/m³，{2}）为占位值：请在气价表中给出实际气价"},
	{"%s never pays back: it saves nothing over %s", "{1}不能回收投资：与{2}相比不节省运行费用"},
	{"%s: the heat pumps%s leave %.0f kWh a year of the load unmet (%s): made up by a backup heater at COP %g, %.0f "
	 "元 a year at the tariff (--backup-cop)",
	 "{1}：热泵{2}每年有 {3} kWh 热负荷未满足（{4}），由 COP 为 {5} 的辅助加热补足，按电价每年 {6} 元"},
	{"%s: the profile does not say what heat column %s leaves unmet: compared as if it met the whole load",
	 "{1}：负荷曲线未给出 {2} 未满足的热量，按满足全部负荷比较"},
};

/* values that are words: in Chinese */
static const char *const words[][2] = {
	{"cooling tower", "冷却塔"}, {"heat source", "热源"},       {"energy-saving", "节能建筑"},
	{"non-energy-saving", "未节能建筑"}, {" and the tank", "与水罐"}, {"fixed", "定速"},
	{"variable", "变速"},         {"staged", "大中小泵组"},     {"heat_pump_kw", "热泵"},
	{"tank_m3", "蓄热水罐"},      {"pump_kw", "水泵"},          {"land_m2", "征地"},
	{"other_yuan", "其他"},       {"borehole_m", "地埋管钻孔"}, {"gshp_kw", "地源热泵"},
	{"boiler_kw", "电锅炉"},       {"gas_boiler_kw", "燃气锅炉"},        {"m3", "m³"},                 {"m2", "m²"},
	{"hourly", "逐时"},           {"monthly", "逐月"},
	{" (L2's three pulses size shallower than L3: give --method L3 for a depth the table holds)",
	 "（L2 法按三个负荷脉冲确定的孔深浅于 L3 法：宜用 --method L3，使逐月温度表满足限值）"},
	{" (the ASHRAE equation's pulses size shallower than L3: give --method L3 for a depth the table holds)",
	 "（ASHRAE 法按三个负荷脉冲确定的孔深浅于 L3 法：宜用 --method L3，使逐月温度表满足限值）"},
};

typedef struct cap {
	const char *p;
	size_t n;
} cap;

/* Match text t against printf format f; the converted fields into c. */
static int match(const char *f, const char *t, cap *c, int nc)
{
	const char *e;
	size_t k;
	while (*f && *f != '%') {
		if (*f++ != *t++)
			return 0;
	}
	if (!*f)
		return !*t;
	if (f[1] == '%')
		return *t == '%' && match(f + 2, t + 1, c, nc);
	e = f + 1;
	while (*e && strchr("-+ #0123456789.lzhjt", *e))
		e++;
	if (!*e || nc >= MAXCAP)
		return 0;
	/* the shortest field the rest matches after; a number's field is a number */
	for (k = 0; k <= strlen(t); k++) {
		if (*e != 's' && k == 0)
			continue;
		if (*e != 's' && !strchr("-+0123456789.eEinfa", t[k - 1]))
			break;
		c[nc] = (cap){t, k};
		if (match(e + 1, t + k, c, nc + 1))
			return 1;
	}
	return 0;
}

static int count(const char *f)
{
	int n = 0;
	for (; *f; f++)
		if (*f == '%')
			n += f[1] == '%' ? (f++, 0) : 1;
	return n;
}

static const char *zh_of(const char *en, char *buf, size_t sz, int depth);

/* a field's value in Chinese: a known word, a warning, day names, else as is */
static void field(const cap *c, char *out, size_t sz, int depth)
{
	char v[512];
	size_t i;
	snprintf(v, sizeof v, "%.*s", (int)c->n, c->p);
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (!strcmp(v, words[i][0])) {
			snprintf(out, sz, "%s", words[i][1]);
			return;
		}
	if (rpt_name_zh(v)) {
		snprintf(out, sz, "%s", rpt_name_zh(v));
		return;
	}
	if (strstr(v, ", id ") && (i = strcspn(v, ",")) && strchr(v, ':') && (size_t)(strchr(v, ':') - v) < i) {
		/* a price row's source, "FILE:LINE, id ..., status: note": where it is */
		snprintf(out, sz, "%.*s 第%.*s行", (int)(strchr(v, ':') - v), v, (int)(i - (size_t)(strchr(v, ':') - v) - 1),
			 strchr(v, ':') + 1);
		return;
	}
	if (!strncmp(v, "days ", 5) || !strncmp(v, "day ", 4)) { /* econ's unmet days: "days 100%, 75%" */
		snprintf(out, sz, "典型日 %s", strchr(v, ' ') + 1);
		return;
	}
	if (depth < 2 && zh_of(v, out, sz, depth + 1))
		return;
	snprintf(out, sz, "%s", v);
}

static const char *zh_of(const char *en, char *buf, size_t sz, int depth)
{
	cap c[MAXCAP];
	size_t i, o = 0;
	for (i = 0; i < sizeof table / sizeof table[0]; i++) {
		const char *z;
		if (!match(table[i].en, en, c, 0))
			continue;
		for (z = table[i].zh; *z && o + 1 < sz;) {
			if (z[0] == '{' && isdigit((unsigned char)z[1]) && z[2] == '}' && z[1] - '1' < count(table[i].en)) {
				char v[512];
				field(&c[z[1] - '1'], v, sizeof v, depth);
				o += (size_t)snprintf(buf + o, sz - o, "%s", v);
				o = o < sz ? o : sz - 1;
				z += 3;
			} else {
				buf[o++] = *z++;
			}
		}
		buf[o] = '\0';
		return buf;
	}
	return NULL;
}

const char *rpt_warn(const rpt *R, const char *text)
{
	char buf[1024];
	const char *y;
	if (!R->lzh) { /* English as written; its one Chinese word, the currency, in English */
		size_t o = 0;
		for (; (y = strstr(text, "元")) && o + (size_t)(y - text) + 5 < sizeof buf; text = y + strlen("元"))
			o += (size_t)snprintf(buf + o, sizeof buf - o, "%.*syuan", (int)(y - text), text);
		snprintf(buf + o, sizeof buf - o, "%s", text);
		return rpt_fmt("%s", buf);
	}
	if (zh_of(text, buf, sizeof buf, 0))
		return rpt_fmt("%s", buf);
	return rpt_fmt("（命令输出原文）%s", text);
}
