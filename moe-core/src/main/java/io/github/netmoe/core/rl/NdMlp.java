package io.github.netmoe.core.rl;

import io.github.netmoe.core.nn.Mlp;
import java.util.SplittableRandom;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A trainable multilayer perceptron on ND4J (double precision) with hand-written back-propagation.
 *
 * <p>All parameters live in one flat vector ({@link #parameters()}), layer by layer: the weight matrix
 * {@code W_l} of shape {@code [in, out]} in row-major order, then the bias {@code b_l}; the gradient has
 * the same layout. Keeping them flat lets the optimiser clip the global gradient norm and run Adam in
 * a handful of native operations. Layer {@code l} computes {@code z = h W_l + b_l} for a batch
 * {@code h} of row vectors; hidden layers apply the activation, the output layer is linear, as in
 * {@link Mlp}.
 *
 * <p>Not thread-safe: one trainer owns an instance.
 */
final class NdMlp {
    private final int[] layerSizes;
    private final Mlp.Activation activation;
    private final INDArray parameters;
    private final INDArray gradient;
    private final INDArray[] weights;
    private final INDArray[] biases;
    private final INDArray[] weightGradients;
    private final INDArray[] biasGradients;

    private NdMlp(int[] layerSizes, Mlp.Activation activation, INDArray parameters) {
        this.layerSizes = layerSizes.clone();
        this.activation = activation;
        this.parameters = parameters;
        this.gradient = Nd4j.zeros(DataType.DOUBLE, parameters.length());
        int layers = layerSizes.length - 1;
        weights = new INDArray[layers];
        biases = new INDArray[layers];
        weightGradients = new INDArray[layers];
        biasGradients = new INDArray[layers];
        long offset = 0;
        for (int l = 0; l < layers; l++) {
            int in = layerSizes[l];
            int out = layerSizes[l + 1];
            weights[l] = view(parameters, offset, in, out);
            weightGradients[l] = view(gradient, offset, in, out);
            offset += (long) in * out;
            biases[l] = view(parameters, offset, 1, out);
            biasGradients[l] = view(gradient, offset, 1, out);
            offset += out;
        }
    }

    private static INDArray view(INDArray flat, long offset, int rows, int columns) {
        return flat.get(NDArrayIndex.interval(offset, offset + (long) rows * columns)).reshape('c', rows, columns);
    }

    /**
     * A freshly initialised network: hidden weights uniform in {@code +-sqrt(6/in)} (He, for ReLU) or
     * {@code +-sqrt(6/(in+out))} (Glorot, for tanh), output weights uniform in
     * {@code +-outputScale/sqrt(in)}, biases zero. All draws come from {@code rng}, so the
     * initialisation depends on the seed alone and not on ND4J's global generator.
     */
    static NdMlp initialise(int[] layerSizes, Mlp.Activation activation, double outputScale, SplittableRandom rng) {
        double[] flat = new double[(int) parameterCount(layerSizes)];
        int offset = 0;
        int layers = layerSizes.length - 1;
        for (int l = 0; l < layers; l++) {
            int in = layerSizes[l];
            int out = layerSizes[l + 1];
            double bound;
            if (l == layers - 1) {
                bound = outputScale / Math.sqrt(in);
            } else if (activation == Mlp.Activation.RELU) {
                bound = Math.sqrt(6.0 / in);
            } else {
                bound = Math.sqrt(6.0 / (in + out));
            }
            for (int k = 0; k < in * out; k++) {
                flat[offset++] = bound > 0 ? rng.nextDouble(-bound, bound) : 0;
            }
            offset += out;
        }
        return new NdMlp(layerSizes, activation, Nd4j.createFromArray(flat));
    }

    /** A network holding the parameters of a snapshot. */
    static NdMlp of(Mlp snapshot) {
        int[] sizes = snapshot.layerSizes();
        double[][] w = snapshot.weights();
        double[][] b = snapshot.biases();
        double[] flat = new double[(int) parameterCount(sizes)];
        int offset = 0;
        for (int l = 0; l < sizes.length - 1; l++) {
            int in = sizes[l];
            int out = sizes[l + 1];
            for (int i = 0; i < in; i++) {
                for (int o = 0; o < out; o++) {
                    flat[offset++] = w[l][o * in + i];
                }
            }
            System.arraycopy(b[l], 0, flat, offset, out);
            offset += out;
        }
        return new NdMlp(sizes, snapshot.activation(), Nd4j.createFromArray(flat));
    }

    /** The number of parameters of a network with these layer sizes. */
    static long parameterCount(int[] layerSizes) {
        long count = 0;
        for (int l = 0; l < layerSizes.length - 1; l++) {
            count += (long) layerSizes[l] * layerSizes[l + 1] + layerSizes[l + 1];
        }
        return count;
    }

    /** An independent copy (parameters only; gradients start at zero). */
    NdMlp copy() {
        return new NdMlp(layerSizes, activation, parameters.dup());
    }

    /** Overwrites this network's parameters with {@code source}'s (target-network synchronisation). */
    void copyFrom(NdMlp source) {
        parameters.assign(source.parameters);
    }

    int inputSize() {
        return layerSizes[0];
    }

    int outputSize() {
        return layerSizes[layerSizes.length - 1];
    }

    /** The flat parameter vector (live: optimisers update it in place). */
    INDArray parameters() {
        return parameters;
    }

    /** The flat gradient vector written by {@link #backward}. */
    INDArray gradient() {
        return gradient;
    }

    /**
     * Forward pass that keeps every layer's activations for {@link #backward}.
     *
     * @param input a batch, shape {@code [batch, inputSize]}
     * @return the activations: element 0 is the input, the last is the output {@code [batch, outputSize]}
     */
    INDArray[] forwardKeeping(INDArray input) {
        int layers = weights.length;
        INDArray[] h = new INDArray[layers + 1];
        h[0] = input;
        for (int l = 0; l < layers; l++) {
            INDArray z = h[l].mmul(weights[l]).addiRowVector(biases[l]);
            h[l + 1] = l == layers - 1 ? z : activate(z);
        }
        return h;
    }

    /** Forward pass: {@code [batch, inputSize]} to {@code [batch, outputSize]}. */
    INDArray forward(INDArray input) {
        INDArray[] h = forwardKeeping(input);
        return h[h.length - 1];
    }

    private INDArray activate(INDArray z) {
        return activation == Mlp.Activation.RELU ? Transforms.relu(z, false) : Transforms.tanh(z, false);
    }

    /**
     * Back-propagates {@code dOutput = dLoss/dOutput} through the activations of a
     * {@link #forwardKeeping} call and writes {@code dLoss/dParameters} into {@link #gradient()}.
     *
     * @param h the activations of the forward pass
     * @param dOutput the loss gradient at the output, shape {@code [batch, outputSize]}
     */
    void backward(INDArray[] h, INDArray dOutput) {
        INDArray delta = dOutput;
        for (int l = weights.length - 1; l >= 0; l--) {
            h[l].transpose().mmuli(delta, weightGradients[l]);
            biasGradients[l].assign(delta.sum(true, 0));
            if (l > 0) {
                INDArray dHidden = delta.mmul(weights[l].transpose());
                delta = activation == Mlp.Activation.RELU
                        ? dHidden.muli(Transforms.step(h[l], true))
                        : dHidden.muli(h[l].mul(h[l]).rsubi(1.0));
            }
        }
    }

    /** A plain-Java snapshot of the current parameters, in {@link Mlp}'s layout. */
    Mlp snapshot() {
        double[] flat = parameters.toDoubleVector();
        int layers = layerSizes.length - 1;
        double[][] w = new double[layers][];
        double[][] b = new double[layers][];
        int offset = 0;
        for (int l = 0; l < layers; l++) {
            int in = layerSizes[l];
            int out = layerSizes[l + 1];
            w[l] = new double[in * out];
            for (int i = 0; i < in; i++) {
                for (int o = 0; o < out; o++) {
                    w[l][o * in + i] = flat[offset++];
                }
            }
            b[l] = new double[out];
            System.arraycopy(flat, offset, b[l], 0, out);
            offset += out;
        }
        return new Mlp(layerSizes, w, b, activation);
    }

    /** Copies a batch of rows into a {@code [rows, columns]} array. */
    static INDArray matrix(double[] rowMajor, int rows, int columns) {
        return Nd4j.create(rowMajor, new long[] {rows, columns}, DataType.DOUBLE);
    }

    /** The elements of a matrix in row-major order, whatever its storage order. */
    static double[] rowMajor(INDArray matrix) {
        INDArray c = matrix.ordering() == 'c' && !matrix.isView() ? matrix : matrix.dup('c');
        return c.data().asDouble();
    }
}
