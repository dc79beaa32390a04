package io.github.netmoe.core.rl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.netmoe.core.nn.Mlp;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The optimised {@link Mlp#forward} (zero inputs skipped, eight outputs per block) computes exactly
 * the textbook definition {@code h' = act(b + W h)}, summed in the same order: equal with {@code ==}
 * (which identifies +0 and -0, the only difference skipping zero terms can make).
 */
class MlpForwardPropertiesTest {

    @Property(tries = 200)
    void forwardEqualsTheTextbookDefinition(@ForAll @IntRange(min = 1, max = 20) int in,
                                            @ForAll @IntRange(min = 1, max = 70) int hidden,
                                            @ForAll @IntRange(min = 1, max = 45) int out,
                                            @ForAll boolean tanh, @ForAll long seed) {
        Mlp.Activation activation = tanh ? Mlp.Activation.TANH : Mlp.Activation.RELU;
        Mlp mlp = Models.randomMlp(seed, activation, in, hidden, hidden, out);
        SplittableRandom rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
        double[] x = new double[in];
        for (int i = 0; i < in; i++) {
            x[i] = rng.nextInt(3) == 0 ? 0.0 : rng.nextDouble(-2, 2);
        }
        double[] expected = textbook(mlp, x);
        double[] actual = mlp.forward(x);
        assertThat(actual).hasSameSizeAs(expected);
        for (int o = 0; o < out; o++) {
            assertThat(actual[o] == expected[o]).as("output %d: %s vs %s", o, actual[o], expected[o]).isTrue();
        }
    }

    private static double[] textbook(Mlp mlp, double[] input) {
        int[] sizes = mlp.layerSizes();
        double[][] w = mlp.weights();
        double[][] b = mlp.biases();
        double[] h = input;
        for (int l = 0; l < w.length; l++) {
            double[] next = new double[sizes[l + 1]];
            for (int o = 0; o < next.length; o++) {
                double sum = b[l][o];
                for (int i = 0; i < sizes[l]; i++) {
                    sum += w[l][o * sizes[l] + i] * h[i];
                }
                boolean hiddenLayer = l < w.length - 1;
                next[o] = !hiddenLayer ? sum
                        : mlp.activation() == Mlp.Activation.RELU ? Math.max(0, sum) : Math.tanh(sum);
            }
            h = next;
        }
        return h;
    }
}
