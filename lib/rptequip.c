/*
 * rptequip.c - 设备表: the equipment schedule and tender list.  One block
 * per scheme (item, model, specification, quantity, unit, unit price,
 * total), each with its subtotal as a SUM; the plant pumps apart; then the
 * unit prices as input cells that every unit price above refers to.
 */
#include "rpt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

enum { C_NO, C_NAME, C_MODEL, C_SPEC, C_QTY, C_UNIT, C_PRICE, C_TOTAL, C_NOTE, C_N };

/* "kind\tfile\tline" (rptinvest.c) in words: the line of the file (0: the file) */
static const char *where(const rpt *R, const char *src)
{
	char kind[16] = "", file[256] = "", x[128] = "";
	sscanf(src, "%15[^\t]\t%255[^\t]\t%127[^\n]", kind, file, x);
	if (!strcmp(x, "0") || !*x)
		return rpt_fmt("%s", file);
	return rpt_fmt(RL(R, "%s 第%s行", "%s line %s"), file, x);
}

static const char *spec(const rpt *R, const rpt_item *it)
{
	const hk_rfile *f = it->from;
	if (it->item == RI_HP && f)
		return rpt_fmt(RL(R, "额定制热量 %s kW（室外7 ℃/6 ℃）；设计工况（室外 %s ℃，出水 %s ℃）单台有效制热量 %s kW，COP %s",
				  "rated heating %s kW (outdoor 7 C/6 C); at design (outdoor %s C, leaving water %s C) "
				  "effective %s kW per unit, COP %s"),
			       rpt_num(hk_rs_opt(f, "rated_kw"), 1), rpt_num(hk_rs_opt(f, "t_basis_c"), 1),
			       rpt_num(hk_rs_opt(f, "t_water_c"), 0), rpt_num(hk_rs_opt(f, "q_unit_kw"), 2),
			       rpt_num(hk_rs_opt(f, "cop_design"), 2));
	if (it->item == RI_HP && it->count > 0)
		return rpt_fmt(RL(R, "额定制热量 %s kW", "rated heating %s kW"), rpt_num(it->unit_kw, 1));
	if (it->item == RI_TANK && f)
		return rpt_fmt(RL(R, "有效容积 %s m³，建造容积 %s m³；立式 D %s m × H %s m；蓄热量 %s kWh（ΔT %s K）",
				  "effective %s m³, built %s m³; vertical D %s m × H %s m; stores %s kWh (dT %s K)"),
			       rpt_num(hk_rs_opt(f, "volume_m3"), 0), rpt_num(hk_rs_opt(f, "volume_built_m3"), 0),
			       rpt_num(hk_rs_opt(f, "tank_d_m"), 2), rpt_num(hk_rs_opt(f, "tank_h_m"), 2),
			       rpt_num(hk_rs_opt(f, "tank_kwh"), 0), rpt_num(hk_rs_opt(f, "tank_dt_k"), 0));
	if (it->item == RI_PUMP && f)
		return rpt_fmt(RL(R, "单台 G=%s m³/h，H=%s m，η=%s %%，电机 %s kW；%s用%s备",
				  "each G=%s m³/h, H=%s m, eff %s %%, motor %s kW; %s duty + %s standby"),
			       rpt_num(hk_rs_opt(f, "op_flow_each_m3h"), 1), rpt_num(hk_rs_opt(f, "op_head_m"), 1),
			       rpt_num(hk_rs_opt(f, "op_eff_pct"), 1), rpt_num(hk_rs_opt(f, "motor_kw"), 1),
			       rpt_num(hk_rs_opt(f, "duty_pumps"), 0), rpt_num(hk_rs_opt(f, "standby_pumps"), 0));
	if (it->item == RI_PUMP)
		return RL(R, "按水泵电功率计价", "priced per kW of pump power");
	return "";
}

/* One equipment row at row r. */
static void item_row(rpt *R, long r, int no, rpt_item *it)
{
	hk_sheet *sh = R->sh_eq;
	const rpt_price *p = &R->pr[it->price];
	char q[RPT_REF], pc[RPT_REF];
	double shown = it->count > 0 ? it->count : it->qty;
	double unit_price = it->count > 0 ? it->unit_kw * p->price : p->price;
	hk_sh_num(sh, r, C_NO, HK_WS_NUM, 0, no);
	hk_sh_text(sh, r, C_NAME, HK_WS_WRAP, rpt_item_name(R, it));
	hk_sh_text(sh, r, C_MODEL, HK_WS_TEXT, it->model ? it->model : "");
	hk_sh_text(sh, r, C_SPEC, HK_WS_WRAP, spec(R, it));
	hk_sh_num(sh, r, C_QTY, HK_WS_INPUT, shown == floor(shown) ? 0 : -1, shown);
	hk_sh_text(sh, r, C_UNIT, HK_WS_TEXT, rpt_item_unit(R, it));
	/* a unit's price from the price per kW (heat pumps, pumps), else the price */
	if (it->count > 0)
		hk_sh_formula(sh, r, C_PRICE, HK_WS_NUM, 2, rpt_fmt("=%s*%s", rpt_num(it->unit_kw, -1), p->ref),
			      unit_price);
	else
		hk_sh_formula(sh, r, C_PRICE, HK_WS_NUM, 2, rpt_fmt("=%s", p->ref), unit_price);
	hk_ref(q, sizeof q, NULL, r, C_QTY, 0);
	hk_ref(pc, sizeof pc, NULL, r, C_PRICE, 0);
	hk_sh_formula(sh, r, C_TOTAL, HK_WS_NUM, 0, rpt_fmt("=%s*%s", q, pc), shown * unit_price);
	hk_ref(it->ref_total, sizeof it->ref_total, NULL, r, C_TOTAL, 0);
	hk_sh_text(sh, r, C_NOTE, HK_WS_WRAP,
		   rpt_fmt(RL(R, "数量：%s；单价：%s", "quantity: %s; unit price: %s"), where(R, it->qty_src),
			   where(R, p->origin)));
}

static const char *block_title(const rpt *R, int k)
{
	if (k >= 0)
		return rpt_fmt(RL(R, "方案%d：%s%s", "Scheme %d: %s%s"), k + 1, rpt_scheme_name(R, k),
			       k == R->base ? RL(R, "（基准方案）", " (base)") : "");
	if (k == -2)
		return RL(R, "设计方案", "The design");
	return RL(R, "公用设备：水泵（各方案相同，未计入方案比较）",
		  "Plant common to every scheme: pumps (not in the scheme comparison)");
}

static int block_rows(const rpt *R, int k)
{
	int i, n = 0;
	for (i = 0; i < R->nit; i++)
		n += R->it[i].scheme == k;
	return n;
}

/* One block (scheme k, -2 the design, -1 the plant pumps) from row r:
 * section, rows, subtotal (a SUM); returns the row after it. */
static long block(rpt *R, long r, int k)
{
	hk_sheet *sh = R->sh_eq;
	long first = r + 1;
	int i, no = 0;
	double sum = 0;
	char a[RPT_REF], b[RPT_REF];
	hk_sh_merge(sh, r, C_NO, C_N - 1, HK_WS_SECTION, block_title(R, k));
	r++;
	for (i = 0; i < R->nit; i++)
		if (R->it[i].scheme == k) {
			rpt_item *it = &R->it[i];
			item_row(R, r++, ++no, it);
			sum += it->qty * R->pr[it->price].price;
		}
	hk_sh_blank(sh, r, C_NO, C_NO, HK_WS_TEXT);
	hk_sh_text(sh, r, C_NAME, HK_WS_TOTALTXT, RL(R, "小计", "Subtotal"));
	hk_sh_blank(sh, r, C_MODEL, C_PRICE, HK_WS_TEXT);
	hk_ref(a, sizeof a, NULL, first, C_TOTAL, 0);
	hk_ref(b, sizeof b, NULL, r - 1, C_TOTAL, 0);
	hk_sh_formula(sh, r, C_TOTAL, HK_WS_TOTAL, 0, rpt_fmt("=SUM(%s:%s)", a, b), sum);
	hk_sh_blank(sh, r, C_NOTE, C_NOTE, HK_WS_TEXT);
	if (k >= 0) {
		hk_ref(R->s[k].c_invest, sizeof R->s[k].c_invest, sh, r, C_TOTAL, 1);
		hk_wb_name(R->wb, rpt_fmt("s%d_invest", k + 1), sh, r, C_TOTAL);
	} else if (k == -1) {
		hk_ref(R->c_common, sizeof R->c_common, sh, r, C_TOTAL, 1);
		R->common = sum;
	}
	return r + 2;
}

static const char *price_unit(const rpt *R, int item)
{
	switch (item) {
	case RI_TANK:
		return RL(R, "元/m³", "yuan/m³");
	case RI_LAND:
		return RL(R, "元/m²", "yuan/m²");
	case RI_OTHER:
		return RL(R, "元/元", "yuan/yuan");
	case RI_BORE:
		return RL(R, "元/m", "yuan/m");
	default:
		return RL(R, "元/kW", "yuan/kW");
	}
}

static const char *price_item(const rpt *R, int item)
{
	static const char *const zh[RI_N] = {"热泵（按额定制热量）", "蓄热水罐（按有效容积）", "水泵（按电功率）", "征地",
					     "其他", "地埋管钻孔（按延米）", "地源热泵（按额定制热量）", "电锅炉（按功率）",
					     "燃气锅炉（按额定热功率）"};
	static const char *const en[RI_N] = {"heat pumps (per rated kW)", "storage tank (per effective m³)",
					     "pumps (per kW of power)", "land", "other", "boreholes (per metre)",
					     "ground-source heat pumps (per rated kW)", "electric boilers (per kW)",
					     "gas boilers (per rated kW)"};
	return R->lzh ? zh[item] : en[item];
}

/* The unit prices: input cells every unit price above refers to. */
static void prices(rpt *R, long r)
{
	hk_sheet *sh = R->sh_eq;
	int j, named[RI_N] = {0};
	hk_sh_merge(sh, r, C_NO, C_N - 1, HK_WS_SECTION,
		    RL(R, "单价（输入值：修改后合价、各方案投资及经济指标随之重算）",
		       "Unit prices (inputs: totals, investments and the economics follow them)"));
	r++;
	hk_sh_text(sh, r, C_NO, HK_WS_HEAD, RL(R, "序号", "No."));
	hk_sh_text(sh, r, C_NAME, HK_WS_HEAD, RL(R, "计价项目", "priced item"));
	hk_sh_text(sh, r, C_MODEL, HK_WS_HEAD, RL(R, "计价单位", "per"));
	hk_sh_merge(sh, r, C_SPEC, C_UNIT, HK_WS_HEAD, RL(R, "来源", "source"));
	hk_sh_text(sh, r, C_PRICE, HK_WS_HEAD, RL(R, "单价(元)", "unit price (yuan)"));
	hk_sh_merge(sh, r, C_TOTAL, C_NOTE, HK_WS_HEAD, RL(R, "价格出处", "price row"));
	r++;
	for (j = 0; j < R->npr; j++, r++) {
		rpt_price *p = &R->pr[j];
		hk_sh_num(sh, r, C_NO, HK_WS_NUM, 0, j + 1);
		hk_sh_text(sh, r, C_NAME, HK_WS_WRAP, price_item(R, p->item));
		hk_sh_text(sh, r, C_MODEL, HK_WS_TEXT, price_unit(R, p->item));
		hk_sh_merge(sh, r, C_SPEC, C_UNIT, HK_WS_WRAP, where(R, p->origin));
		hk_sh_num(sh, r, C_PRICE, HK_WS_INPUT, 2, p->price);
		hk_sh_merge(sh, r, C_TOTAL, C_NOTE, HK_WS_WRAP, p->note);
		if (!named[p->item] && p->from_table) {
			named[p->item] = 1;
			hk_wb_name(R->wb, rpt_fmt("price_%s", hk_inv_items[p->item].key), sh, r, C_PRICE);
		}
	}
}

void rpt_equip(rpt *R)
{
	static const double w[C_N] = {5, 20, 15, 40, 9, 6, 12, 14, 34};
	hk_sheet *sh = R->sh_eq;
	static const int other[2] = {-2, -1};
	long r = 2, start;
	int k, j;
	hk_sh_columns(sh, w, C_N, 2);
	hk_sh_merge(sh, 0, C_NO, C_N - 1, HK_WS_TITLE, RL(R, "主要设备材料表及投资", "Equipment schedule and investment"));
	{
		static const char *const zh[C_N] = {"序号", "设备名称", "型号", "规格及主要参数", "数量", "单位",
						    "单价(元)", "合价(元)", "备注（数量与单价来源）"};
		static const char *const en[C_N] = {"No.", "item", "model", "specification", "quantity", "unit",
						    "unit price (yuan)", "total (yuan)", "notes (where quantity and price come from)"};
		for (k = 0; k < C_N; k++)
			hk_sh_text(sh, 1, k, HK_WS_HEAD, R->lzh ? zh[k] : en[k]);
	}
	/* the price rows' cells first: every block's unit prices refer to them */
	start = r;
	for (k = 0; k < R->ns; k++)
		if (block_rows(R, k))
			start += block_rows(R, k) + 3;
	for (j = 0; j < 2; j++)
		if (block_rows(R, other[j]))
			start += block_rows(R, other[j]) + 3;
	for (j = 0; j < R->npr; j++)
		hk_ref(R->pr[j].ref, sizeof R->pr[j].ref, NULL, start + 2 + j, C_PRICE, 1);
	for (k = 0; k < R->ns; k++)
		if (block_rows(R, k))
			r = block(R, r, k);
	for (j = 0; j < 2; j++)
		if (block_rows(R, other[j]))
			r = block(R, r, other[j]);
	prices(R, r);
}
