package com.example.consumer;

import io.github.netmoe.core.Environment;
import io.github.netmoe.core.Objective;
import io.github.netmoe.core.ObjectiveCatalogue;
import io.github.netmoe.core.Step;
import java.util.List;
import java.util.random.RandomGenerator;

/** A user's own environment: the state is an offset, five settings to choose from. */
public final class ThermostatEnvironment implements Environment<Integer> {
    private static final ObjectiveCatalogue CATALOGUE = new ObjectiveCatalogue("thermostat", "1",
            List.of(new Objective("comfort", "keep the room comfortable", Objective.Kind.METRIC, List.of("warm"))),
            List.of(), List.of());

    @Override
    public Integer reset(RandomGenerator rng) {
        return 0;
    }

    @Override
    public Step<Integer> step(Integer state, int action, RandomGenerator rng) {
        return new Step<>(state, -Math.abs(action - 2), true);
    }

    @Override
    public int actionCount() {
        return 5;
    }

    @Override
    public double[] features(Integer state) {
        return new double[] {state};
    }

    @Override
    public int featureCount() {
        return 1;
    }

    @Override
    public ObjectiveCatalogue objectives() {
        return CATALOGUE;
    }
}
