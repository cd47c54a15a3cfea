/*
 * test_opmix.c - mixed terminals on one plant (lib/terminal.c
 * hk_term_mix_*, issue 20 "plus mixed"): the neediest group sets the
 * supply, the others throttle to their flow share, the return is the
 * flow-weighted mix.  Expected values from the EN 442 closed form (as
 * test_terminal.c: ts = ti + r·D/(r − 1), r = exp(D/ΔT), D = φ/f·ΔTd,
 * ΔT = φ^(1/n)·ΔTd,lm) and a bisection on f written here.
 */
#include <math.h>
#include <string.h>

#include "operate.h"
#include "opterm.h"
#include "unit.h"

static double closed_ts(const hk_terminal *t, double phi, double f)
{
	double dtd = (t->ts_d - t->tr_d) / log((t->ts_d - t->ti) / (t->tr_d - t->ti));
	double d = phi / f * (t->ts_d - t->tr_d), dt = pow(phi, 1 / t->n) * dtd, r = exp(d / dt);
	return t->ti + r * d / (r - 1);
}

/* the flow share at which group t needs exactly ts */
static double flow_for(const hk_terminal *t, double phi, double ts)
{
	double lo = 1e-6, hi = 1;
	int i;
	for (i = 0; i < 200; i++) {
		double m = 0.5 * (lo + hi);
		if (closed_ts(t, phi, m) > ts)
			lo = m;
		else
			hi = m;
	}
	return 0.5 * (lo + hi);
}

static void test_one_group(void)
{
	hk_term_mix m = {1, {{.n = 1.3, .ts_d = 45, .tr_d = 35, .ti = 18}}, {1}};
	double ts, tr, fs, s1, r1;
	hk_err e;
	UNIT_TRUE(hk_term_mix_need(&m, 0.5, &ts, &e) == HK_OK, "need");
	hk_term_curve(&m.t[0], 0.5, 1, &s1, &r1, &e);
	UNIT_NEAR(ts, closed_ts(&m.t[0], 0.5, 1), 1e-6, "one group: its own curve (closed form)");
	UNIT_TRUE(hk_term_mix_at(&m, 0.5, ts, &tr, &fs, &e) == HK_OK, "at the need");
	UNIT_NEAR(tr, r1, 1e-6, "one group: its own return");
	UNIT_NEAR(fs, 1, 1e-6, "at design flow");
}

static void test_two_groups(void)
{
	hk_term_mix m = {2, {{.n = 1.3, .ts_d = 45, .tr_d = 35, .ti = 18}, {.n = 1.1, .ts_d = 40, .tr_d = 30, .ti = 18}},
			 {0.6, 0.4}};
	double phi = 0.5, need, ts, tr, fs, f2, g, want_tr;
	hk_err e;
	need = fmax(closed_ts(&m.t[0], phi, 1), closed_ts(&m.t[1], phi, 1));
	UNIT_TRUE(hk_term_mix_need(&m, phi, &ts, &e) == HK_OK, "mix need");
	UNIT_NEAR(ts, need, 1e-6, "the neediest group's supply (radiators)");
	UNIT_TRUE(closed_ts(&m.t[0], phi, 1) > closed_ts(&m.t[1], phi, 1), "radiators are the neediest (hand check)");
	f2 = flow_for(&m.t[1], phi, need);
	/* flows in units of 0.86·Qd: w·f/ΔTd; heat φ·Σw = G·(ts − tr) */
	g = 0.6 * 1 / 10 + 0.4 * f2 / 10;
	want_tr = need - phi / g;
	UNIT_TRUE(hk_term_mix_at(&m, phi, need, &tr, &fs, &e) == HK_OK, "mix at the need");
	UNIT_NEAR(tr, want_tr, 1e-6, "mixed return, floor throttled to its flow share");
	UNIT_NEAR(fs, g / (0.6 / 10 + 0.4 / 10), 1e-6, "flow share of the design flow");
	UNIT_TRUE(f2 < 1 && tr < closed_ts(&m.t[0], phi, 1) - phi * 10, "the throttled floor returns the mix colder");
	UNIT_TRUE(hk_term_mix_at(&m, phi, need - 1, &tr, &fs, &e) == HK_EINVAL, "a supply below the need refused");
}

/* --terminal: one type's defaults; a mix's design point: the highest supply, the return at design
 * flow 45 − 1/(0.6/10 + 0.4/20) = 32.5 C (hand) */
static void test_parse(void)
{
	hk_opterm o;
	hk_err e;
	UNIT_TRUE(hk_opterm_parse("地暖", 18, &o, &e) == HK_OK && !o.mix.n, "one type, Chinese name");
	UNIT_TRUE(o.term.n == 1.1 && o.term.ts_d == 45 && o.term.tr_d == 35, "floor defaults 1.1, 45/35");
	UNIT_TRUE(hk_opterm_parse("radiator=0.6:45/35,floor=0.4:40/20", 18, &o, &e) == HK_OK, "a mix");
	UNIT_EQ_INT(o.mix.n, 2, "two groups");
	UNIT_NEAR(o.term.ts_d, 45, 0, "design supply: the radiators'");
	UNIT_NEAR(o.term.tr_d, 45 - 1 / (0.6 / 10 + 0.4 / 20), 1e-12, "design return of the mix: 32.5 C");
	UNIT_TRUE(hk_opterm_parse("radiator=0.6,floor=0.3", 18, &o, &e) == HK_EINVAL, "shares 0.9 refused");
	UNIT_TRUE(hk_opterm_parse("radiator=0.2,floor=0.2,fan-coil=0.2,jet-fan=0.2,radiator=0.2", 18, &o, &e) ==
		  HK_EINVAL, "five groups refused");
	UNIT_TRUE(hk_opterm_parse("floor=0.5:30/35,radiator=0.5", 18, &o, &e) == HK_EINVAL, "return above supply");
}

/* the buildings' terminals (loadcalc): groups by type and design point, shares by design load —
 * radiators 45/35 on 450 + 135 kW, floor at its defaults on 300 kW: 585/885 = 0.661017 (hand) */
static void test_termacc(void)
{
	hk_termacc a = {0};
	hk_ta_field bad;
	hk_opterm o;
	hk_err e;
	char spec[400];
	UNIT_TRUE(hk_termacc_add(&a, "radiator", 45, 35, 18, 450, 0, &bad, &e) == HK_OK, "radiators 45/35");
	UNIT_TRUE(hk_termacc_add(&a, "地暖", NAN, NAN, 18, 300, 1, &bad, &e) == HK_OK, "floor, the type's point");
	UNIT_TRUE(hk_termacc_add(&a, "散热器", 45, 35, 18, 135, 0, &bad, &e) == HK_OK, "radiators again (Chinese)");
	UNIT_EQ_INT(a.n, 2, "two groups: the same type and point join");
	UNIT_TRUE(hk_termacc_spec(&a, spec, sizeof spec, &e) == HK_OK, "the spec");
	UNIT_TRUE(!strcmp(spec, "radiator=0.661017:45/35,floor=0.338983"), spec);
	UNIT_TRUE(hk_opterm_parse(spec, 18, &o, &e) == HK_OK && o.mix.n == 2, "operate parses it back");
	UNIT_NEAR(o.mix.share[0], 585.0 / 885, 1e-6, "radiator share 585/885");
	UNIT_TRUE(hk_termacc_hours_differ(&a), "the floor group is day-only, the radiators not: hours differ");
	UNIT_TRUE(hk_termacc_add(&a, "radiator", 50, 40, 18, 100, 0, &bad, &e) == HK_OK && a.n == 3,
		  "another design point: its own group");
	UNIT_TRUE(hk_termacc_add(&a, "", NAN, NAN, 18, 100, 0, &bad, &e) == HK_EINVAL && bad == HK_TA_TYPE,
		  "a building without a terminal beside ones with");
	UNIT_TRUE(hk_termacc_add(&a, "radiator", 45, NAN, 18, 100, 0, &bad, &e) == HK_EINVAL && bad == HK_TA_RETURN,
		  "a supply without its return: the return is blamed");
	UNIT_TRUE(hk_termacc_add(&a, "radiator", 45, 15, 18, 100, 0, &bad, &e) == HK_EINVAL && bad == HK_TA_RETURN,
		  "a return below the room");
	UNIT_TRUE(hk_termacc_add(&a, "convector", NAN, NAN, 18, 100, 0, &bad, &e) == HK_EINVAL && bad == HK_TA_TYPE,
		  "an unknown type");
	memset(&a, 0, sizeof a);
	UNIT_TRUE(hk_termacc_add(&a, NULL, NAN, NAN, 18, 100, 0, &bad, &e) == HK_OK, "no terminal column");
	UNIT_TRUE(hk_termacc_spec(&a, spec, sizeof spec, &e) == HK_OK && !*spec, "no terminals: no spec");
	UNIT_TRUE(!hk_termacc_hours_differ(&a), "no groups: no difference");
	UNIT_TRUE(hk_termacc_add(&a, "floor", NAN, NAN, 18, 100, 1, &bad, &e) == HK_EINVAL, "a terminal after a building without one");
	memset(&a, 0, sizeof a);
	UNIT_TRUE(hk_termacc_add(&a, "floor", NAN, NAN, 18, 200, 1, &bad, &e) == HK_OK &&
		  hk_termacc_add(&a, "radiator", NAN, NAN, 18, 100, 1, &bad, &e) == HK_OK &&
		  !hk_termacc_hours_differ(&a), "both groups day-only: their loads scale together");
	UNIT_TRUE(hk_opterm_parse("floor=0.7", 18, &o, &e) == HK_EINVAL, "one group must carry the whole load");
}

int main(void)
{
	test_parse();
	test_termacc();
	test_one_group();
	test_two_groups();
	return unit_done();
}
