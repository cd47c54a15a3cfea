/*
 * rptecon.c - 经济: the schemes compared as formulas.  Inputs: the
 * discount rate and energy-price escalation, each scheme's investment (the
 * 设备表 subtotal, itself a formula of quantities and unit prices) and
 * annual operating cost.  For each scheme a year-by-year cash-flow table:
 * investment, operating cost escalated, its present value; for a scheme
 * compared with the base also the extra investment, the saving escalated,
 * net, cumulative and discounted flows.  Over those rows: static payback =
 * extra investment / annual saving (Malan paper §3.4), discounted payback
 * (the year the discounted cumulative flow turns positive, interpolated
 * within it), NPV = CF0 + NPV(r, CF1..CFn), IRR(CF0..CFn) and the life-
 * cycle cost Σ (investment + cost)·(1+r)^-y (textbook engineering
 * economics, e.g. any 技术经济学 text; as econ computes them,
 * lib/cashflow.h).  The cached values are lib/cashflow.c's.
 */
#include "rpt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cashflow.h"
#include "tariff.h"

enum { E_Y, E_DF, E_INV, E_COST, E_PV, E_EXTRA, E_SAVE, E_NET, E_CUM, E_DNET, E_DCUM, E_AUX, E_N };
/* the comparison table's columns */
enum { K_NAME, K_INV = 2, K_COST, K_KWH, K_EXTRA, K_SAVE, K_PAY, K_DPAY, K_NPV, K_IRR, K_LCC };

#define ROW_RATE 5
#define ROW_ESC 6
#define ROW_CMP 12

/* The tariff block (when econ wrote energy per period: R->by_kind): a
 * price row of input cells, one per period kind used (and gas), and each
 * scheme's annual energy per kind under it; a scheme's operating cost is
 * then Σ kWh(kind) × price(kind) + gas × its price (Malan paper §3.4:
 * cost = Σ energy × price of each period), so changing a price recomputes
 * costs, savings, paybacks, NPV, IRR and LCC. */
typedef struct {
	int kind[6], n;  /* kinds shown; kind 5 = gas */
	long r0;         /* section row; header r0+1, prices r0+2, schemes r0+3.. */
} tblock;

static void tblock_plan(const rpt *R, tblock *b)
{
	int j, k;
	b->n = 0;
	b->r0 = ROW_CMP + R->ns + 2;
	for (j = 0; j < 6; j++) {
		int used = j < 5 ? !isnan(R->tprice[j]) : 0;
		for (k = 0; k < R->ns; k++)
			used |= j < 5 ? R->s[k].kwh_kind[j] > 0 : isfinite(R->s[k].gas_m3);
		if (used)
			b->kind[b->n++] = j;
	}
}

/* the cost formula of scheme k over the block */
static const char *cost_formula(const tblock *b, int k)
{
	char f[512], a[RPT_REF], p[RPT_REF];
	size_t o = 0;
	int i;
	f[0] = '\0';
	for (i = 0; i < b->n; i++) {
		hk_ref(a, sizeof a, NULL, b->r0 + 3 + k, 2 + i, 0);
		hk_ref(p, sizeof p, NULL, b->r0 + 2, 2 + i, 1);
		o += (size_t)snprintf(f + o, sizeof f - o, "%s%s*%s", i ? "+" : "=", a, p);
	}
	return rpt_fmt("%s", f);
}

static void tblock_write(rpt *R, const tblock *b)
{
	static const char *const zh[6] = {"尖峰", "高峰", "平段", "低谷", "深谷", "天然气"};
	hk_sheet *sh = R->sh_econ;
	int i, k;
	hk_sh_merge(sh, b->r0, 0, E_N - 1, HK_WS_SECTION,
		    RL(R, "2.1 分时电价与各时段年耗电量（电价为输入值）", "2.1 Tariff prices and annual energy per period (prices are inputs)"));
	hk_sh_merge(sh, b->r0 + 1, 0, 1, HK_WS_HEAD, RL(R, "项目", "item"));
	hk_sh_merge(sh, b->r0 + 2, 0, 1, HK_WS_TEXT, RL(R, "单价(元/kWh；天然气元/m³)", "price (yuan/kWh; gas yuan/m3)"));
	for (i = 0; i < b->n; i++) {
		int j = b->kind[i];
		hk_sh_text(sh, b->r0 + 1, 2 + i, HK_WS_HEAD,
			   j < 5 ? rpt_fmt("%s%s", R->lzh ? zh[j] : hk_period_kind_name(j), R->lzh ? "(kWh)" : " (kWh)")
				 : RL(R, "天然气(m³)", "gas (m3)"));
		hk_sh_num(sh, b->r0 + 2, 2 + i, HK_WS_INPUT, 4, j < 5 ? R->tprice[j] : R->gas_price);
		hk_wb_name(R->wb, j < 5 ? rpt_fmt("tariff_%s", hk_period_kind_name(j)) : "gas_price", sh, b->r0 + 2, 2 + i);
		for (k = 0; k < R->ns; k++) {
			double v = j < 5 ? R->s[k].kwh_kind[j] : R->s[k].gas_m3;
			hk_sh_num(sh, b->r0 + 3 + k, 2 + i, HK_WS_NUM, 0, isfinite(v) ? v : 0);
		}
	}
	for (k = 0; k < R->ns; k++)
		hk_sh_merge(sh, b->r0 + 3 + k, 0, 1, HK_WS_TEXT, rpt_scheme_name(R, k));
}


static void params(rpt *R)
{
	hk_sheet *sh = R->sh_econ;
	static const char *const zh[4] = {"参数", "数值", "单位", "来源"}, *const en[4] = {"parameter", "value", "unit", "source"};
	int c;
	hk_sh_merge(sh, 3, 0, E_N - 1, HK_WS_SECTION, RL(R, "1 经济参数", "1 Parameters"));
	for (c = 0; c < 3; c++)
		hk_sh_text(sh, 4, c, HK_WS_HEAD, R->lzh ? zh[c] : en[c]);
	hk_sh_merge(sh, 4, 3, E_N - 1, HK_WS_HEAD, R->lzh ? zh[3] : en[3]);
	hk_sh_text(sh, ROW_RATE, 0, HK_WS_TEXT, RL(R, "折现率", "discount rate"));
	hk_sh_num(sh, ROW_RATE, 1, HK_WS_PCTIN, 2, R->rate);
	hk_sh_text(sh, ROW_RATE, 2, HK_WS_TEXT, "");
	hk_sh_merge(sh, ROW_RATE, 3, E_N - 1, HK_WS_WRAP,
		    rpt_fmt(RL(R, "%s（默认 8%%：《建设项目经济评价方法与参数》第三版，2006，社会折现率，凭记忆，未核对）",
			       "%s (default 8%%: social discount rate of Methods and Parameters for the Economic Evaluation "
			       "of Construction Projects, 3rd ed. 2006, from memory, unverified)"),
			    rpt_key_at(R, R->f[HK_RK_ECON], "rate")));
	hk_sh_text(sh, ROW_ESC, 0, HK_WS_TEXT, RL(R, "电价年增长率", "energy-price escalation"));
	hk_sh_num(sh, ROW_ESC, 1, HK_WS_PCTIN, 2, R->esc);
	hk_sh_text(sh, ROW_ESC, 2, HK_WS_TEXT, "");
	hk_sh_merge(sh, ROW_ESC, 3, E_N - 1, HK_WS_WRAP,
		    rpt_fmt(RL(R, "%s（运行费用与节省逐年按此增长）", "%s (operating costs and savings grow by it each year)"),
			    rpt_key_at(R, R->f[HK_RK_ECON], "escalation")));
	hk_sh_text(sh, 7, 0, HK_WS_TEXT, RL(R, "经济寿命", "economic life"));
	hk_sh_num(sh, 7, 1, HK_WS_NUM, 0, R->life);
	hk_sh_text(sh, 7, 2, HK_WS_TEXT, RL(R, "年", "years"));
	hk_sh_merge(sh, 7, 3, E_N - 1, HK_WS_WRAP,
		    rpt_fmt(RL(R, "%s；即下表的年数（改变寿命须重新生成本表）",
			       "%s: the years of the tables below (another life needs a new report)"),
			    rpt_key_at(R, R->f[HK_RK_ECON], "life_years")));
	hk_sh_text(sh, 8, 0, HK_WS_TEXT, RL(R, "基准方案", "base scheme"));
	hk_sh_merge(sh, 8, 1, 2, HK_WS_TEXT, rpt_scheme_name(R, R->base));
	hk_sh_merge(sh, 8, 3, E_N - 1, HK_WS_WRAP,
		    rpt_fmt(RL(R, "%s；其余方案与之比较（增加投资、年节省）", "%s: every other scheme is compared with it"),
			    rpt_key_at(R, R->f[HK_RK_ECON], "base_scheme")));
	hk_ref(R->c_rate, sizeof R->c_rate, sh, ROW_RATE, 1, 1);
	hk_ref(R->c_esc, sizeof R->c_esc, sh, ROW_ESC, 1, 1);
	hk_wb_name(R->wb, "discount_rate", sh, ROW_RATE, 1);
	hk_wb_name(R->wb, "escalation_rate", sh, ROW_ESC, 1);
}

static void cmp_head(rpt *R, long r)
{
	static const char *const zh[] = {"方案", "", "初投资(元)", "年运行费用(元)", "年耗电量(kWh)", "增加投资(元)",
					 "年节省运行费用(元)", "静态回收期(年)", "动态回收期(年)", "净现值(元)", "内部收益率",
					 "全寿命周期费用(元)"};
	static const char *const en[] = {"scheme", "", "investment (yuan)", "annual operating cost (yuan)",
					 "annual electricity (kWh)", "extra investment (yuan)", "annual saving (yuan)",
					 "static payback (years)", "discounted payback (years)", "NPV (yuan)", "IRR",
					 "life-cycle cost (yuan)"};
	int c;
	hk_sh_merge(R->sh_econ, r, 0, 1, HK_WS_HEAD, R->lzh ? zh[0] : en[0]);
	for (c = 2; c < E_N; c++)
		hk_sh_text(R->sh_econ, r, c, HK_WS_HEAD, R->lzh ? zh[c] : en[c]);
}

static void block_head(rpt *R, long r)
{
	static const char *const zh[E_N] = {"年份", "折现系数", "初投资(元)", "年运行费用(元)", "费用现值(元)",
					    "增加投资(元)", "年节省运行费用(元)", "净现金流量(元)", "累计净现金流量(元)",
					    "折现净现金流量(元)", "累计折现净现金流量(元)", "回收年份(辅助)"};
	static const char *const en[E_N] = {"year", "discount factor", "investment (yuan)", "operating cost (yuan)",
					    "present value of costs (yuan)", "extra investment (yuan)", "saving (yuan)",
					    "net cash flow (yuan)", "cumulative net (yuan)", "discounted net (yuan)",
					    "cumulative discounted (yuan)", "payback year (helper)"};
	int c;
	for (c = 0; c < E_N; c++)
		hk_sh_text(R->sh_econ, r, c, HK_WS_HEAD, R->lzh ? zh[c] : en[c]);
}

/* "A7" in this sheet */
static const char *at(long r, int c)
{
	char b[RPT_REF];
	hk_ref(b, sizeof b, NULL, r, c, 0);
	return rpt_fmt("%s", b);
}
static const char *abs_at(long r, int c)
{
	char b[RPT_REF];
	hk_ref(b, sizeof b, NULL, r, c, 1);
	return rpt_fmt("%s", b);
}

/* Scheme k's cash-flow rows from b0 (year 0 .. life), its comparison row
 * rk; the base's row rb.  Fills the scheme's cached results. */
static void flows(rpt *R, int k, long b0, long rk)
{
	hk_sheet *sh = R->sh_econ;
	rpt_scheme *s = &R->s[k], *bs = &R->s[R->base];
	char rate[RPT_REF], esc[RPT_REF];
	double extra = s->invest - bs->invest, save = bs->cost - s->cost, cum = 0, dcum = 0, pv = 0;
	int y, cmp = k != R->base;
	hk_ref(rate, sizeof rate, NULL, ROW_RATE, 1, 1);
	hk_ref(esc, sizeof esc, NULL, ROW_ESC, 1, 1);
	for (y = 0; y <= R->life; y++) {
		long r = b0 + y;
		double df = 1 / pow(1 + R->rate, y), g = y ? pow(1 + R->esc, y - 1) : 0;
		double cost = y ? s->cost * g : 0, net = y ? save * g : -extra, pcum = cum, pdcum = dcum;
		hk_sh_num(sh, r, E_Y, HK_WS_NUM, 0, y);
		hk_sh_formula(sh, r, E_DF, HK_WS_NUM, 4, rpt_fmt("=1/(1+%s)^%s", rate, at(r, E_Y)), df);
		if (y == 0)
			hk_sh_formula(sh, r, E_INV, HK_WS_NUM, 0, rpt_fmt("=%s", abs_at(rk, K_INV)), s->invest);
		else
			hk_sh_num(sh, r, E_INV, HK_WS_NUM, 0, 0);
		if (y)
			hk_sh_formula(sh, r, E_COST, HK_WS_NUM, 0,
				      rpt_fmt("=%s*(1+%s)^(%s-1)", abs_at(rk, K_COST), esc, at(r, E_Y)), cost);
		else
			hk_sh_num(sh, r, E_COST, HK_WS_NUM, 0, 0);
		hk_sh_formula(sh, r, E_PV, HK_WS_NUM, 0, rpt_fmt("=(%s+%s)*%s", at(r, E_INV), at(r, E_COST), at(r, E_DF)),
			      ((y ? 0 : s->invest) + cost) * df);
		pv += ((y ? 0 : s->invest) + cost) * df;
		if (!cmp) {
			hk_sh_blank(sh, r, E_EXTRA, E_AUX, HK_WS_TEXT);
			continue;
		}
		if (y == 0) {
			hk_sh_formula(sh, r, E_EXTRA, HK_WS_NUM, 0, rpt_fmt("=%s", abs_at(rk, K_EXTRA)), extra);
			hk_sh_num(sh, r, E_SAVE, HK_WS_NUM, 0, 0);
		} else {
			hk_sh_num(sh, r, E_EXTRA, HK_WS_NUM, 0, 0);
			hk_sh_formula(sh, r, E_SAVE, HK_WS_NUM, 0,
				      rpt_fmt("=%s*(1+%s)^(%s-1)", abs_at(rk, K_SAVE), esc, at(r, E_Y)), save * g);
		}
		cum += net;
		dcum += net * df;
		hk_sh_formula(sh, r, E_NET, HK_WS_NUM, 0, rpt_fmt("=%s-%s", at(r, E_SAVE), at(r, E_EXTRA)), net);
		hk_sh_formula(sh, r, E_CUM, HK_WS_NUM, 0,
			      y ? rpt_fmt("=%s+%s", at(r - 1, E_CUM), at(r, E_NET)) : rpt_fmt("=%s", at(r, E_NET)), cum);
		hk_sh_formula(sh, r, E_DNET, HK_WS_NUM, 0, rpt_fmt("=%s*%s", at(r, E_NET), at(r, E_DF)), net * df);
		hk_sh_formula(sh, r, E_DCUM, HK_WS_NUM, 0,
			      y ? rpt_fmt("=%s+%s", at(r - 1, E_DCUM), at(r, E_DNET)) : rpt_fmt("=%s", at(r, E_DNET)),
			      dcum);
		(void)pcum;
		if (y == 0) {
			hk_sh_blank(sh, r, E_AUX, E_AUX, HK_WS_TEXT);
		} else if (pdcum < 0 && dcum >= 0) { /* the year it turns: (y−1) + what was left / that year's flow */
			hk_sh_formula(sh, r, E_AUX, HK_WS_NUM, 2,
				      rpt_fmt("=IF(AND(%s<0,%s>=0),%s-1+(-%s)/%s,\"\")", at(r - 1, E_DCUM), at(r, E_DCUM),
					      at(r, E_Y), at(r - 1, E_DCUM), at(r, E_DNET)),
				      y - 1 + (-pdcum) / (net * df));
		} else {
			hk_sh_formula_text(sh, r, E_AUX, HK_WS_NUM,
					   rpt_fmt("=IF(AND(%s<0,%s>=0),%s-1+(-%s)/%s,\"\")", at(r - 1, E_DCUM),
						   at(r, E_DCUM), at(r, E_Y), at(r - 1, E_DCUM), at(r, E_DNET)),
					   "");
		}
	}
	s->lcc = pv;
}

/* the totals row under a block, the results in the comparison row */
static void results(rpt *R, int k, long b0, long rk)
{
	hk_sheet *sh = R->sh_econ;
	rpt_scheme *s = &R->s[k], *bs = &R->s[R->base];
	long b1 = b0 + R->life, rt = b1 + 1;
	const char *never = RL(R, "不回收", "never");
	hk_econ_in in = {s->invest - bs->invest, bs->cost - s->cost, R->rate, R->esc, R->life};
	hk_econ_out eo;
	char f[512];
	hk_sh_text(sh, rt, E_Y, HK_WS_TOTALTXT, RL(R, "合计", "Total"));
	hk_sh_blank(sh, rt, E_DF, E_DF, HK_WS_TEXT);
	hk_sh_formula(sh, rt, E_PV, HK_WS_TOTAL, 0, rpt_fmt("=SUM(%s:%s)", at(b0, E_PV), at(b1, E_PV)), s->lcc);
	hk_sh_formula(sh, rk, K_LCC, HK_WS_TOTAL, 0, rpt_fmt("=%s", at(rt, E_PV)), s->lcc);
	hk_ref(s->c_lcc, sizeof s->c_lcc, sh, rk, K_LCC, 1);
	hk_wb_name(R->wb, rpt_fmt("s%d_lcc", k + 1), sh, rk, K_LCC);
	hk_sh_blank(sh, rt, E_INV, E_COST, HK_WS_TEXT);
	if (k == R->base) {
		hk_sh_blank(sh, rt, E_EXTRA, E_AUX, HK_WS_TEXT);
		hk_sh_blank(sh, rk, K_EXTRA, K_IRR, HK_WS_TEXT);
		s->pay = s->dpay = s->npv = s->irr = NAN;
		return;
	}
	hk_econ_eval(&in, &eo, NULL);
	hk_sh_blank(sh, rt, E_EXTRA, E_AUX, HK_WS_TEXT);
	hk_sh_formula(sh, rt, E_DNET, HK_WS_TOTAL, 0, rpt_fmt("=SUM(%s:%s)", at(b0, E_DNET), at(b1, E_DNET)), eo.npv);
	/* static payback: extra / saving (Malan paper §3.4); 0 when it costs no more and saves no less */
	snprintf(f, sizeof f, "=IF(AND(%s<=0,%s>=0),0,IF(AND(%s>0,%s>0),%s/%s,\"%s\"))", at(rk, K_EXTRA), at(rk, K_SAVE),
		 at(rk, K_EXTRA), at(rk, K_SAVE), at(rk, K_EXTRA), at(rk, K_SAVE), never);
	if (isfinite(eo.static_payback))
		hk_sh_formula(sh, rk, K_PAY, HK_WS_TOTAL, 2, f, eo.static_payback);
	else
		hk_sh_formula_text(sh, rk, K_PAY, HK_WS_TOTAL, f, never);
	snprintf(f, sizeof f, "=IF(AND(%s<=0,%s>=0),0,IF(COUNT(%s:%s)>0,MIN(%s:%s),\"%s\"))", at(rk, K_EXTRA),
		 at(rk, K_SAVE), at(b0, E_AUX), at(b1, E_AUX), at(b0, E_AUX), at(b1, E_AUX), never);
	if (isfinite(eo.discounted_payback))
		hk_sh_formula(sh, rk, K_DPAY, HK_WS_TOTAL, 2, f, eo.discounted_payback);
	else
		hk_sh_formula_text(sh, rk, K_DPAY, HK_WS_TOTAL, f, never);
	hk_sh_formula(sh, rk, K_NPV, HK_WS_TOTAL, 0,
		      rpt_fmt("=%s+NPV(%s,%s:%s)", at(b0, E_NET), abs_at(ROW_RATE, 1), at(b0 + 1, E_NET), at(b1, E_NET)),
		      eo.npv);
	snprintf(f, sizeof f, "=IFERROR(IRR(%s:%s),\"%s\")", at(b0, E_NET), at(b1, E_NET), RL(R, "无", "none"));
	if (isfinite(eo.irr))
		hk_sh_formula(sh, rk, K_IRR, HK_WS_PCT, 2, f, eo.irr);
	else
		hk_sh_formula_text(sh, rk, K_IRR, HK_WS_PCT, f, RL(R, "无", "none"));
	s->pay = eo.static_payback;
	s->dpay = eo.discounted_payback;
	s->npv = eo.npv;
	s->irr = eo.irr;
	hk_ref(s->c_pay, sizeof s->c_pay, sh, rk, K_PAY, 1);
	hk_ref(s->c_dpay, sizeof s->c_dpay, sh, rk, K_DPAY, 1);
	hk_ref(s->c_npv, sizeof s->c_npv, sh, rk, K_NPV, 1);
	hk_ref(s->c_irr, sizeof s->c_irr, sh, rk, K_IRR, 1);
	hk_wb_name(R->wb, rpt_fmt("s%d_payback", k + 1), sh, rk, K_PAY);
	hk_wb_name(R->wb, rpt_fmt("s%d_dpayback", k + 1), sh, rk, K_DPAY);
	hk_wb_name(R->wb, rpt_fmt("s%d_npv", k + 1), sh, rk, K_NPV);
	hk_wb_name(R->wb, rpt_fmt("s%d_irr", k + 1), sh, rk, K_IRR);
}

/* scheme k's comparison row rk (inputs and differences; results later);
 * b: the tariff block, or NULL */
static void cmp_row(rpt *R, int k, long rk, long rb, const tblock *b)
{
	hk_sheet *sh = R->sh_econ;
	rpt_scheme *s = &R->s[k], *bs = &R->s[R->base];
	hk_sh_merge(sh, rk, 0, 1, HK_WS_WRAP, rpt_scheme_name(R, k));
	if (s->c_invest[0]) {
		hk_sh_formula(sh, rk, K_INV, HK_WS_NUM, 0, rpt_fmt("=%s", s->c_invest), s->invest);
	} else { /* nothing itemised (econ without --invest) */
		hk_sh_num(sh, rk, K_INV, HK_WS_INPUT, 0, s->invest);
		hk_wb_name(R->wb, rpt_fmt("s%d_invest", k + 1), sh, rk, K_INV);
	}
	hk_ref(s->c_invest, sizeof s->c_invest, sh, rk, K_INV, 1);
	if (b)
		hk_sh_formula(sh, rk, K_COST, HK_WS_NUM, 0, cost_formula(b, k), s->cost);
	else
		hk_sh_num(sh, rk, K_COST, HK_WS_INPUT, 0, s->cost);
	hk_ref(s->c_cost, sizeof s->c_cost, sh, rk, K_COST, 1);
	hk_wb_name(R->wb, rpt_fmt("s%d_cost", k + 1), sh, rk, K_COST);
	hk_sh_num(sh, rk, K_KWH, HK_WS_NUM, 0, s->kwh);
	if (k == R->base)
		return;
	hk_sh_formula(sh, rk, K_EXTRA, HK_WS_NUM, 0, rpt_fmt("=%s-%s", at(rk, K_INV), at(rb, K_INV)),
		      s->invest - bs->invest);
	hk_sh_formula(sh, rk, K_SAVE, HK_WS_NUM, 0, rpt_fmt("=%s-%s", at(rb, K_COST), at(rk, K_COST)), bs->cost - s->cost);
	hk_ref(s->c_extra, sizeof s->c_extra, sh, rk, K_EXTRA, 1);
	hk_ref(s->c_saving, sizeof s->c_saving, sh, rk, K_SAVE, 1);
}

void rpt_econ(rpt *R)
{
	static const double w[E_N] = {7, 9, 13, 13, 13, 13, 13, 13, 14, 13, 14, 15};
	hk_sheet *sh = R->sh_econ;
	long r, rb = ROW_CMP + R->base, b0;
	tblock tb;
	int k;
	tblock_plan(R, &tb);
	hk_sh_columns(sh, w, E_N, 1);
	hk_sh_merge(sh, 0, 0, E_N - 1, HK_WS_TITLE, RL(R, "经济分析：方案比较", "Economics: the schemes compared"));
	hk_sh_merge(sh, 1, 0, E_N - 1, HK_WS_NOTE,
		    RL(R, "黄色单元格为输入值（单价与数量在设备表）；修改后投资、回收期、净现值、内部收益率与全寿命周期费用随之重算。",
		       "Shaded cells are inputs (unit prices and quantities are on the equipment sheet); investments, "
		       "paybacks, NPV, IRR and life-cycle costs follow them."));
	params(R);
	hk_sh_merge(sh, ROW_CMP - 2, 0, E_N - 1, HK_WS_SECTION, RL(R, "2 方案比较", "2 Schemes compared"));
	cmp_head(R, ROW_CMP - 1);
	for (k = 0; k < R->ns; k++)
		cmp_row(R, k, ROW_CMP + k, rb, R->by_kind ? &tb : NULL);
	r = ROW_CMP + R->ns;
	if (R->by_kind) {
		hk_sh_merge(sh, r, 0, E_N - 1, HK_WS_NOTE,
			    RL(R, "年运行费用 = Σ 各时段年耗电量 × 该时段电价 + 天然气用量 × 气价（见 2.1；各时段耗电量为经济分析按分时电价逐时段计算的结果，"
				  "取自其汇总表）；修改 2.1 的电价，费用、节省、回收期、净现值、内部收益率与全寿命周期费用随之重算。",
			       "Annual operating cost = Σ energy of each period × its price + gas × its price (2.1; the energy "
			       "per period is econ's, step by step, from its summary); change a price in 2.1 and "
			       "costs, savings, paybacks, NPV, IRR and life-cycle costs follow."));
		tblock_write(R, &tb);
		r = tb.r0 + 3 + R->ns;
	} else {
		hk_sh_merge(sh, r, 0, E_N - 1, HK_WS_NOTE,
			    RL(R, "年运行费用为经济分析按分时电价逐时段计算的结果（取自其汇总表，输入值）；改变电价须重新进行经济分析。",
			       "Annual operating costs are econ's, costed step by step at the time-of-use tariff (from its summary, "
			       "inputs); another tariff needs a new econ run."));
	}
	r += 2;
	hk_sh_merge(sh, r, 0, E_N - 1, HK_WS_SECTION, RL(R, "3 逐年现金流量表", "3 Cash flows year by year"));
	r++;
	for (k = 0; k < R->ns; k++) {
		hk_sh_merge(sh, r, 0, E_N - 1, HK_WS_SECTION,
			    rpt_fmt("3.%d %s%s", k + 1, rpt_scheme_name(R, k),
				    k == R->base ? RL(R, "（基准方案）", " (base)") : ""));
		block_head(R, r + 1);
		b0 = r + 2;
		flows(R, k, b0, ROW_CMP + k);
		results(R, k, b0, ROW_CMP + k);
		rpt_chart_flows(R, k, b0, E_Y, E_CUM);
		r = b0 + R->life + 3;
	}
}
