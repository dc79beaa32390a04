package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The NSP's market: the power levels it sells, the link budget constants and the utility of each
 * QoS metric.
 *
 * <p>Defaults ({@link #paper()}): powers 2.5, 5, ..., 100 W (40 levels; P_th = 100 W covers the
 * paper's 10-100 W range), B = 1 MHz, gamma_th = 10 dB (10 linear), beta1 = 1, beta2 = 0.003 per watt,
 * and QoS bounds (Qmin, Qmax):
 * <ul>
 *   <li>outage: 1 - OP in (0.5, 1] — at most 50% outage;</li>
 *   <li>rate: DR in (1, 10] Mbit/s;</li>
 *   <li>bit error: 1 - BEP in (0.999, 1] — BEP below 1e-3;</li>
 *   <li>throughput (the gaming user of Case 3): TP in (1, 6] Mbit/s.</li>
 * </ul>
 * The bounds are chosen so that at the paper's link (M = 10, theta = 6, D = 10, alpha = 2, sigma = 1)
 * the optimal powers are interior and distinct: about 40 W for outage, 52.5 W for rate, 25 W for bit
 * error and 95 W for throughput.
 *
 * @param powers the power levels in watts, increasing, positive
 * @param bandwidthHz B
 * @param snrThreshold linear SNR threshold gamma_th of the outage
 * @param utilities the utility of each metric
 */
public record NspSettings(double[] powers, double bandwidthHz, double snrThreshold,
                          Map<NspMetric, QosUtility> utilities) {
    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException on empty, non-increasing or non-positive powers, a bad bandwidth or
     *     threshold, or a metric without a utility
     */
    public NspSettings {
        powers = Arguments.requireAllFinite("powers", powers).clone();
        if (powers.length == 0) {
            throw new InvalidArgumentException("powers must hold at least one level");
        }
        for (int a = 0; a < powers.length; a++) {
            Arguments.requirePositive("powers[" + a + "]", powers[a]);
            if (a > 0 && !(powers[a] > powers[a - 1])) {
                throw new InvalidArgumentException("powers must increase: powers[" + a + "] = " + powers[a]
                        + " <= powers[" + (a - 1) + "] = " + powers[a - 1]);
            }
        }
        Arguments.requirePositive("bandwidthHz", bandwidthHz);
        Arguments.requirePositive("snrThreshold", snrThreshold);
        utilities = Map.copyOf(Arguments.requireNonNull("utilities", utilities));
        for (NspMetric m : NspMetric.values()) {
            QosUtility u = utilities.get(m);
            if (u == null || u.metric() != m) {
                throw new InvalidArgumentException("utilities must map every metric to its own utility; " + m
                        + " maps to " + u);
            }
        }
    }

    /** @return the defaults documented above */
    public static NspSettings paper() {
        double[] powers = new double[40];
        for (int a = 0; a < powers.length; a++) {
            powers[a] = 2.5 * (a + 1);
        }
        Map<NspMetric, QosUtility> u = new EnumMap<>(NspMetric.class);
        u.put(NspMetric.OUTAGE, new QosUtility(NspMetric.OUTAGE, 0.5, 1.0, 1.0, 0.003));
        u.put(NspMetric.RATE, new QosUtility(NspMetric.RATE, 1e6, 10e6, 1.0, 0.003));
        u.put(NspMetric.BIT_ERROR, new QosUtility(NspMetric.BIT_ERROR, 0.999, 1.0, 1.0, 0.003));
        u.put(NspMetric.THROUGHPUT, new QosUtility(NspMetric.THROUGHPUT, 1e6, 6e6, 1.0, 0.003));
        return new NspSettings(powers, 1e6, 10.0, u);
    }

    @Override
    public double[] powers() {
        return powers.clone();
    }

    /** @return the number of power levels */
    public int levels() {
        return powers.length;
    }

    /**
     * @param action a power-level index
     * @return its power in watts
     */
    public double power(int action) {
        return powers[Arguments.requireInRange("action", action, 0, powers.length - 1)];
    }

    /**
     * @param metric a metric
     * @return its utility
     */
    public QosUtility utility(NspMetric metric) {
        return utilities.get(metric);
    }

    /**
     * The utility a user's link yields at every power level for a metric, from the closed forms.
     *
     * @param link the link
     * @param metric the metric
     * @return one utility per power level
     */
    public double[] utilities(MrtLink link, NspMetric metric) {
        QosUtility u = utility(metric);
        double[] values = new double[powers.length];
        for (int a = 0; a < powers.length; a++) {
            values[a] = u.utility(metric.qos(link, powers[a], bandwidthHz, snrThreshold), powers[a]);
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NspSettings that && Arrays.equals(powers, that.powers)
                && bandwidthHz == that.bandwidthHz && snrThreshold == that.snrThreshold
                && utilities.equals(that.utilities);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(powers) * 31 + utilities.hashCode();
    }

    @Override
    public String toString() {
        return "NspSettings[powers=" + powers[0] + ".." + powers[powers.length - 1] + " W (" + powers.length
                + " levels), B=" + bandwidthHz + " Hz, gammaTh=" + snrThreshold + ", utilities=" + utilities + "]";
    }
}
