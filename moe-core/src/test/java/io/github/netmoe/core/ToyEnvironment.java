package io.github.netmoe.core;

import java.util.List;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * A minimal environment for API tests: the state is an integer, every action leads to state + 1,
 * and the condition {@code even} holds on even states.
 */
final class ToyEnvironment implements Environment<Integer> {
    static final ObjectiveCatalogue CATALOGUE = new ObjectiveCatalogue("toy", "1",
            List.of(new Objective("x", "an objective", Objective.Kind.METRIC, List.of("x")),
                    new Objective("y", "another objective", Objective.Kind.METRIC, List.of("y"))),
            List.of(), List.of(new Condition("even", "the state is even")));

    private final int actions;

    ToyEnvironment(int actions) {
        this.actions = actions;
    }

    @Override
    public Integer reset(RandomGenerator rng) {
        return 0;
    }

    @Override
    public Step<Integer> step(Integer state, int action, RandomGenerator rng) {
        Arguments.requireInRange("action", action, 0, actions - 1);
        return new Step<>(state + 1, 0.0, false);
    }

    @Override
    public int actionCount() {
        return actions;
    }

    @Override
    public double[] features(Integer state) {
        return new double[] {state, 1.0};
    }

    @Override
    public int featureCount() {
        return 2;
    }

    @Override
    public ObjectiveCatalogue objectives() {
        return CATALOGUE;
    }

    @Override
    public Predicate<Integer> condition(String conditionId) {
        if (conditionId.equals("even")) {
            return s -> s % 2 == 0;
        }
        return Environment.super.condition(conditionId);
    }
}
