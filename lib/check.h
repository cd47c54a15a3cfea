/*
 * check.h - design-rule expressions on summary keys, for --check and
 * `heatkit check`:  payback_years<=8 && (units<=40 || storage_m3>0)
 *
 * Grammar: expr := and ('||' and)* ; and := unary ('&&' unary)* ;
 * unary := '!' unary | '(' expr ')' | operand OP operand ;
 * OP := < <= > >= == != ; operand := key | number.
 * Keys are summary keys ([A-Za-z_][A-Za-z0-9_.]*); == and != compare with
 * a relative tolerance of 1e-9.
 */
#ifndef HK_CHECK_H
#define HK_CHECK_H

#include <stddef.h>

#include "status.h"

/* 1 found (value set), 0 unknown key, -1 key holds text */
typedef int (*hk_lookup_fn)(void *ctx, const char *key, double *value);

/* Evaluate expr.  HK_OK with *passed set (and, when it failed, why[] naming
 * each failed comparison with the actual values); HK_EPARSE for a
 * malformed expression, HK_ENOTFOUND for an unknown key (err says which
 * and lists the keys that exist when known_keys is given). */
hk_status hk_check_eval(const char *expr, hk_lookup_fn fn, void *ctx, int *passed,
			char *why, size_t whysz, hk_err *err);

/* Call fn(ctx, key, len) for each summary key expr names (in order, with
 * repeats): a reader of a large summary keeps only these rows. */
void hk_check_keys(const char *expr, void (*fn)(void *ctx, const char *key, size_t len), void *ctx);

#endif
