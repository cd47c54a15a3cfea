/*
 * terminal.c - heat emitters and the heating curve (terminal.h).
 */
#include <math.h>
#include <string.h>

#include "terminal.h"

static const hk_term_kind_info kinds[HK_TERM_NKINDS] = {
	{"radiator", "散热器", 1.3,
	 "1.3: EN 442-2:2014 §3 characteristic Φ = Km·ΔT^n, panel radiators n ≈ 1.3", 75, 50,
	 "75/50 C: GB 50736-2012 §5.3.1 (散热器供暖宜按75/50 ℃连续供暖设计)"},
	{"fan-coil", "风机盘管", 1.0,
	 "1.0: forced convection at constant air and water flow, Q = ε·C·(tw − ti) linear in ΔT "
	 "(ε-NTU, Incropera, Fundamentals of Heat and Mass Transfer §11.4; EN 16430-2 fan-assisted)",
	 45, 40,
	 "45/40 C: GB 50736-2012 §8.5.1(2) leaves heat-pump hot water to the equipment; 45/40 an "
	 "assumption (the usual ASHP 45 C leaving, 5 K)"},
	{"floor", "地暖", 1.1, "1.1: EN 1264-2:2008 §6, q = B·Πa·ΔθH^1.1", 45, 35,
	 "45/35 C: GB 50736-2012 §5.4.1 (supply 35-45 C, ΔT at most 10 K)"},
	{"jet-fan", "射流风机", 1.0,
	 "1.0: a fan-driven air heater, forced convection as a fan coil (ε-NTU, Incropera §11.4)", 45, 40,
	 "45/40 C: an assumption as for fan coils (GB 50736-2012 §8.5.1(2))"},
};

const hk_term_kind_info *hk_term_kind_get(hk_term_kind k)
{
	return (unsigned)k < HK_TERM_NKINDS ? &kinds[k] : NULL;
}

hk_status hk_term_kind_parse(const char *s, hk_term_kind *k, hk_err *err)
{
	static const struct { const char *alias; hk_term_kind k; } al[] = {
		{"radiator", HK_TERM_RADIATOR}, {"散热器", HK_TERM_RADIATOR}, {"暖气片", HK_TERM_RADIATOR},
		{"fan-coil", HK_TERM_FAN_COIL}, {"fancoil", HK_TERM_FAN_COIL}, {"fan_coil", HK_TERM_FAN_COIL},
		{"风机盘管", HK_TERM_FAN_COIL}, {"风盘", HK_TERM_FAN_COIL},
		{"floor", HK_TERM_FLOOR}, {"地暖", HK_TERM_FLOOR}, {"地热", HK_TERM_FLOOR},
		{"jet-fan", HK_TERM_JET_FAN}, {"jetfan", HK_TERM_JET_FAN}, {"射流风机", HK_TERM_JET_FAN},
	};
	size_t i;
	for (i = 0; i < sizeof al / sizeof al[0]; i++)
		if (strcmp(s, al[i].alias) == 0) {
			*k = al[i].k;
			return HK_OK;
		}
	return hk_fail(err, HK_EINVAL, "terminal type (%s): expected radiator, fan-coil, floor or jet-fan "
		       "(散热器, 风机盘管, 地暖, 射流风机)", s);
}

hk_status hk_term_check(const hk_terminal *t, hk_err *err)
{
	if (!(t->n > 0.5 && t->n <= 2))
		return hk_fail(err, HK_EINVAL, "emission exponent (%g): expected 0.5 < n <= 2 "
			       "(EN 442: about 1.3 for radiators)", t->n);
	if (!(t->ti > -50 && t->ti < 40))
		return hk_fail(err, HK_EINVAL, "indoor temperature (%g C): expected a room temperature", t->ti);
	if (!(t->tr_d > t->ti))
		return hk_fail(err, HK_EINVAL, "design return (%g C) not above the indoor %g C: "
			       "expected return > indoor", t->tr_d, t->ti);
	if (!(t->ts_d > t->tr_d && t->ts_d <= 100))
		return hk_fail(err, HK_EINVAL, "design supply (%g C) with return %g C: expected "
			       "return < supply <= 100 C", t->ts_d, t->tr_d);
	return HK_OK;
}

/* log mean excess temperature: EN 442-2:2014 §3 (ΔT = (ts − tr)/ln((ts − ti)/(tr − ti))) */
double hk_term_lmtd(double ts, double tr, double ti)
{
	double a = ts - ti, b = tr - ti;
	if (b <= 0 || a <= 0)
		return 0;
	if (fabs(a - b) < 1e-9 * a)
		return 0.5 * (a + b);
	return (a - b) / log(a / b);
}

hk_status hk_term_curve(const hk_terminal *t, double phi, double f, double *ts, double *tr, hk_err *err)
{
	double d, target, lo, hi;
	int it;
	if (!(phi >= 0) || !isfinite(phi))
		return hk_fail(err, HK_EINVAL, "load share (%g): expected >= 0", phi);
	if (!(f > 0) || !isfinite(f))
		return hk_fail(err, HK_EINVAL, "flow share (%g): expected > 0", f);
	if (phi == 0) {
		*ts = *tr = t->ti;
		return HK_OK;
	}
	d = phi / f * (t->ts_d - t->tr_d);                 /* heat balance Q = ρ c G ΔT */
	target = pow(phi, 1.0 / t->n) * hk_term_lmtd(t->ts_d, t->tr_d, t->ti); /* EN 442-2 Φ/Φd = (ΔT/ΔTd)^n */
	/* ΔT(ts, ts − d) rises with ts from 0 (tr = ti) towards ts − ti − d/2 */
	lo = t->ti + d;
	hi = lo + target + d + 1;
	while (hk_term_lmtd(hi, hi - d, t->ti) < target)
		hi += target + d;
	for (it = 0; it < 200 && hi - lo > 1e-10; it++) {
		double m = 0.5 * (lo + hi);
		if (hk_term_lmtd(m, m - d, t->ti) < target)
			lo = m;
		else
			hi = m;
	}
	*ts = 0.5 * (lo + hi);
	*tr = *ts - d;
	return HK_OK;
}

hk_status hk_term_mix_need(const hk_term_mix *m, double phi, double *ts, hk_err *err)
{
	int k;
	*ts = -INFINITY;
	for (k = 0; k < m->n; k++) {
		double s, r;
		hk_status st = hk_term_curve(&m->t[k], phi, 1, &s, &r, err);
		if (st != HK_OK)
			return st;
		*ts = fmax(*ts, s);
	}
	return m->n ? HK_OK : hk_fail(err, HK_EINVAL, "no terminal group");
}

/* design flow of group k per kW of the plant's design load: w/(tsd − trd) (the 0.86 cancels) */
static double gdes(const hk_term_mix *m, int k)
{
	return m->share[k] / (m->t[k].ts_d - m->t[k].tr_d);
}

hk_status hk_term_mix_at(const hk_term_mix *m, double phi, double ts, double *tr, double *flow_share,
			 hk_err *err)
{
	double need, g = 0, gd = 0, q = 0;
	int k, it;
	hk_status st;
	if ((st = hk_term_mix_need(m, phi, &need, err)) != HK_OK)
		return st;
	if (ts < need - 1e-6)
		return hk_fail(err, HK_EINVAL, "supply %g C below the %g C the terminals need", ts, need);
	for (k = 0; k < m->n; k++) {
		double lo = 1e-9, hi = 1, f, s, r;
		gd += gdes(m, k);
		if (phi <= 0)
			continue;
		/* the group's curve supply falls as its flow rises: the f that needs exactly ts */
		for (it = 0; it < 200 && hi - lo > 1e-12; it++) {
			f = 0.5 * (lo + hi);
			if ((st = hk_term_curve(&m->t[k], phi, f, &s, &r, err)) != HK_OK)
				return st;
			if (s > ts)
				lo = f;
			else
				hi = f;
		}
		f = 0.5 * (lo + hi);
		g += f * gdes(m, k);
		q += phi * m->share[k];
	}
	*flow_share = gd > 0 ? g / gd : 0;
	*tr = g > 0 ? ts - q / g : ts; /* heat balance: Σ w φ = G (ts − tr) in design units */
	return HK_OK;
}
