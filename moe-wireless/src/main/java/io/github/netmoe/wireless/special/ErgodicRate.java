package io.github.netmoe.wireless.special;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;

/**
 * Ergodic rate of a Gamma-distributed SNR in nats: for X ~ Gamma(shape m, scale 1/z),
 * lnRate(m, z) = E[ln(1 + X)] = G<sup>3,1</sup><sub>2,3</sub>(z | 0, 1; m, 0, 0)/Γ(m)
 * (the paper's data-rate formula divided by B/ln 2; Alouini and Goldsmith, IEEE Trans. Veh. Technol.
 * 48(4), 1999, eq. (31)). Working with G/Γ(m) instead of G avoids the overflow of Γ(m) for m &ge; 172.
 *
 * <h2>Integer m: closed form</h2>
 * lnRate(m, z) = Σ<sub>n=1..m</sub> e<sup>z</sup>E<sub>n</sub>(z). The terms come from one seed and
 * the three-term relation n f<sub>n+1</sub> = 1 − z f<sub>n</sub> (DLMF 8.19.12) run in its stable
 * direction on each side of n ≈ z: the relative error of f is multiplied by z/n per forward step and
 * by n/z per backward step. So the seed is f<sub>n0</sub> with n0 = clamp(⌊z⌋, 1, m), backward
 * recurrence serves n &lt; n0 and forward recurrence n &gt; n0. Every f<sub>n</sub> is positive, so the
 * sum has the terms' relative accuracy. (The textbook forward recurrence from n = 1, or the alternating
 * finite sum, loses all digits: relative error 3 at m = 16, z = 100.) Method switches:
 * <ul>
 *   <li>m = 1: f<sub>1</sub> = e<sup>z</sup>E<sub>1</sub>(z) from {@link ScaledE1} (a series below 1/2,
 *       fitted polynomials on octaves up to 64, the continued fraction above; ~10 ns).</li>
 *   <li>2 &le; m &le; 128 and z &le; zLimit(m) (≈ 0.06 at m = 10, 1 at m = 20, 13 at m = 64, 33 at
 *       m = 128): no recurrence but the exact rearrangement S<sub>m</sub>(z) = ψ(m) − ln z −
 *       Σ<sub>k&ge;1</sub>(−z)<sup>k</sup>(m−k−1)!/(k(m−1)!), tail beyond k = m − 1 negligible there
 *       ({@link RateSeries}; terms shrink like (z/m)<sup>k</sup>, 2–10 terms at the benchmark points).</li>
 *   <li>otherwise z &lt; 2: seed f<sub>1</sub> from {@link ScaledE1}, then forward recurrence.</li>
 *   <li>2 &le; z &lt; 6(m + 22): seed f<sub>n0</sub> from the continued fraction
 *       ({@link ExponentialIntegral}, 10–60 terms for z in [2, 20], fewer above), both directions.</li>
 *   <li>z &ge; 6(m + 22): no recurrence; the asymptotic series of the whole sum,
 *       Σ<sub>n=1..m</sub> e<sup>z</sup>E<sub>n</sub>(z) ~ Σ<sub>k&ge;0</sub>
 *       (−1)<sup>k</sup>(m)<sub>k+1</sub>/((k + 1) z<sup>k+1</sup>), from DLMF 8.20.2 and
 *       Σ<sub>n=1..m</sub>(n)<sub>k</sub> = (m)<sub>k+1</sub>/(k + 1). Each e<sup>z</sup>E<sub>n</sub>(z)
 *       = ∫<sub>0</sub><sup>∞</sup>e<sup>−zt</sup>(1 + t)<sup>−n</sup>dt has a completely monotone
 *       kernel, so the remainder after k terms is smaller than the next term and of its sign, for each n
 *       and hence for the sum; the term ratio is below 1/6, and at most 22 terms are needed
 *       (tabulated coefficients and two interleaved chains for m &le; 128, {@link RateSeries}).</li>
 * </ul>
 * The recurrences are one fused multiply-add per step on the dependency chain, f<sub>n+1</sub> =
 * fma(f<sub>n</sub>, −z/n, 1/n) with tabulated 1/n (backward: fma(f, −n/z, 1/z)). Cost (JMH,
 * {@code RateBenchmark}): 6–20 ns at m = 10 and 9–10 ns at m = 64 for z in {1e-4, 1, 1e3}; m steps
 * of about 1 ns where the recurrence remains.
 *
 * <h2>Real m: Laplace representation</h2>
 * From ln(1 + x) = ∫<sub>0</sub><sup>∞</sup> (1 − e<sup>−sx</sup>) e<sup>−s</sup> ds/s and the
 * Laplace transform of the gamma law, E[e<sup>−sX</sup>] = (1 + s/z)<sup>−m</sup>:
 * lnRate(m, z) = ∫<sub>−∞</sub><sup>∞</sup> (1 − (1 + e<sup>v</sup>/z)<sup>−m</sup>)
 * exp(−e<sup>v</sup>) dv (s = e<sup>v</sup>). The integrand is positive (no cancellation), smooth, and
 * analytic in the strip |Im v| &lt; π/2, so the trapezoidal rule with step h = 0.2 has a discretisation
 * error of about exp(−2π·1.4/h) ≈ 1e-19 (Trefethen and Weideman, SIAM Rev. 56, 2014, Thm 5.1). The
 * range is cut at e<sup>v</sup> = 48 above; below e<sup>v</sup> = 1e-8·min(1, z/(m + 1)) the trapezoid's
 * nodes are summed in closed form (a geometric series) from the two leading small-s terms. About 110–250 nodes.
 *
 * <h2>Accuracy</h2>
 * Measured against 40-digit mpmath references ({@code ln_rate_integer.csv}, {@code ln_rate_dense.csv},
 * {@code ln_rate_real.csv}, the oracle being mpmath {@code quad} of E[ln(1 + X)] over the gamma
 * density, and {@code ln_rate_series.csv} at the limits of the two series): the integer path is within
 * 1e-15 relative for m in 1..128, z in [1e-8, 1e8] (6.0e-16 measured); the real path within 1e-13 for m in
 * (0, 128], z in [1e-6, 1e6]. {@code ErgodicRateTest} prints the exact maxima.
 *
 * <p>Thread-safe (stateless).
 */
public final class ErgodicRate {
    private static final double STEP = 0.2;
    private static final double UPPER_NODE = Math.log(48);
    private static final double LOWER_FRACTION = 1e-8;
    private static final int INTEGER_PATH_LIMIT = 1 << 20;
    private static final double LARGE_Z_FACTOR = 6;
    private static final int LARGE_Z_TERMS = 22;
    private static final double[] RECIPROCALS = new double[1024];

    static {
        for (int n = 1; n < RECIPROCALS.length; n++) {
            RECIPROCALS[n] = 1.0 / n;
        }
    }

    private ErgodicRate() {
    }

    /**
     * E[ln(1 + X)], X ~ Gamma(m, 1/z), for integer m by the closed form Σ e<sup>z</sup>E<sub>n</sub>(z)
     * (two-way recurrence, see the class comment).
     *
     * @param m shape (the number of antennas), &ge; 1
     * @param z reciprocal SNR scale, finite and &gt; 0
     * @return lnRate(m, z) &gt; 0 in nats, relative error &lt; 1e-14 for m &le; 128, z in [1e-8, 1e8]
     * @throws InvalidArgumentException if m &lt; 1 or z is not finite and positive
     */
    public static double lnRate(int m, double z) {
        Arguments.requirePositive("m", m);
        Arguments.requirePositive("z", z);
        if (m == 1) {
            return ScaledE1.value(z);
        }
        if (RateSeries.smallZApplies(m, z)) {
            return RateSeries.smallZ(m, z);
        }
        if (z < 2) {
            // seed f_1; forward recurrence, stable for n > z (the single step n = 1 < z < 2 at most doubles an error)
            double f = ScaledE1.value(z);
            double sum = f;
            for (int n = 1; n < m; n++) {
                double r = reciprocal(n);
                f = Math.fma(f, -z * r, r); // (1 - z f) / n, one rounding on the dependency chain
                sum += f;
            }
            return sum;
        }
        if (z >= LARGE_Z_FACTOR * ((double) m + LARGE_Z_TERMS)) {
            return m <= RateSeries.TABLE_M ? RateSeries.largeZ(m, z) : largeZ(m, z);
        }
        int n0 = (int) Math.min(m, Math.floor(z));
        double seed = ExponentialIntegral.continuedFraction(n0, z);
        double sum = seed;
        double f = seed;
        double zInverse = 1 / z;
        for (int n = n0 - 1; n >= 1; n--) {
            f = Math.fma(f, -n * zInverse, zInverse); // (1 - n f) / z
            sum += f;
        }
        f = seed;
        for (int n = n0; n < m; n++) {
            double r = reciprocal(n);
            f = Math.fma(f, -z * r, r);
            sum += f;
        }
        return sum;
    }

    /**
     * Σ<sub>k&lt;K</sub> (−1)<sup>k</sup>(m)<sub>k+1</sub>/((k + 1) z<sup>k+1</sup>), the asymptotic
     * series of the sum (class comment), for z &ge; 6(m + 22): every term ratio is below 1/6, so 22 terms
     * leave a remainder below 4e-18 relative.
     */
    private static double largeZ(int m, double z) {
        double zInverse = 1 / z;
        double power = m * zInverse; // (m)_{k+1} / z^{k+1}
        double sum = power;
        for (int k = 1; k < LARGE_Z_TERMS; k++) {
            power *= -(m + k) * zInverse;
            double term = power * reciprocal(k + 1);
            sum += term;
            if (Math.abs(term) < 0x1p-56 * sum) {
                break;
            }
        }
        return sum;
    }

    private static double reciprocal(int n) {
        return n < RECIPROCALS.length ? RECIPROCALS[n] : 1.0 / n;
    }

    /**
     * E[ln(1 + X)], X ~ Gamma(m, 1/z), for real m &gt; 0: the closed form when m is an integer up to
     * 2<sup>20</sup>, otherwise the trapezoidal rule on the Laplace representation (class comment).
     *
     * @param m shape, finite and &gt; 0
     * @param z reciprocal SNR scale, finite and &gt; 0
     * @return lnRate(m, z) &gt; 0 in nats, relative error &lt; 1e-13 for m in (0, 128], z in [1e-6, 1e6]
     * @throws InvalidArgumentException if m or z is not finite and positive
     */
    public static double lnRate(double m, double z) {
        Arguments.requirePositive("m", m);
        Arguments.requirePositive("z", z);
        if (m == Math.rint(m) && m <= INTEGER_PATH_LIMIT) {
            return lnRate((int) m, z);
        }
        return laplaceQuadrature(m, z);
    }

    /** The real-m path, also for integer m (used by tests to cross-check the two). */
    static double laplaceQuadrature(double m, double z) {
        double w0 = LOWER_FRACTION * Math.min(1, z / (m + 1));
        double v0 = Math.log(w0);
        int nodes = (int) Math.ceil((UPPER_NODE - v0) / STEP);
        double sum = 0;
        for (int j = 0; j <= nodes; j++) {
            sum += integrand(m, z, v0 + j * STEP);
        }
        // nodes below v0, summed in closed form from the two leading small-w terms of the integrand,
        // m w/z - (m(m+1)/(2 z^2) + m/z) w^2, at w = w0 e^{-jh}, j >= 1 (geometric series)
        double q = Math.exp(-STEP);
        double a1 = m / z;
        double a2 = m * (m + 1) / (2 * z * z) + m / z;
        double tail = a1 * w0 * q / (1 - q) - a2 * w0 * w0 * q * q / (1 - q * q);
        return STEP * (sum + tail);
    }

    private static double integrand(double m, double z, double v) {
        double w = Math.exp(v);
        return -Math.expm1(-m * Math.log1p(w / z)) * Math.exp(-w);
    }
}
