/* cashflow.c - daily/annual cost, investment, payback, NPV, IRR, LCC. */
#include "cashflow.h"

#include <math.h>
#include <string.h>

const char hk_src_prices_malan[] =
	"Malan paper Table 2: heat pump 0.7 元/W, tank 1500 元/m³, pump 1.0"
	" 元/W, land 240 元/m²";

hk_status hk_daily_figs(const hk_tariff *t, const hk_step *s, size_t n,
			const double *kw, size_t stride, hk_day_figs *out,
			size_t cap, size_t *nd, hk_err *err)
{
	*nd = 0;
	const char *base = (const char *)kw;
	for (size_t i = 0; i < n; i++) {
		double p;
		memcpy(&p, base + i * stride, sizeof p);
		hk_status st = hk_step_check_hours(&s[i], i, err);
		if (st != HK_OK)
			return st;
		if (!isfinite(p) || p < 0)
			return hk_fail(err, HK_EINVAL,
				       "step %zu: electric power %g kW: expected"
				       " a number >= 0", i + 1, p);
		if (s[i].day < 0 || (size_t)s[i].day < (*nd ? *nd - 1 : 0) ||
		    (size_t)s[i].day > *nd)
			return hk_fail(err, HK_EINVAL,
				       "step %zu: day %d out of order", i + 1,
				       s[i].day);
		if ((size_t)s[i].day == *nd) {
			if (*nd >= cap)
				return hk_fail(err, HK_ERANGE,
					       "daily figures: more than %zu"
					       " days", cap);
			memset(&out[*nd], 0, sizeof out[*nd]);
			out[*nd].days = s[i].days;
			(*nd)++;
		}
		hk_day_figs *d = &out[s[i].day];
		double kwh, cost;
		/* Malan §3.4: cost = Σ energy × price of each period. */
		hk_tariff_cost(t, s[i].start_h, s[i].end_h, p, &kwh, &cost,
			       d->kwh_by_kind);
		d->kwh += kwh;
		d->cost += cost;
	}
	return HK_OK;
}

hk_status hk_annual_sums(const hk_day_figs *d, size_t nd, double *kwh,
			 double *cost, hk_err *err)
{
	double e = 0, c = 0;
	for (size_t i = 0; i < nd; i++) {
		if (!isfinite(d[i].days) || d[i].days < 0)
			return hk_fail(err, HK_EINVAL,
				       "day %zu: no day count (days must be a"
				       " number >= 0)", i + 1);
		if (!isfinite(d[i].kwh) || !isfinite(d[i].cost))
			return hk_fail(err, HK_EINVAL,
				       "day %zu: electricity or cost not a"
				       " number", i + 1);
		/* Malan Table 3: annual = Σ daily × days. */
		e += d[i].kwh * d[i].days;
		c += d[i].cost * d[i].days;
	}
	if (kwh)
		*kwh = e;
	if (cost)
		*cost = c;
	return HK_OK;
}

hk_unit_prices hk_unit_prices_malan(void)
{
	hk_unit_prices p = {0.7, 1500, 1.0, 240}; /* Malan Table 2 */
	return p;
}

hk_status hk_invest(const hk_unit_prices *p, const hk_quantities *q,
		    hk_investment *out, hk_err *err)
{
	const double v[8] = {p->hp_per_w, p->tank_per_m3, p->pump_per_w,
			     p->land_per_m2, q->hp_kw, q->tank_m3, q->pump_kw,
			     q->land_m2};
	static const char *const what[8] = {
		"heat-pump price", "tank price", "pump price", "land price",
		"heat-pump capacity", "tank volume", "pump power", "land area"};
	for (int i = 0; i < 8; i++)
		if (!isfinite(v[i]) || v[i] < 0)
			return hk_fail(err, HK_EINVAL, "%s %g: expected >= 0",
				       what[i], v[i]);
	/* Malan Table 2/3: cost = quantity × unit price (kW → W). */
	out->hp = q->hp_kw * 1000.0 * p->hp_per_w;
	out->tank = q->tank_m3 * p->tank_per_m3;
	out->pump = q->pump_kw * 1000.0 * p->pump_per_w;
	out->land = q->land_m2 * p->land_per_m2;
	out->equipment = out->hp + out->tank + out->pump;
	out->total = out->equipment + out->land;
	return HK_OK;
}

hk_status hk_static_payback(double extra_invest, double annual_saving,
			    double *years, hk_err *err)
{
	*years = NAN;
	if (!isfinite(extra_invest) || !isfinite(annual_saving))
		return hk_fail(err, HK_EINVAL,
			       "payback: investment or saving not a number");
	if (!(annual_saving > 0))
		return hk_fail(err, HK_ENOSOL,
			       "payback: annual saving %g is not positive; the"
			       " extra investment never pays back",
			       annual_saving);
	/* Malan §3.4: static payback = extra investment / annual saving. */
	*years = extra_invest / annual_saving;
	return HK_OK;
}

double hk_crf(double rate, double years)
{
	if (!(years > 0) || !(rate > -1) || !isfinite(rate) || !isfinite(years))
		return NAN;
	if (fabs(rate) < 1e-12)
		return 1.0 / years;
	/* Capital recovery factor: i(1+i)^n/((1+i)^n − 1). */
	double g = pow(1 + rate, years);
	return rate * g / (g - 1);
}

double hk_npv(const double *cf, size_t n, double rate)
{
	/* NPV = Σ cf_t/(1+i)^t (Horner from the last year). */
	double v = 0, d = 1.0 / (1.0 + rate);
	for (size_t k = n; k-- > 0;)
		v = v * d + cf[k];
	return v;
}

hk_status hk_irr(const double *cf, size_t n, double *irr, int *multiple,
		 hk_err *err)
{
	*irr = NAN;
	if (multiple)
		*multiple = 0;
	double scale = 0;
	for (size_t i = 0; i < n; i++) {
		if (!isfinite(cf[i]))
			return hk_fail(err, HK_EINVAL,
				       "IRR: cash flow %zu not a number", i);
		scale += fabs(cf[i]);
	}
	if (n < 2 || scale == 0)
		return hk_fail(err, HK_ENOSOL, "IRR: no cash flows");
	/* Scan ln(1+r) from ln(0.01) to ln(11) for sign changes. */
	const int grid = 2000;
	const double x0 = log(0.01), x1 = log(11.0);
	double lo = NAN, hi = NAN, flo = 0, fhi = 0;
	int found = 0;
	double rp = exp(x0) - 1, fp = hk_npv(cf, n, rp);
	for (int k = 1; k <= grid; k++) {
		double r = exp(x0 + (x1 - x0) * k / grid) - 1;
		double f = hk_npv(cf, n, r);
		if (fp == 0) {
			if (!found) {
				*irr = rp;
				found = 1;
				lo = NAN;
			} else if (multiple) {
				*multiple = 1;
			}
		} else if ((fp < 0) != (f < 0) && f != 0) {
			if (!found) {
				lo = rp, hi = r, flo = fp, fhi = f;
				found = 1;
			} else if (multiple) {
				*multiple = 1;
			}
		}
		rp = r;
		fp = f;
	}
	if (!found)
		return hk_fail(err, HK_ENOSOL,
			       "IRR: NPV does not change sign for rates from -99 %%"
			       " to 1000 %% (e.g. all flows of one sign)");
	if (isnan(lo))
		return HK_OK; /* exact zero on the grid */
	/* Bracketed: secant step when it stays inside, else bisection;
	 * every third step bisects so the bracket always shrinks. */
	for (int it = 0; it < 200; it++) {
		double m;
		if (it % 3 != 2 && fhi != flo) {
			m = hi - fhi * (hi - lo) / (fhi - flo);
			if (!(m > lo && m < hi))
				m = 0.5 * (lo + hi);
		} else {
			m = 0.5 * (lo + hi);
		}
		double fm = hk_npv(cf, n, m);
		if (fabs(fm) <= 1e-12 * scale || hi - lo < 1e-14) {
			*irr = m;
			return HK_OK;
		}
		if ((fm < 0) == (flo < 0))
			lo = m, flo = fm;
		else
			hi = m, fhi = fm;
	}
	*irr = 0.5 * (lo + hi);
	return HK_OK;
}

static hk_status check_econ(double rate, double esc, int life, hk_err *err)
{
	if (!(rate > -1) || !isfinite(rate) || !(esc > -1) || !isfinite(esc))
		return hk_fail(err, HK_EINVAL,
			       "discount rate %g and escalation %g: expected"
			       " numbers > -1", rate, esc);
	if (life < 1 || life > 100)
		return hk_fail(err, HK_EINVAL,
			       "life %d years: expected 1-100", life);
	return HK_OK;
}

hk_status hk_econ_eval(const hk_econ_in *in, hk_econ_out *out, hk_err *err)
{
	double cf[101];
	out->static_payback = out->discounted_payback = NAN;
	out->npv = out->irr = NAN;
	out->irr_status = HK_ENOSOL;
	hk_status st = check_econ(in->rate, in->escalation, in->life_years,
				  err);
	if (st)
		return st;
	if (!isfinite(in->extra_invest) || !isfinite(in->saving_y1))
		return hk_fail(err, HK_EINVAL,
			       "investment or saving not a number");
	int L = in->life_years;
	cf[0] = -in->extra_invest;
	for (int y = 1; y <= L; y++)
		cf[y] = in->saving_y1 * pow(1 + in->escalation, y - 1);
	/* Static payback: extra / saving when both are positive; a scheme that
	 * costs no more and saves no less pays back at once (0); one that
	 * saves nothing never does (infinity). */
	if (in->extra_invest <= 0 && in->saving_y1 >= 0)
		out->static_payback = 0;
	else if (in->extra_invest > 0 && in->saving_y1 > 0)
		out->static_payback = in->extra_invest / in->saving_y1;
	else
		out->static_payback = INFINITY;
	out->npv = hk_npv(cf, (size_t)L + 1, in->rate);
	/* Discounted payback: first year the cumulative discounted flow
	 * reaches 0, interpolated linearly within that year; infinity when it
	 * does not within the life (or never does). */
	double cum = cf[0];
	out->discounted_payback = INFINITY;
	if (cum >= 0 && in->saving_y1 >= 0)
		out->discounted_payback = 0;
	for (int y = 1; y <= L && !(cum >= 0); y++) {
		double dcf = cf[y] / pow(1 + in->rate, y);
		if (cum + dcf >= 0 && dcf > 0)
			out->discounted_payback = (y - 1) + (-cum) / dcf;
		cum += dcf;
	}
	out->irr_status = hk_irr(cf, (size_t)L + 1, &out->irr, NULL, NULL);
	return HK_OK;
}

hk_status hk_lcc(double invest, double annual_cost, double rate,
		 double escalation, int life_years, double *lcc, hk_err *err)
{
	hk_status st = check_econ(rate, escalation, life_years, err);
	if (st)
		return st;
	if (!isfinite(invest) || !isfinite(annual_cost))
		return hk_fail(err, HK_EINVAL,
			       "investment or annual cost not a number");
	/* Present value of investment and escalating annual costs. */
	double v = invest;
	for (int y = 1; y <= life_years; y++)
		v += annual_cost * pow(1 + escalation, y - 1) /
		     pow(1 + rate, y);
	*lcc = v;
	return HK_OK;
}
