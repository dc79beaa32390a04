#!/usr/bin/env python3
"""Polynomial coefficients of e^x E_1(x) on the octaves [2^k, 2^(k+1)), k = -1..5, for ScaledE1.java.

Run from the repository root (a few seconds):

    python3 moe-wireless/src/test/scripts/generate_scaled_e1.py

On each octave, with t = x / 2^(k-1) - 3 in [-1, 1] (exact in binary64), e^x E_1(x) is interpolated at
the DEGREE + 1 Chebyshev points by mpmath at 50 digits (mpmath e1 is exact for order 1), the
interpolant is converted to monomials in t exactly, and the coefficients are rounded to binary64.
The singularity of E_1 at x = 0 is 3 half-widths from each octave's centre, so the Chebyshev
coefficients fall like (3 + sqrt 8)^-j: degree 22 leaves a truncation error below 1.3e-18 relative.
The script then checks Horner's rule in binary64 at 2000 random points per octave against mpmath and
asserts a relative error below 2.5e-16 (rounding, about one ulp), and prints the Java table to stdout.
"""
import random
import mpmath
from mpmath import mp, mpf

mp.dps = 50
DEGREE = 22
OCTAVES = range(-1, 6)


def scaled_e1(x):
    return mpmath.exp(x) * mpmath.e1(x)


def monomial_fit(k):
    a = mpf(2) ** k
    centre, half = a * 3 / 2, a / 2
    n = DEGREE + 1
    nodes = [mpmath.cos(mpmath.pi * (j + mpf(1) / 2) / n) for j in range(n)]
    values = [scaled_e1(centre + half * t) for t in nodes]
    cheb = [sum(values[j] * mpmath.cos(mpmath.pi * i * (j + mpf(1) / 2) / n) for j in range(n)) * 2 / n
            for i in range(n)]
    cheb[0] /= 2
    t_poly = [[mpf(1)], [mpf(0), mpf(1)]]
    for i in range(2, n):
        p = [mpf(0)] * (i + 1)
        for j, v in enumerate(t_poly[i - 1]):
            p[j + 1] += 2 * v
        for j, v in enumerate(t_poly[i - 2]):
            p[j] -= v
        t_poly.append(p)
    mono = [mpf(0)] * n
    for i in range(n):
        for j, v in enumerate(t_poly[i]):
            mono[j] += cheb[i] * v
    return [float(v) for v in mono]


def horner(p, t):
    r = p[-1]
    for v in reversed(p[:-1]):
        r = r * t + v
    return r


def main():
    random.seed(20240601)
    print('    private static final double[][] OCTAVE = {')
    for k in OCTAVES:
        p = monomial_fit(k)
        worst = 0
        for _ in range(2000):
            x = 2.0 ** k * (1 + random.random())
            exact = scaled_e1(x)
            worst = max(worst, abs(mpf(horner(p, x * 2.0 ** (1 - k) - 3)) - exact) / exact)
        assert worst < 2.5e-16, (k, worst)
        print('        // [%g, %g): max rel error of Horner in binary64 %.2e' % (2.0 ** k, 2.0 ** (k + 1), worst))
        print('        {' + ', '.join(repr(v) for v in p[:4]) + ',')
        for i in range(4, len(p), 4):
            print('            ' + ', '.join(repr(v) for v in p[i:i + 4]) + (',' if i + 4 < len(p) else '},'))
    print('    };')


if __name__ == '__main__':
    main()
