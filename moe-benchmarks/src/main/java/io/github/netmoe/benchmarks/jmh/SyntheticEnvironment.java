package io.github.netmoe.benchmarks.jmh;

import io.github.netmoe.core.Environment;
import io.github.netmoe.core.InvalidArgumentException;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.Step;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A benchmark environment with the shape of a real task but no physics: {@code states} states with
 * fixed random features in [-1, 1], {@code actions} actions; a step moves to a uniformly drawn state,
 * pays a reward in [-1, 1] that depends on (state, action), and ends the episode with probability
 * 0.05. It costs almost nothing, so timings measure the learning and decision machinery.
 */
public final class SyntheticEnvironment implements Environment<Integer> {
    private final double[][] features;
    private final double[][] rewards;
    private final int actions;

    /**
     * @param states number of distinct states
     * @param featureCount features per state
     * @param actions number of actions
     * @param seed seeds the feature and reward tables
     */
    public SyntheticEnvironment(int states, int featureCount, int actions, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        this.features = new double[states][];
        this.rewards = new double[states][];
        for (int s = 0; s < states; s++) {
            features[s] = rng.doubles(featureCount, -1, 1).toArray();
            rewards[s] = rng.doubles(actions, -1, 1).toArray();
        }
        this.actions = actions;
    }

    /** @return the number of states */
    public int states() {
        return features.length;
    }

    @Override
    public Integer reset(RandomGenerator rng) {
        return rng.nextInt(features.length);
    }

    @Override
    public Step<Integer> step(Integer state, int action, RandomGenerator rng) {
        if (action < 0 || action >= actions) {
            throw new InvalidArgumentException("action = " + action + " must be in [0, " + (actions - 1) + "]");
        }
        return new Step<>(rng.nextInt(features.length), rewards[state][action], rng.nextDouble() < 0.05);
    }

    @Override
    public int actionCount() {
        return actions;
    }

    @Override
    public double[] features(Integer state) {
        return features[state].clone();
    }

    @Override
    public int featureCount() {
        return features[0].length;
    }

    @Override
    public ObjectiveCatalogue objectives() {
        return new ObjectiveCatalogue("synthetic", "1",
                List.of(new Objective("reward", "collect reward", Objective.Kind.METRIC, List.of())), List.of(),
                List.of());
    }
}
