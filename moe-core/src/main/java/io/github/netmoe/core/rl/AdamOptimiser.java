package io.github.netmoe.core.rl;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam (Kingma and Ba, 2015) with global gradient-norm clipping over one flat parameter vector:
 * the gradient {@code g} is first scaled by {@code min(1, maxNorm/||g||_2)}, then
 * {@code m = b1 m + (1-b1) g}, {@code v = b2 v + (1-b2) g^2}, and
 * {@code theta -= lr sqrt(1-b2^t)/(1-b1^t) * m/(sqrt(v) + eps)}, with {@code b1 = 0.9},
 * {@code b2 = 0.999}, {@code eps = 1e-8} (ND4J's {@code adam_updater} operation).
 *
 * <p>Not thread-safe.
 */
final class AdamOptimiser {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    private final AdamUpdater updater;
    private final double maxGradientNorm;
    private int iteration;

    /**
     * @param parameterCount length of the flat parameter vector
     * @param learningRate the step size {@code lr}
     * @param maxGradientNorm the clipping threshold; {@code Double.POSITIVE_INFINITY} disables clipping
     */
    AdamOptimiser(long parameterCount, double learningRate, double maxGradientNorm) {
        this.updater = new AdamUpdater(new Adam(learningRate, BETA1, BETA2, EPSILON));
        INDArray state = Nd4j.zeros(DataType.DOUBLE, 2 * parameterCount);
        updater.setStateViewArray(state, new long[] {parameterCount}, 'c', true);
        this.maxGradientNorm = maxGradientNorm;
    }

    /**
     * Applies one step to {@code parameters} using {@code gradient}, which is consumed (overwritten by
     * the update).
     *
     * @return the gradient's L2 norm before clipping
     */
    double step(INDArray parameters, INDArray gradient) {
        double norm = gradient.norm2Number().doubleValue();
        if (norm > maxGradientNorm) {
            gradient.muli(maxGradientNorm / norm);
        }
        updater.applyUpdater(gradient, iteration++, 0);
        parameters.subi(gradient);
        return norm;
    }

    /** @return the number of steps taken */
    int iterations() {
        return iteration;
    }
}
