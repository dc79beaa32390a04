package io.github.netmoe.benchmarks.jmh;

import io.github.netmoe.wireless.special.ErgodicRate;
import io.github.netmoe.wireless.special.MeijerG;
import java.util.concurrent.TimeUnit;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.special.Gamma;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the ergodic rate lnRate(m, z) = G<sup>3,1</sup><sub>2,3</sub>(z | 0, 1; m, 0, 0)/Γ(m) by
 * <ul>
 *   <li>{@code closedForm}: {@link ErgodicRate#lnRate(int, double)}, Σ e<sup>z</sup>E<sub>n</sub>(z) by
 *       two-way recurrence from one seed, or the asymptotic series of the sum for z &ge; 6(m + 22);</li>
 *   <li>{@code realOrder}: {@link ErgodicRate#lnRate(double, double)} at m + 0.5 (the trapezoidal rule
 *       on the Laplace representation, the path for non-integer m);</li>
 *   <li>{@code meijerG}: the general {@link MeijerG#evaluate} divided by Γ(m);</li>
 *   <li>{@code hipparchusQuadrature}: the same Laplace-form integral with Hipparchus'
 *       {@link IterativeLegendreGaussIntegrator} (16 points, relative accuracy 1e-13), the baseline a
 *       user without the closed form would write.</li>
 * </ul>
 * Run: {@code java -cp "$(cat cp.txt):moe-benchmarks/target-perf/classes" org.openjdk.jmh.Main
 * RateBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RateBenchmark {
    /** Number of antennas (gamma shape). */
    @Param({"1", "10", "64"})
    public int m;

    /** Reciprocal SNR scale. */
    @Param({"1e-4", "1", "1e3"})
    public double z;

    private double gammaM;
    private double[] b1m;
    private IterativeLegendreGaussIntegrator integrator;

    /** Precomputes Γ(m) and the parameter arrays. */
    @Setup
    public void setUp() {
        gammaM = Gamma.gamma(m);
        b1m = new double[] {m, 0, 0};
        integrator = new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-300);
    }

    /** @return lnRate by the closed form */
    @Benchmark
    public double closedForm() {
        return ErgodicRate.lnRate(m, z);
    }

    /** @return lnRate at m + 0.5 by the real-order path */
    @Benchmark
    public double realOrder() {
        return ErgodicRate.lnRate(m + 0.5, z);
    }

    /** @return lnRate by the general Meijer G evaluator */
    @Benchmark
    public double meijerG() {
        return MeijerG.evaluate(new double[] {0}, new double[] {1}, b1m, new double[0], z) / gammaM;
    }

    /** @return lnRate by Hipparchus Gauss-Legendre quadrature of the Laplace representation */
    @Benchmark
    public double hipparchusQuadrature() {
        return quadrature(integrator, m, z);
    }

    /**
     * E[ln(1 + X)] = ∫ (1 − (1 + e^v/z)^{−m}) exp(−e^v) dv over [ln w0, ln 48] plus the analytic
     * contribution m w0/z below, w0 = 1e-8 min(1, z/(m + 1)).
     *
     * @param integrator the Hipparchus integrator
     * @param m shape
     * @param z reciprocal SNR scale
     * @return lnRate(m, z)
     */
    static double quadrature(IterativeLegendreGaussIntegrator integrator, double m, double z) {
        double w0 = 1e-8 * Math.min(1, z / (m + 1));
        return m * w0 / z + integrator.integrate(Integer.MAX_VALUE,
                v -> -Math.expm1(-m * Math.log1p(Math.exp(v) / z)) * Math.exp(-Math.exp(v)), Math.log(w0), Math.log(48));
    }
}
