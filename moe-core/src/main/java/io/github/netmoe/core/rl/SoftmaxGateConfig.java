package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.nn.Mlp;
import java.util.Arrays;

/**
 * Everything that determines a {@link SoftmaxGateTrainer} run. Start from {@link #defaults()} or
 * {@link #builder()}.
 *
 * @param hiddenLayers hidden-layer widths of the gate network {@code f}; default {@code [32]}; each in
 *     [1, 4096]; may be empty (a linear gate)
 * @param activation hidden-layer activation; default {@code TANH}
 * @param learningRate Adam step size; default {@code 0.01}; in (0, 1]
 * @param discount discount factor gamma of the returns; default {@code 0.99}; in [0, 1]
 * @param temperature the initial temperature tau of the training policy
 *     {@code pi(a|x) = softmax(score(x)/tau)}, in the units of the experts' normalised evaluations;
 *     default {@code 0.5} (with min-max normalised experts, an action scoring 0.5 higher is chosen
 *     e = 2.7 times more often: broad exploration); finite and {@code > 0}
 * @param finalTemperature the temperature at the end of training, reached linearly over the episodes;
 *     default {@code 0.05} (the same action is then chosen e^10 = 22000 times more often, so the
 *     training policy has become the greedy rule that runs); finite, in (0, temperature]
 * @param episodesPerUpdate episodes rolled out per policy-gradient step; default {@code 16}; {@code >= 1}
 * @param episodes the episode budget; default {@code 2000}; {@code >= 1}
 * @param maxStepsPerEpisode episodes are truncated after this many steps; default {@code 200};
 *     {@code >= 1}
 * @param maxGradientNorm global L2 norm the gradient is clipped to; default {@code 5.0}; finite and
 *     {@code > 0}
 * @param baselineLearningRate normalised step size of the linear baseline {@code b(x) = w.x + c};
 *     default {@code 0.1}; in (0, 1]
 * @param reportEvery episodes per learning-curve window and listener call; default {@code 100};
 *     {@code >= 1}
 * @param seed seeds the gate's initialisation, the environment and the action sampling; default 42
 */
public record SoftmaxGateConfig(int[] hiddenLayers, Mlp.Activation activation, double learningRate, double discount,
                                double temperature, double finalTemperature, int episodesPerUpdate, int episodes,
                                int maxStepsPerEpisode, double maxGradientNorm, double baselineLearningRate,
                                int reportEvery, long seed) {

    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException naming the first field outside its documented range
     */
    public SoftmaxGateConfig {
        hiddenLayers = Arguments.requireNonNull("hiddenLayers", hiddenLayers).clone();
        for (int l = 0; l < hiddenLayers.length; l++) {
            Arguments.requireInRange("hiddenLayers[" + l + "]", hiddenLayers[l], 1, DqnConfig.MAX_WIDTH);
        }
        Arguments.requireNonNull("activation", activation);
        requireUnitInterval("learningRate", learningRate);
        Arguments.requireInRange("discount", discount, 0.0, 1.0);
        Arguments.requirePositive("temperature", temperature);
        Arguments.requirePositive("finalTemperature", finalTemperature);
        if (finalTemperature > temperature) {
            throw new InvalidArgumentException("finalTemperature = " + finalTemperature + " must be in (0, "
                    + temperature + "], at most the initial temperature");
        }
        Arguments.requirePositive("episodesPerUpdate", episodesPerUpdate);
        Arguments.requirePositive("episodes", episodes);
        Arguments.requirePositive("maxStepsPerEpisode", maxStepsPerEpisode);
        Arguments.requirePositive("maxGradientNorm", maxGradientNorm);
        requireUnitInterval("baselineLearningRate", baselineLearningRate);
        Arguments.requirePositive("reportEvery", reportEvery);
    }

    private static void requireUnitInterval(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new InvalidArgumentException(name + " = " + value + " must be in (0, 1]");
        }
    }

    /** @return the default configuration (see the field documentation) */
    public static SoftmaxGateConfig defaults() {
        return builder().build();
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public int[] hiddenLayers() {
        return hiddenLayers.clone();
    }

    /**
     * The temperature of the training policy after {@code episode} episodes: linear from
     * {@code temperature} to {@code finalTemperature} over the episode budget.
     *
     * @param episode episodes completed, {@code >= 0}
     * @return tau in [finalTemperature, temperature]
     */
    public double temperatureAt(int episode) {
        double fraction = Math.min(1.0, Math.max(0, episode) / (double) Math.max(1, episodes - 1));
        return temperature + (finalTemperature - temperature) * fraction;
    }

    /**
     * The gate network's layer sizes.
     *
     * @param featureCount the environment's feature count
     * @param expertCount the number of gated experts
     * @return {@code [featureCount, hiddenLayers..., expertCount]}
     */
    public int[] layerSizes(int featureCount, int expertCount) {
        int[] sizes = new int[hiddenLayers.length + 2];
        sizes[0] = featureCount;
        System.arraycopy(hiddenLayers, 0, sizes, 1, hiddenLayers.length);
        sizes[sizes.length - 1] = expertCount;
        return sizes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SoftmaxGateConfig c && Arrays.equals(hiddenLayers, c.hiddenLayers)
                && activation == c.activation && Double.compare(learningRate, c.learningRate) == 0
                && Double.compare(discount, c.discount) == 0 && Double.compare(temperature, c.temperature) == 0
                && Double.compare(finalTemperature, c.finalTemperature) == 0
                && episodesPerUpdate == c.episodesPerUpdate && episodes == c.episodes
                && maxStepsPerEpisode == c.maxStepsPerEpisode && Double.compare(maxGradientNorm, c.maxGradientNorm) == 0
                && Double.compare(baselineLearningRate, c.baselineLearningRate) == 0 && reportEvery == c.reportEvery
                && seed == c.seed;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hiddenLayers) * 31 + Long.hashCode(seed) * 17 + episodes
                + Double.hashCode(temperature);
    }

    @Override
    public String toString() {
        return "SoftmaxGateConfig[hiddenLayers=" + Arrays.toString(hiddenLayers) + ", activation=" + activation
                + ", learningRate=" + learningRate + ", discount=" + discount + ", temperature=" + temperature + "->"
                + finalTemperature
                + ", episodesPerUpdate=" + episodesPerUpdate + ", episodes=" + episodes + ", maxStepsPerEpisode="
                + maxStepsPerEpisode + ", maxGradientNorm=" + maxGradientNorm + ", baselineLearningRate="
                + baselineLearningRate + ", reportEvery=" + reportEvery + ", seed=" + seed + "]";
    }

    /**
     * Collects {@link SoftmaxGateConfig} values, starting from the defaults; {@link #build()}
     * validates. Not thread-safe.
     */
    public static final class Builder {
        private int[] hiddenLayers = new int[] {32};
        private Mlp.Activation activation = Mlp.Activation.TANH;
        private double learningRate = 0.01;
        private double discount = 0.99;
        private double temperature = 0.5;
        private double finalTemperature = 0.05;
        private int episodesPerUpdate = 16;
        private int episodes = 2_000;
        private int maxStepsPerEpisode = 200;
        private double maxGradientNorm = 5.0;
        private double baselineLearningRate = 0.1;
        private int reportEvery = 100;
        private long seed = 42;

        private Builder() {
        }

        private Builder(SoftmaxGateConfig c) {
            hiddenLayers = c.hiddenLayers;
            activation = c.activation;
            learningRate = c.learningRate;
            discount = c.discount;
            temperature = c.temperature;
            finalTemperature = c.finalTemperature;
            episodesPerUpdate = c.episodesPerUpdate;
            episodes = c.episodes;
            maxStepsPerEpisode = c.maxStepsPerEpisode;
            maxGradientNorm = c.maxGradientNorm;
            baselineLearningRate = c.baselineLearningRate;
            reportEvery = c.reportEvery;
            seed = c.seed;
        }

        /** Sets the hidden-layer widths of the gate network; returns this builder. */
        public Builder hiddenLayers(int... widths) {
            hiddenLayers = widths == null ? null : widths.clone();
            return this;
        }

        /** Sets the hidden-layer activation; returns this builder. */
        public Builder activation(Mlp.Activation value) {
            activation = value;
            return this;
        }

        /** Sets the Adam step size; returns this builder. */
        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        /** Sets the discount factor gamma of the returns; returns this builder. */
        public Builder discount(double value) {
            discount = value;
            return this;
        }

        /** Sets the initial temperature tau of the action policy; returns this builder. */
        public Builder temperature(double value) {
            temperature = value;
            return this;
        }

        /** Sets the final temperature of the action policy; returns this builder. */
        public Builder finalTemperature(double value) {
            finalTemperature = value;
            return this;
        }

        /** Sets the episodes per policy-gradient step; returns this builder. */
        public Builder episodesPerUpdate(int value) {
            episodesPerUpdate = value;
            return this;
        }

        /** Sets the episode budget; returns this builder. */
        public Builder episodes(int value) {
            episodes = value;
            return this;
        }

        /** Sets the episode truncation length; returns this builder. */
        public Builder maxStepsPerEpisode(int value) {
            maxStepsPerEpisode = value;
            return this;
        }

        /** Sets the gradient clipping norm; returns this builder. */
        public Builder maxGradientNorm(double value) {
            maxGradientNorm = value;
            return this;
        }

        /** Sets the step size of the baseline; returns this builder. */
        public Builder baselineLearningRate(double value) {
            baselineLearningRate = value;
            return this;
        }

        /** Sets the episodes per progress report; returns this builder. */
        public Builder reportEvery(int value) {
            reportEvery = value;
            return this;
        }

        /** Sets the the seed; returns this builder. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * @return the validated configuration
         * @throws InvalidArgumentException naming the first field outside its range
         */
        public SoftmaxGateConfig build() {
            return new SoftmaxGateConfig(hiddenLayers, activation, learningRate, discount, temperature,
                    finalTemperature, episodesPerUpdate, episodes, maxStepsPerEpisode, maxGradientNorm,
                    baselineLearningRate, reportEvery, seed);
        }
    }
}
