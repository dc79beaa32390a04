package io.github.netmoe.core.stats;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;

/**
 * Mean, standard deviation and a 95% normal confidence interval of a sample, accumulated in one
 * pass with Welford's algorithm (numerically stable; Knuth, TAOCP vol. 2, 4.2.2). The interval
 * {@code mean ± 1.96·s/sqrt(n)} is the large-sample one; use it for n in the hundreds or more.
 *
 * @param count n
 * @param mean the sample mean
 * @param standardDeviation the sample standard deviation (n - 1 in the denominator; 0 for n = 1)
 * @param min the smallest value
 * @param max the largest value
 */
public record Summary(long count, double mean, double standardDeviation, double min, double max) {
    /**
     * Validates.
     *
     * @throws InvalidArgumentException on an empty sample or non-finite statistics
     */
    public Summary {
        if (count < 1) {
            throw new InvalidArgumentException("count = " + count + " must be >= 1");
        }
        Arguments.requireFinite("mean", mean);
        Arguments.requireNonNegative("standardDeviation", standardDeviation);
    }

    /**
     * @param values a non-empty sample of finite values
     * @return its summary
     */
    public static Summary of(double... values) {
        if (values == null || values.length == 0) {
            throw new InvalidArgumentException("values must hold at least one value");
        }
        double mean = 0;
        double m2 = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            double v = Arguments.requireFinite("values[" + i + "]", values[i]);
            double delta = v - mean;
            mean += delta / (i + 1);
            m2 += delta * (v - mean);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double sd = values.length > 1 ? Math.sqrt(m2 / (values.length - 1)) : 0.0;
        return new Summary(values.length, mean, sd, min, max);
    }

    /** @return the half-width of the 95% interval of the mean */
    public double halfWidth95() {
        return Proportion.Z95 * standardDeviation / Math.sqrt(count);
    }

    /** @return e.g. {@code 9.02 ± 0.05} */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.4g ± %.2g", mean, halfWidth95());
    }
}
