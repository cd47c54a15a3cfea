/* mcflow.c - min-cost max-flow by successive shortest paths (mcflow.h). */
#include "mcflow.h"

#include <math.h>
#include <stdlib.h>

hk_status hk_mcf_init(hk_mcf *m, size_t nv, size_t max_arcs, hk_err *err)
{
	size_t na = 2 * max_arcs;
	m->nv = m->nv_max = nv;
	m->na = 0;
	m->cap_arcs = na;
	m->head = malloc(nv * sizeof *m->head);
	m->next = malloc(na * sizeof *m->next);
	m->to = malloc(na * sizeof *m->to);
	m->res = malloc(na * sizeof *m->res);
	m->cost = malloc(na * sizeof *m->cost);
	m->cap0 = malloc(na * sizeof *m->cap0);
	m->dist = malloc(nv * sizeof *m->dist);
	m->pred = malloc(nv * sizeof *m->pred);
	m->queued = malloc(nv * sizeof *m->queued);
	m->queue = malloc((nv + 1) * sizeof *m->queue);
	if (!m->head || !m->next || !m->to || !m->res || !m->cost ||
	    !m->cap0 || !m->dist || !m->pred || !m->queued || !m->queue) {
		hk_mcf_free(m);
		return hk_fail(err, HK_ENOMEM, "flow network of %zu nodes:"
			       " out of memory", nv);
	}
	hk_mcf_clear(m, nv);
	return HK_OK;
}

void hk_mcf_free(hk_mcf *m)
{
	free(m->head);
	free(m->next);
	free(m->to);
	free(m->res);
	free(m->cost);
	free(m->cap0);
	free(m->dist);
	free(m->pred);
	free(m->queued);
	free(m->queue);
	m->head = m->next = m->to = m->pred = m->queued = m->queue = NULL;
	m->res = m->cost = m->cap0 = m->dist = NULL;
	m->nv = m->nv_max = m->na = m->cap_arcs = 0;
}

void hk_mcf_clear(hk_mcf *m, size_t nv)
{
	m->nv = nv < m->nv_max ? nv : m->nv_max;
	for (size_t v = 0; v < m->nv; v++)
		m->head[v] = -1;
	m->na = 0;
}

int hk_mcf_arc(hk_mcf *m, int u, int v, double cap, double cost)
{
	if (m->na + 2 > m->cap_arcs || u < 0 || v < 0 ||
	    (size_t)u >= m->nv || (size_t)v >= m->nv || !(cap >= 0) ||
	    !(cost >= 0))
		return -1;
	int k = (int)m->na;
	m->to[k] = v;
	m->res[k] = cap;
	m->cap0[k] = cap;
	m->cost[k] = cost;
	m->next[k] = m->head[u];
	m->head[u] = k;
	m->to[k + 1] = u;
	m->res[k + 1] = 0;
	m->cap0[k + 1] = 0;
	m->cost[k + 1] = -cost;
	m->next[k + 1] = m->head[v];
	m->head[v] = k + 1;
	m->na += 2;
	return k;
}

double hk_mcf_flow(const hk_mcf *m, int k)
{
	return m->cap0[k] - m->res[k];
}

/* Bellman-Ford with a FIFO queue from s over arcs with residual > tol;
 * returns 1 when t is reached.  A relaxation must gain more than a
 * rounding error, so that rounding cannot make it cycle. */
static int shortest(hk_mcf *m, int s, int t, double tol)
{
	size_t nv = m->nv, qh = 0, qt = 0, qn = 0;
	for (size_t v = 0; v < nv; v++) {
		m->dist[v] = INFINITY;
		m->pred[v] = -1;
		m->queued[v] = 0;
	}
	m->dist[s] = 0;
	m->queue[qt++] = s;
	qn = 1;
	m->queued[s] = 1;
	while (qn) {
		int u = m->queue[qh];
		qh = (qh + 1) % (nv + 1);
		qn--;
		m->queued[u] = 0;
		for (int k = m->head[u]; k >= 0; k = m->next[k]) {
			if (m->res[k] <= tol)
				continue;
			int v = m->to[k];
			double d = m->dist[u] + m->cost[k];
			if (d < m->dist[v] - 1e-12 * (1 + fabs(d))) {
				m->dist[v] = d;
				m->pred[v] = k;
				if (!m->queued[v]) {
					m->queued[v] = 1;
					m->queue[qt] = v;
					qt = (qt + 1) % (nv + 1);
					qn++;
				}
			}
		}
	}
	return m->pred[t] >= 0;
}

hk_status hk_mcf_solve(hk_mcf *m, int s, int t, double tol, double *flow,
		       double *cost, hk_err *err)
{
	double f = 0, c = 0;
	size_t limit = 50 * m->na > 10000 ? 50 * m->na : 10000;
	for (size_t it = 0;; it++) {
		if (it >= limit)
			return hk_fail(err, HK_ENOSOL, "flow network: no optimum"
				       " after %zu augmenting paths", it);
		if (!shortest(m, s, t, tol))
			break;
		double push = INFINITY;
		for (int v = t; v != s; v = m->to[m->pred[v] ^ 1])
			push = fmin(push, m->res[m->pred[v]]);
		for (int v = t; v != s; v = m->to[m->pred[v] ^ 1]) {
			int k = m->pred[v];
			m->res[k] -= push;
			m->res[k ^ 1] += push;
			/* the bottleneck arc ends exactly at zero */
			if (m->res[k] < tol)
				m->res[k] = 0;
		}
		f += push;
		c += push * m->dist[t];
	}
	if (flow)
		*flow = f;
	if (cost)
		*cost = c;
	return HK_OK;
}
