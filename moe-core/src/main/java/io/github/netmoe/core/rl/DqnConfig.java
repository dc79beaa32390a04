package io.github.netmoe.core.rl;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.nn.Mlp;
import java.util.Arrays;

/**
 * Everything that determines a DQN training run (Mnih et al., 2015, with the double-DQN target of
 * van Hasselt et al., 2016). Two runs with equal configurations on the same environment produce
 * identical networks when ND4J runs on one OpenMP thread ({@code OMP_NUM_THREADS=1}).
 *
 * <p>Start from {@link #defaults()} or {@link #builder()}; the defaults suit small discrete tasks
 * (a few to a few hundred features, up to about a hundred actions).
 *
 * @param hiddenLayers hidden-layer widths of the Q-network; default {@code [64, 64]}; each in [1, 4096]
 * @param activation hidden-layer activation; default {@code RELU}
 * @param learningRate Adam step size; default {@code 1e-3}; in (0, 1]
 * @param discount discount factor gamma; default {@code 0.99}; in [0, 1]
 * @param batchSize transitions per gradient step; default {@code 64}; in [1, 65536]
 * @param replayCapacity transitions kept for replay; default {@code 50000}; in [batchSize, 10^8]
 * @param warmupSteps environment steps taken before the first gradient step; default {@code 1000};
 *     {@code >= 0} (learning also waits until the buffer holds one batch)
 * @param trainEvery environment steps per gradient step; default {@code 1}; {@code >= 1}
 * @param targetSyncPeriod gradient steps between copies of the online network into the target
 *     network; default {@code 500}; {@code >= 1}
 * @param epsilonStart exploration rate at step 0; default {@code 1.0}; in [0, 1]
 * @param epsilonEnd exploration rate after the decay; default {@code 0.05}; in [0, epsilonStart]
 * @param epsilonDecaySteps environment steps over which epsilon falls linearly from start to end;
 *     default {@code 10000}; {@code >= 1}
 * @param huberDelta the Huber loss threshold: quadratic for TD errors within +-delta, linear beyond;
 *     default {@code 1.0}; finite and {@code > 0}
 * @param maxGradientNorm global L2 norm the gradient is clipped to; default {@code 10.0}; finite and
 *     {@code > 0}
 * @param doubleDqn whether the target uses the online network's greedy action (double DQN) rather
 *     than the target network's maximum; default {@code true}
 * @param maxStepsPerEpisode episodes are truncated (not terminated: the last state is bootstrapped)
 *     after this many steps; default {@code 200}; {@code >= 1}
 * @param episodes the episode budget; default {@code 500}; {@code >= 1}
 * @param maxTotalSteps the environment-step budget, whichever budget ends first; default
 *     {@code Long.MAX_VALUE} (episodes alone decide); {@code >= 1}
 * @param reportEvery episodes per learning-curve window and per listener call; default {@code 50};
 *     {@code >= 1}
 * @param seed seeds weight initialisation, environment, exploration and replay sampling; default 42
 */
public record DqnConfig(int[] hiddenLayers, Mlp.Activation activation, double learningRate, double discount,
                        int batchSize, int replayCapacity, int warmupSteps, int trainEvery, int targetSyncPeriod,
                        double epsilonStart, double epsilonEnd, int epsilonDecaySteps, double huberDelta,
                        double maxGradientNorm, boolean doubleDqn, int maxStepsPerEpisode, int episodes,
                        long maxTotalSteps, int reportEvery, long seed) {

    /** The largest hidden-layer width accepted. */
    public static final int MAX_WIDTH = 4096;

    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException naming the first field outside its documented range
     */
    public DqnConfig {
        hiddenLayers = Arguments.requireNonNull("hiddenLayers", hiddenLayers).clone();
        for (int l = 0; l < hiddenLayers.length; l++) {
            Arguments.requireInRange("hiddenLayers[" + l + "]", hiddenLayers[l], 1, MAX_WIDTH);
        }
        Arguments.requireNonNull("activation", activation);
        if (!(learningRate > 0 && learningRate <= 1)) {
            throw new InvalidArgumentException("learningRate = " + learningRate + " must be in (0, 1]");
        }
        Arguments.requireInRange("discount", discount, 0.0, 1.0);
        Arguments.requireInRange("batchSize", batchSize, 1, 65_536);
        Arguments.requireInRange("replayCapacity", replayCapacity, batchSize, 100_000_000);
        Arguments.requireInRange("warmupSteps", warmupSteps, 0, Integer.MAX_VALUE);
        Arguments.requirePositive("trainEvery", trainEvery);
        Arguments.requirePositive("targetSyncPeriod", targetSyncPeriod);
        Arguments.requireInRange("epsilonStart", epsilonStart, 0.0, 1.0);
        Arguments.requireInRange("epsilonEnd", epsilonEnd, 0.0, epsilonStart);
        Arguments.requirePositive("epsilonDecaySteps", epsilonDecaySteps);
        Arguments.requirePositive("huberDelta", huberDelta);
        Arguments.requirePositive("maxGradientNorm", maxGradientNorm);
        Arguments.requirePositive("maxStepsPerEpisode", maxStepsPerEpisode);
        Arguments.requirePositive("episodes", episodes);
        if (maxTotalSteps < 1) {
            throw new InvalidArgumentException("maxTotalSteps = " + maxTotalSteps + " must be >= 1");
        }
        Arguments.requirePositive("reportEvery", reportEvery);
    }

    /** @return the default configuration (see the field documentation) */
    public static DqnConfig defaults() {
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
     * The exploration rate after {@code step} environment steps: linear from {@code epsilonStart} to
     * {@code epsilonEnd} over {@code epsilonDecaySteps}, constant after.
     *
     * @param step environment steps taken so far, {@code >= 0}
     * @return epsilon in [epsilonEnd, epsilonStart]
     */
    public double epsilon(long step) {
        if (step >= epsilonDecaySteps) {
            return epsilonEnd;
        }
        return epsilonStart + (epsilonEnd - epsilonStart) * ((double) Math.max(step, 0) / epsilonDecaySteps);
    }

    /**
     * The Q-network's layer sizes for an environment.
     *
     * @param featureCount the environment's feature count
     * @param actionCount the environment's action count
     * @return {@code [featureCount, hiddenLayers..., actionCount]}
     */
    public int[] layerSizes(int featureCount, int actionCount) {
        int[] sizes = new int[hiddenLayers.length + 2];
        sizes[0] = featureCount;
        System.arraycopy(hiddenLayers, 0, sizes, 1, hiddenLayers.length);
        sizes[sizes.length - 1] = actionCount;
        return sizes;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DqnConfig c && Arrays.equals(hiddenLayers, c.hiddenLayers) && activation == c.activation
                && Double.compare(learningRate, c.learningRate) == 0 && Double.compare(discount, c.discount) == 0
                && batchSize == c.batchSize && replayCapacity == c.replayCapacity && warmupSteps == c.warmupSteps
                && trainEvery == c.trainEvery && targetSyncPeriod == c.targetSyncPeriod
                && Double.compare(epsilonStart, c.epsilonStart) == 0 && Double.compare(epsilonEnd, c.epsilonEnd) == 0
                && epsilonDecaySteps == c.epsilonDecaySteps && Double.compare(huberDelta, c.huberDelta) == 0
                && Double.compare(maxGradientNorm, c.maxGradientNorm) == 0 && doubleDqn == c.doubleDqn
                && maxStepsPerEpisode == c.maxStepsPerEpisode && episodes == c.episodes
                && maxTotalSteps == c.maxTotalSteps && reportEvery == c.reportEvery && seed == c.seed;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(hiddenLayers) * 31 + Long.hashCode(seed) * 17 + episodes + batchSize
                + Double.hashCode(learningRate);
    }

    @Override
    public String toString() {
        return "DqnConfig[hiddenLayers=" + Arrays.toString(hiddenLayers) + ", activation=" + activation
                + ", learningRate=" + learningRate + ", discount=" + discount + ", batchSize=" + batchSize
                + ", replayCapacity=" + replayCapacity + ", warmupSteps=" + warmupSteps + ", trainEvery=" + trainEvery
                + ", targetSyncPeriod=" + targetSyncPeriod + ", epsilon=" + epsilonStart + "->" + epsilonEnd
                + " over " + epsilonDecaySteps + ", huberDelta=" + huberDelta + ", maxGradientNorm="
                + maxGradientNorm + ", doubleDqn=" + doubleDqn + ", maxStepsPerEpisode=" + maxStepsPerEpisode
                + ", episodes=" + episodes + ", maxTotalSteps=" + maxTotalSteps + ", reportEvery=" + reportEvery
                + ", seed=" + seed + "]";
    }

    /**
     * Collects {@link DqnConfig} values, starting from the defaults; {@link #build()} validates.
     * Not thread-safe.
     */
    public static final class Builder {
        private int[] hiddenLayers = new int[] {64, 64};
        private Mlp.Activation activation = Mlp.Activation.RELU;
        private double learningRate = 1e-3;
        private double discount = 0.99;
        private int batchSize = 64;
        private int replayCapacity = 50_000;
        private int warmupSteps = 1_000;
        private int trainEvery = 1;
        private int targetSyncPeriod = 500;
        private double epsilonStart = 1.0;
        private double epsilonEnd = 0.05;
        private int epsilonDecaySteps = 10_000;
        private double huberDelta = 1.0;
        private double maxGradientNorm = 10.0;
        private boolean doubleDqn = true;
        private int maxStepsPerEpisode = 200;
        private int episodes = 500;
        private long maxTotalSteps = Long.MAX_VALUE;
        private int reportEvery = 50;
        private long seed = 42;

        private Builder() {
        }

        private Builder(DqnConfig c) {
            hiddenLayers = c.hiddenLayers;
            activation = c.activation;
            learningRate = c.learningRate;
            discount = c.discount;
            batchSize = c.batchSize;
            replayCapacity = c.replayCapacity;
            warmupSteps = c.warmupSteps;
            trainEvery = c.trainEvery;
            targetSyncPeriod = c.targetSyncPeriod;
            epsilonStart = c.epsilonStart;
            epsilonEnd = c.epsilonEnd;
            epsilonDecaySteps = c.epsilonDecaySteps;
            huberDelta = c.huberDelta;
            maxGradientNorm = c.maxGradientNorm;
            doubleDqn = c.doubleDqn;
            maxStepsPerEpisode = c.maxStepsPerEpisode;
            episodes = c.episodes;
            maxTotalSteps = c.maxTotalSteps;
            reportEvery = c.reportEvery;
            seed = c.seed;
        }

        /** Sets the hidden-layer widths; returns this builder. */
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

        /** Sets the discount factor gamma; returns this builder. */
        public Builder discount(double value) {
            discount = value;
            return this;
        }

        /** Sets the transitions per gradient step; returns this builder. */
        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        /** Sets the transitions kept for replay; returns this builder. */
        public Builder replayCapacity(int value) {
            replayCapacity = value;
            return this;
        }

        /** Sets the environment steps before learning starts; returns this builder. */
        public Builder warmupSteps(int value) {
            warmupSteps = value;
            return this;
        }

        /** Sets the environment steps per gradient step; returns this builder. */
        public Builder trainEvery(int value) {
            trainEvery = value;
            return this;
        }

        /** Sets the gradient steps between target-network copies; returns this builder. */
        public Builder targetSyncPeriod(int value) {
            targetSyncPeriod = value;
            return this;
        }

        /** Sets the initial exploration rate; returns this builder. */
        public Builder epsilonStart(double value) {
            epsilonStart = value;
            return this;
        }

        /** Sets the final exploration rate; returns this builder. */
        public Builder epsilonEnd(double value) {
            epsilonEnd = value;
            return this;
        }

        /** Sets the environment steps of the linear epsilon decay; returns this builder. */
        public Builder epsilonDecaySteps(int value) {
            epsilonDecaySteps = value;
            return this;
        }

        /** Sets the Huber loss threshold; returns this builder. */
        public Builder huberDelta(double value) {
            huberDelta = value;
            return this;
        }

        /** Sets the gradient clipping norm; returns this builder. */
        public Builder maxGradientNorm(double value) {
            maxGradientNorm = value;
            return this;
        }

        /** Sets the whether to use the double-DQN target; returns this builder. */
        public Builder doubleDqn(boolean value) {
            doubleDqn = value;
            return this;
        }

        /** Sets the episode truncation length; returns this builder. */
        public Builder maxStepsPerEpisode(int value) {
            maxStepsPerEpisode = value;
            return this;
        }

        /** Sets the episode budget; returns this builder. */
        public Builder episodes(int value) {
            episodes = value;
            return this;
        }

        /** Sets the environment-step budget; returns this builder. */
        public Builder maxTotalSteps(long value) {
            maxTotalSteps = value;
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
        public DqnConfig build() {
            return new DqnConfig(hiddenLayers, activation, learningRate, discount, batchSize, replayCapacity,
                    warmupSteps, trainEvery, targetSyncPeriod, epsilonStart, epsilonEnd, epsilonDecaySteps,
                    huberDelta, maxGradientNorm, doubleDqn, maxStepsPerEpisode, episodes, maxTotalSteps,
                    reportEvery, seed);
        }
    }
}
