/*
 * mcflow.h - minimum-cost maximum flow on a small directed network, by
 * successive shortest paths (Ahuja, Magnanti & Orlin, Network Flows,
 * 1993, §9.7; shortest paths by Bellman-Ford with a FIFO queue, §5.4).
 *
 * Used for storage dispatch (storage.c): heat made in each tariff piece,
 * carried by the tank from piece to piece, delivered to the load.  The
 * result is the largest flow from s to t and, among those, the cheapest:
 * the exact optimum of the linear programme the network stands for.
 *
 * Capacities and costs are doubles.  Costs must be >= 0 on the arcs as
 * added (the residual network then never holds a negative cycle).  Each
 * augmentation saturates an arc, so the number of augmentations is bounded
 * by a small multiple of the arcs in practice; the solver stops with
 * HK_ENOSOL after max(10000, 50 × arcs) augmentations rather than loop.
 *
 * Allocates in hk_mcf_init only; no I/O.
 */
#ifndef HK_MCFLOW_H
#define HK_MCFLOW_H

#include <stddef.h>

#include "status.h"

typedef struct hk_mcf {
	size_t nv, nv_max, na, cap_arcs; /* nodes in use, allocated */
	int *head, *next, *to;   /* adjacency lists; arc k's twin is k ^ 1 */
	double *res, *cost;      /* residual capacity and cost per arc */
	double *cap0;            /* capacity as added */
	double *dist;            /* scratch: shortest distances */
	int *pred, *queued;      /* scratch: arc into each node, queue flag */
	int *queue;              /* scratch: FIFO of nodes (nv + 1 slots) */
} hk_mcf;

/* Room for nv_max nodes and max_arcs arcs (each arc uses two slots:
 * itself and its residual twin); all nodes in use.  Fails HK_ENOMEM. */
hk_status hk_mcf_init(hk_mcf *m, size_t nv_max, size_t max_arcs, hk_err *err);
void hk_mcf_free(hk_mcf *m);

/* Forget every arc and use the first nv nodes (nv <= nv_max), keeping the
 * memory: a fresh network of the same or a smaller size. */
void hk_mcf_clear(hk_mcf *m, size_t nv);

/* Add arc u -> v with capacity cap >= 0 and cost >= 0 per unit; returns
 * its index for hk_mcf_flow, or -1 when the arcs are used up or an
 * argument is out of range. */
int hk_mcf_arc(hk_mcf *m, int u, int v, double cap, double cost);

/* Push the largest flow from s to t at the least cost.  *flow and *cost
 * (either may be NULL) get the totals.  tol: residual capacities below it
 * count as zero (e.g. 1e-9 × the largest capacity).  Fails HK_ENOSOL when
 * the augmentation limit is reached (a sign of bad input). */
hk_status hk_mcf_solve(hk_mcf *m, int s, int t, double tol, double *flow,
		       double *cost, hk_err *err);

/* Flow on arc k after solving. */
double hk_mcf_flow(const hk_mcf *m, int k);

#endif
