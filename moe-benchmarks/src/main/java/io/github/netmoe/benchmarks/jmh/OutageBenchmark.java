package io.github.netmoe.benchmarks.jmh;

import io.github.netmoe.wireless.MrtLink;
import io.github.netmoe.wireless.special.IncompleteGamma;
import java.util.concurrent.TimeUnit;
import org.hipparchus.special.Gamma;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the outage probability at the paper's link (M = 10, θ = 6, D = 10, α = 2, σ² = 1,
 * γ<sub>th</sub> = 10): {@link MrtLink#outageProbability}, {@link MrtLink#successProbability}, and
 * Hipparchus' {@link Gamma#regularizedGammaP} for comparison. Powers 0.3 W (Q ≈ 1e-120, deep tail),
 * 10 W (x = 16.7, continued fraction) and 100 W (x = 1.67, series).
 * Run: {@code java -cp ... org.openjdk.jmh.Main OutageBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class OutageBenchmark {
    private static final MrtLink PAPER = new MrtLink(10, 6, 10, 2, 1);

    /** Transmit power in watts. */
    @Param({"0.3", "10", "100"})
    public double power;

    /** @return OP */
    @Benchmark
    public double outage() {
        return PAPER.outageProbability(power, 10);
    }

    /** @return 1 - OP computed directly */
    @Benchmark
    public double success() {
        return PAPER.successProbability(power, 10);
    }

    /** @return P(M, x) by this library's IncompleteGamma, without the link arithmetic */
    @Benchmark
    public double incompleteGammaP() {
        return IncompleteGamma.regularizedP(10, 10 / PAPER.snrScale(power));
    }

    /** @return P(M, x) by Hipparchus */
    @Benchmark
    public double hipparchusP() {
        return Gamma.regularizedGammaP(10, 10 / PAPER.snrScale(power));
    }
}
