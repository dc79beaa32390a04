package io.github.netmoe.core.nn;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;
import java.util.Arrays;

/**
 * A multilayer perceptron in plain Java: an immutable snapshot of trained weights for fast,
 * allocation-light, thread-safe inference on the per-step decision path (an ND4J forward pass costs
 * 70-160 µs at batch 1, this one about a microsecond for two 64-unit layers).
 *
 * <p>Layer {@code l} maps {@code h_l} (size {@code layerSizes[l]}) to
 * {@code h_{l+1} = act(W_l h_l + b_l)}, with {@code W_l} stored row-major as
 * {@code weights[l][o * in + i]}; the activation applies to hidden layers, the output layer is linear.
 *
 * <p>An immutable value (equal layer sizes, parameters and activation make equal networks); not a
 * record because it also keeps a transposed copy of every weight matrix for the forward pass.
 */
public final class Mlp {
    private final int[] layerSizes;
    private final double[][] weights;
    private final double[][] biases;
    private final Activation activation;
    /** {@code transposed[l][i * out + o] = weights[l][o * in + i]}: input-major, for a vectorisable loop. */
    private final double[][] transposed;
    private final int maxWidth;

    /** Hidden-layer activation functions. */
    public enum Activation {
        /** {@code max(0, x)}. */
        RELU,
        /** {@code tanh(x)}. */
        TANH
    }

    /**
     * Validates shapes and values and copies every array.
     *
     * @param layerSizes input size, hidden sizes, output size (at least two entries, all positive)
     * @param weights one row-major matrix per layer: {@code weights[l][o * in + i]}
     * @param biases one vector per layer
     * @param activation the hidden-layer activation
     * @throws InvalidArgumentException on inconsistent shapes or non-finite parameters
     */
    public Mlp(int[] layerSizes, double[][] weights, double[][] biases, Activation activation) {
        Arguments.requireNonNull("layerSizes", layerSizes);
        Arguments.requireNonNull("weights", weights);
        Arguments.requireNonNull("biases", biases);
        Arguments.requireNonNull("activation", activation);
        if (layerSizes.length < 2) {
            throw new InvalidArgumentException("layerSizes " + Arrays.toString(layerSizes) + " must have >= 2 entries");
        }
        int layers = layerSizes.length - 1;
        if (weights.length != layers || biases.length != layers) {
            throw new InvalidArgumentException("an MLP with layerSizes " + Arrays.toString(layerSizes) + " needs "
                    + layers + " weight matrices and bias vectors, got " + weights.length + " and " + biases.length);
        }
        int[] sizes = layerSizes.clone();
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        double[][] t = new double[layers][];
        for (int l = 0; l < layers; l++) {
            Arguments.requirePositive("layerSizes[" + l + "]", layerSizes[l]);
            Arguments.requirePositive("layerSizes[" + (l + 1) + "]", layerSizes[l + 1]);
            int expected = layerSizes[l] * layerSizes[l + 1];
            if (weights[l] == null || weights[l].length != expected) {
                throw new InvalidArgumentException("weights[" + l + "] must have " + expected + " entries, got "
                        + (weights[l] == null ? "null" : weights[l].length));
            }
            if (biases[l] == null || biases[l].length != layerSizes[l + 1]) {
                throw new InvalidArgumentException("biases[" + l + "] must have " + layerSizes[l + 1] + " entries, got "
                        + (biases[l] == null ? "null" : biases[l].length));
            }
            w[l] = Arguments.requireAllFinite("weights[" + l + "]", weights[l]).clone();
            b[l] = Arguments.requireAllFinite("biases[" + l + "]", biases[l]).clone();
            t[l] = transpose(w[l], sizes[l], sizes[l + 1]);
        }
        this.layerSizes = sizes;
        this.weights = w;
        this.biases = b;
        this.transposed = t;
        this.activation = activation;
        this.maxWidth = Arrays.stream(sizes).max().orElseThrow();
    }

    private static double[] transpose(double[] rowMajor, int in, int out) {
        double[] t = new double[rowMajor.length];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                t[i * out + o] = rowMajor[o * in + i];
            }
        }
        return t;
    }

    /** @return the hidden-layer activation */
    public Activation activation() {
        return activation;
    }

    /** @return the input size */
    public int inputSize() {
        return layerSizes[0];
    }

    /** @return the output size */
    public int outputSize() {
        return layerSizes[layerSizes.length - 1];
    }

    /** @return a copy of the layer sizes */
    public int[] layerSizes() {
        return layerSizes.clone();
    }

    /** @return deep copies of the weight matrices, row-major: {@code weights[l][o * in + i]} */
    public double[][] weights() {
        return deepCopy(weights);
    }

    /** @return deep copies of the bias vectors */
    public double[][] biases() {
        return deepCopy(biases);
    }

    /**
     * Computes the network's output.
     *
     * @param input a vector of length {@link #inputSize()}
     * @return a fresh vector of length {@link #outputSize()}
     * @throws InvalidArgumentException if the input has the wrong length
     */
    public double[] forward(double[] input) {
        if (input == null || input.length != layerSizes[0]) {
            throw new InvalidArgumentException("input length " + (input == null ? "null" : input.length)
                    + " must equal the network's input size " + layerSizes[0]);
        }
        // Each output sums bias + w[o][i]*h[i] over i in increasing order, exactly as the textbook loop
        // does, but the loop runs over the transposed (input-major) matrix, two inputs at a time:
        //   next[o] = (next[o] + wT[i][o] * h[i]) + wT[j][o] * h[j]   for every o,
        // contiguous loops the JIT compiles to SIMD instructions, with no reassociation (each next[o] still
        // adds its terms one by one in increasing input order). Inputs equal to zero (about half of the
        // ReLU units) are skipped: their terms are +-0 and leave every sum unchanged up to the sign of a zero.
        int[] nonZero = new int[maxWidth];
        double[] h = input;
        int last = weights.length - 1;
        for (int l = 0; l <= last; l++) {
            int in = layerSizes[l];
            double[] t = transposed[l];
            int out = layerSizes[l + 1];
            double[] next = biases[l].clone();
            int count = 0;
            for (int i = 0; i < in; i++) {
                if (h[i] != 0) {
                    nonZero[count++] = i;
                }
            }
            int k = 0;
            for (; k + 1 < count; k += 2) {
                int i = nonZero[k];
                int j = nonZero[k + 1];
                double xi = h[i];
                double xj = h[j];
                int ri = i * out;
                int rj = j * out;
                for (int o = 0; o < out; o++) {
                    next[o] = (next[o] + t[ri + o] * xi) + t[rj + o] * xj;
                }
            }
            if (k < count) {
                int i = nonZero[k];
                double xi = h[i];
                int ri = i * out;
                for (int o = 0; o < out; o++) {
                    next[o] += t[ri + o] * xi;
                }
            }
            if (l != last) {
                if (activation == Activation.RELU) {
                    for (int a = 0; a < out; a++) {
                        next[a] = next[a] > 0 ? next[a] : 0;
                    }
                } else {
                    for (int a = 0; a < out; a++) {
                        next[a] = Math.tanh(next[a]);
                    }
                }
            }
            h = next;
        }
        return h;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mlp that && Arrays.equals(layerSizes, that.layerSizes)
                && Arrays.deepEquals(weights, that.weights) && Arrays.deepEquals(biases, that.biases)
                && activation == that.activation;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(layerSizes) * 31 + Arrays.deepHashCode(weights) * 17 + Arrays.deepHashCode(biases)
                + activation.hashCode();
    }

    @Override
    public String toString() {
        return "Mlp[layerSizes=" + Arrays.toString(layerSizes) + ", activation=" + activation + ", parameters="
                + Arrays.deepHashCode(weights) + "/" + Arrays.deepHashCode(biases) + "]";
    }
}
