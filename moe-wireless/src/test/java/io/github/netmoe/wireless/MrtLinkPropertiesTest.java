package io.github.netmoe.wireless;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.netmoe.wireless.special.ErgodicRate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Mathematical laws of {@link MrtLink} and {@link ErgodicRate} (jqwik, 300 tries each). Ranges keep
 * the values normal doubles; tolerances are stated per property.
 */
class MrtLinkPropertiesTest {

    private static MrtLink link(int m, double distance) {
        return new MrtLink(m, 6, distance, 2, 1);
    }

    @Property(tries = 300)
    void outageIsAProbabilityMonotoneInPowerThresholdAndDistance(
            @ForAll @IntRange(min = 1, max = 128) int m,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double power,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double threshold,
            @ForAll @DoubleRange(min = 1, max = 100) double distance) {
        MrtLink l = link(m, distance);
        double op = l.outageProbability(power, threshold);
        assertThat(op).isBetween(0.0, 1.0);
        assertThat(l.outageProbability(power * 1.5, threshold)).isLessThanOrEqualTo(op);
        assertThat(l.outageProbability(power, threshold * 1.5)).isGreaterThanOrEqualTo(op);
        assertThat(link(m, distance * 1.5).outageProbability(power, threshold)).isGreaterThanOrEqualTo(op);
    }

    /** P + Q = 1 within the two tails' stated accuracy, 1e-13 relative each, plus one rounding. */
    @Property(tries = 300)
    void outagePlusSuccessIsOne(@ForAll @IntRange(min = 1, max = 128) int m,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double power,
            @ForAll @DoubleRange(min = 0.01, max = 1000) double threshold) {
        MrtLink l = link(m, 10);
        double sum = l.outageProbability(power, threshold) + l.successProbability(power, threshold);
        assertThat(Math.abs(sum - 1)).isLessThanOrEqualTo(1e-13 + 0x1p-53);
    }

    /** DR increases with power and obeys Jensen, DR &le; B log2(1 + E[γ]) = B log2(1 + M s). */
    @Property(tries = 300)
    void dataRateIncreasesAndObeysJensen(@ForAll @IntRange(min = 1, max = 128) int m,
            @ForAll @DoubleRange(min = -4, max = 4) double log10power) {
        double power = Math.pow(10, log10power);
        MrtLink l = link(m, 10);
        double dr = l.dataRate(power, 1e6);
        assertThat(l.dataRate(power * 1.01, 1e6)).isGreaterThan(dr);
        assertThat(dr).isLessThanOrEqualTo(1e6 * Math.log1p(m * l.snrScale(power)) / Math.log(2));
    }

    /**
     * High SNR: lnRate = ψ(m) − ln z + O(z (m + |ln z|)) (from E<sub>1</sub>(z) = −γ − ln z + O(z),
     * E<sub>n</sub>(z) = 1/(n − 1) + O(z)); the bound used is 4 z (m + |ln z|) + 1e-14 (ψ − ln z).
     */
    @Property(tries = 300)
    void highSnrAsymptote(@ForAll @IntRange(min = 1, max = 128) int m,
            @ForAll @DoubleRange(min = -12, max = -5) double log10z) {
        double z = Math.pow(10, log10z);
        // ψ(m) = −γ + Σ_{k<m} 1/k exactly for integer m (Hipparchus' digamma is off by about 3e-9 at 1)
        double psi = -0.57721566490153286061;
        for (int k = 1; k < m; k++) {
            psi += 1.0 / k;
        }
        double asymptote = psi - Math.log(z);
        double error = Math.abs(ErgodicRate.lnRate(m, z) - asymptote);
        assertThat(error).isLessThanOrEqualTo(4 * z * (m + Math.abs(Math.log(z))) + 1e-14 * asymptote);
    }

    /** Low SNR: lnRate = E[ln(1 + X)] = m/z − m(m + 1)/(2z²) + O(z⁻³), so |lnRate z/m − 1| &le; (m + 1)/(2z). */
    @Property(tries = 300)
    void lowSnrAsymptote(@ForAll @IntRange(min = 1, max = 128) int m,
            @ForAll @DoubleRange(min = 4, max = 8) double log10z) {
        double z = Math.pow(10, log10z);
        double ratio = ErgodicRate.lnRate(m, z) * z / m;
        assertThat(Math.abs(ratio - 1)).isLessThanOrEqualTo((m + 1) / (2 * z) + 1e-15);
    }

    @Property(tries = 300)
    void throughputAtMostDataRateAndBepDecreases(@ForAll @IntRange(min = 1, max = 64) int m,
            @ForAll @DoubleRange(min = -3, max = 3) double log10power,
            @ForAll @DoubleRange(min = 0.1, max = 100) double threshold) {
        double power = Math.pow(10, log10power);
        MrtLink l = link(m, 10);
        assertThat(l.throughput(power, 1e6, threshold)).isLessThanOrEqualTo(l.dataRate(power, 1e6));
        double bep = l.bitErrorProbabilityBpsk(power);
        assertThat(bep).isGreaterThan(0).isLessThanOrEqualTo(0.5);
        assertThat(l.bitErrorProbabilityBpsk(power * 1.1)).isLessThan(bep);
    }
}
