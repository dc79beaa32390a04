package io.github.netmoe.wireless.special;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Two O(1)-in-m series for S<sub>m</sub>(z) = Σ<sub>n=1..m</sub> e<sup>z</sup>E<sub>n</sub>(z), the
 * fast paths of {@link ErgodicRate#lnRate(int, double)} for m &le; {@value #TABLE_M}, evaluated from
 * per-m coefficient tables built once at class initialisation, with the even and odd terms in two
 * independent chains (half the latency of Horner's rule) and a stop as soon as the terms are
 * negligible.
 *
 * <h2>Small z: ψ(m) − ln z and a series in z/m</h2>
 * Writing f<sub>n</sub> = e<sup>z</sup>E<sub>n</sub>(z), the recurrence n f<sub>n+1</sub> = 1 − z
 * f<sub>n</sub> makes every f<sub>n</sub> affine in f<sub>1</sub>:
 * f<sub>n</sub> = Σ<sub>k=0..n−2</sub>(n−k−2)!/(n−1)!·(−z)<sup>k</sup> + (−z)<sup>n−1</sup>/(n−1)!·f<sub>1</sub>.
 * Summing over n, using Σ<sub>n&ge;N</sub>Γ(n−k−1)/Γ(n) = Γ(N−k−1)/(kΓ(N−1)) (it telescopes),
 * f<sub>1</sub>e<sup>−z</sup> = E<sub>1</sub>(z) = −γ − ln z − Σ<sub>k&ge;1</sub>(−z)<sup>k</sup>/(k·k!)
 * (DLMF 6.6.2) and ψ(m) = H<sub>m−1</sub> − γ gives the exact identity
 * <p style="text-align:center">S<sub>m</sub>(z) = ψ(m) − ln z − Σ<sub>k=1..m−1</sub>
 * (−z)<sup>k</sup>(m−k−1)!/(k(m−1)!) − Σ<sub>k&ge;m</sub>(−z)<sup>k</sup>(1/k + f<sub>1</sub>)/k!.</p>
 * For m = 1 it reduces to f<sub>1</sub>; its leading part is the high-SNR asymptote ψ(m) − ln z. The
 * first sum has term ratios z·k/((k + 1)(m − k − 1)), about z/m for small k. The path is used for
 * z &le; zLimit(m), tabulated at start-up as the largest z on a 2<sup>1/16</sup> grid at which the
 * terms k = 33..m − 1 of the first sum and the whole second sum (bounded with f<sub>1</sub> &lt;
 * ln(1 + 1/z)) are below 2<sup>−62</sup>(ψ(m) − ln z), and ψ(m) − ln z &ge; ln 2 (so the leading part
 * does not cancel). The terms are log-convex in k, so once one is below 2<sup>−62</sup> of the leading
 * part the rest up to k = 32 are bounded by the larger end. zLimit ≈ 0.06 at m = 10, ≈ 14 at m = 64.
 * ψ(m) is tabulated correctly rounded (40-digit {@link BigDecimal} harmonic sums).
 *
 * <h2>Large z: asymptotic series of the sum</h2>
 * For z &ge; 6(m + 22), S<sub>m</sub>(z) ~ Σ<sub>k&ge;0</sub>(−1)<sup>k</sup>(m)<sub>k+1</sub>/((k + 1)
 * z<sup>k+1</sup>) (class comment of {@link ErgodicRate}); the coefficients (m)<sub>k+1</sub>/(k + 1),
 * k &le; 21, are tabulated, and the series stops after an odd term below 2<sup>−56</sup> of the first
 * (the remainder is below the next term, which is at most 1/6 of it).
 */
final class RateSeries {
    /** Largest m with tables. */
    static final int TABLE_M = 128;
    private static final int PSI_TERMS = 32;
    private static final int LARGE_TERMS = 22;
    private static final double PSI_STOP = 0x1p-62;
    private static final double LARGE_STOP = 0x1p-56;
    private static final double[] PSI = new double[TABLE_M + 1];
    private static final double[] Z_LIMIT = new double[TABLE_M + 1];
    /** PSI_COEFF[m][k] = (−1)<sup>k+1</sup>(m−k−1)!/(k(m−1)!) for 1 &le; k &le; min(32, m − 1), 0 else. */
    private static final double[][] PSI_COEFF = new double[TABLE_M + 1][PSI_TERMS + 2];
    /** LARGE_COEFF[m][k] = (m)<sub>k+1</sub>/(k + 1). */
    private static final double[][] LARGE_COEFF = new double[TABLE_M + 1][LARGE_TERMS];

    static {
        MathContext mc = new MathContext(40);
        BigDecimal harmonic = BigDecimal.ZERO;
        BigDecimal euler = new BigDecimal("0.5772156649015328606065120900824024310421593359");
        double[] lnFactorial = new double[TABLE_M + 1];
        for (int m = 1; m <= TABLE_M; m++) {
            PSI[m] = harmonic.subtract(euler, mc).doubleValue();
            harmonic = harmonic.add(BigDecimal.ONE.divide(BigDecimal.valueOf(m), mc), mc);
            lnFactorial[m] = lnFactorial[m - 1] + Math.log(m);
            double t = 1.0 / (m - 1);
            for (int k = 1; k <= Math.min(PSI_TERMS, m - 1); k++) {
                PSI_COEFF[m][k] = (k % 2 == 1 ? t : -t);
                t *= (double) k / ((k + 1) * (double) (m - k - 1));
            }
            double pochhammer = m;
            for (int k = 0; k < LARGE_TERMS; k++) {
                LARGE_COEFF[m][k] = pochhammer / (k + 1);
                pochhammer *= m + k + 1;
            }
            Z_LIMIT[m] = zLimit(m, lnFactorial);
        }
    }

    private RateSeries() {
    }

    private static double zLimit(int m, double[] lnFactorial) {
        double stop = Math.log(PSI_STOP);
        for (int j = 16 * 8; j > -16 * 64; j--) {
            double z = Math.pow(2, j / 16.0);
            double lnz = Math.log(z);
            double lead = PSI[m] - lnz;
            if (lead < Math.log(2) || z >= m + 1) {
                continue;
            }
            double bound = stop + Math.log(lead);
            boolean ok = m * lnz - lnFactorial[m] + Math.log(1.0 / m + Math.log1p(1 / z))
                    - Math.log1p(-z / (m + 1)) <= bound;
            for (int k = PSI_TERMS + 1; k <= m - 1 && ok; k += Math.max(1, m - 2 - PSI_TERMS)) {
                ok = k * lnz + lnFactorial[m - k - 1] - Math.log(k) - lnFactorial[m - 1] <= bound;
            }
            if (ok) {
                return z;
            }
        }
        return 0;
    }

    /**
     * Whether {@link #smallZ} applies.
     *
     * @param m shape, &ge; 1
     * @param z argument, &gt; 0
     * @return m &le; 128 and z &le; zLimit(m)
     */
    static boolean smallZApplies(int m, double z) {
        return m <= TABLE_M && z <= Z_LIMIT[m];
    }

    /**
     * S<sub>m</sub>(z) by ψ(m) − ln z − Σ(−z)<sup>k</sup>(m−k−1)!/(k(m−1)!) (class comment).
     *
     * @param m shape, 2..128
     * @param z argument, 0 &lt; z &le; zLimit(m)
     * @return S<sub>m</sub>(z)
     */
    static double smallZ(int m, double z) {
        double[] c = PSI_COEFF[m];
        double lead = PSI[m] - Math.log(z);
        double stop = PSI_STOP * lead;
        double v = z * z;
        double odd = 0;
        double even = 0;
        double pOdd = z;
        double pEven = v;
        for (int k = 1; k <= PSI_TERMS; k += 2) {
            odd = Math.fma(c[k], pOdd, odd);
            double termEven = c[k + 1] * pEven;
            even += termEven;
            if (Math.abs(termEven) <= stop) {
                break;
            }
            pOdd *= v;
            pEven *= v;
        }
        return lead + (odd + even);
    }

    /**
     * S<sub>m</sub>(z) by its asymptotic series (class comment).
     *
     * @param m shape, 1..128
     * @param z argument, &ge; 6(m + 22)
     * @return S<sub>m</sub>(z)
     */
    static double largeZ(int m, double z) {
        double[] c = LARGE_COEFF[m];
        double u = 1 / z;
        double v = u * u;
        double stop = LARGE_STOP * m * u;
        double even = 0;
        double odd = 0;
        double pEven = u;
        double pOdd = v;
        for (int k = 0; k < LARGE_TERMS; k += 2) {
            even = Math.fma(c[k], pEven, even);
            double termOdd = c[k + 1] * pOdd;
            odd += termOdd;
            if (termOdd <= stop) {
                break;
            }
            pEven *= v;
            pOdd *= v;
        }
        return even - odd;
    }
}
