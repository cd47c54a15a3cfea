/* gfunction.c - FLS and UBWT g-functions of borehole fields (see gfunction.h). */
#include "gfunction.h"

/* The dense solves and superposition loops are the hot path; GCC only
 * vectorises them at -O3, so ask for it here rather than in the Makefile. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize("O3")
#endif
/* ... and in AVX2 where the CPU has it (chosen at load time; -std=c11
 * keeps FMA contraction off, so both clones round alike) */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && \
	defined(__linux__)
#define HOT __attribute__((target_clones("avx2", "default")))
#else
#define HOT
#endif

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "hkmath.h"

#define HK_SQRTPI 1.77245385090551602730
#define HK_EULER 0.57721566490153286061

/*
 * Chebyshev series (computed for heatkit from the series and continued
 * fraction below, in long double, at Chebyshev nodes): E1(x) + ln x + gamma
 * on [0, 1] (an entire function), and x e^x E1(x) on [2^i, 2^(i+1)],
 * i = 0..5.  Truncated where the coefficients fall below 1e-15.
 */
static const double e1_lo[13] = {
		8.42252244016194203e-01, 3.97087852731956485e-01, -2.27710654714432590e-02,
		1.20977750280967852e-03, -5.51825638856537125e-05, 2.16716134883517700e-06,
		-7.42631340905332389e-08, 2.25091221791070393e-09, -6.10739532420913301e-11,
		1.49867568715590221e-12, -3.35492923180312131e-14, 6.89262603500592257e-16,
		-1.31322752885925312e-17,
};
static const double e1_hi[6][18] = {
	{
		1.33205809571786763e+00, 6.24252884386377393e-02, -6.43997152258452296e-03,
		7.18810496529988580e-04, -8.53714899101477045e-05, 1.06483809756169063e-05,
		-1.38091354180166332e-06, 1.84779341797945348e-07, -2.53646397016857707e-08,
		3.55601161176671496e-09, -5.07411578734378275e-10, 7.34929264336768237e-11,
		-1.07815701326638078e-11, 1.59917809246581943e-12, -2.39561915769091749e-13,
		3.63206264109711130e-14, -5.55490576497133515e-15, 8.07760434061444155e-16,
	},
	{
		1.56047180195171129e+00, 5.05791115773213324e-02, -6.11380646644692748e-03,
		7.69865860518799511e-04, -1.00295436898624948e-04, 1.34417232361913684e-05,
		-1.84479252859138826e-06, 2.58316921415498884e-07, -3.67935862771804744e-08,
		5.31802549374083174e-09, -7.78440969328867208e-10, 1.15209728375801311e-10,
		-1.72167699205322960e-11, 2.59482156085306254e-12, -3.94137828385772437e-13,
		6.04296181237057306e-14, -9.32942687947163618e-15, 1.39076575776664324e-15,
	},
	{
		1.73360967468679725e+00, 3.57295123559264851e-02, -4.89592455352163386e-03,
		6.83482009642792334e-04, -9.69766318127528930e-05, 1.39563646891061678e-05,
		-2.03372771470473012e-06, 2.99633823799055009e-07, -4.45782399083983561e-08,
		6.68997528383518097e-09, -1.01180573423799089e-09, 1.54098409377366290e-10,
		-2.36172838366044760e-11, 3.64018162401363865e-12, -5.64075427534650731e-13,
		8.79990280948025894e-14, -1.37955239679771191e-14, 2.10519535831510396e-15,
	},
	{
		1.84925162541489628e+00, 2.24260469048216884e-02, -3.36328542469731685e-03,
		5.08112072412009115e-04, -7.72771872861164672e-05, 1.18245092107736291e-05,
		-1.81939810139640805e-06, 2.81373426848266061e-07, -4.37188872137435434e-08,
		6.82220880721757985e-09, -1.06882573790623072e-09, 1.68068477144896027e-10,
		-2.65183315925751270e-11, 4.19731054925563674e-12, -6.66415653129831531e-13,
		1.06292210276526244e-13, -1.70041227192524458e-14, 2.65479641308602465e-15,
	},
	{
		1.91887092868482479e+00, 1.28700930556329111e-02, -2.04713809150259101e-03,
		3.26439869980554991e-04, -5.21777967340826380e-05, 8.35864090283566178e-06,
		-1.34183297660421768e-06, 2.15835924404538860e-07, -3.47828261463228134e-08,
		5.61537394537449559e-09, -9.08082159627502349e-10, 1.47084789963933260e-10,
		-2.38600300839697174e-11, 3.87605752344682281e-12, -6.30643494782361091e-13,
		1.02943440447381129e-13, -1.68309946058445292e-14, 2.67920993550496700e-15,
	},
	{
		1.95773776464551614e+00, 6.95668730598401246e-03, -1.14603290548415679e-03,
		1.88940052743436244e-04, -3.11725031860371737e-05, 5.14670119946933249e-06,
		-8.50325747855310964e-07, 1.40582340661175149e-07, -2.32571084626928722e-08,
		3.84991433787038734e-09, -6.37687862638323250e-10, 1.05686546271249390e-10,
		-1.75257414158393188e-11, 2.90772759331796998e-12, -4.82796764264374623e-13,
		8.04109166405164721e-14, -1.34040321160197595e-14, 2.15714219490431569e-15,
	},
};

static double clenshaw(const double *c, int n, double t)
{
	double b1 = 0, b2 = 0;
	for (int k = n - 1; k >= 1; k--) {
		double b0 = 2 * t * b1 - b2 + c[k];
		b2 = b1;
		b1 = b0;
	}
	return t * b1 - b2 + 0.5 * c[0];
}

double hk_expint_e1(double x)
{
	if (!(x > 0.0))
		return INFINITY;
	if (x > 700.0)
		return 0.0;
	if (x <= 1.0) /* A&S 5.1.11 via its Chebyshev series */
		return clenshaw(e1_lo, 13, 2.0 * x - 1.0) - log(x) - HK_EULER;
	if (x < 64.0) {
		int i = 0;
		double a = 1.0;
		while (x >= 2.0 * a) {
			a *= 2.0;
			i++;
		}
		return clenshaw(e1_hi[i], 18, 2.0 * x / a - 3.0) * exp(-x) / x;
	}
	/* A&S 5.1.22 continued fraction, modified Lentz (Press et al. 6.3) */
	double b = x + 1.0, c = 1e300, d = 1.0 / b, h = d;
	for (int i = 1; i < 200; i++) {
		double an = -(double)i * i;
		b += 2.0;
		d = 1.0 / (an * d + b);
		c = b + an / c;
		double del = c * d;
		h *= del;
		if (fabs(del - 1.0) < 1e-15)
			break;
	}
	return h * exp(-x);
}

/*
 * erfc(x) ~ sum_n c_n exp(-beta_n x^2), x >= 0: Tanash & Riihonen (2020)
 * minimax Q-function fit, 11 terms (pygfunction nFLS = 10); erfc(x) =
 * 2 Q(x sqrt 2), so c_n = 2 a_n and beta_n = 2 b_n (Cimmino 2021).
 */
#define NERF 11
static const double tr_a[NERF] = {
	1.96668237e-01, 1.31429201e-01, 7.63533671e-02, 4.37988006e-02,
	2.48670891e-02, 1.37105484e-02, 7.21518244e-03, 3.55697135e-03,
	1.59742839e-03, 6.20405304e-04, 1.82769115e-04};
static const double tr_b[NERF] = {
	5.55581123e-01, 1.12753963e+00, 3.16038928e+00, 1.00435965e+01,
	3.50205685e+01, 1.35786493e+02, 6.03483129e+02, 3.23326442e+03,
	2.28853649e+04, 2.62141075e+05, 9.68360394e+06};

/*
 * One corner term of the closed-form FLS (Cimmino 2021):
 * F(q) = integral_{s0}^inf s^-2 exp(-d^2 s^2) [|q| s erf(|q| s)
 *        + exp(-q^2 s^2)/sqrt(pi)] ds,
 * with e1u = E1(d^2 s0^2) passed in.  The erf part becomes a sum of E1,
 * the Gaussian part is exact.
 */
static double fls_corner(double q, double d2s2, double e1u, double s0)
{
	double aq = fabs(q);
	double v = q * q * s0 * s0;
	double i1 = 0.0;
	if (aq > 0.0) {
		double s = e1u;
		for (int n = 0; n < NERF; n++) {
			double arg = d2s2 + 2.0 * tr_b[n] * v;
			if (arg > 50.0) /* E1 < 4e-24: negligible */
				break;
			s -= 2.0 * tr_a[n] * hk_expint_e1(arg);
		}
		i1 = 0.5 * s;
	}
	double x = sqrt(d2s2 + v);
	/* integral s^-2 exp(-a^2 s^2) ds = exp(-x^2)/s0 - a sqrt(pi) erfc(x) */
	double i2 = (exp(-x * x) / HK_SQRTPI - x * erfc(x)) / s0;
	return aq * i1 + i2;
}

double hk_fls(double t, double alpha, double d, double H1, double D1,
	      double H2, double D2)
{
	if (!(t > 0.0))
		return 0.0;
	double s0 = 1.0 / sqrt(4.0 * alpha * t);
	double u = d * d * s0 * s0;
	double e1u = hk_expint_e1(u);
	/* pygfunction finite_line_source: p = [+,-,+,-] real, then image */
	const double q[8] = {D2 - D1 + H2, D2 - D1, D2 - D1 - H1,
			     D2 - D1 + H2 - H1, D2 + D1 + H2, D2 + D1,
			     D2 + D1 + H1, D2 + D1 + H2 + H1};
	double s = 0.0;
	for (int k = 0; k < 8; k++) {
		double f = fls_corner(q[k], u, e1u, s0);
		s += (k & 1) ? -f : f;
	}
	return s / (2.0 * H2);
}

static double steady_corner(double q, double d)
{
	/* Claesson & Javed 2011: q asinh(q/d) - sqrt(q^2 + d^2) */
	return q * asinh(q / d) - sqrt(q * q + d * d);
}

double hk_fls_steady(double d, double H1, double D1, double H2, double D2)
{
	const double q[8] = {D2 - D1 + H2, D2 - D1, D2 - D1 - H1,
			     D2 - D1 + H2 - H1, D2 + D1 + H2, D2 + D1,
			     D2 + D1 + H1, D2 + D1 + H2 + H1};
	double s = 0.0;
	for (int k = 0; k < 8; k++) {
		double f = steady_corner(q[k], d);
		s += (k & 1) ? -f : f;
	}
	return s / (2.0 * H2);
}

hk_status hk_segment_ratios(int n, double e, double *r, hk_err *err)
{
	if (n < 1 || n > HK_GF_MAX_SEG)
		return hk_fail(err, HK_EINVAL,
			       "segments %d: expected 1..%d", n, HK_GF_MAX_SEG);
	if (n <= 2 || e <= 0.0 || fabs(1.0 - n * e) < 1e-6) {
		for (int i = 0; i < n; i++)
			r[i] = 1.0 / n;
		return HK_OK;
	}
	if (e >= 0.5 || n * e > 1.0)
		return hk_fail(err, HK_EINVAL,
			       "end segment ratio %g: expected 0 < r < 0.5 and "
			       "segments x r <= 1", e);
	if (n == 3) {
		r[0] = r[2] = e;
		r[1] = 1.0 - 2.0 * e;
		return HK_OK;
	}
	/* pygfunction segment_ratios: geometric growth x from each end, so
	 * that the lengths sum to 1 (Eskilson 1987). */
	int nz = n / 2;
	int odd = n & 1;
	double lo, hi;
	/* sum(x) = 2e(x^nz - 1)/(x - 1) [+ e x^nz], increasing in x > 0;
	 * find the root other than x = 1 */
#define SR_SUM(x) (2.0 * e * (pow((x), nz) - 1.0) / ((x) - 1.0) + \
		   (odd ? e * pow((x), nz) : 0.0))
	if (SR_SUM(1.0 + 1e-9) > 1.0) { /* decreasing lengths: root below 1 */
		lo = 1e-9;
		hi = 1.0 - 1e-12;
	} else {
		lo = 1.0 + 1e-12;
		hi = 2.0;
		while (SR_SUM(hi) < 1.0)
			hi *= 2.0;
	}
	for (int it = 0; it < 200; it++) {
		double mid = 0.5 * (lo + hi);
		if (SR_SUM(mid) < 1.0)
			lo = mid;
		else
			hi = mid;
	}
#undef SR_SUM
	double x = 0.5 * (lo + hi);
	for (int i = 0; i < nz; i++) {
		r[i] = e * pow(x, i);
		r[n - 1 - i] = r[i];
	}
	if (odd)
		r[nz] = e * pow(x, nz);
	return HK_OK;
}

/* ---------------------------------------------------------------- */
/* Field solver                                                      */
/* ---------------------------------------------------------------- */

typedef struct {
	uint32_t J;   /* source group */
	uint32_t k;   /* distance index */
	double w;     /* weight (number of boreholes, averaged over rows) */
} entry;

typedef struct {
	size_t n, K, nd, ne;
	int ns;
	double zb[HK_GF_MAX_SEG + 1];
	double hs[HK_GF_MAX_SEG];
	const double *dist; /* nd distinct distances (the prep's) */
	hk_gprep *own;     /* the prep, when no caller keeps one */
	double *gsize;     /* K: boreholes per group */
	size_t *eoff;      /* K+1 offsets into ent */
	entry *ent;
	double bytes;
} solver;

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/*
 * Stable LSD radix sort of n elements (size bytes each, v; may be NULL
 * with size 0) by their 64-bit keys, a byte a pass, skipping the bytes
 * every key shares: O(n), where qsort's comparisons took 13 % of a
 * 20 x 20 sizing (the set-up sorts every pair distance of each table).
 * kt, vt: scratch for n keys and n elements.  Non-negative doubles sort
 * by their bit patterns.
 */
static void radix_sort(uint64_t *key, void *v, size_t size, size_t n,
		       uint64_t *kt, void *vt)
{
	uint64_t any = 0, all = ~(uint64_t)0;
	for (size_t i = 0; i < n; i++) {
		any |= key[i];
		all &= key[i];
	}
	uint64_t *k0 = key;
	void *v0 = v;
	for (int sh = 0; sh < 64; sh += 8) {
		if (!(((any ^ all) >> sh) & 0xff))
			continue;
		size_t at[257] = {0};
		for (size_t i = 0; i < n; i++)
			at[((key[i] >> sh) & 0xff) + 1]++;
		for (int b = 0; b < 256; b++)
			at[b + 1] += at[b];
		for (size_t i = 0; i < n; i++) {
			size_t p = at[(key[i] >> sh) & 0xff]++;
			kt[p] = key[i];
			if (size)
				memcpy((char *)vt + p * size, (char *)v + i * size, size);
		}
		uint64_t *tk = key;
		key = kt;
		kt = tk;
		void *tv = v;
		v = vt;
		vt = tv;
	}
	if (key != k0) {
		memcpy(k0, key, n * sizeof *key);
		if (size)
			memcpy(v0, v, n * size);
	}
}

static size_t uf_find(size_t *p, size_t i)
{
	while (p[i] != i) {
		p[i] = p[p[i]];
		i = p[i];
	}
	return i;
}

/* index of the point at (px, py) within tol, or (size_t)-1 */
static size_t pt_find(const hk_xyi *s, size_t n, double px, double py, double tol)
{
	size_t lo = 0, hi = n;
	while (lo < hi) { /* first with x >= px - tol */
		size_t mid = (lo + hi) / 2;
		if (s[mid].x < px - tol)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < n && s[i].x <= px + tol; i++)
		if (fabs(s[i].y - py) <= tol)
			return s[i].i;
	return (size_t)-1;
}

/*
 * Union boreholes that map onto each other under the 8 symmetries of the
 * square about the centroid; returns the number of symmetries found.
 */
static int symmetry_classes(const hk_gfield *f, size_t *par, hk_xyi *s)
{
	size_t n = f->n;
	double cx = 0, cy = 0, ext = 0;
	for (size_t i = 0; i < n; i++) {
		cx += f->x[i];
		cy += f->y[i];
	}
	cx /= n;
	cy /= n;
	for (size_t i = 0; i < n; i++) {
		ext = fmax(ext, fabs(f->x[i] - cx));
		ext = fmax(ext, fabs(f->y[i] - cy));
		s[i].x = f->x[i] - cx;
		s[i].y = f->y[i] - cy;
		s[i].i = i;
		par[i] = i;
	}
	qsort(s, n, sizeof *s, hk_xyi_cmp_x);
	double tol = 1e-7 * (ext + 1.0);
	int found = 1;
	for (int T = 1; T < 8; T++) {
		int ok = 1;
		for (size_t i = 0; i < n && ok; i++) {
			double u = f->x[i] - cx, v = f->y[i] - cy, a, b;
			switch (T) {
			case 1: a = -u; b = v; break;
			case 2: a = u; b = -v; break;
			case 3: a = -u; b = -v; break;
			case 4: a = v; b = u; break;
			case 5: a = -v; b = -u; break;
			case 6: a = -v; b = u; break;
			default: a = v; b = -u; break;
			}
			if (pt_find(s, n, a, b, tol) == (size_t)-1)
				ok = 0;
		}
		if (!ok)
			continue;
		found++;
		for (size_t i = 0; i < n; i++) {
			double u = f->x[i] - cx, v = f->y[i] - cy, a, b;
			switch (T) {
			case 1: a = -u; b = v; break;
			case 2: a = u; b = -v; break;
			case 3: a = -u; b = -v; break;
			case 4: a = v; b = u; break;
			case 5: a = -v; b = -u; break;
			case 6: a = -v; b = u; break;
			default: a = v; b = -u; break;
			}
			size_t j = pt_find(s, n, a, b, tol);
			size_t ri = uf_find(par, i), rj = uf_find(par, j);
			if (ri != rj)
				par[ri < rj ? rj : ri] = ri < rj ? ri : rj;
		}
	}
	return found;
}

static double pair_dist(const hk_gfield *f, size_t i, size_t j)
{
	if (i == j)
		return f->rb;
	double d = hypot(f->x[i] - f->x[j], f->y[i] - f->y[j]);
	return d < f->rb ? f->rb : d;
}

static size_t dist_index(const double *dist, size_t nd, double d)
{
	size_t lo = 0, hi = nd - 1;
	while (lo < hi) { /* nearest from below/above */
		size_t mid = (lo + hi) / 2;
		if (dist[mid] < d)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && fabs(dist[lo - 1] - d) < fabs(dist[lo] - d))
		lo--;
	return lo;
}

/*
 * The field's geometry, whatever its depth: the symmetry classes, the
 * distinct horizontal distances and which of them lies between each
 * class's representative and each borehole.  A sizing asks for the
 * g-function of one field at a dozen depths; computing this once (the
 * sort of every pair distance was nine tenths of a 50 x 40 field's
 * tables) is what hk_gopts.prep is for.  Keyed by the coordinates, rb
 * and dist_tol: another field rebuilds it.
 */
struct hk_gprep {
	size_t n;          /* key: the field (coordinates copied) */
	double rb, dist_tol;
	double *x, *y;
	int nsym;          /* symmetries found */
	size_t nc, nd;     /* classes, distinct distances */
	double tol_used;   /* the distance tolerance, widened if needed */
	size_t *cls;       /* n: class of each borehole */
	size_t *csz;       /* nc: boreholes per class */
	uint32_t *kidx;    /* nc x n: index into dist of (class rep, borehole) */
	double *dist;      /* nd distinct distances, ascending */
	double bytes;      /* what building it allocated at the peak */
};

hk_gprep *hk_gprep_new(void)
{
	return calloc(1, sizeof(hk_gprep));
}

static void prep_clear(hk_gprep *p)
{
	free(p->x);
	free(p->cls);
	free(p->csz);
	free(p->kidx);
	free(p->dist);
	memset(p, 0, sizeof *p);
}

void hk_gprep_free(hk_gprep *p)
{
	if (p)
		prep_clear(p);
	free(p);
}

static void solver_free(solver *S)
{
	hk_gprep_free(S->own);
	free(S->gsize);
	free(S->eoff);
	free(S->ent);
}

static int prep_matches(const hk_gprep *p, const hk_gfield *f, const hk_gopts *o)
{
	return p->kidx && p->n == f->n && p->rb == f->rb && p->dist_tol == o->dist_tol &&
	       !memcmp(p->x, f->x, f->n * sizeof *f->x) &&
	       !memcmp(p->y, f->y, f->n * sizeof *f->y);
}

/* how many distinct values sorted[0..m) holds, each more than tol
 * (relative) above the last one kept; with keep, those moved to the front */
static size_t distinct(double *sorted, size_t m, double tol, int keep)
{
	size_t nd = 0;
	double last = 0;
	for (size_t i = 0; i < m; i++)
		if (nd == 0 || sorted[i] - last > tol * last) {
			last = sorted[i];
			if (keep)
				sorted[nd] = last;
			nd++;
		}
	return nd;
}

/* build p for field f (see struct hk_gprep) */
static hk_status prep_build(hk_gprep *p, const hk_gfield *f, const hk_gopts *o, hk_err *err)
{
	size_t n = f->n;
	prep_clear(p);
	size_t *par = malloc(n * sizeof *par);
	hk_xyi *sp = malloc(n * sizeof *sp);
	size_t *rep = malloc(n * sizeof *rep);   /* representative per class */
	double *dd = NULL, *sorted = NULL;
	uint64_t *kb = NULL;
	hk_status st = HK_OK;
	p->x = malloc(2 * n * sizeof *p->x);
	p->cls = malloc(n * sizeof *p->cls);
	p->csz = calloc(n, sizeof *p->csz);
	if (!par || !sp || !rep || !p->x || !p->cls || !p->csz)
		goto nomem;
	p->y = p->x + n;
	memcpy(p->x, f->x, n * sizeof *f->x);
	memcpy(p->y, f->y, n * sizeof *f->y);
	p->n = n;
	p->rb = f->rb;
	p->dist_tol = o->dist_tol;
	p->bytes = n * (3.0 * sizeof(size_t) + sizeof(hk_xyi) + 3 * sizeof(size_t));
	p->nsym = symmetry_classes(f, par, sp);
	size_t nc = 0;
	for (size_t i = 0; i < n; i++)
		if (uf_find(par, i) == i) {
			rep[nc] = i;
			p->cls[i] = nc++;
		}
	for (size_t i = 0; i < n; i++) {
		p->cls[i] = p->cls[uf_find(par, i)];
		p->csz[p->cls[i]]++;
	}
	p->nc = nc;

	/* distinct distances from every representative */
	dd = malloc(nc * n * sizeof *dd);
	sorted = malloc(nc * n * sizeof *sorted);
	kb = malloc(2 * nc * n * sizeof *kb);
	p->kidx = malloc(nc * n * sizeof *p->kidx);
	if (!dd || !sorted || !kb || !p->kidx)
		goto nomem;
	p->bytes += nc * n * (2.0 * sizeof *dd + 2 * sizeof *kb + sizeof *p->kidx);
	for (size_t c = 0; c < nc; c++)
		for (size_t j = 0; j < n; j++)
			dd[c * n + j] = pair_dist(f, rep[c], j);
	memcpy(kb, dd, nc * n * sizeof *dd); /* distances >= rb > 0 */
	radix_sort(kb, NULL, 0, nc * n, kb + nc * n, NULL);
	memcpy(sorted, kb, nc * n * sizeof *sorted);
	free(kb);
	kb = NULL;
	/* distinct distances within dist_tol; irregular fields have up to
	 * n^2/2 of them, so the tolerance is widened (up to pygfunction's
	 * similarities default, 1 %) until at most 1000 remain */
	double tol = o->dist_tol;
	while (distinct(sorted, nc * n, tol, 0) > 1000 && tol < 0.01)
		tol = fmin(0.01, tol * 10.0);
	p->tol_used = tol;
	p->nd = distinct(sorted, nc * n, tol, 1);
	p->dist = realloc(sorted, p->nd * sizeof *sorted);
	if (!p->dist)
		p->dist = sorted;
	sorted = NULL;
	for (size_t e = 0; e < nc * n; e++)
		p->kidx[e] = (uint32_t)dist_index(p->dist, p->nd, dd[e]);
	goto out;
nomem:
	st = hk_fail(err, HK_ENOMEM, "g-function: out of memory");
	prep_clear(p);
out:
	free(par); free(sp); free(rep); free(dd); free(sorted); free(kb);
	return st;
}

/*
 * Groups by steady-state UHTR temperature (equivalent boreholes, Prieto
 * & Cimmino 2021): single-linkage cut of the classes, sorted by their
 * temperature, at the Kmax - 1 largest gaps; grp[c] the group of class
 * c; returns how many groups (0: out of memory).
 */
static size_t equivalent_groups(const hk_gprep *p, const hk_gfield *f, size_t Kmax,
				size_t *grp)
{
	size_t nc = p->nc, nd = p->nd, n = p->n, K = 0;
	double *hinf = malloc(nd * sizeof *hinf);
	double *tc = malloc(nc * sizeof *tc);
	size_t *ord = malloc(nc * sizeof *ord);
	double *gap = malloc(nc * sizeof *gap);
	double *gs = malloc(nc * sizeof *gs);
	if (!hinf || !tc || !ord || !gap || !gs)
		goto out;
	for (size_t k = 0; k < nd; k++)
		hinf[k] = hk_fls_steady(p->dist[k], f->H, f->D, f->H, f->D);
	for (size_t c = 0; c < nc; c++) {
		double s = 0;
		for (size_t j = 0; j < n; j++)
			s += hinf[p->kidx[c * n + j]];
		tc[c] = s;
	}
	/* sort classes by temperature (insertion into ord) */
	for (size_t c = 0; c < nc; c++)
		ord[c] = c;
	for (size_t a = 1; a < nc; a++) {
		size_t v = ord[a], b = a;
		while (b > 0 && tc[ord[b - 1]] > tc[v]) {
			ord[b] = ord[b - 1];
			b--;
		}
		ord[b] = v;
	}
	/* single-linkage cut: split at the Kmax-1 largest gaps */
	for (size_t a = 0; a + 1 < nc; a++)
		gap[a] = tc[ord[a + 1]] - tc[ord[a]];
	memcpy(gs, gap, (nc - 1) * sizeof *gs);
	qsort(gs, nc - 1, sizeof *gs, cmp_double);
	double thr = gs[nc - 1 - (Kmax - 1)];
	size_t g = 0, cuts = 0;
	for (size_t a = 0; a < nc; a++) {
		grp[ord[a]] = g;
		if (a + 1 < nc && gap[a] >= thr && cuts < Kmax - 1 && gap[a] > 0) {
			g++;
			cuts++;
		}
	}
	K = g + 1;
out:
	free(gs); free(hinf); free(tc); free(ord); free(gap);
	return K;
}

/*
 * Build the groups (symmetry classes, or equivalent boreholes when there
 * are too many) and the sparse (group, group, distance) weights, from the
 * field's geometry (o->prep when it holds this field's, else built here).
 */
static hk_status solver_setup(solver *S, const hk_gfield *f, const hk_gopts *o,
			      int *nsym, int *equiv, double *tol_used, hk_err *err)
{
	memset(S, 0, sizeof *S);
	S->n = f->n;
	S->ns = o->nseg;
	double r[HK_GF_MAX_SEG];
	hk_status st = hk_segment_ratios(o->nseg, o->end_ratio, r, err);
	if (st)
		return st;
	S->zb[0] = f->D;
	for (int i = 0; i < o->nseg; i++) {
		S->hs[i] = r[i] * f->H;
		S->zb[i + 1] = S->zb[i] + S->hs[i];
	}
	hk_gprep *p = o->prep;
	if (!p && !(p = S->own = hk_gprep_new()))
		return hk_fail(err, HK_ENOMEM, "g-function: out of memory");
	if (!prep_matches(p, f, o) && (st = prep_build(p, f, o, err))) {
		solver_free(S);
		return st;
	}
	size_t n = p->n, nc = p->nc, nd = p->nd;
	S->nd = nd;
	S->dist = p->dist;
	S->bytes = p->bytes;
	*nsym = p->nsym;
	*tol_used = p->tol_used;

	size_t *grp = malloc(nc * sizeof *grp);   /* group of each class */
	double *acc = NULL;
	unsigned char *hit = NULL;
	if (!grp)
		goto nomem;
	size_t Kmax = (size_t)(o->max_unknowns / o->nseg);
	if (Kmax < 1)
		Kmax = 1;
	size_t K = nc;
	*equiv = nc > Kmax;
	if (*equiv && !(K = equivalent_groups(p, f, Kmax, grp)))
		goto nomem;
	if (!*equiv)
		for (size_t c = 0; c < nc; c++)
			grp[c] = c;
	S->K = K;
	/* a group's row sums weights by (source group, distance): at most
	 * K x nd entries a row, accumulated densely in acc */
	size_t cap = K * K * nd < nc * n ? K * K * nd : nc * n;
	S->gsize = calloc(K, sizeof *S->gsize);
	S->eoff = calloc(K + 1, sizeof *S->eoff);
	S->ent = malloc(cap * sizeof *S->ent);
	acc = calloc(K * nd, sizeof *acc);
	hit = calloc(K * nd, 1);
	if (!S->gsize || !S->eoff || !S->ent || !acc || !hit)
		goto nomem;
	S->bytes += cap * sizeof *S->ent + K * nd * (sizeof *acc + 1.0);
	for (size_t c = 0; c < nc; c++)
		S->gsize[grp[c]] += (double)p->csz[c];
	/* rows of group I = mean over its boreholes; symmetric images share
	 * a row, so each class contributes its representative's row times
	 * its size.  Summed in class, then borehole order, and laid out by
	 * (J, k) (what a stable sort of the pairs gave, to the bit). */
	size_t ne = 0;
	for (size_t I = 0; I < K; I++) {
		for (size_t c = 0; c < nc; c++) {
			if (grp[c] != I)
				continue;
			double w = (double)p->csz[c] / S->gsize[I];
			const uint32_t *kc = p->kidx + c * n;
			for (size_t j = 0; j < n; j++) {
				size_t a = grp[p->cls[j]] * nd + kc[j];
				acc[a] += w;
				hit[a] = 1;
			}
		}
		S->eoff[I] = ne;
		for (size_t a = 0; a < K * nd; a++)
			if (hit[a]) {
				S->ent[ne].J = (uint32_t)(a / nd);
				S->ent[ne].k = (uint32_t)(a % nd);
				S->ent[ne++].w = acc[a];
				acc[a] = 0;
				hit[a] = 0;
			}
	}
	S->eoff[K] = ne;
	S->ne = ne;
	st = HK_OK;
	goto out;
nomem:
	st = hk_fail(err, HK_ENOMEM, "g-function: out of memory");
	solver_free(S);
out:
	free(grp); free(acc); free(hit);
	return st;
}

/*
 * Segment-to-segment response factors at time t for every distinct
 * distance: h[k][rcv][src] (ns x ns each), from the corner terms of each
 * pair of segment end points (Cimmino 2018 similarities in z).  Returns
 * how many distances (the nearest, S->dist being sorted) the heat has
 * reached: beyond d^2/(4 alpha t) = FLS_REACH every term of fls_corner is
 * below e^-50 of the borehole's own response, and those factors are 0.
 */
#define FLS_REACH 50.0
static size_t response_factors(const solver *S, double alpha, double t, double *h)
{
	int ns = S->ns, nb = ns + 1;
	double s0 = 1.0 / sqrt(4.0 * alpha * t);
	double Fr[(HK_GF_MAX_SEG + 1) * (HK_GF_MAX_SEG + 1)];
	double Fi[(HK_GF_MAX_SEG + 1) * (HK_GF_MAX_SEG + 1)];
	for (size_t k = 0; k < S->nd; k++) {
		double d = S->dist[k];
		double u = d * d * s0 * s0;
		if (u > FLS_REACH) { /* this and every farther distance: 0 */
			memset(h + k * ns * ns, 0,
			       (S->nd - k) * ns * ns * sizeof *h);
			return k;
		}
		double e1u = hk_expint_e1(u);
		for (int a = 0; a < nb; a++)
			for (int b = a; b < nb; b++) {
				/* segments mirror about mid-length, so the real
				 * corner (a, b) equals (ns - b, ns - a) */
				Fr[a * nb + b] = Fr[b * nb + a] =
					a + b > ns ? Fr[(ns - b) * nb + ns - a] :
						     fls_corner(S->zb[b] - S->zb[a],
								u, e1u, s0);
				Fi[a * nb + b] = Fi[b * nb + a] = fls_corner(
					S->zb[b] + S->zb[a], u, e1u, s0);
			}
		double *hk = h + k * ns * ns;
		for (int i = 0; i < ns; i++)       /* source */
			for (int j = 0; j < ns; j++) { /* receiver */
#define C(M, a, b) M[(a) * nb + (b)]
				double s = C(Fr, j + 1, i) - C(Fr, j, i) +
					   C(Fr, j, i + 1) - C(Fr, j + 1, i + 1) +
					   C(Fi, j + 1, i) - C(Fi, j, i) +
					   C(Fi, j, i + 1) - C(Fi, j + 1, i + 1);
#undef C
				hk[j * ns + i] = s / (2.0 * S->hs[j]);
			}
	}
	return S->nd;
}

/*
 * A[(I,s),(J,s')] from the per-distance factors, of which the first
 * reach are not 0 (response_factors).  Returns 1 when A is block-diagonal
 * (the heat has reached no other group yet), else 0.
 */
static int assemble(const solver *S, const double *h, size_t reach, double *A)
{
	int ns = S->ns, diag = 1;
	size_t nu = S->K * ns;
	memset(A, 0, nu * nu * sizeof *A);
	double blk[HK_GF_MAX_SEG * HK_GF_MAX_SEG];
	size_t nn = (size_t)ns * ns;
	for (size_t I = 0; I < S->K; I++)
		/* entries come sorted by source group J, then distance: sum
		 * each (I, J) block flat (a loop the compiler vectorises), then
		 * place it */
		for (size_t e = S->eoff[I]; e < S->eoff[I + 1];) {
			uint32_t J = S->ent[e].J;
			int any = 0;
			memset(blk, 0, nn * sizeof *blk);
			for (; e < S->eoff[I + 1] && S->ent[e].J == J; e++) {
				if (S->ent[e].k >= reach)
					continue;
				const double *restrict hk = h + (size_t)S->ent[e].k * nn;
				double w = S->ent[e].w;
				for (size_t m = 0; m < nn; m++)
					blk[m] += w * hk[m];
				any = 1;
			}
			if (!any)
				continue;
			if (J != I)
				diag = 0;
			for (int s = 0; s < ns; s++)
				memcpy(A + (I * ns + s) * nu + (size_t)J * ns, blk + s * ns,
				       ns * sizeof *blk);
		}
	return diag;
}

/*
 * Dot product in eight interleaved partial sums: the compiler may not
 * reorder a floating-point sum itself, and written this way it becomes
 * vector code (every build and clone sums in this same order).
 */
static inline double dot(const double *restrict a, const double *restrict b,
			 size_t n)
{
	double acc[8] = {0};
	size_t c = 0;
	for (; c + 8 <= n; c += 8)
		for (int k = 0; k < 8; k++)
			acc[k] += a[c + k] * b[c + k];
	double s = ((acc[0] + acc[4]) + (acc[1] + acc[5])) +
		   ((acc[2] + acc[6]) + (acc[3] + acc[7]));
	for (; c < n; c++)
		s += a[c] * b[c];
	return s;
}

/* y += A x for a row-major n x n matrix (the hot loop of the solver) */
HOT static void gemv_add(const double *restrict A, const double *restrict x,
			 double *restrict y, size_t n)
{
	for (size_t r = 0; r < n; r++)
		y[r] += dot(A + r * n, x, n);
}

/* y += A x for a block-diagonal A (K blocks of b x b; see assemble) */
HOT static void gemv_add_diag(const double *restrict A, const double *restrict x,
			      double *restrict y, size_t K, size_t b)
{
	size_t n = K * b;
	for (size_t I = 0; I < K; I++)
		for (size_t r = I * b; r < (I + 1) * b; r++)
			y[r] += dot(A + r * n + I * b, x + I * b, b);
}

/* LU factorisation in place with partial pivoting (row-major n x n). */
HOT static int lu_factor(double *M, size_t *piv, size_t n)
{
	for (size_t c = 0; c < n; c++) {
		size_t p = c;
		double best = fabs(M[c * n + c]);
		for (size_t r = c + 1; r < n; r++)
			if (fabs(M[r * n + c]) > best) {
				best = fabs(M[r * n + c]);
				p = r;
			}
		piv[c] = p;
		if (best == 0.0)
			return -1;
		if (p != c)
			for (size_t k = 0; k < n; k++) {
				double tv = M[c * n + k];
				M[c * n + k] = M[p * n + k];
				M[p * n + k] = tv;
			}
		double inv = 1.0 / M[c * n + c];
		const double *restrict rc = M + c * n;
		for (size_t r = c + 1; r < n; r++) {
			double *restrict rr = M + r * n;
			double m = rr[c] * inv;
			rr[c] = m;
			if (m == 0.0)
				continue;
			for (size_t k = c + 1; k < n; k++)
				rr[k] -= m * rc[k];
		}
	}
	return 0;
}

/* Solve with factors from lu_factor; b is overwritten by x. */
HOT static void lu_apply(const double *LU, const size_t *piv, double *b, size_t n)
{
	for (size_t c = 0; c < n; c++) {
		if (piv[c] != c) {
			double tv = b[c];
			b[c] = b[piv[c]];
			b[piv[c]] = tv;
		}
	}
	for (size_t r = 1; r < n; r++)
		b[r] -= dot(LU + r * n, b, r);
	for (size_t c = n; c-- > 0;)
		b[c] = (b[c] - dot(LU + c * n + c + 1, b + c + 1, n - c - 1)) /
		       LU[c * n + c];
}

/*
 * GMRES (Saad & Schultz 1986), left-preconditioned by the LU factors of a
 * nearby step matrix: the step matrices change with the step size, and a
 * few Krylov iterations cost far less than a new factorisation.  Returns
 * the iterations taken, with the solution in x; or -1 when it has not
 * converged within m iterations (then refactor now).  The caller also
 * refactors at the next step when it took more than GM_REFAC.
 * w: GM_WORK(n, m) doubles.
 */
#define GM_IT 24
#ifndef GM_REFAC
#define GM_REFAC 16
#endif
#define GM_WORK(n, m) (((m) + 1) * (n) + ((m) + 1) * ((m) + 4) + (n))
HOT static int gmres_lu(const double *M, const double *LU, const size_t *piv,
		    const double *b, double *x, size_t n, int m, double *w)
{
	double *V = w, *Hh = V + (size_t)(m + 1) * n, *cs = Hh + (size_t)(m + 1) * m,
	       *sn = cs + m + 1, *gg = sn + m + 1, *tmp = gg + m + 1;
	/* x0 = P^-1 b, r0 = P^-1 (b - M x0) */
	memcpy(x, b, n * sizeof *x);
	lu_apply(LU, piv, x, n);
	double bn = 0;
	for (size_t r = 0; r < n; r++)
		bn = fmax(bn, fabs(b[r]));
	for (size_t r = 0; r < n; r++)
		V[r] = b[r] - dot(M + r * n, x, n);
	lu_apply(LU, piv, V, n);
	double beta = sqrt(dot(V, V, n)), xn = sqrt(dot(x, x, n));
	if (beta <= 1e-13 * xn)
		return 0;
	for (size_t r = 0; r < n; r++)
		V[r] /= beta;
	gg[0] = beta;
	int k = 0, ok = 0;
	for (; k < m; k++) {
		double *v = V + (size_t)k * n, *vn = V + (size_t)(k + 1) * n;
		memset(vn, 0, n * sizeof *vn);
		gemv_add(M, v, vn, n);
		lu_apply(LU, piv, vn, n);
		for (int i = 0; i <= k; i++) { /* modified Gram-Schmidt */
			const double *vi = V + (size_t)i * n;
			double h = dot(vi, vn, n);
			for (size_t r = 0; r < n; r++)
				vn[r] -= h * vi[r];
			Hh[i * m + k] = h;
		}
		double h1 = sqrt(dot(vn, vn, n));
		Hh[(k + 1) * m + k] = h1;
		if (h1 > 0)
			for (size_t r = 0; r < n; r++)
				vn[r] /= h1;
		for (int i = 0; i < k; i++) { /* earlier Givens rotations */
			double a = Hh[i * m + k], c = Hh[(i + 1) * m + k];
			Hh[i * m + k] = cs[i] * a + sn[i] * c;
			Hh[(i + 1) * m + k] = -sn[i] * a + cs[i] * c;
		}
		double a = Hh[k * m + k], c = Hh[(k + 1) * m + k];
		double d = hypot(a, c);
		cs[k] = a / d;
		sn[k] = c / d;
		Hh[k * m + k] = d;
		Hh[(k + 1) * m + k] = 0;
		gg[k + 1] = -sn[k] * gg[k];
		gg[k] *= cs[k];
		if (fabs(gg[k + 1]) <= 1e-13 * xn) {
			k++;
			ok = 1;
			break;
		}
	}
	if (!ok)
		return -1;
	for (int i = k - 1; i >= 0; i--) { /* back substitution */
		double sum = gg[i];
		for (int j = i + 1; j < k; j++)
			sum -= Hh[i * m + j] * tmp[j];
		tmp[i] = sum / Hh[i * m + i];
	}
	for (int i = 0; i < k; i++)
		for (size_t r = 0; r < n; r++)
			x[r] += tmp[i] * V[(size_t)i * n + r];
	/* the true residual decides */
	double rn = 0;
	for (size_t r = 0; r < n; r++)
		rn = fmax(rn, fabs(b[r] - dot(M + r * n, x, n)));
	return rn <= 1e-10 * bn ? k : -1;
}

/* locate v on the increasing grid x[0..m-1]: x[*lo] <= v <= x[*lo+1] */
static void locate(const double *x, size_t m, double v, size_t *lo, double *w)
{
	if (v <= x[0]) {
		*lo = 0;
		*w = 0;
		return;
	}
	if (v >= x[m - 1]) {
		*lo = m - 2;
		*w = 1;
		return;
	}
	size_t a = hk_bisect(x, m, v);
	*lo = a;
	*w = (v - x[a]) / (x[a + 1] - x[a]);
}

/*
 * group_tol (see hk_gopts): the fewest equivalent boreholes (Prieto &
 * Cimmino 2021 grouping, as in solver_setup) whose UBWT g after one step
 * to t is within o->group_tol of the exact classes'.  The one-step
 * difference tracks that of the whole table (heatkit, measured with 33
 * times + Richardson: 8.9e-4 vs 1.0e-3 for 8 groups of a 12 x 10 field,
 * 4.5e-3 vs 4.6e-3 for 16 groups of a 20 x 20 one).  Sets
 * o->max_unknowns; leaves it when the classes already exceed it (the
 * grouping is forced) or when no candidate is close enough (exact).
 */
static hk_status choose_groups(const hk_gfield *f, double alpha, double t,
			       hk_gopts *o, size_t *nexact, double *gerr,
			       hk_err *err)
{
	static const int cand[] = {8, 12, 16, 24, 32, 48, 64, 96, 128};
	/* beyond max_unknowns the field is grouped anyway: no exact solve */
	size_t n = f->n, nc = 0;
	size_t *par = malloc(n * sizeof *par);
	hk_xyi *sp = malloc(n * sizeof *sp);
	if (!par || !sp) {
		free(par);
		free(sp);
		return hk_fail(err, HK_ENOMEM, "g-function: out of memory");
	}
	symmetry_classes(f, par, sp);
	for (size_t i = 0; i < n; i++)
		nc += uf_find(par, i) == i;
	free(par);
	free(sp);
	*gerr = 0;
	if (nc * (size_t)o->nseg > (size_t)o->max_unknowns)
		return HK_OK;
	hk_gopts q = *o;
	q.group_tol = 0;
	q.richardson = 0;
	hk_gstats st;
	double g0, gk;
	hk_status s = hk_gfunction(f, alpha, &t, 1, &q, &g0, &st, err);
	if (s)
		return s;
	*nexact = st.classes;
	for (size_t i = 0; i < sizeof cand / sizeof *cand &&
			   (size_t)cand[i] < st.classes; i++) {
		q.max_unknowns = cand[i] * o->nseg;
		if ((s = hk_gfunction(f, alpha, &t, 1, &q, &gk, NULL, err)))
			return s;
		double e = fabs(gk - g0) / g0;
		if (e <= o->group_tol) {
			o->max_unknowns = q.max_unknowns;
			*gerr = e;
			return HK_OK;
		}
	}
	return HK_OK;
}

hk_status hk_gfunction(const hk_gfield *f, double alpha, const double *t,
		       size_t nt, const hk_gopts *opts, double *g,
		       hk_gstats *stats, hk_err *err)
{
	hk_gopts o = {8, 0.02, 480, 0, 1e-6};
	if (opts) {
		if (opts->nseg)
			o.nseg = opts->nseg;
		if (opts->end_ratio)
			o.end_ratio = opts->end_ratio;
		if (opts->max_unknowns)
			o.max_unknowns = opts->max_unknowns;
		o.uhtr = opts->uhtr;
		o.richardson = opts->richardson;
		if (opts->dist_tol > 0)
			o.dist_tol = opts->dist_tol;
		o.group_tol = opts->group_tol;
		o.prep = opts->prep;
	}
	if (!f || f->n == 0 || !f->x || !f->y)
		return hk_fail(err, HK_EINVAL, "g-function: no boreholes");
	if (!(f->H > 0) || !(f->rb > 0) || !(f->D >= 0) || !(alpha > 0))
		return hk_fail(err, HK_EINVAL,
			       "g-function: H %g, rb %g, D %g, alpha %g: expected "
			       "H, rb, alpha > 0 and D >= 0", f->H, f->rb, f->D,
			       alpha);
	for (size_t p = 0; p < nt; p++)
		if (!(t[p] > 0) || (p > 0 && !(t[p] > t[p - 1])))
			return hk_fail(err, HK_EINVAL,
				       "g-function: time %zu (%g s): expected "
				       "positive increasing times", p, t[p]);
	if (nt == 0)
		return HK_OK;
	size_t nexact = 0;
	double gerr = 0;
	hk_status st;
	if (o.group_tol > 0 && !o.uhtr &&
	    (st = choose_groups(f, alpha, t[nt - 1], &o, &nexact, &gerr, err)))
		return st;

	solver S;
	int nsym = 1, equiv = 0;
	double tol_used = o.dist_tol;
	st = solver_setup(&S, f, &o, &nsym, &equiv, &tol_used, err);
	if (st)
		return st;
	int ns = S.ns;
	size_t nu = S.K * ns;

	/* pygfunction: linearise below t_lin = rb^2 / (25 alpha) */
	double tlin = f->rb * f->rb / (25.0 * alpha);
	size_t plong = 0;
	while (plong < nt && t[plong] <= tlin)
		plong++;
	size_t ntl = nt - plong + (plong > 0 ? 1 : 0);
	double *tl = malloc(ntl * sizeof *tl);
	double *hbuf = malloc(S.nd * ns * ns * sizeof *hbuf);
	double *A = malloc(ntl * nu * nu * sizeof *A);
	double *M = malloc((nu + 1) * (nu + 1) * sizeof *M);
	double *Q = calloc(ntl * nu, sizeof *Q);     /* segment heat rates */
	double *Qr = malloc(ntl * nu * sizeof *Qr);  /* reconstructed */
	double *fc = malloc((ntl + 2) * nu * sizeof *fc);
	double *tt = malloc((ntl + 2) * sizeof *tt);
	double *tb0 = malloc((nu + 1) * sizeof *tb0);
	double *gl = malloc(ntl * sizeof *gl);
	double *glc = malloc(ntl * sizeof *glc);
	double *LU = malloc((nu + 1) * (nu + 1) * sizeof *LU);
	size_t *piv = malloc((nu + 1) * sizeof *piv);
	double *xb = malloc((nu + 1) * sizeof *xb);
	double *gw = malloc(GM_WORK(nu + 1, GM_IT) * sizeof *gw);
	char *diag = malloc(ntl);    /* A_p block-diagonal */
	int have_lu = 0;
	if (!tl || !hbuf || !A || !glc || !M || !Q || !Qr || !fc || !tt || !tb0 || !gl ||
	    !LU || !piv || !xb || !gw || !diag) {
		st = hk_fail(err, HK_ENOMEM,
			     "g-function: out of memory (%zu unknowns, %zu "
			     "times)", nu, ntl);
		goto out;
	}
	S.bytes += (double)ntl * nu * nu * 8 + 2 * (nu + 1.0) * (nu + 1) * 8 +
		   4.0 * ntl * nu * 8 + S.nd * ns * ns * 8.0;
	{
		size_t q = 0;
		if (plong > 0)
			tl[q++] = tlin;
		for (size_t p = plong; p < nt; p++)
			tl[q++] = t[p];
	}
	double Htot = 0;
	for (size_t I = 0; I < S.K; I++)
		for (int s = 0; s < ns; s++)
			Htot += S.gsize[I] * S.hs[s];

	for (size_t p = 0; p < ntl; p++) {
		size_t reach = response_factors(&S, alpha, tl[p], hbuf);
		double *Ap = A + p * nu * nu;
		diag[p] = assemble(&S, hbuf, reach, Ap);
		if (o.uhtr) {
			double s = 0;
			for (size_t I = 0; I < S.K; I++)
				for (int a = 0; a < ns; a++) {
					double Tr = 0;
					const double *row = Ap + (I * ns + a) * nu;
					for (size_t u = 0; u < nu; u++)
						Tr += row[u];
					s += S.gsize[I] * S.hs[a] * Tr;
				}
			gl[p] = s / Htot;
		}
	}
	/* time stepping; with Richardson a second pass on every other time
	 * reuses the stored response matrices (no new FLS evaluations) */
	int rich = o.richardson && !o.uhtr && ntl >= 3 && ntl % 2 == 1;
	for (int pass = 0; pass < (rich ? 2 : 1) && !o.uhtr; pass++) {
		size_t stride = pass ? 2 : 1, nsteps = pass ? (ntl + 1) / 2 : ntl;
		double *gout = pass ? glc : gl;
		have_lu = 0;
		memset(Q, 0, ntl * nu * sizeof *Q);
#define TL(i) tl[(i) * stride]
#define AM(i) (A + (i) * stride * nu * nu)
		for (size_t p = 0; p < nsteps; p++) {
				/* h at dt_p, linear in time between grid values (0 at t=0) */
				double dt = p ? TL(p) - TL(p - 1) : TL(0);
				size_t m = 0;
				while (m < p && TL(m) < dt)
					m++;
				double t0 = m ? TL(m - 1) : 0.0, w = (dt - t0) / (TL(m) - t0);
				const double *A0 = m ? AM(m - 1) : NULL;
				const double *A1 = AM(m);
				size_t n1 = nu + 1;
				for (size_t r = 0; r < nu; r++) {
					for (size_t c = 0; c < nu; c++) {
						double a0 = A0 ? A0[r * nu + c] : 0.0;
						M[r * n1 + c] = a0 + w * (A1[r * nu + c] - a0);
					}
					M[r * n1 + nu] = -1.0;
				}
				for (size_t I = 0; I < S.K; I++)
					for (int s = 0; s < ns; s++)
						M[nu * n1 + I * ns + s] = S.gsize[I] * S.hs[s];
				M[nu * n1 + nu] = 0.0;

				/* pygfunction load_history_reconstruction + temporal
				 * superposition (Cimmino 2018): the past loads are remapped
				 * onto reversed step sizes so that every elapsed time falls
				 * on the grid. */
				memset(tb0, 0, (nu + 1) * sizeof *tb0);
				if (p > 0) {
					/* cumulative heat f on tt = [0, t_0..t_p, t_p + t_0] */
					tt[0] = 0;
					for (size_t u = 0; u < nu; u++)
						fc[u] = 0;
					for (size_t i = 0; i <= p; i++) {
						double dti = i ? TL(i) - TL(i - 1) : TL(0);
						tt[i + 1] = TL(i);
						for (size_t u = 0; u < nu; u++)
							fc[(i + 1) * nu + u] =
								fc[i * nu + u] + Q[i * nu + u] * dti;
					}
					tt[p + 2] = TL(p) + TL(0);
					for (size_t u = 0; u < nu; u++)
						fc[(p + 2) * nu + u] = fc[(p + 1) * nu + u];
					double T0 = 0;
					size_t l0 = 0, l1;
					double w0 = 0, w1;
					for (size_t mm = 0; mm <= p; mm++) {
						size_t src = p - mm;
						double dtr = src ? TL(src) - TL(src - 1) : TL(0);
						double T1 = T0 + dtr;
						locate(tt, p + 3, T1, &l1, &w1);
						const double *a0 = fc + l0 * nu, *a1 = fc + l1 * nu;
						double *qr = Qr + mm * nu;
						for (size_t u = 0; u < nu; u++) {
							double f1 = a1[u] + w1 * (a1[nu + u] - a1[u]);
							double f0 = a0[u] + w0 * (a0[nu + u] - a0[u]);
							qr[u] = (f1 - f0) / dtr;
						}
						T0 = T1;
						l0 = l1;
						w0 = w1;
					}
					/* dQ in place, then T_b0 = sum_j h(t_j) dQ[p - j] */
					for (size_t mm = p; mm > 0; mm--)
						for (size_t u = 0; u < nu; u++)
							Qr[mm * nu + u] -= Qr[(mm - 1) * nu + u];
					for (size_t j = 0; j <= p; j++)
						if (diag[j * stride])
							gemv_add_diag(AM(j), Qr + (p - j) * nu,
								      tb0, S.K, ns);
						else
							gemv_add(AM(j), Qr + (p - j) * nu, tb0, nu);
				}
				for (size_t r = 0; r < nu; r++)
					tb0[r] = -tb0[r];
				tb0[nu] = Htot;
				/* GMRES preconditioned by the last factors: refactor
				 * now when it has not converged in GM_IT iterations,
				 * and at the next step when it took over GM_REFAC */
				{
					size_t n1s = nu + 1;
					int its = have_lu ? gmres_lu(M, LU, piv, tb0, xb,
								     n1s, GM_IT, gw) : -1;
					if (its > GM_REFAC)
						have_lu = 0; /* slow: refactor next step */
					if (its >= 0) {
						memcpy(tb0, xb, n1s * sizeof *xb);
					} else {
						memcpy(LU, M, n1s * n1s * sizeof *LU);
						if (lu_factor(LU, piv, n1s)) {
							st = hk_fail(err, HK_ERANGE,
								     "g-function: singular system at t = %g s",
								     TL(p));
							goto out;
						}
						have_lu = 1;
						lu_apply(LU, piv, tb0, n1s);
					}
				}
				for (size_t u = 0; u < nu; u++)
					Q[p * nu + u] = tb0[u];
				gout[p] = tb0[nu];
		}
#undef TL
#undef AM
	}
	double step_err = 0;
	if (rich) { /* first-order scheme: g = 2 g(h) - g(2h) (Richardson) */
		double c0 = 0;
		for (size_t i = 0; i < ntl; i += 2) {
			double c = gl[i] - glc[i / 2];
			if (i >= 2)
				gl[i - 1] += 0.5 * (c0 + c);
			gl[i] += c;
			c0 = c;
			if (gl[i] > 0 && fabs(c) / gl[i] > step_err)
				step_err = fabs(c) / gl[i];
		}
	}
	{
		size_t q = 0;
		if (plong > 0) {
			for (size_t p = 0; p < plong; p++)
				g[p] = gl[0] * t[p] / tlin;
			q = 1;
		}
		for (size_t p = plong; p < nt; p++)
			g[p] = gl[q++];
	}
	if (stats) {
		stats->classes = S.K;
		stats->distances = S.nd;
		stats->symmetry = nsym;
		stats->equivalent = equiv;
		stats->bytes = S.bytes;
		stats->dist_tol = tol_used;
		stats->exact_classes = nexact;
		stats->group_err = gerr;
		stats->step_err = step_err;
	}
	st = HK_OK;
out:
	free(tl); free(hbuf); free(A); free(M); free(Q); free(Qr); free(fc);
	free(tt); free(tb0); free(gl); free(glc); free(LU); free(piv); free(xb); free(gw);
	free(diag);
	solver_free(&S);
	return st;
}

hk_status hk_gtable_build(hk_gtable *gt, const hk_gfield *f, double alpha,
			  double t_min, double t_max, size_t n,
			  const hk_gopts *opts, hk_gstats *st, hk_err *err)
{
	int rich = opts && opts->richardson && !opts->uhtr;
	if (n == 0)
		n = 33;
	if (rich && n % 2 == 0)
		n++;
	if (n < 3 || n > HK_GT_MAX)
		return hk_fail(err, HK_EINVAL, "g-table: %zu times: expected 3..%d",
			       n, HK_GT_MAX);
	if (!(t_min > 0) || !(t_max > t_min))
		return hk_fail(err, HK_EINVAL,
			       "g-table: times %g..%g s: expected 0 < min < max",
			       t_min, t_max);
	memset(gt, 0, sizeof *gt);
	double r = pow(t_max / t_min, 1.0 / (double)(n - 1));
	for (size_t i = 0; i < n; i++) {
		gt->t[i] = t_min * pow(r, (double)i);
		gt->lnt[i] = log(gt->t[i]);
	}
	gt->t[n - 1] = t_max;
	gt->lnt[n - 1] = log(t_max);
	gt->n = n;
	gt->H = f ? f->H : 0;
	return hk_gfunction(f, alpha, gt->t, n, opts, gt->g, st, err);
}

double hk_gtable_eval(const hk_gtable *gt, double t)
{
	size_t n = gt->n;
	if (!(t > 0) || n == 0)
		return 0.0;
	if (t <= gt->t[0])
		return gt->g[0] * t / gt->t[0];
	double x = log(t);
	if (x >= gt->lnt[n - 1]) {
		double s = (gt->g[n - 1] - gt->g[n - 2]) /
			   (gt->lnt[n - 1] - gt->lnt[n - 2]);
		return gt->g[n - 1] + s * (x - gt->lnt[n - 1]);
	}
	size_t lo = 0, hi = n - 1;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (gt->lnt[mid] <= x)
			lo = mid;
		else
			hi = mid;
	}
	/* Fritsch & Carlson 1980 monotone cubic Hermite */
	const double *X = gt->lnt, *Y = gt->g;
	double h = X[hi] - X[lo];
	double dk = (Y[hi] - Y[lo]) / h;
	double m0, m1;
	if (lo == 0)
		m0 = dk;
	else {
		double dp = (Y[lo] - Y[lo - 1]) / (X[lo] - X[lo - 1]);
		m0 = dp * dk <= 0 ? 0 : 2.0 / (1.0 / dp + 1.0 / dk);
	}
	if (hi == n - 1)
		m1 = dk;
	else {
		double dn = (Y[hi + 1] - Y[hi]) / (X[hi + 1] - X[hi]);
		m1 = dn * dk <= 0 ? 0 : 2.0 / (1.0 / dn + 1.0 / dk);
	}
	double s = (x - X[lo]) / h, s2 = s * s, s3 = s2 * s;
	return (2 * s3 - 3 * s2 + 1) * Y[lo] + (s3 - 2 * s2 + s) * h * m0 +
	       (-2 * s3 + 3 * s2) * Y[hi] + (s3 - s2) * h * m1;
}
