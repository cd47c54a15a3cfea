/* pumpehr.c - EHR-h check of heating circulating pumps (see pumpehr.h). */
#include "pumpehr.h"

#include <math.h>
#include <strings.h>

#define NOTES "shared/reference/standards-notes.md §4.1"
#define HS_CODE "huanjka/AutoCADPlugin-HeatSource WaterPumpHead.cs/WaterPumpPower.cs"

static const struct {
	const char *name;
	hk_ehr_const b;
} editions[HK_EHR_EDITION_COUNT] = {
	[HK_EHR_GB50736_ONE_PUMP] = {
		"GB 50736-2012 §8.11.13, one-pump (一级泵) system",
		{20.4, "B = 20.4, GB 50736-2012 §8.11.13 one-pump system: " HS_CODE
		       " [SRC] (" NOTES ")"}},
	[HK_EHR_GB50736_TWO_PUMP] = {
		"GB 50736-2012 §8.11.13, two-pump (二级泵) system",
		{24.4, "B = 24.4, GB 50736-2012 §8.11.13 two-pump system: recalled, no source "
		       "found [UNVERIFIED] (" NOTES ")"}},
	[HK_EHR_GB50189_ONE_PUMP] = {
		"GB 50189-2015 §4.3.3, one-pump (一级泵) system",
		{17, "B = 17, GB 50189-2015 §4.3.3 heating one-pump system: recalled, no source "
		     "found [UNVERIFIED] (" NOTES ")"}},
	[HK_EHR_GB50189_TWO_PUMP] = {
		"GB 50189-2015 §4.3.3, two-pump (二级泵) system",
		{21, "B = 21, GB 50189-2015 §4.3.3 heating two-pump system: recalled, no source "
		     "found [UNVERIFIED] (" NOTES ")"}},
};

const char *const hk_ehr_edition_keys[HK_EHR_EDITION_COUNT + 1] = {
	"gb50736-1", "gb50736-2", "gb50189-1", "gb50189-2", NULL};

const char *hk_ehr_edition_name(hk_ehr_edition ed)
{
	if ((int)ed < 0 || ed >= HK_EHR_EDITION_COUNT)
		return NULL;
	return editions[ed].name;
}

hk_status hk_ehr_edition_parse(const char *s, hk_ehr_edition *ed, hk_err *err)
{
	int i;

	for (i = 0; s && i < HK_EHR_EDITION_COUNT; i++) {
		if (strcasecmp(s, hk_ehr_edition_keys[i]) == 0) {
			*ed = (hk_ehr_edition)i;
			return HK_OK;
		}
	}
	return hk_fail(err, HK_EINVAL,
		       "EHR standard \"%s\": expected gb50736-1, gb50736-2, gb50189-1 or gb50189-2",
		       s ? s : "");
}

/* A by design flow of one pump: HeatSource code table (standards-notes §4.1 [SRC]);
 * A = 0.002662/eta_b in all three bands [DERIVED]. */
static hk_ehr_const ehr_a(double g, double *eta_ref)
{
	hk_ehr_const a;

	if (g <= 60) {
		a.value = 0.004225;
		a.source = "A = 0.004225 for G <= 60 m3/h: " HS_CODE " [SRC] (" NOTES
			   "); = 0.002662/0.63 [DERIVED]";
		*eta_ref = 0.63;
	} else if (g <= 200) {
		a.value = 0.003858;
		a.source = "A = 0.003858 for 60 < G <= 200 m3/h: " HS_CODE " [SRC] (" NOTES
			   "); = 0.002662/0.69 [DERIVED]";
		*eta_ref = 0.69;
	} else {
		a.value = 0.003749;
		a.source = "A = 0.003749 for G > 200 m3/h: " HS_CODE " [SRC] (" NOTES
			   "); = 0.002662/0.71 [DERIVED]";
		*eta_ref = 0.71;
	}
	return a;
}

/* alpha by main pipe length (heating), standards-notes §4.1. */
static hk_ehr_const ehr_alpha(double sum_l)
{
	hk_ehr_const al;

	if (sum_l <= 400) {
		/* the code has 0.0015; continuity with the middle band at 400 m
		 * (0.003833 + 3.067/400 = 0.0115) shows it is a typo */
		al.value = 0.0115;
		al.source = "alpha = 0.0115 for sum L <= 400 m: the source code's 0.0015 is a typo, "
			    "0.003833 + 3.067/400 = 0.0115 [DERIVED] (" NOTES ")";
	} else if (sum_l < 1000) {
		al.value = 0.003833 + 3.067 / sum_l;
		al.source = "alpha = 0.003833 + 3.067/sum L for 400 < sum L < 1000 m: " HS_CODE
			    " [SRC] (" NOTES ")";
	} else {
		al.value = 0.0069;
		al.source = "alpha = 0.0069 for sum L >= 1000 m: " HS_CODE " [SRC]; equals the "
			    "middle band at 1000 m [DERIVED] (" NOTES ")";
	}
	return al;
}

/* EHR-h = 0.003096 sum(G H / eta_b)/Q (GB 50189-2015 §4.3.3 / GB 50736-2012
 * §8.11.13, via standards-notes §4.1). */
hk_status hk_ehr_value(const hk_ehr_pump *pumps, int n, double q_kw, hk_ehr_result *r,
		       hk_err *err)
{
	double sum = 0, gmax = 0;
	int i;

	if (!r)
		return hk_fail(err, HK_EINVAL, "EHR: no output");
	if (!pumps || n < 1)
		return hk_fail(err, HK_EINVAL, "EHR: no duty pumps given");
	for (i = 0; i < n; i++) {
		const hk_ehr_pump *p = &pumps[i];
		if (!(p->flow_m3h > 0) || !isfinite(p->flow_m3h))
			return hk_fail(err, HK_EINVAL, "EHR: pump %d: flow %g m3/h: expected > 0",
				       i + 1, p->flow_m3h);
		if (!(p->head_m > 0) || !isfinite(p->head_m))
			return hk_fail(err, HK_EINVAL, "EHR: pump %d: head %g m: expected > 0",
				       i + 1, p->head_m);
		if (!(p->eff > 0 && p->eff <= 1))
			return hk_fail(err, HK_EINVAL,
				       "EHR: pump %d: efficiency %g: expected a fraction in (0, 1]",
				       i + 1, p->eff);
		sum += p->flow_m3h * p->head_m / p->eff;
		if (p->flow_m3h > gmax)
			gmax = p->flow_m3h;
	}
	if (!(q_kw > 0) || !isfinite(q_kw))
		return hk_fail(err, HK_EINVAL, "EHR: heat load %g kW: expected > 0", q_kw);
	r->coef.value = 0.003096;
	r->coef.source = "0.003096 = (rho g/3.6e6 = 0.002725)/0.88 motor+drive efficiency: "
			 HS_CODE " [SRC]; decomposition [DERIVED] (" NOTES ")";
	r->g_for_a_m3h = gmax;
	r->ehr = r->coef.value * sum / q_kw;
	return HK_OK;
}

/* ... <= A (B + alpha sum L)/dT (GB 50189-2015 §4.3.3 / GB 50736-2012
 * §8.11.13, via standards-notes §4.1). */
hk_status hk_ehr_check(hk_ehr_edition ed, const hk_ehr_pump *pumps, int n,
		       double q_kw, double dt_k, double sum_l_m,
		       hk_ehr_result *r, hk_err *err)
{
	if (!r)
		return hk_fail(err, HK_EINVAL, "EHR: no output");
	if ((int)ed < 0 || ed >= HK_EHR_EDITION_COUNT)
		return hk_fail(err, HK_EINVAL, "EHR: unknown standard edition %d", (int)ed);
	if (hk_ehr_value(pumps, n, q_kw, r, err) != HK_OK)
		return err ? err->code : HK_EINVAL;
	if (!(dt_k > 0) || !isfinite(dt_k))
		return hk_fail(err, HK_EINVAL, "EHR: temperature difference %g K: expected > 0", dt_k);
	if (!(sum_l_m >= 0) || !isfinite(sum_l_m))
		return hk_fail(err, HK_EINVAL, "EHR: main pipe length %g m: expected >= 0", sum_l_m);

	r->edition = ed;
	r->edition_name = editions[ed].name;
	r->a = ehr_a(r->g_for_a_m3h, &r->eta_ref);
	r->b = editions[ed].b;
	r->alpha = ehr_alpha(sum_l_m);
	/* A and alpha come from one code base under the joint GB 50189/50736
	 * heading (standards-notes §4.1); only B is known to differ by edition. */
	r->limit = r->a.value * (r->b.value + r->alpha.value * sum_l_m) / dt_k;
	r->pass = r->ehr <= r->limit;
	return HK_OK;
}
