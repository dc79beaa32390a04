package io.github.netmoe.core.rl;

import io.github.netmoe.core.nn.Mlp;
import java.util.SplittableRandom;
import org.bytedeco.javacpp.DoublePointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.gradient.ThresholdReluBp;
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
            biases[l] = parameters.get(NDArrayIndex.interval(offset, offset + out));
            biasGradients[l] = gradient.get(NDArrayIndex.interval(offset, offset + out));
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
     * Prepares reusable ND4J buffers for batches of {@code rows} inputs of which the first
     * {@code trainRows} can be back-propagated. Allocating ND4J arrays costs tens of microseconds
     * each, so training loops make one pass per batch shape and reuse it.
     *
     * @param rows rows per forward batch
     * @param trainRows rows per backward batch, {@code 1 <= trainRows <= rows}
     */
    Pass pass(int rows, int trainRows) {
        return new Pass(rows, trainRows);
    }

    /**
     * Forward and backward passes over fixed-shape batches, with every intermediate array allocated
     * once. Inputs and outputs cross as Java arrays in row-major order. Not thread-safe.
     */
    final class Pass {
        private final int rows;
        private final int trainRows;
        private final INDArray input;
        private final INDArray[] activations;
        private final INDArray[] trainedInputsTransposed;
        private final INDArray[] trainedActivations;
        private final INDArray[] hiddenGradients;
        private final INDArray[] weightsTransposed;
        private final INDArray outputGradient;

        private Pass(int rows, int trainRows) {
            this.rows = rows;
            this.trainRows = trainRows;
            int layers = weights.length;
            input = Nd4j.create(DataType.DOUBLE, rows, layerSizes[0]);
            activations = new INDArray[layers + 1];
            activations[0] = input;
            trainedActivations = new INDArray[layers + 1];
            trainedInputsTransposed = new INDArray[layers];
            hiddenGradients = new INDArray[layers];
            weightsTransposed = new INDArray[layers];
            for (int l = 0; l <= layers; l++) {
                if (l > 0) {
                    activations[l] = Nd4j.create(DataType.DOUBLE, rows, layerSizes[l]);
                    hiddenGradients[l - 1] = Nd4j.create(DataType.DOUBLE, trainRows, layerSizes[l]);
                }
                trainedActivations[l] = trainRows == rows ? activations[l]
                        : activations[l].get(NDArrayIndex.interval(0, trainRows), NDArrayIndex.all());
                if (l < layers) {
                    trainedInputsTransposed[l] = trainedActivations[l].transpose();
                    weightsTransposed[l] = weights[l].transpose();
                }
            }
            outputGradient = Nd4j.create(DataType.DOUBLE, trainRows, outputSize());
        }

        /**
         * Runs the network on a batch.
         *
         * @param rowMajorInput {@code rows * inputSize} values
         * @return a fresh array of the outputs, {@code rows * outputSize} values in row-major order
         */
        double[] forward(double[] rowMajorInput) {
            copyIn(rowMajorInput, input);
            int layers = weights.length;
            for (int l = 0; l < layers; l++) {
                INDArray z = activations[l + 1];
                activations[l].mmuli(weights[l], z);
                z.addiRowVector(biases[l]);
                if (l < layers - 1) {
                    if (activation == Mlp.Activation.RELU) {
                        Transforms.relu(z, false);
                    } else {
                        Transforms.tanh(z, false);
                    }
                }
            }
            return copyOut(activations[layers]);
        }

        /**
         * Back-propagates the loss gradient at the output of the first {@code trainRows} rows of the
         * last {@link #forward} batch and writes {@code dLoss/dParameters} into {@link #gradient()}.
         *
         * @param rowMajorOutputGradient {@code trainRows * outputSize} values
         */
        void backward(double[] rowMajorOutputGradient) {
            copyIn(rowMajorOutputGradient, outputGradient);
            INDArray delta = outputGradient;
            for (int l = weights.length - 1; l >= 0; l--) {
                trainedInputsTransposed[l].mmuli(delta, weightGradients[l]);
                delta.sum(biasGradients[l], 0);
                if (l > 0) {
                    INDArray dHidden = hiddenGradients[l - 1];
                    delta.mmuli(weightsTransposed[l], dHidden);
                    INDArray h = trainedActivations[l];
                    if (activation == Mlp.Activation.RELU) {
                        Nd4j.exec(new ThresholdReluBp(h, dHidden, dHidden, 0.0));
                    } else {
                        dHidden.muli(h.mul(h).rsubi(1.0));
                    }
                    delta = dHidden;
                }
            }
        }

        int rows() {
            return rows;
        }

        int trainRows() {
            return trainRows;
        }
    }

    /** A plain-Java snapshot of the current parameters, in {@link Mlp}'s layout. */
    Mlp snapshot() {
        double[] flat = copyOut(parameters);
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

    /**
     * Copies all elements of an array this class allocated (contiguous, row-major, not a view) into
     * a fresh Java array with one native memory copy ({@code DataBuffer.asDouble()} reads element by
     * element, ten times slower).
     */
    static double[] copyOut(INDArray owned) {
        double[] out = new double[(int) owned.length()];
        ((DoublePointer) owned.data().addressPointer()).get(out);
        return out;
    }

    /** Copies {@code values} into an array this class allocated (contiguous, not a view). */
    static void copyIn(double[] values, INDArray owned) {
        if (values.length != owned.length()) {
            throw new IllegalArgumentException("expected " + owned.length() + " values, got " + values.length);
        }
        ((DoublePointer) owned.data().addressPointer()).put(values);
    }
}
