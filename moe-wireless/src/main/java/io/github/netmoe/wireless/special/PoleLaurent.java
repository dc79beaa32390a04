package io.github.netmoe.wireless.special;

/**
 * Principal part of Φ(s) z<sup>s</sup> ({@link MellinBarnesIntegrand}) at an exact pole p of any order
 * k &le; {@value #MAX_ORDER}, from the Laurent expansions of the Γ factors. With t = s − p, a factor
 * Γ(σs + c) whose argument w = σp + c is the non-positive integer −n is written (σt)<sup>−1</sup>
 * R(σt), R(ε) = εΓ(−n + ε) = Γ(1 + ε)/((ε − 1)…(ε − n)), R(0) = (−1)<sup>n</sup>/n!, with
 * (ln R)<sup>(r)</sup>(0) = ψ<sup>(r−1)</sup>(1) + (r − 1)! H<sub>n</sub><sup>(r)</sup> (DLMF 5.7.1,
 * 5.15.2); a regular factor contributes ln Γ(w) and σ<sup>r</sup>ψ<sup>(r−1)</sup>(w); z<sup>s</sup>
 * contributes p ln z and t ln z. So Φ(s) z<sup>s</sup> = C t<sup>−k</sup> exp(Σ L<sub>r</sub>
 * t<sup>r</sup>/r!), and the coefficient of t<sup>−j</sup> is C times the coefficient of
 * t<sup>k−j</sup> of the exponential (power-series recurrence). No circles, no cancellation between
 * nodes; polygamma by upward recurrence to x &ge; 16 and the asymptotic series (DLMF 5.15.8).
 */
final class PoleLaurent {
    /** Largest pole order handled (higher orders: null, the caller falls back to a circle). */
    static final int MAX_ORDER = 6;
    private static final double EULER = 0.57721566490153286061;
    private static final double[] ZETA = {0, 0, 1.6449340668482264365, 1.2020569031595942854,
        1.0823232337111381915, 1.0369277551433699263};
    /** B_2, B_4, ..., B_16. */
    private static final double[] BERNOULLI = {1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66,
        -691.0 / 2730, 7.0 / 6, -3617.0 / 510};
    private static final double[] FACTORIAL = {1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800,
        39916800, 479001600, 6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0,
        355687428096000.0, 6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0};

    private PoleLaurent() {
    }

    /**
     * Principal part of Φ(s) z<sup>s</sup> at p.
     *
     * @param f the integrand (parameters and ln z)
     * @param p a pole position, computed as {@code start ± k} like {@code MeijerG.poles}
     * @param maxPoles number of poles per parameter (k &lt; maxPoles)
     * @return c with c[j − 1] the coefficient of (s − p)<sup>−j</sup>, j = 1..k (empty where Φ is
     *         regular at p), or null where an argument is within 1e-9 of, but not exactly at, a
     *         non-positive integer, or the order exceeds {@value #MAX_ORDER}
     */
    static double[] principalPart(MellinBarnesIntegrand f, double p, int maxPoles) {
        int q = f.b1m.length + f.a1n.length + f.anp.length + f.bmq.length;
        int order = 0;
        for (int pass = 0; pass < 2; pass++) {
            int k = order;
            double lnC = p * f.lnZ;
            double phase = 0;
            double[] l = new double[Math.max(k, 1)];
            if (k > 1) {
                l[1] = f.lnZ;
            }
            double[] lg = new double[2];
            for (int j = 0; j < q; j++) {
                int sigma;
                double c;
                int role;
                boolean matched = false;
                if (j < f.b1m.length) {
                    double b = f.b1m[j];
                    sigma = -1;
                    c = b;
                    role = 1;
                    double steps = p - b;
                    matched = steps >= 0 && steps < maxPoles && steps == Math.rint(steps) && b + steps == p;
                } else if (j < f.b1m.length + f.a1n.length) {
                    double start = f.a1n[j - f.b1m.length] - 1;
                    sigma = 1;
                    c = -start;
                    role = 1;
                    double steps = start - p;
                    matched = steps >= 0 && steps < maxPoles && steps == Math.rint(steps) && start - steps == p;
                } else if (j < f.b1m.length + f.a1n.length + f.anp.length) {
                    sigma = -1;
                    c = f.anp[j - f.b1m.length - f.a1n.length];
                    role = -1;
                } else {
                    sigma = 1;
                    c = 1 - f.bmq[j - f.b1m.length - f.a1n.length - f.anp.length];
                    role = -1;
                }
                // a matched numerator pole sits at w = -steps exactly (poles() arithmetic)
                double w = matched ? Math.rint(sigma * p + c) : sigma * p + c;
                double nearest = Math.rint(w);
                boolean singular = matched || (role < 0 && w == nearest && nearest <= 0);
                if (!singular && nearest <= 0 && Math.abs(w - nearest) < 1e-9) {
                    return null;
                }
                if (pass == 0) {
                    order += singular ? role : 0;
                    continue;
                }
                if (singular) {
                    int n = (int) -nearest;
                    double lnFact = n < FACTORIAL.length ? Math.log(FACTORIAL[n]) : logGammaReal(n + 1.0, lg);
                    lnC -= role * lnFact;
                    phase += Math.PI * (n + (sigma < 0 ? 1 : 0));
                    for (int r = 1; r < k; r++) {
                        double d = r == 1 ? -EULER + harmonic(n, 1)
                                : FACTORIAL[r - 1] * ((r % 2 == 0 ? 1 : -1) * ZETA[r] + harmonic(n, r));
                        l[r] += role * (sigma < 0 && r % 2 == 1 ? -d : d);
                    }
                } else {
                    ComplexLogGamma.logGamma(w, 0, lg);
                    lnC += role * lg[0];
                    phase += role * lg[1];
                    for (int r = 1; r < k; r++) {
                        double d = polygamma(r - 1, w);
                        l[r] += role * (sigma < 0 && r % 2 == 1 ? -d : d);
                    }
                }
            }
            if (pass == 0) {
                if (order <= 0) {
                    return new double[0];
                }
                if (order > MAX_ORDER) {
                    return null;
                }
                continue;
            }
            // coefficients e_i of exp(sum_r l_r t^r / r!), e_0 = 1
            double[] e = new double[k];
            e[0] = 1;
            for (int i = 1; i < k; i++) {
                double s = 0;
                for (int r = 1; r <= i; r++) {
                    s += r * l[r] / FACTORIAL[r] * e[i - r];
                }
                e[i] = s / i;
            }
            double scale = lnC == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lnC) * Math.cos(phase);
            double[] out = new double[k];
            for (int jj = 1; jj <= k; jj++) {
                out[jj - 1] = scale * e[k - jj];
            }
            return out;
        }
        throw new AssertionError();
    }

    /**
     * Aliasing of a principal part in the trapezoidal rule on the line Re s = p + a: with
     * T = (h/2π) Σ<sub>k∈ℤ</sub> F(p + a + ikh), T − (1/2πi)∫F ds = Σ<sub>j</sub> c<sub>j</sub>
     * E<sub>j</sub>(a), E<sub>j</sub> = ((−1)<sup>j−1</sup>/(j − 1)!) g<sup>(j−1)</sup>(a),
     * g(a) = (coth(πa/h) − sgn a)/2 = sgn(a) Σ<sub>n&ge;1</sub> e<sup>−2πn|a|/h</sup>, because
     * Σ<sub>k</sub> 1/(a + ikh) = (π/h) coth(πa/h) and the line integral of (s − p)<sup>−j</sup> is
     * sgn(a)/2 for j = 1 and 0 for j &ge; 2.
     *
     * @param principal c<sub>1..k</sub> from {@link #principalPart}
     * @param a line abscissa minus the pole, non-zero
     * @param h step along the line
     * @return the aliasing term to subtract from the trapezoidal sum
     */
    static double aliasing(double[] principal, double a, double h) {
        double sgn = Math.signum(a);
        double rate = 2 * Math.PI / h;
        double total = 0;
        for (int n = 1; n < 200; n++) {
            double decay = Math.exp(-rate * n * Math.abs(a));
            double term = 0;
            double derivative = sgn * decay; // g^(r) for this n, r = 0, 1, ...
            for (int j = 1; j <= principal.length; j++) {
                term += principal[j - 1] * ((j - 1) % 2 == 0 ? 1 : -1) / FACTORIAL[j - 1] * derivative;
                derivative *= -sgn * rate * n;
            }
            total += term;
            if (decay < 1e-18) {
                break;
            }
        }
        return total;
    }

    private static double logGammaReal(double x, double[] lg) {
        ComplexLogGamma.logGamma(x, 0, lg);
        return lg[0];
    }

    /** H_n^(r) = sum_{j=1..n} j^-r. */
    private static double harmonic(int n, int r) {
        double s = 0;
        for (int j = n; j >= 1; j--) {
            double inv = 1.0 / j;
            double t = inv;
            for (int i = 1; i < r; i++) {
                t *= inv;
            }
            s += t;
        }
        return s;
    }

    /**
     * ψ<sup>(r)</sup>(x) for real x not a non-positive integer, r = 0..{@value #MAX_ORDER}: upward
     * recurrence (DLMF 5.15.5) to x &ge; 16, then the asymptotic series with B<sub>2</sub>..B<sub>16</sub>.
     *
     * @param r order
     * @param x argument
     * @return the polygamma value
     */
    static double polygamma(int r, double x) {
        double shift = 0;
        while (x < 16) {
            double inv = 1 / x;
            double t = inv;
            for (int i = 0; i < r; i++) {
                t *= inv;
            }
            shift += t;
            x += 1;
        }
        double sign = r % 2 == 0 ? 1 : -1;
        double asym;
        double x2 = 1 / (x * x);
        if (r == 0) {
            double s = 0;
            double pw = 1;
            for (int k = 1; k <= BERNOULLI.length; k++) {
                pw *= x2;
                s += BERNOULLI[k - 1] / (2 * k) * pw;
            }
            asym = Math.log(x) - 0.5 / x - s;
        } else {
            double s = FACTORIAL[r - 1] / Math.pow(x, r) + FACTORIAL[r] / (2 * Math.pow(x, r + 1));
            double pw = Math.pow(x, -r);
            for (int k = 1; k <= BERNOULLI.length; k++) {
                pw *= x2;
                s += BERNOULLI[k - 1] * FACTORIAL[2 * k + r - 1] / FACTORIAL[2 * k] * pw;
            }
            asym = -sign * s;
        }
        // psi^(r)(x0) = psi^(r)(x0 + N) - (-1)^r r! sum 1/(x0 + j)^(r+1)
        return asym - sign * FACTORIAL[r] * shift;
    }
}
