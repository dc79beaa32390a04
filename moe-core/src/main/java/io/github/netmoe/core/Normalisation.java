package io.github.netmoe.core;

import java.util.Arrays;

/**
 * Maps one expert's raw evaluations {@code v[0..A-1]} of a state to comparable values {@code n[a]}
 * before a {@link CombinationRule} combines experts. Each case states which transformations of the
 * raw values it removes, which is what makes combinations of differently scaled experts meaningful:
 *
 * <ul>
 *   <li>{@link Identity}: {@code n[a] = v[a]}; removes nothing. For experts already on a common
 *       scale.</li>
 *   <li>{@link MinMax}: {@code n[a] = (v[a] - min v) / (max v - min v)}, in [0, 1]; when all
 *       values are equal, {@code n[a] = 1} (neutral for sums and products). Removes every positive
 *       affine map {@code v -> c*v + d}, c &gt; 0.</li>
 *   <li>{@link Softmax}: {@code n[a] = exp((v[a] - max v)/T) / sum_b exp((v[b] - max v)/T)}, a
 *       Boltzmann distribution over actions; removes shifts {@code v -> v + d}. With the weighted
 *       product rule, softmax experts combine as a temperature-weighted sum of Q-values.</li>
 *   <li>{@link Affine}: {@code n[a] = max(floor, gain[a]*v[a] + offset[a])} with per-action or scalar
 *       coefficients; maps evaluations back to a physical quantity (e.g. an NSP expert's utility back to
 *       its QoS estimate, so that QoS values can be multiplied), with an optional lower bound (a QoS
 *       estimate below 0 means "no acceptable service" and is floored at 0).</li>
 * </ul>
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface Normalisation
        permits Normalisation.Identity, Normalisation.MinMax, Normalisation.Softmax, Normalisation.Affine {

    /**
     * Normalises {@code in} into {@code out} (which may be the same array).
     *
     * @param in raw evaluations, all finite
     * @param out destination of the same length
     */
    void apply(double[] in, double[] out);

    /**
     * @param in raw evaluations
     * @return a fresh array of normalised values
     */
    default double[] apply(double[] in) {
        double[] out = new double[in.length];
        apply(in, out);
        return out;
    }

    /** @return the identity normalisation */
    static Normalisation identity() {
        return new Identity();
    }

    /** @return the min-max normalisation to [0, 1] */
    static Normalisation minMax() {
        return new MinMax();
    }

    /**
     * @param temperature the Boltzmann temperature T &gt; 0
     * @return the softmax normalisation
     */
    static Normalisation softmax(double temperature) {
        return new Softmax(temperature);
    }

    /**
     * @param gain multiplier for every action
     * @param offset added after multiplying
     * @return the scalar affine normalisation {@code n = gain*v + offset}
     */
    static Normalisation affine(double gain, double offset) {
        return new Affine(new double[] {gain}, new double[] {offset}, Double.NEGATIVE_INFINITY);
    }

    /** {@code n[a] = v[a]}. */
    record Identity() implements Normalisation {
        @Override
        public void apply(double[] in, double[] out) {
            if (in != out) {
                System.arraycopy(in, 0, out, 0, in.length);
            }
        }
    }

    /** {@code n[a] = (v[a] - min v)/(max v - min v)}, or 1 for every action when all are equal. */
    record MinMax() implements Normalisation {
        @Override
        public void apply(double[] in, double[] out) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : in) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double range = max - min;
            if (!(range > 0)) {
                Arrays.fill(out, 0, in.length, 1.0);
                return;
            }
            for (int a = 0; a < in.length; a++) {
                out[a] = (in[a] - min) / range;
            }
        }
    }

    /**
     * Boltzmann distribution over actions.
     *
     * @param temperature T &gt; 0, in the units of the raw evaluations
     */
    record Softmax(double temperature) implements Normalisation {
        /**
         * Validates.
         *
         * @throws InvalidArgumentException unless T is finite and positive
         */
        public Softmax {
            Arguments.requirePositive("temperature", temperature);
        }

        @Override
        public void apply(double[] in, double[] out) {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : in) {
                max = Math.max(max, v);
            }
            double sum = 0;
            for (int a = 0; a < in.length; a++) {
                out[a] = Math.exp((in[a] - max) / temperature);
                sum += out[a];
            }
            for (int a = 0; a < in.length; a++) {
                out[a] /= sum;
            }
        }
    }

    /**
     * {@code n[a] = max(floor, gain[a]*v[a] + offset[a])}; an array of length 1 applies to every action.
     *
     * @param gain multipliers (length 1 or the action count), finite
     * @param offset offsets (length 1 or the action count), finite
     * @param floor the smallest normalised value, or negative infinity for none (not NaN)
     */
    record Affine(double[] gain, double[] offset, double floor) implements Normalisation {
        /**
         * Validates and copies.
         *
         * @throws InvalidArgumentException on empty or non-finite coefficients or a NaN or +infinite floor
         */
        public Affine {
            gain = Arguments.requireAllFinite("gain", gain).clone();
            offset = Arguments.requireAllFinite("offset", offset).clone();
            if (gain.length == 0 || offset.length == 0) {
                throw new InvalidArgumentException("gain and offset must have at least one element");
            }
            if (Double.isNaN(floor) || floor == Double.POSITIVE_INFINITY) {
                throw new InvalidArgumentException("floor = " + floor + " must be finite or negative infinity");
            }
        }

        /**
         * An affine map without a floor.
         *
         * @param gain multipliers
         * @param offset offsets
         */
        public Affine(double[] gain, double[] offset) {
            this(gain, offset, Double.NEGATIVE_INFINITY);
        }

        @Override
        public double[] gain() {
            return gain.clone();
        }

        @Override
        public double[] offset() {
            return offset.clone();
        }

        @Override
        public void apply(double[] in, double[] out) {
            if (gain.length != 1 && gain.length != in.length || offset.length != 1 && offset.length != in.length) {
                throw new ExpertEvaluationException("affine normalisation has " + gain.length + " gains and "
                        + offset.length + " offsets but the expert returned " + in.length + " evaluations");
            }
            for (int a = 0; a < in.length; a++) {
                double g = gain.length == 1 ? gain[0] : gain[a];
                double o = offset.length == 1 ? offset[0] : offset[a];
                out[a] = Math.max(floor, g * in[a] + o);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Affine that && Arrays.equals(gain, that.gain) && Arrays.equals(offset, that.offset)
                    && Double.compare(floor, that.floor) == 0;
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(gain) + Arrays.hashCode(offset) + Double.hashCode(floor);
        }

        @Override
        public String toString() {
            return "Affine[gain=" + Arrays.toString(gain) + ", offset=" + Arrays.toString(offset) + ", floor=" + floor
                    + "]";
        }
    }
}
