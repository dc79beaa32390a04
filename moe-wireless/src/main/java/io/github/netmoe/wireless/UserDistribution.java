package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;
import java.util.random.RandomGenerator;

/**
 * How users' links vary around the paper's (M = 10, theta = 6, D = 10, alpha = 2, sigma^2 = 1):
 * M uniform on {@code [antennasMin, antennasMax]}, theta uniform on {@code [thetaMin, thetaMax]}, D
 * uniform on {@code [distanceMin, distanceMax]}; alpha and sigma^2 fixed.
 *
 * @param antennasMin smallest M
 * @param antennasMax largest M
 * @param thetaMin smallest theta
 * @param thetaMax largest theta
 * @param distanceMin smallest D
 * @param distanceMax largest D
 * @param pathLossExponent alpha
 * @param noisePower sigma^2
 */
public record UserDistribution(int antennasMin, int antennasMax, double thetaMin, double thetaMax, double distanceMin,
                               double distanceMax, double pathLossExponent, double noisePower) {
    /**
     * Validates.
     *
     * @throws io.github.netmoe.core.InvalidArgumentException on empty or invalid ranges
     */
    public UserDistribution {
        Arguments.requirePositive("antennasMin", antennasMin);
        Arguments.requireInRange("antennasMax", antennasMax, antennasMin, 65536);
        Arguments.requirePositive("thetaMin", thetaMin);
        Arguments.requireInRange("thetaMax", thetaMax, thetaMin, Double.MAX_VALUE);
        Arguments.requirePositive("distanceMin", distanceMin);
        Arguments.requireInRange("distanceMax", distanceMax, distanceMin, Double.MAX_VALUE);
        Arguments.requireNonNegative("pathLossExponent", pathLossExponent);
        Arguments.requirePositive("noisePower", noisePower);
    }

    /** @return M in 8..12, theta in [4.5, 7.5], D in [8.5, 11.5], alpha = 2, sigma^2 = 1 */
    public static UserDistribution aroundPaper() {
        return new UserDistribution(8, 12, 4.5, 7.5, 8.5, 11.5, 2.0, 1.0);
    }

    /** @return every user has the paper's link exactly */
    public static UserDistribution paperLink() {
        return new UserDistribution(10, 10, 6, 6, 10, 10, 2.0, 1.0);
    }

    /** @return the paper's link M = 10, theta = 6, D = 10, alpha = 2, sigma^2 = 1 */
    public static MrtLink paperMrtLink() {
        return new MrtLink(10, 6, 10, 2, 1);
    }

    /**
     * @param rng the source of randomness
     * @return a link drawn from this distribution
     */
    public MrtLink draw(RandomGenerator rng) {
        int m = antennasMin + rng.nextInt(antennasMax - antennasMin + 1);
        double theta = thetaMin + (thetaMax - thetaMin) * rng.nextDouble();
        double d = distanceMin + (distanceMax - distanceMin) * rng.nextDouble();
        return new MrtLink(m, theta, d, pathLossExponent, noisePower);
    }
}
