package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.wireless.special.ErgodicRate;
import io.github.netmoe.wireless.special.IncompleteGamma;

/**
 * A MIMO link with maximum-ratio transmission over i.i.d. Rayleigh fading: with M transmit antennas
 * the received SNR is γ = s·Σ<sub>i=1..M</sub>|h<sub>i</sub>|², |h<sub>i</sub>|² ~ Exp(1), i.e.
 * γ ~ Gamma(shape M, scale s) with s = θ P D<sup>−α</sup>/σ² (σ² = {@code noisePower}).
 *
 * <ul>
 *   <li>Outage OP = Pr[γ &lt; γ<sub>th</sub>] = P(M, γ<sub>th</sub>/s), the regularized
 *       <em>lower</em> incomplete gamma function. The paper's eq. (8) prints Γ(M, x)/Γ(M) = Q(M, x),
 *       which is 1 − OP (a typo, shown by integrating the gamma density and by Monte Carlo in the
 *       tests). 1 − OP is computed directly as Q(M, x), never as 1 − P.</li>
 *   <li>Data rate DR = B/(ln 2 Γ(M)) G<sup>3,1</sup><sub>2,3</sub>(z | 0, 1; M, 0, 0), z = 1/s
 *       (paper eq. (9), correct as printed) = (B/ln 2) E[ln(1 + γ)], evaluated by
 *       {@link ErgodicRate#lnRate(int, double)}.</li>
 *   <li>Throughput TP = (1 − OP)·DR.</li>
 *   <li>BPSK bit error probability with M-branch maximal-ratio combining over i.i.d. Rayleigh
 *       fading (Proakis, Digital Communications, 4th ed., eq. 14.4-15):
 *       P<sub>b</sub> = ((1 − μ)/2)<sup>M</sup> Σ<sub>k=0..M−1</sub> C(M − 1 + k, k)
 *       ((1 + μ)/2)<sup>k</sup>, μ = √(s/(1 + s)), with 1 − μ = 1/((1 + s)(1 + μ)) to avoid
 *       cancellation at high SNR.</li>
 * </ul>
 * Accuracy: OP and 1 − OP to 1e-13 relative down to 1e-300; DR to 1e-14 relative (see the classes in
 * {@link io.github.netmoe.wireless.special}); BEP to about 1e-14 for M &le; 128.
 *
 * @param antennas number of transmit antennas M, 1..65536
 * @param theta antenna/beamforming gain θ, finite and &gt; 0
 * @param distance link distance D, finite and &gt; 0
 * @param pathLossExponent path-loss exponent α, finite and &ge; 0
 * @param noisePower noise power σ², finite and &gt; 0
 */
public record MrtLink(int antennas, double theta, double distance, double pathLossExponent, double noisePower) {
    private static final double LN2 = Math.log(2);

    /**
     * Validates the parameters.
     *
     * @throws InvalidArgumentException if a parameter is outside the range given above
     */
    public MrtLink {
        Arguments.requireInRange("antennas", antennas, 1, 65536);
        Arguments.requirePositive("theta", theta);
        Arguments.requirePositive("distance", distance);
        Arguments.requireNonNegative("pathLossExponent", pathLossExponent);
        Arguments.requirePositive("noisePower", noisePower);
    }

    /**
     * SNR scale s = θ P D<sup>−α</sup>/σ², the mean SNR per antenna (E[γ] = M s).
     *
     * @param powerWatts transmit power P in watts, finite and &gt; 0
     * @return s &gt; 0
     * @throws InvalidArgumentException if the power is not finite and positive, or s is not a
     *                                  positive finite double
     */
    public double snrScale(double powerWatts) {
        Arguments.requirePositive("powerWatts", powerWatts);
        double s = theta * powerWatts / (Math.pow(distance, pathLossExponent) * noisePower);
        if (!(s > 0) || !Double.isFinite(s)) {
            throw new InvalidArgumentException("snrScale = " + s + " for powerWatts = " + powerWatts
                    + " must be finite and > 0 (link parameters out of range)");
        }
        return s;
    }

    /**
     * Outage probability OP = Pr[γ &lt; γ<sub>th</sub>] = P(M, γ<sub>th</sub>/s) (paper eq. (8)
     * corrected: lower, not upper, regularized incomplete gamma function).
     *
     * @param powerWatts transmit power in watts, finite and &gt; 0
     * @param snrThreshold linear SNR threshold γ<sub>th</sub>, finite and &ge; 0
     * @return OP in [0, 1], relative error &lt; 1e-13 down to 1e-300
     * @throws InvalidArgumentException on invalid input
     */
    public double outageProbability(double powerWatts, double snrThreshold) {
        return IncompleteGamma.regularizedP(antennas, outageArgument(powerWatts, snrThreshold));
    }

    /**
     * Success probability 1 − OP = Q(M, γ<sub>th</sub>/s), computed directly (exact in the low-power
     * tail where 1 − P would round to 0).
     *
     * @param powerWatts transmit power in watts, finite and &gt; 0
     * @param snrThreshold linear SNR threshold, finite and &ge; 0
     * @return 1 − OP in [0, 1], relative error &lt; 1e-13 down to 1e-300
     * @throws InvalidArgumentException on invalid input
     */
    public double successProbability(double powerWatts, double snrThreshold) {
        return IncompleteGamma.regularizedQ(antennas, outageArgument(powerWatts, snrThreshold));
    }

    /**
     * Ergodic data rate DR = (B/ln 2)·E[ln(1 + γ)] = B/(ln 2 Γ(M))·G<sup>3,1</sup><sub>2,3</sub>(1/s |
     * 0, 1; M, 0, 0) in bit/s (paper eq. (9)).
     *
     * @param powerWatts transmit power in watts, finite and &gt; 0
     * @param bandwidthHz bandwidth B in Hz, finite and &gt; 0
     * @return DR &gt; 0 in bit/s, relative error &lt; 1e-14 (plus the rounding of s)
     * @throws InvalidArgumentException on invalid input
     */
    public double dataRate(double powerWatts, double bandwidthHz) {
        Arguments.requirePositive("bandwidthHz", bandwidthHz);
        double z = 1 / snrScale(powerWatts);
        return bandwidthHz / LN2 * ErgodicRate.lnRate(antennas, z);
    }

    /**
     * Throughput TP = (1 − OP)·DR in bit/s.
     *
     * @param powerWatts transmit power in watts, finite and &gt; 0
     * @param bandwidthHz bandwidth in Hz, finite and &gt; 0
     * @param snrThreshold linear SNR threshold, finite and &ge; 0
     * @return TP in [0, DR]
     * @throws InvalidArgumentException on invalid input
     */
    public double throughput(double powerWatts, double bandwidthHz, double snrThreshold) {
        return successProbability(powerWatts, snrThreshold) * dataRate(powerWatts, bandwidthHz);
    }

    /**
     * Bit error probability of BPSK, E[Q(√(2γ))], with M-branch maximal-ratio combining over i.i.d.
     * Rayleigh fading (closed form in the class comment; Proakis, 4th ed., eq. 14.4-15).
     *
     * @param powerWatts transmit power in watts, finite and &gt; 0
     * @return BEP in (0, 1/2] (it underflows to 0 only when the exact value is below 1e-308)
     * @throws InvalidArgumentException on invalid input
     */
    public double bitErrorProbabilityBpsk(double powerWatts) {
        double s = snrScale(powerWatts);
        double mu = Math.sqrt(s / (1 + s));
        double lower = 0.5 / ((1 + s) * (1 + mu));
        double upper = 0.5 * (1 + mu);
        double term = 1;
        double sum = 1;
        double logScale = 0;
        for (int k = 1; k < antennas; k++) {
            term *= (antennas - 1.0 + k) / k * upper;
            sum += term;
            if (sum > 1e250) {
                term *= 1e-250;
                sum *= 1e-250;
                logScale += 250 * Math.log(10);
            }
        }
        double lnLower = antennas * Math.log(lower);
        if (logScale == 0 && lnLower > -700) {
            return Math.pow(lower, antennas) * sum;
        }
        return Math.exp(lnLower + logScale + Math.log(sum));
    }

    private double outageArgument(double powerWatts, double snrThreshold) {
        Arguments.requireNonNegative("snrThreshold", snrThreshold);
        return snrThreshold / snrScale(powerWatts);
    }
}
