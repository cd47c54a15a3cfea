/*
 * hkmath.h - mathematical constants, defined once for every module.
 */
#ifndef HK_HKMATH_H
#define HK_HKMATH_H

/* pi to 21 digits (more than a double holds: the literal rounds exactly) */
#define HK_PI 3.14159265358979323846

#endif
