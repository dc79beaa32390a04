package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.netmoe.core.nn.Mlp;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The ND4J network's forward pass, back-propagation and snapshot. */
class NdMlpTest {

    private static double[] randomRows(SplittableRandom rng, int rows, int columns) {
        double[] x = new double[rows * columns];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextDouble(-1, 1);
        }
        return x;
    }

    /** The plain-Java snapshot reproduces ND4J's batched forward pass to 1e-5 (observed: ~1e-15). */
    @ParameterizedTest
    @EnumSource(Mlp.Activation.class)
    void snapshotEqualsNd4jForwardPass(Mlp.Activation activation) {
        SplittableRandom rng = new SplittableRandom(3);
        NdMlp net = NdMlp.initialise(new int[] {7, 64, 64, 40}, activation, 1.0, rng);
        Mlp snapshot = net.snapshot();
        int rows = 32;
        double[] x = randomRows(rng, rows, 7);
        double[] nd = net.pass(rows, rows).forward(x);
        for (int r = 0; r < rows; r++) {
            double[] row = new double[7];
            System.arraycopy(x, r * 7, row, 0, 7);
            double[] plain = snapshot.forward(row);
            for (int a = 0; a < 40; a++) {
                assertThat(plain[a]).isCloseTo(nd[r * 40 + a], within(1e-5));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Mlp.Activation.class)
    void snapshotRoundTripsThroughNd4j(Mlp.Activation activation) {
        NdMlp net = NdMlp.initialise(new int[] {3, 5, 4, 2}, activation, 1.0, new SplittableRandom(1));
        Mlp snapshot = net.snapshot();
        assertThat(NdMlp.of(snapshot).snapshot()).isEqualTo(snapshot);
    }

    /**
     * Back-propagation against central finite differences of {@code L = sum(c .* output)} for a random
     * {@code c}: relative error below 1e-6 (step 1e-6, double precision; observed ~1e-9).
     */
    @ParameterizedTest
    @EnumSource(Mlp.Activation.class)
    void backwardMatchesFiniteDifferences(Mlp.Activation activation) {
        SplittableRandom rng = new SplittableRandom(5);
        NdMlp net = NdMlp.initialise(new int[] {4, 6, 5, 3}, activation, 1.0, rng);
        int rows = 5;
        double[] x = randomRows(rng, rows, 4);
        double[] c = randomRows(rng, rows, 3);
        // train on the first 3 of 5 rows: the other rows must not contribute
        int trained = 3;
        NdMlp.Pass pass = net.pass(rows, trained);
        pass.forward(x);
        pass.backward(java.util.Arrays.copyOf(c, trained * 3));
        double[] analytic = net.gradient().toDoubleVector();
        INDArray params = net.parameters();
        double[] firstRows = java.util.Arrays.copyOf(x, trained * 4);
        NdMlp.Pass probe = net.pass(trained, trained);
        double h = 1e-6;
        for (int p = 0; p < analytic.length; p++) {
            double original = params.getDouble(p);
            params.putScalar(p, original + h);
            double plus = weighted(probe.forward(firstRows), c);
            params.putScalar(p, original - h);
            double minus = weighted(probe.forward(firstRows), c);
            params.putScalar(p, original);
            double numeric = (plus - minus) / (2 * h);
            assertThat(analytic[p]).as("parameter %d", p)
                    .isCloseTo(numeric, within(1e-6 * Math.max(1, Math.abs(numeric))));
        }
    }

    private static double weighted(double[] y, double[] c) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            sum += y[i] * c[i];
        }
        return sum;
    }

    /**
     * Two Adam steps against the formula of Kingma and Ba's Algorithm 1 in its "efficient" form
     * (epsilon added to the uncorrected {@code sqrt(v)}), tolerance 1e-12.
     */
    @Test
    void adamStepFollowsTheTextbookFormula() {
        double[][] grads = {{0.1, -0.2, 0.3}, {0.05, 0.4, -0.1}};
        double[] theta = {0.5, -1.0, 2.0};
        assertThat(adam(theta, grads, 0.01, 1e9)).containsExactly(textbookAdam(theta, grads, 0.01), within(1e-12));
    }

    /**
     * With clipping at norm 1, the gradients (30, 40) and (3, 4) become (0.6, 0.8) before Adam sees
     * them; without clipping the second step would differ (tolerance 1e-12).
     */
    @Test
    void clippingScalesTheGradientToTheThresholdNorm() {
        double[] theta = {0.0, 0.0};
        double[][] grads = {{30, 40}, {3, 4}};
        double[][] clipped = {{0.6, 0.8}, {0.6, 0.8}};
        double[] actual = adam(theta, grads, 0.1, 1.0);
        assertThat(actual).containsExactly(textbookAdam(theta, clipped, 0.1), within(1e-12));
        assertThat(actual).isNotEqualTo(textbookAdam(theta, grads, 0.1));
    }

    private static double[] adam(double[] theta, double[][] grads, double lr, double maxNorm) {
        INDArray params = NdMlp.matrix(theta.clone(), 1, theta.length).reshape(theta.length);
        AdamOptimiser optimiser = new AdamOptimiser(theta.length, lr, maxNorm);
        for (double[] g : grads) {
            double norm = optimiser.step(params, NdMlp.matrix(g.clone(), 1, g.length).reshape(g.length));
            assertThat(norm).isCloseTo(Math.sqrt(java.util.Arrays.stream(g).map(x -> x * x).sum()), within(1e-12));
        }
        return params.toDoubleVector();
    }

    private static double[] textbookAdam(double[] theta, double[][] grads, double lr) {
        double[] m = new double[theta.length];
        double[] v = new double[theta.length];
        double[] result = theta.clone();
        for (int t = 1; t <= grads.length; t++) {
            double lrT = lr * Math.sqrt(1 - Math.pow(0.999, t)) / (1 - Math.pow(0.9, t));
            for (int i = 0; i < theta.length; i++) {
                double g = grads[t - 1][i];
                m[i] = 0.9 * m[i] + 0.1 * g;
                v[i] = 0.999 * v[i] + 0.001 * g * g;
                result[i] -= lrT * m[i] / (Math.sqrt(v[i]) + 1e-8);
            }
        }
        return result;
    }
}
