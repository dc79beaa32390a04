package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.Composition;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.Normalisation;

/**
 * The NSP's utility of selling power P for a QoS metric (paper eqs. (4)-(5)):
 * {@code U = beta1 * F(Q) - beta2 * P} with {@code F(Q) = (Q - Qmin)/(Qmax - Qmin)}, subject to
 * {@code Q > Qmin}. The constraint is enforced by a penalty of {@code beta1} (one full unit of F):
 * {@code U = beta1 * F(Q) - beta2 * P - beta1} when {@code Q <= Qmin}.
 *
 * <p>The penalty is chosen so that the map back from utility to QoS,
 * {@code Q = Qmin + (U + beta2 * P) * (Qmax - Qmin)/beta1} ({@link #toQos(double[])}), sends every
 * infeasible action to {@code Q <= Qmin - (Qmax - Qmin) <= 0} whenever {@code Qmax >= 2 Qmin}, where
 * the floor at 0 marks it "no acceptable service"; that is what lets a gate multiply the QoS estimates
 * of experts trained on different utilities.
 *
 * @param metric the QoS metric
 * @param qmin the smallest acceptable QoS (exclusive)
 * @param qmax the QoS at which F = 1
 * @param beta1 weight of the QoS term, &gt; 0
 * @param beta2 price per watt, &ge; 0
 */
public record QosUtility(NspMetric metric, double qmin, double qmax, double beta1, double beta2) {
    /**
     * Validates.
     *
     * @throws InvalidArgumentException unless {@code qmin < qmax}, all finite, {@code beta1 > 0}, {@code beta2 >= 0}
     */
    public QosUtility {
        Arguments.requireNonNull("metric", metric);
        Arguments.requireFinite("qmin", qmin);
        Arguments.requireFinite("qmax", qmax);
        if (!(qmax > qmin)) {
            throw new InvalidArgumentException("qmax = " + qmax + " must be > qmin = " + qmin);
        }
        Arguments.requirePositive("beta1", beta1);
        Arguments.requireNonNegative("beta2", beta2);
    }

    /**
     * @param qos the user's QoS Q
     * @param powerWatts the power sold P
     * @return {@code beta1 * F(Q) - beta2 * P}, minus {@code beta1} if {@code Q <= Qmin}
     */
    public double utility(double qos, double powerWatts) {
        double u = beta1 * (qos - qmin) / (qmax - qmin) - beta2 * powerWatts;
        return qos > qmin ? u : u - beta1;
    }

    /**
     * Maps utilities (e.g. an expert's Q-values) back to QoS estimates, per power level:
     * {@code Q[a] = max(0, Qmin + (U[a] + beta2 * P_a) * (Qmax - Qmin)/beta1)}.
     *
     * @param powers the power of each action
     * @return an affine normalisation with a floor at 0
     */
    public Normalisation toQos(double[] powers) {
        double range = qmax - qmin;
        double[] offset = new double[powers.length];
        for (int a = 0; a < powers.length; a++) {
            offset[a] = qmin + beta2 * powers[a] * range / beta1;
        }
        return new Normalisation.Affine(new double[] {range / beta1}, offset, 0.0);
    }

    /**
     * The inverse of {@link #toQos}: turns a QoS estimate per action into this utility without the
     * constraint penalty, {@code beta1 * F(Q) - beta2 * P_a}; used to price a composed estimate such as
     * the throughput.
     *
     * @param powers the power of each action
     * @return gain {@code beta1/(Qmax - Qmin)}, cost {@code beta2 * P_a + beta1 * Qmin/(Qmax - Qmin)}
     */
    public Composition.Utility fromQos(double[] powers) {
        double range = qmax - qmin;
        double[] cost = new double[powers.length];
        for (int a = 0; a < powers.length; a++) {
            cost[a] = beta2 * powers[a] + beta1 * qmin / range;
        }
        return new Composition.Utility(beta1 / range, cost);
    }
}
