package io.github.netmoe.core.stats;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;

/**
 * An observed proportion {@code k/n} (e.g. a success rate over seeded episodes) with its Wilson
 * score interval.
 *
 * <p>Wilson interval (Wilson 1927; Brown, Cai and DasGupta 2001, eq. 4) at normal quantile z:
 * {@code (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}. Unlike the Wald interval it stays
 * inside [0, 1] and keeps its coverage near p = 0 or 1, where success rates of good policies live.
 *
 * @param successes k, in [0, n]
 * @param trials n, at least 1
 */
public record Proportion(long successes, long trials) {
    /** Two-sided 95% normal quantile. */
    public static final double Z95 = 1.959963984540054;

    /**
     * Validates.
     *
     * @throws InvalidArgumentException unless {@code 0 <= successes <= trials} and {@code trials >= 1}
     */
    public Proportion {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new InvalidArgumentException("successes = " + successes + ", trials = " + trials
                    + " must satisfy 0 <= successes <= trials and trials >= 1");
        }
    }

    /** @return the point estimate k/n */
    public double rate() {
        return (double) successes / trials;
    }

    /** @return the lower end of the 95% Wilson interval */
    public double lower95() {
        return wilson(Z95, -1);
    }

    /** @return the upper end of the 95% Wilson interval */
    public double upper95() {
        return wilson(Z95, +1);
    }

    /**
     * @param z the normal quantile, e.g. {@link #Z95}
     * @param sign -1 for the lower end, +1 for the upper end
     * @return the end of the Wilson interval
     */
    public double wilson(double z, int sign) {
        Arguments.requirePositive("z", z);
        if (sign > 0 && successes == trials || sign < 0 && successes == 0) {
            return sign > 0 ? 1.0 : 0.0; // exact: the closed form only rounds to these
        }
        double n = trials;
        double p = rate();
        double centre = p + z * z / (2 * n);
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        double value = (centre + sign * half) / (1 + z * z / n);
        return Math.min(1.0, Math.max(0.0, value));
    }

    /** @return e.g. {@code 0.955 [0.941, 0.966]} */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.3f [%.3f, %.3f]", rate(), lower95(), upper95());
    }
}
