package io.github.netmoe.wireless;

import io.github.netmoe.core.Arguments;
import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.rl.DqnConfig;
import io.github.netmoe.core.rl.DqnExpert;
import io.github.netmoe.core.rl.DqnResult;
import io.github.netmoe.core.rl.DqnTrainer;
import io.github.netmoe.core.rl.TrainingListener;

/**
 * Trains the NSP's DQN experts, one per QoS metric, each on the utility of its own metric only.
 *
 * <p>The NSP problem is a contextual bandit (one decision per user), so the DQN has discount 0 and
 * explores uniformly throughout (epsilon = 1): what it must learn is the utility of <em>every</em>
 * power level for every link, since a mixture reads all of them, not only the greedy one. Q-network
 * 2x64 ReLU, batch 64, Adam 1e-3, {@value #DEFAULT_STEPS} users.
 */
public final class NspExperts {
    /** Users (training steps) per expert by default. */
    public static final int DEFAULT_STEPS = 60_000;
    /** The seed of the shipped experts. */
    public static final long SHIPPED_SEED = 11;
    /** Where the shipped experts lie, relative to this class: {@code experts/<expert id>.nmoe}. */
    public static final String RESOURCE_FOLDER = "experts/";
    /** The metrics that have an expert, in catalogue order. */
    public static final java.util.List<NspMetric> METRICS = java.util.List.of(NspMetric.OUTAGE, NspMetric.RATE,
            NspMetric.BIT_ERROR);

    private NspExperts() {
    }

    /**
     * @param steps training users
     * @param seed the seed
     * @return the DQN settings for an NSP expert
     */
    public static DqnConfig trainingConfig(int steps, long seed) {
        Arguments.requirePositive("steps", steps);
        return DqnConfig.builder().hiddenLayers(64, 64).discount(0.0).learningRate(1e-3).batchSize(64)
                .replayCapacity(Math.max(64, Math.min(steps, 50_000))).warmupSteps(Math.min(500, steps))
                .targetSyncPeriod(500).epsilonStart(1.0).epsilonEnd(1.0).epsilonDecaySteps(1)
                .maxStepsPerEpisode(1).episodes(steps).maxTotalSteps(steps).reportEvery(Math.max(1, steps / 10))
                .seed(seed).build();
    }

    /**
     * Trains an expert on one metric's utility.
     *
     * @param settings the market
     * @param users the training users
     * @param metric the metric
     * @param steps training users
     * @param seed the seed
     * @param listener progress listener
     * @return the training result
     */
    public static DqnResult train(NspSettings settings, UserDistribution users, NspMetric metric, int steps, long seed,
                                  TrainingListener listener) {
        NspEnvironment env = new NspEnvironment(settings, metric, users);
        return new DqnTrainer(trainingConfig(steps, seed), listener).train(env, user -> true);
    }

    /**
     * Trains the outage, rate and bit-error experts from one seed.
     *
     * @param settings the market
     * @param users the training users
     * @param steps training users per expert
     * @param seed the seed
     * @param listener progress listener
     * @return the experts in catalogue order
     */
    public static java.util.List<DqnExpert<NspUser>> trainAll(NspSettings settings, UserDistribution users, int steps,
                                                             long seed, TrainingListener listener) {
        return METRICS.stream().map(m -> expert(settings, users, m, train(settings, users, m, steps, seed, listener)))
                .toList();
    }

    /**
     * Loads the experts shipped with this module, trained with {@link #SHIPPED_SEED} and
     * {@link #DEFAULT_STEPS} users on {@link NspSettings#paper()} and {@link UserDistribution#aroundPaper()}
     * (regenerate them with {@code io.github.netmoe.benchmarks.TrainExperts}).
     *
     * @return the experts in catalogue order
     * @throws io.github.netmoe.core.ModelStoreException if a shipped file is missing or damaged
     */
    public static java.util.List<DqnExpert<NspUser>> shipped() {
        NspSettings settings = NspSettings.paper();
        return METRICS.stream().map(m -> io.github.netmoe.core.rl.ExpertStore.loadExpertResource(NspExperts.class,
                RESOURCE_FOLDER + descriptor(settings, m).id() + io.github.netmoe.core.rl.ExpertStore.FILE_EXTENSION,
                new NspEnvironment(settings, m, UserDistribution.aroundPaper()))).toList();
    }

    /**
     * Wraps a trained outage, rate or bit-error network as the expert with the catalogue's descriptor.
     *
     * @param settings the market
     * @param users the user distribution (features only)
     * @param metric the metric (not {@link NspMetric#THROUGHPUT}, which has no catalogue expert)
     * @param result the training result
     * @return the expert
     */
    public static DqnExpert<NspUser> expert(NspSettings settings, UserDistribution users, NspMetric metric,
                                            DqnResult result) {
        return result.toExpert(descriptor(settings, metric), new NspEnvironment(settings, metric, users));
    }

    /**
     * @param settings the market
     * @param metric outage, rate or bit error
     * @return the catalogue descriptor of that metric's expert
     */
    public static ExpertDescriptor descriptor(NspSettings settings, NspMetric metric) {
        int index = switch (metric) {
            case OUTAGE -> 0;
            case RATE -> 1;
            case BIT_ERROR -> 2;
            case THROUGHPUT -> throw new InvalidArgumentException("metric = THROUGHPUT has no catalogue expert:"
                    + " it is what the mixture composes; allowed: OUTAGE, RATE, BIT_ERROR");
        };
        return WirelessCatalogue.descriptors(settings).get(index);
    }
}
